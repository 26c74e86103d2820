"""sitemap.xml (every published page, with its translations as hreflang alternates) and robots.txt.

Both are built from the release manifest, so they list exactly the pages in the release.
"""

from collections import defaultdict
from datetime import datetime
from xml.sax.saxutils import quoteattr

from django.conf import settings

from core.paths import CMS_LANGUAGE_SECTIONS, NOT_FOR_CRAWLERS

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def absolute(path):
    return settings.PUBLIC_BASE_URL + path


def sitemap_xml(pages):
    """`pages`: manifest records {id: {"path", "locale", "key", "lastmod", ...}}."""
    groups = defaultdict(list)
    for record in pages.values():
        groups[record["key"]].append(record)
    alternates = {key: _alternates(records) for key, records in groups.items()}
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">',
    ]
    for record in sorted(pages.values(), key=lambda record: record["path"]):
        lines.append("<url>")
        lines.append(f"<loc>{absolute(record['path'])}</loc>")
        if record["lastmod"]:
            lastmod = datetime.fromisoformat(record["lastmod"]).replace(microsecond=0)
            lines.append(f"<lastmod>{lastmod.isoformat()}</lastmod>")
        lines.extend(alternates[record["key"]])
        lines.append("</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _alternates(translations):
    """The hreflang lines of a page and its translations (the same for each of them)."""
    if len(translations) < 2:
        return []
    translations = sorted(translations, key=lambda other: other["locale"])
    lines = [
        f'<xhtml:link rel="alternate" hreflang="{other["locale"]}" '
        f"href={quoteattr(absolute(other['path']))}/>"
        for other in translations
    ]
    default = next(
        (other for other in translations if other["locale"] == settings.LANGUAGE_CODE), None
    )
    if default:
        href = quoteattr(absolute(default["path"]))
        lines.append(f'<xhtml:link rel="alternate" hreflang="x-default" href={href}/>')
    return lines


def robots_txt():
    lines = ["User-agent: *"]
    for path in NOT_FOR_CRAWLERS:
        lines.append(f"Disallow: {path}")
    for code, _name in settings.LANGUAGES:
        for section in CMS_LANGUAGE_SECTIONS:
            lines.append(f"Disallow: /{code}/{section}/")
    lines.append("")
    lines.append(f"Sitemap: {absolute('/sitemap.xml')}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write(writer, pages):
    writer.write("sitemap.xml", sitemap_xml(pages))
    writer.write("robots.txt", robots_txt())
