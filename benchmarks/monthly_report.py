"""Monthly report benchmark, in a throwaway SQLite database (never db.sqlite3).

Loads the demo content, adds `--pages` topic pages, a month of audit-log entries (`--edits`),
`--votes` feedback votes and `--queries` distinct searches, then prints how long the report takes
to compute and to export (CSV, XLSX), and the export sizes.

    .venv/bin/python benchmarks/monthly_report.py [--pages 2000] [--edits 50000] [--votes 20000]
"""

import argparse
import datetime
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKDIR = Path(tempfile.mkdtemp(prefix="infomigra-report-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR / 'bench.sqlite3'}"
sys.path.insert(0, str(ROOT))

ACTIONS = ["wagtail.create", "wagtail.edit", "wagtail.edit", "wagtail.publish", "wagtail.unpublish"]


def timed(label, function, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    print(
        f"{label:<34} best {min(times) * 1000:8.0f} ms   median {sorted(times)[runs // 2] * 1000:8.0f} ms"
    )
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=50_000)
    parser.add_argument("--votes", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=3_000)
    args = parser.parse_args()

    import logging

    import django

    django.setup()
    logging.disable(logging.INFO)
    from django.conf import settings

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
    from wagtail.models import Page, PageLogEntry

    from content.models import LineOfActionPage, TopicPage
    from monitoring import exports
    from monitoring.models import PageFeedback
    from monitoring.month import Month
    from monitoring.report import build_report
    from search.models import ZeroResultDailyHits

    start = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    print(f"demo loaded in {time.perf_counter() - start:.0f} s ({WORKDIR})")

    rng = random.Random(7)
    lines = list(LineOfActionPage.objects.filter(locale__language_code="es"))
    start = time.perf_counter()
    for number in range(args.pages):
        rng.choice(lines).add_child(
            instance=TopicPage(title=f"Tema sintético {number}", slug=f"tema-sintetico-{number}")
        )
    print(f"{args.pages} extra pages in {time.perf_counter() - start:.0f} s")

    month = Month.of().previous()
    seconds = int((month.end - month.start).total_seconds())
    pages = list(Page.objects.filter(depth__gt=1).values_list("pk", "title"))
    content_type_id = Page.objects.first().content_type_id
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            page_id=page_id,
            content_type_id=content_type_id,
            label=title,
            action=rng.choice(ACTIONS),
            timestamp=month.start + datetime.timedelta(seconds=rng.randrange(seconds)),
        )
        for page_id, title in (rng.choice(pages) for _ in range(args.edits))
    )
    live = list(Page.objects.live().filter(depth__gt=1).values_list("pk", "locale_id"))
    PageFeedback.objects.bulk_create(
        PageFeedback(
            page_id=page_id,
            locale_id=locale_id,
            useful=rng.random() < 0.7,
            comment=rng.choice(["", "", "Falta información sobre el trámite."]),
            created_at=month.start + datetime.timedelta(seconds=rng.randrange(seconds)),
        )
        for page_id, locale_id in (rng.choice(live) for _ in range(args.votes))
    )
    queries = Query.objects.bulk_create(
        Query(query_string=f"consulta {number}") for number in range(args.queries)
    )
    days = [month.first_day + datetime.timedelta(days=d) for d in range(month.last_day.day)]
    QueryDailyHits.objects.bulk_create(
        QueryDailyHits(query=query, date=day, hits=rng.randint(1, 20))
        for query in queries
        for day in rng.sample(days, 5)
    )
    ZeroResultDailyHits.objects.bulk_create(
        ZeroResultDailyHits(query=query, date=day, hits=rng.randint(1, 5))
        for query in queries[: args.queries // 5]
        for day in rng.sample(days, 3)
    )
    print(
        f"month {month}: {args.edits} audit-log entries over {len(pages)} pages, "
        f"{args.votes} votes, {args.queries} distinct searches\n"
    )

    now = timezone.now()
    report = timed("build_report()", lambda: build_report(month, now=now))
    csv = timed("CSV export (from the report)", lambda: exports.to_csv(report))
    xlsx = timed("XLSX export (from the report)", lambda: exports.to_xlsx(report))
    print(f"\nrows: {len(report.content)} section×language, {len(report.ratings)} rated pages")
    print(f"CSV {len(csv) / 1024:.0f} KiB, XLSX {len(xlsx) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
