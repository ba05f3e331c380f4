"""A notice that lists its signs ("Call 999 straight away if you:" over each sign) keeps them
listed, inside its box, in every format: joined into one run with ";" they were hard to scan in
an emergency, in large print and braille alike."""

from __future__ import annotations

import pytest
from leaflet_files import write_source

from pipeline.errors import LeafletError
from pipeline.formats import accessible_html, large_print
from pipeline.formats.accessible_html import AccessibleHtmlSettings
from pipeline.formats.audio.speech_script import speech_script
from pipeline.formats.braille.checker import back_translate
from pipeline.formats.braille.layout import (
    BLANK,
    BOTTOM_BOX_LINE,
    TOP_BOX_LINE,
    LayoutChoices,
    lay_out,
)
from pipeline.formats.easy_read import EasyReadSettings, write_easy_read
from pipeline.formats.large_print import LargePrintSettings
from pipeline.model import Notice, plain_text
from pipeline.sources import load_leaflet
from pipeline.sources.fill import fill_leaflet, leaflet_fields_of

BODY = (
    "You have been treated in hospital for sepsis.\n\n"
    "> **Call 999 or go to A&E straight away if you:**\n>\n"
    "> - are slurring your speech or are very confused\n"
    "> - have a rash that does not fade when you press a glass against it\n"
    "> - have not passed urine for 18 hours\n>\n"
    "> If this happens at home, do not wait for the morning.\n\n"
    "## Your antibiotics\n\n"
    "Take your antibiotics until the course is finished.\n\n"
    "> Do not stop taking them if:\n>\n"
    "> - you feel better\n"
    "> - your temperature is below [°C]{.field}\n"
)
SIGNS = (
    "are slurring your speech or are very confused",
    "have a rash that does not fade when you press a glass against it",
    "have not passed urine for 18 hours",
)


def _loaded(folder, name: str, department: str, body: str, audience: str):
    source = write_source(
        folder, name, department, body, audience=audience, last_reviewed="2024-06",
        next_review="2027-06", language="en-GB",
    )
    return load_leaflet(source)


@pytest.fixture
def leaflet(tmp_path):
    return _loaded(
        tmp_path, "9130-going-home-after-sepsis", "Acute Medical Unit", BODY,
        "Information for patients",
    )


def test_the_source_reads_a_list_inside_a_notice_as_its_items(leaflet, tmp_path):
    notice = leaflet.blocks[1]
    assert isinstance(notice, Notice)
    assert plain_text(notice.spans) == "Call 999 or go to A&E straight away if you:"
    assert tuple(plain_text(item) for item in notice.items) == SIGNS
    # its words after the list stay in it, after the signs
    assert plain_text(notice.after) == "If this happens at home, do not wait for the morning."
    wrong = write_source(
        tmp_path, "9131-wrong", "Acute Medical Unit",
        "> Call 999 if you:\n>\n> - are very confused\n>\n> Or if:\n>\n> - you faint\n",
    )
    with pytest.raises(LeafletError, match="line .*one list"):
        load_leaflet(wrong)


def test_the_web_page_and_large_print_list_the_signs_inside_the_box(leaflet, tmp_path):
    (tmp_path / "html").mkdir()
    (tmp_path / "lp").mkdir()
    (page,) = accessible_html.write(leaflet, AccessibleHtmlSettings(), tmp_path / "html")
    html = page.read_text(encoding="utf-8")
    box = html.split('role="note">')[1].split("</div>")[0]
    assert box.count("<li>") == 3 and "<ul>" in box, box
    assert box.index("</ul>") < box.index("do not wait for the morning"), box
    assert accessible_html.check(leaflet, AccessibleHtmlSettings(), [page]).passed

    (pdf,) = large_print.write(leaflet, LargePrintSettings(), tmp_path / "lp")
    report = large_print.check(leaflet, LargePrintSettings(), [pdf])
    assert report.passed, report
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        lines = [line for p in document.pages for line in (p.extract_text() or "").splitlines()]
    starts = [line for line in lines if line.lstrip("•· ").startswith(("are slurring", "have a"))]
    assert len(starts) == 2, lines  # each sign on a line of its own, not run on after a ";"
    assert not any(";" in line for line in lines if "slurring" in line), lines


def test_braille_boxes_the_notice_and_its_signs_together(leaflet):
    choices = LayoutChoices()
    lines = [line for page in lay_out(leaflet, choices) for line in page.lines]
    cells = [line.cells for line in lines]
    top = next(i for i, c in enumerate(cells) if c and set(c) == {TOP_BOX_LINE})
    bottom = next(i for i, c in enumerate(cells) if c and set(c) == {BOTTOM_BOX_LINE})
    boxed = lines[top + 1 : bottom]
    read = " ".join(back_translate(line.cells.strip(BLANK), "en-ueb-g2.ctb") for line in boxed)
    assert "999" in read and "18 hours" in read and "morning" in read, read
    # each sign starts a line of its own with a bullet, inside the one box
    bullets = [line for line in boxed if line.print_text.startswith("\u2022")]
    assert len(bullets) == 3, [line.print_text for line in boxed]


def test_the_audio_says_the_lead_then_each_sign(leaflet):
    texts = [u.text for u in speech_script(leaflet).utterances]
    lead = texts.index("Important: Call nine nine nine or go to A and E straight away if you:")
    assert texts[lead + 1 : lead + 5] == [
        "are slurring your speech or are very confused.",
        "have a rash that does not fade when you press a glass against it.",
        "have not passed yoo-rin for eighteen hours.",
        "If this happens at home, do not wait for the morning.",
    ], texts[lead : lead + 5]


def test_easy_read_gives_each_sign_with_what_to_do(leaflet, tmp_path):
    from docx import Document

    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    rows = [row.cells[1].text for table in Document(path).tables for row in table.rows]
    for sign in ("slurring your speech", "a rash that does not fade", "not passed urine"):
        # each sign with what to do: the row naming it, then the row saying to call 999
        at = next(i for i, row in enumerate(rows) if sign in row)
        assert rows[at].startswith("If you"), rows[at]
        assert "999" in rows[at + 1], rows[at : at + 2]


def test_a_blank_in_a_notice_item_is_a_field_and_is_filled(leaflet):
    (field,) = leaflet_fields_of(leaflet)
    filled = fill_leaflet(leaflet, {field.name: "38"})
    notice = filled.blocks[-1]
    assert "38" in plain_text(notice.items[-1]), notice.items


# ---- a notice of several paragraphs --------------------------------------------------------

PARAGRAPHS = (
    "Your child may have a fever for a few days.\n\n"
    "> Do not give ibuprofen to a child who has chickenpox or is dehydrated.\n>\n"
    "> Never give aspirin to a child under 16.\n>\n"
    "> 24-hour Children's Hotline: 0191 445 8800. Do not wait until the morning.\n\n"
    "## Giving medicines\n\nGive paracetamol every 4 to 6 hours.\n"
)
WARNINGS = (
    "Do not give ibuprofen to a child who has chickenpox or is dehydrated.",
    "Never give aspirin to a child under 16.",
    "24-hour Children's Hotline: 0191 445 8800. Do not wait until the morning.",
)


@pytest.fixture
def paragraphs(tmp_path):
    return _loaded(
        tmp_path, "9132-child-with-a-fever", "Children's Emergency Department", PARAGRAPHS,
        "Information for parents",
    )


def test_a_notice_keeps_its_paragraphs_apart_in_every_format(paragraphs, tmp_path):
    """A box of three warnings, each a paragraph of its own in the leaflet ("> ... / > / > ..."),
    was one run in large print, HTML, braille and audio: the hotline's number buried mid-
    paragraph after two bans. Each paragraph stays its own, inside the one box."""
    (notice,) = [block for block in paragraphs.blocks if isinstance(block, Notice)]
    assert tuple(plain_text(p) for p in (notice.spans, *notice.more)) == WARNINGS

    (tmp_path / "html").mkdir()
    (page,) = accessible_html.write(paragraphs, AccessibleHtmlSettings(), tmp_path / "html")
    box = page.read_text(encoding="utf-8").split('role="note">')[1].split("</div>")[0]
    assert box.count("<p>") == 3, box  # each warning its own paragraph (the label has a class)
    assert box.index("chickenpox") < box.index("Never give") < box.index("Hotline"), box
    assert accessible_html.check(paragraphs, AccessibleHtmlSettings(), [page]).passed

    (tmp_path / "lp").mkdir()
    (pdf,) = large_print.write(paragraphs, LargePrintSettings(), tmp_path / "lp")
    assert large_print.check(paragraphs, LargePrintSettings(), [pdf]).passed
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        lines = [line for p in document.pages for line in (p.extract_text() or "").splitlines()]
    assert any(line.startswith("Never give aspirin") for line in lines), lines
    assert any(line.startswith("24-hour Children") for line in lines), lines

    choices = LayoutChoices()
    braille = [line for page in lay_out(paragraphs, choices) for line in page.lines]
    cells = [line.cells for line in braille]
    top = next(i for i, c in enumerate(cells) if c and set(c) == {TOP_BOX_LINE})
    bottom = next(i for i, c in enumerate(cells) if c and set(c) == {BOTTOM_BOX_LINE})
    boxed = [line.print_text for line in braille[top + 1 : bottom]]
    assert any(text.startswith("Never give aspirin") for text in boxed), boxed
    assert any(text.startswith("24-hour") for text in boxed), boxed

    texts = [u.text for u in speech_script(paragraphs).utterances]
    assert any(t.startswith("Never give aspirin") for t in texts), texts
    assert any(t.startswith("Twenty-four-hour") for t in texts), texts  # a sentence's capital
