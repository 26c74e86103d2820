"""What every portal page shares: a summary, search and API fields, listing helpers, and what a
change to a page affects on the published site."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from content.page_form import PortalPageForm
from core.page_tree import view_restrictions
from core.request_cache import cached, shared_cache
from search.index import analysed


def in_language_or_spanish(pages, locale):
    """`pages` (a queryset of one page type, every language) as a visitor of `locale` meets
    them: each in `locale` where translated, else in Spanish, the source language."""
    pages = list(pages.select_related("locale"))
    own = {page.translation_key: page for page in pages if page.locale_id == locale.pk}
    spanish = [page for page in pages if page.locale.language_code == settings.LANGUAGE_CODE]
    return [own.pop(page.translation_key, page) for page in spanish] + list(own.values())


class PortalPage(Page):
    """Abstract base: `intro` is the plain-language summary shown in listings and meta tags."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_(
            "One or two sentences in plain language. Shown in listings and search results."
        ),
    )

    # Site search: how a page type ranks against equally relevant pages of other types.
    search_boost = 1.0
    # The published site's search (Pagefind) indexes pages that say something themselves; the
    # home page, index pages and listings only repeat the pages they list, and set it to False.
    static_search_indexed = True

    base_form_class = PortalPageForm
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True

    @classmethod
    def get_search_fields(cls):
        """Search fields with their analysed Spanish/English/Quechua/Aymara terms."""
        return analysed(super().get_search_fields())

    def get_url_parts(self, request=None):
        """Wagtail's answer, once per page and publish run: every rendered page links to the
        pages of its menus, whose addresses do not change while a run renders."""
        compute = super().get_url_parts
        if shared_cache.get() is None:
            return compute(request)
        return cached(None, ("url parts", self.pk), lambda: compute(request))

    def get_view_restrictions(self):
        """Wagtail checks them before serving every page: a publish run loads them once."""
        during_publish_run = view_restrictions(self)
        if during_publish_run is None:
            return super().get_view_restrictions()
        return during_publish_run

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def live_children(self, model=None):
        children = self.get_children().live().public()
        if model is not None:
            children = children.type(model)
        return children.specific()

    # -- static publishing: what a change affects (read by publishing/targets.py) -----------------
    # A change re-renders the page, its ancestors, descendants, translations and the pages that
    # link to it by themselves; a page type declares what else shows it.

    # Site-wide files that list pages of this type, rewritten when one of them changes: "feeds"
    # (the news RSS and Atom feeds), "calendars" (the iCalendar files of the events).
    site_files = frozenset()

    def static_subpaths(self):
        """Addresses below the page's own that a visitor can reach (e.g. "page/2/"), published as
        files too."""
        return []

    @classmethod
    def pages_showing(cls, obj):
        """The pages of this type that show `obj` without being its ancestors: a page they list
        from elsewhere in the tree, or an object that is not a page (a testimonial). They are
        re-rendered when `obj` changes. A queryset or a list of pages; none by default."""
        return []

    @classmethod
    def in_sections_of(cls, page):
        """The pages of this type in `page`'s language that are children of one of its ancestors:
        the indexes of every section `page` lies in (a region's news item is in the region and in
        the national section)."""
        sections = Q()
        for ancestor in page.get_ancestors():
            sections |= Q(path__startswith=ancestor.path, depth=ancestor.depth + 1)
        if not sections:
            return cls.objects.none()
        return cls.objects.filter(sections, locale_id=page.locale_id)


class ReviewDates(models.Model):
    """Content that must be checked periodically (country guides, legislation)."""

    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)

    review_panel = MultiFieldPanel(
        [FieldPanel("last_reviewed"), FieldPanel("next_review_due")], heading=_("Review")
    )
    review_api_fields = [APIField("last_reviewed"), APIField("next_review_due")]

    class Meta:
        abstract = True

    @property
    def under_review(self):
        """Past its review date and not reviewed since: the page says so to visitors (set when
        it is published; `publishing.tasks` re-publishes it the day the date passes)."""
        today = timezone.localdate()
        return bool(
            self.next_review_due
            and self.next_review_due < today
            and (self.last_reviewed is None or self.last_reviewed < self.next_review_due)
        )


def review_models():
    """Every page type with review dates (CountryGuidePage, LegislationPage, ...)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ReviewDates) and issubclass(model, Page)
    ]


def not_reviewed_since_due():
    return Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=F("next_review_due"))


def overdue_filter(today):
    return Q(next_review_due__lt=today) & not_reviewed_since_due()
