"""Contáctenos from a frozen static page, in Chromium with JavaScript off; and a foreign form.

The page's HTML is fetched once and served back to the browser byte for byte at its own address
(as the static site does), while /es/forms/... goes to the running CMS, as the static
server forwards it. Nothing in the frozen page is specific to the visitor.
"""

import re
import sqlite3
import urllib.request

from form_ticket import TICKET, wait_for_ticket, wait_like_a_reader
from playwright.sync_api import expect

REFERENCE = re.compile(r"IM-\d{4}-\d{6}")


def database(portal_env):
    return sqlite3.connect(portal_env["DATABASE_URL"].removeprefix("sqlite:///"))


def frozen(url):
    with urllib.request.urlopen(url) as response:
        assert response.headers.get("Set-Cookie") is None
        return response.read()


def test_the_contact_form_works_from_a_static_page_without_javascript(
    portal_url, portal_env, no_js_page, screenshot
):
    page_url = portal_url + "/es/contactenos/"
    html = frozen(page_url)
    assert b"csrfmiddlewaretoken" not in html
    assert html == frozen(page_url)  # the same bytes for everyone

    page = no_js_page
    page.route(
        page_url,
        lambda route: route.fulfill(
            status=200, body=html, headers={"Content-Type": "text/html; charset=utf-8"}
        ),
    )
    page.goto(page_url)
    shown = wait_for_ticket(page.context)
    [cookie] = [c for c in page.context.cookies() if c["name"] == TICKET]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/es/forms/"

    page.fill("#id_name", "Wayra Condori")
    page.fill("#id_email", "wayra.condori@example.pe")
    page.fill("#id_country", "Argentina")
    page.get_by_label("Línea 3: trabajar en el extranjero").check()
    page.fill("#id_subject", "Convenio de seguridad social")
    page.fill("#id_text", "¿Puedo sumar mis aportes de Argentina para mi pensión en el Perú?")
    page.get_by_label(re.compile("He leído el aviso de privacidad")).check()
    screenshot(page, "contact-form-filled")
    wait_like_a_reader(page, shown=shown)  # a person takes longer than the minimum fill time
    page.get_by_role("button", name="Enviar mensaje").click()

    expect(page.locator("h1")).to_have_text("Mensaje recibido")
    reference = page.locator("#reference-number").inner_text()
    assert REFERENCE.fullmatch(reference)
    screenshot(page, "contact-thank-you")
    with database(portal_env) as db:
        row = db.execute(
            "SELECT name, line, language, status FROM inbox_contactmessage WHERE reference = ?",
            (reference,),
        ).fetchone()
    assert row == ("Wayra Condori", "3", "es", "new")


def test_a_form_on_another_site_cannot_post_to_the_portal(portal_url, portal_env, chromium):
    context = chromium.new_context(java_script_enabled=False, locale="es-PE")
    try:
        page = context.new_page()
        page.goto(portal_url + "/es/contactenos/")
        wait_for_ticket(context)  # the visitor even holds a valid ticket for the real form
        action = page.locator("form[action*='/forms/contact/']").get_attribute("action")
        wait_like_a_reader(page)
        fields = {
            "name": "Premio",
            "email": "premio@example.org",
            "country": "Perú",
            "line": "1",
            "subject": "Ganaste",
            "text": "Haz clic",
            "consent": "on",
        }
        inputs = "".join(
            f'<input type="hidden" name="{name}" value="{value}">' for name, value in fields.items()
        )
        evil = f'<form method="post" action="{portal_url}{action}">{inputs}<button>Ver premio</button></form>'
        page.route(
            "http://evil.test/",
            lambda route: route.fulfill(
                status=200, body=evil, headers={"Content-Type": "text/html; charset=utf-8"}
            ),
        )
        page.goto("http://evil.test/")
        with page.expect_response(lambda response: "/forms/contact/" in response.url) as info:
            page.get_by_role("button", name="Ver premio").click()
        response = info.value
        assert response.status == 403
        assert TICKET not in response.request.all_headers().get("cookie", "")
        expect(page.locator("h1")).to_have_text("No se pudo aceptar el formulario")
    finally:
        context.close()
    with database(portal_env) as db:
        count = db.execute(
            "SELECT COUNT(*) FROM inbox_contactmessage WHERE subject = 'Ganaste'"
        ).fetchone()
    assert count == (0,)
