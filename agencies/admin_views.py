"""The registry in the Wagtail admin: the snippet's listing (with an "Import CSV" button), its
forms, and the CSV import view (csv_import.py). Who may use them: the snippet's model permissions,
which setup_roles grants to the national DML editors only (roles/setup.py)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .csv_import import ImportFileError, import_csv
from .registry import EmploymentAgency

MAX_FILE_BYTES = 2 * 1024 * 1024  # the help text says it, and csv_import.MAX_ROWS


def may_import(policy, user):
    """Importing adds and changes agencies: both permissions are needed."""
    return policy.user_has_permission(user, "add") and policy.user_has_permission(user, "change")


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: nombre, ruc, numero_registro, estado, vigente_desde, vigente_hasta "
            "(see the editors' guide). At most 5,000 rows and 2 MB."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB: split it."))
        return upload


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "agencies/admin/import.html"
    page_title = _("Import employment agencies")
    header_icon = "upload"
    form_class = ImportForm
    index_url_name = ""
    permission_policy = None

    def dispatch(self, request, *args, **kwargs):
        if not may_import(self.permission_policy, request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse(self.index_url_name),
                "label": EmploymentAgency._meta.verbose_name_plural,
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs_items"] = self.get_breadcrumbs_items()
        context["index_url"] = reverse(self.index_url_name)
        return context

    def form_valid(self, form):
        try:
            report = import_csv(form.cleaned_data["file"].read())
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        context = self.get_context_data(form=ImportForm(), report=report)
        return TemplateResponse(
            self.request, self.template_name, context, status=400 if report.errors else 200
        )

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class AgencyIndexView(IndexView):
    import_url_name = ""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if may_import(self.permission_policy, self.request.user):
            buttons.append(
                HeaderButton(
                    _("Import CSV"),
                    url=reverse(self.import_url_name),
                    icon_name="upload",
                )
            )
        return buttons


class EmploymentAgencyViewSet(SnippetViewSet):
    model = EmploymentAgency
    icon = "group"
    menu_label = _("Employment agencies")
    menu_order = 254
    add_to_admin_menu = True
    index_view_class = AgencyIndexView
    search_backend_name = None
    search_fields = ["name", "ruc", "registration_number"]
    list_filter = ["status"]
    list_per_page = 50
    list_display = [
        TitleColumn(
            "name", label=_("name"), url_name="wagtailsnippets_agencies_employmentagency:edit"
        ),
        Column("ruc", label=_("RUC")),
        Column("registration_number", label=_("registration number")),
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("valid_until", label=_("valid until")),
    ]
    list_export = [
        "name",
        "ruc",
        "registration_number",
        "status",
        "valid_from",
        "valid_until",
    ]
    export_filename = "agencias-de-empleo"

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    @property
    def import_view(self):
        return ImportView.as_view(
            index_url_name=self.get_url_name("list"),
            permission_policy=self.permission_policy,
            breadcrumbs_items=self.breadcrumbs_items,
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("import/", self.import_view, name="import")]
