"""Site search leads to "¿Es segura esta oferta?" first for what worried visitors type (the two
queries are in the relevance set too, tests/search/queries.yaml)."""

import pytest

from search.engine import search_pages

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

PAGE = "/es/vas-a-trabajar-en-el-extranjero/es-segura-esta-oferta/"


@pytest.mark.parametrize("query", ["agencia de empleo registrada", "oferta falsa"])
def test_the_offer_check_comes_first(query):
    results = search_pages(query, "es").results
    assert [page.url for page in results[:1]] == [PAGE]
