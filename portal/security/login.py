"""Admin sign-in: who the client is, what a locked-out client sees, and the audit log.

django-axes counts failures per (username, client address) pair and locks the pair; every sign-in,
failure and sign-out is also written to Wagtail's log (Reports → Site history), against the
account concerned, with the client's address.
"""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth import get_user_model, user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.shortcuts import render
from wagtail.log_actions import log

LOGIN = "portal.login"
LOGIN_FAILED = "portal.login_failed"
LOGOUT = "portal.logout"


def client_ip(request):
    """The visitor's address: from `CLIENT_IP_HEADER` when a trusted proxy sets it."""
    header = settings.CLIENT_IP_HEADER
    if header:
        key = "HTTP_" + header.upper().replace("-", "_")
        value = request.META.get(key, "").split(",")[0].strip()
        if value:
            return value
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out client gets (HTTP 429), in the admin's look and the visitor's language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "portal/lockout.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )


def _log(user, action, request, **data):
    if request is not None:
        data["ip"] = client_ip(request)
    log(instance=user, action=action, user=user if action != LOGIN_FAILED else None, data=data)


@receiver(user_logged_in, dispatch_uid="portal_log_login")
def log_login(sender, request, user, **kwargs):
    _log(user, LOGIN, request)


@receiver(user_logged_out, dispatch_uid="portal_log_logout")
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        _log(user, LOGOUT, request)


@receiver(user_login_failed, dispatch_uid="portal_log_login_failed")
def log_login_failed(sender, credentials, request=None, **kwargs):
    """Logged against the account when it exists; unknown names are only in django-axes' records."""
    User = get_user_model()
    username = credentials.get(User.USERNAME_FIELD) or credentials.get("username")
    if not username:
        return
    user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
    if user is not None:
        _log(user, LOGIN_FAILED, request, locked=bool(getattr(request, "axes_locked_out", False)))


class RequestAxesBackend(AxesStandaloneBackend):
    """django-axes' lock check for every sign-in made through a request (all login views).

    Authentication without a request (management commands, scripts) cannot be brute-forced from
    outside and is left to the next backend instead of raising.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
