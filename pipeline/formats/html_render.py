"""The leaflet model as semantic HTML: the large-print PDF, the accessible HTML file and the web
page all start from this one rendering.

Every element carries what assistive technology needs: the document's `lang`, a `lang` and
`dir` on every run or paragraph in another language, one `h1` (the title) with the section
headings below it, pictures with their alt text and safety notices as labelled notes. Styling is
the caller's business: it passes a stylesheet and decides how pictures are referenced.
"""

from __future__ import annotations

import base64
import mimetypes
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from html import escape
from pathlib import Path

from ..contacts import (
    PHONE_NUMBER,
    UNBROKEN_NUMBER,
    contact_pattern,
    measure_follows,
    service_number_pattern,
)
from ..errors import LeafletError
from ..languages import (
    WELSH,
    find_language,
    is_right_to_left,
    primary_language,
    table_as_rows,
)
from ..model import (
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
    counts_something,
    inlines_of,
    labels_first,
    plain_text,
    with_addresses,
)
from ..text import (
    TICK_BOXES,
    prepare,
    reads_as_welsh,
    script_of,
    scripts_in,
    word_letter,
    words,
)

PICTURE_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"}
TRUST_LANGUAGE = "en-GB"  # the renderer's labels and config/organisation.yaml are in English

# Where an address too long for a line may break: only after "@" or "." (UKAAF G003: a single
# item of information is not split unless that cannot be avoided).
_ADDRESS_PART = re.compile(r"[^/@]*[/@]+|[^/@]+$")  # up to each "/" or "@"
_BEFORE_HYPHEN = re.compile(r"-*[^-]+|-+")
_ADDRESS_PIECE = re.compile(r"[^@.]*[@.]|[^@.]+$")
_RUN_TOGETHER_WORD = re.compile(r"[A-Z]?[^A-Z]+|[A-Z]+(?![^A-Z])")
_ADDRESS = contact_pattern(("email", "web"))
_UNBROKEN = UNBROKEN_NUMBER
# A number and what it counts stay on one line: "12 cm", "9 am", "2 tablets", "20 seconds".
_NUMBER = r"(?<![\w.])\d+(?:[.,:]\d+)?"
_SLASHED_UNITS = r"mmol/L|mmol/mol|mg/dL|ng/mL"
_UNIT = (
    rf"(?:{_SLASHED_UNITS}|mmHg|micrograms?|milligrams?|millilitres?|litres?|grams?|"
    r"cm|mm|m|km|kg|g|mg|mcg|ml|l|am|pm|a\.m\.|p\.m\.|seconds?|secs?|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|months?|years?|times?|tablets?|capsules?|puffs?|drops?|doses?|"
    r"units?|sachets?|repetitions?|reps?|%)(?!\w)"
)
NUMBER_AND_UNIT = re.compile(f"{_NUMBER} ?{_UNIT}", re.IGNORECASE)  # "30 seconds", "4mmol/L"
# A medicine and its strength are one item too: "Ibuprofen 200mg", "Salbutamol 100 micrograms",
# "paracetamol 500 mg" (a word of Latin letters straight before a strength; "take 200mg" is
# kept alike, which costs nothing). Print keeps it where it fits a line (RenderOptions).
_STRENGTH = r"(?:micrograms?|milligrams?|millilitres?|grams?|mcg|mg|g|ml|units?|%)(?!\w)"
MEDICINE_AND_STRENGTH = re.compile(
    rf"(?<![\w'’-])[A-Za-z]{{2,}} {_NUMBER} ?{_STRENGTH}", re.IGNORECASE
)
# A unit with a slash, which print may otherwise break after the slash ("4mmol/" / "L").
_SLASHED_UNIT = re.compile(rf"(?:{_NUMBER}\u00a0?)?(?:{_SLASHED_UNITS})(?!\w)", re.I)
# A dash stays with the word before it; a hyphenated word is one item.
DASH_AFTER_SPACE = re.compile(" (?=[\u2013\u2014])")
# (a name with an apostrophe is one word: "O'Neill-Bryant" had been marked from "Neill", so the
# page's text read "O' Neill-Bryant" and its check failed a patient's filled-in sheet)


@cache
def hyphenated_word() -> re.Pattern:
    """A hyphenated word, whole, its vowel signs letters of it: with \\w alone, which holds no
    mark, Punjabi "ਘੱਟ-ਵੱਧ" had been marked from its "ਟ-ਵ", a tag closing and opening inside
    both words ("ਘੱ<span>ਟ-ਵ</span>ੱਧ"), the vowel signs after the tag apart from their letters.
    Built when first asked for, as text.word_letter is."""
    letter = rf"(?:_|{word_letter()})"
    part = rf"{letter}+(?:['’]{letter}+)*"
    return re.compile(rf"(?<!{letter}|['’-]){part}(?:-{part})+(?!{letter}|-)")

PictureSource = Callable[[Leaflet, Image], str]


def picture_path(leaflet: Leaflet, image: Image) -> Path:
    """The picture's file, relative to the leaflet's source; a missing one is the author's error."""
    path = Path(leaflet.source_path).parent / image.src
    if path.suffix.lower() not in PICTURE_TYPES:
        raise LeafletError(
            f"{leaflet.source_path}: picture {image.src}: {path.suffix or 'no'} file type; "
            f"use one of {', '.join(sorted(PICTURE_TYPES))}"
        )
    if not path.is_file():
        raise LeafletError(f"{leaflet.source_path}: picture {image.src} is not there ({path})")
    return path


def embedded_picture(leaflet: Leaflet, image: Image) -> str:
    """A data: URL, so the HTML is one self-contained file (an e-mail attachment)."""
    path = picture_path(leaflet, image)
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


@dataclass(frozen=True)
class RenderOptions:
    """How one format wants the shared HTML: where pictures come from, whether their alt text
    is printed under them, whether an address fits on a line, and whether each link's address
    is written out (on paper "the NHS website" cannot be followed)."""

    picture_source: PictureSource = embedded_picture
    captioned: bool = False
    # Print: whether an address fits on one line (kept whole) or must break after "@" or ".".
    # None (screen): addresses are left to the browser.
    address_fits: Callable[[str], bool] | None = None
    written_addresses: bool = False  # print: a link's address follows its words
    # Print: letters that fit across the page. A table whose cells would wrap is set as rows
    # of "heading: value" instead, since wrapped cells are read across, not down. None: screen.
    letters_per_line: float | None = None
    # Print: whether words kept as one item (a medicine and its strength) fit a line at the
    # leaflet's size; None (screen): left to the browser.
    item_fits: Callable[[str], bool] | None = None


def language_attributes(lang: str | None, inherited: str) -> str:
    """` lang="ur" dir="rtl"` where the language changes, nothing where it does not."""
    if not lang or lang == inherited:
        return ""
    direction = "rtl" if is_right_to_left(lang) else "ltr"
    return f' lang="{escape(lang)}" dir="{direction}"'


def _text(
    text: str,
    options: RenderOptions | None = None,
    linked: bool = False,
    *,
    language: str = TRUST_LANGUAGE,
    around: tuple[str, str] = ("", ""),
    calls: bool = True,
) -> str:
    """Escaped text in which no single item is split over two lines: a phone number, a number
    with its unit, a hyphenated word, a dash and the word before it; on paper an address is
    kept whole when it fits a line and otherwise breaks only after "@" or "."; on screen,
    `linked`, an address is a link to follow, and so is a number to ring (`calls`; the line is
    in `language`, `around` it the line's words before and after)."""
    text = prepare(text)
    on_screen = linked and (options is None or options.address_fits is None)
    fits = options.address_fits if options is not None else None
    item_fits = options.item_fits if options is not None else None
    html = []
    start = 0

    def kept_together(end: int) -> str:
        if not (on_screen and calls):
            return _kept_together(text[start:end], fits, item_fits)
        context = (around[0] + text[:start], text[end:] + around[1])
        return _with_numbers_to_call(text[start:end], language, context)

    for match in _ADDRESS.finditer(text):
        html.append(kept_together(match.start()))
        address = _address(match[0], options)
        if on_screen:
            # "Email childrens.asthma@nhs.net" was plain text a screen-reader user could not
            # follow
            href = f"mailto:{match[0]}" if match.lastgroup == "email" else _web_link(match[0])
            address = f'<a href="{escape(href)}">{address}</a>'
        html.append(address)
        start = match.end()
    html.append(kept_together(len(text)))
    return "".join(html)


def _web_link(address: str) -> str:
    """ "www.epipen.co.uk/how-to" -> "https://www.epipen.co.uk/how-to"."""
    return address if re.match(r"(?i)https?://", address) else f"https://{address}"


def _with_numbers_to_call(
    text: str, language: str = TRUST_LANGUAGE, around: tuple[str, str] = ("", "")
) -> str:
    """`_kept_together`, each number to ring (`numbers_to_call`) a link a phone calls ("call
    the hotline on 0116 258 7777" was text to copy and dial by hand)."""
    html = []
    start = 0
    for begin, end, href in numbers_to_call(text, language, around):
        html.append(_kept_together(text[start:begin]))
        html.append(_call_link(href, _kept_together(text[begin:end]), language))
        start = end
    html.append(_kept_together(text[start:]))
    return "".join(html)


def _call_link(href: str, inner: str, language: str) -> str:
    """A link that rings `href`; in a right-to-left line set left to right, so a number and its
    extension read as one piece ("0116 258 3940 Ext. 3941")."""
    direction = ' dir="ltr"' if is_right_to_left(language) else ""
    return f'<a href="{escape(href)}"{direction}>{inner}</a>'


# The NHS's short numbers a leaflet tells a patient to ring: 111 (urgent advice), 999
# (emergency), 119 (vaccinations). Elsewhere such a figure is a room's, a page's or a count.
SERVICE_NUMBERS = ("111", "999", "119")
_SERVICE_NUMBER = re.compile(service_number_pattern(SERVICE_NUMBERS))
_SERVICE_NAMED = re.compile(r"(?<![\w.])NHS[ \u00a0]$")  # "NHS 111" names the service
_CLAUSE_END = re.compile(r"[.!?;:\u06d4\u061f\u061b\u0964]$")  # stops, Urdu's and Punjabi's
_AROUND_A_WORD = "'\"\u2018\u2019\u201c\u201d()[],.;:!?\u060c\u061b\u061f\u06d4\u0964"
_WORDS_AWAY = 4  # "call NHS 111 or 999": the farthest a call word stands from its number
_OTHER_TO_RING = 3  # "your GP surgery or 111": the words naming another to ring, at most
_A_PHONE_NUMBER = "\u260e"  # a phone number, as one word among those around a service number


def numbers_to_call(
    text: str, language: str = TRUST_LANGUAGE, around: tuple[str, str] = ("", "")
) -> list[tuple[int, int, str]]:
    """(start, end, tel: address) of each number in `text` a patient rings, outside its web and
    e-mail addresses: a UK phone number in international form, its extension after a comma
    that a phone waits at and dials ("0116 258 3940 Ext. 3941" had rung the switchboard
    only), and a short service number the line tells them to ring or names as the service
    ("call 111", "NHS 111", Urdu "999 کو فون کریں"), never "Room 111" or "take 111 mg". A
    line in `language`, `around` it its words before and after in other spans."""
    taken = [match.span() for match in _ADDRESS.finditer(text)]
    found = []
    for match in _UNBROKEN.finditer(text):
        if phone := PHONE_NUMBER.match(match[0]):  # (not an extension alone)
            found.append((match.start(), match.end(), _tel(phone[0], match[0][phone.end() :])))
    for match in _SERVICE_NUMBER.finditer(text):
        named = _SERVICE_NAMED.search(text, 0, match.start())
        before, after = around[0] + text[: match.start()], text[match.end() :] + around[1]
        if named or _said_to_ring(before, after, language):
            found.append((named.start() if named else match.start(), match.end(),
                          f"tel:{match[0]}"))
    numbers = []
    for start, end, href in sorted(found):
        if not any(start < last and first < end for first, last in taken):
            taken.append((start, end))
            numbers.append((start, end, href))
    return numbers


def _tel(number: str, extension: str) -> str:
    """ "0116 258 3940", "Ext. 3941" -> "tel:+441162583940,3941"."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if digits.startswith("44"):
        digits = digits[2:]
    international = f"+44{digits[1:]}" if digits.startswith("0") else digits
    extension = re.sub(r"\D", "", extension)
    return f"tel:{international}" + (f",{extension}" if extension else "")


def _said_to_ring(before: str, after: str, language: str) -> bool:
    """Whether the words next to a service number tell the patient to ring it: a word for call
    in English or the line's language, before the number ("call 111", Arabic "اتصل بالرقم
    999") or, in a language that puts it after ("999 کو فون کریں"), after it, with only
    the little words between that such a sentence puts there ("on", "or NHS", Urdu "کو"), or,
    past an "or", a few words naming another to ring ("Call your GP or 111", "Ring the ward
    on 0116 258 3940, or 111"). Never with a figure among those ("if you have 110 or 111
    tablets") nor a unit after the number ("111 tablets")."""
    if measure_follows(after):  # what follows in the next span: "**111** mg"
        return False
    # a phone number is one word here, the number the other to ring is rung on
    before, after = (_UNBROKEN.sub(_A_PHONE_NUMBER, part) for part in (before, after))
    rows = {find_language(TRUST_LANGUAGE), find_language(language)} - {None}
    for row in rows:
        links = {*row.call_links, *SERVICE_NUMBERS, _A_PHONE_NUMBER}
        words = after.split() if row.number_before_call else list(reversed(before.split()))
        if row.number_before_call and after[:1] not in ("", " ", "\u00a0"):
            continue  # the clause ends at the number ("... 999۔")
        reach, other, others = _WORDS_AWAY, False, 0
        for index, word in enumerate(words):
            if index >= reach:
                break
            bare = unicodedata.normalize("NFC", word.strip(_AROUND_A_WORD)).casefold()
            ended = _CLAUSE_END.search(word)
            if not row.number_before_call and (ended or not bare):
                break
            if bare in row.call_words:
                return True
            if row.number_before_call and ended:
                break
            if bare in row.call_alternatives and not other:
                other, reach = True, index + 1 + _WORDS_AWAY + _OTHER_TO_RING
            elif bare in links:
                continue
            elif other and others < _OTHER_TO_RING and not any(c.isdigit() for c in bare):
                others += 1
            else:
                break
    return False


# A tick box and the spaces after it.
_BOX_AND_SPACE = re.compile(rf"([{TICK_BOXES}]) +")


def _kept_together(
    text: str,
    fits: Callable[[str], bool] | None = None,
    item_fits: Callable[[str], bool] | None = None,
) -> str:
    """`text` with no break inside a single item; a phone number too long for a line (`fits`,
    on paper) breaks as `number_pieces` allows; on paper a medicine and its strength are kept
    where they fit a line (`item_fits`: 'Ibuprofen' had ended an Arabic line, '200mg' begun
    the next), else the strength alone. A tick box is joined to the word after it, on paper
    and on a phone's narrow screen alike ("Are you allergic to iodine? ☐ Yes ☐ No" broke
    "☐ Yes ☐" / "No", so a reader could tick the wrong answer), in every language."""
    if item_fits is not None:
        text = MEDICINE_AND_STRENGTH.sub(
            lambda m: m[0].replace(" ", "\u00a0", 1) if item_fits(m[0]) else m[0], text
        )
    text = _UNBROKEN.sub(
        lambda m: " ".join(piece.replace(" ", "\u00a0") for piece in number_pieces(m[0], fits)),
        text,
    )
    text = NUMBER_AND_UNIT.sub(lambda m: m[0].replace(" ", "\u00a0"), text)
    text = DASH_AFTER_SPACE.sub("\u00a0", text)
    text = _BOX_AND_SPACE.sub("\\1\u00a0", text)
    text = escape(text, quote=False)
    text = hyphenated_word().sub(lambda m: f'<span class="nobreak">{m[0]}</span>', text)
    return _SLASHED_UNIT.sub(lambda m: f'<span class="nobreak">{m[0]}</span>', text)


def number_pieces(number: str, fits: Callable[[str], bool] | None = None) -> list[str]:
    """A phone number with its extension as the pieces print may break it into: whole where it
    fits a line (or where `fits` is not known, on screen); else the number and its extension
    apart (at 48 pt "0116 258 3940 Ext. 3941", kept whole, had run past the page's edge); and
    a number too long for a line even alone at each of its spaces, its figures' groups kept."""
    if fits is None or fits(number):
        return [number]
    phone = PHONE_NUMBER.match(number)
    if phone is None:  # an extension alone
        return [number]
    extension = number[phone.end() :].strip()
    pieces = [phone[0]] if fits(phone[0]) else phone[0].split()
    return pieces + ([extension] if extension else [])


def single_items(
    text: str,
    fits: Callable[[str], bool] | None = None,
    item_fits: Callable[[str], bool] | None = None,
) -> list[tuple[str, str]]:
    """(kind, item) for each piece of information in `text` that print must not split over two
    lines: what `_text` keeps together, for a checker to look for in the lines of a PDF (on
    paper, `fits` whether words fit a line: a phone number's pieces as `number_pieces`; and
    `item_fits`, a medicine with its strength where they fit one)."""
    text = prepare(text)
    found = [(m.lastgroup or "address", m[0]) for m in _ADDRESS.finditer(text)]
    rest = _ADDRESS.sub(" ", text)
    found += [
        ("phone number", piece)
        for m in _UNBROKEN.finditer(rest)
        for piece in number_pieces(m[0], fits)
    ]
    found += [("number and its unit", m[0]) for m in NUMBER_AND_UNIT.finditer(rest)]
    found += [
        ("medicine and its strength", m[0])
        for m in MEDICINE_AND_STRENGTH.finditer(rest)
        if item_fits is not None and item_fits(m[0])
    ]
    found += [("hyphenated word", m[0]) for m in hyphenated_word().finditer(rest)]
    return found


def address_pieces(address: str, fits: Callable[[str], bool]) -> list[str]:
    """An address as the pieces print may break it into, every character printed as it is
    typed: whole when it fits a line, else after each "/" or "@", its domain kept whole (a long
    path ran off the page, and "www.nhs." / "uk" was printed). A part still too long breaks
    after each "." (InformationForPatients@), then between its run-together words, then before
    a hyphen, which starts the next line and is not taken for a word broken at a line's end."""
    if fits(address):
        return [address]
    pieces = []
    for part in _ADDRESS_PART.findall(address):
        for dotted in [part] if fits(part) else _ADDRESS_PIECE.findall(part):
            for piece in [dotted] if fits(dotted) else _RUN_TOGETHER_WORD.findall(dotted):
                pieces += [piece] if fits(piece) else _BEFORE_HYPHEN.findall(piece)
    return pieces


def _address(address: str, options: RenderOptions | None) -> str:
    if options is None or options.address_fits is None:
        return escape(address, quote=False)
    return "<wbr>".join(
        f'<span class="address">{escape(piece, quote=False)}</span>'
        for piece in address_pieces(address, options.address_fits)
    )


def _english_pieces(text: str, inherited: str) -> list[tuple[str, bool]]:
    """`text` as (piece, whether it is English) on screen: in a line of a language written in
    another script than Latin, its words in Latin letters are English ('Ibuprofen 200mg', 'NHS
    111', 'A&E' untagged in an Urdu sentence), as braille and the audio take them; with the
    figures straight after them, which read with them ('NHS 111', which a right-to-left line
    shows as one piece), never those after a stop ('Paracetamol 500mg; 2 ગોળીઓ': the 2 is
    the tablets'), and without the stops and brackets around them."""
    row = find_language(inherited)
    if row is None or row.script == "Latin" or "Latin" not in scripts_in(text):
        return [(text, False)]
    pieces: list[tuple[int, int]] = []
    start = end = None  # of the run of English words
    for token in re.finditer(r"\S+", text):
        scripts = scripts_in(token[0])
        figures = not scripts and _FIGURE.search(token[0])
        if scripts == {"Latin"} or (end is not None and figures and text[end - 1].isalnum()):
            start = token.start() if start is None else start
            end = token.end()
            continue
        if start is not None:
            pieces.append((start, end))
            start = end = None
    if start is not None:
        pieces.append((start, end))
    result: list[tuple[str, bool]] = []
    at = 0
    for start, end in pieces:
        while not text[start].isalnum():
            start += 1
        while not text[end - 1].isalnum() and not (
            text[end - 1] == "/" or (text[end - 1] == ")" and "(" in text[start:end])
        ):
            end -= 1
        result += [(text[at:start], False), (text[start:end], True)]
        at = end
    result.append((text[at:], False))
    return [(piece, english) for piece, english in result if piece]


_FIGURE = re.compile(r"\d")


def _text_in(
    text: str,
    inherited: str,
    options: RenderOptions,
    linked: bool,
    around: tuple[str, str] = ("", ""),
) -> str:
    """`_text`, the English words in a line of another script marked English on screen, so a
    screen reader says them in its English voice (print marks its languages itself); a number
    to ring is one link whatever its languages ("0116 258 3940 Ext. 3941" in an Urdu line
    had been a link to the switchboard, its "Ext" marked English apart from it)."""
    if options.address_fits is not None or options.letters_per_line is not None:
        return _text(text, options, linked)

    def marked(part: str, shown: Callable[[str], str]) -> str:
        return "".join(
            f"<span{language_attributes(TRUST_LANGUAGE, inherited)}>{shown(piece)}</span>"
            if english
            else shown(piece)
            for piece, english in _english_pieces(part, inherited)
        )

    def text_shown(calls: bool) -> Callable[[str], str]:
        return lambda piece: _text(
            piece, options, linked, language=inherited, around=around, calls=calls
        )

    if not linked or len(_english_pieces(text, inherited)) == 1:
        return marked(text, text_shown(calls=True))
    text = prepare(text)
    html = []
    start = 0
    for begin, end, href in numbers_to_call(text, inherited, around):
        html.append(marked(text[start:begin], text_shown(calls=False)))
        # a phone number's words kept on one line with its extension, as _kept_together keeps
        # them
        space = "\u00a0" if _UNBROKEN.fullmatch(text[begin:end]) else " "
        number = marked(
            text[begin:end],
            lambda piece, space=space: escape(piece.replace(" ", space), quote=False),
        )
        html.append(_call_link(href, number, inherited))
        start = end
    html.append(marked(text[start:], text_shown(calls=False)))
    return "".join(html)


# A figure and the spaces after it, ending a span.
_FIGURE_ENDING = re.compile(rf"({_NUMBER}) +$")


def _unit_follows(text: str, after: str) -> bool:
    """Whether `text` ends with a figure and a space and the span `after` it starts with the
    figure's unit: the two are kept on one line as a unit in the same span is (an Urdu line's
    'لیول 16.6 [mmol/L]{lang=en}' had printed '16.6' at one line's end, 'mmol/L' the next)."""
    figure = _FIGURE_ENDING.search(text)
    if figure is None or not after[:1].strip():
        return False
    unit = NUMBER_AND_UNIT.match(f"{figure[1]} {after}")
    return unit is not None and unit.end() > len(figure[1]) + 1


def render_inline(spans: Inline, inherited: str, options: RenderOptions = RenderOptions()) -> str:
    """Spans as HTML: strong, links, language runs; no item split over two lines."""
    parts: list[str] = []
    shown = with_addresses(spans) if options.written_addresses else spans
    for at, span in enumerate(shown):
        # the line's words around the span, which may tell a patient to ring its number
        # ("**Call** 999")
        around = (plain_text(shown[:at]), plain_text(shown[at + 1 :]))
        text = span.text
        joined = not (span.field or span.href) and _unit_follows(text, around[1])
        if joined:
            text = text.rstrip(" ")
        if span.lang and span.lang != inherited:
            html = _text(text, options, linked=not span.href, language=span.lang, around=around)
        else:
            html = _text_in(text, inherited, options, not span.href, around)
        if joined:
            html += "\u00a0"
        if span.strong:
            html = f"<strong>{html}</strong>"
        if span.href:
            html = f'<a href="{escape(span.href)}">{html}</a>'
        if span.lang and span.lang != inherited:
            html = f"<span{language_attributes(span.lang, inherited)}>{html}</span>"
        if span.field:
            place = _label_place(span.text)
            before = shown[at - 1] if at else None
            lead = re.search(r"\S+\s*$", before.text) if before and place == "after" else None
            if lead and not (before.field or before.href or before.strong or before.lang):
                # the word before a blank printed before its unit is kept with it, so a line
                # never opens with a blank ("Take" / "____ units of insulin"); in giant print,
                # where the three are wider than a line, the unit may start the next
                parts[-1] = _text_in(before.text[: lead.start()], inherited, options, True)
                kept = _text(lead[0], options)
                said_in = _said_in_english(inherited, options)
                if _fits_a_line(len(lead[0]) + len(span.text), options):
                    html = (
                        f'<span class="nobreak">{kept}'
                        f"{_field(html, place, said_in=said_in)}</span>"
                    )
                else:
                    html = (
                        f'<span class="nobreak">{kept}{_field("", place, said_in=said_in)}'
                        f'</span> <span class="field-label">{html}</span>'
                    )
            else:
                html = _field(html, place, said_in=_said_in_english(inherited, options))
        parts.append(html)
    return "".join(parts)


def _said_in_english(language: str, options: RenderOptions) -> str:
    """The attributes that mark a blank's name, the pipeline's English "space to write", as
    English on a page in another language (an Urdu page's blank had its English name read by
    the Urdu voice), on screen; print names its blanks itself."""
    on_screen = options.address_fits is None and options.letters_per_line is None
    if not on_screen or primary_language(language) == "en":
        return ""
    return language_attributes(TRUST_LANGUAGE, language)


_LINE_LETTERS = 9  # a line to write on, 5 em, is about as wide as 9 letters


def _fits_a_line(letters: int, options: RenderOptions) -> bool:
    """Whether words of `letters` and a line to write on fit one line of print, in a list
    item's indent and with a stop after them (on screen, where lines are the browser's, yes)."""
    if options.letters_per_line is None:
        return True
    return letters + _LINE_LETTERS + 2 <= options.letters_per_line - 3


# A bare singular time word names which one ("on ____ (day)"), not how many of it.
_WHICH_ONE = re.compile(r"(?i)(?:day|week|month|year|hour|minute|second)")


def units_after_lines(leaflet: Leaflet) -> set[str]:
    """The units printed after a blank's line ("units" of "____ units"): a line of print may
    open with that line, and its first letters then stand to the right of the margin."""
    return {
        prepare(span.text).strip()
        for block in leaflet.blocks
        for spans in inlines_of(block)
        for span in spans
        if span.field and _label_place(span.text) == "after"
    }


def _label_place(label: str) -> str:
    """Where a blank's label is printed: "first" ("Date issued: ____"), "after" for the unit
    of what it counts ("____ units", as the leaflet wrote it and as a number written in is
    printed, "10 units"), or "named" ("(to fill in) ____")."""
    if labels_first(label):
        return "first"
    if counts_something(label) and not _WHICH_ONE.fullmatch(label.strip()):
        return "after"
    return "named"


def _field(label_html: str, place: str, said: str = "space to write", said_in: str = "") -> str:
    """A fill-in field: its label ("Date issued:", or "(to fill in)"), then a line to write
    on, or the line then the unit it counts ("____ units": "(units)" over its line in a cell
    had read as a heading); kept together so a line of print never opens with a blank; a
    field whose label its row or column already says (`named_once`) is the line alone. The
    line's name is `said`, in the language `said_in` marks (`_said_in_english`)."""
    line = f'<span class="field-line" role="img"{said_in} aria-label="{escape(said)}"></span>'
    if not label_html:
        return f'<span class="field">{line}</span>'
    if place == "after":
        return (
            f'<span class="field unit-after">{line} <span class="field-label">{label_html}'
            "</span></span>"
        )
    label = label_html if place == "first" else f"({label_html})"
    return f'<span class="field"><span class="field-label">{label}</span> {line}</span>'


def _lone_field(cell: Inline) -> bool:
    """Whether a cell holds one blank to write in and nothing else."""
    spans = [span for span in cell if span.text.strip() or span.field]
    return len(spans) == 1 and spans[0].field


def _label_key(text: str) -> str:
    return " ".join(prepare(text).replace("\u2019", "'").strip(" :").split()).casefold()


def named_once(table: Table, row: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """The row's cells, a cell that is only a blank (or the value written in it) labelled with
    the name its row or column already gives it without that label: a details table's "Name"
    row holding "Name: ____" had been brailled "Name: Name: (blank)", and printed "Name" beside
    "Name: ____". Every format sets a table's cells from this."""
    # (a row whose first cell is a blank too has no name: its label is no heading)
    first = plain_text(row[0]) if row and not any(span.field for span in row[0]) else ""
    headings = (*table.header, *[()] * len(row))
    return tuple(
        _without_label(cell, {_label_key(first) if at else "", _label_key(plain_text(heading))})
        for at, (cell, heading) in enumerate(zip(row, headings, strict=False))
    )


SENTENCE_WORDS = 4  # a cell of this many words (figures aside) says something; fewer name


def is_table_of_sentences(table: Table) -> bool:
    """Whether every column holds sentences of one kind ("Do | Don't": "Walk a little every
    day" beside "Lift anything heavier than your baby"), so no column names the rows: every
    filled cell has SENTENCE_WORDS words of letters or more. A column of labels ("Monday", "6 to
    11 months", "Exercise 1", "Feeling sick") has cells shorter than that and names its rows."""
    filled = [plain_text(cell) for row in table.rows for cell in row if plain_text(cell).strip()]
    return (
        len(table.header) > 1
        and bool(filled)
        and all(sum(any(c.isalpha() for c in w) for w in words(text)) >= SENTENCE_WORDS
                for text in filled)
    )


def first_column_names_rows(table: Table) -> bool:
    """Whether a table's first column heads its rows, for a screen reader going down another
    column ("Feeling sick" over its "What to do"): a first column whose every cell has words,
    unless it is one more column of sentences (`is_table_of_sentences`): a "Do" column had headed
    the "Don't" beside it, "Do walk a little every day" said as the name of "Don't lift ..."."""
    return (
        len(table.header) > 1
        and all(row and plain_text(row[0]).strip() for row in table.rows)
        and not is_table_of_sentences(table)
    )


_NEGATIVE_WORDS = frozenset({"not", "never", "avoid", "avoiding"})


def is_negative_heading(heading: str) -> bool:
    """Whether a column's heading bans what its cells say ("Don't", "Do not", "Avoid", "Never",
    "Things to avoid"): a cell under it, read without it, is an instruction to do that thing."""
    return any(word in _NEGATIVE_WORDS or word.endswith("n't") for word in words(heading))


def opens_with(cell: str, heading: str) -> bool:
    """Whether a cell's own first words are its column's heading ("Do walk ..." under "Do",
    "Don't lift ..." under "Don't"), so naming the column before it says it twice."""
    own, named = words(cell), words(heading)
    return bool(named) and own[: len(named)] == named


def _without_label(cell: Inline, names: set[str]) -> Inline:
    spans = [span for span in cell if span.text.strip() or span.field]
    names.discard("")
    if len(spans) == 1 and spans[0].field and _label_key(spans[0].text) in names:
        return (replace(spans[0], text=""),)
    if (
        len(spans) == 2
        and spans[1].filled
        and not (spans[0].field or spans[0].filled)
        and spans[0].text.strip().endswith(":")
        and _label_key(spans[0].text) in names
    ):
        return (spans[1],)  # "Name: **Jo Bloggs**" under "Name": the name written in, once
    return cell


def _paragraph(block: Paragraph, language: str, options: RenderOptions) -> str:
    attributes = language_attributes(block.lang, language)
    inner_language = block.lang or language
    return f"<p{attributes}>{render_inline(block.spans, inner_language, options)}</p>"


def _picture(leaflet: Leaflet, block: Image, options: RenderOptions) -> str:
    alt = escape(prepare(block.alt))
    img = f'<img src="{escape(options.picture_source(leaflet, block))}" alt="{alt}">'
    caption = f"<figcaption>{alt}</figcaption>" if options.captioned else ""
    return f'<figure class="picture">{img}{caption}</figure>'


def _list(block: ListBlock, language: str, options: RenderOptions) -> str:
    """Ordered lists keep their printed numbers: step 4 stays 4 when steps 1 to 3 are elsewhere."""
    if not block.ordered:
        items = "".join(f"<li>{render_inline(i, language, options)}</li>" for i in block.items)
        return f"<ul>{items}</ul>"
    numbers = block.item_numbers()
    items = "".join(
        f'<li value="{number}">{render_inline(item, language, options)}</li>'
        for number, item in zip(numbers, block.items, strict=True)
    )
    start = f' start="{numbers[0]}"' if numbers and numbers[0] != 1 else ""
    if start and options.letters_per_line is not None:
        # print: WeasyPrint reads a list's counter, not its start (step 4 after a paragraph
        # had been printed "1.")
        start += f' style="counter-reset: list-item {numbers[0] - 1}"'
    return f"<ol{start}>{items}</ol>"


def _table(block: Table, language: str, options: RenderOptions) -> str:
    table = _table_itself(block, language, options)
    if options.letters_per_line is not None:
        return table
    # on screen, a table wider than a phone scrolls in a box of its own, which a keyboard can
    # reach and a screen reader names (a six-column timetable had made the whole page scroll
    # sideways, every paragraph panned to be read)
    # named by its headings, and on an English page the word "Table" before them: on a page in
    # another language the label is read in that language's voice (an Urdu page's "Table: وقت,
    # دوا, خوراک" had the English word said by the Urdu voice); the table inside says it is one
    headings = ", ".join(prepare(plain_text(cell)).strip() for cell in block.header)
    english = primary_language(language) == "en" or not headings.strip(" ,")
    label = f"Table: {headings}" if english else headings
    return (
        f'<div class="table-scroll" role="region" tabindex="0" '
        f'aria-label="{escape(label)}">{table}</div>'
    )


def _table_itself(block: Table, language: str, options: RenderOptions) -> str:
    if lines := block.lines_to_write_on:
        # a space to write in, as wide as the page, a ruled row tall enough to write on for
        # each line (as a column of empty cells it had been as narrow as "Notes")
        heading = render_inline(block.header[0], language, options)
        said = escape(f"{block.space_said}, {block.lines_said}")
        rows = "<tr><td></td></tr>" * lines
        return (
            f'<table class="lines-to-write" aria-label="{said}"><thead><tr><th scope="col">'
            f"{heading}</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    if _too_wide(block, options.letters_per_line):
        return _table_as_rows(block, language, options)
    widest = _widest_column(block) if options.letters_per_line is not None else None
    shown = [named_once(block, row) for row in block.rows]
    # on screen, a record's empty rows are places to write, each cell a line named by its
    # column's heading (they had been bare empty cells a screen reader read as nothing, where
    # large print gives each heading its line)
    to_write = block.to_fill_in and options.letters_per_line is None
    if to_write:
        shown = [tuple((Span("", field=True),) for _ in row) for row in shown]
    # a column of blanks to write in (a details table's "Write here") is marked, for print to
    # give it the room the text columns leave (each line had been 5 em, then 3 em where the
    # table was squeezed: 19 mm for a handwritten NHS number)
    write_in = {at for row in shown for at, cell in enumerate(row) if _lone_field(cell)}

    def attributes(column: int, cell: Inline = ()) -> str:
        # print sets cells unwrapped, but for the last column; a blank alone in its cell has
        # the cell's width to be written in
        classes = ["wraps"] * (column == widest == len(block.header) - 1)
        classes += ["write-in"] * (column in write_in) + ["to-write"] * _lone_field(cell)
        return f' class="{" ".join(classes)}"' if classes else ""

    header = "".join(
        f'<th scope="col"{attributes(i)}>{render_inline(cell, language, options)}</th>'
        for i, cell in enumerate(block.header)
    )
    # a first column of words names each row ("Feeling sick"), for a screen reader going down
    # another column; not a record's column left empty to write in
    named = first_column_names_rows(block)

    def cell(i: int, c: Inline) -> str:
        tag, scope = ("th", ' scope="row"') if named and i == 0 else ("td", "")
        # a cell wholly in another language is set in its direction (an Urdu sentence had
        # started at the left of its cell, as English does)
        langs = {span.lang for span in c if span.text.strip()}
        within = langs.pop() if len(langs) == 1 and None not in langs else language
        marked = language_attributes(within, language)
        inner = render_inline(c, within, options)
        if to_write and i < len(block.header) and primary_language(language) == "en":
            heading = prepare(plain_text(block.header[i])).strip()
            inner = _field("", "first", f"{heading}: space to write")
        elif to_write and i < len(block.header):
            # the English words alone, marked English; the column's heading is read with
            # the cell
            inner = _field("", "first", said_in=_said_in_english(language, options))
        return f"<{tag}{scope}{attributes(i, c)}{marked}>{inner}</{tag}>"

    rows = "".join(
        "<tr>" + "".join(cell(i, c) for i, c in enumerate(row)) + "</tr>" for row in shown
    )
    marked = ' class="with-write-in"' if write_in else ""
    return f"<table{marked}><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>"


# The narrowest a column of sentences may wrap into and still read as a table (about four
# words a line); narrower, the reader loses the row, and the table is read as rows instead.
_WRAPPED_COLUMN_LETTERS = 20


def _too_wide(block: Table, letters_per_line: float | None) -> bool:
    """Whether the table cannot be set as a table: every column must fit with no cell wrapped
    (two letters of padding and rule each) but the last, when it is the widest (a column of
    sentences, read line by line after the rest of its row); it must keep room for its longest
    word and a few words a line."""
    if letters_per_line is None:
        return False
    columns, widths = _column_widths(block)
    if sum(widths) <= letters_per_line:
        return False
    if _widest_column(block) != len(widths) - 1:
        return True
    longest_word = max((len(word) for cell in columns[-1] for word in plain_text(cell).split()),
                       default=0)
    room = letters_per_line - sum(widths[:-1])
    return room < max(_WRAPPED_COLUMN_LETTERS, longest_word + 2)


def _column_widths(block: Table) -> tuple[list[tuple], list[int]]:
    """The table's columns, and each one's width in letters with no cell wrapped."""
    columns = list(zip(*(block.header, *block.rows), strict=False))
    return columns, [max(len(plain_text(cell)) for cell in column) + 2 for column in columns]


def _widest_column(block: Table) -> int:
    widths = _column_widths(block)[1]
    return widths.index(max(widths))


_SHORT_PAIR = 24  # letters: a heading and its tick, dose or date, kept on one line


# An empty cell where a table is read, not seen (braille, rows): a dash, as print shows a cell
# with nothing in it ("Lunch: (blank)" of a medicines chart had asked a carer to write a dose
# in a chart with no blank to fill in). A blank to fill in keeps its own words.
EMPTY_CELL = "\u2013"


def _cells_said(
    headings: list, row: tuple[Inline, ...], language: str
) -> list[tuple[int, object, Inline]]:
    """A row set as "heading: value" with its column number, an empty cell shown as empty,
    "Lunch: \u2013", as braille gives it (left out, a reader could not tell a cell with nothing
    in it from a column the row lacks; "12:00: ;" before that told nothing): as printed, and as
    the check reads it. A dash is in no language, so it takes its row's."""
    blank = (Span(EMPTY_CELL),)
    return [
        (at, heading, cell if _has_words(cell) else blank)
        for at, (heading, cell) in enumerate(zip(headings, row, strict=False))
    ]


def _has_words(cell: Inline) -> bool:
    """Whether a cell holds anything: words, or a blank to write in."""
    return bool(plain_text(cell).strip()) or any(span.field for span in cell)


def is_form(block: Table) -> bool:
    """Whether a table is a form: two columns, a label in the first of each row, a blank alone
    in the second (a details table, "Name | ____"), read as "Name: ____" where it is set as
    rows."""
    return len(block.header) == 2 and all(
        len(row) == 2
        and plain_text(row[0]).strip()
        and not any(span.field for span in row[0])
        and _lone_field(row[1])
        for row in block.rows
    ) and bool(block.rows)


def _table_as_rows(block: Table, language: str, options: RenderOptions) -> str:
    """A table too wide for the page: its column headings, then each row as one ruled block,
    each cell after its heading, in the same order as the table reads."""
    headings = [render_inline(cell, language, options) for cell in block.header]

    def said(row) -> str:
        """The row's cells after their headings, parted by "; " unless a cell ended its own
        sentence ("... sleeping.; What to do" was printed)."""
        if not any(plain_text(cell).strip() for cell in row):
            # a row to write in ("Table of 8 rows" over nothing had left no space to write):
            # each heading with its line
            return " ".join(_field(f"<strong>{heading}:</strong>", "first") for heading in headings)
        parts = ""
        for at, heading, cell in _cells_said(headings, named_once(block, row), language):
            if parts:
                parts += " " if parts.endswith((".", "!", "?")) else "; "
            value = render_inline(cell, language, options)
            # a short value stays on the line of its heading ("Lunch:" had ended a line and
            # its tick begun the next), as does a blank (a line never opens with a blank)
            short = len(plain_text(block.header[at]) + plain_text(cell).strip()) <= _SHORT_PAIR
            if short or _lone_field(cell):
                pair = f'<span class="nobreak"><strong>{heading}:</strong> {value}</span>'
            else:
                pair = f"<strong>{heading}:</strong> {value}"
            # the first cell names the row: large print repeats it, "(continued)", over the
            # part of a row taller than a page that a page break carries over
            parts += f'<span class="row-name">{pair}</span>' if not parts else pair
        return parts

    # the pipeline's words in the leaflet's language where its row has them, else English,
    # each heading in the leaflet's language
    opening, english = _columns_said(block, language)
    named = f"<span{language_attributes(language, english)}>{'; '.join(headings)}</span>"
    columns = (
        f'<p class="table-columns"{language_attributes(english, language)}>{escape(opening)} '
        f"{named if english != language else '; '.join(headings)}</p>"
    )
    if is_form(block):
        # a label and its blank on each row ("Detail: Name; Write it here: ____" had the
        # columns' headings over and over, its line short): "Name: ____", the line to the
        # text's edge, as the form reads on paper; the headings said once, above (what the
        # blanks are, "Quick-acting insulin", may be said nowhere else)
        rows = "".join(
            f'<p class="table-row form-row"><strong>'
            f"{render_inline(label, language, options)}:</strong> "
            f"{render_inline(blank, language, options)}</p>"
            for label, blank in (named_once(block, row) for row in block.rows)
        )
        return f'<div class="table-as-rows">{columns}{rows}</div>'
    rows = "".join(f'<p class="table-row">{said(row)}</p>' for row in block.rows)
    return f'<div class="table-as-rows">{columns}{rows}</div>'


def _columns_said(block: Table, language: str) -> tuple[str, str]:
    """What a table set as rows says before its column headings, and the language it is in:
    the leaflet's own words ("جدول، قطاریں: 3، کالم:" in Urdu, which had been "Table of 3
    rows, columns:" in English), English's where its language has none."""
    own = primary_language(language) != "en" and table_as_rows(language, len(block.rows))
    if own:
        return own, language
    return f"Table of {len(block.rows)} rows, columns:", _trust_language(language)


def heading_levels(blocks: tuple[Block, ...]) -> dict[int, int]:
    """The level each heading is shown at (by its block's place), under the h1 title and never
    more than one below the heading before it: a source's '### Keeping it clean' straight
    under the title, or '####' under a '##', had been shown as h3 under h1 and h4 under h2,
    levels a screen reader's list of headings skips, and its page failed its check. The order
    and nesting of the headings are the source's."""
    levels: dict[int, int] = {}
    before = 1
    for at, block in enumerate(blocks):
        if isinstance(block, Heading):
            levels[at] = before = min(max(block.level, 2), before + 1, 6)
    return levels


def render_block(
    leaflet: Leaflet,
    block: Block,
    options: RenderOptions = RenderOptions(),
    level: int | None = None,
) -> str:
    """One block as HTML; a heading at `level` (heading_levels), else at its own."""
    language = leaflet.meta.language
    if isinstance(block, Heading):
        level = level or min(max(block.level, 2), 6)
        return f"<h{level}>{render_inline(block.spans, language, options)}</h{level}>"
    if isinstance(block, Paragraph):
        return _paragraph(block, language, options)
    if isinstance(block, ListBlock):
        return _list(block, language, options)
    if isinstance(block, Image):
        return _picture(leaflet, block, options)
    if isinstance(block, Table):
        return _table(block, language, options)
    if isinstance(block, DescribedPicture):
        # "Picture:" is the pipeline's English word, the description the leaflet's own (in an
        # Urdu leaflet both had been one English line: the Urdu voice said "Picture", the
        # description was tagged English, and the page failed its check)
        marked = language_attributes(_trust_language(language), language)
        return (
            '<figure class="picture described-picture"><p class="picture-description">'
            f"<strong{marked}>Picture:</strong> {_text(block.description)}</p></figure>"
        )
    if isinstance(block, Notice):
        # A notice whose words start with its label ("Important: Take it once a week.", as
        # imported) is not labelled again above them: "Important" then "Important: ...".
        said, said_in = block.label_in(language)  # the leaflet's own word where it has one
        marked = language_attributes(
            language if primary_language(said_in) == primary_language(language) else said_in,
            language,
        )
        label = (
            ""
            if block.says_its_label
            else f'<p class="notice-label"{marked}><strong>{escape(said)}</strong></p>'
        )
        items = _list(ListBlock(False, block.items), language, options) if block.items else ""
        if block.after:
            items += f"<p>{render_inline(block.after, language, options)}</p>"
        words = "".join(
            f"<p>{render_inline(paragraph, language, options)}</p>"
            for paragraph in block.paragraphs
        )
        return (
            f'<div class="notice notice-{escape(block.kind)}" role="note">{label}{words}{items}'
            "</div>"
        )
    raise TypeError(f"no HTML for {type(block).__name__}")


def front_line_language(text: str, lang: str, names: bool = False) -> str:
    """The voice for a department, audience or organisation the front matter gives in a leaflet
    in another language: in a non-Latin script, Latin letters alone are English left
    untranslated (as the web page tags them); in a Latin one, the line is the leaflet's language
    unless its words are English's rather than that language's ("Diabetes Centre" in a Polish
    leaflet), and a department's own word ("Clinig", "Oddział") or Welsh's shape settles it.
    An organisation's name (`names`) holds places and people no dictionary knows ("Betsi
    Cadwaladr University Health Board"): English when English's words are at least half."""
    from wordfreq import available_languages, zipf_frequency

    row = find_language(lang)
    if row is None or primary_language(lang) == "en":
        return "en"
    code = primary_language(lang)
    if row.script != "Latin":
        return code if scripts_in(text) - {"Latin"} else "en"
    found = re.findall(r"[^\W\d_]+", text)
    if not found:
        return "en"
    if any(word.lower() in row.department_words for word in found) or (
        code == WELSH and reads_as_welsh(text)
    ):
        return code
    known = code in available_languages()

    def english(word: str) -> bool:
        said = zipf_frequency(word, "en")
        return said >= 2.0 and (not known or said > zipf_frequency(word, code))

    if names:
        return "en" if 2 * sum(map(english, found)) >= len(found) else code
    return "en" if all(english(word) for word in found) else code


def _trust_language(language: str) -> str:
    """The language of what the renderer and config/organisation.yaml write: English."""
    return language if primary_language(language) == "en" else TRUST_LANGUAGE


def _written_in(text: str, language: str) -> str:
    """A front-matter line is in the leaflet's language, unless the leaflet is in a non-Latin
    script and the line is in Latin letters: English left untranslated (a department name)."""
    row = find_language(language)
    if row is not None and row.script != "Latin":
        if script_of(text) == "Latin":
            return TRUST_LANGUAGE
    return language


def front_line_tag(text: str, language: str) -> str:
    """The language tag of a department or audience line: the leaflet's own tag, or English's
    where front_line_language hears English, so the page, braille and the recording agree (a
    Polish leaflet's "Diabetes Centre" had been tagged Polish on the page and in Polish braille,
    while the English voice said it)."""
    if not text.strip() or front_line_language(text, language) != "en":
        return language
    return _trust_language(language)


def organisation_language(leaflet: Leaflet) -> str:
    """The language of who the leaflet is from: the running trust's name is English, a name
    the front matter gives is the leaflet's language unless its words are English's (a Welsh
    leaflet's "Bwrdd Iechyd Prifysgol Hywel Dda" had been tagged and said as English)."""
    language = leaflet.meta.language
    organisation = leaflet.meta.organisation
    if organisation and front_line_language(organisation, language, names=True) != "en":
        return language
    return _trust_language(language)


def header_lines(leaflet: Leaflet) -> list[tuple[str, str, str]]:
    """(class, text, language) of each line under the title, in print order."""
    meta = leaflet.meta
    language = meta.language
    trust = _trust_language(language)
    return [
        ("organisation", leaflet.written_by, organisation_language(leaflet)),
        ("department", meta.department, front_line_tag(meta.department, language)),
        ("audience", meta.audience, meta.audience_lang or front_line_tag(meta.audience, language)),
        ("identifier", f"Leaflet number: {meta.number}, version {meta.version}", trust),
        *((kind, f"{label}: {when}", trust) for kind, label, when in meta.dates),
    ]


def render_header(leaflet: Leaflet) -> str:
    """The opening every format shares: title, department, number and version, review dates."""
    language = leaflet.meta.language
    title = prepare(leaflet.meta.title)
    lines = "".join(
        f'<p class="{kind}"{language_attributes(lang, language)}>{_text(text)}</p>'
        for kind, text, lang in header_lines(leaflet)
    )
    heading = f"<h1{language_attributes(_written_in(title, language), language)}>"
    return (
        f'<header class="leaflet-header">{heading}{escape(title, quote=False)}</h1>'
        f'<div class="leaflet-facts">{lines}</div></header>'
    )


def render_back_matter(leaflet: Leaflet, options: RenderOptions = RenderOptions()) -> str:
    """The trust's closing parts: health information lines, the offer in other languages, then
    the English offer with the number those lines point "below" to."""
    language = leaflet.meta.language
    trust = leaflet.trust
    english = _trust_language(language)
    marked = language_attributes(english, language)
    footer = "".join(
        f"<p{marked}>{render_inline(line, english, options)}</p>" for line in trust.footer
    )
    offer = render_inline(trust.format_offer, english, options)
    translations = "".join(
        f'<p class="translation"{language_attributes(t.lang, language)}>{_text(t.text)}</p>'
        for t in trust.translations
    )
    return (
        f'<footer class="leaflet-footer"><div class="trust-lines">{footer}</div>'
        f'<div class="other-formats">{translations}'
        f'<p class="format-offer"{marked}>{offer}</p></div></footer>'
    )


def _sections(blocks: tuple[Block, ...]) -> list[list[Block]]:
    """The blocks before the first heading, then each heading with the blocks up to the next:
    a section is one element for assistive technology, however the pages fall."""
    parts: list[list[Block]] = [[]]
    for block in blocks:
        if isinstance(block, Heading) and block.level <= 2 and parts[-1]:
            parts.append([])
        parts[-1].append(block)
    return [part for part in parts if part]


def render_article(leaflet: Leaflet, options: RenderOptions = RenderOptions()) -> str:
    """The leaflet as one `<article>`, for a page that puts it inside its own `<main>`."""
    levels = heading_levels(leaflet.blocks)
    places = {id(block): at for at, block in enumerate(leaflet.blocks)}

    def shown(part: list[Block]) -> str:
        return "".join(
            render_block(leaflet, block, options, levels.get(places[id(block)])) for block in part
        )

    body = "".join(
        f"<section>{shown(part)}</section>" if isinstance(part[0], Heading) else shown(part)
        for part in _sections(leaflet.blocks)
    )
    return (
        f'<article class="leaflet">{render_header(leaflet)}<div class="leaflet-body">{body}</div>'
        f"{render_back_matter(leaflet, options)}</article>"
    )


def render_document(
    leaflet: Leaflet, stylesheet: str = "", options: RenderOptions = RenderOptions()
) -> str:
    """A whole HTML5 document: language and direction on `<html>`, title, description, styles."""
    meta = leaflet.meta
    direction = "rtl" if is_right_to_left(meta.language) else "ltr"
    description = (
        f"{meta.audience}: {meta.department}, leaflet {meta.number} version {meta.version}"
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(meta.language)}" dir="{direction}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(prepare(meta.title))}</title>\n"
        f'<meta name="author" content="{escape(leaflet.written_by)}">\n'
        f'<meta name="description" content="{escape(description)}">\n'
        f'<meta name="keywords" content="leaflet {meta.number}, {escape(meta.department)}">\n'
        f"<style>\n{stylesheet}</style>\n</head>\n"
        f'<body class="lang-{primary_language(meta.language)}">\n'
        f"<main>{render_article(leaflet, options)}</main>\n</body>\n</html>\n"
    )


# ---- reading a rendering back ------------------------------------------------------------


@dataclass(frozen=True)
class LanguageRun:
    lang: str
    text: str
    paragraph: bool = False  # a whole paragraph, not a run inside a line of the leaflet's language
    # after another run of its line (a tagged word inside it), not the start of a line
    continues: bool = field(default=False, compare=False)

    @cached_property
    def script(self) -> str:
        """Asked of each run for each element of the structure tree: counted once."""
        return script_of(self.text)


def _inline_runs(spans: Inline, language: str, whole: bool) -> list[LanguageRun]:
    """A line's spans as runs of one language each; `whole` if the line is a paragraph."""
    runs: list[LanguageRun] = []
    for span in spans:
        lang = span.lang or language
        if runs and runs[-1].lang == lang:
            runs[-1] = LanguageRun(lang, runs[-1].text + span.text)
        else:
            runs.append(LanguageRun(lang, span.text))
    runs = [
        LanguageRun(r.lang, prepare(r.text).strip(), continues=n > 0)
        for n, r in enumerate(r for r in runs if r.text.strip())
    ]
    if whole and len(runs) == 1:
        runs[0] = LanguageRun(runs[0].lang, runs[0].text, paragraph=True)
    return runs


def reading_order(
    leaflet: Leaflet,
    written_addresses: bool = False,
    letters_per_line: float | None = None,
    list_numbers: bool = False,
) -> list[LanguageRun]:
    """Every line the rendering shows (pictures aside), in reading order, each run with the
    language it is in: what a checker should read back from any format made from it (rendered
    with `written_addresses` or not)."""

    def line_runs(spans: Inline, language: str, whole: bool) -> list[LanguageRun]:
        return _inline_runs(with_addresses(spans) if written_addresses else spans, language, whole)

    language = leaflet.meta.language
    english = _trust_language(language)
    title = prepare(leaflet.meta.title)
    runs = [LanguageRun(_written_in(title, language), title, True)]
    runs += [LanguageRun(lang, text, True) for _, text, lang in header_lines(leaflet)]
    for block in leaflet.blocks:
        if isinstance(block, Notice) and not block.says_its_label:
            said, said_in = block.label_in(language)
            own = primary_language(said_in) == primary_language(language)
            runs.append(LanguageRun(language if own else english, said, True))
        if isinstance(block, Notice):
            for spans in inlines_of(block):  # its words, the signs it lists, its words after
                runs += line_runs(spans, language, whole=True)
        elif isinstance(block, ListBlock):
            numbers = block.item_numbers() if block.ordered and list_numbers else ()
            for index, item in enumerate(block.items):
                if numbers:  # printed as text (a PDF's list numbers), so read back too
                    runs.append(LanguageRun(language, f"{numbers[index]}.", False))
                runs += line_runs(item, language, whole=True)
        elif isinstance(block, Heading):
            runs += line_runs(block.spans, language, whole=True)
        elif isinstance(block, Paragraph):
            runs += line_runs(block.spans, block.lang or language, whole=True)
        elif isinstance(block, Table) and _too_wide(block, letters_per_line):
            headings = [plain_text(cell) for cell in block.header]
            columns, columns_in = _columns_said(block, language)
            said = (Span(f"{columns} ", lang=columns_in), Span("; ".join(headings), lang=language))
            runs += _inline_runs(said, language, whole=True)
            for row in block.rows:
                if is_form(block):  # "Name: ____"
                    label, blank = named_once(block, row)
                    runs += line_runs((*label, Span(": "), *blank), language, whole=True)
                    continue
                if not any(plain_text(cell).strip() for cell in row):
                    continue  # a row to write in: each heading with its line
                for _, heading, cell in _cells_said(headings, named_once(block, row), language):
                    runs += line_runs((Span(f"{heading}: "), *cell), language, whole=True)
        elif isinstance(block, Table):
            for row in (block.header, *(named_once(block, row) for row in block.rows)):
                for cell in row:  # a cell's line starts at its cell's edge, not the page's
                    runs += line_runs(cell, language, whole=False)
        elif isinstance(block, DescribedPicture):
            said = (Span("Picture:", lang=english), Span(f" {block.description}"))
            runs += _inline_runs(said, language, whole=True)
    for line in leaflet.trust.footer:
        runs += line_runs(line, english, whole=True)
    runs += [LanguageRun(t.lang, prepare(t.text), True) for t in leaflet.trust.translations]
    runs += line_runs(leaflet.trust.format_offer, english, whole=True)
    return runs


def language_runs(leaflet: Leaflet, letters_per_line: float | None = None) -> list[LanguageRun]:
    """The runs in another language than the leaflet's own: each needs its own language mark
    (in print, `letters_per_line` as the rendering was given it: a table set as rows opens
    with the pipeline's English words where its language has none of its own)."""
    own = primary_language(leaflet.meta.language)
    runs = reading_order(leaflet, letters_per_line=letters_per_line)
    return [run for run in runs if primary_language(run.lang) != own]


def own_language_texts(leaflet: Leaflet, letters_per_line: float | None = None) -> list[str]:
    """The runs in the leaflet's own language, in reading order."""
    own = primary_language(leaflet.meta.language)
    runs = reading_order(leaflet, letters_per_line=letters_per_line)
    return [run.text for run in runs if primary_language(run.lang) == own]


def reading_words(
    leaflet: Leaflet,
    written_addresses: bool = False,
    letters_per_line: float | None = None,
    list_numbers: bool = False,
) -> list[str]:
    """The Latin-script words of the whole rendering in reading order (other scripts are
    compared letter by letter, since their extraction order is visual); `letters_per_line` as
    the rendering was given it (a table too wide is read as rows); `list_numbers` where the
    numbers of numbered lists are text (a PDF), so step numbers are checked too."""
    runs = reading_order(leaflet, written_addresses, letters_per_line, list_numbers)
    return [word for run in runs for word in latin_words(run.text)]


# A word found further on in the read-back text than where reading got to (past a picture's
# caption, say) must be followed there by the next few words of the leaflet; otherwise a lost
# phrase would match its words' next use far on ("www.nhs.uk" in the footer for a lost
# "(www.nhs.uk/conditions/knee-pain)") and count everything between as missing.
_CONFIRMING_WORDS = 3


def missing_in_reading_order(expected: list[str], found: list[str]) -> list[str]:
    """Expected words missing from `found` when read in order; an address broken over two
    lines (InformationFor / Patients) still counts as the one word."""
    missing = []
    position = 0
    for index, word in enumerate(expected):
        following = expected[index + 1 : index + 1 + _CONFIRMING_WORDS]
        hit = None
        for start in range(position, len(found)):
            end = _word_at(word, found, start)
            if end is None:
                continue
            if start == position or found[end : end + len(following)] == following:
                hit = end
                break
        if hit is None:
            missing.append(word)
        else:
            position = hit
    return missing


def _word_at(word: str, found: list[str], start: int) -> int | None:
    """Where `word` ends if it starts at found[start], whole or split over up to four pieces."""
    joined = ""
    for end in range(start, min(start + 4, len(found))):
        joined += found[end]
        if joined == word:
            return end + 1
        if not word.startswith(joined):
            return None
    return None


def latin_words(text: str) -> list[str]:
    """The words of `text` in Latin letters, and its figures: what a checker compares in order.
    A vowel sign or other mark standing apart from its letter (a Punjabi "ਂ" read back from a
    line of print, or left after a tag closed inside a word) has no letter to give it a script,
    so it had counted as a "Common" word like a figure: it is none."""
    return [
        w
        for w in words(prepare(text))
        if script_of(w) in ("Latin", "Common") and any(c.isalnum() for c in w)
    ]
