"""The registration endpoints, under /<lang>/forms/ (the `forms` namespace, portal/urls.py).

POST /<lang>/forms/sivitma/<page id>/  → 303 to the confirmation page, or the page again with the
                                         visitor's errors (400), or 403/413/429 pages; the checks
                                         are those of every public form (inbox.views).
GET  /<lang>/forms/sivitma/<page id>/thanks/?r=<signed id>
POST /<lang>/forms/retorno/<page id>/  and its thanks/: the same for Retorno Productivo.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from inbox.views import THANKS_MAX_AGE, PublicFormView

from .offices import office_for
from .pages import ReturnPage, SivitmaPage
from .records import ReturnRegistration, SivitmaRegistration

DUPLICATE_WINDOW = timedelta(minutes=10)
MULTIPART_MARGIN = 64 * 1024  # the text fields and the multipart framing around the PDF


class RegistrationFormView(PublicFormView):
    """A registration form: stored with its outbox entries, then a confirmation page."""

    page_class = None
    model = None
    # Fields that make a second post of the same registration moments later (a double click,
    # a reload) the same registration.
    same_registration = ()

    def accepts(self, page):
        return isinstance(page, self.page_class)

    def make_form(self, data, files, page):
        return self.form_class(data, files)

    def save(self, form, page):
        fields = self.fields(form.cleaned_data)
        duplicate = (
            self.model.objects.filter(
                created_at__gte=timezone.now() - DUPLICATE_WINDOW,
                **{name: fields[name] for name in self.same_registration},
            )
            .order_by("created_at")
            .first()
        )
        if duplicate is not None:
            return duplicate
        return self.model.submit(language=get_language(), source_page=page, **fields)

    def fields(self, data):
        names = [field.name for field in self.model._meta.fields]
        return {name: value for name, value in data.items() if name in names}


class SivitmaFormView(RegistrationFormView):
    form_class = SivitmaPage.form_class
    page_class = SivitmaPage
    model = SivitmaRegistration
    scope = "sivitma"
    same_registration = ("email", "employer_ruc", "id_document_number", "contract_start")

    @property
    def max_body_bytes(self):
        return settings.SIVITMA_MAX_PDF_BYTES + MULTIPART_MARGIN

    def fields(self, data):
        fields = super().fields(data)
        # The stored name is ours: the visitor's file name may say anything.
        fields["contract_pdf"].name = f"contrato-{uuid.uuid4().hex}.pdf"
        return fields


class ReturnFormView(RegistrationFormView):
    form_class = ReturnPage.form_class
    page_class = ReturnPage
    model = ReturnRegistration
    scope = "retorno"
    same_registration = ("email", "name", "return_date", "region")

    def fields(self, data):
        fields = super().fields(data)
        fields["office"] = office_for(fields["region"])
        return fields


def thanks(request, page_id, view_class):
    """The confirmation page: the reference (and for Retorno the office to turn to)."""
    view = view_class()
    page = view.get_page(page_id)
    try:
        pk = signing.loads(request.GET.get("r", ""), salt=view.scope, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        raise Http404 from None
    registration = view.model.objects.filter(pk=pk).first()
    if registration is None:
        raise Http404
    context = {
        "page": page,
        "self": page,
        "request": request,
        "reference": registration.reference,
        "office": registration.office_contact(get_language()),
    }
    response = TemplateResponse(request, "registrations/thanks.html", context)
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)
    return response


def sivitma_thanks(request, page_id):
    return thanks(request, page_id, SivitmaFormView)


def retorno_thanks(request, page_id):
    return thanks(request, page_id, ReturnFormView)
