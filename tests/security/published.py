"""Where published content is read from outside: pages, search, sitemap and the JSON API.

The JSON API and the sitemap are wired into `portal/urls.py` by the publishing issue. Until then
(and only then) the tests mount Wagtail's stock API endpoints and sitemap view beside the portal's
own URLs, configured by the portal's settings (`WAGTAILAPI_*`), so the same checks run unchanged
once the real ones exist.
"""

import re
from html.parser import HTMLParser

from django.urls import Resolver404, include, path, resolve
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portal import urls as portal_urls

api = WagtailAPIRouter("wagtailapi")
api.register_endpoint("pages", PagesAPIViewSet)
api.register_endpoint("images", ImagesAPIViewSet)
api.register_endpoint("documents", DocumentsAPIViewSet)

urlpatterns = [
    path("api/v2/", include((api.get_urlpatterns(), "wagtailapi"), namespace="wagtailapi")),
    path("sitemap.xml", sitemap),
    *portal_urls.urlpatterns,
]

API_PAGES = "/api/v2/pages/"
SITEMAP = "/sitemap.xml"


def needs_stand_ins():
    """True while portal.urls has no API or sitemap of its own."""
    try:
        resolve(API_PAGES, "portal.urls")
        resolve(SITEMAP, "portal.urls")
    except Resolver404:
        return True
    return False


class _Inertness(HTMLParser):
    """Collects everything in a document that could run script."""

    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in self.URL_ATTRIBUTES and value:
                cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
                if cleaned.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script" and not dict(attrs).get("src", "").startswith("/static/"):
            self.problems.append("<script> that is not a static file")
        if tag in {"iframe", "object", "embed", "base"}:
            self.problems.append(f"<{tag}>")


def active_content(html):
    """What in `html` could execute: an empty list means the markup is inert."""
    parser = _Inertness()
    parser.feed(html)
    parser.close()
    return parser.problems
