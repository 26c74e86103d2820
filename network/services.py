"""The twelve Centro de Empleo services an office may provide, and how the API shows them."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers


class ServiceCode(models.TextChoices):
    """The twelve Centro de Empleo services an office may provide."""

    LABOUR_MARKET = "labour-market-information", _("Information on the labour market")
    BUSINESS_OUTREACH = "business-outreach", _("Business outreach")
    VOCATIONAL_GUIDANCE = "vocational-guidance", _("Vocational guidance")
    JOB_TRAINING = "job-training", _("Job training")
    ENTREPRENEURSHIP_TRAINING = "entrepreneurship-training", _("Entrepreneurship training")
    ENTREPRENEURSHIP_GUIDANCE = "entrepreneurship-guidance", _("Entrepreneurship guidance")
    JOB_BANK = "job-bank", _("Job bank")
    JOB_SEARCH_COUNSELLING = "job-search-counselling", _("Job-search counselling")
    CUL = "certificado-unico-laboral", _("Certificado Único Laboral (single labour certificate)")
    TEMPORARY_EMPLOYMENT = "temporary-employment", _("Temporary employment")
    COMPETENCE_CERTIFICATION = "competence-certification", _("Certification of labour competences")
    MIGRANT_GUIDANCE = "migrant-guidance", _("Guidance for migrants")


class EmploymentService(models.Model):
    """One row per `ServiceCode` (created by a migration); the name is translated interface text."""

    code = models.SlugField(_("code"), primary_key=True, max_length=40, choices=ServiceCode.choices)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("Centro de Empleo service")
        verbose_name_plural = _("Centro de Empleo services")
        ordering = ["sort_order"]

    def __str__(self):
        return str(ServiceCode(self.code).label)


class ServicesField(serializers.Field):
    """An office's services in the API: [{"code", "name"}], names in the office's language."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, office):
        with translation.override(office.locale.language_code):
            return [
                {"code": service.code, "name": str(service)} for service in office.services.all()
            ]
