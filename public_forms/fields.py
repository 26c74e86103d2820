"""Form fields shared by the public forms: our own messages (es, en, qu, ay), normalised text, and
the honeypot field that bots fill in."""

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from public_forms import validators

TOO_LONG = _("Use at most %(limit_value)d characters (you used %(show_value)d).")
INVALID_CHOICE = _("Choose one of the options shown.")
HONEYPOT_FILLED = _("Leave this field empty.")


class PortalCharField(forms.CharField):
    """A CharField without Django's null-character check (ours covers it, in four languages)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]


class TextField(PortalCharField):
    """Free text: NFC-normalised, length-limited, no control characters, our messages."""

    def __init__(self, *, required_message, multiline=False, **kwargs):
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"] = {
            "required": required_message,
            "max_length": TOO_LONG,
            **kwargs["error_messages"],
        }
        kwargs["validators"] = [
            validators.multi_line if multiline else validators.single_line,
            *kwargs.get("validators", []),
        ]
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return validators.normalise(value) if isinstance(value, str) else value


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS) and bots fill in."""

    website = PortalCharField(
        label=_("Leave this field empty"),
        required=False,
        strip=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(HONEYPOT_FILLED, code="honeypot")
        return ""
