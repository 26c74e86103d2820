"""`manage.py anonymise_contact_messages`: answered messages lose their personal data in time."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from inbox.models import ContactMessage
from inbox.outbox import submit_message

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def message(status, answered_days_ago=None):
    stored = submit_message(
        language="es",
        name="Rosa Huamán",
        email="rosa@example.pe",
        country="Chile",
        line="4",
        subject="Decisión 545",
        text="Mi contrato…",
    )
    stored.status = status
    stored.save()
    if answered_days_ago is not None:
        ContactMessage.objects.filter(pk=stored.pk).update(
            answered_at=timezone.now() - timedelta(days=answered_days_ago)
        )
    return stored


def run(*args):
    out = StringIO()
    call_command("anonymise_contact_messages", *args, stdout=out)
    return out.getvalue()


def test_answered_messages_older_than_the_retention_are_anonymised(settings):
    settings.CONTACT_RETENTION_DAYS = 30
    old = message("answered", answered_days_ago=31)
    recent = message("answered", answered_days_ago=29)
    open_old = message("in_progress")
    ContactMessage.objects.filter(pk=open_old.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    old.outbox.update(last_error="SMTPRecipientsRefused: {'rosa@example.pe': (550, ...)}")

    assert "1 message(s) would be anonymised" in run("--dry-run")
    assert ContactMessage.objects.get(pk=old.pk).name == "Rosa Huamán"

    reference = old.reference
    assert "Anonymised 1 message(s)" in run()
    old.refresh_from_db()
    assert (old.name, old.email, old.subject, old.text) == ("", "", "", "")
    assert old.anonymised_at is not None
    assert (old.reference, old.line, old.country, old.status) == (
        reference,
        "4",
        "Chile",
        "answered",
    )
    assert not old.outbox.exclude(last_error="").exists()
    for kept in (recent, open_old):
        kept.refresh_from_db()
        assert kept.email == "rosa@example.pe" and kept.anonymised_at is None

    assert "Anonymised 0 message(s)" in run()  # idempotent
    assert "Anonymised 1 message(s)" in run("--days", "28")


def test_negative_retention_is_refused():
    with pytest.raises(CommandError):
        run("--days", "-1")
