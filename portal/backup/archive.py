"""Writing and reading backup archives (`.tar.gz`: manifest.json, the database dump, media/)."""

import gzip
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

from . import databases

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"


def _sha256(path: Path):
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _add_file(tar, source: Path, name: str):
    """Adds one file and returns what the manifest records about it (as written)."""
    data = source.read_bytes()
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(source.stat().st_mtime)
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _applied_migrations():
    applied = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def create(directory: Path):
    """Writes a new archive into `directory` and returns its path and manifest."""
    database = databases.for_connection(connection)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = directory / f"infomigra-backup-{stamp}.tar.gz"
    partial = target.with_name(target.name + ".partial")
    media_root = Path(settings.MEDIA_ROOT)

    with tempfile.TemporaryDirectory(prefix="infomigra-backup-") as work:
        dump = Path(work) / database.dump_name
        database.dump(dump)
        manifest = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(),
            "vendor": database.vendor,
            "database": database.dump_name,
            "migrations": _applied_migrations(),
            "files": {},
        }
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
                manifest["files"][database.dump_name] = _add_file(tar, dump, database.dump_name)
                if media_root.is_dir():
                    for path in sorted(p for p in media_root.rglob("*") if p.is_file()):
                        name = f"{MEDIA}/{path.relative_to(media_root).as_posix()}"
                        manifest["files"][name] = _add_file(tar, path, name)
                payload = json.dumps(manifest, indent=2, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(payload)
                info.mtime = int(datetime.now(UTC).timestamp())
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(payload))
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    partial.rename(target)
    return target, manifest


def _read_to_the_end(archive: Path):
    """Decompresses the whole archive, so that gzip checks its CRC: `tarfile` stops without an
    error at a damaged header in the middle, and would leave the rest of the stream unchecked."""
    with gzip.open(archive, "rb") as stream:
        while stream.read(1 << 20):
            pass


def _extract_checked(archive: Path, work: Path):
    """Unpacks into `work` and checks every file against the manifest; returns the manifest."""
    try:
        _read_to_the_end(archive)
        with tarfile.open(archive, mode="r:gz") as tar:
            tar.extractall(work, filter="data")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise CommandError(f"{archive} is not a readable backup archive: {error}") from error
    manifest_path = work / MANIFEST
    if not manifest_path.is_file():
        raise CommandError(f"{archive} has no {MANIFEST}: not a portal backup")
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("format") != FORMAT:
        raise CommandError(f"unsupported backup format {manifest.get('format')!r}")
    present = {path.relative_to(work).as_posix() for path in work.rglob("*") if path.is_file()} - {
        MANIFEST
    }
    expected = set(manifest["files"])
    if present != expected:
        raise CommandError(
            f"archive contents differ from its manifest: missing {sorted(expected - present)}, "
            f"unexpected {sorted(present - expected)}"
        )
    for name, recorded in manifest["files"].items():
        if _sha256(work / name) != recorded["sha256"]:
            raise CommandError(f"{name} is damaged in the archive (checksum mismatch)")
    return manifest


def _replace_media(new_media: Path):
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    new_media.mkdir(exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{media_root.name}-new-", dir=media_root.parent))
    shutil.copytree(new_media, staged, dirs_exist_ok=True)
    if not media_root.exists():
        staged.rename(media_root)
        return
    old = media_root.with_name(f".{media_root.name}-old-{os.getpid()}")
    try:
        media_root.rename(old)
    except OSError:
        # MEDIA_ROOT is a mount point: replace what is inside it instead.
        for child in media_root.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        for child in staged.iterdir():
            child.rename(media_root / child.name)
        staged.rmdir()
        return
    staged.rename(media_root)
    shutil.rmtree(old)


def restore(archive: Path):
    """Checks the archive, then replaces the database and the media folder with its contents."""
    database = databases.for_connection(connection)
    with tempfile.TemporaryDirectory(prefix="infomigra-restore-") as work:
        work = Path(work)
        manifest = _extract_checked(archive, work)
        if manifest["vendor"] != database.vendor:
            raise CommandError(
                f"this archive holds a {manifest['vendor']} database; the portal uses "
                f"{database.vendor}: restore into a database of the same kind"
            )
        database.load(work / manifest["database"])
        _replace_media(work / MEDIA)
    return manifest
