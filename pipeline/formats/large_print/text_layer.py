"""The print's text layer: what copying, searching, "read aloud" and text extraction (pdftotext)
get from each line of print, as opposed to what its glyphs draw.

A shaped glyph need not map back to the letters it draws: a Gujarati or Gurmukhi vowel sign
drawn before its consonant came back before it or not at all ("ટેલિફોન" as "ટેલફોન", "ਕਿਸੇ"
as "ਕਸੇ"), and a word the layout divides over lines ("oesophago-" / "gastroduodeno-" /
"scopy") came back in pieces. Each such line's marked content carries its words as
/ActualText (PDF 14.9.4), taken from the layout's own text of that line, a divided word whole
on the line it starts on. A right-to-left line carries none: poppler reads /ActualText as
drawn and gives a right-to-left line's back reversed, letter by letter; its glyphs (Naskh, see
fonts.TEXT_LAYER_FACES) map back to their letters as they are."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pikepdf

from ...text import script_of
from .pages import Reading

# What WeasyPrint's layout ends a divided word's line with: the soft hyphen it divided at, then
# the hyphen print.css draws (.divisible's hyphenate-character).
DIVISION = "\u00ad-"
_PX = 0.75  # a CSS pixel in points


@dataclass(frozen=True)
class PrintedLine:
    """A line of print (a text box of the layout) on a page: where its baseline and ends stand
    in points from the page's top left, and the words it says, in reading order."""

    baseline: float
    x0: float
    x1: float
    text: str


def printed_lines(document) -> list[list[PrintedLine]]:
    """Each page's text boxes as the layout set them (its laid-out boxes are not public API,
    but long stable)."""
    from weasyprint.formatting_structure.boxes import TextBox

    return [
        [
            PrintedLine(
                (box.position_y + box.baseline) * _PX,
                box.position_x * _PX,
                (box.position_x + box.width) * _PX,
                box.text,
            )
            for box in page._page_box.descendants()
            if isinstance(box, TextBox) and box.text.strip()
        ]
        for page in document.pages
    ]


def _right_to_left(text: str) -> bool:
    return any(script_of(c) in ("Arabic", "Hebrew") for c in text if c.isalpha())


def _other_script(text: str) -> bool:
    """Letters of a script other than Latin ("ਨੰਬਰ", whose vowel sign poppler set apart as
    "ਨੰ ਬਰ" where the glyphs read back as its letters)."""
    return any(script_of(c) not in ("Latin", "Common") for c in text if c.isalpha())


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def _opening(text: str) -> str:
    """A line's text up to its first space: the rest of a word divided on the line before."""
    return text.split(" ", 1)[0]


def spoken(lines: list[PrintedLine]) -> list[str | None]:
    """What each of a page's lines should give a reader: its own words, but a word divided over
    lines whole on the line it starts on, and not again on the lines it runs on to (a middle
    piece gives nothing). None for a right-to-left line."""
    said: list[str | None] = []
    for at, line in enumerate(lines):
        text = line.text
        if at > 0 and lines[at - 1].text.endswith(DIVISION):
            text = text[len(_opening(text)):]
        if text.endswith(DIVISION):
            text = text.removesuffix(DIVISION)
            for later in lines[at + 1:]:
                piece = _opening(later.text)
                text += piece.removesuffix(DIVISION)
                if not piece.endswith(DIVISION) or piece != later.text:
                    break
        text = text.replace("\u00ad", "")
        said.append(None if _right_to_left(text) else text)
    return said


def carry_words(pdf: pikepdf.Pdf, reading: Reading, lines: list[list[PrintedLine]]) -> None:
    """Each line of print whose glyphs do not read back as its words (or that holds a divided
    word) carries them as /ActualText on its marked content: the line's glyphs are found by
    their baseline and ends."""
    for index, (page, content) in enumerate(zip(pdf.pages, reading.pages, strict=False)):
        if index >= len(lines):
            break
        height = float(page.mediabox[3]) - float(page.mediabox[1])
        glyphs: dict[int, list[dict]] = {}
        for char in content.chars:
            if char.get("mcid") is not None:
                glyphs.setdefault(char["mcid"], []).append(char)
        said = spoken(lines[index])
        actual: dict[int, str] = {}
        for mcid, chars in glyphs.items():
            at = _line_of(chars, lines[index], height)
            if at is None or said[at] is None:
                continue
            line, text = lines[index][at], said[at]
            drawn = "".join(c["text"] for c in chars)
            if (
                _compact(drawn) != _compact(text)
                or _other_script(text)  # a reader may part its words where glyphs overlap
                or line.text.endswith(DIVISION)
                or (at > 0 and lines[index][at - 1].text.endswith(DIVISION))
            ):
                actual[mcid] = text
        if actual:
            _write_actual_text(pdf, page, actual)


def _line_of(chars: list[dict], lines: list[PrintedLine], height: float) -> int | None:
    """The line of print whose baseline the glyphs stand on and whose ends hold them."""
    baseline = height - chars[0]["matrix"][5]
    x0, x1 = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    middle = (x0 + x1) / 2
    found = [
        at for at, line in enumerate(lines)
        if abs(line.baseline - baseline) < 1 and line.x0 - 1 <= middle <= line.x1 + 1
    ]
    return found[0] if len(found) == 1 else None


def _write_actual_text(pdf: pikepdf.Pdf, page: pikepdf.Page, actual: dict[int, str]) -> None:
    """The page's content with /ActualText added to the marked content numbered in `actual`."""
    instructions = []
    for operands, operator in pikepdf.parse_content_stream(page):
        if str(operator) == "BDC" and len(operands) == 2:
            properties = operands[1]
            mcid = properties.get("/MCID") if isinstance(properties, pikepdf.Dictionary) else None
            if mcid is not None and int(mcid) in actual:
                properties = pikepdf.Dictionary(
                    {**{k: properties[k] for k in properties.keys()},
                     "/ActualText": pikepdf.String(actual[int(mcid)])}
                )
                operands = [operands[0], properties]
        instructions.append(pikepdf.ContentStreamInstruction(operands, operator))
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))


def actual_texts(pdf: pikepdf.Pdf) -> dict[tuple[int, int], str]:
    """The /ActualText of each marked content that has one, by (page index, marked-content id):
    what a reader gets there instead of its glyphs' text."""
    found = {}
    for index, page in enumerate(pdf.pages):
        for operands, _ in pikepdf.parse_content_stream(page, "BDC"):
            properties = operands[1] if len(operands) > 1 else None
            if isinstance(properties, pikepdf.Dictionary) and "/ActualText" in properties:
                if "/MCID" in properties:
                    found[(index, int(properties.MCID))] = str(properties.ActualText)
    return found
