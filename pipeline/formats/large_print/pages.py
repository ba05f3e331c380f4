"""The printed pages as the checker reads them: each glyph with its place, size and face, the
text lines they make, and the pictures.

Two readers give the same PageText. `read_pages` is pdfplumber, a PDF reader independent of the
one that wrote the file: `leaflet check` (and the check of any file this process did not just
write) reads with it. `read_written` reads the glyphs straight from the content streams of a
PDF WeasyPrint has just written here, with pikepdf, in a sixth of the time (pdfplumber lays out
every glyph in pure Python, 0.1 s for four pages, and takes 0.03 s to import): the writer reads
the pages so while it tags the PDF (it needs each element's text), and the build's own check
uses that reading of the file it wrote. It places glyphs as pdfminer does (text matrix, font
size, /W widths, descent) and groups lines as pdfplumber does (tops within 3 pt, words split at
spaces and gaps over 3 pt), so both readers report the same, which
tests/test_large_print_build_check.py holds them to.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from itertools import groupby

import pikepdf

from ...pdf_tables import row_box, ruled_table_rows

TOLERANCE = 3  # pdfplumber's x and y tolerance, in points
_WIDTHS = re.compile(r"(\d+)\s*(?:\[([^\]]*)\]|(\d+)\s+(-?[\d.]+))")
_BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>")


@dataclass
class PageText:
    number: int
    width: float
    chars: list[dict]  # the glyphs that are not blank: text, size, fontname, x0, x1, top, ...
    lines: list[dict]  # text lines, each with its chars
    text: str
    pictures: list[dict] = field(default_factory=list)  # images: top, bottom
    tables: list[tuple] = field(default_factory=list)  # tables' (x0, top, x1, bottom)


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
        return [
            PageText(
                page.page_number,
                float(page.width),
                [c for c in page.chars if c["text"].strip()],
                page.extract_text_lines(return_chars=True, strip=True),
                page.extract_text(),
                page.images,
                [row_box(rows) for rows in ruled_table_rows(page)],
            )
            for page in pdf.pages
        ]


def _unicode_map(font: pikepdf.Dictionary) -> dict[int, str]:
    """A font's glyph code -> text, from its /ToUnicode CMap (WeasyPrint writes bfchar lines)."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}
    mapping = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap.read_bytes(), re.DOTALL):
        for code, text in _BFCHAR.findall(block):
            mapping[int(code, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be", "replace")
    return mapping


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n, as PDF matrices compose."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


@dataclass
class _Font:
    name: str  # as pdfplumber names it: the /BaseFont, subset prefix and all
    text: dict[int, str]
    widths: dict[int, float]  # glyph code -> advance, in thousandths of the size
    default_width: float
    descent: float  # in thousandths, negative
    code_bytes: int


def _font(font: pikepdf.Dictionary | None) -> _Font:
    if font is None:
        return _Font("", {}, {}, 0.0, 0.0, 1)
    composite = font.get("/Subtype") == "/Type0"
    described = font.DescendantFonts[0] if composite else font
    widths: dict[int, float] = {}
    if composite:
        # [first [w w ...]] or [first last w]; read from its PDF syntax, which is ten times as
        # quick as converting each of its objects
        syntax = described.get("/W", pikepdf.Array()).unparse(resolved=True).decode()
        for first, listed, last, width in _WIDTHS.findall(syntax[1:-1]):
            if last:
                widths.update((code, float(width)) for code in range(int(first), int(last) + 1))
            else:
                widths.update((int(first) + k, float(w)) for k, w in enumerate(listed.split()))
        default = float(described.get("/DW", 1000))
    else:
        first = int(font.get("/FirstChar", 0))
        widths = {first + k: float(w) for k, w in enumerate(font.get("/Widths", []))}
        default = 0.0
    descriptor = described.get("/FontDescriptor")
    descent = float(descriptor.get("/Descent", 0)) if descriptor is not None else 0.0
    return _Font(
        str(font.get("/BaseFont", "")).removeprefix("/"),
        _unicode_map(font),
        widths,
        default,
        -abs(descent),
        2 if composite else 1,
    )


class _Reader:
    """One page's content stream, run for its glyphs (as pdfminer places them) and images."""

    OPERATORS = "q Q cm BT Tm Td Tf Ts Tc TJ Tj BDC BMC EMC Do"

    def __init__(
        self,
        page: pikepdf.Page,
        number: int,
        fonts: dict[tuple[int, int], _Font],
        marked: dict[tuple[int, int], str],
    ):
        self.number = number
        self.marked = marked
        box = [float(v) for v in page.mediabox]
        self.height = box[3] - box[1]
        self.width = box[2] - box[0]
        self.fonts = fonts  # shared by the pages: a font is read once
        self.glyphs: list[dict] = []
        self.pictures: list[dict] = []

    def run(self, content, resources: pikepdf.Dictionary, ctm: Matrix) -> None:
        stack: list[Matrix] = []
        marks: list[int | None] = []
        text_matrix, x, font, size, rise, spacing = IDENTITY, 0.0, _font(None), 0.0, 0.0, 0.0
        fonts = resources.get("/Font", {})
        for operands, operator in pikepdf.parse_content_stream(content, self.OPERATORS):
            op = str(operator)
            if op in ("TJ", "Tj"):
                strings = operands[0] if op == "TJ" else operands
                x = self._show(strings, text_matrix, ctm, x, font, size, rise, spacing, marks)
            elif op == "Tm":
                text_matrix, x = tuple(float(v) for v in operands), 0.0
            elif op == "Tf":
                font, size = self._font(fonts.get(str(operands[0]))), float(operands[1])
            elif op == "BDC":
                properties = operands[1] if len(operands) > 1 else None
                mcid = (
                    properties.get("/MCID") if isinstance(properties, pikepdf.Dictionary) else None
                )
                marks.append(int(mcid) if mcid is not None else None)
            elif op == "BMC":
                marks.append(None)
            elif op == "EMC" and marks:
                marks.pop()
            elif op == "q":
                stack.append(ctm)
            elif op == "Q" and stack:
                ctm = stack.pop()
            elif op == "cm":
                ctm = _times(tuple(float(v) for v in operands), ctm)
            elif op == "BT":
                text_matrix, x = IDENTITY, 0.0
            elif op == "Td":
                tx, ty = float(operands[0]), float(operands[1])
                text_matrix, x = _times((1, 0, 0, 1, tx, ty), text_matrix), 0.0
            elif op == "Ts":
                rise = float(operands[0])
            elif op == "Tc":
                spacing = float(operands[0])
            elif op == "Do":
                self._draw(resources.get("/XObject", {}).get(str(operands[0])), ctm)

    def _font(self, font: pikepdf.Dictionary | None) -> _Font:
        key = font.objgen if font is not None else (0, 0)
        if key not in self.fonts:
            self.fonts[key] = _font(font)
        return self.fonts[key]

    def _show(self, strings, text_matrix, ctm, x, font: _Font, size, rise, spacing, marks) -> float:
        a, b, c, d, e, f = _times(text_matrix, ctm)
        low = font.descent / 1000 * size + rise
        high = low + size
        mcid = marks[-1] if marks else None
        key = (self.number - 1, mcid)
        step = font.code_bytes
        for item in strings:
            if not isinstance(item, pikepdf.String):
                x -= float(item) / 1000 * size
                continue
            codes = bytes(item)
            for i in range(0, len(codes) - step + 1, step):
                code = int.from_bytes(codes[i : i + step], "big")
                advance = font.widths.get(code, font.default_width) / 1000 * size
                text = font.text.get(code)
                # the glyph's box from (x, low) to (x + advance, high), as the page shows it
                xa, xb = a * x + c * low + e, a * (x + advance) + c * high + e
                ya, yb = b * x + d * low + f, b * (x + advance) + d * high + f
                y0, y1 = min(ya, yb), max(ya, yb)
                self.glyphs.append(
                    {
                        "text": f"(cid:{code})" if text is None else text,
                        "fontname": font.name,
                        "size": y1 - y0,
                        "x0": min(xa, xb),
                        "x1": max(xa, xb),
                        "top": self.height - y1,
                        "bottom": self.height - y0,
                        "matrix": (a, b, c, d, e + x * a, f + x * b),
                        "page_number": self.number,
                        "mcid": mcid,
                        "upright": True,
                    }
                )
                if mcid is not None:
                    self.marked[key] = self.marked.get(key, "") + (text or "")
                x += advance + spacing
        return x

    def _draw(self, thing: pikepdf.Object | None, ctm: Matrix) -> None:
        if not isinstance(thing, pikepdf.Stream):
            return
        if thing.get("/Subtype") == "/Image":
            points = [_apply(ctm, u, v) for u, v in ((0, 0), (1, 0), (0, 1), (1, 1))]
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            self.pictures.append(
                {
                    "x0": min(xs),
                    "x1": max(xs),
                    "top": self.height - max(ys),
                    "bottom": self.height - min(ys),
                    "page_number": self.number,
                }
            )
        elif thing.get("/Subtype") == "/Form":
            inner = tuple(float(v) for v in thing.get("/Matrix", IDENTITY))
            self.run(thing, thing.get("/Resources", pikepdf.Dictionary()), _times(inner, ctm))


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
    pages, fonts, marked = [], {}, {}
    for index, page in enumerate(pdf.pages):
        reader = _Reader(page, index + 1, fonts, marked)
        reader.run(page, page.obj.get("/Resources", pikepdf.Dictionary()), IDENTITY)
        lines, text = _text_lines(reader.glyphs)
        chars = [c for c in reader.glyphs if c["text"].strip()]
        pages.append(PageText(index + 1, reader.width, chars, lines, text, reader.pictures))
    return Reading(pages, marked)
