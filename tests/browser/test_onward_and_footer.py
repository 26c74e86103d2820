"""On a phone, in Quechua and Aymara too: a line page leads on to its sections (in Spanish where
they are not translated, and says so), and every footer says whose site this is."""

import pytest
from playwright.sync_api import expect

PHONE = {"width": 360, "height": 640}
OFFICIAL = {
    "es": "Sitio oficial del Estado peruano",
    "qu": "Perú Estadopa kikin web kitin",
    "ay": "Perú Estadon chiqpach web utapa",
}


@pytest.mark.parametrize(
    "line", ["/qu/hawa-llaqtapi-llamkay/", "/ay/yaqha-markan-irnaqana/"], ids=["qu", "ay"]
)
def test_a_line_page_leads_on_to_its_sections_in_spanish(portal_url, no_js_page, line, screenshot):
    page = no_js_page
    page.set_viewport_size(PHONE)
    page.goto(portal_url + line)
    onward = page.locator('main a[hreflang="es"]')
    assert onward.count() >= 3, "a line page with nowhere to go"
    expect(onward.locator(".link-language").first).to_have_text("(Español)")
    screenshot(page, f"phone-{line.strip('/').split('/')[0]}-line-leads-on")

    target = onward.first.get_attribute("href")
    onward.first.click()
    page.wait_for_url(f"**{target}")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("main h1")).to_be_visible()


@pytest.mark.parametrize("language", ["es", "qu", "ay"])
def test_every_footer_says_whose_site_it_is_and_where_to_read_more(
    portal_url, new_page, language, screenshot
):
    page = new_page(viewport=PHONE)
    page.goto(f"{portal_url}/{language}/")
    footer = page.locator("footer.site-footer")
    expect(footer.locator(".footer-official")).to_have_text(OFFICIAL[language])
    expect(footer.locator(".logo--mtpe")).to_be_visible()
    expect(footer.locator(".logo--senep")).to_be_visible()
    expect(footer.locator('a[href^="mailto:"]')).to_be_visible()
    links = footer.locator(".footer-links a")
    assert links.count() >= 5  # the office finder, privacy, accessibility, about, contact
    for href in links.evaluate_all("links => links.map(link => link.getAttribute('href'))"):
        assert page.request.get(portal_url + href).status == 200, href
    footer.scroll_into_view_if_needed()
    screenshot(page, f"phone-{language}-footer")
