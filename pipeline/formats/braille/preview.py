"""The braille preview on the web page: a braille page as built, each line with its print beneath,
so that a sighted colleague can check it before it is embossed.

Each line is read back with the table it was written in, as the checker reads it: the leaflet's
own text with its language's table, the trust's other-language lines with theirs (Urdu braille
is read as Urdu, not as English: the transcriber's note before each names its code), and the
words the pipeline adds with UEB.
"""

from __future__ import annotations

import re
import threading
from datetime import date
from pathlib import Path

from ...model import Leaflet
from .. import Preview
from .checker import (
    CodeInForce,
    comparable_words,
    inline_code_notes,
    join_lines,
    other_code_notes,
    read_line,
)
from .files import brf_pages, capitals_go_on, number_goes_on, preview_pages, read_runs
from .layout import (
    BLANK,
    BOX_LINE_PRINT,
    CONTINUATION,
    TN_CLOSE,
    TN_OPEN,
    LayoutChoices,
    Transcription,
    back_translate,
    table_for,
    units_of,
)

# liblouis is not thread-safe, and the web page renders previews in several threads at once.
_LIBLOUIS_TURN = threading.Lock()
BRAILLE_CELLS = ("\u2800", "\u283f")  # the six-dot cells


def preview(leaflet: Leaflet, settings: dict, files: list[Path]) -> Preview:
    """The first braille page, read from the BRF the embosser takes (else the Unicode preview)."""
    shown, pages = _pages(files)
    if not pages:
        return Preview()
    return Preview(
        "braille",
        shown.name,
        "text/plain" if shown.suffix == ".txt" else "application/x-brf",
        tuple(interlined(leaflet, settings, pages[0], Transcription(date.today(), len(pages)))),
    )


def _pages(files: list[Path]) -> tuple[Path | None, list[list[str]]]:
    by_suffix = {path.suffix: path for path in files}
    if ".brf" in by_suffix:
        return by_suffix[".brf"], brf_pages(by_suffix[".brf"].read_bytes())
    if ".txt" in by_suffix:
        return by_suffix[".txt"], preview_pages(by_suffix[".txt"].read_text(encoding="utf-8"))
    return None, []


def interlined(
    leaflet: Leaflet, settings: dict, page: list[str], made: Transcription | None = None
) -> list[tuple[str, str]]:
    """Each line of a braille page with its print, read as the checker reads the braille.

    The lines after a transcriber's note naming another code ("Next paragraph: Urdu in Urdu
    braille") are read with that language's table until the passage ends (a blank line, or a
    new paragraph's indent); any other line run by run, each with the table, among those the
    leaflet's braille is written in, that reads it as the leaflet's words: `made` says how many
    pages the braille runs to, as page 1 does (its "20 braille pages" is one of those words).
    """
    choices = LayoutChoices(grade=int(settings.get("grade", 2)))
    notes = other_code_notes(leaflet)
    english = table_for("en", choices.grade)
    lines = []
    with _LIBLOUIS_TURN:
        units = units_of(leaflet, choices, made)
        used = [segment.table for unit in units for segment in unit.segments]
        main = table_for(leaflet.meta.language, choices.grade)
        tables = tuple(dict.fromkeys([main, english, *used]))
        vocabulary = set(comparable_words(" ".join(unit.text for unit in units)))
        announced = inline_code_notes(units)  # "Urdu braille:" opening a run inside a line
        labelled = None  # the table of the announced passage being read
        note: list[str] = []  # the lines of a transcriber's note being read
        previous = None  # the table the line before ended in
        in_number = continued = False  # the line before divided a number, or an address
        in_capitals = False  # a capitals passage goes on from the line before
        carried = CodeInForce()  # a run a note announced going on in the next line
        for line in page:
            cells = line.strip(BLANK)
            if not cells or line.startswith(BLANK):
                labelled = None
            if not cells:
                carried = CodeInForce()
            if not cells or not all(BRAILLE_CELLS[0] <= cell <= BRAILLE_CELLS[1] for cell in cells):
                lines.append((line, ""))  # blank, or a damaged BRF's "?": shown, not read
            elif set(cells) == {cells[0]} and cells[0] in BOX_LINE_PRINT:
                lines.append((line, BOX_LINE_PRINT[cells[0]]))
            elif _is_page_number(line, page):
                # UEB's figures, whatever the leaflet's code, and no line of its text: the
                # line after it is read as if it opened the page
                said = back_translate(cells, english)
                lines.append((line, f"(braille page number {said})"))
                continue
            elif labelled:
                # a passage in another code (English in an Urdu leaflet among them), its divided
                # address said to go on, as the proof says it ('\\5/' had been shown)
                runs = ((labelled, cells),)
                lines.append((line, read_runs(runs, in_number, in_capitals)[0]))
            elif note or (cells.startswith(TN_OPEN) and not _note_inside(cells)):
                note.append(cells)
                lines.append((line, back_translate(cells, english)))
                said = back_translate(join_lines(note), english).strip()
                if cells.endswith(TN_CLOSE):
                    labelled = table_for(notes[said], choices.grade) if said in notes else None
                    note = []
            else:
                # a line going on with a number or address divided in the line before is in
                # the table that line ended in, a number's digits read as digits (the proof's
                # reading: "258" / "5123" had been shown here as "eabc")
                goes_on = previous is not None and (in_number or continued)
                runs = read_line(
                    cells,
                    (previous,) if goes_on else tables,
                    vocabulary,
                    previous,
                    announced,
                    carried,
                )
                previous = runs[-1][0]
                lines.append(
                    (line, " ".join(read_runs(runs, in_number and goes_on, in_capitals)))
                )
            in_number = bool(cells) and number_goes_on(cells)
            in_capitals = bool(cells) and capitals_go_on(cells, in_capitals)
            continued = cells.endswith(CONTINUATION) and str(previous).startswith("en-ueb")
    return lines


# the page number's cells: UEB's numeric indicator and figures a to j
_PAGE_NUMBER = re.compile("\u283c[\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a]+")


def _is_page_number(line: str, page: list[str]) -> bool:
    """Whether a line is the page's braille page number: a number alone at the right margin of
    the page's first or last line (UK practice), the widest line of the page. In a Urdu or
    Gujarati leaflet it had been read in the leaflet's code ('۱' for 1), and as the line before
    the next one, which was then read in that code too ('۲۰ برل پاگِس', 20 braille pages, at the
    top of page 2 at 20 cells)."""
    if line not in (page[0], page[-1]) or not line.startswith(BLANK):
        return False
    width = max(len(other) for other in page)
    return len(line) == width and bool(_PAGE_NUMBER.fullmatch(line.strip(BLANK)))


def _note_inside(cells: str) -> bool:
    """Whether a line opening with a transcriber's note goes on after it ("Urdu braille:" then
    the Urdu run): read run by run, not as a note."""
    return TN_CLOSE in cells and not cells.endswith(TN_CLOSE)
