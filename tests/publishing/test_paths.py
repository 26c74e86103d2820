"""The nginx template routes exactly the paths of the portal's table (core/paths.py) to the CMS,
as the static layer of `make run` and robots.txt do."""

import re
from pathlib import Path

from django.conf import settings

from core import paths
from publishing.serve import is_dynamic
from publishing.sitemap import robots_txt

TEMPLATE = Path(__file__).resolve().parents[2] / "deploy/nginx/infomigra.conf.template"
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def locations():
    """(modifier, path, body up to the first nested block) of each location, placeholders out."""
    text = re.sub(r"\{\{(\w+)\}\}", r"\1", TEMPLATE.read_text())
    return re.findall(r"location (\^~|~|=) (\S+)\s+\{([^}]*)", text)


def test_nginx_sends_the_cms_prefixes_and_only_them_to_the_cms():
    to_cms = {path for kind, path, body in locations() if kind == "^~" and "proxy_pass" in body}
    assert to_cms == set(paths.CMS_PREFIXES)


def test_nginx_tries_the_release_first_for_the_fallback_prefixes():
    fallback = {path for kind, path, body in locations() if kind == "^~" and "@cms" in body}
    assert fallback == set(paths.RELEASE_THEN_CMS_PREFIXES)


def test_nginx_language_sections_match_the_table():
    language_sections = [path for kind, path, _ in locations() if kind == "~" and "/(" in path]
    alternatives = "|".join(LANGUAGES)
    assert f"^/({alternatives})/{paths.STATIC_SEARCH_SECTION}/$" in language_sections
    assert f"^/({alternatives})/({'|'.join(paths.CMS_LANGUAGE_SECTIONS)})/" in language_sections


def test_make_run_and_robots_follow_the_same_table():
    for prefix in paths.CMS_PREFIXES:
        assert is_dynamic(prefix + "x", LANGUAGES)
    for prefix in paths.RELEASE_THEN_CMS_PREFIXES:
        assert not is_dynamic(prefix + "x", LANGUAGES)
    robots = robots_txt().decode()
    for language in LANGUAGES:
        for section in paths.CMS_LANGUAGE_SECTIONS:
            assert is_dynamic(f"/{language}/{section}/x", LANGUAGES)
            assert f"Disallow: /{language}/{section}/" in robots
    for prefix in paths.NOT_FOR_CRAWLERS:
        assert f"Disallow: {prefix}" in robots
