"""The headless API: response shape per page type (golden files), filters, privacy, bad input.

Regenerate the golden files after an intended change with `UPDATE_GOLDEN=1 pytest tests/api`.
"""

import json
import os
import re
from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from agencies.models import OfferCheckPage
from content.models import (
    ContestsVideosPage,
    CountryGuideIndexPage,
    CountryGuidePage,
    EventIndexPage,
    EventPage,
    HomePage,
    LegislationIndexPage,
    LegislationPage,
    LineOfActionPage,
    LinksPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    StudyIndexPage,
    StudyPage,
    TopicPage,
    VideoPage,
)
from demo.files import image_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

GOLDEN = Path(__file__).parent / "golden"
PAGE_TYPES = [
    HomePage,
    LineOfActionPage,
    TopicPage,
    StandardPage,
    CountryGuideIndexPage,
    CountryGuidePage,
    LegislationIndexPage,
    LegislationPage,
    NewsIndexPage,
    NewsPage,
    EventIndexPage,
    EventPage,
    StudyIndexPage,
    StudyPage,
    LinksPage,
    ContestsVideosPage,
    VideoPage,
    OfferCheckPage,
]
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBERED_URL = re.compile(r"/(pages|images|documents)/\d+/")
ID_KEYS = {"id", "page", "image", "document"}


def normalise(data, key=None):
    """Replace what varies between databases and days (ids, uuids, dates) by placeholders."""
    if isinstance(data, dict):
        return {k: normalise(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [normalise(item, key) for item in data]
    if isinstance(data, int) and not isinstance(data, bool) and key in ID_KEYS:
        return "<id>"
    if isinstance(data, str):
        if UUID.match(data):
            return "<uuid>"
        if DATETIME.match(data):
            return "<datetime>"
        if DATE.match(data) and key not in ("title",):
            return "<date>"
        return NUMBERED_URL.sub(r"/\1/<id>/", data)
    return data


def example(model):
    """The richest Spanish page of a type: the one with amendments for legislation."""
    pages = model.objects.live().public().filter(locale__language_code="es").order_by("path")
    if model is LegislationPage:
        pages = pages.filter(amendments__isnull=False, document__isnull=False)
    if model is NewsPage:
        pages = pages.filter(image__isnull=False)
    return pages.first()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_detail_matches_its_golden_file(client, model):
    page = example(model)
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    data = normalise(response.json())
    golden = GOLDEN / f"{model.__name__}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    assert data == json.loads(golden.read_text())


def test_every_page_type_is_pinned():
    names = {path.stem for path in GOLDEN.glob("*.json")}
    assert names == {model.__name__ for model in PAGE_TYPES}


def test_structured_fields_rich_text_as_html_and_absolute_urls(client):
    norm = example(LegislationPage)
    data = client.get(f"/api/v2/pages/{norm.pk}/").json()
    assert data["meta"]["html_url"] == f"http://testserver{norm.url}"
    assert data["number"] == norm.number and data["status"] == norm.status
    assert data["document"]["meta"]["download_url"].startswith("http://testserver/documents/")
    amending = [item["amending_norm"] for item in data["amendments"]]
    assert amending and all(item["meta"]["html_url"].startswith("http://") for item in amending)
    amender = LegislationPage.objects.get(pk=norm.amendments.first().amending_norm_id)
    amends = client.get(f"/api/v2/pages/{amender.pk}/").json()["amends"]
    assert {
        "id": norm.pk,
        "title": norm.title,
        "html_url": f"http://testserver{norm.url}",
    } in amends

    guide = CountryGuidePage.objects.get(locale__language_code="es", country_code="ES")
    data = client.get(f"/api/v2/pages/{guide.pk}/").json()
    assert data["health"].startswith("<") and "linktype" not in data["health"]
    assert data["last_reviewed"] and data["next_review_due"]
    paragraphs = [block["value"] for block in data["work_permit"] if block["type"] == "paragraph"]
    assert paragraphs and all("<p>" in html for html in paragraphs)
    for html in paragraphs:
        assert 'href="/' not in html  # same-site links come out absolute

    event = EventPage.objects.live().filter(locale__language_code="es").first()
    data = client.get(f"/api/v2/pages/{event.pk}/").json()
    assert {"start", "end", "place", "online_url", "scope"} <= set(data)


def test_filters_by_type_locale_and_parent(client):
    data = client.get("/api/v2/pages/?type=content.NewsPage&locale=en&fields=date,scope").json()
    news = NewsPage.objects.live().public().filter(locale__language_code="en")
    assert {item["id"] for item in data["items"]} == set(news.values_list("pk", flat=True))
    assert all(item["meta"]["type"] == "content.NewsPage" for item in data["items"])

    index = NewsIndexPage.objects.get(locale__language_code="es")
    data = client.get(f"/api/v2/pages/?child_of={index.pk}").json()
    children = index.get_children().live().public()
    assert {item["id"] for item in data["items"]} == set(children.values_list("pk", flat=True))

    homes = client.get("/api/v2/pages/?type=content.HomePage").json()
    assert {item["meta"]["locale"] for item in homes["items"]} == {"es", "en", "qu", "ay"}


def all_ids(client, endpoint):
    ids, offset = set(), 0
    while True:
        data = client.get(f"/api/v2/{endpoint}/?limit=100&offset={offset}").json()
        ids |= {item["id"] for item in data["items"]}
        offset += 100
        if offset >= data["meta"]["total_count"]:
            return ids


def test_private_pages_and_private_collections_never_appear(client, admin_client):
    guide = CountryGuidePage.objects.get(locale__language_code="es", country_code="IT")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    private = Collection.get_first_root_node().add_child(name="Reservado")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    inner = private.add_child(name="Reservado / interno")
    data = image_bytes("Imagen reservada")
    image = get_image_model().objects.create(
        title="Imagen reservada", collection=inner, file=ImageFile(BytesIO(data), name="r.png")
    )
    document = get_document_model()(title="Informe reservado", collection=private)
    document.file.save("informe.pdf", ContentFile(b"%PDF-1.4 reservado"), save=True)
    news = NewsPage.objects.live().filter(locale__language_code="es").first()
    news.image = image
    news.save_revision().publish()

    for api_client in (client, admin_client):  # an editor's session passes the restrictions
        assert guide.pk not in all_ids(api_client, "pages")
        assert api_client.get(f"/api/v2/pages/{guide.pk}/").status_code == 404
        assert image.pk not in all_ids(api_client, "images")
        assert api_client.get(f"/api/v2/images/{image.pk}/").status_code == 404
        assert document.pk not in all_ids(api_client, "documents")
        assert api_client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
        assert api_client.get(f"/api/v2/pages/{news.pk}/").json()["image_thumbnail"] is None
    public = Page.objects.live().public().filter(depth__gt=1).count()
    assert client.get("/api/v2/pages/").json()["meta"]["total_count"] == public


@pytest.mark.parametrize(
    "query",
    [
        "pages/?limit=abc",
        "pages/?offset=-1",
        "pages/?fields=nope",
        "pages/?type=content.Nope",
        "pages/?child_of=abc",
        "pages/?order=nope",
        "pages/?rich_text_format=bogus",
        "pages/?unknown=1",
        "images/?fields=secret",
    ],
)
def test_bad_queries_are_400_with_a_message(client, query):
    response = client.get(f"/api/v2/{query}")
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize("path", ["pages/99999999/", "images/99999999/", "documents/99999999/"])
def test_missing_objects_are_404_not_a_redirect(client, path):
    response = client.get(f"/api/v2/{path}")
    assert response.status_code == 404
    assert response.json()["message"]
