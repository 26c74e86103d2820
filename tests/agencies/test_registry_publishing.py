"""The published registry: every release holds /agencias-de-empleo.json, which the look-up pages
search in the browser; changing an agency re-publishes it (and the look-up pages, which say when
the registry was updated) without publishing the whole site."""

import json

import pytest
from wagtail.models import Locale

from agencies.models import EmploymentAgency, OfferCheckPage
from content.models import CountryGuidePage
from publishing import targets
from publishing.render import output_path

pytestmark = pytest.mark.django_db


def registry(store):
    return json.loads((store.root / "current" / "agencias-de-empleo.json").read_text())


def test_the_published_site_carries_the_registry(published_demo):
    status, headers, body = published_demo("/agencias-de-empleo.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    agencies = {agency["ruc"]: agency for agency in json.loads(body)["agencies"]}
    assert len(agencies) == 10
    assert agencies["20498765433"]["status"] == "registered"  # expired by its dates only
    assert set(agencies["20498765433"]) == {"name", "ruc", "number", "status", "from", "until"}


def test_changing_an_agency_republishes_the_registry_and_the_lookup_pages_only(
    site, django_capture_on_commit_callbacks
):
    agency = EmploymentAgency.objects.get(ruc="20601234565")
    agency.status = "cancelled"
    with django_capture_on_commit_callbacks(execute=True):
        agency.save()
    manifest = site.manifest(site.current_id())
    assert manifest["kind"] == "incremental"
    published = {item["ruc"]: item for item in registry(site)["agencies"]}
    assert published["20601234565"]["status"] == "cancelled"

    with django_capture_on_commit_callbacks(execute=True):
        EmploymentAgency.objects.filter(ruc="20498765433").get().delete()
    assert "20498765433" not in {item["ruc"] for item in registry(site)["agencies"]}
    for page in OfferCheckPage.objects.live():
        assert (site.root / "current" / output_path(page.url)).exists()


def test_country_guides_follow_the_check_page_when_it_moves(
    site, django_capture_on_commit_callbacks
):
    page = OfferCheckPage.objects.get(locale__language_code="es")
    guide = CountryGuidePage.objects.live().get(slug="trabajar-en-espana")
    english_guide = guide.get_translation(Locale.objects.get(language_code="en"))
    old_url = page.url
    page.slug = "verifica-tu-oferta"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    new_url = OfferCheckPage.objects.get(pk=page.pk).url
    assert new_url != old_url
    html = (site.root / "current" / output_path(guide.url)).read_text()
    assert f'href="{new_url}"' in html and f'href="{old_url}"' not in html
    # The English guide links to the English page, which did not move.
    english = (site.root / "current" / output_path(english_guide.url)).read_text()
    assert "Is this offer safe?" in english


def test_what_the_registry_and_the_check_page_affect():
    agency = EmploymentAgency.objects.first()
    checks = set(OfferCheckPage.objects.values_list("pk", flat=True))
    assert targets.pages_showing(agency) == checks and len(checks) == 4
    spanish = OfferCheckPage.objects.get(locale__language_code="es")
    english = OfferCheckPage.objects.get(locale__language_code="en")
    guides = CountryGuidePage.objects.all()
    assert targets.pages_showing(spanish) == set(guides.values_list("pk", flat=True))
    assert targets.pages_showing(english) == set(
        guides.filter(locale=english.locale).values_list("pk", flat=True)
    )
    assert not targets.affects_every_page(EmploymentAgency)  # no full publish for an agency
