"""The content-freshness panel on the Wagtail dashboard, for users who may see it (DML editors)."""

from django.conf import settings
from wagtail.admin.ui.components import Component

from .freshness import due_reviews, outdated_by_source
from .report import language_name
from .tasks import PERMISSION


class ContentFreshnessPanel(Component):
    name = "content_freshness"
    template_name = "monitoring/freshness_panel.html"
    order = 150

    def render_html(self, parent_context=None):
        if not parent_context["request"].user.has_perm(PERMISSION):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        reviews = due_reviews()
        return {
            "overdue": [item for item in reviews if item.overdue],
            "due_soon": [item for item in reviews if not item.overdue],
            "outdated": [
                (source, ", ".join(map(language_name, languages)))
                for source, languages in outdated_by_source()
            ],
            "due_soon_days": settings.FRESHNESS_DUE_SOON_DAYS,
        }
