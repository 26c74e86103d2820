"""Security headers on every kind of response, and public templates that a strict CSP allows."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from content.blocks import VideoBlock
from tests.security.sample_files import pdf

pytestmark = pytest.mark.django_db


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions


def assert_strict_policy(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    # Scripts only from the portal; WebAssembly compilation for the static search (Pagefind).
    assert directives["script-src"] == ["'self'", "'wasm-unsafe-eval'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "url",
    ["/es/", "/en/", "/qu/", "/es/search/?q=trabajo", "/es/no-existe/", "/health/"],
)
def test_public_responses_carry_the_strict_policy(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert_common_headers(response)
    assert_strict_policy(response)


def test_every_demo_page_carries_the_headers(published_demo):
    """Every page as the published site serves it (the CMS's own answers: the tests above)."""
    pages = Page.objects.live().public().filter(depth__gt=1)
    assert pages.count() > 100
    for page in pages:
        status, headers, _body = published_demo(page.url)
        assert status == 200, page.url
        assert_common_headers(headers)
        assert_strict_policy(headers)


def test_the_admin_gets_its_own_relaxed_policy_and_nothing_else_does(client):
    response = client.get("/admin/login/")
    assert_common_headers(response)
    directives = policy(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    # A public URL that merely contains "admin" is not the admin.
    assert_strict_policy(client.get("/es/search/?q=/admin/"))


def test_documents_are_served_with_a_policy_that_forbids_everything(client):
    document = get_document_model().objects.create(
        title="Guía", file=ContentFile(pdf(), name="guia.pdf")
    )
    response = client.get(document.url)
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert_common_headers(response)


def test_svg_files_get_a_policy_that_forbids_everything(client):
    response = client.get(settings.STATIC_URL + "wagtailadmin/images/transparency.svg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert_common_headers(response)


def test_static_files_carry_the_common_headers(client):
    response = client.get(settings.STATIC_URL + "themes/css/portal.css")
    assert response.status_code == 200
    assert_common_headers(response)


class _InlineCode(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style>")
        if "style" in attributes:
            self.found.append(f"<{tag} style=…>")
        self.found += [f"<{tag} {name}=…>" for name in attributes if name.startswith("on")]
        if re.match(r"\s*javascript:", attributes.get("href") or "", re.I):
            self.found.append(f"<{tag} href=javascript:…>")


def inline_code(html):
    parser = _InlineCode()
    parser.feed(html)
    return parser.found


def test_public_pages_have_no_inline_script_or_style(client, published_demo):
    """What the strict policy would block: it must not be there in the first place."""
    for page in Page.objects.live().public().filter(depth__gt=1):
        html = published_demo(page.url)[2].decode()
        assert inline_code(html) == [], page.url
    for url in ("/es/search/?q=empleo", "/es/no-existe/"):
        assert inline_code(client.get(url).content.decode()) == [], url


def test_video_embeds_need_no_inline_style():
    """Wagtail's responsive embed wraps the player in a `style=` attribute; ours does not."""
    url = "https://www.youtube.com/watch?v=infomigra01"
    Embed.objects.create(
        hash=get_embed_hash(url, None, None),
        url=url,
        max_width=None,
        type="video",
        html='<iframe width="480" height="270" src="https://www.youtube.com/embed/infomigra01" '
        'title="Migrar seguro" allowfullscreen></iframe>',
        width=480,
        height=270,
        provider_name="YouTube",
    )
    block = VideoBlock()
    html = render_to_string(
        "components/blocks/video_block.html",
        {"value": block.to_python({"video": url, "title": "Migrar seguro", "transcript": ""})},
    )
    assert "youtube.com/embed/infomigra01" in html
    assert 'class="responsive-object"' in html
    assert inline_code(html) == []


def test_headers_do_not_depend_on_being_signed_in(django_user_model):
    """Published pages are the same for everybody (they become static files)."""
    anonymous = Client().get("/es/")
    user = django_user_model.objects.create_superuser("jefa", password="x" * 20)
    signed = Client()
    signed.force_login(user)
    response = signed.get("/es/")
    assert policy(response) == policy(anonymous)


def test_previews_keep_the_public_policy_but_may_be_framed_by_the_admin(django_user_model):
    """Wagtail renders previews through a dummy request for the page's public URL."""
    user = django_user_model.objects.create_superuser("revisora", password="x" * 20)
    client = Client()
    client.force_login(user)
    home = Page.objects.get(depth=2, locale__language_code="es")
    response = client.get(f"/admin/pages/{home.id}/view_draft/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["script-src"] == ["'self'", "'wasm-unsafe-eval'"]
    assert directives["style-src"] == ["'self'"]
