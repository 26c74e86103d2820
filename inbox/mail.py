"""The two emails of a contact message, built from the stored message at send time.

The Infomigra mailbox gets the message in Spanish, tagged with reference and line
(`[Infomigra][Línea 2] IM-2026-000123 …`), with `Reply-To` the visitor. The visitor gets a short
confirmation in their language. Both carry a Message-ID derived from the reference, so a copy
sent twice (a worker died after the server accepted it) is recognisably the same message.

The confirmation repeats nothing the visitor typed (not even the name): the form would otherwise
let anyone send text of their choice, from our domain, to any address.
"""

from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from themes.brand import BrandSettings

from .models import ContactLine, MailboxSettings, OutboxEntry

OPERATORS_LANGUAGE = "es"


def mailbox_address(line=None):
    """The Infomigra mailbox of `line` (MailboxSettings, set by DML), or the main one, owned by
    the national brand setting (DGSENEP image group)."""
    if line is not None:
        lines = MailboxSettings.objects.first()  # not created here: that would be a change
        if lines is not None and lines.address_for(line):
            return lines.address_for(line)
    return BrandSettings.load().mailbox_email


def message_id_domain():
    return settings.INFOMIGRA_MESSAGE_ID_DOMAIN or (
        parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "infomigra.invalid"
    )


def message_id(message, kind):
    suffix = "" if kind == OutboxEntry.Kind.MAILBOX else f".{kind}"
    return f"<{message.reference}{suffix}@{message_id_domain()}>"


def line_tag(message):
    if message.line == ContactLine.OTHER:
        return gettext("Other topics")
    return gettext("Line %(number)s") % {"number": message.line}


def admin_url(message):
    path = reverse("contact_message:inspect", args=[message.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def mailbox_email(message):
    with translation.override(OPERATORS_LANGUAGE):
        subject = f"[Infomigra][{line_tag(message)}] {message.reference} {message.subject}"
        body = render_to_string(
            "inbox/email/mailbox.txt",
            {
                "message": message,
                "line": message.get_line_display(),
                "language": translation.get_language_info(message.language)["name_local"],
                "admin_url": admin_url(message),
            },
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mailbox_address(message.line)],
        reply_to=[formataddr((message.name, message.email))],
        headers={
            "Message-ID": message_id(message, OutboxEntry.Kind.MAILBOX),
            "X-Infomigra-Reference": message.reference,
            "X-Infomigra-Line": message.line,
            "Auto-Submitted": "no",
        },
    )


def confirmation_email(message):
    with translation.override(message.language):
        subject = gettext("Perú Infomigra: we received your message %(reference)s") % {
            "reference": message.reference
        }
        body = render_to_string(
            "inbox/email/confirmation.txt",
            {"message": message, "line": message.get_line_display()},
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.email],
        reply_to=[mailbox_address()],
        headers={
            "Message-ID": message_id(message, OutboxEntry.Kind.CONFIRMATION),
            "X-Infomigra-Reference": message.reference,
            "Auto-Submitted": "auto-replied",
        },
    )


def build(entry):
    if entry.message_id is None:  # another submission (a registration) builds its own e-mails
        return entry.source.outbox_mail(entry.kind)
    if entry.kind == OutboxEntry.Kind.MAILBOX:
        return mailbox_email(entry.message)
    return confirmation_email(entry.message)
