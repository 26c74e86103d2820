"""Generated placeholder files: PDFs (written by hand, demo/pdf.py) and decorative images."""

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

from .pdf import PdfDocument


def collection(name):
    """A collection directly under the root collection, created if missing."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


# -- PDF --------------------------------------------------------------------------------------


def pdf_bytes(title, paragraphs):
    """A plain A4 PDF: a bold title and wrapped paragraphs (page numbers, correct xref)."""
    pdf = PdfDocument(title, author="Perú Infomigra", subject=title)
    pdf.title_block("Perú Infomigra", title)
    for paragraph in paragraphs:
        pdf.paragraph(paragraph)
    return pdf.bytes()


def document(title, filename, content, collection_name):
    """A Wagtail document holding a generated PDF (`content`: its bytes), created if missing
    (keyed on title)."""
    Document = get_document_model()
    target = collection(collection_name)
    existing = Document.objects.filter(title=title, collection=target).first()
    if existing:
        return existing
    doc = Document(title=title, collection=target)
    doc.file.save(filename, ContentFile(content), save=False)
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
