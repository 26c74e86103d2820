"""Contáctenos (directive 5.4.5 h and 5.6): the contact page, in all four languages."""

from content.models import ContactPage

from .stream import Ref, para
from .text import T
from .tree import PageSpec

CONTACT = PageSpec(
    ContactPage,
    slug=T("contactenos", "contact-us", qu="rimanakusun", ay="aruskipanani"),
    title=T("Contáctenos", "Contact us", qu="Rimanakusun", ay="Aruskipañani"),
    intro=T(
        "Escríbenos tu consulta o sugerencia: te responderemos por correo electrónico según tu "
        "línea de acción.",
        "Send us your question or suggestion: we will reply by email according to your line of "
        "action.",
        qu="Tapukuyniykita utaq yuyaychayniykita qillqamuwayku: correo electrónicowan "
        "kutichisqayki, ñanniykiman hina.",
        ay="Jiskt'awima jan ukax amuyuma qillqt'anipxita: correo electrónico tuqi jaysapxäma, "
        "thakhimarjama.",
    ),
    fields={
        "body": [
            para(
                T(
                    "<p>El buzón de Perú Infomigra atiende las consultas de quienes piensan "
                    "trabajar en el extranjero, de los peruanos que viven fuera, de quienes "
                    "regresan y de los trabajadores andinos y extranjeros en el Perú. Elige la "
                    "línea de acción de tu consulta para que la responda el equipo indicado.</p>",
                    "<p>The Peru Infomigra mailbox answers questions from people planning to work "
                    "abroad, Peruvians living abroad, returnees, and Andean and foreign workers in "
                    "Peru. Choose the line of action of your question so that the right team "
                    "answers it.</p>",
                    qu="<p>Perú Infomigrapa buzónninqa kutichinmi hawa llaqtapi llamkayta "
                    "yuyaykuqkunapa, hawapi tiyaq peruanokunapa, kutimuqkunapa, Perúpi llamkaq "
                    "andino runakunapa, hawa llaqta runakunapa tapukuyninkunata. Tapukuyniykipa "
                    "ñanninta akllay, allin equipo kutichinanpaq.</p>",
                    ay="<p>Perú Infomigra buzón ukax yaqha markan irnaqañ amtirinakana, anqäxan "
                    "jakasir peruanonakana, kutt'anirinakana, Perú markan irnaqir andino ukat "
                    "yaqha markat jutir jaqinakan jiskt'awinakap jaysi. Jiskt'awiman thakhip "
                    "ajlli, wakisir equipox jaysañapataki.</p>",
                )
            ),
            para(
                T(
                    "<p>No compartas contraseñas ni números de cuenta. Si estás en peligro, "
                    "llama a la Línea 1818 o acude al consulado del Perú más cercano.</p>",
                    "<p>Do not share passwords or account numbers. If you are in danger, call "
                    "the 1818 Line or go to the nearest Peruvian consulate.</p>",
                    qu="<p>Ama contraseñakunata nitaq cuenta numerokunata qunkichu. Peligropi "
                    "kaspaqa, 1818 Líneaman waqyay utaq aswan qayllapi Perú consuladoman riy.</p>",
                    ay="<p>Janiw contraseñanaka, cuenta numeronak churamti. Jan walt'äwin "
                    "uñjasirista ukhaxa, 1818 Línea ukar jawsma jan ukax jak'a Perú consulado "
                    "ukar saram.</p>",
                )
            ),
        ],
        "thank_you_text": T(
            "<p>Respondemos en un plazo máximo de diez días hábiles. Mientras tanto, puedes "
            "revisar las guías por país y las respuestas a las preguntas más frecuentes en cada "
            "línea de acción.</p>",
            "<p>We reply within ten working days at the latest. In the meantime, you can read "
            "the country guides and the answers in each line of action.</p>",
            qu="<p>Chunka llamkana p'unchaw ukhupi kutichiyku. Chaykamaqa, sapa suyupa "
            "guíankunata, sapa ñanpa kutichiyninkunatapas ñawinchayta atinki.</p>",
            ay="<p>Tunka irnaqañ uru manqhanw jaysapxta. Ukakamaxa, sapa markan guíanakapa, sapa "
            "thakhin jaysawinakap ullart'asmawa.</p>",
        ),
        "privacy_page": Ref("aviso-de-privacidad"),
    },
)
