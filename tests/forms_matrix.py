"""The bad-input matrix shared by the public forms' tests (contact, SIVITMA, Retorno Productivo).

A form is described by a `FormSpec`: its page per language, its endpoint and a valid post.
`common_rows(spec)` are the cases every public form must refuse with a clear message in the
visitor's language and nothing stored: empty fields, control characters and over-long text in a
single-line field, bad e-mail addresses, the honeypot, and every problem with the form ticket.
`assert_refused` checks such an answer; the hypothesis strategies feed arbitrary text to forms.
"""

import html
import time
from dataclasses import dataclass, field

import pytest
import time_machine
from django.utils import translation
from hypothesis import strategies as st

from public_forms import fields, ticket, validators
from tests.inbox.contact_support import Visitor, endpoint

MAILBOX = "infomigra@trabajo.gob.pe"  # the demo's main mailbox, named in the ticket message


class Formatted:
    """A message with its parameters, formatted in whichever language is active when shown."""

    def __init__(self, message, **params):
        self.message, self.params = message, params

    def __str__(self):
        return str(self.message) % self.params


def too_long(limit, used):
    return Formatted(fields.TOO_LONG, limit_value=limit, show_value=used)


INVALID_EMAIL = validators.StrictEmailValidator.message
CONTROL = validators.SINGLE_LINE

BAD_EMAILS = [
    "rosa",
    "rosa@",
    "@example.pe",
    "rosa@localhost",
    "rosa@example",
    "rosa@@example.pe",
    "rosa huaman@example.pe",
    '"rosa huaman"@example.pe',
    "rósa@example.pe",
    "rosa@example.pe\r\nBcc: victima@example.org",
    "rosa@example.pe>, <otro@example.org",
    "a" * 250 + "@example.pe",
]


@dataclass
class FormSpec:
    """A public form under test: `valid(**changes)` is a post that would be accepted."""

    name: str
    url_name: str
    valid: object  # callable(**changes) -> dict of form data (None removes a field)
    required: list = field(default_factory=list)  # [(field, its "required" message)]
    text_field: str = ""  # a single-line text field
    text_limit: int = 0  # its maximum length
    email_field: str = "email"
    files: object = None  # callable() -> {name: uploaded file}, for forms with a file

    def post(self, client, page, changes, shown_seconds_ago, ip="198.51.100.20"):
        """Post `changes` to the valid data, the form shown `shown_seconds_ago` before the post
        reaches the portal: the clock stands still meanwhile, so that a slow machine cannot turn
        "shown 0.5 s ago" into "shown 1.2 s ago"."""
        data = self.valid(**changes)
        if self.files is not None:
            data = {**self.files(), **data}
        with time_machine.travel(time.time(), tick=False):
            visitor = Visitor(client, ip=ip, shown_seconds_ago=shown_seconds_ago)
            return visitor.post(endpoint(page, self.url_name), data)


def common_rows(spec):
    """(case, data changes, seconds since the form was shown, status, expected messages)."""
    text = spec.text_field
    return [
        (
            "empty fields",
            {name: "" for name, _message in spec.required},
            60,
            400,
            [message for _name, message in spec.required],
        ),
        *[
            (f"invalid email {value!r}", {spec.email_field: value}, 60, 400, [INVALID_EMAIL])
            for value in BAD_EMAILS
        ],
        (f"CR/LF in {text}", {text: "Rosa\r\nBcc: x@example.org"}, 60, 400, [CONTROL]),
        (f"U+2028 in {text}", {text: "Hola\u2028Bcc: x@example.org"}, 60, 400, [CONTROL]),
        (f"NUL in {text}", {text: "Rosa\x00"}, 60, 400, [CONTROL]),
        (f"bidi override in {text}", {text: "Pago \u202eodagap"}, 60, 400, [CONTROL]),
        (
            f"too long {text}",
            {text: "N" * (spec.text_limit + 1)},
            60,
            400,
            [too_long(spec.text_limit, spec.text_limit + 1)],
        ),
        ("honeypot filled", {"website": "http://spam.example"}, 60, 400, [fields.HONEYPOT_FILLED]),
        ("submitted in 0.5 s", {}, 0.5, 400, [ticket.TOO_FAST]),
        (
            "no form ticket (cookies blocked)",
            {},
            None,
            400,
            [Formatted(ticket.MISSING, mailbox=MAILBOX)],
        ),
        ("ticket older than the maximum", {}, 5 * 60 * 60, 400, [ticket.EXPIRED]),
    ]


def matrix_params(rows, ids):
    """The rows as pytest params. Only the NUL byte, which PostgreSQL refuses to store where SQLite
    accepts it, is database-sensitive: its rows alone run again in the PostgreSQL pass (the
    others are refused by the form before any query)."""
    return [
        pytest.param(*row, id=name, marks=[pytest.mark.postgres] if "NUL" in name else [])
        for row, name in zip(rows, ids, strict=True)
    ]


def assert_refused(response, language, case, status, expected, spanish=None):
    """The page came back with `status`, never cached, in `language`, with an error summary and
    every `expected` message in that language (and, in English, none of the Spanish ones)."""
    assert response.status_code == status, (case, response.status_code)
    assert "no-store" in response["Cache-Control"]
    body = html.unescape(response.content.decode())
    assert f'<html lang="{language}">' in body
    assert 'class="error-summary"' in body
    with translation.override(language):
        for message in expected:
            assert str(message) in body, (case, str(message))
    if language == "es" and spanish:
        assert spanish in body, case
    if language == "en" and expected:
        with translation.override("es"):
            in_spanish = {str(message) for message in expected}
        with translation.override("en"):
            in_spanish -= {str(message) for message in expected}
        assert in_spanish and not any(text in body for text in in_spanish), case
    return body


# -- hypothesis ---------------------------------------------------------------------------------

any_text = st.text(st.characters(codec="utf-8"), max_size=300)
field_value = st.one_of(any_text, st.sampled_from(["", " ", "\r\n", "1", "other", "on"]))
emails = st.one_of(
    st.emails(),
    any_text,
    st.builds(lambda a, b: f"{a}@{b}", any_text, any_text),
)


def browser_safe(data):
    """Django's test client cannot encode lone surrogates; browsers send U+FFFD in their place."""
    return {
        key: value.encode("utf-8", "replace").decode("utf-8") if isinstance(value, str) else value
        for key, value in data.items()
    }
