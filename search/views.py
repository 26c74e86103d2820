"""The public search page, /<lang>/search/: GET only, works without JavaScript, never a 500."""

import unicodedata

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale

from search.analysis import fold
from search.engine import search_pages
from search.facets import UnknownFacetValue, active_facets
from search.query_log import log_search
from search.snippets import highlight, page_text

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Whitespace collapsed, control characters (NUL included) removed."""
    text = "".join(" " if unicodedata.category(char)[0] == "C" else char for char in raw)
    return " ".join(text.split())


class CountedResults:
    """Lets Paginator slice the backend's results without a second COUNT query."""

    def __init__(self, results, total):
        self.results, self.total = results, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        return list(self.results[key]) if self.results is not None else []


def promotions_for(query, language):
    """Editors' picks for this query (accents and capitals ignored), in the visitor's language."""
    key = fold(query)
    locale = Locale.objects.filter(language_code=language).first()
    picks = []
    for pick in SearchPromotion.objects.select_related("query", "page").order_by("sort_order"):
        if fold(pick.query.query_string) != key:
            continue
        if pick.page_id:
            page = pick.page.get_translation_or_none(locale) if locale else None
            page = page or pick.page
            if not page.live:
                continue
            picks.append({"title": page.title, "url": page.url, "description": pick.description})
        else:
            picks.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return picks


def describe(page, outcome, request):
    ancestors = [
        {"title": ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in page.get_ancestors().filter(depth__gt=2).specific()
    ]
    return {
        "page": page,
        "url": page.get_url(request),
        "breadcrumbs": ancestors,
        "snippet": highlight(page_text(page), outcome.analysed.highlight, outcome.language),
        "language_code": outcome.language,
        "language_name": settings.PORTAL_LANGUAGE_NAMES.get(outcome.language, outcome.language),
    }


def facet_url(request, name, value):
    """The current search with facet `name` set to `value` (or removed), back on page 1."""
    params = request.GET.copy()
    params.pop("page", None)
    if value is None:
        params.pop(name, None)
    else:
        params[name] = value
    return f"?{params.urlencode()}"


@require_safe
def search(request):
    language = get_language()
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    filters = {
        facet.name: clean_query(request.GET.get(facet.name, ""))[:100]
        for facet in active_facets()
        if clean_query(request.GET.get(facet.name, ""))
    }
    context = {"search_query": query[:MAX_QUERY_LENGTH], "filters": filters}

    if len(query) > MAX_QUERY_LENGTH:
        context["error"] = _(
            "Your search is too long. Please use at most %(limit)s characters."
        ) % {"limit": MAX_QUERY_LENGTH}
        return TemplateResponse(request, "search/search.html", context, status=400)
    if not query:
        return TemplateResponse(request, "search/search.html", context)

    try:
        outcome = search_pages(query, language, filters)
    except UnknownFacetValue as error:
        context["error"] = _("The filter “%(value)s” does not exist. Remove it and try again.") % {
            "value": error.value
        }
        return TemplateResponse(request, "search/search.html", context, status=400)

    results = Paginator(CountedResults(outcome.results, outcome.total), RESULTS_PER_PAGE)
    page = results.get_page(request.GET.get("page"))
    first_page = page.number == 1
    if first_page and not filters:
        log_search(query, outcome.total > 0)
    for facet, values in outcome.facets:
        for value in values:
            value.url = facet_url(request, facet.name, None if value.selected else value.value)
    context.update(
        outcome=outcome,
        results=page,
        items=[describe(result, outcome, request) for result in page.object_list],
        promotions=promotions_for(query, language) if first_page else [],
        other_language=outcome.language != language,
        facets=outcome.facets,
    )
    return TemplateResponse(request, "search/search.html", context)
