"""`manage.py monthly_report 2026-11 --format xlsx --output report.xlsx`: the admin's report."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from monitoring import exports
from monitoring.month import Month
from monitoring.report import build_report


class Command(BaseCommand):
    help = "Write the monthly portal report (directive 5.4.6) as CSV or XLSX."

    def add_arguments(self, parser):
        parser.add_argument("month", help="the month to report, as YYYY-MM (Lima time)")
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        parser.add_argument(
            "--output",
            help="file to write; CSV goes to standard output when omitted, XLSX needs a file",
        )
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
            help="language of headings and labels (default: %(default)s)",
        )

    def handle(self, *args, month, format, output, language, **options):
        try:
            month = Month.parse(month)
        except ValueError as error:
            raise CommandError(str(error.args[0])) from None
        if format == "xlsx" and not output:
            raise CommandError("--format xlsx needs --output FILE.xlsx")
        with translation.override(language):
            report = build_report(month)
            content = exports.to_csv(report) if format == "csv" else exports.to_xlsx(report)
        if output:
            with open(output, "wb") as handle:
                handle.write(content)
            self.stderr.write(f"{output}: {len(content)} bytes")
        else:
            self.stdout.write(content.decode("utf-8"), ending="")
