"""The production nginx configuration (deploy/nginx/infomigra.conf.template) in front of the CMS;
then the CMS stops and its database goes."""

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


TEMPLATE = ROOT / "deploy" / "nginx" / "infomigra.conf.template"


def nginx_template():
    return TEMPLATE.read_text()


def nginx_config(folder, **values):
    server = nginx_template()
    for name, value in values.items():
        server = server.replace("{{" + name + "}}", str(value))
    assert "{{" not in server, "a placeholder of the nginx template was not filled in"
    temp = folder / "temp"
    temp.mkdir()
    main = [
        f"load_module {BROTLI_MODULE};" if BROTLI_MODULE.exists() else "",
        "user root;" if os.getuid() == 0 else "",
        "worker_processes 1;",
        "daemon off;",
        f"pid {folder / 'nginx.pid'};",
        f"error_log {folder / 'error.log'} warn;",
        "events { worker_connections 64; }",
        "http {",
        "    include /etc/nginx/mime.types;",
        "    default_type application/octet-stream;",
        "    access_log off;",
        *(
            f"    {kind}_temp_path {temp / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        ),
        server,
        "}",
    ]
    path = folder / "nginx.conf"
    path.write_text("\n".join(main))
    return path


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def send(request):
    """(status, headers, body) of a urllib Request, errors included."""
    try:
        with OPENER.open(request, timeout=15) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get(url, **headers):
    return send(urllib.request.Request(url, headers={"Host": "infomigra.test", **headers}))


def post(url, body, **headers):
    headers = {"Host": "infomigra.test", **headers}
    return send(urllib.request.Request(url, data=body, method="POST", headers=headers))


def test_nginx_serves_every_page_with_the_cms_stopped_and_its_database_gone(
    published_portal, tmp_path, free_port, wait_for
):
    if not os.path.exists(NGINX):
        pytest.fail("nginx not found: `make test` installs Debian's nginx")
    portal = published_portal.copy(tmp_path / "portal")
    urls = published_portal.published_urls
    cms_port, web_port = free_port(), free_port()
    cms = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "runserver",
            "--noreload",
            "--nostatic",
            f"127.0.0.1:{cms_port}",
        ],
        env=portal.env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    config = nginx_config(
        tmp_path,
        CMS_ADDRESS=f"127.0.0.1:{cms_port}",
        LISTEN=f"127.0.0.1:{web_port}",
        SERVER_NAME="infomigra.test",
        PUBLISH_ROOT=portal.site,
        MEDIA_ROOT=portal.media,
        APP_DIR=ROOT,
    )
    check = subprocess.run(
        [NGINX, "-t", "-c", str(config), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    nginx = subprocess.Popen(
        [NGINX, "-c", str(config), "-e", str(tmp_path / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{web_port}"
    try:
        wait_for(f"http://127.0.0.1:{cms_port}/es/search/", cms)
        wait_for(base + "/es/", nginx)

        # With the CMS up: dynamic paths reach it, everything else is files.
        status, headers, _body = get(base + "/", **{"Accept-Language": "en"})
        assert (status, headers["Location"]) == (302, "/en/")
        status, _headers, body = get(base + "/es/search/?q=visa")
        assert status == 200 and b'lang="es"' in body
        # The static search page counts its searches with a beacon to the CMS.
        status, headers, _body = post(
            base + "/es/search/counted/",
            b"q=visa&found=1",
            Origin="http://infomigra.test",
            **{"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
        )
        assert status == 204 and "Set-Cookie" not in headers
        status, headers, body = get(base + "/es/", **{"Accept-Encoding": "gzip, br"})
        assert status == 200 and headers["Content-Encoding"] == "gzip"
        assert headers["Vary"] == "Accept-Encoding"
        assert headers["Cache-Control"] == "public, max-age=60"
        assert body == (portal.current / "es" / "index.html.gz").read_bytes()
        # Files carry the production security headers (deploy/nginx/security-headers.conf).
        assert "script-src 'self' 'wasm-unsafe-eval';" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        stylesheet = (
            re.search(
                rb'href="(/static/themes/css/portal\.[0-9a-f]{12}\.css)"',
                (portal.current / "es" / "index.html").read_bytes(),
            )
            .group(1)
            .decode()
        )
        status, headers, _body = get(base + stylesheet, **{"Accept-Encoding": "gzip"})
        assert (status, headers["Content-Encoding"]) == (200, "gzip")
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
        status, headers, body = get(base + "/en/nowhere/")
        assert status == 404 and b"Page not found" in body
        status, headers, _body = get(base + "/es/noticias")
        assert (status, headers["Location"]) == (301, "/es/noticias/")
        status, headers, _body = get(base + "/es/events.ics")
        assert status == 200 and headers["Content-Type"].startswith("text/calendar")
        captions = "/es/concursos-y-videos/como-registrar-tu-contrato-en-sivitma/captions.qu.vtt"
        status, headers, body = get(base + captions)
        assert status == 200
        assert headers["Content-Type"].replace('"', "") == "text/vtt; charset=utf-8"
        assert body.startswith(b"WEBVTT") and "script-src" in headers["Content-Security-Policy"]
        status, _headers, _body = get(base + "/static/wagtailadmin/css/core.css")
        assert status == 200  # not in the release: the CMS serves the admin's assets

        # The CMS stops and its database is moved away.
        cms.terminate()
        cms.wait(timeout=10)
        for path in portal.base.glob("db.sqlite3*"):
            path.rename(path.with_name("moved-" + path.name))

        for url in urls:
            status, _headers, body = get(base + url)
            assert status == 200, url
            assert b"<h1>" in body
        for path in (
            "/sitemap.xml",
            "/robots.txt",
            "/es/news.rss",
            "/en/news.atom",
            "/es/events.ics",
        ):
            assert get(base + path)[0] == 200, path
        status, headers, _body = get(base + "/")
        assert (status, headers["Location"]) == (302, "/es/")
        assert get(base + "/es/search/?q=visa")[0] == 502
        # The search page itself is a file: it searches the published Pagefind index.
        status, _headers, body = get(base + "/es/search/")
        assert status == 200 and b"data-static-search" in body
        assert get(base + "/pagefind/pagefind.js")[0] == 200
        # Wagtail's redirects, from the release's nginx maps: an editor's short address, and
        # the one Wagtail made when the demo's Aymara contact page was renamed.
        for old, new in (
            ("/ay/contactenos/", "/ay/aruskipanani/"),
            ("/es/contacto/", "/es/contactenos/"),
            ("/es/contacto", "/es/contactenos/"),
            ("/en/offices/", "/en/senep-network/"),
        ):
            status, headers, _body = get(base + old)
            assert (status, headers["Location"]) == (301, new), old
        assert get(base + "/.server/redirects-301.map")[0] == 404
        # The office finder's GET form lands on its published addresses (region, first service).
        finder = "/es/red-senep/encuentra-una-oficina/"
        for query, address in (
            ("?region=21&service=job-bank&service=migrant-guidance", "region/21/service/job-bank/"),
            ("?region=21&service=nope", "region/21/"),
            ("?region=&service=job-bank", "service/job-bank/"),
        ):
            status, _headers, body = get(base + finder + query)
            assert status == 200, query
            assert (
                body == (portal.current / finder.strip("/") / address / "index.html").read_bytes()
            )
    finally:
        if cms.poll() is None:
            cms.terminate()
            cms.wait(timeout=10)
        nginx.terminate()
        nginx.wait(timeout=10)


# -- media, headers and symlinks behind nginx ----------------------------------------------------

FIXTURE_SCRIPT = """
import json, io
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.base import ContentFile
from PIL import Image as Picture
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

def png():
    buffer = io.BytesIO()
    Picture.new("RGB", (12, 8), (200, 16, 46)).save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="foto.png")

Image, Document = get_image_model(), get_document_model()
root = Collection.get_first_root_node()
private = root.add_child(name="Archivo interno nginx")
CollectionViewRestriction.objects.create(
    collection=private, restriction_type=CollectionViewRestriction.LOGIN
)
secret = Image.objects.create(title="Interna", collection=private, file=png())
shown = Image.objects.create(title="Pública", collection=root, file=png())
document = Document.objects.create(
    title="Informe interno", collection=private,
    file=ContentFile(b"%PDF-1.4 secreto", name="informe-interno.pdf"),
)
admin = get_user_model().objects.create_superuser("jefa.nginx", "j@example.org", "x" * 20)
session = SessionStore()
session["_auth_user_id"] = str(admin.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = admin.get_session_auth_hash()
session.create()
print(json.dumps({
    "secret": [secret.file.url, secret.get_rendition("fill-8x8").url],
    "shown": [shown.file.url, shown.get_rendition("fill-8x8").url],
    "document_file": document.file.url,
    "document": document.url,
    "session": session.session_key,
}))
"""


@pytest.fixture(scope="module")
def behind_nginx(published_portal, tmp_path_factory):
    """A copy of the published portal with private files, its CMS and nginx (the production template)."""
    from tests.publishing.conftest import _free_port, _wait_for

    if not os.path.exists(NGINX):
        pytest.fail("nginx not found: `make test` installs Debian's nginx")
    folder = tmp_path_factory.mktemp("behind-nginx")
    portal = published_portal.copy(folder / "portal")
    created = portal.manage("shell", "-c", FIXTURE_SCRIPT).stdout.strip().splitlines()[-1]
    cms_port, web_port = _free_port(), _free_port()
    cms = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "runserver", "--noreload", "--nostatic"]
        + [f"127.0.0.1:{cms_port}"],
        env=portal.env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    config = nginx_config(
        folder,
        CMS_ADDRESS=f"127.0.0.1:{cms_port}",
        LISTEN=f"127.0.0.1:{web_port}",
        SERVER_NAME="infomigra.test",
        PUBLISH_ROOT=portal.site,
        APP_DIR=ROOT,
    )
    nginx = subprocess.Popen(
        [NGINX, "-c", str(config), "-e", str(folder / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{web_port}"
    try:
        _wait_for(f"http://127.0.0.1:{cms_port}/health/", cms)
        _wait_for(base + "/es/", nginx)
        yield base, portal, json.loads(created)
    finally:
        for process in (cms, nginx):
            process.terminate()
            process.wait(timeout=10)


def test_nginx_never_serves_private_images_renditions_or_documents(behind_nginx):
    base, _portal, files = behind_nginx
    for url in files["secret"]:
        status, _headers, body = get(base + url)
        assert status == 404 and b"PNG" not in body, url
    status, _headers, body = get(base + files["document_file"])
    assert status == 404 and b"secreto" not in body
    status, headers, _body = get(base + files["document"])
    assert status == 302 and "/login" in headers["Location"]
    # Public images not in the release come from the CMS; editors see the private ones.
    for url in files["shown"]:
        assert get(base + url)[0] == 200, url
    for url in files["secret"]:
        status, headers, body = get(base + url, Cookie=f"sessionid={files['session']}")
        assert status == 200 and body.startswith(b"\x89PNG"), url
        assert headers["Cache-Control"].startswith("private")


def test_nginx_media_carry_the_security_headers_once(behind_nginx):
    base, portal, files = behind_nginx
    media = portal.current / "media"
    raster = next(path for path in media.rglob("*") if path.suffix in (".png", ".jpg", ".webp"))
    svg = next(media.rglob("*.svg"))
    released = ["/" + str(path.relative_to(portal.current)) for path in (raster, svg)]
    for url in [*released, *files["shown"], "/es/search/?q=visa", "/es/"]:
        status, headers, _body = get(base + url)
        assert status == 200, url
        for name in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"):
            assert len(headers.get_all(name) or []) == 1, (url, name, headers.get_all(name))
        assert headers["X-Frame-Options"] == "DENY", url
        assert headers["X-Content-Type-Options"] == "nosniff", url
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        if url.endswith(".svg"):
            assert headers["Content-Security-Policy"].startswith("default-src 'none'"), url
        else:
            assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], url


def test_nginx_never_follows_a_symlink_out_of_the_release(behind_nginx, tmp_path):
    base, portal, _files = behind_nginx
    (tmp_path / "secret.txt").write_text("private key material")
    (tmp_path / "index.html").write_text("<p>private folder</p>")
    (portal.current / "es" / "secret.txt").symlink_to(tmp_path / "secret.txt")
    (portal.current / "es" / "fuera").symlink_to(tmp_path, target_is_directory=True)
    for url in ("/es/secret.txt", "/es/fuera/", "/es/fuera/secret.txt", "/es/fuera/index.html"):
        status, _headers, body = get(base + url)
        assert status in (403, 404), url
        assert b"private" not in body, url
    assert get(base + "/es/")[0] == 200  # `current` itself is a symlink, and it is followed
