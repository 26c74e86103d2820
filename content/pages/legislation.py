from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES
from content.serializers import PageLinksField

from .base import PortalPage, ReviewDates
from .listing import Filter, StaticListingMixin


class NormType(models.TextChoices):
    LAW = "ley", _("Law")
    SUPREME_DECREE = "decreto_supremo", _("Supreme Decree")
    RESOLUTION = "resolucion", _("Resolution")
    CAN_DECISION = "decision_can", _("Andean Community Decision")
    AGREEMENT = "convenio", _("Agreement")


class Scope(models.TextChoices):
    NATIONAL = "national", _("National")
    INTERNATIONAL = "international", _("International")


class NormStatus(models.TextChoices):
    IN_FORCE = "vigente", _("In force")
    AMENDED = "modificada", _("Amended")
    REPEALED = "derogada", _("Repealed")


class LegislationIndexPage(StaticListingMixin, PortalPage):
    """Lists legislation, filtered by type, scope or status through plain links (no JavaScript)."""

    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.LegislationPage"]
    max_count_per_parent = 1
    listing_page_size = None
    listing_filters = (
        Filter("type", "norm_type", NormType, _("Type")),
        Filter("scope", "scope", Scope, _("Scope")),
        Filter("status", "status", NormStatus, _("Status")),
    )

    class Meta:
        verbose_name = _("legislation index")

    def listing_queryset(self):
        return LegislationPage.objects.child_of(self).live().public().order_by("-date_issued", "pk")


class LegislationPage(ReviewDates, PortalPage):
    number = models.CharField(_("number"), max_length=60, help_text=_("e.g. 29381 or 004-2010-TR"))
    norm_type = models.CharField(_("type"), max_length=20, choices=NormType.choices)
    date_issued = models.DateField(_("date"))
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=NormStatus.choices, default=NormStatus.IN_FORCE
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    official_url = models.URLField(_("official source"), blank=True)
    summary = RichTextField(_("plain-language summary"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["content.LegislationIndexPage"]
    subpage_types = []

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldPanel("norm_type"),
                FieldPanel("date_issued"),
                FieldPanel("scope"),
                FieldPanel("status"),
            ],
            heading=_("Norm"),
        ),
        FieldPanel("summary"),
        FieldPanel("document"),
        FieldPanel("official_url"),
        InlinePanel("amendments", heading=_("Amended by"), label=_("Amending norm")),
        ReviewDates.review_panel,
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("number"),
        index.SearchField("summary"),
        index.FilterField("norm_type"),
        index.FilterField("scope"),
        index.FilterField("status"),
        index.FilterField("date_issued"),
    ]
    api_fields = (
        PortalPage.api_fields
        + [
            APIField("number"),
            APIField("norm_type"),
            APIField("date_issued"),
            APIField("scope"),
            APIField("status"),
            APIField("summary"),
            APIField("document"),
            APIField("official_url"),
            APIField("amendments"),
            APIField("amends", serializer=PageLinksField(source="amended_norms")),
        ]
        + ReviewDates.review_api_fields
    )

    class Meta:
        verbose_name = _("legislation item")
        verbose_name_plural = _("legislation")

    @property
    def meta_line(self):
        return f"{self.get_norm_type_display()} {self.number} · {self.get_status_display()}"

    def amended_norms(self):
        """Norms that this one amends (the reverse of `amendments`), in this page's language.

        Matching on translation_key keeps this right even when a synced translation's
        amendment still points at the Spanish norm.
        """
        return (
            LegislationPage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                amendments__amending_norm__translation_key=self.translation_key,
            )
            .distinct()
        )


class LegislationAmendment(Orderable):
    """'Norm X is amended by norm Y': shown on both pages."""

    page = ParentalKey(LegislationPage, on_delete=models.CASCADE, related_name="amendments")
    amending_norm = models.ForeignKey(
        LegislationPage,
        verbose_name=_("amending norm"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("amending_norm")]
    api_fields = [APIField("amending_norm")]

    class Meta(Orderable.Meta):
        verbose_name = _("amendment")
