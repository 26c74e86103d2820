"""A mail worker killed with SIGKILL in the middle of an SMTP send.

The portal runs in processes of its own with the production settings (the database queue, SQLite
or PostgreSQL like the suite), the mail worker is the real `manage.py worker`, and the SMTP server
is aiosmtpd on loopback, which takes its time over the first message. The worker is killed while
the server holds that message. The next sweep (run every minute) releases the entry at once
because its worker's process is gone, marks the dead worker's task failed, and a new worker sends
the message once more, with the same Message-ID; nothing is sent a third time.
"""

import asyncio
import signal
import subprocess
import sys
import threading

import pytest

from tests.inbox.contact_support import Mailbox, SMTPServer, free_port
from tests.portal.portal_process import ROOT, manage

pytestmark = pytest.mark.postgres

SUBMIT = """
from inbox.outbox import submit_message
submit_message(language="es", name="Rosa", email="rosa@example.pe", country="Chile",
               line="4", subject="Contrato", text="Hola")
"""
REPORT = """
from django_tasks_db.models import DBTaskResult
from inbox.models import OutboxEntry
print("ENTRIES", sorted(OutboxEntry.objects.values_list("kind", "status")))
print("RUNNING", DBTaskResult.objects.filter(status="RUNNING").count())
print("DIED", DBTaskResult.objects.filter(exception_class_path__endswith="WorkerDied").count())
"""


class SlowFirstMessage(Mailbox):
    """Keeps every message it receives; holds the first one for a while before answering."""

    def __init__(self):
        super().__init__()
        self.holding = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        if len(self.messages) == 1:
            self.holding.set()
            await asyncio.sleep(5)
        return reply


def lines_of(output, prefix):
    return [
        line.removeprefix(prefix + " ") for line in output.splitlines() if line.startswith(prefix)
    ]


@pytest.mark.django_db
def test_a_killed_worker_s_message_is_sent_again_once_at_the_next_sweep(production_env):
    port = free_port()
    env = production_env
    env.update(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
        EMAIL_TIMEOUT="10",
    )
    mailbox = SlowFirstMessage()
    server = SMTPServer(port, mailbox)
    server.start()
    worker_command = [sys.executable, str(ROOT / "manage.py"), "worker", "--queue-name", "mail"]
    worker_command += ["--no-startup-delay", "--interval", "0.1", "-v0"]
    try:
        manage(env, "shell", "-c", SUBMIT)
        worker = subprocess.Popen(worker_command, env=env, cwd=ROOT)
        try:
            assert mailbox.holding.wait(timeout=120), "the worker never started sending"
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
        before = manage(env, "shell", "-c", REPORT).stdout
        assert "('mailbox', 'sending')" in lines_of(before, "ENTRIES")[0]
        assert lines_of(before, "RUNNING") == ["1"]

        manage(env, "sweep_contact_outbox", "-v0")  # the next minute's sweep; no clock moved
        manage(env, "worker", "--queue-name", "mail", "--batch", "--no-startup-delay", "-v0")
        manage(env, "sweep_contact_outbox", "-v0")
        manage(env, "worker", "--queue-name", "mail", "--batch", "--no-startup-delay", "-v0")
        after = manage(env, "shell", "-c", REPORT).stdout
    finally:
        server.stop()

    assert lines_of(after, "ENTRIES") == ["[('confirmation', 'sent'), ('mailbox', 'sent')]"]
    assert lines_of(after, "RUNNING") == ["0"]
    assert lines_of(after, "DIED") == ["1"]
    ids = [message["Message-ID"] for _rcpt, message in mailbox.messages]
    mailbox_copies = [i for i in ids if ".confirmation@" not in i]
    assert len(mailbox_copies) == 2 and len(set(mailbox_copies)) == 1  # once more, same id
    assert len(ids) == 3  # and the confirmation once
