"""The four lines of action (directive 5.4.1-5.4.4) and their sub-sections as topic pages.

Line pages are also translated into Quechua and Aymara; topic pages into English only.
"""

from content.models import LineOfActionPage, TopicPage

from .stream import Ref, contact, heading, link, links, notice, para, steps, voice_form
from .text import T, same
from .tree import PageSpec


def topic(slug, title, intro, body):
    return PageSpec(TopicPage, slug=slug, title=title, intro=intro, fields={"body": body})


def line(number, slug, title, audience, intro, body, children):
    return PageSpec(
        LineOfActionPage,
        slug=slug,
        title=title,
        intro=intro,
        fields={"number": number, "audience": audience, "body": body},
        children=children,
    )


GUIDE_LINKS = links(
    T("Guías por país de destino", "Guides by destination country"),
    [
        link(
            T("Estados Unidos", "United States"),
            page=Ref("guias-por-pais/trabajar-en-estados-unidos"),
        ),
        link(T("España", "Spain"), page=Ref("guias-por-pais/trabajar-en-espana")),
        link(T("Italia", "Italy"), page=Ref("guias-por-pais/trabajar-en-italia")),
        link(same("Chile"), page=Ref("guias-por-pais/trabajar-en-chile")),
        link(same("Argentina"), page=Ref("guias-por-pais/trabajar-en-argentina")),
    ],
)

# -- Line 1 -----------------------------------------------------------------------------------

LINE_1 = line(
    1,
    slug=T(
        "vas-a-trabajar-en-el-extranjero",
        "going-to-work-abroad",
        qu="hawa-llaqtapi-llamkay",
        ay="yaqha-markan-irnaqana",
    ),
    title=T(
        "¿Vas a trabajar en el extranjero?",
        "Are you going to work abroad?",
        qu="¿Hawa llaqtapi llamkaqchu rinki?",
        ay="¿Yaqha markar irnaqir sarätati?",
    ),
    audience=T(
        "Personas que piensan trabajar fuera del Perú",
        "People planning to work outside Peru",
        qu="Perú hawanpi llamkayta yuyaykuq runakuna",
        ay="Perú anqäxan irnaqañ amtir jaqinaka",
    ),
    intro=T(
        "Antes de decidir, infórmate: qué implica migrar, cómo obtener un permiso de trabajo y "
        "qué hacer al llegar a tu país de destino.",
        "Before you decide, find out what migrating involves, how to get a work permit and what "
        "to do when you arrive in your destination country.",
        qu="Manaraq rinaykipaq yachay: imaynataq hawa llaqtaman riyqa, imaynatataq llamkanapaq "
        "permisota hurqunki, chayaspataq imatataq ruranki.",
        ay="Janïr sarkasax yatiñamawa: kunas yaqha markar sarañaxa, kunjams irnaqañatak permiso "
        "apsta, puriskasax kunsa luräta.",
    ),
    body=[
        para(
            T(
                "<p>Migrar puede mejorar tu vida y la de tu familia, pero también trae gastos, "
                "soledad y riesgos. En esta sección encontrarás, paso a paso, lo que conviene "
                "saber antes de aceptar un trabajo fuera del Perú.</p>",
                "<p>Migrating can improve your life and your family's, but it also brings costs, "
                "loneliness and risks. In this section you will find, step by step, what you "
                "should know before accepting a job outside Peru.</p>",
                qu="<p>Hawa llaqtaman riyqa kawsayniykita, ayllu-ykipa kawsayninta ima "
                "allinchanmanmi, ichaqa qullqi tukuyta, sapallan kayta, peligrokunatapas "
                "apamunmi. Kaypim tarinki, sapa pasumanta, Perú hawanpi llamkayta chaskinaykipaq "
                "ñawpaqta yachanaykikunata.</p>",
                ay="<p>Yaqha markar sarañax jakäwima, familiaman jakäwip askichaspawa, ukampirus "
                "qullqi tukuyaña, sapaki jakaña, jan walt'äwinak apaniwa. Akanx jikxatäta, mayat "
                "mayat, Perú anqäxan irnaqäwi katuqkasa nayraqat yatiñamanaka.</p>",
            )
        ),
        para(
            T(
                "<p>Empieza por las primeras consideraciones y sigue el orden de las páginas: "
                "mercado laboral, trámites, consejos antes de viajar y primeros pasos en el país "
                "de destino.</p>",
                "<p>Start with the first considerations and follow the order of the pages: labour "
                "market, procedures, advice before travelling and first steps in the destination "
                "country.</p>",
                qu="<p>Ñawpaq yuyaykunawan qallariy, hinaspa p'anqakunapa ordenninta qatiy: "
                "llamkay qhatu, trámitekuna, manaraq ripuspa yuyaychakuykuna, chayasqayki "
                "llaqtapi ñawpaq ruranakuna.</p>",
                ay="<p>Nayrïr amuyunakampi qallta, ukatx p'anqanakan ordenap arkta: irnaqäwi "
                "qhathu, trámites, janïr sarkasax iwxt'äwinaka, puriñ markan nayrïr "
                "lurañanaka.</p>",
            )
        ),
        notice(
            T(
                "<p>Las agencias de empleo formales no cobran a los trabajadores por una oferta de "
                "trabajo. Si te piden dinero, consulta antes con Perú Infomigra.</p>",
                "<p>Legitimate employment agencies do not charge workers for a job offer. If you "
                "are asked for money, check with Peru Infomigra first.</p>",
                qu="<p>Chiqap llamkay agenciakunaqa mana llamkaqkunamanta qullqita "
                "mañakunchu. Qullqita mañakusuptiykiqa, ñawpaqta Perú Infomigrata tapuy.</p>",
                ay="<p>Chiqpach irnaqäwi agencianakax janiw irnaqirinakar qullqi mayipkiti. "
                "Qullqi mayipxtam ukhaxa, nayraqat Perú Infomigrar jiskt'am.</p>",
            ),
            title=T(
                "Nunca pagues por un empleo",
                "Never pay for a job",
                qu="Ama hayk'aqpas llamkaymanta qullqita pagaychu",
                ay="Janipuniw irnaqäwit qullqi payllamti",
            ),
            kind="warning",
        ),
    ],
    children=[
        topic(
            T("primeras-consideraciones", "first-considerations"),
            T("Primeras consideraciones", "First considerations"),
            T(
                "Preguntas que conviene hacerse antes de decidir migrar por trabajo.",
                "Questions worth asking yourself before deciding to migrate for work.",
            ),
            [
                para(
                    T(
                        "<p>Migrar es una decisión que cambia la vida de toda la familia. Muchas "
                        "personas viajan con una idea optimista del país de destino y se "
                        "encuentran con sueldos que apenas cubren un alquiler caro, trabajos "
                        "distintos de los prometidos o largos meses sin papeles.</p>",
                        "<p>Migrating is a decision that changes the life of the whole family. "
                        "Many people travel with an optimistic picture of the destination country "
                        "and find wages that barely cover an expensive rent, jobs different from "
                        "those promised, or long months without papers.</p>",
                    )
                ),
                heading(T("Hazte estas preguntas", "Ask yourself these questions")),
                para(
                    T(
                        "<ul><li>¿Tengo una oferta de trabajo real, por escrito y de un empleador "
                        "que puedo verificar?</li><li>¿Cuánto costará el viaje y cómo lo voy a "
                        "pagar sin endeudarme con desconocidos?</li><li>¿Cuál es el costo de vida "
                        "en la ciudad a la que voy?</li><li>¿Quién cuidará de mis hijos o de mis "
                        "padres mientras esté fuera?</li><li>¿Podré hacer reconocer mis estudios "
                        "y mi experiencia?</li></ul>",
                        "<ul><li>Do I have a real job offer, in writing, from an employer I can "
                        "check?</li><li>How much will the journey cost and how will I pay for it "
                        "without borrowing from strangers?</li><li>What is the cost of living in "
                        "the city I am going to?</li><li>Who will look after my children or my "
                        "parents while I am away?</li><li>Will I be able to have my studies and "
                        "experience recognised?</li></ul>",
                    )
                ),
                para(
                    T(
                        "<p>Migrar de forma regular, con un permiso de trabajo, te da acceso a un "
                        "contrato, a la seguridad social y a la protección de las leyes "
                        "laborales. Trabajar sin permiso te deja expuesto a abusos y a la "
                        "expulsión.</p>",
                        "<p>Migrating legally, with a work permit, gives you access to a contract, "
                        "to social security and to the protection of labour law. Working without "
                        "a permit leaves you exposed to abuse and to removal.</p>",
                    )
                ),
                notice(
                    T(
                        "<p>Nadie puede retener tu pasaporte ni tus documentos. Si alguien lo "
                        "hace, es una señal de alerta de trata de personas: llama a la Línea "
                        "1818.</p>",
                        "<p>Nobody may keep your passport or your documents. If someone does, it "
                        "is a warning sign of human trafficking: call the 1818 Line.</p>",
                    ),
                    title=T("Señal de alerta", "Warning sign"),
                    kind="warning",
                ),
            ],
        ),
        topic(
            T("mercado-laboral-peruano", "peruvian-labour-market"),
            T("Situación del mercado laboral peruano", "The Peruvian labour market"),
            T(
                "Antes de irte, revisa las oportunidades de empleo que hay en el Perú.",
                "Before you leave, look at the job opportunities available in Peru.",
            ),
            [
                para(
                    T(
                        "<p>Quizá la oportunidad que buscas esté más cerca de lo que crees. El "
                        "Servicio Nacional del Empleo publica ofertas de trabajo de todo el país "
                        "y ofrece orientación gratuita en los Centros de Empleo de cada "
                        "región.</p>",
                        "<p>The opportunity you are looking for may be closer than you think. The "
                        "National Employment Service publishes job offers from all over the "
                        "country and offers free guidance at the Employment Centres in every "
                        "region.</p>",
                    )
                ),
                para(
                    T(
                        "<p>En un Centro de Empleo puedes inscribirte en la bolsa de trabajo, "
                        "recibir asesoría para preparar tu hoja de vida, pedir tu Certificado "
                        "Único Laboral y conocer los cursos de capacitación disponibles.</p>",
                        "<p>At an Employment Centre you can register with the job bank, get help "
                        "preparing your CV, request your Single Employment Certificate and find "
                        "out about the training courses available.</p>",
                    )
                ),
                links(
                    T("Busca empleo en el Perú", "Look for work in Peru"),
                    [
                        link(
                            same("Empleos Perú"),
                            url="https://www.empleosperu.gob.pe",
                            description=T(
                                "Bolsa de trabajo del Servicio Nacional del Empleo",
                                "Job bank of the National Employment Service",
                            ),
                        ),
                        link(
                            T(
                                "Ministerio de Trabajo y Promoción del Empleo",
                                "Ministry of Labour and Employment Promotion",
                            ),
                            url="https://www.gob.pe/mtpe",
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T("mercado-laboral-en-el-extranjero", "labour-markets-abroad"),
            T("Situación del mercado laboral en el extranjero", "Labour markets abroad"),
            T(
                "Dónde consultar qué empleos se demandan en la Unión Europea y en la Comunidad "
                "Andina.",
                "Where to find out which jobs are in demand in the European Union and the Andean "
                "Community.",
            ),
            [
                para(
                    T(
                        "<p>Cada país necesita trabajadores en ocupaciones distintas, y esas "
                        "necesidades cambian con el tiempo. Consultar fuentes oficiales te ayuda "
                        "a saber si tu oficio tiene demanda y qué requisitos piden.</p>",
                        "<p>Each country needs workers in different occupations, and those needs "
                        "change over time. Checking official sources helps you know whether your "
                        "trade is in demand and what requirements apply.</p>",
                    )
                ),
                para(
                    T(
                        "<p>En la Unión Europea, el portal EURES reúne ofertas de empleo y "
                        "explica las condiciones de vida y de trabajo en cada Estado miembro. En "
                        "la Comunidad Andina, los ciudadanos de Bolivia, Colombia, Ecuador y el "
                        "Perú pueden trabajar en los otros países miembros gracias a la Decisión "
                        "545.</p>",
                        "<p>In the European Union, the EURES portal brings together job offers "
                        "and explains living and working conditions in each member state. In the "
                        "Andean Community, citizens of Bolivia, Colombia, Ecuador and Peru can "
                        "work in the other member countries thanks to Decision 545.</p>",
                    )
                ),
                links(
                    T("Fuentes oficiales", "Official sources"),
                    [
                        link(
                            T(
                                "EURES, portal europeo de la movilidad profesional",
                                "EURES, the European job mobility portal",
                            ),
                            url="https://eures.europa.eu",
                        ),
                        link(
                            T("Comunidad Andina", "Andean Community"),
                            url="https://www.comunidadandina.org",
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T("tramites-administrativos", "administrative-procedures"),
            T("Trámites administrativos a realizar", "Administrative procedures"),
            T(
                "Cómo obtener un permiso de trabajo en los cinco principales países de destino.",
                "How to get a work permit in the five main destination countries.",
            ),
            [
                para(
                    T(
                        "<p>En casi todos los países, el permiso de trabajo se tramita antes de "
                        "viajar y depende de una oferta de empleo concreta. Entrar como turista "
                        "y buscar trabajo después suele estar prohibido y puede impedirte volver "
                        "a entrar durante años.</p>",
                        "<p>In almost every country, the work permit is processed before you "
                        "travel and depends on a specific job offer. Entering as a tourist and "
                        "looking for work afterwards is usually forbidden and can stop you from "
                        "entering again for years.</p>",
                    )
                ),
                steps(
                    T("El camino habitual", "The usual path"),
                    [
                        (
                            T("Oferta de empleo", "Job offer"),
                            T(
                                "<p>Un empleador del país de destino te ofrece un contrato por "
                                "escrito.</p>",
                                "<p>An employer in the destination country offers you a written "
                                "contract.</p>",
                            ),
                        ),
                        (
                            T(
                                "Autorización en destino",
                                "Authorisation in the destination country",
                            ),
                            T(
                                "<p>El empleador solicita la autorización de trabajo ante la "
                                "autoridad de inmigración o de trabajo de su país.</p>",
                                "<p>The employer applies for the work authorisation from the "
                                "immigration or labour authority of their country.</p>",
                            ),
                        ),
                        (
                            T("Visado en el Perú", "Visa in Peru"),
                            T(
                                "<p>Con la autorización aprobada, pides el visado en el consulado "
                                "del país de destino en Lima.</p>",
                                "<p>Once the authorisation is approved, you apply for the visa at "
                                "the destination country's consulate in Lima.</p>",
                            ),
                        ),
                        (
                            T("Registro al llegar", "Registration on arrival"),
                            T(
                                "<p>Al llegar, completas el registro de residencia y de "
                                "seguridad social en los plazos que fija cada país.</p>",
                                "<p>On arrival, you complete the residence and social security "
                                "registration within the deadlines set by each country.</p>",
                            ),
                        ),
                    ],
                ),
                GUIDE_LINKS,
            ],
        ),
        topic(
            T("antes-de-viajar", "before-you-travel"),
            T("Trámites y consejos antes de viajar", "Procedures and advice before travelling"),
            T(
                "Lo que debes preparar cuando ya tienes tu permiso de trabajo.",
                "What to prepare once you already have your work permit.",
            ),
            [
                para(
                    T(
                        "<p>Ya tienes tu permiso de trabajo: ¡felicitaciones! Dedica unas "
                        "semanas a preparar el viaje con calma. Un buen orden de tus documentos "
                        "te ahorrará tiempo y dinero en el país de destino.</p>",
                        "<p>You already have your work permit: congratulations! Spend a few weeks "
                        "preparing the journey calmly. Keeping your documents in good order will "
                        "save you time and money in the destination country.</p>",
                    )
                ),
                steps(
                    T("Lista de preparación", "Preparation checklist"),
                    [
                        (
                            T("Documentos", "Documents"),
                            T(
                                "<p>Revisa que tu pasaporte tenga vigencia suficiente. Apostilla "
                                "tus títulos, certificados de estudios y partidas de nacimiento o "
                                "matrimonio.</p>",
                                "<p>Check that your passport is valid for long enough. Have your "
                                "degrees, study certificates and birth or marriage certificates "
                                "apostilled.</p>",
                            ),
                        ),
                        (
                            T("Copias", "Copies"),
                            T(
                                "<p>Guarda copias escaneadas de todos tus documentos en tu correo "
                                "y deja otra copia a un familiar en el Perú.</p>",
                                "<p>Keep scanned copies of all your documents in your email and "
                                "leave another copy with a relative in Peru.</p>",
                            ),
                        ),
                        (
                            T("Salud", "Health"),
                            T(
                                "<p>Contrata un seguro que te cubra hasta que estés afiliado al "
                                "sistema de salud del país de destino.</p>",
                                "<p>Take out insurance that covers you until you are registered "
                                "with the destination country's health system.</p>",
                            ),
                        ),
                        (
                            T("Dinero", "Money"),
                            T(
                                "<p>Lleva dinero suficiente para tu primer mes y conoce el costo "
                                "del alojamiento antes de llegar.</p>",
                                "<p>Take enough money for your first month and find out how much "
                                "accommodation costs before you arrive.</p>",
                            ),
                        ),
                        (
                            T("Contactos", "Contacts"),
                            T(
                                "<p>Anota la dirección y el teléfono de emergencia del consulado "
                                "del Perú más cercano a tu nuevo hogar.</p>",
                                "<p>Write down the address and emergency number of the Peruvian "
                                "consulate nearest to your new home.</p>",
                            ),
                        ),
                    ],
                ),
                notice(
                    T(
                        "<p>Infórmate también sobre la Dirección General de Comunidades Peruanas "
                        "en el Exterior de la Cancillería: te orienta sobre el registro "
                        "consular y los servicios para peruanos fuera del país.</p>",
                        "<p>Find out also about the Foreign Ministry's Directorate General for "
                        "Peruvian Communities Abroad: it advises on consular registration and "
                        "services for Peruvians outside the country.</p>",
                    ),
                    title=T("Consejo", "Tip"),
                    kind="tip",
                ),
            ],
        ),
        topic(
            T("primeros-pasos-en-el-pais-de-destino", "first-steps-in-the-destination-country"),
            T(
                "Primeros pasos del migrante en el país de destino",
                "A migrant's first steps in the destination country",
            ),
            T(
                "Salud, educación, derechos laborales y trámites al llegar: cinco guías prácticas.",
                "Health, education, labour rights and procedures on arrival: five practical "
                "guides.",
            ),
            [
                para(
                    T(
                        "<p>Las primeras semanas son decisivas. Registrarte a tiempo te abre la "
                        "puerta a la atención médica, a la escuela para tus hijos y a la "
                        "protección de la ley si tienes un problema en el trabajo.</p>",
                        "<p>The first weeks are decisive. Registering on time opens the door to "
                        "health care, to school for your children and to the protection of the "
                        "law if you have a problem at work.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Hemos preparado una guía para cada uno de los cinco países donde "
                        "viven más peruanos. Cada guía indica la fecha de su última revisión: si "
                        "está vencida, confirma los datos con las fuentes oficiales.</p>",
                        "<p>We have prepared a guide for each of the five countries where most "
                        "Peruvians live. Each guide shows the date it was last reviewed: if it is "
                        "overdue, check the details with the official sources.</p>",
                    )
                ),
                GUIDE_LINKS,
            ],
        ),
    ],
)

# -- Line 2 -----------------------------------------------------------------------------------

LINE_2 = line(
    2,
    slug=T(
        "vas-a-retornar-al-peru",
        "returning-to-peru",
        qu="peruman-kutimuy",
        ay="peru-markaru-kuttana",
    ),
    title=T(
        "¿Vas a retornar al Perú?",
        "Are you returning to Peru?",
        qu="¿Perúmanchu kutimunki?",
        ay="¿Perú markaru kutt'anïtati?",
    ),
    audience=T(
        "Peruanos en el exterior que piensan regresar",
        "Peruvians abroad who plan to come back",
        qu="Hawa llaqtapi kaq, kutimuyta yuyaykuq peruanokuna",
        ay="Yaqha markan jakasir, kutt'añ amtir peruanonaka",
    ),
    intro=T(
        "Programas, beneficios y servicios para volver al país y reinsertarte en el mercado de "
        "trabajo o emprender un negocio.",
        "Programmes, benefits and services to help you come back and find work or start a "
        "business in Peru.",
        qu="Perúman kutimuspa llamkayta tarinaykipaq utaq huk negociota qallarinaykipaq "
        "programakuna, yanapakuykuna.",
        ay="Perú markar kutt'asin irnaqäwi jikxatañataki jan ukax mä negocio qalltañataki "
        "programanaka, yanapt'awinaka.",
    ),
    body=[
        para(
            T(
                "<p>Volver también es migrar. Después de varios años fuera, el país, los precios y "
                "el mercado de trabajo han cambiado. Planifica tu regreso con tiempo y aprovecha "
                "los programas pensados para quienes retornan.</p>",
                "<p>Coming back is migrating too. After several years away, the country, prices "
                "and the job market have changed. Plan your return in good time and make use of "
                "the programmes designed for returnees.</p>",
                qu="<p>Kutimuypas huk migraymi. Achka watakuna hawapi kaspaqa, suyupas, "
                "chaninkunapas, llamkay qhatupas hukniraymi kanña. Kutimuyniykita allinta "
                "wakichiy, kutimuqkunapaq programakunatapas aprovechay.</p>",
                ay="<p>Kutt'añax mä migraciónarakiwa. Walja maranak anqäxan jakasax, markasa, "
                "chaninakasa, irnaqäwi qhathusa mayjt'atawa. Kutt'añam wakicht'asim, "
                "kutt'irinakatak programanak apnaqam.</p>",
            )
        ),
        para(
            T(
                "<p>Aquí reunimos los programas de los países de destino y de la OIM, la ley de "
                "reinserción del migrante retornado, la Plataforma para el Retorno Productivo y "
                "los servicios del Ministerio de Trabajo.</p>",
                "<p>Here we bring together the programmes of destination countries and the IOM, "
                "the law on the reintegration of returning migrants, the Productive Return "
                "Platform and the Ministry of Labour's services.</p>",
                qu="<p>Kaypim huñuyku destino suyukunapa, OIM-pa programankunata, kutimuq "
                "migrantepaq kamachikuyta, Kutimuspa llamkanapaq plataformata, Llamkay "
                "Ministeriopa yanapakuyninkunatapas.</p>",
                ay="<p>Akanx tantachaptanwa puriñ markanakan, OIM ukan programanakapa, kutt'ir "
                "migrantetak kamachiw, Kutt'asin irnaqañataki plataforma, Irnaqäwi Ministeriona "
                "yanapt'awinakapa.</p>",
            )
        ),
        notice(
            T(
                "<p>Reúne y legaliza tus certificados de estudios y de trabajo en el país donde "
                "vives: te servirán para acreditar tu experiencia en el Perú.</p>",
                "<p>Collect and legalise your study and work certificates in the country where "
                "you live: you will need them to prove your experience in Peru.</p>",
                qu="<p>Yachaymanta, llamkaymanta certificadoykikunata huñuy, legalizaytaq kunan "
                "tiyasqayki suyupi: Perúpi experienciaykita qawachinaykipaq servisunki.</p>",
                ay="<p>Yatiqäwit, irnaqäwit certificadonakam jichha jakasktaw uka markan "
                "tantacht'asim, legalizasim: Perún experienciam uñacht'ayañatakiw "
                "yanapt'ätam.</p>",
            ),
            title=T(
                "Antes de volver",
                "Before you come back",
                qu="Manaraq kutimuspa",
                ay="Janïr kutt'kasa",
            ),
            kind="tip",
        ),
    ],
    children=[
        topic(
            T("programas-de-paises-de-destino-y-oim", "destination-country-and-iom-programmes"),
            T(
                "Programas de los países de destino y de la OIM",
                "Destination-country and IOM programmes",
            ),
            T(
                "Ayudas para el retorno voluntario asistido que ofrecen algunos países y la "
                "Organización Internacional para las Migraciones.",
                "Support for assisted voluntary return offered by some countries and the "
                "International Organization for Migration.",
            ),
            [
                para(
                    T(
                        "<p>Varios países de destino financian programas de retorno voluntario: "
                        "cubren el pasaje, dan una pequeña ayuda para la instalación y, en "
                        "algunos casos, apoyo para iniciar un negocio en el Perú. Suelen "
                        "ejecutarse con la Organización Internacional para las Migraciones (OIM) "
                        "o con organizaciones sociales.</p>",
                        "<p>Several destination countries fund voluntary return programmes: they "
                        "cover the ticket, give a small resettlement allowance and, in some "
                        "cases, support to start a business in Peru. They are usually run with "
                        "the International Organization for Migration (IOM) or with civil "
                        "society organisations.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Cada programa tiene requisitos propios: algunos exigen no volver al "
                        "país de destino durante un tiempo o renunciar a la residencia. Lee "
                        "bien las condiciones antes de firmar.</p>",
                        "<p>Each programme has its own requirements: some require you not to "
                        "return to the destination country for a period or to give up your "
                        "residence. Read the conditions carefully before signing.</p>",
                    )
                ),
                links(
                    T("Dónde informarte", "Where to find out more"),
                    [
                        link(T("OIM Perú", "IOM Peru"), url="https://peru.iom.int"),
                        link(
                            T("Consulados del Perú en el exterior", "Peruvian consulates abroad"),
                            url="https://www.consulado.pe",
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T(
                "programas-y-legislacion-del-estado-peruano",
                "peruvian-state-programmes-and-legislation",
            ),
            T(
                "Programas y legislación del Estado peruano",
                "Peruvian State programmes and legislation",
            ),
            T(
                "Beneficios de la ley de reinserción del migrante retornado y otros programas "
                "del Estado.",
                "Benefits under the law on the reintegration of returning migrants and other "
                "State programmes.",
            ),
            [
                para(
                    T(
                        "<p>La Ley N.° 30001, de reinserción económica y social para el migrante "
                        "retornado, permite traer al país, sin pagar ciertos impuestos, el "
                        "menaje de casa, un vehículo y los instrumentos o equipos de tu "
                        "profesión u oficio, siempre que cumplas los requisitos de tiempo de "
                        "residencia en el extranjero.</p>",
                        "<p>Law No. 30001, on the economic and social reintegration of returning "
                        "migrants, lets you bring household goods, a vehicle and the tools or "
                        "equipment of your profession or trade into the country without paying "
                        "certain taxes, provided you meet the requirements on time spent living "
                        "abroad.</p>",
                    )
                ),
                para(
                    T(
                        "<p>También puedes postular a los programas de vivienda del Fondo "
                        "MIVIVIENDA y a los programas de apoyo a la pequeña empresa del "
                        "Ministerio de la Producción.</p>",
                        "<p>You can also apply to the MIVIVIENDA Fund's housing programmes and to "
                        "the Ministry of Production's small business support programmes.</p>",
                    )
                ),
                links(
                    T("Normas y programas", "Laws and programmes"),
                    [
                        link(
                            T("Ley N.° 30001", "Law No. 30001"),
                            page=Ref("legislacion/ley-30001"),
                        ),
                        link(same("Fondo MIVIVIENDA"), url="https://www.mivivienda.com.pe"),
                        link(
                            T("Ministerio de la Producción", "Ministry of Production"),
                            url="https://www.gob.pe/produce",
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T("plataforma-para-el-retorno-productivo", "productive-return-platform"),
            T("Plataforma para el Retorno Productivo", "Productive Return Platform"),
            T(
                "Registra tu perfil y recibe orientación para volver a trabajar o emprender en el "
                "Perú.",
                "Register your profile and get guidance to work again or start a business in Peru.",
            ),
            [
                para(
                    T(
                        "<p>La Plataforma para el Retorno Productivo recoge los datos de las "
                        "personas que piensan volver: su oficio, su experiencia y la región "
                        "donde quieren vivir. Con esa información, el Ministerio de Trabajo te "
                        "orienta hacia ofertas de empleo, capacitación o asistencia para tu "
                        "negocio.</p>",
                        "<p>The Productive Return Platform collects details of people planning to "
                        "come back: their trade, their experience and the region where they want "
                        "to live. With that information, the Ministry of Labour points you "
                        "towards job offers, training or support for your business.</p>",
                    )
                ),
                steps(
                    T("Cómo funciona", "How it works"),
                    [
                        (
                            T("Regístrate", "Register"),
                            T(
                                "<p>Completa tu perfil desde el país donde vives, con tu "
                                "experiencia y tus planes.</p>",
                                "<p>Fill in your profile from the country where you live, with "
                                "your experience and your plans.</p>",
                            ),
                        ),
                        (
                            T("Recibe orientación", "Get guidance"),
                            T(
                                "<p>Un orientador revisa tu perfil y te propone los servicios que "
                                "mejor se ajustan a él.</p>",
                                "<p>An adviser reviews your profile and suggests the services "
                                "that suit it best.</p>",
                            ),
                        ),
                        (
                            T("Al llegar", "When you arrive"),
                            T(
                                "<p>Acércate al Centro de Empleo de tu región para continuar el "
                                "acompañamiento.</p>",
                                "<p>Go to the Employment Centre in your region to continue the "
                                "support.</p>",
                            ),
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T("servicios-y-programas-del-mtpe", "ministry-of-labour-services-and-programmes"),
            T(
                "Servicios y programas del Ministerio de Trabajo",
                "Ministry of Labour services and programmes",
            ),
            T(
                "Bolsa de trabajo, capacitación, certificación de competencias y apoyo al "
                "emprendimiento.",
                "Job bank, training, skills certification and support for entrepreneurs.",
            ),
            [
                para(
                    T(
                        "<p>Los Centros de Empleo reúnen en un solo lugar los servicios "
                        "gratuitos de promoción del empleo: bolsa de trabajo, asesoría para la "
                        "búsqueda de empleo, orientación vocacional, información del mercado de "
                        "trabajo y el Certificado Único Laboral.</p>",
                        "<p>Employment Centres bring the free employment promotion services "
                        "together in one place: job bank, job search advice, career guidance, "
                        "labour market information and the Single Employment Certificate.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Si aprendiste un oficio en el extranjero, puedes pedir que se "
                        "certifiquen tus competencias laborales: es una constancia oficial de lo "
                        "que sabes hacer, aunque no tengas un título. También hay programas de "
                        "capacitación y de asistencia técnica para elaborar un plan de "
                        "negocio.</p>",
                        "<p>If you learned a trade abroad, you can ask for your work skills to be "
                        "certified: it is official proof of what you can do, even without a "
                        "diploma. There are also training programmes and technical assistance to "
                        "draw up a business plan.</p>",
                    )
                ),
                notice(
                    T(
                        "<p>Todos estos servicios son gratuitos. Nadie puede cobrarte por "
                        "inscribirte en la bolsa de trabajo.</p>",
                        "<p>All these services are free. Nobody can charge you for registering "
                        "with the job bank.</p>",
                    ),
                    kind="info",
                ),
            ],
        ),
        topic(
            T("indicadores-del-mercado-laboral", "labour-market-indicators"),
            T("Mercado laboral peruano: indicadores", "Peruvian labour market: indicators"),
            T(
                "Datos actualizados sobre empleo, ingresos y sectores con más demanda.",
                "Up-to-date figures on employment, earnings and the sectors with most demand.",
            ),
            [
                para(
                    T(
                        "<p>Conocer el mercado laboral te ayuda a decidir dónde y de qué "
                        "trabajar al volver. Los indicadores más útiles son la tasa de empleo "
                        "formal por región, los ingresos promedio por ocupación y las "
                        "ocupaciones más solicitadas en las ofertas de empleo.</p>",
                        "<p>Knowing the labour market helps you decide where to work and in what "
                        "when you come back. The most useful indicators are the formal employment "
                        "rate by region, average earnings by occupation and the occupations most "
                        "requested in job offers.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Las cifras oficiales las publican el Instituto Nacional de "
                        "Estadística e Informática y el Ministerio de Trabajo. Esta página se "
                        "actualiza periódicamente con un resumen en lenguaje sencillo.</p>",
                        "<p>Official figures are published by the National Institute of "
                        "Statistics and Informatics and the Ministry of Labour. This page is "
                        "updated periodically with a plain-language summary.</p>",
                    )
                ),
                links(
                    T("Estadísticas oficiales", "Official statistics"),
                    [
                        link(
                            T(
                                "Instituto Nacional de Estadística e Informática",
                                "National Institute of Statistics and Informatics",
                            ),
                            url="https://www.inei.gob.pe",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# -- Line 3 -----------------------------------------------------------------------------------

LINE_3 = line(
    3,
    slug=T(
        "trabajas-en-el-extranjero",
        "working-abroad",
        qu="hawa-llaqtapi-llamkaq",
        ay="yaqha-markan-irnaqiri",
    ),
    title=T(
        "¿Trabajas en el extranjero?",
        "Do you work abroad?",
        qu="¿Hawa llaqtapichu llamkachkanki?",
        ay="¿Yaqha markanti irnaqaskta?",
    ),
    audience=T(
        "Peruanos que viven y trabajan fuera del país",
        "Peruvians living and working outside the country",
        qu="Hawa llaqtakunapi tiyaq, llamkaq peruanokuna",
        ay="Yaqha markanakan jakasir, irnaqir peruanonaka",
    ),
    intro=T(
        "Tus derechos como trabajador migrante, los convenios que firmó el Perú y las "
        "instituciones que te pueden apoyar donde vives.",
        "Your rights as a migrant worker, the agreements Peru has signed and the organisations "
        "that can support you where you live.",
        qu="Migrante llamkaq hina derechoykikuna, Perúpa firmasqan conveniokuna, tiyasqayki "
        "llaqtapi yanapasuqniyki institucionkuna.",
        ay="Migrante irnaqiri ukham derechonakama, Perú markan firmat convenionaka, jakasktaw uka "
        "markan yanapt'ir institucionanaka.",
    ),
    body=[
        para(
            T(
                "<p>Aunque estés lejos, sigues teniendo derechos: a un trabajo digno, a la salud, "
                "a la seguridad social y a la protección de tu consulado. Conocerlos es la mejor "
                "manera de hacerlos valer.</p>",
                "<p>Even when you are far away, you still have rights: to decent work, to health "
                "care, to social security and to the protection of your consulate. Knowing them "
                "is the best way to claim them.</p>",
                qu="<p>Karupi kaspapas derechoykikunaqa kanmi: allin llamkayman, qhaliyman, "
                "seguridad socialman, consuladoykipa amachayninmanpas. Chaykunata riqsiyqa "
                "aswan allinmi mañakunaykipaq.</p>",
                ay="<p>Jaya markan jakasisinsa, derechonakamax utjiwa: suma irnaqäwiru, "
                "k'umaräñaru, seguridad social ukaru, consuladoman jark'aqasiñaparu. Uk "
                "uñt'añax juk'amp askiwa mayiñataki.</p>",
            )
        ),
        para(
            T(
                "<p>También puedes contarnos tu experiencia en «La voz del migrante»: tus "
                "sugerencias nos ayudan a mejorar la información y los servicios para los "
                "peruanos en el exterior.</p>",
                "<p>You can also tell us about your experience in “The migrant's voice”: your "
                "suggestions help us improve the information and services for Peruvians "
                "abroad.</p>",
                qu="<p>«Migrantepa kunkan» nisqapipas experienciaykita willawankichu: "
                "yuyaykusqaykikunaqa hawa llaqtapi peruanokunapaq willakuykunata, "
                "yanapakuykunata allinchanaykupaq yanapawanku.</p>",
                ay="<p>«Migrantena arupa» ukanxa experienciam yatiyapxitasma: amuyunakamax yaqha "
                "markanakan jakasir peruanonakatak yatiyawinaka, yanapt'awinak askichañatakiw "
                "yanapt'apxitu.</p>",
            )
        ),
        notice(
            T(
                "<p>Si pierdes tu pasaporte, sufres un accidente o te detienen, comunícate con el "
                "consulado del Perú más cercano. Sus datos de emergencia están en cada guía por "
                "país.</p>",
                "<p>If you lose your passport, have an accident or are detained, contact the "
                "nearest Peruvian consulate. Its emergency details are in each country "
                "guide.</p>",
                qu="<p>Pasaporteyki chinkaptin, accidente kaptin utaq presochasuptiykiqa, aswan "
                "qayllapi Perú consuladowan rimanakuy. Emergencia willakuyninkunaqa sapa suyu "
                "guíapim kachkan.</p>",
                ay="<p>Pasaportem chhaqtayasma, accidente utjchi jan ukax katuntapxtam ukhaxa, "
                "jak'a Perú consulado ukamp aruskipam. Emergencia yatiyawinakapax sapa marka "
                "guía ukanwa.</p>",
            ),
            title=T(
                "En una emergencia", "In an emergency", qu="Emergenciapi", ay="Jan walt'äwinxa"
            ),
            kind="info",
        ),
    ],
    children=[
        topic(
            T("la-voz-del-migrante", "the-migrants-voice"),
            T("La voz del migrante", "The migrant's voice"),
            T(
                "Un espacio para las inquietudes y sugerencias de las comunidades peruanas en "
                "el exterior.",
                "A space for the concerns and suggestions of Peruvian communities abroad.",
            ),
            [
                para(
                    T(
                        "<p>Queremos escucharte. Cuéntanos qué información te faltó antes de "
                        "viajar, qué problemas encuentras en tu trabajo o qué servicios "
                        "necesita tu comunidad. Las consultas y sugerencias llegan a la "
                        "Dirección de Migración Laboral, que las usa para mejorar este "
                        "portal.</p>",
                        "<p>We want to hear from you. Tell us what information you lacked before "
                        "travelling, what problems you face at work or what services your "
                        "community needs. Questions and suggestions reach the Labour Migration "
                        "Directorate, which uses them to improve this portal.</p>",
                    )
                ),
                steps(
                    T("Cómo participar", "How to take part"),
                    [
                        (
                            T("Escríbenos", "Write to us"),
                            T(
                                "<p>Usa el formulario de esta página: elige si es una inquietud "
                                "o una sugerencia.</p>",
                                "<p>Use the form on this page: choose whether it is a concern or "
                                "a suggestion.</p>",
                            ),
                        ),
                        (
                            T("Cuenta tu experiencia", "Share your experience"),
                            T(
                                "<p>Indica el país y la ciudad donde vives y, si quieres, tu "
                                "oficio. No incluyas datos de otras personas.</p>",
                                "<p>Say which country and city you live in and, if you like, your "
                                "trade. Do not include other people's details.</p>",
                            ),
                        ),
                        (
                            T("¿Necesitas una respuesta?", "Do you need an answer?"),
                            T(
                                "<p>Para una consulta personal usa «Contáctenos»: te "
                                "responderemos por correo electrónico con un número de "
                                "referencia.</p>",
                                "<p>For a personal question use “Contact us”: we will reply by "
                                "email with a reference number.</p>",
                            ),
                        ),
                    ],
                ),
                notice(
                    T(
                        "<p>Publicamos testimonios solo con el permiso de su autor y sin datos "
                        "que permitan identificarlo.</p>",
                        "<p>We only publish testimonies with the author's permission and without "
                        "details that could identify them.</p>",
                    ),
                    kind="info",
                ),
                voice_form(),
            ],
        ),
        topic(
            T("convenios-bilaterales", "bilateral-agreements"),
            T("Convenios bilaterales", "Bilateral agreements"),
            T(
                "Acuerdos del Perú con los países de destino que protegen a los trabajadores "
                "migrantes.",
                "Agreements between Peru and destination countries that protect migrant workers.",
            ),
            [
                para(
                    T(
                        "<p>Los convenios de seguridad social permiten sumar los años que "
                        "cotizaste en el Perú y en el otro país para obtener una pensión, y "
                        "cobrarla aunque vivas en cualquiera de los dos. El Perú tiene convenios "
                        "de este tipo con España y con Chile, entre otros.</p>",
                        "<p>Social security agreements let you add together the years you paid "
                        "contributions in Peru and in the other country to qualify for a "
                        "pension, and receive it wherever you live in either country. Peru has "
                        "agreements of this kind with Spain and Chile, among others.</p>",
                    )
                ),
                para(
                    T(
                        "<p>En la Comunidad Andina, el Instrumento Andino de Seguridad Social "
                        "(Decisión 583) garantiza a los trabajadores de Bolivia, Colombia, "
                        "Ecuador y el Perú la igualdad de trato en materia de seguridad "
                        "social.</p>",
                        "<p>In the Andean Community, the Andean Social Security Instrument "
                        "(Decision 583) guarantees workers from Bolivia, Colombia, Ecuador and "
                        "Peru equal treatment in social security.</p>",
                    )
                ),
                links(
                    T("Textos de los convenios", "Texts of the agreements"),
                    [
                        link(
                            T(
                                "Convenio de seguridad social Perú–España",
                                "Peru–Spain social security agreement",
                            ),
                            page=Ref("legislacion/convenio-seguridad-social-peru-espana"),
                        ),
                        link(
                            T(
                                "Convenio de seguridad social Perú–Chile",
                                "Peru–Chile social security agreement",
                            ),
                            page=Ref("legislacion/convenio-seguridad-social-peru-chile"),
                        ),
                        link(
                            T(
                                "Decisión 583 de la Comunidad Andina",
                                "Andean Community Decision 583",
                            ),
                            page=Ref("legislacion/decision-583"),
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T("instituciones-de-apoyo", "support-institutions"),
            T(
                "Instituciones de apoyo a migrantes en el exterior",
                "Organisations supporting migrants abroad",
            ),
            T(
                "Consulados, asociaciones de peruanos y organizaciones que ayudan a los migrantes.",
                "Consulates, Peruvian associations and organisations that help migrants.",
            ),
            [
                para(
                    T(
                        "<p>Tu primer punto de apoyo es el consulado del Perú: emite documentos, "
                        "te orienta en emergencias y conoce a las asociaciones de peruanos de la "
                        "zona. Muchas de ellas organizan ferias, clases de idioma y asesoría "
                        "legal gratuita.</p>",
                        "<p>Your first point of support is the Peruvian consulate: it issues "
                        "documents, advises you in emergencies and knows the local Peruvian "
                        "associations. Many of them organise fairs, language classes and free "
                        "legal advice.</p>",
                    )
                ),
                para(
                    T(
                        "<p>En casi todos los países hay organizaciones no gubernamentales que "
                        "ayudan a los migrantes sin importar su situación: orientación "
                        "jurídica, albergue temporal o apoyo para buscar empleo.</p>",
                        "<p>In almost every country there are non-governmental organisations that "
                        "help migrants whatever their status: legal guidance, temporary shelter "
                        "or help finding work.</p>",
                    )
                ),
                links(
                    T("Para empezar", "To get started"),
                    [
                        link(
                            T("Consulados del Perú en el exterior", "Peruvian consulates abroad"),
                            url="https://www.consulado.pe",
                        ),
                        link(T("OIM Perú", "IOM Peru"), url="https://peru.iom.int"),
                        link(
                            T("Enlaces de interés", "Links of interest"),
                            page=Ref("enlaces-de-interes"),
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# -- Line 4 -----------------------------------------------------------------------------------

LINE_4 = line(
    4,
    slug=T(
        "trabajar-en-el-peru", "working-in-peru", qu="perupi-llamkay", ay="peru-markan-irnaqana"
    ),
    title=T(
        "¿Eres trabajador migrante andino o extranjero y trabajas o quieres trabajar en Perú?",
        "Are you an Andean or foreign migrant worker working or wanting to work in Peru?",
        qu="¿Andino utaq hawa llaqtayuq migrante llamkaqchu kanki, Perúpitaq llamkanki utaq "
        "llamkayta munanki?",
        ay="¿Andino jan ukax yaqha markat jutir migrante irnaqiritati, Perún irnaqkta jan ukax "
        "irnaqañ munta?",
    ),
    audience=T(
        "Trabajadores de la Comunidad Andina y de otros países en el Perú",
        "Workers from the Andean Community and other countries in Peru",
        qu="Comunidad Andinamanta, huk suyukunamantapas Perúpi llamkaqkuna",
        ay="Comunidad Andina ukat yaqha markanakat jutir, Perún irnaqirinaka",
    ),
    intro=T(
        "Cómo obtener un permiso de trabajo en el Perú, qué derechos tienes y qué trámites "
        "corresponden según tu nacionalidad.",
        "How to get a work permit in Peru, what rights you have and which procedures apply "
        "depending on your nationality.",
        qu="Imaynatam Perúpi llamkanapaq permisota hurqunki, ima derechoykikunam kan, "
        "nacionalidadniykiman hina ima trámitekunam.",
        ay="Kunjams Perún irnaqañatak permiso apsta, kuna derechonakas utjtam, nacionalidadamarjam "
        "kuna trámites lurañas.",
    ),
    body=[
        para(
            T(
                "<p>El Perú recibe a trabajadores de muchos países. Si eres ciudadano de Bolivia, "
                "Colombia o Ecuador, la Decisión 545 de la Comunidad Andina te permite trabajar "
                "con los mismos derechos que un trabajador peruano.</p>",
                "<p>Peru welcomes workers from many countries. If you are a citizen of Bolivia, "
                "Colombia or Ecuador, Andean Community Decision 545 allows you to work with the "
                "same rights as a Peruvian worker.</p>",
                qu="<p>Perúqa achka suyukunamanta llamkaqkunata chaskinmi. Bolivia, Colombia utaq "
                "Ecuador suyumanta kaspaqa, Comunidad Andinapa 545 Decisiónninmi peruano llamkaq "
                "hina kaq derechokunawan llamkanaykipaq saqisunki.</p>",
                ay="<p>Perú markax walja markanakat irnaqirinak katuqi. Bolivia, Colombia jan ukax "
                "Ecuador markankirïstaxa, Comunidad Andina ukan 545 Decisión ukax peruano "
                "irnaqiri kikpa derechonakamp irnaqañ jaytätamwa.</p>",
            )
        ),
        para(
            T(
                "<p>Si vienes de otro país, necesitas una calidad migratoria que te habilite a "
                "trabajar y, en muchos casos, un contrato aprobado por la autoridad de trabajo. "
                "Te explicamos cada paso.</p>",
                "<p>If you come from another country, you need an immigration status that allows "
                "you to work and, in many cases, a contract approved by the labour authority. We "
                "explain each step.</p>",
                qu="<p>Huk suyumanta hamuspaqa, llamkanaykipaq calidad migratoriatam "
                "necesitanki, achka kutipitaq llamkay autoridadpa aprobasqan contratota. Sapa "
                "pasota sut'inchayku.</p>",
                ay="<p>Yaqha markat jutstaxa, irnaqañatak calidad migratoria munasi, walja "
                "kutinxa irnaqäwi autoridad ukan aprobat contrato. Sapa thakhi "
                "qhanañchapxsma.</p>",
            )
        ),
        notice(
            T(
                "<p>Todo trabajador en el Perú, sea peruano o extranjero, tiene derecho a un "
                "salario justo, a la seguridad social y a la inspección de trabajo. Si tus "
                "derechos no se respetan, puedes acudir a SUNAFIL.</p>",
                "<p>Every worker in Peru, Peruvian or foreign, has the right to fair pay, social "
                "security and labour inspection. If your rights are not respected, you can go to "
                "SUNAFIL.</p>",
                qu="<p>Perúpi tukuy llamkaqkunaqa, peruano kaspapas hawa llaqtayuq kaspapas, "
                "chanin pagoman, seguridad socialman, llamkay inspecciónmanpas derechoyuqmi. "
                "Derechoykikuna mana respetasqa kaptinqa, SUNAFILman riwaqmi.</p>",
                ay="<p>Perún taqi irnaqirinakaxa, peruano jan ukax yaqha markankir, chiqap "
                "payllañaru, seguridad social ukaru, irnaqäwi inspección ukarus derechonïpxiwa. "
                "Derechonakamax jan respetatäkchi ukhaxa, SUNAFIL ukar sarasmawa.</p>",
            ),
            title=T(
                "Igualdad de trato", "Equal treatment", qu="Kaqlla tratakuy", ay="Kikpa uñjawi"
            ),
            kind="info",
        ),
    ],
    children=[
        topic(
            T("tramites-comunidad-andina-decision-545", "andean-community-procedures-decision-545"),
            T(
                "Trámites para ciudadanos de la Comunidad Andina (Decisión 545)",
                "Procedures for Andean Community citizens (Decision 545)",
            ),
            T(
                "Cómo acogerse al Instrumento Andino de Migración Laboral y registrar tu contrato "
                "en el SIVITMA.",
                "How to use the Andean Labour Migration Instrument and register your contract in "
                "SIVITMA.",
            ),
            [
                para(
                    T(
                        "<p>La Decisión 545 de la Comunidad Andina reconoce a los ciudadanos de "
                        "Bolivia, Colombia y Ecuador el derecho a trabajar en el Perú con "
                        "igualdad de trato. Distingue cuatro tipos de trabajador migrante "
                        "andino: con desplazamiento individual, de empresa, de temporada y "
                        "fronterizo.</p>",
                        "<p>Andean Community Decision 545 gives citizens of Bolivia, Colombia and "
                        "Ecuador the right to work in Peru with equal treatment. It distinguishes "
                        "four types of Andean migrant worker: individual, company, seasonal and "
                        "cross-border workers.</p>",
                    )
                ),
                steps(
                    T("Pasos para trabajar en el Perú", "Steps to work in Peru"),
                    [
                        (
                            T("Contrato", "Contract"),
                            T(
                                "<p>Firma un contrato de trabajo escrito con tu empleador en el "
                                "Perú.</p>",
                                "<p>Sign a written employment contract with your employer in "
                                "Peru.</p>",
                            ),
                        ),
                        (
                            T("Registro en el SIVITMA", "Registration in SIVITMA"),
                            T(
                                "<p>El empleador registra el contrato en el Sistema Virtual del "
                                "Migrante Andino (SIVITMA) del Ministerio de Trabajo. El registro "
                                "es gratuito y se hace por internet.</p>",
                                "<p>The employer registers the contract in the Ministry of "
                                "Labour's Virtual System for Andean Migrants (SIVITMA). "
                                "Registration is free and done online.</p>",
                            ),
                        ),
                        (
                            T("Situación migratoria", "Immigration status"),
                            T(
                                "<p>Regulariza tu calidad migratoria ante la Superintendencia "
                                "Nacional de Migraciones con el documento de identidad de tu "
                                "país.</p>",
                                "<p>Regularise your immigration status with the National "
                                "Superintendency of Migration using your home country's identity "
                                "document.</p>",
                            ),
                        ),
                        (
                            T("Seguridad social", "Social security"),
                            T(
                                "<p>Tu empleador debe afiliarte a EsSalud y a un sistema de "
                                "pensiones desde el primer día.</p>",
                                "<p>Your employer must register you with EsSalud and a pension "
                                "scheme from the first day.</p>",
                            ),
                        ),
                    ],
                ),
                links(
                    T("Más información", "More information"),
                    [
                        link(
                            T(
                                "Decisión 545 de la Comunidad Andina",
                                "Andean Community Decision 545",
                            ),
                            page=Ref("legislacion/decision-545"),
                        ),
                        link(
                            T(
                                "Superintendencia Nacional de Migraciones",
                                "National Superintendency of Migration",
                            ),
                            url="https://www.gob.pe/migraciones",
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T("tramites-para-extranjeros", "procedures-for-foreign-nationals"),
            T(
                "Trámites para extranjeros en general",
                "Procedures for foreign nationals in general",
            ),
            T(
                "Contrato aprobado, calidad migratoria y carné de extranjería: qué necesitas para "
                "trabajar en el Perú.",
                "Approved contract, immigration status and foreigner's card: what you need to "
                "work in Peru.",
            ),
            [
                para(
                    T(
                        "<p>Los extranjeros que no son ciudadanos de la Comunidad Andina "
                        "necesitan, por regla general, que su contrato de trabajo sea aprobado "
                        "por la autoridad administrativa de trabajo. La ley fija límites al "
                        "número de trabajadores extranjeros de una empresa y al porcentaje de "
                        "la planilla que pueden representar, con algunas excepciones.</p>",
                        "<p>Foreign nationals who are not Andean Community citizens generally "
                        "need their employment contract to be approved by the labour "
                        "authority. The law limits the number of foreign workers a company may "
                        "employ and the share of the payroll they may represent, with some "
                        "exceptions.</p>",
                    )
                ),
                steps(
                    T("Pasos principales", "Main steps"),
                    [
                        (
                            T("Aprobación del contrato", "Contract approval"),
                            T(
                                "<p>El empleador presenta el contrato por la plataforma virtual "
                                "del Ministerio de Trabajo.</p>",
                                "<p>The employer submits the contract through the Ministry of "
                                "Labour's online platform.</p>",
                            ),
                        ),
                        (
                            T("Calidad migratoria", "Immigration status"),
                            T(
                                "<p>Con el contrato aprobado, solicitas a Migraciones la calidad "
                                "migratoria de trabajador.</p>",
                                "<p>With the approved contract, you apply to Migraciones for "
                                "worker immigration status.</p>",
                            ),
                        ),
                        (
                            T("Carné de extranjería", "Foreigner's card"),
                            T(
                                "<p>Migraciones te entrega el carné de extranjería, tu documento "
                                "de identidad en el Perú.</p>",
                                "<p>Migraciones issues your foreigner's card, your identity "
                                "document in Peru.</p>",
                            ),
                        ),
                    ],
                ),
                links(
                    T("Normas aplicables", "Applicable rules"),
                    [
                        link(
                            T("Decreto Legislativo N.° 689", "Legislative Decree No. 689"),
                            page=Ref("legislacion/decreto-legislativo-689"),
                        ),
                        link(
                            T("Decreto Legislativo N.° 1350", "Legislative Decree No. 1350"),
                            page=Ref("legislacion/decreto-legislativo-1350"),
                        ),
                    ],
                ),
            ],
        ),
        topic(
            T("otras-informaciones", "other-information"),
            T("Otras informaciones", "Other information"),
            T(
                "Consejos prácticos para vivir y trabajar en el Perú.",
                "Practical advice for living and working in Peru.",
            ),
            [
                para(
                    T(
                        "<p>Guarda siempre una copia de tu contrato y de tus boletas de pago. "
                        "Revisa que tu empleador te haya inscrito en la planilla electrónica: "
                        "puedes comprobarlo en la página de la SUNAT con tu documento.</p>",
                        "<p>Always keep a copy of your contract and your payslips. Check that "
                        "your employer has registered you on the electronic payroll: you can "
                        "verify it on SUNAT's website with your document.</p>",
                    )
                ),
                para(
                    T(
                        "<p>Si trabajaste en Chile o en España, los convenios de seguridad "
                        "social te permiten sumar esos aportes a los que hagas en el Perú.</p>",
                        "<p>If you have worked in Chile or Spain, the social security agreements "
                        "let you add those contributions to the ones you make in Peru.</p>",
                    )
                ),
                contact(
                    T(
                        "Superintendencia Nacional de Fiscalización Laboral (SUNAFIL)",
                        "National Superintendency of Labour Inspection (SUNAFIL)",
                    ),
                    url="https://www.gob.pe/sunafil",
                ),
            ],
        ),
    ],
)

LINES = [LINE_1, LINE_2, LINE_3, LINE_4]
