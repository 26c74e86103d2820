"""SQLite FTS5 ranking for the database search backend (see search/database.py): weighted bm25,
the whole-row match, one pass for ranking and facet counts, and (for the same speed) the index
merge after a full reindex.

Imported only on SQLite: modelsearch's SQLite module defines models that exist only there.
"""

from django.db import connections
from django.db.models import Case, F, FloatField, IntegerField, Value, When
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite as sqlite_backend
from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from .database import type_boost

FTS_TABLE = sqlite_backend.SQLiteFTSIndexEntry._meta.db_table
TITLE_WEIGHT = 3.0
# FTS5 columns of modelsearch's index table, in order: autocomplete, body, title.
COLUMN_WEIGHTS = (0.0, 1.0, TITLE_WEIGHT)


# Matches ranked best first, as modelsearch ranks them (FTS5 scores: lower is better).
RANKED = "ORDER BY score, pk DESC"
# How many of the best matches `RankedSQLiteSearchResults.count_by` ranks along with the counts:
# the first ten pages of results.
KEPT_RANKING = 100


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({FTS_TABLE}, {weights})", []


class RowMatch(MatchExpression):
    """A MATCH over the whole FTS row, where modelsearch names the title and body columns.

    The third column, autocomplete, holds the raw text of a model's autocomplete fields (a page's
    or an image's title, a tag's name), and every one of them is also a search field, whose column
    holds that raw text too (tests/search/test_sqlite_ranking.py checks this for every indexed
    model): leaving the column out of the filter matches the same objects, and bm25() weighs it 0.
    The filter itself cost FTS5 a column check of every match (about 1 ms of 17 for a word in
    9,000 pages).
    """

    def __init__(self, query):
        super().__init__([], query)

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.query)
        return self.template, [f"({sql % tuple(params)})"]


class WeightedSQLiteQueryCompiler(sqlite_backend.SQLiteSearchQueryCompiler):
    def get_search_vectors(self):
        # One rank term: the weighted bm25() already covers title and body. (modelsearch also
        # multiplies by a stored title norm that depends on the order pages were indexed in.)
        return [(F("index_entry__body"), 1.0)]

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        rank = super().build_tsrank(vector, query, config=config, boost=boost)
        return _weighted(rank) * type_boost("index_entry")

    def ranks(self):
        """False when modelsearch's own plan applies: unranked, match-all or negated queries."""
        query = normalize(self.query)
        return self.order_by_relevance and not isinstance(query, (MatchAll, Not))

    def search(self, config, start, stop, score_field=None):
        """A window of results ranked in one pass over the FTS matches.

        modelsearch orders by a correlated subquery that re-runs the FTS MATCH for every
        candidate page: quadratic, about 3 s for a common word among 2,000 pages. Here the index
        is queried once, joined to the candidate pages, ranked and sliced, and only the pages of
        that window are fetched. Unbounded ranked queries keep modelsearch's plan (a window of
        every match would be one CASE branch per page).
        """
        if stop is None or not self.ranks():
            return super().search(config, start, stop, score_field=score_field)
        return self.pages(self.ranked_window(config, start, stop), score_field)

    def ranked_window(self, config, start, stop):
        """[(page id, score)] of the matches from `start` to `stop`, best first."""
        hits, params = self._hits(config)
        sql = f"SELECT pk, score FROM ({hits}) {RANKED} LIMIT %s OFFSET %s"
        return _fetch(self.queryset.db, sql, [*params, stop - start, start])

    def count_and_rank(self, config, columns, first):
        """([{column: value, …, "count": matching pages}], [(page id, score)]): the matches
        counted by every combination of `columns` ({name: expression over the page}), and the
        `first` best of them, in one statement (one walk over the FTS matches)."""
        if not columns:
            raise ValueError("count_and_rank needs at least one column to count by")
        hits, params = self._hits(config, columns)
        names = [f'"{name}"' for name in columns]
        nulls = ", NULL" * len(names)
        sql = (
            f"WITH hit AS MATERIALIZED ({hits}) "
            f"SELECT NULL, NULL, {', '.join(names)}, COUNT(*) FROM hit GROUP BY {', '.join(names)} "
            f"UNION ALL SELECT * FROM (SELECT pk, score{nulls}, NULL FROM hit {RANKED} LIMIT %s)"
        )
        counts, ranking = [], []
        for row in _fetch(self.queryset.db, sql, [*params, first]):
            if row[0] is None:
                counts.append(dict(zip(columns, row[2:-1], strict=True), count=row[-1]))
            else:
                ranking.append(row[:2])
        return counts, ranking

    def _hits(self, config, columns=None):
        """SQL (and its parameters) of every matching candidate page: pk, `columns` and score.

        The FTS match (with its weighted score) is joined to the candidate pages on the page id,
        so SQLite walks the matches once and looks each page up by its primary key.
        """
        candidates = self.queryset.order_by().values("pk", **(columns or {}))
        candidates_sql, candidates_params = candidates.query.sql_with_params()
        matches_sql, matches_params = self._matches(config).query.sql_with_params()
        sql = (
            f"SELECT candidate.*, match.score FROM ({candidates_sql}) candidate "
            f"JOIN ({matches_sql}) match ON match.page_id = candidate.pk"
        )
        return sql, [*candidates_params, *matches_params]

    def _matches(self, config):
        """(page_id, score) of every FTS match among the indexed page types."""
        search_query = self.build_search_query(normalize(self.query), config=config)
        match = (
            MatchExpression(self.fields, search_query) if self.fields else RowMatch(search_query)
        )
        return (
            sqlite_backend.SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(
                score=self._build_rank_expression(self.get_search_vectors(), config),
                page_id=Cast("index_entry__object_id", IntegerField()),
            )
            .values("page_id", "score")
        )

    def pages(self, window, score_field=None):
        """The candidate pages of `window` ([(page id, score)]) as a queryset in its order."""
        window = dict(window)
        if not window:
            return self.queryset.none()
        pages = self.queryset.filter(pk__in=window).order_by(
            _by_pk({pk: position for position, pk in enumerate(window)}, IntegerField())
        )
        if score_field is not None:
            pages = pages.annotate(**{score_field: _by_pk(window, FloatField())})
        return pages


class RankedSQLiteSearchResults(sqlite_backend.SQLiteSearchResults):
    """Search results that can also count their matches by facet columns (search.engine).

    `count_by` counts the matches and ranks the first `KEPT_RANKING` of them in one statement,
    and keeps that ranking: a window sliced from within it afterwards only fetches its pages.
    """

    _ranking = None  # [(page id, score)]: the best matches, once count_by has run

    def count_by(self, columns):
        """[{column: value, …, "count": matching pages}] for every combination of `columns`
        ({name: expression over the page}) among the matches."""
        compiler = self.query_compiler
        if not compiler.ranks():
            raise ValueError("count_by needs a ranked full-text query")
        config = compiler.get_config(self.backend)
        counts, self._ranking = compiler.count_and_rank(config, columns, KEPT_RANKING)
        return counts

    def _clone(self):
        clone = super()._clone()
        clone._ranking = self._ranking
        return clone

    def _kept(self):
        """The window [start:stop] from the kept ranking, or None if it reaches beyond it."""
        if self._ranking is None:
            return None
        complete = len(self._ranking) < KEPT_RANKING
        if complete or (self.stop is not None and self.stop <= len(self._ranking)):
            return self._ranking[self.start : self.stop]
        return None

    def _do_search(self):
        """The pages of this window, ranked in Python: ordering them in SQL would take a CASE
        branch per page, compiled once for the pages and once more for their specific rows."""
        compiler = self.query_compiler
        window = self._kept()
        if window is None and self.stop is not None and compiler.ranks():
            config = compiler.get_config(self.backend)
            window = compiler.ranked_window(config, self.start, self.stop)
        if window is None:
            return super()._do_search()
        scores = dict(window)
        found = {page.pk: page for page in compiler.queryset.filter(pk__in=scores).order_by()}
        pages = [found[pk] for pk in scores if pk in found]
        if self._score_field is not None:
            for page in pages:
                setattr(page, self._score_field, scores[page.pk])
        return pages


def _fetch(using, sql, params):
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


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


class MergingRebuilderMixin:
    """After a full reindex (`manage.py update_index`), merge the FTS5 index into one segment.

    A rebuild writes the index in many segments, and every search then merges their entries for
    each word; FTS5's `optimize` merges them once (about 0.8 ms less per common-word search at
    10,000 pages). Incremental updates keep FTS5's own automatic merging.
    """

    def finish(self):
        super().finish()
        with self.index.write_connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


class MergingRebuilder(MergingRebuilderMixin, sqlite_backend.SQLiteSearchRebuilder):
    pass


class MergingAtomicRebuilder(MergingRebuilderMixin, sqlite_backend.SQLiteSearchAtomicRebuilder):
    pass


class WeightedSQLiteSearchBackend(sqlite_backend.SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteQueryCompiler
    results_class = RankedSQLiteSearchResults
    rebuilder_class = MergingRebuilder
    atomic_rebuilder_class = MergingAtomicRebuilder
