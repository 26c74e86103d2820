"""Renditions of the brand's logos and the regions' crests for templates."""

import logging

from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)

# Logos and crests are shown 2.5rem high; renditions are twice that for sharp high-density screens.
LOGO_RENDITION = "height-96"
CREST_RENDITION = "height-96"


def rendition(image, spec):
    """A rendition, or None when the image's file is missing (the page must still render)."""
    if image is None:
        return None
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.error("Image file missing: %s (%s)", image.title, image.file.name)
        return None
