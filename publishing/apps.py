from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "publishing"
    verbose_name = "Publicación estática"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imports in ready() are lazy on purpose: they need the app registry (models) loaded.
        from . import checks, signals  # noqa: F401  (registers checks and signal receivers)
