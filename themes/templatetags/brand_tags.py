"""The national brand and the regional crest in templates (one place for both)."""

import logging

from django import template
from django.utils.translation import get_language
from wagtail.images.models import SourceImageIOError

from network.models import RegionPage
from themes.brand import BrandSettings
from themes.navigation import cached

logger = logging.getLogger(__name__)

register = template.Library()

# Logos are shown 2.5rem high; renditions are twice that for sharp high-density screens.
LOGO_RENDITION = "height-96"
CREST_RENDITION = "height-96"


def _brand(context):
    return BrandSettings.load(request_or_site=context.get("request"))


def _rendition(image, spec):
    """A rendition, or None when the image's file is missing (the page must still render).
    Looked up once per publish run: the same logos are on every page."""
    if image is None:
        return None
    return cached(None, ("brand rendition", image.pk, spec), lambda: _find_rendition(image, spec))


def _find_rendition(image, spec):
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.error("Brand image file missing: %s (%s)", image.title, image.file.name)
        return None


@register.inclusion_tag("components/brand_logo.html", takes_context=True)
def brand_logo(context, name):
    """One logo of the brand setting ("senep", "mtpe" or "infomigra"); its name as text if unset."""
    brand = _brand(context)
    image = getattr(brand, f"{name}_logo")
    return {
        "name": name,
        "alt": getattr(brand, f"{name}_logo_alt"),
        "rendition": _rendition(image, LOGO_RENDITION),
        # The official names are Spanish; tell screen readers so on other-language pages.
        "alt_lang": "es" if (get_language() or "es") != "es" else "",
    }


@register.simple_tag(takes_context=True)
def brand_icon_url(context):
    rendition = _rendition(_brand(context).icon, "fill-64x64")
    return rendition.url if rendition else ""


@register.simple_tag
def crest_region(page):
    """The region page whose crest goes next to the brand on `page`, or None.

    The nearest RegionPage at or above the page decides; national pages have none, so they never
    show a crest.
    """
    if page is None or not getattr(page, "path", None):
        return None
    return cached(None, ("crest region", page.path), lambda: _crest_region(page))


def _crest_region(page):
    region = (
        RegionPage.objects.ancestor_of(page, inclusive=True)
        .select_related("crest")
        .order_by("-depth")
        .first()
    )
    return region if region is not None and region.crest_id else None


@register.simple_tag
def crest_rendition(region):
    return _rendition(region.crest, CREST_RENDITION)
