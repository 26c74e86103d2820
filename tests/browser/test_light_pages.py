"""Light pages: readable and navigable with JavaScript off, at most one self-hosted web font.

Bytes and request counts against the budget are measured by benchmarks/page_weight.py.
"""

from urllib.parse import urlsplit

import pytest
from page_types import NAMES, PAGE_TYPES, samples

# What a visitor reads and where they can go: the headline, the text, every visible link.
_CONTENT = """() => ({
    h1: (document.querySelector('h1') || {}).innerText || '',
    text: document.querySelector('main').innerText.length,
    links: [...document.querySelectorAll('a[href]')].filter(a => a.checkVisibility()).map(a => a.href),
})"""


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=NAMES)
def test_same_content_and_links_without_javascript(portal_url, demo_pages, audit_page, page_type):
    for found in samples(page_type, demo_pages):
        seen = {}
        for javascript in (True, False):
            page = audit_page(java_script_enabled=javascript)
            fonts = []

            def note_font(request, fonts=fonts):
                if request.resource_type == "font":
                    fonts.append(request.url)

            page.on("request", note_font)  # Chromium reports fonts taken from its cache too
            try:
                page.goto(portal_url + found.url)
                seen[javascript] = page.evaluate(_CONTENT)
            finally:
                page.remove_listener("request", note_font)
            origins = {urlsplit(url).netloc for url in fonts}
            assert len(fonts) <= 1, f"{found.url} loads {len(fonts)} web fonts: {fonts}"
            assert origins <= {urlsplit(portal_url).netloc}, f"{found.url}: third-party fonts"
        without, with_js = seen[False], seen[True]
        assert without["h1"] and without["h1"] == with_js["h1"], found.url
        assert without["text"] > 0, found.url
        # Scripts may add enhancements, never the only way somewhere.
        missing = set(with_js["links"]) - set(without["links"])
        assert not missing, f"{found.url}: only reachable with JavaScript: {sorted(missing)}"
