from django.conf import settings
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from core.security import login


class _SignInFormatter(LogFormatter):
    def format_message(self, log_entry):
        return self.message % {"ip": log_entry.data.get("ip") or "?"}


@hooks.register("register_log_actions")
def register_login_actions(actions):
    @actions.register_action(login.LOGIN)
    class Login(_SignInFormatter):
        label = gettext_lazy("Sign-in")
        message = gettext_lazy("Signed in from %(ip)s")

    @actions.register_action(login.LOGIN_FAILED)
    class LoginFailed(_SignInFormatter):
        label = gettext_lazy("Failed sign-in")
        message = gettext_lazy("Failed sign-in from %(ip)s")

    @actions.register_action(login.LOGOUT)
    class Logout(_SignInFormatter):
        label = gettext_lazy("Sign-out")
        message = gettext_lazy("Signed out from %(ip)s")


@hooks.register("before_serve_document")
def refuse_types_outside_allow_list(document, request):
    """A document stored before the allow-list (or behind the forms' back) is never served."""
    if document.file_extension.lower() not in settings.WAGTAILDOCS_EXTENSIONS:
        return HttpResponseForbidden(
            _("This type of file is not served."), content_type="text/plain; charset=utf-8"
        )
