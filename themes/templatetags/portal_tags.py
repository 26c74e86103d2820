"""Template tags for the shared layout: languages, navigation, breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Site

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def localized_home(request, language_code):
    """The home page of a language, or None when that language has no published home."""
    root = _site_root(request)
    if root is None:
        return None
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return None
    home = root.get_translation_or_none(locale)
    return home if home and home.live else None


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
        for translation in (
            page.get_translations(inclusive=True).live().public().select_related("locale")
        ):
            translations[translation.locale.language_code] = translation
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


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The four lines of action, then the main sections, for the visitor's language."""
    from content.models import LineOfActionPage

    home = localized_home(context.get("request"), get_language())
    if home is None:
        return []
    return list(LineOfActionPage.objects.child_of(home).live().public().order_by("number"))


@register.simple_tag(takes_context=True)
def section_navigation(context):
    """The non-line sections under the home page that editors chose to show in menus."""
    from content.models import LineOfActionPage

    home = localized_home(context.get("request"), get_language())
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().not_type(LineOfActionPage).specific())


@register.simple_tag
def breadcrumbs(page):
    """Ancestors below the tree root (the home page first), without the page itself."""
    if page is None or not getattr(page, "pk", None):
        return []
    return list(page.get_ancestors().filter(depth__gt=1).specific())


@register.filter
def page_type_label(page):
    return page.specific_class._meta.verbose_name if page.specific_class else ""


@register.filter
def is_within(page, ancestor):
    """True when `page` is `ancestor` or one of its descendants (for aria-current in menus)."""
    return bool(page and getattr(page, "path", None) and page.path.startswith(ancestor.path))
