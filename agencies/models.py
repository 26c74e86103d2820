"""Django loads the app's models from here: the registry, its look-up page and the counts."""

from .counts import AgencyLookupCount
from .pages import OfferCheckPage
from .registry import EmploymentAgency

__all__ = ["AgencyLookupCount", "EmploymentAgency", "OfferCheckPage"]
