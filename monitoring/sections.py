"""The report's sections: each line of action, country guides, legislation, news, events, regions.

A page belongs to the section of its outermost ancestor (or itself) whose type is listed in
`SECTION_TYPES`; every page of that type starts a section of its own. Outermost, so that a
region's own events and news (an EventIndexPage under a RegionPage) count for the region.
Pages outside every section (home, studies, links, standard pages) fall in "Other pages".
Each language is a tree of its own, so sections are keyed by the section page's
`translation_key`: the Spanish line 2 and its Quechua translation are the same section.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

SECTION_TYPES = [
    "content.LineOfActionPage",
    "content.CountryGuideIndexPage",
    "content.LegislationIndexPage",
    "content.NewsIndexPage",
    "content.EventIndexPage",
    "network.RegionPage",  # one section per region, its offices, events and news included
]
OTHER = "other"


@dataclass(frozen=True)
class Section:
    key: str
    title: str


class SectionMap:
    """Every section in report order, and the section of any page path."""

    def __init__(self):
        models = [apps.get_model(label) for label in SECTION_TYPES]
        content_types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
        rank = {content_types[model].pk: index for index, model in enumerate(models)}
        candidates = Page.objects.filter(content_type_id__in=rank).values_list(
            "path", "translation_key", "title", "locale__language_code", "content_type_id"
        )
        paths = {row[0] for row in candidates}
        # A section page inside another section (a region's events) is part of the outer one.
        roots = [row for row in candidates if not _inside(row[0], paths)]
        self._key_by_path = {}
        titles, order = {}, {}
        for path, translation_key, title, language, content_type_id in roots:
            key = str(translation_key)
            self._key_by_path[path] = key
            titles.setdefault(key, {})[language] = title
            if language == settings.LANGUAGE_CODE or key not in order:
                order[key] = (rank[content_type_id], path)
        language = get_language()
        self.sections = [
            Section(key, titles[key].get(language) or _source_title(titles[key]))
            for key in sorted(order, key=order.get)
        ]
        self.sections.append(Section(OTHER, str(_("Other pages"))))

    def key_for(self, path):
        """The section key of the page at `path` (treebeard paths: 4 characters per level)."""
        for end in range(Page.steplen, len(path) + 1, Page.steplen):
            key = self._key_by_path.get(path[:end])
            if key is not None:
                return key
        return OTHER


def _inside(path, paths):
    return any(path[:end] in paths for end in range(Page.steplen, len(path), Page.steplen))


def _source_title(titles):
    return titles.get(settings.LANGUAGE_CODE) or next(iter(titles.values()))
