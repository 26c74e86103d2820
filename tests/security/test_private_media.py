"""Uploaded files of private collections reach only those allowed to see them, in `make run`.

Requests go through the `make run` serving layer (publishing.serve in front of Django's WSGI
application) with an empty release, so every /media/ file is answered by the CMS, as it is for
files a publish did not copy. Behind nginx: tests/publishing/test_publish_nginx.py.
"""

from http.cookies import SimpleCookie

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from core.groups import DML_EDITORS, DML_MODERATORS
from publishing.serve import StaticSite
from tests.publishing.test_publish_serve import request as wsgi_request
from tests.security.sample_files import image, pdf

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80">'
    b'<rect width="80" height="80" fill="#b3121f"/></svg>'
)


@pytest.fixture
def make_run(tmp_path):
    """The `make run` serving layer in front of the real Django application, nothing published.

    As Django's test client does, requests leave the database connection open: closing it would
    end the test's transaction (on PostgreSQL the connection is really closed)."""
    release = tmp_path / "site" / "releases" / "empty"
    (release / "es").mkdir(parents=True)
    (release / "es" / "404.html").write_text("<p>No encontrado</p>")
    (tmp_path / "site" / "current").symlink_to(release)
    app = StaticSite(WSGIHandler(), root=tmp_path / "site")

    def get(url, client=None):
        headers = {"host": "localhost"}
        if client is not None:
            cookie = SimpleCookie()
            cookie[settings.SESSION_COOKIE_NAME] = client.cookies[
                settings.SESSION_COOKIE_NAME
            ].value
            headers["cookie"] = cookie.output(header="", attrs=[]).strip()
        return wsgi_request(app, url, **headers)

    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield get
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def files():
    root = Collection.get_first_root_node()
    private = root.add_child(name="Archivo interno")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=DML_MODERATORS))
    inner = private.add_child(name="Archivo interno – fotos")
    public = root.add_child(name="Fotos públicas")
    secret = Image.objects.create(
        title="Foto interna", collection=inner, file=ContentFile(image("PNG"), name="interna.png")
    )
    shown = Image.objects.create(
        title="Foto pública", collection=public, file=ContentFile(image("PNG"), name="publica.png")
    )
    document = Document.objects.create(
        title="Informe interno", collection=private, file=ContentFile(pdf(), name="informe.pdf")
    )
    return {
        "private": private,
        "public": public,
        "secret": secret,
        "shown": shown,
        "document": document,
    }


def urls(picture):
    return [picture.file.url, picture.get_rendition("fill-8x8").url]


def test_private_images_and_renditions_are_not_served_to_visitors(make_run, files):
    for url in urls(files["secret"]):
        status, _headers, body = make_run(url)
        assert status == 404, url
        assert body.startswith(b"Not Found") or b"\x89PNG" not in body
    for url in urls(files["shown"]):
        status, headers, body = make_run(url)
        assert status == 200, url
        assert body.startswith(b"\x89PNG") and headers["Content-Type"] == "image/png"


def test_documents_are_never_served_from_media(make_run, files):
    public = Document.objects.create(
        title="Guía", collection=files["public"], file=ContentFile(pdf(), name="guia.pdf")
    )
    for document in (files["document"], public):
        status, _headers, body = make_run(document.file.url)
        assert status == 404 and b"%PDF" not in body, document.file.url
    # Through /documents/ the collection is checked: the private one asks for a sign-in.
    assert make_run(public.url)[0] == 200
    status, headers, _body = make_run(files["document"].url)
    assert status == 302 and "/login" in headers["Location"]


def signed_in(client, name, group):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


def test_editors_of_the_collection_see_private_images_and_no_one_else(make_run, files, client):
    puno = signed_in(Client(), "fotos.puno", "Región Puno – editores")
    for url in urls(files["secret"]):
        assert make_run(url, client=puno)[0] == 404, url
    editor = signed_in(client, "fotos.dml", DML_EDITORS)
    for url in urls(files["secret"]):
        status, headers, body = make_run(url, client=editor)
        assert status == 200 and body.startswith(b"\x89PNG"), url
        assert headers["Cache-Control"].startswith("private")


def test_restricting_a_collection_or_moving_an_image_takes_effect_at_once(make_run, files):
    shown, secret = files["shown"], files["secret"]
    shown_urls, secret_urls = urls(shown), urls(secret)
    CollectionViewRestriction.objects.create(
        collection=files["public"], restriction_type=CollectionViewRestriction.LOGIN
    )
    assert [make_run(url)[0] for url in shown_urls] == [404, 404]
    secret.collection = Collection.get_first_root_node()
    secret.save()
    assert [make_run(url)[0] for url in secret_urls] == [200, 200]
    secret.collection = files["private"]
    secret.save()
    assert [make_run(url)[0] for url in secret_urls] == [404, 404]


def test_media_files_carry_the_security_headers(make_run, files):
    crest = Image.objects.create(
        title="Escudo", collection=files["public"], file=ContentFile(SVG, name="escudo.svg")
    )
    for url, policy in [(files["shown"].file.url, "default-src 'self'"), (crest.file.url, None)]:
        status, headers, _body = make_run(url)
        assert status == 200, url
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert headers["X-Frame-Options"] == "DENY"
        if policy:
            directives = [part.strip() for part in headers["Content-Security-Policy"].split(";")]
            assert policy in directives and "frame-ancestors 'none'" in directives
        else:
            assert headers["Content-Type"] == "image/svg+xml"
            assert headers["Content-Security-Policy"].startswith("default-src 'none'")
