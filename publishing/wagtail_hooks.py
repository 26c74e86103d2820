"""Wagtail hooks of the publishing app."""

from wagtail import hooks

from .rich_text import PublishedPageLinkHandler


@hooks.register("register_rich_text_features", order=100)
def links_only_to_published_pages(features):
    # Registered after Wagtail's own "page" link handler, which it replaces.
    features.register_link_type(PublishedPageLinkHandler)
