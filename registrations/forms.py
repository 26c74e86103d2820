"""The two registration forms. Every message a visitor can see is ours, in es, en, qu and ay."""

from datetime import timedelta
from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from network.models import RegionPage
from network.pages import sorted_by_name
from public_forms import validators
from public_forms.fields import INVALID_CHOICE, TOO_LONG, HoneypotMixin, PortalCharField, TextField

from . import ruc
from .records import IdDocument, Interest, Nationality, Submitter

PDF_SIGNATURE = b"%PDF-"
PDF_END = b"%%EOF"
MAX_YEARS_AHEAD = 1

ENTER_A_DATE = _("Enter a date, like 15/03/2026.")
CONSENT = _("I have read the privacy notice and agree that my data is used for this registration.")
CONSENT_REQUIRED = _("Accept the privacy notice to send your registration.")


def looks_like_pdf(upload):
    """A PDF file starts with `%PDF-` (readers accept it within the first 1024 bytes) and ends
    with `%%EOF` (followed at most by a little whitespace or padding)."""
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(max(0, upload.size - 1024))
    tail = upload.read()
    upload.seek(0)
    return PDF_SIGNATURE in head and PDF_END in tail


def choice_field(label, choices, required_message, widget=forms.RadioSelect):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=widget,
        error_messages={"required": required_message, "invalid_choice": INVALID_CHOICE},
    )


def date_field(label, required_message, required=True, help_text=""):
    return forms.DateField(
        label=label,
        required=required,
        help_text=help_text,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        error_messages={"required": required_message, "invalid": ENTER_A_DATE},
    )


def email_field():
    return PortalCharField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We will send your reference number to this address."),
        error_messages={"required": _("Enter your email address."), "max_length": TOO_LONG},
        validators=[validators.strict_email],
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


def consent_field():
    return forms.BooleanField(label=CONSENT, error_messages={"required": CONSENT_REQUIRED})


class RegistrationForm(HoneypotMixin, forms.Form):
    """What both forms share: the e-mail address is trimmed, dates are checked in the portal's
    time zone."""

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    @staticmethod
    def today():
        return timezone.localdate()


class SivitmaForm(RegistrationForm):
    submitted_by = choice_field(
        _("Who is registering the contract?"),
        Submitter.choices,
        _("Say whether you are the employer or the worker."),
    )
    employer_name = TextField(
        label=_("Employer (name or company name)"),
        max_length=200,
        required_message=_("Enter the employer's name."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    employer_ruc = PortalCharField(
        label=_("Employer's RUC"),
        max_length=20,
        help_text=_("The 11 digits of the employer's taxpayer number (RUC)."),
        error_messages={"required": _("Enter the employer's RUC."), "max_length": TOO_LONG},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    worker_name = TextField(
        label=_("Worker's full name"),
        max_length=150,
        required_message=_("Enter the worker's full name."),
    )
    nationality = choice_field(
        _("Worker's nationality"),
        Nationality.choices,
        _("Choose the worker's nationality."),
    )
    id_document_type = choice_field(
        _("Worker's identity document"),
        IdDocument.choices,
        _("Choose the worker's identity document."),
    )
    id_document_number = PortalCharField(
        label=_("Document number"),
        max_length=20,
        help_text=_("Letters and digits only, as written on the document."),
        error_messages={"required": _("Enter the document number."), "max_length": TOO_LONG},
    )
    occupation = TextField(
        label=_("Occupation in the contract"),
        max_length=150,
        required_message=_("Enter the occupation stated in the contract."),
    )
    contract_start = date_field(_("Contract start date"), _("Enter the contract's start date."))
    contract_end = date_field(
        _("Contract end date"),
        "",
        required=False,
        help_text=_("Leave empty if the contract has no end date."),
    )
    monthly_salary = forms.DecimalField(
        label=_("Monthly salary (S/)"),
        max_digits=10,
        decimal_places=2,
        localize=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        error_messages={
            "required": _("Enter the monthly salary."),
            "invalid": _("Enter the salary as a number, like 1500 or 1500.50."),
            "max_digits": _("Enter the salary as a number, like 1500 or 1500.50."),
            "max_decimal_places": _("Enter the salary as a number, like 1500 or 1500.50."),
            "max_whole_digits": _("Enter the salary as a number, like 1500 or 1500.50."),
        },
    )
    contract_pdf = forms.FileField(
        label=_("Signed contract (PDF)"),
        widget=forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
        error_messages={
            "required": _("Attach the signed contract as a PDF file."),
            "empty": _("The file you chose is empty. Attach the signed contract as a PDF file."),
            "invalid": _("Attach the signed contract as a PDF file."),
        },
    )
    email = email_field()
    consent = consent_field()

    field_order = [
        "submitted_by",
        "employer_name",
        "employer_ruc",
        "worker_name",
        "nationality",
        "id_document_type",
        "id_document_number",
        "occupation",
        "contract_start",
        "contract_end",
        "monthly_salary",
        "contract_pdf",
        "email",
        "consent",
        "website",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contract_pdf"].help_text = _(
            "A PDF file of at most %(size)s. If the form comes back with errors, choose the file "
            "again."
        ) % {"size": filesizeformat(settings.SIVITMA_MAX_PDF_BYTES)}

    def clean_employer_ruc(self):
        value = "".join(self.cleaned_data["employer_ruc"].split())
        if not ruc.is_valid(value):
            raise ValidationError(
                _("This is not a valid RUC: check its 11 digits (the last one is a check digit)."),
                code="invalid_ruc",
            )
        return value

    def clean_id_document_number(self):
        value = self.cleaned_data["id_document_number"].strip().upper()
        if not (4 <= len(value) <= 20 and value.isascii() and value.isalnum()):
            raise ValidationError(
                _("Use 4 to 20 letters and digits, without spaces or signs."), code="invalid_id"
            )
        return value

    def clean_monthly_salary(self):
        salary = self.cleaned_data["monthly_salary"]
        minimum = Decimal(settings.MINIMUM_MONTHLY_WAGE)
        if salary < minimum:
            raise ValidationError(
                _("The salary cannot be lower than the minimum wage, S/ %(minimum)s a month.")
                % {"minimum": number_format(minimum, 2)},
                code="below_minimum_wage",
            )
        return salary

    def clean_contract_pdf(self):
        upload = self.cleaned_data["contract_pdf"]
        if upload.size > settings.SIVITMA_MAX_PDF_BYTES:
            raise ValidationError(
                _("The file is too large: attach a PDF of at most %(size)s.")
                % {"size": filesizeformat(settings.SIVITMA_MAX_PDF_BYTES)},
                code="too_large",
            )
        if not looks_like_pdf(upload):
            raise ValidationError(
                _("This file is not a PDF. Attach the signed contract as a PDF file."),
                code="not_pdf",
            )
        return upload

    def clean(self):
        data = super().clean()
        start, end = data.get("contract_start"), data.get("contract_end")
        today = self.today()
        if start and start > today + timedelta(days=365 * MAX_YEARS_AHEAD):
            self.add_error(
                "contract_start", _("The contract cannot start more than a year from now.")
            )
        if start and end and end <= start:
            self.add_error("contract_end", _("The end date must be after the start date."))
        elif end and end < today:
            self.add_error(
                "contract_end",
                _("This contract has already ended: only current contracts can be registered."),
            )
        return data


def region_choices():
    regions = (
        RegionPage.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)
    )
    return [("", _("Choose a region")), *((r.pk, r.name) for r in sorted_by_name(regions))]


class ReturnForm(RegistrationForm):
    name = TextField(
        label=_("Your full name"),
        max_length=150,
        required_message=_("Enter your name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = email_field()
    phone = PortalCharField(
        label=_("Phone (optional)"),
        max_length=30,
        required=False,
        help_text=_("With the country code, like +51 987 654 321."),
        error_messages={"max_length": TOO_LONG},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    returned_from = TextField(
        label=_("Country you return from"),
        max_length=100,
        required_message=_("Enter the country you return from."),
    )
    return_date = date_field(
        _("Date of your return"),
        _("Enter the date of your return."),
        help_text=_("The day you arrived, or plan to arrive, in Peru."),
    )
    occupation = TextField(
        label=_("Your occupation"),
        max_length=150,
        required_message=_("Enter your occupation."),
    )
    skills = TextField(
        label=_("Your skills and experience"),
        max_length=2000,
        multiline=True,
        required_message=_("Tell us about your skills and experience."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    interest = choice_field(
        _("What do you need most?"), Interest.choices, _("Choose what you need most.")
    )
    region = forms.TypedChoiceField(
        label=_("Region you return to"),
        coerce=int,
        help_text=_("The SENEP office of this region will contact you."),
        error_messages={
            "required": _("Choose the region you return to."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    consent = consent_field()

    field_order = [
        "name",
        "email",
        "phone",
        "returned_from",
        "return_date",
        "occupation",
        "skills",
        "interest",
        "region",
        "consent",
        "website",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = region_choices()

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        if value and not all(char in "0123456789+()- " for char in value):
            raise ValidationError(
                _("Use digits, spaces, +, parentheses and hyphens only."), code="invalid_phone"
            )
        return value

    def clean_return_date(self):
        value = self.cleaned_data["return_date"]
        today = self.today()
        if value > today + timedelta(days=365 * MAX_YEARS_AHEAD):
            raise ValidationError(
                _("Register within a year of your return: choose a date before %(date)s.")
                % {"date": (today + timedelta(days=365)).strftime("%d/%m/%Y")},
                code="too_far",
            )
        if value < today - timedelta(days=365 * 5):
            raise ValidationError(
                _("The platform is for people who returned in the last five years."),
                code="too_long_ago",
            )
        return value

    def clean_region(self):
        pk = self.cleaned_data["region"]
        region = RegionPage.objects.filter(pk=pk).first()
        if region is None:
            raise ValidationError(INVALID_CHOICE, code="invalid_choice")
        return region
