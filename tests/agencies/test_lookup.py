"""Looking an employment agency up without JavaScript: the page's GET form asks the CMS, which
answers the "¿Es segura esta oferta?" page with what the registry says and what to do next."""

import pytest
from agency_support import look_up, lookup_url
from django.test import Client
from django.utils import timezone
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from agencies.counts import AgencyLookupCount
from agencies.models import EmploymentAgency

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_a_registered_agency_is_found_by_part_of_its_name_without_accents_or_case(check_pages):
    response, answer = look_up(check_pages["es"], "SENOR DE huanca")
    assert response.status_code == 200
    assert answer["title"] == "Registrada"
    assert answer["agencies"] == ["Agencia de Empleo Señor de Huanca S.R.L."]
    html = answer["html"]
    assert "20603456786" in html and "0057-2024-APE-CUSCO" in html
    # What to do next: the 1818 line and the nearest Centro de Empleo.
    assert 'href="tel:1818"' in html
    assert "/es/red-senep/encuentra-una-oficina/" in html
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]


def test_an_unknown_agency_is_not_registered(check_pages):
    response, answer = look_up(check_pages["es"], "Empleos Milagrosos Europa")
    assert response.status_code == 200
    assert answer["title"] == "No registrada"
    assert answer["agencies"] == []
    assert "no pagues ni entregues tus documentos" in answer["html"]


def test_a_registration_past_its_end_date_is_expired_by_ruc(check_pages):
    response, answer = look_up(check_pages["es"], "20498765433")
    assert response.status_code == 200
    assert answer["title"] == "Registro vencido"
    assert answer["agencies"] == ["Puentes Laborales del Sur S.A."]


def test_an_agency_is_found_by_its_registration_number_however_it_is_written(check_pages):
    _response, answer = look_up(check_pages["es"], "0045 2022 ape.loreto")
    assert answer["title"] == "Registro cancelado"
    assert answer["agencies"] == ["Agencia Estrella del Oriente S.A.C."]
    _response, answer = look_up(check_pages["es"], "0077-2024-APE-PIURA")
    assert answer["title"] == "Registro suspendido"


def test_the_answer_follows_the_dates_of_the_day_it_is_asked(check_pages):
    agency = EmploymentAgency.objects.get(ruc="20601234565")
    agency.valid_until = timezone.localdate() - timezone.timedelta(days=1)
    agency.save()
    _response, answer = look_up(check_pages["es"], "20601234565")
    assert answer["title"] == "Registro vencido"


def test_several_matches_put_the_registered_ones_first(check_pages):
    # "empleo" is in three names: two registered agencies and a cancelled one.
    _response, answer = look_up(check_pages["es"], "empleo")
    assert answer["title"] == "Registrada"
    assert answer["agencies"] == [
        "Agencia de Empleo Señor de Huanca S.R.L.",
        "Empleos Pacífico Perú E.I.R.L.",
        "Horizonte Andino Empleos S.A.C.",
    ]
    assert answer["html"].count('class="agency agency--cancelled"') == 1


def test_the_english_page_answers_in_english(check_pages):
    _response, answer = look_up(check_pages["en"], "andes talento")
    assert answer["title"] == "Registered"
    _response, answer = look_up(check_pages["en"], "nobody at all")
    assert answer["title"] == "Not registered"


@pytest.mark.parametrize(
    ("language", "query", "message"),
    [
        ("es", "", "Escribe el nombre, el RUC o el número de registro de la agencia."),
        ("es", "ab", "Escribe al menos 3 letras del nombre de la agencia."),
        ("es", "x" * 101, "Escribe como máximo 100 caracteres."),
        ("es", "agencia\x00", "Lo que escribiste contiene caracteres no permitidos."),
        (
            "es",
            "20498765434",
            "Este no es un RUC válido: revisa sus 11 dígitos (el último es un dígito de control).",
        ),
        ("en", "", "Write the name, the RUC or the registration number of the agency."),
        ("en", "ab", "Write at least 3 letters of the agency's name."),
        (
            "en",
            "20498765434",
            "This is not a valid RUC: check its 11 digits (the last one is a check digit).",
        ),
    ],
)
def test_bad_input_is_a_400_with_a_message_in_the_visitors_language(
    check_pages, language, query, message
):
    response, answer = look_up(check_pages[language], query)
    assert response.status_code == 400
    assert answer["error"] == message
    assert answer["title"] is None
    html = answer["html"]
    assert 'aria-invalid="true"' in html and "agency-q-error" in html
    assert AgencyLookupCount.objects.count() == 0


def test_no_query_at_all_is_a_400_too(check_pages):
    response, answer = look_up(check_pages["es"], None)
    assert response.status_code == 400
    assert answer["error"].startswith("Escribe el nombre")


def test_a_page_that_is_not_a_lookup_page_or_of_another_language_is_a_404(check_pages):
    client = Client()
    wrong_language = lookup_url(check_pages["es"]).replace("/es/", "/en/")
    assert client.get(wrong_language, {"q": "andes"}).status_code == 404
    assert client.get("/es/forms/agencias/2/", {"q": "andes"}).status_code == 404
    assert client.get("/es/forms/agencias/99999999999999999999/", {"q": "x"}).status_code == 404


def test_one_address_is_rate_limited_with_a_message(check_pages, settings):
    settings.AGENCY_LOOKUP_RATE_LIMIT = (3, 3600)
    page = check_pages["es"]
    for _ in range(3):
        assert look_up(page, "andes", ip="198.51.100.7")[0].status_code == 200
    response, answer = look_up(page, "andes", ip="198.51.100.7")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert answer["error"].startswith("Has hecho muchas consultas")
    # Another visitor is not affected.
    assert look_up(page, "andes", ip="198.51.100.8")[0].status_code == 200


def test_lookups_are_counted_by_answer_without_the_query(check_pages):
    page = check_pages["es"]
    look_up(page, "andes talento")
    look_up(page, "20498765433")
    look_up(page, "nadie conocido")
    look_up(page, "nadie tampoco")
    counts = {(row.result, row.channel): row.count for row in AgencyLookupCount.objects.all()}
    assert counts == {
        ("registered", "server"): 1,
        ("expired", "server"): 1,
        ("not-found", "server"): 2,
    }


@hypothesis_settings(max_examples=60)
@given(query=st.text(max_size=130))
def test_any_query_gets_an_answer_or_a_4xx_never_a_500(query):
    from agencies.models import OfferCheckPage

    page = OfferCheckPage.objects.get(locale__language_code="es")
    response = Client(REMOTE_ADDR="192.0.2.99").get(lookup_url(page), {"q": query})
    assert response.status_code in (200, 400, 429)
