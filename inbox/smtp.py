"""The SMTP server as the outbox sees it: a send that ends within a deadline, whether the server
is down, and a probe that tells when it is back.

A server that accepts connections and never answers would hold a worker for a socket timeout per
SMTP command. Each send therefore has an overall deadline (`send_deadline()`, twice EMAIL_TIMEOUT)
after which its socket is shut; a worker killed mid-send is recognised after that deadline at the
latest (outbox.sweep). When a send fails because the server cannot be reached, the server is
marked unreachable (`MailServerState`): further deliveries wait without trying, one real attempt
per `RECHECK` at most, and the sweep probes the server and releases the waiting mail as soon as it
answers.
"""

import smtplib
import socket
import threading
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection

from .models import MailServerState

RECHECK = timedelta(minutes=1)


def send_deadline():
    return timedelta(seconds=2 * settings.EMAIL_TIMEOUT)


def _shut(backend):
    smtp = getattr(backend, "connection", None)
    sock = getattr(smtp, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


@contextmanager
def _within_deadline(backend):
    watchdog = threading.Timer(send_deadline().total_seconds(), _shut, args=(backend,))
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    finally:
        watchdog.cancel()


def send(email):
    """Send one message through Django's configured backend, giving up after the deadline."""
    backend = get_connection(fail_silently=False)
    with _within_deadline(backend), backend:
        backend.send_messages([email])


def is_unreachable(error):
    """The server could not be reached or stopped answering (not a refusal of this message)."""
    return isinstance(
        error,
        ConnectionError | TimeoutError | socket.timeout | smtplib.SMTPServerDisconnected,
    ) or (isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException))


def state():
    return MailServerState.load()


def may_try(now):
    """True when a delivery may talk to the server now: it is up, or it is down and nobody has
    checked it within RECHECK (this caller then is the one check)."""
    current = state()
    if current.unreachable_since is None:
        return True
    return bool(
        MailServerState.objects.filter(pk=current.pk, checked_at__lte=now - RECHECK).update(
            checked_at=now
        )
    )


def mark_unreachable(now, error):
    description = f"{type(error).__name__}: {error}"[:500]
    current = state()
    MailServerState.objects.filter(pk=current.pk).update(
        unreachable_since=current.unreachable_since or now, checked_at=now, last_error=description
    )


def mark_reachable(now):
    """True when the server was marked unreachable until now."""
    return bool(
        MailServerState.objects.filter(unreachable_since__isnull=False).update(
            unreachable_since=None, checked_at=now, last_error=""
        )
    )


def probe():
    """Does the SMTP server answer a greeting now? (connect, EHLO/HELO, QUIT)"""
    if not settings.EMAIL_BACKEND.endswith("smtp.EmailBackend"):
        return True
    backend = get_connection(fail_silently=False)
    try:
        with _within_deadline(backend), backend:
            backend.connection.noop()
    except (OSError, smtplib.SMTPException):
        return False
    return True
