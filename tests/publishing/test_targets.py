"""What page types declare about themselves is what `publishing.targets` reads (no publish here:
the declarations, read through the registry; tests/publishing/test_publish_incremental.py
publishes)."""

import pytest
from wagtail.models import Locale

from content.models import (
    CountryGuidePage,
    EventIndexPage,
    EventPage,
    LineOfActionPage,
    NewsIndexPage,
    NewsPage,
    StudyPage,
)
from inbox.models import MigrantVoice
from network.models import OfficeFinderPage, OfficePage, RegionPage
from publishing import targets

pytestmark = pytest.mark.django_db


def ids(queryset):
    return set(queryset.values_list("pk", flat=True))


def test_a_country_guide_is_shown_on_the_line_of_action_pages_of_its_language():
    """A Spanish guide shows on the lines of every language (where it has no translation, the
    line lists the Spanish page); a translation only on the lines of its own language."""
    guide = CountryGuidePage.objects.get(locale__language_code="es", country_code="ES")
    assert targets.pages_showing(guide) == ids(LineOfActionPage.objects.all())
    english = guide.get_translation(Locale.objects.get(language_code="en"))
    lines = ids(LineOfActionPage.objects.filter(locale__language_code="en"))
    assert len(lines) == 4
    assert targets.pages_showing(english) == lines


def test_regional_news_events_and_offices_are_shown_on_the_national_indexes_and_the_finder():
    puno = RegionPage.objects.get(locale__language_code="es", ubigeo="21")
    national_news = NewsIndexPage.objects.get(locale__language_code="es")
    news = NewsPage.objects.child_of(puno).first()
    assert targets.pages_showing(news) == {national_news.pk}

    event = EventPage.objects.descendant_of(puno).first()
    indexes = ids(EventIndexPage.objects.filter(locale__language_code="es"))
    region_index = EventIndexPage.objects.child_of(puno).get()
    national_index = EventIndexPage.objects.get(locale__language_code="es", depth=puno.depth - 1)
    assert targets.pages_showing(event) == {region_index.pk, national_index.pk} <= indexes

    finder = OfficeFinderPage.objects.get(locale__language_code="es")
    assert targets.pages_showing(OfficePage.objects.child_of(puno).first()) == {finder.pk}
    assert targets.pages_showing(puno) == {finder.pk}


def test_a_testimonial_is_shown_on_the_line_3_pages_of_every_language():
    entry = MigrantVoice(language="es", country="Chile", city="Arica", kind="concern", text="…")
    line_3 = ids(LineOfActionPage.objects.filter(number=3))
    assert len(line_3) == 4
    assert targets.pages_showing(entry) == line_3


def test_pages_without_listings_elsewhere_are_shown_on_no_other_page():
    study = StudyPage.objects.filter(locale__language_code="es").first()
    assert targets.pages_showing(study) == set()


def test_news_list_in_the_feeds_and_events_in_the_calendars():
    assert targets.site_files(["content.newspage"]) == {"feeds"}
    assert targets.site_files(["content.newsindexpage"]) == {"feeds"}
    assert targets.site_files(["content.eventpage", "content.eventindexpage"]) == {"calendars"}
    assert targets.site_files(["content.countryguidepage", "content.studypage"]) == set()
    # a type that no longer exists (an old manifest's), or a record without one
    assert targets.site_files(["content.gonepage", None]) == set()


def test_listings_publish_their_further_pages_and_filters():
    index = NewsIndexPage.objects.get(locale__language_code="es")
    subpaths = targets.static_subpaths(index)
    assert "scope/national/" in subpaths
    assert subpaths == index.static_subpaths()
    study = StudyPage.objects.filter(locale__language_code="es").first().specific
    assert targets.static_subpaths(study) == []
