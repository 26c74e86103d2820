"""The real queue: a page published in the CMS reaches site/current through `db_worker`, ahead of
a bulk import's backlog of other tasks."""

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EDIT = """
from wagtail.models import Page
from wagtail.tasks import update_reference_index_task
from content.models import NewsPage
for pk in Page.objects.values_list("pk", flat=True)[:300]:  # a bulk import's backlog
    update_reference_index_task.enqueue("wagtailcore", "page", pk)
news = NewsPage.objects.live().filter(locale__language_code="es").order_by("-date").first()
news.title = "Publicado por el trabajador de tareas"
news.save_revision().publish()
print(news.url)
"""


def backlog(portal):
    """The backlog's tasks still waiting in the portal's queue (EDIT queues them for
    `wagtailcore.page`; the edit's own are for its specific type)."""
    with sqlite3.connect(portal.db) as connection:
        query = (
            "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'READY' "
            "AND task_path LIKE '%update_reference_index_task' AND args_kwargs LIKE '%wagtailcore%'"
        )
        return connection.execute(query).fetchone()[0]


def test_a_publish_in_the_cms_reaches_the_site_through_the_worker(published_portal, tmp_path):
    portal = published_portal.copy(tmp_path / "portal")
    served = portal.current
    worker = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "db_worker",
            "--interval",
            "0.1",
            "--no-startup-delay",
            "--no-reload",
        ],
        env=portal.env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = portal.manage("shell", "-c", EDIT).stdout.strip().splitlines()[-1]
        page = portal.site / "current" / url.strip("/") / "index.html"
        index = portal.site / "current" / "es" / "index.html"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if portal.current != served and "Publicado por el trabajador" in index.read_text():
                break
            time.sleep(0.05)
        assert backlog(portal) > 0  # the backlog queued before it waits its turn
        assert "Publicado por el trabajador de tareas" in page.read_text()
        assert "Publicado por el trabajador de tareas" in index.read_text()
        assert (served / url.strip("/") / "index.html").exists()  # the previous release is kept
    finally:
        worker.terminate()
        worker.wait(timeout=30)
