"""Wagtail's redirects on the published site.

Wagtail records a redirect when a page is renamed or moved, and editors add their own (Settings →
Redirects), but the static site never reaches the CMS's RedirectMiddleware. Every publish writes
each redirect that the site can answer three ways, for three kinds of server:

- `<old address>/index.html`: a tiny page with `<meta http-equiv="refresh">` and `rel=canonical`
  to the new address, for plain static hosts (no server configuration at all);
- `.server/redirects.json`: {old path: [new URL, status]}, read by `make run`'s static layer
  (publishing.serve), which answers 301 (or 302 for a temporary redirect);
- `.server/redirects-301.map` and `.server/redirects-302.map`: nginx `map` entries included by
  deploy/nginx/infomigra.conf.template, which answers 301/302 (nginx reads them when reloaded:
  PUBLISH_ROOT/redirects.changed is touched when they change, see docs/operations.md).

A redirect is left out when its old address is a published page or file (a page wins, as in
Wagtail), has a query string, lies under the CMS's own paths, or points to a page that is not
published.
"""

import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from core.paths import CMS_LANGUAGE_SECTIONS, CMS_PREFIXES

SERVER_FOLDER = ".server"  # files for the web server, never served (see publishing.serve)
TABLE = f"{SERVER_FOLDER}/redirects.json"
NGINX_MAPS = {301: f"{SERVER_FOLDER}/redirects-301.map", 302: f"{SERVER_FOLDER}/redirects-302.map"}
CHANGED_STAMP = "redirects.changed"  # in PUBLISH_ROOT, touched when the nginx maps change
# What an nginx map key (a decoded $uri) or value may contain without quoting rules or variables.
SAFE_FOR_NGINX = re.compile(r"^[^\s\"'\\;{}$#]+$")


def lookup_key(path):
    """The form of a path the table is keyed by: decoded, without its trailing slash."""
    return path.rstrip("/") or "/"


def answered_by_the_cms(old_path):
    """Addresses only the CMS answers: its own redirects apply there (RedirectMiddleware)."""
    parts = old_path.split("/")
    in_language_section = len(parts) > 2 and parts[2] in CMS_LANGUAGE_SECTIONS
    return (old_path + "/").startswith(CMS_PREFIXES) or in_language_section


def redirect_table(renderer, published_ids, taken):
    """{old path: (new URL, status)} of every redirect the published site can answer.

    `published_ids`: the ids of the published pages; `taken(old_path)`: True when the release
    has a page or file at that address.
    """
    site = Site.objects.filter(is_default_site=True).first()
    table = {}
    for redirect in (
        Redirect.get_for_site(site).select_related("redirect_page").order_by("site_id", "old_path")
    ):
        old = redirect.old_path
        if "?" in old or ";" in old or old == "/" or answered_by_the_cms(old):
            continue
        if redirect.redirect_page_id:
            if redirect.redirect_page_id not in published_ids:
                continue
            _site, target = renderer.url_of(redirect.redirect_page.specific_deferred)
            if target is None:
                continue
            if redirect.redirect_page_route_path:
                target = target.rstrip("/") + redirect.redirect_page_route_path
        else:
            target = redirect.redirect_link
            if urlsplit(target).scheme not in ("http", "https") and not target.startswith("/"):
                continue
        if taken(old) or lookup_key(old) in table and redirect.site_id is None:
            continue  # a page wins; a redirect for the site wins over one for every site
        table[lookup_key(old)] = (iri_to_uri(target), 301 if redirect.is_permanent else 302)
    return table


def redirect_page(old_path, target):
    """The HTML answer for plain static hosts, in the language of the old address."""
    language = old_path.split("/")[1] if old_path.count("/") > 1 else ""
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    absolute = target if urlsplit(target).scheme else settings.PUBLIC_BASE_URL + target
    with translation.override(language):
        return render_to_string(
            "publishing/redirect.html",
            {"target": target, "canonical": absolute, "language": language},
        ).encode()


def html_path(old_path):
    """Where the HTML redirect lives; None for an address a folder's index cannot answer (a
    "file" such as /old.pdf: the table and nginx still redirect it)."""
    last = old_path.rstrip("/").rsplit("/", 1)[-1]
    return None if "." in last else f"{old_path.strip('/')}/index.html"


def nginx_map(table, status):
    lines = []
    for old, (target, code) in sorted(table.items()):
        if code != status or not (SAFE_FOR_NGINX.match(old) and SAFE_FOR_NGINX.match(target)):
            continue
        keys = [old] if html_path(old) is None else [old, old + "/"]
        lines.extend(f'"{key}" "{target}";' for key in keys)
    return ("\n".join(lines) + "\n" if lines else "").encode()


def write(writer, renderer, published_ids, pages, previous):
    """Write the redirects into the release being built; returns the table for its manifest.

    `pages`: the manifest's page records (their paths are taken); `previous`: the table of the
    release this one starts from (its HTML files are removed when their redirect went away).
    """
    in_use = {
        record["path"] + subpath
        for record in pages.values()
        for subpath in ["", *record.get("subpaths", [])]
    }
    previous_files = {html_path(old) for old in previous} - {None}

    def taken(old):
        key = lookup_key(old)
        if key + "/" in in_use:
            return True
        html = html_path(old)
        if html:
            return html not in previous_files and writer.exists(html)
        return writer.exists(key.lstrip("/"))  # a file such as /sitemap.xml

    table = redirect_table(renderer, published_ids, taken)
    for old, (target, _status) in table.items():
        html = html_path(old)
        if html:
            writer.write(html, redirect_page(old, target))
    for old in previous:
        html = html_path(old)
        if html and old not in table:
            writer.remove(html)
    writer.write(TABLE, json.dumps(table, sort_keys=True, ensure_ascii=False).encode())
    for status, path in NGINX_MAPS.items():
        writer.write(path, nginx_map(table, status))
    return table


def announce_change(publish_root, manifest, previous_manifest):
    """Touch PUBLISH_ROOT/redirects.changed when the release's redirects differ from those of
    the release it replaced, so that a watcher (a systemd path unit) can reload nginx."""
    before = (previous_manifest or {}).get("redirects")
    if json.loads(json.dumps(manifest.get("redirects"))) != before:
        Path(publish_root, CHANGED_STAMP).touch()


def read_table(release):
    """The table of a release, {old path: (URL, status)}; empty when it has none."""
    try:
        with open(os.path.join(release, TABLE), encoding="utf-8") as handle:
            return {old: tuple(answer) for old, answer in json.load(handle).items()}
    except (OSError, ValueError):
        return {}
