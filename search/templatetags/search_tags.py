"""Template tags for the static (Pagefind) search index: which pages it keeps, their filters and
metadata.

A publish run renders some pages at several addresses (listing filters, the office finder):
their answers are looked up once per run."""

from django import template

from core.page_tree import ancestors, language_code_of
from core.request_cache import cached
from search.facets import active_facets
from search.snippets import page_text
from search.synonym_keywords import synonym_keywords

register = template.Library()


@register.simple_tag
def static_search_filters(page):
    """[(facet name, label)] of a page, for `data-pagefind-filter` tags."""
    if page is None or not getattr(page, "pk", None):
        return []
    return cached(None, ("static search filters", page.pk), lambda: _filters(page))


def _filters(page):
    result = []
    for facet in active_facets():
        label = facet.label_for(page)
        if label:
            result.append((facet.name, str(label)))
    return result


@register.simple_tag
def static_search_breadcrumb(page):
    """The titles of a page's sections below the home page, e.g. "Guías por país"."""
    if page is None or not getattr(page, "pk", None):
        return ""
    return cached(None, ("static search breadcrumb", page.pk), lambda: _breadcrumb(page))


def _breadcrumb(page):
    return " › ".join(title for _pk, _type, title in ancestors(page)[2:])  # below the home page


@register.simple_tag(takes_context=True)
def static_search_indexed(context):
    """True on the address of a page the static index keeps: a content page (not the home page,
    an index or a listing: `static_search_indexed` of its type), at its own address (not a
    listing's page 2 or filter)."""
    page, request = context.get("page"), context.get("request")
    return bool(
        getattr(page, "pk", None)
        and getattr(page, "static_search_indexed", False)
        and request is not None
        and request.path == page.url
    )


@register.simple_tag
def static_search_keywords(page):
    """The synonyms (search/synonyms.txt) of what a page says, for its `keywords` metadata."""
    text = "\n".join([page.title, page_text(page)])
    return synonym_keywords(text, language_code_of(page))
