"""Keyboard only: every control reachable with Tab, with a visible, unobscured focus ring."""

import re

import pytest
from a11y import assert_no_axe_violations, form_error_problems, tab_through
from page_types import BY_NAME, LANGUAGES, NAMES, PAGE_TYPES, sample, samples
from playwright.sync_api import expect

MOBILE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=NAMES)
def test_tab_reaches_every_control_with_a_visible_focus_ring(
    portal_url, demo_pages, audit_page, page_type
):
    for found in samples(page_type, demo_pages):
        page = audit_page(viewport=DESKTOP)
        page.goto(portal_url + found.url)
        reached, expected, problems = tab_through(page)
        assert not problems, f"{found.url}:\n" + "\n".join(f"  - {p}" for p in problems)
        assert len(reached) == len(expected), found.url
        assert page.locator('[data-a11y-tab-target="0"]').get_attribute("class") == "skip-link"
        # What a visitor looks for comes in this order: languages, search, main navigation.
        order = page.evaluate(
            """() => ['nav.language-switcher a', '#site-search', 'nav.main-nav a']
                .map(s => document.querySelector(s))
                .map(e => e ? Number(e.dataset.a11yTabTarget) : -1)"""
        )
        switcher, search, menu = order
        assert 0 < switcher < search, (found.url, order)
        assert menu == -1 or search < menu, (found.url, order)


@pytest.mark.parametrize("page_type", ["home", "legislation index", "country guide"])
@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_focus_ring_is_painted(portal_url, demo_pages, audit_page, page_type, viewport):
    """Screenshots with and without focus differ for every stop (links, fields, selects, buttons)."""
    page = audit_page(viewport=viewport)
    page.goto(portal_url + sample(BY_NAME[page_type], "es", demo_pages).url)
    _reached, _expected, problems = tab_through(page, paint_check=True)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_moves_focus_into_the_main_content(portal_url, new_page, language):
    page = new_page(viewport=MOBILE)
    page.goto(f"{portal_url}/{language}/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_search_form_announces_a_refused_search(portal_url, new_page):
    """A search the portal refuses (here a stale filter link): the field says it is invalid and
    why, in the visitor's language, and the message goes away once the visitor searches again."""
    messages = {}
    for language in LANGUAGES:
        page = new_page(viewport=MOBILE, bypass_csp=True)  # for axe-core, injected inline
        response = page.goto(f"{portal_url}/{language}/search/?q=trabajo&type=nope")
        assert response.status == 400
        assert page.locator("html").get_attribute("lang") == language
        problems = form_error_problems(page, "main form.search-form")
        assert not problems, "\n".join(problems)
        expect(page.locator("#search-page-query")).to_be_focused()
        messages[language] = page.locator("#search-error").inner_text()
        assert messages[language] in page.title()
        assert_no_axe_violations(page)  # the error state too

        page.locator("#search-page-query").fill("trabajo")
        page.keyboard.press("Enter")
        # With JavaScript the search goes to the published search page (Pagefind in the browser).
        page.wait_for_url(re.compile(r"/search/(\?q=|#q=)trabajo$"))
        assert page.locator("#search-page-query").get_attribute("aria-invalid") is None
        assert page.locator("#search-error").count() == 0
    assert len(set(messages.values())) == len(LANGUAGES), messages
