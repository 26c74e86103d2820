"""A small hand-written PDF 1.4 writer for the demo's documents (norms and studies).

A4 pages, Helvetica and Helvetica-Bold in WinAnsi encoding (accents and «» render), text wrapped
by the fonts' real widths, a heading per section, tables, a running header and "Página n de N" on
every page, a document-information dictionary (Title, Author, Subject) and a correct xref table.
Each line of text is its own `(…) Tj`, so the text can be extracted by a simple parser.
No dependency: the demo only needs text and simple tables.
"""

import unicodedata

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN_X, TOP, BOTTOM = 56, 786, 72
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Advance widths (1/1000 em) of the printable ASCII characters, from Adobe's Helvetica AFM files.
_REGULAR = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 "
    "556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 "
    "722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 "
    "556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 "
    "260 334 584"
)
_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 "
    "556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 "
    "722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 "
    "556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389 "
    "280 389 584"
)
WIDTHS = {
    False: dict(zip(map(chr, range(32, 127)), map(int, _REGULAR.split()), strict=True)),
    True: dict(zip(map(chr, range(32, 127)), map(int, _BOLD.split()), strict=True)),
}
OTHER_WIDTHS = {"«": 556, "»": 556, "—": 1000, "–": 556, "“": 333, "”": 333, "‘": 222, "’": 222}
OTHER_WIDTHS |= {"°": 400, "º": 365, "ª": 370, "¿": 611, "¡": 333, "·": 278, "…": 1000}


def char_width(char, bold=False):
    widths = WIDTHS[bold]
    if char in widths:
        return widths[char]
    if char in OTHER_WIDTHS:
        return OTHER_WIDTHS[char]
    base = unicodedata.normalize("NFD", char)[0]  # "á" is as wide as "a"
    return widths.get(base, 556)


def text_width(text, size, bold=False):
    return sum(char_width(char, bold) for char in text) * size / 1000


def _pieces(word, size, width, bold):
    """A word wider than the line (a long address) cut into pieces that fit, after a "/" or
    "-" where possible."""
    pieces, piece = [], ""
    for char in word:
        if piece and text_width(piece + char, size, bold) > width:
            cut = max(piece.rfind("/"), piece.rfind("-"))
            if cut > len(piece) // 2:
                pieces.append(piece[: cut + 1])
                piece = piece[cut + 1 :]
            else:
                pieces.append(piece)
                piece = ""
        piece += char
    return [*pieces, piece]


def wrap(text, size, width, bold=False):
    """The lines of `text` at `size` points that fit in `width` points."""
    words = []
    for word in text.split():
        fits = text_width(word, size, bold) <= width
        words.extend([word] if fits else _pieces(word, size, width, bold))
    lines, line = [], ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines or [""]


def literal(text):
    """A PDF literal string in WinAnsi (cp1252) encoding, escaped."""
    data = text.encode("cp1252", "replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def info_text(text):
    """A PDF text string for the document information dictionary (UTF-16BE with BOM)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class PdfDocument:
    """Flowing text on A4 pages: `heading`, `paragraph`, `facts`, `table`, `page_break`; then
    `bytes()`."""

    def __init__(self, title, author="", subject="", running_head=None):
        self.title, self.author, self.subject = title, author, subject
        self.running_head = running_head or title
        self.pages = []
        self.page_break()

    # -- flow -----------------------------------------------------------------------------------
    def page_break(self):
        self.pages.append([])
        self.y = TOP

    def _room(self, height):
        if self.y - height < BOTTOM and self.y < TOP:
            self.page_break()

    def _text(self, x, text, size, bold=False):
        font = b"/F2" if bold else b"/F1"
        self.pages[-1].append(
            b"BT %s %.1f Tf %.2f %.2f Td " % (font, size, x, self.y) + literal(text) + b" Tj ET"
        )

    def _rule(self, x1, x2, y, width=0.6):
        self.pages[-1].append(b"%.1f w %.2f %.2f m %.2f %.2f l S" % (width, x1, y, x2, y))

    def _lines(self, text, size, leading, bold=False, x=MARGIN_X, width=TEXT_WIDTH):
        for line in wrap(text, size, width, bold):
            self._room(leading)
            self.y -= leading
            self._text(x, line, size, bold)

    def title_block(self, kicker, title, subtitle=""):
        self.y -= 10
        self._lines(kicker.upper(), 9, 12, bold=True)
        self.y -= 8
        self._lines(title, 17, 21, bold=True)
        if subtitle:
            self.y -= 4
            self._lines(subtitle, 12, 16)
        self.y -= 10
        self._rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, self.y, width=1.2)
        self.y -= 6

    def heading(self, text):
        self._room(60)  # a heading never ends a page
        self.y -= 12
        self._lines(text, 13, 17, bold=True)
        self.y -= 4

    def paragraph(self, text, size=10.5):
        self._lines(text, size, size * 1.38)
        self.y -= size * 0.6

    def facts(self, pairs):
        """Label and value, one pair a line (the value wrapped beside its label)."""
        label_width = 130
        for label, value in pairs:
            lines = wrap(str(value), 10.5, TEXT_WIDTH - label_width)
            self._room(14.5 * len(lines))
            self.y -= 14.5
            self._text(MARGIN_X, f"{label}:", 10.5, bold=True)
            self._text(MARGIN_X + label_width, lines[0], 10.5)
            for line in lines[1:]:
                self.y -= 14.5
                self._text(MARGIN_X + label_width, line, 10.5)
        self.y -= 6

    def table(self, caption, headers, rows, source=""):
        """A table: its caption, a bold header row between rules, numbers right-aligned."""
        size, leading = 9.5, 13
        count = len(headers)
        first = TEXT_WIDTH * (0.46 if count > 2 else 0.6)
        widths = [first] + [(TEXT_WIDTH - first) / (count - 1)] * (count - 1)
        numeric = [
            all(str(row[i]).replace(".", "").replace(",", "").strip().isdigit() for row in rows)
            for i in range(count)
        ]
        self._room(leading * (len(rows) + 4))
        self.y -= 6
        self._lines(caption, 10.5, 14, bold=True)
        self.y -= 4
        self._rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, self.y)
        for row_number, row in enumerate([headers, *rows]):
            cells = [wrap(str(cell), size, widths[i] - 8) for i, cell in enumerate(row)]
            height = leading * max(len(cell) for cell in cells)
            self._room(height + 4)
            top = self.y
            for i, cell in enumerate(cells):
                x = MARGIN_X + sum(widths[:i])
                self.y = top
                for line in cell:
                    self.y -= leading
                    if numeric[i]:  # the figures and their heading, right-aligned
                        offset = widths[i] - 6 - text_width(line, size, bold=row_number == 0)
                    else:
                        offset = 0
                    self._text(x + offset, line, size, bold=row_number == 0)
            self.y = top - height - 3
            if row_number == 0:
                self._rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, self.y + 1, width=0.4)
        self._rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, self.y)
        if source:
            self.y -= 2
            self._lines(source, 8.5, 11)
        self.y -= 8

    # -- output ---------------------------------------------------------------------------------
    def _decorate(self, number, total):
        """The running head (from page 2) and the page number, on every page."""
        ops = []
        if number > 1:
            head = wrap(self.running_head, 8.5, TEXT_WIDTH - 80)[0]
            ops.append(b"BT /F1 8.5 Tf %d 810 Td " % MARGIN_X + literal(head) + b" Tj ET")
            ops.append(b"0.4 w %d 804 m %d 804 l S" % (MARGIN_X, PAGE_WIDTH - MARGIN_X))
        label = f"Página {number} de {total}"
        x = PAGE_WIDTH - MARGIN_X - text_width(label, 9)
        ops.append(b"0.4 w %d 52 m %d 52 l S" % (MARGIN_X, PAGE_WIDTH - MARGIN_X))
        ops.append(b"BT /F1 9 Tf %.2f 38 Td " % x + literal(label) + b" Tj ET")
        return ops

    def bytes(self):
        pages = [page for page in self.pages if page] or [[]]
        total = len(pages)
        fonts = 3  # objects 3 and 4: the fonts; 5: the information dictionary
        objects = {
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
            b"/Encoding /WinAnsiEncoding >>",
            5: b"<< /Title "
            + info_text(self.title)
            + b" /Author "
            + info_text(self.author)
            + b" /Subject "
            + info_text(self.subject)
            + b" /Producer (Peru Infomigra load_demo) >>",
        }
        kids = []
        for index, ops in enumerate(pages):
            page_obj, content_obj = 6 + 2 * index, 7 + 2 * index
            kids.append(page_obj)
            stream = b"\n".join(ops + self._decorate(index + 1, total)) + b"\n"
            objects[page_obj] = (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                % (PAGE_WIDTH, PAGE_HEIGHT, fonts, fonts + 1, content_obj)
            )
            objects[content_obj] = (
                b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
            )
        objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % kid for kid in kids),
            total,
        )
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for number in sorted(objects):
            offsets[number] = len(out)
            out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
        size = max(objects) + 1
        xref_at = len(out)
        out += b"xref\n0 %d\n" % size
        out += b"0000000000 65535 f \n"
        for number in range(1, size):
            out += b"%010d 00000 n \n" % offsets[number]
        out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\n" % size
        out += b"startxref\n%d\n%%%%EOF\n" % xref_at
        return bytes(out)
