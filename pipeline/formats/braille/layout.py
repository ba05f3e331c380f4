"""Braille layout: liblouis translates each block, we set the cells out on pages the UK way.

liblouis (through Debian's python3-louis) does the braille code itself: UEB contractions,
capitals, numbers, bold indicators. It is asked for Unicode dots, never its own ASCII, because
each table's ASCII differs. Everything page-shaped is ours: the leaflet's identity first, the
centred main heading, blocked or indented paragraphs, hanging-indent lists, a boxed safety notice,
the braille page number alone on line 1 at the right (UK practice), lines broken only at spaces,
and the format offer's other-language lines each in its own language's table.

Which table writes what: the leaflet's text its language's table; words the pipeline adds
(identity lines, "Picture:", language labels) English; a list marker the leaflet's table. A
foreign word or phrase inside English text is written in UEB signs, uncontracted, as the Rules
of UEB ask (13.2.1, 13.5: foreign material in English context for general reading; its accented
letters with UEB modifiers, no foreign-code signs). UEB names no modifier for a dot above or an
ogonek (Polish ż ą ę): ueb_modifiers.uti writes them with UEB's transcriber-defined
modifiers, and a transcriber's note near the start says what they stand for. Only a run UEB
cannot write at all (another script) goes through its own language's table, so no letter is
lost. Links keep their address in words.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from ctypes import byref, c_int, c_ushort, create_string_buffer
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import accumulate
from pathlib import Path

import louis
import pyphen

from ...contacts import UNBROKEN_NUMBER, contact_pattern
from ...errors import LeafletError
from ...languages import LANGUAGES, find_language, primary_language
from ...model import (
    Block,
    DescribedPicture,
    Heading,
    Image,
    Inline,
    Leaflet,
    ListBlock,
    Notice,
    Paragraph,
    Span,
    Table,
    labels_first,
    link_address,
    plain_text,
    with_addresses,
)
from ...text import (
    SIGN_WORDS,
    colour_signs_in_words,
    normalise_apostrophes,
    normalise_dashes,
    with_plainer_signs,
)
from ..html_render import (
    EMPTY_CELL,
    NUMBER_AND_UNIT,
    front_line_tag,
    is_negative_heading,
    is_table_of_sentences,
    named_once,
    opens_with,
    organisation_language,
)

DOTS_MODE = louis.dotsIO | louis.ucBrl
BLANK = "\u2800"
HYPHEN = "\u2824"  # dots 36: divides a word too long for a line (Rules of UEB 10.13)
CONTINUATION = "\u2810"  # dot 5: line continuation indicator, for a long address
TN_OPEN = "\u2808\u2828\u2823"  # dots 4, 46, 126: opening transcriber's note indicator (UEB 3.27)
TN_CLOSE = "\u2808\u2828\u281c"  # dots 4, 46, 345: closing transcriber's note indicator
SUBHEADING_INDENT = {2: 4, 3: 6}  # a section heading in cell 5, a subheading in cell 7
TOP_BOX_LINE = "\u2836"  # dots 2356 repeated across the line opens a box
BOTTOM_BOX_LINE = "\u281b"  # dots 1245 repeated closes it
BOX_LINE_PRINT = {TOP_BOX_LINE: "(top of box)", BOTTOM_BOX_LINE: "(bottom of box)"}
PREFIX_CELLS = set("\u2808\u2818\u2838\u2810\u2828\u2830\u2820\u283c")  # never end a divided part

UEB_MODIFIERS = Path(__file__).with_name("ueb_modifiers.uti")
# What the project adds to a liblouis table, read after it in one table list (never by editing
# Debian's files): UEB's transcriber-defined modifiers, the punctuation Urdu braille has that
# ur-pk-g1.utb lacks (a heading's "ورزش 1: ..." had lost its colon), Gujarati braille read back
# with its vowel signs ("જો" had read "જઓ"), Punjabi's ਖ as Bharati braille writes it ("ਖਈ" had
# read "ਖੀ").
TABLE_ADDITIONS = {
    "en-ueb-g1.ctb": UEB_MODIFIERS,
    "en-ueb-g2.ctb": Path(__file__).with_name("ueb_contracted.uti"),  # and UEB_MODIFIERS
    "ur-pk-g1.utb": Path(__file__).with_name("ur_punctuation.uti"),
    "gu-in-g1.utb": Path(__file__).with_name("gu_bharati.uti"),
    "pa.tbl": Path(__file__).with_name("pa_bharati.uti"),
    "cy-cy-g1.utb": Path(__file__).with_name("cy_back_translation.uti"),
    "cy-cy-g2.ctb": Path(__file__).with_name("cy_back_translation.uti"),
}
# liblouis's Welsh tables, uncontracted and contracted: they read back what they write less
# surely than the others (cy_back_translation.uti, _read_welsh_number, _welsh_letters,
# as_printed).
WELSH_TABLES = frozenset({"cy-cy-g1.utb", "cy-cy-g2.ctb"})
# The letters ueb_modifiers.uti writes with each transcriber-defined modifier.
TRANSCRIBER_MODIFIERS = {
    "first": ("a dot above", set("żŻėĖġĠ")),
    "second": ("an ogonek under", set("ąĄęĘįĮųŲ")),
}
_ADDRESS = contact_pattern(("email", "web"))


def table_name(table: str) -> str:
    """The liblouis table as people know it: "en-ueb-g2.ctb", not the list it is read with."""
    return table.split(",")[0]


def table_for(lang: str, grade: int) -> str:
    """The liblouis table of a language's row (never en-ueb for another script: its escapes hold
    dot 7, which BRF cannot carry); grade 2 where the row has a contracted table, with what
    TABLE_ADDITIONS adds to it."""
    row = find_language(lang)
    if row is None:
        known = ", ".join(sorted(r.code for r in LANGUAGES))
        raise LeafletError(f"no braille table for language '{lang}': braille is made for {known}")
    table = row.contracted_braille_table if grade == 2 else ""
    table = table or row.braille_table
    return f"{table},{TABLE_ADDITIONS[table]}" if table in TABLE_ADDITIONS else table


ENGLISH_TABLES = {grade: table_for("en", grade) for grade in (1, 2)}


@cache
def is_defined(table: str, cluster: str) -> bool:
    """Whether the table has braille for a character (with the letter a combining mark sits on).

    liblouis writes an escape for an undefined character, which `noUndefined` drops instead: the
    two outputs differ exactly when something is undefined.
    """
    if cluster.isspace():
        return True
    full = louis.translateString([table], cluster, None, DOTS_MODE)
    kept = louis.translateString([table], cluster, None, DOTS_MODE | louis.noUndefined)
    return bool(kept) and full == kept


def _undefined_in_clusters(text: str, table: str):
    """Each character the table lacks, a combining mark tested with its letter and the marks
    before it that the table has: a mark after one it lacks is not itself lacking (Gujarati
    'ફ઼ોન' had its nukta's 'ો' named too, and every 'ો' of its paragraph, 'પ્રશ્નો', brailled
    as the name)."""
    cluster = ""
    for i, char in enumerate(text):
        if i and unicodedata.category(char).startswith("M"):
            if is_defined(table, cluster + char):
                cluster += char
            else:
                yield char
        else:
            cluster = char
            if not is_defined(table, char):
                yield char


def undefined_characters(text: str, table: str) -> list[str]:
    """Characters of `text` the table has no braille for, in order of first appearance."""
    distinct = dict.fromkeys(text)
    if not any(unicodedata.category(c).startswith("M") for c in distinct):
        return [c for c in distinct if not is_defined(table, c)]
    return list(dict.fromkeys(_undefined_in_clusters(text, table)))


def stand_in(char: str, table: str) -> str:
    """What the braille shows for a character its table lacks: its name, or at least a mark.

    The checker reports every such character, so nothing is dropped or escaped silently.
    """
    name = f"[{unicodedata.name(char, 'unknown character').lower()}]"
    for candidate in (name, "?"):
        if all(is_defined(table, c) for c in candidate):
            return candidate
    return " "


# ---- what is laid out ----------------------------------------------------------------------


@dataclass
class Segment:
    """A run of a unit's print text in one table, with liblouis typeforms per character."""

    text: str
    table: str
    typeform: list[int]
    addresses: list[tuple[int, int]] = field(default_factory=list)  # print ranges, no_contract
    undefined: list[str] = field(default_factory=list)  # characters the table has no braille for


@dataclass
class Unit:
    """One block as the layout sees it: its text, indents and how it keeps to its neighbours."""

    segments: list[Segment]
    role: str = "text"  # text | heading | note | foreign | identity
    first_indent: int = 0
    runover_indent: int = 0
    centred: bool = False
    boxed: bool = False
    # a box round several units (a notice and the signs it lists) opens on its first and
    # closes on its last
    box_top: bool = True
    box_bottom: bool = True
    blank_before: bool = False
    blank_after: bool = False
    keep_with_next: bool = False
    keep_together: bool = False
    lang: str = "en"

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)


@dataclass
class Line:
    """A braille line as embossed (no trailing blanks), the print it came from and its table;
    where it changes code (a UEB item holding an Urdu run), its words as (table, cells) runs."""

    cells: str
    print_text: str = ""
    table: str = ""
    lang: str = ""
    runs: tuple[tuple[str, str], ...] = ()


@dataclass
class Page:
    number: int
    lines: list[Line]  # line 1 first; blank lines are Line("")


@dataclass(frozen=True)
class Transcription:
    """What page 1 says about the transcription itself: when it was made, how many pages."""

    produced: date
    pages: int


@dataclass(frozen=True)
class LayoutChoices:
    grade: int = 2
    cells_per_line: int = 40
    lines_per_page: int = 25
    paragraphs: str = "blocked"  # blocked | indented
    page_numbers: str = "top-right"  # top-right | bottom-right | none
    notice: str = "boxed"  # boxed | plain
    uncontracted_addresses: bool = True


# ---- from the model to units -----------------------------------------------------------------


def _segments(spans: Inline, default_lang: str, choices: LayoutChoices) -> list[Segment]:
    """Spans grouped into runs of one table; bold and addresses become liblouis typeforms."""
    segments: list[Segment] = []
    text_so_far = ""
    block_table = table_for(default_lang, choices.grade)
    for span, quoted in zip(spans, _quotation_marks_kept([s.text for s in spans]), strict=True):
        text = re.sub(r"\s+", " ", quoted)
        if text_so_far.endswith(" ") or not text_so_far:
            text = text.lstrip(" ")
        text = normalise_apostrophes(text).translate(_QUOTES_BACK)
        table, uncontracted = _table_for_run(span.lang, text, default_lang, block_table, choices)
        lang = span.lang or default_lang
        for piece, piece_table in _latin_runs_apart(text, table, lang, choices):
            text_so_far += _add_run(segments, piece, piece_table, uncontracted, span, choices)
    if segments:  # a spaced hyphen across span edges is still a dash; lengths are kept
        for segment in segments:
            segment.text = normalise_dashes(segment.text)
        segments[-1].text = segments[-1].text.rstrip(" ")
        del segments[-1].typeform[len(segments[-1].text) :]
    return [s for s in segments if s.text.strip()]


# Curly single quotes that open and close a quotation ("The nurse said: ‘Keep them cool.’") are
# kept as quotation marks through the apostrophes' normalising, as stand-ins from Unicode's
# private use area, and put back after it.
_OPENING_QUOTE, _CLOSING_QUOTE = "\ue000", "\ue001"
_QUOTES_BACK = str.maketrans({_OPENING_QUOTE: "\u2018", _CLOSING_QUOTE: "\u2019"})
_OPENS = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))\u2018(?=[^\W_]|[\u201c\"])", re.UNICODE)
# (never after an s: liblouis writes "s’" as the plural's apostrophe, ⠎⠄, whatever follows)
_CLOSES = re.compile(r"(?<=[^\ss])\u2019(?![^\W_])")


def _quotation_marks_kept(texts: list[str]) -> list[str]:
    """A block's span texts with each curly single quotation mark pair kept as quotes: UEB
    has single quotation marks (⠠⠦ ... ⠠⠴), but every ‘ and ’ had been made an apostrophe, so
    "‘Nil by mouth’ means no food or drink" was brailled ⠄⠠⠝⠊⠇ ... ⠍⠳⠹⠄, the quotation read
    as two apostrophes. A ‘ opening a word opens one; it closes at the first ’ ending a word
    after it that punctuation or the paragraph's end follows, or else at the first ’ ending a
    word, never one after an s ("patients’ notes" keeps its apostrophe). Where no ’ closes it
    ("‘yes’."), the ‘ is an apostrophe as before."""
    joined = "".join(texts)
    chars = list(joined)
    at = 0
    while (opening := _OPENS.search(joined, at)) is not None:
        following = _OPENS.search(joined, opening.end())
        end = following.start() if following else len(joined)
        closing = [m.start() for m in _CLOSES.finditer(joined, opening.end(), end)]
        if closing:
            stops = [i for i in closing if i + 1 == len(joined) or joined[i + 1] in ".,;:!?)\u201d"
                     or joined[i - 1] in ".,;:!?"]
            chars[opening.start()] = _OPENING_QUOTE
            chars[(stops or closing)[0]] = _CLOSING_QUOTE
        at = opening.end()
    kept = "".join(chars)
    parts, start = [], 0
    for text in texts:
        parts.append(kept[start : start + len(text)])
        start += len(text)
    return parts


# A run of Latin letters (with the signs a name, number or address has inside it: "NHS 111",
# "Stroke Unit", "www.nhs.uk", "COVID-19") in text of another script, and the figures joined to
# its first letter, one word with it ("500mg", "8am": the figure had been brailled in the
# paragraph's code and the unit in UEB after a note).
_LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_SIGNS_INSIDE = "'.@/:_~?=&%#+-"
_LATIN_RUN = re.compile(
    f"(?:(?<![0-9.,:])[0-9]+(?:[.,:][0-9]+)*)?"
    f"[{_LATIN_LETTER}](?:[{_LATIN_LETTER}0-9{_SIGNS_INSIDE}]|[ ,](?=[{_LATIN_LETTER}0-9]))*"
)


def _latin_runs_apart(
    text: str, table: str, lang: str, choices: LayoutChoices
) -> list[tuple[str, str]]:
    """A run in another script's braille cut at its English words, each Latin run in UEB (the
    other-script codes write Latin letters in cells of their own letters: 'Stroke Unit' in a
    Punjabi paragraph read 'ਸਤਰੋਕੇ ਉਨਿਤ', and 'NHS' in an Arabic one 'ّّنهس', its capital signs
    read as shaddas). _other_codes_announced then says where the code changes, as it does for
    another code inside UEB (Rules of UEB 14.1.1, 3.27)."""
    row = find_language(lang)
    if table_name(table) in WELSH_TABLES:
        return _addresses_apart(text, table, choices)
    if table.startswith("en-ueb") or row is None or row.script == "Latin":
        return [(text, table)]
    ueb = table_for("en", choices.grade)
    pieces: list[tuple[str, str]] = []
    at = 0
    latin = [
        (_measure_start(text, run.start()), run.start() + len(run[0].rstrip(_SIGNS_INSIDE)))
        for run in _LATIN_RUN.finditer(text)  # (a stop after it is the sentence's)
    ]
    spans = latin + _figures_in_ueb(text, table)
    for start, end in _joined(spans + _range_openings(text, spans)):
        pieces += [(text[at:start], table), (text[start:end], ueb)]
        at = end
    pieces.append((text[at:], table))
    return [(piece, piece_table) for piece, piece_table in pieces if piece]


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans to write in UEB, those that overlap or meet made one ("Level 16.6" is one run): the
    Latin run 'C-8' of an Urdu '2°C-8°C' took in '2°' and the run 'C' after it '8°', and both
    were written, '2°C-88°C', a temperature brailled wrong."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


# A range's first figure, with its sign or Latin unit, and its dash, before a figure: "2°C-",
# "2–", "4.0 - ", "250mg-"
_RANGE_OPENING = re.compile(
    r"(?<![0-9.,:\-\u2013])[0-9]+(?:[.,][0-9]+)?"
    r"(?: ?(?:\u00b0 ?[CF]?|%|[A-Za-z]+(?:/[A-Za-z]+)*))? ?[-\u2013] ?(?=[0-9])"
)


def _range_openings(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each range's first figure and dash whose end is written in UEB ("2–" of "(2–8°C)", "15-"
    of an Urdu "15-20%"), to go with it: a Punjabi '(2–8°C)' had '2–' in Punjabi braille, then
    'English braille: 8°C', one range in two codes with a note inside it."""
    starts = {start for start, _ in spans}
    return [
        (opening.start(), opening.end())
        for opening in _RANGE_OPENING.finditer(text)
        if opening.end() in starts
    ]


# A figure, with a sign and a space after it, just before a run of Latin letters
_FIGURE_BEFORE = re.compile(r"(?<![0-9.,:])[0-9]+(?:[.,:][0-9]+)*(?: ?[\u00b0\u2030%])? ?$")


def measure_starts(text: str, start: int) -> int | None:
    """Where the figure of a measure starts whose Latin unit starts at `start` ("37" of
    "37°C", "4" of "4 mmol/L"), or None: the figure, a degree sign and its scale, or a figure
    and a unit print keeps with it (NUMBER_AND_UNIT)."""
    figure = _FIGURE_BEFORE.search(text, 0, start)
    if figure is None:
        return None
    if "\u00b0" in figure[0] and re.match(r"[CF](?![A-Za-z])", text[start:]):
        return figure.start()
    measure = NUMBER_AND_UNIT.match(text, figure.start())
    return figure.start() if measure and measure.end() > start else None


def _measure_start(text: str, start: int) -> int:
    """A Latin run's start, taking in the figure of its measure: '37°C' and '4 mmol/L' in a
    Punjabi line had the figure (and degree sign) in Punjabi braille, the 'C' or 'mmol/L' in
    UEB after a note, one measure read in two codes ('੩੭°', then 'C')."""
    figure = measure_starts(text, start)
    return start if figure is None else figure


# A figure, with the degree or percent sign after it ("16.6", "1,500", "38°C", "20%")
_FIGURE = re.compile(r"(?<![0-9.,:])[0-9]+(?:[.,:][0-9]+)*(?:\s?[%\u00b0\u2030])?")


def _figures_in_ueb(text: str, table: str) -> list[tuple[int, int]]:
    """Where a figure has a sign its table cannot write, the figure and the English unit after
    it ("16.6 mmol/L", "38°C", "20%"), to be written in UEB as English in the line is: Urdu
    braille's table has no decimal point, degree or percent sign, and "16.6 mmol/L" had been
    brailled "16 6" (16, 6 or 166?). UEB writes each, and every reader of UK braille reads it."""
    found = []
    for figure in _FIGURE.finditer(text):
        if all(is_defined(table, c) for c in figure[0]):
            continue
        end = figure.end()
        unit = _LATIN_RUN.match(text, end) or (
            text[end : end + 1] == " " and _LATIN_RUN.match(text, end + 1)
        )
        if unit:
            end = unit.start() + len(unit[0].rstrip(_SIGNS_INSIDE))
        found.append((figure.start(), end))
    return found


def _addresses_apart(text: str, table: str, choices: LayoutChoices) -> list[tuple[str, str]]:
    """A Welsh run with each web and e-mail address in UEB, announced as English runs are.
    liblouis's Welsh tables write an address ("www.", "://", "@", ".uk") in computer braille,
    whose capitals and "@" take dot 7: "e-bostiwch Clinig.Toriadau@wales.nhs.uk" stopped the
    Welsh leaflet's braille with a traceback, a BRF holding six dots only, and an address in
    small letters read back without its dots ("wwwbipcaerdyddcymrunhsuk"). UEB writes an
    address in six dots, uncontracted, as an English leaflet's, which every UK reader reads; so
    too a file's name the Welsh table would write in eight dots ("Ffurflen.doc")."""
    ueb = table_for("en", choices.grade)
    pieces: list[tuple[str, str]] = []
    at = 0
    found = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    found += [
        (m.start(), m.end())
        for m in _DOTTED_NAME.finditer(text)
        if not any(lo <= m.start() < hi for lo, hi in found) and _in_eight_dots(m[0], table)
    ]
    for start, end in sorted(found):
        pieces += [(text[at:start], table), (text[start:end], ueb)]
        at = end
    pieces.append((text[at:], table))
    return [(piece, piece_table) for piece, piece_table in pieces if piece]


# A name with a dot inside it ("Ffurflen.doc"), which liblouis's Welsh tables also write in
# computer braille when it ends as a file or domain does (their "literal" rules: .doc, .txt, .jpg)
_DOTTED_NAME = re.compile(r"[^\W_][\w-]*(?:\.[^\W_][\w-]*)+")


def _in_eight_dots(text: str, table: str) -> bool:
    """Whether the table writes `text` with dot 7 or 8, which no BRF carries."""
    cells = louis.translateString(table.split(","), text, None, DOTS_MODE)
    return any(ord(cell) >= 0x2840 for cell in cells)


def _add_run(
    segments: list[Segment],
    text: str,
    table: str,
    uncontracted: bool,
    span: Span,
    choices: LayoutChoices,
) -> str:
    """A run of one span in one table added to the segments (a new one where the table changes):
    its signs as that table can write them, bold and addresses as typeforms. Returns the text
    added."""
    text = colour_signs_in_words(text)  # (a plain circle would lose its colour)
    text = with_plainer_signs(text, lambda char, table=table: is_defined(table, char))
    text = "".join(
        SIGN_WORDS[c] if c in SIGN_WORDS and not is_defined(table, c) else c for c in text
    )
    undefined = undefined_characters(text, table)
    text = "".join(c if c not in undefined else stand_in(c, table) for c in text)
    if not text:
        return ""
    bold = span.strong and (table.startswith("en-ueb") or reads_its_bold(table, text))
    emphasis = louis.bold if bold else louis.plain_text
    if uncontracted:
        emphasis |= louis.no_contract
    if not segments or segments[-1].table != table:
        segments.append(Segment("", table, []))
    segment = segments[-1]
    segment.undefined.extend(c for c in undefined if c not in segment.undefined)
    start = len(segment.text)
    segment.text += text
    segment.typeform.extend([emphasis] * len(text))
    if choices.uncontracted_addresses:
        for lo, hi in _address_ranges(text, span.href):
            segment.addresses.append((start + lo, start + hi))
            for i in range(start + lo, start + hi):
                segment.typeform[i] |= louis.no_contract
    return text


@cache
def reads_its_bold(table: str, text: str) -> bool:
    """Whether another code's table writes bold `text` in signs that read back as the words
    alone. Gujarati's and Punjabi's tables put English braille's bold indicator (dots 456-46)
    before each word, which their readers read as letters ('ળ.'), and Arabic's its dots 456,
    which it cannot read back ("تحدثي" in bold read '456 twhdthi'): there the words are
    brailled plain, intact, as a braillist leaves out an emphasis the code cannot show."""
    plain = louis.translateString(table.split(","), text, None, DOTS_MODE)
    bold = louis.translate(table.split(","), text, [louis.bold] * len(text), mode=DOTS_MODE)[0]
    return bold == plain or back_translate(bold, table) == back_translate(plain, table)


def _address_ranges(text: str, href: str | None) -> list[tuple[int, int]]:
    """Where web and e-mail addresses stand in a run: a link's own address wherever it is
    written out (the words of "the NHS website" stay contracted), and any address in the text."""
    ranges = [m.span() for m in _ADDRESS.finditer(text)]
    address = link_address(href) if href else ""
    at = text.lower().find(address.lower()) if address else -1
    if at >= 0:
        ranges.append((at, at + len(address)))
    return ranges


def _table_for_run(
    lang: str | None, text: str, default_lang: str, block_table: str, choices: LayoutChoices
) -> tuple[str, bool]:
    """The table for a run of text, and whether it is to stay uncontracted.

    A run tagged with another language inside English text is foreign material in English
    context: UEB signs, no contractions (Rules of UEB 13.2.1, 13.5), so a UEB reader reads every
    letter, accented ones with UEB modifiers. A run UEB cannot write (another script) keeps its
    own language's table instead.
    """
    own = table_for(lang or default_lang, choices.grade)
    if (
        lang
        and block_table.startswith("en-ueb")
        and primary_language(lang) != "en"
        and not undefined_characters(text, block_table)
    ):
        return block_table, True
    return own, False


def _list_marker(ordered: bool, number: int, table: str) -> str:
    """The item's marker in signs the leaflet's table has: UEB's bullet, or the dash a code without
    a bullet sign (Polish braille) uses to open list items."""
    if ordered:
        return f"{number}. "
    for marker in ("\u2022", "\u2013", "-"):
        if is_defined(table, marker):
            return f"{marker} "
    return ""


def _english(text: str) -> Inline:
    """Words the pipeline adds (labels, identity lines): English in any leaflet."""
    return (Span(text, lang="en"),)


def _labelled_blanks(spans: Inline) -> Inline:
    """A fill-in field as a labelled blank, "(blank: seconds)" or "Date issued: (blank)",
    never a row of dots."""
    return tuple(
        Span(
            f"{span.text} (blank)"
            if labels_first(span.text)
            else f"(blank: {span.text})"
            if span.text.strip()
            else BLANK_CELL,  # its label said by its row or column (html_render.named_once)
            span.strong,
            None,
            span.lang,
        )
        if span.field
        else span
        for span in spans
    )


def code_name(lang: str, grade: int) -> str:
    """The braille code as a reader knows it: "Unified English Braille, grade 2 (contracted)"."""
    table = table_name(table_for(lang, grade))
    if table.startswith("en-ueb"):
        kind = "contracted" if grade == 2 else "uncontracted"
        return f"Unified English Braille, grade {grade} ({kind})"
    return f"{language_name(lang)} braille ({table.rsplit('.', 1)[0]})"


def identification(leaflet: Leaflet, choices: LayoutChoices, made: Transcription) -> list[str]:
    """The transcription's own identification, below the title on page 1 as UK producers set it
    (UKAAF B004 section 4; RNIB Braillists' Manual, title page and leaflets): the code and grade,
    who produced it, when, and how many braille pages it runs to."""
    pages = f"{made.pages} braille page{'s' if made.pages != 1 else ''}"
    return [
        f"{code_name(leaflet.meta.language, choices.grade)}",
        f"Transcribed by {leaflet.trust.organisation}, {made.produced:%B %Y}",
        pages,
    ]


def units_of(
    leaflet: Leaflet, choices: LayoutChoices, made: Transcription | None = None
) -> list[Unit]:
    """The leaflet as units in braille reading order: identity, body, then the back matter."""
    made = made or Transcription(date.today(), 1)
    lang = leaflet.meta.language
    meta = leaflet.meta
    units: list[Unit] = []

    def add(spans: Inline, block_lang: str | None = None, **layout) -> Unit | None:
        segments = _segments(_labelled_blanks(spans), block_lang or lang, choices)
        if not segments:
            return None
        if layout.get("role") == "note":
            _between_note_indicators(segments)
        else:
            block_table = table_for(block_lang or lang, choices.grade)
            segments = _other_codes_announced(
                segments, spans, block_table, leaflet, choices, layout.get("role", "text")
            )
        unit = Unit(segments, lang=block_lang or lang, **layout)
        units.append(unit)
        return unit

    # Identity first: title centred as the main heading, then number, department, organisation.
    add((Span(meta.title),), role="heading", centred=True, blank_after=True, keep_with_next=True)
    identity = [
        _english(f"Leaflet {meta.number}, version {meta.version}"),
        # the department, audience and trust's name each in the code of its language, as the
        # page tags them and the recording says them (a Welsh leaflet's "Children's Ward" had
        # been brailled by the Welsh tables; "Bwrdd Iechyd Prifysgol Hywel Dda" is Welsh)
        (Span(meta.department, lang=front_line_tag(meta.department, lang)),),
        (Span(leaflet.written_by, lang=primary_language(organisation_language(leaflet))),),
        # the pipeline's default audience is English
        (Span(meta.audience, lang=meta.audience_lang or front_line_tag(meta.audience, lang)),),
        _english("; ".join(
            f"{label if at == 0 else label.lower()} {when}"
            for at, (_, label, when) in enumerate(meta.dates)
        )),
    ]
    for group in ([_english(line) for line in identification(leaflet, choices, made)], identity):
        # the identification first, so page 1 holds it at any size
        added = [add(spans, role="identity", runover_indent=2) for spans in group]
        units[-1].blank_after = True
        _one_note_for_each_run([unit for unit in added if unit is not None], choices)

    for block in leaflet.blocks:
        _add_block(block, add, choices, lang, leaflet)
    for block in _back_matter(leaflet):
        _add_block(block, add, choices, lang, leaflet)
    note = _transcribers_note(units)
    if note:
        at = max(i for i, unit in enumerate(units) if unit.role == "identity")
        units.insert(at + 1, transcribers_note_unit(note, choices, blank_after=True))
    return units


def _other_codes_announced(
    segments: list[Segment],
    spans: Inline,
    block_table: str,
    leaflet: Leaflet,
    choices: LayoutChoices,
    role: str = "text",
) -> list[Segment]:
    """A run in another braille code inside a line, opened by a transcriber's note naming its
    code and, where the line goes on in the line's own code, closed by one (Rules of UEB 14.1.1,
    3.27): an item "Urdu: مجھے ..." in UEB, and the other way, English in a Punjabi, Gujarati,
    Urdu or Arabic paragraph ("... Stroke Unit ਵਿੱਚ ...", "NHS 111" in Arabic), written in UEB
    after "English braille:" and back in the paragraph's code after "end of English braille".
    With nothing to say the code had changed, each reader read the other code's cells as their
    own. A run ending its line is closed too, as the code a note opens holds until a note ends
    it: an Arabic item ending on "mmol/L", left open, had the items after it read in UEB
    ('أعلى' as 'stoflo'), and an English line ending on another script ("Ask for an
    interpreter: اردو", a list of "Urdu: اردو", "Gujarati: ગુજરાતી" items) had the line after it
    read in that script's code, "Do not bring a child to interpret" read as Urdu. A line wholly
    in another code (a heading in Urdu in an English leaflet) is opened and closed so; it had
    been brailled in Urdu braille with no note at all. A paragraph tagged wholly in another
    language has its note before it instead (_add_block). The title page's lines wholly in
    another code are opened alone, closed with the run they make (_one_note_for_each_run: a
    Welsh leaflet's "Transcribed by ..." and "Last reviewed ..." had been UEB with nothing to
    say so, read by a Welsh reader as Welsh braille)."""
    if all(s.table == block_table for s in segments):
        return segments
    announced: list[Segment] = []
    # a run ending the line is closed too, whichever code it is in: the next line is in the
    # line's own code (a title-page line wholly in another code is closed, or not, with the
    # lines after it by _one_note_for_each_run)
    closed_at_its_end = role != "identity"
    for index, segment in enumerate(segments):
        if segment.table == block_table:
            announced.append(segment)
            continue
        lang = next(
            (s.lang for s in spans if s.lang and table_for(s.lang, choices.grade) == segment.table),
            None,
        ) or next(
            (row.code for row in LANGUAGES if table_for(row.code, choices.grade) == segment.table),
            None,
        )
        name = _language_name(lang, leaflet) if lang else table_name(segment.table)
        # a note opening straight after a word of the line's code is set apart from it (Arabic's
        # 'و', and, joined to "8pm", had been read with the note as one word)
        before = announced[-1].text[-1:] if announced else " "
        joined = unicodedata.category(before or " ")[0] in "LMN"
        announced.append(_note_segment(f"{name} braille:", " " if joined else "", " ", choices))
        announced.append(segment)
        if index < len(segments) - 1 or closed_at_its_end:
            # the run's own space after it is the note's ('Picture: ' had been closed by
            # 'Picture:  end of English braille' joined to the next word)
            ending = segment.text[len(segment.text.rstrip(" ")) :]
            if ending and segment.text.strip():
                segment.text = segment.text[: -len(ending)]
                del segment.typeform[len(segment.text) :]
            announced.append(_note_segment(f"end of {name} braille", " ", ending, choices))
    return announced


def _opening_note(unit: Unit) -> str | None:
    """The code a line wholly in another code is announced in ("English" of "English braille:"
    before a Welsh leaflet's "Transcribed by ..."), or None for a line in its own code."""
    if len(unit.segments) != 2:
        return None
    said = unit.segments[0].text.strip()
    noted = any(form & louis.emph_5 for form in unit.segments[0].typeform)
    return said.removesuffix(" braille:") if noted and said.endswith(" braille:") else None


def _one_note_for_each_run(lines: list[Unit], choices: LayoutChoices) -> None:
    """Title-page lines one after another, each wholly in another code (a Welsh leaflet's
    "Leaflet 9002, version 1" and "Children's Ward" in UEB), under one note: the code a note
    announces holds until a note ends it, so the run is closed before a line in the leaflet's
    own code ("Bwrdd Iechyd Prifysgol Hywel Dda" had been read on in UEB), and a line going on in
    the code in force is not announced again."""
    codes = [_opening_note(unit) for unit in lines]
    for at, (unit, code) in enumerate(zip(lines, codes, strict=True)):
        if code is None:
            continue
        if at and codes[at - 1] == code:
            del unit.segments[0]
        if at + 1 < len(lines) and codes[at + 1] != code:
            unit.segments.append(_note_segment(f"end of {code} braille", " ", "", choices))


def _note_segment(words: str, before: str, after: str, choices: LayoutChoices) -> Segment:
    """Transcriber's note words inside a line, between their indicators, with the spaces that
    part them from the text around them outside the indicators."""
    table = table_for("en", choices.grade)
    text = f"{before}{words}{after}"
    forms = [louis.plain_text] * len(before) + [louis.emph_5] * len(words)
    return Segment(text, table, forms + [louis.plain_text] * len(after))


def transcribers_note_unit(text: str, choices: LayoutChoices, **layout) -> Unit:
    """Words the transcriber adds, between UEB's transcriber's note indicators (Rules of UEB
    3.27: liblouis writes them for its `transnote` emphasis class)."""
    return Unit(_between_note_indicators(_segments(_english(text), "en", choices)), role="note",
                **layout)


def _between_note_indicators(segments: list[Segment]) -> list[Segment]:
    for segment in segments:
        segment.typeform = [form | louis.emph_5 for form in segment.typeform]
    return segments


def other_code_note(name: str) -> str:
    """What a UEB reader is told before a passage in another braille code: the language and its
    code, and that the passage is the next paragraph (Rules of UEB 13.6.1, 14.1.1; the passage
    is a paragraph of its own, so its extent is clear from the layout, 13.7.2 and 14.3.7)."""
    return f"Next paragraph: {name} in {name} braille"


def _transcribers_note(units: list[Unit]) -> str:
    """What the transcriber-defined modifiers in this braille stand for (Rules of UEB 4.2: each
    one used is explained to the reader), or nothing when none is used."""
    ueb_text = "".join(
        segment.text
        for unit in units
        for segment in unit.segments
        if segment.table.startswith("en-ueb")
    )
    meanings = [
        f"the {which} transcriber-defined modifier means {mark} the letter that follows, as in "
        + ", ".join(sorted(letters & set(ueb_text)))
        for which, (mark, letters) in TRANSCRIBER_MODIFIERS.items()
        if letters & set(ueb_text)
    ]
    return f"{'; '.join(meanings).capitalize()}." if meanings else ""


def _back_matter(leaflet: Leaflet) -> tuple[Block, ...]:
    """The trust's closing parts; config writes them in English, whatever the leaflet's
    language: in a leaflet in another language each is a paragraph in English, in UEB after a
    transcriber's note (a Polish leaflet's 'Health information and support ...' had been UEB
    after Polish braille with nothing to say the code had changed)."""
    english = primary_language(leaflet.meta.language) == "en"
    blocks = []
    for block in leaflet.back_matter():
        if isinstance(block, Paragraph) and block.lang is None:
            block = Paragraph(
                tuple(Span(s.text, s.strong, s.href, s.lang or "en") for s in block.spans),
                None if english else "en",
            )
        blocks.append(block)
    return tuple(blocks)


def _language_name(lang: str, leaflet: Leaflet) -> str:
    for translation in leaflet.trust.translations:
        if primary_language(translation.lang) == primary_language(lang):
            return translation.language_name
    return language_name(lang)


def language_name(lang: str) -> str:
    """The English name of a language tag's row, or the tag of a language not in the table."""
    row = find_language(lang)
    return row.english_name if row else lang


def _add_block(block: Block, add, choices: LayoutChoices, lang: str, leaflet: Leaflet) -> None:
    paragraph = {"blank_before": True} if choices.paragraphs == "blocked" else {"first_indent": 2}
    if isinstance(block, Heading):
        # Blocked in cell 5 (a subheading in cell 7): in a layout where paragraphs start in cell 1
        # (blocked) or cell 3 (indented), a heading is told apart by where it starts.
        indent = SUBHEADING_INDENT.get(block.level, SUBHEADING_INDENT[3])
        add(
            with_addresses(block.spans),
            role="heading",
            first_indent=indent,
            runover_indent=indent,
            blank_before=True,
            blank_after=True,
            keep_with_next=True,
        )
    elif (
        isinstance(block, Paragraph)
        and block.lang
        and primary_language(block.lang) != primary_language(lang)
    ):
        # Another braille code: a transcriber's note names the language and its code first.
        name = _language_name(block.lang, leaflet)
        add(_english(other_code_note(name)), role="note", blank_before=True, keep_with_next=True)
        add(
            block.spans,
            block.lang,
            role="foreign",
            runover_indent=0,
            keep_together=True,
            blank_after=True,  # the passage ends with its paragraph (Rules of UEB 13.7.2)
        )
    elif isinstance(block, Paragraph):
        add(with_addresses(block.spans), block.lang, **paragraph)
    elif isinstance(block, ListBlock):
        first = True
        for number, item in zip(block.item_numbers(), block.items, strict=True):
            marker = Span(_list_marker(block.ordered, number, table_for(lang, choices.grade)))
            spans = (marker, *with_addresses(item))
            unit = add(spans, runover_indent=2, blank_before=first, keep_together=False)
            first = first and unit is None
    elif isinstance(block, Image):
        if block.alt.strip():  # the label is the pipeline's English, the words the author's
            add((*_english("Picture: "), Span(block.alt)), **paragraph)
    elif isinstance(block, DescribedPicture):
        add((*_english("Picture: "), Span(block.description)), **paragraph)
    elif isinstance(block, Table):
        _add_table(block, add, table_for(lang, choices.grade))
    elif isinstance(block, Notice):
        boxed = choices.notice == "boxed"
        items = block.items
        paragraphs = list(block.paragraphs)
        if not block.says_its_label:  # its kind, as print heads the box and the audio says it
            # (a '[!WARNING]' box had read as its words alone, a warning no different from a note),
            # in the leaflet's own word for it where its language has one
            label, label_lang = block.label_in(lang)
            own = primary_language(label_lang) == primary_language(lang)
            paragraphs[0] = (Span(f"{label}: ", True, None, None if own else label_lang),
                             *paragraphs[0])
        for index, paragraph in enumerate(paragraphs):  # each its own, in the one box
            last = index == len(paragraphs) - 1 and not items
            add(
                with_addresses(paragraph),
                boxed=boxed,
                box_top=index == 0,
                box_bottom=last,
                blank_before=index == 0,
                blank_after=last,
                keep_together=True,
                keep_with_next=not last,
            )
        marker = Span(_list_marker(False, 0, table_for(lang, choices.grade)))
        for index, item in enumerate(items):  # each sign listed inside the same box
            last = index == len(items) - 1 and not block.after
            add(
                (marker, *with_addresses(item)),
                boxed=boxed,
                box_top=False,
                box_bottom=last,
                runover_indent=2,
                blank_after=last,
                keep_together=True,
                keep_with_next=not last,  # the box whole on one page where it fits
            )
        if items and block.after:  # its words after the list close the box
            add(
                with_addresses(block.after),
                boxed=boxed,
                box_top=False,
                blank_after=True,
                keep_together=True,
            )


BLANK_CELL = "(blank)"  # a blank to fill in whose label its row or column says
_SENTENCE_END = re.compile(r"[.!?\u06d4\u061f\u0964]\s*$")  # Urdu's and Punjabi's stops too
SEMICOLONS = (";", "\u061b")


def _entry_separator(table: str) -> str:
    """The semicolon that parts a linear table's entries, as the leaflet's code writes one: Urdu
    braille has only Arabic script's (؛), and ';' had been brailled as a blank, an Urdu row's
    medicine run into its dose ("پیراسیٹامول  2 گولیاں")."""
    return next((sign for sign in SEMICOLONS if is_defined(table, sign)), ",")


def _add_table(table: Table, add, own_table: str) -> None:
    """A table in linear table format (BANA Braille Formats 2016, 11.17, as UK producers use it
    for tables too wide for columns): a transcriber's note gives the column headings in the
    order of the entries, then each row is a paragraph in cells 1-3, its first entry followed by
    a colon and the others separated by semicolons. A blank line before and after sets the table
    apart from the text (11.2), and a table that fits on a braille page is not divided between
    pages (Braille Formats 1997, rule 8.2a)."""
    headings = [plain_text(cell) or "(no heading)" for cell in table.header]
    heading_cells = [
        cell if plain_text(cell) else _english("(no heading)") for cell in table.header
    ]
    semicolon = _entry_separator(own_table)
    # a dash in the leaflet's own code, its hyphen where it has no dash (Urdu), else UEB's:
    # a dash marked English had "English braille: ... end of English braille" round each
    dash = next((sign for sign in (EMPTY_CELL, "-") if is_defined(own_table, sign)), "")
    empty = (Span(dash),) if dash else _english(EMPTY_CELL)
    rows = f"{len(table.rows)} row{'s' if len(table.rows) != 1 else ''}"

    def note(*parts: str | Inline, **layout) -> None:
        """The transcriber's words on the table (str), with the leaflet's own in them (Inline,
        its column headings): one transcriber's note in a leaflet in UEB. In a leaflet in another
        code the leaflet's words are in its code and only the pipeline's are UEB, announced as
        English braille as a label is: an Urdu table's headings had been put in UEB, which has
        no Urdu letters ('[arabic letter waw][arabic letter qaf]...'), and a Polish table's read
        by a Polish reader as Polish braille."""
        if own_table.startswith("en-ueb"):
            said = "".join(part if isinstance(part, str) else plain_text(part) for part in parts)
            add(_english(said), role="note", **layout)
            return
        spans = [span for part in parts if part
                 for span in (_english(part) if isinstance(part, str) else part)]
        add(tuple(spans), **layout)

    def listed(first: str) -> list[Inline]:
        """The headings as the rows part their entries, after `first` ("a: b; c")."""
        parts: list[Inline] = []
        for index, cell in enumerate(heading_cells):
            if index:
                parts.append((Span(first if index == 1 else f"{semicolon} "),))
            parts.append(cell)
        return parts

    if table.lines_to_write_on:  # one space for notes, never a line of nothing each
        said = table.space_said
        lines = f", {table.lines_said} in print"
        heading = plain_text(table.header[0]).strip(" :")
        if own_table.startswith("en-ueb") or not heading or heading not in said:
            note(f"{said[0].upper()}{said[1:]}{lines}", blank_before=True, blank_after=True)
        else:  # the leaflet's heading last, so the note's English is one run
            note(f"A space to write in{lines}, headed: ", (Span(heading),), blank_before=True,
                 blank_after=True)
        return
    if table.to_fill_in:  # a record's empty rows, what to write ("none: none; none" before)
        note(
            f"Table to fill in, with {len(table.rows)} empty {rows.split()[1]}, columns: ",
            *listed(f"{semicolon} "),
            blank_before=True,
            blank_after=True,
        )
        return
    note(
        f"Table of {rows} in linear format: ",
        *listed(": "),
        blank_before=True,
        keep_with_next=True,
    )
    # a column of sentences before another column: each cell named by its column, as large
    # print and the audio name it (a hotline column's condition had read on from the "Do not"
    # of the column before); and so where a cell holds the ";" that parts the entries ("1
    # tablet; with breakfast" had read as two columns' entries, the evening dose shifted)
    named = any(
        _SENTENCE_END.search(plain_text(cell)) for row in table.rows for cell in row[1:-1]
    ) or any(sign in plain_text(cell) for row in table.rows for cell in row for sign in SEMICOLONS)
    # a table of sentences has no row headings ("Do | Don't"): every entry is named by its
    # column, the first too, and parted by semicolons; a colon after the first had made the
    # "Don't" cell read as the "Do" cell's explanation, its ban said by nothing in the row
    # ("Walk a little every day: Lift anything heavier than your baby"). A column under a ban
    # ("Avoid") names every entry of its rows, in any table; a cell that opens with its heading
    # ("Don't lift ...") is not named again.
    all_named = is_table_of_sentences(table)
    banned = {index for index, heading in enumerate(headings) if is_negative_heading(heading)}
    for number, row in enumerate(table.rows, 1):
        # an empty cell is a dash, as printed ("none" gave a dose of none, "(blank)" asked for
        # one to be written in a chart with nothing to fill in)
        cells = [with_addresses(cell) or empty for cell in named_once(table, row)]

        # a row with a ban in it names its first entry too: "Rest: Don't: Lift" read as one
        first_named = all_named or bool(banned)
        names = [
            [Span(f"{headings[index]}: ")]
            if ((named or first_named) if index else first_named)
            and not opens_with(plain_text(cell), headings[index])
            else []
            for index, cell in enumerate(cells)
        ]
        spans: list[Span] = (
            [*names[0], *cells[0]] if first_named else [*cells[0], Span(": ")]
        )
        for index, cell in enumerate(cells[1:], 1):
            if index > 1 or first_named:  # a cell's own stop is not followed by ";" ("often.;")
                ending = _SENTENCE_END.search(plain_text(spans))
                spans.append(Span(" " if ending else f"{semicolon} "))
            spans += [*names[index], *cell]
        last = number == len(table.rows)
        add(tuple(spans), runover_indent=2, keep_together=True, keep_with_next=not last,
            blank_after=last)


# ---- translation and line breaking -----------------------------------------------------------


def translate(segment: Segment) -> tuple[str, list[int]]:
    """Unicode dots for a segment and, for every cell, the print character it came from.

    Calls liblouis's lou_translate through the binding's own ctypes handle: the binding's
    `translate` copies typeform buffers cell by cell in Python, which cost more than the
    translation itself. The typeform buffer is fresh each call, as liblouis overwrites it.
    """
    data = louis.createEncodedByteString(segment.text)
    length = len(data) // louis.wideCharBytes
    in_length, out_length = c_int(length), c_int(length * louis.outlenMultiplier)
    out = create_string_buffer(out_length.value * louis.wideCharBytes)
    typeform = None
    if any(segment.typeform):
        packed = array("H", segment.typeform).tobytes().ljust(2 * out_length.value, b"\0")
        typeform = (c_ushort * out_length.value).from_buffer_copy(packed)
    input_pos = (c_int * out_length.value)()
    tables = segment.table.encode()
    done = louis.liblouis.lou_translate(
        tables,
        data,
        byref(in_length),
        out,
        byref(out_length),
        typeform,
        None,
        None,
        input_pos,
        None,
        DOTS_MODE,
    )
    if not done:
        raise LeafletError(
            f"liblouis could not translate '{segment.text[:60]}' with {segment.table}"
        )
    cells = out.raw[: out_length.value * louis.wideCharBytes].decode(
        louis.conversionEncoding, "surrogatepass"
    )
    positions = input_pos[: out_length.value]
    if table_name(segment.table) in WELSH_TABLES:
        cells, positions = _ueb_signs(segment.text, cells, positions)
    sign = _LETTER_SIGN_AFTER_A_FIGURE.get(table_name(segment.table))
    if sign:
        return _figures_ended(segment.text, cells, positions, sign)
    return cells, positions


# The Welsh Braille Code follows the Rules of UEB for its signs (BAUK, Welsh Braille Code: "the
# same general rules with regard to composition signs, punctuation signs, etc., as those stated
# in The Rules of Unified English Braille"), but liblouis's Welsh tables write the degree sign
# as 356, the lowered 0 of the British braille before UEB ("37.5°C" was ⠼⠉⠛⠂⠑⠴, read "37.50"),
# and the percent sign after a number with a blank before it ("50%" was ⠼⠑⠚⠀⠒⠏, two words): the
# signs are written as UEB writes them, 45-245 and 46-356 (Rules of UEB 3.10, 3.18). So are the
# signs inside a number, which the tables write as British braille did before UEB, and a UEB
# reader reads otherwise: the decimal point as dot 2, UEB's comma in a number ("2.5ml" was
# ⠼⠃⠂⠑, read "2,5"), the thousands' comma as dot 3, an apostrophe that ends the number ("1,000"
# ⠼⠁⠄⠚⠚⠚, read "1'jjj"), and a time's colon as 6-25, which ends it ("10:30" ⠼⠁⠚⠠⠒⠉⠚, read
# "10" and letters): UEB's 256, 2 and 25 keep the number going (Rules of UEB 6.2, 6.4).
_WELSH_UEB_SIGNS = {"\u00b0": "\u2818\u281a", "%": "\u2828\u2834"}
_WELSH_UEB_SIGNS_IN_A_NUMBER = {".": "\u2832", ",": "\u2802", ":": "\u2812"}


def _ueb_sign(text: str, at: int) -> str | None:
    """UEB's cells for the print character at `at` where Welsh braille writes it otherwise."""
    if at >= len(text):
        return None
    if text[at] in _WELSH_UEB_SIGNS_IN_A_NUMBER:
        between = 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()
        return _WELSH_UEB_SIGNS_IN_A_NUMBER[text[at]] if between else None
    return _WELSH_UEB_SIGNS.get(text[at])


def _ueb_signs(text: str, cells: str, positions: list[int]) -> tuple[str, list[int]]:
    """Welsh braille's cells with each degree and percent sign's cells (those liblouis gives
    the print character), and those of a sign inside a number, in UEB's."""
    out, out_positions = [], []
    for i, (cell, at) in enumerate(zip(cells, positions, strict=True)):
        sign = _ueb_sign(text, at)
        if sign is None:
            out.append(cell)
            out_positions.append(at)
        elif i == 0 or positions[i - 1] != at:  # the sign's first cell stands for all of them
            out.append(sign)
            out_positions += [at] * len(sign)
    return "".join(out), out_positions


# The cells of the letters a to j, which are the figures 1 to 0 after the numeric indicator.
FIGURE_CELLS = frozenset("\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a")
GRADE_1 = "\u2830"  # dots 56: grade 1 indicator, which ends numeric mode before a to j
# The sign each code puts between a figure and a small letter a to j, which would otherwise
# read as a figure: UEB's grade 1 indicator, Welsh braille's letter sign (the same cell), and
# Polish braille's small-letter sign, dot 6 ("znak małej litery", put after a figure before a
# small letter, "2a", in the Polish braille code; Pl-Pl-g1.utb leaves it out: "Sala 4b" was
# ⠼⠙⠃, read "Sala 42", "5g" "57"). A capital has its capital sign, which ends the number.
_LETTER_SIGN_AFTER_A_FIGURE = {
    "en-ueb-g1.ctb": GRADE_1,
    "en-ueb-g2.ctb": GRADE_1,
    **dict.fromkeys(WELSH_TABLES, GRADE_1),
    "Pl-Pl-g1.utb": "\u2820",
}


def _figures_ended(
    text: str, cells: str, positions: list[int], sign: str = GRADE_1
) -> tuple[str, list[int]]:
    """A letter a to j straight after a figure with the grade 1 indicator before it (Rules of
    UEB 6.5), as liblouis writes it in lower case ("9am") but not in a capitals passage, where
    no capital sign ends the number: "AFTER 9AM" had been brailled ⠼⠊⠁⠍, read "91m", "WARD 3B"
    as "WARD 32". Welsh braille's letter sign is the same cell, and liblouis's Welsh tables leave
    it out before a and i, the cells they share with â and î: "y 1af" (the 1st) had been
    brailled ⠼⠁⠁⠋, read "116", "yr 2il" as "29l"."""
    at = [
        i
        for i in range(1, len(cells))
        if cells[i] in FIGURE_CELLS
        and cells[i - 1] in FIGURE_CELLS
        and text[positions[i]].isalpha()
        and text[positions[i - 1]].isdigit()
    ]
    for i in reversed(at):
        cells = cells[:i] + sign + cells[i:]
        positions = positions[:i] + [positions[i]] + positions[i:]
    return cells, positions


def _unit_cells(unit: Unit) -> tuple[str, list[int], list[tuple[int, int, bool]]]:
    """The unit's cells, each cell's print position, and its space-separated tokens
    (start cell, end cell, whether the token is a web or e-mail address)."""
    cells: list[str] = []
    positions: list[int] = []
    addresses: list[tuple[int, int]] = []
    offset = 0
    for segment in unit.segments:
        braille, input_pos = translate(segment)
        cells.append(braille)
        positions.extend(input_pos if not offset else [offset + p for p in input_pos])
        addresses.extend((offset + lo, offset + hi) for lo, hi in segment.addresses)
        offset += len(segment.text)
    text = "".join(cells)
    tokens: list[tuple[int, int, bool]] = []
    start = 0
    for word in text.split(BLANK):
        end = start + len(word)
        if word:
            is_address = bool(addresses) and any(
                lo <= positions[end - 1] and positions[start] < hi for lo, hi in addresses
            )
            if tokens and _kept_together(unit.text, positions, tokens[-1], (start, end)):
                tokens[-1] = (tokens[-1][0], end, False)  # "20 mg": one piece, never divided
            else:
                tokens.append((start, end, is_address))
        start = end + 1
    return text, positions, tokens


def _kept_together(
    text: str, positions: list[int], before: tuple[int, int, bool], after: tuple[int, int]
) -> bool:
    """Whether two tokens are one thing in print, kept on one line as large print keeps it: a
    number and its unit ("20 mg": "Week 3: 20" / "mg" was brailled), a phone number and its
    extension ("01632 960 440 ext." / "4455")."""
    start, gap = positions[before[0]], positions[after[0]]
    return any(
        found.start() < gap < found.end()
        for pattern in (NUMBER_AND_UNIT, UNBROKEN_NUMBER)
        for found in pattern.finditer(text, max(0, start - 40), gap + 40)
    )


# An address is divided just after one of its own separators (Rules of UEB 10.13, with the
# continuation indicator): slash, full stop, hyphen, the "@" of an e-mail address, underscore.
ADDRESS_BREAKS = ("\u2838\u280c", "\u2832", "\u2824", "\u2808\u2801", "\u2828\u2824")
NUMERIC_SPACE = "\u2810"  # dot 5 before a digit: the space inside "0116 258 5123"
COMMA = "\u2802"


def _is_number(print_text: str) -> bool:
    """A numeral with its spaces and commas ("18001 0116 258 5123", "10,000"), a phone number's
    brackets and plus ("(0)116 258 6000", "+44"): no letters."""
    return bool(re.fullmatch(r"\W*\d[\d\s,.()]*\d\W*", print_text))


def _apart_where_too_long(
    tokens: list[tuple[int, int, bool]], cells: str, limit: int
) -> list[tuple[int, int, bool]]:
    """Tokens kept together ("(0116) 258 4123", a number and its unit) that cannot fit on a
    line parted again at their own blanks, so a line breaks at a space of the print: divided as
    one word, '(0116) 258 4123' had a hyphen inside '258' and its next line read as letters."""
    apart = []
    for start, end, is_address in tokens:
        if end - start <= limit or BLANK not in cells[start:end]:
            apart.append((start, end, is_address))
            continue
        at = start
        for word in cells[start:end].split(BLANK):
            if word:
                apart.append((at, at + len(word), False))
            at += len(word) + 1
    return apart


def syllable_cuts(text: str, positions: list[int], start: int, end: int, lang: str) -> set[int]:
    """Cells of a token (counted from its start) before which it may be divided: where the print
    word divides between syllables (the language's hyphenation patterns) and no contraction
    spans the division (Rules of UEB 10.13: divide between syllables; a contraction is given up
    rather than split)."""
    row = find_language(lang)
    if row is None or not row.hyphenation:
        return set()
    dictionary = _hyphenator(row.hyphenation)
    first, last = positions[start], positions[end - 1]
    points = set()
    for word in re.finditer(r"[^\W\d_]{5,}", text[first : last + 1]):
        points.update(first + word.start() + at for at in dictionary.positions(word[0]))
    return {
        cell - start
        for cell in range(start + 1, end)
        if positions[cell] in points and positions[cell - 1] < positions[cell]
    }


@cache
def _hyphenator(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=language)


# Where a word in an Indic script must not be cut: after a virama (the consonant goes on in a
# conjunct, "ન્ડ"), after Gurmukhi's addak (it doubles the consonant after it), inside a
# joiner's cluster.
_JOINS_ON = {"\u0a4d", "\u0acd", "\u0a71", "\u200c", "\u200d"}


def letter_cuts(text: str, positions: list[int], start: int, end: int) -> set[int]:
    """Cells of a token in another code (counted from its start) before which it may be
    divided: where a new letter with its marks (an akshara, an Arabic letter with its vowel
    signs) starts in print. A Gurmukhi word had been cut between a letter and its vowel sign
    ("...ਨ-" over "ਾਲ"), which read back as a lone vowel."""
    cuts = set()
    for cell in range(start + 1, end):
        at = positions[cell]
        if at <= positions[cell - 1] or at >= len(text):
            continue
        if unicodedata.category(text[at]).startswith("M") or text[at - 1] in _JOINS_ON:
            continue
        cuts.add(cell - start)
    return cuts


@cache
def own_hyphen(table: str) -> str:
    """The cells a table writes a hyphen in, to divide a word of its code at a line's end (UEB's
    dots 36 had been put into Urdu and Arabic braille, which read it back as '\\36/')."""
    if not is_defined(table, "-"):
        return ""
    return louis.translateString(table.split(","), "-", None, DOTS_MODE)


def _divide(
    cells: str,
    width: int,
    divider: str,
    syllables: set[int] = frozenset(),
    numeral: bool = False,
    letters: set[int] | None = None,
) -> list[tuple[str, int]]:
    """A token longer than a line, cut into parts ending in a divider: a word between syllables
    where one falls in the line, an address after a separator in the second half of the line,
    a numeral at its last numeric space in the line, else after a comma, else at the line's
    end (Rules of UEB 6.10: a numeric space becomes the two-cell continuation indicator, and
    the digits go on in the next line in numeric mode); never just after a prefix. A numeral
    had been divided as a word, with a hyphen: "18001 0116 258 5123" was brailled "... 5-"
    over a line reading "abc". A word in another code is divided with that code's hyphen
    (`divider`) only where `letters` allows, between syllables where its language has them.

    Returns each part as embossed and how many of the token's cells it holds.
    """
    parts = []
    held = 0
    while len(cells) > width:
        cut = width - len(divider)
        at_syllable = [c - held for c in syllables if 1 < c - held <= cut]
        at_letter = [c - held for c in letters or () if 1 < c - held <= cut]
        if letters is not None and (at_syllable or at_letter):
            cut = max(at_syllable or at_letter)
        elif divider == HYPHEN and at_syllable:
            cut = max(at_syllable)
        elif numeral:
            space = cells.rfind(NUMERIC_SPACE, 0, cut)
            if space > 1:  # the print space is the indicator's: "258" / "5123"
                parts.append((cells[:space] + divider * 2, space + 1))
                cells = cells[space + 1 :]
                held += space + 1
                continue
            comma = cells.rfind(COMMA, 0, cut)
            cut = comma + 1 if comma > 1 else cut
        elif divider == CONTINUATION:
            cut = _address_cut(cells, width, cut)
        while cut > 1 and cells[cut - 1] in PREFIX_CELLS:
            cut -= 1
        parts.append((cells[:cut] + divider, cut))
        cells = cells[cut:]
        held += cut
    parts.append((cells, len(cells)))
    return parts


def _address_separators_ending(cells: str) -> list[int]:
    """The cells just after each of an address's separators (ADDRESS_BREAKS)."""
    return sorted(
        found.end()
        for sep in ADDRESS_BREAKS
        for found in re.finditer(re.escape(sep), cells)
    )


def _address_cut(cells: str, width: int, cut: int) -> int:
    """Where an address too long for its line is divided: after its last separator in the
    second half of the line; else after an earlier one where the name after it then fits its
    next line whole; else at the line's end, inside a name too long to keep whole. An address
    had been cut mid-name wherever no separator fell in the line's second half
    ("respiratory.nurse.specialists@leiceste" / "rshospitals-nhs.uk", its "@" no place to
    divide at all)."""
    ends = [end for end in _address_separators_ending(cells) if 1 < end <= cut]
    if not ends:
        return cut
    if ends[-1] > width // 2:
        return ends[-1]
    after = [end for end in _address_separators_ending(cells) if end > ends[-1]]
    name_ends = after[0] if after else len(cells)
    # the name, its separator and the indicator after it, on a line of their own
    return ends[-1] if name_ends - ends[-1] + 1 <= width else cut


def _by_table(word: str, first_cell: int, cells: str, positions: list[int], table_at):
    """A braille word's cells as (table, cells) parts, where the table changes inside it: a
    linear table's ';' straight after an English entry's closing note is the row's code's
    ('... end of English braille⠈⠆ 2 ગોળીઓ'), and read with the note in UEB the proof had
    shown it as '\\4/;'. A divided part's hyphen goes with the cell before it."""
    parts: list[tuple[str, str]] = []
    for k, cell in enumerate(word):
        at = first_cell + k
        if at < len(cells) and cells[at] == cell:
            table = table_at(positions[at])
        else:  # a divided part's own hyphen
            table = parts[-1][0] if parts else table_at(positions[min(at, len(positions) - 1)])
        if parts and parts[-1][0] == table:
            parts[-1] = (table, parts[-1][1] + cell)
        else:
            parts.append((table, cell))
    return parts


def _language_of_table(table: str, unit: Unit) -> str:
    """The language a run in `table` is in: the unit's, or the row whose table it is."""
    if table_for(unit.lang, 1) == table or table_for(unit.lang, 2) == table:
        return unit.lang
    return next((row.code for row in LANGUAGES if table_for(row.code, 1) == table), unit.lang)


def break_unit(unit: Unit, width: int) -> list[Line]:
    """The unit's lines: greedy fill, breaking only at blank cells, dividing only what can't fit."""
    cells, positions, tokens = _unit_cells(unit)
    text = unit.text
    margin = 3 if unit.centred else 0
    limit = width - 2 * margin - max(unit.first_indent, unit.runover_indent)
    starts = list(accumulate((len(segment.text) for segment in unit.segments[:-1]), initial=0))

    def table_at(position: int) -> str:
        return unit.segments[bisect_right(starts, position) - 1].table

    # (cells, print position of first cell, divided, its first cell's index in `cells`)
    pieces: list[tuple[str, int, bool, int]] = []
    for start, end, is_address in _apart_where_too_long(tokens, cells, limit):
        if end - start <= limit:
            pieces.append((cells[start:end], positions[start], False, start))
            continue
        ueb = table_at(positions[start]).startswith("en-ueb")
        if is_address and ueb:
            parts = _divide(cells[start:end], limit, CONTINUATION)
        elif ueb and _is_number(text[positions[start] : positions[end - 1] + 1]):
            parts = _divide(cells[start:end], limit, CONTINUATION, numeral=True)
        elif ueb:
            cuts = syllable_cuts(text, positions, start, end, unit.lang)
            parts = _divide(cells[start:end], limit, HYPHEN, cuts)
        else:  # another code: its own hyphen, between its letters (and syllables), never
            # UEB's continuation indicator (an Urdu or Arabic cell of its own)
            table = table_at(positions[start])
            cuts = syllable_cuts(text, positions, start, end, _language_of_table(table, unit))
            letters = letter_cuts(text, positions, start, end)
            divider = own_hyphen(table) or HYPHEN
            parts = _divide(cells[start:end], limit, divider, cuts, False, letters)
        for number, (part, held) in enumerate(parts):
            pieces.append((part, positions[start], number < len(parts) - 1, start))
            start += held

    raw_lines: list[tuple[list[str], int]] = []
    words_at: list[list[tuple[str, int]]] = []  # each line's words with their first cells
    current: list[str] = []
    current_len = 0
    start_pos = 0
    must_break = False
    for piece, pos, divided, first_cell in pieces:
        indent = unit.first_indent if not raw_lines else unit.runover_indent
        available = width - 2 * margin - indent
        if current and (must_break or current_len + 1 + len(piece) > available):
            raw_lines.append((current, start_pos))
            current, current_len = [], 0
        if not current:
            start_pos = pos
            current_len = len(piece)
            words_at.append([])
        else:
            current_len += 1 + len(piece)
        current.append(piece)
        words_at[-1].append((piece, first_cell))
        must_break = divided
    if current:
        raw_lines.append((current, start_pos))

    lines = []
    table = unit.segments[0].table
    mixed = len({segment.table for segment in unit.segments}) > 1
    for i, (words, pos) in enumerate(raw_lines):
        body = BLANK.join(words)
        end = raw_lines[i + 1][1] if i + 1 < len(raw_lines) else len(text)
        runs: list[tuple[str, str]] = []
        for word, first_cell in words_at[i] if mixed else ():
            by_table = _by_table(word, first_cell, cells, positions, table_at)
            for number, (table_of, part) in enumerate(by_table):
                if runs and runs[-1][0] == table_of:
                    runs[-1] = (table_of, runs[-1][1] + (BLANK if number == 0 else "") + part)
                else:
                    runs.append((table_of, part))
        if unit.centred:
            body = BLANK * ((width - len(body)) // 2) + body
        else:
            body = BLANK * (unit.first_indent if i == 0 else unit.runover_indent) + body
        lines.append(Line(body, text[pos:end].strip(), table, unit.lang, tuple(runs)))
    if unit.boxed and unit.box_top:
        lines = [Line(TOP_BOX_LINE * width, BOX_LINE_PRINT[TOP_BOX_LINE]), *lines]
    if unit.boxed and unit.box_bottom:
        lines = [*lines, Line(BOTTOM_BOX_LINE * width, BOX_LINE_PRINT[BOTTOM_BOX_LINE])]
    return lines


# ---- reading braille back ------------------------------------------------------------------

_BOLD_INDICATORS = re.compile(
    "\u2818[\u2802\u2806\u2836\u2804]"
)  # UEB bold symbol/word/passage/end


def back_translate(cells: str, table: str) -> str:
    """Print text for Unicode cells; liblouis reads dots given as 0x8000 | dot bits."""
    if table.startswith("en-ueb"):
        # emphasis and transcriber's note indicators are set aside, the words compared
        cells = _BOLD_INDICATORS.sub("", cells).replace(TN_OPEN, "").replace(TN_CLOSE, "")
        cells = _CAPITALS_PASSAGE.sub(_as_capitals_words, cells)
        # An apostrophe ends a capitals word (Rules of UEB 8.4.2: "GP's" is ⠠⠠⠛⠏⠄⠎), but
        # liblouis reads the ending after it in capitals ("GP'S", liblouis issue 1608): the
        # capitals terminator it does read is put where the rule says the word ends.
        cells = _APOSTROPHE_IN_A_CAPITALS_WORD.sub("\\1\u2820\u2804\u2804", cells)
        cells = _LETTERS_WITH_FULL_STOPS.sub(_as_letters, cells)
        cells = _ENOUGH_STANDING_ALONE.sub(f"\\1{ENOUGH_SPELLED}", cells)
    text = _read_back(cells, table)
    if table.startswith("en-ueb") and _SEMICOLON_CELL.search(cells):
        # A word's last cell 3-5 is its semicolon (the groupsign BE only opens a word), but
        # liblouis reads the word before it as letters: "before;" (BEF then the semicolon) read
        # back "bef;". Read as a comma, whose word liblouis reads right, then put back.
        semicolons = [m[0] == "\u2806" for m in _WORD_END_COMMA_OR_SEMICOLON.finditer(cells)]
        as_commas = _read_back(_SEMICOLON_CELL.sub("\u2802", cells), table)
        commas = [m.start() for m in _COMMA_ENDING_A_WORD.finditer(as_commas)]
        if len(commas) == len(semicolons):  # else the commas are not the cells': read as is
            chars = list(as_commas)
            for at, was_semicolon in zip(commas, semicolons, strict=True):
                chars[at] = ";" if was_semicolon else ","
            text = "".join(chars)
    if table.startswith("en-ueb"):
        # ";" after a closing bracket does not stand alone, so it is no "be" ("(blank: date);
        # 40 mg"), though liblouis reads it back as one
        text = _BE_AFTER_BRACKET.sub(";", text)
        # the colon of "https://" is no CC groupsign, which never comes before a slash
        text = _CC_BEFORE_SLASHES.sub(":", text)
        # UEB's dash (dots 6-36) stands for an en dash and an em dash alike, and liblouis reads
        # it back as the em dash: read as the en dash, a range's ("9–5" had read "9—5")
        text = text.replace("\u2014", "\u2013")
    for misread, letter in _SHARED_CELL_READINGS.get(table_name(table), ()):
        text = misread.sub(letter, text)
    if table_name(table) == "pa.tbl":
        text = _gurmukhi_reading(text)
    if table_name(table) in WELSH_TABLES:
        text = _welsh_letters(cells, text)
    if table_name(table) in _JHA_OR_CLOSING_QUOTE:
        text = _jha_or_closing_quote(text, *_JHA_OR_CLOSING_QUOTE[table_name(table)])
    # liblouis gives a letter as its table defines it, which may be decomposed (Urdu's ؤ as و and
    # a hamza: "پاؤں" read "پاو ں", the hamza taken for a word's end) or a form Unicode writes
    # decomposed (Punjabi's ਸ਼, U+0A36, for ਸ and its nukta): the composed form print keeps
    return unicodedata.normalize("NFC", text)


# Letters liblouis's Welsh tables read back otherwise than print has them: an accented letter (a
# sign, then the vowel) always as a capital, its table defining the capital first ("Peidiwch â"
# read "Peidiwch Â", "tân" "tÂn"); ŷ as the yen sign, which has its cells ("tŷ" read "t¥"); a and e
# as æ ("gwaed", blood, read "gwÆd") and s s as ß, which Welsh print never has.
_WELSH_CAPITALS = "ÀÁÂÄÆÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÝŴŶŸỲ"
_WELSH_CAPITAL_INSIDE_A_WORD = re.compile(f"(?<=[a-zà-ÿŵŷỳ])[{_WELSH_CAPITALS}]")
_WELSH_CAPITAL_AFTER_A_LETTER = re.compile(f"(?<=[^\\W\\d_])[{_WELSH_CAPITALS}]")
CAPITAL_SIGN = "\u2820"


def _welsh_letters(cells: str, text: str) -> str:
    """A Welsh reading's accented letters in lower case where the braille has no capital sign
    (dot 6) in their word, and after another letter where it has one but is not in capitals
    ("Tân"), and after a small letter wherever it is; ŷ, ae and ss for what the
    tables read as ¥, æ and ß. Where the braille's words and the reading's do not pair up (a
    sign with a blank in it, "50 %"), only the letters inside words are set right."""
    text = text.replace("\u00a5", "\u0176")  # the yen sign's cells are ŷ's
    braille_words = cells.split(BLANK)
    read_words = text.split(" ")
    if len(braille_words) == len(read_words):
        read_words = [
            word.lower()
            if CAPITAL_SIGN not in cells_of
            else word
            if CAPITAL_SIGN * 2 in cells_of  # a word in capitals
            else _WELSH_CAPITAL_AFTER_A_LETTER.sub(lambda m: m[0].lower(), word)
            for word, cells_of in zip(read_words, braille_words, strict=True)
        ]
        text = " ".join(read_words)
    text = _WELSH_CAPITAL_INSIDE_A_WORD.sub(lambda m: m[0].lower(), text)
    text = re.sub("\u00c6(?=[a-z])", "Ae", text).replace("\u00c6", "AE").replace("\u00e6", "ae")
    return text.replace("\u00df", "ss")


# Gujarati's and Punjabi's tables write an opening apostrophe and a backtick alike (6-236, from
# en-in-g1.ctb) and read it back as the backtick ("'ਤੇ", on, read "`ਤੇ"), which print never has.
_APOSTROPHE = (re.compile("`"), "'")
# A cell a table gives to two characters is read back as the first it defines. Urdu braille
# writes do chashmi he (U+06BE, the aspiration of بھ, کھ, مجھے) and « alike in dots 236, and
# liblouis read every one back as « ("مجھے" as "مج«ے", a word the check then found wrong):
# after a letter or its vowel sign, inside a word, it is the letter; an opening « starts a word.
# Its brackets are one cell, 2356 (ur_punctuation.uti): one that ends a word closes.
# Its fathatan (U+064B) and semicolon are both dots 23, as the table's own lines give them, and
# liblouis reads each back as the semicolon: inside a word ("فورًا", the mark typed before its
# alef) the cell is the fathatan. Ending a word (فوراً, on its alef) it may be either: the
# semicolon that parts a table's entries follows "دوا" (medicine) in the same cells; the check
# compares such a word without the mark (checker.comparable_words).
_SHARED_CELL_READINGS = {
    "ur-pk-g1.utb": (
        (re.compile("(?<=[\u0621-\u0652\u066e-\u06d3])\u00ab"), "\u06be"),
        (re.compile("(?<=\\S)\\((?=[\\s\u060c\u061b\u061f\u06d4:!]|$)"), ")"),
        (re.compile("(?<=[\u0621-\u064a\u066e-\u06d3])\u061b(?=[\u0621-\u064a\u066e-\u06d3])"),
         "\u064b"),
    ),
    # Arabic braille writes a shadda with no vowel before its letter (dots 6, then the letter),
    # and liblouis reads it back on the letter before: "عدّي" (count) read "عّدي", "الطّبيب"
    # "الّطبيب". A shadda read between two letters is the second's.
    "ar-ar-g1.utb": ((re.compile("(?<=[\u0621-\u064a])\u0651([\u0621-\u064a])"), "\\1\u0651"),),
    # Gujarati braille writes ફ and the exclamation mark alike, dots 235, and liblouis reads one
    # ending a word as "!" ("તકલીફ", trouble, read "તકલી!"): after a letter it is ફ, which ends
    # many words a leaflet uses ("સાફ", "તરફ"); a word ending in "!" is rare in one.
    # Gujarati's and Punjabi's tables write a colon at a word's start (after the note that ends
    # an English entry, 'Paracetamol 500mg: સવારે') as 4-25, the cells of a half ઞ (ਞ), read
    # back 'ઞ્': a half letter joins the consonant after it, so one no consonant follows is ':'.
    # Their percent sign after a number, 4-25-1234, is that half ઞ (ਞ) and પ (ਪ): '50%' read
    # back '૫૦ઞ્પ', and a Gujarati leaflet saying 50% of patients failed its check as a changed
    # number. After a figure, where no word starts, it is the percent sign.
    "gu-in-g1.utb": (
        (re.compile("(?<=[\u0a81-\u0acd])!"), "\u0aab"),
        _APOSTROPHE,
        (re.compile("(?<=[0-9\u0ae6-\u0aef])\u0a9e\u0acd\u0aaa"), "%"),
        (re.compile("\u0a9e\u0acd(?![\u0a95-\u0ab9])"), ":"),
    ),
    "pa.tbl": (
        _APOSTROPHE,
        (re.compile("(?<=[0-9\u0a66-\u0a6f])\u0a1e\u0a4d\u0a2a"), "%"),
        (re.compile("\u0a1e\u0a4d(?![\u0a15-\u0a39\u0a5c])"), ":"),
    ),
    # Polish braille's small-letter sign after a figure (dot 6, _LETTER_SIGN_AFTER_A_FIGURE) is
    # the cell Pl-Pl-g1.utb gives the low line: "Sala 4b" read back "Sala 4_b".
    "Pl-Pl-g1.utb": ((re.compile("(?<=[0-9])_(?=[a-j])"), ""),),
}


# Bharati braille writes jha (Gujarati ઝ, Punjabi ਝ) in dots 356, the cell English braille gives
# the closing quote, which Bharati braille keeps for it (its opening quote is 236). gu-in-g1.utb
# reads 356 ending a word as the quote ("ડોઝ", dose, read back "ડો"", and "ગ્લુકોઝ", glucose,
# alike), pa.tbl always as ਝ ('"ਦਵਾਈ"' read back '"ਦਵਾਈਝ'). The braille is right; the reader
# tells them apart by a quote being open. The cell after a letter that ends a word is read so:
# the closing quote where a quote opened before it is still open, else the letter. (A word ending
# in jha inside a quote before its last word, '"ડોઝ લો"', reads back as the quote closing there,
# and is listed among the words that differ for a person to look at.)
_JHA_OR_CLOSING_QUOTE = {
    # table: (the letter, the script's letters and signs, what the table reads 356 ending a word as)
    "gu-in-g1.utb": ("ઝ", "ઁ-૯", '"'),
    "pa.tbl": ("ਝ", "ਁ-ੵ", "ਝ"),
}


def _jha_or_closing_quote(text: str, jha: str, script: str, read_as: str) -> str:
    """The table's reading of dots 356 after a letter, ending a word, made the closing quote or
    jha by whether a quote (one opening a word) is open before it."""
    ending = f"(?<=[{script}]){re.escape(read_as)}(?![{script}])"
    opening = '(?<![^\\s(\\[])"'
    chars = list(text)
    quote_open = False
    for found in re.finditer(f"(?P<ending>{ending})|{opening}", text):
        if found["ending"] is None:
            quote_open = True
        else:
            chars[found.start()] = '"' if quote_open else jha
            quote_open = False
    return "".join(chars)


# Gurmukhi as pa.tbl reads it back (composed form). A consonant may carry a nukta.
_GURMUKHI_CONSONANT = "[\u0a15-\u0a39\u0a5c]\u0a3c?"
_VOWEL_SIGNS = "\u0a3e-\u0a4c"  # ਾ ਿ ੀ ੁ ੂ ੇ ੈ ੋ ੌ (and the unused code points between)
_VOWEL_LETTERS = "\u0a05-\u0a14"
_LONG_VOWELS = "ਾੀੂੇੈੋੌਆਈਊਏਐਓਔ"
_NASAL_SIGNS = "\u0a02\u0a70"  # bindi, tippi
_ADDAK, _VIRAMA = "\u0a71", "\u0a4d"
_SIGN_AS_LETTER = str.maketrans("ਾਿੀੁੂੇੈੋੌ", "ਆਇਈਉਊਏਐਓਔ")
# a virama straight before a vowel sign, which print never has: the addak ("ਪੱਮਾ" read "ਪਮ੍ਾ")
_VIRAMA_BEFORE_A_VOWEL = re.compile(f"({_GURMUKHI_CONSONANT}){_VIRAMA}(?=[{_VOWEL_SIGNS}])")
# an addak where print has none: at a word's start or after a long vowel or a nasal sign; before
# ਹ; before ਰ, ਵ or ਯ and a vowel after a syllable of its word's own
_ADDAK_AS_VIRAMA = re.compile(
    f"(?:(?<![\u0a01-\u0a75])|(?<=[{_LONG_VOWELS}{_NASAL_SIGNS}])){_ADDAK}({_GURMUKHI_CONSONANT})"
    f"(?![{_VOWEL_SIGNS}])"
    f"|{_ADDAK}({_GURMUKHI_CONSONANT})(?=\u0a39)"
    f"|(?<=[{_VOWEL_SIGNS}{_VOWEL_LETTERS}][\u0a15-\u0a39\u0a5c]){_ADDAK}({_GURMUKHI_CONSONANT})"
    f"(?=[\u0a30\u0a35\u0a2f][{_VOWEL_SIGNS}])"
)
# a vowel sign after a vowel (and its nasal sign), which print never has: the vowel letter
_SIGN_AFTER_A_VOWEL = re.compile(
    f"(?<=[{_VOWEL_SIGNS}{_VOWEL_LETTERS}])([{_NASAL_SIGNS}]?)([{_VOWEL_SIGNS}])"
)


def _gurmukhi_reading(text: str) -> str:
    """Punjabi braille read back where one cell stands for two things in print.

    Bharati braille writes no vowel signs: a vowel cell after a vowel is the vowel letter
    ("ਬਾਇਓਪਸੀ", biopsy, had read back "ਬਾਇੋਪਸੀ"). Dot 4 before a consonant is both the
    addak (ੱ, which doubles it: "ਦਿੱਤੇ") and the virama of a conjunct ("ਇਲੈਕਟ੍ਰੋ" had read
    back "ਇਲੈਕੱਟਰੋ"): pa.tbl writes both so, and no cell of its own for the addak was found
    in Bharati braille's published tables. It is read as the virama where Punjabi print has no
    addak: at a word's start, after a long vowel or a nasal sign (an addak follows only a, i or
    u), and before ਹ (pairin haha, "ਉਨ੍ਹਾਂ"); and before ਰ, ਵ or ਯ with a vowel after a
    syllable of the word's own, a loanword's conjunct ("ਇਲੈਕਟ੍ਰੋ"), where a word's first
    syllable keeps its addak ("ਵੱਖਰਾ", "ਪੱਥਰੀ", "ਸੱਤਵਾਂ"). A consonant with a virama before
    a vowel is the addak. A Punjabi braille reader should confirm these readings: the braille
    is the same either way, and a word read the other way is listed among the words that
    differ for a person to look at (a loanword's conjunct in its first syllable, "ਅਪ੍ਰੈਲ",
    reads back "ਅੱਪਰੈਲ")."""
    text = unicodedata.normalize("NFC", text)
    text = _ADDAK_AS_VIRAMA.sub(lambda m: (m[1] or m[2] or m[3]) + _VIRAMA, text)
    text = _VIRAMA_BEFORE_A_VOWEL.sub(_ADDAK + "\\1", text)
    return _SIGN_AFTER_A_VOWEL.sub(lambda m: m[1] + m[2].translate(_SIGN_AS_LETTER), text)


def _read_back(cells: str, table: str) -> str:
    if table_name(table) in BHARATI_TABLES and "\u283c" in cells:
        pieces = _BHARATI_NUMBER.split(cells)  # text, number, text, ...
        return "".join(
            _read_bharati_number(piece, table) if i % 2 else _read_back_as_is(piece, table)
            for i, piece in enumerate(pieces)
        )
    if table_name(table) in WELSH_TABLES:
        pieces = _WELSH_NUMBER.split(cells)  # text, number, text, ...
        return "".join(
            _read_welsh_number(piece)
            if i % 2
            else _read_welsh_text(piece, table, i > 0, i + 1 < len(pieces))
            for i, piece in enumerate(pieces)
        )
    if table_name(table) == "Pl-Pl-g1.utb" and NUMBER_SIGN in cells:
        pieces = _POLISH_NUMBER.split(cells)  # text, number, text, ...
        return "".join(
            _read_number(piece, _POLISH_BETWEEN_FIGURES) if i % 2
            else _read_back_as_is(piece, table)
            for i, piece in enumerate(pieces)
        )
    return _read_back_as_is(cells, table)


def _read_back_as_is(cells: str, table: str) -> str:
    dots = "".join(chr(0x8000 | (ord(c) - 0x2800)) for c in cells if "\u2800" <= c <= "\u28ff")
    return louis.backTranslateString([table], dots, None, louis.dotsIO) if dots else ""


# Bharati braille (Gujarati, Punjabi) writes a number as the number sign, dots 3456, then the
# letters a to j; 3456 is also the letter ણ (ਣ), which no word begins with. The tables read a
# number whose second figure is a vowel's cell as that letter: "15" (3456-1-15) read back "ણએ",
# and a number's colon or comma as a letter ("10:30" read "૧૦:ચજ"). A number sign that begins
# a word starts a number as far as its figures and the signs between them go, each figure read
# as the table reads it alone.
BHARATI_TABLES = {"gu-in-g1.utb", "pa.tbl"}
NUMBER_SIGN = "\u283c"
_FIGURES = "\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a"  # a to j: 1 to 0
_BETWEEN_FIGURES = {"\u2802": ",", "\u2812": ":", "\u2828": ".", "\u2824": "-"}
_BHARATI_NUMBER = re.compile(
    f"(?:(?<=[\u2800\u2836])|^)(\u283c[{_FIGURES}]+(?:[{''.join(_BETWEEN_FIGURES)}][{_FIGURES}]+)*)"
)


def _read_bharati_number(number: str, table: str) -> str:
    """A number's figures, each read as the table reads it alone, and the signs between them."""
    return "".join(
        _BETWEEN_FIGURES.get(cell) or _read_back_as_is(NUMBER_SIGN + cell, table)
        for cell in number[1:]
    )


# Welsh braille keeps a number going over its decimal point (dot 2), its thousands' comma (dot 3)
# and a time's colon (6-25), as British braille before UEB did: cy-cy-g1.utb writes "37.5" as
# ⠼⠉⠛⠂⠑, "1,000" as ⠼⠁⠄⠚⠚⠚ and "10:30" as ⠼⠁⠚⠠⠒⠉⠚, but reads the figures after the sign as
# letters ("37.ef", "1,jjj", "10:cj"), so a Welsh leaflet's temperature and times failed the
# check as changed figures. A number is read to its last figure, each figure by its cell.
_AFTER_A_LETTER = "\u282d"  # x, a letter that begins no Welsh contraction
_WELSH_BETWEEN_FIGURES = {"\u2832": ".", "\u2802": ",", "\u2812": ":"}  # as UEB's (_ueb_signs)
_WELSH_NUMBER = re.compile(
    f"(\u283c[{_FIGURES}]+(?:(?:{'|'.join(_WELSH_BETWEEN_FIGURES)})[{_FIGURES}]+)*)"
)


@cache
def welsh_cells(word: str, table: str) -> str:
    """A word as a Welsh table writes it alone, a letter sign before it set aside (a letter
    alone takes one, a wordsign after it none: "g'r" is "gyda'r", ⠛⠄⠰⠗)."""
    cells = louis.translateString(table.split(","), word, None, DOTS_MODE)
    return cells.removeprefix(GRADE_1)


_WELSH_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def as_printed(reading: str, printed: str, table: str) -> str:
    """A Welsh reading with each word that is not the print's read as the print's word the table
    writes in the same cells: liblouis's Welsh tables read back part-word signs the word never
    had (cy-cy-g2.ctb writes "st" and "stori" alike, 34, and "blwyddyn" as b and l), so the
    proof showed "Peidiwch â gwlychu eich castori" and "bag plastoriig" under braille that says
    "cast" and "plastig". Figures are never read so; other tables' readings are as they were."""
    if table_name(table) not in WELSH_TABLES:
        return reading
    own = {word.lower() for word in _WELSH_WORD.findall(printed)}
    by_cells = {welsh_cells(word, table): word for word in sorted(own)}

    def read(word: re.Match) -> str:
        said = word[0]
        alike = None if said.lower() in own else by_cells.get(welsh_cells(said.lower(), table))
        if alike is None:
            return said
        return alike[:1].upper() + alike[1:] if said[:1].isupper() else alike

    return _WELSH_WORD.sub(read, reading)


def _read_welsh_text(cells: str, table: str, after_a_number: bool, before_a_number: bool) -> str:
    """Welsh braille between numbers. Its pound sign is l's cell before a number (⠇⠼⠑, "£5");
    liblouis's Welsh tables read every l that starts a word so, and the letters a to j after it
    as figures: "lleihau" (to reduce) had read back "£5981u" and "ar-lein" "ar‐£5in". With no
    number sign among these cells, such a pound sign is the l and its figures the letters. Cells
    straight after a number are read after a letter, as they stand in the braille: a full stop
    or a bracket read alone is taken for a sign of its own ("8:00." had read "8:00$"), a letter
    sign for a semicolon ("0.5ml" "0.5;ml")."""
    pound = before_a_number and bool(re.search(f"(?:^|[{BLANK}\u2836\u2824])\u2807$", cells))
    cells = cells[:-1] if pound else cells
    if after_a_number and cells.startswith(GRADE_1):  # the letter sign ending the number
        cells = cells[1:]
    if after_a_number and cells and not cells.startswith(BLANK):
        text = _read_back_as_is(_AFTER_A_LETTER + cells, table)
        text = text[1:] if text[:1] == "x" else _read_back_as_is(cells, table)
    else:
        text = _read_back_as_is(cells, table)
    text = re.sub(
        "\u00a3([0-9]+)",
        lambda m: "l" + "".join("jabcdefghi"[int(figure)] for figure in m[1]),
        text,
    )
    # its full stop, 256, is a dollar sign before a number ("begnum $ 256"), and liblouis took a
    # full stop after a bracket for one: "(ie). Y" read "(ie)$ Y"
    text = re.sub("\\$(?![0-9])", ".", text)
    return text + "\u00a3" if pound else text


def _read_welsh_number(number: str) -> str:
    """A Welsh braille number's figures and the signs between them."""
    return _read_number(number, _WELSH_BETWEEN_FIGURES)


def _read_number(number: str, between: dict[str, str]) -> str:
    """A number's figures after its number sign, each by its cell, and the signs between them."""
    pieces = re.split(f"({'|'.join(between)})", number[1:])
    return "".join(
        between.get(piece) or "".join(str((_FIGURES.index(cell) + 1) % 10) for cell in piece)
        for piece in pieces
    )


# Polish braille keeps a number going over its decimal comma (dot 2) and the full stop of a time
# or a date (dot 3), as Pl-Pl-g1.utb writes them: "37,5" is ⠼⠉⠛⠂⠑, "7.30" ⠼⠛⠄⠉⠚. liblouis
# reads the figures after the sign as letters ("37,e", "7.cj", "12.je.bjbd"), so a Polish leaflet
# with a temperature, a dose of 1,5 tablets or a time failed its check as changed figures. The
# percent sign, 3456-245-356, opens with the number sign: it is no number.
_POLISH_BETWEEN_FIGURES = {"\u2802": ",", "\u2804": "."}
_POLISH_NUMBER = re.compile(
    f"(\u283c[{_FIGURES}]+(?:[{''.join(_POLISH_BETWEEN_FIGURES)}][{_FIGURES}]+)*)(?![{_FIGURES}\u2834])"
)


# A capitals passage (Rules of UEB 8.5: three or more words in capitals, 6-6-6 to its terminator
# 6-3, or to the end of the cells where it goes on in the next line): liblouis reads back only its
# first letter as a capital ("DO NOT EAT OR DRINK." read "Do not eat or drink.", "NHS AND GP"
# read "Nhs and gp"), so the proof showed a sighted checker a warning's capitals lost.
_CAPITALS_PASSAGE = re.compile("\u2820\u2820\u2820(.*?)(?:\u2820\u2804|$)")
_NOT_A_WORD = ("\u283c", "\u2820")  # a number, a dash or sign with dot 6 before it


def _as_capitals_words(passage: re.Match) -> str:
    """A capitals passage as the capitals words it stands for, each word with the capitals word
    indicator liblouis reads back right (a number or a dash takes none)."""
    return BLANK.join(
        _UNIT_AFTER_FIGURES.sub("\\1\u2820\u2820", word)
        if word.startswith(NUMBER_SIGN)
        else word
        if not word or word.startswith(_NOT_A_WORD)
        else "\u2820\u2820" + word
        for word in passage[1].split(BLANK)
    )


# a capitals word indicator (not a passage's), the word's cells, then an apostrophe whose ending
# has no capital of its own ("AA'S" is ⠠⠠⠁⠁⠄⠠⠎)
_APOSTROPHE_IN_A_CAPITALS_WORD = re.compile(
    "((?<!\u2820)\u2820\u2820(?!\u2820)[^\u2800\u2804]*[^\u2800\u2804\u2820])"
    "\u2804(?=[^\u2800\u2820\u2804])"
)
# A word of letters each followed by a full stop ("a.m.", "e.g.", "U.K."), or all but the last
# ("e.g paracetamol"): UEB writes them as the letters (a letter after a full stop is not
# standing alone, so no wordsign), and liblouis reads each after the first as its wordsign
# ("a.more.", "e.go.", "U.Knowledge."). Such a word may follow figures ("2p.m.", with or without
# the grade 1 indicator liblouis writes before a letter a to j: "10a.m.") or open a capitals
# word ("A.M." in a passage). A letter alone ("go.") and a number's decimal point ("1.5.") are
# not such a word.
_LETTER_CELLS = "\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a\u2805\u2807\u280d" + (
    "\u281d\u2815\u280f\u281f\u2817\u280e\u281e\u2825\u2827\u283a\u282d\u283d\u2835"
)
_LETTERS_WITH_FULL_STOPS = re.compile(
    f"(?<![{_LETTER_CELLS}\u2832\u283c\u2830\u2820])"
    f"(?P<lead>(?:\u283c[{_FIGURES}]++(?:[\u2832\u2802\u2810][{_FIGURES}]++)*+)?"
    f"(?:\u2830|\u2820\u2820)?)"
    f"(?P<word>(?:\u2820?[{_LETTER_CELLS}]\u2832){{2,}}(?![{_LETTER_CELLS}])"
    f"|(?:\u2820?[{_LETTER_CELLS}]\u2832)+\u2820?[{_LETTER_CELLS}](?![{_LETTER_CELLS}\u2832]))"
)
_A_LETTER = re.compile(f"\u2820?[{_LETTER_CELLS}]")


def _as_letters(word: re.Match) -> str:
    """Each letter of "a.m." after the grade 1 indicator, which liblouis reads as the letter: in
    capitals where a capitals word indicator opens it ("A.M." in a passage had read "A.m."),
    after the figures before it without their own indicator, which would make two."""
    lead = word["lead"]
    capitals = lead.endswith("\u2820\u2820")
    number = lead.removesuffix("\u2820\u2820").removesuffix("\u2830")
    return number + _A_LETTER.sub(
        lambda letter: "\u2830" + ("\u2820" + letter[0][-1] if capitals else letter[0]),
        word["word"],
    )


# A number's figures (with its decimal point, comma or numeric space) then the letters after
# them, the grade 1 indicator before them or not ("1A", "10.30AM", "5ML"): in a passage they are
# capitals too, read so with the capitals word indicator, which ends the number as 56 does.
_UNIT_AFTER_FIGURES = re.compile(
    f"^(\u283c[{_FIGURES}]+(?:[\u2832\u2802\u2810][{_FIGURES}]+)*)(?![{_FIGURES}])\u2830?"
    f"(?=[{_LETTER_CELLS}])"
)
_BE_AFTER_BRACKET = re.compile(r"(?<=[)\]])be(?=\s|$)")
_CC_BEFORE_SLASHES = re.compile(r"cc(?=//)")
# cells 3-5 or 2 ending a word that has a letter, digit or sign before it (not an indicator
# alone: "⠠⠆" is "Be")
_WORD_START = "\u2800\u2820\u2818\u2830\u2808\u2810\u2828\u2838\u2826"
_SEMICOLON_CELL = re.compile(f"(?<=[^{_WORD_START}])\u2806(?=\u2800|$)")
_WORD_END_COMMA_OR_SEMICOLON = re.compile(f"(?<=[^{_WORD_START}])[\u2802\u2806](?=\u2800|$)")
_COMMA_ENDING_A_WORD = re.compile(r",(?=\s|$)")
# The wordsign "enough" (dots 2-6) standing alone with punctuation after it (Rules of UEB 2.6:
# after a blank, an opening bracket or quotation mark, or a capital indicator; before a closing
# one, a stop, a question or exclamation mark): liblouis reads the cell back so as the
# groupsign "en" ("(enough?)" read back "(en?)", "(a small meal is enough.)" "(... en.)",
# "(enough!)" "(enff)"), and ueb_contracted.uti's rule reads it as "enough" only between
# blanks. It is read as the groupsigns EN OU GH, which liblouis reads back as "enough" (and
# writes so itself before a full stop). "en" written as a word is its letters, never the cell.
_ENOUGH_STANDING_ALONE = re.compile(
    # after a blank, then any opening brackets and quotation marks and a capital indicator
    "((?:^|\u2800)(?:[\u2810\u2828\u2838]\u2823|\u2820?\u2826)*(?:\u2820\u2820?)?)"
    "\u2822"
    "(?=(?:[\u2802\u2806\u2812\u2832\u2816\u2826\u2804\u2824\u2834]"  # , ; : . ! ? ' - ”
    "|[\u2810\u2828\u2838]\u281c|\u2820[\u2834\u2804\u2824])+(?:\u2800|$))"  # ) ] } ’ dash
)
ENOUGH_SPELLED = "\u2822\u2833\u2823"  # EN OU GH


# ---- pages -----------------------------------------------------------------------------------


@cache
def page_number_cells(number: int, grade: int) -> str:
    return louis.translateString([ENGLISH_TABLES[grade]], str(number), None, DOTS_MODE)


def lay_out(leaflet: Leaflet, choices: LayoutChoices, produced: date | None = None) -> list[Page]:
    """The leaflet as braille pages, exactly as the embosser will produce them. Page 1 says how
    many pages there are, so the layout is redone until the count it states is the count made."""
    made = Transcription(produced or date.today(), 1)
    pages = _pages(units_of(leaflet, choices, made), choices)
    for _ in range(3):
        if len(pages) == made.pages:
            break
        made = Transcription(made.produced, len(pages))
        pages = _pages(units_of(leaflet, choices, made), choices)
    return pages


def _pages(units: list[Unit], choices: LayoutChoices) -> list[Page]:
    width = choices.cells_per_line
    laid = [break_unit(unit, width) for unit in units]
    numbered = choices.page_numbers != "none"
    rows = choices.lines_per_page - (1 if numbered else 0)

    bodies: list[list[Line]] = [[]]
    for i, (unit, lines) in enumerate(zip(units, laid, strict=True)):
        body = bodies[-1]
        previous = units[i - 1] if i else None
        gap = 1 if body and (unit.blank_before or (previous and previous.blank_after)) else 0
        need = _lines_needed(units, laid, i, rows)
        if body and len(body) + gap + need > rows:
            bodies.append([])
            body, gap = bodies[-1], 0
        if gap:
            body.append(Line(""))
        for line in lines:
            if len(body) == rows:
                bodies.append([])
                body = bodies[-1]
            body.append(line)
    return [_page(n, body, choices, rows) for n, body in enumerate(bodies, start=1) if body]


def _lines_needed(units: list[Unit], laid: list[list[Line]], i: int, rows: int) -> int:
    """Lines that must fit on this page: a kept-together unit whole, else no single-line orphan;
    a heading or label with the start of what follows; what is kept together (a table) whole
    where it fits on a page. Where it does not, each of its units with as much of the next as
    that one needs alone: each of a long table's rows had asked for a page of its own, its
    column note left alone at a page's foot."""
    unit = units[i]
    if not unit.keep_with_next or i + 1 == len(units):
        return min(_own_lines(unit, laid[i], rows), rows)
    first = i
    while first and units[first - 1].keep_with_next:
        first -= 1
    if _chain_lines(units, laid, first, rows) <= rows:
        return _chain_lines(units, laid, i, rows)
    following = units[i + 1]
    need = len(laid[i]) + _gap(unit, following) + _own_lines(following, laid[i + 1], rows)
    return min(need, rows)


def _chain_lines(units: list[Unit], laid: list[list[Line]], i: int, rows: int) -> int:
    """Lines from unit i to the end of what it is kept with, the last unit's own needs."""
    total = 0
    while units[i].keep_with_next and i + 1 < len(units):
        total += len(laid[i]) + _gap(units[i], units[i + 1])
        i += 1
    return total + _own_lines(units[i], laid[i], rows)


def _gap(unit: Unit, following: Unit) -> int:
    return 1 if following.blank_before or unit.blank_after else 0


def _own_lines(unit: Unit, lines: list[Line], rows: int) -> int:
    """Lines of a unit that must be on one page, whatever follows it: a kept-together unit
    taller than a page runs over a page's end wherever it starts, so it asks for no orphan only
    (the English offer in an Urdu leaflet at 20 x 10, 10 lines, had been sent to a page of its
    own, its transcriber's note left alone on the page before)."""
    if unit.boxed:
        return len(lines) if len(lines) <= rows else 3
    kept = unit.keep_together and len(lines) <= rows
    return len(lines) if kept or len(lines) <= 2 else 2


def _page(number: int, body: list[Line], choices: LayoutChoices, rows: int) -> Page:
    while body and not body[-1].cells:
        body.pop()
    if choices.page_numbers == "none":
        return Page(number, body)
    digits = page_number_cells(number, choices.grade)
    label = Line(BLANK * (choices.cells_per_line - len(digits)) + digits, f"page {number}")
    if choices.page_numbers == "top-right":
        return Page(number, [label, *body])
    return Page(number, [*body, *[Line("")] * (rows - len(body)), label])
