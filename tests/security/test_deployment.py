"""Production settings and the nginx configuration files that go with them."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.security.test_headers import assert_common_headers, policy

ROOT = Path(__file__).resolve().parents[2]
NGINX_DIR = ROOT / "deploy" / "nginx"
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "deploy-check-" + "s3cr3t-k3y-" * 6,
    "ALLOWED_HOSTS": "infomigra.trabajo.gob.pe",
    "DATABASE_URL": "postgres://infomigra:clave@db.internal:5432/infomigra",
}


def manage(*args, env_overrides=None, drop=()):
    env = {**os.environ, **PRODUCTION, **(env_overrides or {})}
    # The browser tests allow the ORM inside Playwright's event loop for this process; a
    # production process never runs with that switch.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    for name in drop:
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_check_deploy_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("name", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without(name):
    result = manage("check", drop=[name])
    assert result.returncode != 0
    assert f"{name} must be set in the environment for production" in result.stderr


def test_production_switches():
    code = (
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE, s.SESSION_COOKIE_SAMESITE, "
        "s.CSRF_COOKIE_SAMESITE, s.SESSION_COOKIE_HTTPONLY, s.TRUSTED_PROXIES, "
        "s.SECURE_PROXY_SSL_HEADER[0], "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES'].get('upgrade-insecure-requests'))"
    )
    result = manage("shell", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-12:] == [
        "False",
        "True",
        "31536000",
        "True",
        "True",
        "True",
        "Lax",
        "Lax",
        "True",
        "0",
        "HTTP_X_FORWARDED_PROTO",
        "True",
    ]


CLIENT_ADDRESS = (
    "from django.conf import settings as s; from django.test import RequestFactory; "
    "from django.utils.module_loading import import_string; "
    "request = RequestFactory().post('/admin/login/', REMOTE_ADDR='127.0.0.1', "
    "HTTP_X_REAL_IP='192.0.2.66', HTTP_X_FORWARDED_FOR='192.0.2.77, 198.51.100.8'); "
    "print(import_string(s.AXES_CLIENT_IP_CALLABLE)(request))"
)


@pytest.mark.parametrize(
    ("proxies", "client"), [(None, "127.0.0.1"), ("0", "127.0.0.1"), ("1", "198.51.100.8")]
)
def test_production_believes_forwarded_addresses_only_from_counted_proxies(proxies, client):
    unset = ["TRUSTED_PROXIES", "FORMS_TRUSTED_PROXIES"]
    if proxies is None:
        result = manage("shell", "-c", CLIENT_ADDRESS, drop=unset)
    else:
        result = manage("shell", "-c", CLIENT_ADDRESS, env_overrides={"TRUSTED_PROXIES": proxies})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == client


@pytest.mark.parametrize(
    ("filename", "option"),
    [("security-headers.conf", []), ("security-headers-svg.conf", ["--svg"])],
)
def test_the_nginx_includes_match_the_production_settings(filename, option):
    """The static site must get exactly the CMS's headers: the files are generated, not edited."""
    result = manage("nginx_security_headers", *option)
    assert result.returncode == 0, result.stderr
    assert (NGINX_DIR / filename).read_text() == result.stdout, (
        f"deploy/nginx/{filename} is stale: regenerate it with the command in its first lines"
    )


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


NGINX_CONF = """
daemon off;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        location / {{
            include {nginx_dir}/security-headers.conf;
            location ~* \\.svg$ {{ include {nginx_dir}/security-headers-svg.conf; }}
        }}
        location /admin/ {{
            include {nginx_dir}/cms-proxy.conf;
            return 204;
        }}
    }}
}}
"""


@pytest.fixture
def nginx():
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        pytest.fail("nginx is not installed: `make test` installs Debian's nginx-light")
    # nginx's workers drop to an unprivileged user: a world-readable folder straight in /tmp.
    tmp_path = Path(tempfile.mkdtemp(prefix="infomigra-nginx-"))
    site = tmp_path / "site"
    (site / "es").mkdir(parents=True)
    (site / "es" / "index.html").write_text("<!doctype html><title>Perú Infomigra</title>")
    (site / "escudo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    tmp_path.chmod(0o755)
    port = _free_port()
    conf = tmp_path / "nginx.conf"
    conf.write_text(NGINX_CONF.format(work=tmp_path, port=port, site=site, nginx_dir=NGINX_DIR))
    checked = subprocess.run([binary, "-t", "-c", str(conf)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen([binary, "-c", str(conf)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/es/", timeout=2)
                break
            except urllib.error.HTTPError:
                raise
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.django_db
def test_nginx_gives_the_static_site_the_cms_headers(nginx, client):
    """Same policy and headers as Django's own public pages, served by nginx from files."""
    cms = client.get("/es/")
    with urllib.request.urlopen(nginx + "/es/") as response:
        static = response
        headers = response.headers
    assert static.status == 200
    assert_common_headers(headers)
    assert headers["X-Frame-Options"] == cms["X-Frame-Options"]
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")

    served = policy({"Content-Security-Policy": headers["Content-Security-Policy"]})
    expected = policy(cms)
    # Production adds upgrade-insecure-requests (HTTPS only); the rest is identical.
    assert served.pop("upgrade-insecure-requests") == []
    assert served == expected
    assert headers["Permissions-Policy"] == cms["Permissions-Policy"]


def test_nginx_serves_svg_with_a_policy_that_forbids_everything(nginx):
    with urllib.request.urlopen(nginx + "/escudo.svg") as response:
        assert response.headers.get_all("Content-Security-Policy") == ["default-src 'none'"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_cms_proxy_include_is_valid_nginx(nginx):
    request = urllib.request.Request(nginx + "/admin/")
    with urllib.request.urlopen(request) as response:
        assert response.status == 204
