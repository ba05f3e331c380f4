"""Large print's text layer as a reader outside the pipeline gets it: poppler's pdftotext (what
copying, searching and "read aloud" in poppler-based viewers use) must give every
other-language line as the source's words, and a word the layout divides over lines whole; the
check must fail a PDF whose text layer does not."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pytest
from leaflet_files import write_source

from pipeline.formats import large_print
from pipeline.formats.html_render import language_runs
from pipeline.formats.large_print import LargePrintSettings
from pipeline.sources import load_leaflet

# An anticoagulant clinic's leaflet with its "do not" lines in the languages the clinic's
# patients read, in the shape such leaflets take; the trust's footer adds its own lines in
# Urdu, Arabic, Gujarati, Punjabi and Polish.
ANTICOAGULANT = """## Other medicines

Do not take aspirin or ibuprofen unless the anticoagulant clinic tells you to.

[اینٹی کوایگولنٹ کلینک کے کہے بغیر اسپرین یا آئبوپروفن نہ لیں۔]{lang=ur}

[ਐਂਟੀਕੋਆਗੂਲੈਂਟ ਕਲੀਨਿਕ ਦੇ ਕਹੇ ਬਿਨਾਂ ਐਸਪਰੀਨ ਜਾਂ ਆਈਬਿਊਪਰੋਫ਼ੈਨ ਨਾ ਲਓ।]{lang=pa}

[એન્ટિકોઆગ્યુલન્ટ ક્લિનિક કહે નહિ ત્યાં સુધી એસ્પિરિન કે આઇબુપ્રોફેન ન લો.]{lang=gu}

[Peidiwch â chymryd aspirin nac ibuprofen heb siarad â'r clinig gwrthgeulo.]{lang=cy}

## Bleeding

If you cut yourself, press on the cut for 10 minutes. Call 999 if it does not stop.
"""


def _pdftotext(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout


def _logical(text: str) -> str:
    """pdftotext's lines in reading order: it gives a right-to-left line as runs embedded
    right to left (RLE ... PDF), each in reading order, set out from the left; read from the
    right they are the line."""
    lines = []
    for line in text.splitlines():
        if "\u202b" in line:
            pieces = re.split("(\u202b[^\u202c]*\u202c)", line)
            line = " ".join(p.strip("\u202b\u202c") for p in reversed(pieces))
        lines.append(line)
    return " ".join(lines)


def _words(text: str) -> list[str]:
    """The words of `text`, its punctuation left out (pdftotext sets a comma between runs)."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" or c == "'" else " " for c in text)
    return kept.split()


def _built(folder: Path, body: str, size: int = 18):
    leaflet = load_leaflet(write_source(folder, "9907-taking-warfarin", "Anticoagulant Clinic",
                                        body))
    settings = LargePrintSettings(size=size)
    (pdf,) = large_print.write(leaflet, settings, folder)
    return leaflet, settings, pdf


@pytest.fixture(scope="module")
def anticoagulant(tmp_path_factory):
    return _built(tmp_path_factory.mktemp("text-layer"), ANTICOAGULANT)


def test_every_other_language_line_reads_back_as_the_sources_words(anticoagulant):
    """Urdu in Nastaliq read back as other letters ('نہ', do not, as 'ذہ'), and a Gujarati or
    Punjabi vowel sign drawn before its consonant came back misplaced or lost ('ટેલિફોન' as
    'ટેલફોન', 'ਕਿਸੇ' as 'ਕਸੇ')."""
    leaflet, _, pdf = anticoagulant
    read = " ".join(_words(_logical(_pdftotext(pdf))))
    runs = [run for run in language_runs(leaflet) if run.lang != "en"]
    assert {run.lang for run in runs} >= {"ur", "ar", "gu", "pa", "pl", "cy"}
    for run in runs:
        words = " ".join(_words(run.text))
        assert words in read, (run.lang, words)
    assert "نہ لیں" in read  # the Urdu "do not take", whole


def test_the_check_fails_a_print_whose_text_layer_loses_a_vowel_sign(anticoagulant, tmp_path):
    """With its lines' words taken off (the glyphs alone, as the print had been), the Gujarati
    and Punjabi lines read back wrong, and the check says so."""
    leaflet, settings, pdf = anticoagulant
    assert large_print.check(leaflet, settings, [pdf]).passed
    stripped = tmp_path / pdf.name
    with pikepdf.open(pdf) as document:
        for page in document.pages:
            instructions = []
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "BDC" and len(operands) == 2 and "/ActualText" in operands[1]:
                    operands = [operands[0], pikepdf.Dictionary(MCID=operands[1].MCID)]
                instructions.append(pikepdf.ContentStreamInstruction(operands, operator))
            page.obj.Contents = document.make_stream(pikepdf.unparse_content_stream(instructions))
        document.save(stripped)
    problems = large_print.check(leaflet, settings, [stripped]).problems
    assert any("Gujarati line reads back" in p for p in problems), problems
    assert any("Punjabi line reads back" in p for p in problems), problems


def test_a_word_divided_over_lines_reads_back_whole(tmp_path):
    """A long word the layout divides over three lines of a title at 48 pt is one word to
    pdftotext in its reading order and to a search, not 'oesophago-', 'gastroduodeno-',
    'scopy'; the check fails a print whose text layer has it in pieces."""
    body = ("## Before your test\n\nDo not eat for 6 hours before your test.\n")
    source = write_source(tmp_path, "9908-having-an-oesophagogastroduodenoscopy", "Endoscopy Unit",
                          body)
    leaflet = load_leaflet(source)
    settings = LargePrintSettings(size=48)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    for options in ((), ("-raw",)):
        words = _words(_pdftotext(pdf, *options))
        assert words[:3] == ["Having", "an", "oesophagogastroduodenoscopy"], (options, words[:5])
    assert large_print.check(leaflet, settings, [pdf]).passed
    with pikepdf.open(pdf) as document:
        page = document.pages[0]
        instructions = [
            pikepdf.ContentStreamInstruction(
                [o[0], pikepdf.Dictionary(MCID=o[1].MCID)] if str(op) == "BDC" and len(o) == 2
                else o, op)
            for o, op in pikepdf.parse_content_stream(page)
        ]
        page.obj.Contents = document.make_stream(pikepdf.unparse_content_stream(instructions))
        document.save(tmp_path / "pieces.pdf")
    problems = large_print.check(leaflet, settings, [tmp_path / "pieces.pdf"]).problems
    assert any("divided over two lines" in p for p in problems), problems


def test_right_to_left_lines_carry_no_text_poppler_would_reverse(anticoagulant):
    """/ActualText on a right-to-left line is read by poppler as drawn and given back reversed,
    so those lines carry none: their glyphs read back as their letters."""
    leaflet, _, pdf = anticoagulant
    with pikepdf.open(pdf) as document:
        for page in document.pages:
            for operands, _ in pikepdf.parse_content_stream(page, "BDC"):
                said = str(operands[1].get("/ActualText", "")) if len(operands) == 2 else ""
                assert not any("\u0600" <= c <= "\u06ff" for c in said), said
