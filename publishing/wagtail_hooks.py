"""Wagtail hooks of the publishing app."""

from wagtail import hooks

from .rich_text import PublishedPageLinkHandler
from .targets import RELATED_PAGES_HOOK


@hooks.register("register_rich_text_features", order=100)
def links_only_to_published_pages(features):
    # Registered after Wagtail's own "page" link handler, which it replaces.
    features.register_link_type(PublishedPageLinkHandler)


@hooks.register(RELATED_PAGES_HOOK)
def lines_list_country_guides(page):
    """Line-of-action pages list the country guides of their language (not their children)."""
    from content.models import CountryGuidePage, LineOfActionPage

    if isinstance(page, CountryGuidePage):
        return LineOfActionPage.objects.filter(locale_id=page.locale_id)
    return []
