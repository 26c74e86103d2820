"""Retorno Productivo registration over HTTP: assigned to the SENEP office of the region the
returnee goes back to, confirmed with that office's address and phone, mailed by the real worker
to the office and to DML through a real SMTP server (aiosmtpd)."""

import re

import pytest
from django.test import Client
from registration_support import region, retorno_data

from inbox.models import MailboxSettings
from network.pages import OfficeKind
from registrations.models import ReturnRegistration
from registrations.offices import office_for
from tests.forms_matrix import assert_refused
from tests.inbox.contact_support import Visitor, endpoint, run_worker

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

LINE_2 = "linea2@trabajo.gob.pe"
REFERENCE = re.compile(r'<strong id="reference-number">(RP-\d{4}-\d{6})</strong>')


def send(page, data, client=None):
    client = client or Client()
    return client, Visitor(client).post(endpoint(page, "forms:retorno"), data)


def test_a_returnee_is_assigned_to_the_office_of_their_region_and_told_where_it_is(
    smtp, retorno_pages, django_capture_on_commit_callbacks
):
    MailboxSettings.objects.update_or_create(pk=1, defaults={"line_2_email": LINE_2})
    cusco = region("Cusco")
    office = office_for(cusco)  # the demo's regions have no regional office: their Centro de Empleo
    assert office.kind == OfficeKind.EMPLOYMENT_CENTRE and office.get_parent().specific == cusco
    smtp.start()
    with django_capture_on_commit_callbacks(execute=True):
        client, response = send(retorno_pages["es"], retorno_data())
    assert response.status_code == 303
    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    reference = REFERENCE.search(html).group(1)
    assert "Registro recibido" in html and "Tu oficina del SENEP" in html
    assert office.title in html and office.address in html and office.phone in html

    registration = ReturnRegistration.objects.get(reference=reference)
    assert (registration.region, registration.office) == (cusco, office)
    assert registration.interest == "self-employment"
    assert registration.skills.startswith("Diez años")

    run_worker()
    [team] = smtp.mailbox.to(office.email)
    assert LINE_2 in team["To"]  # DML gets the same e-mail
    assert str(team["Subject"]).strip() == f"[Infomigra][Retorno Productivo] {reference}"
    assert "Región: Cusco" in team.get_content()
    [confirmation] = smtp.mailbox.to("rosa.huaman@example.pe")
    text = confirmation.get_content()
    assert reference in text and office.address in text and office.phone in text
    assert "Cocinera" not in text  # repeats nothing the visitor typed


def test_the_english_page_answers_in_english_with_the_office_of_lima(retorno_pages):
    lima = region("Lima Metropolitana")
    client, response = send(retorno_pages["en"], retorno_data(region=str(lima.pk)))
    html = client.get(response["Location"]).content.decode()
    assert "Registration received" in html and "Your SENEP office" in html
    registration = ReturnRegistration.objects.get()
    assert registration.office.get_parent().specific == lima
    assert registration.language == "en"


RULES = [
    ("a region that does not exist", {"region": "999999"}, "Elige una de las opciones"),
    ("a region as text", {"region": "Cusco"}, "Elige una de las opciones"),
    ("no region", {"region": ""}, "Elige la región a la que retornas."),
    ("an interest not offered", {"interest": "loan"}, "Elige una de las opciones"),
    ("a phone with letters", {"phone": "llámame"}, "dígitos, espacios"),
    ("a return in three years", {"return_date": "2099-01-01"}, "dentro del año de tu retorno"),
    ("a return in 1990", {"return_date": "1990-05-01"}, "en los últimos cinco años"),
    ("a date as text", {"return_date": "ayer"}, "Escribe una fecha"),
]


@pytest.mark.parametrize("case, changes, spanish", RULES, ids=[rule[0] for rule in RULES])
def test_the_rules_are_explained_in_the_visitors_language(retorno_pages, case, changes, spanish):
    response = send(retorno_pages["es"], retorno_data(**changes))[1]
    body = assert_refused(response, "es", case, 400, [])
    assert spanish in body, case
    assert "Diez años en cocina de hotel" in body  # nothing lost
    assert not ReturnRegistration.objects.exists()
