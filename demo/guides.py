"""Country guides: five destination countries for Peruvians and three Andean countries of origin.

Each guide fills every structured part of `CountryGuidePage`. Review dates are relative to the
day the demo is loaded: most are due in the future, two are overdue on purpose.
"""

from datetime import date, timedelta

from content.models import CountryGuideIndexPage, CountryGuidePage
from content.pages.guides import GuideAudience

from .stream import contact, heading, notice, para, source, steps
from .text import T, same
from .tree import PageSpec


def guide(
    code,
    audience,
    slug,
    title,
    intro,
    work_permit,
    before_travel,
    first_steps,
    consulates,
    sources,
    reviewed_days_ago=45,
    review_in_days=135,
):
    health, education, labour_rights, local_procedures = first_steps
    today = date.today()
    return PageSpec(
        CountryGuidePage,
        slug=slug,
        title=title,
        intro=intro,
        fields={
            "country_code": same(code),
            "audience": audience,
            "work_permit": work_permit,
            "before_travel": before_travel,
            "health": health,
            "education": education,
            "labour_rights": labour_rights,
            "local_procedures": local_procedures,
            "consulates": consulates,
            "sources": sources,
            "last_reviewed": today - timedelta(days=reviewed_days_ago),
            "next_review_due": today + timedelta(days=review_in_days),
        },
    )


# -- shared texts -----------------------------------------------------------------------------

PACKING_STEPS = steps(
    T("Antes de salir del Perú", "Before leaving Peru"),
    [
        (
            T("Apostilla tus documentos", "Have your documents apostilled"),
            T(
                "<p>Títulos, certificados de estudios, partidas y antecedentes penales: "
                "apostíllalos en la Cancillería antes de viajar.</p>",
                "<p>Degrees, study certificates, civil records and criminal record certificates: "
                "have them apostilled at the Foreign Ministry before you travel.</p>",
            ),
        ),
        (
            T("Guarda copias digitales", "Keep digital copies"),
            T(
                "<p>Escanea tu pasaporte, tu visado y tu contrato, y guárdalos en tu correo "
                "electrónico.</p>",
                "<p>Scan your passport, visa and contract and keep them in your email.</p>",
            ),
        ),
        (
            T("Calcula tus gastos", "Work out your costs"),
            T(
                "<p>Lleva lo necesario para el primer mes: alojamiento, transporte y comida.</p>",
                "<p>Take what you need for the first month: accommodation, transport and food.</p>",
            ),
        ),
    ],
)

NO_TOURIST_WORK = notice(
    T(
        "<p>Entrar como turista para trabajar es una infracción migratoria. Puede acarrear la "
        "expulsión y la prohibición de volver a entrar durante años.</p>",
        "<p>Entering as a tourist in order to work is an immigration offence. It can lead to "
        "removal and a ban on re-entering for years.</p>",
    ),
    title=T("No trabajes con visa de turista", "Do not work on a tourist visa"),
    kind="warning",
)

# -- Estados Unidos ---------------------------------------------------------------------------

US = guide(
    "US",
    GuideAudience.EMIGRANTS,
    T("trabajar-en-estados-unidos", "working-in-the-united-states"),
    T("Guía para trabajar en Estados Unidos", "Guide to working in the United States"),
    T(
        "Visas de trabajo, primeros trámites y derechos laborales en Estados Unidos.",
        "Work visas, first formalities and labour rights in the United States.",
    ),
    work_permit=[
        para(
            T(
                "<p>Para trabajar en Estados Unidos necesitas una visa de trabajo. En casi todos "
                "los casos, un empleador estadounidense presenta primero una petición ante el "
                "Servicio de Ciudadanía e Inmigración (USCIS) y, si es aprobada, tú solicitas "
                "la visa en la Embajada de Estados Unidos en Lima.</p>",
                "<p>To work in the United States you need a work visa. In almost every case, a US "
                "employer first files a petition with US Citizenship and Immigration Services "
                "(USCIS) and, if it is approved, you apply for the visa at the US Embassy in "
                "Lima.</p>",
            )
        ),
        para(
            T(
                "<p>Las visas más usadas son la H-2A para trabajo agrícola temporal, la H-2B "
                "para otros trabajos temporales y la H-1B para ocupaciones especializadas que "
                "exigen un título universitario.</p>",
                "<p>The most common visas are the H-2A for temporary farm work, the H-2B for "
                "other temporary work and the H-1B for specialty occupations that require a "
                "university degree.</p>",
            )
        ),
        steps(
            T("Pasos", "Steps"),
            [
                (
                    T("Petición del empleador", "Employer's petition"),
                    T(
                        "<p>El empleador obtiene, cuando corresponde, la certificación laboral y "
                        "presenta la petición a USCIS.</p>",
                        "<p>The employer obtains labour certification where required and files "
                        "the petition with USCIS.</p>",
                    ),
                ),
                (
                    T("Formulario DS-160", "Form DS-160"),
                    T(
                        "<p>Con la petición aprobada, llenas el formulario de visa en línea y "
                        "pagas la tasa.</p>",
                        "<p>Once the petition is approved, you fill in the online visa form and "
                        "pay the fee.</p>",
                    ),
                ),
                (
                    T("Entrevista consular", "Consular interview"),
                    T(
                        "<p>Acudes a la entrevista en la embajada con tu pasaporte y los "
                        "documentos de tu empleo.</p>",
                        "<p>You attend the interview at the embassy with your passport and your "
                        "job documents.</p>",
                    ),
                ),
            ],
        ),
        NO_TOURIST_WORK,
    ],
    before_travel=[
        para(
            T(
                "<p>Revisa que los datos de tu visa coincidan con tu pasaporte y con tu contrato. "
                "Averigua cómo llegarás del aeropuerto a tu lugar de trabajo y quién paga el "
                "transporte: en las visas H-2A y H-2B suele pagarlo el empleador.</p>",
                "<p>Check that your visa details match your passport and your contract. Find out "
                "how you will get from the airport to your workplace and who pays for the "
                "journey: with H-2A and H-2B visas the employer usually pays.</p>",
            )
        ),
        PACKING_STEPS,
    ],
    first_steps=(
        T(
            "<p>Estados Unidos no tiene un sistema público de salud para todos. Pregunta a tu "
            "empleador por el seguro médico. Los centros de salud comunitarios atienden a bajo "
            "costo según tus ingresos, y los hospitales deben atender las emergencias.</p>",
            "<p>The United States has no public health system for everyone. Ask your employer "
            "about health insurance. Community health centres charge low fees based on your "
            "income, and hospitals must treat emergencies.</p>",
        ),
        T(
            "<p>La escuela pública es gratuita desde el jardín de infancia hasta el último año "
            "de secundaria, sin importar la situación migratoria de los niños.</p>",
            "<p>Public school is free from kindergarten to the final year of high school, "
            "whatever the children's immigration status.</p>",
        ),
        T(
            "<p>Tienes derecho al salario mínimo, al pago de horas extras y a un lugar de "
            "trabajo seguro. Si tu empleador no cumple, puedes presentar una queja ante la "
            "División de Horas y Salarios del Departamento de Trabajo, aunque no hables "
            "inglés.</p>",
            "<p>You are entitled to the minimum wage, overtime pay and a safe workplace. If your "
            "employer does not comply, you can file a complaint with the Department of Labor's "
            "Wage and Hour Division, even if you do not speak English.</p>",
        ),
        T(
            "<p>Solicita tu número de Seguro Social para trabajar y cobrar. Inscríbete en el "
            "registro consular del Perú y averigua los requisitos de tu estado para obtener una "
            "identificación o licencia de conducir.</p>",
            "<p>Apply for your Social Security number to work and get paid. Sign up with the "
            "Peruvian consular register and check your state's requirements for an ID card or "
            "driving licence.</p>",
        ),
    ),
    consulates=[
        contact(
            T("Emergencias en Estados Unidos", "Emergencies in the United States"),
            phone=same("911"),
            emergency=True,
        ),
        contact(
            T("Consulado General del Perú en Nueva York", "Consulate General of Peru in New York"),
            url="https://www.consulado.pe",
        ),
        contact(
            T("Consulado General del Perú en Miami", "Consulate General of Peru in Miami"),
            url="https://www.consulado.pe",
        ),
    ],
    sources=[
        source(
            T(
                "Servicio de Ciudadanía e Inmigración (USCIS)",
                "US Citizenship and Immigration Services (USCIS)",
            ),
            "https://www.uscis.gov/es",
        ),
        source(
            T("Departamento de Estado: visas de trabajo", "Department of State: work visas"),
            "https://travel.state.gov",
        ),
        source(
            T("Departamento de Trabajo de Estados Unidos", "US Department of Labor"),
            "https://www.dol.gov",
        ),
    ],
)

# -- España -----------------------------------------------------------------------------------

ES = guide(
    "ES",
    GuideAudience.EMIGRANTS,
    T("trabajar-en-espana", "working-in-spain"),
    T("Guía para trabajar en España", "Guide to working in Spain"),
    T(
        "Visado de trabajo, permiso de residencia y primeros trámites en España.",
        "Work visa, residence permit and first formalities in Spain.",
    ),
    work_permit=[
        heading(
            T(
                "Visado de trabajo y permiso de trabajo en España",
                "Work visa and work permit in Spain",
            )
        ),
        para(
            T(
                "<p>Para trabajar por cuenta ajena en España necesitas una autorización de "
                "residencia temporal y trabajo, que es el permiso de trabajo, y un visado de "
                "trabajo. La autorización la pide tu futuro empleador en España ante la Oficina "
                "de Extranjería; tú no puedes pedirla por tu cuenta.</p>",
                "<p>To work as an employee in Spain you need a temporary residence and work "
                "authorisation, which is the work permit, and a work visa. Your future employer "
                "in Spain applies for the authorisation at the Immigration Office; you cannot "
                "apply for it yourself.</p>",
            )
        ),
        para(
            T(
                "<p>En general, el empleador debe demostrar que el puesto no puede cubrirse con "
                "trabajadores que ya están en España, salvo que la ocupación figure en el "
                "catálogo de ocupaciones de difícil cobertura. Para trabajos de temporada existe "
                "la contratación colectiva en origen.</p>",
                "<p>In general, the employer must show that the job cannot be filled by workers "
                "already in Spain, unless the occupation is on the list of hard-to-fill "
                "occupations. For seasonal work there is collective recruitment in the country "
                "of origin.</p>",
            )
        ),
        steps(
            T("Pasos para obtener el visado de trabajo", "Steps to obtain the work visa"),
            [
                (
                    T("Solicitud del empleador", "Employer's application"),
                    T(
                        "<p>El empleador presenta en la Oficina de Extranjería la solicitud de "
                        "autorización de residencia y trabajo, con tu contrato firmado.</p>",
                        "<p>The employer submits the application for the residence and work "
                        "authorisation, with your signed contract, to the Immigration "
                        "Office.</p>",
                    ),
                ),
                (
                    T("Visado en Lima", "Visa in Lima"),
                    T(
                        "<p>Cuando la autorización es concedida, tienes un mes para pedir el "
                        "visado de trabajo en el Consulado General de España en Lima, con tu "
                        "pasaporte, certificado de antecedentes penales y certificado "
                        "médico.</p>",
                        "<p>Once the authorisation is granted, you have one month to apply for "
                        "the work visa at the Consulate General of Spain in Lima, with your "
                        "passport, criminal record certificate and medical certificate.</p>",
                    ),
                ),
                (
                    T("Alta y tarjeta", "Registration and card"),
                    T(
                        "<p>Al llegar a España, tu empleador te da de alta en la Seguridad "
                        "Social y, dentro del mes siguiente, pides tu Tarjeta de Identidad de "
                        "Extranjero (TIE).</p>",
                        "<p>When you arrive in Spain, your employer registers you with Social "
                        "Security and, within the following month, you apply for your "
                        "Foreigner's Identity Card (TIE).</p>",
                    ),
                ),
            ],
        ),
        para(
            T(
                "<p>La primera autorización de residencia y trabajo dura un año. Solicita su "
                "renovación en los sesenta días anteriores a que venza; cada renovación "
                "siguiente se concede por dos años más.</p>",
                "<p>The first residence and work authorisation lasts one year. Apply for its "
                "renewal in the sixty days before it expires; each later renewal is granted for "
                "two more years.</p>",
            )
        ),
        notice(
            T(
                "<p>Los peruanos no necesitan visado para una estancia corta de turismo en "
                "España, pero esa estancia no permite trabajar. Sin el visado de trabajo "
                "quedarías en situación irregular.</p>",
                "<p>Peruvians do not need a visa for a short tourist stay in Spain, but such a "
                "stay does not allow you to work. Without the work visa you would be in an "
                "irregular situation.</p>",
            ),
            title=T("Turismo no es trabajo", "Tourism is not work"),
            kind="warning",
        ),
    ],
    before_travel=[
        para(
            T(
                "<p>Lleva tus títulos apostillados si piensas homologarlos en España, y pide en "
                "tu banco un comprobante de tus ahorros: puede servirte para alquilar una "
                "vivienda.</p>",
                "<p>Take your apostilled degrees if you plan to have them recognised in Spain, "
                "and ask your bank for a statement of your savings: it can help you rent a "
                "home.</p>",
            )
        ),
        PACKING_STEPS,
    ],
    first_steps=(
        T(
            "<p>Con tu empadronamiento y tu afiliación a la Seguridad Social puedes pedir la "
            "tarjeta sanitaria en el centro de salud de tu barrio. La atención de urgencias está "
            "garantizada para todos.</p>",
            "<p>With your municipal registration and Social Security number you can request a "
            "health card at your local health centre. Emergency care is guaranteed for "
            "everyone.</p>",
        ),
        T(
            "<p>La educación es obligatoria y gratuita de los 6 a los 16 años. Para ejercer "
            "algunas profesiones tendrás que homologar o declarar la equivalencia de tu título "
            "universitario.</p>",
            "<p>Education is compulsory and free from age 6 to 16. To practise some professions "
            "you will need to have your university degree recognised or declared "
            "equivalent.</p>",
        ),
        T(
            "<p>El Estatuto de los Trabajadores y los convenios colectivos fijan tu salario "
            "mínimo, tus vacaciones y tu jornada. Ante un abuso puedes acudir a la Inspección "
            "de Trabajo y Seguridad Social o a un sindicato. El convenio de seguridad social con "
            "el Perú protege tus aportes.</p>",
            "<p>The Workers' Statute and collective agreements set your minimum wage, holidays "
            "and working hours. In case of abuse you can go to the Labour and Social Security "
            "Inspectorate or to a trade union. The social security agreement with Peru protects "
            "your contributions.</p>",
        ),
        T(
            "<p>Empadrónate en el ayuntamiento de tu localidad, solicita tu Número de "
            "Identidad de Extranjero (NIE) y abre una cuenta bancaria para cobrar tu "
            "sueldo.</p>",
            "<p>Register with your local town hall, obtain your Foreigner's Identity Number "
            "(NIE) and open a bank account to receive your wages.</p>",
        ),
    ),
    consulates=[
        contact(
            T("Emergencias en España", "Emergencies in Spain"), phone=same("112"), emergency=True
        ),
        contact(
            T("Consulado General del Perú en Madrid", "Consulate General of Peru in Madrid"),
            url="https://www.consulado.pe",
        ),
        contact(
            T("Consulado General del Perú en Barcelona", "Consulate General of Peru in Barcelona"),
            url="https://www.consulado.pe",
        ),
    ],
    sources=[
        source(
            T(
                "Ministerio de Inclusión, Seguridad Social y Migraciones",
                "Ministry of Inclusion, Social Security and Migration",
            ),
            "https://www.inclusion.gob.es",
        ),
        source(
            T("Consulado General de España en Lima", "Consulate General of Spain in Lima"),
            "https://www.exteriores.gob.es/Consulados/lima",
        ),
        source(
            T("Seguridad Social de España", "Spanish Social Security"), "https://www.seg-social.es"
        ),
    ],
)

# -- Italia -----------------------------------------------------------------------------------

IT = guide(
    "IT",
    GuideAudience.EMIGRANTS,
    T("trabajar-en-italia", "working-in-italy"),
    T("Guía para trabajar en Italia", "Guide to working in Italy"),
    T(
        "Cuotas de ingreso, visado y permiso de estancia para trabajar en Italia.",
        "Entry quotas, visa and residence permit to work in Italy.",
    ),
    work_permit=[
        para(
            T(
                "<p>Italia fija cada año, mediante el llamado «decreto flussi», cuántos "
                "trabajadores de fuera de la Unión Europea pueden entrar a trabajar y en qué "
                "sectores. El empleador en Italia pide la autorización de trabajo (nulla osta) "
                "en la Ventanilla Única para la Inmigración de su provincia.</p>",
                "<p>Every year Italy sets, through the so-called “decreto flussi”, how many "
                "workers from outside the European Union may come to work and in which sectors. "
                "The employer in Italy applies for the work authorisation (nulla osta) at the "
                "One-Stop Immigration Office of their province.</p>",
            )
        ),
        steps(
            T("Pasos", "Steps"),
            [
                (
                    T("Autorización de trabajo", "Work authorisation"),
                    T(
                        "<p>El empleador presenta la solicitud dentro de las cuotas abiertas ese "
                        "año.</p>",
                        "<p>The employer applies within the quotas open that year.</p>",
                    ),
                ),
                (
                    T("Visado de trabajo", "Work visa"),
                    T(
                        "<p>Con la autorización, pides el visado en el Consulado de Italia en "
                        "Lima.</p>",
                        "<p>With the authorisation, you apply for the visa at the Italian "
                        "Consulate in Lima.</p>",
                    ),
                ),
                (
                    T("Contrato y permiso de estancia", "Contract and residence permit"),
                    T(
                        "<p>En los ocho días siguientes a tu llegada firmas el contrato de "
                        "estancia y pides el permiso de estancia (permesso di soggiorno).</p>",
                        "<p>Within eight days of arriving you sign the residence contract and "
                        "apply for the residence permit (permesso di soggiorno).</p>",
                    ),
                ),
            ],
        ),
        NO_TOURIST_WORK,
    ],
    before_travel=[
        para(
            T(
                "<p>Las cuotas se agotan rápido: confirma con tu empleador la fecha en que "
                "presentó la solicitud. Aprende algo de italiano antes de viajar; te ayudará "
                "mucho en los trámites.</p>",
                "<p>Quotas run out quickly: check with your employer when the application was "
                "submitted. Learn some Italian before you travel; it will help a lot with the "
                "formalities.</p>",
            )
        ),
        PACKING_STEPS,
    ],
    first_steps=(
        T(
            "<p>Inscríbete en el Servicio Sanitario Nacional para recibir la tarjeta sanitaria y "
            "elegir un médico de cabecera. Las urgencias se atienden siempre.</p>",
            "<p>Register with the National Health Service to receive your health card and "
            "choose a family doctor. Emergencies are always treated.</p>",
        ),
        T(
            "<p>La escuela es obligatoria y gratuita para todos los niños. Para que tu título "
            "sea reconocido debes pedir su equivalencia en Italia.</p>",
            "<p>School is compulsory and free for all children. For your degree to be recognised "
            "you must apply for its equivalence in Italy.</p>",
        ),
        T(
            "<p>Tu sueldo y tu jornada los fijan los convenios colectivos nacionales de cada "
            "sector. Los sindicatos y los patronatos te asesoran gratis, y la Inspección "
            "Nacional del Trabajo recibe denuncias.</p>",
            "<p>Your pay and hours are set by each sector's national collective agreements. "
            "Trade unions and welfare advice offices advise you free of charge, and the National "
            "Labour Inspectorate receives complaints.</p>",
        ),
        T(
            "<p>Solicita tu código fiscal, inscríbete en el registro de residentes de tu "
            "municipio y renueva tu permiso de estancia antes de que venza.</p>",
            "<p>Get your tax code, register as a resident with your municipality and renew your "
            "residence permit before it expires.</p>",
        ),
    ),
    consulates=[
        contact(
            T("Emergencias en Italia", "Emergencies in Italy"), phone=same("112"), emergency=True
        ),
        contact(
            T("Consulado General del Perú en Milán", "Consulate General of Peru in Milan"),
            url="https://www.consulado.pe",
        ),
        contact(
            T("Consulado General del Perú en Roma", "Consulate General of Peru in Rome"),
            url="https://www.consulado.pe",
        ),
    ],
    sources=[
        source(
            T("Portal de visados de Italia", "Italy's visa portal"),
            "https://vistoperitalia.esteri.it",
        ),
        source(
            T("Portal de integración de migrantes", "Migrant integration portal"),
            "https://www.integrazionemigranti.gov.it",
        ),
    ],
    reviewed_days_ago=420,
    review_in_days=-60,
)

# -- Chile ------------------------------------------------------------------------------------

CL = guide(
    "CL",
    GuideAudience.EMIGRANTS,
    T("trabajar-en-chile", "working-in-chile"),
    T("Guía para trabajar en Chile", "Guide to working in Chile"),
    T(
        "Residencia temporal para trabajar, registro y derechos laborales en Chile.",
        "Temporary residence to work, registration and labour rights in Chile.",
    ),
    work_permit=[
        para(
            T(
                "<p>Para trabajar en Chile necesitas un permiso de residencia temporal que lo "
                "autorice. Según la ley de migraciones vigente, debes solicitarlo desde el Perú, "
                "en línea, ante el Servicio Nacional de Migraciones, antes de viajar.</p>",
                "<p>To work in Chile you need a temporary residence permit that allows it. Under "
                "the current migration law, you must apply for it from Peru, online, to the "
                "National Migration Service before you travel.</p>",
            )
        ),
        para(
            T(
                "<p>Hay varias subcategorías de residencia temporal, entre ellas para "
                "trabajadores con oferta de empleo y para nacionales de los países del Acuerdo "
                "de Residencia del Mercosur, del que el Perú forma parte.</p>",
                "<p>There are several temporary residence subcategories, including for workers "
                "with a job offer and for nationals of the countries in the Mercosur Residence "
                "Agreement, to which Peru belongs.</p>",
            )
        ),
        steps(
            T("Pasos", "Steps"),
            [
                (
                    T("Solicitud en línea", "Online application"),
                    T(
                        "<p>Crea tu cuenta en el portal del Servicio Nacional de Migraciones y "
                        "adjunta tu pasaporte, antecedentes penales y contrato u oferta.</p>",
                        "<p>Create your account on the National Migration Service portal and "
                        "attach your passport, criminal record and contract or offer.</p>",
                    ),
                ),
                (
                    T("Visado consular", "Consular visa"),
                    T(
                        "<p>Si la solicitud es aprobada, recibirás las indicaciones para "
                        "completar el trámite y viajar.</p>",
                        "<p>If the application is approved, you will receive instructions to "
                        "complete the procedure and travel.</p>",
                    ),
                ),
                (
                    T("Cédula de identidad", "Identity card"),
                    T(
                        "<p>Al llegar, pide tu cédula de identidad para extranjeros en el "
                        "Registro Civil.</p>",
                        "<p>On arrival, apply for your foreigner's identity card at the Civil "
                        "Registry.</p>",
                    ),
                ),
            ],
        ),
        NO_TOURIST_WORK,
    ],
    before_travel=[
        para(
            T(
                "<p>Si viajas por tierra desde Tacna, lleva tu pasaporte y tu permiso aprobado, "
                "no solo tu DNI: el DNI sirve para el turismo, no para trabajar.</p>",
                "<p>If you travel overland from Tacna, take your passport and your approved "
                "permit, not just your DNI: the DNI is for tourism, not for work.</p>",
            )
        ),
        PACKING_STEPS,
    ],
    first_steps=(
        T(
            "<p>Con tu contrato te afilias a un sistema de salud: el público (Fonasa) o uno "
            "privado. La atención de urgencias y la salud de niños y embarazadas está "
            "garantizada.</p>",
            "<p>With your contract you join a health scheme: the public one (Fonasa) or a "
            "private one. Emergency care and care for children and pregnant women are "
            "guaranteed.</p>",
        ),
        T(
            "<p>Los niños pueden matricularse en la escuela pública, incluso mientras se "
            "tramita su residencia.</p>",
            "<p>Children can enrol in public school, even while their residence is being "
            "processed.</p>",
        ),
        T(
            "<p>Tu contrato debe ser escrito y tu empleador debe pagar tus cotizaciones de "
            "pensión y salud. La Dirección del Trabajo recibe reclamos y orienta gratis. El "
            "convenio de seguridad social con el Perú protege tus aportes.</p>",
            "<p>Your contract must be in writing and your employer must pay your pension and "
            "health contributions. The Labour Directorate handles complaints and advises free "
            "of charge. The social security agreement with Peru protects your "
            "contributions.</p>",
        ),
        T(
            "<p>Con tu cédula podrás abrir una cuenta bancaria, firmar un contrato de "
            "arriendo y registrarte en el consulado del Perú.</p>",
            "<p>With your identity card you can open a bank account, sign a lease and register "
            "with the Peruvian consulate.</p>",
        ),
    ),
    consulates=[
        contact(
            T("Ambulancias y Carabineros en Chile", "Ambulance and police in Chile"),
            phone=same("131 / 133"),
            emergency=True,
        ),
        contact(
            T("Consulado General del Perú en Santiago", "Consulate General of Peru in Santiago"),
            url="https://www.consulado.pe",
        ),
        contact(
            T("Consulado General del Perú en Arica", "Consulate General of Peru in Arica"),
            url="https://www.consulado.pe",
        ),
    ],
    sources=[
        source(
            T("Servicio Nacional de Migraciones de Chile", "Chile's National Migration Service"),
            "https://serviciomigraciones.cl",
        ),
        source(
            T("Dirección del Trabajo de Chile", "Chile's Labour Directorate"),
            "https://www.dt.gob.cl",
        ),
    ],
)

# -- Argentina --------------------------------------------------------------------------------

AR = guide(
    "AR",
    GuideAudience.EMIGRANTS,
    T("trabajar-en-argentina", "working-in-argentina"),
    T("Guía para trabajar en Argentina", "Guide to working in Argentina"),
    T(
        "Residencia por nacionalidad Mercosur, DNI y derechos laborales en Argentina.",
        "Mercosur nationality residence, ID card and labour rights in Argentina.",
    ),
    work_permit=[
        para(
            T(
                "<p>Como ciudadano peruano puedes pedir en Argentina una residencia temporaria "
                "por nacionalidad, gracias al Acuerdo de Residencia del Mercosur. Esa residencia "
                "te permite trabajar legalmente, por cuenta propia o para un empleador.</p>",
                "<p>As a Peruvian citizen you can apply in Argentina for temporary residence on "
                "the basis of nationality, thanks to the Mercosur Residence Agreement. That "
                "residence allows you to work legally, self-employed or for an employer.</p>",
            )
        ),
        steps(
            T("Pasos", "Steps"),
            [
                (
                    T("Documentos", "Documents"),
                    T(
                        "<p>Reúne tu pasaporte o DNI, partida de nacimiento apostillada y "
                        "certificados de antecedentes penales del Perú y de Argentina.</p>",
                        "<p>Gather your passport or DNI, apostilled birth certificate and "
                        "criminal record certificates from Peru and Argentina.</p>",
                    ),
                ),
                (
                    T("Trámite en línea", "Online application"),
                    T(
                        "<p>Inicia la solicitud en el sistema en línea de la Dirección Nacional "
                        "de Migraciones y paga la tasa.</p>",
                        "<p>Start the application on the National Migration Directorate's online "
                        "system and pay the fee.</p>",
                    ),
                ),
                (
                    T("DNI argentino", "Argentine ID card"),
                    T(
                        "<p>Con la residencia otorgada recibirás tu DNI para extranjeros. Tras "
                        "dos años puedes pedir la residencia permanente.</p>",
                        "<p>Once residence is granted you will receive your foreigner's ID card. "
                        "After two years you can apply for permanent residence.</p>",
                    ),
                ),
            ],
        ),
    ],
    before_travel=[
        para(
            T(
                "<p>Pide tu certificado de antecedentes penales en el Perú y apostíllalo antes de "
                "viajar; en Argentina ya no podrás tramitarlo en persona.</p>",
                "<p>Request your criminal record certificate in Peru and have it apostilled "
                "before you travel; you will not be able to do it in person from Argentina.</p>",
            )
        ),
        PACKING_STEPS,
    ],
    first_steps=(
        T(
            "<p>Los hospitales y centros de salud públicos atienden a todas las personas, "
            "también a los extranjeros. Con un empleo registrado tendrás además una obra "
            "social.</p>",
            "<p>Public hospitals and health centres treat everyone, including foreign nationals. "
            "With registered employment you will also have a health insurance fund.</p>",
        ),
        T(
            "<p>La educación pública es gratuita en todos los niveles, incluida la "
            "universidad.</p>",
            "<p>Public education is free at every level, including university.</p>",
        ),
        T(
            "<p>Exige que tu empleo esté registrado: así tendrás aportes jubilatorios, obra "
            "social y protección ante un despido. El Ministerio de Trabajo recibe denuncias por "
            "trabajo no registrado.</p>",
            "<p>Insist that your job is registered: that way you will have pension "
            "contributions, health cover and protection against dismissal. The Ministry of "
            "Labour takes complaints about unregistered work.</p>",
        ),
        T(
            "<p>Tramita tu CUIL para trabajar, abre una cuenta sueldo y mantén actualizado tu "
            "domicilio ante Migraciones.</p>",
            "<p>Get your CUIL number to work, open a salary account and keep your address up to "
            "date with the Migration Directorate.</p>",
        ),
    ),
    consulates=[
        contact(
            T("Policía y emergencias en Argentina", "Police and emergencies in Argentina"),
            phone=same("911"),
            emergency=True,
        ),
        contact(
            T(
                "Consulado General del Perú en Buenos Aires",
                "Consulate General of Peru in Buenos Aires",
            ),
            url="https://www.consulado.pe",
        ),
    ],
    sources=[
        source(
            T(
                "Dirección Nacional de Migraciones de Argentina",
                "Argentina's National Migration Directorate",
            ),
            "https://www.argentina.gob.ar/interior/migraciones",
        ),
        source(
            T("Ministerio de Trabajo de Argentina", "Argentina's Ministry of Labour"),
            "https://www.argentina.gob.ar/trabajo",
        ),
    ],
)

# -- Andean workers coming to Peru ------------------------------------------------------------

PERU_FIRST_STEPS = (
    T(
        "<p>Con un empleo formal, tu empleador te afilia a EsSalud desde el primer día y tu "
        "familia también queda cubierta. Las emergencias se atienden en cualquier "
        "establecimiento de salud.</p>",
        "<p>With a formal job, your employer registers you with EsSalud from the first day and "
        "your family is covered too. Emergencies are treated at any health facility.</p>",
    ),
    T(
        "<p>Tus hijos pueden matricularse en un colegio público aunque todavía estés "
        "regularizando tu situación migratoria. Los certificados de estudios de los países "
        "andinos se reconocen por convenio.</p>",
        "<p>Your children can enrol in a public school even while you are still regularising "
        "your immigration status. School certificates from Andean countries are recognised "
        "under agreement.</p>",
    ),
    T(
        "<p>Tienes los mismos derechos que un trabajador peruano: remuneración mínima, "
        "jornada de ocho horas, vacaciones, gratificaciones y CTS. Si no se respetan, puedes "
        "denunciarlo ante SUNAFIL.</p>",
        "<p>You have the same rights as a Peruvian worker: minimum pay, an eight-hour day, "
        "holidays, bonuses and severance savings (CTS). If they are not respected, you can "
        "report it to SUNAFIL.</p>",
    ),
    T(
        "<p>Tramita tu carné de extranjería en Migraciones, abre una cuenta para cobrar tu "
        "sueldo y, si trabajas por tu cuenta, inscríbete en el RUC de la SUNAT.</p>",
        "<p>Apply for your foreigner's card at Migraciones, open an account to receive your "
        "wages and, if you are self-employed, register for a tax number (RUC) with "
        "SUNAT.</p>",
    ),
)

PERU_EMERGENCY = contact(
    T("Policía Nacional del Perú", "Peruvian National Police"), phone=same("105"), emergency=True
)

DECISION_545_STEPS = steps(
    T("Cómo trabajar en el Perú con la Decisión 545", "How to work in Peru under Decision 545"),
    [
        (
            T("Contrato escrito", "Written contract"),
            T(
                "<p>Firma tu contrato de trabajo con el empleador peruano.</p>",
                "<p>Sign your employment contract with the Peruvian employer.</p>",
            ),
        ),
        (
            T("Registro en el SIVITMA", "Registration in SIVITMA"),
            T(
                "<p>Tu empleador registra el contrato en el sistema virtual del Ministerio de "
                "Trabajo para migrantes andinos.</p>",
                "<p>Your employer registers the contract in the Ministry of Labour's online "
                "system for Andean migrants.</p>",
            ),
        ),
        (
            T("Calidad migratoria", "Immigration status"),
            T(
                "<p>Solicita en Migraciones la residencia que te corresponde como ciudadano "
                "andino.</p>",
                "<p>Apply to Migraciones for the residence you are entitled to as an Andean "
                "citizen.</p>",
            ),
        ),
    ],
)

PERU_SOURCES = [
    source(
        T("Superintendencia Nacional de Migraciones", "National Superintendency of Migration"),
        "https://www.gob.pe/migraciones",
    ),
    source(
        T(
            "Ministerio de Trabajo y Promoción del Empleo",
            "Ministry of Labour and Employment Promotion",
        ),
        "https://www.gob.pe/mtpe",
    ),
    source(T("Comunidad Andina", "Andean Community"), "https://www.comunidadandina.org"),
]


def andean_guide(code, slug, title, intro, document, consulate, **kwargs):
    return guide(
        code,
        GuideAudience.IMMIGRANTS,
        slug,
        title,
        intro,
        work_permit=[
            para(
                T(
                    "<p>Como ciudadano de un país de la Comunidad Andina, no necesitas que tu "
                    "contrato sea aprobado previamente ni estás sujeto a los límites de "
                    "contratación de extranjeros: la Decisión 545 te da igualdad de trato con los "
                    "trabajadores peruanos.</p>",
                    "<p>As a citizen of an Andean Community country, your contract does not need "
                    "prior approval and you are not subject to the limits on hiring foreign "
                    "nationals: Decision 545 gives you equal treatment with Peruvian "
                    "workers.</p>",
                )
            ),
            DECISION_545_STEPS,
        ],
        before_travel=[
            para(document),
            para(
                T(
                    "<p>Apostilla en tu país tus títulos y certificados de trabajo, y trae "
                    "también tu certificado de antecedentes penales.</p>",
                    "<p>Have your degrees and work certificates apostilled in your country, and "
                    "bring your criminal record certificate as well.</p>",
                )
            ),
        ],
        first_steps=PERU_FIRST_STEPS,
        consulates=[PERU_EMERGENCY, consulate],
        sources=PERU_SOURCES,
        **kwargs,
    )


BO = andean_guide(
    "BO",
    T("trabajadores-de-bolivia", "workers-from-bolivia"),
    T("Guía para trabajadores de Bolivia en el Perú", "Guide for workers from Bolivia in Peru"),
    T(
        "Lo que necesitas para trabajar en el Perú si eres ciudadano boliviano.",
        "What you need to work in Peru as a Bolivian citizen.",
    ),
    T(
        "<p>Puedes entrar al Perú con tu cédula de identidad boliviana vigente. Por Desaguadero "
        "o Kasani, el control migratorio registra tu ingreso; conserva el comprobante.</p>",
        "<p>You can enter Peru with your valid Bolivian identity card. At Desaguadero or Kasani, "
        "border control records your entry; keep the receipt.</p>",
    ),
    contact(T("Consulado General de Bolivia en Lima", "Consulate General of Bolivia in Lima")),
)

CO = andean_guide(
    "CO",
    T("trabajadores-de-colombia", "workers-from-colombia"),
    T("Guía para trabajadores de Colombia en el Perú", "Guide for workers from Colombia in Peru"),
    T(
        "Lo que necesitas para trabajar en el Perú si eres ciudadano colombiano.",
        "What you need to work in Peru as a Colombian citizen.",
    ),
    T(
        "<p>Puedes entrar al Perú con tu cédula de ciudadanía colombiana vigente. Si llegas por "
        "avión, guarda el registro de tu ingreso: lo necesitarás en Migraciones.</p>",
        "<p>You can enter Peru with your valid Colombian citizenship card. If you arrive by "
        "plane, keep the record of your entry: you will need it at Migraciones.</p>",
    ),
    contact(T("Consulado General de Colombia en Lima", "Consulate General of Colombia in Lima")),
    reviewed_days_ago=30,
    review_in_days=300,
)

EC = andean_guide(
    "EC",
    T("trabajadores-de-ecuador", "workers-from-ecuador"),
    T("Guía para trabajadores de Ecuador en el Perú", "Guide for workers from Ecuador in Peru"),
    T(
        "Lo que necesitas para trabajar en el Perú si eres ciudadano ecuatoriano.",
        "What you need to work in Peru as an Ecuadorian citizen.",
    ),
    T(
        "<p>Puedes entrar al Perú con tu cédula de identidad ecuatoriana vigente. En el paso de "
        "Tumbes, el control es binacional: haz la salida y la entrada en el mismo centro.</p>",
        "<p>You can enter Peru with your valid Ecuadorian identity card. At the Tumbes "
        "crossing, border control is binational: you exit and enter at the same centre.</p>",
    ),
    contact(T("Consulado General del Ecuador en Lima", "Consulate General of Ecuador in Lima")),
    reviewed_days_ago=60,
    review_in_days=200,
)

GUIDES = PageSpec(
    CountryGuideIndexPage,
    slug=T("guias-por-pais", "country-guides"),
    title=T("Guías por país", "Country guides"),
    intro=T(
        "Trámites, consejos y contactos para trabajar en los principales países de destino de "
        "los peruanos, y para los trabajadores andinos que vienen al Perú.",
        "Procedures, advice and contacts for working in the main destination countries for "
        "Peruvians, and for Andean workers coming to Peru.",
    ),
    children=[US, ES, IT, CL, AR, BO, CO, EC],
)
