"""Wagtail admin registrations of the content app."""

import content.translation_views  # noqa: F401  (wagtail-localize's views under the editing rules)
