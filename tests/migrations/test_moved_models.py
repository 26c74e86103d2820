"""The restructuring's migrations keep every row: a database built at the layout before
it (content 0010) keeps its messages, outbox, voices, feedback, rate-limit windows, network pages
with their services, revisions and group permissions when migrated to the apps of today, and (on
PostgreSQL) gets them back when migrated back. Runs on the suite's database engine (SQLite, or PostgreSQL under
tests/postgres/cluster.py), on an empty database of its own, in a process of its own."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

SCENARIO = Path(__file__).with_name("migration_scenario.py")
ROOT = SCENARIO.parents[2]

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def empty_database(tmp_path):
    """DATABASE_URL of an empty database on the suite's engine."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'before-restructuring.sqlite3'}"
        return
    name = f"infomigra_migrations_{os.getpid()}"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    url = urlsplit(os.environ["DATABASE_URL"])
    yield urlunsplit(url._replace(path=f"/{name}"))
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_rows_survive_the_move_to_the_new_apps_and_back(empty_database):
    env = {
        **os.environ,
        "DATABASE_URL": empty_database,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    result = subprocess.run(
        [sys.executable, str(SCENARIO)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "ok"
