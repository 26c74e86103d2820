"""The mailbox figures of the monthly report, from the contact messages and their outbox.

Received: messages stored during the month. Answered: messages whose status became "answered"
during the month, whenever they arrived; the median time to answer is over those. Failed
deliveries: outbox entries created during the month that ended in "failed" (both kinds: to the
Infomigra mailbox and the confirmation to the visitor).
"""

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from inbox.models import ContactLine, ContactMessage, OutboxEntry


@dataclass
class LineFigures:
    line: str
    label: str
    received: int = 0
    answered: int = 0
    median_hours: float | None = None


@dataclass
class MailboxFigures:
    lines: list[LineFigures]
    failed_deliveries: int

    @property
    def received(self):
        return sum(line.received for line in self.lines)

    @property
    def answered(self):
        return sum(line.answered for line in self.lines)


def mailbox_figures(month):
    in_month = {"created_at__gte": month.start, "created_at__lt": month.end}
    received = Counter(
        ContactMessage.objects.filter(**in_month).values_list("line", flat=True).iterator()
    )
    delays = defaultdict(list)
    answered = ContactMessage.objects.filter(
        answered_at__gte=month.start, answered_at__lt=month.end
    ).values_list("line", "created_at", "answered_at")
    for line, created_at, answered_at in answered:
        delays[line].append((answered_at - created_at).total_seconds() / 3600)
    lines = [
        LineFigures(
            line=str(value),
            label=str(label),
            received=received.get(value, 0),
            answered=len(delays[value]),
            median_hours=round(statistics.median(delays[value]), 1) if delays[value] else None,
        )
        for value, label in ContactLine.choices
    ]
    failed = OutboxEntry.objects.filter(
        status=OutboxEntry.Status.FAILED, message__isnull=False, **in_month
    ).count()
    return MailboxFigures(lines=lines, failed_deliveries=failed)
