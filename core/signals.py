"""Signals between apps.

`shown_object_changed`: an object that published pages show but that is not a page (e.g. a
"La voz del migrante" testimonial, a link of interest) appeared, changed or disappeared. Send it
with `announce_shown_object_changed` (after the transaction commits, `sender` its model and
`instance` the object). The static publisher (publishing/signals.py) re-renders the pages whose
types declare that they show it (`PortalPage.pages_showing`, content/pages/base.py).
"""

from django.db import transaction
from django.dispatch import Signal

shown_object_changed = Signal()


def announce_shown_object_changed(sender, instance, group=None):
    """Send `shown_object_changed` once the current transaction commits (at once outside one),
    once per transaction for each `sender` and `group`: an import of 500 agencies publishes once.
    Objects whose pages depend on the instance say which pages in `group` (e.g. the locale)."""
    connection = transaction.get_connection()
    pending = connection.__dict__.setdefault("_shown_object_announcements", {})
    key = (sender, group)
    queued = pending.get(key)
    if queued is not None and any(
        func is queued for _ids, func, _robust in connection.run_on_commit
    ):
        return

    def announce():
        if pending.get(key) is announce:
            del pending[key]
        shown_object_changed.send(sender=sender, instance=instance)

    pending[key] = announce
    transaction.on_commit(announce)
