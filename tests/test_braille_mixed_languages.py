"""Braille of English leaflets with lines and words in other languages, and of translated
leaflets with English in them: each run in another braille code is announced and closed so the
line after it reads in its own code, and every word reads back as printed."""

from __future__ import annotations

import louis
import pytest

from pipeline.formats.braille import BrailleSettings, check, write
from pipeline.formats.braille import checker as braille_check
from pipeline.formats.braille.checker import read_brf
from pipeline.formats.braille.layout import (
    BLANK,
    DOTS_MODE,
    ENGLISH_TABLES,
    TN_CLOSE,
    TN_OPEN,
    LayoutChoices,
    back_translate,
    table_for,
    units_of,
)
from pipeline.sources import load_leaflet


def build(leaflet, folder):
    written = write(leaflet, BrailleSettings(), folder)
    brf = next(p for p in written if p.suffix == ".brf")
    pages = read_brf(brf.read_bytes(), braille_check.CheckReport("braille"))
    return pages, check(leaflet, BrailleSettings(), written)


def leaflet_from(folder, name: str, front: str, body: str):
    source = folder / name
    source.write_text(f"---\n{front}\n---\n\n{body}\n", encoding="utf-8")
    return load_leaflet(source)


def body_of(pages) -> str:
    return BLANK.join(line.strip(BLANK) for page in pages for line in page[1:])


def last_note_before(body: str, cells: str) -> str:
    """What the last transcriber's note before these cells says ("Urdu braille:", "end of Urdu
    braille"), or "" where none comes before them."""
    at = body.index(cells)
    opening = body.rfind(TN_OPEN, 0, at)
    if opening < 0:
        return ""
    closing = body.index(TN_CLOSE, opening)
    said = body[opening + len(TN_OPEN) : closing]
    return " ".join(back_translate(said, ENGLISH_TABLES[2]).split())


def read_in_its_own_code(body: str, cells: str) -> bool:
    """Whether every note before the cells that opened another code has been closed."""
    return not last_note_before(body, cells).endswith(" braille:")


# "I need an interpreter" and the language's own name, as an interpreting service's card and a
# trust's "languages we can book" list print them
ASKING = {
    "ur": ("مجھے مترجم کی ضرورت ہے", "اردو", "Urdu"),
    "ar": ("أحتاج إلى مترجم", "العربية", "Arabic"),
    "gu": ("મને દુભાષિયાની જરૂર છે", "ગુજરાતી", "Gujarati"),
    "pa": ("ਮੈਨੂੰ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ", "ਪੰਜਾਬੀ", "Punjabi"),
}


@pytest.mark.parametrize("lang", list(ASKING))
def test_an_english_line_ending_in_another_script_closes_its_code(tmp_path, lang):
    """An English line ending on words in another script ("Ask for an interpreter: اردو", an
    item "Urdu: اردو") had its run opened by 'Urdu braille:' and never closed, the run being the
    line's last words: the reader read on in Urdu braille into the next line, "Do not bring a
    child to interpret for you" and the next item's language name read as Urdu (the check read
    'Gujarati' back as '456 ّگُجآاتی'). Every such run is closed by 'end of ... braille'."""
    phrase, own_name, english_name = ASKING[lang]
    leaflet = leaflet_from(
        tmp_path,
        "8801-interpreting-services.md",
        "number: 8801\nversion: 2\ntitle: Interpreting services\ndepartment: Patient Experience"
        "\nlanguage: en-GB",
        "## Asking for an interpreter\n\n"
        "If you need an interpreter, tell the receptionist when you arrive. You can show them "
        f"this: [{phrase}]{{lang={lang}}}\n\n"
        "Do not bring a child to interpret for you. Interpreters are free of charge.\n\n"
        "## Languages we can book\n\n"
        f"- {english_name}: [{own_name}]{{lang={lang}}}\n"
        "- Polish: [Polski]{lang=pl}\n"
        "- British Sign Language (BSL)\n",
    )
    texts = [u.text for u in units_of(leaflet, LayoutChoices()) if u.role != "identity"]
    code = f"{english_name} braille"
    for line in (t for t in texts if f"{code}:" in t):
        assert line.endswith(f"end of {code}"), line
    pages, report = build(leaflet, tmp_path)
    assert report.passed, report.problems
    assert not [f for f in report.findings if f.startswith("words that differ")], report.findings
    body = body_of(pages)
    for english in ("Do not bring a child to interpret for you.", "Polish: Polski",
                    "British Sign Language (BSL)"):
        cells = louis.translateString(ENGLISH_TABLES[2].split(","), english, None, DOTS_MODE)
        assert read_in_its_own_code(body, cells), english


def test_a_heading_wholly_in_another_script_is_announced_and_closed(tmp_path):
    """A bilingual eye clinic leaflet's heading in Urdu alone ("آنکھوں کا کلینک") was brailled in
    Urdu braille with no note at all: a UEB reader read its cells as UEB. It is opened by 'Urdu
    braille:' and closed before the English paragraph under it."""
    heading = "آنکھوں کا کلینک"  # "the eye clinic"
    leaflet = leaflet_from(
        tmp_path,
        "8802-coming-to-the-eye-clinic.md",
        "number: 8802\nversion: 1\ntitle: Coming to the eye clinic\ndepartment: Ophthalmology"
        "\nlanguage: en-GB",
        "## Before you come\n\nDo not wear eye make-up on the day of your appointment.\n\n"
        f"## [{heading}]{{lang=ur}}\n\n"
        "Do not drive after your eye drops. Someone must take you home.\n",
    )
    texts = [u.text for u in units_of(leaflet, LayoutChoices()) if u.role == "heading"]
    assert f"Urdu braille: {heading} end of Urdu braille" in texts, texts
    pages, report = build(leaflet, tmp_path)
    assert report.passed, report.problems
    body = body_of(pages)
    urdu = louis.translateString(table_for("ur", 2).split(","), heading, None, DOTS_MODE)
    assert last_note_before(body, urdu) == "Urdu braille:", "opened before it"
    english = "Do not drive after your eye drops."
    cells = louis.translateString(ENGLISH_TABLES[2].split(","), english, None, DOTS_MODE)
    assert read_in_its_own_code(body, cells)


def test_an_english_heading_in_a_translated_leaflet_is_closed_before_its_text(tmp_path):
    """An Urdu leaflet's heading wholly in English ("Metformin", the medicine's name as the
    pharmacy label prints it) was opened by 'English braille:' and left open, the Urdu
    paragraph under it read in UEB."""
    text = "روزانہ دو بار کھانے کے ساتھ ایک گولی لیں۔"  # "take one tablet twice a day with food"
    leaflet = leaflet_from(
        tmp_path,
        "8803-metformin.ur.md",
        "number: 8803\nversion: 1\ntitle: میٹفارمن لینا\ndepartment: Diabetes\nlanguage: ur",
        f"## [Metformin]{{lang=en}}\n\n{text}\n",
    )
    texts = [u.text for u in units_of(leaflet, LayoutChoices()) if u.role == "heading"]
    assert "English braille: Metformin end of English braille" in texts, texts
    pages, report = build(leaflet, tmp_path)
    assert report.passed, report.problems
    urdu = louis.translateString(table_for("ur", 2).split(","), text, None, DOTS_MODE)
    assert read_in_its_own_code(body_of(pages), urdu)
