"""What the audio recording says, written once for every speech engine.

The script follows UKAAF's audio guidance: it opens by announcing the title, the organisation,
the leaflet number and what the recording holds and how long it lasts; headings are set apart by
pauses and become chapters; the safety notice is announced; pictures are described; it closes with
the format offer, the offer in each other language (spoken by that language's voice) and "End of
leaflet". Text is normalised for speech here, from config/pronunciations.yaml, because engines
misread leaflet text in different ways ("12cm" as "one two c m", "0116" as "one sixteen").
Our own words (labels such as "Picture:", the trust's lines) are English in every leaflet and go
to the English voice; in text in another language only telephone numbers and addresses are
rewritten, in that language's words where the config has them, and English capitals ("NHS") in
a language in another script go to the English voice. A link's address is said after
its words, and punctuation is never an utterance of its own.
"""

from __future__ import annotations

import calendar
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ...config import load_config_file
from ...contacts import (
    EMAIL_ADDRESS,
    EXTENSION,
    PHONE_NUMBER,
    WEB_ADDRESS,
    contact_pattern,
    service_number_pattern,
)
from ...languages import WELSH, WELSH_AND_ENGLISH, find_language, primary_language
from ...model import (
    UNNAMED_BLANK,
    YOURSELF,
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
    blanks_joined,
    counts_something,
    field_said,
    inlines_of,
    labels_first,
    named_by_blank,
    plain_text,
    sentence_before_blank,
    the_thing,
    who_fills_fields,
    with_addresses,
)
from ...paths import project_dir
from ...text import (
    QUESTIONS_HEADING,
    SAME_SIGN,
    SCRIPT_FULL_STOPS,
    SIGN_WORDS,
    TICK_BOXES,
    prepare,
    reads_as_welsh,
    said_beside,
    sentences,
    shaped_as_a_word,
)
from ...text import SHORT_DAY as _SHORT_DAY
from ...text import day_in_full as _day_name
from ..html_render import front_line_language, named_once, organisation_language

ESTIMATED_WORDS_PER_MINUTE = 160

# Seconds of silence after each kind of utterance; a heading also gets PAUSE_BEFORE_HEADING.
PAUSE_AFTER = {
    "sentence": 0.35,
    "paragraph": 0.7,
    "heading": 0.8,
    "announcement": 0.6,
    "notice": 1.0,
    "picture": 0.7,
    "item": 0.5,
    "offer": 0.7,
    "language": 0.8,
    "end": 0.5,
}
PAUSE_BEFORE_HEADING = 1.2


class SpokenWords(BaseModel):
    """How one language's voice says digits and the symbols of web and e-mail addresses, and
    the units, times of day and counts its voice would say as letters."""

    model_config = ConfigDict(extra="forbid")

    # Without digits (Welsh: only its units), numbers and addresses are said as for a language
    # with no words here: a number by the voice as its digits, an address by the English voice
    digits: list[str] | None = Field(default=None, min_length=10, max_length=10)
    symbols: dict[Literal["@", ".", "/", "-", "_", "?", "=", "&"], str] | None = None  # the
    # last three optional
    plus: str = "plus"  # before a country code: "+44"
    extension: str | None = None  # before an extension's digits; English says it if not given
    # A unit after a figure in the language's words, each form for the numbers it agrees with
    # (UNIT_FORMS names which): Polish "500 mg" is "500 miligramów", "2 mg" "2 miligramy";
    # "per" is a unit's form after a "/" ("litr" of "na litr"), its "one" form if not given
    units: dict[str, dict[Literal["one", "few", "many", "fraction", "per"], str]] = Field(
        default_factory=dict
    )
    # The word for a unit's "/" ("mmol/l": Polish "milimoli na litr"); without it a unit
    # written with "/" is said whole by the English voice
    per: str | None = None
    # A whole hour with "am" or "pm" ("8am") as the hour and the part of the day in the
    # language's words (morning: 1-11am, afternoon: 1-5pm, evening: 6-11pm, as English has
    # them); Welsh "8am" is "8 y bore". Without them, or at 12, the time stays as printed.
    clock: dict[Literal["morning", "afternoon", "evening"], str] = Field(default_factory=dict)
    # The "x" between a count and a dose ("2 x 500 mg"): Polish "2 razy po 500 miligramów";
    # without it the voice says the letter, and the check lists it
    times: str | None = None
    # A clock time after a word that leads to it ("o 8:30", "od 9:00 do 17:00", "o godz. 8",
    # "o 8 rano") as its hour's word in the form those words take, one for each hour from 0 to
    # 23 ("" leaves that hour as printed), its minutes as figures and ":00" not said: Polish
    # "o 8:30" is "o ósmej 30" (the voice had said "o osiem trzydzieści", "o 20:00" "o
    # dwadzieścia zero zero"). A time with no such word before it stays as printed.
    hours: list[str] | None = Field(default=None, min_length=24, max_length=24)
    # each word that leads to such a time, as written (lower case) and as said: "o godz." is
    # "o godzinie"; a lead of more than one word names the hour, so "o godzinie 8" is a time
    hour_leads: dict[str, str] = Field(default_factory=dict)
    # the words for a part of the day after a whole hour ("rano"): "o 8 rano" is a time
    day_parts: list[str] = Field(default_factory=list)
    # the words before and between the times of a range with no word before it ("8:00–16:00":
    # "od ósmej do szesnastej"), each a lead the hours' form follows
    hour_range: tuple[str, str] | None = None

    @field_validator("symbols")
    @classmethod
    def _every_symbol(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        missing = [symbol for symbol in ADDRESS_SYMBOLS if value and symbol not in value]
        if missing:
            raise ValueError(f"say how {' '.join(missing)} is spoken too")
        return value

    @model_validator(mode="after")
    def _digits_with_symbols(self) -> SpokenWords:
        if (self.digits is None) != (self.symbols is None):
            raise ValueError("give digits and symbols together, or neither")
        if self.extension and self.digits is None:
            raise ValueError("an extension's word needs the digits to say after it")
        return self

    @property
    def says_numbers(self) -> bool:
        """Whether these words say a number's digits and an address's symbols."""
        return self.digits is not None

    def digit(self, digit: str) -> str:
        return self.digits[int(digit)]


ADDRESS_SYMBOLS = ("@", ".", "/", "-", "_")
ENGLISH_WORDS = SpokenWords(
    digits="oh one two three four five six seven eight nine".split(),
    symbols={
        "@": "at",
        ".": "dot",
        "/": "slash",
        "-": "dash",
        "_": "underscore",
        "?": "question mark",
        "=": "equals",
        "&": "and",
    },
)
DIGITS_AS_WRITTEN = ENGLISH_WORDS.model_copy(update={"digits": list("0123456789")})
DECIMAL_DIGITS = ENGLISH_WORDS.model_copy(update={"digits": ["zero", *ENGLISH_WORDS.digits[1:]]})


class Pronunciations(BaseModel):
    """config/pronunciations.yaml: what staff can change without code."""

    model_config = ConfigDict(extra="forbid")

    say: dict[str, str] = Field(default_factory=dict)
    capitals_said_as_words: list[str] = Field(default_factory=list)
    capitals_spelt_out: list[str] = Field(default_factory=list)
    units: dict[str, tuple[str, str]] = Field(default_factory=dict)
    service_numbers: list[str] = Field(default_factory=list)
    address_words: dict[str, str] = Field(default_factory=dict)
    other_languages: dict[str, SpokenWords] = Field(default_factory=dict)
    filled_in_by: dict[str, str] = Field(default_factory=dict)
    # A word's British sounds in IPA, which the neural voice (Piper) says exactly; the draft
    # and online voices say the word as written.
    sounds: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _units_agree(self) -> Pronunciations:
        for lang, words in self.other_languages.items():
            if not words.units:
                continue
            if number_agrees(lang) is None:
                raise ValueError(
                    f"other_languages: {lang}: no rule in the code says which form of a unit "
                    "goes with which number in this language; leave out its units"
                )
            for unit, forms in words.units.items():
                missing = [form for form in number_agrees(lang)[1] if form not in forms]
                if missing:
                    raise ValueError(
                        f"other_languages: {lang}: units: {unit}: give its {', '.join(missing)}"
                    )
        return self

    @model_validator(mode="after")
    def _respelt_or_sounded(self) -> Pronunciations:
        respelt = {word.lower() for word in self.say}
        both = [word for word in self.sounds if word.lower() in respelt]
        if both:
            raise ValueError(f"{', '.join(both)} is under say and sounds: keep one")
        return self

    def who_fills_in(self, department: str) -> str:
        """Who writes in a leaflet's blanks, by a word of its department ("Physiotherapy")."""
        for word, person in self.filled_in_by.items():
            if word != "default" and word.lower() in department.lower():
                return person
        return self.filled_in_by.get("default", "the person treating you")

    @field_validator("service_numbers")
    @classmethod
    def _digits_only(cls, value: list[str]) -> list[str]:
        for number in value:
            if not str(number).isdigit():
                raise ValueError(f"'{number}' is not a number written in digits, such as 111")
        return [str(number) for number in value]


def pronunciations_path() -> Path:
    return project_dir("config") / "pronunciations.yaml"


def _a_respelling(written: str, spoken: str) -> bool:
    """Whether a `say:` entry respells a word for the voice ("Leicester": "Lester", "NHS": "N H
    S"), rather than says an abbreviation in full ("appt": "appointment", "Dr": "Doctor"),
    which the lyrics keep said in full."""
    import difflib

    if spoken == " ".join(written.replace(" ", "")):
        return True  # its letters, spelt out
    if not re.fullmatch(r"[^\W\d_][\w'’ -]{3,}", written) or written.isupper():
        return False
    plain = spoken.replace("-", "").replace(",", "")
    return len(written) >= 0.6 * len(plain) and (
        difflib.SequenceMatcher(None, written.lower(), plain.lower()).ratio() >= 0.5
    )


def as_written(text: str, pronunciations: Pronunciations) -> str:
    """A sentence of the script with each respelling given back its written word ("Lester" as
    "Leicester", "bough-ul" as "bowel"): the words a player shows as the recording's lyrics, which
    had shown the respellings the voice needs, and the parts of web addresses given as words,
    "Lesters hospitals" for "leicestershospitals"). Abbreviations stay said in full."""
    for pattern, written in _respellings(tuple(pronunciations.address_words.items())):
        text = pattern.sub(lambda m, w=written: w, text)  # as the address writes it
    for pattern, written in _respellings(tuple(pronunciations.say.items())):
        text = pattern.sub(lambda m, w=written: _capitalised_like(m[0], w), text)
    # the article the voice is given in lower case before letters it spells (_ARTICLE_BEFORE_
    # CAPITALS) opens its sentence again: "a C T (computed tomography) scan uses X-rays" had shown
    return _LOWERED_ARTICLE.sub(lambda m: m[1] + "A ", text)


_LOWERED_ARTICLE = re.compile(r"(^|[.!?:]\s|[(\"“‘'])a (?=[A-Z]\b)")


@cache
def _respellings(say: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern, str]]:
    """Each respelling's pattern and its written word, the longest first (judged once, not
    for every sentence)."""
    respelt = [(w, s) for w, s in say if _a_respelling(w, s)]
    # a respelling in lower case is the voice's for the word however it is capitalised: "Meth-
    # oh-trexate" starting a sentence had stayed in the lyrics
    return [
        (
            re.compile(
                rf"(?<![\w&]){re.escape(spoken)}(?![\w&])", re.IGNORECASE if spoken.islower() else 0
            ),
            written,
        )
        for written, spoken in sorted(respelt, key=lambda item: -len(item[1]))
    ]


def load_pronunciations(path: Path | None = None) -> Pronunciations:
    return load_config_file(Pronunciations, path or pronunciations_path())


_DATE_DMY = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
# A two-figure year, as a date of birth or an appointment card is written: "12/03/26".
_DATE_SHORT_YEAR = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d\d)(?![\d/]|\.\d)")
# ... or with full stops or hyphens, after words that lead to a date: "Come on 03.04.25" had been
# "three point zero four.25", "on 3-4-25" "three to four to twenty-five" ("section 3.4.12" has no
# such words and stays a number).
_DATE_SHORT_YEAR_MARKED = re.compile(r"(?<![\w/.-])(\d{1,2})([.-])(\d{1,2})\2(\d\d)(?![\w/-]|\.\w)")
_DATE_LEAD_OR_BIRTH = re.compile(rf"\b(?:(?i:birth|DOB|born)|{_SHORT_DAY})\b\.?:?,?\s$")


# ... or with no such word, before the time of day it is at ("Clinic 3.4.25 at 9am" had been
# "three point four point twenty-five"), or as the value of a details line about an appointment
# ("Date of appointment: 3.4.25").
_TIME_AFTER_DATE = re.compile(
    r",? (?:at |from )?(?:\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\b|(?:[01]?\d|2[0-3])[:.][0-5]\d\b|"
    r"(?:noon|midday)\b)",
    re.IGNORECASE,
)
_DETAILS_LABEL = re.compile(
    r"(?:^|\n|[.!?] )(?:[A-Za-z][\w'’ -]{0,40} )?(?i:appointments?|clinic|visit|admission|"
    r"operation|surgery|procedure|scan|test|review|follow[- ]up|date|due|attend)\b"
    r"[\w'’ -]{0,30}: ?$"
)
# A number a word says is a section's, paragraph's or version's, however many follow it
# ("section 3.4.12", "paragraphs 2.1.3 and 2.1.4"): each part said with its point.
_SECTION_LEAD = re.compile(
    r"\b(?i:sections?|paragraphs?|paras?|chapters?|clauses?|parts?|appendix|appendices|"
    r"versions?|v|steps?|figures?|fig|tables?|questions?|items?|rules?|regulations?|"
    r"guidelines?|standards?|§)\.? ?(?:\d[\d.]*(?:, | and | or | to ))*$"
)


def _date_marked(match: re.Match) -> str:
    """_DATE_SHORT_YEAR_MARKED's date, said only where something marks it a date: a word
    leading to it, the time of day after it, an appointment's details line. A section's number
    is left to _PARTS_NUMBER; a shape that is neither is said as its figures are written
    ("three, four, twenty-five"), never guessed a date or a decimal."""
    before = match.string[: match.start()]
    day, month, year = match.group(1), match.group(3), match.group(4)
    if _DATE_LEAD.search(before) or _DATE_LEAD_OR_BIRTH.search(before):
        return _date(day, month, year, match.group())
    heading = not before.strip() and match.string[match.end() :].startswith(":")
    if match.group(2) == "." and (heading or _SECTION_LEAD.search(before)):
        return match.group()
    if 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and (
        _TIME_AFTER_DATE.match(match.string, match.end()) or _DETAILS_LABEL.search(before)
    ):
        return _date(day, month, year, match.group())
    return ", ".join(_two_figures(part) for part in (day, month, year))


_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A month and year, as a review date is written: "Review due: 03/2027" (it was "three/two ...").
_MONTH_NUMBER_YEAR = re.compile(r"(?<![\d/.])(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b(?!/)")
# "etc." before a new sentence ends it: "... video guides etc. Out of hours ..." had run on.
_ETC_ENDING = re.compile(r"\betc\.(?= [A-Z])")
# A day and month with no year, written with a nought that marks it a date ("12/01", "05/11"):
# "8/10" (a pain score) and "1/2" (a half) have none.
_DAY_MONTH = re.compile(r"(?<![\d/.])(?:(0[1-9]|[12]\d|3[01])/(0[1-9])|(0[1-9])/(1[0-2]))(?![\d/])")
# ... or any day and month after a day's name: "Tues 1/4" had been "Tuesday quarter", "Tues 4/3"
# "Tuesday four/three".
_NAMED_DAY_MONTH = re.compile(
    rf"\b({_SHORT_DAY}|{'|'.join(calendar.day_name)})\.?,? ([1-9]|[12]\d|3[01])/([1-9]|1[0-2])"
    r"(?![\d/])"
)
# ... or a day and month with no nought, told from a fraction or a score by what is around it:
# "Do not eat after midnight on 24/12" and "Clinic closed 25/12 to 1/1" had been "twenty-four
# /twelve", "one/one" (see _bare_day_month). A second one joined by "to" or a dash is a range.
_DAY_MONTH_FIGURES = r"(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?![\d/]|\.\d)"
_BARE_DAY_MONTH = re.compile(
    rf"(?<![\d/.])(?<!\d )(?<!\d\.\d )(?<!\d\d )(?<!\d\.\d\d ){_DAY_MONTH_FIGURES}"
    rf"(?:( ?[-\u2013] ?| to | until | till | and | or ){_DAY_MONTH_FIGURES})?"
)
# The words that lead to a date: "on 5/3", "from 1/4", "Date: 2/3".
_DATE_LEAD = re.compile(
    r"\b(?:on|from|until|till|since|dated|date:?|before|commencing|starting|closed|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s$",
    re.IGNORECASE,
)
# ... and the words before a clinician's course of days or months ("for 14/7", "in 18/12"), no
# date (_MONTHS_OR_DAYS_SHORTHAND says those it can).
_COURSE_LEAD = re.compile(r"\b(?:in|for|after|within|over|every|x)\s$", re.IGNORECASE)
# What follows a fraction, never a date: "1/2 a tablet", "3/4 of a cup", "1/2 hour".
_FRACTION_FOLLOWS = re.compile(
    r" (?:an?|of)\b| (?!(?:to|until|till|and|or|at|onwards|inclusive|you|we|the|when|if|from|"
    r"in|before|after|for|between|please|is|will|then|so|only|as|unless)\b)[a-z]"
)
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))? ?([ap])(\.?)m\b(\.?)(?=[ ,;:!?)\u2013-]|$)", re.IGNORECASE
)
# "8pm – 9pm" is "eight to nine in the evening", not "eight in the evening to nine in the evening";
# "from 8pm until 10pm" and "between 1400 and 1600" too (an "and" only after "between": "at 0800
# and 1100" are two times, not a range).
# (and "at night": "ten o'clock at night to eleven o'clock at night", see
# _part_of_day_to_its_time)
_SAME_HALF_OF_DAY = re.compile(
    r" (in the (?:morning|afternoon|evening)|at night) (to|until|till|and) "
    r"(?=(?:[a-z'-]+ ){1,3}\1\b)"
)
_BETWEEN_TIME = re.compile(r"\b(?i:between) (?:[a-z'-]+ ){1,3}$")
_TIME_SAID_END = r"\b(morning|afternoon|evening|noon|night|midnight|o'clock)"
# A range runs on to another time ("nine in the morning - five in the afternoon"); a dash
# before anything else is a time's note: "07:30 - light breakfast only" (it was "... to light").
_CLOCK_RANGE = re.compile(
    _TIME_SAID_END + r" ?[-\u2013] ?(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|noon|midnight)\b|\d)"
)
# (a time said: "until the morning - if you have any of these:" is no note, and a colon had cut
# the condition from "Call ... straight away - do not wait until the morning -")
_CLOCK_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
_CLOCK_NOTE = re.compile(
    rf"\b((?:{_CLOCK_HOUR}|[a-z]*teen|"
    r"[a-z]*ty(?:-[a-z]+)?|oh [a-z]+) in the (?:morning|afternoon|evening)|noon|midnight|"
    r"o'clock) [-\u2013] (?=[A-Za-z])"
)
# A month as dates write it: in full, short, or "Sept".
_MONTH = rf"(?:{'|'.join(calendar.month_name[1:])}|{'|'.join(calendar.month_abbr[1:])}|Sept)"
_MONTH_YEAR = re.compile(
    rf"\b({_MONTH})\.? "
    r"(\d{4})\b"
)
# A month before its day, as American dates are written: "March 3rd", "March 3, 2026" (the
# voice said "March three").
_MONTH_THEN_DAY = re.compile(
    rf"\b({'|'.join(calendar.month_name[1:])}) (\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,? ((?:19|20)\d\d)\b)?(?![\d:.]\d|\d| ?(?:am|pm|a\.m\.|p\.m\.)\b)"
)
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")
# A weight in stones, which an ordinal's ending would take: "10st 4lb" was "tenth four lb".
_STONES = re.compile(r"\b(\d{1,2}) ?st\b(?!\.)")
# Inches written on to their figure ("5ft 6in"); "6 in" with a space is the word "in".
_INCHES = re.compile(r"(?<![\w.])(\d{1,2})in\b")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)")
# ® and ™ are for print only (and the invisible mark said text uses, _OPENS_SENTENCE)
_SILENT_MARKS = str.maketrans("", "", "\u00ae\u2122\u2063")
# Marks a leaflet puts before a "do" and a "don't", said as a reader names them (text.SIGN_WORDS):
# the voice read "✓" as "symbol two seven one three". Any other picture-like sign is said by its
# name. An emoji tick or cross is said as the plain sign it stands for (text.SAME_SIGN).
# Bullets, arrowheads and other shapes that mark an item or decorate: not said.
_SILENT_SIGNS = frozenset("\u27a2\u27a4\u2756\u2767") | {
    chr(c) for c in range(0x25A0, 0x2600) if chr(c) not in SIGN_WORDS
}
_SIGN = re.compile(r"[\u25a0-\u27bf\U0001f000-\U0001faff]\ufe0f?|\[ \]")
# A chart's boxes side by side, one a day: "☐☐☐☐☐☐☐" is "7 tick boxes" ("tick box" seven times).
_BOXES_IN_A_ROW = re.compile(rf"[{TICK_BOXES}]{{2,}}")
# Boxes between a sentence's words are its choices: "on your ☐ right eye ☐ left eye today" (said
# "on your tick box, right eye tick box, left eye today"), Word's crossed box the one ticked.
_TICKED = "\u2612\u2611\u2713\u2714"
_CHOICES_TO_TICK = re.compile(
    rf"(?<=[\w:?] )[{TICK_BOXES}{_TICKED}] [^{TICK_BOXES}{_TICKED}.!?;:]+"
    rf"(?:[{TICK_BOXES}{_TICKED}] [^{TICK_BOXES}{_TICKED}.!?;:]+)+"
)
# A box and the words after it, up to the next box.
_BOX_AND_ITEM = re.compile(rf"([{TICK_BOXES}{_TICKED}]) ([^{TICK_BOXES}{_TICKED}]+)")
# A line of boxes, each with its item, no words before the first: a checklist, not a choice
# ("☐ Inhaler technique checked ☐ Spacer given ☐ School copy given" had run two items together
# and been said "(whichever is ticked)", as if one only could be)
_CHECKLIST_ON_A_LINE = re.compile(
    rf"^\s*[{TICK_BOXES}{_TICKED}] [^{TICK_BOXES}{_TICKED}]+"
    rf"(?:[{TICK_BOXES}{_TICKED}] [^{TICK_BOXES}{_TICKED}]+)+$"
)
# ... shown in brackets after its name, "A tick (✓) means take it": said once, as the name
_SIGN_AFTER_ITS_NAME = re.compile(
    r"\b((?:tick|cross)(?:es|s)?) ?\((?:[\u2713\u2714\u2705\u2611\u2717\u2718\u2715\u274c])"
    r"\ufe0f?\)",
    re.IGNORECASE,
)
# A leaflet's questions and answers, "Q: Can I drive? A: No, ...": "Q" was said as "queue".
_QUESTION_ANSWER = re.compile(r"(?:^|(?<=[.?!] ))([QA]): ")
_QA_WORDS = {"Q": "Question: ", "A": "Answer: "}
# ... and "Q. Can I drive? A. No.": a "Q." that opens a question, an "A." after one ("A. Smith"
# and a list's "A. Take ..." stay letters).
_QUESTION_DOTTED = re.compile(r"(?:^|(?<=[.!] ))Q\. (?=[A-Z][^.?!]*\?)|(?<=\? )A\. (?=[A-Z])")
# A plus sign elsewhere, as a sum, a reading or a name writes it: "18 + 6 + 8 + 8 = 40 units",
# a urine test's "++", "Dexcom ONE+", a lens's "+1.00" (the voice had been left the sign).
_PLUS_BETWEEN_NUMBERS = re.compile(r"(?<=\d) ?\+ ?(?=\d)")
_PLUS_SIGNS = re.compile(r"(?<![\w+])\+{2,4}(?![\w+])")
_PLUS_AFTER_WORD = re.compile(r"(?<=[A-Za-z])\+(?![\w+])")
_PLUS_BEFORE_NUMBER = re.compile(r"(?<![\w+])\+(?=\d)")
# Relay UK's prefix before the number it connects to: "18001 111" was "one eight oh oh one one
# one one", one run of figures.
_RELAY_PREFIX = re.compile(r"\b(1800[12]) (?=\d)")
# "sachet A + sachet B" and "a teaspoon / 5ml": signs between words, said "plus" and "slash".
# "sachet A + sachet B", "1 pink + 2 brown" (tablets): both, not a sum
_PLUS_BETWEEN_WORDS = re.compile(r"(?<=[A-Za-z]) \+ (?=[A-Za-z\d])")
_PER_FIGURE = re.compile(r"(?<=[a-z])/(?=\d)")  # "ml/min/1.73m²": "a minute per 1.73 ..."
_SPACED_SLASH = re.compile(r"(?<=[A-Za-z\d)]) / (?=[A-Za-z\d(])")
# A postcode's two halves: "NG7 2UH" was "N G seven two U H", one run of letters and figures.
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b")
_POSTCODE_PARTS = re.compile(r"[A-Z]|\d+")


def _postcode(match: re.Match) -> str:
    """ "DE1 2QY" -> "D E one, two Q Y": each letter on its own and the figures as words, before
    any other rule reads them ("de one", "BA1 3NG" "three nanograms", "SO16" "so sixteen", "W1T
    3AA" "three aa" had been said)."""
    return ", ".join(
        " ".join(number_words(int(p)) if p.isdigit() else p for p in _POSTCODE_PARTS.findall(part))
        for part in match.groups()
    )
# "max 4g", "Max. 8 tablets", "max of 4g", "Max dose"; but "Ask Max of the pharmacy team", a
# name (it had been "Ask Maximum of ..."): a capital "Max" before "of" or "in" only before a figure
_MAXIMUM = re.compile(
    r"\b(?:([Mm])ax\b\.?(?= ?(?:\d|(?:of|in) \d|per\b|(?i:dose)))|(m)ax\b\.?(?= (?:of|in)\b))"
)
# A printed form's note to staff, "(circle)", "(nurse to circle)", "(delete as appropriate)":
# said, it told the listener to circle something.
_STAFF_MARKS = re.compile(
    r"\((?:[a-z]+ to |please )?(?:circle|tick|delete|underline)(?: one| as (?:appropriate|"
    r"applicable))?\)",
    re.IGNORECASE,
)
# A range of ordinals or of how often: "your 2nd-3rd dose" had been "second-third", "bd-tds"
# "twice a day-three times a day", a dash the voice does not say.
_ORDINAL_RANGE = re.compile(r"\b(\d{1,3}(?:st|nd|rd|th)) ?[-\u2013] ?(?=\d{1,3}(?:st|nd|rd|th)\b)")
_HOW_OFTEN = r"(?i:od|bd|tds|qds|o\.d\.|b\.d\.|t\.d\.s\.|q\.d\.s\.)"
_HOW_OFTEN_RANGE = re.compile(rf"(?<![\w.])({_HOW_OFTEN}) ?[-\u2013] ?({_HOW_OFTEN})(?!\w)")
_HOW_OFTEN_SAID = {"o": "once a day", "b": "twice a day", "t": "three times a day",
                   "q": "four times a day"}  # fmt: skip


def _how_often_range(match: re.Match) -> str:
    """Both ends said here ("OD-BD" after a tablet had left "B D", said only after a dose); the
    stop of "t.d.s." ending a sentence stays its stop."""
    said = f"{_HOW_OFTEN_SAID[match[1][0].lower()]} to {_HOW_OFTEN_SAID[match[2][0].lower()]}"
    ends = match[2].endswith(".") and re.match(r"\s*$|\s+[A-Z]", match.string[match.end() :])
    return said + ("." if ends else "")


# A side written short before the part of the body: "1 drop in the R eye" had been "the R eye",
# "Lt hip" "Lt hip" (a wrong side is a wrong eye); "on alt days" was "alt days".
_SIDE_SHORT = re.compile(
    r"(?<![\w.])(?:\((L|R|Lt|Rt|LT|RT)\)|(L|R|Lt|Rt|LT|RT)\.?) (?=(?:eye|ear|knee|hip|leg|arm|"
    r"hand|foot|feet|side|shoulder|ankle|wrist|elbow|breast|lung|kidney|thumb|finger|toe|heel|"
    r"calf|thigh)s?\b)"
)


def _side(match: re.Match) -> str:
    side = "left " if (match[1] or match[2])[0] == "L" else "right "
    opens = re.search(r"(?:^|[.!?]\s)\s*$", match.string[: match.start()])
    return side.capitalize() if opens else side


_ALTERNATE_SHORT = re.compile(r"\b([Aa])lt\.? (?=(?:day|morning|night|evening|week)s\b)")
# A bracketed "24 hours" or "24/7" straight after a number to ring or a service's name is when
# the line is open: "Call the Triage line on 01202 448 231 (24 hours) if:" was "... two three
# one (twenty-four hours) if:", heard as "call in 24 hours". After any other word or figure it
# is a length of time, as written ("Do not drive for (24 hours)", "stop Apixaban (24 hours)
# before", "no more than 4,000 (24 hours)"); after a service's name only in a sentence ringing
# or going to it ("Stay on the ward (24 hours)" is a stay).
_OPEN_ALL_DAY = re.compile(r"(?<=\w) \((24 ?(?:hours|hrs?)|24/7)\)")
_NUMBER_TO_RING = re.compile(r"(?:\b0\d{2,4} ?\d{3,4} ?\d{3,4}|(?<![\d,.])(?:111|999))$")
_NAMES_A_SERVICE = re.compile(
    r"(?:\b(?i:line|helpline|service|team|ward|unit|desk|department|centre|triage|suite|hub)"
    r"|A&E)$"
)
_SERVICE_SENTENCE = re.compile(
    r"\b(?:call|ring|phone|telephone|tel|contact|go to|visit|attend)\b", re.IGNORECASE
)


def _open_all_day(match: re.Match) -> str:
    """ "(24 hours)" after a number or service -> "(open twenty-four hours)"; "(24/7)" ->
    "(open day and night, every day)"."""
    sentence = _SENTENCE_SO_FAR.search(match.string[: match.start()]).group()
    if not _NUMBER_TO_RING.search(sentence) and not (
        _NAMES_A_SERVICE.search(sentence) and _SERVICE_SENTENCE.search(sentence)
    ):
        return match.group()
    if match.group(1) == "24/7":
        return " (open day and night, every day)"
    return " (open twenty-four hours)"


_ONE_TO_ONE = re.compile(r"(?<![\w-])1-2-1(?![\w-])")  # "1-2-1 support" was "one to two, one"
# "50 x 10⁹/L", "10^9/l": a laboratory count (it was "ten⁹/L").
_POWER_OF_TEN = re.compile(
    r"\b10(?:\^(\d{1,2})|([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+))(?: ?/ ?([Ll])\b)?"
)
_SUPERSCRIPT_DIGITS = str.maketrans(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789"
)
_ABOUT = re.compile(r"(?:~|\u2248) ?(?=\d)")  # "~20 minutes" was "till the twenty minutes"
# "St" after a name is a street ("High St"), before one a saint ("St George's").
_STREET = re.compile(r"\b([A-Z][a-z]+) St\b(?!\.? [A-Z])")
# After a house number it is a street whatever follows: "14 Mill St. Phone: ..." (it was "Mill
# Saint Phone").
_NUMBERED_STREET = re.compile(r"\b(\d+[A-Za-z]? [A-Z][a-z]+) St\b")
_SAINT = re.compile(r"\bSt\.? (?=[A-Z])")
_PLUS_OR_MINUS = re.compile(r" ?(?:\u00b1|\+/-) ?")  # "±2 kg" was "±two kilograms"
_FOOTNOTE_STAR = re.compile(r"(?<=\w)\*+|^\*+ ?")  # "food*", "* Only if ...": not said


# Signs that only label what the text then says in words ("⚠ Warning:", "☎ Telephone:").
_LABEL_SIGNS = ("warning", "telephone")
# What a cross before an item says already: a ban in words.
_SAID_NOT = re.compile(r"\b(?:do not|don'?t|never|avoid|no|not)\b", re.IGNORECASE)


_KEY_WORD = re.compile(r"(?:means|=|shows|stands for)\b", re.IGNORECASE)


def _sign(match: re.Match) -> str:
    """A sign's word ("tick, Do wash your hands"), unless the text says it next ("⚠ Warning").
    A cross before an item is what not to do: "✗ cross your legs" is "Do not: cross your legs"
    (the cross had been taken for the word after it, and the ban lost); within a line, an
    answer: "no"."""
    sign = "\u2610" if match.group() == "[ ]" else match.group()[0]
    if sign in _SILENT_SIGNS:
        return " "
    said = (
        SIGN_WORDS.get(sign)
        or SIGN_WORDS.get(SAME_SIGN.get(sign, sign))
        or unicodedata.name(sign, "").lower()
    )
    following = match.string[match.end() :].lstrip()
    if not said or said in _LABEL_SIGNS and following.lower().startswith(said):
        return " "
    if said_beside(sign, following):
        return " "  # "🟢 Green – ...": the colour is said next
    if not following or following[0] in ".,;:!?)":
        return said  # a sign alone in a table's cell: "tick." (it was "tick, .")
    if _KEY_WORD.match(following):
        return f"{said} "  # a key: "✗ means avoid" (it was "Do not: means avoid")
    if said == "cross":
        before = match.string[: match.start()]
        # the ban said already: "✗ Never ...", or in a table, its column's "Do not: ✗ cross
        # your legs"
        if _SAID_NOT.match(following) or _SAID_NOT.search(before):
            return " "
        if not before.strip():
            return "Do not: "
        # in a table's row, a cell's answer: "Allowed in the first 6 weeks: ✗ until your
        # surgeon agrees"
        return "no, " if following[0].isalnum() else "no"
    return f"{said}, "


# A blank for the clinician to fill in: "Hold for __ seconds", "……… seconds", "Date issued: ___".
# A blank for a date or a time is one blank however it is ruled: "__/__/____", "____:____".
_BLANK_RULED = r"(?:_{2,}(?: ?[/:] ?(?:\d{1,2})?_{2,}){0,2}(?: _{3,})*|\.{4,}|\u2026{2,})(?: ?\|)?"
_BLANK = re.compile(rf"{_BLANK_RULED}(?: (?P<unit>[a-z]+s)\b)?")
_DOSE_FORMS = (
    "tablet|capsule|sachet|puff|spoonful|spoon|injection|patch|drop|pessary|suppository|dose|"
    "bottle|vial|ampoule|cartridge|lozenge|spray|inhalator|gum"  # nicotine's forms too
)
# What holds a dose, not a form of it: "1 x 5mg syringe", "2 x 20mg pre-filled pens".
_HOLDERS = "syringe|pen|vial|ampoule|cartridge|bottle|tube|bag|inhaler|injection"
_HOLDER_KIND = "(?:pre-?filled|oral|glass|insulin)"
_COUNT = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an"
_DOSE_AMOUNT = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
# Words of a sentence, never of a medicine's name between a dose and its form ("10 mg at night
# and two tablets": the tablets are not the 10 mg's).
_NOT_A_NAME = (
    r"(?:a|an|the|of|for|in|on|at|by|per|each|every|daily|twice|once|or|and|to|with|as|then|"
    r"than|plus|take|taken|taking|give|use|your|you|it|is|are|be|morning|night|day|week|hours?|"
    r"between|before|after|apart|from|until|till|without|into|over|under|other|another|more|"
    r"less|extra|further|all|any|no|not|this|that|these|those|their|my|his|her)"
)
# Up to three words of a medicine's name between a dose and its form: "two 1,000 unit vitamin D
# tablets".
# What stands between a count and its dose: "2 5 mg", "2 x 5 mg", "2x5mg".
_COUNT_BEFORE_DOSE = r"(?: ?x ?(?=\d)| )"
_NAME_BEFORE_FORM = rf"(?:(?!{_NOT_A_NAME}\b)[A-Za-z][\w'-]* ){{0,3}}"
# A time is never a dose: "4 hours between doses" is not "four hour between doses".
_NOT_A_DOSE_UNIT = {"second", "minute", "hour", "week", "year"}
# Units a dose is written in beside config's units (pronunciations.yaml `units:`).
_DOSE_UNITS = {"unit": ("unit", "units"), "IU": ("international unit", "international units")}
# The words that lead to a time: "at 14.30", "from 0800".
# "hours" after a time on the 24-hour clock says no more than the time ("17:00 hours")
_HOURS_AFTER_CLOCK = re.compile(r"(?<![\d.])((?:[01]\d|2[0-3]):[0-5]\d) ?(?:hours|hrs)\b")
_CLOCK_LEADS = ("at", "from", "until", "till", "by", "before", "after", "between")
# A morning's or afternoon's time on the 24-hour clock with no colon after a word leading to a
# time ("until 1130", "after 1830", "from 1000 to 1130"): it was "one thousand one hundred and
# thirty". Only where nothing it counts follows it (a range's end too): "from 1000 to 1500
# steps" is a count, "1000 mg" a dose.
# ("admission 0730" in a fasting leaflet's heading too; and "about 2200" beside a time of day)
_ABOUT_A_TIME = ("about", "around")
# ("no later than 1400" in a water tablet's leaflet had been "one thousand four hundred")
_THAN_A_TIME = ("later than", "earlier than", "sooner than")
_CLOCK_AFTER_A_LEAD = re.compile(
    "(?:" + "|".join(rf"(?<=\b{word} )" for lead in (
        *_CLOCK_LEADS, "admission", *_ABOUT_A_TIME, *_THAN_A_TIME)
                     for word in (lead, lead.capitalize())) + ")"
    r"([01]\d|2[0-3]|24(?=00))([0-5]\d)"
    r"(?P<end>(?: ?[-\u2013] ?| to | until | till | and )(?:[01]\d|2[0-3])[.:]?[0-5]\d)?"
    r"(?![\d.,:]?\d| \d)(?P<after>\s*[\w%/]*)"
)
# ... what may follow it: a stop, a joining word, a word of when
_AFTER_A_CLOCK = re.compile(
    r"\s*(?:(?:and|or|to|until|till|on|the|at|in|if|then|when|unless|each|every|daily|today|"
    r"tonight|tomorrow|that|this|so|but|with|before|after|for|please|you|your|we|it|is|as|"
    # "from 2000 to 0600 overnight", "0900 to 1700 Monday to Friday"
    rf"overnight|weekdays|weekends|except|only|{'|'.join(calendar.day_name)})\b)?$",
    re.IGNORECASE,
)
# ... and a year's figures (1900 to 2059) are a time only beside another time of the day ("from
# 0800 until 2000", "after 1930 or before 7am"), or after "at": "from 2020", "by 2030" are years
_ANOTHER_TIME = re.compile(
    r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b\d{1,2}(?:[.:]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\b(?:at|from|until|till|after|before|by) (?:0\d|1[0-8]|2[1-3])[0-5]\d\b",
    re.IGNORECASE,
)
# A range of two figures that are both times on the 24-hour clock, with no word leading to it:
# "Visiting hours are 1400 to 2000" (said as counts), "Between 1930 and 2000 you can visit" (as
# years). A time only in a sentence about hours (_ABOUT_HOURS), or where an end is plainly a time
# ("0830"); never with a count after it ("1500 to 2000 steps").
_CLOCK_FIGURES_RANGE = re.compile(
    r"(?<![\d.,:£$€/-])([01]\d|2[0-3])([0-5]\d)(?P<joint> ?[-\u2013] ?| to | until | till | and )"
    r"([01]\d|2[0-3])([0-5]\d)(?![\d.,:]?\d| \d)(?P<after>\s*[\w%/]*)"
)
_ABOUT_HOURS = re.compile(
    r"\b(?i:hours|times|open|opens|opening|closed|closes|closing|visit|visits|visiting|visitors|"
    r"clinics?|staffed|mealtimes?|appointments?)\b"
)
# ... where the figures may be years (19xx, 20xx), a sentence about hours, figures on the quarter
# hour, and no word of years: "Visiting was restricted from 2020 to 2022" is of years.
_ABOUT_HOURS_NOT_YEARS = re.compile(r"\b(?i:hours|times|open|opens|opening|visit|visiting)\b")
_ABOUT_YEARS = re.compile(
    r"\b(?i:years?|since|during|was|were|been|built|rebuilt|moved|founded|opened|closed)\b"
    r"|\b(?i:in|of|by) $"
)
# ... or a time of the day named in its sentence: "Do not eat after 2000 the night before"
_TIME_OF_DAY = re.compile(
    r"\b(?i:morning|evening|night|tonight|overnight|midnight|noon|midday|o'clock|breakfast|lunch|"
    r"supper|dinner|bedtime|admission)\b"
)
_DAY = rf"(?:{'|'.join(calendar.day_name)}|{_SHORT_DAY})(?![a-z])"
# "Mon/Wed/Fri": every day of the list ("Monday and Wednesday or Friday" made a warfarin dose's
# days a choice).
_DAY_SLASH_LIST = re.compile(rf"\b{_DAY}(?:/{_DAY}){{2,}}")
_DAY_RANGE = re.compile(rf"\b({_DAY}) ?([-\u2013/]) ?({_DAY})\b")
# Days' short names in a list: "4mg Tue, Thu, Sat, Sun" ("Sat" and "Sun" alone may be words).
_DAY_LIST = re.compile(rf"\b{_SHORT_DAY}(?:(?:, | and | or | & ){_SHORT_DAY})+")
# A day's short name that is no English word, anywhere: "Day: Tues." in a clinic table (it was
# said "Tues"). "Sat", "Sun" and "Wed" need hours or other days beside them.
# A clinic's half day after its day's name: "Tues & Thurs am", "Wednesday pm" (the words "am"
# and "pm" had been said).
_DAY_HALF = re.compile(rf"\b({_DAY})\.? (am|pm|AM|PM)\b(?!\.?\w)")
# A dose "in the am" or "in the pm", as a chart or a label shortens it: the voice said the word
# "am" ("in the am"), and "pm" as letters.
_IN_THE_HALF = re.compile(r"\bin the (am|pm|AM|PM|a\.m\.|p\.m\.)(?=[\s,;)]|\.?$|\.\s)")


def _in_the_half(match: re.Match) -> str:
    """ "in the am" -> "in the morning", "in the pm" -> "after midday"; the stop of "p.m."
    that ends a sentence still ends it."""
    said = "in the morning" if match[1][0] in "aA" else "after midday"
    ends = match[1].endswith(".") and re.match(r"\s*$|\s+[A-Z]", match.string[match.end() :])
    return said + "." if ends else said


# A day's short name's full stop before its date or hours is no sentence's end: "Thurs. 16th" and
# "Mon. 3rd" had been "Thursday. sixteenth", "Monday. third", the date cut off its day.
# (A figure that is no date nor time opens a sentence: "Closed on Sun. 5 people may wait" had
# been "Sun five people".)
_SHORT_DAY_STOP = re.compile(
    rf"\b({_SHORT_DAY})\.(?= \d{{1,2}}(?:st|nd|rd|th\b| {_MONTH}\b|[.:]\d\d|/\d"
    r"| ?[ap]\.?m\b| ?[-\u2013] ?\d| to \d))"
)
_SHORT_DAY_ALONE = re.compile(r"\b(Mon|Tues?|Weds|Thur?s?|Fri)\b(\.(?=\s*$|\s+[A-Z]))?")
# A day's short name before its hours or its date (said by now: "Sat the seventh of June" for
# "Sat 07/06/2025"): "Sat 10-12" ("Sat" alone may be the verb).
_DAY_OF_MONTH = (
    r"(?:(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)"
)
_SHORT_DAY_BEFORE_HOURS = re.compile(
    rf"\b({_SHORT_DAY}),? "
    r"(?=\d{1,2}(?:[.:]\d\d)? ?(?:[ap]\.?m\b|[-\u2013]|to \d)"
    rf"|the {_DAY_OF_MONTH} of [A-Z][a-z]+\b)"
)
# A day of the month before its month, written out or short, and perhaps a year: "Tues 12th Jan",
# "3 March", "12 Oct 2026" (was "twelve October two thousand and twenty-six").
_DAY_AND_MONTH = re.compile(
    rf"\b(?:({_DAY}) (?=\d))?(\d{{1,2}})(?:st|nd|rd|th)? "
    rf"({_MONTH})(?!\.?\w)(?: (\d{{4}})\b)?"
)
# ... and with no month: "Thurs 16th" ("Thursday sixteenth", where "Sat 7th June" had "the")
_DAY_AND_ORDINAL = re.compile(rf"\b({_DAY})(,? )(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b")
# Between the two times of a range: "8.00-20.00", "9.00 to 17.00".
_TIME_RANGE_TO = r"(?: ?[-\u2013] ?| to | until | till )"
# The first day of a range of dates: "1st-3rd June", "between 1 and 3 June" (it was "first-the
# third of June", "one and the third of June"); the last is a day and month (_DAY_AND_MONTH).
# Either may have its day's name: "Mon 1st - Fri 5th July".
_FIRST_OF_DATES = re.compile(
    rf"(?<!the )\b(?:({_DAY}),? )?"
    r"(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?( ?[-\u2013] ?| to | and | until | till )"
    rf"(?=(?:{_DAY},? )?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:of )?{_MONTH}(?!\.?\w))"
)
# The end of a range is looked at, not taken, so that it can start the next: "500 – 1-2 tablets".
# A Roman numeral after a word that counts: "Type II diabetes" was "Type ii", "Stage III" was
# spelt "I I I". Alone it may be a short form ("IV antibiotics").
_ROMAN = {
    numeral: value
    for value, numeral in enumerate("I II III IV V VI VII VIII IX X".split(), start=1)
}
_ROMAN_COUNTED = re.compile(
    r"\b((?i:type|stage|grade|class|part|phase|level|schedule|chapter|section|step|degree))"
    rf" ({'|'.join(sorted(_ROMAN, key=len, reverse=True))})\b"
)
# A letter marking a step or a choice, "a) Remove the cap", "or b) ramipril": said "a", the
# word, it was "uh Remove the cap"; with a colon after it the voice names the letter.
# Where a list's item starts within a line: at its start, after a stop or colon, or a choice's
# "or", "and".
_ITEM_STARTS = r"(?:^|(?<=[:.;!?] )|(?<=\bor )|(?<=\band )"
_LETTER_ITEM = re.compile(rf"{_ITEM_STARTS})\(?([a-hA-H])\) (?=\w)")
# "Take 1 or 2 tablet(s)": the plural (espeak-ng said "tablet, s").
_PLURAL_IN_BRACKETS = re.compile(r"\b([A-Za-z]{2,}[^s\W])\(s\)")
# A prescription's length after its dose, "TDS x 5/7", "OD x 5 days": for five days (it was
# "five times per seven", "five times days"); "a 5/7 course" is a five-day course. So after
# whatever the "x" follows, a dose, how often or when ("40mg OM x 3 days", "4x a day x 1 wk",
# "every 4 hrs x 5 days", "at 10pm, x2 days") had been "three times days", "once week" (heard
# as once a week), "times five days": an "x" and a count of days, weeks, months or hours is how
# long. Never after a figure: "2 x 5 days" may be a count of something.
_COURSE_FOR = re.compile(
    r"(?<![\w.\d/])(?<!\d )[x\u00d7] ?"
    r"(?=\d{1,2}(?:/(?:7|12|52)(?![\d/])| ?(?:days?|weeks?|wks?|months?|hours?|hrs?)\b))"
    # (the clinician's days, months and weeks after the "x" said here, as none is a date:
    # "x 14/7" is fourteen days)
    r"(?:(\d{1,2})/(7|12|52)(?![\d/]))?"
)
_COURSE_SLASHED = {"7": "day", "12": "month", "52": "week"}


# ... but not after a stretch of time that is no how often: "Walk 30 mins x 5 days" is thirty
# minutes on each of five days ("every 4 hrs x 5 days" is a course).
_STRETCH_BEFORE_X = re.compile(
    r"(?<!\bevery )(?<![\w.,])\d+(?:\.\d+)? ?(?:mins?|minutes?|hrs?|hours?|secs?|seconds?),? $"
)


def _course_for(match: re.Match) -> str:
    """ "x 3 days" -> "for 3 days", "x 14/7" -> "for 14 days" (see _COURSE_FOR)."""
    if _STRETCH_BEFORE_X.search(match.string, 0, match.start()):
        return match.group()
    count, per = match.groups()
    return f"for {counted(count, _COURSE_SLASHED[per])}" if count else "for "
_COURSE_OF_DAYS = re.compile(r"(?:(?<=\ba )|(?<=\bthe ))(\d{1,2})/7 (course|treatment)\b")
# A section's number opening its paragraph, "2.1 Take aspirin": a pause after it (it ran into
# the sentence, "two point one Take aspirin").
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)(?= [A-Z][a-z])")
# A section's or paragraph's number of three parts or more, "3.4.12" (it had been "three point
# four.12"): each part said, "three point four point twelve". A part opening with a nought is
# left alone: "03.04.25" may be a date no word led to.
_PARTS_NUMBER = re.compile(r"(?<![\d.,])(?:[1-9]\d{0,2})(?:\.(?:[1-9]\d{0,2}|0)){2,}(?!\d|\.\d)")
# A phone number straight before its opening hours: a pause between them.
_NUMBER_THEN_HOURS = re.compile(
    r"\b(oh|zero|one|two|three|four|five|six|seven|eight|nine) "
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekdays|daily)\b"
)
# ... and named: "repeat step (a)" (the "a" was the word).
_LETTER_NAMED = re.compile(r"\b(step|part|option|section|point|question|box) \(([a-h])\)", re.I)
# A word and its sounds spelt out for a reader: "anaphylaxis (ana-fil-axis)".
_SAID_LIKE = re.compile(r"([A-Za-z]{5,}['’\"]?) \(([a-z]+(?:-[a-z]+){2,})\)")
# A range after "between": "between 8 and 10", as it is said (it was "between eight to ten").
_BETWEEN_TO = re.compile(
    rf"\b(between (?:\d[\d.:,]*|{_CLOCK_HOUR})(?: ?(?:[a-z]+|%))?) to (?=\d|{_CLOCK_HOUR})",
    re.IGNORECASE,
)
# ... and between two times said with their part of the day: "between 9am-5pm" is "between nine
# in the morning and five in the afternoon" (it was "... morning to five ...").
_BETWEEN_TIMES_TO = re.compile(
    rf"\b((?i:between) {_CLOCK_HOUR}(?: (?:oh )?[a-z]+(?:-[a-z]+)?)? "
    rf"(?:in the (?:morning|afternoon|evening)|at night)) to (?={_CLOCK_HOUR}|noon|midnight)"
)
# A list item's numeral in brackets, "(ii) that you can walk": espeak-ng said "roman two".
_ROMAN_ITEM = re.compile(
    rf"{_ITEM_STARTS}|(?<=\beither ))"
    rf"\(({'|'.join(sorted((n.lower() for n in _ROMAN), key=len, reverse=True))})\)\s+(?=\w)"
)
# A capital after a small letter within a short word: a name made of parts ("MenC", "DTaP",
# "HepB"); "NovoRapid/Humalog" are two insulins, a choice.
_NAME_IN_PARTS = re.compile(r"[a-z][A-Z]")
# A range of hours whose end has its "am" or "pm": "2-4pm" was "two-four in the afternoon".
_HOURS_RANGE = re.compile(
    r"\b(\d{1,2}(?:[.:]\d\d)?) ?[-\u2013] ?(?=\d{1,2}(?:[.:]\d\d)? ?[ap]\.?m\b)"
)
# A year, one rule wherever it is ("twenty twenty", "nineteen forty-five", "two thousand and
# nine"): after a word that leads to one ("Since 2025," was "two thousand and twenty-five",
# "after 1945" "one thousand nine hundred and forty-five"), with a range's end ("from 2020 to
# 2024": "... to two thousand and twenty-four"), after a law's name or a season ("Mental Health
# Act 1983", "Spring 2024"), or that dates a leaflet ("Published: 2023", "© 2024").
_YEAR_FIGURES = r"(?:19|20)\d\d"
_YEAR_JOINT = r"(?: ?[-\u2013] ?| to | and | until | till | or )"
_YEAR = re.compile(
    r"((?i:\bin|\bsince|\bfrom|\buntil|\btill|\bby|\bbefore|\bafter|\bduring|\bof|\bbetween|"
    r"\b(?:published|updated|issued|reviewed|revised|produced|written|review|issue|date|"
    r"copyright)(?: date)?:?|©)|\b(?:Acts?|Regulations|Order|Spring|Summer|Autumn|Winter))"
    rf" ({_YEAR_FIGURES})(?:({_YEAR_JOINT})({_YEAR_FIGURES}))?\b"
    rf"(?![.,:/]\d| ?%|{_YEAR_JOINT}\d{{3}})"
)
# ... before a thing a year dates ("(2019 rules)", "the 2023 guidelines"), or opening a sentence
# as its subject ("2020 was the year ..."); "2000 steps a day is ..." is a count.
_YEAR_DATES = (
    "rules|guidance|guidelines?|regulations|recommendations|standards|criteria|edition|version|"
    "update|review|report|survey|audit|data|figures|census|season|campaign|programme|strategy|"
    "leaflet|newsletter|pandemic|lockdown"
)
_YEAR_BEFORE = re.compile(
    rf"(?<![\w.,:/£$-])({_YEAR_FIGURES})(?= (?:{_YEAR_DATES})\b)"
    rf"|(?:^|(?<=[.!?] ))({_YEAR_FIGURES})(?=,| (?:was|were|is|saw|has|had|will|brought)\b)"
)
_YEAR_PREPOSITIONS = frozenset(
    "in since from until till by before after during of between".split()
)
# Years from one to a later one with no word leading to them: "Valid 2020-2024" (a count's range,
# "1900-2000 calories", counts what follows it).
_YEAR_RANGE = re.compile(
    rf"(?<![\w.,:/£$-])({_YEAR_FIGURES})( ?[-\u2013] ?| to )({_YEAR_FIGURES})\b(?![.,:/]\d| ?%)"
)
# What a count's figures are followed by, where a year's are not: a plural ("in 2000 people",
# "of 1950 calories"); these words end in "s" but are no plural.
_NOT_PLURAL = frozenset(
    "as is was has does goes this thus us its his always perhaps unless whereas onwards towards "
    "afterwards besides across less plus yes".split()
)
# A reference's year in its brackets: "NICE (2015, updated 2023)", "BNF (2025)" (was "two
# thousand and fifteen").
_YEAR_IN_BRACKETS = re.compile(rf"\(({_YEAR_FIGURES})(?=[),;])")
# A decade: "the 1990s", "in their 20s and 30s" (was "twenty s"); after "twenties and" too, so
# it is read twice. Any other figure with an "s" on is seconds: "Hold for 30s".
_DECADE = re.compile(
    r"\b(19[0-9]0|20[0-9]0)['’]?s\b"
    r"|((?:\b(?i:their|your|early|late) |\bmid-|ies (?:and|or|to) ))([2-9]0)['’]?s\b"
)
# ("Hold 30 s.", a space before the s, too)
_SECONDS = re.compile(
    r"(?<![\w.-])(?<!rule of )(\d+)(?:s\b| s(?=[.,;)]|$| (?:and|then|each|x)\b))"
)
# "the rule of 4s" is "the rule of fours" (it was "four seconds").
_RULE_OF = re.compile(r"\brule of (\d{1,2})s\b")
# People of an age: "Under-16s", "over-65s" (it was "Under-sixteen seconds").
_AGED = re.compile(r"\b([Uu]nder|[Oo]ver)[- ](\d{1,2})s\b")
# A number to text, a code to type, an NHS number: figure by figure, not a count ("Text SHOUT
# to 85258" was "eighty-five thousand ...").
_TEXT_TO = re.compile(r"(\b(?:[Tt]ext|TEXT|SMS)\b(?:[^.;\d]{0,30}? to)? )(\d{5,6})\b(?![ -]?\d)")
# A service named with its number, "HOPELINE247": the figures said one by one.
_NAME_AND_NUMBER = re.compile(r"\b([A-Z]{4,})(\d{3,})\b")
# A code, a bleep or a pager is dialled or keyed, figure by figure.
_CODE_NUMBER = re.compile(
    r"(\b(?:code|PIN|pin|PC|[Rr]ef\.?|[Bb]leep|[Pp]ager)(?: number)?:? )(\d{3,8})\b"
)
# "SOS" is a prescription's "when needed" ("Use your reliever SOS"), but an emergency bracelet's
# or card's letters ("Wear an SOS bracelet" was "an when needed bracelet").
_SOS_THING = re.compile(
    r"\bSOS(?= (?:bracelets?|necklaces?|cards?|talisman|pendants?|alarms?|buttons?|tags?|"
    r"jewellery|bands?|capsules?|medical)\b)"
)
# A name with a figure in it before a dose ("vitamin D3 10 micrograms"): a pause between them,
# or "D three ten" was heard "D310 micrograms".
# So a brand's number before one: "Humalog Mix25 16 units" had been "Mix twenty-five sixteen
# units", one number heard; "NovoMix 30 12 units" and "Humalog Mix 25 16 units" likewise.
# ... and a test's name with a letter after its figure before its value: "HbA1c 48" had been
# "H b A one c forty-eight", heard as one code "HPO1C48".
_NAMED_WITH_FIGURE = re.compile(
    r"\b([A-Z][A-Za-z]{0,12}\d{1,3}(?:[A-Za-z]\b)?|(?:Novo[Mm]ix|(?<=[a-z] )Mix) \d{1,3}"
    # ... and a medicine's strengths before a count: "Sinemet 25/100 2 tablets" had been
    # "twenty-five slash one hundred two tablets", heard as 102
    r"|\d+(?:\.\d+)? slash \d+(?:\.\d+)?(?: slash \d+(?:\.\d+)?)?) (?=\d)"
)
_NHS_NUMBER = re.compile(r"(?<![\d.,])(\d{3}) (\d{3}) (\d{4})(?![\d,]|\.\d)")
# "hr" and "hrs" with no figure before them ("every hr", "1½ hrs"): "aitch ar" before. "HR" is
# another thing. So are the other times' short forms: "for a few wks", "between wks 6 and 12".
_TIME_SHORT = {"hr": "hour", "hrs": "hours", "wk": "week", "wks": "weeks", "mins": "minutes",
               "secs": "seconds", "yrs": "years"}
_TIME_SHORT_ALONE = re.compile(rf"\b({'|'.join(_TIME_SHORT)})\b")
# ... and a spoon's, a word between it and its count: "3 heaped tbsp" ("three heaped tbsp").
_SPOON_ALONE = re.compile(
    r"\b(?:(\S+) (?:(?:heaped|level|rounded|flat|large|small) )?)?(tsp|tbsp)\b"
)


def _spoon(match: re.Match) -> str:
    count, spoon = match.group(1), match.group(2)
    one = (count or "").lower() in ("1", "a", "an", "one", "half", "½")
    said = {"tsp": "teaspoon", "tbsp": "tablespoon"}[spoon] + ("" if one else "s")
    return match.group().removesuffix(spoon) + said
# "c. 30 minutes", "ca. 2 hours": about ("see thirty minutes" before).
_CIRCA = re.compile(r"(?<![\w.])ca?\. ?(?=\d)")
# A Greek mu typed for the micro sign: "5 μg" ("mew g" before).
_GREEK_MU = re.compile(r"(?<=\d)( ?)\u03bc(?=[a-zA-Z])")
_FINANCIAL_YEAR = re.compile(r"\b(20\d\d)[/\-–](\d\d)\b(?![/\-–.]\d)")  # "2024/25 prices"


def _financial_year(match: re.Match) -> str:
    """ "2024/25", "2024-25": a year and the next ("2024-12" is a month, left to the dates)."""
    year, following = int(match.group(1)), int(match.group(2))
    if following != (year + 1) % 100:
        return match.group()
    return f"{year_words(year)} to {number_words(following)}"


def _unless_said_like(match: re.Match) -> str:
    """ "'anaphylaxis' (ana-fil-axis)": the word is said, its sounds for a reader are not (said
    too, the listener heard the word twice, the second time as nonsense)."""
    word, sounds = match.group(1), match.group(2).replace("-", "")
    alike = word[0].lower() == sounds[0] and 0.6 <= len(sounds) / len(word) <= 1.4
    return word if alike else match.group()


def _roman_item(match: re.Match) -> str:
    said = number_words(_ROMAN[match.group(1).upper()])
    return f"{said.capitalize() if match.start() == 0 else said}: "


def _decade(match: re.Match) -> str:
    year, lead, age = match.groups()
    said = year_words(int(year)) if year else number_words(int(age))
    return (lead or "") + (said[:-1] + "ies" if said.endswith("y") else said + "s")


# A prescription's "od" and "bd" after a dose ("Take 1 tablet OD", "twice daily (BD)") or after
# the medicine used ("Use it BD"); elsewhere "BD" may be a maker of needles and "OD" an overdose.
_DOSE_WRITTEN_IN = r"(?:mg|ml|g|mcg|micrograms?|units?)"
# ... and "OM", "ON" (each morning, each night: "Zopiclone 3.75mg ON" had been "... on"), but a
# small "on" is the word ("10 mg on Monday"), and "ON" before a day or a date is shouted.
# The way a dose is given, after it: "Give 10mg IM" had been "ten milligrams I M", heard "I
# am", and "Take 400mg PO BD" "P O B D", the how often lost after it.
_ROUTES = {
    "PO": "by mouth", "IV": "into a vein", "IM": "into a muscle", "SC": "under the skin",
    "SL": "under the tongue", "PR": "into your back passage",
}  # fmt: skip
# ... and ways joined by a slash, each said ("Give 2mg IV/IM" had been "I V or I M", where "IV"
# alone was "into a vein"): the way is the prescriber's choice, either of them. (After a slash a
# small "im" is the way too: "iv/im"; "IV / IM" and "IV or IM" are said as "IV/IM" is.)
# ... written as a nurse writes them too: "s/c", "i.v.", and a small "im" straight after a dose
# ("Give 500mg s/c or IM" had been "under the skin or I M", "10mg im" "im"); elsewhere "Im" and
# "im" are left as words. A dose per kilogram is a dose too ("Give 2mg/kg IV" had been "I V"),
# and so are sprays, puffs and tabs counted ("1-2 sprays SL" had been "S L", "2 tabs PO" "P O").
_ROUTE_WRITTEN = (
    rf"(?:{'|'.join(_ROUTES)}|po|iv|sc|im|sl|pr|[sS]/[cC]|(?i:i\.v\.|i\.m\.|p\.o\.|s\.c\.))"
)
# ... with how often between them: "12 units BD SC" had been "twice a day S C"
_HOW_OFTEN_BEFORE_ROUTE = r"(?: (?:od|OD|bd|BD|tds|TDS|qds|QDS|nocte|mane|prn|PRN|stat|STAT))?"
_ROUTE_TOKEN = re.compile(r"[sS]/[cC]|\b(?!or\b)[A-Za-z]\.?[A-Za-z]\.?")
_ROUTE_AFTER_DOSE = re.compile(
    rf"(\d ?{_DOSE_WRITTEN_IN}(?:/kg(?:/day|/dose)?)?\)?{_HOW_OFTEN_BEFORE_ROUTE}"
    r"|\b(?:tablets?|tabs?|capsules?|caps?|sprays?|puffs?|suppositor(?:y|ies))"
    rf"{_HOW_OFTEN_BEFORE_ROUTE}) "
    rf"({_ROUTE_WRITTEN}(?: ?/ ?(?i:{'|'.join(_ROUTES)}|s/c)| or {_ROUTE_WRITTEN})*)"
    # ... before another dose after a slash, the other choice: "2mg IV/2mg IM" had been "two
    # milligrams I V/two milligrams into a muscle", the slash unsaid; before hours after a slash,
    # how often: "1g IV/24h" had been "I V/twenty-four hours"
    rf"(?:(?<=\.)|\b)(?:(?P<then> ?/ ?)(?=\d[\d.,]* ?{_DOSE_WRITTEN_IN}\b)"
    r"|/(?P<hours>\d{1,2}) ?(?:h|hrs?|hours?)\b|(?![/.]\w))"
    # ... and where, after it: "0.5ml IM into the thigh" had been "into a muscle into the thigh"
    r"(?P<where> into(?= (?:the|your|each|one|his|her|their)\b))?"
)
_ROUTE_SAID = "|".join(_ROUTES.values())
# ... and its letters in brackets after its words: "Give it into a vein (IV)" had been "into a
# vein (I V)", the letters spelt: said once
_ROUTE_BRACKETED = re.compile(rf" \(({'|'.join(_ROUTES)})\)")
# ... the way said in words straight after its letters too: "Give 1g IV into a vein" had been
# "into a vein into a vein", "400mg PO orally" "by mouth orally"; the words are said once
_ROUTE_IN_WORDS = {
    "PO": r"by (?:the )?mouth|orally",
    "IV": r"in(?:to)? (?:a|the|your) veins?|intravenously",
    "IM": r"in(?:to)? (?:a|the|your) muscles?|intramuscularly",
    "SC": r"(?:just )?under (?:the|your) skin|subcutaneously",
    "SL": r"under (?:the|your) tongue|sublingually",
    "PR": r"in(?:to)? (?:the|your) (?:back passage|bottom|rectum)|rectally",
}
# A liquid's strength straight after the amount to take, in brackets or after "of": "Take 10ml
# (5mg/5ml)" had been "ten millilitres (five milligrams in five millilitres)", a run of measures
# where the bracket alone told which is the dose, and "10ml of 120mg/5ml" "ten millilitres of one
# hundred and twenty milligrams ...", heard as the milligrams in the dose: each is said as the
# liquid the amount is of, as "10ml of the 5mg/5ml liquid" is. Before the liquid's own name
# ("(5mg/5ml) oral solution", "of 120mg/5ml paracetamol": a word rarer than everyday words)
# "liquid" is not added.
_VOLUME_WRITTEN = r"(?:ml|mL|mls|millilitres?)"
_STRENGTH_AFTER_AMOUNT = re.compile(
    rf"(\d ?{_VOLUME_WRITTEN} (?:(?P<open>\()|of ))(\d[\d.,]* ?(?:mg|mcg|micrograms?|g|units?"
    rf"|mmol) ?(?:/|in) ?(?:\d[\d.]* ?)?{_VOLUME_WRITTEN})(?(open)\))(?![\w/])"
)
_LIQUID_NAMED = re.compile(
    r" ?(?:oral|liquid|solution|suspension|syrup|mixture|elixir|drops|medicine)\b"
)
_NAME_ZIPF = 4.0  # "paracetamol" 2.7, "morphine" 3.4; "twice" 4.8, "daily" 5.1


def _strength_after_amount(match: re.Match) -> str:
    """ "10ml (5mg/5ml)" -> "10ml (of the 5mg/5ml liquid)"; "10ml of 5mg/5ml" likewise."""
    from wordfreq import zipf_frequency

    opening, strength = match[1], match[3]
    close = ")" if match["open"] else ""
    after = match.string[match.end() :]
    following = re.match(r" ?([A-Za-z]+)", after)
    named = _LIQUID_NAMED.match(after) or (
        following and zipf_frequency(following[1], "en") < _NAME_ZIPF
    )
    said = f"{opening.replace('(', '(of ')}the {strength}"
    return f"{said}{close}" if named else f"{said} liquid{close}"


def _route_after_its_words(match: re.Match) -> str:
    """ "into a vein (IV)" -> "into a vein"; "(IV)" after other words is as it was."""
    words = _ROUTE_IN_WORDS[match[1]]
    said = re.search(rf"\b(?:{words})$", match.string[: match.start()], re.IGNORECASE)
    return "" if said else match.group()


def _route_said(match: re.Match) -> str:
    """ "2mg IV/IM" -> "2mg into a vein or into a muscle"; "1g i.v./24h" -> "1g into a vein in
    each 24 hours"."""
    codes = [re.sub(r"[./]", "", way).upper() for way in _ROUTE_TOKEN.findall(match[2])]
    if len(codes) == 1 and not (match["then"] or match["hours"]):
        words = _ROUTE_IN_WORDS[codes[0]]
        if re.match(rf" (?:{words})\b", match.string[match.end(2) :], re.IGNORECASE):
            return match[1] + match.string[match.end(2) : match.end()]  # the words say it
    said = f"{match[1]} {' or '.join(_ROUTES[code] for code in codes)}"
    if match["then"]:
        return f"{said}, or "
    if match["hours"]:
        # the amount in that time, as printed: "every 24 hours" would make a drip over a day
        # ("25,000 units IV/24h") a dose once a day
        return f"{said} in each {match['hours']} hours"
    if match["where"]:  # "into a muscle in the thigh", "under the skin of your tummy"
        return f"{said} {'of' if said.endswith('skin') else 'in'}"
    # a stop that was the way's own ("i.v.") still ends the sentence it ended
    ends = match[2].endswith(".") and re.match(r"\s*(?:$|[A-Z])", match.string[match.end() :])
    return said + ("." if ends else "")


_ONCE_TWICE = re.compile(
    rf"((?:\d\s?{_DOSE_WRITTEN_IN}?\)?|tablets?|tabs?|caps?|capsules?|puffs?|drops?|sachets?"
    rf"|{_ROUTE_SAID}"
    # ("an overdose (OD)" is none: it had been "an overdose (once a day)")
    r"|spoonfuls?|layer|[Aa]pply|(?<!overdose )\(|s/c|S/C|SC|\b(?:it|them|eyes?))\s*"  # "s/c od"
    # ... and after what is applied ("Apply cream bd" had been "cream bd"; "cream ON your
    # skin" is the word)
    r"|\b(?:cream|ointment|gel|lotion|emollient)s? (?=(?i:od|bd)\b))"
    r"(od|OD|bd|BD|om|OM|ON)\b"
    rf"(?! (?:{_DAY}|\d|the \w+ of)\b)"
)
_ONCE_TWICE_SAID = {
    "od": "once a day", "bd": "twice a day", "om": "in the morning", "on": "at night",
}  # fmt: skip
# ... and a small "od" or "bd" anywhere after a dose in its sentence ("Take 1 sachet in 125ml
# water bd", "Use 1-2 sprays each nostril bd" had been "bd"): neither is an English word, as
# the capitals "BD" (a maker of needles) and "OD" (an overdose) may be.
_ONCE_TWICE_SMALL = re.compile(r"(?<![\w./-])(od|bd)(?![\w/-]|\.\w)")


def _once_twice_small(match: re.Match) -> str:
    sentence = re.split(r"[.!?]\s", match.string[: match.start()])[-1]
    return _ONCE_TWICE_SAID[match[1]] if _DOSE_WORDS.search(sentence) else match.group()
# In a leaflet about eyes, OD, OS and OU after a drop are the eye it goes in ("1 drop OD at
# night" had been "one drop once a day at night"): the right, the left, both. There a tablet's
# OD ("250 mg OD") is still once a day, and any other OD is said as its letters.
_EYE_SIDES = {"OD": "in your right eye", "OS": "in your left eye", "OU": "in both eyes"}
_EYE_SIDE = re.compile(r"(\b(?:drops?|gtts?)\.? ?)(OD|OS|OU|od|os|ou)\b(?! ?(?:\d|x\b))")
_TABLET_DOSE = re.compile(
    rf"(?:\d\s?{_DOSE_WRITTEN_IN}|\b(?:tablets?|tabs?|caps?|capsules?|sachets?|spoonfuls?)|"
    r"s/c|S/C|SC)\s*$"
)
# (a leaflet is about eyes by its title or department, or by OS or OU after a drop: "eyes"
# alone is not enough, as a hay fever leaflet's "itchy eyes" and its tablets "10 mg OD")
_ABOUT_EYES = re.compile(
    r"\b(?:ophthalm\w*|eye (?:unit|clinic|department|service|hospital|casualty|drops?|surgery|"
    r"operation|injections?)|cataracts?|glaucoma|retina\w*|cornea\w*|macula\w*|uveitis)\b",
    re.IGNORECASE,
)
_EYE_SIDE_WRITTEN = re.compile(r"\b(?:drops?|gtts?)\.? ?(?:OS|OU)\b")


def about_eyes(leaflet: Leaflet) -> bool:
    """Whether a leaflet's OD, OS and OU are eyes (see _EYE_SIDES)."""
    if _ABOUT_EYES.search(f"{leaflet.meta.title} {leaflet.meta.department}"):
        return True
    return any(
        _EYE_SIDE_WRITTEN.search(plain_text(spans))
        for block in leaflet.blocks for spans in inlines_of(block)
    )


# ... or alone after a label of how often: "How often: BD", a medicines table's column (it had
# been spelt, "B D")
_FREQUENCY_ALONE = re.compile(
    r"(\b(?i:how often|frequency|when to take it|when): )(od|OD|bd|BD)"
    r"(?=[.;,]?$|[.;,] | (?:with|before|after|and|at|in|for)\b)"
)
# "an OD of paracetamol": an overdose (it had been spelt, "an O D")
# ("your OD tablets", "the OD dose" are once a day's: after "the" or "your" only before "of" or
# a stop)
_AN_OVERDOSE = re.compile(
    r"(?:(?<=\b[Aa]n )|(?<=\baccidental )|(?<=\bdeliberate ))OD\b(?! ?(?:\d|x\b))"
    r"|(?:(?<=\b[Tt]he )|(?<=\b[Yy]our ))OD(?= of\b|[.,;!?)]|$)"
)
# A prescription's "stat" (at once): "Morphine 10mg stat", "Take 2 tablets STAT", "a sugary
# drink stat" (said "stat" and "S T A T"); before "dose", "a stat dose" is an immediate one. A
# "stat" counted or pointed to is a statistic ("this stat", "one stat").
_STAT = re.compile(r"(?<![\w-])(stat|STAT)(?![-\w])")
_STAT_DOSE = re.compile(r"\b(?:([Aa])n? )?(?:stat|STAT)(?= doses?\b)")
_STAT_NOUN = re.compile(
    r"\b(?i:a|the|this|that|one|key|each|every|your|our|my|one|another|latest)\s$"
)
_SHORT_DOSE_FORM = re.compile(
    rf"(\d ?{_DOSE_WRITTEN_IN}?|\b(?i:one|two|three|four|half|quarters?|thirds?)) (tab|cap)(s?)\b"
)


def _stat_dose(match: re.Match) -> str:
    """ "a stat dose" -> "an immediate dose"; "STAT dose:" opening a line, "Immediate dose:"."""
    if match[1]:
        return f"{match[1]}n immediate"
    opens = not match.string[: match.start()].strip() or re.search(r"[.!?:]\s*$", match.string[
        : match.start()])
    return "Immediate" if opens else "immediate"


# How often, after a dose and its count: once at a time of the day, or a prescription's times
_PER_DAY_OR_WEEK = r"(?:daily|weekly|(?:a|per|each|every) (?:day|week))"
_ONE_TIME_OF_DAY = (
    r"once|twice|(?:three|four|\d) times|(?:each|every) (?:morning|evening|night)|"
    r"in the (?:morning|evening)|at (?:night|bedtime|breakfast|teatime)|"
    r"with (?:breakfast|lunch|food|meals?|your evening meal)|od|bd|tds|qds|om|o\.d\.|"
    r"b\.d\.|t\.d\.s\.|q\.d\.s\.|nocte|mane|prn|when needed|as needed|as required|"
    # ... or how many a day or a week, or the day to take them: "450 mg x 2 daily", "2.5 mg x 4
    # on Monday" (had been "times two daily", "times four on Monday": a weekly dose heard as
    # four doses)
    rf"{_PER_DAY_OR_WEEK}|(?:on|every|each) (?:{'|'.join(calendar.day_name)})s?"
)


# Units a tablet's, a spoonful's or an injection's strength is written in (said in the plural).
_STRENGTH_UNITS = frozenset(
    {"milligrams", "micrograms", "grams", "nanograms", "millilitres", "units",
     "international units", "million units"}
)
_VOLUMES = frozenset({"ml", "mls", "millilitre", "millilitres", "l", "litre", "litres"})
_TIMES_SAID = {"1": "once", "2": "twice"}  # "2 puffs x 2 daily": "two puffs twice daily"


def _times(count: str) -> str:
    """A count of times written with its "x" ("1x weekly", "3x a day", "Repeat x2"): one is
    "once", as "one times weekly" is no English, and two "twice", as "x 2 daily" is said
    (_TIMES_SAID: "2x daily" had been "two times daily" beside it); three and more "3 times"."""
    said = _TIMES_SAID.get({"one": "1", "two": "2"}.get(count.lower(), count))
    if said:
        return said.capitalize() if count[:1].isupper() else said
    return f"{count} times"


def _dose_times_count(match: re.Match) -> str:
    """ "450 mg x 2" -> "450 mg, 2 of them"; "500mg capsules x 2" and "500mg x 2 capsules" ->
    "2 x 500mg capsules", said "two capsules, each of 500 milligrams" (see _counted_dose)."""
    amount, unit, form, count, form_after, short = match.groups()
    if form or form_after:
        return f"{count} x {amount}{unit} {form or form_after}s"
    if short:
        return f"{amount} {unit}, {count} of them, {_ONCE_TWICE_SAID[short.lower()]}"
    after = match.string[match.end() :]
    if unit.lower() in _VOLUMES and re.match(rf",? {_PER_DAY_OR_WEEK}\b", after):
        # a liquid measured out is taken so many times, no count of spoons: "5 ml x 3 daily"
        # had been "five millilitres, three of them daily"
        return f"{amount} {unit}, {_TIMES_SAID.get(count, count + ' times')}"
    # (no comma before how many a day: "two of them daily")
    goes_on = "" if after.startswith(",") or re.match(rf" {_PER_DAY_OR_WEEK}\b", after) else ","
    return f"{amount} {unit}, {count} of them{goes_on}"


# A social media name: "Follow us @UHLeicester" was left to the voice as written.
_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z][A-Za-z0-9_]{2,})\b")
_HASHTAG = re.compile(r"(?<![\w&#])#([A-Za-z][A-Za-z0-9_]{2,})\b")
# An arrow between words was said "right arrow": "Pain → see your GP" is "Pain: see your GP".
_ARROW = re.compile(r" ?[\u2192\u21d2\u2794\u27a1]\ufe0f? ?")
# Units of insulin written "u" ("10u", "8 U"; "ten u" was said), in a sentence about insulin.
# (or by an insulin's name: "Lantus 18u nocte" had been "eighteen u")
_INSULIN = re.compile(
    r"\b(?:insulin|Lantus|Levemir|Tresiba|Toujeo|Abasaglar|Semglee|Humulin|Insulatard|Humalog|"
    r"NovoRapid|Novorapid|NovoMix|Novomix|Fiasp|Lyumjev|Apidra|Admelog|Trurapi|Actrapid|"
    r"Hypurin|Insuman)\b",
    re.IGNORECASE,
)
_UNITS_AS_U = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?) ?[uU](?![\w'’])")


def _units_as_u(match: re.Match) -> str:
    return f"{match.group(1)} unit{'' if match.group(1) == '1' else 's'}"




def about_insulin(leaflet: Leaflet) -> bool:
    """Whether a leaflet names insulin in its title or department ("Starting insulin", "Diabetes
    Centre" with insulin in its text): its "10u mane" is units in sentences that name no
    insulin (it had been "ten u in the morning")."""
    if re.search(r"\b(?:insulin|diabet)", f"{leaflet.meta.title} {leaflet.meta.department}", re.I):
        return any(
            _INSULIN.search(plain_text(spans))
            for block in leaflet.blocks for spans in inlines_of(block)
        )
    return False


# "@" before a time or a figure is "at": "Lantus 14 units @ 22:00" had left the sign to the voice.
_AT_SIGN_BEFORE_TIME = re.compile(r"(?<![\w.])@ ?(?=\d)")
# Times of the day listed with slashes, a timetable's doses: "Tablets at 8am/2pm/10pm" had been
# "eight am per two pm/ten in the evening", "08:00 / 20:00" "eight in the morning, or eight in
# the evening" (one dose, not two): said as a list, as commas, neither "or" nor "and".
_A_TIME_WRITTEN = (
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])\.[0-5]\d"
    r"|(?:1[0-2]|[1-9])(?:[.:][0-5]\d)? ?[ap]\.?m\b\.?)"
)
_TIMES_SLASHED = re.compile(
    rf"(?<![\w/.:£$]){_A_TIME_WRITTEN}(?: ?/ ?{_A_TIME_WRITTEN})+(?![\w/]|[.:]\d)"
)


# ... and a time of day before a slash with no time after it, a chart's "8am/2 sachets": the
# slash parts them as a comma does ("eight am per two sachets" and "eight am/sachets" had been
# said)
_TIME_THEN_SLASH = re.compile(
    r"(?<![\w/.:£$])((?:1[0-2]|[1-9])(?:[.:][0-5]\d)? ?[ap]\.?m\b\.?) ?/ ?(?=\w)", re.IGNORECASE
)


def _times_slashed(match: re.Match) -> str:
    """A list of times said with commas; figures with a point alone ("10.50/12.00") are times
    only with a nought first, as a timetable writes "08.00/20.00"."""
    if not re.search(r":|[ap]\.?m\b|(?<!\d)0\d\.", match.group()):
        return match.group()
    return re.sub(r" ?/ ?", ", ", match.group())


# Joints of a list of times: "8.30, 14.30 and 20.30" (not "or": "2.50 or 3.50" may be levels).
_TIMES_LISTED = r"(?:,| and| &) ?"
_VALUE_LISTED_BEFORE = re.compile(r"\d[.:]\d\d(?:,| and| &) ?$")


def _about_a_level(before: str) -> bool:
    """Whether the sentence so far is about a level or a reading ("Your INR results were"), whose
    figures with a full stop are values, never times (a dose's are its times: "Doses: 6.00")."""
    sentence = re.split(r"[.!?]\s", before)[-1]
    levels = [
        found.end() for found in re.finditer(_MEASURED, sentence, re.IGNORECASE)
        if not found.group().lower().startswith("dose")
    ]
    # ... unless a word leading to a time follows it: "Your INR test is at 9.00 and 14.00"
    leads = [found.end() for found in re.finditer(r"\b(?:at|from|until|till|by|before|after)\b",
                                                  sentence, re.IGNORECASE)]
    return bool(levels) and max(levels) > max(leads, default=-1)


_A_CHANGE_OF_AMOUNT = re.compile(
    r"\b(?i:increas|reduc|decreas|lower|rais|cut|go(?:es)? (?:up|down)|went (?:up|down)"
    r"|(?:rise|fall|drop)s?\b)"
)
_VALUE_BEFORE_TO = re.compile(r"(?:(?<=\s)|^)(?:\S+ )?\d{1,2}\.\d\d to $")


# Twelve o'clock written in figures before the word naming it: "Stop eating at 12.00 midnight" had
# been "twelve noon midnight", "at 1200 midday" "one thousand two hundred midday", "00:00
# midnight" "midnight midnight": it is "twelve" and the word ("twelve midnight"); with "pm" or
# "am" too ("12pm midday" had been "twelve noon midday", "12am midnight" "midnight midnight").
# (Not "00:00 midday", nor "12am midday", whose word and figures disagree: said as printed, and
# listed to check, see _TWELVE_DISAGREES.)
_TWELVE_NAMED = re.compile(
    r"(?<![\w.:,£$])(?:12(?:[.:]?00)?(?: ?(?i:pm|p\.m\.))? (?P<day>\()?(?:midday|noon)\b(?(day)\))"
    r"|(?:12(?:[.:]?00)?(?: ?(?i:am|a\.m\.))?|(?:00|24)[.:]?00) (?P<night>\()?midnight\b"
    r"(?(night)\)))"
)


def _worded_range_start(match: re.Match) -> str:
    """ "8.30" -> "8:30" before "to 9.30", where the end will be said as a time; a level's or a
    score's values ("Your INR should be 2.00 to 3.00") stay figures, as the end does."""
    before = match.string[: match.start()]
    if _about_a_level(before) or re.search(r"\b(?i:between|from) $", before):
        return match.group()  # ("from" and "between" lead to both ends already)
    return f"{match[1]}:{match[2]}"


def _morning_before_afternoon(match: re.Match) -> str:
    """ "8.30" -> "08:30" before "and 20.30" (see SpeechNormaliser._morning_before_afternoon);
    as written in a sentence about a level or a reading, or inside a list it does not open."""
    before = match.string[: match.start()]
    if _about_a_level(before) or _VALUE_LISTED_BEFORE.search(before):
        return match.group()
    return f"{int(match[1]):02}:{match[2]}"


# A dose and the half of the day it is taken: "10 units am, 6 units pm" had been the word "am"
# and "pm" said as a word; and both halves ("1 tablet am and pm" had been "in the morning and
# pm", the evening's dose said as a word).
_HALF_WRITTEN = r"(?:am|pm|AM|PM|a\.m\.|p\.m\.)"
_DOSE_THEN_HALF = re.compile(
    r"(\d+(?:\.\d+)? ?(?:units?|mg|mcg|micrograms?|ml|g|tablets?|capsules?|puffs?|drops?|"
    rf"sachets?|sprays?))\s({_HALF_WRITTEN})(?: ?(?P<and>and|&) ?({_HALF_WRITTEN}))?"
    r"(?=[\s,;)]|\.?$|\.\s)"
)


def _dose_then_half(match: re.Match) -> str:
    """ "1 tablet am" -> "1 tablet in the morning"; "am and pm" -> "in the morning and after
    midday"."""
    halves = [half for half in (match[2], match[4]) if half]
    said = ["in the morning" if half[0] in "aA" else "after midday" for half in halves]
    # a stop that was "p.m."'s own still ends its sentence ("after midday Then rinse" before)
    ends = halves[-1].endswith(".") and re.match(r"\s*(?:$|[A-Z])", match.string[match.end() :])
    return f"{match[1]} {' and '.join(said)}{'.' if ends else ''}"


# A unit in capitals after a figure or alone in brackets: "under 7 MMOL/L", "Blood sugar (MG)".
_UNIT_IN_CAPITALS = re.compile(
    r"(?:(?<=\d) ?|(?<=\())(?P<unit>[A-Z][A-Z2]+(?:/[A-Z]+)?)(?![\w/])"
)
# A combination medicine by its British approved name ("co-amoxiclav", "co-codamol") just
# before its strengths or just after them.
_COMBINATION_BEFORE = re.compile(r"\bco-[a-z]{4,}(?: \w+)?\s*$", re.IGNORECASE)
_COMBINATION_AFTER = re.compile(r"\s*(?:\w+ )?co-[a-z]{4,}\b", re.IGNORECASE)
# ... and its strengths with no unit: "co-careldopa 25/100" (it was "twenty-five/one hundred"),
# wherever they stand: a full stop after them ends the sentence ("Co-careldopa 25/100." had kept
# its slash unsaid), only a decimal point's figure goes on the number
_COMBINATION_STRENGTHS = re.compile(
    r"\b(co-[a-z]{4,}) (\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)(?![\d/]|\.\d| ?[a-zA-Z\u00b5]+/)",
    re.IGNORECASE,
)
# ... and a brand's ("Sinemet 25/100", "Madopar CR 25/100", "Stalevo 100/25/200", had been
# "twenty-five/one hundred", the slash unsaid and heard as a fraction), or any strengths with a
# unit after them ("12.5/50 mg"): see _strengths_said.
_STRENGTH_FIGURES = r"\d{1,3}(?:\.\d+)?"
_STRENGTHS = re.compile(
    rf"(?<![\d/.])({_STRENGTH_FIGURES})/({_STRENGTH_FIGURES})(?:/({_STRENGTH_FIGURES}))?"
    r"(?![\d/]|\.\d)(?P<unit> ?(?:mg|mcg|micrograms?|g)\b(?!/))?"
)
# A brand's name just before its strengths, with its release or strength word ("Sinemet Plus",
# "Madopar CR"): a capitalised word no common English word (see _brand_before).
_BRAND_BEFORE = re.compile(
    r"\b([A-Z][a-z]{3,}|[a-z]{4,})(?: (?:Plus|CR|LS|MR|XL|SR|XR|Forte|Mite|Retard|"
    r"Continus|Dispersible))? "
    # (the second strength of a change: "your Sinemet 10/100 to 25/100")
    rf"(?:{_STRENGTH_FIGURES}/{_STRENGTH_FIGURES} (?:to|or|and|then) )?$"
)
_BRAND_ZIPF = 3.0  # "Sinemet" 1.3, "Madopar" 0, "Levodopa" 2.0; "Grade" 4.8, "Score" 4.8
# A medicine's name, by the endings of the international names' stems ("levodopa", "entacapone",
# "omeprazole", "ibuprofen"): two either side of a slash may be one combined medicine or a choice.
_MEDICINE_NAME = re.compile(
    r"(?i:[a-z]{2,}(?:dopa|capone|azole|cillin|mycin|micin|cycline|oxacin|statin|sartan|pril|"
    r"olol|alol|dipine|parin|arin|xaban|gatran|tidine|triptan|setron|afil|mab|tinib|glitazone|"
    r"gliptin|gliflozin|formin|semide|thiazide|lukast|sone|olone|azepam|azolam|oxetine|pramine|"
    r"triptyline|peridol|apine|idone|profen|fenac|oxen|amol|terol|tropium|codone|orphine|adol|"
    r"caine|vir|vudine|azine|grel|ulin|pirin|codeine|clav))"
)
# Words either side of a slash: "sick/dizzy", "Mr/Mrs/Ms", "and/or" (addresses are spelt by now).
_WORDS_OR = re.compile(r"\b([A-Za-z]{2,})/(?=([A-Za-z]{2,}|[A-Z])\b)")
# (a star between figures is the sign typed for it: "2*5mg" had lost its star as a footnote's,
# said "twenty-five milligrams")
_TIMES_SIGN = re.compile(r"(?<=\d) ?[\u00d7*] ?(?=\d)|(?<=\w) \* (?=\d)")
# Holds counted and timed: "10 x 10 second holds" ("ten times ten second holds" was heard as a
# hundred) is ten holds of ten seconds each.
_COUNTED_HOLDS = re.compile(
    r"\b(\d+) ?x ?(\d+)[- ]?(seconds?|secs?|minutes?|mins?) "
    r"(holds?|squeezes?|contractions?|stretches?|breaths?)\b",
    re.IGNORECASE,
)


def _counted_holds(match: re.Match) -> str:
    count, length, unit, what = match.groups()
    unit = {"sec": "second", "min": "minute"}.get(unit.lower().rstrip("s"), unit.rstrip("s"))
    plural = "" if length == "1" else "s"
    if count == "1":
        return f"one {what.rstrip('s')} of {length} {unit}{plural}"
    return f"{count} {what} of {length} {unit}{plural} each"


# "Store at -20°C", "Day -1", a T-score "of -2.5 or lower (≤ -2.5)": a minus, not a dash (its
# sign had been lost). Not a range's dash written loose, "3 -5 days".
_MINUS = re.compile(r"(?<![\w.)\]/-])(?<!\d )[-\u2212](?=\d)")
_RANGE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?) ?[-\u2013] ?(?=(\d+(?:\.\d+)?)(?![\d]))")
# Office hours with no am or pm run "downwards": "Mon-Fri 9-5" (it was "nine, five").
_OFFICE_HOURS = re.compile(
    rf"\b({_DAY}|[Oo]pen|[Hh]ours:?)(,? )(1[0-2]|[1-9]) ?[-\u2013] ?(1[0-2]|[1-9])"
    r"(?![\d:]|\.\d| ?[ap]\.?m\b)"
)
# A spaced dash between two durations: "6 months – 2 years" (it was "six months, two years").
_DURATION = r"\d+(?:\.\d+)? (?:day|week|month|year|hour|minute)s?\b"
_DURATION_RANGE = re.compile(rf"(?<![\d.])({_DURATION}) [-\u2013\u2014] (?={_DURATION})")
# A midwife's weeks and days of pregnancy: "37+3 weeks" (it was "thirty-seven+three weeks").
# Before a scan's name the week is singular: "your 36+0 week growth scan".
_GESTATION = re.compile(r"(?<![\d+])(\d{1,2})\+([0-6]) ?(weeks|wks|week|wk)\b")
# ... and the first of a range of them: "between 24+0 and 27+6 weeks", "24+0 - 27+6 weeks"
_GESTATION_FIRST = re.compile(
    r"(?<![\d+])(\d{1,2})\+([0-6])(?= ?(?:and|to|-|\u2013) ?\d{1,2}\+[0-6] ?(?:weeks|wks)\b)"
)
# ... and with no "weeks" after them where the words are of a pregnancy: "Week of pregnancy:
# 11+2 to 14+1" (a table's row), "induction at 41+0" had been sums, "eleven plus two", "forty-one
# plus zero"; a Gleason score ("3+4") is none
_OF_PREGNANCY = re.compile(
    r"\b(?:pregnan\w*|gestation\w*|midwi\w*|antenatal|labour|induction|due date)\b|"
    r"(?<![\d/])\d{1,2}/40\b",
    re.IGNORECASE,
)
_GESTATION_BARE = re.compile(
    r"(?<![\d+.])([4-9]|[1-3]\d|4[0-2])\+([0-6])(?![\d+]| ?(?:weeks|wks|week|wk)\b)"
    r"(?! ?(?:and|to|-|\u2013) ?\d{1,2}\+[0-6] ?(?:weeks|wks)\b)"
)
_SPOKEN_DASH = re.compile(r" [\u2013\u2014] (\w?)")
# After a dash, a clause with its own subject is a sentence of its own: "Do not stop the drops
# early, even if your eye feels fine – the inflammation can come back" (with a comma, "even if
# your eye feels fine" ran on into the inflammation coming back).
_OWN_SUBJECT = re.compile(
    r"(?:the|this|that|these|those|it|its|they|you|your|we|there|he|she)\b", re.IGNORECASE
)
# ... which its verb shows ("– your long-acting insulin plus all your rapid-acting doses" says
# what the words before it are, and has none)
_FINITE_VERB = re.compile(
    r"\b(?:can|could|may|might|will|would|should|must|is|are|was|were|has|have|had|does|do|"
    r"did|can't|cannot|won't|isn't|aren't|makes?|means?|helps?|stops?|needs?)\b",
    re.IGNORECASE,
)
_OPENS_WITH_CONDITION = re.compile(
    r"(?:if|when|whenever|unless|while|until|once|as soon as|after|before|because|although)\b",
    re.IGNORECASE,
)


def _spoken_dash(match: re.Match) -> str:
    """A spaced dash said as the pause it is: a comma, or a full stop before a clause of its
    own, never inside an opening condition or a bracket."""
    before = re.split(r"[.!?:;]\s", match.string[: match.start()])[-1]
    letter = match.group(1)
    if _OPENS_WITH_CONDITION.match(before.lstrip()):
        return ", " + letter  # "If you feel faint – you should sit down": one sentence
    after = match.string[match.end() - len(letter) :]
    clause = re.match(r"[^,.;:()]*", after).group()
    condition = re.match(r"[^.;:!?()]*", after).group()
    if (
        len(before.split()) >= 2
        and _OPENS_WITH_CONDITION.match(condition)
        and re.search(r",\s+\w+", condition)
    ):
        # a condition with its own instruction after it: "Call the district nurse - if you
        # cannot pass urine within 4 hours, go to the Emergency Department" (as a comma, the
        # condition was heard as the nurse's, and the listener could wait 4 hours to act)
        return ". " + letter.upper()
    if (
        len(before.split()) >= 4
        and before.count("(") <= before.count(")")
        and _OWN_SUBJECT.match(clause)
        and _FINITE_VERB.search(clause)
    ):
        return ". " + letter.upper()
    return ", " + letter


_CAPITALS = re.compile(r"\b([A-Z]{2,4})((?:['’][A-Za-z]{1,2}|s)?)\b")
# English inside a sentence in another script: words in Latin letters ("NHS", "A&E",
# "paracetamol", "co-codamol"), each after the first with the strength it is given in
# ("Paracetamol 500mg", "500 mg") or a service number ("NHS 111", the service's name); never
# figures alone after a word ("paracetamol 2 گولیاں": the count is the sentence's), nor
# letters joined to figures with no word before them ("500mg" stays whole in its voice).
_LATIN_WORD = (
    r"[A-Za-z](?:[A-Za-z'’&-]*[A-Za-z])?"
    # a name with figures in it, "HbA1c", "B12", "COVID-19", "SpO2": the Urdu voice had said its
    # letters in English and its figures in Urdu ("H B A", "ek", "c")
    r"(?:(?<=[A-Za-z])(?<!\b[xX])-?\d+(?:[A-Za-z]+\d*)*(?![\w]))?"  # (not a dose's "x2")
    r"(?:\.[A-Za-z](?!\w))*\.?"  # "e.g.", "Dr." (but never a part of an address: "www.", "pals@")
    r"(?![\w&@/]|[.:@/-]\w)"
)
_LATIN_STRENGTH = r"\d+(?:[.,/]\d+)* ?[A-Za-z]+(?:/\d*[A-Za-z]+)*"  # "15 mg/kg/day" whole
# A unit in Latin letters joined by "/" inside another script's sentence ("4 mmol/L", "15
# mg/kg", "250mg/5ml", "ml/hour"): one piece for the English voice, said as English says it
# ("millimoles per litre"). Its letters after the "/" had been an English word of their own:
# the language's voice said "mmol slash" and the English voice "L".
_LATIN_PER = (
    r"(?:(?<=\d)|(?<![\w&/.]))[A-Za-zµ]+(?:/\d*(?:[.,]\d+)? ?[A-Za-zµ]+)+(?![\w&/]|[.-]\w)"
)
# A degree sign after a figure inside another script's sentence, with its scale ("37°C", "38.5
# °C", "100°F", "38°"), or a scale alone ("(°C)"): one piece for the English voice ("degrees
# Celsius"), the figure left to the sentence's voice, as _LATIN_PER's unit is. The sentence's
# voice had said "37°" (espeak-ng's Punjabi, Gujarati and Urdu voices drop the sign) and the
# English voice "C" alone.
_DEGREE_UNIT = r"(?:(?<=\d)|(?<=\d )|(?<![\w°]))° ?[CF](?![A-Za-z])|(?<=\d)°(?! ?[A-Za-z])"
# A count before a dose's "x" or "×" inside another script's sentence ("2 x 5ml/day", "3 ×
# 500mg"): said with the dose by the English voice, as English says it ("two, each of five
# millilitres, a day"); the sentence's voice had said "2", the English voice "x five ...".
_COUNT_TIMES = r"(?<![\w.,/])(\d{1,2}) ?[x×] ?"  # (its count a group: _COUNT_TIMES_DOSE)


def _figure_said_mid_sentence(written: str, said: str) -> str:
    """English for a figure inside another language's sentence, in lower case: the normaliser
    opens a sentence with a capital ("Two, each of ...")."""
    return said[:1].lower() + said[1:] if written[:1].isdigit() else said


def _count_before_times(text: str, at: int, start: int, english: str) -> int | None:
    """Where a count before English that opens with "x" and a dose starts ("2" of "2 x
    5ml/day"), if there is one between `at` and `start`."""
    if not re.match(r"[x×] ?\d", english):
        return None
    count = re.search(r"(?<![\w.,/])\d{1,2} ?$", text[at:start])
    return at + count.start() if count else None
# A unit in Latin letters after a figure in another script's sentence ("500mg", "5 ml"): its
# voice says the figure in the language and the letters in English ("paanch sau, em jee" by the
# Urdu voice, "khamsumi'a, em jee" by the Arabic), so the figure is heard in the patient's
# language but the unit only as English letters; kept, and named for the translator to write
# in the language's words (see said_as_printed_elsewhere). After a Latin word ("Paracetamol
# 500mg") the English voice says it whole, "five hundred milligrams".
_UNIT_LETTERS = r"(?:mg|mcg|ug|µg|ml|mL|mls|g|kg|IU|iu|mmol|units?)"
_UNIT_AFTER_FIGURE = re.compile(
    rf"(?<![\w.,/])(?<![A-Za-z] )\d+(?:[.,]\d+)? ?{_UNIT_LETTERS}(?![\w/])"
)
# A range of figures with a Latin unit inside another script's sentence ("2°C-8°C", "(2–8°C)",
# "4-7 mmol/L", "250-500 mg"): one piece for the English voice, "two to eight degrees Celsius".
# The sentence's voice had been left "-8" after "degrees Celsius", or "2–8": espeak-ng's Urdu,
# Punjabi, Gujarati and Arabic voices drop the dash ("two eight"), another voice may say "minus".
_RANGE_FIGURE = r"[0-9]+(?:[.,][0-9]+)?"
_RANGE_UNIT = rf"(?:° ?[CF](?![A-Za-z])|°|%|{_UNIT_LETTERS}(?:/[0-9]*[A-Za-zµ]+)*(?![\w]))"
_LATIN_UNIT_RANGE = (
    rf"(?<![\w.,/-]){_RANGE_FIGURE}(?: ?{_RANGE_UNIT})? ?[-\u2013] ?{_RANGE_FIGURE} ?{_RANGE_UNIT}"
    r"(?![\w/])"
)
# The marks of the other scripts (SCRIPT_FULL_STOPS, and Arabic's comma and semicolon) as the
# English voice's own, for the English words they close: Urdu's "۔" and Punjabi's "।" are "."
_LATIN_MARKS = str.maketrans({"\u06d4": ".", "\u061f": "?", "\u0964": ".", "،": ",", "؛": ";"})
_LONG_CAPITALS = re.compile(r"\b([A-Z]{5,6})((?:['’]s|s)?)\b")
# A word in capitals this common (wordfreq's Zipf scale: "do", "not", "stop", "must", "food") is a
# word written for emphasis, not an abbreviation; rarer ones ("GP", "ECG", "CT") are spelt out.
_EMPHASIS_ZIPF = 5.0
_NO_WORD_ZIPF = 1.0  # rarer than this, capitals are letters to spell out ("CRHTT": 0)


# The article before an abbreviation opening a sentence, "A CT scan", "(A GP will call)": the
# voice reads a capital A before letters spelt out as the letter ("ay C T scan"), so it is
# written "a". ("Ward A ECG room" and "A AND E" are the letter.)
_ARTICLE_BEFORE_CAPITALS = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=[(\"“‘'])|(?<=\n))A (?=(?!AND\b)([A-Z]{2,6})(?:s|['’]s)?\b)"
)
# ... and, after a sentence's stop, marked as opening its sentence until the paragraph is cut
# into sentences (text.sentences joins a piece opening in lower case to the one before: "...hard
# to find. a P I C C can stay in for weeks" had been one sentence, its pause and line lost).
_OPENS_SENTENCE = "\u2063"
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z]|\s*$)")
# Abbreviations spelt out that are, in a sentence of capitals, the pronoun: "TAKE IT WITH FOOD",
# "CALL US" ("ME" stays the illness: "IF YOU HAVE ME OR CFS").
_PRONOUNS_WHEN_SHOUTED = frozenset({"IT", "US"})


def _shouted(match: re.Match) -> bool:
    """Whether the capitals stand beside a longer word in capitals: a line written all in
    capitals ("HOW TO TELL YOUR BABY IS GETTING ENOUGH MILK"), where short words are words."""
    # within its sentence: "DO NOT RUB THE INJECTION SITE. Rubbing makes bruising worse." (over
    # the paragraph, the sentence after it left "RUB" too few capitals, and it was "R U B")
    starts = [m.end() for m in _SENTENCE_END.finditer(match.string, 0, match.start())]
    ends = _SENTENCE_END.search(match.string, match.end())
    sentence_start = starts[-1] if starts else 0
    sentence_end = ends.start() if ends else len(match.string)
    before = re.findall(r"[A-Za-z]+", match.string[sentence_start : match.start()])
    after = re.findall(r"[A-Za-z]+", match.string[match.end() : sentence_end])
    if any(len(word) >= 5 and word.isupper() for word in before[-1:] + after[:1]):
        return True
    # (a number already said in words is no word of the sentence's: "CALL US ON oh one one six
    # ... IF IT GETS WORSE" had too few capitals left, and was "U S", "I T")
    words = [word for word in before + after if word not in _NUMBER_WORDS]
    return len(words) >= 2 and sum(word.isupper() for word in words) >= 0.6 * len(words)


# Three letters said as a word in an address, "/day-surgery", "/eye-care", "/flu" (they were
# spelt "d a y"): a common word shaped as English words of three letters are ("uk", "www",
# "abc" are still spelt).
# The short words of a web page's address in words ("contact-us", "what-to-expect"), said as
# words; "uk", "gp", "nh" are still spelt.
_TWO_LETTER_WORDS = frozenset(
    "to of in on at by my me we us it is be do go no so up an or if as".split()
)
_THREE_LETTER_WORD = re.compile(
    r"[bcdfghjklmnprstvwyz][aeiou][a-z]|[aeiou][a-z][aeiouy]|[aeiou]([a-z])\1|"
    r"[bcdfgkpt][lr][aeiou]"
)


def _short_address_word(part: str, in_path: bool = False) -> bool:
    """A short part of an address said as a word. After the first "/" a page's name is words
    (".../conditions/flu" had been "f l u", as "jaw", "gum" and "rib" were), so a word shaped
    as one is taken less common there; a site's name is more often initials ("uhl")."""
    from wordfreq import zipf_frequency

    word = part.lower()
    if word in _TWO_LETTER_WORDS:
        return True  # ".../where-to-get-urgent-help" was "where dash t o dash get"
    if _THREE_LETTER_WORD.fullmatch(word):
        return zipf_frequency(word, "en") >= (3.5 if in_path else 4.0)
    # "and", "end", "art" (a vowel, then two consonants) when very common; not "abc"
    return bool(re.fullmatch(r"[aeiou][a-z]{2}", word)) and zipf_frequency(word, "en") >= 5.0


def _word_in_shouted_text(word: str) -> bool:
    """A word that starts as English words start and is not rare ("milk", "rash", "fade"), not
    an abbreviation ("BMI", "MRI" and "DNA" start as no English word does; "ADHD" is rarer).
    Two letters are a word only as one of English's short words: "Keep your IV line dry" and
    "YOUR ID BAND" had "iv" and "id" said as words, frequent as a numeral and a name are."""
    from wordfreq import zipf_frequency

    if len(word) == 2:
        return word.lower() in _TWO_LETTER_WORDS
    return shaped_as_a_word(word) and zipf_frequency(word, "en") >= 3.5


# Where a word in capitals is an instruction stressed ("Do not LIE flat", "Keep the wound DRY",
# "Never HEAT it"): straight after a "do not" or "never", or ending a "keep ..." phrase.
_INSTRUCTION_LEAD = re.compile(
    r"(?:\b(?:do not|don't|never|must not|should not|must|always|please)|\bkeep\b[^.;:!?]{0,30})"
    r" $",
    re.IGNORECASE,
)


def _initials_in_address(part: str, in_path: bool = False) -> bool:
    """ "stopsmoking@nvft.nhs.uk": a trust's initials, shaped as no word and in no dictionary
    (the voice made a word of "nvft"); "leics" and "notts" are said as written. A page's
    four letters shaped as no word are initials however often written (".../conditions/adhd",
    "/mrsa", "/ptsd" had been said as words); "mumps" and "asthma" are words."""
    from wordfreq import zipf_frequency

    if len(part) > 6 or shaped_as_a_word(part):
        return False
    return zipf_frequency(part, "en") < (3.6 if in_path and len(part) == 4 else 1.5)


@cache
def _common_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _EMPHASIS_ZIPF


def leaflet_abbreviations(texts, pronunciations: Pronunciations) -> frozenset[str]:
    """The abbreviations written in `texts` that the voice spells out ("CT", "ECG", "MRI"), in
    lower case, and the lexicon's own spelt-out ones that are no word ("COPD", "HIV"): never a
    word in capitals for emphasis ("DO", "NOT") nor one said as a word ("NICE", "PALS")."""
    written = {
        word for text in texts for word in re.findall(r"(?<![\w&])([A-Z]{2,4})(?:s|['’]s)?\b", text)
    } | set(pronunciations.capitals_spelt_out)
    return frozenset(
        word.lower() for word in written
        if word not in pronunciations.capitals_said_as_words and not _common_word(word.lower())
    )


def _abbreviation_opening(local: str, abbreviations: frozenset[str]) -> str | None:
    """An e-mail address's name opening on an abbreviation of the leaflet and going on with a
    word, "ctbookings" as "c t bookings" (the voice had made one word of it), "ecgclinic" as "e c
    g clinic"; None for any other, and for a name that is a word itself."""
    from wordfreq import zipf_frequency

    if not local.islower() or not local.isalpha() or zipf_frequency(local, "en") >= 1.5:
        return None
    for size in (4, 3, 2):
        letters, rest = local[:size], local[size:]
        if letters not in abbreviations or len(rest) < 4:
            continue
        if zipf_frequency(rest, "en") >= 3.0:
            return f"{' '.join(letters)} {rest}"
        if (words := _run_together_words(rest)) != (rest,):
            return f"{' '.join(letters)} {' '.join(words)}"
    return None


@cache
def _run_together_words(part: str) -> tuple[str, ...]:
    """ "mindwellleeds" -> ("mind", "well", "leeds"): an address's words written as one, which
    the voice said as one made-up word ("mind-wel-ulds"). Only when every piece is a common
    word of four letters or more (or "and", "for") and the whole is no word the dictionary
    knows."""
    from wordfreq import zipf_frequency

    if len(part) < 8 or not part.islower() or zipf_frequency(part, "en") >= 1.5:
        return (part,)

    @cache
    def best(start: int) -> tuple[float, tuple[str, ...]] | None:
        """The split of part[start:] whose least common piece is most common."""
        if start == len(part):
            return (float("inf"), ())
        found = None
        for end in range(start + 3, len(part) + 1):
            piece = part[start:end]
            score = zipf_frequency(piece, "en")
            # a piece of three letters only when it is a very common word ("and", "for"); a
            # long one may be rarer ("renaldietitians")
            common = score >= (2.0 if len(piece) >= 7 else 3.0 if len(piece) > 3 else 5.0)
            rest = best(end) if common else None
            if rest is not None and (found is None or min(score, rest[0]) > found[0]):
                found = (min(score, rest[0]), (piece, *rest[1]))
        return found

    if part.startswith("uk") and len(part) >= 8:  # "ukgoutsociety"
        if (words := _run_together_words(part[2:])) != (part[2:],) or zipf_frequency(
            part[2:], "en"
        ) >= 2.0:
            return ("u k", *words)
    stem = part[:-2]
    if part.endswith("uk") and len(stem) >= 4:  # "colostomyuk", "asthmaandlunguk"
        if zipf_frequency(stem, "en") >= 2.0:
            return (stem, "u k")
        if (words := _run_together_words(stem)) != (stem,):
            return (*words, "u k")
    split = best(0)
    return split[1] if split and len(split[1]) <= 4 else (part,)


_NUMBER_WORD_OPENING = re.compile(
    r"(?:^|(?<=[.!?] ))(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a hundred|half)\b"
)


class SpeechNormaliser:
    """Turns written English into what an engine should read aloud, one rule at a time."""

    def __init__(
        self,
        pronunciations: Pronunciations,
        filled_in_by: str = "",
        eyes: bool = False,
        insulin: bool = False,
        abbreviations: frozenset[str] = frozenset(),
    ):
        self.words = pronunciations
        # the letters the leaflet spells out ("CT", "ECG"): an address opening on them has them
        # as letters ("ctbookings@" is "c t bookings", see _abbreviation_opening)
        self.abbreviations = abbreviations
        self.eyes = eyes  # the leaflet is about eyes: OD is the right eye (_EYE_SIDES)
        self.insulin = insulin  # ... or insulin: "10u" is 10 units in any sentence of it
        self.filled_in_by = filled_in_by or pronunciations.who_fills_in("")
        # A word written in lower case is respelt however it is capitalised ("Physiotherapy").
        self._say = [
            (
                re.compile(
                    rf"(?<![\w&]){re.escape(written)}(?![\w&])",
                    re.IGNORECASE if written.islower() else 0,
                ),
                spoken,
            )
            for written, spoken in sorted(
                pronunciations.say.items(), key=lambda item: -len(item[0])
            )
        ]
        # an abbreviation the leaflet explains is said as written, letter by letter, before its
        # meaning ("you are NBM, which means nil by mouth" had been "you are nil by mouth, which
        # means nil, by mouth")
        explained = [word for word in pronunciations.say if re.fullmatch(r"[A-Z]{2,6}", word)]
        self._explained = (
            re.compile(
                rf"(?<![\w&])({'|'.join(map(re.escape, explained))})"
                rf"(?=,? (?:which|that) (?:means|stands for|is short for) |, meaning )"
            )
            if explained
            else None
        )
        self._say_with_figures = [
            (pattern, spoken) for pattern, spoken in self._say if re.search(r"\d", pattern.pattern)
        ]
        # a unit written in capitals ("7 MMOL/L", "5 MG"), in the case the units are known by
        self._unit_cases = {
            unit.upper(): unit
            for unit in sorted(pronunciations.units, key=lambda unit: unit != unit.lower())[::-1]
            if len(unit) > 1 and unit.upper() not in pronunciations.units
        }
        units = "|".join(re.escape(unit) for unit in sorted(pronunciations.units, key=len)[::-1])
        self._units = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?) ?({units})(?!\w)") if units else None
        # A unit written in full before a slash and a unit it is per: "10 micrograms/kg" had been
        # "ten micrograms or kg", a dose per kilogram heard as a choice, and "250 micrograms / 5
        # ml" "two hundred and fifty micrograms, or five millilitres": it is written short, as
        # "10mcg/kg" is, and said per kilogram, in five millilitres.
        short_of = {}
        for short, said in pronunciations.units.items():
            for word in said:
                if " " not in word and word != short:
                    short_of.setdefault(word, short)
        self._short_of = short_of
        self._unit_word_per = (
            re.compile(
                rf"(?<![\w.])(\d+(?:\.\d+)? ?)({'|'.join(sorted(short_of, key=len)[::-1])})"
                rf"(?= ?/ ?(?:\d+(?:\.\d+)? ?)?(?:{units}|{'|'.join(_PER_TIME)})(?!\w))"
            )
            if short_of and units
            else None
        )
        # A whole number and a fraction sign before a unit: "2½ml" had been "two and a halfml",
        # the unit lost, and "2½ ml" "two and a half millilitre".
        self._fraction_then_unit = (
            re.compile(rf"(?<![\w.])(\d+) ?([{''.join(_FRACTION_SIGNS)}]) ?({units})(?!\w)")
            if units
            else None
        )
        # A column's or a field's unit in brackets: "Blood sugar (mmol/L)", "Weight (kg)"; a
        # letter alone is no unit there ("knee (L)" is the left one).
        long_units = "|".join(
            re.escape(unit) for unit in sorted(pronunciations.units, key=len)[::-1] if len(unit) > 1
        )
        self._unit_in_brackets = (
            re.compile(rf"\((?:({long_units})|({units}) ?(?=/))(?: ?/ ?({units}))?\)")
            if units
            else None
        )
        # A range whose two ends carry the same sign or unit: "2°C–8°C" and "£5-£10" (their dash
        # was left between the words), "2.5mg–5mg".
        measure = rf"(£?)(\d+(?:\.\d+)?) ?(°C|°F|°|%|{units + '|' if units else ''}units?)?"
        self._measure_range = re.compile(rf"(?<![\w.]){measure} ?[-\u2013] ?{measure}(?!\w)")
        # ... and a range from one unit to another: "500mg-1g" ("milligrams-one gram" before).
        self._range_across_units = (
            re.compile(
                rf"(?<![\w.])(\d+(?:\.\d+)? ?(?:{units})) ?[-\u2013] ?"
                rf"(?=\d+(?:\.\d+)? ?(?:{units})(?!\w))"
            )
            if units
            else None
        )
        # Units either side of a slash with no figure: "dose in mg/kg".
        self._units_alone = (
            re.compile(rf"(?<![\w/])({units})/({units})(?![\w/])") if units else None
        )
        self._said_with_slash = {word.lower() for word in pronunciations.say if "/" in word}
        # A strength in units: "100 units/ml" is "one hundred units per millilitre".
        self._units_per = (
            re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?) ?(units?|IU) ?/ ?({units})(?!\w)")
            if units
            else None
        )
        # A blank for a measure, in its unit: "Weight: ____ kg".
        self._blank_in_unit = (
            re.compile(rf"{_BLANK_RULED} ?({units})(?: ?/ ?({units}))?(?!\w)") if units else None
        )
        # A range of blanks, one thing to fill in: "____ to ____ mmol/L", "between __ and __"
        # (not "from ____ to ____": dates), in its unit or counting something.
        unit_after = rf" ?(?P<measure>{units})(?: ?/ ?(?P<per>{units}))?(?!\w)|" if units else ""
        self._blank_range = re.compile(
            rf"(?<![Ff]rom )(?<![_.\u2026])(?:\b(?P<between>[Bb]etween) )?{_BLANK_RULED}"
            rf" ?(?:to|and|[-–—]) ?{_BLANK_RULED}(?:{unit_after} (?P<counted>[a-z]+s)\b)?"
        )
        # A dose's unit as written: short ("mg") or in words ("milligram", "units").
        self._unit_names = {
            name.lower(): said
            for short, said in {**pronunciations.units, **_DOSE_UNITS}.items()
            for name in (short, *said)
        }
        dose_units = "|".join(
            re.escape(name)
            for name, said in sorted(self._unit_names.items(), key=lambda i: -len(i[0]))
            if said[0] not in _NOT_A_DOSE_UNIT
        )
        # The medicine's name may stand between the dose and its form: "two 1,000 unit vitamin
        # D tablets", "2 500 mg paracetamol tablets" (no number and no word of a sentence).
        self._counted_dose = re.compile(
            rf"\b(?:({_COUNT}){_COUNT_BEFORE_DOSE})?({_DOSE_AMOUNT}) ?({dose_units})"
            rf"( \([^()]{{1,20}}\))? "
            rf"({_NAME_BEFORE_FORM})({_DOSE_FORMS})(s?)\b(?!(?<=dose)\s*:)",
            # ("12.5kg Dose: 5mg": the next label, not the weight's form)
            re.IGNORECASE,
        )
        # Strengths listed before the form they all name: "1mg (brown), 3mg (blue) and 5mg
        # (pink) tablets" had been "three milligrams (blue) and five milligram (pink) tablets",
        # the last said as a tablet's strength is and the others not; each is said as the last.
        strength = rf"(?:{_DOSE_AMOUNT}) ?(?:{dose_units})(?: \([^()]{{1,20}}\))?"
        self._strength_listed = re.compile(
            rf"(?<![\w.,])(?<!\bx )(?<!\d )({_DOSE_AMOUNT}) ?({dose_units})"
            rf"(?=(?: \([^()]{{1,20}}\))?"
            rf"(?:(?:, |,? (?:and|or) ){strength})+ (?:{_NAME_BEFORE_FORM})(?:{_DOSE_FORMS})s\b)",
            re.IGNORECASE,
        )
        # A count of a strength with no form named: "Paracetamol 2 x 500mg every 4-6 hours"
        # had been "two times five hundred milligrams", heard as a product (1 g) or as doses.
        strengths = "|".join(
            re.escape(name)
            for name, said in sorted(self._unit_names.items(), key=lambda i: -len(i[0]))
            if said[1] in _STRENGTH_UNITS
        )
        # ... and what holds it, named after it: "(1 x 5mg syringe)" had been "one of five
        # milligrams syringe", "2 x 20mg pens" "two, each of twenty milligrams, pens".
        self._count_of_strength = re.compile(
            rf"(?<![\w.,])([1-9]|1[0-2]) ?x ?({_DOSE_AMOUNT}) ?({strengths})(?![\w/])(?! ?x ?\d)"
            rf"(?P<holder> (?:{_HOLDER_KIND} )?(?-i:{_HOLDERS})s?\b)?",
            re.IGNORECASE,
        )
        # A dose and how many of it, before how often: "Valganciclovir 450 mg x 2 once a day",
        # "prednisolone 5mg x 6 each morning" (said "times two", "six times each morning", as
        # if six doses). Before "daily" or "a day" the count may be of times, and stays one.
        # A form named after the count is that many of the form: "5 mg x 8 tablets".
        self._dose_times_count = re.compile(
            rf"(?<![\w.])({_DOSE_AMOUNT}) ?({dose_units})(?: ({_DOSE_FORMS})s?)? ?x ?"
            rf"([1-9]|1[0-2])(?!\w)(?: ({_DOSE_FORMS})s?\b"
            r"|,? (?P<short>(?-i:od|OD|bd|BD|om|OM|ON))\b"
            rf"(?! (?:{_DAY}|\d|the \w+ of)\b)"
            rf"|(?=,? (?:{_ONE_TIME_OF_DAY})\b))",
            re.IGNORECASE,
        )
        # A counted dose whose tablets are named only after the next one: "2 5 mg and 1 1 mg
        # tablets" (its "two five milligrams" was heard as twenty-five).
        counted = rf"(?:{_COUNT}){_COUNT_BEFORE_DOSE}(?:{_DOSE_AMOUNT}) ?(?:{dose_units})"
        self._form_named_later = re.compile(
            rf"\b({_COUNT}){_COUNT_BEFORE_DOSE}(?:{_DOSE_AMOUNT}) ?(?:{dose_units})"
            rf"(?=(?:(?:,| and| or| plus) {counted})*(?:,? and|,? or|,| plus) {counted} "
            rf"{_NAME_BEFORE_FORM}({_DOSE_FORMS})s?\b)",
            re.IGNORECASE,
        )
        # A strength: "250mg/5ml" is 250 milligrams in 5 millilitres, "5 mg/kg" per kilogram.
        self._strength = (
            re.compile(
                rf"(?<![\w.])(\d+(?:\.\d+)?) ?({units}) ?/ ?(\d+(?:\.\d+)?)? ?"
                rf"({units}|{'|'.join(_PER_TIME)})(?!\w)"
            )
            if units
            else None
        )
        # ... and the amount to take straight after a liquid's strength: "5mg/5ml 10ml" had been
        # "five milligrams in five millilitres ten millilitres", the dose heard as part of the
        # strength (a comma sets it apart).
        self._amount_after_strength = (
            re.compile(
                rf" (?:\d+ ?x ?)?\d+(?:\.\d+)?(?: ?(?:-|\u2013|to|or) ?\d+(?:\.\d+)?)? ?"
                rf"(?:{units})(?!\w)"
            )
            if units
            else None
        )
        service = service_number_pattern(pronunciations.service_numbers)
        # ... never a measure or a count whose figures are a service number's (the pattern's
        # own rule, the web page's too): "Take 112 mg" had been "one one two mg", "999mg" "nine
        # nine ninemg", "111 tablets" dialled
        self._service = re.compile(service) if service else None
        # "1 in 10 000": thousands grouped by a space, unless a unit or dose follows ("2 500mg"
        # is two doses of 500, or a typing slip, never 2,500 milligrams).
        self._grouped_thousands = re.compile(
            rf"(?<![\d.,])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+"
            rf"(?!\d|[.,]\d| ?(?:{dose_units})(?!\w)| (?:{_DOSE_FORMS}))"
            if units
            else r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)"
        )
        # A time written with a full stop after a word that leads to one: "at 14.30", "from
        # 08.00 to 17.00"; not a measure ("at 12.50 mg") nor a decimal run on ("at 10.25.5").
        # After a day too, with the range it may open: "Mon-Fri, 8.30-4.30" (its end was "four
        # point three zero"). A full stop may end the sentence after it ("at 17.00.").
        self._clock_dot = re.compile(
            rf"\b({'|'.join(_CLOCK_LEADS)}|and|to|arrive|{_DAY},?) "
            r"([01]?\d|2[0-3])\.([0-5]\d)(?: ?[-\u2013] ?([01]?\d|2[0-3])\.([0-5]\d))?"
            rf"(?![\d,%]|\.\d| ?(?:{dose_units})(?!\w))",
            re.IGNORECASE,
        )
        # ... and the start of a range of them worded with "to" or "until" and no word leading
        # to it: "Take your tablets 8.30 to 9.30" had been "eight point three zero to nine
        # thirty", the range's end a time and its start a decimal (see _worded_range_start)
        self._worded_range_start = re.compile(
            r"(?<![\w.,:£$€])(0[1-9]|1\d|2[0-3]|[1-9])\.([0-5]\d)(?= (?:to|until|till) "
            r"(?:0[1-9]|1\d|2[0-3]|[1-9])\.[0-5]\d"
            rf"(?![\d%]|\.\d| ?(?:{dose_units})(?!\w)| of\b))",
            re.IGNORECASE,
        )
        # "between 4.00 and 7.00 mmol/L": the unit after the range's end is the start's too
        self._range_end_measured = re.compile(
            rf" and \d{{1,2}}\.\d\d ?(?:{dose_units})(?!\w)", re.IGNORECASE
        )
        # Times a schedule writes without a colon: "08.00" (a nought before the hour is no
        # decimal's), "14.00-16.00", "0730 hrs", "1300hrs"; and the next in a list or range
        # after one ("08:00, 14.00, 22.00", "at 0800 and 2000"). Never a measure ("10.50 kg").
        not_a_measure = rf"(?![\d%]|[.:]\d| ?(?:{dose_units})(?!\w))"
        no_figure_before = r"(?<![\d.,:£$€])"
        after_a_lead = "|".join(
            rf"(?<=\b{word} )" for lead in _CLOCK_LEADS for word in (lead, lead.capitalize())
        )
        after_a_time_label = "|".join(
            rf"(?<=\b{first}ime{done}: )"
            for first in "Tt"
            for done in ("", " taken", " given", " due", " started", " finished")
        )
        self._clock_forms = [
            re.compile(rf"{no_figure_before}(0\d)\.([0-5]\d){not_a_measure}"),
            re.compile(
                rf"{no_figure_before}(1\d|2[0-3])\.([0-5]\d)(?={_TIME_RANGE_TO}(?:1\d|2[0-3])\.[0-5]\d"
                rf"{not_a_measure})"
            ),
            # "8.00-20.00", "9.30 to 17.00": a range to an afternoon's time on the 24-hour clock
            re.compile(
                rf"{no_figure_before}([1-9])\.(00|15|30|45)(?={_TIME_RANGE_TO}(?:1[3-9]|2[0-3])\."
                rf"(?:00|15|30|45){not_a_measure})"
            ),
            re.compile(rf"{no_figure_before}([01]\d|2[0-3])[.:]?([0-5]\d) ?(?:hrs|hr|h)\b"),
            re.compile(rf"{no_figure_before}([01]\d|2[0-3])[.:]([0-5]\d) ?hours\b"),
            re.compile(rf"{no_figure_before}(0\d)([0-5]\d) ?hours\b"),
            # ... an afternoon's too after a word leading to a time: "after 2200 hours" (it was
            # "two thousand two hundred hours"), while "lasts 1200 hours" is a count
            re.compile(rf"(?:{after_a_lead})(1\d|2[0-3])([0-5]\d) ?hours\b"),
            # (not a phone number's first figures: "Call us at 0116 258 5555" had been "at one
            # sixteen in the morning two hundred and fifty-eight ...")
            re.compile(rf"(?:{after_a_lead})(0\d)([0-5]\d)(?!\d|[.,]\d| ?\d){not_a_measure}"),
            # under a column of times: "Time: 1000" (it was "one thousand"), "Time given: 1400"
            re.compile(
                rf"(?:{after_a_time_label})([01]\d|2[0-3])([0-5]\d)(?!\d|[.,]\d){not_a_measure}"
            ),
            # a range of times on the 24-hour clock, "0900-1700", "2000 – 0600" (said as digits,
            # and as two thousand and six hundred); not years ("1990-2010")
            re.compile(
                rf"{no_figure_before}(?!(?:19|20)\d\d ?[-\u2013] ?(?:19|20)\d\d)"
                r"([01]\d|2[0-3])(00|15|30|45)(?= ?[-\u2013] ?(?:[01]\d|2[0-3])(?:00|15|30|45)\b)"
            ),
            # ... and the first of a list of them, "0800, 1200, 1700" (its others follow it)
            re.compile(
                rf"{no_figure_before}(0\d)(00|15|30|45)(?=(?:,| and| or) ?(?:[01]\d|2[0-3])"
                r"(?:00|15|30|45)\b)"
            ),
        ]
        # A morning's time before a list going on to an afternoon's on the 24-hour clock is on it
        # too: "Take 1 tablet 8.30 and 20.30" had been "eight point three zero and eight thirty
        # in the evening", "8:30 and 20:30" "eight thirty and ..." (written "08:30").
        self._morning_before_afternoon = re.compile(
            rf"{no_figure_before}([1-9]|1[0-2])[.:]([0-5]\d)(?=(?:{_TIMES_LISTED}\d{{1,2}}[.:]"
            rf"[0-5]\d)*{_TIMES_LISTED}(?:1[3-9]|2[0-3])[.:][0-5]\d{not_a_measure})"
        )
        # a range of times of the day on the quarter hour, with no word to lead to it
        # ("Visiting times: 2.00-4.00", "The clinic runs 9.00-5.00": "two point zero zero to
        # four point zero zero", "nine point zero zero, five point zero zero")
        self._quarter_hours_range = re.compile(
            rf"{no_figure_before}([1-9]|1[0-2])\.(00|15|30|45)( ?[-\u2013] ?)"
            rf"([1-9]|1[0-2])\.(00|15|30|45){not_a_measure}"
        )
        self._unit_after_fraction = re.compile(
            rf"\b(half|quarter|third) ({'|'.join(_LENGTHS)})\b"
        )
        self._clock_after_clock = re.compile(
            r"(?<![\d.])(\d\d?:[0-5]\d ?(?:,|and|&|or|to|until|till|-|\u2013) ?)([01]\d|2[0-3])"
            rf"\.?([0-5]\d)(?!\d|[.,]\d){not_a_measure}"
        )
        self._said_as_words = set(pronunciations.capitals_said_as_words)
        self._spelt_out = set(pronunciations.capitals_spelt_out)
        self._numbers_and_addresses = contact_pattern(
            service_numbers=pronunciations.service_numbers
        )
        service = service_number_pattern(pronunciations.service_numbers) or "(?!)"
        english = (
            rf"(?<![\w&])(?!(?<=\d ){_UNIT_LETTERS}(?![\w&]))"  # "500 mg": as "500mg" is
            rf"{_LATIN_WORD}"
            rf"(?: (?:{_LATIN_WORD}|{_LATIN_STRENGTH}|{service})(?![\w&]))*(?![\w&])"
        )
        self._numbers_addresses_and_english = re.compile(
            rf"{self._numbers_and_addresses.pattern}|(?P<range>{_LATIN_UNIT_RANGE})"
            rf"|(?P<per>{_LATIN_PER}|{_DEGREE_UNIT})|(?P<english>{english})"
        )
        # (in a language written in Latin letters, only a unit after a figure: "i/lub" is a word)
        self._numbers_addresses_and_units = re.compile(
            rf"{self._numbers_and_addresses.pattern}|(?P<per>{_LATIN_PER})"
        )
        self._unit_letters = frozenset(pronunciations.units)

    def _once_twice(self, match: re.Match) -> str:
        """ "OD" as "once a day"; in a leaflet about eyes, unless after a tablet's dose, as its
        letters (it may be the right eye)."""
        before, written = match.groups()
        if self.eyes and written.lower() == "od" and not _TABLET_DOSE.search(before):
            return f"{before}O D"
        return before + _ONCE_TWICE_SAID[written.lower()]

    def __call__(self, text: str) -> str:
        return self.marked(text).replace(_OPENS_SENTENCE, "")

    def sentences(self, said: str) -> list[str]:
        """The sentences of text said (self.marked): a lowered article after a stop opens one."""
        return [sentence.replace(_OPENS_SENTENCE, "") for sentence in sentences(said)]

    def marked(self, text: str) -> str:
        """The text as said, with the mark of a sentence opening in lower case (_OPENS_SENTENCE)
        for self.sentences."""
        text = prepare(text).translate(_SILENT_MARKS)
        # a postcode first, before its letters are read as a unit's ("3NG")
        text = _POSTCODE.sub(_postcode, text)
        text = _CONTACT_LETTER.sub(_contact_letter, text)
        text = _OPTION_SHORT.sub(lambda m: f"{m[1]}ption ", text)
        text = _DEGREE_LOOKALIKE.sub(r"\1°", text)
        text = _COUNT_IN_HOURS.sub(r"\1 in \2 hours", text)
        text = _FIGURES_SPACED_SLASH.sub(r"\1/\2", text)
        text = _SHORT_DAY_STOP.sub(r"\1", text)
        text = _UNIT_IN_CAPITALS.sub(self._unit_in_its_case, text)
        text = layout_pointers_said(text)  # (before a citation's pages are said)
        text = _citation_said(text)
        for page_short in (_PAGE_SHORT, _PAGE_SHORT_CAPITAL):
            text = page_short.sub(
                lambda m: "pages " if (m[1] or "").lower() in ("pp", "pgs") else "page ", text
            )
        text = _HANDLE.sub(self._handle, text)
        text = _HASHTAG.sub(self._hashtag, text)
        text = re.sub(r"(?<![\w&#])#(?=\d)", "number ", text)  # "tablet #2": "tablet #two" before
        text = _TIMES_SIGN.sub(" x ", text)  # "2 × 500mg tablets" as "2 x 500mg tablets" is
        text = _AT_SIGN_BEFORE_TIME.sub("at ", text)
        text = _TIMES_SLASHED.sub(_times_slashed, text)
        text = _TIME_THEN_SLASH.sub(r"\1, ", text)
        text = _DOSE_THEN_HALF.sub(_dose_then_half, text)
        if self._unit_word_per:
            text = self._unit_word_per.sub(lambda m: m[1] + self._short_of[m[2]], text)
        text = _ROUTE_AFTER_DOSE.sub(_route_said, text)
        text = _ROUTE_BRACKETED.sub(_route_after_its_words, text)
        text = _STRENGTH_AFTER_AMOUNT.sub(_strength_after_amount, text)
        text = _COMBINATION_STRENGTHS.sub(r"\1 \2 slash \3", text)
        text = _STRENGTHS.sub(_strengths_said, text)
        if self.insulin or _INSULIN.search(text):
            text = _UNITS_AS_U.sub(_units_as_u, text)
        text = _VALUE_THEN_LABEL.sub(r"\1, ", text)
        text = _COUNTED_HOLDS.sub(_counted_holds, text)
        text = _ROMAN_COUNTED.sub(lambda m: f"{m.group(1)} {_ROMAN[m.group(2)]}", text)
        text = _ROMAN_ITEM.sub(_roman_item, text)
        text = _PLURAL_IN_BRACKETS.sub(r"\1s", text)
        text = _LETTER_ITEM.sub(_letter_item, text)
        text = _SECTION_NUMBER.sub(r"\1:", text)
        text = _LETTER_NAMED.sub(lambda m: f"{m.group(1)} {m.group(2).upper()}", text)
        text = _SAID_LIKE.sub(_unless_said_like, text)
        text = _ARROW.sub(lambda m: ": " if m.string[m.end() :].strip() else "", text)
        text = _SIGN_AFTER_ITS_NAME.sub(r"\1", text)
        text = _BOXES_IN_A_ROW.sub(lambda m: f"{len(m.group())} tick boxes", text)
        text = _CHECKLIST_ON_A_LINE.sub(_checklist_on_a_line, text)
        text = _CHOICES_TO_TICK.sub(_choices_to_tick, text)
        text = _SIGN.sub(_sign, text)
        text = _QUESTION_ANSWER.sub(lambda m: _QA_WORDS[m.group(1)], text)
        text = _QUESTION_DOTTED.sub(lambda m: _QA_WORDS[m.group()[0]], text)
        text = _OPEN_ALL_DAY.sub(_open_all_day, text)
        text = _ONE_TO_ONE.sub("one-to-one", text)
        text = _SIDE_SHORT.sub(_side, text)
        text = _ALTERNATE_SHORT.sub(r"\1lternate ", text)
        text = _ORDINAL_RANGE.sub(r"\1 to ", text)
        text = _HOW_OFTEN_RANGE.sub(_how_often_range, text)
        text = _PLUS_BETWEEN_WORDS.sub(" and ", text)
        text = _MAXIMUM.sub(lambda m: f"{m[1] or m[2]}aximum", text)
        text = _POWER_OF_TEN.sub(_power_of_ten, text)
        text = _ABOUT.sub("about ", text)
        text = _CIRCA.sub("about ", text)
        text = _NAMED_WITH_FIGURE.sub(r"\1, ", text)
        text = _SOS_THING.sub("S O S", text)
        text = _GREEK_MU.sub("\\1\u00b5", text)
        text = _PLUS_OR_MINUS.sub(" plus or minus ", text)
        # Before addresses are spelt: "www.StGeorges.nhs.uk" stays "St Georges, all one word".
        text = _NUMBERED_STREET.sub(r"\1 Street", text)
        text = _STREET.sub(r"\1 Street", text)
        text = _SAINT.sub("Saint ", text)
        text = _FOOTNOTE_STAR.sub("", text)
        text = _STAFF_MARKS.sub(f"({self.filled_in_by} marks which)", text)
        text = self._blank_range.sub(self._blank_range_said, text)
        if self._blank_in_unit:
            text = self._blank_in_unit.sub(self._blank_for_measure, text)
        text = _BLANK.sub(self._blank, text)
        text = EMAIL_ADDRESS.sub(lambda m: self._spoken_email(m, text), text)
        text = WEB_ADDRESS.sub(lambda m: self._spoken_address(m.group()), text)
        text = _CODE.sub(self._code, text)
        for figure_by_figure in (_TEXT_TO, _CODE_NUMBER):
            text = figure_by_figure.sub(lambda m: m.group(1) + spell_digits(m.group(2)), text)
        text = _NAME_AND_NUMBER.sub(lambda m: f"{m.group(1)} {spell_digits(m.group(2))}", text)
        text = _FINANCIAL_YEAR.sub(_financial_year, text)
        text = _DATE_ISO.sub(lambda m: _date(m.group(3), m.group(2), m.group(1), m.group()), text)
        text = _DATE_DMY.sub(lambda m: _date(m.group(1), m.group(3), m.group(4), m.group()), text)
        text = _DATE_SHORT_YEAR.sub(
            lambda m: _date(m.group(1), m.group(2), m.group(3), m.group()), text
        )
        text = _DATE_SHORT_YEAR_MARKED.sub(_date_marked, text)
        text = _PARTS_NUMBER.sub(
            lambda m: " point ".join(number_words(int(part)) for part in m.group().split(".")),
            text,
        )
        text = self._clock_written_otherwise(text)
        text = _MONTH_NUMBER_YEAR.sub(
            lambda m: f"{calendar.month_name[int(m.group(1))]} {year_words(int(m.group(2)))}", text
        )
        text = _NAMED_DAY_MONTH.sub(
            lambda m: f"{_day_name(m[1])} {_the_day_of(int(m[2]), calendar.month_name[int(m[3])])}",
            text,
        )
        text = _DAY_MONTH.sub(_day_month, text)
        text = _MONTH_THEN_DAY.sub(_month_then_day, text)
        text = _BLOOD_PRESSURE.sub(r"\1\2 over \3", text)
        text = _PRESSURE_READING.sub(_pressure_reading, text)
        text = _BARE_DECIMAL.sub(r"0.\1", text)
        text = _FRACTION_BEFORE_TAB.sub(
            lambda m: f"{m[1]} {'tablet' if m[2] == 'tab' else 'capsule'}", text
        )
        text = _MIXED_FRACTION.sub(lambda m: m.group(1) + _FRACTION_OF[m.group(2)], text)
        text = _FRACTION_OPENING_RANGE.sub(lambda m: _FRACTION_OF[m.group(1)], text)
        text = _FRACTION_CLOSING_RANGE.sub(lambda m: m[1] + _FRACTION_OF[m[2]], text)
        text = _FRACTION_BEFORE_MEASURE.sub(lambda m: _FRACTION_OF[m[1]] + " ", text)
        text = _HALF_TABLETS.sub(_half_tablets, text)
        text = _WEEKS_SHORTHAND.sub(_weeks, text)
        text = _COURSE_FOR.sub(_course_for, text)
        text = _COURSE_OF_DAYS.sub(r"\1-day \2", text)
        text = _MONTHS_OR_DAYS_SHORTHAND.sub(_months_or_days, text)
        text = _BARE_DAY_MONTH.sub(_bare_day_month, text)
        text = _SLASHED.sub(_slashed, text)
        if self._fraction_then_unit:
            text = self._fraction_then_unit.sub(
                lambda m: f"{m[1]} and {_FRACTION_SIGNS[m[2]]} {self.words.units[m[3]][1]}", text
            )
        text = _FRACTION_SIGN.sub(_fraction_sign, text)
        # "a ½ cm gap": "a half centimetre gap" (the unit had no figure to be said after)
        text = self._unit_after_fraction.sub(
            lambda m: f"{m.group(1)} {self.words.units[m.group(2)][0]}", text
        )
        text = _MINUS.sub("minus ", text)
        text = self._measure_range.sub(_measure_range, text)
        if self._range_across_units:
            text = self._range_across_units.sub(r"\1 to ", text)
        text = _MONEY.sub(_money, text)
        text = _CELSIUS_UNSIGNED.sub(lambda m: m.group() + "°", text)
        text = _FAHRENHEIT_UNSIGNED.sub(_fahrenheit_unsigned, text)
        text = _CELSIUS_AFTER_SIGN.sub("C", text)
        text = _scales_following(text)
        text = _DEGREES.sub(_degrees, text)
        text = _SCALE_ALONE.sub(lambda m: f"degrees {_SCALES[m.group(1)]}", text)
        if _OF_PREGNANCY.search(text):
            text = _GESTATION_BARE.sub(r"\1+\2 weeks", text)
        text = _GESTATION_FIRST.sub(_gestation, text)
        text = _GESTATION.sub(_gestation, text)
        text = _AND_OVER.sub(_and_over, text)
        text = _YEAR.sub(self._year, text)
        text = _YEAR_RANGE.sub(self._year_range, text)
        text = _YEAR_BEFORE.sub(lambda m: year_words(int(m.group(1) or m.group(2))), text)
        text = _YEAR_IN_BRACKETS.sub(lambda m: f"({year_words(int(m.group(1)))}", text)
        text = _DECADE.sub(_decade, _DECADE.sub(_decade, text))
        text = _AGED.sub(
            lambda m: m.group()[: len(m.group(1)) + 1] + number_words(int(m.group(2))) + "s", text
        )
        text = _RULE_OF.sub(lambda m: f"rule of {_plural_number(int(m.group(1)))}", text)
        text = _SECONDS.sub(lambda m: counted(m.group(1), "second"), text)
        text = _MONTH_YEAR.sub(
            lambda m: f"{_month_name(m.group(1))} {year_words(int(m.group(2)))}", text
        )
        text = _RISK_RATIO.sub(lambda m: f"1 in {m.group(1) or m.group(2)}", text)
        text = _RISK_NAMED_RATIO.sub(r"\g<1>1 in \2", text)
        text = _DAY_SLASH_LIST.sub(
            lambda m: _listed([_day_name(day) for day in m.group().split("/")]), text
        )
        text = _SHORT_DAY_BEFORE_HOURS.sub(
            lambda m: _day_name(m.group(1)) + m.group()[len(m.group(1)) :], text
        )
        text = _IN_THE_HALF.sub(_in_the_half, text)
        text = _DAY_HALF.sub(
            lambda m: f"{m[1]} {'morning' if m[2] in 'amAM' else 'afternoon'}", text
        )
        text = _SHORT_DAY_ALONE.sub(lambda m: _day_name(m.group(1)) + (m.group(2) or ""), text)
        text = _HOURS_RANGE.sub(
            lambda m: m.group(1).replace(".", ":") + _o_clock_before_to(m, 1) + " to ", text
        )
        text = _HOURS_JOINED_RANGE.sub(_hours_joined_range, text)
        text = _CLOCK.sub(_clock, text)
        text = _CLOCK_24_RANGE.sub(r"\1 to ", text)
        text = self._worded_range_start.sub(_worded_range_start, text)
        text = _CLOCK_24.sub(_clock_24, text)
        text = self._clock_dot.sub(self._dotted_time, text)
        text = _RATIO.sub(r"\1 to \2", text)
        text = _CLOCK_RANGE.sub(r"\1 to ", text)
        text = _CLOCK_NOTE.sub(r"\1: ", text)
        text = _SAME_HALF_OF_DAY.sub(_same_half_of_day, text)
        text = _PHONE_OR_PHONE.sub(r"\1, or ", text)
        text = _PHONE_THEN_X.sub(r"\1, ext. \2", text)
        text = _PHONE_OR_ENDING.sub(_phone_and_endings, text)
        text = PHONE_NUMBER.sub(lambda m: phone_number(m.group()), text)
        text = _PLUS_BETWEEN_NUMBERS.sub(" plus ", text)
        text = _PLUS_SIGNS.sub(lambda m: f"{NUMBER_NAMES[len(m.group()) - 1]} plus", text)
        text = _PLUS_AFTER_WORD.sub(" plus", text)
        text = _PLUS_BEFORE_NUMBER.sub("plus ", text)
        text = _EXTENSION_OR_ANOTHER.sub(
            lambda m: f"{extension(m.group(1))}, or {spell_digits(m.group(2))}", text
        )
        # a pause after an extension that a word or a bracket follows: "extension two two one
        # three (eight thirty ...)" was heard "2-2-1-3-8-30", "six six three one if" as "663"
        text = EXTENSION.sub(
            lambda m: (
                extension(m.group())
                + ("," if re.match(r" (?!(?:or|and|to)\b)[\w(]", text[m.end() :]) else "")
            ),
            text,
        )
        text = _NHS_NUMBER.sub(lambda m: ", ".join(map(spell_digits, m.groups())), text)
        text = _RELAY_PREFIX.sub(r"\1, then ", text)
        if self._service:
            text = self._service.sub(self._service_number, text)
        text = _ZERO_THOUSANDS.sub(r"\1,\2", text)
        text = self._grouped_thousands.sub(lambda m: re.sub(r"\s", ",", m.group()), text)
        text = _EVERY_Q_HOURS.sub(_hourly, text)
        text = _HOURLY.sub(_hourly, text)
        text = _OFFICE_HOURS.sub(
            lambda m: f"{m[1]}{m[2]}{m[3]}{_o_clock_before_to(m, 3)} to {m[4]}", text
        )
        text = _DURATION_RANGE.sub(lambda m: f"{m.group(1)} {_range_word(m)} ", text)
        text = _RANGE.sub(_range, text)
        text = _DAY_RANGE.sub(_day_range, text)
        text = _BETWEEN_TO.sub(r"\1 and ", text)
        text = _BETWEEN_TIMES_TO.sub(r"\1 and ", text)
        text = _DAY_LIST.sub(
            lambda m: re.sub(_SHORT_DAY, lambda d: _day_name(d.group()), m.group()), text
        )
        text = _FIRST_OF_DATES.sub(_first_of_dates, text)
        text = _DAY_AND_MONTH.sub(_day_and_month, text)
        text = _DAY_AND_ORDINAL.sub(
            lambda m: f"{_day_name(m[1])}{m[2]}the {ordinal_words(int(m[3]))}", text
        )
        if self._strength:
            text = self._strength.sub(self._strength_said, text)
            text = self._units_per.sub(
                lambda m: f"{m.group(1)} {m.group(2)} per {self.words.units[m.group(3)][0]}", text
            )
            text = self._unit_in_brackets.sub(self._unit_named, text)
            text = re.sub(r"\s*\x00", "", text)  # a unit unsaid, with the space before it
        text = self._dose_times_count.sub(_dose_times_count, text)
        if self.eyes:
            text = _EYE_SIDE.sub(
                lambda m: m[1] + (_EYE_SIDES[m[2]] if m[2].isupper() else " ".join(m[2].upper())),
                text,
            )
        text = _ONCE_TWICE.sub(self._once_twice, text)
        text = _FREQUENCY_ALONE.sub(lambda m: m[1] + _ONCE_TWICE_SAID[m[2].lower()], text)
        text = _ONCE_TWICE_SMALL.sub(
            # (in a leaflet about eyes "od" may be the right eye: see _EYE_SIDES)
            lambda m: m.group() if self.eyes and m[1] == "od" else _once_twice_small(m), text
        )
        text = _AN_OVERDOSE.sub("overdose", text)
        text = _STAT_DOSE.sub(_stat_dose, text)
        text = _STAT.sub(
            lambda m: m[1] if _STAT_NOUN.search(m.string[: m.start()]) else "straight away", text
        )
        text = _SHORT_DOSE_FORM.sub(
            lambda m: f"{m.group(1)} {'tablet' if m.group(2) == 'tab' else 'capsule'}{m.group(3)}",
            text,
        )
        text = self._form_named_later.sub(_with_form_named_later, text)
        text = self._strength_listed.sub(
            lambda m: f"{m[1]} {self._unit_names[m[2].lower()][0]}", text
        )
        text = self._counted_dose.sub(self._dose, text)
        text = self._count_of_strength.sub(self._strength_counted, text)
        text = _TIMES_A_DAY_AFTER.sub(lambda m: _TIMES_SAID.get(m[1], f"{m[1]} times"), text)
        text = _PACKS_OF.sub(_packs_of, text)
        text = _SETS_OF_REPS.sub(r"\1 sets of \2", text)
        text = _COUNT_OF_REPS.sub(r"\1", text)
        text = _REPEATS.sub(lambda m: f"{m.group(1)} {_times(m.group(2))}", text)
        text = _TIMES_BRACKETED.sub(lambda m: f"({_times(m.group(1))})", text)
        text = _MULTIPLIED.sub(_multiplied, text)
        text = _TIMES_ALONE.sub(
            lambda m: f"{m[1]} times" if _A_COMPARISON.match(m.string, m.end()) else _times(m[1]),
            text,
        )
        text = _TIMES_PER.sub(lambda m: f"{_times(m[1])} a {m[2]}", text)
        text = _PER_SECOND.sub(r"\1 a second", text)
        text = _PER_TIME_LEFT.sub(
            lambda m: " " + _PER_TIME_SAID.get(m.group(1), f"a {m.group(1)}"), text
        )
        text = _TIMES_A_DAY.sub(lambda m: _times(m[1]), text)
        text = _POST_OP_DAY.sub(r"day \1 after your operation", text)
        text = _WEEK_NUMBER.sub("week ", text)
        text = _EQUALS.sub(lambda m: ", which is " if m[1] or _a_sum_of_doses(m) else " is ", text)
        text = _EQUALS_BRACKETED.sub("(which is ", text)
        text = _EQUALS_CLOSE.sub(" is ", text)
        text = _STONES.sub(_stones, text)
        text = _INCHES.sub(lambda m: counted(m.group(1), "inch", "inches"), text)
        if self._units:
            text = self._units.sub(self._unit, text)
        text = _TIME_SHORT_ALONE.sub(lambda m: _TIME_SHORT[m.group()], text)
        text = _SPOON_ALONE.sub(_spoon, text)
        text = _ORDINAL.sub(lambda m: ordinal_words(int(m.group(1))), text)
        text = _TEMP_READING.sub("temperature", text)
        text = _COMPARED.sub(_compared, text)
        text = _NUMBER_SIGN.sub("number ", text)
        text = _NUMBER_NAMED.sub(_number_named, text)
        # A word written with a figure in it ("HbA1c") is respelt before its figure is said.
        for pattern, spoken in self._say_with_figures:
            text = pattern.sub(lambda m, said=spoken: _respelt(m, said), text)
        if self._units_alone:
            text = self._units_alone.sub(self._units_said, text)
        text = _IN_UNIT.sub(lambda m: f"in {self.words.units[m.group(1)][1]}", text)
        text = _PER_UNIT.sub(
            lambda m: f"per {self.words.units[m[1]][0]}" if m[1] in self.words.units else m[0],
            text,
        )
        text = _WORDS_OR.sub(self._either_word, text)
        text = _SPACED_SLASH.sub(_spaced_slash, text)
        text = _PER_FIGURE.sub(" per ", text)
        text = _PENCE.sub(_pence, text)
        # "B12" is "B twelve", not "Btwelve".
        text = _NUMBER.sub(
            lambda m: (
                (" " if _after_letter(m) else "")
                + decimal_words(m.group())
                + (" " if _before_letter(m) else "")
            ),
            text,
        )
        text = text.replace("&", " and ")
        text = _ETC_ENDING.sub("etc..", text)
        text = _ARTICLE_BEFORE_CAPITALS.sub(
            lambda m: m.group() if m.group(1) in self._said_as_words
            else _OPENS_SENTENCE + "a " if re.match(r"[.!?]\s", m.string[max(m.start() - 2, 0) :])
            else "a ",
            text,
        )
        if self._explained:
            text = self._explained.sub(lambda m: " ".join(m.group()), text)
        for pattern, spoken in self._say:
            text = pattern.sub(lambda m, said=spoken: _respelt(m, said), text)
        text = _CAPITALS.sub(self._capitals, text)
        text = _LONG_CAPITALS.sub(self._long_capitals, text)
        text = _SPOKEN_DASH.sub(_spoken_dash, text)
        text = re.sub(r"\( +", "(", re.sub(r" +\)", ")", text))  # "( plus or minus )"
        text = _BRACKETED.sub(_unless_said_twice, text)
        text = _NUMBER_THEN_HOURS.sub(r"\1, \2", text)
        text = _said_twice_over(text)
        text = re.sub(r" {2,}", " ", text).strip()
        text = _THE_TWICE.sub(r"\1 ", text)
        # a sentence that opened on figures opens on their words' capital ("24-hour Hotline: ..."
        # had been "twenty-four-hour Hotline" in the script, as if it went on from the one before)
        return _NUMBER_WORD_OPENING.sub(lambda m: m.group()[0].upper() + m.group()[1:], text)

    def other_language(self, text: str, lang: str) -> list[tuple[str, str]]:
        """Text in another language, as (language, text) pieces for the voices to speak.

        That language's voice reads the rest as written, but telephone numbers and addresses
        must still be said digit by digit and symbol by symbol: in the language's own words when
        config/pronunciations.yaml has them (other_languages). Else a number to ring stays with
        that language's voice as its digits, as the number after the trust's lines in it is
        (_phone_in_language): the English voice had said "oh one one six, ..." in the middle of
        an Urdu sentence, the one number a patient must ring said in another language. An
        address, whose symbols have no words there, goes to the English voice; so do words in
        Latin letters in a language not written in them ("NHS", "GP", "paracetamol", which the
        Urdu voice read by its own rough English), said as English says them ("N H S"), with
        a strength or service number after them ("Paracetamol five hundred milligrams", "N H S
        one one one": 'N H S' in English and '1 1 1' in Urdu had parted the service's name)."""
        own = self.words.other_languages.get(lang)
        numbered = own if own and own.says_numbers else None
        row = find_language(lang)
        latin = row is not None and row.script == "Latin"
        pattern = (
            self._numbers_and_addresses if row is None
            else self._numbers_addresses_and_units if latin
            else self._numbers_addresses_and_english
        )
        pieces: list[tuple[str, str, bool]] = []  # (voice, text, English still to say)
        at = 0
        for match in pattern.finditer(text):
            kind = match.lastgroup
            written = match.group()
            if kind in ("email", "web"):
                written = written.rstrip(".,;:!?")
            start = match.start()
            if kind == "per" and latin and not self._unit_beyond_words(text, match, lang, own):
                continue  # its own words say it ("4 milimole na litr"), or it is no unit
            if kind == "per":
                spoken, start = self._unit_after_figure(text, at, start, written)
            elif kind == "english" and (count := _count_before_times(text, at, start, written)):
                # "2 x 5ml/day": the count is the English voice's with its dose ("two, each of
                # five millilitres, a day"); the "x" alone had been said as the letter
                start = count
            if start > at:
                pieces.append((lang, in_language_words(text[at:start], lang, own), False))
            dialled = kind in ("phone", "service")
            if kind == "per":
                voice = "en"
            elif kind == "range":  # "two to eight degrees Celsius", its dash no voice's "minus"
                spoken, voice = _figure_said_mid_sentence(written, self(written)), "en"
            elif kind == "english":
                # said with the English beside it, below
                spoken, voice = text[start : match.start()] + written, "en"
            elif numbered or dialled:
                spoken = self._spoken_piece(written, kind, numbered or DIGITS_AS_WRITTEN)
                voice = lang
            else:
                spoken, voice = self._spoken_piece(written, kind, ENGLISH_WORDS), "en"
            at = match.start() + len(written)
            # A comma or full stop after the number closes its piece, not the next one; the
            # English voice is given its own marks for the script's ("۔" as ".").
            after = re.match(rf"[.,;:!?،؛{SCRIPT_FULL_STOPS}]*", text[at:]).group()
            at += len(after)
            if voice == "en":
                after = after.translate(_LATIN_MARKS)
            pieces.append((voice, spoken + after, kind == "english"))
        pieces.append((lang, in_language_words(text[at:], lang, own), False))
        # English words next to each other, with the space between them, are normalised as one
        # ("Dr. Khan" had been "Doctor.Khan", "e.g. paracetamol" "e.g.paracetamol")
        written_together: list[tuple[str, str, bool]] = []
        for piece in pieces:
            if written_together and not piece[1].strip() and written_together[-1][2]:
                piece = ("en", piece[1], True)
            if written_together and written_together[-1][0::2] == piece[0::2]:
                last = written_together[-1]
                written_together[-1] = (last[0], last[1] + piece[1], last[2])
            else:
                written_together.append(piece)
        merged: list[tuple[str, str]] = []
        for piece_lang, piece, english in written_together:
            if english:
                piece = f" {_figure_said_mid_sentence(piece.strip(), self(piece.strip()))} "
            if merged and merged[-1][0] == piece_lang:
                merged[-1] = (piece_lang, merged[-1][1] + piece)
            elif piece.strip():
                merged.append((piece_lang, piece))
        return [(piece_lang, piece.strip()) for piece_lang, piece in merged if piece.strip()]

    def _unit_beyond_words(
        self, text: str, match: re.Match, lang: str, own: SpokenWords | None
    ) -> bool:
        """Whether letters joined by "/" in a sentence in Latin letters are a unit after a
        figure that the language's words do not say ("5 ml/h" in Polish, "4 mmol/L" in
        Welsh): its voice reads the "/" as "slash", so the English voice says it whole."""
        figure = re.search(r"(?<![\w.,/])\d+(?:[.,]\d+)? ?$", text[: match.start()])
        first = match.group().split("/")[0]
        if figure is None or first not in self._unit_letters:
            return False
        return "/" in units_in_words(figure.group() + match.group(), lang, own)

    def _unit_after_figure(self, text: str, at: int, start: int, unit: str) -> tuple[str, int]:
        """A unit joined by "/" (_LATIN_PER) in English words, and where its piece starts: after
        the figure before it, which stays in the sentence's voice ("16.6" in Urdu, then
        "millimoles per litre"), in the form that figure takes ("1 mmol/L" "millimole"). Where
        the English for the figure does not open the English for the measure, the English
        voice says the whole measure rather than part of a word."""
        figure = re.search(
            rf"(?:{_COUNT_TIMES})?(?<![\w.,/])\d+(?:[.,]\d+)? ?$",
            text[at:start],
        )
        if figure is None:
            return self(unit), start
        measure = self(figure.group() + unit)
        number = self(figure.group().strip())
        if measure.lower().startswith(number.lower() + " "):
            return measure[len(number) + 1 :], start
        return _figure_said_mid_sentence(figure.group(), measure), at + figure.start()

    def _spoken_piece(self, written: str, kind: str, words: SpokenWords) -> str:
        if kind in ("email", "web"):
            return self.address(written, words)
        if kind == "phone":
            return phone_number(written, words)
        if kind == "extension":
            return extension(written, words)
        return spell_digits(written, words)

    def _spoken_email(self, match: re.Match, text: str) -> str:
        """An e-mail address is introduced as one, so the listener knows what follows."""
        before = text[: match.start()].rstrip().lower()
        known = self.abbreviations | leaflet_abbreviations([text], self.words)
        address = self._spoken_address(match.group(), known)
        if re.search(r"\be-?mail(?: address)?:$", before):  # "Email: pals@nhs.net"
            return address
        introduced = re.search(r"\be-?mail(?: us)?(?: at| on)?$", before)
        return ("the address " if introduced else "the e-mail address ") + address

    def _handle(self, match: re.Match) -> str:
        """ "Follow us @NHSEngland on X" -> "Follow us at n h s England, all one word, on X"."""
        said = f"at {self.address(match.group(1))}"
        goes_on = re.match(r" \w", match.string[match.end() :])
        return said + ("," if goes_on and said.endswith("all one word") else "")

    def _hashtag(self, match: re.Match) -> str:
        """ "#HelloMyNameIs" -> "hashtag Hello My Name Is, all one word" (it was read as it is
        written, the sign and all)."""
        said = f"hashtag {self.address(match.group(1))}"
        goes_on = re.match(r" \w", match.string[match.end() :])
        return said + ("," if goes_on and said.endswith("all one word") else "")

    def _spoken_address(self, written: str, abbreviations: frozenset[str] = frozenset()) -> str:
        """An address said aloud; a full stop after it ends the sentence, not the address."""
        address = written.rstrip(".,;:!?")
        return self.address(address, abbreviations=abbreviations) + written[len(address) :]

    def address(
        self,
        address: str,
        words: SpokenWords = ENGLISH_WORDS,
        abbreviations: frozenset[str] = frozenset(),
    ) -> str:
        """ "www.nhs.uk" -> "w w w dot n h s dot u k"; e-mail addresses likewise, "@" as "at". An
        e-mail's name may open on one of `abbreviations` (see _abbreviation_opening)."""
        address = re.sub(r"^(?:https?://|mailto:)", "", address, flags=re.IGNORECASE).rstrip("/")
        spoken = []
        in_path = False
        in_name = "@" in address and words is ENGLISH_WORDS
        for part in re.split(r"([@./_?=&-])", address):
            if part in words.symbols:
                spoken.append(words.symbols[part])
                in_path = in_path or part == "/"
                in_name = in_name and part != "@"
            elif part:
                opening = in_name and _abbreviation_opening(part, abbreviations)
                said = opening or self._address_part(part, words, in_path)
                if words is ENGLISH_WORDS and not part.isdigit() and _said_as_several_words(said):
                    said += ", all one word,"
                spoken.append(said)
        return " ".join(spoken).rstrip(",")

    def _address_part(self, part: str, words: SpokenWords, in_path: bool = False) -> str:
        known = self.words.address_words.get(part.lower())
        if known:
            return known
        if words is ENGLISH_WORDS:
            words = DECIMAL_DIGITS  # "what0-18.nhs.uk": a zero, never "oh", beside letters
        if part.isdigit():
            return spell_digits(part, words)
        pieces = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+", part)
        if len(pieces) > 1:
            return " ".join(
                spell_digits(piece, words)
                if piece.isdigit()
                else " ".join(piece.lower())
                if piece.isupper() and len(piece) <= 4 and piece not in self._said_as_words
                else piece
                for piece in pieces
            )
        # config's letters, as in a sentence: ".../conditions/hiv" ("us" and "it" are words)
        if len(part) > 2 and part.upper() in self._spelt_out:
            return " ".join(part.lower())
        if len(part) <= 3 and not _short_address_word(part, in_path):
            return " ".join(part.lower())
        if _initials_in_address(part, in_path):
            return " ".join(part.lower())
        return " ".join(_run_together_words(part))

    def _dose(self, match: re.Match) -> str:
        """ "three 2.5 mg tablets" -> "three tablets, each of 2.5 milligrams,": a count said
        straight before a dose runs into it ("three two point five" heard as "3.5", "two one
        thousand units" as "2,000 units"). A pause closes the dose when the sentence goes on."""
        count, dose, unit, note, name, form, plural = match.groups()
        one, many = self._unit_names[unit.lower()]
        # a note on the tablet stays with its dose: "one 1 mg (brown) tablet" was "one one
        # milligram (brown) tablet", heard as eleven
        note = note or ""
        amount = f"{dose} {one if dose == '1' else many}{note}"
        if count is None:  # "Paracetamol 500mg tablets": no count to run into the dose
            return f"{dose} {one}{note} {name}{form}{plural}"
        if count.lower() in ("a", "an", "one", "1"):
            return f"{count} {name}{form} of {amount}"
        goes_on = re.match(r" [\w=]", match.string[match.end() :])  # "= 30 mg": "which is"
        return f"{count} {name}{form}{plural}, each of {amount}{',' if goes_on else ''}"

    def _strength_counted(self, match: re.Match) -> str:
        """ "2 x 500mg" -> "two, each of 500 milligrams,", as a counted dose with its form is
        said (_dose): "times" made it a sum to work out, and "two five hundred" ran together."""
        count, dose, unit = match.group(1, 2, 3)
        one, many = self._unit_names[unit.lower()]
        amount = f"{dose} {one if dose == '1' else many}"
        if holder := match["holder"]:  # "one syringe of 5 milligrams", as a tablet's is said
            holder = holder.strip(" ")
            if count == "1":
                return f"{count} {holder.removesuffix('s')} of {amount}"
            holder = holder if holder.endswith("s") else holder + "s"
            goes_on = re.match(r" (?!of\b)[\w=]", match.string[match.end() :])
            return f"{count} {holder}, each of {amount}{',' if goes_on else ''}"
        if count == "1":
            return f"{count} of {amount}"
        goes_on = re.match(r" (?!of\b)[\w=]", match.string[match.end() :])  # "... units of D"
        return f"{count}, each of {amount}{',' if goes_on else ''}"

    def _blank(self, match: re.Match) -> str:
        if match.group("unit") and _EVERY_BEFORE.search(match.string[: match.start()]):
            return every_so_many(match.group("unit"), self.filled_in_by)
        return spoken_fill_in(match.group("unit"), self.filled_in_by)

    def _blank_for_measure(self, match: re.Match) -> str:
        """ "____ kg" and "____ mmol/L" in their units; "__ mins" as "__ minutes" is."""
        unit, per = match.group(1), match.group(2)
        if not per and unit.isalpha() and unit.endswith("s"):
            return spoken_fill_in(self._measured_in(unit), self.filled_in_by)
        return spoken_fill_in(None, self.filled_in_by, self._measured_in(unit, per))

    def _blank_range_said(self, match: re.Match) -> str:
        """ "Keep your INR between ____ and ____" as one range the care team gives, not two
        spaces said one after the other."""
        between = f"{match.group('between') or 'between'} "
        counted, measure, per = match.group("counted"), match.group("measure"), match.group("per")
        if measure and not per and measure.isalpha() and measure.endswith("s"):
            counted, measure = self._measured_in(measure), None
        said = _range_said(between, self.filled_in_by, counted or "")
        return f"{said}, in {self._measured_in(measure, per)}" if measure else said

    def _code(self, match: re.Match) -> str:
        """A code in the text ("quote AB/12345", "HEY-665/2021") sign by sign, as it is quoted;
        "COVID-19" and such listed words are said as words."""
        if match.group(1) in self._said_as_words:
            return match.group()
        if re.fullmatch(r"[A-Z]+-[1-9]\d?", match.group()):  # "ICD-10", "HIV-1": a name
            return match.group().replace("-", " ")
        return spoken_reference(match.group())

    @staticmethod
    def _service_number(match: re.Match) -> str:
        """ "111" -> "one one one"; a relay prefix before a telephone number (already said, so
        starting "oh") is kept apart from it: "18001 0116 ..." ran on as one long number."""
        before_a_number = re.match(r" oh\b", match.string[match.end() :])
        return spell_digits(match.group()) + ("," if before_a_number else "")

    def _strength_said(self, match: re.Match) -> str:
        amount, unit, per_amount, per_unit = match.groups()
        if per_amount and _MEASURE_KIND.get(unit.lower()) == _MEASURE_KIND.get(per_unit.lower(), 0):
            text = match.string
            if _COMBINATION_BEFORE.search(text[: match.start()]) or _COMBINATION_AFTER.match(
                text, match.end()
            ):
                # a combination medicine's strengths are each tablet's: "co-amoxiclav
                # 500mg/125mg" had been "500 milligrams, or 125 milligrams"
                return f"{amount} {unit} slash {per_amount} {per_unit}"
            # "0.15mg / 0.3mg", "5kg / 11lb": two measures of one kind are either, not a strength
            return f"{amount} {unit}, or {per_amount} {per_unit}"
        if per_unit in _PER_TIME:
            return f"{amount} {unit} {_per_said(per_unit, self.words.units)}"  # "an hour"
        said = (
            f"{amount} {unit} in {per_amount} {per_unit}"
            if per_amount
            else f"{amount} {unit} per {self.words.units[per_unit][0]}"
        )
        if per_unit.lower() in _VOLUMES and self._amount_after_strength.match(
            match.string, match.end()
        ):
            return f"{said},"
        return said

    def _unit_in_its_case(self, match: re.Match) -> str:
        """ "7 MMOL/L" -> "7 mmol/L": a leaflet set in capitals ("M M O L or L" before); left as
        written when a part is no unit ("2 BD")."""
        written = match.group("unit")
        parts = [
            part if part in self.words.units else self._unit_cases.get(part)
            for part in written.split("/")
        ]
        if None in parts:
            return match.group()
        return match.group().replace(written, "/".join(parts))

    def _either_word(self, match: re.Match) -> str:
        """ "sick/dizzy" -> "sick or dizzy" (the voice said "sick slash dizzy"); "and/or" ->
        "and or"; a respelling's own slash ("w/o", "N/A") is the respelling's; two medicines'
        slash is said."""
        left, right = match.group(1), match.group(2)
        if f"{left}/{right}".lower() in self._said_with_slash:
            return match.group()
        if _MEDICINE_NAME.fullmatch(left) and _MEDICINE_NAME.fullmatch(right):
            # "co-careldopa/entacapone" is one medicine, "paracetamol/ibuprofen" may be a
            # choice: the slash is said as printed, never "or"
            return f"{left} slash "
        if (_NAME_IN_PARTS.search(left) or _NAME_IN_PARTS.search(right)) and max(
            len(left), len(right)
        ) <= 5:
            # one vaccine or product named in parts ("Hib/MenC", "DTaP/IPV"): no choice
            return f"{left} "
        return f"{left} " if (left.lower(), right.lower()) == ("and", "or") else f"{left} or "

    def _measured_in(self, unit: str, per: str | None = None) -> str:
        """ "mg", "kg" -> "milligrams per kilogram": a unit, and what it is per, in words."""
        said = self.words.units[unit][1]
        return f"{said} per {self.words.units[per][0]}" if per else said

    def _units_said(self, match: re.Match) -> str:
        """ "dose in mg/kg" -> "dose in milligrams per kilogram"."""
        return self._measured_in(match.group(1), match.group(2))

    def _unit_named(self, match: re.Match) -> str:
        """ "(mmol/L)" -> "(in millimoles per litre)"; after the unit said in full it is unsaid
        ("400 micrograms (mcg)" was "four hundred micrograms (in micrograms)")."""
        said = self._measured_in(match.group(1) or match.group(2), match.group(3))
        before = match.string[: match.start()].rstrip()
        if match.group(3) is None and before.lower().endswith(
            tuple(self.words.units[match.group(1) or match.group(2)])
        ):
            return "\x00"
        return f"(in {said})"

    def _unit(self, match: re.Match) -> str:
        """ "12cm" -> "12 centimetres"; but "a 2cm cut" is "a 2 centimetre cut", and "a 6-8 cm
        scar" "a 6 to 8 centimetre scar"."""
        number, unit = match.groups()
        one, many = self.words.units[unit]
        describes = re.search(
            r"\b(?:a|an)\s(?:\d+(?:\.\d+)? (?:to|or) )?$", match.string[: match.start()], re.I
        )
        return f"{number} {one if number == '1' or describes else many}"

    def _year(self, match: re.Match) -> str:
        """A year after a word leading to one (see _YEAR), with its range's end; figures after a
        preposition that count what follows them ("in 2000 people", "of 1950 calories", "from
        1950 ml") are a count ("the Act 2010 protects" is no plural)."""
        following = re.match(r" ?([A-Za-z\u00b5]+)", match.string[match.end() :])
        if following and match.group(1).lower() in _YEAR_PREPOSITIONS:
            word = following.group(1)
            plural = len(word) > 2 and word.endswith("s") and word.lower() not in _NOT_PLURAL
            if word in self.words.units or plural and not re.fullmatch(_YEAR_DATES, word):
                return match.group()
        lead, year, joint, end = match.groups()
        said = f"{lead} {year_words(int(year))}"
        return said + (f"{joint}{year_words(int(end))}" if end else "")

    def _year_range(self, match: re.Match) -> str:
        """ "2020-2024": years, where the second is the later and nothing counted follows."""
        first, joint, last = match.groups()
        following = re.match(r" ?([A-Za-z\u00b5]+)", match.string[match.end() :])
        counts = following and (
            following.group(1) in self.words.units or following.group(1).endswith("s")
        )
        if counts or not 0 < int(last) - int(first) <= 30:
            return match.group()
        return f"{year_words(int(first))} to {year_words(int(last))}"

    def _clock_written_otherwise(self, text: str) -> str:
        """A time a schedule writes without a colon, written with one for the clock's rules:
        "Take tablets: 08.00, 14.00, 22.00" was "eight point zero zero, fourteen point zero
        zero", "arrive at 0730 hrs" "seven hundred and thirty hours"."""
        text = _TWELVE_NAMED.sub(
            lambda m: "12 " + re.search(r"midday|noon|midnight", m.group()).group(), text
        )
        text = _TIME_AFTER_ITS_PART.sub(_time_after_its_part, text)
        text = self._morning_before_afternoon.sub(_morning_before_afternoon, text)
        for form in self._clock_forms:
            text = form.sub(r"\1:\2", text)
        text = _CLOCK_FIGURES_RANGE.sub(_clock_figures_range, text)
        text = _CLOCK_AFTER_A_LEAD.sub(self._clock_after_a_lead, text)
        text = self._quarter_hours_range.sub(
            lambda m: m.group() if _MEASURE_BEFORE.search(m.string[: m.start()])
            else f"{m[1]}:{m[2]}{m[3]}{m[4]}:{m[5]}",
            text,
        )
        while True:
            joined = self._clock_after_clock.sub(r"\1\2:\3", text)
            if joined == text:
                break
            text = joined
        # the last of a range or list in hours: "between 0800 and 1700 hours" had been "... and
        # five in the afternoon hours"
        text = _HOURS_AFTER_CLOCK.sub(r"\1", text)
        return _RANGE_THEN_PART_OF_DAY.sub(_part_of_day_to_its_time, text)

    def _clock_after_a_lead(self, match: re.Match) -> str:
        """ "until 1130" as "until 11:30" for the clock's rules; a count, a dose or a year as
        it is (see _CLOCK_AFTER_A_LEAD)."""
        if not _AFTER_A_CLOCK.fullmatch(match["after"]):
            return match.group()
        text = match.string
        about = re.search(rf"\b(?i:{'|'.join(_ABOUT_A_TIME)}) $", text[: match.start()])
        if about and not (_TIME_OF_DAY.search(text) or _ANOTHER_TIME.search(text)):
            return match.group()  # "about 2200 steps", "about 1200" alone: a count
        if match[1] == "24":  # "before 2400": midnight, as the clock has no 24:00
            return f"midnight{match['end'] or ''}{match['after']}"
        end_a_time = match["end"] and not re.search(r"(?:19|20)\d\d$", match["end"])
        if 1900 <= int(match[1] + match[2]) < 2100 and not (
            end_a_time  # "from 2000 to 0600" (a night's feed) had been "two thousand to ..."
            or re.search(r"\b(?i:at) $", text[: match.start()])
            or _ANOTHER_TIME.search(text[: match.start()] + " " + text[match.end() :])
            or _TIME_OF_DAY.search(text)
        ):
            return match.group()
        end = match["end"] or ""
        if end:
            end = re.sub(r"((?:[01]\d|2[0-3]))[.:]?([0-5]\d)$", r"\1:\2", end)
        return f"{match[1]}:{match[2]}{end}{match['after']}"

    def _dotted_time(self, match: re.Match) -> str:
        """ "at 14.30" -> "at two thirty in the afternoon"; "Fri, 8.30-4.30" -> "Fri, eight
        thirty to four thirty"; but a level or a dose between two values is none ("Your INR
        should be between 2.00 and 3.00" was "between two o'clock and three o'clock", "between
        1.25 and 2.50 ml" "between one twenty-five and two point five zero millilitres")."""
        lead, hour, minutes, end_hour, end_minutes = match.groups()
        text, lead_word = match.string, lead.lower()
        if hour == "0" or end_hour == "0":
            return match.group()  # "0.50" is no time: "to 0.50 of the dose" was "twelve fifty"
        if lead_word == "between" and (
            self._range_end_measured.match(text, match.end())
            or _MEASURE_BETWEEN.search(text[: match.end(1)])
        ):
            return match.group()
        if lead_word == "and" and (
            start := re.search(r"\bbetween \d{1,2}\.\d\d $", text[: match.start()])
        ) and _MEASURE_BETWEEN.search(text[: start.start() + len("between")]):
            return match.group()
        if lead_word == "and" and _VALUE_LISTED_BEFORE.search(text[: match.start(2)]) and (
            _about_a_level(text[: match.start()])
        ):
            return match.group()  # "Your INR results were 2.50, 3.10 and 13.50" (no times)
        if lead_word == "to" and (start := _VALUE_BEFORE_TO.search(text[: match.start(2)])) and (
            not self._clock_dot.match(text, start.start())
        ):
            # the start of the range left a value (_worded_range_start), so is its end: "Score
            # 5.30 to 14.20 points", "Your INR should be 2.00 to 3.00" had ended "two twenty in
            # the afternoon", "three o'clock"; "1.25 to 2.50 of the dose" "two fifty"
            return match.group()
        sentence = re.split(r"[.!?;]\s", text[: match.start()])[-1]
        from_one_to_another = (
            re.match(r" to \d{1,2}\.\d\d\b", text[match.end() :]) if lead_word == "from"
            else re.search(r"\bfrom \d{1,2}\.\d\d to $", text[: match.start(2)])
            if lead_word == "to" else None
        )
        if from_one_to_another and _A_CHANGE_OF_AMOUNT.search(sentence) and not (
            _TIME_OF_DAY.search(text) or _ABOUT_HOURS.search(sentence)
        ):
            # an amount changed from one value to another: "Increase your dose from 1.25 to
            # 2.50" had been "from one twenty-five to two fifty", a dose said as times
            return match.group()
        if not end_hour:
            return f"{lead} {_time_24(hour, minutes, match.string[match.end() :])}"
        first = _time_24(hour, minutes, f"-{end_hour}.{end_minutes}")
        return f"{lead} {first} to {_time_24(end_hour, end_minutes, '')}"

    def _capitals(self, match: re.Match) -> str:
        """A word of two to four capitals: listed as said as a word ("NICE"), spelt out
        ("G P", and the listed "M E"), or a common word in capitals for emphasis, said as the
        word ("DO NOT" was spelt out "D O N O T" and lost its "not")."""
        word, ending = match.groups()  # "GP's", "ECGs", "DON'T"
        if word in self._said_as_words:
            return word + ending
        if word in _PRONOUNS_WHEN_SHOUTED and _shouted(match):
            return match.group().lower()  # "TAKE IT WITH FOOD" was "take I T with food"
        if word not in self._spelt_out and not _stands_for_words_before(match):
            if _common_word(match.group().lower()) or _common_word((word + ending[:2]).lower()):
                return match.group().lower()
            if _common_word(word.lower()):  # "DOs and DON'Ts"
                return word.lower() + ("'s" if ending == "s" else ending.lower())
            if _shouted(match) and _word_in_shouted_text(word.lower()):
                return match.group().lower()  # "GETTING ENOUGH MILK" was "... M I L K"
            if _INSTRUCTION_LEAD.search(match.string[: match.start()]) and _word_in_shouted_text(
                word.lower()
            ):
                return match.group().lower()  # "Do not LIE flat" was "Do not L I E flat"
        # a plural's "s" after a letter is read as the letter S ("E C Gs" was heard "E.C., G.S.")
        return " ".join(word) + ("'s" if ending == "s" else ending)


    def _long_capitals(self, match: re.Match) -> str:
        """Five or six capitals with one vowel at most that are no word anyone writes ("CRHTT",
        "NHSBT"), spelt out as "G P" is: the voice had made a word of them. ("PATCH",
        "SHARPS" and "CAMHS", said "cams", are words.)"""
        from wordfreq import zipf_frequency

        word, ending = match.groups()
        if word in self._said_as_words or len(re.findall("[AEIOU]", word)) > 1:
            return match.group()
        if zipf_frequency(word.lower(), "en") >= _NO_WORD_ZIPF:
            return match.group()
        return " ".join(word) + ("'s" if ending == "s" else ending)


def _stands_for_words_before(match: re.Match) -> bool:
    """Whether capitals in brackets stand for the words just before them: "carbon monoxide
    (CO)" is C O, though "co" is a word (a code, "HEY-665", was spelt already by _CODE)."""
    text, start = match.string, match.start()
    # (a figure may follow, said by now: "carbon dioxide (CO2)" is "(C O two)")
    if text[start - 1 : start] != "(" or not re.match(r"(?: [a-z]+)?\)", text[match.end() :]):
        return False
    letters = match.group(1).lower()
    before = [word.lower() for word in re.findall(r"[A-Za-z]+", text[: start - 1])]
    for count in range(1, len(letters) + 1):  # "monoxide" gives the O of "CO"
        words = before[-count:]
        if len(words) == count and words[0][0] == letters[0] and _in_order(letters, "".join(words)):
            return True
    return False


def _in_order(letters: str, text: str) -> bool:
    """Whether the letters are in the text, in their order (not necessarily together)."""
    rest = iter(text)
    return all(letter in rest for letter in letters)


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
# The words a figure is said in, "one" to "hundred" (what a letter after a number follows).
NUMBER_NAMES = (*_ONES[1:], *_TENS[2:], "hundred")
# The words a number is said in (to tell them from a sentence's own words).
_NUMBER_WORDS = frozenset([*_ONES, *_TENS[2:], "oh", "hundred", "thousand", "and"])
_ORDINALS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip


_LARGE = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred"))


def number_words(number: int) -> str:
    """442 -> "four hundred and forty-two", as British English says it ("and" after hundred)."""
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    for size, name in _LARGE:
        if number >= size:
            high, rest = divmod(number, size)
            said = f"{number_words(high)} {name}"
            if not rest:
                return said
            joiner = " and " if rest < 100 or size == 100 else " "
            return said + joiner + number_words(rest)
    raise AssertionError(number)


def ordinal_suffix(number: int) -> str:
    """1 -> "st", 12 -> "th", 22 -> "nd"."""
    if 11 <= number % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _stones(match: re.Match) -> str:
    """ "10st" -> "10 stone", read before ordinals are; "1st" and "21st" stay ordinals."""
    number = int(match.group(1))
    if ordinal_suffix(number) == "st" and " " not in match.group():
        return match.group()  # "1st", "21st": first, twenty-first
    return f"{match.group(1)} stone"


def ordinal_words(number: int) -> str:
    """21 -> "twenty-first"."""
    said = number_words(number)
    head, _, last = said.rpartition("-") if "-" in said else said.rpartition(" ")
    joiner = "-" if "-" in said else " "
    last = _ORDINALS.get(last) or (last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return f"{head}{joiner}{last}" if head else last


def year_words(year: int) -> str:
    """2023 -> "twenty twenty-three", 2005 -> "two thousand and five", 1990 -> "nineteen ninety"."""
    high, low = divmod(year, 100)
    if 2000 <= year < 2010 or not 1100 <= year < 2100:
        return number_words(year)
    if low == 0:
        return f"{number_words(high)} hundred"
    return f"{number_words(high)} {'oh ' if low < 10 else ''}{number_words(low)}"


def decimal_words(written: str) -> str:
    """ "2.5" -> "two point five"; "10,000" -> "ten thousand"; zero is "zero", never "nought"
    (a listener might hear "not" in a dose)."""
    whole, _, fraction = written.replace(",", "").partition(".")
    said = number_words(int(whole)) if whole else "zero"
    return f"{said} point {spell_digits(fraction, DECIMAL_DIGITS)}" if fraction else said


def _respelt(match: re.Match, said: str) -> str:
    """A respelling; an abbreviation's full stop that also ends the sentence ("1 puff b.d.")
    still ends it."""
    written = match.group()
    ends = written.endswith(".") and not match.string[match.end() :].strip()
    before = match.string[: match.start()].strip()
    if _in_capitals(written) and before:
        return said + ("." if ends else "")  # "1-2 puffs PRN": "when needed", not "When"
    if not match.re.flags & re.IGNORECASE and before and before[-1] not in ".!?:":
        return said + ("." if ends else "")  # "low Hb": the capital is the word's, not a sentence's
    return _capitalised_like(written, said) + ("." if ends else "")


def _in_capitals(written: str) -> bool:
    """ "PRN", "TTOs" (a plural's "s" aside)."""
    letters = [c for c in re.sub(r"(?<=[A-Z])s$", "", written) if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _capitalised_like(written: str, said: str) -> str:
    """A respelling keeps the capital of the word it replaces, so the script still reads well."""
    return said[:1].upper() + said[1:] if written[:1].isupper() and said[:1].islower() else said


def _said_as_several_words(said: str) -> bool:
    """ "leicesters hospitals" is one word of an address said as two; "u h l" is spelled."""
    pieces = said.split()
    return len(pieces) > 1 and not all(len(piece) == 1 for piece in pieces)


# A value written in that identifies (a hospital or record number): letters and five or more
# figures, no spaces.
# (in groups, with letters or in three groups: "12 500" units is a number)
# A hospital or NHS number written in, in the groups staff type it ("RX1234567", "rx 123 4567",
# "943-476-5919", "S123456/7"): it was said as quantities ("nine hundred and forty-three ...").
_IDENTIFIER = re.compile(
    r"(?=(?:\D*\d){6})(?!\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$)"  # six digits or more, no date
    r"(?:[A-Za-z]{0,4}\d{5,}[A-Za-z]?|[A-Za-z]{1,4}[ -]?\d{2,6}(?:[ /-]\d{1,5})+[A-Za-z]?"
    r"|\d{2,5}(?:[ /-]\d{1,5}){2,}|\d{5,}/\d{1,3})"
)


def _spoken_identifier(value: str) -> str:
    """ "RX1234567" -> "R X, one two three four five six seven"; "RX 123 4567" in the groups
    it is written in."""
    pieces = re.findall(r"[A-Za-z]+|\d+", value)
    return ", ".join(
        spell_digits(piece, DECIMAL_DIGITS) if piece.isdigit() else " ".join(piece.upper())
        for piece in pieces
    )


# The reader keeps this record: "Write down each dose", "Keep a diary", "Weigh yourself", a
# heading "Record for your child" or "Bladder diary". Its blanks are theirs to fill ("Time of
# last dose" had been "your care team will fill this in").
_OWN_RECORD = re.compile(
    r"\b(?:write (?:it |them |this |each \w+ |every \w+ )?down|keep a (?:record|note|diary|log)|"
    # a label telling the reader to write: "Write your questions here:", "Write any side effects
    # you notice here:" (said as the care team's to fill), "a space to write your questions"
    r"(?:^|(?<=[.!?] ))write (?:your|any|what|how|when)|space (?:for you )?to write|"
    r"fill (?:it|this|them) in yourself|you (?:can )?(?:record|write|fill)|"
    r"please tick|tick (?:one|a|the|each|any) (?:\w+ )?box(?:es)?|"  # "Please tick one box"
    # "Please fill in the sleep diary", "Please complete this form before your scan"
    r"(?:fill in|fill out|complete) (?:the|this|your|our) (?:[\w-]+ )?(?:diary|form|"
    r"questionnaire|chart|record|log|sheet)|"
    r"record (?:each|every|when|how|your)|(?:diary|log|record) for you|"
    r"note (?:down|the (?:time|date)|when|each|how (?:long|many|much))|"
    # a measure the reader takes of themselves: "Weigh yourself every morning", "Check your
    # blood pressure twice a day" (the weight after it had been "the number of kilograms your
    # care team gives you")
    r"weigh yourself|(?:check|take|measure|test) your (?:own )?(?:blood pressure|temperature|"
    r"pulse|weight|blood sugar|blood glucose|peak flow|oxygen level))\b",
    re.IGNORECASE,
)
# ... and a letter's reply slip or a form the reader sends back ("Name:", "Signed:" are theirs)
_RECORD_HEADING = re.compile(
    r"\b(?:record|diary|log|chart)s?\b|\b(?:reply|tear[- ]off|return) (?:slip|form)\b"
    # the readings a reader takes: "Your readings", "My blood pressure readings"
    r"|^(?:your|my) (?:[\w ]{1,25} )?readings\b"
    r"|\b(?:fill in|fill out|complete) (?:this|the|your) (?:form|questionnaire)\b",
    re.IGNORECASE,
)
# ... and a plan in the reader's own words: "My warning signs", "Things I can do to help
# myself", "most important to me" (a question, "What should I do if I miss a dose?", is not)
_FIRST_PERSON = re.compile(
    r"^(?:step \d+: )?my\b|\b(?:I can|I will|help me|help myself|keep myself|to me)\b"
    # the reader's own choices in a plan: "In a crisis, I agree that staff may contact: ____"
    r"|\bI (?:agree|consent|do not want|don['’]t want|would like|would prefer|give permission)\b",
    re.IGNORECASE,
)
# "Your pharmacist will write your doses here": someone else fills the blanks after it
_STAFF_WRITES = re.compile(
    r"\b(?:your|the) (?!own\b)[\w ]{2,30}? will (?:write|fill|complete|add|tell)\b", re.I
)


# A blank for the reader's own particulars, on any form: "Full name:", "Date of birth:",
# "Signature of patient:" (a questionnaire's had been "your care team will fill this in"); not
# someone else's ("Name of therapist:").
_READERS_OWN_DETAIL = re.compile(
    # (or their child's: "Child's name:", an asthma plan a parent keeps)
    r"(?:(?:your |my )?child['’]s (?:full )?)?"
    r"(?:(?:(?:your|full|patient['’]?s?|first|last) )?(?:name|surname)|date of birth|DOB|"
    r"(?:your |home )?address|postcode|(?:patient['’]?s? |your )?signature(?: of patient)?|"
    r"signed|(?:your )?NHS number"
    # when the reader began or ended something of their own: "Date pack started:" (a rescue
    # pack started at home), "Time finished:" (a urine collection)
    r"|(?:date|time)(?: [\w-]+){0,3} (?:started|finished|stopped|begun|opened))\s*:$",
    re.IGNORECASE,
)


# ... and when the reader began or ended it said before the blank, in its label's words or its
# column's ("Date started: ____", "| Time started |", "The collection started on ____ at ____")
_STARTED_BEFORE = re.compile(
    r"^(?:[\w'’-]+ ){0,5}?(?:(?:date|time|day)(?: [\w-]+){0,3} (?:started|finished|stopped|begun)"
    r"|(?:started|finished|stopped|began) (?:on|at)(?: [\w'’-]+ (?:on|at))?)\s*:?\s*$",
    re.IGNORECASE,
)
# ... and a start the leaflet has the reader choose, "Choose a day to start when you will be at
# home", "You can start on any day": its date and time ("Start date: ____") are theirs to write
_START_NAMED = re.compile(
    r"^(?:[\w'’-]+ ){0,3}?(?:(?:start(?:ing)?|first) (?:date|time|day)|"
    r"(?:date|time|day) (?:you |to |of )?start(?:ed|ing)?(?: [\w-]+){0,2}|"
    r"(?:start|begin)s? (?:on|at))\s*:?\s*$",
    re.IGNORECASE,
)
_READER_CHOOSES_START = re.compile(
    r"\b(?:choose|pick|decide on|select)\b[^.!?]{0,30}\b(?:day|date|time|when)\b[^.!?]{0,40}"
    r"\bstart|\byou (?:can|may) (?:start|begin)\b[^.!?]{0,40}\bany (?:day|time)\b",
    re.IGNORECASE,
)


def _readers_start(before: str, reader_starts: bool) -> bool:
    """Whether a blank after `before` (its line's text before it) asks when the reader began
    or ended something of their own: theirs to write, as "Date started:" is."""
    sentence = sentence_before_blank(before).strip()
    return bool(
        _STARTED_BEFORE.match(sentence) or reader_starts and _START_NAMED.match(sentence)
    )


_BARE_SIGNATURE = re.compile(r"(?:signature|signed)\s*:$", re.IGNORECASE)
_FOR_STAFF = re.compile(
    r"\b(?:checked|completed|seen|witnessed) by\b|\b(?:for )?(?:office|official|staff|clinic) use\b"
    r"|^\s*(?:radiographer|nurse|doctor|clinician|physiotherapist|therapist|pharmacist|midwife|"
    r"consultant|prescriber)['’]?s?\b"  # "Nurse's signature:"; not "Questions to ask your nurse:"
    r"|\b(?:prescribed|written|completed) by\b"  # "Plan written by (nurse/doctor):"
    # the name of whoever treats the reader, which they write themselves: "Name of therapist:"
    r"|^\s*name of (?:the |your )?(?:physio)?(?:therapist|radiographer|nurse|doctor|clinician|"
    r"midwife|pharmacist|consultant)\b",
    re.IGNORECASE,
)


# A line that opens a part of a form for staff: "For clinic use only", "Staff use only:", "To
# be completed by the nurse" (its blanks, and those after it until the next heading, are theirs).
_STAFF_PART = re.compile(
    r"^\W*(?P<for>for )?(?:office|official|staff|clinic|clinical|hospital|ward|nurse|nursing|"
    r"pharmacy|medical|healthcare professional|health professional)['’]?s? use"
    r"(?(for)\b|(?: only\b|\W*$))"  # ("Clinic use of steroids ..." opens no part)
    r"|^\W*to be (?:completed|filled in|checked) by (?:the |a |your )?(?:staff|nurse|doctor|"
    r"clinician|pharmacist|midwife|physiotherapist|therapist|radiographer|clinic|ward|"
    r"care team|health ?care professional)\b"
    r"|^\W*for (?:the )?(?:staff|nurse|doctor|clinic|ward|pharmacist) to (?:complete|fill in)\b",
    re.IGNORECASE,
)


def _in_own_words(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text)) and not text.rstrip().endswith("?")


# A form's part for the reader's own particulars: "Your details", "About you".
_READERS_DETAILS_HEADING = re.compile(
    r"^(?:(?:your|my|personal) (?:details|particulars)|about (?:you|me))$", re.IGNORECASE
)


def _keeps_own_record(block: Block, now: bool) -> bool:
    """Whether the blanks from this block on are the reader's own: a heading starts a part
    afresh; a sentence asking the reader to write things down makes the rest of it theirs."""
    if isinstance(block, Heading):
        text = plain_text(block.spans)
        return bool(
            _RECORD_HEADING.search(text) or _OWN_RECORD.search(text) or _in_own_words(text)
            or _READERS_DETAILS_HEADING.match(text.strip().rstrip(":"))
        )
    if isinstance(block, (Paragraph, Notice)):
        text = plain_text(block.spans)
        # ("Use the chart below to write down when you changed position. Your nurse will tell
        # you how often to move.": the chart is still the reader's)
        sentences = re.split(r"(?<=[.!?])\s+", text)
        if any(
            _OWN_RECORD.search(sentence) and _RECORD_HEADING.search(sentence)
            and not _STAFF_WRITES.search(sentence)
            for sentence in sentences
        ):
            return True
        if _STAFF_WRITES.search(text):
            return False
        return now or bool(_OWN_RECORD.search(text)) or _in_own_words(text)
    return now


# A prescription in a plan written as its reader ("I take ____ puffs in the morning", "My
# preventer inhaler is called ____"): the prescriber writes it in, though the plan is the
# reader's own (the family had been told to write in the child's dose themselves).
# (or the child the plan is written for: "they take ____ puffs in the morning")
_I_TAKE = re.compile(
    r"\b(?:I|they|he|she|my child|your child) (?:takes?|uses?|have|has|needs?)\b", re.IGNORECASE
)
_MEDICINE_CALLED = re.compile(
    r"\b(?:inhaler|medicines?|tablets?|spray|cream)\s(?:\([^)]*\)\s)?(?:is|are) called\s*$",
    re.IGNORECASE,
)
_DOSE_COUNTED = re.compile(
    r"^(?:puffs?|tablets?|capsules?|doses?|drops?|sprays?|mg|micrograms?|mcg|ml|units?"
    r"|times (?:a|per|each) day)\b",  # "I take ____ puffs ..., up to ____ times a day"
    re.I,
)


# ... and a value the care team sets, whoever's words ask for it: "My target INR is ____ (range
# ____ to ____)" (the patient had been told to write in a target of their own), "My reason for
# taking warfarin:", "Planned length of treatment:", "My warfarin dose is ____ mg". What the
# reader measures or notes ("My INR today:", "Time of last dose:") stays theirs.
_SET_BY_CARE_TEAM = re.compile(
    r"\btarget\s+(?!(?:is|was|for|to|of)\b)[A-Za-z]"  # "My target potassium: ____ mmol/L"
    r"|\breasons? for (?:taking|having|using|your|my|this|the)\b"
    r"|\b(?:planned )?length of (?:treatment|course|time to take)\b|\bplanned\b"
    r"|\bdiagnosis\b|\b(?:my|your)\s+(?:[\w-]+\s+){0,3}(?:dose|strength)\s*(?:is|:|$)"
    r"|\bTDD\b"  # "10% of my TDD is ____ units": the total daily dose's share
    # a dialysis patient's fluid allowance and dry weight, which the renal team sets ("My fluid
    # allowance: ____ ml a day" had been the patient's to write)
    r"|\ballowance\b|\bdry[\"”’']? (?:\(target\) )?weight\b|\btarget\)"
    r"|\b(?:fluid|salt|sodium|daily) (?:limit|restriction)\b"  # a heart failure leaflet's
    r"|\bprescribed (?:rate|dose|amount)\b",  # "keep it at your prescribed rate of ____ L/min"
    re.IGNORECASE,
)


# ... and so is the medicine such a most is for: "as written in your plan: ____ up to ____ mg"
_UP_TO_A_DOSE = re.compile(r"\s*up to\s*")


def _prescribed_to_me(spans: Inline, index: int) -> bool:
    """Whether the blank at `index` is a dose or a medicine's name the reader is prescribed, in
    their own words: its sentence says "I take" and it counts a dose, or it names what a
    medicine "is called"; or it asks for a value the care team sets (_SET_BY_CARE_TEAM)."""
    sentence = re.split(r"[.!?]\s+", "".join(span.text for span in spans[:index]))[-1]
    if _MEDICINE_CALLED.search(sentence):
        return True
    if _SET_BY_CARE_TEAM.search(sentence) or _SET_BY_CARE_TEAM.search(spans[index].text):
        return True
    if re.search(r"\bup to\s*$", sentence) and _DOSE_COUNTED.match(spans[index].text):
        return True  # the most to take, "up to ____ mg in 24 hours", is the prescriber's
    most = spans[index + 2] if index + 2 < len(spans) else None
    if most and most.field and _UP_TO_A_DOSE.fullmatch(spans[index + 1].text):
        if _DOSE_COUNTED.match(most.text):
            return True
    return bool(_DOSE_COUNTED.match(spans[index].text) and _I_TAKE.search(sentence))




# what may stand between two blanks of one sentence said together: "on ____ at ____",
# "____, ____", "on ____ or ____" (never "to" or a dash, a range's)
_JOINS_BLANKS = re.compile(
    r"\s*,?\s*(?:(?:and|or)\s+)?(?:(?:at|on|in|by|with|for|from)\s+)?", re.IGNORECASE
)


# A blank for a day ("Come back on [day]"): a day of the week or a date, never a count
# (model.counts_something); said as the day to be told or written in.
_A_DAY_BLANK = re.compile(r"(?i:day)")


def _blank_said(label: str, who: str, said_as: str | None = None) -> str:
    """model.field_said, a blank for a day said as the day to be told or written in."""
    if _A_DAY_BLANK.fullmatch(label.strip()):
        return field_said(f"the {said_as or label.strip()}", who)
    return field_said(label, who, said_as)


def _told_with_next(spans: Inline, index: int) -> bool:
    """Whether the blank two on from `index` is one its reader is told, as the one at `index`
    is ("your care team will tell you the time"), with only a word such as "at" between
    them: the two are said as one ("on a date and at a time your care team will tell you")."""
    if index + 2 >= len(spans) or spans[index + 1].field or not spans[index + 2].field:
        return False
    label = spans[index + 2].text
    after = spans[index + 3].text if index + 3 < len(spans) else ""
    return bool(
        _JOINS_BLANKS.fullmatch(spans[index + 1].text)
        and not labels_first(label)
        and label != UNNAMED_BLANK
        and not counts_something(label)
        and not label.startswith("which ")
        and not _READERS_OWN_DETAIL.match(label.strip())
        and not _HALF_OF_THE_DAY.match(after)
    )


def _some(thing: str) -> str:
    """A blank's thing as one not yet known: "a date", "an appointment time"; "your dose" and
    "the date" as they are (see model.the_thing)."""
    known = the_thing(thing)
    if not known.startswith("the ") or re.match(r"the\s", thing, re.IGNORECASE):
        return known
    return f"{'an' if re.match(r'[aeio]', thing, re.IGNORECASE) else 'a'} {thing}"


def _range_of_blanks(spans: Inline, index: int) -> str | None:
    """ "____ to ____" (two blanks with no names of their own): one range to fill in, said with
    the "between" the words before it have or need ("between", else ""); None where the blank
    at `index` opens no range ("from ____ to ____" are dates, each its own)."""
    if not (
        blanks_joined(spans, index)
        and spans[index].text == UNNAMED_BLANK
        and spans[index + 2].text == UNNAMED_BLANK
    ):
        return None
    before = plain_text(spans[:index])
    if re.search(r"\bfrom\s*$", before, re.IGNORECASE):
        return None
    return "" if re.search(r"\bbetween\s*$", before, re.IGNORECASE) else "between "


# what a range of blanks counts: "____ to ____ beats per minute", "tablets a day"
_RANGE_COUNTS = re.compile(
    r"^ ([a-z]+s(?<!\bis)(?<!\bas)(?<!\bwas)(?<!\bhas)(?<!\bthis)"
    r"(?: (?:per|a|an|each) (?:minute|hour|day|week|month))?)\b"
)


def _count_after_range(text: str) -> tuple[str, str]:
    """What the words after a range count, and the words left after them."""
    match = _RANGE_COUNTS.match(text)
    if not match or not (counts_something(match.group(1)) or match.group(1).startswith("beats")):
        return "", text
    return match.group(1), text[match.end() :]


def _range_said(between: str, who: str, counted: str = "") -> str:
    numbers = f"the two numbers of {counted}" if counted else "the two numbers"
    if who == YOURSELF:
        return f"{between}{numbers} you write in"
    return f"{between}{numbers} {who} gives you"


_EVERY_BEFORE = re.compile(r"\bevery\s*$", re.IGNORECASE)


def every_so_many(counted: str, who: str) -> str:
    """ "Change position every ____ hours" as "every so many hours, as your nurse tells you"
    ("every the number of hours ..." was no English). How often to do something is the care
    team's to say, even under the reader's own chart."""
    return f"so many {counted}, as {who} tells you"


def spoken_fill_in(asks_for: str | None, filled_in_by: str, in_unit: str | None = None) -> str:
    """A blank the clinician fills in, said as what it asks for, never as silence or dots:
    "Hold for __ seconds" -> "Hold for the number of seconds your physiotherapist gives you";
    "Weight: ____ kg" -> "Weight: (a space for ... to fill in, in kilograms)"."""
    if asks_for:
        return f"the number of {asks_for} {filled_in_by} gives you"
    if in_unit:
        return f"(a space for {filled_in_by} to fill in, in {in_unit})"
    return f"(a space for {filled_in_by} to fill in)"


def _language_of(spans: Inline, language: str) -> str:
    """The language a run of text opens in: its first spoken span's, else the leaflet's."""
    lang = next((span.lang for span in spans if span.text.strip()), None)
    return primary_language(lang or language)


def _polish_form(number: str) -> str:
    """Which form of a unit goes with a figure in Polish: 1 miligram, 2-4 miligramy (not 12-14),
    other whole numbers miligramów, a decimal miligrama."""
    if not number.isdigit():
        return "fraction"
    whole = int(number)
    if whole == 1:
        return "one"
    return "few" if whole % 10 in (2, 3, 4) and whole % 100 not in (12, 13, 14) else "many"


def _singular_form(number: str) -> str:
    """A language that says a unit in the singular after any figure (Welsh "500 miligram")."""
    return "one"


# Each rule a language's row names (languages.Language.unit_forms) for which form of a unit
# agrees with a figure, and the forms it names; only where the grammar is certain (the voice
# says the figure itself as printed, in its plain form).
UNIT_FORMS = {
    "polish": (_polish_form, ("one", "few", "many", "fraction")),
    "singular": (_singular_form, ("one",)),
}


def number_agrees(lang: str) -> tuple | None:
    """The rule for a unit's form after a figure in `lang` (UNIT_FORMS), or None."""
    row = find_language(lang)
    return UNIT_FORMS.get(row.unit_forms) if row is not None and row.unit_forms else None


# A whole hour with its "am" or "pm", not in a range ("9am-5pm", whose dash the voice drops)
# nor with minutes ("8.30am" is said as a decimal): "8am", "2 pm", "10 p.m."; a spaced "am" in
# lower case is a word ("2 am 3 diwrnod" is Welsh for "2 for 3 days"), as the check has it
_WHOLE_HOUR = re.compile(
    r"(?<![\w.,:/\u2013-])(?<![-\u2013] )(1[01]|0?[1-9])"
    r"(am|pm|AM|PM| ?a\.m\.| ?p\.m\.| AM| PM| pm)"
    r"(?!\w| ?[-\u2013] ?\d)"
)
# A count before "x" and a dose ("2 x 500 mg", "2x500mg"); "1 x 2 cm" too, a size: said as
# "razy po" only before a figure
_COUNT_TIMES_DOSE = re.compile(rf"{_COUNT_TIMES}(?=\d)")


def _clock_said(match: re.Match, words: SpokenWords) -> str:
    hour, half = int(match[1]), match[2].strip()[0].lower()
    part = "morning" if half == "a" else "afternoon" if hour < 6 else "evening"
    if part not in words.clock:
        return match.group()
    # the stop of "a.m." that ends its sentence still ends it
    ends = match[2].endswith(".") and re.match(r"\s*(?:$|[A-Z])", match.string[match.end() :])
    return f"{hour} {words.clock[part]}{'.' if ends else ''}"


# A range of figures, each with the unit it may be written with ("2-3", "10–20", "2°C-8°C",
# "250 - 500 mg"): never a part of a date, a time, a code or a number with more parts ("1-2-1")
_RANGE_ELSEWHERE = (
    r"(?<![\w.,/:\u2013-])(?<![-\u2013] )({lead})(\d{{1,3}}(?:[.,]\d+)?)(?:( ?)({signs}))?"
    r"( ?[-\u2013] ?|{joints})(\d{{1,3}}(?:[.,]\d+)?)(?:( ?)({signs}))?"
    r"(?![\w/:\u2013-]|[.,]\d| ?[-\u2013] ?\d)"
)


def ranges_in_words(text: str, lang: str, words: SpokenWords | None) -> str:
    """A range of figures with the language's words for it (languages.Language.range_words):
    every voice reads its dash as nothing, "2-3 گولیاں" "do teen" in Urdu, "2-8°C" "dwa osiem
    stopni" in Polish. "2-3" is "2 سے 3"; in a language whose units are said in its words, a
    unit written after both figures is said once, after the last, which it agrees with ("2°C
    to 8°C", "2-8°C": "2 do 8 stopni Celsjusza"; Welsh "2 i 8 gradd Celsius"). The English
    "to" between figures with units is read so too, and the language's own word after its
    opening word, where it has one; never its own word alone ("dodaj 5 ml do 100 ml" is add 5
    ml to 100 ml). Two units ("2 g-500 mg") stay as printed, and the check lists them."""
    row = find_language(lang)
    if row is None or not row.range_words:
        return text
    before, between = row.range_words
    units = sorted(words.units, key=len, reverse=True) if words and words.units else []
    signs = "|".join(re.escape(unit).replace("°", "° ?") for unit in units) or "(?!)"
    joints = rf" (?:to|{re.escape(between)}) " if units else "(?!)"
    lead = rf"(?i:{re.escape(before)}) |" if before else ""
    pattern = _RANGE_ELSEWHERE.format(lead=lead, signs=signs, joints=joints)

    def said(match: re.Match) -> str:
        first, first_unit, joint, last, space, unit = (match[i] for i in (2, 4, 5, 6, 7, 8))
        same = (first_unit or "").replace(" ", "") == (unit or "").replace(" ", "")
        word = joint.strip() not in ("-", "\u2013")
        if first_unit and not same or word and not unit or joint.strip() == between and not (
            match[1].strip()
        ):
            return match.group()  # "2 g-500 mg", "5 ml do 100 ml" (add to): as printed
        opening = f"{match[1].strip() or before} " if before else ""
        return f"{opening}{first} {between} {last}{space or ''}{unit or ''}"

    return re.sub(pattern, said, text)


def _hours_said(text: str, words: SpokenWords) -> str:
    """A clock time after a word that leads to it in the language's words (SpokenWords.hours):
    Polish "o 8:30" as "o ósmej 30", "od 9:00 do 17:00" as "od dziewiątej do siedemnastej", a
    range with no word before it ("8:00–16:00") with its words (SpokenWords.hour_range)."""
    if not words.hours or not words.hour_leads:
        return text

    def hour(written: str, minutes: str | None) -> str | None:
        said = words.hours[int(written)]
        if not said:
            return None
        return said if minutes in (None, "00") else f"{said} {minutes}"

    if words.hour_range:
        opening, joint = words.hour_range
        clock = r"([01]?\d|2[0-3]):([0-5]\d)"

        def ranged(match: re.Match) -> str:
            first, last = hour(match[1], match[2]), hour(match[3], match[4])
            if first is None or last is None:
                return match.group()
            return f"{opening} {first} {joint} {last}"

        text = re.sub(
            rf"(?<![\w.,/:\u2013-])(?<![-\u2013] ){clock} ?[-\u2013] ?{clock}(?![\w:]|[.,]\d)",
            ranged,
            text,
        )
    leads = "|".join(re.escape(lead) for lead in sorted(words.hour_leads, key=len, reverse=True))
    parts = "|".join(re.escape(part) for part in words.day_parts) or "(?!)"

    def led(match: re.Match) -> str:
        lead, written, minutes, part = match.groups()
        # "o 8" alone may be an amount ("zwiększ dawkę o 8 mg"): a time only with its minutes,
        # a word for the hour before it ("o godzinie 8"), or a part of the day after it
        said = hour(written, minutes) if minutes or " " in lead or part else None
        if said is None:
            return match.group()
        lead_said = words.hour_leads[lead.lower()]
        return f"{lead[0] + lead_said[1:] if lead[0].isupper() else lead_said} {said}"

    return re.sub(
        rf"(?<!\w)({leads}) ([01]?\d|2[0-3])(?:[:.]([0-5]\d))?"
        rf"(?![\w:/]|[.,]\d| ?[%°])(?=( (?:{parts})\b)?)",
        led,
        text,
        flags=re.IGNORECASE,
    )


def in_language_words(text: str, lang: str, words: SpokenWords | None) -> str:
    """What a language's voice would say as letters, in that language's words from
    config/pronunciations.yaml: a time's "am" or "pm" (Welsh "8am" as "8 y bore": its voice
    had said "wyth am", and "am" is a Welsh word, so morning and evening were lost), the "x" of
    a count of doses (Polish "2 x 500 mg" as "2 razy po 500 miligramów": "dwa iks"), a unit
    (units_in_words). Whatever it has no words for stays as printed, and the check lists it."""
    text = ranges_in_words(text, lang, words)
    if words is None:
        return text
    text = _hours_said(text, words)
    if words.clock:
        text = _WHOLE_HOUR.sub(lambda match: _clock_said(match, words), text)
    if words.times:
        text = _COUNT_TIMES_DOSE.sub(rf"\1 {words.times} ", text)
    return units_in_words(text, lang, words)


def units_in_words(text: str, lang: str, words: SpokenWords | None) -> str:
    """A unit after a figure in the language's own words, agreeing with the figure ("38°C" ->
    "38 stopni Celsjusza"): its voice said the letters ("pięćset em gie") or the bare sign
    ("stopień ce"). A unit per another ("4 mmol/l") is said with the language's word for "/"
    and the second unit's "per" form ("4 milimole na litr"): the voice had said "slash". A
    figure inside a number spaced in thousands ("1 000 mg"), or a "/" the words cannot say
    ("5 ml/h"), is left as printed (other_language gives such a unit to the English voice)."""
    if words is None or not words.units or number_agrees(lang) is None:
        return text
    form_of = number_agrees(lang)[0]
    units = sorted(words.units, key=len, reverse=True)
    signs = "|".join(re.escape(unit).replace("°", "° ?") for unit in units)
    per = rf"(?:/({signs}))?" if words.per else ""
    pattern = rf"(?<![\w.,/:])(?<!\d )(\d+(?:[.,]\d+)?) ?({signs}){per}(?![\w/])"

    def said(match: re.Match) -> str:
        unit = next(unit for unit in units if match[2].replace(" ", "") == unit)
        spoken = f"{match[1]} {words.units[unit][form_of(match[1])]}"
        if words.per and match[3]:
            forms = words.units[next(u for u in units if match[3].replace(" ", "") == u)]
            spoken += f" {words.per} {forms.get('per', forms['one'])}"
        return spoken

    return re.sub(pattern, said, text)


def spell_digits(digits: str, words: SpokenWords = ENGLISH_WORDS) -> str:
    """ "111" -> "one one one"."""
    return " ".join(words.digit(d) for d in digits if d.isdigit())


def spoken_reference(reference: str) -> str:
    """A leaflet's reference as a patient would read it out to the trust: "442" is a number, but
    "PHY-0412" is a code, said sign by sign ("P H Y, dash, zero four one two"), because its zeros
    and separators are part of it and "P H Y-four hundred and twelve" loses them. A number is
    said as one ("two thousand four hundred and eighteen"): said figure by figure, the listener
    wrote "two four one eight" as "248" and "seven five five five" as "755"."""
    if reference.isdigit() and not reference.startswith("0"):
        return reference
    said = []
    for piece in re.findall(r"[A-Z]{1,5}(?![a-z])|[A-Za-z]+|\d+|[^\sA-Za-z\d]", reference):
        if piece.isdigit():
            said.append(spell_digits(piece, DECIMAL_DIGITS))
        elif piece.isalpha():  # "HEY", "v" are spelt; "Physio12" keeps its word
            said.append(" ".join(piece.upper()) if piece.isupper() or len(piece) < 5 else piece)
        elif piece in ENGLISH_WORDS.symbols:
            said.append(ENGLISH_WORDS.symbols[piece])
    return ", ".join(said)


def phone_number(written: str, words: SpokenWords = ENGLISH_WORDS) -> str:
    """ "0116 250 2959" -> "oh one one six, two five oh, two nine five nine", in its groups.
    A number written for callers from abroad keeps its country code: "+44 (0)116 ..." is "plus
    four four, one one six, ..." (it was said "oh, one one six", which cannot be dialled there)."""
    abroad = written.lstrip().startswith("+44")
    written = re.sub(r"^\s*\+44[\s-]*(?:\(0\)[\s-]*)?", "0", written).replace("-", " ")
    groups = written.split()
    if len(groups) == 1:
        digits = groups[0]
        if len(digits) == 11:
            area = (
                3 if digits.startswith("02") else 4 if digits[2] == "1" or digits[3] == "1" else 5
            )
            rest = digits[area:]
            groups = [digits[:area], rest[:3], rest[3:]] if area == 4 else [digits[:area], rest]
            if area == 3:
                groups = [digits[:3], rest[:4], rest[4:]]
    # six figures after the area code are said in threes: "250000" is "two five oh, oh oh oh";
    # seven in a three and a four, as "2585000" is dialled
    groups = [
        part
        for i, group in enumerate(groups)
        for part in ((group[:3], group[3:]) if i and len(group) in (6, 7) else (group,))
    ]
    said = ", ".join(spell_digits(group, words) for group in groups if group)
    if abroad:
        said = f"{words.plus} {spell_digits('44', words)}, " + said.removeprefix(
            spell_digits("0", words)
        ).lstrip(" ,")
    return said


def extension(written: str, words: SpokenWords = ENGLISH_WORDS) -> str:
    """ "Ext. 2210" -> "extension two two one oh": an extension is dialled, not counted."""
    return f"extension {spell_digits(written, words)}"


def _month_then_day(match: re.Match) -> str:
    month, day, year = match.groups()
    if not 1 <= int(day) <= 31:
        return match.group()
    return _the_day_of(int(day), month, year)


def _the_day_of(day: int, month: str, year: str | None = None) -> str:
    """ "the twelfth of October", and its year when one is written ("twenty twenty-six")."""
    said = f"the {ordinal_words(day)} of {month}"
    return f"{said} {year_words(int(year))}" if year else said


def _date(day: str, month: str, year: str, written: str) -> str:
    """ "04/12/2026" -> "the fourth of December twenty twenty-six", day first as in the UK. A
    two-figure year is said as written ("12/03/26": "... March twenty-six"): its century is the
    reader's to know (a date of birth, an appointment), not the voice's to guess."""
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
        return written
    said_year = year_words(int(year)) if len(year) == 4 else _two_figures(year)
    return f"{_the_day_of(int(day), calendar.month_name[int(month)])} {said_year}"


def _two_figures(written: str) -> str:
    """ "26" -> "twenty-six", "05" -> "oh five"."""
    return number_words(int(written)) if written[0] != "0" else f"oh {number_words(int(written))}"


_FRACTIONS = {
    "1/2": "a half",
    "1/3": "a third",
    "2/3": "two thirds",
    "1/4": "a quarter",
    "3/4": "three quarters",
    "24/7": "twenty-four seven",
}
_BEFORE_A_FRACTION = re.compile(r"\b(?:by|about|around|nearly|almost|over|under|than)\s$", re.I)
# What a fraction is a part of: "1/2 tablet", "3/4 full", "1/2 hour" (a quantity is meant); a
# word after a slash that is none is no fraction's ("Grade 3/4 tear" had been "three quarters
# tear")
_FRACTION_OF_WHAT = re.compile(
    r" (?:full|empty|tablets?|tabs?|capsules?|caps?|caplets?|pills?|cups?|cupfuls?|mugs?|"
    r"glass(?:es)?|teaspoons?|"
    r"tablespoons?|spoons?|spoonfuls?|pints?|litres?|liters?|hours?|hr|inch(?:es)?|miles?|doses?|"
    r"sachets?|bottles?|packets?|scoops?|strength|slices?|portions?|servings?|way|length)\b"
    r"| (?:to|or) \d{1,2}/\d{1,2}\b"  # ... or another fraction's: "from 1/4 to 1/2 a teaspoon"
)
# Doses and hours counted as many, which no fraction is of: "Take 1/2 tablets" may mean half a
# tablet or one or two, and "a half tablets" had been said, a guess heard as the leaflet's word
_COUNTED_AS_MANY = re.compile(
    r" (?:tablets|tabs|capsules|caps|caplets|pills|sachets|doses|spoonfuls|lozenges|patches|"
    r"suppositories|hours|hrs)\b"
)
# A word that numbers what follows it: "Grade 3/4" is grade 3 or 4, "Weeks 1/2" weeks 1 and 2
_NUMBERED_BY = re.compile(
    r"\b(?:grade|stage|phase|level|type|class|week|day|block|course"
    r"|(?P<series>sachet|dose|bottle|jug|pack|packet|injection|infusion|cycle|session|visit|round"
    r"|step|part|section|question|exercise|page))(?P<many>s)?\s$",
    re.IGNORECASE,
)
# A score or rating said in the sentence before a figure over another: "Your pain score is 3/5"
# is three out of five (it had been "three/five"), as "8/10" always is
_A_SCORE = re.compile(r"\b(?:scor(?:e|es|ed|ing)|rat(?:e|ed|ing|ings)|graded|marks?)\b", re.I)
_SENTENCE_SO_FAR = re.compile(r"[^.!?]*$")
# ... written with a space each side: "Your score is 3 / 5" had been "three / five"; read as
# "3/5" is (not a third figure's: "3 / 4 / 25")
_FIGURES_SPACED_SLASH = re.compile(r"(?<![\d/.,:])(?<![\d/.,:] )(\d{1,2}) / (\d{1,2})(?![\d]| ?/)")
_SLASHED = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])(?P<next> (?:an?|of)\b| [a-z])?")


def _measure_range(match: re.Match) -> str:
    """ "2°C–8°C" -> "2°C to 8°C": a range of two measures alike, upwards; anything else is left
    for the rules after (a bare "3-5" is _RANGE's)."""
    pound, start, unit, end_pound, end, end_unit = match.groups()
    if not (pound or unit) or (pound, unit) != (end_pound, end_unit):
        return match.group()
    if float(end) < float(start):
        return match.group()
    return f"{pound}{start}{unit or ''} {_range_word(match)} {pound}{end}{unit or ''}"


_ANSWER_TO_TICK = re.compile(r"(?i:yes|no|not sure|don['’]t know|unsure|n/a|maybe)")


# A form row's value, then the next label: "Weight: 12.5kg Dose: 5mg" (said with no pause, the
# weight ran into "Dose"; an e-mail address into "Web:").
_VALUE_THEN_LABEL = re.compile(
    r"(\d(?:[.,]\d+)?(?:\s?(?!(?:or|and|to|on|at|in|for)\b)[a-zA-Zµ]{1,5}(?:/[a-zA-Z]{1,5})?)?"
    r"|\S+\.(?:uk|com|org|net)(?:/\S*)?) "  # ... or an address: "Email: ... Web: ..."
    r"(?=[A-Z][a-z]+(?: [a-z]+){0,2}:\s)"
)


def _checklist_on_a_line(match: re.Match) -> str:
    """ "☐ Spacer given ☐ School copy given" -> "tick box, Spacer given; tick box, School copy
    given" (a ticked one "ticked, ...")."""
    items = _BOX_AND_ITEM.findall(match.group())
    if all(_ANSWER_TO_TICK.fullmatch(item.strip(" ,")) for _, item in items):
        return _said_as_choices(items, asked=False)  # "☐ Yes ☐ No": a choice
    return "; ".join(
        f"{'ticked' if box in _TICKED else 'tick box'}, {item.strip()}" for box, item in items
    )


def _spaced_slash(match: re.Match) -> str:
    """ "a teaspoon / 5ml" -> "a teaspoon, or 5ml"; "2 / 3" between figures is left alone."""
    text, start, end = match.string, match.start(), match.end()
    if text[start - 1].isdigit() and text[end].isdigit():
        return match.group()
    before = re.split(r"[(;:,]", text[:start])[-1]
    if _A_DOSE.match(text[end:]) and _A_DOSE.search(before) and not _DOSE_BY_A_WAY.match(
        text, end
    ):
        # one tablet's two medicines, each with its dose: "Adcal-D3 (1500mg calcium carbonate /
        # 400 IU colecalciferol)" has both (it was "or")
        return ", and "
    if _names_services(before, text[end:]):
        # the two services a leaflet is from: "Department of Trauma and Orthopaedics /
        # Anticoagulation Service" (it was "or")
        return ", and "
    return ", or "


# A name in capitals ("Department of Trauma and Orthopaedics"), and the words that make such a
# name a service's or a department's.
_CAPITALISED_NAME = r"[A-Z][\w'’]*(?: (?:and |& |of |for )*[A-Z][\w'’]*)*"
_SERVICE_WORD = re.compile(
    r"(?:Services?|Department|Unit|Clinic|Team|Centre|Ward|Orthopaedics|Surgery|Medicine|"
    r"Pharmacy|Physiotherapy|Therapies|\w+ology)$"
)


def _names_services(before: str, after: str) -> bool:
    """Whether a slash stands between two names and nothing more, one of them a service's or a
    department's, as a leaflet names the services it is from ("Ring the Pharmacy / Diabetes
    Team" is a choice)."""
    first = re.fullmatch(_CAPITALISED_NAME, before.strip())
    second = re.match(rf"{_CAPITALISED_NAME}(?=\s*(?:$|[.,;:)]))", after)
    return bool(first and second) and any(
        _SERVICE_WORD.search(name.group()) for name in (first, second)
    )


_A_DOSE = re.compile(
    r"\d[\d,.]* ?(?:mg|milligrams?|micrograms?|mcg|IU|international units|units?|g|grams?|ml|"
    r"millilitres?)\b \w"
)
# ... but a dose given by another way is the other choice: "2mg IV / 2mg IM" (said "2 mg into
# a vein / 2 mg into a muscle" by then) had been "and", two injections heard for one.
_DOSE_BY_A_WAY = re.compile(rf"\d[\d,.]* ?[A-Za-z]+ (?:{_ROUTE_SAID})\b")


def _hourly(match: re.Match) -> str:
    """ "8-hourly", "4 hrly" -> "every 8 hours"; before the things done so often it describes
    them, as written: "4-hourly checks" (not "every four hours checks")."""
    first, last = match.groups()
    if _DONE_SO_OFTEN.match(match.string, match.end()):
        return f"{first}-{last}-hourly" if last else f"{first}-hourly"
    if last:
        return f"every {first} to {last} hours"
    return "every hour" if first == "1" else f"every {first} hours"


def _letter_item(match: re.Match) -> str:
    """ "a) Remove the cap" -> "a: Remove the cap"; not the last of letters in a bracket,
    "2 sachets (A and B) in each" (it was "(A and B: in each")."""
    before = match.string[: match.start()]
    if not match.group().startswith("(") and before.count("(") > before.count(")"):
        return match.group()
    return f"{match.group(1)}: "


def _choices_to_tick(match: re.Match) -> str:
    """ "☐ right eye ☐ left eye today" -> "right eye, or left eye today (whichever is ticked)";
    a ticked one is said so ("right eye (ticked), or left eye today"). Where a choice ends is
    not known, so the note goes after the last."""
    # "Tick one: ☐ Yes ☐ No" asks the reader, who needs no note of it
    asked = re.search(r"\btick", match.string[: match.start()], re.IGNORECASE) is not None
    space = " " if match.group().endswith(" ") else ""
    return _said_as_choices(_BOX_AND_ITEM.findall(match.group()), asked) + space


def _said_as_choices(choices: list[tuple[str, str]], asked: bool) -> str:
    """Boxes and their words as a choice: "right eye, or left eye (whichever is ticked)", a
    ticked one said so; no note where the words before ask the reader to tick."""
    said = [
        f"{words.strip()} (ticked)" if box in _TICKED else words.strip() for box, words in choices
    ]
    ticked = asked or any(box in _TICKED for box, _ in choices)
    return ", or ".join(said) + ("" if ticked else f" ({WHICHEVER_TICKED})")


# "am" or "pm" after a blank for a time: which half of the day it is in ("no later than ____ pm")
_HALF_OF_THE_DAY = re.compile(r"\s*(?P<half>[ap])\.?m\b\.?(?=\s|[,;]|$)", re.IGNORECASE)
WHICHEVER_TICKED = "whichever is ticked"  # the reader's own form says "tick one" (_ScriptBuilder)
# "Are you allergic to iodine? ☐ Yes ☐ No": the boxes after a question put to the reader are
# their answer to give, nothing ticked for a listener to hear of ("Yes, or No (whichever is
# ticked)" had been said); a question about "the patient" stays staff's to answer
_READERS_ANSWER = re.compile(
    rf"(\b(?i:you|your)\b[^.!?]*\?\s+[^.!?]*?)\({WHICHEVER_TICKED}\)"
)


def _gestation(match: re.Match) -> str:
    """ "37+3 weeks" -> "37 weeks and 3 days"; "28+0 weeks" is 28 weeks, as a midwife says it."""
    weeks, days, written = (*match.groups(), "weeks")[:3]
    if written in ("week", "wk"):  # "a 36+0 week scan": "a thirty-six week scan"
        return f"{weeks} week" + ("" if days == "0" else f" and {counted(days, 'day')}")
    return counted(weeks, "week") + ("" if days == "0" else f" and {counted(days, 'day')}")


def _power_of_ten(match: re.Match) -> str:
    power = match.group(1) or match.group(2).translate(_SUPERSCRIPT_DIGITS)
    return f"10 to the power of {power}" + (" per litre" if match.group(3) else "")


def _range(match: re.Match) -> str:
    """ "3-5 days" -> "3 to 5 days". A range runs upwards, so a dash before a smaller number
    is the sentence's dash: "Co-codamol 30/500 – 1-2 tablets" is not "500 to 1"."""
    start, end = match.group(1), match.group(2)
    if float(end) < float(start):
        return f"{start}, "
    return f"{start} {_range_word(match)} "


def _range_word(match: re.Match) -> str:
    """ "between 4 and 7", otherwise "4 to 7"."""
    between = re.search(r"\bbetween $", match.string[: match.start()], re.IGNORECASE)
    return "and" if between else "to"


def _slashed(match: re.Match) -> str:
    """ "1/2 a tablet" -> "half a tablet", "8/10" -> "8 out of 10" (a score), "24/7": a slash
    between numbers was said as a slash ("eight slash ten"). A fraction only before a word in
    lower case: "Week 1/2" is weeks 1 and 2."""
    written = f"{match.group(1)}/{match.group(2)}"
    following = match.group("next") or ""
    if re.match(r" times\b", match.string[match.end(2) :]) and match.group(1) != match.group(2):
        # no fraction of a time: "2 tablets 3/4 times a day" had been "three quarters times"
        return f"{match.group(1)} or {match.group(2)}{following}"
    if written == "24/7":
        return _FRACTIONS[written] + following
    after = match.string[match.end(2) :]
    a_quantity = _FRACTION_OF_WHAT.match(after) or re.match(r" an?\b", after)
    # (but for a fraction of a quantity after it: "Take 1 sachet 1/2 hour before food")
    if (numbered := _NUMBERED_BY.search(match.string[: match.start()])) and not a_quantity:
        first, last = int(match.group(1)), int(match.group(2))
        if numbered["series"] and not numbered["many"] and 0 < first <= last:
            # one of a series taken or done in turn: a bowel preparation's "Sachet 1/2 at 6pm" is
            # the first of two sachets (it had been "Sachet a half"), "Page 2/3" the second page
            return f"{match.group(1)} of {match.group(2)}{following}"
        if not numbered["many"] and first >= last:
            # no one of a series past its last, nor a grade "4 or 3": "Sachet 3/2" had been
            # "Sachet three or two", a choice the leaflet never gave; its figures are kept
            return f"{match.group(1)} slash {match.group(2)}{following}"
        joined = "and" if numbered["many"] else "or"
        return f"{match.group(1)} {joined} {match.group(2)}{following}"
    if written in _FRACTIONS and _BEFORE_A_FRACTION.search(match.string[: match.start()]):
        return _FRACTIONS[written] + following  # "reduce the dose by 1/3"
    sentence = _SENTENCE_SO_FAR.search(match.string[: match.start()]).group()
    rest = after
    if another := re.match(r" (?:to|or) \d{1,2}/\d{1,2}", after):  # "2/5 or 3/5" are scores
        rest = after[another.end() :]
    of_a_thing = _FRACTION_OF_WHAT.match(rest) or re.match(r" (?:an?|of)\b", rest)
    if not of_a_thing and _A_SCORE.search(sentence) and int(match[1]) <= int(match[2]):
        return f"{match.group(1)} out of {match.group(2)}{following}"  # "score 3/5": "three/five"
    quantity = re.fullmatch(r" (?:an?|of)", following) or _FRACTION_OF_WHAT.match(
        match.string[match.end(2) :]
    )
    if written in _FRACTIONS and _COUNTED_AS_MANY.match(after):
        return match.group()  # "1/2 tablets": half a tablet, or one or two? said as printed
    if written in _FRACTIONS and following and quantity:
        fraction = _FRACTIONS[written]
        if re.fullmatch(r" an?", following) and not re.match(r"\w", match.string[match.end() :]):
            fraction = fraction.removeprefix("a ")  # "half a tablet"; "a quarter of a cup"
        return fraction + following
    if match.group(2) == "10" and int(match.group(1)) <= 10:
        return f"{match.group(1)} out of 10{following}"
    return match.group()


# A risk written as a ratio: "bleeding happens in up to 1:100 tests" is 1 in 100 tests, not "one
# to one hundred" (nor, for "1:20 people", the time "one twenty").
# ... or after "risk" or "chance": "Your risk is 1:50" had been the time "one fifty"
_RISK_NAMED_RATIO = re.compile(
    r"\b((?i:risk|chance|odds)(?: (?:is|of|are))?(?: (?:about|around|up to|only))? )1:(\d{1,3})"
    r"(?![\d:])"
)
_RISK_RATIO = re.compile(
    r"(?<![\d:.])1:(\d+)(?= (?:people|patients|tests|procedures|operations|cases|births|"
    r"pregnancies|babies|women|men|children|adults)\b)"
    # ... or of three figures or more, which no time of day has: "Risk is 1:2000."
    r"|(?<![\d:.])1:(\d{3,}|\d{1,3}(?:,\d{3})+)(?![\d:])"
)
# A clinician's "6/52" is six weeks (no date has a 52nd month); it was "six slash fifty-two".
_WEEKS_SHORTHAND = re.compile(
    r"(?<![\d/.])(\d{1,2})/52(?![\d/])"
    # a pregnancy's weeks as midwives write them: "your scan at 20/40" (not a score or vision)
    r"|(?<!score of )(?<!score: )(?<![\d/.])([4-9]|[1-3]\d|4[0-2])/40(?![\d/]| vision)"
)
# ... months and days after a word that leads to a time: "Follow-up in 6/12" (six months; "on
# 6/12" is a date), "Remove the dressing after 5/7" (five days).
_MONTHS_OR_DAYS_SHORTHAND = re.compile(
    r"\b(in|for|after|within|over|every) (?:([1-9]|1[01])/12|([1-7])/7)(?![\d/])"
    # ... or before a word counting back or on from an event: "Stop clopidogrel 7/7 before
    # surgery" had been "seven/seven before surgery"
    r"|(?<![\w/.])()(?:([1-9]|1[01])/12|([1-7])/7)(?= (?:before|after|prior to|pre-?op|"
    r"post-?op|ago)\b)"
    # ... or after a word that marks a stretch of time up to now or from now: "in the last
    # 6/12", "over the past 3/12", "within the next 5/7" had been "six/twelve" (no date or
    # fraction follows "last" or "next"; the clinician's "18/12" and "10/7" too)
    r"|\b((?:last|past|previous|next|following|first) )"
    r"(?:([1-9]|1\d|2[0-4])/12|([1-9]|1\d|2[0-8])/7)(?![\d/])"
)


def counted(count: str, one: str, many: str | None = None) -> str:
    """ "1 week", "6 weeks", "1 penny", "40 pence": the thing counted, one or more."""
    return f"{count} {one if count == '1' else many or one + 's'}"


def _weeks(match: re.Match) -> str:
    return counted(match.group(1) or match.group(2), "week")


def _months_or_days(match: re.Match) -> str:
    """ "after 5/7" -> "after 5 days", "6/12 before" -> "6 months before"."""
    (lead, months, days, _, months_before, days_before,
     stretch, months_stretch, days_stretch) = match.groups()
    if stretch:
        months, days = months_stretch, days_stretch
        return stretch + (counted(months, "month") if months else counted(days, "day"))
    if not lead and _DATE_LEAD.search(match.string[: match.start()]):
        return match.group()  # "Your scan on 5/7 before 10am": a date
    months, days = months or months_before, days or days_before
    said = counted(months, "month") if months else counted(days, "day")
    return f"{lead} {said}" if lead else said


# ".5mg" is "zero point five milligrams" (it was left unsaid), as a dose is written safely.
_BARE_DECIMAL = re.compile(r"(?<![\w.,])\.(\d)")
# "1 1/2 tablets" was "one a half tablets": written as its sign, "1½", it is "one and a half".
_FRACTION_OF = {"1/2": "½", "1/4": "¼", "3/4": "¾", "1/3": "⅓", "2/3": "⅔"}
# What a fraction or a range of them measures out: counted ("1/2 to 1 tablet") and poured.
_MEASURES_COUNTED = "tablet|capsule|teaspoon|spoonful|sachet|dose|cup|glass"
_MEASURES = f"{_MEASURES_COUNTED}|pint|litre"
# "1/2 - 1 tablet": a half to one ("one/two, one tablet" before), said as "½-1" is; with "to"
# or "or" before a count of tablets or spoons ("1/2 to 1 tablet" was "one/two to one tablet"),
# never before a date's figures ("closed 1/2 to 3/2", "closed 1/2-3/2" had been "half to
# three/two"): a fraction closing the range is one only before what it measures.
_FRACTION_OPENING_RANGE = re.compile(
    r"(?<![\d./])(1/2|1/4|3/4|1/3|2/3)(?= ?[-\u2013] ?(?:\d+(?![\d/])|(?:1/2|1/4|3/4|1/3|2/3)"
    rf"(?![\d/]) (?:of )?(?:an? )?(?:{_MEASURES_COUNTED}))"
    rf"| (?:to|or) \d{{1,2}} (?:{_MEASURES_COUNTED})s?\b)"
)
# ... and the fraction closing such a range: "1/4-1/2 tablet" is "¼-½ tablet", said as one
# range ("a quarter-a half tablet" had no "to").
_FRACTION_CLOSING_RANGE = re.compile(r"(?<=[½¼¾⅓⅔])( ?[-\u2013] ?)(1/2|1/4|3/4|1/3|2/3)(?![\d/])")
# A count of tablets with a half written as a decimal: "Take 0.5-1 tablet" had been "zero point
# five to one tablet", "1.5 tablets" "one point five tablets"; said as "½-1", "1½" are ("half to
# one tablet"). Only a count right before the tablet's word: a dose ("0.5-1mg") keeps its point.
_HALF_TABLETS = re.compile(
    r"(?<![\w.,/])(?<!x )(\d{1,2}(?:\.5)?)( ?[-\u2013] ?| to | or )?(?(2)(\d{1,2}(?:\.5)?) | )"
    r"(?=(?:tablet|tab|caplet|sachet)s?\b)"
)

_RANGE_OPENED = re.compile(r"[\d.](?: ?[-\u2013] ?| to | or )$")


def _half_tablets(match: re.Match) -> str:
    """ "0.5-1 tablet" -> "½-1 tablet", "1.5 tablets" -> "1½ tablets"; "2 tablets" as it is."""
    if ".5" not in match.group() or _RANGE_OPENED.search(match.string, 0, match.start()):
        return match.group()  # (the end of "0.25-0.5 tablet": its range keeps its points)
    ends = [re.sub(r"^0?(\d*)\.5$", r"\1½", end) if end else end for end in match.groups()]
    if ends[0] == "½" and ends[1] == " to ":
        ends[1] = "-"  # "half to one tablet", as "½-1" ("a half to one" read as "½ to 1")
    return f"{ends[0]}{ends[1]}{ends[2]} " if ends[1] else f"{ends[0]} "


# A written fraction of one thing measured out is said as its sign is: "Take 3/4 tablet" was
# "three quarters tablet", "1/2 tablet" "a half tablet", where "½ tablet" is "half a tablet" and
# "¾ tablet" "three quarters of a tablet". ("1/2 tablets", counted, stays as printed.)
_FRACTION_BEFORE_MEASURE = re.compile(
    rf"(?<![\d./])(1/2|1/4|3/4|1/3|2/3) (?=(?:{_MEASURES})\b)"
)
# ... and before a "tab" or "cap", one tablet or capsule: "½ tab" and "1/2 tab" were "a half
# tablet" where "½ tablet" is "half a tablet" (a "tab" was named only after the fraction was said)
_FRACTION_BEFORE_TAB = re.compile(r"(?<![\d./])([½¼¾⅓⅔]|1/2|1/4|3/4|1/3|2/3) (tab|cap)\b(?!\.\w)")
_MIXED_FRACTION = re.compile(r"(?<![\d./])(\d+) (1/2|1/4|3/4|1/3|2/3)(?![\d/])")
# "10 000 units" was "ten zero units": a group of three figures starting with a nought can only
# be thousands, whatever unit follows ("2 500mg" may be two 500 mg doses, so it is not joined).
_ZERO_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})[ \u00a0\u202f](0\d\d)(?![\d.,]\d|\d)")


_FRACTION_SIGNS = {
    "½": "a half",
    "¼": "a quarter",
    "¾": "three quarters",
    "⅓": "a third",
    "⅔": "two thirds",
}
_FRACTION_SIGN = re.compile(
    rf"(?:(?<![\d.])(\d+) ?)?([{''.join(_FRACTION_SIGNS)}])"
    r"(?P<next> an?\b| of\b| ?[-\u2013] ?(?=[\d½¼¾⅓⅔])| (?:to|or) (?=\d)"
    r"| (?=(?:your|the|my|his|her|their|this)\b)"
    rf"| (?=(?:{_MEASURES})s?\b))?"
)
# Units said after a fraction's word with no figure: "a ½ cm gap".
_LENGTHS = ("mm", "cm", "ml", "mg", "kg", "g")
# One of something measured out, after a fraction sign: "½ tablet".
_MEASURE_AFTER = re.compile(
    rf"(?:{_MEASURES})\b"
)
# The far end of a range of so much of something: "1 tablet", "½ a tablet", "2/3 of a cup".
_RANGE_END_MEASURED = re.compile(
    r"(?:\d+(?:/\d+)?|[½¼¾⅓⅔])(?: of)?(?: an?)? "
    rf"(?P<measure>{_MEASURES})s?\b"
)


def _fraction_sign(match: re.Match) -> str:
    """ "½ a tablet" -> "half a tablet", "½ of normal" -> "half of normal", "1½" -> "1 and a
    half", "½-1 tablet" -> "half to 1 tablet" (the sign was not said, or said "a half-one"), and
    "½ to 1 tablet", "½ or 1 tablet" alike ("a half to one tablet" had been said)."""
    whole, sign, following = match.group(1), match.group(2), match.group("next") or ""
    fraction = _FRACTION_SIGNS[sign]
    if not whole and re.search(r"\b(?i:an?) $", match.string[: match.start()]):
        return fraction.removeprefix("a ") + following  # "a ½ teaspoon": "a a half" before
    if following.strip(" ") in ("-", "\u2013"):
        following = " to "
    if whole:
        return f"{whole} and {fraction}{following}"
    if following in (" to ", " or ") and fraction != "a half":
        # "¼-1 tablet": "a quarter of a tablet to one tablet", never "a quarter to one", the
        # time of day, nor "a quarter-a half tablet" with no "to"
        if end := _RANGE_END_MEASURED.match(match.string, match.end()):
            return f"{fraction} of a {end['measure']}{following}"
    if following == " of" and fraction != "a half":
        return fraction + following  # "a quarter of a tablet"
    if following == " " and _MEASURE_AFTER.match(match.string, match.end()):
        # "½ tablet": "half a tablet", "¼ tablet": "a quarter of a tablet" ("a half tablet")
        return "half a " if fraction == "a half" else f"{fraction} of a "
    if following == " " and fraction != "a half":
        return f"{fraction} of "  # "¼ your dose": "a quarter of your dose" ("½ your": "half")
    return (fraction.removeprefix("a ") if following else fraction) + following


_PENCE = re.compile(r"(?<![\w.])(\d{1,2})p\b")


def _pence(match: re.Match) -> str:
    """ "40p" -> "40 pence" (read as "fortyp")."""
    return counted(match.group(1), "penny", "pence")


_PER_TIME = ("day", "week", "month", "hour", "min", "minute", "dose")
# "0116 258 6000 / 6001": another ending of the same number; "/ 0116 258 6001" is a number of
# its own (its "0116" was taken for an ending, and "258 6001" said as thousands).
_PHONE_OR_ENDING = re.compile(
    rf"({PHONE_NUMBER.pattern})((?: ?/ ?|,? or )(?:\d{{3,5}}(?: \d{{3,4}})?|\d{{6,8}})"
    r"(?![\d/]| \d))+"
)
# "0116 258 5000 x 6102": an extension after a space ("x6102" is one already).
_PHONE_THEN_X = re.compile(rf"({PHONE_NUMBER.pattern}) [xX] ?(\d{{3,6}})(?!\d)")
# "ext. 1234/5678": the second is another extension, not five thousand and more.
_EXTENSION_OR_ANOTHER = re.compile(rf"({EXTENSION.pattern})(?: ?/ ?|,? or )(\d{{3,6}})(?!\d)")
_PHONE_OR_PHONE = re.compile(rf"({PHONE_NUMBER.pattern}) ?/ ?(?={PHONE_NUMBER.pattern})")


def _with_form_named_later(match: re.Match) -> str:
    """ "2 5 mg" before "and 1 1 mg tablets" as "2 5 mg tablets", each count with its own."""
    count, form = match.groups()
    many = count.lower() not in ("a", "an", "one", "1")
    return f"{match.group()} {form.lower()}{'s' * many}"


def _phone_and_endings(match: re.Match) -> str:
    """ "0116 258 6100 or 6101", "0116 258 4815 / 4816 / 4817": the other lines' last figures are
    dialled too ("or six thousand one hundred and one" before); so are the local number's two
    groups ("01632 962 210 / 962 211" had ended "nine hundred and sixty-two thousand ..."),
    written unspaced too ("01632 960482 / 960483", "0121 496 0000 or 4960001"), in the groups
    a local number is said in."""
    number = match.group(1)
    endings = re.findall(r"\d{6,8}|\d{3,5}(?: \d{3,4})?", match.group()[len(number) :])
    endings = [
        f"{ending[:-4 if len(ending) == 8 else 3]} {ending[-4 if len(ending) == 8 else 3:]}"
        if len(ending) > 5 else ending
        for ending in endings
    ]
    said = [", ".join(map(spell_digits, ending.split())) for ending in endings]
    return ", or ".join([phone_number(number), *said])


def _after_letter(match: re.Match) -> bool:
    return match.start() > 0 and match.string[match.start() - 1].isalpha()


def _before_letter(match: re.Match) -> bool:
    """ "Ward 7A" is "Ward seven A", not the one word "sevenA"."""
    return match.string[match.end() : match.end() + 1].isalpha()


# ... with what it is paid for each of: "£2.50/hr" had been "two pounds fifty/hour", "£45/night"
# "forty-five pounds or night"
_MONEY = re.compile(
    r"£(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?!\d)"
    r"(?: ?/ ?(hours?|hrs?|day|night|week|wk|month|year|yr)\b)?"
)
_MONEY_PER = {"hours": "hour", "hrs": "hour", "hr": "hour", "wk": "week", "yr": "year"}


def _money(match: re.Match) -> str:
    """ "£9.90" -> "9 pounds 90", "£0.50" -> "50 pence" (the sign was not said)."""
    pounds, pence, per = match.groups()
    if per:
        per = _MONEY_PER.get(per, per)
        return f"{_money_said(pounds, pence)} {'an' if per == 'hour' else 'a'} {per}"
    return _money_said(pounds, pence)


def _money_said(pounds: str, pence: str | None) -> str:
    if pounds == "0" and pence:
        return f"{int(pence)} pence"
    said = f"{pounds} {'pound' if pounds == '1' else 'pounds'}"
    if pence and pence.startswith("0") and pence != "00":  # "£32.05": not "32 pounds 5"
        return f"{said} and {int(pence)} pence"
    return f"{said} {int(pence)}" if pence and pence != "00" else said


# A degree typed as another sign, as Word documents have it: the ordinal "º", a ring "˚", or a
# raised "o" before the scale ("37.8oC", "38 oC" were "thirty-seven point eight oC").
_DEGREE_LOOKALIKE = re.compile(r"(?<=\d)( ?)(?:[º˚]|o(?=[CF]\b))")
# The most to take in a day, as a label shortens it: "max 8/24hrs" was "eight/twenty-four hours".
_COUNT_IN_HOURS = re.compile(r"(?<![\d/.])(\d{1,2}) ?/ ?(24|48|72) ?(?:h|hrs?|hours?)\b")
# The space after the sign belongs to the scale only: "100° - 110°" was "degreesto".
_DEGREES = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?) ?°(?: ?([CF])(?![a-z]))?(\+)?")
# A code: capitals, a dash or slash, figures ("AB/12345", "PHY-0412", "HEY-665/2021").
_CODE = re.compile(r"\b([A-Z]{2,5})(?:[-/][A-Z]{2,8})*[-/](?=\d)[\dA-Z]+(?:[-/][\dA-Z]+)*\b")
# What a unit measures: two measures of one kind either side of a slash are alternatives.
_MEASURE_KIND = {
    **dict.fromkeys(["mg", "g", "kg", "mcg", "µg", "micrograms", "lb", "lbs", "oz", "st"], "mass"),
    **dict.fromkeys(["ml", "mls", "l", "litre", "litres"], "volume"),
    **dict.fromkeys(["mm", "cm", "m", "ft", "in"], "length"),
}
# "38C" with no degree sign, where the words before speak of a temperature ("Room 12C" is a room),
# and the next figure joined to it ("between 2C and 8C").
_CELSIUS_UNSIGNED = re.compile(
    r"(?i:\b(?:temperature|temp|fever|above|below|over|under|between|store|keep|fridge)\b)"
    r"[^.;:]{0,30}?(?<![\w.])\d+(?:\.\d+)?(?= ?C\b)"
)
_CELSIUS_AFTER_SIGN = re.compile(r"(?<=\d°) ?C\b")
# ... and the readings after one with its sign, in a list or in brackets ("38.0C, 37.5 C or
# more", "37.5 C (99.5 F)": they were "thirty-seven point five C", "ninety-nine point five F")
_SCALE_FOLLOWING = re.compile(
    r"(\d°([CF])(?:,? (?:and|or|to) |, | ?[-\u2013] ?| \())(\d+(?:\.\d+)?) ?([CF])\b"
)
# A body's temperature in Fahrenheit with no sign ("a fever of 100.4F"), where a temperature is
# spoken of before it: a figure a body can be (86 to 113) with an F, never "Block 100 F".
_FAHRENHEIT_UNSIGNED = re.compile(r"(?<![\w.])(\d{2,3}(?:\.\d+)?)(?= ?F\b)")
_A_TEMPERATURE_BEFORE = re.compile(
    r"\b(?:temperature|temp|fever|feverish|degrees|celsius)\b|\d°C", re.IGNORECASE
)


def _fahrenheit_unsigned(match: re.Match) -> str:
    before = match.string[max(0, match.start() - 120) : match.start()]
    body = 86 <= float(match.group(1)) <= 113
    return match.group() + "°" if body and _A_TEMPERATURE_BEFORE.search(before) else match.group()


def _scales_following(text: str) -> str:
    """Each reading after a signed one takes its sign, however many follow ("38°C, 37.5 C or
    99.5 F"): the pattern is matched again until nothing changes."""
    while True:
        said = _SCALE_FOLLOWING.sub(r"\1\3°\4", text)
        if said == text:
            return said
        text = said


# A scale with no figure, as a chart's column names its readings: "Temperature (°C)".
_SCALE_ALONE = re.compile(r"(?<![\w.])°([CF])\b")
_SCALES = {"C": "Celsius", "F": "Fahrenheit"}


# A contact line's one-letter labels, as trusts print them: "T: 0116 258 4321 E: pals@...",
# said "T" and "E" (heard as "tea" and "ee"). Only before the detail each names.
_CONTACT_LETTER = re.compile(r"(?<![\w&.'’/@-])(?<![A-Za-z] )([TMFEW]): ?(?=\S)")
_CONTACT_LETTERS = {
    "T": ("Telephone", PHONE_NUMBER), "M": ("Mobile", PHONE_NUMBER), "F": ("Fax", PHONE_NUMBER),
    "E": ("E-mail", EMAIL_ADDRESS), "W": ("Web", WEB_ADDRESS),
}

# A phone menu's option as a contact line shortens it: "(opt 2)" was "opt two" ("opt out" is a
# verb: only before its number).
_OPTION_SHORT = re.compile(r"\b([Oo])pt\.? ?(?=\d)")


def _contact_letter(match: re.Match) -> str:
    label, detail = _CONTACT_LETTERS[match.group(1)]
    named = detail.match(match.string, match.end())
    return f"{label}: " if named else match.group()


def _degrees(match: re.Match) -> str:
    """ "38°C" -> "38 degrees Celsius" (the sign was not said)."""
    scale = f" {_SCALES[match.group(2)]}" if match.group(2) else ""
    more = " or more" if match.group(3) else ""  # "110°+"
    return f"{match.group(1)} degrees{scale}{more}"


# "< 5" is "less than 5", "≥ 38" "at least 38" (the signs were not said); "no. 5" is "number 5".
_COMPARISONS = {"<": "less than", ">": "more than", "≤": "at most", "≥": "at least",
                "<=": "at most", ">=": "at least"}  # fmt: skip
_COMPARED = re.compile(r"(?<![<>=\w])(<=|>=|[<>≤≥]) ?(?=\d|minus \d)")
# "POD 3" (post-operative day) is "day three after your operation"; "temp" before a reading is
# "temperature".
_POST_OP_DAY = re.compile(r"\bPOD ?(\d{1,2})\b")
_TEMP_READING = re.compile(r"\btemp\b\.?(?= ?(?:[<>≤≥]|of\b|above\b|over\b|below\b|\d))")
# What a level, a reading or a dose is of, before its values ("INR", "potassium", "range").
_MEASURED = (
    r"\b(?:levels?|glucose|sugar|INR|potassium|sodium|ketones?|results?|doses?|range|target|"
    r"score|weight|temperature|pressure|count|saturations?|BMI|Hb|haemoglobin|values?|"
    r"readings?)\b"
)
# A level, a reading or a dose "between" two values, as a leaflet words it: "Your INR should be
# between 2.00 and 3.00", "Keep your potassium between 3.50 and 5.30" (values, not times).
_MEASURE_BETWEEN = re.compile(
    rf"{_MEASURED}(?:\s+(?:should|must|will|would|to|be|is|are|stay|stays|remain|remains|"
    r"kept|keep|ideally|usually|normally|always|of|within|needs?))*\s+between$",
    re.IGNORECASE,
)
# ... and one right before its values: "INR 2.00-3.00", "(range 2.00-3.00)"
_MEASURE_BEFORE = re.compile(
    rf"{_MEASURED}(?:\s+(?:is|of|are|should be|must be))?:?\s*$", re.IGNORECASE
)
# A measure a comparison describes: "a temperature ≥ 39°C" is "a temperature of at least ..."
# (it was "a temperature at least"); elsewhere it follows on: "if your score is ≥ 5".
_MEASURE_COMPARED = re.compile(
    r"\b(?:temperature|temp|fever|weight|gain|loss|level|reading|score|pressure|rate|saturations?|"
    r"count|dose|flow|BMI|INR|result|value|glucose|sugar|ketones?|potassium)\s*$",
    re.IGNORECASE,
)


def _plural_number(number: int) -> str:
    """4 -> "fours", 6 -> "sixes"."""
    said = number_words(number)
    return said + ("es" if said.endswith(("x", "s")) else "s")


def _compared(match: re.Match) -> str:
    said = _COMPARISONS[match.group(1)]
    measured = _MEASURE_COMPARED.search(match.string[: match.start()])
    return f"{'of ' if measured else ''}{said} "


_NUMBER_SIGN = re.compile(
    r"\b[Nn]o\. ?(?=\d)|\b[Nn]o\.(?= of\b)"
    # ... and "No" with no full stop in a sentence's middle: "Take the No 12 bus" had been "the
    # no twelve bus" ("No 2 days are the same" opens a sentence and is the word)
    r"|(?<=[a-z,] )No (?=\d{1,3}[A-Z]?\b)"
)
# "Please bring your NHS no." said "no": the number a patient is asked for.
_NUMBER_NAMED = re.compile(
    r"\b(NHS|[Hh]ospital|[Rr]eference|[Pp]hone|[Tt]elephone|[Tt]el\.?|[Mm]obile|[Mm]ob|[Ww]ard|"
    r"[Rr]oom|[Uu]nit|[Cc]ontact|[Ll]ot|[Bb]atch|[Ss]erial|[Pp]atient) no(?:\.|(?=:))"
)


def _number_named(match: re.Match) -> str:
    """ "NHS no." -> "NHS number", keeping the full stop when it also ends the sentence."""
    rest = match.string[match.end() :]
    ends = not rest.strip() or re.match(r"\s+[A-Z]", rest)
    return f"{match.group(1)} number" + ("." if ends else "")


# An age "16+" is "16 and over", another "2+" "2 plus"; "3x a day" is "3 times a day".
_AND_OVER = re.compile(
    r"(?<![\w.])(\d+)\+(?![\w+])"
    r"(?P<unit> (?:(?:week|day|month|year|hour|minute|second)s|mins|hrs|wks|secs|yrs)\b)?"
)


def _and_over(match: re.Match) -> str:
    before = match.string[: match.start()].lower()
    age = re.search(r"\b(?:aged?|ages)\s*$", before)
    unit = match["unit"] or ""
    unit = f" {_TIME_SHORT.get(unit.strip(), unit.strip())}" if unit else ""
    if re.search(r"\b(?:grade|stage|level|class|type)\s*$", before):
        return f"{match.group(1)} plus{unit}"  # a named grade: "grade 2+"
    # "37+ weeks", "3+ wet nappies", "BMI 30+": that many or more (it was "plus")
    return f"{match.group(1)}{unit} {'and over' if age else 'or more'}"


_BRACKETED = re.compile(r" ?\(([^()]+)\)")


def _said_twice_over(text: str) -> str:
    """A glossary's unit and its meaning, said alike once spoken: "mmol/L – millimoles per
    litre" was "millimoles per litre, millimoles per litre" ("bpm – beats per minute" too, its
    "per" the lexicon's "a"); said once. "Rest – rest is important" keeps both."""
    match = re.match(r"((?:[\w']+ ){1,4}[\w']+), ((?:[\w']+ ){1,4}[\w']+)(?=[.,;]|$)", text)
    if not match:
        return text
    first, second = map(_words_as_said, match.groups())
    return text[match.end(1) + 2 :] if first == second else text


def _words_as_said(text: str) -> list[str]:
    """A passage's words for telling whether two say the same: in small letters, "per" and
    "an" as "a" (the lexicon says "bpm" "beats a minute")."""
    return ["a" if word in ("per", "an") else word for word in re.findall(r"[\w']+", text.lower())]


def _unless_said_twice(match: re.Match) -> str:
    """A bracket that says again, once spoken, the words before it goes: "once a day (od)" and
    "at 06:00 (6am)" were "once a day (once a day)", "six in the morning (six in the morning)";
    "per" and "a" are one ("60 bpm (beats per minute)")."""
    inside = _words_as_said(match.group(1))
    if inside[:1] == ["a"] and len(inside) > 1:
        inside = inside[1:]  # "give half (½)": "half (a half)"
    before = _words_as_said(match.string[: match.start()])
    if inside and before[-len(inside) :] == inside:
        return ""
    # ... or a few words before it in its sentence: "400mg tds with food (three times a day)"
    # had been "three times a day with food (three times a day)"
    # (no bracket between: a second blank, "from (a space ...) to (a space ...)", is kept)
    sentence = _words_as_said(re.search(r"[^.!?()]*$", match.string[: match.start()]).group())
    for gap in range(1, _GLOSS_GAP + 1) if len(inside) > 1 else ():
        if sentence[-len(inside) - gap : -gap] == inside:
            return ""
    return match.group()


_GLOSS_GAP = 6  # words at most between what a bracket says again and the bracket


# "mg/kg/day", "50-60 breaths/min" (it was "breaths or min")
_PER_TIME_LEFT = re.compile(r"(?<=[a-z])/(day|week|month|hours?|hrs?|min|minute|dose|yr|year)\b")
# ... and a measure counted per second: "5 metres/second" (it was "metres or second"); not
# "a spacer/second inhaler", where "second" is the second one
_PER_SECOND = re.compile(r"(?<=\d )([a-z]{2,}s)/(?:second|secs?)\b")
_PER_TIME_SAID = {
    "yr": "a year",
    "hour": "an hour",
    "hours": "an hour",
    "hr": "an hour",
    "hrs": "an hour",
    "min": "a minute",
    "minute": "a minute",
}


def _per_said(per: str, units: dict[str, tuple[str, str]]) -> str:
    """What a rate is per, said: "hour" and "h" as "an hour", "kg" as "per kilogram"."""
    one = units[per][0] if per in units else per
    return _PER_TIME_SAID.get(one, f"a {one}" if one in _PER_TIME else f"per {one}")


_TIMES_PER = re.compile(r"\b(\d+) ?x ?/ ?(day|week|month)\b")  # "4x/day" was "four x/day"
# ... and written after: "1 tablet x 3 daily" was "one tablet times three daily".
_TIMES_A_DAY_AFTER = re.compile(
    r"\b[x\u00d7] ?(\d+)(?= (?:a day|a week|a month|per|each|every|daily|weekly)\b)"
)
_TIMES_A_DAY = re.compile(
    r"\b(\d+|one|two|three|four|five|six) ?x(?= (?:a day|a week|a month|per|each|every|daily"
    r"|weekly)\b)",
    re.IGNORECASE,
)
# A blood pressure, "140/90 mmHg" or "blood pressure ... 135/85", is "140 over 90".
_BLOOD_PRESSURE = re.compile(
    r"((?:\b[Bb]lood pressure|\bBP)\b[^.\d]{0,40})?(?<![\d/.])(\d{2,3})/(\d{2,3})(?![\d/])"
    r"(?(1)|(?= ?mm ?Hg\b))"
)
# ... and a reading that can be nothing else, a higher pressure over a lower: "160/100 or more".
_PRESSURE_READING = re.compile(r"(?<![\d/.£])(\d{2,3})/(\d{2,3})(?![\d/]|\.\d)")


def _pressure_reading(match: re.Match) -> str:
    upper, lower = int(match.group(1)), int(match.group(2))
    if 90 <= upper <= 250 and 40 <= lower <= 150 and upper > lower:
        return f"{upper} over {lower}"
    return match.group()


# A time on the 24-hour clock ("14:00", "08:30"), or one written with a colon and no "am"/"pm".
_CLOCK_24 = re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)")
# The dash between two such times: "8:30-4:30" was "eight thirty-four thirty".
_CLOCK_24_RANGE = re.compile(
    r"(?<![\d:.])((?:[01]?\d|2[0-3]):[0-5]\d) ?[-\u2013] ?(?=(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))"
)
# Numbers either side of a colon that are not a time: a ratio, "1:1000" is "1 to 1000".
_RATIO = re.compile(r"(?<![\d:.])(\d+):(\d+)(?![\d:])")


# "x" between figures: "30 mins x 5 days", "1 x 5ml spoon", "10 x 10 cm" (read as the letter).
_MULTIPLIED = re.compile(r"(?:(?<=\d) ?|(?<=[a-z]) )[x\u00d7] ?(?=\d)")
# Packs of so many days or tablets, so many of them: "2 x 28 day packs" had been "two times
# twenty-eight day packs", heard as a dose; "two packs of twenty-eight days" (as "two
# twenty-eight-day packs" might be heard two hundred and twenty-eight).
# ... or a count with no "x" ("two 28-day packs", "2 28 day packs": heard as 228 the same way).
_PACKS_OF = re.compile(
    r"\b(\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"(?P<times> ?[x\u00d7] ?| )(\d{1,3})[ -](day|week|month|tablet|capsule|sachet|dose|pill|patch"
    r"|injection|pen|vial)s?[ -](pack|packet|box|bottle|strip|blister pack|carton)(s?)\b"
)


def _packs_of(match: re.Match) -> str:
    packs, times, each, thing, container, _ = match.groups()
    plural = "es" if container.endswith("x") else "s"
    said_before = r"(?:\d|\b(?:" + "|".join(_NUMBER_WORDS - {"and"}) + r")),? $"
    if times == " " and re.search(said_before, match.string[: match.start()]):
        return match.group()  # a number's last figures, no count: "... 3512 28 day packs"
    one = packs.lower() in ("1", "one")
    return f"{packs} {container if one else container + plural} of {counted(each, thing)}"


# "3 x 10 reps" is three sets of ten (it was "three ten reps").
_SETS_OF_REPS = re.compile(r"\b(\d+) ?[x\u00d7] ?(\d+)(?= (?:reps|repetitions)\b)")
# "x 10 reps" is "ten reps" (it was "x ten reps").
_COUNT_OF_REPS = re.compile(r"(?<!\w)[x\u00d7] ?(\d+)(?= (?:reps|repetitions)\b)")
# An exercise sheet's count: "Repeat x10" is "Repeat ten times" (it was "Repeat times ten"), and
# "Repeat 10x." "ten times".
_REPEATS = re.compile(r"\b(?<!\d )([A-Za-z]+) [x\u00d7] ?(\d+)\b(?! ?(?:mm|cm|m)\b)")
# A count of times in brackets: "(x2)" is "(two times)" (it was "(x two)").
_TIMES_BRACKETED = re.compile(r"\([x\u00d7] ?(\d+)\)")
_TIMES_ALONE = re.compile(
    r"\b(\d+) ?x(?=[.,;)]|$| (?:for|each|on|in|more|less|as|higher|lower|greater)\b)"
)  # "up to 3x more likely" was "three x more"
# ... a comparison stays "times": "1x as likely" is no "once as likely", "once more" is again.
_A_COMPARISON = re.compile(r" (?:more|less|as|higher|lower|greater)\b")
# "1 hrly" is "every hour", "6–8 hourly" "every 6 to 8 hours" (said "one hrly").
# ... and joined to it: "8-hourly" had been "eight-hourly" while "4 hrly" was "every four hours"
_HOURLY = re.compile(r"\b(\d+)(?: ?[-\u2013] ?(\d+))?(?: ?|-)(?:hrly|hourly)\b")
# ... and in a prescription's Latin: "q4h" ("quaque 4 hora") had been "q four h".
_EVERY_Q_HOURS = re.compile(r"\b[qQ](\d{1,2})(?: ?[-\u2013] ?(\d{1,2}))?(?:h|H|hrs?|hourly)\b")
_DONE_SO_OFTEN = re.compile(r" (?!(?:as|is|was|this|plus|unless|always|us|hours|days)\b)[a-z]+s\b")
# "wk 3" is "week 3" (it was "W K three"); after a figure it is a unit already.
_WEEK_NUMBER = re.compile(r"\b(?:wk|Wk)\.? (?=\d)")
# A unit named after "in" with no figure: "Measure it in ml".
_IN_UNIT = re.compile(r"\bin (ml|mls|mg|kg|cm|mm|mmol)\b(?![/\w])")
# ... and after "per": "Give 15 milligrams per kg" left "kg" to the voice's letters.
_PER_UNIT = re.compile(r"\bper (ml|mL|mls|mg|mcg|g|kg|cm|mm|mmol|L|kcal)\b(?![/\w])")
# "0 = no urgency": "=" between words is "is" (the voice said "equals").
# After a dose closed by a pause ("six tablets, each of five milligrams, = 30 mg"), "which is".
_EQUALS = re.compile(r"(?<=[\w%)])(,?) = (?=\w)")
# ... and after a dose with no comma, the sum of the doses before it: "Take 1 x 3mg and 1 x 1mg
# tablet = 4mg" had been "one tablet of one milligram is four milligrams", the second tablet
# heard as four milligrams
def _a_sum_of_doses(match: re.Match) -> bool:
    """Whether "=" follows doses said in a sentence of their own ("Take ... tablet = 4mg"), not
    a measure defined ("1 unit = 10 ml": "one unit is ten millilitres")."""
    before = re.split(r"[.!?:;]\s", match.string[: match.start()])[-1]
    first = before.split()[0].lower() if before.split() else ""
    a_measure = first[:1].isdigit() or first in (*NUMBER_NAMES, "a", "an")
    # (doses counted: "Total daily dose = 40 units" is no sum)
    counted = re.search(r"\d", before) or set(before.lower().split()) & set(NUMBER_NAMES)
    return bool(_SUM_OF_DOSES.search(before) and counted) and not a_measure


_SUM_OF_DOSES = re.compile(
    rf"\b(?:{_DOSE_FORMS}|milligrams?|micrograms?|grams?|millilitres?|units?|mg|mcg|ml|g)s?$",
    re.IGNORECASE,
)
# ... and opening a bracket after a dose, or between a dose and another with no space: "Give
# 2 tablets (=1g)" and "1ml=5mg" left the sign to the voice ("(=one gram)").
_EQUALS_BRACKETED = re.compile(r"\(= ?(?=\d)")
_EQUALS_CLOSE = re.compile(r"(?<=[a-z\d%])=(?=\d)")


def _multiplied(match: re.Match) -> str:
    """ "times", or "by" between the sides of a size ("10 x 10 cm" is "ten by ten cm")."""
    size = re.match(r"\d+(?:\.\d+)? ?(?:mm|cm|m)\b", match.string[match.end() :])
    return " by " if size else " times "


# A range of times and a part of the day after it: "from 2000 to 0600 at night" (the times
# written with a colon by now, or with "am", "pm").
_WRITTEN_TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|[1-9])(?:[.:][0-5]\d)? ?[ap]\.?m\b\.?"
_RANGE_THEN_PART_OF_DAY = re.compile(
    rf"(?<![\d:.])(?P<first>{_WRITTEN_TIME})(?P<joint> ?[-\u2013] ?| to | until | till )"
    rf"(?P<last>{_WRITTEN_TIME})"
    r"(?P<part> (?:at night|in the (?:morning|afternoon|evening)|tonight))\b"
)


def _written_hour(written: str) -> int | None:
    """The hour (0 to 23) of a time as written, or None where it may be either half of the day
    ("9:30")."""
    clock = re.fullmatch(r"(\d{1,2})(?:[.:](\d\d))? ?([ap])?.*", written)
    hour, half = int(clock[1]), clock[3]
    if half:
        return hour % 12 + (12 if half == "p" else 0)
    return hour if written[0] == "0" or hour >= 10 else None


def _part_of_day_to_its_time(match: re.Match) -> str:
    """A part of the day after a range is the range's, said with the time it names: "from 2000
    to 0600 at night" had been "from eight in the evening to six in the morning at night", as if
    six were at night. Where it names both, each time is said with it; where it names the last
    time's part alone, or neither's, it stays."""
    first, last = _written_hour(match["first"]), _written_hour(match["last"])
    if first is None or last is None:
        return match.group()
    part = match["part"]
    if not _part_of_day_named(first, part):
        return match.group()
    if _part_of_day_named(last, part):
        # both its times: said alike, the part once ("from 10pm to 11pm at night" had been
        # "from ten in the evening to eleven o'clock at night"; see _SAME_HALF_OF_DAY)
        return f"{match['first']}{part}{match['joint']}{match['last']}{part}"
    return f"{match['first']}{part}{match['joint']}{match['last']}"


# A column's time in brackets after its part of the day or its meal: "Morning (0800)" (it had
# been "Morning (eight hundred)"), "Evening (2000)" ("two thousand"), "Bedtime (2200)".
_TIME_AFTER_ITS_PART = re.compile(
    r"\b((?i:morning|afternoon|evening|night|bedtime|breakfast|lunch|lunchtime|tea|teatime|"
    r"dinner|supper|midday|meal)) \(([01]\d|2[0-3])([0-5]\d)\)"
)


def _time_after_its_part(match: re.Match) -> str:
    """ "Morning (0800)" -> "Morning (eight o'clock)": the part of the day said once; else the
    time for the clock's rules, "Bedtime (22:00)"."""
    part, hour, minutes = match[1], int(match[2]), match[3]
    if _part_of_day_named(hour, f" {part.lower()}"):
        said = _clock_words(hour % 12 or 12, minutes) + (" o'clock" if minutes == "00" else "")
        return f"{part} ({said})"
    return f"{part} ({match[2]}:{minutes})"


def _clock_figures_range(match: re.Match) -> str:
    """ "1400 to 2000" as "14:00 to 20:00" for the clock's rules where it is a range of times
    (see _CLOCK_FIGURES_RANGE); a count, a dose or years as written."""
    if not _AFTER_A_CLOCK.fullmatch(match["after"]):
        return match.group()
    text, before = match.string, match.string[: match.start()]
    first, last = match[1] + match[2], match[4] + match[5]
    if match["joint"] == " and " and not re.search(r"\b(?i:between) $", before):
        return match.group()  # "1400 and 2000" may be two counts
    if all(re.fullmatch(_YEAR_FIGURES, end) for end in (first, last)):
        quarters = all(end[2:] in ("00", "15", "30", "45") for end in (first, last))
        said = text[: match.start()] + " " + text[match.end() :]
        if not quarters or _ABOUT_YEARS.search(said) or _ABOUT_YEARS.search(before):
            return match.group()
        if not (_ABOUT_HOURS_NOT_YEARS.search(said) or _TIME_OF_DAY.search(said)):
            return match.group()
    elif not (
        first.startswith("0")
        or last.startswith("0")
        or _ABOUT_HOURS.search(text)
        or _TIME_OF_DAY.search(text)
        or _ANOTHER_TIME.search(text[: match.start()] + " " + text[match.end() :])
    ):
        return match.group()
    return f"{match[1]}:{match[2]}{match['joint']}{match[4]}:{match[5]}{match['after']}"


def _clock_24(match: re.Match) -> str:
    """A time; but a ratio where the words around speak of mixing: "a 1:10 bleach solution"
    was said "a one ten bleach solution"."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    if match.group(1) == "1" and (
        re.search(r"\b(?:dilute|diluted|ratio of|mixed|mix)\s$", before, re.I)
        or re.match(r"\s(?:bleach|solution|dilution|mixture|strength)\b", after, re.I)
    ):
        return f"{match.group(1)} to {int(match.group(2))}"
    return _time_24(match.group(1), match.group(2), match.string[match.end() :])


def _time_24(written: str, minutes: str, rest: str) -> str:
    """ "14:00" -> "two in the afternoon", "08:30" -> "eight thirty in the morning" (read as
    "fourteen:zero" before). "9:30" may be either half of the day: "nine thirty"."""
    hour = int(written)
    # "8:00–20:00": a range that ends after noon is written in the 24-hour clock
    in_24_hours = re.match(r" ?(?:[-\u2013]|to) ?(?:1[3-9]|2[0-3])[:.]\d\d", rest)
    if hour < 10 and not written.startswith("0") and not in_24_hours:
        if minutes == "00":
            return f"{number_words(hour)} o'clock"
        return _clock_words(hour, minutes)
    if _part_of_day_named(hour, rest):
        return _clock_words(hour % 12 or 12, minutes) + (" o'clock" if minutes == "00" else "")
    half = "a" if hour < 12 else "p"
    return _said_clock(hour % 12 or 12, minutes, half)


# A reference to a paper, as a leaflet's last lines list them: "Smith J et al. (2019) BMJ 8:
# 111-126", "Br J Anaesth. 2020;125(4):456-462", "Vol 12 (3) pp 45-50", "doi: 10.1136/bmj.l1234".
# Its figures had been said as a time ("8: 111"), the phone service "one one one", a range joined
# by a dash ("one one one-one hundred and twenty-six") and a decimal ("ten point one one three
# six"). Only in a line that cites ("et al", a year in brackets or before ';', "Vol", "pp", "doi").
_CITES = re.compile(
    r"\bet al\b|\(\s*(?:19|20)\d\d[a-z]?\s*\)|\b(?:19|20)\d\d\s*;\s*\d|\bvol\.?\s*\d|\bpp\.?\s*\d|"
    r"\bdoi\b|\b\d{1,4}\s*\(\d{1,4}\)\s*[:,]\s*\d{1,5}\s*[-\u2013]\s*\d{1,5}\b",
    re.IGNORECASE,
)
_PAGES = r"(?P<first>\d{1,5})(?:\s*[-\u2013]\s*(?P<last>\d{1,5}))?(?![\d:])"
_CITED_PARTS = [
    # "Vol 12 (3)", "Vol. 12, No. 3"; then "pp 45-50" or "p. 7" alone
    re.compile(r"\bvol(?:ume)?\.?\s*(?P<volume>\d{1,4})(?:\s*\((?P<issue>\d{1,4})\)|,?\s*no\.?\s*"
               r"(?P<number>\d{1,4}))?", re.IGNORECASE),
    re.compile(
        r"(?P<lead>,?\s*)(?:\bpp?\.\s*" + _PAGES
        + r"|\bpp\s*" + _PAGES.replace("?P<", "?P<p") + ")",
        re.IGNORECASE,
    ),
    # "2020;125(4):456-462", "8: 111-126", "12(3), 45-50"
    re.compile(
        r"(?:(?P<year>(?:19|20)\d\d)\s*;\s*)?(?<![\d.:])(?P<volume>\d{1,4})"
        r"(?:\s*\((?P<issue>\d{1,4})\))?(?:\s*:\s*|(?<=\))\s*,\s*)" + _PAGES,
        re.IGNORECASE,
    ),
]
# ... and a page a leaflet points to, outside a citation: "See p. 4." had been "See p. Four.",
# the "p." taken for a sentence's end
_PAGE_SHORT = re.compile(r"(?<![\w.])(?:(pp|pgs?)\.?|(p)\.) ?(?=\d)")
# ... and written with a capital where a word points to it: "See P. 4" had been "See P. Four"
# ("P." may be a person's initial elsewhere: "Dr P. 4 ..." is left).
_PAGE_SHORT_CAPITAL = re.compile(
    r"(?:(?<=\b(?i:see) )|(?<=\b(?i:see also) )|(?<=\b(?i:on) )|(?<=\b(?i:turn to) )|"
    r"(?<=\b(?i:go to) ))(?:(P[Pp]|PP|P[Gg]s?|PGS?)\.?|(P)\.) ?(?=\d)"
)
# Words that point at the printed page, which a listener does not have: "the table below",
# "see the picture opposite", "shown overleaf", "the box on page 3", "(see page 4)". The
# recording says a table, a list and a picture's description where print has them, in the
# order print has them, and has no pages: "below" is "that follows", "above" "earlier",
# "overleaf" "later in this recording", "opposite" "in this section" (print puts a picture
# beside its words); a page is "elsewhere in this recording", as its number is in no place a
# listener can reach (and a page's number may be before or after). A pointer in brackets is
# left out whole, as the words around it say all without it. "Keep the bag below your
# bladder", "the opposite leg" and "a temperature above 38°C" say where, and stay.
_PAGES = r"(?:(?:pages? |pp?\. ?|pgs?\. ?)\d{1,2}(?:(?: ?[-\u2013] ?| to | and )\d{1,2})?)"
_THINGS_ON_A_PAGE = (
    r"(?:tables?|charts?|lists?|box(?:es)?|diagrams?|pictures?|figures?|illustrations?|images?|"
    r"photo(?:graph)?s?|drawings?|sections?|information|details|advice|instructions|steps|"
    r"exercises|questions|numbers|contacts|forms?|timetables?|diary|maps?|key|links?|foods|"
    r"points|tips|signs|symptoms)"
)
_PICTURES_ON_A_PAGE = (
    r"(?:diagrams?|pictures?|figures?|illustrations?|images?|photo(?:graph)?s?|drawings?)"
)
_ON_PAGE_AS_WRITTEN = r"(?:placed|listed|shown|given|described|explained|set out|printed|detailed)"
_BRACKETED_POINTER = re.compile(
    rf" ?\((?:please )?(?:(?:see|turn to|go to|read)(?: also)? )?(?:{_PAGES}|overleaf|"
    rf"(?:over|on the next|on the back) page|below|above|opposite|"
    rf"(?:the |this )?(?:{_THINGS_ON_A_PAGE}|{_PICTURES_ON_A_PAGE})(?: \d{{1,2}}[a-z]?)?"
    rf"(?: below| above| overleaf| opposite| on (?:the (?:next|back|opposite) page|{_PAGES}))?)\)",
    re.IGNORECASE,
)
_NOT_A_PLACE_AFTER = r"(?! (?:the|your|a|an|this|that|these|those|his|her|its|their|\d)\b)"
_LAYOUT_POINTERS = (
    (re.compile(r"\b(?:on the back page|on the back of this leaflet|at the back of this "
                r"leaflet)\b", re.IGNORECASE), "at the end of this recording"),
    (re.compile(r"\bon (?:the )?(?:opposite|facing) page\b", re.IGNORECASE), "in this section"),
    (re.compile(rf"\b(as )?shown (?:below|above|opposite|overleaf){_NOT_A_PLACE_AFTER}",
                re.IGNORECASE), None),
    (re.compile(r"\b(?:on the next page|over the page|overleaf)\b", re.IGNORECASE),
     "later in this recording"),
    (re.compile(rf"\b(?:turn|go) to {_PAGES}(?!\w)", re.IGNORECASE),
     "see elsewhere in this recording"),
    (re.compile(rf"(?:\b(?:on|at|in) |(?<=\bsee )|(?<=\bsee also )){_PAGES}(?!\w)", re.IGNORECASE),
     "elsewhere in this recording"),
    (re.compile(rf"\b({_ON_PAGE_AS_WRITTEN}) below{_NOT_A_PLACE_AFTER}\b", re.IGNORECASE),
     r"\1 next"),
    (re.compile(rf"\b({_ON_PAGE_AS_WRITTEN}) above{_NOT_A_PLACE_AFTER}\b", re.IGNORECASE),
     r"\1 earlier"),
    (re.compile(rf"\b({_PICTURES_ON_A_PAGE}) opposite{_NOT_A_PLACE_AFTER}\b", re.IGNORECASE),
     r"\1 in this section"),
    (re.compile(rf"\b({_THINGS_ON_A_PAGE}|{_PICTURES_ON_A_PAGE}) below{_NOT_A_PLACE_AFTER}\b",
                re.IGNORECASE), "that follow"),
    (re.compile(rf"\b({_THINGS_ON_A_PAGE}|{_PICTURES_ON_A_PAGE}) above{_NOT_A_PLACE_AFTER}\b",
                re.IGNORECASE), r"\1 earlier in this recording"),
    (re.compile(r"\bsee (below|above)\b(?=\s*[.,;:!?)]|$)", re.IGNORECASE), None),
    (re.compile(r"(?:^|(?<=[.!?] ))Below (is|are)\b"), r"Here \1"),
)


def _shown_said(match: re.Match) -> str:
    """ "as shown below" as "as described next", "shown opposite" as "shown in the picture in
    this section"; "see below" "see what follows", "see above" "see what was said earlier"."""
    written = match.group().lower()
    if written.startswith("see"):
        said = "see what follows" if written.endswith("below") else "see what was said earlier"
    elif written.endswith("below"):
        said = ("as " if match[1] else "") + "described next"
    elif written.endswith("above"):
        said = ("as " if match[1] else "") + "described earlier"
    elif written.endswith("overleaf"):
        said = ("as " if match[1] else "") + "described later in this recording"
    else:
        said = ("as " if match[1] else "") + "shown in the picture in this section"
    return _as_cased(match, said)


def layout_pointers_said(text: str) -> str:
    """Words pointing at the printed page as a listener can follow them (see _LAYOUT_POINTERS):
    "See the table below" as "See the table that follows", "the box on page 3" as "the box
    elsewhere in this recording"; "(see page 4)" is left out."""
    text = _BRACKETED_POINTER.sub("", text)
    for pattern, said in _LAYOUT_POINTERS:
        if said is None:
            text = pattern.sub(_shown_said, text)
        elif said == "that follow":  # "the table that follows", "the steps that follow"
            text = pattern.sub(_that_follow, text)
        else:
            text = pattern.sub(lambda m, said=said: _as_cased(m, m.expand(said)), text)
    return text


def _that_follow(match: re.Match) -> str:
    """ "the table below" as "the table that follows"; after "follow" ("Follow the steps
    below"), "the steps that come next"."""
    verb = ("come", "next") if re.search(
        r"\bfollow\w*\s+(?:[\w'-]+\s+){0,2}$", match.string[: match.start()], re.IGNORECASE
    ) else ("follow", "")
    return f"{match[1]} that {verb[0]}{_verb_s(match[1])}{' ' + verb[1] if verb[1] else ''}"


def _verb_s(noun: str) -> str:
    """The "s" of a verb after `noun`: "the table follows", "the steps follow"."""
    return "" if noun.lower().endswith("s") and not noun.lower().endswith("ss") else "s"


def _as_cased(match: re.Match, said: str) -> str:
    return said[0].upper() + said[1:] if match.group()[0].isupper() else said


_DOI = re.compile(r"\bdoi\s*:?\s*(?P<doi>10\.\d{3,9}/[^\s,;]+?)(?=[.,;]?(?:\s|$))", re.IGNORECASE)


def _citation_said(text: str) -> str:
    """A reference to a paper with its volume, issue, pages and DOI said for what they are:
    "BMJ 8: 111-126" as "BMJ volume eight, pages one hundred and eleven to one hundred and
    twenty-six" (see _CITES)."""
    if not _CITES.search(text):
        return text

    def parts(match: re.Match) -> str:
        found = {key: value for key, value in match.groupdict().items() if value}
        said = [found["year"] + ","] if "year" in found else []
        if "volume" in found:
            volume = "Volume" if match.group().startswith("V") else "volume"
            said.append(f"{volume} {number_words(int(found['volume']))}")
        if issue := found.get("issue") or found.get("number"):
            said.append(f"issue {number_words(int(issue))}")
        first = found.get("first") or found.get("pfirst")
        last = found.get("last") or found.get("plast")
        if first and last:
            said.append(f"pages {number_words(int(first))} to {number_words(int(last))}")
        elif first:
            said.append(f"page {number_words(int(first))}")
        head = said.pop(0) + " " if said and said[0].endswith(",") else ""
        before = ""
        if "lead" in match.groupdict():  # pages after a volume follow a comma, not a new sentence
            # (... or a word, not a volume's or issue's number: "See pp. 4-6" had been "See,
            # pages four to six")
            ended = re.search(r"(?:^|[.!?(]|\b([A-Za-z]+))\s*$", match.string[: match.start()])
            led = ended and not (ended[1] and ended[1].lower() in _NUMBER_WORDS)
            before = match["lead"] if led else ", "
        return before + head + ", ".join(said)

    text = _DOI.sub(lambda m: f"D O I {spoken_reference(m['doi'])}", text)
    for form in _CITED_PARTS:
        text = form.sub(parts, text)
    return text


def _month_name(written: str) -> str:
    """ "Oct" -> "October" ("since Oct 2017" was "Oct two thousand and seventeen")."""
    return next(name for name in calendar.month_name[1:] if name.startswith(written[:3]))


def _listed(items: list[str]) -> str:
    """ "Monday, Wednesday and Friday"."""
    return ", ".join(items[:-1]) + " and " + items[-1]


def _day_range(match: re.Match) -> str:
    """ "Mon-Thurs" -> "Monday to Thursday", "Sat/Sun" -> "Saturday and Sunday" ("Sun" alone
    may be the sun)."""
    joiner = " and " if match.group(2) == "/" else " to "
    return _day_name(match.group(1)) + joiner + _day_name(match.group(3))


def _day_and_month(match: re.Match) -> str:
    """ "Thurs 12 Oct 2026" -> "Thursday the twelfth of October twenty twenty-six", as a British
    speaker says a date (it was "twelve October two thousand and twenty-six")."""
    day, date, month, year = match.groups()
    if not 1 <= int(date) <= 31:
        return match.group()
    return (f"{_day_name(day)} " if day else "") + _the_day_of(int(date), _month_name(month), year)


# A date said with its "the" after the leaflet's own: "Open the 3rd March" had been "Open the
# the third of March", "from the 24th December" "from the the twenty-fourth".
_THE_TWICE = re.compile(r"\b([Tt]he) the (?=(?:[a-z]+-)?(?:first|second|third|[a-z]+th)\b)")


def _first_of_dates(match: re.Match) -> str:
    """ "1st-3rd June" -> "the first to the third of June"."""
    day, date, joined = match.groups()
    joined = joined.strip(" -\u2013") or "to"
    return (f"{_day_name(day)} " if day else "") + f"the {ordinal_words(int(date))} {joined} "


def _day_month(match: re.Match) -> str:
    """ "12/01" -> "the twelfth of January" (read as "twelve/one" before)."""
    day, month = (int(part) for part in match.groups() if part)
    return _the_day_of(day, calendar.month_name[month])


def _strengths_said(match: re.Match) -> str:
    """A combination medicine's strengths, each part's, said with their slash: "Sinemet 25/100"
    -> "Sinemet 25 slash 100" (as "co-careldopa 25/100" is), "12.5/50 mg" -> "12.5 slash 50 mg".
    Without a unit, only after a brand's or a medicine's name and where no date or score can be
    meant ("Week 1/2", "Grade 3/4", "Your score 15/27" are left for the rules after)."""
    parts = [part for part in match.group(1, 2, 3) if part]
    if not match.group("unit"):
        brand = _BRAND_BEFORE.search(match.string[: match.start()])
        name = brand and brand.group(1)
        if not name or not (
            _MEDICINE_NAME.fullmatch(name)
            or name[0].isupper() and _rare_word(name)
        ):
            return match.group()
        first, second = parts[0], parts[1]
        if "." not in first + second and int(first) <= 31 and int(second) <= 12:
            return match.group()  # a day and month, whatever comes before
    return " slash ".join(parts) + (match.group("unit") or "")


@cache
def _rare_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < _BRAND_ZIPF


def _a_day_of_the_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]  # (29 February)


def _bare_day_month(match: re.Match) -> str:
    """ "24/12" -> "the twenty-fourth of December" where it can only be a date: a day past the
    twelfth (no month, and no fraction a leaflet writes), or any day and month after a word that
    leads to a date ("on 5/3", "from 1/4") and not before a fraction's word ("on 1/2 a tablet").
    One joined to a date by "to" or a dash is a date too ("25/12 to 1/1"). Anything else ("Week
    1/2", "6/6 vision", "for 14/7") is left as written for the rules after."""
    day, month, joint, day_2, month_2 = match.groups()
    text = match.string
    before = text[: match.start()]
    after_first = text[match.end(2) :] if joint is None else ""
    after = text[match.end() :]
    if f"{int(day)}/{int(month)}" == "24/7" or _COURSE_LEAD.search(before):
        return match.group()

    def certain(d: str, m: str, lead: bool, follows: str) -> bool:
        d_, m_ = int(d), int(m)
        if not _a_day_of_the_month(d_, m_):
            return False
        if d_ > m_ and d_ >= 13:
            return True
        return lead and not (d_ <= m_ and _FRACTION_FOLLOWS.match(follows))

    lead = bool(_DATE_LEAD.search(before))
    first = certain(day, month, lead, after_first if joint is None else f" {joint.strip()}")
    if joint is None:
        return _day_month_said(day, month) if first else match.group()
    second = certain(day_2, month_2, False, after)
    both_days = _a_day_of_the_month(int(day), int(month)) and _a_day_of_the_month(
        int(day_2), int(month_2)
    )
    if (first or second) and both_days and not (
        int(day_2) <= int(month_2) and _FRACTION_FOLLOWS.match(after)
    ):
        said_joint = " to " if joint.strip() in ("-", "\u2013") else joint
        return _day_month_said(day, month) + said_joint + _day_month_said(day_2, month_2)
    return match.group()


def _day_month_said(day: str, month: str) -> str:
    return _the_day_of(int(day), calendar.month_name[int(month)])


def _clock(match: re.Match) -> str:
    """ "9am" -> "nine in the morning", "7:30pm" -> "seven thirty in the evening": "a m" is
    misheard ("9 a m" as "B9 at M")."""
    hour, minutes, half = int(match.group(1)), match.group(2), match.group(3).lower()
    if not 1 <= hour <= 12 or (minutes and int(minutes) > 59):
        return match.group()
    # "9am." ends a sentence; in "9 a.m. on Monday" the last dot belongs to "a.m.".
    rest = match.string[match.end() :]
    next_letter = rest.lstrip(" ")[:1]
    ends_sentence = match.group(5) and (not match.group(4) or not next_letter.islower())
    stop = "." if ends_sentence else ""
    if _part_of_day_named(hour % 12 + (12 if half == "p" else 0), rest):
        # "8am the next morning" was "eight in the morning the next morning"
        return _clock_words(hour, minutes) + (" o'clock" if not minutes or minutes == "00" else "")
    return _said_clock(hour, minutes, half) + stop


def _same_half_of_day(match: re.Match) -> str:
    """The part of the day said once for a range's two times (see _SAME_HALF_OF_DAY)."""
    joint = match.group(2)
    if joint == "and" and not _BETWEEN_TIME.search(match.string[: match.start() + 1]):
        return match.group()
    if joint != "and" and _MINUTES_TO_AN_HOUR.search(match.string[: match.start()]):
        return f" o'clock {joint} "
    return f" {joint} "


# A range of hours opening on five or ten, said "ten to eleven in the morning" ("Open 10am-11am",
# "Visiting 5-8pm", "Sat 10-1"), is heard as one time, ten minutes to eleven: the first hour is
# said with its "o'clock" ("ten o'clock to eleven in the morning"). Not after "between" (said
# "between ten and eleven").
_MINUTES_TO_AN_HOUR = re.compile(r"(?<![\w-])(?:five|ten)$")


def _o_clock_before_to(match: re.Match, hour: str) -> str:
    """ "10" -> " o'clock" before the "to" of a range of hours (see _MINUTES_TO_AN_HOUR)."""
    between = re.search(r"\b(?i:between) $", match.string[: match.start(hour)])
    return " o'clock" if match[hour] in ("5", "10") and not between else ""


# A range of opening hours written with "to", or after "from" ("Open 10 to 1", "The clinic is
# open from 10 to 1pm", "Visiting is from 10-1 daily"), was said "ten to one": ten minutes to
# one; "Phone 10-1" was "Phone ten, one". It is a range of hours where a day's name, "open",
# "hours", "staffed", "phone", "call" or "ring" leads to it, or "from" in a sentence about hours
# and no dose; its far end an hour with nothing counted after it ("from 10 to 14 days", "Monday
# 10 to 12 reps", "Ring 5-10 times", "from 10 to 5 tablets" are counts). It is said as a dash's
# range is: "ten o'clock to one". "at 10 to 1" is one time, as written.
_HOURS_JOINED_RANGE = re.compile(
    r"(?<![\w.,:£$/-])(?P<hour>1[0-2]|[1-9])(?: ?[-\u2013] ?| to )"
    r"(?=(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?(?!\d|[.:]\d)"
    r"(?: ?[ap]\.?m\b|\s*(?:$|[.,;:!?)\u2013-]|[A-Z]|(?:on|each|every|daily|weekdays|at weekends"
    r"|and|or|except|only|in the (?:morning|afternoon|evening))\b)))"
)
_HOURS_LEAD = re.compile(
    rf"(?:\b(?:{_DAY}|[Oo]pens?|[Hh]ours|[Ss]taffed|[Vv]isiting|from)(?::|,| is| are)?"
    r"|\b[Tt]imes(?::| are)"
    r"|\b(?:[Pp]hone|[Tt]elephone|[Cc]all|[Rr]ing)(?: us)?(?: lines?(?: are open)?)?:?) "
    # ... or another such range before it: "Visiting: 10 to 12 and 5 to 8"
    r"(?:(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?(?: ?[ap]\.?m)?(?: ?[-\u2013] ?| to )"
    r"(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?(?: ?[ap]\.?m)?(?:,| and|, and|,? or) )*$"
)
_ABOUT_OPENING = re.compile(
    r"\b(?i:hours|times|open|opens|opening|closed|visiting|visitors|clinics?|staffed|lines?)\b"
)


def _hours_joined_range(match: re.Match) -> str:
    """ "10 to " -> "10 o'clock to " in a range of hours (see _HOURS_JOINED_RANGE)."""
    before = re.split(r"[.!?;]\s", match.string[: match.start()])[-1]
    lead = _HOURS_LEAD.search(before)
    if not lead or _DOSE_WORDS.search(match.string):
        return match.group()
    if lead.group().startswith("from") and not _ABOUT_OPENING.search(before):
        return match.group()
    return match["hour"] + _o_clock_before_to(match, "hour") + " to "


# The part of the day named after a time: "at 8am the next morning", "9pm that evening", "after
# 1830 the evening before", "at 2200 at night", "at 8pm tonight".
_HALF_OF_DAY_NAMED = re.compile(
    r" (?:(?:the next|next|the following|tomorrow|that|this|each|every|in the|on the|at|the) )?"
    r"(morning|afternoon|evening|night)s?\b| (tonight)\b"
)
# ... and the hours (0 to 23) each part of the day takes in
_HOURS_OF = {
    "morning": range(0, 12), "afternoon": range(12, 19), "evening": range(16, 24),
    "night": (*range(19, 24), *range(0, 5)), "tonight": range(16, 24),
}  # fmt: skip


def _part_of_day_named(hour: int, rest: str) -> bool:
    """Whether the words after a time (hour 0 to 23) name its part of the day, so it is not said
    twice ("six thirty in the evening the evening before"); a part that is not the time's is no
    repeat, and both are said."""
    named = _HALF_OF_DAY_NAMED.match(rest)
    return bool(named) and hour in _HOURS_OF[named[1] or named[2]]


def _clock_words(hour: int, minutes: str | None) -> str:
    """9, "05" -> "nine oh five"; 9, "00" -> "nine"."""
    said = number_words(hour)
    if minutes and minutes != "00":
        said += f" {'oh ' if minutes[0] == '0' else ''}{number_words(int(minutes))}"
    return said


def _said_clock(hour: int, minutes: str | None, half: str) -> str:
    said = _clock_words(hour, minutes)
    if hour == 12 and not minutes or minutes == "00" and hour == 12:
        return "midnight" if half == "a" else "twelve noon"
    if half == "a":
        return f"{said} {'at night' if hour == 12 else 'in the morning'}"
    return f"{said} in the {'afternoon' if hour == 12 or hour < 6 else 'evening'}"


@dataclass(frozen=True)
class Utterance:
    """One sentence (or one run in another language) for one voice, then a pause."""

    text: str
    lang: str  # primary language subtag: "en", "ur", ...
    role: str  # announcement | duration | heading | notice | picture | text | offer | end
    pause_after: float
    chapter: str | None = None  # a chapter's title: the chapter starts with this utterance


@dataclass(frozen=True)
class SpeechScript:
    utterances: tuple[Utterance, ...]
    duration_estimated: bool

    @property
    def chapters(self) -> list[str]:
        return [u.chapter for u in self.utterances if u.chapter]

    def word_count(self) -> int:
        return sum(len(u.text.split()) for u in self.utterances)

    def as_text(self) -> str:
        """The script as a person checks it: one utterance a line, pauses and voices shown."""
        lines = []
        if self.duration_estimated:
            lines.append(
                "(The length below is estimated; the recording states the length measured "
                "after synthesis.)"
            )
        for u in self.utterances:
            if u.chapter:
                lines.append(f"\n--- chapter: {u.chapter}")
            voice = "" if u.lang == "en" else f"[{u.lang} voice] "
            lines.append(f"{voice}{u.text}")
            if u.pause_after >= PAUSE_AFTER["paragraph"]:
                lines.append(f"    (pause {u.pause_after:.1f} s)")
        return "\n".join(lines)


def describe_duration(seconds: float) -> str:
    """ "about 2 minutes and 35 seconds", to the nearest 5 seconds."""
    total = max(5, int(round(seconds / 5.0)) * 5)
    minutes, rest = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if rest:
        parts.append(f"{rest} seconds")
    return "about " + " and ".join(parts)


_DURATION_SENTENCE = re.compile(
    r"lasts about (?:(\d+) minutes?)?(?: and )?(?:(\d+) seconds)?", re.IGNORECASE
)


def announced_seconds(text: str) -> int | None:
    """The length a duration sentence announces, in seconds."""
    match = _DURATION_SENTENCE.search(text)
    if not match or not any(match.groups()):
        return None
    return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)


# A footnote: a paragraph opening with its mark ("* or any other petroleum jelly", "** Your
# nurse will tell you ...", "† ..."), the mark on a word elsewhere ("Vaseline*", "healed**.",
# after its sentence's stop: "operation.*"). A star between figures is the sign for times.
_NOTE_OPENS = re.compile(r"(\*{1,3}|[\u2020\u2021])[ \t]*(?=[^\W\d_])")


def _note_mark(mark: str) -> re.Pattern:
    return re.compile(rf"(?<=[^\W_])([.!?]?){re.escape(mark)}(?![*\w])")


class _Footnotes:
    """A leaflet's footnotes as a listener can tie each to its word: the mark had been dropped
    as unsaid, so "Do not use Vaseline* on the dressing." and "* or any other petroleum jelly"
    were heard apart, the ban as Vaseline's alone. The mark is said "(see note)", and the note
    where it stands "Note: ...", its marked word first where the note goes on from it ("Note:
    Vaseline or any other petroleum jelly."); several notes are numbered in the leaflet's
    order. A note with no mark found, or a mark with no note, is as before (the star unsaid)."""

    def __init__(self, leaflet: Leaflet):
        notes: list[str] = []
        marked: dict[str, set[str]] = {}
        runs = [
            (isinstance(block, Paragraph), plain_text(spans).strip())
            for block in leaflet.blocks for spans in inlines_of(block)
        ]
        for paragraph, text in runs:
            if paragraph and (opens := _NOTE_OPENS.match(text)) and opens[1] not in notes:
                notes.append(opens[1])
        for paragraph, text in runs:
            if paragraph and _NOTE_OPENS.match(text):
                continue
            for mark in notes:
                for found in _note_mark(mark).finditer(text):
                    word = re.search(r"[\w'’-]+$", text[: found.start()])
                    marked.setdefault(mark, set()).add(word[0] if word else "")
        self.marks = [mark for mark in notes if mark in marked]
        self.words = marked

    def _name(self, mark: str) -> str:
        if len(self.marks) == 1:
            return "note"
        return f"note {number_words(self.marks.index(mark) + 1)}"

    def said(self, text: str) -> str:
        """`text` with its marks said, or the note it is said as one."""
        if not self.marks:
            return text
        opens = _NOTE_OPENS.match(text)
        if opens and opens[1] in self.marks:
            note, words = text[opens.end() :], self.words[opens[1]]
            if note[:1].islower() and len(words) == 1 and (word := next(iter(words))):
                note = f"{word} {note}"  # "or any other petroleum jelly": Vaseline's
            return f"{self._name(opens[1]).capitalize()}: {note}"
        for mark in sorted(self.marks, key=len, reverse=True):
            see = f" (see {self._name(mark)})"
            text = _note_mark(mark).sub(lambda m, see=see: see + m[1], text)
        return text


class _ScriptBuilder:
    def __init__(self, leaflet: Leaflet, normalise: SpeechNormaliser):
        self.leaflet = leaflet
        self.normalise = normalise
        self.footnotes = _Footnotes(leaflet)
        self.language = primary_language(leaflet.meta.language)
        self.field_filler = who_fills_fields(leaflet.meta.department)
        self.own_record = False  # in a part the reader fills in ("Write down each dose")
        # whether the leaflet has the reader choose when to start ("Choose a day to start")
        self.reader_starts = any(
            _READER_CHOOSES_START.search(plain_text(spans))
            for block in leaflet.blocks for spans in inlines_of(block)
        )
        self.staff_part = False  # ... or in one for staff ("For clinic use only")
        self.marks_named = explains_its_marks(leaflet)  # a table's lone tick is "tick"
        self._section_level = 1  # the level of the heading over the text being said
        self.heading = ""  # ... and its words (a card under "Your heart nurse" is the nurse's)
        self._record_level: int | None = None  # ... and of the one over the reader's part
        self.utterances: list[Utterance] = []
        self.pending_chapter: str | None = None  # starts with the next utterance
        units = sorted(normalise.words.units, key=len, reverse=True)
        # a unit straight after a blank, alone or per another ("cm", "L/min", "mmol/L")
        self._unit_first = re.compile(
            rf"\s*(?:{'|'.join(map(re.escape, units))})(?:/\w+)?(?![\w/])"
        )

    def follow_own_record(self, block: Block) -> None:
        """Whether the blanks from this block on are the reader's (_keeps_own_record); a part
        under the heading of the reader's form ("### About your health" under "## Please
        complete this form") is still theirs, but for a part for staff ("### For staff use")."""
        if isinstance(block, Heading):
            inside = self.own_record and self._record_level is not None and (
                block.level > self._record_level
            )
            staff = _FOR_STAFF.search(plain_text(block.spans))
            self._section_level = block.level
            self.heading = plain_text(block.spans)
            self.own_record = (inside or _keeps_own_record(block, False)) and not staff
            self.staff_part = bool(staff)
            if not inside:
                self._record_level = block.level if self.own_record else None
            return
        afresh = _keeps_own_record(block, False)
        if isinstance(block, (Paragraph, Notice)) and _STAFF_PART.match(plain_text(block.spans)):
            # a line opening a part for staff, "For clinic use only", ends the reader's record
            # above it ("HbA1c: ___" after it had been "write in the number of ...")
            self.staff_part, self.own_record = True, False
            return
        if afresh:
            self.staff_part = False
        if not self.own_record and afresh:
            self._record_level = self._section_level
        self.own_record = _keeps_own_record(block, self.own_record)

    def say(
        self,
        text: str,
        role: str,
        lang: str | None = None,
        pause: str = "paragraph",
        leads_on: str = "",
    ) -> None:
        """Adds a passage: English is normalised and split into sentences; other languages are
        kept whole but for their telephone numbers and addresses (see other_language). A passage
        that leads on to the next ends with the mark given (a comma, or a colon before a list),
        not a full stop."""
        lang = primary_language(lang or self.language)
        text = prepare(text).strip()
        if lang == "en":
            said = self.normalise.marked(self.footnotes.said(text))
            if self.own_record:  # the reader's own form: they tick ("Did you wake up? ☐ Yes")
                said = said.replace(f"({WHICHEVER_TICKED})", "(tick one)")
            if not self.staff_part:  # "Have you checked their ID? ☐ Yes ☐ No" is staff's
                said = _READERS_ANSWER.sub(r"\1(tick one)", said)
            pieces = [("en", sentence) for sentence in self.normalise.sentences(said)]
        else:
            pieces = self.normalise.other_language(text, lang)
        pieces = _join_unspoken(pieces)
        for i, (piece_lang, sentence) in enumerate(pieces):
            last = i == len(pieces) - 1
            self.utterances.append(
                Utterance(
                    text=_end_with_stop(sentence, leads_on)
                    if last and piece_lang == "en"
                    else sentence,
                    lang=piece_lang,
                    role=role,
                    pause_after=PAUSE_AFTER[pause] if last else PAUSE_AFTER["sentence"],
                    chapter=self.pending_chapter,
                )
            )
            self.pending_chapter = None

    def spans(
        self,
        spans: Inline,
        role: str,
        prefix: str = "",
        pause: str = "paragraph",
        lang: str | None = None,
        leads_on: str = "",
        prefix_lang: str = "en",
    ) -> None:
        """Inline runs in another language go to that language's voice; a link's address is
        said after its words (a listener cannot follow it). The prefix is one of our English
        labels ("Important:", "Picture:"), so the English voice says it, unless it is given in
        the leaflet's language (a notice's "Pwysig:")."""
        runs: list[tuple[str, str]] = [(prefix_lang, f"{prefix} ")] if prefix else []
        spans = list(with_addresses(spans))  # a range's count is moved into what it says
        joined_in_range: set[int] = set()
        told_together: set[int] = set()  # a blank said with the one before it (_told_with_next)
        for index, span in enumerate(spans):
            if index in joined_in_range:
                continue
            if span.filled:
                span = replace(span, text=_typed_plainly(span.text))
            if span.filled and _NEXT_LABEL.match("".join(s.text for s in spans[index + 1 :])):
                # a form row filled in, "Name: Sarah O'Neill Phone: ...": a pause after each
                # value (the name had run into "Phone", as if part of her surname)
                span = replace(span, text=span.text.rstrip() + ",")
            if span.field:  # a blank is said as who fills it in, never as silence
                words, units = span.text.split(), self.normalise.words.units
                # a rate's unit is said in full too: "ml/hour", "millilitres an hour"
                unit, per = words[0].partition("/")[::2] if words else ("", "")
                in_full = (
                    [units[unit][1] + (f" {_per_said(per, units)}" if per else ""), *words[1:]]
                    if unit in units else None
                )
                # on the reader's own form, a part for staff ("Checked by radiographer (name):
                # ___ Time: ___", "For office use") is still theirs
                staff = _FOR_STAFF.search(plain_text(spans[: index + 1])) or self.staff_part
                # ... and the blank beside the reader's own ("Signature of patient: ___ Date:
                # ___") is theirs too
                beside_own = any(
                    s.field and _READERS_OWN_DETAIL.match(s.text.strip()) for s in spans[:index]
                )
                readers = _READERS_OWN_DETAIL.match(span.text.strip()) or _readers_start(
                    plain_text(spans[:index]), self.reader_starts
                ) or self.reader_starts and _START_NAMED.match(span.text.strip())
                if readers and staff and _BARE_SIGNATURE.match(span.text.strip()):
                    readers = None  # "Prescriber: ___ Signature: ___": the prescriber signs
                own = readers or not staff and (self.own_record or beside_own)
                who = YOURSELF if own else self.field_filler
                if who == YOURSELF and _prescribed_to_me(spans, index):
                    who = self.field_filler
                label = span.text
                if label == UNNAMED_BLANK and named_by_blank(plain_text(spans[:index])):
                    label = "name"  # "My inhaler is called, ... will tell you the name"
                if labels_first(label) and _says_before(plain_text(spans[:index]), label):
                    label = UNNAMED_BLANK  # "Name: [Name:]" had been "Name: Name: write ..."
                said_as = in_full and " ".join(in_full) or _in_a_sentence(label)
                said = _blank_said(label, who, said_as)
                if staff and not own and not labels_first(label) and label != UNNAMED_BLANK:
                    # staff write it for their own use: "For clinic use only: ___ (initials)"
                    # had been "your care team will tell you the initials"
                    said = f"{who} will fill in " + (
                        f"the number of {said_as}" if counts_something(label)
                        else the_thing(said_as)
                    )
                if counts_something(label) and _EVERY_BEFORE.search(plain_text(spans[:index])):
                    said = every_so_many(in_full and " ".join(in_full) or label, self.field_filler)
                half = index + 1 < len(spans) and _HALF_OF_THE_DAY.match(spans[index + 1].text)
                if half and not counts_something(label):  # "no later than ____ pm"
                    said += ", in the morning" if half["half"].lower() == "a" else ", after midday"
                    rest = spans[index + 1].text[half.end() :]
                    spans[index + 1] = replace(spans[index + 1], text=rest)
                between = _range_of_blanks(spans, index)
                ranged = between is not None
                if ranged:  # "between the two numbers your pharmacist gives you"
                    joined_in_range.update((index + 1, index + 2))
                    counted = ""
                    if index + 3 < len(spans) and not spans[index + 3].field:
                        counted, rest = _count_after_range(spans[index + 3].text)
                        spans[index + 3] = replace(spans[index + 3], text=rest)
                    said = _range_said(between, who, counted)
                told = not ranged and who != YOURSELF and said.startswith(f"{who} will tell you ")
                if told and not half and (index in told_together or _told_with_next(spans, index)):
                    # blanks one after the other in a sentence, "on ____ at ____": "on a date
                    # and at a time your care team will tell you" (each had been its own
                    # "..., your care team will tell you the date, at, ...")
                    noun = _some(said_as)
                    if _told_with_next(spans, index):
                        told_together.add(index + 2)
                        joins = spans[index + 1].text
                        if not re.search(r"\b(?:and|or)\b", joins, re.IGNORECASE):
                            more = _told_with_next(spans, index + 2)  # "a, b and c"
                            joins = (", " if more else " and ") + joins.strip(" ,") + " "
                        spans[index + 1] = replace(spans[index + 1], text=joins)
                        said = noun
                    else:
                        said = f"{noun} {who} will tell you"
                    if re.search(r"(?:^|[.!?])\s*$", plain_text(spans[:index])):
                        said = said[:1].upper() + said[1:]
                    if runs and runs[-1][0] == "en":
                        runs[-1] = ("en", f"{runs[-1][1]} {said} ")
                    else:
                        runs.append(("en", f" {said} "))
                    continue
                # "Hold for the number of seconds ..." runs on; "at, ... will tell you the time,"
                # stands apart, as a label before its blank does ("Dose taken: ... fill this in
                # Tablets left: ..." had run on, its label a count's); a unit after it is what
                # the blank is in ("Your chair height: ___ cm" had left "cm" to the voice)
                runs_on = ranged or counts_something(span.text) and not labels_first(
                    span.text
                )
                after = plain_text(spans[index + (3 if ranged else 1) :])
                in_unit = self._unit_first.match(after)
                # (a count's blank before when it is taken: "My dose is the number of
                # milligrams your pharmacist gives you, at night", not one given at night)
                when = runs_on and _WHEN_AFTER.match(after)
                # (and a count's blank from the next blank: "the number of capsules ..., the
                # number of minutes ..." had run on as one)
                following = [s for s in spans[index + 1 : index + 3] if s.text.strip()]
                when = when or runs_on and bool(following) and following[0].field
                # (no comma to open a sentence: "kg. , Your fluid limit is: ..." before)
                opens = re.search(r"(?:^|[.!?])\s*$", plain_text(spans[:index]))
                if opens and not runs_on:
                    said = said[:1].upper() + said[1:]  # "... did you sleep? Write this in"
                # (no pause of ours after the leaflet's own: "Day 1: ____; Temperature: ____"
                # had been "write this in yourself;, Temperature")
                marked = re.search(r"[;,:]\s*$", plain_text(spans[:index]))
                span = Span(
                    f" {said}{', in' if ranged and in_unit else ''} " if ranged
                    else f" {said}{',' if when else ''} " if runs_on
                    else f"{' ' if opens or marked else ', '}{said}, {'in' if in_unit else ''}",
                    "en",
                )
            elif (
                span.filled
                and _IDENTIFIER.fullmatch(span.text.strip().rstrip(","))
                and not PHONE_NUMBER.fullmatch(span.text.strip().rstrip(","))
            ):
                # a hospital number written in, "RX1234567": said sign by sign, as it is quoted
                # (it was "R X one million two hundred and thirty-four thousand ...")
                written = span.text.strip()
                comma = "," if written.endswith(",") else ""
                span = replace(span, text=_spoken_identifier(written.rstrip(",")) + comma)
            run_lang = primary_language(span.lang or lang or self.language)
            if runs and runs[-1][0] == run_lang:
                runs[-1] = (run_lang, runs[-1][1] + span.text)
            else:
                runs.append((run_lang, span.text))
        runs = [(run_lang, _tidy_commas(text)) for run_lang, text in _join_unspoken(runs)]
        runs = [part for run in runs for part in _welsh_beside_english(*run)]
        for i, (run_lang, text) in enumerate(runs):
            last = i == len(runs) - 1
            # the frame's English, said once at the start (_translation_said)
            frame = role == "announcement" and run_lang == "en"
            if (
                len(runs) > 1
                and not frame
                and _sentence_in_another_language(text, run_lang, self.language)
            ):
                # a sentence in Polish or Urdu inside an English paragraph is announced, as a
                # line wholly in another language is: the voice had changed without a word
                # (unless the words before name it: "In Polish the title is")
                name = find_language(run_lang).english_name
                if i == 0 or name.lower() not in runs[i - 1][1].lower():
                    _announce_language(self, name, role)
            self.say(text, role, run_lang, pause if last else "sentence", leads_on if last else "")

    def pause_before_next(self, seconds: float) -> None:
        if self.utterances:
            last = self.utterances[-1]
            self.utterances[-1] = Utterance(
                last.text, last.lang, last.role, max(last.pause_after, seconds), last.chapter
            )


def _says_before(before: str, label: str) -> bool:
    """Whether the words before a blank end with its label ("My GP:" before "GP:")."""
    said, label = " ".join(before.split()).casefold(), " ".join(label.split()).casefold()
    return said.endswith(label) and not said[: -len(label)][-1:].isalnum()


_NEXT_LABEL = re.compile(r"\s*[A-Z][\w'’ ]{0,30}:")  # the next field's label in a form row
_WHEN_AFTER = re.compile(
    r"\s*(?:at (?:night|bedtime|lunchtime|teatime)|in the (?:morning|evening|afternoon)|"
    r"(?:each|every) (?:morning|evening|night|day)|"
    r"(?:before|after|with) (?:breakfast|lunch|dinner|tea|food|meals|bed))\b"
)


def _leads_on(item: Inline, following: Inline) -> str:
    """A list item the next one goes on from: it ends with a comma ("if there are 3 or more
    seizures in 1 hour," / "give buccal midazolam ...") or the next begins "or", "and" ("your
    chest feels tight" / "or you need your reliever ..."). A full stop there had cut the
    condition off from what to do."""
    text = plain_text(item).rstrip()
    if not text or text[-1] in ".!?:;":
        return ""
    goes_on = text.endswith(",") or re.match(r"(?:or|and|then)\b", plain_text(following))
    return "," if goes_on else ""


_LEADS_INTO_LIST = re.compile(r"\b(?:if|if you|unless|when|you have|you|include|are|is|to)$", re.I)


def _lead_in(paragraph: Inline, following: Block | None, heading: bool = False) -> str:
    """A colon after a paragraph that leads into the list under it unpunctuated ("Contact us
    straight away if" / "- the wound becomes hot"): a full stop there ("if.") cut the
    condition off from what it is."""
    text = plain_text(paragraph).rstrip()
    if not isinstance(following, ListBlock) or not text or text[-1] in ".!?:;":
        return ""
    return ":" if not heading or _LEADS_INTO_LIST.search(text) else ""


def _end_with_stop(text: str, leads_on: str = "") -> str:
    """A full stop, except after a passage that leads on ("blue or very swollen, or": a stop
    there would make a broken sentence "..., or." of it), which ends with its own mark."""
    if text[-1] in ".!?:;" or re.search(r",\s*(?:or|and)$", text):
        return text
    return f"{text}{leads_on or '.'}"


def _speakable(text: str) -> bool:
    """Whether a voice has anything to say: a letter or a digit, not punctuation alone."""
    return any(character.isalnum() for character in text)


def _join_unspoken(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Punctuation alone is no utterance ("." after a run in another language, "..."): it joins
    the piece before it (or, at the start, the piece after it); with nothing to join, it goes.
    So does the mark opening a piece, which closes the one before it: a table row's stop after
    an English cell in an Urdu row had been read by the Urdu voice (". خوراک: 2 گولیاں.")."""
    joined: list[tuple[str, str]] = []
    leading = ""
    for lang, text in pieces:
        closing = re.match(r"\s*[.,;:!?]+(?=\s)", text) if joined else None
        if closing and _speakable(text):
            joined[-1] = (joined[-1][0], joined[-1][1].rstrip() + closing.group().strip())
            text = text[closing.end() :]
        if _speakable(text):
            joined.append((lang, leading + text))
            leading = ""
        elif joined:
            joined[-1] = (joined[-1][0], joined[-1][1] + text)
        else:
            leading += text
    return joined


# Marks of the leaflet's Markdown in a value typed for one patient, which are no words of it: a
# field's "[grapefruit]{.field}", a language's "{lang=pl}", emphasis "*Do not*", "_cranberry_"
_FIELD_MARKS = re.compile(r"\[([^\[\]]*)\]\{[^{}]*\}")
_ATTRIBUTES = re.compile(r"\{[.#]?[\w.#=\- ]*\}")
_EMPHASIS = re.compile(r"(?<![\w*_])([*_]{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


def _typed_plainly(value: str) -> str:
    """A value filled in for one patient said as the plain text it is: staff type it, so
    Markdown's marks in it are typing, not the leaflet's ("*Do not* take with
    [grapefruit]{.field}" had been said with its brackets and a braces' "field", one star kept
    and one lost). A star between figures is "x" (see _TIMES_SIGN)."""
    value = _TIMES_SIGN.sub(" x ", value)
    value = _FIELD_MARKS.sub(r"\1", value)
    value = _ATTRIBUTES.sub("", value)
    value = _EMPHASIS.sub(r"\2", value)
    return " ".join(re.sub(r"_+|(?<!\w)\*+|\*+(?!\w)", " ", value).split())


def _tidy_commas(text: str) -> str:
    """The commas set around a spoken field, where the sentence already pauses: "Hold for ,
    ... seconds, ." -> "Hold for, ... seconds.". A point opening a figure is the figure's
    ("Give .5ml" had been "Give.5ml", a sentence ended and "five ml" said)."""
    text = re.sub(r"\s+([,.;:!?])(?!\d)", r"\1", text)  # "... gives you ." -> "... gives you."
    text = re.sub(r",\s*([,.;:)])(?!\d)", r"\1", text)  # "(range, ... fill this in,)" too
    text = re.sub(r"\(,\s*", "(", text)
    text = re.sub(r":,", ":", text)
    return re.sub(r"^\s*,\s*|,\s*$", "", text)


_PARTED_BY_SLASH_OR_BAR = re.compile(r"\s+[/|]\s+")


def _welsh_beside_english(lang: str, text: str) -> list[tuple[str, str]]:
    """A line a Welsh board gives in Welsh and English, parted by a slash or a bar ("Pwysig /
    Important", "If you are worried | Os ydych yn poeni"), as its two halves, each for its
    own language's voice: the English voice had read "Pwysig, or Important", the Welsh word
    by English rules, and a leaflet in Welsh had its voice read the English. Any other run,
    or one whose halves are not one Welsh and one not, is as it was."""
    parts = _PARTED_BY_SLASH_OR_BAR.split(text.strip())
    if lang not in WELSH_AND_ENGLISH or len(parts) != 2 or not all(parts):
        return [(lang, text)]
    welsh = [reads_as_welsh(part) for part in parts]
    if welsh.count(True) != 1:
        return [(lang, text)]
    halves = zip(parts, welsh, strict=True)
    return [(WELSH if is_welsh else "en", part) for part, is_welsh in halves]


def _sentence_in_another_language(text: str, lang: str, primary: str) -> bool:
    """A whole sentence (three words or more, ending in a full stop of any script) in a
    language other than the leaflet's, which has a voice: not a word or two quoted."""
    return (
        lang != primary
        and len(text.split()) >= 3
        and re.search(rf"[.!?{SCRIPT_FULL_STOPS}]\s*$", text) is not None
        and find_language(lang) is not None
    )


def _announce_language(builder: _ScriptBuilder, language_name: str, role: str) -> None:
    """Said before a line in another language. A whole sentence, not "In Urdu:": two words
    alone are misheard ("And never do"), and "is in Urdu" was heard as "is an Urdu" (make
    pronunciation)."""
    builder.say(f"The next line is spoken in {language_name}.", role, "en", pause="sentence")


# A chart's column the patient ticks, "Taken" or "Tick when taken": its blanks are theirs,
# though the chart's doses are the prescriber's ("Taken: your care team will fill this in").
_TICKED_COLUMN = re.compile(
    r"(?:(?:dose |time |date )?taken|tick(?: (?:when|if|once|each dose) [\w ]{0,20})?|done|"
    r"[✓✔☑])",
    re.IGNORECASE,
)


_TICK_MARKED = re.compile(r"(.+?)\s*\((?:[✓✔☑]|tick(?: if (?:so|yes))?)\)")


def _said_by_reader(cell: Inline, unit_first: re.Pattern | None = None) -> Inline:
    """A cell's blanks and box as the reader's own to fill in ("tick box" said alone in a
    column the reader ticks told them nothing); a unit after a blank is what it is written in,
    as outside a table ("write in the daily dose mg" had left "mg" to the voice)."""
    if (box := plain_text(cell).strip()) and len(box) == 1 and box in TICK_BOXES:
        return (Span("tick if so"),)
    said = []
    for index, span in enumerate(cell):
        if span.field:
            in_unit = unit_first and unit_first.match(plain_text(cell[index + 1 :]))
            span = Span(_blank_said(span.text, YOURSELF) + (", in" if in_unit else ""))
        said.append(span)
    return tuple(said)


# A cell holding only a dash: none ("-" alone was heard as nothing, or "dash").
_NONE_IN_A_CELL = frozenset("-\u2013\u2014")
# A cell holding only a tick or a cross ("Bedtime: x." had been the letter): beside ticks each
# answers its column, "yes" or "no"; with no tick in the table a lone "x" is the mark a reader
# sees, "cross" (a chart may mark the times to take with one). A key's sign in the first column
# keeps its name.
_TICK_ALONE = frozenset("\u2713\u2714\u2611\u2705")
# A cell holding only "AM" or "PM" (a diary's "Time" column) is its part of the day: "am" had
# been said as the word, "PM" as letters
_PART_OF_DAY_ALONE = {"am": "morning", "a.m.": "morning", "pm": "after midday",
                      "p.m.": "after midday"}
_CROSS_ALONE = frozenset("\u2717\u2718\u2715\u274c\u2612xX")


def _lone_mark(text: str) -> str:
    return text.strip().replace("\ufe0f", "")


# A leaflet's key to its marks: "A tick (✓) means take one tablet at that time", "✓ = take it",
# "Ticks show when to take it", or a key table's row "| ✓ | Take it |".
_MARK_NAMED = re.compile(
    r"\b(?:ticks?|crosse?s?)\b[^.!?]*?\b(?:means?|shows?|tells?|marks?)\b"
    r"|[\u2713\u2714\u2611\u2705\u2717\u2718\u2715\u274c]\ufe0f?\s*(?:=|means\b|shows\b)",
    re.IGNORECASE,
)


def explains_its_marks(leaflet: Leaflet) -> bool:
    """Whether the leaflet says what its ticks or crosses mean, outside the tables they are in,
    or in a key table whose row opens with the mark: then a lone tick in a table's cell is said
    "tick", the word its key explains ("Morning: yes." had come before "A tick means take one
    tablet at that time", the listener never told of a tick)."""
    for block in leaflet.blocks:
        if isinstance(block, Table):
            keyed = _TICK_ALONE | (_CROSS_ALONE - {"x", "X"})  # (a lone "x" may be a letter)
            if any(row and _lone_mark(plain_text(row[0])) in keyed for row in block.rows):
                return True
            continue
        if any(_MARK_NAMED.search(plain_text(spans)) for spans in inlines_of(block)):
            return True
    return False


def _mark_answered(cell: Inline, ticks: bool, named: bool = False) -> Inline:
    """A lone tick's or cross's words in a table's cell (see _TICK_ALONE), or a lone AM's or
    PM's (_PART_OF_DAY_ALONE). Where the leaflet explains its marks (`named`), each is said by
    the name its key gives it, "tick" or "cross"."""
    mark = _lone_mark(plain_text(cell))
    if mark.lower() in _PART_OF_DAY_ALONE:
        return (Span(_PART_OF_DAY_ALONE[mark.lower()]),)
    if ticks and mark in _TICK_ALONE:
        return (Span("tick" if named else "yes"),)
    if ticks and mark in _CROSS_ALONE:
        return (Span("cross" if named else "no"),)
    if mark in ("x", "X"):
        return (Span("cross"),)
    return cell


# A patient's own particulars, which are theirs to write on any card: "Name", "NHS number",
# "Date of birth", "Your GP" (a heart monitor's card had said "your care team will tell you the
# Name" under a column headed "Write it here").
_OWN_PARTICULAR = (
    r"(?:(?:full |first |last |home |mobile |work )?(?:name|surname|address|postcode|"
    r"(?:tele)?phone(?: number)?|mobile(?: number)?)|e-?mail(?: address)?|NHS number|"
    r"hospital number|date of birth|DOB|next of kin|GP(?: practice| surgery)?)"
)
_OWN_PARTICULAR_ROW = re.compile(
    rf"(?:your |my |patient['’]?s? )?{_OWN_PARTICULAR}", re.IGNORECASE
)
_PARTICULAR_OF = re.compile(rf"(\w+) of (?:your |the )?({_OWN_PARTICULAR})", re.IGNORECASE)
# ... unless the card is someone else's, named over it: "Your heart nurse", "Useful contacts"
_SOMEONE_ELSES = re.compile(
    r"\b(?:nurse|doctor|consultant|surgeon|midwife|therapist|physiotherapist|pharmacist|"
    r"key ?worker|care team|contacts?|coordinator|health visitor|social worker|dietitian|"
    r"specialist)s?\b",
    re.IGNORECASE,
)
# A column the reader writes in: "Write it here", "Your details", "Your answer".
_WRITE_HERE = re.compile(
    r"(?:please )?(?:write (?:it |them |this |your \w+ )?(?:here|below|in)|"
    r"your (?:details|answers?|information|notes)|fill (?:it |this )?in(?: here)?|"
    r"for you to (?:write|fill in))",
    re.IGNORECASE,
)


def _in_a_sentence(label: str) -> str:
    """A label as said inside a sentence: "Name" as "name" ("the Name" had kept its capital);
    capitals that are letters keep them ("NHS number")."""
    first = label.split(" ", 1)[0]
    return label if first.isupper() or not first[:1].isupper() else label[:1].lower() + label[1:]


def _whose(thing: str) -> str:
    """What a patient writes in, said as theirs: "your name", "your NHS number", "the name of
    your GP"; anything else with "the" ("the reason")."""
    thing = _in_a_sentence(thing.strip().rstrip(":").strip())
    if owned := re.match(r"(?:your|my) ", thing, re.IGNORECASE):
        return f"your {thing[owned.end():]}"
    if _OWN_PARTICULAR_ROW.fullmatch(thing):
        # ("Phone" alone is the number: "write your phone" was said)
        return f"your {thing}{' number' if thing.lower() in ('phone', 'telephone') else ''}"
    if of := _PARTICULAR_OF.fullmatch(thing):
        return f"the {of[1]} of your {of[2]}"
    return f"the {thing}"


def _details_row(
    builder: _ScriptBuilder,
    table: Table,
    name: str,
    blank: Span,
    label_said: bool,
    unit_after: str = "",
) -> str | None:
    """A details card's row, its name beside one blank ("Name | ____"), said as one sentence:
    "Name: a space for you to write your name." A patient's own particulars are theirs to
    write, and so is any row under a column headed "Write it here"; None where the blank is
    someone else's and its label says more than its row (said as any table's cell is). A unit
    after the blank ("Daily dose | ____ mg") is what it is written in."""
    write_here = _WRITE_HERE.fullmatch(plain_text(table.header[-1]).strip(" :.")) if len(
        table.header
    ) > 1 else None
    cards = " ".join([builder.heading, *(plain_text(cell) for cell in table.header)])
    staff = _FOR_STAFF.search(name)
    own = not staff and bool(
        write_here
        or _OWN_PARTICULAR_ROW.fullmatch(name.rstrip(":").strip())
        and not _SOMEONE_ELSES.search(cards)
        or builder.own_record
        or _READERS_OWN_DETAIL.match(blank.text.strip())
    )
    named = blank.text.strip().rstrip(":") if label_said and blank.text != UNNAMED_BLANK else ""
    units = builder.normalise.words.units
    unit, per = (unit_after or named).partition("/")[::2]
    if unit in units:  # "Height | [cm]": the unit it is written in ("write the cm" was said)
        if not own:
            return None
        in_full = units[unit][1] + (f" {_per_said(per, units)}" if per else "")
        return f"{name.rstrip(':')}: a space for you to write {_whose(name)}, in {in_full}."
    if own:
        return f"{name.rstrip(':')}: a space for you to write {_whose(named or name)}."
    if named:
        return None
    return f"{name.rstrip(':')}: {builder.field_filler} will fill this in."


def _said_once(cell: Inline) -> Inline:
    """A cell from html_render.named_once, a blank whose label its row or column says left
    unnamed ("Date: your care team will tell you the Date" had been said)."""
    return tuple(
        replace(span, text=UNNAMED_BLANK) if span.field and not span.text.strip() else span
        for span in cell
    )


def _merged_cells_said(row: list[Inline], above: dict[int, str], own: bool) -> list[Inline]:
    """A row's empty cells before its first filled one, under a filled cell, said as that cell
    "continued": Word's cell merged down a zone's rows ("Red" over two empty cells in an asthma
    plan) came in empty, and those rows had been said with no zone. An empty cell after the
    first filled one may mean none, so it stays empty; so does the reader's own record, whose
    empty cells are theirs to write in. `above` is kept up to date as rows are said."""
    filled = [bool(plain_text(cell).strip()) for cell in row]
    first = filled.index(True) if True in filled else len(row)
    said = list(row)
    for column in range(len(row)):
        if filled[column]:  # (a blank to fill in carries nothing down)
            blank = any(span.field for span in row[column])
            above[column] = "" if blank else plain_text(row[column]).strip().rstrip(" .;:,")
        elif column < first and above.get(column) and not own and first < len(row):
            said[column] = (Span(f"{above[column]}, continued"),)
    return said


def _say_table(builder: _ScriptBuilder, table: Table) -> None:
    """Row by row, each cell after its column heading: a listener cannot look back up a column.
    A heading's own stop ("Take it?") would end the sentence before its cell, so it is left
    out; a cell that ends its own sentence gets no second full stop. "A table of two rows" was
    heard as "two roads" (and "robes"); "A table with two rows" as said (make pronunciation)."""
    rows = len(table.rows)
    if table.lines_to_write_on:
        # a space to write in, said once ("write this in yourself" had been said for each of
        # a notes page's ten ruled lines)
        said = table.space_said
        builder.say(
            f"{said[0].upper()}{said[1:]}, with {table.lines_said}.",
            "text",
            "en",
            pause="paragraph",
        )
        return
    if table.to_fill_in:
        # a record's headings over empty rows: what to write down ("A table with three rows."
        # and nothing more had been said)
        columns = "; ".join(plain_text(heading).strip(" :") for heading in table.header)
        builder.say(
            f"A table to fill in, with {rows} empty row{'s' * (rows != 1)} under the columns: "
            f"{columns}.",
            "text",
            "en",
            pause="paragraph",
        )
        return
    builder.say(f"A table with {rows} row{'s' * (rows != 1)}.", "text", "en", pause="sentence")
    week = table.days_in_full()
    cells = (plain_text(cell) for row in table.rows for cell in row[1:])
    ticks = any(_lone_mark(cell) in _TICK_ALONE for cell in cells)
    above: dict[int, str] = {}  # each column's last filled cell, for a merged one under it
    for row in table.rows:
        spans: list[Span] = []
        once = _merged_cells_said(named_once(table, row), above, builder.own_record)
        name = "" if not row or any(s.field for s in row[0]) else plain_text(row[0]).strip()
        blanks = [span for cell in once[1:] for span in cell if span.field or span.text.strip()]
        unit_after = plain_text(blanks[1:]).strip() if len(blanks) == 2 else ""
        if not builder._unit_first.fullmatch(unit_after):
            unit_after = ""  # "Daily dose | ____ mg": a blank in its unit is one blank
        if name and len(row) == 2 and blanks and blanks[0].field and len(blanks) == 1 + bool(
            unit_after
        ):
            said = _details_row(
                builder, table, name, blanks[0], bool(blanks[0].text), unit_after
            )
            if said:
                builder.spans((Span(said),), "text", pause="item")
                continue
        for column, (heading, cell) in enumerate(zip(table.header, once, strict=False)):
            cell = _said_once(cell)
            if not plain_text(cell).strip():
                continue  # "twelve noon:" said over an empty cell told the listener nothing
            said = plain_text(heading).rstrip(" ?.!:;")
            # a column the reader ticks, its mark after its question: "Any concerns? (✓)" had
            # been "Any concerns?" then "(the person treating you marks which): tick box."
            marked = _TICK_MARKED.fullmatch(said)
            if marked:
                said = marked[1].rstrip(" ?.!:;")
            if marked or _TICKED_COLUMN.fullmatch(said.strip()) or _WRITE_HERE.fullmatch(said):
                cell = _said_by_reader(cell, builder._unit_first)
            said = week.get(said, said)
            if day := week.get(plain_text(cell).strip().rstrip(".")):
                cell = (Span(day),)
            if plain_text(cell).strip() in _NONE_IN_A_CELL:
                cell = (Span("none"),)  # a timetable's "-" for no dose: "Lunch: -." before
            if column:
                cell = _mark_answered(cell, ticks, builder.marks_named)
            ends = plain_text(cell).rstrip().endswith((".", "!", "?"))
            # a cell that says its heading itself ("Week 1 (days 1 to 7)" under "Week") is not
            # said after it: "Week: Week one" was said
            named = re.match(rf"{re.escape(said)}\b", plain_text(cell).strip(), re.IGNORECASE)
            spans += [*([] if named else [Span(f"{said}: ")]), *cell, Span(" " if ends else ". ")]
        builder.spans(tuple(spans), "text", pause="item")
    builder.pause_before_next(PAUSE_AFTER["paragraph"])


ABOUT_CHAPTER = "About this recording"
INTRODUCTION_CHAPTER = "Introduction"
WHOLE_LEAFLET_CHAPTER = "The leaflet"
CONTACT_CHAPTER = "Contact details and other languages"
LISTED_CHAPTERS = 12  # more chapters than this are counted in the opening, not listed


@dataclass(frozen=True)
class ChapterPlan:
    """Where each chapter starts: every recording opens with "About this recording" and ends
    with "Contact details and other languages"; a safety notice is a chapter of its own (so a
    listener can jump back to it), but for one straight under its section's heading; what comes
    before the first section is the introduction, or the whole leaflet when it has no sections;
    then one per section (the rest of a section after a notice is "<section>, continued"), but
    for a last section of the leaflet's own contacts, which opens the contact chapter."""

    starts: dict[int, tuple[str, str | None]]  # block index -> (title, its language; None: ours)
    contact_from: int | None = None  # the leaflet's own last section of contacts opens the last

    @property
    def titles(self) -> list[str]:
        return [ABOUT_CHAPTER, *(title for title, _ in self.starts.values()), CONTACT_CHAPTER]

    def spoken_list(self) -> Inline:
        """The chapter titles as the opening lists them; the leaflet's headings in its own
        language, our fixed titles in English. A title's own end ("What is warfarin?") is left
        out: it ended the list's sentence there, and the next title was said on its own."""
        items = [(ABOUT_CHAPTER, "en"), *self.starts.values(), (CONTACT_CHAPTER, "en")]
        spans = []
        for i, (title, lang) in enumerate(items):
            title = spoken_heading_number(title).rstrip("?!.;:,؟۔। ")
            # a title of two sentences is one in the list ("I take the pill, is that a problem")
            title = re.sub(r"[.?!]\s+([A-Z])(?=[a-z])", lambda m: f", {m[1].lower()}", title)
            # a title in Welsh and English, each half in its own voice (_welsh_beside_english)
            halves = _welsh_beside_english(lang or "en", title)
            if len(halves) == 2:
                spans.append(Span(f"{halves[0][1]} ", lang=halves[0][0]))
                lang, title = halves[1]
            spans.append(Span(title + (";" if i < len(items) - 1 else "."), lang=lang))
            if i < len(items) - 1:
                spans.append(Span(" ", lang=lang))
        return tuple(spans)


def spoken_heading_number(title: str) -> str:
    """ "1. Before your operation" said as "1, Before your operation": the full stop after a
    heading's number ended a sentence, so the listener heard "one." and the chapter list ran
    "About this recording; one. Before your operation; two. On the day"."""
    return re.sub(r"^(\d{1,2})[.)]\s+(?=\S)", r"\1, ", title)


def chapter_plan(leaflet: Leaflet) -> ChapterPlan:
    blocks = leaflet.blocks
    first_section = next(
        (i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 2), len(blocks)
    )
    opening = INTRODUCTION_CHAPTER if first_section < len(blocks) else WHOLE_LEAFLET_CHAPTER
    starts: dict[int, tuple[str, str | None]] = {}
    current, notice_done, opening_done = "", False, False
    for i, block in enumerate(blocks[:first_section]):
        if not _speaks(block):
            continue
        if isinstance(block, Notice):
            # every box is a chapter: a second ("Warning" after "Important") had been heard
            # inside the opening, with nothing in the list to jump back to
            starts[i], current, notice_done = (_notice_title(block, starts), "en"), "notice", True
        elif _when_to_call_999(block) and not notice_done:
            starts[i], current, notice_done = ("Important notice", "en"), "notice", True
        elif current != "opening":
            title = f"{opening}, continued" if opening_done else opening
            starts[i], current, opening_done = (title, "en"), "opening", True
    questions = False  # under "Frequently asked questions", each question is a chapter too
    last, section, said_in_section = None, "", False
    for i, block in enumerate(blocks[first_section:], first_section):
        if isinstance(block, Heading) and block.level == 2:
            starts[i] = (section := plain(block.spans), None)
            last, said_in_section = i, False
            questions = bool(QUESTIONS_HEADING.search(section))
        elif questions and isinstance(block, Heading) and block.level == 3:
            starts[i] = (section := plain(block.spans), None)
            last, said_in_section = i, False
        elif isinstance(block, Notice) and said_in_section:
            # a notice partway through a section is a chapter a listener can jump back to
            starts[i] = (_notice_title(block, starts), "en")
            said_in_section = False
            if any(_speaks(b) for b in itertools.takewhile(_in_section, blocks[i + 1 :])):
                starts[i + 1] = (f"{section}, continued", None)
        elif _speaks(block):
            said_in_section = True
    # A last section of the leaflet's own contacts ("Contact us") opens the contact chapter:
    # as a chapter of its own it came just before "Contact details and other languages".
    if last is not None and (
        _CONTACT_HEADING.match(starts[last][0])
        or not _WHEN_TO_CALL.search(starts[last][0]) and _all_contacts(blocks[last + 1 :])
    ):
        starts = {i: start for i, start in starts.items() if i < last}
        return ChapterPlan(starts, contact_from=last)
    if first_section == len(blocks):
        return _closing_with_contacts(starts, _closing_contact(blocks))
    # ... and so do the last section's closing lines of contacts, with no heading of their own
    return _closing_with_contacts(starts, _closing_contact(blocks, after=last, lines_only=True))


def _closing_with_contacts(
    starts: dict[int, tuple[str, str | None]], contact_from: int | None
) -> ChapterPlan:
    """The plan with the contact chapter opened by the closing contacts: a chapter that would
    start there ("<section>, continued" after a warning box just before the unit's number)
    gives way to it. It had been kept, the contact chapter lost from the recording though the
    opening listed it."""
    if contact_from is not None:
        starts = {i: start for i, start in starts.items() if i < contact_from}
    return ChapterPlan(starts, contact_from=contact_from)


def _in_section(block: Block) -> bool:
    return not (isinstance(block, Heading) and block.level == 2)


def _notice_title(notice: Notice, starts: dict[int, tuple[str, str | None]]) -> str:
    """ "Important notice", or "Important notice 2" where the leaflet has had one: a list of
    chapters saying the same title twice sent the listener to the first."""
    title = f"{notice.label} notice"
    taken = {name for name, _ in starts.values()}
    count = 1
    while (f"{title} {count}" if count > 1 else title) in taken:
        count += 1
    return f"{title} {count}" if count > 1 else title


# How a letter or a leaflet with no headings closes: "You can contact the diabetes nurses on
# 0116 ...", then "Yours sincerely," and who signs it.
_CONTACT_WORDS = re.compile(r"\b(?:contact|call|phone|ring|telephone|e-?mail)\b", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:yours (?:sincerely|faithfully)|kind regards|best wishes)\b", re.I)


def _closing_contact(
    blocks: tuple[Block, ...], after: int | None = None, lines_only: bool = False
) -> int | None:
    """Where the contact chapter begins in a leaflet that closes on its contact details with
    no heading over them (they had been in "The leaflet" or the last section, and the contact
    chapter held only the trust's lines): at its closing lines of contacts ("Hand Unit, Ward
    22: Tel: ...", its hours, its web page), or, unless `lines_only`, at a closing paragraph
    that says to contact someone ("You can contact the diabetes nurses on ...", not when to);
    a letter's sign-off goes with them. The blocks from `after` on only (the last section's
    heading), and never the whole of that section."""
    first = 0 if after is None else after + 2
    at, start = len(blocks) - 1, None
    while at >= first and isinstance(blocks[at], Paragraph):
        text = plain(blocks[at].spans).strip()
        if _SAFETY_ADVICE.search(text) or any(span.field for span in blocks[at].spans):
            # "do not remove the ring yourself: call ... go to A&E": no contact line; and a
            # form's lines to fill in ("Signature of patient: ___") are the form's
            break
        if _contact_line(text) or start is not None and _short_line(text):
            start = at  # and the lines that name whose contacts they are: "Day Surgery Unit"
        elif not (_SIGN_OFF.match(text) or _short_line(text)):
            # "Yours sincerely," / "The Diabetes Specialist Nursing Team" / "Mon-Fri 9am-5pm"
            # go with the lines after them; a paragraph ends the closing lines
            found = PHONE_NUMBER.search(text) or EMAIL_ADDRESS.search(text)
            # "Call the ward on ... if you have a high temperature" is advice on when to call,
            # heard where it is said (as in a last section, _all_contacts), not with the contacts
            contact = _CONTACT_WORDS.search(text) and not _when_to_call(text)
            if start is None and not lines_only and found and contact:
                start = at
            break
        at -= 1
    return start if start is not None and start > max(first - 1, 0) else None


def _all_contacts(blocks: tuple[Block, ...]) -> bool:
    """Whether a last section, whatever its heading ("More advice", "Further help"), is the
    leaflet's contacts: each of its paragraphs gives one (an address with its postcode is one:
    "Anaesthesia Department, Level 3, ... RD4 9TT." had left the section's telephone and e-mail
    lines to open the contact chapter, parted from it), and none is advice on when to call."""
    return bool(blocks) and all(
        isinstance(block, Paragraph)
        and (_ANY_CONTACT.search(plain(block.spans)) or _POSTCODE.search(plain(block.spans)))
        and not _SAFETY_ADVICE.search(plain(block.spans))
        and not _when_to_call(plain(block.spans))
        for block in blocks
    )


# A section on when to call ("When to get help": "Call the team on ... if your skin breaks") is
# advice a listener needs in its place, though it gives a number.
_WHEN_TO_CALL = re.compile(
    r"\b(?:if|when|unless|until|same day|urgent(?:ly)?|warning|worried|concerned)\b", re.I
)
# ... but not the usual closing line of a letter or leaflet, "If you have any questions, please
# contact the CT team on ... or email ...": its "If" is no symptom to call about, and it had
# stayed in "The leaflet" with the sign-off, out of the contact chapter (README).
_ANY_QUESTIONS = re.compile(
    r"^(?:if you (?:have|have got|need) any (?:(?:further|other|more) )?"
    r"(?:questions|queries|enquiries)(?: or (?:(?:any )?concerns|queries|questions|worries))?"
    r"(?: about (?:this|your|the) [\w ]{1,40}?)?|for (?:any |further |more )?(?:questions|"
    r"queries|enquiries|information)(?: about (?:this|your|the) [\w ]{1,40}?)?),\s*",
    re.I,
)


def _when_to_call(text: str) -> bool:
    """Whether a paragraph says when to call ("Call the ward if your wound bleeds"), its
    opening "If you have any questions," aside (_ANY_QUESTIONS)."""
    return bool(_WHEN_TO_CALL.search(_ANY_QUESTIONS.sub("", text.strip(), count=1)))


def _short_line(text: str) -> bool:
    return len(text.split()) <= 8 and not text.endswith((".", "?"))


def _contact_line(text: str) -> bool:
    """A line that is a contact and its label, not a sentence about one: "Hand Unit, Ward 22:
    Tel: 01632 960 123 (24 hours)", "Respiratory Team: 01945 58 1234, team@nhs.net", a web
    page alone."""
    without = _ANY_CONTACT.sub(" ", text)
    if without == text:
        return False
    if not _SENTENCE_WORD.search(without):
        # names, an address, days and hours around the contacts, however long: "MRI Unit,
        # Leeds General Infirmary, Great George Street, Leeds LS1 3EX. Tel ..., Mon–Fri ..."
        return True
    without = re.sub(r"\([^()]*\)", " ", without)
    return len(without.split()) <= 8 and not without.rstrip().endswith((".", "?"))


# Words a sentence has and a contact block (names, an address, hours) does not.
_SENTENCE_WORD = re.compile(
    r"\b(?:you|your|we|our|us|will|if|please|can|must|should|may|do|not|is|are|be|have|has|"
    r"to|when|it|this|they|need|any)\b",
    re.IGNORECASE,
)


_ANY_CONTACT = contact_pattern()


# What a leaflet's closing paragraph says that makes it advice, though it ends with a number: a
# listener skips the contact chapter.
_SAFETY_ADVICE = re.compile(
    r"\b(?:do not|don['’]t|never|stop|A ?& ?E|A and E|999|emergency|straight away)\b", re.I
)


_CONTACT_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]? )?"  # "5. Contact us" (it had stayed a chapter of its own)
    r"(?:(?:useful |important |our )?contacts?(?: us| details| numbers| information)?|"
    r"how to contact us|who (?:to|can I|should I) contact|useful (?:telephone )?numbers)"
    r"[?.:]?$",
    re.IGNORECASE,
)


# A list at a leaflet's top whose every item says when to get emergency help ("Stop and call 999
# if you cough up blood"): its safety notice, as a box would be, though imported as a list.
_EMERGENCY_ITEM = re.compile(
    r"^(?:stop (?:\w+ )?and )?(?:call|dial|phone|ring) 999\b|^go (?:straight )?to (?:A ?& ?E|"
    r"the emergency department|your nearest emergency department)\b",
    re.IGNORECASE,
)


def _when_to_call_999(block: Block) -> bool:
    return isinstance(block, ListBlock) and all(
        _EMERGENCY_ITEM.match(plain(item).strip()) for item in block.items
    )


def _speaks(block: Block) -> bool:
    """Whether the block says anything: a table or a described picture before the first
    heading (in a leaflet with no headings) had crashed the chapter plan."""
    if isinstance(block, Image):
        return bool(block.alt)
    if isinstance(block, DescribedPicture):
        return _speakable(block.description)
    if isinstance(block, ListBlock):
        return any(_speakable(plain(item)) for item in block.items)
    if isinstance(block, Table):
        cells = (cell for row in (block.header, *block.rows) for cell in row)
        return any(_speakable(plain(cell)) for cell in cells)
    return _speakable(plain(block.spans))


def _translation_said(leaflet: Leaflet) -> str:
    """What a recording in another language says first, in English: its title in Urdu had
    opened it, then English ("Information for Patients from ...") with nothing said of either.
    Once said, the frame's English is not announced again ("The next line is spoken in
    English." said in English had closed its chapter list); the leaflet's own lines in another
    language still are. Said in English alone: its words in Urdu are a translator's to give."""
    row = find_language(leaflet.meta.language)
    if primary_language(leaflet.meta.language) == "en" or row is None:
        return ""
    return (
        f"This recording is spoken in {row.english_name}, with the hospital's own lines in "
        "English."
    )


def _review_said(meta) -> str:
    """When it was reviewed (or issued), then when it is next reviewed: "No review date." was
    said of a leaflet whose file gave only "Review date: May 2028", and a leaflet with both dates
    never said its next one. The date stands after a colon, as in print: "Last reviewed May
    twenty twenty-four" was heard as "Last reviewed make 2024"."""
    said = []
    if meta.last_reviewed:
        said.append(f"Last reviewed: {meta.last_reviewed}.")
    elif meta.issued:  # "Issued: March 2024" had been announced "Last reviewed: March 2024"
        said.append(f"Issued: {meta.issued}.")
    if meta.next_review:
        said.append(f"Next review due: {meta.next_review}.")
    return " ".join(said) or "No review date."


def _contents(plan: ChapterPlan) -> tuple[str, bool]:
    """What the recording holds and how it is organised, in sentences short enough to follow by
    ear; and whether the chapter titles are listed after it."""
    count = len(plan.titles)
    # ("which you can skip between" was heard as "skip but win" by the offline listener)
    opening = (
        f"This recording has {count} chapters; your player can skip from one chapter to the next."
    )
    if count <= LISTED_CHAPTERS:
        return opening + " The chapters are:", True
    # too many to list: where the notices and the number to ask for a format are is still said
    # (only "then comes each section" had been)
    notices = any(
        lang == "en" and re.fullmatch(r".+ notice(?: \d+)?", title)
        for title, lang in plan.starts.values()
    )
    return opening + (
        f" The first is {ABOUT_CHAPTER}; then comes each section"
        + (", and each safety notice as a chapter of its own" if notices else "")
        + f"; the last is {CONTACT_CHAPTER}."
    ), False


def plain(spans: Inline) -> str:
    return plain_text(spans).strip()


def _whom_from_and_for(leaflet: Leaflet) -> Inline:
    """ "Information for patients from <trust>, <department>."; an audience in the leaflet's
    own words follows whom it is from: "For parents and carers of children aged 2 to 16 from
    <trust>" gave the children to the trust. A department, audience or trust's name in the
    leaflet's language is that language's voice's run inside the English ("..., Clinig
    Gwrthgeulo." and "from Bwrdd Iechyd Prifysgol Hywel Dda" had been said by the English
    voice), the audience after the department, as print sets it."""
    meta = leaflet.meta
    department_lang = front_line_language(meta.department, meta.language)
    department = Span(f"{meta.department}.", lang=department_lang)
    organisation_lang = primary_language(organisation_language(leaflet))
    organisation = (
        Span(leaflet.written_by, lang=organisation_lang),
        Span(", "),
    )
    # the English voice's words before a name in another voice end with a colon, not "from."
    frm = "from" if organisation_lang == "en" else "from:"
    audience = meta.audience
    audience_lang = meta.audience_lang or front_line_language(audience, meta.language)
    if primary_language(audience_lang) != "en":
        return (Span(f"Information {frm} "), *organisation, department,
                Span(f" {audience.rstrip(' .')}.", lang=audience_lang))
    if re.search(r"\binformation\b", audience, re.IGNORECASE):
        return (Span(f"{audience} {frm} "), *organisation, department)
    audience = re.sub(r"^for\s+", "", audience, flags=re.IGNORECASE).rstrip(" .")
    if re.match(r"[A-Z][a-z]+\b", audience):
        audience = audience[0].lower() + audience[1:]  # "Adults and ..." mid-sentence
    return (
        Span(f"Information {frm} "),
        *organisation,
        replace(department, text=meta.department),
        Span(f", for {audience}."),
    )


def speech_script(
    leaflet: Leaflet,
    duration_seconds: float | None = None,
    pronunciations: Pronunciations | None = None,
) -> SpeechScript:
    """The whole script. Without a measured duration the announced length is an estimate."""
    words = pronunciations or load_pronunciations()
    meta, trust = leaflet.meta, leaflet.trust
    normalise = SpeechNormaliser(
        words, words.who_fills_in(meta.department), about_eyes(leaflet), about_insulin(leaflet),
        leaflet_abbreviations(
            (plain_text(spans) for block in leaflet.blocks for spans in inlines_of(block)), words
        ),
    )
    builder = _ScriptBuilder(leaflet, normalise)
    plan = chapter_plan(leaflet)
    builder.pending_chapter = ABOUT_CHAPTER
    if in_language := _translation_said(leaflet):
        builder.say(in_language, "announcement", "en")
    builder.say(f"{meta.title}.", "announcement")
    # The trust's own phrases are English whatever the leaflet's language; the title is not.
    # (another trust's leaflet is from that trust; the offer of formats stays the running one's)
    builder.spans(_whom_from_and_for(leaflet), "announcement", lang="en")
    builder.say(
        # a full stop after the number: after a code said sign by sign ", version two" was lost
        f"Leaflet number {spoken_reference(str(meta.number))}. Version {meta.version}. "
        + _review_said(meta),
        "announcement",
        "en",
    )
    contents, listed = _contents(plan)
    if listed:
        builder.spans(plan.spoken_list(), "announcement", prefix=contents, pause="sentence")
    else:
        builder.say(contents, "announcement", "en", pause="sentence")
    duration_index = len(builder.utterances)
    builder.say("This recording lasts about 0 seconds.", "duration", "en", pause="notice")

    for index, (block, following) in enumerate(
        itertools.zip_longest(leaflet.blocks, leaflet.blocks[1:])
    ):
        if index in plan.starts:
            builder.pending_chapter = plan.starts[index][0]
        elif index == plan.contact_from:
            builder.pending_chapter = CONTACT_CHAPTER
        builder.follow_own_record(block)
        if isinstance(block, Heading):
            builder.pause_before_next(PAUSE_BEFORE_HEADING)
            spans = block.spans
            if spans:
                spans = (replace(spans[0], text=spoken_heading_number(spans[0].text)), *spans[1:])
            builder.spans(
                spans, "heading", pause="heading", leads_on=_lead_in(spans, following, True)
            )
        elif isinstance(block, Notice):
            label, label_lang = block.label_in(builder.language)  # "Pwysig" in Welsh
            prefix = "" if block.says_its_label else f"{label}:"
            items = block.items
            *before, lead = block.paragraphs
            for paragraph in before:  # each its own, in the one notice
                builder.spans(paragraph, "notice", prefix=prefix, pause="item",
                              prefix_lang=label_lang)
                prefix = ""
            builder.spans(
                lead, "notice", prefix=prefix, pause="item" if items else "notice",
                prefix_lang=label_lang,
                leads_on=":" if items and plain(lead).rstrip()[-1:] not in ".!?:;" else "",
            )
            for number, item in enumerate(items, 1):
                last = number == len(items) and not block.after
                builder.spans(
                    item, "notice", pause="notice" if last else "item",
                    leads_on="" if number == len(items) else _leads_on(item, items[number]),
                )
            if items and block.after:
                builder.spans(block.after, "notice", pause="notice")
        elif isinstance(block, Image) and block.alt:
            builder.spans((Span(block.alt),), "picture", prefix="Picture:", pause="picture")
        elif isinstance(block, DescribedPicture):
            builder.spans((Span(block.description),), "picture", prefix="Picture:", pause="picture")
        elif isinstance(block, ListBlock):
            if index in plan.starts and plan.starts[index][0] == "Important notice":
                builder.say("Important:", "notice", "en", "sentence")  # announced as a box is
            next_items = [*block.items[1:], ()]
            for number, item, after in zip(
                block.item_numbers(), block.items, next_items, strict=True
            ):
                # a step in another language has its number said by that language's voice, as
                # its figure (each voice says a figure in its own words): the English voice had
                # said "Number one:" before each Gujarati step
                step_lang = _language_of(item, builder.language)
                prefix = (
                    "" if not block.ordered
                    else f"Number {number}:" if step_lang == "en"
                    else f"{number}."
                )
                # "4. Note the time you gave it: at ____": the person giving the medicine
                # writes it (that item's blanks alone: the plan's other blanks are the team's)
                kept_before = builder.own_record
                builder.own_record = kept_before or bool(_OWN_RECORD.search(plain_text(item)))
                builder.spans(
                    item, "text", prefix=prefix, pause="item", leads_on=_leads_on(item, after),
                    prefix_lang=step_lang,
                )
                builder.own_record = kept_before
            builder.pause_before_next(PAUSE_AFTER["paragraph"])
        elif isinstance(block, Table):
            _say_table(builder, block)
        elif isinstance(block, Paragraph):
            # a paragraph wholly in another language is announced, as the trust's lines are:
            # a voice changing without a word was taken for a fault
            langs = {span.lang or block.lang for span in block.spans if span.text.strip()}
            if len(langs) == 1 and (only := langs.pop()) and primary_language(only) != "en":
                if row := find_language(only):
                    _announce_language(builder, row.english_name, "text")
            builder.spans(
                block.spans, "text", lang=block.lang, leads_on=_lead_in(block.spans, following)
            )

    builder.pause_before_next(PAUSE_BEFORE_HEADING)
    if plan.contact_from is None:
        builder.pending_chapter = CONTACT_CHAPTER
    # The trust's lines are English whatever the leaflet's language.
    for line in trust.footer:
        builder.spans(line, "offer", lang="en")
    # The other-language lines say the number is "below": the English offer follows them.
    phone, extension = _phone_offered(trust)
    for translation in trust.translations:
        _announce_language(builder, translation.language_name, "offer")
        builder.spans((Span(translation.text, lang=translation.lang),), "offer", pause="language")
        _phone_in_language(builder, translation, phone, extension, words)
    builder.spans(trust.format_offer, "offer", lang="en")
    _phone_twice(builder, trust)
    builder.say("End of leaflet.", "end", "en", pause="end")

    utterances = builder.utterances
    estimated = duration_seconds is None
    if estimated:
        spoken_words = sum(len(u.text.split()) for u in utterances)
        pauses = sum(u.pause_after for u in utterances)
        duration_seconds = spoken_words * 60 / ESTIMATED_WORDS_PER_MINUTE + pauses
    u = utterances[duration_index]
    utterances[duration_index] = Utterance(
        f"It lasts {describe_duration(duration_seconds)}.", u.lang, u.role, u.pause_after, u.chapter
    )
    return SpeechScript(tuple(utterances), duration_estimated=estimated)


def _phone_in_language(
    builder: _ScriptBuilder, translation, phone: str, extension: str, words
) -> None:
    """The other-language lines point to the number "below": it follows each line, said by
    that language's voice, in its words from config/pronunciations.yaml where they are there,
    else as digits, which every espeak-ng voice reads in its own language. An extension
    follows in the language's word for one where config gives it, else in English: its digits
    alone would be dialled as part of the number."""
    lang = primary_language(translation.lang)
    if PHONE_NUMBER.search(translation.text):
        return
    own = words.other_languages.get(lang)
    if own is None or not own.says_numbers:
        own = DIGITS_AS_WRITTEN
    said = phone_number(phone, own)
    if extension and own.extension:
        said += f", {own.extension} {spell_digits(extension, own)}"
    builder.utterances.append(Utterance(said, lang, "offer", PAUSE_AFTER["language"]))
    if extension and not own.extension:
        builder.say(f"Extension {extension}.", "offer", "en", pause="language")


# The number in an offer, and the extension that goes with it: "020 7188 7188 ext. 55100",
# "0116 258 4000 (extension 2210)".
_NUMBER_AND_EXTENSION = re.compile(
    rf"({PHONE_NUMBER.pattern})(?:,? \(?({EXTENSION.pattern}))?"
)


def _phone_offered(trust) -> tuple[str, str]:
    """The number to ask for another format or language on, and its extension's digits (or
    ""): the one the offer gives (a leaflet's own offer may have its own), else the trust's.
    The lines in other languages point "below" to it: after them the trust's number had been
    said, and then the offer's. Without its extension a switchboard number reaches no one who
    can help (the extension had been left out everywhere but the offer itself)."""
    offered = _NUMBER_AND_EXTENSION.search(plain(trust.format_offer))
    if not offered:
        return trust.phone, ""
    extension = offered.group(2) or ""
    return offered.group(1), "".join(re.findall(r"\d", extension))


def _phone_twice(builder: _ScriptBuilder, trust) -> None:
    """After the lines in other languages (which say the number is "below"), the number to ask
    for another format (the one the offer gives: a leaflet's own offer may have its own) is said
    in English, twice, so a listener can write it down. Each time the number follows
    "telephone": after "is", its first "oh" was heard as "a" (make pronunciation). "For this
    information in another language" was heard as "information and another language" in
    every leaflet, by both listeners and whatever sounds "in" was given; "For other languages
    and formats" is heard as said."""
    phone, extension = _phone_offered(trust)
    if extension:
        phone += f", extension {extension}"
    what = "other languages and formats" if trust.translations else "other formats"
    builder.say(f"For {what}, telephone {phone}.", "offer", "en", pause="sentence")
    builder.say(f"Again, telephone {phone}.", "offer", "en", pause="offer")


# Wording a listener could take two ways, the script keeping what is printed: a person who
# knows the leaflet must say which is meant (the check lists them). "Take 2 am and 2 pm" is two
# doses, morning and evening, or doses at 2 o'clock; "1/2 tablets" is one or two, or a half.
_COUNT_OR_CLOCK = re.compile(r"(?<![\w:.,/£-])([1-4]) ?([AaPp])\.?[Mm](?![\w])\.?")
_CLOCK_LEAD = re.compile(
    r"\b(?i:at|from|until|till|by|before|after|between|around|about|past|to)"
    r"(?: \d{1,2}(?:[.:]\d\d)?(?: ?[AaPp]\.?[Mm]\.?)?,?(?: (?i:and|or|to)| ?[-\u2013]))? $"
    r"|\d(?: ?[AaPp]\.?[Mm]\.?)? ?[-\u2013] ?$"
)
_DOSE_WORDS = re.compile(
    rf"\b(?i:take|taking|use|using|give|giving|inhale|inject|apply|doses?|{_DOSE_FORMS}s?"
    r"|mg|ml|units?)\b"
)
_DOSE_JUST_BEFORE = re.compile(rf"\b(?i:{_DOSE_FORMS}|mg|ml|units?)s? $")
_COUNT_OR_FRACTION = re.compile(
    rf"(?<![\d/.,])([1-9])/([1-9])(?![\d/]|\.\d) "
    rf"(?i:(?:{_DOSE_FORMS}|tab|cap)s|hours|hrs|days|weeks)\b"
)
# (a stop inside a word or figure, "2.5", or before a word in small letters, "a.m. on", is no
# clause's end: a clause had begun after it, "Come at 5 to 8 a.m. on ..." checked as "m.")
_CLAUSE = re.compile(r"(?:[^.!?;]|[.!?;](?!\s|$)|\.(?=\s+[a-z]))*(?:[.!?;](?=\s|$)|$)")
# Two bare counts side by side before how many times: "Take 2 4 times a day" is said "two four
# times a day", heard as twenty-four times as easily as two, four times; said as printed.
_COUNT_BESIDE_TIMES = re.compile(r"(?<![\w/.,:£-])([1-9]) ([1-9]) ?(?:times|x)\b")
# "am/pm" after a dose ("Take 1 tablet twice daily (am/pm)"), said "am or pm": the morning and
# the evening, or either? (After a blank it is a form's choice to ring: "Time: ____ am/pm".)
_HALVES_SLASHED = re.compile(r"(?<![\w_])(?:am|AM)/(?:pm|PM)(?!\w)")
# A time led to, written as an hour to an hour on five or ten: "Take your dose at 5 to 8" is
# said "at five to eight", as printed: five minutes to eight, or from five o'clock to eight?
# (Not with a count or a unit after it: "at 5 to 10 mg".)
_AT_MINUTES_TO = re.compile(
    r"\b(?i:at|by|before|after|until|till) "
    r"((?:5|10) to (?:1[0-2]|[1-9])(?: ?(?i:[ap]m\b|[ap]\.m\.))?)"
    r"(?!\d|[.:]\d| ?(?:o'clock|%"
    rf"|(?i:{_DOSE_FORMS}|mg|mcg|ml|g|kg|units?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
    r"|years?|times|per ?cent|apart)s?\b))"
)


# Twelve o'clock whose figures and word disagree: "00:00 midday" is said "midnight midday", "12pm
# midnight" "twelve noon midnight", as printed: a fast's end or a dose's time told both ways.
_TWELVE_DISAGREES = re.compile(
    r"(?<![\w.:,£$])(?:(?:(?:00|24)[.:]?00|12(?:[.:]?00)? ?(?i:am|a\.m\.)) \(?(?:midday|noon)"
    r"|12(?:[.:]?00)? ?(?i:pm|p\.m\.) \(?midnight)\b"
)


def ambiguous_wording(text: str) -> list[str]:
    """Each piece of `text` whose figures could tell a patient two different doses or times,
    quoted with the two readings, for a person to check against what the author meant."""
    found = []
    for clause in _CLAUSE.finditer(text):
        sentence = clause.group().strip()
        if not sentence:
            continue
        doses = _DOSE_WORDS.search(sentence)
        for match in _COUNT_OR_CLOCK.finditer(sentence):
            before = sentence[: match.start()]
            if doses and not _CLOCK_LEAD.search(before) and not _DOSE_JUST_BEFORE.search(before):
                found.append(
                    f"'{sentence}': is '{match.group().strip()}' a number of doses in the "
                    f"{'morning' if match[2] in 'Aa' else 'afternoon or evening'}, or a time "
                    f"({match[1]} o'clock)?"
                )
                break
        for match in _COUNT_OR_FRACTION.finditer(sentence):
            first, second = int(match[1]), int(match[2])
            fraction = _FRACTIONS.get(f"{first}/{second}")
            if fraction and second == first + 1:
                found.append(
                    f"'{sentence}': is '{match.group()}' {first} or {second}, or {fraction}?"
                )
        if doses and (halves := _HALVES_SLASHED.search(sentence)) and not re.search(
            r"_{2,}|\.{4,}|\u2026", sentence[: halves.start()]
        ):
            found.append(
                f"'{sentence}': is '{halves.group()}' a dose in the morning and one after midday, "
                "or one at either?"
            )
        if doses:
            for match in _COUNT_BESIDE_TIMES.finditer(sentence):
                found.append(
                    f"'{sentence}': is '{match.group()}' {match[1]}, {match[2]} times, or "
                    f"{match[1]}{match[2]} times?"
                )
        for match in _TWELVE_DISAGREES.finditer(sentence):
            found.append(
                f"'{sentence}': is '{match.group().replace('(', '')}' midday or midnight? (its "
                "figures say one, its word the other)"
            )
        for match in _AT_MINUTES_TO.finditer(sentence):
            first, last = match[1].split(" to ")
            found.append(
                f"'{sentence}': is '{match[1]}' {int(first)} minutes to {last}, or from {first} "
                f"o'clock to {last}?"
            )
    return found


# Figures another language's voice reads as printed, what they mean lost: a range's dash ("co
# 4-6 godzin" and "bob 4-6 awr" are said "four six" by the Polish and Welsh voices, as by the
# Urdu and Arabic ones), a fraction's slash ("1/2 tabletki": "one", the English "slash", "two"),
# a time's "am" or "pm" glued to it ("9am": the figure, then the English letters, or the Welsh
# word "am"), a clock time ("o 8:00" is "osiem zero zero" in Polish, "wyth dim dim" in Welsh; a
# range of two "dziewięć zero zero siedemnaście zero zero", its dash lost), a date in figures
# ("05/2025" "zero pięć slash dwa tysiące ..."). The script keeps the translator's words; a
# person writes them as that language says them.
_HH_MM = r"(?:[01]?\d|2[0-4]):[0-5]\d"
_AS_PRINTED_ELSEWHERE = (
    (
        re.compile(rf"(?<![\w.,/:-]){_HH_MM} ?[-\u2013] ?{_HH_MM}(?![\w/:-]|[.,]\d)"),
        "as two clock times read figure by figure, with nothing between them: write the hours "
        "in words, with the word for 'to'",
    ),
    (
        re.compile(
            r"(?<![\w.,/:-])\d{1,3}(?:[.,]\d+)? ?[-\u2013] ?\d{1,3}(?:[.,]\d+)?(?![\w/:-]|[.,]\d)"
        ),
        "as two numbers with nothing between them: write the range with the word for 'to'",
    ),
    (
        re.compile(
            rf"(?<![\w.,/:\u2013-])(?<![-\u2013] ){_HH_MM}(?![\w:]|[.,]\d| ?[-\u2013] ?\d)"
        ),
        "as its figures, not a time of day (':00' as 'zero zero'): write the time in words",
    ),
    (
        re.compile(r"(?<![\w/.,])\d{1,2}/\d{1,2}(?![\w/]|[.,]\d)"),
        "with the English 'slash' between the figures: write the fraction in words",
    ),
    (
        # a month and year, or a day, month and year
        re.compile(
            r"(?<![\w/.,:-])(?:\d{1,2}/\d{4}|\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d\d))"
            r"(?!\w|[/.,-]\w)"
        ),
        "as figures one by one, not as a date: write the month (and the day) in words",
    ),
    (
        # (glued, or dotted or in capitals: "am 3 diwrnod" is Welsh for "for 3 days")
        re.compile(
            r"(?<![\w.:])\d{1,2}(?:[.:]\d\d)?(?:am|pm|AM|PM| ?a\.m\.| ?p\.m\.| AM| PM)(?!\w)"
        ),
        "as the figure, then 'am' or 'pm' as letters or a word: write the time of day in words",
    ),
    (
        # a count of doses with its "x" ("2 x 500 mg", "3 x dziennie"), the "x" said as a letter
        re.compile(r"(?<![\w.,/])\d{1,2} ?[x×](?= ?\w)"),
        "as the figure, then 'x' as a letter: write 'times' in the language's words",
    ),
)
# A measure after a figure, unless the script says its unit in the language's words
# (_UNITS_IN_WORDS): the voice says the unit's letters ("500 mg" "pięćset em gie", "5 kg" "pump
# k eg") or the degree sign as a bare word ("38°C" "trzydzieści osiem stopień ce").
_MEASURE_HEARD = (
    "with its unit said as letters or a bare sign: write the unit in words, as the number has it"
)


@cache
def _unit_after(units: tuple[str, ...]) -> re.Pattern:
    """A unit straight after a figure ("mg" of "112 mg", "°C" of "38°C"), "%" left out."""
    signs = ["° ?[CF]", "°", *(re.escape(unit) for unit in units if unit != "%")]
    signs.sort(key=len, reverse=True)
    return re.compile(rf" ?(?:{'|'.join(signs)})(?!\w)")


@cache
def _measure_after_figure(units: tuple[str, ...]) -> re.Pattern:
    """A figure and a unit the voice reads as letters or a bare sign ("500 mg", "38°C")."""
    return re.compile(rf"(?<![\w.,/:])\d+(?:[.,]\d+)?{_unit_after(units).pattern}")


def said_as_printed_elsewhere(text: str, lang: str) -> list[str]:
    """Each figure in `text`, spoken by the voice for `lang` (not English), that the voice will
    read as printed with its meaning lost (see _AS_PRINTED_ELSEWHERE), quoted with what is
    heard, for a person to write as the language says it."""
    row = find_language(lang)
    name = row.english_name if row else lang
    measure = _measure_after_figure(tuple(load_pronunciations().units))
    found = {  # in the order they are said
        match.start(): f"'{text}': the {name} voice says '{match.group()}' {heard}"
        for pattern, heard in (*_AS_PRINTED_ELSEWHERE, (measure, _MEASURE_HEARD))
        for match in pattern.finditer(text)
    }
    if row is not None and row.script != "Latin":  # (a Latin script's "mg" is its own)
        found.update(
            (match.start(), f"'{text}': the {name} voice says '{match.group()}' as the figure, "
             "then the unit as English letters: write the unit in the language's words")
            for match in _UNIT_AFTER_FIGURE.finditer(text)
        )
    return [found[at] for at in sorted(found)]


# A "/" at the edge of a voice's piece, the rest of its unit in the next voice's ("mmol/" said
# by the Urdu voice, "L" by the English); and Latin letters joined by "/" left to a voice whose
# script is not Latin, which reads the "/" as a word ("mmol slash L").
_SLASH_AT_EDGE = re.compile(r"(?:[A-Za-z\d]/$)|(?:^/)")
# ... a degree sign ending one voice's piece, its scale opening the next's ("37°" by the Punjabi
# voice, "C" by the English); and a degree sign after a figure left to a voice whose script is
# not Latin, which drops it ("38°" heard as "38")
_DEGREE_AT_EDGE = re.compile(r"\d ?°$")
_SCALE_OPENING = re.compile(r"^[CF](?![A-Za-z])")
_DEGREE_SAID = re.compile(r"\d+(?:[.,]\d+)? ?° ?(?:[CF](?![A-Za-z]))?")
# ... a range's dash at the edge of a voice's piece ("degrees Celsius" by the English voice,
# then "-8" by the Urdu, heard "eight" or "minus eight"), or a range's figures ending one
# voice's piece, its unit the English voice's ("2–8" by the Punjabi voice, whose espeak-ng drops
# the dash: "two eight", then "degrees Celsius")
_RANGE_DASH_OPENING = re.compile(r"^[(]?[-\u2013] ?\d")
_RANGE_DASH_CLOSING = re.compile(r"\d ?[-\u2013]$")
_RANGE_CLOSING = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)? ?[-\u2013] ?\d+(?:[.,]\d+)?$")
_LATIN_PER_SAID = re.compile(_LATIN_PER)
# ... and in a language written in Latin letters, a unit after a figure with a "/" its voice
# still reads ("4 mmol/L", "15 mg/kg/dobę" in Polish: "milimole slash L")
_FIGURE_UNIT_SLASH = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)? ?([A-Za-zµ]+)/[^\s,;:!?()]*")


def units_split_over_voices(utterances: tuple[Utterance, ...]) -> list[str]:
    """Each unit written with "/" or a degree sign that the script parts between voices, or
    leaves to another script's voice to read its "/" or drop its sign: a problem, never a
    thing to check, since the patient hears a measure they cannot put together ("4 mmol
    slash", then "L"; "37", then "C")."""
    found = []
    for said, then in itertools.pairwise(utterances):
        if said.lang != then.lang and (
            _SLASH_AT_EDGE.search(said.text.rstrip())
            or _SLASH_AT_EDGE.search(then.text.lstrip())
            or (
                _DEGREE_AT_EDGE.search(said.text.rstrip())
                and _SCALE_OPENING.search(then.text.lstrip())
            )
        ):
            found.append(
                f"a unit split over two voices: '{said.text.split()[-1]}' by the {said.lang} "
                f"voice, then '{then.text.split()[0]}' by the {then.lang} voice"
            )
        elif said.lang != then.lang and (
            _RANGE_DASH_OPENING.search(then.text.lstrip())
            or _RANGE_DASH_CLOSING.search(said.text.rstrip())
            or (then.lang == "en" and _RANGE_CLOSING.search(said.text.rstrip()))
        ):
            found.append(
                f"a range split over two voices: '{said.text.split()[-1]}' by the {said.lang} "
                f"voice, then '{then.text.split()[0]}' by the {then.lang} voice: the English "
                "voice should say the range with its unit whole"
            )
    units = load_pronunciations().units
    for utterance in utterances:
        row = find_language(utterance.lang)
        if utterance.lang == "en" or row is None:
            continue
        if row.script == "Latin":  # (its own words may hold a "/": "i/lub", "and/or")
            found.extend(
                f"the {row.english_name} voice says '{match.group().rstrip('.')}' with its '/' as "
                "a word: say the unit in the language's words or by the English voice"
                for match in _FIGURE_UNIT_SLASH.finditer(utterance.text)
                if match[1] in units
            )
            continue
        found.extend(
            f"the {row.english_name} voice says '{match.group()}' with its '/' as a word: "
            "the English voice should say the unit whole"
            for match in _LATIN_PER_SAID.finditer(utterance.text)
        )
        found.extend(
            f"the {row.english_name} voice says '{match.group()}', its degree sign dropped: "
            "the English voice should say the unit whole"
            for match in _DEGREE_SAID.finditer(utterance.text)
        )
    return found
