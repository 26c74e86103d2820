from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connection
from django.db.migrations.executor import MigrationExecutor

from portal.backup import archive


class Command(BaseCommand):
    help = (
        "Replace the database and the media folder with a backup archive's contents. "
        "Stop the web and worker processes first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="a file written by `manage.py backup`")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, **options):
        path = options["archive"]
        if not path.is_file():
            raise CommandError(f"{path} does not exist")
        if options["interactive"]:
            database = connection.settings_dict["NAME"]
            answer = input(
                f"This replaces the database {database!r} and the media folder "
                f"{settings.MEDIA_ROOT} with the contents of {path}.\nType 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("restore cancelled")

        manifest = archive.restore(path)

        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page

        counts = {
            "pages": Page.objects.count() - 1,  # without the tree's root
            "images": get_image_model().objects.count(),
            "documents": get_document_model().objects.count(),
        }
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']}: "
            + ", ".join(f"{count} {name}" for name, count in counts.items())
            + f", {len(manifest['files']) - 1} files checked."
        )
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            self.stdout.write(
                self.style.WARNING(
                    f"The backup predates {len(pending)} migrations of this code: run "
                    f"`manage.py migrate` (database {DEFAULT_DB_ALIAS!r})."
                )
            )
