"""Dump and load the default database, one class per database kind."""

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError


class SQLiteDatabase:
    """SQLite's online backup API: a consistent copy while the portal keeps running."""

    vendor = "sqlite"
    dump_name = "database.sqlite3"

    def __init__(self, connection):
        self.connection = connection

    def dump(self, target: Path):
        self.connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            self.connection.connection.backup(copy)
        finally:
            copy.close()

    def load(self, source: Path):
        """Replaces every page of the live database with the copy's."""
        self.connection.close()
        self.connection.ensure_connection()
        copy = sqlite3.connect(source)
        try:
            copy.backup(self.connection.connection)
        finally:
            copy.close()
            self.connection.close()


class PostgreSQLDatabase:
    """pg_dump's custom format; restored by psql in a single transaction over an empty schema."""

    vendor = "postgresql"
    dump_name = "database.pgdump"

    def __init__(self, connection):
        self.connection = connection

    def _program(self, name):
        bindir = getattr(settings, "PG_BINDIR", "") or os.environ.get("PG_BINDIR", "")
        program = str(Path(bindir) / name) if bindir else shutil.which(name)
        if not program or not Path(program).exists():
            raise CommandError(
                f"{name} not found: install PostgreSQL's client programs "
                "(Debian: postgresql-client) or set PG_BINDIR."
            )
        return program

    def _env(self):
        """libpq reads the connection from the environment: no password on a command line."""
        params = self.connection.get_connection_params()
        env = {**os.environ}
        for key, variable in [
            ("host", "PGHOST"),
            ("port", "PGPORT"),
            ("user", "PGUSER"),
            ("password", "PGPASSWORD"),
            ("dbname", "PGDATABASE"),
            ("sslmode", "PGSSLMODE"),
        ]:
            if params.get(key):
                env[variable] = str(params[key])
        return env

    def _run(self, command):
        result = subprocess.run(command, env=self._env(), capture_output=True, text=True)
        if result.returncode != 0:
            raise CommandError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")
        return result

    def dump(self, target: Path):
        self._run(
            [
                self._program("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={target}",
            ]
        )

    def load(self, source: Path):
        """Drops the public schema and loads the dump, all or nothing."""
        self.connection.close()
        with tempfile.TemporaryDirectory(prefix="infomigra-restore-") as work:
            script = Path(work) / "restore.sql"
            self._run(
                [
                    self._program("pg_restore"),
                    "--no-owner",
                    "--no-privileges",
                    f"--file={script}",
                    str(source),
                ]
            )
            self._run(
                [
                    self._program("psql"),
                    "--no-psqlrc",
                    "--quiet",
                    "--single-transaction",
                    "--set=ON_ERROR_STOP=1",
                    "--command=DROP SCHEMA public CASCADE",
                    "--command=CREATE SCHEMA public",
                    f"--file={script}",
                ]
            )


def for_connection(connection):
    kinds = {kind.vendor: kind for kind in (SQLiteDatabase, PostgreSQLDatabase)}
    if connection.vendor not in kinds:
        raise CommandError(f"backups of {connection.vendor} databases are not supported")
    return kinds[connection.vendor](connection)
