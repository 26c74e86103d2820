"""The mailbox figures of the monthly report, from the contact messages."""

import pytest
import time_machine
from monitoring_helpers import lima

from inbox.models import ContactMessage, OutboxEntry
from monitoring.mailbox import mailbox_figures
from monitoring.month import Month
from monitoring.report import build_report
from monitoring.tables import mailbox_table

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def message(line, received, answered=None):
    with time_machine.travel(received, tick=False):
        item = ContactMessage.objects.create(
            language="es", line=line, consent_at=received, subject="Consulta", text="…"
        )
    if answered:
        with time_machine.travel(answered, tick=False):
            item.status = ContactMessage.Status.ANSWERED
            item.save()
    return item


def test_received_answered_and_median_time_by_line():
    message("1", lima(2030, 3, 2, 9), lima(2030, 3, 3, 9))  # 24 h
    message("1", lima(2030, 3, 5, 9), lima(2030, 3, 5, 15))  # 6 h
    message("1", lima(2030, 3, 10, 9), lima(2030, 3, 12, 9))  # 48 h
    waiting = message("2", lima(2030, 3, 20, 9))
    message("3", lima(2030, 2, 25, 9), lima(2030, 3, 1, 9))  # February's, 96 h
    message("other", lima(2030, 3, 31, 23, 30))  # still March in Lima
    april = message("4", lima(2030, 4, 1, 0, 30))
    for item, status in ((waiting, "failed"), (april, "failed")):
        OutboxEntry.objects.create(
            message=item, kind="mailbox", status=status, created_at=item.created_at
        )

    figures = mailbox_figures(Month(2030, 3))
    lines = {line.line: (line.received, line.answered, line.median_hours) for line in figures.lines}
    assert lines == {
        "1": (3, 3, 24.0),
        "2": (1, 0, None),
        "3": (0, 1, 96.0),
        "4": (0, 0, None),
        "other": (1, 0, None),
    }
    assert (figures.received, figures.answered, figures.failed_deliveries) == (5, 4, 1)

    with time_machine.travel(lima(2030, 4, 2, 9), tick=False):
        table = mailbox_table(build_report(Month(2030, 3)))
    assert [row[1:] for row in table.rows] == [
        [3, 3, 24.0],
        [1, 0, None],
        [0, 1, 96.0],
        [0, 0, None],
        [1, 0, None],
    ]
