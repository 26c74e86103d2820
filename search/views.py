from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from .tracking import record_search

MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over live public pages in the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        locale = Locale.objects.filter(language_code=get_language()).first()
        pages = Page.objects.live().public().specific()
        if locale:
            pages = pages.filter(locale=locale)
        results = pages.search(query)
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    if query and request.GET.get("page", "1") == "1":
        # Issue 7: the monthly report's top searches and searches without results.
        record_search(query, language_code=get_language(), result_count=page.paginator.count)
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": page})
