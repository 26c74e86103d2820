"""Re-enqueue contact mail whose delivery task was lost; release claims of dead workers."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from content.contact import outbox


class Command(BaseCommand):
    help = (
        "Run every few minutes (make run does; in production use cron or a systemd timer): "
        "entries still pending after their due time get a new delivery task, and entries left "
        "'sending' by a worker that died are released. Duplicate tasks are harmless: a worker "
        "claims an entry before sending it."
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
        if verbosity:
            self.stdout.write(f"Released {released} stale claim(s); enqueued {enqueued} task(s).")
