from itertools import groupby

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


class LinkCategory(models.TextChoices):
    GOVERNMENT = "government", _("Peruvian State")
    INTERNATIONAL = "international", _("International organisations")
    MIGRANT_SUPPORT = "support", _("Support for migrants")
    EMPLOYMENT = "employment", _("Employment and training")
    RESEARCH = "research", _("Research")


@register_snippet
class LinkOfInterest(TranslatableMixin, index.Indexed, models.Model):
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))
    description = models.CharField(_("description"), max_length=300, blank=True)
    category = models.CharField(_("category"), max_length=20, choices=LinkCategory.choices)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # Only the links page of its language shows it (`LinksPage.pages_showing`): a change announces
    # itself (content/signals.py) and re-publishes that page, not the whole site.
    shown_on_pages = False

    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("category"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("link of interest")
        verbose_name_plural = _("links of interest")
        ordering = ["category", "sort_order", "title"]

    def __str__(self):
        return self.title

    @classmethod
    def grouped(cls, locale):
        """[(category label, [links])] in category order, for one language."""
        links = cls.objects.filter(locale=locale).order_by("category", "sort_order", "title")
        labels = dict(LinkCategory.choices)
        return [
            (labels[key], list(items)) for key, items in groupby(links, key=lambda x: x.category)
        ]
