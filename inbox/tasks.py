"""Background tasks (django-tasks; the database backend and `manage.py db_worker` in dev/prod)."""

from django_tasks import task

from . import outbox


@task(queue_name=outbox.MAIL_QUEUE)
def deliver_outbox_entry(entry_id: int) -> str:
    return outbox.deliver(entry_id)
