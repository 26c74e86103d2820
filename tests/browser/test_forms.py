"""The public forms announce their errors, in the visitor's language, and stay accessible.

Each form is sent empty after the minimum fill time (so that the errors are the visitor's, not
the anti-robot ticket's); the page comes back with the errors, which `form_error_problems`
checks. The feedback form adds one line to FORMS.
"""

import pytest
from a11y import assert_no_axe_violations, form_error_problems
from form_ticket import wait_for_ticket, wait_like_a_reader
from playwright.sync_api import expect

# (name, page path, the form on it)
FORMS = [
    ("contact-es", "/es/contactenos/", "form[action*='/forms/contact/']"),
    ("contact-qu", "/qu/rimanakusun/", "form[action*='/forms/contact/']"),
    (
        "voice-es",
        "/es/trabajas-en-el-extranjero/la-voz-del-migrante/",
        "form[action*='/forms/voice/']",
    ),
    ("sivitma-es", "/es/trabajar-en-el-peru/registro-sivitma/", "form[action*='/forms/sivitma/']"),
    (
        "retorno-es",
        "/es/vas-a-retornar-al-peru/plataforma-para-el-retorno-productivo/",
        "form[action*='/forms/retorno/']",
    ),
]


@pytest.mark.parametrize(("path", "form"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_an_empty_form_comes_back_with_announced_errors(portal_url, new_page, path, form):
    page = new_page(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page.goto(portal_url + path)
    language = page.locator("html").get_attribute("lang")
    wait_like_a_reader(page, shown=wait_for_ticket(page.context))

    # Browsers check required fields first; the server must still answer a browser that does not
    # (or input that passes the browser's checks), so let this one send the form as it is.
    page.eval_on_selector(form, "f => { f.noValidate = true; }")
    with page.expect_navigation() as navigation:
        page.locator(f"{form} button[type=submit]").click()
    assert navigation.value.status == 400
    assert page.locator("html").get_attribute("lang") == language

    problems = form_error_problems(page, form)
    assert not problems, f"{path}:\n" + "\n".join(f"  - {p}" for p in problems)
    expect(page.locator(".error-summary")).to_be_focused()
    assert_no_axe_violations(page, f"{path} with errors")
