#!/usr/bin/env python
"""Static publishing benchmark: full publish throughput and one-page publish latency.

    .venv/bin/python benchmarks/publish.py --pages 2000
    .venv/bin/python benchmarks/publish.py --pages 2000 10000 --edits 50

Everything happens in a throwaway folder (its own SQLite database, media, static and site
folders; the development database is never touched), with the `make run` configuration (hashed
and compressed static files, the database task queue and a real `db_worker`):

1. a synthetic corpus of `--pages` pages spread over four languages (translations of each other):
   home, the four lines of action with nested topics, country guides, legislation, news, events
   and studies, with StreamField bodies (headings, rich text linking other pages, images, notices,
   steps, link lists), breadcrumbs and the main navigation;
2. two full publishes (the first also makes the image renditions): pages/s, CPU time and peak
   memory of the publishing process and of its largest rendering worker;
3. the naive approach for comparison: a sample of the pages rendered one by one through Django's
   test client (`--naive` pages), per-page time and the ratio to the publisher's CPU per page;
4. `--edits` one-page publishes of the newest Spanish news item through
   `page.save_revision().publish()`, each timed until the new title is in site/current in the
   page, the news index, the home page's latest news and the feed, and the sitemap changed:
   at an editor's pace (`--pause` seconds apart) and back to back, while `--load` requests per
   second go to the static site (`make run`'s layer, in a process of its own).

With several `--pages` sizes, each runs in a process of its own and a table shows how the figures
grow with the site. `--reuse FOLDER` times step 4 alone on a folder an earlier run kept (`--keep`).
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ["es", "en", "qu", "ay"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages", type=int, nargs="+", default=[2000], help="pages in all languages (sizes)"
    )
    parser.add_argument("--naive", type=int, default=200, help="pages rendered the naive way")
    parser.add_argument("--load", type=float, default=20, help="requests/s to the static site")
    parser.add_argument("--results", help=argparse.SUPPRESS)  # JSON file, for a size's process
    parser.add_argument("--edits", type=int, default=50, help="one-page publishes to time")
    parser.add_argument(
        "--pause",
        type=float,
        default=2.0,
        help="seconds between edits (an editor's pace; 0: back to back)",
    )
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", action="store_true", help="keep the throwaway folder")
    parser.add_argument(
        "--reuse",
        metavar="FOLDER",
        help="time only the one-page publishes, on a folder kept by an earlier run (--keep)",
    )
    return parser.parse_args()


def configure(folder):
    """Point Django at the throwaway folder, before it is set up."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DEBUG="false",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
        PUBLISH_ROOT=str(folder / "site"),
        PUBLIC_BASE_URL="https://infomigra.test",
        ALLOWED_HOSTS="infomigra.test,127.0.0.1,localhost",
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    database = Path(settings.DATABASES["default"]["NAME"]).resolve()
    if folder.resolve() not in database.parents:
        raise SystemExit(f"refusing to run against {database}")


# -- corpus ---------------------------------------------------------------------------------------
WORDS = (
    "trabajo migrante contrato visa permiso consulado derechos salud seguro retorno empleo "
    "orientación trámite residencia remesas capacitación convenio formalidad empresa familia"
).split()


def sentence(n, words=14):
    return " ".join(WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(words)).capitalize() + "."


class Corpus:
    def __init__(self, pages):
        from wagtail.models import Locale, Page

        self.target = pages
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.root = Page.get_first_root_node()
        self.created = 0
        self.linkable = {code: [] for code in LANGUAGES}
        self.images = []

    def make_images(self, count=20):
        from demo.files import image

        self.images = [
            image(f"Imagen {n}", f"imagen-{n}.png", f"Imagen de prueba {n}", "Benchmark", n)
            for n in range(count)
        ]

    def body(self, n, code):
        from wagtail.rich_text import RichText

        links = self.linkable[code][-40:]
        link = links[n % len(links)] if links else None
        anchor = f' <a linktype="page" id="{link.pk}">más información</a>' if link else ""
        blocks = [
            ("heading", sentence(n, 5)),
            ("paragraph", RichText(f"<p>{sentence(n)} {sentence(n + 1)}{anchor}</p>")),
            (
                "image",
                {
                    "image": self.images[n % len(self.images)],
                    "alt_text": sentence(n, 6),
                    "caption": "",
                },
            ),
            ("paragraph", RichText(f"<p>{sentence(n + 2)} {sentence(n + 3)}</p>")),
            (
                "notice",
                {
                    "kind": "tip",
                    "title": sentence(n, 3),
                    "text": RichText(f"<p>{sentence(n + 4)}</p>"),
                },
            ),
            (
                "steps",
                {
                    "heading": sentence(n, 4),
                    "steps": [
                        {"title": sentence(n + i, 4), "text": RichText(f"<p>{sentence(n + i)}</p>")}
                        for i in range(3)
                    ],
                },
            ),
        ]
        if link:
            blocks.append(
                (
                    "links",
                    {
                        "heading": sentence(n, 3),
                        "links": [
                            {"title": sentence(n, 4), "page": link, "url": "", "description": ""}
                        ],
                    },
                )
            )
        return blocks

    def add(self, parent, page, code, translation_of=None, linkable=True):
        page.locale = self.locales[code]
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        parent.add_child(instance=page)
        self.created += 1
        if linkable:
            self.linkable[code].append(page)
        return page

    def build(self):
        from django.contrib.contenttypes.models import ContentType
        from django.db import transaction
        from django.utils import timezone
        from wagtail.models import Page, Site

        from content import models as m

        per_language = max(self.target // len(LANGUAGES), 20)
        now = timezone.now()
        with transaction.atomic():
            self.make_images()
            spanish = {}  # name -> Spanish page, which the other languages translate
            for code in LANGUAGES:
                pages = {}

                def add(name, parent, page, code=code, pages=pages):
                    pages[name] = self.add(parent, page, code, spanish.get(name))
                    spanish.setdefault(name, pages[name])
                    return pages[name]

                home = add(
                    "home",
                    self.root,
                    m.HomePage(title="Perú Infomigra", slug=f"inicio-{code}", intro=sentence(1)),
                )
                if code == LANGUAGES[0]:
                    site = Site.objects.get(is_default_site=True)
                    welcome = site.root_page
                    site.root_page = home
                    site.save()
                    if welcome.content_type == ContentType.objects.get_for_model(Page):
                        welcome.delete()
                lines = [
                    add(
                        f"line{number}",
                        home,
                        m.LineOfActionPage(
                            title=f"Línea {number}",
                            slug=f"linea-{number}",
                            number=number,
                            intro=sentence(number),
                            body=self.body(number, code),
                            show_in_menus=True,
                        ),
                    )
                    for number in range(1, 5)
                ]
                indexes = {
                    name: add(
                        name,
                        home,
                        model(
                            title=name.capitalize(),
                            slug=name,
                            intro=sentence(2),
                            show_in_menus=True,
                        ),
                    )
                    for name, model in [
                        ("guides", m.CountryGuideIndexPage),
                        ("legislation", m.LegislationIndexPage),
                        ("news", m.NewsIndexPage),
                        ("events", m.EventIndexPage),
                        ("studies", m.StudyIndexPage),
                    ]
                }
                topics = []
                for n in range(per_language - 10):
                    kind = n % 20
                    common = {
                        "title": f"{sentence(n, 5)[:-1]} {n}",
                        "slug": f"pagina-{n}",
                        "intro": sentence(n + 5),
                    }
                    if kind < 6:  # topics, one in three below another topic
                        parent = (
                            topics[-1]
                            if topics and kind % 3 == 2 and topics[-1].depth < 6
                            else lines[n % 4]
                        )
                        page = m.TopicPage(**common, body=self.body(n, code))
                        topics.append(add(f"item{n}", parent, page))
                        continue
                    if kind < 11:
                        parent = indexes["news"]
                        page = m.NewsPage(
                            **common,
                            body=self.body(n, code),
                            date=(now - timezone.timedelta(days=n)).date(),
                            scope="national" if n % 2 else "international",
                            image=self.images[n % len(self.images)],
                            image_alt=sentence(n, 5),
                        )
                    elif kind < 14:
                        parent = indexes["events"]
                        start = now + timezone.timedelta(days=n % 60 - 20)
                        page = m.EventPage(
                            **common,
                            body=self.body(n, code),
                            start=start,
                            end=start + timezone.timedelta(hours=3),
                            place="Lima",
                        )
                    elif kind < 17:
                        parent = indexes["legislation"]
                        page = m.LegislationPage(
                            **common,
                            number=f"{n:03d}-2024-TR",
                            norm_type="decreto_supremo",
                            date_issued=(now - timezone.timedelta(days=n * 3)).date(),
                            scope="national",
                            summary=f"<p>{sentence(n)}</p>",
                        )
                    elif kind < 18:
                        parent = indexes["guides"]
                        page = m.CountryGuidePage(
                            **common,
                            country_code="ES",
                            work_permit=self.body(n, code),
                            health=f"<p>{sentence(n)}</p>",
                        )
                    else:
                        parent = indexes["studies"]
                        page = m.StudyPage(
                            **common,
                            body=self.body(n, code),
                            authors="Equipo DML",
                            year=2000 + n % 25,
                        )
                    add(f"item{n}", parent, page)
                    if self.created % 500 == 0:
                        print(f"  corpus: {self.created} pages", flush=True)


def build_corpus(pages):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult
    from wagtail.signal_handlers import disable_reference_index_auto_update

    corpus = Corpus(pages)
    started = time.monotonic()
    with disable_reference_index_auto_update():
        corpus.build()
    DBTaskResult.objects.all().delete()  # search-index updates queued while building
    call_command("rebuild_references_index", verbosity=0)
    print(
        f"Corpus: {corpus.created} pages in {len(LANGUAGES)} languages, built in {time.monotonic() - started:.0f} s"
    )


# -- measurements ---------------------------------------------------------------------------------
def max_rss_mb(who):
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds():
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def full_publish(workers, label):
    from publishing.publisher import publish_site

    cpu = cpu_seconds()
    report = publish_site(workers=workers)
    cpu = cpu_seconds() - cpu
    print(
        f"{label}: {report.pages} pages in {report.seconds:.1f} s = {report.pages_per_second:.0f} pages/s "
        f"({report.pages / cpu:.0f} pages per CPU-second, {workers} workers); "
        f"peak RSS: publisher {max_rss_mb(resource.RUSAGE_SELF):.0f} MB, "
        f"largest worker {max_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )
    return {
        "seconds": report.seconds,
        "pages": report.pages,
        "pages_per_second": report.pages_per_second,
        "cpu_per_page": cpu / report.pages,
        "rss_mb": max(max_rss_mb(resource.RUSAGE_SELF), max_rss_mb(resource.RUSAGE_CHILDREN)),
    }


def naive_render(sample, publisher_cpu_per_page):
    """The pages one by one through Django's test client, as a site without a publisher would."""
    from django.test import Client
    from wagtail.models import Page

    urls = [page.url for page in Page.objects.live().filter(depth__gt=2).order_by("path")]
    urls = urls[:: max(1, len(urls) // sample)][:sample]
    client = Client(HTTP_HOST="infomigra.test")
    for url in urls[:10]:
        client.get(url)  # warm up, as the publisher's first pages do
    cpu = time.process_time()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    per_page = (time.process_time() - cpu) / len(urls)
    ratio = per_page / publisher_cpu_per_page
    print(
        f"Naive (Django test client, {len(urls)} pages): {per_page * 1000:.1f} ms CPU per page; "
        f"the publisher needs {publisher_cpu_per_page * 1000:.1f} ms: {ratio:.1f}× less"
    )
    return {"naive_cpu_per_page": per_page, "naive_ratio": ratio}


def serve_with_load(folder, rate):
    """In a process of its own: serve site/ with `make run`'s static layer and request random
    pages of the sitemap at `rate` per second until terminated; prints what it served."""
    import random
    import re
    import signal
    import threading
    import urllib.request
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    from publishing.serve import StaticSite

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    class Threading(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    def nothing(environ, start_response):
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b""]

    server = make_server(
        "127.0.0.1", 0, StaticSite(nothing, root=folder / "site"), Threading, Quiet
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    sitemap = " ".join(
        path.read_text() for path in (folder / "site" / "current").glob("sitemap*.xml")
    )
    paths = [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)<", sitemap)]
    served, failed, latencies, stop = 0, 0, [], threading.Event()
    signal.signal(signal.SIGTERM, lambda *args: stop.set())
    interval = 1 / rate
    next_at = time.perf_counter()
    while not stop.is_set():
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(base + random.choice(paths), timeout=10) as response:
                response.read()
            served += 1
            latencies.append(time.perf_counter() - started)
        except OSError:
            failed += 1
        next_at += interval
        stop.wait(max(0.0, next_at - time.perf_counter()))
    latencies.sort()
    p95 = latencies[int(0.95 * len(latencies))] * 1000 if latencies else 0
    print(f"{served} requests served, {failed} failed, p95 {p95:.0f} ms", flush=True)


def edit_latency(edits, folder, pause, load):
    from django.db import transaction

    from content.models import HomePage, NewsIndexPage, NewsPage
    from publishing.render import output_path

    site = folder / "site" / "current"
    log = open(folder / "worker.log", "a")  # noqa: SIM115
    worker = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "db_worker",
            "--interval",
            "0.05",
            "--no-startup-delay",
            "--no-reload",
        ],
        env={**os.environ, "LOG_LEVEL": "INFO"},  # worker.log: each publish and its seconds
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    visitors = subprocess.Popen(
        [sys.executable, __file__, "--serve-with-load", str(folder), str(load)],
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        text=True,
    )
    timings = []
    try:
        time.sleep(2)  # the worker starts
        news = NewsPage.objects.live().filter(locale__language_code="es").order_by("-date").first()
        files = [
            output_path(news.url),
            output_path(NewsIndexPage.objects.get(locale__language_code="es").url),
            output_path(HomePage.objects.get(locale__language_code="es").url),
            "es/news.rss",
        ]
        for n in range(-1, edits):  # edit -1 warms up the worker's first render (not counted)
            time.sleep(pause)
            title = f"Noticia editada número {n} ({pause:g} s)"
            news = NewsPage.objects.get(pk=news.pk)
            news.title = title
            started = time.perf_counter()
            with transaction.atomic():
                news.save_revision().publish()
            news.refresh_from_db()
            lastmod = news.last_published_at.replace(microsecond=0).isoformat()
            in_sitemap = f"{news.url}</loc>\n<lastmod>{lastmod}<"
            deadline = started + 60
            while time.perf_counter() < deadline:
                try:
                    done = all(title in (site / path).read_text() for path in files) and (
                        in_sitemap in (site / "sitemap-es.xml").read_text()
                    )
                except FileNotFoundError:
                    done = False
                if done:
                    break
                time.sleep(0.005)
            else:
                raise SystemExit(f"edit {n} did not reach the site within 60 s (see {log.name})")
            if n >= 0:
                timings.append(time.perf_counter() - started)
                log.write(f"benchmark: edit {n} live after {timings[-1] * 1000:.0f} ms\n")
                log.flush()
            else:
                cold = time.perf_counter() - started
    finally:
        visitors.terminate()
        served = visitors.communicate(timeout=30)[0].strip()
        worker.terminate()
        worker.wait(timeout=30)
        log.close()
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[max(int(round(0.95 * len(timings))) - 1, 0)]
    pace = f"{pause:g} s apart" if pause else "back to back"
    print(
        f"One-page publish to site/current ({edits} edits {pace}; page + news index + home + "
        f"feed + sitemap; static site under {load:g} requests/s: {served}): "
        f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {timings[-1] * 1000:.0f} ms "
        f"(the worker's first edit, not counted: {cold * 1000:.0f} ms)"
    )
    return {"p50": p50, "p95": p95, "max": timings[-1]}


def measure_edits(args, folder):
    """The one-page publishes only, on a corpus kept by an earlier run (it is changed)."""
    configure(folder)
    print(f"Kept folder: {folder}  (load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)")
    edit_latency(args.edits, folder, args.pause, args.load)
    edit_latency(args.edits, folder, 0, args.load)


def measure(args, pages):
    """Everything for one size, in a throwaway folder; returns the figures."""
    folder = Path(tempfile.mkdtemp(prefix="infomigra-bench-"))
    try:
        configure(folder)
        from django.core.management import call_command

        print(
            f"Throwaway folder: {folder}  (load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)"
        )
        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        build_corpus(pages)
        full_publish(args.workers, "Full publish (first: makes renditions)")
        figures = {"size": pages, "load_average": os.getloadavg()[0]}
        figures.update(full_publish(args.workers, "Full publish"))
        if args.naive:
            figures.update(naive_render(args.naive, figures["cpu_per_page"]))
        if args.edits:
            # Building the corpus queued a search-index and a reference-index task per page; the
            # worker would run that backlog before the first edit's publish (first in, first out).
            drained = time.perf_counter()
            call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
            print(f"Queue of the corpus build run first: {time.perf_counter() - drained:.1f} s")
            paced = edit_latency(args.edits, folder, args.pause, args.load)
            figures.update({f"paced_{key}": value for key, value in paced.items()})
            back_to_back = edit_latency(args.edits, folder, 0, args.load)
            figures.update({f"burst_{key}": value for key, value in back_to_back.items()})
        return figures
    finally:
        if args.keep:
            print(f"Kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def growth_table(results):
    print("\nsize    | full publish | pages/s | CPU/page | naive ×  | one-page p95 (paced, burst)")
    first = results[0]
    for figures in results:
        grow = figures["seconds"] / first["seconds"]
        print(
            f"{figures['size']:>7} | {figures['seconds']:>8.1f} s ({grow:.1f}×) | "
            f"{figures['pages_per_second']:>7.0f} | {figures['cpu_per_page'] * 1000:>5.1f} ms | "
            f"{figures.get('naive_ratio', 0):>7.1f}× | "
            f"{figures.get('paced_p95', 0) * 1000:.0f} ms, {figures.get('burst_p95', 0) * 1000:.0f} ms"
        )


def main():
    if sys.argv[1:2] == ["--serve-with-load"]:
        folder, rate = Path(sys.argv[2]), float(sys.argv[3])
        configure(folder)
        serve_with_load(folder, rate)
        return
    args = parse_args()
    if args.reuse:
        measure_edits(args, Path(args.reuse))
        return
    if args.results or len(args.pages) == 1:
        figures = measure(args, args.pages[0])
        if args.results:
            Path(args.results).write_text(json.dumps(figures))
        return
    results = []
    for pages in args.pages:  # each size in a fresh process (Django is set up once per process)
        with tempfile.NamedTemporaryFile(suffix=".json") as output:
            options = {
                "--edits": args.edits,
                "--pause": args.pause,
                "--workers": args.workers,
                "--naive": args.naive,
                "--load": args.load,
            }
            command = [sys.executable, __file__, "--pages", str(pages)]
            command += [str(part) for option in options.items() for part in option]
            command += ["--keep"] if args.keep else []
            subprocess.run([*command, "--results", output.name], check=True)
            results.append(json.loads(Path(output.name).read_text()))
    growth_table(results)


if __name__ == "__main__":
    main()
