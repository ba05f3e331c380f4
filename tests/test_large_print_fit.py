"""Large print never loses words past the paper edge: a web address too long for a line breaks
only after a "/" (never inside its domain, never adding or hiding a character), and a table
whose cells hold write-in blanks wraps its cells rather than running off the page. The
leaflets are cut down from the two real ones that ran off (a mental health crisis leaflet and
a methotrexate dose chart)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from leaflet_files import write_source

from pipeline.formats import large_print
from pipeline.formats.html_render import address_pieces, number_pieces, single_items
from pipeline.formats.large_print import LargePrintSettings, printed_text, split_items
from pipeline.sources import load_leaflet

URGENT_HELP = (
    "www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/"
)
DEPRESSION = "www.nhs.uk/mental-health/conditions/depression-in-adults/overview/"
CRISIS = f"""## Finding out more

You can read more about getting help in a crisis at {URGENT_HELP}

Information about depression is at {DEPRESSION}

- Mind Infoline: 0300 123 3393, Monday to Friday 9am to 6pm, www.mind.org.uk

For non-emergency advice go to www.nhs.uk or call 111.
"""

DOSES = """## My doses

Your nurse or doctor will fill this in with you.

| Medicine | My dose |
|---|---|
| Methotrexate | My dose is [mg]{{.field}} on [{day}]{{.field}} |
| Folic acid | 5 mg on [{day}]{{.field}} |
| Number of 2.5 mg tablets | [tablets]{{.field}} |

## Blood test record

Write down the date of each blood test and its result.

| Date of blood test | Result | Next test due |
|---|---|---|
| [date]{{.field}} | [result]{{.field}} | [date]{{.field}} |

Bring this leaflet to every appointment.
"""

MARGIN = 18 / 25.4 * 72  # print.css: 18 mm side margins


def printed(folder: Path, name: str, department: str, body: str, size: int) -> tuple:
    leaflet = load_leaflet(write_source(folder, name, department, body))
    settings = LargePrintSettings(size=size)
    (pdf,) = large_print.write(leaflet, settings, folder)
    return leaflet, settings, pdf


def _checked_with_css(folder: Path, name: str, department: str, body: str, size: int,
                      css: str) -> list[str]:
    """The large-print check's problems with a PDF printed with `css` added to the stylesheet,
    as a hand-made file may be (a row let break across pages, a page break after a heading)."""
    from weasyprint import HTML

    from pipeline.formats.html_render import render_document
    from pipeline.formats.large_print import print_stylesheet

    leaflet = load_leaflet(write_source(folder, name, department, body))
    settings = LargePrintSettings(size=size)
    pdf = folder / f"{name.split('-')[0]}-v1-large-print.pdf"
    HTML(string=render_document(leaflet, print_stylesheet(settings) + css)).write_pdf(
        pdf, pdf_variant="pdf/ua-1"
    )
    return large_print.check(leaflet, settings, [pdf]).problems


def past_the_margins(pdf_path: Path) -> list[str]:
    """Every glyph, rule and write-in line outside the side margins, with its page."""
    found = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            left, right = MARGIN - 1, page.width - MARGIN + 1
            marks = [(c["text"], c["x0"], c["x1"]) for c in page.chars if c["text"].strip()]
            marks += [("rule", e["x0"], e["x1"]) for e in page.rects + page.lines]
            found += [f"{page.page_number}: {m}" for m, x0, x1 in marks if x0 < left or x1 > right]
    return found


def lines_of(pdf_path: Path) -> str:
    with pdfplumber.open(pdf_path) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def breaks_in(address: str, text: str) -> list[str]:
    """Where the printed lines break `address`: the part before each line break."""
    pattern = "\n?".join(re.escape(c) for c in address)
    match = re.search(pattern, text)
    assert match, f"{address} is not printed whole, letter for letter"
    lines = match[0]
    return [lines[:at].replace("\n", "") for at, c in enumerate(lines) if c == "\n"]


def printed_within_the_page(folder: Path, name: str, department: str, body: str, size: int) -> str:
    """The leaflet printed at `size`, its text line by line, once nothing is found past the
    margins and the build's own check passes."""
    leaflet, settings, pdf = printed(folder, name, department, body, size)
    assert past_the_margins(pdf) == []
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    return lines_of(pdf)


@pytest.mark.parametrize("size", [18, 24])
def test_a_long_web_address_stays_on_the_page_and_breaks_only_after_a_slash(tmp_path, size):
    text = printed_within_the_page(
        tmp_path, "217-getting-help-in-a-crisis", "Community Mental Health Services", CRISIS, size
    )
    for address in (URGENT_HELP, DEPRESSION):
        breaks = breaks_in(address, text)
        assert breaks, f"{address} is longer than a line"
        assert all(b.startswith("www.nhs.uk/") for b in breaks), "the domain is kept whole"
        if size == 18:  # each part between slashes fits a line
            assert all(b.endswith("/") for b in breaks), breaks
    assert "www.nhs.uk or call 111" in text.replace("\n", " ")


def test_print_breaks_an_address_after_slashes_and_never_inside_its_domain():
    def fits(piece: str) -> bool:
        return len(piece) <= 45

    assert address_pieces(URGENT_HELP, fits) == [
        "www.nhs.uk/",
        "nhs-services/",
        "mental-health-services/",
        "where-to-get-urgent-help-for-mental-health/",
    ]
    assert address_pieces("www.nhs.uk", fits) == ["www.nhs.uk"]
    # A part too long even for a line of its own breaks before a hyphen, which starts the
    # next line, so it is not read as a word broken at the line's end.
    assert address_pieces("www.nhs.uk/where-to-get-urgent-help", lambda p: len(p) < 12) == [
        "www.nhs.uk/",
        "where",
        "-to",
        "-get",
        "-urgent",
        "-help",
    ]
    items = single_items(f"read more at {URGENT_HELP}")
    assert split_items(["read more at www.nhs.uk/", URGENT_HELP[11:]], items, fits) == []
    found = split_items(["read more at www.nhs.", URGENT_HELP[8:]], items, fits)
    assert [f for f in found if f.startswith("web split over two lines: 'www.nhs.' / 'uk/")], found


@pytest.mark.parametrize(("size", "day"), [(18, "day"), (18, "day of the week"), (24, "day")])
def test_a_table_of_write_in_blanks_fits_the_page(tmp_path, size, day):
    body = DOSES.format(day=day)
    text = printed_within_the_page(
        tmp_path, "442-methotrexate-doses", "Rheumatology Department", body, size
    )
    assert "Number of 2.5 mg tablets" in text, "a short cell is not wrapped"
    assert f"({day})" in text, "a blank's label is kept with it, on one line"
    if size == 18:  # still a table: its write-in lines shortened, its headings unwrapped
        assert "Date of blood test Result Next test due" in text


DETAILS = """## About you

Fill in your details before your first blood test and bring this card every time.

| Your details | Write them here |
|---|---|
| Name | [Name:]{.field} |
| NHS number | [NHS number:]{.field} |
| Date of birth | [Date of birth:]{.field} |
| Your GP surgery | [Name of surgery:]{.field} |
| Address | [Address:]{.field} |

Your nurse will write your first dose on the back of this card.
"""


def write_in_lines(pdf_path: Path) -> list[float]:
    """The width of each line drawn to write on (a blank's line is a box with a bottom border
    to pdfplumber; the table's rules are lines)."""
    with pdfplumber.open(pdf_path) as pdf:
        return [
            rect["x1"] - rect["x0"]
            for page in pdf.pages
            for rect in page.rects
            if 20 < rect["x1"] - rect["x0"] < page.width - 2 * MARGIN - 10
        ]


@pytest.mark.parametrize("size", [18, 24])
def test_a_details_tables_blanks_have_room_to_write_in(tmp_path, size):
    """An anticoagulant card's details table (Name, NHS number, Date of birth, Address, each a
    blank) had every line to write on 5 em long, and 3 em (about 19 mm) where the table was too
    wide and squeezed: no room for a handwritten NHS number. A blank alone in its cell runs to
    the cell's edge, the table as wide as the text, at least 60 mm; a row's name is printed
    once ("Name" beside "Name: ____" before)."""
    text = printed_within_the_page(tmp_path, "2301-your-anticoagulant-card",
                                   "Anticoagulant Clinic", DETAILS, size)
    lines = write_in_lines(tmp_path / "2301-v1-large-print.pdf")
    assert len(lines) >= 5, lines
    assert min(lines) >= 60 / 25.4 * 72, lines
    assert "Name:" not in text and "NHS number:" not in text, text
    assert "Name of surgery:" in text, "a label of its own is kept"


DIARY = """## My dosing diary

| Date | INR | Dose (mg) | Next test |
|---|---|---|---|
| 03/03/2026 | 2.4 | 5 | 10/03/2026 |
| 10/03/2026 | 3.6 | 4 | 17/03/2026 |
| [to fill in]{.field} | [to fill in]{.field} | [to fill in]{.field} | [to fill in]{.field} |

Bring this leaflet to every blood test.
"""


@pytest.mark.parametrize("size", [18, 24])
def test_a_diary_of_dates_with_a_row_of_blanks_fits_the_page(tmp_path, size):
    """A warfarin diary, dates in two columns and a row left to fill in, ran past the right
    edge at 18 pt ("Next test" and its dates cut off): the write-in lines were not counted when
    the table's width was judged, and shortening them was not enough."""
    text = printed_within_the_page(tmp_path, "2250-warfarin", "Anticoagulant Clinic", DIARY, size)
    assert "17/03/2026" in text and "Next test" in text


def test_a_table_set_as_rows_never_divides_a_row_between_pages(tmp_path):
    """A pain traffic light too wide for the page is set row by row; its Red row was cut at the
    foot of a page after "What to do:", and the next page opened "Do not take more codeine ..."
    with nothing to say which row it belonged to. (And "night.; What to do" is "night. What to
    do".)"""
    rows = "".join(
        f"| Level {n} | {n} to {n + 1} | Pain that stops you moving, coughing or sleeping well "
        f"at night. | Take paracetamol 1 g four times a day and call the ward (row {n} ends). |\n"
        for n in range(1, 9)
    )
    body = (
        "## Your pain\n\n" + "Score your pain from 0 to 10 each morning and evening.\n\n" * 6
        + "| Colour | Pain score | What it means | What to do |\n|---|---|---|---|\n" + rows
    )
    leaflet, settings, pdf = printed(tmp_path, "0067-pain-after-surgery", "Pain Team", body, 24)
    with pdfplumber.open(pdf) as document:
        pages = [page.extract_text().replace("\n", " ") for page in document.pages]
    for n in range(1, 9):
        (first,) = [i for i, text in enumerate(pages) if f"Level {n};" in text]
        assert f"(row {n} ends)" in pages[first], f"row {n} is divided between pages"
    assert ".;" not in " ".join(pages)  # a cell's own full stop is not followed by "; "
    assert large_print.check(leaflet, settings, [pdf]).passed


def test_a_tick_chart_set_as_rows_reads_back_and_keeps_each_heading_with_its_tick(tmp_path):
    """A medicines chart of ticks under Morning | Lunch | Evening | Bedtime, too wide for the
    page, is set row by row without its empty cells; the check expected every heading, empty
    cell or not, and failed a right PDF ("41 words cannot be read back"); and "Lunch:" ended a
    line with its tick on the next."""
    rows = "".join(
        f"| {name} | {dose} | {ticks} |\n"
        for name, dose, ticks in [
            ("Bisoprolol", "2.5 mg", "✓ |  |  | "), ("Furosemide", "40 mg", "✓ | ✓ |  | "),
            ("Paracetamol", "1 g (2 tablets)", "✓ | ✓ | ✓ | ✓"),
            ("Apixaban", "5 mg", "✓ |  | ✓ | "),
            ("Atorvastatin", "80 mg", " |  |  | ✓"),
        ]
    )
    body = (
        "## Your medicines\n\nA tick (✓) means take the medicine at that time.\n\n"
        "| Medicine | Dose | Morning | Lunch | Evening | Bedtime |\n|---|---|---|---|---|---|\n"
        + rows
    )
    text = printed_within_the_page(tmp_path, "0309-your-medicines", "Pharmacy", body, 18)
    assert not re.search(r"(?:Morning|Lunch|Evening|Bedtime):\n", text), text


def test_an_empty_cell_of_a_table_set_as_rows_is_printed_as_a_dash_as_braille_gives_it(
    tmp_path,
):
    """A warfarin results table too wide for the page, set as rows, printed its second row
    "Date: 10 March; Dose (mg): 5", the INR, next test and initials not written yet left out:
    a reader could not tell an empty cell from a column the row lacks. Each was then "INR:
    (blank)", the word for a blank to fill in; each is now a dash, as print and braille show
    an empty cell."""
    from pipeline.formats.braille.layout import LayoutChoices, units_of

    body = (
        "## Your results\n\n| Date | INR | Dose (mg) | Next test | Checked by |\n"
        "|---|---|---|---|---|\n| 3 March | 2.4 | 5 | 10 March | RN |\n"
        "| 10 March |  | 5 |  |  |\n\nBring this card to every blood test.\n"
    )
    text = printed_within_the_page(tmp_path, "2302-warfarin-results", "Anticoagulant Clinic",
                                   body, 24)
    flat = " ".join(text.split())
    assert "Date: 10 March; INR: \u2013; Dose (mg): 5; Next test: \u2013; Checked by: \u2013" \
        in flat, flat
    leaflet = load_leaflet(tmp_path / "2302-warfarin-results.md")
    said = " ".join(unit.text for unit in units_of(leaflet, LayoutChoices()))
    assert "10 March: \u2013; 5; \u2013; \u2013" in said, said


RECORD = """## Your dosing record

The clinic will fill in this record at each visit.

| Date | INR | Dose (mg) each day | Next test | Initials |
|---|---|---|---|---|
{rows}
Bring this record to every visit.
"""


@pytest.mark.parametrize("size", [18, 24])
def test_a_record_of_empty_rows_keeps_its_rows_to_write_in(tmp_path, size):
    """A warfarin record, five columns over eight empty rows, was printed as "Table of 8 rows,
    columns: Date; INR; ..." and nothing under it: no space to write a dose in. Each empty row
    keeps its place, a line to write on under each column (or beside each heading, set as rows),
    tall enough to write in."""
    body = RECORD.format(rows="|  |  |  |  |  |\n" * 8)
    leaflet, settings, pdf = printed(tmp_path, "2145-warfarin-record", "Anticoagulant Clinic",
                                     body, size)
    assert past_the_margins(pdf) == []
    with pdfplumber.open(pdf) as document:
        text = " ".join(page.extract_text() for page in document.pages)
        lines = [
            e for page in document.pages for e in page.lines + page.rects
            if e["x1"] - e["x0"] > 20 and e["height"] < 4
        ]
    # each row's columns are there to write under (a grid) or beside (set as rows)
    assert text.count("Initials") in (1, 9), text
    # eight rows of places to write: at least eight lines to write on (grid rules or a write-in
    # line for each cell)
    assert len(lines) >= 8 * 2, len(lines)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems


@pytest.mark.slow
def test_a_table_set_as_rows_never_leaves_its_column_line_at_a_pages_foot(tmp_path):
    """A steroid table set row by row had its line "Table of 11 rows, columns: Week; ..." as
    the last line of page 1 and every row on page 2: the columns' line is read with its first
    row, so it goes to the next page with it."""
    rows = "".join(
        f"| Week {n} | [date]{{.field}} | {45 - 5 * n} mg | {9 - n} tablets of 5 mg each day |\n"
        for n in range(1, 7)
    )
    table = (
        "| Week | Start date | Daily dose | Number of 5 mg tablets to take |\n|---|---|---|---|\n"
    )
    for filler in range(12):
        body = (
            "## Your dose\n\n" + "Take your tablets with breakfast every morning.\n\n" * filler
            + table + rows
        )
        folder = tmp_path / str(filler)
        folder.mkdir()
        _, _, pdf = printed(folder, "4570-reducing-prednisolone", "Rheumatology", body, 24)
        with pdfplumber.open(pdf) as document:
            pages = [page.extract_text() or "" for page in document.pages]
        (columns,) = [text for text in pages if "Table of 6 rows" in text]
        assert "Week 1" in columns, (filler, columns[-200:])


def test_a_space_for_notes_keeps_its_lines_across_the_page(tmp_path):
    """A notes page's ten ruled lines had been ten short write-in lines, each a blank "to fill
    in" of its own: one space headed "Notes", its ten lines as wide as the text, to write on."""
    from leaflet_files import NOTES_PAGE

    leaflet, settings, pdf = printed(tmp_path, "5120-after-your-colonoscopy", "Endoscopy Unit",
                                     NOTES_PAGE, 18)
    assert past_the_margins(pdf) == []
    with pdfplumber.open(pdf) as document:
        text = " ".join(page.extract_text() for page in document.pages)
        width = document.pages[0].width - 2 * MARGIN
        lines = [
            e for page in document.pages for e in page.lines + page.rects
            if e["x1"] - e["x0"] > 0.9 * width and e["height"] < 4
        ]
    assert "to fill in" not in text
    assert len(lines) >= 10, len(lines)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems


def exercise_picture(folder: Path, name: str) -> None:
    """A line drawing as wide as the page prints it (a physiotherapy leaflet's exercise)."""
    from PIL import Image, ImageDraw

    (folder / "pics").mkdir(exist_ok=True)
    picture = Image.new("RGB", (400, 250), "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((30, 200, 370, 220), outline="black", width=4)
    draw.line((60, 180, 200, 100, 340, 180), fill="black", width=6)
    picture.save(folder / "pics" / f"{name}.png")


EXERCISES = """## Exercise 1: Heel slides

![A person lying on their back on a bed, sliding one heel towards their bottom so the knee \
bends.](pics/heel-slide.png)

1. Lie on your back with your legs straight.
2. Slide your heel towards your bottom, bending your knee as far as is comfortable.
3. Hold for [seconds]{.field}, then slide it back.

Repeat [times]{.field}.

## Exercise 2: Straight leg raise

![A person lying on their back with one knee bent and the other leg straight, lifted off the \
bed.](pics/leg-raise.png)

1. Lie on your back with one knee bent.
2. Tighten the thigh muscle of your straight leg and lift it 20 cm off the bed.
3. Hold for 5 seconds, then lower it slowly.

> Stop any exercise that causes sharp pain, and tell your physiotherapist.
"""


def pages_holding(pdf_path: Path, *texts: str) -> list[set[int]]:
    """For each of `texts`, the pages whose text holds it."""
    with pdfplumber.open(pdf_path) as pdf:
        pages = [" ".join(page.extract_text().split()) for page in pdf.pages]
    return [{n for n, page in enumerate(pages, 1) if text in page} for text in texts]


@pytest.mark.parametrize("size", [18, 24])
def test_an_exercises_picture_and_its_steps_share_a_page(tmp_path, size):
    """Knee exercises at 18 pt had the heel slide's picture and step 1 on page 1, steps 2 and 3
    on page 2: a reader doing the exercise turned the page mid-exercise, away from its
    picture. A section with a picture that fits a page is kept whole, and a picture with its
    few steps where the section is longer than a page."""
    for name in ("heel-slide", "leg-raise"):
        exercise_picture(tmp_path, name)
    leaflet, settings, pdf = printed(tmp_path, "2401-knee-exercises-after-your-operation",
                                     "Physiotherapy", EXERCISES, size)
    assert large_print.check(leaflet, settings, [pdf]).passed
    steps = pages_holding(
        pdf, "towards their bottom so the knee bends.", "1. Lie on your back with your legs",
        "3. Hold for seconds, then slide it back.",
        "other leg straight, lifted off the bed.", "1. Lie on your back with one knee bent.",
        "3. Hold for 5 seconds, then lower it slowly.",
    )
    assert all(len(found) == 1 for found in steps), steps
    assert steps[0] == steps[1] == steps[2] and steps[3] == steps[4] == steps[5], steps


def test_a_section_with_a_picture_longer_than_a_page_is_not_moved_whole(tmp_path):
    """Only what fits a page is kept whole: a section with a picture and a page of text after
    its steps starts under the leaflet's opening lines, its text running on over the page."""
    exercise_picture(tmp_path, "heel-slide")
    advice = "".join(
        f"Day {day}: walk a little further than the day before, resting when you need to.\n\n"
        for day in range(1, 15)
    )
    body = EXERCISES.split("## Exercise 2")[0].replace(
        "\n\n![", "\n\nDo this exercise 3 times a day, starting on the day after your operation."
        "\n\n![", 1
    ) + advice
    leaflet, settings, pdf = printed(tmp_path, "2402-knee-exercises-after-your-operation",
                                     "Physiotherapy", body, 18)
    assert large_print.check(leaflet, settings, [pdf]).passed
    assert pages_holding(pdf, "Exercise 1: Heel slides", "Do this exercise 3 times a day") == [
        {1}, {1}
    ]


FORM = """## About you

Please fill in this page before your pre-assessment appointment and bring it with you.

| Detail | Write it here |
|---|---|
| Name | [Name:]{.field} |
| NHS number | [NHS number:]{.field} |
| Name and phone number of your next of kin | [to fill in]{.field} |
| Your GP surgery | [Name of surgery:]{.field} |

Do not eat anything for 6 hours before your operation.
"""


def write_in_rules(pdf_path: Path) -> list[tuple[float, float, str]]:
    """Each line drawn to write on: its left and right ends, and the text printed on its line
    before it."""
    found = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            for rect in page.rects:
                if not 20 < rect["x1"] - rect["x0"] < page.width - 2 * MARGIN - 10:
                    continue
                on_its_line = [
                    c["text"] for c in page.chars
                    if abs(c["bottom"] - rect["bottom"]) < 12 and c["x1"] <= rect["x0"] + 1
                ]
                found.append((page.page_number, rect["top"], rect["x0"], rect["x1"],
                              "".join(on_its_line).strip()))
    return [(x0, x1, before) for _, _, x0, x1, before in sorted(set(found))]


def test_a_details_table_set_as_rows_reads_as_a_form(tmp_path):
    """A pre-assessment details table too wide for 24 pt was set as rows, "Detail: Name; Write
    it here: ____": its column headings said again on every row, its line short. Each row is
    the label and its line, "Name: ____", the line running to the text's right edge."""
    text = printed_within_the_page(tmp_path, "2403-your-details", "Pre-operative Assessment",
                                   FORM, 24)
    flat = " ".join(text.split())
    assert "Detail: Name" not in flat and "Write it here:" not in flat.split("columns:")[1], flat
    for said in ("Name:", "NHS number:", "Name and phone number of your next of kin:",
                 "Your GP surgery: Name of surgery:"):
        assert said in flat, flat
    rules = write_in_rules(tmp_path / "2403-v1-large-print.pdf")
    assert len(rules) == 4, rules
    right_edge = 210 / 25.4 * 72 - MARGIN
    assert all(abs(x1 - right_edge) < 2 for _, x1, _ in rules), rules
    assert [before for *_, before in rules][:2] == ["Name:", "NHS number:"], rules


INSULIN = """## Your doses

Your diabetes nurse will write your doses in here. Take [units]{.field} of long-acting \
insulin at bedtime.

| When | Quick-acting insulin |
|---|---|
| Before breakfast | [units]{.field} |
| Before lunch | [units]{.field} |
| Before evening meal | [units]{.field} |

Do not take quick-acting insulin if you skip a meal.
"""


@pytest.mark.parametrize("size", [18, 24])
def test_a_blank_for_a_number_of_units_is_printed_before_its_unit(tmp_path, size):
    """An insulin chart's blanks printed "(units)" over each line in its cell, and "Take
    (units) ____ of long-acting insulin": the unit read as a heading. The line comes first,
    "____ units", as the leaflet wrote it and as a dose written in is printed ("10 units");
    a line of print never opens with a blank."""
    text = printed_within_the_page(tmp_path, "2404-your-insulin-doses", "Diabetes Centre",
                                   INSULIN, size)
    flat = " ".join(text.split())
    assert "(units)" not in flat, flat
    assert "Take units of long-acting insulin" in flat, flat
    rules = write_in_rules(tmp_path / "2404-v1-large-print.pdf")
    with pdfplumber.open(tmp_path / "2404-v1-large-print.pdf") as pdf:
        units = [w for page in pdf.pages for w in page.extract_words() if w["text"] == "units"]
    assert len(rules) == len(units) == 4, (rules, units)
    for (_, x1, _), word in zip(rules, units, strict=True):
        assert x1 <= word["x0"] + 1, "each line is printed before its unit"


def test_the_pipelines_english_words_in_a_polish_leaflets_rows_are_tagged_english(tmp_path):
    """A Polish INR card's results table set as rows at 24 pt had "(blank)" and "Table of 2
    rows, columns:" tagged Polish, the document's language: a Polish screen reader voice read
    English words. An empty cell is now a dash, in no language; the table's opening is said in
    Polish ("Tabela, wiersze: 2, kolumny:"), as its column headings are."""
    body = (
        "## Twoje wyniki\n\nPielęgniarka wpisze wyniki po każdym badaniu krwi.\n\n"
        "| Data | INR | Dawka (mg) | Następne badanie | Podpis |\n|---|---|---|---|---|\n"
        "| 3 marca | 2,4 | 5 | 10 marca | RN |\n| 10 marca | | 5 | | |\n\n"
        "Nie zmieniaj dawki bez porozumienia z kliniką.\n"
    )
    leaflet = load_leaflet(write_source(tmp_path, "2405-karta-inr", "Anticoagulant Clinic", body,
                                        language="pl"))
    settings = LargePrintSettings(size=24)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    with pikepdf.open(pdf) as document:
        tree = large_print.StructureTree(document)
        tagged = {(tree.text(e), str(e.get("/Lang", ""))) for e in tree.elements()
                  if str(e.get("/S")) == "/Span"}
    assert not any("blank" in text for text, _ in tagged), tagged
    # the table's opening is said in Polish, Polish's own words (languages.table_as_rows)
    assert not any(text.startswith("Table of") for text, _ in tagged), tagged
    assert "Tabela, wiersze: 2, kolumny:" in " ".join(lines_of(pdf).split())


def test_a_heading_kept_with_its_table_set_as_rows_is_no_half_empty_page(tmp_path):
    """A wound-care leaflet's first section, a heading over a three-column table set as rows
    at 24 pt, started on page 2 below an opening page left half empty: the heading is kept with
    the columns' line and the first row, which did not fit there. The check had failed the
    build, counting the heading with two lines only."""
    body = (
        "## Signs to watch for after your drain is removed\n\n"
        "| Sign | What it might mean | What to do |\n|---|---|---|\n"
        "| Fluid leaking through the dressing so that it is soaked more than twice in a day "
        "| The hole left by the drain has not yet closed, or fluid is collecting under the skin "
        "| Put a clean dry pad over it and call the ward on 0116 258 4321 the same day |\n"
        "| Redness spreading around the drain site, or the skin feeling hot | An infection, "
        "especially if you also have a temperature of 38°C or above | Call the ward the same "
        "day; after 8pm, call NHS 111 |\n"
        "| Sudden breathlessness or chest pain | Air or fluid around the lung | Call 999 |\n\n"
        "## Washing\n\nYou can shower 48 hours after the drain is removed.\n"
    )
    text = printed_within_the_page(tmp_path, "2406-after-your-chest-drain-is-removed",
                                   "Thoracic Surgery", body, 24)
    assert "Sign: Fluid leaking through the dressing" in " ".join(text.split())


def test_in_giant_print_a_blank_and_its_unit_stay_within_the_page(tmp_path):
    """At 48 pt "for ____ seconds," kept on one line was wider than a list item's line and ran
    past the right margin ("seconds" cut to "nds,"): the word before stays with its line and
    the unit may start the next line; an insulin chart's rows, each a line then "units", pass
    the check, a line that opens with a line to write on not taken for a centred one."""
    body = (
        "## Heel slides\n\n1. Lie on your back with your legs straight.\n"
        "2. Hold for [seconds]{.field}, then slide your heel back.\n\n" + INSULIN
    )
    text = printed_within_the_page(tmp_path, "2407-exercises-and-insulin", "Diabetes Centre",
                                   body, 48)
    flat = " ".join(text.split())
    assert "Hold for seconds, then slide" in flat and "Before breakfast: units" in flat, flat



def test_in_giant_print_a_rows_heading_and_its_blank_with_a_unit_stay_on_the_page(tmp_path):
    """At 48 pt a pelvic floor exercise record set as rows kept "Slow squeezes: ____ seconds"
    on one line, wider than the page: "seconds;" and "times" were printed past its edge and the
    build's check failed. A heading and a blank too wide for a line together part, the blank
    and its unit starting the next line."""
    body = (
        "## Your exercise record\n\nFill this in at the end of each week.\n\n"
        "| Week | Slow squeezes | Fast squeezes |\n|---|---|---|\n"
        "| Week 1 | [seconds]{.field} | [times]{.field} |\n"
        "| Week 2 | [seconds]{.field} | [times]{.field} |\n"
    )
    text = printed_within_the_page(tmp_path, "6002-pelvic-floor-exercises",
                                   "Women's Health Physiotherapy", body, 48)
    flat = " ".join(text.split())
    assert "Slow squeezes: seconds; Fast squeezes: times" in flat, flat

ABOUT_GROMMETS = [
    "Grommets are tiny plastic tubes put into the eardrum during a short operation.",
    "They let air into the middle ear and help sticky fluid drain away, so your child can hear "
    "better.",
    "Most grommets fall out by themselves after 6 to 12 months, as the eardrum heals.",
    "You will not usually notice when this happens, and the hole in the eardrum closes by "
    "itself.",
    "Some children need a second set of grommets if the fluid comes back.",
    "Your child can go back to school or nursery the day after the operation if they feel well.",
    "They can fly in an aeroplane once they feel well; grommets often make flying more "
    "comfortable.",
    "Your child may hear sounds as much louder than before for the first few days.",
    "This is normal and settles as they get used to hearing well again.",
    "Tell your child's teacher that they have had grommets, so they can sit near the front of "
    "the class.",
]
WHEN_TO_GET_HELP = {
    "bold": "**Phone the ENT clinic if your child has a high temperature, pain that paracetamol "
    "does not help, a smelly discharge from the ear that lasts more than 3 days, or bleeding "
    "from the ear. Out of hours, call NHS 111.**",
    "notice": "> **Phone the ENT clinic if your child has a high temperature, pain that "
    "paracetamol does not help, a smelly discharge from the ear that lasts more than 3 days, "
    "or bleeding from the ear. Out of hours, call NHS 111.**",
    "lead-in": "> **Phone the ENT clinic straight away if your child has:**\n\n"
    "- a high temperature\n- pain that paracetamol does not help\n"
    "- a smelly discharge from the ear that lasts more than 3 days\n- bleeding from the ear\n\n"
    "Out of hours, call NHS 111.",
}


def grommets(about: int, warning: str) -> str:
    """A grommets leaflet whose "About grommets" says `about` sentences, which moves its
    warning up and down the pages."""
    return f"""Your child has had grommets put in. This leaflet tells you how to look after \
them at home.

## About grommets

{" ".join(ABOUT_GROMMETS[:about])}

## After the operation

Your child may have a little earache for a day or two. Give them children's paracetamol as it \
says on the bottle. There may be a little blood-stained fluid from the ear for a few days; this \
is normal. Wipe it from the outer ear with clean cotton wool, but do not push anything into the \
ear.

Keep water out of the ears for 2 weeks. Put cotton wool with petroleum jelly in the ears at \
bath time.

Do not let your child swim for 2 weeks, and never dive or swim under water.

## When to get help

{WHEN_TO_GET_HELP[warning]}

## Follow-up

You will get an appointment for a hearing test about 6 weeks after the operation.
"""


@pytest.mark.parametrize(
    ("size", "about", "warning"),
    [(20, 10, "bold"), (24, 2, "bold"), (20, 10, "notice"), (24, 2, "notice"),
     (20, 7, "lead-in"), (24, 10, "lead-in")],
)
def test_a_warning_that_fits_a_page_is_never_divided_between_pages(tmp_path, size, about,
                                                                   warning):
    """A grommets leaflet at 20 pt had ended page 2 with "... a smelly discharge from the ear
    that lasts more than" and put "3 days, or bleeding from the ear. Out of hours, call NHS
    111." on page 3, a bold warning divided between pages like any paragraph (and at 24 pt
    with a shorter "About grommets"); a notice's lead-in "Phone the ENT clinic straight away
    if your child has:" had been on page 2, "bleeding from the ear" on page 3. The warning,
    its conditions with it, is printed whole on one page, under its heading."""
    leaflet, settings, pdf = printed(tmp_path, "3301-grommets", "ENT Department",
                                     grommets(about, warning), size)
    assert large_print.check(leaflet, settings, [pdf]).passed
    found = pages_holding(pdf, "When to get help", "Phone the ENT clinic",
                          "lasts more than 3 days", "bleeding from the ear")
    assert all(len(pages) == 1 for pages in found) and found.count(found[0]) == 4, found


def test_a_notice_taller_than_a_page_starts_where_it_is(tmp_path):
    """At 48 pt a notice longer than a page had been moved whole to a new page, leaving the
    page before it with one line, and divided all the same: it starts under the paragraph
    before it, its label with its first lines."""
    body = (
        "Keep water out.\n\n> **Phone the ENT clinic on 0116 258 5555 if your child has a high "
        "temperature, pain that paracetamol does not help, a smelly discharge from the ear that "
        "lasts more than 3 days, or bleeding from the ear. If a grommet comes out, keep it and "
        "bring it to the clinic. Out of hours, call NHS 111.**\n\n## Follow-up\n\n"
        "You will get an appointment for a hearing test.\n"
    )
    leaflet, settings, pdf = printed(tmp_path, "3302-grommets", "ENT Department", body, 48)
    assert large_print.check(leaflet, settings, [pdf]).passed
    before, label, first = pages_holding(pdf, "Keep water out.", "Important", "Phone the ENT")
    assert before == label == first, (before, label, first)


def test_in_giant_print_a_blank_alone_and_a_rows_heading_with_its_value_stay_on_the_page(
    tmp_path,
):
    """At 48 pt "Phone number of therapist: ____", a paragraph that is a blank alone, was kept
    on one line and ran past the page's edge, its line to write on lost off the paper; a dose
    table's row "Day: Monday to Friday" likewise. The blank's label wraps and its line follows
    it, on the next line where it has no room; a heading and its value too long for a line
    part after the heading or its value's first word."""
    body = (
        "## Your physiotherapist\n\n[Name of therapist:]{.field}\n\n"
        "[Phone number of therapist:]{.field}\n\n[Date of next appointment:]{.field}\n\n"
        "## Your steroid doses\n\nTake your prednisolone in the morning with food.\n\n"
        "| Day | Morning dose |\n|---|---|\n| Monday to Friday | 40 mg |\n| Saturday | 20 mg |\n"
    )
    text = printed_within_the_page(tmp_path, "3303-after-your-operation", "Orthopaedics",
                                   body, 48)
    flat = " ".join(text.split())
    assert "Phone number of therapist:" in flat and "Day: Monday to Friday;" in flat, flat
    assert "Morning dose: 40 mg" in flat and "Morning dose: 20 mg" in flat, flat


EASY_READ_SOURCES = Path(__file__).parent / "fixtures" / "easy_read"


@pytest.mark.parametrize(
    ("name", "size", "sentences"),
    [
        ("602-caring-for-your-plaster-cast", 48,
         ["If the pain is still bad after 1 hour, phone the fracture clinic on 0116 258 5430."]),
        ("606-having-a-bronchoscopy", 24,
         ["After that, take two 1,000 unit vitamin D tablets every day with food."]),
        ("601-methotrexate-for-rheumatoid-arthritis", 48,
         ["Your usual dose is 7.5 mg: three 2.5 mg tablets, swallowed whole with a glass of "
          "water.", "If you get a sore throat, a high temperature or unexpected bruising, stop "
          "taking methotrexate and contact the rheumatology helpline on 0116 258 5080."]),
    ],
)
def test_a_page_break_never_divides_a_sentence_of_the_leaflet(tmp_path, name, size, sentences):
    """At 48 pt a plaster cast leaflet had ended a page with "If the pain is still bad after 1
    hour, phone the fracture" and begun the next with "clinic on 0116 258 5430."; at 24 pt a
    bronchoscopy leaflet's course of tablets "After that, take two" / "1,000 unit vitamin D
    tablets every day with food."; a methotrexate dose "7.5 mg: three 2.5 mg" / "tablets,
    swallowed whole". A paragraph is divided between pages only between its sentences (one
    sentence on a page is kept whole), and the build's check passes."""
    leaflet = load_leaflet(EASY_READ_SOURCES / f"{name}.md")
    settings = LargePrintSettings(size=size)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    assert large_print.check(leaflet, settings, [pdf]).passed
    found = pages_holding(pdf, *sentences)
    assert all(len(pages) == 1 for pages in found), found


FOOT_CARE = """Diabetes can damage the nerves and blood supply in your feet. Checking your feet \
every day helps find problems early.

## Check your feet every day

Look for:

- cuts, cracks or blisters
- redness or swelling, especially between your toes and around your heels
- changes in colour

## Washing and drying

- Wash your feet every day in warm water. Test the water with your elbow first, as you may \
not feel if it is too hot.
- Dry carefully between your toes.

## When to get help

Get help the same day if you notice a new wound, or if your foot becomes red, hot or swollen. \
Call the Diabetes Centre on 0116 258 4919 or, out of hours, NHS 111.
"""


@pytest.mark.parametrize("size", [20, 24, 48])
def test_a_lead_in_and_its_short_list_share_a_page_under_their_heading(tmp_path, size):
    """A list's lead-in is one sentence with its items ("Look for:" / "cuts, cracks or
    blisters"): at 48 pt, kept whole, the lead-in and list had been moved to the next page
    and the heading "Check your feet every day" left alone at the foot of the page before.
    Where heading, lead-in and list fit a page they share it; where they do not, the heading
    stays with the lead-in and its first item, the list running on."""
    leaflet, settings, pdf = printed(tmp_path, "7301-looking-after-your-feet", "Diabetes Centre",
                                     FOOT_CARE, size)
    assert large_print.check(leaflet, settings, [pdf]).passed
    heading, lead_in, first, last = pages_holding(
        pdf, "Check your feet every day", "Look for:", "cuts, cracks or blisters",
        "changes in colour",
    )
    assert heading == lead_in == first, (heading, lead_in, first)
    assert size == 48 or last == first, (first, last)


CONTACT_US = """## Contact us

If you have any questions about your warfarin, please phone us.

Anticoagulant Clinic, Leicester Royal Infirmary

Tel: 0116 258 6190 Ext. 6192

Monday to Friday, 9am to 12 noon

- Out of hours, ring the ward switchboard on 0300 303 1573 extension 4455.
"""


@pytest.mark.parametrize("size", [24, 48])
def test_a_phone_number_too_long_for_a_line_parts_from_its_extension_not_its_figures(
    tmp_path, size
):
    """At 48 pt "Tel: 0116 258 3940 Ext. 3941", the number and extension kept as one item,
    ran past the page's right edge and the build's check failed. Where the number and its
    extension fit a line they stay together; where they do not, the line breaks between
    "Tel:", the number and its extension, never inside the number's figures."""
    text = printed_within_the_page(tmp_path, "2251-warfarin", "Anticoagulant Clinic",
                                   CONTACT_US, size)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for number, extension in (("0116 258 6190", "Ext. 6192"),
                              ("0300 303 1573", "extension 4455.")):
        assert any(number in line for line in lines), lines
        assert any(extension in line for line in lines), lines
        if size == 24:
            assert any(f"{number} {extension}" in line for line in lines), lines


def test_a_phone_number_breaks_as_print_allows_only_where_it_cannot_fit():
    """A number with its extension is one item on screen and wherever it fits a line; else
    its number and extension are two, and a number too long even alone breaks at its spaces."""
    whole = "0116 258 3940 Ext. 3941"
    assert number_pieces(whole) == [whole]
    assert number_pieces(whole, lambda text: len(text) <= 30) == [whole]
    assert number_pieces(whole, lambda text: len(text) <= 14) == ["0116 258 3940", "Ext. 3941"]
    assert number_pieces(whole, lambda text: len(text) <= 9) == ["0116", "258", "3940",
                                                                 "Ext. 3941"]
    assert number_pieces("Ext. 3941", lambda text: False) == ["Ext. 3941"]
    assert ("phone number", "0116 258 3940") in single_items(
        f"Tel: {whole}", lambda text: len(text) <= 14
    )


FOOT_CARE_ITEMS = [
    "Wash your feet every day in warm water. Test the water with your elbow first, as you may "
    "not feel if it is too hot.",
    "Dry carefully between your toes. Damp skin there can split and let infection in.",
    "Use a moisturising cream on dry skin. Do not put it between your toes.",
    "Cut your toenails straight across. Do not cut down the sides or into the corners.",
    "Never walk barefoot, even at home. You may not feel a sharp object under your foot.",
    "Check the inside of your shoes before you put them on. A small stone can cause a wound "
    "you do not feel.",
    "Do not use corn plasters or sharp blades on your feet. See a podiatrist for corns and "
    "hard skin.",
    "Wear socks without thick seams. Change them every day.",
]


def foot_care(opening: int) -> str:
    """A foot care leaflet whose list of what to do starts `opening` sentences down."""
    about = " ".join(ABOUT_FEET[:opening])
    items = "\n".join(f"- {item}" for item in FOOT_CARE_ITEMS)
    return f"{about}\n\n## Looking after your feet\n\n{items}\n\n## When to get help\n\n" \
        "Get help the same day if you notice a new wound. Call the Diabetes Centre on " \
        "0116 258 4919.\n"


ABOUT_FEET = [
    "Diabetes can damage the nerves and blood supply in your feet.",
    "You may not feel a cut or a blister, and it may heal slowly.",
    "Checking your feet every day helps find problems early.",
    "Your podiatrist will check your feet once a year and tell you your risk.",
    "If your risk is high, you will see a foot protection team more often.",
    "Bring a list of your medicines to each appointment.",
]


@pytest.mark.parametrize(("size", "opening"), [(48, 1), (48, 3), (24, 6), (36, 2)])
def test_a_page_break_never_divides_a_sentence_of_a_list_item(tmp_path, size, opening):
    """At 48 pt a diabetes foot care leaflet had ended a page with the list item "Wash your
    feet every day in warm" and begun the next with "water. Test the water ...": the page
    break divided a list item's sentence as it had a paragraph's. A list item is divided
    between pages only between its sentences, its second part with no bullet of its own, and
    a sentence alone is kept whole."""
    leaflet, settings, pdf = printed(tmp_path, "7301-looking-after-your-feet", "Diabetes Centre",
                                     foot_care(opening), size)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    said = [sentence for item in FOOT_CARE_ITEMS for sentence in re.split(r"(?<=\.) ", item)]
    found = pages_holding(pdf, *said)
    assert all(len(pages) == 1 for pages in found), list(zip(said, found, strict=True))
    with pdfplumber.open(pdf) as document:
        bullets = sum(page.extract_text().count("•") for page in document.pages)
    assert bullets == len(FOOT_CARE_ITEMS)


AFTER_SURGERY = [
    "Your surgeon, Dr. Okafor, will see you on the ward before you go home and explain what "
    "was done.",
    "You may take a simple pain relief medicine, e.g. Paracetamol, every 4 to 6 hours for the "
    "first few days.",
    "Walk for approx. 5 minutes every hour while you are awake, and a little further each day.",
    "Keep the dressing dry for 48 hours, and after that shower but do not soak in a bath.",
    "A district nurse, e.g. Sister Mensah or a colleague, will remove your stitches after "
    "10 days.",
    "If you have any questions, ask Mr. Hughes, the specialist nurse, at your next appointment "
    "or on the ward.",
]


@pytest.mark.parametrize(("size", "opening"), [(24, 4), (36, 2), (48, 1), (48, 3)])
def test_a_short_form_with_a_full_stop_ends_no_sentence_at_a_page_break(tmp_path, size,
                                                                        opening):
    """A paragraph parted at a page break after its last whole sentence had been parted after
    "Dr." of "Your surgeon, Dr. Okafor, will see you", "e.g." of "e.g. Paracetamol" or
    "approx." of "approx. 5 minutes", as if each ended a sentence: "Okafor, will see you ..."
    began the next page. Sentences are the project's, which no short form ends."""
    body = (
        f"{' '.join(ABOUT_FEET[:opening])}\n\n## After your operation\n\n"
        f"{' '.join(AFTER_SURGERY)}\n\n## Your follow-up\n\nYou will get a letter.\n"
    )
    leaflet, settings, pdf = printed(tmp_path, "5501-after-your-operation", "Surgery", body,
                                     size)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    found = pages_holding(pdf, *AFTER_SURGERY)
    assert all(len(pages) == 1 for pages in found), list(zip(AFTER_SURGERY, found, strict=True))


SIDE_EFFECTS = """Methotrexate is a medicine that calms down an overactive immune system. {about}

## What side effects can it cause?

Most people have no side effects. Some people feel sick or have a sore mouth for a day after \
their tablets. Call your rheumatology nurse on 0116 258 5104 straight away if you have:

- a sore throat, fever or chills
- unexplained bruising or bleeding
- a new cough or shortness of breath

## Alcohol

Keep to no more than 14 units of alcohol a week.
"""


@pytest.mark.parametrize(("size", "about"), [(48, 0), (48, 1), (48, 2), (36, 3), (24, 6)])
def test_a_lead_in_run_on_over_pages_is_divided_only_between_its_sentences(tmp_path, size,
                                                                            about):
    """At 48 pt a methotrexate leaflet had ended a page with "Call your rheumatology nurse on"
    and begun the next with "0116 258 5104 straight away if you have:": a lead-in wrapped with
    its short list, let run over pages under its heading, was divided as no other paragraph
    now is. It is parted between its sentences, its last kept with the list."""
    body = SIDE_EFFECTS.format(about=" ".join(ABOUT_FEET[:about]))
    leaflet, settings, pdf = printed(tmp_path, "6651-methotrexate-tablets", "Rheumatology",
                                     body, size)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    said = ["Most people have no side effects.", "Some people feel sick or have a sore mouth "
            "for a day after their tablets.", "Call your rheumatology nurse on 0116 258 5104 "
            "straight away if you have: • a sore throat, fever or chills"]
    found = pages_holding(pdf, *said)
    assert all(len(pages) == 1 for pages in found), list(zip(said, found, strict=True))


GASTROSCOPY = """## What is a gastroscopy?

A gastroscopy is a test to look at the inside of your food pipe, stomach and the first part of \
your small bowel. A thin, bendy tube with a small camera on the end is passed through your \
mouth.

## Why do I need a gastroscopy?

Your doctor has asked for this test to find the cause of your symptoms. These may include:

- heartburn that does not get better with medicine
- difficulty swallowing
- losing weight without trying

## Getting ready

Do not eat anything for 6 hours before your appointment. You can drink small sips of water \
until 2 hours before.
"""


def test_a_sentence_kept_whole_never_leaves_its_heading_alone_at_a_pages_foot(tmp_path):
    """At 48 pt a gastroscopy leaflet's lead-in "Your doctor has asked for this test to find
    the cause of your" / "symptoms. These may include:", kept whole for its first sentence,
    went to the next page without its heading: "Why do I need a gastroscopy?" was left alone
    at the foot of a page. Let run on from under its heading instead, the sentence was then
    divided between pages 3 and 4. The heading starts the next page with the sentence whole
    under it, and the page before is not taken for half empty."""
    leaflet, settings, pdf = printed(tmp_path, "1205-having-a-gastroscopy", "Endoscopy Unit",
                                     GASTROSCOPY, 48)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    with pdfplumber.open(pdf) as document:
        lasts = [page.extract_text().splitlines()[-2:] for page in document.pages]
    headings = ("What is a", "gastroscopy?", "Getting ready")
    assert not [last for last in lasts if last[0].strip() in headings], lasts
    said = ["Why do I need a gastroscopy? Your doctor has asked for this test to find the "
            "cause of your symptoms.", "Do not eat anything for 6 hours before your "
            "appointment."]
    found = pages_holding(pdf, *said)
    assert all(len(pages) == 1 for pages in found), list(zip(said, found, strict=True))


ABOUT_BRONCHOSCOPY = [
    "A bronchoscopy is a test to look inside your airways.",
    "A thin, bendy tube with a camera on the end is passed through your nose or mouth.",
    "It usually takes about 20 minutes.",
    "You will be given a sedative to help you relax.",
]
AFTER_BRONCHOSCOPY = """{about}

## When to get help

You may cough up a little blood for a day. Phone the Respiratory Unit on 0116 258 3512 \
straight away if

- you cough up more than a spoonful of blood
- you have a temperature of 38°C or above
- you feel short of breath

## Going home

You can eat and drink again after 1 hour.
"""


@pytest.mark.parametrize(("size", "about"), [(24, 1), (36, 2), (36, 4), (48, 1), (48, 3)])
def test_a_lead_in_with_no_colon_keeps_its_conditions_on_its_page(tmp_path, size, about):
    """A bronchoscopy leaflet's "Phone the unit straight away if", its conditions listed
    under it with no colon, was taken for a paragraph of its own: at 48 pt its last condition
    "you feel short of breath" was printed a page after the instruction (at 24 pt "you
    cough up more than a spoonful of blood" with it, "you feel short of breath" over the
    page). A paragraph that runs into its list with no full stop is its lead-in as one
    ending with a colon is: kept with its short list where they fit a page, else (at 48 pt)
    with the first condition, the list running on."""
    body = AFTER_BRONCHOSCOPY.format(about=" ".join(ABOUT_BRONCHOSCOPY[:about]))
    leaflet, settings, pdf = printed(tmp_path, "6061-after-your-bronchoscopy",
                                     "Respiratory Medicine", body, size)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    said = ["straight away if", "you cough up more than a spoonful of blood",
            "you have a temperature of 38°C or above", "you feel short of breath"]
    found = pages_holding(pdf, *said)
    kept = found if size < 48 else found[:2]
    assert len(set.union(*kept)) == 1, list(zip(said, found, strict=True))


@pytest.mark.parametrize(("name", "size"), [("phy-0520-ankle-exercises-after-a-sprain", 48),
                                            ("602-caring-for-your-plaster-cast", 48),
                                            ("601-methotrexate-for-rheumatoid-arthritis", 24)])
def test_each_of_the_trusts_closing_lines_is_kept_on_one_page(tmp_path, name, size):
    """At 48 pt an ankle exercises leaflet had ended a page with the trust's "... available
    at www.nhs.uk or call 111 for" and begun the next with "non-emergency medical advice". Each
    of the trust's closing lines, a sentence, is printed on one page; the page before it,
    which ends with a line to write on, is not taken for half empty."""
    folder = EASY_READ_SOURCES if name[0].isdigit() else EASY_READ_SOURCES.parent / "sources"
    leaflet = load_leaflet(folder / f"{name}.md")
    settings = LargePrintSettings(size=size)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    lines = [printed_text(line) for line in leaflet.trust.footer]
    lines.append(printed_text(leaflet.trust.format_offer))
    with pdfplumber.open(pdf) as document:  # (an address may break after its "@")
        pages = ["".join(page.extract_text().split()) for page in document.pages]
    found = [{n for n, page in enumerate(pages, 1) if "".join(line.split()) in page}
             for line in lines]
    assert all(len(pages) == 1 for pages in found), list(zip(lines, found, strict=True))


TWELVE_STEPS = "## On the day of your test\n\n" + "\n".join(
    f"{number}. {step}"
    for number, step in enumerate(
        [
            "Eat a light meal no later than 2 hours before your appointment.",
            "Do not drink coffee, tea or cola for 4 hours before your test.",
            "Wear loose, comfortable clothes and flat shoes.",
            "Bring a list of all the medicines you take, including inhalers.",
            "Do not smoke for at least 24 hours before your test.",
            "Bring your glasses or hearing aids if you use them.",
            "Tell the physiologist if you have had chest pain in the last 7 days.",
            "Arrive 15 minutes early so we can check your height and weight.",
            "If you have diabetes, bring your blood glucose meter and a snack.",
            "Do not do any hard exercise on the day of your test.",
            "Bring someone with you if you would like, but they will wait outside.",
            "If you feel unwell on the day, call us before you set off.",
        ],
        start=1,
    )
) + "\n"


@pytest.mark.parametrize("size", [16, 24])
def test_a_list_of_ten_steps_or_more_keeps_its_numbers_off_the_margin(tmp_path, size):
    """A breathing test leaflet's twelve steps had '10.', '11.' and '12.' standing 4 to 6 pt
    in the page's left margin (a step's number is right aligned before its item, the items
    indented for one figure): the list is indented for two, its steps' words still starting
    in one column."""
    text = printed_within_the_page(tmp_path, "2302-your-breathing-test", "Respiratory Physiology",
                                   TWELVE_STEPS, size)
    assert "10. Do not do any hard exercise" in text
    with pdfplumber.open(tmp_path / "2302-v1-large-print.pdf") as pdf:
        words = [page.extract_words() for page in pdf.pages]
    # each step's first word: the word after its number
    starts = {
        round(after["x0"])
        for page in words
        for number, after in itertools.pairwise(page)
        if re.fullmatch(r"\d+\.", number["text"]) and after["top"] == number["top"]
    }
    assert len(starts) == 1, starts


# An imported leaflet's exercise: its picture not supplied with the text, only described.
DESCRIBED_EXERCISE = """These exercises will help your knee bend and straighten again after your \
operation. Start them on the day after your operation unless your surgeon tells you otherwise.

## Before you start

Take your pain relief about 30 minutes before you exercise.

Wear loose clothing so you can see your knee.

## Exercise 1: Heel slides

![A person lying on their back on a bed, sliding one heel towards their bottom]()

Lie on your back with your legs straight. Slowly bend your operated knee by sliding your heel \
towards your bottom. Hold for [seconds]{.field}, then slowly straighten your leg.

Repeat [times]{.field}.

## Exercise 2: Static quadriceps

Lie on your back with a rolled towel under your knee.
"""


def test_an_exercise_whose_picture_is_described_is_kept_on_one_page(tmp_path):
    """Knee exercises imported without their pictures at 20 pt had 'Exercise 1: Heel slides'
    and its picture's description at the foot of page 1 and what to do on page 2: a section
    with a described picture is kept whole where it fits a page, as one with a picture is."""
    leaflet, settings, pdf = printed(tmp_path, "2403-knee-exercises-after-your-operation",
                                     "Physiotherapy", DESCRIBED_EXERCISE, 20)
    assert large_print.check(leaflet, settings, [pdf]).passed
    found = pages_holding(pdf, "Exercise 1: Heel slides", "Picture: A person lying",
                          "Lie on your back with your legs straight.", "Repeat")
    assert all(len(pages) == 1 for pages in found) and len(set.union(*found)) == 1, found


KNEE_REPLACEMENT = """These exercises help you bend and straighten your new knee. Do them \
4 times a day.

## Exercise 1: Ankle pumps

Lie on your back. Point your toes away from you, then pull them back towards you.

Repeat 20 times.

## Exercise 2: Knee bends in sitting

Sit on a chair. Slide your foot back under the chair to bend your knee as far as you can.

Hold for [seconds]{.field}, then slide it forward again.

Repeat [times]{.field}.

## Exercise 3: Inner range quads

![A rolled towel under the knee of a person lying on a bed]()

Place a rolled towel under your knee. Lift your heel off the bed by straightening your knee.

Hold for [seconds]{.field}.

- Do not kneel on your new knee until your surgeon says you can
- Do not twist on your operated leg

[Your physiotherapist:]{.field}

[Telephone:]{.field}
"""


def test_a_page_left_for_an_exercise_with_a_described_picture_passes_its_check(tmp_path):
    """At 24 pt an exercise whose picture is only described, too long for what was left of
    page 2, starts page 3 whole, as one with a picture does; the check, which knew only a
    picture for one kept whole, had failed page 2 as 'more than half empty although what
    starts page 3 would fit on it', measuring only its heading and first lines."""
    leaflet, settings, pdf = printed(tmp_path, "2404-exercises-after-your-knee-replacement",
                                     "Orthopaedic Physiotherapy", KNEE_REPLACEMENT, 24)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    found = pages_holding(pdf, "Exercise 3: Inner range quads", "Picture: A rolled towel",
                          "Do not twist on your operated leg", "Telephone:")
    assert all(len(pages) == 1 for pages in found) and len(set.union(*found)) == 1, found


URDU_DOSES = (
    "---\nnumber: 612\nversion: 1\ntitle: درد کی گولیاں کیسے لیں\ndepartment: Pharmacy\n"
    "last_reviewed: 2025-06\nnext_review: 2028-06\nlanguage: ur\n---\n\n"
    "## آپ کی دوا\n\n"
    "نرس آپ کو گھر جانے کے لیے گولیاں دے گی۔ ہر خوراک پانی کے ساتھ لیں۔\n\n"
    "اگر آپ کو سینے میں درد ہو تو 999 کو فون کریں۔\n\n"
    "## دوا لینے کے اوقات\n\n"
    "| وقت | دوا | خوراک |\n|---|---|---|\n"
    "| صبح 8 بجے | [Paracetamol 500mg]{lang=en} | 2 گولیاں |\n"
    "| دوپہر 2 بجے | [Paracetamol 500mg]{lang=en} | 2 گولیاں |\n"
    "| رات 10 بجے | [Ibuprofen 200mg]{lang=en} | 1 گولی |\n\n"
    "24 گھنٹوں میں 8 سے زیادہ گولیاں نہ لیں۔\n"
)
EXERCISE_RECORD = (
    "## Slow squeezes\n\nSqueeze and lift your pelvic floor muscles and hold for up to 10 "
    "seconds. Relax fully for 4 seconds. Repeat up to 10 times.\n\n"
    "## Your exercise record\n\n"
    "| Week | Slow squeezes | Fast squeezes |\n|---|---|---|\n"
    "| Week 1 | [seconds]{.field} | [times]{.field} |\n"
    "| Week 2 | [seconds]{.field} | [times]{.field} |\n"
)


def heading_pages(pdf_path: Path, size: int) -> list[int]:
    """The pages holding a heading's glyphs (bold, larger than the body), the title's aside."""
    with pdfplumber.open(pdf_path) as pdf:
        return [
            page.page_number
            for page in pdf.pages[1:]
            if any(c["size"] > size * 1.1 and "bold" in c["fontname"].lower() for c in page.chars)
        ]


@pytest.mark.parametrize("urdu", [True, False])
def test_in_giant_print_a_tables_heading_stays_with_its_whole_columns_line(tmp_path, urdu):
    """At 48 pt a table's heading, its columns' line and first row are taller than a page: an
    Urdu table of doses had its heading 'دوا لینے کے اوقات' alone on a page, the table from the
    next, and a pelvic floor exercise record 'Your exercise record' and 'Table of 2 rows,
    columns: Week; Slow' on one page, 'squeezes; Fast squeezes' on the next, its check
    passing. The heading and the whole columns' line share a page, the rows from the next."""
    if urdu:
        source = tmp_path / "612-pain-relief.ur.md"
        source.write_text(URDU_DOSES, encoding="utf-8")
        # its columns' line in Urdu ('جدول، قطاریں: 3، کالم: وقت; دوا; خوراک'), read back
        # from Nastaliq with its letters out of order: found as the page before the rows
        leaflet, columns = load_leaflet(source), None
    else:
        leaflet = load_leaflet(write_source(tmp_path, "6002-pelvic-floor-exercises",
                                            "Women's Health Physiotherapy", EXERCISE_RECORD))
        columns = "Table of 2 rows"
    settings = LargePrintSettings(size=48)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    with pdfplumber.open(pdf) as document:
        pages = [page.extract_text() for page in document.pages]
    if columns is None:
        at = next(n for n, text in enumerate(pages, 1) if "Paracetamol" in text) - 1
        assert pages[at - 1].count(";") == 2, pages[at - 1]  # 'وقت; دوا; خوراک'
    else:
        (at,) = [n for n, text in enumerate(pages, 1) if columns in text]
    assert at in heading_pages(pdf, 48), "the table's heading is on the columns' line's page"
    if not urdu:
        assert "columns: Week; Slow squeezes; Fast squeezes" in " ".join(pages[at - 1].split())
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems


HEART_MEDICINES = (
    "## Your medicines\n\nBring this chart to every appointment.\n\n"
    "| Medicine | What it is for | When to take it | How much | Important |\n"
    "|---|---|---|---|---|\n"
    "| Aspirin 75mg | Stops blood clots forming on your new heart valve or grafts | Every "
    "morning with breakfast | 1 tablet | Do not stop taking it unless your heart surgeon tells "
    "you to, even if you feel well |\n"
    "| Atorvastatin 40mg | Lowers your cholesterol | At night | 1 tablet | Tell us if you get "
    "muscle pain |\n"
)


def test_a_row_taller_than_a_giant_print_page_goes_on_under_its_name(tmp_path):
    """At 48 pt a heart surgery medicines chart set as rows has its aspirin row taller than a
    page: print had divided it, 'Important: Do not stop taking it unless' on one page and
    'your heart surgeon tells you to' on the next, naming no row. Each page it goes on to
    opens with its name and "(continued)", each part ends a sentence, and the chart passes,
    at 24 pt (every row fitting a page) as at 48."""
    leaflet = load_leaflet(write_source(tmp_path, "701-your-medicines-after-heart-surgery",
                                        "Cardiothoracic Pharmacy", HEART_MEDICINES))
    for size in (24, 48):
        settings = LargePrintSettings(size=size)
        folder = tmp_path / str(size)
        folder.mkdir()
        (pdf,) = large_print.write(leaflet, settings, folder)
        assert large_print.check(leaflet, settings, [pdf]).problems == []
        with pdfplumber.open(pdf) as document:
            pages = [" ".join(page.extract_text().split()) for page in document.pages]
        going_on = [text for text in pages if "(continued)" in text]
        assert (going_on == []) == (size == 24)
        for text in going_on:
            assert text.startswith("Medicine: Aspirin 75mg (continued);"), text
        at = [n for n, text in enumerate(pages) if "Aspirin 75mg" in text]
        for n in at[:-1]:  # each part but the last ends a cell (its cells end no sentence)
            assert re.search(r"(?:grafts|breakfast|tablet); Page \d+ of \d+$", pages[n]), pages[n]


# A rheumatology chart in a real table (two columns fit the page at 18 pt), one row's advice
# taller than a page.
DMARD_ADVICE = (
    "Take 500 mg twice a day with food for the first week, then 1 g twice a day. Swallow "
    "the tablets whole; do not crush or chew them. It can turn your urine and tears orange, "
    "and may stain soft contact lenses. You will need a blood test every 2 weeks for the "
    "first 3 months, then every 3 months. Tell us straight away if you get a sore throat, "
    "mouth ulcers, a rash, a high temperature or bruising you cannot explain. Do not take it "
    "if you are allergic to aspirin or to sulfonamide antibiotics. Drink plenty of water "
    "while you take it. It can lower the number of sperm for as long as you take it, so "
    "tell us if you are planning a family. Keep taking it if you have an infection, but "
    "tell your GP that you take it. Do not stop taking it unless your rheumatology doctor "
    "tells you to, even if your joints feel better. Some people feel sick, lose their "
    "appetite or get headaches in the first few weeks; these usually settle. You can drink "
    "alcohol within the national guidelines. Tell your dentist and pharmacist that you take "
    "it before you start any new medicine, including medicines you buy and herbal remedies. "
    "If you become pregnant, keep taking it and tell your team, who will give you a higher "
    "dose of folic acid. Bring your blood test record to every clinic appointment."
)
DMARD_CHART = (
    "This leaflet is about the medicines your rheumatology team has prescribed. Read it "
    "with your other medicine information.\n\n"
    "## How these medicines help\n\n"
    "They calm your immune system and reduce swelling in your joints. They take up to 12 "
    "weeks to work, so keep taking them.\n\n"
    "## Your medicines\n\n"
    "| Medicine | What you need to know |\n|---|---|\n"
    f"| Sulfasalazine | {DMARD_ADVICE} |\n"
    "| Folic acid | Take 5 mg once a week. |\n"
    "| Hydroxychloroquine | Take it with food. Have your eyes checked every year. |\n\n"
    "## Contact us\n\nCall the rheumatology advice line on 0116 258 5443.\n"
)


def test_a_tables_row_taller_than_a_page_goes_on_under_its_name_with_its_heading_kept(
    tmp_path,
):
    """At 18 pt a medicines chart's sulfasalazine row is taller than a page. Kept whole, the
    table had been moved to a page of its own after a nearly empty one, its heading 'Your
    medicines' left alone at a page's foot, and the row divided over two pages with its first
    cell blank on the second: a patient there read 'Drink plenty of water' against no
    medicine. The table starts under its heading, the row's part on the next page is named
    'Sulfasalazine (continued)', each part ends a sentence, and the check passes."""
    leaflet, settings, pdf = printed(tmp_path, "9321-your-rheumatology-medicines",
                                     "Rheumatology Pharmacy", DMARD_CHART, 18)
    with pdfplumber.open(pdf) as document:
        pages = [" ".join(page.extract_text().split()) for page in document.pages]
    (start,) = [n for n, text in enumerate(pages) if "Sulfasalazine Take 500 mg" in text]
    assert "Your medicines Medicine What you need to know Sulfasalazine" in pages[start]
    going_on = [text for text in pages[start + 1 :] if "Sulfasalazine" in text]
    assert going_on, "the row goes on to the next page"
    for text in going_on:
        # the name's cell reads "Sulfasalazine" over "(continued)"
        assert re.match(r"Medicine What you need to know Sulfasalazine [^()]* \(continued\) ", text)
    for text in [pages[start], *going_on[:-1]]:
        assert re.search(r"[.!?] Page \d+ of \d+$", text), text
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems


def test_the_check_fails_a_tables_row_cut_between_pages_under_no_name(tmp_path):
    """A PDF whose chart has its long row cut at a page's foot, its part on the next page
    under a blank first cell (as print made it before, and a hand-made file may), fails,
    naming the row; the check had passed it."""
    problems = _checked_with_css(tmp_path, "9321-your-rheumatology-medicines",
                                 "Rheumatology Pharmacy", DMARD_CHART, 18,
                                 "table, tr { break-inside: auto; }")
    cut = [p for p in problems if "a table row is cut between pages" in p]
    assert cut and "'Sulfasalazine Take 500 mg" in cut[0], problems


def test_the_check_fails_a_page_ending_with_a_heading(tmp_path):
    """A heading whose section starts the next page leaves a reader a heading over nothing; a
    PDF made with a page break after it (as a hand-made file may have) fails, naming it."""
    problems = _checked_with_css(tmp_path, "701-your-medicines-after-heart-surgery",
                                 "Cardiothoracic Pharmacy", HEART_MEDICINES, 24,
                                 "h2 + * { break-before: page; }")
    assert any("ends with the heading 'Your medicines'" in p for p in problems), problems


def test_in_giant_print_a_rows_blank_opening_a_line_is_at_the_margin(tmp_path):
    """At 48 pt a health questionnaire set as rows printed 'Yes or no:' over a line to write
    on and '; Details:' after it, the line from the margin: the check failed '; Details:' as
    'does not start at the left margin', though its line of print starts there with the blank,
    and the questionnaire could not be printed at that size."""
    body = (
        "## Your health\n\nPlease fill this in before your appointment.\n\n"
        "| Question | Yes or no | Details |\n|---|---|---|\n"
        "| Do you have diabetes? | [yes or no]{.field} | [details]{.field} |\n"
        "| Have you had a heart attack or stroke? | [yes or no]{.field} | [details]{.field} |\n"
        "| Do you take blood thinners? | [yes or no]{.field} | [details]{.field} |\n"
    )
    text = printed_within_the_page(tmp_path, "3405-your-health-questionnaire",
                                   "Pre-operative Assessment Clinic", body, 48)
    assert "; Details:" in text


def test_in_giant_print_a_hyphenated_word_of_the_title_stays_on_one_line(tmp_path):
    """At 48 pt a pre-operative leaflet's title was printed 'Your pre-' / 'assessment
    questionnaire', the one word divided as the body's never are, and the check failed it.
    The title keeps such a word whole where it fits a line at the title's size."""
    source = tmp_path / "3405-your-pre-assessment-questionnaire.md"
    source.write_text(
        "---\nnumber: 3405\nversion: 1\ntitle: Your pre-assessment questionnaire\n"
        "department: Pre-operative Assessment Clinic\n---\n\n## About you\n\n"
        "Please bring this to your appointment.\n\nName: [name]{.field}\n",
        encoding="utf-8",
    )
    leaflet, settings = load_leaflet(source), LargePrintSettings(size=48)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    assert "pre-assessment" in lines_of(pdf).splitlines()[1], lines_of(pdf)[:80]
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems


OGD = """## What is an oesophagogastroduodenoscopy?

An oesophagogastroduodenoscopy (OGD) is a test to look inside your food pipe, your stomach
and the first part of your bowel.

- Do not eat anything for 6 hours before your oesophagogastroduodenoscopy.
- You can drink sips of water until 2 hours before.
"""


@pytest.mark.parametrize("size", [16, 24, 48])
def test_a_word_wider_than_a_line_is_divided_between_syllables_and_stays_on_the_page(
    tmp_path, size
):
    """'oesophagogastroduodenoscopy' ran past the paper's edge in the title at 24 pt and in
    every line at 48 pt, and the check failed the leaflet, so it could not be made at those
    sizes. Only a word wider than its line is divided, at a syllable, the line ending with a
    hyphen, and read back whole; at 16 pt, where it fits, it is never divided (UKAAF)."""
    source = tmp_path / "1205-having-an-oesophagogastroduodenoscopy.md"
    source.write_text(
        "---\nnumber: 1205\nversion: 1\ntitle: Having an oesophagogastroduodenoscopy\n"
        f"department: Endoscopy Unit\n---\n\n{OGD}",
        encoding="utf-8",
    )
    leaflet, settings = load_leaflet(source), LargePrintSettings(size=size)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    assert past_the_margins(pdf) == []
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    text = lines_of(pdf)
    divided = re.findall(r"(\w+)-\n(\w+)", text)
    word = "oesophagogastroduodenoscopy"
    assert all(head in word and tail in word for head, tail in divided), divided
    assert text.replace("-\n", "").count("oesophagogastroduodenoscopy") == 4
    assert bool(divided) == (size > 16), divided
    # whole in the outline and the tagged title, as a screen reader reads them
    with pikepdf.open(pdf) as opened, opened.open_outline() as outline:
        assert [item.title for item in outline.root] == [
            "Having an oesophagogastroduodenoscopy"
        ]
        assert [kid.title for kid in outline.root[0].children] == [
            "What is an oesophagogastroduodenoscopy?"
        ]


ARABIC_WOUND = """---
number: 614
version: 1
title: بعد العملية
department: General Surgery
last_reviewed: 2025-06
next_review: 2028-06
language: ar
---

## جرحك

حافظ على جرحك نظيفًا وجافًا لمدة 5 أيام.

## متى تطلب المساعدة

{lead_in}

- {first}
- احمرار أو تورم حول الجرح.
- نزيف لا يتوقف.

لا تقد السيارة لمدة أسبوعين.
"""


@pytest.mark.parametrize(
    ("lead_in", "first"),
    [
        ("اتصل بالجناح إذا كان لديك أي مما يلي:", "ارتفاع في درجة الحرارة."),
        (
            "اتصل بالجناح على الرقم 0116 258 4567 إذا كان لديك أي مما يلي:",
            "ارتفاع في درجة الحرارة أو شعور بالبرد والرجفة أو ألم شديد لا يخف بعد تناول "
            "مسكنات الألم.",
        ),
    ],
)
def test_in_giant_print_a_heading_keeps_its_whole_lead_in_when_its_list_cannot_follow(
    tmp_path, lead_in, first
):
    """At 48 pt an Arabic wound care leaflet's heading, lead-in and first condition are taller
    than a page: 'متى تطلب المساعدة' ('When to ask for help') stood alone at page 4's foot, its
    lead-in and list from page 5, and the check failed it, so the leaflet could not be made;
    with the ward's number in the lead-in, 'اتصل بالجناح على الرقم' ('Call the ward on') ended
    page 4 and the number and 'if you have any of the following:' began page 5, passed. The
    heading and its whole lead-in share a page, the list from the next."""
    source = tmp_path / "614-after-your-operation.ar.md"
    source.write_text(ARABIC_WOUND.format(lead_in=lead_in, first=first), encoding="utf-8")
    leaflet, settings = load_leaflet(source), LargePrintSettings(size=48)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf])
    assert report.passed, report.problems
    if "0116" in lead_in:
        (number_pages,) = pages_holding(pdf, "0116 258 4567")
        assert number_pages and number_pages <= set(heading_pages(pdf, 48)), number_pages
        with pdfplumber.open(pdf) as document:
            (page,) = number_pages
            assert "•" not in document.pages[page - 1].extract_text()
