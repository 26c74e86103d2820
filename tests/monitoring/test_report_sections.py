"""Report sections: by ancestry, the same across languages, the outermost section wins."""

import pytest

from content.models import (
    CountryGuidePage,
    HomePage,
    LegislationPage,
    LineOfActionPage,
    NewsPage,
    StudyPage,
    TopicPage,
)
from monitoring import sections
from monitoring.sections import OTHER, SectionMap
from network.models import RegionPage

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_sections_in_report_order_and_pages_in_their_section():
    section_map = SectionMap()
    titles = [section.title for section in section_map.sections]
    lines = LineOfActionPage.objects.filter(locale__language_code="es").order_by("path")
    assert titles[:4] == [line.title for line in lines]
    assert titles[-1] == "Otras páginas"
    regions = RegionPage.objects.filter(locale__language_code="es").order_by("path")
    assert titles[8:-1] == [region.title for region in regions]
    assert len(titles) == 4 + 4 + 26 + 1  # lines; guides, legislation, news, events; regions; other

    line = lines.first()
    topic = TopicPage.objects.descendant_of(line).first()
    assert section_map.key_for(topic.path) == str(line.translation_key)
    guide = CountryGuidePage.objects.filter(locale__language_code="es").first()
    assert section_map.key_for(guide.path) == str(guide.get_parent().translation_key)
    for page in (HomePage.objects.first(), StudyPage.objects.first()):
        assert section_map.key_for(page.path) == OTHER
    assert section_map.key_for(LegislationPage.objects.first().path) != section_map.key_for(
        NewsPage.objects.first().path
    )


def test_a_translation_is_in_the_same_section_as_its_source():
    section_map = SectionMap()
    for line in LineOfActionPage.objects.filter(locale__language_code="qu"):
        assert section_map.key_for(line.path) == str(line.translation_key)
        spanish = line.get_translation(line.get_default_locale())
        assert section_map.key_for(spanish.path) == section_map.key_for(line.path)


def test_a_regions_offices_events_and_news_count_for_the_region():
    section_map = SectionMap()
    region = RegionPage.objects.filter(locale__language_code="es").first()
    inside = region.get_descendants()
    assert inside.exists()
    for page in inside:
        assert section_map.key_for(page.path) == str(region.translation_key), page


def test_the_outermost_section_wins(monkeypatch):
    # Regions hold their own events index; with topics as sections too, the same rule
    # keeps a sub-topic in its line of action.
    monkeypatch.setattr(sections, "SECTION_TYPES", [*sections.SECTION_TYPES, "content.TopicPage"])
    section_map = SectionMap()
    nested = TopicPage.objects.filter(depth__gt=4, locale__language_code="es").first()
    if nested is None:
        topic = TopicPage.objects.filter(locale__language_code="es").first()
        nested = topic.add_child(instance=TopicPage(title="Subtema", slug="subtema"))
    line = LineOfActionPage.objects.ancestor_of(nested).get()
    assert section_map.key_for(nested.path) == str(line.translation_key)
