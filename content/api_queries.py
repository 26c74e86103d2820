"""What the JSON API accepts in a query string: every refusal a 400 with a message, never a 500.

Wagtail's API checks the names of the parameters; these checks cover their values: integers a
database can hold, a search operator it knows, a search text analysed as the site search analyses
it (the raw text never reaches SQLite's full-text query syntax).
"""

from django.db import models
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.query import PlainText

from search.analysis import analyse_query, base_language
from search.backends import analyses_in_python

INTEGER_PARAMETERS = frozenset(
    ["offset", "limit", "id", "child_of", "descendant_of", "ancestor_of", "translation_of"]
)
LARGEST_ID = 2**63 - 1
SEARCH_OPERATORS = ("and", "or")
DEFAULT_LANGUAGE = "es"


def whole_number(name, value):
    """`value` as an int a database can hold, or a 400 naming the parameter."""
    try:
        number = int(value)
    except ValueError:
        raise BadRequestError(f"{name} must be a whole number") from None
    if not 0 <= number <= LARGEST_ID:
        raise BadRequestError(f"{name} must be a whole number from 0 to {LARGEST_ID}")
    return number


def integer_fields(model):
    """Fields Wagtail's field filter compares as integers (`locale` has a filter of its own)."""
    return {
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.IntegerField | models.AutoField)
        or (
            isinstance(field, models.ForeignKey)
            and isinstance(field.target_field, models.IntegerField | models.AutoField)
        )
    } - {"locale"}


def check_values(request, model):
    """Refuse integers out of range, NUL characters and unknown search operators before any
    query runs."""
    integers = INTEGER_PARAMETERS | integer_fields(model)
    for name, value in request.GET.items():
        if name in integers:
            whole_number(name, value)
    if any("\x00" in value for value in request.GET.values()):
        raise BadRequestError("query parameters must not contain NUL characters")
    operator = request.GET.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")


class AnalysedSearchFilter(SearchFilter):
    """`?search=` through the site search's analysis (accents, stop words, stemming, synonyms).

    On the database backend the index holds analysed terms, so the words are analysed the same
    way and passed on as plain words; Elasticsearch analyses the text itself.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        text = request.GET["search"]
        operator = request.GET.get("search_operator") or "and"
        if analyses_in_python():
            language = base_language(request.GET.get("locale") or DEFAULT_LANGUAGE)
            analysed = analyse_query(text, language)
            words = analysed.required if operator == "and" else analysed.optional
            if not words:
                return queryset.none()
            text = " ".join(words)
        try:
            return get_search_backend().search(
                PlainText(text, operator=operator),
                queryset,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching (field is not indexed)"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching (field is not indexed)"
            ) from error


def with_analysed_search(filter_backends):
    """A viewset's filters with Wagtail's search filter replaced by the analysed one."""
    return [
        AnalysedSearchFilter if backend is SearchFilter else backend for backend in filter_backends
    ]
