"""Telling the mailbox operators that mail could not be delivered.

Entries that failed for good (the retry window is over, or the server refused them) are listed
in one e-mail to the active members of the operators' groups, once per entry
(`operators_alerted_at`). The e-mail is itself sent only while the SMTP server answers: otherwise
it waits for the next sweep, and the operators' dashboard panel shows the failures meanwhile.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from core.groups import mailbox_group_names

from . import smtp
from .models import OutboxEntry

logger = logging.getLogger(__name__)


def operators_addresses():
    users = get_user_model().objects.filter(is_active=True, groups__name__in=mailbox_group_names())
    return sorted({address for address in users.values_list("email", flat=True) if address})


def alert_failed_deliveries(now):
    """Send the alert about entries not alerted yet; returns how many it named."""
    unalerted = OutboxEntry.objects.filter(
        status=OutboxEntry.Status.FAILED, operators_alerted_at__isnull=True
    ).select_related("message")
    entries = list(unalerted.order_by("created_at")[:200])
    recipients = operators_addresses()
    if not entries or not recipients or smtp.state().unreachable_since is not None:
        return 0
    with translation.override("es"):
        email = EmailMessage(
            subject=f"[Infomigra] {len(entries)} correo(s) del buzón no se pudieron entregar",
            body=render_to_string(
                "inbox/email/delivery_alert.txt",
                {"entries": entries, "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")},
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=recipients,
            headers={"Auto-Submitted": "auto-generated"},
        )
    try:
        smtp.send(email)
    except Exception:  # the next sweep tries again; the dashboard shows the failures meanwhile
        logger.exception("Could not alert the operators about %s failed deliveries", len(entries))
        return 0
    OutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
        operators_alerted_at=now
    )
    return len(entries)
