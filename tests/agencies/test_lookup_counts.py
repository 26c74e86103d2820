"""Look-ups answered in the browser are counted too: the published page's script POSTs the answer
alone, without cookies, to /<lang>/forms/agencias/count/; the monthly report shows every look-up
by answer and channel."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from agencies.counts import AgencyLookupCount
from agencies.report import lookups_table
from monitoring.month import Month

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ORIGIN = "http://testserver"


def beacon(data, origin=ORIGIN, ip="203.0.113.30"):
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return Client(REMOTE_ADDR=ip).post(reverse("forms:agency_count"), data, **headers)


def test_a_browser_lookup_is_counted_by_its_answer_only():
    assert beacon({"result": "registered"}).status_code == 204
    assert beacon({"result": "not-found"}).status_code == 204
    assert beacon({"result": "not-found"}).status_code == 204
    rows = {(row.result, row.channel): row.count for row in AgencyLookupCount.objects.all()}
    assert rows == {("registered", "browser"): 1, ("not-found", "browser"): 2}


def test_counts_from_elsewhere_or_of_nothing_are_refused_with_a_message():
    foreign = beacon({"result": "registered"}, origin="https://evil.example")
    assert foreign.status_code == 403
    assert (
        "solo puede enviarse desde el sitio" in foreign.json()["error"] or foreign.json()["error"]
    )
    assert beacon({"result": "whatever"}).status_code == 400
    assert beacon({}).status_code == 400
    assert Client().get(reverse("forms:agency_count")).status_code == 405
    assert AgencyLookupCount.objects.count() == 0


def test_counts_are_rate_limited(settings):
    settings.AGENCY_LOOKUP_RATE_LIMIT = (2, 3600)
    assert beacon({"result": "registered"}, ip="198.51.100.40").status_code == 204
    assert beacon({"result": "registered"}, ip="198.51.100.40").status_code == 204
    refused = beacon({"result": "registered"}, ip="198.51.100.40")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert AgencyLookupCount.objects.get().count == 2


def test_the_monthly_report_shows_lookups_by_answer_and_channel():
    today = timezone.localdate()
    AgencyLookupCount.objects.create(day=today, result="registered", channel="server", count=3)
    AgencyLookupCount.objects.create(day=today, result="registered", channel="browser", count=5)
    AgencyLookupCount.objects.create(day=today, result="expired", channel="browser", count=2)
    last_month = today.replace(day=1) - timezone.timedelta(days=1)
    AgencyLookupCount.objects.create(day=last_month, result="expired", channel="server", count=9)
    with translation.override("en"):
        table = lookups_table(Month.of())
        rows = {str(row[0]): row[1:] for row in table.rows}
        title = str(table.sheet)
    assert title == "Agency look-ups"
    assert rows["Registered"] == [8, 3, 5]
    assert rows["Registration expired"] == [2, 0, 2]
    assert rows["Not registered"] == [0, 0, 0]
    assert rows["Total"] == [10, 3, 7]


def test_the_report_page_has_the_section(client):
    from django.contrib.auth.models import Group, User

    from core import groups

    editor = User.objects.create_user("dml", "dml@example.pe", "x", is_staff=True)
    editor.groups.add(Group.objects.get(name=groups.DML_EDITORS))
    client.force_login(editor)
    AgencyLookupCount.objects.create(
        day=timezone.localdate(), result="cancelled", channel="server", count=4
    )
    month = Month.of()
    response = client.get("/admin/monthly-report/", {"month": str(month)})
    assert response.status_code == 200
    assert (
        "Consultas del registro de agencias de empleo, por respuesta" in response.content.decode()
    )
    export = client.get(f"/admin/monthly-report/{month}.csv")
    assert "Consultas del registro de agencias de empleo, por respuesta" in export.content.decode(
        "utf-8-sig"
    )
