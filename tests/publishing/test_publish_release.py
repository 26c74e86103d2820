"""Release folders and file writing: atomic switch, rollback, pruning, atomic writes."""

import os
import subprocess

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


def tree(folder):
    """{relative path: inode} of every file under `folder`."""
    return {
        os.path.relpath(os.path.join(directory, name), folder): os.stat(
            os.path.join(directory, name)
        ).st_ino
        for directory, _dirs, files in os.walk(folder)
        for name in files
    }


def test_a_release_older_than_a_full_publish_is_not_recycled_but_copied_afresh(tmp_path, settings):
    """A full publish writes every file anew: bringing an older release up to date would relink
    every file of the site under the lock (8 s at 10,000 pages). It is left to be deleted, and
    the spare is a fresh copy, which holds the same files (the same inodes) as the release."""
    settings.PUBLISH_KEEP_RELEASES = 1
    store = ReleaseStore(tmp_path)
    make_release(store, "uno")
    make_release(store, "dos")  # a full publish: no list of changed files leads back to "uno"
    newest = store.current_id()
    pruned = store.prune()
    assert len(pruned) == 1
    assert store.recycle_as_spare(newest, pruned) == pruned  # nothing recycled: all to delete
    spare = tmp_path / "releases" / f".spare-{newest}"
    assert not spare.exists()
    store.prepare_spare(newest)
    assert tree(spare) == tree(store.path(newest))
    following, staging = store.start(base_id=newest)  # the next build starts from it
    assert not spare.exists() and tree(staging) == tree(store.path(newest))


def test_a_build_leaves_old_releases_a_live_process_deletes_and_removes_a_dead_one_s(tmp_path):
    store = ReleaseStore(tmp_path)
    served = make_release(store, "served")
    releases = tmp_path / "releases"
    dead = subprocess.Popen(["true"])
    dead.wait()
    live = subprocess.Popen(["sleep", "30"])
    try:
        for pid in (dead.pid, live.pid):
            (releases / f".trash-20250101T000000000000Z-{pid}").mkdir()
        store.start(base_id=served)
        left = [name for name in os.listdir(releases) if name.startswith(".trash")]
        assert left == [f".trash-20250101T000000000000Z-{live.pid}"]
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


def test_the_builds_change_lists_bring_an_old_release_up_to_date_without_reading_the_trees(
    tmp_path, settings, monkeypatch
):
    """Incremental builds record what they wrote and removed; a pruned release becomes the
    newest one's spare by redoing just that (compressed twins and emptied folders included),
    while the folder that changes after a switch (the search index) is compared whole."""
    settings.PUBLISH_KEEP_RELEASES = 2
    store = ReleaseStore(tmp_path)
    base = make_release(store, "uno")  # a full publish: no change list
    for number in range(4):
        release_id, staging = store.start(base_id=base)
        writer = SiteWriter(staging)
        writer.write(f"es/new-{number}/index.html", b"new page " * 100)
        writer.write("es/index.html", f"home {number} ".encode() * 100)
        if number == 2:
            writer.remove("es/new-1/index.html")
        store.finish(
            release_id,
            staging,
            {"pages": {}},
            base_id=base,
            changed=writer.written + writer.removed,
        )
        store.switch(release_id)
        SiteWriter(store.path(release_id)).write(f"pagefind/index-{number}.pf", b"x" * 300)
        base = release_id
    compared = []
    real_sync_tree = release.sync_tree
    monkeypatch.setattr(
        release,
        "sync_tree",
        lambda source, target: compared.append(source) or real_sync_tree(source, target),
    )
    newest = store.current_id()
    pruned = store.prune()
    assert len(pruned) == 3  # the full release and the two oldest incremental ones
    left = store.recycle_as_spare(newest, pruned, ["pagefind"])
    assert left == pruned[:2]
    spare = tmp_path / "releases" / f".spare-{newest}"
    assert tree(spare) == tree(store.path(newest))
    assert not (spare / "es" / "new-1").exists()
    assert {path.name for path in (spare / "es" / "new-3").iterdir()} == {
        "index.html",
        "index.html.gz",
        "index.html.br",
    }
    assert compared == [store.path(newest) / "pagefind"]


def test_a_file_that_became_a_folder_is_brought_up_to_date_all_the_same(tmp_path, settings):
    """When a listed path is a file in the old release and a folder in the new one, the change
    lists cannot say it: the spare is made by comparing the whole trees."""
    settings.PUBLISH_KEEP_RELEASES = 1
    store = ReleaseStore(tmp_path)
    base = make_release(store, "uno")
    for write, remove in (("es/x", None), ("es/x/index.html", "es/x")):
        release_id, staging = store.start(base_id=base)
        writer = SiteWriter(staging)
        if remove:
            writer.remove(remove)
        writer.write(write, b"page " * 100)
        changed = writer.written + writer.removed
        store.finish(release_id, staging, {"pages": {}}, base_id=base, changed=changed)
        store.switch(release_id)
        base = release_id
    pruned = store.prune()
    assert store.recycle_as_spare(base, pruned) == pruned[:1]  # the newest pruned is recycled
    assert tree(tmp_path / "releases" / f".spare-{base}") == tree(store.path(base))
