"""Anti-abuse for the public forms that static pages post to the CMS (`/<lang>/forms/...`).

A published page is a static file: it cannot carry a CSRF token or anything per visitor. So the
form endpoints are exempt from Django's CSRF middleware and `check()` replaces it:

1. **Origin:** the POST must come from one of our origins (`Origin`, or `Referer` from browsers
   that send no `Origin`); `Origin: null`, neither header, or `Sec-Fetch-Site: cross-site` is refused.
2. **Size:** bodies over `FORMS_MAX_BODY_BYTES` are refused before they are parsed.
3. **Rate:** at most `FORMS_RATE_LIMIT` posts per form and client address in a fixed window, counted
   in the `FORMS_CACHE_ALIAS` cache (shared by every process). The key holds an HMAC of the
   address; the address itself is never stored anywhere.
4. **Ticket:** every page with a form links `/<lang>/forms/ticket.css`, an empty stylesheet served
   by the CMS with `no-store`; the response sets a signed, HttpOnly, `SameSite=Strict` cookie
   holding when the form was shown, limited to `/<lang>/forms/`. The POST must bring it back, at
   least `FORMS_MIN_FILL_SECONDS` and at most `FORMS_TICKET_MAX_AGE` old. Another site can neither
   read nor send that cookie; a bot that never loaded the page has none.

The honeypot is a form field (`HoneypotField`), checked with the rest of the form.

Issue 4 (the contact form) builds the same mechanism with the same setting names, cookie and URL;
at merge the two become one module (see the README, "Page feedback").
"""

import hashlib
import hmac
import logging
import math
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

TICKET_COOKIE = "infomigra_form"
TICKET_SALT = "content.contact.ticket"  # issue 4's: one ticket serves every public form
# Clocks of several CMS processes may differ slightly.
FUTURE_TOLERANCE = 5

FOREIGN_ORIGIN = _("This form can only be sent from the Perú Infomigra website.")
TOO_LARGE = _("What you sent is too long. Please shorten it and try again.")
RATE_LIMITED = _(
    "You have sent this form many times in a short while. Please wait a few minutes and try again."
)
TICKET_MISSING = _(
    "We could not confirm that this form was filled in on our website. Make sure your browser "
    "accepts cookies from this site, then send the form again."
)
TICKET_EXPIRED = _(
    "The form was open for a long time. Please check your details and send it again."
)
TOO_FAST = _("The form was sent very quickly. Please check your details and send it again.")


@dataclass(frozen=True)
class Refusal:
    """Why a POST was refused: the HTTP status and a message in the visitor's language."""

    status: int
    message: str
    retry_after: int | None = None


def check(request, scope):
    """None when the POST to the form `scope` may be processed; otherwise a `Refusal`."""
    if not same_origin(request):
        return Refusal(403, FOREIGN_ORIGIN)
    if body_too_large(request):
        return Refusal(413, TOO_LARGE)
    wait = over_rate_limit(request, scope)
    if wait is not None:
        return Refusal(429, RATE_LIMITED, retry_after=wait)
    problem = ticket_problem(request)
    if problem is not None:
        return Refusal(400, problem)
    return None


# -- origin ---------------------------------------------------------------------------------------
def _origin_of(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def allowed_origins(request):
    own = _origin_of(request.build_absolute_uri("/"))
    return {own, *(origin.lower().rstrip("/") for origin in settings.CSRF_TRUSTED_ORIGINS)}


def same_origin(request):
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is not None:
        source = None if origin == "null" else _origin_of(origin)
    else:
        referer = request.headers.get("Referer")
        source = _origin_of(referer) if referer else None
    return source is not None and source in allowed_origins(request)


def body_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > settings.FORMS_MAX_BODY_BYTES


# -- rate limit -----------------------------------------------------------------------------------
def client_ip(request):
    """REMOTE_ADDR, or the address FORMS_TRUSTED_PROXIES reverse proxies put in X-Forwarded-For."""
    proxies = settings.FORMS_TRUSTED_PROXIES
    if proxies:
        forwarded = request.headers.get("X-Forwarded-For", "").split(",")
        hops = [hop.strip() for hop in forwarded if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_key(scope, request):
    digest = hmac.new(
        settings.SECRET_KEY.encode(), client_ip(request).encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"forms:rate:{scope}:{digest}"


def over_rate_limit(request, scope):
    """Count this POST; from the (limit + 1)th in the window on, the seconds left to wait.

    Get-then-set: two simultaneous posts may count as one. The limit is a brake on abuse, not an
    exact quota. Should the cache fail, the post goes through (the other checks still apply).
    """
    limit, window = settings.FORMS_RATE_LIMIT
    now = time.time()
    cache = caches[settings.FORMS_CACHE_ALIAS]
    key = rate_key(scope, request)
    try:
        count, started = cache.get(key) or (0, now)
        if started + window <= now:
            count, started = 0, now
        count += 1
        remaining = started + window - now
        cache.set(key, (count, started), timeout=max(1, math.ceil(remaining)))
    except DatabaseError:
        logger.exception("Rate-limit cache unavailable; letting the form post through")
        return None
    return max(1, math.ceil(remaining)) if count > limit else None


# -- ticket ---------------------------------------------------------------------------------------
def ticket_cookie_path(language=None):
    return f"/{language or get_language()}/forms/"


def sign_ticket(shown_at):
    return signing.TimestampSigner(salt=TICKET_SALT).sign(f"{shown_at:.3f}")


def ticket_css(request):
    """GET /<lang>/forms/ticket.css: an empty stylesheet that hands out a fresh ticket."""
    response = HttpResponse("/* Perú Infomigra form ticket */\n", content_type="text/css")
    add_never_cache_headers(response)
    response.set_cookie(
        TICKET_COOKIE,
        sign_ticket(time.time()),
        max_age=settings.FORMS_TICKET_MAX_AGE,
        path=ticket_cookie_path(),
        secure=request.is_secure(),
        httponly=True,
        samesite="Strict",
    )
    return response


def ticket_problem(request):
    """None when the request brings a valid ticket old enough; otherwise the message to show."""
    value = request.COOKIES.get(TICKET_COOKIE)
    if not value:
        return TICKET_MISSING
    try:
        shown_at = float(
            signing.TimestampSigner(salt=TICKET_SALT).unsign(
                value, max_age=settings.FORMS_TICKET_MAX_AGE
            )
        )
    except signing.SignatureExpired:
        return TICKET_EXPIRED
    except (signing.BadSignature, ValueError):
        return TICKET_MISSING
    elapsed = time.time() - shown_at
    if elapsed < -FUTURE_TOLERANCE:
        return TICKET_MISSING
    if elapsed < settings.FORMS_MIN_FILL_SECONDS:
        return TOO_FAST
    return None


# -- honeypot -------------------------------------------------------------------------------------
class HoneypotField(forms.CharField):
    """A field people never see (hidden by the stylesheet) and bots fill in; must stay empty."""

    def __init__(self, **kwargs):
        super().__init__(required=False, strip=False, label=_("Leave this field empty"), **kwargs)

    def validate(self, value):
        super().validate(value)
        if value:
            raise forms.ValidationError(_("Leave this field empty."), code="honeypot")
