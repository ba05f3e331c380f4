"""What the audio recording says, written once for every speech engine.

The script follows UKAAF's audio guidance: it opens by announcing the title, the organisation,
the leaflet number and what the recording holds and how long it lasts; headings are set apart by
pauses and become chapters; the safety notice is announced; pictures are described; it closes with
the format offer, the offer in each other language (spoken by that language's voice) and "End of
leaflet". Text is normalised for speech here, from config/pronunciations.yaml, because engines
misread leaflet text in different ways ("12cm" as "one two c m", "0116" as "one sixteen").
Our own words (labels such as "Picture:", the trust's lines) are English in every leaflet and go
to the English voice; in text in another language only telephone numbers and addresses are
rewritten, in that language's words where the config has them. A link's address is said after
its words, and punctuation is never an utterance of its own.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pysbd
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...config import load_config_file
from ...contacts import (
    EMAIL_ADDRESS,
    EXTENSION,
    PHONE_NUMBER,
    WEB_ADDRESS,
    contact_pattern,
    service_number_pattern,
)
from ...languages import primary_language
from ...model import (
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
    field_said,
    plain_text,
    who_fills_fields,
    with_addresses,
)
from ...paths import project_dir
from ...text import prepare

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

NOTICE_LABELS = {"important": "Important", "warning": "Warning", "note": "Note"}


class SpokenWords(BaseModel):
    """How one language's voice says digits and the symbols of web and e-mail addresses."""

    model_config = ConfigDict(extra="forbid")

    digits: list[str] = Field(min_length=10, max_length=10)
    symbols: dict[Literal["@", ".", "/", "-", "_"], str]

    @field_validator("symbols")
    @classmethod
    def _every_symbol(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [symbol for symbol in ADDRESS_SYMBOLS if symbol not in value]
        if missing:
            raise ValueError(f"say how {' '.join(missing)} is spoken too")
        return value

    def digit(self, digit: str) -> str:
        return self.digits[int(digit)]


ADDRESS_SYMBOLS = ("@", ".", "/", "-", "_")
ENGLISH_WORDS = SpokenWords(
    digits="oh one two three four five six seven eight nine".split(),
    symbols={"@": "at", ".": "dot", "/": "slash", "-": "dash", "_": "underscore"},
)


class Pronunciations(BaseModel):
    """config/pronunciations.yaml: what staff can change without code."""

    model_config = ConfigDict(extra="forbid")

    say: dict[str, str] = Field(default_factory=dict)
    capitals_said_as_words: list[str] = Field(default_factory=list)
    units: dict[str, tuple[str, str]] = Field(default_factory=dict)
    service_numbers: list[str] = Field(default_factory=list)
    address_words: dict[str, str] = Field(default_factory=dict)
    other_languages: dict[str, SpokenWords] = Field(default_factory=dict)

    @field_validator("service_numbers")
    @classmethod
    def _digits_only(cls, value: list[str]) -> list[str]:
        for number in value:
            if not str(number).isdigit():
                raise ValueError(f"'{number}' is not a number written in digits, such as 111")
        return [str(number) for number in value]


def pronunciations_path() -> Path:
    return project_dir("config") / "pronunciations.yaml"


def load_pronunciations(path: Path | None = None) -> Pronunciations:
    return load_config_file(Pronunciations, path or pronunciations_path())


_DATE_DMY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))? ?([ap])\.?m\b", re.IGNORECASE)
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_DAY_RANGE = re.compile(rf"\b({_DAY}) ?[-\u2013] ?({_DAY})\b")
_RANGE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?) ?[-\u2013] ?(\d+(?:\.\d+)?)(?![\d])")
_SPOKEN_DASH = re.compile(r" [\u2013\u2014] ")
_CAPITALS = re.compile(r"\b[A-Z]{2,4}\b")


class SpeechNormaliser:
    """Turns written English into what an engine should read aloud, one rule at a time."""

    def __init__(self, pronunciations: Pronunciations):
        self.words = pronunciations
        self._say = [
            (re.compile(rf"(?<![\w&]){re.escape(written)}(?![\w&])"), spoken)
            for written, spoken in sorted(
                pronunciations.say.items(), key=lambda item: -len(item[0])
            )
        ]
        units = "|".join(re.escape(unit) for unit in sorted(pronunciations.units, key=len)[::-1])
        self._units = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?) ?({units})(?!\w)") if units else None
        service = service_number_pattern(pronunciations.service_numbers)
        self._service = re.compile(service) if service else None
        self._said_as_words = set(pronunciations.capitals_said_as_words)
        self._numbers_and_addresses = contact_pattern(
            service_numbers=pronunciations.service_numbers
        )

    def __call__(self, text: str) -> str:
        text = prepare(text)
        text = EMAIL_ADDRESS.sub(lambda m: self._spoken_address(m.group()), text)
        text = WEB_ADDRESS.sub(lambda m: self._spoken_address(m.group()), text)
        text = _DATE_ISO.sub(lambda m: _date(m.group(3), m.group(2), m.group(1), m.group()), text)
        text = _DATE_DMY.sub(lambda m: _date(m.group(1), m.group(2), m.group(3), m.group()), text)
        text = _CLOCK.sub(_clock, text)
        text = PHONE_NUMBER.sub(lambda m: phone_number(m.group()), text)
        text = EXTENSION.sub(lambda m: extension(m.group()), text)
        if self._service:
            text = self._service.sub(lambda m: spell_digits(m.group()), text)
        text = _RANGE.sub(r"\1 to \2", text)
        text = _DAY_RANGE.sub(r"\1 to \2", text)
        if self._units:
            text = self._units.sub(self._unit, text)
        text = text.replace("&", " and ")
        for pattern, spoken in self._say:
            text = pattern.sub(spoken, text)
        text = _CAPITALS.sub(self._capitals, text)
        text = _SPOKEN_DASH.sub(", ", text)
        return re.sub(r" {2,}", " ", text).strip()

    def other_language(self, text: str, lang: str) -> list[tuple[str, str]]:
        """Text in another language, as (language, text) pieces for the voices to speak.

        That language's voice reads the rest as written, but telephone numbers and addresses
        must still be said digit by digit and symbol by symbol: in the language's own words when
        config/pronunciations.yaml has them (other_languages), else by the English voice."""
        own = self.words.other_languages.get(lang)
        pieces: list[tuple[str, str]] = []
        at = 0
        for match in self._numbers_and_addresses.finditer(text):
            kind = match.lastgroup
            written = match.group()
            if kind in ("email", "web"):
                written = written.rstrip(".,;:!?")
            if match.start() > at:
                pieces.append((lang, text[at : match.start()]))
            spoken = self._spoken_piece(written, kind, own or ENGLISH_WORDS)
            at = match.start() + len(written)
            # A comma or full stop after the number closes its piece, not the next one.
            after = re.match(r"[.,;:!?]*", text[at:]).group()
            at += len(after)
            pieces.append((lang, spoken + after) if own else ("en", spoken + after))
        pieces.append((lang, text[at:]))
        merged: list[tuple[str, str]] = []
        for piece_lang, piece in pieces:
            if merged and merged[-1][0] == piece_lang:
                merged[-1] = (piece_lang, merged[-1][1] + piece)
            elif piece.strip():
                merged.append((piece_lang, piece))
        return [(piece_lang, piece.strip()) for piece_lang, piece in merged if piece.strip()]

    def _spoken_piece(self, written: str, kind: str, words: SpokenWords) -> str:
        if kind in ("email", "web"):
            return self.address(written, words)
        if kind == "phone":
            return phone_number(written, words)
        if kind == "extension":
            return extension(written, words)
        return spell_digits(written, words)

    def _spoken_address(self, written: str) -> str:
        """An address said aloud; a full stop after it ends the sentence, not the address."""
        address = written.rstrip(".,;:!?")
        return self.address(address) + written[len(address) :]

    def address(self, address: str, words: SpokenWords = ENGLISH_WORDS) -> str:
        """ "www.nhs.uk" -> "w w w dot n h s dot u k"; e-mail addresses likewise, "@" as "at"."""
        address = re.sub(r"^(?:https?://|mailto:)", "", address, flags=re.IGNORECASE).rstrip("/")
        spoken = []
        for part in re.split(r"([@./_-])", address):
            if part in words.symbols:
                spoken.append(words.symbols[part])
            elif part:
                spoken.append(self._address_part(part, words))
        return " ".join(spoken)

    def _address_part(self, part: str, words: SpokenWords) -> str:
        known = self.words.address_words.get(part.lower())
        if known:
            return known
        if part.isdigit():
            return spell_digits(part, words)
        pieces = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+", part)
        if len(pieces) > 1:
            return " ".join(
                spell_digits(piece, words)
                if piece.isdigit()
                else " ".join(piece.lower())
                if piece.isupper()
                else piece
                for piece in pieces
            )
        if len(part) <= 3:
            return " ".join(part.lower())
        return part

    def _unit(self, match: re.Match) -> str:
        number, unit = match.groups()
        one, many = self.words.units[unit]
        return f"{number} {one if number == '1' else many}"

    def _capitals(self, match: re.Match) -> str:
        word = match.group()
        return word if word in self._said_as_words else " ".join(word)


def spell_digits(digits: str, words: SpokenWords = ENGLISH_WORDS) -> str:
    """ "111" -> "one one one"."""
    return " ".join(words.digit(d) for d in digits if d.isdigit())


def phone_number(written: str, words: SpokenWords = ENGLISH_WORDS) -> str:
    """ "0116 250 2959" -> "oh one one six, two five oh, two nine five nine", in its groups."""
    written = written.replace("+44", "0").replace("-", " ")
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
    return ", ".join(spell_digits(group, words) for group in groups if group)


def extension(written: str, words: SpokenWords = ENGLISH_WORDS) -> str:
    """ "Ext. 2210" -> "extension two two one oh": an extension is dialled, not counted."""
    return f"extension {spell_digits(written, words)}"


def _date(day: str, month: str, year: str, written: str) -> str:
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
        return written
    return f"{int(day)} {calendar.month_name[int(month)]} {year}"


def _clock(match: re.Match) -> str:
    hour, minutes, half = match.groups()
    minutes = f" {minutes}" if minutes and minutes != "00" else ""
    return f"{int(hour)}{minutes} {half.lower()} m"


@dataclass(frozen=True)
class Utterance:
    """One sentence (or one run in another language) for one voice, then a pause."""

    text: str
    lang: str  # primary language subtag: "en", "ur", ...
    role: str  # announcement | duration | heading | notice | picture | text | offer | end
    pause_after: float
    chapter: str | None = None  # a heading's title: a chapter starts with this utterance


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


class _ScriptBuilder:
    def __init__(self, leaflet: Leaflet, normalise: SpeechNormaliser):
        self.leaflet = leaflet
        self.normalise = normalise
        self.language = primary_language(leaflet.meta.language)
        self.field_filler = who_fills_fields(leaflet.meta.department)
        self.segmenter = pysbd.Segmenter(language="en", clean=False)
        self.utterances: list[Utterance] = []

    def say(
        self,
        text: str,
        role: str,
        lang: str | None = None,
        pause: str = "paragraph",
        chapter: str | None = None,
    ) -> None:
        """Adds a passage: English is normalised and split into sentences; other languages are
        kept whole but for their telephone numbers and addresses (see other_language)."""
        lang = primary_language(lang or self.language)
        text = prepare(text).strip()
        if lang == "en":
            pieces = [("en", s.strip()) for s in self.segmenter.segment(self.normalise(text))]
        else:
            pieces = self.normalise.other_language(text, lang)
        pieces = _join_unspoken(pieces)
        for i, (piece_lang, sentence) in enumerate(pieces):
            last = i == len(pieces) - 1
            self.utterances.append(
                Utterance(
                    text=_end_with_stop(sentence) if last and piece_lang == "en" else sentence,
                    lang=piece_lang,
                    role=role,
                    pause_after=PAUSE_AFTER[pause] if last else PAUSE_AFTER["sentence"],
                    chapter=chapter if i == 0 else None,
                )
            )

    def spans(
        self,
        spans: Inline,
        role: str,
        prefix: str = "",
        pause: str = "paragraph",
        lang: str | None = None,
    ) -> None:
        """Inline runs in another language go to that language's voice; a link's address is
        said after its words (a listener cannot follow it). The prefix is one of our English
        labels ("Important:", "Picture:"), so the English voice says it."""
        runs: list[tuple[str, str]] = [("en", f"{prefix} ")] if prefix else []
        for span in with_addresses(spans):
            if span.field:  # a blank is said as who fills it in, never as silence
                span = Span(f", {field_said(span.text, self.field_filler)}, ", lang="en")
            run_lang = primary_language(span.lang or lang or self.language)
            if runs and runs[-1][0] == run_lang:
                runs[-1] = (run_lang, runs[-1][1] + span.text)
            else:
                runs.append((run_lang, span.text))
        runs = [(run_lang, _tidy_commas(text)) for run_lang, text in _join_unspoken(runs)]
        for i, (run_lang, text) in enumerate(runs):
            last = i == len(runs) - 1
            self.say(text, role, run_lang, pause if last else "sentence")

    def pause_before_next(self, seconds: float) -> None:
        if self.utterances:
            last = self.utterances[-1]
            self.utterances[-1] = Utterance(
                last.text, last.lang, last.role, max(last.pause_after, seconds), last.chapter
            )


def _end_with_stop(text: str) -> str:
    """A full stop, except after a list item that leads on ("blue or very swollen, or"): a
    stop there would make a broken sentence "..., or." of it."""
    if text[-1] in ".!?:" or re.search(r",\s*(?:or|and)$", text):
        return text
    return f"{text}."


def _speakable(text: str) -> bool:
    """Whether a voice has anything to say: a letter or a digit, not punctuation alone."""
    return any(character.isalnum() for character in text)


def _join_unspoken(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Punctuation alone is no utterance ("." after a run in another language, "..."): it joins
    the piece before it (or, at the start, the piece after it); with nothing to join, it goes."""
    joined: list[tuple[str, str]] = []
    leading = ""
    for lang, text in pieces:
        if _speakable(text):
            joined.append((lang, leading + text))
            leading = ""
        elif joined:
            joined[-1] = (joined[-1][0], joined[-1][1] + text)
        else:
            leading += text
    return joined


def _tidy_commas(text: str) -> str:
    """The commas set around a spoken field, where the sentence already pauses: "Hold for ,
    ... seconds, ." -> "Hold for, ... seconds."."""
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",\s*([,.;:])", r"\1", text)
    text = re.sub(r":,", ":", text)
    return re.sub(r"^\s*,\s*|,\s*$", "", text)


def _say_table(builder: _ScriptBuilder, table: Table) -> None:
    """Row by row, each cell after its column heading: a listener cannot look back up a column."""
    builder.say(f"A table of {len(table.rows)} rows.", "text", "en", pause="sentence")
    for row in table.rows:
        spans: list[Span] = []
        for heading, cell in zip(table.header, row, strict=False):
            spans += [Span(f"{plain_text(heading)}: "), *cell, Span(". ")]
        builder.spans(tuple(spans), "text", pause="item")
    builder.pause_before_next(PAUSE_AFTER["paragraph"])


def _section_titles(leaflet: Leaflet) -> list[str]:
    return [
        plain(block.spans)
        for block in leaflet.blocks
        if isinstance(block, Heading) and block.level == 2
    ]


def _contents(leaflet: Leaflet) -> str:
    """What the recording holds, in sentences short enough to follow by ear."""
    headings = _section_titles(leaflet)
    has_notice = any(isinstance(block, Notice) for block in leaflet.blocks)
    if headings:
        count = f"{len(headings)} section{'s' if len(headings) != 1 else ''}"
        opening = f"an important notice and {count}" if has_notice else count
        sentences = [f"This recording contains {opening}."]
        sentences.append("Each section is a chapter you can skip to.")
    else:
        opening = "an important notice, then the leaflet" if has_notice else "the leaflet"
        sentences = [f"This recording contains {opening} in one part, with no sections."]
    return " ".join(sentences)


def plain(spans: Inline) -> str:
    return "".join(span.text for span in spans).strip()


def speech_script(
    leaflet: Leaflet,
    duration_seconds: float | None = None,
    pronunciations: Pronunciations | None = None,
) -> SpeechScript:
    """The whole script. Without a measured duration the announced length is an estimate."""
    builder = _ScriptBuilder(leaflet, SpeechNormaliser(pronunciations or load_pronunciations()))
    meta, trust = leaflet.meta, leaflet.trust
    builder.say(f"{meta.title}.", "announcement")
    # The trust's own phrases are English whatever the leaflet's language; the title is not.
    builder.say(
        f"{meta.audience} from {trust.organisation}, {meta.department}.", "announcement", "en"
    )
    builder.say(
        f"Leaflet number {meta.number}, version {meta.version}. "
        + (f"Last reviewed {meta.last_reviewed}." if meta.last_reviewed else "No review date."),
        "announcement",
        "en",
    )
    builder.say(_contents(leaflet), "announcement", "en", pause="sentence")
    headings = _section_titles(leaflet)
    if 0 < len(headings) <= 8:  # in the leaflet's language, like the headings themselves
        titles = (Span(f"{'; '.join(headings)}."),)
        builder.spans(titles, "announcement", prefix="They are:", pause="sentence")
    builder.say(
        "The trust's contact details and other formats come at the end.",
        "announcement",
        "en",
        pause="sentence",
    )
    duration_index = len(builder.utterances)
    builder.say("This recording lasts about 0 seconds.", "duration", "en", pause="notice")

    for block in leaflet.blocks:
        if isinstance(block, Heading):
            builder.pause_before_next(PAUSE_BEFORE_HEADING)
            first = len(builder.utterances)
            builder.spans(block.spans, "heading", pause="heading")
            if block.level == 2 and len(builder.utterances) > first:
                u = builder.utterances[first]
                builder.utterances[first] = Utterance(
                    u.text, u.lang, u.role, u.pause_after, plain(block.spans)
                )
        elif isinstance(block, Notice):
            label = NOTICE_LABELS.get(block.kind, "Important")
            builder.spans(block.spans, "notice", prefix=f"{label}:", pause="notice")
        elif isinstance(block, Image) and block.alt:
            builder.spans((Span(block.alt),), "picture", prefix="Picture:", pause="picture")
        elif isinstance(block, DescribedPicture):
            builder.spans((Span(block.description),), "picture", prefix="Picture:", pause="picture")
        elif isinstance(block, ListBlock):
            for number, item in zip(block.item_numbers(), block.items, strict=True):
                prefix = f"Number {number}:" if block.ordered else ""
                builder.spans(item, "text", prefix=prefix, pause="item")
            builder.pause_before_next(PAUSE_AFTER["paragraph"])
        elif isinstance(block, Table):
            _say_table(builder, block)
        elif isinstance(block, Paragraph):
            builder.spans(block.spans, "text", lang=block.lang)

    builder.pause_before_next(PAUSE_BEFORE_HEADING)
    # The trust's lines are English whatever the leaflet's language.
    for line in trust.footer:
        builder.spans(line, "offer", lang="en")
    # The other-language lines say the number is "below": the English offer follows them.
    for translation in trust.translations:
        builder.say(f"In {translation.language_name}:", "offer", "en", pause="sentence")
        builder.spans((Span(translation.text, lang=translation.lang),), "offer", pause="language")
    builder.spans(trust.format_offer, "offer", lang="en")
    builder.say("End of leaflet.", "end", "en", pause="end")

    utterances = builder.utterances
    estimated = duration_seconds is None
    if estimated:
        words = sum(len(u.text.split()) for u in utterances)
        pauses = sum(u.pause_after for u in utterances)
        duration_seconds = words * 60 / ESTIMATED_WORDS_PER_MINUTE + pauses
    u = utterances[duration_index]
    utterances[duration_index] = Utterance(
        f"It lasts {describe_duration(duration_seconds)}.", u.lang, u.role, u.pause_after
    )
    return SpeechScript(tuple(utterances), duration_estimated=estimated)
