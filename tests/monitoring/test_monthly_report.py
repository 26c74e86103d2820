"""The monthly report, checked figure by figure against a month of activity made with a frozen
clock: pages created, edited and published through Wagtail's revision API, translations through
wagtail-localize, votes through the feedback endpoint, searches through the search page."""

import datetime
import io
import itertools
from types import SimpleNamespace

import pytest
import time_machine
from django.core.management import call_command
from django.utils import translation
from monitoring_helpers import (
    ORIGIN,
    aged_ticket,
    by_first_columns,
    create_page,
    csv_tables,
    edit_and_publish,
    lima,
    publish,
    translate,
    xlsx_tables,
)

from content.models import CountryGuideIndexPage, CountryGuidePage, LineOfActionPage, TopicPage
from inbox.models import ContactMessage, OutboxEntry
from inbox.outbox import submit_message
from monitoring.month import Month
from monitoring.report import build_report, language_name
from monitoring.tables import report_tables
from public_forms import ticket

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MONTH = Month(2030, 3)
REPORT_TIME = lima(2030, 4, 2, 9, 0)
ADDRESSES = (f"10.7.0.{n}" for n in itertools.count(1))


def vote(client, page, useful, comment="", language="es"):
    client.cookies[ticket.COOKIE_NAME] = aged_ticket()
    response = client.post(
        f"/{language}/forms/feedback/",
        {"page": page.pk, "vote": "yes" if useful else "no", "comment": comment},
        HTTP_ORIGIN=ORIGIN,
        REMOTE_ADDR=next(ADDRESSES),
    )
    assert response.status_code == 303, response.content


def contact(line, answered_after=None):
    """A message stored as the contact form stores it, answered later by an operator."""
    message = submit_message(
        language="es",
        name="Rosa Quispe",
        email="rosa@example.pe",
        country="Chile",
        line=line,
        subject="Consulta sobre mi contrato",
        text="¿Qué documentos necesito?",
    )
    if answered_after is not None:
        with time_machine.travel(message.created_at + answered_after, tick=False):
            message.status = ContactMessage.Status.ANSWERED
            message.save()
    return message


def search(client, query, language="es", **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200


@pytest.fixture
def month_of_activity(client, spanish_home, editor):
    """March 2030 in the portal, with February and April around it; the baseline report is the
    same report before any of it happened (the demo content's own state)."""
    with time_machine.travel(REPORT_TIME, tick=False):
        baseline = build_report(MONTH)
    made = SimpleNamespace()
    guides = CountryGuideIndexPage.objects.get(locale__language_code="es")

    def at(*moment):
        return time_machine.travel(lima(*moment), tick=False)

    # February: a section of its own (a line of action) and a guide, all published.
    with at(2030, 2, 20, 10):
        made.line = publish(
            create_page(
                spanish_home,
                LineOfActionPage(title="Línea de prueba", slug="linea-de-prueba", number=4),
                editor,
            ),
            editor,
        )
        made.a = publish(
            create_page(made.line, TopicPage(title="Tema A", slug="a"), editor), editor
        )
        made.c = publish(
            create_page(made.line, TopicPage(title="Tema C", slug="c"), editor), editor
        )
        made.line_en = translate(made.line, "en", editor)
        made.guide = publish(
            create_page(
                guides,
                CountryGuidePage(
                    title="Guía de prueba",
                    slug="guia-de-prueba",
                    country_code="JP",
                    last_reviewed=datetime.date(2029, 3, 1),
                    next_review_due=datetime.date(2030, 3, 1),
                ),
                editor,
            ),
            editor,
        )
        search(client, "visa")
        search(client, "visa")
    with at(2030, 2, 27, 12):
        vote(client, made.a, False, "De febrero: no cuenta")
        contact("4")  # received in February: not counted
    # 23:30 in Lima on the last day of February is already March in UTC: still February here.
    with at(2030, 2, 28, 23, 30):
        made.c = edit_and_publish(made.c, editor, intro="Último cambio de febrero")

    # March.
    with at(2030, 3, 3, 9):
        vote(client, made.a, True)
    with at(2030, 3, 4, 9):
        contact("2", answered_after=datetime.timedelta(hours=24))
    with at(2030, 3, 6, 9):
        contact("2", answered_after=datetime.timedelta(hours=12))
    with at(2030, 3, 5, 9):
        made.b = create_page(made.line, TopicPage(title="Tema B", slug="b"), editor)
    with at(2030, 3, 7, 9):
        search(client, "visa")
        search(client, "visa")
        search(client, "  VISA ")
    with at(2030, 3, 8, 9):
        vote(client, made.a, False, "No encuentro el formulario")
        search(client, "xyzzy quipu")
        search(client, "xyzzy quipu")
    with at(2030, 3, 9, 9):
        vote(client, made.a, False, "Falta información sobre la visa")
        search(client, "qqq notfound", language="en")
        search(client, "Spain", language="en")
    with at(2030, 3, 10, 9):
        publish(made.b, editor)
    with at(2030, 3, 11, 9):
        vote(client, made.b, True)
    with at(2030, 3, 12, 9):
        edit_and_publish(made.a, editor, intro="Texto revisado en marzo")
        vote(client, made.b, True)
    with at(2030, 3, 14, 9):
        vote(client, made.line, True)
        vote(client, made.line, False)
    with at(2030, 3, 15, 9):
        made.b_en = translate(made.b, "en", editor)
    with at(2030, 3, 16, 9):
        vote(client, made.b_en, False, "Too short", language="en")
    with at(2030, 3, 18, 9):
        vote(client, made.a, False)
    with at(2030, 3, 20, 9):
        made.c.unpublish(user=editor)
    with at(2030, 3, 22, 9):
        unanswered = contact("1")
        # Its delivery to the Infomigra mailbox gave up after the retries.
        unanswered.outbox.filter(kind=OutboxEntry.Kind.MAILBOX).update(
            status=OutboxEntry.Status.FAILED
        )
    with at(2030, 3, 25, 9):
        edit_and_publish(made.b, editor, intro="Actualizado después de traducir")
    # 23:30 on 31 March in Lima is 1 April in UTC: still March here.
    with at(2030, 3, 31, 23, 30):
        made.d = create_page(made.line, TopicPage(title="Tema D", slug="d"), editor)

    # April: none of it counts.
    with at(2030, 4, 1, 0, 30):
        create_page(made.line, TopicPage(title="Tema E", slug="e"), editor)
        vote(client, made.b, True)
        contact("1")
        search(client, "visa")
    return baseline, made


def section_rows(report, page):
    """{language: row} of the section of `page`. Sections are matched by key, not title: a
    section's title is in the language active when the report was built."""
    key = str(page.translation_key)
    return {row.language: row for row in report.content if row.section.key == key}


def test_one_month_of_activity_in_every_view_of_the_report(
    client, editor, moderator, month_of_activity, tmp_path, subtests
):
    """The month is built once (about 3 CPU-s): each view of its report is a subtest."""
    baseline, made = month_of_activity
    with subtests.test("the report counts exactly what happened in the month"):
        check_counts(baseline, made)
    with subtests.test("both exports hold the same figures"):
        check_exports(client, editor)
    with subtests.test("the command writes the same report"):
        check_command(tmp_path)
    with subtests.test("the admin page and the printable page show the report"):
        check_admin_pages(client, moderator)


def check_counts(baseline, made):
    with time_machine.travel(REPORT_TIME, tick=False):
        report = build_report(MONTH)

    line = section_rows(report, made.line)
    # Spanish: B and D created (D at 23:30 on the 31st, Lima time); A updated (B and D were created
    # this month, so they are not "updated"); A and B published; C unpublished. The line, A, C
    # and the guide were published in February and are not counted.
    es = line["es"]
    assert (es.created, es.updated, es.published, es.unpublished) == (2, 1, 2, 1)
    assert (es.missing_translations, es.outdated_translations, es.overdue_reviews) == (
        None,
        None,
        0,
    )
    # English: B translated (created and published) in March; A still untranslated; B's
    # translation is older than B's last publication (25 March, after the sync on the 15th).
    en = line["en"]
    assert (en.created, en.updated, en.published, en.unpublished) == (1, 0, 1, 0)
    assert (en.missing_translations, en.outdated_translations) == (1, 1)
    # Quechua and Aymara: the line, A and B (the live Spanish pages) are all missing.
    for language in ("qu", "ay"):
        row = line[language]
        assert (row.created, row.published, row.missing_translations) == (0, 0, 3)
        assert row.outdated_translations == 0

    # The guide was created and published in February: no March activity in its section, but it
    # is overdue now (due 1 March 2030) and untranslated.
    index = CountryGuideIndexPage.objects.get(locale__language_code="es")
    guides, before = section_rows(report, index), section_rows(baseline, index)
    assert guides["es"].created == guides["es"].published == 0
    assert guides["es"].overdue_reviews == before["es"].overdue_reviews + 1
    for language in ("en", "qu", "ay"):
        assert guides[language].missing_translations == before[language].missing_translations + 1

    # Activity over all sections: only what the test did in March (the demo acts in 2026).
    assert report.total("created") == 3
    assert report.total("updated") == 1
    assert report.total("published") == 3
    assert report.total("unpublished") == 1

    # Contact messages: received and answered in March, by line; the failed delivery.
    lines = {
        line.line: (line.received, line.answered, line.median_hours)
        for line in report.mailbox.lines
    }
    assert lines["1"] == (1, 0, None)
    assert lines["2"] == (2, 2, 18.0)
    assert lines["4"] == (0, 0, None)  # February's message
    assert (report.mailbox.received, report.mailbox.answered) == (3, 2)
    assert report.mailbox.failed_deliveries == 1

    # Feedback: per page, from the endpoint's own records.
    ratings = {(r.title, r.language): (r.yes, r.no, r.useful_percent) for r in report.ratings}
    assert ratings == {
        ("Tema A", "es"): (1, 3, 25.0),
        ("Tema B", "es"): (2, 0, 100.0),
        ("Tema B", "en"): (0, 1, 0.0),
        ("Línea de prueba", "es"): (1, 1, 50.0),
    }
    assert [(r.title, r.language) for r in report.worst_pages] == [
        ("Tema B", "en"),
        ("Tema A", "es"),
        ("Línea de prueba", "es"),
    ]
    worst = {(r.title, r.language): r.comments for r in report.worst_pages}
    assert worst[("Tema A", "es")] == [
        "No encuentro el formulario",
        "Falta información sobre la visa",
    ]
    assert worst[("Tema B", "en")] == ["Too short"]
    assert (report.feedback_yes, report.feedback_no, report.feedback_useful_percent) == (4, 5, 44.4)

    # Searches: Wagtail's query tracking (normalised, per day) and ours for no results.
    assert [(s.query, s.searches) for s in report.top_searches] == [
        ("visa", 3),
        ("xyzzy quipu", 2),
        ("qqq notfound", 1),
        ("spain", 1),
    ]
    assert [(s.query, s.searches) for s in report.searches_without_results] == [
        ("xyzzy quipu", 2),
        ("qqq notfound", 1),
    ]
    assert (report.searches_total, report.searches_without_results_total) == (7, 3)


def expected_tables():
    """What both exports must hold, in the admin's language (Spanish)."""
    with translation.override("es"):
        names = {code: language_name(code) for code in ("es", "en", "qu", "ay")}
    return names


def check_exported_figures(tables, names):
    titles = [title for title, _columns, _rows in tables]
    assert titles[0] == "Perú Infomigra: informe mensual del portal"
    summary_title, summary_columns, summary_rows = tables[0]
    summary = {row[0]: row[1] for row in summary_rows}
    assert summary["Mes"] == "2030-03"
    assert summary["Páginas creadas"] == 3
    assert summary["Páginas actualizadas"] == 1
    assert summary["Páginas publicadas"] == 3
    assert summary["Páginas despublicadas"] == 1
    assert summary["Mensajes de contacto recibidos"] == 3
    assert summary["Mensajes de contacto respondidos"] == 2
    assert summary["Envíos fallidos"] == 1
    assert summary["Valoraciones: útil"] == 4
    assert summary["Valoraciones: no útil"] == 5
    assert summary["Valoraciones: útil (%)"] == 44.4
    assert summary["Búsquedas"] == 7
    assert summary["Búsquedas sin resultados"] == 3

    _title, columns, rows = tables[1]
    content = by_first_columns(columns, rows)
    es = content[("Línea de prueba", names["es"])]
    assert [es[c] for c in ("Creadas", "Actualizadas", "Publicadas", "Despublicadas")] == [
        2,
        1,
        2,
        1,
    ]
    assert es["Traducciones faltantes"] is None
    en = content[("Línea de prueba", names["en"])]
    assert [en[c] for c in ("Creadas", "Publicadas", "Traducciones faltantes")] == [1, 1, 1]
    assert en["Traducciones desactualizadas"] == 1
    assert content[("Línea de prueba", names["qu"])]["Traducciones faltantes"] == 3

    _title, _columns, rows = tables[2]
    assert [row[1:] for row in rows] == [
        [1, 0, None],
        [2, 2, 18.0],
        [0, 0, None],
        [0, 0, None],
        [0, 0, None],
    ]

    _title, columns, rows = tables[3]
    ratings = by_first_columns(columns, rows)
    assert ratings[("Tema A", names["es"])]["Sí"] == 1
    assert ratings[("Tema A", names["es"])]["No"] == 3
    assert ratings[("Tema A", names["es"])]["Útil (%)"] == 25.0
    assert ratings[("Tema B", names["en"])]["Útil (%)"] == 0.0

    _title, columns, rows = tables[4]
    assert [row[:2] for row in rows] == [
        ["Tema B", names["en"]],
        ["Tema A", names["es"]],
        ["Línea de prueba", names["es"]],
    ]
    assert rows[1][-1] == "No encuentro el formulario\nFalta información sobre la visa"

    _title, _columns, rows = tables[5]
    assert rows == [["visa", 3], ["xyzzy quipu", 2], ["qqq notfound", 1], ["spain", 1]]
    _title, _columns, rows = tables[6]
    assert rows == [["xyzzy quipu", 2], ["qqq notfound", 1]]


def check_exports(client, editor):
    with time_machine.travel(REPORT_TIME, tick=False):
        client.force_login(editor)
        csv_response = client.get("/admin/monthly-report/2030-03.csv")
        xlsx_response = client.get("/admin/monthly-report/2030-03.xlsx")
        report = build_report(MONTH)
    assert csv_response.status_code == xlsx_response.status_code == 200
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="infomigra-report-2030-03.csv"' in csv_response["Content-Disposition"]
    assert xlsx_response["Content-Type"].startswith("application/vnd.openxmlformats")
    names = expected_tables()
    from_csv, from_xlsx = csv_tables(csv_response.content), xlsx_tables(xlsx_response.content)
    check_exported_figures(from_csv, names)
    check_exported_figures(from_xlsx, names)
    # Every cell of every table, not just the ones checked above, is the same in both.
    with translation.override("es"):
        tables = report_tables(report)
    assert len(from_csv) == len(from_xlsx) == len(tables)
    for (_t1, csv_columns, csv_rows), (_t2, xlsx_columns, xlsx_rows) in zip(
        from_csv[1:], from_xlsx[1:], strict=True
    ):
        assert csv_columns == xlsx_columns
        assert csv_rows == xlsx_rows


def check_command(tmp_path):
    target = tmp_path / "report.xlsx"
    stderr = io.StringIO()
    with time_machine.travel(REPORT_TIME, tick=False):
        call_command(
            "monthly_report", "2030-03", "--format", "xlsx", "--output", str(target), stderr=stderr
        )
        stdout = io.StringIO()
        call_command("monthly_report", "2030-03", stdout=stdout)
    check_exported_figures(xlsx_tables(target.read_bytes()), expected_tables())
    check_exported_figures(csv_tables(stdout.getvalue().encode()), expected_tables())


def check_admin_pages(client, moderator):
    with time_machine.travel(REPORT_TIME, tick=False):
        client.force_login(moderator)
        page = client.get("/admin/monthly-report/", {"month": "2030-03"})
        printable = client.get("/admin/monthly-report/2030-03/print/")
    assert page.status_code == printable.status_code == 200
    html = page.content.decode()
    assert 'href="/admin/monthly-report/2030-03.xlsx"' in html
    assert 'data-table="worst_pages"' in html and "No encuentro el formulario" in html
    printed = printable.content.decode()
    assert "Perú Infomigra: informe mensual del portal" in printed
    assert 'class="report-brand"' in printed  # the national brand (components/report_brand.html)
    assert "<script" not in printed and "style=" not in printed
    assert "Tema A" in printed and "xyzzy quipu" in printed


def test_by_default_the_admin_shows_last_month_and_bad_months_are_400(client, editor):
    with time_machine.travel(lima(2030, 4, 15, 9), tick=False):
        client.force_login(editor)
        default = client.get("/admin/monthly-report/")
        bad = client.get("/admin/monthly-report/", {"month": "2030-13"})
        worse = client.get("/admin/monthly-report/", {"month": "'; DROP TABLE--"})
        export = client.get("/admin/monthly-report/2030-13.csv")
    assert default.status_code == 200
    assert 'value="2030-03"' in default.content.decode()
    assert bad.status_code == worse.status_code == export.status_code == 400
    assert "AAAA-MM" in bad.content.decode()


def test_free_text_never_becomes_a_spreadsheet_formula(client, editor, spanish_home):
    from openpyxl import load_workbook

    from monitoring import exports

    page = TopicPage.objects.live().filter(locale__language_code="es").first()
    with time_machine.travel(lima(2030, 5, 10, 9), tick=False):
        vote(client, page, False, '=HYPERLINK("http://evil.example","clic")')
        search(client, "=1+1")
        report = build_report(Month(2030, 5))
    text = exports.to_csv(report).decode("utf-8")
    assert "'=HYPERLINK" in text and "'=1+1" in text
    workbook = load_workbook(io.BytesIO(exports.to_xlsx(report)))
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    formulas = [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert formulas == []
    assert any(cell.value == "=1+1" for cell in cells)
