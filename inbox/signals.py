"""Signals of the contact package.

`testimonials_changed` is sent (after commit) when a testimonial appears, changes or disappears.
The line 3 pages show testimonials, so the static publisher (publishing/signals.py) connects to it
and re-publishes those pages in every language: `LineOfActionPage.objects.filter(number=3)`.
"""

from django.dispatch import Signal

testimonials_changed = Signal()
