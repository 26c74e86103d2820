"""The national brand in templates (the regional crest next to it: network/templatetags/crest_tags.py)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from themes.brand import BrandSettings
from themes.renditions import LOGO_RENDITION, rendition

register = template.Library()


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
        "rendition": rendition(image, LOGO_RENDITION),
        # The official names are Spanish; tell screen readers so on other-language pages.
        "alt_lang": "es" if (get_language() or "es") != "es" else "",
    }


@register.simple_tag(takes_context=True)
def brand_icon_url(context):
    icon = rendition(_brand(context).icon, "fill-64x64")
    return icon.url if icon else ""


SITE_NAME = "Perú Infomigra"


@register.filter
def site_title(title):
    """A page's <title> (from the already escaped title block): its own title, then whose site
    it is. The site's name is said once: a title that already names it (the home page) is
    followed by the Ministry's name instead."""
    title = " ".join(str(title).split())
    if not title:
        return SITE_NAME
    if "infomigra" in title.lower():
        ministry = conditional_escape(_("Ministry of Labour and Employment Promotion"))
        return f"{title} · {ministry}"
    return f"{title} · {SITE_NAME}"
