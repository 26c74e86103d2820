"""A regional editor's rich text cannot carry script to visitors, on the page or through the API.

The editor is not trusted with markup: the admin form receives Draftail's JSON, which an editor
(or someone holding their session) can forge. Every forged payload below goes through the real
admin "publish" request; what comes out on the public page and in the API must be inert.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from content.models import LegislationIndexPage, LegislationPage, NewsIndexPage, NewsPage
from tests.security.inertness import active_content

pytestmark = pytest.mark.django_db

SCRIPT_TEXT = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def block(key, text, entities=(), kind="unstyled"):
    return {
        "key": key,
        "type": kind,
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [{"offset": 0, "length": len(text), "key": e} for e in entities],
        "data": {},
    }


def forged_contentstate():
    """Draftail JSON as an attacker would write it by hand."""
    return json.dumps(
        {
            "blocks": [
                block("a1", SCRIPT_TEXT),
                block("a2", "Más información", entities=[0]),
                block("a3", "Enlace disfrazado", entities=[1]),
                block("a4", "Atributo inyectado", entities=[2]),
                block("a5", " ", entities=[3], kind="atomic"),
                block("a6", "Incrustado", entities=[4], kind="atomic"),
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert(1)"},
                },
                "1": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": " jAvA\tsCrIpT:alert(document.cookie)"},
                },
                "2": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": 'https://www.gob.pe/" onmouseover="alert(2)'},
                },
                "3": {
                    "type": "IMAGE",
                    "mutability": "IMMUTABLE",
                    "data": {"id": 1, "src": "x", "alt": '" onerror="alert(3)', "format": "left"},
                },
                "4": {
                    "type": "EMBED",
                    "mutability": "IMMUTABLE",
                    "data": {"url": "javascript:alert(4)", "html": "<script>alert(5)</script>"},
                },
            },
        }
    )


@pytest.fixture
def regional_editor():
    """An editor who may add, change and publish under the Spanish news and legislation indexes."""
    group = Group.objects.create(name="Editores DRTPE Cusco")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for index in (
        NewsIndexPage.objects.get(locale__language_code="es"),
        LegislationIndexPage.objects.get(locale__language_code="es"),
    ):
        for permission_type in ("add", "change", "publish"):
            GroupPagePermission.objects.create(
                group=group, page=index, permission_type=permission_type
            )
    user = get_user_model().objects.create_user("editor.cusco", password="x" * 20)
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


def publish(client, model, parent, data):
    url = f"/admin/pages/add/content/{model._meta.model_name}/{parent.id}/"
    response = client.post(url, nested_form_data({**data, "action-publish": "publish"}))
    assert response.status_code == 302, response.content.decode()[-2000:]
    return model.objects.get(title=data["title"])


@pytest.fixture
def api_client():
    return Client()


def assert_inert(html):
    """Nothing that could run: no script element, no on* attribute, no javascript: URL."""
    assert active_content(html) == []


def test_forged_rich_text_in_a_stream_field_is_inert(regional_editor, api_client):
    parent = NewsIndexPage.objects.get(locale__language_code="es")
    page = publish(
        regional_editor,
        NewsPage,
        parent,
        {
            "title": "Feria laboral en Cusco",
            "slug": "feria-laboral-cusco",
            "intro": '<b onmouseover="alert(6)">Resumen</b>',
            "date": "2026-11-20",
            "scope": "national",
            "body": streamfield([("paragraph", forged_contentstate())]),
        },
    )
    html = api_client.get(page.url).content.decode()
    assert "Más información" in html and "Enlace disfrazado" in html, "the text itself survives"
    assert_inert(html)
    assert "&lt;script&gt;" in html, "typed markup is shown as text"

    detail = api_client.get(f"/api/v2/pages/{page.id}/").json()
    body = json.dumps(detail["body"], ensure_ascii=False)
    assert "Más información" in body
    for item in detail["body"]:
        if isinstance(item["value"], str):
            assert_inert(item["value"])
    assert "javascript:" not in body.lower()


def test_forged_rich_text_in_a_rich_text_field_is_inert(regional_editor, api_client):
    parent = LegislationIndexPage.objects.get(locale__language_code="es")
    page = publish(
        regional_editor,
        LegislationPage,
        parent,
        {
            "title": "Ordenanza regional de prueba",
            "slug": "ordenanza-regional-prueba",
            "intro": "Resumen.",
            "number": "001-2026",
            "norm_type": "resolucion",
            "date_issued": "2026-01-15",
            "scope": "national",
            "status": "vigente",
            "summary": forged_contentstate(),
            "official_url": "",
            "amendments": inline_formset([]),
        },
    )
    html = api_client.get(page.url).content.decode()
    assert "Más información" in html
    assert_inert(html)

    detail = api_client.get(f"/api/v2/pages/{page.id}/").json()
    assert "Más información" in detail["summary"]
    assert_inert(detail["summary"])


@pytest.mark.parametrize(
    "value",
    [
        '<p onclick="alert(7)">Hola<script>alert(8)</script>',
        '{"blocks": "<script>alert(9)</script>"}',
        '{"blocks": [{"key": "b", "text": "x", "type": "unstyled", "depth": 0,'
        ' "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 1, "key": 9}]}],'
        ' "entityMap": {}}',
        "[]",
    ],
)
def test_malformed_editor_input_is_refused_without_a_server_error(regional_editor, value):
    parent = NewsIndexPage.objects.get(locale__language_code="es")
    url = f"/admin/pages/add/content/newspage/{parent.id}/"
    data = {
        "title": "Nota con HTML crudo",
        "slug": "nota-html-crudo",
        "intro": "Resumen.",
        "date": "2026-11-21",
        "scope": "national",
        "body": streamfield([("paragraph", value)]),
        "action-publish": "publish",
    }
    response = regional_editor.post(url, nested_form_data(data))
    assert response.status_code < 500
    assert not NewsPage.objects.filter(slug="nota-html-crudo").exists()
