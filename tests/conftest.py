"""Suite-wide fixtures: the demo content is loaded once per test database, and published once."""

import shutil

import pytest
from django.core.management import call_command
from django.test import override_settings

from publishing.publisher import publish_site
from publishing.release import ReleaseStore


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(scope="session")
def demo_release(tmp_path_factory, django_db_setup, django_db_blocker):
    """One full publish of the demo (a pristine copy is handed to each test by `site`)."""
    root = tmp_path_factory.mktemp("published")
    with django_db_blocker.unblock(), override_settings(PUBLISH_ROOT=root):
        publish_site(workers=1)
    return root


@pytest.fixture
def site(demo_release, tmp_path, settings):
    """A private copy of the published demo, set as PUBLISH_ROOT; its ReleaseStore."""
    root = tmp_path / "site"
    shutil.copytree(demo_release, root, symlinks=True)
    settings.PUBLISH_ROOT = root
    return ReleaseStore(root)


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
