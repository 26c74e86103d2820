"""Drafts, private pages and documents in private collections stay out of every public output.

Checked here: page serving by the CMS, site search, the published static site (its page files and
its sitemap.xml, after the portal's own incremental publish of the new pages) and the portal's JSON
API. Each check has a public control that must show up, so a broken output cannot pass by showing
nothing.
"""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from content.models import NewsIndexPage, NewsPage
from publishing.publisher import publish_changes
from publishing.targets import Changes
from tests.security.sample_files import pdf

pytestmark = pytest.mark.django_db
Document = get_document_model()
API_PAGES = "/api/v2/pages/"


@pytest.fixture
def visitor():
    return Client(HTTP_ACCEPT_LANGUAGE="es")


def add_news(slug, marker, live=True):
    parent = NewsIndexPage.objects.get(locale__language_code="es")
    page = parent.add_child(
        instance=NewsPage(title=f"Noticia {slug}", slug=slug, intro=f"Resumen con {marker}.")
    )
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.unpublish()
    return page


@pytest.fixture
def content():
    public = add_news("publica", "zorzalpublico")
    draft = add_news("borrador", "zorzalborrador", live=False)
    members = add_news("solo-editores", "zorzalprivado")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    secret = add_news("con-clave", "zorzalclave")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="clave-secreta"
    )
    # A live page with unpublished changes: the draft text must not leak.
    edited = add_news("editada", "zorzalvigente")
    edited.intro = "Resumen con zorzalcambio sin publicar."
    edited.save_revision()

    root = Collection.get_first_root_node()
    private = root.add_child(name="Documentos internos")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    hidden = Document.objects.create(
        title="Informe interno zorzaldoc",
        collection=private,
        file=ContentFile(pdf(), name="informe-interno.pdf"),
    )
    shown = Document.objects.create(
        title="Guía pública zorzaldoc",
        collection=root,
        file=ContentFile(pdf(), name="guia-publica.pdf"),
    )
    return {
        "public": public,
        "draft": draft,
        "members": members,
        "secret": secret,
        "edited": edited,
        "hidden": hidden,
        "shown": shown,
    }


def url_of(page):
    return NewsIndexPage.objects.get(locale__language_code="es").url + page.slug + "/"


def test_page_serving(visitor, content):
    assert "zorzalpublico" in visitor.get(url_of(content["public"])).content.decode()
    assert visitor.get(url_of(content["draft"])).status_code == 404
    members = visitor.get(url_of(content["members"]))
    assert members.status_code == 302 and "/login" in members["Location"]
    secret = visitor.get(url_of(content["secret"]))
    assert "zorzalclave" not in secret.content.decode()
    edited = visitor.get(url_of(content["edited"])).content.decode()
    assert "zorzalvigente" in edited and "zorzalcambio" not in edited


@pytest.mark.parametrize(
    ("key", "word", "found"),
    [
        ("public", "zorzalpublico", True),
        ("edited", "zorzalvigente", True),
        ("draft", "zorzalborrador", False),
        ("members", "zorzalprivado", False),
        ("secret", "zorzalclave", False),
        ("edited", "zorzalcambio", False),
    ],
)
@pytest.mark.postgres
def test_search(visitor, content, key, word, found):
    response = visitor.get("/es/search/", {"q": word})
    titles = [result.title for result in response.context["results"]]
    assert (content[key].title in titles) is found


@pytest.mark.postgres
def test_search_never_lists_documents(visitor, content):
    html = visitor.get("/es/search/", {"q": "zorzaldoc"}).content.decode()
    assert "Informe interno" not in html and "informe-interno" not in html


@pytest.fixture
def published(site, content):
    """The published site after the portal's incremental publish of every page of `content`."""
    pages = {page.pk for key, page in content.items() if isinstance(page, NewsPage)}
    report = publish_changes(Changes(pages=pages, reasons={"privacy test"}))
    assert report.kind == "incremental"
    return site.path(site.current_id())


def test_published_page_files(published, content):
    public = published / url_of(content["public"]).strip("/") / "index.html"
    assert "zorzalpublico" in public.read_text()
    for key in ("draft", "members", "secret"):
        assert not (published / url_of(content[key]).strip("/")).exists()
    edited = (published / url_of(content["edited"]).strip("/") / "index.html").read_text()
    assert "zorzalvigente" in edited and "zorzalcambio" not in edited
    texts = {".html", ".xml", ".json", ".txt", ".ics", ".rss", ".atom"}
    everything = " ".join(path.read_text() for path in published.rglob("*") if path.suffix in texts)
    for word in ("zorzalborrador", "zorzalprivado", "zorzalclave", "zorzalcambio", "Informe int"):
        assert word not in everything


def test_published_sitemap(published, content):
    xml = " ".join(path.read_text() for path in sorted(published.glob("sitemap*.xml")))
    assert "sitemap-es.xml" in xml  # the index, and the sitemaps it lists
    assert url_of(content["public"]) in xml
    for key in ("draft", "members", "secret"):
        assert url_of(content[key]) not in xml


@pytest.mark.postgres
def test_api_pages(visitor, content):
    listing = visitor.get(API_PAGES, {"limit": 100, "type": "content.NewsPage"}).json()
    ids = {item["id"] for item in listing["items"]}
    assert content["public"].id in ids
    for key in ("draft", "members", "secret"):
        assert content[key].id not in ids
        # Outside the language prefix a 404 is redirected to /es/…, which is a 404 too.
        detail = visitor.get(f"{API_PAGES}{content[key].id}/", follow=True)
        assert detail.status_code == 404
    edited = visitor.get(f"{API_PAGES}{content['edited'].id}/").json()
    assert "zorzalvigente" in edited["intro"]


@pytest.mark.postgres
def test_api_documents(visitor, content):
    listing = visitor.get("/api/v2/documents/", {"limit": 100}).json()
    ids = {item["id"] for item in listing["items"]}
    assert content["shown"].id in ids
    assert content["hidden"].id not in ids
    hidden = visitor.get(f"/api/v2/documents/{content['hidden'].id}/", follow=True)
    assert hidden.status_code == 404


def test_document_serving(visitor, content):
    assert visitor.get(content["shown"].url).status_code == 200
    hidden = visitor.get(content["hidden"].url)
    assert hidden.status_code == 302 and "/login" in hidden["Location"]
