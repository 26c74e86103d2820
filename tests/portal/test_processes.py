"""The production process model, run for real: gunicorn serving the CMS with the production
settings, the two `manage.py worker` processes beside it, and `/health/` telling whether both are working.

The commands are those of docs/operations.md (only the listening address differs); the database is a copy of the
session's, SQLite or PostgreSQL like the suite.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.portal.portal_process import ROOT

pytestmark = pytest.mark.postgres

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url, headers=None):
    """(status, headers, body) of a GET, errors and redirects included."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_for(predicate, timeout=90, interval=0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError("condition not reached in time")


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.django_db
def test_gunicorn_worker_and_health(production_env):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    web = subprocess.Popen(
        [GUNICORN, "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        env=production_env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers = []
    try:
        wait_for(lambda: web.poll() is None and _answers(base + "/health/"))

        # HTTPS only: plain HTTP is redirected, except the local health probe.
        status, headers, _ = get(base + "/es/")
        assert status == 301 and headers["Location"] == f"https://127.0.0.1:{port}/es/"

        # Behind nginx (X-Forwarded-Proto: https) every response carries the security headers.
        status, headers, _ = get(base + "/health/", {"X-Forwarded-Proto": "https"})
        assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
        assert "upgrade-insecure-requests" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Permissions-Policy"].startswith("accelerometer=()")

        workers = [
            subprocess.Popen(
                [sys.executable, "manage.py", "worker", "--queue-name", queue],
                env=production_env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for queue in ("default", "mail")
        ]

        def healthy():
            status, _, body = get(base + "/health/")
            report = json.loads(body)
            return status == 200 and report["worker"]["last_task_finished_at"] and report

        report = wait_for(healthy)
        assert report["database"]["vendor"] == connection.vendor

        # The mail worker stops: within WORKER_MAX_SILENCE the health check says so, naming the
        # mail queue (on a loaded machine the default queue may briefly be late too).
        stop(workers[1])
        report = wait_for(lambda: _late(base, queue="mail"))
        assert report["worker"]["status"] == "late"
    finally:
        for worker in workers:
            stop(worker)
        stop(web)


def _answers(url):
    try:
        get(url)
        return True
    except OSError:
        return False


def _late(base, queue):
    """The health report once it answers 503 because `queue` waited past WORKER_MAX_SILENCE."""
    status, _, body = get(base + "/health/")
    report = json.loads(body)
    waited = report.get("worker", {}).get("waiting_seconds_by_queue", {})
    return status == 503 and waited.get(queue, 0) > 3 and report


def test_the_application_servers_default_to_production_settings():
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-c", "import portal.wsgi"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment for production" in result.stderr
