"""Content freshness: the dashboard panel and the weekly email list what is due, and only that."""

import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from monitoring_helpers import create_page, edit_and_publish, lima, make_user, publish
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from content.models import CountryGuideIndexPage, CountryGuidePage, LegislationPage
from monitoring import tasks
from monitoring.freshness import due_reviews, outdated_translations

pytestmark = pytest.mark.django_db

NOW = lima(2030, 6, 10, 9, 0)  # a Monday
TODAY = NOW.date()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def guides(editor):
    """Four Spanish guides with review dates around today (10 June 2030)."""
    index = CountryGuideIndexPage.objects.get(locale__language_code="es")
    specs = {
        "overdue": ("Guía vencida ayer", TODAY - 365 * DAY, TODAY - DAY),
        "reviewed_today": ("Guía revisada hoy", TODAY, TODAY + 180 * DAY),
        "due_soon": ("Guía por vencer", TODAY - 170 * DAY, TODAY + 10 * DAY),
        "reviewed_after_due": ("Guía revisada tras vencer", TODAY, TODAY - DAY),
    }
    made = {}
    with time_machine.travel(NOW, tick=False):
        for key, (title, last_reviewed, next_review_due) in specs.items():
            page = CountryGuidePage(
                title=title,
                slug=key.replace("_", "-"),
                country_code="JP",
                last_reviewed=last_reviewed,
                next_review_due=next_review_due,
            )
            made[key] = publish(create_page(index, page, editor), editor)
    return made


def freshness_panel(html):
    start = html.index('id="content-freshness-section"')
    return html[start : html.index("</section>", start)]


def panel_section(html, kind):
    start = html.index(f'data-freshness="{kind}"')
    return html[start : html.index("</table>", start)]


@pytest.mark.postgres
def test_the_freshness_lists_are_right(guides):
    with time_machine.travel(NOW, tick=False):
        items = {item.page.title: item for item in due_reviews()}
    assert items["Guía vencida ayer"].overdue and items["Guía vencida ayer"].days == 1
    assert not items["Guía por vencer"].overdue and items["Guía por vencer"].days == -10
    assert "Guía revisada hoy" not in items
    assert "Guía revisada tras vencer" not in items
    assert all(item.page.locale.language_code == "es" for item in items.values())


def test_the_dashboard_panel_shows_overdue_and_due_soon_to_dml_editors(
    client, editor, regional_editor, moderator, guides
):
    with time_machine.travel(NOW, tick=False):
        client.force_login(editor)
        html = client.get("/admin/").content.decode()
    panel = freshness_panel(html)
    overdue, soon = panel_section(panel, "overdue"), panel_section(panel, "due-soon")
    assert "Guía vencida ayer" in overdue
    assert f"/admin/pages/{guides['overdue'].pk}/edit/" in overdue
    assert "Guía por vencer" in soon and "Guía vencida ayer" not in soon
    assert "Guía revisada hoy" not in panel
    assert "Guía revisada tras vencer" not in panel
    for other in (regional_editor, moderator):
        with time_machine.travel(NOW, tick=False):
            client.force_login(other)
            assert 'id="content-freshness-section"' not in client.get("/admin/").content.decode()


def test_the_weekly_email_goes_to_dml_editors_in_their_language(
    editor, regional_editor, moderator, guides
):
    english_editor = make_user("dml_editor", "editor_en")
    UserProfile.get_for_user(english_editor).__class__.objects.filter(user=english_editor).update(
        preferred_language="en"
    )
    with time_machine.travel(NOW, tick=False):
        tasks.send_freshness_digest.enqueue()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "dml_editor@trabajo.gob.pe",
        "editor_en@trabajo.gob.pe",
    ]
    spanish = next(m for m in mail.outbox if m.to == ["dml_editor@trabajo.gob.pe"])
    english = next(m for m in mail.outbox if m.to == ["editor_en@trabajo.gob.pe"])
    assert spanish.subject.startswith("[Infomigra] Contenido por revisar: ")
    assert "revisiones vencidas" in spanish.subject
    assert english.subject.startswith("[Infomigra] Content to review: ")
    for message in (spanish, english):
        body = message.body
        assert "Guía vencida ayer" in body
        assert f"http://testserver/admin/pages/{guides['overdue'].pk}/edit/" in body
        assert "Guía por vencer" in body
        assert "Guía revisada hoy" not in body
        assert "Guía revisada tras vencer" not in body
        html, mimetype = message.alternatives[0]
        assert mimetype == "text/html" and "Guía vencida ayer" in html
    assert "vence el 2030-06-09" in spanish.body
    assert "due 2030-06-09" in english.body


def test_nothing_due_means_no_email(editor, guides):
    for model in (CountryGuidePage, LegislationPage):
        model.objects.update(last_reviewed=TODAY, next_review_due=TODAY + 365 * DAY)
    with time_machine.travel(NOW, tick=False):
        assert tasks.deliver_digest() == 0
    assert mail.outbox == []


def test_translations_older_than_their_source_are_listed_until_synced(client, editor):
    spain = CountryGuidePage.objects.get(locale__language_code="es", country_code="ES")
    with time_machine.travel(NOW, tick=False):
        assert outdated_translations() == []
        spain = edit_and_publish(spain, editor, intro="Nuevos requisitos de visa en 2030.")
        outdated = outdated_translations()
        client.force_login(editor)
        panel = panel_section(client.get("/admin/").content.decode(), "outdated")
    assert [(i.source["id"], i.target["locale__language_code"]) for i in outdated] == [
        (spain.pk, "en")
    ]
    assert spain.title in panel and "Inglés" in panel
    # What "Sync translated pages" does: extract the source again.
    with time_machine.travel(NOW + datetime.timedelta(minutes=5), tick=False):
        spanish = Locale.objects.get(language_code="es")
        TranslationSource.objects.get(
            object_id=spain.translation_key, locale=spanish
        ).update_from_db()
        assert outdated_translations() == []


def test_the_weekly_run_schedules_itself_once(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}
    }
    with time_machine.travel(lima(2030, 6, 12, 15, 0), tick=False):  # a Wednesday
        first = tasks.schedule_next_digest()
        again = tasks.schedule_next_digest()
        output = io.StringIO()
        call_command("schedule_freshness_digest", stdout=output)
    assert "2030-06-17 08:00" in output.getvalue()
    assert first == again == lima(2030, 6, 17, 8, 0)  # next Monday, 08:00 in Lima
    from django_tasks_db.models import DBTaskResult

    assert (
        DBTaskResult.objects.filter(task_path=tasks.send_freshness_digest.module_path).count() == 1
    )


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="the in-process db_worker closes connections, which would end the test's transaction "
    "on PostgreSQL (on SQLite's in-memory test database closing is a no-op)",
)
def test_the_real_worker_sends_it_on_monday_morning_and_queues_the_next_week(
    settings, editor, guides
):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}
    }
    from django_tasks_db.models import DBTaskResult

    def run_worker():
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    with time_machine.travel(lima(2030, 6, 10, 7, 0), tick=False):  # Monday, 07:00
        assert tasks.schedule_next_digest() == lima(2030, 6, 10, 8, 0)
        run_worker()
    assert mail.outbox == []  # not yet
    with time_machine.travel(lima(2030, 6, 10, 8, 1), tick=False):
        run_worker()
    assert [message.to for message in mail.outbox] == [["dml_editor@trabajo.gob.pe"]]
    assert "Guía vencida ayer" in mail.outbox[0].body
    runs = DBTaskResult.objects.filter(task_path=tasks.send_freshness_digest.module_path)
    assert runs.filter(status="SUCCESSFUL").count() == 1
    assert list(runs.filter(status="READY").values_list("run_after", flat=True)) == [
        lima(2030, 6, 17, 8, 0)
    ]
