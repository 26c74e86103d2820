"""The form ticket: when was the form shown? Works for static pages and without JavaScript.

A published page cannot carry a CSRF token or a timestamp of its own, so every page with a public
form links a tiny stylesheet, `/<lang>/forms/ticket.css`, served by the CMS with
`Cache-Control: no-store`. Its response sets a signed, HttpOnly, `SameSite=Strict` cookie holding
the moment the form was shown, limited to the `/<lang>/forms/` path. The form endpoint then
requires that ticket (signature valid, not older than FORMS_TICKET_MAX_AGE, at least
FORMS_MIN_FILL_SECONDS old). A page on another site can neither read nor send the cookie.
"""

import time

from django.conf import settings
from django.core import signing
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

COOKIE_NAME = "infomigra_form"
SALT = "inbox.ticket"
# Clocks of several CMS processes may differ slightly.
FUTURE_TOLERANCE = 5

MISSING = _(
    "We could not confirm that this form was filled in on our website. Make sure your browser "
    "accepts cookies from this site, then send the form again. You can also write to us at "
    "%(mailbox)s."
)
EXPIRED = _("The form was open for a long time. Please check your details and send it again.")
TOO_FAST = _("The form was sent very quickly. Please check your details and send it again.")


def sign(shown_at):
    """The cookie value for a form shown at `shown_at` (seconds since the epoch).

    A `TimestampSigner` value whose signature is dated `shown_at` too, so that the maximum age is
    checked by Django's signing code.
    """
    value = f"{shown_at:.3f}:{signing.b62_encode(int(shown_at))}"
    return signing.Signer(salt=SALT).sign(value)


def cookie_path(language=None):
    return f"/{language or get_language()}/forms/"


def ticket_css(request):
    """GET /<lang>/forms/ticket.css: an empty stylesheet that hands out a ticket.

    A visitor who holds a ticket younger than half its lifetime keeps it: another form on the
    same page (the "was this page useful?" box below a registration form), a second tab or a
    reload asks again, and a new ticket would make the form being filled in look as if it had
    just been shown ("sent very quickly")."""
    response = HttpResponse("/* Perú Infomigra form ticket */\n", content_type="text/css")
    add_never_cache_headers(response)
    if not _holds_recent_ticket(request):
        response.set_cookie(
            COOKIE_NAME,
            sign(time.time()),
            max_age=settings.FORMS_TICKET_MAX_AGE,
            path=cookie_path(),
            secure=request.is_secure(),
            httponly=True,
            samesite="Strict",
        )
    return response


def _shown_at(value):
    """When the form of a ticket was shown; raises BadSignature (SignatureExpired included) or
    ValueError when `value` is not a valid ticket."""
    signer = signing.TimestampSigner(salt=SALT)
    return float(signer.unsign(value, max_age=settings.FORMS_TICKET_MAX_AGE))


def _holds_recent_ticket(request):
    try:
        age = time.time() - _shown_at(request.COOKIES.get(COOKIE_NAME) or "")
    except (signing.BadSignature, ValueError):
        return False
    return -FUTURE_TOLERANCE <= age < settings.FORMS_TICKET_MAX_AGE / 2


def problem(request, now=None):
    """None when the request carries a valid ticket old enough; else the message to show."""
    value = request.COOKIES.get(COOKIE_NAME)
    if not value:
        return MISSING
    try:
        shown_at = _shown_at(value)
    except signing.SignatureExpired:
        return EXPIRED
    except (signing.BadSignature, ValueError):
        return MISSING
    elapsed = (time.time() if now is None else now) - shown_at
    if elapsed < -FUTURE_TOLERANCE:
        return MISSING
    if elapsed < settings.FORMS_MIN_FILL_SECONDS:
        return TOO_FAST
    return None
