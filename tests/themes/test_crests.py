"""Crest uploads: SVG sanitised, size/format/dimension rules, nothing half-saved.

Uploads go through the real admin views (single, multiple and chooser uploaders), logged in as
the Puno regional editors' group that `setup_roles` created.
"""

import io
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given
from hypothesis import settings as settings_
from hypothesis import strategies as st
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile
from wagtail.test.utils.form_data import nested_form_data
from wagtail.users.models import UserProfile

from network.models import RegionPage
from themes.svg import SvgRejected, sanitise_svg

pytestmark = pytest.mark.django_db

Image = get_image_model()

CRAFTED_SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="200" height="240" viewBox="0 0 200 240" onload="alert('onload')">
  <script type="text/javascript">alert('script')</script>
  <defs><path id="shield" d="M10 10h180v100c0 60-40 100-90 120C50 210 10 170 10 110z"/></defs>
  <use href="https://evil.example/sprite.svg#payload"/>
  <use xlink:href="http://evil.example/other.svg#x"/>
  <use href="#shield" fill="#1f4e79" onclick="steal()"/>
  <a href="javascript:alert('link')"><text x="100" y="130" text-anchor="middle">PU</text></a>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>
  <image href="https://evil.example/tracker.png" width="1" height="1"/>
  <style>@import url("https://evil.example/x.css"); text { fill: url(https://evil.example/f#g) }</style>
  <set attributeName="href" to="javascript:alert('set')"/>
</svg>
"""


def png(width, height, noise=False):
    """PNG bytes; with `noise` they do not compress, so size grows with the pixel count."""
    if noise:
        image = PILImage.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = PILImage.new("RGB", (width, height), (120, 30, 40))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=0 if noise else 6)
    return buffer.getvalue()


def collection(top, name):
    parent = Collection.objects.get(depth=2, name=top)
    return Collection.objects.get(name=name, path__startswith=parent.path, depth=3)


@pytest.fixture
def puno_client(client):
    user = get_user_model().objects.create_user("escudos.puno", "p@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name="Región Puno – editores"))
    english_admin(user)
    client.force_login(user)
    return client


def english_admin(user):
    """Admin messages in English, so the assertions below read them (Spanish is tested apart)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


@pytest.fixture
def crests():
    return collection(settings.PORTAL_CREST_COLLECTION, "Puno")


def stored_files():
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def upload(client, target, name, data, title="Escudo nuevo"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": title, "collection": target.pk, "file": SimpleUploadedFile(name, data)},
    )


# -- the sanitiser ----------------------------------------------------------------------------


def test_sanitiser_removes_scripts_handlers_and_external_references():
    result = sanitise_svg(CRAFTED_SVG)
    text = result.data.decode()
    for needle in [
        "<script",
        "alert(",
        "onload",
        "onclick",
        "evil.example",
        "javascript:",
        "foreignObject",
        "iframe",
        "@import",
        "<set",
    ]:
        assert needle not in text, needle
    # What draws the crest survives: the shield, its internal reference and the initials.
    assert 'id="shield"' in text and 'href="#shield"' in text and ">PU</text>" in text
    assert len(result.removed) >= 10


@pytest.mark.parametrize(
    "data",
    [
        b"<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>",  # not well-formed
        b"<html><body>not an svg</body></html>",
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&lol;</text></svg>',
        b'<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>',
    ],
)
def test_sanitiser_rejects_what_it_cannot_trust(data):
    with pytest.raises(SvgRejected):
        sanitise_svg(data)


def test_sanitiser_keeps_embedded_raster_images_and_fragments():
    data = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b'<image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>'
        b'<image href="data:image/svg+xml;base64,PHN2Zy8+" width="10" height="10"/>'
        b'<rect fill="url(#gradient)" width="10" height="10"/></svg>'
    )
    text = sanitise_svg(data).data.decode()
    assert "data:image/png;base64" in text and "url(#gradient)" in text
    assert "image/svg+xml" not in text


@pytest.mark.parametrize(
    "markup",
    [
        '<rect style="fill: u\\72l(https://evil.example/a)" width="1" height="1"/>',
        '<rect fill="u\\72l(//evil.example/a)" width="1" height="1"/>',
        '<rect fill="url(//evil.example/a#b)" width="1" height="1"/>',
        "<style>@\\69mport '//evil.example/x.css'; rect { fill: red }</style>",
        "<style>@import '//evil.example/x.css';</style>",
        "<style>rect { background: u\\72l(//evil.example/x) }</style>",
        "<style>rect { fill: url(//evil.example/x.svg#a) }</style>",
        '<image href="//evil.example/x.png" width="1" height="1"/>',
        '<use xlink:href="//evil.example/sprite.svg#a"/>',
        '<rect behaviour="url(//evil.example/x.htc)" width="1" height="1"/>',
    ],
)
def test_sanitiser_drops_css_escapes_and_protocol_relative_references(markup):
    data = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f"{markup}</svg>"
    ).encode()
    text = sanitise_svg(data).data.decode()
    assert "evil.example" not in text and "\\" not in text and "@" not in text, text


def demo_svgs():
    from demo.brand import DEFAULTS
    from demo.network import crest_svg

    yield from ((path.name, path.read_bytes()) for path in sorted(DEFAULTS.glob("*.svg")))
    yield "escudo-madre-de-dios.svg", crest_svg("Madre de Dios", 0)


def drawing(data):
    """What an SVG draws: every element with its attributes and text, in document order."""
    return [
        (element.tag, element.attrib, (element.text or "").strip(), (element.tail or "").strip())
        for element in ET.fromstring(data).iter()
    ]


@pytest.mark.parametrize("name,data", list(demo_svgs()))
def test_demo_crests_and_logos_come_through_unchanged(name, data):
    result = sanitise_svg(data)
    assert result.removed == []
    assert drawing(result.data) == drawing(data)


# -- uploads through the admin ----------------------------------------------------------------


def test_crafted_svg_crest_is_neutralised_on_upload(puno_client, crests):
    response = upload(puno_client, crests, "escudo-puno-nuevo.svg", CRAFTED_SVG)
    assert response.status_code == 302, response.context and response.context["form"].errors
    image = Image.objects.get(title="Escudo nuevo")
    assert image.collection == crests and (image.width, image.height) == (200, 240)
    with image.open_file() as handle:
        stored = handle.read().decode()
    for needle in ["<script", "onload", "onclick", "evil.example", "javascript:", "foreignObject"]:
        assert needle not in stored, needle
    assert ">PU</text>" in stored


def test_svg_is_refused_outside_crest_and_brand_collections(puno_client):
    media = collection(settings.PORTAL_REGIONS_COLLECTION, "Puno")
    before = (Image.objects.count(), stored_files())
    response = upload(puno_client, media, "logo.svg", CRAFTED_SVG)
    assert response.status_code == 200
    assert "SVG" in str(response.context["form"].errors["file"])
    assert (Image.objects.count(), stored_files()) == before


def test_malformed_svg_gets_a_clear_error_and_nothing_is_saved(puno_client, crests):
    before = (Image.objects.count(), stored_files())
    response = upload(
        puno_client,
        crests,
        "roto.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE x [<!ENTITY a "b">]>',
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert (Image.objects.count(), stored_files()) == before


def test_deeply_nested_svg_is_refused_with_a_form_error(puno_client, crests):
    nested = "<g>" * 3000 + '<rect width="80" height="80"/>' + "</g>" * 3000
    data = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80">' + nested + "</svg>"
    ).encode()
    before = (Image.objects.count(), stored_files())
    response = upload(puno_client, crests, "profundo.svg", data)
    assert response.status_code == 200
    assert "levels deep" in " ".join(response.context["form"].errors["file"])
    assert (Image.objects.count(), stored_files()) == before


def test_twenty_megabyte_png_is_rejected_with_a_message(puno_client, crests):
    data = png(2700, 2700, noise=True)
    assert len(data) > 20 * 1024 * 1024
    before = (Image.objects.count(), stored_files())
    response = upload(puno_client, crests, "escudo-enorme.png", data)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert "20" in errors and "MB" in errors, errors
    assert (Image.objects.count(), stored_files()) == before


def test_crest_size_dimension_and_format_limits_come_from_settings(puno_client, crests, settings):
    settings.PORTAL_CREST_MAX_BYTES = 50 * 1024
    before = (Image.objects.count(), stored_files())
    too_heavy = upload(puno_client, crests, "pesado.png", png(200, 200, noise=True))
    assert "limit for crests is 50.0\xa0KB" in " ".join(too_heavy.context["form"].errors["file"])
    too_large = upload(puno_client, crests, "grande.png", png(1500, 300))
    assert "1500 × 300" in " ".join(too_large.context["form"].errors["file"])
    too_small = upload(puno_client, crests, "mini.png", png(40, 40))
    assert "40 × 40" in " ".join(too_small.context["form"].errors["file"])
    jpeg = io.BytesIO()
    PILImage.new("RGB", (200, 200)).save(jpeg, format="JPEG")
    wrong_format = upload(puno_client, crests, "escudo.jpg", jpeg.getvalue())
    assert "PNG, WEBP, SVG" in " ".join(wrong_format.context["form"].errors["file"])
    assert (Image.objects.count(), stored_files()) == before
    assert upload(puno_client, crests, "bien.png", png(200, 240)).status_code == 302


def test_multiple_uploader_rejects_without_leaving_a_pending_upload(puno_client, crests):
    before = (Image.objects.count(), UploadedFile.objects.count(), stored_files())
    response = puno_client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "collection": crests.pk,
            "files[]": SimpleUploadedFile("grande.png", png(1500, 300)),
        },
    )
    payload = response.json()
    assert payload["success"] is False and "1500 × 300" in payload["error_message"]
    assert (Image.objects.count(), UploadedFile.objects.count(), stored_files()) == before


def test_chooser_uploader_sanitises_too(puno_client, crests):
    response = puno_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Escudo desde el selector",
            "image-chooser-upload-collection": crests.pk,
            "image-chooser-upload-file": SimpleUploadedFile("selector.svg", CRAFTED_SVG),
        },
    )
    assert response.status_code == 200
    image = Image.objects.get(title="Escudo desde el selector")
    with image.open_file() as handle:
        assert b"<script" not in handle.read()


def test_region_page_refuses_a_crest_that_breaks_the_rules(client):
    """Whatever collection an image comes from, a region's crest must meet the crest rules."""
    admin = get_user_model().objects.create_superuser("admin.escudos", "a@example.org", "x" * 16)
    english_admin(admin)
    client.force_login(admin)
    banner = Image(
        title="Banner de Puno",
        collection=collection(settings.PORTAL_REGIONS_COLLECTION, "Puno"),
        file=SimpleUploadedFile("banner.png", png(1500, 300)),
    )
    banner.save()
    puno = RegionPage.objects.get(ubigeo="21", locale__language_code="es")
    revisions = puno.revisions.count()
    data = nested_form_data(
        {
            "title": puno.title,
            "slug": puno.slug,
            "intro": puno.intro,
            "name": puno.name,
            "ubigeo": puno.ubigeo,
            "directorate": puno.directorate,
            "address": puno.address,
            "phone": puno.phone,
            "email": puno.email,
            "website": "",
            "crest": banner.pk,
            "crest_alt": "Foto",
            "body-count": 0,
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(puno.pk,)), data)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["crest"])
    assert "1500 × 300" in errors
    assert puno.revisions.count() == revisions
    puno.refresh_from_db()
    assert puno.crest.collection.get_parent().name == settings.PORTAL_CREST_COLLECTION


def test_crest_errors_come_in_the_editors_language(client, crests):
    user = get_user_model().objects.create_user("escudos.es", "e@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name="Región Puno – editores"))
    client.force_login(user)  # no preference: the admin speaks Spanish (LANGUAGE_CODE)
    response = upload(client, crests, "grande.png", png(1500, 300))
    assert (
        "El escudo debe medir entre 64 y 1200 píxeles por lado; este mide 1500 × 300."
        in (response.context["form"].errors["file"])
    )


# -- property: whatever comes in, the result is inert or refused -------------------------------

ELEMENTS = [
    "svg",
    "g",
    "rect",
    "script",
    "foreignObject",
    "use",
    "a",
    "image",
    "style",
    "set",
    "text",
    "feImage",
    "animate",
]
ATTRIBUTES = [
    "onload",
    "onClick",
    "href",
    "xlink:href",
    "style",
    "fill",
    "id",
    "width",
    "attributeName",
    "values",
]
VALUES = [
    "#a",
    "javascript:alert(1)",
    "https://evil.example/x",
    "//evil.example/x.css",
    "url(https://e/x)",
    "url(//evil.example/x)",
    "u\\72l(//evil.example/x)",
    "fill: u\\72l(https://evil.example/x)",
    "fill:red;background:url(//evil.example/x)",
    "red",
    "10",
]
TEXTS = [
    "",
    "alert(2)",
    "@import url(x);",
    "@\\69mport '//evil.example/x.css';",
    "rect { fill: u\\72l(//evil.example/x) }",
    "rect { fill: red } /* } @import '//evil.example/y.css'; */",
    "PU",
]


@st.composite
def svg_documents(draw):
    def element(depth):
        name = draw(st.sampled_from(ELEMENTS))
        attributes = "".join(
            f' {draw(st.sampled_from(ATTRIBUTES))}="{draw(st.sampled_from(VALUES))}"'
            for _ in range(draw(st.integers(0, 3)))
        )
        children = "".join(
            element(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 3 else 0)))
        )
        text = draw(st.sampled_from(TEXTS))
        return f"<{name}{attributes}>{text}{children}</{name}>"

    body = element(0)
    depth = draw(st.one_of(st.just(0), st.integers(1, 3000)))  # and sometimes very deep
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f"{'<g>' * depth}{body}{'</g>' * depth}</svg>"
    ).encode()


@settings_(max_examples=150, deadline=None)
@given(st.one_of(svg_documents(), st.binary(max_size=300)))
def test_sanitised_svg_never_keeps_active_content(data):
    try:
        result = sanitise_svg(data)
    except SvgRejected:
        return
    # CSS escapes, @-rules, absolute and protocol-relative addresses never survive.
    active = re.compile(r"javascript:|@|\\|//|url\((?!#)|evil\.example", re.I)
    for element in ET.fromstring(result.data).iter():
        local = element.tag.rsplit("}", 1)[-1]
        assert local not in {"script", "foreignObject", "set", "iframe", "feImage", "animate"}
        for name, value in element.attrib.items():
            assert not name.rsplit("}", 1)[-1].lower().startswith("on"), name
            assert not active.search(value), (name, value)
            if name.endswith("href"):
                assert value.startswith(("#", "data:image/")), value
        if local == "style":
            assert not active.search(element.text or "")
    sanitise_svg(result.data)  # the output is itself a valid SVG document


def test_the_brand_team_uploads_an_svg_logo_into_its_only_collection(client):
    """The DGSENEP group may add to the brand collection only: Wagtail hides the collection field."""
    user = get_user_model().objects.create_user("imagen.dgsenep", "i@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name="DGSENEP – Imagen institucional"))
    english_admin(user)
    client.force_login(user)
    brand = Collection.objects.get(depth=2, name=settings.PORTAL_BRAND_COLLECTION)
    logo = (Path(settings.BASE_DIR) / "themes" / "brand_defaults" / "senep-logo.svg").read_bytes()
    assert b'name="collection"' not in client.get(reverse("wagtailimages:add")).content
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Logo SENEP 2027", "file": SimpleUploadedFile("senep-2027.svg", logo)},
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert Image.objects.get(title="Logo SENEP 2027").collection == brand
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("senep-2028.svg", logo)},
    )
    assert response.json()["success"] is True, response.json()
    assert Image.objects.filter(file__contains="senep-2028", collection=brand).exists()
