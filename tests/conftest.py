"""Suite-wide fixtures: the demo content is loaded once per test database."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the portal's default language: a request through the test client
    leaves its language active in the thread (Django's LocaleMiddleware does not reset it), and
    the next test would otherwise inherit it."""
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _forget_cached_objects():
    """Each test's database changes are rolled back; objects cached in memory meanwhile (Wagtail
    caches image renditions in the default cache) must go with them."""
    yield
    from django.core.cache import cache

    cache.clear()
