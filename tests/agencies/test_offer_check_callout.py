"""The "¿Es segura esta oferta?" callout: on line 1 and on every country guide, in every language
(rendering only: not part of the PostgreSQL pass)."""

import pytest
from django.test import Client

from content.models import CountryGuidePage, LineOfActionPage

pytestmark = pytest.mark.django_db


def test_line_1_and_every_country_guide_show_the_callout(check_pages):
    client = Client()
    for guide in CountryGuidePage.objects.live():
        html = client.get(guide.url).content.decode()
        check = check_pages[guide.locale.language_code]
        assert 'class="notice notice--warning offer-check-callout"' in html, guide.url
        assert f'href="{check.url}"' in html, guide.url
    for line in LineOfActionPage.objects.live():
        html = client.get(line.url).content.decode()
        shown = "offer-check-callout" in html
        assert shown == (line.number == 1), line.url
        if shown:
            assert f'href="{check_pages[line.locale.language_code].url}"' in html
