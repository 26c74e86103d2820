"""The registry of private employment agencies that editors keep (the Registro Nacional de
Agencias Privadas de Empleo as the ministry publishes it): one row per agency, matched by its
registration number. Visitors look agencies up on the "¿Es segura esta oferta?" page (lookup.py).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from registrations import ruc

from .folding import fold, normalise_number

INVALID_RUC = _("This is not a valid RUC: check its 11 digits (the last one is a check digit).")


def validate_ruc(value):
    if not ruc.is_valid(value):
        raise ValidationError(INVALID_RUC, code="invalid_ruc")


class AgencyStatus(models.TextChoices):
    """The status the registry gives; "expired" is not a status but a date (`valid_until`)."""

    REGISTERED = "registered", pgettext_lazy("employment agency", "Registered")
    SUSPENDED = "suspended", pgettext_lazy("employment agency", "Suspended")
    CANCELLED = "cancelled", pgettext_lazy("employment agency", "Cancelled")


class EmploymentAgency(models.Model):
    name = models.CharField(_("name"), max_length=200)
    ruc = models.CharField(
        _("RUC"),
        max_length=11,
        validators=[validate_ruc],
        db_index=True,
        help_text=_("The agency's 11-digit taxpayer number (SUNAT)."),
    )
    registration_number = models.CharField(
        _("registration number"),
        max_length=40,
        unique=True,
        help_text=_("As in the ministry's registry, e.g. 0123-2024-REG.APE."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=AgencyStatus.choices, default=AgencyStatus.REGISTERED
    )
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"))
    # What visitors' searches are compared with: accents and case folded, spaces squeezed.
    folded_name = models.CharField(max_length=200, editable=False, db_index=True)
    folded_number = models.CharField(max_length=40, editable=False, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # The publisher re-publishes the look-up pages (their published registry file) when an agency
    # changes, not the whole site: see `signals` and `OfferCheckPage.pages_showing`.
    shown_on_pages = False

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("ruc"), FieldPanel("registration_number")]),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
    ]

    class Meta:
        verbose_name = _("employment agency")
        verbose_name_plural = _("employment agencies")
        ordering = ["folded_name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.folded_name = fold(self.name)
        self.folded_number = normalise_number(self.registration_number)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError(
                {"valid_until": _("The registration cannot end before it starts.")}
            )

    def standing(self, today=None):
        """What a visitor should be told: a status, or "expired" for a registered agency whose
        registration has ended."""
        today = today or timezone.localdate()
        if self.status == AgencyStatus.REGISTERED and self.valid_until < today:
            return "expired"
        return self.status
