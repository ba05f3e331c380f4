"""Easy Read words: drafted automatically from a leaflet, or read from an author's own file.

The draft follows the Easy Read rules in STANDARDS.md as far as rules can: one sentence a row,
long sentences split where it is safe (at a dash, a semicolon, ", and" before an instruction,
", keeping ..."), plain words from config/plain_words.yaml, each hard word explained in the row
after it, and each row given a picture. Some words are never split off: each item of a list of
warning signs ("Call 999 if you:") is one row, a blank to fill in stays where it stands, words
in brackets stay with the word they explain, and an "unless" stays with its instruction.
Rules cannot judge meaning, so the draft is written in the author form (`leaflet
easyread-draft 442`) for a person to check and improve; once source/<number>-<slug>.easyread.md
exists, it is used as it stands.

The author form (UTF-8 Markdown):

    ---
    leaflet: 442          # the leaflet's number
    version: 3            # the leaflet version the Easy Read was written for
    ---
    ## A heading                            (a section; its rows follow)
    [stand] Stand with your back against a **wall**.
    > [stop sign] Do not push into pain.    (a safety notice: shown boxed and bold)
    [] A row whose picture is chosen automatically.
    ## Hard words                           (on a page of its own when longer than a page)

Each row is one line: a picture name in square brackets, then its words, with **bold** for key
words and [words]{lang=pl} for words in another language (as in the leaflet's own Markdown). A
picture name is a word from config/pictures.yaml, an OpenMoji name ("person kneeling") or an
OpenMoji code ("1F9CE"). Blank lines and <!-- comments --> are ignored. The cover and the last
page (format offer, contact details, other languages) are made from the leaflet's front matter
and config/organisation.yaml, so they are not in this file. A translation's Easy Read is written
by hand as <number>-<slug>.<lang>.easyread.md: the draft's rules are English."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ...config import load_config_file
from ...contacts import EMAIL_ADDRESS, PHONE_NUMBER, WEB_ADDRESS, contact_pattern, find_contacts
from ...errors import LeafletError, describe_validation_error
from ...languages import find_language, primary_language
from ...model import (
    DescribedPicture,
    Heading,
    Image,
    Inline,
    Leaflet,
    ListBlock,
    Notice,
    Paragraph,
    Table,
    labels_first,
    notice_lists_apart,
    plain_text,
    with_addresses,
)
from ...paths import project_dir
from ...sources.reader import read_text, split_front_matter
from ...text import (
    SCRIPT_FULL_STOPS,
    SHORT_DAY,
    TICK_BOXES,
    dates_in_words,
    day_in_full,
    prepare,
    shaped_as_a_word,
    words,
)
from ...text import sentences as split_sentences
from ..html_render import opens_with
from .grammar import (
    CONDITION_WORDS,
    CONTACT_VERBS,
    STRONG_CONDITIONS,
    action_after_banned_choices,
    agents,
    bans_as_a_rule,
    beyond_a_clause_inside,
    can_be_a_verb,
    instruction_parts,
    is_negative_instruction,
    is_positive_instruction,
    lead_in_before,
    only_a_condition,
    only_a_lead_in,
    opens_a_reason,
    parse,
    read,
    shares_subject,
)
from .pictures import (
    Picture,
    author_name,
    ban_picture,
    choose_picture,
    leads_into_bans,
    picture_beside_a_reason,
    picture_list,
    resolve_picture_name,
    says_what_to_do,
)

HARD_WORDS_HEADING = "Hard words"
# The shortest sentence limit a request may ask for. Rows made from config (explanations, the
# trust's last page) appear in every Easy Read, even an author's, so they must meet it.
SHORTEST_LIMIT = 10
# The contact details a reader acts on: each one word, and a fact the Easy Read must keep.
_CONTACT_KINDS = ("phone", "email", "web")
_CONTACT = contact_pattern(_CONTACT_KINDS)
# One number as a reader reads it: "7.5" and "20,000" whole, "8.30" in "8.30am" whole.
NUMBER = re.compile(r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.]*\d)")
NUMBER_WORDS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve".split(),
        (str(n) for n in range(1, 13)),
        strict=True,
    )
)
# "one" is read as a number only where it counts ("one 800 unit tablet"), never in "one side".
SPELLED_NUMBER = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_SPELLED_COUNT = re.compile(r"\b(" + "|".join(list(NUMBER_WORDS)[1:]) + r")\b", re.IGNORECASE)
_UNIT = re.compile(r"\b(\d+)(cm|mm|m|kg|g|ml|mg|km)\b")
_QUANTITY = re.compile(
    r"\b\d+(?:\.\d+)?(?: (?:to|or|and) \d+(?:\.\d+)?)? ?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|times|cm|mm|kg|ml|mg|am|pm)\b",
    re.IGNORECASE,
)
_BOLD = re.compile(r"\*\*(.+?)\*\*")
# A clock's time, bold as one ("10:30", "9.30am"), never "**10**:**30**".
_CLOCK_TIME = re.compile(r"(?<![\d:.])\d{1,2}[:.][0-5]\d(?:\s?[ap]m\b)?(?![\d:])", re.IGNORECASE)
# A run in another language, written as in the leaflet's Markdown: [Ćwiczenia kolana]{lang=pl}.
LANGUAGE_RUN = re.compile(r"\[([^\]]+)\]\{lang=([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\}")
# A row that is all one run in another language (its full stop may stand after the run).
_WHOLE_RUN = re.compile(r"\s*" + LANGUAGE_RUN.pattern + r"([.!?]?)\s*")
# How a sentence ends in any script: "." "!" "?", Urdu and Arabic "۔" "؟", Hindi "।" "॥",
# Chinese and Japanese "。" "！" "？", Armenian "։", Amharic "።", and "…".
SENTENCE_ENDS = f".!?{SCRIPT_FULL_STOPS}\u0965\u3002\uff01\uff1f\u0589\u1362\u2026"
# What may close a sentence after its full stop: a quotation mark or a bracket.
_CLOSING = "\"'\u2019\u201d\u00bb)"
_ADVERB = re.compile(r"^(?:then|now|please|next|also|and|or|but|\w+ly)$", re.IGNORECASE)


# ---- the Easy Read document -----------------------------------------------------------------


# A sentence whose condition at its end may govern its last action or every one ("Stop the
# exercises and call the ward if ..."): kept whole, however long, for a person to say which
CONDITION_SCOPE_DOUBT = (
    "the condition at its end may govern its last action only or every action: kept whole, "
    "check which"
)


# How the draft opens a row that gives the examples of the row before it ("For example,
# loperamide or codeine."): the page layout keeps such a row with that one, and the meaning check
# holds it to its sentence's examples; both know it by `gives_examples`, not by words of their own.
EXAMPLES_ROW_OPENING = "For example,"
_GIVES_EXAMPLES = re.compile(r"\s*for example\b", re.IGNORECASE)


def gives_examples(text: str) -> bool:
    """Whether a row (or a sentence) gives the examples of the one before it: it opens with
    "For example", as the draft writes such a row."""
    return _GIVES_EXAMPLES.match(text) is not None


# A sentence whose purpose at its end ("... to help your body recover") may be its last
# action's or every one's, or may hold the reader's next action: kept whole for a person to say
PURPOSE_SCOPE_DOUBT = (
    "what it says an action is for may be the last action's only, every action's, or hold one "
    "more action of the reader's: kept whole, check which"
)


@dataclass(frozen=True)
class Row:
    """One idea: its words (with **bold** key words) and its picture."""

    text: str
    picture: Picture
    notice: bool = False
    doubt: str = ""  # what a person should check in a drafted row (the author form says it)
    # kept on the page of the row after it: a table row's cells (a diary's date and its dose)
    with_next: bool = False
    # a table row's first cell said again where the row may go on over a page (its name)
    again: bool = False

    @property
    def plain(self) -> str:
        return plain_words_of(self.text)


def plain_words_of(text: str) -> str:
    """A row's words without its markup (bold, language runs)."""
    return LANGUAGE_RUN.sub(r"\1", _BOLD.sub(r"\1", text))


def ends_a_sentence(text: str) -> bool:
    """Whether text (markup and all) ends as a sentence ends, in any script: "... کریں۔" and
    "[... کریں۔]{lang=ur}" end theirs, so no "." is put after them."""
    return plain_words_of(text).rstrip().rstrip(_CLOSING)[-1:] in set(SENTENCE_ENDS)


def whole_language(text: str) -> str | None:
    """The language of a row that is all one run in another language, else None."""
    match = _WHOLE_RUN.fullmatch(text)
    return match.group(2) if match else None


def _sentence_ended(text: str) -> bool:
    """Whether a new sentence may start after text: it ends as a sentence ends, and not in a
    short form ("e.g.", "Dr.") the shared splitter knows goes on."""
    plain = plain_words_of(text).strip()
    return ends_a_sentence(plain) and split_sentences(f"{plain} Next")[-1] == "Next"


def language_pieces(text: str) -> list[tuple[str, str]]:
    """A paragraph cut where a run in another language is a sentence of its own: it starts
    where a sentence starts (first, or after a sentence's end) and ends as one ends (its own
    full stop, in its script, or one just after the run), and no lower-case word goes on from
    it. Each piece is (words, language): the leaflet's own words as marked ("" for their
    language), a sentence in another language as its plain words. A run inside a sentence
    ("The title in Polish is [Ćwiczenia kolana]{lang=pl}.") stays in its sentence."""
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in LANGUAGE_RUN.finditer(text):
        before = text[position : match.start()]
        stop = re.match(r"[.!?](?=\s|$)", text[match.end() :])
        end = match.end() + (stop.end() if stop and not ends_a_sentence(match.group(1)) else 0)
        after = text[end:].lstrip()
        if (
            (not before.strip() or _sentence_ended(before))
            and ends_a_sentence(text[match.start() : end])
            and not after[:1].islower()
        ):
            if before.strip():
                pieces.append((before.strip(), ""))
            pieces.append((match.group(1).strip() + text[match.end() : end], match.group(2)))
            position = end
    if text[position:].strip():
        pieces.append((text[position:].strip(), ""))
    return pieces


@dataclass(frozen=True)
class Section:
    heading: str  # "" for rows before the first heading
    rows: tuple[Row, ...]


@dataclass
class EasyRead:
    sections: list[Section]
    author_file: Path | None = None  # None: drafted automatically
    written_for_version: int | None = None
    notes: list[str] = field(default_factory=list)  # what a person should look at

    def rows(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows]


# ---- plain words (config/plain_words.yaml) --------------------------------------------------


# Words that say how a symptom feels and how bad it is, or how often a risk happens. A plain word
# for one of them changes what the reader expects: "It is normal to have some chest discomfort"
# made "... some chest pain", beside "call 999 if you have new chest pain", turns a danger sign
# into the normal course; "uncommon" (up to 1 in 100) made "rare" (up to 1 in 1,000) makes a
# risk ten times smaller. No swap may add, drop or change one: the source's word stays.
GRADED_WORDS = frozenset(
    """discomfort discomforts pain pains painful ache aches aching achy sore soreness tender
    tenderness sting stings stinging burn burns burning itch itching itchy irritation irritated
    throb throbbing cramp cramps cramping numb numbness tingle tingling mild moderate severe
    slight slightly bad badly worse worst sharp dull intense serious seriously minor major
    significant extreme extremely unbearable very quite fairly rare rarely uncommon uncommonly
    common commonly occasional occasionally normal abnormal usual unusual expected unexpected
    new sudden suddenly""".split()
)


def graded_words(text: str) -> list[str]:
    """The words of `text` that say how a symptom feels, how bad it is or how often it happens,
    in order."""
    return [word for word in re.findall(r"[a-z]+", text.lower()) if word in GRADED_WORDS]


class _PlainWordsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    replace: dict[str, str] = {}
    explain: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    instruction_verbs: list[str] = Field(default=[], min_length=1)

    @field_validator("replace")
    @classmethod
    def _same_symptoms(cls, replace: dict[str, str]) -> dict[str, str]:
        for hard, plain in replace.items():
            if graded_words(hard) != graded_words(plain):
                raise ValueError(
                    f"'{hard}: {plain}' changes how a symptom feels, how bad it is or how often "
                    "it happens (a plain word for 'discomfort', 'severe' or 'uncommon' can make a "
                    "danger sign read as normal, or a risk smaller): remove it, or explain the "
                    "word under 'explain:' instead"
                )
        return replace

    @field_validator("explain")
    @classmethod
    def _short_meanings(cls, explain: dict[str, str]) -> dict[str, str]:
        for word, meaning in explain.items():
            if word_count(meaning) > SHORTEST_LIMIT:
                raise ValueError(
                    f"the meaning of '{word}' has {word_count(meaning)} words; write it in at "
                    f"most {SHORTEST_LIMIT}, so it fits any Easy Read's sentence limit"
                )
        return explain


@dataclass(frozen=True)
class PlainWords:
    replacements: tuple[tuple[re.Pattern, str], ...]
    single_words: dict[str, str]  # "commence" -> "start": the checker maps source words too
    explanations: dict[str, str]
    patterns: tuple[tuple[re.Pattern, str], ...]
    verbs: frozenset[str]


def plain_words_path() -> Path:
    return project_dir("config") / "plain_words.yaml"


@cache
def _load_plain_words(path: Path, _mtime: float) -> PlainWords:
    config = load_config_file(_PlainWordsConfig, path)
    ordered = sorted(config.replace.items(), key=lambda item: -len(item[0]))
    replacements = tuple(
        (re.compile(rf"\b{re.escape(hard)}\b", re.IGNORECASE), plain) for hard, plain in ordered
    )
    patterns = []
    for i, (pattern, replacement) in enumerate(config.patterns):
        try:
            patterns.append((re.compile(pattern, re.IGNORECASE), replacement))
        except re.error as error:
            raise LeafletError(f"{path}: patterns.{i}: not a valid pattern ({error})") from None
    return PlainWords(
        replacements,
        {hard.lower(): plain for hard, plain in config.replace.items() if " " not in hard},
        {word.lower(): meaning for word, meaning in config.explain.items()},
        tuple(patterns),
        frozenset(verb.lower() for verb in config.instruction_verbs),
    )


def plain_words() -> PlainWords:
    path = plain_words_path()
    return _load_plain_words(path, path.stat().st_mtime if path.exists() else 0.0)


# ---- sentences ------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph (the shared splitter knows "e.g.", "Dr." and "max. 6" are not
    ends; a letter after a word, as in "vitamin D. Spend ...", is an end when a new sentence
    starts after it)."""
    found: list[str] = []
    for sentence in split_sentences(text):
        for part in (part.strip() for part in _after_a_letter(sentence)):
            if not part:
                continue
            if found and _inside_brackets(found[-1], len(found[-1])):
                found[-1] += " " + part  # "(we reply in 1 day. Do not ...)" is one aside
            elif found and found[-1].endswith(("?", ":")) and choices_to_tick(part):
                found[-1] += " " + part  # "Do you have a pacemaker? Yes ☐ No ☐" is one question
            else:
                found.append(part)
    return [step for sentence in found for step in _lettered_steps(sentence)]


# Boxes to tick, as printed empty or ticked ("☑", "☒"), and the choices beside them: each box
# before or after a short choice ("Yes ☐ No ☐", "☐ Yes ☐ No ☐ Not sure"); a box may be printed
# as two ("☐☐ Yes ☐☐ No", as a PDF's box and its outline are read).
_BOXES = f"{TICK_BOXES}\u2611\u2612"
_CHOICE = rf"[^\s{_BOXES}.!?;:](?:[^{_BOXES}.!?;:]{{0,30}}[^\s{_BOXES}.!?;:])?"
_CHOICES_TO_TICK = re.compile(
    rf"(?:[{_BOXES}]+\s*{_CHOICE}\s*)+[{_BOXES}]*|(?:{_CHOICE}\s*[{_BOXES}]+\s*)+"
)


def choices_to_tick(text: str) -> bool:
    """Whether `text` is only choices with their boxes ("Yes ☐ No ☐"): the answers to the
    question before them, never a sentence of their own."""
    return bool(_CHOICES_TO_TICK.fullmatch(text.strip()))


_ENDING_CHOICES = re.compile(rf"(?:^|(?<=[?:]))\s*(?:{_CHOICES_TO_TICK.pattern})$")


def ends_in_choices(text: str) -> bool:
    """Whether `text` ends in its choices to tick ("... pacemaker? Yes ☐ No ☐", "Tick one:
    ☐ Yes ☐ No"), after which no full stop is written: "No ☐." or "☐ No." reads as an answer."""
    return text.rstrip()[-1:] in _BOXES or bool(_ENDING_CHOICES.search(text.rstrip()))


def boxes_kept_by_their_choices(text: str) -> str:
    """Each box joined to its choice by a no-break space, so a line never ends between them
    ("... Yes" over "☐ No ☐" leaves the reader to guess which box is yes): the box after its
    choice when the choices end in a box ("Yes ☐ No ☐"), else before it ("☐ Yes ☐ No")."""
    found = _ENDING_CHOICES.search(text.rstrip())
    if not found:
        return text
    choices = found.group()
    if choices.rstrip()[-1:] in _BOXES:
        kept = re.sub(rf"(?<=\S)[ \t]+(?=[{_BOXES}])", "\u00a0", choices)
    else:
        kept = re.sub(rf"(?<=[{_BOXES}])[ \t]+(?=\S)", "\u00a0", choices)
    return text[: found.start()] + kept + text[found.end() :]


# A lettered step's mark at the start or after a sentence's end or a colon: "ready: a) Put ...".
_STEP_LETTER = re.compile(r"(?:^|(?<=[:.;!?]))\s*\b([a-h])\)\s+(?=\S)")


def _lettered_steps(sentence: str) -> list[str]:
    """ "Get your nebuliser ready: a) Put ... b) Connect ... c) Check ...": the words before the
    steps and each step, a sentence of its own keeping its letter; a sentence without steps "a)",
    "b)" ... in order stays as it is."""
    marks = list(_STEP_LETTER.finditer(sentence))
    letters = [mark.group(1) for mark in marks]
    if len(marks) < 2 or letters != [chr(ord("a") + i) for i in range(len(marks))]:
        return [sentence]
    ends = [mark.start() for mark in marks[1:]] + [len(sentence)]
    before = sentence[: marks[0].start()].strip()
    steps = [sentence[mark.start() : end].strip() for mark, end in zip(marks, ends, strict=True)]
    return [before, *steps] if before else steps


def _inside_brackets(text: str, index: int) -> bool:
    """Whether `index` is inside brackets: what is said in them is one aside, never cut."""
    return text.count("(", 0, index) > text.count(")", 0, index)


_LETTER_END = re.compile(r"(?<=[a-z]{2} [A-Z]\.)\s+(?=[A-Z][a-z]+\b)")
# How a sentence starts (an instruction's verb, a pronoun, a determiner), unlike a name after
# an initial ("nurse J. Smith").
_SENTENCE_START_TAGS = frozenset({"VB", "PRP", "PRP$", "DT", "EX", "RB", "MD", "IN", "WRB"})


def _after_a_letter(sentence: str) -> list[str]:
    for match in _LETTER_END.finditer(sentence):
        tail = sentence[match.end() :]
        if parse(tail)[0].tag_ in _SENTENCE_START_TAGS:
            return [sentence[: match.start()], *_after_a_letter(tail)]
    return [sentence]


def word_count(sentence: str) -> int:
    """Words as a reader counts them: a phone number or an address is one word each, and a
    range of figures one amount ("200 to 400 mg" counts as "200-400mg" did)."""
    masked = _CONTACT.sub("CONTACT", plain_words_of(sentence))
    masked = re.sub(r"\d+(?:[.:]\d+)+", "0", masked)  # 2.5 mg, 10:30: one number each
    masked = re.sub(r"\b\d+ to \d+\b", "0", masked)
    return len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", masked))


def _keep_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# A web or email address at the start of a row, which keeps its case.
_STARTS_WITH_ADDRESS = re.compile(rf"(?:{WEB_ADDRESS.pattern}|{EMAIL_ADDRESS.pattern})")
# A unit or an abbreviation written in lower case at the start of a row ("mmol/L", "mg",
# "eGFR", "pH"), which keeps its case too: "Mmol/L" is no unit a reader has seen.
_STARTS_WITH_LOWER_CASE_TERM = re.compile(
    r"(?:[a-zµ][a-zµ]*[A-Z][\w/]*|(?:mg|mcg|µg|ml|g|kg|mmol|cm|mm|km|kcal|iu)(?:/[a-zA-Z]+)?)"
    r"(?![\w'’-])"
)


def _as_sentence(text: str, question: bool = False) -> str:
    """Capital first letter and a full stop, or a question mark when the source asked one: an
    instruction ("Have a light breakfast") is never turned into a question."""
    text = re.sub(r"(?:,\s*|\s+)(?:or|and)$", "", text.strip(" ,;:–-")).strip(" ,;:–-")
    if not text:
        return ""
    # "www.mft.nhs.uk", "mmol/L" are typed as written
    if not (_STARTS_WITH_ADDRESS.match(text) or _STARTS_WITH_LOWER_CASE_TERM.match(text)):
        text = text[0].upper() + text[1:]
    if text[-1] in ".!?":
        text = text[:-1]
    elif ends_a_sentence(text) or ends_in_choices(text):
        return text  # its own script's end ("... کریں۔"), or a run's ("[... کریں۔]{lang=ur}")
    return text + ("?" if question else ".")


def simplify(sentence: str, plain: PlainWords) -> str:
    """Plain words, then the rewrites that make the reader the one who acts. A word in a
    capitalised name ("the Patient Experience Team") is never reworded, nor a passive made an
    instruction ("Your INR should be checked" is no "Put your INR checked"); a plain word the
    source already gives beside its hard word ("tummy (abdomen)") is said once."""
    text = _UNIT.sub(r"\1 \2", dates_in_words(prepare(sentence)))  # "Monday 2 June 2025"
    text = figures_in_words(text)  # "4-6hrs" -> "4 to 6 hours"
    for pattern, replacement in plain.replacements:
        text = _swapped(pattern, text, lambda m, r=replacement: _reworded(m, r, plain))
    for pattern, replacement in plain.patterns:
        text = _swapped(pattern, text, lambda m, r=replacement: _reworded(m, m.expand(r), plain))
    text = _OPEN_ALL_DAY.sub(r"\1 (open 24 hours)", _SAID_TWICE.sub(r"\1", text))
    return without_layout_pointers(text)


# Words that point at the printed page, which an Easy Read row (and its reader) does not have:
# "(see page 4)", "(see overleaf)", "the diet below", "the foods listed overleaf".
_SEE_A_PAGE = re.compile(
    r"\s*\((?:please )?(?:see|turn to|go to) (?:pages? \d+(?:\s*(?:and|to|-|–)\s*\d+)?|overleaf|"
    r"below|above|the (?:table|box|chart|list|diagram|picture|section)(?: \d+)?"
    r"(?: below| above| overleaf| on (?:the next )?page(?: \d+)?)?)\)",
    re.IGNORECASE,
)
_TABLE_BELOW_LISTS = re.compile(
    r"^the (?:table|chart|list|box) (?:below|overleaf|on the next page) "
    r"(?:lists|shows|gives|sets out) (?=(?:the|some|all|a few|common|your)\b)",
    re.IGNORECASE,
)
# "listed below" always points at the page; "the diet below" only where nothing follows it
_PLACED_BELOW = re.compile(
    r"\b(?:(listed|shown|given|described|explained|set out) (?:below|overleaf)\b|"
    r"(diet|table|list|advice|instructions|information|details|numbers?|steps|form|chart|"
    r"section|questions|foods|exercises|box) (?:below|overleaf)\b(?=\s*(?:[.,;:!?)]|$)))",
    re.IGNORECASE,
)


def without_layout_pointers(text: str) -> str:
    """The sentence without words that point at print layout: "The table below lists the most
    common ones ..." had been a row where the Easy Read has no table below (its rows follow,
    so "Here are the most common ones ..."), "Start the low-fibre diet below." where nothing
    is below. "Keep the bag below your bladder" says where, and stays."""
    text = _SEE_A_PAGE.sub("", text)
    text = _TABLE_BELOW_LISTS.sub("Here are ", text)
    return _PLACED_BELOW.sub(lambda match: match.group(1) or match.group(2), text)


# A time's unit written short after its figure ("4hrs", "24 hrs", "30 mins").
_SHORT_TIME_UNIT = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?(hrs?|mins?|secs?|wks?)\b(?!\.\w)", re.IGNORECASE
)
_TIME_UNITS = {"hr": "hour", "min": "minute", "sec": "second", "wk": "week"}
# A clock's time on the 24-hour clock: its hour written with a nought ("08:00") or past noon
# ("20:00"), so it is no 12-hour time; "10:00" alone is as written, "10:00-16:00" is 24-hour.
_CLOCK = r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|\s?[ap]\.?m\b)"
_CLOCK_RANGE = re.compile(rf"{_CLOCK}(\s?[-–]\s?|\s+to\s+){_CLOCK}", re.IGNORECASE)
_ONE_CLOCK = re.compile(_CLOCK, re.IGNORECASE)
# A range of days written short ("Mon-Fri", "Mon – Thurs").
_DAY_RANGE = re.compile(rf"\b({SHORT_DAY})\.?\s?[-–]\s?({SHORT_DAY})")
# A range of figures with a hyphen or a dash between them ("1-2", "200-400 mg", "9am-5pm"):
# never part of a date, a reference or a phone number ("ED-0057", "2025-05-01").
_FIGURE_RANGE = re.compile(
    r"(?<![\w.,/:–-])(\d+(?:\.\d+)?)(\s?(?:am|pm))?\s?[-–]\s?(\d+(?:\.\d+)?)"
    r"(?![\d/]|[.,:]\d|\s?[-–]\s?\d)",
    re.IGNORECASE,
)


def _twenty_four_hour(hour: str) -> bool:
    return hour.startswith("0") and len(hour) == 2 or int(hour) >= 13


def _clock_said(hour: str, minute: str) -> str:
    """ "20:00" -> "8pm", "08:30" -> "8.30am", "00:00" -> "midnight", "12:00" -> "midday"."""
    hours = int(hour)
    if minute == "00" and hours in (0, 12):
        return "midnight" if hours == 0 else "midday"
    said = str(hours % 12 or 12) + ("" if minute == "00" else f".{minute}")
    return said + ("am" if hours < 12 else "pm")


def clock_times_in_words(text: str) -> str:
    """24-hour clock times as Easy Read says them ("08:00-20:00" -> "8am to 8pm"); a time that
    may be on the 12-hour clock ("2:00", "10:30") is left as written."""

    def both(match: re.Match) -> str:
        if not (_twenty_four_hour(match[1]) or _twenty_four_hour(match[4])):
            return match[0]
        joint = " and " if text[: match.start()].lower().endswith("between ") else " to "
        return _clock_said(match[1], match[2]) + joint + _clock_said(match[4], match[5])

    text = _CLOCK_RANGE.sub(both, text)
    return _ONE_CLOCK.sub(
        lambda m: _clock_said(m[1], m[2]) if _twenty_four_hour(m[1]) else m[0], text
    )


def figures_in_words(text: str) -> str:
    """Figures as Easy Read writes them: a time's unit in full ("4hrs" -> "4 hours"), a range
    with "to" ("1-2" -> "1 to 2", "Mon-Fri" -> "Monday to Friday"; "between 08:00-20:00" ->
    "between 8am and 8pm"), a 24-hour time as "8pm". A hyphen between figures is read as
    "minus" or not at all; a phone number, a date and a reference keep theirs, and a run in
    another language its own way ("[Weź 1-2 tabletki]{lang=pl}" is no "1 to 2")."""
    parts, position = [], 0
    for match in LANGUAGE_RUN.finditer(text):
        parts += [_english_figures(text[position : match.start()]), match.group(0)]
        position = match.end()
    return "".join([*parts, _english_figures(text[position:])])


def _english_figures(text: str) -> str:
    def unit(match: re.Match) -> str:
        short = match[2].lower().rstrip("s")
        word = _TIME_UNITS[short] + ("" if match[1] == "1" else "s")
        return f"{match[1]} {word}"

    def days(match: re.Match) -> str:
        joint = " and " if text[: match.start()].lower().endswith("between ") else " to "
        return day_in_full(match[1]) + joint + day_in_full(match[2])

    def figures(match: re.Match) -> str:
        first, second = match[1], match[3]
        if any(start < match.end() and match.start() < end for start, end in contacts):
            return match[0]
        if any(len(n) > 1 and n[0] == "0" and n[1] != "." for n in (first, second)):
            return match[0]  # "0300-123": a phone number's pieces
        if any(len(n.split(".")[0]) > 4 for n in (first, second)):
            return match[0]
        if not match[2] and float(first) >= float(second):
            return match[0]  # no range counts down: "2024-25", a score "3-1"
        joint = " and " if text[: match.start()].lower().endswith("between ") else " to "
        return f"{first}{match[2] or ''}{joint}{second}"

    text = clock_times_in_words(_SHORT_TIME_UNIT.sub(unit, text))
    text = _DAY_RANGE.sub(days, text)
    contacts = [(c.start, c.end) for c in find_contacts(text, ("phone",))]
    return _FIGURE_RANGE.sub(figures, text)


# An "a" or "an" straight before a swapped word.
_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)(\s+)$")


def _swapped(pattern: re.Pattern, text: str, reworded) -> str:
    """`pattern.sub(reworded, text)`, with an "a" or "an" before a swapped word made to agree
    with the word that now follows it: "an examination" is no "an test", "an abdominal wound"
    no "an tummy wound"."""
    pieces, at = [], 0
    for match in pattern.finditer(text):
        before, new = text[at : match.start()], reworded(match)
        if new != match.group(0):
            if before or not pieces:
                before = _agreeing(before, new)
            else:  # straight after the last swap
                pieces[-1] = _agreeing(pieces[-1], new)
        pieces += [before, new]
        at = match.end()
    return "".join(pieces) + text[at:]


def _agreeing(before: str, following: str) -> str:
    """`before`, its last word made the article `following` takes if it is an "a" or "an"."""
    article = _ARTICLE_BEFORE.search(before)
    if article is None:
        return before
    return before[: article.start()] + _article_for(article.group(1), following) + article.group(2)


# Words said with a vowel first though written with a consonant, and the reverse.
_SAID_WITH_A_VOWEL = re.compile(r"(?:hour|honest|honou?r|heir)", re.IGNORECASE)
_SAID_WITH_A_CONSONANT = re.compile(
    r"(?:uni(?!n)|use|usu|uti|ura|ure|uro|eu|ewe|one\b|once)", re.IGNORECASE
)
# Initials whose first letter's name starts with a vowel: "an MRI", "an X-ray", "an NHS ...".
_LETTERS_SAID_WITH_A_VOWEL = frozenset("AEFHILMNORSX")


def _article_for(article: str, following: str) -> str:
    """ "a" or "an", in the case `article` was written in, as said before `following`."""
    word = re.match(r"[\w'’-]*", following.lstrip()).group(0)
    letters = re.match(r"[A-Z]+(?![a-z])", word)
    if letters:  # initials, said letter by letter
        vowel = word[0] in _LETTERS_SAID_WITH_A_VOWEL
    elif word[:1].isdigit():
        vowel = re.match(r"8|1[18](?:(?!\d)|,?\d{3}(?!\d))", word) is not None  # "an 18"
    elif not word[:1].isalpha():
        return article
    else:
        vowel = (
            _SAID_WITH_A_VOWEL.match(word) is not None
            or (word[0].lower() in "aeiou" and not _SAID_WITH_A_CONSONANT.match(word))
        )
    chosen = "an" if vowel else "a"
    return chosen.capitalize() if article[0].isupper() else chosen


# A phone number's bracketed "(24 hours)": when the line is open, which a row cut from its
# lead-in ("Call the Maternity Triage line on 01202 448 231 (24 hours).") reads as "call in 24
# hours"; said "(open 24 hours)".
_OPEN_ALL_DAY = re.compile(
    rf"({PHONE_NUMBER.pattern}|\b111\b) \((?:24 ?(?:hours|hrs)|24/7|24 hour(?: line)?)\)",
    re.IGNORECASE,
)

# A word and the same word again in brackets, as a plain word beside its gloss becomes.
_SAID_TWICE = re.compile(r"\b(\w[\w -]*?) \(\1\)", re.IGNORECASE)


def _reworded(match: re.Match, replacement: str, plain: PlainWords) -> str:
    """The replacement for a match, or the match itself where rewording would change what it
    says: in a name, or (for a rewrite into an instruction) before a passive's participle."""
    said = match.group(0)
    if (
        _in_a_name(match, plain)
        or _names_a_procedure(match)
        or _makes_a_passive_an_instruction(match, replacement, plain)
    ):
        return said
    return _keep_case(said, replacement)


# A test's or an operation's name, as the hospital says it: "cystoscopy", "hysterectomy",
# "angioplasty", "mammogram", "biopsy", "screening" (not "milligrams").
_PROCEDURE = (
    r"(?:[a-z]+(?:scop(?:y|ies)|ectom(?:y|ies)|otom(?:y|ies)|ostom(?:y|ies)|plast(?:y|ies)"
    r"|graph(?:y|ies)|centesis|pex(?:y|ies)|trips(?:y|ies))"
    r"|[a-z]*(?<!milli)(?<!kilo)(?<!micro)grams?|biops(?:y|ies)|screening|ultrasound|scan)\b"
)
# Up to two more words of the name before it ("flexible video cystoscopy", "abdominal aortic
# aneurysm screening"), never a word that starts another phrase ("pain after colonoscopy").
_BEFORE_A_PROCEDURE = re.compile(
    r"\s+(?:(?!(?:after|before|for|from|with|of|a|an|the|and|or|to|in|on|at|during|your|my|"
    rf"their|is|are|was)\b)[a-z-]+\s+){{0,2}}{_PROCEDURE}",
    re.IGNORECASE,
)
# A name and its initials after it: "examination under anaesthetic (EUA)".
_INITIALS_AFTER = re.compile(r"[ \w-]*?\(([A-Z]{2,6})\)")


def _names_a_procedure(match: re.Match) -> bool:
    """Whether a match is a word of a test's or an operation's name: the patient hears
    "flexible cystoscopy" at the hospital and on the letter, so no plain word renames it
    ("bendy cystoscopy"). A name is the words before a procedure's word, or the words its
    initials stand for ("abdominal aortic aneurysm (AAA)")."""
    text, start, end = match.string, match.start(), match.end()
    if _BEFORE_A_PROCEDURE.match(text, end):
        return True
    initials = _INITIALS_AFTER.match(text, end)
    if initials is None:
        return False
    letters = initials.group(1).lower()
    words = list(re.finditer(r"[A-Za-z]+", text[: initials.start(1) - 1]))[-len(letters):]
    return (
        len(words) == len(letters)
        and "".join(word.group(0)[0].lower() for word in words) == letters
        and words[0].start() <= start
    )


def _makes_a_passive_an_instruction(match: re.Match, replacement: str, plain: PlainWords) -> bool:
    """Whether a rewrite into an instruction ("Your feet should be apart" -> "Put your feet
    apart") lands before a passive's participle ("Your INR should be checked"): what is done to
    the reader is no instruction, and "Put your INR checked" is no English."""
    first = replacement.split(" ", 1)[0].lower()
    if first not in plain.verbs or match.group(0).lower().startswith(first):
        return False
    return any(t.idx == match.end() and t.tag_ == "VBN" for t in parse(match.string))


def _in_a_name(match: re.Match, plain: PlainWords) -> bool:
    """Whether a match is part of a capitalised name ("the Patient Experience Team"): a capital
    past the sentence's first letter, or, at the start, a capitalised word straight after that
    is no instruction's object ("Abdominal Aortic Aneurysm Screening is ...", not "Contact
    Ward 7")."""
    text, start, end = match.string, match.start(), match.end()
    if any(letter.isupper() for letter in text[max(start, 1) : end]):
        return True
    told = match.group(0).split(" ", 1)[0].lower() in plain.verbs
    return start == 0 and not told and re.match(r"\s+[A-Z][a-z]", text[end:]) is not None


def _base_verb(participle: str, plain: PlainWords) -> str | None:
    """ "keeping" -> "keep", "facing" -> "face", "sitting" -> "sit"; None if not a verb we know."""
    if not participle.endswith("ing"):
        return None
    stem = participle[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.insert(0, stem[:-1])
    for candidate in candidates:
        if candidate in plain.verbs:
            return candidate
    from wordfreq import zipf_frequency

    best = max(candidates, key=lambda c: zipf_frequency(c, "en"))
    return best if zipf_frequency(best, "en") >= 3.5 else None


_VERB_TAGS = frozenset({"VB", "VBP"})


def _verb_at(
    sentence: str, index: int, plain: PlainWords, tags: frozenset[str] = _VERB_TAGS
) -> bool:
    """Whether the parser reads the word starting at `index` as an action of its own with one of
    `tags`: "ring" in "index, middle, ring and little fingers" is a noun, not an instruction to
    ring; "including" is a preposition; "do" in "and do not lock your knees" starts one. An
    instruction verb joined to another verb counts even if tagged a noun ("phone or email")."""
    if re.match(r"(?:do not|don't|never)\b", sentence[index:], re.IGNORECASE):
        return True
    for token in parse(sentence):
        if token.idx == index:
            if token.dep_ == "conj" and token.head.pos_ == "VERB" and token.lower_ in plain.verbs:
                return True
            return (
                token.pos_ == "VERB"
                and token.tag_ in tags
                and token.dep_ in {"ROOT", "conj", "advcl", "xcomp", "ccomp"}
                and (tags != _VERB_TAGS or _starts_an_instruction(sentence[index:]))
            )
    return False


def _starts_an_instruction(words: str) -> bool:
    """Whether words read on their own start with an action: the small model can take "groin"
    in "your wrist or groin to your heart" for a verb, but not in "Groin to your heart." A cut
    is made only where both readings agree. An action said to the reader is in its bare form:
    "does not go away" goes on with a subject before it."""
    alone = parse(words[:1].upper() + words[1:])
    return bool(alone) and alone[0].pos_ in {"VERB", "AUX"} and alone[0].tag_ in {"VB", "VBP"}


_CLAUSE_START = re.compile(r"(?:if|unless|when|you|it|this|they|we)\b", re.IGNORECASE)
# What to do, said with no one to do it ("how long to hold each exercise", "when to come
# back"): the end of the sentence before it, never a clause or an instruction of its own.
_WHAT_TO_DO = re.compile(
    r"(?:how(?:\s+(?:much|many|long|often|far|soon))?(?:\s+times)?|what|when|where|which|"
    r"whether)\s+to\b",
    re.IGNORECASE,
)


# Words that ask which thing or how much, just before a "to ..." that says what to do with it
# ("which eye drops to use", "how many tablets to take"): the "to" is no purpose of its own.
_WHAT_BEFORE_TO = re.compile(
    r"\b(?:which|what|whose|how(?:\s+(?:much|many|long|often|far|soon))?|where|when|whether)"
    r"(?:\s+[\w'-]+){0,3}\s*$",
    re.IGNORECASE,
)


def hard_breaks(sentence: str) -> list[re.Match]:
    """Where a clause ends that no "not" or condition reaches past: a semicolon, a spaced dash,
    and a colon before a clause of its own ("... relaxed and sleepy: if you have a sedative you
    must not drive"), not before a list or a detail ("Your dose is 7.5 mg: 3 tablets", "...
    for you: how long to hold each exercise"). A semicolon after a colon only parts the items
    of the list the colon leads into ("eat a snack: 2 plain biscuits; a slice of toast"): cut
    there, an item would lose what it is."""
    found = []
    for match in re.finditer(r"\s*;\s+|\s+–\s+|:\s+(?=[a-z])", sentence):
        if _inside_brackets(sentence, match.start()):
            continue
        if ";" in match.group(0) and _after_a_colon(sentence, match.start()):
            continue
        tail = sentence[match.end() :]
        if match.group(0).startswith(":") and (
            _WHAT_TO_DO.match(tail)
            or not (_CLAUSE_START.match(tail) or read(tail).mood == "instruction")
        ):
            continue
        found.append(match)
    return found


def _idea_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """Where one idea ends and the next begins: cut there whatever the sentence's length.
    Each is (end of the first part, start of the next, words the next part starts with)."""
    points: list[tuple[int, int, str]] = []
    for match in hard_breaks(sentence):
        points.append((match.start(), match.end(), ""))
    for match in re.finditer(r",?\s+(?:and|then)\s+(\w+)", sentence):
        if (
            _verb_at(sentence, match.start(1), plain)
            and not _in_a_purpose(sentence, match.start(1))
            and not _done_by_the_one_asked(sentence, match.start(1))
        ):
            points.append((match.start(), match.start(1), ""))
            points += _listed_before(sentence, match.start(1), plain)
    for match in re.finditer(r",\s+(\w+ing)\b", sentence):
        # "Walk a little further each day, building up to 30 minutes": the walker builds up. After
        # a statement ("You will stay 2 to 3 nights, depending on how quickly you recover") the
        # "-ing" words are no instruction, and "depending", "including" are no action at all
        verb = _base_verb(match.group(1).lower(), plain)
        if (
            verb
            and match.group(1).lower() not in _PREPOSITION_PARTICIPLES
            and not _names_a_thing(sentence, match.start(1))
            and _verb_at(sentence, match.start(1), plain, frozenset({"VBG"}))
            and _is_instruction(sentence[: match.start()], plain)
            # "such as getting up, eating and going to bed": one more example, no action
            and not _doings_go_on(sentence, match.start(1), parse(sentence))
        ):
            points.append((match.start(), match.end(), verb))
    for match in re.finditer(r"\s+or\s+(\w+)", sentence):
        if _verb_at(sentence, match.start(1), plain):
            points.append((match.start(), match.start() + 1, ""))
    for match in re.finditer(r",\s+and\s+(if|when)\s+[^,]+,\s+", sentence, re.IGNORECASE):
        # "Rest for 2 hours, and if you feel fewer than 10 movements, ring triage": the
        # condition after ", and" starts an instruction of its own, which it alone governs
        if _is_instruction(sentence[match.end() :], plain):
            points.append((match.start(), match.start(1), ""))
    return sorted(points)


def _obliged_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """Before what someone must do after a ban and ", so" (`_so_oblige`): beside the ban's
    STOP sign it would read as banned too, and no "not" before it reaches it."""
    return [
        (match.start(), match.end(), "this means")
        for match in _SO_A_CLAUSE.finditer(sentence)
        if _so_oblige(sentence, match)
    ]


# ", but" before a ban told to the reader ("You can take paracetamol, but do not take more than
# 8 tablets in 24 hours"): beside what the reader may do, the ban had no STOP sign of its own.
_BUT_A_BAN = re.compile(r",\s+but\s+(?=(?:do not|don't|never|try not to)\b)", re.IGNORECASE)


def _ban_after_but_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """Before a ban after ", but", and after a ban before ", but" and a clause of its own
    (`_BUT_A_CLAUSE`: "Do not take ibuprofen, but you can take paracetamol"), whatever the
    sentence's length: the ban is a row of its own beside its STOP sign, and what the reader
    may do keeps its own picture."""
    points = [(match.start(), match.start() + 1, "") for match in _BUT_A_BAN.finditer(sentence)]
    points += [
        (match.start(), match.start() + 1, "")
        for match in _BUT_A_CLAUSE.finditer(sentence)
        if is_negative_instruction(sentence[: match.start()])
    ]
    return sorted(points)


def _instruction_after_but_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """Before an instruction of the reader's after a ban and "but", with no subject ("Do not
    eat for 4 hours before your scan but keep drinking water"): beside the ban's STOP sign the
    water read as banned too. No "not" reaches past "but" to a verb of its own; "Do not eat
    anything but dry toast" has none, and is kept whole."""
    points = []
    for match in _BUT_AN_INSTRUCTION.finditer(sentence):
        told = sentence[match.end(1):]
        if (
            not _CONDITION_IN.search(sentence[: match.start()])
            and is_negative_instruction(sentence[: match.start()])
            and _verb_at(sentence, match.start(2), plain, frozenset({"VB"}))
            and is_positive_instruction(told[:1].upper() + told[1:])
            and not is_negative_instruction(told)
        ):
            points.append((match.start(), match.start(2), ""))
    return points


# "but" and an instruction of its own after a ban, with no subject ("... but keep drinking water")
_BUT_AN_INSTRUCTION = re.compile(r",?\s+(but\s+)(\w+)", re.IGNORECASE)


def _listed_before(sentence: str, index: int, plain: PlainWords) -> list[tuple[int, int, str]]:
    """The commas before the other actions of the list whose last action, after "and", starts
    at `index` ("Clean the skin with warm water, dry it well and fit a new bag"): cut at its
    "and" alone, the list had left "Clean the skin ..., dry it well." over "Fit a new bag."."""
    doc = parse(sentence)
    last = next((t for t in doc if t.idx == index), None)
    if last is None or last.dep_ != "conj":
        return []
    first = last
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    listed = [first]
    for verb in listed:
        # "take" in "Wash your hands, take off ... and put ..." the model may leave unlabelled
        # ("breathe" in "Relax, breathe slowly and ..." it may make an adverb)
        listed += [c for c in verb.children if (
            c.dep_ == "conj" and (c.pos_ == "VERB" or c.lower_ in plain.verbs)
            or (c.dep_ == "dep" and c.tag_ == "VB" and c.pos_ == "VERB"))]
    return [
        (doc[verb.i - 1].idx, verb.idx, "")
        for verb in listed
        if verb.i > 1 and doc[verb.i - 1].text == "," and verb.idx < index
        and (verb.dep_ == "dep" or _verb_at(sentence, verb.idx, plain))
        and not _in_a_purpose(sentence, verb.idx)
        and not _done_by_the_one_asked(sentence, verb.idx)
    ]


def _in_a_purpose(sentence: str, index: int) -> bool:
    """Whether the verb at `index` is said inside what an action is for or why it is done
    (`joined_inside_why`); cut there, it had become an instruction."""
    return bool(joined_inside_why(sentence, index))


def joined_inside_why(sentence: str, index: int) -> str:
    """What the verb at `index`, joined to one before it, is said inside: "what an action is
    for" ("Keep your leg raised to help the swelling go down and reduce the pain": the raised
    leg reduces the pain; cut there, "Reduce the pain." had become an instruction), "why it is
    do it" (a reason, "Keep taking your tablets, as these help to control your blood pressure
    and protect your heart": the tablets protect it, never the reader; a ", which ..." said of
    a thing alike), or "" when neither. The model cannot tell a purpose's verb from the
    reader's next action ("... to keep your kidneys working well and eat small meals often"):
    that sentence is then kept whole, which changes nothing."""
    doc = parse(sentence)
    token = next((t for t in doc if t.idx == index), None)
    if token is None or token.dep_ != "conj":
        return ""
    for above in token.ancestors:
        if above.i >= token.i:
            continue
        if above.dep_ in {"advcl", "xcomp"} and any(
            c.tag_ == "TO" and c.i < above.i for c in above.children
        ) and (above.dep_ == "advcl" or _purpose_of_a_thing_kept(above)):
            return "what an action is for"
        if _a_reason_clause(above) and not _after_a_comma_and(token):
            return "part of why to do it"
    return ""


def _after_a_comma_and(verb) -> bool:
    """Whether a joined verb follows ", and" or ", or": the reason before it has ended, and
    it is the reader's next action ("Drink plenty of fluids, as this helps to prevent
    constipation, and eat plenty of fruit", which the model joins to "helps")."""
    doc = verb.doc
    joins = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return bool(joins) and joins[-1].i > 0 and doc[joins[-1].i - 1].text == ","


def _a_reason_clause(clause) -> bool:
    """Whether a clause says why, of something other than the reader's next action: opened by
    a reason's word after its comma (`_REASON_WORD`: ", as these help ...", ", because they
    ...", ", since it ..."), or a ", which ..." or ", who ..." said of a thing or person."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.i == 0 or doc[first.i - 1].text != ",":
        return False
    if clause.dep_ == "advcl":
        return any(
            c.dep_ == "mark" and c.i == first.i
            and _REASON_WORD.match(doc.text, doc[c.i - 1].idx)
            for c in clause.children
        )
    return clause.dep_ == "relcl" and first.lower_ in {"which", "who"}


def _done_by_the_one_asked(sentence: str, index: int) -> bool:
    """Whether the verb at `index` is joined inside what someone else is asked or helped to do
    ("Encourage your child to eat normal food and drink plenty of water": the child drinks; cut,
    "Drink plenty of water." had told the parent to). The one asked comes before the "to"."""
    token = next((t for t in parse(sentence) if t.idx == index), None)
    if token is None or token.dep_ != "conj":
        return False
    return any(
        above.dep_ == "xcomp" and above.i < token.i
        and any(c.tag_ == "TO" and c.i < above.i for c in above.children)
        and any(c.dep_ == "dobj" and c.i < above.i for c in above.head.children)
        for above in token.ancestors
    )


def _purpose_of_a_thing_kept(purpose) -> bool:
    """Whether a "to ..." the parser hangs on the verb before it as what follows it (xcomp) is
    what an action is for: "Keep your arm in the sling to help the bone heal and stop it moving"
    (the sling stops it moving; cut, "Stop it moving." had become a task). The verb has its
    thing before the "to", and is no asking or telling ("Ask your nurse to check it"), and no
    "try to rest and drink" (the reader's own two actions)."""
    verb = purpose.head
    return verb.lemma_.lower() not in _TELLING_VERBS and any(
        c.dep_ == "dobj" and c.i < purpose.i for c in verb.children
    )


def _names_a_thing(sentence: str, index: int) -> bool:
    """Whether the "-ing" word at `index` is part of a thing's name ("hearing aids", "walking
    stick"): a noun follows it straight away, with no "a" or "your" between."""
    doc = parse(sentence)
    return any(
        t.idx == index and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in {"NOUN", "PROPN"}
        for t in doc
    )


_PREPOSITION_PARTICIPLES = frozenset(
    {"depending", "including", "according", "regarding", "following", "concerning",
     "considering", "excluding", "starting", "beginning", "allowing"}
)


def _examples_point(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """Before "such as" or "for example": the examples can be a sentence of their own, even
    after a question ("Do you want this in another format? For example, Easy Read.")."""
    return [
        (match.start(), match.end(), EXAMPLES_ROW_OPENING)
        for match in re.finditer(r"\s+(?:such as|for example|like)\s+", sentence)
        if not says_what_it_is_like(sentence, match.end())
        and not _alternatives_after(sentence[match.end() :])
        and not _goes_on_after_examples(sentence, match.end())
        and not purpose_in(sentence[match.end() :])
    ]


# Verbs whose "like" says what a thing looks, feels or seems like: the words after it complete
# the verb ("the signs can look like a cold"), they are no examples.
SEEMING_VERBS = frozenset({"look", "feel", "seem", "sound", "smell", "taste", "appear", "be"})


def says_what_it_is_like(sentence: str, start: int) -> bool:
    """Whether the "like" just before `start` completes a verb ("the signs can look like a cold
    or a tummy bug", "it may feel like there is sand in your eye"), not gives examples: cut
    there, the row had ended "the signs can look." and the likeness became "For example, a cold
    or a tummy bug.", said of nothing."""
    doc = parse(sentence)
    like = next((t for t in doc if t.lower_ == "like"
                 and t.idx + len(t.text) < start <= t.idx + len(t.text) + 1), None)
    if like is None:
        return False
    if like.dep_ == "mark":  # "like there is sand in it": a clause saying what it is like
        return True
    before = doc[like.i - 1] if like.i else None
    return (like.head.pos_ in {"VERB", "AUX"} and like.head.lemma_ in SEEMING_VERBS) or (
        before is not None and before.lemma_ in SEEMING_VERBS
    )


def purpose_in(words: str) -> bool:
    """Whether words say what something is for, a "to" before a verb ("phones and computers to
    help your brain recover"): after examples it is the instruction's purpose, so the examples
    are not cut off with it ("For example, phones and computers to help your brain recover.")."""
    return any(
        t.tag_ == "TO" and t.head.pos_ == "VERB" and t.head.tag_ == "VB" and t.head.i > t.i
        for t in parse(words)
    )


def _goes_on_after_examples(sentence: str, start: int) -> bool:
    """Whether the sentence goes on after its examples with a part of its own after a comma
    ("Encourage your child to eat normal food, such as toast, cereal and pasta, as soon as they
    feel able to"): cut before the examples, the time would be said of them ("For example,
    toast, cereal and pasta, as soon as they feel able to.") and the instruction would lose
    it. A reason is cut off on its own (`_reason_points`): ", as they can make ..." is none."""
    doc = parse(sentence)
    if any(
        token.idx >= start and token.i and doc[token.i - 1].text == ","
        and token.pos_ in {"ADP", "SCONJ", "ADV"} and not opens_a_reason(token)
        for token in doc
    ):
        return True
    return _instruction_after_examples(doc, start)


def _instruction_after_examples(doc, start: int) -> bool:
    """Whether words after the examples of "such as" or "like" belong to the instruction, not
    to them ("Use a moisturiser such as aqueous cream or E45 on your skin twice a day after you
    wash": where, how often and when are the using's; cut before "such as" they had been said
    of the examples, "For example, aqueous cream or E45 on your skin twice a day ..."). The
    examples are what the parser hangs on their "as"; a word after them hung elsewhere goes on
    with the instruction."""
    marker = next((t for t in doc if t.idx + len(t.text) < start <= t.idx + len(t.text) + 1
                   and t.lower_ in {"as", "like"} and t.dep_ == "prep"), None)
    if marker is None:
        return False
    examples = {t.i for t in marker.subtree}
    # a reason after a comma is cut off on its own (`_reason_points`), never the instruction's
    reason = next((t.i for t in doc if t.idx >= start and t.i and doc[t.i - 1].text == ","
                   and opens_a_reason(t)), len(doc))
    return any(
        t.idx >= start and t.i < reason and t.i not in examples and not t.is_punct
        and not t.is_space
        for t in doc
    )


def _alternatives_after(words: str) -> bool:
    """Whether a list of alternatives goes on after examples ("5 glucose tablets, or 150ml of
    juice"): what follows may be the examples' or the thing's they are examples of, so the
    examples are not cut from it."""
    return re.search(r"^(?:or|and)\b|,\s+(?:or|and)\b", words, re.IGNORECASE) is not None


# A clause saying when, opened after a comma (or the sentence's start) and still open: what
# follows its comma is what it governs ("..., and once it has dried, put it back").
_WHEN_BEFORE_A_COMMA = re.compile(
    r"(?:^|,\s*(?:and\s+|then\s+|and\s+then\s+)?)(?:once|when|whenever|after|before|"
    r"as\s+soon\s+as|if|unless|until|while)\s+[^,;:–]+$",
    re.IGNORECASE,
)


def _long_sentence_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """Weaker places to cut, used only while a sentence is still over the limit. Conditions
    ("if", "when") are not among them: `_condition_first` puts a condition before what it
    governs instead of cutting it off."""
    points = _examples_point(sentence, plain)
    for match in re.finditer(r",\s+(?:please\s+)?(\w+)", sentence):
        if _WHEN_BEFORE_A_COMMA.search(sentence[: match.start()]):
            # "Wash the spacer once a month, and once it has dried, put it back ...": the
            # "once" says when to put it back; cut after it, "Put it back" would be at once
            continue
        if _verb_at(sentence, match.start(1), plain):
            points.append((match.start(), match.start() + 1, ""))
    for match in re.finditer(r",?\s+but\s+", sentence):
        points.append((match.start(), match.start() + 1, ""))
    points += _own_clause_points(sentence)
    for match in re.finditer(r",?\s+so that\s+", sentence):  # what it is for, said as such
        points.append((match.start(), match.end(), "this is so that"))
    doc = parse(sentence)
    for match in re.finditer(r",?\s+to (help)\s+", sentence):  # "..., to help the swelling go down"
        if not any(
            t.idx == match.start(1)
            and (
                _joined_after_a_purpose(t)
                # "to help your brain recover and ease your headache": "This helps ... and
                # ease your headache." would be cut again, "Ease your headache." made a task
                or any(c.dep_ == "conj" and c.tag_ == "VB" for c in t.children)
            )
            for t in doc
        ):
            points.append((match.start(), match.end(), "this helps"))
    # "Keep it raised for 48 hours to reduce swelling": "This will reduce swelling."
    for match in re.finditer(rf",?\s+to ({'|'.join(_PURPOSES)})\s+", sentence):
        if any(
            t.idx == match.start(1) and t.dep_ == "advcl" and not _joined_after_a_purpose(t)
            and reader_verb_in_a_purpose(t, plain) is None  # "... and take paracetamol"
            for t in doc
        ):
            points.append((match.start(), match.start(1), "this will"))  # not "try to reduce"
    return points


def _own_clause_points(sentence: str) -> list[tuple[int, int, str]]:
    """Before "and" that starts a clause with its own subject: "My course started on ____ and
    my next review is on ____" is two sentences, each saying who or what it is about."""
    points = []
    for token in parse(sentence):
        if token.dep_ != "cc" or token.lower_ != "and" or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        clause = next((t for t in token.head.children if t.dep_ == "conj" and t.i > token.i), None)
        subject = next(
            (t for t in clause.children if t.dep_ in {"nsubj", "nsubjpass"}), None
        ) if clause is not None and clause.pos_ in {"VERB", "AUX"} else None
        if subject is not None and subject.left_edge.i == token.i + 1:
            start = token.idx - 1 if token.idx and sentence[token.idx - 1] == " " else token.idx
            if sentence[:start].endswith(","):
                start -= 1
            points.append((start, token.idx + len(token.text), ""))
    return points


# Verbs that say what an instruction is for: after one, "to ..." can be a sentence of its own.
_PURPOSES = ("reduce", "prevent", "ease", "protect", "avoid", "stop", "lower", "improve")


# After "as you", a modal says a reason ("as you may not feel it"), not a time ("as you lift").
_MODAL_WORDS = "may|might|can|could|will|would|should|must|need|cannot|can't|do not|don't"


# ", so" before a clause with its own subject: what follows from the instruction, not an
# instruction of its own (", so do not drive") nor what it is for (", so that": "This is so that")
_SO_A_CLAUSE = re.compile(
    r",\s+so\s+(?=(?:you|we|it|this|they|there|your|the|their|our|he|she)\b"
    # someone else the sentence names with its verb: ", so a responsible adult must collect
    # you", ", so someone will need to stay with you"
    r"|(?:someone\s+|somebody\s+|(?:a|an)\s+(?:[\w-]+\s+){1,3}?)"
    r"(?:must|will|should|can|could|may|might|needs?|has|have|is|are)\b)", re.IGNORECASE)


_SUBJECT = r"(?:you|we|it|this|they|there|he|she|(?:your|the|their|our)\s+\w+)"
# What follows from, or what is wanted by, the actions before it: ", so you can see ...", "so
# that we can check them", "so you do not trip" (without a comma, "so" and a subject is a
# purpose only before "can", "will" or "do not": "so your feet are flat" says how)
_RESULT_OF_ACTIONS = re.compile(
    rf",\s+so\s+(?:that\s+)?(?={_SUBJECT}\b)|\s+so\s+that\s+(?={_SUBJECT}\b)"
    rf"|\s+so\s+(?={_SUBJECT}\s+(?:can|could|will|won't|do\s+not|don't|does\s+not|doesn't)\b)",
    re.IGNORECASE,
)


def _reason_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """Before ", as this ..." or ", because it ...": a reason with its own subject is a sentence
    of its own, and no "not" or "if" before it reaches it. "This" or "that" says on its own
    that it looks back ("This can harm your bladder."); "it" or "they" is said as why ("This
    is because they can stop the bag from sticking."), as "They can ..." alone reads as a
    plain fact."""
    points = [
        (match.start(), match.end(), "")
        for match in re.finditer(r",\s+(?:as|because)\s+(?=(?:this|that)\b)", sentence)
    ]
    points += [
        (match.start(), match.end(), "this is because")
        for match in re.finditer(r",\s+(?:as|because)\s+(?=(?:it|they)\b)", sentence)
    ]
    points += [  # ", as you may not feel ...": "This is because you may not feel ..."
        (match.start(), match.end(), "this is because")
        for match in re.finditer(rf",\s+(?:as|because)\s+(?=you\s+(?:{_MODAL_WORDS})\b)", sentence)
    ]
    points += [  # ", as these can slow the blood ...", after a list of bans: "This is because
        # these can slow the blood ...", said once after them all ("These can ..." alone would
        # not say it is why)
        (match.start(), match.end(), "this is because")
        for match in re.finditer(r",\s+as\s+(?=(?:these|those)\s+\w)",
                                 sentence, re.IGNORECASE)
    ]
    points += [  # ", so you do not need to climb": "This is so you do not need to climb ..."
        (match.start(), match.end(),
         _so_said(sentence[: match.start()], plain, sentence[match.end() :]))
        for match in re.finditer(_SO_A_CLAUSE, sentence)
    ]
    points += [  # ", because a blood test showed ...": "This is because a blood test showed ..."
        (match.start(), match.end(), "this is because")
        for match in re.finditer(r",\s+because\s+(?!(?:this|it|that|they)\b)", sentence)
    ]
    points += [  # "... in children because the signs can look like a cold": no comma needed
        (match.start(), match.end(), "this is because")
        for match in re.finditer(r"(?<!,)\s+because\s+(?!of\b)", sentence)
        if _reason_of_the_whole(sentence, match)
    ]
    return sorted(points)


# Words that make "because" part of what is said ("only because", "not just because").
_NARROWS_A_REASON = re.compile(r"\b(?:only|just|partly|mainly|simply|even)\b", re.IGNORECASE)
# Clauses inside a sentence that a reason after them may be said of: "any tablets you stopped".
_INNER_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "csubj"})


def _reason_of_the_whole(sentence: str, match: re.Match) -> bool:
    """Whether "because" with no comma before it gives the reason for everything said before it,
    so that both sides are sentences alone: "It can be hard to spot sepsis in children" /
    "This is because the signs can look like a cold". Not after a "not" or a condition, whose
    reach may take the reason in ("Do not stop taking it because you feel better" forbids
    stopping for that reason), nor before one (the meaning check reads an "if" after "because"
    with no comma as the instruction's), not after "only" or "just", and not a reason for a
    verb inside the sentence ("Tell your nurse about any tablets you stopped because they made
    you ill": why they were stopped, not why to tell)."""
    head = sentence[: match.start()]
    if _NEGATION_WORD.search(head) or _CONDITION_IN.search(head):
        return False
    if _CONDITION_IN.search(sentence[match.end() :]):
        return False  # with no comma, whether an "if" after it is the reason's is not certain
    if _NARROWS_A_REASON.search(head):
        return False
    if not stands_alone(head) or not stands_alone(sentence[match.end() :]):
        return False
    doc = parse(sentence)
    because = next((t for t in doc if t.idx == match.end() - len("because ")), None)
    if because is None or because.lower_ != "because":
        because = next((t for t in doc if t.lower_ == "because" and t.idx > match.start()), None)
    if any(t.idx < match.start() and t.dep_ in _INNER_CLAUSES for t in doc):
        return False
    return (
        because is not None
        and because.dep_ == "mark"
        and because.head.dep_ == "advcl"
        and because.head.head.dep_ == "ROOT"
    )


# What someone must do after ", so": "a responsible adult must collect you", "you will need
# someone to take you home", "someone will have to stay with you" (not what they need not do:
# "so you do not need to climb" is what an instruction is for).
_OBLIGED = re.compile(
    r"(?:(?!(?:not|never|no)\b|[\w'-]*n[’']t\b)[\w'’-]+\s+){1,4}?"
    r"(?:must|should|(?:will\s+)?(?:needs?|has|have)\s+to|will\s+need)\b",
    re.IGNORECASE,
)


def _so_oblige(sentence: str, match: re.Match) -> bool:
    """Whether the ", so ..." clause at `match` says what someone must do after a ban ("You
    will not be able to drive home, so a responsible adult must collect you"): it follows from
    the ban, and is no part of it, whatever the sentence's length."""
    head = sentence[: match.start()]
    return _OBLIGED.match(sentence, match.end()) is not None and (
        bans_as_a_rule(head) or is_negative_instruction(head) or read(head).negated
    )


def _so_said(head: str, plain: PlainWords, clause: str = "") -> str:
    """How a ", so ..." clause is said on a row of its own. After an instruction it says what
    the actions are for, often their time ("Do not drive for 24 hours, so the sedation can
    wear off": not driving wears nothing off), so its own word is kept: "This is so the
    sedation can wear off."; "This means" would make it the actions' result. After a statement
    it follows from it ("You will not be able to drive, so you will need someone to take you
    home": "This means you will need ..."), as does what someone must do after it, whatever
    comes before (`clause`: "You must not drive, so you will need someone to take you home" is
    no driving done so that a lift is needed)."""
    if bans_as_a_rule(head):  # "You will not be able to drive, so ...": a statement
        return "this means"
    if _OBLIGED.match(clause):
        return "this means"
    return "this is so" if _is_instruction(head, plain) else "this means"


_REASON_WORD = re.compile(r",\s+(?:(as|since)\s+(?!soon\b|long\b|well\b)|(because)\s+(?!of\b))",
                          re.IGNORECASE)
# The reason's subjects that say on their own that they look back at the row before.
_LOOKING_BACK = frozenset({"this", "that"})


def _reason_after(sentence: str, start: int) -> int | None:
    """Where the comma before a reason (grammar's `opens_a_reason`: ", as staff cannot keep you
    safe") is, from `start`; None when there is none."""
    doc = parse(sentence)
    return next(
        (doc[t.i - 1].idx for t in doc if opens_a_reason(t) and doc[t.i - 1].idx >= start), None
    )


def _reason_row(sentence: str, start: int) -> str:
    """The reason at `start` as a sentence of its own: "This can be a sign of infection.",
    "This is because they can make apixaban work less well.", "This is because staff cannot
    keep you safe." (as `_reason_points` says them)."""
    clause = _REASON_WORD.sub("", sentence[start:], count=1).strip(" .")
    if clause.split(" ", 1)[0].lower() in _LOOKING_BACK:
        return _as_sentence(clause)
    return _as_sentence(f"This is because {clause}")


# After a reason's closing comma: the reader's next action, joined by "and", "then" or "or".
_ACTION_JOINED = re.compile(r",\s+((?:and\s+then|and|then|or)\s+)(?=\w)", re.IGNORECASE)


@dataclass(frozen=True)
class ReasonSetApart:
    """A reason, or a ", who ..." or ", which ..." said of someone or something, set between
    commas in the middle of a sentence: `start` is its opening comma, `close` its closing one,
    `end` where the sentence goes on after it (`joined` the "and", "then" or "or" there, ""
    when the instruction follows a condition), `said` the reason as a row of its own."""

    start: int
    close: int
    end: int
    joined: str
    said: str


def reason_set_apart(sentence: str) -> ReasonSetApart | None:
    """The reason set between commas that the sentence goes on past with what the reader does:
    "Wear the stockings ..., because they help the blood flow ..., and walk around as much as
    you can" (cut at the reason alone, "walk around" had been said of "they"), "If your wound
    becomes red, as this can be a sign of infection, call the ward" (the reason had been a
    lead-in row), "Speak to your nurse, who can check your wound ..., or call the ward" ("Or
    call the ward" had been read as one more thing the nurse can do). None when the reason
    ends the sentence or what follows it is no action of the reader's."""
    doc = parse(sentence)
    for token in doc:
        said = _reason_said(sentence, token)
        if said is None:
            continue
        start = doc[token.i - 1].idx
        head = sentence[:start]
        for comma in (m.start() for m in re.finditer(r",", sentence) if m.start() > token.idx):
            joined = _ACTION_JOINED.match(sentence, comma)
            if joined:
                action = sentence[joined.end() :]
                if word_count(action) >= 2 and _starts_an_instruction(action) and any(
                    # a bare verb with no subject of its own ("then sit", which the model may
                    # tag as "they sit" would be)
                    t.idx == joined.end() and t.tag_ in {"VB", "VBP"}
                    and not any(c.dep_.startswith("nsubj") for c in t.children)
                    for t in doc
                ):
                    how = joined.group(1).strip().lower()
                    return ReasonSetApart(start, comma, joined.end(), how, said(sentence[:comma]))
            else:
                action = sentence[comma + 1 :].strip()
                if only_a_condition(head) and _starts_an_instruction(action):
                    return ReasonSetApart(start, comma, len(sentence) - len(action), "",
                                          said(sentence[:comma]))
        return None
    return None


def _reason_said(sentence: str, token):
    """How the reason or description that `token` opens is said as a row of its own (a
    function of the words up to its closing comma), or None when it opens none: ", because
    they help ..." as "They help ..." (`_reason_row`); ", who can check your wound" said of
    whom it is, "Your nurse can check your wound."; ", which ..." said of "this"."""
    doc = token.doc
    if opens_a_reason(token):
        start = doc[token.i - 1].idx
        return lambda words: _reason_row(words, start)
    if not (
        token.i and doc[token.i - 1].text == "," and token.lower_ in {"who", "which"}
        and token.dep_ in {"nsubj", "nsubjpass"}
    ):
        return None
    begin = token.idx + len(token.text)
    if token.head.dep_ != "relcl":
        whom = _named_before_their_number(sentence, token)
        if whom is None:
            return None
        named = sentence[whom.left_edge.idx : whom.idx + len(whom.text)]
        return lambda words: _as_sentence(named[0].upper() + named[1:] + words[begin:])
    if token.lower_ == "which":
        # said of a thing, or of the whole action before it ("Put the spacer on your inhaler,
        # which makes it easier ...": the spacer does): which, only "this" leaves open
        this = "These" if token.head.tag_ == "VBP" else "This"
        return lambda words: _as_sentence(this + words[begin:])
    whom = token.head.head
    named = sentence[whom.left_edge.idx : doc[token.i - 1].idx]
    if whom.pos_ not in {"NOUN", "PROPN"} or whom.i != token.i - 2 or "," in named:
        return None  # a person named just before the comma ("your nurse, who can ...")
    return lambda words: _as_sentence(named[0].upper() + named[1:] + words[begin:])


def _named_before_their_number(sentence: str, who):
    """The one a ", who ..." is said of when their number stands between them and it ("Ring
    the ward on 01632 960123, who will tell you what to do next": the ward), which the parser,
    reading the number as "them", takes for a clause of the verb's; else None."""
    doc = who.doc
    number = next((t for t in reversed(doc[: who.i - 1]) if not t.is_space), None)
    if (
        who.lower_ != "who" or number is None or number.dep_ != "pobj"
        or not any(ch.isdigit() for ch in sentence[number.idx : number.idx + len(number.text)])
    ):
        return None
    by = number.head
    whom = doc[by.i - 1] if by.i else None
    if by.lower_ not in {"on", "at"} or whom is None or whom.pos_ not in {"NOUN", "PROPN"}:
        return None
    if "," in sentence[whom.left_edge.idx : whom.idx]:
        return None
    return whom


def _has_verb(words: str) -> bool:
    return any(token.pos_ in {"VERB", "AUX"} for token in parse(words))


def _a_label(head: str) -> bool:
    """Whether the words before a dash name what the words after it describe ("Puffy", "Pins
    and needles", "Pain"): a few words with no verb, a word and its meaning."""
    count = word_count(head)
    return count == 1 or (count <= 4 and not _has_verb(head))


def _fragment_to_sentence(part: str) -> str:
    """ "about 12 cm" after a dash has no verb: "This is about 12 cm." A part with a verb of its
    own is a sentence already: "at other times call 0300 ..." is not "This is at other times"."""
    first = part.split()[0].lower() if part.split() else ""
    if first in {"about", "around", "roughly", "up", "at", "approximately"} or first.isdigit():
        return part if _has_verb(part) else "This is " + part
    return part


_NEGATION_WORD = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
# A condition said in the words: any that governs an instruction, and the ones whose loss
# reverses or widens it ("if", "unless", "until": grammar's STRONG_CONDITIONS).
_CONDITION_IN = re.compile(r"\b(?:if|unless|until|when|whenever|while)\b", re.IGNORECASE)
STRONG_CONDITION_IN = re.compile(rf"\b(?:{'|'.join(sorted(STRONG_CONDITIONS))})\b", re.IGNORECASE)
_HARD_BREAK = re.compile(r"^\s*(?:;|–|:)")


def _cut_keeps_meaning(sentence: str, start: int) -> bool:
    """A cut must not leave a "not" or a condition behind it while the words it reaches go on
    after it: "Do not hold your breath, squeeze ..." cut at the comma would tell the reader to
    squeeze. Only a semicolon or a dash ends a "not"'s reach; a condition is never cut off here
    (`_condition_first` moves it in front of everything it governs)."""
    before = sentence[:start]
    if _CONDITION_IN.search(before):
        return False
    # an "avoid" or "stop" reaches the doings listed after it as a "not" does: "Avoid sitting
    # in low chairs, crossing your legs ..." cut at the comma would tell the reader to cross
    # them ("Stop taking it and get in touch ..." is an instruction of its own, after no doing)
    negated = _NEGATION_WORD.search(before) or (
        _A_DOING_NEXT.match(sentence[start:]) and is_negative_instruction(before)
    )
    return not negated or bool(
        _HARD_BREAK.match(sentence[start:]) or _BUT_A_CLAUSE.match(sentence[start:])
        or _starts_its_own_instruction(sentence, start)
    )


def _starts_its_own_instruction(sentence: str, start: int) -> bool:
    """Whether an instruction of its own (grammar's `instruction_parts`), which no "not" before
    it reaches, starts at the cut at `start`: "... do not take your warfarin that evening and
    ring the clinic the next morning"."""
    return any(
        part >= start and not sentence[start:part].strip(" ,")
        for part, _ in instruction_parts(sentence)[1:]
    )


# ", but" before a clause with its own subject and verb: "Your child should not eat or drink
# anything for 6 hours before the operation, but they can have water until 1 hour before" (kept
# whole, a STOP sign had stood beside the water too). No "not" before it reaches past it.
_BUT_A_CLAUSE = re.compile(
    r",\s+but\s+(?:you|they|he|she|we|(?:your|their|his|her)\s+[a-z]+)\s+"
    r"(?:can|could|may|might|should|must|will|are|is|need|have)\b",
    re.IGNORECASE,
)


# A doing after a cut's point ("..., crossing your legs", "or bending"), where an "avoid" or
# "stop" before it would reach it.
_A_DOING_NEXT = re.compile(
    r"^[\s,]*(?:(?:and|or)\s+)?(?!(?:during|morning|evening|(?:no|some|any|every)thing)\b)"
    r"\w{3,}ing\b",
    re.IGNORECASE,
)


def _first_cut(
    sentence: str, points, plain: PlainWords, any_scope: bool = False
) -> tuple[str, str] | None:
    """The first of `points` that keeps the meaning and leaves at least three words each side
    (`any_scope`: the points start clauses no "not" or condition before them reaches)."""
    for start, resume, prefix in points(sentence, plain):
        if _inside_brackets(sentence, start) or _after_a_colon(sentence, start):
            continue
        if re.match(r",?\s*to\b", sentence[start:]) and _WHAT_BEFORE_TO.search(sentence[:start]):
            continue  # "which eye drops to use": what to use, never what the leaflet is for
        if not any_scope and not _cut_keeps_meaning(sentence, start):
            continue
        head = sentence[:start]
        tail = sentence[resume:].lstrip(" ,")
        joint = sentence[start:resume]
        resumed_with = prefix
        at_a_break = _HARD_BREAK.match(joint) is not None
        if not at_a_break and re.search(r"\bonly$", head.rstrip(" ,"), re.IGNORECASE):
            continue  # "You may take it off only." / "This is to wash ...": "only" restricts
        if not at_a_break and _ends_in_a_bare_verb(sentence, head):
            continue  # "can stop or reduce leaking urine": two verbs, one object
        if (
            _time_for_both(joint, head, tail, plain)
            or _condition_for_both(joint, head, tail, plain)
            or _purpose_for_both(joint, head, tail, plain)
            or _result_for_both(joint, head, tail, plain)
            or only_a_lead_in(head)
        ):
            # "Once the bleeding has stopped." alone is no sentence; "For 24 hours after your
            # sedation." over "Do not drive ..." leaves the ban for ever (`lead_in_first`)
            continue
        if at_a_break and not (_has_verb(head) or _has_verb(tail)):
            continue  # "Co-codamol 30/500 – 1-2 tablets": a name and its dose are one row
        if not prefix:
            # after a dash or semicolon, an instruction is the reader's own, whatever the part
            # before says ("You may notice heartburn – take your tablets with food")
            subject = (
                "" if at_a_break and _is_instruction(tail, plain)
                else _shared_subject(sentence, len(sentence) - len(tail))
            )
            if subject is None:
                continue
            prefix = subject
            joined = _JOINING_WORD.match(tail)
            if subject and joined and joined.group(1).lower() == "or":
                # "Your GP may refer you, or contact the hospital": "Or your GP may get in
                # touch with the hospital." (without its "or" the GP had done both)
                prefix = f"Or {_as_said_after_a_word(subject)}"
            tail = _JOINING_WORD.sub("", tail) if subject else tail
            if joined and joined.group(1).lower() == "but" and _is_instruction(
                tail[joined.end() :], plain
            ):
                # "You can walk, but try not to walk far for 6 weeks": the ban is a row of its
                # own, said as an instruction is ("Try not to ..."), never opening with "But"
                tail = tail[joined.end() :]
        tail = _fragment_to_sentence(f"{prefix} {tail}" if prefix else tail)
        if prefix.lower() == "this helps":
            tail = _second_purpose_said_of_this(sentence, resume, tail)
        if _JOINING_WORD.match(tail) and not _has_verb(tail):
            continue  # "; and around your heels" is the end of the list before it, not a row
        # "Rest, drink ..." is two actions; "Stand, leaning forwards ..." one, as "-ing" says
        alone = not resumed_with and joint.strip() == "," and _one_word_instruction(head, plain)
        # "Eat a healthy diet, stop smoking and keep active": two words can be a whole
        # instruction of the reader's ("Stop smoking.", "Keep active."), each a row
        # ("Call 999 or go to A&E" is one choice, its "or" kept on one row)
        short = not prefix and re.fullmatch(r",\s*|,?\s*(?:and|then)\s+", joint) is not None
        whole_head = word_count(head) >= 3 or alone or short and _short_instruction(head, plain)
        if whole_head and (word_count(tail) >= 3 or short and _short_instruction(tail, plain)):
            return head, tail
    return None


def _short_instruction(part: str, plain: PlainWords) -> bool:
    """ "Stop smoking", "Keep active", "Breathe slowly", "Lie down": a verb and the one word
    that makes it a whole thing to do, never a verb waiting for its thing ("Try to", "Take
    your")."""
    words = part.strip(" ,.").split()
    if len(words) != 2 or not _one_word_instruction(words[0], plain):
        return False
    if words[1].lower() in _LOWER_IN_A_SENTENCE | {"to", "not", "and", "or", "with", "of", "for"}:
        return False
    return _is_instruction(part, plain)


def _second_purpose_said_of_this(sentence: str, resume: int, row: str) -> str:
    """ "This helps the swelling go down and reduce the pain." from "Raise your leg ... to help
    the swelling go down and reduce the pain": the swelling reduces no pain, the raising does.
    A verb joined after what is helped, with a thing of its own to act on, is said of "this"
    ("... go down and reduces the pain"); one without ("go down and settle") is the helped
    thing's own and stays as it is."""
    doc = parse(sentence)
    helped = [
        t for t in doc
        if t.idx >= resume and t.tag_ == "VB" and t.dep_ in {"ccomp", "xcomp"}
        and t.head.lower_ == "help" and t.head.idx < resume
    ]
    for verb in helped[:1]:
        for joined in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VB"):
            if any(c.dep_ == "dobj" for c in joined.children):
                row = re.sub(rf"\band {re.escape(joined.text)}\b",
                             f"and {said_of_it(joined.text)}", row, count=1)
    return row


def said_of_it(verb: str) -> str:
    """A bare verb as said of "this" or "it": "reduce" -> "reduces", "ease" -> "eases",
    "stretch" -> "stretches", "carry" -> "carries", "have" -> "has"."""
    if verb.lower() == "have":
        return verb[0] + "as"
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _one_word_instruction(head: str, plain: PlainWords) -> bool:
    """ "Rest" before ", drink plenty of fluids and ...": a whole instruction in one verb."""
    word = head.strip(" ,").lower()
    return re.fullmatch(r"[a-z]+", word) is not None and (
        word in plain.verbs or can_be_a_verb(word))


# Words that are capitalised only at the start of a sentence.
_LOWER_IN_A_SENTENCE = frozenset(
    "the a an your our their his her its my this that these those some most many each every any "
    "all they we he she it you there".split()
)


def _as_said_after_a_word(subject: str) -> str:
    """A subject that opened its sentence, said after a word ("Or your GP may ..."): a name
    ("Macmillan", "GP") keeps its capital, a thing's word loses it ("Or Food may have no taste
    at all." had kept the capital of the sentence's start)."""
    first = subject.split(" ", 1)[0]
    if first.lower() in _LOWER_IN_A_SENTENCE:
        return first.lower() + subject[len(first) :]
    if first[1:].islower() and parse(f"{subject} is here.")[0].pos_ != "PROPN":
        return first.lower() + subject[len(first) :]
    return subject


def _ends_in_a_bare_verb(sentence: str, head: str) -> bool:
    """Whether `head`, the start of `sentence`, ends in a verb before "and" or "or" ("gently
    bend and straighten your fingers", "can stop or reduce leaking urine"): the two verbs share
    what follows, and "gently bend." alone says something else."""
    end = len(head.rstrip(" ,"))
    if end < len(head) and head[end:].strip():
        return False
    doc = parse(sentence)
    last = next((t for t in reversed(doc) if t.idx + len(t.text) <= end), None)
    if (
        last is None
        or last.idx + len(last.text) != end
        or last.tag_ not in {"VB", "VBP"}
        or re.match(r",?\s+(?:and|or)\b", sentence[end:], re.IGNORECASE) is None
    ):
        return False
    # the verb after the "and" or "or" is joined to this one, and this one has no object of
    # its own ("any extra insulin you take, and bring this ..." is another action's)
    after = next((t for t in doc if t.i > last.i and t.pos_ == "VERB"), None)
    return (
        after is not None
        and after.head.i == last.i
        and after.dep_ == "conj"
        and not any(c.dep_ in {"dobj", "prt", "prep"} for c in last.children)
    )


def _after_a_colon(sentence: str, index: int) -> bool:
    """Whether `index` comes after a colon ("fill in the blanks for you: how long to hold each
    exercise and how many times to repeat it"): a cut there leaves the colon's row unfinished
    and the rest without what it belongs to. Where the colon ends a clause it is a place to cut
    itself, and the words after it are cut once they are a row of their own."""
    return any(
        not _inside_brackets(sentence, match.start())
        for match in re.finditer(r":\s", sentence[:index])
    )


# What starts an action with a time of its own: "and hold for 5 seconds", "and do not remove
# the dressing for 5 days" (an instruction of its own).
# How soon to act, said at the end of the last of joined instructions.
_HOW_SOON = re.compile(
    r"\b(?:straight away|right away|immediately|at once|urgently|without delay|now)[.!]?$",
    re.IGNORECASE,
)
_OWN_TIME = re.compile(
    r"(?:and\s+|or\s+)?(?:do not|don't|never|hold|repeat|relax|rest|wait|pause|count|"
    r"do (?:this|these|them|it))\b",
    re.IGNORECASE,
)


_JOINED_BAN = re.compile(r"(?:and\s+|or\s+)?(?:do not|don't|never)\b", re.IGNORECASE)


def _time_for_both(joint: str, head: str, tail: str, plain: PlainWords) -> bool:
    """ "Stay in bed and drink plenty of water for 24 hours": the 24 hours may be the bed's too,
    so "Stay in bed." alone would be for ever. Not across a semicolon or dash, nor before a
    "do not", which starts an instruction of its own."""
    if re.search(r"[;:–]|\bthen\b", joint) or _opens_with_its_own_condition(tail, plain):
        return False
    if _OWN_TIME.match(tail):
        # "Do not drive and do not drink alcohol for 24 hours": a ban joined to a ban is
        # ambiguous, and "Do not drive." alone would be for ever; after anything else ("Rest
        # and do not drive for 24 hours") the "do not" starts an instruction of its own
        return (
            _JOINED_BAN.match(tail) is not None
            and is_negative_instruction(head)
            and _SHARED_TIME.search(head) is None
            and _SHARED_TIME.search(re.split(r"[;–]", tail)[0]) is not None
        )
    if _HOW_SOON.search(tail) and not _HOW_SOON.search(head) and _is_instruction(head, plain):
        # "Go to A&E or call 999 straight away if you vomit blood" had given "Go to A&E." over
        # "Or call 999 straight away.": how soon to act said after the last choice is every
        # choice's, and "Go to A&E." alone lets the reader wait
        return True
    # the time of the tail's own first step ("bend your knees, then hold for 10 seconds" has
    # none); "call the ward on 0116 258 4567" is no time
    tail = _CONTACT.sub("", re.split(r",?\s+then\b|[;–]", tail)[0])
    # ... and what happens for a time, two things joined without a comma ("Some people feel
    # sick or have a sore mouth for a day after their tablets": the day is the sickness's too)
    return (
        _SHARED_TIME.search(tail) is not None
        and _SHARED_TIME.search(head) is None
        and (_is_instruction(head, plain) or "," not in joint)
    )


def _condition_for_both(joint: str, head: str, tail: str, plain: PlainWords) -> bool:
    """ "Go to A&E or call 999 if you have severe pain": the condition may be the first
    instruction's too, so "Go to A&E." alone would send the reader there whatever happens. Not
    across a semicolon or dash, nor after a statement ("Help is at www.nhs.uk or call 111 if
    ...": the condition is the call's)."""
    joined = f"{joint} {tail[:4]}".strip(" ,").lower()
    if not re.match(r"(?:or|and)\b", joined):
        return False  # only two instructions joined ("Test the water first, as you may not
        # feel if it is too hot": the "if" is what you may not feel, and no condition)
    tail = re.split(r"[;–]", tail)[0]
    if _opens_with_its_own_condition(tail, plain) or _until_of_its_own_ban(joint, head, tail):
        return False
    return STRONG_CONDITION_IN.search(tail) is not None and _is_instruction(head, plain)


# Instructions that can go on until a time ("Keep the dressing on", "Wear your sling", "Take
# the antibiotics"), so that an "until" after them may be theirs too.
_LASTING = frozenset({
    "keep", "stay", "wear", "leave", "rest", "use", "take", "continue", "carry", "hold", "sit",
    "lie", "stand", "remain", "wait", "avoid", "eat", "drink", "let", "put",
})


def _ban_with_its_own_until(sentence: str, begin: int) -> re.Match | None:
    """The ", and" before a ban whose "until", at `begin`, is its own (`_until_of_its_own_ban`),
    the last such before it; None when there is none."""
    joints = [match for match in re.finditer(r",\s*and\s+", sentence[:begin], re.IGNORECASE)]
    if not joints:
        return None
    joint = joints[-1]
    if _until_of_its_own_ban(joint.group(0), sentence[: joint.start()], sentence[joint.end() :]):
        return joint
    return None


def _until_of_its_own_ban(joint: str, head: str, tail: str) -> bool:
    """Whether the tail is a ban of its own after ", and" whose only condition is its "until"
    ("Bring your maternity notes, a pad and a list of your medicines, and do not eat anything
    until the midwife has seen you"): "do not ... until" says when that ban ends, and an
    instruction that is no ban before it is not held until then. After a ban ("Do not drive,
    and do not drink alcohol until ...") the "until" may be both bans', as `_time_for_both`
    reads a time. Only where both act on something of their own, as the meaning check reads an
    instruction of its own (grammar's `instruction_parts`): "Take your tablets with water, and
    do not lie down until ..." may mean the tablets' water until then too."""
    if not re.fullmatch(r",\s*and\s+", joint, re.IGNORECASE) or not _JOINED_BAN.match(tail):
        return False
    said = {match.group(0).lower() for match in STRONG_CONDITION_IN.finditer(tail)}
    if said != {"until"} or is_negative_instruction(head):
        return False
    if _first_verb_lemma(head.strip()) in _LASTING:
        return False  # "Keep the dressing on, and do not get it wet until ...": kept on till then?
    return any(len(head) <= start <= len(head) + len(joint)
               for start, _ in instruction_parts(f"{head}{joint}{tail}")[1:])


# A condition opening a clause, up to the comma before what it governs ("if you feel fewer
# than 10 movements, ")
_FRONTED_CONDITION = re.compile(r"(?:if|when)\s+[^,]+,\s+", re.IGNORECASE)


def _opens_with_its_own_condition(tail: str, plain: PlainWords) -> bool:
    """Whether the words after a cut open with a condition put before the instruction it
    governs, with no other condition after ("if you feel fewer than 10 movements, ring the
    triage line straight away"): the condition, and any time said after it ("straight away"),
    govern nothing said before the cut ("Rest for 2 hours, and if ...")."""
    tail = re.split(r"[;–]", tail)[0]
    fronted = _FRONTED_CONDITION.match(tail)
    return bool(fronted) and not STRONG_CONDITION_IN.search(tail[fronted.end() :]) and (
        _is_instruction(tail[fronted.end() :], plain)
    )


def purpose_of(token) -> bool:
    """Whether a verb says what an action is for, a "to ..." the parser hangs on it as such
    (advcl), or after the thing it is done with (`_purpose_of_a_thing_kept`)."""
    if token.tag_ != "VB" or not any(c.tag_ == "TO" and c.i < token.i for c in token.children):
        return False
    if token.dep_ in {"relcl", "acl"} and token.head.dep_ == "npadvmod":
        return True  # "have your injection every evening to prevent blood clots": no evening's
    if token.dep_ in {"relcl", "acl"} and _a_while_said(token.head):
        # "stand still for a long time to lower the risk of blood clots": no time's to lower
        return True
    return token.dep_ == "advcl" or token.dep_ == "xcomp" and _purpose_of_a_thing_kept(token)


# How long an action goes on, said with "for" ("for a long time", "for long periods").
_WHILES = frozenset("time while period spell moment".split())


def _a_while_said(noun) -> bool:
    """Whether a noun says how long an action goes on ("for a long time"), which a "to ..."
    after it is never the time's (the parser hangs "to lower the risk" on "time")."""
    return (
        noun.lemma_.lower() in _WHILES
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.pos_ in {"VERB", "AUX"}
    )


# Verbs of a task a movement is made for ("bend forward to pick things up", "lean over to reach
# your feet"), and the directions of such a movement.
_TASKS = frozenset("pick put fetch tie reach pull wash dry carry".split())
_DIRECTIONS = frozenset(
    "forward forwards down up over back backwards round around sideways".split()
)


def a_task_of_its_own_action(purpose) -> bool:
    """Whether a purpose names the task its action is done for, part of the last of several
    actions ("Never cross your legs, sit in a low chair or bend forward to pick things up"),
    never what they are all for ("to protect your wound", "to help your body recover"): a task
    verb done to a thing after a movement that has a direction and no object ("bend forward",
    "lean over"). "Eat less and exercise more to reach a healthy weight" is no such task."""
    movement = purpose.head
    return (
        purpose.lemma_.lower() in _TASKS
        and any(child.dep_ in {"dobj", "prt"} for child in purpose.children)
        and not any(child.dep_ == "dobj" for child in movement.children)
        and any(
            child.dep_ in {"advmod", "prt"} and child.lower_ in _DIRECTIONS
            for child in movement.children
        )
    )


def _ending_purpose(words: str):
    """The verb of what the last action of `words` is for, when that purpose ends them ("...
    and eat small meals often to help your body recover": "help"); else None."""
    doc = parse(words)
    last = max((t.i for t in doc if not t.is_punct and not t.is_space), default=-1)
    return next(
        (t for t in doc if purpose_of(t) and t.right_edge.i >= last
         and (t.head.pos_ == "VERB" or t.head.head.pos_ == "VERB" or _a_while_said(t.head))),
        None,
    )


def reader_verb_in_a_purpose(purpose, plain: PlainWords):
    """The verb joined inside a purpose that may be the reader's next action, one they are told
    to do ("to cool them down and give them plenty of drinks", "to reduce the swelling and take
    paracetamol"); None for one said of what the action does ("and ease the pain"), or of what
    the reader becomes ("time to recover and get stronger": a state, no action)."""
    return next(
        (c for c in purpose.children
         if c.dep_ == "conj" and c.tag_ == "VB" and c.lemma_.lower() in plain.verbs
         and not any(child.dep_ == "acomp" for child in c.children)),
        None,
    )


def _purpose_for_both(joint: str, head: str, tail: str, plain: PlainWords) -> bool:
    """ "Rest as much as you can, drink plenty of fluids, and eat small meals often to help
    your body recover": what the actions are for is said once, after the last, and may be every
    action's; cut before the last, it had been the eating's alone ("Eat small meals often to
    help your body recover."). Not across a semicolon, a dash or "then", whose step is its own,
    nor at a reason ("Do not drive for 24 hours, because the sedation can ... make it harder
    for you to judge distances"), whose "to ..." is the reason's own."""
    if re.search(r"[;:–]|\b(?:then|but)\b", joint) or not _is_instruction(head, plain):
        return False
    if _REASON_WORD.match(joint):
        return False
    tail = re.split(r"[;–]|,?\s+then\b", tail)[0]
    return _ending_purpose(tail) is not None


def _result_for_both(joint: str, head: str, tail: str, plain: PlainWords) -> bool:
    """ "Put a lamp by your bed and leave a light on at night, so you can see where you are
    going": what follows from the actions (", so you ...") is said once, after the last, and
    may be every action's; cut before the last it had been the light's alone. The cut is left
    to the reason's own place (`_reason_points`: "This means you can see ..."), after which the
    actions are rows; a sentence short enough stays whole. Not across a semicolon, a dash,
    "then" or "but", whose step is its own."""
    if re.search(r"[;:–]|\b(?:then|but)\b", joint) or not _is_instruction(head, plain):
        return False
    tail = re.split(r"[;–]|,?\s+then\b", tail)[0]
    return _RESULT_OF_ACTIONS.search(tail) is not None


def result_after_joined_actions(sentence: str, plain: PlainWords) -> tuple[int, int] | None:
    """Where what follows from several joined actions starts (the comma of ", so you can see
    ..."), and where the last of those actions starts; None when there is one action, or the
    last is set against the one before ("but") or follows it as a step ("then")."""
    start = max((m.end() for m in hard_breaks(sentence)), default=0)
    so = next(reversed(list(_RESULT_OF_ACTIONS.finditer(sentence, start))), None)
    if so is None:
        return None
    # "If you smoke, drink alcohol and take drugs, tell the nurse so that we can plan your
    # care": things listed in the condition that opens the sentence are no actions
    opening = read(sentence).condition_span
    after = condition_list_end(sentence, opening[1]) if opening and not opening[0] else 0
    body = sentence[after:].lstrip(" ,")
    skipped = len(sentence) - len(body)
    last = purpose_after_joined_actions(body, so.start() - skipped, plain)
    return None if last is None else (so.start(), last + skipped)


def purpose_scope_in_doubt(sentence: str, plain: PlainWords) -> bool:
    """Whether what an action is for, said at the end of an instruction, may be more than one
    action's, or may hold the reader's next action ("Put a cold flannel on their forehead to
    cool them down and give them plenty of drinks": the drinks are the reader's to give, the
    parser's reading the flannel's): only a reader of the leaflet can say, so it is kept whole."""
    purpose = _ending_purpose(sentence)
    if purpose is None or not _is_instruction(sentence, plain):
        return False
    if reader_verb_in_a_purpose(purpose, plain) is not None:
        return True
    to = next(c for c in purpose.children if c.tag_ == "TO")
    return purpose_after_joined_actions(sentence, to.idx, plain) is not None


def purpose_after_joined_actions(sentence: str, begin: int, plain: PlainWords) -> int | None:
    """Where the last of several actions starts that a purpose at `begin` is said after
    (`action_joined_before`); None when there is one, or the last is set against the one
    before ("take it ..., but do not take 2 doses to make up for it": the purpose is the "do
    not"'s) or follows it as a step ("then")."""
    last = action_joined_before(sentence, begin, plain)
    if last is None or re.search(r"\b(?:but|then)\W*$", sentence[:last], re.IGNORECASE):
        return None
    # "If you miss a dose, take it ...": a condition before the one action is no action
    return last if _is_instruction(sentence[:last].rstrip(" ,"), plain) else None


def _purpose_after_actions(sentence: str, plain: PlainWords) -> tuple[str, str] | None:
    """A long instruction whose purpose ends several actions ("Wear the stocking during the day
    and take the injection every evening to prevent blood clots"): the actions, and the purpose
    once after them as its own row ("This will prevent blood clots."), never the last action's
    alone ("Take the injection every evening to prevent blood clots."). None where the purpose
    holds a verb that may be the reader's next action (the sentence is kept whole)."""
    purpose = _ending_purpose(sentence)
    if purpose is None or not purpose_scope_in_doubt(sentence, plain) or any(
        c.dep_ == "conj" and c.tag_ == "VB" for c in purpose.children
    ):
        return None  # "to help your body recover and heal the wound" is cut no further
    return _purpose_said_after(sentence, purpose)


def _purpose_said_after(sentence: str, purpose) -> tuple[str, str]:
    """The actions before what they are for, and the purpose as a row after them ("This will
    prevent blood clots.", "This helps your wound heal.")."""
    to = next(c for c in purpose.children if c.tag_ == "TO")
    said = sentence[to.idx + len(to.text) :].strip().rstrip(".!")
    verb, _, rest = said.partition(" ")
    opening = "This helps" if verb.lower() == "help" else f"This will {verb}"
    return sentence[: to.idx].rstrip(" ,") + ".", _as_sentence(f"{opening} {rest}".strip())


def _shared_subject(sentence: str, index: int) -> str | None:
    """Who does the action a cut starts with, when it is shared with the action before: "A
    nurse will check your details and ask you to sign a form" cut at "and" must say "A nurse
    will ask you ...", never "Ask you ..." (an instruction to the reader). "" when the first
    action is an instruction to the reader or the action has its own subject; None when the
    actions belong to a clause inside the sentence ("help your knee move and get stronger"),
    where no cut keeps who does what."""
    doc = parse(sentence)
    # the action itself, not its "do" of "do not need" (which the parser hangs on "need")
    verb = next(
        (
            t
            for t in doc
            if t.idx >= index and t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}
        ),
        None,
    )
    if verb is None or verb.dep_ != "conj":
        return ""
    if any(child.dep_.startswith("nsubj") for child in verb.children):
        return ""
    if (outer := beyond_a_clause_inside(verb)) is not None:
        # "Use a cream that your pharmacist recommends and put it on": the reader puts it on,
        # as told by "Use"; a cut keeps who does it only where that is the reader
        return "" if _shared_subject(sentence, outer.idx) == "" and outer.tag_ == "VB" and not any(
            c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in outer.children
        ) else None
    if not shares_subject(verb):
        # a bare verb after the main verb is an instruction ("Help is at ... or call 111");
        # after a verb inside a clause it is the parser losing the subject ("start 2 weeks
        # after treatment begins and settle ..."): no cut says who settles
        inner = verb.head.dep_ != "ROOT" and any(
            child.dep_.startswith("nsubj") for child in verb.head.children
        )
        return None if inner or _inside_what_another_does(verb) else ""
    first = verb.head
    # (a doing may be the subject: "Taking them on an empty stomach can irritate your stomach
    # and make you feel sick", cut, had left "Make you feel sick.", a task with no sense)
    subjects = [
        child for child in first.children if child.dep_ in {"nsubj", "nsubjpass", "csubj"}
    ]
    # "You can shower, but do not soak in a bath", "Adults can take 2 tablets, but do not take
    # more than 8": a "do not" after "but", or after what "you" do, tells the reader
    told = re.match(r"(and\s+|but\s+)?(?:do not|don't|never)\b", sentence[index:], re.I)
    if told and ((told.group(1) or "").lower().startswith("but") or any(
        subject.lower_ == "you" for subject in subjects
    )):
        return ""
    if first.dep_ == "relcl" and any(
        c.dep_.startswith("nsubj") and c.tag_ in {"WDT", "WP"} for c in first.children
    ):
        # "Wear shoes that fit well and have a good grip": the shoes have it; "Have a good
        # grip." had told the reader to
        return None
    if first.dep_ != "ROOT":
        root = next(t for t in first.ancestors if t.dep_ == "ROOT")
        told = not any(child.dep_.startswith("nsubj") for child in root.children)
        return "" if told and root.tag_ == "VB" else None
    if not subjects:
        return ""
    if re.match(r"but\b", sentence[index:], re.IGNORECASE):
        # "You can wash your hair after 2 days, but keep soap out of your eye": a bare verb
        # after "but" may be an instruction ("Keep ...") or share the subject ("You may feel
        # sore but feel better in a week"); "You can keep ..." would make an instruction a
        # choice, so no cut says who does it
        return None
    subject = subjects[0]
    words = [t for t in subject.subtree]
    words += [c for c in first.children if c.dep_ in {"aux", "auxpass"} and c.i < first.i]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _inside_what_another_does(verb) -> bool:
    """Whether a bare verb is joined inside a clause that says what someone or something other
    than the reader does ("They help the blood in your legs keep moving and lower your risk of
    a clot": the stockings lower it; cut, "Lower your risk of getting a blood clot." had told
    the reader to): a clause of the sentence's, above the verb it is joined to, has a subject
    that is not "you"."""
    if verb.head.dep_ == "ROOT":
        return False
    for above in verb.head.ancestors:
        subject = next((c for c in above.children if c.dep_.startswith("nsubj")), None)
        if subject is not None:
            return subject.lower_ != "you"
    return False


# A condition whose verb is left out, the action before it understood ("when you can",
# "if you need to", "if you like", "where possible"): it is said of that one action alone.
ELIDED_ACTION = re.compile(
    r"(?:\b(?:can|could|may|might|must|should|will|are|is|am)(?:\s+able)?(?:\s+to)?"
    r"|\b(?:need|want|have|has|needs|wants|ought)\s+to|\b(?:you|they|he|she|we)\s+(?:like|wish|"
    r"prefer|want|need)|\b(?:possible|necessary|needed|required))\s*[.,:]?$",
    re.IGNORECASE,
)
_JOINING_WORD = re.compile(r"^(or|and|but|then)\s+", re.IGNORECASE)
# Where a sentence turns to a clause of its own ("..., but do not ...", "..., so do not ..."):
# no condition before it reaches past it.
_TURN = re.compile(r",?\s+but\s+|,\s+so\s+(?!that\b)")


# After a condition's first words: more things to it, the last after "and" or "or", then a comma
_LIST_CLOSED_BEFORE_A_COMMA = re.compile(r"\s*,\s+([^,;:–]*?\b(?:and|or)\s+[^,;:–]+?),\s+")


def condition_list_end(sentence: str, end: int) -> int:
    """Where a condition that opens a sentence ends, when the parser ended it at `end`: "If you
    smoke, drink alcohol and take drugs, tell the nurse" had been read "If you smoke", which led
    in with "If you smoke:" over "Drink alcohol and take drugs.". A list closed by "and" or "or"
    before a comma and what to do is the condition's."""
    listed = _LIST_CLOSED_BEFORE_A_COMMA.match(sentence, end)
    if listed and _starts_an_instruction(sentence[listed.end() :]):
        return listed.end(1)
    return end


# The "then" that closes an opening condition ("If you feel dizzy, then sit down"), before what
# to do: the condition's end, as its comma is.
_THEN = re.compile(r"then\s+", re.IGNORECASE)
_THEN_ENDING = re.compile(r",?\s+then\s*$", re.IGNORECASE)


def _condition_first(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """A sentence whose instructions hang on one condition ("Stop the exercises and call the
    ward if your knee becomes hot") must not be cut into an unconditional "Stop the exercises."
    When it has to be cut (two instructions, or too long), the condition goes first as a lead-in
    ("If your knee becomes hot, red or swollen:", the whole clause as the parser reads it) and
    each instruction follows it. "Unless" and "until" read badly first, so such a sentence
    stays whole and the checker names it if it is too long. A condition in the middle of a
    sentence keeps it whole. None when the sentence has no condition governing a cut."""
    reading = read(sentence)
    if reading.condition_span is None:
        return None
    begin, end = reading.condition_span
    if begin and (reason := _reason_after(sentence, end)) is not None and not sentence[
        end:reason
    ].strip(" ,"):
        # "Please do not come if you have been drinking alcohol or taken drugs, as staff cannot
        # keep you safe" had led in with "If you have been drinking ..., as staff cannot keep
        # you safe:". Why is not when: the condition ends before the reason (grammar's
        # `_before_a_reason`), and the reason follows the instruction it is for
        return _ideas(sentence[:reason], plain, limit) + [_reason_row(sentence, reason)]
    if _NAMED_BY_WHAT_TO_DO.search(sentence[:begin]):
        # "... and what to do if you feel unwell", "who to call if you are worried": the
        # condition is part of the thing named, no condition of the sentence
        return [sentence]
    if _inside_a_reason(sentence, begin):
        # "Measure your stoma once a week, as it gets smaller while it heals": the healing is
        # part of why, no condition of the measuring ("While it heals:" would make it one)
        return None
    # no condition reaches back over a semicolon, a dash or a clause's colon
    if before := [match for match in hard_breaks(sentence) if match.end() <= begin]:
        head, tail = sentence[: before[-1].start()], sentence[before[-1].end() :]
        if "–" in before[-1].group(0) and len(before) == 1 and _a_label(head):
            # "Puffy – swollen fingers that do not go down when the arm is raised": a word and
            # its meaning, one row; "Puffy." alone says nothing, and the sign loses its name
            return [sentence]
        return _ideas(head, plain, limit) + _ideas(tail, plain, limit)
    if after := [match for match in hard_breaks(sentence) if match.start() >= end]:
        # the parser may root the sentence past a semicolon and run the condition on into the
        # instruction: "If you notice any of these, contact the unit, your GP or NHS 111; do
        # not wait ..." gave "If you notice any of these, contact the unit:" over "Your GP or
        # NHS 111." The clause before the semicolon, read alone, says where the condition ends
        alone = read(sentence[: after[0].start()]).condition_span
        if alone is not None and alone[0] == begin and alone[1] < end:
            end = alone[1]
    if begin and (purposed := _purpose_in_a_closing_condition(sentence, begin, end)):
        # "Rest for a while after each walk to give your new knee time to recover": the rest
        # gives the knee time, never the walk; a lead-in had made it the walk's
        return purposed(plain, limit)
    if begin == 0 and (not sentence[end:].strip(" ,.!") or _inside_brackets(sentence, end)):
        # "If you have a temperature of 37.5°C or above, or you need antibiotics ..., double
        # your usual daily dose of steroid until you are better": the parser took "double" for
        # no verb and ran the condition to the full stop, which had made the instruction the
        # lead-in and "Until you are better." a row alone. The condition ends at the one comma
        # before words that start an instruction; with none, or two, no one knows where
        # (a "then" may stand before them). The parser may also end it inside brackets ("call
        # 0116 258 5100 (Monday to Friday," over "8am to 5pm)."): a bracket is never cut, and
        # opening hours stay with their number, so a comma inside brackets ends nothing
        starts = [
            match
            for match in re.finditer(r",\s+", sentence[:end])
            if not _inside_brackets(sentence, match.start())
            and _starts_an_instruction(_THEN.sub("", sentence[match.end() :], count=1))
        ]
        if len(starts) != 1:
            return [sentence]
        end = starts[0].start()
    if begin == 0 and (then := _THEN_ENDING.search(sentence, 0, end)):
        # "If you feel dizzy, then sit down": the parser may end the condition on its "then",
        # which had kept the sentence whole as a condition of unknown end
        end = then.start()
    if begin == 0:
        end = condition_list_end(sentence, end)
    turn = _TURN.search(sentence, begin, end)
    if turn and not only_a_condition(sentence[: turn.start()]) and not _inside_its_condition(
        sentence, turn, end, plain
    ):
        # "Keep your drops in the fridge if the label says so, but do not let them freeze": the
        # parser runs the condition on over the "but", whose "do not" is no part of it. A "but"
        # after only a condition joins its two halves ("If you are feeling low but are not in
        # danger, ..."): cut there, the second half would be read as what to do
        return _ideas(sentence[: turn.start()], plain, limit) + _ideas(
            sentence[turn.end() :], plain, limit
        )
    clause_words = sentence[begin:end].strip(" ,.")
    if _EXCEPT_AFTER_A_COMMA.search(clause_words):
        # "Do not use the spray if you have taken sildenafil in the last 24 hours, except in an
        # emergency" had led in with "If you have taken sildenafil ..., except in an
        # emergency:": whether the exception is the condition's or the instruction's is not
        # known ("Call us if you have any symptoms, except a mild headache"), so the sentence
        # stays whole
        return [sentence]
    if re.search(r"\b(?:and|or|but|then)$", clause_words, re.IGNORECASE):
        # the parser ended the condition on a joining word ("If you have repeated step 2 three
        # times and" / "your blood sugar is still low, call 999"): where it ends is not known
        return [sentence]
    if clause_words.split(" ", 1)[0].lower() not in CONDITION_WORDS:
        # "start 2 weeks after treatment begins": the parser's clause is not a condition a
        # reader can be told first ("2 weeks after ...:"), so the sentence is not cut round it
        return None
    rest = sentence[end:].strip(" ,.!")
    joining = ""
    if clause_words.split(" ", 1)[0].lower() in {"before", "after"} and _a_time_before(
        sentence[:begin]
    ):
        return None  # "drink as little as possible from one hour before you take it": a time
    if (
        begin
        and clause_words.split(" ", 1)[0].lower() in STRONG_CONDITIONS
        and _ONLY.search(sentence[:begin])
        and not any(match.end() <= begin for match in hard_breaks(sentence))
    ):
        # "We only give a transfusion if the Hb is below 70 g/L": the condition is what "only"
        # restricts; put first, "We only give a transfusion." says something else
        return [sentence]
    closed = sentence[:end].rstrip().endswith(",") or sentence[end:].lstrip().startswith(",")
    if begin == 0 and rest and not closed:
        # no comma closes the condition, so only the parser says where it ends: "If you have
        # diabetes please ask ..." must not become "If you have:" over "Diabetes please ask"
        first_word = rest.split(" ", 1)[0].lower()
        if first_word not in _CLAUSE_OPENERS and not _starts_an_instruction(rest):
            return [sentence]
    if begin == 0 and rest:
        # "If your wound becomes red, ..., or leaks yellow fluid, then phone the ward": after
        # the lead-in its "then" says nothing more ("If ...:" over "Phone the ward.")
        body = _THEN.sub("", rest, count=1) if _THEN.match(rest) else rest
    elif not rest:
        body = sentence[:begin].strip(" ,")
        if turns := list(_TURN.finditer(body)):
            # "Some bleeding is normal, but call the ward if you soak two pads an hour", "The
            # tablets can make you drowsy, so do not drive if this happens": the condition is
            # the last part's alone
            turn = turns[-1]
            tail = sentence[turn.end() :]
            if not _has_verb(sentence[turn.end() : begin]):
                # "Yes, but only a light breakfast before 8am": what follows the "but" limits
                # what is before it, and is no clause of its own; "Yes." alone had answered
                # with no limit
                return [sentence]
            if _SO_A_CLAUSE.match(sentence, turn.start()):
                # "Use a night light, so you can see where you are going if you get up in the
                # night": what it is for keeps its "so" ("This is so you can see ..."); without
                # it, "You can see where you are going ..." had said the reader can, light or not
                # (said whole: its condition led in, "This is so" would follow "If ...:")
                said = _as_sentence(f"{_so_said(body[: turn.start()], plain, tail)} {tail}")
                return [*_ideas(body[: turn.start()], plain, limit), said]
            return _ideas(body[: turn.start()], plain, limit) + _ideas(tail, plain, limit)
        if _elided_alternative_before(sentence, begin, plain):
            # "Make an appointment with your GP within 2 weeks, or sooner if the pain comes
            # back": the condition is the "or sooner"'s alone, and the alternative has no
            # words of its own to be a row without it; a lead-in over both had told a reader
            # whose pain stays away to make no appointment
            return [sentence]
        if (alternative := alternative_before(sentence, begin, plain)) is not None:
            # "Call the clinic straight away, or call 111 if the clinic is closed": the condition
            # is the alternative's alone; a lead-in over both would send the reader to a closed
            # clinic, and only when it is closed. The alternative keeps its condition
            # ... and it keeps its subject ("The nurse will check your wound, or change the
            # dressing if it is wet" had given the reader "Or change the dressing ...")
            subject = _shared_subject(sentence, alternative)
            if subject is None:
                return [sentence]
            first = sentence[:alternative].rstrip()
            first = re.sub(r",\s*or$", "", first, flags=re.IGNORECASE)
            said = f"{_as_said_after_a_word(subject)} " if subject else ""
            return _ideas(first, plain, limit) + [
                _as_sentence(f"Or {said}{sentence[alternative:]}")
            ]
        if own := [point for point in _own_clause_points(sentence) if point[1] <= begin]:
            # "Leave a message and we will call you back the same day if you call before 3pm":
            # the condition is the clause's with its own subject that the parser hangs it on,
            # not the message's. Where the parser hangs it elsewhere, or a "not" before may
            # reach on, no cut can say which clause it governs
            start, resume, _ = own[-1]
            governor = _condition_governor(sentence, begin)
            if (
                governor is None
                or governor.idx < resume
                or _NEGATION_WORD.search(sentence[:start])
            ):
                return [sentence]
            return _ideas(sentence[:start], plain, limit) + _ideas(
                sentence[resume:].strip(), plain, limit
            )
        if (ban := _ban_with_its_own_until(sentence, begin)) is not None:
            # "Bring your maternity notes, ..., and do not eat anything until the midwife has
            # seen you": the "until" says when the ban ends, no time to bring things until
            return _ideas(sentence[: ban.start()], plain, limit) + _ideas(
                sentence[ban.end() :], plain, limit
            )
        if (contact := _contact_with_its_own_condition(sentence, begin)) is not None:
            # "Do not take a double dose, and tell your nurse if you miss more than 2 doses":
            # the telling is an instruction of its own, the condition hung on it; kept whole,
            # the STOP sign stood beside the telling too
            return _ideas(sentence[:contact].strip(" ,"), plain, limit) + [
                _as_sentence(_JOINING_WORD.sub("", sentence[contact:].strip(), count=1))
            ]
        if action_joined_before(sentence, begin, plain) is not None:
            # "Switch off the compressor and rinse your mouth with water if you have used a
            # steroid medicine": the condition may be the rinsing's alone, or both actions'; a
            # lead-in over both would widen it, a cut before the last would narrow it
            return [sentence]
        if re.search(r",\s+(?:and|then|and then)\s+\w+[^,]*$", body):
            # "Take 2 puffs every 2 minutes, up to 10 puffs, and call 999 if you do not feel
            # better": after a comma the condition may be the call's alone, or not; no lead-in
            # and no cut can say which
            return [sentence]
        joining_match = _JOINING_WORD.match(body)
        joining = joining_match.group(1).capitalize() + " " if joining_match else ""
        body = body[joining_match.end() :] if joining_match else body
    else:
        # a condition in the middle governs only its side of a dash or semicolon; other cuts
        # are tried only where `_cut_keeps_meaning` allows
        if after := [match for match in hard_breaks(sentence) if match.start() >= end]:
            head = sentence[: after[0].start()]
            tail = sentence[after[0].end() :]
            return _ideas(head, plain, limit) + _ideas(tail, plain, limit)
        # "Stop if your knee becomes hot, and contact your GP": the condition governs both
        # only "and": after "or" the words may go on with the condition ("Call 999 if you lose
        # control of your bladder, or feel numb around your bottom"), so the sentence stays whole
        joined = re.match(r",?\s*and\s+", rest)
        first = sentence[:begin].strip(" ,")
        if (
            joined
            and word_count(sentence) > limit
            and _is_instruction(first, plain)
            and _verb_at(sentence, sentence.index(rest, end) + joined.end(), plain)
        ):
            if ELIDED_ACTION.search(clause_words):
                # "Take breaks when you can, and ask friends or family to sit with the person":
                # "when you can" is "when you can take breaks", the first action's alone; a
                # lead-in over both had made the asking wait for it too
                return [*_ideas(sentence[:end].strip(" ,"), plain, limit),
                        *_ideas(rest[joined.end() :], plain, limit)]
            word, _, clause = clause_words.partition(" ")
            lead = f"{word.capitalize()} {clause}:"
            return [lead, *_ideas(first, plain, limit), *_ideas(rest[joined.end() :], plain, limit)]
        return None
    word, _, clause = clause_words.partition(" ")
    if word.lower() in STRONG_CONDITIONS and (inner := _EXCEPTION.search(clause)):
        exception = clause[inner.start() :].strip(" ,.")
        after = exception.partition(" ")[2]
        if _inside_brackets(clause, inner.start()) or _CONDITION_IN.search(after):
            return [sentence]  # two exceptions, or one in brackets: no lead-in says which
        # "Do not take colchicine if you are pregnant unless a rheumatologist has advised it":
        # the "unless" is the exception to the instruction, so it stays with it ("Do not take
        # colchicine unless ..."), never in the lead-in ("If you are pregnant unless ...:")
        body = f"{body.rstrip(' ,.')} {exception}"
        clause = clause[: inner.start()].strip(" ,")
    if word_count(body) < 2 or word_count(clause) < 2:
        return None
    joined = re.findall(r",\s+(?:or|and)\s+(do not|don't|never|\w+)", clause, re.IGNORECASE)
    if any(word.lower() in plain.verbs or " " in word or word.lower() in {"don't", "never"}
           for word in joined):
        # "... if you feel unwell after you go home, or ask your GP for advice", "... if you
        # notice your baby moving less, and do not wait until the next day": the asking, the
        # not waiting, may be things to do, not part of the condition; no lead-in says which
        return [sentence]
    if word.lower() not in STRONG_CONDITIONS and STRONG_CONDITION_IN.search(clause):
        # "Ring us before you come in if you have diarrhoea ...": two conditions in one clause
        # make no lead-in a reader can follow
        return [sentence]
    if word.lower() not in STRONG_CONDITIONS and not _is_instruction(body, plain):
        # "... a cast put on to hold your bone still while it heals" says when, and tells
        # nothing: "While it heals:" before it would only make it harder to read
        return [sentence]
    if begin and _in_a_relative_clause(sentence, begin):
        # "The results will be sent to your GP, who will contact you if any treatment is
        # needed": the sending is not conditional, and no lead-in can say so
        return [sentence]
    if begin and (governed := _governed_participle(sentence, begin)):
        # "Stand on your leg, holding a chair if you need it": only the holding is optional
        parts = _ideas(body, plain, limit)
        if len(parts) > 1 and parts[-1].lower().startswith(governed):
            return [*parts[:-1], f"{parts[-1].rstrip(' .')} {sentence[begin:end].strip(' ,.')}"]
        return [sentence]
    if re.search(r"\bto$", clause):
        # "... as your blood test if it needs to": the condition's verb is the sentence's own,
        # so "If it needs to:" first says nothing
        return [sentence]
    cut = _first_cut(body, _idea_points, plain)
    shared = _shared_negation(body)
    if begin and cut is not None and not _is_instruction(cut[0], plain):
        if _is_instruction(cut[1], plain):
            # "Help is at www.nhs.uk or call 111 if ...": the condition is the last part's alone
            return None
        # "You can eat and drink as normal unless you are having a general anaesthetic": the
        # condition governs both, and "You can eat." alone would drop it
        return [sentence]
    if word_count(sentence) <= limit and cut is None and shared is None:
        return [sentence]
    if word.lower() in {"unless", "until"}:
        return [sentence]
    word = word.lower() if joining else word.capitalize()
    lead = f"{joining}{word} {clause}:"
    so = re.search(r",\s+so\s+(?!that\b)", body)
    if begin == 0 and so and _starts_an_instruction(body[so.end() :]) and not _is_instruction(
        body[: so.start()], plain
    ):
        # "the contraceptive pill may not work, so use condoms ...": what happens, then what
        # to do about it, each a row under the condition
        return [lead, *_ideas(body[: so.start()], plain, limit),
                *_ideas(body[so.end() :], plain, limit)]
    return [lead] + _ideas(body, plain, limit)



def purpose_in_a_closing_time(sentence: str, begin: int, end: int):
    """A "to ..." the parser reads inside the time or condition from `begin` to `end` that ends
    the sentence after its instruction ("Rest for a while after each walk to give your new knee
    time to recover"), which is or may be the instruction's: its verb, and whether it surely is
    (the time has no verb of its own, "after each walk": nothing there a purpose can be for) or
    may be ("after you walk to give ..."). A condition's own verb ("if you need to go to
    hospital to have treatment") keeps its purpose. None with no such purpose."""
    if not begin or sentence[end:].strip(" ,.!"):
        return None
    doc = parse(sentence)
    purpose = next((t for t in doc if begin < t.idx < end and purpose_of(t)), None)
    last = max((t.i for t in doc if not t.is_punct and not t.is_space), default=-1)
    if purpose is None or purpose.right_edge.i < last:
        return None
    to = next(c for c in purpose.children if c.tag_ == "TO")
    clause = [t for t in doc if begin <= t.idx < to.idx][1:]
    if clause and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in clause):
        return purpose, True
    if sentence[begin:end].split(" ", 1)[0].lower() in STRONG_CONDITIONS:
        return None
    return purpose, False


def _purpose_in_a_closing_condition(sentence: str, begin: int, end: int):
    """What drafts a sentence whose closing time holds what its instruction is for
    (`purpose_in_a_closing_time`), given the plain words and the limit: the instruction, then
    the purpose said after it ("This will give your new knee time ..."); the sentence whole
    where the purpose may be the time's, or holds a verb that may be the reader's next action.
    None with no such purpose."""
    found = purpose_in_a_closing_time(sentence, begin, end)
    if found is None:
        return None
    purpose, surely = found
    if not surely or not _starts_an_instruction(sentence[:begin].strip()) or any(
        c.dep_ == "conj" and c.tag_ == "VB" for c in purpose.children
    ):
        return lambda plain, limit: [sentence]  # "to cool them down and give them ..."
    head, said = _purpose_said_after(sentence, purpose)
    return lambda plain, limit: [*_ideas(head, plain, limit), said]


def alternative_before(sentence: str, begin: int, plain: PlainWords) -> int | None:
    """Where the alternative starts in "X, or Y if Z", a condition at `begin` ending the
    sentence after a choice set off by a comma ("Call the clinic straight away, or call 111 if
    the clinic is closed": "call"); else None. The condition is the alternative's alone. Choices
    joined without a comma ("Go to A&E or call 999 if ...") share it."""
    choice = _last_choice_before(sentence, begin)
    if choice is None or not _verb_at(sentence[:begin], choice, plain):
        return None
    return choice


def _last_choice_before(sentence: str, begin: int) -> int | None:
    """Where the last choice set off by ", or" before a condition at `begin` ending the
    sentence starts, in the condition's clause and outside brackets; None if none, or if a
    comma closes the choice before the condition ("Stop taking it and call NHS 111, or go to
    A&E, if you have severe tummy pain": the condition is every action's)."""
    if not begin or sentence[:begin].rstrip().endswith(","):
        return None
    body = sentence[:begin]
    start = max((m.end() for m in hard_breaks(body)), default=0)
    choices = [
        match for match in re.finditer(r",\s+or\s+", body)
        if match.start() >= start and not _inside_brackets(body, match.start())
    ]
    return choices[-1].end() if choices else None


def _elided_alternative_before(sentence: str, begin: int, plain: PlainWords) -> bool:
    """Whether a condition at `begin` ending the sentence follows an alternative set off by
    ", or" that is no action of its own ("..., or sooner if ...", "..., or with milk if ...",
    "..., or after 14 days if ..."): the condition is that alternative's alone."""
    choice = _last_choice_before(sentence, begin)
    return choice is not None and not _verb_at(sentence[:begin], choice, plain)


# A word that, after a condition's "but", says a limit of the condition's own ("if the pain
# comes back but it is mild", "if you feel dizzy but you have not fainted"), not a statement of
# the leaflet's: a modal verb makes it one ("..., but it may make you drowsy").
_MODAL_IN = re.compile(rf"\b(?:{_MODAL_WORDS})\b", re.IGNORECASE)


def _inside_its_condition(sentence: str, turn: re.Match, end: int, plain: PlainWords) -> bool:
    """Whether a "but" the parser reads inside a condition that ends at `end` joins two halves
    of that condition ("Call 111 if you feel dizzy but you have not fainted"): no comma before
    it, and what follows tells the reader nothing to do and says nothing a modal verb makes a
    statement of. Cut there, "You have not fainted." had been a row asserting it, and the
    condition had widened to anyone dizzy."""
    if turn.group(0).lstrip().startswith(","):
        return False
    after = sentence[turn.end() : end]
    return not _is_instruction(after, plain) and not _MODAL_IN.search(after)


def action_joined_before(sentence: str, begin: int, plain: PlainWords) -> int | None:
    """Where the last of two or more actions joined by "and", "then" or a comma starts, when a
    condition at `begin` ends the sentence after them ("Switch off the compressor and rinse your
    mouth with water if you have used a steroid medicine": "rinse"); else None. Which of them
    the condition governs only a reader of the leaflet can say. Choices joined by "or" ("Go to
    A&E or call 999 if ...") share it, and a "-ing" phrase ("..., holding a chair if you need
    it") is the condition's alone."""
    if not begin:
        return None
    body = sentence[:begin]
    start = max((m.end() for m in hard_breaks(body)), default=0)
    found = None
    points = [(a, b) for a, b, prefix in _idea_points(body, plain) if not prefix]
    points += [
        (match.start(), match.start(1))
        for match in re.finditer(r",\s+(?:please\s+)?(\w+)", body)
        if _verb_at(body, match.start(1), plain)
    ]
    for cut, resume in points:
        joint = body[cut:resume]
        if (
            cut < start
            or _HARD_BREAK.match(joint)
            or re.match(r",?\s*or\b", body[cut:])
            or _inside_brackets(body, cut)
            or _after_a_colon(body, cut)
        ):
            continue
        found = max(found or 0, len(body) - len(body[resume:].lstrip(" ,")))
    return found

# Where a reason starts: ", as it gets smaller", "because the bone can move", ", since ...";
# never "as soon as", "as long as" (conditions) nor "as well as".
_REASON_START = re.compile(
    r",\s+(?:as|since)\s+(?!soon\b|long\b|well\b)|\bbecause\b", re.IGNORECASE
)


def _inside_a_reason(sentence: str, begin: int) -> bool:
    """Whether the condition at `begin` is inside a reason said after the instruction, in the
    same clause (no semicolon or dash between)."""
    start = max((m.end() for m in hard_breaks(sentence) if m.end() <= begin), default=0)
    return any(match.end() <= begin for match in _REASON_START.finditer(sentence, start))


# A thing named by what to do ("what to do", "who to call", "how to get help") just before a
# condition that belongs to it.
_NAMED_BY_WHAT_TO_DO = re.compile(
    r"\b(?:what|who|whom|how|when|where|which\s+\w+)\s+to\s+\w+(?:\s+[\w'’]+){0,3}\s*$",
    re.IGNORECASE,
)
# "only" before a condition it restricts ("we only give a transfusion if ...", "only if").
_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
# An exception inside a condition that ends a sentence: ", unless ...", " until ...".
_EXCEPTION = re.compile(r",?\s+(?:unless|until)\b.*$", re.IGNORECASE)
# Words that can open the main clause after a condition with no comma ("If you are unsure you
# should ask", "If it hurts please stop").
_CLAUSE_OPENERS = frozenset(
    {"you", "we", "they", "it", "your", "the", "this", "please", "do", "don't", "never", "a",
     "someone", "there"}
)
_TIME_BEFORE = re.compile(
    r"(?:(?:\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|few))\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
    # a day named by what it is next to: "the day after your baby is born", "the night before
    # your operation"
    r"|\bthe\s+(?:(?:same|next)\s+)?(?:day|night|morning|afternoon|evening|week|weekend))\s*$",
    re.IGNORECASE,
)


def _a_time_before(words: str) -> bool:
    """Whether the words before a "before" or "after" end in an amount of time ("one hour
    before you take it", "2 weeks after treatment begins") or a day ("the day after your baby
    is born"): it says when, it is no condition."""
    return _TIME_BEFORE.search(words.rstrip()) is not None


def _contact_with_its_own_condition(sentence: str, begin: int) -> int | None:
    """Where ", and" starts the sentence's last instruction of its own (grammar's
    `instruction_parts`: both verbs act on a thing of their own), when it gets in touch (ring,
    call, tell ...) and the condition ending the sentence at `begin` hangs on it, straight after
    what it acts on ("..., and tell your nurse if you miss more than 2 doses"): the condition
    is the getting in touch's alone. None otherwise ("Do not drive, and call the ward if you
    feel dizzy": driving acts on nothing of its own, so the condition may be both's)."""
    parts = instruction_parts(sentence)
    if len(parts) < 2 or not parts[-1][0] < begin:
        return None
    start = parts[-1][0]
    joined = re.match(r"\s*and\s+(\w+)\b", sentence[start:begin], re.IGNORECASE)
    governor = _condition_governor(sentence, begin)
    if (
        joined is None
        or not sentence[:start].rstrip().endswith(",")
        or governor is None
        or governor.idx != start + joined.start(1)
        or governor.lemma_.lower() not in CONTACT_VERBS
    ):
        return None
    said = [t for t in governor.subtree if t.idx < begin]
    if sentence[said[-1].idx + len(said[-1].text) : begin].strip():
        return None  # something between what is got in touch with and the "if"
    return start


def _condition_governor(sentence: str, begin: int):
    """The word the condition starting at `begin` hangs on (a spaCy token), or None."""
    for token in parse(sentence):
        if token.idx == begin and token.lower_ in CONDITION_WORDS:
            return token.head.head if token.dep_ == "mark" else token.head
    return None


def _in_a_relative_clause(sentence: str, begin: int) -> bool:
    """Whether the condition starting at `begin` hangs on a clause that describes a person or
    thing ("your GP, who will contact you if ...")."""
    governor = _condition_governor(sentence, begin)
    return governor is not None and any(
        t.dep_ in {"relcl", "acl"} for t in [governor, *governor.ancestors]
    )


def _governed_participle(sentence: str, begin: int) -> str | None:
    """The action (as an instruction: "hold") of the "holding ..." phrase that a condition ending
    the sentence belongs to, when the parser hangs the condition on that phrase and not on the
    main instruction; else None."""
    governor = _condition_governor(sentence, begin)
    if governor is not None and governor.tag_ == "VBG" and governor.dep_ in {
        "advcl", "xcomp", "conj"
    }:
        return _base_verb(governor.lower_, plain_words())
    return None


_SHARED_NEGATION = re.compile(
    r"^(?P<lead>(?:(?:please|remember|try|and|also)\s+)*)"
    r"(do not|don't|never|not to|you (?:should|must) not)\s+"
    r"(.+?)[.!]?$",
    re.IGNORECASE,
)
# "Avoid sitting in low chairs, crossing your legs ...", "Try to avoid lifting, ...", "You
# should stop smoking, drinking ...": a head that bans each doing of the list after it.
_SHARED_AVOIDING = re.compile(
    r"^(?:(?:please|also)\s+)*(?:you\s+(?:should|must|need to)\s+)?"
    r"(?:(?P<soft>try|aim)\s+to\s+|remember\s+to\s+)?(?P<head>avoid|stop)\s+"
    r"(?P<list>.+?)[.!]?$",
    re.IGNORECASE,
)


# Between the actions of a list: ", ", ", or ", ", and ", " or ".
_ITEM_SEPARATOR = re.compile(r",\s+(?:or\s+|and\s+)?|\s+or\s+")
# A time said after the last of a list of actions, which may hold for them all.
_SHARED_TIME = re.compile(
    r"\b(?:for|until|till|during|after|before|within|while|in the (?:first|next))\b.*"
    r"(?:\d|\b(?:hours?|days?|weeks?|months?|years?|morning|evening|night|operation|"
    r"test|procedure|treatment)\b)",
    re.IGNORECASE,
)


def _shared_negation(sentence: str) -> list[str] | None:
    """ "Remember not to hold your breath, squeeze your legs together or tense anywhere else":
    the "not" belongs to every action in the list, so each gets its own "Do not" row. None
    unless every item reads as an action of its own ("Do not bend or twist your back" shares
    its object, and stays whole)."""
    match = _SHARED_NEGATION.match(sentence.strip())
    if not match:
        return _shared_avoiding(sentence)
    if read(sentence).conditions:
        return None
    if len(instruction_parts(sentence.strip())) > 1:
        # "Do not give your antibiotics to anyone else, and take any you have left over to a
        # pharmacy": the "and" starts an instruction of its own, which the "not" never reaches
        return None
    items = [item.strip() for item in _ITEM_SEPARATOR.split(match.group(3)) if item.strip()]
    if len(items) < 2:
        return None
    separators = [found.group(0) for found in _ITEM_SEPARATOR.finditer(match.group(3))]
    if not re.search(r"\b(?:or|and)\b", separators[-1]):
        # "Do not stand up, sit down and put your head between your knees": a list the "not"
        # shares ends in "or" or ", and"; after a bare comma what follows may be what to do
        # instead, and "Do not sit down ..." would forbid it
        return None
    if _SHARED_TIME.search(items[-1]) or _qualified_alone([_item_qualifiers(i) for i in items]):
        return None  # "... or sign legal documents for 48 hours": the 48 hours is every item's
    if _purpose_of_them_all(sentence):
        return None
    # "Do not put heat or ice packs on your skin", "talcum powder or perfumed creams": what
    # follows "or" is a thing in the sentence, not an action of its own
    starts = {match.start(3) + found.end() for found in _ITEM_SEPARATOR.finditer(match.group(3))}
    # ("or on the toilet with your knees crossed" is a place, not an action: only a word that
    # can be one starts an item)
    doc = parse(sentence.strip())
    for t in doc:
        if t.idx not in starts:
            continue
        describes_a_thing = t.pos_ == "ADJ" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in {
            "NOUN", "PROPN"}  # "or electric blanket"
        # "take trimethoprim or co-trimoxazole": the model reads a medicine's name as a
        # describing word joined to the first one's; a word joined to the verb's object is a
        # second object of the same verb, never an action of its own ("Do not co-trimoxazole")
        joined_to_an_object = t.dep_ == "conj" and t.head.dep_ in {"dobj", "pobj", "attr", "conj"}
        if (
            t.pos_ not in {"VERB", "AUX", "ADJ"}
            or t.tag_ in {"VBN", "VBD"}
            or describes_a_thing
            or (t.pos_ == "ADJ" and joined_to_an_object and not can_be_a_verb(t.text))
        ):
            return None
    for item in items:
        doc = parse(f"Do not {item}.")
        # the small model reads "Do not tense anywhere else" with an adjective as its head
        if word_count(item) < 2 or len(doc) < 4 or doc[2].dep_ != "ROOT":
            return None
    word = "Never" if match.group(2).lower() == "never" else "Do not"
    if match.group(2).lower().startswith("you "):
        word = match.group(2).capitalize()  # "You should not ...": as strong as it is said
    if match.group(2).lower() == "not to" and "try" in match["lead"].lower().split():
        word = "Try not to"  # what the reader is asked to try is no rule ("Do not sit ...")
    return [f"{word} {item}" for item in items]


def _purpose_of_them_all(sentence: str) -> bool:
    """Whether a list of bans ends in what not doing them is for ("... or drive a car to protect
    your wound", "... or stand still for a long time to lower the risk of blood clots"): never
    the last one's alone, so the list is not shared out row by row before it is said on a row
    of its own (`_purpose_after_actions`). The task a movement is made for ("bend forward to
    pick things up", `a_task_of_its_own_action`) is that movement's."""
    purpose = _ending_purpose(sentence)
    return purpose is not None and not a_task_of_its_own_action(purpose)


def last_avoided(sentence: str, begin: int) -> int | None:
    """Where the last doing of an "Avoid ..." list said before `begin` starts ("Avoid lifting
    heavy things, pushing a vacuum cleaner or driving a car to protect your wound": "driving"),
    which the parser may read as no action of its own; None with one doing or no such list."""
    match = _SHARED_AVOIDING.match(sentence[:begin].strip())
    if match is None:
        return None
    separators = list(_ITEM_SEPARATOR.finditer(match["list"]))
    return match.start("list") + separators[-1].end() if separators else None


def _shared_avoiding(sentence: str) -> list[str] | None:
    """ "Avoid sitting in low chairs, crossing your legs or bending forward too far": the
    "avoid" (or "stop") bans every doing of the list, so each gets its own row, "Avoid crossing
    your legs." None unless every item is a doing ("crossing ...") with words of its own, with
    no condition and no time or place said only after the last; the sentence then stays whole."""
    match = _SHARED_AVOIDING.match(sentence.strip())
    if not match or read(sentence).conditions:
        return None
    if len(instruction_parts(sentence.strip())) > 1:
        return None
    items = [item.strip() for item in _ITEM_SEPARATOR.split(match["list"]) if item.strip()]
    if len(items) < 2 or _SHARED_TIME.search(items[-1]):
        return None
    if _purpose_of_them_all(sentence):
        # "Avoid sitting for long periods, ... or standing still for a long time to lower the
        # risk of blood clots": each doing banned, then what not doing them all is for
        actions, purpose = _purpose_said_after(sentence, _ending_purpose(sentence))
        banned = _shared_avoiding(actions)
        return None if banned is None else [*banned, purpose]
    word = match["head"].capitalize()
    for item in items:
        doc = parse(f"{word} {item}.")
        # "Avoid alcohol, caffeine and fizzy drinks", "Stop the tablets and ...": things, or an
        # action of its own, stay one sentence
        if len(doc) < 3 or doc[1].tag_ != "VBG" or not doc[1].lower_.endswith("ing"):
            return None
        # "Avoid lifting, twisting or bending your back": the back is every item's
        if doc[1].lower_ != item.split()[0].lower() or word_count(item) < 2:
            return None
    if _qualified_alone([_qualifiers(parse(f"{word} {item}.")[1]) for item in items]):
        return None  # "... or standing for long periods at work": maybe every item's
    if match["soft"]:
        # "Try to avoid sitting for long periods, ...": each row keeps the "try"; a bare
        # "Avoid sitting for long periods." makes what the reader is asked to try a rule
        word = f"{match['soft'].capitalize()} to {word.lower()}"
    return [f"{word} {item}" for item in items]


def _qualifiers(verb) -> set[str]:
    """What an action says of when, where or how, as phrases of its own after it ("swim in the
    sea": {"in"}; a noun said as one, "every day", is "npadvmod"). A phrase that says when or
    how long is "time" whatever its word ("lie on the beach in the afternoon": {"on", "time"}),
    so a place said with the same word ("sit in the sun") is never taken for a time."""
    return {
        ("time" if _says_a_time(child) else child.lower_) if child.dep_ == "prep" else child.dep_
        for child in verb.children
        if child.dep_ in {"prep", "npadvmod"} and child.i > verb.i
    }


# When, said with "at" ("at night", "at weekends", "at 6pm"), which grammar's `only_a_lead_in`
# leaves to a condition's words.
_AT_A_TIME = re.compile(
    r"at\s+(?:night|bedtime|midnight|midday|noon|lunchtime|weekends?|the weekend|\d)\b",
    re.IGNORECASE,
)


def _says_a_time(preposition) -> bool:
    """Whether a phrase (its preposition) says when or how long ("in the afternoon", "on the day
    of your test", "at night", "for a long time"), not where or how ("in the sun")."""
    doc = preposition.doc
    phrase = doc[preposition.left_edge.i : preposition.right_edge.i + 1].text
    return (
        only_a_lead_in(phrase)
        or _AT_A_TIME.match(phrase) is not None
        or any(_a_while_said(child) for child in preposition.children)
    )


def _time_phrases(verb) -> list[str]:
    """The phrases after an action that say when or how long (`_says_a_time`)."""
    doc = verb.doc
    return [
        doc[child.left_edge.i : child.right_edge.i + 1].text
        for child in verb.children
        if child.dep_ == "prep" and child.i > verb.i and _says_a_time(child)
    ]


def time_after_a_ban_list(sentence: str) -> str | None:
    """The time said after the last of a list of bans that is every ban's ("Do not sit in the
    sun, swim in the sea or lie on the beach in the afternoon": "in the afternoon"), when no ban
    before says a time of its own; else None. A row of an earlier ban without it bans it for
    ever. The list ends where ", but" and a clause of its own start ("..., but you can carry
    light bags after 2 weeks": the weeks are the carrying's)."""
    if (but := _BUT_A_CLAUSE.search(sentence)) is not None:
        sentence = sentence[: but.start()]
    match = _SHARED_NEGATION.match(sentence.strip())
    avoiding = _SHARED_AVOIDING.match(sentence.strip()) if match is None else None
    if match is None and avoiding is None:
        return None
    listed = match.group(3) if match is not None else avoiding["list"]
    word = "Do not" if match is not None else avoiding["head"].capitalize()
    items = [item.strip() for item in _ITEM_SEPARATOR.split(listed) if item.strip()]
    if len(items) < 2:
        return None

    def verbs(item: str) -> list:
        doc = parse(f"{word} {item}.")
        if avoiding is not None:
            return [doc[1]] if len(doc) > 2 else []  # "Avoid lying ...": the doing's own
        return [t for t in doc if t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT"]

    last = [phrase for verb in verbs(items[-1]) for phrase in _time_phrases(verb)]
    if not last or not items[-1].rstrip(" .!").endswith(last[-1]):
        return None
    if any(_time_phrases(verb) for item in items[:-1] for verb in verbs(item)):
        return None  # "Do not drink tea in the evening, ... or watch television at night"
    return last[-1]


def _item_qualifiers(item: str) -> set[str]:
    """The qualifiers of an action of a "do not" list (`_qualifiers`)."""
    roots = [t for t in parse(f"Do not {item}.") if t.dep_ == "ROOT"]
    return set().union(*(_qualifiers(root) for root in roots))


def _qualified_alone(qualified: list[set[str]]) -> bool:
    """Whether, of a list's actions with these qualifiers, only the last has one that may be
    every action's ("Do not chew gum or suck sweets on the day"): a row of the others alone
    would ban them for ever. Not where actions before say their own the same ways ("sit for
    long periods, cross your legs or stand still for a long time": each says its own how long,
    and the last's is its own too; "... or standing for long periods at work" is not)."""
    last = qualified[-1]
    if "time" in last and not any("time" in earlier for earlier in qualified[:-1]):
        # "Do not sit in the sun, swim in the sea or lie on the beach in the afternoon": a place
        # said by each ban before is no time of its own; the afternoon may be every ban's
        return True
    if not last or all(qualified[:-1]):
        return False
    return not last <= set().union(*qualified[:-1]) - {"npadvmod"}


def _is_instruction(part: str, plain: PlainWords) -> bool:
    """Whether a part tells the reader to do something ("Gently stop", "Do not push"), or not
    to, however it says so ("You must not drive": grammar's `is_negative_instruction`, the one
    definition of a ban)."""
    if read(part).mood == "instruction" or is_negative_instruction(part):
        return True
    tokens = [re.sub(r"\W", "", token.lower()) for token in part.split()]
    while tokens and _ADVERB.match(tokens[0]) and tokens[0] not in plain.verbs:
        tokens.pop(0)
    return bool(tokens) and (tokens[0] in plain.verbs or tokens[:2] == ["do", "not"])


# ---- split forms for long sentences: each keeps every number, "not" and condition -----------

_EXAMPLES_ASIDE = re.compile(r",\s+(?:such as|for example|e\.g\.|like)\s+([^,;:–]+?),\s+")


def examples_aside(sentence: str, limit: int) -> list[str] | None:
    """ "Stop taking medicines that cause constipation, such as loperamide or codeine, unless
    your doctor tells you not to": the examples between commas become a row of their own after
    the sentence ("For example, loperamide or codeine."), and the sentence keeps its condition
    whole. Only in a sentence over `limit`, only examples with no "not" of their own, and not
    examples of one thing in a list of alternatives ("15g of sugar, for example 5 glucose
    tablets, or 150ml of juice": moved after it, they read as one more). None when the sentence
    has no such aside."""
    match = _EXAMPLES_ASIDE.search(sentence)
    if word_count(sentence) <= limit or match is None or _NEGATION_WORD.search(match.group(1)):
        return None
    if says_what_it_is_like(sentence, match.start(1)):
        return None
    if _alternatives_after(sentence[match.end() :]):
        return None
    if _examples_go_on(sentence, match.end()):
        return None
    if _closes_an_opening_condition(sentence, match):
        return None
    rest = sentence[: match.start()] + " " + sentence[match.end() :]
    return [rest, f"{EXAMPLES_ROW_OPENING} {match.group(1).strip()}."]


def _closes_an_opening_condition(sentence: str, aside: re.Match) -> bool:
    """Whether examples between commas end the condition the sentence opens with ("If you take
    medicines that thin your blood, such as aspirin or warfarin, tell the nurse"): lifted out,
    the condition had run into its instruction with no comma ("If you take medicines that thin
    your blood tell the nurse ..."), the examples last, read as the nurse's or the biopsy's."""
    opening = read(sentence).condition_span
    if opening is None or opening[0] != 0 or "," in sentence[: aside.start()]:
        return False
    rest = _THEN.sub("", sentence[aside.end() :], count=1)
    # "..., please tell the nurse", "..., you must stop them": the sentence's own clause
    return _starts_an_instruction(rest) or rest.split(" ", 1)[0].lower() in _CLAUSE_OPENERS


def _after_what_they_show(parts: list[str], examples: str, sentence: str) -> list[str]:
    """The examples row put right after the part that says what they are examples of (the words
    just before them in `sentence`): "For example, a full washing basket or shopping bags." had
    come after "This could strain your wound.", examples of the strain. After a lead-in they
    would be what it leads into, so they stay last, as they are where no part says those words
    (a condition the sentence opens with keeps them: `_closes_an_opening_condition`)."""
    aside = _EXAMPLES_ASIDE.search(sentence)
    before = [word.lower() for word in words(sentence[: aside.start()])][-2:] if aside else []
    for index, part in enumerate(parts):
        said = [word.lower() for word in words(part)]
        if before and any(said[i : i + len(before)] == before for i in range(len(said))):
            if part.rstrip().endswith(":"):
                break
            return [*parts[: index + 1], examples, *parts[index + 1 :]]
    return [*parts, examples]


def _doings_go_on(sentence: str, start: int, doc) -> bool:
    """Whether examples that are things done ("such as getting up, eating and going to bed")
    go on past the comma at `start` with one more ("eating"): a list of doings, which the
    parser reads as verbs, not the sentence going on."""
    markers = list(re.finditer(r"\b(?:such as|for example|e\.g\.|like)\s+", sentence[:start]))
    if not markers:
        return False
    first = next((t for t in doc if t.idx >= markers[-1].end()), None)
    following = next((t for t in doc if t.idx >= start), None)
    return (first is not None and following is not None and first.tag_ == "VBG"
            and following.tag_ == "VBG")


def _examples_go_on(sentence: str, start: int) -> bool:
    """Whether the list of examples goes on past the comma after its first: "another format,
    such as large print, easy read or another language, please ..." (its "large print" alone
    had been moved), "calcium every day, for example milk, cheese, yoghurt and tofu" (moved,
    "milk" left "Eat foods rich in calcium every day cheese, yoghurt and tofu", the frequency
    on the examples). It goes on to an "and" or "or" of a list said before the sentence goes
    on: before a verb (in the whole sentence's parse: a lone "cheese" may be read as one) or a
    part of its own after a comma ("..., such as water or black tea, until 2 hours before")."""
    end = re.compile(r"[;:–]|\.(?:\s|$)").search(sentence, start)
    stop = end.start() if end else len(sentence)
    doc = parse(sentence)
    if _doings_go_on(sentence, start, doc):
        return True
    for token in doc:
        if not start <= token.idx < stop:
            continue
        describes = token.dep_ == "amod" or (  # "tinned sardines", "boiled eggs"
            token.tag_ in {"VBN", "VBG"}
            and token.i + 1 < len(doc)
            and doc[token.i + 1].pos_ in {"NOUN", "PROPN"}
        )
        if token.pos_ in {"VERB", "AUX"} and not describes:
            return False
        after_a_comma = token.i and doc[token.i - 1].text == ","
        if after_a_comma and token.pos_ in {"ADP", "SCONJ"}:
            return False  # "until 2 hours before", "for 2 days", "if ..."
        if token.lower_ in {"and", "or"}:
            return True
    return False


_BRACKETED = re.compile(r"\s*\(([^()]+)\)")
# A blank to fill in, as `marked_text` writes it: "(blank for units)", "(blank to fill in)",
# "Name (blank)". It stands where the reader writes, so it never leaves its sentence.
_BLANK = re.compile(r"^blank\b", re.IGNORECASE)


def sentences_in_brackets(sentence: str) -> list[str] | None:
    """ "Fibre is the part of plant food your body cannot digest (a low-fibre diet is also called
    a low-residue diet. Do not follow it for longer than 2 days unless your doctor tells you
    to)": brackets that end the sentence and hold sentences of their own, or a ban, had stayed
    one 36-word row, the ban hidden in its aside. Each is a row after the sentence, a ban with
    its condition. Brackets inside the sentence, or words that are no sentence alone, stay."""
    match = next(
        (found for found in _BRACKETED.finditer(sentence) if not _BLANK.match(found.group(1))),
        None,
    )
    if match is None or re.search(r"\w", sentence[match.end() :]):
        return None
    inside = match.group(1).strip()
    said = [part.strip() for part in sentences(inside.rstrip(" .") + ".") if part.strip(" .")]
    if len(said) < 2 and not re.match(r"(?:do not|don't|never)\b", inside, re.IGNORECASE):
        return None
    rest = (sentence[: match.start()] + sentence[match.end() :]).strip()
    if not all(stands_alone(_as_sentence(part)) for part in [rest, *said]):
        return None
    return [_as_sentence(rest), *(_as_sentence(part) for part in said)]


def bracket_as_row(sentence: str, limit: int) -> list[str] | None:
    """ "Paracetamol is safe at normal doses (up to 8 x 500 mg tablets in 24 hours)": words in
    brackets that end the sentence and say more about it become its next row ("This is up to 8
    x 500 mg tablets in 24 hours."). Not after a "not" (the brackets may be part of what not to
    do) or a condition (they may be part of it: "if you have a fever (38°C or above)"), not
    brackets that start with "or", "and" or "not", and never a blank to fill in ("your usual
    dose of (blank for units) may need ..."). Brackets inside the sentence explain the word
    before them ("your hip can dislocate (come out of its socket) more easily"), and brackets
    that read as an instruction ("Come out of its socket.") would tell the reader to do it:
    both stay where they are."""
    if word_count(sentence) <= limit or _NEGATION_WORD.search(sentence):
        return None
    match = next(
        (found for found in _BRACKETED.finditer(sentence) if not _BLANK.match(found.group(1))),
        None,
    )
    if match is None or _CONDITION_IN.search(sentence[: match.start()]):
        return None
    inside = match.group(1).strip()
    if word_count(inside) < 3 or re.match(r"(?:or|and|but|not)\b", inside, re.IGNORECASE):
        return None
    if re.search(r"\w", sentence[match.end() :]) or _starts_an_instruction(inside):
        return None
    aside = _fragment_to_sentence(inside)
    if not stands_alone(aside):
        return None  # "48 hours if you had a general anaesthetic": said only of the row above
    rest = (sentence[: match.start()] + sentence[match.end() :]).strip()
    return [_as_sentence(rest), _as_sentence(aside)]


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# What may come before a command's verb: "Do not take it", "Please ring us", "Then rest".
_BEFORE_A_COMMAND = frozenset({"do", "not", "n't", "never", "please", "then", "also", "always"})


def stands_alone(text: str) -> bool:
    """Whether the words are a sentence a reader can take alone: a main verb with its own
    subject ("This is up to 8 tablets a day.") or a command ("Ring the ward."). Words that
    wait for another clause ("48 hours if you had a general anaesthetic": its verb is the
    condition's) or have no verb ("the tablets your pharmacist gave you") are not: cut from
    their sentence, they are said only of the row before."""
    doc = parse(text.strip().rstrip(".").strip() + ".")
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in {"VERB", "AUX"}:
        return False
    if any(child.dep_ == "mark" for child in root.children):
        return False
    if any(child.dep_ in _SUBJECT_DEPS for child in root.children):
        return True
    return root.tag_ == "VB" and all(t.lower_ in _BEFORE_A_COMMAND for t in doc[: root.i])


_CONDITION_LIST = re.compile(r"^(?P<told>.+?)\s+if\s+(?P<conditions>.+)$")
# Where one alternative condition ends and the next begins: ", or if", " or if", ", or"; and
# ", if" in a list of them closed by "or if" ("if you bleed, if your waters break, or if ...")
_NEXT_CONDITION = re.compile(r",\s+or\s+(?:if\s+)?|\s+or\s+if\s+|,\s+if\s+(?=.*\bor\s+if\s)")


# "If you have any of these, call 999: coughing up blood, ...": a condition pointing at the
# things its sentence lists after the instruction's colon.
_CONDITION_OVER_A_LIST = re.compile(
    r"(?P<condition>(?:if|when|whenever)\s+[^,:;–]*\b(?:these|the following)\b[^,:;–]*),\s+"
    r"(?P<told>[^,:;–]+(?:,\s+[^,:;–]+)*?):\s+(?P<things>[^:;–]+?)\.?",
    re.IGNORECASE,
)


def condition_over_its_list(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """ "If you have any of these, call 999: coughing up blood, chest pain, or ..." had led in
    with "If you have any of these:" over "Call 999: coughing up blood, ...", the things to
    look out for read as what to call about. The instruction leads in with its condition
    ("Call 999 if you have any of these:", the form of "Ring the ward ... if:") and the
    things follow as written, on one row: a list joined by "or" is never cut into things each
    read alone. A lead-in over `limit` is the condition's alone, the instruction after the
    things. None when the instruction is no instruction."""
    match = _CONDITION_OVER_A_LIST.fullmatch(sentence.strip())
    if match is None or not _is_instruction(match.group("told"), plain):
        return None
    condition = match.group("condition")
    told = match.group("told")
    things = _as_sentence(match.group("things"))
    lead = f"{told[0].upper()}{told[1:]} {condition[0].lower()}{condition[1:]}:"
    if word_count(lead) > limit:
        # the condition over its things, and then what to do about them
        return [f"{condition}:", things, _as_sentence(told)]
    return [lead, things]


def conditions_as_list(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """ "Call the team on 0114 226 5000 if your skin breaks, weeps or blisters, or if you have a
    temperature of 38°C or above": the instruction leads in with its "if" ("Call the team on
    0114 226 5000 if:") and each condition is a row of its own after it, so none is read
    without the instruction and the instruction is never read without its "if". Only alternative
    conditions (", or if", ", or" before a clause), each a clause with its own subject ("Call 999
    if you lose control of your bladder, or feel numb" gives the second its "you", never to
    an instruction's verb: "or ask your GP" is what to do), after an instruction over `limit`
    with no "not"."""
    match = _CONDITION_LIST.match(sentence.strip().rstrip("."))
    if word_count(sentence) <= limit or match is None:
        return None
    told = match.group("told").strip(" ,")
    if not _is_instruction(told, plain) or STRONG_CONDITION_IN.search(told):
        return None
    if _NEGATION_WORD.search(told):  # the meaning check reads a "not" as reaching the list
        return None
    conditions = match.group("conditions")
    items = [item.strip(" ,") for item in _NEXT_CONDITION.split(conditions)]
    if len(items) < 2 or not _has_subject_after_if(f"{told} if {items[0]}."):
        return None
    # the conditions said after an "if" of their own: each a clause, never a thing that takes
    # the first one's verb ("if your wound leaks" is no "You have your wound leaks.")
    own_if = {
        item for item, joint in zip(items[1:], _NEXT_CONDITION.findall(conditions), strict=True)
        if re.search(r"\bif\s*$", joint)
    }
    if not _negation_kept_in_its_condition(told, items, own_if):
        return None
    items = [part for item in items[:-1] for part in _listed_before_or(told, item)] + items[-1:]
    subject = items[0].split()[0]
    listed: list[str] = []
    for index, item in enumerate(items[1:], start=1):
        if item in own_if:
            continue
        if _only_a_thing(item) or (
            subject.lower() == "you" and not can_be_a_verb(item.split()[0])
            and not _has_subject_after_if(f"{told} if {item}.")
        ):
            # "... if you have a sore throat, mouth ulcers, or unexplained bruising": a thing
            # the first condition's verb has too ("You unexplained bruising." had been a row);
            # "difficulty breathing" is a thing, though the model reads "breathing" as a verb:
            # a word that is never a verb cannot follow "you" ("You difficulty breathing.")
            if "," in items[index - 1]:
                # the last of a list of things the row before has ("a rash, swelling of your
                # lips or face, or difficulty breathing"): one list, kept with its "or", never
                # "You get a rash, swelling of your lips or face." over the last thing alone
                items[index - 1] = f"{items[index - 1]}, or {item}"
                listed.append(item)
                continue
            items[index] = f"{_subject_and_verb(items[0])} {item}"
            continue
        if _has_subject_after_if(f"{told} if {item}."):
            continue
        # "or ask your GP" may be an instruction of its own rather than a condition: a verb that
        # starts instructions is never made a condition
        if item.split()[0].lower() in plain.verbs:
            return None
        # "if your child has a temperature, is very sleepy, or ...": the first one's subject,
        # "you" or the one it names, said again
        said = "you" if subject.lower() == "you" else _subject_of(items[0])
        if not said or not _has_subject_after_if(f"{told} if {said} {item}.") or (
            said != "you" and "you" in agents(sentence).get(_first_verb_lemma(item), set())
        ):
            # the parser reading "starts to leak" of "if your wound ..., starts to leak" as the
            # reader's: the check would read the row as changing who does it; kept whole
            return None
        items[index] = f"{said} {item}"
    items = [item for item in items if item not in listed]
    return [f"{told} if:", *(_as_sentence(item) for item in items)]


def _negation_kept_in_its_condition(told: str, items: list[str], own_if: set[str]) -> bool:
    """Whether each "not" of a list of conditions stays in its own ("... if it bleeds a lot, or
    if it has not worked for 24 hours"): a condition with its own subject, itself after its own
    "if" unless first, with none after it that could share it (each after an "if" of its own).
    "... if you do not feel better, or have a rash" may mean "do not have a rash" too, as may
    "if you have not eaten, drunk or passed urine" of its own list."""
    for index, item in enumerate(items):
        if not _NEGATION_WORD.search(item):
            continue
        if index and item not in own_if or not _has_subject_after_if(f"{told} if {item}."):
            return False
        if re.search(r",|\b(?:or|and)\b", item, re.IGNORECASE) or any(
            later not in own_if for later in items[index + 1 :]
        ):
            return False
    return True


def _listed_before_or(told: str, item: str) -> list[str]:
    """The conditions of "A, B, or C" that come before its "or", one apiece: "you pass a lot of
    blood, have severe tummy pain" of "Call us if you pass a lot of blood, have severe tummy
    pain, or have a high temperature" is two conditions, either enough; as one row, "You pass a
    lot of blood, have severe tummy pain.", they read as both needed. Split only where each
    part after a comma is a doing ("have severe tummy pain"), never a thing ("mouth ulcers"),
    and the last part has no "or" or "and" of its own ("bleeds, leaks or smells" is one list)."""
    parts = [part.strip() for part in item.split(", ")]
    if len(parts) < 2 or re.search(r"\b(?:or|and)\b", parts[-1], re.IGNORECASE):
        return [item]
    named = _subject_of(parts[0])  # "your child has ..., is very sleepy": "your child is"
    for part in parts[1:]:
        if named and not _only_a_thing(part) and _has_subject_after_if(
            f"{told} if {named} {part}."
        ):
            continue
        if _only_a_thing(part) or not can_be_a_verb(part.split()[0]):
            return [item]
        if not _has_subject_after_if(f"{told} if {part}.") and not _has_subject_after_if(
            f"{told} if you {part}."
        ):
            return [item]
    return parts


def _only_a_thing(words: str) -> bool:
    """Whether words alone are a thing, not an action ("unexplained bruising", "a rash")."""
    root = next((t for t in parse(words) if t.dep_ == "ROOT"), None)
    return root is not None and root.pos_ in {"NOUN", "PROPN", "NUM"}


def _first_verb_lemma(words: str) -> str:
    """The lemma of the first word of words that opens with a verb ("starts to leak": start)."""
    doc = parse(f"It {words}")
    return doc[1].lemma_.lower() if len(doc) > 1 else ""


def _subject_of(clause: str) -> str:
    """A clause's subject, when it opens it and names someone or something ("your child" of
    "your child has a temperature"); "" for none, or a pronoun other than "you"."""
    doc = parse(clause)
    subject = next((t for t in doc if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" or subject.head.pos_ not in {"VERB", "AUX"}:
        return ""
    words = doc[subject.left_edge.i : subject.i + 1]
    return words.text if words.start == 0 else ""


def _subject_and_verb(clause: str) -> str:
    """A clause's words up to its verb: "you have" of "you have a sore throat"."""
    doc = parse(clause)
    verb = next((t for t in doc if t.pos_ in {"VERB", "AUX"}), None)
    return doc[: verb.i + 1].text if verb is not None else clause.split()[0]


def _has_subject_after_if(sentence: str) -> bool:
    """Whether the parser reads the words after "if" as a clause with a verb and its subject."""
    return any(
        t.lower_ == "if"
        and t.dep_ == "mark"
        and t.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_.startswith("nsubj") and c.i > t.i for c in t.head.children)
        for t in parse(sentence)
    )


def _purpose_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """ "Slide your foot back under the chair to bend your knee as far as you can": what an
    instruction is for is a sentence of its own ("This will bend your knee as far as you can."),
    only where the parser reads "to ..." as the purpose of the sentence's own instruction (never
    "try to", "want to", nor "a test to look at ...", whose doer is unclear)."""
    doc = parse(sentence)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or not _is_instruction(sentence, plain):
        return []
    return [
        (match.start(), match.start(1), "this will")
        for match in re.finditer(r",?\s+to\s+(\w+)", sentence)
        if any(
            t.idx == match.start(1) and t.dep_ == "advcl" and t.head == roots[0] and t.tag_ == "VB"
            and not _joined_after_a_purpose(t)
            # "to cool them down and give them plenty of drinks": "This will give them ..."
            # had made the reader's next action the flannel's (`purpose_scope_in_doubt`)
            and reader_verb_in_a_purpose(t, plain) is None
            for t in doc
        )
        and not _examples_after(sentence, match.end())
    ]


_EXAMPLES_MARK = re.compile(r"\b(?:for example|for instance|such as|e\.g\.|including)\b", re.I)
# ... and such examples after a comma, as a purpose may have them
_EXAMPLES_START = re.compile(rf",\s*{_EXAMPLES_MARK.pattern}", re.I)


def _examples_after(sentence: str, start: int) -> bool:
    """Whether examples follow a purpose ("... painkillers to ease the pain in their throat,
    for example paracetamol or ibuprofen"): they may be of the thing before it, so cut at the
    purpose they had become examples of the pain ("This is to ease the pain ..., for example
    paracetamol or ibuprofen.")."""
    return _EXAMPLES_START.search(sentence, start) is not None


def _joined_after_a_purpose(purpose) -> bool:
    """ "It gives you ideas to help with everyday life and tells you where to get support": an
    action after the purpose, joined by "and" to the verb the purpose is of (or, misread, to
    the purpose but said of the subject: "tells"), is the subject's. Cut at "to help", it went
    with the purpose ("This is to help ... and tells you ..."), done by nobody."""
    return any(
        c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > purpose.i
        for c in purpose.head.children
    ) or any(c.dep_ == "conj" and c.tag_ in {"VBZ", "VBD"} for c in purpose.children)


_TIME_PREPOSITIONS = frozenset({"for", "during", "in", "after", "before", "from", "over", "within"})


def time_first(sentence: str, limit: int) -> list[str] | None:
    """ "For the first 6 weeks after your operation your new hip can dislocate if you bend it too
    far": a time said first, before the sentence's subject, leads in ("For the first 6 weeks
    after your operation:") and the sentence follows whole, with its own condition."""
    doc = parse(sentence)
    first = doc[0] if len(doc) else None
    if word_count(sentence) <= limit or first is None or first.lower_ not in _TIME_PREPOSITIONS:
        return None
    root = first.head
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if first.dep_ != "prep" or root.dep_ != "ROOT" or not subjects:
        return None
    before = doc[: subjects[0].left_edge.i]
    said_when = {t for c in root.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree}
    if not all(t in said_when or t.is_punct for t in before) or not len(before):
        return None
    last = [t for t in before if not t.is_punct][-1]
    end = last.idx + len(last)
    lead, rest = sentence[:end].strip(), sentence[end:].strip(" ,")
    if word_count(lead) < 3 or word_count(rest) < 3:
        return None
    if re.search(r",?\s+but\s+|;|\s[–-]\s|,\s+so\s+", rest):
        # "After 2 weeks you can start walking, but avoid swimming until ...": the avoiding
        # starts now, and a lead-in would put it under "After 2 weeks:"
        return None
    return [f"{lead}:", rest[0].upper() + rest[1:]]


def lead_in_first(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """ "For 24 hours after your sedation, do not drive, drink alcohol, use machinery or sign
    legal papers": how long or when, said before an instruction with no subject, leads in
    ("For 24 hours after your sedation:") over the instruction's rows. Cut at its comma, it had
    been "For 24 hours after your sedation." over "Do not drive, ...": bans for ever. A lead-in
    of a condition ("If", "While", "Until") is `_condition_first`'s; a "but", ", so", a
    semicolon or a dash after it may end its reach, so such a sentence is not led in here."""
    if word_count(sentence) <= limit or (lead := lead_in_before(sentence)) is None:
        return None
    if lead.split(" ", 1)[0].lower() in CONDITION_WORDS | {"once", "whenever"}:
        return None
    rest = sentence[len(lead) :].strip(" ,")
    if word_count(rest) < 3 or not _is_instruction(rest, plain):
        return None
    if re.search(r",?\s+but\s+|;|\s[–-]\s|,\s+so\s+", rest):
        return None
    return [f"{lead}:", rest[0].upper() + rest[1:]]


# A time said last, after a comma, that a reader can be told first: ", as soon as they feel able
# to", ", once you feel well enough", ", when they are eating well".
_TIME_SAID_LAST = re.compile(
    r",\s+(?P<word>as soon as|once|when|whenever)\s+(?P<clause>[^,;:–()]+?)\s*[.!]?$",
    re.IGNORECASE,
)


def time_last_first(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """ "Encourage your child to eat normal food, such as toast, cereal and pasta, as soon as
    they feel able to": a time said last of one instruction leads in ("As soon as they feel able
    to:"), as a condition does, and the instruction follows, its examples after it ("For
    example, toast, cereal and pasta."). Only for a sentence over `limit`, a time that is a
    clause of its own (a subject and a verb: "once" alone counts), and one instruction: "Rest
    and drink plenty, once you are home" may time both or the last, so it stays whole."""
    match = _TIME_SAID_LAST.search(sentence)
    if word_count(sentence) <= limit or match is None:
        return None
    clause = parse(match.group("clause"))
    if not any(t.dep_ in {"nsubj", "nsubjpass"} for t in clause) or not any(
        t.pos_ in {"VERB", "AUX"} for t in clause
    ):
        return None
    head = sentence[: match.start()]
    if (
        not _is_instruction(head, plain)
        or STRONG_CONDITION_IN.search(head)
        or hard_breaks(head)
        or action_joined_before(sentence, match.start() + 2, plain) is not None
        or re.search(r"\b(?:and|or)\s+(?:then\s+)?(?:" + "|".join(plain.verbs) + r")\b", head)
    ):
        return None
    lead = f"{match.group('word').capitalize()} {match.group('clause').strip()}:"
    # examples the instruction ends on, a list of things ("such as toast, cereal and pasta"):
    # a row of their own after it, as between commas (`examples_aside`)
    examples = re.search(r",\s+(?:such as|for example|e\.g\.)\s+([^,;:–()]+(?:,[^,;:–()]+)*)$",
                         head, re.IGNORECASE)
    if examples and not _NEGATION_WORD.search(examples.group(1)) and not any(
        t.pos_ in {"VERB", "AUX"} for t in parse(examples.group(1))
    ):
        told = head[: examples.start()]
        return [lead, *_ideas(told, plain, limit),
                f"{EXAMPLES_ROW_OPENING} {examples.group(1).strip()}."]
    return [lead, *_ideas(head, plain, limit)]


def purpose_first(sentence: str, limit: int) -> list[str] | None:
    """ "To refer yourself to the Falls Prevention Service, call 0300 300 2019 ...": what the
    instruction is for, said first, leads in ("To refer yourself ...:") and the instruction
    follows. Cut at its comma as any clause, it was a row with nothing to do in it."""
    if word_count(sentence) <= limit:
        return None
    doc = parse(sentence)
    if len(doc) < 2 or doc[0].lower_ != "to" or doc[1].tag_ != "VB":
        return None
    purpose = doc[1]
    if purpose.dep_ not in {"advcl", "xcomp"} or purpose.head.dep_ != "ROOT":
        return None
    comma = next((t for t in doc if t.text == "," and t.i > purpose.i), None)
    if comma is None or any(t.i > comma.i for t in purpose.subtree):
        return None
    lead, rest = sentence[: comma.idx].strip(), sentence[comma.idx + 1 :].strip()
    if word_count(lead) < 3 or word_count(rest) < 3 or not _starts_an_instruction(rest):
        return None
    return [f"{lead}:", rest[0].upper() + rest[1:]]


def gapped_clause(sentence: str, limit: int) -> list[str] | None:
    """Two statements sharing one verb, the second said without it: "Bleeding happens in about 1
    in 1,000 tests and a tear in the bowel in about 1 in 3,000 tests" -> "... A tear in the
    bowel happens in about 1 in 3,000 tests."; "You will need a blood test every 2 weeks for the
    first 3 months, then every 3 months" -> "... Then you will need a blood test every 3
    months." The second is written whole from the first, its words mirroring the first's from
    the same word on ("in about", "every"), so every number, "not" and unit stays where it was.
    None unless the part after "and" or "then" has no verb and mirrors the first like that."""
    if word_count(sentence) <= limit or _CONDITION_IN.search(sentence):
        return None
    doc = parse(sentence)
    for match in re.finditer(r",?\s+(?:and\s+then|and|then)\s+|,\s+then\s+", sentence):
        head, tail = sentence[: match.start()], sentence[match.end() :].rstrip(" .")
        if any(t.idx >= match.end() and t.pos_ in {"VERB", "AUX"} for t in doc):
            continue
        roots = [t for t in doc if t.dep_ == "ROOT" and t.idx < match.start()]
        if len(roots) != 1 or roots[0].pos_ not in {"VERB", "AUX"}:
            continue
        verb = roots[0]
        first = [t for t in doc if t.idx < match.start() and not t.is_punct]
        told = [t for t in tail.split()]
        then = "then" in match.group(0)
        rewritten = _mirror(first, verb, told, then)
        if rewritten:
            return [head, rewritten]
    return None




_TIME_WORDS = frozenset(
    """every each once for the first next last a an day days week weeks month months hour hours
    minute minutes year years morning mornings evening evenings night nights""".split()
)


def _mirror(first: list, verb, told: list[str], then: bool) -> str | None:
    """The second statement of a gapped pair written whole, or None (see `gapped_clause`): a
    subject of its own before everything said after the first's verb ("a tear in the bowel" +
    "happens" + "in about 1 in 3,000 tests"), or, after "then", a time that takes the place of
    the first's time and of nothing else ("every 3 months" for "every 2 weeks for the first 3
    months"; never "with food" lost with it)."""
    words = [t.text for t in first]
    if then and first[0].tag_ not in {"NNP", "NNPS"} and first[0].text != "I":
        words[0] = words[0].lower()  # "Then you will need ..."
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if subjects:
        subject_end = max(t.i for t in subjects[0].subtree)
        group = [t for t in first if subject_end < t.i <= verb.i]  # "will", "not", the verb
        p = first.index(verb) + 1
        for k in range(1, len(told) - 1):
            if [w.lower() for w in words[p : p + 2]] == [w.lower() for w in told[k : k + 2]]:
                said = " ".join(told[:k] + [t.text for t in group] + told[k:])
                return _as_sentence(f"then {said}" if then else said)
    if then and len(told) > 1 and told[0].lower() in {"every", "each", "once"}:
        for p in (i for i, t in enumerate(first) if t.i > verb.i):
            rest = [w.lower() for w in words[p:]]
            if rest[0] == told[0].lower() and all(w in _TIME_WORDS or w.isdigit() for w in rest):
                return _as_sentence("then " + " ".join(words[:p] + told))
    return None


# An exception said after a comma: ", except in an emergency", ", apart from paracetamol".
_EXCEPT_AFTER_A_COMMA = re.compile(
    r",\s+(?:except|apart from|other than|excluding)\b", re.IGNORECASE
)
_PREPOSITION = re.compile(r"\b(?:of|at|in|on|into|to|for|with|about|from)\b", re.IGNORECASE)


def list_as_rows(sentence: str, limit: int) -> list[str] | None:
    """ "A gastroscopy is a test to look at the inside of your food pipe, stomach and the first
    part of your small bowel": a list of three or more things joined by "and" that ends the
    sentence becomes a lead-in ("... the inside of:") and a row for each thing. The list starts
    after a colon before its first comma ("Get everything ready: a new bag cut to size, dry
    wipes, ..."), else after the last preposition before it, and only where the parser reads
    every thing as that preposition's object ("cut to size, dry wipes, ..." is no list of what
    the bag is cut to; "between your lung and your chest wall" no list of what was treated).
    Never a list joined by "or" (one of them is not all of them), one with an action in it, nor
    in a sentence with a condition."""
    if word_count(sentence) <= limit or _CONDITION_IN.search(sentence):
        return None
    found = _listed(sentence)
    if found is None:
        return None
    lead, items = found
    if word_count(lead) < 3 or word_count(lead) > limit:
        return None
    return [f"{lead}:" if not lead.endswith(":") else lead, *(_as_sentence(i) for i in items)]


def _listed(sentence: str) -> tuple[str, list[str]] | None:
    """(the lead-in, the things) of a list of things joined by "and" that ends a sentence (see
    `list_as_rows`), or None when the sentence has none, or none the parser agrees is one."""
    body = sentence.strip().rstrip(".")
    first, comma, rest = body.partition(", ")
    if not comma or _inside_brackets(body, len(first)):
        return None
    colon = re.search(r":\s+", first)
    openers = list(_PREPOSITION.finditer(first))
    if colon is not None and not _inside_brackets(body, colon.start()):
        opener_end = colon.end()
        lead = first[: colon.start() + 1]
    elif openers:
        opener_end = openers[-1].end()
        lead = first[:opener_end]
    else:
        return None
    if re.search(r"[;:–()]|\bor\b", body[opener_end:]):
        return None  # alternatives, a clause of its own, or brackets, whose commas are no list
    if _EXAMPLES_MARK.search(body[opener_end:]):
        # "Have 3 portions of calcium-rich food every day, for example a glass of milk, a small
        # pot of yoghurt and ...": the things are examples of the food, no list of what to have
        # 3 portions of ("Have 3 portions of:" over "Calcium-rich food every day.")
        return None
    *middle, last = rest.split(", ")
    if " and " not in last:
        return None
    before_and, _, final = last.rpartition(" and ")
    items = [first[opener_end:], *middle, before_and, final]
    items = [item.strip() for item in items if item.strip()]
    if len(items) < 3:
        return None
    doc = parse(sentence)
    listed = [t for t in doc if t.idx >= opener_end]
    if any(
        t.pos_ in {"VERB", "AUX"}
        # "a new bag cut to size": a participle that says what the thing is like
        and not (t.tag_ == "VBN" and t.i and doc[t.i - 1].pos_ in {"NOUN", "PROPN"})
        for t in listed
    ):
        return None
    if any(re.match(r"(?:where|which|who|whose|that|when)\b", item, re.I) for item in items):
        return None  # "a pneumothorax, where air leaks ...": what it is, not one more thing
    if re.search(r"\bbetween\b", before_and.rpartition(", ")[2], re.IGNORECASE):
        return None  # "between your lung and your chest wall", "between 9am and 11am": one place
    if colon is None and not _object_of(doc, opener_end, len(lead) + len(items[0]) + 1):
        return None
    if colon is None and _list_of_an_earlier_preposition(doc, openers):
        return None
    return lead, items


def _list_of_an_earlier_preposition(doc, openers: list[re.Match]) -> bool:
    """Whether the list may be the objects of an earlier preposition as well as of the last:
    "help with travel costs to hospital, free prescriptions and benefits" had become "help
    with travel costs to:" over "Benefits.", though the help is with benefits. Where only a
    thing's words ("travel costs") stand between the two, the first item may be the whole
    "travel costs to hospital", and no lead-in can say which; the sentence is not made a list.
    An "of" ("the inside of your food pipe, stomach and ...") says what the thing is of."""
    if len(openers) < 2 or openers[-1].group(0).lower() == "of":
        return False
    between = [
        token for token in doc
        if openers[-2].end() <= token.idx and token.idx + len(token.text) <= openers[-1].start()
    ]
    return bool(between) and all(
        token.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"} for token in between
    ) and any(token.pos_ in {"NOUN", "PROPN"} for token in between)


def _object_of(doc, opener_end: int, first_end: int) -> bool:
    """Whether the parser reads the first thing of a list (up to `first_end`) as the object of
    the preposition ending at `opener_end`: in "cut to size, dry wipes, ..." the "to" is no
    preposition whose objects the list is."""
    preposition = next((t for t in doc if t.idx + len(t.text) == opener_end), None)
    if preposition is None or preposition.pos_ != "ADP":
        return False
    return any(c.dep_ == "pobj" and c.idx < first_end for c in preposition.children)


_KEPT_POSITION = re.compile(
    r"\s+with\s+(your\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:out|up|down|straight|bent|flat|"
    r"together|apart|crossed|raised|relaxed|level|against|on|behind|under|over|in front)\b.*)$",
    re.IGNORECASE,
)


def position_as_row(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """ "Sit on the edge of the bed with your operated leg out in front of you": how to hold the
    body while doing it is a row of its own ("Keep your operated leg out in front of you.").
    Only after an instruction with no "not" or condition (in "Do not sit with your legs
    crossed" the crossed legs are what not to do)."""
    match = _KEPT_POSITION.search(sentence.rstrip(" ."))
    if word_count(sentence) <= limit or match is None or not _is_instruction(sentence, plain):
        return None
    if _NEGATION_WORD.search(sentence) or _CONDITION_IN.search(sentence):
        return None
    return [_as_sentence(sentence[: match.start()]), _as_sentence(f"keep {match.group(1)}")]


# The words before a thing that say it is one thing the sentence describes, not which of many.
_ONE_THING = frozenset({"a", "an", "the", "this", "that", "your", "their", "his", "her", "its"})


def what_it_has_as_row(sentence: str, limit: int) -> list[str] | None:
    """ "A thin, bendy tube with a small camera on the end is passed through your mouth": what
    the subject has is a sentence of its own ("The tube has a small camera on the end.")."""
    if word_count(sentence) <= limit:
        return None
    doc = parse(sentence)
    for token in doc:
        if token.lower_ != "with" or token.head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        thing = token.head
        if thing.pos_ != "NOUN" or _NEGATION_WORD.search(sentence):
            return None
        if not any(child.dep_ in {"det", "poss"} and child.lower_ in _ONE_THING
                   for child in thing.children):
            # "Many people with heart failure live full lives", "People with diabetes should
            # check their feet": the "with" says which people, and without it the sentence is
            # said of everyone ("The people have heart failure." had been a row)
            return None
        span = list(token.subtree)
        start, end = span[0].idx, span[-1].idx + len(span[-1])
        # words between what it has and the verb ("with a camera on the end is passed", "on the
        # end" given to the tube by the parser) go with what it has: left behind, the tube had
        # been "on the end"
        verb = next((t for t in doc[span[-1].i + 1 :] if t.pos_ in {"AUX", "VERB"}), None)
        if verb is None or any(t.is_punct for t in doc[span[-1].i + 1 : verb.i]):
            return None
        if verb.i > span[-1].i + 1:
            end = doc[verb.i - 1].idx + len(doc[verb.i - 1])
        rest = (sentence[:start].rstrip() + " " + sentence[end:].lstrip(" ,")).strip()
        has = "have" if thing.tag_ == "NNS" else "has"
        what = sentence[span[1].idx : end]
        return [_as_sentence(rest), _as_sentence(f"the {thing.text} {has} {what}")]
    return None


def stray_verbs(doc) -> list[tuple]:
    """(verb, main verb) for each verb the small parser joins to the verb of a clause inside the
    sentence though it agrees with the main verb instead: in "These changes usually start 2
    weeks after treatment begins and settle 4 weeks after it ends", "settle" is joined to
    "begins" but is what the changes do."""
    form = {"VB": "VBP"}  # "settle" and "start" are the same form of a verb
    found = []
    for verb in doc:
        inner = verb.head
        root = inner.head
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or inner.dep_ != "advcl":
            continue
        if root.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in root.children):
            continue
        if root.i > verb.i:
            # a main verb after it ("ring us and leave a message; they will call you back"):
            # the joined verb is the instruction's, not the later subject's
            continue
        if not any(c.dep_ == "cc" and c.i < verb.i for c in inner.children):
            continue
        own = form.get(verb.tag_, verb.tag_)
        if own == form.get(root.tag_, root.tag_) and own != form.get(inner.tag_, inner.tag_):
            found.append((verb, root))
    return found


def subject_of_a_stray_verb(sentence: str, limit: int) -> list[str] | None:
    """A stray verb (`stray_verbs`) in a long sentence starts a sentence of its own with the main
    verb's subject ("These changes usually settle 4 weeks after it ends."). Only in a sentence
    with no "not"."""
    if word_count(sentence) <= limit or _NEGATION_WORD.search(sentence):
        return None
    for verb, root in stray_verbs(parse(sentence)):
        subject = next(c for c in root.children if c.dep_ == "nsubj")
        said = [*subject.subtree]
        said += [c for c in root.children if c.dep_ in {"aux", "advmod"} and c.i < root.i]
        who = " ".join(t.text for t in sorted(said, key=lambda t: t.i))
        join = max(c.idx for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i)
        head = sentence[:join].rstrip(" ,")
        return [_as_sentence(head), _as_sentence(f"{who} {sentence[verb.idx :]}")]
    return None


_THING_IN_YOUR = re.compile(
    r"\b(?:through|into|in)\s+(?:a|an|the)\s+(?P<thing>(?:[a-z]+\s+){0,2}?[a-z]+)"
    r"(?P<where>\s+in\s+(?:your|the)\s+[a-z]+"
    r"(?:\s+(?!(?:before|after|so|when|while|if|until|because|and|to|for|up|down|back|out|"
    r"along|over|round|around|across|through)\b)[a-z]+){0,4}?)"
    r"(?=\s+(?:to|into|towards)\s|[,.;:]|$)",
    re.IGNORECASE,
)


def where_a_thing_is_as_row(sentence: str, limit: int) -> list[str] | None:
    """ "A thin tube is passed through a blood vessel in your wrist or groin to your heart": where
    the thing is becomes a sentence of its own ("The blood vessel is in your wrist or groin."),
    said right after the sentence. Not after a "not" or in a sentence with a condition."""
    match = _THING_IN_YOUR.search(sentence.rstrip(" ."))
    if word_count(sentence) <= limit or match is None or _NEGATION_WORD.search(sentence):
        return None
    if _CONDITION_IN.search(sentence):
        return None
    rest = sentence[: match.start("where")] + sentence[match.end("where") :]
    where = match.group("where").strip()
    return [_as_sentence(rest), _as_sentence(f"the {match.group('thing')} is {where}")]


_GIVING = frozenset({"give", "send", "lend", "bring"})


def what_a_gift_is_for(sentence: str, limit: int) -> list[str] | None:
    """ "We will give you two types of eye drops to use for 4 weeks after your operation": what
    the reader is given it for is a sentence of its own, said to the reader who does it ("You
    will use them for 4 weeks after your operation.")."""
    if word_count(sentence) <= limit or _NEGATION_WORD.search(sentence):
        return None
    if _CONDITION_IN.search(sentence):
        return None
    doc = parse(sentence)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].lemma_ not in _GIVING:
        return None
    root = roots[0]
    given_to = [c for c in root.children if c.dep_ == "dative" and c.lower_ == "you"]
    things = [c for c in root.children if c.dep_ == "dobj"]
    purposes = [
        c for c in root.children
        if c.dep_ == "advcl" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
    ]
    if not given_to or not things or not purposes:
        return None
    purpose = purposes[0]
    to = next(a for a in purpose.children if a.lower_ == "to")
    modal = [c.text.lower() for c in root.children if c.dep_ == "aux" and c.tag_ == "MD"]
    them = "them" if things[0].tag_ in {"NNS", "NNPS"} else "it"
    rest = sentence[purpose.idx + len(purpose) :].rstrip(" .")
    head = sentence[: to.idx].rstrip(" ,")
    return [_as_sentence(head), _as_sentence(" ".join(["you", *modal, purpose.text, them]) + rest)]


def whatever_as_row(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """ "Follow this timetable ..., whatever time your letter says to arrive": an instruction
    that holds whatever happens is said, then "Do this whatever time your letter says to
    arrive." Only after an instruction with no "not" or condition."""
    match = re.search(r",\s+(whatever|whenever|wherever)\s+", sentence)
    if word_count(sentence) <= limit or match is None:
        return None
    head = sentence[: match.start()]
    if not _is_instruction(head, plain) or _NEGATION_WORD.search(sentence):
        return None
    if _CONDITION_IN.search(sentence):
        return None
    return [_as_sentence(head), _as_sentence(f"do this {sentence[match.start(1) :]}")]


# Verbs whose object is the one who does the "to ...": "ask your nurse to show you" is not
# what the asking is for.
_TELLING_VERBS = frozenset(
    """ask tell want help allow let get expect remind encourage advise need like teach show invite
    force make cause enable persuade order warn prefer require urge""".split()
)


def _statement_purpose_points(sentence: str, plain: PlainWords) -> list[tuple[int, int, str]]:
    """ "You have had a plaster cast put on to hold your bone still while it heals": what a
    statement's action is for becomes "This is to hold your bone still while it heals." Only
    after the action has its object ("a plaster cast"), and never after a verb whose object
    does the "to ..." ("ask your nurse to show you")."""
    if _is_instruction(sentence, plain):
        return []
    points = []
    doc = parse(sentence)
    for match in re.finditer(r",?\s+to\s+(\w+)", sentence):
        for token in doc:
            if token.idx != match.start(1) or token.tag_ != "VB":
                continue
            head = token.head
            has_object = any(c.dep_ == "dobj" and c.i < token.i for c in head.children)
            if token.dep_ in {"advcl", "xcomp"} and has_object and (
                head.lemma_.lower() not in _TELLING_VERBS
            ) and not _joined_after_a_purpose(token) and not _examples_after(
                sentence, match.end()
            ):
                points.append((match.start(), match.start(1), "this is to"))
    return points


def _ideas(sentence: str, plain: PlainWords, limit: int) -> list[str]:
    if word_count(sentence) > limit and (why := _long_reason_in_rows(sentence, plain, limit)):
        return why
    if gives_examples(sentence) and (
        reason := _reason_after(sentence, 0)
    ) is not None:
        # "Avoid herbal remedies such as St John's Wort, as they can make apixaban work less
        # well": cut before its examples, the reason had stayed on them ("For example, St
        # John's Wort, as they can ..."), read as one more example. It is the instruction's
        return [sentence[:reason], _reason_row(sentence, reason)]
    if word_count(sentence) > limit and (apart := reason_set_apart(sentence)) is not None:
        return _around_a_reason(sentence, apart, plain, limit)
    if (aside := examples_aside(sentence, limit)) is not None:
        return _after_what_they_show(_ideas(aside[0], plain, limit), aside[1], sentence)
    if (bracketed := bracket_as_row(sentence, limit)) is not None:
        return _ideas(bracketed[0], plain, limit) + bracketed[1:]
    if (bracketed := sentences_in_brackets(sentence)) is not None:
        return [part for said in bracketed for part in _ideas(said, plain, limit)]
    if (listed := condition_over_its_list(sentence, plain, limit)) is not None:
        return listed
    if (listed := conditions_as_list(sentence, plain, limit)) is not None:
        return listed
    if (timed := time_first(sentence, limit)) is not None:
        return [timed[0], *_ideas(timed[1], plain, limit)]
    if (timed := lead_in_first(sentence, plain, limit)) is not None:
        return [timed[0], *_ideas(timed[1], plain, limit)]
    if (timed := time_last_first(sentence, plain, limit)) is not None:
        return timed
    if (purposed := purpose_first(sentence, limit)) is not None:
        return [purposed[0], *_ideas(purposed[1], plain, limit)]
    if (gapped := gapped_clause(sentence, limit)) is not None:
        return [part for said in gapped for part in _ideas(said, plain, limit)]
    if (listed := list_as_rows(sentence, limit)) is not None:
        return listed
    if (kept := position_as_row(sentence, plain, limit)) is not None:
        return [*_ideas(kept[0], plain, limit), kept[1]]
    if (has := what_it_has_as_row(sentence, limit)) is not None:
        return [part for said in has for part in _ideas(said, plain, limit)]
    for rewrite in (
        subject_of_a_stray_verb(sentence, limit),
        what_a_gift_is_for(sentence, limit),
        whatever_as_row(sentence, plain, limit),
        where_a_thing_is_as_row(sentence, limit),
        _first_cut(sentence, _statement_purpose_points, plain)
        if word_count(sentence) > limit
        else None,
    ):
        if rewrite is not None:
            return [part for said in rewrite for part in _ideas(said, plain, limit)]
    if (fronted := _condition_first(sentence, plain, limit)) is not None:
        return fronted
    if (shared := _shared_negation(sentence)) is not None:
        return shared
    if word_count(sentence) > limit and (after := _purpose_after_actions(sentence, plain)):
        return _ideas(after[0], plain, limit) + [after[1]]
    cut = _first_cut(sentence, _obliged_points, plain, any_scope=True)
    if cut is None:
        cut = _first_cut(sentence, _ban_after_but_points, plain)
    if cut is None:
        cut = _first_cut(sentence, _instruction_after_but_points, plain, any_scope=True)
    if cut is None:
        cut = _first_cut(sentence, _idea_points, plain)
    if cut is None and word_count(sentence) > limit:
        cut = _first_cut(sentence, _long_sentence_points, plain)
    if cut is None and word_count(sentence) > limit:
        cut = _first_cut(sentence, _reason_points, plain, any_scope=True)
    if cut is None and word_count(sentence) > limit:
        cut = _first_cut(sentence, _purpose_points, plain)
    if cut is None:
        return [sentence]
    head, tail = cut
    return _ideas(head, plain, limit) + _ideas(tail, plain, limit)



_BECAUSE_ROW = re.compile(r"This is because\s+", re.IGNORECASE)


def _long_reason_in_rows(sentence: str, plain: PlainWords, limit: int) -> list[str] | None:
    """A reason cut from its instruction and still too long ("This is because the sedation can
    slow down your reactions and make it harder for you to judge distances and speed.", 21
    words) cut as its own clause is, the "This is because" kept on its first row: "This is
    because the sedation can slow down your reactions." / "The sedation can make it harder for
    you to judge distances and speed." Only a reason with no "not" and no condition, cut into
    whole sentences; else None (kept whole, for a person)."""
    because = _BECAUSE_ROW.match(sentence)
    if because is None:
        return None
    clause = sentence[because.end() :]
    if _NEGATION_WORD.search(clause) or _CONDITION_IN.search(clause):
        return None
    parts = _ideas(_as_sentence(clause), plain, limit)
    if len(parts) < 2 or any(part.rstrip().endswith(":") for part in parts):
        return None
    first = parts[0]
    if first[:1].lower() == clause[:1].lower():
        first = clause[:1] + first[1:]  # its own case again: "the sedation", "NHS 111"
    return [f"{sentence[: because.end()]}{first}", *parts[1:]]


def _around_a_reason(sentence: str, apart: ReasonSetApart, plain: PlainWords, limit: int):
    """The rows of a sentence with a reason set apart in it (`reason_set_apart`). The reader's
    next action after ", and" is a row of its own after the reason ("Walk around as much as you
    can."). An action that a condition opening the sentence governs, one after ", then" or ",
    or", and an instruction after a condition are said with the rest of the sentence, the
    reason after them: under the reason, the condition would be lost, "Then sit upright ..."
    read as after what the reason says, "Or call the ward" as one more thing the nurse can do."""
    head, action = sentence[: apart.start], sentence[apart.end :]
    said = apart.said
    if not apart.joined:
        return _ideas(f"{head}, {action}", plain, limit) + [said]
    condition = read(head).condition_span
    if apart.joined != "and" or (condition is not None and condition[0] == 0):
        joint = " or " if apart.joined == "or" else f", {apart.joined} "
        return _ideas(f"{head}{joint}{action}", plain, limit) + [said]
    return _ideas(head, plain, limit) + [said] + _ideas(action, plain, limit)

_DOSE = re.compile(
    r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?"
    r"(mg|micrograms?|mcg|ml|g|units?|iu)\s+((?:[\w-]+\s+){0,2}?)(tablets?|capsules?|"
    r"injections?|sachets?|spoonfuls?|pens?|patch(?:es)?|drops?)\b",
    re.IGNORECASE,
)
# Units written in the singular before a noun ("an 800 unit tablet") and counted after a verb
# ("Each tablet is 800 units").
_COUNTED_UNITS = {"unit": "units", "microgram": "micrograms"}


def _separate_doses(sentence: str) -> tuple[str, list[str]]:
    """ "Take three 2.5 mg tablets" reads as 32.5 mg to some readers, "one 20,000 unit
    capsule" as 120,000: "Take 3 tablets." and "Each tablet is 2.5 mg." The dose is copied
    exactly (a unit counted in the plural: "800 units"); only the count becomes a digit, and
    words naming the tablet stay with it ("2 vitamin D tablets")."""
    extra: list[str] = []
    # "a dose of 7mg is one 5mg tablet and two 1mg tablets": two strengths of one kind of
    # tablet. "Each tablet is 5 mg." and "Each tablet is 1 mg." would contradict each other and
    # lose which tablets make the dose, so each count keeps its strength beside it ("1 tablet of
    # 5 mg and 2 tablets of 1 mg")
    strengths = {
        (m.group(2), m.group(3).lower().rstrip("s")) for m in _DOSE.finditer(sentence)
    }
    beside = len(strengths) > 1

    def rewrite(match: re.Match) -> str:
        count = NUMBER_WORDS.get(match.group(1).lower(), match.group(1))
        amount, unit, kind, thing = match.groups()[1:]
        if amount != "1":
            unit = _COUNTED_UNITS.get(unit.lower(), unit)
        one = thing[:-2] if thing.lower().endswith("ches") else thing.rstrip("sS")
        if count == "1":
            thing = one
        if beside:
            return f"{count} {kind}{thing} of {amount} {unit}"
        extra.append(f"Each {one.lower()} is {amount} {unit}.")
        return f"{count} {kind}{thing}"

    written = _DOSE.sub(rewrite, sentence)
    if written != sentence:
        written = _counts_as_figures(written)
    return written, extra


# "one" beside another count ("one or 2 tablets", "one to two"): a count, unlike "one side".
_ONE_BESIDE_A_COUNT = re.compile(r"\bone(?=\s+(?:or|to)\s+\d)", re.IGNORECASE)


def _counts_as_figures(sentence: str) -> str:
    """A sentence whose dose's count was made a figure with every count a figure: "... more than
    2 tablets at a time, or more than eight in 24 hours" counted the same tablets two ways."""
    written = _SPELLED_COUNT.sub(lambda m: NUMBER_WORDS[m.group(1).lower()], sentence)
    return _ONE_BESIDE_A_COUNT.sub("1", written)


_STEP_MARK = re.compile(r"([a-h]\))\s+(?=\S)")


# People "they" and "them" may name one of ("Ring your midwife and tell them ..."): a row
# cut after such a person never has its "them" made a thing of the sentence's.
_PEOPLE = frozenset(
    """nurse doctor gp consultant surgeon anaesthetist physiotherapist physio therapist midwife
    pharmacist dietitian specialist team child baby son daughter partner carer friend family
    relative someone anyone everyone person people staff teacher parent worker visitor
    practitioner health""".split()
)
# A pronoun that may stand for a thing named in the row before: whether that thing is plural
_PRONOUNS = {"them": True, "they": True, "it": False}
# A thing named with one of these words is no thing a pronoun can be said again as ("Take any
# tablets you have left ... and do not throw them away" is not "do not throw any tablets away")
_NOT_SAID_AGAIN = frozenset("any some no each every all another either neither one".split())
_TIME_NOUNS = frozenset("minute hour day week month year time morning evening night".split())


def _named_before_its_rows(part: str) -> str:
    """The "them" or "it" of a row that names no thing of its own before it ("Do not stop
    taking them unless you have been told to."), else "": said after a sentence cut into rows,
    its thing may be on any of them, or a lead-in's."""
    if part.rstrip().endswith(":"):
        return ""
    doc = parse(part)
    for token in doc:
        # (a contact is read as a word of its own: only a pronoun the row says)
        if not _stands_for_a_thing(token) or not re.search(rf"\b{token.lower_}\b", part, re.I):
            continue
        own, _ = _things_and_people(
            [chunk for chunk in doc.noun_chunks if chunk.end <= token.i], _PRONOUNS[token.lower_]
        )
        return "" if own else token.text
    return ""


def pronoun_referent(
    part: str, earlier: list[str], across: bool = False
) -> tuple[str, str | None] | None:
    """A pronoun of a row cut from its sentence ("them" in "Do not give them to anyone else")
    whose thing may be named only on an earlier row of that sentence ("Keep your tablets in
    their box"): alone beside its picture the row no longer says what it is about. Returns
    (the pronoun, the words for the one thing it can be, or None where more than one thing, or
    a person, may be meant); None where no earlier row names such a thing, or one says the
    same pronoun (its thing is named before the sentence). `across`: `earlier` are the rows of
    the sentence before, cut into rows ("Swallow them whole." after "Take your tablets with
    food." and its other rows): a lead-in of theirs names things too, and a list of things
    ("warfarin, apixaban or clopidogrel") may be all a "them" means, so no one thing is said."""
    doc = parse(part)
    pronoun = next((token for token in doc if _stands_for_a_thing(token)), None)
    if pronoun is None:
        return None
    word = pronoun.lower_
    said = [before for before in earlier if not before.rstrip().endswith(":")]
    if across:
        said = [_as_sentence(before) for before in earlier]
    if len(said) < len(earlier) or any(
        re.search(rf"\b{word}\b", before, re.IGNORECASE) for before in earlier
    ):
        return None  # a lead-in over it says what it is about; or named before the sentence
    if across and any(
        token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"}
        for before in said for token in parse(before)
    ):
        return word, None  # "If you take warfarin or apixaban, ...": them may be both
    plural = _PRONOUNS[word]
    own_things, _ = _things_and_people([chunk for chunk in doc.noun_chunks
                                        if chunk.end <= pronoun.i], plural)
    if own_things:
        return None  # "Hold a chair for support if you need it": its thing is on its own row
    things, people = _things_and_people(
        [chunk for before in said for chunk in parse(before).noun_chunks], plural
    )
    if not things and not (plural and people):
        return None
    # a thing named again is one thing, read where it is first named ("Take your tablets ...
    # with your tablets": what is taken)
    first: dict[str, object] = {}
    for chunk in things:
        first.setdefault(chunk.text.lower(), chunk)
    things = list(first.values())
    people = list({chunk.text.lower(): chunk for chunk in people}.values())
    if plural and not things and len(people) == 1:
        things, people = people, []  # "Ring your midwife and tell them ...": the one person
    if (
        len(things) != 1 or (plural and people)
        or pronoun.dep_ not in {"dobj", "pobj", "dative"} and not _subject_of_a_condition(pronoun)
        or any(token.lower_ == word for token in doc[: pronoun.i])
    ):
        # more than one thing; "they" or "let them freeze", whose doer the check holds to its
        # sentence's; or said before in the row ("If it gets wet, change it"): a person says it
        return word, None
    (thing,) = things
    first = thing[0].lower_
    if (
        thing.root.dep_ not in {"dobj", "nsubj", "nsubjpass"} or first in _NOT_SAID_AGAIN
        or any(child.dep_ in {"relcl", "acl"} or child.dep_ == "prep" and child.lower_ == "of"
               for child in thing.root.children)
    ):
        return word, None
    words = thing.text
    if thing.root.i > thing.start and _a_complement_read_as_a_noun(thing.root):
        # "Keep the dressing dry": the parser may read "dressing dry" as one noun, which had
        # made "cover it" "Cover the dressing dry"; the thing is the words before how it is kept
        words = thing[: thing.root.i - thing.start].text
    if first in {"a", "an"}:
        words = "the" + words[len(first):]
    elif thing[0].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    return word, words


def _a_complement_read_as_a_noun(root) -> bool:
    """Whether a noun phrase's last word, which the parser took for its noun ("the dressing
    dry"), is an adjective that says how the thing is kept ("dry", "clean", "warm") after a
    noun of its own: a referent is the noun phrase only."""
    return any(child.dep_ == "compound" for child in root.children) and (
        parse(f"It is {root.text}.")[2].pos_ == "ADJ"
    )


def _stands_for_a_thing(token) -> bool:
    """Whether a word is a "them", "they" or "it" that stands for something: an "it" that is
    what is done to ("Swallow it whole", "let it dry"), never the "it" of "It is normal ..." or
    "Make sure it is clean"."""
    if token.lower_ not in _PRONOUNS:
        return False
    if token.lower_ != "it" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return True
    return (token.head.dep_ in {"ccomp", "xcomp"} or _subject_of_a_condition(token)) and (
        token.head.lemma_.lower() != "be"
    )


def _subject_of_a_condition(token) -> bool:
    """Whether a word is the subject of a condition's own verb ("if it gets red or hot", "once
    it has dried"): cut from the row that named its thing ("Keep the wound dry for 5 days"),
    the condition no longer says what must change."""
    return token.head.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in CONDITION_WORDS for child in token.head.children
    )


def _things_and_people(chunks: list, plural: bool) -> tuple[list, list]:
    """The things of `chunks` a pronoun of that number may stand for (no time, no count), and
    the people named."""
    things, people = [], []
    for chunk in chunks:
        root = chunk.root
        if root.pos_ not in {"NOUN", "PROPN"} or root.lemma_.lower() in _TIME_NOUNS or any(
            token.like_num for token in chunk
        ):
            continue
        if root.lemma_.lower() in _PEOPLE:
            people.append(chunk)
        elif (root.tag_ in {"NNS", "NNPS"}) == plural:
            things.append(chunk)
    return things, people


def _referents_said(parts: list[str]) -> list[str]:
    """Each cut row whose "them", "they" or "it" stands for the one thing an earlier row of its
    sentence names, with that thing said instead ("Do not give your tablets to anyone else."
    after "Keep your tablets in their box."); a row where more than one may be meant is kept as
    it is, and flagged (`_Drafter._doubt`)."""
    said = list(parts)
    for index in range(1, len(said)):
        found = pronoun_referent(said[index], said[:index])
        if found is None or found[1] is None:
            continue
        word, thing = found  # the row's first "them", "they" or "it" (`pronoun_referent`)
        said[index] = re.sub(rf"\b{word}\b", thing, said[index], count=1)
    return said


def split_ideas(sentence: str, plain: PlainWords, limit: int) -> list[str]:
    """One idea a sentence: cut where ideas meet, then cut again at weaker places while a part
    is over `limit` words. A sentence with no safe place stays whole (the checker then names
    it) rather than being cut where the meaning might change. A condition that governs the
    parts comes first, as a lead-in ending in a colon; a "not" shared by a list of actions is
    repeated on each. A question stays one question."""
    sentence = sentence.strip()
    if step := _STEP_MARK.match(sentence):
        # "a) Put the compressor ...": the step's words cut as any sentence, its letter kept
        # before the first, in lower case
        parts = split_ideas(sentence[step.end() :], plain, limit)
        return [f"{step.group(1)} {parts[0]}", *parts[1:]] if parts else []
    if sentence.endswith("?"):
        cut = None
        if word_count(sentence) > limit:
            cut = _first_cut(sentence.rstrip("?"), _examples_point, plain)
        if cut is None:
            return [_as_sentence(sentence, question=True)]
        return [_as_sentence(cut[0], question=True), _as_sentence(cut[1])]
    sentence, doses = _separate_doses(sentence)
    parts = [
        part if part.endswith(":") else _as_sentence(part)
        for part in _ideas(sentence, plain, limit)
        if part.strip(" .,;:")
    ]
    if _brackets_closed(sentence) and not all(_brackets_closed(part) for part in parts):
        # a cut inside brackets ("call 0116 258 5100 (Monday to Friday:" over "8am to 5pm).")
        # parts what they say from what they are said of: whichever rule cut there, the
        # sentence stays whole (the checker names it if it is long)
        parts = [_as_sentence(sentence)]
    return _referents_said(parts) + doses


def _brackets_closed(text: str) -> bool:
    """Whether every bracket the words open they close: a row never ends inside one."""
    depth = 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            return False
    return depth == 0


# ---- facts a rewrite must keep --------------------------------------------------------------


def contact_details(text: str) -> list[str]:
    """Phone numbers, e-mail and web addresses, as written."""
    found = find_contacts(text, _CONTACT_KINDS)
    return [c.text for kind in _CONTACT_KINDS for c in found if c.kind == kind]


def numbers_in(text: str) -> list[str]:
    """Each number as one, decimals and thousands whole ("7.5 mg" is 7.5, not 7 and 5), a
    number word from "two" as its digits ("three tablets" has 3)."""
    text = dates_in_words(text)  # "02/06/2025" is the date "2 June 2025", written so
    text = clock_times_in_words(text)  # "20:00" is "8pm", as the draft says it
    return NUMBER.findall(_SPELLED_COUNT.sub(lambda m: NUMBER_WORDS[m.group(1).lower()], text))


def numbers(text: str) -> list[str]:
    """Numbers other than those inside phone numbers and addresses."""
    return numbers_in(_CONTACT.sub(" ", text))


def instruction_verbs(sentence: str, plain: PlainWords) -> list[str]:
    """The verbs that open instructions in a sentence: "Gently lean to one side, keeping..." ->
    ["lean"]; "To stretch more, walk your hands ... – do not push" -> ["walk", "push"]."""
    found = []
    for clause in re.split(r"[,;:–]|\s-\s|\band\b|\bor\b", sentence):
        tokens = clause.split()
        while tokens and _ADVERB.match(tokens[0]) and tokens[0].lower() not in plain.verbs:
            tokens.pop(0)
        if not tokens:
            continue
        first = re.sub(r"\W", "", tokens[0].lower())
        lowered = [token.lower() for token in tokens]
        if first in {"remember", "try"} and lowered[1:3] == ["not", "to"] and len(tokens) > 3:
            found.append(re.sub(r"\W", "", lowered[3]))  # its meaning is the "do not"
        elif first == "do" and len(tokens) > 2 and tokens[1].lower() == "not":
            found.append(re.sub(r"\W", "", tokens[2].lower()))
        elif first in plain.verbs:
            found.append(first)
    return found


# ---- the automatic draft --------------------------------------------------------------------


def _bold_key_words(text: str) -> str:
    """Numbers (with their units) and contact details in bold: the facts a reader acts on.
    Inside a run in another language too ("[Weź **2** tabletki]{lang=pl}"), but never in the
    run's marks nor across its edges. Ordinary words in capitals for emphasis are in bold."""
    parts, position = [], 0
    for match in LANGUAGE_RUN.finditer(text):
        parts.append(_bold_facts(_capitals_as_bold(text[position : match.start()])))
        parts.append(f"[{_bold_facts(match.group(1))}]{{lang={match.group(2)}}}")
        position = match.end()
    return "".join([*parts, _bold_facts(_capitals_as_bold(text[position:]))])


# Two or more words in capitals in a row ("Take methotrexate ONCE A WEEK only").
_CAPITALS_RUN = re.compile(r"(?<![\w*])[A-Z]+(?:['’][A-Z]+)?(?:\s+[A-Z]+(?:['’][A-Z]+)?)+(?![\w*])")
# English's short words, which in capitals are words, not initials ("IN", "ON"; not "GP").
_SHORT_WORDS = frozenset(
    "a i to of in on at by my me we us it is be do go no so up an or if as".split()
)


def _capitals_as_bold(text: str) -> str:
    """Ordinary words in capitals for emphasis in bold, in small letters ("Take methotrexate
    ONCE A WEEK only" -> "Take methotrexate **once a week** only"): Easy Read stresses with
    bold, and a reader takes capitals for initials ("ONCE", "WEEK" were listed as short forms
    a reader may not know). Only a run of two words or more, each a common English word;
    initials ("NHS", "GP", "MRI") leave the run as written."""
    from wordfreq import zipf_frequency

    def ordinary(word: str) -> bool:
        word = word.lower()
        if len(word) <= 2:
            return word in _SHORT_WORDS
        letters = re.sub(r"['’].*", "", word)
        return shaped_as_a_word(letters) and zipf_frequency(word, "en") >= 3.5

    def said(match: re.Match) -> str:
        run = match.group(0)
        found = run.split()
        if not any(len(word) > 2 for word in found) or not all(ordinary(w) for w in found):
            return run
        small = run.lower()
        before = text[: match.start()].rstrip(" *")
        if not before or before.endswith((".", "!", "?")):  # a sentence's first words
            small = small[0].upper() + small[1:]
        return f"**{small}**"

    return _CAPITALS_RUN.sub(said, text)


def _bold_facts(text: str) -> str:
    spans = [m.span() for m in _QUANTITY.finditer(text)]
    for pattern in (_CONTACT, _CLOCK_TIME, NUMBER):
        spans.extend(m.span() for m in pattern.finditer(text))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        while end > start and text[end - 1] in ".,":
            end -= 1
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + "**" + text[start:end] + "**" + text[end:]
    return text


def _bold_word(text: str, word: str) -> str:
    pattern = re.compile(rf"(?<!\*)\b({re.escape(word)})\b(?!\*)", re.IGNORECASE)
    return pattern.sub(r"**\1**", text, count=1)


# A table column's name that is a choice of kinds of thing ("Food or drink", "Tablet/capsule").
_KINDS_OF_THING = re.compile(r"\w\s+(?:or|and/or)\s+\w|\w/\w", re.IGNORECASE)



# A sentence that opens by pointing back at the one before ("After that, do not eat or drink
# anything." after "You can drink water until 2 hours before your appointment."): a hard
# word's meaning put between them would be what "that" points at.
_POINTS_BACK = re.compile(
    r"^(?:after (?:that|this)|before (?:that|this)|then|this|that|these|those|it|they|"
    r"if (?:so|not|this happens)|otherwise|instead|also)\b",
    re.IGNORECASE,
)

def _goes_on_under(before: list[str], sentence: str) -> bool:
    """Whether a sentence goes on with what the rows before it (`before`, the sentence before
    cut into rows) tell the reader under a condition: one with no condition of its own, after
    a row that says one, that tells them what to do or sends them for help ("If you have
    thoughts of harming yourself, do not wait for your next appointment." then "Call 999 or go
    to A&E."). A hard word's meaning between the two had stood the call alone, as if said to
    everyone; it comes after."""
    if not before or not _CONDITION_IN.search(before[-1]) or _CONDITION_IN.search(sentence):
        return False
    return told_under_a_condition(sentence) or bool(_GETTING_HELP.search(sentence))


def _a_condition_block(parts: list[str]) -> int | None:
    """Where in rows a condition is led into what to do under it: the first lead-in ending in
    ":" that says a condition ("If your child spits out fresh red blood:", "Call 999 if your
    child has:"), with rows after it; None when there is none."""
    return next(
        (
            at for at, part in enumerate(parts)
            if part.rstrip().endswith(":") and STRONG_CONDITION_IN.search(part)
            and at + 1 < len(parts)
        ),
        None,
    )


# Getting in touch joined to a ban by a bare "and", left on its row ("Do not stand up and call
# the nurse"): what the reader is told to do, or one more thing banned; a person decides.
_CONTACT_AFTER_A_BAN = re.compile(
    r"\b(?:not|never|n't)\b[^,;:.]*?\band\s+(ring|call|phone|telephone|contact|tell|email)\b",
    re.IGNORECASE,
)


# A "not" a row says: the draft writes a ban as "Do not ..." or "Never ..."
_A_BAN_SAID = re.compile(r"\b(?:do not|never)\b", re.IGNORECASE)
# A sentence opening on a ban of doing something, safe said alone: narrower than
# grammar.is_negative_instruction on purpose, whose "Stop taking the tablets." after "If you get
# a rash, it may be an allergy." would, alone, tell everyone to stop a medicine
_OPENS_WITH_A_BAN = re.compile(r"\s*(?:do not|don[’']t|never|avoid|you must not|you should not)\b",
                               re.IGNORECASE)


# The most cells of a table row said as one row: a warfarin week's seven days and their doses
# in one row are more than a reader takes in at once, and stay a row each.
_FACTS_IN_A_ROW = 4


class _Drafter:
    def __init__(self, limit: int, leaflet: Leaflet | None = None):
        self.plain = plain_words()
        self.pictures = picture_list()
        if leaflet is not None:  # a curated entry of a topic only in a leaflet about it
            self.pictures = self.pictures.for_leaflet(leaflet.meta.title, leaflet.meta.department)
        self.limit = limit
        self.explained: dict[str, str] = {}
        self.notes: list[str] = []
        # while a warning is written (a notice, a bold paragraph, a lead-in and its list), the
        # meanings of its hard words wait here, to come after the whole warning
        self.holding = False
        self.held: list[Row] = []

    def rows_for(self, text: str, notice: bool = False, whole: bool = False) -> list[Row]:
        """The rows of a text, its sentences cut into ideas; `whole`: each sentence one row (a
        warning sign under "Call 999 if you:", whose parts joined by "and" are one sign)."""
        rows: list[Row] = []
        for piece, lang in language_pieces(prepare(text)):
            if lang:  # a sentence in another language: its own row, as written
                rows.append(self.row_in_other_language(piece, lang, notice, "sentence"))
            else:
                rows.extend(self._rows_for_english(piece, notice, whole))
        return rows

    def _rows_for_english(self, text: str, notice: bool, whole: bool) -> list[Row]:
        rows: list[Row] = []
        waiting: list[Row] = []  # meanings not yet said
        opening = ""  # the condition the text opens with, when its rows do not stand under it
        opener = ""  # the sentence it opens
        split = False  # whether the sentence before was cut into rows
        before: list[str] = []  # its rows
        leading = ""  # a condition said alone, as a lead-in ("If you are sick after a dose:")
        said = kept_with_their_condition(sentences(text))
        for place, (sentence, kept) in enumerate(said):
            carried = unsure = ""
            alone, after = ("", "") if whole else condition_alone(sentence)
            if alone and place == len(said) - 1 and (after and not leading or not after):
                # "If X: do Y." alone in its paragraph is one row, as it stands; a condition
                # ending its words leads only what follows them (a table's cell "When to call:
                # If you are too dizzy to get out of bed." leads nothing)
                alone = ""
            if alone:
                # "If you are sick after a dose. Do not take another one. Tell your nurse.":
                # the condition leads every sentence after it in its paragraph, each row
                # standing in under it ("If you are sick after a dose:")
                leading = f"{simplify(alone, self.plain)}:"
                opening = ""
                rows.append(self._row(_bold_key_words(leading), notice))
                if not after:
                    continue
                sentence = after
            elif leading and (opening_condition(sentence) or condition_alone(sentence)[0]):
                leading = ""  # a condition of its own: the lead-in's rows have ended
            if not leading and (not place or opening_condition(sentence)):
                opening = opening_condition(simplify(sentence, self.plain))
                opener = sentence
            elif leading:
                pass
            elif opening and carries_its_opening(opener, sentence):
                carried = opening
            elif opening and may_carry_its_opening(opener, sentence):
                unsure = opening  # said as written, for a person to check
            plainest = simplify(sentence, self.plain)
            for plainer in [plainest] if kept else sentences(plainest):
                if not _POINTS_BACK.match(plainer) and not _goes_on_under(before, plainer):
                    (self.held if self.holding else rows).extend(waiting)
                    waiting = []
                start = len(rows)
                parts = (
                    [_as_sentence(plainer)]
                    if whole or kept
                    else split_ideas(plainer, self.plain, self.limit)
                )
                if opening and not carried and parts[0].endswith(":"):
                    opening = ""  # made a lead-in: the rows after it stand under it
                if carried:
                    # "If your operation is in the morning, do not eat anything after
                    # midnight. You may drink water until 6am.": alone on its row after the
                    # condition's own, the water reads as for everyone; the condition is said
                    # again on each row it governs
                    parts = [_under_its_condition(carried, part) for part in parts]
                if any(part.endswith(":") for part in parts):
                    self.notes.append(
                        f"'{plainer}' became '{' '.join(parts)}': check the condition "
                        "applies to every instruction after it"
                    )
                if split and (found := pronoun_referent(parts[0], before, across=True)) and (
                    found[1] is not None and _named_before_its_rows(parts[0])
                ):
                    # "Take your tablets with food, ... . Swallow them whole.": after the rows of
                    # the sentence before, the one thing they name is said ("Swallow your
                    # tablets whole."); where more than one may be meant, the row is flagged
                    parts[0] = re.sub(rf"\b{found[0]}\b", found[1], parts[0], count=1)
                lead = leading
                meanings: list[Row] = []
                for part in parts:
                    explanations = self._explanations(part)
                    text = _bold_key_words(part)
                    for word in explanations:
                        text = _bold_word(text, word)
                    row = self._row(text, notice)
                    doubt = self._doubt(row, part, lead, plainer, parts)
                    if kept:
                        doubt = f"{kept}; {doubt}" if doubt else kept
                    if split and (pronoun := _named_before_its_rows(part)):
                        # "If you take warfarin or apixaban, phone the unit ... . Do not stop
                        # taking them ...": after the unit's row, "them" may be the unit
                        said = (f"'{pronoun}' stands for something named in the sentence "
                                "before, cut into rows: check the row says what it is")
                        doubt = f"{said}; {doubt}" if doubt else said
                    if carried and part.startswith(carried):
                        said = f"'{carried}' is said again from the sentence before: check it"
                        doubt = f"{said}; {doubt}" if doubt else said
                    elif unsure and told_under_a_condition(part):
                        said = (f"check whether '{unsure}', from the sentence before, applies "
                                "to this row")
                        doubt = f"{said}; {doubt}" if doubt else said
                    rows.append(replace(row, doubt=doubt))
                    meanings.extend(explanations.values())
                    lead = part if part.endswith(":") else lead
                # a meaning after the whole sentence: never between a lead-in ("If your
                # symptoms change:") and what it leads into, nor before a sentence that points
                # back to it (`_POINTS_BACK`); a sentence made a lead-in and its rows has it
                # before them, where it cannot read as one more thing to do under the condition
                split, before = len(parts) > 1, parts
                if (
                    meanings and not self.holding and not waiting
                    and not _POINTS_BACK.match(plainer) and _a_condition_block(parts) is not None
                ):
                    rows[start:start] = meanings
                else:
                    waiting.extend(meanings)
        (self.held if self.holding else rows).extend(waiting)
        return rows

    def release(self, rows: list[Row], start: int) -> None:
        """The meanings held while a warning was written (its rows from `start`) put where they
        break no part of it: before a condition block ("If your child spits out fresh red
        blood:" over "Ring the ward ..." and "Or call 999."), where after it they read as one
        more step under the condition; after any other warning."""
        held, self.held = self.held, []
        lead = _a_condition_block([row.plain for row in rows[start:]]) if held else None
        if lead is None:
            rows.extend(held)
            return
        # before its lead-in; before a whole notice, so the box is not broken in two
        at = start if rows[start].notice else start + lead
        rows[at:at] = held

    def rows_for_item(
        self, block: ListBlock, number: int, text: str, notice: bool = False, whole: bool = False
    ) -> list[Row]:
        """A list item's rows, the first after the item's number in a numbered list (numbered
        once the sentences are cut, so the number never changes where they are cut); `whole`:
        an item that is one condition of a list of them, kept whole (see `rows_for`)."""
        rows = self.rows_for(text, notice, whole)
        if rows:
            rows[0] = replace(rows[0], text=numbered(block, number, rows[0].text))
        if block.ordered:
            # "1. Wet your hands and put soap on them. Rub palm to palm.": a step's last row
            # alone at the top of the next page, with no number, reads as part of the step
            # before it; a step's rows keep to one page
            rows[:-1] = [replace(row, with_next=True) for row in rows[:-1]]
        return rows

    def _doubt(self, row: Row, part: str, lead: str, sentence: str, parts: list[str]) -> str:
        """What a person should check in a drafted row: a condition or a shared "not" the draft
        spread over rows, a sentence kept whole and long, a picture no match was sure of."""
        doubts = []
        if lead:
            doubts.append(f"check '{lead}' applies to this row")
        # not the sentence's own words, and more "not"s on its rows than in it (a row whose
        # "them" is said as its thing keeps its own "not")
        repeated = part.rstrip(" .").lower() not in sentence.lower() and sum(
            len(_A_BAN_SAID.findall(each)) for each in parts
        ) > len(_A_BAN_SAID.findall(sentence))
        if len(parts) > 1 and part.startswith(("Do not ", "Never ")) and repeated:
            doubts.append(f"a 'not' shared by a list in '{sentence}' is repeated here")
        if len(parts) > 1 and (found := pronoun_referent(part, parts[: parts.index(part)])) and (
            found[1] is None
        ):
            doubts.append(
                f"'{found[0]}' may stand for something named on a row before it, cut from the "
                f"same sentence ('{sentence}'): check the row says what '{found[0]}' is"
            )
        if word_count(part) > self.limit:
            doubts.append("long: kept whole, as cutting it could change its meaning")
        if (contact := _CONTACT_AFTER_A_BAN.search(part)) and is_negative_instruction(part):
            doubts.append(
                f"its 'not' may be read as reaching '{contact.group(1)}' ('do not ... and "
                f"{contact.group(1)} ...'): kept whole, check whether the reader is told to "
                f"{contact.group(1)} or not to"
            )
        elif (after := action_after_banned_choices(part)) and is_negative_instruction(part):
            # "Do not eat or drink anything after midnight and take your usual tablets": one
            # more thing banned, or what to do; the parser reads it banned, so the check is
            # content either way
            doubts.append(
                f"its 'not' may be read as reaching '{after}' ('do not ... and {after} "
                f"...'): kept whole, check whether the reader is told to {after} or not to"
            )
        span = read(part).condition_span if len(parts) == 1 else None
        if span and not part[span[1] :].strip(" .") and action_joined_before(
            part, span[0], self.plain
        ) is not None:
            doubts.append(CONDITION_SCOPE_DOUBT)
        if len(parts) == 1 and purpose_scope_in_doubt(part, self.plain):
            doubts.append(PURPOSE_SCOPE_DOUBT)
        if row.picture.is_neutral:
            doubts.append(
                f"no picture fits well enough (confidence {row.picture.confidence:.1f}): "
                "choose one"
            )
        return "; ".join(doubts)

    def rows_for_cell(self, name: str, words: str) -> list[Row]:
        """One table cell with its column's name, as one row ("Take it? No." is never "Take
        it?" above "No."), its picture for the cell's words, else for the column's name ("Puffs:
        2." shows an inhaler). A cell too long for one sentence with its name, or of several
        sentences, follows its name as a lead-in ("What to do:")."""
        if not words:
            return []
        said = cell_sentence(name, words)
        if len(sentences(prepare(words))) == 1 and word_count(said) <= self.limit:
            return self._cell_rows(said, name, words)
        if said == words:
            return self.rows_for(words)
        lead = name if name.endswith("?") else f"{name.rstrip(' :')}:"
        return [*self._cell_rows(lead, name, name), *self.rows_for(words)]

    def rows_for_table(self, table: list[list[tuple[str, str]]]) -> list[Row]:
        """A table's rows (`table_cells`): where every row is of short facts, each table row is
        one row, each cell with its column's name ("Age: 3 to 5 months. Dose: 2.5 ml. How often:
        Up to 4 times in 24 hours."), its picture for the whole row; cell by cell, a dose
        table's row had been three rows, each with its own picture, a page's ages and doses
        with nothing to say which medicine they were. A table with a ban, a condition, a
        question, a blank to fill in, a long cell or more than `_FACTS_IN_A_ROW` cells in any
        row keeps each cell a row of its own, a table row's kept with the next
        (`rows_for_cell`): a "do not" never shares a row, and one table is said one way."""
        said = [[(name, words, cell_sentence(name, words)) for name, words in cells if words]
                for cells in table]
        whole = all(
            len(row) <= _FACTS_IN_A_ROW and word_count(" ".join(one for _, _, one in row))
            <= 2 * self.limit
            and all(self._a_fact(name, words, one) for name, words, one in row)
            for row in said
        )
        rows: list[Row] = []
        for cells, row in zip(table, said, strict=True):
            if whole and len(row) > 1:
                rows.extend(self._one_row(row))
                continue
            own = [row for name, words in cells for row in self.rows_for_cell(name, words)]
            rows.extend([replace(row, with_next=True) for row in own[:-1]] + own[-1:])
        return rows

    def _a_fact(self, name: str, words: str, said: str) -> bool:
        """Whether a cell is a short fact that can share its row: one sentence, no ban or
        condition ("Morning: take one tablet." may), no question to answer, no blank, no other
        language."""
        plain = plain_words_of(words)
        return (
            len(sentences(prepare(words))) == 1
            and word_count(said) <= self.limit
            and not name.rstrip().endswith("?")
            and not LANGUAGE_RUN.search(words)
            and "(blank" not in words
            and not SPACE_TO_WRITE_SAID.search(words)
            and not STRONG_CONDITION_IN.search(plain)
            and not is_negative_instruction(plain)
        )

    def _one_row(self, cells: list[tuple[str, str, str]]) -> list[Row]:
        plainer = [simplify(one, self.plain) for _, _, one in cells]
        explanations: dict[str, Row] = {}
        texts = []
        for one in plainer:
            found = self._explanations(one)
            text = _bold_key_words(one)
            for word in found:
                text = _bold_word(text, word)
            texts.append(text)
            explanations.update(found)
        # a column named by a choice of kinds ("Food or drink") says nothing of which the cell
        # is: its cell's words alone are pictured (see `_cell_rows`)
        about = " ".join(
            simplify(words, self.plain) if _KINDS_OF_THING.search(name) else one
            for (name, words, _), one in zip(cells, plainer, strict=True)
        )
        row = Row(" ".join(texts), choose_picture(plain_words_of(about), self.pictures))
        doubts = [self._doubt(row, one, "", one, [one]) for one in plainer]
        doubt = "; ".join(dict.fromkeys(d for each in doubts if each for d in each.split("; ")))
        return [replace(row, doubt=doubt), *explanations.values()]

    def _cell_rows(self, said: str, name: str, words: str) -> list[Row]:
        plainer = simplify(said, self.plain)
        explanations = self._explanations(plainer)
        text = _bold_key_words(plainer)
        for word in explanations:
            text = _bold_word(text, word)
        # a cell that says not to do something is read alone, so it gets its STOP sign ("What to
        # do: Stop drinking everything, including water" is not a glass of water)
        cell = simplify(words, self.plain)
        order = (cell, plainer, name) if is_negative_instruction(cell) else (plainer, cell, name)
        if _KINDS_OF_THING.search(name):
            # "Food or drink: GlucoGel." is no bowl of hot food: a column named by a choice of
            # kinds says nothing of which the cell is, so only the cell's words are pictured
            order = (cell,)
        for about in order:
            picture = choose_picture(plain_words_of(about), self.pictures)
            if not picture.is_neutral:
                break
        row = Row(text, picture)
        row = replace(row, doubt=self._doubt(row, plainer, "", plainer, [plainer]))
        return [row, *explanations.values()]

    def row_in_other_language(
        self, text: str, lang: str, notice: bool = False, what: str = "paragraph"
    ) -> Row:
        """A paragraph (or a sentence of an English one) in another language, kept as written
        beside a globe, its numbers and contact details in bold as in every row: the English
        rules cannot simplify it, and leaving it out would drop what it says."""
        self.notes.append(
            f"a {what} in '{lang}' is kept as written ('{text[:40]}...'): Easy Read rules "
            "were not applied to it"
        )
        globe = self.pictures.by_name.get("language") or choose_picture("language")
        return Row(_bold_key_words(f"[{text}]{{lang={lang}}}"), globe, notice)

    def rows_for_image(self, image: Image, folder: Path) -> list[Row]:
        """The leaflet's own picture (a photo of the exercise) beside its description: it shows
        the reader more than any emoji can."""
        rows = self.rows_for(image.alt)
        path = folder / image.src
        if rows and path.is_file():
            own = Picture("", image.alt, "leaflet", str(path))
            rows[0] = Row(rows[0].text, own, rows[0].notice)
        return rows

    def _row(self, text: str, notice: bool) -> Row:
        return Row(text, choose_picture(plain_words_of(text), self.pictures), notice)

    def _explanations(self, sentence: str) -> dict[str, Row]:
        """Each hard word of the sentence not yet explained gets its meaning in the next row."""
        rows = {}
        lowered = " ".join(words(sentence))
        for word, meaning in self.plain.explanations.items():
            if word in self.explained or not re.search(rf"\b{re.escape(word)}\b", lowered):
                continue
            self.explained[word] = meaning
            picture = choose_picture(word, self.pictures)
            if picture.is_neutral:
                picture = choose_picture(meaning, self.pictures)
            rows[word] = Row(_bold_word(meaning, word), picture)
        return rows

    def hard_words_section(self) -> Section | None:
        if not self.explained:
            return None
        rows = []
        for word, meaning in sorted(self.explained.items()):
            picture = choose_picture(word, self.pictures)
            if picture.is_neutral:
                picture = choose_picture(meaning, self.pictures)
            rows.append(Row(_bold_word(meaning, word), picture))
        return Section(HARD_WORDS_HEADING, tuple(rows))


# A blank's label that is what it counts ("seconds", "puffs", "mg"): said after the blank as
# after a number ("Hold for (blank) seconds."), not "Hold for (blank for seconds)". Not "times":
# the pictures read "(blank) times" as a time on a clock, not a count ("Repeat (blank) times").
_COUNTED = re.compile(
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|units?|puffs?|tablets?|capsules?|"
    r"drops?|sachets?|doses?|spoonfuls?|litres?|ml|mg|mcg|micrograms?|g|kg|cm|mm|mmol/l|"
    r"repetitions|reps|sets)",
    re.IGNORECASE,
)


def marked_text(spans: Inline, language: str) -> str:
    """Inline text for a row: each link's address written out (a printed page cannot follow a
    link, and the address is a fact), and each run in another language marked as
    [words]{lang=xx} so the document can tag it."""
    said = [span for span in spans if span.field or span.text.strip()]
    if len(said) == 1 and said[0].field and labels_first(said[0].text.strip()):
        # a label alone over its blank ("Name of therapist:", "Date:"): a space to write in,
        # its line drawn under it; "Name of therapist: (blank)." had left no room to write
        return f"{said[0].text.strip()} {space_to_write(1)}"
    parts = []
    for span in with_addresses(spans):
        if span.field:  # a clear blank, named for what goes in it
            label_first = labels_first(span.text)
            if label_first:
                parts.append(f"{span.text} (blank)")
            elif re.match(r"to\b", span.text):  # "(blank to fill in)", not "blank for to"
                parts.append(f"(blank {span.text})")
            elif _COUNTED.fullmatch(span.text.strip()):  # "Hold for (blank) seconds."
                parts.append(f"(blank) {span.text.strip()}")
            else:
                parts.append(f"(blank for {span.text})")
        elif span.lang and primary_language(span.lang) != primary_language(language):
            parts.append(f"[{span.text}]{{lang={span.lang}}}")
        else:
            parts.append(span.text)
    return "".join(parts)


# A space to write in, as a row says it; the document draws its lines under the row.
SPACE_TO_WRITE = "(space to write in: {lines} lines)"
SPACE_TO_WRITE_SAID = re.compile(r"\(space to write in: (\d+) lines?\)")


def space_to_write(lines: int) -> str:
    """A space to write in of `lines` lines, as a row says it ("1 line", "10 lines")."""
    said = SPACE_TO_WRITE.format(lines=lines)
    return said.replace("1 lines", "1 line") if lines == 1 else said


# A tick mark alone in a cell ("✓", "✔", "☑"), and a paragraph saying what one means ("A tick
# (✓) means take one tablet at that time.", "✓ means take your dose then."): its meaning, less
# the time the cell's column already names.
_TICK = "✓✔☑"
_A_TICK_ALONE = re.compile(rf"^\s*[{_TICK}]\s*\.?\s*$")
_TICK_MEANS = re.compile(
    rf"^\s*(?:(?:an?\s+)?tick(?:\s+mark)?\s*(?:\(\s*[{_TICK}]\s*\))?|[{_TICK}])\s+means\s+"
    r"(?:that\s+)?(?:you\s+(?:should|need\s+to|must)\s+)?(?P<meaning>[^.;:!?]+?)"
    r"(?:\s+(?:at\s+(?:that|this)\s+time|then))?\s*\.?\s*$",
    re.IGNORECASE,
)


def _tick_explained_at(blocks: list, index: int) -> int | None:
    """Where the paragraph next to the table at `index` that says what a tick means is, if any."""
    for near in (index + 1, index - 1):
        if 0 <= near < len(blocks) and isinstance(blocks[near], Paragraph):
            if _TICK_MEANS.match(plain_text(blocks[near].spans)):
                return near
    return None


def tick_meaning(blocks: list, index: int) -> str:
    """What a tick in the table at `index` means, where a paragraph next to it says ("A tick
    (✓) means take one tablet at that time." under a medicines chart), else "": a reader
    who reads a row at a time cannot look down the page for what "Morning: ✓." means."""
    near = _tick_explained_at(blocks, index)
    if near is None:
        return ""
    meaning = _TICK_MEANS.match(plain_text(blocks[near].spans)).group("meaning").strip()
    return f"{meaning[0].lower()}{meaning[1:]}"


def explains_ticks_said(blocks: list, index: int) -> bool:
    """Whether the paragraph at `index` says what a tick means in a table next to it whose every
    tick is a cell of its own, so each was said as that meaning ("Morning: take one tablet."):
    "A tick (✓) means take one tablet at that time." then explains ticks the Easy Read reader
    never sees. A tick among other words in a cell ("✓ with food") is left as written, and the
    sentence with it."""
    for table_at in (index - 1, index + 1):
        if not (0 <= table_at < len(blocks) and isinstance(blocks[table_at], Table)):
            continue
        if _tick_explained_at(blocks, table_at) != index:
            continue
        cells = [plain_text(cell) for row in blocks[table_at].rows for cell in row]
        ticked = [cell for cell in cells if re.search(f"[{_TICK}]", cell)]
        if ticked and all(_A_TICK_ALONE.match(cell) for cell in ticked):
            return True
    return False


def table_cells(table: Table, language: str, ticked: str = "") -> list[list[tuple[str, str]]]:
    """A table a row at a time, each cell as (its column's name, its words); a week's short
    day names in full ("Sun: 5 mg." was drawn beside the sun); a cell that is only a tick
    said as what the leaflet says a tick means (`ticked`, see `tick_meaning`): "Morning: take
    one tablet.", never "Morning: ✓." beside the plain picture."""
    if lines := table.lines_to_write_on:
        # one space to write in, its lines drawn under it: a notes page's ten ruled lines had
        # been ten rows "(blank to fill in)"
        return [[(plain_text(table.header[0]).strip(), SPACE_TO_WRITE.format(lines=lines))]]
    week = table.days_in_full()

    def in_full(text: str) -> str:
        if ticked and _A_TICK_ALONE.match(text):
            return ticked
        return week.get(text.rstrip("."), text)

    rows = [
        [
            (in_full(plain_text(heading).strip()), in_full(marked_text(cell, language).strip()))
            for heading, cell in zip(table.header, cells, strict=False)
        ]
        for cells in table.rows
    ]
    # A column named but empty in every row is for the reader to write in: a blood sugar
    # record ("Day | Before breakfast | After lunch" over empty rows) had come out as "Day:
    # Monday." alone, the columns to write results in gone. An empty cell among filled ones
    # ("Insulin" in the evening) says there is nothing there, and stays unsaid; so does a
    # column empty in every row where the table's other columns say something (a medicines
    # chart's "Lunch" with no dose in it had been "Lunch: (blank to fill in)." for every
    # medicine): a record is rows that hold nothing but their names.
    a_record = not any(words for row in rows for _, words in row[1:])
    to_write = {
        column
        for column in range(1, len(table.header))
        if a_record and plain_text(table.header[column]).strip()
        and all(column < len(row) and not row[column][1] for row in rows)
    }
    return [
        [
            (name, "(blank to fill in)" if column in to_write else words)
            for column, (name, words) in enumerate(row)
        ]
        for row in rows
    ] if rows and to_write else rows


def cell_sentence(name: str, words: str) -> str:
    """A cell said with its column's name, as a reader takes it in: "Puffs: 2.", "Take it? No."
    (the column asks, the cell answers), and "Week 1." where the cell already says its column's
    name (never "Week: Week 1." nor "Dose: Dose: 5 mg."; but "When: When you are wheezy.", or
    it is a fragment). A cell that is an instruction opening with its column's name ("Do walk a
    little every day." under "Do", "Don't lift ..." under "Don't") is not named again: "Do: Do
    walk ..." says its heading twice."""
    name = name.rstrip(" :")
    said = words if ends_a_sentence(words) else f"{words}."
    if not name or re.match(rf"{re.escape(name)}(?:\s+\d|\s*:)", words, re.IGNORECASE):
        return said
    plain = plain_words_of(words)
    if opens_with(plain, name) and (
        is_positive_instruction(plain) or is_negative_instruction(plain)
    ):
        return said
    return f"{name} {said}" if name.endswith("?") else f"{name}: {said}"


def table_rows(table: Table, language: str) -> list[str]:
    """A table a row at a time, each cell with its column's name ("Time: 5pm. Take it? No.")."""
    return [
        " ".join(cell_sentence(name, words) for name, words in cells if words)
        for cells in table_cells(table, language)
    ]


def require_english(leaflet: Leaflet) -> None:
    """The drafter's plain words, sentence rules, pictures and readability score are English:
    drafting another language with them would give wrong words that look right."""
    if primary_language(leaflet.meta.language) != "en":
        raise LeafletError(
            f"{leaflet.source_path}: Easy Read can be drafted automatically only from an "
            f"English leaflet, and this one is in '{leaflet.meta.language}': write its Easy Read "
            f"by hand as {author_file_for(leaflet).name} in the same folder (the English "
            f"leaflet {leaflet.meta.number} can be drafted and translated as a start)"
        )


def not_made_for(leaflet: Leaflet) -> str:
    """Why a translation has no Easy Read ("" when it has one to make): it is never drafted, it
    is written by hand from the English, so until its author's file is saved there is nothing
    to make, which is no failure of the build."""
    if primary_language(leaflet.meta.language) == "en" or author_file_for(leaflet).is_file():
        return ""
    known = find_language(leaflet.meta.language)
    name = known.english_name if known else f"'{leaflet.meta.language}'"
    return (
        f"a translation's Easy Read is written by hand from the English leaflet, never drafted "
        f"from the {name}; to offer it in {name}, save the translated Easy Read as "
        f"{author_file_for(leaflet).name} beside this leaflet's source"
    )


# A paragraph that is only a label over a list ("Do not", "Don't:", "Things to avoid", "Do"):
# the words it says before each item ("Do not", "Avoid"), or none for a label to do.
_LIST_LABEL = re.compile(
    r"^(?:(?P<not>do\s+not|don['’]t|dont|never|(?:things|what)\s+(?:not\s+to\s+do|you\s+should"
    r"\s+not\s+do))"
    r"|(?P<avoid>(?:please\s+)?avoid|things\s+to\s+avoid)"
    r"|(?P<do>do|dos|do['’]s|things\s+to\s+do))\s*:?$",
    re.IGNORECASE,
)
_OPENS_AS_A_LABEL = re.compile(r"^(?:do\s+not|don['’]t|never|avoid|no|stop)\b", re.IGNORECASE)


def _opens_as_a_label(item: str) -> bool:
    """Whether an item opens with a label's own words ("Do not ...", "Never ...", "Avoid ...",
    "No smoking"), whatever it goes on to say. Not `grammar.is_negative_instruction`, which
    asks whether a row bans: "Do not worry if the cast feels tight at first" and "Don't be
    alarmed if your fingers look swollen" ban nothing, yet a "Do not" led in before them says
    it twice ("Do not do not worry ..."); `led_item` asks both, this for the words, that for a
    ban said another way ("Remember not to get the cast wet")."""
    return _OPENS_AS_A_LABEL.match(item) is not None


def list_label(text: str) -> str | None:
    """What a label-only paragraph over a list says before each item: "Do not" (as written:
    "Don't" stays), "Avoid", or "" for a label to do, whose items are instructions as they
    stand; None for any other lead-in. A row "Do not." says nothing, and an item after it read
    alone ("Get the cast wet.") says the opposite of what the leaflet means."""
    label = _LIST_LABEL.match(text.replace("*", "").replace("_", " ").strip())
    if label is None:
        return None
    if label.group("not"):
        said = label.group("not")
        return "Do not" if said.lower().startswith(("things", "what")) else (
            said[0].upper() + said[1:])
    return "Avoid" if label.group("avoid") else ""


def led_item(lead: str, item: str) -> str | None:
    """An item under a label-only lead-in (`list_label`) as the reader needs it: as it stands
    when it says the label itself ("Do not cut the cast yourself" under "Do not"), else after
    the label's words ("Do not get the cast wet"); None for a lead-in that is no label."""
    label = list_label(lead)
    if label is None:
        return None
    item = item.strip()
    said = item.replace("*", "")
    # (an item saying its "not" another way, "Remember not to ...", "You must not ...", had
    # been led in again: "Do not remember not to get the cast wet")
    if not label or _opens_as_a_label(said) or is_negative_instruction(said):
        return item
    return f"{label} {item[:1].lower()}{item[1:]}"


def headed_item(heading, item: str) -> str:
    """A list item straight under a heading that bans ("Do not", "What not to do", "Avoid")
    that finishes the heading's words ("get the dressing wet", in small letters): said after
    them ("Do not get the dressing wet."), as under a label paragraph (`led_item`); alone, the
    row says to do what the leaflet bans. An item that is a sentence of its own stays as it
    is."""
    if not isinstance(heading, Heading) or not item.strip().lstrip("*_")[:1].islower():
        return item
    label = list_label(plain_text(heading.spans).strip())
    if not label:
        return item
    return led_item(label, item) or item


def _label_said_by_every_item(block, following) -> bool:
    """Whether `block` is a label over a list whose every item says it (`led_item`): the
    label goes, a row of its own saying nothing."""
    if not isinstance(block, (Notice, Paragraph)) or not isinstance(following, ListBlock):
        return False
    lead = plain_text(block.spans).strip()
    return list_label(lead) is not None and all(
        led_item(lead, plain_text(item)) == plain_text(item).strip() for item in following.items
    )


_AN_AMOUNT_OF_TIME = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|few)\s+"
    r"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def time_lead_in(lead: str) -> bool:
    """Whether a lead-in is only a time, said before a list of instructions ("For the next 48
    hours:", "For 2 weeks after your operation:"): no verb of its own, so no condition."""
    words = lead.replace("*", "").strip()
    if word_count(words) > 10:
        return False
    doc = parse(words.rstrip(":"))
    if not len(doc) or doc[0].lower_ not in _TIME_PREPOSITIONS:
        return False
    return not _has_verb(words.rstrip(":")) and _AN_AMOUNT_OF_TIME.search(words) is not None


def timed_item(lead: str, item: str) -> str | None:
    """An item that is a sentence of its own under a lead-in that is only a time, said with
    its time: "For the next 48 hours:" over "Don't drive or ride a bike" (read alone, perhaps
    on the next page, the ban is for ever) is "For the next 48 hours, don't drive or ride a
    bike"; None for any other. An item in small letters finishes the lead-in's sentence, and
    is joined to it as it stands."""
    item = item.strip()
    if not (time_lead_in(lead) and item.lstrip("*_")[:1].isupper() and _is_an_instruction(item)):
        return None
    first = item.split()[0]
    said = item if first[1:] != first[1:].lower() or first == "I" else item[:1].lower() + item[1:]
    return f"{lead.strip().rstrip(':').rstrip()}, {said}"


def _is_an_instruction(item: str) -> bool:
    """Whether a list item tells the reader what to do or not to do."""
    said = item.replace("*", "").strip()
    return bool(said) and (is_negative_instruction(said) or is_positive_instruction(said))


def completes(block, following) -> bool:
    """Whether `following` is a list of fragments that finish `block`'s sentence ("Go to A&E
    straight away if your fingers:" then "become blue or very swollen, or"; "Stop and contact
    us if" with no colon): each row is then the whole sentence, so no row is a fragment and no
    item loses its condition."""
    if not isinstance(block, (Notice, Paragraph)) or not isinstance(following, ListBlock):
        return False
    lead = plain_text(block.spans).strip()
    if lead.endswith(":") and time_lead_in(lead) and all(
        _is_an_instruction(plain_text(item)) for item in following.items
    ):
        return True  # each item said with its time (`led_item`)
    if list_label(plain_text(block.spans).strip()) is not None:
        # "Do not" over "- Get the cast wet": each item led by it (`led_item`); over items
        # that each say it, the label goes and the list is read as it stands
        return not _label_said_by_every_item(block, following)
    if not plain_text(block.spans).strip() or ends_a_sentence(plain_text(block.spans)):
        return False
    if not _leads_on(split_lead_in(plain_text(block.spans))[1]):
        return False
    return all(plain_text(item).strip()[:1].islower() for item in following.items)


def _a_warning(block) -> bool:
    """Whether a block is a warning read as one whole: a notice, or a paragraph all in bold
    ("**If your symptoms come back, call 999 straight away. Do not wait ...**")."""
    if isinstance(block, Notice):
        return True
    if not isinstance(block, Paragraph):
        return False
    said = [span for span in block.spans if span.text.strip()]
    return bool(said) and all(span.strong for span in said)


def _leads_into_list(block, following) -> bool:
    """Whether `block` is a lead-in ("... if your child has:") of the list after it."""
    if not isinstance(block, (Notice, Paragraph)) or not isinstance(following, ListBlock):
        return False
    return plain_text(block.spans).rstrip().endswith(":") or completes(block, following)


def _leads_on(lead: str) -> bool:
    """Whether a lead-in's sentence goes on into each item: not when it has ended ("... unless
    your specialist says you can:") or already names the list ("Do not take these ...:", "the
    following"), where an item after it would read as the end of its last clause ("... says you
    can trimethoprim")."""
    doc = parse(lead)
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if not words or words[-1].tag_ == "MD":
        return False
    if _ends_on_its_object(words):
        return False
    return not any(
        t.lower_ in {"these", "those", "them", "following"} and t.dep_ in {"dobj", "pobj"}
        # a phone number is parsed as "them" (grammar.parse): "Call the Hotline on 0300 123
        # 4567 straight away if you:" had its signs said apart from the call, "Have a
        # temperature of 37.5°C or above." an instruction of its own
        and lead[t.idx : t.idx + len(t)].lower() == t.lower_
        for t in doc
    )


_OPENS_A_CLAUSE = frozenset({"if", "unless", "when", "until", "while", "whenever"})


def _ends_on_its_object(words) -> bool:
    """Whether a lead-in's last clause has its verb and ends on a noun: it has named what its
    list gives ("... if you have any signs of anaphylaxis:", "Signs your baby is getting enough
    milk:"), and an item run on after it is no English ("... signs of anaphylaxis swelling of
    the tongue"). A clause with no verb yet ("... if your stoma:") is left open for each item."""
    if words[-1].tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
        return False
    opens = [i for i, t in enumerate(words) if t.lower_ in _OPENS_A_CLAUSE]
    clause = words[opens[-1] + 1 :] if opens else words
    return any(t.tag_.startswith("VB") for t in clause[:-1])


def _forbidden(rows: list[Row], lead_in) -> list[Row]:
    """The rows of a list or table under a "do not" lead-in or heading ("Do not take these
    medicines any more:", "Never take these:"), each with the lead-in's STOP sign: read alone,
    "Medicine: Amlodipine." beside a pill said to take it. A person is asked to check each
    reads as not to do."""
    if not isinstance(lead_in, (Notice, Paragraph, Heading)):
        return rows
    lead = plain_text(lead_in.spans).strip()
    # a heading over the list may lose its colon ("### Do not take these medicines ...")
    led = lead.endswith(":") or isinstance(lead_in, Heading)
    last = sentences(prepare(lead))[-1:] if led else []
    if last and leads_into_bans(last[0]):
        # "Foods to avoid" over "Red meat and sausages": a plate beside them says eat them (a
        # row saying what to do or not of its own keeps its picture)
        note = f"under '{last[0]}': check it reads as not to do"
        return [
            row if says_what_to_do(row.plain) else replace(
                row, picture=ban_picture(), doubt="; ".join(
                    part for part in (*row.doubt.split("; "), note)
                    if part and not part.startswith("no picture fits")
                ))
            for row in rows
        ]
    if not last or not is_negative_instruction(last[0]) or not _FORBIDS_THE_LIST.search(
        last[0]
    ):
        return rows
    stop = choose_picture(last[0])
    note = f"under '{last[0]}': check it reads as not to do"
    return [
        replace(row, picture=stop, doubt="; ".join(
            part for part in (*row.doubt.split("; "), note)
            if part and not part.startswith("no picture fits")
        ))
        for row in rows
    ]


def reasons_for_bans(rows: tuple[Row, ...] | list[Row], pictures) -> tuple[Row, ...]:
    """Each row that says why the row before bans something, without a picture of the banned
    thing (`picture_beside_a_reason`): "Aspirin can cause a rare but serious illness in
    children." after "Never give your child aspirin." had a pill, the banned medicine shown
    as if to give it. A person is asked to check the picture."""
    found = list(rows)
    for index in range(1, len(found)):
        row, before = found[index], found[index - 1]
        picture = picture_beside_a_reason(row.plain, row.picture, before.plain, pictures)
        if picture == row.picture:
            continue
        note = f"says why '{before.plain}' is banned: no picture of what is banned"
        found[index] = replace(row, picture=picture, doubt="; ".join(
            part for part in (*row.doubt.split("; "), note)
            if part and not part.startswith("no picture fits")
        ))
    return tuple(found)


# A "do not" lead-in whose object is the list itself ("Do not take these:", "Never eat any of
# the following:", "Avoid:"), not a limit the list sets ("Do not take more than the doses
# below:", where each row is a dose to keep under, not one to refuse).
_FORBIDS_THE_LIST = re.compile(
    r"^(?!.*\b(?:more|less|fewer|higher|lower|longer) than\b|.*\b(?:over|above|below|under|"
    r"exceed)\b).*(?:\b(?:these|those|them|the following|any of)\b|^\S+(?: \S+){0,2}:$)",
    re.IGNORECASE,
)


# A lead-in that ends in a condition its list finishes ("Call 999 straight away if you:",
# "Contact the ward the same day if:", "Get help if you have any of these signs:"): each item
# is one condition, its parts joined by "and" one sign together. Not a condition said whole
# ("What to do if you feel unwell:" leads into things to do).
_CONDITIONS_LISTED = re.compile(
    r"\S.*?\s(?:if|unless)(?:\s+(?:you|your\s+[\w-]+|your\s+child|he|she|they))?"
    r"(?:\s+(?:have|has|get|gets|notice|feel|feels|develop|experience|are|is|become|becomes|"
    r"see|start))?(?:\s+(?:any\s+of\s+)?(?:these|those|the\s+following)(?:\s+[\w-]+)?)?"
    r"\s*:?$",
    re.IGNORECASE,
)


def leads_into_conditions(lead_in) -> bool:
    """Whether `lead_in` (the block before a list) ends in a condition that each item of the
    list completes: then an item is one condition, kept whole."""
    if not isinstance(lead_in, (Notice, Paragraph, Heading)):
        return False
    lead = plain_text(lead_in.spans).strip()
    if not isinstance(lead_in, Heading) and not lead.endswith(":"):
        return False
    last = sentences(prepare(lead))[-1:] or [""]
    return _CONDITIONS_LISTED.match(last[0]) is not None


def numbered(block: ListBlock, number: int, text: str) -> str:
    """An item's words after its printed number, in a numbered list ("4. If you forget ..."):
    step 4 stays step 4, so "repeat step 1" still points at a step."""
    return f"{number}. {text}" if block.ordered else text


# A sentence that opens with its condition: "If your operation is in the morning, do not eat
# anything after midnight."; "Should the wound become red or hot, it may be infected." says its
# condition the other way round
_OPENING_CONDITION = re.compile(
    r"^(?:\d+[.)]\s+)?((?:if|unless)\b[^,.;:]+|should\s+(?:you|your|the|it|this|they|he|she)"
    r"\b[^,.;:?]+),\s(?!.*\?$)",
    re.IGNORECASE,
)
# A condition said before what it governs as a sentence of its own ("If you are sick within an
# hour of a dose.", as a leaflet set in short lines writes it) or ended by a colon ("If your
# temperature is 38°C or above: Call the hospital.")
_CONDITION_ALONE = re.compile(
    r"^(?:\d+[.)]\s+)?((?:if|unless)\b[^,.;:!?]+?)\s*(?:\.|:\s*(.*)|:?)$", re.IGNORECASE | re.DOTALL
)
# What a reader is told to do, or may do: a sentence after an opening condition that it governs
_TOLD = re.compile(
    r"^(?:you\s+(?:may|can|could|must|should|need)\b|do not\b|don't\b|never\b)", re.IGNORECASE
)


def opening_condition(sentence: str) -> str:
    """The condition a sentence opens with ("If your operation is in the morning"), else ""."""
    found = _OPENING_CONDITION.match(sentence.strip())
    return found.group(1) if found else ""


def condition_alone(sentence: str) -> tuple[str, str]:
    """A sentence that says its condition before what it governs, as (the condition, the words
    after its colon): ("If you are sick within an hour of a dose", "") for a condition said as a
    sentence of its own, ("If your temperature is 38°C or above", "Call the hospital.") for one
    ended by a colon; ("", "") for any other. Every sentence after it in its paragraph is told
    under it, as the source sets it out, until one says a condition of its own."""
    found = _CONDITION_ALONE.match(sentence.strip())
    if not found:
        return "", ""
    condition, rest = found.group(1).strip(), (found.group(2) or "").strip()
    if not rest and not sentence.rstrip().endswith(":"):
        # "If you feel sick take a tablet." goes on past its condition: only a sentence whose
        # main verb is the condition's own is the condition alone
        root = next((token for token in parse(condition) if token.dep_ == "ROOT"), None)
        if root is None or not any(
            child.dep_ == "mark" and child.lower_ in {"if", "unless"} for child in root.children
        ):
            return "", ""
    return condition, rest


def told_under_a_condition(sentence: str) -> bool:
    """Whether a sentence tells the reader what to do or what they may do, as the sentences
    after a paragraph's opening condition do under it ("You may drink water until 6am.")."""
    return bool(_TOLD.match(sentence.strip())) or is_positive_instruction(sentence)


# A condition that is only the reason to ask for help ("If you're worried", "If you have any
# questions"), and the help its sentence sends the reader to ("call NHS 111")
_DOUBT_CONDITION = re.compile(
    r"^(?:if|unless)\s+(?:you(?:'re|\s+are|\s+feel)|your\s+\w+\s+(?:is|are|seems?))\s+"
    r"(?:(?:at\s+all|very|really|still)\s+)?(?:worried|concerned|unsure|not\s+sure|anxious)\b"
    r"|^(?:if|unless)\s+you\s+have\s+(?:any\s+)?(?:questions|worries|concerns|queries)\b",
    re.IGNORECASE,
)
_GETTING_HELP = re.compile(
    r"\b(?:call|ring|phone|telephone|contact|speak\s+to|talk\s+to|ask|go\s+to|see\s+(?:a|your)"
    r"|get\s+(?:help|advice))\b",
    re.IGNORECASE,
)


# What a reader may do: a sentence that permits within what the condition's instruction limits
_PERMITS = re.compile(r"^you\s+(?:may|can|could)\b", re.IGNORECASE)
# ... or says when to do it: now ("If your symptoms come back, call 999. Do not wait for your
# appointment.")
_NO_DELAY = re.compile(r"^(?:do\s+not|don't|never)\s+(?:wait|delay)\b", re.IGNORECASE)


def _carrying(opener: str, sentence: str) -> str:
    """Whether a later sentence of a paragraph is told under the condition the paragraph's
    first sentence opens with: "yes", "no" or "maybe" (`carries_its_opening`)."""
    if not told_under_a_condition(sentence):
        return "no"
    condition = opening_condition(opener)
    told = opener.strip()[opener.strip().find(condition) + len(condition):]
    if _DOUBT_CONDITION.match(condition) and _GETTING_HELP.search(told):
        return "yes" if _GETTING_HELP.search(sentence) or _CONTACT.search(sentence) else "no"
    if _PERMITS.match(sentence.strip()) or _NO_DELAY.match(sentence.strip()):
        return "yes"
    first, then = read(told), read(sentence)
    if (first.positive | first.negated) & (then.positive | then.negated):
        return "yes"
    return "maybe"


def carries_its_opening(opener: str, sentence: str) -> bool:
    """Whether a later sentence of a paragraph is surely told under the condition the
    paragraph's first sentence opens with: it permits within what that instruction limits ("If
    your operation is in the morning, do not eat anything after midnight. You may drink water
    until 6am."), goes on with its action ("..., press on it. Keep pressing for 10 minutes.")
    or says to do it now ("..., call 999. Do not wait for your appointment."). A worry that
    is only the reason for the help its own sentence names ("If you're worried, call NHS
    111.") governs that help and any other help offered after it ("You can also ring your
    GP."), never a sentence said to everyone ("You can't use this leaflet's advice in place of
    a doctor's."). Another instruction may be for everyone ("If you do not feel like eating,
    try small snacks. Drink plenty of fluids."): `may_carry_its_opening`."""
    return _carrying(opener, sentence) == "yes"


def may_carry_its_opening(opener: str, sentence: str) -> bool:
    """Whether a later sentence may or may not be told under its paragraph's opening condition
    ("Drink plenty of fluids." after "If you do not feel like eating, try small snacks."): it
    is said as written, and a person checks whether the condition applies."""
    return _carrying(opener, sentence) == "maybe"


# A lead-in whose condition is the list after it: "If any of these happen, call 111:" over
# "You feel short of breath." (read alone, a statement that the reader is ill)
_CONDITION_POINTS_ON = re.compile(
    r"\b(?:if|when|unless)\b[^:]*\b(?:these|the following)\b[^:]*:$", re.IGNORECASE
)


def _ends_alone(block) -> bool:
    """Whether a paragraph's words end in a condition said alone ("If you feel unwell at
    home.", "If you get a temperature:"), which leads what comes after it."""
    if getattr(block, "lang", ""):
        return False
    last = sentences(prepare(plain_text(block.spans)))[-1:] or [""]
    alone, after = condition_alone(last[0])
    return bool(alone) and not after


def _told_under(rows: list[Row], lead: str) -> list[Row]:
    """The rows of a paragraph or list after a condition said alone at the end of the block
    before ("If you get a temperature:"), each marked as told under it (so it stands in under
    it, kept on its page), up to a row saying a condition of its own."""
    marked = []
    for row in rows:
        if lead and (
            row.plain.rstrip().endswith(":") or opening_condition(row.plain)
            or condition_alone(row.plain)[0]
        ):
            lead = ""
        if lead:
            said = f"check '{lead}' applies to this row"
            row = replace(row, doubt=f"{said}; {row.doubt}" if row.doubt else said)
        marked.append(row)
    return marked


def kept_with_their_condition(said: list[str]) -> list[tuple[str, str]]:
    """A paragraph's sentences, each with "" or, where a sentence may or may not be told under
    the condition the sentence before it opens with ("Should the wound become red or hot, it may
    be infected. Contact your GP."; "If you smoke, your wound may heal more slowly. Keep it
    clean and dry."), the two as one, with why: cut apart, the second reads as for everyone
    where it may be for some readers only, and said with the condition it may be for some where
    it is for everyone. The leaflet's words together leave neither reading out."""
    found: list[tuple[str, str]] = []
    opening = opener = ""
    for place, sentence in enumerate(said):
        if not place or opening_condition(sentence) or condition_alone(sentence)[0]:
            opening, opener = opening_condition(sentence), sentence
        elif (
            opening and found and found[-1][0].endswith(opener)
            and not carries_its_opening(opener, sentence)
            and may_carry_its_opening(opener, sentence)
            # (never a ban that names what it bans: said alone it is for everyone, the reading
            # that cannot harm; joined, "Do not give ibuprofen to a child who has chickenpox"
            # read as for a distressed child only. "Do not stop taking them" needs the sentence
            # that says what they are.)
            and not (_OPENS_WITH_A_BAN.match(sentence) and not _named_before_its_rows(sentence))
        ):
            why = (
                f"kept with the sentence before as the leaflet says it: '{sentence}' may or may "
                f"not be told only under '{opening}', and on a row of its own it reads as for "
                "everyone; a person should say which"
            )
            found[-1] = (f"{found[-1][0]} {sentence}", why)
            continue
        found.append((sentence, ""))
    return found


def _under_its_condition(condition: str, part: str) -> str:
    """A row said under its condition: "If your operation is in the morning, you may drink
    water until 6am." A name first ("NHS 111") keeps its capitals; a row already saying a
    condition of its own, or a lead-in, is left."""
    if part.rstrip().endswith(":") or opening_condition(part) or not told_under_a_condition(part):
        return part
    first = part.split()[0]
    said = part if first[1:] != first[1:].lower() or first == "I" else part[0].lower() + part[1:]
    return f"{condition}, {said}"


def split_lead_in(text: str) -> tuple[str, str]:
    """A paragraph that a list finishes, as (its sentences before the last, the last one): only
    the last sentence leads into each item ("These may include: ..."); the others are said
    once, before the list."""
    *before, lead = sentences(prepare(text)) or [""]
    return " ".join(before), lead.rstrip().rstrip(":").rstrip()


_SAYS_WHAT_IT_IS = re.compile(
    r"\b(?:this leaflet|this information|these exercises are|is for|are for|tells you)\b", re.I
)


def _about_first(leaflet: Leaflet, sections: list[Section], drafter: _Drafter) -> list[Section]:
    """Easy Read opens with what the leaflet is about and who it is for. When the leaflet's
    first rows do not say so, a row made from its title comes first, and the draft asks the
    author to say who it is for (the leaflet's words do not)."""
    first_rows = [row.plain for section in sections[:1] for row in section.rows[:3]]
    if any(_SAYS_WHAT_IT_IS.search(row) for row in first_rows):
        return sections
    title = leaflet.meta.title
    about = drafter._row(f"This leaflet is about **{title[0].lower()}{title[1:]}**.", False)
    about = replace(about, doubt="written from the title: add who the leaflet is for")
    if sections and not sections[0].heading:
        return [Section("", (about, *sections[0].rows)), *sections[1:]]
    return [Section("", (about,)), *sections]


def draft(leaflet: Leaflet, limit: int = 15) -> EasyRead:
    """The automatic Easy Read of a leaflet's body, with a hard-words section when needed."""
    require_english(leaflet)
    drafter = _Drafter(limit, leaflet)
    language = leaflet.meta.language
    sections: list[Section] = []
    heading = ""
    rows: list[Row] = []
    warning = 0  # where the rows of the warning being written start (`_Drafter.release`)
    led = (-2, "")  # the paragraph before whose rows end under a lead-in, and that lead-in
    leading = ""  # the condition said alone that ends the block before, as a lead-in
    blocks = notice_lists_apart(leaflet.blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        under, leading = leading, ""
        # a hard word's meaning comes after the whole warning it is used in: "Come back to the
        # Emergency Department straight away if your child has:" is followed by its signs, and
        # only then by "An emergency is when someone is very ill or hurt."
        previous = blocks[index - 1] if index else None
        goes_on = (isinstance(block, Notice) and isinstance(previous, Notice)) or (
            isinstance(block, ListBlock) and _leads_into_list(previous, block)
        )
        if not goes_on:
            drafter.release(rows, warning)
            warning = len(rows)
        drafter.holding = goes_on or _a_warning(block) or _leads_into_list(block, following)
        if isinstance(block, ListBlock) and index and completes(blocks[index - 1], block):
            continue  # written with its lead-in, below
        if _label_said_by_every_item(block, following):
            continue  # "Do not" over items each saying "Do not ...": no row "Do not."
        if isinstance(block, (Notice, Paragraph)) and completes(block, following):
            before, lead = split_lead_in(marked_text(block.spans, language))
            notice = isinstance(block, Notice)
            rows.extend(drafter.rows_for(before, notice=notice))
            for number, item in zip(following.item_numbers(), following.items, strict=True):
                fragment = _as_sentence(marked_text(item, language))
                whole = (
                    timed_item(lead, marked_text(item, language)) or led_item(lead, fragment)
                    or f"{lead} {fragment[0].lower()}{fragment[1:]}"
                )
                rows.extend(drafter.rows_for_item(following, number, whole, notice))
            continue
        if isinstance(block, Heading):
            if rows or heading:
                sections.append(Section(heading, tuple(rows)))
            heading, rows = simplify(plain_text(block.spans), drafter.plain), []
            warning = 0
        elif isinstance(block, Notice):
            rows.extend(drafter.rows_for(marked_text(block.spans, language), notice=True))
        elif isinstance(block, Paragraph) and explains_ticks_said(blocks, index):
            continue  # each tick was said as what it means (`table_cells`)
        elif isinstance(block, Paragraph) and block.lang:
            rows.append(drafter.row_in_other_language(plain_text(block.spans), block.lang))
        elif isinstance(block, Paragraph):
            new = drafter.rows_for(marked_text(block.spans, language))
            if new and isinstance(following, (Paragraph, ListBlock)) and _ends_alone(block):
                # "If you feel unwell at home." over the paragraph that says what to do: a
                # lead-in ("If you feel unwell at home:") of the rows after it
                new[-1] = replace(new[-1], text=re.sub(r"\.(\W*)$", r":\1", new[-1].text))
            first = new[0].plain if new else ""
            if (
                led[0] == index - 1 and first
                and not (STRONG_CONDITION_IN.search(first) or first.endswith("?"))
            ):
                # "If you are diabetic:" over "Do not take your diabetes tablets ...", then the
                # next paragraph's "Take all your other medicines at 6am ...": nothing shows
                # the lead-in's rows have ended, so it reads as for diabetic patients only
                said = f"check this row is not read as under '{led[1]}' above it: it is not"
                new[0] = replace(new[0], doubt=f"{said}; {new[0].doubt}" if new[0].doubt else said)
            at = _a_condition_block([row.plain for row in new])
            led = (index, new[at].plain) if at is not None else (-2, "")
            rows.extend(_told_under(new, under))
        elif isinstance(block, ListBlock):
            start = len(rows)
            # each item one sign under "Call 999 if you:": "feel confused and have a
            # temperature" cut at its "and" would make a temperature alone an emergency
            whole = index > 0 and leads_into_conditions(blocks[index - 1])
            for number, item in zip(block.item_numbers(), block.items, strict=True):
                said = headed_item(previous, marked_text(item, language))
                rows.extend(drafter.rows_for_item(block, number, said, whole=whole))
            rows[start:] = _told_under(rows[start:], under)
        elif isinstance(block, Image):
            rows.extend(drafter.rows_for_image(block, Path(leaflet.source_path).parent))
        elif isinstance(block, DescribedPicture):
            rows.extend(drafter.rows_for(block.description))
        elif isinstance(block, Table):
            start = len(rows)
            rows.extend(drafter.rows_for_table(
                table_cells(block, language, tick_meaning(blocks, index))
            ))
        if isinstance(block, (ListBlock, Table)):
            rows[start:] = _forbidden(rows[start:], blocks[index - 1] if index else None)
        # a paragraph that ends in a condition said alone ("If you feel unwell at home." or
        # "If you get a temperature:") leads the paragraph or list after it
        if isinstance(block, (Paragraph, Notice)) and rows and not getattr(block, "lang", ""):
            last = sentences(prepare(plain_text(block.spans)))[-1:] or [""]
            if (_ends_alone(block) or _CONDITION_POINTS_ON.search(last[0])) and (
                rows[-1].plain.endswith(":")
            ):
                leading = rows[-1].plain
    drafter.release(rows, warning)
    if rows or heading:
        sections.append(Section(heading, tuple(rows)))
    sections = [
        Section(section.heading, reasons_for_bans(section.rows, drafter.pictures))
        for section in sections
    ]
    sections = _about_first(leaflet, sections, drafter)
    if hard := drafter.hard_words_section():
        sections.append(hard)
    notes = ["drafted automatically: a person should read it", *drafter.notes]
    return EasyRead(sections, notes=notes)


# How the Easy Read offer names each thing a leaflet can offer (offers.OFFER_NAMES).
EASY_READ_OFFER = {
    "braille": "in Braille",
    "large-print": "in large print",
    "easy-read": "in Easy Read",
    "audio": "as a recording to listen to",
    "accessible-html": "as a web page",
    "translations": "in another language",
    "bsl": "in British Sign Language (BSL)",
}


def offer_text(leaflet: Leaflet) -> str:
    """The leaflet's offer of other formats in Easy Read sentences, built from what it offers
    (one format a sentence, so a long offer never makes a long row); a leaflet's own offer
    sentence is drafted as written."""
    trust = leaflet.trust
    if leaflet.meta.format_offer:
        return marked_text(trust.format_offer, "en")
    offer = trust.offer
    other = "another language or format" if offer.translations else "another format"
    sentences = [f"Do you want this information in {other}?"]
    sentences += [f"You can have it {EASY_READ_OFFER[name]}." for name in offer.names]
    sentences.append(f"Please phone {trust.phone} or email {trust.email}.")
    return " ".join(sentences)


def closing_rows(leaflet: Leaflet, limit: int = 15) -> list[Row]:
    """The last page's rows: the leaflet's offer of other formats and the trust's footer."""
    drafter = _Drafter(limit)
    trust = leaflet.trust
    rows = drafter.rows_for(offer_text(leaflet))
    for line in trust.footer:
        rows.extend(drafter.rows_for(marked_text(line, "en")))
    return rows


# ---- the author form ------------------------------------------------------------------------


class _AuthorFrontMatter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    leaflet: str | int
    version: int = Field(gt=0)


def author_file_for(leaflet: Leaflet) -> Path:
    """source/<number>-<slug>.easyread.md beside the leaflet's own source file; a translation's
    is source/<number>-<slug>.<lang>.easyread.md, so it never takes the English words."""
    variant = f".{leaflet.variant}" if leaflet.variant else ""
    return Path(leaflet.source_path).parent / f"{leaflet.slug}{variant}.easyread.md"


_ROW_LINE = re.compile(r"^(>\s*)?\[([^\]]*)\]\s*(.*)$")


def read_author_file(path: Path, leaflet: Leaflet) -> EasyRead:
    """An author's Easy Read, as written; every line that is not a heading, a row, a comment or
    blank is refused with its line number."""
    where = str(path)
    data, body, first_line = split_front_matter(read_text(path), where)
    try:
        front = _AuthorFrontMatter.model_validate(data)
    except ValidationError as error:
        raise LeafletError(describe_validation_error(where, error)) from None
    if str(front.leaflet).strip() != leaflet.meta.number:
        raise LeafletError(
            f"{where}: leaflet: {front.leaflet} does not match leaflet {leaflet.meta.number}, "
            "whose Easy Read this file is named as"
        )
    body = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), body, flags=re.DOTALL)
    pictures = picture_list().for_leaflet(leaflet.meta.title, leaflet.meta.department)
    folder = Path(leaflet.source_path).parent  # picture files are named as in the leaflet
    sections: list[Section] = []
    heading, rows = "", []
    for number, line in enumerate(body.splitlines(), start=first_line + 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            if rows or heading:
                sections.append(Section(heading, tuple(rows)))
            heading, rows = line[3:].strip(), []
            continue
        match = _ROW_LINE.match(line)
        if not match or not match.group(3).strip():
            raise LeafletError(
                f"{where}: line {number}: '{line[:60]}' is not a row: write a row as "
                "'[picture name] Words of the row.' and a heading as '## Heading'"
            )
        words_of_row = match.group(3).strip()
        name = match.group(2).strip()
        picture = (
            resolve_picture_name(name, f"{where}: line {number}", pictures, folder)
            if name
            else choose_picture(plain_words_of(words_of_row), pictures)
        )
        rows.append(Row(words_of_row, picture, notice=bool(match.group(1))))
    if rows or heading:
        sections.append(Section(heading, tuple(rows)))
    # a picture the file names is the author's; one chosen for a row is checked as a draft's
    sections = [
        Section(section.heading, reasons_for_bans(section.rows, pictures)) for section in sections
    ]
    if not any(section.rows for section in sections):
        raise LeafletError(f"{where}: the file has no rows: write '[picture name] Words.' lines")
    notes = []
    if front.version != leaflet.meta.version:
        notes.append(
            f"the author's Easy Read was written for version {front.version}; the leaflet is "
            f"now version {leaflet.meta.version}: check it still says the same"
        )
    return EasyRead(sections, path, front.version, notes)


def easy_read_for(leaflet: Leaflet, limit: int = 15) -> EasyRead:
    """The author's Easy Read when there is one, else the automatic draft."""
    path = author_file_for(leaflet)
    if path.is_file():
        return read_author_file(path, leaflet)
    return draft(leaflet, limit)


def author_form(leaflet: Leaflet, easy_read: EasyRead) -> str:
    """An Easy Read as an author's file, for a person to correct and save as their own."""
    lines = [
        "---",
        f"leaflet: {leaflet.meta.number}",
        f"version: {leaflet.meta.version}",
        "---",
        f"<!-- Easy Read words for leaflet {leaflet.meta.number}, '{leaflet.meta.title}'.",
        "     Drafted automatically: read every row against the leaflet before using it.",
        "     One row a line: [picture name] Words, with **bold** for key words.",
        "     '> ' before a row makes it a safety notice. '[]' lets the pipeline choose.",
        "     A 'check:' comment marks a row the draft is unsure of: read it against the",
        "     leaflet (a condition, a 'not', a long sentence, a picture to choose).",
        f"     Save it as {author_file_for(leaflet).name} in source/ to use it.",
        "     The cover and the last page (contact details, other languages) are added",
        "     from config/organisation.yaml. -->",
    ]
    for section in easy_read.sections:
        lines.append("")
        if section.heading:
            lines.append(f"## {section.heading}")
        for row in section.rows:
            name = _picture_name(row.picture, Path(leaflet.source_path).parent, row.plain)
            if row.doubt:
                lines.append(f"<!-- check: {row.doubt.replace('--', '-')} -->")
            lines.append(f"{'> ' if row.notice else ''}[{name}] {row.text}")
    return "\n".join(lines) + "\n"


def _picture_name(picture: Picture, folder: Path, text: str) -> str:
    """The name an author reads best: the curated word that chose it (`author_name`), the
    leaflet's own picture file, else its OpenMoji code."""
    if picture.file:
        return Path(os.path.relpath(picture.file, folder)).as_posix()
    if name := author_name(picture, text):
        return name
    return "neutral" if picture.is_neutral else picture.hexcode
