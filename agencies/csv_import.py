"""Importing the registry from a CSV file (the admin's "Import CSV" view, admin_views.py).

One agency per row; the header names the columns, in Spanish or English, in any order:

    nombre,ruc,numero_registro,estado,vigente_desde,vigente_hasta
    name,ruc,registration_number,status,valid_from,valid_until

Separated by commas or semicolons (as spreadsheets in Spanish save it), UTF-8 (with or without a
BOM) or Windows-1252. `estado`: registrada, suspendida or cancelada (or registered, suspended,
cancelled); dates as 2026-03-31 or 31/03/2026. A row whose registration number is already in the
registry (spaces, dots, dashes and case ignored) updates that agency; any other row adds one.
Every valid row is saved, in one transaction; an invalid row is not, and the report says why,
with its line number.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .folding import fold, normalise_number
from .registry import AgencyStatus, EmploymentAgency

MAX_ROWS = 5000
COLUMNS = {
    "name": ("nombre", "name", "razon social"),
    "ruc": ("ruc",),
    "registration_number": (
        "numero_registro",
        "numero de registro",
        "registro",
        "registration_number",
        "registration number",
    ),
    "status": ("estado", "status"),
    "valid_from": ("vigente_desde", "vigente desde", "desde", "valid_from", "valid from"),
    "valid_until": ("vigente_hasta", "vigente hasta", "hasta", "valid_until", "valid until"),
}
STATUSES = {
    "registrada": AgencyStatus.REGISTERED,
    "registrado": AgencyStatus.REGISTERED,
    "vigente": AgencyStatus.REGISTERED,
    "registered": AgencyStatus.REGISTERED,
    "suspendida": AgencyStatus.SUSPENDED,
    "suspendido": AgencyStatus.SUSPENDED,
    "suspended": AgencyStatus.SUSPENDED,
    "cancelada": AgencyStatus.CANCELLED,
    "cancelado": AgencyStatus.CANCELLED,
    "cancelled": AgencyStatus.CANCELLED,
    "canceled": AgencyStatus.CANCELLED,
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


class ImportFileError(ValueError):
    """The file as a whole cannot be read; its message is for the editor."""


@dataclass
class RowError:
    line: int
    messages: list


@dataclass
class ImportReport:
    created: list = field(default_factory=list)  # agencies
    updated: list = field(default_factory=list)
    unchanged: int = 0
    errors: list = field(default_factory=list)  # RowError


def decode(data):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(_("The file is not text in UTF-8 or Windows-1252: save it as CSV."))


def read_rows(text):
    """(line number, {column: value}) of each data row; ImportFileError for a bad header."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise ImportFileError(_("The file is empty."))
    names = {}
    for index, title in enumerate(header):
        key = fold(title).replace("º", "").replace("°", "").strip()
        for column, aliases in COLUMNS.items():
            if key in aliases:
                names[index] = column
    missing = [COLUMNS[column][0] for column in COLUMNS if column not in names.values()]
    if missing:
        raise ImportFileError(
            _("The first line must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if number - 1 > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(max)d rows: split it.") % {"max": MAX_ROWS}
            )
        values = {column: "" for column in COLUMNS}
        for index, cell in enumerate(row):
            if index in names:
                values[names[index]] = cell.strip()
        yield reader.line_num, values


def parse_date(value):
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


def agency_from(values, existing):
    """The agency a row describes (changed in place when `existing`), or a list of messages."""
    messages = []
    status = STATUSES.get(fold(values["status"]))
    if status is None:
        messages.append(
            _("Status “%(value)s” is not one of: registrada, suspendida, cancelada.")
            % {"value": values["status"]}
        )
    dates = {}
    for column, label in (("valid_from", _("valid from")), ("valid_until", _("valid until"))):
        dates[column] = parse_date(values[column])
        if dates[column] is None:
            messages.append(
                _("“%(label)s” must be a date such as 2026-03-31 or 31/03/2026, not “%(value)s”.")
                % {"label": label, "value": values[column]}
            )
    agency = existing or EmploymentAgency()
    agency.name = " ".join(values["name"].split())
    agency.ruc = "".join(values["ruc"].split())
    agency.registration_number = values["registration_number"]
    if status is not None:
        agency.status = status
    agency.valid_from = dates["valid_from"] or date.min
    agency.valid_until = dates["valid_until"] or date.max
    try:
        agency.full_clean(exclude=["folded_name", "folded_number"])
    except ValidationError as error:
        for field_name, field_messages in error.message_dict.items():
            label = (
                EmploymentAgency._meta.get_field(field_name).verbose_name
                if field_name != "__all__"
                else ""
            )
            messages.extend(
                f"{label}: {message}" if label else message for message in field_messages
            )
    return messages or agency


def import_csv(data):
    """Apply a CSV file (bytes) to the registry; returns an ImportReport."""
    try:
        rows = list(read_rows(decode(data)))
    except csv.Error as error:  # a NUL byte, a field longer than the csv module accepts
        raise ImportFileError(
            _("The file is not a CSV file that can be read (%(problem)s): save it again as CSV.")
            % {"problem": error}
        ) from error
    report = ImportReport()
    seen = {}
    with transaction.atomic():
        for line, values in rows:
            number = normalise_number(values["registration_number"])
            if number and number in seen:
                report.errors.append(
                    RowError(
                        line,
                        [
                            _("Registration number %(number)s is also on line %(line)d.")
                            % {"number": values["registration_number"], "line": seen[number]}
                        ],
                    )
                )
                continue
            seen[number] = line
            existing = (
                EmploymentAgency.objects.filter(folded_number=number).first() if number else None
            )
            before = _snapshot(existing)
            result = agency_from(values, existing)
            if isinstance(result, list):
                report.errors.append(RowError(line, result))
                continue
            if existing is not None and _snapshot(result) == before:
                report.unchanged += 1
                continue
            result.save()
            (report.updated if existing else report.created).append(result)
    return report


def _snapshot(agency):
    if agency is None:
        return None
    return (
        agency.name,
        agency.ruc,
        agency.registration_number,
        agency.status,
        agency.valid_from,
        agency.valid_until,
    )
