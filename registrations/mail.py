"""The two e-mails of a registration, built from the stored registration at send time (by the
mailbox's outbox worker, inbox/outbox.py).

The team's e-mail is in Spanish, tagged with the reference: SIVITMA registrations go to the line 4
mailbox, Retorno registrations to the assigned office (or its regional directorate) and to the
line 2 mailbox of DML. The visitor's confirmation, in their language, repeats nothing they typed
(the form would otherwise let anyone send text of their choice, from our domain, to any address);
the Retorno confirmation gives the office's address and phone.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from inbox.mail import OPERATORS_LANGUAGE, mailbox_address, message_id_domain
from inbox.models import OutboxEntry


def admin_url(registration):
    name = f"{registration._meta.model_name}:inspect"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=[registration.pk])


def headers(registration, kind, auto_submitted):
    suffix = "" if kind == OutboxEntry.Kind.MAILBOX else f".{kind}"
    return {
        "Message-ID": f"<{registration.reference}{suffix}@{message_id_domain()}>",
        "X-Infomigra-Reference": registration.reference,
        "Auto-Submitted": auto_submitted,
    }


def team_email(registration):
    recipients = [*registration.team_addresses(), mailbox_address(registration.team_line)]
    with translation.override(OPERATORS_LANGUAGE):
        subject = f"[Infomigra][{registration.team_label}] {registration.reference}"
        body = render_to_string(
            f"registrations/email/{registration.mail_name}_team.txt",
            {"registration": registration, "admin_url": admin_url(registration)},
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(dict.fromkeys(recipients)),
        reply_to=[registration.email],
        headers=headers(registration, OutboxEntry.Kind.MAILBOX, "no"),
    )


def confirmation_email(registration):
    with translation.override(registration.language):
        subject = gettext("Perú Infomigra: we received your registration %(reference)s") % {
            "reference": registration.reference
        }
        body = render_to_string(
            "registrations/email/confirmation.txt",
            {
                "registration": registration,
                "office": registration.office_contact(registration.language),
            },
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
        reply_to=[mailbox_address()],
        headers=headers(registration, OutboxEntry.Kind.CONFIRMATION, "auto-replied"),
    )


def build(registration, kind):
    if kind == OutboxEntry.Kind.MAILBOX:
        return team_email(registration)
    return confirmation_email(registration)
