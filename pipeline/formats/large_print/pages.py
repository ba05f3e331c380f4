"""The printed pages as the checker reads them: each glyph with its place, size and face, the
text lines they make, and the pictures.

Two readers give the same PageText. `read_pages` is pdfplumber, a PDF reader independent of the
one that wrote the file: `leaflet check` (and the check of any file this process did not just
write) reads with it. `read_written` reads the glyphs of a PDF WeasyPrint has just written here
from its content streams (formats/pdf_glyphs.py), in a sixth of the time: the writer reads the
pages so while it tags the PDF (it needs each element's text), and the build's own check uses
that reading of the file it wrote. Lines are grouped as pdfplumber groups them (tops within
3 pt, words split at spaces and gaps over 3 pt), so both readers report the same, which
tests/test_large_print_build_check.py holds them to.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from itertools import groupby

import pikepdf

from ...pdf_tables import row_box, ruled_table_rows
from ..pdf_glyphs import read_content

TOLERANCE = 3  # pdfplumber's x and y tolerance, in points


@dataclass
class PageText:
    number: int
    width: float
    chars: list[dict]  # the glyphs that are not blank: text, size, fontname, x0, x1, top, ...
    lines: list[dict]  # text lines, each with its chars
    text: str
    pictures: list[dict] = field(default_factory=list)  # images: top, bottom
    tables: list[tuple] = field(default_factory=list)  # tables' (x0, top, x1, bottom)
    # table cells' (x0, top, x1, bottom): a line in a cell starts at its cell's left edge
    cells: list[tuple] = field(default_factory=list)
    # rules and boxes drawn (a line to write on, a notice's border): top, bottom
    drawings: list[dict] = field(default_factory=list)
    # table rows' (x0, top, x1, bottom): a row is read cell by cell, whatever its faces' tops
    rows: list[tuple] = field(default_factory=list)


@dataclass
class Reading:
    """A PDF's pages as `read_written` reads them, and the text behind each structure element:
    by (page index, marked-content id), each glyph's text, or nothing where it has none."""

    pages: list[PageText]
    marked: dict[tuple[int, int], str]


def read_pages(data: bytes) -> list[PageText]:
    """Every page as pdfplumber reads it (loaded only here: the build's check never needs it)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = []
        for page in pdf.pages:
            tables = ruled_table_rows(page)
            pages.append(
                PageText(
                    page.page_number,
                    float(page.width),
                    [c for c in page.chars if c["text"].strip()],
                    page.extract_text_lines(return_chars=True, strip=True),
                    page.extract_text(),
                    page.images,
                    [row_box(rows) for rows in tables],
                    [cell for rows in tables for row in rows for cell in row.cells if cell],
                    page.rects + page.lines + page.curves,
                    [row.bbox for rows in tables for row in rows],
                )
            )
        return pages


def _cluster_ids(values: list[float]) -> dict[float, int]:
    """pdfplumber's clusters of values: sorted, a new cluster at each step over 3 points."""
    ids: dict[float, int] = {}
    cluster, last = -1, None
    for value in sorted(set(values)):
        if last is None or value > last + TOLERANCE:
            cluster += 1
        ids[value], last = cluster, value
    return ids


def _clusters(items: list[dict]) -> list[list[dict]]:
    """Items grouped by the cluster of their tops, top to bottom, each in its first order."""
    ids = _cluster_ids([item["top"] for item in items])
    grouped: dict[int, list[dict]] = {}
    for item in items:
        grouped.setdefault(ids[item["top"]], []).append(item)
    return [grouped[k] for k in sorted(grouped)]


def _words(line: list[dict]) -> list[list[dict]]:
    words: list[list[dict]] = []
    current: list[dict] = []
    for char in sorted(line, key=lambda c: c["x0"]):
        if char["text"].isspace() or not char["text"]:
            if current:
                words.append(current)
            # a glyph that reads as nothing is a word of its own, as pdfplumber has it
            words.extend([[char]] if not char["text"] else [])
            current = []
            continue
        if current:
            previous = current[-1]
            if (
                char["x0"] < previous["x0"]
                or char["x0"] > previous["x1"] + TOLERANCE
                or abs(char["top"] - previous["top"]) > TOLERANCE
            ):
                words.append(current)
                current = []
        current.append(char)
    if current:
        words.append(current)
    return words


def _box(text: str, chars: list[dict]) -> dict:
    return {
        "text": text,
        "x0": min(c["x0"] for c in chars),
        "x1": max(c["x1"] for c in chars),
        "top": min(c["top"] for c in chars),
        "bottom": max(c["bottom"] for c in chars),
        "chars": chars,
    }


def _text_lines(glyphs: list[dict]) -> tuple[list[dict], str]:
    """pdfplumber's text lines and page text: glyphs clustered into lines by their tops and
    split into words at spaces and gaps; then, in that order, each run of words whose tops
    fall in one cluster is a line of text, its words joined by one space (none before its
    first letter). A line's chars are its letters' glyphs."""
    words = [
        _box("".join(c["text"] for c in word), word)
        for line in _clusters(glyphs)
        for word in _words(line)
    ]
    ids = _cluster_ids([word["top"] for word in words])
    lines, texts = [], []
    for _, run in groupby(words, key=lambda word: ids[word["top"]]):
        line = list(run)
        text = ""
        for word in line:
            text += (" " if text else "") + word["text"]
        texts.append(text)
        letters = [c for word in line for c in word["chars"] for _ in c["text"]]
        if text.strip(" "):
            lines.append(_box(text.strip(" "), letters))
    return lines, "\n".join(texts)


def read_written(pdf: pikepdf.Pdf) -> Reading:
    """Every page of a PDF WeasyPrint wrote, read from its content streams (see the module)."""
    contents, marked = read_content(pdf)
    pages = []
    for page in contents:
        lines, text = _text_lines(page.glyphs)
        chars = [c for c in page.glyphs if c["text"].strip()]
        pages.append(
            PageText(
                page.number, page.width, chars, lines, text, page.pictures, drawings=page.drawings
            )
        )
    return Reading(pages, marked)
