"""'Was this page useful?': the component on every page, the endpoint, its refusals."""

import re
import time

import pytest
import time_machine
from django.conf import settings
from django.core import signing
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from monitoring_helpers import ORIGIN, aged_ticket, post_feedback
from wagtail.models import Locale, Page

from content.models import CountryGuidePage
from monitoring.models import PageFeedback
from public_forms import ticket
from public_forms.models import RateLimitWindow

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(db):
    return CountryGuidePage.objects.live().get(locale__language_code="es", country_code="ES")


@pytest.fixture
def english_guide(guide):
    return guide.get_translation(Locale.objects.get(language_code="en"))


# -- the component ---------------------------------------------------------------------------------
def test_every_content_page_ends_with_the_question_and_nothing_per_visitor(client, guide):
    html = client.get(guide.url).content.decode()
    section = html[html.index('<section class="page-feedback"') :]
    assert "¿Te fue útil esta página?" in section
    assert 'action="/es/forms/feedback/"' in section
    assert f'<input type="hidden" name="page" value="{guide.pk}">' in section
    # The ticket: portal.js fetches it when the form comes into view; without JavaScript, the
    # <noscript> link does (tests/browser/test_visitor_feedback.py).
    assert 'data-ticket="/es/forms/ticket.css"' in section
    assert (
        '<noscript><link rel="stylesheet" href="/es/forms/ticket.css" media="print"></noscript>'
        in section
    )
    assert re.search(r'<script src="[^"]+/portal[^"]*\.js"[^>]* defer></script>', html)
    # A published static page: no CSRF token, no inline script or style.
    assert "csrfmiddlewaretoken" not in html
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html)
    assert "<style" not in html and " style=" not in html


def test_the_question_is_in_the_page_language(client, english_guide):
    html = client.get(english_guide.url).content.decode()
    assert "Was this page useful?" in html
    assert 'action="/en/forms/feedback/"' in html


def test_pages_of_every_type_carry_it(client):
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code="qu")[:5]:
        html = client.get(page.url).content.decode()
        assert 'action="/qu/forms/feedback/"' in html, page.url


# -- the ticket ------------------------------------------------------------------------------------
def test_the_ticket_stylesheet_sets_a_strict_cookie_for_the_forms_path_only(client):
    response = client.get("/es/forms/ticket.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert "no-store" in response["Cache-Control"]
    cookie = response.cookies[ticket.COOKIE_NAME]
    assert cookie["samesite"] == "Strict"
    assert cookie["httponly"]
    assert cookie["path"] == "/es/forms/"


def test_a_real_visit_gets_a_ticket_and_may_vote_after_the_minimum_fill_time(client, guide):
    with time_machine.travel(1_900_000_000, tick=False) as traveller:
        client.get(guide.url)
        client.get("/es/forms/ticket.css")  # what the browser does for the <link>
        traveller.shift(settings.FORMS_MIN_FILL_SECONDS / 2)
        too_fast = client.post(
            "/es/forms/feedback/", {"page": guide.pk, "vote": "yes"}, HTTP_ORIGIN=ORIGIN
        )
        traveller.shift(10)
        accepted = client.post(
            "/es/forms/feedback/", {"page": guide.pk, "vote": "yes"}, HTTP_ORIGIN=ORIGIN
        )
    assert too_fast.status_code == 400
    assert "muy rápido" in too_fast.content.decode()
    assert accepted.status_code == 303
    assert PageFeedback.objects.filter(page=guide).count() == 1


# -- accepted votes --------------------------------------------------------------------------------
def test_a_vote_without_javascript_goes_back_to_the_page_and_stores_no_personal_data(client, guide):
    response = post_feedback(
        client,
        {"page": guide.pk, "vote": "no", "comment": "  Falta el trámite de la visa de trabajo. "},
        ip="203.0.113.9",
    )
    assert response.status_code == 303
    assert response["Location"] == f"{guide.url}#feedback-thanks"
    feedback = PageFeedback.objects.get(page=guide)
    assert feedback.locale == guide.locale
    assert feedback.useful is False
    assert feedback.comment == "Falta el trámite de la visa de trabajo."
    assert {field.name for field in PageFeedback._meta.get_fields()} == {
        "id",
        "page",
        "locale",
        "useful",
        "comment",
        "created_at",
    }
    stored = " ".join(map(str, RateLimitWindow.objects.values_list("key", "count")))
    assert stored  # the rate limit counted the post...
    assert "203.0.113.9" not in stored  # ...without keeping the address


def test_a_vote_with_javascript_gets_json_in_the_page_language(client, english_guide):
    response = post_feedback(
        client,
        {"page": english_guide.pk, "vote": "yes"},
        language="en",
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    assert response.json() == {"message": "Thank you! Your opinion helps us improve this page."}
    assert PageFeedback.objects.get(page=english_guide).useful is True


def test_a_post_referred_by_our_page_without_origin_header_is_accepted(client, guide):
    response = post_feedback(
        client, {"page": guide.pk, "vote": "yes"}, HTTP_ORIGIN=None, HTTP_REFERER=ORIGIN + guide.url
    )
    assert response.status_code == 303


# -- refusals --------------------------------------------------------------------------------------
BAD_INPUT = {
    "missing vote": ({"vote": None}, {}, 400, "Elige «Sí» o «No».", "Choose “Yes” or “No”."),
    "unknown vote": ({"vote": "maybe"}, {}, 400, "Elige «Sí» o «No».", "Choose “Yes” or “No”."),
    "10 kB comment": (
        {"comment": "x" * 10_000},
        {},
        400,
        "Usa como máximo 500 caracteres",
        "Use at most 500 characters",
    ),
    "control characters": (
        {"comment": "hola\x00\x07"},
        {},
        400,
        "caracteres de control",
        "control characters",
    ),
    "missing page": (
        {"page": None},
        {},
        400,
        "No pudimos saber qué página",
        "We could not tell which page",
    ),
    "page not a number": (
        {"page": "1 OR 1=1"},
        {},
        400,
        "No pudimos saber qué página",
        "We could not tell which page",
    ),
    "unknown page": ({"page": 99_999_999}, {}, 400, "no se puede valorar", "cannot be rated"),
    "tree root": ({"page": 1}, {}, 400, "no se puede valorar", "cannot be rated"),
    "honeypot filled": (
        {"website": "http://spam.example"},
        {},
        400,
        "Deja este campo vacío",
        "Leave this field empty",
    ),
    "foreign origin": (
        {},
        {"HTTP_ORIGIN": "https://evil.example"},
        403,
        "solo se puede enviar desde el sitio web",
        "can only be sent from the Perú Infomigra website",
    ),
    "null origin": ({}, {"HTTP_ORIGIN": "null"}, 403, "solo se puede enviar", "can only be sent"),
    "no origin, no referer": (
        {},
        {"HTTP_ORIGIN": None},
        403,
        "solo se puede enviar",
        "can only be sent",
    ),
    "cross-site fetch": (
        {},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        403,
        "solo se puede enviar",
        "can only be sent",
    ),
    "no ticket": ({}, {"ticket": False}, 400, "acepte cookies", "accepts cookies"),
    "forged ticket": (
        {},
        {"ticket": "1700000000.000:forged"},
        400,
        "acepte cookies",
        "accepts cookies",
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_gets_a_4xx_with_a_message_in_the_visitors_language(
    client, guide, english_guide, case, language
):
    changes, options, status, spanish, english = BAD_INPUT[case]
    page = guide if language == "es" else english_guide
    data = {"page": page.pk, "vote": "yes", "comment": ""}
    data.update(changes)
    data = {key: value for key, value in data.items() if value is not None}
    headers = {key: value for key, value in options.items() if key != "ticket"}
    response = post_feedback(
        client, data, language=language, cookie=options.get("ticket", True), **headers
    )
    assert response.status_code == status
    assert (spanish if language == "es" else english) in response.content.decode()
    assert response["Content-Language"] == language
    assert not PageFeedback.objects.exists()


def test_refusals_come_as_json_for_the_script(client, guide):
    response = post_feedback(
        client, {"page": guide.pk, "vote": "maybe"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {"error": "Elige «Sí» o «No»."}


def test_a_ticket_shown_too_recently_or_too_long_ago_is_refused(client, guide, settings):
    with time_machine.travel(time.time(), tick=False):  # however slow the machine
        fresh = post_feedback(client, {"page": guide.pk, "vote": "yes"}, cookie=aged_ticket(0))
    assert fresh.status_code == 400
    assert "muy rápido" in fresh.content.decode()
    expired = aged_ticket(settings.FORMS_TICKET_MAX_AGE + 60)
    old = post_feedback(client, {"page": guide.pk, "vote": "yes"}, cookie=expired)
    assert old.status_code == 400
    assert "mucho tiempo" in old.content.decode()


def test_a_ticket_signed_for_something_else_is_refused(client, guide):
    other = signing.TimestampSigner(salt="another.purpose").sign("1700000000.000")
    response = post_feedback(client, {"page": guide.pk, "vote": "yes"}, cookie=other)
    assert response.status_code == 400


def test_an_oversized_body_is_refused_before_it_is_read(client, guide, settings):
    comment = "x" * (settings.FORMS_MAX_BODY_BYTES + 1)
    response = post_feedback(client, {"page": guide.pk, "vote": "yes", "comment": comment})
    assert response.status_code == 413
    assert "demasiado largo" in response.content.decode()


def test_a_malformed_multipart_body_is_a_400(client, guide):
    client.cookies[ticket.COOKIE_NAME] = aged_ticket()
    response = client.generic(
        "POST",
        "/es/forms/feedback/",
        b"--broken\r\nContent-Disposition: form-data; name=\r\n\r\n",
        content_type="multipart/form-data; boundary=",
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 400


def test_get_is_a_405_with_a_message(client):
    response = client.get("/es/forms/feedback/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "solo recibe" in response.content.decode()


@pytest.mark.postgres
def test_fifty_posts_from_one_address_are_rate_limited(client, guide, settings):
    limit, _window = settings.FORMS_RATE_LIMIT
    statuses = [
        post_feedback(client, {"page": guide.pk, "vote": "yes"}, ip="198.51.100.7").status_code
        for _ in range(50)
    ]
    assert statuses == [303] * limit + [429] * (50 - limit)
    limited = post_feedback(client, {"page": guide.pk, "vote": "yes"}, ip="198.51.100.7")
    assert int(limited["Retry-After"]) > 0
    assert "Espera unos minutos" in limited.content.decode()
    assert PageFeedback.objects.count() == limit
    other_visitor = post_feedback(client, {"page": guide.pk, "vote": "yes"}, ip="198.51.100.8")
    assert other_visitor.status_code == 303


@pytest.mark.postgres
def test_the_rate_limit_window_passes(client, guide, settings):
    limit, window = settings.FORMS_RATE_LIMIT
    with time_machine.travel(1_900_000_000, tick=False) as traveller:
        for _ in range(limit):
            post_feedback(client, {"page": guide.pk, "vote": "yes"}, ip="198.51.100.9")
        assert (
            post_feedback(client, {"page": guide.pk, "vote": "yes"}, ip="198.51.100.9").status_code
            == 429
        )
        traveller.shift(window + 1)
        assert (
            post_feedback(client, {"page": guide.pk, "vote": "yes"}, ip="198.51.100.9").status_code
            == 303
        )


def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(client, guide, settings):
    settings.TRUSTED_PROXIES = 1
    limit, _window = settings.FORMS_RATE_LIMIT
    for _ in range(limit):
        post_feedback(client, {"page": guide.pk, "vote": "yes"}, HTTP_X_FORWARDED_FOR="192.0.2.1")
    blocked = post_feedback(
        client, {"page": guide.pk, "vote": "yes"}, HTTP_X_FORWARDED_FOR="192.0.2.1"
    )
    other = post_feedback(
        client, {"page": guide.pk, "vote": "yes"}, HTTP_X_FORWARDED_FOR="192.0.2.2"
    )
    assert (blocked.status_code, other.status_code) == (429, 303)


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    page=st.one_of(st.text(max_size=30), st.integers(min_value=-5, max_value=10**12).map(str)),
    vote=st.one_of(st.sampled_from(["yes", "no", "", "YES"]), st.text(max_size=10)),
    comment=st.text(max_size=700),
    website=st.sampled_from(["", "x"]),
    ip=st.integers(min_value=1, max_value=2**24),
    language=st.sampled_from(["es", "en", "qu", "ay"]),
)
@pytest.mark.postgres
def test_no_input_ever_gets_a_500(client, page, vote, comment, website, ip, language):
    address = f"10.{ip >> 16 & 255}.{ip >> 8 & 255}.{ip & 255}"
    data = {"page": page, "vote": vote, "comment": comment, "website": website}
    response = post_feedback(client, data, language=language, ip=address)
    assert response.status_code in {303, 400, 429}
