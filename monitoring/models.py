"""Votes and comments of "Was this page useful?"; its Meta also holds the monitoring permissions."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), blank=True, max_length=COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]
        # The monitoring tools' permissions; the groups of `setup_roles` grant them.
        permissions = [
            ("view_monthly_report", _("Can view the monthly portal report and its exports")),
            ("view_content_freshness", _("Can see content freshness and get its weekly email")),
        ]

    def __str__(self):
        return f"{self.page_id} · {'+' if self.useful else '-'} · {self.created_at:%Y-%m-%d}"
