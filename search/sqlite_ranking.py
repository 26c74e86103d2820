"""SQLite FTS5 ranking for the database search backend (see search/database.py).

Imported only on SQLite: modelsearch's SQLite module defines models that exist only there.
"""

from django.db.models import F
from modelsearch.backends.database.sqlite import sqlite as sqlite_backend
from modelsearch.backends.database.sqlite.query import BM25

from .database import type_boost

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
        return _weighted(rank) * type_boost("index_entry")


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
