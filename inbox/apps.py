from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "inbox"
    verbose_name = "Buzón Infomigra"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imports in ready() are lazy on purpose: they need the app registry (models) loaded.
        from inbox import checks  # noqa: F401  (registers the configuration checks)
