"""Django loads models from here; the brand setting lives in themes.brand."""

from themes.brand import BrandSettings

__all__ = ["BrandSettings"]
