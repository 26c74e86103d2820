"""POST /<lang>/search/counted/: a search made on the published site's static search page, counted
for the monthly report as the server search counts its own (search.query_log.log_search).

The static page searches the Pagefind index in the browser, so the CMS never sees the query;
static-search.js sends it with `navigator.sendBeacon` (a form-encoded `q` and `found`, 1 when
something was found). A beacon carries no CSRF token and no cookie is involved: the endpoint is
CSRF-exempt and can do nothing but add one count, after the checks of the public forms (same
origin, body size, a per-address rate limit) and a check of the two fields. Every refusal is a
4xx with a short message in the visitor's language; the answer sets no cookie.
"""

from django.conf import settings
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http import HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from public_forms import forms_guard, guards
from search.query_log import log_search
from search.views import MAX_QUERY_LENGTH, clean_query

SCOPE = "search-count"
MAX_BODY_BYTES = 2048
FORM_TYPE = "application/x-www-form-urlencoded"
NOT_A_SEARCH = _("This address only counts the searches of the site's search page.")
RATE_LIMITED = _(
    "Many searches were counted from your connection in a short while; this one was not counted."
)


def answer(message, status, headers=None):
    """A refusal: `status` with `message` as plain text."""
    return HttpResponse(
        str(message), status=status, content_type="text/plain; charset=utf-8", headers=headers
    )


@csrf_exempt  # a beacon carries no token; the endpoint only counts (see the module docstring)
@never_cache
def search_counted(request):
    if request.method != "POST":
        return answer(NOT_A_SEARCH, 405, {"Allow": "POST"})
    if not guards.same_origin(request):
        return answer(forms_guard.FOREIGN_ORIGIN, 403)
    if guards.body_too_large(request, MAX_BODY_BYTES):
        return answer(forms_guard.TOO_LARGE, 413)
    if request.content_type != FORM_TYPE:
        return answer(NOT_A_SEARCH, 415)
    wait = guards.over_rate_limit(request, SCOPE, settings.SEARCH_COUNT_RATE_LIMIT)
    if wait is not None:
        return answer(RATE_LIMITED, 429, {"Retry-After": str(wait)})
    try:
        raw, found = request.POST.get("q", ""), request.POST.get("found")
    except (MultiPartParserError, SuspiciousOperation, BadRequest):
        return answer(NOT_A_SEARCH, 400)
    query = clean_query(raw)
    if not query or found not in ("0", "1"):
        return answer(NOT_A_SEARCH, 400)
    if len(query) > MAX_QUERY_LENGTH:
        message = _("Your search is too long. Please use at most %(limit)s characters.")
        return answer(message % {"limit": MAX_QUERY_LENGTH}, 400)
    log_search(query, found == "1")
    return HttpResponse(status=204)
