from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Red SENEP"
    default_auto_field = "django.db.models.BigAutoField"
