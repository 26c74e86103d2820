"""Stored messages, their mail outbox, and the contributions to "La voz del migrante"."""

from datetime import timedelta

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core.lines_of_action import LineNumber
from core.signals import announce_shown_object_changed

REFERENCE_PREFIX = "IM"


class ContactLine(models.TextChoices):
    """The four lines of action (directive 5.3 and 5.6) plus everything else."""

    WORK_ABROAD = "1", LineNumber.WORK_ABROAD.label
    RETURN = "2", LineNumber.RETURN.label
    LIVING_ABROAD = "3", LineNumber.LIVING_ABROAD.label
    FOREIGN_IN_PERU = "4", LineNumber.FOREIGN_IN_PERU.label
    OTHER = "other", _("Other topics")


@register_setting(icon="mail")
class MailboxSettings(BaseGenericSetting):
    """Where each line of action's messages go (directive 003, 5.6), set by DML. An empty address
    means the main Infomigra mailbox of the national brand setting."""

    line_1_email = models.EmailField(_("line 1 mailbox"), blank=True)
    line_2_email = models.EmailField(_("line 2 mailbox"), blank=True)
    line_3_email = models.EmailField(_("line 3 mailbox"), blank=True)
    line_4_email = models.EmailField(_("line 4 mailbox"), blank=True)
    other_email = models.EmailField(_("other topics mailbox"), blank=True)

    shown_on_pages = False  # changing it re-publishes nothing (publishing/signals.py)

    class Meta:
        verbose_name = _("mailboxes per line of action")

    def address_for(self, line):
        """The address of `line` ("1"–"4" or "other"), or "" for the main mailbox."""
        field = "other_email" if line == ContactLine.OTHER else f"line_{line}_email"
        return getattr(self, field, "")


class ContactMessageQuerySet(models.QuerySet):
    def due_for_anonymisation(self, before):
        return self.filter(
            status=ContactMessage.Status.ANSWERED,
            answered_at__lt=before,
            anonymised_at__isnull=True,
        )


class ContactMessage(models.Model):
    """A message sent through a contact page; stored before anything is mailed."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        ANSWERED = "answered", _("Answered")

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, null=True, editable=False
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    language = models.CharField(_("language"), max_length=8)
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    country = models.CharField(_("country of residence"), max_length=100, blank=True)
    line = models.CharField(_("line of action"), max_length=8, choices=ContactLine.choices)
    subject = models.CharField(_("subject"), max_length=150, blank=True)
    text = models.TextField(_("message"), blank=True)
    consent_at = models.DateTimeField(_("privacy notice accepted"), editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("mailbox message")
        verbose_name_plural = _("mailbox messages")
        ordering = ["-created_at"]
        # Named as Django named it when the model lived in the `content` app (tables kept their
        # rows and indexes when they moved; see content/migrations/0011_*).
        indexes = [
            models.Index(
                fields=["line", "status", "created_at"], name="content_con_line_f4caa1_idx"
            )
        ]

    def __str__(self):
        return self.reference or str(_("(no reference yet)"))

    def save(self, *args, **kwargs):
        """`answered_at` starts the retention clock; it follows the status."""
        if self.status == self.Status.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        elif self.status != self.Status.ANSWERED:
            self.answered_at = None
        if kwargs.get("update_fields") is not None and "status" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "answered_at"}
        super().save(*args, **kwargs)

    @classmethod
    def recent_duplicate(cls, email, subject, text, within=timedelta(minutes=10)):
        """The same message sent again moments ago (a double click, a reload): store it once."""
        return (
            cls.objects.filter(
                email=email,
                subject=subject,
                text=text,
                created_at__gte=timezone.now() - within,
                anonymised_at__isnull=True,
            )
            .order_by("created_at")
            .first()
        )

    @property
    def line_number(self):
        return None if self.line == ContactLine.OTHER else int(self.line)

    def delivery_summary(self):
        """One line per outbox entry, e.g. "Infomigra mailbox: sent"."""
        return "; ".join(
            f"{entry.get_kind_display()}: {entry.get_status_display()}"
            for entry in self.outbox.all()
        )

    delivery_summary.short_description = _("delivery")

    def anonymise(self, now=None):
        """Erase what identifies the sender; keep reference, line, country and dates."""
        self.name = ""
        self.email = ""
        self.subject = ""
        self.text = ""
        self.anonymised_at = now or timezone.now()
        self.save(update_fields=["name", "email", "subject", "text", "anonymised_at"])
        self.outbox.update(last_error="")


class OutboxEntry(models.Model):
    """One email to send for a message: to the Infomigra mailbox or to the visitor.

    The owner is a contact message (`message`) or any other stored submission (`source`, e.g. a
    registration) whose model builds its e-mails with `outbox_mail(kind)`; see inbox/mail.py.

    Workers claim an entry with a conditional UPDATE (pending → sending) so that two workers
    running the same entry's task never both send it; see inbox/outbox.py.
    """

    class Kind(models.TextChoices):
        MAILBOX = "mailbox", _("Infomigra mailbox")
        CONFIRMATION = "confirmation", _("confirmation to the visitor")

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    message = models.ForeignKey(
        ContactMessage,
        on_delete=models.CASCADE,
        related_name="outbox",
        verbose_name=_("message"),
        null=True,
        blank=True,
    )
    source_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    retrying_since = models.DateTimeField(_("retrying since"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    claimed_by = models.CharField(_("claimed by"), max_length=100, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    operators_alerted_at = models.DateTimeField(
        _("operators alerted"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("outbox entry")
        verbose_name_plural = _("outbox entries")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["message", "kind"], name="one_outbox_entry_per_kind"),
            models.UniqueConstraint(
                fields=["source_type", "source_id", "kind"],
                name="one_outbox_entry_per_source_kind",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="content_out_status_d45326_idx")
        ]

    def __str__(self):
        return f"{self.owner} · {self.get_kind_display()}"

    @property
    def owner(self):
        """The contact message or other submission this e-mail is for (None once deleted)."""
        return self.message if self.message_id is not None else self.source


class MailServerState(models.Model):
    """One row: since when the SMTP server has not answered (None: it answers), and when that
    was last checked. Deliveries wait while it is down instead of each waiting for a timeout."""

    unreachable_since = models.DateTimeField(null=True, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = _("mail server state")

    def __str__(self):
        return f"unreachable since {self.unreachable_since}" if self.unreachable_since else "ok"

    @classmethod
    def load(cls):
        return cls.objects.get_or_create(pk=1)[0]


class MigrantVoiceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=MigrantVoice.Status.PUBLISHED, may_publish=True).exclude(
            testimonial=""
        )


class MigrantVoice(models.Model):
    """A concern or suggestion from "La voz del migrante" (directive 5.4.3 a)."""

    class Kind(models.TextChoices):
        CONCERN = "concern", _("Concern")
        SUGGESTION = "suggestion", _("Suggestion")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        PUBLISHED = "published", _("Published as a testimonial")
        ARCHIVED = "archived", _("Archived")

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=8)
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    country = models.CharField(_("country"), max_length=100)
    city = models.CharField(_("city"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    text = models.TextField(_("concern or suggestion"))
    may_publish = models.BooleanField(_("may be published anonymously"), default=False)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    testimonial = models.TextField(
        _("published text"),
        blank=True,
        max_length=1000,
        help_text=_(
            "The anonymised text shown on the line 3 page: remove names, places and anything "
            "else that could identify the author."
        ),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    objects = MigrantVoiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("voice of the migrant entry")
        verbose_name_plural = _("voice of the migrant entries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.country} · {self.created_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        elif self.status != self.Status.PUBLISHED:
            self.published_at = None
        before = (
            MigrantVoice.objects.filter(pk=self.pk).values_list("status", "testimonial").first()
            if self.pk
            else None
        )
        super().save(*args, **kwargs)
        shown_before = before is not None and before[0] == self.Status.PUBLISHED
        shown_now = self.status == self.Status.PUBLISHED
        if (shown_before or shown_now) and before != (self.status, self.testimonial):
            # The line 3 pages show the testimonials (LineOfActionPage.pages_showing).
            announce_shown_object_changed(MigrantVoice, self)

    def clean(self):
        if self.status == self.Status.PUBLISHED:
            errors = {}
            if not self.may_publish:
                errors["status"] = _("The author did not allow publication.")
            if not self.testimonial.strip():
                errors["testimonial"] = _("Write the anonymised text to publish.")
            if errors:
                raise ValidationError(errors)
