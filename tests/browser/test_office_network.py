"""The office network one tap away on a phone, without JavaScript: from the home page to the
finder and an office's phone number; ticking services narrows the list at once (the form's
GET is walked in test_cobranding.py)."""

import re

from playwright.sync_api import expect

PHONE = {"width": 360, "height": 640}


def test_from_the_home_page_to_an_office_phone_without_javascript(
    portal_url, no_js_page, screenshot
):
    page = no_js_page
    page.set_viewport_size(PHONE)
    page.goto(portal_url + "/qu/")
    # The Quechua home's own box leads to the (Spanish) finder and says so.
    box = page.locator("main .notice--offices a")
    expect(box).to_have_attribute("hreflang", "es")
    box.click()
    expect(page.locator("h1")).to_have_text("Encuentra una oficina")
    screenshot(page, "phone-office-finder")
    # Every office's phone is a number to tap.
    phones = page.locator('.office-list a[href^="tel:"]')
    assert phones.count() == page.locator(".office-list > li").count()
    for href in phones.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert re.fullmatch(r"tel:\+?[0-9()\-]{6,}", href), href


def test_ticking_services_narrows_the_list_at_once_without_javascript(
    portal_url, no_js_page, screenshot
):
    page = no_js_page
    page.set_viewport_size(PHONE)
    page.goto(portal_url + "/es/red-senep/encuentra-una-oficina/")
    visible = page.locator(".office-list > li:visible")
    before = visible.count()
    page.get_by_text("Filtrar por servicio").click()
    page.get_by_label("Orientación al migrante").check()
    after_one = visible.count()
    page.get_by_label("Capacitación para el emprendimiento").check()
    after_two = visible.count()
    screenshot(page, "phone-office-finder-two-services")
    assert before > after_one >= after_two > 0, (before, after_one, after_two)
