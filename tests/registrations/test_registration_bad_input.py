"""The contact form's bad-input matrix (tests/forms_matrix.py) applied to the SIVITMA and
Retorno Productivo registrations, in Spanish and English; then arbitrary input from hypothesis.
Every refusal is a 4xx with the message in the visitor's language, the form filled in as it was
sent and nothing stored; whatever is accepted is stored once and mailed with safe headers."""

from email import policy
from email.parser import BytesParser
from email.utils import getaddresses

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from registration_support import RETORNO, SIVITMA

from inbox.models import OutboxEntry
from registrations.models import ReturnRegistration, SivitmaRegistration
from tests.forms_matrix import (
    any_text,
    assert_refused,
    browser_safe,
    common_rows,
    emails,
    field_value,
    matrix_params,
)
from tests.inbox.contact_support import Visitor, endpoint

pytestmark = pytest.mark.django_db

# form: (its FormSpec, its model, a field left as sent that must come back filled in)
FORMS = {
    "sivitma": (
        SIVITMA,
        SivitmaRegistration,
        'name="employer_name" value="Textiles del Sur S.A.C."',
    ),
    "retorno": (RETORNO, ReturnRegistration, 'name="returned_from" value="España"'),
}
ROWS = [(form, *row) for form, (spec, _m, _k) in FORMS.items() for row in common_rows(spec)]


@pytest.fixture
def pages(sivitma_pages, retorno_pages):
    return {"sivitma": sivitma_pages, "retorno": retorno_pages}


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize(
    "form, case, changes, shown, status, expected",
    matrix_params(ROWS, [f"{r[0]}-{r[1]}" for r in ROWS]),
)
def test_bad_input_matrix(client, pages, language, form, case, changes, shown, status, expected):
    spec, model, kept = FORMS[form]
    response = spec.post(client, pages[form][language], changes, shown)
    body = assert_refused(response, language, case, status, expected)
    assert not model.objects.exists()
    field_name = kept.split('"')[1]
    if field_name not in changes:
        assert kept in body, case  # what the visitor typed is still there


def assert_safe_mail(registration):
    for kind in (OutboxEntry.Kind.MAILBOX, OutboxEntry.Kind.CONFIRMATION):
        raw = registration.outbox_mail(kind).message().as_bytes()
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        assert registration.reference in str(parsed["Message-ID"])
        assert parsed.get_all("Bcc") is None and parsed.get_all("Cc") is None
        if kind == OutboxEntry.Kind.MAILBOX:
            reply_to = getaddresses([str(parsed["Reply-To"])])
            assert [address for _name, address in reply_to] == [registration.email]
        else:
            to = getaddresses([str(parsed["To"])])
            assert [address for _name, address in to] == [registration.email]
        assert len(parsed.get_all("To")) == 1


def check_arbitrary(form, page, fields, ip, single_line):
    """Send `fields` over a valid post: a 4xx stores nothing; what is stored is mailed safely."""
    spec, model, _kept = FORMS[form]
    files = spec.files() if spec.files else {}
    before = model.objects.count()
    response = Visitor(Client(), ip=ip).post(
        endpoint(page, spec.url_name), browser_safe({**files, **spec.valid(**fields)})
    )
    assert response.status_code in (303, 400, 429), response.status_code  # 429: a repeated ip
    if response.status_code != 303:
        assert model.objects.count() == before
        return
    registration = model.objects.latest("pk")
    for name in single_line:
        assert "\r" not in getattr(registration, name) and "\n" not in getattr(registration, name)
    assert_safe_mail(registration)


ARBITRARY = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LANGUAGES = st.sampled_from(["es", "en"])
ADDRESSES = st.ip_addresses(v=4).map(str)
dates_or_text = st.one_of(st.dates().map(str), any_text)


@pytest.mark.postgres
@ARBITRARY
@given(
    fields=st.fixed_dictionaries(
        {
            "employer_name": field_value,
            "employer_ruc": st.one_of(st.sampled_from(["20131312955", "20131312954"]), any_text),
            "worker_name": field_value,
            "nationality": st.one_of(st.sampled_from(["BO", "CO", "EC", "PE"]), any_text),
            "id_document_number": field_value,
            "occupation": field_value,
            "contract_start": dates_or_text,
            "monthly_salary": st.one_of(st.decimals(allow_nan=True).map(str), any_text),
            "email": emails,
        }
    ),
    language=LANGUAGES,
    ip=ADDRESSES,
)
def test_arbitrary_sivitma_input_never_breaks_the_form_or_the_mail(
    sivitma_pages, fields, language, ip
):
    single_line = ("employer_name", "worker_name", "occupation", "id_document_number")
    check_arbitrary("sivitma", sivitma_pages[language], fields, ip, single_line)


@pytest.mark.postgres
@ARBITRARY
@given(
    fields=st.fixed_dictionaries(
        {
            "name": field_value,
            "phone": field_value,
            "returned_from": field_value,
            "return_date": dates_or_text,
            "occupation": field_value,
            "skills": st.one_of(any_text, st.text(max_size=2500)),
            "interest": st.one_of(st.sampled_from(["job-placement", "training"]), any_text),
            "region": st.one_of(st.integers().map(str), any_text),
            "email": emails,
        }
    ),
    language=LANGUAGES,
    ip=ADDRESSES,
)
def test_arbitrary_retorno_input_never_breaks_the_form_or_the_mail(
    retorno_pages, fields, language, ip
):
    single_line = ("name", "returned_from", "occupation", "phone")
    check_arbitrary("retorno", retorno_pages[language], fields, ip, single_line)
