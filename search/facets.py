"""Search filters with counts: content type, line of action, country, region and scope.

Each facet knows how to restrict a Page queryset to one value (before the search runs) and how to
count the values among the matching pages. Counting is one query for all facets: each facet names
the columns it groups by (`columns`), the database counts the matches of each combination
(search.engine), and each facet adds up the counts of its values (`values`). A facet whose model
does not exist yet is simply inactive; adding one is one line in `FACETS`.
"""

from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.db.models.functions import Coalesce, Substr
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from core.page_tree import nearest_ancestor


class UnknownFacetValue(ValueError):
    def __init__(self, facet, value):
        super().__init__(f"{facet.name}={value!r}")
        self.facet = facet
        self.value = value


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


def _model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _from_page(model, field):
    """The lookup of `model`'s `field` from Page, e.g. "newspage__scope"."""
    names = [field]
    while model is not Page:
        names.insert(0, model._meta.model_name)
        model = next(iter(model._meta.parents))
    return "__".join(names)


def _counts(rows, facet):
    """{value: matching pages} over the facet's columns of the grouped rows (empty values left
    out). A facet's columns are named after it: "<name>" or "<name>_<suffix>"."""
    counts = Counter()
    for row in rows:
        for column, value in row.items():
            if value and (column == facet.name or column.startswith(f"{facet.name}_")):
                counts[value] += row["count"]
    return counts


class Facet(ABC):
    name = ""
    label = ""

    @property
    def available(self):
        return True

    @abstractmethod
    def filter(self, pages, value, locale):
        """`pages` restricted to `value`; raises UnknownFacetValue for a value that does not exist."""

    @abstractmethod
    def columns(self, locale):
        """{column name: expression over Page} that `values()` reads; names start with the
        facet's name."""

    @abstractmethod
    def values(self, rows, locale):
        """[(value, label, count)] among `rows`: {column: value, "count": matching pages}."""

    @abstractmethod
    def label_for(self, page):
        """The label of `page`'s value (for the static index's filters), or None."""


class ContentTypeFacet(Facet):
    """The page type, e.g. "country guide" (value: the model name, "countryguidepage")."""

    def __init__(self, name, label):
        self.name, self.label = name, label

    @staticmethod
    def _models():
        """Every page type but Wagtail's own base `Page` (the tree's root)."""
        return {model._meta.model_name: model for model in get_page_models() if model is not Page}

    def filter(self, pages, value, locale):
        model = self._models().get(value)
        if model is None:
            raise UnknownFacetValue(self, value)
        return pages.type(model)

    def columns(self, locale):
        return {self.name: F("content_type_id")}

    def values(self, rows, locale):
        counts = _counts(rows, self)
        result = []
        for content_type_id, count in counts.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None:
                label = capfirst(model._meta.verbose_name)
                result.append((model._meta.model_name, label, count))
        return sorted(result, key=lambda item: (-item[2], str(item[1])))

    def label_for(self, page):
        return capfirst(page.specific_class._meta.verbose_name) if page.specific_class else None


class AncestorFacet(Facet):
    """Pages below a page of `model_label` (value: that page's slug in the visitor's language)."""

    def __init__(self, name, label, model_label, order_by="path"):
        self.name, self.label, self.model_label, self.order_by = name, label, model_label, order_by

    @property
    def available(self):
        return _model(self.model_label) is not None

    def ancestors(self, locale):
        return _model(self.model_label).objects.live().filter(locale=locale).order_by(self.order_by)

    def filter(self, pages, value, locale):
        ancestor = self.ancestors(locale).filter(slug=value).first()
        if ancestor is None:
            raise UnknownFacetValue(self, value)
        return pages.descendant_of(ancestor, inclusive=True)

    def columns(self, locale):
        """The path prefix at each depth where such pages stand: the tree path of the ancestor
        above. (The depths of every language: a query over that model's own few rows.)"""
        model = _model(self.model_label)
        depths = model.objects.order_by().values_list("depth", flat=True).distinct()
        return {f"{self.name}_{depth}": Substr("path", 1, depth * Page.steplen) for depth in depths}

    def values(self, rows, locale):
        counts = _counts(rows, self)
        if not counts:
            return []
        ancestors = self.ancestors(locale).filter(path__in=counts)
        return [
            (slug, title, counts[path])
            for slug, title, path in ancestors.values_list("slug", "title", "path")
        ]

    def label_for(self, page):
        model = _model(self.model_label)
        found = nearest_ancestor(page, model) if model else None
        return found[1] if found else None


class FieldFacet(Facet):
    """A field shared by several page types, e.g. `scope` on news, events and legislation."""

    def __init__(self, name, label, fields, choices=None):
        self.name, self.label, self.fields = name, label, fields  # {"app.Model": "field"}
        self.choices = choices or {}

    def _models(self):
        return [(model, field) for label, field in self.fields.items() if (model := _model(label))]

    @property
    def available(self):
        return bool(self._models())

    def _labels(self):
        labels = dict(self.choices)
        for model, field in self._models():
            labels.update({str(k): v for k, v in model._meta.get_field(field).flatchoices})
        return labels

    def filter(self, pages, value, locale):
        labels = self._labels()
        if value not in labels:
            raise UnknownFacetValue(self, value)
        ids = set()
        for model, field in self._models():
            ids.update(model.objects.filter(**{field: value}).values_list("id", flat=True))
        return pages.filter(id__in=sorted(ids))

    def columns(self, locale):
        """One column: a page is of one type, so at most one of the fields has a value."""
        fields = [F(_from_page(model, field)) for model, field in self._models()]
        return {self.name: Coalesce(*fields) if len(fields) > 1 else fields[0]}

    def values(self, rows, locale):
        labels = self._labels()
        counts = _counts(rows, self)
        return [
            (value, labels.get(value, value), count)
            for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        ]

    def label_for(self, page):
        page = page.specific
        for model, field in self._models():
            if isinstance(page, model):
                value = getattr(page, field)
                return self._labels().get(value, value) if value else None
        return None


COUNTRY_NAMES = {
    "AR": _("Argentina"),
    "BO": _("Bolivia"),
    "BR": _("Brazil"),
    "CL": _("Chile"),
    "CO": _("Colombia"),
    "EC": _("Ecuador"),
    "ES": _("Spain"),
    "IT": _("Italy"),
    "JP": _("Japan"),
    "US": _("United States"),
    "VE": _("Venezuela"),
}


class CountryFacet(FieldFacet):
    def _labels(self):
        codes = set()
        for model, field in self._models():
            codes.update(model.objects.order_by().values_list(field, flat=True).distinct())
        return {code: COUNTRY_NAMES.get(code, code) for code in codes if code}


FACETS = [
    ContentTypeFacet("type", _("Type of content")),
    AncestorFacet("line", _("Line of action"), "content.LineOfActionPage", order_by="number"),
    CountryFacet("country", _("Country"), {"content.CountryGuidePage": "country_code"}),
    # SENEP network: results below a regional page.
    AncestorFacet("region", _("Region"), "network.RegionPage", order_by="title"),
    FieldFacet(
        "scope",
        _("Scope"),
        {
            "content.NewsPage": "scope",
            "content.EventPage": "scope",
            "content.LegislationPage": "scope",
        },
    ),
]


def active_facets():
    return [facet for facet in FACETS if facet.available]
