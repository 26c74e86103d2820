"""Search fields that also index their analysed text (see search/analysis.py)."""

from wagtail.search import index

from search.analysis import index_text
from search.backends import analyses_in_python


def searchable_text(value):
    """The plain text of an indexed value (a string, or StreamField's list of strings)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(searchable_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(searchable_text(item) for item in value.values())
    return str(value)


class AnalysedSearchField(index.SearchField):
    """A SearchField whose value is followed by its analysed terms on the database backend.

    The original words stay in the index (Wagtail's admin search keeps working on them); the
    analysed terms (folded, stemmed, synonym groups) are what the public search queries. The field
    keeps its name, so a page title still lands in the backend's weighted title column.
    """

    def get_value(self, obj):
        value = super().get_value(obj)
        if not analyses_in_python():
            return value
        text = searchable_text(value)
        return f"{text}\n{index_text(text, obj.locale.language_code)}"


def analysed(search_fields):
    """`search_fields` with every plain SearchField replaced by an AnalysedSearchField."""
    return [
        AnalysedSearchField(field.field_name, boost=field.boost, **field.kwargs)
        if type(field) is index.SearchField
        else field
        for field in search_fields
    ]
