"""A registration's e-mails in the admin: the list and the detail say how their delivery went, and
a failed one can be tried again (POST with the CSRF token) by whoever may see the registration,
and only by them: Retorno office staff only for their region."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from test_admin_access import return_registration, sivitma_registration

from core import groups
from inbox.models import OutboxEntry
from roles.setup import region_group
from tests.registrations.registration_support import region

pytestmark = pytest.mark.django_db

SIVITMA = "/admin/sivitma/"
RETORNO = "/admin/retorno/"


def user(username, *group_names):
    account = User.objects.create_user(username, f"{username}@example.pe", "x", is_staff=True)
    for name in group_names:
        account.groups.add(Group.objects.get(name=name))
    return account


def browser(account, csrf=False):
    client = Client(enforce_csrf_checks=csrf)
    client.force_login(account)
    return client


def fail(registration, kind=OutboxEntry.Kind.CONFIRMATION):
    """The worker gave up on one of the registration's e-mails (a 5xx refusal, say)."""
    entry = registration.outbox.get(kind=kind)
    OutboxEntry.objects.filter(pk=entry.pk).update(
        status=OutboxEntry.Status.FAILED, attempts=3, last_error="550 mailbox unavailable"
    )
    return entry


def sent(registration, kind=OutboxEntry.Kind.MAILBOX):
    entry = registration.outbox.get(kind=kind)
    OutboxEntry.objects.filter(pk=entry.pk).update(status=OutboxEntry.Status.SENT)
    return entry


def status(entry):
    entry.refresh_from_db()
    return entry.status


def test_the_sivitma_team_sees_a_failed_confirmation_and_sends_it_again(
    django_capture_on_commit_callbacks,
):
    registration = sivitma_registration()
    sent(registration)
    failed = fail(registration)
    team = browser(user("equipo", groups.SIVITMA_TEAM), csrf=True)

    listing = team.get(SIVITMA).content.decode()
    assert re.search(r"<th >\s*entrega\s*</th>", listing)  # the column of the list
    assert "Buzón de Infomigra: enviado; confirmación al visitante: fallido" in listing
    detail = team.get(f"{SIVITMA}inspect/{registration.pk}/")
    html = detail.content.decode()
    assert "550 mailbox unavailable" in html
    retry = f"{SIVITMA}{registration.pk}/retry/{failed.pk}/"
    assert f'action="{retry}"' in html and "Reintentar" in html
    assert html.count("Reintentar") == 1  # the e-mail that was sent has no button
    token = detail.cookies["csrftoken"].value

    assert team.get(retry).status_code == 405  # a link or a prefetch changes nothing
    assert team.post(retry).status_code == 403  # no CSRF token
    assert status(failed) == OutboxEntry.Status.FAILED

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = team.post(retry, {"csrfmiddlewaretoken": token}, follow=True)
    assert response.redirect_chain[-1][0] == f"{SIVITMA}inspect/{registration.pk}/"
    assert "Se intentará entregarlo de nuevo." in response.content.decode()
    assert status(failed) == OutboxEntry.Status.SENT  # the mail worker delivered it
    assert [message.to for message in mail.outbox] == [[registration.email]]
    assert registration.reference in mail.outbox[0].subject

    # An e-mail that did not fail is not sent again.
    with django_capture_on_commit_callbacks(execute=True):
        response = team.post(retry, {"csrfmiddlewaretoken": token}, follow=True)
    assert "Solo se pueden reintentar las entregas fallidas." in response.content.decode()
    assert len(mail.outbox) == 1


def test_only_who_may_see_a_registration_may_retry_its_e_mails():
    registration = sivitma_registration()
    failed = fail(registration, OutboxEntry.Kind.MAILBOX)
    retry = f"{SIVITMA}{registration.pk}/retry/{failed.pk}/"
    for account in [user("moderadora", groups.DML_MODERATORS), user("editora", groups.DML_EDITORS)]:
        assert browser(account).post(retry).status_code == 403, account.username
    anonymous = Client().post(retry)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    assert status(failed) == OutboxEntry.Status.FAILED


def test_retorno_office_staff_retry_their_regions_e_mails_only():
    in_cusco = return_registration("Wilber Ccama", "Cusco")
    in_lima = return_registration("Jorge Salas", "Lima Metropolitana")
    cusco_failed = fail(in_cusco, OutboxEntry.Kind.MAILBOX)
    lima_failed = fail(in_lima, OutboxEntry.Kind.MAILBOX)
    cusco_staff = user("cusco")
    cusco_staff.groups.add(region_group(region("Cusco")))
    staff = browser(cusco_staff)

    # Lima's registration is not theirs: its detail and its retry are refused alike.
    html = staff.get(f"{RETORNO}inspect/{in_cusco.pk}/").content.decode()
    assert f'action="{RETORNO}{in_cusco.pk}/retry/{cusco_failed.pk}/"' in html
    assert staff.post(f"{RETORNO}{in_lima.pk}/retry/{lima_failed.pk}/").status_code == 403
    # Naming their own registration with Lima's e-mail finds nothing.
    assert staff.post(f"{RETORNO}{in_cusco.pk}/retry/{lima_failed.pk}/").status_code == 404
    assert status(lima_failed) == OutboxEntry.Status.FAILED
    # The list shows their registration's delivery, not Lima's.
    listing = staff.get(RETORNO).content.decode()
    assert in_cusco.reference in listing and in_lima.reference not in listing
    assert "fallido" in listing

    response = staff.post(f"{RETORNO}{in_cusco.pk}/retry/{cusco_failed.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{RETORNO}inspect/{in_cusco.pk}/"
    assert status(cusco_failed) == OutboxEntry.Status.PENDING

    # DML sees every region and may retry Lima's.
    dml = browser(user("dml", groups.DML_MODERATORS))
    assert dml.post(f"{RETORNO}{in_lima.pk}/retry/{lima_failed.pk}/").status_code == 302
    assert status(lima_failed) == OutboxEntry.Status.PENDING
