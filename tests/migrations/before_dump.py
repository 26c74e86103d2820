"""The database of the layout before the restructuring, as committed SQL per engine.

Building it by running every migration up to that layout cost the scenario about 11 CPU-s per
engine (Django re-renders its model states at each of ~280 migrations); loading the dump takes a
fraction of a second. The dumps hold only the schema and what the migrations themselves wrote
(django_migrations, Wagtail's root page and locales, content's employment services...); the
scenario adds its rows afterwards, through the historical models. Migrations added since the dump
to the apps outside the restructuring are applied on top by the scenario, as on a real upgrade.

Regenerate (only needed if a migration before the restructuring were ever edited):

    DATABASE_URL=sqlite:////tmp/before.sqlite3 python tests/migrations/migration_scenario.py --write-dump
    python tests/postgres/cluster.py -- python tests/migrations/migration_scenario.py --write-dump
"""

import os
import sqlite3
import subprocess
from pathlib import Path

FOLDER = Path(__file__).with_name("before_restructuring")


def path(connection):
    return FOLDER / f"{connection.vendor}.sql"


def write(connection):
    """Dump `connection`'s database (freshly migrated to the old layout) to its engine's file."""
    FOLDER.mkdir(exist_ok=True)
    if connection.vendor == "sqlite":
        connection.close()
        with sqlite3.connect(connection.settings_dict["NAME"]) as database:
            sql = "\n".join(database.iterdump()) + "\n"
    else:
        config = connection.settings_dict
        bindir = os.environ.get("PG_BINDIR", "")
        sql = subprocess.run(
            [
                os.path.join(bindir, "pg_dump"),
                "--no-owner",
                "--no-privileges",
                "--inserts",
                "--host",
                config["HOST"],
                "--username",
                config["USER"],
                config["NAME"],
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        # pg_dump's psql meta-commands (\restrict, \unrestrict) are not SQL.
        sql = "".join(line for line in sql.splitlines(True) if not line.startswith("\\"))
    path(connection).write_text(sql)


def load(connection):
    """Load the engine's dump into `connection`'s empty database; the connection is closed
    afterwards (the PostgreSQL dump changes its session's settings)."""
    sql = path(connection).read_text()
    if connection.vendor == "sqlite":
        # A plain connection: Django's enforces foreign keys, and the dump creates the tables in
        # alphabetical order, some rows before the table they refer to.
        connection.close()
        with sqlite3.connect(connection.settings_dict["NAME"]) as database:
            database.executescript(sql)
        return
    connection.ensure_connection()
    with connection.connection.cursor() as cursor:
        cursor.execute(sql)
    connection.connection.commit()
    connection.close()
