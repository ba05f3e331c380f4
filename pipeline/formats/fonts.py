"""Font names and faces: what a format may put into a stylesheet or a document, and whether a
face is the plain sans serif that large print, Easy Read and Clear Print ask for.

A font name ends up inside CSS and HTML, so it is held to letters, digits, spaces and hyphens.
What kind of face a family is comes from the face itself (its OS/2 PANOSE numbers and IBM font
class, its post table's fixed-pitch flag), found through fontconfig (its library, asked in this
process); the name is the last resort.
The same reading works on a face embedded in a PDF, so checkers can use `face_kind` too.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

from ..errors import LeafletError
from ..languages import LANGUAGES, find_language
from ..text import with_plainer_signs


@contextmanager
def print_faces() -> Iterator[object]:
    """WeasyPrint's font configuration for one PDF, the faces it copied removed once the PDF is
    written. WeasyPrint copies each @font-face a page asks for into a "weasyprint-*" folder of
    the temporary folder and removes it only when the configuration is garbage-collected, which
    a process that exits or a worker that is stopped never does: each large-print and braille
    proof had left one behind (2,489 on one machine after a day), filling a server's disk."""
    from weasyprint.text.fonts import FontConfiguration

    configuration = FontConfiguration()
    try:
        yield configuration
    finally:
        folder = getattr(configuration, "_folder", None)  # set by its first @font-face
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


SANS_SERIF = "sans serif"
SERIF = "serif"
MONOSPACED = "monospaced"
DECORATIVE = "script or decorative"
UNKNOWN = ""

# Words separated by single spaces or hyphens: "Liberation Sans", "Noto Sans-Display".
_FONT_NAME = re.compile(r"[^\W_]+(?:[ -][^\W_]+)*")
# The languages a Latin-script face prints: the leaflet's English and the trust's Polish line.
LATIN_LANGUAGES = tuple(row.code for row in LANGUAGES if row.script == "Latin")


def font_name(name: str) -> str:
    """A font name safe to write into CSS or HTML; a pydantic validator (raises ValueError)."""
    if not _FONT_NAME.fullmatch(name):
        raise ValueError(
            f"'{name}' is not a font name: use letters, digits, single spaces and hyphens only "
            "(for example Liberation Sans)"
        )
    return name


def fontconfig(arguments: list[str]) -> list[str]:
    """Non-empty output lines of one fontconfig command (`fc-match`, `fc-conflist`); faces are
    listed by the library itself (`faces_of`)."""
    try:
        result = subprocess.run(arguments, capture_output=True, text=True, check=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as error:
        raise LeafletError(f"fontconfig ({arguments[0]}) cannot list fonts: {error}") from None
    return [line for line in result.stdout.splitlines() if line.strip()]


def _pattern(family: str) -> str:
    """A family as a fontconfig pattern: a bare hyphen would start a point size."""
    return family.replace("-", "\\-")


@cache
def font_file(family: str, style: str = "Regular") -> Path:
    """The file of one face, so a renderer gets exactly it (fontconfig picks Nastaliq Bold)."""
    files = [face.file for face in faces_of(family) if face.style == style]
    if not files:
        raise LeafletError(
            f"the font '{family} {style}' is not installed: the set-up installs it from "
            "Debian's fonts-noto-core (run scripts/setup.sh)"
        )
    return Path(files[0])


def face_kind(font: TTFont) -> str:
    """SANS_SERIF, SERIF, MONOSPACED, DECORATIVE or UNKNOWN, as the face describes itself."""
    os2 = font["OS/2"] if "OS/2" in font else None
    panose = os2.panose if os2 is not None else None
    latin_text = panose is not None and panose.bFamilyType == 2
    if ("post" in font and _fixed_pitch(font)) or (latin_text and panose.bProportion == 9):
        return MONOSPACED
    if panose is not None and panose.bFamilyType in (3, 4, 5):  # script, decorative, symbol
        return DECORATIVE
    if latin_text and 11 <= panose.bSerifStyle <= 15:  # normal, obtuse, square, flared, rounded
        return SANS_SERIF
    if latin_text and 2 <= panose.bSerifStyle <= 10:  # cove, square, thin, ... triangle
        return SERIF
    family_class = os2.sFamilyClass >> 8 if os2 is not None else 0
    if family_class == 8:
        return SANS_SERIF
    if 1 <= family_class <= 7:
        return SERIF
    if family_class in (10, 12):  # scripts, symbolic
        return DECORATIVE
    return _kind_from_name(str(font["name"].getBestFamilyName() or "") if "name" in font else "")


def _fixed_pitch(font: TTFont) -> bool:
    """The post table's isFixedPitch, read from the table's header (a uint32 at byte 12): to
    decompile the table decodes every glyph name first, 4 ms of a large-print request for
    Liberation Sans's one flag."""
    header = font.reader["post"][:16] if "post" in font.reader else b""
    if len(header) < 16:  # a table fontTools reads some other way (or fails on, as before)
        return bool(font["post"].isFixedPitch)
    return int.from_bytes(header[12:16], "big") != 0


def _kind_from_name(family: str) -> str:
    words = family.lower().replace("-", " ").split()
    if "mono" in words or "monospace" in words:
        return MONOSPACED
    if "sans" in words:
        return SANS_SERIF
    if "serif" in words:
        return SERIF
    return UNKNOWN


@dataclass(frozen=True)
class Face:
    """One installed face, as fontconfig lists it."""

    file: str
    index: int
    weight: int  # fontconfig's scale: 80 regular, 200 bold
    width: int  # 100 normal, 75 condensed
    languages: frozenset[str]
    families: tuple[str, ...] = ()  # every name the face gives its family
    style: str = ""  # its first style name: "Regular", "Bold", "SemiCondensed Bold"
    slant: int = 0  # 0 upright, 100 italic, 110 oblique

    def kind(self) -> str:
        return face_kind(TTFont(self.file, fontNumber=self.index, lazy=True))


_LISTING = "%{family}|%{style}|%{slant}|%{file}|%{index}|%{weight}|%{width}|%{lang}"


def _number(text: str, default: int) -> int:
    """fontconfig's number, or the first of a range ("[80 200]", a variable font's weights)."""
    if text.isdigit():
        return int(text)
    found = re.search(r"-?\d+(?:\.\d+)?", text)
    return round(float(found.group())) if found else default


class _FontSet(ctypes.Structure):
    _fields_ = [
        ("nfont", ctypes.c_int),
        ("sfont", ctypes.c_int),
        ("fonts", ctypes.POINTER(ctypes.c_void_p)),
    ]


@cache
def _fontconfig_library() -> ctypes.CDLL:
    """fontconfig itself, asked in this process: an fc-list process costs 5 ms or more each time
    and a large-print build asked six (the library reads its font cache once)."""
    try:
        library = ctypes.CDLL("libfontconfig.so.1")
    except OSError:
        found = ctypes.util.find_library("fontconfig")
        if found is None:
            raise LeafletError(
                "fontconfig cannot list fonts: its library is missing (Debian's libfontconfig1)"
            ) from None
        library = ctypes.CDLL(found)
    library.FcNameParse.argtypes = [ctypes.c_char_p]
    library.FcNameParse.restype = ctypes.c_void_p
    library.FcFontList.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    library.FcFontList.restype = ctypes.POINTER(_FontSet)
    library.FcPatternFormat.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    library.FcPatternFormat.restype = ctypes.c_void_p
    library.FcStrFree.argtypes = [ctypes.c_void_p]
    library.FcFontSetDestroy.argtypes = [ctypes.POINTER(_FontSet)]
    library.FcPatternDestroy.argtypes = [ctypes.c_void_p]
    return library


def _listed_lines(pattern: str, line_format: str) -> list[str]:
    """What `fc-list -f FORMAT PATTERN` prints, a line a face, asked of the library."""
    library = _fontconfig_library()
    parsed = library.FcNameParse(pattern.encode())
    if not parsed:
        raise LeafletError(f"fontconfig cannot read the font name '{pattern}'")
    lines = []
    try:
        found = library.FcFontList(None, parsed, None)
        if not found:
            raise LeafletError("fontconfig cannot list fonts")
        try:
            for index in range(found.contents.nfont):
                text = library.FcPatternFormat(found.contents.fonts[index], line_format.encode())
                if text:
                    lines.append(ctypes.string_at(text).decode("utf-8", "replace"))
                    library.FcStrFree(text)
        finally:
            library.FcFontSetDestroy(found)
    finally:
        library.FcPatternDestroy(parsed)
    return lines


@cache
def faces_of(family: str) -> tuple[Face, ...]:
    """The installed faces of exactly that family (no substitute)."""
    faces = []
    for line in _listed_lines(_pattern(family), _LISTING):
        names, styles, slant, file, index, weight, width, languages = line.split("|", 7)
        faces.append(
            Face(
                file,
                _number(index, 0),
                _number(weight, 80),
                _number(width, 100),
                frozenset(languages.split("|")),
                tuple(names.split(",")),
                styles.split(",")[0],
                _number(slant, 0),
            )
        )
    return tuple(faces)


def upright_faces(family: str) -> list[Face]:
    """The family's installed upright faces (exactly that family: no substitute)."""
    return [face for face in faces_of(family) if face.slant == 0]


def matched_family(family: str) -> str:
    """The family fontconfig would draw `family` in on this machine (itself, or a substitute)."""
    return "".join(fontconfig(["fc-match", "-f", "%{family[0]}", _pattern(family)]))


_UNKNOWN_FAMILY = "No Such Font Family Anywhere"


def known_family(family: str) -> str:
    """`family` if this machine has it or a metric twin fontconfig stands in for it (Arial ->
    Liberation Sans); one it merely falls back from (a typing mistake, or a patient's name typed
    into the font box) is refused, so it reaches no file name, stylesheet or log."""
    substitute = matched_family(family)
    if not upright_faces(family) and substitute == matched_family(_UNKNOWN_FAMILY):
        raise ValueError(
            f"the font '{family}' is not installed on this machine (fontconfig would show "
            f"{substitute} instead); Arial (shown as Liberation Sans) is the usual choice"
        )
    return family


@cache
def described_families() -> frozenset[str]:
    """Family names (lower case) fontconfig's own configuration describes: 45-latin.conf names
    Verdana and Tahoma as sans serifs, though this machine has neither installed."""
    names: set[str] = set()
    for line in fontconfig(["fc-conflist"]):
        if not line.startswith("+ "):
            continue
        try:
            text = Path(line[2:].partition(": ")[0]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        names.update(name.strip().lower() for name in re.findall(r"<family>([^<]+)</family>", text))
    return frozenset(names)


def family_a_reader_may_have(family: str) -> str:
    """`family` if it is installed here or fontconfig knows it as a face a reader's machine may
    have (Verdana): for a format that only names the face. A patient's name typed into the font
    box is neither, and is refused."""
    if family.lower() in described_families():
        return family
    return known_family(family)


@cache
def installed_sans_serif(family: str) -> str:
    """`family` if it is installed here as a plain sans serif with a regular and a bold face and
    the letters of every Latin-script language the trust prints; a pydantic validator."""
    faces = upright_faces(family)
    if not faces:
        substitute = matched_family(family)
        raise ValueError(
            f"'{family}' is not installed on this machine (fontconfig would draw it in "
            f"{substitute}); Liberation Sans (Debian fonts-liberation2) is the usual choice"
        )
    regular = min(faces, key=lambda face: (abs(face.width - 100), abs(face.weight - 80)))
    kind = regular.kind()
    if kind != SANS_SERIF:
        described = f"a {kind} face" if kind else "a face that does not say it is sans serif"
        raise ValueError(
            f"'{family}' is {described}: large type needs a plain sans serif such as "
            "Liberation Sans"
        )
    if regular.width < 100:
        raise ValueError(
            f"'{family}' is condensed (narrow letters are harder to read): choose a face of "
            "normal width such as Liberation Sans"
        )
    if not any(face.weight >= 180 for face in faces):
        raise ValueError(f"'{family}' has no bold face for headings and emphasis")
    missing = [lang for lang in LATIN_LANGUAGES if lang not in regular.languages]
    if missing:
        raise ValueError(
            f"'{family}' does not have the letters of every language printed in it "
            f"(missing: {', '.join(missing)})"
        )
    return family


@cache
def named_sans_serif(family: str) -> str:
    """`family` unless fontconfig knows it as a serif, monospaced or decorative face (Georgia,
    Courier New, ...): for a format that names a face the reader's machine supplies."""
    kind = _kind_from_name(family)
    substitute = matched_family(family)
    if kind in (UNKNOWN, SANS_SERIF):
        faces = upright_faces(substitute)
        kind = min(faces, key=lambda face: abs(face.weight - 80)).kind() if faces else kind
    if kind not in (UNKNOWN, SANS_SERIF):
        drawn = "" if substitute.lower() == family.lower() else f" (shown here as {substitute})"
        raise ValueError(
            f"'{family}' is a {kind} face{drawn}: name a plain sans serif such as Arial"
        )
    return family


# Faces whose glyphs a PDF's text layer cannot map back to the letters they draw, and the face
# a PDF sets those letters in instead. A Nastaliq glyph is often several letters joined and
# stepped down the line: copied, searched or read aloud from a PDF, an Urdu "نہ" (do not)
# came back "ذہ", and /ActualText cannot mend a right-to-left line for every reader (poppler
# takes it as drawn, right to left, and gives it back reversed). Naskh, the face Arabic is
# printed in, maps back letter for letter, as the braille proof's Urdu readings found.
TEXT_LAYER_FACES = {"Noto Nastaliq Urdu": "Noto Naskh Arabic"}


def pdf_print_font(family: str) -> str:
    """The face a PDF prints a language whose print face is `family` in
    (`TEXT_LAYER_FACES`): itself unless its glyphs cannot be read back as letters."""
    return TEXT_LAYER_FACES.get(family, family)


def script_font_faces(latin: str | None = None, in_pdf: bool = False) -> str:
    """@font-face rules loading each script's Regular face by file, chosen by `:lang()`; with
    `latin`, the face for Latin letters the script's face lacks ("Paracetamol 500mg" untagged
    in an Urdu line), which had fallen to whatever face the system calls sans-serif. With
    `latin`, the script's face is used only for what is not a Latin letter or a figure
    (`_unicode_ranges`): Noto Naskh Arabic and Nastaliq have figures of their own, and an
    Arabic line's 'Ibuprofen 200mg' had its '200' in Naskh, its 'mg' in Liberation Sans;
    every Latin letter and figure is now the one large-print face. `in_pdf`: each language in
    the face a PDF prints it in (`pdf_print_font`: Urdu in Naskh)."""
    fallback = f'"{latin}", ' if latin else ""
    rules = []
    loaded = set()
    for row in LANGUAGES:
        if not row.print_font:
            continue
        lang = row.code
        family = pdf_print_font(row.print_font) if in_pdf else row.print_font
        face = f"Leaflet {family}"
        styles = (("normal", "Regular"), ("bold", "Bold")) if family not in loaded else ()
        for weight, style in styles:  # a face two languages share is loaded once
            file = font_file(family, style)
            ranges = f"unicode-range: {_unicode_ranges(file)}; " if latin else ""
            rules.append(
                f'@font-face {{ font-family: "{face}"; font-weight: {weight}; '
                f"src: url({file.as_uri()}); {ranges}}}\n"
            )
        loaded.add(family)
        # the Latin face before the script's system family, which has figures of its own
        rules.append(
            f':lang({lang}) {{ font-family: "{face}", {fallback}"{family}", sans-serif; }}\n'
        )
    return "".join(rules)


def _latin_or_figure(code: int) -> bool:
    """A Latin letter (any accent) or one of the figures 0 to 9."""
    char = chr(code)
    return "0" <= char <= "9" or (char.isalpha() and "LATIN" in unicodedata.name(char, ""))


@cache
def _unicode_ranges(file: Path) -> str:
    """The characters a face draws, less the Latin letters and figures, as a CSS unicode-range
    (exactly its own: WeasyPrint gives a face the characters the range names, and one it
    lacks would be drawn as a blank box, not from the next face)."""
    codes = sorted(code for code in TTFont(file, lazy=True).getBestCmap()
                   if not _latin_or_figure(code))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in ranges)


# How much larger than the Latin text a script's print face is set for its letters to look as
# large. Noto Naskh Arabic's letters stand 0.34-0.41 em above the line (the tooth of 'س', the
# bowl of 'ه'), Liberation Sans's x-height 0.53 em: a line of Arabic at 18 pt read as a smaller
# size than the English beside it (its letters' tops, three in four columns of print, 7.7 pt
# against the English 9.8 pt); at 1.25 times, 9.6 pt. Nastaliq, Gujarati and Gurmukhi letters
# stand as tall as the English x-height or taller (9.6 to 11.3 pt at 18 pt) and keep the size.
SCALED_FACES = {"Noto Naskh Arabic": 1.25}


def print_scale(tag: str) -> float:
    """How many times the body size a language's own lines are printed at in a PDF (1 for
    English), in the face it is printed in there (`pdf_print_font`)."""
    row = find_language(tag)
    return SCALED_FACES.get(pdf_print_font(row.print_font), 1.0) if row else 1.0


def face_scale(fontname: str) -> float:
    """The same for a face as a PDF names it ('ZWVBQV+Leaflet-Noto-Naskh-Arabic'), for checkers."""
    compact = re.sub(r"[^a-z]", "", fontname.split("+")[-1].lower())
    for family, scale in SCALED_FACES.items():
        if re.sub(r"[^a-z]", "", family.lower()) in compact:
            return scale
    return 1.0


@cache
def drawn(char: str) -> bool:
    """Whether some installed face has a glyph for the character (fontconfig's charsets)."""
    return ord(char) < 0x2000 or bool(_listed_lines(f":charset={ord(char):x}", "%{family}\n"))


def undrawn_characters(text: str) -> list[str]:
    """Characters of `text` no installed face draws, once each, in order."""
    return [c for c in dict.fromkeys(text) if not c.isspace() and c != "\ufe0f" and not drawn(c)]


def drawable(text: str) -> str:
    """`text` with each character no face draws replaced: by a sign meaning the same that one
    does ("❌" as "✗": no face here draws "❌", and one such character left the large print's
    whole text layer unreadable), else by its name in brackets ("[pill]") as braille shows it;
    the emoji variation selector, which asks for a colour picture, is dropped."""
    text = with_plainer_signs(text, drawn)
    for char in undrawn_characters(text):
        text = text.replace(char, f"[{unicodedata.name(char, 'sign').lower()}]")
    return text
