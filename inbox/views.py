"""Dynamic endpoints of the public forms, under /<lang>/forms/ (see portal/urls.py).

POST /<lang>/forms/contact/<page id>/  → 303 to the thank-you page, or the contact page again
                                          with the visitor's errors (400), or 403/413/429 pages.
GET  /<lang>/forms/contact/<page id>/thanks/?r=<signed reference>
POST /<lang>/forms/voice/<page id>/    → the same for "La voz del migrante".
GET  /<lang>/forms/ticket.css          → the form ticket (ticket.py).
"""

from django.core import signing
from django.core.exceptions import BadRequest, RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpResponseRedirect
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from public_forms import guards, ticket

from . import outbox
from .forms import ContactForm, VoiceForm
from .mail import mailbox_address
from .models import ContactMessage, MigrantVoice

THANKS_MAX_AGE = 24 * 60 * 60


def _no_store(response):
    add_never_cache_headers(response)
    return response


def _page_context(page, request):
    return {"page": page, "self": page, "request": request}


@method_decorator(csrf_exempt, name="dispatch")
class PublicFormView(View):
    """Shared flow of the public forms. Subclasses say which pages carry the form and what to store.

    Order of checks: page exists in this language (404), same origin (403), body size (413),
    rate limit (429), then the form and its ticket (400 with the page re-rendered).
    """

    form_class = None
    form_context_name = "form"
    scope = ""  # rate-limit bucket and URL name
    max_body_bytes = None  # FORMS_MAX_BODY_BYTES unless the form takes a file
    http_method_names = ["get", "post"]

    def get_page(self, page_id):
        if page_id >= 2**63:  # beyond any database integer
            raise Http404
        page = (
            Page.objects.live()
            .public()
            .filter(pk=page_id, locale__language_code=get_language())
            .specific()
            .first()
        )
        if page is None or not self.accepts(page):
            raise Http404
        return page

    def accepts(self, page):
        raise NotImplementedError

    def save(self, form, page):
        raise NotImplementedError

    def get(self, request, page_id):
        """Someone followed the form's address: send them to the page that has the form."""
        return HttpResponseRedirect(self.get_page(page_id).url)

    def post(self, request, page_id):
        page = self.get_page(page_id)
        if not guards.same_origin(request):
            return self.refuse(request, page, "inbox/refused.html", 403)
        if guards.body_too_large(request, self.max_body_bytes):
            return self.refuse(request, page, "inbox/too_large.html", 413)
        retry_after = guards.over_rate_limit(request, self.scope)
        try:
            data, files = request.POST, request.FILES
        except RequestDataTooBig:
            return self.refuse(request, page, "inbox/too_large.html", 413)
        except (SuspiciousOperation, BadRequest, MultiPartParserError):
            return self.refuse(request, page, "inbox/unreadable.html", 400)
        form = self.make_form(data, files, page)
        if retry_after is not None:
            form.is_valid()
            return self.render_form(request, page, form, status=429, retry_after=retry_after)
        problem = ticket.problem(request)
        if not form.is_valid() or problem:
            if problem:
                form.add_error(None, str(problem) % {"mailbox": mailbox_address()})
            return self.render_form(request, page, form, status=400)
        entry = self.save(form, page)
        thanks = reverse(f"forms:{self.scope}_thanks", args=[page.pk])
        token = signing.dumps(self.thanks_token(entry), salt=self.scope)
        response = HttpResponseRedirect(f"{thanks}?r={token}", status=303)
        return _no_store(response)

    def make_form(self, data, files, page):
        return self.form_class(data)

    def thanks_token(self, entry):
        return entry.pk

    def render_form(self, request, page, form, status, retry_after=None):
        context = page.get_context(request)
        context[self.form_context_name] = form
        context["rate_limited_minutes"] = -(-retry_after // 60) if retry_after else None
        response = TemplateResponse(request, page.get_template(request), context, status=status)
        if retry_after:
            response["Retry-After"] = str(retry_after)
        return _no_store(response)

    def refuse(self, request, page, template, status):
        context = _page_context(page, request)
        return _no_store(TemplateResponse(request, template, context, status=status))


class ContactFormView(PublicFormView):
    form_class = ContactForm
    scope = "contact"

    def accepts(self, page):
        return getattr(page, "carries_contact_form", False)  # ContactPage

    def save(self, form, page):
        data = form.cleaned_data
        duplicate = ContactMessage.recent_duplicate(data["email"], data["subject"], data["text"])
        if duplicate is not None:
            return duplicate
        return outbox.submit_message(
            language=get_language(),
            source_page=page,
            name=data["name"],
            email=data["email"],
            country=data["country"],
            line=data["line"],
            subject=data["subject"],
            text=data["text"],
        )

    def thanks_token(self, entry):
        return entry.reference


class VoiceFormView(PublicFormView):
    """'La voz del migrante': any live page whose body holds the voice form block."""

    form_class = VoiceForm
    form_context_name = "voice_form"
    scope = "voice"

    def accepts(self, page):
        body = getattr(page, "body", None)
        return body is not None and any(block.block_type == "voice_form" for block in body)

    def save(self, form, page):
        data = form.cleaned_data
        return MigrantVoice.objects.create(
            language=get_language(),
            source_page=page,
            country=data["country"],
            city=data["city"],
            kind=data["kind"],
            text=data["text"],
            may_publish=data["may_publish"],
        )


def _thanks(request, page_id, view_class, template):
    view = view_class()
    page = view.get_page(page_id)
    try:
        token = signing.loads(request.GET.get("r", ""), salt=view.scope, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        raise Http404 from None
    context = _page_context(page, request)
    context["reference"] = token if view.scope == "contact" else None
    response = TemplateResponse(request, template, context)
    response["X-Robots-Tag"] = "noindex"
    return _no_store(response)


def contact_thanks(request, page_id):
    return _thanks(request, page_id, ContactFormView, "inbox/thanks.html")


def voice_thanks(request, page_id):
    return _thanks(request, page_id, VoiceFormView, "inbox/voice_thanks.html")
