from django.apps import AppConfig

from core.languages import register_languages


class CoreConfig(AppConfig):
    """The foundation's own app: the lockout page's template, the sign-in audit receivers and the
    Wagtail hooks of the defences (log actions, the document allow-list)."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        register_languages()
        # Imported once the app registry is ready: the module imports django-axes' models.
        from core.security import login  # noqa: F401  (connects the login audit receivers)
