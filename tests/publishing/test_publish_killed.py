"""A publish that dies half-way leaves the site being served untouched (real processes, real kills)."""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from publishing.release import STAGING_PREFIX
from search.static_index import BUNDLE_DIR, ENTRY_FILE, SCRATCH_PREFIX
from tests.publishing.conftest import ROOT


def snapshot(folder):
    """{relative path: sha1} of every file of a release."""
    state = {}
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                state[os.path.relpath(path, folder)] = hashlib.sha1(handle.read()).hexdigest()
    return state


@pytest.mark.parametrize(
    ("mode", "expected_returncode"),
    [("kill-worker", 1), ("kill-publisher", -signal.SIGKILL), ("raise", 1)],
)
def test_a_publish_killed_half_way_keeps_the_previous_release(
    published_portal, tmp_path, mode, expected_returncode
):
    portal = published_portal.copy(tmp_path / "portal")
    served = portal.current
    before = snapshot(served)
    releases_before = sorted(os.listdir(portal.site / "releases"))
    urls = sorted(published_portal.published_urls)
    portal.env.update(
        DJANGO_SETTINGS_MODULE="tests.publishing.killing.settings",
        PUBLISH_TEST_FAIL_AT=urls[len(urls) // 2],
        PUBLISH_TEST_FAIL_MODE=mode,
    )

    result = portal.manage("publish", check=False)

    assert result.returncode == expected_returncode, result.stderr
    assert portal.current == served
    assert snapshot(portal.current) == before
    releases = sorted(os.listdir(portal.site / "releases"))
    assert [name for name in releases if not name.startswith(STAGING_PREFIX)] == releases_before
    if mode != "kill-publisher":  # the failed build removed its own staging folder
        assert "the site being served is unchanged" in result.stderr
        assert not any(name.startswith(STAGING_PREFIX) for name in releases)
        return
    # Nobody could clean up: a staging folder stays behind until the next build removes it
    # (the test below kills a publish later on and runs that next build).
    assert any(name.startswith(STAGING_PREFIX) for name in releases)


def indexers(releases):
    """Processes still indexing a release under `releases` (their command line names it)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            command = (Path("/proc") / pid / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if b"pagefind" in command and str(releases).encode() in command:
            found.append(int(pid))
    return found


def test_what_a_publish_killed_while_pagefind_indexes_leaves_goes_with_the_next_publish(
    published_portal, tmp_path
):
    """The Pagefind bundle is built in a scratch folder beside the staging release; a publish
    killed right then leaves both behind, Pagefind dies with it, the site served stays as it
    was, and the next publish removes what the dead build left."""
    portal = published_portal.copy(tmp_path / "portal")
    served = portal.current
    before = snapshot(served)
    releases = portal.site / "releases"
    publish = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "publish", "-v0"],
        env=portal.env,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 300
    while not any(name.startswith(SCRATCH_PREFIX) for name in os.listdir(releases)):
        assert publish.poll() is None, "the publish ended before Pagefind started"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(publish.pid, signal.SIGKILL)
    publish.wait()
    deadline = time.monotonic() + 10
    while indexers(releases):
        assert time.monotonic() < deadline, "Pagefind outlived the publish that started it"
        time.sleep(0.05)
    left = os.listdir(releases)
    scratch = {name for name in left if name.startswith(SCRATCH_PREFIX)}
    assert scratch
    # Pagefind stopped with the publish: it never finished the bundle nobody would install.
    assert not any((releases / name / BUNDLE_DIR / ENTRY_FILE).exists() for name in scratch)
    # (Pagefind's scratch folder also starts with the staging prefix)
    assert any(name.startswith(STAGING_PREFIX) and name not in scratch for name in left)
    assert portal.current == served
    assert snapshot(portal.current) == before

    portal.manage("publish")
    assert portal.current != served
    left = os.listdir(releases)
    assert not any(name.startswith(STAGING_PREFIX) for name in left)
