"""Documents are accepted only when their content is what their extension claims.

Wagtail checks the extension against `WAGTAILDOCS_EXTENSIONS` and the size against
`WAGTAILDOCS_MAX_UPLOAD_SIZE`; an HTML page renamed `.pdf` passes both. Here the first bytes (and,
for the office formats, the ZIP directory) decide what a file really is. Office files with macros
are refused as well.
"""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# Which detected kind each allowed extension must have.
EXPECTED_KIND = {
    "pdf": "pdf",
    "docx": "docx",
    "xlsx": "xlsx",
    "odt": "odt",
    "ods": "ods",
    "png": "png",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "webp": "webp",
}
ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
OOXML_MAIN_PART = {"word/document.xml": "docx", "xl/workbook.xml": "xlsx"}
# Macro storage: VBA projects in OOXML files, Basic/ and Scripts/ folders in ODF files.
MACRO_FOLDERS = ("basic/", "scripts/")


def _zip_kind(fileobj):
    try:
        archive = zipfile.ZipFile(fileobj)
    except zipfile.BadZipFile:
        return None
    with archive:
        names = archive.namelist()
        lowered = [name.lower() for name in names]
        if any(
            name.endswith("vbaproject.bin") or name.startswith(MACRO_FOLDERS) for name in lowered
        ):
            return "macros"
        if names and names[0] == "mimetype":
            return ODF_MIMETYPES.get(archive.read("mimetype").strip())
        if "[Content_Types].xml" in names:
            for part, kind in OOXML_MAIN_PART.items():
                if part in names:
                    return kind
    return None


def detect_kind(fileobj):
    """What the file's bytes say it is: pdf, docx, xlsx, odt, ods, png, jpeg, webp, macros or None."""
    position = fileobj.tell() if hasattr(fileobj, "tell") else 0
    fileobj.seek(0)
    try:
        head = fileobj.read(16)
        if head.startswith(b"%PDF-"):
            return "pdf"
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return "png"
        if head.startswith(b"\xff\xd8\xff"):
            return "jpeg"
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return "webp"
        if head.startswith(b"PK\x03\x04"):
            fileobj.seek(0)
            return _zip_kind(fileobj)
        return None
    finally:
        fileobj.seek(position)


def validate_document_content(uploaded):
    extension = os.path.splitext(uploaded.name)[1][1:].lower()
    expected = EXPECTED_KIND.get(extension)
    if expected is None:
        raise ValidationError(
            _("Files of type “%(extension)s” are not accepted. Accepted types: %(accepted)s."),
            code="invalid_extension",
            params={"extension": extension or "?", "accepted": ", ".join(EXPECTED_KIND)},
        )
    kind = detect_kind(uploaded)
    if kind == "macros":
        raise ValidationError(
            _("Documents with macros are not accepted. Save the file without macros."),
            code="macros",
        )
    if kind != expected:
        raise ValidationError(
            _(
                "The content of this file is not a valid “%(extension)s” document. "
                "Upload the original file, not a renamed one."
            ),
            code="content_mismatch",
            params={"extension": extension},
        )


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form (add, edit, multiple upload, chooser) with the content check."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_document_content(uploaded)
        return uploaded
