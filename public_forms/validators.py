"""Input rules for the public forms: no control characters, strict email addresses.

Header injection is impossible twice over: single-line fields refuse CR, LF and every other line or
paragraph separator here, and Django's mail code refuses multi-line header values anyway.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

# Bidirectional overrides and isolates can make a subject read differently from what it is.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
MULTILINE_ALLOWED = frozenset("\n\r\t")
# A dot-atom local part: no quoted strings, no comments, ASCII only.
LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")


def normalise(value):
    """NFC, so that the same letters typed on different keyboards compare equal."""
    return unicodedata.normalize("NFC", value)


def _forbidden(char, multiline):
    category = unicodedata.category(char)
    if multiline and char in MULTILINE_ALLOWED:
        return False
    if category in ("Cc", "Cs"):
        return True
    if not multiline and category in ("Zl", "Zp"):
        return True
    return char in BIDI_CONTROLS


SINGLE_LINE = _("Remove line breaks and special control characters from this field.")
MULTI_LINE = _("Remove special control characters from the text.")


def single_line(value):
    if any(_forbidden(char, multiline=False) for char in value):
        raise ValidationError(SINGLE_LINE, code="control_characters")


def multi_line(value):
    if any(_forbidden(char, multiline=True) for char in value):
        raise ValidationError(MULTI_LINE, code="control_characters")


class StrictEmailValidator(EmailValidator):
    """Django's validator, without `localhost`, quoted local parts or non-ASCII local parts."""

    message = _("Enter a valid email address, like nombre@ejemplo.pe.")

    def __init__(self):
        super().__init__(message=self.message, code="invalid", allowlist=[])

    def __call__(self, value):
        if not value or "@" not in value or len(value) > 254:
            raise ValidationError(self.message, code=self.code, params={"value": value})
        local_part = value.rsplit("@", 1)[0]
        if not LOCAL_PART.match(local_part):
            raise ValidationError(self.message, code=self.code, params={"value": value})
        super().__call__(value)


strict_email = StrictEmailValidator()
