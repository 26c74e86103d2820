"""Rendering public URLs through the whole Django stack, as an anonymous visitor would get them.

Each page is requested like a real visit (middleware, URL resolver, Wagtail's `serve` view and
hooks, the page's own `serve`/`get_context`, templates) with the public host, no cookies, no
session and no user. A page that needs any of those (sets a cookie, varies on Cookie, e.g. a CSRF
token or a user bar) cannot be published and fails the build with a clear message.

Two look-ups are handed over instead of repeated for every page: the Site and the routing result
(the publisher already holds the page), via the caches Wagtail itself keeps on the request.
"""

import html
import io
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.test.utils import override_settings
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Site
from wagtail.url_routing import RouteResult

from core.request_cache import shared_cache

URL_ATTRIBUTE = re.compile(r'\s(href|src|srcset|poster)="([^"]*)"')
MAIN = re.compile(r"<main\b.*?</main>", re.S)
ASSET_PREFIXES = ("static", "media", "documents")


class RenderError(Exception):
    pass


@dataclass
class Rendered:
    path: str  # URL path, e.g. "/es/noticias/"
    content: bytes
    assets: set = field(default_factory=set)  # URL paths of static files, media and documents
    links: set = field(default_factory=set)  # URL paths linked from the main content


def public_base():
    parts = urlsplit(settings.PUBLIC_BASE_URL)
    return parts.scheme or "http", parts.netloc


def output_path(url_path):
    """The release file for a URL path: "/es/noticias/" -> "es/noticias/index.html"."""
    path = unquote(urlsplit(url_path).path)
    if path.endswith("/"):
        path += "index.html"
    return path.lstrip("/")


def asset_url_prefixes():
    return tuple(
        prefix
        for prefix in (settings.STATIC_URL, settings.MEDIA_URL, "/documents/")
        if prefix.startswith("/")
    )


def internal_path(url):
    """The path of a same-site URL ("/x/", "https://public.host/x/"), or None."""
    url = html.unescape(url.strip())
    base = settings.PUBLIC_BASE_URL
    if url.startswith(base + "/"):
        url = url[len(base) :]
    if not url.startswith("/") or url.startswith("//"):
        return None
    return urlsplit(url).path


def scan(content: str):
    """(asset paths, page paths linked from <main>) found in an HTML document."""
    prefixes = asset_url_prefixes()
    assets, links = set(), set()
    for _attribute, value in URL_ATTRIBUTE.findall(content):
        candidates = [part.split()[0] for part in value.split(",") if part.strip()]
        for candidate in candidates if _attribute == "srcset" else [value]:
            path = internal_path(candidate)
            if path and path.startswith(prefixes):
                assets.add(path)
    main = MAIN.search(content)
    if main:
        for attribute, value in URL_ATTRIBUTE.findall(main.group(0)):
            path = internal_path(value) if attribute == "href" else None
            if path and not path.startswith(prefixes):
                links.add(path)
    return assets, links


@contextmanager
def public_rendering():
    """Render as production does whatever the settings module: DEBUG off (the real 404 page, no
    query log); the active language is restored afterwards."""
    with override_settings(DEBUG=False), translation.override(translation.get_language()):
        yield


_handler = None


def request_handler():
    """Django's request handler with the middleware loaded, built once per process."""
    global _handler
    if _handler is None:
        handler = BaseHandler()
        handler.load_middleware()
        _handler = handler
    return _handler


class Renderer:
    """Renders one URL at a time; one instance per publish run (its caches live as long)."""

    def __init__(self):
        self.handler = request_handler()
        self.scheme, self.netloc = public_base()
        self.shared_cache = {}  # handed to portal_tags: navigation, homes... once per run
        self.sites = {site.pk: site for site in Site.objects.select_related("root_page")}
        self.generic_settings = []  # (request attribute, object): loaded once, not per page
        self.site = None  # every request has the public host, hence the same Site
        self.url_request = self.request("/")  # Wagtail caches the site root paths on it
        self.site = Site.find_for_request(self.url_request)
        self.generic_settings = [
            (model.get_cache_attr_name(), model.load())
            for model in settings_registry
            if issubclass(model, BaseGenericSetting)
        ]

    def request(self, path):
        host, _, port = self.netloc.partition(":")
        environ = {
            "REQUEST_METHOD": "GET",
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote(path).encode("utf-8").decode("latin-1"),
            "QUERY_STRING": "",
            "SERVER_NAME": host,
            "SERVER_PORT": port or ("443" if self.scheme == "https" else "80"),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": self.netloc,
            "HTTP_USER_AGENT": "Peru Infomigra publisher",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": self.scheme,
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }
        if self.scheme == "https":
            # Production trusts this header (SECURE_PROXY_SSL_HEADER) to know the visit is HTTPS.
            environ["HTTP_X_FORWARDED_PROTO"] = "https"
        request = WSGIRequest(environ)
        request.portal_cache = self.shared_cache
        if self.site is not None:
            request._wagtail_site = self.site
        for attribute, value in self.generic_settings:
            setattr(request, attribute, value)  # where BaseGenericSetting.load() looks first
        return request

    def url_of(self, page):
        """(site, relative URL) of a page on the public site, or (None, None) if unroutable."""
        parts = page.get_url_parts(self.url_request)
        if parts is None:
            return None, None
        site_id, _root_url, page_path = parts
        return self.sites.get(site_id), page_path

    def render_page(self, page):
        """Render a live page at its own URL; returns a Rendered, or None if it has no URL."""
        site, path = self.url_of(page)
        if path is None:
            return None
        return self._render_routed(page, site, path, "/")

    def render_subpage(self, page, subpath):
        """Render one address of a routable page below its own, e.g. "scope/national/"."""
        site, path = self.url_of(page)
        return self._render_routed(page, site, path + subpath, "/" + subpath)

    def _render_routed(self, page, site, path, subpath):
        """Render `page` at `path`, handing over the routing result the publisher already has."""
        request = self.request(path)
        request._wagtail_site = site
        if hasattr(page, "resolve_subpage"):  # RoutablePageMixin: the route of the subpath
            match = page.resolve_subpage(subpath)
            request.routable_resolver_match = match
            request._wagtail_route_for_request = RouteResult(page, args=tuple(match))
        else:
            request._wagtail_route_for_request = RouteResult(page)
        return self._render(request, path, expected=200)

    def render_path(self, path, expected=200):
        """Render any public URL, routed the normal way (e.g. a language's 404 page)."""
        return self._render(self.request(path), path, expected=expected)

    def _render(self, request, path, expected):
        token = shared_cache.set(self.shared_cache)
        try:
            response = self.handler.get_response(request)
        finally:
            shared_cache.reset(token)
        if response.status_code != expected:
            raise RenderError(
                _("%(path)s answered %(status)s instead of %(expected)s.")
                % {"path": path, "status": response.status_code, "expected": expected}
            )
        vary = response.get("Vary", "").lower()
        if response.cookies or "cookie" in vary:
            raise RenderError(
                _(
                    "%(path)s depends on the visitor (it sets cookies or varies on them, e.g. a "
                    "CSRF token or the user bar) and cannot be published as a static page."
                )
                % {"path": path}
            )
        content = response.content
        assets, links = scan(content.decode("utf-8", "replace"))
        return Rendered(path=path, content=content, assets=assets, links=links)
