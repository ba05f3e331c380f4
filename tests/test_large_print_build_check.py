"""The build's check of large print reads the glyphs of the PDF it has just written with pikepdf
(pipeline/formats/large_print/pages.py) instead of pdfplumber, which `leaflet check` keeps: the
two readers must read every page alike, and the build must still fail a PDF with a fault."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from test_large_print import write_picture_leaflet, write_urdu_leaflet
from weasyprint import HTML

from pipeline.formats import large_print
from pipeline.formats.html_render import render_document
from pipeline.formats.large_print import LargePrintSettings
from pipeline.formats.large_print.pages import read_pages, read_written
from pipeline.sources import load_leaflet

TABLE_LEAFLET = """---
number: 318
version: 4
title: Your exercise plan after a hip replacement
department: Orthopaedic Physiotherapy
last_reviewed: 2025-06
next_review: 2027-06
---

Do these exercises every day until your physiotherapist tells you to stop.

## How often to do each exercise

| Exercise | Repeats | How often |
|---|---|---|
| Ankle pumps | 10 | Every hour you are awake |
| Buttock squeezes | 10 | 4 times a day |
| Heel slides | 10 | 4 times a day |

Stop and call the ward on 0116 258 4567 if your hip becomes more painful.
"""

# Two tables one under the other, their columns in line: pdfplumber finds them as one table with
# the heading between them as a row of one cell. A cell's second line starts at its column.
TWO_TABLES_LEAFLET = """---
number: 412
version: 5
title: 'Bowel preparation for your colonoscopy: morning appointments'
department: Endoscopy Unit
last_reviewed: 2025-03
next_review: 2027-03
---

## The day before your colonoscopy

| Time | What to do |
|---|---|
| 8am | Eat a light breakfast, such as white toast with butter. Do not eat high-fibre foods. |
| 1pm | Have a light lunch. Do not eat anything after 1pm. You can drink clear fluids. |
| 5pm | Mix the first sachet of Moviprep in 1 litre of water and drink it over 1 to 2 hours. |

## On the day of your colonoscopy

| Time | What to do |
|---|---|
| 6am | Mix the second sachet in 1 litre of water and drink it over 1 hour. |
| 7am | Do not drink anything after 7am, not even water. |

The laxative will give you watery diarrhoea. Stay close to a toilet.
"""


def _written(leaflet, settings: LargePrintSettings, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (pdf,) = large_print.write(leaflet, settings, folder)
    return pdf


def _italic_justified(leaflet, folder: Path) -> Path:
    """A PDF with the faults of one made by hand: italic, justified, untagged."""
    css = (
        "@page { size: A4; margin: 18mm } html { font: italic 18pt 'Liberation Sans'; "
        "text-align: justify } h1, h2 { font-size: 18pt; font-weight: normal }"
    )
    path = folder / "bad.pdf"
    HTML(string=render_document(leaflet, css)).write_pdf(path)
    return path


def _table_leaflet(folder: Path):
    source = folder / "318-your-exercise-plan-after-a-hip-replacement.md"
    source.write_text(TABLE_LEAFLET, encoding="utf-8")
    return load_leaflet(source)


def _two_tables_leaflet(folder: Path):
    source = folder / "412-bowel-preparation-for-your-colonoscopy-morning-appointments.md"
    source.write_text(TWO_TABLES_LEAFLET, encoding="utf-8")
    return load_leaflet(source)


def _centred_cells(leaflet, folder: Path) -> Path:
    """A PDF whose table cells are centred, as a hand-made one might be: ruled, untagged."""
    css = (
        "@page { size: A4; margin: 18mm } html { font: 18pt 'Liberation Sans' } "
        "h1, h2 { font-size: 18pt } table { border-collapse: collapse; width: 100% } "
        "td, th { border: 1px solid black; padding: 6pt; text-align: center }"
    )
    path = folder / "centred.pdf"
    HTML(string=render_document(leaflet, css)).write_pdf(path)
    return path


CASES = {
    "442 at 16 pt": lambda l442, tmp: _written(l442, LargePrintSettings(size=16), tmp),
    "442 at 24 pt": lambda l442, tmp: _written(l442, LargePrintSettings(size=24), tmp),
    "442 at 48 pt": lambda l442, tmp: _written(l442, LargePrintSettings(size=48), tmp),
    "a picture": lambda l442, tmp: _written(
        load_leaflet(write_picture_leaflet(tmp)), LargePrintSettings(), tmp
    ),
    "a leaflet in Urdu": lambda l442, tmp: _written(
        load_leaflet(write_urdu_leaflet(tmp)), LargePrintSettings(), tmp
    ),
    "a table": lambda l442, tmp: _written(_table_leaflet(tmp), LargePrintSettings(), tmp),
    "two tables": lambda l442, tmp: _written(_two_tables_leaflet(tmp), LargePrintSettings(), tmp),
    "italic, justified, untagged": lambda l442, tmp: _italic_justified(l442, tmp),
}
CHAR_FIELDS = (
    "text",
    "fontname",
    "size",
    "x0",
    "x1",
    "top",
    "bottom",
    "page_number",
    "mcid",
    "non_stroking_color",
)
LINE_FIELDS = ("text", "x0", "x1", "top", "bottom")


def _same(a, b, fields) -> bool:
    return all(
        abs(a[f] - b[f]) < 0.01 if isinstance(a[f], float) else a[f] == b[f] for f in fields
    )


@pytest.mark.parametrize("case", CASES)
def test_the_builds_reader_reads_every_page_as_pdfplumber_does(leaflet_442, tmp_path, case):
    data = CASES[case](leaflet_442, tmp_path).read_bytes()
    theirs = read_pages(data)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        ours = read_written(pdf).pages
    assert len(ours) == len(theirs)
    for mine, plumbers in zip(ours, theirs, strict=True):
        assert mine.width == pytest.approx(plumbers.width)
        assert mine.text == plumbers.text
        assert len(mine.chars) == len(plumbers.chars), mine.number
        for a, b in zip(mine.chars, plumbers.chars, strict=True):
            assert _same(a, b, CHAR_FIELDS), (a, b)
            assert a["matrix"] == pytest.approx(b["matrix"])
        assert len(mine.lines) == len(plumbers.lines), mine.number
        for a, b in zip(mine.lines, plumbers.lines, strict=True):
            assert _same(a, b, LINE_FIELDS), (a["text"], b["text"])
            assert [c["text"] for c in a["chars"]] == [c["text"] for c in b["chars"]]
        assert [(round(p["top"], 2), round(p["bottom"], 2)) for p in mine.pictures] == [
            (round(p["top"], 2), round(p["bottom"], 2)) for p in plumbers.pictures
        ]
        # rules and boxes (a line to write on takes room on its page), as pdfminer reads paths
        assert sorted(
            (round(d["top"], 2), round(d["bottom"], 2), round(d["x0"], 2), round(d["x1"], 2))
            for d in mine.drawings
        ) == sorted(
            (round(d["top"], 2), round(d["bottom"], 2), round(d["x0"], 2), round(d["x1"], 2))
            for d in plumbers.drawings
        )


@pytest.mark.parametrize("case", ["a table", "two tables", "a leaflet in Urdu", "a picture"])
def test_the_build_and_leaflet_check_report_alike(leaflet_442, tmp_path, case):
    """The first check after `write` is the build's (pikepdf); a second reads the same file as
    `leaflet check` does (pdfplumber): the reports are the same, word for word. (Two tables one
    under the other: `leaflet check` said a cell's second line, "over 1 hour.", did not start at
    the left margin, as it knew only the first table.)"""
    path = CASES[case](leaflet_442, tmp_path)
    leaflet = load_leaflet(next(tmp_path.glob("*.md")))
    built = large_print.check(leaflet, LargePrintSettings(), [path])
    again = large_print.check(leaflet, LargePrintSettings(), [path])
    assert built.as_dict() == again.as_dict()
    assert built.passed, built.problems


def test_a_build_checks_without_pdfplumber_and_still_fails_small_print(tmp_path):
    """Printed at 18 pt and checked as a 24 pt request: the build's check finds the small type
    without loading pdfplumber (a third of the check's time)."""
    probe = f"""
import sys
from pathlib import Path
from pipeline.formats import large_print
from pipeline.formats.large_print import LargePrintSettings
from pipeline.paths import PROJECT_ROOT
from pipeline.sources import load_leaflet
leaflet = load_leaflet(PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md")
files = large_print.write(leaflet, LargePrintSettings(size=18), Path({str(tmp_path)!r}))
report = large_print.check(leaflet, LargePrintSettings(size=24), files)
print("pdfplumber" in sys.modules)
print(report.problems[0])
"""
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    loaded, problem = ran.stdout.splitlines()[-2:]
    assert loaded == "False"
    assert "smaller than 24 pt" in problem, problem


def test_a_file_changed_after_writing_is_read_as_leaflet_check_reads_it(leaflet_442, tmp_path):
    """Only the bytes `write` wrote are read the build's way: a file replaced since is read
    with pdfplumber, and its fault found."""
    path = _written(leaflet_442, LargePrintSettings(), tmp_path)
    _italic_justified(leaflet_442, tmp_path).replace(path)
    problems = large_print.check(leaflet_442, LargePrintSettings(), [path]).problems
    assert any("italic" in p for p in problems)
    assert any("justified" in p for p in problems)


def test_a_large_print_request_checks_without_loading_pdfplumber(project, monkeypatch):
    """`leaflet request 442 large-print`, the whole command: WeasyPrint and pikepdf only (the
    PDF reader that `leaflet check` uses costs the request nothing), and its check passes."""
    monkeypatch.setenv("LEAFLET_REQUEST_LOG", str(project / "request-log.csv"))
    probe = (
        "import sys\nfrom pipeline.cli import main\n"
        "code = main(['request', '442', 'large-print'])\n"
        "print(code, ' '.join(m for m in ('pdfplumber', 'pikepdf', 'weasyprint') "
        "if m in sys.modules))"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=300
    )
    assert ran.stdout.splitlines()[-1] == "0 pikepdf weasyprint", ran.stdout


def test_a_line_in_a_table_cell_is_judged_by_its_cells_left_edge(tmp_path):
    """A cell's lines start at its column: a centred cell is as wrong in large print as a
    centred paragraph, and a line of a table is not excused because it is in a table."""
    leaflet = _two_tables_leaflet(tmp_path)
    path = _centred_cells(leaflet, tmp_path)
    problems = large_print.check(leaflet, LargePrintSettings(), [path]).problems
    margins = [p for p in problems if "does not start at the left margin" in p]
    assert margins, problems  # the body is left aligned: only the cells' lines are named
