"""Small but real files of every document type the portal accepts, and some it must refuse."""

import io
import zipfile

from PIL import Image

from demo.files import pdf_bytes

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/{part}" ContentType="{type}"/>
</Types>"""


def pdf():
    return pdf_bytes("Guía para trabajar en Chile", ["Requisitos y trámites."])


# Entries carry a fixed date: the same bytes in every process (pytest-xdist's workers must collect
# the same test ids, and the clock ticking between two workers' collections changed them).
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(entries, stored_first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if stored_first:
            name, data = stored_first
            archive.writestr(
                zipfile.ZipInfo(name, ZIP_DATE), data, compress_type=zipfile.ZIP_STORED
            )
        for name, data in entries.items():
            archive.writestr(
                zipfile.ZipInfo(name, ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED
            )
    return buffer.getvalue()


def docx(macros=False):
    part = "word/document.xml"
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    entries = {
        "[Content_Types].xml": CONTENT_TYPES.format(part=part, type=kind),
        part: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Contrato</w:t></w:r></w:p></w:body></w:document>",
    }
    if macros:
        entries["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macro"
    return _zip(entries)


def xlsx():
    part = "xl/workbook.xml"
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    return _zip(
        {
            "[Content_Types].xml": CONTENT_TYPES.format(part=part, type=kind),
            part: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        }
    )


def _odf(mimetype, macros=False):
    entries = {"content.xml": "<office:document-content/>", "META-INF/manifest.xml": "<m/>"}
    if macros:
        entries["Basic/Standard/Module1.xml"] = "<script:module/>"
    return _zip(entries, stored_first=("mimetype", mimetype))


def odt(macros=False):
    return _odf("application/vnd.oasis.opendocument.text", macros)


def ods():
    return _odf("application/vnd.oasis.opendocument.spreadsheet")


def image(fmt):
    buffer = io.BytesIO()
    Image.new("RGB", (12, 8), (200, 16, 46)).save(buffer, format=fmt)
    return buffer.getvalue()


HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

ACCEPTED = {
    "pdf": pdf,
    "docx": docx,
    "xlsx": xlsx,
    "odt": odt,
    "ods": ods,
    "png": lambda: image("PNG"),
    "jpg": lambda: image("JPEG"),
    "jpeg": lambda: image("JPEG"),
    "webp": lambda: image("WEBP"),
}
