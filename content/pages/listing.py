"""Listings that work as static files: filters and result pages are addresses, not query strings.

A published page is a file, and a static server ignores `?page=2` or `?scope=national`. So an
index page answers at its own address (all items, first page) and below it:

    page/2/                      the second page of results
    scope/national/              one filter value (one filter at a time)
    scope/national/page/2/

`static_subpaths()` lists those addresses for the publisher; links in the templates point to them.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

PAGE_SIZE = 12


@dataclass
class Filter:
    """One way to narrow a listing: a URL segment, the model field and its choices."""

    segment: str
    field: str
    choices: type  # a TextChoices
    label: str


class StaticListingMixin(RoutablePageMixin):
    listing_filters: tuple = ()
    listing_page_size = PAGE_SIZE  # None: everything on one page

    def listing_queryset(self):
        raise NotImplementedError

    # -- routes ------------------------------------------------------------------------------------
    @path("", name="listing")
    @path("page/<int:number>/", name="listing_page")
    @re_path(r"^(?!page/)(?P<segment>[a-z]+)/(?P<value>[-\w]+)/$", name="listing_filter")
    @re_path(
        r"^(?!page/)(?P<segment>[a-z]+)/(?P<value>[-\w]+)/page/(?P<number>[0-9]+)/$",
        name="listing_filter_page",
    )
    def listing(self, request, segment=None, value=None, number=1):
        active = None
        if segment is not None:
            active = next((f for f in self.listing_filters if f.segment == segment), None)
            if active is None or value not in active.choices.values:
                raise Http404
        items = self.listing_queryset()
        if active:
            items = items.filter(**{active.field: value})
        page = self._page_of(items, int(number))
        return self.render(
            request,
            context_overrides={
                "items": page,
                "filters": self._filter_links(active, value),
                "pagination": self._pagination_links(page, active, value),
            },
        )

    # -- addresses ---------------------------------------------------------------------------------
    def listing_url(self, active=None, value=None, number=1):
        if active is None:
            subpath = (
                ""
                if number == 1
                else self.reverse_subpage("listing_page", kwargs={"number": number})
            )
        elif number == 1:
            subpath = self.reverse_subpage(
                "listing_filter", kwargs={"segment": active.segment, "value": value}
            )
        else:
            subpath = self.reverse_subpage(
                "listing_filter_page",
                kwargs={"segment": active.segment, "value": value, "number": number},
            )
        return self.url + subpath

    def static_subpaths(self):
        """Every address below this page that a visitor can reach, for static publishing."""
        return [subpath for subpath in self.listing_members() if subpath]

    def listing_members(self):
        """{address below this page ("" for its own): ids of the pages shown there}, in order.

        The publisher keeps it in the release manifest: when a listed page changes and nothing
        else does, only the addresses that show it are rendered again (publishing.publisher).
        """
        base = self.url
        everywhere = list(self.listed_on_every_address())
        members = {}
        combinations = [(None, None)] + [
            (active, value) for active in self.listing_filters for value in active.choices.values
        ]
        for active, value in combinations:
            items = self.listing_queryset()
            if active:
                items = items.filter(**{active.field: value})
            ids = list(items.values_list("pk", flat=True))
            size = self.listing_page_size or max(len(ids), 1)
            for number in range(1, max(1, -(-len(ids) // size)) + 1):
                subpath = self.listing_url(active, value, number)[len(base) :]
                members[subpath] = ids[(number - 1) * size : number * size] + everywhere
        return members

    def listed_on_every_address(self):
        """Ids of pages this listing shows on each of its addresses besides its items."""
        return []

    # -- helpers -----------------------------------------------------------------------------------
    def _paginator(self, items):
        size = self.listing_page_size or max(items.count(), 1)
        return Paginator(items, size, allow_empty_first_page=True)

    def _page_of(self, items, number):
        paginator = self._paginator(items)
        if number < 1 or number > paginator.num_pages:
            raise Http404
        return paginator.page(number)

    def _filter_links(self, active, value):
        groups = []
        for listing_filter in self.listing_filters:
            options = [
                {
                    "label": _("All"),
                    "url": self.listing_url(),
                    "current": active is None,
                }
            ]
            for choice_value, label in listing_filter.choices.choices:
                options.append(
                    {
                        "label": label,
                        "url": self.listing_url(listing_filter, choice_value),
                        "current": active is listing_filter and value == choice_value,
                    }
                )
            groups.append({"label": listing_filter.label, "options": options})
        return groups

    def _pagination_links(self, page, active, value):
        if page.paginator.num_pages < 2:
            return None
        return {
            "number": page.number,
            "total": page.paginator.num_pages,
            "previous": self.listing_url(active, value, page.number - 1)
            if page.has_previous()
            else None,
            "next": self.listing_url(active, value, page.number + 1) if page.has_next() else None,
        }
