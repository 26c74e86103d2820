"""An empty search is a visitor's mistake: 400, and the field says why, in their language."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("es", "Escriba una o más palabras para buscar."),
        ("en", "Type one or more words to search."),
        ("qu", "Maskanapaq huk utaq achka rimaykunata qillqay."),
    ],
)
@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_is_a_400_with_the_error_on_the_field(client, language, message, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<p id="site-search-error" class="field-error">{message}</p>' in html
    assert 'aria-invalid="true" aria-describedby="site-search-error" autofocus' in html
    assert f"<title>{message} · Perú Infomigra</title>" in html


def test_search_page_without_a_query_is_not_an_error(client):
    response = client.get("/es/search/")
    assert response.status_code == 200
    assert "aria-invalid" not in response.content.decode()


def test_a_query_gives_results_without_error_state(client):
    response = client.get("/es/search/", {"q": "trabajo"})
    assert response.status_code == 200
    assert "aria-invalid" not in response.content.decode()
