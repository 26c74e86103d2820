"""Checks made before a public form's data is even parsed: origin, size, rate.

The form endpoints are exempt from Django's CSRF middleware (a static page cannot carry a token);
these checks and the form ticket (ticket.py) replace it.
"""

import hashlib
import hmac
import logging
import math
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError

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


def body_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > settings.FORMS_MAX_BODY_BYTES


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or X-Forwarded-For behind FORMS_TRUSTED_PROXIES."""
    proxies = settings.FORMS_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            hop.strip()
            for hop in request.headers.get("X-Forwarded-For", "").split(",")
            if hop.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _bucket(scope, request):
    """A cache key per form and address; the address itself is never stored."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), client_ip(request).encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"forms:rate:{scope}:{digest}"


def over_rate_limit(request, scope, now=None):
    """Count this POST; from the (limit + 1)th POST in the window, the seconds left to wait.

    Fixed windows kept in the `forms` cache, shared by every process (the database cache by
    default). Counting is get-then-set, so two simultaneous posts may both count as one: the
    limit is a brake on abuse, not an exact quota. If the cache is unavailable the post goes
    through; the origin and ticket checks still apply.
    """
    limit, window = settings.FORMS_RATE_LIMIT
    now = time.time() if now is None else now
    cache = caches[settings.FORMS_CACHE_ALIAS]
    key = _bucket(scope, request)
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
    return math.ceil(remaining) if count > limit else None
