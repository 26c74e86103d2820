"""Checks made before a public form's data is even parsed: origin, size, rate.

The form endpoints are exempt from Django's CSRF middleware (a static page cannot carry a token);
these checks and the form ticket (ticket.py) replace it.
"""

import hashlib
import hmac
import logging
import math
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.security.client_address import client_ip

from .models import RateLimitWindow

logger = logging.getLogger(__name__)


def _origin_of(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def allowed_origins(request):
    own = _origin_of(request.build_absolute_uri("/"))
    return {own, *(origin.lower().rstrip("/") for origin in settings.CSRF_TRUSTED_ORIGINS)}


def same_origin(request):
    """True when the POST comes from a page of this site.

    `Origin` is sent by every current browser on POST; `Referer` is the fallback for older ones.
    A request with neither, with `Origin: null`, or marked `Sec-Fetch-Site: cross-site` is refused.
    """
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is not None:
        source = _origin_of(origin) if origin != "null" else None
    else:
        referer = request.headers.get("Referer")
        source = _origin_of(referer) if referer else None
    return source is not None and source in allowed_origins(request)


def body_too_large(request, limit=None):
    """More than `limit` bytes (FORMS_MAX_BODY_BYTES by default; a form with a file allows more)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > (limit or settings.FORMS_MAX_BODY_BYTES)


def _bucket(scope, request):
    """A key per form and address; the address itself is never stored."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), client_ip(request).encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"{scope[:24]}:{digest}"


def count_post(key, now, window):
    """Count one post in the key's window (starting a new window when the last has ended);
    returns (posts in the window so far, this one included; when the window ends).

    Each step is a single UPDATE or INSERT, so simultaneous posts are all counted: the row is
    locked by the first UPDATE until the transaction ends, and the count read back is this
    post's own.
    """
    windows = RateLimitWindow.objects
    with transaction.atomic():
        counted = windows.filter(key=key, ends_at__gt=now).update(count=F("count") + 1)
        if not counted:
            counted = windows.filter(key=key, ends_at__lte=now).update(
                count=1, ends_at=now + window
            )
        if not counted:
            try:
                with transaction.atomic():
                    windows.create(key=key, count=1, ends_at=now + window)
            except IntegrityError:  # a simultaneous post created it first
                windows.filter(key=key).update(count=F("count") + 1)
            windows.filter(ends_at__lt=now - window).delete()  # windows long over
        return windows.filter(key=key).values_list("count", "ends_at").get()


def over_rate_limit(request, scope, rate=None):
    """Count this POST; from the (limit + 1)th POST in the window, the seconds left to wait.

    Fixed windows per form and visitor address, in the database shared by every process;
    `rate` is (requests, seconds), FORMS_RATE_LIMIT unless the endpoint has its own (the agency
    look-up counts GETs, the static search its beacons). If the database is unavailable the
    request goes through here (it cannot be stored anyway).
    """
    limit, window = rate or settings.FORMS_RATE_LIMIT
    now = timezone.now()
    try:
        count, ends_at = count_post(_bucket(scope, request), now, timedelta(seconds=window))
    except DatabaseError:
        logger.exception("Rate-limit counter unavailable; letting the form post through")
        return None
    if count <= limit:
        return None
    return max(1, math.ceil((ends_at - now).total_seconds()))
