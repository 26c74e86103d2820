"""Whatever the query string, the JSON API answers: 200, or 400/404 with a JSON message; never 500.

Known shapes that used to crash (raw text reaching SQLite's full-text query, integers beyond 64
bits, unknown search operators, non-numeric ids) are listed; a property test then generates query
strings from the same parameters for every endpoint.
"""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ENDPOINTS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"]
HUGE = "9223372036854775808"  # 2**63: beyond any database integer

KNOWN = [
    "search=%22",
    "search=%00",
    "search=a%22b%22%22",
    "search=NEAR%28a",
    "search=*",
    "search=a&search_operator=xor",
    f"offset={HUGE}",
    f"limit={HUGE}",
    "offset=-1",
    "limit=abc",
]
FIND = ["id=abc", f"id={HUGE}", "id=-1", "id=%00", "html_path=%00", "html_path=/../.."]


def assert_answered(response):
    """200 (302 from `find/` to the object found), or a 400/404 with a JSON message."""
    answered = (200, 302, 400, 404)
    assert response.status_code in answered, (response.status_code, response.content[:300])
    if response.status_code in (400, 404):
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["message"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("query", KNOWN)
def test_listing_refuses_bad_parameters_with_a_message(client, endpoint, query):
    response = client.get(f"{endpoint}?{query}")
    assert_answered(response)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("query", FIND)
def test_find_answers_bad_ids_with_a_message(client, endpoint, query):
    response = client.get(f"{endpoint}find/?{query}")
    assert_answered(response)
    if "id=" in query:
        assert response.status_code in (400, 404)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_unknown_search_operator_is_a_400_naming_the_choices(client, endpoint):
    response = client.get(f"{endpoint}?search=trabajo&search_operator=xor")
    assert response.status_code == 400
    assert "and" in response.json()["message"] and "or" in response.json()["message"]


def test_search_with_quotes_finds_what_the_words_find(client):
    plain = client.get("/api/v2/pages/?search=trabajo en Chile").json()
    quoted = client.get('/api/v2/pages/?search="trabajo" en "Chile"').json()
    assert plain["meta"]["total_count"] > 0
    assert quoted["meta"]["total_count"] == plain["meta"]["total_count"]


def test_search_finds_words_without_accents(client):
    """The API searches as the site search does: accents and plurals do not matter."""
    with_accent = client.get("/api/v2/pages/?search=migración").json()["meta"]["total_count"]
    without = client.get("/api/v2/pages/?search=migracion").json()["meta"]["total_count"]
    assert with_accent > 0
    assert without == with_accent


def test_an_offset_beyond_the_results_is_an_empty_page(client):
    response = client.get("/api/v2/pages/?offset=100000")
    assert response.status_code == 200
    assert response.json()["items"] == []


text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]),
    max_size=30,
)
integers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", "abc", "1e3", "0x10", " 1", "1.5", "NaN", "٣"]),
)
parameters = st.dictionaries(
    st.sampled_from(
        [
            "search",
            "search_operator",
            "offset",
            "limit",
            "order",
            "fields",
            "type",
            "child_of",
            "descendant_of",
            "ancestor_of",
            "translation_of",
            "locale",
            "id",
            "title",
            "slug",
            "html_path",
        ]
    ),
    st.one_of(
        text,
        integers,
        st.sampled_from(["and", "or", "xor", "title", "-title", "random", "*", "_", "-id"]),
    ),
    max_size=4,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(endpoint=st.sampled_from(ENDPOINTS), find=st.booleans(), query=parameters)
def test_no_query_string_gives_a_server_error(client, endpoint, find, query):
    response = client.get(f"{endpoint}{'find/' if find else ''}?{urlencode(query)}")
    assert_answered(response)
