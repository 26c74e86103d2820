"""The "¿Es segura esta oferta?" page in templates: the callout near the top of every country
guide and of its line of action links it, in the visitor's language where translated, else in
Spanish."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from agencies.lookup import Result
from agencies.pages import OfferCheckPage
from core.request_cache import cached

register = template.Library()


def check_page(language_code):
    """The live look-up page in `language_code`, else the Spanish one (or None)."""
    pages = {
        page.locale.language_code: page
        for page in OfferCheckPage.objects.live().public().select_related("locale")
    }
    return pages.get(language_code) or pages.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def offer_check_page(context):
    language = get_language()
    return cached(
        context.get("request"), ("offer check page", language), lambda: check_page(language)
    )


@register.inclusion_tag("agencies/components/offer_check_callout.html", takes_context=True)
def offer_check_callout(context, within=None):
    """The callout linking the check page; with `within`, only on the page it is a child of (its
    line of action)."""
    page = offer_check_page(context)
    if within is not None and not (page and page.path.startswith(within.path)):
        page = None
    return {"check_page": page, "request": context.get("request")}


@register.simple_tag
def standing_label(standing):
    """ "Registered", "Registration expired", …: what the look-up says of one agency."""
    return Result.LABELS.get(standing, "")
