"""Valid posts of the two registration forms, the signed contract as a real PDF, and the
`FormSpec`s of the shared bad-input matrix (tests/forms_matrix.py)."""

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from demo.files import pdf_bytes
from network.models import RegionPage
from registrations.forms import ReturnForm, SivitmaForm
from tests.forms_matrix import FormSpec

RUC = "20131312955"  # a real RUC (SUNAT's own): its check digit is right


def contract(content=None, name="contrato firmado.pdf"):
    if content is None:
        content = pdf_bytes(
            "Contrato de trabajo", ["Contrato de trabajo a plazo fijo entre las partes."]
        )
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def sivitma_data(**overrides):
    today = timezone.localdate()
    data = {
        "submitted_by": "employer",
        "employer_name": "Textiles del Sur S.A.C.",
        "employer_ruc": RUC,
        "worker_name": "Andrés Quispe Choque",
        "nationality": "BO",
        "id_document_type": "national-id",
        "id_document_number": "8754321",
        "occupation": "Operario de confección",
        "contract_start": (today + timedelta(days=7)).isoformat(),
        "contract_end": (today + timedelta(days=372)).isoformat(),
        "monthly_salary": "1500.00",
        "email": "rrhh@textilesdelsur.example.pe",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def region(name):
    return RegionPage.objects.get(name=name, locale__language_code="es")


def retorno_data(**overrides):
    data = {
        "name": "Rosa Huamán Ccori",
        "email": "rosa.huaman@example.pe",
        "phone": "+34 612 345 678",
        "returned_from": "España",
        "return_date": (timezone.localdate() - timedelta(days=20)).isoformat(),
        "occupation": "Cocinera",
        "skills": "Diez años en cocina de hotel en Madrid.\r\nCurso de manipulación de alimentos.",
        "interest": "self-employment",
        "region": str(region("Cusco").pk),
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def required(form, *names):
    return [(name, form.base_fields[name].error_messages["required"]) for name in names]


SIVITMA = FormSpec(
    name="sivitma",
    url_name="forms:sivitma",
    valid=sivitma_data,
    required=required(
        SivitmaForm,
        "submitted_by",
        "employer_name",
        "employer_ruc",
        "worker_name",
        "nationality",
        "id_document_type",
        "id_document_number",
        "occupation",
        "contract_start",
        "monthly_salary",
        "email",
        "consent",
    ),
    text_field="worker_name",
    text_limit=150,
    files=lambda: {"contract_pdf": contract()},
)

RETORNO = FormSpec(
    name="retorno",
    url_name="forms:retorno",
    valid=retorno_data,
    required=required(
        ReturnForm,
        "name",
        "email",
        "returned_from",
        "return_date",
        "occupation",
        "skills",
        "interest",
        "region",
        "consent",
    ),
    text_field="name",
    text_limit=150,
)
