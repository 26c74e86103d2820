"""Release folders and file writing: atomic switch, rollback, pruning, atomic writes."""

import os

import pytest

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
    store.prune()
    assert store.release_ids() == [ids[0], *ids[2:]]
    assert not (tmp_path / "releases" / f"{ids[1]}.json").exists()


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
