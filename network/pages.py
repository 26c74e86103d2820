"""The page types of the SENEP network (directive 000, 5.2 and 6.2): regions, their offices, and
the office finder.

Tree, per language: Home → Red SENEP (SenepNetworkPage) → one RegionPage per regional labour
directorate (24 departments, Lima Metropolitana, Callao) → its OfficePages, its events area
(an EventIndexPage, where the region's editors may publish directly) and its NewsPages; the
office finder is a child of the network page.
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from content.blocks import BodyBlock
from content.page_form import PortalPageForm
from content.pages.base import PortalPage
from content.pages.events import EventIndexPage, EventPage
from content.pages.news import NewsPage
from core.request_cache import cached
from network.services import EmploymentService, ServiceCode, ServicesField
from themes.crests import image_crest_problems


class OfficeKind(models.TextChoices):
    REGIONAL = "regional", _("Regional SENEP office")
    LOCAL = "local", _("Local SENEP office")
    EMPLOYMENT_CENTRE = "centro-de-empleo", _("Centro de Empleo")


class RegionField(serializers.Field):
    def to_representation(self, region):
        if region is None:
            return None
        return {"id": region.pk, "name": region.name, "ubigeo": region.ubigeo}


def sorted_by_name(regions):
    """Regions in alphabetical order as a reader expects it (Áncash before Apurímac)."""

    def key(region):
        return unicodedata.normalize("NFKD", region.name).encode("ascii", "ignore").lower()

    return sorted(regions, key=key)


phone_validator = RegexValidator(
    r"^[0-9+()\- ]{6,30}$", _("Use digits, spaces, +, parentheses and hyphens only.")
)


class SenepNetworkPage(PortalPage):
    """The national network of SENEP offices: lists the regions."""

    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["content.HomePage"]
    subpage_types = ["network.RegionPage", "network.OfficeFinderPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("SENEP network")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = sorted_by_name(RegionPage.objects.child_of(self).live().public())
        context["finder"] = OfficeFinderPage.objects.child_of(self).live().public().first()
        return context


class RegionPage(PortalPage):
    """A regional labour directorate (DRTPE/GRTPE), its crest and its part of the network."""

    name = models.CharField(
        _("official name"),
        max_length=60,
        help_text=_("As written in the ubigeo register, with accents: Áncash, Lima Metropolitana."),
    )
    ubigeo = models.CharField(
        _("ubigeo code"),
        max_length=4,
        validators=[RegexValidator(r"^\d{2}(\d{2})?$", _("Two digits, or four for a province."))],
        help_text=_("Department code (e.g. 21 for Puno); 1501 for Lima Metropolitana."),
    )
    directorate = models.CharField(_("regional directorate"), max_length=200)
    address = models.CharField(_("address"), max_length=250, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    crest = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("crest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown next to the national brand on this region's pages. PNG, WebP or SVG from the "
            "region's folder in the “Escudos” collection."
        ),
    )
    crest_alt = models.CharField(
        _("crest alternative text"),
        max_length=200,
        blank=True,
        help_text=_("For example: Escudo de la Región Puno."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["network.SenepNetworkPage"]
    subpage_types = ["network.OfficePage", "content.EventIndexPage", "content.NewsPage"]
    # Codes and numbers are the same in every language (wagtail-localize copies them).
    override_translatable_fields = [SynchronizedField("ubigeo"), SynchronizedField("phone")]

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("ubigeo"), FieldPanel("directorate")],
            heading=_("Region"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("crest"), FieldPanel("crest_alt")], heading=_("Crest")),
        FieldPanel("body"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("name"),
        index.SearchField("directorate"),
        index.SearchField("body"),
        index.FilterField("ubigeo"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("name"),
        APIField("ubigeo"),
        APIField("directorate"),
        APIField("address"),
        APIField("phone"),
        APIField("email"),
        APIField("website"),
        APIField("crest", serializer=ImageRenditionField("height-96")),
        APIField("crest_alt"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def clean(self):
        super().clean()
        errors = {}
        if self.crest_id:
            problems = image_crest_problems(self.crest)
            if problems:
                errors["crest"] = problems
            if not self.crest_alt.strip():
                errors["crest_alt"] = _("Describe the crest for people who cannot see it.")
        if self.ubigeo and self.locale_id:
            taken = (
                RegionPage.objects.filter(locale_id=self.locale_id, ubigeo=self.ubigeo)
                .exclude(translation_key=self.translation_key)
                .first()
            )
            if taken:
                errors["ubigeo"] = _("%(region)s already uses this ubigeo code.") % {
                    "region": taken.title
                }
        if errors:
            raise ValidationError(errors)

    @cached_property
    def events_area(self):
        """The region's EventIndexPage (its editors may publish events there directly)."""
        return EventIndexPage.objects.child_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            offices=OfficePage.objects.child_of(self).live().public().order_by("title"),
            upcoming_events=EventPage.objects.descendant_of(self)
            .live()
            .public()
            .filter(end__gte=timezone.now())
            .order_by("start")[:5],
            latest_news=NewsPage.objects.child_of(self).live().public().order_by("-date")[:5],
            finder=OfficeFinderPage.objects.sibling_of(self).live().public().first(),
        )
        return context


class OfficePageForm(PortalPageForm):
    """The office's ubigeo must lie inside its region (checked against the parent in the admin)."""

    def clean(self):
        cleaned_data = super().clean()
        region = self.parent_page.specific if self.parent_page is not None else None
        ubigeo = cleaned_data.get("ubigeo")
        if isinstance(region, RegionPage) and ubigeo and not ubigeo.startswith(region.ubigeo):
            self.add_error(
                "ubigeo",
                _("This ubigeo code is outside %(region)s (%(code)s…).")
                % {"region": region.name, "code": region.ubigeo},
            )
        return cleaned_data


class OfficePage(PortalPage):
    """A SENEP office (regional or local) or Centro de Empleo, with the services it provides."""

    kind = models.CharField(
        _("type of office"), max_length=20, choices=OfficeKind.choices, default=OfficeKind.REGIONAL
    )
    address = models.CharField(_("address"), max_length=250)
    ubigeo = models.CharField(
        _("ubigeo code"),
        max_length=6,
        validators=[RegexValidator(r"^\d{6}$", _("Six digits: department, province, district."))],
        help_text=_("The district's six-digit ubigeo code, e.g. 210101 for Puno."),
    )
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=200,
        help_text=_("For example: Monday to Friday, 8:30 to 16:30."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("email"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    # At least one: labour intermediation is the minimum service of any office (directive 6.2.2).
    services = ParentalManyToManyField(
        EmploymentService, verbose_name=_("services"), related_name="offices"
    )

    parent_page_types = ["network.RegionPage"]
    subpage_types = []
    base_form_class = OfficePageForm
    override_translatable_fields = [
        SynchronizedField("ubigeo"),
        SynchronizedField("phone"),
        SynchronizedField("services"),
    ]

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("address"),
                FieldPanel("ubigeo"),
                FieldPanel("opening_hours"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Office"),
        ),
        MultiFieldPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location on the map")
        ),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("address"),
        index.FilterField("kind"),
        index.FilterField("ubigeo"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("kind"),
        APIField("address"),
        APIField("ubigeo"),
        APIField("opening_hours"),
        APIField("phone"),
        APIField("email"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("services", serializer=ServicesField()),
        APIField("region", serializer=RegionField()),
    ]

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    @cached_property
    def region(self):
        return RegionPage.objects.ancestor_of(self).first()

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )


class OfficeFinderPage(RoutablePageMixin, PortalPage):
    """Offices by region and service. Every choice is an address, so the finder works as static
    files and without JavaScript:

        region/<ubigeo>/                  one region's offices
        service/<code>/                   offices giving one service
        region/<ubigeo>/service/<code>/   both

    Only combinations with at least one office are linked and published.
    """

    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["network.SenepNetworkPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("office finder")

    @classmethod
    def pages_showing(cls, obj):
        """The finder lists the offices of its network and filters them by region."""
        return cls.in_sections_of(obj) if isinstance(obj, (OfficePage, RegionPage)) else []

    def regions(self):
        return sorted_by_name(RegionPage.objects.sibling_of(self).live().public())

    def offices(self, regions):
        """Live offices of the network, each with its region's name and code and its services."""
        offices = list(
            OfficePage.objects.descendant_of(self.get_parent())
            .live()
            .public()
            .prefetch_related("services")
            .order_by("path")
        )
        for office in offices:
            region = next((r for r in regions if office.path.startswith(r.path)), None)
            office.region_name = region.name if region else ""
            office.region_code = region.ubigeo if region else None
            office.service_codes = sorted({service.code for service in office.services.all()})
        return offices

    @path("", name="finder")
    @path("region/<str:region>/", name="finder_region")
    @path("service/<str:service>/", name="finder_service")
    @path("region/<str:region>/service/<str:service>/", name="finder_both")
    def finder(self, request, region=None, service=None):
        # The same regions and offices for every combination a publish run renders.
        regions, offices = cached(request, ("office finder", self.pk), self._regions_and_offices)
        selected = next((r for r in regions if r.ubigeo == region), None)
        if (region is not None and selected is None) or (
            service is not None and service not in ServiceCode.values
        ):
            raise Http404
        matches = [
            o
            for o in offices
            if (region is None or o.region_code == region)
            and (service is None or service in o.service_codes)
        ]
        return self.render(
            request,
            context_overrides={
                "offices": matches,
                "filters": self._filter_groups(regions, offices, region, service),
            },
        )

    def _regions_and_offices(self):
        regions = self.regions()
        return regions, self.offices(regions)

    def finder_url(self, region=None, service=None):
        return cached(
            None,
            ("office finder url", self.pk, region, service),
            lambda: self._url(region, service),
        )

    def _url(self, region, service):
        if region and service:
            name, kwargs = "finder_both", {"region": region, "service": service}
        elif region:
            name, kwargs = "finder_region", {"region": region}
        elif service:
            name, kwargs = "finder_service", {"service": service}
        else:
            return self.url
        return self.url + self.reverse_subpage(name, kwargs=kwargs)

    def _filter_groups(self, regions, offices, region, service):
        """Links for each region (keeping the chosen service) and each service (keeping the
        chosen region); a choice with no office is shown without a link."""

        def count(region_code, service_code):
            return sum(
                1
                for o in offices
                if (region_code is None or o.region_code == region_code)
                and (service_code is None or service_code in o.service_codes)
            )

        def option(label, region_code, service_code, current, value=""):
            found = count(region_code, service_code)
            return {
                "label": label,
                "value": value,
                "count": found,
                "url": self.finder_url(region_code, service_code) if found else None,
                "current": current,
            }

        region_options = [option(_("All"), None, service, region is None)] + [
            option(r.name, r.ubigeo, service, r.ubigeo == region, r.ubigeo) for r in regions
        ]
        service_options = [option(_("All"), region, None, service is None)] + [
            option(label, region, code, code == service, code)
            for code, label in ServiceCode.choices
        ]
        return [
            {"label": _("Region"), "options": region_options},
            {"label": _("Service"), "options": service_options},
        ]

    def static_subpaths(self):
        """Every non-empty combination of region and service, for static publishing."""
        pairs = set()
        for office in self.offices(self.regions()):
            for region in (None, office.region_code):
                pairs.update((region, code) for code in (None, *office.service_codes))
        pairs.discard((None, None))
        base = len(self.url)
        return sorted(self.finder_url(r, s)[base:] for r, s in pairs)
