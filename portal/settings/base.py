"""Settings shared by every environment. Everything that differs comes from environment variables."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from core import paths

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core: secrets, hosts, applications, middleware, templates -----------------------------------
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "whitenoise.runserver_nostatic",
    "core",
    "content",
    "roles",
    "public_forms",
    "inbox",
    "monitoring",
    "network",
    "registrations",
    "agencies",
    "themes",
    "search",
    "publishing",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # The project (health, backup/restore, the workers' command), brute-force protection,
    # Content-Security-Policy.
    "portal",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.security.headers.SecurityHeadersMiddleware",  # before whitenoise
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.security.csp.PortalCSPMiddleware",  # public policy, or the admin's on admin paths
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",  # Django's, without 404 -> 302 for /api/ etc.
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, turns lockouts into responses
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ------------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while the task worker writes. Memory-mapped reads share the
    # operating system's page cache between connections (one per request): the search index's
    # pages stay hot, which halves a common word's search (benchmarks/search.py).
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault(
        "init_command",
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=268435456;",
    )
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Editors' passwords: at least 12 characters, not common, not all digits, not like the user's name.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -----------------------------------------------------------------------------------
# Spanish is the source language; English, Quechua and Aymara are translations.
# Django has no data for "qu" and "ay": core.languages registers it at start-up.
LANGUAGE_CODE = "es"
LANGUAGES = [
    ("es", "Español"),
    ("en", "English"),
    ("qu", "Runasimi"),
    ("ay", "Aymar aru"),
]
# Language names in the reader's language (search results, the monthly report); LANGUAGES has
# each language's name in itself.
PORTAL_LANGUAGE_NAMES = {
    "es": _("Spanish"),
    "en": _("English"),
    "qu": _("Quechua"),
    "ay": _("Aymara"),
}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Lima"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("es", "Español"), ("en", "English")]
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# Translations of pages are written as drafts; content.translation_views publishes them only
# for users who may publish (content/translation_permissions.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static files, media and Wagtail -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_KEEP_ONLY_HASHED_FILES = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Perú Infomigra"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "png", "jpg", "jpeg", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["png", "jpg", "jpeg", "webp", "svg"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Site search ---------------------------------------------------------------------------------
# Wagtail's database backend by default (SQLite FTS5 or PostgreSQL, with our Spanish analysis,
# search/analysis.py); ELASTICSEARCH_URL switches to Elasticsearch with Spanish index settings.
from search.backends import search_backends  # noqa: E402

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_backends(
    ELASTICSEARCH_URL, index_prefix=os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "infomigra_")
)
WAGTAILSEARCH_HITS_MAX_AGE = 400  # keep a year of daily query counts for the monthly report

# --- JSON API (WAGTAILAPI_BASE_URL is set with the published site's address below) ---------------
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100

# --- Background tasks ----------------------------------------------------------------------------
# Background work goes through django-tasks: the "default" queue (publishing, Wagtail's own
# tasks) and the "mail" queue (the contact outbox), each with its worker (`manage.py worker`).
TASK_QUEUES = ["default", "mail"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}

# --- Email (EMAIL_TIMEOUT is with the contact mailbox below) -------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Perú Infomigra <no-responder@infomigra.gob.pe>"
)

# --- Contact mailbox, "La voz del migrante" and public forms -------------------------------------
# The mailbox addresses are not settings: the national brand setting holds the main one, the
# mailbox settings one per line (read through inbox.mail.mailbox_address).
# Domain of the Message-IDs built from reference numbers; empty: DEFAULT_FROM_EMAIL's domain.
INFOMIGRA_MESSAGE_ID_DOMAIN = os.environ.get("INFOMIGRA_MESSAGE_ID_DOMAIN", "")
# Failed deliveries are retried with backoff for this long (at least 4 h) before being marked failed.
CONTACT_DELIVERY_RETRY_HOURS = float(os.environ.get("CONTACT_DELIVERY_RETRY_HOURS", "24"))
# Answered messages are anonymised by `manage.py anonymise_contact_messages` after this many days.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
# Public forms: the form ticket (public_forms/ticket.py), body size and per-address rate limit.
FORMS_MIN_FILL_SECONDS = float(os.environ.get("FORMS_MIN_FILL_SECONDS", "3"))
FORMS_TICKET_MAX_AGE = int(os.environ.get("FORMS_TICKET_MAX_AGE", str(4 * 60 * 60)))
FORMS_MAX_BODY_BYTES = 256 * 1024
FORMS_RATE_LIMIT = (  # (posts, seconds) per visitor address and form
    int(os.environ.get("FORMS_RATE_LIMIT_POSTS", "10")),
    int(os.environ.get("FORMS_RATE_LIMIT_WINDOW", "3600")),
)
# Searches of the published site's static search page counted per visitor address (the beacon
# to /<lang>/search/counted/, monitoring/search_counts.py): (searches, seconds).
SEARCH_COUNT_RATE_LIMIT = (
    int(os.environ.get("SEARCH_COUNT_RATE_LIMIT_POSTS", "120")),
    int(os.environ.get("SEARCH_COUNT_RATE_LIMIT_WINDOW", "3600")),
)
# Look-ups of the employment agency registry without JavaScript (agencies/views.py), per address.
AGENCY_LOOKUP_RATE_LIMIT = (
    int(os.environ.get("AGENCY_LOOKUP_RATE_LIMIT", "60")),
    int(os.environ.get("FORMS_RATE_LIMIT_WINDOW", "3600")),
)
# Registrations (registrations/): the minimum monthly salary a SIVITMA contract may state (Peru's
# Remuneración Mínima Vital, S/ 1,130 since 2025) and the largest signed-contract PDF accepted.
MINIMUM_MONTHLY_WAGE = os.environ.get("MINIMUM_MONTHLY_WAGE", "1130")
SIVITMA_MAX_PDF_BYTES = int(os.environ.get("SIVITMA_MAX_PDF_BYTES", str(5 * 1024 * 1024)))
# Number of reverse proxies in front of the CMS (the static server counts): their
# X-Forwarded-For entries name the visitor for the forms and the sign-in lock. 0: REMOTE_ADDR is
# the visitor and no header is believed. FORMS_TRUSTED_PROXIES is its former name.
TRUSTED_PROXIES = int(
    os.environ.get("TRUSTED_PROXIES", os.environ.get("FORMS_TRUSTED_PROXIES", "0"))
)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Seconds per SMTP command; a whole send is given up after twice this (inbox/smtp.py).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))

# --- Logging -------------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# --- National brand, crests, image uploads -------------------------------------------------------
# Every image upload (single, multiple, chooser) goes through this form: SVG sanitising and the
# crest rules below (themes/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "themes.image_forms.PortalImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGES_MAX_UPLOAD_BYTES", 10 * 1024 * 1024))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGES_MAX_PIXELS", 40_000_000))
# Top-level collections: the brand's logos (DGSENEP) and the crests (one sub-collection per region).
PORTAL_BRAND_COLLECTION = "Marca"
PORTAL_CREST_COLLECTION = "Escudos"
PORTAL_CREST_FORMATS = ["png", "webp", "svg"]
PORTAL_CREST_MAX_BYTES = int(os.environ.get("CREST_MAX_BYTES", 512 * 1024))
PORTAL_CREST_MAX_SIDE = int(os.environ.get("CREST_MAX_SIDE_PX", 1200))
PORTAL_CREST_MIN_SIDE = int(os.environ.get("CREST_MIN_SIDE_PX", 64))
# Regional media (news photos, documents): one sub-collection per region under this one.
PORTAL_REGIONS_COLLECTION = "Red SENEP"

# --- Monitoring: content freshness, monthly report -----------------------------------------------
# The weekly content-freshness email (monitoring.tasks): weekday (0 = Monday) and local hour.
FRESHNESS_DIGEST_WEEKDAY = int(os.environ.get("FRESHNESS_DIGEST_WEEKDAY", "0"))
FRESHNESS_DIGEST_HOUR = int(os.environ.get("FRESHNESS_DIGEST_HOUR", "8"))
# Reviews due within this many days are listed as "due soon".
FRESHNESS_DUE_SOON_DAYS = 30

# --- Static publishing ---------------------------------------------------------------------------
# `manage.py publish` renders the public site into PUBLISH_ROOT/releases/<id>/ and points
# PUBLISH_ROOT/current at it; the worker re-publishes what changed on every page publish.
PUBLISH_ROOT = Path(os.environ.get("PUBLISH_ROOT", BASE_DIR / "site"))
# The address visitors use: absolute URLs in the sitemap, feeds, hreflang and the API.
# Its host must be in ALLOWED_HOSTS (pages are rendered with it as Host).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
PUBLISH_KEEP_RELEASES = int(os.environ.get("PUBLISH_KEEP_RELEASES", "5"))
# The CMS process answers public URLs from PUBLISH_ROOT/current itself (`make run`); in production
# nginx does (production.py turns this off).
SERVE_PUBLISHED_SITE = env_bool("SERVE_PUBLISHED_SITE", True)
# Processes rendering a full publish (both cores by default).
PUBLISH_WORKERS = int(os.environ.get("PUBLISH_WORKERS", str(os.cpu_count() or 1)))
# After each edit is live, the worker collects its garbage and freezes what survives out of the
# collector's way (publishing/tasks.py).
PUBLISH_FREEZE_AFTER_EDIT = env_bool("PUBLISH_FREEZE_AFTER_EDIT", True)
# CPU priority (`nice`) of the static search index rebuilt after an incremental publish: the
# lowest, so that the next edit's build comes first.
STATIC_INDEX_NICENESS = int(os.environ.get("STATIC_INDEX_NICENESS", "19"))
# Threads of that index (Pagefind's RAYON_NUM_THREADS): one, so that it never holds every core
# while an edit is built (at 10,000 pages, 20 edits back to back: p95 1,315 -> 1,143 ms).
STATIC_INDEX_THREADS = int(os.environ.get("STATIC_INDEX_THREADS", "1"))
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL

# --- Security: response headers, Content-Security-Policy, admin sign-in, uploads -----------------
# HTTPS-only switches (redirect, HSTS, secure cookies) are in production.py; everything here
# applies in every environment so tests see the real headers.
from datetime import timedelta  # noqa: E402

from csp.constants import NONE, SELF, UNSAFE_INLINE, WASM_UNSAFE_EVAL  # noqa: E402

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Video players that Wagtail embeds may frame (and only those); nothing else comes from
# another origin.
EMBED_ORIGINS = env_list(
    "EMBED_ORIGINS",
    "https://www.youtube-nocookie.com,https://www.youtube.com,https://player.vimeo.com",
)

# Public pages (and the published static site, through deploy/nginx/security-headers.conf):
# no inline script or style, nothing from other origins except framed video players.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # The static search runs Pagefind's WebAssembly (compiling it is all this allows).
        "script-src": [SELF, WASM_UNSAFE_EVAL],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail and Django admins rely on inline scripts and styles and frame their own previews:
# a relaxed policy for those paths only (core.security.csp.PortalCSPMiddleware).
ADMIN_PATH_PREFIXES = paths.ADMIN_PREFIXES
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Browser features nobody on the portal needs are switched off; video players may go fullscreen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "fullscreen": ["self", *EMBED_ORIGINS],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}
# The admin must not call home or load avatars from another origin.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Admin login: django-axes locks a (username, client address) pair after 5 failures, and an
# address on its own after LOGIN_FAILURES_PER_ADDRESS failures across all accounts; the locks
# and the failure window last 15 minutes. Logins and failures also go to Wagtail's log.
AUTHENTICATION_BACKENDS = [
    "core.security.login.RequestAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "core.security.login.AccountAndAddressHandler"
LOGIN_FAILURES_PER_ADDRESS = int(os.environ.get("LOGIN_FAILURES_PER_ADDRESS", "30"))
AXES_LOCKOUT_CALLABLE = "core.security.login.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.security.client_address.client_ip"
AXES_VERBOSE = False
# Editors' sessions end after a working day, "remember me" or not.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Uploads: documents only of the allowed types, checked by content as well as by extension
# (core.security.uploads), always served through Wagtail's view (permission checks, nosniff,
# `Content-Security-Policy: default-src 'none'`); only PDFs and raster images open inline.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.security.uploads.CheckedDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Image uploads (size, pixels, SVG sanitising, crest rules) are set with the brand settings above.

# --- Health and backups --------------------------------------------------------------------------
# Health endpoint (portal.health): the worker is late when a due task has waited this many
# seconds and none finished meanwhile; /health/ enqueues a heartbeat task at most this often.
WORKER_MAX_SILENCE = float(os.environ.get("WORKER_MAX_SILENCE", "120"))
WORKER_HEARTBEAT_INTERVAL = float(os.environ.get("WORKER_HEARTBEAT_INTERVAL", "30"))

# Backups: `manage.py backup` writes archives here unless told otherwise.
BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", BASE_DIR / "backups"))

# --- Rich text -----------------------------------------------------------------------------------
# Rich text from the admin: Draftail, refusing forged non-JSON submissions instead of failing.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "core.security.rich_text.CheckedDraftailRichTextArea"},
}
