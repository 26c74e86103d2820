"""The office network one tap away, on the published demo: "Encuentra tu Centro de Empleo" on the
home page, in the menu and the footer of every page and on the pages that send visitors to an
office; phones to tap; the finder's filters as one GET form that the static site answers."""

import re

import pytest

FINDER = "/es/red-senep/encuentra-una-oficina/"
LINK = re.compile(r'<a href="([^"]+)"[^>]*>(?:<span[^>]*>)?Encuentra tu Centro de Empleo')


def html(published_demo, path):
    status, _headers, body = published_demo(path)
    assert status == 200, path
    return body.decode()


def parts(page):
    return {
        "main": page.split('<main id="main"', 1)[1].split("</main>", 1)[0],
        "nav": re.search(r'<nav class="main-nav".*?</nav>', page, re.S).group(0),
        "footer": page.split('<footer class="site-footer">', 1)[1],
    }


def finder_links(page):
    return {part: LINK.findall(text) for part, text in parts(page).items()}


@pytest.mark.parametrize(
    "path",
    [
        "/es/",
        "/es/vas-a-retornar-al-peru/",
        "/es/vas-a-retornar-al-peru/plataforma-para-el-retorno-productivo/",
        "/es/vas-a-retornar-al-peru/servicios-y-programas-del-mtpe/",
        "/es/acerca-de-peru-infomigra/",
    ],
)
def test_pages_that_send_visitors_to_an_office_link_to_the_finder(published_demo, path):
    links = finder_links(html(published_demo, path))
    assert links == {"main": [FINDER], "nav": [FINDER], "footer": [FINDER]}, path


@pytest.mark.parametrize("language", ["qu", "ay"])
def test_a_language_without_its_own_finder_links_to_the_spanish_one_and_says_so(
    published_demo, language
):
    page = html(published_demo, f"/{language}/")
    # The home page's own box, the menu and the footer, in the visitor's words; each link
    # says that it leads to Spanish.
    for part, text in parts(page).items():
        links = re.findall(rf'<a href="{FINDER}" hreflang="es">([^<]+) <span', text)
        assert len(links) == 1, (language, part)
        assert links[0] != "Encuentra tu Centro de Empleo"


def test_the_finder_filters_with_one_compact_get_form_and_phones_to_tap(published_demo):
    page = html(published_demo, FINDER)
    form = re.search(
        r'<form class="finder-form" method="get" action="([^"]+)">(.*?)</form>', page, re.S
    )
    assert form and form.group(1) == FINDER
    assert len(re.findall(r'<select id="finder-region" name="region">', form.group(2))) == 1
    assert len(re.findall(r"<option ", form.group(2))) == 27  # "All" and 26 regions
    assert len(re.findall(r'<input type="checkbox" name="service"', form.group(2))) == 12
    # No wall of filter links any more.
    assert 'class="filters"' not in page
    phones = re.findall(r'<a href="tel:([^"]+)">', page)
    assert phones and all(re.fullmatch(r"\+?[0-9()\-]+", phone) for phone in phones)


@pytest.mark.parametrize(
    ("query", "address", "selected", "checked"),
    [
        ("?region=21", "region/21/", "21", []),
        ("?region=21&service=job-bank", "region/21/service/job-bank/", "21", ["job-bank"]),
        # Several ticked: the first one's address (the page narrows further with CSS).
        (
            "?region=&service=migrant-guidance&service=job-bank",
            "service/migrant-guidance/",
            "",
            ["migrant-guidance"],
        ),
        # A combination without an office has no address: the region's.
        ("?region=21&service=entrepreneurship-training", "region/21/", "21", []),
        ("?region=x&service=../../", "", "", []),
    ],
)
def test_the_static_site_answers_the_form_with_a_published_address(
    published_demo, query, address, selected, checked
):
    page = html(published_demo, FINDER + query)
    assert page == html(published_demo, FINDER + address)
    assert re.findall(r'<option value="([^"]*)" selected>', page) == [selected]
    assert re.findall(r'name="service" value="([^"]+)" checked', page) == checked
