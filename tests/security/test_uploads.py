"""Uploaded documents: allow-list, content checks, size limit, and how they are served."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from wagtail.documents import get_document_model
from wagtail.models import Collection

from core.security.uploads import detect_kind, validate_document_content
from tests.security import sample_files

pytestmark = pytest.mark.django_db
Document = get_document_model()


@pytest.fixture
def admin_client():
    user = get_user_model().objects.create_superuser("jefa.dml", password="x" * 20)
    client = Client(HTTP_ACCEPT_LANGUAGE="es")
    client.force_login(user)
    return client


def upload(client, name, data, title="Documento"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": title,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().id,
        },
    )


@pytest.mark.parametrize("extension", sorted(sample_files.ACCEPTED))
def test_every_allowed_type_is_recognised_by_content(extension):
    data = sample_files.ACCEPTED[extension]()
    validate_document_content(SimpleUploadedFile(f"archivo.{extension}", data))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("informe.pdf", sample_files.HTML),
        ("informe.pdf", sample_files.image("PNG")),
        ("contrato.docx", sample_files.xlsx()),
        ("planilla.xlsx", sample_files.docx()),
        ("acta.odt", sample_files.ods()),
        ("foto.png", sample_files.image("JPEG")),
        ("foto.jpg", sample_files.SVG),
        ("contrato.docx", b"PK\x03\x04 not really a zip"),
        ("vacio.pdf", b""),
    ],
    ids=[
        "html as pdf",
        "png as pdf",
        "xlsx as docx",
        "docx as xlsx",
        "ods as odt",
        "jpeg as png",
        "svg as jpg",
        "not a zip as docx",
        "empty pdf",
    ],
)
def test_a_renamed_file_is_refused(name, data):
    with pytest.raises(ValidationError) as error:
        validate_document_content(SimpleUploadedFile(name, data))
    assert error.value.code == "content_mismatch"


@pytest.mark.parametrize(
    "data", [sample_files.docx(macros=True), sample_files.odt(macros=True)], ids=["docx", "odt"]
)
def test_documents_with_macros_are_refused(data):
    assert detect_kind(SimpleUploadedFile("x", data)) == "macros"


def test_an_html_document_is_refused_with_a_message_in_spanish(admin_client):
    response = upload(admin_client, "aviso.html", sample_files.HTML)
    assert response.status_code == 200
    assert "no se aceptan" in response.content.decode()
    assert not Document.objects.filter(title="Documento").exists()


def test_an_html_page_renamed_pdf_is_refused(admin_client):
    response = upload(admin_client, "aviso.pdf", sample_files.HTML)
    assert response.status_code == 200
    assert "no es un documento «pdf» válido" in response.content.decode()
    assert not Document.objects.filter(title="Documento").exists()


def test_the_multiple_upload_view_checks_content_too(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {
            "files[]": SimpleUploadedFile("aviso.pdf", sample_files.HTML),
            "collection": Collection.get_first_root_node().id,
        },
    )
    assert response.json()["success"] is False
    assert not Document.objects.filter(file__contains="aviso").exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=4096)
def test_the_size_limit(admin_client):
    response = upload(admin_client, "grande.pdf", sample_files.pdf() + b"%" * 5000)
    assert response.status_code == 200
    assert not Document.objects.filter(title="Documento").exists()


def test_a_real_pdf_is_accepted_and_served_safely(admin_client):
    response = upload(admin_client, "guia-chile.pdf", sample_files.pdf(), title="Guía Chile")
    assert response.status_code == 302
    document = Document.objects.get(title="Guía Chile")
    served = Client().get(document.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(served.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize("extension", ["docx", "xlsx", "odt", "ods"])
def test_office_documents_are_served_as_attachments(admin_client, extension):
    data = sample_files.ACCEPTED[extension]()
    assert upload(admin_client, f"anexo.{extension}", data, title=extension).status_code == 302
    served = Client().get(Document.objects.get(title=extension).url)
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"


def test_a_stored_document_outside_the_allow_list_is_never_served():
    """Say one came in before the allow-list, or through code that skipped the forms."""
    document = Document.objects.create(
        title="Antiguo", file=ContentFile(sample_files.HTML, name="antiguo.html")
    )
    served = Client(HTTP_ACCEPT_LANGUAGE="es").get(document.url)
    assert served.status_code == 403
    assert b"<script>" not in served.content
    assert "no se sirve" in served.content.decode()
