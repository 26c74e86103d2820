from django.urls import path, re_path

from . import admin_views

app_name = "monthly_report"

urlpatterns = [
    path(
        "",
        admin_views.report_permission_required(admin_views.MonthlyReportView.as_view()),
        name="index",
    ),
    re_path(
        r"^(?P<month>\d{4}-\d{2})\.(?P<file_format>csv|xlsx)$",
        admin_views.export,
        name="export",
    ),
    re_path(r"^(?P<month>\d{4}-\d{2})/print/$", admin_views.printable, name="print"),
]
