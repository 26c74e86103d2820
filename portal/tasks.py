"""Background tasks of the portal itself."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task
from django_tasks.base import TASK_MAX_PRIORITY

HEARTBEAT_RETENTION = timedelta(hours=1)


@task(priority=TASK_MAX_PRIORITY)
def heartbeat():
    """Proves that a worker takes tasks off the queue; keeps an hour of finished heartbeats."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    DBTaskResult.objects.finished().filter(
        task_path=heartbeat.module_path, finished_at__lt=now - HEARTBEAT_RETENTION
    ).delete()
    return now.isoformat()
