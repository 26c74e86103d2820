"""Consulate cards on the published country guides: where to go (address), a phone a visitor
can tap, and when it is open, in the visitor's language."""

import re

import pytest


def contacts_section(published_demo, path):
    status, _headers, body = published_demo(path)
    assert status == 200, path
    return re.search(r'<section id="contacts".*?</section>', body.decode(), re.S).group(0)


def card(section, name):
    cards = re.findall(r'<div class="contact-card[^"]*">.*?</div>', section, re.S)
    [found] = [c for c in cards if name in c]
    return found


@pytest.mark.parametrize(
    ("path", "name", "address", "tel", "hours"),
    [
        (
            "/es/guias-por-pais/trabajar-en-espana/",
            "Consulado General del Perú en Madrid",
            "Calle de Fernando el Santo 15, 28010 Madrid",
            "tel:+34915629012",
            "<dt>Horario de atención</dt><dd>Lunes a viernes, de 8:30 a 14:00</dd>",
        ),
        (
            "/en/country-guides/working-in-italy/",
            "Consulate General of Peru in Milan",
            "Via Gerolamo Vida 11, 20127 Milano",
            "tel:+390245476281",
            "<dt>Opening hours</dt><dd>Monday to Friday, 9:00 to 14:00</dd>",
        ),
        (
            "/es/guias-por-pais/trabajar-en-chile/",
            "Consulado General del Perú en Santiago",
            "Avenida Andrés Bello 1751, Providencia, Santiago",
            "tel:+56222352356",
            "<dd>Lunes a viernes, de 9:00 a 13:30</dd>",
        ),
        (
            "/es/guias-por-pais/trabajar-en-argentina/",
            "Consulado General del Perú en Buenos Aires",
            "Avenida Rivadavia 1501, C1033AAF Buenos Aires",
            "tel:+541143823916",
            "<dd>Lunes a viernes, de 8:30 a 14:00</dd>",
        ),
    ],
)
def test_a_consulate_card_shows_address_phone_to_tap_and_hours(
    published_demo, path, name, address, tel, hours
):
    consulate = card(contacts_section(published_demo, path), name)
    assert f"<dd>{address}</dd>" in consulate
    assert f'<a href="{tel}">' in consulate
    assert hours in consulate


def test_every_peruvian_consulate_in_the_demo_guides_has_address_phone_and_hours(published_demo):
    for country in ("estados-unidos", "espana", "italia", "chile", "argentina"):
        section = contacts_section(published_demo, f"/es/guias-por-pais/trabajar-en-{country}/")
        consulates = [
            c
            for c in re.findall(r'<div class="contact-card">.*?</div>', section, re.S)
            if "Consulado General del Perú" in c
        ]
        assert consulates, country
        for consulate in consulates:
            assert "<dt>Dirección</dt>" in consulate and 'href="tel:+' in consulate, consulate
            assert "<dt>Horario de atención</dt>" in consulate, consulate
