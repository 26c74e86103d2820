"""Wagtail admin registrations of the content app."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

import content.translation_views  # noqa: F401  (wagtail-localize's views under the editing rules)
from content.monitoring import admin_urls as monthly_report_urls
from content.monitoring.admin_views import PERMISSION as REPORT_PERMISSION
from content.monitoring.panels import ContentFreshnessPanel


# --- Issue 7: monitoring (monthly report, content-freshness dashboard panel) ---------------------
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


# --- end issue 7 ---------------------------------------------------------------------------------
