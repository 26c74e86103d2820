from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES, BodyBlock, ContactBlock, SourceBlock

from .base import PortalPage, ReviewDates


class CountryGuideIndexPage(PortalPage):
    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.CountryGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("country guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = CountryGuidePage.objects.child_of(self).live().public().order_by("title")
        context["destination_guides"] = [g for g in guides if g.audience == GuideAudience.EMIGRANTS]
        context["origin_guides"] = [g for g in guides if g.audience == GuideAudience.IMMIGRANTS]
        return context


class GuideAudience(models.TextChoices):
    EMIGRANTS = "emigrants", _("Peruvians going to work in this country")
    IMMIGRANTS = "immigrants", _("Workers from this country coming to Peru")


class CountryGuidePage(ReviewDates, PortalPage):
    """Everything a migrant needs for one country, in fixed, predictable parts."""

    search_boost = 1.5  # site search: see PortalPage.search_boost

    country_code = models.CharField(
        _("country code"), max_length=2, help_text=_("ISO 3166-1 alpha-2, e.g. ES")
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=GuideAudience.choices, default=GuideAudience.EMIGRANTS
    )
    work_permit = StreamField(BodyBlock(), blank=True, verbose_name=_("work permit procedures"))
    before_travel = StreamField(BodyBlock(), blank=True, verbose_name=_("before you travel"))
    health = RichTextField(_("health"), blank=True, features=RICH_TEXT_FEATURES)
    education = RichTextField(_("education"), blank=True, features=RICH_TEXT_FEATURES)
    labour_rights = RichTextField(_("labour rights"), blank=True, features=RICH_TEXT_FEATURES)
    local_procedures = RichTextField(_("local procedures"), blank=True, features=RICH_TEXT_FEATURES)
    consulates = StreamField(
        [("contact", ContactBlock())],
        blank=True,
        verbose_name=_("consulates and emergency contacts"),
    )
    sources = StreamField([("source", SourceBlock())], blank=True, verbose_name=_("sources"))

    parent_page_types = ["content.CountryGuideIndexPage"]
    subpage_types = []

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel([FieldPanel("country_code"), FieldPanel("audience")], heading=_("Country")),
        FieldPanel("work_permit"),
        FieldPanel("before_travel"),
        MultiFieldPanel(
            [
                FieldPanel("health"),
                FieldPanel("education"),
                FieldPanel("labour_rights"),
                FieldPanel("local_procedures"),
            ],
            heading=_("First steps in the country"),
        ),
        FieldPanel("consulates"),
        FieldPanel("sources"),
        ReviewDates.review_panel,
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("work_permit"),
        index.SearchField("before_travel"),
        index.SearchField("health"),
        index.SearchField("education"),
        index.SearchField("labour_rights"),
        index.SearchField("local_procedures"),
        index.FilterField("country_code"),
        index.FilterField("audience"),
    ]
    api_fields = (
        PortalPage.api_fields
        + [
            APIField("country_code"),
            APIField("audience"),
            APIField("work_permit"),
            APIField("before_travel"),
            APIField("health"),
            APIField("education"),
            APIField("labour_rights"),
            APIField("local_procedures"),
            APIField("consulates"),
            APIField("sources"),
        ]
        + ReviewDates.review_api_fields
    )

    class Meta:
        verbose_name = _("country guide")
        verbose_name_plural = _("country guides")

    def first_steps(self):
        """The 'first steps' parts that have content, in reading order, for the template."""
        parts = [
            (_("Health"), self.health),
            (_("Education"), self.education),
            (_("Labour rights"), self.labour_rights),
            (_("Local procedures"), self.local_procedures),
        ]
        return [(title, text) for title, text in parts if text]

    @classmethod
    def pages_showing(cls, obj):
        """Every guide links, near its top, to the page of a type that declares
        `linked_from_country_guides` ("¿Es segura esta oferta?", agencies.OfferCheckPage), in
        the guide's language or else in Spanish: the guides follow its address and title."""
        if getattr(obj, "linked_from_country_guides", False):
            if obj.locale.language_code == settings.LANGUAGE_CODE:
                return cls.objects.all()
            return cls.objects.filter(locale_id=obj.locale_id)
        return []
