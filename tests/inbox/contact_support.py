"""Helpers for the contact tests: visitors with a form ticket, a loopback SMTP server, the worker.

Nothing here stands in for a real part: the SMTP server is aiosmtpd on 127.0.0.1, delivery goes
through Django's SMTP backend, and the queue is django-tasks' database backend run by the real
`manage.py db_worker` (in this process, so that it sees the test database).
"""

import email
import signal
import socket
import time
from contextlib import contextmanager
from email import policy
from unittest import mock

from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from django_tasks_db.models import DBTaskResult, get_date_max

from inbox.models import MailServerState, OutboxEntry
from public_forms import ticket

ORIGIN = "http://testserver"


def valid_data(**overrides):
    data = {
        "name": "Rosa Huamán",
        "email": "rosa.huaman@example.pe",
        "country": "España",
        "line": "2",
        "subject": "Quiero volver al Perú",
        "text": "Hola, vivo en Madrid y quiero saber qué programas de retorno hay.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class Visitor:
    """A browser on the portal: it saw the form a minute ago (its ticket cookie says so) and
    posts from the site's own origin, from its own address."""

    def __init__(self, client, ip="203.0.113.10", shown_seconds_ago=60):
        self.client = client
        self.ip = ip
        if shown_seconds_ago is not None:
            self.show_form(shown_seconds_ago)

    def show_form(self, seconds_ago):
        self.client.cookies[ticket.COOKIE_NAME] = ticket.sign(time.time() - seconds_ago)

    def post(self, url, data, origin=ORIGIN, **headers):
        if origin is not None:
            headers.setdefault("HTTP_ORIGIN", origin)
        headers.setdefault("HTTP_SEC_FETCH_SITE", "same-origin")
        return self.client.post(url, data, REMOTE_ADDR=self.ip, **headers)


def endpoint(page, name="forms:contact"):
    """The form endpoint of `page` in the page's language, e.g. /es/forms/contact/84/."""
    with translation.override(page.locale.language_code):
        return reverse(name, args=[page.pk])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Mailbox:
    """aiosmtpd handler: keeps every accepted message; refuses the addresses in `unknown`."""

    def __init__(self, unknown=()):
        self.messages = []
        self.unknown = set(unknown)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.unknown:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for rcpt, message in self.messages if address in rcpt]


class SMTPServer:
    """A real SMTP server on a fixed loopback port that can be stopped and started again."""

    def __init__(self, port, mailbox):
        self.port = port
        self.mailbox = mailbox
        self.controller = None

    def start(self):
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@contextmanager
def smtp_server(settings):
    """A loopback SMTP server (not started yet) that Django's SMTP backend sends to, with tasks
    on the database queue; `settings` is pytest-django's fixture. `nadie@example.pe` is refused."""
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


def run_worker():
    """`manage.py db_worker --batch`: run every task that is due, then return.

    The worker installs its own SIGINT/SIGTERM handlers; they are put back afterwards. It runs
    inside the test transaction, so its between-tasks connection check must not close the
    connection (on PostgreSQL that would end the test's transaction); real worker processes are
    tested in test_worker_processes.py.
    """
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {sig: signal.getsignal(sig) for sig in signals}
    try:
        with mock.patch(
            "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
        ):
            call_command(
                "db_worker",
                queue_name="*",
                batch=True,
                startup_delay=False,
                reload=False,
                interval=0,
                verbosity=0,
            )
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def advance_clock(delta):
    """As if `delta` had passed: move due dates of the outbox and of queued tasks back."""
    OutboxEntry.objects.update(
        created_at=F("created_at") - delta,
        retrying_since=F("retrying_since") - delta,
        next_attempt_at=F("next_attempt_at") - delta,
        claimed_at=F("claimed_at") - delta,
    )
    DBTaskResult.objects.filter(status="READY").exclude(run_after=get_date_max()).update(
        run_after=F("run_after") - delta
    )
    MailServerState.objects.update(
        unreachable_since=F("unreachable_since") - delta, checked_at=F("checked_at") - delta
    )
