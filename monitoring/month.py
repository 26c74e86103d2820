"""A calendar month in the portal's time zone (America/Lima), as the report counts it."""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MONTH_FORMAT = re.compile(r"^(\d{4})-(\d{2})$")
INVALID = _("Enter a month as YYYY-MM, for example 2026-11.")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, value):
        match = MONTH_FORMAT.match(str(value).strip())
        if not match:
            raise ValueError(INVALID)
        year, month = int(match[1]), int(match[2])
        if not (1 <= month <= 12 and 2000 <= year <= 2999):
            raise ValueError(INVALID)
        return cls(year, month)

    @classmethod
    def of(cls, moment=None):
        today = timezone.localdate(moment) if moment else timezone.localdate()
        return cls(today.year, today.month)

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self):
        return datetime.date(self.year, self.month, 1)

    @property
    def last_day(self):
        return self.next().first_day - datetime.timedelta(days=1)

    @property
    def start(self):
        """Local midnight of the first day, as an aware datetime."""
        return timezone.make_aware(
            datetime.datetime(self.year, self.month, 1), timezone.get_default_timezone()
        )

    @property
    def end(self):
        """Start of the next month (exclusive bound)."""
        return self.next().start

    def next(self):
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self):
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)
