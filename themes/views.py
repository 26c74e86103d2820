"""`/brand.css`: the national palette as a stylesheet (no inline styles anywhere)."""

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from themes.brand import BrandSettings

ONE_YEAR = 60 * 60 * 24 * 365


@require_safe
def brand_stylesheet(request):
    """The palette; cacheable for a year when asked for by its current content hash (`?v=`)."""
    brand = BrandSettings.load(request_or_site=request)
    response = HttpResponse(brand.stylesheet(), content_type="text/css; charset=utf-8")
    version = brand.stylesheet_version
    response["ETag"] = f'"{version}"'
    if request.GET.get("v") == version:
        patch_cache_control(response, public=True, max_age=ONE_YEAR, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response
