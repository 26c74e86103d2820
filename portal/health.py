"""`/health/`: is the CMS able to serve (database) and is background work being done (worker)?

django-tasks-db keeps no record of idle workers, so the check feeds the queue itself: each call
enqueues a top-priority `heartbeat` task unless one is already waiting or one was enqueued less
than `WORKER_HEARTBEAT_INTERVAL` seconds ago. The workers are *late* when a due task of any queue
has waited longer than `WORKER_MAX_SILENCE` seconds, even if other tasks keep finishing (a worker
stuck behind slow tasks is as bad as a dead one). Monitors poll this URL; with a dead worker it
answers 503 within `WORKER_MAX_SILENCE` plus one interval.
"""

from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Max, Min
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from portal.tasks import heartbeat


def _database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return {"status": "error", "error": error.__class__.__name__}
    return {"status": "ok", "vendor": connection.vendor}


def _worker():
    backend = task_backends[heartbeat.backend]
    if not isinstance(backend, DatabaseBackend):
        return {"status": "ok", "queue": f"{backend.__class__.__name__} (no worker process)"}

    now = timezone.now()
    results = DBTaskResult.objects.filter(backend_name=backend.alias)
    interval = timedelta(seconds=settings.WORKER_HEARTBEAT_INTERVAL)
    for queue in settings.TASK_QUEUES:  # every queue's worker proves it is there
        heartbeats = results.filter(task_path=heartbeat.module_path, queue_name=queue)
        latest = heartbeats.aggregate(latest=Max("enqueued_at"))["latest"]
        if not heartbeats.ready().exists() and (latest is None or latest <= now - interval):
            heartbeat.using(queue_name=queue).enqueue()

    last_finished = results.finished().aggregate(last=Max("finished_at"))["last"]
    waited = {
        queue: round(max(0.0, (now - since).total_seconds()), 1)
        for queue, since in _oldest_due_by_queue(results.ready()).items()
    }
    oldest = max(waited.values(), default=0.0)
    late = oldest > settings.WORKER_MAX_SILENCE
    return {
        "status": "late" if late else "ok",
        "last_task_finished_at": last_finished.isoformat() if last_finished else None,
        "oldest_waiting_seconds": oldest,
        "waiting_seconds_by_queue": waited,
    }


def _oldest_due_by_queue(due):
    """{queue: since when its oldest due task has been due}: from its enqueueing, or from its
    `run_after` when it was deferred."""
    oldest = {}
    for deferred, field in ((False, "enqueued_at"), (True, "run_after")):
        tasks = (
            due.exclude(run_after=get_date_max())
            if deferred
            else due.filter(run_after=get_date_max())
        )
        for row in tasks.values("queue_name").annotate(since=Min(field)):
            queue, since = row["queue_name"], row["since"]
            oldest[queue] = min(since, oldest.get(queue, since))
    return oldest


@never_cache
@require_safe
def health(request):
    checks = {"database": _database()}
    if checks["database"]["status"] == "ok":
        try:
            checks["worker"] = _worker()
        except DatabaseError as error:
            checks["worker"] = {"status": "error", "error": error.__class__.__name__}
    else:
        checks["worker"] = {"status": "unknown"}
    healthy = all(check["status"] == "ok" for check in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
