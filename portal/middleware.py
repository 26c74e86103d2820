"""Project middleware."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers

# Paths that live outside the language prefixes (see portal/urls.py).
UNPREFIXED = (
    "/api/",
    "/documents/",
    "/admin/",
    "/django-admin/",
    "/health/",
    "/static/",
    "/media/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 outside the language-prefixed site stays a 404.

    Django turns any unprefixed 404 into a redirect to /<lang>/<path> (Wagtail's catch-all makes
    every such path look valid), so a missing API object or document answered 302 instead of 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            patch_vary_headers(response, ("Accept-Language",))
            return response
        return super().process_response(request, response)
