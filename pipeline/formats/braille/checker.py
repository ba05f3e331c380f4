"""Checks a braille order the way a braillist would: reads the BRF back, back-translates it,
measures every line and page, validates the PEF, and names whatever a table cannot write."""

from __future__ import annotations

import io
import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

import louis
import pikepdf
from lxml import etree

from ...languages import LANGUAGES, looks_cut, primary_language
from ...model import Leaflet, Table
from ...text import describe_character, words
from .. import CheckReport
from ..html_render import is_negative_heading, reading_order
from ..pdf_glyphs import read_content, written_here
from .files import (
    CELL_OF_ASCII,
    DC_NS,
    PEF_NS,
    brf_pages,
    preview_pages,
    proof_readings,
    reading_rows,
)
from .layout import (
    BLANK,
    BOTTOM_BOX_LINE,
    CONTINUATION,
    HYPHEN,
    TN_CLOSE,
    TN_OPEN,
    TOP_BOX_LINE,
    WELSH_TABLES,
    LayoutChoices,
    Page,
    Transcription,
    as_printed,
    back_translate,
    break_unit,
    code_name,
    identification,
    language_name,
    lay_out,
    measure_starts,
    other_code_note,
    page_number_cells,
    stand_in,
    table_for,
    table_name,
    units_of,
    welsh_cells,
)
from .pef_rules import pef_problems

MIN_AGREEMENT = 0.99
_BRF_BYTES = set(b"".join(c.encode() for c in CELL_OF_ASCII)) | {0x0D, 0x0A, 0x0C}
_DASH = "\u2820\u2824"
_MISREAD = re.compile(r"[_\\|^~`]")  # what back-translation gives for cells a table cannot read


@dataclass
class Passage:
    """Lines that run on from one another: one block, or the part of it on one page."""

    page: int
    lines: list[str]
    ends_page: bool = False  # its last line is its page's last


def read_brf(data: bytes, report: CheckReport) -> list[list[str]]:
    """BRF bytes to pages of Unicode cells; reports anything an embosser would not take."""
    bad = sorted({byte for byte in data if byte not in _BRF_BYTES})
    if bad:
        shown = ", ".join(f"0x{byte:02X}" for byte in bad[:8])
        report.problems.append(f"the BRF holds bytes that are not braille ASCII: {shown}")
    text = data.decode("ascii", errors="replace")
    for number, page_text in enumerate(text.split("\f"), start=1):
        if re.search(r"\r(?!\n)|(?<!\r)\n", page_text):
            report.problems.append(f"braille page {number} has a line end that is not CR LF")
    return brf_pages(data)


def _check_sizes(pages: list[list[str]], choices: LayoutChoices, report: CheckReport) -> None:
    for number, page in enumerate(pages, start=1):
        if len(page) > choices.lines_per_page:
            report.problems.append(
                f"braille page {number} has {len(page)} lines; the page holds "
                f"{choices.lines_per_page}"
            )
        for row, line in enumerate(page, start=1):
            if len(line) > choices.cells_per_line:
                report.problems.append(
                    f"braille page {number} line {row} has {len(line)} cells; the line holds "
                    f"{choices.cells_per_line}"
                )


def _check_page_numbers(pages: list[list[str]], choices: LayoutChoices, report: CheckReport):
    """UK practice: the braille page number alone at the right of line 1 (or of the last line)."""
    if choices.page_numbers == "none":
        return
    for number, page in enumerate(pages, start=1):
        expected = page_number_cells(number, choices.grade)
        index = 0 if choices.page_numbers == "top-right" else choices.lines_per_page - 1
        line = page[index] if index < len(page) else ""
        if (
            line.rstrip(BLANK) != line
            or not line.endswith(expected)
            or line.strip(BLANK) != (expected)
        ):
            report.problems.append(
                f"braille page {number} does not carry its page number alone at the right of "
                f"line {index + 1}"
            )
        elif len(line) != choices.cells_per_line:
            report.problems.append(
                f"braille page {number}: the page number is not at the right margin"
            )


def _body(page: list[str], choices: LayoutChoices) -> list[str]:
    if choices.page_numbers == "top-right":
        return page[1:]
    if choices.page_numbers == "bottom-right":
        return page[: choices.lines_per_page - 1]
    return page


def passages(pages: list[list[str]], choices: LayoutChoices) -> list[Passage]:
    """Runs of text lines, split at blank lines, box lines and page ends; a line that ends
    in a continuation indicator or a hyphen dividing a word goes on over the page's end (an
    address divided there, "www.leicestershospi" / "tals.nhs.uk", had been read as two)."""
    found: list[Passage] = []
    current: list[str] = []
    first = 1  # the page the passage starts on
    for number, page in enumerate(pages, start=1):
        body = _body(page, choices)
        for at, line in enumerate(body + [""]):
            cells = line.strip(BLANK)
            is_box = bool(cells) and set(cells) in ({TOP_BOX_LINE}, {BOTTOM_BOX_LINE})
            goes_on = at == len(body) and current and (
                _divided(current[-1]) or _note_left_open(current[-1])
            )
            if cells and not is_box:
                first = first if current else number
                current.append(cells)
            elif current and not goes_on:
                found.append(Passage(first, current, at == len(body)))
                current = []
    if current:
        found.append(Passage(first, current))
    return found


def _note_left_open(cells: str) -> bool:
    """A line ending inside a transcriber's note, its words going on at the top of the next
    page ("... 20% ⠈⠨⠣end of English" / "braille⠈⠨⠜ کم کریں۔" had been read as two, the note's
    last word as Urdu)."""
    return cells.rfind(TN_OPEN) > cells.rfind(TN_CLOSE)


def _divided(cells: str) -> bool:
    """The line ends a divided word, address or number, which goes on in the next line."""
    return cells.endswith(CONTINUATION) or (cells.endswith(HYPHEN) and not cells.endswith(_DASH))


def join_lines(lines: list[str], table: str = "") -> str:
    """A passage's cells as one run: a divided word or address is joined back together. A line
    in another code than UEB (its `table`) never ends in UEB's continuation indicator: its dot
    5 is that code's own sign (Arabic braille's comma: "شديد،" ending a line had been joined to
    the next line's "أو" as "شديدأو", its comma dropped)."""
    joined = ""
    ueb = not table or table.startswith("en-ueb")
    for line in lines:
        if not joined:
            joined = line
        elif ueb and joined.endswith(CONTINUATION):
            joined = joined[:-1] + line
        elif joined.endswith(HYPHEN) and not joined.endswith(_DASH):
            joined += line
        else:
            joined += BLANK + line
    return joined


# a dash or hyphen between figures, a range ("9–5", "10-12 weeks")
_RANGE = re.compile(r"(?<=\d) ?[-\u2010-\u2015] ?(?=\d)")


_FATHATAN_ON_A_LAST_ALEF = re.compile("\u0627\u064b(?![\u0621-\u064a\u066e-\u06d3])")


def comparable_words(text: str) -> list[str]:
    """Words with apostrophe style and hyphens set aside (a divided word keeps its hyphen), a
    range's dash kept as "to", and figures as figures in any script: Urdu braille's digits are
    print's, though liblouis reads them back in Urdu's own ("ورزش 1" as "ورزش ۱")."""
    text = unicodedata.normalize("NFC", text)  # print's "ਸ਼" in either of its spellings
    # Urdu braille writes a word's last alef with fathatan ("فوراً", at once) and the alef with
    # a semicolon after it alike, dots 1 then 23: which it is, the cells cannot say, and the
    # braille is the table's for either (layout's _SHARED_CELL_READINGS)
    text = _FATHATAN_ON_A_LAST_ALEF.sub("\u0627", text)
    text = _RANGE.sub(" to ", text)  # a range is compared as one: "9–5" lost its dash as "9 5"
    text = text.replace("-", "").replace("\u2010", "")
    return words(re.sub(r"\d", lambda digit: str(unicodedata.digit(digit[0], 0)), text))


# UEB's alphabetic wordsigns: a letter alone in "e.g." or "20g" is brailled as the letter,
# which liblouis reads back as its wordsign ("e.g." as "e.go."), though the braille is right.
_WORDSIGNS = dict(
    zip(
        "bcdefghjklmnpqrstuvwxyz",
        "but can do every from go have just knowledge like more not people quite rather so "
        "that us very will it you as".split(),
        strict=True,
    )
)


def _differences(expected: list[str], found: list[str]) -> tuple[float, list[str]]:
    agreement, differing = _differing(expected, found)
    return agreement, [said for said, _ in differing]


def negations(languages: set[str]) -> frozenset[str]:
    """The words whose loss turns a ban into an instruction ("do not push into pain" read "do
    push ..."), in each of `languages` (languages.py's negations): a Polish leaflet's "nie", an
    Urdu one's "نہ", a Welsh line's "Ni" brailled in UEB inside an English paragraph, as
    English's "not" ("Nie przyjmuj więcej niż 8 tabletek" without its "nie" had passed at
    99.4% of its words). Each is compared as the back-translation's words are
    (comparable_words). Urdu, Arabic, Gujarati, Punjabi and Polish braille read back word for
    word; Welsh braille (cy-cy-g2) reads some words back wrong ("tabled" as "tablwyddyned"),
    but its words for not as printed. A paragraph in another code (the trust's offer in each
    language) is compared with the braille the layout writes for it, not word by word, so its
    "not" is as safe as liblouis's table for it."""
    return frozenset(
        word
        for row in LANGUAGES
        if row.code in languages
        for said in row.negations
        for word in comparable_words(said)
    )


_ENGLISH_NEGATIONS = negations({"en"})


def _languages_in(leaflet: Leaflet) -> set[str]:
    """The languages the leaflet's lines and runs are in, English always among them."""
    return {"en", primary_language(leaflet.meta.language)} | {
        primary_language(run.lang) for run in reading_order(leaflet) if run.lang
    }


def _is_negation(word: str, negating: frozenset[str]) -> bool:
    return word in negating or word.endswith("n't")


def _changes_meaning(
    wanted: list[str], got: list[str], negating: frozenset[str] = _ENGLISH_NEGATIONS
) -> bool:
    """Whether words that differ are ones a patient acts on whatever the rest says: the source's
    figure (a dose, a time, a phone number) not read back as written, or a "not" ("don't" and
    the like, and each of the leaflet's languages' own, `negating`) lost or added. (A figure
    read back where the source has none is liblouis naming a cell it cannot read, "\\456/",
    counted with the other words.)"""
    return any(
        any(char.isdigit() for char in word) or _is_negation(word, negating) for word in wanted
    ) or any(_is_negation(word, negating) for word in got)


def _differing(
    expected: list[str], found: list[str], negating: frozenset[str] = _ENGLISH_NEGATIONS
) -> tuple[float, list[tuple[str, bool]]]:
    """The share of the source's words read back, and each difference said, with whether it
    changes what the leaflet tells the reader (_changes_meaning, with the `negating` words of
    the leaflet's languages)."""
    matcher = SequenceMatcher(None, expected, found, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    differences = []
    for tag, e_lo, e_hi, f_lo, f_hi in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and e_hi - e_lo == f_hi - f_lo and all(
            _WORDSIGNS.get(letter) == word
            for letter, word in zip(expected[e_lo:e_hi], found[f_lo:f_hi], strict=True)
        ):
            matched += e_hi - e_lo  # "g" read back as "go": a letter alone, brailled right
            continue
        wanted, got = " ".join(expected[e_lo:e_hi]), " ".join(found[f_lo:f_hi])
        if tag == "delete":
            said = f"'{wanted}' is missing"
        elif tag == "insert":
            said = f"'{got}' is extra"
        else:
            said = f"'{wanted}' reads back as '{got}'"
        differences.append(
            (said, _changes_meaning(expected[e_lo:e_hi], found[f_lo:f_hi], negating))
        )
    return matched / max(1, len(expected)), differences


def spelled_alike(
    found: list[str], expected: list[str], tables, negating: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """`found` with each word that is none of the source's read as the source's word a Welsh
    table among `tables` writes in the same cells, and each such reading said ("'castori' is
    'cast'"). liblouis's Welsh tables read back part-word signs a word never has: cy-cy-g2.ctb
    writes "st" and "stori" alike (34), and "blwyddyn" as b and l, so "cast" read back
    "castori", "tabled" "tablwyddyned", "ystod" "ystoriod", though the braille is what the table
    writes for the source's word and a Welsh reader reads it so: a Welsh leaflet failed its
    check at 95% of its words. Never a word with a figure or a 'not' (`negating`) either side:
    a changed dose or a lost "ddim" stays a difference."""
    welsh = [t for t in dict.fromkeys(tables) if table_name(t) in WELSH_TABLES]
    if not welsh:
        return found, []
    known = set(expected)

    def plain(word: str) -> bool:
        return not any(ch.isdigit() for ch in word) and not _is_negation(word, negating)

    by_cells = {
        (table, welsh_cells(word, table)): word
        for table in welsh
        for word in sorted(known)
        if plain(word)
    }
    read, said = [], []
    for word in found:
        alike = None
        if word not in known and plain(word):
            written = ((table, welsh_cells(word, table)) for table in welsh)
            alike = next((by_cells[key] for key in written if key in by_cells), None)
        read.append(alike or word)
        if alike:
            said.append(f"'{word}' is '{alike}'")
    return read, list(dict.fromkeys(said))


def other_code_notes(leaflet: Leaflet) -> dict[str, str]:
    """The transcriber's note that announces a passage in another braille code, and that
    passage's language: {"Next paragraph: Urdu in Urdu braille": "ur"}."""
    names = {
        **{row.code: row.english_name for row in LANGUAGES},
        **{t.lang: t.language_name for t in leaflet.trust.translations},
    }
    return {other_code_note(name): lang for lang, name in names.items()}


def _note_before_other_code(lines: list[str], notes: dict[str, str], english: str):
    """(language, note, the passage's lines after the note) when a passage opens with a
    transcriber's note announcing another braille code, else None."""
    if not lines[0].startswith(TN_OPEN):
        return None
    end = next((i for i, line in enumerate(lines) if line.endswith(TN_CLOSE)), None)
    if end is None or end + 1 >= len(lines):
        return None
    note = back_translate(join_lines(lines[: end + 1]), english).strip()
    return (notes[note], note, lines[end + 1 :]) if note in notes else None


def _other_codes_over_page_ends(
    found: list[Passage], notes: dict[str, str], english: str, paragraphs: set[str]
) -> list[Passage]:
    """A passage in another code that fills its page to the end and is not yet the whole of one
    of the leaflet's other-code `paragraphs` goes on at the top of the next page (the English
    offer in an Urdu leaflet at 20 cells x 10 lines ran on to a second page, which had been
    read in Urdu braille, and the English line was then missing)."""
    joined: list[Passage] = []
    for passage in found:
        before = joined[-1] if joined else None
        announced = before and before.ends_page and _note_before_other_code(
            before.lines, notes, english
        )
        if announced and join_lines(announced[2]) not in paragraphs:
            run_on = join_lines(announced[2] + passage.lines)
            if any(paragraph.startswith(run_on) for paragraph in paragraphs):
                joined[-1] = Passage(before.page, before.lines + passage.lines, passage.ends_page)
                continue
        joined.append(passage)
    return joined


def _check_text(
    leaflet: Leaflet, pages, choices: LayoutChoices, made: Transcription, report: CheckReport
) -> None:
    units = units_of(leaflet, choices, made)
    notes = other_code_notes(leaflet)
    main_table = table_for(leaflet.meta.language, choices.grade)
    english = table_for("en", choices.grade)
    used = {s.table for u in units if u.role != "foreign" for s in u.segments}
    tables = tuple(dict.fromkeys([main_table, english, *sorted(used)]))
    expected_text = " ".join(u.text for u in units if u.role != "foreign")
    expected = comparable_words(expected_text)
    vocabulary = set(expected)
    announced_codes = inline_code_notes(units)

    found_text: list[str] = []
    foreign: dict[str, list[str]] = {}
    paragraphs = {
        join_lines([line.cells.strip(BLANK) for line in break_unit(unit, choices.cells_per_line)])
        for unit in units
        if unit.role == "foreign"
    }
    found = passages(pages, choices)
    for passage in _other_codes_over_page_ends(found, notes, english, paragraphs):
        lines = passage.lines
        announced = _note_before_other_code(lines, notes, english)
        if announced:
            lang, note, other_code = announced
            found_text.append(note)
            foreign.setdefault(lang, []).append(
                join_lines(other_code, table_for(lang, choices.grade))
            )
            continue
        if used == {main_table}:
            found_text.append(back_translate(join_lines(lines, main_table), main_table))
        else:
            found_text.extend(_read_mixed(lines, tables, vocabulary, announced_codes))
    negating = negations(_languages_in(leaflet))
    read, alike = spelled_alike(comparable_words(" ".join(found_text)), expected, tables, negating)
    agreement, differing = _differing(expected, read, negating)
    differences = [said for said, _ in differing]
    report.findings.append(
        f"back-translation agrees with the source on {_share(agreement)} of {len(expected)} words "
        f"(apostrophe style and emphasis set aside)"
    )
    if alike:
        report.findings.append(
            "words liblouis reads back otherwise, though the braille is what the Welsh table "
            "writes for the source's word: " + "; ".join(alike[:12])
        )
    if differences:
        report.findings.append("words that differ: " + "; ".join(differences[:12]))
    if agreement < MIN_AGREEMENT:
        report.problems.append(
            f"back-translation agrees on only {_share(agreement)} of words (at least "
            f"{MIN_AGREEMENT:.0%} needed): " + "; ".join(differences[:8])
        )
    changed = [said for said, meaning in differing if meaning]
    if changed:
        # under the 1% a long leaflet allows, one figure or one "not" is still a wrong dose or
        # a ban read as an instruction ("9AM" had read back "91m" and the check passed)
        report.problems.append(
            "the braille changes what the leaflet says (a number or a 'not' reads back "
            "differently): " + "; ".join(changed[:8])
        )
    _check_bans_in_tables(leaflet, read, negating, report)
    _check_foreign(units, foreign, choices, report)


def _check_bans_in_tables(
    leaflet: Leaflet, read: list[str], negating: frozenset[str], report: CheckReport
) -> None:
    """Each cell under a ban's heading ("Don't", "Do not", "Avoid", "Never") is read with that
    heading straight before it, or with its own ban: a "Do | Don't" row brailled "Take your
    injection ...: Stop your injections early" had passed at 100% of its words, every word
    there and the ban said by nothing in the row. A cell not found at all is the word check's."""
    for table in (block for block in leaflet.blocks if isinstance(block, Table)):
        for column, heading in enumerate(table.header):
            if not is_negative_heading(plain := " ".join(span.text for span in heading)):
                continue
            said = comparable_words(plain.strip(" :"))
            for row in table.rows:
                cell = comparable_words(" ".join(span.text for span in row[column])) if (
                    column < len(row)) else []
                if not cell or any(_is_negation(word, negating) for word in cell[:3]):
                    continue  # its own ban ("Don't lift ..."), which the word check keeps
                start = cell[:4]
                at = [i for i in range(len(read)) if read[i : i + len(start)] == start]
                if at and not any(read[max(0, i - len(said)) : i] == said for i in at):
                    report.problems.append(
                        f"a table's cell under '{plain.strip()}' reads without its ban, an "
                        f"instruction to do it: '{' '.join(cell[:8])}'"
                    )


def inline_code_notes(units) -> dict[str, str]:
    """What each transcriber's note opening a run of another code inside a line says ("Urdu
    braille:", "English braille:"), with that code's table: the reader reads on in it, and so
    does the check (a word liblouis reads back badly in its own code, Urdu's 'مجھے', had been
    read as UEB; English in a Punjabi paragraph had been read as UEB with no note to say so)."""
    notes = {}
    for unit in units:
        for segment, after in zip(unit.segments, unit.segments[1:], strict=False):
            said = segment.text.strip()
            noted = any(form & louis.emph_5 for form in segment.typeform)
            if noted and said.endswith(" braille:"):
                notes[said] = after.table
    return notes


@dataclass
class CodeInForce:
    """What a reader carries from one line to the next: the code a note announced (until the
    note that ends it) and a note's words so far (a note going on in the next line: "...
    ⠈⠨⠣English" / "braille:⠈⠨⠜ Stroke Unit")."""

    announced: str | None = None
    note: list[str] = field(default_factory=list)
    ended: str | None = None  # the code a note has just ended: what follows is not in it


def read_line(
    line: str,
    tables: tuple[str, ...],
    vocabulary: set[str],
    previous: str | None = None,
    announced: dict[str, str] | None = None,
    carried: CodeInForce | None = None,
) -> list[tuple[str, str]]:
    """A line of mixed tables (a Polish leaflet's English labels, a Polish run in English text,
    a Polish item's dash) split as a braillist would read it, into (table, cells) runs: the whole
    line in the table whose reading has the most expected words, or, when no table reads it
    whole, word by word, neighbouring words in one table together. `previous` is the table the
    line before was read in: a tie goes to it. A run a note announces ("Urdu braille:", "English
    braille:") is read in that code up to the note that ends it; `carried` takes that over a
    line's end. The words outside notes and such runs are in the line's own code: where that is
    another code than UEB, each word is read in it, never as UEB unannounced (English in a
    Punjabi paragraph, in cells of its own, had passed as English)."""
    state = carried if carried is not None else CodeInForce()
    english = next((t for t in tables if t.startswith("en-ueb")), tables[0])

    def score(cells: str, table: str) -> tuple[int, int]:
        """Expected words less unexpected ones, then fewer signs print never has (a UEB
        capital read in Polish braille comes back as '_'). A lone letter of a script whose
        vowel signs split words ('ਸ' of Gurmukhi 'ਪਅਗੇਸ') is a fragment, not a word: it counts
        for nothing, or English 'pages' would read as Punjabi."""
        reading = back_translate(cells, table)
        found = [w for w in comparable_words(reading) if len(w) > 1 or w.isascii()]
        found, _ = spelled_alike(found, sorted(vocabulary), (table,))
        return sum(1 if w in vocabulary else -1 for w in found), -len(_MISREAD.findall(reading))

    def choose(cells: str, previous: str | None, ended: str | None = None) -> str:
        """The best-scoring table; but a word no table reads as one of the leaflet's own
        ("pages" of "5 braille pages") stays in the table around it, else the leaflet's, and is
        not read as whichever script turns it into no word at all (Gurmukhi for English). Never
        the code a note has just `ended`, where another is there to read it in."""
        among = tuple(t for t in tables if t != ended) or tables
        previous = previous if previous in among else None
        best = max(among, key=lambda t: (score(cells, t), t == previous, -among.index(t)))
        if score(cells, best)[0] > 0:
            return best
        return previous or among[0]

    has_note = TN_OPEN in line or TN_CLOSE in line or bool(state.note)
    table = state.announced if state.announced in tables else choose(line, previous)
    reading = back_translate(line, table)
    if not has_note and (
        state.announced in tables
        or not _MISREAD.search(reading)
        and all(w in vocabulary for w in comparable_words(reading))
    ):
        return [(table, line)]
    # each token, glued, the table it must be, the table it cannot be
    read: list[tuple[str, bool, str | None, str | None]] = []
    note = state.note  # the words of a transcriber's note read so far
    for token, glued in _tokens(line):
        if token.startswith(TN_OPEN):
            note.clear()
        if note or token.startswith(TN_OPEN):
            note.append(token)
            if token.endswith(TN_CLOSE):
                said = back_translate(BLANK.join(note), english).strip()
                note.clear()
                if said in (announced or {}):
                    state.announced, state.ended = (announced or {})[said], None
                elif said.startswith("end of ") and said.endswith(" braille"):
                    state.announced, state.ended = None, state.announced
            read.append((token, glued, english, None))
        else:
            read.append((token, glued, state.announced if token else None, state.ended))
    # the line's own code, from its words outside notes and announced runs
    free = BLANK.join(token for token, _, table, _ in read if token and table is None)
    own = choose(free, previous) if free else None
    own = None if own is None or own.startswith("en-ueb") else own
    runs: list[tuple[str, str]] = []
    for token, glued, table, ended in read:
        if table is None and token:
            # never in the code a note has just ended (Arabic's 'و', and, joined to English
            # after it, "و8pm", had been read as UEB's 'w' after 'end of English braille', and a
            # Gujarati row's colon after its English entry as UEB's '4')
            around = runs[-1][0] if runs else previous
            table = own if own and own != ended else choose(token, around, ended)
        elif table is None:
            table = runs[-1][0] if runs else english
        if runs and runs[-1][0] == table:
            runs[-1] = (table, runs[-1][1] + ("" if glued else BLANK) + token)
        else:
            runs.append((table, token))
    return runs


_NOTE_EDGES = re.compile(f"(?={re.escape(TN_OPEN)})|(?<={re.escape(TN_CLOSE)})")


def _tokens(line: str):
    """The line's words, a note's indicators starting and ending one of their own, with whether
    each was joined to the one before in the braille: a note closing straight before the
    paragraph's own full stop ("... Stroke Unit ⠈⠨⠣end of English braille⠈⠨⠜⠲" in Arabic) had
    been read as a note going on, the Arabic after it read as English."""
    for word in line.split(BLANK):
        for number, piece in enumerate(p for p in _NOTE_EDGES.split(word) if p or not word):
            yield piece, number > 0


def _read_mixed(
    lines: list[str], tables: tuple[str, ...], vocabulary: set[str], announced: dict[str, str]
) -> list[str]:
    """A passage that mixes tables, each line read with read_line; a run that goes on from the
    line before in the same table is joined to it (so a divided word is joined again)."""
    groups: list[tuple[str, list[str]]] = []  # (table, fragments: one per line it spans)
    carried = CodeInForce()
    for line in lines:
        previous = groups[-1][0] if groups else None
        # a line after a continuation indicator goes on with the address or number before it,
        # in its table ("www.leicestershospi" / "tals.nhs.uk" had been read apart, and
        # "tals" as another code's word)
        goes_on = (
            bool(groups)
            and groups[-1][0].startswith("en-ueb")
            and groups[-1][1][-1].endswith(CONTINUATION)
        )
        runs = read_line(
            line, (previous,) if goes_on else tables, vocabulary, previous, announced, carried
        )
        for number, (table, cells) in enumerate(runs):
            if number == 0 and groups and groups[-1][0] == table:
                groups[-1][1].append(cells)
            else:
                groups.append((table, [cells]))
    return [back_translate(join_lines(fragments, table), table) for table, fragments in groups]


def _check_foreign(units, foreign: dict[str, list[str]], choices, report: CheckReport) -> None:
    """Each other-language line must be there, in its own table's braille, six dots only."""
    for unit in units:
        if unit.role != "foreign":
            continue
        name = language_name(unit.lang)
        table = unit.segments[0].table
        lines = break_unit(unit, choices.cells_per_line)
        wanted = join_lines([line.cells.strip(BLANK) for line in lines], table)
        found = foreign.get(unit.lang, [])
        if wanted not in found:
            report.problems.append(
                f"the {name} line is missing, not in {table_name(table)} braille, or has no "
                f"transcriber's note before it saying '{other_code_note(name)}'"
                + (" (a different text stands under its note)" if found else "")
            )
            continue
        printed = unicodedata.normalize("NFC", unit.text)
        reading = as_printed(back_translate(wanted, table), printed, table)
        similarity = SequenceMatcher(None, printed, reading, autojunk=False).ratio()
        report.findings.append(
            f"{name} line in {table_name(table)}, announced by a transcriber's note: "
            f"back-translation matches {similarity:.0%} of its characters"
        )
        if looks_cut(unit.lang, unit.text):
            report.findings.append(
                f"to check: the {name} line seems to start mid-sentence ('{unit.text[:30]} ...'); "
                "its beginning may have been lost: ask a translator for the whole line and "
                "correct config/organisation.yaml"
            )


def _check_headings(units, pages: list[list[str]], choices, report: CheckReport) -> None:
    """Every heading must start where no text line starts (UKAAF B004 section 5): centred, or in
    a cell of its own (cell 5 or 7 here), so a reader's finger finds it."""
    width = choices.cells_per_line
    heading_lines = {
        unit.text: [line.cells.strip(BLANK) for line in break_unit(unit, width)]
        for unit in units
        if unit.role == "heading"
    }
    own = {cells for lines in heading_lines.values() for cells in lines}
    body = [line for page in pages for line in _body(page, choices) if line.strip(BLANK)]
    text_indents = {
        _indent(line)
        for line in body
        if line.strip(BLANK) not in own and set(line) - {TOP_BOX_LINE, BOTTOM_BOX_LINE}
    }
    blurred = []
    for text, lines in heading_lines.items():
        found = next((line for line in body if line.strip(BLANK) == lines[0]), None)
        if found is None:
            report.problems.append(f"the heading '{text[:40]}' is not in the braille")
            continue
        indent = _indent(found)
        centred = indent > 0 and abs(indent - (width - len(found))) <= 1
        if not centred and indent in text_indents:
            blurred.append(f"'{text[:40]}' (cell {indent + 1})")
    if blurred:
        report.problems.append(
            "headings that start in the same cell as text lines, so a reader cannot tell them "
            "from a paragraph: " + "; ".join(blurred)
        )
    else:
        report.findings.append(
            f"{len(heading_lines)} headings, each centred or in a cell no text line starts in"
        )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(BLANK))


def title_pages(
    leaflet: Leaflet, pages: list[list[str]], choices, made: Transcription
) -> tuple[list[str], int]:
    """The lines of the title and the identification below it, read from page 1 on, and the
    page they end on: on a small page they run on to a second title page (UKAAF, BANA), and
    only page 1 had been read (a 20-cell, 10-line braille of any leaflet failed its check for
    an identification that was there, on page 2)."""
    units = units_of(leaflet, choices, made)
    count = 1 + len(identification(leaflet, choices, made))
    wanted = sum(len(break_unit(unit, choices.cells_per_line)) for unit in units[:count])
    found: list[str] = []
    last = 1
    for number, page in enumerate(pages, start=1):
        for line in _body(page, choices):
            if len(found) == wanted:
                return found, last
            if line.strip(BLANK):
                found.append(line.strip(BLANK))
                last = number
    return found, last


def _check_identification(
    leaflet: Leaflet, pages: list[list[str]], choices, made: Transcription, report: CheckReport
) -> None:
    """The title page(s) say what the transcription is: code and grade, producer, number of
    pages."""
    english = table_for("en", choices.grade)
    lines, last = title_pages(leaflet, pages, choices, made)
    said = " ".join(" ".join(back_translate(line, english) for line in lines).split())
    count = len(pages)
    wanted = {
        "the braille code": code_name(leaflet.meta.language, choices.grade),
        "who produced it": f"Transcribed by {leaflet.trust.organisation}",
        "the number of pages": f"{count} braille page{'s' if count != 1 else ''}",
    }
    missing = [what for what, words in wanted.items() if " ".join(words.split()) not in said]
    where = "page 1" if last == 1 else f"title pages 1 to {last}"
    if missing:
        report.problems.append(
            f"braille {where} do not identify the transcription: they do not give "
            if last > 1
            else "braille page 1 does not identify the transcription: it does not give "
        )
        report.problems[-1] += ", ".join(missing)
    else:
        report.findings.append(
            f"{where} identif{'y' if last > 1 else 'ies'} the transcription: code and grade, "
            f"producer, date, {count} braille pages"
        )


def _produced(path: Path | None) -> date:
    """When the braille was made, from its PEF (dc:date), so page 1's date reads back."""
    try:
        found = etree.parse(str(path)).findtext(
            f"{{{PEF_NS}}}head/{{{PEF_NS}}}meta/{{{DC_NS}}}date"
        )
        return date.fromisoformat((found or "").strip())
    except (OSError, TypeError, ValueError, etree.XMLSyntaxError):
        return date.today()


def _check_pef(path: Path, pages: list[list[str]], choices, report: CheckReport) -> None:
    try:
        tree = etree.parse(str(path))
    except etree.XMLSyntaxError as error:
        report.problems.append(f"{path.name} is not well-formed XML: {error}")
        return
    grammar = pef_problems(tree)
    report.problems.extend(f"{path.name} is not valid PEF 2008-1: {p}" for p in grammar)
    if not grammar:
        report.findings.append("PEF is valid PEF 2008-1 (its grammar and page-size rules)")
    ns = {"p": PEF_NS, "dc": DC_NS}
    for name in ("title", "language", "date"):
        if not (tree.findtext(f"p:head/p:meta/dc:{name}", namespaces=ns) or "").strip():
            report.problems.append(f"{path.name} has no dc:{name}")
    volume = tree.find("p:body/p:volume", ns)
    size = [(volume.get(name) or "") if volume is not None else "" for name in ("cols", "rows")]
    cols, rows = (int(value) if value.isdigit() else 0 for value in size)
    pef_pages = [
        [row.text or "" for row in page.iterfind("p:row", ns)]
        for page in tree.iterfind(".//p:page", ns)
    ]
    if (cols, rows) != (choices.cells_per_line, choices.lines_per_page):
        report.problems.append(f"PEF page size is {cols}x{rows}, not the order's size")
    if pef_pages != pages:
        report.problems.append("the PEF and the BRF do not hold the same braille")


def _check_preview(path: Path, pages: list[list[str]], report: CheckReport) -> None:
    if preview_pages(path.read_text(encoding="utf-8")) != pages:
        report.problems.append(f"{path.name} does not show the same braille as the BRF")


def _check_proof(
    path: Path, pages: list[list[str]], report: CheckReport, laid: list[Page] | None = None
) -> None:
    """The proof must show the BRF's braille, page for page, in a tagged PDF a sighted checker
    can read: its raised (black) cells read in order are the BRF's cells. A proof this process
    has just written is read from its content streams, any other as `leaflet check` reads it,
    with pdfplumber (formats/pdf_glyphs.py)."""
    try:
        data = path.read_bytes()
        with pikepdf.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            tagged = "/StructTreeRoot" in pdf.Root
            here, _ = written_here(path, data)
            content = read_content(pdf) if here else None
            shown = [_raised(page.glyphs) for page in content[0]] if content else None
            if shown is None and (shown := _raised_to_pdfplumber(path, data, report)) is None:
                return
            marked = content[1] if content else _marked_to_pdfplumber(data)
            if laid is not None:
                _check_proof_readings(path.name, pdf, marked, pages, laid, report)
    except (pikepdf.PdfError, OSError) as error:
        report.problems.append(f"{path.name} cannot be opened: {error}")
        return
    if count != len(pages):
        report.problems.append(f"{path.name} has {count} pages for {len(pages)} braille pages")
    if not tagged:
        report.problems.append(f"{path.name} is not a tagged PDF")
    wanted = ["".join(line.replace(BLANK, "") for line in page) for page in pages]
    differ = [n for n, (a, b) in enumerate(zip(shown, wanted, strict=False), start=1) if a != b]
    if differ:
        report.problems.append(
            f"{path.name} does not show the BRF's braille on page(s) "
            + ", ".join(map(str, differ[:5]))
        )
    elif count == len(pages):
        report.findings.append(
            f"proof: {count} tagged pages showing the BRF's braille line for line, each with "
            "what it reads back as"
        )


def _raised_to_pdfplumber(path: Path, data: bytes, report: CheckReport) -> list[str] | None:
    """Each page's raised cells as pdfplumber reads them (loaded only here: the build's check of
    the proof it has just written never needs it); None, with the problem, where it cannot."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [_raised(page.chars) for page in pdf.pages]
    except PDFSyntaxError as error:
        report.problems.append(f"{path.name} cannot be opened: {error}")
        return None


def _marked_to_pdfplumber(data: bytes) -> dict[tuple[int, int], str]:
    """The text of each marked-content id, (page, MCID), as pdfplumber reads the glyphs."""
    import pdfplumber

    marked: dict[tuple[int, int], str] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            for char in page.chars:
                if char.get("mcid") is not None:
                    key = (number, int(char["mcid"]))
                    marked[key] = marked.get(key, "") + char["text"]
    return marked


def _other_letters(text: str) -> Counter:
    """The letters of `text` in scripts not written in Latin letters, counted (a reading drawn
    right to left is read back in either order)."""
    text = unicodedata.normalize("NFC", text)
    return Counter(c for c in text if c.isalpha() and not unicodedata.name(c, "").startswith(
        "LATIN"))


def _reader_text(node, marked: dict, page_index: dict, page: int | None = None) -> str:
    """What a PDF reader gets for a structure element: its /ActualText, else its content's."""
    if "/ActualText" in node:
        return str(node.ActualText)
    page = page_index.get(node["/Pg"].objgen, page) if "/Pg" in node else page
    kids = node.get("/K")
    said = []
    for kid in kids if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]:
        if isinstance(kid, int):
            said.append(marked.get((page, kid), ""))
        elif isinstance(kid, pikepdf.Dictionary) and "/MCID" in kid:
            at = page_index.get(kid["/Pg"].objgen, page) if "/Pg" in kid else page
            said.append(marked.get((at, int(kid.MCID)), ""))
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            said.append(_reader_text(kid, marked, page_index, page))
    return "".join(said)


def _check_proof_readings(
    name: str, pdf, marked: dict, pages: list[list[str]], laid: list[Page], report
) -> None:
    """Each line's reading in the proof, as a PDF reader gets it (copied, searched, read aloud),
    must have the letters of the reading the proof is made to show (files.proof_readings, of
    the leaflet laid out again), in any script not written in Latin letters: an Urdu proof
    whose readings were Nastaliq glyphs that map back to other letters ("رمضان" as "ر ذ ا ن")
    had passed, the check comparing only its cells with the BRF's. A line whose braille is not
    the layout's is left to the checks of the cells."""
    rows = reading_rows(pdf)
    lines = [line for page in pages for line in page]
    laid_lines = [line for page in laid for line in page.lines]
    readings = proof_readings(laid)
    if not len(rows) == len(lines) == len(laid_lines):
        return  # the cells' check names a proof of other braille
    page_index = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
    where = [(n, row) for n, page in enumerate(pages, start=1) for row in range(1, len(page) + 1)]
    wrong = []
    for (page_number, line_number), row, line, made, parts in zip(
        where, rows, lines, laid_lines, readings, strict=True
    ):
        if line.rstrip(BLANK) != made.cells.rstrip(BLANK):
            continue
        said = " ".join(text for text, _ in parts)
        shown = _reader_text(row, marked, page_index)
        if _other_letters(said) and _other_letters(shown) != _other_letters(said):
            wrong.append(f"page {page_number} line {line_number} gives '{' '.join(shown.split())}'"
                         f" for '{' '.join(said.split())}'")
    if wrong:
        report.problems.append(
            f"{name}: the proof's reading of braille " + "; ".join(wrong[:5])
            + (f" (and {len(wrong) - 5} more lines)" if len(wrong) > 5 else "")
            + ": a checker copying or hearing it would not read what the braille says"
        )


def _raised(glyphs: list[dict]) -> str:
    """The braille cells drawn in black, in the order drawn (the grey full cells under them
    show where a cell is; a blank cell shows nothing)."""
    return "".join(
        c["text"] for c in glyphs if "\u2801" <= c["text"] <= "\u283f" and _is_black(c)
    )


def _is_black(char: dict) -> bool:
    colour = char.get("non_stroking_color") or (0,)
    return all(value == 0 for value in colour)


def _check_characters(leaflet: Leaflet, choices: LayoutChoices, report: CheckReport) -> None:
    """Every character the source uses must have braille in the table its run is brailled with."""
    for unit in units_of(leaflet, choices):
        for segment in unit.segments:
            for char in segment.undefined:
                report.problems.append(
                    f"{describe_character(char)} in '{unit.text[:50]}' has no braille in "
                    f"{table_name(segment.table)}; the braille shows "
                    f"{_shown_for(char, segment.table)} instead: change the source"
                )
        report.problems.extend(_measures_split(unit))


def _share(agreement: float) -> str:
    """A share of words as a percentage, never "100.0%" when a word differs: one word in 2,475
    read back otherwise had been reported "100.0%" above the very word listed as differing."""
    shown = f"{agreement:.1%}"
    if agreement < 1 and shown == "100.0%":
        return f"{math.floor(agreement * 10000) / 100:.2f}%"
    return shown


def _measures_split(unit) -> list[str]:
    """A figure in the line's code with its Latin unit in UEB after a note ('੩੭°', then
    'C' of '37°C' in a Punjabi line): one measure the reader must put together over two codes
    and a note; layout writes the whole measure in UEB."""
    said = [s for s in unit.segments if not _is_note(s)]
    found = []
    for figure, unit_run in itertools.pairwise(said):
        if figure.table == unit_run.table or not unit_run.table.startswith("en-ueb"):
            continue
        if _RANGE_CUT.search(figure.text) and unit_run.text[:1].isdigit():
            found.append(
                f"a range split over two codes in '{unit.text[:50]}': "
                f"'{_RANGE_CUT.search(figure.text)[0].strip()}' in {table_name(figure.table)}, "
                f"then '{unit_run.text.split()[0]}' in {table_name(unit_run.table)}: "
                "write the whole range in one code"
            )
            continue
        start = measure_starts(figure.text + unit_run.text, len(figure.text))
        if start is not None:
            found.append(
                f"a measure split over two codes in '{unit.text[:50]}': "
                f"'{figure.text[start:]}' in {table_name(figure.table)}, then "
                f"'{unit_run.text.split()[0]}' in {table_name(unit_run.table)}: "
                "write the whole measure in one code"
            )
    return found


# A range's first figure and its dash ending a segment ("(2–" of a Punjabi '(2–8°C)'), its end
# and unit in UEB in the next
_RANGE_CUT = re.compile(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)?(?: ?\u00b0 ?[CF]?)? ?[-\u2013] ?$")


def _is_note(segment) -> bool:
    """Whether a segment is transcriber's note words (layout's _note_segment)."""
    return any(form == louis.emph_5 for form in segment.typeform)


def _shown_for(char: str, table: str) -> str:
    """What the braille has where its table lacks a character (layout's stand_in):
    an Urdu full stop's name has Latin letters Urdu braille lacks too, so it is a blank, and the
    check had said the braille showed the name."""
    shown = stand_in(char, table)
    if shown == "?":
        return "a question mark"
    return "a blank" if shown.isspace() else "its name"  # (never a filled-in name's letters)


def _code_said(leaflet: Leaflet, choices: LayoutChoices) -> str:
    """The code the braille is in, as page 1 names it: a Gujarati leaflet's check had said
    'UEB grade 2' of its Gujarati braille; the grade is its English runs'."""
    code = code_name(leaflet.meta.language, choices.grade)
    if code.startswith("Unified English Braille"):
        return f"UEB grade {choices.grade}"
    return f"{code}, its English in UEB grade {choices.grade}"


def check_files(
    leaflet: Leaflet, choices: LayoutChoices, files: list[Path], report: CheckReport
) -> None:
    by_kind = {
        "brf": [f for f in files if f.suffix == ".brf"],
        "pef": [f for f in files if f.suffix == ".pef"],
        "txt": [f for f in files if f.suffix == ".txt"],
        "pdf": [f for f in files if f.suffix == ".pdf"],
    }
    missing = [kind for kind, found in by_kind.items() if not found or not found[0].is_file()]
    if missing:
        report.problems.append(f"missing braille files: {', '.join(missing)}")
    if "brf" in missing:
        return
    pages = read_brf(by_kind["brf"][0].read_bytes(), report)
    report.findings.append(
        f"{len(pages)} braille pages of at most {choices.cells_per_line} cells x "
        f"{choices.lines_per_page} lines, {_code_said(leaflet, choices)}"
    )
    _check_sizes(pages, choices, report)
    _check_page_numbers(pages, choices, report)
    made = Transcription(_produced(by_kind["pef"][0] if "pef" not in missing else None), len(pages))
    _check_text(leaflet, pages, choices, made, report)
    _check_headings(units_of(leaflet, choices, made), pages, choices, report)
    _check_identification(leaflet, pages, choices, made, report)
    _check_characters(leaflet, choices, report)
    if "pef" not in missing:
        _check_pef(by_kind["pef"][0], pages, choices, report)
    if "txt" not in missing:
        _check_preview(by_kind["txt"][0], pages, report)
    if "pdf" not in missing:
        laid = lay_out(leaflet, choices, made.produced)
        _check_proof(by_kind["pdf"][0], pages, report, laid)
