"""Studies (with generated PDFs), links of interest (snippets and their page), contests, videos."""

from django.utils.html import strip_tags
from django.utils.text import slugify

from content.models import ContestsVideosPage, LinksPage, StudyIndexPage, StudyPage
from content.snippets import LinkCategory

from . import files
from .stream import Ref, heading, link, links, notice, para, steps
from .text import T, same
from .tree import PageSpec

# -- studies ----------------------------------------------------------------------------------


def study(slug, title, intro, authors, year, body):
    def make_document():
        paragraphs = [f"{authors.es} ({year})", intro.es]
        paragraphs += [strip_tags(block[1].source) for block in body if block[0] == "paragraph"]
        paragraphs.append(
            "Documento de demostración generado por Perú Infomigra: resume el contenido del "
            "estudio y no reemplaza a la publicación original."
        )
        return files.document(title.es, f"{slugify(title.es)[:60]}.pdf", paragraphs, "Estudios")

    return PageSpec(
        StudyPage,
        slug=slug,
        title=title,
        intro=intro,
        fields={"authors": authors, "year": year, "document": make_document, "body": body},
    )


STUDIES = PageSpec(
    StudyIndexPage,
    slug=T("estudios", "studies"),
    title=T("Estudios e investigaciones", "Studies and research"),
    intro=T(
        "Estudios sobre la migración laboral en el Perú y sobre las comunidades peruanas en el "
        "exterior.",
        "Studies on labour migration in Peru and on Peruvian communities abroad.",
    ),
    children=[
        study(
            T("estadisticas-de-la-emigracion-internacional", "international-emigration-statistics"),
            T(
                "Estadísticas de la emigración internacional de peruanos e inmigración de "
                "extranjeros",
                "Statistics on the international emigration of Peruvians and the immigration of "
                "foreign nationals",
            ),
            T(
                "Cuántos peruanos salieron del país, hacia dónde y con qué perfil, según los "
                "registros migratorios.",
                "How many Peruvians left the country, where they went and who they are, "
                "according to migration records.",
            ),
            T(
                "INEI, Superintendencia Nacional de Migraciones y OIM",
                "INEI, National Superintendency of Migration and IOM",
            ),
            2018,
            [
                para(
                    T(
                        "<p>El estudio analiza los movimientos migratorios registrados durante "
                        "varias décadas y describe a los peruanos que no regresaron: su edad, "
                        "su sexo, su región de origen y su país de destino.</p>",
                        "<p>The study analyses migration movements recorded over several decades "
                        "and describes the Peruvians who did not return: their age, sex, region "
                        "of origin and country of destination.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Estados Unidos, España, Argentina, Chile e Italia aparecen como los "
                        "principales destinos, lo que orienta la elección de las guías por país "
                        "de este portal.</p>",
                        "<p>The United States, Spain, Argentina, Chile and Italy appear as the "
                        "main destinations, which guides the choice of country guides on this "
                        "portal.</p>",
                    )
                ),
            ],
        ),
        study(
            T("retorno-y-emprendimiento", "return-and-entrepreneurship"),
            T(
                "Retorno y emprendimiento: experiencias de migrantes peruanos",
                "Return and entrepreneurship: experiences of Peruvian migrants",
            ),
            T(
                "Qué ayuda y qué dificulta que los retornados inicien un negocio en el Perú.",
                "What helps and what hinders returnees starting a business in Peru.",
            ),
            T(
                "Dirección de Migración Laboral, Ministerio de Trabajo y Promoción del Empleo",
                "Labour Migration Directorate, Ministry of Labour and Employment Promotion",
            ),
            2022,
            [
                para(
                    T(
                        "<p>A partir de entrevistas con personas que volvieron de España, Italia "
                        "y Argentina, el estudio identifica los factores que favorecen un "
                        "retorno productivo: ahorro planificado, redes familiares y acceso a "
                        "asesoría técnica.</p>",
                        "<p>Based on interviews with people who came back from Spain, Italy and "
                        "Argentina, the study identifies the factors that favour a productive "
                        "return: planned savings, family networks and access to technical "
                        "advice.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Entre las dificultades destacan el desconocimiento de los trámites "
                        "para formalizar un negocio y la falta de reconocimiento de la "
                        "experiencia adquirida en el extranjero.</p>",
                        "<p>The main difficulties include not knowing the procedures for "
                        "formalising a business and the lack of recognition of experience gained "
                        "abroad.</p>",
                    )
                ),
            ],
        ),
        study(
            T("trabajadores-migrantes-andinos-en-el-peru", "andean-migrant-workers-in-peru"),
            T(
                "Trabajadores migrantes andinos en el Perú: condiciones de empleo",
                "Andean migrant workers in Peru: employment conditions",
            ),
            T(
                "Cómo trabajan los bolivianos, colombianos y ecuatorianos que viven en el Perú.",
                "How Bolivians, Colombians and Ecuadorians living in Peru work.",
            ),
            T(
                "Dirección de Migración Laboral, Ministerio de Trabajo y Promoción del Empleo",
                "Labour Migration Directorate, Ministry of Labour and Employment Promotion",
            ),
            2024,
            [
                para(
                    T(
                        "<p>El estudio revisa los contratos registrados en el SIVITMA y los "
                        "compara con encuestas de hogares para estimar cuántos trabajadores "
                        "andinos tienen un empleo formal.</p>",
                        "<p>The study reviews the contracts registered in SIVITMA and compares "
                        "them with household surveys to estimate how many Andean workers have a "
                        "formal job.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Recomienda difundir más la Decisión 545 entre los empleadores, que "
                        "a menudo desconocen que no necesitan aprobación previa del "
                        "contrato.</p>",
                        "<p>It recommends wider awareness of Decision 545 among employers, who "
                        "often do not know that the contract does not need prior "
                        "approval.</p>",
                    )
                ),
            ],
        ),
    ],
)

# -- links of interest ------------------------------------------------------------------------

LINKS_OF_INTEREST = [
    # (category, title, url, description)
    (
        LinkCategory.GOVERNMENT,
        T(
            "Ministerio de Trabajo y Promoción del Empleo",
            "Ministry of Labour and Employment Promotion",
        ),
        "https://www.gob.pe/mtpe",
        T(
            "Servicios de empleo, trámites laborales y normas del sector.",
            "Employment services, labour procedures and the sector's rules.",
        ),
    ),
    (
        LinkCategory.GOVERNMENT,
        T("Superintendencia Nacional de Migraciones", "National Superintendency of Migration"),
        "https://www.gob.pe/migraciones",
        T(
            "Pasaportes, calidades migratorias y carné de extranjería.",
            "Passports, immigration statuses and foreigner's cards.",
        ),
    ),
    (
        LinkCategory.GOVERNMENT,
        T("Ministerio de Relaciones Exteriores", "Ministry of Foreign Affairs"),
        "https://www.gob.pe/rree",
        T(
            "Consulados, apostilla y servicios para peruanos en el exterior.",
            "Consulates, apostille and services for Peruvians abroad.",
        ),
    ),
    (
        LinkCategory.GOVERNMENT,
        T(
            "Superintendencia Nacional de Fiscalización Laboral (SUNAFIL)",
            "National Superintendency of Labour Inspection (SUNAFIL)",
        ),
        "https://www.gob.pe/sunafil",
        T(
            "Denuncias por incumplimiento de derechos laborales.",
            "Complaints about breaches of labour rights.",
        ),
    ),
    (
        LinkCategory.INTERNATIONAL,
        T("OIM Perú", "IOM Peru"),
        "https://peru.iom.int",
        T(
            "Organización Internacional para las Migraciones en el Perú.",
            "International Organization for Migration in Peru.",
        ),
    ),
    (
        LinkCategory.INTERNATIONAL,
        T(
            "Organización Internacional del Trabajo (OIT)",
            "International Labour Organization (ILO)",
        ),
        "https://www.ilo.org/es",
        T(
            "Normas internacionales del trabajo y migración laboral.",
            "International labour standards and labour migration.",
        ),
    ),
    (
        LinkCategory.INTERNATIONAL,
        T("Comunidad Andina", "Andean Community"),
        "https://www.comunidadandina.org",
        T(
            "Normativa andina sobre migración laboral y seguridad social.",
            "Andean rules on labour migration and social security.",
        ),
    ),
    (
        LinkCategory.MIGRANT_SUPPORT,
        T("Consulados del Perú en el exterior", "Peruvian consulates abroad"),
        "https://www.consulado.pe",
        T(
            "Direcciones y servicios de los consulados peruanos.",
            "Addresses and services of Peruvian consulates.",
        ),
    ),
    (
        LinkCategory.MIGRANT_SUPPORT,
        T("Defensoría del Pueblo", "Ombudsman's Office"),
        "https://www.defensoria.gob.pe",
        T(
            "Defensa de tus derechos frente a la administración pública.",
            "Defending your rights in dealings with public bodies.",
        ),
    ),
    (
        LinkCategory.EMPLOYMENT,
        same("Empleos Perú"),
        "https://www.empleosperu.gob.pe",
        T(
            "Bolsa de trabajo del Servicio Nacional del Empleo",
            "Job bank of the National Employment Service",
        ),
    ),
    (
        LinkCategory.EMPLOYMENT,
        T(
            "EURES, portal europeo de la movilidad profesional",
            "EURES, the European job mobility portal",
        ),
        "https://eures.europa.eu",
        T(
            "Ofertas de empleo y condiciones de trabajo en la Unión Europea.",
            "Job offers and working conditions in the European Union.",
        ),
    ),
    (
        LinkCategory.RESEARCH,
        T(
            "Instituto Nacional de Estadística e Informática",
            "National Institute of Statistics and Informatics",
        ),
        "https://www.inei.gob.pe",
        T(
            "Estadísticas oficiales sobre empleo y migración.",
            "Official statistics on employment and migration.",
        ),
    ),
    (
        LinkCategory.RESEARCH,
        T("Portal de Datos sobre Migración", "Migration Data Portal"),
        "https://www.migrationdataportal.org/es",
        T(
            "Datos mundiales sobre migración, de la OIM.",
            "Global migration data, from IOM.",
        ),
    ),
]

LINKS_PAGE = PageSpec(
    LinksPage,
    slug=T("enlaces-de-interes", "links-of-interest"),
    title=T("Enlaces de interés", "Links of interest"),
    intro=T(
        "Instituciones públicas y organizaciones relacionadas con la migración laboral.",
        "Public institutions and organisations related to labour migration.",
    ),
    fields={
        "body": [
            para(
                T(
                    "<p>Estos enlaces llevan a sitios oficiales y a organizaciones reconocidas. "
                    "Perú Infomigra no se hace responsable del contenido de sitios externos; si "
                    "un enlace no funciona, avísanos.</p>",
                    "<p>These links lead to official websites and recognised organisations. Peru "
                    "Infomigra is not responsible for the content of external sites; if a link "
                    "does not work, let us know.</p>",
                )
            )
        ]
    },
)

# -- contests and videos ----------------------------------------------------------------------

CONTESTS = PageSpec(
    ContestsVideosPage,
    slug=T("concursos-y-videos", "contests-and-videos"),
    title=T("Concursos y videos", "Contests and videos"),
    intro=T(
        "Concursos y materiales audiovisuales sobre la migración laboral.",
        "Contests and audiovisual material on labour migration.",
    ),
    fields={
        "body": [
            heading(
                T("Concurso de relatos «Mi historia migrante»", "“My migrant story” story contest")
            ),
            para(
                T(
                    "<p>¿Migraste por trabajo o tienes a alguien de tu familia en el extranjero? "
                    "Cuéntanos tu historia en un relato breve. Los mejores textos se publicarán "
                    "en este portal y ayudarán a otras personas a tomar decisiones "
                    "informadas.</p>",
                    "<p>Have you migrated for work, or do you have a relative abroad? Tell us "
                    "your story in a short piece. The best texts will be published on this "
                    "portal and will help other people make informed decisions.</p>",
                )
            ),
            steps(
                T("Bases del concurso", "Contest rules"),
                [
                    (
                        T("Quiénes participan", "Who can take part"),
                        T(
                            "<p>Peruanos en el Perú o en el extranjero, retornados y "
                            "trabajadores extranjeros que viven en el Perú, mayores de 16 "
                            "años.</p>",
                            "<p>Peruvians in Peru or abroad, returnees and foreign workers living "
                            "in Peru, aged over 16.</p>",
                        ),
                    ),
                    (
                        T("Cómo participar", "How to take part"),
                        T(
                            "<p>Envía un relato inédito de hasta dos páginas, en castellano, "
                            "quechua, aimara o inglés, por el formulario de contacto.</p>",
                            "<p>Send an unpublished story of up to two pages, in Spanish, "
                            "Quechua, Aymara or English, through the contact form.</p>",
                        ),
                    ),
                    (
                        T("Premios", "Prizes"),
                        T(
                            "<p>Los tres relatos ganadores se publicarán con el nombre de su "
                            "autor y recibirán un diploma del Ministerio.</p>",
                            "<p>The three winning stories will be published under their "
                            "author's name and will receive a certificate from the "
                            "ministry.</p>",
                        ),
                    ),
                ],
            ),
            heading(T("Videos", "Videos")),
            para(
                T(
                    "<p>Pronto publicaremos aquí videos cortos con consejos para migrar de forma "
                    "segura: cómo reconocer una oferta de trabajo falsa, qué documentos "
                    "preparar y cómo pedir ayuda en el consulado. Cada video tendrá subtítulos y "
                    "una transcripción.</p>",
                    "<p>We will soon publish short videos here with advice on migrating safely: "
                    "how to spot a fake job offer, which documents to prepare and how to ask the "
                    "consulate for help. Each video will have subtitles and a transcript.</p>",
                )
            ),
            notice(
                T(
                    "<p>Mientras tanto, puedes ver los materiales audiovisuales en los canales "
                    "oficiales del Ministerio de Trabajo y de la OIM.</p>",
                    "<p>In the meantime, you can watch audiovisual material on the official "
                    "channels of the Ministry of Labour and IOM.</p>",
                ),
                kind="info",
            ),
            links(
                T("Canales oficiales", "Official channels"),
                [
                    link(
                        T(
                            "Ministerio de Trabajo y Promoción del Empleo",
                            "Ministry of Labour and Employment Promotion",
                        ),
                        url="https://www.gob.pe/mtpe",
                    ),
                    link(T("OIM Perú", "IOM Peru"), url="https://peru.iom.int"),
                    link(T("Noticias", "News"), page=Ref("noticias")),
                ],
            ),
        ]
    },
)
