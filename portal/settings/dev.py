"""Development settings: `make run` uses these."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-infomigra"  # noqa: F405
# The demo content and its `load_demo` command (development and tests only).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
EMAIL_BACKEND = os.environ.get(  # noqa: F405
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
