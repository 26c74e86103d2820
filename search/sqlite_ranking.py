"""SQLite FTS5 ranking for the database search backend (see search/database.py).

Imported only on SQLite: modelsearch's SQLite module defines models that exist only there.
"""

from django.db.models import Case, F, FloatField, IntegerField, Value, When
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite as sqlite_backend
from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

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

    def search(self, config, start, stop, score_field=None):
        """A window of results ranked in one pass over the FTS matches.

        modelsearch orders by a correlated subquery that re-runs the FTS MATCH for every
        candidate page: quadratic, about 3 s for a common word among 2,000 pages. Here the index
        is queried once (restricted to the candidate pages), ranked and sliced, and only the pages
        of that window are fetched. Unbounded queries (facet counts) keep modelsearch's plan.
        """
        query = normalize(self.query)
        if stop is None or not self.order_by_relevance or isinstance(query, (MatchAll, Not)):
            return super().search(config, start, stop, score_field=score_field)
        window = dict(self._ranked_matches(query, config)[start:stop])
        if not window:
            return self.queryset.none()
        pages = self.queryset.filter(pk__in=window).order_by(
            _by_pk({pk: position for position, pk in enumerate(window)}, IntegerField())
        )
        if score_field is not None:
            pages = pages.annotate(**{score_field: _by_pk(window, FloatField())})
        return pages

    def _ranked_matches(self, query, config):
        """(page id, score) of every matching candidate page, best first (as modelsearch ranks)."""
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        content_types = get_descendants_content_types_pks(self.queryset.model)
        return (
            sqlite_backend.SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=content_types,
                index_entry__object_id__in=self.queryset.values("pk"),
            )
            .annotate(
                score=self._build_rank_expression(self.get_search_vectors(), config),
                page_id=Cast("index_entry__object_id", IntegerField()),
            )
            .order_by("score", "-page_id")
            .values_list("page_id", "score")
        )


def _by_pk(values, output_field):
    """CASE pk WHEN … THEN value …: `values` is {pk: value}."""
    whens = [When(pk=pk, then=Value(value)) for pk, value in values.items()]
    return Case(*whens, output_field=output_field)


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
