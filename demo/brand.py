"""The national brand's default images: the placeholder logos in themes/brand_defaults/.

They go into the "Marca" collection and into the brand setting, only where the setting has no
image yet, so logos chosen by the DGSENEP image team are never replaced.
"""

from pathlib import Path

from django.conf import settings

import themes
from themes.brand import BrandSettings

from . import files

DEFAULTS = Path(themes.__file__).resolve().parent / "brand_defaults"

IMAGES = [
    ("senep_logo", "senep-logo.svg", "Logo SENEP (provisional)"),
    ("mtpe_logo", "mtpe-logo.svg", "Logo MTPE (provisional)"),
    ("infomigra_logo", "infomigra-logo.svg", "Logo Perú Infomigra (provisional)"),
    ("icon", "favicon.svg", "Icono del portal (provisional)"),
]


def ensure_brand(log):
    log("Setting the national brand's default logos …")
    collection = files.collection(settings.PORTAL_BRAND_COLLECTION)
    brand = BrandSettings.load()
    missing = [item for item in IMAGES if getattr(brand, f"{item[0]}_id") is None]
    for field, filename, title in missing:
        image = files.svg_image(title, filename, (DEFAULTS / filename).read_bytes(), collection)
        setattr(brand, field, image)
    if missing:
        brand.save()
    return brand
