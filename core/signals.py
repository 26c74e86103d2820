"""Signals between apps.

`shown_object_changed`: an object that published pages show but that is not a page (e.g. a
"La voz del migrante" testimonial) appeared, changed or disappeared. Send it after the transaction
commits, with `sender` its model and `instance` the object. The static publisher
(publishing/signals.py) re-renders the pages whose types declare that they show it
(`PortalPage.pages_showing`, content/pages/base.py).
"""

from django.dispatch import Signal

shown_object_changed = Signal()
