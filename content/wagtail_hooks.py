"""Wagtail admin registrations of the content app."""

# --- Contáctenos and "La voz del migrante" (issue 4) ------------------------------------------
import content.contact.wagtail_hooks  # noqa: F401

# --- end issue 4 --------------------------------------------------------------------------------
