"""Text preparation that several formats need, written once.

Dashes, apostrophes, which script a run is written in, the slug of a title, a paragraph's
sentences (Easy Read's rows and audio's utterances are cut at the same places), and the plainer
sign that means the same as an emoji tick or cross. Which script each language is written in is
its row in languages.py; speech-specific normalisation (numbers, addresses read aloud) lives
with the audio format.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections.abc import Callable
from functools import cache

# Script of a run, by the Unicode block of its letters. Covers the trust's languages.
_SCRIPT_RANGES = (
    ("Arabic", 0x0600, 0x06FF),
    ("Arabic", 0x0750, 0x077F),
    ("Arabic", 0xFB50, 0xFDFF),
    ("Arabic", 0xFE70, 0xFEFF),
    ("Gujarati", 0x0A80, 0x0AFF),
    ("Gurmukhi", 0x0A00, 0x0A7F),
    ("Devanagari", 0x0900, 0x097F),
    ("Bengali", 0x0980, 0x09FF),
    ("Cyrillic", 0x0400, 0x04FF),
    ("Greek", 0x0370, 0x03FF),
    ("Han", 0x4E00, 0x9FFF),
)


@cache
def _char_script(char: str) -> str | None:
    """The script of one character, None unless it is a letter; cached, because checkers ask
    it of every glyph of a printed page and a leaflet uses few distinct letters."""
    if not char.isalpha():
        return None
    code = ord(char)
    script = next((name for name, lo, hi in _SCRIPT_RANGES if lo <= code <= hi), None)
    if script is None:
        script = "Latin" if unicodedata.name(char, "").startswith("LATIN") else "Other"
    return script


def _letter_scripts(text: str):
    """The script of each letter of `text`; digits, punctuation and spaces are skipped."""
    for char in text:
        script = _char_script(char)
        if script is not None:
            yield script


def script_of(text: str) -> str:
    """The script most letters of `text` are written in: "Latin", "Arabic", "Gujarati", ...

    Digits, punctuation and spaces do not count; text with no letters is "Common".
    """
    counts: dict[str, int] = {}
    for script in _letter_scripts(text):
        counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else "Common"


def scripts_in(text: str) -> set[str]:
    """Every script any letter of `text` is written in: for text that cannot carry a language
    tag (a title), where one word in another script is already one too many."""
    return set(_letter_scripts(text))


# A heading that names questions ("Frequently asked questions", "FAQs", "Q&A"): the questions
# under it are the leaflet's sections too.
QUESTIONS_HEADING = re.compile(r"\bquestions\b|\bFAQs?\b|\bQ\s*(?:&|and)\s*A\b", re.I)


# Control characters (C0 but tab and line ends, DEL, C1): pasted terminal colours, NULs from a
# broken export. No format can carry them and several writers fail on them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character(text: str) -> re.Match | None:
    """The first control character in `text`, if any (its position names the line)."""
    return _CONTROL.search(text)


_SPACED_HYPHEN = re.compile(r"(?<=\S) +[-\u2010\u2011\u2012] +(?=\S)")
_CURLY_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def normalise_dashes(text: str) -> str:
    """A spaced hyphen (" - ") used as a dash becomes a spaced en dash (" – ")."""
    return _SPACED_HYPHEN.sub(" \u2013 ", text)


def normalise_apostrophes(text: str) -> str:
    """Curly apostrophes and quotes used as apostrophes become the straight ASCII one."""
    return text.translate(_CURLY_APOSTROPHES)


def prepare(text: str) -> str:
    """The normalisation every format wants: dashes and apostrophes, white space folded."""
    return normalise_apostrophes(normalise_dashes(re.sub(r"\s+", " ", text)))


# How English words start: a consonant cluster English has ("str", "pl", "sh"), then a vowel.
# "BMI", "MRI", "DNA" start as no English word does: letters to spell, not a word to say.
_ENGLISH_ONSET = re.compile(
    r"(?:[bcdfghjklmnprstvwyz]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kn|ph|pl|pr|qu|sc|sh|sk|sl|sm|sn|"
    r"sp|st|sw|th|tr|tw|wh|wr|scr|spl|spr|str|thr|shr)?[aeiouy]",
    re.IGNORECASE,
)


def shaped_as_a_word(letters: str) -> bool:
    """Whether letters start as English words start and have no run of three consonants
    ("ache", "clot", "hip"; not "BMI", "MRI", "ADHD")."""
    return bool(_ENGLISH_ONSET.match(letters)) and not re.search(
        r"[bcdfghjklmnpqrstvwxz]{3}", letters, re.IGNORECASE
    )


# Full stops and question marks of the other scripts leaflets carry: Urdu and Arabic "۔" "؟",
# Hindi "।" (a sentence there ends with no "." after it).
SCRIPT_FULL_STOPS = "\u06d4\u061f\u0964"


# A day's short name as leaflets write it ("Mon", "Tues", "Thurs"; "Sunscreen" is no day).
SHORT_DAY = r"(?:Mon|Tues?|Weds?|Thur?s?|Fri|Sat|Sun)(?![a-z])"


_NUMBERED_DATE = re.compile(
    r"\b(?:(?P<weekday>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?\s+)?"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"
)


def dates_in_words(text: str) -> str:
    """Dates written in figures as words, as Easy Read writes them: "Mon 02/06/2025" ->
    "Monday 2 June 2025". A date that does not exist, or a weekday that is not the date's, is
    left as written, for a person to see."""

    def in_words(match: re.Match) -> str:
        try:
            day = datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            return match[0]
        weekday = calendar.day_name[day.weekday()]
        if match["weekday"] and not weekday.lower().startswith(match["weekday"].lower()[:3]):
            return match[0]
        said = f"{day.day} {calendar.month_name[day.month]} {day.year}"
        return f"{weekday} {said}" if match["weekday"] else said

    return _NUMBERED_DATE.sub(in_words, text)


def day_in_full(short: str) -> str:
    """ "Thurs" -> "Thursday"."""
    return next(day for day in calendar.day_name if day.lower().startswith(short.lower()[:3]))


_ASKED_NUMBER = re.compile(r"([a-z]{0,4})(\d+)")


def asked_number(word: str) -> tuple[str, str] | None:
    """("gas", "215") for "GAS0215", ("", "442") for "0442", None for a word: a leaflet number
    as people type or say it, the letters they put before it (a department's "GAS", or "PIL")
    apart, and the number without its leading zeros, as `reference_numbers` gives them."""
    match = _ASKED_NUMBER.fullmatch(word.casefold())
    return (match[1], match[2].lstrip("0") or "0") if match else None


def reference_numbers(reference: str) -> list[str]:
    """["412"] for "PHY-0412", ["665", "2021"] for "HEY-665/2021": the numbers in a leaflet's
    reference, each as `asked_number` gives a number typed."""
    return [run.lstrip("0") or "0" for run in re.findall(r"\d+", reference)]


def slugify(title: str) -> str:
    """ "Lower back stretches in pregnancy" -> "lower-back-stretches-in-pregnancy"."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def _marks() -> str:
    """Every combining mark (a vowel sign, a nasal sign, a virama, a shadda) as a character
    class's ranges: Python's \\w holds none of them."""
    marks = [c for c in range(0x300, 0x20000) if unicodedata.category(chr(c)).startswith("M")]
    ranges, start = [], marks[0]
    for before, after in zip(marks, [*marks[1:], None], strict=True):
        if after != before + 1:
            last = "-" + re.escape(chr(before)) if before > start else ""
            ranges.append(re.escape(chr(start)) + last)
            start = after
    return "".join(ranges)


@cache
def word_letter() -> str:
    """One letter of a word as a pattern, its marks (vowel signs) letters too: Python's \\w
    stops at "ੱ" in "ਘੱਟ". Built when first asked for, not by every command that imports this
    module (walking the code points takes 12 ms)."""
    return rf"(?:[^\W_]|[{_marks()}])"


@cache
def _word() -> re.Pattern:
    """A word's letters with its marks ("ਬਾਇਓਪਸੀ" had been the words "ਬ" and "ਇਓਪਸ", so a word
    with a wrong vowel sign compared equal to the right one)."""
    letters = rf"{word_letter()}+"
    return re.compile(rf"{letters}(?:['’]{letters})*")


def words(text: str) -> list[str]:
    """Words of `text`, lower-cased, apostrophes normalised: for comparing outputs with sources."""
    return _word().findall(normalise_apostrophes(text).lower())


@cache
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


# Short forms leaflets write before a figure or a word that goes on with the sentence: "approx.
# 1 in 1000", "max. 6 doses", "Tel. 0116 ...", "Room No. 5".
_SHORT_FORM_END = re.compile(
    r"\b(?:approx|max|min|tel|ext|no|nos|incl|excl|esp|vs|dept|fig|ref|tab|tabs|caps)\.$",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph: pysbd's, but never cut after a short form ("max. 6 doses in 24
    hrs" was two sentences, and "6 doses in 24 hrs." lost the medicine it limits) nor before a
    word in lower case, which no sentence starts with."""
    found: list[str] = []
    pieces = (
        part  # ... and a sentence in Urdu or Hindi ends at its own full stop ("۔", "।")
        for piece in _segmenter().segment(text)
        for part in re.split(rf"(?<=[{SCRIPT_FULL_STOPS}])\s+", piece)
    )
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        goes_on = piece[0].islower() or (piece[0].isdigit() and found
                                           and _SHORT_FORM_END.search(found[-1]))
        if found and goes_on:
            found[-1] = f"{found[-1]} {piece}"
        else:
            found.append(piece)
    return found


def describe_character(char: str) -> str:
    """A character as a message names it: "'❌' (U+274C CROSS MARK)"."""
    return f"'{char}' (U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')})"


# The coloured circles of a traffic-light system ("🔴 Red – call 999"), named by their colour,
# and the words a leaflet writes beside them for it (orange is a traffic light's amber).
COLOUR_SIGNS = {
    "\U0001f7e2": ("green",),
    "\U0001f7e1": ("yellow", "amber"),
    "\U0001f7e0": ("orange", "amber"),
    "\U0001f534": ("red",),
    "\U0001f535": ("blue",),
    "\U0001f7e3": ("purple",),
    "\U0001f7e4": ("brown",),
}
# Signs with a plainer one that means the same, for a format whose fonts or braille table lack
# the first: the emoji cross and tick of "do" and "don't" lists.
SAME_SIGN = {
    **dict.fromkeys(COLOUR_SIGNS, "\u25cf"),  # a coloured circle -> ● (its colour in words beside)
    "\u274c": "\u2717",  # ❌ cross mark -> ✗ ballot x
    "\u274e": "\u2717",  # ❎
    "\u2716": "\u2717",  # ✖
    "\u2705": "\u2713",  # ✅ white heavy check mark -> ✓ check mark
    "\u2714": "\u2713",  # ✔
    "\u2611": "\u2713",  # ☑
}


# Boxes a leaflet prints for ticking ("☐ I would like my blood tests at my GP surgery.").
TICK_BOXES = "\u2610\u25a1\u274f\u2750\u2751\u2752"
# Marks a leaflet puts before a "do" and a "don't", and other signs, as a reader names them:
# the audio says them so, and braille writes them so where its table has no cell for the sign
# ("✗ Don't" had been brailled "[ballot x] Don't").
SIGN_WORDS = {
    "\u2713": "tick",
    **dict.fromkeys("\u2717\u2718\u2715", "cross"),
    "\u2612": "ticked box",  # Word's box with a cross in it is the box ticked
    "\u26a0": "warning",
    **dict.fromkeys("\u260e\u260f\U0001f4de", "telephone"),
    **dict.fromkeys(TICK_BOXES, "tick box"),
}

SIGN_WORDS.update({sign: f"{colours[0]} circle" for sign, colours in COLOUR_SIGNS.items()})


def colour_signs_in_words(text: str) -> str:
    """A traffic light's circles as words, for a medium that cannot show their colour (braille):
    none where the colour is written next ("🔴 Red – ..."), else "red circle"."""
    for sign, colours in COLOUR_SIGNS.items():
        while (at := text.find(sign)) >= 0:
            word = "" if said_beside(sign, text[at + 1 :]) else f"{colours[0]} circle"
            after = text[at + 1 :].removeprefix("\ufe0f")
            text = text[:at] + word + (after.lstrip() if not word else after)
    return text


def said_beside(sign: str, following: str) -> bool:
    """Whether the words after a sign say what it means already: a traffic light's circle
    before its colour ("🟠 Amber – call your GP today"), which needs no "orange circle"."""
    colours = COLOUR_SIGNS.get(sign, ())
    word = re.match(r"[A-Za-z]+", following.lstrip())
    return bool(word) and word[0].lower() in colours


def with_plainer_signs(text: str, has: Callable[[str], bool]) -> str:
    """`text` for a medium (a braille table, the installed fonts) that `has` some characters:
    each sign it lacks written as the plainer one that means the same when it has that ("✅"
    as "✓"); the emoji variation selector, which asks for a colour picture, left out."""
    text = text.replace("\ufe0f", "")
    for sign, plainer in SAME_SIGN.items():
        if sign in text and not has(sign) and has(plainer):
            text = text.replace(sign, plainer)
    return text


# Welsh's commonest words, which English has not: a Welsh line in a leaflet is flagged for a
# person to tag (the importer).
WELSH_WORDS = frozenset(
    "mae mae'r yn ar gael eich chi hon hwn gyda neu os ydych i'r a'r o'r ffoniwch rhif taflen "
    "daflen gymraeg cymraeg wybodaeth gwybodaeth ein y yr ac gan fel".split()
)
# Words Welsh leaflets' titles, departments and hospitals are made of, for a line too short for
# the importer's guess at its language ("Gofalu am eich cast"); "am", "ar", "i" are English's too.
WELSH_TITLE_WORDS = frozenset(
    "gofal gofalu ôl am ar i eich eu ei fy dy beth yw sut pryd pam ddefnyddio defnyddio "
    "gwybodaeth cleifion gleifion claf ymarferion llawdriniaeth clinig adran ysbyty "
    "meddyginiaeth meddyginiaethau tabledi cymryd cyn wedi ystod plant plentyn babi toriad "
    "asgwrn esgyrn clwyf poen cyngor nyrs meddyg gartref adref cartref bwrdd iechyd prifysgol "
    "gwasanaeth uned llygad llygaid glin ysgwydd clun cefn troed traed llaw dwylo arddwrn "
    "ffêr ymarfer deiet bwyta yfed ôl-ofal "
    # ... and the short lines of a leaflet's body: its thanks and greetings ("Diolch yn fawr",
    # "Croeso") had been read as English
    "diolch croeso fawr iawn hwyl prynhawn noswaith ffôn mewn "
    # ... and the headings a bilingual leaflet gives both ways ("Pwysig / Important")
    "pwysig rhybudd sylwch nodiadau cwestiynau cysylltu cysylltwch manylion cyswllt rhagor "
    "mwy "
    # ... and the short words an instruction's Welsh half ends on, English's letters too
    # ("Ffoniwch ni / Call us", "Cysylltwch â ni": "us", "with us")
    "ni â".split()
) | WELSH_WORDS
# An instruction in Welsh, the "-wch" of its verb no English word ends in ("Ffoniwch",
# "Gofynnwch", "Peidiwch", "Dewch"), and "â" ("with") standing alone.
_WELSH_ONLY_SHAPE = re.compile(r"\w+wch|â", re.IGNORECASE)


def reads_as_welsh(text: str) -> bool:
    """Whether a line, however short, is in Welsh: a word only Welsh has ("eich", "gofalu",
    one with "ŵ" or starting "ll", "dd", "ff") and more of its words Welsh's or no English's
    than English's alone ("am" is Welsh's too). A title of four words or fewer is too short
    for the importer's guess at a language, and "Gofalu am eich cast" had read as English.
    The importer asks it of a line, the audio of each half of "Pwysig / Important"."""
    from wordfreq import zipf_frequency

    # (a reference's letters are no word: "NEU-0221" is no Welsh "neu")
    words = [
        word for token in text.split() if not re.search(r"\d", token)
        for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)?", token)
    ]
    welsh_only = [
        word for word in words
        if (word.lower() in WELSH_TITLE_WORDS and zipf_frequency(word, "en") < 3.0)
        or re.search("[ŵŷ]", word, re.IGNORECASE)
        or re.match(r"(?:ll|dd|ff)[aeiouwy]", word.lower())
        or (_WELSH_ONLY_SHAPE.fullmatch(word) and zipf_frequency(word, "en") < 1.5)
    ]
    english = sum(
        zipf_frequency(word, "en") >= 3.0 and word.lower() not in WELSH_TITLE_WORDS
        for word in words
    )
    return bool(welsh_only) and len(words) - english > english
