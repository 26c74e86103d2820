"""The registrations' sections of the monthly report (directive 5.4.6), added through
monitoring.report_extensions: registrations received during the month, SIVITMA by nationality
and status, Retorno Productivo by region and interest. The status is the one when the report is
generated."""

from collections import Counter

from django.utils.translation import gettext_lazy as _

from monitoring.tables import Table

from .records import Interest, Nationality, ReturnRegistration, SivitmaRegistration


def registrations_table(month):
    return [sivitma_table(month), retorno_table(month)]


def in_month(model, month):
    return model.objects.filter(created_at__gte=month.start, created_at__lt=month.end)


def sivitma_table(month):
    statuses = SivitmaRegistration.Status
    counts = Counter(in_month(SivitmaRegistration, month).values_list("nationality", "status"))
    table = Table(
        "sivitma",
        _("SIVITMA"),
        _("SIVITMA contract registrations received, by nationality"),
        [_("Nationality"), _("Received"), *(label for _value, label in statuses.choices)],
        note=_("Status when the report was generated."),
    )
    for value, label in Nationality.choices:
        by_status = [counts[(value, status)] for status in statuses.values]
        table.rows.append([str(label), sum(by_status), *by_status])
    table.rows.append(
        [
            str(_("Total")),
            *(sum(column) for column in zip(*(r[1:] for r in table.rows), strict=True)),
        ]
    )
    return table


def retorno_table(month):
    registrations = in_month(ReturnRegistration, month)
    counts = Counter(registrations.values_list("region__name", "interest"))
    regions = sorted({region for region, _interest in counts}, key=lambda name: name or "")
    table = Table(
        "retorno",
        _("Retorno Productivo"),
        _("Retorno Productivo registrations received, by region and interest"),
        [_("Region"), _("Received"), *(label for _value, label in Interest.choices)],
    )
    for region in regions:
        by_interest = [counts[(region, interest)] for interest in Interest.values]
        table.rows.append([region or str(_("No region")), sum(by_interest), *by_interest])
    return table
