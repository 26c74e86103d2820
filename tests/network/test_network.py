"""The SENEP network: regions, offices, the office finder (HTML and API), crest co-branding."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data
from wagtail_localize.models import TranslationSource

from content.models import (
    CountryGuidePage,
    EventIndexPage,
    EventPage,
    HomePage,
    LineOfActionPage,
    NewsIndexPage,
    NewsPage,
)
from demo.network import regions as demo_regions
from network.models import (
    EmploymentService,
    OfficeFinderPage,
    OfficePage,
    RegionPage,
    SenepNetworkPage,
)
from network.services import ServiceCode

pytestmark = pytest.mark.django_db

OFFICIAL_NAMES = {
    "01": "Amazonas",
    "02": "Áncash",
    "03": "Apurímac",
    "04": "Arequipa",
    "05": "Ayacucho",
    "06": "Cajamarca",
    "07": "Callao",
    "08": "Cusco",
    "09": "Huancavelica",
    "10": "Huánuco",
    "11": "Ica",
    "12": "Junín",
    "13": "La Libertad",
    "14": "Lambayeque",
    "15": "Lima",
    "1501": "Lima Metropolitana",
    "16": "Loreto",
    "17": "Madre de Dios",
    "18": "Moquegua",
    "19": "Pasco",
    "20": "Piura",
    "21": "Puno",
    "22": "San Martín",
    "23": "Tacna",
    "24": "Tumbes",
    "25": "Ucayali",
}
CREST = re.compile(r'<span class="crest"><img src="([^"]+)"[^>]* alt="([^"]+)"></span>')


def spanish(model):
    return model.objects.filter(locale__language_code="es")


def region(ubigeo, language="es"):
    return RegionPage.objects.get(ubigeo=ubigeo, locale__language_code=language)


def finder(language="es"):
    return OfficeFinderPage.objects.get(locale__language_code=language)


def titles(response):
    return {office.title for office in response.context["offices"]}


# -- regions and offices in the demo ----------------------------------------------------------


def test_all_26_regional_directorates_with_official_names_and_codes():
    regions = spanish(RegionPage).live()
    assert {r.ubigeo: r.name for r in regions} == OFFICIAL_NAMES
    assert len(demo_regions()) == 26
    network = spanish(SenepNetworkPage).get()
    for r in regions:
        assert r.get_parent().pk == network.pk
        assert r.directorate.startswith(("Dirección Regional", "Gerencia Regional")), r.title
        assert "Trabajo y Promoción del Empleo" in r.directorate
        assert r.crest and r.crest_alt and "demostración" in r.crest_alt
        assert r.crest.collection.get_parent().name == "Escudos"
        offices = OfficePage.objects.child_of(r).live()
        assert offices.count() >= 1, r.name
        for office in offices:
            assert office.ubigeo.startswith(r.ubigeo), (office.title, office.ubigeo)
            assert office.services.filter(code=ServiceCode.JOB_BANK).exists()
            assert office.latitude is not None and office.opening_hours
        assert EventIndexPage.objects.child_of(r).count() == 1
    assert region("1501").directorate.endswith("de Lima Metropolitana")
    assert region("07").directorate.endswith("del Callao")


def test_regions_and_offices_exist_in_english_with_synchronised_data():
    english = Locale.objects.get(language_code="en")
    assert RegionPage.objects.filter(locale=english, live=True).count() == 26
    assert (
        OfficePage.objects.filter(locale=english, live=True).count() == spanish(OfficePage).count()
    )
    lima = region("1501", "en")
    assert (lima.title, lima.name) == ("Metropolitan Lima", "Metropolitan Lima")
    office = OfficePage.objects.get(locale=english, slug="puno-employment-centre")
    source = spanish(OfficePage).get(slug="centro-de-empleo-puno")
    assert office.title == "Puno Employment Centre"
    assert (office.ubigeo, office.phone) == (source.ubigeo, source.phone)
    assert set(office.services.values_list("code", flat=True)) == set(
        source.services.values_list("code", flat=True)
    )


def test_changed_services_reach_the_translation_when_it_is_synced():
    source = spanish(OfficePage).get(slug="centro-de-empleo-puno")
    source.services.remove(EmploymentService.objects.get(code=ServiceCode.MIGRANT_GUIDANCE))
    source.save_revision().publish()
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    english = Locale.objects.get(language_code="en")
    translation_source.create_or_update_translation(english)
    # wagtail-localize publishes on commit, which a test transaction never reaches.
    source.get_translation(english).get_latest_revision().publish()
    office = OfficePage.objects.get(pk=source.get_translation(english).pk)
    assert not office.services.filter(code=ServiceCode.MIGRANT_GUIDANCE).exists()
    assert office.services.filter(code=ServiceCode.JOB_BANK).exists()


# -- the office finder (no JavaScript, static: every choice is an address) -----------------


def at(path, language="es"):
    return Client().get(finder(language).url + path)


def test_finder_filters_by_region_and_service():
    assert titles(at("region/21/service/migrant-guidance/")) == {
        "Centro de Empleo Puno",
        "Oficina SENEP Local Juliaca",
    }
    assert titles(at("region/08/service/migrant-guidance/")) == {"Centro de Empleo Cusco"}
    assert titles(at("region/1501/")) == {
        "Centro de Empleo Jesús María",
        "Oficina SENEP Local San Juan de Lurigancho",
    }
    assert titles(at("service/competence-certification/")) == {
        "Centro de Empleo Huaraz",
        "Centro de Empleo Cajamarca",
        "Centro de Empleo Huánuco",
        "Centro de Empleo Chiclayo",
        "Centro de Empleo Puerto Maldonado",
        "Centro de Empleo Puno",
        "Centro de Empleo Pucallpa",
    }
    assert titles(at("region/21/service/competence-certification/")) == {"Centro de Empleo Puno"}
    assert len(at("service/certificado-unico-laboral/").context["offices"]) == 26
    everything = Client().get(finder().url)
    assert len(everything.context["offices"]) == spanish(OfficePage).count() == 31


def test_finder_form_keeps_the_choices_and_counts_the_offices():
    html = at("region/21/service/migrant-guidance/").content.decode()
    base = finder().url
    form = html.split('<form class="finder-form"', 1)[1].split("</form>", 1)[0]
    assert f'method="get" action="{base}"' in form
    # The chosen region and service stay chosen; each choice counts its offices.
    assert '<option value="21" selected>Puno (2)</option>' in form
    assert '<option value="08">Cusco (' in form
    assert (
        'name="service" value="migrant-guidance" checked> Orientación al migrante'
        ' <span class="filter__count">(2)</span>'
    ) in form
    # A service no Puno office gives counts none; its page is not published, nor linked.
    assert (
        'value="entrepreneurship-training"> Capacitación para el emprendimiento'
        ' <span class="filter__count">(0)</span>'
    ) in form
    assert f"{base}region/21/service/entrepreneurship-training/" not in html
    # No inline script: it works as static files and without JavaScript.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)


def test_finder_publishes_exactly_the_non_empty_combinations(demo_release):
    page = finder()
    subpaths = page.static_subpaths()
    assert "region/21/service/migrant-guidance/" in subpaths
    assert "service/certificado-unico-laboral/" in subpaths
    assert len(subpaths) == len(set(subpaths))
    # The published demo holds one page per combination, each listing at least one office.
    published = demo_release / "current" / page.url.strip("/")
    on_disk = {
        f"{path.parent.relative_to(published)}/": path.read_text()
        for path in published.glob("*/**/index.html")
    }
    assert set(on_disk) == set(subpaths)
    for subpath, html in on_disk.items():
        assert 'class="card office-card"' in html, subpath


def test_finder_pages_are_the_same_bytes_on_every_publish(demo_release):
    """Nothing in a finder page depends on the order of a set (which changes from one process
    to the next): a full publish leaves unchanged pages untouched."""
    published = demo_release / "current" / finder().url.strip("/") / "index.html"
    classes = re.findall(r'<li class="((?:service-[\w-]+ )+)">', published.read_text())
    assert classes
    for names in classes:
        assert names.split() == sorted(names.split())


def test_finder_answers_unknown_choices_with_404():
    for bogus in [
        "region/99/",
        "service/script/",
        "region/21/service/nothing/",
        "region/" + "2" * 500 + "/",
    ]:
        assert at(bogus).status_code == 404, bogus


def test_finder_in_english_lists_english_offices():
    response = at("region/21/service/migrant-guidance/", "en")
    assert titles(response) == {"Puno Employment Centre", "Juliaca local SENEP office"}
    assert "Guidance for migrants" in response.content.decode()


# -- the same data through the API ------------------------------------------------------------


def api(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.postgres
def test_api_filters_offices_by_region_and_service():
    client = Client()
    puno = region("21")
    data = api(
        client,
        type="network.OfficePage",
        locale="es",
        child_of=puno.pk,
        services="migrant-guidance",
        fields="ubigeo,kind,address,opening_hours,latitude,longitude,services,region",
    )
    assert {item["title"] for item in data["items"]} == {
        "Centro de Empleo Puno",
        "Oficina SENEP Local Juliaca",
    }
    centre = next(item for item in data["items"] if item["title"] == "Centro de Empleo Puno")
    assert centre["region"] == {"id": puno.pk, "name": "Puno", "ubigeo": "21"}
    assert centre["ubigeo"] == "210101" and centre["kind"] == "centro-de-empleo"
    assert {"code": "migrant-guidance", "name": "Orientación al migrante"} in centre["services"]
    english = api(
        client,
        type="network.OfficePage",
        locale="en",
        child_of=region("21", "en").pk,
        fields="services",
    )
    names = {s["name"] for item in english["items"] for s in item["services"]}
    assert "Guidance for migrants" in names and "Orientación al migrante" not in names
    everywhere = api(
        client,
        type="network.OfficePage",
        locale="es",
        services="certificado-unico-laboral",
        limit=50,
    )
    assert everywhere["meta"]["total_count"] == 26


@pytest.mark.postgres
def test_api_lists_regions_with_crest_and_rejects_bad_parameters():
    client = Client()
    data = api(
        client,
        type="network.RegionPage",
        locale="es",
        fields="name,ubigeo,crest,crest_alt",
        limit=50,
    )
    assert data["meta"]["total_count"] == 26
    puno = next(item for item in data["items"] if item["ubigeo"] == "21")
    assert puno["crest"]["full_url"].startswith("http://testserver/media/images/escudo-puno")
    assert puno["crest_alt"].startswith("Escudo de la Región Puno")
    assert (
        client.get("/api/v2/pages/", {"type": "network.OfficePage", "nope": "1"}).status_code == 400
    )
    none = api(client, type="network.OfficePage", services="no-such-service")
    assert none["meta"]["total_count"] == 0


# -- crest next to the brand on regional pages only -------------------------------------------


def crest_on(page):
    return CREST.search(Client().get(page.url).content.decode())


def test_regional_pages_show_their_crest_next_to_the_brand():
    puno = region("21")
    regional = [
        puno,
        OfficePage.objects.child_of(puno).first(),
        puno.events_area,
        EventPage.objects.get(slug="feria-laboral-juliaca"),
        NewsPage.objects.child_of(puno).get(),
        region("21", "en"),
    ]
    for page in regional:
        html = Client().get(page.url).content.decode()
        match = CREST.search(html)
        assert match, page.url
        assert (
            match.group(2)
            == page.get_ancestors(inclusive=True).type(RegionPage).first().specific.crest_alt
        )
        assert "escudo-puno" in match.group(1)
        # Next to the brand, never instead of it.
        assert html.index('class="logo logo--senep"') < html.index('class="crest"')
    cusco = OfficePage.objects.child_of(region("08")).first()
    assert "escudo-cusco" in crest_on(cusco).group(1)


def test_national_pages_never_show_a_crest():
    national = [
        spanish(HomePage).get(),
        HomePage.objects.get(locale__language_code="en"),
        spanish(LineOfActionPage).first(),
        spanish(CountryGuidePage).first(),
        spanish(EventIndexPage).get(depth=3),
        spanish(EventPage).filter(scope="national").first(),
        spanish(NewsIndexPage).get(),
        spanish(SenepNetworkPage).get(),
        finder(),
    ]
    for page in national:
        response = Client().get(page.url)
        assert response.status_code == 200
        assert 'class="crest"' not in response.content.decode(), page.url


def test_listings_include_regional_events_and_news():
    national_events = Client().get(spanish(EventIndexPage).get(depth=3).url)
    assert "Feria laboral y de orientación en Juliaca" in national_events.content.decode()
    cusco_events = Client().get(region("08").events_area.url)
    assert "Juliaca" not in cusco_events.content.decode()
    news = Client().get(spanish(NewsIndexPage).get().url)
    assert "El Centro de Empleo Puno orienta" in news.content.decode()


# -- admin validation -------------------------------------------------------------------------


def test_office_ubigeo_must_lie_in_its_region(client):
    admin = get_user_model().objects.create_superuser("admin.red", "a@example.org", "x" * 16)
    client.force_login(admin)
    puno = region("21")
    url = reverse("wagtailadmin_pages:add", args=("network", "officepage", puno.pk))
    data = nested_form_data(
        {
            "title": "Oficina SENEP Local Ilave",
            "slug": "oficina-senep-ilave",
            "intro": "",
            "kind": "local",
            "address": "Municipalidad de El Collao",
            "ubigeo": "080101",
            "opening_hours": "Lunes a viernes",
            "phone": "",
            "email": "",
            "latitude": "-16.08",
            "longitude": "-69.64",
        }
    )
    data["services"] = ["job-bank"]
    response = client.post(url, data)
    assert response.status_code == 200
    assert "ubigeo" in response.context["form"].errors
    assert not OfficePage.objects.filter(slug="oficina-senep-ilave").exists()
    data["ubigeo"] = "210501"
    assert client.post(url, data).status_code == 302
    office = OfficePage.objects.get(slug="oficina-senep-ilave")
    assert list(office.services.values_list("code", flat=True)) == ["job-bank"]


@pytest.mark.postgres
def test_two_regions_cannot_share_a_ubigeo_code():
    from django.core.exceptions import ValidationError

    cusco = region("08")
    cusco.ubigeo = "21"
    with pytest.raises(ValidationError) as error:
        cusco.full_clean()
    assert "ubigeo" in error.value.message_dict


def test_regions_are_listed_in_reading_order():
    response = Client().get(spanish(SenepNetworkPage).get().url)
    names = [region.name for region in response.context["regions"]]
    assert names[:3] == ["Amazonas", "Áncash", "Apurímac"]
    assert names.index("San Martín") < names.index("Tacna")
    region_filter = Client().get(finder().url).context["filters"][0]["options"][1:]
    finder_regions = [option["label"] for option in region_filter]
    assert finder_regions == names
