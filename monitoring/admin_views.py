"""The monthly report in the Wagtail admin: pick a month, read it, export it, print it.

Only users with `monitoring.view_monthly_report` (DML editors and moderators, granted by `setup_roles`) may open any of these views; everybody else gets 403.
"""

from functools import wraps

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import exports
from .month import Month
from .report import TITLE, build_report
from .tables import report_tables

PERMISSION = "monitoring.view_monthly_report"


def report_permission_required(view):
    """403 with an explanation for admin users without the report permission.

    (Wagtail would turn a PermissionDenied into a redirect to the dashboard; a plain 403 is what
    an export link or a bookmark should get.)
    """

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return TemplateResponse(request, "monitoring/report_forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return checked


class MonthlyReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "monitoring/monthly_report.html"
    page_title = _("Monthly report")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        value = request.GET.get("month") or str(Month.of().previous())
        try:
            month = Month.parse(value)
        except ValueError as error:
            context = self.get_context_data(month_value=value[:7], error=error.args[0])
            return self.render_to_response(context, status=400)
        report = build_report(month)
        context = self.get_context_data(
            month_value=str(month),
            report=report,
            tables=report_tables(report),
            exports=[
                (_("CSV"), reverse("monthly_report:export", args=[str(month), "csv"])),
                (_("Excel (XLSX)"), reverse("monthly_report:export", args=[str(month), "xlsx"])),
                (_("Printable page"), reverse("monthly_report:print", args=[str(month)])),
            ],
        )
        return self.render_to_response(context)


def _month_or_400(value):
    try:
        return Month.parse(value), None
    except ValueError as error:
        return None, HttpResponseBadRequest(str(error.args[0]))


@report_permission_required
def export(request, month, file_format):
    month, error = _month_or_400(month)
    if error:
        return error
    report = build_report(month)
    if file_format == "csv":
        content, content_type = exports.to_csv(report), exports.CSV_CONTENT_TYPE
    else:
        content, content_type = exports.to_xlsx(report), exports.XLSX_CONTENT_TYPE
    response = HttpResponse(content, content_type=content_type)
    filename = exports.filename(report, file_format)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@report_permission_required
def printable(request, month):
    month, error = _month_or_400(month)
    if error:
        return error
    report = build_report(month)
    return render(
        request,
        "monitoring/monthly_report_print.html",
        {"report": report, "tables": report_tables(report), "title": TITLE},
    )
