"""A PDF's text that pdfminer cannot decode, read again by a second reader (PDFium, through
pypdfium2).

pdfminer gives no characters at all for a font whose encoding is a CMap of the font's own
(WeasyPrint writes one for a text font that also draws glyphs it has no letters for, as a
Chinese line in a leaflet), and '(cid:50)' for a font with no map from glyphs to text it can
find: whole paragraphs had vanished from leaflets with nothing said. Each page's glyphs are
counted by font as both readers give them (a font's name without its subset's six letters,
which PDFium leaves off some fonts LibreOffice writes); a font whose glyphs pdfminer gives fewer
than half of, and not at the origins where PDFium has them, has lost its text. Its characters
are then taken from PDFium (never one pdfminer gave already), placed and sized as pdfminer
places them, so headings, lists and tables are found as before; a font neither reader can give
the text of is refused, naming the page."""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2
import pypdfium2.raw as pdfium

from .symbols import symbol_font

_UNREAD = "(cid:"  # how pdfminer gives a glyph it has no text for


@dataclass
class _Glyph:
    text: str
    font: str
    generated: bool  # a space or line end PDFium adds between words, drawn by no glyph
    unmapped: bool  # PDFium has no text for it either (its code given as a letter)
    index: int


@dataclass
class ReadAgain:
    """What the second reader decided, for a person to check; what they must check; and the
    pages whose text neither reader can give, with the fonts it is in."""

    decisions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unreadable: dict[int, set[str]] = field(default_factory=dict)
    read: dict[str, list[int]] = field(default_factory=dict)  # a font read again: its pages


def read_again(document, path) -> ReadAgain:
    """Each page of the open pdfplumber `document` (of the file at `path`) with the text of any
    font pdfminer lost put back from PDFium, its characters in the page's own list of them."""
    said = ReadAgain()
    try:
        second = pypdfium2.PdfDocument(str(path))
    except (pypdfium2.PdfiumError, OSError):
        return said  # only pdfminer can open it: read as it reads it
    try:
        for number, page in enumerate(document.pages, 1):
            _page_read_again(page, second[number - 1], number, said)
    finally:
        second.close()
    said.decisions = [
        f"page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))}: the text in the font "
        f"{font} came out of the PDF as nothing (its map from glyphs to letters is one the main "
        "reader cannot decode), so it was read by a second reader (PDFium): check its words "
        "against the PDF"
        for font, pages in said.read.items()
    ]
    return said


def _page_read_again(page, other, number: int, said: ReadAgain) -> None:
    chars = page.objects.get("char", [])
    read = Counter(
        _base(c["fontname"]) for c in chars
        if not c["text"].startswith(_UNREAD) and not c["text"].isspace()
    )
    garbled = {_base(c["fontname"]): c["fontname"] for c in chars if c["text"].startswith(_UNREAD)}
    textpage = other.get_textpage()
    try:
        glyphs = _glyphs(textpage)
        drawn = Counter(g.font for g in glyphs if not g.generated and not g.text.isspace())
        lost = [
            font for font, count in drawn.items()
            if read[_base(font)] * 2 < count
            and _missing(textpage, glyphs, font, chars) * 2 > count
        ]
        kept = []
        for font in lost:
            mapped = [g for g in glyphs if g.font == font and not g.generated and not g.unmapped]
            unmapped = sum(g.unmapped for g in glyphs if g.font == font)
            if symbol_font(font) and (page.rotation or unmapped * 10 > drawn[font]):
                said.warnings.append(
                    f"page {number}: {drawn[font]} symbol(s) drawn in the font {_plain(font)} "
                    "could be read by neither reader and were left out: check what they were "
                    "(a bullet, a box to tick) and type them in"
                )
                continue
            if page.rotation or unmapped * 10 > drawn[font]:
                said.unreadable.setdefault(number, set()).add(_plain(font))
                continue
            kept.append(_base(font))
            chars[:] = [c for c in chars if _base(c["fontname"]) != _base(font)]
            placed = _origins(chars)
            chars += [
                _as_pdfminer_char(page, textpage, g) for g in mapped
                if not _near(_origin(textpage, g), placed)
            ]
            said.read.setdefault(_plain(font), []).append(number)
            if unmapped:
                said.warnings.append(
                    f"page {number}: {unmapped} character(s) in the font {_plain(font)} could "
                    "be read by neither reader and were left out: check the words on page "
                    f"{number} against the PDF and type in what is missing"
                )
        for base, font in garbled.items():
            if base not in kept and not symbol_font(font):
                said.unreadable.setdefault(number, set()).add(_plain(font))
    finally:
        textpage.close()
    page.objects["char"] = chars


def _plain(font: str) -> str:
    """A font's name without the six letters of its subset ('VRMYHF+Liberation-Sans')."""
    head, plus, rest = font.partition("+")
    return f"'{rest}'" if plus and len(head) == 6 else f"'{font}'"


def _base(font: str) -> str:
    """A font's name as both readers agree on it: pdfminer gives 'EAAAAA+DejaVuSans' where
    PDFium gives 'DejaVuSans' for the same font of a PDF LibreOffice wrote."""
    head, plus, rest = font.partition("+")
    return rest if plus and len(head) == 6 and head.isalpha() and head.isupper() else font


def _origin(textpage, glyph: _Glyph) -> tuple[float, float]:
    """Where PDFium puts the glyph's origin on its baseline, in the PDF's own space."""
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium.FPDFText_GetCharOrigin(textpage, glyph.index, x, y)
    return x.value, y.value


def _origins(chars: list[dict]) -> set[tuple[int, int]]:
    """Where pdfminer's letters stand (the origins of its glyphs, in the PDF's own space): the
    one place both readers measure alike, where the boxes round a glyph are each reader's own
    (a font saying its descent is 0, as LibreOffice writes DejaVu Sans, puts pdfminer's box
    two points above PDFium's)."""
    return {
        (round(c["matrix"][4]), round(c["matrix"][5])) for c in chars
        if not c["text"].startswith(_UNREAD) and not c["text"].isspace()
    }


def _near(origin: tuple[float, float], placed: set[tuple[int, int]]) -> bool:
    x, y = round(origin[0]), round(origin[1])
    return any((x + dx, y + dy) in placed for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _glyphs(textpage) -> list[_Glyph]:
    name, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    found = []
    for index in range(pdfium.FPDFText_CountChars(textpage)):
        code = pdfium.FPDFText_GetUnicode(textpage, index)
        generated = bool(pdfium.FPDFText_IsGenerated(textpage, index))
        if generated:
            font = ""
        else:
            pdfium.FPDFText_GetFontInfo(textpage, index, name, len(name), flags)
            font = name.value.decode("utf-8", "replace")
        unmapped = bool(pdfium.FPDFText_HasUnicodeMapError(textpage, index)) or (
            code < 0x20 and chr(code) not in "\t\n\r"
        )
        found.append(_Glyph(chr(code), font, generated, unmapped, index))
    return found


def _missing(textpage, glyphs: list[_Glyph], font: str, chars: list[dict]) -> int:
    """How many of `font`'s glyphs PDFium gives that pdfminer gives no letter at (a font named
    differently by the two readers is not lost)."""
    placed = _origins(chars)
    return sum(
        1 for glyph in glyphs
        if glyph.font == font and not glyph.generated and not glyph.text.isspace()
        and not _near(_origin(textpage, glyph), placed)
    )


def _as_pdfminer_char(page, textpage, glyph: _Glyph) -> dict:
    """A character PDFium read, as pdfplumber gives one: its box from where the glyph starts to
    where the next starts and from its descent up by its size, as pdfminer measures it."""
    left, bottom = float(page.mediabox[0]), float(page.mediabox[1])
    x0, y0, x1, _ = textpage.get_charbox(glyph.index, loose=True)
    x0, x1, y0 = x0 - left, x1 - left, y0 - bottom
    matrix = pdfium.FS_MATRIX()
    pdfium.FPDFText_GetMatrix(textpage, glyph.index, matrix)
    origin = ctypes.c_double(), ctypes.c_double()
    pdfium.FPDFText_GetCharOrigin(textpage, glyph.index, *origin)
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    size = pdfium.FPDFText_GetFontSize(textpage, glyph.index) * math.sqrt(abs(a * d - b * c))
    colour = [ctypes.c_uint() for _ in range(4)]
    pdfium.FPDFText_GetFillColor(textpage, glyph.index, *colour)
    fill = tuple(round(part.value / 255, 3) for part in colour[:3])
    y1, height = y0 + size, float(page.height)
    return {
        "matrix": (a, b, c, d, origin[0].value - left, origin[1].value - bottom),
        "fontname": glyph.font, "adv": x1 - x0, "upright": abs(b) < 1e-3 and abs(c) < 1e-3,
        "x0": x0, "y0": y0, "x1": x1, "y1": y1, "width": x1 - x0, "height": size,
        "size": size, "mcid": None, "tag": None, "object_type": "char",
        "page_number": page.page_number, "ncs": "DeviceRGB", "text": glyph.text,
        "stroking_color": fill, "non_stroking_color": fill,
        "top": height - y1, "bottom": height - y0, "doctop": page.initial_doctop + height - y1,
    }
