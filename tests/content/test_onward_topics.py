"""The home page's first topics of each line (`onward_children(line, limit=3)`) are the first three
of the line's whole onward list, in every language: the Spanish source's order, a translation where
there is a published one and the Spanish page where there is none, private pages left out."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from content.models import LineOfActionPage
from content.navigation import onward_children

pytestmark = pytest.mark.django_db


def first_topics(line, limit=3):
    return [page.pk for page in onward_children(line, limit=limit)]


def all_topics(line):
    return [page.pk for page in onward_children(line)]


def test_every_line_in_every_language_starts_with_the_same_topics():
    lines = LineOfActionPage.objects.live()
    assert {line.locale.language_code for line in lines} == {"es", "en", "qu", "ay"}
    for line in lines:
        for limit in (1, 3, 1000):
            assert first_topics(line, limit) == all_topics(line)[:limit], (line.url, limit)


def test_a_private_topic_is_skipped_and_a_missing_translation_falls_back_to_spanish():
    spanish = LineOfActionPage.objects.live().filter(locale__language_code="es").first()
    quechua = spanish.get_translation(Locale.objects.get(language_code="qu"))
    topics = list(spanish.get_children().live())
    assert len(topics) >= 3
    PageViewRestriction.objects.create(
        page=topics[0], restriction_type=PageViewRestriction.PASSWORD, password="secreto"
    )
    first = topics[1].get_translation_or_none(quechua.locale)
    if first is not None:
        first.unpublish()  # not in Quechua: the Spanish page stands in for it

    shown = onward_children(quechua, limit=2)

    assert shown[0].pk == topics[1].pk and shown[0].locale.language_code == "es"
    assert topics[0].pk not in [page.pk for page in shown]
    assert first_topics(quechua, 2) == all_topics(quechua)[:2]
