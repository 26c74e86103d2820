"""Fixtures of the registration tests (helpers in registration_support.py)."""

import pytest

from registrations.models import ReturnPage, SivitmaPage
from tests.inbox.contact_support import smtp_server


def pages_by_language(model):
    return {
        page.locale.language_code: page for page in model.objects.live().select_related("locale")
    }


@pytest.fixture
def sivitma_pages(db):
    return pages_by_language(SivitmaPage)


@pytest.fixture
def retorno_pages(db):
    return pages_by_language(ReturnPage)


@pytest.fixture
def smtp(settings):
    with smtp_server(settings) as server:
        yield server
