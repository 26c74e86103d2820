from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = "Contenido Infomigra"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imports in ready() are lazy on purpose: they need the app registry (models) loaded.
        from content import signals  # noqa: F401  (permissions follow translations)
