"""Elasticsearch: generated index settings and mappings (always), a live server (when configured)."""

import os

import pytest
from django.test import override_settings

from search.backends import ELASTICSEARCH_BACKEND, search_backends
from search.elasticsearch import index_settings, synonym_rules

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


def test_elasticsearch_url_switches_the_backend():
    config = search_backends("http://search.internal:9200", index_prefix="portal_")["default"]
    assert config["BACKEND"] == ELASTICSEARCH_BACKEND == "wagtail.search.backends.elasticsearch9"
    assert config["URLS"] == ["http://search.internal:9200"]
    assert config["INDEX_PREFIX"] == "portal_"
    assert search_backends("")["default"]["BACKEND"] == "search.database"


def test_spanish_analyzers():
    analysis = index_settings()["settings"]["analysis"]
    filters, analyzers = analysis["filter"], analysis["analyzer"]
    assert filters["spanish_folding"] == {"type": "asciifolding", "preserve_original": True}
    assert filters["spanish_light_stemmer"] == {"type": "stemmer", "language": "light_spanish"}
    assert filters["spanish_synonyms"]["type"] == "synonym_graph"
    index_chain = analyzers["default"]["filter"]
    search_chain = analyzers["default_search"]["filter"]
    assert index_chain == ["lowercase", "spanish_folding", "spanish_stop", "spanish_light_stemmer"]
    assert "spanish_synonyms" in search_chain and "spanish_synonyms" not in index_chain
    assert search_chain[-1] == "spanish_light_stemmer"
    assert search_chain.index("spanish_synonyms") > search_chain.index("asciifolding")


def test_synonym_rules_come_from_the_data_file_with_accentless_variants():
    rules = synonym_rules()
    assert filters_equal(rules, index_settings()["settings"]["analysis"]["filter"])
    carne = next(rule for rule in rules if rule.startswith("carné de extranjería"))
    assert "carne de extranjeria" in carne and ", ce," in carne
    assert all("," in rule for rule in rules)


def filters_equal(rules, filters):
    return filters["spanish_synonyms"]["synonyms"] == rules


@override_settings(
    WAGTAILSEARCH_BACKENDS=search_backends("http://127.0.0.1:9", index_prefix="test_")
)
def test_wagtail_backend_merges_our_settings_and_maps_page_fields():
    from wagtail.search.backends import get_search_backend

    from content.models import CountryGuidePage

    backend = get_search_backend("default")
    analysis = backend.settings["settings"]["analysis"]
    assert "edgengram_analyzer" in analysis["analyzer"]  # Wagtail's own analyzers are kept
    assert analysis["analyzer"]["default"]["filter"][-1] == "spanish_light_stemmer"
    mapping = backend.mapping_class(CountryGuidePage).get_mapping()["properties"]
    prefix = "content_countryguidepage__"
    assert mapping[f"{prefix}work_permit"]["type"] == "text"
    assert "analyzer" not in mapping[f"{prefix}work_permit"]  # the index default (Spanish) applies
    assert mapping[f"{prefix}country_code_filter"]["type"] == "keyword"
    assert mapping["title"]["type"] == "text"


live = pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server available (none can be "
    "installed from PyPI, Debian or npm); the settings target Elasticsearch 8.x/9.x",
)


@live
@pytest.mark.django_db
def test_live_spanish_search(settings):
    from django.core.management import call_command

    from search.engine import search_pages

    settings.WAGTAILSEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL, index_prefix="test_")
    call_command("update_index", verbosity=0)
    top = [page.url for page in search_pages("visa de trabajo espana", "es").results[:3]]
    assert "/es/guias-por-pais/trabajar-en-espana/" in top
    plain = [page.pk for page in search_pages("migracion", "es").results[:5]]
    accented = [page.pk for page in search_pages("migración", "es").results[:5]]
    assert plain == accented
