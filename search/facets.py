"""Search filters with counts: content type, line of action, country, region and scope.

Each facet knows how to restrict a Page queryset to one value (before the search runs) and how to
count the values among a set of matching pages. A facet whose model does not exist yet (regions
arrive with the SENEP network pages) is simply inactive; adding one is one line in `FACETS`.
"""

from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


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


class Facet:
    name = ""
    label = ""

    @property
    def available(self):
        return True

    def filter(self, pages, value, locale):
        raise NotImplementedError

    def values(self, matches, locale):
        """[(value, label, count)] among `matches` (rows of id, path, content_type_id)."""
        raise NotImplementedError

    def label_for(self, page):
        """The label of `page`'s value (for the static index's filters), or None."""
        raise NotImplementedError


class ContentTypeFacet(Facet):
    """The page type, e.g. "country guide" (value: the model name, "countryguidepage")."""

    def __init__(self, name, label):
        self.name, self.label = name, label

    @staticmethod
    def _models():
        from content.pages.base import PortalPage

        return {
            model._meta.model_name: model
            for model in apps.get_app_config("content").get_models()
            if issubclass(model, PortalPage)
        }

    def filter(self, pages, value, locale):
        model = self._models().get(value)
        if model is None:
            raise UnknownFacetValue(self, value)
        return pages.type(model)

    def values(self, matches, locale):
        from django.contrib.contenttypes.models import ContentType

        counts = Counter(content_type_id for _id, _path, content_type_id in matches)
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

    def values(self, matches, locale):
        result = []
        for ancestor in self.ancestors(locale):
            count = sum(1 for _id, path, _ct in matches if path.startswith(ancestor.path))
            if count:
                result.append((ancestor.slug, ancestor.title, count))
        return result

    def label_for(self, page):
        model = _model(self.model_label)
        ancestor = model.objects.ancestor_of(page, inclusive=True).first() if model else None
        return ancestor.title if ancestor else None


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

    def values(self, matches, locale):
        labels = self._labels()
        ids = [row[0] for row in matches]
        counts = Counter()
        for model, field in self._models():
            counts.update(model.objects.filter(id__in=ids).values_list(field, flat=True))
        return [
            (value, labels.get(value, value), count)
            for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            if value
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
            codes.update(model.objects.values_list(field, flat=True).distinct())
        return {code: COUNTRY_NAMES.get(code, code) for code in codes if code}


FACETS = [
    ContentTypeFacet("type", _("Type of content")),
    AncestorFacet("line", _("Line of action"), "content.LineOfActionPage", order_by="number"),
    CountryFacet("country", _("Country"), {"content.CountryGuidePage": "country_code"}),
    # SENEP network (issue 3): results below a regional page.
    AncestorFacet("region", _("Region"), "content.RegionPage", order_by="title"),
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
