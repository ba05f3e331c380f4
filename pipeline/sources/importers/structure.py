"""Finds a leaflet's structure in its lines, whatever file they came from: details (reference,
version, review dates) anywhere, the trust's own lines (left to config), the title and
department, a contents list (used to confirm headings, then dropped), headings written as bare
lines, numbered and bulleted lists, fill-in blanks, flattened tables and pictures described
but not supplied. Every decision is recorded with its line, for a person to check."""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

import yaml

from ...config import organisation
from ...contacts import contact_pattern
from ...errors import LeafletError
from ...languages import (
    LANGUAGES,
    WELSH,
    ban_ending_lead_in,
    ban_lead_in,
    ban_said_with,
    ban_words_for,
    find_language,
    primary_language,
)
from ...model import RANGE_JOIN, UNNAMED_BLANK, plain_text, reference_slug
from ...offers import is_offer_sentence
from ...text import (
    QUESTIONS_HEADING,
    SCRIPT_FULL_STOPS,
    TICK_BOXES,
    control_character,
    script_of,
    scripts_in,
    shaped_as_a_word,
    slugify,
)
from ...text import WELSH_TITLE_WORDS as _WELSH_TITLE_WORDS
from ...text import WELSH_WORDS as _WELSH_WORDS
from ...text import reads_as_welsh as _reads_as_welsh
from ...text import sentences as text_sentences
from ...text import words as text_words
from .. import trust_parts
from ..reader import MAX_REFERENCE
from .lines import (
    ENDS_ASKING_FOR_A_NUMBER,
    ENDS_ON_A_BOX,
    ENDS_ON_NOT,
    SourceLine,
    written_like_a_title,
)
from .lines import ENDS_LEADING_ON as _NOT_A_HEADING_END
from .metadata import (
    A_DAYS_DATE,
    APPOINTMENT_FIELDS,
    AUDIENCE,
    DATE_KEYS,
    DEPARTMENT_NAME,
    ENDS_WITH_A_MONTH,
    FOUND_DATE_KEYS,
    HOSPITAL_NAME,
    PAGE_NUMBER,
    STAFF_TEAM,
    TRUST_NAME,
    WELSH_NAME,
    Appointment,
    Found,
    appointment_in,
    audience_and_organisation,
    audience_of,
    authors_named,
    details_in_sentences,
    find_details,
    leaflet_dates,
    partnered,
    people_only,
    trust_name_in,
    trust_names,
    version_number,
    year_month,
)
from .repeats import file_note, running_ban

GIVEN_KEYS = (
    "number", "title", "department", "version", "last_reviewed", "next_review", "issued",
    "organisation",
)
# The dates given by hand, as a message names them.
_GIVEN_DATES = {
    "issued": "the issue date", "last_reviewed": "the last review date",
    "next_review": "the next review date",
}
_LONGEST_NAME = 150  # characters in an organisation's name given by hand
_REQUIRED = ("number", "version", "title", "department")

# An appointment's lines round a patient's own "Date:": "Time: 08:15", "Place: Ward 4", "Where:
# Endoscopy Unit", under "Your appointment" or "Appointment details".
_APPOINTMENT_LINE = re.compile(
    r"^(?:date|time|place|where|when|venue|location)\s*:|^(?:\w+\s+){0,3}appointments?(?:\s+details)?\s*:?$",
    re.IGNORECASE,
)
_CONTENTS = re.compile(r"^(?:on this page|contents|in this leaflet|what'?s inside)\s*:?$", re.I)
# The signs a leaflet writes before a list item: round and square bullets, dashes, and Word's
# arrow and diamond bullets as they come through as text ("➢", "❖").
BULLET_SIGNS = "•●▪■◦○·*\\-–—➢➤►▶▸‣⁃❖◆◇"
_LIST_ITEM = re.compile(
    rf"^(?P<marker>[{BULLET_SIGNS}]|o(?=\s)|\d{{1,2}}[.)](?!\d)|\(\d{{1,2}}\)|\(?[a-h]\)|[a-h]\.|"
    # "i. Use a needle", "(ii) Do not", "iii. that you have your medicines" under a lead-in; a
    # capital numeral only before a capital ("I. Then" may be a sentence's end)
    r"(?-i:\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|\(?(?:I{1,3}|IV|VI{0,3}|IX|X)[.)](?=\s+[A-Z]))|"
    r"(?:step|stage)\s+\d{1,2}[:.)]?(?=\s+[A-Z]))"  # "Step 1 Remove the shield ...": a step
    r"\s+(?P<text>\S.*)$",
    re.IGNORECASE,
)
_NESTED_MARKERS = set("o◦○▪■")
_PATTERNED_HEADING = re.compile(
    # a floor in an address is none: "Level 2, Outpatients Building" (it had been a heading,
    # and the unit's name over it another)
    r"^(?:exercise|step|stage|section|part|level(?!\s+\d+,)|week|day|phase)\s+\d+\b",
    re.IGNORECASE,
)
# A section's number at a heading's start: "3. What to eat", "3) Going home", "2.1 Medicines",
# "3 What to eat", "Section 3: What to eat". A count is none: "3 days before (for a Thursday
# appointment, this is Monday)", "2 weeks after your operation" go on in small letters (taken
# for section 3, the line had been a chapter of its own and "3." an empty heading over it).
_SECTION_NUMBER = re.compile(
    r"^(?:(?i:section|part)\s+(?P<named>\d{1,2})\b[:.)]?\s*"
    r"|(?P<number>\d{1,2})(?P<part>\.\d{1,2})*(?:[.)]\s+|\s+(?=[A-Z])))"
)
# ... and the count: "2 weeks after your operation", "10 days before", "24 to 48 hours after".
_A_COUNT = re.compile(r"^\d{1,3}(?:\s*(?:-|–|to|or)\s*\d{1,3})?\s+[a-z]")


def _section_number(text: str) -> int | None:
    """The number of the section a heading opens ("3. What to eat" is 3), None for a section's
    part ("3.1 ...") or a heading with no number."""
    found = _SECTION_NUMBER.match(text)
    if not found or found["part"]:
        return None
    return int(found["named"] or found["number"])


# A sentence that ends within a line and another that starts: no heading's ("Dr. Patel" is one,
# and so are questions: "Pregnant? Had contact with chickenpox?").
_SENTENCE_ENDS_WITHIN = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bNo)[A-Za-z]{2}\. [A-Z]"
)
_ENDS_SENTENCE = re.compile(r"[.!?:;)\]”\"']$")
# A title and its Welsh side by side on one line, parted by a slash or a bar.
_TITLE_PARTED = re.compile(r"\s+[/|]\s+")
# A department's name under the title has one of these: a kind of place, or a specialty as NHS
# trusts name theirs ("Paediatric ENT" was taken for a heading).
_DEPARTMENT_WORDS = re.compile(
    r"department|service|unit|clinic|team|physiotherapy|therapy|therapies|ward|centre|"
    r"directorate|endoscopy|pharmacy|surgery|medicine|health|nursing|care|"
    r"radiology|imaging|orthopaedics?|gastroenterology|rheumatology|dermatology|cardiology|"
    r"oncology|maternity|midwifery|obstetrics|gynaecology|paediatrics?|children's|neonatal|"
    r"\bENT\b|ear, nose and throat|urology|neurology|haematology|ophthalmology|audiology|"
    r"anaesthetics?|respiratory|renal|nephrology|diabetes|endocrinology|stroke|podiatry|"
    r"dietetics|orthotics|vascular|plastics|urogynaecology|hepatology|palliative|psychology|"
    r"psychiatry|outpatients?|theatres|day case|trauma|emergency|"
    # "Oral and Maxillofacial Surgery (OMFS)" over the title had been a heading
    r"maxillofacial|dental|dentistry|orthodontics?",
    re.IGNORECASE,
)
# ... and in a leaflet's own language: Polish "Oddział Urologii", Punjabi "ਡਾਇਬੀਟੀਜ਼ ਸੈਂਟਰ"
_OWN_DEPARTMENT_WORDS = frozenset(
    unicodedata.normalize("NFC", word) for row in LANGUAGES for word in row.department_words
)


def _department_word_in(text: str) -> bool:
    """Whether `text` has a department's word, in English or a leaflet's own language. The
    own words are matched as whole words with their vowel signs (text.words): a regular
    expression's \\b falls inside a Gurmukhi word, so "ਸੇਵਾ" never matched."""
    return bool(_DEPARTMENT_WORDS.search(text)) or _own_department_word(text)


def _own_department_word(text: str) -> bool:
    return any(
        unicodedata.normalize("NFC", word) in _OWN_DEPARTMENT_WORDS for word in text_words(text)
    )


# A word naming a specialty only beside one of the words above: "Oral Surgery", "Oral and
# Maxillofacial Surgery", "Oral Medicine"; "Women's Health Physiotherapy" (over the title, it
# had been taken for the title).
_SPECIALTY_QUALIFIERS = ("oral", "restorative", "women's", "women’s", "men's", "men’s")
# A department named first, then its specialty: "Department of Anaesthesia", "Directorate of
# Women's and Children's Services" (over the title, it had been taken for the title).
_DEPARTMENT_OF = re.compile(
    r"(?i:(?:the\s+)?(?:department|directorate|division|unit|centre|service))\s+(?:of|for)\s+"
    r"[A-Z][\w'’]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’]*){0,4}"
)
# ... and as languages that name the department first write it: Welsh "Adran Llawfeddygaeth
# Gyffredinol", Polish "Oddział Chorób Wewnętrznych" (over the title, each had been the title).
_DEPARTMENT_WORD_FIRST = re.compile(
    r"(?i:" + "|".join(
        re.escape(word) for row in LANGUAGES for word in row.department_words
    ) + r")\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'’]*(?:\s+[\w'’]+){0,5}"
) if any(row.department_words for row in LANGUAGES) else None
# A line naming whom a leaflet in another language is for ("Gwybodaeth i gleifion"), whole.
# (NFC, as the lines are compared so: "ਜ਼" is one letter or "ਜ" and its dot, as typed)
_OWN_AUDIENCE_LINES = {
    unicodedata.normalize("NFC", line): row.code for row in LANGUAGES for line in row.audience_lines
}
# A line of a mnemonic: "S - Sulfonylureas" (SADMANS).
# ... and of a word and what it stands for: "Face – has their face fallen?" (FAST), whose
# questions had been headings.
_TERM_LINE = re.compile(r"^[A-Z][a-z]{1,15} [-–—] \S")
_MNEMONIC_LINE = re.compile(r"^(?P<letter>[A-Z]) ?(?:[-–—]|:(?= )) (?P<words>\S.*)")
# A line starting with a label and a colon, its first word named: "Week 1-2: walk 10 mins".
_PARALLEL_LABEL = re.compile(r"(?P<word>[A-Z][\w'’/&()-]*)(?: [\w'’/&()-]+){0,3}:\s+\S")
# A glossary's entry: a term of a few words (in bold or not), a spaced dash and what it means
# ("ECG – electrocardiogram, a tracing of your heart", "mmol/L – millimoles per litre").
_GLOSSARY_ENTRY = re.compile(r"^(?P<term>[^\s–—-][^–—:.!?]{0,30}?) [-–—] \S")
# UTF-8 read as Windows-1252: "â€“", "â€™", "Ã©" (a dash, an apostrophe, an é); "Â£8" and
# "38Â°C" (a pound sign and a degree: the audio had said "about Â eight pounds").
_WRONG_ENCODING = re.compile("â€[\u0080-\u00ff\u0152-\u2122]|[ÃÂ][\u0080-\u00bf]")
# Characters that show nothing: a zero-width space, a word joiner, a soft hyphen, a byte-order
# mark inside the text.
_INVISIBLE = re.compile("[\u200b\u2060\u00ad\ufeff]")
# A printed page's turn-over line, typed out with the text between its pages ("PTO",
# "Continued overleaf"): it had stayed a line, read out between the wound care and the
# stockings. Not a bare "Turn over" (an exercise's step) nor "See overleaf" (it may point at
# a picture a person must put back).
_TURN_OVER = re.compile(
    r"\(?(?:p\.? ?t\.? ?o\.?|please turn over|(?:continued|cont(?:'d|\.)?) (?:overleaf|on "
    r"(?:the )?(?:next|other|back) (?:page|side)))\)?[.…]*\s*(?:→|>+)?",
    re.IGNORECASE,
)
# A name, dot leaders and the phone number they lead to: "Ward 7 ........ 0116 258 5555",
# "Pharmacy …………… ext 4412". The name is a few words with no colon (a label's blank,
# "Date: ........", stays a blank).
_DOT_LEADER = re.compile(
    r"^(?P<name>[A-Z][^:.…_]{0,50}?[^\s:.…_])[ \t]*(?:(?:\.[ \t]?){4,}|…[.… \t]*)[ \t]*"
    r"(?=(?:\+44|\(?0)[\d ()]{9,}|ext(?:ension)?\.? ?\d)"
)
# A leaflet's questions and answers: "Q: Can I drive home?" / "A: No. ...".
_QUESTION = re.compile(r"^Q[:.]\s+(?P<question>\S.{0,120}\?)$")
_ANSWER = re.compile(r"^A[:.]\s+(?=\S)")
_TIME_HEADING = re.compile(
    r"\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)", re.IGNORECASE
)
# A line of an address or of opening hours: a postcode, a time, a street's name and a comma.
_ADDRESS_OR_HOURS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\b\d{1,2}[:.]\d\d\b"
    r"|\b(?:Road|Street|Lane|Avenue|Drive|Way|Close|Crescent|Square|Place)\b,",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\.?", re.IGNORECASE)
_STREET = re.compile(
    r"\d{1,4}[A-Za-z]?,? [\w'’ -]{2,40} (?:Road|Street|Lane|Avenue|Drive|Way|Close|Crescent|"
    r"Square|Place|Hill|Gardens|Park|Walk|Terrace|Row|Grove)\.?,?", re.IGNORECASE
)
# A day's line of a week's times: "Monday: 8.30am - 11.30am", "Mon-Fri: 9am to 5pm".
_DAY_LABEL = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s*(?:to|-|–|and|&)\s*"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?\s*:",
    re.IGNORECASE,
)
_FINDING_US = re.compile(r"\b(?:find|finding|address|where|visit|visiting|directions|map)\b", re.I)
_BRACKETED = re.compile(r"\s*\([^)]*\)")
_CLOSING_BRACKETS = re.compile(r"\s*\([^)]*\)$")
_SEPARATORS_ALONE = re.compile(r"^[-–—|/·•,]+$")
# How a leaflet's title starts, never a department's name.
_TITLE_START = re.compile(
    r"^(?:your|having|caring|going|looking|living|coming|getting|taking|using|information|"
    r"advice|about|what|how|when|why|after|before|preparing|managing|a|an|the)\b",
    re.IGNORECASE,
)
_PICTURE_LINE = re.compile(
    r"^\s*[\[(]?(?P<kind>picture|image|illustration|diagram|photo(?:graph)?|figure|drawing)"
    r"(?:\s+\d+)?\s*(?:(?P<sep>[:–—-])|(?P<of>\bof\b|\bshowing\b))\s*(?P<text>.+?)[\])]?\s*$",
    re.IGNORECASE,
)
_PICTURE = r"(?:picture|diagram|figure|fig\.|image|photo(?:graph)?|illustration|drawing)s?"
# A cell that only holds a picture's place, "[Picture 3]", "(Image 2)", "Photo 1a".
_PICTURE_PLACEHOLDER = re.compile(rf"[\[(]?\s*{_PICTURE}(?:\s*\d{{1,2}}[a-z]?)?\s*[\])]?", re.I)
# A line that only holds a picture's place, bracketed or numbered ("[Picture 1]", "(picture)",
# "Figure 2"): a bare "Photographs" may head a section of its own.
_PICTURE_PLACE_LINE = re.compile(
    rf"\[\s*{_PICTURE}(?:\s*\d{{1,2}}[a-z]?)?\s*\]|\(\s*{_PICTURE}(?:\s*\d{{1,2}}[a-z]?)?\s*\)|"
    rf"{_PICTURE}\s*\d{{1,2}}[a-z]?",
    re.I,
)


def picture_place(text: str) -> bool:
    """Whether `text` only holds a picture's place ("[Picture 1]", "(picture)", "Figure 2") or
    a picture's description set in its place ("[Image: a woman lying on her back]", "Picture:
    a foot pointing up"): no words of the text. Not a sentence naming one ("Photo of your scan
    is sent to your GP")."""
    text = text.strip()
    if _PICTURE_PLACE_LINE.fullmatch(text):
        return True
    described = _PICTURE_LINE.match(text)
    return bool(described and (text[:1] in "[(" and text[-1:] in "])" or described["sep"]))


_PICTURE_REFERENCES = re.compile(
    r"\b(as shown (?:overleaf|below|above|opposite|in the (?:picture|diagram))|as shown\b|"
    r"see (?:the )?" + _PICTURE + r"(?: \d+)?|\(" + _PICTURE + r" ?\d+\)|"
    + _PICTURE + r" (?:below|above|opposite|overleaf|on the (?:right|left))|\(pictured\)|"
    r"with the " + _PICTURE + r")",
    re.IGNORECASE,
)
# A line pointing to a QR code ("Scan the QR code to watch the video"): no braille, audio or
# large print reader can scan it, and no format carries it.
_QR_CODE = re.compile(r"\bQR[ -]?codes?\b", re.IGNORECASE)


def _notice_labels(code: str) -> tuple[str, str]:
    """The words that label a notice in a leaflet in `code` as alternatives for a pattern:
    English's (a translation may keep "Important:"), and its own language's, from its row
    ("اہم" in Urdu, "Ważne" in Polish: a notice labelled so had been a plain paragraph)."""
    row = find_language(code)
    own = row.notice_labels if row is not None and row.code != "en" else ()
    english = find_language("en").notice_labels

    def alternatives(labels: tuple[tuple[str, str], ...]) -> str:
        return "|".join(sorted({re.escape(word) for _, word in labels}, key=len, reverse=True))

    return alternatives(english + own), alternatives(own)


@functools.cache
def notice_start(code: str = "en") -> re.Pattern[str]:
    """What opens a notice in a leaflet in `code`: its label and a colon ("Important: ...",
    "اہم: ...") or a dash ("IMPORTANT - DO NOT EAT ...", which had been a heading), or in bold a
    label or an English ban ("**Do not ...")."""
    labels, own = _notice_labels(code)
    return re.compile(
        r"^(?:\*\*(?:please|important|warning|do not|stop)\b|"
        + (rf"\*\*(?:{own})(?:\*\*)?\s*:|" if own else "")
        + rf"(?P<label>{labels})(?:\s*:|\s+[-–—]\s+(?=\w)))",
        re.I,
    )


@functools.cache
def lone_notice_label(code: str = "en") -> re.Pattern[str]:
    """A notice's label on a line of its own, over what it says: "IMPORTANT" / "If you are
    unwell ...", in English or the leaflet's own language (fullmatch it)."""
    return re.compile(rf"(?P<label>{_notice_labels(code)[0]})[!:.]?", re.I)


# What a boxed safety message opens with, as well as a notice's own label.
_BOXED_WARNING = re.compile(
    r"^(?:do not|don['’]t|never|stop|always|seek|call 999|go to a ?& ?e|"
    r"you (?:must|should) not|you must never)\b",
    re.IGNORECASE,
)
# A box that says when to get help at once ("Please contact us straight away if ...").
_BOXED_URGENT = re.compile(
    r"\b(?:straight away|immediately|urgently|call 999|dial 999|in an emergency)\b", re.I
)
# A sentence of a box after its first that bans ("Never take it daily.") or says what can be
# fatal: the box is a safety message whatever its first sentence says.
_BOXED_BAN = re.compile(
    r"^(?:do not|don['’]t|never|you (?:must|should) not|you must never)\b", re.I
)
_BOXED_DANGER = re.compile(r"\b(?:fatal|life[- ]threatening|can kill)\b", re.I)
# The ban ending a lead-in with words before it, as the lead-in is written ("For 24 hours do
# not:", "**Until it has worn off, you must not:**", a heading's with no colon), and a colon
# before it ("For 24 hours after your sedation: you must not:" had left "...sedation::").
_LEAD_IN_BAN_AT_END = re.compile(
    r"[\s,;:]+(?:do not|don['’]t|never|you (?:must|should) not|must not|should not)\s*:?"
    r"(?P<close>\**)\s*$",
    re.IGNORECASE,
)
_NEGATIVE_LEAD_IN_END = re.compile(
    r"\b(?P<words>do not|don['’]t|never|you (?:must|should) not|must not|should not)\s*:$",
    re.IGNORECASE,
)
# How a heading over a section starts, never a thing not to do: "When to get help", "Your
# appointment", "After your scan" after the items of a bare "Do not".
_HEADING_START = re.compile(
    r"(?:what|when|why|how|who|where|which|your|about|after|before|during|further|more|"
    r"useful|getting|going|coming|information|if|questions|help|contact|things|living)\b",
    re.IGNORECASE,
)
_NEGATIVE_LEAD_IN = re.compile(
    r"^(?:do not|don['’]t|never|avoid|you (?:must|should) not|stop)\b[^.]{0,30}:?$", re.IGNORECASE
)
# A blank ruled for a date ("__/__/____", "__/__/20__"), a time ("___:___") or in groups (an
# NHS number's "___ ___ ____") is one blank.
_BLANK = re.compile(
    r"_{2,}(?: ?[/:] ?(?:\d{1,2})?_{2,}){1,2}|_{3,}(?: _{3,})+|_{3,}|\.{4,}|…[.…]+"
    r"|\.{2,}…[.…]*"  # spaced too: "____ / ____ / ______" is one date
)
# A bare blank named by a hint after it, "____ (date)", or by the word before it: "at ____" asks
# for a time, "on ____" for a day (it was labelled "to fill in": "... tell you the to fill in").
_HINT_AFTER = re.compile(
    r"^\s*\((?:(?P<phone>(?:tele)?phone|tel|mobile)(?: number| no\.?)?|"  # "(phone)": said once
    # ... and "(colour)": "it is ________ (colour)" had been "to fill in", "(colour)" said after
    r"(?P<label>(?:(?:appointment\s+)?(?:date|time)|day|name|number|weight|dose|colou?r)"
    r"(?: of (?:the |your )?[\w'’-]+(?: [\w'’-]+){0,3})?))\)",  # "(name of feed)"
    re.I,
)
# A blank before a part of the body there are two of: which one ("Put 1 drop in your ____ eye").
_SIDE_AFTER = re.compile(
    r"^\s*(?P<part>eye|ear|arm|leg|hand|foot|knee|hip|shoulder|wrist|ankle|nostril|side)\b"
)
# A blank of two parts, each ruled for three figures or more, is a reading ("___/___", a blood
# pressure), not a date: a date's day and month are ruled for two ("__/__/____", "__/__").
_READING = re.compile(r"_{3,} ?/ ?_{3,}")
_TIME_BEFORE = re.compile(r"\b(?:at|by|until|till|from|before|after)\s*$", re.I)
_DAY_BEFORE = re.compile(r"\bon\s*$", re.I)
_HALF_OF_THE_DAY_AFTER = re.compile(r"\s*(?:a|p)\.?m\b\.?", re.I)
# "____ sets of ____": a set's count is of repetitions (it was "to fill in", said "... gives
# you of, ... will fill this in")
_SETS_OF_BEFORE = re.compile(r"\bsets?\s+of\s*$", re.I)
_CALLED = re.compile(r"\b(?:call|phone|ring|contact|text)\b", re.I)
# A unit after a blank makes it a measure in it, whatever word is before it ("should be at ____
# cm" had been a time of day); a rate or a concentration is its unit whole: "____ ml/hour" had
# left "/hour" out, and "Your Hb: ____ g/L" "/L" ("[g]{.field}/L", said "the number of grams
# ... /L"): a unit, a slash and a second unit after a blank are all its unit.
_UNIT_AFTER = re.compile(
    r"^\s*(?P<label>(?:mg|ml|mcg|micrograms?|[µμu]g|kg|g|L|mmol|[µμu]mol|micromol|nmol|pmol|"
    r"iu|units?|breaths|beats|drops)\s*/\s*"
    r"(?:hours?|hrs?|h|minutes?|mins?|kg|day|dose|week|dL|ml|L|mol|m2|m²)"
    r"|(?:seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|times?|repetitions?|"
    r"reps|sets?|tablets?|capsules?|doses?|drops?|puffs?|mg|ml|mcg|kg|g|L|cm|mm|units?|steps?|"
    r"metres?)(?:\s+(?:a|per|each|on each)\s+(?:day|week|side|leg|arm|set))?)\b"
    r"(?!\s*:)",  # "Date: ......  Time: ......": "Time:" labels the next blank
    re.IGNORECASE,
)
# ... and so does "Dose" in "Medicine ____ Dose ____ ml", a word in capitals or one of a count
# ("dose", "time") straight before the next blank; a count in small letters is its own blank's:
# "Take ____ capsules ____ minutes before meals" (the capsules' blank had been "to fill in").
_BLANK_START = r"(?:_{3}|\.{4}|…)"  # how a blank begins, ruled, dotted or an ellipsis
_NEXT_BLANK = re.compile(rf"\s*{_BLANK_START}")
_ONE_OF_A_COUNT = re.compile(
    r"second|minute|hour|day|week|time|repetition|set|tablet|capsule|dose|drop|puff|unit|step|"
    r"metre"
)
# ... and "Time started:" in "Date started: ____  Time started: ____" (the date's blank had
# been named "Time", the time's left nameless): a word in capitals starting the next blank's
# label. A unit in small letters is the blank's own, a label after it or not ("My current
# dose: ____ mg  Next blood test: ____" had lost the dose's unit and the test's label).
_NEXT_LABEL = re.compile(rf"(?:\s+[\w'’/]+){{1,4}}\s*:\s*{_BLANK_START}")
# A label before its blank, at the line's start or after a stop, a bracket ("(please circle)
# Size: ____") or a form's wide gap; with who in brackets ("Plan written by (nurse/doctor):"),
# and a person's title after it, which the name written in carries ("Surgeon: Mr/Ms ____").
_LABEL_BEFORE = re.compile(
    r"(?:^\s*|(?<=[.;:|})]\s)|(?<=\S\s\s))(?P<label>[A-Z][\w'’ /.()-]{1,60}):\s*"
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?(?:\s*/\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)*\s*)?$"
)
# A number that names a patient, before its blank with no colon of its own: "Patient's NHS no.
# ____", "Hospital number ____" (the blank had been "to fill in", so an NHS number written in
# it was never checked as one). At the line's start or a part's, it is the blank's label;
# after other words ("Your NHS number is ____") it names what the blank takes.
_PATIENTS_NUMBER = r"(?:NHS|hospital|unit|patient)\s+(?:no\.?|number)"
_NUMBER_LABEL_BEFORE = re.compile(
    rf"(?:^\s*|(?<=[.;:|}})]\s)|(?<=\S\s\s))(?P<label>(?=(?-i:[A-Z]))(?:[\w'’-]+ ){{0,3}}"
    rf"{_PATIENTS_NUMBER})"
    r"\s*$",
    re.IGNORECASE,
)
_NUMBER_NAMED_BEFORE = re.compile(rf"\b(?P<named>{_PATIENTS_NUMBER})\s+(?:is|was)\s*$", re.I)
# A label, then which of its readings the blank takes: "Peak flow: best ____ L/min" is the best
# peak flow (it had been "to fill in").
_QUALIFIED_LABEL = re.compile(
    r"(?:^\s*|(?<=[.;:|})]\s))(?P<label>[A-Z][\w'’ /]{1,40}):\s+(?P<which>best|target|usual|"
    r"normal|current|latest|last|lowest|highest|maximum|minimum|starting|baseline)\s*$",
    re.IGNORECASE,
)
# A blank counting what is written after it, one or more: "You have had ____ wisdom
# tooth/teeth removed" (it had been "to fill in").
_COUNTED_AFTER = re.compile(
    r"^\s*(?P<what>(?:[a-z]+ )?)(?P<one>[a-z]{3,})/(?P<many>[a-z]{3,})\b"
)
# ... and what a sentence's verb takes or gives so many of, a plural straight after its blank:
# "Take ____ bottles a day", "Drink up to ____ cartons", "Mix ____ scoops" (each had been "to fill
# in", said "Take, your care team will fill this in, bottles a day", a number written in no
# count). Not a plural after a blank with no such verb ("Your ____ results").
_GIVING_BEFORE = re.compile(
    r"\b(?:take|drink|use|have|eat|give|apply|put|insert|inhale|spray|add|mix|need|bring|"
    r"change|wear|do|order|get)(?:\s+(?:up to|at least|no more than|about|around|only))?\s*$",
    re.IGNORECASE,
)
_PLURAL_AFTER = re.compile(
    r"^\s*(?P<label>(?!(?:always|sometimes|perhaps|towards|afterwards|besides|whereas|unless|"
    r"yes|has|was|does|goes|its)\b)[a-z]{2,}(?<![siu])s)\b"
    rf"(?!\s*(?:[:/(]|{_BLANK_START}))"
)
# A form's row of labels without colons, each before its blank: "Date ____ Time ____ Ward ____"
# (the first blank was taken for a count of "Time", the others had no name).
_UNMARKED_LABEL = r"(?<![\w:])(?P<label>[A-Z][\w'’]*(?: [a-z][\w'’]*){0,2}) ?(?=_{3,}|\.{4,}|…)"
_FORM_ROW = re.compile(
    rf"(?:{_UNMARKED_LABEL}(?:_{{3,}}|\.{{4,}}|…+)\s*){{2,}}(?:(?:mg|ml|kg|units?)\b\s*)?$"
)  # (its last blank may have its unit after it: "Time given ____ Dose ____ ml")
# "Tel: 0113 206 5666", "Minicom: ...", "Email: ...": a contact detail on a line of its own.
_CONTACT_LINE = re.compile(
    r"^(?:tel(?:ephone)?|phone|text(?:phone)?|sms|mobile|minicom|fax|e-?mail|web(?:site)?|"
    r"switchboard|helpline|out of hours)\b[\w ]{0,20}:(?:\s*\S|$)",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^[A-Z][\w '’&/()-]{1,30}:\s*\S")
_FORM_LINE = re.compile(r"^[A-Z][\w'’ /.]{1,40}:\s*(?:_{3,}|\.{4,}|…)")
_ENDS_WITH_BLANK = re.compile(r"(?:_{3,}|\.{4,}|…+|\(\w[\w ]*here\))\s*\|?\s*$")
_RECORD_HERE = re.compile(
    r"\((?:record|write|enter|fill in)\s+(?:the\s+|your\s+)?(?P<label>[\w'’ ]{1,30}?)\s+here\)",
    re.IGNORECASE,
)
_FORM_LABEL = re.compile(r"^[A-Z][\w'’ /()]{1,50}:$")
# ... a label that asks for something written in, whatever is under it ("Name of therapist:",
# "Signed:", "Your next appointment:"), never a group's heading ("Appointment details:",
# "Contact us:", "Your details:")
_ASKS_TO_BE_WRITTEN = re.compile(
    r"\b(?:name|date|time|signed|signature|appointment|DOB|NHS (?:no|number)|hospital number)\b"
    r"(?!.*\b(?:details|information|contacts|numbers|instructions)\s*:$)",
    re.IGNORECASE,
)
# ... and a line of a label and what is written after it ("Date: ........", "Telephone: 0116
# 258 4800")
_LABELLED_LINE = re.compile(r"^[A-Z][\w'’ /()]{1,40}:\s*\S")


def _asks_over_a_labelled_line(label: str, under: str) -> bool:
    """Whether a label alone on its line, straight over another label's line, is a blank of its
    own: "Name of therapist:" over "Date: ........" had stayed a line of text, its blank lost
    (the recording said the label, then nothing). An appointment over a date's line is their
    heading: "Your next appointment:" over "Date: ____" and "Time: ____"."""
    if not _ASKS_TO_BE_WRITTEN.search(label) or not _LABELLED_LINE.match(under):
        return False
    if re.search(r"\bappointment\b", label, re.I) and not re.search(
        r"\b(?:name|date|time|signed|signature)\b", label, re.I
    ):
        return not re.match(r"[^:]*\bdate\b", under, re.I)
    return True
# A line that is only a ruled blank, a line to write on: three or more of them (blank lines
# between or not) are one space for notes, not a blank each ("Your notes" over ten ruled lines
# had been ten fields, the recording saying "write this in yourself" ten times).
_RULED_LINE = re.compile(r"^\s*(?:_{3,}|\.{4,}|…[.…]+)\s*$")
_LINES_FOR_NOTES = 3
# A lead-in left open at its colon, each line under it finishing it, never a blank's label (as
# one, "Call Puffin Ward if your child:" was said "... your care team will fill this in" over
# the signs): a condition waiting for its signs ("Go to A&E if you:", "Contact us if:", "... if
# your child has any of these:") or an instruction waiting for its object ("Please bring with
# you:", "Remember to:", "Tell your nurse:"). A label names what to write: "Name of therapist:",
# "My alendronic acid day is:", "Allergies (if any):", "Reason if not given:", "If yes, give
# details:", "Contact number:".
_LEAD_IN_SUBJECT = (
    r"(?:you|we|they|he or she|he|she|it|I|someone|anyone|there (?:is|are)|"
    r"(?:your|the|my|our|their|his|her|a|an|any)(?: [\w'’-]+){1,2})"
)
_THESE = (
    r"(?:(?:any|all|one|some|either)(?: or more)? of (?:these|the following|them)|these|"
    r"the following)(?: [\w'’-]+){0,2}"
)
_OPEN_CONDITION = re.compile(
    rf"\S \b(?:if|when|whenever|unless|as soon as|in case)(?: {_LEAD_IN_SUBJECT}"
    r"(?: (?:do not |don['’]t |cannot |can['’]t |will |may )?(?:have|has|get|gets|notice|"
    r"notices|develop|develops|feel|feels|are|is|experience|experiences|see|sees|start|"
    rf"starts|become|becomes|show|shows)(?: {_THESE})?)?| {_THESE} (?:happens?|apply|applies))?:$"
    r"|^(?:if|when|whenever|unless) (?:you|your [\w'’-]+|they|he or she)\b[^,;.!?()]{0,40}:$",
    re.IGNORECASE,
)
_OPEN_INSTRUCTION = re.compile(
    r"^(?:please )?(?:bring|take|call|ring|phone|contact|tell|ask|remember|make sure|try|check|"
    r"avoid|watch|look|follow|seek|get|go|come|speak|talk|let)"
    r"(?: (?:us|them|me|your [\w'’-]+|the [\w'’-]+))?"
    r"(?: (?:with you|along|in|to|that|you|about|for|out for|up|these|the following|"
    r"any of these|this))?:$",
    re.IGNORECASE,
)


# A line ending in a colon that says when, or who must do something, not what to write: over
# another such line it leads into it ("For 24 hours after your sedation:" over "Someone must
# stay with you:" had been a blank for the care team to fill in, the 24 hours lost). A label is
# a noun phrase ("Name of nurse:", "Contact number:", "If yes, give details:").
_LEADS_IN_NOT_A_LABEL = re.compile(
    r"^(?:for|after|before|until|till|during|while|whilst|when|whenever|unless|once|within|"
    r"throughout|as soon as|if(?! (?:yes|no|so|not|applicable|other)\b))\s+\w"
    r"|\b(?:you|someone|somebody|an? (?:adult|carer|relative|friend)|we|they)\s+"
    r"(?:must|should|will|may|can|need|have to)\b",
    re.IGNORECASE,
)


# A heading ending on its verb's particle: "Before you come in", "Who to call on", "What happens
# when you check in", "How to put your drops in", "Checking in".
_ENDS_ON_A_PARTICLE = re.compile(
    r"(?:(?:what|when|where|who|how|why|before|after|while|once)\b[\w'’ ]*?\b(?:to|you|we)"
    r"\s+[a-z]+(?:\s+(?:it|them|(?:your|the)\s+[a-z]+))?|[A-Za-z]+ing)\s+(?:in|on)",
    re.IGNORECASE,
)


def opens_a_lead_in(text: str) -> bool:
    """Whether a line ending in a colon is an instruction or condition left open, which the
    lines under it finish: a lead-in, never a blank's label."""
    text = plain_line(text).strip()
    return bool(_OPEN_CONDITION.search(text)) or (
        len(text.split()) >= 2 and bool(_OPEN_INSTRUCTION.match(text))
    )


# ... nor is an instruction before a blank, for all its colon: one that only allows ("Only take
# extra (PRN) medicine if it is written in your plan: ____ up to ____ mg", which had been the
# blank's label, said as a place for the care team to write, the rule lost) or one bound to a
# condition ("Use your blue inhaler when your chest feels tight: ____"). A label asking the
# reader for something stays one ("Give details of any allergies:", "If yes, give details:").
_DOING = (
    r"(?:take|use|give|bring|stop|start|keep|go|come|drink|eat|apply|put|wait|avoid|follow|"
    r"seek|call|ring|phone|contact|tell|ask|see|speak|talk|let|check|increase|reduce|change)"
)
# A step's first word, a verb telling the reader to do it ("Wash your hands ...", "Pinch a fold of
# skin ...", "Lie on your back ..."): a section is named otherwise ("Looking after your PICC",
# "Before you come in", "Your wound").
_STEP_OPENING = re.compile(
    rf"^(?:please\s+)?(?:{_DOING}|wash|dry|clean|wipe|pinch|push|press|pull|hold|lift|lie|sit|"
    r"stand|bend|straighten|slide|turn|twist|squeeze|shake|breathe|remove|attach|insert|place|"
    r"fill|open|close|pour|mix|inject|leave|throw|put|repeat|rest|lower|raise|relax|tighten|"
    r"swallow|rinse|spray|tilt|look|pat|gently|slowly)\b",
    re.IGNORECASE,
)
_RULE_BEFORE_A_BLANK = re.compile(
    rf"^(?:only\s+(?:please\s+)?{_DOING}\b|(?:please\s+)?{_DOING}\b.*\b(?:if|when|whenever|"
    r"unless|until|as soon as)\s+(?:you|your|it|they|he|she|the|this|there|I|my|we)\b)",
    re.IGNORECASE,
)


def is_a_rule(label: str) -> bool:
    """Whether words before a blank's colon tell the reader what to do, or when: no label."""
    return opens_a_lead_in(f"{label}:") or bool(_RULE_BEFORE_A_BLANK.match(label.strip()))


_CONTACT = contact_pattern()
_CONTACT_ALONE = contact_pattern(("email", "web", "phone"))
# A name and its colon alone: "Pumping Marvellous:", "Cardiac rehab team:", "PALS (Patient
# Advice and Liaison Service):"; never a sentence leading on ("For more information, visit:").
_NAME_AND_COLON = re.compile(r"[A-Z][\w'’&+/.()-]*(?: [\w'’&+/.()-]+){0,7}:")
_CONTACT_HEADING = re.compile(
    r"^(?:contact|useful|further|more information|who (?:to|can)|how to contact|getting in touch)",
    re.IGNORECASE,
)
# ... and a section's name that says no more ("Contact us", not "Contact the ward straight away",
# a step whose ward's number is below it)
_CONTACT_SECTION = re.compile(
    r"(?:contacts|contact(?: us| details| numbers)?|useful (?:contacts|(?:telephone )?numbers)|"
    r"who (?:to|can I|should I) contact|how to contact us|getting in touch|"
    r"(?:further|more) information)[?.:]?",
    re.IGNORECASE,
)
# A line of contact: a phone number, e-mail or web address, a postcode, or opening hours as a time
# range ("Mon-Fri 8am-6pm", "8.30am to 4.30pm") - never a title.
_POSTCODE_IN_ADDRESS = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
_TIME_RANGE = re.compile(
    r"\d\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–|until)\s*\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b", re.I
)


def _a_contact_line(text: str) -> bool:
    """Whether the line gives a way to reach or find the service (a title never does)."""
    return bool(
        _CONTACT.search(text) or _CONTACT_LINE.match(text)
        or _POSTCODE_IN_ADDRESS.search(text) or _TIME_RANGE.search(text)
    )


def _gives_contacts(text: str) -> bool:
    """Whether a line under a bare line gives a way to reach the service. In sentences, only a
    phone number, an address to write to or a postcode does: "The Haven at 40 Mill Lane is open
    from 6pm to 11pm, Friday to Sunday. You do not need an appointment." says when, and had
    kept the line over it ("The drop-in centre") from heading a section of its own."""
    if len(text.split()) >= 12 and re.search(r"[.!?]$", text):
        return bool(_CONTACT.search(text) or _POSTCODE_IN_ADDRESS.search(text))
    return _a_contact_line(text)


_EXTENSION_LINE = re.compile(r"^(?:ext(?:ension)?\.?|x)\s*\d", re.IGNORECASE)
_WEB_ADDRESS_START = re.compile(r"^(?:www\.|https?://)", re.IGNORECASE)
_WEB_ADDRESS_BROKEN = re.compile(r"(?:www\.|https?://)\S*/$", re.IGNORECASE)
# A line ending on a phone number, an extension or a time: the end of a contact detail or of
# opening hours ("... ext 4412", "Mon-Fri 8am-6pm"), not of a line wrapped mid-sentence.
_TIME_OF_DAY = r"\d\s*[ap]\.?m\.?"  # "7am", "9 a.m."
_ENDS_CONTACT_OR_HOURS = re.compile(
    rf"(?:\d{{3}}[\s-]?\d{{3,4}}|\bext(?:ension)?\.?\s*\d+|{_TIME_OF_DAY}|\b24/7)\s*\)?$",
    re.IGNORECASE,
)
_TIME_AT_END = re.compile(rf"{_TIME_OF_DAY}\s*\)?$", re.IGNORECASE)
# Opening hours: a time range ("9am to 5pm", "8.30am-4.30pm") or days ("Monday to Friday").
_OPENING_HOURS = re.compile(
    r"\d\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–|until)\s*\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b",
    re.IGNORECASE,
)
# A unit written on its figure: "5MG", "24HR", "4PM" in a line in capitals.
_UNIT_AFTER_A_FIGURE = re.compile(
    r"(?P<figure>\d+(?:[.,]\d+)?)"
    r"(?P<unit>mg|mcg|g|kg|ml|mmol|cm|mm|km|am|pm|hrs?|mins?|secs?|ppm|st|nd|rd|th)",
    re.IGNORECASE,
)
# A unit per another, its figure before it or not: "MMOL/L", "5mg/kg", "ml/hour", "L/min".
_SLASHED_UNIT = re.compile(
    r"(?<![\w/])\d*(?:\.\d+)?((?:[mnpµμ]?mol|micromol|[mµμ]?g|mcg|kg|[mdµμ]?l|units?)"
    r"/(?:[mdµμ]?l|kg|g|mol|min(?:ute)?|h(?:ou)?r|day|week|m2|24 ?h(?:ou)?rs?))(?![\w/])",
    re.IGNORECASE,
)
# A word in capitals, or a name of capitals joined by hyphens ("FEC-T", "COVID-19").
_CAPITALS_WORD = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b|\b[A-Z]{2,}\b")
# A heading's first words in capitals, then a dash or colon and words in small letters: "REPLY
# SLIP - please tear off and return in the envelope provided".
_SHOUTED_LABEL = re.compile(
    r"(?P<label>[A-Z][A-Z'’&]+(?: [A-Z][A-Z'’&]+){0,4})(?P<rest>\s*[-–—:]\s+[a-z].*)"
)
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
_PERIOD_NAME = re.compile(r"(?:day|week|month|cycle|visit|stage|step|phase)s? \d{1,3}", re.I)
# A footnote: "*Only if your midwife agrees" (no space after the mark: "* item" is a bullet),
# and its mark on a word above, "swimming*"; or numbered in raised figures, "¹ Vitamin C ..."
# under "juice¹".
_FOOTNOTE = re.compile(
    r"(?P<mark>\*{1,3}|[\u2020\u2021\u00a7]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})"
    r"(?P<space> ?)(?P<note>[A-Za-z][^*\u2020\u2021]{2,150})"
)

SUPERSCRIPT_FIGURES = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
RAISED_FIGURES = str.maketrans("0123456789", SUPERSCRIPT_FIGURES)
# A note's first line as a PDF's page foot or a Word file's end sets it: its number in plain
# figures and a space, or in raised ones ("1 Unless your doctor ...", "¹ Unless ..."), then its
# words; taken for a note only beside a mark of the same number in the text above.
NUMBERED_NOTE = re.compile(
    rf"(?P<mark>\d{{1,2}}(?= )|[{SUPERSCRIPT_FIGURES}]{{1,2}}) ?(?P<note>[A-Z(\"“‘].*)"
)
# A raised figure left on a word, a note's mark whose note was not found ("in 24 hours¹."); not
# a unit's power ("mg/m²", "cm³", "10⁹/L": after a figure or one or two letters).
_NOTE_MARK_LEFT = re.compile(
    r"(?:(?<=[A-Za-z]{3})|(?<=[).]))(?P<mark>[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})"
    r"(?=[\s.,;:!?)]|$)"
)

# An offer of the leaflet in another format or language, as a trust's closing lines make it.
_OTHER_FORMAT = re.compile(
    r"\b(?:another|other|alternative|different|accessible)\s+(?:formats?|languages?)\b",
    re.IGNORECASE,
)


def _closing_line(text: str) -> bool:
    """A trust's closing line: its offer of other formats or languages, or the leaflet's
    details ("Leaflet number: ED-0044 Version 2"); never a part of the leaflet's sections."""
    text = plain_line(text)
    return bool(
        is_offer_sentence(text) or _OTHER_FORMAT.search(text) or find_details(text).values
    )


def _mark_in(mark: re.Pattern, text: str) -> re.Match | None:
    """A note's mark in the text, not the closing star of a word set in stars ("*not*")."""
    for found in mark.finditer(text):
        word_start = text.rfind(" ", 0, found.start()) + 1
        if text[word_start:found.start()].startswith("*"):
            continue
        stars = found.group()[len(found["stop"]):]
        if found["stop"] and re.search(rf"(?:^|\s){re.escape(stars)}\S", text[: found.start()]):
            continue  # the end of words set in stars, "*Do not stop.*"
        return found
    return None


def _noted(text: str, mark: re.Pattern, note: str) -> str:
    """`text` with the note in brackets where its mark is ("before swimming (only if your
    midwife agrees)."), or as it is when the mark is not in it."""
    at = _mark_in(mark, text)
    # (a mark after its sentence's full stop, "operation.*": the note goes before the stop)
    return f"{text[: at.start()]} ({note}){at['stop']}{text[at.end() :]}" if at else text


# A tick or cross in a table's cell ("✓*" under "OK while breastfeeding?") carries a note's
# mark as a word does.
_TICKS_AND_CROSSES = "\u2713\u2714\u2717\u2718\u2611\u2612"


def _footnote_mark(stars: str) -> re.Pattern:
    """Where a note's mark is in the text: "hours*." for "*", "hours**," for "**", "✓*", and
    after its sentence's full stop, "operation.*" (the stop in `stop`). A mark in raised
    figures may follow a number, "Take 2¹ tablets", before a space or stop (not "10⁹/L")."""
    figure = "0-9" if stars[:1] in SUPERSCRIPT_FIGURES else ""
    return re.compile(
        rf"(?<=[A-Za-z{figure}){_TICKS_AND_CROSSES}])(?P<stop>[.!?]?){re.escape(stars)}(?!\*)"
        r"(?=[\s.,;:!?)|]|$)"
    )


_STEP_MARKER = re.compile(r"(?:step|stage)\s", re.IGNORECASE)
# A table's cell opening with its step's number: "1. Form a fist ...", "Step 2; Wear ..." (a
# label in a paragraph of its own over its step, joined on with a semicolon)
_NUMBERED_CELL = re.compile(
    r"(?:(?P<step>(?:step|stage)\s+)?(?P<number>\d{1,2})(?(step)[.):;]?|[.)]))\s+(?=\S)",
    re.IGNORECASE,
)
_WEB_PAGE_CHROME = re.compile(
    r"(?:back to (?:the )?top|(?:return|go) to top|top of (?:the )?page|print (?:this )?page|"
    r"print|share(?: this page)?|skip to (?:main )?content|was this (?:page|information) "
    r"helpful\??|download (?:this leaflet|(?:as )?(?:a )?pdf)(?: \([^)]*\))?"
    r"|(?:home|you are here:?) ?(?:>|›|»|/) .+(?: ?(?:>|›|»|/) .+)+)[.:]?",
    re.IGNORECASE,
)

# ... and what is a web page's only in a page copied whole (see web_page_chrome)
_WEB_PAGE_EXTRAS = re.compile(
    r"(?:accept|reject|allow|manage)(?: all| non-essential| additional| analytics)? cookies|"
    r"cookie (?:settings|preferences|policy)|cookies|search|menu|close|home|"
    r"thank you for your feedback\.?|tell us why\.?|(?:share|follow us)(?: on)?:?|facebook|"
    r"x \(formerly twitter\)|twitter|linkedin|instagram|youtube|whatsapp|"
    r"©.*|copyright .*|accessibility(?: statement)?|privacy(?: notice| policy| statement)?|"
    r"terms and conditions|freedom of information|sitemap|"
    # a cookie banner's sentence and its buttons on one line; a line of share links
    r".*\bcookies\b.*\b(?:accept|reject|cookie settings|manage cookies)\b.*|"
    r"(?:(?:share (?:on|via) [\w ()]{1,20}?|e-?mail this page|print this page)[\s|,]*){2,}",
    re.IGNORECASE,
)
# Under "Was this page helpful?" its answers, under "Share" its links: only there theirs.
_ANSWERS_AND_LINKS = re.compile(
    r"(?:(?:yes|no|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|instagram)\b[ ,/|]*)+",
    re.IGNORECASE,
)
_TRAIL_STEP = re.compile(r"[/>›»]")
_SIGN_OFF = re.compile(
    r"(?:yours (?:sincerely|faithfully|truly)|(?:with )?(?:kind|best|warm|many) (?:regards|wishes"
    r"|thanks)|regards)[,.!]?",
    re.IGNORECASE,
)
_SCISSORS = "\u2700-\u2704"
_DASHES = r"(?:[-–—.·_]\s*){3,}"
_CUT_WORDS = r"cut (?:here|along (?:this|the dotted) line)\.?"
# a line to cut along: scissors and a row of dashes, or "cut here" between dashes (not a rule
# of dashes alone, which only parts the page)
_CUT_LINE = re.compile(
    rf"[{_SCISSORS}]\s*(?:{_DASHES}|{_CUT_WORDS})?\s*(?:{_DASHES})?[{_SCISSORS}]?|"
    rf"(?:[-–—.·_]\s*)+[{_SCISSORS}]\s*(?:{_DASHES})?|(?:{_DASHES})?{_CUT_WORDS}\s*(?:{_DASHES})?",
    re.IGNORECASE,
)
_FORWARDED = re.compile(
    r"-{2,}\s*(?:original message|forwarded message)\s*-{2,}|begin forwarded message:?",
    re.IGNORECASE,
)
# A checklist's box before its item ("☐ Booked my growth scan"), as printed, ticked or crossed
# (Word's "☑", "☒"), or typed ("[ ]").
_TICK_BOX_START = re.compile(rf"(?:[{TICK_BOXES}\u2611\u2612]|\[ ?\])\s")
# How a leaflet names a trust, from what says most surely that it wrote the leaflet: "Produced
# by ..." or "©", its name over every page, its name once (over the title, among its details),
# and a partner ("... in partnership with ...").
_SAYS_IT_WROTE_IT, _ON_EVERY_PAGE, _NAMED, _A_PARTNER = 3, 2, 1, 0
# ... or after the choice it stands for ("Do you have a pacemaker? Yes ☐ No ☐"), a box drawn
# over another read as two ("☐☐ Yes"), or the answers written out to ring ("Yes / No")
_TICK_BOX = re.compile(
    rf"(?:^|\s)(?:[{TICK_BOXES}\u2611\u2612]+|\[ ?\])(?:\s|$)"
    r"|(?<![\w/])(?:yes\s*/\s*no|no\s*/\s*yes)(?![\w])",
    re.IGNORECASE,
)
# A leaflet's closing courtesy: "Thank you", "Thank you for reading this leaflet", "We hope
# this leaflet has been helpful", "Best wishes", "Get well soon".
_COURTESY = re.compile(
    r"(?:thank you|thanks|many thanks|we hope (?:this|that|you)|best wishes|good luck|"
    r"get well soon|take care)\b[^.!?]{0,60}[.!]?",
    re.IGNORECASE,
)
_GREETING = re.compile(r"(?:dear|hello|hi)(?:\s+[^.!?]{1,60})?[,:!]?", re.IGNORECASE)
# A covering note's own last words ("Thanks,", "Many thanks, Jo", "Cheers"), as well as the
# sign-offs a letter ends on (_SIGN_OFF)
_THANKS = re.compile(
    r"(?:many thanks|thanks(?: again| very much| so much)?|thank you(?: very much| so much)?|"
    r"cheers|best|all the best)[,.!]?(?:\s+[A-Z][\w'’-]*)?",
    re.IGNORECASE,
)
# A covering note's sentence pointing to the leaflet under it: "Please find below the updated
# leaflet", "Here is the final leaflet text below", "The new version is attached".
# A notice's words that point to what follows it, not to themselves: "IMPORTANT - keep this
# number with you at all times" over the paragraph that gives the number, "Please read this
# information carefully", "Read the following before ...". (Not "this leaflet", the whole.)
_POINTS_ON = re.compile(
    r"\b(?:(?:this|these) (?:[\w'’-]+ )?(?:numbers?|information|advice|instructions?|details|"
    r"section|warning)|the following|(?:see|read) below|(?:information|advice|details|numbers?) "
    r"below)\b",
    re.IGNORECASE,
)


@functools.cache
def _points_on(code: str) -> re.Pattern[str]:
    """The words by which a notice's label line in a leaflet in `code` points to what follows
    it: English's (_POINTS_ON), and its own language's from its row ("y rhif hwn", Welsh
    "this number"; "ten numer", Polish), which had not been known."""
    row = find_language(code)
    own = row.pointing_words if row is not None and row.code != "en" else ()
    if not own:
        return _POINTS_ON
    words = "|".join(
        r"\s+".join(map(re.escape, said.split())) for said in sorted(own, key=len, reverse=True)
    )
    return re.compile(rf"{_POINTS_ON.pattern}|(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


_POINTS_TO_THE_LEAFLET = re.compile(
    r"\b(?:please (?:find|see)\b.{0,60}\b(?:below|attached|enclosed)|"
    r"(?:below|attached|enclosed) (?:is|are)\b|"
    r"here (?:is|are) the (?:[\w-]+ ){0,3}(?:leaflets?|text|versions?|copy|wording)\b|"
    r"\b(?:leaflets?|text|versions?|copy|wording) (?:is |are )?(?:below|attached|enclosed))",
    re.IGNORECASE,
)
# ... or naming it as a sender does: "the updated leaflet", "this draft", "the attachment"
_SPEAKS_OF_THE_LEAFLET = re.compile(
    r"\b(?:the|this|my|our|attached|updated|new|final|latest|revised) (?:[\w-]+ ){0,2}"
    r"(?:leaflets?|attachments?|drafts?|documents?|versions?)\b",
    re.IGNORECASE,
)
# What a phone or mail program adds under a message: "Sent from my iPhone", "Get Outlook for
# Android", "Sent from Mail for Windows".
_SENT_FROM = re.compile(
    r"(?:sent from (?:my )?[\w .-]{2,40}|get outlook for (?:ios|android))\.?", re.IGNORECASE
)
_EMAIL_HEADER = re.compile(r"(?:from|sent|to|cc|date|subject|importance):\s.*", re.IGNORECASE)
_RELATED_PAGES = re.compile(r"related (?:pages|links|content|information|leaflets)", re.I)


@dataclass
class Imported:
    front_matter: dict
    body: list[str]  # Markdown blocks
    warnings: list[str] = field(default_factory=list)  # what a person must fix
    decisions: list[str] = field(default_factory=list)  # what the importer decided, to check
    # pictures to save beside the source ("images/442-image1.png" -> bytes): written only once
    # the import is accepted, and named by the leaflet so another leaflet's are never replaced
    pictures: dict[str, bytes] = field(default_factory=dict)
    offers: list[str] = field(default_factory=list)  # what the importer understood of an offer
    # details the file did not give ("number" -> its warning), for a form to ask for instead
    missing: dict[str, str] = field(default_factory=dict)
    # what the import set aside on purpose, each reported (a running head, the details, a ban
    # an item said again under its lead-in): words the check for lost words finds accounted for
    left_out: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        front = yaml.safe_dump(self.front_matter, sort_keys=False, allow_unicode=True)
        return f"---\n{front}---\n\n" + "\n\n".join(self.body) + "\n"

    @property
    def file_name(self) -> str:
        reference = self.front_matter.get("number")
        prefix = reference_slug(str(reference)) if reference is not None else "unnumbered"
        # a leaflet in another language is a translation, named so ("pha-0101-leaflet.ur.md":
        # an Urdu title has no letters a file name keeps, and the name had been "pha-0101-.md")
        language = primary_language(str(self.front_matter.get("language", "en")))
        variant = "" if language == "en" else f".{language}"
        return f"{prefix}-{slugify(self.front_matter.get('title', '')) or 'leaflet'}{variant}.md"


def _same_detail(one: object, other: object) -> bool:
    """Two ways of writing one detail: "SUR-0420" and "sur 0420", "v2" and "2"."""
    def key(value: object) -> str:
        return re.sub(r"[\W_]+", "", str(value).lower()).removeprefix("v")
    return key(one) == key(other)


def _later_version(one: object, other: object) -> bool:
    """Whether version `one` ("3", "v3", "2.1") comes after `other`."""
    def number(value: object) -> tuple[int, ...]:
        found = re.fullmatch(r"v?(\d{1,3}(?:\.\d+)*)", str(value).strip(), re.IGNORECASE)
        return tuple(int(part) for part in found[1].split(".")) if found else ()
    return number(one) > number(other) and bool(number(other))


def _beside(texts: list[int], index: int) -> list[int]:
    """The lines with text straight before and after the line `index` (one of `texts`)."""
    at = texts.index(index)
    return [i for i in texts[max(at - 1, 0) : at + 2] if i != index]


def _with_the_details(lines: list[str], texts: list[int], index: int, ends: set[int]) -> bool:
    """Whether a line holding nothing but a bare "Date: June 2025" stands with the leaflet's
    details: in its first or last lines or beside another details line, and not beside an
    appointment's heading or "Time:" and "Place:" lines. A patient's "Date: 12/03/2026" over
    "Time: 08:15" had been taken for the issue date and dropped from the text."""
    at = texts.index(index)
    around = [lines[i] for i in texts[max(at - 1, 0) : at + 2] if i != index]
    if any(_APPOINTMENT_LINE.search(text) for text in around):
        return False
    return index in ends or any(find_details(text).values for text in around)


# A cell telling the reader what to do, which names no column.
_INSTRUCTION_CELL = re.compile(
    r"(?:do not|don't|never|keep|avoid|take|eat|drink|call|use|stop|ask|tell|wait|go to|try|"
    r"limit|cut down|make sure|check|contact|phone|ring)\b",
    re.IGNORECASE,
)


def looks_like_header(rows: list[list[str]]) -> bool:
    """A header row names its columns: no figures or blanks in it, and the rows below hold
    figures, blanks or sentences (a grid of names alike is a layout, read as a list)."""
    figures = re.compile(r"\d|_{3,}|\.{4,}|…")
    # (a link's words, not its address, as a reader sees the cell: a Word cell's link)
    header, *body = [[_LINK.sub(r"\1", cell) for cell in row] for row in rows]
    # a timetable's columns are named by their times ("08:00", "8am")
    # a unit or a scale in brackets names the column: "Urine passed (ml)", "Urgency (0-3)",
    # and so does a count in words: "1st reading", "2nd dose"
    named = [_ORDINAL.sub("", _without_brackets(cell)).strip() for cell in header]
    # a step or a sentence is no column's name: "1. Form a fist around the auto-injector
    # ..." beside its picture had been the heading of every other step
    if any(_LIST_ITEM.match(cell) or (cell.endswith(".") and len(cell.split()) > 5)
           for cell in header):
        return False
    # ... nor is an instruction: "Alcohol | Keep to 14 units a week or less" over "Cranberry |
    # Avoid cranberry juice" had named the columns, every format reading "Alcohol: Cranberry"
    if any(_INSTRUCTION_CELL.match(cell) and len(cell.split()) >= 3 for cell in named):
        return False
    # columns named by day, week or cycle over what happens then: "Day 1 | Day 8 | Day 21"
    # (read as a list, "Take anti-sickness tablets for 3 days" lost its day)
    if all(_PERIOD_NAME.fullmatch(cell) for cell in named) and all(
        len(cell.split()) > 2 for row in body for cell in row if cell
    ):
        return True
    # a figure in a name of several words is a measure it names: "Number of 5mg tablets"
    if any(
        figures.search(cell)
        and not _TIME_HEADING.fullmatch(cell)
        and len(re.findall(r"\b[^\W\d_]{2,}\b", cell)) < 3
        for cell in named
    ) or all(figures.search(cell) for cell in named):
        return False
    if all(_TIME_HEADING.fullmatch(cell) for cell in header[1:]) and len(header) > 2:
        return True
    cells = [cell for row in body for cell in row if cell]
    # every row below empty: a record's headings over rows to write in ("Date | Dose (mg) |
    # Blood test result | Signed" over 3 empty rows had been one bullet, its rows lost); each
    # heading a short name, not a sentence
    if body and not cells:
        return all(cell and len(cell.split()) <= 6 and not cell.endswith((".", "!"))
                   for cell in header)
    return any(
        figures.search(cell) or cell[:1].islower() or len(cell.split()) > 3 for cell in cells
    )


def joined_header(rows: list[list[str]]) -> list[str] | None:
    """The one header of a table headed by two rows: a heading merged over columns in the
    first row (repeated in each, as Word gives it, or left blank after it, as a PDF does) told
    with each sub-heading under it, "Blood glucose (mmol/L): From" | "... : To"; a heading
    merged down both rows ("Date" over "Date", or over nothing) said once. Kept apart, the
    sub-headings were read as the first row and every figure said under the merged heading,
    "From" not told from "To". None unless the first row merges a heading over columns and the
    second names each column under it as a header does (no figures nor words going on in lower
    case, the rows below unlike it): a table whose first row is words stays as it is."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return None
    top, names, *body = rows
    starts: list[int] = []  # for each column, the column its heading in the first row starts at
    for index, cell in enumerate(top):
        merged = index > 0 and bool(top[starts[-1]]) and cell in ("", top[index - 1])
        starts.append(starts[-1] if merged else index)
    spans = Counter(starts)
    if len(spans) < 2 or max(spans.values()) < 2:
        return None  # nothing merged over columns, or one title over them all
    for start, span in spans.items():
        under = names[start : start + span]
        if span > 1 and (not all(under) or len(set(under)) < span or top[start] in under):
            return None  # the columns under a merged heading are not each named
    if any(name[:1].islower() for name in names):
        return None
    headings = [top[start] for start in starts]
    # a cell merged down both rows (its words again, or nothing, in the second) names its
    # column alone
    own = ["" if name in ("", heading) else name for name, heading in zip(names, headings,
                                                                          strict=True)]
    pairs = list(zip(headings, own, strict=True))
    if not looks_like_header([[name or heading for heading, name in pairs], *body]):
        return None
    return [f"{heading}: {name}" if heading and name else heading or name
            for heading, name in pairs]


# Words too common to say what a sentence is about (_topic_words).
_COMMON_WORDS = frozenset(
    "a an the and or but if of to in on at by for from with into out off up as is are be was "
    "were been it its this that these those there then than you your we our us they them their "
    "do does don not never must should can may will would could have has had any all some more "
    "one each other such even still also only very much after before when while until about "
    "what who how which time times day days hour hours minute minutes week weeks".split()
)


def _topic_words(text: str) -> set[str]:
    """The words of `text` that say what it is about, each by its first four letters, so that
    "driving" and "drive" are one word (a ban heading's section: ban_heading_of_its_own)."""
    return {
        word[:4] for word in re.findall(r"[a-z]+", text.lower())
        if len(word) > 2 and word not in _COMMON_WORDS
    }


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # a Markdown link: its words, its address


def _links_put_back(marked: str, text: str) -> str:
    """`text`, read from the line `marked` as plain words, with each link of `marked` put back
    round its words where they stand unchanged: a Word heading's link to a charity's page
    ("Support from the [British Heart Foundation](https://...)") had lost its address."""
    for link in re.finditer(r"\[([^\]]+)\]\(([^)\s]+)\)", marked):
        words = link[1].replace("**", "").strip()
        if words and (at := text.find(words)) >= 0:
            text = f"{text[:at]}[{words}]({link[2]}){text[at + len(words):]}"
    return text


def plain_line(text: str) -> str:
    """A line without its Markdown emphasis or link syntax, as a reader sees it."""
    text = _LINK.sub(r"\1", text)
    return text.replace("**", "").strip().strip("#").strip()


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", plain_line(text)).lower()


def _mends(letters: str, wanted: str) -> bool:
    """Whether a title given by hand mends a line's spelling ("Carring for you cast" given as
    "Caring for your cast"): the line is then the title, not a heading left over to delete."""
    return len(wanted) >= 8 and SequenceMatcher(None, letters, wanted).ratio() >= 0.88


def running_trust(name: str) -> bool:
    """Whether a trust's name is config/organisation.yaml's own ("University Hospitals of
    Leicester", "Leicester's Hospitals"), not another trust's whose leaflet this is."""
    org = organisation()
    letters = _letters(re.sub(r"\bNHS\b.*$", "", name))
    return bool(letters) and any(
        letters in _letters(own) or _letters(own) in _letters(name)
        for own in (org.name, org.short_name) if _letters(own)
    )


def _same_trust(name: str, other: str) -> bool:
    """Whether two names are one trust's ("Sheffield Teaching Hospitals" and "Sheffield
    Teaching Hospitals NHS Foundation Trust"; config's name and its short name)."""
    letters, others = (_letters(re.sub(r"\bNHS\b.*$", "", n)) or _letters(n) for n in (name, other))
    return letters in others or others in letters or running_trust(name) and running_trust(other)


def trust_lines() -> tuple[list[str], list[str]]:
    """The trust's own lines from config/organisation.yaml, as letters and digits only; and
    the words of its offer sentence around {formats} (how to ask: its phone and e-mail), which
    mark the trust's offer whatever formats an old leaflet's copy of it names."""
    org = organisation()
    offer = org.format_offer
    parts = trust_parts()
    texts = [
        org.name,
        org.short_name,
        plain_text(parts.format_offer),
        *(t.text for t in offer.translations),
        *(plain_text(line) for line in parts.footer),
        *org.import_boilerplate,
    ]
    filled = offer.text.replace("{phone}", offer.phone).replace("{email}", offer.email)
    around = [_letters(part) for part in filled.split("{formats}")]
    return [_letters(text) for text in texts if _letters(text)], [a for a in around if len(a) >= 20]


def facts_of(text: str) -> dict[str, str]:
    """The numbers, e-mail and web addresses a line gives, each as it is written, by a form
    written alike: a phone number by its figures, in whatever script's digits ("۰۱۶۳۲ ۹۶۰
    ۴۴۰" is 01632960440), an address in small letters, any other number as it is."""
    ascii_digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    found = {
        re.sub(r"\D", "", match[0]) if match.lastgroup in ("phone", "extension")
        else match[0].lower(): text[match.start() : match.end()]
        for match in _CONTACT.finditer(ascii_digits)
    }
    rest = _CONTACT.sub(lambda match: " " * len(match[0]), ascii_digits)
    return found | {
        match[0]: text[match.start() : match.end()] for match in re.finditer(r"\d+", rest)
    }


def trust_facts() -> set[str]:
    """What config/organisation.yaml's own lines give: the offer's phone and e-mail, and any
    number or address in its translations and footer."""
    org = organisation()
    offer = org.format_offer
    filled = offer.text.replace("{phone}", offer.phone).replace("{email}", offer.email)
    texts = [
        filled, *(t.text for t in offer.translations),
        *(plain_text(line) for line in trust_parts().footer),
    ]
    return set().union(*(facts_of(text).keys() for text in texts))


# The part of an e-mail or web address before a line's end: "equality@uhl-", "www.west-",
# "nhs.uk/conditions/chicken-". Its hyphen is the address's own.
_ADDRESS_SO_FAR = re.compile(
    r"(?:^|\s)\S*(?:@|www\.|https?://|\w\.(?:nhs|uk|com|org|net|gov)\b\S*/)\S*-$", re.IGNORECASE
)


# Parts that make compounds with a hyphen ("non-urgent", "co-ordinator", "self-isolate"): the
# word after them may be rarer than a word standing alone ("non-steroidal").
_COMPOUND_PREFIXES = frozenset(
    "self well non ex co anti post pre semi multi mid ill half cross".split()
)
# A joined word at least this common is a word written whole ("explain", "medication",
# "coordinator", "painkillers", "postcode"); rarer, it is the word list's record of a compound
# written without its hyphen ("selfhelp" 1.7, "followup" 2.9, "checkup" 2.9, "xray" 2.4).
_WHOLE_WORD = 3.0
# What follows a break that is no word of a compound: an ending ("adapt-" / "able", "treat-" /
# "ment") or a word of two letters other than a compound's "up", "in", "on" ("vita-" / "mins"
# is one word; "follow-" / "up" two).
_ENDINGS = frozenset(
    "ed ing er ers est able ible ly ment ments ness ship ships ive ic ical al ally ful less ous "
    "tion tions ts es ity ism ist ists ise ised ize ized ation ations ance ence ant ent ery ary "
    "ory en ish ward wards age ages ure ures ion ions ate ated ates ting ted ling led mins ian "
    "ians".split()
)
_COMPOUND_PARTICLES = frozenset("up in on off out by".split())
# ... and before it, a part that makes words whole and no compound ("in-" / "formally", "re-"
# / "gaining", "under-" / "line")
_BOUND_PREFIXES = frozenset("in un im em en re de dis mis sub under fore be a".split())


# The words of the leaflet being read, as it spells them ("night-time", "ultrasound"), lower
# case: the best evidence of how a word divided at a line's end is written whole.
_SPELLINGS: ContextVar[Counter | None] = ContextVar("leaflet_spellings", default=None)
_SPELLED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@contextlib.contextmanager
def leaflet_spellings(texts: Iterable[str]) -> Iterator[None]:
    """While reading a leaflet, `rejoined` follows how its other lines spell a word."""
    words = Counter(w.lower() for text in texts for w in _SPELLED.findall(text))
    token = _SPELLINGS.set(words)
    try:
        yield
    finally:
        _SPELLINGS.reset(token)


def _spelled_in_the_leaflet(before: str, after: str) -> bool | None:
    """True when the leaflet writes the word with its hyphen elsewhere ("night-time"), False
    when it writes it whole ("ultrasound"), None when it does not say (or says both alike)."""
    words = _SPELLINGS.get()
    if not words:
        return None
    hyphened, whole = words[f"{before}-{after}"], words[before + after]
    if hyphened == whole:
        return None
    return hyphened > whole


def rejoined(divided: str, text: str) -> str:
    """ "exer-" + "cise": the word made whole; "4-" + "hourly", "close-" + "fitting", "self-" +
    "help", "follow-" + "up" and "x-" + "ray" (two words whose joining is no common word:
    "selfhelp" had been said and brailled) keep their hyphen, and so does an address broken at
    its own hyphen ("equality@uhl-" + "tr.nhs.uk" had become "equality@uhltr.nhs.uk",
    nobody's)."""
    from wordfreq import zipf_frequency

    if divided[-2:-1].isdigit() or _ADDRESS_SO_FAR.search(divided):
        return divided + text
    first = re.match(r"[A-Za-z]+", text)
    last = re.search(r"[A-Za-z]+(?=-$)", divided)
    if first and last:
        before, after = last[0].lower(), first[0].lower()
        spelled = _spelled_in_the_leaflet(before, after)
        if spelled is not None:
            return divided + text if spelled else divided[:-1] + text
        whole = zipf_frequency(before + after, "en")
        least = 2.0 if before in _COMPOUND_PREFIXES else 3.0
        if (
            whole < _WHOLE_WORD
            and (zipf_frequency(before, "en") >= 3.0 or before in _COMPOUND_PREFIXES)
            and before not in _BOUND_PREFIXES
            and after not in _ENDINGS
            and (len(after) >= 3 or after in _COMPOUND_PARTICLES)
            and zipf_frequency(after, "en") >= least
        ):
            return divided + text
    return divided[:-1] + text


def _word_not_abbreviation(word: str, language: str = "en") -> bool:
    """ "WEIGHT", "TREATMENT", "AMBER": a heading of one word set in capitals is a word (and
    written in ordinary case) when it is long enough and common enough not to be a name."""
    return len(word) >= 4 and _how_common(word, language) >= 3.0


@functools.cache
def _how_common(word: str, language: str) -> float:
    """How common a word is (wordfreq's Zipf scale) in English or the leaflet's own language,
    whichever is more: Polish "KIEDY" and "ĆWICZENIA" are words, no abbreviations. Welsh,
    which wordfreq lacks, by the words of Welsh leaflets' titles and headings ("PRYD", "BETH"
    had been kept in capitals, read out letter by letter)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word.lower(), "en"), _own_frequency(word, language))


@functools.cache
def _own_frequency(word: str, language: str) -> float:
    """How common a word is in a language other than English (wordfreq's Zipf scale; a Welsh
    title word 4, any other Welsh word 0, as wordfreq has no Welsh); 0 for English."""
    from wordfreq import available_languages, zipf_frequency

    if language == WELSH:
        return 4.0 if word.lower() in _WELSH_TITLE_WORDS else 0.0
    if language != "en" and language in available_languages():
        return zipf_frequency(word.lower(), language)
    return 0.0


def _words_of(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", plain_line(text))


@functools.cache
def _language_of(text: str) -> str:
    """ "pl" for a line in Polish ("Ta ulotka jest dostępna w języku polskim."), "?" for one of
    four words or more that reads as no English, "" for English. A Polish line had been read by
    the English voice, garbled for the very people it was written for."""
    from wordfreq import zipf_frequency

    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", plain_line(text))
    script = script_of(text)
    if script not in ("Latin", "Common"):
        return _language_of_script(plain_line(text), script)
    if len(words) < 4:
        return ""
    english = sum(zipf_frequency(word, "en") >= 3.0 for word in words)
    if english >= len(words) / 2:
        return ""
    polish = sum(
        bool(re.search("[ąćęłńśźż]", word, re.IGNORECASE))
        or zipf_frequency(word, "pl") > zipf_frequency(word, "en") + 1
        for word in words
    )
    # a sentence, not a list of Polish names ("Dr Wojciech Kowalczyk, Dr Katarzyna ...")
    if polish >= 0.6 * len(words) and any(word.lower() in _POLISH_WORDS for word in words):
        return "pl"
    welsh = sum(word.lower() in _WELSH_WORDS or bool(re.search("[ŵŷ]", word)) for word in words)
    unknown = sum(zipf_frequency(word, "en") < 1.0 for word in words)
    return "?" if unknown >= len(words) / 2 or welsh >= len(words) / 3 else ""


# Letters Urdu writes and Arabic does not (ٹ ڈ ڑ ں ے ہ ھ گ چ پ ک ی): a line in Arabic script
# with any of them is Urdu.
_URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06be\u06af\u0686\u067e"
                           "\u06a9\u06cc]")


def _letters_broken_apart(text: str) -> bool:
    """A line in another script whose words came out as letters apart ("ی   م  ف": a PDF's
    Nastaliq Urdu, read glyph by glyph): no format could read it. A word keeps its vowel signs
    (marks, not letters: 'ગરમ' and 'ਗੋਲੀਆਂ' had been words of one letter each, and every
    Gujarati and Punjabi line was left out so)."""
    if script_of(text) in ("Latin", "Common"):
        return False
    words = [word for word in text_words(text) if not word.isdigit()]
    return bool(words) and sum(len(word) == 1 for word in words) >= 0.4 * len(words)


def _translated(text: str) -> bool:
    """Whether a line is in a language a format can carry other than English (Polish, Urdu)."""
    language = _language_of(text)
    return language not in ("", "?", "en") and find_language(language) is not None


def in_another_language(text: str) -> bool:
    """Whether a line reads as no English (Welsh, Polish, another script)."""
    return _in_another_language(text)


def line_language(text: str) -> str:
    """The code of the language a line is in ("pl", "ur"; "en" or "en!" for English), "" for
    a line that is in none (a number, a name): see _line_language."""
    return _line_language(text)


def _in_another_language(text: str) -> bool:
    return script_of(plain_line(text)) not in ("Latin", "Common") or bool(_language_of(text))


def _offer_in_languages(texts: list[str]) -> bool:
    """Whether lines in other languages, one after another, are an offer in other languages
    ("If you need this in your language, call the number below" in Urdu, Arabic, Bengali ...):
    three or more, in two languages or scripts or more; in Latin letters alone, one of them
    like a line config/organisation.yaml gives."""
    told = {(script_of(plain_line(text)), _language_of(text)) for text in texts}
    if len(texts) < 3 or len(told) < 2:
        return False
    if any(script not in ("Latin", "Common") for script, _ in told):
        return True
    # ... in Latin letters alone, only beside a line like config's: an English leaflet's lines
    # in Polish, some read as no known language ("Pij wyłącznie przejrzyste płyny ..."), had
    # been left out of every format as an offer in two languages
    known = trust_lines()[0]
    return any(
        SequenceMatcher(None, _letters(text), line).ratio() > 0.6
        for text in texts for line in known
    )


# The most words a line of an offer in another language has ("Jeśli potrzebujesz tych
# informacji w języku polskim, zadzwoń pod numer 0116 250 2959." has 13)
_OFFER_LINE_WORDS = 30


def _gives_the_offers_contact(text: str) -> bool:
    """Whether a line in a language config/organisation.yaml offers the leaflet in says what
    config's line in it says, in its own words: it gives the offer's phone or e-mail and no
    number or address config's lines do not, in a sentence or two. In Urdu and in Polish
    alike: the Urdu line "... اردو میں ... 0116 250 2959" had been left to config, the Polish
    one beside it, worded unlike config's, kept, and every format offered Polish twice."""
    offer = organisation().format_offer
    if _language_of(text) not in {line.lang for line in offer.translations}:
        return False
    facts = facts_of(plain_line(text))
    contacts = {re.sub(r"\D", "", offer.phone), offer.email.lower()}
    return (
        bool(contacts & facts.keys()) and facts.keys() <= trust_facts()
        and len(plain_line(text).split()) <= _OFFER_LINE_WORDS
    )


# A trust's or board's name inside a line: capitalised words ending in a trust's words
# ("Nottingham University Hospitals NHS Trust", "Royal Devon University Healthcare", "Cardiff
# and Vale University Health Board", "University Hospitals of Derby and Burton").
_NAME_WORD = r"[A-Z][\w'’.-]*"
_TRUST_IN_A_LINE = re.compile(
    rf"(?<![\w'’-])(?:{_NAME_WORD}(?: (?:and|&|of|the|upon|on))? ){{1,6}}"
    r"(?:NHS (?:Foundation )?Trust|(?:University )?(?:Teaching )?Health Board|"
    r"University (?:Teaching )?(?:Hospitals|Healthcare)|Teaching Hospitals)\b"
    rf"|(?<![\w'’-])University Hospitals of {_NAME_WORD}(?: (?:and|&) {_NAME_WORD})?"
)
# Words of a sentence before a name ("Call Nottingham ...", "Adapted from Royal Devon ...")
_BEFORE_A_NAME = frozenset(
    "a an the this these our your at by from for with to in of and or call ring phone contact "
    "visit see adapted produced written published copyright thanks".split()
)


def trusts_in(text: str) -> list[str]:
    """The names of trusts and boards a line holds anywhere in it, the sentence's words
    before each left off."""
    names = []
    for match in _TRUST_IN_A_LINE.finditer(text):
        words = match[0].split()
        while len(words) > 2 and words[0].lower() in _BEFORE_A_NAME:
            words.pop(0)
        names.append(" ".join(words))
    return names


def _language_of_script(text: str, script: str) -> str:
    """The language a line in another script is in, where a format can carry it (Urdu or
    Arabic by their letters, Gujarati, Punjabi in Gurmukhi); "?" for a script none can."""
    if script == "Arabic":
        return "ur" if _URDU_LETTERS.search(text) else "ar"
    found = next((row.code for row in LANGUAGES if row.script == script and row.code != "en"), "")
    return found or "?"


_POLISH_WORDS = frozenset(
    "w z i a na do nie jest się o po że aby oraz lub dla pod przez od jeśli to ta ten jak "
    "proszę prosimy można być są kiedy czy gdzie dlaczego jaki jakie kto ile który która które "
    "mi mnie ty twoje swoje swojego swoim należy".split()
)
def reads_as_welsh(text: str) -> bool:
    """Whether a line, however short, is in Welsh (pipeline.text.reads_as_welsh), as a reader
    sees it: its Markdown left out."""
    return _reads_as_welsh(plain_line(text))


def _welsh_line(text: str) -> bool:
    """A line of a leaflet's body in Welsh (reads_as_welsh), not a name said in Welsh: a
    hospital's ("Ysbyty Glan Clwyd"), a board's, or one each of whose words has a capital."""
    plain = plain_line(text)
    words = re.findall(r"[^\W\d_]+", plain)
    return (
        reads_as_welsh(plain)
        and not (WELSH_NAME.match(plain) or re.match(r"Ysbyty\b", plain))
        and not (len(words) > 1 and all(word[:1].isupper() for word in words))
    )


def _a_welsh_name(text: str) -> bool:
    """A board's or a hospital's name in Welsh ("Bwrdd Iechyd ...", "Ysbyty Glan Clwyd"),
    which an English leaflet names so too."""
    return bool(WELSH_NAME.match(text) or re.match(r"Ysbyty\b", text))


def _a_name(text: str) -> bool:
    """A line of two words or more each with a capital ("Uned Llawdriniaeth Ddydd")."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) > 1 and all(word[:1].isupper() for word in words)


def _english_beside_welsh(text: str) -> str:
    """The English of a line that gives Welsh and English parted by a slash or a bar ("Pwysig
    / Important", "Important | Pwysig"), or run together where a PDF set them one over the
    other in the same type ("Gofalu am eich clwyf Caring for your wound": the whole line, read
    as Welsh, had been lost); "" for any other line."""
    parts = _TITLE_PARTED.split(text)
    if len(parts) == 1:  # run together: parted before a capital, each part two words or more
        # (not a sentence naming a place in Welsh, nor an address: "... Ysbyty Gwynedd Ffordd
        # Penrhosgarnedd Bangor LL57 2PW"; the Welsh a title's, no name's, and the English too)
        if _ENDS_SENTENCE.search(text) or re.search(r"\d", text):
            return ""
        words = text.split()
        splits = [
            (" ".join(words[:at]), " ".join(words[at:])) for at in range(2, len(words) - 1)
            if words[at][:1].isupper() and not re.search(r"[.!?:;,]$", words[at - 1])
        ]
        return next((
            english for pair in splits if (english := _english_of(list(pair)))
            and written_like_a_title(english)
            and _welsh_line(pair[1] if english == pair[0] else pair[0])
        ), "")
    return _english_of(parts) if len(parts) == 2 else ""


def _english_of(parts: list[str]) -> str:
    """Of a Welsh and an English part, the English; "" unless one is each."""
    if any(not part or _a_welsh_name(part) for part in parts):
        return ""
    welsh = [reads_as_welsh(part) for part in parts]
    if welsh.count(True) != 1:
        return ""
    english = parts[welsh.index(False)]
    if _in_another_language(english) or _line_language(english) not in ("en", "en!") or (
        _NOT_A_HEADING_END.search(english)  # "Please bring this to" / "Uned Gofal Dwys"
    ):
        return ""
    return english


@functools.cache
def _line_language(text: str) -> str:
    """What a line is in, to tell where a translation of the leaflet starts: "en!" for an
    English sentence, "en" for a few words of English, a language's code ("pl", "ur", "cy",
    "?" for one no format carries, "?Bengali" for a script none does), "" for a line that is
    neither (a number, a name)."""
    from wordfreq import zipf_frequency

    plain = plain_line(text)
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", plain)
    if not words:
        return ""
    script = script_of(plain)
    if script not in ("Latin", "Common"):
        found = _language_of_script(plain, script)
        return f"?{script}" if found == "?" else found
    if _welsh_line(plain):
        return "cy"
    found = _language_of(plain)
    if found:
        return found
    english = [word for word in words if zipf_frequency(word, "en") >= 3.0]
    if len(english) >= len(words) / 2:
        ordinary = sum(word[0].islower() for word in english)
        return "en!" if len(words) >= 4 and ordinary >= 2 else "en"
    polish = sum(
        bool(re.search("[ąćęłńśźż]", word, re.IGNORECASE))
        or zipf_frequency(word, "pl") > zipf_frequency(word, "en") + 1
        for word in words
    )
    return "pl" if polish > len(words) / 2 else ""


def _a_latin_translation(code: str) -> bool:
    """A language of a translation in the Latin script (Polish, Welsh), whose lines a line no
    format's language reads as ("?") may stand among."""
    row = find_language(code)
    return row is not None and row.script == "Latin" and row.code != "en"


def _language_name(code: str) -> str:
    if code.startswith("?"):
        return f"a language no format writes ({code[1:]} script)" if code[1:] else (
            "a language no format writes")
    row = find_language(code)
    return row.english_name if row else code


def _cells_text(line: SourceLine) -> str:
    """A line's words, a table row's cells together."""
    return " ".join(line.cells) if line.cells else line.text


def _shouted_line(text: str, least: int = 3) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", text)
    return len(words) >= least and all(word.isupper() for word in words)


def _names_alone(sentence: str) -> set[str]:
    """The words of a sentence with a capital that stand alone, no word with a capital beside
    them: "Wythenshawe" in "a ward at Wythenshawe, near ...", not "Day" in "the Day Surgery
    Unit" (nor its first word)."""
    tokens = sentence.split()
    capital = [bool(re.match(r"\(?[A-Z]", token)) for token in tokens]
    alone = set()
    for at in range(1, len(tokens)):
        word = re.match(r"\(?([A-Z][a-z]+)\b", tokens[at])
        if (
            word and not capital[at - 1]
            and (at + 1 == len(tokens) or not capital[at + 1] or re.search(r"[,;:)]$", tokens[at]))
        ):
            alone.add(word[1])
    return alone


def _capitalised_runs(sentence: str, written_small: set[str]) -> list[list[str]]:
    """The runs of two or more words with a capital in a sentence written in ordinary case,
    each a name the leaflet writes so ("Children's Emergency Department", "Puffin Ward"). A
    word opening the sentence or a label's value ("Ring Puffin Ward", "Out of hours: Children's
    ...") is of the run only if the leaflet never writes it in small letters."""
    runs: list[list[str]] = []
    run: list[str] = []
    opens = True  # the word opens the sentence, or follows a colon

    def ended() -> list[str]:
        if len(run) >= 2:
            runs.append(run)
        return []

    for token in sentence.split():
        word = token.strip("()\"'‘“”,;:.!?")
        if token.startswith("("):
            run = ended()
        if re.fullmatch(r"[A-Z][A-Za-z]*(?:['’][a-z]+)?", word) and not (
            opens and re.match(r"[A-Za-z]+", word)[0].lower() in written_small
        ):
            run.append(word)
        else:
            run = ended()
        if re.search(r"[,;:.!?)]$", token):
            run = ended()
        opens = token.endswith(":")
    ended()
    return runs


def _cased_as(found: str, name: str) -> str:
    """`found`, a name's words in the text, in the name's capitals (the spaces between them as
    the text has them)."""
    letters = iter(character for character in name if not character.isspace())
    return "".join(
        character if character.isspace() else next(letters) for character in found
    )


def _mostly_ordinary_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", text)
    return sum(word.isupper() for word in words) < len(words) / 2


def _set_in_capitals(text: str, language: str) -> bool:
    """Whether a title's, heading's or name's every word is in capitals, and it is not one
    word that is a name in capitals ("MRSA", "COVID-19", "ENT"). Only a script with case has
    capitals: a Gujarati title, each word its own upper case, had been reported "in
    capitals"."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words or any(word != word.upper() or word == word.lower() for word in words):
        return False
    return len(words) > 1 or _word_not_abbreviation(words[0], language)


def _abbreviation(word: str, language: str = "en") -> bool:
    """A short rare word in capitals, or one with no vowel: "VTE", "DVT", "MRSA", "GP" stay in
    capitals when a heading is written in ordinary case ("(vte)" was said as a word). Rare in
    English and in the leaflet's own language (_how_common)."""
    if not re.search("[AEIOUY]", word.upper()):
        return len(word) > 1
    common = _how_common(word, language)
    return len(word) <= 4 and (common < 3.0 or (common < 3.6 and not shaped_as_a_word(word)))


# The parts of a running head: set apart by bars or bullets, or by a dash or colon with spaces
# ("Warfarin - Anticoagulation Clinic", "Surgical Day Unit | UHL", "Page 2 | SUR-0420").
_RUNNING_HEAD_PARTS = re.compile(r"\s*[|•·]\s*|\s+[-–—:]\s+|\t")
_A_DAYS_NAME = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def says_only_a_running_heads_words(text: str, known: Iterable[str]) -> bool:
    """Whether a line by a page's edge says only what a running head says, nothing a patient
    would lose with it: a page number, the leaflet's details, a trust's or hospital's name or
    its initials ("UHL"), "Patient information", or words of the `known` lines (the title and
    the lines at the leaflet's head: "Anticoagulation Clinic"). A ward's hours ("Ward 7 |
    Monday to Friday | 8am to 6pm"), a phone number, an address, a list item or an
    instruction ("Repeat 10 times.") repeated by two pages' numbers had been dropped as one:
    their words are the leaflet's own."""
    parts = [
        part.strip() for part in _RUNNING_HEAD_PARTS.split(plain_line(text))
        if part.strip() and not PAGE_NUMBER.match(part.strip())
    ]
    if not parts:
        return True
    found = find_details(" | ".join(parts))
    if found.values and not found.rest:  # ("Leaflet 1234 | Review 2027")
        return True
    said = [" ".join(re.findall(r"[\w'’]+", line.lower())) for line in known]
    for part in parts:
        if (
            _CONTACT.search(part) or _ADDRESS_OR_HOURS.search(part) or _A_DAYS_NAME.search(part)
            or _LIST_ITEM.match(part)
        ):
            return False
        found = find_details(part)
        words = " ".join(re.findall(r"[\w'’]+", part.lower()))
        if not (
            found.values and not found.rest
            or trust_names(part) or HOSPITAL_NAME.match(part) or AUDIENCE.match(part)
            or re.fullmatch(r"[A-Z]{2,6}", part) and _abbreviation(part)
            or words and any(f" {words} " in f" {line} " for line in said)
        ):
            return False
    return True


def running_heads_details(text: str) -> list[str]:
    """The parts of a running head or foot that give the leaflet's details or its trust's
    name, kept to be read once when the line itself is dropped ("Caring for your wound |
    University Hospitals of Leicester NHS Trust" by "Page 1 of 2": the trust had gone with the
    head, never recorded). Parted by bars; a part is parted further as a running head's words
    are (_RUNNING_HEAD_PARTS) where that gives a trust's name alone or the part gives no
    details whole: "Caring for your wound - Humber Teaching NHS Foundation Trust" had been
    taken whole for the trust's name, the title with it."""
    details = []
    for part in re.split(r"\s*\|\s*", " ".join(text.split())):
        pieces = [
            piece.strip() for piece in _RUNNING_HEAD_PARTS.split(part)
            if _gives_details(piece.strip())
        ]
        whole = _gives_details(part)
        details += pieces if not whole or any(map(trust_names, pieces)) else [part]
    return details


def _gives_details(part: str) -> bool:
    return bool(part) and not PAGE_NUMBER.match(part) and bool(
        trust_names(part) or find_details(part).values
    )


# A review date given as a year alone: "Review date 2027", "Next review: 2028".
_REVIEW_YEAR_ALONE = re.compile(
    r"\breview(?:\s+date|\s+due)?\s*:?\s*((?:19|20)\d\d)\b(?!\s*[/.-]\s*\d)", re.IGNORECASE
)
# Between a department and its audience on one line: "Respiratory Medicine - Information for
# patients", "Patient information | Fracture Clinic".
_DEPARTMENT_AND_AUDIENCE = re.compile(r"\s+[-–—|]\s+")


def _audience_apart(text: str) -> tuple[str, str]:
    """A line's department and the audience written beside it ("" where there is none). The
    audience opens with a capital, as it stands alone in every format ("Rheumatology Department
    – information for patients", a banner's second line, had been said "information for
    patients from ..." and printed so)."""
    parts = _DEPARTMENT_AND_AUDIENCE.split(text)
    audiences = [AUDIENCE.match(part) is not None for part in parts]
    if len(parts) == 2 and audiences.count(True) == 1:
        audience = parts[audiences.index(True)]
        return parts[audiences.index(False)], audience[:1].upper() + audience[1:]
    return text, ""


def _without_brackets(text: str) -> str:
    """ "CAMHS (Child and ...) - Leeds Team" as "CAMHS - Leeds Team": what brackets add is
    set aside when a line's words are counted or its end is looked at."""
    return _BRACKETED.sub("", text).strip()


def _without_closing_brackets(text: str) -> str:
    """ "tendon repair (weeks 0–6)" as "tendon repair": only the brackets that end the line."""
    return _CLOSING_BRACKETS.sub("", text)


def _bare_blank_label(blank: str, before: str, line_before: str = "") -> str:
    """What a blank with no label asks for, by its ruling or the word before it (and, for "on
    ____", whether the line is about calling someone)."""
    if _DAY_BEFORE.search(before) and _CALLED.search(line_before):
        return "phone number"  # "Person I can call: ____ on ____" (it was a date, refusing one)
    if _READING.fullmatch(blank) and not _DAY_BEFORE.search(before):
        return "reading"  # "___/___": a blood pressure's two numbers (it was a date)
    if "/" in blank or _DAY_BEFORE.search(before):
        return "date"
    if ":" in blank or _TIME_BEFORE.search(before):
        return "time"
    if _SETS_OF_BEFORE.search(line_before):  # (its "sets" the blank before's unit)
        return "repetitions"
    if named := _NUMBER_NAMED_BEFORE.search(before):
        return re.sub(r"\bno\.?$", "number", named["named"])  # "Your NHS number is ____"
    return UNNAMED_BLANK


def _opens_a_range_in_a_unit(after: str) -> bool:
    """Whether a blank is the first of a range of two in a unit ("at ____ to ____ ml/hour"):
    the word before it does not name it then (it had been a time, the rate cut in two)."""
    join = RANGE_JOIN.match(after)
    second = join and _BLANK.match(after, join.end())
    return bool(second and _UNIT_AFTER.match(after[second.end() :]))


def _plural_of(one: str, many: str) -> bool:
    """ "tooth/teeth", "stitch/stitches": a word and its plural, not two choices ("left/right")."""
    return many != one and many[:1] == one[:1] and (
        many.startswith(one) or many in ("teeth", "feet", "children", "people", "men", "women")
    )


def goes_on_after(text: str) -> bool:
    """A line the sentence goes on from, on the next line in lower case: it ends with a comma
    or on a word no sentence ends with ("Stop the exercise if")."""
    text = text.strip()
    return text.endswith(",") or bool(
        _NOT_A_HEADING_END.search(text) or ENDS_ON_NOT.search(text)
    )


def box_paragraphs(text: str, language: str = "en") -> list[str]:
    """A box's paragraphs, one per line of its text, a label on a line of its own joined to
    what it labels ("IMPORTANT" / "Do not kneel ..."), and a sentence over two paragraphs made
    one ("Stop the exercise if" / "you feel sharp pain in your knee,": it was "if;")."""
    paragraphs: list[str] = []
    for part in (part.strip() for part in text.split("\n")):
        if not part:
            continue
        if paragraphs and plain_line(part)[:1].islower() and goes_on_after(
            plain_line(paragraphs[-1])
        ):
            paragraphs[-1] = f"{paragraphs[-1]} {part}"
        else:
            paragraphs.append(part)
    label = paragraphs and lone_notice_label(language).fullmatch(plain_line(paragraphs[0]))
    if label and len(paragraphs) > 1:
        paragraphs[:2] = [f"{label['label'].capitalize()}: {paragraphs[1]}"]
    return paragraphs


_WHOLLY_BOLD = re.compile(r"\*\*(?:(?!\*\*).)+\*\*")


def box_heading(paragraphs: list[str]) -> str:
    """The short line in bold heading a box's other paragraphs ("**Contact us**" over its
    numbers), its words, or ""."""
    first = paragraphs[0] if paragraphs else ""
    words = plain_line(first)
    if (
        len(paragraphs) < 2 or not _WHOLLY_BOLD.fullmatch(first.strip())
        or len(words.split()) > 8 or re.search(r"[.,;:!]$", words)
    ):
        return ""
    return words


def boxed_notice(paragraphs: list[str], bold: bool = False, language: str = "en") -> bool:
    """Whether a box's words are a safety message ("Important: ...", "Do not take aspirin
    ...", "Contact us straight away if ...", a ban or what can be fatal in any of its sentences:
    "... on the same day each week. Never take it daily." had been a plain paragraph), kept
    prominent in every format; and a box whose every paragraph is a sentence set wholly in bold
    (`bold`, or marked "**...**"): the writer drew a box round it and set it in bold to stand
    out ("You must not drive ... for 24 hours after sedation" had been a paragraph like any
    other)."""
    if not paragraphs:
        return False
    plain = plain_line(paragraphs[0])
    bold = bold or all(_WHOLLY_BOLD.fullmatch(p.strip()) for p in paragraphs)
    return bool(
        notice_start(language).match(plain)
        or _BOXED_WARNING.match(plain)
        or _BOXED_URGENT.search(" ".join(paragraphs))
        or _a_message_that_bans(paragraphs, language)
        or bold and all(re.search(r"[.!]$", plain_line(p)) for p in paragraphs)
    )


def _a_message_that_bans(paragraphs: list[str], language: str = "en") -> bool:
    """Whether a box of sentences (no heading in it: a sidebar of sections, "Contact us" over
    "Key facts", is no one message) bans something or says what can be fatal in any of them.
    A box opening on its label word, its lines run together ("IMPORTANT Do not kneel ..." from
    a PDF), is left to the label's own reading, which makes it "Important: Do not kneel ..."."""
    said = [plain_line(paragraph) for paragraph in paragraphs]
    if not all(re.search(r"[.!?]$", text) for text in said):
        return False
    first_word = said[0].split(maxsplit=1)[0] if said[0].split() else ""
    if first_word.isupper() and lone_notice_label(language).fullmatch(first_word):
        return False
    return bool(_BOXED_DANGER.search(" ".join(said))) or any(
        _BOXED_BAN.match(sentence) for text in said for sentence in text_sentences(text)
    )


_TYPED_BULLET = re.compile(rf"^[{BULLET_SIGNS}]\s+")


def _signs_listed(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """A notice box's signs or rules under its lead-in ("Call 999 straight away if you:" /
    "cannot be woken up;" / "have a fit.", or each typed after a "•"), as list items without
    the marks that had kept them apart in one run, and the box's sentences after them ("If
    this happens at home, call the ward."); ([], []) where the box is no lead-in over a list."""
    lead, *rest = paragraphs
    if len(rest) < 2 or not plain_line(lead).endswith(":"):
        return [], []
    bullets = [bool(_TYPED_BULLET.match(p)) for p in rest]
    if bullets[0] and bullets[1]:
        count = bullets.index(False) if False in bullets else len(rest)
        items = [_TYPED_BULLET.sub("", p, count=1) for p in rest[:count]]
    else:
        count = next(
            (at for at, p in enumerate(rest) if not plain_line(p).endswith(";")), len(rest) - 1
        ) + 1
        if count < 2 or count > len(rest):
            return [], []
        items = rest[:count]
    # (a mark before a bold item's closing "**" is its end: "**cannot be woken up;**")
    listed = [
        re.sub(r"[;.](?=(?:\*\*)?$)" if plain_line(item)[:1].islower() else r";(?=(?:\*\*)?$)",
               "", item, count=1)
        for item in items
    ]
    return listed, rest[count:]


def _label_in_ordinary_case(text: str, language: str = "en") -> str:
    """ "PLEASE NOTE: ..." as "Please note: ...": a notice's label is not shouted (in bold
    too: "**IMPORTANT:** ...")."""
    bold = "**" if text.startswith("**") else ""
    rest = text[len(bold) :]
    notice = notice_start(language).match(rest)
    if notice and notice["label"] and not rest[notice.end("label") :].lstrip().startswith(":"):
        # "IMPORTANT - DO NOT EAT ...": its label set as every notice's is, "Important: Do
        # not eat ..." (the dash left, it read "Important - do not eat ...")
        said = rest[notice.end() :]
        rest = f"{notice['label']}: {said[:1].upper()}{said[1:]}"
        notice = notice_start(language).match(rest)
    if notice and notice["label"] and notice["label"].isupper():
        return bold + notice["label"].capitalize() + rest[notice.end("label") :]
    return bold + rest


# A span the import marks ("[Name of therapist:]{.field}", "[Dim ysmygu]{lang=cy}")
_MARKED_SPAN = re.compile(r"\[([^\[\]]*)\]\{([^{}\n]*)\}")


def as_the_leaflet_says(text: str) -> str:
    """A line of the imported text as the leaflet shows it, for a note to a person: no link's
    address and no span's markup, a blank as a blank ("Repeat [times]{.field}" is "Repeat ____
    times", "[Name of therapist:]{.field}" its label alone, as the leaflet writes it)."""

    def shown(span: re.Match) -> str:
        words = span[1].strip()
        if span[2].strip() != ".field" or words.endswith(":"):
            return words
        return "____" if words in ("", "to fill in") else f"____ {words}"

    return plain_line(_MARKED_SPAN.sub(shown, text))


def _quote(text: str, length: int = 60, plain: bool = True) -> str:
    plain = as_the_leaflet_says(text) if plain else text.strip()
    return f"'{plain[:length]}{'...' if len(plain) > length else ''}'"


class _Recovery:
    def __init__(self, lines: list[SourceLine], where: str, given: dict, decided: list[str]):
        self.lines = lines
        self.read = list(lines)  # the file's lines as read, for the trusts they name
        self.where = where
        # lines a footer kept beside its details, moved to the leaflet's end
        self.beside_details: list[int] = []
        self.given = {k: v for k, v in given.items() if v not in (None, "")}
        self.front: dict = {}
        # the trusts the leaflet names, each with how it names it (_SAYS_IT_WROTE_IT ...)
        self.organisations: list[tuple[int, str, SourceLine]] = []
        self.body: list[str] = []
        self.warnings: list[str] = []
        self.decisions = list(decided)
        self.left_out: list[str] = []  # Imported.left_out
        self.ordered_decisions: list[tuple[int, str]] = []
        self.contents: dict[str, str] = {}  # entry as letters -> entry as written
        self.found_headings: set[str] = set()
        self.steps_level: int | None = None
        self.capitalised: set[str] | None = None  # words the leaflet writes in capitals
        self.written_small: set[str] = set()  # and words it writes in small letters
        self.named: set[str] = set()  # and names, with a capital within a sentence
        self.named_alone: set[str] = set()  # ... and of them those written alone
        self.name_runs: list[list[str]] = []  # ... and runs of them ("Children's Emergency Unit")
        self.units_written: dict[str, str] = {}  # "mmol/l": "mmol/L", as it writes them
        self.question_level: int | None = None  # the level of its "Q:" questions
        self.heading_said: int | None = None  # the report's line on the last heading
        # lines among an offer in other languages kept as the leaflet's own (giving its number)
        self.own_in_offer: set[int] = set()
        self.letter_subject: int | None = None  # the line under a letter's greeting, its title
        self.names: set[int] = set()  # lines that name a place or unit: never headings
        self.section_in_parts = False  # the section has parts under it ("### 2.1 ...")
        self.left_open: set[int] = set()  # body blocks of a ban made a heading from "...:"
        # lines that are a further paragraph of the notice above them (notice_paragraphs)
        self.in_the_notice: set[int] = set()
        self.refused_headings: set[int] = set()  # lines named as no heading (kept_in_the_contacts)
        self.letter = False  # a letter to one patient ("Dear ...,")
        self.language = "en"  # what the leaflet is written in (leaflet_language)
        lengths = sorted(len(line.text) for line in lines if not line.blank)
        # a full line of text, which a two-column PDF makes much shorter than a text file
        self.typical_length = lengths[len(lengths) * 3 // 4] if lengths else 70

    # ---- reporting ----------------------------------------------------------------------------

    def decide(self, line: SourceLine, what: str) -> None:
        # in the report's order of the file: a line made anew from the file's ("Do not" without
        # its colon, a heading wrapped over two lines joined) stands where its place says
        order = next((i for i, known in enumerate(self.lines) if known is line), None)
        if order is None:
            order = next(
                (i for i, known in enumerate(self.lines) if known.where == line.where),
                len(self.lines),
            )
        self.ordered_decisions.append((order, f"{line.where}: {what}"))

    def review_year_alone(self) -> tuple[SourceLine | None, str]:
        """Why no review date was found: a line that gives its year alone ("Review date 2027",
        which is no month to build with), else none at all."""
        for line in self.lines:
            if found := _REVIEW_YEAR_ALONE.search(plain_line(line.text)):
                return line, (
                    f"the review date gives a year ({found[1]}) but no month: give it with "
                    f"--next-review {found[1]}-MM (its month)"
                )
        return None, "no review date found: give it with --next-review if there is one"

    def warn(self, line: SourceLine | None, what: str) -> None:
        self.warnings.append(f"{self.where}: {line.where + ': ' if line else ''}{what}")

    def drop(self, index: int) -> None:
        line = self.lines[index]
        self.left_out.append(line.text)
        self.lines[index] = SourceLine("", line.where)

    def organisation_named(self, name: str, line: SourceLine, how: int) -> None:
        """A trust the leaflet names, and how: as who wrote it ("Produced by ...", "©"), on
        every page, or over the title or among its details (_SAYS_IT_WROTE_IT ...); the one
        that wrote it is decided when all are known (organisation_decided)."""
        self.organisations.append((how, name, line))

    def organisation_decided(self) -> tuple[str, SourceLine] | None:
        """The trust that wrote the leaflet, by what the leaflet says of it: a trust said to
        have written it ("Produced by", "©") over one named on every page, and that over one
        named once (the first named had won: a partner's name over the title had been taken
        where the footer said "© Humber Teaching NHS Foundation Trust"); a board's name in
        Welsh beside its English one is the English one. Where two are named alike, the first
        is kept and a person is asked to set `organisation:`."""
        named = self.organisations
        if not any(WELSH_NAME.match(name) for _, name, _ in named) or all(
            WELSH_NAME.match(name) for _, name, _ in named
        ):
            english = named
        else:
            english = [found for found in named if not WELSH_NAME.match(found[1])]
        if not english:
            return None
        best = max(how for how, _, _ in english)
        chosen = [(name, line) for how, name, line in english if how == best]
        others = []
        for name, line in chosen[1:]:
            if not _same_trust(name, chosen[0][0]) and not any(
                _same_trust(name, other) for other, _ in others
            ):
                others.append((name, line))
        if others and "organisation" not in self.given:
            named_also = ", ".join(_quote(name, 80) for name, _ in others)
            self.warn(
                chosen[0][1],
                f"the leaflet names {_quote(chosen[0][0], 80)} and {named_also} and does not "
                f"say which wrote it: {_quote(chosen[0][0], 80)} was taken; set "
                "'organisation:' in the front matter (or give --organisation) to the trust "
                "that wrote it",
            )
        return chosen[0]

    # ---- the passes ---------------------------------------------------------------------------

    def run(self) -> Imported:
        self.invisible_characters()
        self.mend_wrong_encoding()
        self.picture_places()
        self.picture_references()
        self.cut_lines()
        self.dot_leaders()
        self.web_page_chrome()
        self.footnotes()
        self.details()
        self.translation_after()
        self.welsh_line_by_line()
        self.leaflet_language()
        self.trust_parts()
        self.title_and_department()
        self.department_beside_details()
        self.contents_list()
        self.body_blocks()
        self.dates_in_a_letter()
        imported = self.finish()
        if "number" in imported.front_matter:  # the translation's own name, to save it as
            imported.warnings = [
                warning.replace("<reference>-<slug>", imported.file_name.removesuffix(".md"))
                for warning in imported.warnings
            ]
        return imported

    def translation_after(self) -> None:
        """A file that holds the leaflet and then a translation of it (the Polish after the
        English, under its title in Polish, or after a line "Polish / Polski"): read on, the
        translated title and headings had been English headings and its paragraphs part of the
        English leaflet, its headings read by the English voice and braille. The translation,
        a run of headings and paragraphs in one language holding all of the file's lines in it
        (not a line or two of the leaflet's own, nor an offer in languages, nor a leaflet that
        gives each line its translation under it), and of a length near the English's, is left
        out and said once, to import as a leaflet of its own."""
        texts = [
            (index, _line_language(_cells_text(line)) if not line.running else "")
            for index, line in enumerate(self.lines)
            if not line.blank and line.picture is None
        ]
        english_before = 0
        position = 0
        while position < len(texts):
            code = texts[position][1]
            if code in ("", "en", "en!"):
                english_before += code == "en!"
                position += 1
                continue
            end = position  # ... over its own lines, neither's and a few words of English
            for later in range(position, len(texts)):
                if texts[later][1] == code:
                    end = later
                elif texts[later][1] not in ("", "en") and not (
                    texts[later][1] == "?" and _a_latin_translation(code)
                ):
                    break
            run = [self.lines[index] for index, said in texts[position:end + 1] if said == code]
            elsewhere = sum(said == code for _, said in texts) - len(run)
            words = [len(plain_line(_cells_text(line)).split()) for line in run]
            headings = sum(
                count <= 6 and not re.search(r"[.,;:۔]\s*$", plain_line(_cells_text(line)))
                for count, line in zip(words, run, strict=True)
            )
            # (or before it, the leaflet opening in Welsh and then giving it in English: the
            # Welsh title had been the title, its headings the leaflet's, the English after)
            english_after = sum(said == "en!" for _, said in texts[end + 1:])
            english = english_before or (
                english_after if not any(said == "en!" for _, said in texts[:position]) else 0
            )
            if (
                english >= 3 and elsewhere <= 2 and headings >= 1
                and sum(count >= 5 for count in words) >= 2
                and len(run) >= max(4, english / 3)
            ):
                self.leave_out_translation(
                    texts[position][0], texts[end][0], code, first=not english_before
                )
                return
            english_before += sum(said == "en!" for _, said in texts[position:end + 1])
            position = end + 1

    def leaflet_language(self) -> None:
        """A leaflet written wholly in a language a format carries (a trust's Urdu, Arabic,
        Gujarati, Punjabi or Polish leaflet), with only the English a translation keeps (a
        medicine's name, "NHS 111", the trust's name, the leaflet's details): it had been
        imported as English, 'language: en-GB' over every line tagged as Urdu, its headings
        taken for lines in another language and its list items and table cells left untagged,
        so the reader refused it. Where the lines in one such language are four or more and
        at least twice those in English, it is the leaflet's language: its lines are untagged
        and its English runs tagged {lang=en} (english_run)."""
        said = Counter(
            _line_language(_cells_text(line)) for line in self.lines
            if not line.blank and line.picture is None and not line.running
        )
        english = said["en"] + said["en!"]
        codes = [code for code in said if code not in ("", "en", "en!") and find_language(code)]
        if not codes:
            return
        code = max(codes, key=lambda found: said[found])
        if said[code] >= 4 and said[code] >= 2 * english:
            self.language = code
            name = find_language(code).english_name
            tagged = ", its English runs tagged {lang=en}" if self.own_script() else ""
            self.decisions.append(
                f"the leaflet is written in {name} ({said[code]} lines, {english} in English): "
                f"'language: {code}'{tagged}"
            )

    def in_another_language(self, text: str) -> bool:
        """Whether a line is in a language a format carries other than the leaflet's own."""
        return _translated(text) and _language_of(text) != self.language

    def beside_its_own_language(self, text: str) -> bool:
        """A line in another language than the leaflet's own (in_another_language), or in
        Welsh, however short, in a leaflet not in Welsh: a translation's line beside its
        English, never a heading. In a leaflet written in Welsh, Welsh is its own (every
        heading of one had stayed a paragraph)."""
        return self.in_another_language(text) or (self.language != WELSH and _welsh_line(text))

    def reads_as_its_own(self, text: str) -> bool:
        """Whether a line reads as the leaflet's own language, where that is written in Latin
        letters and is not English (a Welsh or Polish leaflet): its line that reads as no
        English is its own, not one to flag."""
        if self.language == WELSH:
            return reads_as_welsh(text)
        if self.language == "en" or self.own_script():
            return False
        from wordfreq import zipf_frequency

        # ... its words more its language's than English's, or with letters English has not
        # ("Powoli zginaj kolano 10 razy." has no word _language_of knows Polish by)
        words = _words_of(text)
        own = sum(
            bool(re.search(r"[^\x00-\x7f]", word))
            or _own_frequency(word, self.language) > zipf_frequency(word.lower(), "en")
            for word in words
        )
        return _line_language(text) == self.language or (bool(words) and own > len(words) / 2)

    def english_sentence(self, text: str) -> bool:
        """An English sentence in a leaflet in Welsh or Polish, to be read by the English
        voice: one _line_language takes for English whose words, three in four, are more
        English's than the leaflet's language's ("Zadzwoń do nas, jeśli:" is Polish though
        "do" and "nas" are English words too)."""
        from wordfreq import zipf_frequency

        if _line_language(text) != "en!" or self.reads_as_its_own(text):
            return False
        words = _words_of(text)
        english = sum(
            zipf_frequency(word.lower(), "en") >= 3.0
            and zipf_frequency(word.lower(), "en") > _own_frequency(word, self.language)
            for word in words
        )
        return english >= 0.75 * len(words)

    def own_script(self) -> str:
        """The script of a leaflet in another script than Latin ("Gujarati"), else ""."""
        row = find_language(self.language)
        return row.script if row and row.script != "Latin" else ""

    def other_than_its_own(self, said: str, text: str) -> str:
        """What _language_of `said` of `text`, "" where that is the leaflet's own language:
        its own words beside a web address or a medicine's name longer than they are too
        ("વધુ માહિતી: www.leicestershospitals.nhs.uk" had read as no English, flagged); and in a
        Welsh or Polish leaflet, a line reading as no English that reads as its own language
        (every line of a Welsh leaflet had been flagged as no English). An English sentence in
        such a leaflet is "en": untagged, its voice had read it."""
        if said == "" and self.language != "en" and not self.own_script() and (
            self.english_sentence(text)
        ):
            return "en"
        if said == self.language or (
            said in ("", "?") and self.own_script() in scripts_in(plain_line(text))
        ) or (said == "?" and self.reads_as_its_own(text)):
            return ""
        return said

    def english_run(self, markdown: str, text: str) -> str:
        """A cell, an item or a line written wholly in English ("Paracetamol 500mg", "NHS 111")
        in a leaflet in another script, tagged {lang=en}: the reader refuses Latin letters
        untagged in an Urdu or Gujarati leaflet, and the Urdu voice would read them."""
        own = self.own_script()
        scripts = scripts_in(plain_line(text))
        if not own or "Latin" not in scripts:
            return markdown
        if scripts == {"Latin"}:
            return f"[{markdown}]{{lang=en}}"
        if script_of(plain_line(text)) == own or "[" in markdown:
            return markdown  # (the reader takes a line mostly in its own letters as its own)
        # ... and a line more of whose letters are an address's than its own ("مزید معلومات:
        # www.leicestershospitals.nhs.uk") has its English tagged, its own words left so
        tokens = markdown.split(" ")
        english = [scripts_in(token) == {"Latin"} for token in tokens]
        out: list[str] = []
        at = 0
        while at < len(tokens):
            if not english[at]:
                out.append(tokens[at])
                at += 1
                continue
            end = at
            while end + 1 < len(tokens) and (
                english[end + 1]
                or (not scripts_in(tokens[end + 1]) and end + 2 < len(tokens) and english[end + 2])
            ):
                end += 1
            out.append(f"[{' '.join(tokens[at:end + 1])}]{{lang=en}}")
            at = end + 1
        return " ".join(out)

    def welsh_line_by_line(self) -> None:
        """A Welsh board's leaflet that gives each line in Welsh and then in English (or the
        English first), heading by heading or paragraph by paragraph: read on, the Welsh had sat
        between the English lines, read as English, its headings the leaflet's and its title the
        title. Where Welsh and English lines take turns three times or more, the Welsh near as
        long as the English, the Welsh lines are left out and said once, as a whole translation
        is (translation_after); a line giving both ("Pwysig / Important") keeps its English."""
        texts = [
            index for index, line in enumerate(self.lines)
            if not line.blank and line.picture is None and line.cells is None and not line.running
        ]
        said: dict[int, str] = {}
        english_of: dict[int, str] = {}
        for index in texts:
            plain = plain_line(self.lines[index].text)
            if english := _english_beside_welsh(plain):
                english_of[index] = english
            elif _welsh_line(plain):
                said[index] = "cy"
            elif reads_as_welsh(plain) and not _a_welsh_name(plain) and _a_name(plain):
                said[index] = "cy?"  # a name in Welsh: "Uned Endosgopi", or a street's
            elif (code := _line_language(plain)) in ("en", "en!"):
                said[index] = code
        # ... the unit's name in Welsh beside its English name ("Endoscopy Unit"), never an
        # address's line ("Ffordd Penrhosgarnedd"), which is the English leaflet's too
        for at, index in enumerate(texts):
            if said.get(index) != "cy?":
                continue
            beside = [texts[near] for near in (at - 1, at + 1) if 0 <= near < len(texts)]
            if not re.search(r"\d", self.lines[index].text) and any(
                said.get(near) == "en" and _a_name(plain_line(self.lines[near].text))
                and not re.search(r"\d", self.lines[near].text)
                for near in beside
            ):
                said[index] = "cy"
            else:
                del said[index]
        turns = [
            code for code, _ in itertools.groupby(said[index][:2] for index in sorted(said))
        ]
        welsh = [index for index, code in said.items() if code == "cy"]
        def words_in(code: str) -> int:
            return sum(
                len(plain_line(self.lines[i].text).split()) for i in said if said[i][:2] == code
            )

        if (
            turns.count("cy") < 3 or turns.count("en") < 3 or len(welsh) < 3
            or not 0.5 <= words_in("cy") / max(words_in("en"), 1) <= 2
        ):
            return
        for index in welsh:
            said_so = _quote(plain_line(self.lines[index].text))
            self.decide(self.lines[index], f"left out the Welsh {said_so}, its English beside it")
        first, last = self.lines[welsh[0]], self.lines[welsh[-1]]
        for index in welsh:
            # ... with the lines its paragraph wraps onto ("chwyddedig." under a PDF's line,
            # "o hyd." in a text file: a few words, whatever they read as)
            while (
                index + 1 < len(self.lines) and not self.lines[index + 1].blank
                and said.get(index + 1) != "en!" and index + 1 not in english_of
                and (self.lines[index].wraps or self.lines[index].joins_next
                     or self.lines[index + 1].text[:1].islower())
            ):
                self.drop(index)
                index += 1
            self.drop(index)
        for index, english in english_of.items():
            line = self.lines[index]
            both = _quote(plain_line(line.text))
            self.decide(line, f"kept the English {_quote(english)} of {both}")
            self.lines[index] = replace(
                line, text=f"# {english}" if line.text.startswith("# ") else english
            )
        self.warn(
            first,
            f"from here to {last.where} the leaflet gives each line in Welsh and in English, "
            f"from {_quote(plain_line(first.text), 40)}: the Welsh ({len(welsh)} lines) was left "
            "out of the English leaflet (read as English, every format would have given it as "
            "English); check the English has every line the Welsh has (the Welsh alone may be "
            "saved as a leaflet of its own with 'language: cy', README 'Adding a leaflet')",
        )

    def leave_out_translation(self, start: int, end: int, code: str, first: bool = False) -> None:
        """Drops the translation from `start` to `end`, with a line over it that names its
        language, and says where it starts (see translation_after); `first`: it comes before
        the English."""
        named = self.lines[start]
        before = next(
            (index for index in range(start - 1, -1, -1) if not self.lines[index].blank), None
        )
        if before is not None:
            words = re.findall(r"[^\W\d_]+", plain_line(self.lines[before].text).lower())
            row = find_language(code)
            own = row.own_names if row else ()
            names = {_language_name(code).lower(), *own}
            if 0 < len(words) <= 4 and names & set(words):
                start, named = before, self.lines[before]
        for index in range(start, end + 1):
            self.drop(index)
        language = _language_name(code)
        if find_language(code) is not None:
            how = (
                f"import those pages alone as a leaflet of their own and save it beside this one "
                f"as a translation, its name this leaflet's with .{code} before .md "
                f"(source/<reference>-<slug>.{code}.md) and 'language: {code}' in its front "
                "matter (README, 'Adding a leaflet')"
            )
        else:
            how = (
                "no format writes it yet (README, 'Adding a language'); keep those pages to "
                "import as a leaflet of their own when one does"
            )
        self.warn(
            named,
            f"from here to {self.lines[end].where} the leaflet is given "
            f"{'first' if first else 'again'} in {language}, "
            f"from {_quote(named.text, 40)}: a translation, left out of the English leaflet "
            f"(read as English, every format would have given it as English); {how}",
        )

    def dates_in_a_letter(self) -> None:
        """A letter to one patient made a leaflet for every patient who asks for it: a date in
        its text ("If you have not heard by 26 May 2026, please ring ...") is likely that
        patient's, which every later patient's braille and audio would say. Which it is the
        importer cannot tell from a date for everyone, so a person is told the line (not the
        date: the report may be kept)."""
        if not self.letter:
            return
        for line in self.lines:
            if not line.blank and A_DAYS_DATE.search(plain_line(line.text)):
                self.warn(
                    line,
                    "a date in the letter's text may be one patient's own, which every later "
                    "patient's copy would say: if it is, write a blank for it (____ (date))",
                )

    def invisible_characters(self) -> None:
        """A zero-width space, a word joiner or a soft hyphen pasted from a web page or Word
        sits inside the words ("swollen\u200b or numb", "physio\u00adtherapist"): nothing in
        print, they reached the speech engine and braille. They are taken out; the joiners
        Urdu and the Indian scripts write with (U+200C, U+200D) are letters' own."""
        for index, line in enumerate(self.lines):
            if _INVISIBLE.search(line.text):
                self.lines[index] = replace(line, text=_INVISIBLE.sub("", line.text))

    def mend_wrong_encoding(self) -> None:
        """Text saved as UTF-8 and read as Windows-1252 along the way ("â€“" for a dash, "Ã©"
        for "é"; a web page printed to PDF with no charset): every format would have shown it
        or read it aloud. Each such line is mended, if it reads back whole, and said so."""
        for index, line in enumerate(self.lines):
            if not _WRONG_ENCODING.search(line.text):
                continue
            try:
                mended = line.text.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                self.warn(line, f"{_quote(line.text, 40)} looks read in the wrong encoding (its "
                          "dashes and accents come out as 'â€“', 'Ã©'): export the file again")
                continue
            self.lines[index] = replace(line, text=mended)
            self.warn(line, f"{_quote(line.text, 40)} was read in the wrong encoding: mended as "
                      f"{_quote(mended, 40)}; check it, or export the file again as UTF-8")

    def picture_places(self) -> None:
        """A line holding only a picture's place ("[Picture 1]", "(picture)") is left out and
        said, as a table's row of them is: over a step it had been read as a heading ("##
        [Picture 2]"), and no format has the picture to show. Not one a sentence runs on
        through ("... as shown in" / "Figure 2" / "and hold ..."): left out, the sentence broke."""
        def runs_through(index: int) -> bool:
            before = plain_line(self.lines[index - 1].text).rstrip() if index else ""
            after = plain_line(self.lines[index + 1].text).lstrip() if index + 1 < len(
                self.lines
            ) else ""
            return bool(re.match(r"[a-z]", after) or re.search(
                r"\b(?:in|at|of|see|shown|the|from|and|as|to|on|by|with|like)$", before, re.I
            ))

        for index, line in enumerate(self.lines):
            text = plain_line(line.text).strip()
            if (
                line.cells is None and line.picture is None
                and _PICTURE_PLACE_LINE.fullmatch(text) and not runs_through(index)
            ):
                self.drop(index)
                self.warn(line, f"the picture placeholder {_quote(text)} was left out: put the "
                          "picture here with its alt text if you have it")

    def picture_references(self) -> None:
        """A line that points to a picture ("as shown below", "(see diagram 2)", "Figure 4")
        is said so, its picture not carried (a list item's had gone without a word): every
        format would point the reader at nothing."""
        for line in self.lines:
            if _QR_CODE.search(plain_line(line.text)):
                self.warn(
                    line,
                    f"{_quote(plain_line(line.text))} points to a QR code, which no format "
                    "carries and no reader of braille, "
                    "audio or large print can scan: give the web address it leads to in the "
                    "sentence",
                )
            if match := _PICTURE_REFERENCES.search(plain_line(line.text)):
                self.warn(
                    line,
                    f"'{match[0]}' refers to a picture the text does not carry: add the picture "
                    "with alt text, or reword the sentence",
                )

    def running_heads(self) -> None:
        """A text exported from a printed leaflet keeps each page's running head beside its
        page number ("Page 1 of 3" / "Taking warfarin safely - Anticoagulation Clinic" at the
        next page's top): the head had been a line of the text at every page break. A line in
        the band by a page number (three lines or fewer away, with only such lines between)
        that is repeated so, or that begins with the leaflet's first line (its title), is
        dropped and said so, when it says nothing but what a running head says
        (says_only_a_running_heads_words): "Ward 7 | Monday to Friday | 8am to 6pm" three lines
        under "Page 1" and again over "Page 2" had been dropped, the ward's hours lost. Such a
        line of the leaflet's own by every page's number ("Ward 7 | 01632 960 123" over each)
        may still be a running footer: it stays, and a person is asked once to check it."""
        texts = [i for i, line in enumerate(self.lines) if not line.blank and line.cells is None
                 and not line.picture]
        plain = {i: plain_line(self.lines[i].text) for i in texts}
        numbers = [at for at, i in enumerate(texts)
                   if PAGE_NUMBER.match(plain[i]) and plain[i].lower().startswith("page")]
        if not numbers or not texts:
            return
        title = plain[texts[0]].lower()
        # the leaflet's head, whose words a running head says again: its lines to the first
        # sentence (the title, which stays, the department, the trust), but for the line
        # itself, if it stands there too
        head = list(itertools.takewhile(
            lambda i: not _ENDS_SENTENCE.search(plain[i]), texts[:4]
        ))

        def shaped_to_run(index: int) -> bool:
            text = plain[index]
            return not (
                index == texts[0] or len(text.split()) > 15 or _ENDS_SENTENCE.search(text)
                or self.lines[index].heading
            )

        def could_run(index: int) -> bool:
            text = plain[index]
            return shaped_to_run(index) and says_only_a_running_heads_words(text, [
                plain[i] for i in head if i == texts[0] or plain[i].lower() != text.lower()
            ])

        near: set[int] = set()
        beside: set[int] = set()  # the leaflet's own short lines where the band ends
        for at in numbers:
            for step in (-1, 1):
                n = at + step
                while 0 <= n < len(texts) and abs(n - at) <= 3 and n not in numbers:
                    if not could_run(texts[n]):
                        if shaped_to_run(texts[n]):
                            beside.add(texts[n])
                        break
                    near.add(texts[n])
                    n += step
        for index in sorted(beside):
            text = plain[index]
            every = [i for i in texts if plain[i].lower() == text.lower()]
            if len(every) > 1 and index == every[0] and all(i in beside for i in every):
                self.warn(self.lines[index], (
                    f"{_quote(text)} repeats by each page's number (at "
                    f"{', '.join(self.lines[i].where for i in every)}): kept each time, as "
                    "its words are the leaflet's own; if it is a running footer or header, "
                    "delete all but one"
                ))
        said = Counter(plain[i].lower() for i in texts)
        details: dict[int, list[str]] = {}  # a dropped head's details, read once
        for index in sorted(near):
            text = plain[index]
            others = [i for i in texts if plain[i].lower() == text.lower() and i != index]
            repeated = others and all(i in near or i == texts[0] for i in others)
            # ("Taking warfarin safely - Anticoagulation Clinic", not "Warfarin and alcohol")
            if repeated or said[text.lower()] == 1 and text.lower().startswith(title) and (
                re.match(r"\s*[-–—|:•]", text[len(title):])
            ):
                self.decide(self.lines[index], f"dropped the running head {_quote(text)} by "
                            "its page's number")
                if not any(plain[i].lower() == text.lower() for i in details):
                    details[index] = running_heads_details(text)
                self.drop(index)
        for index in sorted(details, reverse=True):  # (the lines after move on by them)
            where = self.lines[index].where
            self.lines[index + 1:index + 1] = [
                line for part in details[index]
                for line in (SourceLine(part, where, running=True), SourceLine("", where))
            ]

    def detail_found(self, key: str, value: object, line: SourceLine) -> None:
        """A detail the leaflet gives, kept unless one was found before; where two differ, the
        better-evidenced is kept and a person asked to check, both named: a detail in the text
        beats one on every page's edge ("Leaflet 1234" in a footer against "Leaflet number:
        SUR-0420" in the details block), and the later version the older ("Version: 2" at the
        head against "Version 3" in the closing block). Either had been taken with nothing
        said, the first found."""
        if key not in self.front:
            self.front[key] = (value, line)
            return
        kept, where = self.front[key]
        if _same_detail(kept, value) or (
            key in FOUND_DATE_KEYS
            and year_month(str(kept)) is not None
            and year_month(str(kept)) == year_month(str(value))
        ):
            return  # ("March 2025" and "03/2025" are one month)
        if where is not None and where.running and not line.running:
            chosen = value
        elif key == "version" and _later_version(value, kept):
            chosen = value
        else:
            chosen = kept
        other = value if chosen is kept else kept
        other_where = line if chosen is kept else where
        self.front[key] = (chosen, where if chosen is kept else line)
        name = "reference" if key == "number" else key.replace("_", " ")
        self.warn(
            line if chosen is not kept else where,
            f"the leaflet gives two {name}s, {_quote(str(chosen))} and {_quote(str(other))} "
            f"({other_where.where if other_where else 'given before'}"
            f"{', on every page' if other_where and other_where.running else ''}): "
            f"{_quote(str(chosen))} is kept; check which is right and set '{key}:' in the "
            "front matter",
        )

    def details(self) -> None:
        self.running_heads()
        self.rejoin_wrapped_years()
        self.rejoin_wrapped_trust_names()
        texts = [i for i, line in enumerate(self.lines) if not line.blank]
        # where a leaflet with no details block writes them in its sentences: its first lines
        # or its last (not "a separate exercise sheet (PIL 2302)" in its body)
        ends = set(texts[:3] + texts[-3:])
        as_read = [plain_line(line.text) if line.cells is None else "" for line in self.lines]
        # the lines at the head, by which an audience in its own words is known ("For people
        # using our services, and their families and carers" under the title and department):
        # the first four but for a line of details and the trust's or hospital's name, which
        # are no part of what the reader reads (below them, it had been a heading over all)
        head = [index for index in texts[:8] if not self.masthead_detail(index)][:4]
        for index, line in enumerate(self.lines):
            if line.cells is not None or line.picture or line.blank:
                continue
            plain = plain_line(line.text)
            own = _OWN_AUDIENCE_LINES.get(
                unicodedata.normalize("NFC", " ".join(plain.rstrip(".").split()).lower())
            )
            if own and index in head:
                # (the audience is said in the recording's English announcement, so the front
                # matter keeps the pipeline's English one: a Welsh one would be read in English)
                self.decide(line, f"left out {_quote(plain)}, whom the leaflet is for in "
                            f"{find_language(own).english_name}: the front matter keeps the "
                            "pipeline's audience, said in English")
                self.drop(index)
                continue
            if audience := audience_of(plain, under_title=index in head):
                audience = self.wrapped_on(index, audience)
                audience, named = audience_and_organisation(audience)
                if named:  # "Information for patients, Hull ... NHS Trust": who wrote it
                    self.organisation_named(named, line, _NAMED)
                self.front.setdefault("audience", audience)
                self.decide(line, f"audience {_quote(audience)}")
                self.drop(index)
                continue
            if PAGE_NUMBER.match(plain) and plain.lower().startswith("page"):
                self.decide(line, f"dropped the page number {_quote(plain)}")
                self.drop(index)
                continue
            if _TURN_OVER.fullmatch(plain):
                self.decide(line, f"dropped {_quote(plain)}, a printed page's turn-over line")
                self.drop(index)
                continue
            if file_note(plain, _line_language(plain).rstrip("!") or "en"):
                # "Do not photocopy", "Uncontrolled when printed", "Nie kopiować" at a text
                # file's foot or alone in a PDF's: the trust's note about its file, which had
                # been read to the patient as an instruction (in Polish, made an Important notice)
                self.decide(line, f"dropped {_quote(plain)}, the trust's note about its file "
                                  "(no instruction to the patient)")
                self.drop(index)
                continue
            if line.running and (names := trust_names(plain)):
                # a trust's name over every page, a board's in each language
                for name in names:
                    self.organisation_named(name, line, _ON_EVERY_PAGE)
                self.decide(line, f"the trust's name on every page: {_quote(' / '.join(names))}")
                self.drop(index)
                continue
            found = find_details(line.text)
            if found.values and not found.rest and plain.endswith(":"):
                # "... Date of last review: 01/2025 Review date:" / "01/2028": a PDF's line
                # wrapped before the last value, which had been left alone at the text's head
                # and the review date lost. The value is read with its label
                following = self.lines[index + 1] if index + 1 < len(self.lines) else None
                if following is not None and following.cells is None and not (
                    following.blank or following.picture
                ):
                    joined = find_details(f"{line.text} {following.text}")
                    if len(joined.values) > len(found.values) and not joined.rest:
                        found = joined
                        self.drop(index + 1)
            if not found.values and (people := people_only(line.text)) and (
                index in ends or any(find_details(as_read[i]).values for i in _beside(texts, index))
            ):  # "Produced by: Urology Nurse Specialists" over "Date: ..." "Review date: ..."
                self.decide(line, f"dropped {', '.join(map(_quote, people))} with the leaflet's "
                            "details (who wrote it: no detail the front matter keeps)")
                self.drop(index)
                continue
            if line.running and found.values and found.rest:
                found = _reference_beside_details(found)
            if not found.values:
                found = details_in_sentences(line.text) if index in ends else found
                if not found.values or found.rest == line.text:
                    continue
            if found.bare_date and len(found.values) == 1 and not _with_the_details(
                as_read, texts, index, ends
            ):
                continue
            for key, value in found.values.items():
                if key != "organisation":
                    self.detail_found(key, value, line)
                    continue
                authors, partners = authors_named(plain)
                how = _SAYS_IT_WROTE_IT if authors else _ON_EVERY_PAGE if line.running else _NAMED
                for name in authors or [value]:
                    self.organisation_named(name, line, how)
                for name in partners:  # "in partnership with ...": named, not its author
                    self.organisation_named(name, line, _A_PARTNER)
            listed = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in found.values.items())
            if found.people:  # "Author: Clinical Biochemistry": the line's, not the text's
                listed += f" (dropped with them: {', '.join(map(_quote, found.people))})"
            if found.left_out:  # "Our" of "Our ref:": a label's words, said, never lost unsaid
                listed += f" (left out with them: {', '.join(map(_quote, found.left_out))})"
            if found.rest and found.rest != line.text:
                listed += f"; {_quote(found.rest)} beside them kept, no detail" + (
                    " (at the leaflet's end)" if line.running else ""
                )
            self.decide(line, f"leaflet details: {listed}")
            if found.rest and line.running:
                # a PDF's footer is read at its page's head: what it keeps beside the details
                # ("Ward 31") goes to the leaflet's end, where a Word file's footer is read (over
                # the title it had been dropped as the masthead's)
                self.drop(index)
                self.lines += [SourceLine("", line.where), replace(
                    line, text=found.rest, running=False, heading=None, bold=False, wraps=False
                )]
                self.beside_details.append(len(self.lines) - 1)
            elif found.rest:
                self.lines[index] = replace(line, text=found.rest)
            else:
                self.drop(index)

    def department_beside_details(self) -> None:
        """What a footer keeps beside its details that only names the department ("Podiatry"
        beside "POD-0102 v2 Published: March 2025", the department under the title too) is the
        department, not a line at the leaflet's end (it had been the leaflet's last line): said
        and dropped, or taken as the department where none was found."""
        for index in self.beside_details:
            line = self.lines[index]
            text = plain_line(line.text).strip(" |•·,;:.–-")
            if line.blank or not text:
                continue
            department = self.front.get("department", "")  # (the name, and where it was)
            department = str(department[0] if isinstance(department, tuple) else department)
            if department and text.lower() in (department.lower(), _without_brackets(
                department
            ).strip().lower()):
                self.decide(line, f"dropped {_quote(text)} beside the details on every page: "
                                  "it is the department's name")
                self.drop(index)
            elif not department and "department" not in self.given and (
                self.names_a_department(index)
            ):
                self.take_department(index, " (beside the details on every page)")

    def masthead_detail(self, index: int) -> bool:
        """A line of the leaflet's details alone ("Ref: CMH-0542 | Version 2 | ..."), or the
        trust's or a hospital's name: dropped from the head, never read."""
        line = self.lines[index]
        plain = plain_line(line.text)
        found = find_details(line.text) if line.cells is None else None
        return bool(found and found.values and not found.rest) or bool(
            trust_names(plain) or HOSPITAL_NAME.match(plain)
        )

    def wrapped_run(self, index: int) -> list[int]:
        """The line at `index` and the lines a PDF's column wrapped it on to."""
        run = [index]
        while self.lines[run[-1]].wraps and run[-1] + 1 < len(self.lines):
            following = self.lines[run[-1] + 1]
            if following.blank or following.cells is not None or following.heading:
                break
            run.append(run[-1] + 1)
        return run

    def wrapped_on(self, index: int, text: str) -> str:
        """`text` with the lines a PDF's narrow column wrapped it on to: "Information for
        patients aged 16 and over and the" / "people looking after them" is one audience (its
        second half had been taken for the rest of the title). The lines taken are dropped."""
        wraps = self.lines[index].wraps
        while wraps and index + 1 < len(self.lines):
            following = self.lines[index + 1]
            if following.blank or following.cells is not None or following.heading:
                break
            text = f"{text} {plain_line(following.text)}"
            index += 1
            wraps = following.wraps
            self.drop(index)
        return text

    def cut_lines(self) -> None:
        """A line to cut along ("✂ - - - - -", "- - - cut here - - -") over a reply slip is said
        in words: its scissors had been brailled "[black scissors]" and said by their name, its
        dashes read one by one."""
        for index, line in enumerate(self.lines):
            if line.cells is None and _CUT_LINE.fullmatch(plain_line(line.text)):
                self.lines[index] = replace(line, text="Cut here.")
                self.decide(line, "a line to cut along, written 'Cut here.'")

    def dot_leaders(self) -> None:
        """A list of numbers set with dot leaders ("Ward 7 ........ 0116 258 5555"), as a
        printed leaflet's contact page has them: each row of dots had been a blank "to fill
        in", an empty box between every ward and its number on the patient's sheet. Dots that
        run up to a phone number or an extension lead to it, and become a colon; a blank
        ("Date: ........", "Call ........ on 0116 ...") has no name before it or no number
        straight after it."""
        for index, line in enumerate(self.lines):
            if line.cells is not None or line.picture:
                continue
            if match := _DOT_LEADER.match(line.text):
                self.lines[index] = replace(
                    line, text=f"{match['name']}: {line.text[match.end():]}"
                )

    def web_page_chrome(self) -> None:
        """A leaflet copied from the trust's web page brings the page's own links and trail
        ("Home > Our services > Urology", "Back to top", "Print this page"): not the leaflet's
        words. The trail had been its title, and "Back to top" a chapter holding a section."""
        plain = [
            plain_line(line.text) if line.cells is None and not line.picture else ""
            for line in self.lines
        ]
        chrome = {i for i, text in enumerate(plain) if _WEB_PAGE_CHROME.fullmatch(text)}
        self.email_and_letter_lines(plain)
        if chrome:
            # a page's weaker signs, only in a page copied whole: its cookie banner, menu, the
            # trail a line a step ("Home" / "/" / "Patient leaflets"), its feedback question's
            # "Yes" / "No", its share links and its footer; and the links to related pages
            for index, text in enumerate(plain):
                if _WEB_PAGE_EXTRAS.fullmatch(text):
                    chrome.add(index)
                if index in chrome:
                    later = index + 1  # "Was this page helpful?" over "Yes" / "No"
                    while later < len(plain) and _ANSWERS_AND_LINKS.fullmatch(plain[later]):
                        chrome.add(later)
                        later += 1
                elif _TRAIL_STEP.fullmatch(text):
                    chrome |= {
                        near
                        for near in (self.neighbour(index, -1), index, self.neighbour(index, 1))
                        if near is not None and plain[near] and len(plain[near].split()) <= 6
                    }
                elif _RELATED_PAGES.fullmatch(text):
                    chrome.add(index)
                    later = index + 1
                    # its links are short titles: not the page's details ("Reference: ...")
                    links = []
                    # (a title may hold a colon: "Methotrexate: a guide for patients")
                    while later < min(index + 9, len(plain)) and re.fullmatch(
                        r"(?!(?:reference|ref|leaflet|version|review|date|code)\b)[^\d]{3,60}",
                        plain[later], re.IGNORECASE,
                    ) and not _WEB_PAGE_CHROME.fullmatch(plain[later]):
                        links.append(later)
                        later += 1
                    # a name over its phone number is a contact, not a link ("Macmillan Cancer
                    # Support" / "Freephone 0808 808 00 00")
                    if not (later < len(plain) and _CONTACT.search(plain[later])):
                        chrome.update(links)
        for index in sorted(chrome):
            said = _quote(plain[index])
            self.decide(self.lines[index], f"dropped the web page's own line {said}")
            self.drop(index)

    def email_and_letter_lines(self, plain: list[str]) -> None:
        """An e-mail's own lines over the leaflet pasted from it ("From:", "Sent:", "Subject:")
        had been its title and department: they go, each named by its label alone ("To: R
        Patel" names a patient, and the report is shown and may be kept). A letter's greeting
        ("Dear Mr Patel,") names the person it was written to: it had been the title, and so
        the source file's name. It goes, and the subject over it is the letter's title."""
        top = next((i for i, text in enumerate(plain) if text), None)
        if top is None:
            return
        heads = list(
            itertools.takewhile(lambda i: _EMAIL_HEADER.fullmatch(plain[i]), range(top, len(plain)))
        )
        first_lines = [i for i, text in enumerate(plain) if text and i not in heads]
        # a letter's greeting may come under its letterhead (the unit's name and address, the
        # date): it is looked for up to the letter's first sentence (an appointment letter's
        # letterhead, its phone, e-mail, the patient's numbers and the date, runs to a dozen
        # lines: "Dear patient," had been missed, and the hospital's name was the title)
        first_lines = list(
            itertools.takewhile(lambda i: len(plain[i].split()) <= 12, first_lines[:16])
        ) or first_lines[:1]
        greeting = next((i for i in first_lines if _GREETING.fullmatch(plain[i])), None)
        self.sent_from(plain)
        if greeting is not None or len(heads) >= 2:
            start = greeting if greeting is not None else heads[-1]
            if self.covering_note(plain, start, heads):
                return
        elif not heads and self.covering_note(plain, None, []):
            return
        if len(heads) >= 2:
            for index in heads:
                label, _, value = plain[index].partition(":")
                subject = re.sub(r"^(?:(?:re|fwd?):\s*)+", "", value.strip(), flags=re.I)
                if label.lower() == "subject" and subject and greeting is not None:
                    self.lines[index] = replace(self.lines[index], text=subject)
                    self.decide(self.lines[index], "the e-mail's subject kept as a line")
                    continue
                self.decide(self.lines[index], f"dropped the e-mail's '{label}:' line")
                self.drop(index)
            self.forwarded_leaflet(plain, heads[-1])
            self.e_mail_sign_off(plain)
        if greeting is not None:
            self.letter = True
            self.decide(self.lines[greeting], "dropped the letter's greeting (it names a person)")
            self.drop(greeting)
            self.subject_under_the_greeting(greeting, plain)

    def sent_from(self, plain: list[str]) -> None:
        """ "Sent from my iPhone" under the last lines is the phone's, not the leaflet's last
        words (it had been a paragraph read aloud)."""
        for index in [i for i, text in enumerate(plain) if text][-8:]:
            if _SENT_FROM.fullmatch(plain[index]):
                self.decide(self.lines[index], f"dropped the e-mail's line {_quote(plain[index])}")
                self.drop(index)
                plain[index] = ""

    def covering_note(self, plain: list[str], start: int, heads: list[int]) -> bool:
        """A leaflet pasted under a colleague's note ("Hi Sam," / "Please find below the updated
        leaflet ..." / "Kind regards," / "Jo"): the note had been the leaflet's first
        paragraphs, and the e-mail's subject its title. The note is its greeting, a few
        sentences and a sign-off with the sender's name and post under it, over a leaflet
        longer than itself; or, with no sign-off, a sentence or two pointing to the leaflet
        below. It goes with the e-mail's header lines, and the leaflet's own first line is the
        title; a letter's greeting over its own text is no such note. With no greeting
        (`start` None: "Please see the leaflet below." / "Thanks, Jo" over the title) the note
        must both speak of the leaflet and end on a sign-off; short of that, lines that may be
        one are kept and a person asked, since a false drop loses the leaflet's words."""
        texts = [i for i in range(0 if start is None else start + 1, len(plain)) if plain[i]]
        end = None
        for number, index in enumerate(texts[:10]):
            if _SIGN_OFF.fullmatch(plain[index]) or _THANKS.fullmatch(plain[index]):
                # the sender's name, post and place under it, up to the next blank line
                end = index
                while end + 1 < len(plain) and plain[end + 1]:
                    end += 1
                if end == index and number + 1 < len(texts):  # "Kind regards," / "" / "Jo"
                    name = texts[number + 1]
                    if len(plain[name].split()) <= 3 and (name + 1 >= len(plain)
                                                           or not plain[name + 1]):
                        end = name
                signature = range(index + 1, end + 1)
                if any(
                    len(plain[i].split()) > 6
                    or _ENDS_SENTENCE.search(plain[i]) and not _CONTACT.search(plain[i])
                    for i in signature
                ):
                    return False
                break
            if not _ENDS_SENTENCE.search(plain[index]) and not _GREETING.fullmatch(
                plain[index]
            ) and not _POINTS_TO_THE_LEAFLET.search(plain[index]):
                break  # a line of the leaflet's (its title) before any sign-off
        if start is None:
            return self.unheaded_note(plain, texts, end)
        if end is None:
            # no sign-off: the sentences under the greeting, pointing to the leaflet below
            note = list(itertools.takewhile(
                lambda i: _ENDS_SENTENCE.search(plain[i]) or _POINTS_TO_THE_LEAFLET.search(
                    plain[i]
                ), texts
            ))
            if not note or len(note) > 3 or not any(
                _POINTS_TO_THE_LEAFLET.search(plain[i]) for i in note
            ):
                return False
            end = note[-1]
        note = [i for i in texts if i <= end]
        leaflet = [i for i in texts if i > end]
        if len(leaflet) < max(3, 2 * len(note)):
            return False
        self.drop_note(plain, [start, *note], "its greeting, note and sign-off")
        for index in heads:
            label = plain[index].partition(":")[0]
            self.decide(self.lines[index], f"dropped the e-mail's '{label}:' line")
            self.drop(index)
            plain[index] = ""
        self.e_mail_sign_off(plain)
        return True

    def drop_note(self, plain: list[str], note: list[int], parts: str) -> None:
        self.decide(self.lines[note[0]], f"dropped the e-mail's covering note ({len(note)} "
                    f"lines: {parts}) over the leaflet")
        for index in note:
            self.drop(index)
            plain[index] = ""

    def unheaded_note(self, plain: list[str], texts: list[int], end: int | None) -> bool:
        """covering_note with no greeting over it: the sentences before the sign-off (three at
        most, each a whole sentence) speak of the leaflet, and the leaflet under them is
        longer than they are; then the note goes. Sentences at the top that point to the
        leaflet, with no sign-off, are kept and flagged."""
        sentences = list(itertools.takewhile(lambda i: _ENDS_SENTENCE.search(plain[i]), texts))
        if end is not None and texts and texts[0] != end:
            note = [i for i in texts if i <= end]
            said = list(itertools.takewhile(
                lambda i: not _SIGN_OFF.fullmatch(plain[i]) and not _THANKS.fullmatch(plain[i]),
                note,
            ))
            speaks = [i for i in said if _POINTS_TO_THE_LEAFLET.search(plain[i])
                      or _SPEAKS_OF_THE_LEAFLET.search(plain[i])]
            leaflet = [i for i in texts if i > end]
            if (
                speaks and set(said) <= set(sentences) and len(said) <= 3
                and sum(len(plain[i].split()) for i in said) <= 60
                and len(leaflet) >= max(3, 2 * len(said))
            ):
                self.drop_note(plain, note, "its note and sign-off")
                return True
        # (a full stop or none: "Please find the updated leaflet attached")
        pointing = [i for i in texts[:3] if _POINTS_TO_THE_LEAFLET.search(plain[i])]
        if pointing:
            self.warn(self.lines[pointing[0]], f"{_quote(plain[pointing[0]])} reads like a "
                      "covering note over the leaflet, not the leaflet's own words: delete it "
                      "if it is (it was kept)")
        return False

    def forwarded_leaflet(self, plain: list[str], last_head: int) -> None:
        """A leaflet forwarded by e-mail: the sender's covering note over "-----Original
        Message-----" is no part of it (it had been the title), nor is the marker (a chapter),
        nor the forwarded e-mail's own "From:" and "Sent:" lines under it."""
        marker = next(
            (i for i in range(last_head + 1, len(plain)) if _FORWARDED.fullmatch(plain[i])), None
        )
        if marker is None:
            return
        note = [i for i in range(last_head + 1, marker) if plain[i]]
        if note:
            self.decide(self.lines[note[0]], f"dropped the e-mail's covering note ({len(note)} "
                        f"line{'s' if len(note) > 1 else ''}) over the forwarded leaflet")
        self.decide(self.lines[marker], f"dropped the line {_quote(plain[marker])}")
        for index in [*note, marker]:
            self.drop(index)
        after = marker + 1
        while after < len(plain) and (not plain[after] or _EMAIL_HEADER.fullmatch(plain[after])):
            if plain[after]:
                label = plain[after].partition(":")[0]
                self.decide(self.lines[after], f"dropped the forwarded e-mail's '{label}:' line")
                self.drop(after)
            after += 1

    def e_mail_sign_off(self, plain: list[str]) -> None:
        """ "Kind regards" / "Sam Okafor" at the end of an e-mail is the sender's, not the
        leaflet's last words."""
        texts = [i for i, text in enumerate(plain) if text][-4:]
        sign_off = next((i for i in texts if _SIGN_OFF.fullmatch(plain[i])), None)
        if sign_off is None or any(
            len(plain[i].split()) > 6 or _ENDS_SENTENCE.search(plain[i])
            for i in texts if i > sign_off
        ):
            return
        self.decide(self.lines[sign_off], "dropped the e-mail's sign-off and the sender's name")
        for index in (i for i in texts if i >= sign_off):
            self.drop(index)

    def subject_under_the_greeting(self, greeting: int, plain: list[str]) -> None:
        """A letter under its letterhead gives its subject in a line of its own under "Dear
        ...,": that line is its title (the unit's name at the top of the page had been)."""
        if self.previous_text_line(greeting) is None:
            return  # nothing above the greeting: the first line is taken as the title anyway
        subject = self.next_text_line(greeting)
        if subject is None or self.lines[subject].cells is not None:
            return
        text = re.sub(r"^re:\s*", "", plain[subject], flags=re.IGNORECASE)
        if len(text.split()) <= 15 and not _ENDS_SENTENCE.search(text) and (
            self.lines[subject].heading or self.lines[subject].text.startswith("**")
            or plain[subject] != text or self.typed_subject(subject, text)
        ):
            self.lines[subject] = replace(self.lines[subject], text=text, heading=1)
            self.letter_subject = subject

    def typed_subject(self, index: int, text: str) -> bool:
        """A subject typed as a plain line under the greeting ("Your DEXA (bone density) scan
        appointment"), neither bold nor a heading: a short line apart, starting with a capital,
        over the letter's first paragraph, and no detail, blank to fill in or contact."""
        following = self.next_text_line(index)
        return (
            text[:1].isupper()
            and self.lines[index].cells is None and not self.lines[index].picture
            and index + 1 < len(self.lines) and self.lines[index + 1].blank
            and following is not None and self.text_at(following)[:1].isupper()
            and ":" not in text
            and not _BLANK.search(text) and not _CONTACT.search(text)
            and not _LIST_ITEM.match(text) and not _TICK_BOX_START.match(text)
        )

    def rejoin_wrapped_trust_names(self) -> None:
        """ "Northfield Teaching Hospitals NHS" over "Trust": a trust's name wrapped in a narrow
        masthead or banner is one line (apart, the first half had been taken for the title, or
        kept as a line with "Trust" under it, and the trust not known)."""
        for index, line in enumerate(self.lines[:-1]):
            following = self.lines[index + 1]
            if line.blank or line.cells is not None or following.cells is not None:
                continue
            first, rest = plain_line(line.text).strip(), plain_line(following.text).strip()
            if _TRUST_WORDS_ALONE.fullmatch(rest) and TRUST_NAME.fullmatch(f"{first} {rest}"):
                self.lines[index] = replace(line, text=f"{first} {rest}")
                self.lines[index + 1] = SourceLine("", following.where)

    def rejoin_wrapped_years(self) -> None:
        """ "... | Next review: June" / "2027": a details line wrapped before its year is one
        line (the year alone had been said at the end of the leaflet, the review date lost)."""
        for index, line in enumerate(self.lines):
            following = self.next_text_line(index) if not line.blank else None
            year = self.text_at(following) if following is not None else ""
            if not re.fullmatch(r"(?:19|20)\d\d\.?", year):
                continue
            if ENDS_WITH_A_MONTH.search(plain_line(line.text)):
                self.lines[index] = replace(line, text=f"{line.text.rstrip()} {year}")
                self.drop(following)

    def footnotes(self) -> None:
        """ "... before swimming*." with "*Only if your midwife agrees" below: the note goes in
        brackets where its mark is ("before swimming (only if your midwife agrees)."). Apart,
        the condition was read under the next item, as if it were that item's."""
        # a note written on to its mark ("*Only if ...") is surely one: those first, so a
        # bullet "* Drink plenty of fluids." near it cannot take its mark
        found = []
        for index, line in enumerate(self.lines):
            note = (
                _FOOTNOTE.fullmatch(line.text.strip()) or _FOOTNOTE.fullmatch(plain_line(line.text))
                if line.cells is None
                else None
            )
            if note and not (note["mark"] == "*" and note["space"] and self.among_bullets(index)):
                found.append((bool(note["space"]), index, note))
        for _, index, note in sorted(found, key=lambda n: n[0]):
            line = self.lines[index]
            mark = _footnote_mark(note["mark"])
            marked = next(
                (i for i in range(index - 1, -1, -1) if _mark_in(mark, self.lines[i].text)), None
            )
            if marked is None:
                continue
            said = self.note_goes_on(index, note["note"]).rstrip(".")
            said = said[:1].lower() + said[1:] if not _CAPITALS_WORD.match(said) else said
            above = self.lines[marked]
            # a mark in a table's cell ("Furosemide*"): the note goes in that cell too, which
            # is what every format reads of the row
            cells = above.cells and tuple(_noted(cell, mark, said) for cell in above.cells)
            self.lines[marked] = replace(above, text=_noted(above.text, mark, said), cells=cells)
            self.decide(line, f"the note {_quote(line.text)} put where its mark is")
            self.drop(index)
        for line in self.lines:
            for mark in _NOTE_MARK_LEFT.finditer(plain_line(line.text)):
                self.warn(line, (
                    f"the note mark {mark['mark']} in {_quote(line.text)} has no note under it "
                    "that could be matched: find its note in the file and put it in brackets "
                    "where the mark is, as it may be a condition of what the sentence says"
                ))

    def note_goes_on(self, index: int, note: str) -> str:
        """A note wrapped over the lines straight under it, each going on in lower case or
        after a word a sentence goes on from: "*Only if your baby was born after 37 weeks and"
        / "weighs more than 4kg. Speak to a pharmacist or" / "GP first." is one note (its first
        line alone had gone into the table, the rest left a stray paragraph under it). The
        lines taken are dropped."""
        following = index + 1
        while following < len(self.lines) and not re.search(r"[.!?]$", note):
            line = self.lines[following]
            text = plain_line(line.text)
            if (
                line.blank or line.cells is not None or line.picture or line.heading
                or _LIST_ITEM.match(text) or _FOOTNOTE.fullmatch(text)
                or not (text[:1].islower() or _NOT_A_HEADING_END.search(note))
            ):
                break
            joins = self.lines[following - 1].joins_next
            note = rejoined(note, text) if joins else f"{note} {text}"
            self.drop(following)
            following += 1
        return note

    def lines_in_other_languages_offer(self, known: list[str]) -> set[int]:
        """The lines in other scripts that are an offer in other languages, which config's own
        lines stand for: one like a line of the trust's, or one of a run of three or more in
        two scripts or more ("If you need this in Urdu / Arabic / Bengali ... call below").
        Any other is the leaflet's own words (an Urdu paragraph on what to do): it had been
        dropped as the trust's, lost from every format."""
        import difflib

        others = {  # (Polish, Somali: in Latin letters)
            i for i, line in enumerate(self.lines)
            if not line.blank and line.cells is None and not line.picture
            and _in_another_language(line.text) and not self.the_leaflets_own_line(i)
        }
        taken: set[int] = set()
        runs: list[list[int]] = [[]]  # runs of lines in other languages, blank lines between
        for index, line in enumerate(self.lines):
            if index in others:
                runs[-1].append(index)
            elif line.blank:
                continue
            elif runs[-1] and index == runs[-1][-1] + 1 and self.text_at(index)[:1].islower():
                runs[-1].append(index)  # the line before goes on: "... podany" / "poniżej."
            elif runs[-1] and not re.search(r"\w", self.text_at(index)):
                runs[-1].append(index)  # a PDF's Urdu full stop on a line of its own: "۔"
            else:
                runs.append([])
        for run in runs:
            if _offer_in_languages([self.text_at(i) for i in run if i in others]):
                taken.update(run)
        for index in sorted(others):
            if _gives_the_offers_contact(self.text_at(index)):
                taken.add(index)
                continue
            if script_of(self.text_at(index)) in ("Latin", "Common"):
                continue  # (a Polish line of the trust's is matched as its English lines are)
            letters = _letters(self.lines[index].text)
            if any(difflib.SequenceMatcher(None, letters, text).ratio() > 0.6 for text in known):
                taken.add(index)
        # ... and beside a line like config's, one in a language no format carries is a line of
        # the same offer ("如果您需要中文版本，请致电" under config's Urdu line had been kept as
        # English, a heading in a Word file): left out and named, as config has no line for it
        for run in runs:
            if taken & others & set(run):
                taken.update(
                    i for i in run
                    if (i in others and _language_of(self.text_at(i)) == "?")
                    or not re.search(r"\w", self.text_at(i))
                )
        # ... but a line giving a number or an address config's lines do not is the leaflet's
        # own, whatever its wording: "... call 01632 960 440" in Urdu, worded like config's
        # Urdu line ("... the number below", 0116 250 2959), had been left to config and the
        # Urdu reader lost the service's own number (the Polish line beside it was kept)
        own_facts = trust_facts()
        for index in sorted(taken & others):
            facts = facts_of(self.text_at(index))
            if given := [written for alike, written in facts.items() if alike not in own_facts]:
                taken.discard(index)
                self.own_in_offer.add(index)
                going_on = index + 1  # with the lines its sentence goes on to
                while going_on in taken and going_on not in others:
                    taken.discard(going_on)
                    self.own_in_offer.add(going_on)
                    going_on += 1
                self.decide(
                    self.lines[index],
                    f"kept as the leaflet's own: like a line config/organisation.yaml gives, but "
                    f"giving {', '.join(given)}, which config's lines do not: "
                    f"{_quote(self.lines[index].text)}",
                )
        for index in sorted(taken & others):
            self.left_to_config(self.lines[index].text, self.lines[index])
        return taken

    def the_leaflets_own_line(self, index: int) -> bool:
        """Whether a line is the leaflet's own words, never a line of an offer in languages: an
        item of a list, a line under a lead-in ("Nie wolno:" over its bans), or one in the
        leaflet's own language. A Polish leaflet's four bans, in Polish and in words read as
        no known language, had been taken for an offer in two languages, two of them lost."""
        text = self.text_at(index)
        if _LIST_ITEM.match(text) or _language_of(text) == self.language:
            return True
        above = index - 1
        while above >= 0 and not self.lines[above].blank:
            if self.text_at(above).rstrip().endswith(":"):
                return True
            above -= 1
        return False

    def left_to_config(self, text: str, line: SourceLine) -> None:
        """Says that a line of an offer in another language was left out (config's own lines
        end every format), and warns where config has no line in that language."""
        if find_language(_language_of(text)):
            self.decide(line, f"left to config/organisation.yaml: {_quote(text)}")
        else:
            self.warn(
                line,
                f"{_quote(text)}, a line of the offer in a language config/organisation.yaml "
                "has no line for, was left out: add the language's line there if the trust "
                "offers it",
            )

    def among_bullets(self, index: int) -> bool:
        """Whether the "* " line is one of a list's bullets: one of the two lines either side
        is one too (bullets may have blank lines between them)."""
        return any(
            0 <= other < len(self.lines) and re.match(r"\* \S", self.text_at(other))
            for other in (index - 2, index - 1, index + 1, index + 2)
        )

    def trust_parts(self) -> None:
        known, offer_words = trust_lines()
        offer_block = self.lines_in_other_languages_offer(known)
        heads = [i for i, line in enumerate(self.lines) if not line.blank][:3]
        judged: set[int] = set()
        for index, line in enumerate(self.lines):
            if line.blank or line.cells is not None or line.picture or index in judged:
                continue
            # (a PDF's line its column's edge ended is judged with the lines it wraps on to: "If
            # you would like this information in" / "another language or format, please
            # contact ..." had lost its first line as the trust's, the rest left in the body)
            run = self.wrapped_run(index)
            if index in offer_block:
                # ... never on to a line kept as the leaflet's own: a PDF's Urdu line of the
                # offer, wrapped, had taken the Chinese line under it giving the service's own
                # number, kept as the leaflet's, with it
                run = list(itertools.takewhile(lambda at: at not in self.own_in_offer, run))
            letters = _letters(" ".join(self.lines[i].text for i in run))
            # (a line going on from the one before is its paragraph's: "... please call 0116
            # 250" / "2959 or email ..." had lost the number's end, in every format)
            goes_on = index > 0 and not self.lines[index - 1].blank and bool(
                re.match(r"[a-z\d]", plain_line(line.text))
            )
            if _letters_broken_apart(plain_line(line.text)) and index not in offer_block:
                self.warn(
                    line,
                    f"{_quote(line.text)} could not be read from the file (its letters come "
                    "out apart, as a PDF's Urdu often does): it was left out; type it in, "
                    "tagged [...]{lang=..}, or import the Word file",
                )
                self.drop(index)
            elif index in offer_block or not goes_on and (
                (len(letters) >= 12 and any(letters in text for text in known))
                or (offer_words and offer_words[-1] in letters)
            ):
                said = " ".join(plain_line(self.lines[i].text) for i in run)
                if not offer_block.issuperset(run):  # (those lines were reported as taken)
                    self.decide(line, f"left to config/organisation.yaml: {_quote(said)}")
                judged.update(run)
                for wrapped in run:
                    self.drop(wrapped)
            elif index in heads and (named := _trust_and_its_unit(plain_line(line.text), known)):
                # "Leicester's Hospitals - Infection Prevention Team" over a flyer's title had
                # been the title, cut at its dash ("Leicester's Hospitals"), the unit after it
                self.decide(line, f"dropped the trust's name {_quote(named[0])}")
                self.organisation_named(named[0], line, _NAMED)
                if "department" in self.front:
                    self.drop(index)
                else:
                    self.lines[index] = replace(line, text=named[1])
                    self.take_department(index, " (beside the trust's name)")
            elif any(trust_names(plain_line(part)) for part in line.text.split("\n")):
                # a board's name in two languages, a line each: "Bwrdd Iechyd" / "Health Board"
                self.decide(line, f"dropped the trust's name {_quote(line.text)}")
                names = trust_names("\n".join(map(plain_line, line.text.split("\n"))))
                if joined := partnered(plain_line(line.text)):
                    names = []  # (one name, to the pattern, that is two)
                    self.organisation_named(joined[0], line, _NAMED)
                    self.organisation_named(joined[1], line, _A_PARTNER)
                for name in names or ([] if joined else [trust_name_in(plain_line(line.text))]):
                    self.organisation_named(name, line, _NAMED)
                self.drop(index)

    def title_and_department(self) -> None:
        # a sentence pointing to the leaflet is a covering note's, kept for a person to judge,
        # never its title: "Please see the leaflet below." over the title had been the title
        lines = [
            (i, line) for i, line in enumerate(self.lines)
            if not line.blank and not _POINTS_TO_THE_LEAFLET.search(plain_line(line.text))
        ]
        title_at = next((i for i, line in lines if line.heading == 1), None)
        if title_at is None:
            title_at = next((i for i, line in lines if line.text.startswith("# ")), None)
        head = None  # the line where the title stands, when it is not the title given
        if "title" in self.given:
            head, title_at = title_at, self.given_title_at(lines)
            if title_at is not None:
                head = None
        if title_at is None and head is None and lines:
            first_index, first = lines[0]
            # a hospital's name over the department or the title is the masthead: "Westgate
            # Children's Hospital" over "Children's Pharmacy Department" had been the title
            lines = self.without_the_hospitals_name(lines)
            first_index, first = lines[0]
            if self.department_first(lines):
                self.take_department(first_index, " (set above the title)")
                # ... and so is one under the department: "Respiratory Medicine" over "St
                # Aldhelm's Hospital" over the title had made the hospital the title
                lines = self.without_the_hospitals_name(lines[1:])
                first_index, first = lines[0]
            # a contact line is never the title: "Telephone: 01632 960 550 ext 3 (Mon-Fri
            # 8am-6pm)" under the department had been, and the title under it a chapter; it stays
            # in the body, and the title is the line after it
            while len(lines) > 1 and _a_contact_line(plain_line(first.text)):
                lines = lines[1:]
                first_index, first = lines[0]
            if first.cells is None and not first.picture and (
                len(first.text.split()) <= 15 or self.long_title(first_index)
            ):
                title_at = first_index
            if "title" in self.given:
                head, title_at = title_at, None
        if head is not None:
            self.first_heading_not_the_title(head)
        if title_at is not None and "title" not in self.given:
            title_at = self.title_in_english(title_at)
        if title_at is not None:
            line = self.lines[title_at]
            title = self.ordinary_case(line, plain_line(line.text.removeprefix("# ")), "title")
            # (the title's own lines first: "medicine safely", the end of a title, had been
            # taken for the department under it, and the one above it dropped)
            title = self.title_run_on(title_at, title)
            self.masthead(title_at)
            title = self.title_without_its_service(line, title)
            appointment = appointment_in(title)
            if appointment:
                title = self.title_without_the_appointment(title_at, appointment)
            if title:
                self.front["title"] = title
                self.decide(line, f"title {_quote(title)}")
            if appointment:
                self.keep_the_appointment(title_at, appointment)
            else:
                self.drop(title_at)
            following = self.next_text_line(title_at)
            if following is not None and self.names_a_department(following):
                if "department" not in self.front:
                    self.take_department(following)
                    following = self.next_text_line(following)
                else:
                    # "Leicester Diabetes Centre" under the title, the department given in the
                    # page header, had been a heading over the text: it stays a line
                    self.names.add(following)
                    self.decide(
                        self.lines[following],
                        f"kept {_quote(self.text_at(following))} under the title as a line "
                        "(the department is given elsewhere)",
                    )
            self.hospital_under_the_title(following)

    def long_title(self, index: int) -> bool:
        """Whether a first line of more than 15 words is still the title, as nothing else can
        be ("Having a colonoscopy with sedation: information for patients who are having their
        test at the endoscopy unit" had left the leaflet with no title and its department a
        line): a line of its own, no sentence (no full stop, no 'You ...' or 'If ...' opening
        it) and no paragraph's first line, the next going on in lower case."""
        text = plain_line(self.lines[index].text).strip()
        following = self.next_text_line(index)
        return (
            len(text.split()) <= 30
            and not _ENDS_SENTENCE.search(text)
            and not _OWN_SENTENCE.match(text)
            and not _a_contact_line(text)
            and not (following == index + 1 and self.text_at(following)[:1].islower())
        )

    def title_in_english(self, title_at: int) -> int:
        """Where a bilingual leaflet sets its title in Welsh straight over or under the English
        one, the English one is the title and the Welsh left out of the English text, said to a
        person (no format reads Welsh yet): "Gofalu am eich cast" over "Looking after your
        cast" had been the title, the English title a line of the text."""
        if self.title_in_english_beside_it(title_at):
            return title_at
        following = self.next_text_line(title_at)
        if following is None or following > title_at + 2:
            return title_at
        other = self.lines[following]
        if other.cells is not None or other.picture:
            return title_at
        here = plain_line(self.lines[title_at].text.removeprefix("# "))
        there = plain_line(other.text.removeprefix("# "))
        if len(there.split()) > 15 or _ENDS_SENTENCE.search(there) or any(
            WELSH_NAME.match(said) or _a_hospitals_name(said) for said in (here, there)
        ):  # (a board's name in both languages is the masthead's, for organisation_decided)
            return title_at
        if reads_as_welsh(here) and not _in_another_language(there) and not reads_as_welsh(
            there
        ) and not self.names_a_department(following):
            welsh, english = title_at, following
        elif reads_as_welsh(there) and not reads_as_welsh(here) and not (
            # an English line naming a Welsh hospital ("Children's Ward, Ysbyty Glan Teifi")
            # is the department, not the title in Welsh (it had been left out as one)
            self.names_a_department(following)
        ):
            welsh, english = following, title_at
        else:
            return title_at
        title = there if english == following else here
        self.warn(
            self.lines[welsh],
            f"{_quote(plain_line(self.lines[welsh].text))}, the title in Welsh, was left out of "
            f"the English text (no format reads Welsh yet): the title is {_quote(title)}",
        )
        self.drop(welsh)
        return english

    def title_in_english_beside_it(self, title_at: int) -> bool:
        """Whether the title line sets the Welsh and the English side by side, parted by a
        slash or a bar ("Gofalu am eich cast / Looking after your cast"), as title_in_english
        finds them over each other: the line is then the English title alone, the Welsh said.
        The whole line had been the title, the Welsh read as English."""
        line = self.lines[title_at]
        if line.cells is not None or line.picture:
            return False
        parts = _TITLE_PARTED.split(plain_line(line.text.removeprefix("# ")))
        if len(parts) != 2 or any(
            not part or WELSH_NAME.match(part) or _a_hospitals_name(part) for part in parts
        ):
            return False
        welsh = [reads_as_welsh(part) for part in parts]
        if welsh.count(True) != 1:
            return False
        english = parts[welsh.index(False)]
        if _in_another_language(english) or _ENDS_SENTENCE.search(english):
            return False
        said = parts[welsh.index(True)]
        self.warn(
            line,
            f"{_quote(said)}, the title in Welsh, was left out of the English text (no format "
            f"reads Welsh yet): the title is {_quote(english)}",
        )
        self.lines[title_at] = replace(
            line, text=f"# {english}" if line.text.startswith("# ") else english
        )
        return True

    def given_title_at(self, lines: list[tuple[int, SourceLine]]) -> int | None:
        """The line at the top that says the title given by hand, in its words (over one line
        or two), or None: a title given because the file's is a picture leaves its first
        heading a heading ("Keeping your cast dry", in the largest type under a picture of the
        title, had been taken for the title and lost from the text)."""
        wanted = _letters(str(self.given["title"]))
        for at, (index, line) in enumerate(lines[:8]):
            if line.cells is None and not line.picture:
                letters = _letters(line.text)
                two = letters + (_letters(lines[at + 1][1].text) if at + 1 < len(lines) else "")
                if (
                    letters == wanted
                    or (letters and wanted.startswith(letters) and two == wanted)
                    or _mends(letters, wanted)
                ):
                    return index
            if line.heading or line.text.startswith("#"):
                return None  # (the first heading ends the top of the page)
        return None

    def first_heading_not_the_title(self, index: int) -> None:
        """The line where the title stands (Word's Title style, a PDF's largest type, a '# '
        line, a text file's first short line) when it is not the title given: kept in the text,
        a heading if the file marks it, with what is set above it the masthead."""
        line = self.lines[index]
        self.masthead(index, "the first heading")
        if line.heading or line.text.startswith("# "):
            self.lines[index] = replace(line, heading=2, text=re.sub(r"^# ", "## ", line.text))
        # a person is told, as the line may be the title in other words than those given
        self.warn(line, f"{_quote(plain_line(line.text))}, where a title stands, is not the "
                  "title given, so it is kept in the text: delete it there if it is the title")
        following = self.next_text_line(index)
        if following is not None and "department" not in self.front and self.names_a_department(
            following
        ):
            self.take_department(following, " (under the first heading)")

    def hospital_under_the_title(self, index: int | None) -> None:
        """ "Royal Example Infirmary" on a line of its own under the title (or under the
        department under it) says where the leaflet is from: it had been the first heading,
        the leaflet's opening paragraphs under it as if about the hospital. It stays a line,
        never a heading (a trust's own name there is left to config/organisation.yaml)."""
        if index is None or self.lines[index].cells is not None or self.lines[index].picture:
            return
        text = plain_line(self.lines[index].text)
        if _a_hospitals_name(text):
            self.names.add(index)
            self.lines[index] = replace(self.lines[index], heading=None)
            self.decide(self.lines[index], f"kept the hospital's name {_quote(text)} under the "
                        "title as a line, not a heading")
            following = self.next_text_line(index)  # "Plastic Surgery Department" under it
            if (
                following is not None and "department" not in self.front
                and self.names_a_department(following)
            ):
                self.take_department(following, " (under the hospital's name)")

    def without_the_hospitals_name(
        self, lines: list[tuple[int, SourceLine]]
    ) -> list[tuple[int, SourceLine]]:
        """The lines at the head, a hospital's own name first among them dropped, said so."""
        first_index, first = lines[0]
        if (
            len(lines) > 1 and not self.department_first(lines)
            and _a_hospitals_name(plain_line(first.text))
        ):
            self.decide(first, f"dropped the hospital's name {_quote(first.text)}")
            self.drop(first_index)
            return lines[1:]
        return lines

    def title_without_the_appointment(self, title_at: int, appointment: Appointment) -> str:
        """A letter's subject, "Your lumbar puncture on Tuesday 14 April 2026 at 8.30am", gave
        its title and its file's name: one patient's appointment, which every later patient's
        braille and audio announced as the leaflet's name. The title is the subject without it;
        the subject stays, the letter's first line, with a blank for the date and one for the
        time, which `leaflet request --fill` fills in for each patient (the date and time in
        the text would have been the first patient's for every patient; left out, no patient
        would have heard when to come). The date itself is quoted nowhere, not in the report."""
        line = self.lines[title_at]
        said = " and ".join(appointment.parts)
        where = "subject" if title_at == self.letter_subject else "title line"
        blanks = " and ".join(f"'{APPOINTMENT_FIELDS[part]}'" for part in appointment.parts)
        self.warn(
            line,
            f"the {said} in the {where} {'were' if len(appointment.parts) > 1 else 'was'} left "
            "out of the title, so no patient's appointment names the leaflet's file or is "
            "announced in every later patient's braille and audio; the line stays in the text "
            f"with a blank for {'each' if len(appointment.parts) > 1 else 'it'} ({blanks}), "
            "filled in for each patient with 'leaflet request ... --fill': check it reads right"
            + ("" if appointment.title else "; nothing else was left to be the title: give it "
               "with --title"),
        )
        return appointment.title

    def keep_the_appointment(self, title_at: int, appointment: Appointment) -> None:
        """The title's line stays in the text with blanks where the appointment was."""
        self.lines[title_at] = SourceLine(appointment.blanked, self.lines[title_at].where)

    def title_without_its_service(self, line: SourceLine, title: str) -> str:
        """ "Your baby's movements in pregnancy – Riverside Community Maternity Service,
        Fenwick and District NHS Trust.": the title, then who wrote it; the service is the
        department (when none is given) and the trust's name is the trust's own."""
        match = re.fullmatch(r"(?P<title>.{8,}?) [–—-] (?P<by>[^–—]+?)\.?", title)
        if not match:
            return title
        by = [part.strip() for part in match["by"].split(",")]
        if not TRUST_NAME.match(by[-1]) and not DEPARTMENT_NAME.search(by[0]):
            return title
        if DEPARTMENT_NAME.search(by[0]) and "department" not in self.front:
            self.front["department"] = (by[0], line)
            self.decide(line, f"department {_quote(by[0])} (after the title)")
        return match["title"]

    def names_a_department(self, index: int) -> bool:
        """A short line, not a sentence, with a department's word in it ("Urology Department",
        "Paediatric ENT")."""
        line = self.lines[index]
        text = plain_line(line.text)
        named = _without_brackets(text)  # "(Ward E39 / Day Case Unit)" says where
        # its words, not its dashes: "Nutrition and Dietetics Service – Home Enteral Feeding
        # Team" had run too long, and began a chapter "Introduction" of itself alone; a
        # service and its team, each named so, may run longer
        words = [word for word in named.split() if not _SEPARATORS_ALONE.match(word)]
        parts = re.split(r" [-–—|] ", named)
        most = 12 if len(parts) > 1 and all(_department_word_in(p) for p in parts) else 8
        return (
            line.cells is None
            # (not a sentence's first line, wrapped in a PDF's narrow column: "You have been
            # checked in the Emergency" / "Department (ED) after a head injury.")
            and not line.wraps
            and len(words) <= most
            and not _ENDS_SENTENCE.search(named)
            # ... or a team named by its staff: "District Nurses" under the title had been the
            # leaflet's first heading
            and (_department_word_in(text) or STAFF_TEAM.fullmatch(named) is not None)
            # "Your medicines", "My care": a section's heading, spoken to the reader
            and not re.match(r"(?:your|my|our|how|what|when|why|who|where)\b", named, re.I)
        )

    def take_department(self, index: int, how: str = "") -> None:
        """The line at `index` is the department: said so, and taken out of the body. A line
        that gives the audience too ("Respiratory Medicine - Information for patients") gives
        each its place: the recording had said "... Trust, Respiratory Medicine, Information
        for patients" after "Information for Patients from ...")."""
        line = self.lines[index]
        text = plain_line(line.text)
        text, audience = _audience_apart(text)
        if audience:
            self.front.setdefault("audience", audience)
            self.decide(line, f"audience {_quote(audience)}")
        self.front["department"] = (text, line)
        self.decide(line, f"department {_quote(text)}{how}")
        self.drop(index)

    def title_run_on(self, title_at: int, title: str) -> str:
        """A title set over two or three lines ("Having a flexible" / "sigmoidoscopy"): the next
        line carries it on when it starts in lower case, or the title ends on a word or a dash
        no title ends on ("Caring for your", "colonoscopy –"). The lines joined are dropped."""
        for _ in range(2):
            after = self.next_text_line(title_at)
            if after is None or self.lines[after].cells is not None or self.lines[after].picture:
                break
            more = plain_line(self.lines[after].text)
            open_bracket = title.count("(") > title.count(")")  # "(every 21" / "days)"
            unbracketed = _without_closing_brackets(more)  # "tendon repair (weeks 0–6)"
            short = len(more.split()) <= 8 and (
                not _ENDS_SENTENCE.search(unbracketed) or (open_bracket and more.endswith(")"))
            )
            unfinished = (
                _NOT_A_HEADING_END.search(title) or re.search(r"[-–—:]$", title) or open_bracket
            )
            # ... or says it another way in brackets: "(keyhole gallbladder removal)" had been
            # a paragraph of its own, the first of a chapter "Introduction"
            bracketed = more.startswith("(") and more.endswith(")") and ")" not in more[:-1]
            if not (short and (more[:1].islower() or unfinished or bracketed)):
                break
            self.decide(self.lines[after], f"the title goes on: {_quote(more)}")
            self.drop(after)
            title = f"{title} {more}"
        return title

    def masthead(self, title_at: int, under: str = "the title") -> None:
        """Short lines set above a title the file marks (Word's Title style, a PDF's largest
        type) are its masthead: a hospital's or department's name, or a one-page PDF's running
        header in the text's own size. A department's name is kept as the department; the rest
        is dropped and said so; a sentence stays. When the line under the title names the
        department, that is it, and a line above naming one too ("Leicester Royal Infirmary -
        Urology") is the running header."""
        if title_at == self.letter_subject:
            self.letterhead(title_at)
            return  # a letter's letterhead is the letter's: the address to reply to, its date
        following = self.next_text_line(title_at)
        department_below = following is not None and self.names_a_department(following)
        # a line named as a department is ("Sexual Health Clinic") is it, not the hospital's
        # name over it, whose words hold one ("Westbury Community Hospital")
        named_one = next((
            index for index in range(title_at)
            if self.lines[index].cells is None and not self.lines[index].blank
            and len(plain_line(self.lines[index].text).split()) <= 8
            and _named_like_a_department(_without_brackets(plain_line(self.lines[index].text)))
        ), None)
        for index in range(title_at):
            line = self.lines[index]
            text = plain_line(line.text)
            if line.blank or line.cells is not None or line.picture:
                continue
            # a department's wards in brackets neither end a sentence nor count as its words:
            # "Children's ENT Service (Ward 7B / Day Case Unit)" over the title had been kept as
            # a sentence, and became the leaflet's first heading
            named = _without_brackets(text)
            bracketed = text.endswith(")") and _named_like_a_department(named)
            if len((named if bracketed else text).split()) > 10 or (
                _ENDS_SENTENCE.search(text) and not bracketed
            ) or _a_contact_line(text) or _POINTS_TO_THE_LEAFLET.search(text) or running_ban(
                text, _line_language(text)
            ):
                continue  # (a sentence, or a phone number, an address: the reader's, kept; a
                # covering note's "Please find the updated leaflet attached", flagged; a ban
                # with no full stop, "Never take methotrexate more than once a week" over a
                # one-page PDF's title, the leaflet's own: it had been dropped)
            if (
                "department" not in self.front
                and not department_below
                and _department_word_in(text)
                and named_one in (None, index)
            ):
                self.take_department(index, f" (set above {under})")
            elif written_like_a_title(text):
                # words a title is made of may be the title itself, above the first heading
                self.warn(
                    line,
                    f"dropped {_quote(text)}, set above {under}: "
                    + ("put it back if the leaflet says it" if "title" in self.given else
                       "if it is the leaflet's title, import again with --title, or put it back"),
                )
                self.drop(index)
            else:
                self.decide(line, f"dropped {_quote(text)}, set above {under}")
                self.drop(index)

    def letterhead(self, title_at: int) -> None:
        """A letter's letterhead stays as it is, but its lines are never headings, and the
        unit's name at its head is the department: "Eye Day Case Unit" / "Ophthalmology
        Department, Leicester Royal Infirmary" over the address gave no department, and the
        second line was the letter's first chapter."""
        above = [i for i in range(title_at) if not self.lines[i].blank]
        self.names.update(above)
        if "department" in self.front:
            return
        for index in above:
            line = self.lines[index]
            text = plain_line(line.text)
            # (its specialty after it, what it does in brackets: "Radiology Department –
            # Bone Densitometry (DEXA)")
            named = _without_brackets(text)
            if (
                line.cells is None and not line.picture
                and len(named.split()) <= 8
                and not _ENDS_SENTENCE.search(named)
                and not _CONTACT.search(text) and not _BLANK.search(text)
                and (DEPARTMENT_NAME.search(named) or _named_like_a_department(named))
            ):
                self.take_department(index, " (at the head of the letter)")
                return

    def department_first(self, lines: list[tuple[int, SourceLine]]) -> bool:
        """ "Anticoagulant Clinic" over "Taking warfarin safely": a short first line named like
        a department ("... Clinic", "... Department") over a line that is not one is the
        department, and the title follows it."""
        if len(lines) < 2 or "department" in self.front:
            return False
        first, second = (plain_line(line.text) for _, line in lines[:2])
        # "Queen Mary's Hospital, Eastfield - Eye Unit (Ophthalmology)": its words, not its
        # dashes, bars and brackets, are counted (nor an audience beside it: "Respiratory
        # Medicine - Information for patients")
        first = _audience_apart(first)[0]
        given = _letters(str(self.given.get("department", "")))
        if given and _letters(first) == given and lines[1][1].cells is None:
            return True  # the department given by hand, however it is named
        named = _without_brackets(first)
        # a title in capitals under it, as no department's name is set, lets it run longer:
        # "Neurology Department and Epilepsy Specialist Nursing Service" over "SODIUM
        # VALPROATE AND PREGNANCY: ..." had been the title, the title a bold line of the body
        most = 10 if _shouted_line(second) and not _shouted_line(first) else 6
        return (
            len([word for word in named.split() if not _SEPARATORS_ALONE.match(word)]) <= most
            and not _TITLE_START.match(first)  # "Your appointment at the Fracture Clinic"
            and _named_like_a_department(named)
            and DEPARTMENT_NAME.search(second) is None
            and not AUDIENCE.match(second)  # "Diabetes" over "Information for patients"
            and len(second.split()) <= 15
            and not _ENDS_SENTENCE.search(_without_closing_brackets(second))
            and lines[1][1].cells is None
        )

    def contents_list(self) -> None:
        for index, line in enumerate(self.lines):
            if line.blank or not _CONTENTS.match(plain_line(line.text)):
                continue
            end = index + 1
            entries: list[str] = []
            while end < len(self.lines):
                later = self.lines[end]
                if later.blank:
                    if entries and not self.named_later(self.next_text_line(end)):
                        break  # entries set apart go on while each names a later line
                    end += 1
                    continue
                text = plain_line(later.text)
                if len(text.split()) > 12 or re.search(r"[.!:;]$", text.rstrip("0123456789 .")):
                    break
                if later.heading or _letters(text) in (_letters(e) for e in entries):
                    break  # the first heading of the body, which the list named
                if item := _LIST_ITEM.match(text):
                    text = item["text"]
                text = re.sub(r"[\s.…]*\d{1,3}$", "", text).strip()  # "Risks ........ 4"
                entries.append(text)
                end += 1
            if not entries:
                continue
            self.contents = {_letters(entry): entry for entry in entries}
            self.decide(
                line,
                f"dropped the contents list {_quote(line.text)} "
                f"({len(entries)} entries, used to find the headings)",
            )
            for gone in range(index, end):
                self.drop(gone)
            return

    def named_later(self, index: int | None) -> bool:
        """Whether the line at `index` is a contents entry: a short line whose words (without
        a list marker or page number) stand again as a line further on, as its heading."""
        if index is None:
            return False
        text = plain_line(self.lines[index].text)
        if item := _LIST_ITEM.match(text):
            text = item["text"]
        entry = _letters(re.sub(r"[\s.…]*\d{1,3}$", "", text))
        return len(text.split()) <= 12 and any(
            _letters(line.text) == entry for line in self.lines[index + 1 :] if not line.blank
        )

    # ---- lines and what they look like --------------------------------------------------------

    def text_at(self, index: int) -> str:
        return plain_line(self.lines[index].text) if 0 <= index < len(self.lines) else ""

    def in_contact_section(self) -> bool:
        """Under a "Contact us" heading: its lines are names, places and numbers."""
        heading = next((block for block in reversed(self.body) if block.startswith("## ")), "")
        # (numbered too: under "7. Contact us", "Day Surgery Unit, Level 1, Balmoral Building,
        # Leicester Royal Infirmary" had been a heading, and the section lost its chapter)
        return bool(_CONTACT_HEADING.match(re.sub(r"^\d{1,2}[.)]\s+", "", heading[3:])))

    def after_the_contacts(self, index: int) -> bool:
        """A bare line with blank lines either side, once the contacts section has given its
        contacts, over sentences or a list that give none: the next section's heading.
        "Changing your bag" after the "Who to contact" table had stayed a paragraph, every bare
        line under a contacts heading taken for a name or a place, and the audio read bag
        changing and the glossary inside its "Contact details" chapter."""
        before, after = self.neighbour(index, -1), self.neighbour(index, 1)
        if before is None or after is None or not self.lines[before].blank:
            return False
        section = itertools.takewhile(lambda b: not b.startswith("## "), reversed(self.body))
        if not any(_a_contact_line(block) for block in section):
            return False  # the contacts are still to come: "Stoma Care Nurses" over its number
        first = self.next_text_line(index)
        under = self.lines_from(first) if first is not None else []
        if self.text_at(index).endswith("?") and not self.lines[after].blank:
            # a question over the lines under it is a section's, whatever they give: "Where
            # can I get more information?" over the charities' numbers had stayed a line of
            # "Contact numbers" (a contact is named, never asked)
            return True
        if not self.tells_no_contacts(under):
            return False
        if len(under) >= 2 and all(_LIST_ITEM.match(self.text_at(at)) for at in under) and not (
            self.names_a_department(index)
        ):
            # ... and a line over a list that gives no contact: "Questions you may want to
            # ask" over its questions had stayed a line of "Contact numbers"
            return True
        if self.lines[after].blank or self.text_at(index).endswith("?"):
            # ... or a question straight over its answer, as a text file sets its headings
            # ("What is hydroxychloroquine?" over "Hydroxychloroquine is a medicine ...", the
            # contacts given first, had stayed a line, the whole leaflet in "Contact us")
            return True
        # A bare line straight over its sentences heads a section when the leaflet goes on
        # past them in sentences that give no contact either ("Taking your tablets" over "Take
        # your tablets with food ...", then "Blood tests" over its own, had stayed a line, and
        # every section after it was read in "Contact us"); a service's name over a sentence
        # about it among other contacts, or last, stays a contact ("Home delivery" / "Your
        # supplier will call you before each delivery.")
        # (the trust's closing lines, its offer of other formats and the leaflet's details,
        # are no section of the leaflet: "If you need this information in another format
        # please call 01632 ..." under the only section had been read as a contact there, and
        # "Going home" stayed a line of "Contact us")
        going_on = self.past_the_closing_lines(under[-1])
        if going_on is None:
            # the last section: a heading over instructions, two sentences or a ban, not a
            # service's name over a sentence about it ("Home delivery" / "Your supplier ...")
            said = " ".join(self.text_at(at) for at in under)
            return len(text_sentences(said)) >= 2 or _BANS.search(said) is not None
        return self.tells_no_contacts(self.lines_from(going_on))

    def kept_in_the_contacts(self, index: int) -> bool:
        """Names in the report a line shaped as a heading (a blank line before it, a few words
        in ordinary case, no contact of its own, over no blank) kept as a line of the contacts
        section, so a person sees what the import refused: "Questions you may want to ask" had
        stayed a line of "Contact numbers" with nothing said. Always False: a note, no verdict."""
        text = self.text_at(index)
        before, after = self.neighbour(index, -1), self.neighbour(index, 1)
        if (
            index not in self.refused_headings
            and before is not None and self.lines[before].blank
            and after is not None and not self.lines[after].blank
            and self.is_short_line(index) and 2 <= len(text.split()) <= 8
            and text[:1].isupper() and not _shouted_line(text, 2)
            and not _a_contact_line(text) and not self.names_a_department(index)
            and not _a_contact_line(self.text_at(after))
        ):
            self.refused_headings.add(index)
            self.decide(self.lines[index], f"{_quote(text)}, after the contacts, is kept as a "
                        "line of the contacts section: if it heads a section of its own, make "
                        "it a heading ('## ')")
        return False

    def past_the_closing_lines(self, index: int) -> int | None:
        """The first line of the next run of lines after `index` that is not the trust's
        closing lines (_closing_line), or None when the leaflet ends before one."""
        following = self.neighbour(index, 1)
        going_on = self.next_text_line(following) if following is not None else None
        while going_on is not None:
            run = self.lines_from(going_on)
            if not all(_closing_line(self.text_at(at)) for at in run):
                return going_on
            following = self.neighbour(run[-1], 1)
            going_on = self.next_text_line(following) if following is not None else None
        return None

    def lines_from(self, index: int) -> list[int]:
        """The lines from `index` to the next blank line."""
        run: list[int] = []
        while index < len(self.lines) and not self.lines[index].blank:
            run.append(index)
            index += 1
        return run

    def tells_no_contacts(self, run: list[int]) -> bool:
        """Whether a run of lines is sentences (or a list, a glossary) giving no contact: what
        a section after the contacts holds, as no contact's own lines do."""
        texts = [self.text_at(at) for at in run]
        if not texts or any(
            self.lines[at].cells is not None or self.lines[at].picture or _gives_contacts(text)
            for at, text in zip(run, texts, strict=True)
        ):
            return False
        sentences = " ".join(texts)
        listed = len(texts) >= 2 and all(
            _LIST_ITEM.match(text) or self.glossary_shaped(at)
            for at, text in zip(run, texts, strict=True)
        )
        return listed or len(sentences.split()) >= 8 and re.search(r"[.!?]$", sentences) is not None

    def under_a_marked_heading(self, index: int) -> bool:
        """The line before, past blank lines, is a heading the file marks (a Word style, a
        PDF's size or weight): a file that marks its headings marks them all."""
        before = index - 1
        while before >= 0 and self.lines[before].blank:
            before -= 1
        return before >= 0 and bool(self.lines[before].heading)

    def neighbour(self, index: int, step: int) -> int | None:
        """The next line (step 1) or the one before (-1), or None past the ends."""
        index += step
        return index if 0 <= index < len(self.lines) else None

    def is_short_line(self, index: int | None) -> bool:
        if index is None:
            return False
        line = self.lines[index]
        text = plain_line(line.text)
        return (
            not line.blank
            and line.cells is None
            and not line.picture
            and len(text.split()) <= 12
            and not _ENDS_SENTENCE.search(text)
            and not _LIST_ITEM.match(text)
            and "|" not in text
            and not _PATTERNED_HEADING.match(text)
            and not _PICTURE_LINE.match(text)
            and _letters(text) not in self.contents
            and not self.wraps_on(index)
        )

    def parallel_labelled(self, index: int) -> bool:
        """A line of a run of lines of one shape, each a label and a colon ("Week 1-2: walk 10
        mins x 2 a day", "Week 3-4: walk 15 mins ..."): the line before or after it, blank lines
        between them or not, starts with the same word and has its label too."""
        return any(
            near is not None and self.labelled_alike(near, index)
            for near in (self.previous_text_line(index), self.next_text_line(index))
        )

    def labelled_alike(self, first: int, second: int) -> bool:
        labels = [_PARALLEL_LABEL.match(self.text_at(at)) for at in (first, second)]
        return all(labels) and all(
            self.lines[at].cells is None and not self.lines[at].picture for at in (first, second)
        ) and labels[0]["word"].lower() == labels[1]["word"].lower()

    def glossary_entry(self, index: int | None) -> bool:
        """A line of a glossary: a term, a spaced dash and what it means, beside another such line
        (blank lines between them or not). Short and with no full stop, the second of a Word
        glossary's entries had been a heading, a chapter holding the rest of the glossary."""
        if index is None or not self.glossary_shaped(index):
            return False
        return any(
            near is not None and self.glossary_shaped(near)
            for near in (self.previous_text_line(index), self.next_text_line(index))
        )

    def glossary_shaped(self, index: int) -> bool:
        line = self.lines[index]
        text = plain_line(line.text)
        entry = _GLOSSARY_ENTRY.match(text)
        return bool(
            entry
            and line.cells is None and not line.picture
            and len(entry["term"].split()) <= 4
            and not _LIST_ITEM.match(text)
            and not _SENTENCE_ENDS_WITHIN.search(text)
        )

    def wraps_on(self, index: int) -> bool:
        """Whether the line's sentence goes on in lower case on the next line: a wrapped line of
        a paragraph ("... straight away if your fingers" / "become blue ..."), however few its
        words, is not one of a run of short lines such as an address."""
        following = self.neighbour(index, 1)
        if following is None or self.lines[following].blank:
            return False
        after = plain_line(self.lines[following].text)
        return after[:1].islower() and not _LIST_ITEM.match(after)

    def heading_level(self, index: int) -> int | None:
        """The level of the heading this line is, or None: a bare line is a heading when it is
        short, has no full stop, stands apart from a paragraph and is not one of a run of short
        lines (an address, a contact block)."""
        line = self.lines[index]
        if line.blank or line.cells is not None or line.picture:
            return None
        text = plain_line(line.text)
        if _TICK_BOX.search(text):
            # a checklist's item, whatever its shape: "☐ an anticoagulant alert card to carry at
            # all times", a paragraph apart and with no full stop, had been a heading; so had a
            # question with its answers to tick, "Do you live alone? Yes ☐ No ☐"
            return None
        if index in self.names:
            return None  # a letterhead's line, a unit named under the title
        if script_of(text) not in ("Latin", "Common") and _language_of(text) == "?":
            # a line in a script no format carries ("如果您需要…" in a Word heading's style or
            # short and apart) is flagged as a paragraph is: as a heading it was read as
            # English, a chapter of its own, with no warning
            return None
        if self.closing_courtesy(index):
            return None  # "Thank you" at the end, in bold or a Word heading, had been "## Thank
            # you", a section with nothing in it
        if self.glossary_entry(index):
            return None  # "ECG – electrocardiogram, ..." among the glossary's other entries
        following = self.next_text_line(index)
        if says_an_instruction(text) and not (
            following is not None and _LIST_ITEM.match(self.text_at(following))
        ) and not (line.styled and not notice_start().match(text)):
            # "IMPORTANT - DO NOT EAT OR DRINK AFTER MIDNIGHT", "You must not drive for 24
            # hours" at a page's head: what to do is said, never a section's name (as a
            # heading, the notice was lost and the ban read as a chapter's title)
            return None
        if self.language != "en" and following is not None and (
            notice := notice_start(self.language).match(text)
        ) and self.points_on(text[notice.end():], index + 1, following):
            # ... and in another language, a notice's label line pointing to what follows it
            # ("PWYSIG - cadwch y rhif hwn gyda chi bob amser" over the helpline's number),
            # which says_an_instruction, knowing English only, does not find: it had been a
            # heading over the number, no notice said
            return None
        if line.heading and bare_ban(line.text) and following is not None and _LIST_ITEM.match(
            self.text_at(following)
        ):
            # a Word paragraph in bold, "Do not", over its list leads into it as a PDF's and a
            # text file's do (it had stayed a heading, the paragraph after the list under it)
            return None
        if line.heading:
            if line.heading > 2 and self.last_contact_section(index):
                return 2
            return max(2, min(line.heading, 4))
        if line.wraps:
            return None  # a PDF's column ended it: "You have been checked in the Emergency" /
            # "Department (ED) after a head injury." had been a heading over the rest
        if match := re.match(r"^(#{2,4})\s", line.text):
            return len(match[1])
        if _named_as(text) & self.contents.keys():
            return 2  # named by the contents list, numbered there or not
        if self.in_a_run_of_sections(index) and not self.in_contact_section():
            # "3. Before your PICC is put in" between "2. Why do I need one?" and "4. How is it
            # put in?": its last word is no sentence going on (a list's item, section 3 had no
            # chapter and its advice was read in section 2's)
            return 2
        words = text.split()
        # "Step 3: Places and people that help me take my mind off things"
        most = 16 if re.match(r"(?:step|stage)\s+\d{1,2}:", text, re.IGNORECASE) else 12
        if not words or len(words) > most or len(text) > 90:
            return None
        shouted = bool(re.search(r"[A-Z]", text)) and text == text.upper()  # "HOW TO PUT ... IN"
        title_case = len(words) > 1 and all(w[:1].isupper() for w in words if len(w) > 3)
        ends_capitalised = title_case and words[-1][:1].isupper()  # "Before You Come In"
        if re.search(r"[.,;:]$", text) or (
            _NOT_A_HEADING_END.search(text) and not shouted and not ends_capitalised
            and not self.ends_on_its_verbs_particle(index)
        ) or (len(words) > 3 and ENDS_ON_NOT.search(text)) or _SENTENCE_ENDS_WITHIN.search(text):
            # "If the tablets make you feel drowsy or dizzy, do not" / "DRIVE." is a sentence,
            # and so is "DO NOT STOP ... UNLESS YOUR DOCTOR TELLS YOU TO. STOPPING" / "SUDDENLY
            # CAN CAUSE A STROKE." (it had been a chapter)
            return None
        if text[0].islower() or _CONTACT.search(text) or _BLANK.search(text):
            return None
        if _QR_CODE.search(text):
            return None  # "Scan the QR code to watch the video" had been a chapter of its own
        if re.match(r"please\s", text, re.IGNORECASE) and len(words) >= 6:
            return None  # a request, not a section's name: "Please complete this form before
            # your scan and bring it with you" under the title had been a chapter
        # a numbered heading may say when in brackets: "2. Morning appointments (before 12:00)"
        numbered = (item := _LIST_ITEM.match(text)) and _marker_kind(item["marker"]) == "number"
        if (
            _ADDRESS_OR_HOURS.search(_without_closing_brackets(text) if numbered else text)
            or (
                self.in_contact_section()
                and not (shouted and len(words) <= 4)
                and not self.after_the_contacts(index)
                and not self.kept_in_the_contacts(index)
            )
        ):
            # "Elm Road, Northbrook NB4 7QT", "Monday to Friday, 8.30am – 4.30pm"; a heading in
            # capitals after the contacts is still one ("NOTES": its lines were in the contacts)
            return None
        if self.in_an_address(index):
            return None
        if (
            self.under_a_marked_heading(index)
            and not _PATTERNED_HEADING.match(text)
            and not line.text.startswith("**")
        ):
            return None  # "Dr A Patel, Consultant Oncologist" under "Your chemotherapy team"
        if _RECORD_HERE.search(text):
            return None
        if self.signed_under(index):
            return None  # "Yours sincerely," / "Dr Aisha Rahman" / "Consultant Rheumatologist"
        if re.search(r"(?<!\d):|:(?!\d)", text) and (
            not _PATTERNED_HEADING.match(text) or self.parallel_labelled(index)
        ) and not (
            # the next section's number says what it is: "4. Taking Moviprep: your timetable"
            # after "## 3. ..." (it had been a list's item, the timetable no chapter)
            self.numbers_on_the_sections(
                index, _without_closing_brackets(_SECTION_NUMBER.sub("", text))
            )
        ):
            return None  # "Type of stitches: dissolvable" is a label and its value (a time's
            # colon is no label's: "2. Morning appointments (before 12:00)"); so is "Week 1-2:
            # walk 10 mins x 2 a day" over "Week 3-4: ..." (it had been a heading over them)
        if _PICTURE_LINE.match(text) or "|" in text:
            return None
        before, after = self.neighbour(index, -1), self.neighbour(index, 1)
        # a leaflet in two languages, a line and its translation under it ("When will I feel my
        # baby move?" / "Kiedy poczuję ruchy dziecka?"): a line in another language is no
        # heading of an English leaflet, and the line above stands apart from its paragraph all
        # the same (the Polish had been the heading, read by the English voice, and the English
        # a paragraph)
        # (so is a short line in Welsh, too short for _language_of: "Diolch yn fawr" over
        # "Thank you" had been a heading)
        if self.beside_its_own_language(text):
            return None
        if after is not None and self.beside_its_own_language(self.text_at(after)):
            after = self.neighbour(after, 1)
        after_text = self.text_at(after) if after is not None else ""
        # a sentence going on in lower case; "o Take your warfarin" is a bullet, not a word
        # ... or in brackets or after a comma: "Your reliever inhaler is Ventolin Evohaler" /
        # "(salbutamol), the blue one." had been a heading over half its sentence
        going_on = (
            re.match(r"[(\[]?[a-z]|[,;)]", after_text) is not None
            and not _LIST_ITEM.match(after_text)
        )
        if after is None or going_on:
            return None
        before_line = self.lines[before] if before is not None else None
        above = self.previous_text_line(index)
        if (
            above is not None
            and plain_line(self.lines[above].text).endswith(":")
            and not self.is_form_label(above)  # "Date issued:" is a blank's label
            and not _NEGATIVE_LEAD_IN.match(text)
        ):
            return None  # what the colon above leads to: "Each strength is a colour:" / "1 mg ..."
        stands_apart = (
            before_line is None
            or before_line.blank
            or _ENDS_SENTENCE.search(plain_line(before_line.text)) is not None
            or _LIST_ITEM.match(plain_line(before_line.text)) is not None
            # a form's row ending in its blank ("Name ____ Phone ____") ends its line: "Step 4:
            # If I need help now" under it had been taken into the list below it
            or _ENDS_WITH_BLANK.search(before_line.text) is not None
        )
        if item:
            if _marker_kind(item["marker"]) != "number":
                return None
            if _STEP_MARKER.match(item["marker"]) and stands_apart:
                following = self.next_text_line(index)
                # ... not one of a run of steps ("Step 3: Push the needle in" after Step 2)
                if not any(
                    (marker := _LIST_ITEM.match(self.text_at(near)) if near is not None else None)
                    and _STEP_MARKER.match(marker["marker"])
                    for near in (following, self.previous_text_line(index))
                ):
                    # "Step 2: Things I can do to help myself" over its own "1. ____",
                    # "2. ____": a heading (its items had been numbered on from "Step 2")
                    return 2
            return self.numbered_heading(index, item["text"], stands_apart)
        if not stands_apart and not self.is_short_line(before):
            return None
        patterned = _PATTERNED_HEADING.match(text) or (
            line.text.startswith("**") and line.text.rstrip().endswith("**")
        )
        if patterned:
            return 2
        if stands_apart and (_FORM_LINE.match(after_text) or self.is_form_label(after)):
            return 2  # "Your drops" over "Drops: ______" and "Times a day: ______"
        if stands_apart and ":" not in text and _APPOINTMENT_LINE.match(after_text or ""):
            return 2  # "Your appointment" over its "Date: 12/03/2026" and "Time: 08:15"
        # a bare ban over its items leads into them as "Do not:" does, and is no short line of
        # a run ("Keeping them safe" / "Do not" / "- leave them alone ..." had been body text)
        # ... and a notice's label on a line of its own is no short line of a run either:
        # "Preventing falls" over "Warning" / "Do not get out of bed on your own ..." had been a
        # line of the section before, the falls section lost
        in_a_run = (
            self.is_short_line(after)
            and not self.leads_into_a_list(after)
            and not self.labels_a_notice(after)
        ) or (before_line is not None and self.is_short_line(before))
        if (
            in_a_run
            and not text.endswith("?")
            and not self.heads_contact_block(index)
            and not (stands_apart and self.heads_its_run(index))
        ):
            return None
        if not stands_apart:
            return None
        return 2

    def ends_on_its_verbs_particle(self, index: int) -> bool:
        """Whether a heading-shaped line ends on its verb's "in" or "on", no sentence going on
        ("Before you come in", "Who to call on", "Checking in" had each stayed a paragraph, the
        section under the one before): the verb after "to", "you" or "we" in a line opening as
        a heading does, or the line a verb in -ing and its particle; never over a number ("ring
        the ward on" / "0161 555 0101" is one sentence)."""
        following = self.next_text_line(index)
        return bool(_ENDS_ON_A_PARTICLE.fullmatch(plain_line(self.text_at(index)))) and not (
            following is not None and re.match(r"[\d+(]", plain_line(self.text_at(following)))
        )

    def closing_courtesy(self, index: int) -> bool:
        """A courtesy ("Thank you", "We hope this leaflet has helped you") with nothing under
        it but other courtesies and its words in Welsh ("Diolch yn fawr"): the leaflet's last
        words, heading nothing."""
        if not _COURTESY.fullmatch(plain_line(self.text_at(index)).strip("*_ ")):
            return False
        later = self.next_text_line(index)
        while later is not None:
            text = plain_line(self.text_at(later)).strip("*_ ")
            if not (
                _COURTESY.fullmatch(text) or _welsh_line(text) or self.in_another_language(text)
            ):
                return False
            later = self.next_text_line(later)
        return True

    def leads_into_a_list(self, index: int | None) -> bool:
        """A bare ban ("Do not", "NEVER") with a list's item as the next line of text."""
        following = self.next_text_line(index) if index is not None else None
        return (
            index is not None
            and bare_ban(self.text_at(index))
            and following is not None
            and _LIST_ITEM.match(self.text_at(following)) is not None
        )

    def labels_a_notice(self, index: int | None) -> bool:
        """A notice's label on a line of its own ("Warning", "IMPORTANT:") over what it says."""
        return (
            index is not None
            and lone_notice_label(self.language).fullmatch(self.text_at(index)) is not None
            and self.labels_paragraph(index)
        )

    def heads_its_run(self, index: int) -> bool:
        """A short name over the run of short lines it names: a week's times, a line a day
        ("Walk-in times" over "Monday: 8.30am - 11.30am", "Tuesday: 12:30 - 15:30"), or an
        address to its postcode under "Find us". Taken for one of its run, each had been no
        heading: the walk-in times had no chapter, and the address was read in the chapter
        before it ("PEP (post-exposure prophylaxis)")."""
        text = self.text_at(index)
        if ":" in text or len(text.split()) > 5 or re.search(r"\d", text) or _DAY_LABEL.match(
            text
        ):
            return False
        run = []
        following = self.neighbour(index, 1)
        while following is not None and not self.lines[following].blank:
            run.append(self.text_at(following))
            following = self.neighbour(following, 1)
        if len(run) >= 2 and all(_DAY_LABEL.match(line) for line in run):
            return True
        return bool(
            _FINDING_US.search(text)
            and 2 <= len(run) <= 7
            and _POSTCODE_IN_ADDRESS.search(run[-1])
            and not any(_ENDS_SENTENCE.search(line) for line in run)
        )

    def in_an_address(self, index: int) -> bool:
        """A line of an address written a line each: its street, a line or two over its street
        or postcode, or one under its street with more of it below ("The Willows Centre" / "41
        Gipsy Lane" / "Leicester" / "LE5 0TD": the town had been a chapter)."""
        after, before = self.next_text_line(index), self.previous_text_line(index)
        text = self.text_at(index)
        if _CONTACT_HEADING.match(text) or _FINDING_US.search(text):
            return False  # "Where to find us" over "41 Gipsy Lane" heads it
        if _STREET.fullmatch(text) or (
            before is not None and _STREET.fullmatch(self.text_at(before))
            and self.is_short_line(after)
        ):
            return True
        below = index
        for lines in range(5):  # a name or two over the street, a few more over the postcode
            below = self.next_text_line(below)
            if below is None or not self.is_short_line(below) and not _POSTCODE.fullmatch(
                self.text_at(below)
            ):
                return False
            if lines < 3 and _STREET.fullmatch(self.text_at(below)) or _POSTCODE.fullmatch(
                self.text_at(below)
            ):
                # ("Level 2, Outpatients Building" / "Northgate Hospital" / "Northgate Road" /
                # "Sheffield" / "S10 2XX", its street unnumbered: the floor had been a heading)
                return True
        return False

    def last_contact_section(self, index: int) -> bool:
        """ "Contacts" in a PDF's bold body type over a panel of numbers, with no heading of
        the sections' own level after it, is the leaflet's own last section: a level down, the
        numbers had fallen into the section before ("Going home from hospital") and its
        chapter."""
        named = plain_line(self.lines[index].text).strip()
        return (
            _CONTACT_SECTION.fullmatch(named) is not None
            and self.contacts_follow(index)
            and not any(
                line.heading is not None and line.heading <= 2
                for line in self.lines[index + 1 :]
            )
        )

    def heads_contact_block(self, index: int) -> bool:
        """ "Contact us" over lines of names, addresses and numbers is that block's heading."""
        if not _CONTACT_HEADING.match(self.text_at(index)):
            return False
        block = []
        for later in range(index + 1, len(self.lines)):
            if self.lines[later].blank:
                break
            block.append(self.text_at(later))
        return any(_CONTACT.search(text) for text in block)

    def numbered_heading(self, index: int, text: str, stands_apart: bool) -> int | None:
        """ "1. Ankle circles" over its instructions is a heading; "1. Take two tablets" among
        other numbered lines is a step. A question ("4. What counts as a clear fluid?") and
        a heading with a bracket on the end ("2. Morning appointments (before 12:00)") over
        their paragraphs are headings too: as list items, the sections had no chapters."""
        named = _without_closing_brackets(text)
        if self.step_beside_its_picture(index):
            return None  # "2. Lift your bottom off the bed" over its picture, between steps 1
            # and 3 over theirs: a step (a heading, and "3. ..." numbered on from it, each was a
            # chapter of its own and the steps no longer one list)
        if named[:1].islower():
            return None  # an item going on from its lead-in, as a bare line in small letters is:
            # "4. you cannot pass urine", the last of the signs after "... if:", with a paragraph
            # under it, had been a chapter and the sign cut off from its call
        # (not the last of a list: "3. When can I drive again?" after "2. ...")
        above = self.previous_text_line(index)
        after_an_item = above is not None and _LIST_ITEM.match(self.text_at(above)) is not None
        if stands_apart and self.numbers_on_the_sections(index, named):
            return 2
        question = named.endswith("?") and len(named.split()) <= 12 and not after_an_item
        if not stands_apart or not question and (
            len(named.split()) > 6
            or _ENDS_SENTENCE.search(named if not after_an_item else text)
        ):
            return None
        after = self.next_text_line(index)
        if after is None:
            return None
        after_text = self.text_at(after)
        if _CONTACT_HEADING.match(text) and (
            _CONTACT.search(after_text)
            or _CONTACT_SECTION.fullmatch(named) and self.contacts_follow(index)
        ):
            # "7. Contact us" over "Endoscopy Unit: 0116 258 4000", or over "Anticoagulation
            # Clinic" and its "Tel:" line (it had been a list item of one, "Number six:")
            return 2
        number = re.match(r"\d+", self.text_at(index).lstrip())
        if number and re.match(rf"{number[0]}\.1\.?\s", after_text):
            return 2  # "2. Before your operation" over "2.1 Medicines": the section's heading
        if _LIST_ITEM.match(after_text) or self.is_short_line(after):
            return None
        return 2

    def section_shaped(self, index: int) -> tuple[int, tuple] | None:
        """A numbered line shaped as a section's name, its number and its style (the number's
        stop, bold or not, its indent), or None: short, a capital first, no full stop, comma or
        colon at its end, no instruction said as a sentence, standing apart from the line above
        and with text of its own straight under it (a paragraph, or a list's items), not a
        picture (a step's) nor the next number, nor a sentence going on in small letters."""
        line = self.lines[index]
        if line.blank or line.picture or line.cells is not None or line.wraps or line.joins_next:
            return None
        text = plain_line(line.text).strip()
        found = re.match(r"(\d{1,2})([.)])\s+(\S.*)$", text)
        if not found:
            return None
        named = _without_closing_brackets(found[3]).strip()
        if (
            not named[:1].isupper()
            or len(named.split()) > 10
            or re.search(r"[.!:;,]$", named)
            or _SENTENCE_ENDS_WITHIN.search(named)
            or says_an_instruction(named)
            or _TICK_BOX.search(text)
            or _BLANK.search(text)
        ):
            return None
        before = self.previous_text_line(index)
        if before is not None and not (
            self.lines[index - 1].blank
            or self.lines[before].heading
            or _ENDS_SENTENCE.search(self.text_at(before))
            or _LIST_ITEM.match(self.text_at(before))
        ):
            return None
        after = self.next_text_line(index)
        if after is None or self.lines[after].picture or self.lines[after].cells is not None:
            return None
        after_text = self.text_at(after)
        if (
            _PICTURE_LINE.match(after_text)
            or re.match(r"[(\[]?[a-z]|[,;)]", after_text)
            or _TICK_BOX.search(after_text)
            or _BLANK.fullmatch(after_text.strip())
        ):
            return None
        if (item := _LIST_ITEM.match(after_text)) and _marker_kind(item["marker"]) == "number" and (
            _section_number(after_text) != 1
        ):
            return None  # the next of a list's items (a steps' list starting under it has own
            # text: "4. Emptying the bag" over "1. Wash your hands.")
        bold = line.bold or line.text.lstrip().startswith("**")
        return int(found[1]), (found[2], bold, line.indent)

    def in_a_run_of_sections(self, index: int) -> bool:
        """Whether the line is one of a run of numbered sections: three or more lines shaped as
        sections' names (section_shaped), numbered in order from 1 and set alike, numbered
        lines of other shapes between them (a section's own steps) or none. Each is a heading
        at the sections' level, whatever its last word ("2. What the catheter is for", "3.
        Before your PICC is put in") or what is under it (a list): as numbered list items the
        sections had no chapters, and a section's name in Word's "List Number" style had run
        on into its first paragraph as one item. Steps are never in one: a sentence, a step
        over its picture, or steps one straight under another are no sections' shape."""
        mine = self.section_shaped(index)
        if mine is None:
            return False
        runs: list[list[tuple[int, tuple, int]]] = []  # (number, style, line) of each
        for at in range(len(self.lines)):
            if (shaped := self.section_shaped(at)) is None:
                continue
            number, style = shaped
            run = next(
                (run for run in runs if run[-1][0] + 1 == number and run[-1][1] == style), None
            )
            if run is not None:
                run.append((number, style, at))
            elif number == 1:
                runs.append([(number, style, at)])
        return any(
            len(run) >= 3
            and index in (at for *_, at in run)
            # steps, a note under each ("1. Pinch a fold of skin on your tummy or thigh" over
            # "Keep holding it until you have finished."): half or more open on a verb telling
            # the reader to do something
            and 2 * sum(bool(_STEP_OPENING.match(self.item_text(at))) for *_, at in run)
            < len(run)
            for run in runs
        )

    def item_text(self, index: int) -> str:
        """A numbered line's words after its number."""
        text = self.text_at(index).strip()
        return item["text"] if (item := _LIST_ITEM.match(text)) else text

    def step_beside_its_picture(self, index: int) -> bool:
        """A numbered line with only a picture under it, where the number before it or after
        it is set the same way (an exercise's steps, each over its picture): a step, never a
        section's name. A section with a picture alone under it ("3. Where to find us" over
        its map, then "4. Contact us") stays one."""

        def over_a_picture(at: int) -> bool:
            after = self.next_text_line(at)
            return after is not None and (
                self.lines[after].picture is not None
                or _PICTURE_LINE.match(self.text_at(after)) is not None
            )

        def numbered(at: int | None, step: int) -> int | None:
            # the nearest numbered line that way, past the pictures only
            while at is not None:
                at = self.next_text_line(at) if step > 0 else self.previous_text_line(at)
                if at is None or not (
                    self.lines[at].picture or _PICTURE_LINE.match(self.text_at(at))
                ):
                    return at
            return None

        number = _section_number(self.text_at(index))
        if number is None or not over_a_picture(index):
            return False
        for step in (-1, 1):
            near = numbered(index, step)
            if (
                near is not None
                and _section_number(self.text_at(near)) == number + step
                and _LIST_ITEM.match(self.text_at(near))
                and over_a_picture(near)
            ):
                return True
        return False

    def numbers_on_the_sections(self, index: int, named: str) -> bool:
        """The line numbers on from the last numbered heading ("## 2. The 6-2-0 rule" then "3.
        Morning operations (admission time 07:00–07:30)"), not from an item of a numbered list
        just above it: the next section, whatever is under it. Over its bullets, "3. ..." and
        "4. ..." had been numbered list items, and the sections had no chapters."""
        number = _section_number(self.text_at(index))
        # (the last numbered one: "3 days before" made a heading of its own after "## 3. What to
        # eat ..." had left "4. Taking Moviprep: your timetable" numbering on from nothing)
        numbered = next(
            (found for block in reversed(self.body)
             if block.startswith("## ") and (found := _section_number(block[3:])) is not None),
            None,
        )
        above = self.previous_text_line(index)
        after_a_number = above is not None and bool(
            (item := _LIST_ITEM.match(self.text_at(above)))
            and _marker_kind(item["marker"]) == "number"
        )
        return bool(
            number is not None and numbered is not None and number == numbered + 1
            and not after_a_number
            and len(named.split()) <= 12
            and not re.search(r"[.!:;,]$", named)
        )

    def contacts_follow(self, index: int, lines: int = 4) -> bool:
        """Whether a contact detail is in the next few lines of text (a name, an address, then
        the number)."""
        for _ in range(lines):
            index = self.next_text_line(index)
            if index is None:
                return False
            if _CONTACT.search(self.text_at(index)):
                return True
        return False

    def previous_text_line(self, index: int) -> int | None:
        return next((i for i in range(index - 1, -1, -1) if not self.lines[i].blank), None)

    def next_text_line(self, index: int) -> int | None:
        for later in range(index + 1, len(self.lines)):
            if not self.lines[later].blank:
                return later
        return None

    # ---- the body -----------------------------------------------------------------------------

    def body_blocks(self) -> None:
        self.mnemonic_lists()
        # "### Do not" over its items: where it is in the body, its line, and what the report
        # said of it as a heading (its place in ordered_decisions, from and to)
        lead_in_headings: list[tuple[int, SourceLine, int, int]] = []
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            text = plain_line(line.text)
            if line.blank:
                index += 1
            elif line.picture:
                self.picture(line)
                index += 1
            elif line.cells is not None or "|" in line.text:
                index = self.table(index)
            elif ruled := self.ruled_lines(index):
                index = self.space_for_notes(index, ruled)
            elif _FORM_LABEL.match(text) and (
                ruled := self.ruled_lines(self.next_text_line(index))
            ):  # "Questions I want to ask:" over its lines heads them (it was a blank of its own)
                index = self.space_for_notes(index, ruled, text.rstrip(":"))
            elif picture := _PICTURE_LINE.match(text):
                self.described_picture(line, picture)
                index += 1
            elif (question := _QUESTION.match(text)) and self.answered(index):
                if self.question_level is None:
                    # under a heading that names them ("Questions and answers") the questions
                    # sit under it; otherwise they are the leaflet's sections (under "What is
                    # a flexible cystoscopy?" they had been, and the recording one chapter)
                    headings = [block for block in self.body if block.startswith("## ")]
                    under = bool(headings) and QUESTIONS_HEADING.search(headings[-1])
                    self.question_level = 3 if under else 2
                self.heading(replace(line, text=question["question"]), self.question_level)
                self.unlabel_answer(index)
                index += 1
            elif (label := lone_notice_label(self.language).fullmatch(text)) and (
                self.labels_paragraph(index)
            ):
                # the label and what it says are one notice (a heading, it was a chapter)
                said = self.next_text_line(index)
                # the lines straight under the label are all its notice ("If your baby's
                # movements slow down ..." / "Do not wait until the next day ...")
                block = [said]
                while said == index + 1 and block[-1] + 1 < len(self.lines) and (
                    self.plain_sentence(block[-1] + 1)
                ):
                    block.append(block[-1] + 1)
                if (kept := self.notice_lines_under_label(text, block)) < len(block):
                    self.decide(
                        self.lines[block[kept]],
                        f"the notice under {_quote(text)} ends at its first line: the "
                        f"{len(block) - kept} lines under it, each a sentence of its own, are "
                        "lines of their own (check none is part of the notice)",
                    )
                    # (each ends its line: as the file's wrapping reads them, a line reaching
                    # its width would run on into the next)
                    for at in block[:-1]:
                        self.lines[at] = replace(self.lines[at], ends_paragraph=True)
                    block = block[:kept]
                # each paragraph of the notice stays one ("Do not stop taking ..." / "Take 2
                # puffs twice a day ..." had been run together, a ban and a dose one paragraph)
                block, *further = self.notice_paragraphs(block)
                self.in_the_notice.update(at for paragraph in further for at in paragraph[:1])
                for paragraph in [block, *further] if further else []:
                    self.lines[paragraph[0]] = replace(
                        self.lines[paragraph[0]], ends_paragraph=True,
                        text=" ".join(self.lines[at].text.strip() for at in paragraph),
                    )
                    for at in paragraph[1:]:
                        self.drop(at)
                words = " ".join(self.lines[at].text.strip() for at in block)
                for at in block[1:]:
                    self.drop(at)
                self.lines[said] = replace(
                    self.lines[said], text=f"{label['label'].capitalize()}: {words}"
                )
                self.decide(line, f"the label {_quote(text)} begins the notice under it")
                index = said
            elif (unmarked := self.leads_unmarked_list(index)) or self.leads_marked_list(index):
                # "Do not" over its items heads them within the section they are in; as a
                # section of its own it cut "For the first 6 weeks, ...:" off the rules, and in
                # a leaflet with no headings held the rest of it, its contacts too. There its
                # items each begin "Do not ...", so the bare lead-in goes.
                if own := self.ban_heading_of_its_own(index):
                    # set as the sections are, over bans that say nothing of the section above
                    # ("Do not use chocolate to treat a hypo" under "Driving"): a section of
                    # its own, or the audio plays the bans in a chapter its reader skips
                    self.heading(replace(line, text=line.text.strip().rstrip(":")), own)
                elif any(block.startswith("## ") for block in self.body) and not (
                    self.under_a_lead_in(index)
                ):
                    said = len(self.ordered_decisions)
                    self.heading(replace(line, text=line.text.strip().rstrip(":")), 3)
                    lead_in_headings.append(
                        (len(self.body) - 1, line, said, len(self.ordered_decisions))
                    )
                    if text.endswith(":"):  # (the heading has lost the colon it was left at)
                        self.left_open.add(len(self.body) - 1)
                else:
                    self.body.append(self.ordinary_case(line, text, "lead-in"))
                    self.decide(line, f"the lead-in {_quote(text)} begins each item under it")
                if unmarked:
                    index = self.unmarked_list(index + 1, text)
                else:
                    index += 1
            elif (level := self.heading_level(index)) is not None:
                # a heading wrapped in a narrow column: "What is ambulatory blood" / "pressure
                # monitoring?" is one heading (it was two chapters, the first empty)
                while (more := self.heading_goes_on(index)) is not None:
                    index = more
                    line = replace(line, text=f"{line.text.strip()} {self.text_at(index)}")
                self.heading(line, level)
                index += 1
            elif _LIST_ITEM.match(line.text.strip()):
                index = self.list_block(index)
            elif self.is_form_label(index):
                self.body.append(self.field_markdown(f"{text}", line, text))
                if self.item_shaped_run(index) >= 2:
                    # "Signs of infection:" over lines shaped as its items: a blank's label, or
                    # the lead-in to a list
                    self.warn(
                        line,
                        f"{_quote(text)} was made a blank to fill in, but the lines under it "
                        "are shaped as a list's items: if it is their lead-in, not a place to "
                        "write, make it a line and them a list under it",
                    )
                index += 1
            else:
                if bare_ban(text) and (following := self.next_text_line(index)) is not None and (
                    not _LIST_ITEM.match(self.text_at(following))
                ):
                    # "DO NOT:" over lines that could not be made its items: each may read as
                    # an instruction to do the thing, the opposite of the leaflet (over a Word
                    # file's list, a line apart, its items take its ban: no such lines)
                    self.warn(
                        self.lines[following],
                        f"the lead-in {_quote(text)} stands over lines that are not a list: "
                        "read alone, each says to do what it bans; make them items under it",
                    )
                index = self.paragraph(index)
        # ... and at the leaflet's end ("Issue 12 | Ward 31" in the footer, its ward kept, had
        # been '## Ward 31', a last section that only said its name)
        self.heading_over_nothing("at the leaflet's end", r"#{2,4} ")
        for at, line, said, said_to in reversed(lead_in_headings):
            self.lead_in_heading_holds_its_items_only(at, line, range(said, said_to))

    def ruled_lines(self, index: int | None) -> list[int]:
        """The lines from `index` that are only a ruled blank, blank lines between them, when
        there are enough of them to be a space for notes; else none."""
        ruled: list[int] = []
        at = index if index is not None else len(self.lines)
        while at < len(self.lines):
            line = self.lines[at]
            if line.blank:
                at += 1
                continue
            if line.picture or line.cells is not None or not _RULED_LINE.match(
                plain_line(line.text)
            ):
                break
            ruled.append(at)
            at += 1
        return ruled if len(ruled) >= _LINES_FOR_NOTES else []

    def space_for_notes(self, index: int, ruled: list[int], label: str = "") -> int:
        """Lines to write on as one space, a column over a row for each line (as a record's
        empty rows, which every format gives as places to write): headed by the label over them,
        else "Questions" under a heading that asks for them ("My questions"), else "Notes"."""
        headings = [block for block in self.body if block.startswith("#")]
        asks = bool(headings) and QUESTIONS_HEADING.search(headings[-1])
        heading = label or ("Questions" if asks else "Notes")
        self.body.append("\n".join(
            [f"| {self.cell(heading, self.lines[index])} |", "|---|", *["|  |"] * len(ruled)]
        ))
        self.decide(
            self.lines[index],
            f"{len(ruled)} lines to write on made one space headed {_quote(heading)}",
        )
        return ruled[-1] + 1

    def lead_in_heading_holds_its_items_only(
        self, at: int, line: SourceLine, said: range
    ) -> None:
        """ "Do not" made a heading over its items holds what follows them too, up to the next
        heading: "If you are pregnant ..." after a blank line under "DO NOT:" and its list was
        a part of "Do not". Where more follows, the bare lead-in goes, as in a leaflet with no
        headings, when each item says it ("Do not smoke while wearing a patch"); under a list,
        it stays as a line, or the two lists would be one."""
        heading = self.body[at]
        lead_in = heading.removeprefix("### ")
        items = self.body[at + 1].splitlines() if at + 1 < len(self.body) else []
        if (
            not heading.startswith("### ")
            or at + 2 >= len(self.body)
            or self.body[at + 2].startswith("#")
            or not items
            # (each item's "Do not" written so under a heading "Do Not")
            or not all(item.lower().startswith(f"- {lead_in.lower()} ") for item in items)
        ):
            return
        following = plain_line(self.body[at + 2])
        # under a list it stays, or the two lists would be one and the bans would run on under
        # the list's lead-in or its section's time ("For the first 2 days")
        kept = self.a_list(at - 1)
        # what the report said of it as a heading goes ("heading 'Do not'" had stood beside "the
        # lead-in 'Do not' is no heading"); that it was in capitals stays, said of the lead-in
        # kept as a line
        for index in reversed(said):
            order, text = self.ordered_decisions[index]
            if kept and " is in capitals: written " in text:
                text = text.replace(": heading ", ": the lead-in ", 1)
                self.ordered_decisions[index] = (order, text)
            else:
                del self.ordered_decisions[index]
        self.decide(line, f"the lead-in {_quote(lead_in)} is no heading: it would have held "
                    f"{_quote(following, 40)} too; " + (
                        "it stays a line over its items, apart from the list above, each item "
                        "saying it too" if kept else "each item says it, so it goes"))
        if kept:
            # "Do not:" over items each saying it (no format says the lead-in with each)
            self.body[at] = _with_a_colon(lead_in)
        else:
            del self.body[at]

    def ban_heading_of_its_own(self, index: int) -> int | None:
        """The level of a bare ban the file itself heads a section with ("Do not" in Word's
        Heading 1, or set as large as the PDF's other section headings), when its bans share
        no word with the section above, its heading or its text, beyond the title's: they are
        a section of their own. Else None: "Do not" over "Do not put more than one puff into
        the spacer" under "How to use it" (its "spacer") heads them within it."""
        line = self.lines[index]
        above = next((at for at in range(index - 1, -1, -1) if (self.lines[at].heading or 0) > 1
                      and self.lines[at].cells is None), None)
        if not line.heading or above is None or self.lines[above].heading != line.heading:
            return None
        end = next((at for at in range(index + 1, len(self.lines)) if self.lines[at].heading),
                   len(self.lines))
        title = _topic_words(self.front.get("title", ""))
        bans = _topic_words(" ".join(self.text_at(at) for at in range(index + 1, end))) - title
        section = _topic_words(" ".join(self.text_at(at) for at in range(above, index)))
        if not bans or bans & section:
            return None
        return self.heading_level(above)

    def under_a_lead_in(self, index: int) -> bool:
        """Whether the line above is a lead-in left open at its colon ("For 24 hours after your
        sedation:" over "You must not:"): a ban under it leads into its items with it, never a
        heading, which would cut the condition off from the bans it governs."""
        above = self.previous_text_line(index)
        if above is None:
            return False
        line = self.lines[above]
        text = plain_line(line.text)
        return (
            text.endswith(":")
            and not line.heading
            and line.cells is None
            and not _LIST_ITEM.match(text)
            and not self.is_form_label(above)
        )

    def a_list(self, at: int) -> bool:
        """Whether the body's block at `at` is a bulleted or numbered list."""
        return 0 <= at < len(self.body) and bool(re.match(r"(?:- |\d+\. )", self.body[at]))

    def plain_sentence(self, index: int) -> bool:
        """A line of text going on a block: not blank, a heading, list item, table or picture."""
        line = self.lines[index]
        return not (
            line.blank
            or line.cells is not None
            or line.picture
            or line.heading
            or _LIST_ITEM.match(line.text.strip())
            or self.heading_level(index) is not None
        )

    def notice_lines_under_label(self, label: str, block: list[int]) -> int:
        """How many of the lines straight under a notice's label are its notice. In a text
        file that wraps its paragraphs (a line ends where the width did, mid-sentence), three
        or more lines under a one-word label each a whole sentence of its own are no paragraph
        so wrapped but lines the writer ended, a list in shape: the notice is the first, the
        others lines of their own ("Warning" / "If you feel dizzy when you stand, sit back down
        and wait for a nurse." / "Use your call bell and wait for help." / "Keep your glasses
        and walking aid within reach." had been one notice of all three). Otherwise, when
        unsure (two lines, a sentence over two lines, a file not wrapped), all are its."""
        if len(label.split()) != 1 or len(block) < 3 or not all(
            self.lines[at].in_wrapped_text for at in block
        ):
            return len(block)
        for at in block:
            said = plain_line(self.lines[at].text)
            if not (
                said[:1].isupper() and re.search(r"[.!?]$", said)
                and not _SENTENCE_ENDS_WITHIN.search(said)
            ):
                return len(block)
        return 1

    def points_on(self, said: str, end: int, following: int) -> bool:
        """Whether a notice's words `said` (after its label), a line that is no sentence of its
        own, point to the paragraph at `following` ("keep this number with you", "read this
        information:"), with at most one blank line between: a paragraph of text, not a
        heading, list, table or notice."""
        line = self.lines[following]
        return (
            _points_on(self.language).search(said) is not None
            # (a label line, not a sentence of its own: "Important: this information does not
            # replace your doctor's advice." says all it means)
            and not re.search(r"[.!?]$", plain_line(said))
            and following - end <= 1
            and line.cells is None and not line.picture
            and not _LIST_ITEM.match(line.text.strip())
            and self.heading_level(following) is None
            and notice_start(self.language).match(plain_line(line.text)) is None
        )

    def notice_paragraphs(self, block: list[int]) -> list[list[int]]:
        """The lines under a notice's label as its paragraphs: in a file that does not wrap its
        paragraphs to a width, a line ending a sentence ends its paragraph where the next starts
        one (a capital, or a letter of a script without case); in one that does, and in a
        sentence run over two lines, they are one."""
        paragraphs = [[block[0]]]
        for before, at in itertools.pairwise(block):
            said, following = (plain_line(self.lines[i].text).strip() for i in (before, at))
            if (
                not self.lines[before].in_wrapped_text
                and re.search(rf"[.!?{SCRIPT_FULL_STOPS}]$", said)
                and following[:1].isalpha()
                and following[:1] == following[:1].upper()
            ):
                paragraphs.append([at])
            else:
                paragraphs[-1].append(at)
        return paragraphs

    def labels_paragraph(self, index: int) -> bool:
        """The next line is a paragraph of text (not a heading, list, table or picture), and
        the only one before the next heading: a section of several is a section; or it stands
        straight under the label, no blank line between ("IMPORTANT" over "If your baby's
        movements slow down ..." under a heading had been a chapter "Important", the heading
        above it lost)."""
        following = self.next_text_line(index)
        if following is None or not self.plain_sentence(following):
            return False
        if following == index + 1:
            return True
        end = following
        while end < len(self.lines) and not self.lines[end].blank:
            end += 1
        after = self.next_text_line(end - 1)
        return after is None or bool(self.lines[after].heading) or (
            self.heading_level(after) is not None
        )

    def heading_goes_on(self, index: int) -> int | None:
        """The next line, when it is the rest of this heading: set as a heading too, in lower
        case, after a heading line that does not end a sentence."""
        following = self.next_text_line(index)
        if (
            following is not None
            and self.lines[following].heading
            and self.text_at(following)[:1].islower()
            and not re.search(r"[.?!:]$", self.text_at(index))
        ):
            return following
        return None

    def mnemonic_lists(self) -> None:
        """Three or more lines in a row, each a capital letter, a dash and words ("S - Sulfonyl-
        ureas", "A - ACE inhibitors": SADMANS) or a word, a dash and words ("Face – has their
        face fallen?": FAST), are a list whose items keep their letters."""
        run: list[int] = []
        for index in range(len(self.lines) + 1):
            line = self.lines[index] if index < len(self.lines) else None
            if line is not None and (
                _MNEMONIC_LINE.match(line.text.strip()) or _TERM_LINE.match(line.text.strip())
            ):
                run.append(index)
                continue
            if line is not None and line.blank and run and index == run[-1] + 1:
                continue  # a blank line between its lines
            letters = {self.lines[at].text.strip()[0] for at in run}
            if len(run) >= 3 and not letters <= {"Q", "A"}:  # not a leaflet's questions
                for at in run:
                    line = self.lines[at]
                    # "A: ACE inhibitors" with a dash, as the others: a colon after "A" was
                    # said "Answer"
                    text = line.text.strip()
                    if (item := _MNEMONIC_LINE.match(text)) and text[1:3].strip() == ":":
                        text = f"{item['letter']} – {item['words']}"
                    self.lines[at] = replace(line, text=f"• {text}")
            run = []

    def answered(self, index: int) -> bool:
        """A "Q:" line with an "A:" line after it, or a table ("Q: How much should I take on
        sick days?" over the doses): a leaflet's question and its answer."""
        after = self.next_text_line(index)
        return after is not None and (
            self.lines[after].cells is not None
            or bool(_ANSWER.match(plain_line(self.lines[after].text)))
        )

    def unlabel_answer(self, question: int) -> None:
        """The answer's "A:" goes, and so does each further "A:" before the next question: a
        second paragraph of the answer "A: If you vomit a second time, ..." had been said
        "Answer: ..." under the question's heading."""
        at = self.next_text_line(question)
        while at is not None and not _QUESTION.match(plain_line(self.lines[at].text)):
            if self.lines[at].cells is None and _ANSWER.match(self.lines[at].text):
                self.lines[at] = replace(
                    self.lines[at], text=_ANSWER.sub("", self.lines[at].text, count=1)
                )
            at = self.next_text_line(at)
            if at is not None and self.heading_level(at) is not None:
                break

    def leads_marked_list(self, index: int) -> bool:
        """ "Do not" on a line of its own straight over bulleted or numbered items."""
        text = plain_line(self.lines[index].text)
        after = index + 1
        if self.lines[index].heading:
            # ... or a heading "Do not" over them, which heading_level leaves to lead into
            # them: a slide's title "Do not" over its points had been left a stray line,
            # and warned of as over no list
            following = self.next_text_line(index)
            return bare_ban(self.lines[index].text) and following is not None and bool(
                _LIST_ITEM.match(self.text_at(following))
            )
        return (
            bool(_NEGATIVE_LEAD_IN.match(text))
            and len(text.split()) <= 6
            and after < len(self.lines)
            and bool(_LIST_ITEM.match(self.text_at(after)))
        )

    def leads_unmarked_list(self, index: int) -> bool:
        """ "Do not" over lines in lower case with no bullets: the lines are what not to do; a
        bare ban ("Do not", "Don't", "You must not") over short lines in capitals too."""
        text = plain_line(self.lines[index].text)
        after = self.next_text_line(index)  # a blank line between them or not
        return (
            bool(_NEGATIVE_LEAD_IN.match(text))
            and len(text.split()) <= 6
            and after is not None
            and after <= index + 2
            and (
                self.text_at(after)[:1].islower()
                or (_BARE_BAN.fullmatch(text.rstrip(":").strip()) is not None or open_ban(text))
                and self.banned_in_capitals(after)
            )
            and not _LIST_ITEM.match(self.text_at(after))
            and not self.wrapped_prose(index)
        ) or self.every_line_banned(index)

    def ban_ends_lead_in(self, index: int) -> bool:
        """ "For 24 hours do not:" over lines in lower case with no bullets: the lines are what
        not to do, as under a bare "Do not" (run together as the lead-in's paragraph, "For 24
        hours do not: drive a car or ride a bicycle drink alcohol ...", the list was lost).
        Only two or more lines in lower case, each whole: a longer lead-in may be a sentence
        wrapped after its colon ("For 24 hours you must not:" / "drive or use machinery, as the
        sedation can" / "slow your reactions ..." stays one paragraph)."""
        line = self.lines[index]
        text = plain_line(line.text)
        after = self.next_text_line(index)  # a blank line between them or not
        if not (
            not line.heading and line.cells is None
            and _NEGATIVE_LEAD_IN_END.search(text) is not None
            and not _NEGATIVE_LEAD_IN.match(text)  # a bare ban's own rule
            and len(text.split()) <= 25
            and after is not None
            and after <= index + 2
            and (_unmarked_item_start(self.text_at(after)) or self.banned_in_capitals(after))
            and not self.wrapped_prose(index)
        ):
            return False
        # ... or in capitals, each short with no full stop, as under a bare ban ("While you have
        # your cast on you must not:" over "Get the cast wet" / "Cut or change the cast
        # yourself" had left each a paragraph, an instruction to do it)
        in_capitals = not _unmarked_item_start(self.text_at(after))
        run = [after]  # the lines unmarked_list takes as its items
        at = after + 1
        while at < len(self.lines):
            blank_before = self.lines[at].blank
            if blank_before:
                following = self.next_text_line(at)
                if following is None or following > at + 1:
                    break
                at = following
            said = self.text_at(at)
            if in_capitals and not (
                self.banned_in_capitals(at)
                # (a line in capitals after a blank, the items not, is the next heading)
                and not (blank_before and _shouted_line(said)
                         and not _shouted_line(self.text_at(after)))
            ):
                break
            if not in_capitals and not _unmarked_item_start(said):
                break
            run.append(at)
            at += 1
        # a line straight after them that starts with no capital may be one more item not in
        # lower case ("2 or more sleeping tablets"): cut off as a paragraph, it would lose the ban
        if at < len(self.lines) and not self.lines[at].blank and not self.text_at(at)[:1].isupper():
            return False
        said = [plain_line(self.lines[at].text) for at in run]
        # a sentence wrapped over the lines goes on from one to the next, or only its last
        # line ends it
        return len(run) >= 2 and not any(
            self.lines[at].wraps or self.lines[at].joins_next or goes_on_after(words)
            or _SENTENCE_ENDS_WITHIN.search(words) or re.search(r"[.!?] \w", words)
            for at, words in zip(run[:-1], said[:-1], strict=True)
        ) and (
            not re.search(r"[.!?]$", said[-1])
            or all(re.search(r"[.!?;]$", words) for words in said[:-1])
        )

    def every_line_banned(self, index: int) -> bool:
        """A bare ban ("DO NOT:", "Never") straight over lines up to the blank line, none of
        them a heading, a sentence within a line or a line in another shape: each is a thing not
        to do, though it ends on a full stop or runs long ("STOP TAKING VALPROATE SUDDENLY." had
        stayed a bold paragraph under a bare "DO NOT:", read aloud as an instruction)."""
        if not bare_ban(self.lines[index].text) or self.wrapped_prose(index):
            return False
        end = index + 1
        while end < len(self.lines) and not self.lines[end].blank:
            line = self.lines[end]
            text = plain_line(line.text)
            if (
                len(text.split()) > 25 or text.endswith(":")
                or _SENTENCE_ENDS_WITHIN.search(text) or re.search(r"[.!?] \w", text)
                or _OWN_SENTENCE.match(text)  # "Call us if you are worried"
                or _shaped_otherwise(line, text)
            ):
                return False
            end += 1
        return end > index + 1

    def banned_in_capitals(self, index: int) -> bool:
        """A line under a bare "Do not" that is one more thing not to do, though it starts in
        capitals: "Bring jewellery, watches or bank cards into the scan room" / "Wear make-up on
        the day" (left as they were, each read as an instruction to do it). Short, with no full
        stop, in no other shape; not a heading ("When to get help", "Contact us") nor a new bare
        ban ("Never") and, with a blank line after it, not one standing straight over a
        paragraph. One starting "Stop" is an item too: "DO NOT:" / "STOP TAKING VALPROATE
        SUDDENLY" (taken for a ban of its own, it broke the list, read as "Stop taking ...")."""
        line = self.lines[index]
        text = plain_line(line.text)
        if (
            line.blank
            or not text[:1].isupper()
            or len(text.split()) > 16
            or re.search(r"[.!?:;,]$", text)
            or _SENTENCE_ENDS_WITHIN.search(text)
            # a sentence of its own after them, "Please ring the clinic if it cracks" (said
            # "Do not please ring the clinic ...", the reader was told not to ring)
            or _OWN_SENTENCE.match(text)
            or _shaped_otherwise(line, text)
            or _named_as(text) & self.contents.keys()
            or self.wraps_on(index)
        ):
            return False
        # "After your scan" straight over "You can eat and drink as normal." is its heading
        after = index + 1
        return not (
            index and self.lines[index - 1].blank
            and after < len(self.lines) and not self.lines[after].blank
            and not self.banned_in_capitals(after)
        )

    def wrapped_prose(self, index: int) -> bool:
        """Lines from `index` to the next blank line that are one sentence wrapped in a narrow
        column: a line ends on "or", "and", "the" ..., or a sentence ends mid-line ("You must
        not become pregnant or" / "father a child during treatment and" is no list of what not
        to do)."""
        end = index
        lengths = []
        while end < len(self.lines) and not self.lines[end].blank:
            lengths.append(len(plain_line(self.lines[end].text)))
            end += 1
        # a line going on with "and", "or": one sentence ("... are able to" / "wear a seatbelt"
        # / "and do an emergency stop without pain.")
        texts = [plain_line(self.lines[at].text) for at in range(index, end)]
        if any(re.match(r"(?:and|or|but|nor|then)\b", text) for text in texts[2:]):
            return True
        # a PDF's line its column's edge ended, or a lead-in with no colon over one line that
        # ends the sentence: "Do not take aspirin or ibuprofen" / "unless a doctor says you
        # can." is one sentence (it had been a list of one, "- Do not take aspirin ...")
        if self.lines[index].wraps or (
            len(texts) == 2 and not texts[0].endswith(":") and texts[1][:1].islower()
            and re.search(r"[.!?]$", texts[1])
        ):
            return True
        # a wrapped sentence's lines run to the width, all but its last: "take a double dose"
        # over "take aspirin or ibuprofen unless a doctor has told you to" are items (read as
        # one sentence, "... told you to start or stop any herbal remedy")
        if any(length < 0.6 * max(lengths) for length in lengths[1:-1]):
            return False
        for at in range(index, end):
            text = plain_line(self.lines[at].text)
            # (an item last in the block wraps on to nothing: "Remove a glucose sensor yourself
            # unless we ask you to" ends a list of what not to do; the lead-in alone may wrap
            # over a blank line, "Stop the exercise if" / "you feel sharp pain ...")
            wraps = (at == index or at < end - 1) and _NOT_A_HEADING_END.search(text)
            if wraps or re.search(r"[.!?] \w", text):
                return True
        return False

    def unmarked_list(self, index: int, lead_in: str, capitals: bool = False) -> int:
        """Each line up to the next blank line is one item, each given the lead-in's words (as
        written, its colon kept: a ban left open at it takes items in capitals too; `capitals`:
        items in capitals under a ban ending a lead-in, which ban_ends_lead_in found)."""
        index = index if not self.lines[index].blank else self.next_text_line(index)
        first = self.lines[index]
        items: list[list] = []
        end = index
        # the items go on in lower case: a sentence after them ("If there is no improvement
        # ..., give a second injection.") is not one more thing not to do; items a line each
        # with blank lines between them are items still
        # under a bare "Do not" the items may start in capitals ("Bring jewellery ... into the
        # scan room"): they go on while each is one more short line with no full stop
        # ... and so may they under a ban left open at its colon, verb and all ("DO NOT USE:"
        # over "Talcum powder")
        in_capitals = capitals or (
            _BARE_BAN.fullmatch(lead_in.strip().rstrip(":").strip()) is not None
            or open_ban(lead_in)
        ) and not self.text_at(index)[:1].islower()
        # straight under a bare ban, every line up to the blank line is an item, when each is
        # one (a line that is no thing not to do leaves the lead-in bare, with a warning)
        every_line = index > 0 and not self.lines[index - 1].blank and self.every_line_banned(
            index - 1
        )

        def goes_on(at: int, after_a_blank: bool = False) -> bool:
            if every_line:
                return not after_a_blank
            if in_capitals:
                # (a line in capitals after a blank, the items not, is the next heading: "ON
                # THE DAY" under "Do not take:" / "Aspirin" had been "Do not take on the Day")
                shouted = _shouted_line(self.text_at(at)) and not _shouted_line(self.text_at(index))
                return not (after_a_blank and shouted) and self.banned_in_capitals(at)
            # (an item in words of small letters: "eGFR and kidney blood tests will be
            # checked ..." after them is the leaflet going on)
            first_word = self.text_at(at).split()[0]
            if after_a_blank:
                return first_word == first_word.lower() and not _LIST_ITEM.match(self.text_at(at))
            return _unmarked_item_start(self.text_at(at))

        while end < len(self.lines) and (
            not items or self.lines[end].blank or goes_on(end)
        ):
            if self.lines[end].blank:
                after = self.next_text_line(end)
                if after is None or after > end + 1 or not goes_on(after, after_a_blank=True):
                    break
                end = after
                continue
            items.append(["•", [self.lines[end].text.strip()], []])
            end += 1
        self.emit_list(first, "bullet", items, [], lead_in)
        return end

    def heading(self, line: SourceLine, level: int) -> None:
        """A run of "Step 1", "Step 2" headings straight under a heading sits one level below."""
        text = plain_line(line.text)
        patterned = bool(_PATTERNED_HEADING.match(text)) and not line.heading
        if not patterned:
            self.steps_level = None
        if patterned and self.body and re.match(r"^## ", self.body[-1]):
            self.steps_level = 3
        if patterned and self.steps_level:
            level = self.steps_level
        part = re.match(r"(\d{1,2})\.\d{1,2}\.?\s", text)
        if level == 2 and part and any(
            block.startswith("## ") and _section_number(block[3:]) == int(part[1])
            for block in self.body
        ):
            level = 3  # "2.1 Medicines" under "2. Before your operation"
            self.section_in_parts = True
        elif level == 2 and not _SECTION_NUMBER.match(text) and self.part_of_a_section(line, text):
            level = 3  # "3 days before" and "The day before" under "3. What to eat ..."
            self.section_in_parts = True
        elif level == 2:
            self.section_in_parts = False
        self.found_headings |= _named_as(text)
        text = self.ordinary_case(line, text, "heading")
        text = self.label_in_ordinary_case(line, text)
        if level == 2 and self.asks_over_a_heading() and not text.endswith("?"):
            # a question straight over a heading is the parent of the sections answering it:
            # "How is chemotherapy given?" over "Into a vein" had been made a line of text
            level = 3
            self.decide(line, f"heading {_quote(text)} is under the question "
                        f"{_quote(self.body[-1][3:])}, set a level below it: check whether the "
                        "headings after it are under the question too")
        if level == 2:
            # a heading with nothing under it before the next ("Going home from Ward 22" under
            # the title) is a line of text: as a section it was a chapter that said its name
            self.heading_over_nothing(f"before the heading {_quote(text)}", "## ")
        marked = _links_put_back(line.text, text)
        self.body.append(f"{'#' * level} {self.english_run(marked, text)}")
        self.decide(line, f"heading {_quote(text)}")
        self.heading_said = len(self.ordered_decisions) - 1

    def asks_over_a_heading(self) -> bool:
        """The last block is a heading asking a question, with nothing under it yet: what
        follows answers it, so the next heading is a part of its section (unless it asks a
        question too: "Will it hurt?" over "Who can I contact?" is no parent of it)."""
        return bool(self.body) and re.match(r"## \S.*\?$", self.body[-1]) is not None

    def heading_over_nothing(self, where: str, marks: str) -> None:
        """The last block, a heading marked `marks` with nothing under it, made a line of text.
        A numbered section stays one, empty or not: written as a line, "3. What to eat in the
        days before" had been read as a numbered list's first item."""
        if not (self.body and re.match(marks, self.body[-1])):
            return
        heading = self.body[-1].lstrip("#").strip()
        if _section_number(heading) is not None:
            return
        self.body[-1] = heading
        if self.heading_said is not None:  # (the report had called it a heading)
            order, said = self.ordered_decisions[self.heading_said]
            self.ordered_decisions[self.heading_said] = (
                order, said.replace(": heading ", ": ", 1) + " is no heading: nothing stands "
                f"under it {where}, so it is a line of text",
            )

    def part_of_a_section(self, line: SourceLine, text: str) -> bool:
        """An unnumbered heading that is one of a numbered section's parts: straight under its
        number ("3. What to eat in the days before" over "3 days before ..."), a count of days
        or weeks ("2 weeks after your operation", a time in the section's story), or, once the
        section is in parts, the next of them while the next section's number is still to
        come as a line apart ("The day before your colonoscopy" before "4. Taking Moviprep:
        your timetable"). At the sections' own level, "3 days before" had ended section 3 with
        nothing under it, and the audio's chapters ran "three days before ...; The day before
        your colonoscopy" where section 3 was. A heading after the section's own text, in no
        parts, stays a section of its own ("What counts as a clear fluid?" after "4. Afternoon
        operations" and its rules is for morning lists too)."""
        last = next((block for block in reversed(self.body) if block.startswith("## ")), "")
        number = _section_number(last[3:])
        if number is None:
            return False
        if self.body[-1] == last or _A_COUNT.match(text):
            return True
        if not self.section_in_parts:
            return False
        index = next((i for i, known in enumerate(self.lines) if known is line), len(self.lines))
        return any(
            _section_number(said := plain_line(self.lines[later].text)) == number + 1
            and not re.search(r"[.!,;]$", said)
            and (later == 0 or self.lines[later - 1].blank)
            for later in range(index + 1, len(self.lines))
        )

    def label_in_ordinary_case(self, line: SourceLine, text: str) -> str:
        """A heading whose first words alone are in capitals, then a dash and words in small
        letters ("REPLY SLIP - please tear off and return ..."): those words in ordinary case,
        as a heading all in capitals is written. Kept half in capitals, the audio read it
        "REPLY slip"; abbreviations, and words the leaflet writes in capitals elsewhere, stay."""
        shouted = _SHOUTED_LABEL.match(text)
        if not shouted:
            return text
        words = shouted["label"].split()
        if len(words) == 1 and not _word_not_abbreviation(words[0], self.language):
            return text  # "MRSA - what it is"
        elsewhere = {
            word
            for other in self.lines
            if plain_line(other.text) != text
            for sentence in re.split(r"(?<=[.!?])\s+", other.text)
            if _mostly_ordinary_case(sentence)
            for word in re.findall(_CAPITALS_WORD, sentence)
        }
        cased = " ".join(
            word if word in elsewhere or _abbreviation(word, self.language) else word.lower()
            for word in words
        )
        written = cased[:1].upper() + cased[1:] + shouted["rest"]
        if written != text:
            self.decide(line, f"heading {_quote(text)} begins in capitals: written "
                        f"{_quote(written)}")
        return written

    def name_in_ordinary_case(self, line: SourceLine | None, name: str, what: str) -> str:
        """A department's or ward's name set in capitals ("EMERGENCY DEPARTMENT", "CHILDREN'S
        WARD"), written as a name: as the leaflet writes it in a sentence ("seen in the
        Emergency Department (ED)"), else each word with its first letter a capital, an
        abbreviation (ENT) kept in capitals and a joining word in small letters. Every format
        had printed and said it in capitals."""
        if not _set_in_capitals(name, self.language):
            return name
        apart = r"[\s\-–—/]+"
        written = re.compile(
            r"(?<![\w'’])" + apart.join(re.escape(word) for word in name.split()) + r"(?![\w'’])",
            re.IGNORECASE,
        )
        for other in self.lines:
            for sentence in re.split(r"(?<=[.!?])\s+", plain_line(other.text)):
                found = written.search(sentence) if _mostly_ordinary_case(sentence) else None
                if found and found[0] != found[0].upper() and found[0][:1].isupper():
                    return found[0]

        def cased(word: str) -> str:
            if re.fullmatch(r"(?i:and|of|the|for|in|on|at|to|with|&)", word):
                return word.lower()
            letters = re.sub(r"[\W\d_]", "", word)
            # (a short word of a service's name is an abbreviation unless a common word:
            # "ENT", "ICU" are frequent enough in text to pass for words, "EYE" is one)
            if _abbreviation(letters, self.language) or (
                len(letters) <= 3 and _how_common(letters, self.language) < 4.0
            ):
                return word
            return word.capitalize()

        said = re.sub(r"[^\W\d_][^\s\-–—/]*", lambda m: cased(m[0]), name)
        said = said[:1].upper() + said[1:]
        if said != name:
            self.decide(line, f"{what} {_quote(name)} is in capitals: written {_quote(said)}")
        return said

    def ordinary_case(self, line: SourceLine, text: str, what: str) -> str:
        """A title or heading set in capitals, which are hard to read (and large print's check
        refuses), in ordinary case: the first letter a capital, and words the leaflet writes in
        capitals elsewhere (NHS, GP) kept so. A word is all its letters, in any Latin-script
        language ("SZUKAĆ" had been "szukaĆ", its last letter left a capital)."""
        if not _set_in_capitals(text, self.language):
            return text
        words = re.findall(r"[^\W\d_]+", text)
        if self.capitalised is None:
            # words it writes in small letters: "hypo" in "A hypo (hypoglycaemia) is" is a
            # word, not an abbreviation ("WHAT IS A HYPO?" had kept it, said "H Y P O")
            self.written_small = {
                word
                for other in self.lines
                # (not an address's: "www.nhs.uk" is no reason to write "nhs"; but a word
                # before a full stop is written small: "ring the clinic.")
                for word in re.findall(r"\b[a-z]+\b", re.sub(r"\S*[./@]\w\S*", " ", other.text))
            }
            # ... and words in capitals among words in ordinary case: not those of a sentence
            # shouted beside one that is not ("DO NOT RUB THE INJECTION SITE. Rubbing makes
            # ..." made the heading "How to give THE INJECTION"), nor a ban's words or any
            # word shouted for weight that it writes in small letters too, no abbreviation
            # ("After this, DO NOT eat ..." had made "DO NOT EAT:" the heading "DO NOT eat",
            # and "Take it with food, NOT on an empty stomach" kept "NOT" so)
            self.capitalised = {
                word
                for other in self.lines
                for sentence in re.split(r"(?<=[.!?])\s+", other.text)
                if _mostly_ordinary_case(sentence)
                for word in re.findall(_CAPITALS_WORD, _without_bans(sentence))
                if word.lower() not in self.written_small or _abbreviation(word, self.language)
            } | ({"I"} if self.language == "en" else set())  # (Welsh "I'W" is "to its")
            # ... and names: words it writes with a capital within a sentence, never in small
            # letters ("TAKE THEM TO A&E AT ST LUKE'S HOSPITAL" beside "put on at St Luke's
            # Hospital" keeps the hospital's name)
            self.named = {
                word
                for other in self.lines
                for sentence in re.split(r"(?<=[.!?])\s+", other.text)
                if _mostly_ordinary_case(sentence)
                for word in re.findall(r"(?:(?<=[a-z0-9,;)] )|(?<=\())[A-Z][a-z]+\b", sentence)
                if word.lower() not in self.written_small
            }

            # ... those of them written alone, not only as a word of a longer name ("Day" of
            # "Day Surgery Unit" alone is no name: "ON THE DAY" had been "On the Day")
            self.named_alone = {
                word
                for other in self.lines
                for sentence in re.split(r"(?<=[.!?])\s+", other.text)
                if _mostly_ordinary_case(sentence)
                for word in _names_alone(sentence)
            }
            # ... and runs of words with capitals it writes within a sentence, whole ("Out of
            # hours: Children's Emergency Department": "GO TO THE CHILDREN'S EMERGENCY
            # DEPARTMENT" had been "the children's Emergency Department"), longest first
            self.name_runs = sorted(
                {
                    tuple(run)
                    for other in self.lines
                    if re.search(r"(?:^|\s)[a-z]", plain_line(other.text))
                    for sentence in re.split(r"(?<=[.!?])\s+", plain_line(other.text))
                    if _mostly_ordinary_case(sentence)
                    for run in _capitalised_runs(_without_bans(sentence), self.written_small)
                },
                key=len, reverse=True,
            )
            # ... and units per another as it writes them: "mmol/L" ("5 MMOL/L" had been
            # "5 MMOL/l", said "M M O L or L")
            self.units_written = {
                unit.lower(): unit
                for other in self.lines
                for sentence in re.split(r"(?<=[.!?])\s+", other.text)
                if _mostly_ordinary_case(sentence)
                for unit in re.findall(_SLASHED_UNIT, sentence)
                if unit != unit.upper()
            }

        def cased(word: str) -> str:
            if word in self.capitalised:
                return word
            if word.capitalize() in self.named:
                return word.capitalize()
            if (
                len(words) > 1 and _abbreviation(word, self.language)
                and word.lower() not in self.written_small
            ):
                return word
            return word.lower()

        def token(word: str) -> str:
            if slashed := _SLASHED_UNIT.fullmatch(word):
                # a unit per another: as the leaflet writes it, else in small letters, a litre
                # "L" ("MMOL/L" as "mmol/L", "ML/HOUR" as "ml/hour")
                figure, unit = word[: slashed.start(1)], slashed[1]
                return figure + self.units_written.get(unit.lower(), re.sub(
                    r"(?<![a-z])l\b", "L", unit.lower()))
            if unit := _UNIT_AFTER_A_FIGURE.fullmatch(word):
                return unit["figure"] + unit["unit"].lower()  # "5MG TABLET": "5mg tablet"
            if re.search(r"[A-Za-z]\d|\d[A-Za-z]|&", word):
                return word  # a code of letters and figures ("B15 2GW", "PI22"), or "A&E"
            # a name joined by a hyphen is kept whole when the text writes it so: "FEC-T" had
            # been "FEC-t", said "F E C-t"
            if word in self.capitalised:
                return word
            return re.sub(r"[^\W\d_]+", lambda part: cased(part[0]), word)

        written = re.sub(rf"(?i:{_SLASHED_UNIT.pattern})|"
                         r"[^\W_]*[^\W\d_][^\W_]*(?:[-&][^\W_]+)*",
                         lambda m: token(m[0]), text)
        # the first letter a capital, when a word in small letters opens it ("MRI SAFETY
        # QUESTIONNAIRE" had been "MRI Safety questionnaire": a name kept first, the next word
        # was given the capital); and each sentence's after it
        for run in self.name_runs:
            said = r"\s+".join(
                re.sub(r"['’]", "['’]", re.escape(word)) for word in run
            )
            written = re.sub(
                rf"(?<![\w'’-]){said}(?![\w'’-])",
                lambda m, run=run: _cased_as(m[0], " ".join(run)), written, flags=re.I,
            )
        written = self.name_words_apart(written)
        written = re.sub(r"^([\W\d_]*)([^\W\d_])", lambda m: m[1] + m[2].upper(), written)
        written = re.sub(r"([.!?]\s+)([^\W\d_])", lambda m: m[1] + m[2].upper(), written)
        self.decide(line, f"{what} {_quote(text)} is in capitals: written {_quote(written)}")
        return written

    def name_words_apart(self, written: str) -> str:
        """A word of a name, which the leaflet writes only within the name ("Day" of "Day
        Surgery Unit"), in small letters when the rest of the name is not beside it."""
        tokens = written.split(" ")
        capital = [bool(re.match(r"[^A-Za-z]*[A-Z]", token)) for token in tokens]
        for at, token in enumerate(tokens):
            word = re.match(r"[^A-Za-z]*([A-Z][a-z]+)\b", token)
            if (
                at and word and word[1] in self.named and word[1] not in self.named_alone
                and word[1] not in self.capitalised
                and not any(capital[i] for i in (at - 1, at + 1) if 0 < i < len(tokens))
            ):
                tokens[at] = token.replace(word[1], word[1].lower(), 1)
        return " ".join(tokens)

    def picture(self, line: SourceLine) -> None:
        alt, path = line.picture
        self.body.append(f"![{alt}]({path})")
        if not alt:
            self.warn(
                line,
                f"the picture {path} has no alt text: write what it shows between the [ ] of "
                f"![]({path}) before building",
            )

    def described_picture(self, line: SourceLine, match: re.Match) -> None:
        description = plain_line(line.text) if match["of"] else match["text"].strip()
        description = description.rstrip(".").replace("]", ")").replace("[", "(")
        description = description[0].upper() + description[1:]
        self.body.append(f"![{description}]()")
        self.warn(
            line,
            f"a picture is described but not supplied ({_quote(description)}): it is kept as a "
            "described picture; add the picture file beside the leaflet if you have it",
        )

    def signed_under(self, index: int) -> bool:
        """The line is one of the short lines under a letter's sign-off: the writer's name and
        post ("Consultant Rheumatologist" had been a chapter of the recording)."""
        above = index
        for _ in range(3):
            above = self.previous_text_line(above)
            if above is None:
                return False
            text = plain_line(self.lines[above].text)
            if _SIGN_OFF.fullmatch(text):
                return True
            if len(text.split()) > 6 or _ENDS_SENTENCE.search(text):
                return False
        return False

    def lead_in_items(self, index: int) -> tuple[list[list[int]], int] | None:
        """The lines a lead-in ending in a colon leads into, each item's lines, and where they
        end: lines going on from it in lower case ("Signs to look for:" / "a high temperature",
        blank lines between them or not), or under an instruction or condition left open
        ("Contact the clinic if:") the lines in capitals straight under it, up to the blank
        line. A line a PDF's column wrapped goes on with its item; with blank lines between
        the items, each paragraph is one. None for a blank's label, a "Do not" (its own rule)
        and a line over a list, table, boxes or contacts."""
        line = self.lines[index]
        text = plain_line(line.text)
        if (
            not text.endswith(":") or line.heading or line.cells is not None or line.picture
            or len(text.split()) > 25 or "|" in text
            or _LIST_ITEM.match(text) or _TICK_BOX_START.match(text)
            or _NEGATIVE_LEAD_IN.match(text) or _NEGATIVE_LEAD_IN_END.search(text)
        ):
            return None
        first = self.next_text_line(index)
        if first is None or first > index + 2:
            return None
        open_words = opens_a_lead_in(text)
        in_lower = self.text_at(first)[:1].islower()
        if not in_lower and not (open_words and first == index + 1):
            return self.named_things(index)

        def item_line(at: int) -> bool:
            ln = self.lines[at]
            said = plain_line(ln.text)
            return not (
                ln.blank or ln.heading or ln.cells is not None or ln.picture
                or _LIST_ITEM.match(said) or _TICK_BOX_START.match(said) or "|" in said
                or _PICTURE_LINE.match(said) or said.endswith(":") or _CONTACT.search(said)
                or _BLANK.search(said) or bare_ban(said) or len(said.split()) > 30
                or _SENTENCE_ENDS_WITHIN.search(said)
                or re.match(r"(?:e\.g\.|eg\b|i\.e\.)", said)  # a blank's hint: "e.g. RX1234567"
            )

        def goes_on(at: int) -> bool:  # the line goes on from the one above, its item's
            above = self.lines[at - 1]
            return above.wraps or above.joins_next or goes_on_after(plain_line(above.text))

        blocks: list[list[int]] = []  # runs of lines, blank lines between them
        at = first
        while at < len(self.lines):
            if self.lines[at].blank:
                following = self.next_text_line(at)
                if not in_lower or following is None:
                    break
                at = following
                blocks.append([])
            if not item_line(at):
                break
            # an item starts in the case the first did: "Most children get better at home."
            # under the signs is the leaflet going on (in lower case, a line of a paragraph
            # the blank lines keep apart goes on its item)
            starts = not blocks or not blocks[-1] or not goes_on(at)
            if starts and self.text_at(at)[:1].islower() != in_lower:
                break
            if not blocks:
                blocks.append([])
            blocks[-1].append(at)
            at += 1
        blocks = [block for block in blocks if block]
        if not blocks:
            return None
        if len(blocks) > 1:  # items a paragraph each, blank lines between them
            items = blocks
        else:  # a line each, but for a line that goes on to the next
            items = []
            for at in blocks[0]:
                if items and goes_on(at):
                    items[-1].append(at)
                else:
                    items.append([at])
        # a sentence wrapped after a colon, its next line in lower case ("Encourage your child
        # to drink plenty:" / "at least a cup every 2 hours"), is one line going on, no list
        if not open_words and first == index + 1 and len(items) < 2:
            return None
        return items, items[-1][-1] + 1

    def named_things(self, index: int) -> tuple[list[list[int]], int] | None:
        """The things a lead-in ending in a colon names, a line each with no bullets: "You will
        need:" over "A firm chair" / "A rolled-up towel" / "Two pillows" (in a text file one
        paragraph of three lines; in Word, where each is a paragraph, a blank to fill in with
        its last thing a heading). Two or more, each short with no full stop, none a sentence,
        contact or label, set alike (straight under each other, or a Word paragraph each); a
        PDF's line its column wrapped, or a line going on in small letters after them, is a
        sentence's, no list. None for a label asking for something written in ("Name of
        nurse:") and a contacts' or address's heading."""
        line = self.lines[index]
        text = plain_line(line.text)
        if (
            line.wraps or line.joins_next or not 2 <= len(text.split()) <= 12
            or _ASKS_TO_BE_WRITTEN.search(text) or _CONTACT_HEADING.match(text)
            or _FINDING_US.search(text) or _SENTENCE_ENDS_WITHIN.search(text)
        ):
            return None
        word_paragraphs = line.where.startswith("paragraph")

        def a_thing(at: int) -> bool:
            ln = self.lines[at]
            said = plain_line(ln.text)
            return not (
                ln.blank or ln.bold or ln.text.strip().startswith("**") or ln.wraps
                or ln.joins_next or ln.indent or not re.match(r"[A-Z0-9]", said)
                or len(said.split()) > 6 or re.search(r"[.!?:;,]$", said)
                or _SENTENCE_ENDS_WITHIN.search(said) or _OWN_SENTENCE.match(said)
                or goes_on_after(said) or _POSTCODE.search(said) or _STREET.fullmatch(said)
                or _FORM_LINE.match(said) or _LABELLED.match(said)
                or re.search(r"\d\s?(?:am|pm)\b|\d[:.]\d\d\b", said, re.I)  # a time: hours
                # (a heading's first word, but for a thing of the reader's: "Your medicines")
                or _shaped_otherwise(ln, re.sub(r"^your\b", "the", said, flags=re.I))
            )

        gap = 2 if word_paragraphs else 1  # the lines apart by a blank line, or none
        things: list[int] = []
        at = index + gap
        while at < len(self.lines) and a_thing(at) and all(
            self.lines[between].blank for between in range(at - gap + 1, at)
        ):
            things.append(at)
            at += gap
        if len(things) < 2:
            return None
        # the things are the whole run of lines: a line straight after them (the sentence going
        # on, or an address's street or postcode under "Please write to:" / "Pharmacy
        # Department" / "Leicester General Hospital") makes them no list
        ended = at if at < len(self.lines) and not self.lines[at].blank else None
        if ended is not None and not word_paragraphs:
            return None
        if ended is not None and (
            _POSTCODE.search(self.text_at(ended)) or _STREET.fullmatch(self.text_at(ended))
            or _CONTACT.search(self.text_at(ended))
        ):
            return None
        return [[at] for at in things], things[-1] + 1

    def item_shaped_run(self, index: int) -> int:
        """How many short lines with no full stop, none a label, contact, list item or the
        like, stand under the line, blank lines between them or not: a list's items in shape,
        though nothing marks them so."""
        count = 0
        at = self.next_text_line(index)
        while at is not None:
            line = self.lines[at]
            said = plain_line(line.text)
            if (
                line.heading or line.cells is not None or line.picture
                or len(said.split()) > 16 or re.search(r"[.!?:;]$", said)
                or _SENTENCE_ENDS_WITHIN.search(said)
                or _LIST_ITEM.match(said) or _TICK_BOX_START.match(said) or "|" in said
                or _PICTURE_LINE.match(said) or _CONTACT.search(said) or _BLANK.search(said)
                or bare_ban(said) or _CONTACT_HEADING.match(said)
            ):
                break
            count += 1
            at = self.next_text_line(at)
        return count

    def led_list(self, index: int, items: list[list[int]], end: int) -> int:
        """The lead-in's items as its list, each given whole (a line its column wrapped, a
        divided word, joined again)."""
        listed: list[list] = []
        for lines in items:
            words = self.text_at(lines[0]).strip()
            for at in lines[1:]:
                more = self.lines[at].text.strip()
                joined = self.lines[at - 1].joins_next
                words = rejoined(words, more) if joined else f"{words} {more}"
            listed.append(["•", [words], []])
        self.decide(
            self.lines[index],
            f"the lead-in {_quote(plain_line(self.lines[index].text))} leads into the lines "
            f"under it: a list of {len(listed)} items, each going on from it",
        )
        self.emit_list(self.lines[items[0][0]], "bullet", listed, [])
        return end

    def is_form_label(self, index: int) -> bool:
        """ "Name of therapist:" alone on its line, with nothing after it but a blank line or
        another such label: a place to write, not a lead-in to a list."""
        text = plain_line(self.lines[index].text)
        if not _FORM_LABEL.match(text) or len(text.split()) > 6:
            return False
        if is_a_rule(text.rstrip(":")) or _bans_at_its_colon(text):
            return False  # "Call Puffin Ward if your child:", "Do not:" lead into their lines
        after = self.next_text_line(index)
        if after is None:
            return True
        after_text = plain_line(self.lines[after].text)
        if _bans_at_its_colon(after_text):
            return False  # "For 24 hours after your sedation:" over "You must not:" leads in
        if _LIST_ITEM.match(after_text) or self.lines[after].cells is not None or "|" in after_text:
            return False  # "The medicines are usually:" over a list or a table leads into it
        if _TICK_BOX_START.match(after_text):
            return False  # "Please tick one box:" over its boxes is no place to write
        if after_text[:1].islower() and self.lead_in_items(index) is not None:
            return False  # "Signs to look for:" / "a high temperature": its sentence goes on
        if self.named_things(index) is not None:
            return False  # "You will need:" over "A firm chair" / "Two pillows": its things
        if _LEADS_IN_NOT_A_LABEL.search(text) and (
            _FORM_LABEL.match(after_text) or re.search(r"[.!?]$", after_text)
        ):
            # "For 24 hours after your sedation:" over "Someone must stay with you:", or a
            # blank line and "You must rest at home ...": what it leads into, no place to write
            return False
        adjacent = after == index + 1
        return (
            bool(_FORM_LABEL.match(after_text)) or not adjacent
            or _asks_over_a_labelled_line(text, after_text)
        )

    def paragraph(self, index: int) -> int:
        first = self.lines[index]
        parts: list[str] = []
        end = index
        while end < len(self.lines):
            line = self.lines[end]
            text = line.text.strip()
            if line.blank and parts and self.sentence_goes_on(end, parts[-1]):
                end = self.next_text_line(end)
                parts.append(self.lines[end].text.strip())
                end += 1
                continue
            if line.blank or line.cells is not None or line.picture:
                break
            if parts and _WEB_ADDRESS_BROKEN.search(parts[-1]) and re.fullmatch(r"[\w./-]+", text):
                parts[-1] += text  # ".../cardiology/" "abpm": the address made whole
                end += 1
                continue
            # a PDF's line its column's edge ended goes on, whatever the next line starts with;
            # so does a label over the one address or number it names
            wrapped = end > index and (
                self.lines[end - 1].wraps or self.label_over_its_contact(end - 1)
            )
            if end > index and (
                _LIST_ITEM.match(text)
                # a lead-in ends its paragraph, its items under it ("Call Puffin Ward if your
                # child:" / "has a temperature ..."), and one that is a sentence of its own
                # starts one
                or self.lead_in_items(end - 1) is not None
                or self.ban_ends_lead_in(end - 1)
                or (
                    (self.lead_in_items(end) is not None or self.ban_ends_lead_in(end))
                    and re.search(r"[.!?]$", plain_line(self.lines[end - 1].text)) is not None
                    and not self.lines[end - 1].wraps
                )
                or _TICK_BOX_START.match(plain_line(text))  # a checklist's boxes, one a line
                # ... and questions with their choices: "Do you have a pacemaker? Yes ☐ No ☐"
                # over "Are you pregnant? ..." in a PDF had run on as one paragraph
                or (
                    ENDS_ON_A_BOX.search(plain_line(self.lines[end - 1].text))
                    and not wrapped and text[:1].isupper()
                )
                or "|" in text
                or _PICTURE_LINE.match(plain_line(text))
                or self.heading_level(end) is not None
                or self.is_form_label(end)
                # a glossary's entries a line each: "INR - international ..." / "DVT - deep
                # vein ..." in a text file
                or (self.glossary_entry(end) and self.glossary_entry(end - 1))
                # ... and lines of one label's shape: "Day 1-3: ..." / "Day 4-7: ..."
                or (not wrapped and self.labelled_alike(end - 1, end))
                # a short line ends its paragraph (an address, a contact block) unless the
                # next goes on in lower case: "If your symptoms get worse" / "and you cannot
                # speak in full sentences, call 999" is one sentence
                or (
                    self.ends_short_line(end - 1)
                    and not wrapped
                    and not _EXTENSION_LINE.match(text)
                    and not text[:1].islower()
                    and not ENDS_ASKING_FOR_A_NUMBER.search(plain_line(self.lines[end - 1].text))
                )
                # (a blank at a wrapped line's end, its unit on the next, goes on: "Repeat ____"
                # / "times, ____ times a day." had been two paragraphs, the first blank unnamed)
                # (... and its hint: "appointment: ____" / "(date) at ____ (time)" is one line)
                or (
                    _ENDS_WITH_BLANK.search(self.lines[end - 1].text)
                    and not text[:1].islower() and not _HINT_AFTER.match(text)
                )
                # a form line ("Bisoprolol ____ mg once a day", "Removed on: __/__/____ by your
                # practice nurse") ends its line: the next was run on into it
                or (_BLANK.search(self.lines[end - 1].text) and text[:1].isupper())
                or self.lines[end - 1].ends_paragraph
                # a shouted line ends where the ordinary case starts again: "... GO TO A&E
                # STRAIGHT AWAY" / "Also go to A&E if ..." had run on as one sentence
                or (_shouted_line(self.lines[end - 1].text) and _mostly_ordinary_case(text)
                    and re.search(r"[a-z]", text) and text[:1].isupper())
                or _FORM_LINE.match(text)
                or (
                    (_CONTACT_LINE.match(text) or (_LABELLED.match(text) and _CONTACT.search(text)))
                    and not ENDS_ASKING_FOR_A_NUMBER.search(plain_line(self.lines[end - 1].text))
                    and not wrapped  # "Children's Emergency Department, Leicester" / "Royal
                    # Infirmary: 0116 258 5081" in a PDF's column is one name and its number
                )  # "MRI bookings: 01632 ..." starts a line; "..., call" / "NHS 111." goes on
                or (text[:1].isupper() and self.ends_contact_detail(end - 1) and not wrapped)
                or (_WEB_ADDRESS_START.match(text) and not wrapped)
            ):
                break
            if parts and self.lines[end - 1].joins_next:
                parts[-1] = rejoined(parts[-1], text)
            else:
                parts.append(text)
            end += 1
        text = re.sub(r"\s+", " ", " ".join(parts)).strip()
        # a PDF's paragraph set wholly in bold ("Never smoke or vape on the day of your
        # operation.") stays in bold; Word marks its bold runs in the text itself
        in_bold = all(self.lines[i].bold for i in range(index, end) if not self.lines[i].blank)
        # (as written: capitals make no notice of a line)
        notice = notice_start(self.language).match(text)
        if notice and bare_ban(text) and (following := self.next_text_line(end - 1)) and (
            _LIST_ITEM.match(self.text_at(following))
        ):
            # "**Do not:**" in bold over a Word file's list leads into its items (as a notice
            # it said only "Do not:", and the ban led into nothing)
            notice = None
        text = self.unshouted(first, text, bold=not (in_bold or notice))
        inline = self.inline(_label_in_ordinary_case(text, self.language), first)
        # (a line in Welsh too short for _language_of, "Diolch yn fawr", "Croeso", is flagged
        # as a longer one is: it had been read as English, with no warning)
        language = self.other_than_its_own(
            _language_of(text) or ("?" if _welsh_line(text) else ""), text
        )
        if not language:
            inline = self.english_run(inline, text)
        # sentences end at a full stop in any script ("۔" in Urdu) before a capital or a letter
        # of another script
        sentences = re.split(
            rf"(?<=[.!?{SCRIPT_FULL_STOPS}])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ]|[^\x00-\u024f\s])", text
        )
        if language in ("", "?") and len(sentences) > 1:
            # a sentence in Polish or Urdu inside an English paragraph ("This leaflet is
            # available in Welsh. Jeśli potrzebujesz tłumacza, poproś położną o pomoc.") had been
            # read by the English voice; one that reads as no English is flagged
            languages = [
                self.other_than_its_own(_language_of(sentence), sentence)
                for sentence in sentences
            ]
            tagged = [said for said in languages if said not in ("", "?")]
            if tagged:
                inline = " ".join(
                    f"[{self.inline(sentence, first)}]{{lang={said}}}" if said not in ("", "?")
                    else self.inline(sentence, first)
                    for sentence, said in zip(sentences, languages, strict=True)
                )
                names = list(dict.fromkeys(find_language(s).english_name for s in tagged))
                said = (f"a sentence in {names[0]}, read by the {names[0]} voice" if len(names) == 1
                        else f"sentences in {' and '.join(names)}, each read by its own voice")
                self.decide(first, f"{said}: {_quote(text)}")
            language = "?" if "?" in languages else ""
        if in_bold and "**" not in inline:
            inline = f"**{inline}**"
        if language and language != "?":
            name = find_language(language).english_name
            inline = f"[{inline}]{{lang={language}}}"
            self.decide(first, f"a line in {name}, read by the {name} voice: {_quote(text)}")
        elif language:
            own = find_language(self.language).english_name  # (the leaflet's, not English)
            self.warn(
                first,
                f"{_quote(text)} does not read as {own}: if it is in another language, tag "
                f"it [...]{{lang=..}} (untagged, every format treats it as {own} and the audio "
                f"reads it with the {own} voice)",
            )
        if notice and (following := self.next_text_line(end - 1)) is not None and (
            self.points_on(text[notice.end():], end, following)
        ):
            # "IMPORTANT - keep this number with you at all times" over the paragraph giving the
            # number: that paragraph is the notice's too (the notice had held only the label
            # line, the number outside it, and audio's notice said no number)
            self.in_the_notice.add(following)
            self.decide(first, f"the notice {_quote(text)} points to what follows: the "
                        f"paragraph after it, {_quote(self.text_at(following), 40)}, is in it")
        if index in self.in_the_notice and not notice and self.body and (
            self.body[-1].startswith("> ")
        ):
            self.body[-1] += f"\n>\n> {inline}"  # a further paragraph of the notice above
        else:
            self.body.append(f"> {inline}" if notice else inline)
        last = max(end, index + 1) - 1
        if (led := self.lead_in_items(last)) is not None:
            return self.led_list(last, *led)
        if self.ban_ends_lead_in(last):
            # (each item is given the lead-in's ban, which the lead-in then leaves to them)
            first = self.next_text_line(last)
            return self.unmarked_list(
                last + 1, "", capitals=not _unmarked_item_start(self.text_at(first))
            )
        if opens_a_lead_in(self.lines[last].text) and self.item_shaped_run(last) >= 2:
            self.warn(
                self.lines[last],
                f"the lines under {_quote(plain_line(self.lines[last].text))} may be what it "
                "leads into: if so, make them a list under it (left as they are, each reads "
                "alone, with nothing of what to do)",
            )
        return max(end, index + 1)

    def unshouted(self, line: SourceLine, text: str, bold: bool = True) -> str:
        """A paragraph's sentences shouted in capitals ("IF YOUR CHILD'S FINGERS TURN BLUE, GO
        TO A&E STRAIGHT AWAY."), which large print refuses and the audio read in a case of its
        own guessing, written as a heading in capitals is, in bold for the weight the capitals
        gave them. An address in capitals, all names, is left as it is."""
        # a paragraph wholly in bold (Word marks its bold in the text: "**IF YOU HAVE A HYPO,
        # NEVER DRIVE. ...**" had kept its capitals), its words so written, its bold kept
        if whole := re.fullmatch(r"\*\*([^*]+)\*\*", text):
            return f"**{self.unshouted(line, whole[1], bold=False)}**"
        sentences = re.split(r"(?<=[.!?])\s+", text)
        # (a sentence of one word in capitals goes with those around it: "... TELLS YOU TO.
        # STOPPING")
        in_capitals = [
            _shouted_line(sentence, least=1) and not _POSTCODE.search(sentence)
            and not _STREET.search(sentence) and "**" not in sentence
            for sentence in sentences
        ]
        if not any(in_capitals):
            return text
        written = []
        pairs = zip(sentences, in_capitals, strict=True)
        for capitals, run in itertools.groupby(pairs, key=lambda pair: pair[1]):
            words = " ".join(sentence for sentence, _ in run)
            if capitals and _shouted_line(words):
                words = self.ordinary_case(line, words, "sentence")
                # "IMPORTANT: DO NOT EAT ...": "Important: Do not eat ..."
                if (label := notice_start(self.language).match(words)) and label["label"]:
                    words = re.sub(r"^([^:]*:\s*)([a-z])", lambda m: m[1] + m[2].upper(), words)
                words = f"**{words}**" if bold else words
            written.append(words)
        return " ".join(written)

    def sentence_goes_on(self, blank_at: int, text: str) -> bool:
        """A paragraph break inside a sentence, as Word's paragraphs are typed: "If your child
        ... has a temperature of 39°C or above," / "then contact your GP ..." is one sentence
        (apart, the condition was cut off from its instruction), and so is "Stop the exercise
        if" / "you feel sharp pain in your knee" (read as "Stop the exercise if.")."""
        following = self.next_text_line(blank_at)
        if following is None or not goes_on_after(plain_line(text)):
            return False
        line = self.lines[following]
        after = line.text.strip()
        return (
            line.cells is None
            and not line.picture
            and not line.heading
            and after[:1].islower()
            and not _LIST_ITEM.match(after)
        )

    def ends_contact_detail(self, index: int) -> bool:
        """The line is a contact detail or opening hours, which the next line, when it starts a
        sentence, does not go on: "Text your midwife: 07700 900 456 (replies within 2 days)" /
        "For advice in other languages, call ..." are two sentences (run together, the offer
        of formats took the text-only number for its own)."""
        text = plain_line(self.lines[index].text)
        labelled_contact = bool(
            _CONTACT_LINE.match(text) or (_LABELLED.match(text) and _CONTACT.search(text))
        )
        if ENDS_ASKING_FOR_A_NUMBER.search(text):
            return False  # "Fracture Clinic: 0116 ... Out of hours, call" / "NHS 111."
        if labelled_contact and not text.endswith(","):
            return True
        ending = _ENDS_CONTACT_OR_HOURS.search(text)
        if ending and _TIME_AT_END.search(ending[0]):
            # a sentence that ends on one time goes on with its paragraph: "If you have an
            # afternoon operation, you may have a light breakfast before 7am." / "You may drink
            # water until 11am." cut apart had let everyone drink until 11am
            return not re.search(r"[^.]\.$", text) or bool(_OPENING_HOURS.search(text))
        return bool(ending)

    def label_over_its_contact(self, index: int) -> bool:
        """A name and a colon over the one web address, e-mail address or number it names
        ("Pumping Marvellous:" / "www.pumpingmarvellous.org" in a narrow panel): one line, as
        "Heart failure nurses: 01632 960 411" is. A label over two or more ("Other websites:"
        / "www.bhf.org.uk" / "www.nhs.uk") leads into them, and a line that is a sentence
        ("For more information, visit:") goes on as it would."""
        text = plain_line(self.lines[index].text)
        if not _NAME_AND_COLON.fullmatch(text) or index + 1 >= len(self.lines):
            return False
        if not _CONTACT_ALONE.fullmatch(plain_line(self.lines[index + 1].text).rstrip(".")):
            return False
        after = index + 2
        return after >= len(self.lines) or self.lines[after].blank or not _CONTACT_ALONE.fullmatch(
            plain_line(self.lines[after].text).rstrip(".")
        )

    def ends_short_line(self, index: int) -> bool:
        """A short line with no full stop ends its paragraph: lines of an address or a
        contact block each stand alone."""
        line = self.lines[index]
        text = plain_line(line.text)
        short = min(45, 0.6 * self.typical_length)
        return len(text) < short and not _ENDS_SENTENCE.search(text) and not line.joins_next

    def list_block(self, index: int) -> int:
        first = self.lines[index]
        first_match = _LIST_ITEM.match(first.text.strip())
        kind = _marker_kind(first_match["marker"])
        base_indent = first.indent
        items: list[list] = []  # [marker, text parts, nested [(marker, text, indent)]]
        nested_lines: list[SourceLine] = []
        end = index
        while end < len(self.lines):
            line = self.lines[end]
            text = line.text.strip()
            if line.blank:
                after = self.next_text_line(end)
                if after is None:
                    break
                match = _LIST_ITEM.match(self.lines[after].text.strip())
                if not match or (
                    _marker_kind(match["marker"]) != kind
                    and not self.letters_under_number(kind, match["marker"], items)
                ):
                    break
                end += 1
                continue
            if line.cells is not None or line.picture:
                break
            match = _LIST_ITEM.match(text)
            if match and items and (
                line.indent > base_indent + 1
                or (match["marker"] in _NESTED_MARKERS and first_match["marker"] not in
                    _NESTED_MARKERS and not self.sentence_beside(line, base_indent, items))
                or (kind == "number" and _marker_kind(match["marker"]) == "letter")
            ):
                items[-1][2].append((match["marker"], match["text"], line.indent))
                nested_lines.append(line)
            elif match and _marker_kind(match["marker"]) == kind:
                if end > index and self.heading_level(end) is not None:
                    break
                items.append([match["marker"], [match["text"]], []])
            elif match:
                break
            elif items and self.contact_under_item(end):
                break  # its lines stand after the item, as outside a list
            elif items and self.continues_item(end, base_indent):
                target = items[-1][2][-1] if items[-1][2] else None
                if target is not None:
                    # (a word broken at the line's end made whole, as in the item above:
                    # "physio-" / "therapist" had stayed two halves in a list under an item)
                    items[-1][2][-1] = (target[0], rejoined(target[1], text)
                                        if self.lines[end - 1].joins_next
                                        else f"{target[1]} {text}", target[2])
                elif self.lines[end - 1].joins_next:
                    items[-1][1][-1] = rejoined(items[-1][1][-1], text)
                else:
                    items[-1][1].append(text)
            else:
                break
            end += 1
        self.emit_list(first, kind, items, nested_lines)
        return max(end, index + 1)

    @staticmethod
    def sentence_beside(line: SourceLine, base_indent: int, items: list) -> bool:
        """An item marked "o" or "▪", no further in than the list's first, that starts a
        sentence after an item ending one is the list's next item, not one under it: a PDF
        whose bullets were drawn in several signs ("• Do not twist on your operated leg." /
        "▪ Never put a pillow under your knee ...") had run three bans into one item."""
        said = _LIST_ITEM.match(line.text.strip())
        if items[-1][2]:
            return False  # one more under the item above: "• Do not:" / "o Drive." / "o Drink."
        above = items[-1][1][-1].rstrip()
        return (
            said is not None and line.indent <= base_indent
            and said["text"][:1].isupper() and re.search(r"[.!?]$", above) is not None
        )

    @staticmethod
    def letters_under_number(kind: str, marker: str, items: list) -> bool:
        """ "a)", "b)" typed as their own paragraphs under a numbered item ("2. Take either:")
        are that item's choices, blank lines between them or not: read as a list of their own,
        "b)" was cut off from "a) ..., or" and the numbered list broken in two."""
        if kind != "number" or _marker_kind(marker) != "letter" or not items:
            return False
        _, parts, children = items[-1]
        return bool(children) or " ".join(parts).rstrip().endswith(":")

    def contact_under_item(self, index: int) -> bool:
        """A labelled contact line under a list item ("Tel: 01632 960 123" under "If your
        wound leaks, call the ward:"): run into the item, it and the lines after it ("Ward 12,
        Level 3") had read as one, the number running into the ward's. A line that finishes
        the item's sentence ("... call" / "Tel: ...", a PDF's wrapped line) is the item's."""
        text = plain_line(self.lines[index].text)
        above = self.lines[index - 1]
        return bool(
            (_CONTACT_LINE.match(text) or (_LABELLED.match(text) and _CONTACT.search(text)))
            and not above.wraps
            and not above.joins_next
            and not ENDS_ASKING_FOR_A_NUMBER.search(plain_line(above.text))
            and not self.label_over_its_contact(index - 1)
        )

    def continues_item(self, index: int, base_indent: int) -> bool:
        """A line under a list item carries on that item when it is indented or starts in lower
        case; otherwise the list has ended, blank line or not."""
        line = self.lines[index]
        text = line.text.strip()
        if line.heading:
            return False  # a Word heading under "... where the needle went in" is no more of it
        above = plain_line(self.lines[index - 1].text) if index else ""
        if line.indent > base_indent and above and not _ENDS_SENTENCE.search(above):
            return True  # "• Day 1: infusion in the" / "Day Treatment Unit (DTU)": one item
        if above and (above.endswith(",") or _NOT_A_HEADING_END.search(above)):
            return not _LIST_ITEM.match(text)  # "If you use a" / "FreeStyle Libre 2 ...": wrapped
        if self.heading_level(index) is not None or self.is_form_label(index):
            return False
        if _PICTURE_LINE.match(plain_line(text)) or "|" in text:
            return False
        # a sentence between two bullets, no blank line either side, is the first's: "•
        # Difflam ... every 1½ to 3 hours as needed." / "Do not use it for more than 7 days
        # ..." / "• Gelclair ..." (the limit had become a paragraph, the list cut in two)
        following = index + 1 < len(self.lines) and self.lines[index + 1]
        between_items = (
            bool(following)
            and not following.blank
            and _LIST_ITEM.match(following.text.strip()) is not None
            and not text.endswith(":")
            and not _LIST_ITEM.match(text)
            and not _NEGATIVE_LEAD_IN.match(plain_line(text))  # "Do not" over the next list
        )
        return line.indent > base_indent or text[:1].islower() or between_items

    def emit_list(
        self, first: SourceLine, kind: str, items: list, nested: list, lead_in: str = ""
    ) -> None:
        lead_in = lead_in or self.negative_lead_in()
        # the leaflet's own language's ban ("Nie wolno:"), said with each item by its row
        own_ban = ban_lead_in(self.language, plain_line(lead_in)) if lead_in else None
        # a ban left open at its colon ("DO NOT EAT:") leads into items in capitals too
        left_open = open_ban(lead_in)
        lead_in = lead_in.strip().rstrip(":").strip()
        lines: list[str] = []
        led = False  # an item was given the lead-in's words
        kept: list[str] = []  # items in capitals under a ban that were not given its words
        banning = left_open or _BANS.match(lead_in) is not None or own_ban is not None
        bare_lead_in = (
            bool(lead_in)
            and not self.body[-1].startswith("#")
            and plain_line(self.body[-1]).rstrip(":").lower() == lead_in.lower()
        )
        lead_in = _ban_in_ordinary_case(lead_in)  # "DO NOT" over items: "Do not put ..."
        if own_ban is not None:
            lead_in = own_ban[1] or own_ban[2]  # "NIE WOLNO:" over items: "Nie wolno pić ..."

        def governed_by(text: str) -> str:
            """The words the item is said with under the lead-in, "" for none."""
            if own_ban is not None:
                return _own_ban_words(self.language, own_ban, text)
            return lead_in if lead_in and _governed_by(lead_in, text, left_open) else ""

        said_items: list[str] = []
        for _marker, parts, _children in items:
            # (a Word item's tabs before its choices, "Do you have a pacemaker?<tab>Yes ☐", as
            # a paragraph's are: spaces)
            text = " ".join(" ".join(parts).split())
            if _shouted_line(text, least=2):
                # "DO NOT:" over "SMOKE WHILE WEARING A PATCH": each item as a heading in
                # capitals is written (it had been "Do not SMOKE WHILE WEARING A PATCH")
                text = self.ordinary_case(first, text, "list item")
            said_items.append(text)
        # "Do not" alone over items that each say it (or are given it) goes, unless a list is
        # above it, or an item would not say it: then it stays, the lead-in "Do not:", its
        # own list's, apart from the list above (gone, the two lists became one, the bans run on
        # under "For the first few days:" or a heading's "For the first 2 days"). Each item
        # still says it: no format says the lead-in with each, and "Do not:" over "- Let your
        # child walk on the cast" was read out as an instruction to do it
        lead_in_stays = bare_lead_in and (
            self.a_list(len(self.body) - 2)
            or not all(
                governed_by(text) or re.match(re.escape(lead_in), text) for text in said_items
            )
        )
        deeper = False  # a list three deep: an item under an item under an item
        for (marker, _parts, children), text in zip(items, said_items, strict=True):
            governed = governed_by(text)
            # (an item starting with a figure, "2 or more sleeping tablets", cannot take it;
            # under a ban in the leaflet's own language, every item not given it is flagged)
            if not governed and banning and (
                text[:1].isupper() or text[:1].isdigit() or own_ban is not None
            ) and not _SAYS_ITS_OWN_BAN.match(text) and not _own_ban_said(self.language, text):
                kept.append(text)
            if governed:
                text = (
                    ban_said_with(self.language, own_ban, _lower_first(text)) if own_ban
                    else f"{governed} {_lower_first(text)}"
                )
                led = True
            if children:  # a list inside a list stays with the item it belongs to
                deeper = deeper or any(c[2] > children[0][2] + 1 for c in children)
                said = [f"{m} {t}" if _marker_kind(m) != "bullet" else t
                        for m, t in _qualified_by_their_items(children)]
                if re.search(r"[.!?]$", text.rstrip()):
                    # "Do not swim. Cover it with a sleeve when you shower.": sentences under a
                    # sentence stay sentences, so no "not" reaches over into them
                    text = " ".join([text.rstrip(), *(_as_a_sentence(t) for t in said)])
                else:
                    text = f"{text.rstrip(':')}: {_run_together(said)}"
            if kind == "number":
                value = int(re.sub(r"\D", "", marker))
                lines.append(f"{value}. {self.english_run(self.inline(text, first), text)}")
                continue
            if kind in ("letter", "roman"):
                text = f"({marker.strip('().')}) {text}"
            lines.append(f"- {self.english_run(self.inline(text, first), text)}")
        if lead_in_stays:
            self.body[-1] = _with_a_colon(self.body[-1])
        elif bare_lead_in:
            self.body.pop()
        elif (
            led and own_ban
            and (ending := ban_ending_lead_in(self.language, self.body[-1]))
            and all(governed_by(text) or _own_ban_said(self.language, text) for text in said_items)
        ):
            # "Przez 24 godziny nie wolno:" over items each now "Nie wolno ...": the ban said
            # once, by the items, the lead-in "Przez 24 godziny:"
            said = plain_line(self.body[-1])
            self.body[-1] = self.body[-1][: ending[1]].rstrip(" ,;:") + ":"
            self.decide(first, f"the lead-in {_quote(said)} leaves its ban to its items, each "
                        "now saying it")
        elif led and not own_ban and (before := _LEAD_IN_BAN_AT_END.search(self.body[-1])) and all(
            _governed_by(lead_in, text, left_open) or _SAYS_ITS_OWN_BAN.match(text)
            or re.match(re.escape(lead_in), text, re.IGNORECASE)
            for text in said_items
        ) and re.search(r"\w", self.body[-1][: before.start()]):
            # "For 24 hours do not:" over items each now "Do not ...": the ban said once, by
            # the items ("For 24 hours do not:" / "- Do not drive" had said it twice)
            said = plain_line(self.body[-1])
            self.body[-1] = (
                self.body[-1][: before.start()] + ":" + before["close"]
                if not self.body[-1].startswith("#")
                else self.body[-1][: before.start()] + before["close"]
            )
            self.decide(first, f"the lead-in {_quote(said)} leaves its ban to its items, each "
                        "now saying it")
        self.body.append("\n".join(lines))
        numbers = [ln.split(".")[0] for ln in lines] if kind == "number" else []
        described = f"numbered {', '.join(numbers)}" if numbers else f"{len(lines)} items"
        self.decide(first, f"list, {described}")
        if led:
            self.warn(
                first,
                f"the items of the list under '{lead_in}' now each begin '{lead_in} ...', so no "
                "format reads them as instructions: check they read right",
            )
        if kept:
            self.warn(
                first,
                f"under '{lead_in}', {', '.join(map(_quote, kept))} kept "
                f"{'its' if len(kept) == 1 else 'their'} words: if '{lead_in}' bans "
                f"{'it' if len(kept) == 1 else 'them'}, read alone each says to do what the "
                "leaflet bans; " + (
                    f"write each as '{lead_in} ...'" if own_ban is None
                    else "write the ban into each as the language says it"
                ),
            )
        if nested:
            self.warn(
                nested[0],
                "a list inside a list was joined to the item above it (formats cannot carry "
                "lists in lists)" + (
                    ", and an item under one of its items is in brackets after that item"
                    if deeper else ""
                ) + ": check the item still reads right",
            )

    def answers_yes_or_no(self, own_ban: tuple[str, str, str]) -> bool:
        """Whether a one-word ban lead-in ("Nie:", also Polish for "No:") may be the answer to a
        question: the block above it asks one, or another line of one word and a colon stands
        straight over a list (the chart's other answer, "Tak:"). "Nie:" over "– kontynuuj
        przyjmowanie leku" there says what to do, and "Nie kontynuuj ..." would ban it."""
        if len(own_ban[0].split()) > 1:
            return False
        if len(self.body) > 1 and plain_line(self.body[-2]).rstrip().endswith("?"):
            return True
        for index, line in enumerate(self.lines):
            word = plain_line(line.text)
            after = self.next_text_line(index)
            if (
                re.fullmatch(r"\w+:", word) and word[:-1].lower() != own_ban[0]
                and after is not None and _LIST_ITEM.match(self.text_at(after))
            ):
                return True
        return False

    def negative_lead_in(self) -> str:
        """ "Do not" (a heading or a line ending ':') directly over a list governs every item."""
        if not self.body:
            return ""
        last = self.body[-1].lstrip("#> ").strip()
        if own_ban := ban_lead_in(self.language, plain_line(last)):
            # "Nie wolno:" in a Polish leaflet; "Nie:" ("No:") under a question leads into what
            # to do then, no ban
            return "" if self.answers_yes_or_no(own_ban) else plain_line(last)
        # "Przez 24 godziny nie wolno:" ("For 24 hours you must not:") over "prowadzić
        # samochodu": each is "Nie wolno ...", as under "For 24 hours do not:"
        if own_ending := ban_ending_lead_in(self.language, plain_line(last)):
            return own_ending[0][0] + ":"
        if _NEGATIVE_LEAD_IN.match(plain_line(last)) and len(last.split()) <= 6:
            # (its colon kept, a heading's too: a ban left open at it leads into its items)
            colon = ":" if len(self.body) - 1 in self.left_open else ""
            said = plain_line(last)
            return said if said.endswith(":") else said + colon
        # "For 24 hours do not:" over "drive", "drink alcohol": each is "Do not ..." (said
        # alone, each was heard as an instruction to do it)
        if ending := _NEGATIVE_LEAD_IN_END.search(plain_line(last)):
            return ending["words"][0].upper() + ending["words"][1:].lower()
        return ""

    def columns_under_pictures(
        self, rows: list[list[str]], first: SourceLine
    ) -> list[list[str]] | None:
        """A table with no header whose rows of pictures' places ("[Picture 1]" ... "[Picture
        6]") stand over (or under) rows of text: each column under a row of pictures, up to the
        next, is one item, its cells in order, the pictures left out (no format has them to
        show) and warned of. None for any other table."""
        def pictures_only(row: list[str]) -> bool:
            return any(row) and all(_PICTURE_PLACEHOLDER.fullmatch(c) for c in row if c)

        marked = [pictures_only(row) for row in rows]
        if len(rows) < 2 or all(marked) or not (marked[0] or marked[-1]):
            return None
        bands: list[list[list[str]]] = []
        for row, pictures in zip(rows if marked[0] else rows[::-1], marked if marked[0] else
                                 marked[::-1], strict=True):
            if pictures:
                bands.append([])
            bands[-1].append(row)
        if not marked[0]:  # the pictures under their text: each band read back in its order
            bands = [band[::-1] for band in bands[::-1]]
        left_out = [c for band in bands for column in zip(*band, strict=True) for c in column
                    if c and _PICTURE_PLACEHOLDER.fullmatch(c)]
        columns = [
            [c for c in column if c and not _PICTURE_PLACEHOLDER.fullmatch(c)]
            for band in bands for column in zip(*band, strict=True)
        ]
        self.left_out += left_out
        self.warn(first, f"{len(left_out)} picture placeholder(s) in the table "
                  f"({_quote('; '.join(left_out), 40)}) were left out, and each column under "
                  "them read as one item: put each picture under its step with its alt text")
        return [column for column in columns if column]

    def table(self, index: int) -> int:
        rows: list[list[str]] = []
        header_marked = after_header = False
        end = index
        while end < len(self.lines):
            line = self.lines[end]
            if line.cells is not None:
                cells = list(line.cells)
                header_marked = header_marked or (line.header_row and not rows)
            elif "|" in line.text and not line.blank:
                cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                    header_marked = bool(rows)
                    end += 1
                    continue
            else:
                break
            # the header row repeated on the next page, and a second header row under it
            # (an empty row under an empty row is another row to write in, not a repeat)
            # (a row of labelled blanks is a row to write in, however many: a diary's three
            # lines "Date: ____  Temperature: ____" had been one, the others taken for repeats)
            repeated = bool(rows) and any(cells) and not _labelled_blanks(cells) and (
                cells == rows[0] or after_header and rows[1:2] == [cells]
            )
            after_header = bool(rows) and cells == rows[0]
            if repeated:
                pass
            elif rows and self.row_goes_on(end, cells, len(rows[-1])):
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
            end += 1
        if joined := joined_header(rows):
            rows[:2] = [joined]
            header_marked = True
        first = self.lines[index]
        if first.cells is None and len(rows) > 1 and all(len(row) <= len(rows[0]) for row in rows):
            # a typed row's empty cells at its end, its last bar dropped: "1   |      |      |"
            # under "Day | Date | Time | Site (L/R)"
            rows = [row + [""] * (len(rows[0]) - len(row)) for row in rows]
        widths = {len(row) for row in rows}
        if not any(cell for row in rows for cell in row) and len(widths) == 1:
            return self.empty_table(index, rows, end)
        if len(rows) > 1 and (labels := _labelled_blanks(rows[0])) and all(
            row == rows[0] for row in rows
        ):
            # the same labelled blanks line after line are a record to write in: its labels
            # the headings, a row to fill in for each line
            rows = [labels, *([""] * len(labels) for _ in rows)]
            header_marked = True
        if first.cells is not None and [len(row) for row in rows] == [1]:
            text, end = self.box_going_on(rows[0][0], end)
            self.box(text, first)
            return end
        if len(rows) == 1 or len(widths) != 1 or widths == {1}:
            cells = [c for row in rows for c in row if c]
            joined = "; ".join(self.inline(c, first) for c in cells)
            self.body.append(joined)
            kind = "a table of one row or column" if first.cells is not None else "a line with '|'"
            self.decide(first, f"{kind} read as text: {_quote(joined)}")
            return end
        has_header = header_marked or looks_like_header(rows)
        if not has_header and (columns := self.columns_under_pictures(rows, first)):
            # a poster's row of "[Picture 1]" ... "[Picture 6]" over its steps: each column is
            # one step, its picture left out and said (run together as rows, the six steps had
            # been one item, which the reader refused as a list inside a list)
            rows = columns
        if not has_header:
            cells = [c for row in rows for c in row if c]
            # steps numbered in their cells ("1. Form a fist ...") are a numbered list: as
            # bullets, each was said "1. ..." after nothing, and Easy Read lost the numbers
            # ... and so are steps labelled so, the label a paragraph over its step ("Step 1"
            # / "Keep the rash clean ...": bullets "Step 1; Keep the rash ...", the label run
            # into its step as if another thing)
            numbers = [_NUMBERED_CELL.match(c) for c in cells]
            if all(numbers) and [int(n["number"]) for n in numbers] == list(
                range(int(numbers[0]["number"]), int(numbers[0]["number"]) + len(cells))
            ):
                items = [
                    self.inline(f"{n['number']}. {c[n.end():]}", first)
                    for n, c in zip(numbers, cells, strict=True)
                ]
                self.body.append("\n".join(items))
            else:
                # ... any other grid a row an item: a cell each, a strength and its colour
                # ("1 mg" / "brown" / "3 mg" / "blue") were read apart, neither with the other
                items = [
                    self.inline(_label_and_advice([c for c in row if c]), first)
                    for row in rows
                    if any(row)
                ]
                numbers = [_NUMBERED_CELL.match(item) for item in items]
                if all(numbers) and [int(n["number"]) for n in numbers] == list(
                    range(int(numbers[0]["number"]), int(numbers[0]["number"]) + len(items))
                ):
                    # rows numbered in their first cell ("1. Morning" / "Take 2 tablets ..."):
                    # a numbered list, as "- 1. Morning: ..." was a list inside a list, which
                    # no format builds
                    self.body.append("\n".join(
                        f"{n['number']}. {item[n.end():]}"
                        for n, item in zip(numbers, items, strict=True)
                    ))
                else:
                    self.body.append("\n".join(f"- {item}" for item in items))
            self.decide(first, f"a table with no header row read as a list of {len(items)} items")
            return end
        header, *body = rows
        markdown = [
            "| " + " | ".join(self.cell(c, first) for c in header) + " |",
            "|" + "---|" * len(header),
            *("| " + " | ".join(self.cell(c, first) for c in row) + " |" for row in body),
        ]
        self.body.append("\n".join(markdown))
        self.decide(
            first,
            f"table of {len(body)} rows under the headings {', '.join(map(_quote, header))}",
        )
        return end

    def empty_table(self, index: int, rows: list[list[str]], end: int) -> int:
        """A table with no words in it. Of two rows or more, and columns, it is a record to
        write in whose headings are missing (a 3 x 2 grid had gone with no word said): kept
        as a table to fill in, its columns numbered, and a person asked to name them. A row
        alone is a layout table's spacer, dropped and said so."""
        first = self.lines[index]
        if len(rows) < 2 or len(rows[0]) < 2:
            what = "row" if len(rows) < 2 else "column"
            self.decide(first, f"dropped an empty table of one {what} (a spacer in the layout)")
            return end
        header = [f"Column {number}" for number in range(1, len(rows[0]) + 1)]
        self.body.append("\n".join([
            "| " + " | ".join(header) + " |",
            "|" + "---|" * len(header),
            *("|" + "  |" * len(row) for row in rows),
        ]))
        self.warn(first, f"an empty table of {len(rows)} rows and {len(header)} columns, with "
                  "no headings, is kept as a table to fill in: give each column its heading "
                  "in place of 'Column 1', 'Column 2', ..., or delete it if it is only layout")
        return end

    def row_goes_on(self, index: int, cells: list[str], width: int) -> bool:
        """A row split over a page break: the first row on a new page whose every cell goes on
        in lower case ("More than 1 | Low white blood cells," / "in 10 (10%) | hair loss")."""
        page = re.match(r"page (\d+)", self.lines[index].where)
        before = re.match(r"page (\d+)", self.lines[index - 1].where) if index else None
        return (
            page is not None
            and before is not None
            and page[1] != before[1]
            and len(cells) == width
            and all(cell[:1].islower() for cell in cells if cell)
            and any(cells)
        )

    def cell(self, text: str, line: SourceLine) -> str:
        return self.english_run(self.inline(text, line).replace("|", "\\|"), text)

    # ---- inline text: fill-in fields ----------------------------------------------------------

    def inline(self, text: str, line: SourceLine) -> str:
        """Text with each fill-in blank as a labelled field: "Hold for ____ seconds" ->
        "Hold for [seconds]{.field}", "Date: ........" -> "[Date:]{.field}"."""
        text = _RECORD_HERE.sub(lambda m: self.field_markdown(m["label"], line, m[0]), text)
        if row := _FORM_ROW.search(text):
            labelled = re.sub(_UNMARKED_LABEL, r"\g<label>: ", row.group())
            text = text[: row.start()] + labelled
        out: list[str] = []
        position = 0
        named = ""  # the last blank's label
        for match in _BLANK.finditer(text):
            if match.start() < position:
                continue
            start = match.start()  # of what the field was made from, for the report
            before = text[position : match.start()]
            after = text[match.end() :]
            # the second of a range of two blanks leaves the unit after it to the range, as
            # the audio and a filled-in form read it: "is ____ to ____ mmol/L" is one range
            # in mmol/L (its second blank taking the unit, the first had been a bare blank)
            closes_range = named == UNNAMED_BLANK and RANGE_JOIN.fullmatch(before) is not None
            unit = None if closes_range else _UNIT_AFTER.match(after)
            if unit and _NEXT_BLANK.match(after, unit.end()) and (
                unit["label"][:1].isupper() or _ONE_OF_A_COUNT.fullmatch(unit["label"])
            ):
                unit = None
            if unit and unit["label"][:1].isupper() and _NEXT_LABEL.match(after, unit.end()):
                unit = None
            if unit and _QUALIFIED_LABEL.search(before):
                unit = None  # "Peak flow: best ____ L/min" is the best peak flow
            if unit:
                label = re.sub(r"\s*/\s*", "/", unit["label"])  # "ml / hour" as "ml/hour"
                consumed = match.end() + unit.end()
                if after[unit.end() :].startswith("(s)") and not label.endswith("s"):
                    label, consumed = f"{label}s", consumed + 3  # "____ dose(s)": "doses"
            elif (labelled := _LABEL_BEFORE.search(before)) and not is_a_rule(
                labelled["label"]
            ):
                label = f"{labelled['label']}:"
                before = before[: labelled.start("label")]
                # its hint is the blank's: "appointment: ____ (date) at" ("(date)" had stayed, said)
                consumed = match.end() + (hint.end() if (hint := _HINT_AFTER.match(after)) else 0)
                if labelled["title"]:
                    start = match.start() - len(labelled["title"])
            elif labelled := _NUMBER_LABEL_BEFORE.search(before):
                label = labelled["label"]  # "Patient's NHS no. ____" names its blank
                before = before[: labelled.start("label")]
                consumed = match.end()
            elif qualified := _QUALIFIED_LABEL.search(before):
                named = qualified["label"]
                named = named if named[1:2].isupper() else named[:1].lower() + named[1:]
                label = f"{qualified['which'].lower()} {named}"
                consumed = match.end()
            elif (counted := _COUNTED_AFTER.match(after)) and _plural_of(
                counted["one"], counted["many"]
            ):
                label = f"number of {counted['what']}{counted['many']}"
                consumed = match.end()
            elif (
                not closes_range
                and (counted := _PLURAL_AFTER.match(after))
                and _GIVING_BEFORE.search(before)
            ):
                label = counted["label"]  # "Take ____ bottles": so many bottles
                consumed = match.end() + counted.end()
            elif side := _SIDE_AFTER.match(after):
                label = f"which {side['part']}"  # "in your ____ eye": left or right
                consumed = match.end()
            elif hint := _HINT_AFTER.match(after):
                label = "phone number" if hint["phone"] else hint["label"].lower()
                if label == "day":  # "on ____ (day)" asks which day, not how many
                    label = "day of the week"
                consumed = match.end() + hint.end()
            elif _HALF_OF_THE_DAY_AFTER.match(after):
                label = "time"  # "no later than ____ pm" ("pm" stays, after the time written)
                consumed = match.end()
            elif _opens_a_range_in_a_unit(after):
                label = UNNAMED_BLANK  # the range's first number: the next blank takes the unit
                consumed = match.end()
            else:
                label = _bare_blank_label(match.group(), before, text[: match.start()])
                consumed = match.end()
            out.append(before)
            out.append(self.field_markdown(label, line, text[start:consumed]))
            position, named = consumed, label
        out.append(text[position:])
        return "".join(out)

    def box_going_on(self, text: str, end: int) -> tuple[str, int]:
        """A box whose words stop mid-sentence at a page's foot ("... Keep drinking sugar-free
        fluids and") with the lines that finish its sentence at the next page's head, and the
        index after them: the notice had been cut in two, its first half given a full stop it
        never had and its second a paragraph of its own."""
        while end < len(self.lines) and goes_on_after(plain_line(text.splitlines()[-1])):
            line = self.lines[end]
            words = line.text.strip()
            if line.cells is not None or line.heading or not re.match(r"[a-z\d]", words):
                if line.blank:
                    end += 1
                    continue
                break
            text, end = f"{text} {words}", end + 1
        return text, end

    def box(self, text: str, line: SourceLine) -> None:
        """A Word table of one cell is a box drawn round its words. A box of a safety message
        ("Important: ...", "Do not take aspirin ...") is a notice, kept prominent in every
        format; any other box (an address, a contact) is its paragraphs."""
        paragraphs = box_paragraphs(text, self.language)
        if not paragraphs:
            return
        plain = plain_line(paragraphs[0])
        # (a Word table of one cell, Word paragraphs drawn round with a border, or a text box)
        kind = (
            "a text box" if line.where.endswith("(its text box)")
            else "a bordered box" if line.where.startswith("paragraph") else "a box of one cell"
        )
        if boxed_notice(paragraphs, language=self.language):
            paragraphs[0] = _label_in_ordinary_case(paragraphs[0], self.language)
            # a notice is one run of words: a box's unpunctuated lines (a list of when to call)
            # are kept apart ("dark red or black; you have had no output ...")
            # ... and the last before a sentence of its own ("Call Eye Casualty on ...") ends
            following = [*paragraphs[1:], ""]
            paragraphs = [
                p if re.search(r"[.!?:;]$", plain_line(p))
                else p + (";" if plain_line(after)[:1].islower() else ".")
                for p, after in zip(paragraphs, following, strict=True)
            ]
            signs, after = _signs_listed(paragraphs)
            if signs:
                # the lead-in over its signs, listed in the box ("Call 999 if you:" / "- ...")
                listed = "\n".join(f"> - {self.inline(sign, line)}" for sign in signs)
                closing = "".join(f"\n>\n> {self.inline(p, line)}" for p in after)
                self.body.append(f"> {self.inline(paragraphs[0], line)}\n>\n{listed}{closing}")
            else:
                self.body.append("\n>\n".join(f"> {self.inline(p, line)}" for p in paragraphs))
            self.decide(line, f"{kind} read as a notice: {_quote(plain)}")
        else:
            others = [p for p in paragraphs if _in_another_language(p)]
            if _offer_in_languages(others):
                # a box of the offer in other languages: config's own lines stand for them
                for other in others:
                    self.left_to_config(other, line)
                paragraphs = [p for p in paragraphs if p not in others]
            heading = box_heading(paragraphs) if kind == "a text box" else ""
            if heading:
                # a text box's bold first line heads its contents, a level under the section
                # it stands beside (Word's reader sets it after the section's text)
                paragraphs = paragraphs[1:]
                levels = [len(b) - len(b.lstrip("#")) for b in self.body if b.startswith("#")]
                level = min(levels[-1] + 1, 4) if levels else 2
                self.body.append(f"{'#' * level} {self.ordinary_case(line, heading, 'heading')}")
            for paragraph in paragraphs:
                language = _language_of(paragraph)
                inline = self.inline(paragraph, line)
                if find_language(language) and language not in ("en", self.language):
                    inline = f"[{inline}]{{lang={language}}}"  # the box's Urdu line: Urdu
                elif not language:
                    inline = self.english_run(inline, paragraph)
                self.body.append(inline)
            said = f", its heading {_quote(heading)}" if heading else f": {_quote(plain)}"
            self.decide(line, f"{kind} read as text{said}")

    def field_markdown(self, label: str, line: SourceLine, original: str) -> str:
        self.decide(line, f"fill-in field '{label}' (from {_quote(original, 40, plain=False)})")
        return f"[{label.strip()}]{{.field}}"

    # ---- the front matter ---------------------------------------------------------------------

    def whole_version(self, value: object, line: SourceLine | None) -> int:
        """A version as the whole number the front matter keeps: "2.1", found in the text or
        given with --version, is kept as 2 with a warning to check it."""
        text = str(value).strip()
        if not re.fullmatch(r"v?\d{1,3}(?:\.\d+)*", text, re.IGNORECASE):
            raise LeafletError(
                f"{self.where}: version '{text}' is not a version number: give a whole number, "
                "such as --version 2"
            )
        number, dropped = version_number(text)
        if number == 0:
            raise LeafletError(f"{self.where}: version '{text}' is not a version a leaflet is "
                               "published at: versions start at 1")
        if dropped:
            self.warn(line, f"version {text} is kept as {number}: versions are whole numbers "
                      "here; check it")
        return number

    def given_month(self, key: str, value: object) -> str:
        """A date typed by hand as the month the front matter keeps ("March 2024": 2024-03);
        one that is no month is refused ("soon" had been written into the front matter, and
        every build stopped on it)."""
        month = year_month(str(value).strip())
        if month is None:
            raise LeafletError(
                f"{self.where}: {_GIVEN_DATES[key]} '{value}' is not a month: give it such as "
                "2024-03 or March 2024"
            )
        return month

    def given_organisation(self, value: object) -> str | None:
        """The trust that wrote the leaflet, typed by hand: a name on one line. This trust's
        own name is left to config/organisation.yaml (None), as when found in the file."""
        name = re.sub(r"[ \t]+", " ", str(value)).strip()
        if found := control_character(name):
            raise LeafletError(
                f"{self.where}: the organisation's name holds a control character "
                f"(U+{ord(found[0]):04X}): type it again"
            )
        if len(name) > _LONGEST_NAME:
            raise LeafletError(
                f"{self.where}: the organisation's name ({len(name):,} characters) is too long: "
                f"give the trust's name, at most {_LONGEST_NAME} characters"
            )
        if not re.search(r"[^\W\d_]", name):
            raise LeafletError(f"{self.where}: '{name}' is not an organisation's name: give the "
                               "trust's name, such as Hull University Teaching Hospitals NHS Trust")
        if running_trust(name):
            self.decisions.append(f"organisation {name!r} given by hand is this trust's own: "
                                  "left to config/organisation.yaml")
            return None
        return name

    def other_trusts_named(self, author: str) -> None:
        """Warns, in one line, where the file names a trust or board other than config's and
        the leaflet's author: a leaflet from "Royal Devon University Healthcare" (beside its
        department) or adapted from "Nottingham University Hospitals NHS Trust" had been
        said in every format to be config's trust's, with nothing said at import. A trust the
        import judged already (the author, a partner, one of two named alike) is not warned of
        again."""
        if "organisation" in self.given:
            return
        found: dict[str, SourceLine] = {}
        for line in self.read:
            for name in trusts_in(plain_line(line.text)):
                seen = [author] if author else []
                seen += [other for _, other, _ in self.organisations]  # judged (a partner)
                if running_trust(name) or any(_same_trust(name, other) for other in seen):
                    continue
                if not any(_same_trust(name, other) for other in found):
                    found[name] = line
        if found:
            names = " and ".join(_quote(name, 80) for name in found)
            self.warn(
                next(iter(found.values())),
                f"the file names {names}, not config's trust "
                f"({organisation().name}): every format will say the leaflet is config's "
                "trust's; if another trust wrote it, set 'organisation:' in the front matter "
                "(or give --organisation)",
            )

    def finish(self) -> Imported:
        front = self.front
        values: dict = {}
        for key in ("number", "version", "title", "department", "audience"):
            if key in front:
                value = front[key]
                values[key] = value[0] if isinstance(value, tuple) else value
        if "department" in values:
            where = front["department"][1] if isinstance(front["department"], tuple) else None
            values["department"] = self.name_in_ordinary_case(
                where, values["department"], "department")
        decided = self.organisation_decided()
        if decided and not running_trust(decided[0]):
            values["organisation"] = decided[0]  # another trust's leaflet
            self.decide(decided[1], f"written by {_quote(values['organisation'])}"
                        ", not config's trust: every format names it as the leaflet's author")
        self.other_trusts_named(values.get("organisation", ""))
        if "number" in front and len(str(values["number"])) > MAX_REFERENCE:
            line = front["number"][1]
            raise LeafletError(
                f"{self.where}: {line.where + ': ' if line else ''}a reference of "
                f"{len(str(values['number'])):,} characters is too long: a leaflet reference is "
                f"at most {MAX_REFERENCE} (such as 442, PHY-0412 or HEY-665/2021)"
            )
        months, problems = leaflet_dates({k: front[k][0] for k in FOUND_DATE_KEYS if k in front})
        values.update(months)  # (each for what it is: "Issued" is no review)
        for key, problem in problems.items():
            self.warn(front[key][1], problem)
        if "version" in values:
            values["version"] = self.whole_version(values["version"], front["version"][1])
        for key, value in self.given.items():
            if key in _GIVEN_DATES:
                value = self.given_month(key, value)
            elif key == "version":
                value = self.whole_version(value, None)
            elif key == "organisation":
                value = self.given_organisation(value)
                if value is None:
                    values.pop("organisation", None)
                    continue
            values[key] = value
            self.decisions.append(f"{key.replace('_', ' ')} {value!r} given by hand")
        not_given = {}
        for key in _REQUIRED:
            if key not in values:
                option = "--reference" if key == "number" else f"--{key}"
                self.warn(
                    None,
                    f"no {'reference' if key == 'number' else key} found: give it with {option} "
                    f"or add '{key}:' to the front matter before building",
                )
                not_given[key] = self.warnings[-1]
        if "next_review" not in values:
            self.warn(*self.review_year_alone())
            not_given["next_review"] = self.warnings[-1]
        if str(values.get("number", "")).isdigit() and not str(values["number"]).startswith("0"):
            values["number"] = int(values["number"])
        missing = [entry for key, entry in self.contents.items() if key not in self.found_headings]
        if missing:
            self.warn(
                None,
                "the contents list names headings not found in the text: "
                + ", ".join(f"'{entry}'" for entry in missing),
            )
        if not self.body:
            self.warn(None, "no text was found for the body of the leaflet")
        ordered = {
            key: values[key] for key in (*_REQUIRED, "audience", "organisation") if key in values
        }
        ordered.update({k: values[k] for k in DATE_KEYS if k in values})
        ordered["language"] = "en-GB" if self.language == "en" else self.language
        if self.language != "en":
            name = find_language(self.language).english_name
            self.warn(None, (
                f"the leaflet is in {name}: it is saved as a translation, "
                "source/<reference>-<slug>.md; if the trust has it in English too, give it "
                f"that leaflet's name with .{self.language} before .md (README, 'Adding a "
                "leaflet'), and write its Easy Read by hand"
            ))
        decisions = self.decisions + [text for _, text in sorted(self.ordered_decisions)]
        return Imported(
            ordered, self.body, self.warnings, decisions, missing=not_given,
            left_out=self.left_out,
        )


def _named_as(heading: str) -> set[str]:
    """The letters a heading goes by, with its number and without ("1. Before your operation"
    is "Before your operation" in a contents list that does not number its entries)."""
    names = {_letters(heading)}
    if item := _LIST_ITEM.match(heading):
        names.add(_letters(item["text"]))
    return names


def _qualified_by_their_items(children: list[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """A nested list's items (marker, text, indent), each item further in than the first
    said after the item above it, in brackets ("White bread, white rice and white pasta
    (plain, without seeds or skins)"), or as sentences after one that ends a sentence. Joined
    as its siblings, "Plain, without seeds or skins" had read as a food of its own."""
    grouped: list[list] = []  # [marker, text, the items under it]
    for marker, text, indent in children:
        if grouped and indent > children[0][2] + 1:
            grouped[-1][2].append((marker, text, indent))
        else:
            grouped.append([marker, text, []])
    said: list[tuple[str, str]] = []
    for marker, text, under in grouped:
        if under:
            parts = [f"{m} {t}" if _marker_kind(m) != "bullet" else t
                     for m, t in _qualified_by_their_items(under)]
            if re.search(r"[.!?]$", text.rstrip()):
                text = " ".join([text.rstrip(), *(_as_a_sentence(t) for t in parts)])
            else:
                inner = _run_together([_lower_first(t) if t.split() else t for t in parts])
                inner = inner.rstrip(" .;")
                text = f"{text.rstrip().rstrip(':')} ({inner})"
        said.append((marker, text))
    return said


def _as_a_sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if re.search(r"[.!?]$", text) else ".")


def _label_and_advice(cells: list[str]) -> str:
    """A row's cells as one item: a short name and what to do about it as "Alcohol: Keep to 14
    units a week or less" (not "Alcohol; Keep ...", two things), any other run together."""
    if len(cells) == 2 and len(cells[0].split()) <= 3 and not re.search(r"[.,;:!?]$", cells[0]):
        if _INSTRUCTION_CELL.match(cells[1]):
            return f"{cells[0]}: {cells[1]}"
    return _run_together(cells)


_LABELLED_BLANK = re.compile(
    rf"(?P<label>[A-Z][\w'’ /()-]{{0,40}}?)\s*:?\s*(?:{_BLANK.pattern})\s*"
)


def _labelled_blanks(cells: list[str]) -> list[str]:
    """The labels of a row whose every cell is a label and its blank ("Date: ____" |
    "Temperature: ____"), [] for any other row."""
    said = [_LABELLED_BLANK.fullmatch(cell) for cell in cells]
    return [m["label"] for m in said] if said and all(said) else []


def _run_together(items: list[str]) -> str:
    """Items joined into one line: "; " between them, or a space after an item that ends with
    its own stop or comma ("a) amlodipine, or b) ramipril.", not "or; b)")."""
    joined = items[0]
    for item in items[1:]:
        joined += " " if re.search(r"(?:[.,;:!?]|\b(?:or|and|then))$", joined) else "; "
        joined += item
    return joined


# An item that says its own ban: "Never sit on the bottom of the bath" under "Do not:" ("Stop
# taking your tablets" there is "Do not stop ...").
# ... its apostrophe curly too, as Word and PDFs write it: "Don’t exercise in very hot weather"
# under "Do Not" had become "Do Not don’t exercise ...", a double negative heard as "do exercise"
_SAYS_ITS_OWN_BAN = re.compile(r"(?:do not|don['’]?t|never|avoid|no|only)\b", re.IGNORECASE)


def _governed_by(lead_in: str, item: str, left_open: bool = False) -> bool:
    """Whether an item under "Do not:" is one more thing not to do, so it is given the words:
    "Drive for 6 weeks" as much as "drive for 6 weeks" (left bare, it was heard as an
    instruction to drive). Not an item that says a ban of its own. Under a ban left open at its
    colon ("Do not eat:"), an item in capitals is one too, unless it is a sentence of its own."""
    if not item[:1].isalpha():
        return False
    if item[:1].isupper() and not _BARE_BAN.fullmatch(lead_in) and (
        not left_open or _OWN_SENTENCE.match(item)
    ):
        return False  # "Stop smoking" over "Nicotine patches are safe": a heading's bullets
    return not re.match(re.escape(lead_in), item, re.IGNORECASE) and not _SAYS_ITS_OWN_BAN.match(
        item
    )


def _own_ban_said(language: str, item: str) -> bool:
    """Whether an item opens with a word for "not" in the leaflet's language ("nie", "nigdy",
    "peidiwch"): it says its own ban, so "Nie wolno" before it would say "not" twice."""
    row = find_language(language)
    first = re.match(r"[\w'’]+", item)
    return bool(row and first and first[0].lower() in row.negations)


def _own_ban_words(language: str, lead_in: tuple[str, str, str], item: str) -> str:
    """The words an item under a ban in the leaflet's own language is said with ("Nie wolno"
    over "prowadzić samochodu"), "" where it takes none: one starting with a figure, one saying
    its own ban, one the words cannot go before (languages.ban_words_for)."""
    if not item[:1].isalpha() or _own_ban_said(language, item):
        return ""
    return ban_words_for(lead_in, item)


_BAN_WORDS = r"do not|don['’]?t|never|you (?:must|should) not|must not"
_BARE_BAN = re.compile(_BAN_WORDS, re.IGNORECASE)
_BAN_IN_A_SENTENCE = re.compile(rf"\b(?:{_BAN_WORDS}|not)\b", re.IGNORECASE)


def _without_bans(sentence: str) -> str:
    """A sentence with its ban's words taken out, each a break between words: set in capitals
    for weight ("After this, DO NOT eat ..."), they are no name the leaflet writes so."""
    return _BAN_IN_A_SENTENCE.sub(" ; ", sentence)


# A ban left open at its colon, its verb and what follows it ("DO NOT EAT:", "Never give:", "You
# must not take:", "Avoid:"): the lines under it, in capitals or not, are what it bans ("Nuts,
# seeds or pips of any kind" under "DO NOT EAT:" had been said bare, an instruction to eat them).
# Not "Stop ...:" ("Stop smoking" heads a section's bullets).
_OPEN_BAN = re.compile(rf"(?:{_BAN_WORDS}|avoid)\b[^.:]{{0,30}}:", re.I)
# An item in capitals that is a sentence of its own, not one more thing the ban above it names:
# "If you are not sure, ask your pharmacist" under "Do not take:" ("Do not take if you are not
# sure, ..."), "All nuts" ("Do not eat all nuts" would allow some).
_OWN_SENTENCE = re.compile(
    r"(?:if|when|unless|until|once|you|we|our|they|it|this|these|there|i|he|she|please|ask|"
    r"call|ring|phone|speak|talk|tell|contact|check|see|most|some|many|all)\b|.*[.!?]\s+\w",
    re.IGNORECASE,
)


# A lead-in that bans, open at a colon or not ("Do not eat" as a heading): items in capitals
# under it that keep their words are warned of.
_BANS = re.compile(rf"(?:{_BAN_WORDS})\b", re.I)


def _unmarked_item_start(text: str) -> bool:
    """Whether a line with no bullet under a ban can be one of its items by how it starts: in
    lower case, or with a figure ("2 or more sleeping tablets" among "drink alcohol" and "sign
    any legal papers" had been cut off the ban as a paragraph). Not a numbered item."""
    return (text[:1].islower() or text[:1].isdigit()) and not _LIST_ITEM.match(text)


def open_ban(text: str) -> bool:
    """Whether a line is a ban left open at its colon ("Do not eat:", "DON'T USE:")."""
    return _OPEN_BAN.fullmatch(plain_line(text).strip()) is not None


def _ban_in_ordinary_case(lead_in: str) -> str:
    """A lead-in's ban as it goes on to each item: "DO NOT" and "Do Not" (a heading in title
    case, whose items had become "Do Not exercise ...") as "Do not"; the words after it kept."""
    if lead_in.isupper():
        return lead_in.capitalize()
    if ban := _BARE_BAN.match(lead_in):
        return ban[0][:1] + ban[0][1:].lower() + lead_in[ban.end() :]
    return lead_in


def _with_a_colon(line: str) -> str:
    """A bare ban kept over its items as the lead-in it is: "Do not" as "Do not:" (a
    "**Do not**" as "**Do not:**"), so no format reads it as a sentence of its own."""
    if plain_line(line).endswith(":"):
        return line
    return re.sub(r"(\w)(\W*)$", r"\1:\2", line, count=1)


def _lower_first(item: str) -> str:
    """ "Drive for 6 weeks" going on from "Do not": "drive"; a name in capitals ("NSAIDs")
    stays."""
    first, *rest = item.split(maxsplit=2)
    # ... nor does a name of words each with a capital: "St John's Wort" (it had been "Do not
    # take st John's Wort")
    if rest and rest[0][:1].isupper() and rest[0] != "I":
        return item
    return item[:1].lower() + item[1:] if first[1:] == first[1:].lower() else item


def _shaped_otherwise(line: SourceLine, text: str) -> bool:
    """Whether a line under a bare ban is in a shape of its own, so no item of it: a heading,
    table row, picture, list item, tick box, contact, blank, a new ban, or a heading's words
    ("When to get help", "Contact us")."""
    return bool(
        line.heading or line.cells is not None or line.picture
        or _LIST_ITEM.match(text) or _TICK_BOX_START.match(text)
        or _CONTACT.search(text) or _BLANK.search(text) or "|" in text
        or _PICTURE_LINE.match(text) or bare_ban(text)
        or _CONTACT_HEADING.match(text) or _HEADING_START.match(text)
    )


def _bans_at_its_colon(text: str) -> bool:
    """Whether a line ending in its colon is a ban leading into what it bans ("Do not:", "Avoid:",
    "For 6 weeks you must not:"): never a blank's label, which would be said as a blank for the
    care team to fill in, its words lost. ("Reason if not given:" names what to write.)"""
    text = plain_line(text).strip()
    return text.endswith(":") and (
        bare_ban(text) or open_ban(text) or _NEGATIVE_LEAD_IN_END.search(text) is not None
    )


# A line that says a ban as a sentence, its verb and more after it ("You must not drive for 24
# hours", "DO NOT EAT OR DRINK AFTER MIDNIGHT"), or an instruction with its dose or time ("Take
# 2 tablets at 8am"): never a heading. A bare "Do not" or "Do not eat" over its items, a heading
# naming bans ("Things you must not do", "When not to take it"), are not such a line.
_BAN_SAID = re.compile(
    r"^(?:(?:you|your [\w'’-]+|they|children|patients)\s+)?(?:must not|mustn['’]t|should not|"
    r"shouldn['’]t|must never|do not|don['’]t|never)\s+[a-z]+(?:\s+[\w'’-]+){2,}",
    re.IGNORECASE,
)
_DOING_WITH_A_FIGURE = re.compile(rf"^(?:please\s+)?{_DOING}\s+[^\d]*\d", re.IGNORECASE)


def says_an_instruction(text: str) -> bool:
    """Whether a line tells the reader what to do, a notice's label before it or not: a ban
    said as a sentence, or a step with its figure; no section's name."""
    text = plain_line(text).strip().strip("*").strip()
    if notice := notice_start().match(text):
        return len(text[notice.end() :].split()) >= 2  # "IMPORTANT - DO NOT EAT ...", ...
    return not text.endswith("?") and bool(
        _BAN_SAID.match(text) or _DOING_WITH_A_FIGURE.match(text)
    )


# The end of a trust's or board's name, wrapped on to a line of its own.
_TRUST_WORDS_ALONE = re.compile(
    r"(?:NHS )?(?:Foundation )?Trust|(?:University )?(?:Teaching )?Health Board", re.IGNORECASE
)


def _reference_beside_details(found: Found) -> Found:
    """A footer's details with one token in a reference's shape left beside them ("Podiatry
    POD-0102" of "Podiatry  POD-0102 v2  Published: March 2025  Page 1"): that token is the
    leaflet's reference (it had been no reference, "Podiatry POD-0102" the leaflet's last line).
    Only a running line's: in the text a bare code beside other words is no reference."""
    if "number" in found.values:
        return found
    shaped = [
        token for token in found.rest.split()
        if re.search(r"[A-Za-z]", token) and re.search(r"\d", token)
        and find_details(token).values.keys() >= {"number"}
    ]
    if len(shaped) != 1:
        return found
    rest = " ".join(token for token in found.rest.split() if token != shaped[0])
    return replace(found, values={**find_details(shaped[0]).values, **found.values}, rest=rest)


def bare_ban(text: str) -> bool:
    """Whether a line is a ban and no more ("Do not", "Don't:", "NEVER"), leading into the
    things not to do under it."""
    return _BARE_BAN.fullmatch(plain_line(text).strip().rstrip(":").strip()) is not None


def banned_items(lead_in: str, items: list[str]) -> list[str] | None:
    """The items under a bare ban ("Do not", "Never") each said with its words, as a list under
    "Do not" is: "kneel on your knee" is "Do not kneel on your knee". None when the lead-in is no
    bare ban, or an item cannot go on from it (one starting with a figure)."""
    lead_in = plain_line(lead_in).strip().rstrip(":").strip()
    if not bare_ban(lead_in):
        return None
    lead_in = _ban_in_ordinary_case(lead_in)
    said = []
    for item in items:
        if _governed_by(lead_in, item):
            said.append(f"{lead_in} {_lower_first(item)}")
        elif _SAYS_ITS_OWN_BAN.match(item):
            said.append(item)
        else:
            return None
    return said


# A ward or unit known by its number: "Ward 7", "Ward E39", "Unit 4B".
_NUMBERED_WARD = re.compile(r"(?:ward|unit|bay|suite) [A-Z]?\d{1,3}[A-Z]?", re.IGNORECASE)


def _named_like_a_department(text: str) -> bool:
    """ "Anticoagulant Clinic", "Leicester Cancer Centre - Oncology and Haematology" (a part
    named so), "Oncology and Haematology" (specialties alone): each had been taken for the
    title, and the title for the department."""
    parts = [part.strip() for part in re.split(r" [-–—|] |, ", text)]
    if any(
        DEPARTMENT_NAME.search(part) or _DEPARTMENT_OF.fullmatch(part) or STAFF_TEAM.fullmatch(part)
        or _NUMBERED_WARD.fullmatch(part)
        or (_DEPARTMENT_WORD_FIRST is not None and _DEPARTMENT_WORD_FIRST.fullmatch(part))
        for part in parts
    ):
        return True
    own = text_words(text)
    if len(own) > 1 and (_own_department_word(own[0]) or _own_department_word(own[-1])) and not (
        re.search(r"[A-Za-z]", text)
    ):
        # a name in a script of its own opened or closed by its language's word for a
        # department ("ਡਾਇਬੀਟੀਜ਼ ਸੈਂਟਰ", Diabetes Centre; "عيادة السكري", Diabetes Clinic)
        return True
    words = [w for w in re.findall(r"[\w'’]+", text) if w.lower() not in ("and", "of", "the")]
    specialties = [
        word for word in words
        if _DEPARTMENT_WORDS.fullmatch(word) or _own_department_word(word)
    ]
    return bool(specialties) and all(
        word in specialties or word.lower() in _SPECIALTY_QUALIFIERS for word in words
    )


def _a_hospitals_name(text: str) -> bool:
    """ "Royal Example Infirmary", and with its town after a comma ("St Mary's Hospital,
    Eastfield", which over the title had been the title)."""
    return HOSPITAL_NAME.match(_without_brackets(re.sub(r",[\w\s'’]+$", "", text))) is not None


def _trust_and_its_unit(text: str, known: list[str]) -> tuple[str, str] | None:
    """ "Leicester's Hospitals - Infection Prevention Team", "Sherwood Forest Hospitals NHS
    Foundation Trust | Pharmacy": the trust's name (as config or TRUST_NAME knows it), then a
    unit's; or the unit's, then the trust's ("Children's Fracture Clinic – Alder Hey
    Children's NHS Foundation Trust" under a title: no department had been found, and the line
    was the body's first paragraph); None for any other line."""
    parts = re.split(r"\s+[-–—|]\s+|\t+", text, maxsplit=1)
    if len(parts) != 2:
        return None
    trust, unit = (part.strip() for part in parts)
    last = re.split(r"\s+[-–—|]\s+|\t+", text)[-1].strip()
    if not (TRUST_NAME.match(trust) or _letters(trust) in known) and (
        TRUST_NAME.match(last) or _letters(last) in known
    ):
        trust, unit = last, text[: text.rindex(last)].rstrip().rstrip("-–—|\t").strip()
    named = _without_brackets(unit)
    if not (TRUST_NAME.match(trust) or _letters(trust) in known) or len(named.split()) > 8:
        return None
    if _ENDS_SENTENCE.search(named) or not _named_like_a_department(named):
        return None
    return trust, unit


def _marker_kind(marker: str) -> str:
    if marker[0].isdigit() or marker.startswith("(") and marker[1:2].isdigit():
        return "number"
    if re.match(r"(?:step|stage)\s", marker, re.IGNORECASE):
        return "number"
    if re.fullmatch(r"\(?[a-h][.)]", marker):
        return "letter"
    if re.fullmatch(r"\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]", marker, re.IGNORECASE):
        return "roman"
    return "bullet"


def recover(
    lines: list[SourceLine], where: str, given: dict | None = None, decided: list[str] = ()
) -> Imported:
    """The leaflet in `lines` as front matter and Markdown blocks, with what was decided."""
    with leaflet_spellings(line.text for line in lines):
        return _Recovery(list(lines), where, given or {}, list(decided)).run()
