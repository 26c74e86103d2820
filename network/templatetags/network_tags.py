"""The office network in templates: where the office finder is, for the links to it on the home
page, in the menu, the footer and on every page that sends visitors to an office."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from content.templatetags.portal_tags import is_within, main_navigation, section_navigation
from core.request_cache import cached
from network.pages import OfficeFinderPage

register = template.Library()


def finder_page(language_code):
    """The live office finder in `language_code`, else the Spanish one (or None)."""
    finders = {
        finder.locale.language_code: finder
        for finder in OfficeFinderPage.objects.live().public().select_related("locale")
    }
    return finders.get(language_code) or finders.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def office_finder(context):
    """The office finder for the visitor's language (the Spanish one where not translated)."""
    language = get_language()
    return cached(context.get("request"), ("finder page", language), lambda: finder_page(language))


@register.simple_tag(takes_context=True)
def menu_marks(context, page):
    """What the menu and the footer mark as current (`aria-current`) on `page`: the line it is
    within, and the line, section or office finder it is. The two fragments are rendered once per
    publish run for each value of it (`once_per_publish`), as everything else they show is the
    same on every page of a language."""
    if not getattr(page, "pk", None):
        return ""
    lines, sections = main_navigation(context), section_navigation(context)
    within = next((line.pk for line in lines if is_within(page, line)), "")
    marked = {target.pk for target in (*lines, *sections, office_finder(context)) if target}
    return f"{within}:{page.pk if page.pk in marked else ''}"
