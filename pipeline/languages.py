"""The languages the pipeline writes in: one row each, so adding a language is adding a row.

Every format takes what it needs for a language from here (its script and direction, braille
table, fonts, voices, ID3 code), never from a table of its own. The README's "Adding a language"
says what else a new row needs (config lines, Debian packages).
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import LeafletError


@dataclass(frozen=True)
class Language:
    """What each format needs to write one language. Empty means the format has nothing special:
    no print font (the format's own Latin face), no gTTS voice."""

    code: str  # BCP 47 primary subtag: "ur"
    english_name: str  # said or printed before a line in this language: "Urdu"
    script: str  # as pipeline.text.script_of names it: "Arabic"
    right_to_left: bool
    braille_table: str  # liblouis table, uncontracted (grade 1)
    contracted_braille_table: str  # liblouis table for grade 2; "" writes grade 1 instead
    espeak_voice: str  # espeak-ng -v
    gtts_code: str  # gTTS lang
    iso_639_2: str  # ID3 TLAN
    print_font: str = ""  # the face print (large print, Easy Read) sets the script in
    screen_fallback_fonts: tuple[str, ...] = ()  # faces a reader's screen may have instead
    hyphenation: str = ""  # pyphen's patterns, to divide a long braille word between syllables
    # Words that open a line of the format offer only when its beginning was lost: the line is
    # flagged for a person (the Arabic offer begins "If you would like to obtain...": a line
    # starting "على" ("... this information") has lost its first words).
    cut_sentence_openers: tuple[str, ...] = ()
    # The language's own name, lower-cased, as a line over a translation of a leaflet names it
    # ("Polish / Polski"): the importer leaves that line out with the translation.
    own_names: tuple[str, ...] = ()


LANGUAGES: tuple[Language, ...] = (
    Language(
        code="en",
        english_name="English",
        script="Latin",
        right_to_left=False,
        braille_table="en-ueb-g1.ctb",
        contracted_braille_table="en-ueb-g2.ctb",
        espeak_voice="en-gb",
        gtts_code="en",
        iso_639_2="eng",
        hyphenation="en_GB",
    ),
    Language(
        code="ur",
        english_name="Urdu",
        script="Arabic",
        right_to_left=True,
        braille_table="ur-pk-g1.utb",
        contracted_braille_table="",
        espeak_voice="ur",
        gtts_code="ur",
        iso_639_2="urd",
        # Urdu readers expect Nastaliq, Arabic readers Naskh.
        print_font="Noto Nastaliq Urdu",
        screen_fallback_fonts=("Jameel Noori Nastaleeq", "Urdu Typesetting", "serif"),
        own_names=("اردو",),
    ),
    Language(
        code="ar",
        english_name="Arabic",
        script="Arabic",
        right_to_left=True,
        braille_table="ar-ar-g1.utb",
        contracted_braille_table="",
        espeak_voice="ar",
        gtts_code="ar",
        iso_639_2="ara",
        print_font="Noto Naskh Arabic",
        screen_fallback_fonts=("Noto Sans Arabic", "Traditional Arabic", "Arial", "serif"),
        cut_sentence_openers=("على", "في", "من", "إلى", "عن", "و"),
        own_names=("العربية", "عربي"),
    ),
    Language(
        code="gu",
        english_name="Gujarati",
        script="Gujarati",
        right_to_left=False,
        braille_table="gu-in-g1.utb",
        contracted_braille_table="",
        espeak_voice="gu",
        gtts_code="gu",
        iso_639_2="guj",
        print_font="Noto Sans Gujarati",
        screen_fallback_fonts=("Shruti", "Nirmala UI", "sans-serif"),
        own_names=("ગુજરાતી",),
    ),
    Language(
        code="pa",
        english_name="Punjabi",
        script="Gurmukhi",
        right_to_left=False,
        braille_table="pa.tbl",
        contracted_braille_table="",
        espeak_voice="pa",
        gtts_code="pa",
        iso_639_2="pan",
        print_font="Noto Sans Gurmukhi",
        screen_fallback_fonts=("Raavi", "Nirmala UI", "sans-serif"),
        own_names=("ਪੰਜਾਬੀ",),
    ),
    Language(
        code="pl",
        english_name="Polish",
        script="Latin",
        right_to_left=False,
        braille_table="Pl-Pl-g1.utb",
        contracted_braille_table="",
        espeak_voice="pl",
        gtts_code="pl",
        iso_639_2="pol",
        hyphenation="pl_PL",
        own_names=("polski", "polsku", "polska"),
    ),
    Language(
        code="cy",
        english_name="Welsh",
        script="Latin",
        right_to_left=False,
        braille_table="cy-cy-g1.utb",
        contracted_braille_table="cy-cy-g2.ctb",
        espeak_voice="cy",
        gtts_code="cy",
        iso_639_2="cym",  # ISO 639-2/T; the /B form is "wel"
        own_names=("cymraeg",),
    ),
)
_BY_CODE = {row.code: row for row in LANGUAGES}


def primary_language(tag: str) -> str:
    """ "en-GB" -> "en"."""
    return tag.split("-")[0].lower()


def find_language(tag: str) -> Language | None:
    """The row for a BCP 47 tag ("en-GB" finds English), or None for a language not listed."""
    return _BY_CODE.get(primary_language(tag))


def language(tag: str) -> Language:
    """The row for a BCP 47 tag; a language not listed is named in the error."""
    row = find_language(tag)
    if row is None:
        raise LeafletError(
            f"the pipeline does not know language '{tag}': it writes {', '.join(_BY_CODE)} "
            "(the README's 'Adding a language' says how to add one)"
        )
    return row


def looks_cut(tag: str, text: str) -> bool:
    """Whether a line seems to have lost its beginning: it opens with a small letter, with
    punctuation that closes something, or with a word its language's row lists as never opening
    such a line. A person must look: the pipeline never writes the missing words."""
    words = text.split()
    if not words:
        return False
    first = words[0]
    row = find_language(tag)
    return (
        first[0].islower()
        or first[0] in ",.;:)]}…"
        or (row is not None and first.strip(",.;:") in row.cut_sentence_openers)
    )


def is_right_to_left(tag: str) -> bool:
    row = find_language(tag)
    return row is not None and row.right_to_left
