"""'Was this page useful?' on a published static page, in Chromium, with and without JavaScript.

The page is the file `manage.py publish` wrote into the portal's current release. A small front
server plays the part of the production web server: it serves that file as a plain file and forwards only `/static/`,
`/media/`, `/brand.css` and `/<lang>/forms/` to the CMS, keeping the visitor's Host header (as
nginx's `proxy_set_header Host` does), so the page and the form endpoint share one origin. It
sends a strict Content-Security-Policy, so any inline script or style in the page would be refused.
"""

import http.client
import re
import shutil
import sqlite3
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from form_ticket import wait_like_a_reader
from playwright.sync_api import expect
from static_server import serve_folder

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
GUIDE_PATH = "/es/guias-por-pais/trabajar-en-espana/"
# What the CMS serves to a published page: assets, uploaded logos, the brand colours, the forms.
FORWARDED = re.compile(r"^/(static/|media/|brand\.css|(es|en|qu|ay)/forms/)")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "server", "date"}


class FrontServer(SimpleHTTPRequestHandler):
    """Static files from the release folder; /static/ and /<lang>/forms/ go to the CMS."""

    cms = None  # (host, port)

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, *args):
        pass

    def do_GET(self):
        if FORWARDED.match(self.path):
            return self.forward()
        return super().do_GET()

    def do_POST(self):
        if FORWARDED.match(self.path):
            return self.forward()
        self.send_error(405)

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        connection = http.client.HTTPConnection(*self.cms, timeout=30)
        connection.request(self.command, self.path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)
        connection.close()


@pytest.fixture(scope="module")
def static_site(portal_url, portal_env, tmp_path_factory):
    """The guide page as published, served with the form endpoint on the same origin."""
    release = tmp_path_factory.mktemp("release")
    published = Path(portal_env["PUBLISH_ROOT"]) / "current" / GUIDE_PATH.strip("/") / "index.html"
    target = release / GUIDE_PATH.strip("/") / "index.html"
    target.parent.mkdir(parents=True)
    shutil.copyfile(published, target)
    cms = urlsplit(portal_url)
    handler = type("Front", (FrontServer,), {"cms": (cms.hostname, cms.port)})
    with serve_folder(release, handler) as base_url:
        yield base_url


def stored_feedback(portal_env):
    """Rows of the CMS's own database (the portal process writes them)."""
    path = portal_env["DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT f.useful, f.comment, l.language_code FROM monitoring_pagefeedback f "
            "JOIN wagtailcore_locale l ON l.id = f.locale_id ORDER BY f.id"
        ).fetchall()


def test_a_visitor_without_javascript_votes_on_the_static_page(
    static_site, no_js_page, portal_env, screenshot
):
    page = no_js_page
    before = len(stored_feedback(portal_env))
    page.goto(static_site + GUIDE_PATH)
    section = page.locator("section.page-feedback")
    expect(section.locator("h2")).to_have_text("¿Te fue útil esta página?")
    expect(section.locator("#feedback-thanks")).to_be_hidden()
    section.locator("textarea").fill("Faltan los requisitos para renovar el permiso.")
    wait_like_a_reader(page)
    section.get_by_role("button", name="No").click()

    page.wait_for_url(re.compile(re.escape(GUIDE_PATH) + "#feedback-thanks$"))
    expect(page.locator("#feedback-thanks")).to_be_visible()
    expect(page.locator("#feedback-thanks")).to_contain_text("¡Gracias!")
    expect(page.locator("form.page-feedback__form")).to_be_hidden()
    screenshot(page, "page-feedback-no-js")
    rows = stored_feedback(portal_env)
    assert rows[before:] == [(0, "Faltan los requisitos para renovar el permiso.", "es")]


def test_with_javascript_the_vote_is_sent_in_place(static_site, browser_page, portal_env):
    page = browser_page
    before = len(stored_feedback(portal_env))
    page.goto(static_site + GUIDE_PATH)
    section = page.locator("section.page-feedback")
    section.scroll_into_view_if_needed()
    wait_like_a_reader(page)
    section.get_by_role("button", name="Sí").click()

    expect(page.locator("#feedback-thanks")).to_be_visible()
    expect(page.locator("#feedback-thanks")).to_be_focused()
    assert page.url.endswith(GUIDE_PATH)  # no navigation
    assert stored_feedback(portal_env)[before:] == [(1, "", "es")]
    assert page.console.errors == []


def test_with_javascript_a_quick_vote_waits_for_its_ticket(static_site, browser_page, portal_env):
    """Clicked as soon as the page shows: the vote waits until the form's ticket is old enough."""
    page = browser_page
    before = len(stored_feedback(portal_env))
    page.goto(static_site + GUIDE_PATH)
    page.locator("section.page-feedback").get_by_role("button", name="No").click()

    expect(page.locator("#feedback-thanks")).to_be_visible(timeout=10_000)
    assert stored_feedback(portal_env)[before:] == [(0, "", "es")]


def test_with_javascript_a_refusal_is_shown_in_the_page_language(static_site, browser_page):
    page = browser_page
    page.goto(static_site + GUIDE_PATH)
    section = page.locator("section.page-feedback")
    with page.expect_response("**/es/forms/ticket.css"):
        section.scroll_into_view_if_needed()
    page.context.clear_cookies()  # a browser that refuses the site's cookies
    section.get_by_role("button", name="Sí").click()

    alert = section.get_by_role("alert")
    expect(alert).to_be_visible(timeout=10_000)
    expect(alert).to_contain_text("acepte cookies")
    expect(page.locator("#feedback-thanks")).to_be_hidden()


def test_the_first_load_fetches_no_ticket_and_no_search_script(static_site, browser_page):
    """They come when needed: the ticket when the form comes into view, the static search when
    the search box is used. A phone on a slow link loads the rest of the page first."""
    page = browser_page
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(static_site + GUIDE_PATH, wait_until="networkidle")
    assert not [url for url in requested if "ticket.css" in url or "static-search" in url]

    with page.expect_request("**/es/forms/ticket.css"):
        page.locator("section.page-feedback").scroll_into_view_if_needed()
    page.locator("summary.site-menu__toggle").click()  # a phone: the search is in the menu
    with page.expect_request("**/static-search*.js"):
        page.locator("#site-search").focus()
