"""The four lines of action of the directive (5.4.1-5.4.4), shared by the line pages and the
mailbox, which tags every message with one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LineNumber(models.IntegerChoices):
    """The four lines of action of the directive (5.4.1-5.4.4)."""

    WORK_ABROAD = 1, _("Line 1: going to work abroad")
    RETURN = 2, _("Line 2: returning to Peru")
    LIVING_ABROAD = 3, _("Line 3: working abroad")
    FOREIGN_IN_PERU = 4, _("Line 4: Andean and foreign workers in Peru")


# What each line is for, as the visitor would say it: the menus name the lines by these tasks
# rather than by their number.
TASKS = {
    LineNumber.WORK_ABROAD: _("Go to work abroad"),
    LineNumber.RETURN: _("Return to Peru"),
    LineNumber.LIVING_ABROAD: _("I already work abroad"),
    LineNumber.FOREIGN_IN_PERU: _("Work in Peru as a foreigner"),
}
