"""Publishing fixtures: a throwaway portal in `make run` configuration, driven through manage.py.

In-process publishes (the suite-wide `site` fixture) render in the test process
(PUBLISH_WORKERS=1 in the test settings), so they see the test's own (rolled-back) transaction.
Tests of the real command, worker processes, the queue and nginx use the portals below.
"""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from core.locks import exclusive_lock
from tests.demo_snapshot import copy_site, run_folder

ROOT = Path(__file__).resolve().parents[2]


# -- a throwaway portal in `make run` configuration, driven through manage.py ---------------------


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def free_port():
    """A function returning a free loopback port."""
    return _free_port


def manage(env, *args, check=True, **kwargs):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=check,
        capture_output=True,
        text=True,
        **kwargs,
    )


def _wait_for(url, process=None, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered at {url}")


class Portal:
    """Paths and environment of one throwaway portal (its own database, media, site folder)."""

    PUBLIC_HOST = "infomigra.test"

    def __init__(self, base, static_root):
        self.base = Path(base)
        self.db = self.base / "db.sqlite3"
        self.media = self.base / "media"
        self.site = self.base / "site"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DEBUG": "false",
            "DATABASE_URL": f"sqlite:///{self.db}",
            "MEDIA_ROOT": str(self.media),
            "STATIC_ROOT": str(static_root),
            "PUBLISH_ROOT": str(self.site),
            "PUBLIC_BASE_URL": f"https://{self.PUBLIC_HOST}",
            "ALLOWED_HOSTS": f"{self.PUBLIC_HOST},127.0.0.1,localhost",
            "PUBLISH_WORKERS": "2",
            "PYTHONUNBUFFERED": "1",
        }

    def manage(self, *args, **kwargs):
        return manage(self.env, *args, **kwargs)

    def copy(self, target):
        """A new portal with a copy of this one's database, media and published site."""
        target = Path(target)
        target.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.db) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(self.db, target / "db.sqlite3")
        if (self.base / "media").exists():
            shutil.copytree(self.base / "media", target / "media")
        if (self.base / "site").exists():
            copy_site(self.base / "site", target / "site")
        return Portal(target, self.env["STATIC_ROOT"])

    def page_urls(self):
        """URL paths of every live, public page, straight from the database."""
        script = (
            "import json; from wagtail.models import Page; "
            "print(json.dumps([p.url for p in Page.objects.live().public().filter(depth__gt=1)]))"
        )
        return json.loads(self.manage("shell", "-c", script).stdout.strip().splitlines()[-1])

    @property
    def current(self):
        return (self.site / "current").resolve()


@pytest.fixture
def wait_for():
    """A function waiting until a URL answers (or the process serving it dies)."""
    return _wait_for


@pytest.fixture(scope="session")
def published_portal(demo_snapshot, request):
    """The run's demo snapshot as a portal of its own after `manage.py publish` (two worker
    processes), its static files collected by its own settings (hashed names, as in `make run`).
    Built once per run by the first worker that needs it; tests only read it or `copy()` it
    (`published_urls`: what `page_urls()` answered for it, asked once per run)."""
    if demo_snapshot.postgres:
        pytest.skip("these portals are SQLite files; the PostgreSQL pass has its own process tests")
    folder = run_folder(request.config) / "published-portal"
    portal = Portal(folder / "portal", folder / "static")
    output, urls = folder / "publish-output.txt", folder / "page-urls.json"
    with exclusive_lock(folder.parent / "published-portal.lock"):
        if not output.exists():
            portal.base.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(demo_snapshot.sqlite, portal.db)
            shutil.copytree(demo_snapshot.media, portal.media, dirs_exist_ok=True)
            portal.manage("collectstatic", "--no-input", "-v0")
            urls.write_text(json.dumps(portal.page_urls()))
            output.write_text(portal.manage("publish").stdout)
    portal.publish_output = output.read_text()
    portal.published_urls = json.loads(urls.read_text())  # every live, public page's URL path
    return portal
