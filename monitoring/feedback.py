"""The "Was this page useful?" form: one vote per post, an optional comment, no personal data.

Nothing that identifies the visitor is stored: no address, no cookie value, no user. The rate
limit (public_forms.forms_guard, with the public forms' guards) keeps only an HMAC of the address in a
cache entry that expires.
"""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from monitoring.models import COMMENT_MAX_LENGTH, PageFeedback
from public_forms.fields import HoneypotMixin

CONTROL_CHARACTERS_ALLOWED = frozenset("\n\r\t")


def no_control_characters(value):
    """Control characters have no place in a comment (and would break the XLSX export)."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cs") and char not in CONTROL_CHARACTERS_ALLOWED:
            raise forms.ValidationError(
                _("Remove special control characters from the text."), code="control_characters"
            )


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
