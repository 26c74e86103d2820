"""System checks for the contact forms' configuration (run by `manage.py check`)."""

from django.conf import settings
from django.core.checks import Error, register

MINIMUM_RETRY_HOURS = 4


@register()
def contact_settings(app_configs=None, **kwargs):
    errors = []
    if settings.CONTACT_DELIVERY_RETRY_HOURS < MINIMUM_RETRY_HOURS:
        errors.append(
            Error(
                "CONTACT_DELIVERY_RETRY_HOURS must be at least 4: deliveries are retried for at "
                "least four hours before a message is marked failed.",
                id="content.E402",
            )
        )
    return errors
