"""The two registrations of the directive's complementary panel, stored before anything is mailed.

- `SivitmaRegistration`: an Andean worker's employment contract (CAN Decision 545), with the
  signed contract as a PDF in the private store, for the SIVITMA team (line 4).
- `ReturnRegistration`: a returnee of the Retorno Productivo platform (line 2), assigned to the
  SENEP office of the region they return to.

Both get a reference (SV-2026-000123, RP-2026-000045) and two outbox entries (inbox.outbox): one
to the team, one confirmation to the visitor; `outbox_mail(kind)` builds them (mail.py).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inbox.models import ContactLine
from inbox.outbox import create_entries

from .mail import build
from .offices import contact_for, team_addresses
from .storage import private_storage


class Registration(models.Model):
    """What both registrations share: reference, language, page, consent, outbox entries."""

    reference_prefix = ""
    # The team's e-mail: its template (registrations/email/<mail_name>_team.txt), the line
    # whose mailbox gets a copy, the tag in its subject.
    mail_name = ""
    team_line = None
    team_label = ""

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, null=True, editable=False
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    language = models.CharField(_("language"), max_length=8, editable=False)
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    email = models.EmailField(_("email"), max_length=254)
    consent_at = models.DateTimeField(_("privacy notice accepted"), editable=False)
    outbox = GenericRelation(
        "inbox.OutboxEntry", content_type_field="source_type", object_id_field="source_id"
    )

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return self.reference or str(_("(no reference yet)"))

    @classmethod
    def submit(cls, **fields):
        """Store a registration with its reference and outbox entries, in one transaction;
        the e-mails are sent by the mail worker once it commits."""
        with transaction.atomic():
            registration = cls.objects.create(consent_at=timezone.now(), **fields)
            year = timezone.localtime(registration.created_at).year
            registration.reference = f"{cls.reference_prefix}-{year}-{registration.pk:06d}"
            registration.save(update_fields=["reference"])
            create_entries(registration)
        return registration

    def outbox_mail(self, kind):
        return build(self, kind)

    def team_addresses(self):
        """Who gets the team's e-mail besides the line's mailbox."""
        return []

    def office_contact(self, language):
        """The office the visitor should turn to (offices.OfficeContact), if any."""
        return None

    def delivery_summary(self):
        """One line per outbox entry, e.g. "Infomigra mailbox: sent"."""
        return "; ".join(
            f"{entry.get_kind_display()}: {entry.get_status_display()}"
            for entry in self.outbox.all()
        )

    delivery_summary.short_description = _("delivery")


class Nationality(models.TextChoices):
    """The Andean Community countries whose citizens Decision 545 covers in Peru."""

    ECUADOR = "EC", _("Ecuador")
    COLOMBIA = "CO", _("Colombia")
    BOLIVIA = "BO", _("Bolivia")


class IdDocument(models.TextChoices):
    NATIONAL_ID = "national-id", _("National identity card of your country")
    PASSPORT = "passport", _("Passport")
    FOREIGNERS_CARD = "foreigners-card", _("Peruvian foreigner's card (carné de extranjería)")


class Submitter(models.TextChoices):
    EMPLOYER = "employer", _("The employer")
    WORKER = "worker", _("The worker")


class SivitmaRegistration(Registration):
    """An Andean worker's contract registered online (SIVITMA, directive 003 line 4)."""

    reference_prefix = "SV"
    mail_name = "sivitma"
    team_line = ContactLine.FOREIGN_IN_PERU
    team_label = "SIVITMA"

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        OBSERVED = "observed", _("Observed")
        REGISTERED = "registered", _("Registered")

    submitted_by = models.CharField(_("registered by"), max_length=10, choices=Submitter.choices)
    employer_name = models.CharField(_("employer"), max_length=200)
    employer_ruc = models.CharField(_("employer's RUC"), max_length=11, db_index=True)
    worker_name = models.CharField(_("worker's full name"), max_length=150)
    nationality = models.CharField(_("nationality"), max_length=2, choices=Nationality.choices)
    id_document_type = models.CharField(
        _("identity document"), max_length=20, choices=IdDocument.choices
    )
    id_document_number = models.CharField(_("document number"), max_length=20)
    occupation = models.CharField(_("occupation"), max_length=150)
    contract_start = models.DateField(_("contract start"))
    contract_end = models.DateField(_("contract end"), null=True, blank=True)
    monthly_salary = models.DecimalField(_("monthly salary (S/)"), max_digits=10, decimal_places=2)
    contract_pdf = models.FileField(
        _("signed contract (PDF)"),
        storage=private_storage,
        upload_to="sivitma/%Y/%m/",
        max_length=200,
        editable=False,
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    observation = models.TextField(
        _("observation"),
        blank=True,
        help_text=_("What the employer or worker must correct when the status is “Observed”."),
    )

    class Meta(Registration.Meta):
        verbose_name = _("SIVITMA contract registration")
        verbose_name_plural = _("SIVITMA contract registrations")


class Interest(models.TextChoices):
    JOB_PLACEMENT = "job-placement", _("Finding a job")
    SELF_EMPLOYMENT = "self-employment", _("Starting my own business")
    TRAINING = "training", _("Training")
    CERTIFICATION = "certification", _("Certification of my skills")


class ReturnRegistration(Registration):
    """A returnee registered on the Retorno Productivo platform (directive 003 line 2)."""

    reference_prefix = "RP"
    mail_name = "retorno"
    team_line = ContactLine.RETURN
    team_label = "Retorno Productivo"

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        CONTACTED = "contacted", _("Contacted")
        CLOSED = "closed", _("Closed")

    name = models.CharField(_("full name"), max_length=150)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    returned_from = models.CharField(_("country returned from"), max_length=100)
    return_date = models.DateField(_("date of return"))
    occupation = models.CharField(_("occupation"), max_length=150)
    skills = models.TextField(_("skills and experience"), max_length=2000)
    interest = models.CharField(_("interest"), max_length=20, choices=Interest.choices)
    region = models.ForeignKey(
        "network.RegionPage",
        verbose_name=_("region of return"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    office = models.ForeignKey(
        "network.OfficePage",
        verbose_name=_("SENEP office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    notes = models.TextField(_("office notes"), blank=True)

    class Meta(Registration.Meta):
        verbose_name = _("Retorno Productivo registration")
        verbose_name_plural = _("Retorno Productivo registrations")

    def team_addresses(self):
        return team_addresses(self)

    def office_contact(self, language):
        return contact_for(self, language)
