"""The menu and the footer tell where the visitor is (`aria-current`), on the published demo.

A publish renders the menu and the footer once per language and "current" mark
(`{% menu_marks %}` with `{% once_per_publish %}`); every page must still get its own marks.
"""

import re

import pytest

FINDER = "/es/red-senep/encuentra-una-oficina/"
RETURN_LINE = "/es/vas-a-retornar-al-peru/"
QU_RETURN_LINE = "/qu/peruman-kutimuy/"
CURRENT = re.compile(r'<a href="([^"]+)"[^>]*\baria-current="(\w+)"')


def marks(published_demo, path):
    status, _headers, body = published_demo(path)
    assert status == 200, path
    page = body.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', page, re.S).group(0)
    footer = page.split('<footer class="site-footer">', 1)[1]
    return set(CURRENT.findall(nav)), set(CURRENT.findall(footer))


@pytest.mark.parametrize(
    ("path", "in_menu", "in_footer"),
    [
        ("/es/", set(), set()),
        (RETURN_LINE, {(RETURN_LINE, "page")}, set()),
        (
            RETURN_LINE + "plataforma-para-el-retorno-productivo/",
            {(RETURN_LINE, "true")},
            set(),
        ),
        (
            "/es/vas-a-trabajar-en-el-extranjero/",
            {("/es/vas-a-trabajar-en-el-extranjero/", "page")},
            set(),
        ),
        (FINDER, {(FINDER, "page")}, {(FINDER, "page")}),
        (FINDER + "region/01/", {(FINDER, "page")}, {(FINDER, "page")}),
        ("/es/red-senep/", set(), set()),
        ("/qu/", set(), set()),
        (QU_RETURN_LINE, {(QU_RETURN_LINE, "page")}, set()),
        (QU_RETURN_LINE + "llamkay-mercadopa-yupaykunan/", {(QU_RETURN_LINE, "true")}, set()),
    ],
)
def test_each_page_marks_where_the_visitor_is_and_nothing_else(
    published_demo, path, in_menu, in_footer
):
    assert marks(published_demo, path) == (in_menu, in_footer)
