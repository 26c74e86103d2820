"""Spanish analysis for Wagtail's Elasticsearch backend (used when ELASTICSEARCH_URL is set).

Wagtail maps every SearchField as an Elasticsearch `text` field without naming an analyzer, so the
index's `default` analyzer applies to all of them, and `default_search` to every query:

- `default` (indexing): standard tokenizer, lowercase, asciifolding keeping the original token
  ("migración" is indexed as both "migración" and "migracion"), Spanish stop words, and the
  Spanish light stemmer (plurals and gender);
- `default_search` (queries): lowercase, asciifolding, stop words, then the synonyms of
  `search/synonyms.txt` as a `synonym_graph` filter (Elasticsearch parses the rules through the
  filters before it, so "permiso de trabajo" becomes "permiso trabajo" on both sides and
  multi-word synonyms such as "carné de extranjería" / "CE" expand correctly), then the stemmer.

The settings target Elasticsearch 8.x and 9.x servers (client `elasticsearch` 9.x, backend
`wagtail.search.backends.elasticsearch9`).
"""

from search.analysis import fold, read_synonyms

INDEX_FILTERS = ["lowercase", "spanish_folding", "spanish_stop", "spanish_light_stemmer"]
SEARCH_FILTERS = [
    "lowercase",
    "asciifolding",
    "spanish_stop",
    "spanish_synonyms",
    "spanish_light_stemmer",
]


def synonym_rules(groups=None):
    """Solr-format equivalence rules; each member also appears without accents."""
    rules = []
    for group in read_synonyms() if groups is None else groups:
        members = []
        for member in group.members:
            for variant in (member.lower(), fold(member)):
                variant = variant.replace(",", " ").strip()
                if variant and variant not in members:
                    members.append(variant)
        rules.append(", ".join(members))
    return rules


def index_settings():
    """INDEX_SETTINGS for WAGTAILSEARCH_BACKENDS (deep-merged into Wagtail's own settings)."""
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "spanish_folding": {"type": "asciifolding", "preserve_original": True},
                    "spanish_stop": {"type": "stop", "stopwords": "_spanish_"},
                    "spanish_light_stemmer": {"type": "stemmer", "language": "light_spanish"},
                    "spanish_synonyms": {
                        "type": "synonym_graph",
                        "synonyms": synonym_rules(),
                        "lenient": True,
                    },
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": INDEX_FILTERS,
                    },
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": SEARCH_FILTERS,
                    },
                },
            }
        }
    }
