"""Content-Security-Policy: strict for the public site, relaxed for the admin paths only."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with `ADMIN_CONTENT_SECURITY_POLICY` under `ADMIN_PATH_PREFIXES`.

    Wagtail's admin relies on inline scripts and styles and frames its own previews; public pages
    never do. A preview is the public page rendered through a dummy request (`is_dummy`) and
    shown in an admin frame: it keeps the public policy, but the admin may frame it. Views that
    set their own policy (document serving, per-view decorators) keep it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(tuple(settings.ADMIN_PATH_PREFIXES)):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        elif getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
