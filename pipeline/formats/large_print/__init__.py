"""Large print: an A4 PDF to UKAAF and RNIB Clear Print rules, tagged for screen readers (PDF/UA).

The leaflet is rendered to HTML (pipeline/formats/html_render.py) and printed by WeasyPrint with CSS
paged media, so the text reflows at any size instead of being scaled. WeasyPrint shapes all the
trust's scripts and tags the PDF, but it does not mark other-language paragraphs with /Lang;
`tag_languages` adds those (and the exact text as /ActualText, since a Nastaliq glyph cannot
always be mapped back to one letter) by matching the structure tree's text to the model.
reportlab was tried and rejected: it lays Urdu and Arabic out left to right and cannot tag.
"""

from __future__ import annotations

import difflib
import io
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from html import escape, unescape
from itertools import groupby, takewhile
from pathlib import Path
from string import Template

import pikepdf
import pyphen
from fontTools.ttLib import TTFont
from pydantic import Field, field_validator

from ...contacts import UNBROKEN_NUMBER
from ...errors import LeafletError
from ...languages import (
    LANGUAGES,
    find_language,
    is_right_to_left,
    looks_cut,
    primary_language,
)
from ...model import (
    Heading,
    Image,
    Inline,
    Leaflet,
    ListBlock,
    Table,
    plain_text,
    with_addresses,
)
from ...text import (
    SCRIPT_FULL_STOPS,
    TICK_BOXES,
    describe_character,
    prepare,
    script_of,
    sentences,
)
from .. import CheckReport, Format, FormatSettings, output_file, showing
from ..fonts import (
    MONOSPACED,
    SANS_SERIF,
    SERIF,
    UNKNOWN,
    drawable,
    face_kind,
    face_scale,
    font_file,
    font_name,
    installed_sans_serif,
    pdf_print_font,
    print_faces,
    print_scale,
    script_font_faces,
    undrawn_characters,
)
from ..html_render import (
    LanguageRun,
    RenderOptions,
    address_pieces,
    heading_levels,
    hyphenated_word,
    language_runs,
    latin_words,
    missing_in_reading_order,
    own_language_texts,
    reading_order,
    render_document,
    single_items,
    units_after_lines,
)
from ..pdf_glyphs import note_written, written_here
from .pages import PageText, Reading, read_pages, read_written
from .text_layer import PrintedLine, actual_texts, carry_words, printed_lines

PRINT_STYLESHEET = Path(__file__).with_name("print.css")
PAGE_NUMBER = re.compile(r"^Page (\d+) of (\d+)$")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\ufffd]")
_CAPITALS_BLOCK = re.compile(r"\b(?:[A-Z]{2,}\W+){2,}[A-Z]{2,}\b")


class LargePrintSettings(FormatSettings):
    size: int = Field(
        18,
        title="Text size",
        json_schema_extra={"unit": "pt", "say": "pt"},
        ge=16,
        le=48,
        description="body text size in points: 16 is UKAAF's minimum, 18 usual, 24+ giant print",
    )
    font: str = Field(
        "Liberation Sans",
        min_length=1,
        description="a plain sans-serif face installed on this machine (Liberation Sans has "
        "Arial's metrics)",
    )
    describe_pictures: bool = Field(
        True, description="print each picture's alt text under it, for readers who cannot see it"
    )

    @field_validator("font")
    @classmethod
    def _plain_sans_serif(cls, font: str) -> str:
        """The face is written into the stylesheet and embedded in the PDF: a safe name of an
        installed, plain, normal-width sans serif with a bold face."""
        return installed_sans_serif(font_name(font))


# ---- fonts and styles --------------------------------------------------------------------------


def print_stylesheet(settings: LargePrintSettings) -> str:
    size = settings.size
    template = Template(PRINT_STYLESHEET.read_text(encoding="utf-8"))
    headings = heading_ems(size)
    return template.substitute(
        size=size,
        font=settings.font,
        font_faces=script_font_faces(settings.font, in_pdf=True),
        margin_bottom=margin_bottom(size),
        # A little over single spacing (UKAAF G003); closer in giant print, so a page holds
        # a notice or a heading with the start of its section.
        line_height=1.4 if size <= 24 else 1.25,
        script_sizes=script_sizes(headings),
        beside_latin=_beside_latin_faces(settings.font),
        **headings,
    )


def _beside_latin_faces(latin: str) -> str:
    """CSS setting a space beside a Latin word in a right-to-left language's line in the
    print's face, the words with it in their own (fonts.script_font_faces names the faces)."""
    return "".join(
        f':lang({row.code}) .beside-latin {{ font-family: "{latin}", '
        f'"Leaflet {face}", "{face}", sans-serif; }}\n'
        for row in LANGUAGES
        if row.right_to_left and row.print_font
        for face in [pdf_print_font(row.print_font)]
    )


def margin_bottom(size: int) -> int:
    """The page's bottom margin in points: room for the page number at the body size."""
    return round(size * 1.4 + 28)


# print.css: A4, 18 mm top margin
PAGE_HEIGHT_PT = 297 / 25.4 * 72
TOP_MARGIN_PT = 18 / 25.4 * 72


def heading_ems(size: int) -> dict[str, float]:
    """Headings larger than the text, by less in giant print, where a heading of several lines
    would push its section onto the next page: in ems of the body size."""
    points = {
        "h1": size + min(size * 0.45, 12),
        "h2": size + min(size * 0.25, 6),
        "h3": size + min(size * 0.12, 3),
        "h4": size + min(size * 0.05, 2),
    }
    return {level: _ems(pt / size) for level, pt in points.items()}


def _ems(ratio: float) -> float:
    """A ratio written to 4 places, rounded up: a size made from it is never under the one
    asked for (18 pt is not to print at 17.99 pt)."""
    return math.ceil(round(ratio * 10000, 6)) / 10000


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def script_sizes(headings: dict[str, float]) -> str:
    """CSS printing each language `print_scale` enlarges at that scale: a leaflet in it (its
    body; the root stays at the size asked), its element among another language's, another
    language's element among its own at that one's size, a heading at its own size in its
    language. A language switch is an element with a lang of its own: its parent's language
    (`:lang()`, inherited) says what it is scaled from."""
    scaled = {row.code: print_scale(row.code) for row in LANGUAGES}
    scaled = {code: scale for code, scale in scaled.items() if scale != 1}
    unscaled = "".join(f":not(:lang({code}))" for code in scaled) or "*"
    not_heading = "".join(f":not({h})" for h in HEADINGS)
    ems = {h: headings["h4" if h in ("h5", "h6") else h] for h in HEADINGS}
    parents = [(unscaled, 1.0)] + [(f":lang({code})", scale) for code, scale in scaled.items()]
    children = [(f'[lang]{unscaled}', 1.0)] + [
        (f'[lang|="{code}"]', scale) for code, scale in scaled.items()
    ]
    rules = [f"html:lang({code}) > body {{ font-size: {scale}em; }}" for code, scale in
             scaled.items()]
    for parent, from_scale in parents:
        for child, to_scale in children:
            if to_scale == from_scale:
                continue
            rules.append(
                f"{parent} > {child}{not_heading} "
                f"{{ font-size: {_ems(to_scale / from_scale)}em; }}"
            )
            rules.extend(
                f"{parent} > {h}{child} {{ font-size: {_ems(em * to_scale / from_scale)}em; }}"
                for h, em in ems.items()
            )
    return "\n".join(rules)


# ---- writing -----------------------------------------------------------------------------------


@contextmanager
def _weasyprint_errors(where: str) -> Iterator[None]:
    """WeasyPrint logs a picture it cannot load and carries on; that is a failed build here."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = records.append
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if records:
        raise LeafletError(
            f"{where}: the large print could not be laid out: {records[0].getMessage()}"
        )


TEXT_WIDTH_PT = (210 - 2 * 18) / 25.4 * 72  # A4 less the stylesheet's 18 mm side margins


def render_options(settings: LargePrintSettings, language: str | None = None) -> RenderOptions:
    """An address that fits on a line is never split; a longer one breaks where
    html_render's `address_pieces` allows. A medicine and its strength are kept on one line
    where they fit the narrowest, at the size the leaflet's `language` is printed (English
    inside an Arabic sentence is 1.25 times the size asked). Sans-serif letters average a
    little over half an em wide (for setting wide tables)."""
    letters_per_line = TEXT_WIDTH_PT / (0.55 * settings.size)
    scale = print_scale(language) if language else 1.0

    def item_fits(words: str) -> bool:
        return address_width(words, settings) * scale <= TEXT_WIDTH_PT - 2 * settings.size * scale

    return RenderOptions(
        captioned=settings.describe_pictures,
        address_fits=lambda address: address_width(address, settings) <= narrowest_line(settings),
        written_addresses=True,
        letters_per_line=letters_per_line,
        item_fits=item_fits,
    )


def narrowest_line(settings: LargePrintSettings) -> float:
    """The text width inside a list item or a boxed notice, the narrowest places an address
    is printed (their indents and the box's border and padding, from print.css)."""
    return TEXT_WIDTH_PT - 2 * settings.size


def address_width(address: str, settings: LargePrintSettings) -> float:
    """Points the address takes in the bold face (the widest it is printed in)."""
    font = _face(settings.font)
    widths = font["hmtx"].metrics
    glyphs = font.getBestCmap()
    units = sum(widths[glyphs[ord(c)]][0] if ord(c) in glyphs else 1000 for c in address)
    return units / font["head"].unitsPerEm * settings.size


@cache
def _regular_face(family: str) -> TTFont:
    """The regular face, read as `_face` reads the bold."""
    font = TTFont(font_file(family, "Regular"), lazy=True)
    font.setGlyphOrder([f"glyph{index}" for index in range(font["maxp"].numGlyphs)])
    return font


@cache
def _face(family: str) -> TTFont:
    """The bold face, its glyphs named by number: widths are looked up through the cmap, and
    the glyphs' own names (the post table, decoded in full) would cost 4 ms of every request."""
    font = TTFont(font_file(family, "Bold"), lazy=True)
    font.setGlyphOrder([f"glyph{index}" for index in range(font["maxp"].numGlyphs)])
    return font


def printed_text(spans: Inline) -> str:
    """A line as printed: each link's address written after its words."""
    return prepare(plain_text(with_addresses(spans)))


def render_pdf(leaflet: Leaflet, settings: LargePrintSettings) -> bytes:
    """The tagged PDF/UA-1 bytes, other-language paragraphs marked with /Lang."""
    return _printed(leaflet, settings)[0]


def _printed(leaflet: Leaflet, settings: LargePrintSettings) -> tuple[bytes, Reading]:
    """The tagged PDF, and its pages as read while tagging it."""
    options = render_options(settings, leaflet.meta.language)
    html = render_document(leaflet, print_stylesheet(settings), options)
    html = _pairs_fitted(_title_kept(html, settings), settings)
    html = _spaces_beside_latin(drawable(_long_words_divisible(html, settings)))
    with _weasyprint_errors(leaflet.source_path), print_faces() as faces:
        document = _laid_out(html, str(Path(leaflet.source_path).parent), faces)
        pdf = document.write_pdf(pdf_variant="pdf/ua-1")
    return tag_languages(pdf, leaflet, options.letters_per_line, printed_lines(document))


def boxes_ending_lines(lines: list[str], texts: list[str]) -> list[str]:
    """Each line of print, as it reads, that ends with a tick box the leaflet's `texts` write
    before a word: the box is apart from the answer it is for, which starts the next line. A
    box the leaflet writes after its words ("Your medicines ☐") may end a line; where a line's
    last words are not found as written (a right-to-left word extracted otherwise), its box is
    one before a word if the leaflet writes none after its words."""
    texts = [text.replace("\u00a0", " ") for text in texts]
    box_ends_a_text = any(re.search(rf"[{TICK_BOXES}](?!\s*\w)", text) for text in texts)
    found = []
    for line in lines:
        words = line.replace("\u00a0", " ").split()
        if not words or words[-1][-1:] not in TICK_BOXES:
            continue
        tail = re.escape(" ".join(words[-2:]))
        written = [text for text in texts if re.search(tail, text)]
        before_a_word = any(re.search(tail + r" +\w", text) for text in written)
        if before_a_word or (not written and not box_ends_a_text):
            found.append(f"a tick box ends a line, apart from the word after it: "
                          f"'{' '.join(words)[-30:]}'")
    return found


_HEADING_AND_VALUE = re.compile(r'<span class="nobreak">(<strong>(?:(?!</strong>).)*</strong>) ')
_LINE_TO_WRITE_ON_EM = 5  # print.css: a blank's line is 5 em wide


def _pairs_fitted(html: str, settings: LargePrintSettings) -> str:
    """A table row's heading and its short value, which html_render keeps on one line, kept so
    only where they fit one: at 48 pt "Day: Monday to Friday" had run past the page's edge
    ("Friday" lost off the paper), and "Slow squeezes: ____ seconds" its unit; the heading
    is then kept with the value's first word where they fit, else the value (a blank with
    its unit whole) starts the next line ("Morning dose:" over "40 mg")."""

    def fits(html: str) -> bool:
        lines = html.count('class="field-line"') * _LINE_TO_WRITE_ON_EM * settings.size
        return address_width(_text_of(html), settings) + lines <= narrowest_line(settings)

    parts, done = [], 0
    for match in _HEADING_AND_VALUE.finditer(html):
        if match.start() < done:
            continue
        end = _closing_span(html, match.end())
        if end is None:
            continue
        heading, value = match[1], html[match.end() : end]
        parts.append(html[done : match.start()])
        first, _, rest = value.partition(" ")
        if fits(html[match.start() : end]):
            parts.append(html[match.start() : end + len("</span>")])
        elif "<" not in value and rest and fits(f"{heading} {first}"):
            parts.append(f'<span class="nobreak">{heading} {first}</span> {rest}')
        else:
            parts.append(f"{heading} {value}")
        done = end + len("</span>")
    return "".join(parts) + html[done:]


_TITLE = re.compile(r'(<header class="leaflet-header"><h1[^>]*>)([^<]*)(</h1>)')


def _title_kept(html: str, settings: LargePrintSettings) -> str:
    """The HTML with each hyphenated word of the title kept on one line where it fits one at
    the title's size, as the body's are (html_render): at 48 pt 'Your pre-' / 'assessment
    questionnaire' was printed, and the check failed it."""
    size = heading_ems(settings.size)["h1"]

    def kept(word: re.Match) -> str:
        fits = address_width(unescape(word[0]), settings) * size <= TEXT_WIDTH_PT
        return f'<span class="nobreak">{word[0]}</span>' if fits else word[0]

    return _TITLE.sub(
        lambda m: m[1] + hyphenated_word().sub(kept, m[2]) + m[3], html, count=1
    )


_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")
_CLASS = re.compile(r'\sclass="([^"]*)"')
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")
# Where print sets a word in bold, and the places narrower than the text's width: a list's
# items (each level 1.4 em in), a boxed notice or picture, a table's cell or ruled row (its
# border and padding, print.css), and where a word is never divided at all.
_BOLD_TAGS = {"strong", "b", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
_BOXED = {"notice", "described-picture", "table-row"}
_WHOLE = {"address", "nobreak", "field", "field-label"}


def _walked(html: str) -> Iterator[tuple[str | None, str | None, list[tuple[str, set[str], str]]]]:
    """Each tag or text of the HTML in order, a text with the elements open around it (name,
    classes, language: its own, or the one of the element it is in): what a rewrite of a
    text needs to know of where it stands (its size, its box, its language)."""
    open_elements: list[tuple[str, set[str], str]] = []
    for match in _TAG_OR_TEXT.finditer(html):
        tag = match[1]
        name = _TAG_NAME.match(tag) if tag is not None else None
        if name is not None and name[2].lower() not in _VOID and not tag.endswith("/>"):
            if name[1]:
                while open_elements and open_elements.pop()[0] != name[2].lower():
                    pass
            else:
                classes = _CLASS.search(tag)
                language = _LANG.search(tag)
                inherited = open_elements[-1][2] if open_elements else ""
                open_elements.append((
                    name[2].lower(),
                    set(classes[1].split()) if classes else set(),
                    language[1] if language else inherited,
                ))
        yield tag, match[2], open_elements


def _long_words_divisible(html: str, settings: LargePrintSettings) -> str:
    """The HTML with each word wider than its line at its size ('oesophagogastroduodenoscopy'
    in a title at 24 pt, in any line at 48 pt, ran past the paper's edge and the check failed
    the leaflet) given a soft hyphen between syllables where a line of it is full, in a span
    print.css lets divide there (.divisible): the line ends with a hyphen where the word goes
    on. UKAAF prefers words whole, so one that fits its line is left as it is, and a long one
    divided as few times as its lines need. The word is measured in the face it is printed
    in, at its heading's size, in the narrowest place it stands. A heading so divided keeps
    its words whole as a bookmark (data-bookmark)."""
    out: list[str] = []
    size, full = settings.size, TEXT_WIDTH_PT
    for tag, text, open_elements in _walked(html):
        if tag is not None:
            out.append(tag)
            continue
        names = {name for name, _, _ in open_elements}
        classes = set().union(*(c for _, c, _ in open_elements))
        if "head" in names or classes & _WHOLE or not _LONG_WORD.search(text):
            out.append(text)
            continue
        heading = next((n for n in ("h1", "h2", "h3", "h4", "h5", "h6") if n in names), None)
        ems = heading_ems(size)["h4" if heading in ("h5", "h6") else heading] if heading else 1
        lists = sum(1 for name, _, _ in open_elements if name in ("ul", "ol"))
        boxed = bool(classes & _BOXED) or bool(names & {"td", "th"})
        width = (full - size * (1.4 * lists + (1.6 if boxed else 0))) / (size * ems)
        bold = bool(names & _BOLD_TAGS) or "notice" in classes
        hyphenation = _hyphenation(open_elements[-1][2] if open_elements else "")
        out.extend(
            _divided(token, width, bold, hyphenation, settings) if token.strip() else token
            for token in re.split(r"(\s+)", text)
        )
    return _bookmarked("".join(out))


_DIVIDED_HEADING = re.compile(
    r"<(h[1-6])([^>]*)>((?:(?!</h[1-6]>).)*\u00ad(?:(?!</h[1-6]>).)*)</\1>", re.S
)


def _bookmarked(html: str) -> str:
    """The HTML with each heading holding a soft hyphen marked to be bookmarked by its words
    whole (print.css [data-bookmark]): WeasyPrint's bookmark is a heading's text, soft
    hyphens and all, which a screen reader may read out inside the word."""

    def marked(heading: re.Match) -> str:
        words = " ".join(unescape(_text_of(heading[3])).replace("\u00ad", "").split())
        return (
            f'<{heading[1]}{heading[2]} data-bookmark="{escape(words)}">{heading[3]}'
            f"</{heading[1]}>"
        )

    return _DIVIDED_HEADING.sub(marked, html)


def _divided(token: str, width: float, bold: bool, hyphenation: str,
             settings: LargePrintSettings) -> str:
    """`token` (a word with its punctuation, as the HTML has it) with a soft hyphen where
    each line of its long words is full, if it is wider than `width` ems."""
    plain = unescape(token)
    if not hyphenation or _text_width(plain, settings.font, bold) <= width:
        return token
    dictionary = _hyphenator(hyphenation)

    def divide(word: re.Match) -> str:
        text, cuts, start = word[0], [], 0
        rest = plain[word.end():]  # its punctuation is printed on its last line
        possible = dictionary.positions(text)
        while _text_width(text[start:] + rest, settings.font, bold) > width:
            fitting = [
                at for at in possible
                if at > start and _text_width(text[start:at] + "-", settings.font, bold) <= width
            ]
            later = [at for at in possible if at > start]
            if not later:
                break
            start = fitting[-1] if fitting else later[0]
            cuts.append(start)
        pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        return "\u00ad".join(pieces)

    divided = _LONG_WORD.sub(divide, plain)
    if "\u00ad" not in divided:
        return token
    return f'<span class="divisible">{escape(divided, quote=False)}</span>'


def _hyphenation(language: str) -> str:
    """The hyphenation patterns for a Latin word in a line of `language`: its own, or British
    English's where it has none (a Latin word in an Urdu sentence is English)."""
    row = find_language(language) if language else None
    if row is not None and row.hyphenation:
        return row.hyphenation
    return "" if row is not None and row.script == "Latin" else "en_GB"


@cache
def _hyphenator(patterns: str) -> pyphen.Pyphen:
    """Syllables of three letters at least either side of a division, as print divides."""
    return pyphen.Pyphen(lang=patterns, left=3, right=3)


def _text_width(text: str, family: str, bold: bool) -> float:
    """Ems `text` takes in the print's face, bold or regular."""
    font = _face(family) if bold else _regular_face(family)
    widths, glyphs = font["hmtx"].metrics, font.getBestCmap()
    units = sum(widths[glyphs[ord(c)]][0] if ord(c) in glyphs else 1000 for c in text)
    return units / font["head"].unitsPerEm
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z0-9]+)")
_LANG = re.compile(r'\slang="([^"]*)"')
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}


def _side(text: str, step: int) -> str | None:
    """The direction of the first letter or figure of `text` read from its start (step 1) or
    its end (step -1), punctuation passed over: "L" for Latin letters and figures, "R" for
    right-to-left letters and their figures, None where a space comes first or none is."""
    for char in text[::step]:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "EN"):
            return "L"
        if kind in ("R", "AL", "AN"):
            return "R"
        if kind in ("WS", "B", "S"):
            return None
    return None


def _spaces_beside_latin(html: str) -> str:
    """The HTML with each space between a right-to-left word and a Latin one (an English
    word or a number in an Urdu line) set in the print's face with a word beside it
    (print.css .beside-latin): as Nastaliq sets it, 0.13 em, the Urdu word's tail all but
    touched the Latin letters ('لیے' touched 'Ibuprofen' in 'گھر جانے کے لیے Ibuprofen 200mg
    کی گولیاں'), where the run's own space is the print face's. Only in right-to-left text,
    whose own face sets its spaces; a word goes in with the space, as WeasyPrint prints no
    text of spaces alone and the space would be lost from the text a screen reader reads.
    So too a space at the edge of a span tagged another language that is set left to right,
    with a figure or Latin word on its other side: 'لیول 4 [mmol/L]{lang=en}' printed
    'mmol/L' and '4' a Nastaliq space apart, read back as 'mmol/L4'."""
    walked = [(tag, text, elements[-1][2] if elements else "") for tag, text, elements
              in _walked(html)]
    texts = [text or "" for _, text, _ in walked]
    out = []
    for at, (tag, text, language) in enumerate(walked):
        if tag is not None:
            out.append(tag)
            continue
        if " " not in text or not is_right_to_left(language):
            out.append(text)
            continue
        before = "".join(texts[max(0, at - 4) : at])[-40:]
        after = "".join(texts[at + 1 : at + 5])[:40]
        apart = (
            _in_left_to_right_span(reversed(walked[max(0, at - 4) : at]), language),
            _in_left_to_right_span(walked[at + 1 : at + 5], language),
        )
        out.append(_beside_latin_wrapped(text, before, after, apart))
    return "".join(out)


def _in_left_to_right_span(
    items: Iterable[tuple[str | None, str | None, str]], language: str
) -> bool:
    """Whether the first text among the walked `items` is in a span of another language than
    `language`, set left to right (an English unit tagged in an Urdu line)."""
    for _, text, lang in items:
        if text:
            return lang != language and not is_right_to_left(lang)
    return False


def _beside_latin_wrapped(
    text: str, before: str, after: str, apart: tuple[bool, bool] = (False, False)
) -> str:
    """One text's spaces between a right-to-left word and a Latin one, each wrapped with what
    of a word beside it the span needs, in one span where they meet: the Latin word where it
    is in this text, else the right-to-left word (never divided: its letters would lose their
    joins), either without a sentence's stop at its far end ('999' of 'بالرقم 999.', its full
    stop left in the script's face). A right-to-left word's punctuation at the space parts
    them already, and is left in its face. A space at this text's start or end, `apart` from
    the text before or after it in a left-to-right span of another language, is wrapped
    with this text's Latin word or figure beside it too."""
    raw, text = text, unescape(text)  # (an entity is one character, never divided)
    wrapped = [False] * len(text)
    for space in (at for at, char in enumerate(text) if char in " \u00a0"):
        left, right = _side(before + text[:space], -1), _side(text[space + 1 :] + after, 1)
        at_edge = (space == 0 and apart[0]) or (space == len(text) - 1 and apart[1])
        if text[space] != " " and not at_edge:
            continue  # (a no-break space joining a figure to its unit's span: at its edge)
        if {left, right} != {"L", "R"} and not (at_edge and left == right == "L"):
            continue
        start = text.rfind(" ", 0, space) + 1
        stop = text.find(" ", space + 1) % (len(text) + 1)
        words = [(start, space, -1), (space + 1, stop, 1)]  # the word before, after
        word = next((w for w in (words if left == "L" else words[::-1]) if w[0] < w[1]), None)
        if word is None:
            continue
        first, last, step = word
        chars = range(first, last) if step == 1 else range(last - 1, first - 1, -1)
        kinds = [unicodedata.bidirectional(text[at]) for at in chars]
        if kinds[0] in ("ON", "CS", "ET", "ES") and _side(text[first:last], 1) == "R":
            continue  # the right-to-left word's own punctuation parts them ('معلومات: www')
        letters = ("L", "EN") if _side(text[first:last], 1) == "L" else ("R", "AL", "AN", "NSM")
        if not any(kind in letters for kind in kinds):
            continue  # punctuation alone ('-' between 'گولی' and '24') parts them
        taken = max(n for n, kind in enumerate(kinds) if kind in letters) + 1
        rest = "".join(text[at] for at in list(chars)[taken:])
        if not set(rest) <= _SENTENCE_STOPS:  # whole, but for a sentence's stop after it
            taken = len(kinds)
        for at in [space, *list(chars)[:taken]]:
            wrapped[at] = True
    if not any(wrapped):
        return raw
    out, at = [], 0
    while at < len(text):
        end = at
        while end < len(text) and wrapped[end] == wrapped[at]:
            end += 1
        piece = escape(text[at:end], quote=False)
        out.append(f'<span class="beside-latin">{piece}</span>' if wrapped[at] else piece)
        at = end
    return "".join(out)


_SENTENCE_STOPS = set(".,;:!?" + SCRIPT_FULL_STOPS + "،؛؟")


def _closing_span(html: str, start: int) -> int | None:
    """Where the span open at `start` closes, the spans inside it closed first."""
    depth = 1
    for tag in re.finditer(r"<(/?)span\b[^>]*>", html[start:]):
        depth += -1 if tag[1] else 1
        if depth == 0:
            return start + tag.start()
    return None


def _laid_out(html: str, base_url: str, font_config):
    """The pages laid out; laid out again if a table is still wider than the text, that table
    marked "squeezed" for print.css to shorten its write-in lines (html_render sets a table by
    counting letters, and a line to write on is as wide as five of them); and once more, a
    table still too wide marked "wrapped" for its cells to wrap (a diary of dates with a row
    of blanks ran off the page even squeezed).

    Every layout shares one font configuration and one cache of pictures: at 48 pt a leaflet
    is laid out again for each break moved (606 six times), and each layout had loaded the
    script faces' @font-face files and decoded its pictures afresh."""
    from weasyprint import HTML

    pictures: dict = {}

    def render(html: str):
        return HTML(string=html, base_url=base_url).render(
            font_config=font_config, cache=pictures, pdf_variant="pdf/ua-1"
        )

    html = _keepable(_lone_fields_marked(_numbers_measured(_columns_numbered(html))))
    html = _rows_numbered(html)
    document = render(html)
    for mark in ("squeezed", "wrapped"):
        wide = _wide_tables(document)
        if not wide:
            break
        html = _tables_marked(html, wide, mark)
        document = render(html)
    long = _taller_than_a_page(document)
    if long:
        html = _long_marked(html, long)
        document = render(html)
    tall_rows, tall_tables = _tall_rows(document)
    if tall_rows or tall_tables:
        html = _tall_rows_marked(html, tall_rows, tall_tables)
        document = render(html)
    apart = _columns_apart(document)
    if apart:
        html = _rows_apart_marked(html, apart)
        document = render(html)
    lists_apart = _lead_ins_apart(document)
    if lists_apart:
        html = _lists_apart_marked(html, lists_apart)
        document = render(html)
    for _ in range(_ROWS_PARTED):  # each row parted moves those after it
        parted = _row_parted(html, document)
        if parted is None:
            break
        html, document = parted, render(parted)
    kept: set[int] = set()
    for _ in range(3):  # keeping one part whole moves those after it: they are measured again
        split = _split_but_fitting(document) - kept
        if not split:
            break
        kept |= split
        html = _kept_marked(html, kept)
        document = render(html)
    for _ in range(_PAGES_REDONE):  # each break moved moves those after it
        parted, number = _parted_between_sentences(html, document)
        if number is None:
            break
        trial = render(parted)
        if _headings_last(trial) > _headings_last(document):
            # a kept paragraph that takes its heading's keep with it leaves the heading alone
            # at a page's foot (a gastroscopy leaflet's "Why do I need a gastroscopy?" at
            # 48 pt): the heading starts the next page with the sentence divided kept whole,
            # the rest running on; else the paragraph runs on from under its heading as it did
            moved = _heading_moved(_parted_between_sentences(html, document, True)[0], number)
            trial = moved and render(moved)
            if not trial or _headings_last(trial) > _headings_last(document):
                html = html.replace(
                    f'data-para="{number}"', f'data-para="{number}" data-runs-on', 1
                )
                continue
            parted = moved
        html, document = parted, trial
    return document


def _columns_numbered(html: str) -> str:
    """The HTML with each table's columns' line (a table set as rows) numbered (data-columns)."""
    count = iter(range(1_000_000))
    return re.sub(
        r'<p class="table-columns"', lambda m: f'{m[0]} data-columns="{next(count)}"', html
    )


def _headings_last(document) -> int:
    """How many pages end with a heading, its section on the next."""
    from weasyprint.formatting_structure.boxes import BlockBox

    count = 0
    for page in document.pages[:-1]:  # laid-out boxes: not public API
        last = None
        for box in page._page_box.children[0].descendants():
            if isinstance(box, BlockBox):
                last = box
        count += last is not None and last.element_tag in _HEADING_TAGS
    return count


def _columns_apart(document) -> set[int]:
    """The tables set as rows (data-columns) whose columns' line ends its page, or whose
    heading ends the page before it: heading, columns' line and first row, kept together,
    are taller than a page (giant print), and WeasyPrint left the heading alone (an Urdu
    table of doses at 48 pt had 'دوا لینے کے اوقات' alone on page 5, its table from page 6;
    6001's 'Your exercise record' its columns' line divided over the page), or the columns'
    line alone on a page of its own."""
    from weasyprint.formatting_structure.boxes import BlockBox, LineBox

    found, heading_last = set(), False
    for page in document.pages:  # laid-out boxes: not public API
        first, last = None, None  # the blocks of the page's first and last lines
        for box in page._page_box.children[0].descendants():
            if isinstance(box, BlockBox):
                last = box
            elif isinstance(box, LineBox) and first is None:
                first = last
        number = first is not None and first.element is not None and first.element.get(
            "data-columns"
        )
        if heading_last and number:
            found.add(int(number))
        if last is not None and last.element is not None and last.element.get("data-columns"):
            found.add(int(last.element.get("data-columns")))
        heading_last = last is not None and last.element_tag in _HEADING_TAGS
    return found


def _rows_apart_marked(html: str, apart: set[int]) -> str:
    """The HTML with the columns' lines numbered in `apart` printed with their heading, the
    rows free to start the next page (data-rows-apart): a heading never stands alone."""
    return re.sub(
        r'data-columns="(\d+)"',
        lambda m: m[0] + " data-rows-apart" * (int(m[1]) in apart),
        html,
    )



def _lead_ins_apart(document) -> set[int]:
    """The lead-ins (data-lead-in, by data-para) that start a page whose page before ends with
    their heading, or are one sentence divided between pages (one of more sentences is parted
    between them: `_parted_between_sentences`): heading, lead-in and first item, kept
    together, are taller than a page (an Arabic leaflet at 48 pt had 'متى تطلب المساعدة' alone
    at page 4's foot, 'اتصل بالجناح إذا كان لديك أي مما يلي:' and its list from page 5; with
    the ward's number in it, 'اتصل بالجناح على الرقم' ended page 4, the number and its
    conditions on page 5)."""
    from weasyprint.formatting_structure.boxes import BlockBox, LineBox

    found, heading_last = set(), False
    pages_of: dict[int, set[int]] = {}
    for index, page in enumerate(document.pages):  # laid-out boxes: not public API
        first, last = None, None  # the blocks of the page's first and last lines
        for box in page._page_box.children[0].descendants():
            if isinstance(box, BlockBox):
                last = box
                element = box.element
                if element is not None and element.get("data-lead-in") is not None and len(
                    sentences("".join(element.itertext()))
                ) <= 1:
                    pages_of.setdefault(int(element.get("data-para")), set()).add(index)
            elif isinstance(box, LineBox) and first is None:
                first = last
        element = first.element if first is not None else None
        if heading_last and element is not None and element.get("data-lead-in") is not None:
            found.add(int(element.get("data-para")))
        heading_last = last is not None and last.element_tag in _HEADING_TAGS
    return found | {number for number, pages in pages_of.items() if len(pages) > 1}


def _lists_apart_marked(html: str, apart: set[int]) -> str:
    """The HTML with the lead-ins numbered in `apart` printed whole with their heading, their
    list free to start the next page (data-list-apart): a heading never stands alone, and a
    page turned after a lead-in's colon divides no sentence, as a break in it or in its first
    item would."""
    return re.sub(
        r'<p data-para="(\d+)"[^>]*\sdata-lead-in\b',
        lambda m: m[0] + " data-list-apart" * (int(m[1]) in apart),
        html,
    )


_PAGES_REDONE = 12
_HEADING_BEFORE = re.compile(r"<(h[1-6])\b[^>]*>(?:(?!</h[1-6]>).)*</\1>(?:<[^>/][^>]*>)*$", re.S)


def _heading_moved(html: str, number: str) -> str | None:
    """The HTML with the heading straight before the paragraph `number` (nothing but opening
    tags between them) starting a page (data-starts-page), so the sentence a break divides goes
    over with its heading rather than leaving it alone at a page's foot; None where no heading is
    straight before it, or it starts a page already."""
    at = html.find(f'data-para="{number}"')
    heading = _HEADING_BEFORE.search(html, 0, html.rfind("<", 0, at))
    if heading is None or "data-starts-page" in heading[0][: heading[0].find(">")]:
        return None
    opening = heading.start() + 1 + len(heading[1])
    return f"{html[:opening]} data-starts-page{html[opening:]}"


def _parted_between_sentences(
    html: str, document, sentence_kept: bool = False
) -> tuple[str, str | None]:
    """The HTML with the first paragraph or list item a page break divides inside a sentence
    parted after its last sentence on the page, the rest starting the next page
    (data-continued); or, one with no sentence ended there, kept whole where it fits a page
    (data-kept-whole). At 48 pt "If the pain is still bad after 1 hour, phone the fracture"
    had ended a page and "clinic on 0116 258 5430." begun the next, a foot care list's "Wash
    your feet every day in warm" / "water. Test the water ...", and at 24 pt a course of
    tablets "After that, take two" / "1,000 unit vitamin D tablets": the patient read half an
    instruction. Sentences are the project's (`text.sentences`): "Dr. Smith" or "e.g.
    paracetamol" ends none. Where it is already parted or kept, as it was. With the number of
    the paragraph changed (None where none is). If `sentence_kept`, one with no sentence ended
    there keeps only the sentence divided whole, as one longer than a page does."""
    from weasyprint.formatting_structure.boxes import LineBox, TextBox

    room, parts = 0.0, {}
    for index, page in enumerate(document.pages):  # laid-out boxes: not public API
        room = page._page_box.height
        for box in page._page_box.descendants():
            if isinstance(box, LineBox) or box.element is None:
                continue
            number = box.element.get("data-para")
            if number is None or box.element_tag not in ("p", "li", "div"):
                continue
            if not hasattr(box, "children"):
                continue
            # (a list item's lines are in a box inside it, beside its marker's)
            lines = [
                "".join(t.text for t in line.descendants() if isinstance(t, TextBox))
                for line in box.children
                if isinstance(line, LineBox)
            ]
            if lines:  # (a paragraph's box may go on over a page with none of its lines)
                parts.setdefault(number, []).append((index, lines, box.margin_height()))
    for number, pieces in parts.items():
        if len(pieces) < 2:
            continue
        match = re.search(
            rf'<(p|li|div) data-para="{number}"([^>]*)>((?:(?!</\1>).)*)</\1>', html, re.S
        )
        if match is None or "data-kept-whole" in match[2] or "data-runs-on" in match[2]:
            continue
        tag, own, inner = match[1], match[2], match[3]
        if tag == "li" and "<div" in inner:
            continue  # parted already: its rest is parted on its own
        ends = _sentence_ends(unescape(_text_of(inner)))
        before = _letters(" ".join(pieces[0][1]))
        if before in ends:
            continue  # divided between sentences
        first, rest = _at_sentence_end(inner, {end for end in ends if end < before})
        if first:  # the rest starts the next page
            keep, rest_starts = "", " data-continued"
        elif not sentence_kept and sum(height for _, _, height in pieces) <= room:
            parted = f'<{tag} data-para="{number}" data-kept-whole{own}>{inner}</{tag}>'
            return html[: match.start()] + parted + html[match.end() :], number
        else:  # longer than a page: the sentence divided is kept whole, the rest runs on
            divided = min((end for end in ends if end > before), default=None)
            first, rest = _at_sentence_end(inner, {divided})
            keep, rest_starts = " data-kept-whole", ""
        if not first:
            continue
        # the rest, numbered of its own, is parted again where a break divides it
        rest_para = f' data-para="{number}c"{rest_starts}'
        if tag == "li":  # one item, its second part with no marker of its own
            parted = (
                f'<li data-para="{number}"{own}><div{keep}>{first}</div>'
                f"<div{rest_para}>{rest}</div></li>"
            )
        else:  # a lead-in's colon, and so its keep with its list, is the rest's
            language = "".join(re.findall(r' (?:lang|dir)="[^"]*"', own))
            lead_in = " data-lead-in" * (" data-lead-in" in own)
            parted = (
                f'<{tag} data-para="{number}"{keep}{own.replace(" data-lead-in", "")}>{first}'
                f"</{tag}><{tag}{rest_para}{language}{lead_in}>{rest}</{tag}>"
            )
        return html[: match.start()] + parted + html[match.end() :], number
    return html, None


def _letters(text: str) -> int:
    """Characters other than spaces: a place in a paragraph however its lines broke."""
    return len(re.sub(r"\s+", "", text))


def _sentence_ends(text: str) -> set[int]:
    """Where each of a paragraph's sentences ends, in `_letters` from its start."""
    ends, at = set(), 0
    for sentence in sentences(text):
        at += _letters(sentence)
        if _SENTENCE_ENDED.search(sentence):
            ends.add(at)
    return ends


def _at_sentence_end(inner: str, ends: set[int]) -> tuple[str, str]:
    """A paragraph's HTML parted after the last of the sentence `ends` (`_sentence_ends`) that
    is outside any bold, link or kept item, or at its close; ("", inner) where there is none."""
    tokens = re.split(r"(<[^>]+>)", inner)
    depth, seen, cut, pending = 0, 0, None, None
    for at, token in enumerate(tokens):
        if token.startswith("</"):
            depth -= 1
            if pending is not None and depth == 0:
                cut, pending = (at + 1, 0), None  # a sentence ended with its bold
            continue
        if token.startswith("<"):
            if not (token.endswith("/>") or token.startswith(("<br", "<wbr"))):
                depth += 1
                pending = None
            continue
        text = unescape(token)
        if text.strip():
            pending = None
        for offset, letter in enumerate(text, 1):
            if letter.isspace():
                continue
            seen += 1
            if seen not in ends:
                continue
            if depth == 0:
                cut = (at, _escaped_offset(token, offset))
            elif not text[offset:].strip():
                pending = seen
    if cut is None:
        return "", inner
    at, offset = cut
    first = "".join(tokens[:at]) + (tokens[at][:offset] if at < len(tokens) else "")
    rest = (tokens[at][offset:] if at < len(tokens) else "") + "".join(tokens[at + 1 :])
    return first.rstrip(), rest.lstrip()


def _escaped_offset(token: str, letters: int) -> int:
    """Where in HTML text the first `letters` of its unescaped text end."""
    count = 0
    for piece in re.finditer(r"&#?\w+;|.", token, re.S):
        if count >= letters:
            return piece.start()
        count += len(unescape(piece[0]))
    return len(token)


_LONE_FIELD = re.compile(
    r'<p((?: (?:lang|dir)="[^"]*")*)>(<span class="field"><span class="field-label">'
    r'(?:(?!</span>).)*</span> <span class="field-line"[^>]*></span></span>)</p>'
)


_LIST_TAG = re.compile(r'<ol(?=[ >])|</ol>|<li value="(\d+)"')


def _numbers_measured(html: str) -> str:
    """The HTML with each numbered list whose numbers run to two or more figures marked with
    their count (data-figures), for print.css to indent its items by as much more: a step's
    number is printed before its item, right aligned, and '10.' to '12.' in a list of twelve
    steps had stood 4 to 6 pt into the page's left margin at 16 to 24 pt."""
    opened: list[tuple[int, int]] = []  # each open list: where its tag ends, its widest number
    marks: dict[int, int] = {}
    for match in _LIST_TAG.finditer(html):
        if match[0] == "<ol":
            opened.append((match.end(), 1))
        elif match[0] == "</ol>" and opened:
            at, figures = opened.pop()
            marks[at] = figures
        elif match[1] and opened:
            at, figures = opened[-1]
            opened[-1] = (at, max(figures, len(match[1])))
    parts, done = [], 0
    for at in sorted(at for at, figures in marks.items() if figures > 1):
        parts += [html[done:at], f' data-figures="{marks[at]}"']
        done = at
    return "".join(parts) + html[done:]


def _lone_fields_marked(html: str) -> str:
    """The HTML with each paragraph that is a blank alone, its label then its line ("Phone
    number of therapist: ____"), marked "field-row" for print.css to set as a form's row: at
    48 pt such a label and its line, kept on one line, had run past the page's edge, the line
    to write on lost off the paper."""
    return _LONE_FIELD.sub(r'<p class="field-row"\1>\2</p>', html)


# A picture and the short numbered list after it: an exercise's picture and its steps. A
# picture only described (imported without its file) stands for one alike.
_PICTURE = r'<figure class="picture(?: described-picture)?">'
_PICTURE_STEPS = re.compile(_PICTURE + r"(?:(?!</figure>).)*</figure><ol[ >].*?</ol>")
_SHORT_STEPS = 4


def _keepable(html: str) -> str:
    """The HTML with each part print keeps on one page when it can numbered (data-keep): a
    section with a picture (an exercise: steps 2 and 3 had been printed a page after its
    picture and step 1), or with a picture's description where its file was not supplied
    (an exercise's heading and description had ended page 1, what to do starting page 2),
    and a picture with the short numbered list after it, wrapped together. A section of text
    alone runs on from page to page, leaving no gap."""

    def group(match: re.Match) -> str:
        if match[0].count("<li") > _SHORT_STEPS:
            return match[0]
        return f'<div class="picture-steps">{match[0]}</div>'

    html = _PICTURE_STEPS.sub(group, html)
    html = re.sub(
        f"<section>(?=(?:(?!</section>).)*{_PICTURE})", "<section keep>", html
    )
    count = iter(range(1_000_000))
    html = re.sub(
        r'<section keep>|<div class="picture-steps">',
        lambda m: m[0].replace(" keep", "")[:-1] + f' data-keep="{next(count)}">',
        html,
    )
    return _wholes_marked(html)


# A leaflet's own paragraph (no class: not a table's row, a caption or a translation), a
# notice, and the list straight after either.
_PARAGRAPH = r'<p(?: (?:lang|dir)="[^"]*")*>(?:(?!</p>).)*</p>'
_NOTICE = r'<div class="notice[ "][^>]*>(?:(?!</div>).)*</div>'
_LIST_AFTER = r"<(?:ul|ol)[ >](?:(?!</[uo]l>).)*</[uo]l>"
_BLOCK_AND_LIST = re.compile(f"({_NOTICE}|{_PARAGRAPH})({_LIST_AFTER})?", re.DOTALL)
_SHORT_CONDITIONS = 6  # a warning's list of conditions kept with it: a third of a page at 48 pt


def _wholes_marked(html: str) -> str:
    """The HTML with each block print never divides between pages numbered (data-whole): a
    safety notice, a paragraph all in bold (a grommets leaflet's "Phone the ENT clinic if ...
    a smelly discharge from the ear that lasts more than" / "3 days, or bleeding from the ear"
    had been split over pages 2 and 3, the condition a page away from its instruction), and
    a lead-in ending with a colon wrapped with its short list, one sentence ("Go to A&E
    straight away if your fingers:" over "become blue ..."); the lead-in of a longer list is
    kept with its first item (data-lead-in). One taller than a page is laid out again to
    start where it is (`_taller_than_a_page`)."""
    count, paragraphs = iter(range(1_000_000)), iter(range(1_000_000))
    body, footer, after = html.partition('<footer class="leaflet-footer">')

    def mark(match: re.Match) -> str:
        block, items = match[1], match[2] or ""
        warning = block.startswith("<div") or _all_bold(block)
        lead_in = bool(items) and _runs_into_its_list(_text_of(block))
        if lead_in and not warning:
            block = re.sub(r"^<p", "<p data-lead-in", block)
        if not warning:  # (one wrapped with its list is parted only where that runs on)
            block = re.sub(r"^<p", f'<p data-para="{next(paragraphs)}"', block)
        if lead_in and items.count("<li") <= _SHORT_CONDITIONS:
            return f'<div class="lead-in" data-whole="{next(count)}">{block}{items}</div>'
        if warning:
            block = re.sub(r"^<(p|div)", rf'<\1 data-whole="{next(count)}"', block)
        return block + items

    body = _BLOCK_AND_LIST.sub(mark, body)
    # each list item is parted between its sentences as a paragraph is
    body = re.sub(r"<li(?=[ >])", lambda m: f'<li data-para="{next(paragraphs)}"', body)
    return body + footer + after  # the trust's lines run on, each kept whole (print.css)


# A sentence's end in any script the trust prints: Urdu's "۔" and Punjabi's "।" end theirs (an
# Urdu paragraph ending "... دے گی۔" was taken for a list's lead-in and kept with its list).
_SENTENCE_ENDED = re.compile(rf"[.!?{SCRIPT_FULL_STOPS}][\"'’”)\]]*$")


def _runs_into_its_list(text: str) -> bool:
    """Whether a paragraph straight before a list leads into it: it ends with a colon, or
    with no full stop at all ("Phone the unit straight away if" over its conditions, which
    had been printed a page away from it as a paragraph of its own)."""
    text = text.strip()
    return text.endswith(":") or not _SENTENCE_ENDED.search(text)


def _text_of(html: str) -> str:
    return re.sub(r"<[^>]*>", "", html).strip()


def _all_bold(paragraph: str) -> bool:
    """Whether every word of a paragraph is inside <strong> (its links' too)."""
    outside = re.sub(r"<strong>(?:(?!</strong>).)*</strong>", "", paragraph, flags=re.DOTALL)
    return bool(_text_of(paragraph)) and not _text_of(outside)


def _taller_than_a_page(document) -> set[int]:
    """The blocks kept whole (data-whole) that are taller than a page, or than the page under
    the heading they follow: WeasyPrint moves such a block to a new page and then divides it
    all the same (a notice at 48 pt had left three lines on the page before it), or leaves
    the heading last on the page before (diabetes foot care at 48 pt: "Check your feet every
    day" alone, "Look for:" and its list over the page)."""
    from weasyprint.formatting_structure.boxes import BlockBox, LineBox

    room = 0.0
    parts: dict[int, dict[int, float]] = {}
    long = set()
    heading_last = False  # the page before ended with a heading
    for index, page in enumerate(document.pages):  # laid-out boxes: not public API
        room = page._page_box.height
        block, text_yet = None, False
        for box in page._page_box.children[0].descendants():  # the page's flow, not its number
            number = box.element.get("data-whole") if box.element is not None else None
            if number is not None:
                heights = parts.setdefault(int(number), {})
                heights[index] = max(heights.get(index, 0.0), box.margin_height())
                if heading_last and not text_yet:
                    long.add(int(number))
            if isinstance(box, LineBox):
                text_yet = True
            elif isinstance(box, BlockBox):
                block = box
        heading_last = block is not None and block.element_tag in _HEADING_TAGS
    return long | {
        n for n, heights in parts.items() if len(heights) > 1 and sum(heights.values()) > room
    }


_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _long_marked(html: str, long: set[int]) -> str:
    """The HTML with the blocks numbered in `long` let run over pages (data-long)."""
    return re.sub(
        r'data-whole="(\d+)"',
        lambda m: m[0] + " data-long" * (int(m[1]) in long),
        html,
    )


def _kept_marked(html: str, kept: set[int]) -> str:
    """The HTML with the parts numbered in `kept` marked to be kept whole (data-kept)."""
    return re.sub(
        r'data-keep="(\d+)"(?: data-kept)?',
        lambda m: f'data-keep="{m[1]}"' + " data-kept" * (int(m[1]) in kept),
        html,
    )


def _split_but_fitting(document) -> set[int]:
    """The numbered parts (`_keepable`) that run over two pages but would fit on one: only
    those are kept together (print.css "data-kept"), so a part longer than a page never leaves a
    page empty before it."""
    pages: dict[int, list[float]] = {}
    room = 0.0
    for page in document.pages:  # its laid-out boxes are not public API, but long stable
        room = page._page_box.height
        for box in page._page_box.descendants():
            number = box.element.get("data-keep") if box.element is not None else None
            if number is not None and box.element_tag in ("section", "div"):
                pages.setdefault(int(number), []).append(box.margin_height())
    return {n for n, heights in pages.items() if len(heights) > 1 and sum(heights) <= room}


def _tables_marked(html: str, wide: list[int], mark: str) -> str:
    """The HTML with the tables numbered in `wide` (in the order they are written) given the
    class `mark` as well as any they have."""
    parts = re.split(r"<table(?: class=\"([\w ]*)\")?>", html)
    marked = [parts[0]]
    for number, (classes, part) in enumerate(zip(parts[1::2], parts[2::2], strict=True)):
        names = [*(classes or "").split(), *([mark] if number in wide else [])]
        marked.append((f'<table class="{" ".join(names)}">' if names else "<table>") + part)
    return "".join(marked)


# A table row taller than a page is divided between pages; the part a page break carries over
# says which row it is: the row's first cell, its name, with these words (print.css sets
# [data-row-continued] to start a page).
ROW_CONTINUED = "(continued)"
_ROWS_PARTED = 40  # a page each: at 48 pt one medicine's row had run over 20 pages


def _rows_numbered(html: str) -> str:
    """The HTML with each table row (a real table's, or one set as rows) numbered (data-row)."""
    count = iter(range(1_000_000))
    return re.sub(
        r'<tr(?=>)|<p class="table-row[^"]*"', lambda m: f'{m[0]} data-row="{next(count)}"', html
    )


def _tall_rows(document) -> tuple[set[str], list[int]]:
    """The table rows (data-row) taller than a page, and the tables (by their number in the
    order written) taller than a page: each is let run over pages where it stands (print.css
    keeps one that fits a page whole). Kept whole, WeasyPrint moved each to a new page and
    divided it all the same: a medicines chart at 18 pt had its heading alone on a page after
    a nearly empty one, its azathioprine row cut over the next two."""
    from weasyprint.formatting_structure.boxes import BlockBox, TableBox, TableRowBox

    rows: dict[str, dict[int, float]] = {}
    tables: dict = {}
    table_heights: dict[int, dict[int, float]] = {}
    room = 0.0
    for index, page in enumerate(document.pages):  # laid-out boxes: not public API
        room = page._page_box.height
        for box in page._page_box.descendants():
            element = box.element
            if element is None:
                continue
            if isinstance(box, TableBox):
                heights = table_heights.setdefault(tables.setdefault(element, len(tables)), {})
            elif element.get("data-row") is not None and isinstance(box, TableRowBox | BlockBox):
                heights = rows.setdefault(element.get("data-row"), {})
            else:
                continue
            heights[index] = max(heights.get(index, 0.0), box.margin_height())

    def taller(heights: dict[int, float]) -> bool:
        return len(heights) > 1 and sum(heights.values()) > room

    return (
        {number for number, heights in rows.items() if taller(heights)},
        sorted(number for number, heights in table_heights.items() if taller(heights)),
    )


def _tall_rows_marked(html: str, rows: set[str], tables: list[int]) -> str:
    """The HTML with the rows in `rows` (data-long) and the tables in `tables` (class "long")
    let run over pages."""
    html = re.sub(
        r'data-row="(\w+)"(?! data-long)', lambda m: m[0] + " data-long" * (m[1] in rows), html
    )
    return _tables_marked(html, tables, "long") if tables else html


def _lines_text(box) -> str:
    """The words of a laid-out box's lines on its page."""
    from weasyprint.formatting_structure.boxes import LineBox, TextBox

    return " ".join(
        "".join(t.text for t in line.descendants() if isinstance(t, TextBox))
        for line in box.descendants()
        if isinstance(line, LineBox)
    )


def _row_parted(html: str, document) -> str | None:
    """The HTML with the first table row a page break divides parted after the last sentence
    of each cell on the page, the rest a row of its own starting the next page, its first
    cell the row's name with "(continued)" (data-row-continued): a reader on that page knows
    which medicine the words are about (its first cell had been blank, or its words had
    named no row). A cell with no sentence ended on the page is parted after its words
    there. None where no row is divided, or one cannot be parted (its name itself divided)."""
    from weasyprint.formatting_structure.boxes import BlockBox, LineBox, TableRowBox

    parts: dict[str, list[list[str]]] = {}
    for page in document.pages:  # laid-out boxes: not public API
        for box in page._page_box.descendants():
            element = box.element
            number = element.get("data-row") if element is not None else None
            if number is None or isinstance(box, LineBox):
                continue
            if isinstance(box, TableRowBox):
                parts.setdefault(number, []).append([_lines_text(c) for c in box.children])
            elif isinstance(box, BlockBox) and box.element_tag == "p":
                parts.setdefault(number, []).append([_lines_text(box)])
    english = re.search(r'<html[^>]*\slang="en\b', html) is not None
    language = "" if english else ' lang="en"'
    marker = f'<span class="row-continued"{language}>{ROW_CONTINUED}</span>'
    for number, pieces in parts.items():
        if len(pieces) < 2:
            continue
        parted = _real_row_parted(html, number, pieces[0], marker) or _set_row_parted(
            html, number, pieces[0], marker
        )
        if parted:
            return parted
    return None


def _cell_parted(
    inner: str, on_page: str, words_too: bool, cell_ends: frozenset[int] = frozenset()
) -> tuple[str, str]:
    """A cell's (or a row set as rows') HTML parted after its last sentence (or, in a row set
    as rows, cell: `cell_ends`) among the words `on_page`, else (if `words_too`) after those
    words; all of it first where all is on the page."""
    text = unescape(_text_of(inner))
    before = _letters(on_page)
    if before >= _letters(text):
        return inner, ""
    if before == 0:
        return "", inner
    ends = {end for end in _sentence_ends(text) | cell_ends if end <= before}
    if not ends and not words_too:
        return "", inner
    first, rest = _at_sentence_end(inner, ends or {before})
    return (first, rest) if first else ("", inner)


_STARTS_PAGE = (" data-row-continued", " data-row-starts-page")


def _row_moved(html: str, match: re.Match, own: str) -> str | None:
    """The HTML with the row `match` starting the next page, whole (data-row-starts-page):
    no sentence of it ends on the page where it starts, and half a sentence is half an
    instruction; None where it starts a page already (a sentence taller than a page is then
    parted after its words there)."""
    if any(mark in own for mark in _STARTS_PAGE):
        return None
    opening = match[0][: match[0].index(">")]
    return html[: match.start()] + opening + " data-row-starts-page" + html[
        match.start() + len(opening) :
    ]


def _real_row_parted(html: str, number: str, on_page: list[str], marker: str) -> str | None:
    match = re.search(rf'<tr data-row="{number}"([^>]*)>((?:(?!</tr>).)*)</tr>', html, re.S)
    if match is None:
        return None
    cells = re.findall(r"<(th|td)([^>]*)>((?:(?!</\1>).)*)</\1>", match[2], re.S)
    if not cells or len(on_page) < len(cells):
        return None
    words_too = any(mark in match[1] for mark in _STARTS_PAGE)
    split = [
        _cell_parted(inner, words, words_too)
        for (_, _, inner), words in zip(cells, on_page, strict=False)
    ]
    if split[0][1] or not any(rest for _, rest in split[1:]):
        return None  # its name divided: left as it is, for the check to say
    if not any(first for first, _ in split[1:]):
        return _row_moved(html, match, match[1])
    name = cells[0][2] + ("" if ROW_CONTINUED in _text_of(cells[0][2]) else f"<br>{marker}")
    firsts = "".join(
        f"<{t}{a}>{first}</{t}>" for (t, a, _), (first, _) in zip(cells, split, strict=True)
    )
    rests = f"<{cells[0][0]}{cells[0][1]}>{name}</{cells[0][0]}>" + "".join(
        f"<{t}{a}>{rest}</{t}>" for (t, a, _), (_, rest) in zip(cells[1:], split[1:], strict=True)
    )
    own = match[1].replace(" data-row-continued", "").replace(" data-row-starts-page", "")
    row = (
        f'<tr data-row="{number}"{match[1]}>{firsts}</tr>'
        f'<tr data-row="{number}c"{own} data-row-continued>{rests}</tr>'
    )
    return html[: match.start()] + row + html[match.end() :]


_ROW_NAME = '<span class="row-name">'
_CELL_HEADING = re.compile(r"<strong>(?:(?!</strong>).)*:</strong>")


def _set_row_parted(html: str, number: str, on_page: list[str], marker: str) -> str | None:
    match = re.search(
        rf'<p (class="table-row[^"]*") data-row="{number}"([^>]*)>((?:(?!</p>).)*)</p>', html, re.S
    )
    if match is None or not match[3].startswith(_ROW_NAME):
        return None
    inner = match[3]
    name_end = _closing_span(inner, len(_ROW_NAME))
    # a cell ends where the next one's heading starts ("...grafts; When to take it: ...")
    cell_ends = frozenset(
        _letters(unescape(_text_of(inner[: heading.start()])))
        for heading in _CELL_HEADING.finditer(inner)
    ) - {0}
    first, rest = _cell_parted(
        inner, on_page[0], any(mark in match[2] for mark in _STARTS_PAGE), cell_ends
    )
    rest = re.sub(r"^;\s*", "", rest)
    if name_end is None or not rest:
        return None
    if len(first) <= name_end + len("</span>"):
        return _row_moved(html, match, match[2])
    name = inner[len(_ROW_NAME) : name_end]
    if ROW_CONTINUED not in _text_of(name):
        name += f" {marker}"
    # the heading of the cell the rest goes on in, where it goes on inside one and the row
    # has more cells than its name's and that one (at 48 pt each heading is two lines)
    headings = list(_CELL_HEADING.finditer(first))
    inside = not _CELL_HEADING.match(re.sub(r'^<span class="nobreak">', "", rest))
    many = len(_CELL_HEADING.findall(inner)) > 2
    heading = headings[-1][0] + " " if len(headings) > 1 and inside and many else ""
    own = match[2].replace(" data-row-continued", "").replace(" data-row-starts-page", "")
    row = (
        f'<p {match[1]} data-row="{number}"{match[2]}>{first}</p>'
        f'<p {match[1]} data-row="{number}c"{own} data-row-continued>'
        f"{_ROW_NAME}{name}</span>; {heading}{rest}</p>"
    )
    return html[: match.start()] + row + html[match.end() :]


def _wide_tables(document) -> list[int]:
    """The tables that run past the right edge of the text, by their number in the order they
    are written."""
    from weasyprint.formatting_structure.boxes import TableBox

    tables: dict = {}  # a table split over pages is one element
    wide = set()
    for page in document.pages:  # its laid-out boxes are not public API, but long stable
        root = page._page_box.children[0]  # the html element's box: the text's width
        right = root.content_box_x() + root.width
        for box in page._page_box.descendants():
            if isinstance(box, TableBox):
                number = tables.setdefault(box.element, len(tables))
                if box.position_x + box.margin_width() > right + 0.5:
                    wide.add(number)
    return sorted(wide)


def write(leaflet: Leaflet, settings: LargePrintSettings, folder: Path) -> list[Path]:
    """The PDF, remembered with its pages as read from the content streams while tagging
    (pages.read_written): the build's check uses that reading; a check of any other file
    reads it with pdfplumber, as `leaflet check` reads."""
    target = output_file(folder, leaflet, "large-print", ".pdf")
    pdf, reading = _printed(leaflet, settings)
    target.write_bytes(pdf)
    note_written(target, pdf, reading)
    return [target]


# ---- the structure tree ------------------------------------------------------------------------


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _overlap(part: str, whole: str) -> float:
    """Share of `part`'s letters found in `whole`, order aside (Nastaliq glyph order is visual)."""
    a, b = Counter(_compact(part)), Counter(_compact(whole))
    return sum((a & b).values()) / max(1, sum(a.values()))


class StructureTree:
    """Walks a tagged PDF's structure elements with the text each one holds."""

    def __init__(self, pdf: pikepdf.Pdf, texts: dict[tuple[int, int], str] | None = None):
        self.pdf = pdf
        self.texts = read_written(pdf).marked if texts is None else texts
        self.page_index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}

    def _page(self, node: pikepdf.Dictionary, inherited: int | None) -> int | None:
        page = node.get("/Pg")
        return self.page_index.get(page.objgen, inherited) if page is not None else inherited

    def keys(self, element: pikepdf.Dictionary, page: int | None = None) -> list[tuple[int, int]]:
        page = self._page(element, page)
        kids = element.get("/K")
        if kids is None:
            return []
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        found: list[tuple[int, int]] = []
        for kid in kids:
            if isinstance(kid, int) and page is not None:
                found.append((page, int(kid)))
            elif isinstance(kid, pikepdf.Dictionary):
                if kid.get("/Type") == "/MCR":
                    found.append((self._page(kid, page), int(kid.MCID)))
                elif kid.get("/Type") != "/OBJR":
                    found.extend(self.keys(kid, page))
        return found

    def text(self, element: pikepdf.Dictionary) -> str:
        return "".join(self.texts.get(key, "") for key in self.keys(element))

    def elements(self) -> Iterator[pikepdf.Dictionary]:
        """Every structure element, depth first in reading order."""
        root = self.pdf.Root.get("/StructTreeRoot")
        stack = list(reversed(list(_kids(root)))) if root is not None else []
        while stack:
            element = stack.pop()
            yield element
            stack.extend(reversed(list(_kids(element))))


def _kids(node: pikepdf.Dictionary) -> Iterator[pikepdf.Dictionary]:
    kids = node.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") not in ("/MCR", "/OBJR"):
            yield kid


def _match_score(text: str, run: LanguageRun) -> float:
    """How surely an element's text is (part of) the run: its letters must come from the run,
    and an element holding more of the run beats one holding a few of its letters."""
    part = _overlap(text, run.text)
    return part + 0.5 * _overlap(run.text, text) if part >= 0.6 else 0.0


def matching_run(text: str, runs: list[LanguageRun], own_text: str) -> LanguageRun | None:
    compact = _compact(text)
    if len(compact) < 2:
        return None
    script = _script(compact)
    candidates = [run for run in runs if run.script == script]
    if script in ("Latin", "Common"):
        # Same letters as English: only an exact piece of the run that English does not contain.
        # A leaflet in another script has Latin letters of its own only as English untagged in
        # its sentences ("... Paracetamol 500mg ની ગોળીઓ"), which never made the same words,
        # tagged alone in a table's cell, any less English.
        own_latin = _script(own_text) in ("Latin", "Common")
        return next(
            (
                r
                for r in candidates
                # the whole run is that run, though its words are in the leaflet's own text too
                # (a Welsh leaflet's "Children's Ward" tagged English above "ffoniwch y
                # Children's Ward")
                if compact == _compact(r.text)
                or compact in _compact(r.text) and not (own_latin and compact in own_text)
            ),
            None,
        )
    # An Urdu line in an Arabic leaflet shares most of its letters with the leaflet's own: a
    # piece whose letters the leaflet's own text holds at least as fully is the leaflet's
    # (its headings and cells had been marked Urdu, to be read in an Urdu voice).
    own = _overlap(compact, own_text) if _script(own_text) == script else 0.0
    scored = [
        (
            _match_score(compact, run)
            if _overlap(compact, run.text) > own or _more_of_its_own_letters(compact, run, own_text)
            else 0.0,
            run,
        )
        for run in candidates
    ]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] > 0 else None


def _more_of_its_own_letters(text: str, run: LanguageRun, own_text: str) -> bool:
    """Whether `text` holds more letters only the run writes than letters only the leaflet's
    own text does (Urdu's heh goal, noon ghunna, barree yeh against Arabic's teh marbuta): the
    footer's Urdu line in an Arabic leaflet, its Nastaliq read back with a few letters wrong
    ('ذ' for 'د'), held fewer of the Urdu line's letters than of the Arabic leaflet's many, and
    was left unmarked at 20 pt, its language not said."""
    own, theirs = set(_compact(own_text)), set(_compact(run.text))
    counts = Counter(c for c in text if c.isalpha())
    run_only = sum(n for c, n in counts.items() if c in theirs and c not in own)
    own_only = sum(n for c, n in counts.items() if c in own and c not in theirs)
    return run_only >= 2 and run_only > 2 * own_only


# Elements WeasyPrint tags once per page they appear on, which are one element each here: the
# main part and the article (one of each), each section (a continuation does not open with
# its heading), and the article's header, body and footer (never two alike side by side).
_HEADINGS = {"/H1", "/H2", "/H3", "/H4", "/H5", "/H6"}


def _continues(parent: pikepdf.Dictionary, first, then) -> bool:
    if not all(isinstance(kid, pikepdf.Dictionary) for kid in (first, then)):
        return False
    if first.get("/S") != then.get("/S"):
        return False
    kind, within = str(then.get("/S")), str(parent.get("/S"))
    if kind == "/Sect":
        opening = next(_kids(then), None)
        return opening is None or str(opening.get("/S")) not in _HEADINGS
    return (kind, within) in {
        ("/Part", "/Document"),
        ("/Art", "/Part"),
        ("/Div", "/Art"),
        ("/NonStruct", "/Art"),
    }


def join_page_fragments(pdf: pikepdf.Pdf) -> None:
    """One structure element per section, not per page: WeasyPrint gives each page's part of an
    element an element of its own; the parts of one element are joined here (their content
    keeps its page through marked-content references), and the parent tree follows."""
    replaced: dict[tuple[int, int], pikepdf.Dictionary] = {}
    stack = list(_kids(pdf.Root.StructTreeRoot))
    while stack:
        parent = stack.pop()
        kids = parent.get("/K")
        if not isinstance(kids, pikepdf.Array):
            continue
        joined: list = []
        for kid in kids:
            if joined and _continues(parent, joined[-1], kid):
                _absorb(joined[-1], kid)
                replaced[kid.objgen] = joined[-1]
            else:
                joined.append(kid)
        parent.K = pikepdf.Array(joined)
        stack.extend(k for k in joined if isinstance(k, pikepdf.Dictionary) and "/S" in k)
    if replaced:
        _repoint_parent_tree(pdf, replaced)


def _absorb(first: pikepdf.Dictionary, then: pikepdf.Dictionary) -> None:
    page = then.get("/Pg")
    moved = then.get("/K")
    for kid in moved if isinstance(moved, pikepdf.Array) else [moved] if moved is not None else []:
        if isinstance(kid, int) and page is not None:
            kid = pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=page, MCID=kid)
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            kid.P = first
        first.K.append(kid)


def _repoint_parent_tree(pdf: pikepdf.Pdf, replaced: dict) -> None:
    numbers = pdf.Root.StructTreeRoot.ParentTree.get("/Nums", pikepdf.Array())
    for index in range(1, len(numbers), 2):
        entry = numbers[index]
        if isinstance(entry, pikepdf.Array):
            for at, element in enumerate(entry):
                if isinstance(element, pikepdf.Dictionary) and element.objgen in replaced:
                    entry[at] = replaced[element.objgen]
        elif isinstance(entry, pikepdf.Dictionary) and entry.objgen in replaced:
            numbers[index] = replaced[entry.objgen]


def tag_languages(
    pdf_bytes: bytes,
    leaflet: Leaflet,
    letters_per_line: float | None = None,
    lines: list[list[PrintedLine]] | None = None,
) -> tuple[bytes, Reading]:
    """Joins the page fragments of each element (`join_page_fragments`), then adds /Lang to the
    structure elements holding other-language text, and /ActualText with the exact words where
    one element holds a whole non-Latin line; with the layout's `lines`, each line of print
    whose glyphs do not read back as its words carries them (text_layer.carry_words). With
    the tagged PDF, its pages as read to find the text of each element (tagging leaves the
    glyphs as they are)."""
    runs = language_runs(leaflet, letters_per_line)
    own_text = _compact(" ".join(prepare(t) for t in own_language_texts(leaflet, letters_per_line)))
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        join_page_fragments(pdf)
        reading = read_written(pdf)
        if lines is not None:
            carry_words(pdf, reading, lines)
        tree = StructureTree(pdf, reading.marked)
        stack = list(_kids(pdf.Root.StructTreeRoot))
        while stack:
            element = stack.pop()
            text = tree.text(element)
            run = matching_run(text, runs, own_text) if element.get("/S") != "/Document" else None
            if run is None or _holds_other_letters(text, run):
                stack.extend(_kids(element))
                continue
            element.Lang = pikepdf.String(run.lang)
            if run.script not in ("Latin", "Common") and _overlap(run.text, text) >= 0.75:
                element.ActualText = pikepdf.String(run.text)
        out = io.BytesIO()
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue(), reading


def _holds_other_letters(text: str, run: LanguageRun) -> bool:
    """Whether an element holds letters of another script than its run's, as a list item
    "Urdu: مجھے ..." or a row headed "Urdu" does: marked as the run, with its words as
    /ActualText, a screen reader had dropped "Urdu:" and read what was left in Urdu. Its run
    is marked where it stands alone, further down."""
    if run.script in ("Latin", "Common"):
        return False
    return any(c.isalpha() and _script(c) not in (run.script, "Common") for c in text)


# ---- checking ----------------------------------------------------------------------------------


def _direction_scores(lines: list[list[dict]], source: str) -> tuple[float, float]:
    """How well the glyphs, line by line, read right to left and left to right against the
    source text (Nastaliq glyphs step down a word, so lines come from marked content)."""
    target = _compact(source)
    scores = []
    for reverse in (True, False):
        text = "".join(
            c["text"]
            for line in lines
            for c in sorted(line, key=lambda c: (c["x0"] + c["x1"]) / 2, reverse=reverse)
        )
        scores.append(difflib.SequenceMatcher(None, _compact(text), target).ratio())
    return scores[0], scores[1]


def check(leaflet: Leaflet, settings: LargePrintSettings, files: list[Path]) -> CheckReport:
    report = CheckReport("large-print")
    pdfs = [f for f in files if f.suffix == ".pdf"]
    if len(pdfs) != 1:
        report.problems.append(f"expected one PDF, found {len(pdfs)}")
        return report
    data = pdfs[0].read_bytes()
    reading = written_here(pdfs[0], data)[1]
    try:
        pdf = pikepdf.open(io.BytesIO(data))
        pages = reading.pages if reading else read_pages(data)
    except Exception as error:  # a damaged file is a finding for staff, not a crash
        report.problems.append(f"{pdfs[0].name} cannot be read as a PDF ({error})")
        return report
    with pdf:
        tree = StructureTree(pdf, reading.marked if reading else None)
        placed = _placed_chars(pages)
        if reading:
            _mark_tables(tree, placed, pages)
        _check_type(leaflet, settings, pages, report)
        _check_layout(
            settings, pages, report, units_after_lines(leaflet),
            is_right_to_left(leaflet.meta.language),
        )
        _check_single_items(leaflet, settings, pages, report)
        _flag_cut_translations(leaflet, report)
        _check_page_fill(settings, pages, report)
        _check_kept_on_pages(settings, pages, report)
        _check_text(leaflet, settings, pages, report)
        _check_faces(pdf, pages, report)
        _check_signs(leaflet, report)
        _check_tags(leaflet, pdf, report)
        _check_headings(leaflet, settings, _heading_glyphs(leaflet, tree, placed, pages), report)
        letters = render_options(settings).letters_per_line
        actual = actual_texts(pdf)
        _check_other_languages(leaflet, tree, placed, pages, report, letters, actual)
        _check_divided_words(tree.texts, actual, report)
    return report


_DIVIDED = re.compile(r"[^\W\d_]-$")


def _check_divided_words(
    texts: dict[tuple[int, int], str], actual: dict[tuple[int, int], str], report: CheckReport
) -> None:
    """A word the layout divides over lines ("oesophago-" / "scopy") must read back whole from
    the text layer (text_layer.carry_words): a reader copying or searching for it, or a
    screen reader reading the page's text, had got it in pieces."""
    pieces = [
        (page, text.strip()) for (page, mcid), text in sorted(texts.items())
        if _DIVIDED.search(text.rstrip()) and _DIVIDED.search(actual.get((page, mcid), text))
    ]
    if pieces:
        report.problems.append(
            f"{len(pieces)} word(s) divided over two lines read back from the PDF in pieces, "
            "first: " + "; ".join(f"page {page + 1} '{text[-30:]}'" for page, text in pieces[:3])
        )


def _letters_read(text: str) -> str:
    """The letters, marks and figures of `text`, in order: what a reader must get right."""
    return "".join(
        c for c in unicodedata.normalize("NFC", text) if unicodedata.category(c)[0] in "LMN"
    )


def _reader_text(tree: StructureTree, element, actual: dict[tuple[int, int], str]) -> str:
    """What copying, searching or reading aloud the PDF's text gets of an element: each of its
    marked contents' /ActualText where it has one, else its glyphs' text."""
    return "".join(actual.get(key, tree.texts.get(key, "")) for key in tree.keys(element))


def _mark_tables(tree: StructureTree, placed: dict, pages: list[PageText]) -> None:
    """Each page's tables, their rows and cells, as the box round the glyphs of each Table,
    TR, TH and TD element there (pdfplumber finds them by their ruling lines instead; both say
    where a line starts at its column and which lines of print make one row)."""
    boxes = {"/Table": "tables", "/TR": "rows", "/TH": "cells", "/TD": "cells"}
    for element in tree.elements():
        kind = str(element.get("/S", ""))
        if kind not in boxes:
            continue
        by_page: dict[int, list[dict]] = {}
        for key in tree.keys(element):
            for char in placed.get(key, []):
                by_page.setdefault(char["page_number"], []).append(char)
        for number, chars in by_page.items():
            page = pages[number - 1]
            getattr(page, boxes[kind]).append(
                (
                    min(c["x0"] for c in chars),
                    min(c["top"] for c in chars),
                    max(c["x1"] for c in chars),
                    max(c["bottom"] for c in chars),
                )
            )


def _placed_chars(pages: list[PageText]) -> dict[tuple[int, int], list[dict]]:
    """Positioned glyphs by (page index, marked-content id), to measure a structure element."""
    placed: dict[tuple[int, int], list[dict]] = {}
    for page in pages:
        for char in page.chars:
            if char.get("mcid") is not None:
                placed.setdefault((page.number - 1, char["mcid"]), []).append(char)
    return placed


def _heading_glyphs(
    leaflet: Leaflet, tree: StructureTree, placed: dict, pages: list[PageText]
) -> list[tuple[str, list[dict]]]:
    """Each heading of the leaflet (title first) with the glyphs it is printed in: from the H
    elements of the structure tree (right for every script), else from lines of text."""
    expected = [prepare(leaflet.meta.title)] + [
        printed_text(b.spans) for b in leaflet.blocks if isinstance(b, Heading)
    ]
    tagged = [e for e in tree.elements() if re.fullmatch(r"/H[1-6]", str(e.get("/S", "")))]
    if len(tagged) == len(expected):
        return [
            (text, [c for key in tree.keys(e) for c in placed.get(key, [])])
            for text, e in zip(expected, tagged, strict=True)
        ]
    lines = [line for page in pages for line in page.lines if line["text"]]
    found = []
    for text in expected:
        line = next((ln for ln in lines if text.startswith(ln["text"])), None)
        found.append((text, [c for c in line["chars"] if c["text"].strip()] if line else []))
    return found


def _check_headings(
    leaflet: Leaflet,
    settings: LargePrintSettings,
    headings: list[tuple[str, list[dict]]],
    report: CheckReport,
) -> None:
    """Headings bold and larger than the body text."""
    for text, glyphs in headings:
        if not glyphs:
            report.problems.append(f"the heading '{text}' is not found in the PDF")
            continue
        if not all("bold" in c["fontname"].lower() for c in glyphs):
            report.problems.append(f"the heading '{text}' is not bold")
        if min(_body_sizes(c) for c in glyphs) <= settings.size:
            report.problems.append(f"the heading '{text}' is not larger than the body text")


def _in_table(page: PageText, line: dict) -> bool:
    """A line inside a ruled table: a cell's line, which starts at its column."""
    middle = (line["top"] + line["bottom"]) / 2
    return any(top <= middle <= bottom for _, top, _, bottom in page.tables)


def _cell_left(page: PageText, line: dict) -> float | None:
    """The left edge of the table cell a line starts in, if it starts in one."""
    middle = (line["top"] + line["bottom"]) / 2
    return next(
        (
            x0
            for x0, top, x1, bottom in page.cells
            if x0 - 1 <= line["x0"] <= x1 and top - 1 <= middle <= bottom + 1
        ),
        None,
    )


@cache
def _script(text: str) -> str:
    """The script of a glyph's, a line's or an element's text, asked of every glyph, line and
    structure element of every page, and again by another check: counted once each."""
    return script_of(text)


def _is_italic(fontname: str) -> bool:
    return bool(re.search(r"italic|oblique", fontname, re.IGNORECASE))


def _check_type(
    leaflet: Leaflet, settings: LargePrintSettings, pages: list[PageText], report: CheckReport
) -> None:
    chars = [c for page in pages for c in page.chars]
    if not chars:
        report.problems.append("the PDF has no text that can be read back")
        return
    smallest = min(chars, key=lambda c: c["size"])
    report.findings.append(
        f"{len(pages)} A4 page(s); smallest text {smallest['size']:.1f} pt "
        f"(requested {settings.size} pt)"
    )
    if smallest["size"] < settings.size - 0.05:
        small = [c for c in chars if c["size"] < settings.size - 0.05]
        report.problems.append(
            f"{len(small)} character(s) are smaller than {settings.size} pt, the smallest "
            f"{smallest['size']:.1f} pt on page {smallest['page_number']} "
            f"('{''.join(c['text'] for c in small[:20])}')"
        )
    # each face is judged once: a page holds hundreds of glyphs, in three or four faces
    italic = sorted(name for name in {c["fontname"] for c in chars} if _is_italic(name))
    slanted = [c for c in chars if abs(c["matrix"][2]) > 0.05 * abs(c["matrix"][3])]
    if italic or slanted:
        faces = ", ".join(italic) or "a face slanted by the renderer"
        report.problems.append(f"italic type is used ({faces}): use bold for emphasis")
    wanted = re.sub(r"[^a-z0-9]", "", settings.font.lower())
    latin = [c for c in chars if _script(c["text"]) == "Latin"]
    latin_faces = {c["fontname"] for c in latin}
    others = sorted({name.split("+")[-1] for name in latin_faces} - {""})
    if latin and not all(wanted in re.sub(r"[^a-z0-9]", "", f.lower()) for f in latin_faces):
        report.problems.append(f"English text is not all in {settings.font}: found {others}")
    report.findings.append(
        f"faces used: {', '.join(sorted({c['fontname'].split('+')[-1] for c in chars}))}"
    )


def embedded_face_kinds(pdf: pikepdf.Pdf) -> dict[str, str]:
    """What kind of face each embedded font is (sans serif, serif, ...), by the name pdfplumber
    gives its glyphs: read from the font program inside the PDF, as a viewer draws it, else
    from the Serif and FixedPitch flags of its descriptor."""
    kinds: dict[str, str] = {}
    for page in pdf.pages:
        for font in page.obj.get("/Resources", {}).get("/Font", {}).values():
            name = str(font.get("/BaseFont", "")).removeprefix("/")
            if name in kinds:
                continue
            descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            kinds[name] = _descriptor_kind(descriptor) if descriptor is not None else UNKNOWN
    return kinds


def _descriptor_kind(descriptor: pikepdf.Dictionary) -> str:
    kind = UNKNOWN
    program = descriptor.get("/FontFile2", descriptor.get("/FontFile3"))
    if program is not None:
        try:
            kind = face_kind(TTFont(io.BytesIO(program.read_bytes()), lazy=True))
        except Exception:  # a font program fontTools cannot parse: fall back on the flags
            kind = UNKNOWN
    flags = int(descriptor.get("/Flags", 0))
    if kind == UNKNOWN and flags & 1:
        return MONOSPACED
    if kind == UNKNOWN and flags & 2:
        return SERIF
    return kind


def _check_signs(leaflet: Leaflet, report: CheckReport) -> None:
    """A character no installed font draws is printed as a sign meaning the same ("❌" as
    "✗"), or else as its name in brackets, which a person should replace in the source."""
    text = "".join(run.text for run in reading_order(leaflet))
    for char in undrawn_characters(text):
        printed = drawable(char)
        what = f"{describe_character(char)} is drawn by no installed font"
        if printed.startswith("["):
            report.problems.append(f"{what}: the print shows {printed} instead; change the source")
        else:
            report.findings.append(f"{what}: printed as '{printed}', which means the same")


def _check_faces(pdf: pikepdf.Pdf, pages: list[PageText], report: CheckReport) -> None:
    """Latin-script text (English, Polish) is in a plain sans serif: not serif or monospaced."""
    kinds = embedded_face_kinds(pdf)
    latin = sorted(
        {c["fontname"] for page in pages for c in page.chars if _script(c["text"]) == "Latin"}
    )
    by_kind: dict[str, list[str]] = {}
    for name in latin:
        by_kind.setdefault(kinds.get(name, UNKNOWN), []).append(name.split("+")[-1])
    for kind, names in sorted(by_kind.items()):
        if kind == UNKNOWN:
            report.findings.append(
                f"the face(s) {', '.join(names)} do not say whether they are sans serif"
            )
        elif kind == SANS_SERIF:
            report.findings.append(f"Latin-script text in a sans serif face: {', '.join(names)}")
        else:
            report.problems.append(
                f"the text is set in a {kind} face ({', '.join(names)}): large print needs a "
                "plain sans serif"
            )


def _is_right_to_left_text(text: str) -> bool:
    return _script(text) in ("Arabic", "Hebrew")


def _text_area(pages: list[PageText]) -> list[tuple[float, float]]:
    """Each page's left and right text edges, from where left-to-right lines start (the side
    margins are equal)."""
    starts = [
        line["x0"]
        for page in pages
        for line in page.lines
        if not _is_right_to_left_text(line["text"]) and not PAGE_NUMBER.match(line["text"])
    ]
    left = min(starts, default=0.0)
    return [(left, page.width - left) for page in pages]


def _rows_of_print(page: PageText) -> list[list[dict]]:
    """The page's text lines grouped by the line of print they stand on, top to bottom, each
    row left to right. A line's glyphs are grouped by their tops, and a face's tops differ by
    its ascent, so "Ibuprofen 200mg" inside a Gujarati or Arabic sentence was read as a line
    of its own, as are Nastaliq words stepping down their line."""
    rows: list[list[dict]] = []
    for line in sorted(page.lines, key=lambda ln: ln["top"]):
        row = rows[-1] if rows else None
        if row is not None:
            top, bottom = min(ln["top"] for ln in row), max(ln["bottom"] for ln in row)
            shared = min(bottom, line["bottom"]) - max(top, line["top"])
            if shared > 0.5 * min(bottom - top, line["bottom"] - line["top"]):
                row.append(line)
                continue
        rows.append([line])
    for row in rows:
        row.sort(key=lambda ln: ln["x0"])
    return rows


def _joined(row: list[dict]) -> dict:
    return {
        "text": " ".join(ln["text"] for ln in row),
        "x0": min(ln["x0"] for ln in row),
        "x1": max(ln["x1"] for ln in row),
        "top": min(ln["top"] for ln in row),
        "bottom": max(ln["bottom"] for ln in row),
        "chars": [c for ln in row for c in ln["chars"]],
    }


def _visual_lines(page: PageText) -> list[dict]:
    """The page's lines as a reader sees them: text lines whose glyphs stand on one line of
    print joined, left to right (`_rows_of_print`)."""
    return [_joined(row) for row in _rows_of_print(page)]


def _check_layout(
    settings: LargePrintSettings,
    pages: list[PageText],
    report: CheckReport,
    units_after: set[str] = frozenset(),
    right_to_left: bool = False,
) -> None:
    """Left-to-right lines start at the left margin (in a table, at their column), but for one
    that opens with a line to write on, its unit after it ("____ units"); none runs past
    either margin, the right edge is ragged, every page is numbered. (Right-to-left lines:
    `_check_right_to_left`.) A line of print is judged whole (`_visual_lines`); one holding
    right-to-left words is that check's, and in a right-to-left leaflet an English line may
    also stand at the right margin, as its paragraph does ("www.nhs.uk/medicines" alone on
    the last line of an Urdu sentence)."""
    area = _text_area(pages)
    left_to_right = [
        (page, line)
        for page in pages
        for line in _visual_lines(page)
        if not PAGE_NUMBER.match(line["text"]) and not _is_right_to_left_text(line["text"])
        and not (right_to_left and any(_is_right_to_left_text(c["text"]) for c in line["chars"]))
    ]
    em = settings.size
    for page, line in left_to_right:
        left, right = area[page.number - 1]
        if right_to_left and right - line["x1"] <= 3 * em and not _in_table(page, line):
            continue
        # a line in a table starts at its cell's left edge: a cell's second line ("over 1
        # hour.") is not indented, a centred cell is (a table with no cells read: its column)
        if _in_table(page, line):
            left = _cell_left(page, line)
            if left is None:
                continue
        # (a sign alone, "●" set in another face, is read as a line of its own beside its words)
        after_a_blank = any(line["text"].startswith(unit) for unit in units_after) or (
            _after_a_line_to_write_on(page, line, left, em)
        )
        if line["x0"] - left > 3 * em and re.search(r"\w", line["text"]) and not after_a_blank:
            report.problems.append(
                f"page {page.number}: '{line['text'][:40]}' does not start at the left margin "
                "(large print is left aligned, never centred)"
            )
    for page in pages:
        left, right = area[page.number - 1]
        outside = [c for c in page.chars if c["x1"] > right + 2 or c["x0"] < left - 2]
        if outside:
            report.problems.append(
                f"page {page.number}: text runs past the margin near "
                f"'{''.join(c['text'] for c in outside[:20])}': a word too long for a line "
                "at this size"
            )
    full = [ln for page, ln in left_to_right if len(ln["text"].split()) > 3]
    if len(full) >= 5:
        ends = [ln["x1"] for ln in full]
        flush = max(sum(1 for other in ends if abs(other - end) < 1.0) for end in ends)
        if flush > len(full) / 2:
            report.problems.append(
                f"{flush} of {len(full)} lines end flush at the right margin: the text looks "
                "justified; large print must be left aligned with a ragged right edge"
            )
    for page in pages:
        numbers = [PAGE_NUMBER.match(ln["text"]) for ln in page.lines]
        found = [m for m in numbers if m]
        if not found or int(found[-1][1]) != page.number or int(found[-1][2]) != len(pages):
            report.problems.append(
                f"page {page.number} has no 'Page {page.number} of {len(pages)}'"
            )
    for page in pages:
        for line in page.lines:
            if _CAPITALS_BLOCK.search(line["text"]):
                report.problems.append(
                    f"page {page.number}: '{line['text'][:40]}' is in capitals, which are hard "
                    "to read in large print: change the source to ordinary case"
                )


def _after_a_line_to_write_on(page: PageText, line: dict, left: float, em: float) -> bool:
    """Whether a line of print opens with a line to write on from the margin, its words after
    it ('____; Details:' in a health questionnaire's row set as rows at 48 pt had failed as
    not starting at the left margin): a rule no thicker than a pen's line on the line's
    baseline, from within its indent to where its words start."""
    return any(
        d["bottom"] - d["top"] < 4
        and d["x0"] - left <= 3 * em
        and abs(d["x1"] - line["x0"]) < 2
        and line["top"] <= d["top"] <= line["bottom"] + 2
        for d in page.drawings
    )


def split_items(
    lines: list[str], items: list[tuple[str, str]], address_fits
) -> list[str]:
    """Where consecutive printed lines split a single item (UKAAF G003): a hyphenated word, a
    number and its unit, a phone number, an address broken other than `address_pieces` allows;
    and a line that opens with a dash, cut off from the word before it."""
    found = []
    for before, after in zip(lines, lines[1:], strict=False):
        before, after = before.replace("\u00a0", " ").rstrip(), after.replace("\u00a0", " ")
        after = after.lstrip()
        if after[:1] in ("\u2013", "\u2014"):
            found.append(f"a dash starts a line, apart from the word before it: '{after[:30]}'")
        for kind, item in items:
            for cut in range(1, len(item)):
                head, tail = item[:cut].rstrip(), item[cut:].lstrip()
                if not (head and tail and before.endswith(head) and after.startswith(tail)):
                    continue
                if kind in ("email", "web") and cut in _piece_ends(item, address_fits):
                    continue  # where an address too long for a line may break
                found.append(f"{kind} split over two lines: '{head}' / '{tail}'")
    return list(dict.fromkeys(found))


def _piece_ends(address: str, fits) -> set[int]:
    ends, at = set(), 0
    for piece in address_pieces(address, fits):
        at += len(piece)
        ends.add(at)
    return ends


def _check_single_items(
    leaflet: Leaflet, settings: LargePrintSettings, pages: list[PageText], report: CheckReport
) -> None:
    lines = [
        line["text"]
        for page in pages
        for line in page.lines
        if not PAGE_NUMBER.match(line["text"]) and not _is_right_to_left_text(line["text"])
    ]
    options = render_options(settings, leaflet.meta.language)
    items = [
        item
        for run in reading_order(leaflet, True)
        for item in single_items(run.text, options.address_fits, options.item_fits)
    ]
    splits = split_items(lines, list(dict.fromkeys(items)), options.address_fits)
    right_to_left = is_right_to_left(leaflet.meta.language)
    splits += boxes_ending_lines(
        [line for page in pages for line in _lines_read(page, right_to_left)],
        [run.text for run in reading_order(leaflet, True)],
    )
    if splits:
        report.problems.append(
            f"at {settings.size} pt, single items are split over two lines: " + "; ".join(splits)
        )
    else:
        report.findings.append(
            f"no word, number with its unit, medicine with its strength, phone number, address, "
            f"dash or tick box and its word split over two lines at {settings.size} pt"
        )


def _flag_cut_translations(leaflet: Leaflet, report: CheckReport) -> None:
    """A line of the format offer that seems to have lost its beginning is printed as config
    has it (the pipeline never writes missing words), and named for a person to put right."""
    for translation in leaflet.trust.translations:
        if looks_cut(translation.lang, translation.text):
            report.findings.append(
                f"to check: the {translation.language_name} line seems to start mid-sentence "
                f"('{translation.text[:30]} ...'); ask a translator for the whole line and "
                "correct config/organisation.yaml"
            )


def _check_page_fill(settings: LargePrintSettings, pages: list[PageText], report: CheckReport):
    """No page more than half empty when what starts the next page would have fitted on it (a
    heading counts with the first two lines after it, since it is kept with them)."""
    for page, following in zip(pages, pages[1:], strict=False):
        body = _blocks_in_order(page)
        after = _blocks_in_order(following)
        if not body or not after:
            continue
        numbers = [ln["top"] for ln in following.lines if PAGE_NUMBER.match(ln["text"])]
        if not numbers:
            continue  # an unnumbered page is reported by _check_layout
        top, bottom_limit = min(ln["top"] for ln in body), max(numbers)
        # a line to write on under a page's last words, or a box's border, takes room too
        # (a form's row "Date of next appointment: ____" had been measured to its label); a
        # box drawn nearly the page's height is a background, or goes on over the page
        drawn = [
            d["bottom"]
            for d in page.drawings
            if d["bottom"] < bottom_limit and d["bottom"] - d["top"] < (bottom_limit - top) * 0.9
        ]
        free = bottom_limit - settings.size - max([ln["bottom"] for ln in body] + drawn)
        if free < (bottom_limit - top) / 2:
            continue
        block = _first_block(after, settings)
        bottom = block[-1]["bottom"]
        for _, table_top, _, table_bottom in following.tables:
            if block[0]["top"] <= table_top <= bottom + settings.size * 1.5:
                bottom = max(bottom, table_bottom)  # a table that fits a page is kept whole
        # ... as is a box drawn round the block (a notice: its Urdu label "اہم", Nastaliq's
        # line apart from the words under it, had been measured as the block alone)
        for drawn in following.drawings:
            if drawn["top"] <= block[0]["top"] <= drawn["bottom"] and (
                drawn["bottom"] - drawn["top"] < (bottom_limit - top) * 0.9
            ):
                bottom = max(bottom, drawn["bottom"])
        # Room for the block with a line's margin either side: what surely fits.
        needed = bottom - block[0]["top"] + settings.size * 2.8
        if needed < free:
            report.problems.append(
                f"at {settings.size} pt, page {page.number} is more than half empty although "
                f"what starts page {following.number} ('{block[0]['text'][:30]}') would fit on it"
            )


def _check_kept_on_pages(
    settings: LargePrintSettings, pages: list[PageText], report: CheckReport
) -> None:
    """No page ends with a heading, its section over the page; and a table's row (set as
    rows) is never divided between pages. At 48 pt a row can be taller than a page: print
    then divides it, its second part naming no row, and a patient may read a dose or a
    warning against the wrong medicine; that is said, for staff to choose a smaller size or
    shorten the row's cells, never passed (a medicines chart's 'Do not stop taking it
    unless' / 'your heart surgeon tells you to' had passed)."""
    bottom = PAGE_HEIGHT_PT - margin_bottom(settings.size)
    size = settings.size
    for page, following in zip(pages, pages[1:], strict=False):
        blocks = _blocks_in_order(page)
        if blocks and _heading_throughout(blocks[-1], settings):
            report.problems.append(
                f"at {size} pt, page {page.number} ends with the heading "
                f"'{blocks[-1]['text'][:40]}', what it heads on page {following.number}"
            )
        if _opens_continuation(following):
            continue
        divided = [row for row in _row_boxes(page) if row[1] >= bottom - 0.5]
        if divided and any(top <= TOP_MARGIN_PT + 0.5 for top, _ in _row_boxes(following)):
            start = " ".join(ln["text"] for ln in blocks if ln["top"] >= divided[-1][0] - 1)
            report.problems.append(
                f"at {size} pt, a table row taller than a page is divided between pages "
                f"{page.number} and {following.number} ('{start[:40]}'): its second part "
                "names no row; choose a smaller size, or shorten the row's cells in the source"
            )
        cut = _cut_cells_top(page, bottom)
        if cut is not None:
            start = " ".join(ln["text"] for ln in blocks if ln["top"] >= cut - 1)
            report.problems.append(
                f"at {size} pt, a table row is cut between pages {page.number} and "
                f"{following.number} ('{start[:40]}'): its part on page {following.number} does "
                f"not name its row with '{ROW_CONTINUED}'; choose a smaller size, or shorten the "
                "row's cells in the source"
            )


def _opens_continuation(page: PageText) -> bool:
    """Whether the page opens with a table row's continuation, named "(continued)"."""
    words = [w for ln in page.lines if not PAGE_NUMBER.match(ln["text"])
             for w in latin_words(ln["text"])]
    return _CONTINUED_WORD in words[:_CONTINUED_WITHIN]


def _cut_cells_top(page: PageText, bottom: float) -> float | None:
    """The top of a real table's row cut at the page's foot: cells' side rules running down to
    the foot of the text, with no rule under them there (WeasyPrint draws none under a cell
    it divides); None where there is none."""
    sides = [
        d for d in page.drawings
        if d["x1"] - d["x0"] < 2 and d["bottom"] >= bottom - 0.5 and d["bottom"] - d["top"] > 2
    ]
    if len(sides) < 2:
        return None
    left, right = min(d["x0"] for d in sides), max(d["x1"] for d in sides)
    closed = any(
        d["bottom"] - d["top"] < 2 and abs(d["bottom"] - bottom) < 2
        and d["x0"] <= left + 2 and d["x1"] >= right - 2
        for d in page.drawings
    )
    return None if closed else max(d["top"] for d in sides)


def _heading_throughout(line: dict, settings: LargePrintSettings) -> bool:
    """Whether a line of print is a heading's: every letter bold and larger than the body (an
    Arabic item's '24', in the Latin face at Arabic's larger size, makes no heading)."""
    sizes = [_body_sizes(c) for c in line["chars"] if c.get("text", "").strip()]
    return bool(sizes) and _is_bold(line) and min(sizes) > settings.size * 1.03


_ROW_RULE = (2.0, 4.0)  # print.css: a table row's rule is 3 pt wide


def _row_boxes(page: PageText) -> list[tuple[float, float]]:
    """The top and bottom of each table row set as rows on the page: WeasyPrint draws its
    rule as the row's box less the same box a rule's width narrower at that side (the left,
    or the right in a right-to-left leaflet); a notice's border is narrower at both sides."""
    low, high = _ROW_RULE
    found = set()
    drawn = [d for d in page.drawings if d["bottom"] - d["top"] > 1]
    for outer in drawn:
        for inner in drawn:
            if max(abs(outer[edge] - inner[edge]) for edge in ("top", "bottom")) > 0.5:
                continue
            left = abs(outer["x1"] - inner["x1"]) < 0.5 and low < inner["x0"] - outer["x0"] < high
            right = abs(outer["x0"] - inner["x0"]) < 0.5 and low < outer["x1"] - inner["x1"] < high
            if left or right:
                found.add((round(outer["top"], 1), round(outer["bottom"], 1)))
    return sorted(found)


def _blocks_in_order(page: PageText) -> list[dict]:
    """A page's lines of print and pictures from the top, the page number left out: a line's
    pieces in other faces joined (`_visual_lines`), so a Gujarati list item whose '1' is in
    the Latin face starts with its bullet, not with the '1' standing higher."""
    pictures = [{"text": "(picture)", "chars": [], **p} for p in page.pictures]
    lines = [ln for ln in _visual_lines(page) if not PAGE_NUMBER.match(ln["text"])]
    return sorted(lines + pictures, key=lambda item: item["top"])


def _first_block(lines: list[dict], settings: LargePrintSettings) -> list[dict]:
    """The first paragraph, list item, picture or heading of a page's lines (a blank line's gap
    ends it); a heading with what it is kept with: a picture and the rest of its section, a
    table's columns line and first row, else two lines of text."""
    blocks: list[list[dict]] = [[lines[0]]]
    for line in lines[1:]:
        if line["top"] - blocks[-1][-1]["bottom"] > _blank_line(line, settings):
            blocks.append([])
        blocks[-1].append(line)
    first = blocks[0]
    heading = _is_heading(first[0], settings)
    if heading and len(blocks) > 1 and _is_picture(blocks[1][0]["text"]):
        # a section with a picture is kept whole where it fits a page (an exercise): up to
        # the next heading
        for block in blocks[1:]:
            if _is_heading(block[0], settings):
                break
            first = first + block
    elif heading and any(_is_picture(b[0]["text"]) for b in _section(blocks, settings)[1:]):
        # ... and so is one whose picture stands after its steps or under a subheading (a
        # spacer leaflet's 'How to use it', three steps and their picture, went whole to page
        # 2 at 18 pt, and page 1 was failed as more than half empty)
        first = [line for block in _section(blocks, settings) for line in block]
    elif heading and len(blocks) > 2 and _TABLE_COLUMNS.match(blocks[1][0]["text"]):
        # a table set as rows: its columns' line is kept with its first row (print.css)
        first = first + blocks[1] + blocks[2]
    elif heading and len(blocks) > 1:
        first = first + _kept_together(blocks, 1)
    elif first[0]["text"] == "(picture)":
        # a picture is kept with its caption and the steps after it (_keepable)
        for at, block in enumerate(blocks[1:]):
            step = re.match(r"\d+\.\s", block[0]["text"])
            if _is_heading(block[0], settings) or not (step or at == 0):
                break
            first = first + block
    elif not heading:
        first = _kept_together(blocks, 0, whole=True)
    return first


def _blank_line(line: dict, settings: LargePrintSettings) -> float:
    """The least gap above a line that is a blank line's, not its paragraph's spacing: 0.8 of
    the size asked; twice that above a line in a face printed larger (fonts.SCALED_FACES),
    whose lines of one paragraph stand a whole size apart (Naskh, at 1.25 times and 1.8 lines
    apart: an Urdu paragraph at 48 pt, printed in Naskh, was taken for five paragraphs and
    the page before it failed as half empty though it was not)."""
    scaled = any(face_scale(c.get("fontname", "")) > 1 for c in line.get("chars", []))
    return settings.size * (1.6 if scaled else 0.8)


def _section(blocks: list[list[dict]], settings: LargePrintSettings) -> list[list[dict]]:
    """The blocks from a heading to the next heading as large or larger: its section, its
    subheadings' blocks in it."""
    size = max((_body_sizes(c) for c in blocks[0][0]["chars"]), default=0)
    for at, block in enumerate(blocks[1:], 1):
        if _is_heading(block[0], settings) and max(
            (_body_sizes(c) for c in block[0]["chars"]), default=0
        ) >= size - 0.5:
            return blocks[:at]
    return blocks


def _is_picture(text: str) -> bool:
    """A picture, or the box describing one whose file was not supplied (html_render prints
    its words after 'Picture:'): print keeps either's section whole (_keepable)."""
    return text == "(picture)" or text.startswith("Picture: ")


def _kept_together(blocks: list[list[dict]], at: int, whole: bool = False) -> list[dict]:
    """The lines print keeps together from the block `at` on (print.css): a warning all in
    bold whole, else its first sentence and at least two lines (all of it if `whole`); and a
    lead-in (`_runs_into_its_list`) with the list after it, a short list whole, else its first
    two lines."""
    block = blocks[at]
    warning = all(_is_bold(line) for line in block)
    sentence = _first_sentence_lines([line["text"] for line in block])
    kept = block if warning or whole else block[: max(2, sentence)]
    last = block[-1]["text"]
    if len(kept) < len(block) or at + 1 >= len(blocks):
        return kept
    items = list(takewhile(lambda b: _LIST_ITEM.match(b[0]["text"]), blocks[at + 1 :]))
    if _runs_into_its_list(last) and 0 < len(items) <= _SHORT_CONDITIONS:
        kept = kept + [line for item in items for line in item]
    elif items or (_runs_into_its_list(last) and last.endswith(":")):
        # WeasyPrint's own stylesheet never breaks before a list (ol, ul { break-before:
        # avoid }): a paragraph is printed with its list's first item, a lead-in or not (a
        # Gujarati leaflet's 'નર્સ ... આપશે.' went to page 3 with its heading and first
        # item at 48 pt, and page 2 was failed as half empty, the three not fitting there)
        kept = kept + blocks[at + 1][:2]
    return kept


def _first_sentence_lines(lines: list[str]) -> int:
    """How many of a paragraph's lines its first sentence takes (`text.sentences`: "Your
    surgeon, Dr." at a line's end ends none), all of them where none ends a line."""
    ends, letters = _sentence_ends(" ".join(lines)), 0
    for count, line in enumerate(lines, 1):
        letters += _letters(line)
        if letters in ends:
            return count
    return len(lines)


_LIST_ITEM = re.compile(r"(?:•|\d+\.)\s")


def _is_bold(line: dict) -> bool:
    letters = [c for c in line["chars"] if c.get("text", "").strip()]
    return bool(letters) and all("bold" in c.get("fontname", "").lower() for c in letters)


# What a table set as rows says before its columns, in each language that has words for it
# (languages.table_as_rows; a right-to-left one is read back in visual order, so is not found).
_TABLE_COLUMNS = re.compile("|".join(
    re.escape(row.table_as_rows).replace(re.escape("{rows}"), r"\d+")
    for row in LANGUAGES
    if row.table_as_rows
))


def _is_heading(line: dict, settings: LargePrintSettings) -> bool:
    return max((_body_sizes(c) for c in line["chars"]), default=0) > settings.size * 1.03


def _body_sizes(char: dict) -> float:
    """A glyph's size in body sizes of its script: an Arabic line's 22.5 pt is the body text's
    18 pt (fonts.SCALED_FACES), not a heading, and its heading must be larger than that."""
    return char["size"] / face_scale(char.get("fontname", ""))


def _lines_read(page: PageText, right_to_left: bool) -> list[str]:
    """The page's lines of print as they read. A line holding letters of another script than
    Latin is read whole (`line_in_reading_order`): its text lines, cut where its faces' tops
    differ, had been read one under the other, and a right-to-left line left to right, so
    "24 ... 8" in an Urdu line came back "8, 24". It reads from the right where it holds
    right-to-left letters and is in a right-to-left leaflet or mostly in that script (the
    Urdu line of an English leaflet's footer). Other lines read as before."""
    lines = []
    rows = _rows_of_print(page)
    for table_row, group in groupby(rows, key=lambda row: _table_row(page, row)):
        if table_row is not None:
            lines.extend(_cells_read(page, list(group), right_to_left))
            continue
        for row in group:
            letters = (letter for ln in row for letter in ln["text"] if letter.isalpha())
            if not any(_script(letter) not in ("Latin", "Common") for letter in letters):
                lines.extend(ln["text"] for ln in row)
            else:
                words = [word for ln in row for word in _words_placed(ln)]
                lines.append(_words_read(words, right_to_left))
    return lines


def _words_read(words: list[dict], right_to_left: bool) -> str:
    """Placed words of one line of print in reading order: from the right where they hold
    right-to-left letters and the leaflet reads so or they are mostly in that script."""
    letters = (letter for word in words for letter in word["text"] if letter.isalpha())
    scripts = Counter(_script(letter) for letter in letters)
    backwards = scripts["Arabic"] + scripts["Hebrew"]
    rtl = backwards > 0 and (right_to_left or backwards > scripts["Latin"])
    return line_in_reading_order(words, rtl)


def _table_row(page: PageText, row: list[dict]) -> int | None:
    """Which of the page's table rows a line of print stands in, if any."""
    middle = (min(ln["top"] for ln in row) + max(ln["bottom"] for ln in row)) / 2
    return next(
        (at for at, (_, top, _, bottom) in enumerate(page.rows) if top <= middle <= bottom),
        None,
    )


def _cells_read(page: PageText, rows: list[list[dict]], right_to_left: bool) -> list[str]:
    """The lines of print of one table row as it reads: cell by cell, from the right in a
    right-to-left leaflet (its columns run so), each cell's lines top to bottom. A cell's
    lines can stand above or below its neighbours' ("Paracetamol 500mg" is higher than the
    Nastaliq beside it, its face's tops not theirs), so reading the row by lines of print
    had put an English cell before the cell it follows."""
    cells: dict[float, list[list[dict]]] = {}
    for row in rows:
        pieces: dict[float, list[dict]] = {}
        for ln in row:
            middle = (ln["top"] + ln["bottom"]) / 2
            for word in _words_placed(ln):
                centre = (word["x0"] + word["x1"]) / 2
                left = next(
                    (
                        x0
                        for x0, top, x1, bottom in page.cells
                        if x0 - 1 <= centre <= x1 + 1 and top - 1 <= middle <= bottom + 1
                    ),
                    word["x0"],  # in no cell found: a column of its own
                )
                pieces.setdefault(left, []).append(word)
        for left, words in pieces.items():
            cells.setdefault(left, []).append(words)
    return [
        _words_read(words, right_to_left)
        for left in sorted(cells, reverse=right_to_left)
        for words in cells[left]
    ]


def _words_placed(line: dict) -> list[dict]:
    """A text line's words, each with where it stands: its letters' glyphs taken in turn (a
    glyph of two letters, "fi", counts both; `read_written` lists it once a letter)."""
    glyphs = [c for i, c in enumerate(line["chars"]) if i == 0 or c is not line["chars"][i - 1]]
    placed, at = [], 0
    for word in line["text"].split():
        taken, letters = [], 0
        while at < len(glyphs) and letters < len(word):
            taken.append(glyphs[at])
            letters += len(glyphs[at]["text"])
            at += 1
        if taken:
            placed.append({"text": word, "x0": min(c["x0"] for c in taken),
                           "x1": max(c["x1"] for c in taken)})
    return placed


def line_in_reading_order(words: list[dict], right_to_left: bool) -> str:
    """A line of print's words (text, x0, x1) as the Unicode bidi algorithm orders them for
    reading. They stand in visual order, left to right; in a right-to-left line each run of
    English and figures between right-to-left words ("Paracetamol 500mg", "NHS 111", a
    phone number, whose spaces print keeps unbroken) reads left to right, and the runs and
    right-to-left words from the right. (Visual order cannot tell "8 NHS 111" from "NHS 111
    8", which print alike; both read as the latter.) A right-to-left word is given as its
    glyphs were extracted."""
    ordered = [w["text"] for w in sorted(words, key=lambda w: (w["x0"] + w["x1"]) / 2)]
    if not right_to_left:
        return " ".join(ordered)
    runs: list[list[str]] = []
    for word in ordered:
        if runs and not _is_backwards(word) and not _is_backwards(runs[-1][-1]):
            runs[-1].append(word)
        else:
            runs.append([word])
    return " ".join(word for run in reversed(runs) for word in run)


def _is_backwards(word: str) -> bool:
    return any(_is_right_to_left_text(letter) for letter in word if letter.isalpha())


_WORD_AND_GAP = re.compile(r"(\S+)(\s*)")


def as_read_back(text: str) -> str:
    """Right-to-left `text` as `line_in_reading_order` reads its print back. The bidi
    algorithm sets figures that follow right-to-left words and stand before an English word
    ("شوگر لیول 4 mmol/L سے") to that word's right, apart from it: the print shows "mmol/L 4"
    from the left and reads "4 mmol/L" from the right, as "mmol/L 4" would print too, so
    the check, which reads an English run left to right, had failed it as out of order. Such
    figures go after the English they stand right of, the last first; a phone number, whose
    spaces print keeps unbroken (UNBROKEN_NUMBER), stays one. All else is as written, so
    figures moved to another place in print still read out of order."""
    text = UNBROKEN_NUMBER.sub(lambda m: m[0].replace(" ", "\u00a0"), text)
    found = [(m[1], m[2]) for m in _WORD_AND_GAP.finditer(text)]
    out: list[str] = []
    at = 0
    while at < len(found):
        end = at
        while end < len(found) and not _is_backwards(found[end][0]):
            end += 1
        if end == at:
            out.append(found[at][0])
            at += 1
            continue
        stretch = found[at:end]
        english = next(
            (n for n, (word, _) in enumerate(stretch)
             if any(c.isalpha() and not _is_backwards(c) for c in word)),
            None,
        )
        if english and any(c.isdigit() for word, _ in stretch[:english] for c in word):
            groups: list[list[str]] = []
            for n, (word, _) in enumerate(stretch[:english]):
                joined = (
                    n > 0 and stretch[n - 1][1] == "\u00a0"
                    and stretch[n - 1][0][-1:].isdigit() and word[:1].isdigit()
                )
                if joined:
                    groups[-1].append(word)
                else:
                    groups.append([word])
            out += [word for word, _ in stretch[english:]]
            out += [word for group in reversed(groups) for word in group]
        else:
            out += [word for word, _ in stretch]
        at = end
    return " ".join(out)


# A figure as a word: "4", "16.6", "7:30", in any script's digits.
_FIGURE = re.compile(r"\d(?:[\d.,:/\u00a0]*\d)?")


def runs_read_back(runs: list[LanguageRun]) -> list[str]:
    """The Latin words of `runs` in the order a right-to-left line's print reads back
    (`as_read_back`), where figures that end a right-to-left run after its words stand before
    a run of its line tagged another language set left to right ('لیول 4 [mmol/L]{lang=en}
    سے'): print sets them to its right, as it does an untagged unit's, and they read after
    it. Figures after a Latin word ('Ibuprofen 200 [mg]{lang=en}') print in order."""
    words: list[list[str]] = []
    figures: list[str] = []  # the last run's figures, waiting for a tagged run after them
    for run in runs:
        if not run.continues or is_right_to_left(run.lang):
            words.append(figures)
            figures = []
        if not is_right_to_left(run.lang):
            words += [latin_words(run.text), figures]
            figures = []
            continue
        said = as_read_back(run.text).split(" ")
        last = len(said)
        while last > 0 and _FIGURE.fullmatch(said[last - 1]):
            last -= 1
        if 0 < last < len(said) and _is_backwards(said[last - 1]):
            figures = latin_words(" ".join(said[last:]))
            said = said[:last]
        words.append(latin_words(" ".join(said)))
    words.append(figures)
    return [word for part in words for word in part]


def _check_text(
    leaflet: Leaflet, settings: LargePrintSettings, pages: list[PageText], report: CheckReport
) -> None:
    letters = render_options(settings).letters_per_line
    expected = runs_read_back(
        reading_order(leaflet, written_addresses=True, letters_per_line=letters, list_numbers=True)
    )
    right_to_left = is_right_to_left(leaflet.meta.language)
    headings = [
        latin_words(plain_text(cell))
        for block in leaflet.blocks
        if isinstance(block, Table)
        for cell in block.header
    ]
    words = [
        [
            w
            for line in _lines_read(page, right_to_left)
            if not PAGE_NUMBER.match(line.strip())
            for w in latin_words(line)
            # a vowel sign extracted apart from its letter ("ਂ" after "ਸਮਾ:") is no word
            if not all(unicodedata.category(letter).startswith("M") for letter in w)
        ]
        for page in pages
    ]
    # a row's continuation goes on inside a cell under its heading again, or at a cell's
    # start with its heading the leaflet's: read both ways
    missing = min(
        (
            missing_in_reading_order(
                expected,
                [w for page in words for w in _continuation_dropped(page, headings, dropped)],
            )
            for dropped in (False, True)
        ),
        key=len,
    )
    report.findings.append(
        f"{len(expected) - len(missing)} of {len(expected)} source words read back in order"
    )
    if missing:
        report.problems.append(
            f"{len(missing)} word(s) of the leaflet cannot be read back in order from the PDF, "
            f"first: {', '.join(missing[:8])}"
        )
    bad = sorted(
        {c["text"] for page in pages for c in page.chars if _PRIVATE_USE.search(c["text"])}
    )
    if bad:
        report.problems.append(
            f"{len(bad)} glyph(s) extract as private-use or unknown codes, so screen readers and "
            "search cannot read them"
        )


_CONTINUED_WORD = latin_words(ROW_CONTINUED)[-1]
_CONTINUED_WITHIN = 40  # words: a row's continuation opens its page, under the columns' line


def _continuation_dropped(
    words: list[str], headings: list[list[str]], heading_dropped: bool
) -> list[str]:
    """A page's words without what opens a table row's continuation (the columns' line, the
    row's name and "(continued)", and if `heading_dropped` the heading of the cell it goes on
    in): words the leaflet says once, printed again, which had left a short sentence between
    them ("Avoid grapefruit juice.") unconfirmed, read as missing."""
    marks = [at for at, word in enumerate(words[:_CONTINUED_WITHIN]) if word == _CONTINUED_WORD]
    if not marks:
        return words
    rest = words[marks[0] + 1 :]
    for heading in sorted(headings, key=len, reverse=True) if heading_dropped else []:
        if heading and rest[: len(heading)] == heading:
            return rest[len(heading) :]
    return rest


def _check_tags(leaflet: Leaflet, pdf: pikepdf.Pdf, report: CheckReport) -> None:
    root = pdf.Root
    mark_info = root.get("/MarkInfo")
    if root.get("/StructTreeRoot") is None or not (mark_info and mark_info.get("/Marked")):
        report.problems.append("the PDF is not tagged, so screen readers cannot follow it")
        return
    if str(root.get("/Lang", "")) != leaflet.meta.language:
        report.problems.append(
            f"the document language is '{root.get('/Lang', '')}', not {leaflet.meta.language}"
        )
    title = prepare(leaflet.meta.title)
    if str(pdf.docinfo.get("/Title", "")) != title:
        report.problems.append(f"the PDF title is not '{title}'")
    preferences = root.get("/ViewerPreferences")
    if not (preferences and preferences.get("/DisplayDocTitle")):
        report.problems.append("the PDF does not ask viewers to show its title in the window")
    xmp = pdf.open_metadata()
    if title not in str(xmp.get("dc:title", "")):
        report.problems.append("the XMP metadata has no title")
    if str(xmp.get("pdfuaid:part", "")) != "1":
        report.problems.append("the XMP metadata does not declare PDF/UA-1")
    tree = StructureTree(pdf, {})  # the kinds of element only: no text needed
    kinds = Counter(str(e.get("/S", "")) for e in tree.elements())
    levels = Counter(heading_levels(leaflet.blocks).values())  # as the rendering shows them
    wanted = {"/H1": 1} | {f"/H{level}": count for level, count in levels.items()}
    for tag, count in wanted.items():
        if kinds[tag] < count:
            report.problems.append(
                f"the structure tree has {kinds[tag]} {tag[1:]}, expected {count}"
            )
    if kinds["/H1"] > 1:
        report.problems.append(f"the structure tree has {kinds['/H1']} H1, expected one")
    if not kinds["/P"]:
        report.problems.append("the structure tree has no paragraphs (P)")
    lists = sum(1 for b in leaflet.blocks if isinstance(b, ListBlock))
    if lists and (kinds["/L"] < lists or not kinds["/LI"]):
        report.problems.append(
            f"the structure tree has {kinds['/L']} lists (L/LI), expected {lists}"
        )
    figures = [e for e in tree.elements() if e.get("/S") == "/Figure"]
    alts = {str(e.get("/Alt", "")) for e in figures}
    for image in (b for b in leaflet.blocks if isinstance(b, Image)):
        if prepare(image.alt) not in alts:
            report.problems.append(f"the picture {image.src} has no Figure with its alt text")
    report.findings.append(
        "tagged: " + ", ".join(f"{tag[1:]} {n}" for tag, n in sorted(kinds.items()) if tag)
    )
    with pdf.open_outline() as outline:
        entries = []
        stack = list(reversed(outline.root))
        while stack:
            item = stack.pop()
            entries.append(prepare(item.title))
            stack.extend(reversed(item.children))
    headings = [title] + [printed_text(b.spans) for b in leaflet.blocks if isinstance(b, Heading)]
    if entries != headings:
        report.problems.append(
            f"the outline (bookmarks) has {len(entries)} entries; expected one per heading: "
            f"{headings}"
        )


def _check_other_languages(
    leaflet: Leaflet,
    tree: StructureTree,
    placed: dict[tuple[int, int], list[dict]],
    pages: list[PageText],
    report: CheckReport,
    letters: float | None = None,
    layer: dict[tuple[int, int], str] | None = None,
) -> None:
    """Each other-language run: marked with /Lang, real characters, right to left if it should
    (`letters` a line as the print was set, its wide tables as rows), and read back from the
    text layer as the source's letters (`layer`: the /ActualText of marked contents): in
    order, or, in a right-to-left run whose glyphs stand as drawn, all of them and no others."""
    area = _text_area(pages)
    runs = list(dict.fromkeys(language_runs(leaflet, letters)))
    own_text = _compact(" ".join(prepare(t) for t in own_language_texts(leaflet, letters)))
    marked: dict[LanguageRun, list[pikepdf.Dictionary]] = {}
    for element in tree.elements():
        if "/Lang" in element:
            lang = str(element.Lang)
            same_language = [run for run in runs if run.lang == lang]
            run = matching_run(tree.text(element), same_language, own_text)
            if run is not None:
                marked.setdefault(run, []).append(element)
    names = {t.lang: t.language_name for t in leaflet.trust.translations}
    read_back: dict[tuple[str, str], list[tuple[float, str]]] = {}
    for run in runs:
        name = names.get(run.lang, "English" if primary_language(run.lang) == "en" else run.lang)
        elements = marked.get(run, [])
        if not elements:
            report.problems.append(
                f"the {name} line is not marked as language '{run.lang}' (/Lang) for screen readers"
            )
            continue
        glyph_text = "".join(tree.text(e) for e in elements)
        actual = "".join(str(e.get("/ActualText", "")) for e in elements)
        coverage = _overlap(run.text, glyph_text)
        wrong_script = {
            c for c in _compact(glyph_text) if c.isalpha() and _script(c) != run.script
        }
        if _PRIVATE_USE.search(glyph_text) or wrong_script:
            report.problems.append(
                f"the {name} line extracts as other characters than {run.script} letters"
            )
        if coverage < 0.5:
            report.problems.append(
                f"only {coverage:.0%} of the {name} letters can be read back: is its font missing?"
            )
        if run.script not in ("Latin", "Common") and actual and actual != run.text:
            report.problems.append(f"the {name} line's /ActualText is not the source line")
        source = _letters_read(run.text)
        for element in elements:
            said = _letters_read(_reader_text(tree, element, layer or {}))
            wrong = (
                Counter(said) - Counter(source) if is_right_to_left(run.lang)
                else said not in source
            )
            if wrong:
                report.problems.append(
                    f"the {name} line reads back from the PDF's text (copied, searched, read "
                    f"aloud) as '{_reader_text(tree, element, layer or {})[:60]}', not as the "
                    f"source's '{run.text[:60]}'"
                )
                break
        carried = " (exact text carried as /ActualText)" if actual == run.text else ""
        read_back.setdefault((name, run.lang), []).append((coverage, carried))
        if is_right_to_left(run.lang):
            lines = [placed[key] for e in elements for key in tree.keys(e) if key in placed]
            _check_right_to_left(name, run, lines, area if run.paragraph else [], report)
    for (name, lang), measured in read_back.items():
        coverage, carried = min(measured)
        lines = f" (the least of {len(measured)} lines)" if len(measured) > 1 else ""
        report.findings.append(
            f"{name} ({lang}): {coverage:.0%} of letters read back from the glyphs{carried}{lines}"
        )


def _check_right_to_left(
    name: str,
    run: LanguageRun,
    lines: list[list[dict]],
    area: list[tuple[float, float]],
    report: CheckReport,
) -> None:
    """Each line (marked-content run of glyphs) of a right-to-left paragraph starts at the right
    margin (`area` is empty for a run inside a left-to-right line), and reads right to left."""
    for line in lines if area else ():
        page = line[0]["page_number"]
        if area[page - 1][1] - max(c["x1"] for c in line) > 3 * max(c["size"] for c in line):
            report.problems.append(
                f"page {page}: a line of the {name} text does not start at the right margin"
            )
    rtl, ltr = _direction_scores(lines, run.text)
    if rtl <= ltr:
        report.problems.append(f"the {name} line is laid out left to right")
    else:
        report.findings.append(
            f"{name} reads right to left (order match {rtl:.0%} against {ltr:.0%})"
        )


def tool_versions() -> dict[str, str]:
    import weasyprint

    return {
        "weasyprint": weasyprint.__version__,
        "pikepdf": pikepdf.__version__,
        "pdf_variant": "pdf/ua-1",
    }


FORMAT = Format(
    name="large-print",
    title="Large print",
    description="A4 PDF in 18 pt sans serif (16-48 pt on request), left aligned, tagged "
    "PDF/UA for screen readers, with the trust's lines in Urdu, Arabic, Gujarati, Punjabi, Polish.",
    settings=LargePrintSettings,
    write=write,
    check=check,
    tool_versions=tool_versions,
    preview=showing("page", ".pdf", "application/pdf"),
)
