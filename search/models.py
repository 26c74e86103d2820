"""What Wagtail's search query tracking lacks: which searches found nothing.

Wagtail (`wagtail.contrib.search_promotions`) counts every search per normalised query and day
(`Query`, `QueryDailyHits`) but knows nothing of results or language. `NoResultsDailyHits` counts,
for the same `Query`, the searches that returned no result, per day and language; the monthly
report reads both. `search.tracking.record_search()` is the one place that writes them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NoResultsDailyHits(models.Model):
    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        verbose_name=_("query"),
        on_delete=models.CASCADE,
        related_name="no_results_daily_hits",
    )
    language_code = models.CharField(_("language"), max_length=8)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language_code", "date"], name="one_no_results_row_per_day"
            )
        ]

    def __str__(self):
        return f"{self.query} ({self.language_code}, {self.date}): {self.hits}"
