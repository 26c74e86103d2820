"""The static site in front of the CMS, for `make run` (production uses nginx, see docs/operations.md).

A WSGI middleware: GET and HEAD requests for public URLs are answered from PUBLISH_ROOT/current
(resolved on every request, so a new release is served as soon as it is switched in), with
`index.html` for folders, precompressed variants (`Vary: Accept-Encoding`), long cache headers
for hashed assets and short ones for pages, and the language's 404 page for missing URLs. The
dynamic paths go to Django, as nginx does: the admin, the API, documents and assets that are
not in the release, searches (the search page without a query is a file), forms, `/` (the
language redirect) and every non-GET request. A file is served only when it, and every folder
on its way, lies inside the release: a symlink pointing out of it is treated as missing, as
nginx's `disable_symlinks` does; the web server's files (`.server/`) are never served. The
release's redirects (publishing.redirects) answer 301/302 before any file, as nginx's maps do.
"""

import os
import re
from urllib.parse import parse_qs

from django.conf import settings
from whitenoise.base import WhiteNoise
from whitenoise.responders import MissingFileError
from whitenoise.string_utils import decode_path_info

from core.paths import (
    CMS_LANGUAGE_SECTIONS,
    CMS_PREFIXES,
    RELEASE_THEN_CMS_PREFIXES,
    STATIC_SEARCH_SECTION,
)
from core.security.headers import static_site_headers

from .redirects import SERVER_FOLDER, lookup_key, read_table

HASHED = re.compile(r"\.[0-9a-f]{12}\.[A-Za-z0-9]+$")
PAGE_MAX_AGE = 60
ASSET_MAX_AGE = 24 * 60 * 60


def is_dynamic(path, languages, query=""):
    """True for what only the CMS can answer. `/<lang>/search/` without a query is the published
    static search page (it searches the Pagefind index in the browser); with one, the CMS."""
    if path == "/" or path.startswith(CMS_PREFIXES):
        return True
    parts = path.split("/", 3)
    if len(parts) < 3 or parts[1] not in languages:
        return False
    if parts[2] == STATIC_SEARCH_SECTION and parts[3:] == [""] and not query:
        return False
    return parts[2] in CMS_LANGUAGE_SECTIONS


FILTER_VALUES = {"region": re.compile(r"^[0-9]{2,4}$"), "service": re.compile(r"^[a-z-]{1,40}$")}


def filter_addresses(path, query):
    """Where a GET form of filters (the office finder's: ?region=…&service=…, the first ticked
    service) lands on the static site: the published addresses below `path` to try in turn,
    most specific first, as nginx's `try_files` does (deploy/nginx/infomigra.conf.template)."""
    if not query or not path.endswith("/"):
        return []
    values = parse_qs(query)
    parts = {
        name: f"{name}/{values[name][0]}/"
        for name, pattern in FILTER_VALUES.items()
        if values.get(name) and pattern.match(values[name][0])
    }
    if not parts:
        return []
    region = parts.get("region", "")
    return list(dict.fromkeys([path + region + parts.get("service", ""), path + region]))


def inside(release, path):
    """True when `path`, symlinks resolved, lies in the folder `release` (itself resolved)."""
    return os.path.realpath(path).startswith(release.rstrip(os.sep) + os.sep)


def add_security_headers(headers, path, url):
    """The headers production's nginx adds to the files it serves (deploy/nginx/security-headers*.conf)."""
    for name, value in static_site_headers(svg=path.endswith(".svg")):
        headers[name] = value


class ReleaseFiles(WhiteNoise):
    """WhiteNoise looking files up in one release folder, chosen per request."""

    def __init__(self):
        super().__init__(
            application=None,
            index_file=True,
            max_age=PAGE_MAX_AGE,
            allow_all_origins=False,
            mimetypes={
                ".rss": "application/rss+xml",
                ".atom": "application/atom+xml",
                ".ics": "text/calendar",
                ".vtt": "text/vtt",
            },
            add_headers_function=add_security_headers,
        )

    def immutable_file_test(self, path, url):
        return url.startswith(settings.STATIC_URL) and bool(HASHED.search(url))

    def add_cache_headers(self, headers, path, url):
        if self.immutable_file_test(path, url):
            headers["Cache-Control"] = f"max-age={self.FOREVER}, public, immutable"
        elif url.startswith(RELEASE_THEN_CMS_PREFIXES):
            headers["Cache-Control"] = f"max-age={ASSET_MAX_AGE}, public"
        else:
            headers["Cache-Control"] = f"max-age={PAGE_MAX_AGE}, public"

    def lookup(self, release, url):
        if not self.url_is_canonical(url) or url.startswith(f"/{SERVER_FOLDER}/"):
            return None
        root = release.rstrip(os.sep) + os.sep
        path = os.path.join(root, url.lstrip("/"))
        if not self.path_is_child_of(path, root) and url != "/":
            return None
        if os.path.lexists(path) and not inside(release, path) and url != "/":
            return None  # a symlink out of the release (also before WhiteNoise's index redirect)
        try:
            found = self.find_file_at_path(path, url)
        except MissingFileError:
            return None
        variants = getattr(found, "alternatives", [])  # a Redirect serves no file
        if not all(inside(release, variant) for _encoding, variant, _headers in variants):
            return None
        return found


class StaticSite:
    def __init__(self, application, root=None):
        self.application = application
        self.root = root
        self.files = ReleaseFiles()
        self.languages = {code for code, _name in settings.LANGUAGES}
        self._redirects = (None, {})  # (release, its redirect table), read once per release

    def current_release(self):
        root = self.root or settings.PUBLISH_ROOT
        release = os.path.realpath(os.path.join(root, "current"))
        return release if os.path.isdir(release) else None

    def __call__(self, environ, start_response):
        path = decode_path_info(environ.get("PATH_INFO", ""))
        method = environ.get("REQUEST_METHOD", "GET")
        query = environ.get("QUERY_STRING", "")
        if method not in ("GET", "HEAD") or is_dynamic(path, self.languages, query):
            return self.application(environ, start_response)
        release = self.current_release()
        if release is None:
            # Nothing published yet (a fresh checkout): let the CMS render pages.
            return self.application(environ, start_response)
        moved = self.redirects(release).get(lookup_key(path))
        if moved is not None:
            return self.redirect(*moved, start_response)
        static_file = None
        for address in filter_addresses(path, query):
            static_file = static_file or self.files.lookup(release, address)
        static_file = static_file or self.files.lookup(release, path)
        if static_file is not None:
            return self.files.serve(static_file, environ, start_response)
        if path.startswith(RELEASE_THEN_CMS_PREFIXES) or is_dynamic(path, self.languages, "?"):
            # Not in the release: assets the CMS has (admin), a search page not yet published.
            return self.application(environ, start_response)
        return self.not_found(release, path, environ, start_response)

    def redirects(self, release):
        if self._redirects[0] != release:
            self._redirects = (release, read_table(release))
        return self._redirects[1]

    def redirect(self, location, status, start_response):
        reason = "Moved Permanently" if status == 301 else "Found"
        headers = [
            ("Location", location),
            ("Content-Length", "0"),
            ("Cache-Control", f"max-age={PAGE_MAX_AGE}, public"),
            *static_site_headers(),
        ]
        start_response(f"{status} {reason}", headers)
        return []

    def not_found(self, release, path, environ, start_response):
        language = path.split("/", 2)[1] if path.count("/") >= 2 else ""
        if language not in self.languages:
            language = settings.LANGUAGE_CODE
        page = os.path.join(release, language, "404.html")
        try:
            if not inside(release, page):
                raise FileNotFoundError(page)
            with open(page, "rb") as handle:
                body = handle.read()
        except OSError:
            body = b"Not Found"
        headers = [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Cache-Control", f"max-age={PAGE_MAX_AGE}, public"),
            ("Content-Language", language),
            *static_site_headers(),
        ]
        start_response("404 Not Found", headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
