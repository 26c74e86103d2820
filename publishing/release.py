"""Release folders: every publish builds a complete site aside, then `current` switches to it.

    PUBLISH_ROOT/
      current -> releases/<id>     what visitors get (a relative symlink, replaced atomically)
      releases/<id>/               complete releases; ids sort by creation time
      releases/<id>.json           the release's manifest (pages, their links and assets); not served
      releases/<id>.changes.json   an incremental release's base and the files its build changed
      releases/.staging-<id>/      a release being built; never served, removed if its build died
      releases/.spare-<id>/        a ready hard-linked copy of release <id>, made after it was
                                   switched in, so that the next incremental build starts at once
      releases/.reserve-<id>-<n>/  further copies of the last full release <id>: what the builds
                                   after it bring up to date as their spares (`take_reserve`)
      releases/.trash-<id>-<pid>/  an old release being deleted by process <pid>, outside the lock
      .lock                        held by the one publish that runs at a time

A build that dies half-way leaves only a staging folder behind: `current` still points at the
previous, complete release. An incremental build starts from a hard-linked copy of the current
release, so files must never be modified in place (see `writer.write_atomic`).
"""

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings

from core.locks import exclusive_lock

from .writer import VARIANTS

STAGING_PREFIX = ".staging-"
TRASH_PREFIX = ".trash-"
SPARE_PREFIX = ".spare-"
SPARE_TEMP_PREFIX = ".sparetmp-"
RESERVE_PREFIX = ".reserve-"
CHANGES_SUFFIX = ".changes.json"
# How many builds back a spare may be brought up to date from their lists of changed files.
MAX_CHAIN = 50


class ReleaseError(Exception):
    pass


def clone_tree(source: Path, target: Path):
    """Copy a folder as hard links (cheap, and unchanged files keep their modification times).

    GNU `cp -al` does it several times faster than Python; the loop below is the fallback.
    """
    if shutil.which("cp") and sys.platform.startswith("linux"):
        result = subprocess.run(["cp", "-al", str(source), str(target)], capture_output=True)
        if result.returncode == 0:
            return
        shutil.rmtree(target, ignore_errors=True)
    source, target = str(source), str(target)
    skip = len(source) + 1
    os.makedirs(target, exist_ok=True)
    for folder, dirs, files in os.walk(source):
        relative = folder[skip:]
        destination = os.path.join(target, relative) if relative else target
        for name in dirs:
            os.mkdir(os.path.join(destination, name))
        for name in files:
            src = os.path.join(folder, name)
            dst = os.path.join(destination, name)
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)


def sync_tree(source, target):
    """Make the folder `target` equal to `source` through hard links, touching only what
    differs. Files are compared by inode, which the folder listing gives without a stat per
    file: the release writer replaces a changed file with a new one and keeps an unchanged one,
    so two releases share the inode of every file that did not change between them."""
    with os.scandir(source) as entries:
        wanted = {entry.name: entry for entry in entries}
    with os.scandir(target) as entries:
        present = {entry.name: entry for entry in entries}
    for name, entry in present.items():
        new = wanted.get(name)
        if new is None or new.is_dir(follow_symlinks=False) != entry.is_dir(follow_symlinks=False):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            present[name] = None
    for name, entry in wanted.items():
        old = present.get(name)
        path = os.path.join(target, name)
        if entry.is_dir(follow_symlinks=False):
            if old is None:
                os.mkdir(path)
            sync_tree(entry.path, path)
        elif old is None or old.inode() != entry.inode():
            if old is not None:
                os.unlink(path)
            os.link(entry.path, path, follow_symlinks=False)


def sync_paths(source: Path, target: Path, paths):
    """Make `target` equal to `source` at `paths` only (relative file paths; their compressed
    variants go with them): a link from `source` where the file is there, else nothing, and
    folders left empty by a removal go when `source` has no such folder either. A path that is
    a folder on one side raises OSError."""
    for relative in paths:
        for name in (relative, *(relative + suffix for suffix in VARIANTS)):
            _sync_file(source, target, name)


def _sync_file(source, target, relative):
    wanted, present = source / relative, target / relative
    try:
        new = os.lstat(wanted).st_ino
    except FileNotFoundError:
        new = None
    try:
        old = os.lstat(present).st_ino
    except FileNotFoundError:
        old = None
    if new == old:
        return
    if new is None:
        os.unlink(present)
        folder = present.parent
        while folder != target and not (source / folder.relative_to(target)).is_dir():
            try:
                folder.rmdir()
            except OSError:  # not empty
                break
            folder = folder.parent
        return
    present.parent.mkdir(parents=True, exist_ok=True)
    if old is not None:
        os.unlink(present)
    os.link(wanted, present, follow_symlinks=False)


class ReleaseStore:
    def __init__(self, root=None):
        self.root = Path(root or settings.PUBLISH_ROOT)
        self.releases = self.root / "releases"
        self.current_link = self.root / "current"

    # -- reading --------------------------------------------------------------------------------
    def release_ids(self):
        if not self.releases.is_dir():
            return []
        return sorted(
            entry.name
            for entry in os.scandir(self.releases)
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith(".")
        )

    def current_id(self):
        try:
            target = os.readlink(self.current_link)
        except OSError:
            return None
        release_id = Path(target).name
        return release_id if (self.releases / release_id).is_dir() else None

    def path(self, release_id):
        return self.releases / release_id

    def manifest(self, release_id):
        """The release's manifest (callers must not change it: it may be the one this process
        wrote last, kept in memory; see `_remember`)."""
        path = self.releases / f"{release_id}.json"
        try:
            remembered = _last_manifest.get(str(path))
            if remembered and remembered[0] == _signature(path):
                return remembered[1]
            return json.loads(path.read_text())
        except (OSError, ValueError):
            return None

    # -- building -------------------------------------------------------------------------------
    @contextmanager
    def locked(self):
        """Serialise publishes: the command, the worker and the benchmark may all try at once."""
        self.root.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(self.root / ".lock"):
            yield

    def _new_id(self):
        while True:
            release_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            if (
                not (self.releases / release_id).exists()
                and not (self.releases / f"{STAGING_PREFIX}{release_id}").exists()
            ):
                return release_id

    def discard_staging(self, keep_spare_of=None):
        """Remove what builds that died left behind, and spares of releases other than
        `keep_spare_of` (by default the one being served: a build that fails leaves everything
        as it was). Call while holding the lock. Old releases that a live process is still
        deleting outside the lock are its own business."""
        if not self.releases.is_dir():
            return
        keep_spare_of = keep_spare_of or self.current_id()
        keep = f"{SPARE_PREFIX}{keep_spare_of}" if keep_spare_of else None
        for entry in os.scandir(self.releases):
            if entry.name == keep:
                continue
            if entry.name.startswith(TRASH_PREFIX) and _owner_alive(entry.name):
                continue
            if entry.name.startswith(
                (STAGING_PREFIX, TRASH_PREFIX, SPARE_PREFIX, SPARE_TEMP_PREFIX)
            ):
                shutil.rmtree(entry.path, ignore_errors=True)

    def start(self, base_id=None):
        """A new staging folder, empty or a hard-linked copy of release `base_id`."""
        self.releases.mkdir(parents=True, exist_ok=True)
        self.discard_staging(keep_spare_of=base_id)
        release_id = self._new_id()
        staging = self.releases / f"{STAGING_PREFIX}{release_id}"
        spare = self.releases / f"{SPARE_PREFIX}{base_id}"
        if base_id and spare.is_dir():
            os.replace(spare, staging)
        elif base_id:
            clone_tree(self.path(base_id), staging)
        else:
            staging.mkdir()
        return release_id, staging

    def keep_as_spare(self, staging, release_id):
        """A build that changed nothing is still an exact copy of its base: keep it for the next."""
        spare = self.releases / f"{SPARE_PREFIX}{release_id}"
        if spare.exists():
            shutil.rmtree(staging, ignore_errors=True)
        else:
            os.replace(staging, spare)

    def prepare_spare(self, release_id):
        """Copy a release (hard links) ahead of time for the next incremental build (call while
        holding the lock)."""
        self._copy(release_id, f"{SPARE_PREFIX}{release_id}")

    def _copy(self, release_id, name):
        """A hard-linked copy of a release, made under a temporary name and renamed `name` when
        complete; whether it was made."""
        temporary = self.releases / f"{SPARE_TEMP_PREFIX}{name.lstrip('.')}-{os.getpid()}"
        try:
            clone_tree(self.path(release_id), temporary)
            os.replace(temporary, self.releases / name)
        except OSError:
            shutil.rmtree(temporary, ignore_errors=True)
            return False
        return True

    def prepare_reserves(self, release_id, count):
        """After a full publish (holding the lock): `count` more copies of its release, in place
        of those of an earlier one. Until old releases start being pruned there is nothing to
        recycle, and each of the next builds would otherwise wait for a copy of the whole site
        (1.5 to 2.5 s at 10,000 pages); a reserve is brought up to date with only the files the
        builds since changed (`take_reserve`, `recycle_as_spare`)."""
        for entry in os.scandir(self.releases):
            if entry.name.startswith(RESERVE_PREFIX):
                shutil.rmtree(entry.path, ignore_errors=True)
        for number in range(count):
            if not self._copy(release_id, f"{RESERVE_PREFIX}{release_id}-{number}"):
                return

    def take_reserve(self):
        """One reserve (holding the lock), renamed as a pruned release for `recycle_as_spare`:
        a list of its folder, or an empty list when none is left."""
        for entry in sorted(os.scandir(self.releases), key=lambda entry: entry.name):
            if entry.name.startswith(RESERVE_PREFIX):
                release_id, number = entry.name.removeprefix(RESERVE_PREFIX).rsplit("-", 1)
                folder = self.releases / f"{TRASH_PREFIX}{release_id}~{number}-{os.getpid()}"
                try:
                    os.replace(entry.path, folder)
                except OSError:
                    continue
                return [folder]
        return []

    def has_spare(self, release_id):
        return (self.releases / f"{SPARE_PREFIX}{release_id}").is_dir()

    def recycle_as_spare(self, release_id, folders, rewritten_after_switch=()):
        """Turn one of `folders` (old releases just pruned, oldest first, still whole) into the
        spare of `release_id` by changing only what differs between them, instead of a link per
        file of the site (call while holding the lock). Returns the folders left to delete.

        What differs is what the builds since the old release changed, as their change lists
        say (`finish`); the folders in `rewritten_after_switch` (changed in a release after it
        went live, e.g. the search index) are compared whole. When the lists cannot say it (a
        path that is a file on one side and a folder on the other) the two trees are compared
        whole, by inode (`sync_tree`).

        Without an unbroken chain of change lists back to the old release, a full publish came
        between them: it wrote every file anew, so bringing the old release up to date would
        relink every file of the site, under the lock the next edit waits for (8 s at 10,000
        pages, against about 1.5 s for a fresh copy). Then nothing is recycled, and the
        publisher's housekeeping makes the spare by a copy, off the edit's way."""
        if not folders:
            return folders
        *rest, folder = folders  # the newest: the fewest changes since, all of them recorded
        source = self.path(release_id)
        changed = self._changed_since(release_id, _release_id_of(folder.name))
        if changed is None:
            return folders
        try:
            try:
                sync_paths(source, folder, changed)
                for name in rewritten_after_switch:
                    _sync_folder(source / name, folder / name)
            except OSError:  # e.g. a listed path is a folder on one side
                sync_tree(source, folder)
            os.replace(folder, self.releases / f"{SPARE_PREFIX}{release_id}")
        except OSError:
            rest.append(folder)
        return rest

    def _changed_since(self, release_id, old_id):
        """The files that the builds from release `old_id` to `release_id` changed, or None when
        their change lists do not lead back to it."""
        changed = set()
        for _step in range(MAX_CHAIN):
            if release_id == old_id:
                return changed
            try:
                record = json.loads((self.releases / f"{release_id}{CHANGES_SUFFIX}").read_text())
            except (OSError, ValueError):
                return None
            changed.update(record["paths"])
            release_id = record["base"]
        return None

    def finish(self, release_id, staging, manifest, base_id=None, changed=()):
        """Turn a complete staging folder into a release (not yet served). An incremental build
        names its base and the files it wrote or removed (`changed`): what makes an old release
        a copy of this one (`recycle_as_spare`)."""
        manifest_path = self.releases / f"{release_id}.json"
        _write_json(manifest_path, manifest)
        _remember(manifest_path, manifest)
        if base_id:
            _write_json(
                self.releases / f"{release_id}{CHANGES_SUFFIX}",
                {"base": base_id, "paths": sorted(set(changed))},
            )
        os.replace(staging, self.path(release_id))

    def switch(self, release_id):
        """Point `current` at a release: one rename(2), so readers see the old or the new site."""
        if not self.path(release_id).is_dir():
            raise ReleaseError(f"release {release_id} does not exist")
        temporary = self.root / f".current-{os.getpid()}"
        if temporary.is_symlink() or temporary.exists():
            temporary.unlink()
        os.symlink(os.path.join("releases", release_id), temporary)
        os.replace(temporary, self.current_link)

    def rollback(self):
        """Serve the release before the current one again; returns its id."""
        current = self.current_id()
        earlier = [release_id for release_id in self.release_ids() if release_id < (current or "")]
        if not earlier:
            raise ReleaseError("there is no earlier release to roll back to")
        self.switch(earlier[-1])
        return earlier[-1]

    def is_rolled_back(self):
        ids = self.release_ids()
        current = self.current_id()
        return bool(ids and current and current != ids[-1])

    def prune(self, keep=None):
        """Keep the newest `keep` releases, and always the one being served (call while holding
        the lock). The others are renamed away at once, so a release is either complete or
        gone; returns their folders, oldest first, for `recycle_as_spare` or for `delete` after
        the lock is released."""
        keep = settings.PUBLISH_KEEP_RELEASES if keep is None else keep
        ids = self.release_ids()
        current = self.current_id()
        trash = []
        for release_id in ids[: max(len(ids) - keep, 0)]:
            if release_id == current:
                continue
            folder = self.releases / f"{TRASH_PREFIX}{release_id}-{os.getpid()}"
            try:
                os.replace(self.path(release_id), folder)
            except OSError:
                continue
            (self.releases / f"{release_id}.json").unlink(missing_ok=True)
            (self.releases / f"{release_id}{CHANGES_SUFFIX}").unlink(missing_ok=True)
            trash.append(folder)
        return trash

    @staticmethod
    def delete(folders):
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)


# The manifest this process wrote last: the next incremental publish starts by reading it, and
# parsing it again costs about 0.17 s at 10,000 pages. Kept while the file is the same one
# (inode, size and modification time).
_last_manifest = {}


def _signature(path):
    stat = os.stat(path)
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _remember(path, manifest):
    _last_manifest.clear()
    _last_manifest[str(path)] = (_signature(path), manifest)


def _write_json(path, data):
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, separators=(",", ":")))
    os.replace(temporary, path)


def _sync_folder(source, target):
    """`sync_tree` for a folder that may be missing on either side."""
    if not source.is_dir():
        shutil.rmtree(target, ignore_errors=True)
        return
    target.mkdir(parents=True, exist_ok=True)
    sync_tree(source, target)


def _release_id_of(name):
    """The release id in a pruned folder's name (`.trash-<id>-<pid>`, or `.trash-<id>~<n>-<pid>`
    for a reserve taken)."""
    return name.removeprefix(TRASH_PREFIX).rsplit("-", 1)[0].partition("~")[0]


def _owner_alive(name):
    """Whether the process whose id ends the folder's name (`<prefix><id>-<pid>`) still runs."""
    try:
        pid = int(name.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
