"""Background publishing through django-tasks (the database queue and `manage.py db_worker`)."""

import logging

from django_tasks import task

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
    return report.summary()
