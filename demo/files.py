"""Generated placeholder files: small valid PDFs (written by hand) and decorative images."""

import hashlib
import textwrap
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points


def collection(name):
    """A collection directly under the root collection, created if missing."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


# -- PDF --------------------------------------------------------------------------------------


def _pdf_text(text):
    """A PDF literal string in WinAnsi (cp1252) encoding, escaped."""
    data = text.encode("cp1252", "replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf_info_text(text):
    """A PDF text string for the document information dictionary (UTF-16BE with BOM)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def pdf_bytes(title, paragraphs):
    """A one-page A4 PDF 1.4 with a bold title and wrapped paragraphs, with a correct xref."""
    lines = [b"BT", b"/F2 15 Tf", b"18 TL", b"56 780 Td"]
    for line in textwrap.wrap(title, 62):
        lines.append(_pdf_text(line) + b" Tj T*")
    lines += [b"/F1 10.5 Tf", b"14 TL", b"T*"]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 92):
            lines.append(_pdf_text(line) + b" Tj T*")
        lines.append(b"T*")
    lines.append(b"ET")
    content = b"\n".join(lines) + b"\n"

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>"
        % (PAGE_WIDTH, PAGE_HEIGHT),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_info_text(title) + b" /Producer (Peru Infomigra load_demo) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def document(title, filename, paragraphs, collection_name):
    """A Wagtail document holding a generated PDF, created if missing (keyed on title)."""
    Document = get_document_model()
    target = collection(collection_name)
    existing = Document.objects.filter(title=title, collection=target).first()
    if existing:
        return existing
    doc = Document(title=title, collection=target)
    doc.file.save(filename, ContentFile(pdf_bytes(title, paragraphs)), save=False)
    doc._set_document_file_metadata()
    doc.save()
    return doc


# -- images -----------------------------------------------------------------------------------

PALETTES = [
    ("#c8102e", "#f4f1ea", "#7a0a1c"),  # red and white
    ("#0b5c73", "#e9f3f5", "#06384a"),  # teal
    ("#3d6b35", "#eef4ea", "#21401c"),  # green
    ("#8a4b08", "#fbf2e6", "#4f2a04"),  # clay
]


FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]


def _font(size):
    """A system TrueType font with accented letters; Pillow's bundled font lacks some."""
    for path in FONT_FILES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def image_bytes(caption, palette=0, fmt="PNG", size=(1200, 675)):
    """A decorative placeholder: circles and bands in one palette, with a caption."""
    strong, light, dark = PALETTES[palette % len(PALETTES)]
    width, height = size
    img = PILImage.new("RGB", size, light)
    draw = ImageDraw.Draw(img)
    seed = int(hashlib.sha1(caption.encode()).hexdigest(), 16)
    for i in range(6):
        radius = 60 + (seed >> (i * 5)) % 180
        x = (seed >> (i * 7)) % width
        y = (seed >> (i * 11)) % height
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=strong, width=10)
    draw.rectangle((0, height - 190, width, height), fill=strong)
    draw.rectangle((0, height - 204, width, height - 190), fill=dark)
    font, small = _font(46), _font(26)
    for n, line in enumerate(textwrap.wrap(caption, 42)[:2]):
        draw.text((56, height - 170 + n * 58), line, fill="white", font=font)
    draw.rectangle((40, 28, 300, 84), fill=light)
    draw.text((56, 40), "Perú Infomigra", fill=dark, font=small)
    buffer = BytesIO()
    img.save(buffer, format=fmt, **({"quality": 80} if fmt == "WEBP" else {"optimize": True}))
    return buffer.getvalue()


def image(title, filename, caption, collection_name, palette=0):
    """A Wagtail image with a generated placeholder, created if missing (keyed on title)."""
    Image = get_image_model()
    target = collection(collection_name)
    existing = Image.objects.filter(title=title, collection=target).first()
    if existing:
        return existing
    fmt = "WEBP" if filename.endswith(".webp") else "PNG"
    data = image_bytes(caption, palette=palette, fmt=fmt)
    img = Image(title=title, collection=target)
    img.file = ImageFile(BytesIO(data), name=filename)
    img.file_size = len(data)
    img.file_hash = hashlib.sha1(data).hexdigest()
    img.save()
    return img


def svg_image(title, filename, data, target_collection):
    """A Wagtail image from SVG bytes in `target_collection`, created if missing (keyed on title)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title, collection=target_collection).first()
    if existing:
        return existing
    img = Image(title=title, collection=target_collection)
    img.file = ContentFile(data, name=filename)
    img.file_size = len(data)
    img.file_hash = hashlib.sha1(data).hexdigest()
    img.save()
    return img
