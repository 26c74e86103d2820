"""Template tags for the shared layout: languages, navigation, breadcrumbs.

The layout asks the same questions on every page (which site, which home per language, which menu
entries, which sections are private). Answers are cached on the request; a publish run hands every
page it renders the same cache (`request.portal_cache`, also reachable without a request through
`shared_cache`), so the whole site is rendered with one query per question.
"""

from contextvars import ContextVar

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Site

from content.models import LineOfActionPage

register = template.Library()

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


def _homes(request):
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
    return cached(request, "homes", lambda: _homes(request)).get(language_code)


@register.simple_tag(takes_context=True)
def current_home(context):
    return localized_home(context.get("request"), get_language())


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per language: the translation of `page` when it is live, else that language's home.

    `exact` tells whether the link leads to the same content in the other language; templates use
    it for hreflang alternates, which must only name real translations.
    """
    request = context.get("request")
    current = get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None):
        translations = cached(
            request,
            ("translations", page.translation_key),
            lambda: {
                translation.locale.language_code: translation
                for translation in page.get_translations(inclusive=True)
                .live()
                .select_related("locale")
                if is_published(translation, request)
            },
        )
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target is not None else None
        if url is None and page is None and request is not None:
            # A view that is not a page (search, errors): the same path in the other language.
            path = request.get_full_path()
            translated = translate_url(path, code)
            url = translated if translated != path or code == current else None
        exact = url is not None
        if url is None:
            home = localized_home(request, code)
            if home is None:
                continue
            url = home.get_url(request)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": request.build_absolute_uri(url) if request else url,
                "exact": exact,
                "is_current": code == current,
            }
        )
    return links


@register.simple_tag
def other_language(page):
    """{"code", "name"} of `page`'s language when it is not the visitor's, else None.

    A translated page may link to a page that exists only in Spanish; the link then carries
    hreflang and names the language, so nobody lands in a language they did not expect.
    """
    code = page.locale.language_code if page is not None else get_language()
    if code == get_language():
        return None
    return {"code": code, "name": dict(settings.LANGUAGES).get(code, code)}


def _main_navigation(request, language_code):
    home = localized_home(request, language_code)
    if home is None:
        return []
    return list(LineOfActionPage.objects.child_of(home).live().public().order_by("number"))


def _section_navigation(request, language_code):
    home = localized_home(request, language_code)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().not_type(LineOfActionPage).specific())


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The four lines of action, then the main sections, for the visitor's language."""
    request, language = context.get("request"), get_language()
    return cached(request, ("lines", language), lambda: _main_navigation(request, language))


@register.simple_tag(takes_context=True)
def section_navigation(context):
    """The non-line sections under the home page that editors chose to show in menus."""
    request, language = context.get("request"), get_language()
    return cached(request, ("sections", language), lambda: _section_navigation(request, language))


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Ancestors below the tree root (the home page first), without the page itself.

    Unpublished ancestors stay in the trail as plain text (`crumb.live` is False): their page
    does not exist on the public site, so there is nothing to link to.
    """
    if page is None or not getattr(page, "pk", None):
        return []
    request = context.get("request")
    parent_path = page.path[: -page.steplen]
    return cached(
        request,
        ("ancestors", parent_path),
        lambda: list(page.get_ancestors().filter(depth__gt=1)),
    )


def _restricted_paths(request):
    from wagtail.models import PageViewRestriction

    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_published(page, request=None):
    """Live and not behind a view restriction: the page exists on the public (static) site."""
    if page is None or not page.live:
        return False
    return not any(page.path.startswith(path) for path in restricted_paths(request))


def restricted_paths(request=None):
    """Tree paths of the pages with a view restriction (they and their descendants are private)."""
    return cached(request, "restricted_paths", lambda: _restricted_paths(request))


@register.simple_tag(takes_context=True)
def live_children(context, page):
    """The page's live, public children (specific), e.g. a section's topics."""
    request = context.get("request")
    return [
        child for child in page.get_children().live().specific() if is_published(child, request)
    ]


@register.simple_tag(takes_context=True)
def published_url(context, page):
    """The page's URL when it is on the public site, else "" (templates then show plain text)."""
    request = context.get("request")
    return page.get_url(request) if is_published(page, request) else ""


@register.filter
def page_type_label(page):
    return page.specific_class._meta.verbose_name if page.specific_class else ""


@register.filter
def is_within(page, ancestor):
    """True when `page` is `ancestor` or one of its descendants (for aria-current in menus)."""
    return bool(page and getattr(page, "path", None) and page.path.startswith(ancestor.path))
