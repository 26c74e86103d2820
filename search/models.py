"""Search logging beyond Wagtail's own `Query`/`QueryDailyHits` (wagtail.contrib.search_promotions)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class ZeroResultDailyHits(models.Model):
    """How many times a day a logged query found nothing: the monthly report lists these."""

    query = models.ForeignKey(
        Query, on_delete=models.CASCADE, related_name="zero_result_daily_hits"
    )
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        unique_together = [("query", "date")]
        verbose_name = _("searches without results (per day)")
        verbose_name_plural = _("searches without results (per day)")

    def __str__(self):
        return f"{self.query} · {self.date} · {self.hits}"

    @classmethod
    def add_hit(cls, query, date=None):
        hits, _created = cls.objects.get_or_create(query=query, date=date or timezone.localdate())
        hits.hits = models.F("hits") + 1
        hits.save(update_fields=["hits"])
