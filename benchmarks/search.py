"""Search benchmark: 10,000 synthetic pages in a throwaway SQLite database (never db.sqlite3).

Prints query latency p50/p95 for rare and common terms through the same code path as the search
page (`search.engine.search_pages`: analysis, backend query, matching ids, facet counts, first
page of results), then the size of a Pagefind index of the same texts and the bytes a browser
downloads for a first query (measured in Chromium against a local http.server).

    .venv/bin/python benchmarks/search.py [--pages 10000] [--runs 40] [--database PATH]

`--database PATH` keeps the corpus in PATH, and a later run with the same PATH and `--pages`
measures it again without rebuilding it (10,000 pages: a little over two minutes to build).
"""

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKDIR = Path(tempfile.mkdtemp(prefix="infomigra-search-bench-"))
DATABASE = WORKDIR / "bench.sqlite3"
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
sys.path.insert(0, str(ROOT))

COMMON = ["trabajo", "migración", "visa de trabajo", "peruanos en el extranjero"]
RARE = ["quintaesencia", "zarzaparrilla", "ornitorrinco", "murciélago azul"]
WORDS = (
    "trabajo trabajador trabajadores migración migrante migrantes visa visado permiso residencia "
    "contrato empleador consulado embajada pasaporte trámite trámites derechos laborales salario "
    "seguridad social pensión retorno regreso familia salud educación vivienda oficina región "
    "empleo capacitación orientación guía país destino peruano peruanos extranjero extranjeros "
    "convenio norma ley decreto resolución plazo requisito documento certificado apostilla "
    "registro empresa agricultura construcción comercio servicio cuidado hogar temporada"
).split()


def text(rng, words):
    return " ".join(rng.choice(words) for _ in range(rng.randint(60, 160)))


def build_corpus(pages):
    import logging

    import django

    django.setup()
    from django.conf import settings

    from content.models import HomePage, StandardPage

    if _migrated() and StandardPage.objects.exists():
        found = StandardPage.objects.count()
        if found != pages:
            sys.exit(f"{DATABASE} holds {found} pages, not {pages}: use another --database")
        print(f"corpus: {pages} pages reused from {DATABASE}")
        return [
            (page.url_path.replace("/inicio", "/es", 1), page.title, page.intro)
            for page in StandardPage.objects.order_by("path")
        ]

    logging.disable(logging.INFO)
    # Wagtail's per-page background tasks (reference index) are not what is measured here.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django.core.management import call_command
    from django.test import override_settings
    from wagtail.models import Locale, Page

    call_command("migrate", verbosity=0)
    rng = random.Random(6)
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Inicio", slug="inicio", locale=spanish))
    rare_pages = {word: set(rng.sample(range(pages), 5)) for word in RARE}
    texts = []
    started = time.perf_counter()
    backends = {"default": {"BACKEND": "search.database", "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        for number in range(pages):
            body = text(rng, WORDS)
            extra = [word for word, chosen in rare_pages.items() if number in chosen]
            if extra:
                body += " " + " ".join(extra)
            title = f"Página {number}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
            page = StandardPage(title=title, slug=f"p{number}", intro=body, locale=spanish)
            home.add_child(instance=page)
            texts.append((f"/es/p{number}/", title, body))
    created = time.perf_counter() - started
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    print(
        f"corpus: {pages} pages created in {created:.0f} s, indexed in "
        f"{time.perf_counter() - started:.0f} s (SQLite FTS5, {DATABASE})"
    )
    return texts


def _migrated():
    from django.db import connection

    return "content_standardpage" in connection.introspection.table_names()


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, round(fraction * (len(values) - 1)))]


def measure(queries, runs):
    from search.engine import search_pages

    timings, totals = [], []
    for _ in range(runs):
        for query in queries:
            started = time.perf_counter()
            outcome = search_pages(query, "es")
            first_page = list(outcome.results[:10]) if outcome.results is not None else []
            timings.append((time.perf_counter() - started) * 1000)
            totals.append(outcome.total)
            assert len(first_page) == min(10, outcome.total)
    return timings, totals


def pagefind_index(texts, site):
    """The published site's pipeline (search.static_index) on one HTML page per text."""
    from html import escape

    from search.static_index import build_static_index

    for url, title, body in texts:
        page = site / url.strip("/") / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            f'<!doctype html><html lang="es"><title>{escape(title)}</title>'
            f"<main data-pagefind-body><h1>{escape(title)}</h1><p>{escape(body)}</p></main></html>"
        )
    return build_static_index(site)


def first_query_bytes(site, query):
    from playwright.sync_api import sync_playwright

    (site / "index.html").write_text('<!doctype html><html lang="es"><title>b</title></html>')
    requested = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            requested.append(self.path.split("?")[0])
            super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            )
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
            requested.clear()
            page.evaluate(
                """async (q) => {
                    const pagefind = await import("/pagefind/pagefind.js");
                    const search = await pagefind.search(q);
                    await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
                }""",
                query,
            )
            browser.close()
    finally:
        server.shutdown()
    files = {path for path in requested if path.startswith("/pagefind/")}
    return sum((site / path.lstrip("/")).stat().st_size for path in files), len(files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--database", type=Path, help="SQLite file that keeps the corpus")
    args = parser.parse_args()
    global DATABASE
    DATABASE = (args.database or DATABASE).resolve()
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    texts = build_corpus(args.pages)
    measure(COMMON + RARE, 2)  # warm the page cache
    for label, queries in (("rare", RARE), ("common", COMMON)):
        timings, totals = measure(queries, args.runs)
        print(
            f"{label:>6} terms {queries}: p50 {percentile(timings, 0.5):.1f} ms, "
            f"p95 {percentile(timings, 0.95):.1f} ms over {len(timings)} searches "
            f"(matches per query: {min(totals)}-{max(totals)})"
        )
    site = WORKDIR / "site"
    started = time.perf_counter()
    report = pagefind_index(texts, site)
    files = sum(1 for path in report.bundle_dir.rglob("*") if path.is_file())
    print(
        f"pagefind: index of {report.pages} pages built in {time.perf_counter() - started:.0f} s: "
        f"{report.bundle_bytes / 1e6:.1f} MB in {files} files"
    )
    for query in ("trabajo", "zarzaparrilla"):
        size, count = first_query_bytes(site, query)
        print(f"pagefind: first query {query!r} downloads {size / 1e3:.0f} kB in {count} files")


if __name__ == "__main__":
    main()
