"""`manage.py schedule_freshness_digest`: queue the weekly content-freshness email (idempotent)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from monitoring.tasks import schedule_next_digest


class Command(BaseCommand):
    help = "Queue the weekly content-freshness email unless a run is queued already."

    def handle(self, *args, **options):
        run_after = schedule_next_digest()
        if run_after is None:
            self.stdout.write("The task backend cannot schedule work; nothing queued.")
        else:
            self.stdout.write(
                f"Next freshness email: {timezone.localtime(run_after):%Y-%m-%d %H:%M %Z}"
            )
