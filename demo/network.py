"""The SENEP network: 26 regional directorates with placeholder crests, their offices and events.

Names, ubigeo codes and capital coordinates are real; addresses, phones, emails and crests are
placeholders (the crests are generated shields with the region's initials and the word DEMO).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from content.models import EventIndexPage, EventPage, NewsPage
from content.pages.events import EventScope
from content.pages.legislation import Scope
from network.models import (
    EmploymentService,
    OfficeFinderPage,
    OfficePage,
    RegionPage,
    SenepNetworkPage,
)
from network.pages import OfficeKind
from network.services import ServiceCode
from roles.setup import region_collections

from . import files
from .stream import para
from .text import T
from .tree import PageSpec

LIMA_TZ = ZoneInfo("America/Lima")


@dataclass(frozen=True)
class Region:
    ubigeo: str
    name: str
    slug: str
    capital: str
    capital_ubigeo: str
    latitude: str
    longitude: str
    area_code: str
    gerencia: bool = False  # "Gerencia Regional" instead of "Dirección Regional"
    migrants: bool = False  # the Centro de Empleo gives guidance for migrants
    english_name: str | None = None


REGIONS = [
    Region("01", "Amazonas", "amazonas", "Chachapoyas", "010101", "-6.231700", "-77.869000", "41"),
    Region("02", "Áncash", "ancash", "Huaraz", "020101", "-9.527800", "-77.527800", "43"),
    Region("03", "Apurímac", "apurimac", "Abancay", "030101", "-13.633900", "-72.881400", "83"),
    Region(
        "04",
        "Arequipa",
        "arequipa",
        "Arequipa",
        "040101",
        "-16.398900",
        "-71.535000",
        "54",
        gerencia=True,
        migrants=True,
    ),
    Region("05", "Ayacucho", "ayacucho", "Ayacucho", "050101", "-13.163100", "-74.223600", "66"),
    Region("06", "Cajamarca", "cajamarca", "Cajamarca", "060101", "-7.163800", "-78.500300", "76"),
    Region(
        "07",
        "Callao",
        "callao",
        "Callao",
        "070101",
        "-12.056600",
        "-77.118100",
        "1",
        migrants=True,
    ),
    Region(
        "08",
        "Cusco",
        "cusco",
        "Cusco",
        "080101",
        "-13.532000",
        "-71.967500",
        "84",
        migrants=True,
    ),
    Region(
        "09",
        "Huancavelica",
        "huancavelica",
        "Huancavelica",
        "090101",
        "-12.787000",
        "-74.973000",
        "67",
    ),
    Region("10", "Huánuco", "huanuco", "Huánuco", "100101", "-9.930600", "-76.242200", "62"),
    Region("11", "Ica", "ica", "Ica", "110101", "-14.067800", "-75.728600", "56", migrants=True),
    Region(
        "12",
        "Junín",
        "junin",
        "Huancayo",
        "120101",
        "-12.065100",
        "-75.204900",
        "64",
        migrants=True,
    ),
    Region(
        "13",
        "La Libertad",
        "la-libertad",
        "Trujillo",
        "130101",
        "-8.111600",
        "-79.028800",
        "44",
        gerencia=True,
        migrants=True,
    ),
    Region(
        "14",
        "Lambayeque",
        "lambayeque",
        "Chiclayo",
        "140101",
        "-6.771400",
        "-79.840900",
        "74",
        gerencia=True,
        migrants=True,
    ),
    Region("15", "Lima", "lima", "Huacho", "150801", "-11.106700", "-77.605000", "1"),
    Region(
        "1501",
        "Lima Metropolitana",
        "lima-metropolitana",
        "Jesús María",
        "150113",
        "-12.070500",
        "-77.044600",
        "1",
        migrants=True,
        english_name="Metropolitan Lima",
    ),
    Region(
        "16",
        "Loreto",
        "loreto",
        "Iquitos",
        "160101",
        "-3.749100",
        "-73.253800",
        "65",
        migrants=True,
    ),
    Region(
        "17",
        "Madre de Dios",
        "madre-de-dios",
        "Puerto Maldonado",
        "170101",
        "-12.593300",
        "-69.189100",
        "82",
        migrants=True,
    ),
    Region("18", "Moquegua", "moquegua", "Moquegua", "180101", "-17.193900", "-70.934700", "53"),
    Region("19", "Pasco", "pasco", "Cerro de Pasco", "190101", "-10.686400", "-76.262500", "63"),
    Region(
        "20",
        "Piura",
        "piura",
        "Piura",
        "200101",
        "-5.194500",
        "-80.632800",
        "73",
        migrants=True,
    ),
    Region(
        "21",
        "Puno",
        "puno",
        "Puno",
        "210101",
        "-15.840200",
        "-70.021900",
        "51",
        migrants=True,
    ),
    Region(
        "22", "San Martín", "san-martin", "Moyobamba", "220101", "-6.034200", "-76.971700", "42"
    ),
    Region(
        "23",
        "Tacna",
        "tacna",
        "Tacna",
        "230101",
        "-18.014600",
        "-70.253600",
        "52",
        migrants=True,
    ),
    Region(
        "24",
        "Tumbes",
        "tumbes",
        "Tumbes",
        "240101",
        "-3.566900",
        "-80.451500",
        "72",
        migrants=True,
    ),
    Region("25", "Ucayali", "ucayali", "Pucallpa", "250101", "-8.379100", "-74.553900", "61"),
]

# Local SENEP offices (run by municipalities under an agreement, directive 6.2.2).
LOCAL_OFFICES = {
    "21": [("Juliaca", "211101", "-15.499700", "-70.133300", True)],
    "08": [("Quillabamba", "080901", "-12.863400", "-72.692800", False)],
    "1501": [("San Juan de Lurigancho", "150132", "-11.983300", "-77.000000", True)],
    "20": [("Sullana", "200601", "-4.903900", "-80.685300", False)],
    "12": [("Tarma", "120701", "-11.419700", "-75.690000", False)],
}

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

OPENING_HOURS = T("Lunes a viernes, de 8:30 a 16:30", "Monday to Friday, 8:30 to 16:30")


def employment_centre_services(index, region):
    """Every Centro de Empleo has the core services; the others vary by region."""
    codes = list(CORE_SERVICES)
    if index % 2 == 0:
        codes.append(ServiceCode.ENTREPRENEURSHIP_TRAINING)
    if index % 3 == 0:
        codes.append(ServiceCode.TEMPORARY_EMPLOYMENT)
    if index % 4 == 1:
        codes.append(ServiceCode.COMPETENCE_CERTIFICATION)
    if region.migrants:
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


CREST_COLOURS = ["#7a1f2b", "#1f4e79", "#2e6b30", "#6b4f1d", "#4b2e83", "#8a3b12"]


def crest_svg(region, index):
    """A plain shield with the region's initials and DEMO: obviously not an official crest."""
    colour = CREST_COLOURS[index % len(CREST_COLOURS)]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 140" width="120" height="140">'
        f"<title>Escudo de demostración: {region.name}</title>"
        '<path d="M6 6h108v58c0 38-26 60-54 70C32 124 6 102 6 64z" fill="#f6f3ea" '
        f'stroke="{colour}" stroke-width="6"/>'
        f'<path d="M16 16h88v22H16z" fill="{colour}"/>'
        '<text x="60" y="33" font-family="DejaVu Sans, Arial, sans-serif" font-size="13" '
        'font-weight="700" fill="#ffffff" text-anchor="middle">DEMO</text>'
        '<text x="60" y="92" font-family="DejaVu Sans, Arial, sans-serif" font-size="38" '
        f'font-weight="700" fill="{colour}" text-anchor="middle">{initials(region.name)}</text>'
        "</svg>"
    ).encode()


def crest(region, index):
    def make():
        _media, collection = region_collections(region.name)
        return files.svg_image(
            f"Escudo de demostración – {region.name}",
            f"escudo-{region.slug}.svg",
            crest_svg(region, index),
            collection,
        )

    return make


def region_texts(region):
    english = region.english_name or region.name
    if region.ubigeo == "1501":
        title = T("Lima Metropolitana", "Metropolitan Lima")
        of_region, of_region_en = "Lima Metropolitana", "Metropolitan Lima"
    else:
        of_region = f"la Región {region.name}"
        of_region_en = f"the {english} Region"
        title = T(f"Región {region.name}", f"{english} Region")
    article = "del " if region.ubigeo == "07" else "de "
    body = "Gerencia" if region.gerencia else "Dirección"
    body_en = "Regional Management" if region.gerencia else "Regional Directorate"
    return {
        "title": title,
        "name": T(region.name, english),
        "directorate": T(
            f"{body} Regional de Trabajo y Promoción del Empleo {article}{region.name}",
            f"{english} {body_en} of Labour and Employment Promotion",
        ),
        "intro": T(
            f"Oficinas del Servicio Nacional del Empleo, eventos y noticias de {of_region}.",
            f"National Employment Service offices, events and news in {of_region_en}.",
        ),
        "crest_alt": T(
            f"Escudo de {of_region} (ilustración de demostración)",
            f"Crest of {of_region_en} (demo illustration)",
        ),
        "address": T(
            f"Sede regional en {region.capital} (dirección de demostración)",
            f"Regional headquarters in {region.capital} (demo address)",
        ),
        "body": T(
            f"<p>La {body.lower()} regional coordina las oficinas del Servicio Nacional del "
            f"Empleo en {of_region} y orienta a quienes migran por trabajo o retornan al Perú.</p>",
            f"<p>The regional {'management' if region.gerencia else 'directorate'} coordinates "
            f"the National Employment Service offices in {of_region_en} and advises people who "
            "migrate for work or return to Peru.</p>",
        ),
        "events_title": T(f"Eventos en {of_region}", f"Events in {of_region_en}"),
    }


def office(slug, title, intro, kind, address, ubigeo, latitude, longitude, codes, phone, email):
    return PageSpec(
        OfficePage,
        slug=slug,
        title=title,
        intro=intro,
        fields={
            "kind": kind,
            "address": address,
            "ubigeo": ubigeo,
            "opening_hours": OPENING_HOURS,
            "phone": phone,
            "email": email,
            "latitude": latitude,
            "longitude": longitude,
            "services": services(codes),
        },
    )


def offices(region, index):
    centre = office(
        T(f"centro-de-empleo-{region.slug}", f"{region.slug}-employment-centre"),
        T(f"Centro de Empleo {region.capital}", f"{region.capital} Employment Centre"),
        T(
            f"Bolsa de trabajo, orientación y capacitación en {region.capital}.",
            f"Job bank, guidance and training in {region.capital}.",
        ),
        OfficeKind.EMPLOYMENT_CENTRE,
        T(
            f"Sede del Centro de Empleo, {region.capital} (dirección de demostración)",
            f"Employment Centre premises, {region.capital} (demo address)",
        ),
        region.capital_ubigeo,
        region.latitude,
        region.longitude,
        employment_centre_services(index, region),
        f"+51 {region.area_code} 000 {region.capital_ubigeo[-3:]}",
        f"centrodeempleo.{region.slug}@example.org",
    )
    result = [centre]
    for town, ubigeo, latitude, longitude, migrants in LOCAL_OFFICES.get(region.ubigeo, []):
        slug = town.lower().replace(" ", "-")
        result.append(
            office(
                T(f"oficina-senep-{slug}", f"{slug}-senep-office"),
                T(f"Oficina SENEP Local {town}", f"{town} local SENEP office"),
                T(
                    f"Intermediación laboral de la municipalidad en {town}.",
                    f"The municipality's job-matching service in {town}.",
                ),
                OfficeKind.LOCAL,
                T(
                    f"Municipalidad de {town} (dirección de demostración)",
                    f"{town} town hall (demo address)",
                ),
                ubigeo,
                latitude,
                longitude,
                LOCAL_SERVICES + ([ServiceCode.MIGRANT_GUIDANCE] if migrants else []),
                f"+51 {region.area_code} 000 {ubigeo[-3:]}",
                f"senep.{slug}@example.org",
            )
        )
    return result


def regional_event(region):
    """Puno's demo event, published by its regional editors."""
    start_day = date.today() + timedelta(days=9)
    return PageSpec(
        EventPage,
        slug=T("feria-laboral-juliaca", "juliaca-job-fair"),
        title=T("Feria laboral y de orientación en Juliaca", "Job and guidance fair in Juliaca"),
        intro=T(
            "Ofertas de empleo de la región y orientación para trabajar en el extranjero sin "
            "riesgos.",
            "Job offers from the region and guidance on working abroad safely.",
        ),
        fields={
            "start": datetime.combine(start_day, time(9, 0), tzinfo=LIMA_TZ),
            "end": datetime.combine(start_day, time(14, 0), tzinfo=LIMA_TZ),
            "place": T(
                "Plaza de Armas de Juliaca (lugar de demostración)",
                "Juliaca main square (demo venue)",
            ),
            "scope": EventScope.REGIONAL,
            "body": [
                para(
                    T(
                        "<p>El Centro de Empleo Puno y la Oficina SENEP Local Juliaca presentan "
                        "vacantes de empresas de la región y explican cómo reconocer ofertas de "
                        "trabajo falsas en el extranjero.</p>",
                        "<p>The Puno Employment Centre and the Juliaca local SENEP office "
                        "present vacancies from companies in the region and explain how to spot "
                        "fake job offers abroad.</p>",
                    )
                )
            ],
        },
    )


def regional_news():
    return PageSpec(
        NewsPage,
        slug=T("puno-orienta-a-retornantes", "puno-advises-returnees"),
        title=T(
            "El Centro de Empleo Puno orienta a peruanos que retornan de Bolivia",
            "Puno Employment Centre advises Peruvians returning from Bolivia",
        ),
        intro=T(
            "La oficina atiende cada semana a trabajadores que vuelven por la frontera de "
            "Desaguadero.",
            "Each week the office assists workers coming back across the Desaguadero border.",
        ),
        fields={
            "date": date.today() - timedelta(days=3),
            "scope": Scope.NATIONAL,
            "body": [
                para(
                    T(
                        "<p>Los orientadores informan sobre la bolsa de trabajo, la "
                        "certificación de competencias y los programas de retorno "
                        "productivo.</p>",
                        "<p>Advisers give information on the job bank, skills certification and "
                        "productive return programmes.</p>",
                    )
                )
            ],
        },
    )


def region_spec(region, index):
    texts = region_texts(region)
    events_children = [regional_event(region)] if region.ubigeo == "21" else []
    children = [
        *offices(region, index),
        PageSpec(
            EventIndexPage,
            slug=T("eventos", "events"),
            title=texts["events_title"],
            intro=T(
                "Ferias, talleres y charlas de la red SENEP en la región.",
                "Fairs, workshops and talks of the SENEP network in the region.",
            ),
            children=events_children,
        ),
    ]
    if region.ubigeo == "21":
        children.append(regional_news())
    return PageSpec(
        RegionPage,
        slug=T(region.slug, region.slug),
        title=texts["title"],
        intro=texts["intro"],
        fields={
            "name": texts["name"],
            "ubigeo": region.ubigeo,
            "directorate": texts["directorate"],
            "address": texts["address"],
            "phone": f"+51 {region.area_code} 000 {region.ubigeo[-2:]}0",
            "email": f"senep.{region.slug}@example.org",
            "crest": crest(region, index),
            "crest_alt": texts["crest_alt"],
            "body": [para(texts["body"])],
        },
        children=children,
    )


NETWORK = PageSpec(
    SenepNetworkPage,
    slug=T("red-senep", "senep-network"),
    title=T("Red SENEP", "SENEP network"),
    intro=T(
        "Las oficinas regionales y locales del Servicio Nacional del Empleo y los Centros de "
        "Empleo de todo el país.",
        "The regional and local offices of the National Employment Service and the Employment "
        "Centres all over the country.",
    ),
    children=[
        PageSpec(
            OfficeFinderPage,
            slug=T("encuentra-una-oficina", "find-an-office"),
            title=T("Encuentra una oficina", "Find an office"),
            intro=T(
                "Busca por región y por servicio: bolsa de trabajo, orientación al migrante, "
                "Certificado Único Laboral y más.",
                "Search by region and by service: job bank, guidance for migrants, the single "
                "labour certificate and more.",
            ),
        ),
        *(region_spec(region, index) for index, region in enumerate(REGIONS)),
    ],
)
