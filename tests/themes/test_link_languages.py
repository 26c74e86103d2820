"""A link to a page in another language says so: hreflang plus the language's own name."""

import re

import pytest

pytestmark = pytest.mark.django_db

PANEL = re.compile(r'<ul class="panel-list">(.*?)</ul>', re.S)


def test_quechua_home_marks_its_links_to_spanish_only_pages(client):
    html = client.get("/qu/").content.decode()
    panel = PANEL.search(html).group(1)
    links = re.findall(r'<a href="(/[a-z]+/[^"]*)"([^>]*)>(.*?)</a>', panel, re.S)
    assert links
    for href, attributes, text in links:
        if href.startswith("/es/"):
            assert 'hreflang="es"' in attributes, href
            assert '<span class="link-language" lang="es">(Español)</span>' in text, href
        else:
            assert href.startswith("/qu/") and "hreflang" not in attributes, href
    assert any(href.startswith("/es/") for href, _attributes, _text in links)


def test_spanish_home_links_carry_no_language_note(client):
    panel = PANEL.search(client.get("/es/").content.decode()).group(1)
    assert "hreflang" not in panel
    assert "link-language" not in panel
