"""`manage.py worker --queue-name mail`: run background tasks (see core/workers.py)."""

from django_tasks_db.management.commands import db_worker

from core.processes import this_process
from core.workers import recover_dead_workers_tasks


class Command(db_worker.Command):
    help = (
        "Run a task worker for one queue ('default': publishing and Wagtail's own tasks; "
        "'mail': the contact outbox). No autoreloader; tasks of workers that died are marked "
        "failed when it starts."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(reload=False, worker_id=this_process())

    def handle(self, *args, **options):
        recovered = recover_dead_workers_tasks()
        if recovered and options["verbosity"]:
            self.stdout.write(f"Marked {recovered} task(s) of dead workers as failed.")
        return super().handle(*args, **options)
