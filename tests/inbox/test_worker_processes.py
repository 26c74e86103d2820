"""Several `db_worker` processes on one queue never send an outbox entry twice.

This runs the portal the way `make run` does (development settings, the database task backend,
SQLite in WAL mode) in separate processes against their own database file, with the SMTP server
on loopback in this process. Every entry gets a second task right behind its first one, as the
sweep would enqueue for an entry whose task looks lost, so workers really do race for entries.
"""

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from contact_support import Mailbox, SMTPServer, free_port

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 15
WORKERS = 3

CREATE = f"""
from inbox import outbox
from inbox.outbox import submit_message
for number in range({MESSAGES}):
    message = submit_message(
        language="es", name=f"Persona {{number}}", email=f"persona{{number}}@example.pe",
        country="Chile", line="1", subject=f"Consulta {{number}}", text="Hola",
    )
    for entry in message.outbox.all():
        outbox.enqueue(entry.pk)  # a second task right behind the first
"""

REPORT = """
from collections import Counter
from django_tasks_db.models import DBTaskResult
from inbox.models import OutboxEntry
deliveries = DBTaskResult.objects.filter(task_path="inbox.outbox.deliver_outbox_entry")
print("REPORT", sorted(Counter(deliveries.values_list("status", flat=True)).items()))
print("REPORT", sorted(Counter(r.split(":")[0] for r in deliveries.values_list("return_value", flat=True)).items()))
print("REPORT", sorted(Counter(OutboxEntry.objects.values_list("status", flat=True)).items()))
print("REPORT", deliveries.filter(return_value="skipped:sending").count())
"""


class SlowMailbox(Mailbox):
    """Takes a moment over each message, as real servers do: the window in which workers race."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.05)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def portal(make_portal):
    """A copy of the demo on the suite's database engine, its mail going to a loopback server."""
    port = free_port()
    env = make_portal("workers")
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
    )
    return env, port


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        **kwargs,
    )


def test_racing_worker_processes_deliver_each_entry_exactly_once(portal):
    env, port = portal
    mailbox = SlowMailbox()
    server = SMTPServer(port, mailbox)
    manage(env, "shell", "-c", CREATE)
    server.start()
    try:
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "manage.py"),
                    "db_worker",
                    "--queue-name=mail",
                    "--batch",
                    "--no-reload",
                    "--no-startup-delay",
                    "--interval=0",
                    f"--worker-id=worker-{number}",
                    "-v0",
                ],
                env=env,
                cwd=ROOT,
            )
            for number in range(WORKERS)
        ]
        assert [worker.wait(timeout=300) for worker in workers] == [0] * WORKERS
    finally:
        server.stop()

    message_ids = [message["Message-ID"] for _rcpt, message in mailbox.messages]
    assert len(message_ids) == 2 * MESSAGES
    assert len(set(message_ids)) == 2 * MESSAGES
    output = manage(env, "shell", "-c", REPORT).stdout.splitlines()
    tasks, outcomes, entries, races = [
        line.removeprefix("REPORT ") for line in output if line.startswith("REPORT ")
    ]
    assert tasks == str([("SUCCESSFUL", 4 * MESSAGES)])
    assert outcomes == str([("sent", 2 * MESSAGES), ("skipped", 2 * MESSAGES)])
    assert entries == str([("sent", 2 * MESSAGES)])
    print(
        f"{races} of {2 * MESSAGES} duplicate tasks found their entry being sent by another worker"
    )
