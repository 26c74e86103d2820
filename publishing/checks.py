"""System checks: the public address must be usable to render pages with, and page types name
site-wide files the publisher writes."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, register
from django.http.request import split_domain_port, validate_host

from .publisher import SITE_FILES
from .targets import page_types


@register()
def check_public_base_url(app_configs, **kwargs):
    url = settings.PUBLIC_BASE_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        return [
            Error(
                f"PUBLIC_BASE_URL must be an absolute http(s) address without a path, not {url!r}.",
                id="publishing.E001",
            )
        ]
    host, _port = split_domain_port(parts.netloc)
    allowed = list(settings.ALLOWED_HOSTS)
    if settings.DEBUG and not allowed:
        allowed = [".localhost", "127.0.0.1", "[::1]"]
    if not validate_host(host, allowed):
        return [
            Error(
                f"The host of PUBLIC_BASE_URL ({host}) is not in ALLOWED_HOSTS: pages are "
                "rendered for publishing with that host.",
                id="publishing.E002",
            )
        ]
    return []


@register()
def check_site_files(app_configs, **kwargs):
    """`site_files` of a page type (content/pages/base.py) names files the publisher writes."""
    return [
        Error(
            f"{model.__name__}.site_files names {sorted(unknown)}; the publisher writes "
            f"{sorted(SITE_FILES)}.",
            id="publishing.E003",
        )
        for model in page_types()
        if (unknown := set(model.site_files) - set(SITE_FILES))
    ]
