"""Answers computed once per request, or once per publish run.

Templates and pages ask the same questions many times (the homes and menus of the layout, the
brand's logos, a region's crest, the office finder's offices): the answers are cached on the
request. A publish run hands every page it renders the same cache (`request.portal_cache`, also
reachable without a request through `shared_cache`, which the publisher sets while it renders), so
the whole site is rendered with one query per question.
"""

from contextvars import ContextVar

_MISSING = object()
shared_cache = ContextVar("portal_shared_cache", default=None)  # set while a publish run renders


def request_cache(request):
    """A dict living as long as the request (or the publish run that made the request)."""
    if request is None:
        shared = shared_cache.get()
        return {} if shared is None else shared
    cache = getattr(request, "portal_cache", None)
    if cache is None:
        cache = request.portal_cache = {}
    return cache


def cached(request, key, compute):
    """`compute()`, once per request (or publish run) and `key`."""
    cache = request_cache(request)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = cache[key] = compute()
    return value
