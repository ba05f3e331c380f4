"""A guard against words the import adds: a run of words the leaflet says once but the imported
text says twice (a paragraph broken over a page read again, a line both dropped and kept) tells
a patient something twice, or half an instruction cut off its condition. Every reader's text is
checked against what the file itself says, whatever the cause."""

from __future__ import annotations

import re
from collections import Counter

_RUN = 6  # words: a run this long said twice is no chance repeat of the leaflet's own words
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"\{[^{}\n]*\}")  # "{lang=en}", "{.field}"


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(words: list[str]) -> Counter:
    return Counter(tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1))


def said_more_often(source: str, body: list[str]) -> list[str]:
    """Runs of words the imported `body` says more than once and more often than the file's
    own text `source` does, each as it reads (overlapping runs joined), for a person to check.
    A word divided over two lines is read whole in the body and in two in the source: such a
    run is in the body once, so never counted."""
    said = _runs(_words(source))
    # (a run across two blocks is the import's; a tag the import writes, "{lang=en}" on each
    # row's medicine in an Urdu table, no words of the leaflet's)
    blocks = [_words(_TAG.sub(" ", block)) for block in body]
    found = sum((_runs(words) for words in blocks), Counter())
    extra = {run for run, count in found.items() if count > 1 and count > said[run]}
    phrases: list[str] = []
    for words in blocks:
        at = 0
        while at <= len(words) - _RUN:
            if tuple(words[at : at + _RUN]) not in extra:
                at += 1
                continue
            end = at + _RUN
            while end < len(words) and tuple(words[end - _RUN + 1 : end + 1]) in extra:
                end += 1
            phrase = " ".join(words[at:end])
            if phrase not in phrases:
                phrases.append(phrase)
            at = end
    return [
        f"'{phrase[:80]}' comes in more often than the file says it: check the text "
        "was not read twice (a paragraph over a page break, a header or box read again) and "
        "delete the copy"
        for phrase in phrases
    ]
