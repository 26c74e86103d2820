from django.apps import AppConfig


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = "Registrations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imports in ready() are lazy on purpose: they need the app registry (models) loaded.
        from monitoring.report_extensions import register_table

        from . import report

        register_table(report.registrations_table)
