"""Which search backend runs: Wagtail's database backend by default, Elasticsearch when configured.

`portal/settings/base.py` calls `search_backends()`; the rest of the code asks
`analyses_in_python()` whether words must go through `search.analysis` (database backend) or are
analysed by the search server itself (Elasticsearch).
"""

from django.conf import settings

from search.elasticsearch import index_settings

DATABASE_BACKEND = "search.database"
ELASTICSEARCH_BACKEND = "wagtail.search.backends.elasticsearch9"


def search_backends(elasticsearch_url="", index_prefix="infomigra_"):
    """The value of WAGTAILSEARCH_BACKENDS for the environment."""
    if elasticsearch_url:
        return {
            "default": {
                "BACKEND": ELASTICSEARCH_BACKEND,
                "URLS": [elasticsearch_url],
                "INDEX_PREFIX": index_prefix,
                "TIMEOUT": 5,
                "INDEX_SETTINGS": index_settings(),
            }
        }
    # "simple": PostgreSQL must not stem again what search.analysis already stemmed, so that
    # PostgreSQL and SQLite's FTS5 index exactly the same terms. SQLite ignores the option.
    return {"default": {"BACKEND": DATABASE_BACKEND, "SEARCH_CONFIG": "simple"}}


def analyses_in_python():
    """True when the default backend is the database one, whose text we analyse ourselves."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return backend == DATABASE_BACKEND or backend.endswith(".database")
