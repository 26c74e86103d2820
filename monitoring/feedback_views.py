"""POST /<lang>/forms/feedback/: stores a vote from any page, static or not, with or without JS.

Without JavaScript the browser posts the form and is sent back to the page (303) at
`#feedback-thanks`, which the stylesheet reveals with `:target`. The progressive enhancement
(themes/js/page-feedback.js) posts the same form with `Accept: application/json` and gets JSON.
Every refusal is a 4xx with a message in the visitor's language, as a page or as JSON.
"""

from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http import HttpResponseRedirect, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from public_forms import forms_guard

from .feedback import FeedbackForm

SCOPE = "feedback"
THANKS = _("Thank you! Your opinion helps us improve this page.")
POST_ONLY = _("This address only receives the “Was this page useful?” form.")
UNREADABLE = _("We could not read what you sent. Please try again from the page.")


def wants_json(request):
    return request.headers.get("Accept", "").startswith("application/json")


@csrf_exempt  # a static page carries no CSRF token: forms_guard checks origin and ticket instead
@never_cache
def feedback(request):
    if request.method != "POST":
        response = refuse(request, forms_guard.Refusal(405, POST_ONLY))
        response["Allow"] = "POST"
        return response
    refusal = forms_guard.check(request, SCOPE)
    if refusal is not None:
        return refuse(request, refusal)
    try:
        form = FeedbackForm(request.POST)
    except (MultiPartParserError, SuspiciousOperation, BadRequest):
        return refuse(request, forms_guard.Refusal(400, UNREADABLE))
    if not form.is_valid():
        refusal = forms_guard.Refusal(400, form.first_error())
        return refuse(request, refusal, back_url=_page_url(request, form.data.get("page")))
    form.save()
    if wants_json(request):
        return JsonResponse({"message": str(THANKS)})
    page_url = form.cleaned_data["page"].get_url(request)
    return HttpResponseRedirect(f"{page_url}#feedback-thanks", status=303)


def refuse(request, refusal, back_url=None):
    if wants_json(request):
        response = JsonResponse({"error": str(refusal.message)}, status=refusal.status)
    else:
        response = TemplateResponse(
            request,
            "monitoring/feedback_refused.html",
            {"message": refusal.message, "back_url": back_url},
            status=refusal.status,
        )
    if refusal.retry_after:
        response["Retry-After"] = str(refusal.retry_after)
    return response


def _page_url(request, page_id):
    """The URL of the rated page when the post named a live one (never a URL from the request)."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().public().filter(pk=page_id, depth__gt=1).first()
    return page.get_url(request) if page else None
