"""Template tags for the shared layout: languages, navigation, breadcrumbs.

The answers they share between pages (homes, menus, private sections) come from
`content.navigation`, cached per request or per publish run (core/request_cache.py).
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.navigation import (
    footer_pages,
    is_published,
    localized_home,
    main_navigation_pages,
    onward_children,
    published_translations,
    section_navigation_pages,
)
from core.page_tree import language_code_of
from core.request_cache import cached

register = template.Library()


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
            lambda: published_translations([page.translation_key], request)[page.translation_key],
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


@register.simple_tag(takes_context=True)
def other_language(context, page):
    """{"code", "name"} of `page`'s language when it is not the visitor's, else None.

    A translated page may link to a page that exists only in Spanish; the link then carries
    hreflang and names the language, so nobody lands in a language they did not expect.
    """
    code = language_code_of(page, context.get("request")) if page is not None else get_language()
    if code == get_language():
        return None
    return {"code": code, "name": dict(settings.LANGUAGES).get(code, code)}


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The four lines of action, then the main sections, for the visitor's language."""
    request, language = context.get("request"), get_language()
    return cached(request, ("lines", language), lambda: main_navigation_pages(request, language))


@register.simple_tag(takes_context=True)
def section_navigation(context):
    """The non-line sections under the home page that editors chose to show in menus."""
    request, language = context.get("request"), get_language()
    return cached(
        request, ("sections", language), lambda: section_navigation_pages(request, language)
    )


@register.simple_tag(takes_context=True)
def site_pages(context):
    """The footer's pages about the service (privacy, accessibility, about, contact)."""
    request, language = context.get("request"), get_language()
    return cached(request, ("footer", language), lambda: footer_pages(request, language))


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


@register.simple_tag(takes_context=True)
def onward_pages(context, page, limit=None):
    """The page's children in the visitor's language, or in Spanish where not translated."""
    return onward_children(page, context.get("request"), limit)


@register.simple_tag(takes_context=True)
def published_url(context, page):
    """The page's URL when it is on the public site, else "" (templates then show plain text)."""
    request = context.get("request")
    return page.get_url(request) if is_published(page, request) else ""


@register.simple_tag
def listing_detail(filters=None, pagination=None):
    """What distinguishes a filtered or further page of a listing from the listing itself, for
    its <title>: "Scope: National, Page 2 of 3" (every address has a title of its own)."""
    groups = filters if isinstance(filters, list) else []  # the search page's are a dict
    parts = [
        f"{group['label']}: {option['label']}"
        for group in groups
        for option in group["options"][1:]  # the first option is "All"
        if option["current"]
    ]
    if isinstance(pagination, dict) and pagination.get("number", 1) > 1:
        parts.append(
            _("Page %(number)s of %(total)s")
            % {"number": pagination["number"], "total": pagination["total"]}
        )
    return ", ".join(parts)


@register.filter
def page_type_label(page):
    return page.specific_class._meta.verbose_name if page.specific_class else ""


@register.filter
def is_within(page, ancestor):
    """True when `page` is `ancestor` or one of its descendants (for aria-current in menus)."""
    return bool(page and getattr(page, "path", None) and page.path.startswith(ancestor.path))
