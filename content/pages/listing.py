from django.core.paginator import Paginator

PAGE_SIZE = 12


def paginate(request, queryset, per_page=PAGE_SIZE):
    """A page of results; out-of-range or malformed page numbers fall back to the nearest page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
