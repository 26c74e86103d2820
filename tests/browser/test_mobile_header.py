"""A phone's first screen (360 x 640): the page's headline, not the header.

Languages, search and the menu fold behind one `<details>` control that works without JavaScript
and with the keyboard; the lines of action are named by the visitor's task in every language.
"""

import re

import pytest
from page_types import NAMES, PAGE_TYPES, samples
from playwright.sync_api import expect

PHONE = {"width": 360, "height": 640}
HEADLINE_WITHIN = 300  # CSS px from the top of the page

# The visitor's tasks in the main menu, in the order of the lines.
TASKS = {
    "es": [
        "Ir a trabajar al extranjero",
        "Volver al Perú",
        "Ya trabajo en el extranjero",
        "Trabajar en el Perú siendo extranjero",
    ],
    "en": [
        "Go to work abroad",
        "Return to Peru",
        "I already work abroad",
        "Work in Peru as a foreigner",
    ],
}

_HEADER = """() => {
    const h1 = document.querySelector('h1');
    const menu = document.querySelector('header details.site-menu');
    const toggle = menu && menu.querySelector(':scope > summary');
    return {
        h1: h1 ? h1.getBoundingClientRect().top + window.scrollY : null,
        menu: !!toggle,
        open: menu ? menu.open : null,
        hidden: ['nav.language-switcher', 'nav.main-nav', 'form.search-form']
            .filter(s => menu && menu.querySelector(s))
            .every(s => !document.querySelector('header ' + s).checkVisibility()),
    };
}"""


def toggle_state(page, name):
    """(role, expanded) of the control named `name` in Chromium's accessibility tree."""
    client = page.context.new_cdp_session(page)
    try:
        nodes = client.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        client.detach()
    for node in nodes:
        if node.get("name", {}).get("value") == name and node["role"]["value"] != "group":
            states = {p["name"]: p["value"]["value"] for p in node.get("properties", [])}
            return node["role"]["value"], states.get("expanded")
    return None


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=NAMES)
def test_headline_starts_on_the_first_phone_screen(
    portal_url, demo_pages, audit_page, screenshot, page_type
):
    for found in samples(page_type, demo_pages):
        page = audit_page(viewport=PHONE)
        response = page.goto(portal_url + found.url)
        assert response.status == found.status, found.url
        header = page.evaluate(_HEADER)
        screenshot(
            page, f"phone-{found.language}-{page_type.name.replace(' ', '-')}", full_page=False
        )
        assert header["menu"] and header["open"] is False, f"{found.url}: no closed menu control"
        assert header["hidden"], f"{found.url}: languages, search or menu shown on a phone"
        assert header["h1"] is not None, f"{found.url}: no <h1>"
        assert header["h1"] <= HEADLINE_WITHIN, f"{found.url}: <h1> starts at {header['h1']} px"


def test_menu_opens_with_the_keyboard_and_names_the_tasks(portal_url, new_page):
    page = new_page(viewport=PHONE)
    page.goto(portal_url + "/es/guias-por-pais/")
    toggle = page.locator("summary.site-menu__toggle")
    expect(toggle).to_have_text("Menú e idiomas")
    # Screen readers meet a disclosure button, collapsed until used.
    assert toggle_state(page, "Menú e idiomas") == ("DisclosureTriangle", False)
    for _ in range(3):  # skip link, brand, menu
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    assert toggle_state(page, "Menú e idiomas") == ("DisclosureTriangle", True)
    expect(page.locator("header nav.language-switcher")).to_be_visible()
    expect(page.locator("header #site-search")).to_be_visible()
    lines = page.locator("nav.main-nav .main-nav__lines a")
    expect(lines).to_have_text(TASKS["es"])
    page.keyboard.press("Tab")
    expect(page.locator("nav.language-switcher a").first).to_be_focused()
    toggle.focus()
    page.keyboard.press("Space")
    expect(page.locator("header nav.main-nav")).to_be_hidden()


@pytest.mark.parametrize("language", ["en", "qu", "ay"])
def test_menu_works_without_javascript_in_every_language(portal_url, no_js_page, language):
    page = no_js_page
    page.set_viewport_size(PHONE)
    page.goto(f"{portal_url}/{language}/")
    page.locator("summary.site-menu__toggle").click()
    lines = page.locator("nav.main-nav .main-nav__lines a")
    expect(lines).to_have_count(4)
    labels = lines.all_inner_texts()
    assert not any(re.match(r"(Línea|Line)\s*\d", label) for label in labels), labels
    if language in TASKS:
        assert labels == TASKS[language]
    else:  # named in the visitor's language, not left in Spanish
        assert not set(labels) & set(TASKS["es"]), labels
    lines.first.click()
    expect(page).to_have_url(re.compile(f"/{language}/[^/]+/$"))
