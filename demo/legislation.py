"""Legislation: the legal bases cited by the seeds (directive, SENEP documents) and related norms.

Each norm gets a generated one-page PDF (collection "Legislación"). Amendments point at the
amending norm, which is created in the same run; `tree.TreeBuilder` defers them until it exists.
"""

from datetime import date, timedelta

from django.utils.html import strip_tags

from content.models import LegislationAmendment, LegislationIndexPage, LegislationPage
from content.pages.legislation import NormStatus, NormType, Scope

from . import files
from .stream import Ref
from .text import T, same
from .tree import PageSpec, Related

CONGRESO = "https://www.leyes.congreso.gob.pe"
MTPE_NORMS = "https://www.gob.pe/institucion/mtpe/normas-legales"
CAN_DECISIONS = "https://www.comunidadandina.org/normativa-andina/decisiones/"


def _pdf(title, intro, summary, url):
    def make():
        paragraphs = [intro.es, *_paragraphs(summary.es)]
        paragraphs.append(
            "Documento de demostración generado por Perú Infomigra. El texto oficial de la norma "
            f"está disponible en: {url}"
        )
        slug = title.es.split(",")[0]
        return files.document(title.es, f"{_filename(slug)}.pdf", paragraphs, "Legislación")

    return make


def _paragraphs(html):
    return [strip_tags(part) for part in html.split("</p>") if strip_tags(part).strip()]


def _filename(text):
    from django.utils.text import slugify

    return slugify(text)[:60]


def norm(
    slug,
    number,
    norm_type,
    issued,
    scope,
    title,
    intro,
    summary,
    url,
    status=NormStatus.IN_FORCE,
    amended_by=(),
    reviewed_days_ago=90,
    review_in_days=270,
):
    today = date.today()
    fields = {
        "number": same(number),
        "norm_type": norm_type,
        "date_issued": issued,
        "scope": scope,
        "status": status,
        "summary": summary,
        "official_url": url,
        "document": _pdf(title, intro, summary, url),
        "last_reviewed": today - timedelta(days=reviewed_days_ago),
        "next_review_due": today + timedelta(days=review_in_days),
    }
    if amended_by:
        fields["amendments"] = Related(
            LegislationAmendment,
            "amending_norm",
            tuple(Ref(f"legislacion/{ref}") for ref in amended_by),
        )
    return PageSpec(LegislationPage, slug=slug, title=title, intro=intro, fields=fields)


NORMS = [
    norm(
        T(
            "resolucion-viceministerial-002-2011-mtpe-3",
            "vice-ministerial-resolution-002-2011-mtpe-3",
        ),
        "002-2011-MTPE/3",
        NormType.RESOLUTION,
        date(2011, 3, 3),
        Scope.NATIONAL,
        T(
            "Resolución Viceministerial N.° 002-2011-MTPE/3, Directiva del servicio Perú Infomigra",
            "Vice-Ministerial Resolution No. 002-2011-MTPE/3, Directive on the Peru Infomigra "
            "service",
        ),
        T(
            "Aprueba la directiva que regula el servicio de información y orientación Perú "
            "Infomigra.",
            "Approves the directive governing the Peru Infomigra information and guidance service.",
        ),
        T(
            "<p>Esta resolución aprueba la Directiva General N.° 001-2011-MTPE/3/17. La "
            "directiva fija cómo se presta el servicio Perú Infomigra en todo el país: por el "
            "portal web, en módulos presenciales y por correo electrónico.</p><p>También define "
            "a quién va dirigido el servicio, las cuatro líneas de acción del portal y quién se "
            "encarga de mantener la información al día.</p>",
            "<p>This resolution approves General Directive No. 001-2011-MTPE/3/17. The directive "
            "sets out how the Peru Infomigra service is provided throughout the country: through "
            "the website, at in-person service points and by email.</p><p>It also defines who "
            "the service is for, the portal's four lines of action and who is responsible for "
            "keeping the information up to date.</p>",
        ),
        MTPE_NORMS,
    ),
    norm(
        T("ley-29381", "law-29381"),
        "29381",
        NormType.LAW,
        date(2009, 6, 16),
        Scope.NATIONAL,
        T(
            "Ley N.° 29381, Ley de Organización y Funciones del Ministerio de Trabajo y "
            "Promoción del Empleo",
            "Law No. 29381, Organisation and Functions of the Ministry of Labour and Employment "
            "Promotion Act",
        ),
        T(
            "Define las competencias del Ministerio de Trabajo, entre ellas la migración laboral.",
            "Defines the powers of the Ministry of Labour, including labour migration.",
        ),
        T(
            "<p>La ley establece qué hace el Ministerio de Trabajo y Promoción del Empleo y "
            "cómo se organiza. Le asigna competencias exclusivas en materia de migración "
            "laboral.</p><p>Es la base legal del servicio Perú Infomigra: por ella el Ministerio "
            "informa y orienta a quienes migran por trabajo.</p>",
            "<p>The law sets out what the Ministry of Labour and Employment Promotion does and "
            "how it is organised. It gives the ministry exclusive powers over labour "
            "migration.</p><p>It is the legal basis of the Peru Infomigra service: under it the "
            "ministry informs and advises people who migrate for work.</p>",
        ),
        CONGRESO,
    ),
    norm(
        T("decreto-supremo-004-2010-tr", "supreme-decree-004-2010-tr"),
        "004-2010-TR",
        NormType.SUPREME_DECREE,
        date(2010, 4, 1),
        Scope.NATIONAL,
        T(
            "Decreto Supremo N.° 004-2010-TR, Reglamento de Organización y Funciones del "
            "Ministerio de Trabajo (2010)",
            "Supreme Decree No. 004-2010-TR, Rules on the Organisation and Functions of the "
            "Ministry of Labour (2010)",
        ),
        T(
            "Creó la Dirección de Migración Laboral y le asignó sus funciones.",
            "Created the Labour Migration Directorate and set out its functions.",
        ),
        T(
            "<p>Este reglamento creó la Dirección de Migración Laboral dentro de la Dirección "
            "General de Promoción del Empleo y le encargó diseñar mecanismos de orientación "
            "para una migración laboral regular y acompañar a los retornados.</p><p>Fue "
            "reemplazado por un nuevo reglamento de organización y funciones en 2014.</p>",
            "<p>These rules created the Labour Migration Directorate within the Directorate "
            "General for Employment Promotion and tasked it with designing guidance mechanisms "
            "for regular labour migration and supporting returnees.</p><p>They were replaced by "
            "new rules on organisation and functions in 2014.</p>",
        ),
        MTPE_NORMS,
        status=NormStatus.REPEALED,
        amended_by=("decreto-supremo-004-2014-tr",),
    ),
    norm(
        T("decreto-supremo-004-2014-tr", "supreme-decree-004-2014-tr"),
        "004-2014-TR",
        NormType.SUPREME_DECREE,
        date(2014, 4, 3),
        Scope.NATIONAL,
        T(
            "Decreto Supremo N.° 004-2014-TR, Reglamento de Organización y Funciones del "
            "Ministerio de Trabajo (2014)",
            "Supreme Decree No. 004-2014-TR, Rules on the Organisation and Functions of the "
            "Ministry of Labour (2014)",
        ),
        T(
            "Reglamento que reorganizó el Ministerio de Trabajo y sus direcciones.",
            "Rules that reorganised the Ministry of Labour and its directorates.",
        ),
        T(
            "<p>Aprueba un nuevo reglamento de organización y funciones del Ministerio de "
            "Trabajo, que mantiene las funciones de orientación en migración laboral.</p><p>"
            "Consulta el portal oficial para verificar si existen modificaciones "
            "posteriores.</p>",
            "<p>Approves new rules on the organisation and functions of the Ministry of Labour, "
            "which keep its labour migration guidance functions.</p><p>Check the official "
            "portal for any later amendments.</p>",
        ),
        MTPE_NORMS,
        reviewed_days_ago=400,
        review_in_days=-35,
    ),
    norm(
        T("decision-545", "decision-545"),
        "545",
        NormType.CAN_DECISION,
        date(2003, 6, 25),
        Scope.INTERNATIONAL,
        T(
            "Decisión 545 de la Comunidad Andina, Instrumento Andino de Migración Laboral",
            "Andean Community Decision 545, Andean Labour Migration Instrument",
        ),
        T(
            "Permite a los ciudadanos andinos trabajar en otro país miembro con igualdad de trato.",
            "Allows Andean citizens to work in another member country with equal treatment.",
        ),
        T(
            "<p>La Decisión 545 regula la libre circulación y permanencia de los trabajadores "
            "de Bolivia, Colombia, Ecuador y el Perú dentro de la Comunidad Andina. Reconoce el "
            "principio de igualdad de trato y de oportunidades con los trabajadores "
            "nacionales.</p><p>En el Perú, los contratos de los trabajadores migrantes andinos "
            "se registran en el SIVITMA del Ministerio de Trabajo.</p>",
            "<p>Decision 545 governs the free movement and stay of workers from Bolivia, "
            "Colombia, Ecuador and Peru within the Andean Community. It recognises the principle "
            "of equal treatment and opportunities with national workers.</p><p>In Peru, the "
            "contracts of Andean migrant workers are registered in the Ministry of Labour's "
            "SIVITMA.</p>",
        ),
        CAN_DECISIONS,
    ),
    norm(
        T("decision-546", "decision-546"),
        "546",
        NormType.CAN_DECISION,
        date(2003, 6, 25),
        Scope.INTERNATIONAL,
        T(
            "Decisión 546 de la Comunidad Andina, primer Instrumento Andino de Seguridad Social",
            "Andean Community Decision 546, first Andean Social Security Instrument",
        ),
        T(
            "Primera versión del instrumento andino de seguridad social, sustituida en 2004.",
            "First version of the Andean social security instrument, replaced in 2004.",
        ),
        T(
            "<p>Estableció por primera vez reglas comunes de seguridad social para los "
            "trabajadores migrantes andinos.</p><p>Fue sustituida por la Decisión 583, que es "
            "la norma vigente.</p>",
            "<p>It set common social security rules for Andean migrant workers for the first "
            "time.</p><p>It was replaced by Decision 583, which is the rule in force.</p>",
        ),
        CAN_DECISIONS,
        status=NormStatus.REPEALED,
        amended_by=("decision-583",),
    ),
    norm(
        T("decision-583", "decision-583"),
        "583",
        NormType.CAN_DECISION,
        date(2004, 5, 7),
        Scope.INTERNATIONAL,
        T(
            "Decisión 583 de la Comunidad Andina, Instrumento Andino de Seguridad Social",
            "Andean Community Decision 583, Andean Social Security Instrument",
        ),
        T(
            "Garantiza a los migrantes andinos la igualdad de trato en seguridad social.",
            "Guarantees Andean migrants equal treatment in social security.",
        ),
        T(
            "<p>Los trabajadores migrantes andinos y sus familias tienen los mismos derechos de "
            "seguridad social que los nacionales del país donde trabajan.</p><p>Permite sumar "
            "los periodos de aportes hechos en distintos países miembros para acceder a "
            "prestaciones como las pensiones.</p>",
            "<p>Andean migrant workers and their families have the same social security rights "
            "as nationals of the country where they work.</p><p>It allows contribution periods "
            "in different member countries to be added together to qualify for benefits such as "
            "pensions.</p>",
        ),
        CAN_DECISIONS,
    ),
    norm(
        T("decision-584", "decision-584"),
        "584",
        NormType.CAN_DECISION,
        date(2004, 5, 7),
        Scope.INTERNATIONAL,
        T(
            "Decisión 584 de la Comunidad Andina, Instrumento Andino de Seguridad y Salud en el "
            "Trabajo",
            "Andean Community Decision 584, Andean Occupational Safety and Health Instrument",
        ),
        T(
            "Normas comunes para prevenir accidentes y enfermedades en el trabajo.",
            "Common rules to prevent accidents and illness at work.",
        ),
        T(
            "<p>Fija obligaciones de los empleadores y derechos de los trabajadores en materia "
            "de seguridad y salud en el trabajo en los países andinos.</p><p>Se aplica por "
            "igual a los trabajadores migrantes.</p>",
            "<p>It sets employers' obligations and workers' rights on occupational safety and "
            "health in the Andean countries.</p><p>It applies equally to migrant workers.</p>",
        ),
        CAN_DECISIONS,
    ),
    norm(
        T("decision-878", "decision-878"),
        "878",
        NormType.CAN_DECISION,
        date(2021, 5, 12),
        Scope.INTERNATIONAL,
        T(
            "Decisión 878 de la Comunidad Andina, Estatuto Migratorio Andino",
            "Andean Community Decision 878, Andean Migration Statute",
        ),
        T(
            "Regula la residencia temporal y permanente de los ciudadanos andinos.",
            "Governs temporary and permanent residence for Andean citizens.",
        ),
        T(
            "<p>El Estatuto Migratorio Andino facilita que los ciudadanos de los países "
            "miembros obtengan una residencia temporal y, después, una residencia permanente en "
            "otro país de la Comunidad Andina.</p><p>Complementa la Decisión 545 sobre "
            "migración laboral.</p>",
            "<p>The Andean Migration Statute makes it easier for citizens of member countries "
            "to obtain temporary and then permanent residence in another Andean Community "
            "country.</p><p>It complements Decision 545 on labour migration.</p>",
        ),
        CAN_DECISIONS,
    ),
    norm(
        T("ley-28950", "law-28950"),
        "28950",
        NormType.LAW,
        date(2007, 1, 16),
        Scope.NATIONAL,
        T(
            "Ley N.° 28950, Ley contra la Trata de Personas y el Tráfico Ilícito de Migrantes",
            "Law No. 28950, Act against Trafficking in Persons and Smuggling of Migrants",
        ),
        T(
            "Sanciona la trata de personas y protege a las víctimas.",
            "Punishes human trafficking and protects victims.",
        ),
        T(
            "<p>Define los delitos de trata de personas y de tráfico ilícito de migrantes, y "
            "obliga al Estado a prevenirlos, a perseguir a los responsables y a proteger a las "
            "víctimas.</p><p>Fue modificada por la Ley N.° 30251, que precisó la definición del "
            "delito de trata.</p>",
            "<p>It defines the offences of human trafficking and migrant smuggling, and requires "
            "the State to prevent them, prosecute those responsible and protect "
            "victims.</p><p>It was amended by Law No. 30251, which clarified the definition of "
            "the trafficking offence.</p>",
        ),
        CONGRESO,
        status=NormStatus.AMENDED,
        amended_by=("ley-30251",),
    ),
    norm(
        T("ley-30251", "law-30251"),
        "30251",
        NormType.LAW,
        date(2014, 10, 21),
        Scope.NATIONAL,
        T(
            "Ley N.° 30251, que perfecciona la tipificación del delito de trata de personas",
            "Law No. 30251, improving the definition of the offence of human trafficking",
        ),
        T(
            "Precisa qué conductas constituyen trata de personas.",
            "Clarifies which acts amount to human trafficking.",
        ),
        T(
            "<p>Modifica el Código Penal para describir con más precisión el delito de trata de "
            "personas, incluida la captación con fines de explotación laboral.</p><p>Deja claro "
            "que el consentimiento de la víctima no excluye el delito cuando hay engaño o "
            "abuso.</p>",
            "<p>It amends the Criminal Code to describe the offence of human trafficking more "
            "precisely, including recruitment for labour exploitation.</p><p>It makes clear "
            "that the victim's consent does not rule out the offence where there is deception "
            "or abuse.</p>",
        ),
        CONGRESO,
    ),
    norm(
        T("decreto-supremo-007-2008-in", "supreme-decree-007-2008-in"),
        "007-2008-IN",
        NormType.SUPREME_DECREE,
        date(2008, 11, 30),
        Scope.NATIONAL,
        T(
            "Decreto Supremo N.° 007-2008-IN, Reglamento de la Ley contra la Trata de Personas "
            "(2008)",
            "Supreme Decree No. 007-2008-IN, Regulations of the Anti-Trafficking Act (2008)",
        ),
        T(
            "Primer reglamento de la Ley N.° 28950, hoy reemplazado.",
            "First regulations under Law No. 28950, since replaced.",
        ),
        T(
            "<p>Desarrolló las obligaciones de prevención de la trata de personas, entre ellas "
            "la orientación a quienes buscan empleo sobre los riesgos de las ofertas "
            "engañosas.</p><p>Fue derogado por el Decreto Supremo N.° 001-2016-IN.</p>",
            "<p>It set out the duties to prevent human trafficking, including advising job "
            "seekers about the risks of misleading offers.</p><p>It was repealed by Supreme "
            "Decree No. 001-2016-IN.</p>",
        ),
        "https://www.gob.pe/institucion/mininter/normas-legales",
        status=NormStatus.REPEALED,
        amended_by=("decreto-supremo-001-2016-in",),
    ),
    norm(
        T("decreto-supremo-001-2016-in", "supreme-decree-001-2016-in"),
        "001-2016-IN",
        NormType.SUPREME_DECREE,
        date(2016, 2, 9),
        Scope.NATIONAL,
        T(
            "Decreto Supremo N.° 001-2016-IN, Reglamento de la Ley contra la Trata de Personas "
            "(2016)",
            "Supreme Decree No. 001-2016-IN, Regulations of the Anti-Trafficking Act (2016)",
        ),
        T(
            "Reglamento vigente de la Ley N.° 28950.",
            "Current regulations under Law No. 28950.",
        ),
        T(
            "<p>Reglamenta la ley contra la trata de personas y define qué debe hacer cada "
            "sector del Estado para prevenirla y atender a las víctimas.</p><p>Al Ministerio de "
            "Trabajo le corresponde, entre otras tareas, orientar a los trabajadores sobre "
            "ofertas de empleo seguras.</p>",
            "<p>It implements the anti-trafficking law and defines what each part of the State "
            "must do to prevent trafficking and assist victims.</p><p>The Ministry of Labour's "
            "tasks include advising workers about safe job offers.</p>",
        ),
        "https://www.gob.pe/institucion/mininter/normas-legales",
    ),
    norm(
        T("ley-28182", "law-28182"),
        "28182",
        NormType.LAW,
        date(2004, 2, 24),
        Scope.NATIONAL,
        T(
            "Ley N.° 28182, Ley de Incentivos Migratorios",
            "Law No. 28182, Migration Incentives Act",
        ),
        T(
            "Primera ley de beneficios tributarios para los peruanos que retornaban.",
            "The first law granting tax benefits to returning Peruvians.",
        ),
        T(
            "<p>Ofrecía beneficios tributarios a los peruanos que volvían al país después de "
            "vivir varios años en el extranjero.</p><p>Fue derogada y reemplazada por la Ley N.° "
            "30001.</p>",
            "<p>It offered tax benefits to Peruvians coming back after living abroad for several "
            "years.</p><p>It was repealed and replaced by Law No. 30001.</p>",
        ),
        CONGRESO,
        status=NormStatus.REPEALED,
        amended_by=("ley-30001",),
    ),
    norm(
        T("ley-30001", "law-30001"),
        "30001",
        NormType.LAW,
        date(2013, 4, 14),
        Scope.NATIONAL,
        T(
            "Ley N.° 30001, Ley de Reinserción Económica y Social para el Migrante Retornado",
            "Law No. 30001, Economic and Social Reintegration of Returning Migrants Act",
        ),
        T(
            "Beneficios para los peruanos que regresan a vivir y trabajar en el país.",
            "Benefits for Peruvians who come back to live and work in the country.",
        ),
        T(
            "<p>Facilita el regreso de los peruanos que viven en el extranjero. Permite "
            "ingresar sin pagar ciertos impuestos el menaje de casa, un vehículo y los equipos "
            "de trabajo, si se cumplen los requisitos.</p><p>También promueve la reinserción "
            "laboral y el emprendimiento de los retornados con apoyo de varios "
            "ministerios.</p>",
            "<p>It makes it easier for Peruvians living abroad to come back. It allows household "
            "goods, a vehicle and work equipment to be brought in without paying certain taxes, "
            "if the requirements are met.</p><p>It also promotes returnees' return to work and "
            "business start-ups with support from several ministries.</p>",
        ),
        CONGRESO,
    ),
    norm(
        T("decreto-legislativo-1350", "legislative-decree-1350"),
        "1350",
        NormType.LAW,
        date(2017, 1, 7),
        Scope.NATIONAL,
        T(
            "Decreto Legislativo N.° 1350, de Migraciones",
            "Legislative Decree No. 1350 on Migration",
        ),
        T(
            "Regula la entrada, la permanencia y las calidades migratorias de los extranjeros.",
            "Governs foreign nationals' entry, stay and immigration statuses.",
        ),
        T(
            "<p>Es la ley de migraciones vigente. Establece las calidades migratorias, entre "
            "ellas las que permiten trabajar, y los derechos y deberes de los extranjeros en el "
            "Perú.</p><p>La Superintendencia Nacional de Migraciones aplica esta norma y su "
            "reglamento.</p>",
            "<p>It is the migration law in force. It sets out the immigration statuses, "
            "including those that allow work, and the rights and duties of foreign nationals in "
            "Peru.</p><p>The National Superintendency of Migration applies this law and its "
            "regulations.</p>",
        ),
        "https://www.gob.pe/institucion/migraciones/normas-legales",
    ),
    norm(
        T("decreto-legislativo-689", "legislative-decree-689"),
        "689",
        NormType.LAW,
        date(1991, 11, 5),
        Scope.NATIONAL,
        T(
            "Decreto Legislativo N.° 689, Ley para la Contratación de Trabajadores Extranjeros",
            "Legislative Decree No. 689, Employment of Foreign Workers Act",
        ),
        T(
            "Reglas para que las empresas contraten trabajadores extranjeros.",
            "Rules for companies hiring foreign workers.",
        ),
        T(
            "<p>Establece que los contratos de trabajadores extranjeros deben ser escritos, por "
            "un plazo determinado y aprobados por la autoridad de trabajo.</p><p>Fija límites "
            "al número de extranjeros en una empresa y al porcentaje de la planilla, con "
            "excepciones para algunos casos.</p>",
            "<p>It requires contracts with foreign workers to be in writing, for a fixed term and "
            "approved by the labour authority.</p><p>It limits the number of foreign nationals in "
            "a company and their share of the payroll, with exceptions in some cases.</p>",
        ),
        MTPE_NORMS,
        reviewed_days_ago=500,
        review_in_days=-120,
    ),
    norm(
        T("decreto-supremo-001-2012-tr", "supreme-decree-001-2012-tr"),
        "001-2012-TR",
        NormType.SUPREME_DECREE,
        date(2012, 1, 12),
        Scope.NATIONAL,
        T(
            "Decreto Supremo N.° 001-2012-TR, Ventanilla Única de Promoción del Empleo",
            "Supreme Decree No. 001-2012-TR, One-Stop Employment Promotion Service",
        ),
        T(
            "Creó la ventanilla que reúne los servicios de empleo en un solo lugar.",
            "Created the one-stop service that brings employment services together.",
        ),
        T(
            "<p>Creó la Ventanilla Única de Promoción del Empleo para articular los servicios de "
            "empleo del Ministerio y de los gobiernos regionales y locales.</p><p>Fue modificado "
            "por el Decreto Supremo N.° 002-2015-TR, que le dio el nombre de Centro de "
            "Empleo.</p>",
            "<p>It created the One-Stop Employment Promotion Service to join up the employment "
            "services of the ministry and of regional and local governments.</p><p>It was "
            "amended by Supreme Decree No. 002-2015-TR, which renamed it Employment "
            "Centre.</p>",
        ),
        MTPE_NORMS,
        status=NormStatus.AMENDED,
        amended_by=("decreto-supremo-002-2015-tr",),
    ),
    norm(
        T("decreto-supremo-002-2015-tr", "supreme-decree-002-2015-tr"),
        "002-2015-TR",
        NormType.SUPREME_DECREE,
        date(2015, 2, 13),
        Scope.NATIONAL,
        T(
            "Decreto Supremo N.° 002-2015-TR, cambio de denominación a Centro de Empleo",
            "Supreme Decree No. 002-2015-TR, renaming as Employment Centre",
        ),
        T(
            "La Ventanilla Única de Promoción del Empleo pasa a llamarse Centro de Empleo.",
            "The One-Stop Employment Promotion Service is renamed Employment Centre.",
        ),
        T(
            "<p>Cambia el nombre de la Ventanilla Única de Promoción del Empleo por el de Centro "
            "de Empleo.</p><p>Los Centros de Empleo ofrecen gratuitamente bolsa de trabajo, "
            "orientación, capacitación y certificación de competencias.</p>",
            "<p>It renames the One-Stop Employment Promotion Service as Employment "
            "Centre.</p><p>Employment Centres offer a free job bank, guidance, training and "
            "skills certification.</p>",
        ),
        MTPE_NORMS,
    ),
    norm(
        T("convenio-seguridad-social-peru-espana", "peru-spain-social-security-agreement"),
        "Perú–España 2003",
        NormType.AGREEMENT,
        date(2003, 6, 16),
        Scope.INTERNATIONAL,
        T(
            "Convenio de Seguridad Social entre el Perú y España",
            "Social Security Agreement between Peru and Spain",
        ),
        T(
            "Permite sumar los aportes hechos en el Perú y en España para obtener una pensión.",
            "Allows contributions paid in Peru and Spain to be added together for a pension.",
        ),
        T(
            "<p>Los trabajadores que cotizaron en los dos países pueden sumar esos periodos "
            "para cumplir los requisitos de una pensión de jubilación, invalidez o "
            "sobrevivencia.</p><p>Cada país paga la parte que le corresponde, aunque el "
            "pensionista viva en el otro.</p>",
            "<p>Workers who paid contributions in both countries can add those periods together "
            "to meet the requirements for a retirement, disability or survivor's "
            "pension.</p><p>Each country pays its share, even if the pensioner lives in the "
            "other.</p>",
        ),
        "https://www.seg-social.es",
    ),
    norm(
        T("convenio-seguridad-social-peru-chile", "peru-chile-social-security-agreement"),
        "Perú–Chile 2002",
        NormType.AGREEMENT,
        date(2002, 8, 23),
        Scope.INTERNATIONAL,
        T(
            "Convenio de Seguridad Social entre el Perú y Chile",
            "Social Security Agreement between Peru and Chile",
        ),
        T(
            "Protege los derechos de pensión de quienes trabajaron en el Perú y en Chile.",
            "Protects the pension rights of people who have worked in Peru and Chile.",
        ),
        T(
            "<p>Permite reconocer los periodos de aportes en ambos países y facilita el pago de "
            "pensiones a quienes se trasladan de uno a otro.</p><p>Los trámites se inician ante "
            "la entidad de pensiones del país donde vive la persona.</p>",
            "<p>It recognises contribution periods in both countries and makes it easier to pay "
            "pensions to people who move from one to the other.</p><p>Claims start with the "
            "pension body of the country where the person lives.</p>",
        ),
        "https://www.gob.pe/onp",
    ),
    norm(
        T("convencion-trabajadores-migratorios", "migrant-workers-convention"),
        "A/RES/45/158",
        NormType.AGREEMENT,
        date(1990, 12, 18),
        Scope.INTERNATIONAL,
        T(
            "Convención Internacional sobre la Protección de los Derechos de Todos los "
            "Trabajadores Migratorios y de sus Familiares",
            "International Convention on the Protection of the Rights of All Migrant Workers and "
            "Members of Their Families",
        ),
        T(
            "Tratado de las Naciones Unidas sobre los derechos de los trabajadores migrantes.",
            "United Nations treaty on the rights of migrant workers.",
        ),
        T(
            "<p>Reconoce derechos a todos los trabajadores migrantes y a sus familias, en "
            "cualquier etapa de la migración: antes de partir, durante el viaje, en el país de "
            "empleo y al regresar.</p><p>El Perú es Estado parte de esta convención.</p>",
            "<p>It recognises the rights of all migrant workers and their families at every "
            "stage of migration: before leaving, in transit, in the country of employment and "
            "on return.</p><p>Peru is a State party to this convention.</p>",
        ),
        "https://www.ohchr.org/es/instruments-mechanisms/instruments/"
        "international-convention-protection-rights-all-migrant-workers",
    ),
]

LEGISLATION = PageSpec(
    LegislationIndexPage,
    slug=T("legislacion", "legislation"),
    title=T("Legislación", "Legislation"),
    intro=T(
        "Normas nacionales e internacionales sobre migración laboral vigentes en el Perú, con "
        "un resumen en lenguaje sencillo.",
        "National and international rules on labour migration in force in Peru, with a "
        "plain-language summary.",
    ),
    children=NORMS,
)
