"""Erase the personal data of answered mailbox messages older than CONTACT_RETENTION_DAYS."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from inbox.models import ContactMessage


class Command(BaseCommand):
    help = (
        "Anonymise messages answered more than CONTACT_RETENTION_DAYS days ago (run daily): "
        "name, email, subject and text are erased; reference, line of action, country, language, "
        "status and dates stay for the monthly statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Retention in days (default: the CONTACT_RETENTION_DAYS setting).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be anonymised."
        )

    def handle(self, *args, days=None, dry_run=False, verbosity=1, **options):
        days = settings.CONTACT_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days cannot be negative")
        now = timezone.now()
        due = ContactMessage.objects.due_for_anonymisation(before=now - timedelta(days=days))
        if dry_run:
            self.stdout.write(f"{due.count()} message(s) would be anonymised.")
            return
        count = 0
        with transaction.atomic():
            for message in due.select_for_update():
                message.anonymise(now)
                count += 1
        if verbosity:
            self.stdout.write(f"Anonymised {count} message(s) answered more than {days} days ago.")
