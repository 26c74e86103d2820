"""What the shared layout asks on every page, answered once per request (or per publish run).

Which home per language, which menu entries, which sections are private: answers are cached on
the request, or once per publish run (core/request_cache.py). The template tags (`portal_tags`)
and the publisher's change planning (`publishing.targets`) read them from here.
"""

from wagtail.models import PageViewRestriction, Site

from content.models import LineOfActionPage
from core.request_cache import cached


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
