"""Admin sign-in: who the client is, what a locked-out client sees, and the audit log.

django-axes counts failures per (username, client address) pair and locks the pair; one address
is also locked on its own after `LOGIN_FAILURES_PER_ADDRESS` failures across all accounts (one
guess at each of many accounts). Every sign-in, failure and sign-out is also written to Wagtail's log (Reports → Site history), against the
account concerned, with the client's address.
"""

from axes.attempts import get_cool_off_threshold
from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model, user_logged_in, user_logged_out, user_login_failed
from django.db.models import Sum
from django.dispatch import receiver
from django.shortcuts import render
from wagtail.log_actions import log

from core.security.client_address import client_ip

LOGIN = "portal.login"
LOGIN_FAILED = "portal.login_failed"
LOGOUT = "portal.logout"


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out client gets (HTTP 429), in the admin's look and the visitor's language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "core/lockout.html",
        {
            "minutes": minutes,
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "address_locked": address_locked(request),
        },
        status=429,
    )


def address_locked(request):
    """Whether the client's address reached its own limit, counting failures on every account."""
    failures = AccessAttempt.objects.filter(
        ip_address=request.axes_ip_address, attempt_time__gte=get_cool_off_threshold(request)
    ).aggregate(total=Sum("failures_since_start"))["total"]
    return (failures or 0) >= settings.LOGIN_FAILURES_PER_ADDRESS


class AccountAndAddressHandler(AxesDatabaseHandler):
    """django-axes' database handler with a second, higher limit per address across accounts."""

    def get_failures(self, request, credentials=None):
        """The pair's failures, or the full limit once the address alone is over its limit."""
        if address_locked(request):
            return get_failure_limit(request, credentials)
        return super().get_failures(request, credentials)


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
