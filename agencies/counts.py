"""Agency look-ups counted for the monthly report: per day, answer and channel, nothing else (no
query, no address, no cookie). The CMS counts the look-ups it answers (without JavaScript); the
published page's script reports each answer it gives with a beacon (views.count_lookup)."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    SERVER = "server", _("Form without JavaScript")
    BROWSER = "browser", _("In the browser")


class AgencyLookupCount(models.Model):
    day = models.DateField(_("day"))
    result = models.CharField(_("answer"), max_length=16)
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    count = models.PositiveIntegerField(_("look-ups"), default=0)

    class Meta:
        verbose_name = _("agency look-up count")
        verbose_name_plural = _("agency look-up counts")
        constraints = [
            models.UniqueConstraint(fields=["day", "result", "channel"], name="one_count_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.result} {self.channel}: {self.count}"


def count_lookup(result, channel):
    """Add one look-up (a single UPDATE, or the day's first INSERT)."""
    day = timezone.localdate()
    rows = AgencyLookupCount.objects.filter(day=day, result=result, channel=channel)
    with transaction.atomic():
        if rows.update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                AgencyLookupCount.objects.create(day=day, result=result, channel=channel, count=1)
        except IntegrityError:  # a simultaneous look-up created it first
            rows.update(count=F("count") + 1)
