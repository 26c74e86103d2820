"""Freshness a visitor can see on a phone: the last update on every content page, and an overdue
guide (the demo's Italy guide, 60 days past its review date) saying it is under review."""

import re

from playwright.sync_api import expect

PHONE = {"width": 360, "height": 640}


def test_an_overdue_guide_says_so_on_the_first_screen(portal_url, new_page, screenshot):
    page = new_page(viewport=PHONE)
    page.goto(portal_url + "/es/guias-por-pais/trabajar-en-italia/")
    notice = page.locator(".review-notice")
    expect(notice).to_contain_text("En revisión.")
    expect(notice).to_contain_text("fuente oficial")
    assert notice.bounding_box()["y"] < 640 * 1.5  # right under the headline
    expect(page.locator(".page-updated")).to_have_text(re.compile(r"^Última actualización: \d"))
    screenshot(page, "phone-guide-under-review")


def test_pages_show_their_last_update_in_the_visitors_language(portal_url, new_page):
    page = new_page(viewport=PHONE)
    for url, label in (
        ("/es/vas-a-trabajar-en-el-extranjero/primeras-consideraciones/", "Última actualización:"),
        ("/qu/hawa-llaqtapi-llamkay/", "Qhipa musuqchasqan:"),
        ("/en/", "Last updated:"),
    ):
        page.goto(portal_url + url)
        updated = page.locator(".page-updated")
        expect(updated).to_contain_text(label)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", updated.locator("time").get_attribute("datetime"))
    # A guide reviewed on time has no notice.
    page.goto(portal_url + "/es/guias-por-pais/trabajar-en-espana/")
    expect(page.locator(".review-notice")).to_have_count(0)
