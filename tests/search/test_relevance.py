"""recall@3 of the relevance set (tests/search/queries.yaml) on the database backend.

Runs on SQLite, and on PostgreSQL when DATABASE_URL points at one. The same set runs on the
static (Pagefind) index in tests/browser/test_static_search.py.
"""

from pathlib import Path

import pytest
import yaml
from django.db import connection

from search.engine import search_pages

pytestmark = pytest.mark.postgres

QUERIES = yaml.safe_load((Path(__file__).with_name("queries.yaml")).read_text())["queries"]
MINIMUM_RECALL = 0.9


def recall_at_3(search):
    """(mean recall@3, [(query, score, top 3)]) for `search(query, language) -> [url]`."""
    scores = []
    for item in QUERIES:
        top = search(item["q"], item["language"])[:3]
        expected = item["expected"]
        score = len(set(expected) & set(top)) / min(len(expected), 3)
        scores.append((item, score, top))
    return sum(score for _item, score, _top in scores) / len(scores), scores


def report(name, recall, scores):
    print(f"\nrecall@3 on {name}: {recall:.3f} over {len(scores)} queries")
    for item, score, top in scores:
        if score < 1:
            print(f"  {score:.2f} [{item['language']}] {item['q']!r} -> {top}")


def test_the_set_is_large_and_varied():
    assert len(QUERIES) >= 40
    kinds = {item["kind"] for item in QUERIES}
    assert {"accents", "plural", "synonym", "typo", "english", "quechua"} <= kinds


@pytest.mark.django_db
def test_recall_at_3_on_the_database_backend():
    def search(query, language):
        outcome = search_pages(query, language)
        return [page.url for page in outcome.results[:3]] if outcome.results is not None else []

    recall, scores = recall_at_3(search)
    report(f"the database backend ({connection.vendor})", recall, scores)
    assert recall >= MINIMUM_RECALL
