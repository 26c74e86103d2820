"""Suite-wide fixtures: every test database and portal is a copy of the run's demo snapshot
(`tests/demo_snapshot.py`), built once; `site` is a private copy of its published release.

`make_portal(name, with_demo=True)` returns the environment of a portal in processes of its own:
on SQLite a copy of the snapshot's file, on PostgreSQL a new database of the suite's server made
from the snapshot's template, with a copy of the snapshot's media. Real `manage.py` commands (and
gunicorn, the workers) then run against it; `production_env` is one with the production settings.
"""

import os
import shutil
import sqlite3
import time
import uuid

import pytest
from django.conf import settings
from django.db import connection
from hypothesis import settings as hypothesis_settings

from publishing.release import ReleaseStore
from publishing.serve import StaticSite
from tests.demo_snapshot import (
    Snapshot,
    copy_site,
    drop_databases,
    run_folder,
    server_connection,
)
from tests.portal.portal_process import portal_env
from tests.publishing.static_layer import Cms, request

# Property tests: the same examples on every run ("ci", the default; reproducible failures), or
# fresh ones with HYPOTHESIS_PROFILE=explore. Each test sets its own number of examples.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, database=None)
hypothesis_settings.register_profile("explore", deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_PHASES = []  # (phase, seconds) of this process, written to the run folder for the summary


# Fixtures that read the snapshot's published release (the others that do depend on these).
READS_THE_SITE = {"demo_release", "portal_env"}


@pytest.fixture(scope="session")
def demo_snapshot(request):
    started = time.monotonic()
    snapshot = Snapshot(run_folder(request.config))
    # Every worker sees the run's whole selection: all agree whether the site is needed.
    snapshot.ensure(
        site=any(READS_THE_SITE & set(item.fixturenames) for item in request.session.items)
    )
    _PHASES.append(("wait for or build the demo snapshot", time.monotonic() - started))
    return snapshot


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker, demo_snapshot, worker_id):
    """The test database: a copy of the snapshot (instead of migrating and loading the demo)."""
    started = time.monotonic()
    shutil.copytree(demo_snapshot.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    database = connection.settings_dict
    with django_db_blocker.unblock():
        connection.close()
        if connection.vendor == "sqlite":
            database["NAME"] = f"file:memorydb_{worker_id}?mode=memory&cache=shared"
            connection.ensure_connection()
            source = sqlite3.connect(demo_snapshot.sqlite)
            source.backup(connection.connection)
            source.close()
        else:
            database["NAME"] = f"test_{demo_snapshot.template}_{worker_id}"
            demo_snapshot.copy_database(database["NAME"])
    settings.DATABASES["default"]["NAME"] = database["NAME"]
    _PHASES.append(("copy the snapshot into the test database", time.monotonic() - started))
    yield
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock():
            connection.close()
            drop_databases(demo_snapshot.server_url, [database["NAME"]])


@pytest.fixture(scope="session")
def demo_release(demo_snapshot):
    """The published release of the demo (the snapshot's; never written to)."""
    return demo_snapshot.site


@pytest.fixture
def published_demo(demo_release):
    """GET on the published demo as visitors get it from `make run`'s static layer:
    `published_demo(path)` -> (status, headers, body); the CMS behind it is never reached."""
    cms = Cms()
    layer = StaticSite(cms, root=demo_release)

    def get(path):
        answer = request(layer, path)
        assert cms.calls == [], f"{path} reached the CMS"
        return answer

    return get


@pytest.fixture
def site(demo_release, tmp_path, settings):
    """A private copy of the published demo (`copy_site`), set as PUBLISH_ROOT; its
    ReleaseStore."""
    root = tmp_path / "site"
    copy_site(demo_release, root)
    settings.PUBLISH_ROOT = root
    return ReleaseStore(root)


# -- portals in processes of their own -------------------------------------------------------------


@pytest.fixture
def make_portal(tmp_path, demo_snapshot):
    created = []

    def make(name, with_demo=True):
        folder = tmp_path / name
        if with_demo:
            shutil.copytree(demo_snapshot.media, folder / "media")
        else:
            folder.mkdir()
        if not demo_snapshot.postgres:
            path = tmp_path / f"{name}.sqlite3"
            if with_demo:
                shutil.copyfile(demo_snapshot.sqlite, path)
            return portal_env(f"sqlite:///{path}", folder)
        database = f"portal_{uuid.uuid4().hex[:12]}"
        created.append(database)
        if with_demo:
            url = demo_snapshot.copy_database(database)
        else:
            with server_connection(demo_snapshot.server_url) as connection:
                connection.execute(f'CREATE DATABASE "{database}"')
            url = demo_snapshot.server_url.rsplit("/", 1)[0] + "/" + database
        return portal_env(url, folder)

    yield make
    if created:
        drop_databases(demo_snapshot.server_url, created)


@pytest.fixture
def production_env(make_portal, tmp_path):
    """A portal with the production settings (the database task queue, no DEBUG)."""
    env = make_portal("production")
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="process-test-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=str(tmp_path / "static"),
        WORKER_MAX_SILENCE="3",
        WORKER_HEARTBEAT_INTERVAL="0",
    )
    return env


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the portal's default language: a request through the test client
    leaves its language active in the thread (Django's LocaleMiddleware does not reset it), and
    the next test would otherwise inherit it."""
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _static_index_when_asked(request, monkeypatch):
    """An incremental publish re-indexes the whole release with Pagefind in a background thread
    (publishing/search_index.py): about a CPU-second each time, for an index that only the tests
    marked `static_index` look at. The others publish without it (full publishes still index)."""
    if request.node.get_closest_marker("static_index") is None:
        monkeypatch.setattr("publishing.search_index.index_later", lambda store, release_id: None)


@pytest.fixture(autouse=True)
def _forget_cached_objects():
    """Each test's database changes are rolled back; objects cached in memory meanwhile (Wagtail
    caches image renditions in the default cache) must go with them."""
    yield
    from django.core.cache import cache

    cache.clear()


# -- per-phase timings, printed at the end of the run -------------------------------------------


def pytest_sessionfinish(session):
    folder = run_folder(session.config)
    if _PHASES:
        name = getattr(session.config, "workerinput", {}).get("workerid", "main")
        lines = "".join(f"{phase}\t{seconds:.1f}\n" for phase, seconds in _PHASES)
        (folder / f"phases-{name}.tsv").write_text(lines)
    if not hasattr(session.config, "workerinput"):
        Snapshot(folder).drop()  # the PostgreSQL template of the run, once every worker is done


def pytest_terminal_summary(terminalreporter, config):
    folder = run_folder(config)
    steps = ", ".join(f"{step} {seconds} s" for step, seconds in Snapshot(folder).build_timings())
    if steps:
        terminalreporter.write_line(f"demo snapshot (built once): {steps}")
    for path in sorted(folder.glob("phases-*.tsv")):
        for line in path.read_text().splitlines():
            phase, seconds = line.split("\t")
            terminalreporter.write_line(
                f"{path.stem.removeprefix('phases-')}: {phase}: {seconds} s"
            )
