"""Trust signals on the published demo: every footer names the Ministry and SENEP, says it is an
official site and links to the privacy notice, the accessibility statement, "Acerca de Perú
Infomigra" and contact, in all four languages; every address has a title of its own."""

import re
from collections import defaultdict

import pytest

LANGUAGES = ("es", "en", "qu", "ay")
OFFICIAL = {
    "es": "Sitio oficial del Estado peruano",
    "en": "Official site of the Peruvian State",
    "qu": "Perú Estadopa kikin web kitin",
    "ay": "Perú Estadon chiqpach web utapa",
}
# The pages about the service, by their Spanish address (linked in Spanish where untranslated).
ABOUT = {
    "/es/aviso-de-privacidad/",
    "/es/accesibilidad/",
    "/es/acerca-de-peru-infomigra/",
    "/es/contactenos/",
}
FOOTER = re.compile(r'<footer class="site-footer">(.*?)</footer>', re.S)
LINK = re.compile(r'<a href="([^"]+)"([^>]*)>(.*?)</a>', re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def spanish_address(published_demo, href):
    """The Spanish page a footer link stands for (itself, or its hreflang="es" alternate)."""
    if href.startswith("/es/"):
        return href
    _status, _headers, body = published_demo(href)
    alternate = r'<link rel="alternate" hreflang="es" href="http://testserver([^"]+)"'
    match = re.search(alternate, body.decode())
    return match and match.group(1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_footer_carries_the_identity_and_the_pages_about_the_service(
    published_demo, language
):
    for path in (f"/{language}/", f"/{language}/esta-pagina-no-existe/"):
        _status, _headers, body = published_demo(path)
        footer = FOOTER.search(body.decode()).group(1)
        assert OFFICIAL[language] in footer, path
        assert 'class="logo logo--mtpe' in footer and 'class="logo logo--senep' in footer, path
        links = LINK.findall(footer)
        found = set()
        for href, attributes, text in links:
            if not href.startswith("/"):
                continue
            if href.startswith("/es/") and language != "es":
                # In Spanish only: the link says so, in attributes and in words.
                assert 'hreflang="es"' in attributes, (path, href)
                assert '<span class="link-language" lang="es">(Español)</span>' in text, href
            found.add(spanish_address(published_demo, href))
        assert ABOUT <= found, (path, ABOUT - found)


def test_titles_name_the_site_once_and_no_two_addresses_share_one(demo_release):
    titles = defaultdict(list)
    for path in (demo_release / "current").glob("*/**/index.html"):
        html = path.read_text()
        if 'http-equiv="refresh"' in html:
            continue  # an old address (publishing.redirects), not a page
        title = " ".join(TITLE.search(html).group(1).split())
        address = path.relative_to(demo_release / "current")
        titles[address.parts[0], title].append(str(address))  # per language
        assert title.count("Infomigra") == 1, (path, title)
    assert ("es", "Perú Infomigra · Perú Infomigra") not in titles
    assert ("es", "Perú Infomigra · Ministerio de Trabajo y Promoción del Empleo") in titles
    shared = {title: paths for title, paths in titles.items() if len(paths) > 1}
    assert not shared, shared
