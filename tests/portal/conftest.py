"""Portals in their own processes, on copies of the session's database (demo content loaded).

`make_portal(name, with_demo=True)` returns the environment of a new portal: on SQLite a file
copied from the session's database, on PostgreSQL a new database of the suite's server restored
from a dump of the session's. Its media folder is a copy of the session's. Real `manage.py`
commands (and gunicorn, the worker) then run against it.
"""

import os
import shutil
import sqlite3
import uuid

import dj_database_url
import psycopg
import pytest
from django.conf import settings
from django.db import connection

from portal.backup.databases import PostgreSQLDatabase
from tests.portal.portal_process import portal_env


@pytest.fixture(scope="module")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The session's database (migrated, demo loaded) saved to a file, and a copy of its media.

    Module-scoped so that it runs before any test transaction is opened.
    """
    folder = tmp_path_factory.mktemp("demo-snapshot")
    shutil.copytree(settings.MEDIA_ROOT, folder / "media")
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            copy = sqlite3.connect(folder / "demo.sqlite3")
            connection.connection.backup(copy)
            copy.close()
        else:
            server = PostgreSQLDatabase(connection)
            server._run([server._program("pg_dump"), "-Fc", f"--file={folder / 'demo.pgdump'}"])
    return folder


def _server_params():
    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    return {
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
        "user": config["USER"] or None,
        "password": config["PASSWORD"] or None,
    }


@pytest.fixture
def make_portal(tmp_path, demo_snapshot):
    created = []

    def make(name, with_demo=True):
        folder = tmp_path / name
        if with_demo:
            shutil.copytree(demo_snapshot / "media", folder / "media")
        else:
            folder.mkdir()
        if connection.vendor == "sqlite":
            path = tmp_path / f"{name}.sqlite3"
            if with_demo:
                shutil.copyfile(demo_snapshot / "demo.sqlite3", path)
            return portal_env(f"sqlite:///{path}", folder)
        database = f"portal_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as conn:
            conn.execute(f'CREATE DATABASE "{database}"')
        created.append(database)
        if with_demo:
            server = PostgreSQLDatabase(connection)
            dump = demo_snapshot / "demo.pgdump"
            server._run(
                [server._program("pg_restore"), "--no-owner", f"--dbname={database}", str(dump)]
            )
        url = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        return portal_env(f"{url}/{database}", folder)

    yield make
    if created:
        with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as conn:
            for database in created:
                conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


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
