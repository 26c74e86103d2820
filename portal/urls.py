from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from content.api import api_router
from portal.health import health
from search import views as search_views
from themes import views as theme_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # --- Headless API (issue 5): Wagtail API v2, public content only.
    path("api/v2/", api_router.urls),
    path("health/", health, name="health"),  # issue 9: database and task worker
]

# --- issue 3: the national brand stylesheet (outside the language prefix; the static publisher
# writes it as /brand.css too) ---
urlpatterns += [path("brand.css", theme_views.brand_stylesheet, name="brand_css")]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# --- issue 3: uploaded media (logos, crests) served by the CMS itself when SERVE_MEDIA is set,
# e.g. for the browser tests' portal process (DEBUG is off there). ---
if settings.PORTAL_SERVE_MEDIA and not settings.DEBUG:
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # --- issue 4: public form endpoints (contact, "La voz del migrante", form ticket) ----------
    path("forms/", include("content.contact.urls")),
    # --- end issue 4 ---------------------------------------------------------------------------
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
