"""What the shared layout asks on every page, answered once per request (or per publish run).

Which home per language, which menu entries, which sections are private: answers are cached on
the request; a publish run hands every page it renders the same cache (`request.portal_cache`,
also reachable without a request through `shared_cache`), so the whole site is rendered with one
query per question. The template tags (`portal_tags`) and the publisher's change planning
(`publishing.targets`) read them from here.
"""

from contextvars import ContextVar

from wagtail.models import PageViewRestriction, Site

from content.models import LineOfActionPage

_MISSING = object()
shared_cache = ContextVar("portal_shared_cache", default=None)  # set while a publish run renders


def request_cache(request):
    """A dict living as long as the request (or the publish run that made the request)."""
    if request is None:
        return shared_cache.get() or {}
    cache = getattr(request, "portal_cache", None)
    if cache is None:
        cache = request.portal_cache = {}
    return cache


def cached(request, key, compute):
    cache = request_cache(request)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = cache[key] = compute()
    return value


def homes(request):
    """{language code: live home page} for the request's site, in one query."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {}
    root = site.root_page
    homes = {}
    for home in root.get_translations(inclusive=True).live().select_related("locale").specific():
        homes[home.locale.language_code] = home
    return homes


def localized_home(request, language_code):
    """The home page of a language, or None when that language has no published home."""
    return cached(request, "homes", lambda: homes(request)).get(language_code)


def main_navigation_pages(request, language_code):
    home = localized_home(request, language_code)
    if home is None:
        return []
    return list(LineOfActionPage.objects.child_of(home).live().public().order_by("number"))


def section_navigation_pages(request, language_code):
    home = localized_home(request, language_code)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().not_type(LineOfActionPage).specific())


def _restricted_paths(request):
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_published(page, request=None):
    """Live and not behind a view restriction: the page exists on the public (static) site."""
    if page is None or not page.live:
        return False
    return not any(page.path.startswith(path) for path in restricted_paths(request))


def restricted_paths(request=None):
    """Tree paths of the pages with a view restriction (they and their descendants are private)."""
    return cached(request, "restricted_paths", lambda: _restricted_paths(request))
