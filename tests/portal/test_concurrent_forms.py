"""The public forms' rate limit holds when one visitor's posts arrive all at once.

A real gunicorn portal (threads and processes, on a copy of the session's database, SQLite or
PostgreSQL like the suite) receives simultaneous contact posts from one address through real
sockets: at most the limit are stored, the others get the friendly 429.
"""

import http.client
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.utils import translation

from content.models import ContactPage
from public_forms import ticket
from tests.portal.portal_process import ROOT, manage
from tests.portal.test_processes import _answers, free_port, stop, wait_for

pytestmark = pytest.mark.postgres

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
LIMIT = 10
SIMULTANEOUS = 24


def post_all_at_once(port, path, bodies, headers):
    """POST every body from its own thread, released together; the status codes."""
    statuses = [None] * len(bodies)
    start = threading.Barrier(len(bodies))

    def send(number):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.connect()
        start.wait()
        connection.request("POST", path, body=bodies[number], headers=headers)
        statuses[number] = connection.getresponse().status
        connection.close()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses


@pytest.mark.django_db
def test_simultaneous_posts_from_one_address_stop_at_the_limit(make_portal):
    env = make_portal("burst")
    env["FORMS_RATE_LIMIT_POSTS"] = str(LIMIT)
    page = ContactPage.objects.live().get(locale__language_code="es")
    with translation.override("es"):
        path = f"/es/forms/contact/{page.pk}/"
    port = free_port()
    web = subprocess.Popen(
        [GUNICORN, "portal.wsgi:application", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", "2", "--threads", "12"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: web.poll() is None and _answers(f"http://127.0.0.1:{port}/health/"))
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://127.0.0.1:{port}",
            "Cookie": f"{ticket.COOKIE_NAME}={ticket.sign(time.time() - 60)}",
        }
        bodies = [
            urlencode(
                {
                    "name": "Rosa Huamán",
                    "email": "rosa@example.pe",
                    "country": "España",
                    "line": "2",
                    "subject": f"Consulta {number}",
                    "text": f"Mensaje número {number} sobre el retorno.",
                    "consent": "on",
                    "website": "",
                }
            )
            for number in range(SIMULTANEOUS)
        ]
        statuses = post_all_at_once(port, path, bodies, headers)
    finally:
        stop(web)

    assert sorted(statuses) == [303] * LIMIT + [429] * (SIMULTANEOUS - LIMIT)
    stored = manage(
        env,
        "shell",
        "-c",
        "from inbox.models import ContactMessage as M;"
        "print('STORED', M.objects.filter(email='rosa@example.pe').count())",
    ).stdout
    assert f"STORED {LIMIT}" in stored
