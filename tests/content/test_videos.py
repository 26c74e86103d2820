"""Videos (`VideoPage`): editors paste an address and WebVTT captions and get a clear error when
either is wrong; visitors get a page that loads nothing from the video host until they press
play, its captions as .vtt files, a transcript the site search finds, and the contests page lists
the videos newest first."""

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from content.models import ContestsVideosPage, VideoPage
from content.video import parse_video_id, webvtt_cues

pytestmark = pytest.mark.postgres

VTT = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:04.000\nHola.\n\n00:04.000 --> 00:07.500\nAdiós.\n"
SIVITMA_VIDEO = "/es/concursos-y-videos/como-registrar-tu-contrato-en-sivitma/"


# -- the video's address and its captions, as an editor writes them -----------------------------
@pytest.mark.parametrize(
    "pasted",
    [
        "q8Vt3mLr2Xo",
        " https://www.youtube.com/watch?v=q8Vt3mLr2Xo&t=42s ",
        "https://youtu.be/q8Vt3mLr2Xo?si=abc",
        "youtube.com/watch?v=q8Vt3mLr2Xo",
        "https://m.youtube.com/watch?feature=share&v=q8Vt3mLr2Xo",
        "https://www.youtube.com/shorts/q8Vt3mLr2Xo",
        "https://www.youtube-nocookie.com/embed/q8Vt3mLr2Xo?rel=0",
    ],
)
def test_an_address_or_the_id_gives_the_id(pasted):
    assert parse_video_id(pasted) == "q8Vt3mLr2Xo"


@pytest.mark.parametrize(
    "pasted",
    [
        "",
        "q8Vt3mLr2X",  # 10 characters
        "https://vimeo.com/123456789",
        "https://www.youtube.com.evil.example/watch?v=q8Vt3mLr2Xo",
        "https://www.youtube.com/watch?v=q8Vt3mLr2Xo<script>",
        "javascript:alert(1)//youtube.com/watch?v=q8Vt3mLr2Xo",
        "https://www.youtube.com/playlist?list=PL123",
    ],
)
def test_anything_else_is_refused_with_a_message(pasted):
    with translation.override("en"), pytest.raises(ValidationError, match="11-character id"):
        parse_video_id(pasted)


def test_webvtt_cues_are_read():
    assert webvtt_cues("\ufeff" + VTT.replace("\n", "\r\n")) == [
        (0.0, 4.0, "Hola."),
        (4.0, 7.5, "Adiós."),
    ]
    notes = "WEBVTT - con notas\n\nNOTE una nota\n\nSTYLE\n::cue { color: red }\n\n" + VTT[8:]
    assert len(webvtt_cues(notes)) == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1\n00:00:00.000 --> 00:00:04.000\nHola.", 'first line must be "WEBVTT"'),
        ("WEBVTT\n\n00:00:00,000 --> 00:00:04,000\nHola.", "Line 3 of the captions is not"),
        ("WEBVTT\n\n1\n00:00:05.000 --> 00:00:04.000\nHola.", "Line 4 of the captions: a cue"),
        ("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nHola.\n00:04.000 --> 00:05.000\nY", "-->"),
        ("WEBVTT\n\nNOTE nothing else\n", "no cues"),
    ],
)
def test_bad_webvtt_is_refused_naming_the_line(text, message):
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            webvtt_cues(text)
        assert message in str(error.value)


class EditorTests(WagtailPageTestCase):
    """Through the real admin form, as an editor of the contests page (the admin is in Spanish)."""

    @classmethod
    def setUpTestData(cls):
        cls.contests = ContestsVideosPage.objects.get(locale__language_code="es")
        cls.poster = get_image_model().objects.order_by("pk").first()

    def setUp(self):
        self.login()

    def data(self, **overrides):
        values = {
            "title": "Cómo pedir ayuda en el consulado",
            "slug": "como-pedir-ayuda-en-el-consulado",
            "intro": "Qué hace el consulado por ti.",
            "video": "https://www.youtube.com/watch?v=Zx9Yw8Vu7Ts",
            "date": "2026-12-01",
            "duration": "3:25",
            "poster": self.poster.pk,
            "transcript": rich_text("<p>El consulado te ayuda con tus documentos.</p>"),
            "captions": inline_formset([{"language": "es", "vtt": VTT}]),
        }
        values.update(overrides)
        return nested_form_data(values)

    def add(self, data):
        return self.client.post(
            f"/admin/pages/add/content/videopage/{self.contests.pk}/",
            {**data, "action-publish": "publish"},
        )

    def test_an_editor_adds_a_video_and_only_its_id_is_kept(self):
        self.assertCanCreateAt(ContestsVideosPage, VideoPage)
        self.assertAllowedParentPageTypes(VideoPage, {ContestsVideosPage})
        self.assertCanCreate(self.contests, VideoPage, self.data())
        video = VideoPage.objects.get(slug="como-pedir-ayuda-en-el-consulado")
        assert video.video == "Zx9Yw8Vu7Ts"
        assert video.duration == timedelta(minutes=3, seconds=25)
        assert [track.language for track in video.captions.all()] == ["es"]

    def test_bad_captions_show_an_error_in_the_editor_and_save_nothing(self):
        bad = "WEBVTT\n\n00:00:01,000 --> 00:00:04,000\nHola."
        response = self.add(self.data(captions=inline_formset([{"language": "es", "vtt": bad}])))
        assert response.status_code == 200
        html = response.content.decode()
        assert "La línea 3 de los subtítulos no es un tiempo de subtítulo como" in html
        assert not VideoPage.objects.filter(slug="como-pedir-ayuda-en-el-consulado").exists()

    def test_a_bad_address_or_duration_shows_an_error_and_saves_nothing(self):
        for field, value, message in [
            ("video", "https://vimeo.com/123456789", "o su identificador de 11 caracteres"),
            ("duration", "0:00", "La duración debe ser mayor que cero."),
        ]:
            response = self.add(self.data(**{field: value}))
            assert response.status_code == 200, field
            assert message in response.content.decode(), field
        assert not VideoPage.objects.filter(slug="como-pedir-ayuda-en-el-consulado").exists()

    def test_one_captions_file_per_language(self):
        twice = inline_formset([{"language": "es", "vtt": VTT}, {"language": "es", "vtt": VTT}])
        response = self.add(self.data(captions=twice))
        assert response.status_code == 200
        assert not VideoPage.objects.filter(slug="como-pedir-ayuda-en-el-consulado").exists()


# -- what visitors get ----------------------------------------------------------------------------
@pytest.mark.django_db
def test_the_video_page_loads_nothing_from_the_video_host_until_asked(client):
    response = client.get(SIVITMA_VIDEO)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<iframe" not in html
    # The only addresses of the video host are the play link and the script's data attribute.
    hosts = set(re.findall(r'(?:src|href|srcset)="(https?://[^/"]+)', html))
    assert hosts - {"http://testserver"} == {"https://www.youtube-nocookie.com"}
    [link] = re.findall(r'<a class="video-player__link" href="([^"]+)" ([^>]*)>', html)
    assert link[0] == (
        "https://www.youtube-nocookie.com/embed/q8Vt3mLr2Xo?cc_load_policy=1&amp;cc_lang_pref=es"
        "&amp;hl=es"
    )
    assert 'target="_blank"' in link[1] and 'rel="noopener noreferrer"' in link[1]
    assert (
        'aria-label="Reproducir el video: Cómo registrar tu contrato en SIVITMA '
        '(abre YouTube en una página nueva)"' in html
    )
    assert "Reproducir el video</span>" in html  # the visible text, part of the link's name
    assert 'data-src="https://www.youtube-nocookie.com/embed/q8Vt3mLr2Xo?' in html
    assert 'data-title="Video: Cómo registrar tu contrato en SIVITMA"' in html
    assert re.search(r'<img class="video-player__poster" src="/media/images/[^"]+\.webp"', html)
    assert '<time datetime="PT1M48S">1:48</time>' in html
    # no inline script or style: the player comes from a file
    assert "<script>" not in html and "style=" not in html
    assert "/static/content/js/video-player" in html
    # the whole transcript, inside the searchable main content
    main = html[html.index("<main") : html.index("</main>")]
    assert "el trabajador andino tiene los mismos derechos laborales" in main
    assert "data-pagefind-body" in html[html.index("<main") : html.index("<main") + 80]


@pytest.mark.django_db
def test_the_captions_are_files_next_to_the_page(client):
    html = client.get(SIVITMA_VIDEO).content.decode()
    for language, name in [("es", "Español"), ("en", "English"), ("qu", "Runasimi")]:
        assert f'href="{SIVITMA_VIDEO}captions.{language}.vtt" type="text/vtt"' in html
        assert f'<span lang="{language}">{name}</span>' in html
    response = client.get(SIVITMA_VIDEO + "captions.qu.vtt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\nNapaykullayki.")
    assert len(webvtt_cues(text)) == 9
    assert client.get(SIVITMA_VIDEO + "captions.xx.vtt").status_code == 404
    assert client.get("/es/concursos-y-videos/captions.es.vtt").status_code == 404


@pytest.mark.django_db
def test_a_quechua_visitor_gets_the_quechua_page_and_captions_in_quechua(client):
    video = VideoPage.objects.get(locale__language_code="qu", video="q8Vt3mLr2Xo")
    html = client.get(video.url).content.decode()
    assert '<html lang="qu">' in html
    assert "cc_lang_pref=qu" in html
    assert "Napaykullayki." in html  # the transcript in Quechua
    assert "Videota qallarichiy" in html


@pytest.mark.django_db
def test_the_contests_page_lists_its_videos_newest_first(client):
    html = client.get("/es/concursos-y-videos/").content.decode()
    section = html[html.index('<section class="videos"') :]
    titles = re.findall(r'<h3 class="video-card__title"><a href="[^"]+">([^<]+)</a>', section)
    assert titles == [
        "Cómo registrar tu contrato en SIVITMA",
        "Retorno Productivo: tu regreso con empleo",
    ]
    assert '<time datetime="PT2M5S">2:05</time>' in section
    assert section.count('alt="" loading="lazy"') == 2  # thumbnails, the title is the link
    assert "youtube" not in section


@pytest.mark.django_db
def test_the_site_search_finds_a_video_by_its_transcript(client):
    response = client.get("/es/search/", {"q": "menaje de casa"})
    assert response.status_code == 200
    urls = re.findall(r'class="search-result__title"><a href="([^"]+)"', response.content.decode())
    assert "/es/concursos-y-videos/retorno-productivo-tu-regreso-con-empleo/" in urls[:3]


@pytest.mark.django_db
def test_the_api_gives_the_id_the_player_and_the_caption_files(client):
    video = VideoPage.objects.get(locale__language_code="en", video="R7nKp0wZ4sE")
    data = client.get(f"/api/v2/pages/{video.pk}/").json()
    assert data["video"] == "R7nKp0wZ4sE"
    assert data["player_url"].startswith("https://www.youtube-nocookie.com/embed/R7nKp0wZ4sE?")
    assert "cc_lang_pref=en" in data["player_url"]
    assert data["duration"] == "00:02:05"
    assert [item["language"] for item in data["caption_files"]] == ["es", "en", "qu", "ay"]
    assert data["caption_files"][1]["url"] == f"http://testserver{video.url}captions.en.vtt"
    assert data["transcript"].startswith("<p>Are you thinking of coming back to Peru?")
