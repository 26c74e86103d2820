"""Fixtures of the agency look-up tests: the demo's "¿Es segura esta oferta?" pages and its
registry of ten fictitious agencies (demo/data/agencies.yaml)."""

import pytest

from agencies.models import OfferCheckPage


@pytest.fixture
def check_pages(db):
    return {
        page.locale.language_code: page
        for page in OfferCheckPage.objects.live().select_related("locale")
    }
