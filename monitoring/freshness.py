"""Content freshness: reviews overdue or due soon, and translations older than their source.

Country guides and legislation (every page type with `ReviewDates`) carry `last_reviewed` and
`next_review_due`. A page is due when `next_review_due` is on or before the horizon, unless it
was reviewed on or after that date (the review happened, the next date is still to be set).

wagtail-localize keeps, per source page, a `TranslationSource` whose `last_updated_at` is when
its content was last extracted (on "Translate" or "Sync translated pages"); a translation is
outdated when its source page was published after that.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import Translation

from content.pages.base import (  # overdue_filter and review_models: also used by report.py
    not_reviewed_since_due,
    overdue_filter,  # noqa: F401
    review_models,
)


@dataclass(frozen=True)
class DueReview:
    page: Page
    due: datetime.date
    today: datetime.date

    @property
    def overdue(self):
        return self.due < self.today

    @property
    def days(self):
        """Days overdue (positive) or days left (negative or zero)."""
        return (self.today - self.due).days


def due_reviews(today=None, language_code=None):
    """Live pages of the source language overdue or due within FRESHNESS_DUE_SOON_DAYS."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=settings.FRESHNESS_DUE_SOON_DAYS)
    language_code = language_code or settings.LANGUAGE_CODE
    items = []
    for model in review_models():
        pages = (
            model.objects.live()
            .filter(locale__language_code=language_code, next_review_due__lte=horizon)
            .filter(not_reviewed_since_due())
            .select_related("locale")
        )
        items += [DueReview(page, page.next_review_due, today) for page in pages]
    return sorted(items, key=lambda item: (item.due, item.page.title))


@dataclass(frozen=True)
class OutdatedTranslation:
    source: dict  # id, title, path, last_published_at of the source page
    target: dict  # id, title, path, language of the translated page
    synced_at: datetime.datetime


def outdated_translations():
    """Enabled translations whose live source page was published after the last sync."""
    translations = Translation.objects.filter(enabled=True)
    rows = list(
        translations.values_list(
            "source__object_id",
            "source__locale_id",
            "source__last_updated_at",
            "target_locale_id",
        )
    )
    pages = {
        (page["translation_key"], page["locale_id"]): page
        for page in Page.objects.filter(
            translation_key__in=translations.values("source__object_id"), alias_of__isnull=True
        ).values(
            "id",
            "title",
            "path",
            "live",
            "translation_key",
            "locale_id",
            "locale__language_code",
            "last_published_at",
        )
    }
    outdated = []
    for key, source_locale, synced_at, target_locale in rows:
        source = pages.get((key, source_locale))
        target = pages.get((key, target_locale))
        if source is None or target is None or not source["live"]:
            continue
        if source["last_published_at"] and source["last_published_at"] > synced_at:
            outdated.append(OutdatedTranslation(source, target, synced_at))
    return sorted(
        outdated, key=lambda item: (item.source["path"], item.target["locale__language_code"])
    )


def outdated_by_source():
    """[(source page dict, [language codes])], for the dashboard and the weekly email."""
    grouped = {}
    for item in outdated_translations():
        entry = grouped.setdefault(item.source["id"], (item.source, []))
        entry[1].append(item.target["locale__language_code"])
    return list(grouped.values())
