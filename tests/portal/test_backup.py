"""`manage.py backup` / `restore` round trip, through real portal processes.

A portal with the demo content plus one record of every other kind (see backup_scenario) is backed
up; then its database is damaged and restored, and the archive is also restored into an empty
database and media folder. Every table and every media file must come back identical, and a
damaged copy of the archive is refused before anything changes. The round trip runs on the
suite's database: SQLite in `make test`'s first pass, PostgreSQL in the second.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from wagtail.contrib.settings.registry import registry as settings_registry

from tests.portal.portal_process import ROOT, manage

# portal/backup/archive.py's refusals of an archive it cannot trust.
REFUSED = re.compile(
    r"not a readable backup archive|has no manifest\.json: not a portal backup"
    r"|archive contents differ from its manifest|is damaged in the archive \(checksum mismatch\)"
)
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
        # Which check refuses it depends on where the damage falls: a damaged tar header ends
        # the extraction early (no manifest), damaged data fails a checksum.
        assert REFUSED.search(result.stderr), result.stderr
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
