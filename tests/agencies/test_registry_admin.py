"""The registry in the admin: only the national DML editors keep it; they import it from a CSV
file and get a report of what was added, updated and refused (line by line). The admin speaks
Spanish to them."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from agencies.models import EmploymentAgency
from core import groups

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/agencies/employmentagency/"
IMPORT = LISTING + "import/"


def account(username, *group_names):
    user = User.objects.create_user(username, f"{username}@example.pe", "x", is_staff=True)
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    client = Client()
    client.force_login(user)
    return client


def upload(client, text, encoding="utf-8", name="agencias.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")
    return client.post(IMPORT, {"file": data})


@pytest.fixture
def editor():
    return account("dml-editora", groups.DML_EDITORS)


def test_a_dml_editor_imports_a_csv_and_sees_what_happened_row_by_row(editor):
    listing = editor.get(LISTING)
    assert listing.status_code == 200
    assert IMPORT in listing.content.decode()  # the "Import CSV" button of the listing
    csv_text = (
        "nombre,ruc,numero_registro,estado,vigente_desde,vigente_hasta\n"
        # a new agency
        "Nuevos Horizontes Laborales S.A.C.,20100070970,0300-2026-APE-LIMA,registrada,"
        "2026-01-15,2028-01-14\n"
        # an existing one, written differently, now suspended
        "Empleos Pacífico Perú E.I.R.L.,20602345671,0102 2025 ape lima,suspendida,"
        "01/02/2025,31/12/2027\n"
        # refused: RUC with a wrong check digit, a status and a date that mean nothing
        "Mala Agencia S.A.C.,20100070971,0301-2026-APE-LIMA,quizás,2026-01-15,mañana\n"
        # refused: the same registration number twice
        "Otra Vez S.A.C.,20100070970,0300-2026-APE-LIMA,registrada,2026-01-15,2028-01-14\n"
        # unchanged: already in the registry as it is
        "Andes Talento Global S.A.C.,20601234565,0101-2025-APE-LIMA,registrada,"
        + EmploymentAgency.objects.get(ruc="20601234565").valid_from.isoformat()
        + ","
        + EmploymentAgency.objects.get(ruc="20601234565").valid_until.isoformat()
        + "\n"
    )
    response = upload(editor, csv_text)
    assert response.status_code == 400  # some rows were refused
    html = response.content.decode()
    for summary in (
        "1 agencia añadida",
        "1 agencia actualizada",
        "1 agencia sin cambios",
        "2 filas no importadas",
    ):
        assert summary in html, summary
    assert "<td>4</td>" in html and "<td>5</td>" in html  # the refused rows' line numbers
    assert "RUC: Este no es un RUC válido" in html
    assert "El estado “quizás” no es uno de: registrada, suspendida, cancelada." in html
    assert "“vigente hasta” debe ser una fecha como 2026-03-31 o 31/03/2026, no “mañana”." in html
    assert "El número de registro 0300-2026-APE-LIMA también está en la línea 2." in html

    added = EmploymentAgency.objects.get(registration_number="0300-2026-APE-LIMA")
    assert (added.ruc, added.status, str(added.valid_until)) == (
        "20100070970",
        "registered",
        "2028-01-14",
    )
    updated = EmploymentAgency.objects.get(ruc="20602345671")
    assert updated.status == "suspended" and str(updated.valid_from) == "2025-02-01"
    assert not EmploymentAgency.objects.filter(name="Mala Agencia S.A.C.").exists()
    assert EmploymentAgency.objects.count() == 11


def test_a_spreadsheet_saved_in_spanish_excel_is_read(editor):
    # Semicolons, Windows-1252, English column names in another order.
    csv_text = (
        "status;name;registration_number;ruc;valid_from;valid_until\r\n"
        "cancelled;Señora de Cocharcas Empleos S.A.C.;0400-2026-APE-APURIMAC;20100070970;"
        "2026-02-01;2027-02-01\r\n"
    )
    response = upload(editor, csv_text, encoding="cp1252")
    assert response.status_code == 200
    assert "1 agencia añadida" in response.content.decode()
    agency = EmploymentAgency.objects.get(registration_number="0400-2026-APE-APURIMAC")
    assert agency.name == "Señora de Cocharcas Empleos S.A.C." and agency.status == "cancelled"


def test_a_file_without_the_columns_is_refused_as_a_whole(editor):
    response = upload(editor, "agencia,ruc\nAlguna,20100070970\n")
    assert response.status_code == 400
    html = response.content.decode()
    assert "La primera línea debe nombrar las columnas; faltan: nombre, numero_registro" in html
    assert EmploymentAgency.objects.count() == 10


def test_a_file_that_is_not_csv_is_refused_with_a_message(editor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    spreadsheet = SimpleUploadedFile("agencias.xlsx", b"PK\x03\x04\x14\x00\x81\x8d\x90\x9d")
    response = editor.post(IMPORT, {"file": spreadsheet})
    assert response.status_code == 400
    assert "El archivo no es texto en UTF-8 ni en Windows-1252" in response.content.decode()
    huge_field = "nombre,ruc,numero_registro,estado,vigente_desde,vigente_hasta\n" + "x" * 200_000
    response = upload(editor, huge_field)
    assert response.status_code == 400
    assert "El archivo no es un CSV que se pueda leer" in response.content.decode()
    assert EmploymentAgency.objects.count() == 10


def test_only_the_national_editors_may_see_or_change_the_registry():
    region_editor = account("cusco", groups.REGION_GROUP.format(name="Cusco"))
    moderator = account("moderador", groups.DML_MODERATORS)
    for client in (region_editor, moderator):
        # Wagtail sends users without the permission back to the dashboard.
        for response in (client.get(LISTING), client.get(IMPORT), upload(client, "nombre\n")):
            assert (response.status_code, response["Location"]) == (302, "/admin/")
    anonymous = Client()
    assert anonymous.get(IMPORT)["Location"].startswith("/admin/login/")
    assert EmploymentAgency.objects.count() == 10


def test_the_edit_form_refuses_a_wrong_ruc_and_dates_in_the_wrong_order(editor):
    response = editor.post(
        LISTING + "add/",
        {
            "name": "Agencia Nueva S.A.C.",
            "ruc": "20100070971",
            "registration_number": "0500-2026-APE-LIMA",
            "status": "registered",
            "valid_from": "2026-05-01",
            "valid_until": "2026-04-01",
        },
    )
    assert response.status_code == 200  # the form again, with its errors
    html = response.content.decode()
    assert "Este no es un RUC válido" in html
    assert "El registro no puede terminar antes de empezar." in html
    assert not EmploymentAgency.objects.filter(registration_number="0500-2026-APE-LIMA").exists()
