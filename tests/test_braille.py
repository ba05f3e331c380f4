"""The braille format with real liblouis: the reference leaflet, then leaflets built with the model
classes for the edge cases a braillist worries about."""

from __future__ import annotations

import copy
import dataclasses
import re
from pathlib import Path

import louis
import pdfplumber
import pytest
from conftest import FIXTURES
from leaflet_files import write_source
from lxml import etree

from pipeline.cli import main
from pipeline.errors import LeafletError
from pipeline.formats.braille import BrailleSettings, check, write
from pipeline.formats.braille import checker as braille_check
from pipeline.formats.braille.checker import back_translate, join_lines, read_brf
from pipeline.formats.braille.files import NORTH_AMERICAN_ASCII
from pipeline.formats.braille.layout import (
    BLANK,
    CONTINUATION,
    DOTS_MODE,
    ENGLISH_TABLES,
    HYPHEN,
    TN_OPEN,
    TOP_BOX_LINE,
    LayoutChoices,
    table_for,
)
from pipeline.formats.braille.pef_rules import pef_problems
from pipeline.formats.braille.preview import interlined
from pipeline.formats.registry import get_format, settings_for
from pipeline.languages import language
from pipeline.model import Heading, Image, ListBlock, Metadata, Notice, Paragraph, Span
from pipeline.sources import load_leaflet
from pipeline.sources.importers import import_file
from pipeline.text import script_of, scripts_in

TABLES_FOLDER = Path("/usr/share/liblouis/tables")
PEF = "{http://www.daisy.org/ns/2008/pef}"
DC = "{http://purl.org/dc/elements/1.1/}"


@dataclasses.dataclass
class Built:
    files: dict[str, Path]
    pages: list[list[str]]
    report: object


def build(leaflet, folder: Path, **settings) -> Built:
    chosen = BrailleSettings(**settings)
    folder.mkdir(parents=True, exist_ok=True)
    written = write(leaflet, chosen, folder)
    files = {p.suffix if not p.name.endswith("-proof.pdf") else "proof": p for p in written}
    report = check(leaflet, chosen, written)
    scratch = braille_check.CheckReport("braille")
    pages = read_brf(files[".brf"].read_bytes(), scratch)
    return Built(files, pages, report)


def agreement(report) -> float:
    finding = next(f for f in report.findings if f.startswith("back-translation agrees"))
    return float(re.search(r"([\d.]+)%", finding)[1]) / 100


def body_lines(pages: list[list[str]]) -> list[str]:
    return [line for page in pages for line in page[1:]]


def with_blocks(leaflet, *blocks, **meta):
    new_meta = dataclasses.replace(leaflet.meta, **meta) if meta else leaflet.meta
    return dataclasses.replace(leaflet, blocks=tuple(blocks), meta=new_meta)


# ---- the reference leaflet, contracted -------------------------------------------------------


@pytest.fixture(scope="module")
def grade2(leaflet_442, tmp_path_factory) -> Built:
    return build(leaflet_442, tmp_path_factory.mktemp("grade2"))


def test_writes_brf_pef_preview_and_proof_named_by_leaflet(grade2):
    names = sorted(p.name for p in grade2.files.values())
    assert names == [
        "442-v3-braille-proof.pdf",
        "442-v3-braille.brf",
        "442-v3-braille.pef",
        "442-v3-braille.txt",
    ]


def test_check_passes_with_at_least_99_percent_back_translation(grade2):
    assert grade2.report.passed, grade2.report.problems
    assert agreement(grade2.report) >= 0.99


def test_brf_is_braille_ascii_with_crlf_lines_and_form_feeds(grade2):
    data = grade2.files[".brf"].read_bytes()
    allowed = set(NORTH_AMERICAN_ASCII.encode()) | {0x0D, 0x0A, 0x0C}
    assert set(data) <= allowed
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert data.count(b"\f") == len(grade2.pages) - 1 >= 2
    for page in grade2.pages:
        assert len(page) <= 25
        assert all(len(line) <= 40 for line in page)


def test_page_number_alone_at_top_right_of_line_one(grade2):
    for number, page in enumerate(grade2.pages, start=1):
        digits = louis.translateString(["en-ueb-g2.ctb"], str(number), None, DOTS_MODE)
        assert page[0] == BLANK * (40 - len(digits)) + digits


def test_identity_first_title_centred_then_blank_line(grade2, leaflet_442):
    page = grade2.pages[0]
    title = page[1]
    left = len(title) - len(title.lstrip(BLANK))
    assert left >= 3 and abs(left - (40 - len(title))) <= 1, "title is centred"
    assert page[2] == ""
    identity = back_translate(
        join_lines([line.strip(BLANK) for line in page[3:17]]), "en-ueb-g2.ctb"
    )
    for expected in (
        "Unified English Braille, grade 2",
        "Leaflet 442, version 3",
        "Physiotherapy",
        "University Hospitals",
    ):
        assert expected in identity


def test_safety_notice_boxed_and_bold(grade2):
    lines = body_lines(grade2.pages)
    top = lines.index(TOP_BOX_LINE * 40)
    assert lines[top + 1].startswith("\u2818\u2836")  # UEB bold passage indicator
    assert "\u2818\u2804" in lines[top + 2]  # and its terminator on the next line
    assert set(lines[top + 3]) == {"\u281b"}


def test_subheadings_in_cell_5_set_apart_and_never_last_on_a_page(grade2):
    """UKAAF B004: a heading is told apart from a blocked paragraph by where it starts."""
    found = 0
    for page in grade2.pages:
        text = [back_translate(line.strip(BLANK), "en-ueb-g2.ctb") for line in page]
        for row, line in enumerate(text):
            if line.startswith("Exercise "):
                found += 1
                assert page[row - 1] == "" or row == 1
                assert page[row].startswith(BLANK * 4) and page[row][4] != BLANK, "cell 5"
                end = row
                while page[end + 1].startswith(BLANK * 4):  # a runover stays in cell 5
                    end += 1
                assert end + 2 < len(page) and page[end + 1] == ""
    assert found == 4


def test_addresses_uncontracted_and_dashes_for_spaced_hyphens(grade2):
    lines = body_lines(grade2.pages)
    uncontracted = louis.translateString(["en-ueb-g1.ctb"], "leicestershospitals", None, DOTS_MODE)
    assert any(uncontracted in line for line in lines)
    dash = "\u2820\u2824"
    text = "".join(lines)
    assert f"{BLANK}{dash}{BLANK}" in text and f"{BLANK}\u2824{BLANK}" not in text


def test_other_language_lines_in_their_own_tables(grade2, leaflet_442):
    text = join_lines([line.strip(BLANK) for line in body_lines(grade2.pages) if line])
    assert len(leaflet_442.trust.translations) == 5
    for translation in leaflet_442.trust.translations:
        table = language(translation.lang).braille_table
        assert (TABLES_FOLDER / table).is_file()
        # with what the project adds to it (Gujarati's ૃ is Bharati braille's 5-1235)
        tables = table_for(translation.lang, 2).split(",")
        cells = louis.translateString(tables, translation.text, None, DOTS_MODE)
        assert all(0x2800 <= ord(c) <= 0x283F for c in cells), f"{table} wrote dot 7 or 8"
        assert cells.replace(BLANK, "") in text.replace(BLANK, "")
        # Before it, a transcriber's note in UEB's indicators names the language and its code
        # (Rules of UEB 3.27, 13.6.1, 14.1.1).
        note = f"Next paragraph: {translation.language_name} in {translation.language_name} braille"
        announced = louis.translateString(
            ["en-ueb-g2.ctb"], note, [louis.emph_5] * len(note), DOTS_MODE
        )
        assert announced.startswith(TN_OPEN) and announced.endswith("\u2808\u2828\u281c")
        assert announced in text
        assert text[text.index(announced) + len(announced) + 1 :].startswith(cells[:3])
    findings = " ".join(grade2.report.findings)
    assert "Urdu line in ur-pk-g1.utb, announced by a transcriber's note" in findings


def test_pef_is_valid_and_holds_the_brf_braille(grade2):
    tree = etree.parse(str(grade2.files[".pef"]))
    assert pef_problems(tree) == []
    assert "PEF is valid PEF 2008-1 (its grammar and page-size rules)" in grade2.report.findings
    ns = {"dc": "http://purl.org/dc/elements/1.1/"}
    for name in ("title", "identifier", "language", "date", "format"):
        assert tree.findtext(f".//dc:{name}", namespaces=ns)
    volume = tree.find(f".//{PEF}volume")
    assert (volume.get("cols"), volume.get("rows")) == ("40", "25")
    pages = [[r.text or "" for r in p.iter(f"{PEF}row")] for p in tree.iter(f"{PEF}page")]
    assert pages == grade2.pages
    assert max(len(p) for p in pages) <= 25 and max(len(r) for p in pages for r in p) <= 40


def _meta(root):
    return root.find(f"{PEF}head/{PEF}meta")


# Each breaks one rule of the PEF 2008-1 grammar or its Schematron; each was confirmed invalid
# against DAISY's RELAX NG schema when these rules were written.
BROKEN_PEF = {
    "version": (lambda root: root.set("version", "2009-1"), "version is '2009-1'"),
    "identifier": (
        lambda root: _meta(root).remove(_meta(root).find(f"{DC}identifier")),
        "has no dc:identifier",
    ),
    "format": (
        lambda root: setattr(_meta(root).find(f"{DC}format"), "text", "text/xml"),
        "dc:format is 'text/xml'",
    ),
    "date": (
        lambda root: setattr(_meta(root).find(f"{DC}date"), "text", "4/12/2026"),
        "is not a date as yyyy-mm-dd",
    ),
    "two titles": (
        lambda root: _meta(root).append(copy.deepcopy(_meta(root).find(f"{DC}title"))),
        "2 dc:title elements",
    ),
    "print in a row": (
        lambda root: setattr(root.find(f".//{PEF}row"), "text", "Please"),
        "not braille cells",
    ),
    "no width": (lambda root: root.find(f".//{PEF}volume").attrib.pop("cols"), "no cols"),
    "duplex": (lambda root: root.find(f".//{PEF}volume").set("duplex", "yes"), "not true or"),
    "unknown element": (
        lambda root: etree.SubElement(root.find(f".//{PEF}section"), f"{PEF}chapter"),
        "<chapter> in the file is not allowed in <section>",
    ),
    "row gaps": (
        lambda root: [row.set("rowgap", "4") for row in root.iter(f"{PEF}row")],
        "needs",
    ),
    "wide row": (
        lambda root: setattr(root.find(f".//{PEF}row"), "text", "\u283f" * 41),
        "has 41 cells; its volume allows 40",
    ),
}


@pytest.mark.parametrize("rule", sorted(BROKEN_PEF))
def test_pef_that_breaks_the_grammar_is_named(grade2, leaflet_442, tmp_path, rule):
    """The grammar is checked in code: no schema file from outside the project is needed."""
    break_it, message = BROKEN_PEF[rule]
    tree = etree.parse(str(grade2.files[".pef"]))
    break_it(tree.getroot())
    problems = pef_problems(tree)
    assert [p for p in problems if message in p], problems
    broken = tmp_path / grade2.files[".pef"].name
    tree.write(str(broken), xml_declaration=True, encoding="UTF-8")
    files = [broken if p.suffix == ".pef" else p for p in grade2.files.values()]
    report = check(leaflet_442, BrailleSettings(), files)
    assert any(p.startswith(f"{broken.name} is not valid PEF 2008-1") for p in report.problems)


def test_preview_marks_page_breaks(grade2):
    text = grade2.files[".txt"].read_text(encoding="utf-8")
    assert text.count("--- braille page ") == len(grade2.pages)
    assert grade2.pages[1][1] in text


def test_proof_pdf_has_a_page_per_braille_page_with_print_beneath(grade2):
    with pdfplumber.open(grade2.files["proof"]) as pdf:
        assert len(pdf.pages) == len(grade2.pages)
        first = pdf.pages[0].extract_text()
        assert "braille page 1 of" in first
        every = " ".join(page.extract_text() for page in pdf.pages)
        assert "Important: Please speak to your" in every
        cells = [c for c in pdf.pages[0].chars if "\u2801" <= c["text"] <= "\u283f"]
        assert len(cells) > 300, "every cell is drawn"


@pytest.mark.parametrize("cells, lines", [(32, 28), (40, 40), (60, 40), (20, 10)])
def test_the_proof_fits_each_braille_page_on_one_sheet_for_any_page_size(
    leaflet_442, tmp_path, cells, lines
):
    """A request for 32 cells by 28 lines had the proof of braille page 5 run onto a seventh
    sheet holding one line ('language, or in Braille, large print,'), and the build failed its
    own check: the proof is set smaller for a page with more lines or cells than a sheet holds
    at full size, each braille page whole on its sheet, every cell inside its edges."""
    built = build(leaflet_442, tmp_path, cells_per_line=cells, lines_per_page=lines)
    assert not [p for p in built.report.problems if "proof" in p], built.report.problems
    with pdfplumber.open(built.files["proof"]) as pdf:
        assert len(pdf.pages) == len(built.pages)
        for page in pdf.pages:
            ink = [c for c in page.chars if c["text"].strip()]
            assert all(c["x0"] >= 0 and c["x1"] <= page.width for c in ink), page.page_number
            assert all(c["top"] >= 0 and c["bottom"] <= page.height for c in ink)


def test_web_preview_is_the_first_page_with_its_print(grade2, leaflet_442):
    files = list(grade2.files.values())
    preview = get_format("braille").preview(leaflet_442, {"grade": 2}, files)
    assert preview.kind == "braille" and preview.file == grade2.files[".brf"].name
    assert [cells for cells, _ in preview.braille_lines] == grade2.pages[0]
    prints = [text for _, text in preview.braille_lines]
    assert prints[1] == "Lower back stretches in pregnancy"
    assert "Leaflet 442, version 3" in prints
    assert "(top of box)" in prints and "(bottom of box)" in prints
    assert any(text.startswith("Important: Please speak to your") for text in prints)


def test_web_preview_reads_other_language_lines_in_their_own_tables(grade2, leaflet_442):
    """Urdu braille read back with the Urdu table is Urdu; read with UEB it would be English
    letters that mean nothing. The transcriber's note before it says which code it is in."""
    under: dict[str, list[tuple[str, str]]] = {}  # note: the lines beneath it
    for page in grade2.pages:
        note, reading = None, ""
        for cells, text in interlined(leaflet_442, {"grade": 2}, page):
            if not cells.strip(BLANK):
                note, reading = None, ""
            elif note:
                under[note].append((cells, text))
            elif cells.strip(BLANK).startswith(TN_OPEN) or reading:
                reading = f"{reading} {text}".strip()
                if cells.endswith("\u2808\u2828\u281c"):
                    note, reading = reading, ""
                    under[note] = []
    for translation in leaflet_442.trust.translations:
        name = translation.language_name
        lines = under[f"Next paragraph: {name} in {name} braille"]
        shown = " ".join(text for _, text in lines)
        assert script_of(shown) == script_of(translation.text), (translation.lang, shown)
        as_english = " ".join(back_translate(c.strip(BLANK), "en-ueb-g2.ctb") for c, _ in lines)
        assert shown != as_english
    assert under["Next paragraph: Urdu in Urdu braille"][0][1].startswith("اگر آپ کو یہ معلومات")
    assert " ".join(text for _, text in under["Next paragraph: Polish in Polish braille"]) == (
        "Aby uzyskać informacje w innym języku, proszę zadzwonić pod podany niżej numer telefonu"
    )


# ---- uncontracted on request -----------------------------------------------------------------


def test_grade_one_on_request_is_uncontracted_and_checks(leaflet_442, tmp_path, grade2):
    built = build(leaflet_442, tmp_path, grade=1)
    assert built.report.passed, built.report.problems
    assert agreement(built.report) >= 0.99
    cells = sum(len(line) for line in body_lines(built.pages))
    assert cells > sum(len(line) for line in body_lines(grade2.pages)) * 1.1
    the = louis.translateString(["en-ueb-g1.ctb"], "the", None, DOTS_MODE)
    assert the in "".join(body_lines(built.pages))


def test_request_options_are_validated(project):
    fmt = get_format("braille")
    assert settings_for(fmt, {"grade": "1"}).grade == 1
    with pytest.raises(LeafletError, match="grade"):
        settings_for(fmt, {"grade": "3"})
    with pytest.raises(LeafletError, match="no such option"):
        settings_for(fmt, {"colour": "red"})


# ---- edge cases, with real liblouis ------------------------------------------------------------


def test_word_longer_than_a_line_is_divided_with_a_hyphen(leaflet_442, tmp_path):
    word = "pneumonoultramicroscopicsilicovolcanoconiosis" * 2
    leaflet = with_blocks(leaflet_442, Paragraph((Span(f"The word {word} is long."),)))
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    lines = body_lines(built.pages)
    assert all(len(line) <= 40 for line in lines)
    divided = [line for line in lines if line.endswith(HYPHEN) and len(line) >= 39]
    assert divided
    assert agreement(built.report) == 1.0


def test_long_url_is_uncontracted_and_continued_not_hyphenated(leaflet_442, tmp_path):
    url = "www.leicestershospitals.nhs.uk/aboutus/our-services/womens-and-childrens/physio"
    leaflet = with_blocks(
        leaflet_442, Paragraph((Span("See "), Span(url, href=f"https://{url}"), Span(" now.")))
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    lines = body_lines(built.pages)
    continued = [i for i, line in enumerate(lines) if line.endswith(CONTINUATION)]
    assert continued, "a long address is split with the line continuation indicator"
    joined = join_lines([lines[continued[0]], lines[continued[0] + 1]])
    assert "www.leicestershospitals" in back_translate(joined, "en-ueb-g2.ctb")


@pytest.mark.parametrize("cells_per_line", [40, 32, 28, 24])
def test_a_long_email_address_is_divided_after_its_at_sign_or_a_dot_never_mid_name(
    leaflet_442, tmp_path, cells_per_line
):
    """'respiratory.nurse.specialists@leicestershospitals-nhs.uk' was divided
    '...specialists@leiceste' / 'rshospitals-nhs.uk' at 40 cells: the "@" was no place to
    divide, and with no dot in the line's second half the address was cut at the line's end,
    mid-name. UEB divides an address after its own signs (an "@", a dot, a slash, a hyphen) with
    the continuation indicator: each name goes whole on one line where it fits one."""
    address = "respiratory.nurse.specialists@leicestershospitals-nhs.uk"
    team = "physiotherapy.outpatients.department@uhl-tr.nhs.uk"
    leaflet = with_blocks(
        leaflet_442,
        Paragraph((Span(f"If you have any questions, e-mail {address} or ring us."),)),
        Paragraph((Span("Email the team: "), Span(team, href=f"mailto:{team}"))),
    )
    built = build(leaflet, tmp_path, cells_per_line=cells_per_line)
    assert built.report.passed, built.report.problems
    lines = body_lines(built.pages)
    first = next(
        i for i, line in enumerate(lines) if "questions" in back_translate(line, "en-ueb-g2.ctb")
    )
    blanks = [i for i, line in enumerate(lines) if i > first and not line.strip(BLANK)]
    lines = lines[first : blanks[1]]  # the two paragraphs, before the trust's lines
    divided = [line.strip(BLANK) for line in lines if line.endswith(CONTINUATION)]
    assert len(divided) >= 2, lines
    read = [back_translate(line[:-1], "en-ueb-g2.ctb") for line in divided]
    assert all(said[-1] in "@.-/" for said in read), read
    said = back_translate(join_lines([line.strip(BLANK) for line in lines]), "en-ueb-g2.ctb")
    assert address in said and team in said, said


def test_the_proof_reads_a_divided_address_as_its_letters_and_says_it_continues(
    leaflet_442, tmp_path
):
    """The proof read 'https://www.nhs.uk/\\5/' under a line ending in the line continuation
    indicator (liblouis's escape for a cell it cannot read back): a sighted checker saw a fault
    in right braille, and nothing said the address went on."""
    url = "https://www.nhs.uk/vaccinations/shingles-vaccination/who-can-have-the-shingles-vaccine/"
    leaflet = with_blocks(leaflet_442, Paragraph((Span(f"More information: {url}"),)))
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    with pdfplumber.open(built.files["proof"]) as pdf:
        every = " ".join(page.extract_text() for page in pdf.pages)
    assert "\\5/" not in every
    assert "https://www.nhs.uk/vaccinations/ (continues)" in every


def test_phone_numbers_never_split_across_lines(leaflet_442, tmp_path):
    number = "0116 250 2959"
    paragraphs = [Paragraph((Span(f"{'a ' * k}call {number} today."),)) for k in range(0, 22)]
    built = build(with_blocks(leaflet_442, *paragraphs), tmp_path)
    assert built.report.passed, built.report.problems
    cells = louis.translateString(["en-ueb-g2.ctb"], number, None, DOTS_MODE)
    lines = body_lines(built.pages)
    body = [line for line in lines if cells[:4] in line]
    assert len(body) >= 22 and all(cells in line for line in body)


@pytest.mark.parametrize(("number", "unit"), [("20", "mg"), ("4.0", "mmol/L")])
def test_a_number_is_never_split_from_its_unit_across_lines(leaflet_442, tmp_path, number, unit):
    """ "Week 3: 20 / mg" and "below 4.0 / mmol/L": a dose's or a reading's number ended a
    line and its unit began the next (large print keeps them together; braille had not)."""
    paragraphs = [
        Paragraph((Span(f"{'a ' * k}then keep it {number} {unit} each day."),)) for k in range(22)
    ]
    built = build(with_blocks(leaflet_442, *paragraphs), tmp_path)
    assert built.report.passed, built.report.problems
    cells = louis.translateString(["en-ueb-g2.ctb"], f"{number} {unit}", None, DOTS_MODE)
    alone = louis.translateString(["en-ueb-g2.ctb"], number, None, DOTS_MODE)
    body = [line for line in body_lines(built.pages) if alone in line.split("\u2800")]
    assert len(body) == 22 and all(cells in line for line in body), body


def test_bold_across_a_line_break(leaflet_442, tmp_path):
    bold = "keep your back straight and your knees soft while you stretch slowly to each side"
    leaflet = with_blocks(
        leaflet_442, Paragraph((Span("Remember to "), Span(bold, strong=True), Span(" always.")))
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    lines = body_lines(built.pages)
    opening = next(i for i, line in enumerate(lines) if "\u2818\u2836" in line)
    closing = next(i for i, line in enumerate(lines) if "\u2818\u2804" in line)
    assert closing > opening, "the bold passage runs over a line break"
    assert agreement(built.report) == 1.0


def test_empty_section_and_empty_paragraph(leaflet_442, tmp_path):
    leaflet = with_blocks(
        leaflet_442,
        Heading(2, (Span("Before you start"),)),
        Heading(2, (Span("Exercise 1"),)),
        Paragraph(()),
        Paragraph((Span("   "),)),
        Paragraph((Span("Stand up straight."),)),
        Heading(2, (Span("Nothing here yet"),)),
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    for page in built.pages:
        pairs = zip(page, page[1:], strict=False)
        assert not any(a == "" and b == "" for a, b in pairs), "no double blank lines"
        assert page[-1] != "" and page[1] != ""


def test_lists_have_a_hanging_indent(leaflet_442, tmp_path):
    item = "Stand with your back against a wall and your feet shoulder width apart from it"
    leaflet = with_blocks(leaflet_442, ListBlock(False, ((Span(item),), (Span("Breathe."),))))
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    lines = body_lines(built.pages)
    first = next(i for i, line in enumerate(lines) if line.startswith("\u2838\u2832"))
    assert lines[first + 1].startswith(BLANK * 2) and not lines[first + 1].startswith(BLANK * 3)
    assert lines[first + 2].startswith("\u2838\u2832")


def test_thirty_page_leaflet(leaflet_442, tmp_path):
    blocks = []
    for section in range(1, 41):
        blocks.append(Heading(2, (Span(f"Exercise {section}: stretch number {section}"),)))
        blocks.extend(b for b in leaflet_442.blocks if isinstance(b, Paragraph))
        blocks.append(Notice((Span("Stop if it hurts.", strong=True),)))
    built = build(with_blocks(leaflet_442, *blocks), tmp_path)
    assert len(built.pages) >= 30
    assert built.report.passed, built.report.problems
    assert agreement(built.report) >= 0.99
    for number, page in enumerate(built.pages, start=1):
        assert len(page) <= 25 and all(len(line) <= 40 for line in page)
        digits = louis.translateString(["en-ueb-g2.ctb"], str(number), None, DOTS_MODE)
        assert page[0].strip(BLANK) == digits
        last = back_translate(page[-1].strip(BLANK), "en-ueb-g2.ctb")
        assert not last.startswith("Exercise"), f"heading alone at the foot of page {number}"
        assert page[-1] != TOP_BOX_LINE * 40, "a box never opens at the foot of a page"


def test_character_with_no_braille_is_reported_not_dropped(leaflet_442, tmp_path):
    leaflet = with_blocks(leaflet_442, Paragraph((Span("Smile \U0001f600 and relax."),)))
    built = build(leaflet, tmp_path)
    assert not built.report.passed
    assert any("U+1F600" in p and "en-ueb-g2.ctb" in p for p in built.report.problems)
    text = " ".join(back_translate(line, "en-ueb-g2.ctb") for line in body_lines(built.pages))
    assert "grinning face" in text.lower()


def test_polish_leaflet_is_brailled_with_the_polish_table(leaflet_442, tmp_path):
    meta: Metadata = dataclasses.replace(
        leaflet_442.meta,
        title="Ćwiczenia rozciągające",
        department="Fizjoterapia zdrowia kobiet",
        audience="Informacje dla pacjentek",
        language="pl",
    )
    leaflet = dataclasses.replace(
        leaflet_442,
        meta=meta,
        blocks=(Paragraph((Span("Stań plecami przy ścianie. Powoli pochyl się w bok."),)),),
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    polish = louis.translateString(["Pl-Pl-g1.utb"], "ścianie", None, DOTS_MODE)
    assert polish in "".join(body_lines(built.pages))


def test_a_polish_leaflets_english_closing_lines_are_announced_as_english_braille(tmp_path):
    """A Polish endoscopy leaflet's closing lines from config ("Health information and support
    is available at ...", "To give feedback ...") were UEB after Polish braille with nothing to
    say the code had changed, while its own English line had its note: a Polish braille reader
    read contracted English as Polish. Each is announced, as any English paragraph is."""
    from pipeline.formats.braille.layout import units_of

    source = write_source(
        tmp_path, "9906-po-zabiegu-endoskopii", "Endoscopy Unit",
        "## Po powrocie do domu\n\nNie prowadź samochodu przez 24 godziny po podaniu środka "
        "uspokajającego.\n\n[If you need an interpreter, please tell the receptionist.]{lang=en}"
        "\n\n- Pij dużo płynów.\n",
        language="pl",
    )
    leaflet = load_leaflet(source)
    report = check(leaflet, BrailleSettings(), write(leaflet, BrailleSettings(), tmp_path))
    assert report.passed, report.problems
    units = units_of(leaflet, LayoutChoices())
    english = [
        at for at, unit in enumerate(units)
        if unit.segments and unit.segments[0].table.startswith("en-ueb") and unit.role != "note"
        and unit.role != "identity" and unit.text.strip()
    ]
    said = [units[at].text for at in english]
    assert any(text.startswith("Health information and support") for text in said), said
    for at in english:
        assert units[at - 1].role == "note", units[at].text
        assert units[at - 1].text == "Next paragraph: English in English braille", units[at].text


def test_language_without_a_table_is_refused(leaflet_442, tmp_path):
    leaflet = with_blocks(leaflet_442, Paragraph((Span("Bonjour"),), lang="fr"))
    with pytest.raises(LeafletError, match="no braille table for language 'fr'"):
        write(leaflet, BrailleSettings(), tmp_path)


def test_other_layouts_still_check(leaflet_442, tmp_path):
    built = build(
        leaflet_442,
        tmp_path,
        cells_per_line=32,
        lines_per_page=20,
        paragraphs="indented",
        page_numbers="bottom-right",
        notice="plain",
    )
    assert built.report.passed, built.report.problems
    for page in built.pages[:-1]:
        assert len(page) == 20 and page[-1].strip(BLANK) and page[0] != ""
    assert any(line.startswith(BLANK * 2 + "\u2820") for page in built.pages for line in page)


def test_checker_names_what_is_wrong_with_damaged_files(grade2, tmp_path, leaflet_442):
    brf = tmp_path / grade2.files[".brf"].name
    data = grade2.files[".brf"].read_bytes().replace(b"\r\n", b"\r\n" + b"A" * 45 + b"\r\n", 1)
    brf.write_bytes(data + b"\x07")
    files = [brf, grade2.files[".pef"], grade2.files[".txt"], grade2.files["proof"]]
    report = check(leaflet_442, BrailleSettings(), files)
    problems = " ".join(report.problems)
    assert "45 cells" in problems and "not braille ASCII" in problems
    assert "PEF and the BRF do not hold the same braille" in problems


def test_cli_build_and_check(project, capsys):
    assert main(["build", "442", "--format", "braille"]) == 0
    assert main(["check", "442", "--format", "braille"]) == 0
    out = capsys.readouterr().out
    assert "back-translation agrees" in out
    folder = project / "outputs" / "442-lower-back-stretches-in-pregnancy"
    assert (folder / "442-v3-braille.brf").is_file()


# ---- review findings: other languages, markers, labels and link addresses --------------------


def cells_of(text: str, table: str = "en-ueb-g2.ctb", **kw) -> str:
    return louis.translateString([table], text, None, DOTS_MODE, **kw)


def test_inline_polish_run_in_english_is_ueb_uncontracted(leaflet_442, tmp_path):
    """Rules of UEB 13.2.1 and 13.5: a foreign phrase in English text is written in UEB signs,
    uncontracted; before, it went through the Polish table and read back as '46 shwiczenia'."""
    phrase = "Ćwiczenia kolana po artroskopii"
    leaflet = with_blocks(
        leaflet_442,
        Paragraph((Span("This leaflet is also in Polish: "), Span(phrase, lang="pl"), Span("."))),
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    assert agreement(built.report) == 1.0
    text = join_lines([line.strip(BLANK) for line in body_lines(built.pages) if line])
    uncontracted = cells_of(phrase, "en-ueb-g1.ctb")
    assert uncontracted.startswith("\u2820\u2818\u280c\u2809"), "capital, acute modifier, c"
    assert uncontracted in text
    assert "shwiczenia" not in back_translate(text, "en-ueb-g2.ctb")


def test_letters_without_a_ueb_modifier_use_transcriber_defined_ones_with_a_note(
    leaflet_442, tmp_path
):
    """UEB names no modifier for ż's dot or ą's ogonek: its transcriber-defined modifiers stand
    before the letter (Rules of UEB 4.2), and a transcriber's note says what they mean."""
    phrase = "Osoba leżąca na podłodze"
    leaflet = with_blocks(
        leaflet_442,
        Paragraph((Span("The picture shows "), Span(phrase, lang="pl"), Span(" in Polish."))),
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    assert agreement(built.report) == 1.0
    text = join_lines([line.strip(BLANK) for line in body_lines(built.pages) if line])
    first, second = "\u2818\u2838\u2802", "\u2818\u2838\u2806"  # dots 45-456-2, 45-456-23
    assert f"\u2807\u2811{first}\u2835{second}\u2801\u2809\u2801" in text, "l e ż ą c a"
    reading = back_translate(text, ENGLISH_TABLES[2]).replace("\u2019", "'")
    assert "Osoba leżąca na podłodze" in reading
    note = "The first transcriber-defined modifier means a dot above"
    assert note in reading
    assert reading.index(note) < reading.index("The picture shows")
    assert TN_OPEN in text, "between UEB's transcriber's note indicators (Rules of UEB 3.27)"
    assert "transcriber-defined" not in "".join(
        back_translate(line, "en-ueb-g2.ctb") for line in body_lines(grade2_pages(leaflet_442))
    ), "no note when no such letter is used"


def grade2_pages(leaflet):
    from pipeline.formats.braille.layout import lay_out

    return [[line.cells for line in page.lines] for page in lay_out(leaflet, LayoutChoices())]


def test_inline_run_in_another_script_keeps_its_table_and_is_read_back(leaflet_442, tmp_path):
    urdu = leaflet_442.trust.translations[0].text.split()[:4]
    leaflet = with_blocks(
        leaflet_442,
        Paragraph((Span("In Urdu: "), Span(" ".join(urdu), lang="ur"), Span(" and more."))),
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    assert agreement(built.report) == 1.0, "the checker reads the run in its own table"
    text = "".join(body_lines(built.pages)).replace(BLANK, "")
    assert cells_of(" ".join(urdu), "ur-pk-g1.utb").replace(BLANK, "") in text


def test_link_address_written_out_uncontracted_and_its_words_contracted(leaflet_442, tmp_path):
    href = "https://www.nhs.uk/conditions/knee-pain/"
    leaflet = with_blocks(
        leaflet_442,
        Paragraph((Span("Read more on "), Span("the NHS website", href=href), Span("."))),
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    lines = [line.strip(BLANK) for line in body_lines(built.pages) if line]
    text = join_lines(lines)
    assert cells_of("www.nhs.uk/conditions/knee-pain", "en-ueb-g1.ctb") in text
    assert cells_of("Read more on the NHS website") in text, "the link's words stay contracted"
    reading = back_translate(text, "en-ueb-g2.ctb")
    assert "the NHS website (www.nhs.uk/conditions/knee-pain)." in reading


def polish_leaflet(leaflet_442, *blocks):
    meta = dataclasses.replace(
        leaflet_442.meta, title="Ćwiczenia kolana", department="Fizjoterapia", language="pl"
    )
    return dataclasses.replace(leaflet_442, meta=meta, blocks=tuple(blocks))


def test_polish_list_markers_and_picture_label_use_tables_that_define_them(leaflet_442, tmp_path):
    items = ((Span("stabilnego krzesła"),), (Span("zwiniętego ręcznika"),))
    alt = "Osoba leżąca na podłodze z ręcznikiem pod kostką"
    leaflet = polish_leaflet(
        leaflet_442, ListBlock(False, items), ListBlock(True, items), Image("x.png", alt)
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    assert agreement(built.report) == 1.0
    lines = [line.strip(BLANK) for line in body_lines(built.pages)]
    dash = cells_of("- ", "Pl-Pl-g1.utb")
    for item in ("stabilnego krzesła", "zwiniętego ręcznika"):
        assert dash + cells_of(item, "Pl-Pl-g1.utb") in lines, "Polish braille opens items with ⠤"
    assert cells_of("1. stabilnego krzesła", "Pl-Pl-g1.utb") in lines
    # the UEB label between notes saying the code changes, as English in any other code is
    # (a Polish reader had read UEB's 'Picture:' straight on in Polish braille), then Polish
    label, close = cells_of("Picture:"), "\u2808\u2828\u281c"
    found = [
        join_lines(passage.lines)
        for passage in braille_check.passages(built.pages, LayoutChoices())
        if label in join_lines(passage.lines)
    ]
    assert len(found) == 1 and found[0].startswith(TN_OPEN), found
    assert f"{close}{BLANK}{label}{BLANK}{TN_OPEN}" in found[0], "UEB label after its note"
    assert found[0].endswith(close + BLANK + cells_of(alt, "Pl-Pl-g1.utb")), "Polish words"
    said = back_translate(found[0].split(close + BLANK + label)[0] + close, "en-ueb-g2.ctb")
    assert said == "English braille:", said


def test_cli_polish_translation_with_list_picture_and_link(project, capsys):
    from PIL import Image as Picture

    (project / "source" / "images").mkdir(exist_ok=True)
    Picture.new("RGB", (40, 30), "white").save(project / "source" / "images" / "knee.png")
    (project / "source" / "442-lower-back-stretches-in-pregnancy.pl.md").write_text(
        "---\nnumber: 442\nversion: 3\ntitle: Ćwiczenia rozciągające w ciąży\n"
        "department: Fizjoterapia\naudience: Informacje dla pacjentek\n"
        "last_reviewed: 2023-02\nnext_review: 2026-02\nlanguage: pl\n---\n\n"
        "Będziesz potrzebować:\n\n- stabilnego krzesła\n- zwiniętego ręcznika\n\n"
        "![Osoba leżąca na podłodze z ręcznikiem pod kostką](images/knee.png)\n\n"
        "Więcej na [stronie NHS](https://www.nhs.uk/conditions/knee-pain/).\n",
        encoding="utf-8",
    )
    name = "442-lower-back-stretches-in-pregnancy.pl"
    assert main(["build", name, "--format", "braille"]) == 0
    assert main(["check", name, "--format", "braille"]) == 0
    out = capsys.readouterr().out
    assert "has no braille" not in out and "agrees with the source on 100.0%" in out
    brf = next((project / "outputs" / name).glob("*.brf"))
    pages = read_brf(brf.read_bytes(), braille_check.CheckReport("braille"))
    text = "".join(body_lines(pages)).replace(BLANK, "")
    for print_text in ("ręcznikiem", "www.nhs.uk/conditions/knee-pain"):
        assert cells_of(print_text, "Pl-Pl-g1.utb").replace(BLANK, "") in text
    assert cells_of("Picture:") in text


# ---- the web preview's print is the leaflet's words ------------------------------------------

_GARBLED = re.compile(r"\\\d+/|(\S)\1{3,}|[″′]")  # liblouis escapes, box lines, prime signs


def _preview_prints_outside_other_codes(leaflet) -> list[str]:
    """Every print line of the preview, less the passages a transcriber's note says are in
    another language's braille (those are read in that language's table)."""
    shown = []
    for page in grade2_pages(leaflet):
        other, note = False, ""
        for cells, text in interlined(leaflet, {"grade": 2}, page):
            if not cells.strip(BLANK) or cells.startswith(BLANK):
                other = False
            if cells.strip(BLANK).startswith(TN_OPEN) or note:
                note = f"{note} {text}".strip()
                if cells.endswith("\u2808\u2828\u281c"):
                    other, note = note.startswith("Next paragraph:"), ""
            elif not other:
                shown.append(text)
    return shown


@pytest.mark.parametrize(
    "name", ["442", *sorted(p.stem for p in (FIXTURES / "leaflets").glob("*.txt"))]
)
def test_the_preview_shows_print_in_the_leaflets_own_letters(name, leaflet_442, tmp_path):
    """Issue 17 saw '″″″', 'gggg' and '\\45/′Please' under the notice box; and 'pages' of
    '5 braille pages' and 'review' were read back as Punjabi ('ਪਅਗੇਸ'): a word that no table
    reads as one of the leaflet's own stays in the English around it."""
    if name == "442":
        leaflet = leaflet_442
    else:
        imported = import_file(FIXTURES / "leaflets" / f"{name}.txt", {"number": "1", "version": 1})
        (tmp_path / imported.file_name).write_text(imported.markdown(), encoding="utf-8")
        leaflet = load_leaflet(tmp_path / imported.file_name)
    prints = _preview_prints_outside_other_codes(leaflet)
    garbled = [text for text in prints if _GARBLED.search(text) or scripts_in(text) - {"Latin"}]
    assert not garbled, garbled
    assert any("braille page" in text for text in prints)


def brailled_and_checked(folder: Path, name: str, department: str, body: str) -> tuple:
    """A leaflet of `body` written in braille into `folder`, and its check's report."""
    leaflet = load_leaflet(write_source(folder, name, department, body))
    files = write(leaflet, BrailleSettings(), folder)
    return files, check(leaflet, BrailleSettings(), files)


def test_an_emoji_tick_is_brailled_as_the_tick_ueb_has(tmp_path):
    """ "✅ Keep your oxygen 2 metres from heat." failed its check: en-ueb has no "✅", and the
    braille showed "[white heavy check mark]". UEB's check mark means the same."""
    files, report = brailled_and_checked(
        tmp_path, "9901-using-oxygen-at-home", "Respiratory Medicine",
        "## Dos and don'ts\n\n- ✅ Keep your oxygen 2 metres from heat.\n"
        "- ⚠️ Never smoke near it.\n",
    )
    assert not any("✅" in problem or "FE0F" in problem for problem in report.problems), (
        report.problems)
    assert "white heavy check mark" not in next(f for f in files if f.suffix == ".txt").read_text()


def test_a_cross_ueb_has_no_cell_for_is_brailled_as_its_word(tmp_path):
    """ "✗ Don't" over a table column had been brailled "[ballot x] Don't", and its check
    failed the build; the cross is written as a reader names it, as the audio says it."""
    files, report = brailled_and_checked(
        tmp_path, "9902-caring-for-your-plaster-cast", "Fracture Clinic",
        "## Do and don't\n\n| ✓ Do | ✗ Don't |\n|---|---|\n"
        "| Keep the cast clean | Put powder inside the cast |\n\n☐ I have read this leaflet.\n",
    )
    assert not any("has no braille" in problem for problem in report.problems), report.problems
    cells = next(f for f in files if f.suffix == ".txt").read_text(encoding="utf-8")
    read_back = " ".join(back_translate(line, "en-ueb-g2.ctb") for line in cells.splitlines())
    assert "ballot" not in read_back and "cross" in read_back.lower(), read_back


def test_a_blood_counts_superscript_is_brailled_as_ueb_writes_a_raised_figure(tmp_path):
    """A chemotherapy leaflet's "1.0 x 10⁹/L" failed its check: en-ueb defines ² and ³ but no
    other raised figure, and the braille showed "'\\12567/xbjgi'". UEB writes one as ² is
    written, the level indicator before the figure; a lowered one ("H₂O") likewise."""
    files, report = brailled_and_checked(
        tmp_path, "9903-tc-chemotherapy", "Oncology",
        "## Blood tests\n\nYour neutrophils must be above 1.0 x 10⁹/L.\n\nOxygen (O₂) helps.\n",
    )
    assert not any("has no braille" in problem for problem in report.problems), report.problems
    cells = next(f for f in files if f.suffix == ".txt").read_text(encoding="utf-8")
    table = table_for("en", 2)
    read_back = " ".join(back_translate(line, table) for line in cells.splitlines())
    assert "10⁹/L" in read_back and "O₂" in read_back, read_back
    assert "\\" not in cells


def test_a_letter_read_back_as_its_wordsign_is_no_difference():
    """ "e.g." is brailled E4G4, which liblouis reads back as "e.go."; "15-20g" likewise: the
    check said "'g' reads back as 'go'" of braille that is right, and failed the build."""
    from pipeline.formats.braille.checker import _differences

    agreement, differences = _differences(["e", "g", "swimming"], ["e", "go", "swimming"])
    assert (agreement, differences) == (1.0, [])
    _, differences = _differences(["take", "vitamin", "d"], ["take", "vitamin", "day"])
    assert differences == ["'d' reads back as 'day'"]


def test_a_traffic_lights_coloured_circles_are_brailled_by_their_colour(tmp_path):
    """ "🟢 Green – your child is feeding well": en-ueb has no coloured circles, and the braille
    showed "[large green circle]", failing its check. A circle its colour's word follows says
    nothing more; one alone is its colour ("green circle")."""
    files, report = brailled_and_checked(
        tmp_path, "9903-fever-in-children", "Children's Emergency Department",
        "## How is your child?\n\n🟢 Green – your child is feeding well.\n\n"
        "🟠 Amber – your child is drinking less than usual.\n\n"
        "🔴 Red – your child is floppy. Call 999.\n\n| Zone | Do |\n|---|---|\n"
        "| 🔴 | Call 999. |\n",
    )
    assert not any("circle" in problem for problem in report.problems), report.problems
    brf = next(f for f in files if f.suffix == ".brf").read_text().lower()
    assert "gre5 circle" not in brf and brf.count("circle") == 1, brf  # "r$ circle" (table)


def test_a_warning_or_note_box_says_its_kind_as_print_and_audio_do(leaflet_442, tmp_path):
    """'> [!WARNING]' over 'Do not stop taking warfarin unless your GP tells you to.' printed a
    box headed 'Warning' and the audio said 'Warning'; the braille box gave only its words, so a
    braille reader could not tell a warning from a note. A notice whose words say their kind is
    not labelled twice."""
    leaflet = with_blocks(
        leaflet_442,
        Notice((Span("Do not stop taking warfarin unless your GP tells you to.", strong=True),),
               kind="warning"),
        Notice((Span("These exercises are safe from the 1st day after the birth."),), kind="note"),
        Notice((Span("Caution: the tablets are 2.5 mg, not 5 mg."),), kind="warning"),
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    lines = body_lines(built.pages)
    said = [
        back_translate(join_lines([line.strip(BLANK) for line in lines[top + 1 : top + 4]]),
                       "en-ueb-g2.ctb")
        for top, line in enumerate(lines)
        if line == TOP_BOX_LINE * 40
    ]
    assert said[0].startswith("Warning: Do not stop taking warfarin")
    assert said[1].startswith("Note: These exercises are safe")
    assert said[2].startswith("Caution: the tablets are 2.5 mg, not 5 mg.")


@pytest.mark.parametrize(
    "print_text",
    [
        "Day of test: 2 hours before; Stop drinking.",
        "Week 2: about; 5 mg",
        "Take it because; it helps. Then rest; 1,000 units; 3;",
        "More information: https://www.nhs.uk/vaccinations/shingles-vaccination/",
    ],
)
def test_a_shortform_before_a_semicolon_and_a_web_address_read_back_as_written(print_text):
    """A table's row 'Day of test: 2 hours before; Stop drinking.' is brailled right (BEF then
    the semicolon), but liblouis read it back 'bef;', 'about;' 'ab;', and 'https://' as
    'httpscc//': the proof told the checker the braille was wrong, and `leaflet check` listed
    it, on braille a reader reads as printed. (The linear table format puts a ';' after every
    entry, so a column of 'before' and 'after' could fail the build's 99%.)"""
    for grade in (2, 1):
        table = ENGLISH_TABLES[grade]
        cells = louis.translateString([table], print_text, None, DOTS_MODE)
        assert back_translate(cells, table) == print_text
    assert back_translate("\u2806", ENGLISH_TABLES[2]) == "be"  # the wordsign stays a word


def test_a_capitalised_word_with_an_apostrophe_ending_reads_back_as_printed():
    """ "GP's" is brailled ⠠⠠⠛⠏⠄⠎: the apostrophe ends the capitals word (Rules of UEB 8.4.2),
    so the s is lower case. Debian's liblouis reads it back "GP'S" (liblouis issue 1608), and a
    proof-reader checking the braille against the print took the braille for wrong."""
    table = ["en-ueb-g2.ctb"]

    def round_trip(text: str) -> str:
        cells = louis.translateString(table, text, None, louis.dotsIO | louis.ucBrl)
        return back_translate(cells, table[0]).replace("\u2019", "'")

    sentence = "Ask your GP's receptionist; the NHS's 111 service and the CT scan's results."
    assert round_trip(sentence) == sentence
    assert round_trip("We'll see you. You'll need your GP's letter.") == (
        "We'll see you. You'll need your GP's letter."
    )
    assert round_trip("The AA's rules and the CDs") == "The AA's rules and the CDs"


def _script_glyphs_close_to_braille_below(proof: Path) -> list[str]:
    """Each Urdu or Arabic glyph of the proof whose ink (pdfium's tight box: pdfplumber's
    boxes are one em whatever the glyph) reaches within 1 pt of the next braille row below, or
    into the braille row above it."""
    import pypdfium2

    close = []
    document = pypdfium2.PdfDocument(proof)
    for number, page in enumerate(document, start=1):
        text, height = page.get_textpage(), page.get_height()
        glyphs = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            _, bottom, _, top = text.get_charbox(index)
            glyphs.append((char, height - top, height - bottom))
        dots = [(top, bottom) for char, top, bottom in glyphs if "\u2801" <= char <= "\u28ff"]
        rows = sorted({round(top, 1) for top, _ in dots})
        for char, top, bottom in glyphs:
            if not "\u0600" <= char <= "\u06ff":
                continue
            below = [row for row in rows if row > top]
            if below and below[0] - bottom < 1:
                close.append(f"page {number}: {char} {below[0] - bottom:.1f} pt")
            above = [row_bottom for row_top, row_bottom in dots if row_top < top]
            if above and max(above) > top:
                close.append(f"page {number}: {char} {max(above) - top:.1f} pt into the row above")
    document.close()
    return close


def test_the_proofs_urdu_readings_have_the_room_their_letters_take(tmp_path):
    """In a mixed English and Urdu line of the proof ("• Urdu: [Urdu braille:] مجھے ...") the
    Nastaliq tails reached into the braille row below (4 pt over it), as did a whole Urdu line
    and an Arabic one: a sighted checker could not tell the dots; each reading now has the
    room beneath it that its letters take, and each braille page is still one sheet."""
    files, report = brailled_and_checked(
        tmp_path, "9905-coming-to-the-antenatal-clinic", "Maternity Services",
        "## Interpreters\n\nWe can book an interpreter for you free of charge. Tell us which "
        "language you speak:\n\n"
        "- Urdu: [مجھے اردو مترجم کی ضرورت ہے۔]{lang=ur}\n"
        "- Arabic: [أحتاج إلى مترجم للغة العربية.]{lang=ar}\n\n"
        "| Language | What to say at the desk |\n|---|---|\n"
        "| Urdu | [میری قبل از پیدائش کلینک میں ملاقات ہے۔]{lang=ur} |\n\n"
        "Please arrive 15 minutes before your appointment.\n",
    )
    assert report.passed, report.problems
    proof = next(path for path in files if path.name.endswith("-proof.pdf"))
    assert not _script_glyphs_close_to_braille_below(proof)


URDU_PAGE = (
    "دیوار کے ساتھ کمر لگا کر کھڑے ہوں۔ اپنے پاؤں کندھوں کی چوڑائی جتنے کھولیں۔ آہستہ آہستہ "
    "سانس لیں اور اپنی کمر کو دیوار کی طرف دبائیں۔ پانچ تک گنیں اور پھر آرام کریں۔ اگر آپ کو "
    "درد ہو تو ورزش بند کر دیں اور اپنی دائی یا زچگی کے یونٹ کو فون کریں۔ "
)
ARABIC_PAGE = (
    "قفي وظهرك على الحائط وباعدي بين قدميك بعرض كتفيك. خذي نفساً ببطء واضغطي ظهرك نحو "
    "الحائط، ثم عدّي حتى خمسة واسترخي. إذا شعرت بألم شديد أو نزفت أو قلت حركة طفلك فلا "
    "تستمري في التمرين، واتصلي بالقابلة أو بوحدة الولادة فوراً. "
)


@pytest.mark.parametrize(
    "lang, title, words",
    [("ur", "حمل میں کمر کی ورزشیں", URDU_PAGE), ("ar", "تمارين الظهر أثناء الحمل", ARABIC_PAGE)],
)
def test_a_proof_all_in_urdu_or_arabic_keeps_its_lines_apart(tmp_path, lang, title, words):
    """A leaflet all in Urdu has no room on a sheet for the lines its letters need: its pages
    were set closer to keep a sheet per braille page, and the Nastaliq tails then lay 4 pt into
    the braille row below, where a sighted checker could not tell the dots. The proof is
    printed smaller instead, each braille page still one sheet, no letter on the dots."""
    source = tmp_path / f"7601-lower-back-exercises.{lang}.md"
    source.write_text(
        f"---\nnumber: 7601\nversion: 1\ntitle: {title}\ndepartment: Physiotherapy\n"
        f"language: {lang}\n---\n\n## {title}\n\n" + "\n\n".join([words * 4] * 3) + "\n",
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    files = write(leaflet, BrailleSettings(), tmp_path)
    report = check(leaflet, BrailleSettings(), files)
    assert not [problem for problem in report.problems if "proof" in problem], report.problems
    brf = next(path for path in files if path.suffix == ".brf")
    pages = read_brf(brf.read_bytes(), braille_check.CheckReport("braille"))
    assert max(len(page) for page in pages) == 25, "a page full of the script"
    proof = next(path for path in files if path.name.endswith("-proof.pdf"))
    assert len(pdfplumber.open(proof).pages) == len(pages)
    assert not _script_glyphs_close_to_braille_below(proof)



def test_a_translated_leaflets_preview_names_its_braille_table_as_people_know_it(tmp_path):
    """The preview's first line says which braille code the leaflet is in: for an Urdu leaflet
    it had printed the list liblouis reads ("liblouis table ur-pk-g1.utb,/work/.../
    ur_punctuation.uti"), a path on the machine that built it, where a reader wants the
    table's name."""
    source = tmp_path / "7601-lower-back-exercises.ur.md"
    source.write_text(
        "---\nnumber: 7601\nversion: 1\ntitle: حمل میں کمر کی ورزشیں\ndepartment: Physiotherapy"
        "\nlanguage: ur\n---\n\n## ورزش\n\n" + URDU_PAGE + "\n",
        encoding="utf-8",
    )
    files = write(load_leaflet(source), BrailleSettings(), tmp_path)
    preview_file = next(path for path in files if path.suffix == ".txt")
    first = preview_file.read_text(encoding="utf-8").splitlines()[0]
    assert "liblouis table ur-pk-g1.utb, 40 cells" in first and "/" not in first, first


CONTACTS_BODY = (
    "## Your risk\n\n"
    "About 1 in 10,000 people have a serious allergic reaction to the dye. The risk of "
    "infection is less than 1 in 1,000 (0.1%).\n\n"
    "## How to contact us\n\n"
    "- Breast care nurses: 0116 258 5123 (Monday to Friday, 8:30 am to 4:30 pm)\n"
    "- Out of hours: 0300 303 1573, or NHS 111\n"
    "- Text phone: 18001 0116 258 5123\n"
    "- Email: breastcare.team@uhl-tr.nhs.uk\n"
    "- Website: https://www.leicestershospitals.nhs.uk/aboutus/departments-services/breast-care/\n"
    "- Macmillan Cancer Support: 0808 808 00 00 or www.macmillan.org.uk\n\n"
    "If you have a temperature of 38°C or above, do not wait: call 0116 258 5123 straight "
    "away.\n\n"
    "Do not use the email address for urgent questions; we may not read it for 2 working "
    "days.\n"
)


@pytest.mark.parametrize("cells, lines", [(20, 10), (28, 25), (40, 25)])
def test_phone_numbers_addresses_and_risks_read_back_whole_at_any_width(
    tmp_path, cells, lines
):
    """At 20 cells the text phone number "18001 0116 258 5123" was divided as a word, "... 5-"
    over a line reading "abc", and the check passed it ('5123' reads back as '5abc', a finding
    under 99%); an address divided at a page's end was read as two words. A number is divided
    at a numeric space with the two-cell continuation indicator, its digits going on in the
    next line (Rules of UEB 6.10); every number, address and "not" reads back as printed, and
    the proof reads each line of a divided number as digits."""
    leaflet = load_leaflet(
        write_source(tmp_path, "7720-contacting-the-breast-care-unit", "Breast Care Unit",
                     CONTACTS_BODY)
    )
    chosen = BrailleSettings(cells_per_line=cells, lines_per_page=lines)
    files = write(leaflet, chosen, tmp_path)
    report = check(leaflet, chosen, files)
    assert report.passed, report.problems
    assert not any(f.startswith("words that differ") for f in report.findings), report.findings
    brf = next(path for path in files if path.suffix == ".brf")
    pages = read_brf(brf.read_bytes(), braille_check.CheckReport("braille"))
    assert all(len(line) <= cells for page in pages for line in page)
    body = [line.strip(BLANK) for page in pages for line in page[1:] if line.strip(BLANK)]
    said = back_translate(join_lines(body), "en-ueb-g2.ctb")
    for printed in (
        "1 in 10,000", "1 in 1,000 (0.1%)", "0116 258 5123 (Monday", "0300 303 1573,",
        "18001 0116 258 5123", "breastcare.team@uhl-tr.nhs.uk",
        "https://www.leicestershospitals.nhs.uk/aboutus/departments-services/breast-care/",
        "0808 808 00 00", "www.macmillan.org.uk", "do not wait: call 0116 258 5123",
        "Do not use the email", "we may not read it for 2 working days",
    ):
        assert printed in said, printed
    hyphened = [line for line in body if re.search("\u283c[\u2801-\u281a\u2810]*\u2824$", line)]
    assert not hyphened, "a number is never divided with a hyphen"
    proof = next(path for path in files if path.name.endswith("-proof.pdf"))
    with pdfplumber.open(proof) as pdf:
        read = " ".join(page.extract_text() for page in pdf.pages)
    assert "eabc" not in read and "\\5/" not in read


def test_the_web_preview_reads_a_divided_numbers_next_line_as_digits(tmp_path):
    """At 20 cells the text phone number "18001 0116 258 5123" is divided at a numeric space,
    "... 258" with the continuation indicator over "5123" in numeric mode (Rules of UEB 6.10);
    the proof read the second line as digits, but the web page's preview showed it as "eabc",
    and an address's indicator as liblouis's escape. Both read a line the same way."""
    leaflet = load_leaflet(
        write_source(tmp_path, "7720-contacting-the-breast-care-unit", "Breast Care Unit",
                     CONTACTS_BODY)
    )
    built = build(leaflet, tmp_path, cells_per_line=20, lines_per_page=10)
    assert built.report.passed, built.report.problems
    said = [
        text
        for page in built.pages
        for _, text in interlined(leaflet, {"grade": 2, "cells_per_line": 20}, page)
    ]
    divided = [
        (line, after) for line, after in zip(said, said[1:], strict=False)
        if line.endswith("(continues)") and re.search(r"\d \(continues\)$", line)
    ]
    assert divided, said
    assert all(re.match(r"\d", after) for _, after in divided), divided
    assert not [text for text in said if "eabc" in text or "\\5/" in text], said


def test_a_range_in_a_table_reads_back_with_its_dash(tmp_path):
    """A clinic's opening hours "Monday–Friday" / "9–5" in a table read back "9—5", an em dash
    (UEB's dash stands for both, and liblouis reads it back as the longer one), and the check
    compared words alone, so "9–5" that had lost its dash would have passed as "9 5". The
    dash reads back as the en dash of a range, and the check compares a range as one."""
    leaflet = load_leaflet(
        write_source(
            tmp_path, "7720-contacting-the-breast-care-unit", "Breast Care Unit",
            "## When we are open\n\n"
            "| Service | Days | Hours |\n|---|---|---|\n"
            "| Breast care nurses | Monday–Friday | 9–5 |\n"
            "| Clinic | Tuesday – Thursday | 8:30–12:30 |\n\n"
            "Your results take 10–14 days.\n",
        )
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    assert not any(f.startswith("words that differ") for f in built.report.findings)
    said = " ".join(
        text for page in built.pages for _, text in interlined(leaflet, {"grade": 2}, page)
    )
    for printed in ("Monday–Friday", "9–5", "Tuesday – Thursday", "8:30–12:30", "10–14 days"):
        assert printed in said, (printed, said)
    assert "\u2014" not in said
    compared = braille_check.comparable_words
    assert compared("Hours: 9–5") == compared("Hours: 9—5") != compared("Hours: 9 5")


@pytest.mark.parametrize("grade", [2, 1])
def test_a_letter_after_figures_in_a_capitals_passage_is_never_read_as_a_figure(tmp_path, grade):
    """In a capitals passage no capital sign stands before each letter to end the number, and
    liblouis wrote 'AFTER 9AM' as ⠼⠊⠁⠍, which a reader reads '91m' ('WARD 3B' as 'WARD 32',
    'A 3D SCAN' as 'A 34 SCAN'): a letter a to j straight after a figure takes the grade 1
    indicator, dots 56, as it does in lower case (Rules of UEB 6.5)."""
    leaflet = load_leaflet(
        write_source(
            tmp_path, "3317-bowel-preparation-for-colonoscopy", "Endoscopy Unit",
            "## The day before\n\n"
            "NO SOLID FOOD AFTER 9AM ON THE DAY BEFORE YOUR TEST.\n\n"
            "COME TO WARD 3B ON LEVEL 2 AT 10AM FOR YOUR 3D SCAN.\n\n"
            "Take 2 sachets at 6pm, not 5pm.\n",
        )
    )
    built = build(leaflet, tmp_path, grade=grade)
    assert built.report.passed, built.report.problems
    assert not any(f.startswith("words that differ") for f in built.report.findings), (
        built.report.findings
    )
    said = " ".join(
        text for page in built.pages for _, text in interlined(leaflet, {"grade": grade}, page)
    )
    for printed in ("9AM", "3B", "10AM", "3D", "6pm", "5pm"):
        assert re.search(rf"\b{printed}\b", said, re.IGNORECASE), (printed, said)
    cells = "".join(body_lines(built.pages))
    grade_1 = "\u2830"
    for number, letter in (("\u280a", "\u2801"), ("\u2809", "\u2803"), ("\u2809", "\u2819")):
        assert "\u283c" + number + grade_1 + letter in cells  # 9 then A, 3 then B, 3 then D


def test_curly_single_quotes_around_words_are_ueb_quotation_marks_not_apostrophes(tmp_path):
    """Every curly ‘ and ’ was made an apostrophe before brailling, so "‘Nil by mouth’ means"
    was ⠄⠠⠝⠊⠇ ... ⠍⠳⠹⠄: the quotation read as two apostrophes. A ‘ opening a word and the ’
    closing it are UEB's single quotation marks (⠠⠦, ⠠⠴), which the proof reads back as
    single quotes (liblouis read them as double); the apostrophes of "don’t" and "patients’
    notes" stay ⠄, and so does a quote closing after an s ("‘yes’."), which liblouis writes as
    the plural's apostrophe: never a quotation opened and not closed."""
    leaflet = load_leaflet(
        write_source(
            tmp_path, "7410-fasting-before-your-operation", "Pre-operative Assessment",
            "## Before your operation\n\n"
            "‘Nil by mouth’ means no food or drink, not even chewing gum.\n\n"
            "The nurse will say: ‘You can have sips of water until 6am, but don’t eat.’\n\n"
            "Bring your patients’ notes folder. If you are asked, say ‘yes’.\n",
        )
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    cells = "".join(body_lines(built.pages))
    table = ENGLISH_TABLES[2]
    for printed in ("‘Nil by mouth’", "don’t eat.’", "patients’ notes"):
        assert louis.translateString([table], printed, None, DOTS_MODE) in cells, printed
    assert "\u2820\u2826\u2820\u281d\u280a\u2807" in cells  # ⠠⠦ then ⠠⠝⠊⠇, Nil
    assert "\u280f\u2801\u281e\u280a\u2822\u281e\u280e\u2804\u2800" in cells  # patients⠄
    assert "\u2804\u283d\u2811\u280e\u2804\u2832" in cells  # ⠄yes⠄.
    said = " ".join(
        text for page in built.pages for _, text in interlined(leaflet, {"grade": 2}, page)
    )
    assert "‘Nil by mouth’ means" in said and "don’t eat.’" in said, said


@pytest.mark.parametrize(
    "print_text",
    [
        "Come in at 7.30 a.m. and go home by 4 p.m. the same day.",
        "Eat a light meal, e.g. toast, before 8 a.m.",
        "Bring your medicines, i.e. everything you take, in their boxes.",
        "Guidance for the U.K. and the E.U. is the same.",
        '(e.g. paracetamol) and "i.e. twice a day"',
        "Your dose is 1.5. You will go. Then rest.",
        "The clinic opens at 2p.m. and the pharmacy closes at 5p.m.",
        "Arrive at 10a.m. or 8.30a.m. on the day of your test.",
        "Take a simple painkiller, e.g paracetamol, if you need one.",
        "TAKE 1 TABLET AT 8 A.M. E.G. WITH FOOD.",
        "READ THE U.K. GUIDANCE, I.E THE NHS WEBSITE.",
    ],
)
def test_a_letter_after_a_full_stop_in_an_abbreviation_reads_back_as_the_letter(print_text):
    """ "8 a.m." is brailled ⠁⠲⠍⠲ in UEB, right, but liblouis read the m after the full stop as
    its wordsign: the proof showed a sighted checker "8 a.more.", "e.go.", "i.every." and
    "U.Knowledge.", braille that is right read as wrong (and the check let it pass only as a
    letter read as its wordsign). Letters each after a full stop, a word of them, read as the
    letters; a letter alone ("go.") and a decimal ("1.5.") read as before. So do such letters
    after figures ('2p.m.', with or without the grade 1 indicator liblouis writes before a to
    j, had read '2p.more.'), without their last stop ('e.g paracetamol' had read 'e.go') and
    in capitals ('AT 8 A.M. E.G.' had read 'A.m. E.g.')."""
    for grade in (2, 1):
        table = ENGLISH_TABLES[grade]
        cells = louis.translateString([table], print_text, None, DOTS_MODE)
        assert back_translate(cells, table) == print_text, grade


@pytest.mark.parametrize(
    "print_text",
    [
        "GO TO ROOM 1A AT 10.30AM.",
        "TAKE 2 X 5ML SPOONS EVERY 4\u20136 HOURS.",
        "NO SOLID FOOD AFTER 9AM ON THE DAY BEFORE YOUR TEST.",
        "DO NOT TAKE MORE THAN 8 TABLETS IN 24 HOURS.",
    ],
)
def test_a_unit_after_figures_in_a_capitals_passage_reads_back_in_capitals(print_text):
    """The proof read 'GO TO ROOM 1A AT 10.30AM.' back as 'GO TO ROOM 1a AT 10.30am.' and '5ML'
    as '5ml': the passage's capitals were put back on its words, but not on letters after a
    figure, so the sighted checker saw capitals the print has as lost."""
    from pipeline.formats.braille.layout import Segment, translate

    for grade in (2, 1):
        table = ENGLISH_TABLES[grade]
        cells, _ = translate(Segment(print_text, table, [0] * len(print_text)))
        assert back_translate(cells, table) == print_text, grade


@pytest.mark.parametrize("cells_per_line", [20, 24, 28])
def test_a_phone_number_in_brackets_is_never_divided_inside_its_figures(tmp_path, cells_per_line):
    """At 20 cells '(0116) 258 4123' in a table's row was brailled '... #BEH"DA-' over 'BC', and
    '+44 (0)116 258 6000' '... #BE-' over 'H"FJJJ' at a page's head: a hyphen inside '258', the
    figures after it read as letters ('hfatherjjj'), the number a patient rings lost. A number
    with brackets or a plus is a number: kept on one line where it fits, else divided at a space
    (its print one, or a numeric space with the continuation indicator, Rules of UEB 6.10)."""
    leaflet = load_leaflet(
        write_source(
            tmp_path, "9903-fever-in-children", "Children's Emergency Department",
            "## When to get help\n\n"
            "Phone +44 (0)116 258 6000 for the children's ward, or (0116) 258 4123 for the "
            "wound clinic.\n\n"
            "## Contacts\n\n"
            "| Service | Phone |\n|---|---|\n"
            "| Ward 7 (day and night) | 0116 258 7700 |\n"
            "| Wound clinic (Mon–Fri, 9am–5pm) | (0116) 258 4123 |\n"
            "| From abroad | +44 (0)116 258 6000 |\n",
        )
    )
    built = build(leaflet, tmp_path, cells_per_line=cells_per_line, lines_per_page=10)
    assert built.report.passed, built.report.problems
    assert not any(f.startswith("words that differ") for f in built.report.findings), (
        built.report.findings
    )
    digits = set("\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a")
    for line in body_lines(built.pages):
        cells = line.strip(BLANK)
        assert not (cells.endswith(HYPHEN) and len(cells) > 1 and cells[-2] in digits), cells


def test_a_capitals_passage_going_on_in_the_next_line_reads_back_in_capitals(tmp_path):
    """'NO SOLID FOOD AFTER 9AM ON THE DAY BEFORE YOUR TEST.' runs over two braille lines, one
    capitals passage (6-6-6 on the first, its terminator on the second), and the proof and the
    web page's preview read each line alone: the second showed the sighted checker 'test.', as
    though the braille had lost the print's capitals. A line a passage goes on into reads in
    capitals up to the passage's terminator."""
    import html as html_module

    from pipeline.formats.braille.files import proof_html
    from pipeline.formats.braille.layout import lay_out

    leaflet = load_leaflet(
        write_source(
            tmp_path, "3317-bowel-preparation-for-colonoscopy", "Endoscopy Unit",
            "## The day before\n\n"
            "NO SOLID FOOD AFTER 9AM ON THE DAY BEFORE YOUR TEST. DRINK CLEAR FLUIDS ONLY.\n\n"
            "Take the first sachet at 5pm.\n",
        )
    )
    built = build(leaflet, tmp_path)
    assert built.report.passed, built.report.problems
    previewed = [
        text for page in built.pages for _, text in interlined(leaflet, {"grade": 2}, page)
    ]
    opening = next(i for i, text in enumerate(previewed) if text.startswith("NO SOLID FOOD"))
    going_on = previewed[opening + 1]
    assert going_on == going_on.upper(), previewed[opening : opening + 3]
    assert "TEST." in " ".join(previewed[opening : opening + 2])
    assert previewed[opening + 3].startswith("Take the first sachet at 5pm."), previewed
    proof = html_module.unescape(
        re.sub(r"<[^>]+>", " ", proof_html(leaflet, lay_out(leaflet, LayoutChoices()), 40, ""))
    )
    said = " ".join(proof.split())
    assert "TEST. DRINK CLEAR FLUIDS ONLY." in said, said
    assert "Take the first sachet at 5pm." in said
