"""Large print that never splits a single item (UKAAF G003) and pages that are not left half
empty (issue 15): the writer keeps items together, the checker finds any split."""

from __future__ import annotations

import re

import pikepdf
import pytest

from pipeline.formats import large_print
from pipeline.formats.html_render import address_pieces, single_items
from pipeline.formats.large_print import LargePrintSettings, PageText, split_items


def never_fits(_: str) -> bool:
    return False


def test_single_items_found_in_leaflet_text():
    items = single_items(
        "Call 111 for non-emergency advice on 0116 250 2959, hold for 30 seconds at 9 am, "
        "or email equality@uhl-tr.nhs.uk"
    )
    assert ("hyphenated word", "non-emergency") in items
    assert ("phone number", "0116 250 2959") in items
    assert ("number and its unit", "30 seconds") in items
    assert ("number and its unit", "9 am") in items
    assert ("email", "equality@uhl-tr.nhs.uk") in items


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ("at www.nhs.uk or call 111 for non-", "emergency medical advice", "hyphenated word"),
        ("a comfortable distance from the wall", "\u2013 about 12cm.", "dash"),
        ("please telephone 0116 250", "2959 or email", "phone number"),
        ("Hold this stretch for 20 to 30", "seconds. Gently return", "number and its unit"),
        ("email equality@uhl-tr", ".nhs.uk", "email"),
    ],
)
def test_checker_finds_each_kind_of_split_the_review_found(before, after, kind):
    joined = "" if before.endswith("-") or after.startswith(".") else " "
    text = f"{before}{joined}{after}"
    found = split_items([before, after], single_items(text), never_fits)
    assert any(kind in problem for problem in found), found


def test_an_address_too_long_for_a_line_may_break_after_at_or_full_stop_only():
    items = single_items("contact equality@uhl-tr.nhs.uk")
    assert split_items(["contact equality@", "uhl-tr.nhs.uk"], items, never_fits) == []
    assert split_items(["contact equality@uhl-tr.", "nhs.uk"], items, never_fits) == []
    assert split_items(["contact equality@", "uhl-tr.nhs.uk"], items, lambda a: True), (
        "an address that fits a line is kept whole"
    )
    assert address_pieces("InformationForPatients@uhl-tr.nhs.uk", lambda p: len(p) < 12) == [
        "Information",
        "For",
        "Patients@",
        "uhl-tr.",
        "nhs.",
        "uk",
    ], "a piece still too long breaks only between its run-together words"


def _line(text: str, top: float, size: float = 18, x0: float = 51) -> dict:
    return {"text": text, "top": top, "bottom": top + size, "chars": [{"size": size}],
            "x0": x0, "x1": x0 + 0.5 * size * len(text)}


def test_checker_finds_a_half_empty_page_when_the_next_block_would_fit():
    settings = LargePrintSettings(size=18)
    number = _line("Page 1 of 2", 790)
    half = PageText(1, 595, [], [_line("Repeat on the opposite side.", 60), number], "")
    short = [_line("Exercise 3: Standing back stretch", 60, 22.5), _line("Stand, leaning", 95)]
    following = PageText(2, 595, [], [*short, _line("Page 2 of 2", 790)], "")
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [half, following], report)
    assert "page 1 is more than half empty" in " ".join(report.problems)
    # a heading kept with a table that fits a page, too long for what is left of the first:
    # the bowel preparation timetable was said to fit after half a page (it did not)
    table = [_line("When Time What to do", 95 + 40 * n) for n in range(16)]
    heading = [_line("Your timetable", 60, 22.5), *table, _line("Page 2 of 2", 790)]
    kept = PageText(2, 595, [], heading, "", tables=[(40, 90, 550, 720)])
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [half, kept], report)
    assert report.problems == [], report.problems
    full = PageText(1, 595, [], [_line(f"line {n}", 60 + 26 * n) for n in range(25)], "")
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [full, following], report)
    assert report.problems == []


def test_a_line_to_write_on_at_a_pages_foot_is_room_taken():
    """At 48 pt a page ending with "Date of next appointment:" and its line to write on was
    said to be more than half empty, though the trust's first closing line, kept whole, did
    not fit under the line: the line to write on, drawn and not text, had not been measured."""
    settings = LargePrintSettings(size=48)
    label = [_line("Date of next", 60, 48), _line("appointment:", 120, 48)]
    page = PageText(1, 595, [], [*label, _line("Page 1 of 2", 773, 48)], "")
    closing = [_line(text, 95 + 60 * n, 48) for n, text in enumerate(
        ["Health information", "and support is", "available at", "www.nhs.uk or call",
         "111 for", "non-emergency", "medical advice"])]
    following = PageText(2, 595, [], [*closing, _line("Page 2 of 2", 773, 48)], "")
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [page, following], report)
    assert "page 1 is more than half empty" in " ".join(report.problems), "the label alone"
    page.drawings = [{"x0": 51, "x1": 544, "top": 248, "bottom": 250}]
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [page, following], report)
    assert report.problems == []
    page.drawings = [{"x0": 51, "x1": 544, "top": 51, "bottom": 747}]  # the page's background
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [page, following], report)
    assert report.problems != []


@pytest.mark.parametrize("size", [24, 48])
def test_442_splits_no_item_and_strands_nothing(leaflet_442, tmp_path, size):
    settings = LargePrintSettings(size=size)
    (pdf,) = large_print.write(leaflet_442, settings, tmp_path)
    report = large_print.check(leaflet_442, settings, [pdf])
    assert report.passed, report.problems
    kept = (
        "no word, number with its unit, medicine with its strength, phone number, address, "
        "dash or tick box and its word split over two lines"
    )
    assert f"{kept} at {size} pt" in report.findings


@pytest.mark.slow
@pytest.mark.parametrize("size", [16, 18, 36])
def test_442_splits_no_item_at_the_other_sizes(leaflet_442, tmp_path, size):
    settings = LargePrintSettings(size=size)
    (pdf,) = large_print.write(leaflet_442, settings, tmp_path)
    report = large_print.check(leaflet_442, settings, [pdf])
    assert report.passed, report.problems


def test_one_structure_element_per_section_not_per_page(leaflet_442, tmp_path):
    settings = LargePrintSettings(size=48)
    (pdf,) = large_print.write(leaflet_442, settings, tmp_path)
    with pikepdf.open(pdf) as document:
        kinds = []
        stack = [document.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            kids = node.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids else []:
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/S") is not None:
                    kinds.append(str(kid.S))
                    stack.append(kid)
        assert len(document.pages) > 10
    assert kinds.count("/Part") == 1 and kinds.count("/Art") == 1
    assert kinds.count("/Sect") == 4, "one per exercise, however many pages each takes"


def test_a_unit_with_a_slash_is_never_broken_at_its_slash(leaflet_442, tmp_path):
    """ "If it is below 4mmol/" / "L, or you feel hypo": print broke the unit after its slash,
    and the checker, looking only for a number and unit with a space between, said nothing
    was split."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    text = "If it is below 4mmol/L, or you feel hypo, treat it straight away."
    assert split_items(["If it is below 4mmol/", "L, or you feel hypo, treat it straight away."],
                       single_items(text), never_fits), "the checker finds the split"
    filler = "Check your blood glucose before you drive and every two hours on a long journey"
    blocks = tuple(
        Paragraph((Span(f"{' '.join(filler.split()[:n])}. If it is below 4mmol/L or 3.9 mmol/L, "
                        "treat it straight away."),))
        for n in range(1, 16)
    )
    settings = LargePrintSettings(size=18)
    leaflet = replace(leaflet_442, blocks=blocks)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf])
    assert not [p for p in report.problems if "mmol" in p], report.problems
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        lines = [line for page in document.pages for line in page.extract_text().splitlines()]
    assert not [line for line in lines if line.rstrip().endswith("/")], lines


def always_fits(_: str) -> bool:
    return True


def test_a_medicine_and_its_strength_are_one_item_on_paper():
    """'Ibuprofen' ended a line and '200mg' began the next: a medicine's name and its strength
    are one item, as a number and its unit are; the checker finds them split where print
    keeps them (they fit a line), and not where they cannot fit one."""
    text = "Take Paracetamol 500 mg or Ibuprofen 200mg with food, and Salbutamol 100 micrograms."
    items = single_items(text, never_fits, always_fits)
    assert ("medicine and its strength", "Paracetamol 500 mg") in items
    assert ("medicine and its strength", "Ibuprofen 200mg") in items
    assert ("medicine and its strength", "Salbutamol 100 micrograms") in items
    assert ("number and its unit", "500 mg") in items
    lines = ["Take Paracetamol 500 mg or Ibuprofen",
             "200mg with food, and Salbutamol 100 micrograms."]
    found = split_items(lines, items, never_fits)
    assert any("medicine and its strength" in p and "'Ibuprofen' / '200mg'" in p for p in found)
    assert split_items(lines, single_items(text, never_fits, never_fits), never_fits) == []
    assert not [i for i in single_items(text) if i[0] == "medicine and its strength"], "screen"
    # two tablets, an hour: counts, not a strength
    assert not [i for i in single_items("Take 2 tablets every 4 hours", None, always_fits)
                if i[0] == "medicine and its strength"]


@pytest.mark.parametrize("size", [24, 48])
def test_a_medicine_is_never_printed_a_line_away_from_its_strength(leaflet_442, tmp_path, size):
    """Words before 'Ibuprofen 200mg' and 'Paracetamol 500 mg' grow a word at a time, so each
    falls at every place in a line: no line ends with the medicine's name, its strength on the
    next. At 48 pt 'Salbutamol 100 micrograms' is wider than a line: it stays on the page,
    the strength whole."""
    from dataclasses import replace

    import pdfplumber

    from pipeline.model import Paragraph, Span

    words = "Your pharmacist will give you a supply to take home after your operation".split()
    blocks = tuple(
        Paragraph((Span(f"{' '.join(words[:n])}: Ibuprofen 200mg, Paracetamol 500 mg and "
                        "Salbutamol 100 micrograms."),))
        for n in range(1, 12)
    )
    settings = LargePrintSettings(size=size)
    leaflet = replace(leaflet_442, blocks=blocks)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    with pdfplumber.open(pdf) as document:
        lines = [line for page in document.pages for line in page.extract_text().splitlines()]
        margin = 18 / 25.4 * 72
        assert all(margin - 0.5 < c["x0"] and c["x1"] < page.width - margin + 0.5
                   for page in document.pages for c in page.chars)
    ends = [line for line in lines if re.search(r"(Ibuprofen|Paracetamol)$", line.rstrip())]
    assert not ends, ends
    if size == 24:
        assert not [line for line in lines if line.rstrip().endswith("Salbutamol")], lines


def test_a_paragraph_is_measured_with_the_first_item_of_the_list_after_it():
    """WeasyPrint never breaks before a list (its own stylesheet: ol, ul { break-before:
    avoid }), so a paragraph ending with a full stop goes to the next page with its list's
    first item: a Gujarati leaflet at 48 pt had its heading, its paragraph and first item on
    page 3, which would not fit under page 2's four lines, and page 2 was failed as more than
    half empty, as if the heading and paragraph alone had to be moved."""
    settings = LargePrintSettings(size=48)
    number = _line("Page 2 of 9", 773, 48)
    page = PageText(2, 595, [], [_line(f"line {n}", 60 + 60 * n, 48) for n in range(4)] +
                    [number], "")
    opening = [_line("Your medicine", 66, 54), _line("The nurse will give", 164, 48),
               _line("you tablets to take", 224, 48), _line("home with you.", 284, 48)]
    # the first item, '1' in the Latin face standing higher than its Gujarati words
    item = [_line("1", 395, 48, 200), _line("•", 400, 48, 60),
            _line("Take one after food.", 405, 48, 90), _line("Do not take more", 465, 48, 90)]
    following = PageText(3, 595, [], [*opening, *item, _line("Page 3 of 9", 773, 48)], "")
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [page, following], report)
    assert report.problems == [], report.problems
    # the paragraph with no list after it would have fitted
    alone = PageText(3, 595, [], [*opening, _line("Page 3 of 9", 773, 48)], "")
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [page, alone], report)
    assert "page 2 is more than half empty" in " ".join(report.problems)


def test_a_section_with_its_picture_after_its_steps_is_measured_whole():
    """A spacer leaflet's 'How to use it' (three steps under subheadings, their picture only
    described, after them) is kept on one page as an exercise with a picture is, and went
    whole to page 2 at 18 pt: the check measured its heading and first two lines, and failed
    page 1 as more than half empty. It measures the section whole, to its next heading as
    large; a section with no picture still by its heading and first lines."""
    settings = LargePrintSettings(size=18)
    page = PageText(1, 595, [], [_line("A spacer helps the medicine", 60 + 26 * n)
                                 for n in range(12)] + [_line("Page 1 of 4", 790)], "")
    steps = []
    for n in range(3):
        top = 95 + 110 * n
        steps += [_line(f"Step {n + 1}", top, 20), _line("Take the cap off", top + 40),
                  _line("your inhaler.", top + 66)]
    section = [_line("How to use it", 60, 22.5), *steps,
               _line("Picture: Illustration of a person breathing through", 430),
               _line("a spacer", 456), _line("Your doses", 520, 22.5),
               _line("Page 2 of 4", 790)]
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [page, PageText(2, 595, [], section, "")], report)
    assert report.problems == [], report.problems
    plain = [line for line in section if not line["text"].startswith(("Picture", "a spacer"))]
    report = large_print.CheckReport("large-print")
    large_print._check_page_fill(settings, [page, PageText(2, 595, [], plain, "")], report)
    assert "page 1 is more than half empty" in " ".join(report.problems)
