"""Wagtail admin registrations of monitoring: the monthly report and the content-freshness panel."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from monitoring import admin_urls as monthly_report_urls
from monitoring.admin_views import PERMISSION as REPORT_PERMISSION
from monitoring.panels import ContentFreshnessPanel


class MonthlyReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_monthly_report_urls():
    return [path("monthly-report/", include(monthly_report_urls))]


@hooks.register("register_reports_menu_item")
def register_monthly_report_menu_item():
    return MonthlyReportMenuItem(
        _("Monthly report"),
        reverse("monthly_report:index"),
        name="monthly-report",
        icon_name="table",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_content_freshness_panel(request, panels):
    panels.append(ContentFreshnessPanel())
