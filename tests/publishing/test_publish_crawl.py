"""The published demo served by a plain static file server (no Django): crawl it from /es/."""

import contextlib
import functools
import re
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urljoin, urlsplit

import feedparser
import icalendar

from publishing.redirects import read_table
from publishing.serve import is_dynamic

LANGUAGES = {"es", "en", "qu", "ay"}
VERSION_QUERY = re.compile(r"v=[0-9a-f]+")
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".webp": "image/webp",
        ".ics": "text/calendar",
    }

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def static_server(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class References(HTMLParser):
    ATTRIBUTES = {"href", "src", "srcset", "poster"}

    def __init__(self):
        super().__init__()
        self.found = []  # (tag, attribute, value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name not in self.ATTRIBUTES or not value:
                continue
            if name == "srcset":
                self.found += [(tag, name, part.split()[0]) for part in value.split(",")]
            else:
                self.found.append((tag, name, value))


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, None, b""


def crawl(base, public_base, starts):
    """Visit every internal link and asset from `starts`; returns (pages, broken, queries)."""
    queue, seen, pages, broken, queries = list(starts), set(starts), {}, [], []
    while queue:
        path = queue.pop()
        status, content_type, body = fetch(base + path)
        if status != 200:
            broken.append((path, status))
            continue
        if content_type != "text/html":
            continue
        pages[path] = body.decode()
        parser = References()
        parser.feed(pages[path])
        for _tag, _attribute, value in parser.found:
            url = urljoin(public_base + path, value)
            parts = urlsplit(url)
            if f"{parts.scheme}://{parts.netloc}" != public_base:
                continue  # another site
            if parts.query and not VERSION_QUERY.fullmatch(parts.query):
                queries.append((path, value))  # a cache-busting "?v=<hash>" is harmless
            if is_dynamic(parts.path, LANGUAGES) or parts.path in seen:
                continue
            seen.add(parts.path)
            queue.append(parts.path)
    return pages, broken, queries


def test_the_published_site_has_no_broken_link_and_every_page_of_every_language(
    published_portal,
):
    public_base = published_portal.env["PUBLIC_BASE_URL"]
    expected = set(published_portal.published_urls)
    assert {url.split("/")[1] for url in expected} == LANGUAGES
    # The redirects' old addresses are pages too on a plain static host (meta refresh).
    moved = {old + "/" for old in read_table(published_portal.current)}
    assert "/es/contacto/" in moved
    with static_server(published_portal.current) as base:
        reachable, _broken, _queries = crawl(base, public_base, ["/es/"])
        # Every page is there, including pages no menu links to (privacy notice, accessibility).
        pages, broken, queries = crawl(base, public_base, ["/es/", *sorted(expected | moved)])
        assert broken == []
        assert moved <= set(pages)
        assert queries == []  # a static server cannot answer query strings
        assert expected <= set(pages)
        assert {url.split("/")[1] for url in reachable} == LANGUAGES  # via the language switcher
        assert len(reachable) > 0.9 * len(expected)

        for language in ("es", "en"):
            for name in ("news.rss", "news.atom"):
                status, _type, body = fetch(f"{base}/{language}/{name}")
                feed = feedparser.parse(body)
                assert status == 200 and not feed.bozo and feed.entries
                for entry in feed.entries:
                    assert urlsplit(entry.link).path in pages
            status, _type, body = fetch(f"{base}/{language}/events.ics")
            events = icalendar.Calendar.from_ical(body).walk("VEVENT")
            assert status == 200 and events
            for event in events:
                assert urlsplit(str(event["URL"])).path in pages

        status, _type, body = fetch(f"{base}/sitemap.xml")  # the index of the languages' sitemaps
        assert status == 200
        listed = {}
        for sitemap in ET.fromstring(body).findall("s:sitemap", NS):
            status, _type, body = fetch(base + urlsplit(sitemap.find("s:loc", NS).text).path)
            assert status == 200
            for url in ET.fromstring(body).findall("s:url", NS):
                alternates = {
                    link.get("hreflang"): urlsplit(link.get("href")).path
                    for link in url.findall("x:link", NS)
                }
                listed[urlsplit(url.find("s:loc", NS).text).path] = alternates
        assert set(listed) == expected
        for path, alternates in listed.items():
            for language, alternate in alternates.items():
                assert alternate in expected
                if language != "x-default":
                    assert f'hreflang="{language}" href="{public_base}{alternate}"' in pages[path]
        assert len(listed["/es/"]) == 5  # es, en, qu, ay and x-default

        status, _type, _body = fetch(f"{base}/robots.txt")
        assert status == 200


def test_publish_prints_progress_and_pages_per_second(published_portal):
    output = published_portal.publish_output
    assert "Rendering pages:" in output
    assert "pages/s" in output
