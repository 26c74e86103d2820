"""SQLite's one-pass ranking (search/sqlite_ranking.py) ranks as modelsearch's own plan does.

modelsearch's plan (kept for unbounded ranked queries) is the reference: the windows a visitor
pages through, whether from the ranking kept by the facet count or ranked again in SQL, must
list the same pages in the same order with the same scores. Also: what the whole-row match rests
on, and the index merge after a full reindex.

search.sqlite_ranking is imported inside the tests: it defines models that exist only on SQLite.
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


def field_names(fields, kind, prefix=""):
    """The names of `fields` of `kind`, those inside RelatedFields as "relation.name"."""
    from modelsearch import index

    names = set()
    for field in fields:
        if isinstance(field, index.RelatedFields):
            names |= field_names(field.fields, kind, f"{prefix}{field.field_name}.")
        elif isinstance(field, kind):
            names.add(prefix + field.field_name)
    return names


def test_autocomplete_text_is_also_in_a_searched_column():
    """The search matches whole FTS rows (sqlite_ranking.RowMatch), which finds the same objects
    as modelsearch's title-and-body filter only while every autocomplete field is a search field."""
    from modelsearch import index
    from modelsearch.index import get_indexed_models

    for model in get_indexed_models():
        fields = model.get_search_fields()
        autocomplete = field_names(fields, index.AutocompleteField)
        missing = autocomplete - field_names(fields, index.SearchField)
        assert not missing, f"{model.__name__}: autocomplete fields not searched: {missing}"


def fts_segments():
    from search.sqlite_ranking import FTS_TABLE

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(DISTINCT segid) FROM {FTS_TABLE}_idx")
        return cursor.fetchone()[0]


def test_a_full_reindex_leaves_the_index_in_one_segment():
    from django.core.management import call_command

    from search.sqlite_ranking import FTS_TABLE as FTS

    # A demo-sized rebuild fits in FTS5's write buffer: shrink the buffer (and stop FTS5's own
    # merging) so that the rebuild writes many segments, as it does with thousands of pages.
    with connection.cursor() as cursor:
        for option, value in (("hashsize", 4096), ("automerge", 0)):
            cursor.execute(f"INSERT INTO {FTS}({FTS}, rank) VALUES (%s, %s)", [option, value])

    call_command("update_index", verbosity=0)

    assert fts_segments() == 1
    assert engine.search_pages("trabajo", "es").total > 0
