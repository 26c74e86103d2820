"""`manage.py load_demo`: the Infomigra tree, its translations, files and idempotency.

The demo is loaded once per test database by tests/conftest.py; these tests read it, and the
idempotency test runs the command again (with the superuser) inside the test transaction.
"""

import re
from datetime import date
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from agencies.models import EmploymentAgency
from content.models import (
    ContestsVideosPage,
    CountryGuidePage,
    EventPage,
    HomePage,
    LegislationPage,
    LineOfActionPage,
    LinkOfInterest,
    LinksPage,
    NewsPage,
    StandardPage,
    StudyPage,
    TopicPage,
    VideoPage,
)
from content.video import webvtt_cues
from demo.build import Progress, ensure_admin
from demo.files import pdf_bytes
from demo.pdf import text_width
from demo.translations import Translator

pytestmark = pytest.mark.django_db

LINE_TITLES = {
    1: "¿Vas a trabajar en el extranjero?",
    2: "¿Vas a retornar al Perú?",
    3: "¿Trabajas en el extranjero?",
    4: "¿Eres trabajador migrante andino o extranjero y trabajas o quieres trabajar en Perú?",
}


def locale(code):
    return Locale.objects.get(language_code=code)


def spanish(model):
    return model.objects.filter(locale__language_code="es")


def pages_per_locale():
    return dict(
        Page.objects.filter(depth__gt=1)
        .order_by()
        .values_list("locale__language_code")
        .annotate(n=Count("id"))
    )


def assert_valid_pdf(data):
    """Header, trailer, and every xref entry pointing at the object it names."""
    assert data.startswith(b"%PDF-1.")
    match = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    assert match, "no startxref trailer"
    xref_at = int(match.group(1))
    header = re.match(rb"xref\n0 (\d+)\n", data[xref_at:])
    assert header, "startxref does not point at the xref table"
    count, entries_at = int(header.group(1)), xref_at + header.end()
    for number in range(1, count):
        entry = data[entries_at + 20 * number : entries_at + 20 * (number + 1)]
        assert entry.endswith(b" n \n"), entry
        offset = int(entry[:10])
        assert data[offset:].startswith(b"%d 0 obj" % number), number


OBJECT = re.compile(rb"(\d+) 0 obj\n(.*?)\nendobj\n", re.S)
TEXT = re.compile(rb"BT /F(\d) ([\d.]+) Tf ([\d.]+) ([\d.]+) Td \(((?:\\.|[^\\)])*)\) Tj ET")


def pdf_objects(data):
    return {int(number): body for number, body in OBJECT.findall(data)}


def info(objects, key):
    """A text string of the document information dictionary (UTF-16BE, hex)."""
    [body] = [body for body in objects.values() if b"/Producer" in body]
    value = re.search(rb"/" + key + rb" <FEFF([0-9A-F]*)>", body).group(1)
    return bytes.fromhex(value.decode()).decode("utf-16-be")


def pdf_pages(data):
    """Each page's text lines, in order: [(font, size, x, y, text)], read as a simple extractor
    would: the page tree's kids, their content streams, the `(…) Tj` strings (WinAnsi)."""
    objects = pdf_objects(data)
    [pages] = [body for body in objects.values() if b"/Type /Pages" in body]
    kids = [int(kid) for kid in re.findall(rb"(\d+) 0 R", pages.split(b"/Kids")[1].split(b"]")[0])]
    assert int(re.search(rb"/Count (\d+)", pages).group(1)) == len(kids)
    result = []
    for kid in kids:
        page = objects[kid]  # every page object is present
        assert b"/Type /Page " in page and b"/MediaBox [0 0 595 842]" in page  # A4
        content = objects[int(re.search(rb"/Contents (\d+) 0 R", page).group(1))]
        length = int(re.search(rb"/Length (\d+)", content).group(1))
        stream = content.split(b"stream\n", 1)[1]
        assert stream[length:] == b"endstream"
        lines = []
        for font, size, x, y, raw in TEXT.findall(stream[:length]):
            text = re.sub(rb"\\(.)", rb"\1", raw).decode("cp1252")
            lines.append((int(font), float(size), float(x), float(y), text))
        result.append(lines)
    return result


def assert_realistic_pdf(data, title, author, texts):
    """Valid, several A4 pages numbered "Página n de N", everything on the page, the document
    information filled in, and `texts` (accents included) extractable."""
    assert_valid_pdf(data)
    objects = pdf_objects(data)
    assert info(objects, b"Title") == title
    assert info(objects, b"Author") == author
    assert info(objects, b"Subject")
    pages = pdf_pages(data)
    assert len(pages) > 1, title
    for number, lines in enumerate(pages, start=1):
        assert lines[-1][4] == f"Página {number} de {len(pages)}", (title, number)
        for font, size, x, y, text in lines:
            assert 56 <= x and x + text_width(text, size, font == 2) <= 539.5, (title, text)
            assert 30 <= y <= 815, (title, text, y)
        body = [line for line in lines[:-1] if 60 < line[3] < 800]
        assert all(y >= 72 for _f, _s, _x, y, _t in body), title
    text = " ".join(line[4] for lines in pages for line in lines)
    for expected in texts:
        assert expected in text, (title, expected)
    return pages


# -- the Spanish tree -------------------------------------------------------------------------


def test_default_site_root_is_the_spanish_home():
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "es"
    assert home.title == "Perú Infomigra"
    plain = Page.objects.filter(depth=2, content_type__app_label="wagtailcore")
    assert not plain.exists(), "Wagtail's welcome page is still there"


def test_home_has_panel_and_trafficking_notice():
    home = spanish(HomePage).get()
    titles = [item.value["title"] for item in home.panel]
    for expected in [
        "SIVITMA",
        "Plataforma para el Retorno Productivo",
        "Eventos",
        "Noticias",
        "Legislación",
        "Estudios",
        "Enlaces de interés",
        "Contáctenos",
        "Concursos y videos",
    ]:
        assert expected in titles
    for item in home.panel:
        page, url = item.value["page"], item.value["url"]
        assert page or url, item.value["title"]
        if page:
            assert page.live and page.locale_id == home.locale_id
    assert "1818" in home.trafficking_notice
    assert home.intro and home.body


def test_four_lines_of_action_with_their_sub_sections():
    home = spanish(HomePage).get()
    lines = LineOfActionPage.objects.child_of(home).live().order_by("number")
    assert {line.number: line.title for line in lines} == LINE_TITLES
    topics = {line.number: TopicPage.objects.child_of(line).live().count() for line in lines}
    assert topics == {1: 6, 2: 4, 3: 3, 4: 3}
    # Lines 2 and 4 also hold their registration pages (the registrations app), line 1 the
    # warning signs of fraudulent offers and the agency look-up (the agencies app).
    registrations = {
        line.number: [
            p.specific_class.__name__ for p in line.get_children().live().not_type(TopicPage)
        ]
        for line in lines
    }
    assert registrations == {1: ["OfferCheckPage"], 2: ["ReturnPage"], 3: [], 4: ["SivitmaPage"]}
    for page in [*lines, *spanish(TopicPage)]:
        assert page.intro and len(page.body) >= 2, page.title


def test_index_pages_and_their_items():
    home = spanish(HomePage).get()
    guides = CountryGuidePage.objects.descendant_of(home)
    assert guides.count() == 8
    assert set(guides.filter(audience="emigrants").values_list("country_code", flat=True)) == {
        "US",
        "ES",
        "IT",
        "CL",
        "AR",
    }
    assert set(guides.filter(audience="immigrants").values_list("country_code", flat=True)) == {
        "BO",
        "CO",
        "EC",
    }
    assert LegislationPage.objects.descendant_of(home).count() >= 12
    assert NewsPage.objects.descendant_of(home).count() >= 6
    assert EventPage.objects.descendant_of(home).count() >= 8
    assert StudyPage.objects.descendant_of(home).count() >= 3
    assert LinksPage.objects.child_of(home).count() == 1
    assert ContestsVideosPage.objects.child_of(home).count() == 1
    assert set(StandardPage.objects.child_of(home).values_list("title", flat=True)) == {
        "Aviso de privacidad",
        "Accesibilidad",
        "Acerca de Perú Infomigra",
    }
    assert spanish(LinkOfInterest).count() >= 10
    assert spanish(LinkOfInterest).order_by().values("category").distinct().count() >= 4


def test_country_guides_fill_every_part():
    today = date.today()
    guides = list(spanish(CountryGuidePage))
    for guide in guides:
        for part in ["work_permit", "before_travel", "consulates", "sources"]:
            assert len(getattr(guide, part)) > 0, (guide.title, part)
        for part in ["health", "education", "labour_rights", "local_procedures"]:
            assert getattr(guide, part), (guide.title, part)
        assert any(block.value["emergency"] for block in guide.consulates), guide.title
        assert guide.last_reviewed <= today
    overdue = [g for g in guides if g.next_review_due < today]
    assert 1 <= len(overdue) < len(guides) / 2


def test_spain_guide_is_about_the_spanish_work_visa():
    guide = spanish(CountryGuidePage).get(country_code="ES")
    text = str(guide.work_permit.raw_data).lower()
    assert "visado de trabajo" in text
    assert "permiso de trabajo" in text


def test_legislation_has_statuses_amendments_and_pdfs():
    norms = spanish(LegislationPage)
    assert {"vigente", "modificada", "derogada"} <= set(norms.values_list("status", flat=True))
    assert {"national", "international"} <= set(norms.values_list("scope", flat=True))
    for norm in norms:
        assert norm.number and norm.summary and norm.official_url, norm.title
        assert norm.document and norm.document.collection.name == "Legislación", norm.title
        if norm.status != "vigente":
            assert norm.amendments.exists(), f"{norm.title} has no amending norm"
    for norm in norms:
        with norm.document.open_file() as handle:
            data = handle.read()
        first_sentence = strip_tags(norm.summary).split(". ")[0]
        pages = assert_realistic_pdf(
            data,
            norm.title,
            "Ministerio de Trabajo y Promoción del Empleo",
            [
                "Datos de la norma",
                "1. Contenido de la norma",
                "2. Modificaciones y vigencia",
                "Resumen en lenguaje claro",
                norm.number,
                *first_sentence.split()[:6],
            ],
        )
        headings = [line[4] for lines in pages for line in lines if line[0] == 2]
        assert "1. Contenido de la norma" in headings and "3. Nota" in headings
        if norm.status != "vigente":
            amending = norm.amendments.first().amending_norm
            text = " ".join(line[4] for lines in pages for line in lines)
            assert "Modificada por:" in text and amending.title.split()[0] in text


def test_news_and_events_spread_over_time_and_scope():
    news = spanish(NewsPage)
    assert {"national", "international"} <= set(news.values_list("scope", flat=True))
    assert news.order_by().values("date").distinct().count() >= 6
    with_image = news.exclude(image=None)
    assert with_image.exists()
    assert all(item.image_alt for item in with_image)
    events = spanish(EventPage)
    now = timezone.now()
    assert events.filter(end__lt=now).exists() and events.filter(start__gt=now).exists()
    assert set(events.values_list("scope", flat=True)) == {"national", "international", "regional"}
    assert events.exclude(online_url="").exists()
    assert all(event.end >= event.start for event in events)


def test_studies_have_authors_year_and_pdf():
    for study in spanish(StudyPage):
        assert study.authors and 1950 <= study.year <= date.today().year
        with study.document.open_file() as handle:
            data = handle.read()
        body = [block.value.source for block in study.body if block.block_type == "paragraph"]
        pages = assert_realistic_pdf(
            data,
            study.title,
            study.authors,
            ["Resumen", "2. Resultados", "3. Cuadros", "Cuadro 1.", "Cuadro 2.", "Fuente:"]
            + strip_tags(body[0]).split()[:8],
        )
        assert len(pages) >= 3, study.title
        # A table: its header row in bold, its figures right-aligned in their column.
        table = [line for lines in pages for line in lines if line[1] == 9.5]
        assert any(font == 2 for font, *_rest in table)
        numbers = [line for line in table if re.fullmatch(r"[\d.,]+", line[4])]
        assert len(numbers) >= 10


def test_news_images_are_real_images():
    images = get_image_model().objects.filter(collection__name="Noticias")
    assert images.count() >= 4
    for image in images:
        assert (image.width, image.height) == (1200, 675)
        assert image.file.name.endswith((".png", ".webp"))


# -- translations -----------------------------------------------------------------------------


def test_every_spanish_page_has_a_live_english_translation():
    english = locale("en")
    spanish_pages = Page.objects.filter(depth__gt=1, locale__language_code="es")
    assert spanish_pages.count() > 70
    for page in spanish_pages:
        translation = page.get_translation_or_none(english)
        assert translation is not None, page.url_path
        assert translation.live and not translation.has_unpublished_changes, page.url_path
        assert translation.translation_key == page.translation_key
        assert translation.title != page.title, page.title
        assert translation.get_parent().translation_key == page.get_parent().translation_key
    assert pages_per_locale()["en"] == spanish_pages.count()


def test_english_slugs_are_translated():
    home = HomePage.objects.get(locale__language_code="en")
    assert home.slug == "home"
    guide = CountryGuidePage.objects.get(locale__language_code="en", country_code="ES")
    assert guide.url_path == "/home/country-guides/working-in-spain/"
    line = LineOfActionPage.objects.get(locale__language_code="en", number=2)
    assert line.slug == "returning-to-peru"


def test_no_source_segment_is_left_untranslated():
    for language in ["en", "qu", "ay"]:
        target = locale(language)
        sources = TranslationSource.objects.filter(translations__target_locale=target)
        assert sources.exists()
        missing = (
            StringSegment.objects.filter(source__in=sources)
            .annotate_translation(target)
            .filter(translation__isnull=True)
        )
        assert not missing.exists(), [s.string.data for s in missing[:5]]


def test_english_links_point_at_english_pages():
    home = HomePage.objects.get(locale__language_code="en")
    for item in home.panel:
        if item.value["page"]:
            assert item.value["page"].locale.language_code == "en", item.value["title"]


def test_amendments_point_at_the_translated_amending_norm():
    english = locale("en")
    amended = spanish(LegislationPage).filter(amendments__isnull=False).distinct()
    assert amended.count() >= 3
    for norm in amended:
        translated = norm.get_translation(english)
        spanish_targets = {a.amending_norm.translation_key for a in norm.amendments.all()}
        english_amendments = list(translated.amendments.all())
        assert {a.amending_norm.translation_key for a in english_amendments} == spanish_targets
        assert all(a.amending_norm.locale_id == english.pk for a in english_amendments)
        assert all(a.amending_norm.live for a in english_amendments)


def test_links_of_interest_are_translated():
    english = locale("en")
    for link in spanish(LinkOfInterest):
        translation = link.get_translation(english)
        assert translation.url == link.url and translation.category == link.category
        assert translation.description != link.description or not link.description


@pytest.mark.parametrize("language", ["qu", "ay"])
def test_quechua_and_aymara_have_home_lines_offer_check_contact_indicators_and_videos(language):
    pages = Page.objects.filter(locale__language_code=language).specific()
    assert sorted(type(page).__name__ for page in pages) == [
        "ContactPage",
        "ContestsVideosPage",
        "HomePage",
        *["LineOfActionPage"] * 4,
        "OfferCheckPage",
        "TopicPage",
        *["VideoPage"] * 2,
    ]
    [topic] = TopicPage.objects.filter(locale__language_code=language)
    assert (
        topic.translation_key
        == TopicPage.objects.get(slug="indicadores-del-mercado-laboral").translation_key
    )
    target = locale(language)
    for page in spanish(LineOfActionPage):
        translation = page.get_translation(target)
        assert translation.live and translation.title != page.title
        assert translation.intro != page.intro
    home = HomePage.objects.get(locale=target)
    assert home.translation_key == spanish(HomePage).get().translation_key


def test_two_videos_with_posters_captions_and_transcripts_in_every_language():
    videos = spanish(VideoPage).order_by("-date")
    assert [video.title for video in videos] == [
        "Cómo registrar tu contrato en SIVITMA",
        "Retorno Productivo: tu regreso con empleo",
    ]
    for video in videos:
        assert re.fullmatch(r"[A-Za-z0-9_-]{11}", video.video)
        assert video.poster.collection.name == "Videos"
        tracks = {track.language: track.vtt for track in video.captions.all()}
        assert list(tracks) == ["es", "en", "qu", "ay"]
        cues = {language: webvtt_cues(vtt) for language, vtt in tracks.items()}
        timings = {language: [cue[:2] for cue in items] for language, items in cues.items()}
        assert len({tuple(items) for items in timings.values()}) == 1  # the same cues, translated
        assert timings["es"][-1][1] == video.duration.total_seconds()
        transcripts = set()
        for language in ("es", "en", "qu", "ay"):
            translation = video.get_translation(locale(language))
            assert translation.live
            # the captions are the same on every translation; the transcript is its language's
            assert translation.captions.count() == 4
            assert cues[language][0][2] in translation.transcript
            transcripts.add(translation.transcript)
        assert len(transcripts) == 4


# -- the command itself -----------------------------------------------------------------------


def counts():
    return {
        "pages": pages_per_locale(),
        "links": LinkOfInterest.objects.count(),
        "agencies": EmploymentAgency.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "collections": Collection.objects.count(),
        "revisions": Revision.objects.count(),
        "string translations": StringTranslation.objects.count(),
    }


def test_running_again_changes_nothing_and_creates_the_superuser_once():
    """`load_demo --with-admin` on a loaded database (as `make run` does each time): the same
    content, and the superuser; a later run leaves that superuser as it is."""
    before = counts()
    # home, 4 lines, "¿Es segura esta oferta?", contact, the indicators topic, the contests page
    # and its two videos
    assert before["pages"]["qu"] == before["pages"]["ay"] == 11
    assert before["agencies"] == 10
    out = StringIO()
    call_command("load_demo", "--with-admin", stdout=out)
    assert counts() == before
    output = out.getvalue()
    assert "Creating “¿Vas a trabajar en el extranjero?”" in output
    assert "Translating to en:" in output
    assert re.search(rf"es\s+{before['pages']['es']}\s", output)
    user = authenticate(username="admin", password="infomigra-demo-2026")
    assert user is not None and user.is_superuser
    assert "infomigra-demo-2026" in output

    # The next run's admin step (the rest of that run is what was just checked).
    user.set_password("changed by the operator")
    user.save()
    again = StringIO()
    ensure_admin(Progress(again, verbosity=1))
    assert "already exists (password left unchanged)" in again.getvalue()
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    assert authenticate(username="admin", password="changed by the operator") is not None


def test_pdf_writer_produces_a_consistent_file():
    data = pdf_bytes("Título con tildes: Perú (prueba)", ["Párrafo con \\ y ) y ñ. " * 12])
    assert_valid_pdf(data)
    assert b"/Encoding /WinAnsiEncoding" in data
    [page] = pdf_pages(data)
    assert page[1][4] == "Título con tildes: Perú (prueba)"
    assert page[2][4].startswith("Párrafo con \\ y ) y ñ.")
    long = pdf_bytes("Largo", ["Una línea de texto que se repite. " * 40] * 12)
    pages = pdf_pages(long)
    assert len(pages) == 4 and pages[3][-1][4] == "Página 4 de 4"


def test_a_segment_without_translation_fails_loudly():
    home = spanish(HomePage).get()
    page = home.add_child(
        instance=StandardPage(title="Página sin traducir", slug="sin-traducir", locale=home.locale)
    )
    translator = Translator("en", log=lambda *args, **kwargs: None)
    with pytest.raises(CommandError, match="Página sin traducir"):
        translator.translate(page)
    assert page.get_translation_or_none(locale("en")) is None
