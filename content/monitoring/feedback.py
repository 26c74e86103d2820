"""'Was this page useful?': one vote per post, an optional comment, no personal data.

Nothing that identifies the visitor is stored: no address, no cookie value, no user. The rate
limit (public_forms.forms_guard, with the mailbox's guards) keeps only an HMAC of the address in a
cache entry that expires.
"""

import unicodedata

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from public_forms.fields import HoneypotMixin

COMMENT_MAX_LENGTH = 500
CONTROL_CHARACTERS_ALLOWED = frozenset("\n\r\t")


def no_control_characters(value):
    """Control characters have no place in a comment (and would break the XLSX export)."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cs") and char not in CONTROL_CHARACTERS_ALLOWED:
            raise forms.ValidationError(
                _("Remove special control characters from the text."), code="control_characters"
            )


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
        # The monitoring tools' permissions; the groups of issue 3's `setup_roles` grant them.
        permissions = [
            ("view_monthly_report", _("Can view the monthly portal report and its exports")),
            ("view_content_freshness", _("Can see content freshness and get its weekly email")),
        ]

    def __str__(self):
        return f"{self.page_id} · {'+' if self.useful else '-'} · {self.created_at:%Y-%m-%d}"


class FeedbackForm(HoneypotMixin, forms.Form):
    page = forms.IntegerField(
        min_value=1,
        error_messages={
            "required": _("We could not tell which page you are rating."),
            "invalid": _("We could not tell which page you are rating."),
            "min_value": _("We could not tell which page you are rating."),
        },
    )
    vote = forms.ChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        error_messages={
            "required": _("Choose “Yes” or “No”."),
            "invalid_choice": _("Choose “Yes” or “No”."),
        },
    )
    comment = forms.CharField(
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        validators=[no_control_characters],
        error_messages={
            "max_length": _("Use at most %(limit_value)d characters (you used %(show_value)d)."),
            "null_characters_not_allowed": _("Remove special control characters from the text."),
        },
    )

    def clean_page(self):
        page = (
            Page.objects.live()
            .public()
            .filter(pk=self.cleaned_data["page"], depth__gt=1)
            .select_related("locale")
            .first()
        )
        if page is None:
            raise forms.ValidationError(_("This page cannot be rated."), code="unknown_page")
        return page

    def save(self):
        page = self.cleaned_data["page"]
        return PageFeedback.objects.create(
            page=page,
            locale=page.locale,
            useful=self.cleaned_data["vote"] == "yes",
            comment=unicodedata.normalize("NFC", self.cleaned_data["comment"]),
        )

    def first_error(self):
        for errors in self.errors.values():
            return errors[0]
        return ""
