from django.apps import AppConfig

REGISTRY_PATH = "/agencias-de-empleo.json"  # portal/urls.py answers it; every release holds it


class AgenciesConfig(AppConfig):
    name = "agencies"
    verbose_name = "Employment agencies"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imports in ready() are lazy on purpose: they need the app registry (models) loaded.
        from monitoring.report_extensions import register_table
        from publishing.extras import register_file

        from . import report, signals  # noqa: F401 (signals connects its receivers)

        register_table(report.lookups_table)
        register_file(REGISTRY_PATH)
