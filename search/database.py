"""Wagtail's database search backend, with title matches weighted on SQLite and page-type boosts.

modelsearch ranks SQLite FTS5 matches with `bm25()` over the whole row, so a word in a page title
counts no more than the same word deep in its body. This backend passes FTS5 column weights to
`bm25()` (the title column weighs `TITLE_WEIGHT` times the body) and multiplies the score by the
page type's `search_boost` (FTS5 scores are negative: a larger factor ranks higher). PostgreSQL
already weights title and body; there the score is multiplied by the `search_boost` too
(search/postgres_ranking.py). Everything else is Wagtail's backend unchanged.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, FloatField, Value, When
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.index import get_indexed_models


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    backend = DatabaseSearchBackend(params)
    # Each vendor's module is imported only on that vendor (modelsearch's define their models).
    if connection.vendor == "sqlite":
        from .sqlite_ranking import WeightedSQLiteSearchBackend, sqlite_backend

        if isinstance(backend, sqlite_backend.SQLiteSearchBackend):
            return WeightedSQLiteSearchBackend(params)
    elif connection.vendor == "postgresql":
        from .postgres_ranking import BoostedPostgresSearchBackend

        return BoostedPostgresSearchBackend(params)
    return backend


def type_boost(index_relation):
    """Page types rank by their `search_boost` (e.g. guides above dated news and events);
    `index_relation` is how the page reaches its index entry on this vendor."""
    whens = []
    for model in get_indexed_models():
        boost = getattr(model, "search_boost", 1.0)
        if boost != 1.0:
            content_type = ContentType.objects.get_for_model(model)
            lookup = {f"{index_relation}__content_type_id": content_type.pk}
            whens.append(When(**lookup, then=Value(boost)))
    if not whens:
        return Value(1.0)
    return Case(*whens, default=Value(1.0), output_field=FloatField())
