"""The "chart and table of figures" block: an editor's CSV becomes an inline SVG chart and a table
of the same figures when the page is published; a CSV that cannot be charted is refused in the
editor's language with what to fix, never a server error."""

import re

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail import blocks
from wagtail.documents import get_document_model

from content.blocks import DatasetChartBlock

REGIONS = "Región,Empleo formal (%)\nLima Metropolitana,39.8\nCusco,19.6\nPuno,10.2"


def value(document=None, **fields):
    block = DatasetChartBlock()
    data = {"title": "Tasa de empleo formal por región", "csv": REGIONS, "kind": "bars"}
    struct = block.to_python({**data, "source": "INEI", "date": "2024-12-31", **fields})
    struct["document"] = document
    return block, struct


def render(language="es", **fields):
    block, struct = value(**fields)
    with translation.override(language):
        return block.render(struct)


def error_of(language="es", **fields):
    block, struct = value(**fields)
    with translation.override(language), pytest.raises(blocks.StructBlockValidationError) as err:
        block.clean(struct)
    [(field, error)] = err.value.block_errors.items()
    return field, " ".join(error.messages)


def test_bars_and_table_show_the_figures_in_the_visitors_language():
    html = render("es")
    svg = re.search(r"<svg[^>]*>.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "aria-labelledby" in svg
    assert "<script" not in html and "style=" not in html
    assert "39,8" in svg and "10,2" in svg  # Spanish decimal comma on the bars
    widths = [
        float(w) for w in re.findall(r'<rect class="chart__series-1"[^>]*width="([\d.]+)"', svg)
    ]
    assert widths == sorted(widths, reverse=True) and widths[0] / widths[2] == pytest.approx(
        39.8 / 10.2, rel=0.02
    )
    table = re.search(r"<table.*?</table>", html, re.S).group(0)
    caption = re.search(r"<caption>(.*?)</caption>", table, re.S).group(1)
    assert "Tasa de empleo formal por región" in caption
    assert "Fuente: INEI" in caption and "2024" in caption
    assert '<th scope="col">Región</th><th scope="col">Empleo formal (%)</th>' in table
    assert '<tr><th scope="row">Puno</th><td>10,2</td></tr>' in table
    assert "<td>10.2</td>" in render("en")


def test_line_chart_draws_one_point_per_row():
    csv = "Año,Remesas\n" + "\n".join(f"{2015 + i},{2700 + 100 * i}" for i in range(10))
    html = render(kind="line", csv=csv)
    [points] = re.findall(r'<polyline class="chart__line chart__line--1" points="([^"]+)"', html)
    ys = [float(point.split(",")[1]) for point in points.split()]
    assert len(ys) == 10 and ys == sorted(ys, reverse=True)  # rising figures, rising line
    assert "<td>3600</td>" in html and '<th scope="row">2024</th>' in html


def test_several_series_get_a_legend_and_distinct_classes():
    csv = "Año;Hombres;Mujeres\n2023;52,1;40,3\n2024;53,0;41,2"  # semicolons, decimal commas
    html = render(csv=csv)
    assert ">Hombres</text>" in html and ">Mujeres</text>" in html
    assert "chart__series-2" in html and "<td>41,2</td>" in html


@pytest.mark.django_db
def test_an_uploaded_csv_document_is_charted():
    document = get_document_model().objects.create(
        title="Empleo", file=ContentFile(REGIONS.encode("utf-8-sig"), name="empleo.csv")
    )
    html = render(csv="", document=document)
    assert '<th scope="row">Lima Metropolitana</th><td>39,8</td>' in html


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"csv": "Región,Tasa\nLima,mucho"}, "“mucho” no es un número"),
        ({"csv": "Región,Tasa\n" + "\n".join(f"R{i},{i}" for i in range(25))}, "Demasiadas filas"),
        ({"csv": "Región,A,B,C,D\nLima,1,2,3,4"}, "Demasiadas columnas"),
        ({"csv": "Región,Tasa\nLima,1,2"}, "La línea 2 tiene 3 celdas"),
        ({"csv": "Región,Tasa\nLima,-3"}, "cifras negativas"),
        ({"csv": 'Región,Tasa\n"Lima,1'}, "No se puede leer el CSV"),
        ({"csv": ""}, "El CSV está vacío"),
    ],
)
def test_a_csv_that_cannot_be_charted_is_refused_in_the_editors_language(fields, expected):
    field, message = error_of("es", **fields)
    assert field == "csv" and expected in message


def test_the_same_refusal_in_english():
    assert error_of("en", csv="Region,Rate\nLima,lots")[1].endswith("“lots” is not a number.")


@pytest.mark.django_db
def test_a_spreadsheet_uploaded_instead_of_a_csv_is_refused():
    document = get_document_model().objects.create(
        title="Hoja", file=ContentFile(b"PK\x03\x04\x00\x00binary", name="hoja.xlsx")
    )
    field, message = error_of("es", csv="", document=document)
    assert field == "document" and "no es un archivo CSV" in message


@pytest.mark.django_db
def test_choosing_a_file_and_pasting_figures_is_refused():
    document = get_document_model().objects.create(
        title="Empleo", file=ContentFile(REGIONS.encode(), name="empleo2.csv")
    )
    field, message = error_of("es", document=document)
    assert field == "document" and "no ambos" in message


@pytest.mark.parametrize(
    ("language", "path"),
    [
        ("es", "/es/vas-a-retornar-al-peru/indicadores-del-mercado-laboral/"),
        ("qu", "/qu/peruman-kutimuy/llamkay-mercadopa-yupaykunan/"),
    ],
)
def test_the_published_indicators_page_has_both_charts_and_tables(published_demo, language, path):
    status, _headers, body = published_demo(path)
    assert status == 200
    html = body.decode()
    assert html.count('role="img"') >= 2
    assert 'class="chart chart--bars"' in html and 'class="chart chart--line"' in html
    assert html.count("<table") == 2 and '<th scope="row">Puno</th>' in html
    assert "<td>4930</td>" in html and ("<td>10,2</td>" in html or "<td>10.2</td>" in html)
    assert "demostraci" in html  # the figures say they are demo data


def test_the_indicators_page_stays_within_the_page_weight_budget(published_demo, demo_release):
    """≤ 60 KB and ≤ 8 requests on a phone: the charts are inline, they add no request."""
    path = "/es/vas-a-retornar-al-peru/indicadores-del-mercado-laboral/"
    _status, _headers, body = published_demo(path)
    html = re.sub(r"<noscript>.*?</noscript>", "", body.decode(), flags=re.S)  # not loaded
    assets = re.findall(r'<link rel="(?:stylesheet|icon)" href="([^"?]+)', html)
    assets += re.findall(r'<script[^>]* src="([^"?]+)', html)
    assets += re.findall(r'<img[^>]* src="([^"?]+)', html)
    assert 1 + len(set(assets)) <= 8
    compressed = (demo_release / "current" / path.strip("/") / "index.html.br").stat().st_size
    for asset in set(assets):
        file = demo_release / "current" / asset.lstrip("/")
        best = min(
            (p for p in (file.with_name(file.name + ".br"), file) if p.exists()),
            key=lambda p: p.stat().st_size,
            default=None,
        )
        compressed += best.stat().st_size if best else 0
    assert compressed <= 60 * 1024


def test_the_editors_help_text_states_the_real_limits():
    from content.datasets import MAX_ROWS, MAX_SERIES

    help_text = DatasetChartBlock().child_blocks["csv"].field.help_text
    with translation.override("en"):
        assert f"{MAX_ROWS} rows and {MAX_SERIES} columns" in str(help_text)
    with translation.override("es"):
        assert f"{MAX_ROWS} filas y {MAX_SERIES} columnas" in str(help_text)


def test_every_chart_colour_stands_out_from_the_background_by_at_least_3_to_1():
    """WCAG 1.4.11: bars, lines and dots take brand colours held to ≥ 3:1 on the background."""
    from pathlib import Path

    from themes.brand import PALETTE, BrandSettings
    from themes.palette import contrast_ratio

    css = (Path(__file__).resolve().parents[2] / "themes/static/themes/css/portal.css").read_text()
    rules = re.findall(
        r"\.chart__(?:series|line)-+\d \{[^}]*?(?:fill|stroke): var\((--[\w-]+)\)", css
    )
    assert len(rules) == 6  # three series, as bars/dots and as lines
    brand, field = BrandSettings(), dict(PALETTE)
    for prop in rules:
        colour = getattr(brand, field[prop])
        assert contrast_ratio(colour, brand.colour_background) >= 3, prop
