"""Wagtail hooks of the theme: the brand stylesheet is part of every published release."""

from wagtail import hooks

from publishing.publisher import EXTRA_FILES_HOOK
from publishing.render import Renderer


@hooks.register(EXTRA_FILES_HOOK)
def publish_brand_stylesheet(context):
    """`/brand.css` (the palette of the brand setting) as a file of the release. Changing the
    brand setting publishes the whole site, so pages and stylesheet always agree."""
    stylesheet = Renderer().render_path("/brand.css")
    context.writer.write("brand.css", stylesheet.content)
