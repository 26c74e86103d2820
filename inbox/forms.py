"""The two public forms of the mailbox. Every message a visitor can see is ours, in es, en, qu and
ay."""

from django import forms
from django.utils.translation import gettext_lazy as _

from public_forms import validators
from public_forms.fields import INVALID_CHOICE, TOO_LONG, HoneypotMixin, PortalCharField, TextField

from .models import ContactLine, MigrantVoice


class ContactForm(HoneypotMixin, forms.Form):
    name = TextField(
        label=_("Your name"),
        max_length=100,
        required_message=_("Enter your name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = PortalCharField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We will answer you at this address."),
        error_messages={"required": _("Enter your email address."), "max_length": TOO_LONG},
        validators=[validators.strict_email],
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    country = TextField(
        label=_("Country where you live"),
        max_length=100,
        required_message=_("Enter the country where you live."),
        widget=forms.TextInput(attrs={"autocomplete": "country-name"}),
    )
    line = forms.ChoiceField(
        label=_("What is your message about?"),
        choices=ContactLine.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what your message is about."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    subject = TextField(label=_("Subject"), max_length=150, required_message=_("Enter a subject."))
    text = TextField(
        label=_("Your message"),
        max_length=5000,
        multiline=True,
        required_message=_("Write your message."),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my data is used to answer me."),
        error_messages={"required": _("Accept the privacy notice to send your message.")},
    )

    field_order = ["name", "email", "country", "line", "subject", "text", "consent", "website"]

    def clean_email(self):
        return self.cleaned_data["email"].strip()


class VoiceForm(HoneypotMixin, forms.Form):
    country = TextField(
        label=_("Country where you live"),
        max_length=100,
        required_message=_("Enter the country where you live."),
        widget=forms.TextInput(attrs={"autocomplete": "country-name"}),
    )
    city = TextField(
        label=_("City"), max_length=100, required_message=_("Enter the city where you live.")
    )
    kind = forms.ChoiceField(
        label=_("What would you like to share?"),
        choices=MigrantVoice.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a concern or a suggestion."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    text = TextField(
        label=_("Your concern or suggestion"),
        max_length=3000,
        multiline=True,
        required_message=_("Write your concern or suggestion."),
        help_text=_("Do not include names or details of other people."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    may_publish = forms.BooleanField(
        label=_(
            "You may publish what I wrote as an anonymous testimonial, without my city or "
            "anything that identifies me."
        ),
        required=False,
    )

    field_order = ["country", "city", "kind", "text", "may_publish", "website"]
