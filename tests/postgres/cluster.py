"""Run a command against a throwaway PostgreSQL cluster, then remove the cluster.

    python tests/postgres/cluster.py -- pytest -q

Finds Debian's server binaries (/usr/lib/postgresql/<version>/bin; `make test` installs the
`postgresql` package when they are missing), creates a cluster in a temporary folder that listens
only on a unix socket in that folder (no TCP port, nothing shared with other runs), creates the
database `infomigra`, runs the command with `DATABASE_URL` pointing at it, and stops and deletes the
cluster afterwards, whatever the command's outcome. The command's exit status is returned.

initdb refuses to run as root: as root the cluster belongs to Debian's `postgres` system user and
the server programs run through `runuser`; clients connect through the socket as the `postgres`
database superuser with trust authentication, which is acceptable for a cluster that lives in a
private folder for the length of one command.
"""

import argparse
import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

DATABASE = "infomigra"
SUPERUSER = "postgres"
# Settings for a disposable cluster: durability traded for speed, no TCP listener.
SERVER_OPTIONS = [
    "-c listen_addresses=''",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=50",
]


def find_bindir():
    """Newest Debian PostgreSQL server bin folder (`PG_BINDIR` overrides)."""
    if os.environ.get("PG_BINDIR"):
        return Path(os.environ["PG_BINDIR"])
    candidates = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not candidates:
        sys.exit(
            "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin: "
            "install Debian's `postgresql` package (`make test` does it)."
        )
    newest = max(candidates, key=lambda path: int(Path(path).parts[-3].split(".")[0]))
    return Path(newest).parent


class Cluster:
    def __init__(self, bindir):
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="infomigra-pg-"))
        self.data = self.folder / "data"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                sys.exit("running as root needs the `postgres` system user (Debian's package).")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        # Clients of any user must reach the socket in this folder.
        self.folder.chmod(0o755)
        self.started = False

    def _run(self, program, *args, **kwargs):
        command = [str(self.bindir / program), *args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, **kwargs)

    @property
    def url(self):
        return f"postgres://{SUPERUSER}@{quote(str(self.folder), safe='')}/{DATABASE}"

    def start(self):
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            stdout=subprocess.DEVNULL,
        )
        options = " ".join([f"-k {self.folder}", *SERVER_OPTIONS])
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "start",
            stdout=subprocess.DEVNULL,
        )
        self.started = True
        self._run("createdb", "-h", str(self.folder), "-U", SUPERUSER, DATABASE)

    def stop(self):
        try:
            if self.started:
                self._run(
                    "pg_ctl",
                    "-D",
                    str(self.data),
                    "-m",
                    "fast",
                    "-w",
                    "stop",
                    stdout=subprocess.DEVNULL,
                )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def version(self):
        out = subprocess.run(
            [str(self.bindir / "postgres"), "--version"], capture_output=True, text=True
        )
        return out.stdout.strip()


def _raise_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs=argparse.REMAINDER, help="command to run (after --)")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")

    signal.signal(signal.SIGTERM, _raise_on_sigterm)
    cluster = Cluster(find_bindir())
    started_at = time.monotonic()
    try:
        cluster.start()
        print(f"{cluster.version()}: throwaway cluster, DATABASE_URL={cluster.url}", flush=True)
        # PG_BINDIR: the backup commands use this cluster's own pg_dump / pg_restore / psql.
        env = {**os.environ, "DATABASE_URL": cluster.url, "PG_BINDIR": str(cluster.bindir)}
        return subprocess.run(command, env=env).returncode
    finally:
        cluster.stop()
        print(
            f"PostgreSQL pass: cluster stopped and removed after "
            f"{time.monotonic() - started_at:.0f} s",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
