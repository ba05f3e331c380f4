"""PDF leaflets, read with pdfplumber (pdfminer.six underneath: maintained, pure Python, and it
gives each character's font, size and position, which is what finding headings needs).

Words are gathered into lines; a page set in two columns is read column by column, and a
narrower column beside the text (a sidebar of contacts) after the text of its page; lines that
repeat at the top or bottom of the pages (running headers and footers) and page numbers are
dropped, after the leaflet's details are read from them; a heading is a line set larger than
the text or wholly in bold; a word divided over two lines is joined again. A table drawn with
ruling lines (as Word and most publishing programs draw one) is found by pdfplumber's table
finder and kept as rows of cells, each cell's lines joined, rather than as lines of words run
together across its columns; so is a table set in aligned columns with no rules, found by where
its columns' words start."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import median

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from ...contacts import contact_pattern
from ...errors import LeafletError
from ...model import link_address
from ...pdf_tables import row_box, ruled_table_rows
from ...text import TICK_BOXES, script_of
from .lines import (
    DIVIDED_AT_END,
    ENDS_ASKING_FOR_A_NUMBER,
    ENDS_LEADING_ON,
    ENDS_ON_A_BOX,
    SourceLine,
    blank,
    linked,
    question_with_choices,
)
from .metadata import (
    DEPARTMENT_NAME,
    PAGE_NUMBER,
    STAFF_TEAM,
    find_details,
    names_beside_a_trust,
    trust_names,
    with_its_reference_labelled,
)
from .pdf_reread import read_again
from .repeats import running_ban
from .structure import (
    BULLET_SIGNS,
    NUMBERED_NOTE,
    RAISED_FIGURES,
    SUPERSCRIPT_FIGURES,
    banned_items,
    bare_ban,
    box_paragraphs,
    boxed_notice,
    leaflet_spellings,
    line_language,
    looks_like_header,
    rejoined,
    says_only_a_running_heads_words,
)
from .symbols import left_out as symbol_left_out
from .symbols import private_use, shown, symbol_font, unknown_left_out

_MARGIN = 0.09  # the top and bottom 9% of a page hold its running header and footer
_GUTTER = 150  # points: a second column starts at least this far right of the first
_COLUMN_GAP = 0.8  # a gap between words wider than this many ems parts a table's columns
# Word's bullets come out of a PDF as Symbol or Wingdings characters in Unicode's private use
# area (U+F0B7 for the round bullet): a line starting with one is a bulleted item.
_PRIVATE_BULLET = re.compile(r"^[\ue000-\uf8ff](?=\s|$)")
_MARKER = re.compile(
    rf"[{BULLET_SIGNS}o\ue000-\uf8ff]|\d{{1,2}}[.)]|\(\d{{1,2}}\)|\(?[a-h]\)|[a-h]\."
)
_ITEM = re.compile(rf"(?:{_MARKER.pattern})\s+")  # a list item's marker, and the space after it


def _opens_with_a_marker(text: str) -> bool:
    """A line that begins a list's item: its marker and a space, or the marker alone (its item
    on the next line). Not a word starting with "o" ("overnight.", a box's last line, had
    made a warning box a list's, and so no notice)."""
    return bool(
        _ITEM.match(text) or _MARKER.fullmatch(text.strip())
        or _MARKER.match(text) and not text[:1].isalpha()  # "•Take", set close up
    )
_ACROSS = -1
# A line in bold ending on a word that leads into what follows ("Contact us straight away if"),
# not on one a heading may end with ("Putting the brace on").
_LEADS_INTO = re.compile(r"\b(?:if|unless|until|when|because|whether|than|and|or|the|a|an|your)$",
                         re.IGNORECASE)
# A web address, e-mail address or phone number, and a line's end that leads on to one.
_CONTACT_ALONE = contact_pattern(("email", "web", "phone"))
_LEADS_TO_A_CONTACT = re.compile(
    r"(?:[,:(–-]|\b(?:visit|see|e-?mail|website|online|via|contact|from|number))$", re.IGNORECASE
)
# A lead-in ending on the condition its list's items finish: "Seek urgent help if:", "Call 999
# straight away if you:", "Go to A&E if you have any of these:".
_ENDS_ON_A_CONDITION = re.compile(r"\b(?:if|when|unless)\b[^.!?]{0,40}$", re.IGNORECASE)
_PAGE_OF = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b", re.IGNORECASE)
_PAGE_OF_WRAPPED = re.compile(r"of\s+\d{1,3}", re.IGNORECASE)
_PAGE_WORD_AT_END = re.compile(r"[\s|]*\bpage$", re.IGNORECASE)  # its number taken off
_FAINT = 0.35  # a fill opacity at most this is a watermark's, set see-through over the text


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    text: str
    size: float
    bold: bool
    cells: tuple[str, ...] | None = None  # a row of a table
    header_row: bool = False
    groups: tuple[tuple[float, str], ...] = ()  # (x0, words) between gaps wide as a column's
    column: int = 0  # on a page in columns, which, from the left (_ACROSS: across them)
    boxed: bool = False  # a box's words, its one cell (its paragraphs a line each)
    x1: float = 0.0  # where its last word ends (0: not known)
    lines_joined: int = 0  # the lines of a wrapped sentence in bold joined on to it
    ban: str = ""  # a box's "Do not", now said at the start of each of its rules
    bold_start: str = ""  # a line not wholly bold: its first words, when they are in bold
    marked: bool = False  # its words in bold marked in its text (the next line goes on plain)
    aside: bool = False  # in a narrower column beside the text (a sidebar), read after it
    bold_marked: str = ""  # its text with its words in bold marked ("**Pain** – ..."; "": none)
    running: bool = False  # a running header's or footer's, read for the leaflet's details
    starts: tuple[float, ...] = ()  # a table row's: where each of its columns starts
    spans: tuple[tuple[float, float, str], ...] = ()  # its words: (x0, x1, text) each
    note: bool = False  # a note at the page's foot to a mark above, never a running line


@dataclass
class _Said:
    """What reading the lines decided, for a person to check, and what they must fix."""

    decisions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def pdf_lines(
    path: Path, title: str = "", read: list[str] | None = None,
    bans: list[str] | None = None, read_by_cells: list[str] | None = None,
) -> tuple[list[SourceLine], list[str], list[str]]:
    """The leaflet's lines, what was dropped as running headers, footers and page numbers, and
    what a person must put back (the pictures) or check; `title`, one given by hand, is not
    asked for again. Each page's text as the file gives it is added to `read`, to check the
    lines against, and to `read_by_cells` with its ruled tables read a cell at a time; a
    running line that says a ban, to `bans`, for the text to keep once."""
    where = str(path)
    try:
        document = pdfplumber.open(str(path))
    except (PDFSyntaxError, PdfminerException, ValueError, TypeError) as error:
        raise LeafletError(f"{where}: {_unreadable(path, error)}") from None
    lost = []  # what a person must put back (a PDF's pictures are not brought in) or check
    with document:
        again = read_again(document, path)  # text pdfminer cannot decode, read by PDFium
        if again.unreadable:
            raise LeafletError(f"{where}: {_text_unreadable(again.unreadable)}")
        lost += again.warnings
        # a word divided at a line's end is spelled as the leaflet spells it elsewhere
        texts = [page.extract_text() or "" for page in document.pages]
        if read is not None:
            by_columns: list[str] = []
            for page, text in zip(document.pages, texts, strict=True):
                # (a page after one set in columns, as its lines are read: "Do not drive for 7
                # weeks. Never take more ..." alone in the last page's right-hand column was
                # read across the gutter, its words broken, and the import's were named as a
                # copy to delete)
                by_columns.append(_text_by_columns(page, any(by_columns)) or text)
            read += _without_repeated_edges(by_columns)
        if read_by_cells is not None:
            read_by_cells += _text_by_cells(document.pages)
        with leaflet_spellings(texts):
            lines, dropped, lost = _lines_of(document, where, lost, title, bans)
            return lines, again.decisions + dropped, lost


def _text_by_cells(pages: list) -> list[str]:
    """Each page's text with its ruled tables read a cell at a time, after the rest: read as
    the page stands, a cell's lines are mixed with those of the cells beside it ("Morphine" /
    "sulfate" beside "Take it 9 times a day ..."), and a medicines table saying "Do not take it
    with alcohol or with other medicines containing ..." in each row had its words named as
    said more often by the import than by the file, a copy to delete."""
    outside, cells = [], []
    columns = False
    for page in pages:
        tables = ruled_table_rows(page)
        boxes = [row_box(table) for table in tables]
        rest = page.filter(
            lambda found, boxes=boxes: not any(_inside(found, box) for box in boxes)
        ) if boxes else page
        by_columns = _text_by_columns(rest, columns)
        columns = columns or bool(by_columns)
        outside.append(by_columns or rest.extract_text() or "")
        cells.append("\n".join(
            page.crop(cell).extract_text() or ""
            for table in tables for row in table for cell in row.cells if cell
        ))
    return [
        f"{text}\n{said}" if said else text
        for text, said in zip(_without_repeated_edges(outside), cells, strict=True)
    ]


def _text_by_columns(page, columns_before: bool = False) -> str:
    """A page set in columns read a column at a time, between its head and its foot, as the
    leaflet is read; "" for a page of one column. Read across the gutter, line by line, the
    leaflet's own repeats ("Hold for 5 seconds. Repeat 10 times." under each exercise) were
    broken in the file's text, and the import's were named as said more often than the file
    says them."""
    words = page.extract_words()
    top_edge, bottom_edge = _MARGIN * page.height, (1 - _MARGIN) * page.height
    body = [w for w in words if top_edge < w["top"] < bottom_edge]
    gutters = _gutters(body, float(page.width), float(page.height), 5 if columns_before else 20)
    # (a column's gutter is wider than a space between words: one column of lines all alike,
    # "Day 1: keep the dressing ...", has a line down it through a space in every line)
    lines: dict[int, list[dict]] = {}
    for word in body:
        lines.setdefault(round(word["top"]), []).append(word)
    for gutter in gutters:
        for said in lines.values():
            left = [w["x1"] for w in said if w["x1"] <= gutter + 4]
            right = [w["x0"] for w in said if w["x0"] >= gutter - 4]
            if left and right and min(right) - max(left) < 12:
                return ""
    if not gutters:
        return ""
    bounds = [0.0, *gutters, float(page.width)]
    # (the head and foot only what lies wholly in them: a column's first line reaching into
    # the top margin had been read twice, across the page and in its column)
    parts = [page.within_bbox((0, 0, page.width, top_edge)).extract_text() or ""]
    parts += [
        page.crop((left, top_edge, right, bottom_edge)).extract_text() or ""
        for left, right in zip(bounds, bounds[1:], strict=False)
    ]
    parts.append(page.within_bbox((0, bottom_edge, page.width, page.height)).extract_text() or "")
    return "\n".join(part for part in parts if part)


def _without_repeated_edges(texts: list[str]) -> list[str]:
    """Each page's text without a first or last line of a shape another page's stands in too
    (a running header or footer, a page number): a paragraph over a page break then reads on
    as the lines read it, not broken by the page's footer and the next one's header."""
    pages = [text.splitlines() for text in texts]
    ends = [{0, len(lines) - 1} if lines else set() for lines in pages]
    # (a page's number in any language said as English's, as the lines are: _english_page_numbers)
    said = _english_page_numbers([[lines[at] for at in sorted(edge)] for lines, edge in
                                  zip(pages, ends, strict=True)])
    for lines, edge, texts in zip(pages, ends, said, strict=True):
        for at, text in zip(sorted(edge), texts, strict=True):
            lines[at] = text
    shapes = _running_shapes(
        [(number, lines[at], False)
         for number, (lines, edge) in enumerate(zip(pages, ends, strict=True), 1)
         for at in edge],
        [line for lines, edge in zip(pages, ends, strict=True) for at, line in enumerate(lines)
         if at not in edge],
        _head_lines(pages[0] if pages else []),
    )
    return [
        "\n".join(
            line for at, line in enumerate(lines)
            if not (at in edge and (shapes[_shape(line)] > 1 or PAGE_NUMBER.match(line.strip())))
        )
        for lines, edge in zip(pages, ends, strict=True)
    ]


def _text_unreadable(pages: dict[int, set[str]]) -> str:
    """Why a PDF whose words neither reader can decode (a font with no map from its glyphs to
    letters, or one neither understands) is refused, and what to ask for: its paragraphs had
    vanished, or come in as '(cid:50)(cid:85)...', with nothing said."""
    numbers = sorted(pages)
    fonts = sorted(set().union(*pages.values()))
    return (
        f"this PDF's text on page{'s' if len(numbers) > 1 else ''} "
        f"{', '.join(map(str, numbers))} cannot be read (neither reader has letters for the "
        f"glyphs of the font{'s' if len(fonts) > 1 else ''} {' and '.join(fonts)}"
        "), so its words would be lost: ask for the Word file, or for the PDF exported "
        "again with its fonts embedded"
    )


def _unreadable(path: Path, error: Exception) -> str:
    """Why a PDF cannot be opened, and what to ask for: a password (a trust's PDF locked for
    opening) and a file cut short (an e-mail's attachment, a download) each had been only 'is
    not a readable PDF (PdfminerException)'."""
    if any(isinstance(cause, PDFPasswordIncorrect) for cause in (error, *error.args)):
        return (
            "is locked with a password, so its text cannot be read: ask for a copy without "
            "the password, or for the Word file"
        )
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 1024))
        if b"%%EOF" not in handle.read():
            return "is cut short (its end is missing): it was not saved or sent whole: ask for "\
                "the file again"
    return (
        f"is not a readable PDF ({error.__class__.__name__}); export it from the program that "
        "made it again"
    )


def _lines_of(
    document, where: str, lost: list[str], title: str = "", bans: list[str] | None = None
) -> tuple[list[SourceLine], list[str], list[str]]:
    """pdf_lines of the open `document`."""
    pages, in_columns = [], False
    marks: dict[str, list[int]] = {}  # a watermark's words, and the pages it is on
    symbols: dict[str, str] = {}  # a symbol of no known meaning (U+F0xx), and its font
    turned: dict[str, list[int]] = {}  # words set on their side, and the pages they are on
    for number, page in enumerate(document.pages, 1):
        page, mark = _without_watermark(page)
        if mark:
            marks.setdefault(mark, []).append(number)
        page, sideways = _without_turned_text(page)
        for words in sideways:
            turned.setdefault(words, []).append(number)
        symbols |= _symbols_read(page)
        foot = pages[-1][-1] if pages and pages[-1] else None  # a table open at its foot?
        table = _starts_of(foot) if foot is not None and _row_like(foot) else ()
        lines, in_columns, doubts = _page_lines(page, number, in_columns, table)
        pages.append(lines)
        lost += doubts
        lost += [
            f"page {number}: the rules in the box under '{line.ban}' now each begin "
            f"'{line.ban} ...', so no format reads them as instructions: check they read right"
            for line in lines if line.ban
        ]
        if number == 1 and _picture_over_the_words(page):
            lost.append(
                "page 1: a picture stands above the first words, where the title stands: if it "
                "is the title set as a picture (its words cannot be read), check the title "
                f"given, '{title}', says what it says"
                if title else
                "page 1: a picture stands above the first words, where the title stands: if it "
                "is the title set as a picture (its words cannot be read), give the title with "
                "--title, and check the line taken as the title is not a heading"
            )
        pictures = [i for i in page.images if i["width"] > 40 and i["height"] > 40]
        if pictures:
            lost.append(
                f"page {number}: {len(pictures)} picture(s) were left out (a PDF's pictures "
                "are not brought in): add each where it stands with its alt text, "
                "![what it shows](images/file.png), or import the Word file"
            )
    lost += [
        f"page{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}: the watermark "
        f"'{mark}' across the page was left out: check this is the version approved for "
        "patients before it is made into formats"
        for mark, numbers in marks.items()
    ]
    running_down = [
        f"pages {', '.join(map(str, numbers))}: dropped '{words}', set on its side down the "
        "margin of every page (a running line, as a header is)"
        for words, numbers in turned.items() if len(numbers) > 1 and len(numbers) == len(pages)
    ]
    lost += [
        f"page{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}: '{words}', set on "
        "its side, was left out: if it is part of the leaflet, type it in where it belongs"
        for words, numbers in turned.items() if not (1 < len(numbers) == len(pages))
    ]
    heights = [float(page.height) for page in document.pages]
    landscape = document.pages[0].width > document.pages[0].height if pages else False
    if not any(pages):
        raise LeafletError(
            f"{where}: has no text to read: it is probably a scanned picture of a leaflet. "
            "Ask for the Word or text version, or type it as a .txt file, then import that"
        )
    pages = _notes_at_the_foot(_page_numbers_in_english(pages, heights))
    kept, dropped = _without_running_lines(pages, heights, bans)
    said = _Said()
    widths = {number: float(page.width) for number, page in enumerate(document.pages, 1)}
    lines = _source_lines(
        _tables_over_page_breaks(_asides_placed(_folded(kept, landscape))), said, widths
    )
    lines, unread = _private_use_left_out(lines)
    lost += [
        symbol_left_out(f"{symbols.get(code, 'a symbol font')} U+{ord(code):04X}")
        for code in unread
    ]
    return lines, running_down + dropped + said.decisions, lost + said.warnings


def _without_turned_text(page) -> tuple[object, list[str]]:
    """The page without the words set on their side, and those words, a run of letters each:
    'Patient information' down a coloured bar in the margin of every page had been read a
    letter a line, 'n o i t a m r o f n i' a heading at the leaflet's end and 'P' another. A
    table's heading turned up its column is left out too, and said (a watermark is taken out
    before: _without_watermark)."""
    def turned(char: dict) -> bool:
        a, b = (float(v) for v in char.get("matrix", (1, 0))[:2])
        return abs(b) > 0.1 * max(abs(a), abs(b), 1e-6) or not char.get("upright", True)

    found = [c for c in page.chars if turned(c)]
    if not found:
        return page, []
    runs: list[list[dict]] = []
    for before, char in zip([None, *found], found, strict=False):
        if before is None or abs(char["x0"] - before["x0"]) + abs(char["top"] - before["top"]) > (
            3 * float(char["size"])
        ):
            runs.append([])
        runs[-1].append(char)
    gone = {id(c) for c in found}
    words = [" ".join(_spaced(run).split()) for run in runs]
    return page.filter(lambda thing: id(thing) not in gone), [w for w in words if w]


def _symbols_read(page) -> dict[str, str]:
    """Each character of the page drawn in a symbol font (its PDF name "ABCDEF+Wingdings-
    Regular"), or in Unicode's private use area, written as what it shows: Wingdings' box to
    tick U+F06F had become a bullet at a line's start ("• I have taken off my jewellery", the
    checklist without its boxes) and stayed a character no format reads mid-line ("Yes \uf0a8
    No \uf0a8"). One of no known meaning is kept as its private-use code (U+F0xx), a list's
    marker at a line's start as before, and left out after (_private_use_left_out); the codes
    so kept are given with their fonts' names."""
    unknown: dict[str, str] = {}
    for char in page.chars:
        font = symbol_font(char.get("fontname"))
        text = char.get("text") or ""
        if not (font or any(private_use(c) for c in text)) or text.startswith("(cid:"):
            continue
        written = ""
        for c in text:
            meaning = shown(font, c)
            if meaning is None:
                meaning = chr(0xF000 | ord(c) & 0xFF) if ord(c) <= 0xFF else c
                unknown.setdefault(meaning, font.title() or "a symbol font")
            written += meaning
        char["text"] = written
    return unknown


def _private_use_left_out(lines: list[SourceLine]) -> tuple[list[SourceLine], list[str]]:
    """The lines, and their table cells, without a symbol of no known meaning (one marking a
    list's item at a line's start is already "•"), and the symbols left out."""
    unread: list[str] = []

    def without(text: str) -> str:
        text, found = unknown_left_out(text)
        unread.extend(found)
        return text

    kept = [
        replace(line, text=without(line.text),
                cells=tuple(without(cell) for cell in line.cells) if line.cells else line.cells)
        for line in lines
    ]
    return kept, list(dict.fromkeys(unread))


def _without_watermark(page) -> tuple[object, str]:
    """The page without its watermark's letters, and the watermark's words ("" for none). A
    watermark ("DRAFT" set large and pale, or slanted, across the page) had been read as the
    leaflet's largest type: its title, its letters headings "T", "F", "A", and the lines set
    above them, the real title and safety items among them, dropped. A letter is a
    watermark's when it is at least twice the text's size and slanted or turned, or three
    times its size and pale, on no shading or picture (a title in white on a banner)."""
    chars = page.chars
    if not chars:
        return page, ""
    text_size = Counter(round(float(c["size"])) for c in chars).most_common(1)[0][0]
    grounds = [
        (float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"]))
        for s in [*page.rects, *page.curves] if s.get("fill")
    ] + [(float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"]))
         for i in page.images]

    faint = _faint_letters(page)

    def watermark(char: dict) -> bool:
        a, b = (float(v) for v in char.get("matrix", (1, 0))[:2])
        turned = abs(b) > 0.1 * max(abs(a), abs(b), 1e-6) or not char.get("upright", True)
        size = float(char["size"])
        # (set see-through, at 10-20% of its ink, over the text: "UNCONTROLLED WHEN
        # PRINTED" across the page, flat and but a little larger than the text, had been the
        # title and its words read among the leaflet's)
        see_through = _where(char) in faint and (turned or size >= 1.5 * text_size)
        return see_through or (turned and size >= 2 * text_size) or (
            size >= 4 * text_size and _pale(char.get("non_stroking_color"))
            and not any(_inside(char, ground) for ground in grounds)
        )

    found = [c for c in chars if watermark(c)]
    if not found or len(found) == len(chars):
        return page, ""
    words = " ".join(_spaced(found).split())
    gone = {id(c) for c in found}
    return page.filter(lambda thing: id(thing) not in gone), words


def _spaced(chars: list[dict]) -> str:
    """Letters set along a line, turned or not, with a space where the next starts further on
    than the last one's width ("UNCONTROLLED WHEN PRINTED", not "UNCONTROLLEDWHEN PRINTED")."""
    text = ""
    for before, char in zip([None, *chars], chars, strict=False):
        if before is not None and "matrix" in before and "matrix" in char:
            step = ((char["matrix"][4] - before["matrix"][4]) ** 2
                    + (char["matrix"][5] - before["matrix"][5]) ** 2) ** 0.5
            if step > float(before.get("adv", 0) or 0) + 0.15 * float(char["size"]):
                text += " "
        text += char["text"]
    return text


def _where(char) -> tuple[str, float, float]:
    """A letter as pdfminer and pdfplumber both place it: its text and lower left corner."""
    if isinstance(char, dict):
        return char["text"], round(float(char["x0"]), 1), round(float(char["y0"]), 1)
    return char.get_text(), round(float(char.x0), 1), round(float(char.y0), 1)


class _SeeThrough(PDFPageInterpreter):
    """pdfminer's reading of a page, told how much ink each letter is drawn with: a graphics
    state's fill opacity ("/ca 0.15"), which pdfminer leaves unread (do_gs does nothing), set
    with "gs", saved and restored with q and Q, and kept inside a form drawn under it."""

    inherited = 1.0

    def init_state(self, ctm) -> None:
        super().init_state(ctm)
        self.alpha, self.alphas = self.inherited, []
        self.faint: list = getattr(self, "faint", [])

    def dup(self):
        interpreter = super().dup()
        interpreter.inherited, interpreter.faint = self.alpha, self.faint
        return interpreter

    def do_q(self) -> None:
        self.alphas.append(self.alpha)
        super().do_q()

    def do_Q(self) -> None:
        self.alpha = self.alphas.pop() if self.alphas else self.alpha
        super().do_Q()

    def do_gs(self, name) -> None:
        states = resolve1(self.resources.get("ExtGState")) or {}
        if not isinstance(states, dict):
            return
        state = resolve1(states.get(getattr(name, "name", name)))
        if isinstance(state, dict) and isinstance(resolve1(state.get("ca")), (int, float)):
            self.alpha = self.inherited * float(resolve1(state["ca"]))

    def _drawing(self, draw, *args) -> None:
        container = self.device.cur_item
        before = len(container._objs)
        draw(*args)
        if self.alpha <= _FAINT:
            self.faint += [_where(o) for o in container._objs[before:] if isinstance(o, LTChar)]

    def do_TJ(self, seq) -> None:
        self._drawing(super().do_TJ, seq)

    def do_Tj(self, s) -> None:
        self._drawing(super().do_Tj, s)


def _faint_letters(page) -> set[tuple[str, float, float]]:
    """The page's letters drawn see-through (a fill opacity of at most _FAINT): read again by
    _SeeThrough only where the page's graphics states set one."""
    resources = resolve1(page.page_obj.resources) or {}
    states = resolve1(resources.get("ExtGState")) if isinstance(resources, dict) else None
    seen = [resolve1(state) for state in (states or {}).values()] if isinstance(
        states, dict) else []
    if not any(isinstance(state, dict) and isinstance(resolve1(state.get("ca")), (int, float))
               and float(resolve1(state["ca"])) <= _FAINT for state in seen):
        return set()
    device = PDFPageAggregator(page.pdf.rsrcmgr, pageno=page.page_number)
    interpreter = _SeeThrough(page.pdf.rsrcmgr, device)
    interpreter.faint = []
    try:
        interpreter.process_page(page.page_obj)
    except Exception:  # noqa: BLE001 - a page pdfminer cannot read again keeps its letters
        return set()
    return set(interpreter.faint)


def _pale(colour) -> bool:
    """Whether a fill colour (grey, RGB or CMYK, as pdfplumber gives it) is pale: light grey
    or a tint, as a watermark is set."""
    if not isinstance(colour, (tuple, list)) or not colour or not all(
        isinstance(v, (int, float)) for v in colour
    ):
        return False
    if len(colour) == 4:  # CMYK: little ink
        return max(colour) <= 0.35
    return min(colour) >= 0.6


def _boxes_to_write_in(page, words: list[dict]) -> list[dict]:
    """A row of drawn boxes, one for each letter ("First name" beside fifteen boxes, "Date of
    birth" beside two, two and four split by "/"), as a blank where it stands, ruled as a text
    file rules it ("__ / __ / ____" a date): the boxes had been left out, "First name" a bare
    line, and the space to write in with them. Only two or more empty boxes of one size, close
    together on one line, are taken: a tick box stands alone beside its words."""
    shapes = [(s["x0"], s["top"], s["x1"], s["bottom"]) for s in [*page.rects, *page.curves]]
    ruled = _ruled_rectangles(page.lines)
    shapes += ruled
    outlines = {  # drawn as a line round it, not filled in (a bullet)
        (s["x0"], s["top"], s["x1"], s["bottom"]) for s in [*page.rects, *page.curves]
        if s.get("stroke") and not (s.get("fill") and not _pale(s.get("non_stroking_color")))
    } | set(ruled)
    small = sorted(
        (box for box in shapes if 6 <= box[2] - box[0] <= 36 and 6 <= box[3] - box[1] <= 36
         and 0.5 <= (box[2] - box[0]) / (box[3] - box[1]) <= 2),
        key=lambda box: (round(box[1] / 4), box[0]),
    )
    boxes: list[tuple] = []
    for box in small:  # a box drawn twice (a border as two filled rectangles): once
        if any(abs(box[0] - kept[0]) <= 3 and abs(box[2] - kept[2]) <= 3
               and abs(box[1] - kept[1]) <= 3 for kept in boxes):
            continue
        if not any(_inside(w, box) for w in words):
            boxes.append(box)
    rows: list[list[tuple]] = []
    for box in sorted(boxes, key=lambda box: (round(box[1] / 4), box[0])):
        last = rows[-1][-1] if rows else None
        width = box[2] - box[0]
        if last and abs(last[1] - box[1]) <= 2 and abs(last[3] - box[3]) <= 2 and (
            abs((last[2] - last[0]) - width) <= 0.2 * width
            and -1 <= box[0] - last[2] <= 0.6 * width
        ):
            rows[-1].append(box)
        else:
            rows.append([box])
    ticks = [(row[0], beside) for row in rows if len(row) == 1
             and (beside := _tick_box(row[0], shapes, outlines, words)) is not None]
    if not ticks and not any(len(row) >= 2 for row in rows):
        return []
    size = Counter(round(w["size"], 1) for w in words).most_common(1)[0][0]
    model = next(w for w in words if round(w["size"], 1) == size)
    found = [  # in line with the words beside it, whether set on their baseline or centred
        {**beside, "text": TICK_BOXES[0], "x0": box[0], "x1": box[2], "width": box[2] - box[0]}
        for box, beside in ticks
    ]
    for row in rows:
        if len(row) < 2:
            continue
        x0, x1, bottom = row[0][0], row[-1][2], max(box[3] for box in row)
        # beside a "/", a date's part, ruled for as many figures as it has boxes
        dated = any(w["text"] == "/" and (0 <= w["x0"] - x1 <= 12 or 0 <= x0 - w["x1"] <= 12)
                    and w["top"] < bottom and w["bottom"] > row[0][1] for w in words)
        text = "_" * (len(row) if dated else max(len(row), len(_RULED)))
        middle = (row[0][1] + bottom) / 2
        found.append({
            **model, "text": text, "x0": x0, "x1": x1, "top": middle - size / 2,
            "bottom": middle + size / 2,
            "doctop": model["doctop"] - model["top"] + middle - size / 2, "width": x1 - x0,
            "height": size,
        })
    return found


def _tick_box(box: tuple, shapes: list[tuple], outlines: set, words: list[dict]) -> dict | None:
    """The nearest word on its line when an empty box standing alone is a tick box drawn as a
    square ("Do you have a pacemaker? Yes [box] No [box]"), to keep as the box a glyph prints
    ("\u2610"): the drawn ones had been left out, "Yes No" read with nothing to tick. It is
    square, of a letter's size, on a line of words, and drawn as an outline (a border drawn
    as a filled square with a second just inside it, as a PDF writer draws one; a square
    bullet is filled alone); None when it is not."""
    x0, top, x1, bottom = box
    side = x1 - x0
    if not (6 <= side <= 24 and 0.75 <= side / (bottom - top) <= 1.33):
        return None
    if box not in outlines and not any(
        other != box and 0 < abs(other[0] - x0) <= 2.5
        and abs(abs(other[0] - x0) - abs(other[2] - x1)) <= 0.5
        and abs(abs(other[1] - top) - abs(other[0] - x0)) <= 0.5
        for other in shapes
    ):
        return None
    on_its_line = [w for w in words if w["top"] < bottom - 0.25 * side
                   and w["bottom"] > top + 0.25 * side and w["text"].strip()]
    return min(on_its_line, key=lambda w: min(abs(w["x0"] - x1), abs(x0 - w["x1"])),
               default=None)


def _picture_over_the_words(page) -> bool:
    """Whether a wide picture stands above every word of the page (a banner, or the title set
    as a picture: its words unread, the first heading under it had been taken for the title
    with nothing said)."""
    words = page.extract_words()
    if not words:
        return False
    first = min(float(w["top"]) for w in words)
    return any(
        float(i["bottom"]) <= first + 1 and float(i["x1"]) - float(i["x0"]) >= 0.3 * page.width
        and float(i["bottom"]) - float(i["top"]) > 12
        for i in page.images
    )


def _page_lines(
    page, number: int, columns_before: bool, table_before: tuple[float, ...] = ()
) -> tuple[list[_Line], bool, list[str]]:
    """The page's lines, whether it is set in columns (two, or three as a leaflet folded in
    three is), and what a person must check of its layout. A page that goes on in the columns
    of the page before needs fewer words on each side to be read so: the last page's few lines
    had been run together across the columns ("Things that can make asthma Contact us
    worse"). A narrower column beside the text (a sidebar of contacts), its gutter anywhere,
    is read after the text of the page (_beside). The rows at the top of a page that carry on
    a table from the foot of the one before (`table_before`: where its columns start) are
    never taken for a part of the page in two columns."""
    words = _on_their_baselines(_links_marked(page, page.extract_words(
        extra_attrs=["size", "fontname"], keep_blank_chars=False, return_chars=True
    )))
    if not words:
        return [], False, []
    words = _superscripts_joined(words)
    words += _rules_to_write_on(page, words)
    written = _boxes_to_write_in(page, words)
    words += written
    tables = ruled_table_rows(page)
    table_boxes = [row_box(table) for table in tables]
    drawn = _drawn_boxes(page)
    words = [w for w in words if not any(_inside(w, box) for box in table_boxes)]
    boxes = _notice_boxes(drawn, words, table_boxes, number)
    words = [w for w in words if not any(_inside(w, bbox) for bbox, _ in boxes)]
    # a box standing beside the text, not in its run, is a sidebar: read after it, a notice
    # box as its notice, a panel (contacts on a shade) as its lines
    loose = [w for w in words if not any(_inside(w, box) for box in drawn)]
    asides = [replace(line, aside=True) for bbox, line in boxes if _beside_the_text(bbox, loose)]
    boxes = [(bbox, line) for bbox, line in boxes if not _beside_the_text(bbox, loose)]
    for panel in _sidebar_panels(drawn, words, loose, [*table_boxes, *(b for b, _ in boxes)]):
        asides += [
            replace(line, aside=True)
            for line in _column_lines([w for w in words if _inside(w, panel)], number)
        ]
        words = [w for w in words if not _inside(w, panel)]
    top_edge, bottom_edge = _MARGIN * page.height, (1 - _MARGIN) * page.height
    enough = 5 if columns_before else 20

    def gutters_of(found: list[dict]) -> list[float]:
        body = [w for w in found if top_edge < w["top"] < bottom_edge]
        return _gutters(body, float(page.width), float(page.height), enough)

    # boxes side by side on a page of one column, taken out first (their words alone had
    # been read as two columns, the heading under them read before the right-hand box)
    panels = _side_by_side(drawn, words, [*table_boxes, *(bbox for bbox, _ in boxes)])
    outside = [w for w in words if not any(_inside(w, panel) for panel in panels)]
    gutters = gutters_of(outside) if panels else []
    panel_lines: list[tuple[tuple, list[_Line]]] = []
    if panels and not gutters:
        panel_lines = _lines_of_panels(words, panels, number)
        words = outside
    else:
        gutters = gutters_of(words)
    if gutters and _table_across(words, gutters, number):
        gutters = []
    placed = [  # each ruled table's rows and each notice box, with where it stands (x0, x1)
        (row, row_box(table)[::2])
        for table in tables
        for row in _table_rows(table, [*page.extract_words(extra_attrs=["size", "fontname"]),
                                       *(w for w in written if w["text"] in TICK_BOXES)],
                               number)
    ] + [(line, (bbox[0], bbox[2])) for bbox, line in boxes]
    # (the column each stands in; None: across them)
    ruled = [(line, _column_of(*span, gutters)) for line, span in placed]
    if not gutters:
        # (a table's rows carried on at the top of a page are no blocks at its head)
        head, words = (
            ([], words) if table_before and words and _row_of_table(_rows(words)[0], table_before)
            else _head_blocks(words, float(page.width), number)
        )
        # (the text's rows, and a column's first and last a little into the page's margins:
        # a sidebar's heading beside the text's first line, at the top edge, had been read
        # into it, "... when you are Who to call well, so that ...")
        rows = _rows(words)
        top, bottom = _body_top(rows, top_edge), _body_bottom(rows, bottom_edge)
        body = [row for row in rows if top < row[0]["top"] < bottom]
        beside = None if panel_lines else _beside(
            [w for row in body for w in row], float(page.width), enough
        )
        # a part of the page in two columns alike, outside any run of columns found beside
        # each other (under the text across the page, or under a sidebar's foot)
        carried = len(list(itertools.takewhile(lambda r: _row_of_table(r, table_before), body)))
        band = _band_in_columns(
            [row for row in body[carried:] if beside is None or not beside.taken
             or not beside.top <= row[0]["top"] <= beside.bottom],
            float(page.width), number,
        )
        if band:
            taken = {id(w) for line_words in band.values() for w in line_words}
            words = [w for w in words if id(w) not in taken]
        if beside is not None and beside.taken:
            lines = _with_band(_lines_beside(words, placed, beside, number), band, number)
            return head + lines + asides, beside.aside is None, _doubts(lines, None, number)
        lines = _aligned_tables(_column_lines(words, number)) + [row for row, _ in ruled]
        lines = sorted(lines, key=lambda line: line.top)
        doubts = _doubts(lines, beside, number)
        lines = _with_band(_with_panels(lines, panel_lines), band, number)
        return head + lines + asides, False, doubts
    lines = _lines_in_columns(words, ruled, gutters, (top_edge, bottom_edge), number)
    return lines + asides, True, _doubts(lines, None, number)


def _links_marked(page, words: list[dict]) -> list[dict]:
    """The page's words with each web or e-mail link over them (a link annotation, as Word and
    LibreOffice save a hyperlink) written as the Word importer writes a hyperlink
    (lines.linked): "visit [our website](https://...)". Only the printed words had been read,
    and "our website" or "Find out more" lost its address from every format. A link whose
    words, or the words beside them on its line or the next, print its address keeps its
    words alone (the address is not said twice); a phone link keeps its number as printed.
    A link's words are its letters under its rectangle: the full stop after "website" stays
    outside it."""
    for url, pieces in _links_of(page, words):
        said = " ".join(inside for _, inside in pieces)
        shown = linked(said, url)
        if shown == said or _printed_beside(words, pieces, url):
            continue
        at = shown.index(said)
        opening, closing = shown[:at], shown[at + len(said):]
        first, last = pieces[0][0], pieces[-1][0]
        first["text"] = _wrapped(first, pieces[0][1], opening, "")
        last["text"] = _wrapped(last, pieces[-1][1], "", closing)
    return words


def _links_of(page, words: list[dict]) -> list[tuple[str, list[tuple[dict, str]]]]:
    """Each web or e-mail link on the page with the words under it, each word with its letters
    under it. A link wrapped over lines is one link: a program writes a rectangle for each
    line ("[the](...) [fracture clinic pages of our website](...)" had been two)."""
    found: list[tuple[str, list[tuple[dict, str]]]] = []
    for link in page.hyperlinks:
        url = str(link.get("uri") or "").strip()
        if not url or url.startswith("#"):
            continue
        rect = (link["x0"] - 1, link["top"] - 1, link["x1"] + 1, link["bottom"] + 1)
        pieces = [(word, inside) for word in words if (inside := _under(word, rect))]
        if not pieces:
            continue
        if found and found[-1][0] == url:
            before = found[-1][1][-1][0]
            height = before["bottom"] - before["top"]
            if 0 < pieces[0][0]["top"] - before["top"] <= 2 * height:
                found[-1][1].extend(p for p in pieces if p not in found[-1][1])
                continue
        found.append((url, pieces))
    return found


def _under(word: dict, rect: tuple) -> str:
    """The letters of `word` whose middles lie in `rect`, or ""."""
    chars = word.get("chars") or []
    if "".join(c["text"] for c in chars) != word["text"]:
        chars = [word]  # (letters the word does not spell one by one: the word as a whole)
    return "".join(
        c["text"] for c in chars
        if rect[0] <= (c["x0"] + c["x1"]) / 2 <= rect[2]
        and rect[1] <= (c["top"] + c["bottom"]) / 2 <= rect[3]
    )


def _wrapped(word: dict, inside: str, opening: str, closing: str) -> str:
    """`word`'s text with `opening` before the part of it under a link and `closing` after."""
    text = word["text"]
    at = text.find(inside)
    if at < 0:
        return f"{opening}{text}{closing}"
    end = at + len(inside)
    return f"{text[:at]}{opening}{text[at:end]}{closing}{text[end:]}"


def _printed_beside(words: list[dict], pieces: list[tuple[dict, str]], url: str) -> bool:
    """Whether the link's address is printed on its line or the next, beside its words
    ("Find out more (www.csp.org.uk/wrist)")."""
    address = re.sub(r"[\W_]", "", link_address(url)).lower()
    top = min(word["top"] for word, _ in pieces)
    bottom = max(word["bottom"] for word, _ in pieces)
    height = bottom - top if len(pieces) == 1 else pieces[0][0]["bottom"] - pieces[0][0]["top"]
    near = [w for w in words if top - 2 <= w["top"] <= bottom + height]
    return address in re.sub(r"[\W_]", "", " ".join(w["text"] for w in near)).lower()


def _on_their_baselines(words: list[dict]) -> list[dict]:
    """Words placed as the page's usual font places a word on its line: a letter a font lacks
    is set in another (WeasyPrint's Urdu 'ہ' in Noto Kufi among DejaVu) whose box hangs lower
    on the same baseline, so the Urdu offer line had come in as pieces ('ہ ہ ہ ہ' a line under
    it, its full stop a line of its own, its words spelled without the letter). A word's box
    is moved to where the usual font's would stand over the same baseline; a word raised off
    its line (a note's mark) keeps its own baseline, and so stays raised."""
    def drop(word: dict) -> float | None:  # from its baseline to its box's foot, in ems
        char = word.get("chars", [None])[0]
        if not char or not char.get("upright", True) or not word["size"]:
            return None
        baseline = word["bottom"] - (char["matrix"][5] - char["y0"])
        return (word["bottom"] - baseline) / word["size"]

    drops = [drop(word) for word in words]
    usual = Counter(round(d, 2) for d in drops if d is not None).most_common(1)
    placed = []
    for word, own in zip(words, drops, strict=True):
        word = {key: value for key, value in word.items() if key != "chars"}
        if own is not None and usual and abs(own - usual[0][0]) > 0.1:
            shift = (usual[0][0] - own) * word["size"]
            word.update(top=word["top"] + shift, bottom=word["bottom"] + shift,
                        doctop=word["doctop"] + shift)
        placed.append(word)
    return placed


_NOTE_MARK = re.compile(r"\d{1,2}|[*\u2020\u2021\u00a7]{1,3}")


def _row_of_table(row: list[dict], columns: tuple[float, ...]) -> bool:
    """Whether a row of words is a row of a table whose columns start at `columns`: its first
    word at the first column's start and a word at another's ("Physiotherapy" and "01632 960
    333", carried over a page break, had been read as a part of the page in two columns, the
    names of the wards apart from their numbers)."""
    return bool(columns) and abs(row[0]["x0"] - columns[0]) <= _CELL_PADDING and any(
        abs(w["x0"] - column) <= _CELL_PADDING for w in row[1:] for column in columns[1:]
    )


def _superscripts_joined(words: list[dict]) -> list[dict]:
    """A note's mark set small and raised ("juice¹", and "¹" before the note at the page's
    foot) as part of its word, in superscript figures: apart, the raised marks had been a
    line of their own over their sentence ("1 2"), or dropped as a page number, and the
    notes read at the end under the last heading, with nothing tying them to their words."""
    raised = [
        w for w in words if _NOTE_MARK.fullmatch(w["text"]) and any(
            o is not w and o["size"] >= w["size"] + 0.5 and o["bottom"] - 1.5 >= w["bottom"]
            and o["top"] - 3 <= w["top"] < o["bottom"]
            and (abs(o["x1"] - w["x0"]) <= 1.5 or 0 <= o["x0"] - w["x1"] <= 4)
            for o in words
        )
    ]
    if not raised:
        return words
    gone = set()
    for mark in raised:
        same_line = [o for o in words if o is not mark and id(o) not in gone
                     and o["top"] - 3 <= mark["top"] < o["bottom"]
                     and o["size"] >= mark["size"] + 0.5]
        before = next((o for o in same_line if abs(o["x1"] - mark["x0"]) <= 1.5), None)
        after = next((o for o in same_line if 0 <= o["x0"] - mark["x1"] <= 4), None)
        text = mark["text"].translate(RAISED_FIGURES)
        if before is not None:
            before["text"] += text
            before["x1"] = mark["x1"]
            gone.add(id(mark))
        elif after is not None:  # a note's own mark, at its line's start
            mark.update(text=text, top=after["top"], bottom=after["bottom"], size=after["size"],
                        fontname=after["fontname"])
    return [w for w in words if id(w) not in gone]


_RULED = "__________"  # a line to write on, as a text file types it
_RULES_FOR_WRITING = 3  # a run of at least this many rules is lines to write on


def _rules_to_write_on(page, words: list[dict]) -> list[dict]:
    """Lines to write on drawn as rules ("Notes" over a page of them, no text on them), each
    as a word of its own, a ruled blank where it stands: they had been left out, and the
    space to write in with them. Only a run of three or more, evenly spaced and of one length,
    is taken (a single rule setting parts of a page apart is no blank), and never a rule with
    words on it (an underline, a table's edge)."""
    flat = [
        (float(shape["x0"]), float(shape["x1"]), float(shape["bottom"]))
        for shape in [*page.lines, *page.rects, *page.curves]
        if float(shape["bottom"]) - float(shape["top"]) <= 2
        and float(shape["x1"]) - float(shape["x0"]) >= 0.3 * float(page.width)
    ]
    rules: list[tuple[float, float, float]] = []
    for x0, x1, y in sorted(flat, key=lambda rule: rule[2]):
        if rules and abs(rules[-1][2] - y) <= 2 and abs(rules[-1][0] - x0) <= 2:
            continue  # a rule drawn twice (a filled strip and its outline)
        if any(w["x0"] < x1 and w["x1"] > x0 and y - 14 < w["bottom"] <= y + 2 for w in words):
            continue
        rules.append((x0, x1, y))
    runs: list[list[tuple[float, float, float]]] = []
    for rule in rules:
        last = runs[-1][-1] if runs else None
        if last and abs(last[0] - rule[0]) <= 15 and abs(last[1] - rule[1]) <= 15 and (
            12 <= rule[2] - last[2] <= 72
            and (len(runs[-1]) < 2 or abs((rule[2] - last[2]) - (last[2] - runs[-1][-2][2])) <= 4)
        ):
            runs[-1].append(rule)
        else:
            runs.append([rule])
    size = Counter(round(w["size"], 1) for w in words).most_common(1)[0][0]
    model = next(w for w in words if round(w["size"], 1) == size)
    return [
        {**model, "text": _RULED, "x0": x0, "x1": x1, "top": y - size, "bottom": y,
         "doctop": model["doctop"] - model["top"] + y - size, "width": x1 - x0, "height": size}
        for run in runs if len(run) >= _RULES_FOR_WRITING
        for x0, x1, y in run
    ]


def _sidebar_panels(
    drawn: list[tuple], words: list[dict], loose: list[dict], taken: list[tuple]
) -> list[tuple]:
    """The shaded or ruled panels holding words that stand beside the text (_beside_the_text),
    the outermost of a box drawn twice, not a pair of boxes side by side ("Do" beside "Don't",
    read by _side_by_side): a panel of contacts at the side of a page in two columns had been
    read across with them, line by line, every sentence cut."""
    pairs = _side_by_side(drawn, words, taken)
    found: list[tuple] = []
    for box in reversed(drawn):  # largest first
        if (
            not any(_overlap(box, other) for other in [*taken, *pairs, *found])
            and any(_inside(w, box) for w in words)
            and _beside_the_text(box, loose)
        ):
            found.append(box)
    return found


def _beside_the_text(bbox: tuple, words: list[dict]) -> bool:
    """Whether a box stands beside the page's text rather than in its run: three lines of
    text or more beside it, left or right, over its height (a shaded box of warning signs at
    the side of two columns, read where it starts, had cut a sentence of the column beside it
    in two)."""
    x0, top, x1, bottom = bbox
    beside = {
        round(w["top"]) for w in words
        if top <= (w["top"] + w["bottom"]) / 2 <= bottom and (w["x1"] < x0 or w["x0"] > x1)
    }
    # a box in a column of the text has the column's lines over or under it (the other
    # column's beside it): it stays where it stands
    in_a_column = any(
        w["x0"] < x1 and w["x1"] > x0
        and (
            top - 3 * w["size"] <= w["bottom"] <= top
            or bottom <= w["top"] <= bottom + 3 * w["size"]
        )
        for w in words
    )
    return len(beside) >= 3 and not in_a_column


def _head_blocks(
    words: list[dict], width: float, number: int
) -> tuple[list[_Line], list[dict]]:
    """Two blocks side by side at the head of a page of one column, each read whole, the left
    first, and the page's other words: "Acute Medicine" over "Acute Medical Unit (AMU)" on the
    left and "Kingsmere Hospitals" over "NHS Trust" on the right had been read across, line by
    line, the department "Acute Medicine Kingsmere Hospitals" and the unit's line dropped with
    the trust's. The page's first rows parted by a wide gap, and a block's lines going on
    under them on its side alone."""
    sides: tuple[list[dict], list[dict]] = ([], [])
    split = None
    last = None
    for row in _rows(words):
        size = row[0]["size"]
        if split is None:
            gaps = [
                (after["x0"] - before["x1"], index)
                for index, (before, after) in enumerate(zip(row, row[1:], strict=False), 1)
                if after["x0"] - before["x1"] > max(4 * size, 0.15 * width)
            ]
            if len(gaps) != 1:
                break
            at = gaps[0][1]
            split = (row[at - 1]["x1"] + row[at]["x0"]) / 2
        left = [w for w in row if w["x1"] < split]
        right = [w for w in row if w["x0"] > split]
        if len(left) + len(right) < len(row) or (
            last is not None and min(w["top"] for w in row) - last > 0.8 * size
        ):
            break
        if not (left and right):
            # a block's line going on alone on its side, in its size
            block = sides[0] if left else sides[1]
            if not block or (left or right)[0]["size"] != block[-1]["size"]:
                break
        sides[0].extend(left)
        sides[1].extend(right)
        last = max(w["bottom"] for w in row)
    if not sides[0] or not sides[1]:
        sides = _banner_blocks(words, width)
        if not sides:
            return [], words
    taken = {id(w) for w in [*sides[0], *sides[1]]}
    head = _column_lines(sides[0], number) + _column_lines(sides[1], number)
    return head, [w for w in words if id(w) not in taken]


def _banner_blocks(
    words: list[dict], width: float
) -> tuple[list[dict], list[dict]] | None:
    """Two blocks side by side at a page's head in type of different sizes, on baselines of
    their own: a banner's title in large type beside the trust's name and the team in small
    ("Cardiac rehabilitation" / "after your heart attack" beside "Northfield Teaching
    Hospitals NHS" / "Trust" / "Cardiac Rehabilitation Team"). Read a baseline at a time, the
    lines had been woven, the title cut in two and the trust's name and the team lost into
    the text. The first rows, up to a paragraph's gap, parted by a wide stripe no word crosses,
    each side's lines running on under each other; None when they are not such blocks."""
    rows = _rows(words)
    head: list[dict] = []
    bottom = None
    for row in rows:
        size = max(w["size"] for w in row)
        if bottom is not None and min(w["top"] for w in row) - bottom > 0.8 * size:
            break
        head.extend(row)
        bottom = max(bottom or 0, max(w["bottom"] for w in row))
    if len(head) < 2:
        return None
    ordered = sorted(head, key=lambda w: w["x0"])
    reach = ordered[0]["x1"]
    small = min(w["size"] for w in head)
    for at, word in enumerate(ordered[1:], 1):
        # (a stripe narrower than _head_blocks asks of a row read across: the type's sizes
        # and baselines part the blocks too)
        if word["x0"] - reach > max(4 * small, 0.08 * width):
            left, right = ordered[:at], ordered[at:]
            break
        reach = max(reach, word["x1"])
    else:
        return None
    sizes = [{round(w["size"]) for w in side} for side in (left, right)]
    lines = [len({round(w["bottom"]) for w in side}) for side in (left, right)]
    if sizes[0] & sizes[1] or max(lines) < 2:
        return None  # one type on both sides, or a line each: a row read across, as it stands
    return (sorted(left, key=lambda w: (w["top"], w["x0"])),
            sorted(right, key=lambda w: (w["top"], w["x0"])))


def _folded(lines: list[_Line], landscape: bool) -> list[_Line]:
    """A leaflet folded in three, or in two on a landscape page, has its cover, the title in
    the largest type, in the right panel of its first page; the panels left of it are its back
    (aftercare, contacts), read after the inside. Read in page order, everything before the
    title had been dropped as a masthead, "do not drive" with it, and a bi-fold's "Contact us"
    with it. A leaflet of one page (the outside of the sheet alone) is read cover first, then
    its other panels from the left: read from the left, a tri-fold's 'After your visit' and
    'Clinic times' had been dropped as set above the title, their words run into the cover's."""
    first = [line for line in lines if line.page == 1]
    if not first:
        return lines
    cover = max(line.column for line in first)
    if cover != 2 and not (cover == 1 and landscape):
        return lines
    if max(first, key=lambda line: line.size).column != cover:
        return lines
    back = [line for line in first if line.column not in (cover, _ACROSS)]
    if len(first) == len(lines):
        # the panels' lines in the places they had, the cover's first; across the page, kept
        panelled = [at for at, line in enumerate(lines) if line.column != _ACROSS]
        ordered = [line for line in lines if line.column == cover] + back
        reordered = list(lines)
        for at, line in zip(panelled, ordered, strict=True):
            reordered[at] = line
        return reordered
    return [line for line in lines if line not in back] + back


def _gutters(body: list[dict], width: float, height: float, enough: int) -> list[float]:
    """Where the page's columns part: a leaflet folded in three (its panels at about a third
    and two thirds of the page, read mixed together line by line before), or two columns at
    the middle; none for a page of one column. A gutter is crossed by hardly any word (2%),
    with enough words in every column (but a tri-fold's cover)."""
    if not body:
        return []
    # (three panels only on a page set landscape, as a tri-fold is: a portrait page's table of
    # three columns had been read a column at a time, its times apart from their steps)
    folded = width > height
    thirds = [[_clearest(body, width * n / 3) for n in (1, 2)]] if folded else []
    halves = [_clearest(body, width / 2)] if folded else [width / 2]
    for tried in (*thirds, halves):
        bounds = [-1.0, *tried, width + 1]
        crossing = [w for w in body if _column_of(w["x0"], w["x1"], tried) is None]
        counts = [
            sum(1 for w in body if a <= (w["x0"] + w["x1"]) / 2 < b)
            for a, b in zip(bounds, bounds[1:], strict=False)
        ]
        # (a folded leaflet's cover panel, of two or three, may hold its title alone: a
        # bi-fold's first page, its back's contacts beside a cover of a few words, had been
        # read as one column; and a folded page's gutters are clear stripes, no word touching
        # them, where a line down a justified column finds a space between words in most of
        # its lines)
        filled = sorted(counts)[1 if folded else 0]
        clear = not folded or not any(
            w["x0"] < gutter + 5 and w["x1"] > gutter - 5 for w in body for gutter in tried
        )
        if len(crossing) <= len(body) * 0.02 and filled > enough and min(counts) >= 3 and clear:
            return tried
    return []


def _clearest(body: list[dict], near: float) -> float:
    """The line down the page near `near` that the fewest words cross (a tri-fold's gutter sits
    a little off the page's third, by its margins)."""
    return min(
        (near + offset for offset in range(-40, 41, 2)),
        key=lambda x: (sum(1 for w in body if w["x0"] < x + 5 and w["x1"] > x - 5), abs(x - near)),
    )


def _column_of(x0: float, x1: float, gutters: list[float]) -> int | None:
    """Which column a word or a table stands in, counting from the left; None across a
    gutter."""
    if any(x0 < gutter - 4 and x1 > gutter + 4 for gutter in gutters):
        return None
    return sum(1 for gutter in gutters if x1 > gutter + 4)


_NARROW = 0.42  # a column narrower than this share of the text's width beside a wider one is
# a sidebar, read after the wider column's text (between this and 0.58, two columns alike)


@dataclass
class _Beside:
    """Columns found by a gutter anywhere on a page (not only at its middle): where they part,
    the rows between `top` and `bottom` that stand beside each other, which column is the
    narrower (0 the left, 1 the right; None for two columns alike), and whether they are read
    as columns (`taken`); lines side by side that could not be, their tops in `woven`."""

    gutter: float
    top: float
    bottom: float
    aside: int | None
    taken: bool
    woven: tuple[float, ...] = ()


def _beside(body: list[dict], width: float, enough: int) -> _Beside | None:
    """Columns that part anywhere across a page, not only at its middle: a main column with a
    narrower one of contacts or key facts beside it, on the left or the right, shaded or not
    (a crisis plan's "Who to call" had been read into its text line by line: "## My early
    warning signs Shout", a heading lost and the crisis line's number away from its name), or
    two columns whose gutter is off the middle. The gutter is a stripe down a run of rows that
    no word crosses, with rows beside each other on both sides of it; rows above and below it
    the run may cross (a title, a line across the page). Its rows mostly side by side on one
    baseline are a table or a form's, not columns, but where both sides run on as sentences
    (each side's line going on in small letters on its next); and no table must be made of
    them."""
    rows = [row for row in _rows(body) if row]
    if len(rows) < 4:
        return None
    left_edge = min(w["x0"] for w in body)
    right_edge = max(max(w["x1"] for w in body), width - left_edge)
    span = right_edge - left_edge
    if span <= 0:
        return None
    best: tuple[int, _Beside, list] | None = None
    for x in range(round(left_edge + 0.1 * span), round(right_edge - 0.1 * span), 2):
        for found in _runs_beside(rows, x, (left_edge, right_edge), enough):
            if best is None or found[0] > best[0]:
                best = found
    if best is None:
        return None
    _, beside, run = best
    split = [_row_sides(row, beside.gutter) or ([], []) for row in run]
    sides = [[state[side] for state in split] for side in (0, 1)]
    shared = {n for n in range(len(run)) if sides[0][n] and sides[1][n]}
    narrow = [n for n in range(len(run)) if sides[beside.aside or 0][n]]
    if len(shared) <= 0.5 * len(narrow):
        return beside  # side by side on baselines of their own: columns
    # mostly on one baseline: a table's rows, a form's, or columns set alike
    tabled = {
        round(line.top) for line in _aligned_tables(_column_lines([w for r in run for w in r], 0))
        if line.cells is not None
    }
    tops = [round(min(w["top"] for w in row)) for row in run]
    if sum(1 for n in shared if tops[n] in tabled) > 0.5 * len(shared):
        return None  # a table: read as one
    # a sentence running on through rows the other column's words stand on is cut by them
    # read across ("... when you are Respiratory Nurse Line well, so that ..."): columns; a
    # form's labels and blanks, or terms beside what they mean, run on through none
    woven = [pair for side in sides for pair in _flowing(side)
             if all(n in shared and tops[n] not in tabled for n in pair)]
    if len(woven) >= 2:
        return beside
    if woven:
        return replace(beside, taken=False, woven=tuple(
            min(w["top"] for w in run[n]) for n in sorted({n for pair in woven for n in pair})
        ))
    return None


def _runs_beside(
    rows: list[list[dict]], x: float, edges: tuple[float, float], enough: int
) -> list[tuple[int, _Beside, list]]:
    """The runs of rows no word crosses at `x` that stand beside each other there, each with
    how many words it holds, its columns and its rows beside each other. Which column is the
    narrower is told by where the gutter stands between the text's edges."""
    states = [_row_sides(row, x) for row in rows]
    runs: list[tuple[int, int]] = []  # (first, end) of each run of rows no word crosses
    for index, state in enumerate(states):
        if state is not None:
            if runs and runs[-1][1] == index:
                runs[-1] = (runs[-1][0], index + 1)
            else:
                runs.append((index, index + 1))
    # ... and runs with words on both sides a single line crosses between (a long web address
    # reaching into the gutter, a heading across), so few (2% of the words) that the columns
    # go on past them (not a run of one side's: the title's last word and the department
    # under it, over the line under them across the page, are no sidebar's)
    chains: list[tuple[int, int]] = []
    for first, end in runs:
        if not all(any(states[n][side] for n in range(first, end)) for side in (0, 1)):
            continue
        if chains and chains[-1][1] + 1 == first:
            chains[-1] = (chains[-1][0], end)
        else:
            chains.append((first, end))
    found = []
    for first_row, end_row in dict.fromkeys([*runs, *chains]):
        run = rows[first_row:end_row]
        crossing = sum(1 for state in states[first_row:end_row] if state is None)
        if crossing > 0.02 * sum(len(row) for row in run):
            continue
        sides = [state or ([], []) for state in states[first_row:end_row]]
        if not all(any(state[side] for state in sides) for side in (0, 1)):
            continue
        gap_from = max(w["x1"] for state in sides for w in state[0])
        gap_to = min(w["x0"] for state in sides for w in state[1])
        if gap_to - gap_from < 6:
            continue  # no stripe clear of words: words of one column, a space between
        gutter = (gap_from + gap_to) / 2
        share = (gutter - edges[0]) / (edges[1] - edges[0])
        aside = 0 if share < _NARROW else 1 if share > 1 - _NARROW else None
        # two columns as wide as each other are no text and its sidebar, wherever their gutter
        # stands on the page (a page's two columns of text beside a shaded box, the box taken
        # out as a notice: the left column had been taken for a sidebar and read after the
        # right, a sentence cut over the columns)
        widths = (gap_from - edges[0], max(w["x1"] for s in sides for w in s[1]) - gap_to)
        if aside is not None and min(widths) >= _NARROW / (1 - _NARROW) * max(widths):
            aside = None
        ats = [n for n, state in enumerate(sides) if state[1 if aside is None else aside]]
        if aside is not None:
            # (a sidebar stands beside the text: a line on its side well over the text's
            # first, the title's last word or the department, is the page's head)
            text = [run[n][0]["top"] for n, state in enumerate(sides) if state[1 - aside]]
            ats = [n for n in ats if run[n][0]["top"] >= text[0] - 2 * run[n][0]["size"]]
            if end_row < len(rows):
                # (the text going on across the page under the sidebar: a line on its side
                # under the text's last beside it, "Your inhalers", is the text's)
                ats = [n for n in ats if run[n][0]["top"] <= text[-1] + 1.2 * run[n][0]["size"]]
            if not ats:
                continue
        first, last = (0, len(run) - 1) if aside is None else (ats[0], ats[-1])
        within = sides[first : last + 1]
        counts = [sum(len(state[side]) for state in within) for side in (0, 1)]
        rows_at = [sum(1 for state in within if state[side]) for side in (0, 1)]
        if aside is None:
            if min(counts) <= enough or min(rows_at) < 3:
                continue
        else:
            # the text's lines beside it, a line's height over and under it too (a line or
            # two of contacts stands between the lines of a sentence)
            reach = 1.5 * run[first][0]["size"]
            beside_it = [
                state for state, row in zip(sides, run, strict=True)
                if state[1 - aside]
                and run[first][0]["top"] - reach <= row[0]["top"] <= run[last][0]["top"] + reach
            ]
            if (
                len(beside_it) < 2 or counts[aside] < 3
                or sum(len(state[1 - aside]) for state in sides) < counts[aside]
            ):
                continue
        beside = _Beside(gutter, run[first][0]["top"] - 1, run[last][0]["top"] + 1, aside, True)
        found.append((sum(len(row) for row in run), beside, run[first : last + 1]))
    return found


def _band_in_columns(
    rows: list[list[dict]], width: float, page: int
) -> dict[int, list[dict]] | None:
    """A part of a page of one column set in two columns alike (a part opened under the text
    across the page, balanced over the page break): each column's words (0 the left, 1 the
    right), or None. Read across, the part had been woven line by line: "Splint care" lost
    into an item ("... radiator or Splint care in the sun") and words moved between items
    ("Cover it with a yourself. plastic bag"). Its rows stand either side of a stripe near
    the middle of the text no word crosses, on baselines mostly their own, and a sentence in a
    column goes on past a line of the other column's, as read across it would be cut (a
    table's or a form's rows, side by side on one baseline, are not: they are read across)."""
    if len(rows) < 4:
        return None
    left_edge = min(w["x0"] for row in rows for w in row)
    right_edge = max(max(w["x1"] for row in rows for w in row), width - left_edge)
    span = right_edge - left_edge
    best: tuple[int, dict[int, list[dict]]] | None = None
    for x in range(round(left_edge + _NARROW * span), round(right_edge - _NARROW * span), 2):
        states = [_row_sides(row, x) for row in rows]
        runs: list[list[int]] = []
        for index, state in enumerate(states):
            if state is None:
                continue
            if runs and runs[-1][-1] == index - 1:
                runs[-1].append(index)
            else:
                runs.append([index])
        for run in runs:
            # (the text's last lines over the part, short of the stripe, are read as they are)
            while run and not states[run[0]][1]:
                run = run[1:]
            sides = [[states[n][side] for n in run] for side in (0, 1)]
            if min(sum(1 for words in side if words) for side in sides) < 2:
                continue
            gap_from = max(w["x1"] for words in sides[0] for w in words)
            gap_to = min(w["x0"] for words in sides[1] for w in words)
            shared = sum(1 for at in range(len(run)) if sides[0][at] and sides[1][at])
            if gap_to - gap_from < 6 or shared > 0.5 * len(run) or not _cut_across(sides):
                continue
            count = sum(len(rows[n]) for n in run)
            if best is None or count > best[0]:
                best = (count, {side: [w for words in sides[side] for w in words]
                                for side in (0, 1)})
    return best[1] if best else None


def _cut_across(sides: list[list[list[dict]]]) -> bool:
    """Whether a column's sentence goes on to its next line (no stop at its end, the next in
    small letters, no paragraph's gap) past a line of the other column's: read across, the
    other column's words would be read into it."""
    for side, other in ((sides[0], sides[1]), (sides[1], sides[0])):
        at = [n for n, words in enumerate(side) if words]
        for n, following in zip(at, at[1:], strict=False):
            line, next_line = side[n], side[following]
            height = max(w["bottom"] for w in line) - min(w["top"] for w in line)
            if (
                min(w["top"] for w in next_line) - max(w["bottom"] for w in line) <= 0.8 * height
                and not re.search(r"[.!?:;]$", line[-1]["text"])
                and next_line[0]["text"][:1].islower()
                and any(other[m] for m in range(n + 1, following + 1))
            ):
                return True
    return False


def _with_band(
    lines: list[_Line], band: dict[int, list[dict]] | None, page: int
) -> list[_Line]:
    """The page's lines with a part in two columns read where it stands, its left column
    whole, then its right; a sidebar's lines still after all the text's."""
    if not band:
        return lines
    top = min(w["top"] for words in band.values() for w in words)
    text = [line for line in lines if not line.aside]
    part = [
        replace(line, column=side)
        for side in (0, 1) for line in _aligned_tables(_column_lines(band[side], page))
    ]
    return (
        [line for line in text if line.top < top] + part
        + [line for line in text if line.top >= top] + [line for line in lines if line.aside]
    )


def _row_sides(row: list[dict], x: float) -> tuple[list[dict], list[dict]] | None:
    """A row's words left and right of a gutter at `x`; None for a row across it (a word
    over it, or words either side with no column's gap between)."""
    left = [w for w in row if w["x1"] <= x + 4]
    right = [w for w in row if w["x1"] > x + 4 and w["x0"] >= x - 4]
    if len(left) + len(right) < len(row) or (
        left and right and right[0]["x0"] - left[-1]["x1"] < row[0]["size"]
    ):
        return None
    return left, right


def _flowing(side: list[list[dict]]) -> list[tuple[int, int]]:
    """The pairs of rows (by their places) where one side's line runs on to its next: no stop
    at its end, the next going on in small letters a line's height below."""
    pairs = []
    for n in range(len(side) - 1):
        line, following = side[n], side[n + 1]
        if not line or not following:
            continue
        height = max(w["bottom"] for w in line) - min(w["top"] for w in line)
        if (
            min(w["top"] for w in following) - max(w["bottom"] for w in line) <= 0.8 * height
            and not re.search(r"[.!?:;]$", line[-1]["text"])
            and following[0]["text"][:1].islower()
        ):
            pairs.append((n, n + 1))
    return pairs


def _lines_beside(
    words: list[dict], placed: list[tuple[_Line, tuple]], beside: _Beside, page: int
) -> list[_Line]:
    """A page's lines read in the columns `beside` found: the rows beside each other column by
    column, the rest (above and below, and across the gutter) as a line each; a narrower
    column's (a sidebar's) lines after all the page's others, marked as aside, so its
    contacts are never read into the text."""
    gutters = [beside.gutter]
    ruled = [
        (line, _column_of(*span, gutters) if beside.top < line.top < beside.bottom else None)
        for line, span in placed
    ]
    lines = _lines_in_columns(words, ruled, gutters, (beside.top, beside.bottom), page,
                              extend=False)
    if beside.aside is None:
        return lines
    return [line for line in lines if line.column != beside.aside] + [
        replace(line, aside=True) for line in lines if line.column == beside.aside
    ]


def _doubts(lines: list[_Line], beside: _Beside | None, page: int) -> list[str]:
    """What a person must check of a page read as one column whose lines may stand in two:
    a sentence cut by words beside it on its line, or by a line standing beside it between
    two of its lines ("... know what helps" / "Who to call" / "you in a crisis. ...")."""
    if beside is not None and beside.woven:
        woven = [
            line for line in lines
            if line.cells is None and any(abs(line.top - top) <= 2 for top in beside.woven)
        ]
        if woven:
            return [
                f"page {page}: a sentence runs on through lines with other words beside it "
                f"('{woven[0].text[:60]}'): read across as one column, the page may have two "
                "this importer could not tell from a table; check the text reads in order"
            ]
    text = [line for line in lines if line.cells is None and not line.aside]
    for above, between, below in zip(text, text[1:], text[2:], strict=False):
        if (
            abs(above.x0 - below.x0) <= 2 and below.text[:1].islower()
            and not re.search(r"[.!?:;]$", above.text)
            and (
                between.x0 > max(above.x1, below.x1) - 2
                or between.x1 < min(above.x0, below.x0) + 2
            )
        ):
            return [
                f"page {page}: '{between.text[:40]}' stands beside the text, read between two "
                f"lines of its sentence ('{above.text[-30:]}' / '{below.text[:30]}'): the page "
                "may be set in columns this importer could not find; check the text reads in "
                "order"
            ]
    return []


def _asides_placed(lines: list[_Line]) -> list[_Line]:
    """Each page's sidebar after the part of the text it interrupts: at its page's end where
    the next page's text opens with a heading (or there is none), else, the part going on over
    the page (a sentence, a list's items, a paragraph), before the text's next heading on the
    next page, or after that page's text where the part goes on to its end. Read before the
    part's end, the sidebar had cut a sentence in two, and the items or paragraph after it had
    fallen under the sidebar's last heading ("If your splint rubs ..." under "Key facts")."""
    result = list(lines)
    weights: Counter = Counter()
    for line in result:
        weights[line.size] += len(line.text)
    body_size = weights.most_common(1)[0][0] if weights else 0.0
    index = 0
    while index < len(result):
        if not result[index].aside:
            index += 1
            continue
        end = index
        while end < len(result) and result[end].aside and result[end].page == result[index].page:
            end += 1
        block = result[index:end]
        before = next((line for line in reversed(result[:index]) if not line.aside), None)
        after = end
        if (
            before is not None and after < len(result) and not result[after].aside
            and result[after].page != before.page
            and not _heads_a_part(result[after], body_size)
        ):
            page = result[after].page
            while (
                after + 1 < len(result) and not result[after + 1].aside
                and result[after + 1].page == page
                and not _heads_a_part(result[after + 1], body_size)
            ):
                after += 1
            result[index:after + 1] = [*result[end : after + 1], *block]
            index = after + 1
        else:
            index = end
    return result


def _heads_a_part(line: _Line, body_size: float) -> bool:
    """Whether a line of the text opens a part of its own, as reading its lines will take it:
    set larger than the text, or a short line wholly in bold that leads into nothing (no
    list's item, no sentence going on in lower case, no table's row or box)."""
    text = line.text
    if line.cells is not None or line.boxed or _ITEM.match(text) or text[:1].islower():
        return False
    if line.size > body_size * 1.12:
        return True
    return (
        line.bold and len(text.split()) <= 12 and re.search(r"[.:;,]$", text) is None
        and not (_LEADS_INTO.search(text) and text != text.upper()) and not bare_ban(text)
    )


def _lines_in_columns(
    words: list[dict], ruled: list[tuple[_Line, int | None]], gutters: list[float],
    edges: tuple, page: int, extend: bool = True,
) -> list[_Line]:
    """A page set in columns, read in bands: a line across a gutter (the title, a wide table,
    a running header or footer) ends the band above it, which is read column by column from
    the left. Rows above and below `edges` are read across (`extend`: but a column's lines
    running a little into the page's margins)."""
    lines: list[_Line] = []
    columns = range(len(gutters) + 1)
    band: dict[int, list] = {column: [] for column in columns}
    band_rows: dict[int, list[_Line]] = {column: [] for column in columns}

    def end_band() -> None:
        for column in columns:
            found = _aligned_tables(_column_lines(band[column], page)) + band_rows[column]
            found.sort(key=lambda line: line.top)
            lines.extend(replace(line, column=column) for line in found)
            band[column], band_rows[column] = [], []

    rows = _rows(words)
    if extend:
        edges = (_body_top(rows, edges[0]), _body_bottom(rows, edges[1]))
    events = [(row[0]["top"], row, None) for row in rows]
    events += [(line.top, None, (line, column)) for line, column in ruled]
    for _, row, table_row in sorted(events, key=lambda event: event[0]):
        if table_row is not None:
            line, column = table_row
            if column is None:
                end_band()
                lines.append(replace(line, column=_ACROSS))
            else:
                band_rows[column].append(line)
            continue
        if _spans(row, gutters, edges):
            end_band()
            lines.extend(replace(line, column=_ACROSS) for line in _column_lines(row, page))
            continue
        for word in row:
            band[_column_of(word["x0"], word["x1"], gutters) or 0].append(word)
    end_band()
    return lines


def _body_bottom(rows: list[list[dict]], bottom_edge: float) -> float:
    """Where the text ends: a column's last line a little into the bottom margin, a line's
    height under the line above, is the text's. Taken for the footer, "bladder emptying fully
    and may cause a urine" was read after the right-hand column, and "Doing this regularly can
    stop your" went on to "infection."."""
    last = max((row[0]["top"] for row in rows if row[0]["top"] < bottom_edge), default=None)
    for row in rows:
        top = row[0]["top"]
        if top < bottom_edge:
            continue
        if last is None or top - last > 1.6 * row[0]["size"]:
            break
        bottom_edge, last = top + 1, top
    return bottom_edge


def _body_top(rows: list[list[dict]], top_edge: float) -> float:
    """Where the text starts: the columns' first lines a little into the top margin, each a
    line's height over the next, are the text's (two headings side by side at the top of a
    page had been read as one running header, "Other things that help Contact us")."""
    first = min((row[0]["top"] for row in rows if row[0]["top"] > top_edge), default=None)
    for row in reversed(rows):
        top = row[0]["top"]
        if top > top_edge:
            continue
        # a line's height, or a heading's space above it: a column that goes on from the
        # page before starts at the top ("hospital care again within 2 weeks.")
        if first is None or first - top > 2.5 * row[0]["size"]:
            break
        top_edge, first = top - 1, top
    return top_edge


def _spans(row: list[dict], gutters: list[float], edges: tuple) -> bool:
    """A row of words across the page: in the header or footer, over a gutter, or with no
    column gap between the words either side of one (a title set across the columns)."""
    top_edge, bottom_edge = edges
    if not top_edge < row[0]["top"] < bottom_edge:
        return True
    if any(_column_of(w["x0"], w["x1"], gutters) is None for w in row):
        return True
    for gutter in gutters:
        left = [w for w in row if w["x1"] <= gutter + 4]
        right = [w for w in row if w["x0"] >= gutter - 4]
        if left and right and right[0]["x0"] - left[-1]["x1"] < row[0]["size"]:
            return True
    return False


def _inside(word: dict, bbox: tuple) -> bool:
    x0, top, x1, bottom = bbox
    middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _table_rows(rows: list, words: list[dict], page: int) -> list[_Line]:
    """A ruled table's rows: each cell's lines joined (a word divided at a cell's line end made
    whole), the first row a header when its words are all bold. Empty rows at the table's end,
    each a line high, are kept: a record's rows to write in ("Date | Time | Drink (ml)" over
    five ruled empty rows had been one line of text, the chart lost); an empty row between rows
    of words, or one thinner than a line (a double rule), is no row."""
    lines = []
    table_words = [w for w in words if _inside(w, row_box(rows))]
    line_high = 0.8 * (median(w["size"] for w in table_words) if table_words else 10.0)
    last_filled = -1
    for index, row in enumerate(rows):
        if any(_inside(w, row.bbox) for w in table_words):
            last_filled = index
    for index, row in enumerate(rows):
        cells = []
        inside = [w for w in words if _inside(w, row.bbox)]
        for bbox in row.cells:
            cell_words = [w for w in inside if bbox is not None and _inside(w, bbox)]
            cells.append(_cell_text(cell_words))
        if not any(cells) and (
            index < last_filled or last_filled < 0 or row.bbox[3] - row.bbox[1] < line_high
        ):
            continue
        sizes = Counter(round(w["size"], 1) for w in inside)
        bold = bool(inside) and all("bold" in w["fontname"].lower() for w in inside)
        x0, top, _, bottom = row.bbox
        lines.append(_Line(page, top, bottom, x0, " | ".join(cells),
                           sizes.most_common(1)[0][0] if sizes else 0.0, bold,
                           cells=tuple(cells), header_row=index == 0 and bold,
                           starts=tuple(b[0] for b in row.cells if b is not None)))
    return lines


def _notice_boxes(
    drawn: list[tuple], words: list[dict], tables: list[tuple], number: int
) -> list[tuple[tuple, _Line]]:
    """The boxes drawn round a safety message ("Important" / "Do not kneel on your operated
    knee ...", "Stop the exercise if ..."), each as one cell of its paragraphs, as a Word box
    of one cell is: read as lines, a bold "Stop the exercise if" had been a paragraph of its
    own, and the box's label a heading. A box is a rectangle, stroked or shaded (a border
    drawn as two filled ones, a rounded one as a curve), or four rules (Word's table of one
    cell, which pdfplumber's table finder does not take for a table); the
    smallest round the words is taken. Boxes that are no notice (a contact panel) are read
    as the page's lines, their headings kept, and so are boxes with a list in them (its items
    and their lead-in are kept as a list) but for a box of rules under "Do not", and a box
    saying when to get help at once over its signs ("Seek urgent help if:")."""
    sizes = Counter(round(w["size"], 1) for w in words)
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    found: list[tuple[tuple, _Line]] = []
    panels = _side_by_side(drawn, words, tables)
    for bbox in drawn:  # (_drawn_boxes: the smallest first)
        x0, top, x1, bottom = bbox
        if any(_overlap(bbox, other) for other in [*tables, *(b for b, _ in found)]):
            continue
        inside = [w for w in words if _inside(w, bbox)]
        if not inside or all(w["size"] > body_size * 1.12 for w in inside):
            continue  # empty, or a band behind a heading
        lines, ban = _column_lines(inside, number), ""
        if any(_opens_with_a_marker(line.text) for line in lines):
            # (a "Don't" box beside a "Do" box is one of a pair of lists, read alike)
            paired = any(_overlap(bbox, panel) for panel in panels)
            bans = None if paired else _box_of_bans(lines)
            signs = None if paired or bans else (
                _box_of_signs(lines) or _box_of_rules(lines) or _box_of_warnings(lines)
            )
            if bans is None and signs is None:
                continue  # a list in a box is read as a list, under its lead-in
            text, ban = bans or (signs, "")
        else:
            text = _box_text(lines)
        bold = all(line.bold for line in lines)
        if not boxed_notice(box_paragraphs(text), bold=bold):
            continue
        if bold and not ban and all(re.search(r"[.!]$", p) for p in text.split("\n")):
            # a box of sentences wholly in bold keeps it, as a Word box does ("**You must not
            # drive ... for 24 hours after sedation.**" had lost it)
            text = "\n".join(f"**{p}**" for p in text.split("\n"))
        found.append((bbox, _Line(number, top, bottom, x0, text.replace("\n", " "), body_size,
                                  False, cells=(text,), boxed=True, ban=ban)))
    return found


def _drawn_boxes(page) -> list[tuple]:
    """The page's boxes (x0, top, x1, bottom), smallest first: rectangles stroked or shaded (a
    border drawn as two filled ones, a rounded one as a curve) or drawn as four rules, not a
    rule, a tick box or the page's frame."""
    width, height = float(page.width), float(page.height)
    shapes = [(s["x0"], s["top"], s["x1"], s["bottom"]) for s in [*page.rects, *page.curves]]
    shapes += _ruled_rectangles(page.lines)
    return sorted(
        (
            box for box in shapes
            if box[2] - box[0] >= 0.2 * width and box[3] - box[1] >= 12
            and not (box[2] - box[0] > 0.9 * width and box[3] - box[1] > 0.8 * height)
        ),
        key=lambda b: (b[2] - b[0]) * (b[3] - b[1]),
    )


def _side_by_side(drawn: list[tuple], words: list[dict], taken: list[tuple]) -> list[tuple]:
    """Boxes set side by side ("Do" beside "Don't"), each holding words: read across the page
    line by line, "keep moving the joints that are" ran on into "get the cast wet or go" and
    a ban read as an instruction. The outermost of a box drawn twice is taken. Boxes side by
    side start or end level: a warning box in the text beside a sidebar's shaded panel taller
    than it (a red "Seek urgent help if:" box beside "Contact us" and "Key facts") is no such
    pair; taken for one, the box was no notice and both were read before the page's text."""
    boxes = [
        box for box in reversed(drawn)  # largest first
        if not any(_overlap(box, other) for other in taken)
        and any(_inside(w, box) for w in words)
    ]
    outer: list[tuple] = []
    for box in boxes:
        if not any(_overlap(box, kept) for kept in outer):
            outer.append(box)
    return [
        box for box in outer
        if any(
            other is not box
            and min(box[3], other[3]) - max(box[1], other[1])
            > 0.5 * min(box[3] - box[1], other[3] - other[1])
            and min(abs(box[1] - other[1]), abs(box[3] - other[3]))
            <= 0.25 * min(box[3] - box[1], other[3] - other[1])
            for other in outer
        )
    ]


def _lines_of_panels(
    words: list[dict], panels: list[tuple], number: int
) -> list[tuple[tuple, list[_Line]]]:
    """Each panel's box and its lines, the panels left to right."""
    return [
        (panel, _column_lines([w for w in words if _inside(w, panel)], number))
        for panel in sorted(panels, key=lambda box: box[0])
    ]


def _with_panels(lines: list[_Line], panels: list[tuple[tuple, list[_Line]]]) -> list[_Line]:
    """The page's lines with each panel's lines read whole where the panels start, the left
    panel first."""
    if not panels:
        return lines
    top = min(panel[1] for panel, _ in panels)
    before = [line for line in lines if line.top < top]
    after = [line for line in lines if line.top >= top]
    return before + [line for _, panel_lines in panels for line in panel_lines] + after


def _ruled_rectangles(lines: list[dict]) -> list[tuple]:
    """Rectangles drawn as four rules: two across, two down at their ends."""
    across = [line for line in lines if abs(line["top"] - line["bottom"]) < 1]
    down = [line for line in lines if abs(line["x0"] - line["x1"]) < 1]
    if len(across) > 150:
        return []  # a page ruled all over (a form's grid): its boxes are its table's cells
    found = []
    for upper, lower in itertools.combinations(sorted(across, key=lambda rule: rule["top"]), 2):
        ends = (upper["x0"], upper["x1"])
        if lower["top"] - upper["top"] < 12 or any(
            abs(a - b) > 3 for a, b in zip(ends, (lower["x0"], lower["x1"]), strict=True)
        ):
            continue
        sides = [
            line for line in down
            if line["top"] <= upper["top"] + 3 and line["bottom"] >= lower["top"] - 3
            and min(abs(line["x0"] - end) for end in ends) <= 3
        ]
        if {min(range(2), key=lambda i: abs(line["x0"] - ends[i])) for line in sides} == {0, 1}:
            found.append((ends[0], upper["top"], ends[1], lower["top"]))
    return found


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _box_text(lines: list[_Line]) -> str:
    """A box's lines, a paragraph a line: a line after a gap, or plain type after a bold
    label, starts one; a divided word is made whole. A sentence in bold wrapped on to a line
    going on in lower case is no label: "Check the 5 Ps every 4 hours for the first 2" / "days.
    Come back ..." had been cut in two, "first 2;" apart from its days. A paragraph mixing
    bold and plain type keeps its bold marked."""
    paragraphs: list[str] = []
    before: _Line | None = None
    for line in lines:
        starts = before is None or (
            line.top - before.bottom > (before.bottom - before.top) * 0.8
            or (before.bold and not line.bold
                and not (line.text[:1].islower() and not re.search(r"[.!?:;]$", before.text)))
        )
        if starts:
            paragraphs.append(_marked(line))
        else:
            paragraphs[-1] = _marked_carried_on(paragraphs[-1], _marked(line))
        before = line
    return "\n".join(_bold_kept_if_mixed(paragraph) for paragraph in paragraphs)


def _marked(line: _Line) -> str:
    """A box's line with its words in bold marked."""
    return line.bold_marked or line.text


def _marked_carried_on(text: str, more: str) -> str:
    """_carried_on for lines with their bold marked: a run of bold going on over the lines is
    one run ("**... the first 2**" / "**days.** Come back" as "**... the first 2 days.**")."""
    if text.endswith("**") and more.startswith("**"):
        return _carried_on(text[:-2], more[2:])
    return _carried_on(text, more)


def _bold_kept_if_mixed(text: str) -> str:
    """A box's paragraph with its bold marked where it mixes bold and plain type, and plain
    where it is all in one (a box's label or sentence wholly in bold is read as before)."""
    if re.fullmatch(r"\*\*(?:(?!\*\*).)+\*\*", text):
        return text[2:-2]
    return text


def _unmarked_item(text: str) -> str:
    """A marked list item's text without its marker ("**•** ", or "**• " a bold run going
    on)."""
    return re.sub(
        rf"^(\*\*)?(?:{_MARKER.pattern})(\*\*)?\s+",
        lambda match: "**" if match[1] and not match[2] else "", text, count=1,
    )


def _box_list(lines: list[_Line]) -> tuple[list[str], list[str], str] | None:
    """A box's paragraphs over its list, the list's items (each wrapped item whole), and its
    paragraphs after the list; None for a box with no words over its list or two lists."""
    first = next((index for index, line in enumerate(lines) if _ITEM.match(line.text)), None)
    if not first:
        return None
    items: list[_Line] = []
    end = first
    for line in lines[first:]:
        if _ITEM.match(line.text):
            items.append(replace(line, text=_unmarked_item(_marked(line))))
        elif line.x0 > lines[first].x0 + 2 and not _gap_between(items[-1], line):
            # an item wrapped at the box's edge: its next line stands under its words
            items[-1] = replace(
                items[-1], text=_marked_carried_on(items[-1].text, _marked(line)),
                bottom=line.bottom,
            )
        else:
            break
        end += 1
    rest = lines[end:]  # (the box's sentences after its list)
    if any(_ITEM.match(line.text) for line in rest):
        return None  # a second list: more than one warning's items
    heading = _box_text(lines[:first]).split("\n")
    return heading, [_bold_kept_if_mixed(item.text) for item in items], _box_text(rest)


def _box_of_bans(lines: list[_Line]) -> tuple[str, str] | None:
    """A box of rules, "Do not" in bold over them in bullets, as the box's paragraphs with each
    rule given its "Do not" (a hip leaflet's precautions), and the ban: read as lines, "Do not"
    had been a heading of the third level with no section over it, said "Do not." as a
    sub-heading, and the box never said to be important. None for a box whose list is under no
    bare ban ("Bring with you"): it is read as a list, under its lead-in."""
    parts = _box_list(lines)
    if parts is None:
        return None
    heading, items, rest = parts
    said = banned_items(heading[-1], items)
    if said is None:
        return None
    text = "\n".join([*heading[:-1], *said, *filter(None, [rest])])
    return text, heading[-1].strip().rstrip(":")


def _box_of_signs(lines: list[_Line]) -> str | None:
    """A box saying when to get help at once over the signs in its list ("Seek urgent help
    if:", "Call 999 straight away if you:", "Go to A&E if:"), as the box's paragraphs with each
    sign a line going on from the condition: "Seek urgent help if:" in a wisdom-tooth leaflet's
    red box had been a sub-heading holding the rest of its section, the box never said to be
    important. None for a box whose lead-in is no such warning ("Bring with you")."""
    parts = _box_list(lines)
    if parts is None:
        return None
    heading, items, rest = parts
    lead_in = heading[-1].strip()
    if not (_ENDS_ON_A_CONDITION.search(lead_in) and boxed_notice([lead_in])):
        return None
    lead_in = lead_in if re.search(r"[:.!?]$", lead_in) else f"{lead_in}:"
    if any(item.startswith("**") for item in items):
        # signs each opening with its word in bold ("**Pain** – worse pain that pain relief
        # does not help"), each typed after a "•" as it stands (kept apart by ";", which the
        # list drops): in lower case, their bold lost, they had been "pain – ...;"
        said = [
            f"• {item}" if re.search(r"[.!?;:]$", item) else f"• {item};"
            for item in (item.strip() for item in items)
        ]
        return "\n".join([*heading[:-1], lead_in, *said, *filter(None, [rest])])
    said = []
    for number, item in enumerate(items, 1):
        item = item.strip()
        if not re.search(r"[.!?;]$", item):
            # a sign going on from "if": in lower case, kept apart from the next by ";"
            first = item.split(maxsplit=1)[0] if item else ""
            if first[1:] == first[1:].lower():
                item = item[:1].lower() + item[1:]
            item += "." if number == len(items) else ";"
        said.append(item)
    return "\n".join([*heading[:-1], lead_in, *said, *filter(None, [rest])])


def _box_of_rules(lines: list[_Line]) -> str | None:
    """A box whose lead-in over its list is a warning ending in ":" ("Stop taking these
    medicines you took before coming into hospital:" over the medicines, in a ruled box Word
    or LibreOffice drew as four rules), as the box's paragraphs, each item typed after a "•"
    as it stands (an item with no stop of its own kept apart by ";", which the list drops: a
    "." had been added, "Aspirin 75mg."): read as a list, the box that set the stop warning
    apart had been lost. None for a box whose lead-in is no warning ("Bring with you:")."""
    parts = _box_list(lines)
    if parts is None:
        return None
    heading, items, rest = parts
    lead_in = heading[-1].strip()
    if not (lead_in.endswith(":") and boxed_notice([lead_in])):
        return None
    return "\n".join(
        [*heading[:-1], lead_in, *(f"• {item}" if re.search(r"[.!?;:]$", item) else f"• {item};"
                                    for item in (item.strip() for item in items)),
         *filter(None, [rest])]
    )



def _box_of_warnings(lines: list[_Line]) -> str | None:
    """A box whose words over its list are a warning of their own ("Warning: Do not take
    aspirin or ibuprofen unless your doctor says so.") and whose items are each a sentence ("Do
    not start any new medicine without telling the clinic.", "Never take a double dose."), as
    the box's paragraphs, each item after a "•": read as a list, its items had fallen out of
    the warning, set after it as if no part of the box. None for a box whose words over its
    list are no warning, or whose items go on from them ("Bring with you:")."""
    parts = _box_list(lines)
    if parts is None:
        return None
    heading, items, rest = parts
    whole = [item.strip() for item in items]
    if not (
        re.search(r"[.!?]$", heading[-1].strip()) and boxed_notice(heading)
        and all(re.match(r"(?:\*\*)?[A-Z]", item) and re.search(r"[.!?](?:\*\*)?$", item)
                for item in whole)
    ):
        return None
    return "\n".join([*heading, *(f"• {item}" for item in whole), *filter(None, [rest])])

def _gap_between(line: _Line, following: _Line) -> bool:
    """Whether a paragraph's gap, wider than most of a line, parts two lines."""
    return following.top - line.bottom > (line.bottom - line.top) * 0.8


def _cell_text(words: list[dict]) -> str:
    text = ""
    for line in _column_lines(words, 0):
        text = _carried_on(text, line.text)
    return text


def _carried_on(text: str, more: str) -> str:
    """A cell's text with its next line: a word divided at the line's end made whole, a word
    with a hyphen of its own kept so ("NovoRapid (rapid-" / "acting)" had been "rapidacting"),
    and a word broken with no hyphen at a narrow cell's edge made whole too."""
    if re.search(r"[a-z][-\u2010\u00ad]$", text) and more[:1].islower():
        return text[:-1] + more if text[-1] == "\u00ad" else rejoined(text[:-1] + "-", more)
    if _broken_mid_word(text, more):
        return text + more
    return f"{text} {more}".strip()


def _broken_mid_word(text: str, more: str) -> bool:
    """Whether a line ends in the middle of a word that goes on, with no hyphen, at the start
    of the next: a cell too narrow for a word breaks it anywhere, and "Furosemid" / "e" was
    said as two words in every format. The part before the break is no word, and the parts
    make one ("furosemide"), or what goes on is a letter or three that is no word alone (a
    medicine's name a word list may not hold)."""
    from wordfreq import zipf_frequency

    before = re.search(r"(?<![\w'’-])[A-Za-z]{3,}$", text)
    after = re.match(r"[a-z]{1,12}(?![\w'’-])", more)
    if not before or not after or zipf_frequency(before[0].lower(), "en") > 0:
        return False
    piece = after[0]
    if zipf_frequency((before[0] + piece).lower(), "en") > 0:
        return True
    return len(piece) <= 3 and (
        zipf_frequency(piece, "en") < 3.0 if len(piece) > 1 else piece not in "ai"
    )


def _aligned_tables(lines: list[_Line]) -> list[_Line]:
    """Lines set in aligned columns with no rules (Word's plain table style) as table rows."""
    result: list[_Line] = []
    index = 0
    while index < len(lines):
        found = _aligned_table_at(lines, index)
        if found:
            rows, index = found
            result += rows
        else:
            result.append(lines[index])
            index += 1
    return result


def _aligned_table_at(lines: list[_Line], start: int) -> tuple[list[_Line], int] | None:
    """The table whose header row is lines[start], and the index after it: a line of two or
    more groups of words, then at least two rows whose groups start where the header's do (or
    one row, every cell filled, under a header of three columns or more that names them: a
    week's grid, "Day Mon Tue ..." over "Dose (mg) 5 5 4 ..."). A line whose groups start
    only under later columns carries on the row above (a cell's wrapped line)."""
    header = lines[start]
    if len(header.groups) < 2 or question_with_choices([text for _, text in header.groups]):
        return None
    starts = [x for x, _ in header.groups]

    def columns_of(line: _Line) -> list[int] | None:
        found = [next((k for k, x0 in enumerate(starts) if abs(x0 - x) <= 2), None)
                 for x, _ in line.groups]
        return None if None in found or found != sorted(set(found)) else found

    rows: list[tuple[_Line, list[str]]] = [(header, [text for _, text in header.groups])]
    bottoms = [header.bottom]
    end = start + 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        columns = columns_of(line) if line.groups else None
        if not columns or line.page != header.page or (
            line.top - above.bottom > 1.5 * (above.bottom - above.top)
        ):
            break
        wrapped = re.match(r"[(a-z]", line.text) and (
            line.top - above.bottom < 0.8 * (above.bottom - above.top)
        )  # "(mg)" under "Dose", set close: the first cell's wrapped line
        if columns[0] == 0 and len(columns) < 2 and not wrapped:
            break  # a line at the first column alone: the text after the table
        if columns[0] == 0 and not wrapped:
            rows.append((line, [""] * len(starts)))
            bottoms.append(line.bottom)
        cells = rows[-1][1]
        bottoms[-1] = line.bottom
        for column, (_, text) in zip(columns, line.groups, strict=True):
            cells[column] = _carried_on(cells[column], text)
        end += 1
    if len(rows) < 2 or len(rows) == 2 and not _grid_of_one_row([cells for _, cells in rows]):
        return None
    return [
        _Line(line.page, line.top, bottom, line.x0, " | ".join(cells), line.size, line.bold,
              cells=tuple(cells), header_row=index == 0 and line.bold, starts=tuple(starts))
        for index, ((line, cells), bottom) in enumerate(zip(rows, bottoms, strict=True))
    ], end


_CELL_PADDING = 12.0  # points: a ruled cell's words start this far into it, or less


def _tables_over_page_breaks(lines: list[_Line]) -> list[_Line]:
    """A table divided by a page break read as one table, every row once and in order. Its
    header and first row at the foot of a page are too few lines to be a table there, and its
    other rows at the top of the next, with no header, had been a table of no header read as
    a list: 'Who Number' was a heading, 'Pre-operative assessment clinic 01632 960 111' a
    line, then '- Ward 22 (Orthopaedics); 01632 960 222'. The lines either side of each break
    whose columns start where the others' do are one table's rows (a header repeated on the
    next page is read once); a cell's wrapped line carries on its row."""
    result = list(lines)
    index = 1
    while index < len(result):
        before, line = result[index - 1], result[index]
        columns = next((_starts_of(near) for near in (before, line) if _row_like(near)), ())
        if before.page == line.page or before.aside or line.aside or not columns:
            index += 1
            continue
        start = index
        while start > 0 and result[start - 1].page == before.page and (
            _as_row(result[start - 1], columns) is not None
        ):
            start -= 1
        end = index
        while end < len(result) and result[end].page == line.page and (
            _as_row(result[end], columns) is not None
            or end > index and _wrapped_in_cell(result[end], columns)
        ):
            end += 1
        joined = _rows_over_a_break(result[start:index], result[index:end], columns)
        if joined is not None:
            result[start:end] = joined
            index = start + len(joined)
        index += 1
    return result


def _row_like(line: _Line) -> bool:
    """A line that may be a table's row: one already read as a row (not a box's one cell),
    or words in two groups or more with a column's gap between them."""
    if line.running or line.boxed:
        return False
    if line.cells is not None:
        return len(line.cells) >= 2 and len(line.starts) == len(line.cells)
    return len(line.groups) >= 2 and not question_with_choices([t for _, t in line.groups])


def _starts_of(line: _Line) -> tuple[float, ...]:
    return line.starts if line.cells is not None else tuple(x for x, _ in line.groups)


def _in_line(starts: tuple[float, ...], columns: tuple[float, ...]) -> bool:
    return len(starts) == len(columns) and all(
        abs(a - b) <= _CELL_PADDING for a, b in zip(starts, columns, strict=True)
    )


def _as_row(line: _Line, columns: tuple[float, ...]) -> tuple[str, ...] | None:
    """The line's cells in `columns`, or None when it is no row of them. A row whose words
    stand closer than a column's gap (a cell filled to its edge) is parted where a word starts
    at a column's start after a wider space than a word's."""
    if line.running or line.boxed or line.aside:
        return None
    if _row_like(line):
        if not _in_line(_starts_of(line), columns):
            return None
        return line.cells if line.cells is not None else tuple(t for _, t in line.groups)
    if line.cells is not None or not line.spans or len(line.groups) != 1:
        return None
    if abs(line.spans[0][0] - columns[0]) > _CELL_PADDING or question_with_choices([line.text]):
        return None
    cells: list[list[str]] = [[] for _ in columns]
    column = 0
    for before, (x0, _, text) in zip([None, *line.spans], line.spans, strict=False):
        later = [k for k in range(column + 1, len(columns)) if x0 >= columns[k] - 3]
        if later:
            space = x0 - before[1] if before else 0.0
            if not -3 <= x0 - columns[later[-1]] <= _CELL_PADDING or space < 0.4 * line.size:
                return None  # a line of the text running over the column's start
            column = later[-1]
        cells[column].append(text)
    if not all(cells):
        return None
    return tuple(" ".join(words) for words in cells)


def _wrapped_in_cell(line: _Line, columns: tuple[float, ...]) -> bool:
    """A line under a row, in lower case or a bracket, starting under one of its columns past
    the first: the wrapped end of a cell's words."""
    return (
        line.cells is None and re.match(r"[(a-z]", line.text) is not None
        and all(any(abs(x - c) <= _CELL_PADDING for c in columns[1:]) for x, _ in line.groups)
    )


def _rows_over_a_break(
    tail: list[_Line], head: list[_Line], columns: tuple[float, ...]
) -> list[_Line] | None:
    """The lines at a page's foot and the next page's top as one table's rows, or None when
    they are not one table: three rows or more, one side already read as a table or the first
    row a header (in bold, or naming its columns)."""
    if not tail or not head:
        return None
    rows = [(line, _as_row(line, columns)) for line in [*tail, *head]]
    cells = [list(row) for _, row in rows if row is not None]
    read = any(line.cells is not None for line in [*tail, *head])
    if len(cells) < 3 or not (read or tail[0].bold or looks_like_header(cells)):
        return None
    result: list[_Line] = []
    header = tuple(cells[0])
    for line, row in rows:
        if row is None:  # a cell's wrapped line: carried on in its column
            last = result[-1]
            joined = list(last.cells or ())
            for x, text in line.groups:
                column = min(range(len(columns)), key=lambda k: abs(columns[k] - x))
                joined[column] = _carried_on(joined[column], text)
            result[-1] = replace(last, cells=tuple(joined), text=" | ".join(joined),
                                 bottom=line.bottom)
            continue
        if result and line.page != tail[0].page and row == header:
            continue  # the header repeated at the top of the next page
        result.append(replace(
            line, cells=tuple(row), text=" | ".join(row), groups=(), starts=columns,
            header_row=not result and (line.header_row or line.bold),
        ))
    return result


def _table_across(words: list[dict], gutters: list[float], page: int) -> bool:
    """Whether the page holds a table set in aligned columns with no rules, three columns or
    more under a header that names them (or two of a few words a cell: a day and its opening
    times across a landscape page had been read as a bi-fold's two panels, the days apart from
    their times), whose clear stripes between columns a gutter was found in: a landscape
    page's table of clinic times had been read as the panels of a leaflet folded in three, its
    days and clinics apart from where they are and what to bring ("Do not eat for 2 hours
    before" away from "Pre-assessment")."""
    read = _column_lines(words, page)
    starts = {line.top: [x for x, _ in line.groups] for line in read}
    lines = _aligned_tables(read)
    tables: list[list[_Line]] = []
    for before, line in zip([None, *lines], lines, strict=False):
        if line.cells is None:
            continue
        if before is None or before.cells is None or len(before.cells) != len(line.cells):
            tables.append([])
        tables[-1].append(line)
    return any(
        len(rows) >= 3 and (len(rows[0].cells) >= 3 or _short_cells(rows))
        and (rows[0].header_row or looks_like_header([list(row.cells) for row in rows]))
        and any(  # (a small table in one panel of a folded leaflet leaves its folds)
            min(starts.get(rows[0].top, [0.0])) < gutter < max(starts.get(rows[0].top, [0.0]))
            for gutter in gutters
        )
        for rows in tables
    )


_SHORT_CELL = 6  # words: a day, a time, a ward and its phone number


def _short_cells(rows: list[_Line]) -> bool:
    """Whether a table of two columns holds only a few words in each cell, as a table of
    opening times or phone numbers does ('Wednesday | 9am to 7.30pm'): two panels of a folded
    leaflet whose lines happen to stand level are read as rows too, but a panel's lines run
    most of its width."""
    return all(len(cell.split()) <= _SHORT_CELL for row in rows for cell in row.cells or ())


def _grid_of_one_row(rows: list[list[str]]) -> bool:
    """Whether a header and one row set in aligned columns are a table: three columns or more,
    each cell a few words and filled, the header naming its columns (two lines side by side
    are more often a layout than a table)."""
    header, row = rows
    return (
        len(header) >= 3
        and all(row)
        and all(len(cell.split()) <= 3 for cell in (*header, *row))
        and looks_like_header(rows)
    )


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words gathered into rows that share a baseline, each row left to right (by their
    bottoms: "Page 1 of 2" with its figures set larger had been two rows, "1 2" first, and the
    footer's details beside it lost)."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 2.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _column_lines(words: list[dict], page: int) -> list[_Line]:
    lines = []
    for row in _rows(words):
        sizes = Counter(round(w["size"], 1) for w in row)
        size = sizes.most_common(1)[0][0]
        groups: list[list[dict]] = [[row[0]]]
        for before, word in zip(row, row[1:], strict=False):
            if word["x0"] - before["x1"] > _COLUMN_GAP * size:
                groups.append([word])
            else:
                groups[-1].append(word)
        texts = [_words_spaced(group) for group in groups]
        if len(texts) > 1 and _MARKER.fullmatch(texts[0]):  # a list item's hanging indent
            groups[:2] = [groups[0] + groups[1]]
            texts[:2] = [f"{texts[0]} {texts[1]}"]
        texts[0] = _PRIVATE_BULLET.sub("•", texts[0])
        bold = ["bold" in w["fontname"].lower() for w in row]
        plain_from = bold.index(False) if False in bold else 0
        lines.append(
            _Line(
                page,
                min(w["top"] for w in row),
                max(w["bottom"] for w in row),
                row[0]["x0"],
                _logical_order(" ".join(texts)),
                size,
                all(bold),
                groups=tuple((g[0]["x0"], text) for g, text in zip(groups, texts, strict=True)),
                x1=max(w["x1"] for w in row),
                bold_start=_words_spaced(row[:plain_from]) if plain_from else "",
                bold_marked=_bold_marked(row) if any(bold) else "",
                spans=tuple((w["x0"], w["x1"], w["text"]) for w in row),
            )
        )
    return lines


def _bold_marked(row: list[dict]) -> str:
    """A row's words with each run in bold marked ("**Pain** – worse pain ..."), spaced as
    _words_spaced spaces them; "" for a line of Arabic script, read in another order."""
    text = _PRIVATE_BULLET.sub("•", _words_spaced(row))
    if script_of(text) == "Arabic":
        return ""
    marked, in_bold = "", False
    for index, word in enumerate(row):
        bold = "bold" in word["fontname"].lower()
        if index:
            touching = word["x0"] - row[index - 1]["x1"] < 0.05 * word["size"]
            if bold != in_bold and in_bold:
                marked += "**"
            marked += "" if touching else " "
        if bold and not in_bold:
            marked += "**"
        marked += _PRIVATE_BULLET.sub("•", word["text"]) if not index else word["text"]
        in_bold = bold
    return marked + ("**" if in_bold else "")


def _wraps(line: _Line, following: _Line | None, left: float, right: float | None) -> bool:
    """Whether the line was ended by its column's edge, not by its writer: it ends without a
    stop, fills most of the column, and the next line's first word would not have fitted after
    it. "Children's Emergency Department, Leicester" / "Royal Infirmary: 0116 258 5081" in a
    column is one line of the contacts (apart, the number was the Royal Infirmary's alone); a
    short line over a long address ("258 6468 / 6469" / "www.nhs.uk/conditions/...") is not,
    nor is a line over an address or number on a line of its own (_contact_alone)."""
    if (
        following is None or right is None or not line.x1 or not following.x1
        or line.aside != following.aside or _contact_alone(line, following)
        or line.x1 - left < 0.6 * (right - left)
        or following.cells is not None or following.page != line.page
        or following.top < line.top or re.search(r"[.!?:;]$", line.text)
        or ENDS_ON_A_BOX.search(line.text)
        or following.top - line.bottom > (line.bottom - line.top) * 0.8  # a paragraph's gap
        or _name_over_name(line, following)
        or _hours_under_a_number(line, following)
    ):
        return False
    first_word = following.text.split()[0]
    letter = (following.x1 - following.x0) / max(len(following.text), 1)
    return line.x1 + letter * (1 + len(first_word)) > right + 1


# A line of a name in capitals: "Hand Therapy Department", "Newcastle upon Tyne".
_NAME_LINE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|upon|on|in|for|&))*"
)


def _name_over_name(line: _Line, following: _Line) -> bool:
    """Whether two plain lines are each a name in capitals and no more, an address's lines:
    "Hand Therapy Department" filling a narrow column over "Freeman Hospital" had been joined
    as one line its column wrapped."""
    return (
        not line.bold and not following.bold
        and _NAME_LINE.fullmatch(line.text.strip()) is not None
        and _NAME_LINE.fullmatch(following.text.strip()) is not None
    )


# A line ending on a phone number or its extension ("Tel: 0191 213 7460 ext 22145"), and a
# line of opening hours alone ("Mon–Fri, 8am–4.30pm", "Monday to Friday, 9am to 5pm").
_ENDS_ON_A_NUMBER = re.compile(r"(?:\d{3}[\s-]?\d{3,4}|\bext(?:ension)?\.?\s*\d+)\)?$", re.I)
_HOURS_ALONE = re.compile(
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\d{1,2}"
    r"(?:[.:]\d\d)?\s*[ap]\.?m\b)(?:[^.!?]|(?<=\d)\.(?=\d)){0,40}\d\s*(?:[ap]\.?m\.?|noon)\)?$",
    re.I,
)


def _hours_under_a_number(line: _Line, following: _Line) -> bool:
    """Whether the next line is opening hours alone under a line ending on a phone number or
    its extension, the writer's two lines: in a narrow sidebar "Tel: 0191 213 7460 ext 22145"
    over "Mon–Fri, 8am–4.30pm" had been taken for a line its column wrapped and joined, the
    hours run on after the extension."""
    return (
        _ENDS_ON_A_NUMBER.search(line.text.strip()) is not None
        and _HOURS_ALONE.fullmatch(following.text.strip()) is not None
    )


def _said_of_aside(
    said: _Said, line: _Line, where: str, heading: int | None, last_heading: str
) -> None:
    """What a person is told of a sidebar read after the text of its page: a decision where it
    starts with its own heading, a warning where it has none and runs on under the text's last
    heading."""
    if heading:
        said.decisions.append(
            f"{where}: the narrower column beside the text, '{line.text[:50]}', was read after "
            "the text of its page, as a section of its own"
        )
        return
    under = f"under the heading '{last_heading[:50]}'" if last_heading else "with no heading"
    said.warnings.append(
        f"{where}: the narrower column beside the text, from '{line.text[:50]}', was read "
        f"after the text of its page, {under}: check it belongs there, or give it a heading "
        "of its own"
    )


def _contact_alone(line: _Line, following: _Line) -> bool:
    """Whether the next line is a web address, e-mail address or phone number alone, the
    writer's line, which the line above does not lead into: "Asthma + Lung UK helpline: 0300
    222 5800" / "www.asthmaandlung.org.uk" in a column had been one line, said "... five eight
    oh oh w w w dot ..." with no pause; "... please visit" / "www.nhs.uk/..." is a sentence."""
    alone = _CONTACT_ALONE.fullmatch(following.text.strip().rstrip("."))
    return alone is not None and not (
        ENDS_LEADING_ON.search(line.text) or ENDS_ASKING_FOR_A_NUMBER.search(line.text)
        or _LEADS_TO_A_CONTACT.search(line.text)
    )


def _bold_lead_ins_joined(lines: list[_Line], wraps) -> list[_Line]:
    """A sentence in bold wrapped over lines in a narrow panel or box is one line: "Come back
    to the Emergency" / "Department, or call 111, if in the next 48" / "hours you have:" over
    its list had been two headings and a bold "hours you have:", the 48 hours cut from the
    signs they limit. Bold lines with no gap between are joined when one fills its column and
    the next word would not have fitted, or when they run on to a colon over a list (a box's
    padding hides where its column ends)."""

    def runs_on(line: _Line, following: _Line) -> bool:
        return (
            line.bold and following.bold and line.cells is None and following.cells is None
            and line.page == following.page and following.top > line.top
            and line.aside == following.aside
            and abs(line.size - following.size) < 0.5
            and following.top - line.bottom <= (line.bottom - line.top) * 0.8
            and not re.search(r"[.!?:;]$", line.text)
            and not _opens_with_a_marker(following.text)
        )

    def ends_on_a_lead_in(start: int) -> bool:
        end = start
        while end + 1 < len(lines) and runs_on(lines[end], lines[end + 1]):
            end += 1
        after = lines[end + 1] if end + 1 < len(lines) else None
        return (
            end > start and lines[end].text.endswith(":") and after is not None
            and re.match(rf"(?:{_MARKER.pattern})\s", after.text) is not None
        )

    joined: list[_Line] = []
    for index, line in enumerate(lines):
        before = joined[-1] if joined else None
        if (
            before is not None and index and runs_on(lines[index - 1], line)
            and (wraps(lines[index - 1], line) or ends_on_a_lead_in(index - 1))
            and before.bold and before.page == line.page
        ):
            # (where the last line stands, so the gap under it is measured by one line's height)
            joined[-1] = replace(
                before, text=_carried_on(before.text, line.text), top=line.top,
                bottom=line.bottom, x1=line.x1, lines_joined=before.lines_joined + 1,
            )
            continue
        joined.append(line)
    return joined


def _bold_runs_carried_back(lines: list[_Line], wraps) -> list[_Line]:
    """Words in bold wrapped at their column's edge on to a line going on in plain type: "Stop
    allopurinol and seek medical help straight away if you get a skin" / "rash, especially
    with a fever ..." had lost its bold (a paragraph is bold only when all its lines are), and
    with it the notice it opens. The line in bold is marked bold in its text, and the next
    line's first words, when in bold, are carried back to it."""

    def goes_on(before: _Line, line: _Line) -> bool:
        # its sentence going on in lower case (at the next column's head too), or words its
        # column's edge wrapped (never from the text into a sidebar)
        if line.aside != before.aside:
            return False
        if line.page != before.page or line.top < before.top:
            return line.text[:1].islower()
        return not _gap_between(before, line) and (
            line.text[:1].islower() or wraps(before, line)
        )

    def sentence_goes_on(before: _Line, line: _Line) -> bool:
        # a sentence in bold ending at its line's end, its paragraph going on in plain type on
        # the next line of the column: "... take them straight to your nearest A&E or call
        # 999." / "Do not drive them yourself ..." (the lines in bold, joined, had been a line
        # wholly in bold, and the paragraph, not all bold, lost it)
        return (
            re.search(r"[.!]$", before.text) is not None
            and line.page == before.page and line.top > before.top
            and not _gap_between(before, line)
        )

    result: list[_Line] = []
    for line in lines:
        before = result[-1] if result else None
        if (
            before is not None and before.bold and not line.bold
            and before.cells is None and line.cells is None
        ):
            if not re.search(r"[.!?:;]$", before.text) and goes_on(before, line):
                more = line.bold_start if line.text.startswith(line.bold_start) else ""
                result[-1] = replace(before, text=_carried_on(before.text, more), marked=True)
                line = replace(line, text=line.text[len(more) :].lstrip(), bold_start="")
            elif sentence_goes_on(before, line):
                result[-1] = replace(before, marked=True)
        result.append(line)
    return result


def _words_spaced(words: list[dict]) -> str:
    """Words of one row with a space where the page leaves one: a word set in bold and the
    plain comma touching it come as two words ("Do not drink anything" "," had been
    "anything , not even water")."""
    text = words[0]["text"]
    for at, (before, word) in enumerate(zip(words, words[1:], strict=False), start=1):
        gap = word["x0"] - before["x1"]
        touching = gap < 0.05 * word["size"] or (  # a mark set apart over its letter ("ً")
            _MARKS_ONLY.fullmatch(word["text"])
            and (at + 1 == len(words) or gap <= words[at + 1]["x0"] - word["x1"])
            or _MARKS_ONLY.fullmatch(before["text"]) and (
                at == 1 or gap < before["x0"] - words[at - 2]["x1"]
            )
        )
        text += ("" if touching else " ") + word["text"]
    return text


# A word of marks alone: an Arabic vowel sign the PDF sets a little apart from its letter
# ("فوراً" had been "فورا ً").
_MARKS_ONLY = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")
# Runs of a line in Arabic script that read left to right, found in the line reversed: Latin
# words with the figures that follow them ("Ward 22", "call 0116 250 2959"), or one number
# ("01632", "10:30"). Numbers after Arabic words are set one by one, the spaces between them
# read right to left, so "01632 960 123" stands on the page as "123 960 01632".
_LEFT_TO_RIGHT_RUN = re.compile(
    r"(?:[0-9][0-9 .,:/@+-]*)?[A-Za-z](?:[0-9A-Za-z .,:/@+-]*[A-Za-z])?"
    r"|[0-9\u0660-\u0669\u06f0-\u06f9](?:[0-9\u0660-\u0669\u06f0-\u06f9.,:/+-]*"
    r"[0-9\u0660-\u0669\u06f0-\u06f9])?"
)
_MIRRORED = str.maketrans("()[]", ")(][")


def _logical_order(text: str) -> str:
    """A line of Arabic script as it is read: a PDF gives its letters left to right as they
    stand on the page, so "إذا كنت" came out "تنك اذإ". Its numbers and Latin words stay as
    written, and brackets face the right way again."""
    if script_of(text) != "Arabic":
        return text
    reversed_text = text[::-1].translate(_MIRRORED)
    return _LEFT_TO_RIGHT_RUN.sub(lambda match: match[0][::-1], reversed_text)


def _shape(text: str) -> str:
    """A running line's shape: page numbers and dates vary from page to page, words do not."""
    return re.sub(r"\d+", "#", text.lower()).strip()


def _page_numbers_in_english(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Each page's number in its running header or footer, in whatever language, said as an
    English one is (_english_page_numbers), so that it goes as one does. Known only in English,
    a Welsh board's footer "Cyfeirnod: PHY-0733 Fersiwn: 2 Tudalen 1 o 2" at the text's size
    had been read into a paragraph broken over the page, its reference never found."""
    edges = [
        [line for line in lines if any(line is edge for edge in itertools.chain(*_edge_groups(
            lines, height)))]
        for lines, height in zip(pages, heights, strict=True)
    ]
    said = _english_page_numbers([[line.text for line in lines] for lines in edges])
    renamed = {
        id(line): text
        for lines, texts in zip(edges, said, strict=True)
        for line, text in zip(lines, texts, strict=True) if text != line.text
    }
    return [
        [replace(line, text=renamed[id(line)]) if id(line) in renamed else line for line in lines]
        for lines in pages
    ]


def _english_page_numbers(edges: list[list[str]]) -> list[list[str]]:
    """The lines at each page's edges (`edges`, page by page) with the page's number said as
    English says it ("Page 2 of 4"), whatever the language: a word, the page's number and
    perhaps a short word and the number of pages, the same words at the edge of two pages or
    more, each number its page's (Welsh "Tudalen 2 o 4", Polish "Strona 2 z 4", "Seite 2").
    Found by where it stands and how it repeats, never by a language's words."""
    total = len(edges)
    if total < 2:
        return edges
    found: dict[tuple[str, str], set[int]] = {}
    for number, texts in enumerate(edges, 1):
        for text in texts:
            for said in _page_said(text, number, total):
                found.setdefault(_page_words(said), set()).add(number)
    shapes = {shape for shape, numbers in found.items() if len(numbers) > 1}
    if not shapes:
        return edges
    renamed = []
    for number, texts in enumerate(edges, 1):
        page = []
        for text in texts:
            for said in reversed(_page_said(text, number, total)):
                if _page_words(said) in shapes:
                    english = f"Page {number}" + (f" of {total}" if said["of"] else "")
                    text = f"{text[:said.start()]}{english}{text[said.end():]}"
            page.append(text)
        renamed.append(page)
    return renamed


def _page_words(said: re.Match) -> tuple[str, str]:
    return said["word"].lower(), (said["of"] or "").lower()


def _page_said(text: str, number: int, total: int) -> list[re.Match]:
    """Where `text` says page `number` (of `total`) with a word before it: "Tudalen 1 o 2",
    "Strona 1", "Page 1 / 2"."""
    return list(re.finditer(
        rf"(?<![\w/-])(?P<word>[^\W\d_]{{2,12}}\.?)\s+{number}"
        rf"(?:\s*(?P<of>[^\W\d_]{{1,4}}|/)\s*{total}(?![\w/-])|(?![\w/.-]))",
        text,
    ))


def _notes_at_the_foot(pages: list[list[_Line]]) -> list[list[_Line]]:
    """A note set small at a page's foot under the text, numbered as a raised mark above it
    ("... in 24 hours¹." and "1 Unless your doctor has prescribed a higher dose."), with its
    number raised as its mark's, so it goes to its mark as any note does (structure's
    footnotes), and kept from being taken for the page's footer. Numbered in plain figures, it
    had stayed a paragraph at the leaflet's end, the condition apart from the ban it
    qualifies; at the very foot of the page, it had been dropped as a footer. A note is taken
    only when a line above, at the text's size, has its mark; the lines a note wraps on to
    are its own."""
    sizes: Counter = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    if not sizes:
        return pages
    body_size = sizes.most_common(1)[0][0]
    marks: set[str] = set()  # the raised marks in the text so far
    result = []
    for lines in pages:
        lines = list(lines)
        for line in lines:
            if line.size >= body_size - 0.5:
                marks.update(re.findall(rf"(?<=\S)[{SUPERSCRIPT_FIGURES}]{{1,2}}", line.text))
        lowest = max((line.top for line in lines
                      if line.size >= body_size - 0.5 and not line.running), default=0.0)
        note = None
        for index, line in enumerate(lines):
            found = NUMBERED_NOTE.fullmatch(line.text.strip())
            small = line.size < body_size - 0.5 and line.cells is None and line.top > lowest
            mark = found["mark"].translate(RAISED_FIGURES) if small and found else ""
            if mark and mark in marks:
                lines[index] = note = replace(
                    line, text=f"{mark} {found['note']}", note=True
                )
            elif (
                note is not None and small and abs(line.size - note.size) <= 0.3
                and not re.search(r"[.!?][\"”’)]?$", note.text.strip())
                and line.top - note.bottom < line.bottom - line.top
            ):
                lines[index] = note = replace(line, note=True)
            else:
                note = None
        result.append(lines)
    return result


def _without_running_lines(
    pages: list[list[_Line]], heights: list[float], bans: list[str] | None = None
) -> tuple[list[_Line], list[str]]:
    """Each page's header and footer are read once for the leaflet's details (a footer's
    lines joined, since a long footer wraps), then dropped on every page. A line of one that
    says a ban is added to `bans` once, to be kept in the text."""
    bans = [] if bans is None else bans
    kept: list[_Line] = []
    dropped: list[str] = []
    seen: set[str] = set()
    edges = [_edge_groups(lines, height) for lines, height in zip(pages, heights, strict=True)]
    sizes: Counter = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 0
    shapes = _repeated_shapes(pages, edges, body_size)
    numbered = _numbered_shapes(edges)
    for number, (lines, (top, bottom)) in enumerate(zip(pages, edges, strict=True), 1):
        # (the first page's head, over the title, is the leaflet's own in small type:
        # "Rheumatology Department" there had been dropped as a running header, the leaflet
        # left with no department; it is one when it comes again on another page)
        groups = [
            group
            for group in (
                [line for line in side
                 if _running(line, shapes, body_size, by_size=number > 1 or side is bottom)]
                for side in (top, bottom)
            )
            if group
        ]
        running = {id(line) for group in groups for line in group}
        body = [line for line in lines if id(line) not in running]
        # (the same header over a leaflet of one page is no running line, but its trust's
        # name and department are parted all the same: read across as one line, it had
        # been taken whole for the department, "Westbrook Hospitals NHS Foundation Trust
        # Respiratory Medicine")
        body = [
            part for line in body
            for part in (_trust_apart([line])[0] if any(line is t for t in top) else [line])
        ]
        for group in groups:
            # a header set as a Word template's is, the trust's name at the left and the
            # department at the right ("Northfield Teaching Hospitals NHS Trust  Cardiology"):
            # each part read alone, as in a Word file's header (it had been dropped whole, no
            # organisation written and no department found)
            group, beside = _trust_apart(group)
            # a trust's name on a line of its own over every page says who wrote the leaflet,
            # each name apart (a board's in Welsh beside its English one had been run together,
            # "Bwrdd Iechyd Prifysgol Betsi Cadwaladr Betsi Cadwaladr University Health Board",
            # and dropped)
            # (beside the page's number: "Humber Teaching NHS Foundation Trust  Page 1 of 2")
            names = [line for line in group if trust_names(_PAGE_OF.sub(" ", line.text))]
            for line in names:
                text = " ".join(_PAGE_OF.sub(" ", line.text).split())
                if (shape := _shape(text)) not in seen:
                    seen.add(shape)
                    kept.append(replace(line, text=text, running=True))
            group = [line for line in group if line not in names]
            # "Never take methotrexate more than once a week" under the trust's name over
            # every page: the leaflet's own safety line, kept once (it had been dropped)
            for line in [line for line in group
                         if running_ban(line.text, line_language(line.text))
                         and not find_details(line.text).values]:
                group.remove(line)
                text = " ".join(line.text.split())
                if text not in bans:
                    bans.append(text)
                    dropped.append(f"page {line.page}: the running line '{text[:60]}' says a "
                                   "ban: kept once, as a notice at the text's start")
            # ("RES-0042 v1 1": the reference, then the page's number)
            # (a footer's "Page 1" wrapped from its "of 2": the page's number and its word
            # go, as "Page 1 of 2" does, or "Page of 2" left the footer's details unread)
            joined = _PAGE_OF.sub(" ", " ".join(
                _PAGE_WORD_AT_END.sub("", _without_page_number(line.text.strip(), number))
                if _shape(line.text.strip()) in numbered else line.text
                for line in group if not _PAGE_OF_WRAPPED.fullmatch(line.text.strip())
            )).strip()
            shape = _shape(joined)
            if not joined or shape in seen:
                continue
            seen.add(shape)
            # ("Page 1 | PHY-0388", its reference in no label's words, read as one)
            joined = with_its_reference_labelled(joined) or joined
            first = group[0]
            if find_details(joined).values:
                kept.append(_Line(first.page, first.top, first.bottom, first.x0, joined,
                                  first.size, first.bold, running=True))
            elif (
                any(line is beside.get(id(first), first) for line in top)
                and len(joined.split()) <= 8
                and (DEPARTMENT_NAME.search(joined) or STAFF_TEAM.fullmatch(joined))
            ) or (len(group) == 1 and id(first) in beside and names_beside_a_trust(joined)):
                # "Stroke Service" over every page: the department, as the same words in a
                # Word file's header are (it had been dropped, no department found, and the
                # build stopped "department: Field required")
                kept.append(_Line(first.page, first.top, first.bottom, first.x0,
                                  f"Department: {joined}", first.size, first.bold, running=True))
                dropped.append(f"page {first.page}: the running line '{joined[:60]}' names the "
                               "department: kept as its department, dropped from the text")
            else:
                dropped.append(f"page {group[0].page}: dropped the running line '{joined[:60]}'")
        kept += [line for line in body if not PAGE_NUMBER.match(line.text)]
    return kept, dropped


def _trust_apart(group: list[_Line]) -> tuple[list[_Line], dict[int, _Line]]:
    """A running header's or footer's lines, each set out in parts with a trust's name among
    them taken apart: the name a line of its own, and the rest another; and, by the rest's
    id, the line it was taken from when that stood beside a trust's name alone (a header of
    two parts), its words perhaps the department's."""
    lines: list[_Line] = []
    beside: dict[int, _Line] = {}
    for line in group:
        parts = [" ".join(_PAGE_OF.sub(" ", words).split()) for _, words in line.groups]
        parts = [part for part in parts if part]
        trust = [part for part in parts if trust_names(part)]
        if len(parts) < 2 or not trust or len(trust) == len(parts):
            lines.append(line)
            continue
        rest = replace(line, text=" ".join(part for part in parts if part not in trust))
        lines += [replace(line, text=name) for name in trust] + [rest]
        if len(parts) == 2:
            beside[id(rest)] = line
    return lines, beside


def _repeated_shapes(
    pages: list[list[_Line]], edges: list[tuple[list[_Line], list[_Line]]], body_size: float
) -> Counter:
    """How often each shape stands at a page's edge, counted only where it repeats as a running
    line does: its figures the same on every page or stepping with the page's number, and not
    said again and again in the text between. A paragraph's first line at the top of pages 2
    and 3 ("Paragraph 15: keep the dressing clean and dry and do not get it wet for two days
    after", "Paragraph 33: ...") had been dropped as a running header, its 'do not' with it,
    and "Repeat 10 times" at the top of two pages of exercises would have been."""
    at_edges = {id(line) for top, bottom in edges for line in [*top, *bottom]}
    return _running_shapes(
        [(number, line.text, line.size < body_size - 0.5)
         for number, (top, bottom) in enumerate(edges, 1) for line in [*top, *bottom]],
        [line.text for lines in pages for line in lines
         if id(line) not in at_edges and abs(line.size - body_size) <= 0.5],
        _head_lines([line.text for line in pages[0]] if pages else []),
    )


def _head_lines(lines: list[str]) -> list[str]:
    """The first page's lines to its first sentence (the title, department, trust), whose
    words a running line says again."""
    return list(itertools.takewhile(
        lambda text: not re.search(r"[.!?]$", text.strip()), lines[:4]
    ))


def _running_shapes(
    at_edges: list[tuple[int, str, bool]], between: list[str], head: list[str]
) -> Counter:
    """How often each shape of the lines `at_edges` (page number, text, whether it is set
    smaller than the text) stands at a page's edge, where it repeats as a running line does
    (see _repeated_shapes); `between`, the text's lines away from the edges; `head`, the
    first page's first lines. A running line stands apart from the text: set smaller, parted
    by bars, or saying only what a running line says (the title, trust, reference or page:
    says_only_a_running_heads_words). "Repeat 10 times." opening pages 2 and 3 of an
    exercise sheet at the text's size, said once between, had been dropped as one."""
    found: dict[str, list[tuple[int, list[int]]]] = {}
    apart: dict[str, bool] = {}
    for number, text, smaller in at_edges:
        shape = _shape(text)
        found.setdefault(shape, []).append(
            (number, [int(figure) for figure in re.findall(r"\d+", text)])
        )
        apart[shape] = apart.get(shape, True) and (
            smaller or bool(_BARRED.search(text)) or says_only_a_running_heads_words(text, head)
        )
    said = Counter(_shape(text) for text in between)
    counts: Counter = Counter()
    for shape, seen in found.items():
        if not apart[shape]:
            continue
        steady = all(
            len({figures[i] for _, figures in seen}) == 1
            or len({figures[i] - number for number, figures in seen}) == 1
            for i in range(min(len(figures) for _, figures in seen))
        )
        if steady and said[shape] < 2:
            counts[shape] = len(seen)
    return counts


def _without_page_number(text: str, number: int) -> str:
    return re.sub(rf"^{number}\s+|\s+{number}$", "", text).strip()


def _numbered_shapes(edges: list[tuple[list[_Line], list[_Line]]]) -> set[str]:
    """The shapes of running lines that carry their page's number at an end, page after page
    ("RES-0042 v1 1", "RES-0042 v1 2": a slide's footer and its number on one baseline). Read
    with it, the leaflet's reference had been lost ("v1 1"); a figure the same on every page
    ("Version 1") is no page number."""
    ends: dict[str, set[str]] = {}
    for number, (top, bottom) in enumerate(edges, 1):
        for line in [*top, *bottom]:
            text = line.text.strip()
            if _without_page_number(text, number) != text:
                ends.setdefault(_shape(text), set()).add(_without_page_number(text, number))
    counts = Counter(
        _shape(line.text.strip()) for number, (top, bottom) in enumerate(edges, 1)
        for line in [*top, *bottom]
        if _without_page_number(line.text.strip(), number) != line.text.strip()
    )
    return {shape for shape, seen in counts.items() if seen > 1 and len(ends[shape]) == 1}


def _edge_groups(lines: list[_Line], height: float) -> tuple[list[_Line], list[_Line]]:
    """The lines in the page's top and bottom 9%, where running headers and footers stand
    (a table's rows are never running lines)."""
    top = [line for line in lines if line.top < _MARGIN * height and line.cells is None]
    bottom = [line for line in lines
              if line.top > (1 - _MARGIN) * height and line.cells is None and not line.note]
    return top, bottom


_BARRED = re.compile(r"^\s*\||\|\s*$|\S\s+\|\s+\S")


def _running(line: _Line, shapes: Counter, body_size: float, by_size: bool = True) -> bool:
    """A line at the page's edge is a running header or footer when it comes again on another
    page, is set smaller than the text (`by_size`: but at the first page's head), is a page
    number or holds the leaflet's details; the title, or the text's last line in a narrow
    margin, is not."""
    return (
        shapes[_shape(line.text)] > 1
        or (by_size and line.size < body_size - 0.5)
        # (parts set apart by bars, on a page but the first: "Caring for your wound | UHL" over
        # page 2 alone, the first page without it, had been kept as a line, "UHL" with it)
        or (by_size and bool(_BARRED.search(line.text)))
        or bool(_PAGE_OF.search(line.text) or PAGE_NUMBER.match(line.text))
        # ... or the end of one wrapped at the footer's edge, "... | Page 1" / "of 2" ("of 2"
        # had been kept, a line of the text between two steps of a numbered list)
        or bool(_PAGE_OF_WRAPPED.fullmatch(line.text.strip()))
        or bool(find_details(line.text).values)
    )


def _source_lines(
    lines: list[_Line], said: _Said | None = None, widths: dict[int, float] | None = None
) -> list[SourceLine]:
    """Lines with their heading levels by size and weight, blank lines where the gap between
    lines is wider than a line, and divided words marked to be joined again. A sidebar's lines
    (aside) are a section of their own: its first heading a section's, its others under it,
    what was done said in `said`."""
    said = said if said is not None else _Said()
    if not lines:
        return []
    weights = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    body_size = weights.most_common(1)[0][0]
    larger = sorted({line.size for line in lines if line.size > body_size * 1.12}, reverse=True)
    title_size = larger[0] if larger else None
    levels = {size: index + 2 for index, size in enumerate(larger[1:])}
    bold_level = min(len(larger) + 1, 4) if len(larger) > 1 else 2
    starts = Counter(round(line.x0) for line in lines)
    left = starts.most_common(1)[0][0]
    # the left edge of each column: a right column's lines were all "indented" by half a page,
    # and its paragraphs read as a heading over a list
    # (the left column's too when the right one has more lines: a list carried on at the top of
    # the right column had been a list inside the left one's, its items run together)
    edges: list[int] = []
    for x in sorted({left} | {x for x, n in starts.items() if n >= 5}):
        if not edges or x - edges[-1] > _GUTTER:
            edges.append(x)
        elif x == left:
            edges[-1] = x  # the commonest start within a column is its edge

    def edge_of(line: _Line) -> int:
        return max((x for x in edges if x <= line.x0 + 1), default=left)

    # where each column's lines end on each page: the line it wraps at (not a title or line
    # across both columns: under "Caring for your child after a tonsillectomy" set across the
    # page, no line of the left column had wrapped, and a sentence in bold over three of its
    # lines had been a heading, "If your child has fresh bleeding from the", over the rest)
    columns: dict[int, set[int]] = {}
    for line in lines:
        columns.setdefault(line.page, set()).add(edge_of(line))
    right_edges: dict[tuple[int, int], float] = {}
    for line in lines:
        edge = edge_of(line)
        beyond = [x for x in columns[line.page] if x > edge]
        if line.cells is None and line.x1 and not (beyond and line.x1 > min(beyond)):
            key = (line.page, edge)
            right_edges[key] = max(right_edges.get(key, 0.0), line.x1)

    # a page of a few lines in one column (a slide: a title and three short points) shows no
    # edge its lines wrap at: its longest line is none, and the text's edge is taken as far
    # from the page's right side as its left edge is from the left ("Respiratory Nurse
    # Service" over "Patient information" on a slide had been one line, no department)
    counts = Counter((line.page, edge_of(line)) for line in lines if line.cells is None)
    for (page, edge), found in counts.items():
        if widths and page in widths and columns[page] == {edge} and found <= 6:
            right_edges[(page, edge)] = max(right_edges.get((page, edge), 0.0),
                                            widths[page] - edge)

    def column_wraps(line: _Line, following: _Line | None) -> bool:
        edge = edge_of(line)
        return _wraps(line, following, edge, right_edges.get((line.page, edge)))

    lines = _bold_runs_carried_back(_bold_lead_ins_joined(lines, column_wraps), column_wraps)
    result: list[SourceLine] = []
    title_taken = headed = False
    counts: Counter = Counter()
    last_heading = ""
    aside_head: float | None = None  # the size of a sidebar's first heading (None: none)
    given: set[int] = set()  # the levels by size and weight the text's headings had so far
    for index, line in enumerate(lines):
        counts[line.page] += 1
        where = f"page {line.page}, line {counts[line.page]}"
        counts[line.page] += line.lines_joined
        previous = lines[index - 1] if index else None
        if previous is not None:
            next_column = previous.page != line.page or line.top < previous.top
            # a sentence over the break (never from the text into a sidebar, nor back)
            carried_on = (
                next_column and line.text[:1].islower() and line.aside == previous.aside
            )
            gap = line.top - previous.bottom > (previous.bottom - previous.top) * 0.8
            same_table = (
                line.cells is not None and previous.cells is not None
                and not (line.boxed or previous.boxed)
            )
            # a bare "Do not" and the list it leads into are one, a gap between them or not
            led = previous.cells is None and bare_ban(previous.text) and bool(
                _ITEM.match(line.text)
            )
            # a paragraph is set in one size: the small print under a line of the text starts
            # one ("Ward manager: Sister K. O'Neill" over the offer of formats in 8 pt, a
            # paragraph's gap apart in a narrow panel, had been run into the offer)
            resized = (
                line.cells is None and previous.cells is None
                and abs(line.size - previous.size) >= max(1.0, 0.08 * previous.size)
            )
            # a box stands apart from what is over it: under a table's tall last row, less
            # than a row's height apart, a notice box had been read as one more row of it
            boxed = line.boxed and not previous.boxed
            if (
                (next_column or gap or resized or boxed)
                and not carried_on and not same_table and not led
            ):
                result.append(blank(where))
        starts_aside = line.aside and (
            previous is None or not previous.aside or previous.page != line.page
        )
        if starts_aside:
            aside_head = None
        if line.running:  # a page header's or footer's, read for the leaflet's details
            result += [blank(where), SourceLine(line.text, where, running=True), blank(where)]
            continue
        if line.cells is not None:
            if starts_aside:
                _said_of_aside(said, line, where, None, last_heading)
            headed = False
            result.append(SourceLine(line.text, where, cells=line.cells,
                                     header_row=line.header_row))
            if line.boxed:
                result.append(blank(where))
            continue
        heading = None
        following = lines[index + 1] if index + 1 < len(lines) else None
        # a sentence in bold going on in plain type on the next line is no heading: "Do not
        # stop your urine midstream as an" / "exercise. Doing this ..." was cut in two
        runs_on = following is not None and following.cells is None and (
            following.text[:1].islower()
            and (not following.bold or re.search(r"[.!?](?:\s|$)", following.text) is not None)
            # ... or its number: "... please call" / "0116 250 2959 or email ..."
            or re.match(r"(?:\+44|\(?0\d|\d{3}\b)", following.text) is not None
            and ENDS_ASKING_FOR_A_NUMBER.search(line.text) is not None
        )
        # ... nor is a line that goes on from the one above ("... please call 0116 250" /
        # "2959 or email ...", both in bold)
        goes_on = (
            previous is not None and previous.cells is None and not gap and not next_column
            and re.match(r"[a-z\d]", line.text) is not None
            and not re.search(r"[.!?:]$", previous.text)
            and not headed  # (a heading wrapped over two lines is still a heading)
        )
        if line.size == title_size and not title_taken:
            heading, title_taken = 1, True
        elif line.size in levels or (line.size == title_size and title_taken):
            heading = levels.get(line.size, 2)
        elif (
            line.bold
            and len(line.text.split()) <= 12
            and not line.text.endswith(".")
            and not runs_on
            and not goes_on
            # "Contact us straight away if" in bold over its list leads into it: a heading,
            # it was said "Contact us straight away if." (a heading in bold going on in bold
            # on the next line is still one)
            and not (
                _LEADS_INTO.search(line.text) and line.text != line.text.upper()
                and not (following is not None and following.bold)
            )
            # ... nor one ending in a colon over its list: "Call 999 straight away if you:"
            # leads into the signs (a heading, what followed the list was read under it)
            and not (
                line.text.endswith(":") and following is not None
                and re.match(rf"(?:{_MARKER.pattern})\s", following.text) is not None
            )
            # ... nor a bare "Do not" over its list: as a heading it had been a chapter, the
            # paragraph after the list read under it (the text's own rule leads it into them)
            and not (
                bare_ban(line.text) and following is not None
                and _ITEM.match(following.text) is not None
            )
        ):
            heading = bold_level
        if line.aside and heading and heading > 1:
            # a sidebar's heading heads a section of its own, after the text of its page (in
            # its smaller type it had been a sub-heading of the text's last section), its
            # headings in smaller type under it ("Who to call" over "Crisis line")
            if starts_aside:
                aside_head = line.size
            if aside_head is not None:
                heading = 2 if line.size >= aside_head - 0.5 else 3
        elif heading and heading > 1 and line.size != title_size:
            # a heading with no larger one before it heads a section: Word's Heading 2 before
            # any Heading 1, set smaller than the headings after it, had been `###` under the
            # title (the HTML jumping from h1 to h3, its signs in no chapter of the audio's);
            # (a title's own next line, in its size, is no heading before it)
            given.add(heading)
            if min(given) == heading:
                heading = 2
        if starts_aside:
            _said_of_aside(said, line, where, heading, last_heading)
        if heading and heading > 1:
            last_heading = line.text
        divided = bool(
            DIVIDED_AT_END.search(line.text)
            and following is not None
            and following.text[:1].islower()
        )
        indent = max(0, round((line.x0 - edge_of(line)) / max(line.size * 0.5, 1)))
        # (the writer ended a line over an address or number alone: structure, which reads a
        # line going on in lower case as its sentence's, had run it on after "..., Hospital")
        alone = following is not None and following.cells is None and _contact_alone(
            line, following
        )
        marked = line.marked and not heading
        text = f"**{line.text}**" if marked else line.text
        if (
            not heading and not line.bold and line.cells is None
            and re.search(r"[.!]$", line.bold_start) and line.text.startswith(line.bold_start)
        ):
            # a sentence in bold opening a line that goes on in plain type: "Never give your
            # child aspirin. It can make bleeding worse ..." (it had lost its bold)
            text = f"**{line.bold_start}** {line.text[len(line.bold_start) :].lstrip()}"
        result.append(SourceLine(text, where, indent,
                                 heading, joins_next=divided,
                                 bold=line.bold and not heading and not marked,
                                 ends_paragraph=alone, wraps=column_wraps(line, following)))
        headed = bool(heading)
        if heading:
            result.append(blank(where))
    return result
