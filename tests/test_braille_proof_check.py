"""The build's check of the braille proof reads the PDF it has just written from its content
streams (pipeline/formats/pdf_glyphs.py) instead of pdfplumber, which `leaflet check` keeps: the
two readers must see the same cells in the same colours, and the build must still fail a proof
that shows other braille than the BRF."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from test_large_print import write_urdu_leaflet

from pipeline.formats.braille import BrailleSettings, check, layout_choices, write
from pipeline.formats.braille.files import proof_pdf, reading_rows
from pipeline.formats.braille.layout import lay_out
from pipeline.formats.pdf_glyphs import note_written, read_content
from pipeline.sources import load_leaflet

PROOF_PROBLEM = "does not show the BRF's braille on page(s)"


def _proof(written: list[Path]) -> Path:
    return next(path for path in written if path.name.endswith("-proof.pdf"))


@pytest.mark.parametrize("case", ["442 in grade 2", "442 in grade 1, 32 cells", "Urdu"])
def test_the_builds_reader_sees_the_proofs_cells_as_pdfplumber_does(leaflet_442, tmp_path, case):
    leaflet = load_leaflet(write_urdu_leaflet(tmp_path)) if case == "Urdu" else leaflet_442
    grade_1 = "grade 1" in case
    settings = BrailleSettings(grade=1, cells_per_line=32) if grade_1 else BrailleSettings()
    data = _proof(write(leaflet, settings, tmp_path)).read_bytes()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        ours = [
            [(g["text"], g["non_stroking_color"]) for g in page.glyphs]
            for page in read_content(pdf)[0]
        ]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = [[(c["text"], c["non_stroking_color"]) for c in page.chars] for page in pdf.pages]
    assert ours == theirs
    raised = {colour for page in ours for text, colour in page if "\u2801" <= text <= "\u283f"}
    assert len(raised) == 2  # black cells and the grey full cells beneath them


def test_a_proof_of_other_braille_fails_the_builds_check_and_leaflet_check_alike(
    leaflet_442, tmp_path
):
    """A proof of the grade 1 braille beside the grade 2 BRF, written by this process (so read
    the build's way), then read again as `leaflet check` reads it: both name the pages."""
    settings = BrailleSettings()
    written = write(leaflet_442, settings, tmp_path)
    grade_1 = lay_out(leaflet_442, layout_choices(BrailleSettings(grade=1)))
    proof_pdf(_proof(written), leaflet_442, grade_1, settings.cells_per_line, "")
    built = check(leaflet_442, settings, written)
    again = check(leaflet_442, settings, written)
    assert [p for p in built.problems if PROOF_PROBLEM in p] == [
        "442-v3-braille-proof.pdf does not show the BRF's braille on page(s) 1, 2, 3, 4, 5"
    ]
    assert built.as_dict() == again.as_dict()


def test_a_proof_replaced_after_writing_is_read_as_leaflet_check_reads_it(leaflet_442, tmp_path):
    """Only the bytes `write` wrote are read the build's way: a proof copied over it since
    (another order's) is read with pdfplumber, and the difference found."""
    settings = BrailleSettings()
    (tmp_path / "grade-2").mkdir()
    (tmp_path / "grade-1").mkdir()
    written = write(leaflet_442, settings, tmp_path / "grade-2")
    other = write(leaflet_442, BrailleSettings(grade=1), tmp_path / "grade-1")
    _proof(written).write_bytes(_proof(other).read_bytes())
    problems = check(leaflet_442, settings, written).problems
    assert any(PROOF_PROBLEM in p for p in problems), problems


RAMADAN_LEAFLET = """---
number: DIA-0615
version: 2
title: رمضان اور آپ کی ذیابیطس کی دوائیں
department: Leicester Diabetes Centre
last_reviewed: 2026-01
next_review: 2029-01
language: ur
---

اگر آپ کو ذیابیطس ہے تو روزہ رکھنے سے پہلے اپنے ڈاکٹر سے بات کریں۔

## کیا نہ کریں

- سحری نہ چھوڑیں۔
- اپنی دوا کی خوراک خود سے دوگنی نہ کریں۔
- میٹفارمین 500mg: افطار کے وقت ایک گولی لیں۔
"""

PROOF_READING_PROBLEM = "the proof's reading of braille page"


def _ramadan(tmp_path: Path):
    source = tmp_path / "dia-0615-leaflet.ur.md"
    source.write_text(RAMADAN_LEAFLET, encoding="utf-8")
    leaflet = load_leaflet(source)
    return leaflet, write(leaflet, BrailleSettings(), tmp_path)


def test_an_urdu_proofs_readings_give_a_reader_the_words_not_its_nastaliq_glyphs(tmp_path):
    """The Urdu reading under each braille line was set in Nastaliq, whose glyphs WeasyPrint
    cannot always map back to one letter: copied, searched or read with pdftotext, "رمضان" came
    back "ر ذ ا ن" (mim as thal) and "نہ" (not) as "ذہ", so a checker could not set it beside
    the print. Urdu readings are set in Naskh, as Arabic's are, and each carries its words and
    language (/ActualText, /Lang) for a screen reader."""
    leaflet, written = _ramadan(tmp_path)
    shown = subprocess.run(
        ["pdftotext", str(_proof(written)), "-"], capture_output=True, text=True, check=True
    ).stdout
    for line in ("سحری نہ چھوڑیں۔", "اپنی دوا کی خوراک خود سے دوگنی نہ", "ایک گولی لیں۔"):
        assert line in shown.replace("\u202b", "").replace("\u202c", "")
    with pikepdf.open(_proof(written)) as pdf:
        readings = [(str(td.get("/Lang")), str(td.get("/ActualText"))) for td in reading_rows(pdf)]
    assert ("ur", "- سحری نہ چھوڑیں۔") in readings
    report = check(leaflet, BrailleSettings(), written)
    assert not [p for p in report.problems if PROOF_READING_PROBLEM in p], report.problems


def _reading_lost_its_not(path: Path) -> None:
    """The proof with one line's reading, as a PDF reader gets it, without its "نہ" (not)."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "نہ چھوڑیں" in str(obj.get("/ActualText")):
                obj.ActualText = pikepdf.String(str(obj.ActualText).replace(" نہ", ""))
        pdf.save(path)


@pytest.mark.parametrize("reader", ["the build's", "leaflet check's"])
def test_an_urdu_proof_whose_reading_is_not_its_braille_fails_the_check(tmp_path, reader):
    """A proof whose Urdu reading a PDF reader gets otherwise than its braille says ('سحری
    چھوڑیں' for 'سحری نہ چھوڑیں', do not skip the pre-dawn meal) had passed the check, which
    compared only its cells with the BRF's (the reviewer's Nastaliq proof, 'ر ذ ا ن' for
    'رمضان', passed so): the line is named, by the build's reader and `leaflet check`'s."""
    leaflet, written = _ramadan(tmp_path)
    proof = _proof(written)
    _reading_lost_its_not(proof)
    if reader == "the build's":
        note_written(proof, proof.read_bytes())
    problems = [
        p for p in check(leaflet, BrailleSettings(), written).problems
        if PROOF_READING_PROBLEM in p
    ]
    assert len(problems) == 1, problems
    assert "gives '- سحری چھوڑیں۔' for '- سحری نہ چھوڑیں۔'" in problems[0], problems
