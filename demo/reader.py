"""Page specs from the YAML files in demo/data/ (one file per area of the portal).

A page is a mapping: `type` (a short name from `PAGE_TYPES`), `slug`, `title`, optional `intro`
and `children`, and any other field of its model by the field's name. A field's value is read
according to the model field:

- StreamField: a list of blocks (see stream.py);
- link to a page: a path of Spanish slugs below the home page, e.g. `aviso-de-privacidad`;
- document: the file name of a PDF generated from the page's texts (`pdf_note` of the file);
- image: `{file: name.webp, palette: 0}`, a generated placeholder (`image_collection`);
- date: absolute (`2011-03-03`) or relative to the day of loading: `{days_ago: 45}`,
  `{in_days: 135}`; date and time: the same plus `at: "10:00"` (the portal's time zone);
- text fields (not addresses, not choices): a text (text.py); anything else as written.

`amended_by` (legislation) lists the amending norms' paths.
"""

import html
from datetime import datetime, time, timedelta
from functools import cache
from pathlib import Path

import yaml
from django.db import models
from django.utils import formats, timezone, translation
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from agencies.models import OfferCheckPage
from content.models import (
    ContactPage,
    ContestsVideosPage,
    CountryGuideIndexPage,
    CountryGuidePage,
    EventIndexPage,
    EventPage,
    HomePage,
    LegislationAmendment,
    LegislationIndexPage,
    LegislationPage,
    LineOfActionPage,
    LinksPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    StudyIndexPage,
    StudyPage,
    TopicPage,
    VideoCaptions,
    VideoPage,
)
from content.pages.legislation import NormStatus, NormType, Scope
from network.models import OfficeFinderPage, OfficePage, RegionPage, SenepNetworkPage
from registrations.models import ReturnPage, SivitmaPage

from . import files
from .pdf import PdfDocument
from .stream import Ref, day, stream
from .text import LANGUAGES, T, text
from .tree import PageSpec, Related

DATA = Path(__file__).resolve().parent / "data"

PAGE_TYPES = {
    "home": HomePage,
    "line_of_action": LineOfActionPage,
    "topic": TopicPage,
    "country_guide_index": CountryGuideIndexPage,
    "country_guide": CountryGuidePage,
    "legislation_index": LegislationIndexPage,
    "legislation": LegislationPage,
    "news_index": NewsIndexPage,
    "news": NewsPage,
    "event_index": EventIndexPage,
    "event": EventPage,
    "study_index": StudyIndexPage,
    "study": StudyPage,
    "links": LinksPage,
    "contests_videos": ContestsVideosPage,
    "video": VideoPage,
    "standard": StandardPage,
    "contact": ContactPage,
    "sivitma": SivitmaPage,
    "retorno": ReturnPage,
    "offer_check": OfferCheckPage,
    "senep_network": SenepNetworkPage,
    "office_finder": OfficeFinderPage,
    "region": RegionPage,
    "office": OfficePage,
}


@cache
def read(name):
    """The parsed demo/data/<name>.yaml."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def pages(name):
    """The page specs at the top of demo/data/<name>.yaml."""
    area = read(name)
    return [page(item, area) for item in area["pages"]]


def page(item, area):
    """The spec of one page mapping (and its children) of the file `area`."""
    fields = dict(item)
    model = PAGE_TYPES[fields.pop("type")]
    spec = PageSpec(
        model,
        slug=text(fields.pop("slug")),
        title=text(fields.pop("title")),
        intro=text(fields.pop("intro")) if "intro" in fields else None,
        children=[page(child, area) for child in fields.pop("children", [])],
    )
    spec.pdf_figures = fields.pop("pdf_figures", [])
    spec.amended_by = list(fields.get("amended_by", ()))
    if "script" in fields:
        spec.fields["transcript"], spec.fields["captions"] = video_script(fields.pop("script"))
    amended_by = fields.pop("amended_by", ())
    if amended_by:
        refs = tuple(Ref(path) for path in amended_by)
        spec.fields["amendments"] = Related(LegislationAmendment, "amending_norm", refs)
    for name, value in fields.items():
        spec.fields[name] = field_value(spec, model._meta.get_field(name), value, area)
    return spec


def field_value(spec, field, value, area):
    """The value of one model field of a page, as read from YAML (see above)."""
    if isinstance(field, StreamField):
        return stream(value)
    if isinstance(field, models.ForeignKey):
        return linked(spec, field.related_model, value, area)
    if isinstance(field, models.DateTimeField):
        moment = time.fromisoformat(value["at"])
        return datetime.combine(day(value), moment, timezone.get_default_timezone())
    if isinstance(field, models.DateField):
        return day(value)
    if isinstance(field, models.DurationField):
        return timedelta(seconds=value)
    if isinstance(field, models.URLField | models.EmailField) or field.choices:
        return value
    if isinstance(field, models.CharField | models.TextField):
        return text(value)
    return value


def _timestamp(seconds):
    minutes, rest = divmod(float(seconds), 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:02d}:{minutes:02d}:{rest:06.3f}"


def video_script(script):
    """A video's transcript (a `T` of rich text: a paragraph per group of cues) and a callable
    making its captions (one WebVTT file per language), from its cues grouped in paragraphs:
    `[[{from: s, to: s, es: …, en: …, qu: …, ay: …}, …], …]`."""
    cues = [cue for paragraph in script for cue in paragraph]

    def transcript(language):
        return "".join(
            "<p>" + " ".join(html.escape(cue[language], quote=False) for cue in paragraph) + "</p>"
            for paragraph in script
        )

    def webvtt(language):
        blocks = [
            f"{number}\n{_timestamp(cue['from'])} --> {_timestamp(cue['to'])}\n{cue[language]}"
            for number, cue in enumerate(cues, start=1)
        ]
        return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"

    def captions():
        return [
            VideoCaptions(language=language, vtt=webvtt(language), sort_order=order)
            for order, language in enumerate(LANGUAGES)
        ]

    return T(**{language: transcript(language) for language in LANGUAGES}), captions


def linked(spec, model, value, area):
    """A page link (`Ref`), or a file generated when the page is created."""
    if issubclass(model, Page):
        return Ref(value)
    title = spec.title.es
    if model is get_document_model():
        return lambda: files.document(
            title, value, pdf_document(spec, area), area["pdf_collection"]
        )
    if model is get_image_model():
        return lambda: files.image(
            title, value["file"], title, area["image_collection"], value["palette"]
        )
    raise ValueError(f"{spec.title.es}: no way to make a {model.__name__} from YAML")


def paragraphs(html):
    return [strip_tags(part) for part in html.split("</p>") if strip_tags(part).strip()]


def pdf_document(spec, area):
    """The PDF of a norm or a study, in Spanish, from its demo texts (several A4 pages)."""
    fields = {name: getattr(value, "es", value) for name, value in spec.fields.items()}
    with translation.override("es"):
        if spec.model is LegislationPage:
            return norm_pdf(spec, area, fields)
        return study_pdf(spec, area, fields)


def _titles(area):
    """{path of Spanish slugs: Spanish title} of the pages of a data file."""
    found = {}

    def walk(items, prefix):
        for item in items:
            slug = item["slug"]["es"] if isinstance(item["slug"], dict) else item["slug"]
            title = item["title"]["es"] if isinstance(item["title"], dict) else item["title"]
            found[f"{prefix}{slug}"] = title
            walk(item.get("children", []), f"{prefix}{slug}/")

    walk(area["pages"], "")
    return found


def norm_pdf(spec, area, fields):
    """A cover (the norm's data and its summary), then its content, amendments and a note."""
    title = spec.title.es
    norm_type = NormType(fields["norm_type"]).label
    pdf = PdfDocument(
        title,
        author="Ministerio de Trabajo y Promoción del Empleo",
        subject=f"{norm_type} {fields['number']}: {spec.intro.es}",
        running_head=f"{norm_type} {fields['number']} · Perú Infomigra",
    )
    pdf.title_block(
        "República del Perú · Perú Infomigra", title, f"{norm_type} N.° {fields['number']}"
    )
    titles = _titles(area)
    amended_by = [titles.get(path, path) for path in spec.amended_by]
    pdf.heading("Datos de la norma")
    pdf.facts(
        [
            ("Tipo", norm_type),
            ("Número", fields["number"]),
            ("Fecha", formats.date_format(fields["date_issued"], "DATE_FORMAT")),
            ("Ámbito", Scope(fields["scope"]).label),
            ("Estado", NormStatus(fields["status"]).label),
            *([("Texto oficial", fields["official_url"])] if fields.get("official_url") else []),
        ]
    )
    pdf.heading("Resumen en lenguaje claro")
    pdf.paragraph(spec.intro.es)
    pdf.page_break()
    pdf.heading("1. Contenido de la norma")
    for paragraph in paragraphs(fields["summary"]):
        pdf.paragraph(paragraph)
    pdf.heading("2. Modificaciones y vigencia")
    pdf.paragraph(f"Estado de la norma: {NormStatus(fields['status']).label.lower()}.")
    if amended_by:
        pdf.paragraph("Modificada por: " + "; ".join(amended_by) + ".")
    else:
        pdf.paragraph("No se registran normas que la modifiquen en este portal.")
    pdf.heading("3. Nota")
    pdf.paragraph(area["pdf_note"].format_map(fields))
    return pdf.bytes()


def study_pdf(spec, area, fields):
    """A cover (authors, year, summary), the findings, the tables of its figures, a note."""
    title = spec.title.es
    pdf = PdfDocument(
        title,
        author=fields["authors"],
        subject=spec.intro.es,
        running_head=f"{fields['authors']} ({fields['year']}) · Perú Infomigra",
    )
    pdf.title_block("Estudios e investigaciones · Perú Infomigra", title)
    pdf.facts([("Autores", fields["authors"]), ("Año", fields["year"])])
    pdf.heading("Resumen")
    pdf.paragraph(spec.intro.es)
    pdf.page_break()
    pdf.heading("1. Presentación")
    pdf.paragraph(area["pdf_lead"].format_map(fields) + ". " + spec.intro.es)
    pdf.heading("2. Resultados")
    for name, value in fields["body"]:
        if name == "paragraph":
            pdf.paragraph(strip_tags(value.source))
    if spec.pdf_figures:
        pdf.page_break()
        pdf.heading("3. Cuadros")
        for figure in spec.pdf_figures:
            pdf.table(
                figure["caption"],
                figure["headers"],
                figure["rows"],
                source="Fuente: datos de demostración del portal, no son cifras oficiales.",
            )
    pdf.heading(f"{4 if spec.pdf_figures else 3}. Nota")
    pdf.paragraph(area["pdf_note"].format_map(fields))
    return pdf.bytes()
