"""The monthly report as titled tables: the one shape the admin page, the printable page, the
CSV and the XLSX exports all render, so they always show the same figures."""

from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from .report import TITLE, language_name


@dataclass
class Table:
    key: str
    sheet: str  # short name for the XLSX worksheet (at most 31 characters)
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    note: str = ""


def report_tables(report):
    return [
        summary_table(report),
        content_table(report),
        mailbox_table(report),
        ratings_table(report),
        worst_pages_table(report),
        top_searches_table(report),
        searches_without_results_table(report),
        *report.extra_tables,
    ]


def summary_table(report):
    mailbox = report.mailbox
    generated = formats.date_format(timezone.localtime(report.generated_at), "DATETIME_FORMAT")
    rows = [
        [_("Month"), str(report.month)],
        [_("Generated"), generated],
        [_("Pages created"), report.total("created")],
        [_("Pages updated"), report.total("updated")],
        [_("Pages published"), report.total("published")],
        [_("Pages unpublished"), report.total("unpublished")],
        [_("Missing translations"), report.total("missing_translations")],
        [_("Outdated translations"), report.total("outdated_translations")],
        [_("Overdue reviews"), report.total("overdue_reviews")],
        [_("Contact messages received"), mailbox.received],
        [_("Contact messages answered"), mailbox.answered],
        [_("Failed deliveries"), mailbox.failed_deliveries],
        [_("Feedback: useful"), report.feedback_yes],
        [_("Feedback: not useful"), report.feedback_no],
        [_("Feedback: useful (%)"), report.feedback_useful_percent],
        [_("Searches"), report.searches_total],
        [_("Searches without results"), report.searches_without_results_total],
    ]
    return Table(
        "summary",
        _("Summary"),
        TITLE,
        [_("Figure"), _("Value")],
        [[str(label), value] for label, value in rows],
        note=_(
            "Activity counts pages (not edits) per month, from Wagtail's audit log. Translations "
            "and reviews show the state when the report was generated."
        ),
    )


def content_table(report):
    table = Table(
        "content",
        _("Content"),
        _("Content by section and language"),
        [
            _("Section"),
            _("Language"),
            _("Created"),
            _("Updated"),
            _("Published"),
            _("Unpublished"),
            _("Missing translations"),
            _("Outdated translations"),
            _("Overdue reviews"),
        ],
    )
    for row in report.content:
        table.rows.append(
            [
                row.section.title,
                language_name(row.language),
                row.created,
                row.updated,
                row.published,
                row.unpublished,
                row.missing_translations,
                row.outdated_translations,
                row.overdue_reviews,
            ]
        )
    return table


def mailbox_table(report):
    table = Table(
        "mailbox",
        _("Mailbox"),
        _("Contact messages by line of action"),
        [_("Line of action"), _("Received"), _("Answered"), _("Median time to answer (hours)")],
    )
    for line in report.mailbox.lines:
        table.rows.append([line.label, line.received, line.answered, line.median_hours])
    return table


def ratings_table(report):
    table = Table(
        "ratings",
        _("Feedback"),
        _("“Was this page useful?” by page"),
        [_("Page"), _("Language"), _("Section"), _("Yes"), _("No"), _("Useful (%)")],
    )
    for rating in report.ratings:
        table.rows.append(
            [
                rating.title,
                language_name(rating.language),
                rating.section,
                rating.yes,
                rating.no,
                rating.useful_percent,
            ]
        )
    return table


def worst_pages_table(report):
    table = Table(
        "worst_pages",
        _("Least useful"),
        _("The ten pages rated least useful"),
        [_("Page"), _("Language"), _("Yes"), _("No"), _("Useful (%)"), _("Comments")],
    )
    for rating in report.worst_pages:
        table.rows.append(
            [
                rating.title,
                language_name(rating.language),
                rating.yes,
                rating.no,
                rating.useful_percent,
                "\n".join(rating.comments),
            ]
        )
    return table


def top_searches_table(report):
    return Table(
        "top_searches",
        _("Top searches"),
        _("Top searches"),
        [_("Search"), _("Searches")],
        [[item.query, item.searches] for item in report.top_searches],
    )


def searches_without_results_table(report):
    return Table(
        "searches_without_results",
        _("No results"),
        _("Searches without results"),
        [_("Search"), _("Searches")],
        [[item.query, item.searches] for item in report.searches_without_results],
    )
