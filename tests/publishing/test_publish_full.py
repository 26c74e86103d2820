"""A full publish of the demo (in process): pages, 404s, sitemap, robots, feeds, calendars, assets."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import feedparser
import icalendar
import pytest
from django.conf import settings
from wagtail.models import Page

from content.models import EventPage, NewsPage
from publishing.render import output_path

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
LANGUAGES = ["es", "en", "qu", "ay"]


def public_pages():
    return Page.objects.live().public().filter(depth__gt=1).specific()


def test_every_live_public_page_of_every_language_is_a_file(site):
    current = site.root / "current"
    pages = list(public_pages())
    assert {page.locale.language_code for page in pages} == {"es", "en", "qu", "ay"}
    for page in pages:
        html = (current / output_path(page.url)).read_text()
        assert f'<html lang="{page.locale.language_code}">' in html, page.url
        assert f"<h1>{page.title}</h1>" in html.replace("&#x27;", "'"), page.url
    manifest = site.manifest(site.current_id())
    assert set(map(int, manifest["pages"])) == {page.pk for page in pages}


def test_nothing_in_a_published_page_depends_on_the_visitor(site):
    for path in (site.root / "current").rglob("index.html"):
        html = path.read_text()
        assert "csrfmiddlewaretoken" not in html
        assert "wagtail-userbar" not in html


@pytest.mark.parametrize(
    ("language", "title"),
    [("es", "Página no encontrada"), ("en", "Page not found"), ("qu", None), ("ay", None)],
)
def test_a_not_found_page_per_language(site, language, title):
    html = (site.root / "current" / language / "404.html").read_text()
    assert f'<html lang="{language}">' in html
    if title:
        assert title in html


def test_sitemap_lists_every_page_with_its_translations_as_alternates(site):
    """sitemap.xml is the index of one sitemap per language, which lists that language's pages."""
    current = site.root / "current"
    index = ET.parse(current / "sitemap.xml").getroot()
    children = [entry.find("s:loc", NS).text for entry in index.findall("s:sitemap", NS)]
    assert children == [f"{settings.PUBLIC_BASE_URL}/sitemap-{code}.xml" for code in LANGUAGES]
    assert all(entry.find("s:lastmod", NS) is not None for entry in index.findall("s:sitemap", NS))
    entries = {}
    for child in children:
        language = child.removesuffix(".xml").rpartition("-")[2]
        tree = ET.parse(current / child.removeprefix(settings.PUBLIC_BASE_URL + "/"))
        for url in tree.getroot().findall("s:url", NS):
            location = url.find("s:loc", NS).text
            assert location.startswith(f"{settings.PUBLIC_BASE_URL}/{language}/"), location
            entries[location] = {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            }
    for page in public_pages():
        location = settings.PUBLIC_BASE_URL + page.url
        assert location in entries, location
        translations = page.get_translations(inclusive=True).live().public()
        if translations.count() > 1:
            expected = {
                t.locale.language_code: settings.PUBLIC_BASE_URL + t.url for t in translations
            }
            expected["x-default"] = expected["es"]
            assert entries[location] == expected
        else:
            assert entries[location] == {}
    assert len(entries) == public_pages().count()


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_cms(site):
    robots = (site.root / "current" / "robots.txt").read_text()
    assert f"Sitemap: {settings.PUBLIC_BASE_URL}/sitemap.xml" in robots
    assert "Disallow: /admin/" in robots
    assert "Disallow: /es/search/" in robots


@pytest.mark.parametrize("name", ["news.rss", "news.atom"])
def test_news_feeds_parse_and_list_the_news_of_their_language(site, name):
    for language in ("es", "en"):
        feed = feedparser.parse((site.root / "current" / language / name).read_bytes())
        assert not feed.bozo, feed.bozo_exception
        news = NewsPage.objects.live().public().filter(locale__language_code=language)
        assert len(feed.entries) == news.count() > 0
        assert {entry.link for entry in feed.entries} == {
            settings.PUBLIC_BASE_URL + item.url for item in news
        }
        assert feed.feed.language.startswith(language) if name == "news.rss" else True
    empty = feedparser.parse((site.root / "current" / "qu" / name).read_bytes())
    assert not empty.bozo and empty.entries == []


def test_event_calendars_parse_with_every_event_of_their_language(site):
    for language in ("es", "en"):
        data = (site.root / "current" / language / "events.ics").read_bytes()
        assert all(len(line) <= 75 for line in data.split(b"\r\n"))
        calendar = icalendar.Calendar.from_ical(data)
        events = {str(event["URL"]): event for event in calendar.walk("VEVENT")}
        pages = EventPage.objects.live().public().filter(locale__language_code=language)
        assert len(events) == pages.count() > 0
        for page in pages:
            event = events[settings.PUBLIC_BASE_URL + page.url]
            assert str(event["SUMMARY"]) == page.title
            assert event.decoded("DTSTART") == page.start
            assert event.decoded("DTEND") == page.end


def test_assets_of_published_pages_are_in_the_release_with_compressed_twins(site):
    current = site.root / "current"
    referenced = set()
    for path in current.rglob("*.html"):
        referenced |= set(
            re.findall(r'(?:src|href)="(/(?:static|media|documents)/[^"]+)"', path.read_text())
        )
    assert any(url.startswith("/media/images/") for url in referenced)
    assert any(url.startswith("/documents/") for url in referenced)
    for url in referenced:
        assert (current / unquote(url).lstrip("/")).is_file(), url
    stylesheet = next(url for url in referenced if url.endswith(".css"))
    assert (current / (stylesheet.lstrip("/") + ".br")).is_file()
    assert (current / (stylesheet.lstrip("/") + ".gz")).is_file()


def test_the_brand_stylesheet_pages_ask_for_is_in_the_release(site, client):
    current = site.root / "current"
    home = (current / "es" / "index.html").read_text()
    assert re.search(r'<link rel="stylesheet" href="/brand\.css\?v=[0-9a-f]+">', home)
    published = (current / "brand.css").read_bytes()
    assert b"--brand-primary" in published
    assert published == client.get("/brand.css").content


@pytest.mark.django_db
def test_a_lost_rendition_is_made_again_for_the_release(tmp_path):
    from wagtail.images import get_image_model

    from publishing.assets import AssetCollector
    from publishing.writer import SiteWriter

    image = get_image_model().objects.get(title__startswith="Logo MTPE")
    rendition = image.get_rendition("height-96")
    lost = Path(settings.MEDIA_ROOT) / rendition.file.name
    lost.unlink()
    collector = AssetCollector(SiteWriter(tmp_path))
    collector.add({rendition.url})
    assert collector.skipped == set()
    assert (tmp_path / rendition.url.lstrip("/")).read_bytes() == lost.read_bytes()
