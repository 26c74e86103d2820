import os

from django.core.asgi import get_asgi_application

# Application servers run in production unless told otherwise: a forgotten variable
# then fails loudly (production settings refuse to start without their secrets) instead of
# serving with DEBUG on. manage.py keeps the development default.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
application = get_asgi_application()
