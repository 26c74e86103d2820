"""Crest rules (directive 5.4: a region or local office may add its crest next to the brand).

Crests live in the crest collection (`PORTAL_CREST_COLLECTION`, one sub-collection per region) and
must be PNG, WebP or SVG within the size and dimension limits of the `PORTAL_CREST_*` settings.
The image upload form applies these rules to anything uploaded to (or moved into) that collection,
and a region page refuses a crest that does not meet them, wherever it was uploaded.
"""

import os

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.models import Collection


def _top_level(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() if root else None


def crest_collection():
    """The collection holding every crest (created by `setup_roles` and `load_demo`)."""
    return _top_level(settings.PORTAL_CREST_COLLECTION)


def brand_collection():
    """The collection holding the national brand's logos."""
    return _top_level(settings.PORTAL_BRAND_COLLECTION)


def within(collection, top):
    return bool(collection and top and collection.path.startswith(top.path))


def is_crest_collection(collection):
    return within(collection, crest_collection())


def svg_allowed_in(collection):
    """SVG images are accepted only for crests and brand logos; both are sanitised on upload."""
    return is_crest_collection(collection) or within(collection, brand_collection())


def extension_of(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".").replace("jpg", "jpeg")


def crest_problems(*, name, size, width, height):
    """Why a file cannot be a crest (translated messages), or an empty list."""
    problems = []
    formats = settings.PORTAL_CREST_FORMATS
    if extension_of(name) not in formats:
        problems.append(
            _("A crest must be a %(formats)s image.")
            % {"formats": ", ".join(fmt.upper() for fmt in formats)}
        )
    if size is not None and size > settings.PORTAL_CREST_MAX_BYTES:
        problems.append(
            _("This crest is too big (%(size)s); the limit for crests is %(limit)s.")
            % {
                "size": filesizeformat(size),
                "limit": filesizeformat(settings.PORTAL_CREST_MAX_BYTES),
            }
        )
    largest, smallest = settings.PORTAL_CREST_MAX_SIDE, settings.PORTAL_CREST_MIN_SIDE
    if width and height and (max(width, height) > largest or min(width, height) < smallest):
        problems.append(
            _(
                "A crest must measure between %(smallest)s and %(largest)s pixels on each side; "
                "this one is %(width)s × %(height)s."
            )
            % {"smallest": smallest, "largest": largest, "width": width, "height": height}
        )
    return problems


def image_crest_problems(image):
    """`crest_problems` for a stored Wagtail image."""
    return crest_problems(
        name=image.file.name,
        size=image.get_file_size(),
        width=image.width,
        height=image.height,
    )
