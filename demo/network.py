"""The SENEP network: one page per region of demo/data/network.yaml, with its offices and events.

The region pages' texts are the templates of the YAML file filled with each row of its region
table; the crests are generated shields with the region's initials and the word DEMO.
"""

from content.models import EventIndexPage
from network.models import EmploymentService, OfficePage, RegionPage
from network.pages import OfficeKind
from network.services import ServiceCode
from roles.setup import region_collections

from . import files
from .reader import page, pages, read
from .stream import stream
from .text import T, text
from .tree import PageSpec

# Region pages are translated into English only.
LANGUAGES = ("es", "en")

CORE_SERVICES = [
    ServiceCode.LABOUR_MARKET,
    ServiceCode.BUSINESS_OUTREACH,
    ServiceCode.VOCATIONAL_GUIDANCE,
    ServiceCode.JOB_TRAINING,
    ServiceCode.ENTREPRENEURSHIP_GUIDANCE,
    ServiceCode.JOB_BANK,
    ServiceCode.JOB_SEARCH_COUNSELLING,
    ServiceCode.CUL,
]
# The minimum service of a local office is labour intermediation (directive 6.2.2).
LOCAL_SERVICES = [
    ServiceCode.JOB_BANK,
    ServiceCode.JOB_SEARCH_COUNSELLING,
    ServiceCode.VOCATIONAL_GUIDANCE,
]

CREST_COLOURS = ["#7a1f2b", "#1f4e79", "#2e6b30", "#6b4f1d", "#4b2e83", "#8a3b12"]


def regions():
    """The rows of the region table of demo/data/network.yaml."""
    return read("network")["regions"]


def employment_centre_services(index, region):
    """Every Centro de Empleo has the core services; the others vary by region."""
    codes = list(CORE_SERVICES)
    if index % 2 == 0:
        codes.append(ServiceCode.ENTREPRENEURSHIP_TRAINING)
    if index % 3 == 0:
        codes.append(ServiceCode.TEMPORARY_EMPLOYMENT)
    if index % 4 == 1:
        codes.append(ServiceCode.COMPETENCE_CERTIFICATION)
    if region.get("migrants"):
        codes.append(ServiceCode.MIGRANT_GUIDANCE)
    return codes


def services(codes):
    def resolve():
        return list(EmploymentService.objects.filter(code__in=codes))

    return resolve


def initials(name):
    words = [w for w in name.replace("-", " ").split() if w.lower() not in {"de", "del", "la"}]
    if len(words) == 1:
        return words[0][:2].upper()
    return "".join(word[0] for word in words[:2]).upper()


def crest_svg(name, index):
    """A plain shield with the region's initials and DEMO: obviously not an official crest."""
    colour = CREST_COLOURS[index % len(CREST_COLOURS)]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 140" width="120" height="140">'
        f"<title>Escudo de demostración: {name}</title>"
        '<path d="M6 6h108v58c0 38-26 60-54 70C32 124 6 102 6 64z" fill="#f6f3ea" '
        f'stroke="{colour}" stroke-width="6"/>'
        f'<path d="M16 16h88v22H16z" fill="{colour}"/>'
        '<text x="60" y="33" font-family="DejaVu Sans, Arial, sans-serif" font-size="13" '
        'font-weight="700" fill="#ffffff" text-anchor="middle">DEMO</text>'
        '<text x="60" y="92" font-family="DejaVu Sans, Arial, sans-serif" font-size="38" '
        f'font-weight="700" fill="{colour}" text-anchor="middle">{initials(name)}</text>'
        "</svg>"
    ).encode()


def in_language(value, language):
    """One language of a text, a YAML text (its Spanish where the language is missing) or a value."""
    if isinstance(value, T):
        return value.get(language)
    if isinstance(value, dict):
        return value.get(language, value["es"])
    return value


def fill(template, **values):
    """The `T` of a YAML text template, its {placeholders} filled language by language."""
    filled = []
    for lang in LANGUAGES:
        own = {key: in_language(value, lang) for key, value in values.items()}
        filled.append(in_language(template, lang).format_map(own))
    return T(*filled)


def fill_all(templates, **values):
    return {key: fill(template, **values) for key, template in templates.items()}


def office(texts, kind, place, codes, phone, email):
    return PageSpec(
        OfficePage,
        slug=texts["slug"],
        title=texts["title"],
        intro=texts["intro"],
        fields={
            "kind": kind,
            "address": texts["address"],
            "ubigeo": place["ubigeo"],
            "opening_hours": text(read("network")["opening_hours"]),
            "phone": phone,
            "email": email,
            "latitude": place["latitude"],
            "longitude": place["longitude"],
            "services": services(codes),
        },
    )


def offices(region, index):
    """The region's Centro de Empleo, in its capital, then its local SENEP offices."""
    data = read("network")
    code, slug = region["area_code"], region["slug"]
    capital = {**region, "ubigeo": region["capital_ubigeo"]}
    result = [
        office(
            fill_all(data["employment_centre"], capital=region["capital"], slug=slug),
            OfficeKind.EMPLOYMENT_CENTRE,
            capital,
            employment_centre_services(index, region),
            f"+51 {code} 000 {region['capital_ubigeo'][-3:]}",
            f"centrodeempleo.{slug}@example.org",
        )
    ]
    for local in data["local_offices"].get(region["ubigeo"], []):
        town, town_slug = local["town"], local["town"].lower().replace(" ", "-")
        result.append(
            office(
                fill_all(data["local_office"], town=town, town_slug=town_slug),
                OfficeKind.LOCAL,
                local,
                LOCAL_SERVICES + ([ServiceCode.MIGRANT_GUIDANCE] if local.get("migrants") else []),
                f"+51 {code} 000 {local['ubigeo'][-3:]}",
                f"senep.{town_slug}@example.org",
            )
        )
    return result


def crest(region, index):
    def make():
        name = in_language(region["name"], "es")
        _media, collection = region_collections(name)
        names = {
            key: value.format(name=name, slug=region["slug"])
            for key, value in read("network")["crest"].items()
        }
        return files.svg_image(names["title"], names["file"], crest_svg(name, index), collection)

    return make


def region_texts(region):
    """The texts of a region page: the `region` templates (`gerencia` ones where the row says so,
    the row's own where it has them) with the row's name and capital and `of_region`."""
    data = read("network")
    templates = {**data["region"], **(data["gerencia"] if region.get("gerencia") else {})}
    templates.update((key, region[key]) for key in templates if key in region)
    values = {"name": region["name"], "capital": region["capital"]}
    values["of_region"] = fill(templates.pop("of_region"), **values)
    return fill_all(templates, **values)


def region_spec(region, index):
    data = read("network")
    texts = region_texts(region)
    own = data["regional_pages"].get(region["ubigeo"], {})  # pages of the region's own editors
    events = PageSpec(
        EventIndexPage,
        slug=text(data["events"]["slug"]),
        title=texts["events_title"],
        intro=text(data["events"]["intro"]),
        children=[page(item, data) for item in own.get("events", [])],
    )
    return PageSpec(
        RegionPage,
        slug=text(region["slug"]),
        title=texts["title"],
        intro=texts["intro"],
        fields={
            "name": text(region["name"]),
            "ubigeo": region["ubigeo"],
            "directorate": texts["directorate"],
            "address": texts["address"],
            "phone": f"+51 {region['area_code']} 000 {region['ubigeo'][-2:]}0",
            "email": f"senep.{region['slug']}@example.org",
            "crest": crest(region, index),
            "crest_alt": texts["crest_alt"],
            "body": stream([{"paragraph": texts["body"]}]),
        },
        children=[
            *offices(region, index),
            events,
            *(page(item, data) for item in own.get("pages", [])),
        ],
    )


def network_pages():
    """The network page of demo/data/network.yaml, with one region page per row after its own."""
    [network] = pages("network")
    network.children += [region_spec(region, index) for index, region in enumerate(regions())]
    return [network]
