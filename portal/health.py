"""`/health/`: is the CMS able to serve (database) and is background work being done (worker)?

django-tasks-db keeps no record of idle workers, so the check feeds the queue itself: each call
enqueues a top-priority `heartbeat` task unless one is already waiting or one was enqueued less
than `WORKER_HEARTBEAT_INTERVAL` seconds ago. The worker is *late* when a due task has waited
longer than `WORKER_MAX_SILENCE` seconds and no task finished within that time. Monitors poll this
URL; with a dead worker it answers 503 within `WORKER_MAX_SILENCE` plus one interval.
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
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult, get_date_max

    backend = task_backends[heartbeat.backend]
    if not isinstance(backend, DatabaseBackend):
        return {"status": "ok", "queue": f"{backend.__class__.__name__} (no worker process)"}

    now = timezone.now()
    results = DBTaskResult.objects.filter(backend_name=backend.alias)
    heartbeats = results.filter(task_path=heartbeat.module_path)
    latest = heartbeats.aggregate(latest=Max("enqueued_at"))["latest"]
    interval = timedelta(seconds=settings.WORKER_HEARTBEAT_INTERVAL)
    if not heartbeats.ready().exists() and (latest is None or latest <= now - interval):
        heartbeat.enqueue()

    last_finished = results.finished().aggregate(last=Max("finished_at"))["last"]
    due = results.ready()
    # A task is due from its enqueueing, or from its `run_after` when it was deferred.
    due_since = [
        due.filter(run_after=get_date_max()).aggregate(since=Min("enqueued_at"))["since"],
        due.exclude(run_after=get_date_max()).aggregate(since=Min("run_after"))["since"],
    ]
    oldest = min((since for since in due_since if since is not None), default=None)
    waited = max(0.0, (now - oldest).total_seconds()) if oldest else 0.0

    silence = timedelta(seconds=settings.WORKER_MAX_SILENCE)
    recently_active = last_finished is not None and last_finished >= now - silence
    late = waited > silence.total_seconds() and not recently_active
    return {
        "status": "late" if late else "ok",
        "last_task_finished_at": last_finished.isoformat() if last_finished else None,
        "oldest_waiting_seconds": round(waited, 1),
    }


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
