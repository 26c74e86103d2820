"""Helpers shared by the monitoring tests (imported by name: tests/ holds no packages)."""

import datetime
import time
import zoneinfo

import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from content import forms_guard

LIMA = zoneinfo.ZoneInfo("America/Lima")
ORIGIN = "http://testserver"

# What issue 3's roles grant; the groups here are stand-ins with the same permissions.
ROLES = {
    "dml_editor": [
        "wagtailadmin.access_admin",
        "content.view_monthly_report",
        "content.view_content_freshness",
    ],
    "dml_moderator": ["wagtailadmin.access_admin", "content.view_monthly_report"],
    "regional_editor": ["wagtailadmin.access_admin"],
}


def lima(*args):
    return datetime.datetime(*args, tzinfo=LIMA)


def make_user(role, username=None):
    group, _created = Group.objects.get_or_create(name=f"test {role}")
    for label in ROLES[role]:
        app_label, codename = label.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    username = username or role
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@trabajo.gob.pe",
        password="not-a-real-password-123",
        first_name=username.replace("_", " ").title(),
    )
    user.groups.add(group)
    return user


def aged_ticket(seconds=60):
    """The ticket cookie the ticket stylesheet would have handed out `seconds` ago."""
    with time_machine.travel(time.time() - seconds, tick=False):
        return forms_guard.sign_ticket(time.time())


def post_feedback(client, data, *, language="es", ip="10.0.0.1", ticket=True, **headers):
    """POST the feedback form as a browser on our static page would (no JavaScript)."""
    if ticket:
        client.cookies[forms_guard.TICKET_COOKIE] = aged_ticket() if ticket is True else ticket
    else:
        client.cookies.pop(forms_guard.TICKET_COOKIE, None)
    headers.setdefault("HTTP_ORIGIN", ORIGIN)
    if headers["HTTP_ORIGIN"] is None:  # a browser that sends no Origin header
        del headers["HTTP_ORIGIN"]
    return client.post(f"/{language}/forms/feedback/", data, REMOTE_ADDR=ip, **headers)
