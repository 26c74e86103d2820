from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from .base import PortalPage
from .lines import BodyPage


class StudyIndexPage(PortalPage):
    static_search_indexed = False  # a listing: see PortalPage.static_search_indexed
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.StudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("studies index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = (
            StudyPage.objects.child_of(self).live().public().order_by("-year", "title")
        )
        return context


class StudyPage(BodyPage):
    """A study or piece of research on Peruvian labour migration."""

    authors = models.CharField(_("authors"), max_length=300)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["content.StudyIndexPage"]
    subpage_types = []

    content_panels = (
        BodyPage.content_panels[:2]
        + [
            MultiFieldPanel(
                [FieldPanel("authors"), FieldPanel("year"), FieldPanel("document")],
                heading=_("Study"),
            ),
        ]
        + BodyPage.content_panels[2:]
    )
    search_fields = BodyPage.search_fields + [
        index.SearchField("authors"),
        index.FilterField("year"),
    ]
    api_fields = BodyPage.api_fields + [
        APIField("authors"),
        APIField("year"),
        APIField("document"),
    ]

    class Meta:
        verbose_name = _("study")
        verbose_name_plural = _("studies")

    @property
    def meta_line(self):
        return f"{self.authors} · {self.year}"
