"""The glyphs of a PDF WeasyPrint has just written, read straight from its content streams with
pikepdf: each glyph with its text, place, size, face and fill colour, each picture's box, each
rule's and box's (the shapes pdfminer reads from its paths), and the text behind each
marked-content id. pdfplumber reads the same in pure Python, glyph by
glyph, at many times the cost (0.1 s for four pages of large print, 0.25 s for a five-page
braille proof, and 0.03 s to import), so a build's own check reads a PDF it has just written
so, and `leaflet check` (and the check of any file this process did not just write) reads with
pdfplumber, a reader independent of ours.

Glyphs are placed as pdfminer places them (text matrix, font size, /W widths, descent) and
coloured as it colours them (g, rg, k, sc and scn set the fill colour, q and Q keep and
restore it): tests/test_large_print_build_check.py and tests/test_braille.py hold the two
readers to the same reading.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pikepdf

_WIDTHS = re.compile(r"(\d+)\s*(?:\[([^\]]*)\]|(\d+)\s+(-?[\d.]+))")
_BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>")
_PAIRS = struct.Struct(">H").iter_unpack  # the two-byte codes of a composite font
BLACK = (0.0,)  # pdfminer's fill colour before any is set: (0,), black in DeviceGray

# PDFs this process has written and not yet checked, by file: their SHA-256 and what the writer
# read of them (or nothing). A check reads one of these as written here; any other file it reads
# as `leaflet check` does.
_WRITTEN_HERE: dict[Path, tuple[str, object]] = {}


def note_written(path: Path, data: bytes, reading: object = None) -> None:
    """`data` is what this process has just written to `path`, and `reading` what it read of it."""
    _WRITTEN_HERE[path.resolve()] = (hashlib.sha256(data).hexdigest(), reading)


def written_here(path: Path, data: bytes) -> tuple[bool, object]:
    """Whether `data`, read from `path`, is exactly what this process wrote there, with what
    the writer read of it; asked once (a second check reads the file as `leaflet check` does)."""
    digest, reading = _WRITTEN_HERE.pop(path.resolve(), ("", None))
    if digest != hashlib.sha256(data).hexdigest():
        return False, None
    return True, reading


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

    OPERATORS = (
        "q Q cm BT Tm Td Tf Ts Tc TJ Tj BDC BMC EMC Do g rg k sc scn "
        "m l c v y re n S s f F f* B B* b b*"
    )
    COLOURS = ("g", "rg", "k", "sc", "scn")
    PAINTS = ("S", "s", "f", "F", "f*", "B", "B*", "b", "b*")

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
        self.drawings: list[dict] = []
        self.colour = BLACK  # the fill colour, as pdfminer gives it

    def run(self, content, resources: pikepdf.Dictionary, ctm: Matrix) -> None:
        stack: list[tuple[Matrix, tuple[float, ...]]] = []
        marks: list[int | None] = []
        text_matrix, x, font, size, rise, spacing = IDENTITY, 0.0, _font(None), 0.0, 0.0, 0.0
        fonts = resources.get("/Font", {})
        subpaths: list[list[tuple[float, float]]] = []  # the path being built, in page space
        for operands, operator in pikepdf.parse_content_stream(content, self.OPERATORS):
            op = str(operator)
            if op in ("m", "l", "c", "v", "y", "re"):
                _build_path(subpaths, op, [float(v) for v in operands], ctm)
                continue
            if op in self.PAINTS or op == "n":
                if op != "n":  # ("n" ends a path that only clips)
                    self.drawings += [self._drawn(points) for points in subpaths if points]
                subpaths = []
                continue
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
                stack.append((ctm, self.colour))
            elif op == "Q" and stack:
                ctm, self.colour = stack.pop()
            elif op in self.COLOURS:  # a pattern's name is no colour: pdfminer keeps none
                numbers = [float(v) for v in operands if isinstance(v, int | Decimal)]
                self.colour = tuple(numbers) if numbers else self.colour
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

    def _drawn(self, points: list[tuple[float, float]]) -> dict:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return {
            "x0": min(xs),
            "x1": max(xs),
            "top": self.height - max(ys),
            "bottom": self.height - min(ys),
            "page_number": self.number,
        }

    def _font(self, font: pikepdf.Dictionary | None) -> _Font:
        key = font.objgen if font is not None else (0, 0)
        if key not in self.fonts:
            self.fonts[key] = _font(font)
        return self.fonts[key]

    def _show(self, strings, text_matrix, ctm, x, font: _Font, size, rise, spacing, marks) -> float:
        """Places each glyph of a TJ or Tj: a braille proof has ten thousand, so what is the same
        for all of them is looked up once."""
        a, b, c, d, e, f = _times(text_matrix, ctm)
        low = font.descent / 1000 * size + rise
        high = low + size
        mcid = marks[-1] if marks else None
        step = font.code_bytes
        width_of, text_of, default_width = font.widths.get, font.text.get, font.default_width
        name, height, number, colour = font.name, self.height, self.number, self.colour
        add = self.glyphs.append
        shown: list[str] = []
        for item in strings:
            if not isinstance(item, pikepdf.String):
                x -= float(item) / 1000 * size
                continue
            codes = bytes(item)
            codes = codes[: len(codes) - len(codes) % step]
            for code in codes if step == 1 else (unpacked for (unpacked,) in _PAIRS(codes)):
                advance = width_of(code, default_width) / 1000 * size
                text = text_of(code)
                # the glyph's box from (x, low) to (x + advance, high), as the page shows it
                xa, xb = a * x + c * low + e, a * (x + advance) + c * high + e
                ya, yb = b * x + d * low + f, b * (x + advance) + d * high + f
                y0, y1 = (ya, yb) if ya <= yb else (yb, ya)
                add(
                    {
                        "text": f"(cid:{code})" if text is None else text,
                        "fontname": name,
                        "size": y1 - y0,
                        "x0": xa if xa <= xb else xb,
                        "x1": xb if xa <= xb else xa,
                        "top": height - y1,
                        "bottom": height - y0,
                        "matrix": (a, b, c, d, e + x * a, f + x * b),
                        "page_number": number,
                        "mcid": mcid,
                        "upright": True,
                        "non_stroking_color": colour,
                    }
                )
                shown.append(text or "")
                x += advance + spacing
        if mcid is not None:
            key = (number - 1, mcid)
            self.marked[key] = self.marked.get(key, "") + "".join(shown)
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
            colour = self.colour  # a form is drawn in a graphics state of its own
            self.run(thing, thing.get("/Resources", pikepdf.Dictionary()), _times(inner, ctm))
            self.colour = colour


def _build_path(
    subpaths: list[list[tuple[float, float]]], op: str, numbers: list[float], ctm: Matrix
) -> None:
    """A path operator's points added to the path being built, each subpath a shape of its
    own as pdfminer makes it (a rectangle, a line or a curve, control points and all)."""
    if op == "re":
        x, y, w, h = numbers
        corners = ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
        subpaths.append([_apply(ctm, u, v) for u, v in corners])
        return
    points = [_apply(ctm, u, v) for u, v in zip(numbers[::2], numbers[1::2], strict=False)]
    if op == "m" or not subpaths:
        subpaths.append(points)
    else:
        subpaths[-1].extend(points)


@dataclass
class PageContent:
    """One page as its content stream draws it."""

    number: int
    width: float
    glyphs: list[dict] = field(default_factory=list)  # every glyph shown, blank ones too
    pictures: list[dict] = field(default_factory=list)  # images: x0, x1, top, bottom
    drawings: list[dict] = field(default_factory=list)  # rules and boxes: x0, x1, top, bottom


def read_content(pdf: pikepdf.Pdf) -> tuple[list[PageContent], dict[tuple[int, int], str]]:
    """Every page's glyphs and pictures in the order drawn, and the text of each marked-content
    id by (page index, id)."""
    pages, fonts, marked = [], {}, {}
    for index, page in enumerate(pdf.pages):
        reader = _Reader(page, index + 1, fonts, marked)
        reader.run(page, page.obj.get("/Resources", pikepdf.Dictionary()), IDENTITY)
        pages.append(
            PageContent(index + 1, reader.width, reader.glyphs, reader.pictures, reader.drawings)
        )
    return pages, marked
