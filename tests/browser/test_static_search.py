"""Search on the published static site: Pagefind index, no CMS, Chromium.

The site is the release `manage.py publish` wrote for the browser tests' portal (tests/browser/
conftest.py). A plain `http.server` serves that folder (no Django anywhere: the CMS might as well
be stopped) with the Content-Security-Policy production's nginx sends
(deploy/nginx/security-headers.conf).
"""

import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import quote

import pytest
from a11y import axe_violations
from static_server import serve_folder

from search.static_index import BUNDLE_DIR, bundle_languages

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "search"))
from test_relevance import MINIMUM_RECALL, recall_at_3, report  # noqa: E402

# Pages that only list others: never search results (PortalPage.static_search_indexed).
LISTINGS = (
    "content.HomePage",
    "content.CountryGuideIndexPage",
    "content.NewsIndexPage",
    "content.EventIndexPage",
    "content.LegislationIndexPage",
    "content.StudyIndexPage",
    "network.SenepNetworkPage",
    "network.OfficeFinderPage",
)

ROOT = Path(__file__).resolve().parents[2]


def production_policy():
    """The static site's CSP from the nginx header file (without upgrade-insecure-requests:
    this server speaks plain HTTP on loopback)."""
    conf = (ROOT / "deploy" / "nginx" / "security-headers.conf").read_text()
    policy = re.search(r'add_header Content-Security-Policy "([^"]+)" always;', conf).group(1)
    return policy.replace("; upgrade-insecure-requests", "")


CSP = production_policy()


@pytest.fixture(scope="module")
def release(portal_env):
    """The published release and its Pagefind languages ({language: pages indexed})."""
    directory = (Path(portal_env["PUBLISH_ROOT"]) / "current").resolve()
    languages = bundle_languages(directory / BUNDLE_DIR)
    print(f"\nPagefind: {languages}")
    return directory, languages


def static_search_module(page):
    """The (hashed) URL of static-search.js, as the published page loads it."""
    return page.locator('script[type="module"][src*="static-search"]').get_attribute("src")


class Handler(SimpleHTTPRequestHandler):
    requested = []

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, *args):
        pass

    def do_GET(self):
        type(self).requested.append(self.path)
        super().do_GET()


@pytest.fixture(scope="module")
def static_site(release):
    directory, _languages = release
    with serve_folder(directory, Handler) as base_url:
        yield base_url


def test_index_has_every_language(release):
    _directory, languages = release
    assert set(languages) == {"es", "en", "qu", "ay"}
    assert languages["es"] > 80 and languages["en"] > 80


def test_header_search_on_the_static_site_and_click_a_result(static_site, browser_page, screenshot):
    page = browser_page
    page.goto(f"{static_site}/es/guias-por-pais/")
    page.locator("summary.site-menu__toggle").click()  # a phone: the search is in the menu
    page.fill("#site-search", "visa de trabajo espana")
    page.press("#site-search", "Enter")
    page.wait_for_url("**/es/search/#q=*")
    results = page.locator("[data-static-search-results] .search-result__title a")
    results.first.wait_for()
    top3 = [results.nth(i).get_attribute("href") for i in range(min(3, results.count()))]
    assert "/es/guias-por-pais/trabajar-en-espana/" in top3
    assert page.locator("[data-static-search-results] mark").count() > 0
    screenshot(page, "static-search-results")
    page.locator(
        '[data-static-search-results] .search-result__title a[href="/es/guias-por-pais/trabajar-en-espana/"]'
    ).click()
    page.wait_for_url("**/es/guias-por-pais/trabajar-en-espana/")
    assert page.locator("h1").first.inner_text() == "Guía para trabajar en España"
    assert not [error for error in page.console.errors if "Content Security Policy" in error]


def search_in(page, query, limit=3):
    """The URLs of the static search's first `limit` results, from the page's own module."""
    return page.evaluate(
        """async ([module, query, limit]) => {
            const found = await (await import(module)).staticSearch(query, limit);
            return found.results.map((result) => result.url);
        }""",
        [static_search_module(page), query, limit],
    )


def test_recall_at_3_on_the_static_index(static_site, chromium, screenshot):
    """The server search's relevance set, each query on the search page of its language (one
    Pagefind index per language)."""
    pages, timings = {}, []

    def search(query, language):
        if language not in pages:
            pages[language] = chromium.new_context(locale="es-PE").new_page()
            pages[language].goto(f"{static_site}/{language}/search/")
            search_in(pages[language], "visa")  # the index and its WebAssembly loaded
        started = time.perf_counter()
        found = search_in(pages[language], query)
        timings.append(time.perf_counter() - started)
        return found

    recall, scores = recall_at_3(search)
    timings.sort()
    print(
        f"search time per query (Chromium, loopback): p50 {timings[len(timings) // 2] * 1e3:.0f} ms,"
        f" p95 {timings[int(len(timings) * 0.95)] * 1e3:.0f} ms"
    )
    report("the static Pagefind index", recall, scores)
    kinds = defaultdict(list)
    for item, score, _top in scores:
        kinds[item["kind"]].append(score)
    print(
        "per kind: " + ", ".join(f"{k} {sum(v) / len(v):.2f} ({len(v)})" for k, v in kinds.items())
    )
    page = pages["es"]
    page.goto(f"{static_site}/es/search/#q=trabajar%20en%20espana")
    page.locator("[data-static-search-results] li").first.wait_for()
    screenshot(page, "static-search-trabajar-en-espana")
    for page in pages.values():
        page.context.close()
    assert recall >= MINIMUM_RECALL


def test_trabajar_en_espana_finds_the_spain_guide_first(static_site, browser_page):
    browser_page.goto(f"{static_site}/es/search/")
    top = search_in(browser_page, "trabajar en espana", 5)
    assert top[0] == "/es/guias-por-pais/trabajar-en-espana/", top


def test_listings_index_pages_and_the_home_page_are_never_results(
    static_site, browser_page, demo_pages
):
    listings = {url for key, url in demo_pages.items() if key.split(":")[0] in LISTINGS}
    assert {"/es/", "/es/noticias/", "/es/guias-por-pais/"} <= listings
    page = browser_page
    page.goto(f"{static_site}/es/search/")
    indexed = page.evaluate(
        """async (module) => {
            const pagefind = await (await import(module)).loadPagefind();
            const all = await pagefind.search(null);  // every page of the index
            return Promise.all(all.results.map(async (result) => (await result.data()).url));
        }""",
        static_search_module(page),
    )
    assert "/es/guias-por-pais/trabajar-en-espana/" in indexed
    assert not listings & set(indexed)
    # Words of their titles find the pages they list instead.
    for query in ("noticias", "eventos", "guias por pais", "legislacion", "red senep", "infomigra"):
        assert not listings & set(search_in(page, query, 20)), query


def test_results_show_title_type_and_a_clean_summary(static_site, new_page, screenshot):
    # bypass_csp: axe-core is injected as an inline script.
    page = new_page(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page.goto(f"{static_site}/es/search/#q=charla%20trabajar%20en%20chile")
    results = page.locator("[data-static-search-results] .search-result")
    results.first.wait_for()
    first = results.first
    assert first.locator(".search-result__title").inner_text() == (
        "Charla: trabajar en Chile de manera regular"
    )
    assert first.locator(".search-result__meta").inner_text() == "Evento"
    snippet = first.locator(".search-result__snippet").inner_text()
    assert snippet.startswith("Qué permiso necesitas"), snippet  # the summary, not the title
    for index in range(results.count()):
        text = results.nth(index).locator(".search-result__snippet").inner_text()
        # No dates, labels or "Last updated" glued into the passage ("Inicio10 de enero …").
        assert not re.search(r"[^\W\d_]\d|Inicio|Última actualización|\d{4} a las", text), text
    assert page.locator("[data-static-search-results] mark").count() > 0
    screenshot(page, "static-search-clean-results")
    assert axe_violations(page) == []


def test_first_query_downloads(release, static_site, chromium):
    """Bytes the browser fetches from /pagefind/ for a first query (printed; see docs/development.md)."""
    directory, _languages = release
    context = chromium.new_context()
    page = context.new_page()
    page.goto(f"{static_site}/es/search/")
    Handler.requested.clear()
    page.evaluate(
        "async (module) => (await import(module)).staticSearch('visa', 5)",
        static_search_module(page),
    )
    fetched = [path.split("?")[0] for path in Handler.requested if path.startswith("/pagefind/")]
    total = sum((directory / path.lstrip("/")).stat().st_size for path in set(fetched))
    print(f"\nfirst query downloads {total} bytes in {len(set(fetched))} files from /pagefind/")
    context.close()
    assert total > 0


# Prints the searches of the query log (what the monthly report reads) as JSON.
_QUERY_LOG = """
import json
from wagtail.contrib.search_promotions.models import QueryDailyHits
from search.models import ZeroResultDailyHits
hits = {h.query.query_string: h.hits for h in QueryDailyHits.objects.select_related("query")}
empty = {h.query.query_string: h.hits for h in ZeroResultDailyHits.objects.select_related("query")}
print(json.dumps({"hits": hits, "empty": empty}))
"""


def query_log(portal_env):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-v0", "-c", _QUERY_LOG],
        env=portal_env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_static_searches_reach_the_monthly_report_without_cookies(portal_url, portal_env, new_page):
    """On the published site in front of the CMS (as nginx serves it), each static search sends
    one beacon that the CMS counts like its own searches; nothing sets a cookie."""
    page = new_page()
    for query, found in (("Visado de trabajo España", "1"), ("zzxq quipucamayoc", "0")):
        with page.expect_response("**/es/search/counted/") as counted:
            page.goto(f"{portal_url}/es/search/#q={quote(query)}")
        response = counted.value
        assert (response.status, response.request.method) == (204, "POST")
        request = response.request
        assert request.headers["content-type"].startswith("application/x-www-form-urlencoded")
        assert request.post_data_json == {"q": query, "found": found}
        page.locator("[data-static-search-status]").filter(has_text="«").wait_for()
    assert page.context.cookies() == []
    log = query_log(portal_env)
    assert log["hits"]["visado de trabajo espana"] >= 1
    assert log["empty"]["zzxq quipucamayoc"] == 1
    assert "visado de trabajo espana" not in log["empty"]


def test_a_search_sent_before_the_loader_finishes_is_run_and_counted_once(portal_url, new_page):
    """The search page runs the static search itself, before portal.js has finished loading it on
    first use: a search submitted then (here without focusing the field first, so portal.js has
    not even started) is run once and counted once, not handed over a second time."""
    page = new_page()
    beacons = []
    page.on("request", lambda req: "/search/counted/" in req.url and beacons.append(req.url))
    page.goto(f"{portal_url}/es/search/")
    page.evaluate(
        """() => {
            const form = document.querySelector("main form[data-search-form]");
            form.querySelector("input[name=q]").value = "trabajo";
            form.requestSubmit();
        }"""
    )
    page.wait_for_url("**/es/search/#q=trabajo")
    page.locator("[data-static-search-status]").filter(has_text="«").wait_for()
    page.wait_for_timeout(1500)  # a second run would follow the first within milliseconds
    assert len(beacons) == 1, beacons


def test_without_javascript_the_search_page_asks_the_server_search(portal_url, no_js_page):
    page = no_js_page
    page.goto(f"{portal_url}/es/search/")
    assert page.locator("[data-static-search]").count() == 1  # the published static page
    page.fill("#search-page-query", "trabajar en espana")
    page.locator("main form.search-form button").click()
    page.wait_for_url("**/es/search/?q=trabajar+en+espana")
    titles = page.locator(".search-results .search-result__title a")
    top = [titles.nth(i).get_attribute("href") for i in range(min(3, titles.count()))]
    assert "/es/guias-por-pais/trabajar-en-espana/" in top
