"""Plain-text and light-Markdown leaflets: one source line per line of the file. Text copied out
of a PDF keeps the PDF's divided words ("usu-" / "ally"): a line ending in a letter and a hyphen
before a line starting in lower case is marked to be joined again."""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import LeafletError
from ...text import SCRIPT_FULL_STOPS
from ..reader import FrontMatter, read_text, split_front_matter
from .lines import (
    DIVIDED_AT_END,
    ENDS_ASKING_FOR_A_NUMBER,
    ENDS_LEADING_ON,
    ENDS_ON_NOT,
    SourceLine,
    blank,
    question_with_choices,
    written_like_a_title,
)
from .metadata import PAGE_NUMBER
from .structure import (
    looks_like_header,
    running_heads_details,
    says_only_a_running_heads_words,
)
from .symbols import BULLET, private_use, shown, unknown_left_out
from .symbols import left_out as symbol_left_out

# (in any script: Punjabi's and Gujarati's danda, Urdu's full stop and question mark)
_SENTENCE_END = re.compile(rf"[.!?{SCRIPT_FULL_STOPS}]['\"”’)]?$")
_UNDERLINE = re.compile(r"^(=|-|~|\*|_)\1{2,}$")  # "____" too: a heading's, not a blank
_PROSE = re.compile(r"^\S+(?:\s+\S+){7,}[.!?]$")  # a sentence of eight words or more


def text_lines(
    path: Path, read_as: list[str] | None = None, dropped: list[str] | None = None,
    lost: list[str] | None = None,
) -> list[SourceLine]:
    """The file's lines; `read_as` gets what encoding other than UTF-8 it was read in,
    `dropped` the running lines left out (_running_lines), and `lost` the symbols of no known
    meaning left out, for a person to check."""
    page_starts: list[int] = []
    text = read_text(
        path, page_breaks=True, read_as=[] if read_as is None else read_as,
        page_starts=page_starts,
    )
    if not text.strip():
        raise LeafletError(
            f"{path}: is empty (no text in it): it was not saved or sent whole: ask for the "
            "file again"
        )
    if _already_a_source(text):
        raise LeafletError(
            f"{path}: is already a leaflet source: copy it into source/ instead"
        )
    typed = [_symbols_written(line) for line in _unquoted(text.splitlines())]
    # (a symbol of no known meaning mid-line, "Shake the inhaler \uf04a and ...", had been kept,
    # a character no format reads, with nothing said: left out and named, as a PDF's is)
    for number, line in enumerate(typed):
        typed[number], unknown = unknown_left_out(line)
        if lost is not None:
            lost += [
                f"line {number + 1}: {symbol_left_out(f'a symbol font U+{ord(char):04X}')}"
                for char in unknown
            ]
    raw_lines = [raw.expandtabs(4).rstrip() for raw in typed]
    width = _wrap_width(raw_lines)
    underlined = _underlined_headings(raw_lines)
    lined_up = _aligned_rows(raw_lines)
    aligned = lined_up | _tabbed_rows(typed) | _spaced_rows(typed, lined_up)
    aligned |= _grid_rows(raw_lines)
    running, kept = _running_lines(raw_lines, page_starts)
    if dropped is not None:
        dropped += running.values()
    lines = []
    for number, expanded in enumerate(raw_lines, 1):
        if number - 1 in underlined or number in running:
            # (the underline itself: the heading above says it all)
            lines.append(SourceLine("", f"line {number}"))
            for part in kept.get(number, []):  # a running line's details, read once
                lines += [SourceLine(part, f"line {number}", running=True), blank(f"line {number}")]
            continue
        if number in aligned:
            cells = aligned[number]
            if not cells:
                continue  # taken into the row above
            lines.append(SourceLine(" | ".join(cells), f"line {number}", cells=cells))
            continue
        indent = len(expanded) - len(expanded.lstrip())
        following = raw_lines[number].strip() if number < len(raw_lines) else ""
        divided = bool(DIVIDED_AT_END.search(expanded) and following[:1].islower())
        lines.append(SourceLine(expanded.strip(), f"line {number}", indent, joins_next=divided,
                                ends_paragraph=_broken_by_hand(expanded, following, width),
                                in_wrapped_text=width != float("inf"),
                                heading=underlined.get(number)))
    return lines


def _symbols_written(line: str) -> str:
    """A line with each character from Word's symbol fonts that text copied out of a Word file
    or PDF keeps (Unicode's private use area) written as what it shows, as a PDF's are: Word's
    bullets U+F0B7 and U+F0A7 at a line's start had been no list's marker (the first item run
    into the sentence above, "... until 2 hours before. \uf0b7 Bring a list of your
    medicines."), and no format reads the character. One of no known meaning opening the line
    before a space marks an item, as in a PDF."""
    if not any(private_use(char) for char in line):
        return line
    written = "".join(
        (shown("", char) or char) if private_use(char) else char for char in line
    )
    return re.sub(r"^(\s*)[\ue000-\uf8ff](?=\s)", rf"\1{BULLET}", written)


_BARS = re.compile(r"\s*\|\s*")  # "Surgical Day Unit | UHL", "| UHL", "Page 2 | SUR-0420"
_AT_AN_EDGE = 2  # a running line stands among a page's first or last two lines
_HEAD = 3  # ... and on the first page may stand under the title and details, so far down


def _running_lines(
    raw_lines: list[str], page_starts: list[int]
) -> tuple[dict[int, str], dict[int, list[str]]]:
    """A text copied out of a PDF keeps each page's running header and footer at its page
    breaks ("Surgical Day Unit | UHL" over a page, "Page 2 | SUR-0420" under it): they had
    been lines of the leaflet, between its sections, "UHL" alone a paragraph. A line is a
    running line when the same line (its figures aside) comes again, each time among a page's
    first or last two lines, at a form feed or a page number, or when, parted by bars, it
    comes again anywhere; never a sentence ("Call 999 in an emergency." said twice). Each is
    dropped (by line number, with what is said of it); the leaflet's reference or trust a
    running line gives is kept once, as a running line, for its details."""
    texts = [at for at, line in enumerate(raw_lines) if line.strip()]
    # where pages meet: a form feed, a page's number (alone, or as a running line's part)
    edges: set[int] = set()
    for start in page_starts:
        first = next((position for position, at in enumerate(texts) if at >= start - 1), 0)
        edges.update(range(max(first - _AT_AN_EDGE, 0), first + _AT_AN_EDGE))
    running: dict[int, str] = {}
    # a page's number alone at a form feed (or ending the last page) is no line of the text
    for position in sorted(edges | ({len(texts) - 1} if page_starts else set())):
        text = raw_lines[texts[position]].strip() if 0 <= position < len(texts) else ""
        if re.fullmatch(r"\d{1,3}", text):
            number = texts[position] + 1
            running[number] = f"line {number}: dropped the page number {text!r} by a form feed"
    for position, at in enumerate(texts):
        parts = [part for part in _BARS.split(raw_lines[at].strip()) if part]
        # (a number alone, or "Page 2" beside a running line's words: not a table's "12/01")
        if PAGE_NUMBER.match(raw_lines[at]) or any(
            PAGE_NUMBER.match(part) and part.lower().startswith("page") for part in parts
        ):
            edges.update(range(position - _AT_AN_EDGE, position + _AT_AN_EDGE + 1))
    shapes: dict[str, list[int]] = {}
    for position, at in enumerate(texts):
        text = " ".join(raw_lines[at].split())
        if len(text.split()) > 15 or re.search(r"[.!?]['\"”’)]?$", text) or (
            text.startswith("|") and text.endswith("|")  # a Markdown table's row
        ) or PAGE_NUMBER.match(text) and text.lower().startswith("page") or not re.search(
            r"[^\W\d_]", text  # a table's row of figures ("12/01 | 2.4 | 5")
        ):
            continue  # ("Page 2 of 3" the recovery drops, and reads a running head by it)
        shapes.setdefault(re.sub(r"\d+", "#", text.lower()), []).append(position)
    kept: dict[int, list[str]] = {}
    for shape, positions in shapes.items():
        barred = "|" in shape and any(part.strip() for part in shape.split("|"))
        # (the first page's head and the last page's foot are at the file's ends; a head set
        # with bars may stand lower on the first page, under the title and details, never
        # elsewhere: "Monday to Friday | 9am to 5pm" said twice in the text stays)
        ends = {0, 1, len(texts) - 2, len(texts) - 1}
        away = [position for position in positions if position not in edges | ends]
        first_page = next((
            position for position, at in enumerate(texts)
            if page_starts and at >= page_starts[0] - 1
        ), len(texts))
        if len(positions) < 2 or not any(position in edges for position in positions) or (
            away and not (barred and len(away) == 1 and away[0] < first_page)
        ) or any(_heads_a_table(raw_lines, texts, at, page_starts) for at in positions):
            continue
        # (at the file's head it is the leaflet's title, department or masthead, as read; lower
        # on the first page, past its title and details, a table's header the next page repeats)
        positions = [
            position for position in positions
            if position > 1 and (position not in away or position <= _HEAD)
        ]
        if not positions:
            continue
        numbers = [texts[position] + 1 for position in positions]
        said = " ".join(raw_lines[numbers[0] - 1].split())
        # (never a line of the leaflet's own: a ward's hours, a phone number, an instruction)
        head = [
            " ".join(raw_lines[at].split()) for position, at in enumerate(texts[:_HEAD + 1])
            if position not in positions
        ]
        if not says_only_a_running_heads_words(said, head):
            continue
        for number in numbers:
            running[number] = (
                f"line {number}: dropped {said[:60]!r}, a running head or foot at each page's "
                f"edge (lines {', '.join(map(str, numbers))})"
            ) if number == numbers[0] else ""
        if details := running_heads_details(said):
            kept[numbers[0]] = details
    return running, kept


def _heads_a_table(
    raw_lines: list[str], texts: list[int], position: int, page_starts: list[int]
) -> bool:
    """Whether the line is a table's header over its rows, as many cells each, on its page
    ("Date | INR | Dose (mg)" over "26/01 | 2.8 | 5", repeated over the next page's rows)."""
    if position + 1 >= len(texts):
        return False
    at, following = texts[position], texts[position + 1]
    cells = len(_BARS.split(raw_lines[at].strip()))
    return (
        "|" in raw_lines[following]
        and len(_BARS.split(raw_lines[following].strip())) == cells
        and not any(at < start - 1 <= following for start in page_starts)
    )


def _already_a_source(text: str) -> bool:
    """Whether the file opens on front matter the reader knows (a source from source/ given
    to import again): its details had each been dropped as a masthead line, the review date
    lost, 'language: en-GB' even taken for a heading. Dashes round a line that is no
    'key: value' the reader knows (a rule under a title) are the leaflet's own."""
    if text.split("\n", 1)[0].strip() != "---":
        return False
    try:
        data, _, _ = split_front_matter(text, "")
    except LeafletError:
        return False
    return any(key in FrontMatter.model_fields for key in data)


_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")  # "> ", "> > ", ">>": an e-mail's quote marks


def _unquoted(typed: list[str]) -> list[str]:
    """A leaflet pasted from an e-mail that quoted it ("> Keeping the wound dry", a bare ">"
    between paragraphs) had every line kept with its "> ": the bare ">" a heading, each
    paragraph a notice, a list running on over the headings under it. A run of eight quoted
    lines or more with three bare ">" among them (paragraphs apart, which no notice of a
    paragraph or two has) loses its quote marks."""
    found = list(typed)
    run: list[int] = []
    for number in range(len(typed) + 1):
        if number < len(typed) and _QUOTED.match(typed[number]):
            run.append(number)
            continue
        bare = [at for at in run if not _QUOTED.sub("", typed[at]).strip()]
        if len(run) >= 8 and len(bare) >= 3:
            for at in run:
                found[at] = _QUOTED.sub("", typed[at])
        run = []
    return found


# A list item's typed marker ("•", "1.", "(a)", "ii)"): a line it starts is no table's row.
_LIST_MARKER = r"[-•*–]|\(?\w{1,3}[.):]"
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _tabbed_rows(typed: list[str]) -> dict[int, tuple[str, ...]]:
    """A table typed with tabs between its columns ("INR<tab>What to do" / "5.0 to 7.9<tab>Do
    not take your dose tonight."): two lines or more in a row with as many cells each. Read as
    text, the header was a chapter and each value ran into its action ("five point zero to
    seven point nine Do not take your dose tonight")."""
    found: dict[int, tuple[str, ...]] = {}
    run: list[tuple[int, tuple[str, ...]]] = []
    for number in range(1, len(typed) + 2):
        line = typed[number - 1].strip() if number <= len(typed) else ""
        cells = tuple(cell.strip() for cell in re.split(r"\t+", line))
        # not "1.<tab>Take ..." (a list) nor "Tel:<tab>0116 ..." (a label and its value), nor
        # a question with its choices
        if re.fullmatch(rf"{_LIST_MARKER}|[\w ]{{1,20}}:", cells[0]) or question_with_choices(
            cells
        ):
            cells = (line,)
        if len(cells) > 1 and all(cells) and (not run or len(cells) == len(run[0][1])):
            run.append((number, cells))
            continue
        if len(run) >= 2:
            found.update(run)
        run = [(number, cells)] if len(cells) > 1 and all(cells) else []
    return found


# What parts a table's columns when they do not line up: a tab, or three spaces or more (two
# is a sentence's end in text set with two spaces after a full stop: "Take it.  Then rest.").
_COLUMN_GAP = re.compile(r"\s*\t\s*| {3,}")
_LABEL = re.compile(r"[A-Za-z][\w ]{0,24}:(?:\s|$)")  # "Tel: ...", "Leaflet number: ..."


def _spaced_rows(
    typed: list[str], lined_up: dict[int, tuple[str, ...]]
) -> dict[int, tuple[str, ...]]:
    """A table pasted from Word with its columns parted by runs of spaces or tabs that do not
    line up ("Your usual dose    Sick day dose    How long" / "10mg twice a day    20mg twice
    a day    until 48 hours after you are well"): read as text, its header was a chapter and
    its rows one sentence, the usual dose not told from the sick-day dose. Two lines or more
    one after another, each parted into as many short cells (2 to 6), the first naming the
    columns as a header does (a contact list "Ward 7    0116 258 1234" names none: its lines
    stay lines). A line parted so that is no row (a sentence with a wide gap, a label and its
    value), a row short of a cell (which cell is empty cannot be told) or a cell going on
    under its row leaves all the lines as text. Lines a table lined up with spaces took stay
    its own; rows typed with tabs come out as _tabbed_rows parts them, but a gap of spaces
    between two of their cells ("Tablet<tab>When    With") parts them too."""
    found: dict[int, tuple[str, ...]] = {}
    run: list[int] = []
    for number in range(1, len(typed) + 2):
        raw = typed[number - 1] if number <= len(typed) else ""
        line = raw.strip()
        if len(_COLUMN_GAP.split(line)) > 1:
            run.append(number)
            continue
        rows = [_row_cells(typed[n - 1]) for n in run]
        # the line under the rows goes on in lower case or set in: a cell's words going on
        going_on = bool(line) and (line[:1].islower() or raw[:1].isspace())
        if (
            len(run) >= 2
            and not going_on
            and not any(n in lined_up for n in run)
            and all(rows)
            and len({len(row) for row in rows}) == 1
            and looks_like_header([list(row) for row in rows])
        ):
            found.update(zip(run, rows, strict=True))
        run = []
    return found


_GRID_BORDER = re.compile(r"\+(?:[-=]+\+){2,}")  # "+------+------+", "+======+======+"
_GRID_ROW = re.compile(r"\|.*\|")


def _grid_rows(raw_lines: list[str]) -> dict[int, tuple[str, ...]]:
    """A table drawn with "+----+----+" borders and "|" between its cells, as an old system's
    export or a Markdown grid table sets one: its border had been a heading, and a cell wrapped
    over two lines two list items ("Below 2.0; Take your usual dose and call the" / "clinic
    within 2 working days."). Each row's cells by the line it starts on, its other lines and
    the borders taken into it (()). Rows parted by borders are a row each, their lines' words
    joined again; with borders only round the header and the table, a line whose first cell is
    empty goes on from the row above."""
    found: dict[int, tuple[str, ...]] = {}
    index = 0
    while index < len(raw_lines):
        if not _GRID_BORDER.fullmatch(raw_lines[index].strip()):
            index += 1
            continue
        end = index
        while end < len(raw_lines) and (
            _GRID_BORDER.fullmatch(raw_lines[end].strip())
            or _GRID_ROW.fullmatch(raw_lines[end].strip())
        ):
            end += 1
        segments: list[list[int]] = [[]]
        for at in range(index, end):
            if _GRID_BORDER.fullmatch(raw_lines[at].strip()):
                segments.append([])
            else:
                segments[-1].append(at)
        segments = [segment for segment in segments if segment]
        if len(segments) >= 3:  # a border under every row
            rows = segments
        else:
            rows = []
            for segment in segments:
                for number, at in enumerate(segment):
                    if number and not _grid_cells(raw_lines[at])[0]:
                        rows[-1].append(at)
                    else:
                        rows.append([at])
        cells = [_joined_cells([_grid_cells(raw_lines[at]) for at in row]) for row in rows]
        if len(rows) >= 2 and len({len(row) for row in cells}) == 1 and len(cells[0]) >= 2:
            found.update({at + 1: () for at in range(index, end)})
            found.update({row[0] + 1: cell for row, cell in zip(rows, cells, strict=True)})
        index = end
    return found


def _grid_cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip()[1:-1].split("|"))


def _joined_cells(lines: list[tuple[str, ...]]) -> tuple[str, ...]:
    """One row's cells from its lines, each cell's words joined again (a word divided at its
    own hyphen, "rapid-" / "acting", kept whole)."""
    if len({len(line) for line in lines}) != 1:
        return ()
    joined = []
    for parts in zip(*lines, strict=True):
        cell = ""
        for part in filter(None, parts):
            cell = f"{cell}{part}" if cell.endswith("-") or not cell else f"{cell} {part}"
        joined.append(cell)
    return tuple(joined)


def _row_cells(line: str) -> tuple[str, ...]:
    """A line's cells as a row of a table whose columns do not line up, or () when the line is
    no such row: 2 to 6 cells of a few words each (the last may run longer) or up to 8 of a
    word or two (a week's grid), none a label and its value, the first not going on in lower
    case and none ending as a sentence that goes on does: "Please ring the    ward if you are
    worried" is a sentence with a wide gap in it, and "tired for a few days. Rest as much    if
    the wound bleeds or you" two columns of wrapped text."""
    cells = tuple(_COLUMN_GAP.split(line.strip()))
    if (
        not 2 <= len(cells) <= 8
        # a week's grid ("Day  Mon  Tue ..." / "Dose (mg)  5  5  4 ...") has seven columns and a
        # label: so many cells are a table's only when each is a word or two
        or len(cells) > 6 and any(len(cell.split()) > 2 for cell in cells)
        or "|" in line  # a Markdown table's row, read as one already
        or re.fullmatch(_LIST_MARKER, cells[0])
        or question_with_choices(cells)
        or re.match(r"[a-z]+\b", cells[0])  # not "eGFR 30 to 59"
        or any(len(cell.split()) > 8 for cell in cells[:-1])
        or len(cells[-1].split()) > 16
        or any(
            _LABEL.match(cell)
            or cell.endswith(",")
            or " " in cell and ENDS_LEADING_ON.search(cell)  # a column named "When" is no such
            for cell in cells
        )
    ):
        return ()
    return cells


def _aligned_rows(raw_lines: list[str]) -> dict[int, tuple[str, ...]]:
    """A table lined up with spaces, as a text file sets one ("Test" / "Lithium level" in one
    column, "When" / "Weekly ..." in the next): three or more lines in a row, each with a gap of
    two spaces or more, every column after the first starting where the first line's do. Each
    line's cells by line number (read as a paragraph, "Lithium level Weekly ... Lithium level
    Every 3 months ..." ran the rows together)."""
    found: dict[int, tuple[str, ...]] = {}
    run: list[int] = []
    for number in range(1, len(raw_lines) + 2):
        line = raw_lines[number - 1] if number <= len(raw_lines) else ""
        # not a list typed with a tab or spaces after its numbers ("1.<tab>I will take my
        # medication.": its numbers and items had been a list each, which nothing could build)
        listed = re.match(rf"(?:{_LIST_MARKER})\s", line.strip()) and (
            len(_GAP.findall(line.strip())) == 1  # a number and its item, no more columns
        )
        # a row of a table ruled with bars ("1   |      |      |") is that table's, its bars no
        # cells of their own (they had been read as cells holding "|")
        asks = question_with_choices(tuple(_GAP.split(line.strip())))
        if line.strip() and _GAP.search(line.strip()) and not (listed or asks) and "|" not in line:
            run.append(number)
            continue
        if run and line[:2] == "  " and line.strip():
            run.append(number)  # a cell going on under its column: "  and recheck in 2 hours."
            continue
        if len(run) >= 3:
            found.update(_cells_of(raw_lines, run))
        run = []
    return found


def _cells_of(raw_lines: list[str], run: list[int]) -> dict[int, tuple[str, ...]]:
    starts = [match.end() for match in _GAP.finditer(raw_lines[run[0] - 1])]
    for number in run[1:]:
        line = raw_lines[number - 1]
        own = [match.end() for match in _GAP.finditer(line)]
        if any(min(abs(start - s) for s in starts) > 1 for start in own):
            return {}
    cells: dict[int, tuple[str, ...]] = {}
    row = None
    for number in run:
        line = raw_lines[number - 1]
        if row is not None and not _GAP.search(line.strip()):
            # a cell's words going on under its column belong to the row above ("Take extra
            # insulin ...," / "and recheck in 2 hours."): () marks the line as taken into it
            indent = len(line) - len(line.lstrip())
            nearest = min(range(len(starts)), key=lambda i: abs(indent - starts[i]))
            if abs(indent - starts[nearest]) > 1:
                break  # an indented line that is no cell's: the table ended above it
            cells[row] = tuple(
                f"{cell} {line.strip()}".strip() if i == nearest + 1 else cell
                for i, cell in enumerate(cells[row])
            )
            cells[number] = ()
            continue
        bounds = [0, *starts, len(line)]
        cells[number] = tuple(line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False))
        row = number
    return cells


def _underlined_headings(raw_lines: list[str]) -> dict[int, int]:
    """Lines underlined with a row of "=" or "-" (as plain-text and Markdown writers mark a
    heading), by line number, with their level: the first is the title when no sentence comes
    before it and, if lines do, it is underlined unlike the rest; of the rest, those underlined
    with the first mark used are level 2, any others level 3. A rule under a blank line, or
    under a sentence, is not an underline."""
    found: list[tuple[int, str]] = []
    for number, (line, under) in enumerate(zip(raw_lines, raw_lines[1:], strict=False), 1):
        text, mark = line.strip(), _UNDERLINE.match(under.strip())
        if mark and mark[1] == "_" and (
            text.endswith(":") or abs(len(under.strip()) - len(text)) > 3
        ):
            continue  # a line to write on under its label ("Notes:" / "________________")
        words = re.search(r"[^\W_]", text)  # not a second line to write on
        if mark and words and len(text.split()) <= 12 and not text.endswith("."):
            if not re.match(r"^(?:[-*•]|\d+[.)])\s", text):
                found.append((number, mark[1]))
    if not found:
        return {}
    levels: dict[int, int] = {}
    first, first_mark = found[0]
    above = [line.strip() for line in raw_lines[: first - 1] if line.strip()]
    # underlined as the headings after it, under a line written like a title: a section's
    # heading, and the title is above ("Giving your injections at home" had been dropped)
    like_the_rest = any(written_like_a_title(line) for line in above) and any(
        mark == first_mark for _, mark in found[1:]
    )
    if not like_the_rest and not any(_PROSE.match(line) for line in above):
        levels[first] = 1
        found = found[1:]
    marks = list(dict.fromkeys(mark for _, mark in found))
    levels.update({number: 2 if mark == marks[0] else 3 for number, mark in found})
    return levels


def _wrap_width(raw_lines: list[str]) -> float:
    """The width the file was wrapped to: its longest line that the wrapping broke in the middle
    of a sentence (the next line goes on in lower case). A file with no such line was not
    wrapped (Word saves a paragraph as one line): its every line break is the writer's."""
    broken = [
        len(line)
        for line, following in zip(raw_lines, raw_lines[1:], strict=False)
        if line.strip() and re.search(r"[\w,]$", line) and following.strip()[:1].islower()
    ]
    lengths = sorted(len(line) for line in raw_lines if line.strip())
    # A sentence the writer broke by hand ("If you are taking steroids," / "tell the ...") in a
    # file whose other lines run far longer is no wrapping: taken for one, it had every longer
    # line joined to the next, half a leaflet into one paragraph.
    if not broken or max(broken) < 0.7 * lengths[int(0.9 * (len(lengths) - 1))]:
        return float("inf")
    return max(broken)


def _broken_by_hand(line: str, following: str, width: float) -> bool:
    """A sentence ends the line and the next line's first word would have fitted after it, so
    the writer, not the wrapping, ended the line: "Stop taking iron tablets 7 days before." /
    "If you take warfarin, ..." are two paragraphs (Word saves a paragraph as one line)."""
    if not following:
        return False
    first_word = following.split()[0]
    # with room to spare: text copied out of a PDF was wrapped by the width of its letters, so
    # its lines of as many characters differ a little in length
    if _SENTENCE_END.search(line.strip()):
        return len(line) + 1 + len(first_word) <= width * 0.9
    # no stop, but the next line starts a sentence the writer began on a line of its own:
    # "Text SHOUT to 85258 for free text support" / "NHS 111: press option 2 ..." / "If you
    # are in immediate danger, call 999" had run on as one sentence
    # (not after "ring the" / "Day Surgery Unit": a narrower box's wrapping)
    return (
        following[:1].isupper()
        and not ENDS_LEADING_ON.search(line.strip())
        and not ENDS_ASKING_FOR_A_NUMBER.search(line.strip())
        and not ENDS_ON_NOT.search(line.strip())  # "... DO NOT" / "DRIVE."
        and len(line) + 1 + len(first_word) <= width * 0.8
    )
