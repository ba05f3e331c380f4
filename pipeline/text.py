"""Text preparation that several formats need, written once.

Dashes, apostrophes, which script a run is written in, and the slug of a title. Which script each
language is written in is its row in languages.py; speech-specific normalisation (numbers,
addresses read aloud) lives with the audio format.
"""

from __future__ import annotations

import re
import unicodedata

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


def script_of(text: str) -> str:
    """The script most letters of `text` are written in: "Latin", "Arabic", "Gujarati", ...

    Digits, punctuation and spaces do not count; text with no letters is "Common".
    """
    counts: dict[str, int] = {}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        script = next((name for name, lo, hi in _SCRIPT_RANGES if lo <= code <= hi), None)
        if script is None:
            script = "Latin" if unicodedata.name(char, "").startswith("LATIN") else "Other"
        counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else "Common"


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


def slugify(title: str) -> str:
    """ "Lower back stretches in pregnancy" -> "lower-back-stretches-in-pregnancy"."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def words(text: str) -> list[str]:
    """Words of `text`, lower-cased, apostrophes normalised: for comparing outputs with sources."""
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", normalise_apostrophes(text).lower())
