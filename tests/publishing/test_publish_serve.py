"""The development server's static layer (publishing.serve): files from site/current, CMS for the rest."""

import os

import pytest

from publishing.serve import StaticSite
from tests.publishing.static_layer import Cms, request

pytestmark = pytest.mark.django_db


@pytest.fixture
def layer(site):
    cms = Cms()
    return StaticSite(cms), cms


def test_pages_come_from_the_release_with_short_caching(layer, site):
    app, cms = layer
    status, headers, body = request(app, "/es/")
    assert status == 200
    assert body == (site.root / "current" / "es" / "index.html").read_bytes()
    assert headers["Cache-Control"] == "max-age=60, public"
    assert headers["Content-Type"].startswith("text/html")
    assert cms.calls == []


def test_a_videos_captions_are_served_from_the_release_as_webvtt(layer, site):
    app, cms = layer
    path = "/ay/atiptasiwinaka-videonaka/sivitma-contrato-qillqtayana/captions.ay.vtt"
    status, headers, body = request(app, path)
    assert status == 200
    assert headers["Content-Type"].replace('"', "") == "text/vtt; charset=utf-8"
    assert body.startswith(b"WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\nKamisaki.")
    assert cms.calls == []


def test_precompressed_variants_are_negotiated(layer, site):
    app, _cms = layer
    status, headers, body = request(app, "/es/", accept_encoding="gzip, br")
    assert status == 200
    assert headers["Content-Encoding"] == "br"
    assert headers["Vary"] == "Accept-Encoding"
    assert body == (site.root / "current" / "es" / "index.html.br").read_bytes()
    _status, headers, _body = request(app, "/es/", accept_encoding="gzip")
    assert headers["Content-Encoding"] == "gzip"


def test_hashed_assets_are_cached_for_ever(layer, site, tmp_path):
    app, _cms = layer
    # The test settings do not hash names; put a hashed file in the release as collectstatic would.
    release = site.root / "current"
    (release / "static" / "themes" / "css" / "portal.0123456789ab.css").write_text("body{}")
    _status, headers, _body = request(app, "/static/themes/css/portal.0123456789ab.css")
    assert headers["Cache-Control"] == "max-age=315360000, public, immutable"
    _status, headers, _body = request(app, "/static/themes/css/portal.css")
    assert headers["Cache-Control"] == "max-age=86400, public"


def test_missing_urls_get_the_404_page_of_their_language(layer, site):
    app, cms = layer
    for path, language in [("/en/nowhere/", "en"), ("/qu/nowhere/", "qu"), ("/nowhere", "es")]:
        status, headers, body = request(app, path)
        assert status == 404
        assert headers["Content-Language"] == language
        assert body == (site.root / "current" / language / "404.html").read_bytes()
    assert cms.calls == []


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("GET", "/admin/pages/"),
        ("GET", "/django-admin/"),
        ("GET", "/api/v2/pages/"),
        ("GET", "/health/"),
        ("GET", "/es/search/?q=visa"),
        ("GET", "/qu/search/?q=llamkay"),
        ("GET", "/es/search/page/2/"),
        ("POST", "/es/forms/contacto/"),
        ("POST", "/es/"),
        ("GET", "/static/wagtailadmin/css/core.css"),  # not in the release: the CMS has it
        ("GET", "/documents/999/private.pdf"),
    ],
)
def test_dynamic_paths_and_assets_outside_the_release_go_to_the_cms(layer, method, path):
    app, cms = layer
    status, _headers, body = request(app, path, method=method)
    assert (status, body) == (200, b"from the CMS")
    assert cms.calls == [(method, path.partition("?")[0])]


def test_the_search_page_without_a_query_is_the_published_file(layer, site):
    """It searches the Pagefind index in the browser: search works while the CMS is down."""
    app, cms = layer
    status, headers, body = request(app, "/es/search/")
    assert status == 200 and cms.calls == []
    assert body == (site.root / "current" / "es" / "search" / "index.html").read_bytes()
    assert b"data-static-search" in body
    assert "script-src 'self' 'wasm-unsafe-eval'" in headers["Content-Security-Policy"]


def test_a_new_release_is_served_as_soon_as_it_is_switched_in(layer, site):
    app, _cms = layer
    release_id, staging = site.start(base_id=site.current_id())
    os.replace(staging / "es" / "index.html", staging / "es" / "index.old")
    (staging / "es" / "index.html").write_text("<p>nueva versión</p>")
    for variant in ("index.html.gz", "index.html.br"):
        (staging / "es" / variant).unlink()
    site.finish(release_id, staging, {"pages": {}})
    site.switch(release_id)
    _status, _headers, body = request(app, "/es/")
    assert body == "<p>nueva versión</p>".encode()


def test_the_site_keeps_serving_when_the_cms_is_down(site):
    app = StaticSite(Cms(status="503 Service Unavailable", body=b"down"))
    for path in ("/es/", "/en/", "/qu/", "/ay/", "/es/noticias/", "/sitemap.xml", "/es/news.rss"):
        status, _headers, _body = request(app, path)
        assert status == 200, path


def test_before_anything_is_published_the_cms_answers(tmp_path):
    cms = Cms()
    app = StaticSite(cms, root=tmp_path / "empty")
    assert request(app, "/es/")[2] == b"from the CMS"


def test_symlinks_out_of_the_release_are_never_followed(layer, site, tmp_path):
    app, _cms = layer
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("private key material")
    (outside / "index.html").write_text("<p>private folder</p>")
    release = site.root / "current"
    (release / "es" / "secret.txt").symlink_to(outside / "secret.txt")
    (release / "es" / "fuera").symlink_to(outside, target_is_directory=True)
    (release / "es" / "dentro.html").symlink_to(release / "es" / "index.html")  # stays inside
    for path in ("/es/secret.txt", "/es/fuera/", "/es/fuera/secret.txt", "/es/fuera/index.html"):
        status, _headers, body = request(app, path, accept_encoding="gzip, br")
        assert status == 404, path
        assert b"private" not in body, path
    status, _headers, body = request(app, "/es/dentro.html")
    assert status == 200 and body == (release / "es" / "index.html").read_bytes()
