from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Cross-cutting production concerns: security headers, login audit, uploads, health, backups."""

    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        # Imports in ready() are lazy on purpose: they need the app registry (models) loaded.
        from portal.security import login  # noqa: F401  (connects the login audit receivers)
