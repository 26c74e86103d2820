"""PostgreSQL ranking for the database search backend (see search/database.py).

modelsearch already weights title and body; this multiplies the rank by the page type's
`search_boost`, as on SQLite. Imported only on PostgreSQL.
"""

from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from .database import type_boost


class BoostedPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        return rank * type_boost("index_entries") if self.fields is None else rank


class BoostedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = BoostedPostgresQueryCompiler
