from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from agencies import urls as agencies_urls
from agencies import views as agencies_views
from content import views as content_views
from content.api import api_router
from inbox import urls as inbox_urls
from monitoring import urls as monitoring_urls
from monitoring.search_counts import search_counted
from portal.health import health
from portal.media_files import serve_media
from public_forms import urls as public_forms_urls
from registrations import urls as registrations_urls
from search import views as search_views
from themes import views as theme_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # --- Headless API: Wagtail API v2, public content only.
    path("api/v2/", api_router.urls),
    path("health/", health, name="health"),  # database and task worker
]

# --- the national brand stylesheet (outside the language prefix; the static publisher
# writes it as /brand.css too) ---
urlpatterns += [path("brand.css", theme_views.brand_stylesheet, name="brand_css")]
# --- the registry of employment agencies that the look-up pages search in the browser (written
# into every release too, agencies/apps.py) ---
urlpatterns += [
    path("agencias-de-empleo.json", agencies_views.registry, name="agency_registry"),
]

# --- Uploaded media outside the published release (admin thumbnails, originals): only with the
# permission to see them; documents only through /documents/. ---
urlpatterns += [
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", serve_media, name="media_file")
]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # The static search page's searches, counted for the monthly report (a beacon).
    path("search/counted/", search_counted, name="search_counted"),
    # The public form endpoints, one `forms` namespace: the ticket, contact and "La voz del
    # migrante", page feedback, the SIVITMA and Retorno Productivo registrations, the look-up of
    # employment agencies.
    path(
        "forms/",
        include(
            (
                public_forms_urls.urlpatterns
                + inbox_urls.urlpatterns
                + monitoring_urls.urlpatterns
                + registrations_urls.urlpatterns
                + agencies_urls.urlpatterns,
                "forms",
            )
        ),
    ),
    # A video's captions, a .vtt file next to its page (Wagtail routes only paths ending in "/").
    re_path(
        r"^(?P<page_path>(?:[\w-]+/)+)captions\.(?P<language>[a-z]{2,3})\.vtt$",
        content_views.video_captions,
        name="video_captions",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
