"""¿Es segura esta oferta? in Chromium: the agency look-up works on the published static site
with JavaScript (no CMS at all: a plain file server with production's Content-Security-Policy)
and without it (the GET form is answered by the CMS), every country guide leads to it, and it
passes axe with an answer shown. A 360 × 640 screenshot of an answer is kept in artifacts/."""

import re
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from a11y import assert_no_axe_violations, form_error_problems
from playwright.sync_api import expect
from static_server import serve_release
from test_static_search import Handler

PHONE = {"width": 360, "height": 640}
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
PAGE = "/es/vas-a-trabajar-en-el-extranjero/es-segura-esta-oferta/"
FORM = "form[data-agency-lookup]"


class StaticHandler(Handler):
    requested = []


@pytest.fixture(scope="module")
def static_site(portal_env):
    with serve_release(portal_env, StaticHandler) as base_url:
        yield base_url


def look_up(page, text):
    page.get_by_label("Nombre, RUC o número de registro de la agencia").fill(text)
    page.locator(FORM).get_by_role("button", name="Consultar").click()


def test_the_lookup_answers_in_the_browser_on_the_static_site(static_site, new_page, screenshot):
    page = new_page(viewport=PHONE)
    script_errors = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    counted = []

    def count(route):
        request = route.request
        counted.append((parse_qs(request.post_data or ""), request.headers.get("cookie")))
        route.fulfill(status=204)

    page.route("**/forms/agencias/count/", count)
    page.goto(static_site + PAGE)
    expect(page.locator("h1")).to_have_text("¿Es segura esta oferta?")
    expect(page.locator(".warning-sign").first).to_be_visible()

    look_up(page, "SENOR de Huanca")
    answer = page.locator("#agency-answer")
    expect(answer.locator("h3")).to_have_text("Registrada")
    expect(answer.locator(".agency__name")).to_have_text("Agencia de Empleo Señor de Huanca S.R.L.")
    expect(answer).to_contain_text("20603456786")
    assert page.url == static_site + PAGE  # answered in place: nothing asked the CMS
    screenshot(page, "phone-offer-check-registered")
    # What a phone shows right after the answer: one 360 × 640 screen.
    page.evaluate("document.querySelector('#agency-check h2').scrollIntoView()")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "phone-offer-check-answer-360x640.png"))

    look_up(page, "20498765433")
    expect(answer.locator("h3")).to_have_text("Registro vencido")
    look_up(page, "0045 2022 APE LORETO")
    expect(answer.locator("h3")).to_have_text("Registro cancelado")
    look_up(page, "Empleos Milagrosos")
    expect(answer.locator("h3")).to_have_text("No registrada")
    expect(page.locator('a[href="tel:1818"]')).to_be_visible()

    # Each answer was counted, by its answer alone and without cookies.
    page.wait_for_timeout(200)
    assert [data["result"] for data, _cookie in counted] == [
        ["registered"],
        ["expired"],
        ["cancelled"],
        ["not-found"],
    ]
    assert all(set(data) == {"result"} and cookie is None for data, cookie in counted)
    assert not [path for path in StaticHandler.requested if "/forms/agencias/" in path]
    assert sum(path == "/agencias-de-empleo.json" for path in StaticHandler.requested) == 1
    assert script_errors == []


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 800}], ids=["360", "1280"])
def test_the_page_with_answers_passes_axe(static_site, new_page, viewport):
    # bypass_csp: axe-core is injected as an inline script, which the strict CSP would block.
    page = new_page(viewport=viewport, bypass_csp=True)
    page.route("**/forms/agencias/count/", lambda route: route.fulfill(status=204))
    page.goto(static_site + PAGE)
    assert_no_axe_violations(page, "the look-up page")
    look_up(page, "empleo")  # several agencies, of every standing
    expect(page.locator("#agency-answer .agency").first).to_be_visible()
    assert_no_axe_violations(page, "the look-up page with several agencies found")
    look_up(page, "ab")
    assert_no_axe_violations(page, "the look-up page with an error")


def test_bad_input_is_explained_on_the_field_in_the_browser(static_site, new_page):
    page = new_page(viewport=PHONE)
    page.route("**/forms/agencias/count/", lambda route: route.fulfill(status=204))
    page.goto(static_site + PAGE)
    look_up(page, "20498765434")
    error = page.locator("#agency-q-error")
    expect(error).to_have_text(
        "Este no es un RUC válido: revisa sus 11 dígitos (el último es un dígito de control)."
    )
    assert form_error_problems(page, FORM) == []
    look_up(page, "andes")
    expect(error).to_be_hidden()
    expect(page.locator("#agency-q")).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("#agency-answer h3")).to_have_text("Registrada")


def test_without_javascript_the_cms_answers_the_same_lookup(portal_url, no_js_page, screenshot):
    page = no_js_page
    page.set_viewport_size(PHONE)
    page.goto(portal_url + PAGE)
    look_up(page, "puentes laborales")
    assert re.search(r"/es/forms/agencias/\d+/\?q=puentes\+laborales", page.url)
    expect(page.locator("#agency-answer h3")).to_have_text("Registro vencido")
    expect(page.locator("#agency-answer .agency__name")).to_have_text(
        "Puentes Laborales del Sur S.A."
    )
    screenshot(page, "phone-offer-check-no-javascript")
    look_up(page, "ab")
    expect(page.locator("#agency-q-error")).to_have_text(
        "Escribe al menos 3 letras del nombre de la agencia."
    )
    assert form_error_problems(page, FORM) == []


def test_every_country_guide_and_line_1_lead_to_the_check(portal_url, no_js_page):
    page = no_js_page
    page.goto(portal_url + "/en/country-guides/working-in-spain/")
    callout = page.locator("main .offer-check-callout")
    expect(callout).to_contain_text("Is this offer safe?")
    callout.get_by_role("link", name="Check it").click()
    expect(page.locator("h1")).to_have_text("Is this offer safe?")

    page.goto(portal_url + "/qu/hawa-llaqtapi-llamkay/")
    callout = page.locator("main .offer-check-callout")
    expect(callout).to_contain_text("¿Kay llamkay ofertaqa chiqapchu?")
    callout.get_by_role("link", name="Qhaway").click()
    expect(page.locator("h1")).to_have_text("¿Kay llamkay ofertaqa chiqapchu?")
    expect(page.locator("html")).to_have_attribute("lang", "qu")
