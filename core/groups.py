"""Every group name of the portal, in one place (the groups are created by `setup_roles`).

The names are data: they are stored in `auth_group.name`, so changing one here orphans the
existing group. Migration `content/migrations/0007_mailbox_roles.py` wrote two of them literally.
"""

from django.utils.translation import gettext_lazy as _

DML_EDITORS = "DML – Editores"
# Approve in the "Moderación DML" workflow and moderate "La voz del migrante".
DML_MODERATORS = "DML – Moderadores"
BRAND_TEAM = "DGSENEP – Imagen institucional"
TRANSLATORS = "Traductores"
REGION_GROUP = "Región {name} – editores"
REGION_GROUP_PREFIX = "Región "

MAILBOX_OPERATORS = "Operadores del buzón Infomigra"
# Operators of one line of action see only that line's messages (directive 003, 5.6). The keys are
# the values of `inbox.models.ContactLine`.
MAILBOX_LINES = ("1", "2", "3", "4", "other")
LINE_OPERATORS = {
    line: f"{MAILBOX_OPERATORS} – " + ("Otros temas" if line == "other" else f"Línea {line}")
    for line in MAILBOX_LINES
}

# The line 4 team that reviews SIVITMA contract registrations and their signed contracts.
SIVITMA_TEAM = "Línea 4 – Equipo SIVITMA"

GROUP_DESCRIPTIONS = {
    SIVITMA_TEAM: _(
        "Review SIVITMA contract registrations, download the signed contracts and export them."
    ),
    MAILBOX_OPERATORS: _("Read, answer and export the messages of the Infomigra mailbox."),
    DML_MODERATORS: _("Moderate “La voz del migrante” and publish anonymised testimonials."),
    **{
        name: _("Read, answer and export the Infomigra mailbox messages of one line of action.")
        for name in LINE_OPERATORS.values()
    },
}


def mailbox_group_names():
    return [MAILBOX_OPERATORS, *LINE_OPERATORS.values()]
