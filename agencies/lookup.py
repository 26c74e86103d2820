"""The look-up of the registry: by name (partial, accents and case ignored), RUC or registration
number, and what it answers.

The browser does the same with the published registry file (`registry_file`, written next to the
page by the publisher) in static/agencies/js/agency-lookup.js; without JavaScript the page's form
asks the CMS (views.py). Both give one of the answers of `Result`.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from registrations import ruc

from .folding import fold, normalise_number
from .registry import INVALID_RUC, EmploymentAgency

MAX_LENGTH = 100  # the messages below say these numbers
MIN_NAME_LENGTH = 3
MAX_MATCHES = 10
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
ELEVEN_DIGITS = re.compile(r"\d{11}")


class Result:
    """What a look-up answers; the best standing among the agencies found decides it."""

    REGISTERED = "registered"
    EXPIRED = "expired"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"
    NOT_FOUND = "not-found"

    ORDER = (REGISTERED, EXPIRED, SUSPENDED, CANCELLED)
    LABELS = {
        REGISTERED: pgettext_lazy("employment agency", "Registered"),
        EXPIRED: pgettext_lazy("employment agency", "Registration expired"),
        SUSPENDED: pgettext_lazy("employment agency", "Registration suspended"),
        CANCELLED: pgettext_lazy("employment agency", "Registration cancelled"),
        NOT_FOUND: pgettext_lazy("employment agency", "Not registered"),
    }
    ALL = (*ORDER, NOT_FOUND)


class BadQuery(ValueError):
    """A query that cannot be looked up; its message is for the visitor."""


EMPTY = _("Write the name, the RUC or the registration number of the agency.")
TOO_LONG = _("Write at most 100 characters.")
TOO_SHORT = _("Write at least 3 letters of the agency's name.")
INVALID_CHARACTERS = _("What you wrote contains characters that are not allowed.")


@dataclass
class Answer:
    query: str
    result: str
    agencies: list = field(default_factory=list)  # [(agency, standing)]

    @property
    def label(self):
        return Result.LABELS[self.result]


def clean_query(raw):
    """The query as the visitor meant it, or BadQuery with what to correct."""
    if raw is None:
        raise BadQuery(EMPTY)
    if len(raw) > MAX_LENGTH:
        raise BadQuery(TOO_LONG)
    if CONTROL.search(raw):
        raise BadQuery(INVALID_CHARACTERS)
    query = " ".join(raw.split())
    if not query:
        raise BadQuery(EMPTY)
    digits = query.replace(" ", "")
    if ELEVEN_DIGITS.fullmatch(digits):
        if not ruc.is_valid(digits):
            raise BadQuery(INVALID_RUC)
        return digits
    if len(fold(query)) < MIN_NAME_LENGTH and not any(char.isdigit() for char in query):
        raise BadQuery(TOO_SHORT)
    return query


def matching_agencies(query):
    """The agencies a clean query names: its RUC, its registration number, or part of its name."""
    if ELEVEN_DIGITS.fullmatch(query):
        return EmploymentAgency.objects.filter(ruc=query)
    number = normalise_number(query)
    by_number = EmploymentAgency.objects.filter(folded_number=number) if number else None
    if by_number is not None and by_number.exists():
        return by_number
    return EmploymentAgency.objects.filter(Q(folded_name__contains=fold(query)))


def look_up(raw, today=None):
    """The `Answer` for what a visitor typed; raises BadQuery for input we cannot look up."""
    query = clean_query(raw)
    today = today or timezone.localdate()
    found = [(agency, agency.standing(today)) for agency in matching_agencies(query)[:MAX_MATCHES]]
    found.sort(key=lambda pair: (Result.ORDER.index(pair[1]), pair[0].folded_name))
    result = found[0][1] if found else Result.NOT_FOUND
    return Answer(query=query, result=result, agencies=found)


def registry_file():
    """The registry as the browser's look-up reads it (the published `agencias.json`)."""
    return {
        "agencies": [
            {
                "name": agency.name,
                "ruc": agency.ruc,
                "number": agency.registration_number,
                "status": agency.status,
                "from": agency.valid_from.isoformat(),
                "until": agency.valid_until.isoformat(),
            }
            for agency in EmploymentAgency.objects.order_by("folded_name", "pk")
        ]
    }


def registry_updated():
    """The local date of the registry's last change (None while it is empty)."""
    moment = EmploymentAgency.objects.aggregate(last=Max("updated_at"))["last"]
    return timezone.localdate(moment) if moment else None
