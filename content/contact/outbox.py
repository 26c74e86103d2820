"""Delivery of outbox entries: claim, send, retry with backoff, give up, sweep.

- `create_entries` runs inside the transaction that stores the message; the tasks are enqueued
  only after it commits (a task must never look for an entry that is not there yet).
- `deliver` claims the entry with a conditional UPDATE (pending and due → sending). Only one
  worker can win that UPDATE, so an entry is never sent twice even when two workers run tasks for
  it at the same time (the sweep may enqueue a second task for an entry whose first one looks lost).
- A transient failure puts the entry back to pending with exponential backoff (1, 2, 4 … minutes,
  at most an hour apart) and enqueues a task with `run_after`. After CONTACT_DELIVERY_RETRY_HOURS
  (at least 4 h) of failures the entry is marked failed and shown to the operators, who can retry
  it. A permanent refusal (5xx, e.g. an unknown visitor address) fails at once.
- `sweep` (command `sweep_contact_outbox`, run every few minutes) releases claims of workers that
  died mid-send and re-enqueues due entries whose task was lost.
"""

import logging
import smtplib
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import BadHeaderError, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import OutboxEntry

logger = logging.getLogger(__name__)

BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=1)
STALE_CLAIM = timedelta(minutes=15)
SWEEP_GRACE = timedelta(minutes=5)


def backoff(attempts):
    """Wait after the `attempts`-th failed attempt: 1, 2, 4, … minutes, capped at an hour."""
    return min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def retry_window():
    return timedelta(hours=settings.CONTACT_DELIVERY_RETRY_HOURS)


def create_entries(message):
    entries = [
        OutboxEntry.objects.create(message=message, kind=kind) for kind in OutboxEntry.Kind.values
    ]
    ids = [entry.pk for entry in entries]
    transaction.on_commit(lambda: [enqueue(pk) for pk in ids], robust=True)
    return entries


def enqueue(entry_id, run_after=None):
    """Enqueue the delivery task; False when it could not be queued (the sweep will catch up)."""
    from .tasks import deliver_outbox_entry

    task = deliver_outbox_entry
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return False
        task = task.using(run_after=run_after)
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
    entry = claim(entry_id, now)
    if entry is None:
        status = OutboxEntry.objects.filter(pk=entry_id).values_list("status", flat=True).first()
        return f"skipped:{status}"
    try:
        email = mail_for(entry)
        with get_connection(fail_silently=False) as connection:
            connection.send_messages([email])
    except Exception as error:  # every failure is recorded on the entry, none is lost
        return record_failure(entry, error, now)
    OutboxEntry.objects.filter(pk=entry.pk, claim_token=entry.claim_token).update(
        status=OutboxEntry.Status.SENT, sent_at=timezone.now(), last_error="", claim_token=""
    )
    return "sent"


def mail_for(entry):
    from .mail import build

    if entry.message.anonymised_at is not None:
        raise Undeliverable("the message was anonymised")
    return build(entry)


def record_failure(entry, error, now):
    description = f"{type(error).__name__}: {error}"[:500]
    mine = OutboxEntry.objects.filter(pk=entry.pk, claim_token=entry.claim_token)
    if is_permanent(error) or now - entry.retrying_since >= retry_window():
        mine.update(status=OutboxEntry.Status.FAILED, last_error=description, claim_token="")
        logger.error("Outbox entry %s failed for good: %s", entry.pk, description)
        return "failed"
    next_attempt = now + backoff(entry.attempts)
    mine.update(
        status=OutboxEntry.Status.PENDING,
        next_attempt_at=next_attempt,
        last_error=description,
        claim_token="",
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
    """Operators: try a failed entry again, with a fresh retry window."""
    now = timezone.now()
    updated = OutboxEntry.objects.filter(pk=entry.pk, status=OutboxEntry.Status.FAILED).update(
        status=OutboxEntry.Status.PENDING, next_attempt_at=now, retrying_since=now
    )
    if updated:
        transaction.on_commit(lambda: enqueue(entry.pk), robust=True)
    return bool(updated)


def sweep(now=None, grace=SWEEP_GRACE, stale=STALE_CLAIM):
    """Release stale claims and re-enqueue overdue entries; returns (released, enqueued)."""
    now = now or timezone.now()
    stale_ids = list(
        OutboxEntry.objects.filter(
            status=OutboxEntry.Status.SENDING, claimed_at__lt=now - stale
        ).values_list("pk", flat=True)
    )
    released = OutboxEntry.objects.filter(
        pk__in=stale_ids, status=OutboxEntry.Status.SENDING
    ).update(status=OutboxEntry.Status.PENDING, claim_token="", next_attempt_at=now)
    due = OutboxEntry.objects.filter(status=OutboxEntry.Status.PENDING).filter(
        Q(next_attempt_at__lte=now - grace) | Q(pk__in=stale_ids)
    )
    enqueued = sum(enqueue(pk) for pk in list(due.values_list("pk", flat=True)))
    return released, enqueued
