"""Large print: the real reference leaflet printed by WeasyPrint at 18, 24 and 48 pt, read back
with pdfplumber and pikepdf; a small leaflet of our own with a picture; and PDFs made wrong on
purpose, so the checker is seen to fail."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pdfplumber
import pikepdf
import pytest
from leaflet_files import write_source
from PIL import Image as PillowImage
from PIL import ImageDraw
from weasyprint import HTML

from pipeline.cli import main
from pipeline.errors import LeafletError
from pipeline.formats import large_print
from pipeline.formats.html_render import missing_in_reading_order, render_document
from pipeline.formats.large_print import LargePrintSettings, StructureTree
from pipeline.formats.registry import get_format, settings_for
from pipeline.model import Heading, plain_text
from pipeline.sources import load_leaflet
from pipeline.text import prepare

PICTURE_ALT = "A person standing up from a chair, holding the handles of a walking frame"
PICTURE_LEAFLET = """---
number: 901
version: 2
title: Using your walking frame
department: Physiotherapy
last_reviewed: 2025-01
next_review: 2027-01
---

> **Check the rubber feet of your frame before you use it.**

## Standing up

![{alt}](images/frame.png)

1. Move to the front of the chair.
2. Push up from the arm rests, not from the frame.

Ask us for this leaflet in [اردو]{{lang=ur}} if you would like it.
"""


URDU_LEAFLET = """---
number: 442
version: 3
title: حمل میں کمر کے نچلے حصے کی ورزشیں
department: Women's Health Physiotherapy
last_reviewed: 2023-02
next_review: 2026-02
language: ur
---

> **یہ ورزشیں شروع کرنے سے پہلے اپنے فزیوتھراپسٹ سے بات کریں۔**

## ورزش 1: دیوار کے ساتھ اپنی کمر سیدھی کریں

دیوار کے ساتھ کمر لگا کر کھڑے ہوں۔ اپنے پاؤں کندھوں کی چوڑائی جتنے کھولیں۔
"""


KNEE_LEAFLET = """---
number: 517
version: 1
title: Knee exercises after arthroscopy
department: Orthopaedic Physiotherapy
last_reviewed: 2025-03
next_review: 2027-03
---

> [!WARNING]
> Stop the exercises and call the ward on 0116 258 4567 if your knee becomes hot, red or very
> swollen.

## Before you start

- a firm chair
- a rolled-up towel

Read more on [the NHS website](https://www.nhs.uk/conditions/knee-pain/).

Polish speakers: [Ćwiczenia kolana po artroskopii]{lang=pl}.
"""
KNEE_ADDRESS = "(www.nhs.uk/conditions/knee-pain)"


def write_knee_leaflet(folder: Path) -> Path:
    """The reviewer's second leaflet, cut down: a link whose words are not its address."""
    source = folder / "517-knee-exercises-after-arthroscopy.md"
    source.write_text(KNEE_LEAFLET, encoding="utf-8")
    return source


def write_urdu_leaflet(folder: Path) -> Path:
    """A translated leaflet: the trust's English lines inside it must be marked as English."""
    source = folder / "442-lower-back-stretches-in-pregnancy.ur.md"
    source.write_text(URDU_LEAFLET, encoding="utf-8")
    return source


def write_picture_leaflet(folder: Path) -> Path:
    """A small leaflet with one generated PNG and its alt text (the reference leaflet has none)."""
    (folder / "images").mkdir(parents=True, exist_ok=True)
    picture = PillowImage.new("RGB", (240, 160), "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((60, 40, 180, 150), outline="black", width=6)
    draw.ellipse((100, 5, 140, 40), fill="black")
    picture.save(folder / "images" / "frame.png")
    source = folder / "901-using-your-walking-frame.md"
    source.write_text(PICTURE_LEAFLET.format(alt=PICTURE_ALT), encoding="utf-8")
    return source


@pytest.fixture(scope="module")
def printed(leaflet_442, tmp_path_factory) -> dict[int, Path]:
    """442 at 18, 24 and 48 pt, built once for the module."""
    files = {}
    for size in (18, 24, 48):
        folder = tmp_path_factory.mktemp(f"large-print-{size}")
        (files[size],) = large_print.write(leaflet_442, LargePrintSettings(size=size), folder)
    return files


@pytest.fixture(scope="module")
def picture_leaflet(tmp_path_factory):
    folder = tmp_path_factory.mktemp("picture-leaflet")
    leaflet = load_leaflet(write_picture_leaflet(folder))
    (pdf,) = large_print.write(leaflet, LargePrintSettings(), folder)
    return leaflet, pdf


@pytest.fixture(scope="module")
def knee(tmp_path_factory):
    folder = tmp_path_factory.mktemp("knee-leaflet")
    leaflet = load_leaflet(write_knee_leaflet(folder))
    (pdf,) = large_print.write(leaflet, LargePrintSettings(), folder)
    return leaflet, pdf


def chars_of(pdf_path: Path) -> list[dict]:
    with pdfplumber.open(pdf_path) as pdf:
        return [c for page in pdf.pages for c in page.chars if c["text"].strip()]


@pytest.mark.parametrize("size", [18, 24, 48])
def test_442_passes_its_check_at_every_size(leaflet_442, printed, size):
    report = large_print.check(leaflet_442, LargePrintSettings(size=size), [printed[size]])
    assert report.passed, report.problems
    assert any(
        re.match(r"(\d{3}) of \1 source words read back in order", f) for f in report.findings
    )


def test_text_reflows_rather_than_scales(printed):
    # at 24 pt the footer's Urdu line, in Naskh 1.25 times the size (fonts.TEXT_LAYER_FACES),
    # takes a line more than it did in Nastaliq, and the format offer goes to a sixth page
    with pdfplumber.open(printed[18]) as small, pdfplumber.open(printed[24]) as large:
        assert len(small.pages) == 4 and len(large.pages) == 6
        for pdf in (small, large):
            assert all(round(p.width) == 595 and round(p.height) == 842 for p in pdf.pages)
    assert {round(c["size"], 1) for c in chars_of(printed[24])} >= {24.0}
    assert min(c["size"] for c in chars_of(printed[24])) == pytest.approx(24.0, abs=0.01)


def test_type_is_plain_sans_never_italic_and_headings_bold_and_larger(leaflet_442, printed):
    chars = chars_of(printed[18])
    assert min(c["size"] for c in chars) >= 18.0 - 0.01
    assert not [c for c in chars if "italic" in c["fontname"].lower()]
    latin = [c for c in chars if c["text"].isascii() and c["text"].isalpha()]
    assert all("Liberation-Sans" in c["fontname"] for c in latin)
    with pdfplumber.open(printed[18]) as pdf:
        lines = [ln for page in pdf.pages for ln in page.extract_text_lines(return_chars=True)]
    for heading in [b for b in leaflet_442.blocks if isinstance(b, Heading)]:
        line = next(ln for ln in lines if ln["text"] == plain_text(heading.spans))
        assert all("Bold" in c["fontname"] and c["size"] > 20 for c in line["chars"])


def test_page_numbers_are_body_size_on_every_page(printed):
    with pdfplumber.open(printed[24]) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            line = next(
                ln
                for ln in page.extract_text_lines(return_chars=True)
                if ln["text"] == f"Page {number} of 6"
            )
            assert min(c["size"] for c in line["chars"]) == pytest.approx(24.0, abs=0.01)


def test_opening_and_closing_in_reading_order(leaflet_442, printed):
    with pdfplumber.open(printed[18]) as pdf:
        first = pdf.pages[0].extract_text()
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert first.startswith("Lower back stretches in pregnancy\n")
    for fact in (
        "Leaflet number: 442, version 3",
        "Last reviewed: February 2023",
        "Next review: February 2026",
        "Women's Health Physiotherapy",
    ):
        assert fact in first
    assert text.index("Please speak to your physiotherapist") < text.index("Exercise 1")
    assert "0116 250 2959" in text  # the phone number is never split over two lines
    # The translations say the number is "below": the English offer with it follows them.
    assert text.index("Aby uzyskać informacje") < text.index("please telephone")


def test_tagged_with_languages_title_outline_and_xmp(leaflet_442, printed):
    with pikepdf.open(printed[18]) as pdf:
        assert pdf.Root.MarkInfo.Marked
        assert str(pdf.Root.Lang) == "en-GB"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle
        assert str(pdf.docinfo.Title) == "Lower back stretches in pregnancy"
        assert "pdfuaid" in str(pdf.open_metadata())
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
            titles += [child.title for item in outline.root for child in item.children]
        headings = [plain_text(b.spans) for b in leaflet_442.blocks if isinstance(b, Heading)]
        assert titles == ["Lower back stretches in pregnancy", *headings]
        tree = StructureTree(pdf)
        by_lang = {str(e.Lang): e for e in tree.elements() if "/Lang" in e}
        assert set(by_lang) == {"ur", "ar", "gu", "pa", "pl"}
        for translation in leaflet_442.trust.translations:
            element = by_lang[translation.lang]
            assert element.S == "/P"
            if translation.lang != "pl":
                assert str(element.ActualText) == translation.text
        assert tree.text(by_lang["pl"]).startswith("Aby uzyskać informacje")
        kinds = [str(e.S) for e in tree.elements()]
        assert kinds.count("/H1") == 1 and kinds.count("/H2") == 4


def test_urdu_and_arabic_are_laid_out_right_to_left(printed):
    with pikepdf.open(printed[18]) as pdf:
        tree = StructureTree(pdf)
        first_lines = {
            str(e.Lang): tree.keys(e)[0]
            for e in tree.elements()
            if str(e.get("/Lang", "")) in ("ur", "ar")
        }
    assert set(first_lines) == {"ur", "ar"}
    with pdfplumber.open(printed[18]) as pdf:
        for page, mcid in first_lines.values():
            line = [c for c in pdf.pages[page].chars if c["mcid"] == mcid and c["text"].strip()]
            rightmost = max(line, key=lambda c: c["x1"])
            leftmost = min(line, key=lambda c: c["x0"])
            # اگر آپ ... and على هذه ...: the first word's first letter is on the right
            assert rightmost["text"][0] in "اع", rightmost["text"]
            assert leftmost["text"][0] not in "اع"
            assert not [c for c in line if "\ue000" <= c["text"][0] <= "\uf8ff"]


def test_long_addresses_break_at_48pt_without_leaving_the_page(printed):
    with pdfplumber.open(printed[48]) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        for page in pdf.pages:
            assert all(51 - 1 < c["x0"] and c["x1"] < 595 - 51 + 1 for c in page.chars)
    assert "InformationFor\nPatients@uhl-tr.nhs.uk" in text
    assert "www.nhs.uk" in text  # a short address stays whole


def test_picture_is_enlarged_to_the_text_width_with_its_alt_text(picture_leaflet):
    leaflet, pdf_path = picture_leaflet
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert report.passed, report.problems
    with pdfplumber.open(pdf_path) as pdf:
        (picture,) = [image for page in pdf.pages for image in page.images]
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert picture["x1"] - picture["x0"] == pytest.approx(595 - 2 * 51, abs=2)
    assert PICTURE_ALT in text.replace("\n", " ")
    with pikepdf.open(pdf_path) as pdf:
        tree = StructureTree(pdf)
        elements = list(tree.elements())
        (figure,) = [e for e in elements if e.S == "/Figure"]
        assert str(figure.Alt) == PICTURE_ALT
        kinds = [str(e.S) for e in elements]
        assert "/L" in kinds and kinds.count("/LI") == 2
        # The inline Urdu word inside an English sentence is marked on its own.
        urdu = [e for e in elements if str(e.get("/Lang", "")) == "ur"]
        assert [str(e.S) for e in urdu] == ["/Span", "/P"]
        assert str(urdu[0].ActualText) == "اردو"


def test_a_leaflet_in_urdu_marks_the_trusts_english_lines(tmp_path):
    leaflet = load_leaflet(write_urdu_leaflet(tmp_path))
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert report.passed, report.problems
    with pikepdf.open(pdf_path) as pdf:
        assert str(pdf.Root.Lang) == "ur"
        tree = StructureTree(pdf)
        english = [tree.text(e) for e in tree.elements() if str(e.get("/Lang", "")) == "en-GB"]
        assert "Leaflet number: 442, version 3" in english
        assert any(text.startswith("To give feedback") for text in english)
    with pdfplumber.open(pdf_path) as pdf:
        first = pdf.pages[0].extract_text()
    assert "Last reviewed: February 2023" in first  # English lines keep their word order
    english = [f for f in report.findings if f.startswith("English (en-GB): ")]
    assert len(english) == 1 and english[0].endswith("lines)"), report.findings


def test_checker_fails_a_pdf_below_the_requested_size(leaflet_442, printed):
    report = large_print.check(leaflet_442, LargePrintSettings(size=24), [printed[18]])
    assert any("smaller than 24 pt" in p for p in report.problems)


def test_checker_fails_a_pdf_without_languages_marked(leaflet_442, printed, tmp_path):
    with pikepdf.open(printed[18]) as pdf:
        for element in StructureTree(pdf, {}).elements():
            if "/Lang" in element:
                del element["/Lang"]
        pdf.save(tmp_path / "untagged.pdf")
    report = large_print.check(leaflet_442, LargePrintSettings(), [tmp_path / "untagged.pdf"])
    for name in ("Urdu", "Arabic", "Gujarati", "Punjabi", "Polish"):
        assert any(f"the {name} line is not marked" in p for p in report.problems)


def test_checker_fails_italic_justified_untagged_print(leaflet_442, tmp_path):

    css = (
        "@page { size: A4; margin: 18mm } html { font: italic 18pt 'Liberation Sans'; "
        "text-align: justify } h1, h2 { font-size: 18pt; font-weight: normal }"
    )
    path = tmp_path / "bad.pdf"
    HTML(string=render_document(leaflet_442, css)).write_pdf(path)
    problems = large_print.check(leaflet_442, LargePrintSettings(), [path]).problems
    assert any("italic" in p for p in problems)
    assert any("justified" in p for p in problems)
    assert any("not tagged" in p for p in problems)
    assert any("has no 'Page 1 of" in p for p in problems)
    assert any("is not bold" in p for p in problems)


def test_bad_options_and_missing_pictures_are_named(leaflet_442, tmp_path):
    fmt = get_format("large-print")
    with pytest.raises(LeafletError, match="Text size .pt.: 12 will not do; give a whole number"):
        settings_for(fmt, {"size": "12"})
    with pytest.raises(LeafletError, match="--font: 'No Such Face' is not installed"):
        settings_for(fmt, {"font": "No Such Face"})
    source = write_picture_leaflet(tmp_path)
    (tmp_path / "images" / "frame.png").unlink()
    with pytest.raises(LeafletError, match=r"picture images/frame.png is not there"):
        large_print.write(load_leaflet(source), LargePrintSettings(), tmp_path)


def test_reading_order_counts_an_address_broken_over_two_lines():
    found = ["contact", "informationfor", "patients", "uhl", "tr"]
    assert missing_in_reading_order(["contact", "informationforpatients", "uhl"], found) == []
    assert len(missing_in_reading_order(["uhl", "contact"], found)) == 1  # out of order
    # A lost phrase is not matched to the same words far on (which would lose all between).
    expected = "on the website www nhs uk pain polish at www nhs uk or".split()
    read_back = "on the website polish at www nhs uk or".split()
    assert missing_in_reading_order(expected, read_back) == ["www", "nhs", "uk", "pain"]


def test_request_at_24pt_from_the_command_line(project, capsys):
    assert main(["request", "442", "large-print", "--size", "24"]) == 0
    requests = project / "outputs" / "requests"
    (pdf,) = requests.glob("*-large-print-24pt/442-v3-large-print-24pt.pdf")
    assert min(c["size"] for c in chars_of(pdf)) == pytest.approx(24.0, abs=0.01)
    assert main(["request", "442", "large-print", "--size", "60"]) == 2
    assert "60 will not do; give a whole number from 16 to 48" in capsys.readouterr().err


def test_a_links_address_is_printed_after_its_words_on_one_line(knee, tmp_path):
    leaflet, pdf_path = knee
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert report.passed, report.problems
    with pdfplumber.open(pdf_path) as pdf:
        lines = [line for page in pdf.pages for line in page.extract_text().splitlines()]
    assert f"Read more on the NHS website {KNEE_ADDRESS}." in " ".join(lines)
    assert any(KNEE_ADDRESS in line for line in lines)  # not split after a slash or hyphen
    # Printed the way the web page shows it, the address is lost: the checker says so.
    settings = LargePrintSettings()
    options = replace(large_print.render_options(settings), written_addresses=False)
    html = render_document(leaflet, large_print.print_stylesheet(settings), options)
    HTML(string=html).write_pdf(tmp_path / "no-address.pdf", pdf_variant="pdf/ua-1")
    problems = large_print.check(leaflet, settings, [tmp_path / "no-address.pdf"]).problems
    lost = "6 word(s) of the leaflet cannot be read back in order from the PDF, first: www, nhs, uk"
    assert [p for p in problems if p.startswith(lost)], problems


def test_font_option_takes_only_an_installed_plain_sans_serif():
    fmt = get_format("large-print")
    refused = {
        '"></style><script>alert(1)</script>': "is not a font name",
        "Noto Serif": "'Noto Serif' is a serif face",
        "Liberation Mono": "'Liberation Mono' is a monospaced face",
        "Noto Sans Mono": "'Noto Sans Mono' is a monospaced face",
        "Noto Sans Condensed": "is condensed",
        "Arial": "not installed on this machine .fontconfig would draw it in Liberation Sans",
    }
    for font, message in refused.items():
        with pytest.raises(LeafletError, match=f"option --font: .*{message}"):
            settings_for(fmt, {"font": font})
    assert settings_for(fmt, {"font": "DejaVu Sans"}).font == "DejaVu Sans"


@pytest.mark.parametrize(
    ("font", "kind"), [("Noto Serif", "serif"), ("Liberation Mono", "monospaced")]
)
def test_checker_fails_print_in_a_serif_or_monospaced_face(knee, tmp_path, font, kind):
    """A PDF made before the font rule (or by hand): the checker reads the embedded face."""
    leaflet, good = knee
    findings = large_print.check(leaflet, LargePrintSettings(), [good]).findings
    assert any(
        re.fullmatch(
            r"Latin-script text in a sans serif face: (Liberation-Sans(-Bold)?(, )?){2}", f
        )
        for f in findings
    ), findings
    settings = LargePrintSettings.model_construct(
        **{**LargePrintSettings().model_dump(), "font": font}
    )
    path = tmp_path / "wrong-face.pdf"
    path.write_bytes(large_print.render_pdf(leaflet, settings))
    problems = large_print.check(leaflet, settings, [path]).problems
    assert [p for p in problems if f"the text is set in a {kind} face" in p], problems


def test_a_sign_no_font_draws_is_printed_as_one_that_means_the_same_or_named(tmp_path):
    """ "❌ No candles" left the whole PDF without a readable text layer (no installed font draws
    "❌"): the check found 123 words missing, from the title on. It is printed as "✗" now; a
    picture character nothing can stand in for is printed by name and named by the check."""
    body = (
        "## Dos and don'ts\n\n- ✅ Keep your oxygen 2 metres from heat.\n"
        "- ❌ No candles or open fires.\n"
    )
    report, text = _printed_and_checked(tmp_path, body)
    assert report.passed, report.problems
    assert "✗ No candles or open fires." in text and "✓ Keep your oxygen" in text, text
    assert any("'❌' (U+274C CROSS MARK)" in f and "'✗'" in f for f in report.findings)
    report, _ = _printed_and_checked(tmp_path, body.replace("✅", "💊"))
    assert any("'💊'" in p and "[pill]" in p for p in report.problems), report.problems


def _printed_and_checked(folder: Path, body: str) -> tuple:
    """A leaflet of `body` in large print, its check's report and its first page's text."""
    leaflet = load_leaflet(write_source(folder, "9901-signs", "Respiratory Medicine", body))
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), folder)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    with pdfplumber.open(pdf_path) as pdf:
        return report, pdf.pages[0].extract_text()


# A CT scan's safety questions as a radiology department prints them, a box before each answer,
# in English and as the department's Welsh and Urdu sheets ask them.
CONTRAST_QUESTIONS = {
    "en": "## Before your CT scan\n\nPlease answer these questions and bring this sheet.\n\n"
    "Are you allergic to iodine? ☐ Yes ☐ No\n\n"
    "Have you had a reaction to a contrast dye before? ☐ Yes ☐ No\n\n"
    "Do you take metformin for diabetes? ☐ Yes ☐ No\n\n"
    "Could you be pregnant? ☐ Yes ☐ No ☐ Not sure\n\n"
    "Do you have kidney disease or a kidney transplant? ☐ Yes ☐ No\n",
    "cy": "## Cyn eich sgan CT\n\n"
    "Oes gennych chi alergedd i ïodin? ☐ Oes ☐ Nac oes\n\n"
    "Ydych chi wedi cael adwaith i liw cyferbyniad o'r blaen? ☐ Do ☐ Naddo\n\n"
    "Ydych chi'n cymryd metformin ar gyfer diabetes? ☐ Ydw ☐ Nac ydw\n\n"
    "Allech chi fod yn feichiog? ☐ Gallwn ☐ Na allwn ☐ Ddim yn siŵr\n",
    "ur": "## سی ٹی اسکین سے پہلے\n\n"
    "کیا آپ کو آیوڈین سے الرجی ہے؟ ☐ ہاں ☐ نہیں\n\n"
    "کیا پہلے کبھی کنٹراسٹ ڈائی سے آپ کو ردعمل ہوا ہے؟ ☐ ہاں ☐ نہیں\n\n"
    "کیا آپ ذیابیطس کے لیے metformin لیتے ہیں؟ ☐ ہاں ☐ نہیں\n\n"
    "کیا آپ حاملہ ہو سکتی ہیں؟ ☐ ہاں ☐ نہیں ☐ یقین نہیں\n",
}


@pytest.mark.parametrize("lang", list(CONTRAST_QUESTIONS))
@pytest.mark.parametrize("size", [18, 36])
def test_a_tick_box_is_printed_on_the_line_of_the_answer_after_it(tmp_path, lang, size):
    """'Are you allergic to iodine? ☐ Yes ☐ No' was printed '☐ Yes ☐' / 'No', a box ending a
    line and its answer starting the next, and the check said nothing was split over lines.
    A box stays with the word after it in every language, and the check passes the print."""
    title = {"en": "Your CT scan", "cy": "Eich sgan CT", "ur": "آپ کا سی ٹی اسکین"}[lang]
    source = tmp_path / f"903-your-ct-scan.{lang}.md"
    source.write_text(
        f"---\nnumber: 903\nversion: 1\ntitle: {title}\ndepartment: Radiology\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: {lang}\n---\n\n"
        + CONTRAST_QUESTIONS[lang],
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    settings = LargePrintSettings(size=size)
    (pdf_path,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf_path])
    assert not [p for p in report.problems if "tick box" in p], report.problems
    if lang == "ur":
        return  # (pdfplumber cuts a Nastaliq line where its faces' tops differ: the check reads it)
    with pdfplumber.open(pdf_path) as pdf:
        lines = [ln for page in pdf.pages for ln in page.extract_text().splitlines()]
    assert not [ln for ln in lines if ln.rstrip().endswith("☐")], lines


def test_the_check_names_a_tick_box_ending_a_line_apart_from_its_answer():
    """A box the leaflet writes before its answer ending a line is named; a box written after
    its words ('Your repeat prescription ☐', a list to tick off) may end one."""
    texts = ["Are you allergic to iodine? ☐ Yes ☐ No", "Your repeat prescription ☐"]
    lines = ["Are you allergic to iodine? ☐ Yes ☐", "No", "Your repeat prescription ☐"]
    (found,) = large_print.boxes_ending_lines(lines, texts)
    assert "iodine? ☐ Yes ☐" in found, found
    assert not large_print.boxes_ending_lines(["Are you allergic to iodine? ☐ Yes ☐ No"], texts)


def test_a_traffic_lights_coloured_circles_are_printed(tmp_path):
    """ "🔴 Red – call 999": no installed font draws the coloured circles, and the print showed
    "[large red circle]", failing its check. A plain circle stands in, the colour's word beside
    it as the leaflet writes it."""
    report, text = _printed_and_checked(
        tmp_path,
        "## How is your child?\n\n🟢 Green – your child is feeding well.\n\n"
        "🔴 Red – your child is floppy. Call 999.\n\n## My asthma zones\n\n"
        "| Zone | How I feel | What to do |\n|---|---|---|\n"
        "| 🟢 Green: I feel well | No cough or wheeze. I can run and play. | Take my preventer "
        "every day. Take my reliever only if I need it. |\n"
        "| 🟠 Amber: I feel worse | Cough, wheeze or tight chest. Waking at night. | Take 2 puffs "
        "of my reliever every 4 hours. |\n",
    )
    assert report.passed, report.problems
    assert "\u25cf Red – your child is floppy." in text, text


def test_steps_numbered_on_after_a_paragraph_keep_their_numbers_in_print(tmp_path):
    """Steps 1 to 3, a paragraph, then "4. If you do not feel better, repeat steps 2 and 3.":
    print restarted the steps at 1, so "go back to step 1" named two steps."""
    report, text = _printed_and_checked(
        tmp_path,
        "## Using your adrenaline pen\n\n1. Lie down.\n2. Take the cap off.\n"
        "3. Press the pen into your thigh.\n\nCall 999 and say anaphylaxis.\n\n"
        "4. If you do not feel better after 5 minutes, repeat steps 2 and 3.\n"
        "5. If you feel faint, go back to step 1.\n",
    )
    assert "4. If you do not feel better" in text and "5. If you feel faint" in text, text
    assert report.passed, report.problems


INTERPRETER_LEAFLET = (
    "## Interpreters\n\nWe can book an interpreter for you free of charge. Tell us which "
    "language you speak:\n\n"
    "- Polish: [Potrzebuję tłumacza języka polskiego.]{lang=pl}\n"
    "- Urdu: [مجھے اردو مترجم کی ضرورت ہے۔]{lang=ur}\n"
    "- Arabic: [أحتاج إلى مترجم للغة العربية.]{lang=ar}\n\n"
    "| Language | What to say at the desk |\n|---|---|\n"
    "| Polish | [Mam wizytę w poradni przedporodowej.]{lang=pl} |\n"
    "| Urdu | [میری قبل از پیدائش کلینک میں ملاقات ہے۔]{lang=ur} |\n"
    "| Arabic | [لدي موعد.]{lang=ar} |\n\n"
    "Please arrive 15 minutes before your appointment.\n"
)


def test_a_line_in_another_script_inside_a_list_item_or_a_row_is_marked_alone(tmp_path):
    """An antenatal leaflet's item "Urdu: مجھے اردو مترجم ..." was tagged Urdu as a whole, its
    /ActualText the Urdu words alone, so a screen reader dropped "Urdu:" (and the bullet) and
    would voice what was left in Urdu; the row "Urdu | میری قبل ..." lost its heading "Urdu" the
    same way. Only the run is marked, and an Urdu cell is set right to left in its cell, so the
    check (which had failed it for not starting at the page's right margin) passes."""
    source = write_source(tmp_path, "706-coming-to-the-antenatal-clinic", "Maternity Services",
                          INTERPRETER_LEAFLET)
    leaflet = load_leaflet(source)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert report.passed, report.problems
    with pikepdf.open(pdf_path) as pdf:
        tree = StructureTree(pdf)
        marked = {
            tree.text(e): str(e.get("/ActualText", ""))
            for e in tree.elements()
            if str(e.get("/Lang", "")) in ("ur", "ar")
        }
        words = [tree.text(e) for e in tree.elements() if str(e.S) in ("/LI", "/TH")]
    body = {text: actual for text, actual in marked.items() if actual in (
        "مجھے اردو مترجم کی ضرورت ہے۔", "أحتاج إلى مترجم للغة العربية.",
        "میری قبل از پیدائش کلینک میں ملاقات ہے۔", "لدي موعد.")}
    assert len(body) == 4, marked
    for text in body:
        assert not re.search("[A-Za-z•]", text), f"{text!r} is marked with English in it"
    assert any(w.startswith("• Urdu: ") for w in words) and "Urdu" in words, words
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        (table,) = page.find_tables()
        left, top, right, bottom = table.bbox
        script = [c for c in page.chars if top < c["top"] < bottom and c["text"] > "\u0600"]
        last_row = max(c["top"] for c in script) - 20  # the Arabic row, under the Urdu one
        arabic = [c for c in script if c["top"] > last_row]
    assert arabic and right - max(c["x1"] for c in arabic) < 12, "it starts at its cell's right"


# Whole leaflets in the trust's other languages, as the importer saves them: the leaflet's own
# lines untagged, English alone in a cell or a line tagged, English inside a sentence not.
TRANSLATED_LEAFLETS = {
    "ur": (
        "بعد از آپریشن درد کی دوا",
        "## آپ کی دوا\n\n"
        "نرس آپ کو گھر جانے کے لیے Ibuprofen 200mg کی گولیاں دے گی۔\n\n"
        "- کھانے کے بعد 1 گولی لیں۔\n"
        "- 24 گھنٹوں میں 3 سے زیادہ گولیاں نہ لیں۔\n\n"
        "اگر آپ کو سینے میں درد ہو تو 999 کو فون کریں۔\n\n"
        "مزید معلومات: [www.nhs.uk/medicines]{lang=en}\n",
    ),
    "ar": (
        "دواء الألم بعد العملية",
        "## دواؤك\n\n"
        "ستعطيك الممرضة أقراص Ibuprofen 200mg لتأخذها إلى المنزل.\n\n"
        "- تناول قرصا واحدا بعد الأكل.\n"
        "- لا تتناول أكثر من 3 أقراص في 24 ساعة.\n\n"
        "إذا شعرت بألم في الصدر فاتصل بالرقم 999.\n\n"
        "لمزيد من المعلومات: [www.nhs.uk/medicines]{lang=en}\n",
    ),
    "gu": (
        "ઓપરેશન પછી દુખાવાની દવા",
        "## તમારી દવા\n\n"
        "નર્સ તમને ઘરે લઈ જવા માટે Ibuprofen 200mg ની ગોળીઓ આપશે.\n\n"
        "- જમ્યા પછી 1 ગોળી લો.\n"
        "- 24 કલાકમાં 3 થી વધુ ગોળીઓ ન લો.\n\n"
        "જો તમને છાતીમાં દુખાવો થાય તો 999 પર ફોન કરો.\n\n"
        "વધુ માહિતી: [www.nhs.uk/medicines]{lang=en}\n",
    ),
    "pa": (
        "ਓਪਰੇਸ਼ਨ ਤੋਂ ਬਾਅਦ ਦਰਦ ਦੀ ਦਵਾਈ",
        "## ਤੁਹਾਡੀ ਦਵਾਈ\n\n"
        "ਨਰਸ ਤੁਹਾਨੂੰ ਘਰ ਲਿਜਾਣ ਲਈ Ibuprofen 200mg ਦੀਆਂ ਗੋਲੀਆਂ ਦੇਵੇਗੀ।\n\n"
        "- ਖਾਣਾ ਖਾਣ ਤੋਂ ਬਾਅਦ 1 ਗੋਲੀ ਲਓ।\n"
        "- 24 ਘੰਟਿਆਂ ਵਿੱਚ 3 ਤੋਂ ਵੱਧ ਗੋਲੀਆਂ ਨਾ ਲਓ।\n\n"
        "ਜੇ ਤੁਹਾਨੂੰ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਹੋਵੇ ਤਾਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।\n\n"
        "ਹੋਰ ਜਾਣਕਾਰੀ: [www.nhs.uk/medicines]{lang=en}\n",
    ),
}


def _translated_leaflet(folder: Path, lang: str):
    title, body = TRANSLATED_LEAFLETS[lang]
    source = folder / f"611-pain-relief-after-surgery.{lang}.md"
    source.write_text(
        f"---\nnumber: 611\nversion: 1\ntitle: {title}\ndepartment: Pharmacy\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: {lang}\n---\n\n{body}",
        encoding="utf-8",
    )
    return load_leaflet(source)


@pytest.fixture(scope="module")
def translated(tmp_path_factory) -> dict:
    """Each translated leaflet at 18 pt, built once for the module, with its check's report."""
    built = {}
    for lang in TRANSLATED_LEAFLETS:
        folder = tmp_path_factory.mktemp(f"translated-{lang}")
        leaflet = _translated_leaflet(folder, lang)
        (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), folder)
        built[lang] = (pdf_path, large_print.check(leaflet, LargePrintSettings(), [pdf_path]))
    return built


@pytest.mark.parametrize("lang", list(TRANSLATED_LEAFLETS))
def test_a_translated_leaflet_is_printed_at_the_size_asked_with_english_in_the_print_face(
    translated, lang
):
    """A whole Arabic leaflet had all its text at 13.8 pt when 18 pt was asked for (Arabic's
    own larger size, meant for its lines inside English, set on the page's root), and
    'Ibuprofen 200mg' untagged inside an Urdu, Arabic, Gujarati or Punjabi sentence was set in
    Noto Sans, the system's sans serif, not the trust's face."""
    pdf_path, _ = translated[lang]
    chars = chars_of(pdf_path)
    assert min(c["size"] for c in chars) >= 18 - 0.05
    latin = {c["fontname"].split("+")[-1] for c in chars if re.fullmatch("[A-Za-z]", c["text"])}
    assert all(name.startswith("Liberation-Sans") for name in latin), latin


@pytest.mark.parametrize("lang", ["ur", "ar"])
def test_an_english_run_in_a_right_to_left_line_stands_a_word_space_from_its_neighbours(
    translated, lang
):
    """In 'نرس آپ کو گھر جانے کے لیے Ibuprofen 200mg کی گولیاں دے گی۔' the spaces either side
    of 'Ibuprofen 200mg' were Nastaliq's, 0.13 em, and the Urdu words' tails all but touched
    the English letters, where the space inside the run is the print face's. Each side now
    stands as far from its Urdu or Arabic word as 'Ibuprofen' from '200mg'."""
    pdf_path, report = translated[lang]
    assert report.passed, report.problems
    with pdfplumber.open(pdf_path) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    pairs = zip(chars, chars[1:], strict=False)
    first = next(c for c, then in pairs if c["text"] + then["text"] == "Ib")  # Ibuprofen's
    line = sorted(
        (c for c in chars if c["page_number"] == first["page_number"]
         and abs(c["bottom"] - first["bottom"]) < first["size"]),
        key=lambda c: c["x0"],
    )
    space = next(c for c in line if c["text"] == "\xa0")  # between 'Ibuprofen' and '200mg'
    word_space = space["x1"] - space["x0"]
    latin = [c for c in line if "Liberation" in c["fontname"] and not c["text"].isspace()]
    # (a Nastaliq glyph may extract as no letter at all, but it is printed)
    script = [c for c in line if "Liberation" not in c["fontname"] and not c["text"].isspace()]
    start, end = min(c["x0"] for c in latin), max(c["x1"] for c in latin)
    before = start - max(c["x1"] for c in script if c["x1"] <= start + 0.1)
    after = min(c["x0"] for c in script if c["x0"] >= end - 0.1) - end
    assert abs(before - word_space) < 0.5 and abs(after - word_space) < 0.5, (
        before, after, word_space
    )


@pytest.mark.parametrize("lang", list(TRANSLATED_LEAFLETS))
def test_a_translated_leaflets_english_stands_where_its_line_of_print_does(translated, lang):
    """'Ibuprofen 200mg' inside a Gujarati, Punjabi or Arabic sentence was read as a line of
    its own (its face's tops are not the script's) and failed as 'not at the left margin',
    as did 'www.nhs.uk/medicines' ending an Urdu or Arabic line at the right margin, which is
    where its right-to-left paragraph stands."""
    _, report = translated[lang]
    assert not [p for p in report.problems if "margin" in p], report.problems


def test_english_tagged_in_a_cell_is_marked_though_the_same_words_are_in_a_sentence(tmp_path):
    """A Gujarati leaflet says 'Ibuprofen 200mg' in a sentence, untagged, and alone in its
    table of doses, tagged English: the cells were never marked /Lang en (the same letters in
    the leaflet's own text were taken for its own words), and the check failed it."""
    title, body = TRANSLATED_LEAFLETS["gu"]
    body += (
        "\n## સમય અને ડોઝ\n\n| સમય | દવા | ડોઝ |\n|---|---|---|\n"
        "| સવારે 8 વાગ્યે | [Ibuprofen 200mg]{lang=en} | 1 ગોળી |\n"
        "| રાત્રે 8 વાગ્યે | [Ibuprofen 200mg]{lang=en} | 1 ગોળી |\n"
    )
    source = tmp_path / "612-pain-relief-after-surgery.gu.md"
    source.write_text(
        f"---\nnumber: 612\nversion: 1\ntitle: {title}\ndepartment: Pharmacy\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: gu\n---\n\n{body}",
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert not [p for p in report.problems if "/Lang" in p], report.problems
    with pikepdf.open(pdf_path) as pdf:
        tree = StructureTree(pdf)
        # (the medicine and its strength joined by a space print never breaks)
        english = [tree.text(e).replace("\u00a0", " ") for e in tree.elements()
                   if str(e.get("/Lang", "")) == "en"]
    assert english.count("Ibuprofen 200mg") == 2, english


@pytest.mark.parametrize("lang", list(TRANSLATED_LEAFLETS))
def test_a_translated_leaflets_figures_and_english_read_back_in_order(translated, lang):
    """'24 ... 3' in an Urdu or Arabic line, or 'Ibuprofen 200mg' in a Gujarati or Punjabi
    sentence, failed as 'cannot be read back in order': the glyphs of a line of print were
    read left to right in the pieces their faces' tops made, not as the line reads."""
    _, report = translated[lang]
    assert not [p for p in report.problems if "in order" in p], report.problems


def test_a_right_to_left_line_of_print_reads_as_the_bidi_algorithm_orders_it():
    """A right-to-left line is read from its right: each run of English and figures in it
    left to right, the runs from right to left; an English leaflet's line left to right."""
    def placed(printed: str) -> list[dict]:
        words, x = [], 0.0
        for word in printed.split():
            words.append({"text": word, "x0": x, "x1": x + 8 * len(word)})
            x += 8 * (len(word) + 1)
        return words

    # "take 2 Ibuprofen 200mg tablets in 24 hours" as printed, its first word at the right
    printed = "ساعة 24 في Ibuprofen 200mg من 2 تناول"
    assert large_print.line_in_reading_order(placed(printed), right_to_left=True).split() == [
        "تناول", "2", "من", "Ibuprofen", "200mg", "في", "24", "ساعة"
    ]
    # the number to call, its spaces unbroken, reads as printed
    printed = "على 0116 258 6491 اتصل"
    assert large_print.line_in_reading_order(placed(printed), True) == "اتصل 0116 258 6491 على"
    english = placed("Take 2 tablets every 4 hours")
    assert large_print.line_in_reading_order(english, False) == "Take 2 tablets every 4 hours"


@pytest.mark.parametrize("lang", ["ur", "ar"])
def test_figures_swapped_in_a_right_to_left_line_are_still_caught(tmp_path, lang):
    """A PDF saying "no more than 24 tablets in 3 hours" for the leaflet's "3 tablets in 24
    hours" is read back out of order, though each figure is in it."""
    leaflet = _translated_leaflet(tmp_path, lang)
    title, body = TRANSLATED_LEAFLETS[lang]
    swapped = body.replace("24", "@").replace("3", "24").replace("@", "3")
    assert swapped != body
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    source = wrong / f"611-pain-relief-after-surgery.{lang}.md"
    source.write_text(
        f"---\nnumber: 611\nversion: 1\ntitle: {title}\ndepartment: Pharmacy\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: {lang}\n---\n\n{swapped}",
        encoding="utf-8",
    )
    (pdf_path,) = large_print.write(load_leaflet(source), LargePrintSettings(), wrong)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert [p for p in report.problems if "in order" in p], report.problems


# A diabetes leaflet's blood sugar levels: a figure before an English unit inside an Urdu or
# Arabic sentence ("شوگر لیول 4 mmol/L سے کم"), which the bidi algorithm prints unit first
# ("mmol/L 4" from the left) and a right-to-left reader reads figure first.
SUGAR_LEVELS = {
    "ur": (
        "ذیابیطس اور گاڑی چلانا",
        "## گاڑی چلانے سے پہلے\n\n"
        "اگر آپ کا شوگر لیول 4 mmol/L سے کم ہو تو گاڑی نہ چلائیں۔\n\n"
        "- 15g تیزی سے اثر کرنے والی شکر لیں۔\n"
        "- اگر آپ کا شوگر لیول 16.6 mmol/L سے زیادہ ہو تو اپنی نرس کو فون کریں۔\n",
    ),
    "ar": (
        "السكري وقيادة السيارة",
        "## قبل أن تقود السيارة\n\n"
        "لا تقد السيارة إذا كان مستوى السكر لديك أقل من 4 mmol/L.\n\n"
        "- تناول 15g من السكر السريع المفعول.\n"
        "- اتصل بممرضتك إذا كان مستوى السكر أعلى من 16.6 mmol/L.\n",
    ),
}


def _sugar_leaflet(folder: Path, lang: str, body: str):
    title = SUGAR_LEVELS[lang][0]
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"615-diabetes-and-driving.{lang}.md"
    source.write_text(
        f"---\nnumber: 615\nversion: 1\ntitle: {title}\ndepartment: Diabetes Centre\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: {lang}\n---\n\n{body}",
        encoding="utf-8",
    )
    return load_leaflet(source)


@pytest.mark.parametrize("lang", ["ur", "ar"])
def test_a_figure_before_an_english_unit_in_a_right_to_left_line_reads_back_in_order(
    tmp_path, lang
):
    """'اگر آپ کا شوگر لیول 4 mmol/L سے کم ہو' is printed as the bidi algorithm orders it,
    'mmol/L' left of '4', and reads '4 mmol/L' from the right; the check read the English run
    left to right ('mmol / L 4') and failed the PDF: 'cannot be read back in order: mmol, l'.
    Levels swapped in print ('16.6' where '4' belongs) still fail."""
    leaflet = _sugar_leaflet(tmp_path, lang, SUGAR_LEVELS[lang][1])
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert not [p for p in report.problems if "in order" in p], report.problems
    swapped = SUGAR_LEVELS[lang][1].replace("16.6", "@").replace(" 4 ", " 16.6 ")
    wrong = _sugar_leaflet(tmp_path / "wrong", lang, swapped.replace("@", "4"))
    (pdf_path,) = large_print.write(wrong, LargePrintSettings(), tmp_path / "wrong")
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert [p for p in report.problems if "in order" in p], report.problems


@pytest.mark.parametrize("lang", ["ur", "ar"])
def test_a_figure_before_an_english_unit_tagged_on_its_own_reads_back_in_order(tmp_path, lang):
    """'اگر آپ کا شوگر لیول 4 [mmol/L]{lang=en} سے کم ہو', its unit tagged English on its own,
    failed the check ('first: 4, l'): the figure and its unit were two runs, so the check
    expected '4' before 'mmol/L', and the space between them, in the Urdu text, was a narrow
    Nastaliq one, read back 'mmol/L4'; in Arabic '16.6' ended a line and 'mmol/L' began the
    next. The print is right ('mmol/L 4' from the left, a full space apart, on one line), and
    the check passes it; levels swapped in print still fail."""
    body = SUGAR_LEVELS[lang][1].replace("mmol/L", "[mmol/L]{lang=en}")
    leaflet = _sugar_leaflet(tmp_path, lang, body)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert not [p for p in report.problems if "in order" in p], report.problems
    with pdfplumber.open(pdf_path) as pdf:
        words = pdf.pages[0].extract_words()
    bottoms = {w["text"].strip("."): round(w["bottom"]) for w in words if w["text"][:2] == "16"}
    bottoms["mmol/L"] = max(round(w["bottom"]) for w in words if "mmol/L" in w["text"])
    assert abs(bottoms["16.6"] - bottoms["mmol/L"]) < 5, bottoms  # on one line
    swapped = body.replace("16.6", "@").replace(" 4 ", " 16.6 ").replace("@", "4")
    wrong = _sugar_leaflet(tmp_path / "wrong", lang, swapped)
    (pdf_path,) = large_print.write(wrong, LargePrintSettings(), tmp_path / "wrong")
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert [p for p in report.problems if "in order" in p], report.problems


def test_figures_ending_a_right_to_left_run_read_after_the_tagged_unit_beside_them():
    """Figures after Urdu words, before a run tagged English in the same line, read after it;
    after an English word ('Ibuprofen 200 [mg]') or at a line's end, as written."""
    from pipeline.formats.html_render import LanguageRun

    runs = [
        LanguageRun("ur", "شوگر لیول 4"), LanguageRun("en", "mmol/L", continues=True),
        LanguageRun("ur", "سے کم", continues=True),
    ]
    assert large_print.runs_read_back(runs) == ["mmol", "l", "4"]
    runs = [LanguageRun("ur", "لیں Ibuprofen 200"), LanguageRun("en", "mg", continues=True)]
    assert large_print.runs_read_back(runs) == ["ibuprofen", "200", "mg"]
    runs = [LanguageRun("ur", "دن میں 2"), LanguageRun("en", "Take them", paragraph=True)]
    assert large_print.runs_read_back(runs) == ["2", "take", "them"]


def test_the_check_expects_figures_before_english_where_the_bidi_algorithm_prints_them():
    """Figures after Urdu words and before an English word print to the English word's right;
    a phone number (its spaces unbroken) stays whole, and English before figures is as
    written."""
    assert large_print.as_read_back("شوگر لیول 4\u00a0mmol/L سے کم") == "شوگر لیول mmol/L 4 سے کم"
    assert large_print.as_read_back("فون 0116 258 6491 NHS") == "فون NHS 0116 258 6491"
    assert large_print.as_read_back("کو NHS 111 پر") == "کو NHS 111 پر"
    assert large_print.as_read_back("دن میں 2 بار") == "دن میں 2 بار"

@pytest.mark.parametrize("lang, other", [("ar", "ur"), ("ur", "ar")])
def test_a_right_to_left_leaflets_own_lines_are_never_marked_as_the_footers_other_language(
    translated, lang, other
):
    """An Arabic leaflet's heading, list items and cells were marked Urdu (/Lang ur), their
    letters being found in the footer's Urdu line, so a screen reader would read them in an
    Urdu voice, and the check failed the cells as 'a line of the Urdu text does not start at
    the right margin'. The footer's line in the other language is still marked."""
    pdf_path, report = translated[lang]
    with pikepdf.open(pdf_path) as pdf:
        tree = StructureTree(pdf)
        marked = [e for e in tree.elements() if str(e.get("/Lang", "")) == other]
        texts = [tree.text(e) for e in marked]
    # letters only the leaflet's own language writes: Arabic's yeh and teh marbuta, Urdu's
    # farsi yeh, heh goal and barree yeh
    own_letters = {"ar": "ية", "ur": "یہے"}[lang]
    assert texts and not [t for t in texts if set(t) & set(own_letters)], texts
    assert not [p for p in report.problems if "margin" in p], report.problems


URDU_DOSES_TABLE = (
    "\n## اوقات اور خوراک\n\n| وقت | دوا | خوراک |\n|---|---|---|\n"
    "| صبح 8 بجے | [Ibuprofen 200mg]{lang=en} | 1 گولی |\n"
    "| دوپہر 2 بجے | [Ibuprofen 200mg]{lang=en} | 1 گولی |\n"
    "| رات 10 بجے | [Ibuprofen 200mg]{lang=en} | 2 گولیاں |\n"
)


def _urdu_leaflet_with_doses(folder: Path, table: str):
    title, body = TRANSLATED_LEAFLETS["ur"]
    folder.mkdir(exist_ok=True)
    source = folder / "613-pain-relief-after-surgery.ur.md"
    source.write_text(
        f"---\nnumber: 613\nversion: 1\ntitle: {title}\ndepartment: Pharmacy\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: ur\n---\n\n{body}{table}",
        encoding="utf-8",
    )
    return load_leaflet(source)


def test_an_urdu_table_row_reads_cell_by_cell_from_the_right_at_18_pt(tmp_path):
    """At 18 pt an Urdu table of doses is ruled, its English cell 'Ibuprofen 200mg' standing
    higher in its row than the Nastaliq cells beside it (their faces' tops differ): it was
    read as a line of its own above its row, and the check failed 'cannot be read back in
    order', first '8, 1, 2, ibuprofen, 200mg', though the print reads right. A row reads cell by
    cell from the right, with the build's reader and with `leaflet check`'s alike; a row whose
    time and dose are swapped still fails."""
    leaflet = _urdu_leaflet_with_doses(tmp_path / "right", URDU_DOSES_TABLE)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path / "right")
    with pdfplumber.open(pdf_path) as pdf:
        assert any(page.find_tables() for page in pdf.pages)  # ruled, not set as rows
    built = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    again = large_print.check(leaflet, LargePrintSettings(), [pdf_path])  # as pdfplumber reads
    for report in (built, again):
        assert not [p for p in report.problems if "in order" in p], report.problems
    swapped = URDU_DOSES_TABLE.replace("| رات 10 بجے |", "| رات 2 بجے |").replace(
        "| 2 گولیاں |", "| 10 گولیاں |"
    )
    wrong = _urdu_leaflet_with_doses(tmp_path / "wrong", swapped)
    (pdf_path,) = large_print.write(wrong, LargePrintSettings(), tmp_path / "wrong")
    built = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    again = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    for report in (built, again):
        assert [p for p in report.problems if "in order" in p], report.problems


def test_headings_that_skip_a_level_in_the_source_are_tagged_as_printed(tmp_path):
    """A sheet with '### Keeping it clean' under its title and '#### Signs of infection' under
    a '##' is printed h2, h2, h3 (html_render.heading_levels, as the web page shows it): the
    check counted the structure tree's headings by the source's levels, 'the structure tree
    has 0 H4, expected 1', though the tags were right."""
    source = write_source(
        tmp_path, "9904-caring-for-your-wound", "Surgery",
        "### Keeping it clean\n\nKeep the dressing dry for 48 hours.\n\n"
        "## When to get help\n\n#### Signs of infection\n\nCall the ward on 0116 258 4567 "
        "if the wound is hot or red.\n",
    )
    leaflet = load_leaflet(source)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    with pikepdf.open(pdf_path) as pdf:
        kinds = [str(e.get("/S")) for e in StructureTree(pdf, {}).elements()]
    assert [k for k in kinds if re.fullmatch(r"/H\d", k)] == ["/H1", "/H2", "/H2", "/H3"]
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert report.passed, report.problems


def _naskh_sizes(pdf_path: Path) -> set[float]:
    return {round(c["size"], 2) for c in chars_of(pdf_path) if "Naskh" in c["fontname"]}


def test_arabic_is_printed_as_large_to_the_eye_as_the_english_at_the_size_asked(
    translated, printed
):
    """Naskh's letters stand lower above the line than Liberation Sans's x-height (0.34-0.41
    em against 0.53 em): an Arabic leaflet asked for at 18 pt had its text at 18 pt, its letters'
    tops 7.7 pt above the line against the English 9.8 pt, as if printed smaller, and an Arabic
    line in an English leaflet 1.15 times larger, still smaller to the eye. Arabic is printed
    1.25 times the size asked, a whole leaflet (its headings larger still) or a line, and the
    English in an Arabic leaflet at the size asked; its check does not take every Arabic line
    for a heading."""
    pdf_path, report = translated["ar"]
    chars = chars_of(pdf_path)
    naskh = [c for c in chars if "Naskh" in c["fontname"]]
    body = [c for c in naskh if "Bold" not in c["fontname"]]
    assert body and min(c["size"] for c in body) == pytest.approx(22.5, abs=0.05)
    headings = [c for c in naskh if "Bold" in c["fontname"]]
    assert min(c["size"] for c in headings) > 22.5 * 1.2
    with pdfplumber.open(pdf_path) as pdf:
        lines = [ln for page in pdf.pages for ln in page.extract_text_lines(return_chars=True)]
    trust_lines = [c for ln in lines if "Leicester" in ln["text"] for c in ln["chars"]]
    assert trust_lines and {round(c["size"], 2) for c in trust_lines} == {18.0}
    assert report.passed, report.problems
    # the trust's Arabic line in an English leaflet, at 18 and at 24 pt
    assert _naskh_sizes(printed[18]) == {22.5}
    assert _naskh_sizes(printed[24]) == {30.0}


def test_an_english_cell_stands_on_the_line_of_the_urdu_cells_in_its_row(tmp_path):
    """In an Urdu table of doses the English cell 'Ibuprofen 200mg' stood higher in its ruled
    row than the Nastaliq cells beside it (each cell's text set at its top, Nastaliq's lines
    taller): a row of print is read along one line. Each row's cells stand on one baseline."""
    leaflet = _urdu_leaflet_with_doses(tmp_path, URDU_DOSES_TABLE)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    with pdfplumber.open(pdf_path) as pdf:
        page = next(p for p in pdf.pages if p.find_tables())
        table = max(page.find_tables(), key=lambda t: len(t.rows))
        height = page.height
        rows = [row.bbox for row in table.rows[1:]]
        chars = [c for c in page.chars if c["text"].strip()]
    for _, top, _, bottom in rows:
        in_row = [c for c in chars if top < c["top"] and c["bottom"] < bottom]
        english = {round(height - c["matrix"][5], 1) for c in in_row if c["text"].isascii()
                   and c["text"].isalpha()}
        urdu = {round(height - c["matrix"][5], 1) for c in in_row if "\u0600" <= c["text"]}
        assert english and urdu
        assert max(english | urdu) - min(english | urdu) < 1, (english, urdu)


ARABIC_MEDICINES_TABLE = (
    "\n## أدويتك\n\n| الدواء | الصباح | الظهر | المساء | قبل النوم | ملاحظات لك |\n"
    "|---|---|---|---|---|---|\n"
    "| [Bisoprolol 2.5mg]{lang=en} | قرص واحد | لا شيء | لا شيء | لا شيء "
    "| لا تتناوله صباح يوم الاختبار |\n"
    "| [Salbutamol 100 micrograms]{lang=en} | بختان | بختان | بختان | بختان | أحضره معك |\n"
)


def test_a_wide_table_set_as_rows_in_arabic_has_each_rows_rule_where_its_lines_start(tmp_path):
    """A table of six columns, too wide for the page, is set as rows, each marked by a rule
    down the side its lines start from: in an Arabic leaflet the rule stood at the rows'
    left, where their lines end, far from the words that open each row."""
    title, body = TRANSLATED_LEAFLETS["ar"]
    source = tmp_path / "614-pain-relief-after-surgery.ar.md"
    source.write_text(
        f"---\nnumber: 614\nversion: 1\ntitle: {title}\ndepartment: Pharmacy\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: ar\n---\n\n"
        f"{body}{ARABIC_MEDICINES_TABLE}",
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(size=24), tmp_path)
    with pdfplumber.open(pdf_path) as pdf:
        number, page = next(
            (n, p) for n, p in enumerate(pdf.pages) if "Bisoprolol" in p.extract_text()
        )
        # each row's box: pdfplumber reads a border as the box it is cut from (black; the
        # page's white ground is a box too)
        rows = {(round(r["top"]), round(r["bottom"])) for r in page.rects
                if r["height"] > 48 and r["non_stroking_color"] != (1.0, 1.0, 1.0)}
        # the rows' words (a paragraph above them on the page runs to the margin)
        naskh = [c for c in page.chars if "Naskh" in c["fontname"]
                 and any(top <= c["top"] and c["bottom"] <= bottom for top, bottom in rows)]
    import pypdfium2

    ink = np.array(pypdfium2.PdfDocument(pdf_path)[number].render(scale=2).to_pil().convert("L"))
    rules = []
    for top, bottom in rows:
        dark = (ink[2 * top + 4 : 2 * bottom - 4] < 128).mean(axis=0)
        rules += [x / 2 for x in np.nonzero(dark > 0.95)[0]]
    assert rules, "each row is marked by a rule down its side"
    assert min(rules) >= max(c["x1"] for c in naskh), "the rule is at the rows' right"


ARABIC_BREATHING_TEST = (
    "## ما هو اختبار الجهد القلبي الرئوي ولماذا طلبه طبيب التخدير قبل العملية الجراحية "
    "الكبرى؟\n\n"
    "يقيس اختبار الجهد القلبي الرئوي مدى عمل القلب والرئتين والعضلات معا.\n\n"
    "لمزيد من المعلومات: [www.leicestershospitals.nhs.uk/patients/patient-information-leaflets/"
    "respiratory]{lang=en}\n"
    + ARABIC_MEDICINES_TABLE
    + "\n## يوم الاختبار\n\n"
    "1. تناول وجبة خفيفة قبل موعدك بساعتين على الأقل.\n"
    "2. لا تشرب القهوة أو الشاي لمدة 4 ساعات قبل الاختبار.\n"
    "3. ارتد ملابس فضفاضة ومريحة وأحذية مسطحة.\n"
    "4. أحضر قائمة بجميع الأدوية التي تتناولها.\n"
    "5. لا تدخن لمدة 24 ساعة على الأقل قبل الاختبار.\n"
    "6. إذا شعرت بتوعك في يوم الاختبار، اتصل بنا قبل أن تخرج.\n"
)


def test_the_urdu_line_of_an_arabic_leaflet_is_marked_though_read_back_with_letters_wrong(
    tmp_path,
):
    """An Arabic breathing test leaflet at 20 pt had the trust's Urdu line (its footer) marked
    Urdu only in its last few words, and the check failed it, 'only 27% of the Urdu letters
    can be read back': its Nastaliq, read back with a few letters wrong ('ذ' for 'د'), held
    fewer of the Urdu line's letters than of the Arabic leaflet's own, so the line was taken
    for Arabic. Letters only Urdu writes (heh goal, noon ghunna, barree yeh) decide it."""
    source = tmp_path / "952-your-breathing-test.ar.md"
    source.write_text(
        "---\nnumber: 952\nversion: 1\ntitle: الاستعداد لموعد اختبار الجهد القلبي الرئوي في "
        "قسم وظائف الجهاز التنفسي بالمستشفى\ndepartment: Respiratory Physiology\n"
        "last_reviewed: 2025-01\nnext_review: 2027-01\nlanguage: ar\n---\n\n"
        + ARABIC_BREATHING_TEST,
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    settings = LargePrintSettings(size=20)
    (pdf_path,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf_path])
    assert report.passed, report.problems
    urdu_line = next(t.text for t in leaflet.trust.translations if t.lang == "ur")
    with pikepdf.open(pdf_path) as pdf:
        tree = StructureTree(pdf)
        urdu = [str(e.get("/ActualText", "")) for e in tree.elements()
                if str(e.get("/Lang", "")) == "ur"]
    assert urdu == [prepare(urdu_line)], urdu


RIGHT_TO_LEFT_STEPS = {
    "ar": "\n## قبل العملية\n\n"
    "1. لا تأكل أي طعام بعد منتصف الليل.\n"
    "2. يمكنك شرب الماء حتى الساعة 6 صباحا.\n"
    "3. أحضر جميع أدويتك معك إلى المستشفى.\n",
    "ur": "\n## آپریشن سے پہلے\n\n"
    "1. آدھی رات کے بعد کچھ نہ کھائیں۔\n"
    "2. آپ صبح 6 بجے تک پانی پی سکتے ہیں۔\n"
    "3. اپنی تمام دوائیں ہسپتال ساتھ لائیں۔\n",
}


@pytest.mark.parametrize("lang", ["ar", "ur"])
def test_a_right_to_left_lists_bullets_and_numbers_stand_inside_the_margin_at_48_pt(
    tmp_path, lang
):
    """At 48 pt an Arabic list's bullets stood 8 pt past the page's right margin: print.css
    indented lists on the left, where a right-to-left item's lines end, and WeasyPrint's own
    40 px on the right was too narrow for a bullet or a step's number at 60 pt, drawn outside
    its item. A right-to-left list is indented at its right, each marker standing in that
    indent, right of its item's words and inside the margin."""
    title, body = TRANSLATED_LEAFLETS[lang]
    source = tmp_path / f"615-pain-relief-after-surgery.{lang}.md"
    source.write_text(
        f"---\nnumber: 615\nversion: 1\ntitle: {title}\ndepartment: Pharmacy\n"
        f"last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: {lang}\n---\n\n"
        f"{body}{RIGHT_TO_LEFT_STEPS[lang]}",
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    settings = LargePrintSettings(size=48)
    (pdf_path,) = large_print.write(leaflet, settings, tmp_path)
    margin = 18 / 25.4 * 72
    markers = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            assert all(margin - 0.5 < c["x0"] and c["x1"] < page.width - margin + 0.5
                       for c in chars), page.page_number
            script = [c for c in chars if "\u0600" <= c["text"] <= "\u06ff"]
            for mark in [c for c in chars if c["text"] in "•."]:
                middle = (mark["top"] + mark["bottom"]) / 2
                row = [c for c in script if c["top"] < middle < c["bottom"]]
                # a list item's marker: right of its first line's words
                if row and mark["x0"] >= max(c["x1"] for c in row):
                    markers.append(mark["text"])
    assert sorted(markers) == [".", ".", ".", "•", "•"], markers  # two bullets, three steps


def test_an_urdu_paragraph_ended_by_its_own_full_stop_is_no_lead_in_to_the_list_after_it(
    tmp_path,
):
    """At 48 pt the Urdu leaflet's 'نرس آپ کو ... دے گی۔' was taken for the lead-in of the
    list after it, the paragraph having no '.', and kept whole with the list: taller than a
    page, it left its heading alone on page 3 and page 2 more than half empty, and the check
    failed. Urdu's '۔' and Punjabi's '।' end a sentence as '.' does; a paragraph with no full
    stop in any script still leads into its list."""
    leaflet = _translated_leaflet(tmp_path, "ur")
    settings = LargePrintSettings(size=48)
    (pdf_path,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf_path])
    assert report.passed, report.problems
    with pdfplumber.open(pdf_path) as pdf:  # the paragraph starts under its heading
        page = next(p for p in pdf.pages if "Ibuprofen" in p.extract_text())
        assert any("Bold" in c["fontname"] and c["text"] >= "\u0600" for c in page.chars)
    assert not large_print._runs_into_its_list("ਖਾਣਾ ਖਾਣ ਤੋਂ ਬਾਅਦ 1 ਗੋਲੀ ਲਓ।")
    assert large_print._runs_into_its_list("اگر آپ کو درج ذیل میں سے کچھ ہو تو فوراً فون کریں")


@pytest.mark.parametrize("size", [24, 36])
def test_a_medicine_and_its_strength_share_a_line_in_an_arabic_sentence(tmp_path, size):
    """At 24 pt the Arabic sample's 'ستعطيك الممرضة أقراص Ibuprofen' ended a line and
    '200mg لتأخذها إلى المنزل.' began the next: the medicine a line away from its strength.
    Kept together where they fit the narrowest line at Arabic's larger size, as at 24 and
    36 pt (at 48 pt, 60 pt to the eye, not in a list item's)."""
    leaflet = _translated_leaflet(tmp_path, "ar")
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(size=size), tmp_path)
    with pdfplumber.open(pdf_path) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    text = "".join(c["text"] for c in chars)
    at = text.index("Ibuprofen")
    # the medicine and its strength, what is between them a space only, on one line
    both = chars[at : text.index("200mg", at) + 5]
    assert "".join(c["text"] for c in both).split() == ["Ibuprofen", "200mg"], both
    baselines = [c["matrix"][5] for c in both if c["text"].strip()]
    assert max(baselines) - min(baselines) < 1, both


@pytest.mark.parametrize("lang", list(TRANSLATED_LEAFLETS))
def test_a_translated_leaflets_latin_letters_and_figures_are_one_face(translated, lang):
    """In the Urdu and Arabic samples 'Ibuprofen 200mg' had its '200' drawn in Noto Nastaliq
    or Naskh, which have figures of their own, and its 'mg' in Liberation Sans: two faces in
    one item. Every Latin letter and figure of a translated leaflet is the large-print face,
    its words still in their script's face."""
    pdf_path, _ = translated[lang]
    chars = chars_of(pdf_path)
    text = "".join(c["text"] for c in chars)
    starts = list(itertools.accumulate((len(c["text"]) for c in chars), initial=0))
    at = text.index("Ibuprofen")  # (a glyph may hold letters: a Gujarati conjunct)
    first, last = starts.index(at), starts.index(text.index("200mg", at) + 5)
    item = chars[first:last]
    assert {c["fontname"].split("+")[-1] for c in item} == {"Liberation-Sans"}, item
    figures = {c["fontname"].split("+")[-1] for c in chars if c["text"].isdigit()}
    assert all(name.startswith("Liberation-Sans") for name in figures), figures
    script = {c["fontname"].split("+")[-1] for c in chars if c["text"] > "\u0600"
              and c["text"].isalpha()}
    assert script and all(name.startswith("Leaflet-Noto") for name in script), script


@pytest.mark.parametrize("lang", ["gu", "pa"])
def test_a_gujarati_or_punjabi_leaflet_passes_its_check_at_48_pt(tmp_path, lang):
    """At 48 pt the Gujarati and Punjabi samples' heading, first paragraph and the list's
    first item, which WeasyPrint never parts, started page 3 (they did not fit under page 2's
    review dates), and the check failed page 2 as more than half empty: it measured the
    heading and paragraph alone, and read the item's '1', in the Latin face, as a line above
    its bullet."""
    leaflet = _translated_leaflet(tmp_path, lang)
    settings = LargePrintSettings(size=48)
    (pdf_path,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf_path])
    assert report.passed, report.problems


# A notice and a table of doses, in the shape translated pain relief leaflets take: the words
# the pipeline adds (the notice's label, the opening of a table set as rows) in each language.
OWN_WORDS = {
    "ur": (
        "> **24 گھنٹوں میں 8 سے زیادہ گولیاں نہ لیں۔**\n\n## دوا لینے کے اوقات\n\n"
        "| وقت | دوا | خوراک |\n|---|---|---|\n"
        "| صبح 8 بجے | [Paracetamol 500mg]{lang=en} | 2 گولیاں |\n"
        "| رات 10 بجے | [Ibuprofen 200mg]{lang=en} | 1 گولی |\n",
        "اہم",
        "جدول، قطاریں: 2، کالم:",
    ),
    "ar": (
        "> **لا تتناول أكثر من 8 أقراص خلال 24 ساعة.**\n\n## أوقات تناول الدواء\n\n"
        "| الوقت | الدواء | الجرعة |\n|---|---|---|\n"
        "| 8 صباحًا | [Paracetamol 500mg]{lang=en} | قرصان |\n"
        "| 10 مساءً | [Ibuprofen 200mg]{lang=en} | قرص واحد |\n",
        "مهم",
        "جدول، عدد الصفوف: 2، الأعمدة:",
    ),
    # Gujarati has its word for "Important"; no words for a table's opening are certain, so
    # that stays English, marked English for a screen reader
    "gu": (
        "> **24 કલાકમાં 8 થી વધુ ગોળીઓ ન લો.**\n\n## દવા લેવાનો સમય\n\n"
        "| સમય | દવા | માત્રા |\n|---|---|---|\n"
        "| સવારે 8 વાગ્યે | [Paracetamol 500mg]{lang=en} | 2 ગોળીઓ |\n"
        "| રાત્રે 10 વાગ્યે | [Ibuprofen 200mg]{lang=en} | 1 ગોળી |\n",
        "મહત્વપૂર્ણ",
        None,
    ),
}


@pytest.mark.parametrize("lang", list(OWN_WORDS))
def test_a_translated_leaflets_notice_label_and_table_opening_are_in_its_language(
    tmp_path, lang
):
    """An Urdu, Arabic or Gujarati leaflet printed 'Important' over its notice and, at 48 pt
    where its table of doses is set as rows, 'Table of 2 rows, columns:' before its column
    headings, in English amid the reader's language. They are the language's own words
    where languages.py has them, tagged as the leaflet is."""
    body, label, opening = OWN_WORDS[lang]
    source = tmp_path / f"611-pain-relief-after-surgery.{lang}.md"
    source.write_text(
        f"---\nnumber: 611\nversion: 1\ntitle: {TRANSLATED_LEAFLETS[lang][0]}\n"
        f"department: Pharmacy\nlast_reviewed: 2025-06\nnext_review: 2028-06\n"
        f"language: {lang}\n---\n\n{body}",
        encoding="utf-8",
    )
    leaflet, settings = load_leaflet(source), LargePrintSettings(size=48)
    html = render_document(leaflet, "", large_print.render_options(settings, lang))
    assert f'<p class="notice-label"><strong>{label}</strong></p>' in html
    if opening:
        assert f'<p class="table-columns">{opening} ' in html
    else:
        assert '<p class="table-columns" lang="en-GB" dir="ltr">Table of 2 rows' in html
    (pdf_path,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf_path])
    assert report.passed, report.problems
    with pdfplumber.open(pdf_path) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
    assert "Important" not in text
    assert ("Table of" in text) == (opening is None)


def test_a_welsh_leaflets_english_ward_named_in_its_words_too_passes_its_language_check(
    tmp_path,
):
    """A Welsh leaflet's department 'Children's Ward', tagged English as the recording says
    it, failed the print's check ('the English line is not marked as language') because its
    body says 'ffoniwch y Children's Ward' untagged: a tagged element that is the whole run
    is that run, whatever the leaflet's own words hold."""
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path, "9965-ar-ol-llawdriniaeth", "Children's Ward",
        "## Mynd adref\n\nOs oes gan eich plentyn dymheredd uchel, ffoniwch y Children's "
        "Ward.\n",
        language="cy", audience="Gwybodaeth i rieni a gofalwyr",
    )
    leaflet = load_leaflet(source)
    (pdf_path,) = large_print.write(leaflet, LargePrintSettings(), tmp_path)
    report = large_print.check(leaflet, LargePrintSettings(), [pdf_path])
    assert report.passed, report.problems
