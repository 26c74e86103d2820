"""`/health/`: database and task-worker checks, with the real database queue.

Tasks are taken off the queue by django-tasks-db's own worker code (claim, then `run_task`). Its
polling loop is left out here because it closes database connections between polls, which would
end the test's transaction; test_processes runs the real `db_worker` process beside gunicorn.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from portal.tasks import heartbeat

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}
}

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def work_off_the_queue():
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    while (task_result := DBTaskResult.objects.ready().get_locked()) is not None:
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)


def heartbeats():
    return DBTaskResult.objects.filter(task_path=heartbeat.module_path)


def test_healthy_without_a_worker_process_when_tasks_run_inline(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert "no worker process" in body["worker"]["queue"]
    assert response["Cache-Control"].startswith("max-age=0")


def test_only_get_and_head(client):
    assert client.post("/health/").status_code == 405
    assert client.head("/health/").status_code == 200


@override_settings(TASKS=DATABASE_QUEUE, WORKER_HEARTBEAT_INTERVAL=30)
def test_the_check_feeds_a_heartbeat_that_the_real_worker_takes(client):
    first = client.get("/health/").json()
    assert first["worker"] == {
        "status": "ok",
        "last_task_finished_at": None,
        "oldest_waiting_seconds": first["worker"]["oldest_waiting_seconds"],
        "waiting_seconds_by_queue": first["worker"]["waiting_seconds_by_queue"],
    }
    queues = set(settings.TASK_QUEUES)
    assert set(heartbeats().ready().values_list("queue_name", flat=True)) == queues
    client.get("/health/")
    assert heartbeats().count() == len(queues), "one heartbeat per queue waits at a time"

    work_off_the_queue()

    assert heartbeats().successful().count() == len(queues)
    second = client.get("/health/").json()
    assert second["status"] == "ok"
    assert second["worker"]["last_task_finished_at"] is not None
    assert heartbeats().count() == len(queues), "no new heartbeat within the interval"


@override_settings(TASKS=DATABASE_QUEUE, WORKER_MAX_SILENCE=60)
def test_late_when_a_due_task_waited_too_long_and_nothing_finished(client):
    client.get("/health/")
    heartbeats().update(enqueued_at=timezone.now() - timedelta(seconds=90))
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["worker"]["status"] == "late"

    work_off_the_queue()
    assert client.get("/health/").status_code == 200


@override_settings(TASKS=DATABASE_QUEUE, WORKER_MAX_SILENCE=60)
def test_late_when_a_queue_waits_even_while_other_tasks_finish(client):
    """A worker stuck behind slow tasks (e.g. a hung mail server) is reported like a dead one."""
    client.get("/health/")
    work_off_the_queue()  # tasks keep finishing…
    heartbeat.using(queue_name="mail").enqueue()
    DBTaskResult.objects.ready().update(enqueued_at=timezone.now() - timedelta(seconds=90))
    response = client.get("/health/")  # …but one queue's oldest task waited 90 s
    assert response.status_code == 503
    worker = response.json()["worker"]
    assert worker["status"] == "late"
    assert worker["waiting_seconds_by_queue"]["mail"] >= 90
    assert worker["last_task_finished_at"] is not None


@override_settings(TASKS=DATABASE_QUEUE)
def test_the_heartbeat_prunes_old_heartbeats():
    old = heartbeat.enqueue()
    work_off_the_queue()
    heartbeats().filter(id=old.id).update(finished_at=timezone.now() - timedelta(hours=2))
    heartbeat.enqueue()
    work_off_the_queue()
    assert not heartbeats().filter(id=old.id).exists()
    assert heartbeats().count() == 1
