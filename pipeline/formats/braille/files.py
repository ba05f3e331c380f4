"""The files a braille order goes out as: BRF for the embosser, PEF for archives and DAISY tools,
a Unicode preview for a screen, and a proof PDF for the sighted member of staff who checks it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lxml import etree

from ...languages import find_language
from ...model import Leaflet
from .layout import Page

# North American ASCII braille: the character for each six-dot cell, indexed by its dot bits
# (dot 1 = bit 0 ... dot 6 = bit 5). The same mapping embossers and BRF readers assume.
NORTH_AMERICAN_ASCII = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="
CELL_OF_ASCII = {char: chr(0x2800 + bits) for bits, char in enumerate(NORTH_AMERICAN_ASCII)}
CELL_OF_ASCII.update({char.lower(): cell for char, cell in CELL_OF_ASCII.items()})

PEF_NS = "http://www.daisy.org/ns/2008/pef"
DC_NS = "http://purl.org/dc/elements/1.1/"


_ASCII_OF_CELL = {0x2800 + bits: char for bits, char in enumerate(NORTH_AMERICAN_ASCII)}


def to_ascii(cells: str) -> str:
    """Unicode six-dot cells to BRF characters; an eight-dot cell is a bug, never written."""
    text = cells.translate(_ASCII_OF_CELL)
    if text and max(text) > "\u007f":
        wrong = next(c for c in text if c > "\u007f")
        raise ValueError(f"{wrong!r} (U+{ord(wrong):04X}) is not a six-dot braille cell")
    return text


def brf_bytes(pages: list[Page]) -> bytes:
    """CR LF after every line, a form feed between pages."""
    text = "\f".join(
        "".join(to_ascii(line.cells) + "\r\n" for line in page.lines) for page in pages
    )
    return text.encode("ascii")


def brf_pages(data: bytes) -> list[list[str]]:
    """A BRF read back as pages of Unicode cells ("?" for a byte that is no braille)."""
    pages = []
    for page_text in data.decode("ascii", errors="replace").split("\f"):
        lines = page_text.split("\r\n")
        if lines and lines[-1] == "":
            lines.pop()
        pages.append(["".join(CELL_OF_ASCII.get(c, "?") for c in line) for line in lines])
    return pages


_PAGE_MARK = "--- braille page "


def preview_text(leaflet: Leaflet, pages: list[Page], summary: str) -> str:
    """Unicode braille for reading on a screen, each braille page marked where it starts."""
    out = [f"{leaflet.meta.title} ({leaflet.identifier}), {summary}", ""]
    for page in pages:
        out.append(f"{_PAGE_MARK}{page.number} of {len(pages)} ---")
        out.extend(line.cells for line in page.lines)
    return "\n".join(out) + "\n"


def preview_pages(text: str) -> list[list[str]]:
    """The Unicode preview read back as pages of cells, its title line and page marks left out."""
    pages: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith(_PAGE_MARK):
            pages.append([])
        elif pages:
            pages[-1].append(line)
    return pages


def pef_bytes(
    leaflet: Leaflet, pages: list[Page], cols: int, rows: int, duplex: bool, identifier: str
) -> bytes:
    """PEF 2008-1: one volume, one section, a page per braille page, a row per line."""
    pef = etree.Element(f"{{{PEF_NS}}}pef", nsmap={None: PEF_NS}, version="2008-1")
    head = etree.SubElement(pef, f"{{{PEF_NS}}}head")
    meta = etree.SubElement(head, f"{{{PEF_NS}}}meta", nsmap={"dc": DC_NS})
    for name, value in (
        ("format", "application/x-pef+xml"),
        ("identifier", identifier),
        ("title", leaflet.meta.title),
        ("creator", leaflet.trust.organisation),
        ("language", leaflet.meta.language),
        ("date", date.today().isoformat()),
        ("description", f"Leaflet {leaflet.meta.number} version {leaflet.meta.version}"),
    ):
        etree.SubElement(meta, f"{{{DC_NS}}}{name}").text = value
    body = etree.SubElement(pef, f"{{{PEF_NS}}}body")
    volume = etree.SubElement(
        body,
        f"{{{PEF_NS}}}volume",
        cols=str(cols),
        rows=str(rows),
        rowgap="0",
        duplex="true" if duplex else "false",
    )
    section = etree.SubElement(volume, f"{{{PEF_NS}}}section")
    for page in pages:
        page_element = etree.SubElement(section, f"{{{PEF_NS}}}page")
        for line in page.lines:
            etree.SubElement(page_element, f"{{{PEF_NS}}}row").text = line.cells
    return etree.tostring(pef, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# ---- proof PDF ---------------------------------------------------------------------------------

_FONT = "ProofSans"
_FONT_FILES = (
    Path("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)


def _unshaped(lang: str) -> bool:
    """Scripts reportlab cannot shape here (no HarfBuzz): their print is named, not drawn
    wrongly."""
    row = find_language(lang)
    return row is not None and row.script != "Latin"


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT in pdfmetrics.getRegisteredFontNames():
        return _FONT
    for path in _FONT_FILES:
        if path.is_file():
            pdfmetrics.registerFont(TTFont(_FONT, str(path)))
            return _FONT
    return "Helvetica"


def _cell_form(pdf, bits: int, dot: float, radius: float, drawn: set[str]) -> str:
    """Each of the 64 cells is drawn once as a form and reused: a small, quick PDF."""
    name = f"cell{bits}"
    if name not in drawn:
        edge = 2 * radius
        pdf.beginForm(name, lowerx=-edge, lowery=-2 * dot - edge, upperx=dot + edge, uppery=edge)
        for index in range(6):
            if bits & (1 << index):
                pdf.circle((index // 3) * dot, -(index % 3) * dot, radius, stroke=0, fill=1)
        pdf.endForm()
        drawn.add(name)
    return name


def proof_pdf(
    path: Path, leaflet: Leaflet, pages: list[Page], cols: int, rows: int, summary: str
) -> None:
    """Every braille line drawn as dots with its print beneath, one PDF page per braille page."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    width, height = A4
    margin, gutter, header = 28.0, 18.0, 30.0
    cell = min(13.0, (width - 2 * margin - gutter) / cols)
    pitch = min(29.0, (height - 2 * margin - header) / rows)
    dot = cell * 0.31  # dot spacing inside a cell
    radius = cell * 0.1
    grey = Color(0.55, 0.55, 0.55)
    names = {t.lang: t.language_name for t in leaflet.trust.translations}

    drawn: set[str] = set()
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle(f"{leaflet.meta.title}: braille proof")
    pdf.setAuthor(leaflet.trust.organisation)
    pdf.setSubject(summary)
    for page in pages:
        top = height - margin
        pdf.setFont(font, 9)
        pdf.setFillColor(black)
        pdf.drawString(
            margin,
            top - 10,
            f"{leaflet.meta.title} ({leaflet.identifier}): braille page {page.number} of "
            f"{len(pages)}. {summary}.",
        )
        y = top - header
        for number, line in enumerate(page.lines, start=1):
            pdf.setFillColor(grey)
            pdf.setFont(font, 6)
            pdf.drawRightString(margin + gutter - 6, y - 2 * dot, str(number))
            pdf.setFillColor(black)
            for column, char in enumerate(line.cells):
                if char != "\u2800":
                    pdf.saveState()
                    pdf.translate(margin + gutter + column * cell, y)
                    pdf.doForm(_cell_form(pdf, ord(char) - 0x2800, dot, radius, drawn))
                    pdf.restoreState()
            caption = line.print_text
            if caption and _unshaped(line.lang):
                caption = f"({names.get(line.lang, line.lang)} text, {line.table})"
            if caption:
                pdf.setFillColor(grey)
                pdf.setFont(font, 6.5)
                pdf.drawString(margin + gutter, y - 2 * dot - 8.5, caption)
            y -= pitch
        pdf.showPage()
    pdf.save()
