"""Django loads the app's models from here: the registrations in records.py, their pages in
pages.py."""

from .pages import ReturnPage, SivitmaPage
from .records import ReturnRegistration, SivitmaRegistration

__all__ = ["ReturnPage", "ReturnRegistration", "SivitmaPage", "SivitmaRegistration"]
