"""The task workers: one per queue, named so that a dead worker's tasks can be recovered.

`manage.py worker` is django-tasks-db's `db_worker` without the autoreloader (one process: the
PID it prints is the worker), named by `core.processes.this_process()`. A worker killed in the
middle of a task leaves its task row RUNNING forever; `recover_dead_workers_tasks()` marks such
rows failed once their worker's process is gone from this machine. Every worker does it when it
starts, and `sweep_contact_outbox` every minute.
"""

from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.processes import process_is_gone

QUEUES = ("default", "mail")
WORKER_DIED = "core.workers.WorkerDied"


def recover_dead_workers_tasks():
    """Mark RUNNING tasks of workers that died as failed; returns how many."""
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING)
    dead = [
        pk
        for pk, worker_ids in running.values_list("pk", "worker_ids")
        if worker_ids and process_is_gone(worker_ids[-1])
    ]
    return running.filter(pk__in=dead).update(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path=WORKER_DIED,
        traceback="The worker process running this task ended before the task did.",
    )
