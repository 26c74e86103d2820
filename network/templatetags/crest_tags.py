"""The regional crest next to the national brand (directive 5.4), in templates
(themes/templates/components/cobrand.html)."""

from django import template

from core.page_tree import nearest_ancestor
from core.request_cache import cached
from network.models import RegionPage
from themes.renditions import CREST_RENDITION, rendition

register = template.Library()


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
    found = nearest_ancestor(page, RegionPage)
    if found is None:
        return None
    pk, _title = found
    region = cached(
        None, ("region", pk), lambda: RegionPage.objects.select_related("crest").get(pk=pk)
    )
    return region if region.crest_id else None


@register.simple_tag
def crest_rendition(region):
    return rendition(region.crest, CREST_RENDITION)
