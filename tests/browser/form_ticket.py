"""The anti-robot form ticket as a browser test meets it (public_forms/ticket.py): a cookie set
when a form is shown, and a minimum time before the form may be sent."""

import time

from django.conf import settings

from public_forms.ticket import COOKIE_NAME as TICKET

MIN_FILL_SECONDS = settings.FORMS_MIN_FILL_SECONDS  # the portal under test has the same settings


def wait_for_ticket(context):
    """When the ticket cookie arrived (time.monotonic()); fails after 10 s without one."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if any(cookie["name"] == TICKET for cookie in context.cookies()):
            return time.monotonic()
        time.sleep(0.1)
    raise AssertionError("the form ticket cookie was never set")


def wait_like_a_reader(page, shown=None, margin=0.3):
    """Wait until the form may be sent: the minimum fill time after `shown` (or from now)."""
    elapsed = 0 if shown is None else time.monotonic() - shown
    page.wait_for_timeout(max(0, MIN_FILL_SECONDS + margin - elapsed) * 1000)
