"""Admin sign-in: brute-force lock (django-axes), password strength, session expiry, audit log."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core.security import login

PASSWORD = "Cusco y Puno 2026, migración segura"
LOGIN_URL = "/admin/login/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user(
        "editora.cusco", email="editora@trabajo.gob.pe", password=PASSWORD
    )
    user.user_permissions.add(*_admin_access())
    return user


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")


def client_from(address, language="es"):
    return Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)


def sign_in(client, password, username="editora.cusco"):
    return client.post(LOGIN_URL, {"username": username, "password": password})


def signed_in(client):
    return client.get("/admin/").status_code == 200


def test_the_sixth_attempt_is_refused_even_with_the_right_password(editor):
    client = client_from("203.0.113.7")
    for attempt in range(1, 5):
        response = sign_in(client, f"equivocada-{attempt}")
        assert response.status_code == 200, "Wagtail's form shows the wrong-password error"
    fifth = sign_in(client, "equivocada-5")
    assert fifth.status_code == 429

    sixth = sign_in(client, PASSWORD)
    assert sixth.status_code == 429
    assert not signed_in(client)
    text = sixth.content.decode()
    assert "Acceso bloqueado" in text
    assert "15 minutos" in text
    assert "incluso con la contraseña correcta" in text


def test_the_lock_message_comes_in_the_visitors_language(editor):
    client = client_from("203.0.113.8", language="en")
    for attempt in range(5):
        sign_in(client, f"wrong-{attempt}")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "Sign-in blocked" in response.content.decode()
    assert "15 minutes" in response.content.decode()


def test_the_lock_holds_the_account_and_address_pair_only(editor):
    attacker = client_from("198.51.100.23")
    for attempt in range(5):
        sign_in(attacker, f"equivocada-{attempt}")
    assert sign_in(attacker, PASSWORD).status_code == 429

    # The editor, from her office, is not locked out by someone else's guesses.
    office = client_from("190.12.0.5")
    assert sign_in(office, PASSWORD).status_code == 302
    assert signed_in(office)
    # Another account from the attacker's address is not locked either.
    get_user_model().objects.create_user("editor.puno", password=PASSWORD)
    assert sign_in(attacker, PASSWORD, username="editor.puno").status_code == 302


def test_failures_older_than_fifteen_minutes_no_longer_count(editor):
    client = client_from("203.0.113.9")
    for attempt in range(5):
        sign_in(client, f"equivocada-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_four_failures_then_the_right_password_still_works(editor):
    client = client_from("203.0.113.10")
    for attempt in range(4):
        sign_in(client, f"equivocada-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_one_address_guessing_across_many_accounts_is_locked(editor):
    limit = settings.LOGIN_FAILURES_PER_ADDRESS
    assert limit > settings.AXES_FAILURE_LIMIT
    sprayer = client_from("198.51.100.77")
    for account in range(limit - 1):
        assert sign_in(sprayer, "equivocada", username=f"cuenta.{account}").status_code == 200
    assert sign_in(sprayer, "equivocada", username="cuenta.ultima").status_code == 429

    # The address never guessed at the editor's account, yet is refused even with her password.
    refused = sign_in(sprayer, PASSWORD)
    assert refused.status_code == 429
    assert not signed_in(sprayer)
    text = refused.content.decode()
    assert "Acceso bloqueado" in text
    assert "desde su conexión, con varias cuentas" in text
    assert "15 minutos" in text
    # The editor, from her office, still signs in.
    office = client_from("190.12.0.5")
    assert sign_in(office, PASSWORD).status_code == 302
    assert signed_in(office)


def _post_from(remote_addr, password, **headers):
    client = Client(REMOTE_ADDR=remote_addr, HTTP_ACCEPT_LANGUAGE="es", **headers)
    return sign_in(client, password)


def test_without_trusted_proxies_forged_headers_do_not_move_the_lock(editor, settings):
    settings.TRUSTED_PROXIES = 0
    for attempt in range(5):
        forged = f"192.0.2.{attempt}"
        _post_from("198.51.100.60", "x", HTTP_X_REAL_IP=forged, HTTP_X_FORWARDED_FOR=forged)
    # New forged addresses do not get the same connection a fresh count.
    response = _post_from(
        "198.51.100.60", PASSWORD, HTTP_X_REAL_IP="190.12.0.9", HTTP_X_FORWARDED_FOR="190.12.0.9"
    )
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.60"}


def test_behind_one_trusted_proxy_the_forwarded_address_is_the_client(editor, settings):
    settings.TRUSTED_PROXIES = 1
    # nginx appends the address it saw; what the visitor wrote before it is not believed.
    for attempt in range(5):
        _post_from("127.0.0.1", f"x{attempt}", HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.50")
    # nginx is 127.0.0.1 for everyone: another visitor behind it is not locked.
    assert _post_from("127.0.0.1", PASSWORD, HTTP_X_FORWARDED_FOR="190.12.0.9").status_code == 302
    locked = _post_from("127.0.0.1", PASSWORD, HTTP_X_FORWARDED_FOR="10.8.8.8, 198.51.100.50")
    assert locked.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.50"}


def test_sign_ins_failures_and_sign_outs_go_to_wagtails_log(editor):
    client = client_from("203.0.113.11")
    sign_in(client, "equivocada")
    sign_in(client, PASSWORD)
    client.post("/admin/logout/")

    entries = ModelLogEntry.objects.for_instance(editor).order_by("timestamp", "id")
    assert [entry.action for entry in entries] == [login.LOGIN_FAILED, login.LOGIN, login.LOGOUT]
    failed, signed, out = entries
    assert failed.user is None and signed.user == editor and out.user == editor
    assert all(entry.data["ip"] == "203.0.113.11" for entry in entries)

    # The entries are readable in the admin's site history report.
    admin = get_user_model().objects.create_superuser("jefa.dml", password=PASSWORD)
    reader = Client(HTTP_ACCEPT_LANGUAGE="en")
    reader.force_login(admin)
    report = reader.get("/admin/reports/site-history/").content.decode()
    assert "Signed in from 203.0.113.11" in report
    assert "Failed sign-in from 203.0.113.11" in report


def test_failures_against_unknown_names_are_not_logged_to_an_account():
    client = client_from("203.0.113.12")
    sign_in(client, "x", username="no-existe")
    assert not ModelLogEntry.objects.filter(action=login.LOGIN_FAILED).exists()
    assert AccessAttempt.objects.filter(username="no-existe").exists()


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("Perú 2026", "password_too_short"),
        ("202620262026", "password_entirely_numeric"),
        ("qwerty123456", "password_too_common"),
        ("editora.cusco.2026", "password_too_similar"),
    ],
)
def test_weak_passwords_are_refused(editor, password, code):
    with pytest.raises(ValidationError) as error:
        validate_password(password, user=editor)
    assert code in [e.code for e in error.value.error_list]


def test_a_strong_password_passes(editor):
    validate_password("Tres llamas cruzan el Colca", user=editor)


def test_editor_sessions_end_after_a_working_day(editor):
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    client = client_from("203.0.113.13")
    client.post(LOGIN_URL, {"username": "editora.cusco", "password": PASSWORD, "remember": "on"})
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert signed_in(client)

    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN_URL)


def test_without_remember_me_the_cookie_ends_with_the_browser(editor):
    client = client_from("203.0.113.14")
    response = client.post(LOGIN_URL, {"username": "editora.cusco", "password": PASSWORD})
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["expires"] == "" and cookie["max-age"] == ""
    assert cookie["httponly"]
