"""The monthly report as CSV and XLSX, from the same tables as the admin page.

Free text (page titles, comments, search queries) is data, never a formula: CSV cells starting
with = + - @ or a control character get a leading apostrophe (OWASP's advice); XLSX cells are
written as text, and characters XML cannot hold are dropped.
"""

import csv
import io

from .tables import report_tables

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def filename(report, extension):
    return f"infomigra-report-{report.month}.{extension}"


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return str(value)


def to_csv(report):
    """One CSV document: per table a title row, a header row, the rows, then an empty row."""
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that spreadsheet programs read UTF-8 (accents, Quechua)
    writer = csv.writer(buffer, lineterminator="\r\n")
    for table in report_tables(report):
        writer.writerow([_csv_cell(str(table.title)), _csv_cell(str(table.note or ""))])
        writer.writerow([_csv_cell(str(column)) for column in table.columns])
        for row in table.rows:
            writer.writerow([_csv_cell(value) for value in row])
        writer.writerow([])
    return buffer.getvalue().encode("utf-8")


def _xlsx_value(cell, value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # text, even when it starts with "="
    else:
        cell.value = value


def to_xlsx(report):
    """One worksheet per table: title (and note) in row 1, headers in row 2, then the rows."""
    # openpyxl takes ~50 ms to import: only an export loads it, not every process of the portal.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in report_tables(report):
        sheet = workbook.create_sheet(str(table.sheet)[:31])
        _xlsx_value(sheet.cell(row=1, column=1), str(table.title))
        sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
        if table.note:
            _xlsx_value(sheet.cell(row=1, column=2), str(table.note))
        for index, column in enumerate(table.columns, start=1):
            cell = sheet.cell(row=2, column=index)
            _xlsx_value(cell, str(column))
            cell.font = Font(bold=True)
        for row_index, row in enumerate(table.rows, start=3):
            for column_index, value in enumerate(row, start=1):
                cell = sheet.cell(row=row_index, column=column_index)
                _xlsx_value(cell, value)
                if isinstance(value, str) and "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A3"
        for index, column in enumerate(table.columns, start=1):
            width = max([len(str(column))] + [len(str(r[index - 1] or "")) for r in table.rows])
            sheet.column_dimensions[sheet.cell(row=2, column=index).column_letter].width = min(
                max(10, width + 2), 60
            )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
