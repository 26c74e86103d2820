"""What the shared layout asks on every page, answered once per request (or per publish run).

Which home per language, which menu entries, which sections are private: answers are cached on
the request, or once per publish run (core/request_cache.py). The template tags (`portal_tags`)
and the publisher's change planning (`publishing.targets`) read them from here.
"""

from django.conf import settings
from wagtail.models import Locale, Page, PageViewRestriction, Site

from content.models import ContactPage, LineOfActionPage, StandardPage
from core.request_cache import cached, request_cache

# The deepest pages that the layout shared by every page lists (menus, footers): the children of
# the home pages (the homes are at depth 2 of the tree, under its root). Deeper pages never show.
LAYOUT_DEPTH = 3


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


def published_translations(keys, request=None):
    """{translation key: {language code: its published page}} for `keys`, in one query."""
    found = {key: {} for key in keys}
    for page in Page.objects.filter(translation_key__in=keys).live().select_related("locale"):
        if is_published(page, request):
            found[page.translation_key][page.locale.language_code] = page
    return found


def prefetch_translations(pages, request=None):
    """Look up the published translations of all `pages` at once, for the language links that
    each of them shows (a publish run renders pages in batches)."""
    cache = request_cache(request)
    keys = {
        page.translation_key
        for page in pages
        if ("translations", page.translation_key) not in cache
    }
    for key, translations in published_translations(keys, request).items():
        cache[("translations", key)] = translations


def default_locale(request=None):
    """The Spanish locale, the source of every translation."""
    return cached(request, "default_locale", Locale.get_default)


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


def onward_children(page, request=None, limit=None):
    """The published children of `page` a visitor of its language can go on to (once per
    request or publish run: the menus, the footer and the page itself ask for them).

    Its own children, in the order of its Spanish source's; a child of the source without a
    published translation in `page`'s language is listed as the Spanish page (the template then
    marks its language), so a translated section never ends where its translation does.
    With a `limit` (the home page's first topics of each line) only those first children are
    loaded as their specific pages: a section may have hundreds.
    """
    if limit is None:
        return cached(request, ("onward", page.pk), lambda: _onward_children(page, request))
    return cached(
        request, ("onward", page.pk, limit), lambda: _first_onward_children(page, request, limit)
    )


def _onward_children(page, request):
    own = [child for child in page.get_children().live().specific() if is_published(child, request)]
    source = page.get_translation_or_none(default_locale(request))
    if source is None or source.pk == page.pk:
        return own
    by_key = {child.translation_key: child for child in own}
    # The source's own list, read once per run for all its translations.
    onward = [
        by_key.pop(child.translation_key, child) for child in onward_children(source, request)
    ]
    return onward + list(by_key.values())


def _first_onward_children(page, request, limit):
    """The first `limit` of `_onward_children(page)`, reading no more children than it needs."""
    source = page.get_translation_or_none(default_locale(request)) or page
    from_source = cached(
        request,
        ("first", source.pk, limit),  # the same for every translation of the source
        lambda: _first_published(source.get_children().live(), request, limit),
    )
    if source.pk == page.pk:
        first = from_source
    else:
        own = page.get_children().live()
        keys = [child.translation_key for child in from_source]
        by_key = {
            child.translation_key: child
            for child in own.filter(translation_key__in=keys)
            if is_published(child, request)
        }
        first = [by_key.get(child.translation_key, child) for child in from_source]
        if len(first) < limit:  # every child of the source seen: then the page's own others
            others = own.exclude(translation_key__in=keys)
            first += _first_published(others, request, limit - len(first))
    found = Page.objects.filter(pk__in=[child.pk for child in first]).specific().in_bulk()
    return [found[child.pk] for child in first]


def _first_published(children, request, limit):
    """The first `limit` pages of `children` that are published, read a few at a time."""
    found, start, batch = [], 0, max(2 * limit, 10)
    while len(found) < limit:
        rows = list(children[start : start + batch])
        found += [child for child in rows if is_published(child, request)][: limit - len(found)]
        if len(rows) < batch:
            break
        start += batch
    return found
