"""What the shared layout asks on every page, answered once per request (or per publish run).

Which home per language, which menu entries, which sections are private: answers are cached on
the request, or once per publish run (core/request_cache.py). The template tags (`portal_tags`)
and the publisher's change planning (`publishing.targets`) read them from here.
"""

from django.conf import settings
from wagtail.models import Locale, PageViewRestriction, Site

from content.models import ContactPage, LineOfActionPage, StandardPage
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
    """The home page's other sections shown in menus, in Spanish where not translated."""
    home = localized_home(request, language_code)
    if home is None:
        return []
    return [
        page
        for page in onward_children(home, request)
        if page.show_in_menus and not isinstance(page, LineOfActionPage)
    ]


def footer_pages(request, language_code):
    """The pages about the service itself that every footer links to (privacy notice,
    accessibility statement, about, contact): the home page's standard and contact pages, in
    `language_code` where translated, else in Spanish."""
    home = localized_home(request, language_code) or localized_home(request, settings.LANGUAGE_CODE)
    if home is None:
        return []
    return [
        page
        for page in onward_children(home, request)
        if isinstance(page, (StandardPage, ContactPage))
    ]


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


def onward_children(page, request=None):
    """The published children of `page` a visitor of its language can go on to (once per
    request or publish run: the menus, the footer and the page itself ask for them).

    Its own children, in the order of its Spanish source's; a child of the source without a
    published translation in `page`'s language is listed as the Spanish page (the template then
    marks its language), so a translated section never ends where its translation does.
    """
    return cached(request, ("onward", page.pk), lambda: _onward_children(page, request))


def _onward_children(page, request):
    own = [child for child in page.get_children().live().specific() if is_published(child, request)]
    source = page.get_translation_or_none(Locale.get_default())
    if source is None or source.pk == page.pk:
        return own
    by_key = {child.translation_key: child for child in own}
    children = []
    for child in source.get_children().live().specific():
        if is_published(child, request):
            children.append(by_key.pop(child.translation_key, child))
    return children + list(by_key.values())
