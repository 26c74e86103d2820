"""Four languages: URL prefixes, the root redirect, the language switcher and hreflang alternates."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from content.models import CountryGuidePage, HomePage, LineOfActionPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "en", "qu", "ay"]


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)"', html))


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', nav))
    return {code: url for url, code in links.items()}


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("es-PE,es;q=0.9", "/es/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("qu", "/qu/"),
        ("ay", "/ay/"),
        ("de", "/es/"),
    ],
)
def test_root_redirects_to_preferred_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_demo_page_answers_in_spanish_and_english(published_demo):
    for language in ["es", "en"]:
        pages = Page.objects.live().public().filter(locale__language_code=language, depth__gt=1)
        assert pages.count() > 60
        for page in pages:
            status, _headers, body = published_demo(page.url)
            assert status == 200, (language, page.url)
            assert f'<html lang="{language}">' in body.decode()


@pytest.mark.parametrize("language", ["qu", "ay"])
def test_home_and_lines_answer_in_quechua_and_aymara(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    lines = LineOfActionPage.objects.live().filter(locale__language_code=language)
    assert lines.count() == 4
    for page in [home, *lines]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{language}">' in response.content.decode()


def test_language_switcher_on_a_country_guide_leads_to_its_english_translation(client):
    guide = CountryGuidePage.objects.get(locale__language_code="es", country_code="ES")
    english = guide.get_translation(Locale.objects.get(language_code="en"))
    links = switcher_links(client.get(guide.url).content.decode())
    assert links["en"] == english.url
    assert client.get(links["en"]).status_code == 200
    # No Quechua guide exists: the switcher offers the Quechua home instead.
    assert links["qu"] == HomePage.objects.get(locale__language_code="qu").url


def test_hreflang_names_exactly_the_translations_that_exist(client):
    guide = CountryGuidePage.objects.get(locale__language_code="en", country_code="IT")
    alternates = hreflangs(client.get(guide.url).content.decode())
    assert set(alternates) == {"es", "en"}
    home = HomePage.objects.get(locale__language_code="es")
    alternates = hreflangs(client.get(home.url).content.decode())
    assert set(alternates) == set(LANGUAGES)
    assert (
        alternates["ay"]
        == "http://testserver" + HomePage.objects.get(locale__language_code="ay").url
    )


def test_every_page_has_hreflang_for_its_translations(published_demo):
    for page in Page.objects.live().public().filter(depth__gt=1, locale__language_code="es"):
        html = published_demo(page.url)[2].decode()
        expected = {t.locale.language_code for t in page.get_translations(inclusive=True).live()}
        assert set(hreflangs(html)) == expected, page.url


def test_quechua_and_aymara_have_language_info():
    for code, name in [("qu", "Runasimi"), ("ay", "Aymar aru")]:
        assert translation.get_language_info(code)["name_local"] == name
        assert translation.check_for_language(code)
