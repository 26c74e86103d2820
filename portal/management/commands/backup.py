from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from portal.backup import archive


class Command(BaseCommand):
    help = (
        "Write a backup archive (database dump, media files, manifest with checksums) "
        "into BACKUP_ROOT or --output-dir."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            type=Path,
            default=None,
            help="folder for the archive (default: the BACKUP_ROOT setting)",
        )

    def handle(self, *args, output_dir=None, **options):
        path, manifest = archive.create(output_dir or Path(settings.BACKUP_ROOT))
        media = sum(1 for name in manifest["files"] if name.startswith(archive.MEDIA + "/"))
        size = path.stat().st_size / (1024 * 1024)
        self.stdout.write(
            f"{manifest['vendor']} database and {media} media files: {path} ({size:.1f} MiB)"
        )
        # The last line is the archive's path alone, for scripts.
        self.stdout.write(str(path))
