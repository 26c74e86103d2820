"""Delivery through the outbox, with a real SMTP server on loopback and the real worker.

The form is submitted over HTTP (Django's test client), tasks go to django-tasks' database
backend, and `manage.py db_worker --batch` sends them through Django's SMTP backend to aiosmtpd.
"""

import re
from datetime import timedelta
from email.utils import getaddresses

import pytest
from contact_support import Visitor, advance_clock, endpoint, run_worker, valid_data
from django.core.management import call_command
from django.test import Client
from django_tasks_db.models import DBTaskResult

from inbox import outbox
from inbox.models import ContactMessage, OutboxEntry

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MAILBOX = "infomigra@trabajo.gob.pe"


def submit(page, capture, ip="203.0.113.10", **changes):
    """One visitor fills in the form and sends it; returns the thank-you page's HTML."""
    client = Client()
    with capture(execute=True):
        response = Visitor(client, ip=ip).post(endpoint(page), valid_data(**changes))
    assert response.status_code == 303
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    return thanks.content.decode()


def use_mailbox(address):
    """The operators' mailbox comes from the national brand setting."""
    from themes.brand import BrandSettings

    brand = BrandSettings.load()
    brand.mailbox_email = address
    brand.save()


def reference_on(html):
    return re.search(r'<strong id="reference-number">(IM-\d{4}-\d{6})</strong>', html).group(1)


def test_the_mailbox_receives_a_tagged_message_with_reply_to_and_stable_message_id(
    smtp, contact_pages, django_capture_on_commit_callbacks, settings
):
    use_mailbox(MAILBOX)
    smtp.start()
    html = submit(
        contact_pages["en"],
        django_capture_on_commit_callbacks,
        name='Pérez, "Juan" <jefe>',
        email="juan.perez@example.com",
        line="2",
        subject="Programa de retorno",
        text="Línea uno\nLínea dos",
    )
    reference = reference_on(html)
    assert DBTaskResult.objects.filter(status="READY").count() == 2

    run_worker()

    assert len(smtp.mailbox.messages) == 2
    [delivered] = smtp.mailbox.to(MAILBOX)
    # Django folds the encoded Subject right after "Subject:"; parsers keep that fold's space.
    subject = str(delivered["Subject"]).strip()
    assert subject == f"[Infomigra][Línea 2] {reference} Programa de retorno"
    assert getaddresses([str(delivered["Reply-To"])]) == [
        ('Pérez, "Juan" <jefe>', "juan.perez@example.com")
    ]
    assert delivered["Message-ID"] == f"<{reference}@infomigra.gob.pe>"
    assert delivered["X-Infomigra-Line"] == "2"
    assert delivered["To"] == MAILBOX
    body = delivered.get_content().replace("\r\n", "\n")
    for text in [
        f"Referencia: {reference}",
        "Línea de acción: Línea 2: retornar al Perú",
        'Nombre: Pérez, "Juan" <jefe>',
        "Correo electrónico: juan.perez@example.com",
        "País de residencia: España",
        "Idioma: English",
        "Asunto: Programa de retorno",
        "Línea uno\nLínea dos",
        "/admin/mailbox/inspect/",
    ]:
        assert text in body, text

    [confirmation] = smtp.mailbox.to("juan.perez@example.com")
    subject = str(confirmation["Subject"]).strip()
    assert subject == f"Perú Infomigra: we received your message {reference}"
    assert confirmation["Message-ID"] == f"<{reference}.confirmation@infomigra.gob.pe>"
    assert confirmation["Reply-To"] == MAILBOX
    assert reference in confirmation.get_content()
    # Nothing the visitor typed is repeated to the address they gave.
    assert "Juan" not in str(confirmation) and "Programa de retorno" not in str(confirmation)

    message = ContactMessage.objects.get(reference=reference)
    assert set(message.outbox.values_list("status", flat=True)) == {"sent"}
    # A second run, or a sweep, sends nothing again.
    call_command("sweep_contact_outbox", grace=0, verbosity=0)
    run_worker()
    assert len(smtp.mailbox.messages) == 2


def test_the_confirmation_is_in_the_visitors_language(
    smtp, contact_pages, django_capture_on_commit_callbacks
):
    smtp.start()
    reference = reference_on(
        submit(contact_pages["es"], django_capture_on_commit_callbacks, email="ana@example.pe")
    )
    run_worker()
    [confirmation] = smtp.mailbox.to("ana@example.pe")
    subject = str(confirmation["Subject"]).strip()
    assert subject == f"Perú Infomigra: recibimos tu mensaje {reference}"
    assert "Gracias por escribir a Perú Infomigra." in confirmation.get_content()


def test_fifty_messages_with_smtp_down_are_all_kept_then_delivered_exactly_once(
    smtp, contact_pages, django_capture_on_commit_callbacks, settings
):
    use_mailbox(MAILBOX)
    references = []
    for number in range(50):
        page = contact_pages["es" if number % 2 else "en"]
        html = submit(
            page,
            django_capture_on_commit_callbacks,
            ip=f"198.51.100.{number}",
            email=f"visitante{number}@example.pe",
            subject=f"Consulta {number}",
        )
        references.append(reference_on(html))
    assert len(set(references)) == 50
    assert ContactMessage.objects.count() == 50

    run_worker()  # the server is down: the first attempt fails, the others wait without trying
    assert smtp.mailbox.messages == []
    pending = OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING)
    assert pending.count() == 100
    assert all(entry.last_error for entry in pending)
    assert pending.filter(attempts=1).count() == 1
    assert pending.filter(attempts=0, last_error=outbox.WAITING_FOR_SERVER).count() == 99
    assert not OutboxEntry.objects.exclude(status=OutboxEntry.Status.PENDING).exists()
    run_worker()  # the retry is scheduled a minute later, not now
    assert OutboxEntry.objects.filter(attempts=1).count() == 1

    smtp.start()
    advance_clock(timedelta(minutes=2))
    run_worker()

    to_mailbox = smtp.mailbox.to(MAILBOX)
    assert len(to_mailbox) == 50
    subjects = sorted(str(m["Subject"]).split("] ")[-1].split(" ", 1)[0] for m in to_mailbox)
    assert subjects == sorted(references)
    assert len({m["Message-ID"] for m in to_mailbox}) == 50
    assert len(smtp.mailbox.messages) == 100  # and 50 confirmations
    assert set(OutboxEntry.objects.values_list("status", flat=True)) == {"sent"}

    # Lost-task recovery and a second worker pass change nothing: no duplicates.
    call_command("sweep_contact_outbox", grace=0, verbosity=0)
    run_worker()
    assert len(smtp.mailbox.to(MAILBOX)) == 50


def test_retries_last_at_least_four_hours_then_the_entry_is_failed_and_can_be_retried(
    smtp, contact_pages, django_capture_on_commit_callbacks, settings
):
    settings.CONTACT_DELIVERY_RETRY_HOURS = 4
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    run_worker()
    advance_clock(timedelta(hours=3, minutes=58))
    run_worker()
    call_command("sweep_contact_outbox", verbosity=0)
    assert set(OutboxEntry.objects.values_list("status", flat=True)) == {"pending"}
    # One entry kept trying (one attempt per minute at most while the server is down), the
    # other waited for it.
    assert sorted(OutboxEntry.objects.values_list("attempts", flat=True)) == [0, 2]
    advance_clock(timedelta(minutes=2, seconds=1))
    run_worker()
    call_command("sweep_contact_outbox", verbosity=0)
    entries = OutboxEntry.objects.all()
    assert set(entries.values_list("status", flat=True)) == {"failed"}
    assert all(entry.last_error for entry in entries)

    smtp.start()
    with django_capture_on_commit_callbacks(execute=True):
        for entry in entries:
            assert outbox.retry(entry)
    call_command("sweep_contact_outbox", verbosity=0)  # within a minute: the server answers
    run_worker()
    assert set(OutboxEntry.objects.values_list("status", flat=True)) == {"sent"}
    assert len(smtp.mailbox.messages) == 2


def test_the_backoff_schedule_spans_the_retry_window():
    waits = [outbox.backoff(attempt) for attempt in range(1, 12)]
    assert waits[:4] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert max(waits) == timedelta(hours=1)
    elapsed, attempts = timedelta(0), 1
    while elapsed < timedelta(hours=4):
        elapsed += outbox.backoff(attempts)
        attempts += 1
    assert attempts < 12  # about ten attempts in the first four hours


def test_a_refused_visitor_address_fails_at_once_and_the_mailbox_still_gets_the_message(
    smtp, contact_pages, django_capture_on_commit_callbacks, settings
):
    use_mailbox(MAILBOX)
    smtp.start()
    submit(contact_pages["es"], django_capture_on_commit_callbacks, email="nadie@example.pe")
    run_worker()
    assert len(smtp.mailbox.to(MAILBOX)) == 1
    confirmation = OutboxEntry.objects.get(kind="confirmation")
    assert confirmation.status == "failed"
    assert "550" in confirmation.last_error


def test_lost_tasks_are_found_by_the_sweep(smtp, contact_pages, django_capture_on_commit_callbacks):
    smtp.start()
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    DBTaskResult.objects.all().delete()  # e.g. the queue was wiped
    call_command("sweep_contact_outbox", verbosity=0)
    run_worker()
    assert smtp.mailbox.messages == []  # within the grace period nothing is re-enqueued
    advance_clock(timedelta(minutes=6))
    call_command("sweep_contact_outbox", verbosity=0)
    run_worker()
    assert len(smtp.mailbox.messages) == 2


def test_a_worker_that_died_mid_send_is_released_by_the_sweep(
    smtp, contact_pages, django_capture_on_commit_callbacks
):
    smtp.start()
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    entry = OutboxEntry.objects.get(kind="mailbox")
    assert outbox.claim(entry.pk, entry.next_attempt_at) is not None  # a worker took it…
    DBTaskResult.objects.all().delete()  # …and died with its task
    advance_clock(timedelta(minutes=16))
    call_command("sweep_contact_outbox", verbosity=0)
    run_worker()
    assert set(OutboxEntry.objects.values_list("status", flat=True)) == {"sent"}
    assert len(smtp.mailbox.messages) == 2


def test_two_workers_running_the_same_entry_send_it_once(
    smtp, contact_pages, django_capture_on_commit_callbacks
):
    smtp.start()
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    entry = OutboxEntry.objects.get(kind="mailbox")
    now = entry.next_attempt_at
    first = outbox.claim(entry.pk, now)
    second = outbox.claim(entry.pk, now)
    assert first is not None and second is None
    assert outbox.deliver(entry.pk) == "skipped:sending"  # while the first worker sends
    run_worker()  # the queued tasks of both entries: the claimed one is skipped
    assert len(smtp.mailbox.messages) == 1


def test_an_anonymised_message_is_never_sent(
    smtp, contact_pages, django_capture_on_commit_callbacks
):
    smtp.start()
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    ContactMessage.objects.get().anonymise()
    run_worker()
    assert smtp.mailbox.messages == []
    assert set(OutboxEntry.objects.values_list("status", flat=True)) == {"failed"}
