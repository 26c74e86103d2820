"""Template tags for the static (Pagefind) search index: per-page filters and metadata."""

from django import template

from search.facets import active_facets

register = template.Library()


@register.simple_tag
def static_search_filters(page):
    """[(facet name, label)] of a page, for `data-pagefind-filter` tags."""
    if page is None or not getattr(page, "pk", None):
        return []
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
    return " › ".join(page.get_ancestors().filter(depth__gt=2).values_list("title", flat=True))
