"""The files a braille order goes out as: BRF for the embosser, PEF for archives and DAISY tools,
a Unicode preview for a screen, and a proof PDF for the sighted member of staff who checks it."""

from __future__ import annotations

import io
import re
from datetime import date
from html import escape
from pathlib import Path

import pikepdf
from lxml import etree

from ...languages import LANGUAGES, is_right_to_left, primary_language
from ...model import Leaflet
from ...text import scripts_in
from ..fonts import print_faces, script_font_faces
from ..pdf_glyphs import note_written, read_content
from .layout import (
    BLANK,
    CONTINUATION,
    TN_CLOSE,
    TN_OPEN,
    Line,
    Page,
    as_printed,
    back_translate,
)

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
        ("creator", leaflet.written_by),
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

# The cells are set as Unicode braille in a face whose dots are round (fonts-noto-core), over a
# grey full cell: the dots not raised show as shadow dots. 17 pt puts 40 cells in 476 pt.
BRAILLE_FACE = "Noto Sans Symbols2"
FULL_CELL = "\u283f"
# A4 in pt, and the margins: a sheet is laid out this size times 1/scale and printed at scale.
SHEET = (595.28, 841.89)
MARGIN_MM = (9, 10)
PT_PER_MM = 72 / 25.4
PROOF_STYLE = """
@page { size: %(width).2fpt %(height).2fpt; margin: %(top).2fmm %(side).2fmm; }
html { font-family: "Liberation Sans", sans-serif; font-size: 12pt; color: #000; }
body { margin: 0; }
section { break-after: page; }
section:last-child { break-after: auto; }
h1, h2 { font-size: 12pt; font-weight: bold; margin: 0 0 3pt 0; line-height: 14pt; }
table { border-collapse: collapse; }
th { font-weight: normal; text-align: right; vertical-align: top; width: 20pt;
  padding: 0 5pt 0 0; line-height: 14pt; }
td { padding: 0; line-height: 14pt; white-space: nowrap; }
.cells { font-family: "%(braille)s"; font-size: 17pt; line-height: 14pt; position: relative;
  color: #000; }
.cells::before { content: attr(data-shadow); position: absolute; left: 0; top: 0;
  color: #b4b4b4; }
.cells span { position: relative; }
tr.reads td { padding-bottom: 1.5pt; }
[dir="rtl"] { text-align: left; }
td[lang|="ar"], td [lang|="ar"] { line-height: 16pt; }
/* Nastaliq and Naskh reach further below the baseline than a 14 pt line leaves them (Noto
   Nastaliq Urdu to 7.2 pt at 12 pt), and a Nastaliq keheh (گ) up to the braille row above:
   each reading is given the room its letters take, or they touch the dots a checker reads.
   A run inside an English line is an inline block, the room beneath it deepening that line
   too. A page that would then not fit its sheet (a leaflet all in Urdu) is printed smaller,
   never closer (closer lines overlapped the braille below by 4 pt). */
td [lang|="ur"], td [lang|="ar"] { display: inline-block; }
td[lang|="ur"], td [lang|="ur"] { line-height: 17pt; }
tr.reads td[lang|="ur"], td [lang|="ur"] { padding-bottom: 9.5pt; }
tr.reads td[lang|="ur"] { padding-top: 1.5pt; }
tr.reads td[lang|="ar"], td [lang|="ar"] { padding-bottom: 3pt; }
%(faces)s
"""


def _cells(cells: str) -> str:
    """A braille line in dots, with a grey full cell under every cell that has dots."""
    shadow = "".join(BLANK if char == BLANK else FULL_CELL for char in cells)
    return f'<div class="cells" data-shadow="{shadow}"><span>{cells or BLANK}</span></div>'


NUMERIC = "\u283c"
# a line's last symbols-sequence still in numeric mode at a continuation indicator (Rules of
# UEB 6.10.5: the digits go on in the next line without a numeric indicator)
_NUMBER_GOES_ON = re.compile("\u283c[\u2801-\u281a\u2810\u2802\u2832]*\u2810$")


def _reads(
    line: Line, number: int, page: Page, in_number: bool = False, in_capitals: bool = False
) -> list[tuple[str, str]]:
    """What a braille line says, as (words, language) parts: read back by liblouis in the
    line's own table (so an Urdu line reads in Urdu letters), and a line that changes code run
    by run, each run in its own table, as the check reads it (checker.read_line: an Urdu run
    after its note in a UEB item had been read as UEB, 'mj?still ardw'); a transcriber's note
    in [ ] where it stands; a box line or the page number line named. `in_number`: the line
    goes on with a number the line before divided ("258" / "5123" had read "eabc")."""
    cells = line.cells.strip(BLANK)
    if not cells:
        return []
    if line.print_text == f"page {page.number}":
        return [(f"(braille page number {page.number})", "en-GB")]
    if not line.table:
        return [(line.print_text, "en-GB")]
    runs = line.runs or ((line.table, cells),)
    parts = []
    for (table, _), said in zip(runs, read_runs(runs, in_number, in_capitals), strict=True):
        lang = (line.lang or "en-GB") if table == line.table else _language_of(table)
        parts.append((as_printed(said, line.print_text, table), lang))
    return parts


def number_goes_on(cells: str) -> bool:
    """Whether a braille line ends in a number divided at a numeric space, its digits going on
    in the next line without a numeric indicator (Rules of UEB 6.10.5)."""
    return bool(_NUMBER_GOES_ON.search(cells.strip(BLANK).split(BLANK)[-1]))


CAPITALS_PASSAGE = "\u2820\u2820\u2820"  # dots 6-6-6 open a capitals passage (Rules of UEB 8.5)
CAPITALS_TERMINATOR = "\u2820\u2804"  # dots 6-3 close it


def capitals_go_on(cells: str, in_capitals: bool = False) -> bool:
    """Whether a capitals passage open in a line (or going on into it, `in_capitals`) is still
    open at its end, going on in the next line."""
    opened = cells.rfind(CAPITALS_PASSAGE)
    closed = cells.rfind(CAPITALS_TERMINATOR)
    return opened > closed if opened >= 0 else in_capitals and closed < 0


def read_runs(runs, in_number: bool = False, in_capitals: bool = False) -> list[str]:
    """What each (table, cells) run of a line says, for the proof and the web page's preview
    alike: a divided address's or number's continuation indicator is said as "(continues)"
    (read back it had been liblouis's escape '\\5/'), and a line that goes on with a number the
    line before divided (`in_number`) is read in numeric mode ("258" / "5123" had read "eabc"),
    one a capitals passage goes on into (`in_capitals`) in capitals ("YOUR" / "test." had read
    as though the braille had lost the print's capitals)."""
    said = []
    for index, (table, run) in enumerate(runs):
        ueb = table.startswith("en-ueb")
        continues = index == len(runs) - 1 and run.endswith(CONTINUATION) and ueb
        ended = run.rstrip(CONTINUATION) if continues else run
        lead = NUMERIC if index == 0 and in_number and ueb else ""
        lead = CAPITALS_PASSAGE + lead if index == 0 and in_capitals and ueb else lead
        text = _read_run(lead + ended, table)
        said.append(f"{text} (continues)" if continues else text)
    return said


def _read_run(cells: str, table: str) -> str:
    """A run read back in its table, each transcriber's note between [ and ]."""
    if TN_OPEN not in cells and TN_CLOSE not in cells:
        return back_translate(cells, table)
    pieces = re.split(f"({re.escape(TN_OPEN)}|{re.escape(TN_CLOSE)})", cells)
    marks = {TN_OPEN: "[", TN_CLOSE: "]"}
    return "".join(marks.get(piece) or back_translate(piece, table) for piece in pieces if piece)


def _language_of(table: str) -> str:
    """The language whose braille a table writes (the first row naming it)."""
    name = table.split(",")[0]
    tables = {row.code: (row.braille_table, row.contracted_braille_table) for row in LANGUAGES}
    return next((code for code, written in tables.items() if name in written), "")


def _marked(lang: str) -> str:
    """ lang and dir for words not in the proof's English."""
    if not lang or primary_language(lang) == "en":  # the proof's own language
        return ""
    direction = ' dir="rtl"' if is_right_to_left(lang) else ""
    return f' lang="{escape(lang)}"{direction}'


def proof_readings(pages: list[Page]) -> list[list[tuple[str, str]]]:
    """What every line of the proof reads as, in order, as (words, language) parts (_reads)."""
    readings = []
    in_number = False  # the line before ended in a divided number
    in_capitals = False  # a capitals passage goes on from the line before
    for page in pages:
        for number, line in enumerate(page.lines, start=1):
            readings.append(_reads(line, number, page, in_number, in_capitals))
            if line.print_text != f"page {page.number}" and line.cells.strip(BLANK):
                in_number = number_goes_on(line.cells)
                in_capitals = capitals_go_on(line.cells.strip(BLANK), in_capitals)
            elif not line.cells.strip(BLANK):
                in_capitals = False  # a passage ends with its paragraph
    return readings


def proof_html(
    leaflet: Leaflet,
    pages: list[Page],
    cols: int,
    summary: str,
    scale: float = 1.0,
) -> str:
    """The proof as HTML: per braille page, every line numbered as in the BRF, drawn in dots,
    with what the braille says beneath it ([ ] marks a transcriber's note); its sheet
    1/`scale` the size of A4, to be printed at `scale` (the margins stay as on A4)."""
    title = escape(leaflet.meta.title)
    sections = []
    readings = iter(proof_readings(pages))
    for page in pages:
        rows = []
        for number, line in enumerate(page.lines, start=1):
            parts = next(readings)
            if len(parts) == 1:  # the cell in its language
                said, marked = escape(parts[0][0]), _marked(parts[0][1])
            else:  # each run in its own
                said = " ".join(
                    f"<span{_marked(lang)}>{escape(text)}</span>" if _marked(lang) else escape(text)
                    for text, lang in parts
                )
                marked = ""
            rows.append(
                f'<tr><th scope="row" rowspan="2">{number}</th>'
                f"<td>{_cells(line.cells)}</td></tr>"
                f'<tr class="reads"><td{marked}>{said}</td></tr>'
            )
        heading = "h1" if page.number == 1 else "h2"
        sections.append(
            f"<section><{heading}>{title} ({leaflet.identifier}): braille page "
            f"{page.number} of {len(pages)}</{heading}><table>{''.join(rows)}</table></section>"
        )
    style = PROOF_STYLE % {
        "braille": BRAILLE_FACE,
        # each reading in the face a PDF prints its language in (fonts.pdf_print_font): Urdu in
        # Naskh, as Arabic, for a Nastaliq glyph cannot always be mapped back to one letter, and
        # an Urdu reading copied, searched or read from the PDF had come back broken ("رمضان"
        # as "ر ذ ا ن", mim as thal), so a checker could not set it beside the print
        "faces": script_font_faces(in_pdf=True),
        "width": SHEET[0] / scale,
        "height": SHEET[1] / scale,
        "top": MARGIN_MM[0] / scale,
        "side": MARGIN_MM[1] / scale,
    }
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{title}: braille proof</title>"
        f'<meta name="description" content="{escape(summary)}">'
        f'<meta name="author" content="{escape(leaflet.written_by)}">'
        f"<style>{style}</style></head><body>{''.join(sections)}</body></html>"
    )


def proof_pdf(path: Path, leaflet: Leaflet, pages: list[Page], cols: int, summary: str) -> None:
    """The proof for the sighted member of staff who checks the braille before embossing:
    one tagged PDF page per braille page, shaped in every script by WeasyPrint."""
    from weasyprint import HTML

    html = proof_html(leaflet, pages, cols, summary)
    with print_faces() as faces:
        document = HTML(string=html).render(font_config=faces, pdf_variant="pdf/ua-1")
        scale = 1.0
        if _overflowing(document) or _too_wide(document):
            scale = _scale_to_sheet(proof_html(leaflet, pages, cols, summary, PROOF_SPREAD), faces)
            html = proof_html(leaflet, pages, cols, summary, scale)
            document = HTML(string=html).render(font_config=faces, pdf_variant="pdf/ua-1")
        data = document.write_pdf(zoom=scale, pdf_variant="pdf/ua-1")
    data = carry_readings(data, proof_readings(pages))
    path.write_bytes(data)
    note_written(path, data)  # the build's check reads it from its content streams


def reading_rows(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """The proof's reading cells (the TD of each row with no line number), in reading order."""
    rows, stack = [], [pdf.Root.StructTreeRoot]
    while stack:
        element = stack.pop()
        kids = [k for k in _kids(element) if isinstance(k, pikepdf.Dictionary) and "/S" in k]
        if element.get("/S") == "/TR" and not any(kid.S == "/TH" for kid in kids):
            rows.extend(kids[:1])
            continue
        stack.extend(reversed(kids))
    return rows


def _kids(element: pikepdf.Dictionary) -> list:
    kids = element.get("/K")
    return list(kids) if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]


def marked_parts(element: pikepdf.Dictionary, page_index: dict) -> list:
    """Each structure element under `element` (itself too) that holds marked content of its
    own, in order, with its (page, MCID) keys."""
    found, stack = [], [(element, None)]
    while stack:
        node, page = stack.pop()
        page = page_index.get(node["/Pg"].objgen, page) if "/Pg" in node else page
        own = []
        for kid in _kids(node):
            if isinstance(kid, int) and page is not None:
                own.append((page, kid))
            elif isinstance(kid, pikepdf.Dictionary) and "/MCID" in kid:
                kid_page = page_index.get(kid["/Pg"].objgen, page) if "/Pg" in kid else page
                own.append((kid_page, int(kid.MCID)))
        if own:
            found.append((node, own))
        stack.extend((k, page) for k in reversed(_kids(node)) if isinstance(k, pikepdf.Dictionary)
                     and "/S" in k)
    return found


def _in_other_script(text: str) -> bool:
    """Whether text has letters of a script other than Latin (Urdu, Arabic, Gujarati, ...)."""
    return bool(scripts_in(text) - {"Latin", "Common"})


def carry_readings(data: bytes, readings: list[list[tuple[str, str]]]) -> bytes:
    """The proof with each reading in a script not written in Latin letters carrying its words
    as /ActualText and its language as /Lang on its structure element, as large print's runs
    do: WeasyPrint tags the reading with no language (a screen reader read Urdu in its English
    voice), and a shaped glyph need not map back to one letter. A reading that is a run inside
    an English line is carried by the element holding it; where the elements and the runs do
    not pair up the reading is left as drawn (the check reads it so)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        rows = reading_rows(pdf)
        if len(rows) != len(readings):
            return data
        page_index = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
        marked = read_content(pdf)[1]
        for row, parts in zip(rows, readings, strict=True):
            other = [(text, lang) for text, lang in parts if _in_other_script(text)]
            if not other:
                continue
            held = marked_parts(row, page_index)
            if len(parts) == 1:
                held = [(row, [])]
            else:
                held = [
                    (node, keys) for node, keys in held
                    if _in_other_script("".join(marked.get(key, "") for key in keys))
                ]
            if len(held) != len(other):
                continue
            for (node, _), (text, lang) in zip(held, other, strict=True):
                node.ActualText = pikepdf.String(text)
                node.Lang = pikepdf.String(lang)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _overflowing(document) -> frozenset[int]:
    """The braille pages whose proof runs onto a second sheet: each sheet that opens with no
    heading goes on from the braille page before it."""
    from weasyprint.formatting_structure.boxes import BlockBox

    spilled, number = set(), 0
    for page in document.pages:  # its laid-out boxes are not public API, but long stable
        headed = any(
            isinstance(box, BlockBox) and box.element_tag in ("h1", "h2")
            for box in page._page_box.descendants()
        )
        if headed:
            number += 1
        else:
            spilled.add(number)
    return frozenset(spilled)


# A braille page is measured on a sheet this many times smaller a scale (so larger), where the
# longest (40 lines) and widest (60 cells) fit whole.
PROOF_SPREAD = 1 / 4


def _too_wide(document) -> bool:
    """Whether a line of cells or of print runs past a sheet's right margin (its cells are set
    on one line, never wrapped)."""
    return any(_extent(page)[0] > page._page_box.width + 0.5 for page in document.pages)


def _extent(page) -> tuple[float, float]:
    """How far right and down the boxes of a laid-out sheet reach from its margins, in CSS px."""
    from weasyprint.formatting_structure.boxes import TableRowBox, TextBox

    sheet = page._page_box  # its laid-out boxes are not public API, but long stable
    words = [box for box in sheet.descendants() if isinstance(box, TextBox)]  # a block is
    right = max(box.position_x + box.margin_width() for box in words)  # as wide as the sheet
    # down to the room left beneath a last Urdu reading (its padding), which is on the sheet
    # too: measured to its words alone, an all-Urdu page was 1 pt too long for its sheet
    rows = [box for box in sheet.descendants() if isinstance(box, TableRowBox)]
    bottom = max(box.position_y + box.margin_height() for box in [*words, *rows])
    return right - sheet.content_box_x(), bottom - sheet.content_box_y()


def _scale_to_sheet(spread_html: str, faces) -> float:
    """How much smaller than full size the proof must be printed for its longest and widest
    braille page to fit on an A4 sheet (28 lines of 2 rows each are taller than its 791 pt):
    each braille page is laid out alone on a sheet large enough and measured."""
    from weasyprint import HTML

    document = HTML(string=spread_html).render(font_config=faces, pdf_variant="pdf/ua-1")
    px_per_pt = 4 / 3
    room = (
        (SHEET[0] - 2 * MARGIN_MM[1] * PT_PER_MM) * px_per_pt,
        (SHEET[1] - 2 * MARGIN_MM[0] * PT_PER_MM) * px_per_pt,
    )
    scale = 1.0
    for page in document.pages:
        right, bottom = _extent(page)
        scale = min(scale, room[0] / right, room[1] / bottom)
    return scale * 0.99  # rounding in the layout at the smaller size
