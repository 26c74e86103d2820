"""Suite-wide fixtures: the demo content is loaded once per test database."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _forget_cached_objects():
    """Each test's database changes are rolled back; objects cached in memory meanwhile (Wagtail
    caches image renditions in the default cache) must go with them."""
    yield
    from django.core.cache import cache

    cache.clear()
