"""Which SENEP office a returnee is assigned to, and the contact details shown to them."""

from dataclasses import dataclass

from wagtail.models import Locale

from network.pages import OfficeKind, OfficePage


def office_for(region):
    """The region's regional SENEP office, else its first office (None when it has none)."""
    offices = OfficePage.objects.child_of(region).live().order_by("path")
    return offices.filter(kind=OfficeKind.REGIONAL).first() or offices.first()


@dataclass(frozen=True)
class OfficeContact:
    name: str
    address: str
    phone: str
    email: str
    opening_hours: str
    url: str


def contact_for(registration, language):
    """Where the returnee should go: the assigned office (in `language` when translated), else
    the regional directorate; None when neither is known any more."""
    place = registration.office or registration.region
    if place is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    localized = (place.get_translation_or_none(locale) if locale else None) or place
    localized = localized.specific
    return OfficeContact(
        name=localized.title,
        address=place.address,
        phone=place.phone,
        email=place.email,
        opening_hours=getattr(localized, "opening_hours", ""),
        url=localized.url if localized.live else "",
    )


def team_addresses(registration):
    """The office's e-mail, else the regional directorate's (empty when neither has one)."""
    for place in (registration.office, registration.region):
        if place is not None and place.email:
            return [place.email]
    return []
