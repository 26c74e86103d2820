"""Renditions of the brand's logos and the regions' crests for templates."""

import logging

from wagtail.images.models import SourceImageIOError

from core.request_cache import cached

logger = logging.getLogger(__name__)

# Logos and crests are shown 2.5rem high; renditions are twice that for sharp high-density screens.
LOGO_RENDITION = "height-96"
CREST_RENDITION = "height-96"


def rendition(image, spec):
    """A rendition, or None when the image's file is missing (the page must still render).
    Looked up once per publish run: the same logos (and a region's crest) are on many pages."""
    if image is None:
        return None
    return cached(None, ("brand rendition", image.pk, spec), lambda: _find_rendition(image, spec))


def _find_rendition(image, spec):
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.error("Image file missing: %s (%s)", image.title, image.file.name)
        return None
