"""Wagtail's database search backend, with title matches weighted on SQLite.

modelsearch ranks SQLite FTS5 matches with `bm25()` over the whole row, so a word in a page title
counts no more than the same word deep in its body. This backend passes FTS5 column weights to
`bm25()` (the title column weighs `TITLE_WEIGHT` times the body) and multiplies the score by the
page type's `search_boost` (FTS5 scores are negative: a larger factor ranks higher). PostgreSQL
already weights fields by their boost. Everything else is Wagtail's backend unchanged.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, F, FloatField, Value, When
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.sqlite import sqlite as sqlite_backend
from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.index import get_indexed_models

TITLE_WEIGHT = 3.0
# FTS5 columns of modelsearch's index table, in order: autocomplete, body, title.
COLUMN_WEIGHTS = (0.0, 1.0, TITLE_WEIGHT)


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        table = sqlite_backend.SQLiteFTSIndexEntry._meta.db_table
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({table}, {weights})", []


class WeightedSQLiteQueryCompiler(sqlite_backend.SQLiteSearchQueryCompiler):
    def get_search_vectors(self):
        # One rank term: the weighted bm25() already covers title and body. (modelsearch also
        # multiplies by a stored title norm that depends on the order pages were indexed in.)
        return [(F("index_entry__body"), 1.0)]

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        rank = super().build_tsrank(vector, query, config=config, boost=boost)
        return _weighted(rank) * _type_boost()


def _type_boost():
    """Page types rank by their `search_boost` (e.g. guides above dated news and events)."""
    whens = []
    for model in get_indexed_models():
        boost = getattr(model, "search_boost", 1.0)
        if boost != 1.0:
            content_type = ContentType.objects.get_for_model(model)
            whens.append(When(index_entry__content_type_id=content_type.pk, then=Value(boost)))
    if not whens:
        return Value(1.0)
    return Case(*whens, default=Value(1.0), output_field=FloatField())


def _weighted(expression):
    """The rank expression with every plain BM25() replaced by WeightedBM25()."""
    if type(expression) is BM25:
        return WeightedBM25()
    if hasattr(expression, "get_source_expressions"):
        expression = expression.copy()
        expression.set_source_expressions(
            [_weighted(source) for source in expression.get_source_expressions()]
        )
    return expression


class WeightedSQLiteSearchBackend(sqlite_backend.SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteQueryCompiler


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite" and isinstance(backend, sqlite_backend.SQLiteSearchBackend):
        return WeightedSQLiteSearchBackend(params)
    return backend
