"""News (national and international) and events (past and upcoming, some online).

Dates are relative to the day the demo is loaded, so there are always past and upcoming events.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from content.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from content.pages.events import EventScope
from content.pages.legislation import Scope

from . import files
from .stream import heading, link, links, para
from .text import T, same
from .tree import PageSpec

LIMA = ZoneInfo("America/Lima")


def news(slug, title, intro, days_ago, scope, body, image=None):
    fields = {"date": date.today() - timedelta(days=days_ago), "scope": scope, "body": body}
    if image:
        filename, palette, alt = image

        def make_image():
            return files.image(title.es, filename, title.es, "Noticias", palette=palette)

        fields["image"] = make_image
        fields["image_alt"] = alt
    return PageSpec(NewsPage, slug=slug, title=title, intro=intro, fields=fields)


def event(slug, title, intro, in_days, scope, body, place=None, online_url="", hours=3, days=0):
    start_day = date.today() + timedelta(days=in_days)
    start = datetime.combine(start_day, time(10, 0), tzinfo=LIMA)
    end = datetime.combine(start_day + timedelta(days=days), time(10 + hours, 0), tzinfo=LIMA)
    return PageSpec(
        EventPage,
        slug=slug,
        title=title,
        intro=intro,
        fields={
            "start": start,
            "end": end,
            "place": place or "",
            "online_url": online_url,
            "scope": scope,
            "body": body,
        },
    )


ONLINE = T("En línea", "Online")

NEWS = PageSpec(
    NewsIndexPage,
    slug=T("noticias", "news"),
    title=T("Noticias", "News"),
    intro=T(
        "Noticias nacionales e internacionales sobre migración laboral.",
        "National and international news on labour migration.",
    ),
    children=[
        news(
            T("peru-infomigra-renueva-su-portal", "peru-infomigra-launches-its-new-portal"),
            T("Perú Infomigra renueva su portal", "Peru Infomigra launches its new portal"),
            T(
                "El portal estrena un diseño más ligero, pensado para el celular, y llega en "
                "cuatro idiomas.",
                "The portal has a lighter design, built for mobile phones, and is available in "
                "four languages.",
            ),
            6,
            Scope.NATIONAL,
            [
                para(
                    T(
                        "<p>El Ministerio de Trabajo y Promoción del Empleo presentó la nueva "
                        "versión de Perú Infomigra, el servicio de información y orientación "
                        "para quienes migran por trabajo. El portal carga rápido incluso con "
                        "conexiones lentas y puede leerse en castellano, inglés, quechua y "
                        "aimara.</p>",
                        "<p>The Ministry of Labour and Employment Promotion presented the new "
                        "version of Peru Infomigra, the information and guidance service for "
                        "people who migrate for work. The portal loads quickly even on slow "
                        "connections and can be read in Spanish, English, Quechua and "
                        "Aymara.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Las guías por país ahora indican la fecha de su última revisión, y "
                        "la sección de legislación permite filtrar las normas por tipo, ámbito y "
                        "estado.</p>",
                        "<p>The country guides now show when they were last reviewed, and the "
                        "legislation section lets you filter rules by type, scope and "
                        "status.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Las consultas enviadas por el formulario de contacto reciben un "
                        "número de referencia y se atienden según la línea de acción.</p>",
                        "<p>Questions sent through the contact form receive a reference number "
                        "and are handled according to the line of action.</p>",
                    )
                ),
            ],
            image=(
                "portal-infomigra.webp",
                0,
                T(
                    "Ilustración con círculos rojos y el texto «Perú Infomigra renueva su portal».",
                    "Illustration with red circles and the Spanish headline “Perú Infomigra "
                    "renueva su portal”.",
                ),
            ),
        ),
        news(
            T("orientadores-regionales-se-capacitan", "regional-advisers-trained"),
            T(
                "Orientadores regionales se capacitan en migración laboral",
                "Regional advisers trained in labour migration",
            ),
            T(
                "Personal de los Centros de Empleo de doce regiones participó en un taller sobre "
                "orientación a migrantes.",
                "Staff from Employment Centres in twelve regions took part in a workshop on "
                "advising migrants.",
            ),
            19,
            Scope.NATIONAL,
            [
                para(
                    T(
                        "<p>Durante tres días, orientadores de los Centros de Empleo repasaron "
                        "los trámites para trabajar en el extranjero, los programas de retorno y "
                        "los procedimientos de la Decisión 545 para trabajadores andinos.</p>",
                        "<p>For three days, Employment Centre advisers went over the procedures "
                        "for working abroad, the return programmes and the Decision 545 "
                        "procedures for Andean workers.</p>",
                    )
                ),
                para(
                    T(
                        "<p>El taller incluyó casos prácticos para reconocer ofertas de empleo "
                        "engañosas y derivar a posibles víctimas de trata de personas.</p>",
                        "<p>The workshop included practical cases on recognising misleading job "
                        "offers and referring possible victims of human trafficking.</p>",
                    )
                ),
            ],
            image=(
                "taller-orientadores.png",
                1,
                T(
                    "Ilustración decorativa en tonos turquesa con el título de la noticia.",
                    "Decorative illustration in teal tones with the news headline.",
                ),
            ),
        ),
        news(
            T("campana-contra-la-trata-en-terminales", "anti-trafficking-campaign-at-bus-stations"),
            T(
                "Campaña contra la trata de personas en terminales terrestres",
                "Anti-trafficking campaign at bus stations",
            ),
            T(
                "Orientadores explicaron a los viajeros cómo reconocer una oferta de trabajo "
                "falsa.",
                "Advisers explained to travellers how to spot a fake job offer.",
            ),
            34,
            Scope.NATIONAL,
            [
                para(
                    T(
                        "<p>En terminales de Lima, Puno y Tacna se entregó información sobre los "
                        "riesgos de aceptar empleos sin contrato y sobre la Línea 1818 para "
                        "denunciar casos de trata.</p>",
                        "<p>At bus stations in Lima, Puno and Tacna, information was handed out "
                        "on the risks of accepting jobs without a contract and on the 1818 Line "
                        "for reporting trafficking.</p>",
                    )
                ),
                para(
                    T(
                        "<p>La campaña recordó que ninguna agencia formal retiene documentos ni "
                        "cobra por conseguir un empleo.</p>",
                        "<p>The campaign reminded travellers that no legitimate agency keeps "
                        "documents or charges for finding a job.</p>",
                    )
                ),
            ],
        ),
        news(
            T("temporada-agricola-en-espana", "seasonal-farm-work-in-spain"),
            T(
                "Trabajo de temporada en España: cómo evitar intermediarios",
                "Seasonal work in Spain: how to avoid middlemen",
            ),
            T(
                "Las contrataciones en origen se gestionan entre gobiernos y empleadores, sin "
                "cobros a los trabajadores.",
                "Recruitment in the country of origin is handled between governments and "
                "employers, with no charges to workers.",
            ),
            48,
            Scope.INTERNATIONAL,
            [
                para(
                    T(
                        "<p>Ante la llegada de la temporada agrícola en Europa, Perú Infomigra "
                        "recuerda que las ofertas reales de trabajo de temporada en España se "
                        "tramitan mediante la contratación colectiva en origen.</p>",
                        "<p>With the farming season approaching in Europe, Peru Infomigra "
                        "reminds readers that genuine seasonal job offers in Spain are processed "
                        "through collective recruitment in the country of origin.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Desconfía de quien te pida dinero para «asegurarte un cupo». "
                        "Consulta la guía de España y, ante cualquier duda, escríbenos.</p>",
                        "<p>Be wary of anyone who asks you for money to “secure you a place”. "
                        "Read the Spain guide and, if in doubt, write to us.</p>",
                    )
                ),
            ],
            image=(
                "temporada-espana.webp",
                2,
                T(
                    "Ilustración decorativa en tonos verdes con el título de la noticia.",
                    "Decorative illustration in green tones with the news headline.",
                ),
            ),
        ),
        news(
            T("peru-y-chile-revisan-convenio", "peru-and-chile-review-agreement"),
            T(
                "Perú y Chile revisan la aplicación de su convenio de seguridad social",
                "Peru and Chile review how their social security agreement is applied",
            ),
            T(
                "Las instituciones de pensiones de ambos países buscan agilizar los trámites de "
                "los trabajadores migrantes.",
                "The pension bodies of both countries aim to speed up procedures for migrant "
                "workers.",
            ),
            63,
            Scope.INTERNATIONAL,
            [
                para(
                    T(
                        "<p>Representantes de ambos países revisaron los plazos para reconocer "
                        "los aportes hechos a uno y otro lado de la frontera.</p>",
                        "<p>Representatives of both countries reviewed the time it takes to "
                        "recognise contributions paid on either side of the border.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Si trabajaste en Chile y en el Perú, puedes pedir que se sumen tus "
                        "periodos de aportes al solicitar tu pensión.</p>",
                        "<p>If you have worked in Chile and Peru, you can ask for your "
                        "contribution periods to be added together when you claim your "
                        "pension.</p>",
                    )
                ),
            ],
        ),
        news(
            T("retornados-emprenden", "returnees-start-businesses"),
            T(
                "Retornados emprenden con apoyo de los Centros de Empleo",
                "Returnees start businesses with support from Employment Centres",
            ),
            T(
                "Peruanos que volvieron del extranjero abrieron talleres y pequeños comercios en "
                "sus regiones.",
                "Peruvians who came back from abroad have opened workshops and small shops in "
                "their regions.",
            ),
            81,
            Scope.NATIONAL,
            [
                para(
                    T(
                        "<p>Tras registrarse en la Plataforma para el Retorno Productivo, un "
                        "grupo de retornados recibió asistencia técnica para elaborar su plan de "
                        "negocio y capacitación en gestión.</p>",
                        "<p>After registering with the Productive Return Platform, a group of "
                        "returnees received technical assistance to draw up their business plan "
                        "and training in management.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Entre los negocios hay una panadería en Junín, un taller de "
                        "carpintería en Arequipa y un servicio de mantenimiento de equipos en "
                        "Lambayeque.</p>",
                        "<p>The businesses include a bakery in Junín, a carpentry workshop in "
                        "Arequipa and an equipment maintenance service in Lambayeque.</p>",
                    )
                ),
            ],
            image=(
                "retornados-emprenden.png",
                3,
                T(
                    "Ilustración decorativa en tonos tierra con el título de la noticia.",
                    "Decorative illustration in earth tones with the news headline.",
                ),
            ),
        ),
        news(
            T("jornada-andina-derechos-migrantes", "andean-day-on-migrant-rights"),
            T(
                "Jornada andina sobre los derechos de los trabajadores migrantes",
                "Andean day on the rights of migrant workers",
            ),
            T(
                "Autoridades laborales de la Comunidad Andina compartieron experiencias sobre la "
                "Decisión 545.",
                "Labour authorities from the Andean Community shared experiences of Decision 545.",
            ),
            112,
            Scope.INTERNATIONAL,
            [
                para(
                    T(
                        "<p>Los ministerios de trabajo de Bolivia, Colombia, Ecuador y el Perú "
                        "intercambiaron buenas prácticas para registrar los contratos de los "
                        "trabajadores migrantes andinos.</p>",
                        "<p>The labour ministries of Bolivia, Colombia, Ecuador and Peru "
                        "exchanged good practices for registering the contracts of Andean "
                        "migrant workers.</p>",
                    )
                ),
                para(
                    T(
                        "<p>También se presentó el Estatuto Migratorio Andino, que facilita la "
                        "residencia de los ciudadanos de la región.</p>",
                        "<p>The Andean Migration Statute, which makes residence easier for the "
                        "region's citizens, was also presented.</p>",
                    )
                ),
            ],
        ),
    ],
)

EVENTS = PageSpec(
    EventIndexPage,
    slug=T("eventos", "events"),
    title=T("Eventos", "Events"),
    intro=T(
        "Ferias, talleres, charlas y seminarios sobre migración laboral, presenciales y en línea.",
        "Fairs, workshops, talks and seminars on labour migration, in person and online.",
    ),
    children=[
        event(
            T("feria-para-migrantes-retornados", "fair-for-returning-migrants"),
            T(
                "Feria de orientación para migrantes retornados",
                "Guidance fair for returning migrants",
            ),
            T(
                "Bolsa de trabajo, asesoría para emprender y certificación de competencias en un "
                "solo lugar.",
                "Job bank, business start-up advice and skills certification in one place.",
            ),
            12,
            EventScope.NATIONAL,
            [
                para(
                    T(
                        "<p>Si volviste al Perú o piensas hacerlo, acércate a conocer los "
                        "servicios gratuitos del Ministerio de Trabajo: ofertas de empleo, "
                        "capacitación y apoyo para tu negocio.</p>",
                        "<p>If you have come back to Peru or plan to, come and find out about "
                        "the Ministry of Labour's free services: job offers, training and "
                        "support for your business.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Trae tu documento de identidad y, si los tienes, tus certificados de "
                        "trabajo del extranjero.</p>",
                        "<p>Bring your identity document and, if you have them, your work "
                        "certificates from abroad.</p>",
                    )
                ),
            ],
            place=T("Centro de Empleo de Lima, Jesús María", "Lima Employment Centre, Jesús María"),
            hours=6,
        ),
        event(
            T("webinar-visado-de-trabajo-espana", "webinar-work-visa-for-spain"),
            T(
                "Webinar: cómo obtener el visado de trabajo para España",
                "Webinar: how to get a work visa for Spain",
            ),
            T(
                "Sesión en línea, paso a paso, con tiempo para preguntas.",
                "Step-by-step online session, with time for questions.",
            ),
            20,
            EventScope.INTERNATIONAL,
            [
                para(
                    T(
                        "<p>Explicaremos quién pide la autorización de residencia y trabajo, "
                        "qué documentos necesitas para el visado y qué hacer al llegar a "
                        "España.</p>",
                        "<p>We will explain who applies for the residence and work "
                        "authorisation, which documents you need for the visa and what to do "
                        "when you arrive in Spain.</p>",
                    )
                ),
            ],
            place=ONLINE,
            online_url="https://www.gob.pe/mtpe",
            hours=2,
        ),
        event(
            T("taller-regional-puno", "regional-workshop-puno"),
            T("Taller de orientación laboral en Puno", "Employment guidance workshop in Puno"),
            T(
                "Taller para jóvenes que piensan trabajar en Bolivia, Chile o Argentina.",
                "Workshop for young people thinking of working in Bolivia, Chile or Argentina.",
            ),
            -30,
            EventScope.REGIONAL,
            [
                para(
                    T(
                        "<p>La Dirección Regional de Trabajo de Puno y Perú Infomigra "
                        "explicaron los trámites para trabajar de forma regular en los países "
                        "vecinos.</p>",
                        "<p>The Puno Regional Labour Directorate and Peru Infomigra explained "
                        "the procedures for working legally in neighbouring countries.</p>",
                    )
                ),
            ],
            place=T("Puno, Dirección Regional de Trabajo", "Puno, Regional Labour Directorate"),
        ),
        event(
            T("seminario-migracion-laboral-andina", "andean-labour-migration-seminar"),
            T(
                "Seminario internacional sobre migración laboral andina",
                "International seminar on Andean labour migration",
            ),
            T(
                "Especialistas de la región debatieron sobre movilidad laboral y derechos.",
                "Specialists from the region discussed labour mobility and rights.",
            ),
            -75,
            EventScope.INTERNATIONAL,
            [
                para(
                    T(
                        "<p>El seminario reunió a autoridades, académicos y organizaciones de "
                        "migrantes para analizar la aplicación de la Decisión 545.</p>",
                        "<p>The seminar brought together authorities, academics and migrant "
                        "organisations to analyse how Decision 545 is applied.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Las presentaciones están disponibles en la sección de estudios.</p>",
                        "<p>The presentations are available in the studies section.</p>",
                    )
                ),
            ],
            place=T("Lima y en línea", "Lima and online"),
            online_url="https://www.comunidadandina.org",
            days=1,
            hours=8,
        ),
        event(
            T("charla-trabajar-en-chile", "talk-working-in-chile"),
            T("Charla: trabajar en Chile de manera regular", "Talk: working in Chile legally"),
            T(
                "Qué permiso necesitas, cómo pedirlo desde el Perú y qué derechos tendrás.",
                "Which permit you need, how to apply for it from Peru and what rights you will "
                "have.",
            ),
            35,
            EventScope.REGIONAL,
            [
                para(
                    T(
                        "<p>Charla gratuita para quienes piensan cruzar la frontera por trabajo. "
                        "Habrá orientadores para resolver casos particulares.</p>",
                        "<p>Free talk for people thinking of crossing the border for work. "
                        "Advisers will be on hand for individual cases.</p>",
                    )
                ),
            ],
            place=T("Tacna, Centro de Empleo", "Tacna, Employment Centre"),
            hours=2,
        ),
        event(
            T("jornada-para-familias-de-migrantes", "information-day-for-migrants-families"),
            T(
                "Jornada informativa para familias de migrantes",
                "Information day for migrants' families",
            ),
            T(
                "Orientación para las familias que se quedan en el Perú.",
                "Guidance for the families who stay in Peru.",
            ),
            -10,
            EventScope.NATIONAL,
            [
                para(
                    T(
                        "<p>Se abordaron temas como el envío de remesas, el cuidado de los hijos "
                        "y los trámites que se pueden hacer desde el Perú.</p>",
                        "<p>Topics included sending remittances, childcare and the procedures "
                        "that can be done from Peru.</p>",
                    )
                ),
            ],
            place=T(
                "Huancayo, Dirección Regional de Trabajo", "Huancayo, Regional Labour Directorate"
            ),
        ),
        event(
            T("curso-derechos-trabajadores-extranjeros", "course-foreign-workers-rights"),
            T(
                "Curso virtual: derechos laborales de los trabajadores extranjeros en el Perú",
                "Online course: labour rights of foreign workers in Peru",
            ),
            T(
                "Curso de una semana para trabajadores y empleadores.",
                "One-week course for workers and employers.",
            ),
            45,
            EventScope.NATIONAL,
            [
                para(
                    T(
                        "<p>Contenidos: contratación de extranjeros, Decisión 545, seguridad "
                        "social e inspección del trabajo. Al final se entrega una "
                        "constancia.</p>",
                        "<p>Contents: hiring foreign nationals, Decision 545, social security "
                        "and labour inspection. A certificate is issued at the end.</p>",
                    )
                ),
            ],
            place=ONLINE,
            online_url="https://www.gob.pe/mtpe",
            days=7,
            hours=2,
        ),
        event(
            T("encuentro-asociaciones-de-peruanos", "meeting-of-peruvian-associations"),
            T(
                "Encuentro virtual de asociaciones de peruanos en el exterior",
                "Online meeting of Peruvian associations abroad",
            ),
            T(
                "Representantes de asociaciones de varios países compartieron sus necesidades.",
                "Representatives of associations from several countries shared their needs.",
            ),
            -120,
            EventScope.INTERNATIONAL,
            [
                para(
                    T(
                        "<p>Las asociaciones propusieron nuevos contenidos para «La voz del "
                        "migrante» y para las guías por país.</p>",
                        "<p>The associations suggested new content for “The migrant's voice” "
                        "and for the country guides.</p>",
                    )
                ),
            ],
            place=ONLINE,
            online_url="https://www.gob.pe/rree",
            hours=2,
        ),
        event(
            T("feria-de-empleo-arequipa", "job-fair-arequipa"),
            T("Feria de empleo en Arequipa", "Job fair in Arequipa"),
            T(
                "Empresas de la región y un módulo de orientación Perú Infomigra.",
                "Companies from the region and a Peru Infomigra guidance stand.",
            ),
            60,
            EventScope.REGIONAL,
            [
                para(
                    T(
                        "<p>Además de ofertas de empleo, habrá un módulo para resolver dudas "
                        "sobre trabajo en el extranjero y retorno.</p>",
                        "<p>As well as job offers, there will be a stand to answer questions "
                        "about working abroad and returning.</p>",
                    )
                ),
                heading(T("Qué llevar", "What to bring")),
                para(
                    T(
                        "<ul><li>Documento de identidad</li><li>Hoja de vida impresa</li></ul>",
                        "<ul><li>Identity document</li><li>Printed CV</li></ul>",
                    )
                ),
                links(
                    None,
                    [link(same("Empleos Perú"), url="https://www.empleosperu.gob.pe")],
                ),
            ],
            place=T("Arequipa, Centro de Convenciones", "Arequipa, Convention Centre"),
            hours=7,
        ),
    ],
)
