import os

from django.core.wsgi import get_wsgi_application

# Application servers run in production unless told otherwise (issue 9): a forgotten variable
# then fails loudly (production settings refuse to start without their secrets) instead of
# serving with DEBUG on. manage.py keeps the development default.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
application = get_wsgi_application()

# --- Static publishing (issue 5): public pages come from PUBLISH_ROOT/current, not from Django.
from publishing.serve import StaticSite  # noqa: E402

application = StaticSite(application)
