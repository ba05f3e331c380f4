"""The meaning check: each Easy Read row against the leaflet sentence it came from.

A row may reword its sentence, never reverse it. Each row is matched to the source sentence that
shares most of its words (lemmas of its nouns, verbs and adjectives), then held to it: an action
the source says not to do must not appear without its "not" (lost negation), an action the
source says to do must not gain one, a row from a sentence with "if", "unless" or "until" must
carry the condition or follow its lead-in row ("If your knee becomes hot:"), every number in the
row must be in its sentence, and no row may end as a fragment ("..., or."). The same check
reads the automatic draft and an author's .easyread.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...model import Leaflet, ListBlock, Notice, Paragraph, plain_text, with_addresses
from ...text import prepare
from .drafter import completes, contact_details, plain_words, sentences, simplify
from .grammar import STRONG_CONDITIONS, parse, read

_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\d)")
_NUMBER_WORDS = dict(
    zip(
        "two three four five six seven eight nine ten eleven twelve".split(),
        (str(n) for n in range(2, 13)),
        strict=True,
    )
)
_FRAGMENT_END = re.compile(r"(?:,\s*|\s)(?:or|and|but)[.:]?$", re.IGNORECASE)
_NUMBER_WORD_BESIDE_NUMBER = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\d", re.IGNORECASE
)
_CONDITION_WORD = re.compile(r"\b(?:if|unless|until)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SourceSentence:
    text: str
    line: int | None  # in the leaflet's source file; None for the trust's words from config
    explains: bool = False  # a hard word's meaning, from config/plain_words.yaml


@dataclass(frozen=True)
class MeaningProblem:
    row: str
    source: SourceSentence | None
    what: str

    def __str__(self) -> str:
        where = ""
        if self.source is not None:
            line = f"line {self.source.line}: " if self.source.line else ""
            where = f" (source {line}'{self.source.text}')"
        return f"row '{self.row}': {self.what}{where}"


def numbers_in(text: str) -> list[str]:
    """Each number as one, decimals whole: "7.5 mg" is 7.5, not 7 and 5."""
    spelled = re.sub(
        r"\b(" + "|".join(_NUMBER_WORDS) + r")\b",
        lambda m: _NUMBER_WORDS[m.group(1).lower()],
        text,
        flags=re.IGNORECASE,
    )
    return _NUMBER.findall(spelled)


def _content(text: str) -> set[str]:
    """The words a row shares with its sentence: lemmas of nouns, verbs, adjectives and numbers,
    and each contact detail whole; a source sentence counts in its plain words too ("telephone"
    is written "phone")."""
    found = set()
    for version in dict.fromkeys((text, simplify(text, plain_words()))):
        found |= {
            token.lemma_.lower()
            for token in parse(version)
            if token.pos_ in _CONTENT and not token.is_stop and token.lemma_.strip()
        }
        found |= {re.sub(r"\s", "", detail.lower()) for detail in contact_details(version)}
    return found


def source_line(text: str, source_lines: list[str]) -> int | None:
    """The line of the leaflet's file a sentence starts on (Markdown marks ignored)."""
    start = re.sub(r"\s+", " ", text[:40]).strip().lower()
    if not start:
        return None
    at_start = re.compile(r"(?:^|[.!?:]\s+|^-\s+)" + re.escape(start))
    plain_lines = [
        re.sub(r"\s+", " ", re.sub(r"[*_>`#]|\[|\]\([^)]*\)", "", line)).strip().lower()
        for line in source_lines
    ]
    for pattern in (at_start.search, lambda line: start in line):
        for number, line in enumerate(plain_lines, start=1):
            if pattern(line):
                return number
    return None


def read_source_lines(path: Path | str | None) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines() if path else []
    except OSError:
        return []


def leaflet_sentences(leaflet: Leaflet) -> list[SourceSentence]:
    """The sentences an Easy Read row may come from, each with its line in the leaflet's file:
    the body (a list that finishes its lead-in's sentence read as whole sentences, as the draft
    writes them), the trust's closing words and the hard words' meanings from config."""
    lines = read_source_lines(leaflet.source_path)
    texts: list[tuple[str, bool]] = []  # (words, in the leaflet's own file)
    blocks = list(leaflet.blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, ListBlock) and index and completes(blocks[index - 1], block):
            continue
        if completes(block, following):
            lead = plain_text(with_addresses(block.spans)).rstrip().rstrip(":")
            texts.extend(
                (f"{lead} {plain_text(with_addresses(item)).strip()}", True)
                for item in following.items
            )
        elif isinstance(block, ListBlock):
            texts.extend((plain_text(with_addresses(item)), True) for item in block.items)
        elif isinstance(block, Notice) or (isinstance(block, Paragraph) and not block.lang):
            texts.append((plain_text(with_addresses(block.spans)), True))
    trust = leaflet.trust
    texts.append((f"This leaflet is about {leaflet.meta.title}.", False))  # the draft's first row
    texts.append((plain_text(with_addresses(trust.format_offer)), False))
    texts.extend((plain_text(with_addresses(line)), False) for line in trust.footer)
    found = []
    for text, in_file in texts:
        for sentence in sentences(prepare(text)):
            line = source_line(sentence, lines) if in_file else None
            found.append(SourceSentence(sentence, line))
    found.extend(
        SourceSentence(meaning, None, explains=True)
        for meaning in plain_words().explanations.values()
    )
    return found


def _best_source(row: str, sources: list[SourceSentence]) -> SourceSentence | None:
    words = _content(row)
    if not words:
        return None
    best, best_score = None, (0.0, 0.0)
    for source in sources:
        theirs = _content(source.text)
        shared = len(words & theirs)
        # most of the row's words, then the fewest words of the sentence left over
        score = (shared / len(words), shared / len(words | theirs))
        if shared >= min(2, len(words)) and score > best_score:
            best, best_score = source, score
    return best if best_score[0] >= 0.5 else None


def check_meaning(rows: list[str], sources: list[SourceSentence]) -> list[MeaningProblem]:
    """Every row held to the sentence it came from; a problem for each reversal or separation."""
    problems: list[MeaningProblem] = []
    matched = [_best_source(_with_lead_in(index, rows), sources) for index in range(len(rows))]
    for index, (row, source) in enumerate(zip(rows, matched, strict=True)):
        if _FRAGMENT_END.search(row.strip()):
            problems.append(MeaningProblem(row, source, "ends as a broken fragment"))
        if source is None:
            continue
        row_reading, source_reading = read(row), read(source.text)
        lost = (source_reading.negated & row_reading.positive) - row_reading.negated
        if lost:
            what = f"lost its 'not': the source says not to {', '.join(sorted(lost))}"
            problems.append(MeaningProblem(row, source, what))
        gained = (row_reading.negated & source_reading.positive) - source_reading.negated
        if gained:
            what = f"gained a 'not': the source says to {', '.join(sorted(gained))}"
            problems.append(MeaningProblem(row, source, what))
        if separated := _separated(index, rows, matched, source_reading):
            problems.append(MeaningProblem(row, source, separated))
        # "If you would like this in another format" may be asked: "Do you want ...?"
        asked = source.text.rstrip().endswith("?") or source.text.lower().startswith("if ")
        if row.rstrip().endswith("?") and not asked:
            problems.append(MeaningProblem(row, source, "is a question; its sentence is not"))
        if beside := _NUMBER_WORD_BESIDE_NUMBER.search(row):
            what = f"has a number word beside a number ('{beside.group(0)}')"
            problems.append(MeaningProblem(row, source, what))
        extra = [n for n in numbers_in(row) if n not in numbers_in(source.text)]
        if extra:
            what = f"has number(s) not in its sentence: {', '.join(extra)}"
            problems.append(MeaningProblem(row, source, what))
    return problems


def _with_lead_in(index: int, rows: list[str]) -> str:
    """A row read with the lead-in it follows ("If the cast cracks:"): rows that say the same
    thing after different conditions ("Come back to the clinic straight away.") come from
    different sentences, and only the lead-in tells which."""
    lead = rows[index - 1].rstrip() if index else ""
    if lead.endswith(":") and _CONDITION_WORD.search(lead):
        return f"{lead} {rows[index]}"
    return rows[index]


def _separated(index: int, rows: list[str], matched: list, source_reading) -> str:
    """What is wrong when a row from a sentence with a strong condition carries neither the
    condition nor follows its whole lead-in among the rows from the same sentence; else ""."""
    conditions = [w for w in source_reading.conditions if w in STRONG_CONDITIONS]
    if not conditions:
        return ""
    cut_off = f"is cut off from its condition ('{conditions[0]} ...')"
    if _CONDITION_WORD.search(rows[index]):
        return ""
    source_words = _content(matched[index].text)
    before = index - 1
    while before >= 0 and (
        matched[before] == matched[index]
        or (matched[before] is not None and matched[before].explains)
        or len(_content(rows[before]) & source_words) * 2 >= len(_content(rows[before]))
    ):
        lead = rows[before].rstrip()
        # a lead-in: "If your knee becomes hot:", or the question the trust's offer starts with
        if lead.endswith("?"):
            return ""
        if lead.endswith(":") and _CONDITION_WORD.search(lead):
            missing = _condition_words(source_reading, matched[index].text) - _content(lead)
            if missing:
                left_out = ", ".join(sorted(missing))
                return f"follows only part of its condition ('{lead}' leaves out {left_out})"
            return ""
        before -= 1
    if _about_the_consequence(rows[index], source_reading, matched[index].text):
        return cut_off
    return ""


def _condition_words(source_reading, source: str) -> set[str]:
    if source_reading.condition_span is None:
        return set()
    begin, end = source_reading.condition_span
    return _content(source[begin:end])


def _about_the_consequence(row: str, source_reading, source: str) -> bool:
    """A row that only restates the condition's own clause is not cut off from it."""
    if source_reading.condition_span is None:
        return True
    begin, end = source_reading.condition_span
    outside = source[:begin] + " " + source[end:]
    return bool(_content(row) & _content(outside))
