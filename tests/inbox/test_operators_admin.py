"""The operators' admin views: only members of the mailbox operators' group read messages (403 else)."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from core import groups
from inbox.models import ContactMessage, OutboxEntry
from inbox.outbox import submit_message

pytestmark = pytest.mark.django_db

INDEX = "/admin/mailbox/"


def message(**fields):
    values = {
        "language": "es",
        "name": "Rosa Huamán",
        "email": "rosa@example.pe",
        "country": "Chile",
        "line": "1",
        "subject": "Consulta",
        "text": "Texto",
    }
    values.update(fields)
    return submit_message(**values)


def user(username, *groups, superuser=False):
    account = User.objects.create_user(username, f"{username}@example.pe", "x", is_staff=True)
    account.is_superuser = superuser
    account.save()
    for name in groups:
        account.groups.add(Group.objects.get(name=name))
    return account


@pytest.fixture
def operator():
    return user("operadora", groups.MAILBOX_OPERATORS)


@pytest.fixture
def messages():
    first = message(line="2", subject="Volver a Cusco")
    second = message(line="3", subject='=HYPERLINK("http://evil.example","clic")')
    third = message(line="2", subject="Antigua")
    ContactMessage.objects.filter(pk=third.pk).update(
        created_at=timezone.now() - timedelta(days=40), status="answered"
    )
    return first, second, third


def urls(messages):
    first = messages[0]
    return [
        INDEX,
        INDEX + "?export=csv",
        INDEX + "?export=xlsx",
        INDEX + "results/",
        f"{INDEX}inspect/{first.pk}/",
        f"{INDEX}usage/{first.pk}/",
        f"{INDEX}edit/{first.pk}/",
        f"{INDEX}history/{first.pk}/",
    ]


def test_the_groups_exist_with_admin_access():
    for name in (groups.MAILBOX_OPERATORS, groups.DML_MODERATORS):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()


def test_people_outside_the_group_get_403_on_list_export_and_detail(client, messages):
    editor = user("editora", "Editors")
    admin = user("jefa", superuser=True)
    moderator = user("moderadora", groups.DML_MODERATORS)
    for account in (editor, admin, moderator):
        client.force_login(account)
        for url in urls(messages):
            response = client.get(url)
            assert response.status_code == 403, (account.username, url)
            assert b"Rosa" not in response.content and b"Volver a Cusco" not in response.content
        response = client.post(f"{INDEX}edit/{messages[0].pk}/", {"status": "answered"})
        assert response.status_code == 403
    assert not ContactMessage.objects.filter(status="answered", pk=messages[0].pk).exists()


def test_anonymous_visitors_are_sent_to_the_login_page(client, messages):
    for url in urls(messages):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_the_menu_shows_the_mailbox_only_to_operators(client, operator):
    client.force_login(user("editora", "Editors"))
    assert INDEX.encode() not in client.get("/admin/").content
    client.force_login(operator)
    home = client.get("/admin/")
    assert INDEX.encode() in home.content
    assert "Buzón de Infomigra" in home.content.decode()


def test_operators_list_and_filter_by_line_status_and_date(client, operator, messages):
    first, second, third = messages
    client.force_login(operator)

    def listed(**params):
        response = client.get(INDEX, params)
        assert response.status_code == 200
        html = response.content.decode()
        return {m.reference for m in messages if m.reference in html}

    assert listed() == {first.reference, second.reference, third.reference}
    assert listed(line="2") == {first.reference, third.reference}
    assert listed(status="answered") == {third.reference}
    assert listed(status="new", line="2") == {first.reference}
    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    assert listed(created_at_from=since) == {first.reference, second.reference}
    assert listed(q="Volver a Cusco") == {first.reference}
    assert listed(line="<script>") == {first.reference, second.reference, third.reference}


def test_operators_read_the_detail_and_change_the_status(client, operator, messages):
    first = messages[0]
    client.force_login(operator)
    detail = client.get(f"{INDEX}inspect/{first.pk}/").content.decode()
    for text in (
        first.reference,
        "Rosa Huamán",
        "rosa@example.pe",
        "Volver a Cusco",
        "Buzón de Infomigra",
    ):
        assert text in detail
    response = client.post(f"{INDEX}edit/{first.pk}/", {"status": "answered"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == "answered" and first.answered_at is not None
    client.post(f"{INDEX}edit/{first.pk}/", {"status": "in_progress"})
    first.refresh_from_db()
    assert first.status == "in_progress" and first.answered_at is None
    # Messages are never created or deleted in the admin.
    assert client.get(f"{INDEX}new/", follow=True).status_code == 404
    assert client.get(f"{INDEX}delete/{first.pk}/", follow=True).status_code == 404
    assert client.get(f"{INDEX}edit/{first.pk}/").status_code == 200


def test_csv_export_holds_every_field_and_neutralises_formulas(client, operator, messages):
    client.force_login(operator)
    response = client.get(INDEX, {"export": "csv", "line": "3"})
    assert response.status_code == 200
    assert 'filename="buzon-infomigra.csv"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content)))
    header, [row] = rows[0], rows[1:]
    assert header[0] == "Referencia" and "Correo electrónico" in header
    record = dict(zip(header, row, strict=True))
    assert record["Referencia"] == messages[1].reference
    assert record["Asunto"] == '\'=HYPERLINK("http://evil.example","clic")'
    assert record["Correo electrónico"] == "rosa@example.pe"


def test_failed_deliveries_are_visible_and_can_be_retried(
    client, operator, messages, django_capture_on_commit_callbacks
):
    first = messages[0]
    entry = first.outbox.get(kind="mailbox")
    OutboxEntry.objects.filter(pk=entry.pk).update(
        status="failed", last_error="SMTPServerDisconnected: Connection unexpectedly closed"
    )
    client.force_login(operator)
    home = client.get("/admin/").content.decode()
    assert "1 correo no pudo entregarse" in home
    listed = client.get(INDEX, {"delivery": "failed"}).content.decode()
    assert first.reference in listed and messages[1].reference not in listed
    detail = client.get(f"{INDEX}inspect/{first.pk}/").content.decode()
    assert "Connection unexpectedly closed" in detail
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INDEX}retry/{entry.pk}/")
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status in ("pending", "sent")
    client.force_login(user("editora", "Editors"))
    OutboxEntry.objects.filter(pk=entry.pk).update(status="failed")
    assert client.post(f"{INDEX}retry/{entry.pk}/").status_code == 403


def test_operators_of_one_line_see_and_act_on_that_line_only(client, messages):
    first, second, _third = messages  # lines 2 and 3
    line_two = user("retorno", groups.LINE_OPERATORS["2"])
    client.force_login(line_two)

    listing = client.get(INDEX).content.decode()
    assert "Volver a Cusco" in listing and "HYPERLINK" not in listing
    export = client.get(INDEX + "?export=csv")
    exported = b"".join(export.streaming_content).decode("utf-8-sig")
    assert first.reference in exported and second.reference not in exported
    assert client.get(f"{INDEX}inspect/{first.pk}/").status_code == 200
    for url in (f"{INDEX}inspect/{second.pk}/", f"{INDEX}edit/{second.pk}/"):
        assert client.get(url).status_code == 403
    response = client.post(f"{INDEX}edit/{second.pk}/", {"status": "answered"})
    assert response.status_code == 403
    assert ContactMessage.objects.get(pk=second.pk).status == "new"

    failed = second.outbox.get(kind="mailbox")
    OutboxEntry.objects.filter(pk=failed.pk).update(status="failed")
    assert client.post(f"{INDEX}retry/{failed.pk}/").status_code == 404
    assert OutboxEntry.objects.get(pk=failed.pk).status == "failed"
    assert "Infomigra" in client.get("/admin/").content.decode()  # the dashboard panel


def test_the_line_groups_exist_with_admin_access():
    for name in groups.LINE_OPERATORS.values():
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()
