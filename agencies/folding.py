"""How names and numbers are compared: the same rules on the server (lookup.py) and in the
browser (static/agencies/js/agency-lookup.js), so both answer alike."""

import re
import unicodedata

SPACES = re.compile(r"\s+")
NOT_ALPHANUMERIC = re.compile(r"[^0-9A-Z]")


def fold(text):
    """Lowercase, without accents, spaces squeezed: "Agencia  Perú" -> "agencia peru"."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return SPACES.sub(" ", bare).strip().lower()


def normalise_number(text):
    """A registration number without spaces, dots, dashes or case: "0123-2024 reg.ape" ->
    "01232024REGAPE"."""
    return NOT_ALPHANUMERIC.sub("", fold(text).upper())
