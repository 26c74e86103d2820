from django.utils.translation import gettext_lazy as _

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
    """Contests and videos on labour migration; videos are embed blocks in the body."""

    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contests and videos page")
