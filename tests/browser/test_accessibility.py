"""WCAG 2.2 AA on every page type, in Spanish and Quechua: axe-core, languages, images.

The pages come from `page_types.PAGE_TYPES` (one line per page type); the test portal's
database supplies a live demo page of each type in each language. Where Quechua has no page of
a type, its visitors meet the Spanish page, which is then checked once.
"""

import re
from urllib.parse import urlsplit

import pytest
from a11y import axe_violations
from django.conf import settings
from page_types import LANGUAGES, NAMES, PAGE_TYPES, PROJECT_APPS, samples

PORTAL_LANGUAGES = {code for code, _name in settings.LANGUAGES}
RASTER = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?)(\?|$)", re.I)
MODERN = re.compile(r"\.(webp|avif|svg)(\?|$)", re.I)
FILENAME = re.compile(r"\S+\.(png|jpe?g|gif|webp|avif|svg)$", re.I)


def open_sample(page, portal_url, found):
    response = page.goto(portal_url + found.url)
    assert response.status == found.status, f"{found.url} answered {response.status}"


def report(problems):
    return "\n".join(f"  - {problem}" for problem in problems)


def test_every_page_model_is_covered():
    """A page model added to the project without a line in PAGE_TYPES fails here."""
    from wagtail.models import get_page_models

    models = {m._meta.label for m in get_page_models() if m._meta.app_label in PROJECT_APPS}
    covered = {page_type.model for page_type in PAGE_TYPES if page_type.model}
    assert models - covered == set(), "add these page models to tests/browser/page_types.py"
    assert covered - models == set(), "these entries of page_types.py name no page model"


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=NAMES)
def test_page_passes_the_accessibility_audits(
    portal_url, public_url, demo_pages, audit_page, page_type
):
    """Each sample page is opened once and audited: its languages, its images, then axe-core
    with the WCAG 2.0/2.1/2.2 A and AA rules on a phone and on a desktop."""
    problems = []
    for found in samples(page_type, demo_pages):
        # bypass_csp: axe-core is injected as an inline script, which a strict CSP would block.
        page = audit_page(viewport={"width": 390, "height": 844}, bypass_csp=True)
        open_sample(page, portal_url, found)
        check_languages(page, portal_url, public_url, found)
        check_images(page, found)
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 844})
            problems += [f"{found.url} at {width}px: {v}" for v in axe_violations(page)]
    assert not problems, f"{len(problems)} WCAG 2.2 A/AA violation(s):\n" + report(problems)


def check_languages(page, portal_url, public_url, found):
    """The page says its language; every passage and link in another language says its own."""
    assert page.locator("html").get_attribute("lang") == found.content_language, found

    declared = page.eval_on_selector_all("[lang]", "els => els.map(e => e.lang)")
    assert set(declared) <= PORTAL_LANGUAGES, f"{found.url}: unknown codes in {declared}"

    entries = page.locator("nav.language-switcher li > *")
    assert entries.count() == len(PORTAL_LANGUAGES), found.url
    for entry in entries.all():
        code = entry.get_attribute("lang")
        assert code in PORTAL_LANGUAGES, f"{found.url}: “{entry.inner_text()}” has no lang"
        if entry.evaluate("e => e.tagName") == "A":
            assert entry.get_attribute("hreflang") == code, found.url

    # A link into another language's part of the site says so with hreflang...
    origin = urlsplit(portal_url).netloc
    for href, hreflang, text in page.eval_on_selector_all(
        "a[href]", "els => els.map(a => [a.href, a.getAttribute('hreflang'), a.innerText])"
    ):
        url = urlsplit(href)
        target = url.path.split("/")[1] if url.netloc == origin else ""
        if target in PORTAL_LANGUAGES and target != found.content_language:
            assert hreflang == target, f"{found.url}: “{text.strip()}” lacks hreflang"

    # ... and hreflang tells the truth: the target page is in that language.
    for href, hreflang in page.eval_on_selector_all(
        "a[hreflang], link[rel=alternate][hreflang]",
        "els => els.map(e => [e.href, e.getAttribute('hreflang')])",
    ):
        assert _page_language(page, public_url(href)) == hreflang, f"{href} is not in {hreflang}"


_LANGUAGE_OF = {}


def _page_language(page, url):
    if url not in _LANGUAGE_OF:
        response = page.request.get(url)
        assert response.ok, f"{url} answered {response.status}"
        match = re.search(r'<html lang="([^"]+)"', response.text())
        _LANGUAGE_OF[url] = match and match.group(1)
    return _LANGUAGE_OF[url]


def check_images(page, found):
    """Alt text on every image, logos named, sizes reserved, raster images responsive and modern."""
    images = page.eval_on_selector_all(
        "img",
        """els => els.map(i => ({
            src: i.getAttribute('src'), alt: i.getAttribute('alt'),
            srcset: i.getAttribute('srcset'),
            width: i.getAttribute('width'), height: i.getAttribute('height'),
            logo: !!i.closest('.brand, .footer-brand'),
        }))""",
    )
    assert any(image["logo"] for image in images), f"{found.url}: no brand"
    for image in images:
        src = image["src"]
        assert image["alt"] is not None, f"{src} has no alt attribute"
        assert not FILENAME.match(image["alt"].strip()), f"{src}: alt is a file name"
        if image["logo"]:
            assert image["alt"].strip(), f"logo {src} needs a text alternative"
        assert image["width"] and image["height"], f"{src} lacks width/height (layout shift)"
        if RASTER.search(src) or not MODERN.search(src):
            assert image["srcset"], f"{src}: raster images need srcset"
        candidates = [src] + [c.split()[0] for c in (image["srcset"] or "").split(",") if c]
        for candidate in candidates:
            assert MODERN.search(candidate), f"{candidate}: serve WebP/AVIF (or SVG)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_to_other_languages_name_the_language(portal_url, new_page, language):
    """On the Quechua home, panel links to Spanish-only pages show (and announce) “Español”."""
    page = new_page()
    page.goto(f"{portal_url}/{language}/")
    foreign = page.locator("main a[hreflang]")
    if language == "es":
        assert foreign.count() == 0
        return
    assert foreign.count() > 0
    for link in foreign.all():
        note = link.locator(".link-language")
        assert note.get_attribute("lang") == link.get_attribute("hreflang")
        assert note.is_visible()
