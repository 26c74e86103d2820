"""The static search index of a published release, built with Pagefind (PyPI `pagefind[bin]`).

Every publish calls `write_static_index(release_dir, writer)` (publishing/extras.py) once every
page has been written into the release folder. Pagefind reads each HTML file, keeps the text
inside `data-pagefind-body` (the `<main>` of every content page: not the home page, indexes or
listings, see `static_search_indexed` in search_tags.py), the `data-pagefind-filter`/
`data-pagefind-meta` tags of `components/static_search_meta.html`, and splits the index by `<html lang>`: one index per
language in `<release>/pagefind/`. Next to it goes the stop words of each language, which
`static-search.js` drops from queries as the database backend does (search/analysis.py).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from search.analysis import STOPWORDS

BUNDLE_DIR = "pagefind"
STOPWORDS_FILE = "infomigra-stopwords.json"
# Folders whose files Pagefind names after a hash of their content (e.g. "es_4cc17a7.pf_fragment").
CONTENT_ADDRESSED = ("fragment", "index", "filter")
ENTRY_FILE = "pagefind-entry.json"  # names the language indexes: the bundle's switch point


@dataclass
class StaticIndexReport:
    pages: int
    bundle_dir: Path
    bundle_bytes: int
    languages: dict = field(default_factory=dict)  # language -> pages indexed


def stopwords_data():
    return {language: sorted(words) for language, words in STOPWORDS.items()}


def _build(release_dir, bundle_dir, background=False):
    """Pagefind's command line (the binary of `pagefind[bin]`): it exits once every file of the
    bundle is on disk. (Its Python service API answered before `pagefind-entry.json` was written.)
    In the `background`, at a lower CPU priority (STATIC_INDEX_NICENESS; 19, the lowest, by
    default) and on STATIC_INDEX_THREADS threads (1 by default, where Pagefind would take every
    core): the next edit's build comes first and keeps a core of its own."""
    niceness = settings.STATIC_INDEX_NICENESS if background else 0
    nice = ["nice", "-n", str(niceness)] if niceness and shutil.which("nice") else []
    # Pagefind dies with the process that asked for it (a worker stopped or restarted would
    # otherwise leave it indexing a release nobody installs).
    tied = ["setpriv", "--pdeathsig", "TERM"] if shutil.which("setpriv") else []
    threads = {"RAYON_NUM_THREADS": str(settings.STATIC_INDEX_THREADS)} if background else {}
    subprocess.run(
        [
            *tied,
            *nice,
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(release_dir),
            "--output-path",
            str(bundle_dir),
            "--glob",
            "**/*.html",
            "--root-selector",
            "html",
            "--silent",
        ],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **threads},
    )


def bundle_languages(bundle_dir):
    """{language: pages indexed} of a Pagefind bundle."""
    entry = json.loads((Path(bundle_dir) / ENTRY_FILE).read_text())
    return {
        language: details.get("page_count", 0) for language, details in entry["languages"].items()
    }


def build_static_index(release_dir, bundle_dir=None, background=False):
    """Index every HTML page of `release_dir` into `bundle_dir` (by default `release_dir/pagefind/`);
    returns a report."""
    release_dir = Path(release_dir).resolve()
    bundle_dir = Path(bundle_dir) if bundle_dir else release_dir / BUNDLE_DIR
    _build(release_dir, bundle_dir, background)
    (bundle_dir / STOPWORDS_FILE).write_text(
        json.dumps(stopwords_data(), ensure_ascii=False), encoding="utf-8"
    )
    languages = bundle_languages(bundle_dir)
    size = sum(path.stat().st_size for path in bundle_dir.rglob("*") if path.is_file())
    return StaticIndexReport(sum(languages.values()), bundle_dir, size, languages)


SCRATCH_PREFIX = ".staging-pagefind-"


def write_static_index(release_dir, writer, scratch_parent=None):
    """Build the index of `release_dir` aside, then put it in place through the release writer.

    The scratch folder is beside the release by default, named like a staging folder: if the
    publish is killed there, the next publish removes it with the rest of the dead build
    (publishing/release.py).
    """
    release_dir = Path(release_dir)
    parent = release_dir.parent if scratch_parent is None else scratch_parent
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, dir=parent) as scratch:
        # The bundle holds no HTML, so the previous one is not indexed; the new one is built aside.
        report = build_static_index(release_dir, bundle_dir=Path(scratch) / BUNDLE_DIR)
        install_bundle(writer, report.bundle_dir)
    return report


def install_bundle(writer, bundle_dir):
    """Replace the bundle of the writer's release with `bundle_dir`'s. A release may share
    unchanged files with another (hard links), so nothing is written in place: files are
    replaced atomically, in an order that keeps the index whole for a reader at every moment
    (content-addressed fragments and indexes before `pagefind-entry.json`, which names them;
    stale files removed last).

    The two bundles are compared by their folder listings: at 10,000 pages they hold 10,000
    fragments, of which an edit changes a few."""
    bundle_dir = Path(bundle_dir)
    fresh = _bundle_files(bundle_dir)
    present = {path.removeprefix(f"{BUNDLE_DIR}/") for path in writer.files(BUNDLE_DIR)}
    for relative in sorted(
        fresh, key=lambda relative: (relative.rpartition("/")[2] == ENTRY_FILE, relative)
    ):
        folder = relative.rpartition("/")[0].rpartition("/")[2]
        if folder in CONTENT_ADDRESSED and relative in present:
            continue  # its name is its content's hash: already there, byte for byte
        writer.write(f"{BUNDLE_DIR}/{relative}", (bundle_dir / relative).read_bytes())
    for relative in sorted(present - fresh):
        writer.remove(f"{BUNDLE_DIR}/{relative}")


def _bundle_files(bundle_dir):
    """Paths ("/"-separated, relative to it) of the files of a bundle Pagefind just wrote."""
    found = set()
    for directory, _dirs, names in os.walk(bundle_dir):
        prefix = os.path.relpath(directory, bundle_dir).replace(os.sep, "/")
        found.update(name if prefix == "." else f"{prefix}/{name}" for name in names)
    return found
