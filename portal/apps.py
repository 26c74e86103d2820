from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The project: settings, URLs, WSGI, health, backups and the task workers' command."""

    name = "portal"
    verbose_name = "Portal"
