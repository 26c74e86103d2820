"""The Spanish home page: intro, body, complementary panel (directive 5.4.5), trafficking notice.

Translated into English, Quechua and Aymara.
"""

from content.models import HomePage

from .stream import Ref, panel_item, para
from .text import T, same
from .tree import PageSpec

TITLE = T("Perú Infomigra", "Peru Infomigra", qu="Perú Infomigra", ay="Perú Infomigra")

PANEL = [
    panel_item(
        same("SIVITMA"), page=Ref("trabajar-en-el-peru/tramites-comunidad-andina-decision-545")
    ),
    panel_item(
        T(
            "Plataforma para el Retorno Productivo",
            "Productive Return Platform",
            qu="Kutimuspa llamkanapaq plataforma",
            ay="Kutt'asin irnaqañataki plataforma",
        ),
        page=Ref("vas-a-retornar-al-peru/plataforma-para-el-retorno-productivo"),
    ),
    panel_item(
        T("Eventos", "Events", qu="Huñunakuykuna", ay="Tantachawinaka"), page=Ref("eventos")
    ),
    panel_item(T("Noticias", "News", qu="Willakuykuna", ay="Yatiyawinaka"), page=Ref("noticias")),
    panel_item(
        T("Legislación", "Legislation", qu="Kamachikuykuna", ay="Kamachinaka"),
        page=Ref("legislacion"),
    ),
    panel_item(
        T("Estudios", "Studies", qu="T'aqwiykuna", ay="Yatxatawinaka"), page=Ref("estudios")
    ),
    panel_item(
        T(
            "Enlaces de interés",
            "Links of interest",
            qu="Allin t'inkikuna",
            ay="Wakiskir t'inkinaka",
        ),
        page=Ref("enlaces-de-interes"),
    ),
    panel_item(
        T("Contáctenos", "Contact us", qu="Rimanakusun", ay="Aruskipañani"),
        page=Ref("contactenos"),
    ),
    panel_item(
        T(
            "Concursos y videos",
            "Contests and videos",
            qu="Atipanakuykuna, videokuna",
            ay="Atipt'asiwinaka, videonaka",
        ),
        page=Ref("concursos-y-videos"),
    ),
]

HOME = PageSpec(
    HomePage,
    slug=T("inicio", "home", qu="qallariy", ay="qalltawi"),
    title=TITLE,
    intro=T(
        "Información y orientación gratuita para trabajar en el extranjero, volver al Perú o "
        "trabajar en el Perú de forma segura y regular.",
        "Free information and guidance to work abroad, return to Peru or work in Peru safely "
        "and legally.",
        qu="Mana qullqiyuq willakuykuna, hawa llaqtapi llamkanaykipaq, Perúman kutimunaykipaq "
        "utaq Perú suyupi allinta llamkanaykipaq.",
        ay="Inaki yatiyawinaka, yaqha markana irnaqañataki, Perú markaru kutt'añataki jan ukax "
        "Perú markana suma irnaqañataki.",
    ),
    fields={
        "body": [
            para(
                T(
                    "<p>Perú Infomigra es el servicio de información y orientación del Ministerio "
                    "de Trabajo y Promoción del Empleo para las personas que migran por trabajo. "
                    "Elige la situación que más se parece a la tuya: encontrarás los pasos, los "
                    "trámites y las instituciones que te pueden ayudar.</p>",
                    "<p>Peru Infomigra is the information and guidance service of the Ministry of "
                    "Labour and Employment Promotion for people who migrate for work. Choose the "
                    "situation closest to yours: you will find the steps, the procedures and the "
                    "organisations that can help you.</p>",
                    qu="<p>Perú Infomigra nisqaqa Llamkay Ministeriopa willakuy yanapakuyninmi, "
                    "llamkaypaq hawa llaqtaman riqkunapaq. Qampa kawsayniykiman aswan "
                    "rikch'akuqta akllay: chaypim tarinki ruranakunata, trámitekunata, yanapakuq "
                    "institucionkunatapas.</p>",
                    ay="<p>Perú Infomigra ukax Irnaqäwi Ministeriona yatiyäwi, iwxt'äwi "
                    "yanapt'äwipawa, irnaqañatak yaqha markanakar sarir jaqinakataki. Jumar "
                    "uñtasit sarnaqäwi ajlli: ukanx thakhinaka, trámites ukat yanapt'ir "
                    "institucionanak jikxatäta.</p>",
                )
            ),
            para(
                T(
                    "<p>Toda la información es gratuita. Si tu duda no está resuelta aquí, "
                    "escríbenos: te responderemos según tu línea de consulta.</p>",
                    "<p>All the information is free. If your question is not answered here, "
                    "write to us: we will reply according to your line of enquiry.</p>",
                    qu="<p>Tukuy willakuykunaqa mana qullqiyuqmi. Tapukuyniykipa kutichiynin mana "
                    "kaypi kaptinqa, qillqamuwayku: kutichisqaykim.</p>",
                    ay="<p>Taqi yatiyawinakax inakiwa. Jiskt'awimax akan jan jaysatäkchi ukhaxa, "
                    "qillqt'anipxita: jaysapxämawa.</p>",
                )
            ),
        ],
        "panel": PANEL,
        "trafficking_notice": T(
            "<p><b>¡Cuidado con las ofertas de trabajo engañosas!</b> Desconfía de quien te "
            "promete un empleo en el extranjero con un sueldo muy alto, te pide dinero por "
            "adelantado o quiere quedarse con tu pasaporte. Puede tratarse de trata de "
            "personas.</p><p>Si sospechas de una oferta o conoces a alguien en peligro, llama "
            "gratis a la <b>Línea 1818</b> (opción 1) del Ministerio del Interior, las 24 horas, "
            "o acude a la comisaría más cercana.</p>",
            "<p><b>Beware of misleading job offers!</b> Be wary of anyone who promises you a job "
            "abroad with a very high salary, asks you for money up front or wants to keep your "
            "passport. It may be human trafficking.</p><p>If you suspect an offer or know "
            "someone in danger, call the Ministry of the Interior's free <b>1818 Line</b> "
            "(option 1), 24 hours a day, or go to the nearest police station.</p>",
            qu="<p><b>¡Yanqa llamkay willakuykunawan cuidakuy!</b> Ama iñiychu hawa llaqtapi "
            "ancha qullqiyuq llamkayta prometesuqniykita, ñawpaqmanta qullqita "
            "mañakusuqniykita utaq pasaporteykita hap'ikuyta munaqta. Runa qhatuymi "
            "kanman.</p><p>Huk llamkay willakuy mana allinchu kaptin utaq pipas peligropi "
            "kaptin, mana qullqiyuq <b>1818 Línea</b>man waqyay (opción 1), 24 horas, utaq aswan "
            "qayllapi comisaríaman riy.</p>",
            ay="<p><b>¡K'ari irnaqäwi yatiyawinakat amuyasim!</b> Jan iyaw satati khititix "
            "yaqha markan wali qullqini irnaqäwi arsuski, nayraqat qullqi mayiski jan ukax "
            "pasaportem katuqañ munaski ukanakarux. Jaqi alakipaña (trata de personas) "
            "ukhamarakispawa.</p><p>Mä irnaqäwi yatiyawix jan walïkchi, jan ukax khitis jan "
            "walt'äwin uñjasiski ukhaxa, <b>1818 Línea</b> ukar inakiw jawsäta (opción 1), 24 "
            "horas, jan ukax jak'a comisaría ukar sarätaw.</p>",
        ),
    },
)
