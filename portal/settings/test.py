"""Settings for the pytest suite."""

import tempfile

from .base import *  # noqa: F403

# The demo content and its `load_demo` command (development and tests only).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="infomigra-media-"))  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Wagtail's own background work (reference index, renditions) runs inline in tests.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASK_QUEUES,  # noqa: F405
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static publishing: a throwaway site folder; pages render in the test process so they
# see the test's own transaction (subprocess tests pass PUBLISH_WORKERS and their own database).
PUBLISH_ROOT = Path(os.environ.get("PUBLISH_ROOT") or tempfile.mkdtemp(prefix="infomigra-site-"))  # noqa: F405
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://testserver").rstrip("/")  # noqa: F405
PUBLISH_WORKERS = int(os.environ.get("PUBLISH_WORKERS", "1"))  # noqa: F405
# Publishes run inside the test process: freezing would keep every test's objects for good.
PUBLISH_FREEZE_AFTER_EDIT = env_bool("PUBLISH_FREEZE_AFTER_EDIT", False)  # noqa: F405
# `make test` keeps both cores busy: at nice 19 the index a test waits for could wait minutes for
# a CPU (the lowest priority is for production, where the next edit must come first).
STATIC_INDEX_NICENESS = int(os.environ.get("STATIC_INDEX_NICENESS", "0"))  # noqa: F405
# Browser tests wait this long before sending a form, as a person would; the rule is the same at 1 s.
FORMS_MIN_FILL_SECONDS = float(os.environ.get("FORMS_MIN_FILL_SECONDS", "1"))  # noqa: F405
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]  # noqa: F405
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or tempfile.mkdtemp(prefix="infomigra-static-"))  # noqa: F405
WHITENOISE_USE_FINDERS = True
# Static files are looked up when asked for: every test client builds its own middleware, which
# would otherwise list every app's static files first (~40 ms, about 950 times per run).
WHITENOISE_AUTOREFRESH = True
