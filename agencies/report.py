"""The "Agency look-ups" section of the monthly report (monitoring.report_extensions): look-ups
of the employment agency registry during the month, by answer and channel. Only counts are kept
(counts.py): no query, no address."""

from collections import Counter

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from monitoring.tables import Table

from .counts import AgencyLookupCount, Channel
from .lookup import Result


def lookups_table(month):
    counts = Counter(
        {
            (row["result"], row["channel"]): row["total"]
            for row in AgencyLookupCount.objects.filter(
                day__gte=month.first_day, day__lte=month.last_day
            )
            .values("result", "channel")
            .annotate(total=Sum("count"))
        }
    )
    table = Table(
        "agency_lookups",
        _("Agency look-ups"),
        _("Look-ups of the employment agency registry, by answer"),
        [_("Answer"), _("Look-ups"), *(label for _value, label in Channel.choices)],
        note=_(
            "“In the browser”: answers given by the published page's script, reported without "
            "cookies; “Form without JavaScript”: answers given by the CMS."
        ),
    )
    for result in Result.ALL:
        by_channel = [counts[(result, channel)] for channel in Channel.values]
        table.rows.append([str(Result.LABELS[result]), sum(by_channel), *by_channel])
    table.rows.append(
        [
            str(_("Total")),
            *(sum(column) for column in zip(*(r[1:] for r in table.rows), strict=True)),
        ]
    )
    return table
