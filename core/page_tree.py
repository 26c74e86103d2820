"""A page's ancestors and language without queries per page while a publish run renders.

Every published page asks about its ancestors: the static search's section trail and filters
(line of action, region), the regional crest next to the brand, and Wagtail's check of the view
restrictions of the page and its ancestors before serving it. During a publish run the tree's
(path → id, type, title), read as pages ask (`_Tree`), and the view restrictions are loaded once
and shared by every page (`request_cache`); outside one (the CMS rendering a preview or a
search), each question is answered with queries, as Wagtail does. A page's language code comes from one map of the
locales per run (`language_code_of`), not from a query for each page's locale.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, PageViewRestriction

from .request_cache import cached, shared_cache


def language_code_of(page, request=None):
    """`page.locale.language_code` without a query for each page's locale."""
    codes = cached(
        request, "language_codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
    return codes.get(page.locale_id) or page.locale.language_code


class _Tree:
    """(path -> (id, content type id, title)) of the pages, read as pages ask: the ancestors of
    the first pages a run renders one query each (an edit renders a handful), then the whole tree
    in one query (a full publish renders every page)."""

    PARTIAL_READS = 20

    def __init__(self):
        self.rows, self.reads = {}, 0

    def get(self, paths):
        missing = [path for path in paths if path not in self.rows]
        if missing and self.reads <= self.PARTIAL_READS:
            self.reads += 1
            pages = Page.objects.all()
            if self.reads <= self.PARTIAL_READS:
                pages = pages.filter(path__in=missing)
            for path, pk, type_id, title in pages.values_list(
                "path", "pk", "content_type_id", "title"
            ):
                self.rows[path] = (pk, type_id, title)
        return [self.rows[path] for path in paths if path in self.rows]


def _view_restrictions():
    aliases = Page.objects.filter(alias_of__isnull=False).exists()
    return aliases, list(PageViewRestriction.objects.select_related("page"))


def _type_ids(model):
    """The content types of `model` and of the page types derived from it."""
    models, pending = [], [model]
    while pending:
        current = pending.pop()
        models.append(current)
        pending.extend(current.__subclasses__())
    return {ContentType.objects.get_for_model(m).pk for m in models if not m._meta.abstract}


def ancestors(page, inclusive=False):
    """[(id, content type id, title)] of `page`'s ancestors, from the tree's root down (and the
    page itself when `inclusive`)."""
    if shared_cache.get() is None:
        pages = page.get_ancestors(inclusive=inclusive)
        return list(pages.values_list("pk", "content_type_id", "title"))
    tree = cached(None, ("page tree",), _Tree)
    last = page.depth if inclusive else page.depth - 1
    return tree.get([page.path[: depth * page.steplen] for depth in range(1, last + 1)])


def nearest_ancestor(page, model, inclusive=True):
    """(id, title) of the nearest ancestor of `model`'s type (or the page itself), or None."""
    type_ids = cached(None, ("page type ids", model._meta.label), lambda: _type_ids(model))
    for pk, type_id, title in reversed(ancestors(page, inclusive=inclusive)):
        if type_id in type_ids:
            return pk, title
    return None


def view_restrictions(page):
    """The view restrictions of `page` and its ancestors, during a publish run; None outside one
    or when the site has aliases (whose restrictions are their source's: Wagtail's own query)."""
    if shared_cache.get() is None:
        return None
    aliases, restrictions = cached(None, ("view restrictions",), _view_restrictions)
    if aliases:
        return None
    return [r for r in restrictions if page.path.startswith(r.page.path)]
