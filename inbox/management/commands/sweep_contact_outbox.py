"""Every minute: keep the contact outbox moving and recover tasks of workers that died."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from core.workers import recover_dead_workers_tasks
from inbox import outbox


class Command(BaseCommand):
    help = (
        "Run every minute (make run does; in production the infomigra-sweep timer): mail left "
        "'sending' by a worker that died is released, a mail server marked down is probed and "
        "the waiting mail released when it answers, pending entries past their due time get a "
        "new delivery task, entries past their retry window are failed and the operators "
        "alerted, and tasks of dead workers are marked failed. Duplicate tasks are harmless: a "
        "worker claims an entry before sending it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--grace",
            type=int,
            default=int(outbox.SWEEP_GRACE.total_seconds()),
            help="Seconds an entry may be overdue before it is re-enqueued (default %(default)s).",
        )

    def handle(self, *args, grace, verbosity=1, **options):
        released, enqueued = outbox.sweep(grace=timedelta(seconds=grace))
        recovered = recover_dead_workers_tasks()
        if verbosity:
            self.stdout.write(
                f"Released {released} claim(s) of dead workers; enqueued {enqueued} task(s); "
                f"marked {recovered} task(s) of dead workers failed."
            )
