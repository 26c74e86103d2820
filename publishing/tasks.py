"""Background publishing through django-tasks (the database queue and `manage.py db_worker`)."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from content.models import EventPage

from .publisher import publish_changes
from .targets import Changes

logger = logging.getLogger(__name__)


@task()
def publish_changes_task(changes):
    """Re-publish what `changes` (a `targets.Changes` as JSON) affects; returns a summary."""
    try:
        report = publish_changes(Changes.from_json(changes))
    except Exception:
        logger.exception("Publishing failed; the site being served is unchanged")
        raise
    logger.info("Publish (%s): %s", report.reason, report.summary())
    schedule_event_refresh()
    return report.summary()


@task()
def refresh_ended_events_task():
    """An event that ends moves from "upcoming" to "past" (listings, home page, its own page).

    Static pages do not notice time passing: this re-publishes the events that ended in the last
    day, and queues itself again for the end of the next event.
    """
    now = timezone.now()
    ended = set(
        EventPage.objects.live()
        .filter(end__lte=now, end__gt=now - timedelta(days=1))
        .values_list("pk", flat=True)
    )
    summary = None
    if ended:
        summary = publish_changes(Changes(pages=ended, reasons={"events ended"})).summary()
    schedule_event_refresh()
    return summary


def schedule_event_refresh():
    """Queue `refresh_ended_events_task` for when the next upcoming event ends (once).

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
    if next_end is None:
        return
    run_after = next_end + timedelta(seconds=5)
    from django_tasks_db.models import DBTaskResult

    already = DBTaskResult.objects.filter(
        task_path=refresh_ended_events_task.module_path,
        status="READY",
        run_after__lte=run_after,
    ).exists()
    if not already:
        refresh_ended_events_task.using(run_after=run_after).enqueue()
