"""The static search page's beacon, POST /<lang>/search/counted/: its searches reach the monthly
report exactly as the server search's do, bad input is a 4xx, and no cookie is ever set."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from monitoring_helpers import ORIGIN

from monitoring.month import Month
from monitoring.report import build_report

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"


def beacon(client, data, language="es", ip="203.0.113.5", **headers):
    """POST as navigator.sendBeacon does with URLSearchParams (form-encoded, Origin header)."""
    headers.setdefault("HTTP_ORIGIN", ORIGIN)
    headers = {name: value for name, value in headers.items() if value is not None}
    body = data if isinstance(data, str) else "&".join(f"{k}={v}" for k, v in data.items())
    return client.post(
        f"/{language}/search/counted/",
        body,
        content_type=f"{FORM};charset=UTF-8",
        REMOTE_ADDR=ip,
        **headers,
    )


def this_month():
    return build_report(Month.of())


def test_static_searches_are_counted_with_the_servers_in_the_monthly_report(client):
    before = this_month()
    assert beacon(client, {"q": "Migración", "found": "1"}).status_code == 204
    assert beacon(client, {"q": "migracion", "found": "1"}, language="qu").status_code == 204
    assert client.get("/es/search/", {"q": "migración"}).status_code == 200
    assert beacon(client, {"q": "xyzzy quipu", "found": "0"}, language="en").status_code == 204

    report = this_month()
    top = {row.query: row.searches for row in report.top_searches}
    assert top["migracion"] == 3  # accents folded, static and server searches added up
    without = {row.query: row.searches for row in report.searches_without_results}
    assert without == {"xyzzy quipu": 1} | {
        row.query: row.searches for row in before.searches_without_results
    }
    assert report.searches_total == before.searches_total + 4


def test_the_answer_sets_no_cookie_and_is_not_cached(client):
    response = beacon(client, {"q": "visa", "found": "1"})
    assert response.status_code == 204
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"found": "1"}, 400),  # no query
        ({"q": "   ", "found": "1"}, 400),
        ({"q": "%00%01", "found": "0"}, 400),  # only control characters
        ({"q": "visa"}, 400),  # no "found"
        ({"q": "visa", "found": "yes"}, 400),
        ({"q": "a" * 201, "found": "1"}, 400),  # longer than the server search allows
    ],
)
def test_bad_fields_are_a_400_with_a_message_and_count_nothing(client, data, expected):
    before = this_month().searches_total
    response = beacon(client, data)
    assert response.status_code == expected
    assert response.content.decode().strip()
    assert this_month().searches_total == before


def test_a_too_long_query_is_refused_in_the_visitors_language(client):
    response = beacon(client, {"q": "a" * 201, "found": "1"}, language="en")
    assert "at most 200 characters" in response.content.decode()


def test_only_a_form_post_from_our_origin_is_counted(client):
    before = this_month().searches_total
    assert client.get("/es/search/counted/").status_code == 405
    assert (
        beacon(client, {"q": "visa", "found": "1"}, HTTP_ORIGIN="https://evil.example").status_code
        == 403
    )
    assert beacon(client, {"q": "visa", "found": "1"}, HTTP_ORIGIN="null").status_code == 403
    json_body = client.post(
        "/es/search/counted/", {"q": "visa"}, content_type="application/json", HTTP_ORIGIN=ORIGIN
    )
    assert json_body.status_code == 415
    assert beacon(client, "q=" + "a" * 4000 + "&found=1").status_code == 413
    assert this_month().searches_total == before


def test_one_address_is_rate_limited(client, settings):
    settings.SEARCH_COUNT_RATE_LIMIT = (5, 3600)
    statuses = [
        beacon(client, {"q": "visa", "found": "1"}, ip="198.51.100.40").status_code
        for _ in range(7)
    ]
    assert statuses == [204] * 5 + [429] * 2
    limited = beacon(client, {"q": "visa", "found": "1"}, ip="198.51.100.40", language="en")
    assert int(limited["Retry-After"]) > 0
    assert "not counted" in limited.content.decode()
    assert beacon(client, {"q": "visa", "found": "1"}, ip="198.51.100.41").status_code == 204


@hypothesis_settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.binary(max_size=300),
    content_type=st.sampled_from([FORM, "multipart/form-data; boundary=x", "text/plain"]),
)
def test_any_body_gets_a_204_or_a_4xx_never_a_500(client, body, content_type):
    response = client.post(
        "/es/search/counted/", body, content_type=content_type, HTTP_ORIGIN=ORIGIN
    )
    assert response.status_code == 204 or 400 <= response.status_code < 500
