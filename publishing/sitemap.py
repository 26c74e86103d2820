"""The sitemaps (an index, `sitemap.xml`, and one `sitemap-<language>.xml` per language: every
published page, with its translations as hreflang alternates) and robots.txt.

They are built from the release manifest, so they list exactly the pages in the release. One
sitemap per language keeps an edit's rewrite (and its compression) to the language it touched:
at 10,000 pages the single sitemap was 5.7 MB to compress again on every edit.
"""

from collections import defaultdict
from datetime import datetime
from xml.sax.saxutils import quoteattr

from django.conf import settings

from core.paths import CMS_LANGUAGE_SECTIONS, NOT_FOR_CRAWLERS

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
INDEX = "sitemap.xml"


def absolute(path):
    return settings.PUBLIC_BASE_URL + path


def language_sitemap(code):
    return f"sitemap-{code}.xml"


def sitemaps(pages, languages=None):
    """{file name: bytes} of the index and of the sitemaps of `languages` (default: every
    language) that have pages.

    `pages`: manifest records {id: {"path", "locale", "key", "lastmod", ...}}."""
    translations, by_language = defaultdict(list), defaultdict(list)
    for record in pages.values():
        translations[record["key"]].append(record)
        by_language[record["locale"]].append(record)
    alternates = _Alternates(translations, settings.PUBLIC_BASE_URL, settings.LANGUAGE_CODE)
    files, index = {}, [XML_DECLARATION, f'<sitemapindex xmlns="{SITEMAP_NS}">']
    for code, _name in settings.LANGUAGES:
        if not by_language[code]:
            continue
        records = sorted(by_language[code], key=lambda record: record["path"])
        if languages is None or code in languages:
            files[language_sitemap(code)] = _document(
                _urlset(records, alternates, settings.PUBLIC_BASE_URL)
            )
        index += ["<sitemap>", f"<loc>{absolute('/' + language_sitemap(code))}</loc>"]
        dates = [_lastmod(record) for record in records if record["lastmod"]]
        if dates:
            index.append(f"<lastmod>{max(dates).isoformat()}</lastmod>")
        index.append("</sitemap>")
    index.append("</sitemapindex>")
    files[INDEX] = _document(index)
    return files


def _urlset(records, alternates, base_url):
    lines = [XML_DECLARATION, f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">']
    for record in records:
        lines.append("<url>")
        lines.append(f"<loc>{base_url}{record['path']}</loc>")
        if record["lastmod"]:
            lines.append(f"<lastmod>{_lastmod(record).isoformat()}</lastmod>")
        lines.extend(alternates[record["key"]])
        lines.append("</url>")
    lines.append("</urlset>")
    return lines


def _lastmod(record):
    return datetime.fromisoformat(record["lastmod"]).replace(microsecond=0)


def _document(lines):
    return ("\n".join(lines) + "\n").encode("utf-8")


class _Alternates(dict):
    """The hreflang lines of each translation key, made when a sitemap first asks for them (the
    same for a page and each of its translations)."""

    def __init__(self, translations, base_url, default_language):
        super().__init__()
        self.translations = translations
        self.base_url, self.default_language = base_url, default_language

    def __missing__(self, key):
        translations = self.translations[key]
        lines = self[key] = []
        if len(translations) < 2:
            return lines
        translations = sorted(translations, key=lambda other: other["locale"])
        for other in translations:
            href = _attribute(self.base_url + other["path"])
            lines.append(f'<xhtml:link rel="alternate" hreflang="{other["locale"]}" href={href}/>')
        for other in translations:
            if other["locale"] == self.default_language:
                href = _attribute(self.base_url + other["path"])
                lines.append(f'<xhtml:link rel="alternate" hreflang="x-default" href={href}/>')
                break
        return lines


def _attribute(value):
    """`quoteattr(value)`, without its work for the addresses that need none (nearly all)."""
    if any(character in value for character in "&<>\"'\n\r\t"):
        return quoteattr(value)
    return f'"{value}"'


def robots_txt():
    lines = ["User-agent: *"]
    for path in NOT_FOR_CRAWLERS:
        lines.append(f"Disallow: {path}")
    for code, _name in settings.LANGUAGES:
        for section in CMS_LANGUAGE_SECTIONS:
            lines.append(f"Disallow: /{code}/{section}/")
    lines.append("")
    lines.append(f"Sitemap: {absolute('/' + INDEX)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write(writer, pages, languages=None):
    """The index, robots.txt and the sitemaps of `languages` (default: every language); only
    the files whose bytes changed are written again."""
    files = sitemaps(pages, languages)
    present = {record["locale"] for record in pages.values()}
    for code, _name in settings.LANGUAGES:
        if code not in present and writer.exists(language_sitemap(code)):
            writer.remove(language_sitemap(code))
    for name, data in files.items():
        writer.write(name, data)
    writer.write("robots.txt", robots_txt())
