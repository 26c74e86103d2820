from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

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
    context = {"search_query": query, "results": page}
    if "q" in request.GET and not query:
        # The form was sent empty: say so next to the field (components/search_form.html).
        context["search_error"] = _("Type one or more words to search.")
        return TemplateResponse(request, "search/search.html", context, status=400)
    return TemplateResponse(request, "search/search.html", context)
