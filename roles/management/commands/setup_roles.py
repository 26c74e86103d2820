"""Create or complete the editor groups, their permissions and the DML workflow (re-runnable)."""

from django.core.management.base import BaseCommand

from roles.setup import setup_roles


class Command(BaseCommand):
    help = (
        "Create the DML editors, DML moderators, one group per region, DGSENEP image, mailbox "
        "operators and translators groups with their page, collection and model permissions, and "
        "the “Moderación DML” workflow on every language's home page. Safe to run again: only "
        "what is missing is added."
    )

    def handle(self, *args, verbosity=1, **options):
        report = setup_roles()
        if verbosity:
            self.stdout.write(f"Roles: {report}")
