"""Who sees the registrations, through admin HTTP requests (list, results, export, detail, edit,
history, usage, the contract download) and the routes that could leak them otherwise (media,
documents, the API, the admin's choosers and search)."""

import csv
import io
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from registration_support import contract, region

from core import groups
from network.pages import OfficePage
from registrations.records import ReturnRegistration, SivitmaRegistration
from roles.setup import region_group

pytestmark = pytest.mark.django_db

SIVITMA = "/admin/sivitma/"
RETORNO = "/admin/retorno/"
PDF = contract().read()


def user(username, *group_names, superuser=False):
    account = User.objects.create_user(username, f"{username}@example.pe", "x", is_staff=True)
    account.is_superuser = superuser
    account.save()
    for name in group_names:
        account.groups.add(Group.objects.get(name=name))
    return account


def client_for(account):
    client = Client()
    if account is not None:
        client.force_login(account)
    return client


def sivitma_registration():
    return SivitmaRegistration.submit(
        language="es",
        submitted_by="worker",
        employer_name="Agroexportadora Andina S.A.C.",
        employer_ruc="20100047218",
        worker_name="Lucía Mamani Flores",
        nationality="EC",
        id_document_type="passport",
        id_document_number="A1234567",
        occupation="Cosechadora",
        contract_start="2026-03-01",
        monthly_salary="1300.00",
        email="lucia@example.ec",
        contract_pdf=contract(PDF),
    )


def return_registration(name, region_name):
    place = region(region_name)
    return ReturnRegistration.submit(
        language="es",
        name=name,
        email=f"{name.split()[0].lower()}@example.pe",
        returned_from="Chile",
        return_date="2026-01-15",
        occupation="Electricista",
        skills="Instalaciones eléctricas",
        interest="training",
        region=place,
        office=OfficePage.objects.child_of(place).first(),
    )


def sivitma_urls(pk):
    return [
        SIVITMA,
        SIVITMA + "results/",
        SIVITMA + "?export=csv",
        SIVITMA + "?export=xlsx",
        f"{SIVITMA}inspect/{pk}/",
        f"{SIVITMA}edit/{pk}/",
        f"{SIVITMA}history/{pk}/",
        f"{SIVITMA}usage/{pk}/",
        f"{SIVITMA}contract/{pk}/",
    ]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_only_the_sivitma_team_and_superusers_see_registrations_and_contracts(client):
    registration = sivitma_registration()
    team = user("equipo", groups.SIVITMA_TEAM)
    root = user("raiz", superuser=True)
    outsiders = [
        user("editora", groups.DML_EDITORS),
        user("moderadora", groups.DML_MODERATORS),
        user("operadora", groups.MAILBOX_OPERATORS, groups.LINE_OPERATORS["4"]),
    ]
    for account in (team, root):
        browser = client_for(account)
        for url in sivitma_urls(registration.pk):
            response = browser.get(url)
            assert response.status_code == 200, (account.username, url)
        download = browser.get(f"{SIVITMA}contract/{registration.pk}/")
        assert body(download) == PDF
        assert download["Content-Type"] == "application/pdf"
        assert "private" in download["Cache-Control"] and "no-store" in download["Cache-Control"]
        assert f'filename="{registration.reference}.pdf"' in download["Content-Disposition"]
    for account in outsiders:
        browser = client_for(account)
        for url in sivitma_urls(registration.pk):
            response = browser.get(url)
            assert response.status_code == 403, (account.username, url)
            assert b"Mamani" not in body(response) and b"%PDF" not in body(response)
        response = browser.post(f"{SIVITMA}edit/{registration.pk}/", {"status": "registered"})
        assert response.status_code == 403
    for url in sivitma_urls(registration.pk):
        response = client_for(None).get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    registration.refresh_from_db()
    assert registration.status == "received"


def test_the_team_changes_the_status_and_exports_the_list(client):
    registration = sivitma_registration()
    browser = client_for(user("equipo", groups.SIVITMA_TEAM))
    response = browser.post(
        f"{SIVITMA}edit/{registration.pk}/",
        {"status": "observed", "observation": "Falta la firma del trabajador."},
    )
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "observed"
    assert browser.get(SIVITMA + "?status=observed").content.count(b"SV-") >= 1
    exported = body(browser.get(SIVITMA + "?export=csv")).decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(exported)))
    assert row["Referencia"] == registration.reference
    assert row["Estado"] == "Observado" and row["Nacionalidad"] == "Ecuador"
    assert row["RUC del empleador"] == "20100047218"
    xlsx = browser.get(SIVITMA + "?export=xlsx")
    assert body(xlsx)[:2] == b"PK"  # a zip: the XLSX workbook


def test_the_contract_never_leaves_by_another_route():
    registration = sivitma_registration()
    stored = Path(registration.contract_pdf.path)
    name = registration.contract_pdf.name
    root = client_for(user("raiz", superuser=True))
    anonymous = client_for(None)
    for browser in (root, anonymous):
        for url in [
            f"/media/private/{name}",
            f"/media/{name}",
            "/documents/",
            "/api/v2/documents/",
            "/api/v2/pages/?search=Mamani",
        ]:
            response = browser.get(url)
            assert response.status_code in (200, 302, 404), url
            assert b"%PDF" not in body(response) and b"Mamani" not in body(response)
    for url in ["/admin/documents/chooser/", "/admin/documents/"]:
        assert b"contrato-" not in body(root.get(url))
    assert stored.exists()


def test_office_staff_see_only_their_regions_registrations():
    in_cusco = return_registration("Wilber Ccama", "Cusco")
    in_lima = return_registration("Jorge Salas", "Lima Metropolitana")
    cusco_staff = user("cusco")
    cusco_staff.groups.add(region_group(region("Cusco")))
    dml = user("dml", groups.DML_MODERATORS)
    sivitma_team = user("equipo", groups.SIVITMA_TEAM)

    browser = client_for(cusco_staff)
    for url in [RETORNO, RETORNO + "results/", RETORNO + "?q=Salas"]:
        response = browser.get(url)
        assert response.status_code == 200
        assert (
            b"Jorge Salas" not in response.content
            and in_lima.reference.encode() not in response.content
        )
    assert in_cusco.reference.encode() in browser.get(RETORNO).content
    exported = body(browser.get(RETORNO + "?export=csv")).decode("utf-8-sig")
    assert in_cusco.reference in exported and in_lima.reference not in exported
    assert in_lima.reference.encode() not in body(browser.get(RETORNO + "?export=xlsx"))
    for view in ["inspect", "edit", "history", "usage"]:
        assert browser.get(f"{RETORNO}{view}/{in_cusco.pk}/").status_code == 200, view
        response = browser.get(f"{RETORNO}{view}/{in_lima.pk}/")
        assert response.status_code == 403, view
        assert b"Jorge Salas" not in response.content
    response = browser.post(f"{RETORNO}edit/{in_lima.pk}/", {"status": "closed", "notes": "x"})
    assert response.status_code == 403
    assert (
        browser.post(
            f"{RETORNO}edit/{in_cusco.pk}/", {"status": "contacted", "notes": "Llamado el lunes."}
        ).status_code
        == 302
    )
    assert browser.get(SIVITMA).status_code == 403

    listing = client_for(dml).get(RETORNO).content
    assert in_cusco.reference.encode() in listing and in_lima.reference.encode() in listing
    for account in (sivitma_team, user("editora", groups.DML_EDITORS)):
        assert client_for(account).get(RETORNO).status_code == 403
        assert client_for(account).get(f"{RETORNO}inspect/{in_cusco.pk}/").status_code == 403
    in_lima.refresh_from_db()
    assert in_lima.status == "received"
    assert ReturnRegistration.objects.get(pk=in_cusco.pk).status == "contacted"
