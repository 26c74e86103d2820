"""Rate-limit counters of the public forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RateLimitWindow(models.Model):
    """Posts counted for one form and visitor address (a keyed hash, never the address itself)
    in a fixed window; see public_forms/guards.py."""

    key = models.CharField(max_length=64, unique=True)
    count = models.PositiveIntegerField(default=0)
    ends_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("rate-limit window")
        verbose_name_plural = _("rate-limit windows")

    def __str__(self):
        return f"{self.key}: {self.count} until {self.ends_at:%Y-%m-%d %H:%M}"
