"""Bad input never gets a 500: the right 4xx or form error, in the visitor's language.

The matrix runs in Spanish and in English; hypothesis then throws arbitrary text at every field.
"""

import html
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses

import pytest
from contact_support import Visitor, endpoint, valid_data
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbox import mail
from inbox.forms import ContactForm
from inbox.models import ContactMessage
from public_forms import fields
from tests.forms_matrix import (
    CONTROL,
    FormSpec,
    any_text,
    assert_refused,
    browser_safe,
    common_rows,
    emails,
    field_value,
    matrix_params,
    too_long,
)

pytestmark = pytest.mark.django_db

FIELDS = ["name", "email", "country", "line", "subject", "text", "consent"]

CONTACT = FormSpec(
    name="contact",
    url_name="forms:contact",
    valid=valid_data,
    required=[(f, ContactForm.base_fields[f].error_messages["required"]) for f in FIELDS],
    text_field="name",
    text_limit=100,
)


def required(field):
    return ContactForm.base_fields[field].error_messages["required"]


# (case, form data changes, seconds since the form was shown, status, expected messages)
MATRIX = [
    *common_rows(CONTACT),
    ("100 kB message", {"text": "a" * 100_000}, 60, 400, [too_long(5000, 100_000)]),
    ("LF in subject", {"subject": "Hola\nBcc: x@example.org"}, 60, 400, [CONTROL]),
    ("wrong line value", {"line": "9"}, 60, 400, [fields.INVALID_CHOICE]),
    ("line as text", {"line": "Línea 2"}, 60, 400, [fields.INVALID_CHOICE]),
    ("missing consent", {"consent": None}, 60, 400, [required("consent")]),
    ("too long subject", {"subject": "S" * 151}, 60, 400, [too_long(150, 151)]),
]

SPANISH = {
    "empty fields": "Escribe tu nombre.",
    "invalid email 'rosa'": "Escribe un correo electrónico válido, por ejemplo nombre@ejemplo.pe.",
    "missing consent": "Acepta el aviso de privacidad para enviar tu mensaje.",
    "submitted in 0.5 s": "El formulario se envió muy rápido.",
}


def post(client, page, changes, shown_seconds_ago, ip="198.51.100.20"):
    return CONTACT.post(client, page, changes, shown_seconds_ago, ip)


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize(
    "case, changes, shown, status, expected", matrix_params(MATRIX, [row[0] for row in MATRIX])
)
def test_bad_input_matrix(client, contact_pages, language, case, changes, shown, status, expected):
    response = post(client, contact_pages[language], changes, shown)
    body = assert_refused(response, language, case, status, expected, SPANISH.get(case))
    assert not ContactMessage.objects.exists()
    # What the visitor typed is still there: the page came back with the form filled in.
    if "subject" not in changes:
        assert 'name="subject" value="Quiero volver al Perú"' in body


@pytest.mark.postgres
@pytest.mark.parametrize("language", ["es", "en"])
def test_unicode_everywhere_is_accepted(client, contact_pages, language):
    data = valid_data(
        name="Ñusta Qhispi Mamani 🌄",
        country="Türkiye",
        subject="¿Cómo convalidar mi título? — 学位",
        text="Allinllachu. Ñuqaqa Italiapi llamkani.\r\nAski urukïpan 🙏\n\tגם זה",
        email="nusta@correo.example.pe",
    )
    response = Visitor(client).post(endpoint(contact_pages[language]), data)
    assert response.status_code == 303
    message = ContactMessage.objects.get()
    assert message.name == "Ñusta Qhispi Mamani 🌄"
    assert message.subject == "¿Cómo convalidar mi título? — 学位"


@pytest.mark.postgres
def test_the_text_is_normalised_so_limits_count_letters(client, contact_pages):
    decomposed = "n\u0303" * 100  # 100 "ñ" typed as n + combining tilde: 200 code points
    response = Visitor(client).post(endpoint(contact_pages["es"]), valid_data(name=decomposed))
    assert response.status_code == 303
    assert ContactMessage.objects.get().name == "ñ" * 100


# -- hypothesis ---------------------------------------------------------------------------------


@pytest.mark.postgres
@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=field_value,
    email=emails,
    country=field_value,
    line=st.one_of(st.sampled_from(["1", "2", "3", "4", "other"]), any_text),
    subject=field_value,
    text=st.one_of(any_text, st.text(max_size=6000)),
    consent=st.sampled_from(["on", "", None]),
    website=st.sampled_from(["", "", "", "x"]),
    language=st.sampled_from(["es", "en"]),
    ip=st.ip_addresses(v=4).map(str),
)
def test_arbitrary_input_never_breaks_the_form_or_the_mail(
    contact_pages, name, email, country, line, subject, text, consent, website, language, ip
):
    before = ContactMessage.objects.count()
    data = valid_data(
        name=name,
        email=email,
        country=country,
        line=line,
        subject=subject,
        text=text,
        consent=consent,
        website=website,
    )
    response = Visitor(Client(), ip=ip).post(endpoint(contact_pages[language]), browser_safe(data))
    # 429 when hypothesis repeats an address more than the rate limit allows.
    assert response.status_code in (303, 400, 429), response.status_code
    if response.status_code != 303:
        assert ContactMessage.objects.count() == before
        return
    message = ContactMessage.objects.latest("pk")
    for field in ("name", "subject", "country"):
        value = getattr(message, field)
        assert "\r" not in value and "\n" not in value
    for entry in message.outbox.all():
        raw = mail.build(entry).message().as_bytes()
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        if entry.kind == "mailbox":
            reply_to = getaddresses([str(parsed["Reply-To"])])
            assert [address for _name, address in reply_to] == [message.email]
            assert str(parsed["Subject"]).startswith("[Infomigra][")
            assert message.reference in str(parsed["Subject"])
        else:
            assert [address for _n, address in getaddresses([str(parsed["To"])])] == [message.email]
        assert len(parsed.get_all("To")) == 1
        assert parsed.get_all("Bcc") is None and parsed.get_all("Cc") is None


@pytest.mark.parametrize(
    "language, expected", [("qu", "Sutiykita qillqay."), ("ay", "Sutim qillqt'am.")]
)
def test_quechua_and_aymara_visitors_read_the_errors_in_their_language(
    client, contact_pages, language, expected
):
    response = post(client, contact_pages[language], {"name": ""}, 60)
    assert response.status_code == 400
    body = html.unescape(response.content.decode())
    assert f'<html lang="{language}">' in body
    assert expected in body
