"""The outbox under faults: a hung SMTP server, an outage that ends, failures past the window,
endless retries, a mailbox per line of action. Real SMTP servers on loopback (aiosmtpd, and a
socket that accepts connections and never answers), the real database queue and worker.
"""

import socket
import threading
from datetime import timedelta

import pytest
from contact_support import advance_clock, run_worker
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import groups
from inbox import outbox
from inbox.models import ContactMessage, MailboxSettings, MailServerState, OutboxEntry
from tests.inbox.test_delivery import MAILBOX, submit, use_mailbox

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class HungServer:
    """Accepts SMTP connections on loopback and never says a word; counts the connections."""

    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        if self.listener.fileno() != -1:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            self.listener.close()
            self.thread.join(timeout=5)
        for connection in self.connections:
            connection.close()


@pytest.fixture
def hung(smtp, settings):
    settings.EMAIL_TIMEOUT = 1
    server = HungServer(smtp.port)
    yield server
    server.close()


def submit_from_several_visitors(contact_pages, capture, count):
    for number in range(count):
        submit(
            contact_pages["es"],
            capture,
            ip=f"198.51.100.{number}",
            subject=f"Consulta {number}",
        )


def test_the_backoff_is_capped_whatever_the_number_of_attempts():
    for attempts in (41, 42, 1_000, 10**9):
        assert outbox.backoff(attempts) == outbox.BACKOFF_MAX


def test_an_operators_retry_starts_the_schedule_again(
    smtp, contact_pages, django_capture_on_commit_callbacks
):
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    OutboxEntry.objects.update(status="failed", attempts=41)
    entry = OutboxEntry.objects.get(kind="mailbox")
    with django_capture_on_commit_callbacks(execute=True):
        assert outbox.retry(entry)
    run_worker()  # the server is down: the first attempt of the new schedule fails
    entry.refresh_from_db()
    assert (entry.status, entry.attempts) == ("pending", 1)
    assert entry.next_attempt_at - entry.claimed_at == timedelta(minutes=1)


def test_a_hung_server_costs_one_timeout_and_the_other_mail_waits_without_trying(
    hung, contact_pages, django_capture_on_commit_callbacks
):
    submit_from_several_visitors(contact_pages, django_capture_on_commit_callbacks, 4)
    run_worker()

    assert len(hung.connections) == 1  # one send waited for the server; the others did not
    entries = OutboxEntry.objects.all()
    assert set(entries.values_list("status", flat=True)) == {"pending"}
    assert entries.filter(attempts=1).count() == 1
    assert entries.filter(last_error=outbox.WAITING_FOR_SERVER).count() == 7
    assert MailServerState.load().unreachable_since is not None


def test_mail_has_its_own_queue_and_first_attempts_go_before_retries(
    smtp, contact_pages, django_capture_on_commit_callbacks
):
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    deliveries = DBTaskResult.objects.filter(task_path__endswith="deliver_outbox_entry")
    assert set(deliveries.values_list("queue_name", flat=True)) == {outbox.MAIL_QUEUE}
    outbox.enqueue(OutboxEntry.objects.first().pk, run_after=timezone.now())
    priorities = sorted(deliveries.values_list("priority", flat=True))
    assert priorities == [outbox.RETRY_PRIORITY, 0, 0]


def test_when_the_server_answers_again_the_next_sweep_sends_everything_waiting(
    hung, smtp, contact_pages, django_capture_on_commit_callbacks
):
    use_mailbox(MAILBOX)
    submit_from_several_visitors(contact_pages, django_capture_on_commit_callbacks, 3)
    run_worker()
    call_command("sweep_contact_outbox", verbosity=0)  # still hung: the probe gets no answer
    run_worker()
    assert MailServerState.load().unreachable_since is not None

    hung.close()
    smtp.start()  # the same address answers again; no backoff has passed
    advance_clock(timedelta(minutes=1))  # the sweep runs every minute
    call_command("sweep_contact_outbox", verbosity=0)
    run_worker()

    assert len(smtp.mailbox.to(MAILBOX)) == 3
    assert set(OutboxEntry.objects.values_list("status", flat=True)) == {"sent"}
    assert MailServerState.load().unreachable_since is None


def test_after_the_retry_window_the_operators_get_one_alert(
    smtp, contact_pages, django_capture_on_commit_callbacks, settings, django_user_model
):
    settings.CONTACT_DELIVERY_RETRY_HOURS = 4
    operator = django_user_model.objects.create_user("operadora", "operadora@trabajo.gob.pe")
    operator.groups.add(Group.objects.get(name=groups.MAILBOX_OPERATORS))
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    reference = ContactMessage.objects.get().reference
    run_worker()  # down: the server is marked unreachable, the entries wait
    advance_clock(timedelta(hours=4, minutes=1))
    call_command("sweep_contact_outbox", verbosity=0)  # window over: failed, alert waits
    assert set(OutboxEntry.objects.values_list("status", flat=True)) == {"failed"}

    smtp.start()
    call_command("sweep_contact_outbox", verbosity=0)
    call_command("sweep_contact_outbox", verbosity=0)

    [alert] = smtp.mailbox.to("operadora@trabajo.gob.pe")
    assert "no se pudieron entregar" in str(alert["Subject"])
    assert reference in alert.get_content()
    assert "/admin/mailbox/?delivery=failed" in alert.get_content()
    assert len(smtp.mailbox.messages) == 1  # the failed entries themselves are not re-sent


def test_the_dashboard_tells_operators_that_the_server_is_down(
    hung, client, contact_pages, django_capture_on_commit_callbacks, django_user_model
):
    operator = django_user_model.objects.create_user("operador", password="x" * 16)
    operator.groups.add(Group.objects.get(name=groups.MAILBOX_OPERATORS))
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    run_worker()
    client.force_login(operator)
    html = client.get("/admin/").content.decode()
    assert 'id="mail-server-down"' in html
    assert "2 emails are waiting" in html or "2 correos" in html


def test_each_line_goes_to_its_own_mailbox(smtp, contact_pages, django_capture_on_commit_callbacks):
    use_mailbox(MAILBOX)
    lines = MailboxSettings.load()
    lines.line_2_email = "retorno@trabajo.gob.pe"
    lines.save()
    smtp.start()
    submit(contact_pages["es"], django_capture_on_commit_callbacks, line="2", subject="Vuelvo")
    submit(
        contact_pages["es"],
        django_capture_on_commit_callbacks,
        ip="198.51.100.7",
        line="1",
        subject="Me voy",
    )
    run_worker()
    [returning] = smtp.mailbox.to("retorno@trabajo.gob.pe")
    [leaving] = smtp.mailbox.to(MAILBOX)
    assert "Vuelvo" in str(returning["Subject"])
    assert "Me voy" in str(leaving["Subject"])


def test_a_claim_of_a_worker_elsewhere_is_released_after_the_send_deadline(
    smtp, contact_pages, django_capture_on_commit_callbacks
):
    smtp.start()
    submit(contact_pages["es"], django_capture_on_commit_callbacks)
    entry = OutboxEntry.objects.get(kind="mailbox")
    assert outbox.claim(entry.pk, entry.next_attempt_at) is not None
    OutboxEntry.objects.filter(pk=entry.pk).update(claimed_by="another-host:4242:1")
    DBTaskResult.objects.all().delete()
    call_command("sweep_contact_outbox", verbosity=0)
    assert OutboxEntry.objects.get(pk=entry.pk).status == "sending"  # it may still be sending
    advance_clock(outbox.stale_claim() + timedelta(seconds=1))  # well under 2 minutes
    call_command("sweep_contact_outbox", verbosity=0)
    run_worker()
    assert OutboxEntry.objects.get(pk=entry.pk).status == "sent"
