"""The monthly report on the portal (directive 5.4.6), computed from what the database records.

Activity comes from Wagtail's audit log (`PageLogEntry`), counted as distinct pages per section
and language: *created* (`wagtail.create`, and translations created by wagtail-localize),
*updated* (`wagtail.edit` on pages created before the month), *published* (`wagtail.publish`),
*unpublished* (`wagtail.unpublish`). Entries of pages deleted since are not counted.

The state of the content (missing and outdated translations, overdue reviews) is the state when
the report is generated: wagtail-localize and the review dates keep no history.

Feedback comes from `PageFeedback`, searches from Wagtail's query tracking (`QueryDailyHits`)
and `search.ZeroResultDailyHits`, the mailbox from the contact messages (see `mailbox`).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import QueryDailyHits
from wagtail.models import Page, PageLogEntry

from search.models import ZeroResultDailyHits

from .freshness import outdated_translations, overdue_filter, review_models
from .mailbox import MailboxFigures, mailbox_figures
from .models import PageFeedback
from .month import Month
from .report_extensions import extra_tables
from .sections import Section, SectionMap

ACTIONS = {
    "created": {"wagtail.create", "wagtail.copy", "wagtail.copy_for_translation"},
    "updated": {"wagtail.edit"},
    "published": {"wagtail.publish"},
    "unpublished": {"wagtail.unpublish"},
}
ACTIVITY = list(ACTIONS)
WORST_PAGES = 10
TOP_SEARCHES = 20


def language_name(code):
    return str(settings.PORTAL_LANGUAGE_NAMES.get(code, code))


@dataclass
class ContentRow:
    section: Section
    language: str
    created: int = 0
    updated: int = 0
    published: int = 0
    unpublished: int = 0
    # None for the source language (Spanish): it is not a translation.
    missing_translations: int | None = None
    outdated_translations: int | None = None
    overdue_reviews: int = 0


@dataclass
class PageRating:
    page_id: int
    title: str
    language: str
    section: str
    yes: int = 0
    no: int = 0
    comments: list[str] = field(default_factory=list)

    @property
    def total(self):
        return self.yes + self.no

    @property
    def useful_percent(self):
        return round(100 * self.yes / self.total, 1) if self.total else None


@dataclass(frozen=True)
class SearchCount:
    query: str
    searches: int


@dataclass
class MonthlyReport:
    month: Month
    generated_at: datetime.datetime
    content: list[ContentRow]
    mailbox: MailboxFigures
    ratings: list[PageRating]
    top_searches: list[SearchCount]
    searches_without_results: list[SearchCount]
    searches_total: int
    searches_without_results_total: int
    # Tables registered by other apps (report_extensions.py): the registrations' figures.
    extra_tables: list = field(default_factory=list)

    def total(self, metric):
        return sum(getattr(row, metric) or 0 for row in self.content)

    @property
    def worst_pages(self):
        """The pages rated least useful: lowest share of "yes", then most "no"; at least one "no"."""
        rated = [rating for rating in self.ratings if rating.no]
        return sorted(rated, key=lambda r: (r.useful_percent, -r.no, r.title))[:WORST_PAGES]

    @property
    def feedback_yes(self):
        return sum(rating.yes for rating in self.ratings)

    @property
    def feedback_no(self):
        return sum(rating.no for rating in self.ratings)

    @property
    def feedback_useful_percent(self):
        total = self.feedback_yes + self.feedback_no
        return round(100 * self.feedback_yes / total, 1) if total else None


def build_report(month, now=None):
    """The report for `month` (a `Month`), with the content state as of `now`."""
    now = now or timezone.now()
    sections = SectionMap()
    languages = [code for code, _name in settings.LANGUAGES]
    rows = {
        (section.key, language): ContentRow(section, language)
        for section in sections.sections
        for language in languages
    }
    _count_activity(rows, sections, month)
    _count_translations(rows, sections, languages)
    _count_overdue_reviews(rows, sections, timezone.localdate(now))
    searches = _searches(month)
    return MonthlyReport(
        month=month,
        generated_at=now,
        content=list(rows.values()),
        mailbox=mailbox_figures(month),
        ratings=_ratings(month, sections),
        extra_tables=extra_tables(month),
        **searches,
    )


def _count_activity(rows, sections, month):
    entries = (
        PageLogEntry.objects.filter(
            timestamp__gte=month.start,
            timestamp__lt=month.end,
            action__in=set().union(*ACTIONS.values()),
        )
        .values_list("action", "page_id")
        .distinct()
    )
    pages_by_metric = defaultdict(set)
    for action, page_id in entries:
        for metric, actions in ACTIONS.items():
            if action in actions:
                pages_by_metric[metric].add(page_id)
    pages_by_metric["updated"] -= pages_by_metric["created"]
    pages = {
        pk: (path, language)
        for pk, path, language in Page.objects.filter(
            pk__in=entries.values("page_id")  # a subquery: no limit on the number of pages
        ).values_list("pk", "path", "locale__language_code")
    }
    for metric, page_ids in pages_by_metric.items():
        for page_id in page_ids:
            if page_id not in pages:
                continue  # deleted since
            path, language = pages[page_id]
            row = rows.get((sections.key_for(path), language))
            if row is not None:
                setattr(row, metric, getattr(row, metric) + 1)


def _count_translations(rows, sections, languages):
    source_language = settings.LANGUAGE_CODE
    translated = defaultdict(set)
    source_pages = []
    live_pages = Page.objects.live().filter(depth__gt=1, alias_of__isnull=True)
    for key, language, path in live_pages.values_list(
        "translation_key", "locale__language_code", "path"
    ):
        translated[language].add(key)
        if language == source_language:
            source_pages.append((key, sections.key_for(path)))
    for (_section, language), row in rows.items():
        if language != source_language:
            row.missing_translations = 0
            row.outdated_translations = 0
    for language in languages:
        if language == source_language:
            continue
        for key, section_key in source_pages:
            if key not in translated[language]:
                rows[(section_key, language)].missing_translations += 1
    for item in outdated_translations():
        row = rows.get(
            (sections.key_for(item.source["path"]), item.target["locale__language_code"])
        )
        if row is not None and row.outdated_translations is not None:
            row.outdated_translations += 1


def _count_overdue_reviews(rows, sections, today):
    for model in review_models():
        overdue = model.objects.live().filter(overdue_filter(today))
        for path, language in overdue.values_list("path", "locale__language_code"):
            row = rows.get((sections.key_for(path), language))
            if row is not None:
                row.overdue_reviews += 1


def _ratings(month, sections):
    votes = PageFeedback.objects.filter(
        created_at__gte=month.start, created_at__lt=month.end
    ).order_by("created_at", "pk")
    titles = {section.key: section.title for section in sections.sections}
    ratings = {}
    pages = {
        page["pk"]: page
        for page in Page.objects.filter(pk__in=votes.values("page_id")).values(
            "pk", "title", "path", "locale__language_code"
        )
    }
    for page_id, useful, comment in votes.values_list("page_id", "useful", "comment"):
        page = pages[page_id]
        rating = ratings.get(page_id)
        if rating is None:
            rating = ratings[page_id] = PageRating(
                page_id=page_id,
                title=page["title"],
                language=page["locale__language_code"],
                section=titles[sections.key_for(page["path"])],
            )
        if useful:
            rating.yes += 1
        else:
            rating.no += 1
        if comment:
            rating.comments.append(comment)
    return sorted(ratings.values(), key=lambda r: (-r.total, r.title, r.language))


def _searches(month):
    in_month = {"date__gte": month.first_day, "date__lte": month.last_day}
    hits = QueryDailyHits.objects.filter(**in_month)
    top = (
        hits.values("query__query_string")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query__query_string")[:TOP_SEARCHES]
    )
    empty = ZeroResultDailyHits.objects.filter(**in_month)
    without_results = (
        empty.values("query__query_string")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query__query_string")[:TOP_SEARCHES]
    )
    return {
        "top_searches": [SearchCount(row["query__query_string"], row["searches"]) for row in top],
        "searches_without_results": [
            SearchCount(row["query__query_string"], row["searches"]) for row in without_results
        ],
        "searches_total": hits.aggregate(total=Sum("hits"))["total"] or 0,
        "searches_without_results_total": empty.aggregate(total=Sum("hits"))["total"] or 0,
    }


TITLE = _("Perú Infomigra: monthly report on the portal")
