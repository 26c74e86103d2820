"""The private store of uploaded contracts: a folder of its own under MEDIA_ROOT (so backups
include it), never published and never served under /media/ (portal/media_files.py serves image
files only). The SIVITMA team downloads a contract through its admin view (admin_views.py)."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage

FOLDER = "private"


def private_storage():
    return FileSystemStorage(
        location=Path(settings.MEDIA_ROOT) / FOLDER,
        base_url=None,
        file_permissions_mode=0o600,
        directory_permissions_mode=0o700,
    )
