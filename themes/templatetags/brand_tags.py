"""The national brand and the regional crest in templates (one place for both)."""

from django import template
from django.utils.translation import get_language

from themes.brand import BrandSettings

register = template.Library()

# Logos are shown 2.5rem high; renditions are twice that for sharp high-density screens.
LOGO_RENDITION = "height-96"
CREST_RENDITION = "height-96"


def _brand(context):
    return BrandSettings.load(request_or_site=context.get("request"))


@register.inclusion_tag("components/brand_logo.html", takes_context=True)
def brand_logo(context, name):
    """One logo of the brand setting ("senep", "mtpe" or "infomigra"); its name as text if unset."""
    brand = _brand(context)
    image = getattr(brand, f"{name}_logo")
    return {
        "name": name,
        "alt": getattr(brand, f"{name}_logo_alt"),
        "rendition": image.get_rendition(LOGO_RENDITION) if image else None,
        # The official names are Spanish; tell screen readers so on other-language pages.
        "alt_lang": "es" if (get_language() or "es") != "es" else "",
    }


@register.simple_tag(takes_context=True)
def brand_icon_url(context):
    brand = _brand(context)
    return brand.icon.get_rendition("fill-64x64").url if brand.icon else ""


@register.simple_tag
def crest_region(page):
    """The region page whose crest goes next to the brand on `page`, or None.

    The nearest RegionPage at or above the page decides; national pages have none, so they never
    show a crest.
    """
    from content.models import RegionPage

    if page is None or not getattr(page, "path", None):
        return None
    region = (
        RegionPage.objects.ancestor_of(page, inclusive=True)
        .select_related("crest")
        .order_by("-depth")
        .first()
    )
    return region if region is not None and region.crest_id else None


@register.simple_tag
def crest_rendition(region):
    return region.crest.get_rendition(CREST_RENDITION)
