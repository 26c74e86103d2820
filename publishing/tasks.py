"""Background publishing through django-tasks (the database queue and `manage.py db_worker`)."""

import gc
import logging
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from content.models import ContestsVideosPage, EventPage
from content.pages.base import not_reviewed_since_due, review_models

from .publisher import publish_changes
from .targets import Changes

logger = logging.getLogger(__name__)


# An editor waits for it: ahead of the search and reference-index updates that every edit also
# queues, and of a bulk import's backlog of them (publishes among themselves stay in order).
PUBLISH_PRIORITY = 50


@task(priority=PUBLISH_PRIORITY)
def publish_changes_task(changes):
    """Re-publish what `changes` (a `targets.Changes` as JSON) affects; returns a summary."""
    try:
        report = publish_changes(Changes.from_json(changes))
    except Exception:
        logger.exception("Publishing failed; the site being served is unchanged")
        raise
    logger.info("Publish (%s): %s", report.reason, report.summary())
    schedule_event_refresh()
    settle_memory()
    return report.summary()


def settle_memory():
    """After an edit is live: collect the garbage, then freeze what survives (modules, compiled
    templates, the manifest) out of the garbage collector's way. Otherwise, with a large site's
    manifest in memory, a full collection came every few edits in the middle of one (0.2 s at
    10,000 pages). Only what lives on between edits is frozen (the collection comes first), and
    it is still freed by reference counting when nothing refers to it any more."""
    if settings.PUBLISH_FREEZE_AFTER_EDIT:
        gc.collect()
        gc.freeze()


@task()
def refresh_ended_events_task():
    """Pages that change with time alone: an event that ends moves from "upcoming" to "past"
    (listings, home page, its own page); a guide or norm whose review date passes without a
    review shows "Under review"; a contest opens or closes ("Abierto hasta …", "Cerrado").

    Static pages do not notice time passing: this re-publishes the events that ended and the
    pages whose review date passed or whose contest opened or closed in the last day (two, for
    a late run), and queues itself again for the next such moment.
    """
    now = timezone.now()
    changed = set(
        EventPage.objects.live()
        .filter(end__lte=now, end__gt=now - timedelta(days=1))
        .values_list("pk", flat=True)
    )
    changed |= reviews_come_due(timezone.localdate())
    changed |= contests_opened_or_closed(timezone.localdate())
    summary = None
    if changed:
        reasons = {"events ended, reviews came due or contests opened or closed"}
        summary = publish_changes(Changes(pages=changed, reasons=reasons)).summary()
    schedule_event_refresh()
    return summary


def reviews_come_due(today):
    """Live pages whose review date passed yesterday or the day before, not reviewed since."""
    pages = set()
    for model in review_models():
        pages |= set(
            model.objects.live()
            .filter(next_review_due__lt=today, next_review_due__gte=today - timedelta(days=2))
            .filter(not_reviewed_since_due())
            .values_list("pk", flat=True)
        )
    return pages


def next_review_change(today):
    """The first midnight (local time) at which a live page's review date will have passed."""
    dates = [
        model.objects.live()
        .filter(next_review_due__gte=today)
        .filter(not_reviewed_since_due())
        .order_by("next_review_due")
        .values_list("next_review_due", flat=True)
        .first()
        for model in review_models()
    ]
    due = min(filter(None, dates), default=None)
    if due is None:
        return None
    return timezone.make_aware(datetime.combine(due + timedelta(days=1), time.min))


def contests_opened_or_closed(today):
    """Live contests pages where a contest opened or closed today or the day before."""
    return {
        page
        for page, days in ContestsVideosPage.contest_state_changes().items()
        if any(today - timedelta(days=2) < day <= today for day in days)
    }


def next_contest_change(today):
    """The first midnight (local time) after today at which a contest opens or closes."""
    days = [day for days in ContestsVideosPage.contest_state_changes().values() for day in days]
    upcoming = min((day for day in days if day > today), default=None)
    return upcoming and timezone.make_aware(datetime.combine(upcoming, time.min))


def schedule_event_refresh():
    """Queue `refresh_ended_events_task` for the next moment time alone changes pages: when the
    next upcoming event ends, or the night a review date passes or a contest opens or closes
    (once).

    Only with a queue that runs tasks later (the database backend); a no-op otherwise.
    """
    if not refresh_ended_events_task.get_backend().supports_defer:
        return
    next_end = (
        EventPage.objects.live()
        .filter(end__gt=timezone.now())
        .order_by("end")
        .values_list("end", flat=True)
        .first()
    )
    today = timezone.localdate()
    moments = [
        moment
        for moment in (next_end, next_review_change(today), next_contest_change(today))
        if moment
    ]
    if not moments:
        return
    run_after = min(moments) + timedelta(seconds=5)
    from django_tasks_db.models import DBTaskResult

    already = DBTaskResult.objects.filter(
        task_path=refresh_ended_events_task.module_path,
        status="READY",
        run_after__lte=run_after,
    ).exists()
    if not already:
        refresh_ended_events_task.using(run_after=run_after).enqueue()
