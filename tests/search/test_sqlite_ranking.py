"""SQLite's one-pass ranking (search/sqlite_ranking.py) ranks as modelsearch's own plan does.

modelsearch's plan (kept for unbounded ranked queries) is the reference: the windows a visitor
pages through, whether from the ranking kept by the facet count or ranked again in SQL, must
list the same pages in the same order with the same scores.
"""

import pytest
from django.db import connection

from search import engine
from search.analysis import analyse_query

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 ranking only"),
]


def reference(query):
    """(page id, score) of every match, ranked by modelsearch's plan (no slice: unbounded)."""
    pages, _locale = engine.live_pages("es")
    words = analyse_query(query, "es").required
    results = pages.search(engine.backend_query(words, "and")).annotate_score("score")
    ranked = [(page.pk, page.score) for page in results]
    return sorted(ranked, key=lambda item: (item[1], -item[0]))


def windows(results, total, size):
    return [
        (page.pk, page.score)
        for start in range(0, total, size)
        for page in results.annotate_score("score")[start : start + size]
    ]


@pytest.mark.parametrize("query", ["trabajo", "peruanos en el extranjero", "visa"])
def test_every_window_ranks_as_modelsearch(query, monkeypatch):
    from search import sqlite_ranking

    expected = reference(query)
    assert len(expected) > 5
    # A kept ranking shorter than the results: later windows are ranked again in SQL.
    monkeypatch.setattr(sqlite_ranking, "KEPT_RANKING", 5)
    outcome = engine.search_pages(query, "es")
    assert outcome.total == len(expected)
    got = windows(outcome.results, outcome.total, 3)
    assert [pk for pk, _score in got] == [pk for pk, _score in expected]
    assert [score for _pk, score in got] == pytest.approx([score for _pk, score in expected])


def test_results_that_never_counted_rank_in_sql_too():
    pages, _locale = engine.live_pages("es")
    results = pages.search(engine.backend_query(("trabaj",), "and"))
    expected = reference("trabajo")
    assert [pk for pk, _score in windows(results, len(expected), 4)] == [pk for pk, _ in expected]
