"""Fixtures for the mailbox (inbox) tests (helpers live in contact_support.py)."""

import pytest
from contact_support import Mailbox, SMTPServer, Visitor, free_port

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
    mailbox = Mailbox(unknown={"nadie@example.pe"})
    server = SMTPServer(free_port(), mailbox)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_TIMEOUT = 10
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}
    }
    try:
        yield server
    finally:
        server.stop()
