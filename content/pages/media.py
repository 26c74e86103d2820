from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from content.blocks import ContestsBodyBlock
from content.contests import state_change_dates
from content.snippets import LinkOfInterest

from .lines import BodyPage


class LinksPage(BodyPage):
    """Links of interest, grouped by category (the links are snippets)."""

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("links of interest page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = LinkOfInterest.grouped(self.locale)
        return context


class ContestsVideosPage(BodyPage):
    """Contests and videos on labour migration; contests and videos (embeds) are blocks of the
    body."""

    body = StreamField(ContestsBodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contests and videos page")

    @classmethod
    def contest_state_changes(cls):
        """{page id: the days a contest of the live page opens or closes}, for the worker that
        re-publishes pages when time alone changes them (one page per language)."""
        return {
            page.pk: [
                day
                for block in page.body
                if block.block_type == "contest"
                for day in state_change_dates(block.value)
            ]
            for page in cls.objects.live()
        }
