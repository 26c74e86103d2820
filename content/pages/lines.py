from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from content.blocks import BodyBlock
from core.lines_of_action import TASKS, LineNumber
from inbox.models import MigrantVoice

from .base import PortalPage, in_language_or_spanish
from .guides import CountryGuidePage, GuideAudience


class BodyPage(PortalPage):
    """Abstract: a summary plus a StreamField body."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = PortalPage.content_panels + [FieldPanel("body")]
    search_fields = PortalPage.search_fields + [index.SearchField("body")]
    api_fields = PortalPage.api_fields + [APIField("body")]

    class Meta:
        abstract = True


class LineOfActionPage(BodyPage):
    """One of the four lines of action; its sub-sections are TopicPage children."""

    number = models.PositiveSmallIntegerField(_("line number"), choices=LineNumber.choices)
    audience = models.CharField(
        _("who it is for"),
        max_length=200,
        blank=True,
        help_text=_("For example: people who plan to work abroad."),
    )

    parent_page_types = ["content.HomePage"]
    # The registration pages (the registrations app) are where lines 2 and 4 send people; line 1
    # warns about fraudulent offers ("¿Es segura esta oferta?", the agencies app).
    subpage_types = [
        "content.TopicPage",
        "registrations.SivitmaPage",
        "registrations.ReturnPage",
        "agencies.OfferCheckPage",
    ]

    content_panels = (
        BodyPage.content_panels[:1]
        + [
            FieldPanel("number"),
            FieldPanel("audience"),
        ]
        + BodyPage.content_panels[1:]
    )
    search_fields = BodyPage.search_fields + [
        index.SearchField("audience"),
        index.FilterField("number"),
    ]
    api_fields = BodyPage.api_fields + [APIField("number"), APIField("audience")]

    class Meta:
        verbose_name = _("line of action")
        verbose_name_plural = _("lines of action")

    @property
    def task(self):
        """The visitor's task this line answers ("Go to work abroad"), in the active language."""
        return TASKS.get(self.number, self.title)

    @classmethod
    def pages_showing(cls, obj):
        """The lines list the country guides of their audience, in their language or else in
        Spanish (`get_context`; every line, since a guide's audience may just have changed);
        the line 3 pages show the published "La voz del migrante" testimonials."""
        if isinstance(obj, CountryGuidePage):
            if obj.locale.language_code == settings.LANGUAGE_CODE:
                return cls.objects.all()  # untranslated, it is listed in Spanish everywhere
            return cls.objects.filter(locale_id=obj.locale_id)
        if isinstance(obj, MigrantVoice):
            return cls.objects.filter(number=LineNumber.LIVING_ABROAD)
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audience = {
            LineNumber.WORK_ABROAD: GuideAudience.EMIGRANTS,
            LineNumber.LIVING_ABROAD: GuideAudience.EMIGRANTS,
            LineNumber.FOREIGN_IN_PERU: GuideAudience.IMMIGRANTS,
        }.get(self.number)
        guides = []
        if audience:
            guides = in_language_or_spanish(
                CountryGuidePage.objects.live().public().filter(audience=audience),
                self.locale,
            )
        context["country_guides"] = sorted(guides, key=lambda guide: guide.title)
        # --- testimonials from "La voz del migrante" on the line 3 page ---
        if self.number == LineNumber.LIVING_ABROAD:
            context["testimonials"] = MigrantVoice.objects.published().order_by("-published_at")[:6]
        return context


class TopicPage(BodyPage):
    """A sub-section of a line of action (e.g. 'Primeras consideraciones')."""

    parent_page_types = ["content.LineOfActionPage", "content.TopicPage"]
    subpage_types = ["content.TopicPage"]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    @property
    def line(self):
        return LineOfActionPage.objects.ancestor_of(self).first()


class StandardPage(BodyPage):
    """A generic page: privacy notice, about the service, accessibility statement."""

    parent_page_types = ["content.HomePage", "content.StandardPage"]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
