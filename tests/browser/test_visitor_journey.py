"""A visitor's path through the portal, in real headless Chromium."""

import re

from playwright.sync_api import expect


def test_from_root_to_a_country_guide_and_into_english(
    portal_url, public_url, browser_page, screenshot
):
    page = browser_page
    page.goto(portal_url + "/")
    expect(page).to_have_url(re.compile(r"/es/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")

    page.locator("summary.site-menu__toggle").click()  # a phone: the menu is folded
    page.locator("nav.main-nav a", has_text="Ir a trabajar al extranjero").click()
    expect(page.locator("h1")).to_have_text("¿Vas a trabajar en el extranjero?")

    page.locator("section.country-guides a", has_text="España").click()
    expect(page.locator("h1")).to_contain_text("España")
    spanish_url = page.url

    page.locator("summary.site-menu__toggle").click()
    page.locator("nav.language-switcher a[hreflang=en]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(r"/en/"))
    expect(page.locator("h1")).to_contain_text("Spain")
    alternate = page.locator("link[rel=alternate][hreflang=es]").get_attribute("href")
    assert public_url(alternate) == spanish_url

    screenshot(page, "country-guide-english")
    assert page.console.errors == []


def test_navigation_and_language_switcher_work_without_javascript(portal_url, no_js_page):
    page = no_js_page
    page.goto(portal_url + "/es/")
    lines = page.locator("nav.main-nav .main-nav__lines a")
    expect(lines).to_have_count(4)

    lines.nth(1).click()
    expect(page.locator("h1")).to_have_text("¿Vas a retornar al Perú?")
    expect(page.locator('nav.main-nav a[aria-current="page"]')).to_have_count(1)

    page.locator("nav.language-switcher a[hreflang=qu]").click()
    expect(page.locator("html")).to_have_attribute("lang", "qu")
    expect(page).to_have_url(re.compile(r"/qu/"))

    page.locator("nav.language-switcher a[hreflang=en]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator("nav.breadcrumbs a").first.click()
    expect(page).to_have_url(re.compile(r"/en/$"))
