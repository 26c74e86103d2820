from django.apps import AppConfig


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = "Roles"

    def ready(self):
        # Imports in ready() are lazy on purpose: they need the app registry (models) loaded.
        from roles import signals  # noqa: F401  (region editors publish in their events area)
