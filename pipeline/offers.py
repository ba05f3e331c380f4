"""What a leaflet offers its readers ("also available in large print and audio"): the words
leaflets use for each format, and the sentence that promises exactly what is made.

One grammar, used by the reader (a leaflet's own offer sentence must not name a format its
`formats:` list leaves out), the importer (an offer sentence found in an old leaflet becomes
`formats:`) and every format's closing offer (built from what the leaflet offers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Formats the pipeline makes, in the order the offer names them, as a patient reads them.
MADE = {
    "braille": "Braille",
    "large-print": "large print",
    "easy-read": "Easy Read",
    "audio": "audio",
    "accessible-html": "an accessible web page",
}
TRANSLATIONS = "translations"  # the leaflet in other languages, on request
# Offered, but made by people the equality team arranges, not by the pipeline.
ARRANGED = {"bsl": "British Sign Language (BSL)"}
OFFER_NAMES = (*MADE, TRANSLATIONS, *ARRANGED)

# The words leaflets use for each offer, most specific first.
_WORDS = (
    ("bsl", r"\bBSL\b|British Sign Language|sign language"),
    (TRANSLATIONS, r"other languages?|another language|languages other than English|"
     r"formats? (?:and|or) languages?|"  # "in other formats and languages"
     r"community languages?|translat(?:ed|ion|ions)\b|your (?:own )?language"),
    ("easy-read", r"easy[ -]?read"),
    ("large-print", r"large[ -]print|giant print|bigger print|larger print"),
    ("braille", r"braille"),
    ("audio", r"\baudio\b|\bCDs?\b|\btapes?\b|cassettes?|\bMP3\b|spoken word|sound recording"),
    ("accessible-html", r"electronic(?:ally)?|accessible (?:web ?page|HTML)|\bHTML\b"),
)
_PATTERNS = tuple((name, re.compile(words, re.IGNORECASE)) for name, words in _WORDS)
# What makes a sentence an offer rather than a mention ("bring your CD of scans").
_OFFER_CUE = re.compile(
    r"\b(?:available|provided|produced|obtain(?:ed)?|on request|request|would like|"
    r"need (?:this|it)|prefer|ask for|alternative formats?|other formats?)\b"
    # "We can give you this information in large print, braille, Easy Read or audio", "We can
    # provide this leaflet in ...": the leaflet itself, in a format (a CD of scans is not)
    r"|\bwe can (?:give|provide|offer|send|produce|print|make)(?: you)? (?:this|these|it|"
    r"(?:a )?copy of this|(?:a |an )?(?:copy|version) of this) ?(?:information|leaflet|booklet|"
    r"document|sheet)?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offer:
    """What one leaflet offers. `made` are formats the pipeline builds; `arranged` are offered
    but made by people (BSL video); `translations` is "other languages on request"."""

    made: tuple[str, ...]
    translations: bool
    arranged: tuple[str, ...] = ()

    @classmethod
    def from_names(cls, names: list[str] | tuple[str, ...]) -> Offer:
        return cls(
            made=tuple(n for n in MADE if n in names),
            translations=TRANSLATIONS in names,
            arranged=tuple(n for n in ARRANGED if n in names),
        )

    @property
    def names(self) -> tuple[str, ...]:
        return (*self.made, *((TRANSLATIONS,) if self.translations else ()), *self.arranged)

    def phrase(self) -> str:
        """What the offer sentence promises: "another language, or in Braille, large print or
        audio". Never a format that is not in the offer."""
        things = [MADE[n] for n in self.made] + [ARRANGED[n] for n in self.arranged]
        listed = _either(things)
        if not self.translations:
            return listed
        return f"another language, or in {listed}" if listed else "another language"


def _either(things: list[str]) -> str:
    if len(things) <= 1:
        return "".join(things)
    return ", ".join(things[:-1]) + " or " + things[-1]


def offered_names(text: str) -> list[str]:
    """The offers a sentence names, in the order of OFFER_NAMES ("CD" and "tape" are audio)."""
    found: set[str] = set()
    remaining = text
    for name, pattern in _PATTERNS:
        if pattern.search(remaining):
            found.add(name)
            remaining = pattern.sub(" ", remaining)  # "sign language" is not "a language"
    return [name for name in OFFER_NAMES if name in found]


# An interpreter for a call or a visit is help to talk, not the leaflet in another language:
# "For help in another language, please ask for an interpreter when you call."
_INTERPRETER_ONLY = re.compile(r"\binterpret(?:er|ers|ing)\b", re.IGNORECASE)
_THE_LEAFLET = re.compile(r"\b(?:leaflet|information|booklet|document|this|it)\b", re.IGNORECASE)


# "in another language or format": no format named, so every one is offered.
_ANY_FORMAT = re.compile(
    r"\b(?:other|another|alternative|different|any) (?:\w+ )?(?:or )?formats?\b"
    r"|\bor formats?\b",
    re.IGNORECASE,
)


def offer_of(sentence: str) -> list[str]:
    """What a leaflet's own offer sentence offers: the formats it names; or, naming none,
    every format ("in another language or format"; "in other languages" alone withholds none:
    it had left a leaflet buildable in no format, and a patient's request for audio refused)."""
    names = offered_names(sentence)
    if not set(names) & set(MADE) and (TRANSLATIONS in names or _ANY_FORMAT.search(sentence)):
        return [name for name in OFFER_NAMES if name in MADE or name in names]
    return names


def is_offer_sentence(text: str) -> bool:
    """Whether a sentence offers the leaflet in other formats or languages."""
    names = offered_names(text)
    if names == [TRANSLATIONS] and _INTERPRETER_ONLY.search(text) and not _THE_LEAFLET.search(text):
        return False
    return bool(_OFFER_CUE.search(text)) and bool(names)
