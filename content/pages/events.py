from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from .base import PortalPage
from .lines import BodyPage
from .listing import StaticListingMixin


class EventScope(models.TextChoices):
    NATIONAL = "national", _("National")
    INTERNATIONAL = "international", _("International")
    REGIONAL = "regional", _("Regional")


class EventIndexPage(StaticListingMixin, PortalPage):
    """Events of its section: under the home page every event of the language (regional ones
    included), under a region that region's events. Upcoming events in full, then past events
    page by page (the listing). A region's event index is where its editors may publish directly
    (see roles/setup.py)."""

    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["content.HomePage", "network.RegionPage"]
    subpage_types = ["content.EventPage"]
    max_count_per_parent = 1
    site_files = frozenset({"calendars"})

    class Meta:
        verbose_name = _("event index")

    @classmethod
    def pages_showing(cls, obj):
        """An event is listed on the index of every section it lies in (a region's events on the
        national index too)."""
        return cls.in_sections_of(obj) if isinstance(obj, EventPage) else []

    def events(self):
        return EventPage.objects.descendant_of(self.get_parent()).live().public()

    def listing_queryset(self):
        return self.events().filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def upcoming(self):
        return self.events().filter(end__gte=timezone.now()).order_by("start")

    def listed_on_every_address(self):
        return self.upcoming().values_list("pk", flat=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = self.upcoming()
        return context


class EventPage(BodyPage):
    search_boost = 0.8  # site search: see PortalPage.search_boost
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=250, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    scope = models.CharField(
        _("scope"), max_length=20, choices=EventScope.choices, default=EventScope.NATIONAL
    )

    parent_page_types = ["content.EventIndexPage"]
    subpage_types = []
    site_files = frozenset({"calendars"})

    content_panels = (
        BodyPage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("start"),
                    FieldPanel("end"),
                    FieldPanel("place"),
                    FieldPanel("online_url"),
                    FieldPanel("scope"),
                ],
                heading=_("When and where"),
            ),
        ]
        + BodyPage.content_panels[2:]
    )
    search_fields = BodyPage.search_fields + [
        index.SearchField("place"),
        index.FilterField("start"),
        index.FilterField("scope"),
    ]
    api_fields = BodyPage.api_fields + [
        APIField("start"),
        APIField("end"),
        APIField("place"),
        APIField("online_url"),
        APIField("scope"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @property
    def is_past(self):
        return self.end < timezone.now()
