"""The registrations in the Wagtail admin: a list (filters, CSV/XLSX export), a detail page, the
status change, and for SIVITMA the signed contract's download.

Both viewsets are `inbox.admin_views.GroupOnlyViewSet`s: every URL (the download included)
answers 403 to anyone who may not see the registration it names (access.py); the Retorno list,
detail and export only ever hold the registrations of the user's regions.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic

from core.groups import SIVITMA_TEAM
from inbox import outbox
from inbox.admin_views import GroupOnlyViewSet, SafeExportIndexView
from inbox.models import OutboxEntry

from .access import sees_returns, sees_sivitma, visible_returns
from .records import Interest, Nationality, ReturnRegistration, SivitmaRegistration


def received_filter():
    return django_filters.DateFromToRangeFilter(label=_("received"), widget=DateRangePickerWidget)


class RegistrationInspectView(generic.InspectView):
    template_name = "registrations/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["deliveries"] = self.object.outbox.order_by("kind")
        context["retry_url_name"] = f"{self.model._meta.model_name}:retry"
        return context


def delivery_column():
    """The state of a registration's two e-mails (team and confirmation), on the list."""
    return Column("delivery", label=_("delivery"), accessor="delivery_summary")


class RegistrationViewSet(GroupOnlyViewSet):
    inspect_view_class = RegistrationInspectView
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    add_to_admin_menu = True

    def extra_urlpatterns(self):
        # `pk` in the address: the viewset's check (`allows(user, pk)`) runs before the view.
        return [path("<int:pk>/retry/<int:entry_pk>/", self.retry_delivery, name="retry")]

    def retry_delivery(self, request, pk, entry_pk):
        return retry_delivery(request, self.model, pk, entry_pk)


@require_POST
def retry_delivery(request, model, pk, entry_pk):
    """Try a failed e-mail of the registration `pk` again (inbox.outbox.retry): only an entry of
    that registration, and only for who may see it (the viewset checked `pk`)."""
    entry = get_object_or_404(
        OutboxEntry,
        pk=entry_pk,
        source_type=ContentType.objects.get_for_model(model),
        source_id=pk,
    )
    if outbox.retry(entry):
        messages.success(request, _("Delivery will be tried again."))
    else:
        messages.warning(request, _("Only failed deliveries can be tried again."))
    return redirect(f"{model._meta.model_name}:inspect", pk)


# -- SIVITMA ----------------------------------------------------------------------------------


class SivitmaFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("status"), choices=SivitmaRegistration.Status.choices
    )
    nationality = django_filters.ChoiceFilter(label=_("nationality"), choices=Nationality.choices)
    created_at = received_filter()

    class Meta:
        model = SivitmaRegistration
        fields = ["status", "nationality", "created_at"]


class SivitmaIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("outbox")


class SivitmaViewSet(RegistrationViewSet):
    model = SivitmaRegistration
    group = SIVITMA_TEAM
    icon = "doc-full"
    menu_label = _("SIVITMA registrations")
    menu_order = 252
    url_prefix = "sivitma"
    name = "sivitmaregistration"
    index_view_class = SivitmaIndexView
    filterset_class = SivitmaFilterSet
    search_fields = ["reference", "employer_name", "employer_ruc", "worker_name"]
    list_display = [
        TitleColumn("reference", label=_("reference"), url_name="sivitmaregistration:inspect"),
        DateColumn("created_at", label=_("received")),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("employer_name", label=_("employer")),
        Column("worker_name", label=_("worker")),
        Column("nationality", label=_("nationality"), accessor="get_nationality_display"),
        delivery_column(),
    ]
    list_export = [
        "reference",
        "created_at",
        "get_status_display",
        "get_submitted_by_display",
        "employer_name",
        "employer_ruc",
        "worker_name",
        "get_nationality_display",
        "get_id_document_type_display",
        "id_document_number",
        "occupation",
        "contract_start",
        "contract_end",
        "monthly_salary",
        "email",
        "observation",
        "delivery_summary",
    ]
    export_headings = {
        "get_status_display": capfirst(_("status")),
        "get_submitted_by_display": capfirst(_("registered by")),
        "get_nationality_display": capfirst(_("nationality")),
        "get_id_document_type_display": capfirst(_("identity document")),
        "delivery_summary": capfirst(_("delivery")),
    }
    export_filename = "registros-sivitma"
    form_fields = ["status", "observation"]
    inspect_view_fields = [
        "reference",
        "created_at",
        "language",
        "status",
        "observation",
        "submitted_by",
        "employer_name",
        "employer_ruc",
        "worker_name",
        "nationality",
        "id_document_type",
        "id_document_number",
        "occupation",
        "contract_start",
        "contract_end",
        "monthly_salary",
        "email",
        "consent_at",
    ]

    def allows(self, user, pk=None):
        return sees_sivitma(user)

    def extra_urlpatterns(self):
        return super().extra_urlpatterns() + [
            path("contract/<int:pk>/", download_contract, name="contract")
        ]


def download_contract(request, pk):
    """The signed contract, as an attachment never kept by a browser or proxy cache."""
    registration = get_object_or_404(SivitmaRegistration, pk=pk)
    try:
        handle = registration.contract_pdf.open("rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404("The contract file is missing.") from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{registration.reference}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


# -- Retorno Productivo -----------------------------------------------------------------------


class ReturnFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("status"), choices=ReturnRegistration.Status.choices
    )
    interest = django_filters.ChoiceFilter(label=_("interest"), choices=Interest.choices)
    created_at = received_filter()

    class Meta:
        model = ReturnRegistration
        fields = ["status", "interest", "created_at"]


class ReturnIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        queryset = (
            super()
            .get_base_queryset()
            .select_related("region", "office")
            .prefetch_related("outbox")
        )
        return visible_returns(self.request.user, queryset)


class ReturnViewSet(RegistrationViewSet):
    model = ReturnRegistration
    icon = "user"
    menu_label = _("Retorno Productivo")
    menu_order = 253
    url_prefix = "retorno"
    name = "returnregistration"
    index_view_class = ReturnIndexView
    filterset_class = ReturnFilterSet
    search_fields = ["reference", "name", "email", "occupation"]
    list_display = [
        TitleColumn("reference", label=_("reference"), url_name="returnregistration:inspect"),
        DateColumn("created_at", label=_("received")),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("name", label=_("full name")),
        Column("region", label=_("region of return")),
        Column("interest", label=_("interest"), accessor="get_interest_display"),
        delivery_column(),
    ]
    list_export = [
        "reference",
        "created_at",
        "get_status_display",
        "name",
        "email",
        "phone",
        "returned_from",
        "return_date",
        "occupation",
        "skills",
        "get_interest_display",
        "region",
        "office",
        "notes",
        "delivery_summary",
    ]
    export_headings = {
        "get_status_display": capfirst(_("status")),
        "get_interest_display": capfirst(_("interest")),
        "delivery_summary": capfirst(_("delivery")),
    }
    export_filename = "registros-retorno-productivo"
    form_fields = ["status", "notes"]
    inspect_view_fields = [
        "reference",
        "created_at",
        "language",
        "status",
        "notes",
        "name",
        "email",
        "phone",
        "returned_from",
        "return_date",
        "occupation",
        "skills",
        "interest",
        "region",
        "office",
        "consent_at",
    ]

    def allows(self, user, pk=None):
        if pk is None:
            return sees_returns(user)
        registrations = ReturnRegistration.objects.filter(pk=pk) if str(pk).isdigit() else None
        return registrations is not None and visible_returns(user, registrations).exists()

    def forbidden(self, request):
        return TemplateResponse(request, "registrations/admin/retorno_forbidden.html", status=403)
