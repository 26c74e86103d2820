"""Contests say whether they take entries: "Abierto hasta …", "Cerrado" or when they open, as of
the day the page is published; the worker re-publishes the page the night a contest opens or
closes, as it does for events that end."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.formats import get_format
from wagtail import blocks

from content.blocks import ContestBlock
from content.models import ContestsVideosPage
from publishing.render import output_path
from publishing.search_index import wait_for_index
from publishing.tasks import next_contest_change, refresh_ended_events_task

PAGE = {"es": "/es/concursos-y-videos/", "en": "/en/contests-and-videos/"}


def contest(page, title):
    [block] = [b for b in page.body if b.block_type == "contest" and b.value["title"] == title]
    return block


def long_date(day, language):
    with translation.override(language):
        return date_format(day, get_format("DATE_FORMAT"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "open_text", "closed_text"),
    [
        ("es", "Abierto hasta el {date}", "Cerrado"),
        ("en", "Open until {date}", "Closed to entries"),
    ],
)
def test_the_published_contests_say_open_until_or_closed(
    published_demo, language, open_text, closed_text
):
    page = ContestsVideosPage.objects.get(locale__language_code=language)
    _status, _headers, body = published_demo(PAGE[language])
    html = body.decode()
    story, photos = [b.value for b in page.body if b.block_type == "contest"]
    closes = long_date(story["closes"], language)
    assert (
        f'<h2>{story["title"]}</h2>\n  <p class="contest__state contest__state--open">'
        f"{open_text.format(date=closes)}</p>"
    ) in html
    assert (
        f'<h2>{photos["title"]}</h2>\n  <p class="contest__state contest__state--closed">'
        f"{closed_text}</p>"
    ) in html


def test_a_contest_not_open_yet_says_when_it_opens():
    block = ContestBlock()
    value = block.to_python(
        {
            "title": "Concurso",
            "opens": "2099-03-01",
            "closes": "2099-04-15",
            "description": "<p>x</p>",
            "rules": [],
        }
    )
    with translation.override("es"):
        assert "Abre el 1 de marzo de 2099" in block.render(value)


def test_a_contest_cannot_close_before_it_opens():
    block = ContestBlock()
    value = block.to_python(
        {
            "title": "Concurso",
            "opens": "2027-03-01",
            "closes": "2027-02-01",
            "description": "<p>x</p>",
            "rules": [],
        }
    )
    with translation.override("es"), pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(value)
    assert "no puede cerrar antes de abrir" in " ".join(error.value.block_errors["closes"].messages)


@pytest.mark.django_db
def test_the_page_is_republished_closed_the_night_the_contest_closes(site):
    today = timezone.localdate()
    page = ContestsVideosPage.objects.get(locale__language_code="es")
    story = contest(page, "Concurso de relatos «Mi historia migrante»")
    published = site.root / "current" / output_path(page.url)
    assert "contest__state--open" in published.read_text()
    # The worker's next wake-up is the night after the story contest's last day, at the latest.
    assert next_contest_change(today) <= timezone.make_aware(
        datetime.combine(story.value["closes"] + timedelta(days=1), time.min)
    )
    # Time passes (nothing is edited): yesterday was the last day; the scheduled refresh runs.
    story.value["closes"] = today - timedelta(days=1)
    ContestsVideosPage.objects.filter(pk=page.pk).update(body=page.body)
    refresh_ended_events_task.call()
    html = published.read_text()
    assert "contest__state--open" not in html
    assert html.count('<p class="contest__state contest__state--closed">Cerrado</p>') == 2
    assert wait_for_index(timeout=60)  # the release's search index, rebuilt aside
