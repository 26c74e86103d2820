"""Running a visitor's search: analysis, filters, the backend query, fallbacks and facet counts.

The view, the relevance test and the benchmark all search through `search_pages`, so what is
measured is what visitors get.
"""

from dataclasses import dataclass, field

from django.db.models import Count
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

from search.analysis import AnalysedQuery, analyse_query, base_language
from search.backends import analyses_in_python
from search.facets import FacetValue, active_facets

SOURCE_LANGUAGE = "es"


@dataclass
class SearchOutcome:
    query: str
    language: str  # the language of the pages found
    analysed: AnalysedQuery
    results: object = None  # the backend's lazy, relevance-ordered results
    matches: list = field(default_factory=list)  # {facet column: value, "count": pages}
    relaxed: bool = False  # no page had every word: pages with some of them
    facets: list = field(default_factory=list)  # [(facet, [FacetValue])]

    @property
    def total(self):
        return sum(row["count"] for row in self.matches)


def live_pages(language):
    locale = Locale.objects.filter(language_code=language).first()
    return Page.objects.live().public().filter(locale=locale).specific(), locale


def backend_query(words, operator):
    return PlainText(" ".join(words), operator=operator)


def facet_columns(locale):
    """{column name: expression over Page} of every active facet (search.facets)."""
    columns = {}
    for facet in active_facets():
        columns.update(facet.columns(locale))
    return columns


def _matches(pages, query, results, locale):
    """The pages matching `query` counted by every combination of facet columns (search.facets),
    in one query: thousands of matching ids never travel through Python. On SQLite the ranked
    `results` count their matches themselves, in the same pass that ranks them."""
    if hasattr(results, "count_by"):  # search.sqlite_ranking
        return results.count_by(facet_columns(locale))
    unranked = pages.search(query, order_by_relevance=False)
    if hasattr(unranked, "get_queryset"):  # modelsearch's database backends
        matches = unranked.get_queryset().order_by()
    else:
        matches = Page.objects.filter(id__in=[int(pk) for pk in unranked.facet("id")])
    return list(matches.values(**facet_columns(locale)).annotate(count=Count("pk")))


def _search(pages, query, analysed, locale):
    """(results, matches, relaxed) for one language's pages: pages with every word, or if there
    are none, pages with some of them."""
    if analyses_in_python():
        strict, loose = analysed.required, analysed.optional
    else:  # Elasticsearch analyses the visitor's words itself
        strict = loose = tuple(query.split())
    attempts = [(strict, "and")] + ([(loose, "or")] if len(loose) > 1 else [])
    for words, operator in attempts:
        words_query = backend_query(words, operator)
        results = pages.search(words_query)
        matches = _matches(pages, words_query, results, locale)
        if matches:
            break
    return results, matches, operator == "or"


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
        outcome.results, outcome.matches, outcome.relaxed = _search(pages, query, analysed, locale)
        if outcome.matches:
            outcome.facets = facet_counts(outcome.matches, locale, filters)
            return outcome
    return outcome


def facet_counts(matches, locale, filters):
    counted = []
    for facet in active_facets():
        values = [
            FacetValue(value, label, count, selected=filters.get(facet.name) == value)
            for value, label, count in facet.values(matches, locale)
        ]
        if values:
            counted.append((facet, values))
    return counted
