"""The national brand and a region's crest, as a visitor's Chromium shows them."""

import re

from playwright.sync_api import expect

PUNO_EVENT = "/es/red-senep/puno/eventos/feria-laboral-juliaca/"
FINDER = "/es/red-senep/encuentra-una-oficina/"


def loaded(locator):
    """True when the image was fetched and decoded (not a broken image icon)."""
    return locator.evaluate("img => img.complete && img.naturalWidth > 0")


def test_puno_event_shows_the_national_brand_and_the_puno_crest(
    portal_url, browser_page, screenshot
):
    page = browser_page
    response = page.goto(portal_url + PUNO_EVENT)
    assert response.status == 200
    expect(page.locator("h1")).to_have_text("Feria laboral y de orientación en Juliaca")

    senep = page.locator(".cobrand .logo--senep")
    infomigra = page.locator(".cobrand .logo--infomigra")
    crest = page.locator(".cobrand .crest img")
    for image in (senep, infomigra, crest):
        expect(image).to_be_visible()
        assert loaded(image), image
    expect(crest).to_have_attribute("alt", re.compile(r"^Escudo de la Región Puno"))
    # Next to the brand, never instead of it: same bar, to its right.
    assert crest.bounding_box()["x"] > infomigra.bounding_box()["x"]

    # The palette comes from the brand setting's stylesheet.
    border = page.locator(".site-header").evaluate("el => getComputedStyle(el).borderTopColor")
    assert border == "rgb(179, 18, 31)"
    screenshot(page, "puno-event-cobranding")

    # Printed, the event keeps brand and crest; navigation goes away.
    page.emulate_media(media="print")
    expect(senep).to_be_visible()
    expect(crest).to_be_visible()
    expect(page.locator("nav.main-nav")).to_be_hidden()
    screenshot(page, "puno-event-print")
    assert page.console.errors == []


def test_spanish_home_shows_the_brand_and_no_crest(portal_url, browser_page, screenshot):
    page = browser_page
    page.goto(portal_url + "/es/")
    expect(page.locator(".cobrand .logo--senep")).to_be_visible()
    assert loaded(page.locator(".cobrand .logo--senep"))
    expect(page.locator(".crest")).to_have_count(0)
    screenshot(page, "home-without-crest")
    assert page.console.errors == []


def test_office_finder_works_without_javascript(portal_url, no_js_page):
    page = no_js_page
    page.goto(portal_url + FINDER)
    # One GET form: a region, the services (folded until wanted); the static site answers it
    # with the published page of that choice.
    page.locator("#finder-region").select_option(value="21")
    page.get_by_text("Filtrar por servicio").click()
    page.get_by_label("Orientación al migrante").check()
    page.get_by_role("button", name="Ver oficinas").click()
    expect(page).to_have_url(re.compile(r"\?region=21&service=migrant-guidance$"))
    expect(page.locator("#finder-region")).to_have_value("21")
    expect(page.get_by_label("Orientación al migrante")).to_be_checked()
    offices = page.locator(".office-list .card__title a")
    expect(offices).to_have_count(2)
    expect(offices).to_have_text(["Centro de Empleo Puno", "Oficina SENEP Local Juliaca"])
