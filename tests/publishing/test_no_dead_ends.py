"""No dead ends in any language: a Quechua or Aymara visitor reaches, without switching language,
every Spanish page a Spanish visitor reaches in three clicks, in at most four (the page itself, or
its translation). Crawled on the published demo, as the static site serves it."""

import re
from collections import deque
from html.parser import HTMLParser

import pytest

SPANISH_DEPTH = 3
OTHER_DEPTH = 4
SKIPPED = ("/static/", "/media/", "/documents/", "/pagefind/", "/api/", "/admin/")


class Links(HTMLParser):
    """The page's links a visitor follows (the language switcher aside), and its Spanish
    alternate (hreflang="es"), if any."""

    def __init__(self):
        super().__init__()
        self.links, self.spanish = [], None
        self._switcher = 0
        self._nav_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav":
            self._nav_depth += 1
            if "language-switcher" in (attrs.get("class") or ""):
                self._switcher = self._nav_depth
        elif tag == "a" and not self._switcher and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang") == "es":
            self.spanish = re.sub(r"^https?://[^/]+", "", attrs["href"])

    def handle_endtag(self, tag):
        if tag == "nav":
            if self._switcher == self._nav_depth:
                self._switcher = 0
            self._nav_depth -= 1


def crawl(published_demo, start, depth):
    """{page path: (clicks from `start`, its Spanish path)} for every page within `depth`."""
    seen = {start: 0}
    spanish = {}
    queue = deque([start])
    while queue:
        path = queue.popleft()
        status, _headers, body = published_demo(path)
        if status != 200:
            continue
        parser = Links()
        parser.feed(body.decode())
        spanish[path] = path if path.startswith("/es/") else parser.spanish
        if seen[path] == depth:
            continue
        for href in parser.links:
            href = href.split("#")[0]
            if not href.startswith("/") or "?" in href or not href.endswith("/"):
                continue
            if href.startswith(SKIPPED) or href in seen:
                continue
            seen[href] = seen[path] + 1
            queue.append(href)
    return {path: (clicks, spanish.get(path)) for path, clicks in seen.items() if path in spanish}


@pytest.mark.parametrize("language", ["qu", "ay"])
def test_every_spanish_page_near_the_spanish_home_is_near_the_home_of_every_language(
    published_demo, language
):
    spanish = {
        path: clicks
        for path, (clicks, _es) in crawl(published_demo, "/es/", SPANISH_DEPTH).items()
        if path.startswith("/es/")
    }
    assert len(spanish) > 50  # the crawl really went through the site
    reached = {}
    for _path, (clicks, es_path) in crawl(published_demo, f"/{language}/", OTHER_DEPTH).items():
        if es_path and clicks < reached.get(es_path, OTHER_DEPTH + 1):
            reached[es_path] = clicks
    missing = sorted(path for path in spanish if path not in reached)
    assert not missing, f"{len(missing)} of {len(spanish)} pages: {missing[:20]}"


TOPICS = re.compile(r'<section class="topics".*?</section>', re.S)
HREF = re.compile(r'<a href="([^"]+)"( hreflang="es")?>(.*?)</a>', re.S)


def alternate(published_demo, path):
    parser = Links()
    parser.feed(published_demo(path)[2].decode())
    return path if path.startswith("/es/") else parser.spanish


@pytest.mark.parametrize("language", ["en", "qu", "ay"])
def test_every_section_links_on_to_all_its_sub_sections_in_every_language(published_demo, language):
    """A line of action lists every sub-section its Spanish page lists: the translation where
    there is one, else the Spanish page, marked as such (hreflang and a visible "(Español)")."""
    home = published_demo(f"/{language}/")[2].decode()
    nav = re.search(r'<ul class="main-nav__lines">(.*?)</ul>', home, re.S).group(1)
    lines = re.findall(r'<a href="([^"]+)"', nav)
    assert len(lines) == 4
    for line in lines:
        page = published_demo(line)[2].decode()
        spanish_line = alternate(published_demo, line)
        spanish = TOPICS.search(published_demo(spanish_line)[2].decode())
        expected = [href for href, _es, _text in HREF.findall(spanish.group(0))] if spanish else []
        topics = TOPICS.search(page)
        found = HREF.findall(topics.group(0)) if topics else []
        assert [alternate(published_demo, href) for href, _es, _text in found] == expected, line
        for href, hreflang, text in found:
            if href.startswith("/es/"):
                assert hreflang and '<span class="link-language" lang="es">(Español)</span>' in text
