"""Fixtures for the mailbox (inbox) tests (helpers live in contact_support.py)."""

import pytest
from contact_support import Visitor, smtp_server

from content.models import ContactPage


@pytest.fixture
def contact_pages(db):
    return {
        language: ContactPage.objects.live().get(locale__language_code=language)
        for language in ("es", "en", "qu", "ay")
    }


@pytest.fixture
def visitor(client):
    return Visitor(client)


@pytest.fixture
def smtp(settings):
    """Mail goes through Django's SMTP backend to a loopback server (not started yet), and tasks
    go to the database queue."""
    with smtp_server(settings) as server:
        yield server
