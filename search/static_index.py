"""The static search index of a published release, built with Pagefind (PyPI `pagefind[bin]`).

The publish step calls `build_static_index(release_dir)` once every page has been written into the
release folder. Pagefind reads each HTML file, keeps the text inside `data-pagefind-body` (the
`<main>` of every Wagtail page), the `data-pagefind-filter`/`data-pagefind-meta` tags of
`components/static_search_meta.html`, and splits the index by `<html lang>`: one index per
language in `<release>/pagefind/`. Next to it goes the synonyms list for the browser
(`static-search.js` expands queries with it, as the database backend does).
"""

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

from search.analysis import STOPWORDS, read_synonyms

BUNDLE_DIR = "pagefind"
SYNONYMS_FILE = "infomigra-synonyms.json"


@dataclass
class StaticIndexReport:
    pages: int
    bundle_dir: Path
    bundle_bytes: int
    languages: dict = field(default_factory=dict)  # language -> pages indexed


def synonyms_data():
    return {
        "groups": [list(group.members) for group in read_synonyms()],
        "stopwords": {language: sorted(words) for language, words in STOPWORDS.items()},
    }


async def _build(release_dir, bundle_dir):
    config = IndexConfig(root_selector="html", output_path=str(bundle_dir))
    async with PagefindIndex(config=config) as index:
        return await index.add_directory(str(release_dir), glob="**/*.html")


def build_static_index(release_dir):
    """Index every HTML page of `release_dir` into `release_dir/pagefind/`; returns a report."""
    release_dir = Path(release_dir).resolve()
    bundle_dir = release_dir / BUNDLE_DIR
    indexed = asyncio.run(_build(release_dir, bundle_dir))
    (bundle_dir / SYNONYMS_FILE).write_text(
        json.dumps(synonyms_data(), ensure_ascii=False), encoding="utf-8"
    )
    languages = {}
    for entry in json.loads((bundle_dir / "pagefind-entry.json").read_text())["languages"].items():
        language, details = entry
        languages[language] = details.get("page_count", 0)
    size = sum(path.stat().st_size for path in bundle_dir.rglob("*") if path.is_file())
    return StaticIndexReport(indexed["page_count"], bundle_dir, size, languages)
