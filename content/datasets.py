"""Small CSV datasets that editors chart on a page (`DatasetChartBlock`).

The first column names the rows (regions, years …), every other column is a numeric series; the
first line holds the column names. `parse_dataset` reads and checks it, raising `DatasetError`
with a message for the editor; `bar_chart` and `line_chart` lay it out as an SVG drawing of a
fixed width, read by `components/blocks/dataset_chart_block.html`.
"""

import csv
import io
import math
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 20_000
MAX_ROWS = 24
MAX_SERIES = 3
MAX_LABEL = 40

# The drawing's width in SVG units: at 360 px its text is shown at about its size.
WIDTH = 320


class DatasetError(ValueError):
    """A CSV an editor gave that cannot be charted; str() is the message to show them."""


@dataclass(frozen=True)
class Dataset:
    columns: list  # the row-label column's name, then one name per series
    rows: list  # [(label, [value, …]), …]
    decimals: list  # per series, the decimals the figures are written with

    @property
    def series(self):
        return self.columns[1:]

    def formatted(self, series_index, value):
        return number_format(value, self.decimals[series_index], use_l10n=True)

    def table_rows(self):
        return [
            (label, [self.formatted(i, value) for i, value in enumerate(values)])
            for label, values in self.rows
        ]


def read_document(document):
    """The text of an uploaded CSV document, or DatasetError."""
    try:
        with document.file.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise DatasetError(_("The CSV file cannot be read.")) from error
    if len(data) > MAX_BYTES:
        raise DatasetError(_("The CSV file is too large (at most 20 kB)."))
    if b"\x00" in data:
        raise DatasetError(
            _("This file is not a CSV file. Save the spreadsheet as “CSV” and upload that.")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_number(cell, decimal_comma):
    text = cell.strip().replace("\u00a0", "").replace(" ", "")
    if decimal_comma:
        text = text.replace(",", ".")
    if not text or not all(ch in "0123456789.-" for ch in text):
        raise ValueError(cell)
    value = float(text)  # ValueError for "1.2.3", "-", …
    if not math.isfinite(value):
        raise ValueError(cell)
    decimals = len(text.split(".")[1]) if "." in text else 0
    return value, decimals


def parse_dataset(text):
    """A Dataset from CSV text (commas, or semicolons with decimal commas), or DatasetError."""
    text = (text or "").strip()
    if not text:
        raise DatasetError(_("The CSV is empty."))
    if len(text.encode()) > MAX_BYTES:
        raise DatasetError(_("The CSV is too large (at most 20 kB)."))
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        lines = [
            [cell.strip() for cell in line]
            for line in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
            if any(cell.strip() for cell in line)
        ]
    except csv.Error as error:
        raise DatasetError(_("The CSV cannot be read: %(error)s.") % {"error": error}) from error
    header, body = lines[0], lines[1:]
    if len(header) < 2:
        raise DatasetError(
            _("The CSV needs at least two columns: the names of the rows, then the figures.")
        )
    if len(header) - 1 > MAX_SERIES:
        raise DatasetError(
            _("Too many columns: at most %(count)d columns of figures.") % {"count": MAX_SERIES}
        )
    if not body:
        raise DatasetError(_("The CSV has no rows of figures under its first line."))
    if len(body) > MAX_ROWS:
        raise DatasetError(_("Too many rows: at most %(count)d.") % {"count": MAX_ROWS})
    for name in header:
        if not name:
            raise DatasetError(_("Every column needs a name in the first line."))
        if len(name) > MAX_LABEL:
            raise DatasetError(
                _("The name “%(name)s” is too long (at most %(count)d characters).")
                % {"name": name, "count": MAX_LABEL}
            )
    rows, decimals = [], [0] * (len(header) - 1)
    for number, line in enumerate(body, start=2):
        if len(line) != len(header):
            raise DatasetError(
                _("Line %(line)d has %(found)d cells; the first line has %(expected)d.")
                % {"line": number, "found": len(line), "expected": len(header)}
            )
        label, cells = line[0], line[1:]
        if not label or len(label) > MAX_LABEL:
            raise DatasetError(
                _("Line %(line)d: the row needs a name of at most %(count)d characters.")
                % {"line": number, "count": MAX_LABEL}
            )
        values = []
        for index, cell in enumerate(cells):
            try:
                value, places = parse_number(cell, decimal_comma=delimiter == ";")
            except ValueError:
                raise DatasetError(
                    _("Line %(line)d, column “%(column)s”: “%(value)s” is not a number.")
                    % {"line": number, "column": header[index + 1], "value": cell}
                ) from None
            if value < 0:
                raise DatasetError(
                    _("Line %(line)d, column “%(column)s”: negative figures cannot be charted.")
                    % {"line": number, "column": header[index + 1]}
                )
            decimals[index] = max(decimals[index], places)
            values.append(value)
        rows.append((label, values))
    return Dataset(columns=header, rows=rows, decimals=decimals)


# -- layout --------------------------------------------------------------------------------


def nice_maximum(value):
    """The axis maximum: the largest figure rounded up to 1, 2, 2.5 or 5 times a power of 10."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power  # pragma: no cover (the loop always returns)


def bar_chart(dataset):
    """Horizontal bars, the row's name above its bars and each figure at the end of its bar."""
    label_height, bar_height, gap, legend = 18, 14, 12, legend_height(dataset)
    room_for_figures = 64
    scale = (WIDTH - room_for_figures) / nice_maximum(max(max(v) for _l, v in dataset.rows))
    y, groups = legend, []
    for label, values in dataset.rows:
        bars = []
        y_label = y + 13
        y += label_height
        for index, value in enumerate(values):
            length = round(value * scale, 1)
            bars.append(
                {
                    "series": index + 1,
                    "y": y,
                    "width": max(length, 1),
                    "text_x": length + 4,
                    "text_y": y + bar_height - 3,
                    "text": dataset.formatted(index, value),
                }
            )
            y += bar_height + 2
        groups.append({"label": label, "label_y": y_label, "bars": bars})
        y += gap
    return {
        "width": WIDTH,
        "height": y,
        "bar_height": bar_height,
        "groups": groups,
        "legend": legend_items(dataset),
    }


def line_chart(dataset):
    """One line per series over the rows (years, months …), with a labelled vertical axis."""
    left, right, top, bottom = 44, 12, 10 + legend_height(dataset), 26
    plot_height = 180
    maximum = nice_maximum(max(max(v) for _l, v in dataset.rows))
    plot_width = WIDTH - left - right
    count = len(dataset.rows)
    step = plot_width / (count - 1) if count > 1 else 0

    def x(i):
        return round(left + (i * step if count > 1 else plot_width / 2), 1)

    def y(value):
        return round(top + plot_height - value / maximum * plot_height, 1)

    decimals = max(dataset.decimals) if maximum < 10 else 0
    ticks = [
        {"y": y(maximum * k / 4), "text": number_format(maximum * k / 4, decimals, use_l10n=True)}
        for k in range(5)
    ]
    every = math.ceil(count / 6)  # at most six labels under the axis
    labels = [
        {"x": x(i), "text": label}
        for i, (label, _values) in enumerate(dataset.rows)
        if i % every == 0 or i == count - 1 and (count - 1) % every == 0
    ]
    lines = []
    for index in range(len(dataset.series)):
        points = [(x(i), y(values[index])) for i, (_label, values) in enumerate(dataset.rows)]
        lines.append(
            {
                "series": index + 1,
                "points": " ".join(f"{px},{py}" for px, py in points),
                "dots": [{"x": px, "y": py} for px, py in points],
            }
        )
    return {
        "width": WIDTH,
        "height": top + plot_height + bottom,
        "left": left,
        "right": WIDTH - right,
        "baseline": top + plot_height,
        "label_y": top + plot_height + 18,
        "ticks": ticks,
        "labels": labels,
        "lines": lines,
        "legend": legend_items(dataset),
    }


def legend_height(dataset):
    return 20 * len(dataset.series) if len(dataset.series) > 1 else 0


def legend_items(dataset):
    """A key above the drawing, one series a line, when there is more than one series."""
    if len(dataset.series) < 2:
        return []
    return [
        {"series": i + 1, "y": i * 20 + 4, "text_y": i * 20 + 15, "text": name}
        for i, name in enumerate(dataset.series)
    ]
