"""Suite-wide fixtures: the demo content is loaded once per test database."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture
def demo_page():
    """Look up a live demo page by model and language: demo_page(CountryGuidePage, "es", country_code="ES")."""
    from wagtail.models import Locale

    def lookup(model, language="es", **filters):
        locale = Locale.objects.get(language_code=language)
        return model.objects.live().filter(locale=locale, **filters).first()

    return lookup
