"""SIVITMA contract registration over HTTP, stored first, then mailed by the real worker to a
real SMTP server (aiosmtpd); the validation rules of the directive and the signed PDF."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.utils import timezone
from registration_support import RUC, contract, sivitma_data

from inbox.models import MailboxSettings
from registrations.models import SivitmaRegistration
from tests.forms_matrix import assert_refused
from tests.inbox.contact_support import Visitor, endpoint, run_worker

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

LINE_4 = "linea4@trabajo.gob.pe"
REFERENCE = re.compile(r'<strong id="reference-number">(SV-\d{4}-\d{6})</strong>')


def send(page, data, files=None, client=None):
    client = client or Client()
    body = {**(files if files is not None else {"contract_pdf": contract()}), **data}
    return client, Visitor(client).post(endpoint(page, "forms:sivitma"), body)


def test_a_registration_is_stored_with_its_pdf_confirmed_and_mailed(
    smtp, sivitma_pages, django_capture_on_commit_callbacks
):
    MailboxSettings.objects.update_or_create(pk=1, defaults={"line_4_email": LINE_4})
    smtp.start()
    pdf = contract()
    content = pdf.read()
    pdf.seek(0)
    with django_capture_on_commit_callbacks(execute=True):
        client, response = send(sivitma_pages["en"], sivitma_data(), {"contract_pdf": pdf})
    assert response.status_code == 303
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200 and "no-store" in thanks["Cache-Control"]
    html = thanks.content.decode()
    reference = REFERENCE.search(html).group(1)
    assert "Registration received" in html

    registration = SivitmaRegistration.objects.get(reference=reference)
    assert (registration.employer_ruc, registration.nationality) == (RUC, "BO")
    assert registration.status == "received" and registration.language == "en"
    stored = Path(registration.contract_pdf.path)
    assert stored.read_bytes() == content
    assert stored.is_relative_to(Path(django_settings.MEDIA_ROOT) / "private")
    assert "contrato firmado" not in stored.name  # the visitor's file name is not kept

    run_worker()
    [team] = smtp.mailbox.to(LINE_4)
    assert str(team["Subject"]).strip() == f"[Infomigra][SIVITMA] {reference}"
    assert team["Reply-To"] == "rrhh@textilesdelsur.example.pe"
    team_text = team.get_content()
    assert "RUC 20131312955" in team_text and "Bolivia" in team_text
    assert f"/admin/sivitma/inspect/{registration.pk}/" in team_text
    assert not team.is_multipart()  # the contract stays in the private store, never mailed
    [confirmation] = smtp.mailbox.to("rrhh@textilesdelsur.example.pe")
    assert reference in str(confirmation["Subject"])
    assert "We received your registration" in confirmation.get_content()
    assert "Textiles" not in confirmation.get_content()  # repeats nothing the visitor typed
    assert {entry.status for entry in registration.outbox.all()} == {"sent"}


def test_a_double_click_stores_one_registration(sivitma_pages):
    client = Client()
    first = send(sivitma_pages["es"], sivitma_data(), client=client)[1]
    second = send(sivitma_pages["es"], sivitma_data(), client=client)[1]
    assert first.status_code == second.status_code == 303
    assert SivitmaRegistration.objects.count() == 1


def days(n):
    return (timezone.localdate() + timedelta(days=n)).isoformat()


# (case, data changes, file, the Spanish message expected)
RULES = [
    ("RUC check digit", {"employer_ruc": "20131312954"}, None, "no es un RUC válido"),
    ("RUC with letters", {"employer_ruc": "2013131295A"}, None, "no es un RUC válido"),
    ("RUC of ten digits", {"employer_ruc": "2013131295"}, None, "no es un RUC válido"),
    ("Peruvian worker", {"nationality": "PE"}, None, "Elige una de las opciones"),
    ("Chilean worker", {"nationality": "CL"}, None, "Elige una de las opciones"),
    ("document with signs", {"id_document_number": "87-543/21"}, None, "letras y dígitos"),
    ("end before start", {"contract_end": days(3)}, None, "posterior a la de inicio"),
    (
        "ended contract",
        {"contract_start": days(-400), "contract_end": days(-5)},
        None,
        "ya terminó",
    ),
    (
        "start in two years",
        {"contract_start": days(800), "contract_end": ""},
        None,
        "más de un año",
    ),
    ("date as text", {"contract_start": "pronto"}, None, "Escribe una fecha"),
    ("salary under the minimum", {"monthly_salary": "1129.99"}, None, "S/ 1130,00"),
    ("salary as text", {"monthly_salary": "mil"}, None, "como un número"),
    ("salary NaN", {"monthly_salary": "NaN"}, None, "como un número"),
    ("no file", {}, {}, "Adjunta el contrato firmado"),
    ("a JPEG named .pdf", {}, b"\xff\xd8\xff\xe0JFIF" + b"0" * 500, "no es un PDF"),
    ("a PDF cut short", {}, b"%PDF-1.4\n1 0 obj\n<<>>\n", "no es un PDF"),
    ("an empty file", {}, b"", "está vacío"),
]


@pytest.mark.parametrize("case, changes, file, spanish", RULES, ids=[rule[0] for rule in RULES])
def test_the_directives_rules_are_explained_in_the_visitors_language(
    sivitma_pages, case, changes, file, spanish
):
    files = {"contract_pdf": contract(file)} if isinstance(file, bytes) else file
    response = send(sivitma_pages["es"], sivitma_data(**changes), files)[1]
    body = assert_refused(response, "es", case, 400, [])
    assert spanish in body, case
    assert 'name="employer_name" value="Textiles del Sur S.A.C."' in body  # nothing lost
    assert not SivitmaRegistration.objects.exists()


def test_the_minimum_wage_and_the_pdf_size_are_settings(sivitma_pages, settings):
    settings.MINIMUM_MONTHLY_WAGE = "1500"
    settings.SIVITMA_MAX_PDF_BYTES = 2_000
    big = contract(b"%PDF-1.4\n" + b"0" * 3_000 + b"\n%%EOF\n")
    response = send(
        sivitma_pages["en"], sivitma_data(monthly_salary="1499"), {"contract_pdf": big}
    )[1]
    body = assert_refused(response, "en", "settings", 400, [])
    assert "minimum wage, S/ 1,500.00 a month" in body or "minimum wage, S/ 1500.00" in body
    assert "at most 2.0\xa0KB" in body
    # A body far beyond the PDF limit is refused before it is read.
    huge = contract(b"%PDF-1.4\n" + b"0" * 200_000 + b"\n%%EOF\n")
    response = send(sivitma_pages["en"], sivitma_data(), {"contract_pdf": huge})[1]
    assert response.status_code == 413
    assert not SivitmaRegistration.objects.exists()
