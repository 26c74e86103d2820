"""Standard pages: privacy notice, accessibility statement, about Perú Infomigra (with contact)."""

from content.models import StandardPage

from .stream import contact, heading, para
from .text import T
from .tree import PageSpec

MAILBOX = "infomigra@trabajo.gob.pe"

PRIVACY = PageSpec(
    StandardPage,
    slug=T("aviso-de-privacidad", "privacy-notice"),
    title=T("Aviso de privacidad", "Privacy notice"),
    intro=T(
        "Cómo tratamos los datos personales que nos envías por el formulario de contacto.",
        "How we handle the personal data you send us through the contact form.",
    ),
    fields={
        "body": [
            para(
                T(
                    "<p>El Ministerio de Trabajo y Promoción del Empleo trata tus datos "
                    "personales conforme a la Ley N.° 29733, Ley de Protección de Datos "
                    "Personales, y su reglamento. Solo pedimos los datos necesarios para "
                    "responder a tu consulta.</p>",
                    "<p>The Ministry of Labour and Employment Promotion processes your personal "
                    "data in accordance with Law No. 29733, the Personal Data Protection Act, and "
                    "its regulations. We only ask for the data needed to answer your "
                    "question.</p>",
                )
            ),
            heading(T("Para qué usamos tus datos", "What we use your data for")),
            para(
                T(
                    "<ul><li>Responder a tu consulta y enviarte un número de referencia.</li><li>"
                    "Elaborar estadísticas anónimas para mejorar el servicio.</li></ul>",
                    "<ul><li>To answer your question and send you a reference number.</li><li>"
                    "To produce anonymous statistics to improve the service.</li></ul>",
                )
            ),
            heading(T("Tus derechos", "Your rights")),
            para(
                T(
                    "<p>Puedes pedir en cualquier momento el acceso, la rectificación o la "
                    "cancelación de tus datos escribiendo al buzón de Perú Infomigra. No "
                    "compartimos tus datos con terceros ni los usamos con fines "
                    "comerciales.</p>",
                    "<p>You can ask at any time to access, correct or delete your data by "
                    "writing to the Peru Infomigra mailbox. We do not share your data with third "
                    "parties or use it for commercial purposes.</p>",
                )
            ),
            para(
                T(
                    "<p>Este portal no usa cookies de seguimiento ni publicidad.</p>",
                    "<p>This portal does not use tracking or advertising cookies.</p>",
                )
            ),
        ]
    },
)

ACCESSIBILITY = PageSpec(
    StandardPage,
    slug=T("accesibilidad", "accessibility"),
    title=T("Accesibilidad", "Accessibility"),
    intro=T(
        "Nuestro compromiso para que todas las personas puedan usar Perú Infomigra.",
        "Our commitment to making Peru Infomigra usable by everyone.",
    ),
    fields={
        "body": [
            para(
                T(
                    "<p>Perú Infomigra se diseña para cumplir el nivel AA de las Pautas de "
                    "Accesibilidad para el Contenido Web (WCAG) 2.2. Las páginas funcionan sin "
                    "JavaScript, se pueden recorrer con el teclado y se leen bien con lectores "
                    "de pantalla.</p>",
                    "<p>Peru Infomigra is designed to meet level AA of the Web Content "
                    "Accessibility Guidelines (WCAG) 2.2. Pages work without JavaScript, can be "
                    "navigated with the keyboard and read well with screen readers.</p>",
                )
            ),
            para(
                T(
                    "<p>Pensamos en quienes se conectan desde un celular con poca señal: las "
                    "páginas son ligeras y los textos están escritos en lenguaje sencillo, en "
                    "castellano, inglés, quechua y aimara.</p>",
                    "<p>We have people connecting from a phone with a weak signal in mind: pages "
                    "are light and texts are written in plain language, in Spanish, English, "
                    "Quechua and Aymara.</p>",
                )
            ),
            heading(T("¿Encontraste una barrera?", "Did you find a barrier?")),
            para(
                T(
                    "<p>Si algo no funciona bien con tu forma de navegar, escríbenos e indica la "
                    "página y el problema. Te responderemos y corregiremos el error lo antes "
                    "posible.</p>",
                    "<p>If something does not work well with the way you browse, write to us and "
                    "tell us the page and the problem. We will reply and fix the error as soon "
                    "as possible.</p>",
                )
            ),
        ]
    },
)

ABOUT = PageSpec(
    StandardPage,
    slug=T("acerca-de-peru-infomigra", "about-peru-infomigra"),
    title=T("Acerca de Perú Infomigra", "About Peru Infomigra"),
    intro=T(
        "Quiénes somos, a quién servimos y cómo puedes contactarnos.",
        "Who we are, who we serve and how you can contact us.",
    ),
    fields={
        "body": [
            para(
                T(
                    "<p>Perú Infomigra es el servicio de información y orientación sobre "
                    "migración laboral del Ministerio de Trabajo y Promoción del Empleo. Nació "
                    "de una alianza con la Organización Internacional para las Migraciones y "
                    "está a cargo de la Dirección de Migración Laboral.</p>",
                    "<p>Peru Infomigra is the Ministry of Labour and Employment Promotion's "
                    "information and guidance service on labour migration. It grew out of a "
                    "partnership with the International Organization for Migration and is run "
                    "by the Labour Migration Directorate.</p>",
                )
            ),
            para(
                T(
                    "<p>Atendemos a quienes piensan trabajar en el extranjero, a los peruanos "
                    "que viven fuera y a sus familias, a quienes regresan y a los trabajadores "
                    "andinos y extranjeros que trabajan o quieren trabajar en el Perú.</p>",
                    "<p>We serve people planning to work abroad, Peruvians living abroad and "
                    "their families, returnees, and Andean and foreign workers who work or want "
                    "to work in Peru.</p>",
                )
            ),
            heading(T("Cómo te atendemos", "How we serve you")),
            para(
                T(
                    "<ul><li>Por este portal, con guías y trámites explicados paso a paso.</li>"
                    "<li>En módulos presenciales en Lima y en las regiones.</li><li>Por correo "
                    "electrónico, con respuesta según tu línea de consulta.</li></ul>",
                    "<ul><li>Through this portal, with guides and procedures explained step by "
                    "step.</li><li>At in-person service points in Lima and the regions.</li>"
                    "<li>By email, with a reply according to your line of enquiry.</li></ul>",
                )
            ),
            heading(T("Contáctenos", "Contact us")),
            contact(
                T("Buzón de Perú Infomigra", "Peru Infomigra mailbox"),
                email=MAILBOX,
                address=T(
                    "Dirección de Migración Laboral, Ministerio de Trabajo y Promoción del "
                    "Empleo, Lima",
                    "Labour Migration Directorate, Ministry of Labour and Employment Promotion, "
                    "Lima",
                ),
                url="https://www.gob.pe/mtpe",
            ),
        ]
    },
)

STANDARD_PAGES = [PRIVACY, ACCESSIBILITY, ABOUT]
