from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField

from content.serializers import PublicImageRenditionField

from .base import PortalPage
from .legislation import Scope
from .lines import BodyPage
from .listing import Filter, StaticListingMixin


class NewsIndexPage(StaticListingMixin, PortalPage):
    """All news of the language, regional news included."""

    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.NewsPage"]
    max_count_per_parent = 1
    listing_filters = (Filter("scope", "scope", Scope, _("Scope")),)
    site_files = frozenset({"feeds"})

    class Meta:
        verbose_name = _("news index")

    def listing_queryset(self):
        return (
            NewsPage.objects.descendant_of(self.get_parent())
            .live()
            .public()
            .order_by("-date", "-pk")
        )

    @classmethod
    def pages_showing(cls, obj):
        """A news item is listed on the index of every section it lies in (regional news on the
        national index too)."""
        return cls.in_sections_of(obj) if isinstance(obj, NewsPage) else []


class NewsPage(BodyPage):
    search_boost = 0.8  # site search: see PortalPage.search_boost
    date = models.DateField(_("date"), default=timezone.localdate)
    scope = models.CharField(
        _("scope"), max_length=20, choices=Scope.choices, default=Scope.NATIONAL
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image alternative text"), max_length=250, blank=True)

    parent_page_types = ["content.NewsIndexPage", "network.RegionPage"]
    subpage_types = []
    site_files = frozenset({"feeds"})

    content_panels = (
        BodyPage.content_panels[:2]
        + [
            MultiFieldPanel([FieldPanel("date"), FieldPanel("scope")], heading=_("News")),
            MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        ]
        + BodyPage.content_panels[2:]
    )
    search_fields = BodyPage.search_fields
    api_fields = BodyPage.api_fields + [
        APIField("date"),
        APIField("scope"),
        APIField(
            "image_thumbnail", serializer=PublicImageRenditionField("fill-640x360", source="image")
        ),
        APIField("image_alt"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
