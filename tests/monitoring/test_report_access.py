"""Only DML editors and moderators (holders of monitoring.view_monthly_report) see the report."""

import pytest

pytestmark = pytest.mark.django_db

URLS = [
    "/admin/monthly-report/?month=2026-10",
    "/admin/monthly-report/2026-10.csv",
    "/admin/monthly-report/2026-10.xlsx",
    "/admin/monthly-report/2026-10/print/",
]


@pytest.mark.parametrize("url", URLS)
def test_a_regional_editor_gets_403(client, regional_editor, url):
    client.force_login(regional_editor)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", URLS)
def test_dml_editors_and_moderators_may_open_it(client, editor, moderator, url):
    for user in (editor, moderator):
        client.force_login(user)
        assert client.get(url).status_code == 200, user


@pytest.mark.parametrize("url", URLS)
def test_visitors_are_sent_to_the_login(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_menu_offers_it_to_those_who_may_open_it(client, editor, regional_editor):
    client.force_login(editor)
    assert "/admin/monthly-report/" in client.get("/admin/").content.decode()
    client.force_login(regional_editor)
    assert "/admin/monthly-report/" not in client.get("/admin/").content.decode()
