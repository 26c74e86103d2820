"""Release folders and file writing: atomic switch, rollback, pruning, atomic writes."""

import os
import subprocess
import threading
from unittest import mock

import pytest

from publishing import release
from publishing.release import ReleaseError, ReleaseStore
from publishing.writer import SiteWriter


def make_release(store, text):
    release_id, staging = store.start()
    SiteWriter(staging).write("es/index.html", text.encode() * 100)
    store.finish(release_id, staging, {"pages": {}})
    store.switch(release_id)
    return release_id


def test_switch_is_a_symlink_rename_and_rollback_goes_back(tmp_path):
    store = ReleaseStore(tmp_path)
    first = make_release(store, "uno")
    second = make_release(store, "dos")
    assert os.readlink(tmp_path / "current") == f"releases/{second}"
    assert (tmp_path / "current" / "es" / "index.html").read_text().startswith("dos")

    assert store.rollback() == first
    assert (tmp_path / "current" / "es" / "index.html").read_text().startswith("uno")
    assert store.is_rolled_back()
    with pytest.raises(ReleaseError):
        store.rollback()


def test_prune_keeps_the_newest_releases_and_the_one_being_served(tmp_path, settings):
    settings.PUBLISH_KEEP_RELEASES = 5
    store = ReleaseStore(tmp_path)
    ids = [make_release(store, f"release {n}") for n in range(7)]
    store.switch(ids[0])
    trash = store.prune()
    assert store.release_ids() == [ids[0], *ids[2:]]
    assert not (tmp_path / "releases" / f"{ids[1]}.json").exists()
    assert [folder.is_dir() for folder in trash] == [True]  # renamed away, deleted after the lock
    store.delete(trash)
    assert sorted(os.listdir(tmp_path / "releases")) == sorted(
        [*store.release_ids(), *(f"{release_id}.json" for release_id in store.release_ids())]
    )


def test_the_copy_ahead_is_made_without_the_lock_and_takes_the_index_installed_meanwhile(
    tmp_path,
):
    """The next edit's build never waits for the copy: only its last step (the static search
    bundle, which a served release may still receive, copied again; then the rename) needs the
    publish lock."""
    store = ReleaseStore(tmp_path)
    served = make_release(store, "served")
    bundle = store.path(served) / "pagefind"
    SiteWriter(store.path(served)).write("pagefind/pagefind-entry.json", b"old index")
    copied = threading.Event()
    real_clone = release.clone_tree

    def clone_then_signal(source, target):
        real_clone(source, target)
        copied.set()

    with store.locked():  # a build holds the lock the whole time the copy is made
        with mock.patch.object(release, "clone_tree", clone_then_signal):
            helper = threading.Thread(target=store.prepare_spare, args=(served, ["pagefind"]))
            helper.start()
            assert copied.wait(10), "the copy waited for the lock"
        # Meanwhile the index of the served release is installed (under the lock).
        SiteWriter(store.path(served)).write("pagefind/pagefind-entry.json", b"new index")
        SiteWriter(store.path(served)).write("pagefind/fragment/a.pf", b"fragment")
    helper.join(10)
    spare = tmp_path / "releases" / f".spare-{served}"
    assert (spare / "pagefind" / "pagefind-entry.json").read_bytes() == b"new index"
    assert (spare / "pagefind" / "fragment" / "a.pf").exists()
    assert (spare / "es" / "index.html").samefile(store.path(served) / "es" / "index.html")
    assert bundle.is_dir()

    following, staging = store.start(base_id=served)  # the next build starts from the spare
    assert not spare.exists() and (staging / "pagefind" / "fragment" / "a.pf").exists()


def test_a_copy_ahead_for_a_release_no_longer_served_is_dropped(tmp_path):
    store = ReleaseStore(tmp_path)
    first = make_release(store, "uno")
    make_release(store, "dos")
    store.prepare_spare(first)
    assert [name for name in os.listdir(tmp_path / "releases") if name.startswith(".")] == []


def test_a_build_leaves_a_live_process_s_copy_and_trash_alone_and_removes_a_dead_one_s(tmp_path):
    store = ReleaseStore(tmp_path)
    served = make_release(store, "served")
    releases = tmp_path / "releases"
    dead = subprocess.Popen(["true"])
    dead.wait()
    live = subprocess.Popen(["sleep", "30"])
    try:
        for pid in (dead.pid, live.pid):
            (releases / f".sparetmp-{served}-{pid}").mkdir()
            (releases / f".trash-20250101T000000000000Z-{pid}").mkdir()
        store.start(base_id=served)
        left = sorted(name for name in os.listdir(releases) if name.startswith((".spa", ".tr")))
        assert left == [
            f".sparetmp-{served}-{live.pid}",
            f".trash-20250101T000000000000Z-{live.pid}",
        ]
    finally:
        live.kill()
        live.wait()


def test_a_dead_build_leaves_only_a_staging_folder_which_the_next_build_removes(tmp_path):
    store = ReleaseStore(tmp_path)
    served = make_release(store, "served")
    _id, staging = store.start(base_id=served)
    (staging / "es" / "half-written.html").write_text("…")
    assert store.current_id() == served
    assert not (tmp_path / "current" / "es" / "half-written.html").exists()
    make_release(store, "next")
    assert not staging.exists()


def test_incremental_clone_shares_unchanged_files_and_never_writes_through_them(tmp_path):
    store = ReleaseStore(tmp_path)
    served = make_release(store, "original")
    live_file = tmp_path / "current" / "es" / "index.html"
    before = live_file.read_bytes()
    _id, staging = store.start(base_id=served)
    clone = staging / "es" / "index.html"
    assert clone.stat().st_ino == live_file.stat().st_ino  # a hard link, not a copy

    SiteWriter(staging).write("es/index.html", b"changed" * 100)
    assert live_file.read_bytes() == before
    assert clone.stat().st_ino != live_file.stat().st_ino


def test_writer_skips_unchanged_content_and_keeps_compressed_twins_in_step(tmp_path):
    writer = SiteWriter(tmp_path)
    page = ("<p>Información para migrantes</p>" * 50).encode()
    assert writer.write("es/a/index.html", page)
    stat = (tmp_path / "es/a/index.html").stat()
    assert (tmp_path / "es/a/index.html.gz").exists()
    assert (tmp_path / "es/a/index.html.br").exists()
    assert not writer.write("es/a/index.html", page)
    assert (tmp_path / "es/a/index.html").stat().st_mtime_ns == stat.st_mtime_ns

    assert writer.write("es/a/index.html", b"tiny")  # too small to be worth compressing
    assert not (tmp_path / "es/a/index.html.gz").exists()
    assert writer.remove("es/a/index.html")
    assert not (tmp_path / "es" / "a").exists()
    assert not (tmp_path / "es").exists()


def test_writer_refuses_paths_outside_the_release(tmp_path):
    with pytest.raises(ValueError):
        SiteWriter(tmp_path / "release").write("../escape.html", b"x")
