"""Putting a new static search bundle into a release: new files in, stale ones out, unchanged
content-addressed files left alone (a release shares them with others as hard links)."""

import os
from pathlib import Path

from publishing.writer import SiteWriter
from search.static_index import ENTRY_FILE, install_bundle


def write(folder, files):
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def files(folder):
    return {
        os.path.relpath(os.path.join(directory, name), folder): Path(directory, name).read_text()
        for directory, _dirs, names in os.walk(folder)
        for name in names
        if not name.endswith((".gz", ".br"))
    }


def test_a_new_bundle_replaces_the_old_one_file_by_file(tmp_path):
    release, bundle = tmp_path / "release", tmp_path / "bundle"
    kept = "x" * 400  # compressible: the writer adds .gz and .br twins
    writer = SiteWriter(release)
    writer.write("pagefind/fragment/es_kept.pf_fragment", kept.encode())
    writer.write("pagefind/fragment/es_gone.pf_fragment", ("y" * 400).encode())
    writer.write(f"pagefind/{ENTRY_FILE}", b'{"old": true}')
    writer.write("pagefind/pagefind.js", b"old script")
    kept_inode = os.stat(release / "pagefind/fragment/es_kept.pf_fragment").st_ino
    write(
        bundle,
        {
            "fragment/es_kept.pf_fragment": kept,
            "fragment/es_new.pf_fragment": "new",
            "index/es_new.pf_index": "index",
            ENTRY_FILE: '{"new": true}',
            "pagefind.js": "new script",
        },
    )

    install_bundle(SiteWriter(release), bundle)

    assert files(release / "pagefind") == files(bundle)
    assert os.stat(release / "pagefind/fragment/es_kept.pf_fragment").st_ino == kept_inode
    assert not any(name.startswith("es_gone") for name in os.listdir(release / "pagefind/fragment"))
