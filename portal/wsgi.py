import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
application = get_wsgi_application()

# --- Static publishing (issue 5): public pages come from PUBLISH_ROOT/current, not from Django.
from publishing.serve import StaticSite  # noqa: E402

application = StaticSite(application)
