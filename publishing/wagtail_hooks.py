"""Wagtail hooks of the publishing app."""

from wagtail import hooks

from content.models import (
    CountryGuidePage,
    EventIndexPage,
    EventPage,
    LineOfActionPage,
    NewsIndexPage,
    NewsPage,
)
from network.models import OfficeFinderPage, OfficePage, RegionPage

from .rich_text import PublishedPageLinkHandler
from .targets import RELATED_PAGES_HOOK


@hooks.register("register_rich_text_features", order=100)
def links_only_to_published_pages(features):
    # Registered after Wagtail's own "page" link handler, which it replaces.
    features.register_link_type(PublishedPageLinkHandler)


@hooks.register(RELATED_PAGES_HOOK)
def lines_list_country_guides(page):
    """Line-of-action pages list the country guides of their language (not their children)."""
    if isinstance(page, CountryGuidePage):
        return LineOfActionPage.objects.filter(locale_id=page.locale_id)
    return []


@hooks.register(RELATED_PAGES_HOOK)
def sections_list_their_descendants(page):
    """News and event indexes list every item of their section (a region's news and events also
    appear on the national indexes); the office finder lists the offices of the network."""
    index_of = {
        NewsPage: NewsIndexPage,
        EventPage: EventIndexPage,
        OfficePage: OfficeFinderPage,
        RegionPage: OfficeFinderPage,
    }
    index_type = next((index_of[kind] for kind in index_of if isinstance(page, kind)), None)
    if index_type is None:
        return []
    sections = page.get_ancestors()
    return [
        index
        for index in index_type.objects.filter(locale_id=page.locale_id)
        if any(
            index.path.startswith(section.path) and index.depth == section.depth + 1
            for section in sections
        )
    ]
