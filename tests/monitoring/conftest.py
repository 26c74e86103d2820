"""Fixtures for the monitoring tests: users by role and the Spanish home page."""

import pytest
from monitoring_helpers import make_user
from wagtail.models import Locale

from content.models import HomePage


@pytest.fixture
def editor(db):
    return make_user("dml_editor")


@pytest.fixture
def moderator(db):
    return make_user("dml_moderator")


@pytest.fixture
def regional_editor(db):
    return make_user("regional_editor", "editor_puno")


@pytest.fixture
def spanish_home(db):
    return HomePage.objects.get(locale=Locale.objects.get(language_code="es"))
