"""A guard against words the import adds: a run of words the leaflet says once but the imported
text says twice (a paragraph broken over a page read again, a line both dropped and kept) tells
a patient something twice, or half an instruction cut off its condition. Every reader's text is
checked against what the file itself says, whatever the cause."""

from __future__ import annotations

import re
from collections import Counter

from ...languages import find_language
from ...text import words as text_words

_RUN = 6  # words: a run this long said twice is no chance repeat of the leaflet's own words
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"\{[^{}\n]*\}")  # "{lang=en}", "{.field}"
_DIVIDED = re.compile(r"([^\W\d_])[-\u2010\u00ad][ \t]*\n[ \t]*([^\W\d_])")  # a word's halves


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(words: list[str]) -> Counter:
    return Counter(tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1))


def said_more_often(source: str, body: list[str], *also: str) -> list[str]:
    """Runs of words the imported `body` says more than once and more often than the file's
    own text `source` does, each as it reads (overlapping runs joined), for a person to check.
    A word divided over two lines is read whole in the body and in two in the source: such a
    run is in the body once, so never counted. `also`: the file's text read another way (a
    PDF's tables a cell at a time), each run counted as the reading that has it most does."""
    # (a word the file divides at a line's end, "parace-" / "tamol", is whole in the body: a
    # run with it, said again elsewhere in the leaflet whole, counted the file's once too
    # few, and a leaflet repeating "Never take more than 8 paracetamol tablets in 24 hours"
    # was told to delete a copy. Each run is counted both ways, the divisions joined or not,
    # as "follow-" / "up" is two words)
    said = Counter()
    for reading in (source, *also):
        said |= _runs(_words(reading)) | _runs(_words(_DIVIDED.sub(r"\1\2", reading)))
    # (a run across two blocks is the import's, and so is one across two rows of a table; a
    # tag the import writes, "{lang=en}" on each row's medicine in an Urdu table, no words of
    # the leaflet's)
    blocks = [
        _words(_TAG.sub(" ", part)) for block in body
        for part in (block.splitlines() if block.startswith("|") else [block])
    ]
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


# The words that turn an instruction round or hold it to a condition: lost, a ban reads as an
# instruction ("Do not drive" as "drive") and a condition as always. "Don't", "mustn't",
# "cannot" say "not" as well.
_BAN_WORD = re.compile(r"\b(?:not|never|avoid|unless|without|except)\b|n['’]t\b|\bcannot\b", re.I)


def _bans(text: str) -> Counter:
    return Counter(
        "not" if found[0].lower() in ("cannot", "n't", "n’t") else found[0].lower()
        for found in _BAN_WORD.finditer(text)
    )


def ban_words(text: str) -> list[str]:
    """The words of a ban or condition a line says ("never", "not" ...), as the check names
    them: a running line that says one is no line to drop unsaid."""
    return list(_bans(text))


# A running line about the file itself ("Do not photocopy", "Not to be reproduced",
# "Uncontrolled when printed") is the trust's note, no instruction to the patient.
_ABOUT_THE_FILE = re.compile(
    r"\b(?:leaflets?|documents?|cop(?:y|ied|ies)|photocop\w*|print(?:ed)?|reproduc\w*|"
    r"uncontrolled|distribut\w*)\b",
    re.IGNORECASE,
)


def running_ban(text: str, language: str = "") -> bool:
    """Whether a line over or under every page is the leaflet's own ban ("Never take
    methotrexate more than once a week" in every page's header): no running line to drop, but
    a safety line to keep once in the text. Not one about the file ("Do not photocopy").
    `language`, the line's own ("pl"), finds a translation's ban by that language's words for
    not (languages.py's negations): "Nigdy nie bierz więcej niż 8 tabletek w ciągu 24 godzin"
    over a Polish leaflet's pages had been dropped, its "nie" no English word."""
    english = any(word in ("not", "never", "avoid") for word in ban_words(text))
    row = find_language(language) if language else None
    own = row is not None and row.code != "en" and _says_not_in(text, row) and not file_note(
        text, row.code
    )
    return (
        (english and not _ABOUT_THE_FILE.search(text) or own)
        and len(text.split()) <= 25
    )


# A negation that is also another word opens a ban only at the start of the line or of a
# clause, before a word in lower case (its verb): "Ni ddylech yrru", never "Cysylltwch â ni ar
# 01234 567890" ("us") nor "Ani Kowalska" (a name).
_OPENING_A_CLAUSE = re.compile(
    r"(?:^|[.!?:;,\u2013\u2014(]\s*|\s[-\u2022]\s+)([^\W\d_]+)\s+([^\W\d_]+)"
)


def _says_not_in(text: str, row) -> bool:
    """Whether `text`, in the language of `row`, says one of its words for not in a ban's
    shape: a word that is nothing but a negation ("nie", "peidiwch") anywhere, one that is also
    another word (row.negations_opening_only) only where it opens a clause."""
    if any(
        word in row.negations and word not in row.negations_opening_only
        for word in text_words(text)
    ):
        return True
    return any(
        found[1].lower() in row.negations_opening_only and found[2].islower()
        for found in _OPENING_A_CLAUSE.finditer(text.strip())
    )


def file_note(text: str, language: str = "en") -> bool:
    """Whether a line is a trust's note about its file, in the line's own `language` ("Do not
    photocopy", "Uncontrolled when printed", "Nie kopiować"): each of its parts says a word
    about copying, printing or the document's control (languages.py's file_note_words), and
    nothing but such words, joining words and words for not. No instruction to the patient,
    though it says "not"; "Please bring this leaflet with you" says more, and is none."""
    row = find_language(language or "en") or find_language("en")
    about = tuple(word for kind, word in row.file_note_words if kind == "about")
    joining = {word for kind, word in row.file_note_words if kind == "joining"}
    parts = [text_words(part) for part in re.split(r"[.;:|\u2013\u2014]|\s-\s", text)]
    parts = [part for part in parts if part]
    return bool(parts) and sum(map(len, parts)) <= 15 and not re.search(r"\d", text) and all(
        any(word.startswith(about) for word in part)
        and all(
            word.startswith(about) or word in joining or word in row.negations for word in part
        )
        for part in parts
    )


def bans_said_less_often(source: str, body: list[str], elsewhere: list[str]) -> list[str]:
    """The words of a ban or condition ("not", "never", "unless" ...) the file's own text
    `source` says more often than the imported `body` and what the import set aside on purpose
    (`elsewhere`: the front matter, the running heads and details it dropped and reported), each
    named with the file's lines that say it, for a person to check: a lost "not" tells the
    patient to do what the leaflet bans, and said_more_often only finds words said twice."""
    said = _bans(source)
    kept = _bans("\n".join(_TAG.sub(" ", block) for block in body)) + _bans("\n".join(elsewhere))
    found: list[str] = []
    for word, count in said.items():
        if count <= kept[word]:
            continue
        lines = list(dict.fromkeys(
            " ".join(line.split()) for line in source.splitlines() if word in _bans(line)
        ))
        where = ", ".join(f"'{line[:70]}'" for line in lines[:3]) + (" ..." if lines[3:] else "")
        found.append(
            f"'{word}' is said {count} time{'s' if count > 1 else ''} in the file but "
            f"{kept[word]} in the imported text: check no ban or condition was lost (the file's "
            f"lines with it: {where}) and put it back"
        )
    return found
