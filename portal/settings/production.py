"""Production settings: every secret and host comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

for _required in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
    if not os.environ.get(_required):
        raise ImproperlyConfigured(f"{_required} must be set in the environment for production.")

# --- HTTPS and cookies ---------------------------------------------------------------------------
DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# --- Static publishing ---------------------------------------------------------------------------
# nginx serves the published site; the public address defaults to HTTPS on the first allowed host.
SERVE_PUBLISHED_SITE = env_bool("SERVE_PUBLISHED_SITE", False)  # noqa: F405
if not os.environ.get("PUBLIC_BASE_URL") and ALLOWED_HOSTS:  # noqa: F405
    PUBLIC_BASE_URL = f"https://{ALLOWED_HOSTS[0].lstrip('.')}"  # noqa: F405
    WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL

# --- Security ------------------------------------------------------------------------------------
# nginx terminates HTTPS and must overwrite X-Forwarded-Proto and X-Forwarded-For on every request
# it forwards (deploy/nginx/cms-proxy.conf); gunicorn listens only where nginx can reach it.
# The visitor's address is taken from X-Forwarded-For only when TRUSTED_PROXIES says how many
# proxies wrote it (1 behind that nginx alone); by default the connection's address is used.
# Monitors probe /health/ on the host itself, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
LANGUAGE_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}  # noqa: F405
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}  # noqa: F405
}
