"""The look-up endpoints, under /<lang>/forms/ (the `forms` namespace, portal/urls.py), and the
registry file the published pages search.

GET  /<lang>/forms/agencias/<page id>/?q=…  → the "¿Es segura esta oferta?" page with the answer
                                             (200), or with what to correct (400), or 429 when
                                             one address looks up too often; counted (server).
POST /<lang>/forms/agencias/count/          → 204: one look-up answered in the browser, counted
                                             (result=<answer> only; same origin, rate limited).
GET  /agencias-de-empleo.json               → the registry (lookup.registry_file), which every
                                             publish writes as a file (publishing.extras).
"""

from django.conf import settings
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http import Http404, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from public_forms import forms_guard, guards

from .counts import Channel, count_lookup
from .lookup import BadQuery, Result, look_up, registry_file
from .pages import OfferCheckPage

SCOPE = "agency-lookup"
BEACON_SCOPE = "agency-count"
RATE_LIMITED = _(
    "You have made many look-ups in a short while. Please wait a few minutes and try again."
)
UNKNOWN_RESULT = _("This address only counts look-ups made on the “Is this offer safe?” page.")
POST_ONLY = _("This address only receives look-up counts.")


def check_page(page_id):
    """The live look-up page `page_id` in the visitor's language (404 otherwise)."""
    if page_id >= 2**63:  # beyond any database integer
        raise Http404
    page = (
        OfferCheckPage.objects.live()
        .public()
        .filter(pk=page_id, locale__language_code=get_language())
        .first()
    )
    if page is None:
        raise Http404
    return page


@require_GET
def lookup(request, page_id):
    page = check_page(page_id)
    query = request.GET.get("q")
    context = page.get_context(request)
    context["query"] = query or ""
    status = 200
    retry_after = guards.over_rate_limit(request, SCOPE, settings.AGENCY_LOOKUP_RATE_LIMIT)
    if retry_after is not None:
        status = 429
        context["lookup_error"] = RATE_LIMITED
    else:
        try:
            context["answer"] = look_up(query)
        except BadQuery as problem:
            status = 400
            context["lookup_error"] = problem.args[0]
        else:
            count_lookup(context["answer"].result, Channel.SERVER)
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)
    return response


@csrf_exempt  # a static page carries no CSRF token: origin and rate are checked instead
def count(request):
    """The published page's script reports the answer it showed (navigator.sendBeacon)."""
    if request.method != "POST":
        response = refuse(forms_guard.Refusal(405, POST_ONLY))
        response["Allow"] = "POST"
        return response
    if not guards.same_origin(request):
        return refuse(forms_guard.Refusal(403, forms_guard.FOREIGN_ORIGIN))
    if guards.body_too_large(request, limit=1024):
        return refuse(forms_guard.Refusal(413, forms_guard.TOO_LARGE))
    retry_after = guards.over_rate_limit(request, BEACON_SCOPE, settings.AGENCY_LOOKUP_RATE_LIMIT)
    if retry_after is not None:
        return refuse(forms_guard.Refusal(429, RATE_LIMITED, retry_after=retry_after))
    try:
        result = request.POST.get("result")
    except (MultiPartParserError, SuspiciousOperation, BadRequest):
        result = None
    if result not in Result.ALL:
        return refuse(forms_guard.Refusal(400, UNKNOWN_RESULT))
    count_lookup(result, Channel.BROWSER)
    response = HttpResponse(status=204)
    add_never_cache_headers(response)
    return response


def refuse(refusal):
    response = JsonResponse({"error": str(refusal.message)}, status=refusal.status)
    if refusal.retry_after:
        response["Retry-After"] = str(refusal.retry_after)
    add_never_cache_headers(response)
    return response


@require_GET
def registry(request):
    return JsonResponse(registry_file(), json_dumps_params={"ensure_ascii": False})
