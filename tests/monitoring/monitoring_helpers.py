"""Helpers shared by the monitoring tests (imported by name: tests/ holds no packages)."""

import datetime
import time
import zoneinfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from public_forms import ticket

LIMA = zoneinfo.ZoneInfo("America/Lima")
ORIGIN = "http://testserver"


def lima(*args):
    return datetime.datetime(*args, tzinfo=LIMA)


# The real groups of `setup_roles` (core/groups.py; `load_demo` runs it).
ROLES = {
    "dml_editor": "DML – Editores",
    "dml_moderator": "DML – Moderadores",
    "regional_editor": "Región Puno – editores",
}


def make_user(role, username=None):
    username = username or role
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@trabajo.gob.pe",
        password="not-a-real-password-123",
        first_name=username.replace("_", " ").title(),
    )
    user.groups.add(Group.objects.get(name=ROLES[role]))
    return user


def aged_ticket(seconds=60):
    """The ticket cookie the ticket stylesheet would have handed out `seconds` ago."""
    return ticket.sign(time.time() - seconds)


def post_feedback(client, data, *, language="es", ip="10.0.0.1", cookie=True, **headers):
    """POST the feedback form as a browser on our static page would (no JavaScript)."""
    if cookie:
        client.cookies[ticket.COOKIE_NAME] = aged_ticket() if cookie is True else cookie
    else:
        client.cookies.pop(ticket.COOKIE_NAME, None)
    headers.setdefault("HTTP_ORIGIN", ORIGIN)
    if headers["HTTP_ORIGIN"] is None:  # a browser that sends no Origin header
        del headers["HTTP_ORIGIN"]
    return client.post(f"/{language}/forms/feedback/", data, REMOTE_ADDR=ip, **headers)


# -- building content the way editors do -----------------------------------------------------------
def create_page(parent, page, user):
    """Add a draft page like the admin's create view: `wagtail.create`, then a revision."""
    page.owner = user
    page.live = False
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def publish(page, user):
    page.get_latest_revision().publish(user=user)
    page.refresh_from_db()
    return page


def edit_and_publish(page, user, **fields):
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user, log_action=True).publish(user=user)
    return page


def translate(page, language, user):
    """Translate through wagtail-localize (as "Translate this page", then publish)."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(page)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    target, _created = source.create_or_update_translation(
        locale, user=user, publish=False, fallback=True
    )
    target.get_latest_revision().publish(user=user)
    target.refresh_from_db()
    return target


# -- reading exports -------------------------------------------------------------------------------
def _number(text):
    if text == "":
        return None
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def csv_tables(content):
    """[(title, columns, rows)] of a report CSV: title row, header row, rows, empty row."""
    import csv
    import io

    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    tables, block = [], []
    for row in csv.reader(io.StringIO(text[1:])):
        if row:
            block.append(row)
            continue
        title, columns, *rows = block
        tables.append((title[0], columns, [[_number(value) for value in r] for r in rows]))
        block = []
    return tables


def xlsx_tables(content):
    """[(title, columns, rows)] of a report workbook: one worksheet per table."""
    import io

    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content))
    tables = []
    for sheet in workbook.worksheets:
        title, columns, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        tables.append((title[0], columns, [[value for value in row] for row in rows]))
    return tables


def by_first_columns(columns, rows, keys=2):
    """{(first `keys` values): {column: value}} for looking figures up by name."""
    return {tuple(row[:keys]): dict(zip(columns, row, strict=True)) for row in rows}
