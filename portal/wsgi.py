import os

from django.core.wsgi import get_wsgi_application

# Application servers run in production unless told otherwise: a forgotten variable
# then fails loudly (production settings refuse to start without their secrets) instead of
# serving with DEBUG on. manage.py keeps the development default.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
application = get_wsgi_application()

# --- Static publishing: public pages come from PUBLISH_ROOT/current, not from Django
# (in production nginx serves them, see docs/operations.md).
from django.conf import settings  # noqa: E402

if settings.SERVE_PUBLISHED_SITE:
    from publishing.serve import StaticSite

    application = StaticSite(application)
