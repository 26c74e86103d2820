"""The demo, built once per test run and shared by every xdist worker and portal process.

The first worker to need it builds it under a file lock, through the real commands in a process
of its own (`migrate`, `load_demo`, and when a test of the run reads the published site
`collectstatic` and `publish`, with the test settings and PUBLIC_BASE_URL http://testserver); the
others wait and reuse it:

    <run>/demo-snapshot/db.sqlite3   the database (SQLite)  | database `demo_<run>` (PostgreSQL)
                       media/        the uploaded files it refers to
                       static/       collected static files
                       site/         the published release of exactly that database

Each worker's test database is a copy (SQLite: `backup` into memory; PostgreSQL:
`CREATE DATABASE … TEMPLATE`), and so is each portal started by a test.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import dj_database_url
import psycopg

from core.locks import exclusive_lock
from publishing.release import RESERVE_PREFIX

ROOT = Path(__file__).resolve().parents[1]
BASE_URL = "http://testserver"


def is_postgres(database_url):
    return dj_database_url.parse(database_url)["ENGINE"].endswith("postgresql")


def run_folder(config):
    """The folder shared by the xdist workers of this run (the controller's base temp)."""
    base = config._tmp_path_factory.getbasetemp()
    return base.parent if hasattr(config, "workerinput") else base


class Snapshot:
    """Where the run's demo lives, and how to copy its database."""

    def __init__(self, run_folder):
        # DEMO_SNAPSHOT_DIR keeps one snapshot across runs while iterating on tests (delete the
        # folder after changing migrations, the demo or the publisher); CI never sets it.
        self.folder = Path(
            os.environ.get("DEMO_SNAPSHOT_DIR") or Path(run_folder) / "demo-snapshot"
        )
        self.sqlite = self.folder / "db.sqlite3"
        self.media = self.folder / "media"
        self.static = self.folder / "static"
        self.site = self.folder / "site"
        self.server_url = os.environ.get("DATABASE_URL", "")
        self.postgres = bool(self.server_url) and is_postgres(self.server_url)
        digest = hashlib.sha1(str(self.folder).encode()).hexdigest()[:10]
        self.template = f"demo_{digest}"  # PostgreSQL template database of this run

    @property
    def database_url(self):
        if self.postgres:
            return self.server_url.rsplit("/", 1)[0] + "/" + self.template
        return f"sqlite:///{self.sqlite}"

    def env(self, **extra):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": self.database_url,
            "MEDIA_ROOT": str(self.media),
            "STATIC_ROOT": str(self.static),
            "PUBLISH_ROOT": str(self.site),
            "PUBLIC_BASE_URL": BASE_URL,
            "LOG_LEVEL": "WARNING",
            **extra,
        }

    def ensure(self, site=True):
        """Build the database and its media, and with `site` the static files and the published
        release, unless another worker already did; returns this call's build timings.

        Publishing writes to the database too (image renditions), so the site is built before
        any worker copies the database: a run that needs it says so from its first call (see
        tests/conftest.py); a run that never reads it (the PostgreSQL pass) never publishes."""
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(self.folder.parent / "demo-snapshot.lock"):
            timings = []
            for marker, wanted, build in (
                ("done", True, self._build_database),
                ("site-done", site, self._build_site),
            ):
                done = self.folder / marker
                if wanted and not done.exists():
                    steps = build()
                    done.write_text("\n".join(f"{step} {secs:.1f}" for step, secs in steps))
                    timings += steps
            return timings or None

    def build_timings(self):
        """[(step, seconds)] of the steps built in this run so far."""
        timings = []
        for marker in ("done", "site-done"):
            path = self.folder / marker
            if path.exists():
                timings += [line.split() for line in path.read_text().splitlines()]
        return timings

    def _build_database(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.postgres:
            with server_connection(self.server_url) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.template}"')
                connection.execute(f'CREATE DATABASE "{self.template}"')
        return self._run(["migrate", "--no-input", "-v0"], ["load_demo", "-v0"])

    def _build_site(self):
        return self._run(
            ["collectstatic", "--no-input", "-v0"],
            ["publish", "-v0", "--workers", "2"],  # the other workers wait: use both cores
        )

    def _run(self, *steps):
        timings = []
        for step in steps:
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, str(ROOT / "manage.py"), *step],
                env=self.env(),
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            if result.returncode:
                raise RuntimeError(f"demo snapshot: {step[0]} failed:\n{result.stderr[-3000:]}")
            timings.append((step[0], time.monotonic() - started))
        return timings

    def copy_database(self, name):
        """A new PostgreSQL database `name` made from the snapshot; returns its URL.

        One copy at a time: PostgreSQL refuses a template that another copy is reading."""
        with (
            exclusive_lock(self.folder.parent / "demo-snapshot.lock"),
            server_connection(self.server_url) as connection,
        ):
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.server_url.rsplit("/", 1)[0] + "/" + name

    def drop(self):
        if self.postgres:
            drop_databases(self.server_url, [self.template])


def copy_site(source, target):
    """A hard-linked copy of a published site folder (release files are replaced, never written
    in place). Without the full publish's reserve copies (four more trees to link for every copy;
    the test about them publishes in full itself), and without the publish lock: a hard-linked
    `.lock` is the same file for every copy, and the publishes of tests running side by side
    waited for each other."""
    shutil.copytree(
        source,
        target,
        symlinks=True,
        copy_function=os.link,
        ignore=shutil.ignore_patterns(f"{RESERVE_PREFIX}*", ".lock"),
    )


@contextmanager
def server_connection(database_url):
    """An autocommit connection to the server's `postgres` database."""
    config = dj_database_url.parse(database_url)
    params = {
        key: config[name] or None
        for key, name in (("host", "HOST"), ("port", "PORT"), ("user", "USER"))
    }
    params["password"] = config["PASSWORD"] or None
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
        yield connection


def drop_databases(database_url, names):
    with server_connection(database_url) as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    # `DEMO_SNAPSHOT_DIR=… python -m tests.demo_snapshot`: build a snapshot's database ahead of
    # the pytest run that uses it (`make test` builds the PostgreSQL pass's one during the SQLite
    # pass; its tests never read the published site).
    if not os.environ.get("DEMO_SNAPSHOT_DIR"):
        sys.exit("set DEMO_SNAPSHOT_DIR to the folder to build the snapshot in")
    timings = Snapshot(ROOT).ensure(site=False) or []
    print(", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings) or "already built")
