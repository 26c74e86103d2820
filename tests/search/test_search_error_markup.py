"""A search the view refuses (400) marks the page's search field invalid and points at why."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("params", [{"q": "trabajo", "type": "nope"}, {"q": "palabra " * 40}])
def test_refused_search_marks_the_field_and_names_the_error(client, params):
    response = client.get("/es/search/", params)
    assert response.status_code == 400
    html = response.content.decode()
    assert '<p class="search-error" id="search-error" role="alert">' in html
    page_field = 'id="search-page-query"'
    field = html[html.index(page_field) : html.index(">", html.index(page_field))]
    assert 'aria-invalid="true" aria-describedby="search-error" autofocus' in field
    # The header's search box stays as it is: one field in error per page.
    header_field = html[html.index('id="site-search"') :]
    assert "aria-invalid" not in header_field[: header_field.index(">")]


def test_search_page_without_a_query_is_not_an_error(client):
    html = client.get("/es/search/").content.decode()
    assert "aria-invalid" not in html
    assert 'id="search-error"' not in html
