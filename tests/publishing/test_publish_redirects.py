"""Renamed pages keep their old addresses on the published site: Wagtail's redirects (automatic on
rename or move, and those editors add) answer 301 in `make run`'s static layer and nginx, and a
page with `<meta http-equiv=refresh>` on a plain static host (nginx: test_publish_nginx.py)."""

import json
import re

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from content.models import TopicPage
from network.models import RegionPage
from publishing.redirects import CHANGED_STAMP
from publishing.serve import StaticSite
from tests.publishing.static_layer import Cms, request
from tests.publishing.test_publish_crawl import crawl, static_server

pytestmark = pytest.mark.django_db

REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')


def static_layer(site):
    cms = Cms()
    return StaticSite(cms, root=site.root), cms


def html_redirect(site, old_path):
    """The new address in the meta refresh page at `old_path`, and its canonical URL."""
    body = (site.root / "current" / old_path.strip("/") / "index.html").read_text()
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', body).group(1)
    return REFRESH.search(body).group(1), canonical


def test_the_editors_redirects_answer_301_and_hidden_server_files_are_not_served(
    published_demo,
):
    for old in ("/es/contacto/", "/es/contacto"):
        status, headers, _body = published_demo(old)
        assert (status, headers["Location"]) == (301, "/es/contactenos/")
    status, headers, _body = published_demo("/en/offices/")
    assert (status, headers["Location"]) == (301, "/en/senep-network/")
    assert headers["Cache-Control"] == "max-age=60, public"
    assert "Content-Security-Policy" in headers
    # The redirect table is for the web server, not for visitors.
    for hidden in ("/.server/redirects.json", "/.server/redirects-301.map"):
        assert published_demo(hidden)[0] == 404


def test_renaming_a_section_keeps_every_old_address_and_the_site_has_no_broken_link(
    site, django_capture_on_commit_callbacks
):
    section = RegionPage.objects.get(locale__language_code="es", slug="puno")
    children = list(section.get_descendants().live().order_by("path"))
    old_urls = [section.url] + [child.url for child in children]
    section.slug = f"{section.slug}-2027"
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    new_urls = [Page.objects.get(pk=page.pk).url for page in [section, *children]]
    assert new_urls[0].endswith("-2027/") and children

    layer, cms = static_layer(site)
    for old, new in zip(old_urls, new_urls, strict=True):
        status, headers, _body = request(layer, old)
        assert (status, headers["Location"]) == (301, new), old
        assert request(layer, new)[0] == 200
        target, canonical = html_redirect(site, old)
        assert (target, canonical) == (new, "http://testserver" + new)
    assert cms.calls == []
    maps = (site.root / "current" / ".server" / "redirects-301.map").read_text()
    assert f'"{old_urls[0]}" "{new_urls[0]}";' in maps
    assert f'"{old_urls[0].rstrip("/")}" "{new_urls[0]}";' in maps
    assert (site.root / CHANGED_STAMP).exists()  # nginx is told to reload its maps

    with static_server(site.root / "current") as base:
        pages, broken, _queries = crawl(base, "http://testserver", ["/es/", *old_urls])
    assert broken == []
    assert set(old_urls) | set(new_urls) <= set(pages)


def test_a_deleted_redirect_leaves_and_a_page_at_the_old_address_wins(
    site, django_capture_on_commit_callbacks
):
    layer, _cms = static_layer(site)
    with django_capture_on_commit_callbacks(execute=True):
        Redirect.objects.get(old_path="/es/contacto").delete()
    assert request(layer, "/es/contacto/")[0] == 404
    assert not (site.root / "current" / "es" / "contacto").exists()

    topic = TopicPage.objects.live().filter(locale__language_code="es").first()
    with django_capture_on_commit_callbacks(execute=True):
        Redirect.add_redirect(topic.url, redirect_to="https://www.gob.pe/mtpe")
        Redirect.add_redirect("/es/mtpe", redirect_to="https://www.gob.pe/mtpe", is_permanent=False)
    assert request(layer, topic.url)[0] == 200  # the page, not the redirect
    status, headers, _body = request(layer, "/es/mtpe/")
    assert (status, headers["Location"]) == (302, "https://www.gob.pe/mtpe")
    table = json.loads((site.root / "current" / ".server" / "redirects.json").read_text())
    assert topic.url.rstrip("/") not in table
    assert (
        '"/es/mtpe/" "https://www.gob.pe/mtpe";'
        in (site.root / "current" / ".server" / "redirects-302.map").read_text()
    )
