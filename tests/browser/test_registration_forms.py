"""The SIVITMA and Retorno Productivo registrations, sent from their published pages in Chromium
on a 360 × 640 phone, with JavaScript on and off: the visitor fills the form as a person would
(labels, radio buttons, the region list, the signed contract as a PDF file), waits longer than
the minimum fill time, sends it, and reads the reference number; the registration is stored."""

import re
import sqlite3
from datetime import date, timedelta

import pytest
from form_ticket import wait_for_ticket, wait_like_a_reader
from playwright.sync_api import expect

from demo.files import pdf_bytes

PHONE = {"width": 360, "height": 640}
SIVITMA = "/es/trabajar-en-el-peru/registro-sivitma/"
RETORNO = "/es/vas-a-retornar-al-peru/plataforma-para-el-retorno-productivo/"


def fill_sivitma(page, worker, tag):
    today = date.today()
    page.check("[name=submitted_by][value=employer]")
    page.fill("[name=employer_name]", "Textiles del Sur S.A.C.")
    page.fill("[name=employer_ruc]", "20131312955")
    page.fill("[name=worker_name]", worker)
    page.check("[name=nationality][value=EC]")
    page.check("[name=id_document_type][value=passport]")
    page.fill("[name=id_document_number]", "A1234567")
    page.fill("[name=occupation]", "Operario de confección")
    page.fill("[name=contract_start]", (today + timedelta(days=7)).isoformat())
    page.fill("[name=contract_end]", (today + timedelta(days=372)).isoformat())
    page.fill("[name=monthly_salary]", "1500")
    page.fill("[name=email]", f"rrhh.{tag}@textilesdelsur.example.pe")
    contract = pdf_bytes("Contrato de trabajo", ["Contrato de trabajo a plazo fijo."])
    page.set_input_files(
        "[name=contract_pdf]",
        files=[{"name": "contrato.pdf", "mimeType": "application/pdf", "buffer": contract}],
    )


def fill_retorno(page, name, tag):
    page.fill("[name=name]", name)
    page.fill("[name=email]", f"rosa.huaman.{tag}@example.pe")
    page.fill("[name=phone]", "+34 612 345 678")
    page.fill("[name=returned_from]", "España")
    page.fill("[name=return_date]", (date.today() - timedelta(days=20)).isoformat())
    page.fill("[name=occupation]", "Cocinera")
    page.fill("[name=skills]", "Diez años en cocina de hotel en Madrid.")
    page.check("[name=interest][value=self-employment]")
    page.select_option("[name=region]", label="Cusco")


FORMS = {
    "sivitma": (SIVITMA, fill_sivitma, "SV", "registrations_sivitmaregistration", "worker_name"),
    "retorno": (RETORNO, fill_retorno, "RP", "registrations_returnregistration", "name"),
}


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_registration_sent_from_the_published_page_gets_its_reference(
    portal_url, portal_env, chromium, screenshot, form, javascript
):
    path, fill, prefix, table, name_column = FORMS[form]
    person = f"Wayra Condori ({form}, {'con' if javascript else 'sin'} JavaScript)"
    context = chromium.new_context(java_script_enabled=javascript, locale="es-PE", viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(portal_url + path)
        if not javascript:
            wait_for_ticket(context)  # fetched by the page's <noscript> link
        # Each run its own address: the same registration sent twice within minutes is one.
        fill(page, person, "js" if javascript else "nojs")
        page.get_by_label(re.compile("He leído el aviso de privacidad")).check()
        # With JavaScript the ticket is fetched when the form comes into view, i.e. as the
        # visitor starts filling it in; a person takes longer than the minimum fill time after
        # that (1 s in the test settings, 3 s in production).
        wait_like_a_reader(page, shown=wait_for_ticket(context), margin=0.5)
        page.get_by_role("button", name="Enviar registro").click()

        expect(page.locator("h1")).to_have_text("Registro recibido")
        reference = page.locator("#reference-number").inner_text()
        assert re.fullmatch(prefix + r"-\d{4}-\d{6}", reference), reference
        screenshot(page, f"registration-{form}-{'js' if javascript else 'no-js'}-received")
    finally:
        context.close()
    database = portal_env["DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(database) as db:
        row = db.execute(
            f"SELECT {name_column}, language FROM {table} WHERE reference = ?", (reference,)
        ).fetchone()
    assert row == (person, "es")
