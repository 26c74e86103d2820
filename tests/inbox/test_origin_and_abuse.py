"""Cross-site posts, missing tickets, oversized bodies and floods, in the visitor's language."""

import time

import pytest
import time_machine
from contact_support import ORIGIN, Visitor, endpoint, valid_data
from django.test import Client

from inbox.models import ContactMessage
from public_forms import ticket

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "http://testserver.evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_REFERER": "https://evil.example/form.html"},
        {},  # neither Origin nor Referer
    ],
    ids=["foreign", "lookalike", "null", "fetch-site", "foreign-referer", "none"],
)
@pytest.mark.parametrize("language", ["es", "en"])
def test_posts_from_other_origins_are_refused(client, contact_pages, language, headers):
    visitor = Visitor(client)
    headers.setdefault("HTTP_SEC_FETCH_SITE", "cross-site" if "HTTP_ORIGIN" in headers else "")
    response = client.post(
        endpoint(contact_pages[language]), valid_data(), REMOTE_ADDR=visitor.ip, **headers
    )
    assert response.status_code == 403
    title = {"es": "No se pudo aceptar el formulario", "en": "The form could not be accepted"}
    assert title[language] in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_referer_is_enough_for_browsers_that_send_no_origin(client, contact_pages):
    page = contact_pages["es"]
    Visitor(client)
    response = client.post(
        endpoint(page),
        valid_data(),
        HTTP_REFERER=f"{ORIGIN}{page.url}",
        REMOTE_ADDR="203.0.113.9",
    )
    assert response.status_code == 303


def test_a_trusted_origin_from_settings_is_accepted(client, contact_pages, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.infomigra.gob.pe"]
    response = Visitor(client).post(
        endpoint(contact_pages["es"]), valid_data(), origin="https://www.infomigra.gob.pe"
    )
    assert response.status_code == 303


def test_the_ticket_stylesheet_sets_a_strict_cookie_and_is_never_cached(client, contact_pages):
    response = client.get("/es/forms/ticket.css")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/css"
    assert "no-store" in response["Cache-Control"]
    cookie = response.cookies[ticket.COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert cookie["path"] == "/es/forms/"
    assert int(cookie["max-age"]) == 4 * 60 * 60
    client.cookies.clear()  # a browser sends it below /es/forms/ only; the test client, always
    # Posting straight away (a bot) is refused: the form was "shown" a moment ago. The clock
    # stands still, so that a slow machine cannot make that moment last the minimum fill time.
    with time_machine.travel(time.time(), tick=False):
        english = client.get("/en/forms/ticket.css").cookies[ticket.COOKIE_NAME]
        response = client.post(
            endpoint(contact_pages["es"]),
            valid_data(),
            HTTP_ORIGIN=ORIGIN,
            REMOTE_ADDR="192.0.2.1",
        )
    assert english["path"] == "/en/forms/"
    assert response.status_code == 400
    assert str(ticket.TOO_FAST) in response.content.decode()


def test_asking_again_keeps_a_recent_ticket_and_renews_an_old_one(client, contact_pages):
    """Another form on the page, a second tab or a reload asks for a ticket again: the form being
    filled in must not become "sent very quickly" (a registration form with the "was this page
    useful?" box below it, in Chromium: tests/browser/test_registration_forms.py)."""
    shown = time.time() - 60
    client.cookies[ticket.COOKIE_NAME] = ticket.sign(shown)
    assert ticket.COOKIE_NAME not in client.get("/es/forms/ticket.css").cookies
    response = Visitor(client, shown_seconds_ago=None).post(
        endpoint(contact_pages["es"]), valid_data()
    )
    assert response.status_code == 303  # shown a minute ago: accepted
    for value in [ticket.sign(time.time() - 3 * 60 * 60), "forged", ""]:
        client.cookies[ticket.COOKIE_NAME] = value  # past half its lifetime, or not a ticket
        renewed = client.get("/es/forms/ticket.css").cookies[ticket.COOKIE_NAME].value
        assert renewed != value
        client.cookies[ticket.COOKIE_NAME] = renewed


def test_a_forged_or_future_ticket_is_refused(client, contact_pages):
    for value in ["1700000000.000", ticket.sign(time.time() - 60)[:-2] + "xx"]:
        client.cookies[ticket.COOKIE_NAME] = value
        response = Visitor(client, shown_seconds_ago=None).post(
            endpoint(contact_pages["es"]), valid_data()
        )
        assert response.status_code == 400
    future = ticket.sign(time.time() + 600)
    client.cookies[ticket.COOKIE_NAME] = future
    response = Visitor(client, shown_seconds_ago=None).post(
        endpoint(contact_pages["es"]), valid_data()
    )
    assert response.status_code == 400
    assert not ContactMessage.objects.exists()


@pytest.mark.postgres
@pytest.mark.parametrize("language", ["es", "en"])
def test_the_eleventh_post_from_one_address_gets_a_friendly_429(client, contact_pages, language):
    page = contact_pages[language]
    visitor = Visitor(client, ip="203.0.113.77")
    for number in range(10):
        data = valid_data(subject=f"Mensaje {number}") if number % 2 else valid_data(email="x")
        assert visitor.post(endpoint(page), data).status_code in (303, 400)
    response = visitor.post(endpoint(page), valid_data(subject="El undécimo"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    html = response.content.decode()
    expected = {
        "es": "Se enviaron muchos formularios desde tu conexión en poco tiempo",
        "en": "Many forms have been sent from your connection in a short time",
    }
    assert expected[language] in html
    assert 'value="El undécimo"' in html  # what they wrote is kept
    assert not ContactMessage.objects.filter(subject="El undécimo").exists()
    # Another address is not affected.
    assert (
        Visitor(Client(), ip="203.0.113.78").post(endpoint(page), valid_data()).status_code == 303
    )


@pytest.mark.postgres
def test_behind_the_static_server_the_forwarded_address_counts(client, contact_pages, settings):
    settings.TRUSTED_PROXIES = 1
    settings.FORMS_RATE_LIMIT = (2, 3600)
    page = contact_pages["es"]
    visitor = Visitor(client, ip="10.0.0.2")  # the proxy

    def post(forwarded_for):
        return visitor.post(endpoint(page), valid_data(), HTTP_X_FORWARDED_FOR=forwarded_for)

    assert post("1.1.1.1").status_code == 303
    assert post("6.6.6.6, 1.1.1.1").status_code == 303  # a spoofed first hop is ignored
    assert post("1.1.1.1").status_code == 429
    assert post("2.2.2.2").status_code == 303


def test_bodies_far_beyond_the_form_get_413(client, contact_pages):
    response = Visitor(client).post(endpoint(contact_pages["en"]), valid_data(text="x" * 300_000))
    assert response.status_code == 413
    assert "Too much text" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_a_flood_of_fields_is_a_400_not_a_500(client, contact_pages, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 50
    data = valid_data()
    data.update({f"f{n}": "x" for n in range(100)})
    response = Visitor(client).post(endpoint(contact_pages["es"]), data)
    assert response.status_code == 400
    assert "No se pudo leer el formulario" in response.content.decode()


def test_a_broken_multipart_body_is_a_400_in_the_visitors_language(client, contact_pages):
    response = Visitor(client).post(
        endpoint(contact_pages["en"]),
        b'--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nRosa',
        content_type="multipart/form-data; boundary=",
    )
    assert response.status_code == 400
    assert "The form could not be read" in response.content.decode()
    assert not ContactMessage.objects.exists()
