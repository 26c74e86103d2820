"""`manage.py backup` / `restore` round trip, through real portal processes.

A portal with the demo content plus one record of every other kind (see backup_scenario) is backed
up; then its database is damaged and restored, and the archive is also restored into an empty
database and media folder. Every table and every media file must come back identical, and a
damaged copy of the archive is refused before anything changes. The round trip runs on the
suite's database: SQLite in `make test`'s first pass, PostgreSQL in the second.
"""

import hashlib
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.core.management.base import CommandError
from django.db import connection
from wagtail.contrib.settings.registry import registry as settings_registry

from portal.backup import archive
from tests.portal.portal_process import ROOT, manage

RECORDS = [
    "wagtailcore.Page",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailforms.FormSubmission",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "wagtailcore.Revision",
    "wagtailredirects.Redirect",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "inbox.ContactMessage",
    "inbox.OutboxEntry",
    "inbox.MigrantVoice",
    "monitoring.PageFeedback",
]


def scenario(env, *steps):
    """Runs steps of backup_scenario in one portal process; returns the last one's JSON output."""
    calls = "; ".join(f"backup_scenario.{step}()" for step in steps)
    output = manage(env, "shell", "-c", f"from tests.portal import backup_scenario; {calls}")
    return json.loads(output.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
@pytest.mark.postgres
def test_round_trip_restores_every_record_and_file(make_portal, tmp_path, subtests):
    source = make_portal("portal")
    before = scenario(source, "populate", "fingerprint")
    for label in RECORDS + [model._meta.label for model in settings_registry]:
        assert before["models"][label] > 0, f"the scenario has no {label}"
    assert any(name.startswith("documents/") for name in before["media"])
    assert any(name.startswith("original_images/") for name in before["media"])

    backup = manage(source, "backup", "--output-dir", str(tmp_path / "backups"))
    archive = Path(backup.stdout.strip().splitlines()[-1])
    assert connection.vendor in backup.stdout
    assert archive.stat().st_mode & 0o077 == 0, "backups hold personal data: owner only"

    assert scenario(source, "damage", "fingerprint") != before
    assert "Restored the backup" in manage(source, "restore", "--no-input", archive).stdout
    after = scenario(source, "fingerprint")
    assert after["tables"] == before["tables"]
    assert after["media"] == before["media"]

    empty = make_portal("new", with_demo=False)
    manage(empty, "restore", "--no-input", archive)
    elsewhere = scenario(empty, "fingerprint")
    assert elsewhere["tables"] == before["tables"]
    assert elsewhere["media"] == before["media"]

    # The same archive damaged in the middle: refused before anything changes.
    with subtests.test("a damaged archive is refused before anything changes"):
        data = bytearray(archive.read_bytes())
        data[len(data) // 2] ^= 0xFF
        damaged = tmp_path / "damaged.tar.gz"
        damaged.write_bytes(bytes(data))
        result = manage(empty, "restore", "--no-input", str(damaged), check=False)
        assert result.returncode != 0
        assert "is not a readable backup archive" in result.stderr, result.stderr
        assert scenario(empty, "fingerprint") == elsewhere


def test_restore_asks_before_replacing_anything(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(b"not used")
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "restore", str(archive)],
        input="no\n",
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "restore cancelled" in result.stderr


def test_damage_anywhere_in_the_compressed_stream_is_refused_as_unreadable(tmp_path):
    """Wherever a byte of the archive is damaged (past gzip's header), restore refuses it
    before unpacking anything it would use, with the same message: gzip's CRC is checked even
    where `tarfile` would stop early at a damaged header and report a missing manifest."""
    content = tmp_path / "content"
    (content / "media").mkdir(parents=True)
    photo = os.urandom(20_000)
    (content / "media" / "photo.webp").write_bytes(photo)
    files = {"media/photo.webp": {"sha256": hashlib.sha256(photo).hexdigest()}}
    (content / "manifest.json").write_text(json.dumps({"format": archive.FORMAT, "files": files}))
    good = tmp_path / "good.tar.gz"
    with tarfile.open(good, "w:gz") as tar:
        tar.add(content / "media", arcname="media")
        tar.add(content / "manifest.json", arcname="manifest.json")
    assert archive._extract_checked(good, tmp_path / "work")["files"] == files  # undamaged: read
    data = good.read_bytes()
    header = data.index(b"\0", 10) + 1  # gzip's 10 bytes, then the file name tarfile writes
    for position in range(header, len(data), len(data) // 40):
        damaged = bytearray(data)
        damaged[position] ^= 0xFF
        path = tmp_path / "damaged.tar.gz"
        path.write_bytes(bytes(damaged))
        with pytest.raises(CommandError, match="is not a readable backup archive"):
            archive._extract_checked(path, tmp_path / f"work-{position}")
