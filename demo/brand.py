"""The national brand's default images: the placeholder logos in themes/brand_defaults/.

They go into the "Marca" collection and into the brand setting, only where the setting has no
image yet, so logos chosen by the DGSENEP image team are never replaced.
"""

from pathlib import Path

from django.conf import settings

import themes
from themes.brand import BrandSettings

from . import files
from .reader import read

DEFAULTS = Path(themes.__file__).resolve().parent / "brand_defaults"


def ensure_brand(log):
    log("Setting the national brand's default logos …")
    collection = files.collection(settings.PORTAL_BRAND_COLLECTION)
    brand = BrandSettings.load()
    missing = [
        item for item in read("brand")["images"] if getattr(brand, f"{item['field']}_id") is None
    ]
    for item in missing:
        data = (DEFAULTS / item["file"]).read_bytes()
        setattr(
            brand, item["field"], files.svg_image(item["title"], item["file"], data, collection)
        )
    if missing:
        brand.save()
    return brand
