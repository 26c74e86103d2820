"""The Content-Security-Policy in a real browser: public pages break none of it, the Wagtail admin
works under its own policy, and script smuggled into stored content does not run."""

import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""

SMUGGLED = (
    "<p>Texto</p><script>window.__pwned = 1</script>"
    '<img src="/static/x.png" onerror="window.__pwned = 2">'
    '<a id="trampa" href="javascript:window.__pwned = 3">trampa</a>'
)

PUBLIC_PAGES = [
    "/es/",
    "/en/",
    "/qu/",
    "/ay/",
    "/es/guias-por-pais/",
    "/es/legislacion/",
    "/es/noticias/",
    "/es/eventos/",
    "/es/search/?q=contrato",
    "/es/no-existe/",
]


def manage(portal_env, *args, **env):
    """Runs a command against the browser tests' portal; returns its last line of output."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env={**portal_env, **env},
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    lines = result.stdout.strip().splitlines()
    return lines[-1] if lines else ""


@pytest.fixture
def watched_page(chromium):
    context = chromium.new_context(locale="es-PE")
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    yield page
    context.close()


def violations(page):
    return page.evaluate("window.__cspViolations")


def test_public_pages_break_nothing_in_the_policy(portal_url, watched_page):
    for path in PUBLIC_PAGES:
        response = watched_page.goto(portal_url + path)
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        watched_page.wait_for_load_state("load")
        assert violations(watched_page) == [], path
    csp_errors = [e for e in watched_page.console_errors if "Content Security Policy" in e]
    assert csp_errors == []


@pytest.fixture(scope="module")
def editor_credentials(portal_env):
    password = "Llama andina de Puno 2026"
    manage(
        portal_env,
        "createsuperuser",
        "--noinput",
        "--username",
        "csp.editora",
        "--email",
        "editora@trabajo.gob.pe",
        DJANGO_SUPERUSER_PASSWORD=password,
    )
    return "csp.editora", password


def test_the_admin_works_under_its_policy(portal_url, portal_env, watched_page, editor_credentials):
    page = watched_page
    page.portal_env = portal_env
    username, password = editor_credentials
    page.goto(portal_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    # The sidebar menu is drawn by the admin's scripts.
    expect(page.get_by_role("link", name="Documentos")).to_be_attached()

    page.goto(portal_url + "/admin/pages/")
    expect(page.locator("main")).to_contain_text("Perú Infomigra")

    # The page editor: Draftail, StreamField and the live preview panel all run on scripts.
    home_id = manage(
        page.portal_env,
        "shell",
        "-c",
        "from content.models import HomePage; "
        "print(HomePage.objects.get(locale__language_code='es').id)",
    )
    page.goto(f"{portal_url}/admin/pages/{home_id}/edit/")
    expect(page.locator(".Draftail-Editor").first).to_be_visible()
    page.locator("button[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("iframe.w-preview__iframe").last
    expect(preview.locator("main#main")).to_be_visible(timeout=20_000)

    page.goto(portal_url + "/admin/documents/")
    page.goto(portal_url + "/admin/images/")
    assert violations(page) == []
    assert [e for e in page.console_errors if "Content Security Policy" in e] == []


def test_script_smuggled_into_stored_content_does_not_run(portal_url, portal_env, watched_page):
    """Even content that never went through the editor (a bad import, a database edit) is inert."""
    code = (
        "from content.models import NewsPage\n"
        "demo = NewsPage.objects.filter(locale__language_code='es').live().first()\n"
        "# A news item of its own: the audits of the other tests read the demo's.\n"
        "page = demo.copy(update_attrs={'slug': 'importada', 'title': 'Importada'}, keep_live=False)\n"
        f"page.body = [('paragraph', {SMUGGLED!r})]\n"
        "page.save_revision().publish()  # the incremental publish runs at once in tests\n"
        "print(page.url)"
    )
    url = manage(portal_env, "shell", "-c", code)
    page = watched_page
    page.goto(portal_url + url)
    page.wait_for_load_state("load")
    page.locator("#trampa").click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    blocked = violations(page)
    assert any(v.startswith("script-src") for v in blocked), blocked
