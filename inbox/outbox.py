"""Delivery of outbox entries: claim, send, retry with backoff, give up, sweep.

- `submit_message` stores a message and, in the same transaction, its entries (`create_entries`);
  the tasks are enqueued only after it commits (a task must never look for an entry that is not
  there yet).
- `deliver` claims the entry with a conditional UPDATE (pending and due → sending). Only one
  worker can win that UPDATE, so an entry is never sent twice even when two workers run tasks for
  it at the same time (the sweep may enqueue a second task for an entry whose first one looks lost).
- Delivery tasks (`deliver_outbox_entry`, django-tasks; the database backend and
  `manage.py db_worker` in dev/prod) run on their own queue (`MAIL_QUEUE`, a worker of its own),
  so mail never delays publishing; retries have a lower priority than first attempts. The task
  lives here, next to `deliver` and `enqueue`: each needs the other.
- A transient failure puts the entry back to pending with exponential backoff (1, 2, 4 … minutes,
  at most an hour apart) and enqueues a task with `run_after`. When the server cannot be reached
  at all, it is marked unreachable (smtp.py) and other entries wait without trying; the sweep's
  probe, or the next successful send, releases every waiting entry at once. After
  CONTACT_DELIVERY_RETRY_HOURS (at least 4 h) the entry is marked failed and the operators are
  alerted by e-mail and on their dashboard; they can retry it. A permanent refusal (5xx, e.g. an
  unknown visitor address) fails at once.
- `sweep` (command `sweep_contact_outbox`, run every minute) releases claims of workers that died
  mid-send (at once when the worker's process is gone from this machine, otherwise after the send
  deadline), probes a server marked unreachable, re-enqueues due entries whose task was lost, fails
  entries whose retry window is over and alerts the operators about them. A message whose worker
  died after the server accepted it is sent once more, with the same Message-ID.
"""

import logging
import math
import smtplib
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import BadHeaderError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from core.processes import process_is_gone, this_process

from . import smtp
from .alerts import alert_failed_deliveries
from .mail import build
from .models import REFERENCE_PREFIX, ContactMessage, OutboxEntry

logger = logging.getLogger(__name__)

BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=1)
SWEEP_GRACE = timedelta(minutes=5)
MAIL_QUEUE = "mail"
RETRY_PRIORITY = -10
WAITING_FOR_SERVER = "Waiting: the SMTP server could not be reached"


def backoff(attempts):
    """Wait after the `attempts`-th failed attempt: 1, 2, 4, … minutes, capped at an hour.
    The exponent is capped first, so any number of attempts is fine."""
    cap = math.ceil(math.log2(BACKOFF_MAX / BACKOFF_FIRST))
    return min(BACKOFF_FIRST * 2 ** min(max(attempts - 1, 0), cap), BACKOFF_MAX)


def stale_claim():
    """How long a claim may last: the send deadline and a margin for the database updates."""
    return smtp.send_deadline() + timedelta(seconds=20)


def retry_window():
    return timedelta(hours=settings.CONTACT_DELIVERY_RETRY_HOURS)


def submit_message(**fields):
    """Store a message and its outbox entries in one transaction; delivery starts on commit."""
    with transaction.atomic():
        message = ContactMessage.objects.create(consent_at=timezone.now(), **fields)
        year = timezone.localtime(message.created_at).year
        message.reference = f"{REFERENCE_PREFIX}-{year}-{message.pk:06d}"
        message.save(update_fields=["reference"])
        create_entries(message)
    return message


def create_entries(owner):
    """The owner's two entries (mailbox and confirmation), queued once the transaction commits.
    The owner is a `ContactMessage` or any model with `outbox_mail(kind)` (see mail.build)."""
    link = {"message": owner} if isinstance(owner, ContactMessage) else {"source": owner}
    entries = [OutboxEntry.objects.create(kind=kind, **link) for kind in OutboxEntry.Kind.values]
    ids = [entry.pk for entry in entries]
    transaction.on_commit(lambda: [enqueue(pk) for pk in ids], robust=True)
    return entries


def enqueue(entry_id, run_after=None):
    """Enqueue the delivery task; False when it could not be queued (the sweep will catch up)."""
    task = deliver_outbox_entry
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return False
        task = task.using(run_after=run_after, priority=RETRY_PRIORITY)
    try:
        task.enqueue(entry_id)
    except Exception:
        logger.exception("Could not enqueue delivery of outbox entry %s", entry_id)
        return False
    return True


def claim(entry_id, now):
    """The entry, now marked as being sent by us; None if it is not pending and due."""
    token = uuid.uuid4().hex
    won = OutboxEntry.objects.filter(
        pk=entry_id, status=OutboxEntry.Status.PENDING, next_attempt_at__lte=now
    ).update(
        status=OutboxEntry.Status.SENDING,
        claimed_at=now,
        claimed_by=this_process(),
        claim_token=token,
        attempts=F("attempts") + 1,
    )
    if not won:
        return None
    return OutboxEntry.objects.select_related("message").get(pk=entry_id)


class Undeliverable(Exception):
    """The entry can never be sent as it stands (e.g. its message was anonymised)."""


def is_permanent(error):
    """A refusal that retrying cannot fix (RFC 5321 5xx replies, or a message we cannot build)."""
    if isinstance(error, BadHeaderError | Undeliverable):
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


def deliver(entry_id):
    """Send one outbox entry; returns what happened.

    "sent", "retry" or "failed"; or, when another worker has it or it is not due, "skipped:"
    followed by the entry's status ("skipped:sending" means two workers raced for it).
    """
    now = timezone.now()
    due = OutboxEntry.objects.filter(
        pk=entry_id, status=OutboxEntry.Status.PENDING, next_attempt_at__lte=now
    )
    if due.exists() and not smtp.may_try(now):
        due.update(last_error=WAITING_FOR_SERVER)
        return "waiting"
    entry = claim(entry_id, now)
    if entry is None:
        status = OutboxEntry.objects.filter(pk=entry_id).values_list("status", flat=True).first()
        return f"skipped:{status}"
    try:
        smtp.send(mail_for(entry))
    except Exception as error:  # every failure is recorded on the entry, none is lost
        if smtp.is_unreachable(error):
            smtp.mark_unreachable(now, error)
        return record_failure(entry, error, now)
    OutboxEntry.objects.filter(pk=entry.pk, claim_token=entry.claim_token).update(
        status=OutboxEntry.Status.SENT,
        sent_at=timezone.now(),
        last_error="",
        claim_token="",
        claimed_by="",
    )
    if smtp.mark_reachable(timezone.now()):
        release_waiting(timezone.now())
    return "sent"


def mail_for(entry):
    owner = entry.owner
    if owner is None:
        raise Undeliverable("what this e-mail was for has been deleted")
    if getattr(owner, "anonymised_at", None) is not None:
        raise Undeliverable("the message was anonymised")
    return build(entry)


def record_failure(entry, error, now):
    description = f"{type(error).__name__}: {error}"[:500]
    mine = OutboxEntry.objects.filter(pk=entry.pk, claim_token=entry.claim_token)
    if is_permanent(error) or now - entry.retrying_since >= retry_window():
        mine.update(
            status=OutboxEntry.Status.FAILED,
            last_error=description,
            claim_token="",
            claimed_by="",
        )
        logger.error("Outbox entry %s failed for good: %s", entry.pk, description)
        return "failed"
    next_attempt = now + backoff(entry.attempts)
    mine.update(
        status=OutboxEntry.Status.PENDING,
        next_attempt_at=next_attempt,
        last_error=description,
        claim_token="",
        claimed_by="",
    )
    logger.warning(
        "Outbox entry %s: attempt %s failed (%s); next at %s",
        entry.pk,
        entry.attempts,
        description,
        next_attempt.isoformat(),
    )
    enqueue(entry.pk, run_after=next_attempt)
    return "retry"


def retry(entry):
    """Operators: try a failed entry again, with a fresh retry window and backoff."""
    now = timezone.now()
    updated = OutboxEntry.objects.filter(pk=entry.pk, status=OutboxEntry.Status.FAILED).update(
        status=OutboxEntry.Status.PENDING,
        next_attempt_at=now,
        retrying_since=now,
        attempts=0,
        operators_alerted_at=None,
    )
    if updated:
        transaction.on_commit(lambda: enqueue(entry.pk), robust=True)
    return bool(updated)


def release_waiting(now):
    """The server answers again: every pending entry is due now; returns how many were queued."""
    waiting = OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING)
    ids = list(waiting.values_list("pk", flat=True))
    waiting.filter(pk__in=ids, next_attempt_at__gt=now).update(next_attempt_at=now)
    return sum(enqueue(pk) for pk in ids)


def release_dead_claims(now):
    """Claims of workers that died mid-send back to pending (due now); returns their ids."""
    sending = OutboxEntry.objects.filter(status=OutboxEntry.Status.SENDING)
    dead = [
        pk
        for pk, claimed_by, claimed_at in sending.values_list("pk", "claimed_by", "claimed_at")
        if process_is_gone(claimed_by) or claimed_at < now - stale_claim()
    ]
    sending.filter(pk__in=dead).update(
        status=OutboxEntry.Status.PENDING, claim_token="", claimed_by="", next_attempt_at=now
    )
    return dead


def fail_expired(now):
    """Entries still waiting when their retry window is over are failed (and alerted)."""
    return OutboxEntry.objects.filter(
        status=OutboxEntry.Status.PENDING, retrying_since__lte=now - retry_window()
    ).update(status=OutboxEntry.Status.FAILED)


def sweep(now=None, grace=SWEEP_GRACE):
    """Release dead claims, probe a server marked down, re-enqueue overdue entries, fail and
    alert expired ones; returns (released, enqueued)."""
    now = now or timezone.now()
    released = release_dead_claims(now)
    fail_expired(now)
    if smtp.state().unreachable_since is not None:
        if not smtp.probe():
            smtp.mark_unreachable(now, ConnectionError("the probe got no answer"))
            alert_operators(now)
            return len(released), 0
        smtp.mark_reachable(now)
        enqueued = release_waiting(now)
    else:
        due = OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING).filter(
            Q(next_attempt_at__lte=now - grace) | Q(pk__in=released)
        )
        enqueued = sum(enqueue(pk) for pk in list(due.values_list("pk", flat=True)))
    alert_operators(now)
    return len(released), enqueued


def alert_operators(now):
    return alert_failed_deliveries(now)


@task(queue_name=MAIL_QUEUE)
def deliver_outbox_entry(entry_id: int) -> str:
    return deliver(entry_id)
