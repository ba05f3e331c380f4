"""Finding a leaflet from the words a patient or a member of staff would use on the phone.

Any word counts (leaflets matching more words come first), a word matches its stems
("stretches", "stretch", "stretching") and small typos ("pregancy"), and a leaflet number
matches with or without the prefix people put before it ("PIL 442", "leaflet no. 442", "#442").
"""

from __future__ import annotations

from difflib import SequenceMatcher

from ..text import asked_number, reference_numbers, words

# Words so common in titles that matching on them alone would list every leaflet.
COMMON_WORDS = frozenset(
    "a an and are about after at be before by can do for from how i in information is it leaflet "
    "me my no number of on or our patient patients please the this to what when with you your"
    .split()
)
SUFFIXES = ("ing", "ies", "es", "ed", "s")


def stem(word: str) -> str:
    """A word without the endings that change between what is written and what is asked:
    "stretches" and "stretching" -> "stretch", "exercise(s)" -> "exercis", "injuries" -> "injur"."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def close(asked: str, written: str) -> bool:
    """The same stem, or a small typo in a longer word ("pregancy")."""
    if asked == written:
        return True
    if len(asked) < 5:
        return False
    return SequenceMatcher(None, asked, written).ratio() >= 0.8


def query_terms(query: str) -> tuple[list[str], list[str]]:
    """(leaflet numbers asked for, word stems asked for) in a search box's text."""
    numbers, stems = [], []
    for word in words(query.replace("#", " ")):
        number = asked_number(word)  # "442", "pil442", "l442"
        if number:
            numbers.append(number[1])
        elif word not in COMMON_WORDS:
            stems.append(stem(word))
    return numbers, stems


def score(numbers: list[str], stems: list[str], number: str, text: str) -> int:
    """How many of the terms asked a leaflet (its reference `number`, its words) matches."""
    written = {stem(word) for word in words(text) if word not in COMMON_WORDS}
    digits = reference_numbers(number)  # PHY-0412: 412
    found = sum(any(run.startswith(asked) for run in digits) for asked in numbers)
    found += sum(any(close(asked, word) for word in written) for asked in stems)
    return found
