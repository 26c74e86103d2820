"""Running a visitor's search: analysis, filters, the backend query, fallbacks and facet counts.

The view, the relevance test and the benchmark all search through `search_pages`, so what is
measured is what visitors get.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

from search.analysis import AnalysedQuery, analyse_query, base_language
from search.backends import analyses_in_python
from search.facets import active_facets

SOURCE_LANGUAGE = "es"


@dataclass
class SearchOutcome:
    query: str
    language: str  # the language of the pages found
    analysed: AnalysedQuery
    results: object = None  # the backend's lazy, relevance-ordered results
    ids: list = field(default_factory=list)
    relaxed: bool = False  # no page had every word: pages with some of them
    facets: list = field(default_factory=list)  # [(facet, [FacetValue])]

    @property
    def total(self):
        return len(self.ids)


def live_pages(language):
    locale = Locale.objects.filter(language_code=language).first()
    return Page.objects.live().public().filter(locale=locale).specific(), locale


def backend_query(words, operator):
    return PlainText(" ".join(words), operator=operator)


def _matching_ids(results):
    return [int(pk) for pk in results.facet("id").keys()]


def _search(pages, query, analysed):
    """(results, ids, relaxed) for one language's pages."""
    if analyses_in_python():
        strict, loose = analysed.required, analysed.optional
    else:  # Elasticsearch analyses the visitor's words itself
        strict = loose = tuple(query.split())
    results = pages.search(backend_query(strict, "and"))
    ids = _matching_ids(results)
    if ids or len(loose) < 2:
        return results, ids, False
    results = pages.search(backend_query(loose, "or"))
    return results, _matching_ids(results), True


def search_pages(query, language, filters=None):
    """Search live pages in `language`; if nothing matches (and no filter is set), in Spanish.

    `filters`: {facet name: value}; raises `search.facets.UnknownFacetValue` for a value that
    does not exist.
    """
    language = base_language(language)
    filters = filters or {}
    outcome = None
    candidates = [language] if filters else [language, SOURCE_LANGUAGE]
    for candidate in dict.fromkeys(candidates):
        analysed = analyse_query(query, candidate)
        pages, locale = live_pages(candidate)
        for facet in active_facets():
            if filters.get(facet.name):
                pages = facet.filter(pages, filters[facet.name], locale)
        outcome = SearchOutcome(query, candidate, analysed)
        if not analysed:
            return outcome
        outcome.results, outcome.ids, outcome.relaxed = _search(pages, query, analysed)
        if outcome.ids:
            outcome.facets = facet_counts(outcome.ids, locale, filters)
            return outcome
    return outcome


def facet_counts(ids, locale, filters):
    from search.facets import FacetValue

    matches = list(Page.objects.filter(id__in=ids).values_list("id", "path", "content_type_id"))
    counted = []
    for facet in active_facets():
        values = [
            FacetValue(value, label, count, selected=filters.get(facet.name) == value)
            for value, label, count in facet.values(matches, locale)
        ]
        if values:
            counted.append((facet, values))
    return counted
