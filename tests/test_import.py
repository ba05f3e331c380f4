"""`leaflet import` on leaflets in the shapes trusts write them (tests/fixtures/leaflets: plain
text, and Word and PDF files made from our own text by tests/leaflet_files.py): the structure
recovered, the details found, what it asks a person to check, and the new model elements
(references, list numbers, fill-in fields, tables, described pictures) in every format."""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from pathlib import Path

import pytest
from conftest import FIXTURES
from leaflet_files import (
    PDF_LEAFLETS,
    WORD_LEAFLETS,
    text_box_run,
    write_pdf,
    write_scanned_pdf,
    write_word,
)

from pipeline.cli import main
from pipeline.errors import LeafletError
from pipeline.model import (
    DescribedPicture,
    Heading,
    ListBlock,
    Notice,
    Paragraph,
    Table,
    inlines_of,
    plain_text,
)
from pipeline.sources import leaflet_fields, trust_parts
from pipeline.sources.importers import import_file, save_imported
from pipeline.sources.importers.metadata import appointment_in
from pipeline.sources.reader import read_leaflet

LEAFLETS = FIXTURES / "leaflets"
TEXT_LEAFLETS = sorted(LEAFLETS.glob("*.txt"))


def leaflet_file(name: str, folder: Path) -> Path:
    """A fixture by file name: the text ones are stored, the Word and PDF ones are made (a PDF
    already in `folder` is used as it is)."""
    if (folder / name).is_file():
        return folder / name
    folder.mkdir(parents=True, exist_ok=True)
    if name in WORD_LEAFLETS:
        return write_word(folder / name, WORD_LEAFLETS[name])
    if name in PDF_LEAFLETS:
        return write_pdf(folder / name, PDF_LEAFLETS[name])
    return LEAFLETS / name


ALL_LEAFLETS = [p.name for p in TEXT_LEAFLETS] + [*WORD_LEAFLETS] + [*PDF_LEAFLETS]


def _imported_text(folder: Path, name: str, text: str, number: str):
    """A text-file leaflet `name` with `text`, imported as version 1 of `number`."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return import_file(path, {"number": number, "version": "1"})


def imported(name: str, folder: Path, **given):
    """The fixture imported into `folder` and read back as a leaflet, with the import report."""
    result = import_file(leaflet_file(name, folder), given)
    return read_leaflet(_saved(result, folder), trust_parts), result


def _saved(result, folder: Path) -> Path:
    """The imported leaflet written to `folder` as its source file."""
    target = folder / result.file_name
    target.write_text(result.markdown(), encoding="utf-8")
    return target


def headings(leaflet) -> list[str]:
    return [plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Heading)]


def lists(leaflet) -> list[ListBlock]:
    return [b for b in leaflet.blocks if isinstance(b, ListBlock)]


def field_labels(leaflet) -> list[str]:
    return [
        span.text
        for block in leaflet.blocks
        for spans in inlines_of(block)
        for span in spans
        if span.field
    ]


def body_text(leaflet) -> str:
    return " ".join(plain_text(spans) for b in leaflet.blocks for spans in inlines_of(b))


# ---- one test per shape --------------------------------------------------------------------------


def test_bare_line_question_headings_with_no_blank_line_and_a_contents_list(tmp_path):
    leaflet, report = imported("1204-having-a-gastroscopy.txt", tmp_path)
    assert headings(leaflet) == [
        "What is a gastroscopy?",
        "Why do I need a gastroscopy?",
        "Getting ready",
        "What happens on the day?",
        "After your gastroscopy",
    ]
    assert "On this page" not in body_text(leaflet)
    assert any("dropped the contents list 'On this page'" in d for d in report.decisions)
    # leaflet details at the bottom, in "Leaflet no. 1204, version 2" and "Issue date" wordings
    meta = leaflet.meta
    assert (meta.number, meta.version, str(meta.issued), str(meta.next_review)) == (
        "1204", 2, "April 2022", "April 2025"
    )
    # nested "o" bullets stay with the item they belong to; the list ends with no blank line
    sedative = lists(leaflet)[1].items[1]
    assert "you must not drive for 24 hours" in plain_text(sedative)
    assert "The test usually takes about 10 minutes." in [
        plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph)
    ]


def test_step_headings_a_timetable_and_numbered_steps_with_round_brackets(tmp_path):
    leaflet, report = imported("3317-bowel-preparation-for-colonoscopy.txt", tmp_path)
    assert [(b.level, plain_text(b.spans)) for b in leaflet.blocks if isinstance(b, Heading)][
        1:5
    ] == [(2, "The day before your test"), (3, "Step 1"), (3, "Step 2"), (3, "Step 3")]
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == ["Time", "What to do"]
    assert [plain_text(row[0]) for row in table.rows] == ["7am", "5pm", "8pm"]
    steps = lists(leaflet)[-1]
    assert steps.ordered and steps.item_numbers() == (1, 2, 3)
    assert "line 23: table of 3 rows" in "\n".join(report.decisions)


def test_a_do_not_heading_stays_with_its_items(tmp_path):
    """The issue's worst case: items under "Do not" must never read as instructions. A "Do
    not" heading holds its items and nothing more: where more follows them in their section
    ("Come back to the Fracture Clinic straight away if:", "Your physiotherapist:"), the bare
    lead-in goes and each item says it; right under a list (the plaster cast's "Keep the cast
    dry ..."), it stays the line "Do not:" over its own list, each item saying it too (joined
    to the list above, the bans had run on under that list's section)."""
    for name, heading, apart in (
        ("3317-bowel-preparation-for-colonoscopy.txt", True, False),
        ("2210-looking-after-your-plaster-cast.txt", False, True),
        ("8020-knee-replacement-exercises.txt", False, False),
    ):
        leaflet, report = imported(name, tmp_path)
        blocks = list(leaflet.blocks)
        (at,) = [
            i for i, b in enumerate(blocks)
            if isinstance(b, ListBlock) and plain_text(b.items[0]).startswith("Do not ")
        ]
        items = blocks[at]
        assert all(plain_text(item).startswith("Do not ") for item in items.items), name
        assert any("now each begin 'Do not ...'" in w for w in report.warnings)
        above = blocks[at - 1]
        assert (isinstance(above, Heading) and plain_text(above.spans) == "Do not") == heading
        lead_ins = [
            i for i, b in enumerate(blocks)
            if isinstance(b, Paragraph) and plain_text(b.spans).startswith("Do not")
        ]
        assert lead_ins == ([at - 1] if apart else []), name
        if apart:
            assert plain_text(above.spans) == "Do not:"
            assert isinstance(blocks[at - 2], ListBlock), name
        if heading:
            assert at + 1 == len(blocks) or isinstance(blocks[at + 1], Heading), name


def test_another_trusts_masthead_headings_in_capitals_and_a_long_field_label(tmp_path):
    """A leaflet from another trust: its name over the title is not the title; a title and
    headings in capitals (hard to read in large print) are written in ordinary case, keeping
    the capitals of a word the text writes in capitals (NHS); a form line's long label names
    its field."""
    leaflet, report = imported("nbt-0931-using-an-inhaler-with-a-spacer.txt", tmp_path)
    meta = leaflet.meta
    assert (meta.title, meta.department, meta.number) == (
        "Using your inhaler with a spacer", "Respiratory Medicine", "NBT-0931"
    )
    assert headings(leaflet) == [
        "Why use a spacer?", "How to use it", "Step 1", "Step 2", "Step 3", "Your doses",
        "Cleaning your spacer", "Contact us",
    ]
    decisions = "\n".join(report.decisions)
    assert "line 1: dropped the trust's name 'North Bristol NHS Trust'" in decisions
    assert "line 11: heading 'WHY USE A SPACER?' is in capitals: written 'Why use a spacer?'" in (
        decisions
    )
    assert field_labels(leaflet) == ["Number of puffs your nurse wants you to take:"]
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(row[1]) for row in table.rows] == ["2", "1 to 2"]


def test_text_copied_from_a_pdf_words_divided_at_line_ends_and_page_numbers(tmp_path):
    """Text copied out of a PDF keeps its divided words ("usu-" "ally") and "Page 1 of 2"."""
    leaflet, report = imported("2418-caring-for-your-skin-during-radiotherapy.txt", tmp_path)
    paragraphs = [plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0] == (
        "Radiotherapy can make the skin in the treated area red, dry or itchy. These changes "
        "usually start 2 weeks after treatment begins and settle 4 weeks after it ends."
    )
    assert "Page" not in body_text(leaflet)
    assert lists(leaflet)[0].item_numbers() == (1, 2, 3)
    assert (str(leaflet.meta.last_reviewed), str(leaflet.meta.next_review)) == (
        "November 2023", "November 2026"
    )


def test_numbered_headings_keep_their_numbers_and_bar_lines_become_fields(tmp_path):
    leaflet, _ = imported("phy-0388-ankle-exercises.txt", tmp_path)
    assert headings(leaflet) == [
        "1. Ankle circles",
        "2. Alphabet writing",
        "3. Calf stretch",
        "4. Single leg balance",
    ]
    assert field_labels(leaflet) == ["times", "times a day", "seconds", "seconds"]
    assert "…" not in body_text(leaflet) and "|" not in body_text(leaflet)
    assert leaflet.meta.number == "PHY-0388" and leaflet.meta.version == 3


def test_exercise_headings_fields_pictures_and_a_contact_block(tmp_path):
    leaflet, report = imported("phy-0412-knee-exercises-after-arthroscopy.txt", tmp_path)
    assert headings(leaflet) == [
        "Before you start",
        "Exercise 1: Heel slides",
        "Exercise 2: Static quadriceps",
        "Exercise 3: Straight leg raise",
        "Contact us",
    ]
    assert field_labels(leaflet) == [
        "seconds", "times", "seconds", "times", "Name of therapist:", "Date issued:"
    ]
    pictures = [b for b in leaflet.blocks if isinstance(b, DescribedPicture)]
    assert [p.description for p in pictures] == [
        "A person lying on their back on a bed, sliding one heel towards their bottom"
    ]
    assert any("line 12: a picture is described but not supplied" in w for w in report.warnings)
    assert "Tel: 0116 258 4848 Ext. 4848" in body_text(leaflet)
    assert (str(leaflet.meta.last_reviewed), str(leaflet.meta.next_review)) == (
        "November 2023", "November 2026"
    )


def test_a_reference_of_any_form_names_the_file_and_builds(project, capsys):
    source = project / "source"
    assert main(["import", str(LEAFLETS / "hey-665-methotrexate-tablets.txt"), "--version",
                 "2"]) == 0
    out = capsys.readouterr().out
    assert "line 3: leaflet details: number HEY-665/2021" in out
    written = source / "hey-665-2021-methotrexate-tablets.md"
    assert written.is_file()
    assert main(["build", "HEY-665/2021", "--format", "accessible-html"]) == 0
    assert (project / "outputs" / "hey-665-2021-methotrexate-tablets"
            / "hey-665-2021-v2-accessible-html.html").is_file()


def test_the_import_help_says_details_given_by_hand_win_over_the_file(capsys):
    """'leaflet import --help' said '(when the file does not say)' for --reference and the
    others, but a value typed on the command line replaces what the file says."""
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "when the file does not say" not in help_text
    for option in ("--reference", "--title", "--version", "--organisation"):
        assert option in help_text
    assert help_text.count("used instead of what the file says") == 8


def test_a_file_that_already_is_a_leaflet_source_is_refused(project, capsys, tmp_path):
    """A source with its front matter, imported again, had each front-matter line dropped as a
    masthead line and its review date lost ('language: en-GB' even the title's heading with
    --title): it is refused with one message saying to copy it into source/; a text leaflet
    opening on a rule of dashes, or on dashes over lines that are no details, is imported."""
    text = (
        "---\nnumber: PHY-0442\nversion: 3\ntitle: Stretches for your lower back\n"
        "department: Physiotherapy\nlast_reviewed: 2024-02\nnext_review: 2027-02\n"
        "language: en-GB\n---\n\n## Exercise 1: Flatten your back\n\nStand with your back "
        "against a wall. Do not hold your breath.\n"
    )
    path = tmp_path / "phy-0442-stretches.md"
    path.write_text(text, encoding="utf-8")
    for extra in ([], ["--title", "Stretches for your lower back"]):
        assert main(["import", str(path), *extra]) != 0
        out = capsys.readouterr()
        assert "is already a leaflet source: copy it into source/ instead" in out.err, out
        assert "Traceback" not in out.err
        assert not list((project / "source").glob("phy-0442*")), extra
    # dashes that are no front matter: a rule under the title, a rule round a note
    for opening in ("---\nCaring for your back\n---\n", "----------\nPhysiotherapy: read "
                    "this first\n---\n"):
        path.write_text(opening + "\nStand with your back against a wall. Do not hold your "
                        "breath.\n", encoding="utf-8")
        result = import_file(path, {"number": "PHY-0442", "version": "1",
                                    "department": "Physiotherapy"})
        assert any("against a wall" in block for block in result.body), result.body


def test_a_version_given_by_hand_is_kept_as_the_whole_number_the_leaflet_builds_with(
    project, capsys
):
    """`--version 2.1` was written to the front matter as '2.1', and every build of the leaflet
    then stopped on "version: Input should be a valid integer"."""
    source = project / "source"
    methotrexate = str(LEAFLETS / "hey-665-methotrexate-tablets.txt")
    assert main(["import", methotrexate, "--version", "2.1"]) == 0
    assert "version 2.1 is kept as 2" in capsys.readouterr().out
    assert "version: 2\n" in (source / "hey-665-2021-methotrexate-tablets.md").read_text()
    assert main(["build", "HEY-665/2021", "--format", "accessible-html"]) == 0
    capsys.readouterr()
    assert main(["import", methotrexate, "--version", "two", "--force"]) != 0
    out = capsys.readouterr()
    assert "version 'two' is not a version number" in out.err + out.out
    assert "Traceback" not in out.err


def test_when_a_leaflet_was_issued_and_who_wrote_it_can_be_given_by_hand(project, capsys):
    """There had been no way to give `issued` or `organisation` when the file does not say:
    `--issued "March 2024"` and `--organisation NAME` join `--reference`, `--version` and
    `--next-review`; a value that is no month, or no name, is refused in one clear message."""
    source = project / "source"
    warfarin = str(LEAFLETS / "2250-warfarin.txt")
    assert main(["import", warfarin, "--issued", "March 2024", "--organisation",
                 "Hull University Teaching Hospitals NHS Trust"]) == 0
    written = (source / "2250-taking-warfarin-safely.md").read_text()
    assert "issued: 2024-03\n" in written
    assert "organisation: Hull University Teaching Hospitals NHS Trust\n" in written
    leaflet = read_leaflet(source / "2250-taking-warfarin-safely.md", trust_parts)
    assert str(leaflet.meta.issued) == "March 2024"
    capsys.readouterr()
    for option, value, says in (
        ("--issued", "soon", "the issue date 'soon' is not a month"),
        ("--next-review", "next year", "the next review date 'next year' is not a month"),
        ("--organisation", "x" * 300, "is too long"),
        ("--organisation", "Hull\x07 Trust", "control character"),
    ):
        assert main(["import", warfarin, option, value, "--force"]) != 0, option
        out = capsys.readouterr()
        assert says in out.err and "Traceback" not in out.err, out.err
    assert "issued: 2024-03\n" in (source / "2250-taking-warfarin-safely.md").read_text()


def test_dashes_as_bullets_run_on_items_and_form_lines(tmp_path):
    leaflet, _ = imported("hey-665-methotrexate-tablets.txt", tmp_path, version="1")
    first = lists(leaflet)[0]
    assert len(first.items) == 3
    assert plain_text(first.items[1]).endswith("unless your doctor or nurse tells you to.")
    assert field_labels(leaflet) == ["Day of the week:", "Number of 2.5mg tablets:"]
    notice = [b for b in leaflet.blocks if isinstance(b, Notice)]
    assert notice and "ONCE A WEEK" in plain_text(notice[0].spans)


@pytest.mark.parametrize("bullet", ["➢", "➤", "►", "▶", "❖", "◆"])
def test_arrow_and_diamond_bullets_are_list_items(tmp_path, bullet):
    """Word's arrow and diamond bullets come through as text: they were kept as words, and the
    voice read "➢" as "three-d top-lighted rightwards arrowhead"."""
    result = _imported_text(
        tmp_path,
        "7302-after-your-hip-replacement.txt",
        "After your hip replacement\nOrthopaedics\n\nFor the first six weeks:\n\n"
        f"{bullet} Do not cross your legs.\n{bullet} Do not bend your hip past 90 degrees.\n"
        f"{bullet} Sleep on your back.\n\nCall the ward if your wound leaks.\n",
        "7302",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    items = [plain_text(item) for item in lists(leaflet)[0].items]
    assert items == [
        "Do not cross your legs.",
        "Do not bend your hip past 90 degrees.",
        "Sleep on your back.",
    ]


def test_word_symbol_bullets_in_a_text_file_are_list_items(tmp_path):
    """Text copied out of a trust's Word file or PDF keeps Word's bullets as private-use
    characters (U+F0B7 from Symbol, U+F0A7 and U+F0D8 from Wingdings): the first item was run
    into the sentence above it ("... until 2 hours before. \uf0b7 Bring a list ..."), the next
    a paragraph, each with a character no format reads. Each is an item, as in a PDF."""
    result = _imported_text(
        tmp_path, "1204-gastroscopy.txt",
        "Having a gastroscopy\nEndoscopy Unit\n\nBefore the test\n"
        "Do not eat anything for 6 hours before the test. You may drink water until 2 hours "
        "before.\n\uf0b7 Bring a list of your medicines.\n"
        "\uf0a7 Do not drive yourself home if you have sedation.\n"
        "\uf0d8 Wear loose, comfortable clothing.\n",
        "1204",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert [plain_text(item) for item in lists(leaflet)[0].items] == [
        "Bring a list of your medicines.",
        "Do not drive yourself home if you have sedation.",
        "Wear loose, comfortable clothing.",
    ]
    assert not re.search("[\ue000-\uf8ff]", result.markdown())


def test_a_symbol_of_no_known_meaning_mid_line_in_a_text_file_is_left_out_and_named(tmp_path):
    """Text copied out of a Word file keeps a symbol font's character in the middle of a line
    ("Shake the inhaler \uf04a and breathe out", Wingdings' smiling face; "\ue123" from a
    trust's own icon font): it had been kept with nothing said, a character no format can
    read. It is left out and named with its line, as a PDF's and a Word file's are; every
    other character stays, "µg" and "½" too."""
    result = _imported_text(
        tmp_path, "inhaler.txt",
        "Using your inhaler\nRespiratory Department\n\nHow to use it\n\n"
        "Shake the inhaler \uf04a and breathe out gently. Take ½ a breath in first.\n"
        "Do not use it \ue123 more than 8 times a day. Each puff is 100µg.\n",
        "RES-0042",
    )
    assert result.body[1:] == [
        "Shake the inhaler and breathe out gently. Take ½ a breath in first.",
        "Do not use it more than 8 times a day. Each puff is 100µg.",
    ], result.body
    said = [w for w in result.warnings if "symbol drawn" in w]
    assert [w.split(": ", 1)[1].split(" shows")[0] for w in said] == [
        "line 6: a symbol drawn in a symbol font U+F04A",
        "line 7: a symbol drawn in a symbol font U+E123",
    ], said


def test_a_blank_with_no_label_is_named_by_its_shape_its_hint_or_the_word_before(tmp_path):
    """A bare blank was labelled "to fill in", and the audio said "your care team will tell you
    the to fill in": a date's blank is ruled "__/__/____", a hint may follow it ("(time)"), and
    "at ____" asks for a time, "on ____" for a day."""
    result = _imported_text(
        tmp_path,
        "3107-after-a-tonsillectomy.txt",
        "After a tonsillectomy\nChildren's ENT\n\n"
        "The last dose was given at ________ and the next is due at ________.\n\n"
        "Your child can go back to school on __________ .\n\n"
        "Your appointment is on ____________ (date) at ________ (time).\n\n"
        "Your due date is: ___/___/______\n\n"
        "Bring ____________ with you.\n",
        "3107",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == [
        "time",
        "time",
        "date",
        "date",
        "time",
        "Your due date is:",
        "to fill in",
    ]
    from pipeline.formats.audio.speech_script import speech_script

    said = speech_script(leaflet).as_text()
    assert "(date)" not in said and "(time)" not in said
    assert "tell you the to fill in" not in said
    assert "Bring, your care team will fill this in, with you." in said


def test_a_title_set_over_three_lines_is_one_title(tmp_path):
    """ "Bowel preparation for your" / "colonoscopy (Moviprep) –" / "afternoon appointments":
    the third line was a heading of its own, a chapter called "afternoon appointments" that
    held the leaflet's Important notice, and the title was said ending in a dash."""
    result = _imported_text(
        tmp_path,
        "1142-bowel-preparation.txt",
        "Endoscopy Unit\nBowel preparation for your\ncolonoscopy (Moviprep) –\n"
        "afternoon appointments\n\nImportant: If you take warfarin, ring us.\n\n"
        "Why do I need bowel preparation?\n\nYour bowel must be empty for the test.\n",
        "1142",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.title == (
        "Bowel preparation for your colonoscopy (Moviprep) – afternoon appointments"
    )
    assert [plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Heading)] == [
        "Why do I need bowel preparation?"
    ]
    # a title's second line ending in brackets: "tendon repair (weeks 0–6)"
    result = _imported_text(
        tmp_path,
        "3391-hand-exercises.txt",
        "Exercises after finger flexor\ntendon repair (weeks 0–6)\nHand Therapy\n\nDo them.\n",
        "3391",
    )
    assert result.front_matter["title"] == "Exercises after finger flexor tendon repair (weeks 0–6)"
    # a bracket the title opens is closed on the next line
    result = _imported_text(
        tmp_path, "1142-docetaxel.txt", "Docetaxel chemotherapy (every 21\ndays)\nOncology\n", "11"
    )
    assert result.front_matter["title"] == "Docetaxel chemotherapy (every 21 days)"


def test_services_over_the_title_and_an_audience_named_in_its_own_words(tmp_path):
    """ "Maternity Services" over the title was taken as the title (a department's name ended
    "Service"), and "Information for pregnant women, ..." was read as the first sentence."""
    result = _imported_text(
        tmp_path,
        "MAT-077-your-babys-movements.txt",
        "Leeds Teaching Hospitals NHS Trust\nMaternity Services\n"
        "Your baby's movements – what you need to know\n"
        "Information for pregnant women, people and their birth partners\n\n"
        "Why are my baby's movements important?\n\nFeeling your baby move is a good sign.\n",
        "MAT-077",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.title == "Your baby's movements – what you need to know"
    assert leaflet.meta.department == "Maternity Services"
    assert leaflet.meta.audience == (
        "Information for pregnant women, people and their birth partners"
    )
    assert "Information for" not in " ".join(result.body)


def test_contact_lines_under_a_lead_in_stay_lines_of_their_own(tmp_path):
    """ "...day or night:" / "Tel: ..." / "Text: ..." / "Minicom: ..." ran on into one 60-word
    sentence, said with no pause between the numbers."""
    result = _imported_text(
        tmp_path,
        "MAT-077-your-babys-movements.txt",
        "Your baby's movements\nMaternity Services\n\n"
        "If your baby is moving less, do not wait until the next day to seek advice. Call the "
        "Maternity Assessment Centre straight away, any time of the day or night:\n"
        "Tel: 0113 206 5666 (24 hrs)\n"
        "Text: 07700 900 461 (for non-urgent questions only, Mon-Fri 9am-5pm)\n"
        "Minicom: 0113 392 6543\n\nWhat will happen when I come in?\n\nA midwife will see you.\n",
        "MAT-077",
    )
    body = [line for line in result.body if line.strip()]
    assert body[0].endswith("any time of the day or night:")
    assert body[1:4] == [
        "Tel: 0113 206 5666 (24 hrs)",
        "Text: 07700 900 461 (for non-urgent questions only, Mon-Fri 9am-5pm)",
        "Minicom: 0113 392 6543",
    ]


def test_a_department_under_the_title_with_its_ward_in_brackets(tmp_path):
    """ "Children's ENT Service (Ward E39 / Day Case Unit)" under the title was a heading, a
    chapter that said only its name, and the hospital's name above the title the department."""
    path = write_word(
        tmp_path / "ENT-0318-tonsillectomy.docx",
        [
            ("para", "Nottingham Children's Hospital"),
            ("title", "Caring for your child after a tonsillectomy"),
            ("para", "Children's ENT Service (Ward E39 / Day Case Unit)"),
            ("para", "Information for parents and carers"),
            ("heading", "Pain relief"),
            ("para", "Give pain relief regularly, by the clock."),
        ],
    )
    result = import_file(path, {"number": "ENT-0318", "version": "1"})
    assert result.front_matter["department"] == "Children's ENT Service (Ward E39 / Day Case Unit)"
    assert [line for line in result.body if line.startswith("## ")] == ["## Pain relief"]


def test_a_blank_ruled_in_groups_is_one_blank(tmp_path):
    """ "NHS number: ___ ___ ____" made three fields, two of them unnamed, and "____/____/20____"
    two fields with "/20" left between them."""
    result = _imported_text(
        tmp_path,
        "0913-your-rescue-pack.txt",
        "Your rescue pack\nRespiratory Team\n\nNHS number: ___ ___ ____\n\n"
        "Date started: ____/____/20____\n",
        "0913",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == ["NHS number:", "Date started:"]


def test_an_nhs_number_blank_with_no_colon_is_an_nhs_number(tmp_path):
    """ "Patient's NHS no. ______________" and "NHS No ____________" on a record card, with no
    colon after them, were blanks "to fill in", so an NHS number written in them was never
    checked (a wrong digit printed on the patient's card); "Hospital number ____" too lost its
    name. Each such number before its blank names it, as "NHS number:" does, and "Your NHS
    number is ____" asks for one; a name, a date and a count keep their labels."""
    from pipeline.sources.fill import leaflet_fields_of

    result = _imported_text(
        tmp_path, "ANT-0101-your-anticoagulation-record.txt",
        "Your anticoagulation record\nAnticoagulation Clinic\n\nAbout you\n\n"
        "Name: ______________\nPatient's NHS no. ______________\nHospital number ____________"
        "\nNHS No ___ ___ ____\n\nPlease bring this record to every appointment. Your NHS "
        "number is __________ on your letter.\n\nYour dose\n\nTake ____ mg of warfarin each "
        "evening.\n",
        "ANT-0101",
    )
    assert "[Patient's NHS no.]{.field}" in result.body, result.body
    assert "[Hospital number]{.field}" in result.body and "[NHS No]{.field}" in result.body
    assert "Your NHS number is [NHS number]{.field} on your letter." in result.markdown()
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == [
        "Name:", "Patient's NHS no.", "Hospital number", "NHS No", "NHS number", "mg",
    ]
    fields = leaflet_fields_of(leaflet)
    for field in (fields[1], fields[3], fields[4]):
        assert field.check("9434765919") == "943 476 5919"
        with pytest.raises(LeafletError, match="last digit does not match"):
            field.check("943 476 5918")
    assert fields[2].check("RX1 234567") == "RX1 234567"  # a hospital number is no NHS number


def test_a_lead_in_that_bans_or_leads_into_a_ban_is_never_a_blank(tmp_path):
    """ "For 24 hours after your sedation:" straight over "You must not:", and a lone "Do not:"
    over sentences, were each a blank for the care team to fill in ("[Do not:]{.field}"), said
    as a blank by the audio, the words lost. Labels of a place to write stay blanks."""
    result = _imported_text(
        tmp_path,
        "9001-gastroscopy-with-sedation.txt",
        "Having a gastroscopy with sedation\nEndoscopy Unit\n\nAfter your test\n\n"
        "For 24 hours after your sedation:\nYou must not:\n- drive a car or ride a bike\n"
        "- drink alcohol\n\nYour plaster cast\n\nDo not:\n\nGet the cast wet.\n\n"
        "Push anything down the cast to scratch.\n\nAfter 2 weeks\n\nFor 6 weeks you must not:"
        "\n\nDo not:\n\nLift anything heavy.\n\nYour nurse\n\nName of nurse:\n"
        "Contact number:\n\nReason if not given:\n",
        "9001",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == ["Name of nurse:", "Contact number:", "Reason if not given:"]
    for said in ("For 24 hours after your sedation:", "Do not:", "For 6 weeks you must not:"):
        assert said in result.body


def test_a_ban_under_a_lead_in_is_never_a_heading_over_its_items(tmp_path):
    """ "For 24 hours after your sedation:" / "You must not:" / "- drive" ... in a leaflet with
    headings made "### You must not" a heading, the 24 hours cut off from the bans they govern
    (in the audio, a section of its own; in print, the condition over a heading). A ban under a
    lead-in leads into its items with it, as in a leaflet with no headings; a bare "Do not"
    ending its section with no lead-in over it stays a heading."""
    result = _imported_text(
        tmp_path,
        "9011-colonoscopy-with-sedation.txt",
        "Having a colonoscopy with sedation\nEndoscopy Unit\n\nAfter your test\n"
        "For 24 hours after your sedation:\nYou must not:\n- drive a car or ride a bike\n"
        "- drink alcohol\n- sign any legal papers\n\nLooking after your wound\n\n"
        "Keep the dressing on for 2 days.\n\nUntil your wound has healed:\nDo not\n- swim\n"
        "- have a bath\n\n"
        "Your medicines\n\nKeep taking your usual tablets.\n\nDo not:\n"
        "- stop your blood thinners without asking us\n\nContact us\n\n"
        "Endoscopy Unit: 01632 960 410\n",
        "9011",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == [
        "After your test", "Looking after your wound", "Your medicines", "Do not", "Contact us",
    ], result.body
    markdown = result.markdown()
    assert (
        "For 24 hours after your sedation:\n\n- You must not drive a car or ride a bike\n"
        "- You must not drink alcohol\n- You must not sign any legal papers\n"
    ) in markdown, markdown
    assert "Until your wound has healed:\n\n- Do not swim\n- Do not have a bath\n" in markdown


def test_a_lead_in_over_a_line_ending_in_a_colon_is_no_blank(tmp_path):
    """ "For 24 hours after your sedation:" straight over "Someone must stay with you:" was a
    blank for the care team to fill in ("[For 24 hours after your sedation:]{.field}"), said as
    a place to write, the 24 hours lost. A line over another ending in a colon is a lead-in
    unless it names what to write ("Name of nurse:" over "Contact number:")."""
    result = _imported_text(
        tmp_path,
        "9012-going-home-after-sedation.txt",
        "Going home after sedation\nDay Case Unit\n\nGoing home\n\n"
        "For 24 hours after your sedation:\nSomeone must stay with you:\n"
        "- to help you get home safely\n- to look after you overnight\n\n"
        "When you get home:\nYou will need:\n- plenty of rest\n- a light meal\n\n"
        "After your operation:\n\nYou should rest at home for a week.\n\n"
        "Your nurse\n\nName of nurse:\nContact number:\n",
        "9012",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == ["Name of nurse:", "Contact number:"], result.body
    for said in (
        "For 24 hours after your sedation:", "Someone must stay with you:",
        "When you get home:", "You will need:", "After your operation:",
    ):
        assert said in result.body, result.body


def test_a_sentence_wrapped_after_you_must_not_is_no_list(tmp_path):
    """A narrow column's "You must not become pregnant or" / "father a child during treatment
    and" / ... / "condom for the first 48–72 hours" was a heading over a list, each line given
    "You must not become pregnant or": "... or condom for the first 48–72 hours"."""
    result = _imported_text(
        tmp_path,
        "ONC-0347-docetaxel.txt",
        "Docetaxel chemotherapy\nOncology\n\nFertility, pregnancy and sex\n\n"
        "You must not become pregnant or\nfather a child during treatment and\n"
        "for 6 months afterwards. Use a\ncondom for the first 48–72 hours\nafter each dose.\n",
        "ONC-0347",
    )
    assert "You must not become pregnant or father a child during treatment and for 6 months " \
        "afterwards. Use a condom for the first 48–72 hours after each dose." in result.body
    assert not any(line.startswith("- ") for line in result.body)


def test_a_ban_wrapped_in_a_narrow_column_before_its_condition_is_one_sentence(tmp_path):
    """An A5 warfarin leaflet in two columns: "Do not take aspirin or ibuprofen" / "unless a
    doctor says you can." had been a list of one, "- Do not take aspirin ...", warned of as a
    list whose items each begin "Do not take aspirin or ibuprofen"; the same two lines in a
    text file likewise."""
    import weasyprint

    sections = [
        ("How to take it", [
            "Take your warfarin at the same time every day, usually at 6pm.",
            "Do not stop taking warfarin unless your doctor tells you to.",
        ]),
        ("Other medicines", [
            "Do not take aspirin or ibuprofen unless a doctor says you can.",
            "Paracetamol is usually safe. Do not take more than 8 tablets in 24 hours.",
        ]),
        ("When to get help", ["Call the anticoagulant clinic if your gums bleed."]),
    ]
    body = "".join(
        f"<h2>{heading}</h2>" + "".join(f"<p>{said}</p>" for said in paragraphs)
        for heading, paragraphs in sections
    )
    html = (
        "<html><head><style>@page { size: A5; margin: 15mm 12mm } body { font: 10pt sans-serif }"
        "main { columns: 2; column-gap: 6mm } h2 { font-size: 12pt }</style></head><body>"
        "<h1>Taking warfarin safely</h1><p>Anticoagulant Clinic</p>"
        f"<p>Leaflet number: HAE-0417 Version: 4</p><main>{body}</main></body></html>"
    )
    path = tmp_path / "warfarin.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    text = tmp_path / "warfarin.txt"
    text.write_text(
        "Taking warfarin safely\nAnticoagulant Clinic\n\nOther medicines\n\n"
        "Do not take aspirin or ibuprofen\nunless a doctor says you can.\n\n"
        "Paracetamol is usually safe.\n"
    )
    for source in (path, text):
        result = import_file(source, {})
        assert "Do not take aspirin or ibuprofen unless a doctor says you can." in result.body
        assert not any(line.startswith(("- ", "#")) and "aspirin" in line for line in result.body)
        assert not any("items of the list" in warning for warning in result.warnings)


def test_a_right_columns_lines_are_not_indented():
    """Each line of a PDF's right column was "indented" by half a page (measured from the left
    column's edge), so a paragraph there could run on into the list item before it."""
    from pipeline.sources.importers.pdf import _Line, _source_lines

    def line(top: float, x0: float, text: str) -> _Line:
        return _Line(1, top, top + 12, x0, text, 11.0, False)

    left = [line(100 + 17 * n, 90, f"Left column line {n} goes on") for n in range(8)]
    right = [line(100 + 17 * n, 324, f"Right column line {n} goes on") for n in range(8)]
    bullet = [line(260, 102, "an item's text set in from the edge")]
    lines = _source_lines(left + bullet + right)
    indents = {source.text: source.indent for source in lines if not source.blank}
    assert indents["Right column line 0 goes on"] == 0
    assert indents["Left column line 3 goes on"] == 0
    assert indents["an item's text set in from the edge"] > 0


def test_an_items_wrapped_line_and_a_name_under_a_heading_are_not_headings():
    """ "• Day 1: docetaxel infusion in the" / "Day Treatment Unit (DTU)" made the second line a
    chapter and cut the item off at "in the"; "Dr A Patel, Consultant Oncologist" under the
    heading "Your chemotherapy team" was a chapter that left the section empty."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    texts = [
        ("Docetaxel chemotherapy", 0, 1), ("", 0, None), ("Your treatment plan", 0, 2),
        ("", 0, None), ("• Day 1: docetaxel infusion in the", 0, None),
        ("Day Treatment Unit (DTU)", 3, None), ("• Days 1–3: dexamethasone 8mg", 0, None),
        ("twice a day", 3, None), ("", 0, None), ("Your chemotherapy team", 0, 2), ("", 0, None),
        ("Dr A Patel, Consultant Oncologist", 0, None), ("(secretary: 01865 235 741)", 0, None),
    ]
    lines = [
        SourceLine(text, f"line {n}", indent, heading) if text else SourceLine("", f"line {n}")
        for n, (text, indent, heading) in enumerate(texts, start=1)
    ]
    result = recover(lines, "onc.pdf", {"number": "ONC-0347", "version": "1", "department": "Onc"})
    assert [line for line in result.body if line.startswith("#")] == [
        "## Your treatment plan",
        "## Your chemotherapy team",
    ]
    assert "- Day 1: docetaxel infusion in the Day Treatment Unit (DTU)" in result.body[1]


def test_a_long_first_line_that_is_a_sentence_or_a_paragraphs_start_is_no_title(tmp_path):
    """A first line of more than 15 words is the title only when it is no sentence: one that
    ends in a full stop, opens 'You ...', or goes on in lower case on the next line stays
    the leaflet's text."""
    for first in (
        "You have been given this leaflet because your doctor has asked you to have a test "
        "called a colonoscopy.\n",
        "Your doctor has asked you to have a test called a colonoscopy to look at the inside "
        "of your large\nbowel with a camera.\n",
    ):
        result = _imported_text(tmp_path, "3402-leaflet.txt", first, "3402")
        assert "title" not in result.front_matter
        assert "colonoscopy" in " ".join(result.body)


def test_a_trusts_name_wrapped_before_trust_is_one_name_over_or_under_the_title(tmp_path):
    """A narrow masthead's "Northfield Teaching Hospitals NHS" over "Trust": the first half had
    been the title (over it) or a line of the text with "Trust" under it (under it), and the
    trust and the department unknown."""
    for text in (
        "Northfield Teaching Hospitals NHS\nTrust\nCardiac Rehabilitation Team\n\n"
        "Cardiac rehabilitation after your heart attack\n\nYour heart needs time to heal.\n",
        "Cardiac rehabilitation after your heart attack\n\nNorthfield Teaching Hospitals NHS\n"
        "Trust\nCardiac Rehabilitation Team\n\nYour heart needs time to heal.\n",
    ):
        result = _imported_text(tmp_path, "CAR-0331-rehab.txt", text, "CAR-0331")
        assert (
            result.front_matter["title"], result.front_matter["department"],
            result.front_matter["organisation"],
        ) == (
            "Cardiac rehabilitation after your heart attack", "Cardiac Rehabilitation Team",
            "Northfield Teaching Hospitals NHS Trust",
        )
        assert result.body == ["Your heart needs time to heal."]


@pytest.mark.parametrize(
    "text, title, department",
    [
        # a title ending in a department's word is no department over the title
        (
            "Your appointment at the Fracture Clinic\n\nSheffield Teaching Hospitals NHS "
            "Foundation Trust\nNorthern General Hospital - Fracture Clinic, Orthopaedic "
            "Outpatients\n\nYou have been referred to the clinic.\n",
            "Your appointment at the Fracture Clinic",
            "Northern General Hospital - Fracture Clinic, Orthopaedic Outpatients",
        ),
        # a department's name with what it stands for in brackets
        (
            "Feeling low or worried? Help for young people\n\nLeeds and York Partnership NHS "
            "Foundation Trust\nCAMHS (Child and Adolescent Mental Health Services) - Leeds "
            "Community Team\n\nIt is normal to feel low sometimes.\n",
            "Feeling low or worried? Help for young people",
            "CAMHS (Child and Adolescent Mental Health Services) - Leeds Community Team",
        ),
        (
            "Eastfield Health NHS Foundation Trust\nQueen Mary's Hospital, Eastfield - Eye Unit "
            "(Ophthalmology)\nInformation for patients\n\nUSING YOUR EYE DROPS AFTER CATARACT "
            "SURGERY\n\nThis leaflet explains how to use your eye drops.\n",
            "Using your eye drops after cataract surgery",
            "Queen Mary's Hospital, Eastfield - Eye Unit (Ophthalmology)",
        ),
        (
            "Radiology Department – Imaging Services\nHaving an MRI or CT scan with contrast "
            "(dye)\n\nYou have been asked to come for a scan.\n",
            "Having an MRI or CT scan with contrast (dye)",
            "Radiology Department – Imaging Services",
        ),
        (
            "Riverside Children's Hospital | Paediatric Allergy Clinic\nInformation for parents "
            "and carers\nYour child's allergy action plan\n\nThis plan tells you what to do.\n",
            "Your child's allergy action plan",
            "Riverside Children's Hospital | Paediatric Allergy Clinic",
        ),
        # a title of more than 15 words is still the title, when nothing else is
        (
            "Having a colonoscopy with sedation: information for patients who are having their "
            "test at the endoscopy unit\nEndoscopy Unit\n\n"
            "A colonoscopy is a test to look inside your large bowel.\n",
            "Having a colonoscopy with sedation: information for patients who are having their "
            "test at the endoscopy unit",
            "Endoscopy Unit",
        ),
        (
            "Northfield Teaching Hospitals NHS Trust\nStarting warfarin tablets to thin your "
            "blood after a clot in your leg or lung, and the blood tests you will need\n"
            "Anticoagulation Clinic\n\nWarfarin stops clots forming.\n",
            "Starting warfarin tablets to thin your blood after a clot in your leg or lung, and "
            "the blood tests you will need",
            "Anticoagulation Clinic",
        ),
    ],
)
def test_the_title_and_the_department_in_a_text_files_masthead(tmp_path, text, title, department):
    """(Also "Queen Mary's Hospital, Eastfield - Eye Unit (Ophthalmology)" and "Riverside
    Children's Hospital | Paediatric Allergy Clinic" over the title: they were taken as titles,
    counted as too long for a department's name by their dash and bar.)"""
    path = tmp_path / "3306-leaflet.txt"
    path.write_text(text, "utf-8")
    result = import_file(path, {"number": "3306", "version": "1"})
    assert (result.front_matter["title"], result.front_matter["department"]) == (title, department)
    assert not any(line.startswith("#") for line in result.body)


def test_a_health_boards_name_in_words_title_style_is_the_masthead(tmp_path):
    """A Welsh board's bilingual name set in Word's Title style was taken as the title, and the
    leaflet's title, "YOUR COPD RESCUE PACK", became its first chapter."""
    path = write_word(
        tmp_path / "0912-your-copd-rescue-pack.docx",
        [
            ("title", "Bwrdd Iechyd Prifysgol Caerdydd a’r Fro\nCardiff and Vale University "
             "Health Board"),
            ("para", "Community Respiratory Team"),
            ("heading", "YOUR COPD RESCUE PACK"),
            ("para", "Patient information"),
            ("heading", "What is a rescue pack?"),
            ("para", "A rescue pack is medicine to keep at home for a COPD flare-up."),
        ],
    )
    result = import_file(path, {"number": "0912", "version": "1"})
    assert result.front_matter["title"] == "Your COPD rescue pack"
    assert result.front_matter["department"] == "Community Respiratory Team"
    # the board wrote it: named as its title names it (both languages, run together by Word)
    assert result.front_matter["organisation"].endswith("Cardiff and Vale University Health Board")
    assert [line for line in result.body if line.startswith("#")] == ["## What is a rescue pack?"]
    # in a text file, the board's name in Welsh alone on the first line, and a Scottish
    # board's name, had been the title (said first, in the English voice)
    for board in ("Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg", "NHS Greater Glasgow and Clyde"):
        text = (
            f"{board}\n\nMaternity Services\n\nYour baby's movements in pregnancy\n\n"
            "Most women first feel their baby move between 16 and 24 weeks.\n"
        )
        result = _imported_text(tmp_path, "movements.txt", text, "MAT-0231")
        assert result.front_matter["title"] == "Your baby's movements in pregnancy", board
        assert result.front_matter["organisation"] == board  # who wrote it, not the text
        assert board not in "\n".join(result.body)
    # a department named by its place and specialties, or by specialties alone, over the title
    for department in ("Leicester Cancer Centre - Oncology and Haematology",
                       "Oncology and Haematology"):
        text = (
            f"{department}\nNeutropenic sepsis: when to get help\n\n"
            "Chemotherapy can lower the number of white blood cells that fight infection.\n"
        )
        result = _imported_text(tmp_path, "sepsis.txt", text, "ONC-0907")
        assert result.front_matter["title"] == "Neutropenic sepsis: when to get help"
        assert result.front_matter["department"] == department
    text = "Diabetes\nInformation for patients\n\nDiabetes means your blood sugar is high.\n"
    assert _imported_text(tmp_path, "d.txt", text, "D-1").front_matter["title"] == "Diabetes"
    # a first heading spoken to the reader under the title is no department ("Your medicines"
    # had been, said after the trust's name, and its section lost its chapter)
    text = (
        "Urology Department\nInformation for patients\n\nKidney stones: your discharge plan\n"
        "==================================\n\nLeaflet number: URO-0453  Version: 2\n\n"
        "Your medicines\n--------------\nTake tamsulosin 400 micrograms once a day.\n\n"
        "When to get help\n----------------\nGo to A&E if you have a fever.\n"
    )
    result = _imported_text(tmp_path, "stones.txt", text, "URO-0453")
    assert result.front_matter.get("department") != "Your medicines"
    assert "## Your medicines" in result.markdown()


_BCU_WELSH = "Bwrdd Iechyd Prifysgol Betsi Cadwaladr"
_BCU = "Betsi Cadwaladr University Health Board"


def test_a_welsh_boards_name_in_both_languages_is_its_english_name_and_never_the_title(
    tmp_path,
):
    """A Welsh board's leaflet names it in Welsh and English: over every page of a PDF, the
    Welsh at the left and the English at the right, the two had been run together ("Bwrdd
    Iechyd Prifysgol Betsi Cadwaladr Betsi Cadwaladr Unive...") and dropped, the leaflet
    announced as the running trust's; a line each over the title, the Welsh was taken as the
    author; on one line with a slash between, both were the title. The board is its English
    name, every time, and neither is read as text."""
    import weasyprint

    style = (
        "@page { size: A4; margin: 30mm 20mm; @top-left { content: 'WELSH'; font-size: 9pt }"
        " @top-right { content: 'ENGLISH'; font-size: 9pt } @bottom-right { content: 'Page '"
        " counter(page) ' of ' counter(pages); font-size: 8pt } }"
        " body { font: 11pt sans-serif }"
    ).replace("WELSH", _BCU_WELSH).replace("ENGLISH", _BCU
    )
    html = (
        f"<html><head><style>{style}</style></head><body><h1>Looking after your plaster "
        "cast</h1><p>Fracture Clinic</p><p>Leaflet number: BCU-0412 Version: 2</p>"
        "<h2>Keeping your cast dry</h2><p>Do not get your cast wet. Cover it with a plastic "
        "bag when you wash.</p><div style='page-break-before: always'></div><h2>When to get "
        "help</h2><p>Come back to the clinic straight away if your fingers go blue or numb."
        "</p></body></html>"
    )
    pdf = tmp_path / "bcu-cast.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf)
    word = write_word(tmp_path / "BCU-0412-cast.docx", [
        ("para", _BCU_WELSH), ("para", _BCU), ("title", "Looking after your plaster cast"),
        ("para", "Fracture Clinic"), ("heading", "Keeping your cast dry"),
        ("para", "Do not get your cast wet. Cover it with a plastic bag when you wash."),
    ])
    text = tmp_path / "BCU-0412-cast.txt"
    text.write_text(
        f"{_BCU_WELSH} / {_BCU}\n\nLooking after your plaster cast\n\nFracture Clinic\n\n"
        "Keeping your cast dry\n\nDo not get your cast wet. Cover it with a plastic bag when "
        "you wash.\n",
        encoding="utf-8",
    )
    for path in (pdf, word, text):
        result = import_file(path, {"number": "BCU-0412", "version": "2"})
        assert result.front_matter["organisation"] == _BCU, path.name
        assert result.front_matter["title"] == "Looking after your plaster cast", path.name
        assert result.front_matter["department"] == "Fracture Clinic", path.name
        assert "Betsi" not in result.markdown().split("---")[-1], path.name
        assert "## Keeping your cast dry" in result.body, path.name
        assert not [w for w in result.warnings if "organisation" in w], path.name


@pytest.mark.parametrize("welsh_first", [True, False])
def test_a_bilingual_leaflets_title_is_its_english_one_and_the_welsh_is_left_to_a_person(
    tmp_path, welsh_first
):
    """A Welsh board's bilingual leaflet sets "Gofalu am eich cast" over "Looking after your
    cast" (or under it): the Welsh had been the title, the English title a line of the text
    and the department lost; under the title, the Welsh was read as English. In a text file,
    Word's Title style, a Word title in large bold type and a PDF's largest type alike."""
    import weasyprint

    welsh, english = "Gofalu am eich cast", "Looking after your cast"
    titles = [welsh, english] if welsh_first else [english, welsh]
    rest = [
        ("para", "Fracture Clinic"), ("para", "Leaflet number: ORT-0212 Version: 3"),
        ("heading", "How to look after your cast"),
        ("para", "Keep your cast dry. Do not push anything down the cast to scratch."),
    ]
    text = tmp_path / "cast.txt"
    text.write_text("\n".join(titles) + "\n" + "\n\n".join(said for _, said in rest) + "\n")
    styled = write_word(tmp_path / "cast.docx", [("title", said) for said in titles] + rest)
    large = write_word(tmp_path / "cast-large.docx", [("large", said) for said in titles] + rest)
    html = (
        "<html><head><style>body { font: 12pt sans-serif } h1 { font-size: 22pt }</style></head>"
        f"<body><h1>{titles[0]}<br>{titles[1]}</h1>"
        + "".join(f"<h2>{s}</h2>" if k == "heading" else f"<p>{s}</p>" for k, s in rest)
        + "</body></html>"
    )
    pdf = tmp_path / "cast.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf)
    for path in (text, styled, large, pdf):
        result = import_file(path, {})
        assert result.front_matter["title"] == english, path.name
        assert result.front_matter["department"] == "Fracture Clinic", path.name
        markdown = result.markdown().split("---")[-1]
        assert "Gofalu" not in markdown and english not in markdown, path.name
        assert "Keep your cast dry. Do not push anything down the cast to scratch." in markdown
        assert [w for w in result.warnings if f"'{welsh}', the title in Welsh" in w], path.name


_HULL = "Hull University Teaching Hospitals NHS Trust"
_HUMBER = "Humber Teaching NHS Foundation Trust"
_STOMA = (
    "Caring for your stoma at home\n\nStoma Care Service\n\nChanging your bag\n\nEmpty your "
    "bag when it is a third full. Do not let it fill up.\n\nContact us\n\nStoma nurses: "
    "01482 123 456\n\n"
)


@pytest.mark.parametrize("text", [
    f"{_HULL}\n\n{_STOMA}This leaflet was produced by {_HUMBER} in partnership with {_HULL}.\n",
    f"{_HULL}\n\n{_STOMA}\u00a9 {_HUMBER} 2025\n",
    f"{_STOMA}Produced by {_HUMBER} in partnership with {_HULL}\n",
    f"{_HUMBER} in partnership with {_HULL}\n\n{_STOMA}",
], ids=["partner-over-the-title", "copyright", "long-produced-by", "masthead-partnered"])
def test_of_two_trusts_named_the_one_the_leaflet_says_wrote_it_is_its_author(tmp_path, text):
    """A stoma leaflet naming two trusts: the partner's name over the title had been taken for
    the author where the leaflet's foot said "© Humber Teaching NHS Foundation Trust" or
    "produced by Humber ... in partnership with Hull ..." (a line too long to be read for its
    author, and kept as text); "Humber ... in partnership with Hull ..." over the title had been
    the author's name whole. The trust the leaflet says wrote it is the author."""
    result = _imported_text(tmp_path, "stoma.txt", text + "\nLeaflet number: URO-0310\n", "X")
    assert result.front_matter["organisation"] == _HUMBER
    assert not [line for line in result.body if "Trust" in line], result.body
    assert not [w for w in result.warnings if "organisation" in w], result.warnings


def test_of_two_trusts_the_one_over_every_page_or_after_a_copyright_is_its_author(tmp_path):
    """A PDF with a partner's name over its title on the first page and "Humber Teaching NHS
    Foundation Trust" in the footer of every page, and a Word file with the partner in its page
    header and "© Humber ..." in its footer: the first named had been the author, in both. Two
    trusts named alike, with nothing saying which wrote the leaflet, are asked about."""
    import weasyprint

    style = (
        "@page { size: A4; margin: 30mm 20mm; @bottom-left { content: 'TRUST'; font-size: 8pt"
        " } @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: "
        "8pt } } body { font: 11pt sans-serif } .m { font-size: 10pt }"
    ).replace("TRUST", _HUMBER
    )
    html = (
        f"<html><head><style>{style}</style></head><body><p class='m'>{_HULL}</p><h1>Caring "
        "for your stoma at home</h1><p>Stoma Care Service</p><h2>Changing your bag</h2><p>Empty"
        " your bag when it is a third full. Do not let it fill up.</p><div style='page-break-"
        "before: always'></div><h2>Contact us</h2><p>Stoma nurses: 01482 123 456</p><p>Leaflet "
        "number: URO-0310 Version: 1</p></body></html>"
    )
    pdf = tmp_path / "stoma.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf)
    word = write_word(tmp_path / "URO-0310-stoma.docx", [
        ("header", _HULL), ("footer", f"\u00a9 {_HUMBER} 2025"),
        ("title", "Caring for your stoma at home"), ("para", "Stoma Care Service"),
        ("heading", "Changing your bag"),
        ("para", "Empty your bag when it is a third full. Do not let it fill up."),
        ("para", "Leaflet number: URO-0310 Version 1"),
    ])
    for path in (pdf, word):
        result = import_file(path, {})
        assert result.front_matter["organisation"] == _HUMBER, path.name
        assert not [w for w in result.warnings if "organisation" in w], path.name
    # both over the title, nothing more said: the first is kept, and a person asked
    result = _imported_text(tmp_path, "stoma.txt", f"{_HULL}\n{_HUMBER}\n\n{_STOMA}", "X")
    assert result.front_matter["organisation"] == _HULL
    assert [w for w in result.warnings if f"names '{_HULL}' and '{_HUMBER}'" in w
            and "set 'organisation:'" in w], result.warnings
    # ... unless a person gave it
    result = import_file(tmp_path / "stoma.txt", {"number": "X", "organisation": _HUMBER})
    assert result.front_matter["organisation"] == _HUMBER
    assert not [w for w in result.warnings if "organisation" in w], result.warnings


def test_an_answer_in_two_paragraphs_and_an_answer_that_is_a_table(tmp_path):
    """A second "A:" under the same question was kept, and said "Answer: ..." after the
    answer; "Q: How much should I take on sick days?" over a table of doses, with no "A:",
    stayed a line of text, and the table sat under the question before it."""
    result = _imported_text(
        tmp_path,
        "0144-steroid-sick-day-rules.txt",
        "Steroid sick day rules\nEndocrinology Department\n\nFrequently asked questions\n\n"
        "Q: What if I am sick (vomiting)?\nA: If you vomit within 30 minutes, take the dose "
        "again.\nA: If you vomit a second time, inject your emergency hydrocortisone.\n\n"
        "Q: How much should I take on sick days?\n\nUsual dose\tSick day dose\n"
        "10mg twice a day\t20mg twice a day\n5mg\t10mg\n\n"
        "Q: Should I carry anything with me?\nA: Always carry your Steroid Emergency Card.\n",
        "0144",
    )
    assert result.body[:5] == [
        "## Frequently asked questions",
        "### What if I am sick (vomiting)?",
        "If you vomit within 30 minutes, take the dose again.",
        "If you vomit a second time, inject your emergency hydrocortisone.",
        "### How much should I take on sick days?",
    ]
    assert result.body[5].startswith("| Usual dose | Sick day dose |")
    assert result.body[6:] == [
        "### Should I carry anything with me?", "Always carry your Steroid Emergency Card."
    ]


def test_questions_and_answers_become_headings_and_their_answers(tmp_path):
    """ "Q: What is CAMHS?" / "A: ..." were one long chapter of text; each question heads its
    answer (a section of its own, or under a "Questions and answers" heading)."""
    result = _imported_text(
        tmp_path,
        "7720-feeling-low.txt",
        "Feeling low or worried?\nCAMHS Team\n\nQ: What is CAMHS?\nA: CAMHS is a team of "
        "people who help young people.\n\nQ: Will you tell my parents?\nA: What you tell us "
        "is private.\n",
        "7720",
    )
    assert result.body == [
        "## What is CAMHS?",
        "CAMHS is a team of people who help young people.",
        "## Will you tell my parents?",
        "What you tell us is private.",
    ]
    result = _imported_text(
        tmp_path,
        "7721-bowel-preparation.txt",
        "Bowel preparation\nEndoscopy Unit\n\nQuestions and answers\n\nQ. Can I drive home?"
        "\nA. No. Someone must take you home.\n",
        "7721",
    )
    assert result.body == [
        "## Questions and answers",
        "### Can I drive home?",
        "No. Someone must take you home.",
    ]
    # under a heading that is no heading of questions, the questions are sections still: they
    # had sat under "What is a flexible cystoscopy?", the recording one chapter long
    result = _imported_text(
        tmp_path,
        "uro-0145-cystoscopy.txt",
        "Having a flexible cystoscopy\n\nWhat is a flexible cystoscopy?\nA test to look inside "
        "your bladder.\n\nQ: Can I drive home?\nA: Yes.\n\nQ: What should I look out for?\n"
        "A: If you cannot pass urine, call the ward.\n",
        "URO-0145",
    )
    assert [line for line in result.body if line.startswith("#")] == [
        "## What is a flexible cystoscopy?",
        "## Can I drive home?",
        "## What should I look out for?",
    ]


def test_a_table_row_split_over_a_page_break_is_one_row():
    """ "More than 1 | Low white blood cells," at a page's foot and "in 10 (10%) | hair loss" at
    the next page's head were two rows: "How common: More than one. ... How common: in ten"."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    rows = [
        ("How common", "Side effect", "page 1, line 50"),
        ("More than 1", "Low white blood cells,", "page 1, line 51"),
        ("in 10 (10%)", "hair loss, tiredness", "page 2, line 1"),
        ("Rare (1 in 1,000)", "Eye problems", "page 2, line 2"),
    ]
    lines = [SourceLine("Side effects", "page 1, line 48", heading=2)] + [
        SourceLine(f"{a} | {b}", where, cells=(a, b), header_row=n == 0)
        for n, (a, b, where) in enumerate(rows)
    ]
    result = recover(lines, "onc.pdf", {"number": "ONC-0347", "version": "1", "department": "Onc"})
    table = next(block for block in result.body if block.startswith("| How common"))
    assert "| More than 1 in 10 (10%) | Low white blood cells, hair loss, tiredness |" in table
    assert "| Rare (1 in 1,000) | Eye problems |" in table


def test_a_numbered_item_wrapped_mid_sentence_stays_one_item(tmp_path):
    """ "1. ... If you use a" / "FreeStyle Libre 2 or Dexcom G7 sensor, ..." was cut at "If you
    use a." and the rest said after a pause, as was an item wrapped after a comma."""
    result = _imported_text(
        tmp_path,
        "1877-sick-day-rules.txt",
        "Sick day rules\nDiabetes Centre\n\nWhat to do\n\n"
        "1. Check your blood glucose every 2-4 hours, day and night. If you use a\n"
        "FreeStyle Libre 2 sensor, confirm high readings with a finger-prick test.\n"
        "2. If you can't eat, replace meals with 10-20g of carbohydrate, e.g. 150ml fruit juice,\n"
        "200ml milk or 1 scoop of ice cream.\n3. Rest.\n",
        "1877",
    )
    items = next(block for block in result.body if block.startswith("1. ")).split("\n")
    assert items == [
        "1. Check your blood glucose every 2-4 hours, day and night. If you use a FreeStyle "
        "Libre 2 sensor, confirm high readings with a finger-prick test.",
        "2. If you can't eat, replace meals with 10-20g of carbohydrate, e.g. 150ml fruit juice, "
        "200ml milk or 1 scoop of ice cream.",
        "3. Rest.",
    ]


def test_a_timetable_whose_headings_are_times_is_a_table(tmp_path):
    """ "Eye drop | 08:00 | 12:00 | 16:00 | 22:00" over rows of ticks was read as a list of 18
    items with the ticks dropped: nobody could tell which drop goes at which time."""
    result = _imported_text(
        tmp_path,
        "0562-eye-drops.txt",
        "Using your eye drops\nEye Unit\n\nYour drops timetable\n\n"
        "Eye drop | 08:00 | 12:00 | 16:00 | 22:00\n"
        "Dexamethasone | ✓ | ✓ | ✓ | ✓\nKetorolac | ✓ |  |  | ✓\n",
        "0562",
    )
    table = next(block for block in result.body if block.startswith("| "))
    assert table.split("\n")[0] == "| Eye drop | 08:00 | 12:00 | 16:00 | 22:00 |"
    assert "| Ketorolac | ✓ |  |  | ✓ |" in table


def test_an_address_or_opening_hours_line_is_no_heading(tmp_path):
    """ "Elm Road, Northbrook NB4 7QT" and "Monday to Friday, 8.30am – 4.30pm" standing apart
    were headings: chapters of one line, and the phone number under the street's chapter."""
    result = _imported_text(
        tmp_path,
        "2301-living-with-your-colostomy.txt",
        "Living with your colostomy\nStoma Care Service\n\nLooking after your skin\n\n"
        "Wash the skin with warm water.\n\nContact us\n\nStoma Care Nurses, Ward 7B\n\n"
        "Northbrook General Hospital\nElm Road, Northbrook NB4 7QT\n\n"
        "Monday to Friday, 8.30am – 4.30pm\n\nTelephone: 01632 960 123\n",
        "2301",
    )
    assert [line for line in result.body if line.startswith("#")] == [
        "## Looking after your skin",
        "## Contact us",
    ]


def test_a_box_telling_when_to_call_for_help_is_a_notice(tmp_path):
    """A Word box "Please contact us straight away if: ..." (and "IN AN EMERGENCY ... call
    999") was read as text: no "Important" label, no notice chapter."""
    path = write_word(
        tmp_path / "2301-living-with-your-colostomy.docx",
        [
            ("title", "Living with your colostomy"),
            ("para", "Stoma Care Service"),
            (
                "box",
                [
                    "Please contact us straight away if:",
                    "your stoma turns dark red or black",
                    "you have had no output for 3 days",
                ],
            ),
            ("heading", "Looking after your skin"),
            ("para", "Wash the skin with warm water."),
        ],
    )
    result = import_file(path, {"number": "2301", "version": "1"})
    notice = next(line for line in result.body if line.startswith("> Please contact us"))
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    box = next(b for b in leaflet.blocks if isinstance(b, Notice))
    # the box's lines are kept apart, its signs listed under their lead-in inside the box (they
    # ran together as "dark red or black you have had ...", then as one run joined by ";")
    assert plain_text(box.spans) == "Please contact us straight away if:", notice
    assert [plain_text(item) for item in box.items] == [
        "your stoma turns dark red or black", "you have had no output for 3 days"
    ], notice


def test_a_heading_in_capitals_ending_on_a_small_word_is_a_heading(tmp_path):
    """ "HOW TO PUT YOUR DROPS IN" was left a paragraph in capitals (it ends on "IN"), which
    large print refuses, and was said "how to put your DROPS in": a word in capitals only in
    other capitals lines is no abbreviation to keep."""
    result = _imported_text(
        tmp_path,
        "0562-eye-drops.txt",
        "Using your eye drops\nEye Unit\n\nYOUR DROPS TIMETABLE\n\nUse them four times a "
        "day.\n\nHOW TO PUT YOUR DROPS IN\n\nWash your hands. Ask your GP if unsure.\n",
        "0562",
    )
    assert [line for line in result.body if line.startswith("#")] == [
        "## Your drops timetable",
        "## How to put your drops in",
    ]


def test_a_heading_ending_on_its_verbs_in_or_on_is_a_heading(tmp_path):
    """ "Before you come in", "Who to call on" and "Checking in", each on a line of its own over
    its section, stayed paragraphs (each ends on a word a sentence goes on from), their sections
    run into the one before. A line ending "on" over a number, or "in" with its sentence going
    on in lower case, is still a sentence."""
    result = _imported_text(
        tmp_path,
        "9013-coming-in-for-your-operation.txt",
        "Coming in for your operation\nDay Surgery Unit\n\nWhat to expect\n\n"
        "Please read this leaflet carefully.\n\nBefore you come in\n\n"
        "Take off any nail varnish and leave jewellery at home.\n\nChecking in\n\n"
        "Go to the main reception desk on the ground floor when you arrive.\n\n"
        "How to put your stockings on\n\nYour nurse will show you on the ward.\n\n"
        "Who to call on\n\nYour named nurse is there to help you. If you are worried, ring "
        "the ward on\n0161 555 0101.\n\nYour nurse will call you in\nwhen your bed is ready.\n",
        "9013",
    )
    assert [line for line in result.body if line.startswith("#")] == [
        "## What to expect", "## Before you come in", "## Checking in",
        "## How to put your stockings on", "## Who to call on",
    ], result.body
    markdown = result.markdown()
    assert "ring the ward on 0161 555 0101." in markdown
    assert "Your nurse will call you in when your bed is ready." in markdown


def test_a_mnemonics_letters_make_a_list(tmp_path):
    """ "S - Sulfonylureas" / "A - ACE inhibitors" / ... (SADMANS) were headings, four chapters
    of one line each, with the advice after them inside the last."""
    result = _imported_text(
        tmp_path,
        "1877-sick-day-rules.txt",
        "Sick day rules\nDiabetes Centre\n\nMedicines to stop, SADMANS\n\n"
        "S - Sulfonylureas (e.g. gliclazide)\nA - ACE inhibitors\nD - Diuretics\n"
        "M - Metformin\n\nDo not stop your insulin.\n",
        "1877",
    )
    assert result.body == [
        "## Medicines to stop, SADMANS",
        "- S - Sulfonylureas (e.g. gliclazide)\n- A - ACE inhibitors\n- D - Diuretics\n"
        "- M - Metformin",
        "Do not stop your insulin.",
    ]
    # typed with colons and blank lines between: "A: ACE inhibitors" was said "Answer: A C E
    # inhibitors", both of the mnemonic's A's lost
    result = _imported_text(
        tmp_path,
        "1877-sick-day-rules.txt",
        "Sick day rules\nDiabetes Centre\n\nMedicines to stop, SADMANS\n\n"
        "S: Sulfonylureas\n\nA: ACE inhibitors\n\nD: Diuretics\n\nM: Metformin\n\n"
        "A: ARBs\n\nDo not stop your insulin.\n",
        "1877",
    )
    assert result.body[1] == (
        "- S – Sulfonylureas\n- A – ACE inhibitors\n- D – Diuretics\n- M – Metformin\n"
        "- A – ARBs"
    )
    # a word and what it stands for (FAST): "Speech – is their speech slurred?" had been a
    # heading, the calls to 999 after it in its chapter
    result = _imported_text(
        tmp_path,
        "tia.txt",
        "After a TIA\nStroke Service\n\n4. Emergency signs\n\n4.1 Call 999 if you notice FAST:\n"
        "Face – has their face fallen on one side?\nArms – can they raise both arms?\n"
        "Speech – is their speech slurred?\nTime – time to call 999.\n\n"
        "4.2 Call 999 even if the symptoms go away.\n",
        "STR-0544",
    )
    assert "- Speech – is their speech slurred?\n- Time – time to call 999." in result.markdown()
    assert not [block for block in result.body if block.startswith("## Speech")]


def test_a_lead_in_over_a_table_and_a_diarys_headings_with_figures_in_brackets(tmp_path):
    """ "The medicines are usually:" over a table became a blank to fill in; a bladder diary's
    header "Time | Drink | Urine passed (ml) | Leak? / Urgency (0-3)" was no header (it has
    figures), so the table was read as a list of 19 items; "MRI bookings: ..." ran into the
    line before it."""
    result = _imported_text(
        tmp_path,
        "7120-bladder-diary.txt",
        "Your bladder diary\nUrology Department\n\nThe medicines are usually:\n\n"
        "Medicine | What it is for\nMorphine | For pain and breathlessness\n"
        "Midazolam | For agitation or distress\n\n"
        "Time | Drink (type and amount) | Urine passed (ml) | Leak? / Urgency (0-3)\n"
        "07:30 | Tea 250ml | 320 | No / 2\n09:15 | Water 200ml | 180 | No / 1\n\n"
        "Call the Radiology Department with any questions (Mon-Fri, 8am-6pm)\n"
        "MRI bookings: 01632 960 400\n",
        "7120",
    )
    assert "The medicines are usually:" in result.body
    tables = [block for block in result.body if block.startswith("| ")]
    assert len(tables) == 2 and tables[1].startswith("| Time | Drink (type and amount) |")
    assert "MRI bookings: 01632 960 400" in result.body


def test_a_reference_keeps_its_leading_zero(tmp_path):
    """ "--reference 0912" was saved as 912: then `leaflet build 0912` found no leaflet."""
    result = _imported_text(
        tmp_path,
        "0912-your-copd-rescue-pack.txt",
        "Your COPD rescue pack\nRespiratory Team\n\nKeep it at home.\n",
        "0912",
    )
    assert result.file_name.startswith("0912-")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert str(leaflet.meta.number) == "0912"


def test_lettered_items_keep_their_letters_and_record_here_is_a_field(tmp_path):
    leaflet, _ = imported("4410-hand-exercises-after-a-wrist-fracture.txt", tmp_path)
    assert [plain_text(i)[:3] for i in lists(leaflet)[0].items] == ["(a)", "(b)", "(c)"]
    assert field_labels(leaflet) == ["date"]


def test_numbered_steps_running_over_lines_and_ending_without_a_blank_line(tmp_path):
    leaflet, _ = imported("5120-vitamin-d-tablets.txt", tmp_path)
    steps = lists(leaflet)[0]
    assert steps.item_numbers() == (1, 2, 3, 4)
    assert plain_text(steps.items[1]).endswith("with or after food.")
    assert "Sunlight also helps" in plain_text(leaflet.blocks[3].spans)


def test_a_record_table_of_fields_and_a_contents_list_with_page_numbers(tmp_path):
    leaflet, report = imported("6001-pelvic-floor-exercises.txt", tmp_path)
    assert "Contents" not in body_text(leaflet)
    assert headings(leaflet)[0] == "What is the pelvic floor?"
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == ["Week", "Slow squeezes", "Fast squeezes"]
    assert field_labels(leaflet) == ["seconds", "times"] * 3
    assert "111" not in body_text(leaflet)  # the trust's footer line is config's


def test_picture_lines_in_every_usual_wording(tmp_path):
    leaflet, _ = imported("7002-shoulder-exercises.txt", tmp_path)
    assert [b.description for b in leaflet.blocks if isinstance(b, DescribedPicture)] == [
        "Illustration of a person leaning forward on a table with one arm hanging down",
        "A person sitting with their elbow bent at a right angle",
        "A person squeezing their shoulder blades together",
    ]
    assert headings(leaflet) == [
        "Pendulum swing", "Elbow bend and straighten", "Shoulder blade squeeze"
    ]


def test_indented_nested_bullets_stay_with_their_item(tmp_path):
    leaflet, report = imported("7300-diabetes-foot-care.txt", tmp_path)
    assert plain_text(lists(leaflet)[0].items[1]) == (
        "redness or swelling: especially between your toes; and around your heels"
    )
    assert any("a list inside a list" in w for w in report.warnings)


def test_a_sentence_under_a_do_not_item_stays_a_sentence_of_its_own():
    """ "• Do not swim or use a hot tub." over "– Cover it with a waterproof sleeve when you
    shower." became "Do not swim or use a hot tub.: Cover it ...", which a "not" can reach."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [SourceLine(text, f"line {n}", indent=indent) for n, (text, indent) in enumerate([
        ("Caring for your PICC line", 0), ("Vascular Access Team", 0), ("", 0),
        ("• Keep the dressing dry.", 0), ("• Do not swim or use a hot tub.", 0),
        ("– Cover it with a waterproof sleeve when you shower.", 4),
        ("• The dressing is changed once a week by a nurse.", 0),
    ], start=1)]
    body = recover(lines, "picc.txt", {"number": "1", "version": "1"}).body
    assert ("- Do not swim or use a hot tub. Cover it with a waterproof sleeve when you shower."
            in body[0].splitlines())


def test_bullets_drawn_in_several_signs_at_one_indent_are_items_of_one_list(tmp_path):
    """A trust's PDF whose bullets were drawn in several signs, each item a sentence at the same
    indent ("\uf0b7 Do not twist on your operated leg." / "\uf0a7 Never put a pillow under your
    knee ..." / "o Sit in a chair with arms."): the "▪" and "o" items were taken for a list
    inside the item above and run into it, three instructions one item, "physiother- apist"
    left broken. Each is an item of its own; an "o" under a lead-in still belongs to it."""
    pdf = write_pdf(tmp_path / "pil-1234-knee.pdf", {
        "title": "After your knee replacement", "department": "Physiotherapy Department",
        "footer": "Leaflet No: PIL 1234 Version 3 Review date: 05/2027", "columns": True,
        "body": [
            ("h2", "Things to avoid"),
            ("p", "\uf0b7 Do not kneel on your new knee for 6 weeks."),
            ("p", "\uf0b7 Do not twist on your operated leg."),
            ("p", "\uf0a7 Never put a pillow under your knee when you lie in bed."),
            ("p", "o Sit in a chair with arms."),
            ("p", "\u25aa Use your walking aids until your physiotherapist says you can stop."),
            ("p", "\u27a2 Take your painkillers regularly, 30 minutes before your exercises."),
        ],
    })
    markdown = import_file(pdf, {}).markdown()
    for item in (
        "- Do not twist on your operated leg.",
        "- Never put a pillow under your knee when you lie in bed.",
        "- Sit in a chair with arms.",
        "- Use your walking aids until your physiotherapist says you can stop.",
        "- Take your painkillers regularly, 30 minutes before your exercises.",
    ):
        assert item in markdown.splitlines(), markdown
    text = tmp_path / "drive.txt"
    text.write_text(
        "After your operation\nDay Surgery Unit\n\nFor 24 hours\n\n"
        "\u2022 Do not:\no Drive.\no Drink alcohol.\n\u2022 Rest at home.\n", encoding="utf-8"
    )
    markdown = import_file(text, {"number": "DSU-1", "version": "1"}).markdown()
    assert "- Do not: Drive. Drink alcohol." in markdown.splitlines(), markdown


def test_a_word_broken_at_a_line_end_in_a_list_under_an_item_is_made_whole(tmp_path):
    """A PDF's list under an item, in a narrow column, with a word broken at a line's end
    ("kneel unless your physio-" / "therapist agrees"): the item above had its word made
    whole, the one under it kept "physio- therapist" in every format. Real hyphens stay."""
    import weasyprint

    html = (
        '<html lang="en"><head><style>body { font: 11pt "Liberation Sans"; width: 47mm }'
        "</style></head><body><h1>After your knee replacement</h1>"
        "<p>Physiotherapy Department</p><h2>Your recovery</h2><ul>"
        "<li>For the first 6 weeks you should not:<ul>"
        "<li>kneel unless your physio&shy;therapist agrees</li><li>drive a car</li></ul></li>"
        "<li>Keep your follow-up appointment in the 24-hour clinic.</li></ul></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "knee.pdf")
    markdown = import_file(path, {"number": "ORTH-1", "version": "1"}).markdown()
    assert ("- For the first 6 weeks you should not: kneel unless your physiotherapist agrees; "
            "drive a car") in markdown.splitlines(), markdown
    assert "- Keep your follow-up appointment in the 24-hour clinic." in markdown.splitlines()


def test_a_department_over_the_title_and_a_question_over_o_bullets(tmp_path):
    """The clinic's name set above the title was taken for the title (and no department found);
    a question line straight over "o" bullets was read as body text, because the bullet's "o"
    looked like a sentence going on in lower case."""
    leaflet, result = imported("2250-warfarin.txt", tmp_path)
    assert leaflet.meta.title == "Taking warfarin safely"
    assert leaflet.meta.department == "Anticoagulant Clinic"
    assert "How should I take it?" in headings(leaflet)
    assert [len(block.items) for block in lists(leaflet)][:1] == [3]
    assert not any("department" in warning for warning in result.warnings)


def test_step_lines_a_numbered_contents_list_and_a_heading_over_form_lines(tmp_path):
    """ "Step 1 Remove the shield ..." lines ran together into one paragraph; a contents list
    numbered like its headings was reported as naming headings not in the text; "Your drops"
    over its form lines was a paragraph."""
    leaflet, result = imported("eye-0310-cataract.txt", tmp_path)
    steps = [block for block in lists(leaflet) if block.ordered]
    assert steps and steps[0].item_numbers() == (1, 2, 3)
    assert plain_text(steps[0].items[0]).startswith("Remove the shield")
    assert "Your drops" in headings(leaflet)
    assert headings(leaflet)[:3] == [
        "1. Before your operation", "2. On the day", "3. After your operation"
    ]
    assert not any("contents list names" in warning for warning in result.warnings)
    assert {"Drops", "Times a day", "name"} <= {label.rstrip(":") for label in
                                                 field_labels(leaflet)}


def test_lines_set_above_a_title_the_file_marks_are_a_masthead_not_a_heading():
    """A one-page PDF's running header ("Leicester Royal Infirmary - Urology", in the text's own
    size, so nothing marked it running) became the leaflet's first heading."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [
        SourceLine("Leicester Royal Infirmary - Urology", "page 1, line 1"),
        SourceLine("Going home with a catheter", "page 1, line 2", heading=1),
        SourceLine("Urology Department", "page 1, line 3"),
        SourceLine("Why do I have a catheter?", "page 1, line 4", heading=2),
        SourceLine("A catheter drains urine from your bladder into a bag.", "page 1, line 5"),
    ]
    result = recover(lines, "catheter.pdf", {"number": "3390", "version": "1"})
    assert result.front_matter["title"] == "Going home with a catheter"
    assert result.front_matter["department"] == "Urology Department"
    assert not any("Leicester Royal Infirmary" in block for block in result.body)
    assert any("above the title" in decision and "Leicester Royal Infirmary" in decision
               for decision in result.decisions)


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("ENT-0042 v1  Published: 01/2025  Review: 01/2028",
         {"number": "ENT-0042", "version": "1", "issued": "01/2025", "next_review": "01/2028"}),
        ("Ref: URO-118 | Ver 2 | Review: June 2027",
         {"number": "URO-118", "version": "2", "next_review": "June 2027"}),
        ("Date of last review: 11/2023", {"last_reviewed": "11/2023"}),
        ("Leaflet no. 1204, version 2", {"number": "1204", "version": "2"}),
        # "Leaflet" before a bare reference: the reference was dropped with the word
        ("Leaflet MAT-077 version 5.1 Approved: 14/02/2024 Review: 14/02/2027",
         {"number": "MAT-077", "version": "5.1", "issued": "14/02/2024",
          "next_review": "14/02/2027"}),
        ("Leaflet 442 version 3", {"number": "442", "version": "3"}),
        # "Review" before a date with no colon; a reference of two letter groups
        ("Ref: STH 3306 v3 | Issued 01/2025 | Review 01/2028",
         {"number": "STH 3306", "version": "3", "issued": "01/2025", "next_review": "01/2028"}),
        ("CVUHB/RESP/0912 | Published: March 2025 | Review: March 2028",
         {"number": "CVUHB/RESP/0912", "issued": "March 2025", "next_review": "March 2028"}),
        # a bare date between bars on a details line is when it was issued
        ("PIL 8802 | Issue 1 | Oct 2024 | Review date Oct 2026",
         {"number": "PIL 8802", "version": "1", "issued": "Oct 2024", "next_review": "Oct 2026"}),
        # "Issue 5" is the version; a bare "Date:" on a details line is when it was issued
        ("Leaflet number: OPH 562      Issue 5      Published: 01.04.2025",
         {"number": "OPH 562", "version": "5", "issued": "01.04.2025"}),
        ("Ref: PAED-ALL-009  |  Version 1  |  Date: June 2025  |  Review date: June 2028",
         {"number": "PAED-ALL-009", "version": "1", "issued": "June 2025",
          "next_review": "June 2028"}),
        ("Leaflet no. END-042, v2.1. Issued: 01/03/2024. Review: March 2027.",
         {"number": "END-042", "version": "2.1", "issued": "01/03/2024",
          "next_review": "March 2027"}),
        # a department labelled at the end of the line is the department without its label
        # (it had been "Department: Anticoagulation Clinic", said so in the recording)
        ("Reference: HAEM-0318   Version: 4   Department: Anticoagulation Clinic",
         {"number": "HAEM-0318", "version": "4", "department": "Anticoagulation Clinic"}),
        # a month and its year joined by a hyphen is a date (it had been no date at all)
        ("Ref: PIL1234 | Issued: MAR-2025 | Review date: MAR-2028",
         {"number": "PIL1234", "issued": "MAR-2025", "next_review": "MAR-2028"}),
    ],
)
def test_details_in_the_short_forms_trusts_print(line, wanted):
    """ "ENT-0042 v1 Published: 01/2025 Review: 01/2028" was left in the body as text, and the
    leaflet imported with no reference, version or review date."""
    from pipeline.sources.importers.metadata import find_details, leaflet_dates

    found = find_details(line)
    assert found.values == wanted and found.rest == ""
    if "MAR-2028" in line:
        assert leaflet_dates(found.values)[0] == {"issued": "2025-03", "next_review": "2028-03"}


def test_a_details_value_wrapped_on_to_the_next_line_is_read_with_its_label():
    """A PDF whose details line filled its width ("... Date of last review: 01/2025 Review
    date:" / "01/2028") gave no review date, and "01/2028" stood alone at the head of the text
    in every format, a number with nothing to say what it was."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [SourceLine(text, f"line {n}") for n, text in enumerate([
        "Children's Emergency Department", "Fever in children under 5", "",
        "Leaflet no. CED-1102, version 3 Date of last review: 01/2025 Review date:", "01/2028",
        "", "What is a fever?", "",
        "A fever is a temperature of 38°C or higher. Most fevers get better within 3 days.",
    ], start=1)]
    result = recover(lines, "fever.pdf", {})
    assert result.front_matter["next_review"] == "2028-01"
    assert result.front_matter["last_reviewed"] == "2025-01"
    assert "01/2028" not in result.markdown()
    # a label with a sentence under it is no details line's: "Review date:" over the text's
    # first words is left as it is
    lines = [SourceLine(text, f"line {n}") for n, text in enumerate([
        "Fever in children under 5", "Leaflet no. CED-1102, version 3 Review date:",
        "Your child's temperature should be checked every 4 hours.",
    ], start=1)]
    assert "every 4 hours" in recover(lines, "fever.pdf", {}).markdown()


def test_a_title_set_over_two_lines_is_one_title():
    """ "Having a flexible" / "sigmoidoscopy" gave the title "Having a flexible", and the
    department line after it was left as body text."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [SourceLine(text, f"line {n}") for n, text in enumerate([
        "Having a flexible", "sigmoidoscopy", "Endoscopy Unit", "",
        "A flexible sigmoidoscopy is a test to look at the lower part of your bowel.",
    ], start=1)]
    result = recover(lines, "sigmoid.txt", {"number": "1", "version": "1"})
    assert result.front_matter["title"] == "Having a flexible sigmoidoscopy"
    assert result.front_matter["department"] == "Endoscopy Unit"
    assert result.body == [
        "A flexible sigmoidoscopy is a test to look at the lower part of your bowel."]
    lines[0] = SourceLine("Caring for your", "line 1")
    lines[1] = SourceLine("Plaster Cast", "line 2")
    result = recover(lines, "cast.txt", {"number": "1", "version": "1"})
    assert result.front_matter["title"] == "Caring for your Plaster Cast"


def test_two_labelled_blanks_on_one_line_each_keep_their_label():
    """ "Date: ..........   Time: ........" gave the date's blank the label "Time" and the
    time's "to fill in"."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [SourceLine(text, f"line {n}") for n, text in enumerate([
        "Coming for your MRI scan", "Radiology Department", "", "Your appointment",
        "Date: ..........   Time: ........", "", "Hold for ____ seconds. Repeat ____ times.",
    ], start=1)]
    body = recover(lines, "mri.txt", {"number": "1", "version": "1"}).body
    assert "[Date:]{.field} [Time:]{.field}" in body
    assert "Hold for [seconds]{.field}. Repeat [times]{.field}." in body


def test_two_blanks_on_one_line_each_named_by_a_label_of_two_words(tmp_path):
    """ "Date started: ____  Time started: ____" had imported as "Date started: [Time]{.field}
    started: [to fill in]{.field}": the second label's first word, a unit ("Time", "Day",
    "Dose"), was taken for the first blank's count and the second blank had no name; the audio
    said neither label with its blank."""
    text = (
        "Collecting a stool sample\nMicrobiology Department\n\n"
        "Write on the pot's label when you took the sample.\n\n"
        "Day collected: __________   Time collected: __________\n"
        "Dose taken: ________  Tablets left: ________\n\n"
        "Hold for ____ seconds. Take ____ tablets a day.\n"
    )
    result = _imported_text(tmp_path, "3391-stool-sample.txt", text, "3391")
    assert "[Day collected:]{.field} [Time collected:]{.field}" in result.body
    assert "[Dose taken:]{.field} [Tablets left:]{.field}" in result.body
    # a unit after a blank is still its count when no label follows
    assert "Hold for [seconds]{.field}. Take [tablets a day]{.field}." in result.body
    from pipeline.formats.audio.speech_script import speech_script

    said = speech_script(read_leaflet(_saved(result, tmp_path), trust_parts)).as_text()
    assert "Day collected: " in said and "Time collected: " in said, said
    assert "to fill in" not in said
    # a label before its blank stands apart, whatever its first word: "Dose taken: ... fill
    # this in Tablets left: ..." had run the two together
    assert re.search(r"Dose taken: [^,.]+, Tablets left: ", said), said


def test_a_please_note_line_is_a_notice_in_ordinary_case():
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [
        SourceLine("Allopurinol for gout", "line 1"),
        SourceLine("Rheumatology Department", "line 2"),
        SourceLine("", "line 3"),
        SourceLine("PLEASE NOTE:", "line 4"),
        SourceLine("Do not take azathioprine with allopurinol.", "line 5"),
    ]
    result = recover(lines, "gout.txt", {"number": "1", "version": "1"})
    assert result.body[-1] == "> Please note: Do not take azathioprine with allopurinol."


def test_a_line_that_says_what_to_do_is_never_a_heading_and_a_dashed_label_is_a_notice(
    tmp_path,
):
    """ "IMPORTANT - DO NOT EAT OR DRINK AFTER MIDNIGHT" on a line of its own was a heading, no
    notice, and "You must not drive for 24 hours" (bold, at a page's head in the PDF) another,
    the section before it left empty, in text, Word and PDF alike. A heading naming bans, and a
    bare "Do not eat" over its items, stay headings."""
    import weasyprint

    text = (
        "Coming in for your operation\nDay Surgery Unit\n\nBefore your operation\n\n"
        "IMPORTANT - DO NOT EAT OR DRINK AFTER MIDNIGHT\n\nYou can have sips of water until "
        "6am.\n\nAfter your operation\n\nYou must not drive for 24 hours\n\nSomeone must take "
        "you home and stay with you overnight.\n\nThings you must not do\n\nYou will be "
        "drowsy for a day.\n\nDo not eat\n- nuts\n- seeds\n"
    )
    result = _imported_text(tmp_path, "9004-coming-in.txt", text, "9004")
    assert [block for block in result.body if block.startswith("#")] == [
        "## Before your operation", "## After your operation", "## Things you must not do",
        "### Do not eat",
    ]
    assert "> Important: Do not eat or drink after midnight" in result.body
    assert "You must not drive for 24 hours" in result.body
    word = write_word(tmp_path / "9004-coming-in.docx", [
        ("title", "Coming in for your operation"), ("para", "Day Surgery Unit"),
        ("bold", "Before your operation"),
        ("bold", "IMPORTANT - DO NOT EAT OR DRINK AFTER MIDNIGHT"),
        ("para", "You can have sips of water until 6am."), ("bold", "After your operation"),
        ("bold", "You must not drive for 24 hours"),
        ("para", "Someone must take you home and stay with you overnight."),
    ])
    css = (
        "@page { size: A4; margin: 25mm 18mm; } body { font-family: 'Liberation Sans'; "
        "font-size: 11pt; } h2 { font-size: 15pt; } .b { font-weight: bold; }"
    )
    day_case = (
        "<p>Your operation is done as a day case. You will be in the unit for most of the day, "
        "so bring something to read. A nurse will check your details.</p>"
    )
    pdf = tmp_path / "9004-coming-in.pdf"
    weasyprint.HTML(string=(
        f"<html lang='en'><head><style>{css}</style></head><body><h1>Coming in for your "
        "operation</h1><p>Day Surgery Unit</p><h2>Before your operation</h2><p class='b'>"
        "IMPORTANT - DO NOT EAT OR DRINK AFTER MIDNIGHT</p><p>You can have sips of water until "
        f"6am.</p>{day_case * 12}<h2>After your operation</h2>{day_case * 2}"
        "<p class='b' style='break-before: page'>You must not drive for 24 hours</p><p>Someone "
        "must take you home and stay with you overnight.</p></body></html>"
    )).write_pdf(pdf)
    for path in (word, pdf):
        body = import_file(path, {"number": "9004", "version": "1"}).body
        assert [block for block in body if block.startswith("#")] == [
            "## Before your operation", "## After your operation",
        ], path
        assert "> Important: Do not eat or drink after midnight" in body
        assert "You must not drive for 24 hours" in body


@pytest.mark.parametrize("lead_in", ["Do not:", None])
def test_a_ban_in_a_word_heading_style_stays_a_heading_after_a_list(tmp_path, lead_in):
    """ "Never give aspirin to children under 16" in Word's Heading 1 style, over the paragraph
    that says why, after a bare "Do not:" over its items (or after a paragraph), was made a
    paragraph, its section's words run into the section before: the file names it a heading.
    It stays one, the list under "Do not" closed before it and each item still a ban. In bold
    alone it is a line, as a ban set in bold is ("You must not drive for 24 hours")."""
    why = "Aspirin can cause a rare but serious illness in children."
    for style in ("heading", "bold"):
        path = write_word(tmp_path / f"PAE-0210-fever-{style}.docx", [
            ("title", "Looking after a child with a fever"),
            ("para", "Children's Emergency Department"),
            ("para", "Leaflet number: PAE-0210 Version: 2"),
            ("heading", "Keeping your child comfortable"),
            ("para", "Give your child plenty to drink."),
            *([("para", lead_in), ("bullet", "wrap your child up in lots of clothes"),
               ("bullet", "sponge your child with cold water")] if lead_in else []),
            (style, "Never give aspirin to children under 16"),
            ("para", why), ("heading", "When to get help"),
            ("para", "Call 999 if your child has a fit."),
        ])
        result = import_file(path, {})
        body = result.body
        ban = "Never give aspirin to children under 16"
        assert (f"## {ban}" if style == "heading" else ban) in body, body
        assert why in body and "## When to get help" in body
        if lead_in:
            assert ("- Do not wrap your child up in lots of clothes\n"
                    "- Do not sponge your child with cold water") in body, body
            # (its items, a line apart under it in Word, are a list: no warning they are not)
            assert not [w for w in result.warnings if "not a list" in w], result.warnings


def test_missing_details_warn_and_options_give_them(tmp_path, capsys):
    source = LEAFLETS / "unnumbered-walking-with-a-frame.txt"
    result = import_file(source)
    assert any("no reference found: give it with --reference" in w for w in result.warnings)
    assert any("no review date found" in w for w in result.warnings)
    leaflet, _ = imported(source.name, tmp_path, number="THR-0090", version="1",
                          next_review="March 2028")
    assert (leaflet.meta.number, leaflet.meta.next_review.year) == ("THR-0090", 2028)
    assert leaflet.meta.last_reviewed is None


def test_a_review_date_of_a_year_alone_is_named_with_its_line(tmp_path):
    """ "Review date 2027" is no month to build with: the warning points at it, not "no review
    date found", which sent a person looking for a date the leaflet gives."""
    path = tmp_path / "colchicine.txt"
    path.write_text(
        "Colchicine for gout flares\n\nTake 500 micrograms 2 to 4 times a day.\n\n"
        "Leaflet no. RH-077. Published: 2024. Review date 2027.\n",
        encoding="utf-8",
    )
    warnings = import_file(path, {"version": "1"}).warnings
    assert any(
        "line 5: the review date gives a year (2027) but no month: give it with --next-review"
        in warning
        for warning in warnings
    ), warnings


def test_status_says_no_review_date(project, capsys):
    source = project / "source"
    import_args = ["import", str(LEAFLETS / "7555-eye-drops-after-cataract-surgery.txt")]
    assert main(import_args) == 0
    assert "no review date found" in capsys.readouterr().out
    assert (source / "7555-using-your-eye-drops-after-cataract-surgery.md").is_file()
    assert main(["status"]) == 0
    assert "no review date" in capsys.readouterr().out


def test_word_bold_paragraphs_are_headings_and_list_styles_keep_numbers(tmp_path):
    leaflet, _ = imported("9101-hip-precautions.docx", tmp_path)
    # (a bold "Do not" over its list leads into it, as in a PDF or a text file: a heading, it
    # had held the paragraph after the list)
    assert headings(leaflet) == ["Getting in and out of bed", "Sitting"]
    assert plain_text(lists(leaflet)[1].items[0]).startswith("Do not bend your hip")
    assert lists(leaflet)[0].item_numbers() == (1, 2, 3)
    assert leaflet.meta.number == "9101" and str(leaflet.meta.next_review) == "March 2027"


def test_a_word_title_set_in_large_type_under_the_hospitals_name_is_the_title(tmp_path):
    """ "Riverside Women's and Children's Hospital" in the text's size, then the unit, then the
    title in bold at 20 pt (no Title style): the hospital's name had been the title, said first
    and naming the file, and the real title the first chapter. The paragraph set much larger
    than the text at the top is the title; the lines above it its masthead."""
    path = write_word(
        tmp_path / "coil.docx",
        [
            ("para", "St Aldhelm’s and Westbury Community Hospital"),
            ("para", "Sexual Health Clinic"),
            ("large", "Having a coil fitted"),
            ("para", "Information for patients"),
            ("para", "This leaflet tells you what happens when you have a coil (IUD or IUS) "
                     "fitted, and how to look after yourself afterwards."),
            ("bold", "Before your appointment"),
            ("para", "Please use condoms or do not have sex for 3 weeks before your appointment."),
            ("bold", "After the fitting"),
            ("para", "You may have period-type cramps for a day or two. Take paracetamol or "
                     "ibuprofen if you need to."),
            ("para", "Leaflet number: SHC-0218 Version 2 Next review: May 2027"),
        ],
    )
    result = import_file(path, {})
    assert result.front_matter["title"] == "Having a coil fitted"
    assert result.front_matter["department"] == "Sexual Health Clinic"
    assert result.file_name.startswith("shc-0218-having-a-coil-fitted")
    markdown = result.markdown()
    assert "St Aldhelm" not in markdown
    assert [line for line in result.body if line.startswith("#")] == [
        "## Before your appointment", "## After the fitting",
    ]
    # a heading set larger than the text but for the title is a section's; one in bold is
    # below it
    path = write_word(
        tmp_path / "coil2.docx",
        [
            ("large", "Having a coil fitted"),
            ("para", "This leaflet tells you what happens when you have a coil fitted."),
            ("bold", "Before your appointment"),
            ("para", "Please use condoms for 3 weeks before your appointment."),
            ("para", "Leaflet number: SHC-0218 Version 2 Next review: May 2027"),
        ],
    )
    import docx
    from docx.shared import Pt

    document = docx.Document(str(path))
    document.paragraphs[2].runs[0].font.size = Pt(14)
    extra = document.add_paragraph().add_run("What to bring")
    extra.bold = True
    document.add_paragraph("Bring a list of your medicines.")
    document.save(str(path))
    result = import_file(path, {})
    assert result.front_matter["title"] == "Having a coil fitted"
    assert [line for line in result.body if line.startswith("#")] == [
        "## Before your appointment", "### What to bring",
    ]


def test_word_details_in_the_page_footer_and_the_running_header_dropped(tmp_path):
    """Many trusts keep the reference and review date in the Word file's page footer."""
    leaflet, report = imported("card-0107-cardiac-catheter.docx", tmp_path)
    meta = leaflet.meta
    assert (meta.number, meta.version, str(meta.next_review)) == ("CARD-0107", 2, "January 2028")
    assert not any("no reference found" in w or "no version" in w for w in report.warnings)
    assert "page footer: leaflet details: " in "\n".join(report.decisions)
    # the trust's name over every page says who wrote it, as the same name over a PDF's pages
    # does (it had been dropped, and the leaflet announced as the running trust's)
    assert meta.organisation == "Leeds Teaching Hospitals NHS Trust"
    assert "Leeds Teaching" not in body_text(leaflet)
    assert headings(leaflet) == [
        "What is a cardiac catheter test?", "Before your test", "Your medicines on the day",
        "After your test",
    ]
    assert lists(leaflet)[0].item_numbers() == (1, 2, 3)


def _footer_with_a_page_field(word: Path, parts: list[str], page: str) -> Path:
    """`word` with its footer's first paragraph set as Word sets one: `parts` apart by tabs,
    then "Page " and a PAGE field holding `page` (empty when Word kept no number in it)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(word)
    paragraph = document.sections[0].footer.paragraphs[0]
    for part in parts:
        paragraph.add_run(part)
        paragraph.add_run().add_tab()
    paragraph.add_run("Page ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run, said = OxmlElement("w:r"), OxmlElement("w:t")
    said.text = page
    run.append(said)
    field.append(run)
    paragraph._p.append(field)
    document.save(word)
    return word


def test_a_footers_reference_beside_its_department_or_an_empty_page_field_is_found(tmp_path):
    """A Word footer "POD-0102 v2 Published: March 2025", then "Page" and a PAGE field Word
    kept no number in, found no reference and left "POD-0102 Page" as the leaflet's last line;
    "Podiatry", tab, "POD-0102 v2 Published: March 2025" left "Podiatry POD-0102", in Word and
    PDF alike: the reference is found, and the department's name beside it dropped."""
    import weasyprint

    spec = [
        ("title", "Looking after your feet"), ("para", "Podiatry"),
        ("heading", "Checking your feet"),
        ("para", "Look at your feet every day for cuts, blisters or redness."),
    ]
    files = [
        _footer_with_a_page_field(write_word(tmp_path / "a.docx", spec),
                                  ["POD-0102 v2 Published: March 2025"], ""),
        _footer_with_a_page_field(write_word(tmp_path / "b.docx", spec),
                                  ["Podiatry", "POD-0102 v2  Published: March 2025"], "1"),
    ]
    css = (
        "@page { size: A4; margin: 25mm 18mm; @bottom-left { content: 'Podiatry    POD-0102 v2"
        "    Published: March 2025'; font-size: 8pt; } @bottom-right { content: 'Page ' "
        "counter(page) ' of ' counter(pages); font-size: 8pt; } } body { font-family: "
        "'Liberation Sans'; font-size: 11pt; }"
    )
    check = "<p>Look at your feet every day for cuts, blisters or redness. Use a mirror.</p>"
    files.append(tmp_path / "c.pdf")
    weasyprint.HTML(string=(
        f"<html lang='en'><head><style>{css}</style></head><body><h1>Looking after your feet"
        f"</h1><p>Podiatry</p><h2>Checking your feet</h2>{check * 40}</body></html>"
    )).write_pdf(files[-1])
    for path in files:
        result = import_file(path, {})
        assert (result.front_matter["number"], result.front_matter["department"]) == (
            "POD-0102", "Podiatry"
        ), path
        assert result.body[-1].startswith("Look at your feet"), (path, result.body[-1])
    # a footer's place, no department's, stays a line of the leaflet ("Ward 31")
    ward = _footer_with_a_page_field(write_word(tmp_path / "d.docx", spec),
                                     ["Ward 31", "POD-0102 v2 Published: March 2025"], "1")
    assert import_file(ward, {}).body[-1] == "Ward 31"


@pytest.mark.parametrize("rows", ["one cell", "a row a paragraph"])
def test_a_word_leaflet_set_wholly_in_a_tables_one_column_is_read_as_the_text(tmp_path, rows):
    """A trust's template that frames the whole leaflet in a table of one column: in one
    cell, it had been read as one notice box, its headings "**Keeping it clean**." in it and
    no title; a row a paragraph, as one paragraph, its sections run together ("... until your
    stitches are out.; When to get help; Call us ..."). Holding two sections, a heading in
    bold over words of its own, the column is read as the text; a box of one warning stays a
    box."""
    import docx
    from docx.shared import Pt

    paragraphs = [
        ("Caring for your wound", 20, True), ("Surgical Day Unit", 11, False),
        ("Keeping it clean", 14, True),
        ("Keep your dressing dry for 48 hours. Do not have a bath or go swimming until your "
         "stitches are out.", 11, False),
        ("When to get help", 14, True),
        ("Call us straight away if the wound gets red, hot or swollen.", 11, False),
        ("Never put cream on the wound unless a nurse tells you to.", 11, False),
    ]
    document = docx.Document()
    table = document.add_table(rows=1 if rows == "one cell" else 0, cols=1)
    for number, (text, size, bold) in enumerate(paragraphs):
        if rows == "one cell":
            cell = table.cell(0, 0)
            paragraph = cell.paragraphs[0] if not number else cell.add_paragraph()
        else:
            paragraph = table.add_row().cells[0].paragraphs[0]
        run = paragraph.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].add_run("Important").bold = True
    box.add_paragraph("Do not drive for 24 hours after your sedation.")
    document.add_paragraph("Leaflet number: SDU-0013 Version: 2")
    path = tmp_path / "wound.docx"
    document.save(path)
    result = import_file(path, {})
    assert (result.front_matter["title"], result.front_matter["department"]) == (
        "Caring for your wound", "Surgical Day Unit"
    )
    assert result.body == [
        "## Keeping it clean",
        "Keep your dressing dry for 48 hours. Do not have a bath or go swimming until your "
        "stitches are out.",
        "## When to get help",
        "Call us straight away if the wound gets red, hot or swollen.",
        "Never put cream on the wound unless a nurse tells you to.",
        "> Important: Do not drive for 24 hours after your sedation.",
    ], result.body


def test_a_word_table_that_is_the_pages_layout_is_read_as_the_text(tmp_path):
    """A trust's template set out as a table: the trust's name beside the title and the
    department in the top row, the contacts in a narrow column beside the text below. Read as
    a table, the whole leaflet was two rows, its title, headings and list run together in the
    cells ("Keeping your wound clean; Keep your dressing on ..."), and no title was found."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Northfield Teaching Hospitals NHS Trust"
    banner = table.cell(0, 1)
    title = banner.paragraphs[0].add_run("Caring for your wound after surgery")
    title.bold, title.font.size = True, Pt(22)
    banner.add_paragraph("General Surgery")
    side = table.cell(1, 0)
    side.text = "Contact us"
    side.add_paragraph("Surgical Assessment Unit")
    side.add_paragraph("Telephone: 0116 258 5000")
    text = table.cell(1, 1)
    text.paragraphs[0].add_run("Keeping your wound clean").bold = True
    text.add_paragraph("Keep your dressing on for 48 hours. After that you can shower, but do "
                       "not soak in a bath for 2 weeks.")
    text.add_paragraph().add_run("Signs of infection").bold = True
    text.add_paragraph("Call us if you have any of these:")
    for sign in ("redness spreading around the wound", "pus or a bad smell"):
        text.add_paragraph(sign, style="List Bullet")
    document.sections[0].footer.paragraphs[0].text = "Leaflet number: GS-0211 Version 3"
    document.save(tmp_path / "GS-0211-wound.docx")
    leaflet, report = imported("GS-0211-wound.docx", tmp_path)
    assert (leaflet.meta.title, leaflet.meta.department) == (
        "Caring for your wound after surgery", "General Surgery"
    )
    # (the text's cell before the contacts beside it)
    assert headings(leaflet) == ["Keeping your wound clean", "Signs of infection", "Contact us"]
    assert [plain_text(item) for item in lists(leaflet)[0].items] == [
        "redness spreading around the wound", "pus or a bad smell",
    ]
    assert not [block for block in leaflet.blocks if isinstance(block, Table)]
    assert "Keep your dressing on for 48 hours." in body_text(leaflet)
    # ... and a template's title and sections in Word's Heading styles in the wide cell, the
    # contacts in the narrow one on its left: "Contact us" over the title had been dropped as
    # its masthead, its number left at the text's head; the sections a level too deep
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Contact us"
    table.cell(0, 0).add_paragraph("Ward 12: 0116 258 5000")
    text = table.cell(0, 1)
    text.paragraphs[0].text = "Using your inhaler"
    text.paragraphs[0].style = document.styles["Heading 1"]
    text.add_paragraph("Respiratory Team")
    text.add_paragraph("Before you start", style="Heading 2")
    for step in ("Take the cap off and shake the inhaler.", "Breathe out gently, away from "
                 "the inhaler.", "Put the mouthpiece between your lips and breathe in slowly."):
        text.add_paragraph(step, style="List Number")
    document.sections[0].footer.paragraphs[0].text = "Leaflet number: RES-0100 Version 1"
    document.save(tmp_path / "RES-0100-inhaler.docx")
    result = import_file(tmp_path / "RES-0100-inhaler.docx", {})
    assert (result.front_matter["title"], result.front_matter["department"]) == (
        "Using your inhaler", "Respiratory Team"
    )
    assert [block for block in result.body if block.startswith("#")] == [
        "## Before you start", "## Contact us",
    ]
    assert result.body[-1] == "Ward 12: 0116 258 5000"


def test_word_table_with_a_header_row_and_fields(tmp_path):
    leaflet, report = imported("phy-0455-back-exercises.docx", tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == ["Exercise", "Hold", "Repeat"]
    assert len(table.rows) == 3
    assert field_labels(leaflet) == ["seconds", "times", "seconds", "times", "Name of therapist:"]
    assert leaflet.meta.number == "PHY-0455"


def test_a_numbered_contact_heading_over_a_clinics_name_and_number_is_a_heading(tmp_path):
    """ "6. Contact us" over "Anticoagulation Clinic" and its "Tel:" line had been a list item
    of one, said "Number six: Contact us." at the end of the section before."""
    text = (
        "Taking apixaban\n\nLeaflet number: HAE-0442 Version 1\n\n1. What is apixaban?\n\n"
        "Apixaban is a medicine that thins the blood.\n\n2. How do I take it?\n\n"
        "Take it twice a day with water.\n\n6. Contact us\n\nAnticoagulation Clinic\n"
        "Tel: 0116 258 5555 ext. 4321\n"
    )
    markdown = _imported_text(tmp_path, "apixaban.txt", text, "HAE-0442").markdown()
    assert "## 6. Contact us\n\nAnticoagulation Clinic" in markdown
    # a step that says to contact the ward, its number below it, stays a step
    text = (
        "Your PICC line\n\nLeaflet number: ONC-0301 Version 1\n\nIf your arm swells\n\n"
        "1. Stop any infusion that is running.\n2. Keep your arm raised on a pillow.\n"
        "3. Contact the ward straight away\n4. Do not take the line out yourself.\n\n"
        "Ward 7: 0116 258 4000\n"
    )
    markdown = _imported_text(tmp_path, "picc.txt", text, "ONC-0301").markdown()
    assert "3. Contact the ward straight away\n4. Do not take the line out" in markdown


@pytest.mark.parametrize("kind", ["bold", "centred"])
def test_a_word_title_in_bold_or_centred_over_heading_1_sections_is_the_title(tmp_path, kind):
    """ "Reducing your risk of falls in hospital" in bold (or centred), in no Title style, over
    sections in Heading 1: the first Heading 1, "Why you may be more likely to fall", had
    been the title and the real title dropped as "set above the title". The paragraph set as
    a title before any heading is the title; Heading 1 heads the sections."""
    path = write_word(
        tmp_path / "falls.docx",
        [
            (kind, "Reducing your risk of falls in hospital"),
            ("para", "Falls Prevention Team"),
            ("heading", "Why you may be more likely to fall"),
            ("para", "Being unwell, new medicines and a strange room can all make you unsteady "
                     "on your feet."),
            ("heading", "What you can do"),
            ("bullet", "Wear slippers or shoes that fit well and grip the floor."),
            ("bullet", "Press your call bell and wait for a nurse before you get up at night."),
            ("para", "Leaflet number: FAL-0101 Version: 1 Review date: June 2027"),
        ],
    )
    result = import_file(path, {})
    assert result.front_matter["title"] == "Reducing your risk of falls in hospital"
    assert result.front_matter["department"] == "Falls Prevention Team"
    assert [line for line in result.body if line.startswith("#")] == [
        "## Why you may be more likely to fall", "## What you can do",
    ]
    assert not any("set above the title" in warning for warning in result.warnings)


def test_a_mastheads_lines_in_bold_over_a_heading_1_title_leave_it_the_title(tmp_path):
    """A hospital's name and "Patient information" in bold over a Heading 1 title, its sections
    in Heading 2: the masthead is no title, the Heading 1 still is."""
    path = write_word(
        tmp_path / "ogd.docx",
        [
            ("bold", "Kingsbridge Royal Infirmary"),
            ("bold", "Patient information"),
            ("heading", "Having a gastroscopy"),
            ("para", "Endoscopy Unit"),
            ("heading2", "Before your test"),
            ("para", "Do not eat for 6 hours before your test. You can drink water until 2 hours "
                     "before."),
            ("heading2", "After your test"),
            ("para", "Do not drive for 24 hours if you have had sedation."),
            ("para", "Leaflet number: END-0230 Version: 2 Review date: May 2027"),
        ],
    )
    result = import_file(path, {})
    assert result.front_matter["title"] == "Having a gastroscopy"
    assert [line for line in result.body if line.startswith("#")] == [
        "## Before your test", "## After your test",
    ]


def test_a_word_tables_row_merged_across_it_is_its_title_not_its_header(tmp_path):
    """A merged top row "The day before your test" over a bold "Time | What to do" had been
    the header: every cell was said under "The day before your test", the times unlabelled."""
    import docx as word

    document = word.Document()
    document.add_heading("Your colonoscopy", level=0)
    document.add_paragraph("Leaflet number: ENDO/0234 Version 1")
    table = document.add_table(rows=3, cols=2)
    merged = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    merged.text = "The day before your test"
    for cell, words in zip(table.rows[1].cells, ("Time", "What to do"), strict=True):
        cell.text = words
        cell.paragraphs[0].runs[0].bold = True
    table.rows[2].cells[0].text = "1pm"
    table.rows[2].cells[1].text = "Start clear fluids."
    path = tmp_path / "colonoscopy.docx"
    document.save(path)
    markdown = import_file(path, {"department": "Endoscopy"}).markdown()
    assert "The day before your test\n\n| Time | What to do |\n|---|---|\n| 1pm |" in markdown
    # ... and a last row merged across it is a note under it (said under every column before)
    row = table.add_row()
    row.cells[0].merge(row.cells[1]).text = "Do not give more than 4 doses in 24 hours."
    document.save(path)
    markdown = import_file(path, {"department": "Endoscopy"}).markdown()
    assert "| 1pm | Start clear fluids. |\n\nDo not give more than 4 doses in 24 hours." in markdown


def test_a_word_tables_empty_first_row_is_no_header(tmp_path):
    """A table whose first row was left empty (a spacer over "Medicine | When to take it")
    had that empty row for its header, each medicine said under no column's name: the empty
    row is left out and the first row of words is the header, in bold or not, as it would be
    with no empty row over it; an empty row under the header stays a row to write in."""
    import docx as word

    rows = [("Medicine", "When to take it", "What it is for"),
            ("Omeprazole 20mg", "Before breakfast", "Protects your stomach"),
            ("Paracetamol 1g", "Every 6 hours if needed", "Pain")]
    for bold in (False, True):
        document = word.Document()
        document.add_heading("Taking your medicines after surgery", level=0)
        document.add_paragraph("Leaflet number: PHA-0311 Version 1")
        table = document.add_table(rows=5, cols=3)
        for row, words in zip(table.rows[1:], rows, strict=False):
            for cell, text in zip(row.cells, words, strict=True):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = bold and words is rows[0]
        path = tmp_path / "medicines.docx"
        document.save(path)
        markdown = import_file(path, {"department": "Pharmacy"}).markdown()
        assert (
            "| Medicine | When to take it | What it is for |\n|---|---|---|\n"
            "| Omeprazole 20mg | Before breakfast | Protects your stomach |\n"
            "| Paracetamol 1g | Every 6 hours if needed | Pain |\n|  |  |  |"
        ) in markdown, markdown


def test_a_word_tables_two_row_header_is_one_header_and_a_merged_cell_said_once(tmp_path):
    """A header cell merged over two columns ("Oxygen level (%)" over "At rest" | "After
    walking") had been said over both, its sub-headings read as the first row: "Oxygen level
    (%): 96 ... Oxygen level (%): 94", at rest not told from after walking. A cell merged down
    the two header rows ("Day") had been "Day: Day", and a body cell merged across columns said
    twice."""
    import docx as word

    document = word.Document()
    document.add_heading("Your oxygen level diary", level=0)
    document.add_paragraph("Leaflet number: RES-0388 Version 1")
    document.add_paragraph("Check your oxygen level and pulse each morning for one week.")
    table = document.add_table(rows=5, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Day"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Oxygen level (%)"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Pulse (beats a minute)"
    for column, words in enumerate(["At rest", "After walking"] * 2, start=1):
        table.cell(1, column).text = words
    for cell in [*table.rows[0].cells, *table.rows[1].cells]:
        for run in (r for p in cell.paragraphs for r in p.runs):
            run.bold = True
    for column, words in enumerate(["Monday", "96", "93", "72", "91"]):
        table.cell(2, column).text = words
    for column, words in enumerate(["Tuesday", "95", "92", "75", "94"]):
        table.cell(3, column).text = words
    table.cell(4, 0).text = "Wednesday"
    table.cell(4, 1).merge(table.cell(4, 2)).text = "Too breathless to check"
    table.cell(4, 3).text = "88"
    table.cell(4, 4).text = "104"
    path = tmp_path / "oxygen.docx"
    document.save(path)
    markdown = import_file(path, {"department": "Respiratory"}).markdown()
    assert (
        "| Day | Oxygen level (%): At rest | Oxygen level (%): After walking | "
        "Pulse (beats a minute): At rest | Pulse (beats a minute): After walking |\n"
        "|---|---|---|---|---|\n| Monday | 96 | 93 | 72 | 91 |\n| Tuesday | 95 | 92 | 75 | 94 |\n"
        "| Wednesday | Too breathless to check |  | 88 | 104 |"
    ) in markdown


def test_a_pdf_tables_two_row_header_is_one_header(tmp_path):
    """From a PDF a header cell merged over two columns comes with blanks after it: its
    sub-headings ("Dose" | "How often") had been the first row, under "Paracetamol" and
    nothing, and every dose said without which medicine it was."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "td, th { border: 1px solid black; padding: 4px; text-align: left }"
        "table { border-collapse: collapse }</style></head><body>"
        "<h1>Pain relief for your child after surgery</h1><p>Children's Day Case Unit</p>"
        "<p>Leaflet number: CH-0562 Version: 2</p><h2>How much to give</h2><table>"
        "<tr><th rowspan='2'>Age</th><th colspan='2'>Paracetamol liquid</th>"
        "<th colspan='2'>Ibuprofen liquid</th></tr>"
        "<tr><th>Dose</th><th>How often</th><th>Dose</th><th>How often</th></tr>"
        "<tr><td>2 to 4 years</td><td>7.5 ml</td><td>Every 4 to 6 hours</td><td>5 ml</td>"
        "<td>Every 8 hours</td></tr>"
        "<tr><td>4 to 6 years</td><td>10 ml</td><td>Every 4 to 6 hours</td><td>7.5 ml</td>"
        "<td>Every 8 hours</td></tr>"
        "<tr><td>Under 3 months</td><td colspan='2'>Ask your GP</td><td colspan='2'>Do not "
        "give</td></tr></table><p>Do not give more than 4 doses of paracetamol in 24 hours.</p>"
        "</body></html>"
    )
    path = tmp_path / "pain.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert (
        "| Age | Paracetamol liquid: Dose | Paracetamol liquid: How often | "
        "Ibuprofen liquid: Dose | Ibuprofen liquid: How often |\n|---|---|---|---|---|\n"
        "| 2 to 4 years | 7.5 ml | Every 4 to 6 hours | 5 ml | Every 8 hours |\n"
        "| 4 to 6 years | 10 ml | Every 4 to 6 hours | 7.5 ml | Every 8 hours |\n"
        "| Under 3 months | Ask your GP |  | Do not give |  |"
    ) in markdown


def test_a_pdf_tables_two_row_header_repeated_on_the_next_page_is_kept_once(tmp_path):
    """A diary running over two pages repeats both its header rows on the second: the
    sub-headings repeated ("Peak flow (L/min)" | "Symptoms" ...) had been a row of the diary."""
    import weasyprint

    days = "".join(
        f"<tr><td>Day {n}</td><td>{380 + n}</td><td>none</td><td>{400 + n}</td><td>cough</td>"
        "</tr>"
        for n in range(1, 61)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "td, th { border: 1px solid black; padding: 3px; text-align: left }"
        "table { border-collapse: collapse }</style></head><body>"
        "<h1>Your peak flow diary</h1><p>Respiratory Clinic</p>"
        "<p>Leaflet number: RES-0402 Version: 2</p><table><thead>"
        "<tr><th rowspan='2'>Day</th><th colspan='2'>Morning (before your inhaler)</th>"
        "<th colspan='2'>Evening (before your inhaler)</th></tr><tr><th>Peak flow (L/min)</th>"
        f"<th>Symptoms</th><th>Peak flow (L/min)</th><th>Symptoms</th></tr></thead>{days}"
        "</table><p>Bring this diary to your next clinic appointment.</p></body></html>"
    )
    path = tmp_path / "peak-flow.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    leaflet, _ = imported(path.name, tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header][:2] == [
        "Day", "Morning (before your inhaler): Peak flow (L/min)"
    ]
    assert [plain_text(row[0]) for row in table.rows] == [f"Day {n}" for n in range(1, 61)]


def test_a_tables_first_row_of_words_under_a_merged_heading_stays_a_row(tmp_path):
    """Only a second row that names its columns joins the header: a table whose heading is
    merged over two columns, its first row a time and what to do, keeps that row; and a table
    of words under a plain header is left as it is."""
    text = (
        "Your bowel preparation\n\nLeaflet number: END-0910 Version 1\n\n"
        "| Time | What to do | |\n|---|---|---|\n| 8am | Take 2 sachets | with water |\n"
        "| 6pm | Take 2 sachets | with water |\n\n"
        "| When | What to do | |\n|---|---|---|\n| Morning | Take the sachets | with water |\n"
        "| Evening | Take the sachets | with 2 glasses of water |\n\n"
        "| Symptom | What to do |\n|---|---|\n| Feeling sick | Sip water slowly |\n"
        "| Tummy cramps | Walk around gently |\n| Bleeding | Call 999 |\n"
    )
    markdown = _imported_text(tmp_path, "prep.txt", text, "END-0910").markdown()
    assert "| Time | What to do |  |\n|---|---|---|\n| 8am | Take 2 sachets | with water |" in (
        markdown
    )
    assert "| When | What to do |  |\n|---|---|---|\n| Morning | Take the sachets |" in markdown
    assert "| Symptom | What to do |\n|---|---|\n| Feeling sick | Sip water slowly |" in markdown


def test_word_contents_list_and_second_level_bullets(tmp_path):
    leaflet, report = imported("9300-low-fibre-diet.docx", tmp_path)
    assert headings(leaflet) == ["Foods you can eat", "Foods to avoid", "On the day of your scan"]
    assert "lean meat, fish and eggs: boiled, grilled or poached" in [
        plain_text(i) for i in lists(leaflet)[0].items
    ]
    assert not report.warnings[1:]


def test_a_pdf_title_in_a_coloured_banner_beside_the_trusts_name_is_read_a_block_at_a_time(
    tmp_path,
):
    """A banner across the page's head, the title in large white type on the left and the
    trust's name and team in small type on the right, on baselines of their own: read a
    baseline at a time, the trust's name was cut from its 'Trust', the team taken for a
    narrower column beside the text and read after it, and no department found."""
    import weasyprint

    css = (
        "@page { size: A4; margin: 15mm 18mm 20mm; @bottom-left { content: 'CAR-0331 v2 Review "
        "date: August 2027'; font-size: 8pt; } } body { font-family: 'Liberation Sans'; "
        "font-size: 11pt; } .banner { background: #005eb8; color: white; padding: 12pt; "
        "display: flex; justify-content: space-between; } .banner h1 { font-size: 24pt; margin: "
        "0; width: 60%; } .banner div { font-size: 10pt; text-align: right; width: 35%; }"
    )
    said = [
        "After a heart attack your heart needs time to heal. Most people go back to their usual "
        "activities within 6 weeks.",
        "Build up slowly and rest when you feel tired. A short walk every day is a good start.",
        "Do not take sildenafil (Viagra) if you use a GTN spray, as together they can make your "
        "blood pressure drop very low.",
    ]
    pdf = tmp_path / "CAR-0331-rehab.pdf"
    weasyprint.HTML(string=(
        f"<html lang='en'><head><style>{css}</style></head><body><div class='banner'><h1>"
        "Cardiac rehabilitation after your heart attack</h1><div>Northfield Teaching Hospitals "
        "NHS Trust<br>Cardiac Rehabilitation Team</div></div><h2>Getting active again</h2>"
        + "".join(f"<p>{sentence}</p>" for sentence in said) + "</body></html>"
    )).write_pdf(pdf)
    result = import_file(pdf, {})
    assert (
        result.front_matter["title"], result.front_matter["department"],
        result.front_matter["organisation"],
    ) == (
        "Cardiac rehabilitation after your heart attack", "Cardiac Rehabilitation Team",
        "Northfield Teaching Hospitals NHS Trust",
    )
    assert result.body == ["## Getting active again", *said]


def test_pdf_in_two_columns_with_running_lines_details_in_the_footer_and_hyphens(tmp_path):
    leaflet, report = imported("9500-having-a-colonoscopy.pdf", tmp_path)
    assert headings(leaflet) == [
        "What is a colonoscopy?", "Preparing for the test", "On the day", "Risks",
        "After the test", "Your results",
    ]
    meta = leaflet.meta
    assert (meta.number, meta.version, str(meta.next_review)) == ("9500", 2, "May 2027")
    text = body_text(leaflet)
    assert "University Hospitals of Leicester" not in text and "Page 1" not in text
    assert "endoscopist may take" in text and "camera" in text  # divided words made whole
    assert "between 20 and 45 minutes" in text  # a sentence carried over the column break
    # (the header at the head of the only page comes again on no other: read as a line, it is
    # the trust's own)
    assert any("left to config/organisation.yaml: 'University Hospitals" in d
               for d in report.decisions)


def test_pdf_title_across_both_columns_and_a_contents_list_spaced_out(tmp_path):
    """A two-column page whose title runs across both columns is read title first; a contents
    list whose entries stand apart (each its own paragraph) is still one list, confirmed by the
    headings it names, and dropped."""
    leaflet, report = imported("3050-exercises-after-a-broken-ankle.pdf", tmp_path)
    assert (leaflet.meta.title, leaflet.meta.department) == (
        "Exercises after a broken ankle", "Physiotherapy Department"
    )
    assert headings(leaflet) == [
        "Why exercise matters", "Your exercises", "1. Ankle pumps", "2. Ankle circles",
        "3. Calf stretch", "Getting help",
    ]
    assert any("dropped the contents list 'Contents' (3 entries" in d for d in report.decisions)
    assert field_labels(leaflet) == ["times", "seconds"]
    assert [b.description for b in leaflet.blocks if isinstance(b, DescribedPicture)] == [
        "A foot pointing up and then down"
    ]
    assert lists(leaflet)[0].item_numbers() == (1, 2, 3)


def test_pdf_headings_by_weight_and_fields(tmp_path):
    leaflet, _ = imported("orth-0577-knee-brace.pdf", tmp_path)
    assert headings(leaflet) == [
        "Putting the brace on", "Your brace settings", "Checking your skin"
    ]
    assert lists(leaflet)[0].item_numbers() == (1, 2, 3)
    assert field_labels(leaflet) == ["Bend allowed:", "Date to change the settings:"]
    assert leaflet.meta.number == "ORTH-0577"


def test_a_ruled_pdf_table_is_a_table_with_its_header_row_and_whole_cells(tmp_path):
    """A timetable in a PDF comes through as a table, not as lines of words run together: each
    cell whole even where it wraps over lines in print, the header row its headings."""
    leaflet, report = imported("9610-bowel-preparation-timetable.pdf", tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == ["When", "Time", "What to do"]
    assert [[plain_text(c) for c in row[:2]] for row in table.rows] == [
        ["Day before", "8am"], ["Day before", "6pm"], ["Day of test", "7am"],
        ["Day of test", "11am"],
    ]
    assert plain_text(table.rows[0][2]) == (
        "Eat a light breakfast, such as white toast with butter. Then eat nothing more until "
        "after your test."
    )
    assert headings(leaflet) == ["Your timetable", "If you take diabetes medicines"]
    paragraphs = [plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph)]
    assert not any("8am" in text or "When Time" in text for text in paragraphs)
    assert any("table of 4 rows under the headings 'When', 'Time', 'What to do'" in d
               for d in report.decisions)
    assert (leaflet.meta.number, leaflet.meta.version, str(leaflet.meta.next_review)) == (
        "9610", 4, "June 2027"
    )


def test_a_pdf_table_over_two_pages_keeps_every_row_and_its_header_once(tmp_path):
    """A long timetable runs on to the next page, its header row repeated there; with Word's
    narrow margins (12.7 mm) the text and the table's rows reach into the page's bottom 9%:
    every row is kept, the header once, and only the footer dropped."""
    spec = dict(PDF_LEAFLETS["9610-bowel-preparation-timetable.pdf"], margin="12.7mm")
    opening, heading, (kind, (header, *rows)), *rest = spec["body"]
    numbered = [[f"Day {n // 4 + 1}", *row[1:]] for n, row in enumerate(rows * 5)]
    spec["body"] = [opening] * 6 + [heading, (kind, [header, *numbered]), *rest]
    path = write_pdf(tmp_path / "9610-long.pdf", spec)
    leaflet, report = imported(path.name, tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == ["When", "Time", "What to do"]
    assert [plain_text(row[0]) for row in table.rows] == [row[0] for row in numbered]
    assert not any("running line 'Day" in d for d in report.decisions)
    assert leaflet.meta.number == "9610" and "Page" not in body_text(leaflet)


def test_a_pdf_table_in_aligned_columns_without_rules_is_a_table(tmp_path):
    """Word's plain table style draws no rules: the columns are found by where their words
    start, a cell's wrapped line carried into its row."""
    leaflet, report = imported("card-0112-angiogram-medicines.pdf", tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == ["Medicine", "Take it?", "What to do"]
    assert [[plain_text(c) for c in row] for row in table.rows] == [
        ["Metformin", "No",
         "Start again 48 hours after the test, once your kidney blood test is back."],
        ["Aspirin", "Yes", "Take it as usual with a little water."],
        ["Insulin", "Half dose", "Take half your usual morning dose."],
    ]
    assert headings(leaflet) == ["What to take on the day", "If you are not sure"]
    assert "Call the cardiology nurses on 0113 392 5012, Monday to Friday, 9am to 5pm." in [
        plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph)
    ]


def test_a_pdf_weeks_grid_of_two_rows_without_rules_is_a_table(tmp_path):
    """A warfarin week set as a plain table, days over doses, had its days made a heading
    ("## Day Mon Tue ...") over "Dose 5 5 4 ...": no dose told with its day. Two rows are a
    table when they part into three columns or more under a header that names them."""
    from pipeline.sources.importers import import_file

    spec = {
        "title": "Taking warfarin",
        "department": "Anticoagulant Clinic",
        "footer": "Reference: ANT-0300 Version 2 Review date: March 2028",
        "columns": False,
        "body": [
            ("h2", "My weekly dose"),
            ("p", "Take your dose at 6pm each day."),
            ("plain-table", [["Day", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                             ["Dose (mg)", "5", "5", "4", "5", "5", "4", "5"]]),
            ("h2", "If you miss a dose"),
            ("p", "Never take a double dose to make up for a missed one."),
        ],
    }
    pdf = write_pdf(tmp_path / "ant-0300-warfarin.pdf", spec)
    leaflet = read_leaflet(_saved(import_file(pdf, {}), tmp_path), trust_parts)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == "Day Mon Tue Wed Thu Fri Sat Sun".split()
    assert [[plain_text(c) for c in row] for row in table.rows] == [
        ["Dose (mg)", "5", "5", "4", "5", "5", "4", "5"]
    ]
    assert headings(leaflet) == ["My weekly dose", "If you miss a dose"]


def test_a_notice_box_over_a_page_break_stays_one_notice(tmp_path):
    """A safety box that ran over a page break was cut in two: its first half ended with a full
    stop it never had ("Keep drinking sugar-free fluids and.") and its second half was a loose
    paragraph after it, in every format."""
    from pipeline.sources.importers import import_file

    filler = "Check your blood glucose before each meal and write the reading in your diary. " * 3
    box = (
        "Important: If your blood glucose is above 20.0 mmol/L and you have ketones of 1.5 "
        "mmol/L or more, call the diabetes team or NHS 111 straight away. Do not wait until "
        "your next clinic appointment to tell us, and do not stop taking your insulin. Keep "
        "drinking sugar-free fluids and check your ketones again after 2 hours. If you are "
        "vomiting and cannot keep fluids down, go to the emergency department."
    )
    spec = {
        "title": "Your insulin doses", "department": "Diabetes Centre",
        "footer": "Reference: DIA-0042 Version 1 Review date: May 2028", "columns": False,
        "body": [("h2", "Checking your blood glucose"), *[("p", filler)] * 10, ("box", box),
                 ("h2", "Your doses"), ("p", "Take your insulin at the same times each day.")],
    }
    pdf = write_pdf(tmp_path / "dia-0042-insulin.pdf", spec)
    markdown = import_file(pdf, {}).markdown()
    assert "fluids and." not in markdown
    notice = next(line for line in markdown.splitlines() if line.startswith("> Important:"))
    assert notice.endswith("go to the emergency department."), notice
    assert "\ncheck your ketones" not in markdown


@pytest.mark.slow
def test_word_leaflets_saved_as_pdf_import_as_the_word_files_do(tmp_path):
    """Most trusts publish their Word leaflets as PDFs: saved so by LibreOffice, each comes in
    with the Word file's headings, details, lists (Word's Symbol-font bullets and hanging
    numbers) and tables."""
    import subprocess

    words = tmp_path / "word"
    words.mkdir()
    files = [write_word(words / name, spec) for name, spec in WORD_LEAFLETS.items()]
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
         *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )
    for word in files:
        from_word, _ = imported(word.name, words / "read")
        from_pdf, report = imported(word.with_suffix(".pdf").name, tmp_path)
        assert from_pdf.meta == from_word.meta, word.name
        assert [type(b) for b in from_pdf.blocks] == [type(b) for b in from_word.blocks]
        assert headings(from_pdf) == headings(from_word), word.name
        assert [lst.item_numbers() for lst in lists(from_pdf)] == [
            lst.item_numbers() for lst in lists(from_word)
        ]
        assert body_text(from_pdf) == body_text(from_word), word.name


def test_a_scanned_pdf_is_refused_clearly(project, capsys, tmp_path):
    scan = write_scanned_pdf(tmp_path / "scan.pdf")
    assert main(["import", str(scan)]) == 2
    assert "has no text to read: it is probably a scanned picture" in capsys.readouterr().err


def _fonts_without_their_text_map(pdf: Path, font: str, target: Path, embedded: bool) -> Path:
    """`pdf` with the font named `font` stripped of its map from glyphs to text (/ToUnicode), as
    some exporting programs write a font, and, unless `embedded`, of the font file itself."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        for page in document.pages:
            for found in page.Resources.Font.values():
                if str(found.BaseFont).split("+")[-1] != font:
                    continue
                if "/ToUnicode" in found:
                    del found["/ToUnicode"]
                described = found.DescendantFonts[0].FontDescriptor
                if not embedded and "/FontFile2" in described:
                    del described["/FontFile2"]
        document.save(target)
    return target


def test_a_pdf_whose_text_font_the_reader_cannot_decode_is_read_by_a_second_reader(tmp_path):
    """A wound care leaflet set by WeasyPrint with the trust's offer in Chinese at its end has
    its text font embedded with its own encoding, which pdfminer reads as no characters at all:
    every paragraph had vanished, the leaflet left as 'Keeping your wound dry' and '## When to
    get help', and nothing was said. The page's text is read again by a second reader, every
    paragraph in its place under its heading, and a person told which page and font."""
    path = _leaflet_as("pdf", tmp_path, [
        *WOUND_CARE_IN_ENGLISH, ("para", THE_TRUSTS_LINES_AFTER[0][1]),
        *[("para", line) for line in OFFER_IN_LANGUAGES],
    ])
    result = import_file(path, {})
    english = [text for part, text in WOUND_CARE_IN_ENGLISH[3:]]
    assert [block.lstrip("# ") for block in result.body] == english, result.body
    assert [block for block in result.body if block.startswith("#")] == [
        "## Keeping your wound dry", "## When to get help"
    ]
    assert result.front_matter["department"] == "Surgical Day Unit"
    assert result.front_matter["format_offer"].endswith("0116 250 2959.")
    read_again = [d for d in result.decisions if "second reader" in d]
    assert len(read_again) == 1 and read_again[0].startswith("page 1: "), result.decisions
    assert "Liberation-Sans" in read_again[0]


@pytest.mark.parametrize("name", [
    "9610-bowel-preparation-timetable.pdf", "9500-having-a-colonoscopy.pdf",
    "card-0112-angiogram-medicines.pdf",
])
def test_a_pdf_read_by_the_second_reader_keeps_its_tables_columns_and_lists(tmp_path, name):
    """The same leaflets with a line in Chinese at their end (their text font then embedded so
    that pdfminer gives none of it) import as they do without it: the timetable's ruled table,
    the colonoscopy leaflet's two columns and list, the angiogram's table in aligned columns."""
    spec = PDF_LEAFLETS[name]
    plain = import_file(write_pdf(tmp_path / name, spec), {})
    spec = {**spec, "body": [*spec["body"], ("p", OFFER_IN_LANGUAGES[-1])]}
    read_again = import_file(write_pdf(tmp_path / f"zh-{name}", spec), {})
    assert [d for d in read_again.decisions if "second reader" in d]
    assert [b for b in read_again.body if not re.search(r"[\u4e00-\u9fff]", b)] == plain.body
    assert read_again.front_matter == plain.front_matter


def test_a_pdf_whose_text_cannot_be_read_by_either_reader_is_refused_naming_the_page(
    project, capsys, tmp_path
):
    """A PDF whose text font has no map from its glyphs to text, and no font file to find one
    in (as some old exports are), had come in as '(cid:50)(cid:85)...' paragraphs, and with
    the map in a form pdfminer cannot read as no paragraphs at all. Neither reader can give its
    words, so it is refused once, naming the page and what to ask for."""
    made = write_pdf(tmp_path / "made.pdf", PDF_LEAFLETS["orth-0577-knee-brace.pdf"])
    broken = _fonts_without_their_text_map(
        made, "Liberation-Sans", tmp_path / "orth-0577-knee-brace.pdf", embedded=False
    )
    with pytest.raises(LeafletError, match=r"text on page 1 cannot be read.*ask for the Word"):
        import_file(broken, {})
    assert main(["import", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err and "(cid:" not in err


def test_a_pdf_font_without_its_text_map_that_the_reader_decodes_imports_as_before(tmp_path):
    """A font with no /ToUnicode but its font file embedded is read by pdfminer from the font's
    own table, and the second reader gives its glyph numbers as letters ('<RXU' for 'Your'):
    the leaflet imports exactly as the PDF with the map does, nothing taken from the second
    reader."""
    made = write_pdf(tmp_path / "made.pdf", PDF_LEAFLETS["orth-0577-knee-brace.pdf"])
    kept = _fonts_without_their_text_map(
        made, "Liberation-Sans", tmp_path / "orth-0577-knee-brace.pdf", embedded=True
    )
    before, after = import_file(made, {}), import_file(kept, {})
    assert after.body == before.body and after.front_matter == before.front_matter
    assert not [d for d in after.decisions if "second reader" in d]


def test_an_unknown_kind_of_file_is_refused(tmp_path):
    odd = tmp_path / "leaflet.pages"
    odd.write_text("Caring for your wound\nKeep it dry.\n", encoding="utf-8")
    with pytest.raises(LeafletError, match=r"give a .txt, .md, .docx or .pdf"):
        import_file(odd)


_SENT_IN_WINDOWS = (
    "Caring for your wound\r\nSurgical Day Unit\r\nLeaflet number: SDU-104 Version: 3\r\n\r\n"
    "Keep the dressing dry for 48 hours.\r\n\r\nDon’t take the dressing off yourself – the "
    "nurse will do it at the “wound check” clinic.\r\n\r\nParking costs £3.50 an hour; "
    "the café by the main entrance is open from 8am.\r\n"
)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le", "utf-16-be"],
                         ids=["Windows-1252", "UTF-16 with its mark", "UTF-16LE", "UTF-16BE"])
def test_a_text_file_saved_by_windows_in_another_encoding_is_read_in_it(tmp_path, encoding):
    """A text file as Notepad saves it, 'ANSI' (Windows-1252) or 'Unicode' (UTF-16, with its
    byte-order mark or without), had been refused: 'the file is not UTF-8 text'. Each is read in
    the encoding it can be known to be in, '£' a pound sign and the quotes and dash curly, and
    what it was read as is said for a person to check."""
    path = tmp_path / "wound.txt"
    path.write_bytes(_SENT_IN_WINDOWS.encode(encoding))
    result = import_file(path, {})
    body = "\n".join(result.body)
    assert "Parking costs £3.50 an hour; the café by the main entrance" in body, body
    assert "Don’t take the dressing off yourself – the nurse will do it at the “wound check”" in (
        " ".join(body.split())
    )
    assert "Â" not in body and "\x00" not in body and "\r" not in body
    assert result.front_matter["number"] == "SDU-104"
    name = "Windows-1252" if encoding == "cp1252" else "UTF-16"
    assert f"read as {name} text (it is not UTF-8): check its '£'" in result.decisions[0]


@pytest.mark.parametrize("encoding", ["cp1251", "cp1250", "cp1256"])
def test_a_text_file_in_another_languages_windows_encoding_is_refused_not_guessed(
    tmp_path, encoding
):
    """A translation saved in its own language's Windows encoding (Russian, Polish, Arabic)
    read as Windows-1252 would be every word in accented Latin letters: it is refused with
    what to do, never read wrong."""
    text = {
        "cp1251": "Уход за раной\r\nНе снимайте повязку сами.\r\n",
        "cp1250": "Opieka nad raną\r\nNie zdejmuj opatrunku samodzielnie. Proszę zadzwonić.\r\n",
        "cp1256": "العناية بالجرح\r\nلا تنزع الضمادة بنفسك.\r\n",
    }[encoding]
    path = tmp_path / "wound.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(LeafletError, match=r"wound\.txt: line 1: the file is not UTF-8 text "
                       r"\(nor Windows text in English.*Encoding 'UTF-8'"):
        import_file(path, {})


def test_a_word_or_pdf_file_with_the_wrong_name_is_read_as_what_it_is(tmp_path):
    """A Word file saved as 'leaflet.txt' (renamed, or an e-mail's attachment) had been read as
    text and refused, 'line 1: the file is not UTF-8 text': it is read as the Word file it is,
    and that is said."""
    word = write_word(tmp_path / "wound.docx", [
        ("title", "Caring for your wound"), ("para", "Surgical Day Unit"),
        ("para", "Leaflet number: SDU-104 Version: 3"),
        ("para", "Do not take the dressing off yourself."),
    ])
    renamed = tmp_path / "wound.txt"
    renamed.write_bytes(word.read_bytes())
    result = import_file(renamed, {})
    assert result.decisions[0] == (
        "the file is a Word .docx file, though its name ends '.txt': read as one"
    )
    assert result.front_matter["title"] == "Caring for your wound"
    assert "Do not take the dressing off yourself." in result.body


def test_import_prints_what_to_check_with_line_numbers(project, capsys):
    assert main(["import", str(LEAFLETS / "phy-0412-knee-exercises-after-arthroscopy.txt")]) == 0
    out = capsys.readouterr().out
    for expected in (
        "line 11: heading 'Exercise 1: Heel slides'",
        "line 13: fill-in field 'seconds' (from '____ seconds')",
        "line 41: leaflet details: number PHY-0412, version 2",
        "warning: ",
    ):
        assert expected in out


def test_the_trusts_own_lines_come_from_config(tmp_path, project):
    """A line added to organisation.yaml's import_boilerplate is left out of the next import."""
    text = tmp_path / "leaflet.txt"
    text.write_text(
        "Sore throat\nEar, Nose and Throat Department\n\nDrink plenty of water.\n\n"
        "Our leaflets are printed on recycled paper.\n\nLeaflet number: 12 Version: 1\n",
        encoding="utf-8",
    )
    assert "recycled paper" in " ".join(import_file(text).body)
    config = project / "config" / "organisation.yaml"
    config.write_text(config.read_text(encoding="utf-8")
                      + "  - Our leaflets are printed on recycled paper.\n", encoding="utf-8")
    assert "recycled paper" not in " ".join(import_file(text).body)


def test_steps_in_a_word_table_beside_their_pictures_stay_numbered_steps(tmp_path):
    """A table of picture | step with no heading row made "1. Form a fist ..." the heading of
    every other step (said before each); its pictures went without a word."""
    import io

    import docx
    from PIL import Image as PillowImage

    picture = io.BytesIO()
    PillowImage.new("RGB", (120, 120), "white").save(picture, format="PNG")
    document = docx.Document()
    document.add_heading("Using your adrenaline auto-injector", level=0)
    document.add_paragraph("Allergy Clinic")
    document.add_paragraph("Leaflet number: ALG-0031 Version: 1")
    document.add_heading("How to use it", level=1)
    steps = ["1. Form a fist around the auto-injector with the orange tip pointing down.",
             "2. Do not put your thumb, fingers or hand over the orange end.",
             "3. Remove the blue safety cap by pulling it straight up."]
    table = document.add_table(rows=len(steps), cols=2)
    for row, step in zip(table.rows, steps, strict=True):
        picture.seek(0)
        row.cells[0].paragraphs[0].add_run().add_picture(picture)
        row.cells[1].text = step
    path = tmp_path / "auto-injector.docx"
    document.save(path)
    leaflet, result = imported(path.name, tmp_path)
    (steps_list,) = lists(leaflet)
    assert steps_list.ordered and steps_list.item_numbers() == (1, 2, 3)
    assert plain_text(steps_list.items[1]) == (
        "Do not put your thumb, fingers or hand over the orange end."
    )
    assert sum("picture(s) in the table were left out" in w for w in result.warnings) == 3


def test_steps_labelled_step_1_in_a_word_table_are_numbered_steps(tmp_path):
    """A table of icon | step, each step's cell a bold "Step 1" over its instruction, had been
    read as bullets "Step 1; Keep the rash clean ...": the label run into the step with a
    semicolon, as if two things, and no numbered steps in any format."""
    import io

    import docx
    from PIL import Image as PillowImage

    picture = io.BytesIO()
    PillowImage.new("RGB", (120, 120), "blue").save(picture, format="PNG")
    document = docx.Document()
    document.add_heading("Shingles: looking after yourself at home", level=0)
    document.add_paragraph("Dermatology Department")
    document.add_paragraph("Leaflet number: DER-0611 Version: 1")
    document.add_heading("Caring for your rash", level=1)
    steps = ["Keep the rash clean and dry. Pat it dry with a clean towel.",
             "Wear loose cotton clothes over the rash so it does not rub.",
             "Take paracetamol for the pain. Do not take more than the packet says."]
    table = document.add_table(rows=len(steps), cols=2)
    for number, (row, step) in enumerate(zip(table.rows, steps, strict=True), 1):
        picture.seek(0)
        row.cells[0].paragraphs[0].add_run().add_picture(picture)
        row.cells[1].paragraphs[0].add_run(f"Step {number}").bold = True
        row.cells[1].add_paragraph(step)
    path = tmp_path / "shingles.docx"
    document.save(path)
    leaflet, _ = imported(path.name, tmp_path)
    (steps_list,) = lists(leaflet)
    assert steps_list.ordered and steps_list.item_numbers() == (1, 2, 3)
    assert plain_text(steps_list.items[2]) == (
        "Take paracetamol for the pain. Do not take more than the packet says."
    )


def test_a_posters_steps_under_their_pictures_places_are_numbered_steps(tmp_path):
    """A landscape poster's table, "[Picture 1]" ... "[Picture 6]" over "1. Wet your hands
    ..." ... "6. Rub the tips ...", had been two bullets, the pictures' places run together and
    all six steps in one item, a source the reader then refused ("lists inside lists"). Each
    column is one step, read in order, its picture's place left out and said, from Word and
    PDF; so are two bands of three, each row of pictures over its steps."""
    import docx
    import weasyprint
    from docx.enum.section import WD_ORIENT

    steps = ["Wet your hands and put soap on them. Rub palm to palm.",
             "Rub the back of each hand with the other palm, fingers linked.",
             "Rub palm to palm with your fingers linked.",
             "Rub the backs of your fingers against the opposite palm.",
             "Rub each thumb in the other hand.",
             "Rub the tips of your fingers in the other palm. Rinse and dry well."]
    numbered = [f"{number}. {step}" for number, step in enumerate(steps, 1)]
    pictures = [f"[Picture {number}]" for number in range(1, 7)]

    def poster(name: str, rows: list[list[str]]) -> Path:
        document = docx.Document()
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        document.add_heading("Hand hygiene: 6 steps", level=0)
        document.add_paragraph("Infection Prevention and Control Team")
        document.add_paragraph("Wash your hands with soap and water for at least 20 seconds.")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        document.add_paragraph("Do not use hand gel instead of soap if your hands look dirty.")
        document.sections[0].footer.paragraphs[0].text = "IPC-0045 Version 1 Issued January 2026"
        document.save(tmp_path / name)
        return tmp_path / name

    wide = poster("poster.docx", [pictures, numbered])
    banded = poster("banded.docx", [pictures[:3], numbered[:3], pictures[3:], numbered[3:]])
    pdf = tmp_path / "poster.pdf"
    weasyprint.HTML(string=(
        "<html lang='en'><head><style>@page { size: A4 landscape; margin: 12mm; } body { "
        "font-family: 'Liberation Sans'; font-size: 11pt; } table { border-collapse: collapse; "
        "} td { border: 1px solid black; padding: 4px; vertical-align: top; width: 16%; }"
        "</style></head><body><h1>Hand hygiene: 6 steps</h1><p>Infection Prevention and "
        "Control Team</p><p>Wash your hands with soap and water for at least 20 seconds.</p>"
        "<table><tr>" + "".join(f"<td>{p}</td>" for p in pictures) + "</tr><tr>"
        + "".join(f"<td>{s}</td>" for s in numbered) + "</tr></table><p>Do not use hand gel "
        "instead of soap if your hands look dirty.</p><p>IPC-0045 Version 1 Issued January "
        "2026</p></body></html>"
    )).write_pdf(pdf)
    for path in (wide, banded, pdf):
        leaflet, result = imported(path.name, tmp_path, number="IPC-0045", version="1")
        (steps_list,) = lists(leaflet)
        assert steps_list.ordered and steps_list.item_numbers() == (1, 2, 3, 4, 5, 6), path
        assert [plain_text(item) for item in steps_list.items] == steps, path
        assert "Picture" not in result.markdown(), path
        assert sum("6 picture placeholder(s)" in w for w in result.warnings) == 1, (
            path, result.warnings
        )


def test_an_import_is_a_source_that_builds_or_nothing(tmp_path):
    """A table's rows numbered in their first cell ("1. Morning" | "Take 2 tablets ...") had
    been bullets "- 1. Morning: Take ...", a source `build` refused long after ("lists inside
    lists are not supported"). Rows numbered in order are a numbered list; a shape the reader
    would still refuse is refused at import, with the text it would have made, and nothing
    written."""
    import docx

    def timetable(name: str, rows: list[tuple[str, str]]) -> Path:
        document = docx.Document()
        document.add_heading("Taking your prednisolone tablets", level=0)
        document.add_paragraph("Rheumatology Department")
        document.add_heading("When to take them", level=1)
        table = document.add_table(rows=len(rows), cols=2)
        for row, cells in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = cells
        document.add_heading("Contact us", level=1)
        document.add_paragraph("Rheumatology advice line: 01632 960 410")
        document.save(tmp_path / name)
        return tmp_path / name

    timetable("prednisolone.docx", [
        ("1. Morning", "Take 4 tablets with your breakfast."),
        ("2. Lunchtime", "Take 2 tablets with food."),
        ("3. Evening", "Do not take any tablets after 6pm."),
    ])
    leaflet, _ = imported("prednisolone.docx", tmp_path, number="RHE-0210", version="1")
    (times,) = lists(leaflet)
    assert times.ordered and times.item_numbers() == (1, 2, 3)
    assert plain_text(times.items[2]) == "Evening: Do not take any tablets after 6pm."
    odd = timetable("missed.docx", [
        ("1. Every morning", "Take 4 tablets with your breakfast."),
        ("If you miss a dose", "Take it when you remember. Do not take 2 doses together."),
    ])
    target = tmp_path / "out"
    code = main(["import", str(odd), "--to", str(target), "--reference", "RHE-0211",
                 "--version", "1"])
    assert code != 0 and not target.exists()
    with pytest.raises(LeafletError, match=r"would not build at '- 1\. Every morning: Take 4"):
        import_file(odd, {"number": "RHE-0211", "version": "1"})


def test_a_pictures_place_on_a_line_of_its_own_is_left_out_never_a_heading(tmp_path):
    """A picture's place on a line of its own over a step ("[Picture 2]" over "Put soap on your
    hands ...", "(picture)" over "Rinse your hands ...") had been a heading, "## [Picture 2]",
    a chapter of the recording named for a picture no format has. It is left out and said, as
    a table's row of them is, from a text file and Word; a described picture ("[Image: a woman
    rubbing the backs of her hands]") stays a described picture, and numbered steps with a
    place between each stay one list."""
    import docx

    lines = ["Cleaning your hands at home", "Infection Prevention and Control Team",
             "Leaflet number: IPC-0042", "Version: 3", "Review date: June 2027", "",
             "Why clean your hands?",
             "Clean hands stop germs spreading to your wound and to other people.", "",
             "How to wash your hands", "[Picture 1]", "Wet your hands with water.",
             "[Picture 2]", "Put soap on your hands and rub your palms together.",
             "[Image: a woman rubbing the backs of her hands]",
             "Rub the back of each hand with the other palm.", "(picture)",
             "Rinse your hands with water and dry them well with a clean towel.", "",
             "When to wash your hands", "Figure 3",
             "1. Wash your hands before you touch your wound.", "Figure 4",
             "2. Do not touch your dressing after using the toilet until you have washed them."]
    (tmp_path / "hands.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = docx.Document()
    for text in lines:
        if text:
            document.add_paragraph(text)
    document.save(tmp_path / "hands.docx")
    for name in ("hands.txt", "hands.docx"):
        leaflet, result = imported(name, tmp_path)
        assert headings(leaflet) == [
            "Why clean your hands?", "How to wash your hands", "When to wash your hands"
        ], name
        text = result.markdown()
        assert not re.search(r"Picture [12]|\(picture\)|Figure", text), name
        assert [b.description for b in leaflet.blocks if isinstance(b, DescribedPicture)] == [
            "A woman rubbing the backs of her hands"
        ], name
        (steps,) = lists(leaflet)
        assert steps.ordered and steps.item_numbers() == (1, 2), name
        for kept in ("Wet your hands with water.", "Put soap on your hands",
                     "Rinse your hands with water", "Do not touch your dressing"):
            assert kept in body_text(leaflet), (name, kept)
        placeholders = [w for w in result.warnings if "picture placeholder" in w]
        assert len(placeholders) == 5 and "'[Picture 2]'" in placeholders[1], (name, placeholders)
    # a sentence running on through a figure's number keeps it: left out, the sentence broke
    through = lines[:6] + ["Calf stretch", "Stand facing a wall with one foot behind the other "
                           "as shown in", "Figure 2", "and hold the stretch for 30 seconds."]
    result = _imported_text(tmp_path, "calf.txt", "\n".join(through) + "\n", "IPC-0042")
    assert "as shown in Figure 2 and hold the stretch" in result.markdown(), result.markdown()


def test_a_pdfs_pictures_left_out_are_named_for_a_person(tmp_path):
    """A PDF's pictures are not brought in: "A stick pushed down inside a plaster cast,
    crossed out in red" beside the Don'ts had gone without a word."""
    import base64
    import io

    import weasyprint
    from PIL import Image as PillowImage

    png = io.BytesIO()
    PillowImage.new("RGB", (200, 150), "red").save(png, format="PNG")
    source = "data:image/png;base64," + base64.b64encode(png.getvalue()).decode()
    html = (
        "<html><body><h1>Caring for your plaster cast</h1><p>Fracture Clinic</p>"
        "<p>Leaflet number: ORT-0219 Version: 3</p><h2>Don't</h2>"
        f'<img src="{source}" alt="A stick pushed down a cast, crossed out" '
        'style="width: 5cm"><p>Do not push anything down the cast.</p></body></html>'
    )
    path = tmp_path / "cast.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {"department": "Fracture Clinic"})
    assert any("page 1: 1 picture(s) were left out" in w for w in result.warnings)


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_a_line_pointing_to_a_qr_code_is_a_line_and_a_person_told(tmp_path, kind):
    """'Scan the QR code to watch the video' under the last section, short and with no full
    stop, had been a heading of its own in a text file and a PDF, a chapter in braille and
    audio, and nobody told that no reader of them can scan the code. It is a line, and a
    person is asked for the web address it leads to."""
    qr = "Scan the QR code to watch the video on caring for your wound"
    path = _leaflet_as(kind, tmp_path, [
        *WOUND_CARE_IN_ENGLISH, ("para", qr), ("para", "Next review: July 2027"),
    ])
    result = import_file(path, {})
    assert result.body[-1] == qr, result.body
    assert [w for w in result.warnings if f"'{qr}' points to a QR code" in w], result.warnings


def test_a_line_pointing_to_a_picture_not_there_is_named_in_a_list_too(tmp_path):
    """ "Tilt your head back, as shown in the picture below." as a list item, "(see diagram 2)"
    and "The diagram on the right shows ..." went without a warning."""
    text = (
        "Using your eye drops\nEye Clinic\n\nLeaflet number: OPH-0077 Version: 1\n\n"
        "How to put your drops in\n\n1. Wash your hands.\n2. Tilt your head back, as shown "
        "in the picture below.\n3. Pull down your lower eyelid (see diagram 2).\n\n"
        "The diagram on the right shows where to press.\n"
    )
    result = _imported_text(tmp_path, "drops.txt", text, "OPH-0077")
    named = [w.split("'")[1] for w in result.warnings if "refers to a picture" in w]
    assert named == ["as shown in the picture", "see diagram 2", "diagram on the right"]


URDU_ADVICE = (
    "اہم معلومات: وارفرین ہر روز ایک ہی وقت پر لیں۔ اگر آپ کا خون بہنا بند نہ ہو تو فوراً 999 پر "
    "کال کریں۔"
)
OFFER_IN_LANGUAGES = [
    "اگر آپ کو یہ معلومات اپنی زبان میں درکار ہیں تو براہ کرم نیچے دیے گئے نمبر پر فون کریں۔",
    "إذا كنت بحاجة إلى هذه المعلومات بلغتك، يرجى الاتصال بالرقم أدناه.",
    "জো আপনি এই তথ্য আপনার ভাষায় পেতে চান, তাহলে অনুগ্রহ করে নিচের নম্বরে ফোন করুন।",
    "Haddii aad u baahan tahay macluumaadkan oo ku qoran luqaddaada, fadlan wac lambarka hoose.",
    "如果您需要以您的语言提供此信息，请拨打下面的电话号码。",
]


def test_a_leaflets_own_words_in_urdu_are_kept_and_an_offer_in_languages_left_to_config(
    tmp_path,
):
    """Every line in another script had been dropped as the trust's: a leaflet's own Urdu
    paragraph on what to do if bleeding will not stop was lost from every format. Its Urdu is
    kept, read by the Urdu voice; an offer in five languages is left to config's own lines,
    and those config has no line for (Bengali, Somali, Chinese) are named for a person."""
    text = (
        "Taking warfarin safely\nAnticoagulant Clinic\n\nLeaflet number: ANT-0044 Version: 2"
        "\n\nWhat is warfarin?\n\nWarfarin is a medicine that slows down blood clotting.\n\n"
        f"{URDU_ADVICE}\n\nContact us\n\nAnticoagulant Clinic: 0116 258 5555.\n\n"
        "If you need this information in another language or format please call 0116 250 "
        "2959.\n\n" + "\n\n".join(OFFER_IN_LANGUAGES) + "\n"
    )
    result = _imported_text(tmp_path, "warfarin.txt", text, "ANT-0044")
    body = "\n".join(result.body)
    assert f"[{URDU_ADVICE}]{{lang=ur}}" in body
    assert not any(line in body for line in OFFER_IN_LANGUAGES)
    named = [warning for warning in result.warnings if "has no line for" in warning]
    assert len(named) == 3, result.warnings


def test_a_leaflet_in_english_and_polish_keeps_english_headings_and_tags_the_polish(tmp_path):
    """Each English question with its Polish under it: the Polish had been the heading (read by
    the English voice, a chapter in Polish) and the English question a paragraph."""
    text = (
        "Your baby's movements in pregnancy\nMaternity Services\n\nLeaflet MAT-0312 Version 4."
        "\n\nWhen will I feel my baby move?\nKiedy poczuję ruchy dziecka?\n\n"
        "Most women first feel their baby move between 16 and 24 weeks of pregnancy.\n"
        "Większość kobiet po raz pierwszy czuje ruchy dziecka między 16. a 24. tygodniem ciąży."
        "\n\nWhat should I do if my baby is moving less?\nCo powinnam zrobić, jeśli dziecko "
        "rusza się mniej?\n\nCall the Maternity Assessment Unit straight away on "
        "0116 258 6000.\n"
    )
    result = _imported_text(tmp_path, "movements.txt", text, "MAT-0312")
    body = result.body
    assert [block for block in body if block.startswith("#")] == [
        "## When will I feel my baby move?", "## What should I do if my baby is moving less?"
    ]
    assert "[Kiedy poczuję ruchy dziecka?]{lang=pl}" in body
    assert "[Co powinnam zrobić, jeśli dziecko rusza się mniej?]{lang=pl}" in body


WOUND_CARE_IN_ENGLISH = [
    ("title", "Caring for your wound after surgery"), ("para", "Surgical Day Unit"),
    ("para", "Leaflet number: SUR-0420 Version: 2"),
    ("heading", "Keeping your wound dry"),
    ("para", "Keep your dressing clean and dry for 48 hours after your operation."),
    ("para", "After 48 hours you may shower. Pat the wound dry with a clean towel."),
    ("heading", "When to get help"),
    ("para", "Call the ward on 01632 960 123 if your wound becomes red, hot or swollen."),
    ("para", "Do not take the dressing off yourself."),
]
WOUND_CARE_IN_POLISH = [
    ("title", "Opieka nad raną po operacji"), ("para", "Oddział Chirurgii Jednego Dnia"),
    ("heading", "Utrzymywanie suchości rany"),
    ("para", "Opatrunek należy utrzymywać w czystości i suchy przez 48 godzin po operacji."),
    ("para", "Po 48 godzinach można wziąć prysznic. Osusz ranę czystym ręcznikiem."),
    ("heading", "Kiedy szukać pomocy"),
    ("para", "Zadzwoń na oddział pod numer 01632 960 123, jeśli rana stanie się czerwona, "
             "gorąca lub spuchnięta."),
    ("para", "Nie zdejmuj opatrunku samodzielnie."),
]
WOUND_CARE_IN_URDU = [
    ("title", "آپریشن کے بعد اپنے زخم کی دیکھ بھال"),
    ("heading", "زخم کو خشک رکھنا"),
    ("para", "اپنے آپریشن کے بعد 48 گھنٹے تک اپنی پٹی کو صاف اور خشک رکھیں۔"),
    ("para", "48 گھنٹے کے بعد آپ نہا سکتے ہیں۔ زخم کو صاف تولیے سے آہستہ سے خشک کریں۔"),
    ("heading", "مدد کب حاصل کریں"),
    ("para", "اگر آپ کا زخم سرخ، گرم یا سوجا ہوا ہو جائے تو وارڈ کو 01632 960 123 پر فون کریں۔"),
    ("para", "پٹی خود نہ اتاریں۔"),
]
WOUND_CARE_IN_WELSH = [
    ("title", "Gofalu am eich clwyf ar ôl llawdriniaeth"), ("para", "Uned Llawdriniaeth Ddydd"),
    ("heading", "Cadw eich clwyf yn sych"),
    ("para", "Cadwch eich dresin yn lân ac yn sych am 48 awr ar ôl eich llawdriniaeth."),
    ("para", "Ar ôl 48 awr gallwch gael cawod. Sychwch y clwyf gyda thywel glân."),
    ("heading", "Pryd i gael help"),
    ("para", "Ffoniwch y ward ar 01632 960 123 os yw eich clwyf yn mynd yn goch, yn boeth neu'n "
             "chwyddedig."),
    ("para", "Peidiwch â thynnu'r dresin eich hun."),
]
THE_TRUSTS_LINES_AFTER = [
    ("para", "If you need this information in another language or format please call "
             "0116 250 2959."),
    # (the Chinese too: a PDF WeasyPrint makes with it has its English read by the second reader)
    *[("para", line) for line in OFFER_IN_LANGUAGES],
    ("para", "Next review: July 2027"),
]


def _as_word_and_pdf(stem: Path, title: str, department: str, body: list) -> tuple[Path, Path]:
    """`body` (a (heading, paragraph) pair, then paragraphs) as a Word file and a one-column PDF
    of leaflet `stem`'s number (its name up to the second '-'), version 1."""
    number = "-".join(stem.name.split("-")[:2])
    (heading, first), rest = body[0], body[1:]
    word = write_word(stem.with_suffix(".docx"), [
        ("title", title), ("p", department), ("heading", heading), ("p", first),
        *[("p", line) for line in rest],
    ])
    pdf = write_pdf(stem.with_suffix(".pdf"), {
        "title": title, "department": department, "columns": False,
        "footer": f"Leaflet number: {number} Version: 1 Next review: May 2027",
        "body": [("h2", heading), ("p", first), *[("p", line) for line in rest]],
    })
    return word, pdf


def _leaflet_as(kind: str, folder: Path, parts: list) -> Path:
    """`parts` ((kind, text), "page" for a new page) as a text file, a Word file or a PDF."""
    if kind == "txt":
        said = [text for part, text in parts if part != "page"]
        (path := folder / "wound.txt").write_text("\n\n".join(said) + "\n", encoding="utf-8")
        return path
    if kind == "docx":
        import docx

        document = docx.Document()
        for part, text in parts:
            if part == "page":
                document.add_page_break()
            elif part in ("title", "heading"):
                document.add_heading(text, level=0 if part == "title" else 1)
            else:
                document.add_paragraph(text)
        document.save(path := folder / "wound.docx")
        return path
    import weasyprint

    tags = {"title": "h1", "heading": "h2", "para": "p"}
    html = "".join(
        '<div style="break-after: page"></div>' if part == "page"
        else f"<{tags[part]}>{escape(text)}</{tags[part]}>" for part, text in parts
    )
    weasyprint.HTML(string=(
        "<html><head><style>body { font: 12pt 'Liberation Sans' } h1 { font-size: 22pt } "
        f"h2 {{ font-size: 15pt }}</style></head><body>{html}</body></html>"
    )).write_pdf(path := folder / "wound.pdf")
    return path


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
@pytest.mark.parametrize(("translation", "language", "named_over_it"), [
    (WOUND_CARE_IN_POLISH, "Polish", ""), (WOUND_CARE_IN_POLISH, "Polish", "Polish / Polski"),
    (WOUND_CARE_IN_URDU, "Urdu", ""), (WOUND_CARE_IN_WELSH, "Welsh", ""),
])
def test_a_translation_of_the_leaflet_after_it_is_left_out_and_said_once(
    tmp_path, kind, translation, language, named_over_it
):
    """A wound care leaflet followed by the whole of it in Polish (on a new page, under its
    title in Polish, or after "Polish / Polski") had run the Polish into the English leaflet:
    its title a line and its headings English headings ("## Utrzymywanie suchości rany"), read
    by the English voice and braille, with no warning. The translation is left out, and a
    person told once where it starts, in which language, and how to import it as a leaflet of
    its own; the trust's lines after it, its offer in languages, are handled as before. The
    same for Urdu after the English, and for Welsh."""
    over = [("para", named_over_it)] if named_over_it else []
    path = _leaflet_as(kind, tmp_path, [
        *WOUND_CARE_IN_ENGLISH, ("page", ""), *over, *translation, *THE_TRUSTS_LINES_AFTER,
    ])
    result = import_file(path, {})
    assert result.front_matter["title"] == "Caring for your wound after surgery"
    assert result.front_matter["format_offer"].startswith("If you need this information")
    english = [text for part, text in WOUND_CARE_IN_ENGLISH[3:]]
    assert [block.lstrip("# ") for block in result.body] == english, (kind, result.body)
    assert [block for block in result.body if block.startswith("#")] == [
        "## Keeping your wound dry", "## When to get help"
    ]
    said = [warning for warning in result.warnings if "given again in" in warning]
    assert len(said) == 1, result.warnings
    first = named_over_it or translation[0][1]
    assert f"given again in {language}, from '" in said[0]
    assert f"given again in {language}, from '{first}'" in said[0]
    where = said[0].split(": ")[1]
    assert re.fullmatch(r"page 2, line \d+" if kind == "pdf" else r"(paragraph|line) \d+", where)
    code = {"Polish": "pl", "Urdu": "ur", "Welsh": "cy"}[language]
    assert f"source/sur-0420-caring-for-your-wound-after-surgery.{code}.md" in said[0]
    assert f"'language: {code}'" in said[0]
    assert not [w for w in result.warnings if "does not read as English" in w]
    # ... and never a line or two of the leaflet's own in that language
    for language_line in [text for part, text in translation if part == "para"][1:3]:
        result = import_file(_leaflet_as(kind, tmp_path, [
            *WOUND_CARE_IN_ENGLISH, ("para", language_line), *THE_TRUSTS_LINES_AFTER,
        ]), {})
        assert not [w for w in result.warnings if "given again in" in w], result.warnings


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("translation", [WOUND_CARE_IN_WELSH, WOUND_CARE_IN_POLISH])
def test_a_leaflet_given_first_in_welsh_then_in_english_imports_the_english(
    tmp_path, kind, translation
):
    """A Welsh board's leaflet in Welsh and then, from a new page, in English: the Welsh title
    had been the title, its headings the leaflet's headings read by the English voice, and the
    English leaflet run on after them (its title a line). The English is the leaflet; the
    Welsh before it is left out and said once, as a translation after it is."""
    path = _leaflet_as(kind, tmp_path, [
        *translation, ("page", ""), *WOUND_CARE_IN_ENGLISH, *THE_TRUSTS_LINES_AFTER[:1],
    ])
    result = import_file(path, {})
    assert result.front_matter["title"] == "Caring for your wound after surgery"
    assert result.front_matter["department"] == "Surgical Day Unit"
    english = [text for part, text in WOUND_CARE_IN_ENGLISH[3:]]
    assert [block.lstrip("# ") for block in result.body] == english, (kind, result.body)
    said = [warning for warning in result.warnings if "the leaflet is given first in" in warning]
    assert len(said) == 1 and f"from '{translation[0][1]}'" in said[0], result.warnings
    assert not [w for w in result.warnings if "does not read as English" in w]


# The same leaflet as a Welsh board gives it, each line in Welsh beside its English, with an
# important notice headed in both.
DRIVING_AFTER_SEDATION = [
    ("title", "Going home after sedation"), ("title", "Mynd adref ar ôl tawelydd"),
    ("para", "Endoscopy Unit"), ("para", "Uned Endosgopi"),
    ("para", "Leaflet number: END-0107 Version: 3"),
    ("heading", "Pwysig / Important"),
    ("para", "Do not drive, drink alcohol or sign any legal papers for 24 hours."),
    ("para", "Peidiwch â gyrru, yfed alcohol na llofnodi unrhyw bapurau cyfreithiol am 24 awr."),
    ("heading", "Eating and drinking"), ("heading", "Bwyta ac yfed"),
    ("para", "You can eat and drink as usual when you get home."),
    ("para", "Gallwch fwyta ac yfed fel arfer pan fyddwch yn cyrraedd adref."),
    ("heading", "If you feel unwell"), ("heading", "Os ydych yn teimlo'n sâl"),
    ("para", "Ring the unit on 01632 960 555 if you have pain in your tummy or a high "
             "temperature."),
    ("para", "Ffoniwch yr uned ar 01632 960 555 os oes gennych boen yn eich bol neu dymheredd "
             "uchel."),
]


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("welsh_first", [False, True])
def test_a_leaflet_giving_each_line_in_welsh_and_english_imports_the_english(
    tmp_path, kind, welsh_first
):
    """A Welsh board's leaflet giving each heading and paragraph in Welsh and then in English
    (or the English first) had come in mixed: the Welsh headings '##' headings and the English
    ones lines (or the other way round), the Welsh paragraphs between the English ones, read
    by the English voice, the Welsh title the title (run into the English one in a PDF). The
    English is the leaflet, whole and in order with its headings; the Welsh is left out and
    said once; 'Pwysig / Important' keeps its English (a notice, as 'Important' alone is)."""
    parts = DRIVING_AFTER_SEDATION
    if welsh_first:  # each Welsh line before its English
        parts = [*parts]
        for at in (0, 2, 8, 10, 12, 14):
            parts[at], parts[at + 1] = parts[at + 1], parts[at]
        parts[6], parts[7] = parts[7], parts[6]
    result = import_file(_leaflet_as(kind, tmp_path, parts), {})
    assert result.front_matter["title"] == "Going home after sedation", result.front_matter
    assert result.front_matter["department"] == "Endoscopy Unit"
    assert result.body == [
        "> Important: Do not drive, drink alcohol or sign any legal papers for 24 hours.",
        "## Eating and drinking",
        "You can eat and drink as usual when you get home.",
        "## If you feel unwell",
        "Ring the unit on 01632 960 555 if you have pain in your tummy or a high temperature.",
    ], (kind, result.body)
    said = [w for w in result.warnings if "in Welsh and in English" in w]
    assert len(said) == 1, result.warnings
    assert not [w for w in result.warnings if "does not read as English" in w], result.warnings
    assert not [w for w in result.warnings if "the title in Welsh" in w], result.warnings


def test_a_text_file_giving_each_paragraph_in_welsh_and_english_keeps_its_address(tmp_path):
    """The same from a text file wrapped at 70 characters, each paragraph in English and then
    in Welsh: every line of a Welsh paragraph goes ("o hyd." wrapped under it too), and the
    address the two share keeps its Welsh street name, as the English sentence its hospital."""
    import textwrap

    paragraphs = [
        "Going home after your colonoscopy", "Mynd adref ar ôl eich colonosgopi",
        "Endoscopy Unit", "Uned Endosgopi",
        "Do not drive, drink alcohol or sign any legal papers for 24 hours after your test, "
        "because the sedation can still affect you.",
        "Peidiwch â gyrru, yfed alcohol na llofnodi unrhyw bapurau cyfreithiol am 24 awr ar ôl "
        "eich prawf, oherwydd gall y tawelydd effeithio arnoch o hyd.",
        "Eating and drinking", "Bwyta ac yfed",
        "You can eat and drink as usual when you get home. You may feel bloated for a few hours.",
        "Gallwch fwyta ac yfed fel arfer pan fyddwch yn cyrraedd adref. Efallai y byddwch yn "
        "teimlo'n chwyddedig am ychydig oriau.",
        "If you feel unwell", "Os ydych yn teimlo'n sâl",
        "Ring the unit on 01632 960 555 if you have pain in your tummy or bleeding from your "
        "bottom. Your test was at Ysbyty Gwynedd.",
        "Ffoniwch yr uned ar 01632 960 555 os oes gennych boen yn eich bol neu waedu o'ch pen ôl.",
        "Call 999 in an emergency.", "Ffoniwch 999 mewn argyfwng.",
        "Endoscopy Unit\nYsbyty Gwynedd\nFfordd Penrhosgarnedd\nBangor LL57 2PW",
    ]
    path = tmp_path / "colonoscopy.txt"
    path.write_text("\n\n".join(
        said if "\n" in said else textwrap.fill(said, 70) for said in paragraphs
    ) + "\n")
    result = import_file(path, {"number": "END-0110", "version": "2"})
    assert result.front_matter["title"] == "Going home after your colonoscopy"
    assert result.body == [
        "Do not drive, drink alcohol or sign any legal papers for 24 hours after your test, "
        "because the sedation can still affect you.",
        "## Eating and drinking",
        "You can eat and drink as usual when you get home. You may feel bloated for a few hours.",
        "## If you feel unwell",
        "Ring the unit on 01632 960 555 if you have pain in your tummy or bleeding from your "
        "bottom. Your test was at Ysbyty Gwynedd.",
        "Call 999 in an emergency.",
        "Endoscopy Unit", "Ysbyty Gwynedd", "Ffordd Penrhosgarnedd", "Bangor LL57 2PW",
    ], result.body
    assert len([w for w in result.warnings if "in Welsh and in English" in w]) == 1


# A line of the offer in Chinese, which no format carries: short, with no full stop.
CHINESE_OFFER = "如果您需要中文版本，请致电"


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("before", [[0], [0, 4]])
def test_an_offer_line_in_chinese_after_configs_lines_is_named_the_same_in_every_file(
    tmp_path, kind, before
):
    """A line of the offer in Chinese after the trust's Urdu line (and its Polish one) had been
    kept as the leaflet's, said as 'does not read as English' from a text file or a PDF, and
    from a Word file made the heading '## 如果您需要中文版本，请致电' with no warning: beside a
    line like config's, it is a line of the same offer, left out and named as a language config
    has no line for, whatever the file."""
    from pipeline.config import organisation

    lines = [entry.text for entry in organisation().format_offer.translations]
    path = _leaflet_as(kind, tmp_path, [
        *WOUND_CARE_IN_ENGLISH, THE_TRUSTS_LINES_AFTER[0],
        *[("para", lines[at]) for at in before], ("para", CHINESE_OFFER),
    ])
    result = import_file(path, {})
    english = [text for part, text in WOUND_CARE_IN_ENGLISH[3:]]
    assert [block.lstrip("# ") for block in result.body] == english, (kind, result.body)
    named = [warning for warning in result.warnings if CHINESE_OFFER in warning]
    assert len(named) == 1 and "has no line for, was left out" in named[0], result.warnings


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_a_line_in_a_script_no_format_carries_is_never_a_heading(tmp_path, kind):
    """A short line in Chinese set as a Word heading, in a PDF's heading size or apart in a
    text file had been a heading, read as English, and in Word with no warning: it is a line,
    flagged in every file as one that does not read as English; and one giving a number config
    does not is the leaflet's own, kept and flagged so beside config's Urdu line."""
    path = _leaflet_as(kind, tmp_path, [
        *WOUND_CARE_IN_ENGLISH, ("heading", "伤口护理"), ("para", "Keep the wound clean."),
    ])
    result = import_file(path, {})
    assert "伤口护理" in result.body and "## 伤口护理" not in result.body
    assert [w for w in result.warnings if "'伤口护理' does not read as English" in w]
    own = "如需中文信息，请致电 01632 960 777"
    path = _leaflet_as(kind, tmp_path, [
        *WOUND_CARE_IN_ENGLISH, THE_TRUSTS_LINES_AFTER[0], ("para", OFFER_IN_LANGUAGES[0]),
        ("para", own),
    ])
    result = import_file(path, {})
    assert result.body[-1] == own
    assert [w for w in result.warnings if f"'{own}' does not read as English" in w]


def test_an_offer_in_languages_in_a_word_box_is_left_to_config(tmp_path):
    """A Word box holding the offer and its lines in other languages left them as untagged
    paragraphs: nothing could be built until a person tagged each."""
    path = write_word(tmp_path / "1187-gastroscopy.docx", [
        ("title", "Having a gastroscopy"), ("para", "Endoscopy Unit"),
        ("para", "Leaflet number: 1187 Version: 2"), ("heading", "What is a gastroscopy?"),
        ("para", "A test to look at the inside of your food pipe and stomach."),
        ("box", ["If you need this information in another language or format please call "
                 "0116 250 2959.", *OFFER_IN_LANGUAGES]),
    ])
    result = import_file(path, {})
    body = "\n".join(result.body)
    assert not any(line in body for line in OFFER_IN_LANGUAGES)
    assert "0116 250 2959" in result.front_matter["format_offer"]


def test_a_line_in_arabic_read_from_a_pdf_is_in_reading_order_and_tagged(tmp_path):
    """A PDF gives Arabic letters left to right as they stand on the page: "إذا كنت" came out
    "تنك اذإ", and was then dropped as the trust's line."""
    import weasyprint

    arabic = "إذا كنت بحاجة إلى مترجم، اطلب من طاقم الجناح."
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "</style></head><body><h1>Caring for your wound</h1><p>Ward 22</p>"
        "<p>Leaflet number: 906 Version: 1</p><h2>Interpreters</h2>"
        "<p>Interpreters are free. Ask the ward staff.</p>"
        f'<p dir="rtl" lang="ar">{arabic}</p></body></html>'
    )
    path = tmp_path / "wound.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {"department": "Ward 22"})
    assert f"[{arabic}]{{lang=ar}}" in result.body


@pytest.mark.parametrize("english_before", [False, True])
def test_the_trusts_urdu_offer_line_alone_in_a_pdf_comes_in_whole(tmp_path, english_before):
    """WeasyPrint sets the Urdu 'ہ' in a font of its own whose box hangs lower on the same
    baseline: config's Urdu line, wrapped, had left 'فون کریں' of its second line as a line of
    the leaflet, its full stop a line apart and each 'ہ' out of its word. The line is read
    whole and left to config; an Urdu line of the leaflet's own comes whole and spelled."""
    from pipeline.config import organisation

    urdu = organisation().format_offer.translations[0].text
    english = [THE_TRUSTS_LINES_AFTER[0]] if english_before else []
    path = _leaflet_as("pdf", tmp_path, [*WOUND_CARE_IN_ENGLISH, *english, ("para", urdu)])
    result = import_file(path, {})
    wanted = [text for part, text in WOUND_CARE_IN_ENGLISH[3:]]
    assert [block.lstrip("# ") for block in result.body] == wanted, result.body
    own = WOUND_CARE_IN_URDU[2][1]
    path = _leaflet_as("pdf", tmp_path, [*WOUND_CARE_IN_ENGLISH, ("para", own)])
    assert import_file(path, {}).body[-1] == f"[{own}]{{lang=ur}}"


@pytest.mark.parametrize("line", [URDU_ADVICE, WOUND_CARE_IN_URDU[5][1]])
def test_an_urdu_line_in_a_pdf_keeps_its_vowel_signs_and_its_phone_number_in_order(
    tmp_path, line
):
    """A phone number in an Urdu line stands on the page group by group from the right
    ('123 960 01632'), and had been read so, a number the patient could not call; a vowel sign
    set a little apart over its letter had been a word of its own ('فورا ً 999')."""
    path = _leaflet_as("pdf", tmp_path, [*WOUND_CARE_IN_ENGLISH, ("para", line)])
    assert import_file(path, {}).body[-1] == f"[{line}]{{lang=ur}}"


GUJARATI_ADVICE = "જો તમારો ઘા લાલ, ગરમ અથવા સૂજી જાય તો વોર્ડને 01632 960 123 પર ફોન કરો."
PUNJABI_ADVICE = "ਜੇ ਤੁਹਾਡਾ ਜ਼ਖ਼ਮ ਲਾਲ, ਗਰਮ ਜਾਂ ਸੁੱਜ ਜਾਵੇ ਤਾਂ ਵਾਰਡ ਨੂੰ 01632 960 123 'ਤੇ ਫ਼ੋਨ ਕਰੋ।"


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    ("line", "code"), [(GUJARATI_ADVICE, "gu"), (PUNJABI_ADVICE, "pa")], ids=["gu", "pa"]
)
def test_a_line_in_gujarati_or_punjabi_is_kept_whole_never_taken_for_letters_apart(
    tmp_path, kind, line, code
):
    """A Gujarati or Punjabi word's vowel signs are marks, no letters: 'ગરમ' was counted as
    words of one letter each and every such line, in a text or a Word file, was left out as
    a PDF's Nastaliq read glyph by glyph ('could not be read from the file'), the ward's
    number with it."""
    path = _leaflet_as(kind, tmp_path, [*WOUND_CARE_IN_ENGLISH, ("para", line)])
    result = import_file(path, {})
    assert result.body[-1] == f"[{line}]{{lang={code}}}", result.body
    assert not [warning for warning in result.warnings if "come out apart" in warning]


# A short pain-relief leaflet as trusts hold it translated: its own words, with the English a
# translation keeps (the medicine and its dose, NHS 111, A&E, the number, the web address, the
# trust's name and the leaflet's details).
_TRANSLATED = {
    "ur": [
        "درد کی گولیاں کیسے لیں",
        "آپ کے ڈاکٹر نے آپ کے درد کے لیے Paracetamol 500mg کی گولیاں دی ہیں۔",
        "اپنی دوا کیسے لیں",
        ["ہر خوراک میں 2 گولیاں پانی کے ساتھ لیں۔", "24 گھنٹوں میں 8 سے زیادہ گولیاں نہ لیں۔"],
        "اگر آپ کی طبیعت بہت خراب ہو تو NHS 111 کو فون کریں یا A&E جائیں۔",
        "اوقات اور خوراک",
        [["وقت", "دوا", "خوراک"], ["صبح 8 بجے", "Paracetamol 500mg", "2 گولیاں"],
         ["رات 8 بجے", "Paracetamol 500mg", "2 گولیاں"]],
        "سوالات کے لیے فارمیسی کو 0116 258 6491 پر فون کریں۔",
        "مزید معلومات: www.leicestershospitals.nhs.uk",
    ],
    "ar": [
        "كيف تتناول أقراص الألم",
        "وصف لك طبيبك أقراص Paracetamol 500mg لتخفيف الألم.",
        "كيف تتناول دواءك",
        ["تناول قرصين مع الماء في كل جرعة.", "لا تتناول أكثر من 8 أقراص في 24 ساعة."],
        "إذا شعرت بتوعك شديد فاتصل بالرقم NHS 111 أو اذهب إلى A&E.",
        "الأوقات والجرعات",
        [["الوقت", "الدواء", "الجرعة"], ["الساعة 8 صباحا", "Paracetamol 500mg", "قرصان"],
         ["الساعة 8 مساء", "Paracetamol 500mg", "قرصان"]],
        "إذا كانت لديك أسئلة فاتصل بالصيدلية على الرقم 0116 258 6491.",
        "لمزيد من المعلومات: www.leicestershospitals.nhs.uk",
    ],
    "gu": [
        "દુખાવાની ગોળીઓ કેવી રીતે લેવી",
        "તમારા ડૉક્ટરે તમારા દુખાવા માટે Paracetamol 500mg ની ગોળીઓ આપી છે.",
        "તમારી દવા કેવી રીતે લેવી",
        ["દરેક ડોઝમાં પાણી સાથે 2 ગોળીઓ લો.", "24 કલાકમાં 8 થી વધુ ગોળીઓ ન લો."],
        "જો તમને ખૂબ અસ્વસ્થ લાગે તો NHS 111 ને ફોન કરો અથવા A&E પર જાઓ.",
        "સમય અને ડોઝ",
        [["સમય", "દવા", "ડોઝ"], ["સવારે 8 વાગ્યે", "Paracetamol 500mg", "2 ગોળીઓ"],
         ["રાત્રે 8 વાગ્યે", "Paracetamol 500mg", "2 ગોળીઓ"]],
        "પ્રશ્નો માટે ફાર્મસીને 0116 258 6491 પર ફોન કરો.",
        "વધુ માહિતી: www.leicestershospitals.nhs.uk",
    ],
    "pa": [
        "ਦਰਦ ਦੀਆਂ ਗੋਲੀਆਂ ਕਿਵੇਂ ਲੈਣੀਆਂ ਹਨ",
        "ਤੁਹਾਡੇ ਡਾਕਟਰ ਨੇ ਤੁਹਾਡੇ ਦਰਦ ਲਈ Paracetamol 500mg ਦੀਆਂ ਗੋਲੀਆਂ ਦਿੱਤੀਆਂ ਹਨ।",
        "ਆਪਣੀ ਦਵਾਈ ਕਿਵੇਂ ਲੈਣੀ ਹੈ",
        ["ਹਰ ਖੁਰਾਕ ਵਿੱਚ ਪਾਣੀ ਨਾਲ 2 ਗੋਲੀਆਂ ਲਓ।", "24 ਘੰਟਿਆਂ ਵਿੱਚ 8 ਤੋਂ ਵੱਧ ਗੋਲੀਆਂ ਨਾ ਲਓ।"],
        "ਜੇ ਤੁਸੀਂ ਬਹੁਤ ਬਿਮਾਰ ਮਹਿਸੂਸ ਕਰੋ ਤਾਂ NHS 111 ਨੂੰ ਫ਼ੋਨ ਕਰੋ ਜਾਂ A&E ਜਾਓ।",
        "ਸਮਾਂ ਅਤੇ ਖੁਰਾਕ",
        [["ਸਮਾਂ", "ਦਵਾਈ", "ਖੁਰਾਕ"], ["ਸਵੇਰੇ 8 ਵਜੇ", "Paracetamol 500mg", "2 ਗੋਲੀਆਂ"],
         ["ਰਾਤ 8 ਵਜੇ", "Paracetamol 500mg", "2 ਗੋਲੀਆਂ"]],
        "ਸਵਾਲਾਂ ਲਈ ਫਾਰਮੇਸੀ ਨੂੰ 0116 258 6491 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
        "ਹੋਰ ਜਾਣਕਾਰੀ: www.leicestershospitals.nhs.uk",
    ],
    "pl": [
        "Jak przyjmować tabletki przeciwbólowe",
        "Lekarz przepisał tabletki Paracetamol 500mg na ból. Ta ulotka wyjaśnia, jak je brać.",
        "Jak przyjmować lek",
        ["Przy każdej dawce należy przyjąć 2 tabletki, popijając wodą.",
         "Nie wolno przyjmować więcej niż 8 tabletek w ciągu 24 godzin."],
        "Jeśli czuje się Pan/Pani bardzo źle, proszę zadzwonić pod numer NHS 111 lub udać się "
        "na A&E.",
        "Godziny i dawki",
        [["Godzina", "Lek", "Dawka"], ["8:00 rano", "Paracetamol 500mg", "2 tabletki"],
         ["20:00", "Paracetamol 500mg", "2 tabletki"]],
        "W razie pytań proszę zadzwonić do apteki pod numer 0116 258 6491.",
        "Więcej informacji: www.leicestershospitals.nhs.uk",
    ],
}
_TRANSLATED_DETAILS = [
    "University Hospitals of Leicester NHS Trust", "Leaflet number: PHA-0101 Version: 1",
    "Last reviewed: March 2025", "Next review: March 2028",
]


def _translated_leaflet(kind: str, folder: Path, code: str, rows: list | None = None) -> Path:
    """The leaflet in `code` as a text file (a table typed with tabs) or a Word file (an Urdu
    or Arabic one right to left, each paragraph and the table marked so, as Word writes them);
    `rows` in place of its table's rows under the header."""
    title, intro, heading, items, notice, times, table, contact, web = _TRANSLATED[code]
    table = [table[0], *rows] if rows else table
    trust, *details = _TRANSLATED_DETAILS
    if kind == "txt":
        text = "\n".join([
            title, trust, "", intro, "", heading, *(f"• {item}" for item in items), "", notice,
            "", times, *("\t".join(row) for row in table), "", contact, "", web, "", *details,
        ])
        (path := folder / f"pain-{code}.txt").write_text(text + "\n", encoding="utf-8")
        return path
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    own = [document.add_heading(title, level=0)]
    document.add_paragraph(trust)
    own += [document.add_paragraph(intro), document.add_heading(heading, level=1)]
    own += [document.add_paragraph(item, style="List Bullet") for item in items]
    own += [document.add_paragraph(notice), document.add_heading(times, level=1)]
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for row, cells in zip(grid.rows, table, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
            own.append(cell.paragraphs[0])
    own += [document.add_paragraph(contact), document.add_paragraph(web)]
    for line in details:
        document.add_paragraph(line)
    if code in ("ur", "ar"):
        grid._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
        for paragraph in own:
            paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            for run in paragraph.runs:
                run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    document.save(path := folder / f"pain-{code}.docx")
    return path


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("code", ["ur", "ar", "gu", "pa", "pl"])
def test_a_whole_leaflet_in_another_language_is_imported_in_it_and_loads(tmp_path, kind, code):
    """A trust's leaflet translated whole into Urdu, Arabic, Gujarati, Punjabi or Polish had
    been imported as English: 'language: en-GB', every line tagged as another language, its
    headings lines, and its list and its table's Urdu left untagged, so the reader refused it
    (so too 'Paracetamol 500mg' alone in a cell, English in an Urdu leaflet). Its language is
    the leaflet's, its own words untagged, its title and headings in its own script; English
    alone in a cell, or more of a line than its own words ('مزید معلومات:
    www.leicestershospitals.nhs.uk'), is tagged {lang=en}; its numbers stay and nothing is
    added; it is saved as a translation and loads."""
    title, intro, heading, items, notice, times, table, contact, web = _TRANSLATED[code]
    result = import_file(_translated_leaflet(kind, tmp_path, code), {"department": "Pharmacy"})
    assert result.front_matter["language"] == code
    assert result.front_matter["title"] == title
    assert result.file_name == (
        "pha-0101-jak-przyjmowac-tabletki-przeciwbolowe.pl.md" if code == "pl"
        else f"pha-0101-leaflet.{code}.md"
    )
    body = "\n".join(result.body)
    assert [b for b in result.body if b.startswith("#")] == [f"## {heading}", f"## {times}"]
    assert "{lang=" + code not in body
    assert "\n".join(f"- {item}" for item in items) in result.body
    for number in ("500mg", "NHS 111", "A&E", "0116 258 6491", "24", "8"):
        assert number in body
    # the English a translation keeps is what it says, nothing English added
    said = " ".join([title, intro, heading, *items, notice, times, *sum(table, []), contact, web])
    english = re.findall(r"[A-Za-z][\w&.]*", re.sub(r"\{[^}]*\}", "", body))
    assert set(english) <= set(re.findall(r"[A-Za-z][\w&.]*", said)), english
    if code != "pl":
        assert "| [Paracetamol 500mg]{lang=en} |" in body
        assert "[www.leicestershospitals.nhs.uk]{lang=en}" in body
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.language == code
    assert headings(leaflet) == [heading, times]
    assert not [w for w in result.warnings if "does not read as English" in w], result.warnings
    assert f"saved as a translation, source/{result.file_name};" in "".join(result.warnings)


@pytest.mark.parametrize("code", ["ur", "ar", "gu", "pa"])
def test_a_translated_leaflets_cells_of_figures_alone_load_untagged(tmp_path, code):
    """A table of times in figures ('08:00' over '20:00', a dose '2') in an Urdu, Arabic,
    Gujarati or Punjabi leaflet: the reader refused each cell as 'written in Common script'
    though figures have no script to tag, so the imported leaflet never loaded. They load as
    they are, in the leaflet's language; English in a cell is still tagged."""
    rows = [["08:00", "Paracetamol 500mg", "2"], ["20:00", "Paracetamol 500mg", "2"]]
    path = _translated_leaflet("txt", tmp_path, code, rows)
    result = import_file(path, {"department": "Pharmacy"})
    assert "| 08:00 | [Paracetamol 500mg]{lang=en} | 2 |" in result.body[-3], result.body
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.language == code


# A Polish leaflet's bans under "Nie wolno:" ("You must not:"), two of them in words no
# English and no Polish word list knows, so the import reads them as in no known language.
_POLISH_BANS = [
    "prowadzić samochodu przez 24 godziny po znieczuleniu,",
    "moczyć opatrunku, dopóki przyjmujesz antybiotyki,",
    "podnosić dzieci ani zakupów przez 6 tygodni,",
    "odstawiać przepisanych leków przeciwzakrzepowych.",
]


@pytest.mark.parametrize("marker", ["– ", "- ", "• ", ""])
def test_a_polish_leaflets_bans_are_never_taken_for_an_offer_in_languages(tmp_path, marker):
    """A Polish leaflet's list under 'Nie wolno:' ('You must not:'), its items in Polish and
    in words read as no known language, was taken for the trust's offer in other languages
    (three lines or more in two languages): 'moczyć opatrunku ...' was left out as 'a line of
    the offer in a language config has no line for', 'odstawiać ... leków ...' left to config,
    silently, lost from every format. An item of a list, and a line in the leaflet's own
    language, is never a line of the offer: every ban is kept."""
    text = (
        "Opieka po operacji przepukliny\nOddział Chirurgii Jednego Dnia\n\n"
        "Ta ulotka wyjaśnia, jak dbać o siebie po operacji przepukliny.\n\n"
        "Twoja rana\nUtrzymuj opatrunek w czystości i suchy przez 48 godzin.\n"
        "Po 48 godzinach możesz wziąć prysznic.\n\n"
        "Nie wolno:\n" + "".join(f"{marker}{ban}\n" for ban in _POLISH_BANS) + "\n"
        "Kiedy szukać pomocy\nZadzwoń na oddział pod numer 0116 258 4100, jeśli rana jest "
        "czerwona lub gorąca.\n"
    )
    result = _imported_text(tmp_path, "przepuklina.txt", text, "SUR-0612")
    assert result.front_matter["language"] == "pl"
    body = "\n".join(result.body)
    for ban in _POLISH_BANS:
        assert ban in body, (ban, result.body)
    said = " ".join(result.decisions + result.warnings)
    assert "left to config" not in said and "has no line for" not in said, said


def test_a_polish_word_leaflets_bans_in_list_bullet_are_never_an_offer(tmp_path):
    """The same Polish bans as Word's List Bullet items under 'Nie wolno:' had lost two items
    as lines of an offer in languages, as from a text file: all four are kept."""
    import docx

    document = docx.Document()
    document.add_heading("Opieka po operacji przepukliny", level=0)
    document.add_paragraph("Oddział Chirurgii Jednego Dnia")
    document.add_paragraph("Ta ulotka wyjaśnia, jak dbać o siebie po operacji przepukliny.")
    document.add_heading("Czego unikać", level=1)
    document.add_paragraph("Nie wolno:")
    for ban in _POLISH_BANS:
        document.add_paragraph(ban, style="List Bullet")
    document.add_heading("Kiedy szukać pomocy", level=1)
    document.add_paragraph("Zadzwoń na oddział pod numer 0116 258 4100, jeśli rana krwawi.")
    document.save(path := tmp_path / "przepuklina.docx")
    result = import_file(path, {"number": "SUR-0612", "version": "1"})
    # (each said with its ban: test_a_polish_ban_lead_in_is_said_with_each_item)
    assert "\n".join(f"- Nie wolno {ban}" for ban in _POLISH_BANS) in result.body, result.body


_POLISH_SEDATION = (
    "Opieka po badaniu w sedacji\nOddział Endoskopii\n\n"
    "Ta ulotka wyjaśnia, jak dbać o siebie po badaniu w sedacji.\n\n"
    "Po powrocie do domu\nPrzez 24 godziny po sedacji ktoś dorosły powinien z Tobą zostać.\n"
    "Możesz jeść i pić jak zwykle.\n\n"
    "{lead_in}\n{items}\n"
    "Kiedy szukać pomocy\nZadzwoń na oddział pod numer 0116 258 4100, jeśli masz silny ból "
    "brzucha.\n"
)


@pytest.mark.parametrize(("lead_in", "items", "said", "stays"), [
    ("Nie wolno:",
     ["prowadzić samochodu przez 24 godziny,", "pić alkoholu przez 24 godziny,",
      "Podpisywać ważnych dokumentów."],
     ["Nie wolno prowadzić samochodu przez 24 godziny,", "Nie wolno pić alkoholu przez 24 "
      "godziny,", "Nie wolno podpisywać ważnych dokumentów."], False),
    ("NIE NALEŻY:",
     ["zostawać samemu w domu na noc,", "obsługiwać maszyn ani kuchenki."],
     ["Nie należy zostawać samemu w domu na noc,", "Nie należy obsługiwać maszyn ani kuchenki."],
     False),
    # an item saying its own ban keeps its words ("Nie nigdy ..." would say "not" twice), and
    # the lead-in stays over its list, as "Do not:" over "Never ..." does
    ("Nie:",
     ["jedz ciężkich posiłków tego dnia,", "nigdy nie zostawaj sam w wannie,",
      "zamykaj drzwi łazienki na klucz."],
     ["Nie jedz ciężkich posiłków tego dnia,", "nigdy nie zostawaj sam w wannie,",
      "Nie zamykaj drzwi łazienki na klucz."], True),
])
def test_a_polish_ban_lead_in_is_said_with_each_item(tmp_path, lead_in, items, said, stays):
    """A Polish 'Nie wolno:' ('you must not:') over '– prowadzić samochodu przez 24 godziny' had
    been kept as a paragraph over a plain list: no format said the ban with each item, and the
    list read alone said to drive. As an English 'Do not:' does, the lead-in (its row's
    ban_lead_ins, in capitals too) goes on to each item, and the line goes."""
    text = _POLISH_SEDATION.format(
        lead_in=lead_in, items="".join(f"– {item}\n" for item in items))
    result = _imported_text(tmp_path, "sedacja.txt", text, "END-0210")
    assert result.front_matter["language"] == "pl"
    at = result.body.index("\n".join(f"- {item}" for item in said))
    assert (result.body[at - 1] == lead_in) == stays, result.body
    words = lead_in.rstrip(":").capitalize()
    assert any(f"now each begin '{words} ...'" in w for w in result.warnings), result.warnings
    assert not any("kept its words" in w for w in result.warnings), result.warnings
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.language == "pl"


@pytest.mark.parametrize(("lead_in", "left"), [
    ("Przez 24 godziny po sedacji nie wolno:", "Przez 24 godziny po sedacji:"),
    ("**Do czasu zdjęcia szwów, nie należy:**", None),  # in bold: kept as it is written
])
def test_a_polish_ban_ending_a_lead_in_is_said_with_each_item(tmp_path, lead_in, left):
    """'Przez 24 godziny po sedacji nie wolno:' ('For 24 hours after sedation you must not:')
    over '– prowadzić samochodu' had left each item bare, as 'For 24 hours do not:' once did:
    each item is 'Nie wolno ...', and the lead-in, its ban now said by the items, is 'Przez 24
    godziny po sedacji:' (one it cannot part is kept whole: the ban said twice, never lost)."""
    items = ["prowadzić samochodu,", "pić alkoholu,", "podpisywać ważnych dokumentów."]
    text = _POLISH_SEDATION.format(
        lead_in=lead_in, items="".join(f"– {item}\n" for item in items))
    result = _imported_text(tmp_path, "sedacja.txt", text, "END-0210")
    words = "Nie wolno" if "wolno" in lead_in else "Nie należy"
    at = result.body.index("\n".join(f"- {words} {item}" for item in items))
    assert result.body[at - 1] == (left or lead_in), result.body


def test_a_polish_no_under_a_question_is_an_answer_not_a_ban(tmp_path):
    """'Nie:' is Polish for 'No:' too: under 'Czy ... minęło mniej niż 6 godzin?' ('Is it less
    than 6 hours ...?'), beside 'Tak:' ('Yes:'), its list says what to do then. Given the ban,
    '– kontynuuj przyjmowanie leku' (continue taking the medicine) would read 'do not
    continue': both answers keep their words."""
    text = (
        "Leczenie warfaryną\nPoradnia Przeciwzakrzepowa\n\n"
        "Ta ulotka wyjaśnia, co robić, jeśli pominiesz dawkę warfaryny.\n\n"
        "Pominięta dawka\nPrzyjmuj warfarynę codziennie o tej samej porze.\n"
        "Jeśli zapomnisz dawki, nie bierz podwójnej dawki.\n\n"
        "Czy od pominiętej dawki minęło mniej niż 6 godzin?\n\n"
        "Tak:\n– weź dawkę od razu,\n– zapisz to w książeczce.\n\n"
        "Nie:\n– pomiń tę dawkę,\n– kontynuuj przyjmowanie leku następnego dnia.\n\n"
        "Kiedy szukać pomocy\nZadzwoń do poradni pod numer 0116 258 4100, jeśli masz "
        "krwawienie.\n"
    )
    result = _imported_text(tmp_path, "warfaryna.txt", text, "HAE-0301")
    assert result.front_matter["language"] == "pl"
    at = result.body.index("Nie:")
    assert result.body[at + 1] == (
        "- pomiń tę dawkę,\n- kontynuuj przyjmowanie leku następnego dnia."
    ), result.body
    assert not any("now each begin" in w for w in result.warnings), result.warnings


def test_a_welsh_ban_lead_in_goes_on_to_each_item_it_can_and_stays_over_the_list(tmp_path):
    """A Welsh 'Peidiwch â:' ('do not:') over its items: an item written as 'â' mutates it
    ('thynnu'r dresin', 'gyrru') is 'Peidiwch â thynnu'r dresin'; one starting with a vowel
    takes 'ag' ('Peidiwch ag yfed alcohol'); one starting with 'w' (a vowel or not) keeps its
    words and is flagged, and the lead-in stays a line over its list, so no format reads that
    item without its ban."""
    text = (
        "Gofalu am eich clwyf\nAdran Llawfeddygaeth\n\n"
        "Mae'r daflen hon yn esbonio sut i ofalu am eich clwyf ar ôl eich llawdriniaeth.\n\n"
        "Eich clwyf\nCadwch y dresin yn lân ac yn sych am 48 awr.\n"
        "Gallwch gael cawod ar ôl 48 awr.\n\n"
        "Peidiwch â:\n- thynnu'r dresin eich hun,\n- gyrru am 24 awr,\n"
        "- yfed alcohol am 24 awr,\n- wlychu'r dresin,\n"
        "- chodi unrhyw beth trwm am 6 wythnos.\n\n"
        "Pryd i gael help\nFfoniwch y ward ar 01248 384384 os yw'r clwyf yn goch neu'n boeth.\n"
    )
    result = _imported_text(tmp_path, "clwyf.txt", text, "SUR-0455")
    assert result.front_matter["language"] == "cy"
    at = result.body.index("Peidiwch â:")
    assert result.body[at + 1] == (
        "- Peidiwch â thynnu'r dresin eich hun,\n- Peidiwch â gyrru am 24 awr,\n"
        "- Peidiwch ag yfed alcohol am 24 awr,\n- wlychu'r dresin,\n"
        "- Peidiwch â chodi unrhyw beth trwm am 6 wythnos."
    ), result.body
    assert any("'wlychu'r dresin,' kept its words" in w for w in result.warnings)


def test_a_welsh_ban_lead_in_mutates_each_item_as_a_welsh_reader_says_it(tmp_path):
    """'Peidiwch â:' over items written in their plain form ('tynnu'r pwythau', 'codi', 'poeni')
    had given 'Peidiwch â tynnu'r pwythau', wrong Welsh read aloud and printed: 'â' causes the
    aspirate mutation (t, c, p become th, ch, ph) and is 'ag' before a vowel; an item already
    mutated ('chael bath') and one the mutation leaves ('rhoi', 'golchi') stay as written."""
    text = (
        "Gofalu am eich pwythau\nAdran Llawfeddygaeth Blastig\n\n"
        "Mae'r daflen hon yn dweud sut i ofalu am eich pwythau ar ôl eich triniaeth.\n\n"
        "Am y pythefnos cyntaf\nCadwch y clwyf yn sych am 48 awr.\n"
        "Gallwch gael cawod ar ôl 2 ddiwrnod.\n\n"
        "Peidiwch â:\n- Tynnu'r pwythau eich hun\n- codi dim byd trwm am 6 wythnos\n"
        "- poeni os yw'r clwyf yn cosi ychydig\n- chael bath am 2 wythnos\n"
        "- rhoi eli ar y clwyf\n- ysmygu tra bod y clwyf yn gwella\n"
        "- golchi'r clwyf gyda sebon persawrus\n\n"
        "Pryd i gael help\nFfoniwch y ward ar 01792 703 540 os yw'r clwyf yn goch neu'n boeth.\n"
    )
    result = _imported_text(tmp_path, "pwythau.txt", text, "PLA-0310")
    assert result.front_matter["language"] == "cy"
    assert "\n".join([
        "- Peidiwch â thynnu'r pwythau eich hun", "- Peidiwch â chodi dim byd trwm am 6 wythnos",
        "- Peidiwch â phoeni os yw'r clwyf yn cosi ychydig",
        "- Peidiwch â chael bath am 2 wythnos", "- Peidiwch â rhoi eli ar y clwyf",
        "- Peidiwch ag ysmygu tra bod y clwyf yn gwella",
        "- Peidiwch â golchi'r clwyf gyda sebon persawrus",
    ]) in result.body, result.body
    assert "Peidiwch â:" not in result.body
    assert not any("kept its words" in w for w in result.warnings), result.warnings


# A Welsh health board's leaflet written wholly in Welsh, as a text file: its department under
# the title, "Beth yw ...?" and the other headings each a line apart, its bullets, its bans
# ("Peidiwch â ...") and its numbers.
WELSH_KNEE_LEAFLET = """\
Ymarferion ar ôl arthrosgopi ar y pen-glin
Adran Ffisiotherapi

Mae'r daflen hon yn esbonio sut i ofalu am eich pen-glin ar ôl eich llawdriniaeth.

Beth yw arthrosgopi?
Llawdriniaeth fach yw arthrosgopi. Mae'r llawfeddyg yn edrych y tu mewn i'ch pen-glin drwy \
gamera bach.

Ar ôl eich llawdriniaeth
Gallwch fynd adref ar yr un diwrnod fel arfer.
Cymerwch eich tabledi lladd poen fel y dywedodd y nyrs wrthych.
Codwch eich coes ar glustog pan fyddwch yn eistedd.

Ymarferion
• Plygwch eich pen-glin yn araf 10 gwaith.
• Tynhewch gyhyrau eich clun a daliwch am 5 eiliad.
• Gwnewch yr ymarferion hyn 3 gwaith y dydd.

Peidiwch â gyrru am 48 awr ar ôl eich llawdriniaeth.
Peidiwch â gwlychu'r dresin nes i'r nyrs ddweud wrthych.

Pryd i gysylltu â ni
Ffoniwch ni os:
• yw eich pen-glin yn mynd yn goch, yn boeth neu'n chwyddedig
• oes gennych boen yng nghroth eich coes
• yw eich tymheredd yn 38°C neu'n uwch

Rhif ffôn yr adran: 01248 384384 (dydd Llun i ddydd Gwener, 9am i 5pm)
Y tu allan i'r oriau hyn, ffoniwch GIG 111 Cymru ar 111.
"""


def test_a_whole_welsh_leaflet_has_its_headings_and_department_and_no_english_warnings(
    tmp_path,
):
    """A Welsh board's leaflet written wholly in Welsh was known as Welsh ('language: cy'),
    yet every line of it was warned 'does not read as English', its headings ('Beth yw
    arthrosgopi?', 'Ar ôl eich llawdriniaeth', 'Pryd i gysylltu â ni') stayed paragraphs, a
    chapterless leaflet in every format, and its department 'Adran Ffisiotherapi' became its
    one heading. Its lines are judged against Welsh, its headings are headings as an English
    leaflet's are, and the department goes to the front matter as 'Physiotherapy Department'
    does; its bans, lists and numbers are as written."""
    result = _imported_text(tmp_path, "pen-glin.txt", WELSH_KNEE_LEAFLET, "PHY-0420")
    assert result.front_matter["language"] == "cy"
    assert result.front_matter["title"] == "Ymarferion ar ôl arthrosgopi ar y pen-glin"
    assert result.front_matter["department"] == "Adran Ffisiotherapi", result.front_matter
    assert [b for b in result.body if b.startswith("#")] == [
        "## Beth yw arthrosgopi?", "## Ar ôl eich llawdriniaeth", "## Ymarferion",
        "## Pryd i gysylltu â ni",
    ], result.body
    assert not [w for w in result.warnings if "does not read as" in w], result.warnings
    body = "\n".join(result.body)
    assert "Peidiwch â gyrru am 48 awr ar ôl eich llawdriniaeth." in result.body
    assert "Peidiwch â gwlychu'r dresin nes i'r nyrs ddweud wrthych." in result.body
    assert "- Plygwch eich pen-glin yn araf 10 gwaith." in body
    assert "- yw eich tymheredd yn 38°C neu'n uwch" in body
    for number in ("01248 384384", "GIG 111 Cymru ar 111", "48 awr", "5 eiliad"):
        assert number in body
    assert "{lang=" not in body
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.language == "cy"
    assert headings(leaflet) == [
        "Beth yw arthrosgopi?", "Ar ôl eich llawdriniaeth", "Ymarferion",
        "Pryd i gysylltu â ni",
    ]


def test_a_line_in_no_language_in_a_welsh_leaflet_is_warned_as_not_welsh(tmp_path):
    """In a leaflet in Welsh, a line that reads as neither Welsh nor English (here Romanian,
    which no format carries) is still flagged for a person to tag, and the warning names the
    leaflet's own language, not English."""
    text = WELSH_KNEE_LEAFLET.replace(
        "Pryd i gysylltu â ni\n",
        "Dacă aveți nevoie de un interpret, vă rugăm să întrebați asistenta.\n\n"
        "Pryd i gysylltu â ni\n",
    )
    result = _imported_text(tmp_path, "pen-glin.txt", text, "PHY-0420")
    said = [w for w in result.warnings if "does not read as" in w]
    assert len(said) == 1 and "does not read as Welsh" in said[0], result.warnings
    assert "Dacă aveți nevoie" in said[0]


@pytest.mark.parametrize(("code", "text", "shouted", "written"), [
    ("pl", "Opieka nad raną po operacji\nOddział Chirurgii Jednego Dnia\n\n"
           "Ta ulotka wyjaśnia, jak dbać o ranę po powrocie do domu.\n\n"
           "KIEDY SZUKAĆ POMOCY\nZadzwoń na oddział pod numer 0116 258 4300, jeśli rana stanie "
           "się czerwona lub gorąca.\nNie zdejmuj opatrunku samodzielnie.\n\n"
           "ĆWICZENIA MIĘŚNI UDA\nNapnij mięśnie uda i przytrzymaj przez 5 sekund.\n",
     ["KIEDY SZUKAĆ POMOCY", "ĆWICZENIA MIĘŚNI UDA"],
     ["Kiedy szukać pomocy", "Ćwiczenia mięśni uda"]),
    ("cy", "Gofalu am eich cast plastr\nUned Toriadau\n\n"
           "Rydych wedi cael cast plastr i gadw eich asgwrn yn llonydd tra bydd yn gwella.\n\n"
           "PETHAU I'W GWNEUD\nCodwch eich braich ar glustog am y 48 awr gyntaf.\n"
           "Symudwch eich bysedd yn aml.\n\n"
           "PRYD I GYSYLLTU Â NI\nFfoniwch y clinig ar 01248 384001 os yw eich bysedd yn troi'n "
           "las.\nPeidiwch â gwlychu'r cast.\n",
     ["PETHAU I'W GWNEUD", "PRYD I GYSYLLTU Â NI"],
     ["Pethau i'w gwneud", "Pryd i gysylltu â ni"]),
])
def test_a_heading_in_capitals_in_a_polish_or_welsh_leaflet_is_written_in_its_own_letters(
    tmp_path, code, text, shouted, written
):
    """A heading set in capitals in a Polish leaflet was written in ordinary case letter by
    English letter, each of its own letters left a capital inside its word ('KIEDY SZUKAĆ
    POMOCY' as 'Kiedy szukaĆ pomocy', 'ĆWICZENIA MIĘŚNI' as 'ĆWiczenia miĘŚni'), which the
    voice and the braille read as a capital; in a Welsh one 'I'W' ('to its') kept English's
    capital 'I' ('Pethau I'w gwneud'). Every letter of the word is cased as one word, and 'I'
    is kept a capital only in English."""
    result = _imported_text(tmp_path, "capitals.txt", text, "SUR-0460")
    assert result.front_matter["language"] == code
    assert [b for b in result.body if b.startswith("#")] == [f"## {w}" for w in written]
    for before, after in zip(shouted, written, strict=True):
        assert any(f"'{before}' is in capitals: written '{after}'" in d for d in result.decisions)


@pytest.mark.parametrize("code", ["cy", "pl"])
def test_an_english_sentence_in_a_welsh_or_polish_leaflet_is_tagged_english(tmp_path, code):
    """A Welsh or Polish leaflet's one English sentence ('Please bring this leaflet and your
    medicines with you to the ward.') was left untagged, the leaflet's own
    language: the Welsh or Polish voice read it, garbled, and no one was told. It is tagged
    {lang=en} and said so, as a Polish line in an English leaflet is; the leaflet's own lines
    stay untagged, none warned as not its language ('Powoli zginaj kolano 10 razy.' had been
    warned as no English), and a line of the leaflet's own with words English has too
    ('Zadzwoń do nas, jeśli:', 'do' and 'nas') is its own."""
    english = "Please bring this leaflet and your medicines with you to the ward."
    text = {"cy": WELSH_KNEE_LEAFLET, "pl": (
        "Opieka nad cewnikiem w domu\nOddział Urologii\n\n"
        "Ta ulotka wyjaśnia, jak dbać o cewnik po powrocie do domu.\n\n"
        "Codzienna higiena\nMyj okolice cewnika wodą z mydłem raz dziennie.\n"
        "Nie odłączaj worka od cewnika, jeśli nie jest to konieczne.\n\n"
        "Ćwiczenia\nPowoli zginaj kolano 10 razy.\n\n"
        "Kiedy szukać pomocy\nZadzwoń do nas, jeśli:\n- mocz przestanie spływać do worka\n"
        "- masz gorączkę 38°C lub wyższą\n"
    )}[code] + f"\n{english}\n"
    result = _imported_text(tmp_path, "leaflet.txt", text, "URO-0415")
    assert result.front_matter["language"] == code
    assert f"[{english}]{{lang=en}}" in result.body, result.body
    assert "\n".join(result.body).count("{lang=") == 1, result.body
    assert any("a line in English" in d for d in result.decisions), result.decisions
    assert not [w for w in result.warnings if "does not read as" in w], result.warnings
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.language == code


def test_an_english_leaflets_lines_in_polish_are_kept_unless_like_configs_offer(tmp_path):
    """An English leaflet's section in Polish, three lines ('Nie jedz niczego ...', then 'Pij
    wyłącznie przejrzyste płyny, wodę, herbatę.' and 'Zabierz wszystkie przyjmowane leki.',
    read as no known language), was taken for an offer in two languages: the two instructions
    were left out of every format as 'a line of the offer'. Lines all in Latin letters are an
    offer only beside a line like config's (its Polish line, with Somali and Romanian)."""
    from pipeline.config import organisation

    polish = [
        "Nie jedz niczego przez 24 godziny przed badaniem.",
        "Pij wyłącznie przejrzyste płyny, wodę, herbatę.",
        "Zabierz wszystkie przyjmowane leki.",
    ]
    head = (
        "Having a colonoscopy\nEndoscopy Unit\nLeaflet number: END-0210 Version: 2\n\n"
        "Getting ready\nDo not eat anything for 24 hours before your test.\n\n"
    )
    text = head + "W języku polskim\n" + "\n".join(polish) + "\n\nContact us\n" \
        "Endoscopy Unit: 0116 258 7000\n"
    result = _imported_text(tmp_path, "colonoscopy.txt", text, "END-0210")
    body = "\n".join(result.body)
    for line in polish:
        assert line in body, result.body
    assert not [w for w in result.warnings if "has no line for" in w], result.warnings
    configs = next(t.text for t in organisation().format_offer.translations if t.lang == "pl")
    offer = [
        configs,
        "Haddii aad u baahan tahay macluumaadkan oo ku qoran luqaddaada, fadlan wac lambarka "
        "hoose.",
        "Dacă aveți nevoie de aceste informații în limba dvs., vă rugăm să sunați la numărul "
        "de mai jos.",
    ]
    text = head + "Contact us\nEndoscopy Unit: 0116 258 7000\n\n" + "\n".join(offer) + "\n"
    result = _imported_text(tmp_path, "colonoscopy.txt", text, "END-0210")
    body = "\n".join(result.body)
    assert not [line for line in offer if line in body], result.body


def test_a_polish_leaflets_details_are_its_front_matter(tmp_path):
    """A Polish leaflet's details under its title ('Ulotka nr CHR-0415 wersja 3', 'Data
    wydania: 09/2024  Data przeglądu: 09/2027') had stayed in its body, read out in every
    format, and the import found no reference, version or review date: they are its front
    matter, as 'Leaflet number: ... Version: ...' is, and leave the body."""
    text = (
        "Opieka nad cewnikiem w domu\nOddział Urologii\nUlotka nr CHR-0415 wersja 3\n"
        "Data wydania: 09/2024  Data przeglądu: 09/2027\n\n"
        "Ta ulotka wyjaśnia, jak dbać o cewnik po powrocie do domu.\n\n"
        "Codzienna higiena\nMyj okolice cewnika wodą z mydłem raz dziennie.\n"
        "Nie odłączaj worka od cewnika, jeśli nie jest to konieczne.\n\n"
        "Kiedy szukać pomocy\nZadzwoń na oddział pod numer 0116 258 4300, jeśli mocz przestanie "
        "spływać do worka.\n"
    )
    path = tmp_path / "cewnik.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {})
    front = result.front_matter
    assert front["language"] == "pl"
    assert (front["number"], front["version"]) == ("CHR-0415", 3), front
    assert (front["issued"], front["next_review"]) == ("2024-09", "2027-09"), front
    body = "\n".join(result.body)
    assert "Ulotka nr" not in body and "Data wydania" not in body, result.body
    assert body.startswith("Ta ulotka wyjaśnia"), result.body


@pytest.mark.parametrize(("text", "front", "body_starts"), [
    # a Welsh health board's masthead: its department over the title, the audience under it,
    # its details on one line with a month named in Welsh
    ("Bwrdd Iechyd Prifysgol Betsi Cadwaladr\nAdran Orthopedeg\n"
     "Ymarferion ar ôl llawdriniaeth ar y pen-glin\nGwybodaeth i gleifion\n\n"
     "Cyfeirnod: BCU/ORTH/0412  Fersiwn: 3  Dyddiad adolygu: Tachwedd 2027\n\n"
     "Pam mae'r ymarferion yn bwysig?\nBydd yr ymarferion hyn yn helpu'ch pen-glin i symud yn "
     "well ac yn cryfhau'ch coes.\nGwnewch bob ymarfer 10 gwaith, 3 gwaith y dydd.\n\n"
     "Pryd i gael help\nFfoniwch y ward ar 01745 583 910 os yw'ch pen-glin yn goch ac yn boeth.\n",
     {"language": "cy", "number": "BCU/ORTH/0412", "version": 3, "next_review": "2027-11",
      "department": "Adran Orthopedeg", "title": "Ymarferion ar ôl llawdriniaeth ar y pen-glin"},
     "## Pam mae'r ymarferion yn bwysig?"),
    # ... and the details labelled "Adolygu nesaf" and "Dyddiad cyhoeddi"
    ("Uned Diabetes\nGofalu am eich traed pan fydd gennych ddiabetes\n"
     "Gwybodaeth i gleifion a gofalwyr\n\n"
     "Cyfeirnod: DIA-0088  Dyddiad cyhoeddi: Medi 2025  Adolygu nesaf: Medi 2028\n\n"
     "Mae diabetes yn gallu niweidio'r nerfau a'r pibellau gwaed yn eich traed.\n"
     "Edrychwch ar eich traed bob dydd am friwiau, pothelli neu gochni.\n"
     "Peidiwch â cherdded yn droednoeth, hyd yn oed yn y tŷ.\n\n"
     "Pryd i gael help\nFfoniwch eich meddygfa ar unwaith os oes gennych friw sydd heb wella "
     "mewn 2 ddiwrnod.\n",
     {"language": "cy", "number": "DIA-0088", "issued": "2025-09", "next_review": "2028-09",
      "department": "Uned Diabetes", "title": "Gofalu am eich traed pan fydd gennych ddiabetes"},
     "Mae diabetes yn gallu niweidio'r nerfau"),
    # a Polish leaflet of the same shape, its review month named in Polish
    ("Oddział Kardiologii\nJak przyjmować warfarynę\nInformacja dla pacjentów\n\n"
     "Ulotka nr KAR-0217  wersja 2  Data przeglądu: marzec 2028\n\n"
     "Warfaryna to lek, który zmniejsza krzepliwość krwi.\n"
     "Przyjmuj warfarynę codziennie o tej samej porze.\n"
     "Nie przyjmuj aspiryny ani ibuprofenu bez rozmowy z lekarzem.\n\n"
     "Kiedy szukać pomocy\nZadzwoń pod numer 999, jeśli masz krew w moczu lub w kale.\n",
     {"language": "pl", "number": "KAR-0217", "version": 2, "next_review": "2028-03",
      "department": "Oddział Kardiologii", "title": "Jak przyjmować warfarynę"},
     "Warfaryna to lek"),
    # a Punjabi leaflet: its department under the title, named as Punjabi names one, its word
    # for a department last ("ਯੂਰੋਲੋਜੀ ਵਿਭਾਗ", Urology Department), then whom it is for (its
    # "ਜ਼" one letter here, a letter and its dot as the reviewer's file types it)
    ("ਗੁਰਦੇ ਦੀ ਪੱਥਰੀ ਤੋਂ ਬਾਅਦ ਘਰ ਵਿੱਚ ਆਪਣੀ ਦੇਖਭਾਲ\nਯੂਰੋਲੋਜੀ ਵਿਭਾਗ\nਮਰੀ\u0a5bਾਂ ਲਈ ਜਾਣਕਾਰੀ\n\n"
     "ਹਰ ਰੋਜ਼ ਘੱਟੋ-ਘੱਟ 2 ਲੀਟਰ ਪਾਣੀ ਪੀਓ। ਦਰਦ ਲਈ ਪੈਰਾਸੀਟਾਮੋਲ ਲਓ।\n\n"
     "ਮਦਦ ਕਦੋਂ ਲੈਣੀ ਹੈ\nਜੇ ਤੁਹਾਨੂੰ 38°C ਜਾਂ ਵੱਧ ਬੁਖ਼ਾਰ ਹੈ, ਤਾਂ ਤੁਰੰਤ ਵਾਰਡ ਨੂੰ 0116 258 5100 "
     "'ਤੇ ਫ਼ੋਨ ਕਰੋ।\n\nLeaflet number: URO-0144  Version: 2\nNext review: May 2028\n",
     {"language": "pa", "number": "URO-0144", "version": 2, "next_review": "2028-05",
      "department": "ਯੂਰੋਲੋਜੀ ਵਿਭਾਗ", "title": "ਗੁਰਦੇ ਦੀ ਪੱਥਰੀ ਤੋਂ ਬਾਅਦ ਘਰ ਵਿੱਚ ਆਪਣੀ ਦੇਖਭਾਲ"},
     "ਹਰ ਰੋਜ਼ ਘੱਟੋ-ਘੱਟ 2 ਲੀਟਰ"),
    # ... over its title, its word ending on a vowel sign ("ਸੇਵਾ", service)
    ("ਫ਼ਿਜ਼ੀਓਥੈਰੇਪੀ ਸੇਵਾ\nਗੋਡੇ ਦੇ ਅਪਰੇਸ਼ਨ ਤੋਂ ਬਾਅਦ ਕਸਰਤਾਂ\nਮਰੀਜ਼ਾਂ ਲਈ ਜਾਣਕਾਰੀ\n\n"
     "ਇਹ ਕਸਰਤਾਂ ਤੁਹਾਡੇ ਗੋਡੇ ਨੂੰ ਮਜ਼ਬੂਤ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰਦੀਆਂ ਹਨ। ਹਰ ਕਸਰਤ 10 ਵਾਰ ਕਰੋ।\n\n"
     "ਕਸਰਤ ਕਦੋਂ ਬੰਦ ਕਰਨੀ ਹੈ\nਜੇ ਤੁਹਾਡਾ ਗੋਡਾ ਲਾਲ ਜਾਂ ਗਰਮ ਹੋ ਜਾਵੇ ਤਾਂ ਕਸਰਤ ਨਾ ਕਰੋ।\n"
     "ਸਾਨੂੰ 0116 258 5200 'ਤੇ ਫ਼ੋਨ ਕਰੋ।\n\n"
     "Leaflet number: PHY-0388  Version: 1\nNext review: June 2028\n",
     {"language": "pa", "number": "PHY-0388", "department": "ਫ਼ਿਜ਼ੀਓਥੈਰੇਪੀ ਸੇਵਾ",
      "title": "ਗੋਡੇ ਦੇ ਅਪਰੇਸ਼ਨ ਤੋਂ ਬਾਅਦ ਕਸਰਤਾਂ"},
     "ਇਹ ਕਸਰਤਾਂ ਤੁਹਾਡੇ ਗੋਡੇ"),
    # Gujarati, its department over the title ("ડાયાબિટીસ સેન્ટર", Diabetes Centre)
    ("ડાયાબિટીસ સેન્ટર\nડાયાબિટીસ હોય ત્યારે તમારા પગની સંભાળ\nદર્દીઓ માટે માહિતી\n\n"
     "દરરોજ તમારા પગ તપાસો. ઉઘાડા પગે ચાલશો નહીં.\n\n"
     "મદદ ક્યારે લેવી\nજો તમારો પગ લાલ, ગરમ અથવા સૂજેલો હોય તો તે જ દિવસે અમને ફોન કરો.\n"
     "રાત્રે અથવા સપ્તાહના અંતે NHS 111 પર ફોન કરો.\n\n"
     "Leaflet number: DIA-0300  Version: 1\nNext review: April 2028\n",
     {"language": "gu", "number": "DIA-0300", "department": "ડાયાબિટીસ સેન્ટર",
      "title": "ડાયાબિટીસ હોય ત્યારે તમારા પગની સંભાળ"},
     "દરરોજ તમારા પગ તપાસો"),
    # Urdu, the department named first ("شعبہ امراض قلب", Cardiology Department)
    ("شعبہ امراض قلب\nوارفرین کیسے لیں\nمریضوں کے لیے معلومات\n\n"
     "وارفرین ہر روز ایک ہی وقت پر لیں۔ ڈاکٹر سے پوچھے بغیر اسپرین نہ لیں۔\n\n"
     "مدد کب حاصل کریں\nاگر آپ کے پیشاب یا پاخانے میں خون ہو تو فوراً 999 پر فون کریں۔\n"
     "اگر آپ کو کوئی خوراک چھوٹ جائے تو اگلی خوراک دگنی نہ کریں۔\n\n"
     "Leaflet number: CAR-0217  Version: 2\nNext review: March 2028\n",
     {"language": "ur", "number": "CAR-0217", "department": "شعبہ امراض قلب",
      "title": "وارفرین کیسے لیں"},
     "وارفرین ہر روز"),
    # Arabic ("عيادة مضادات التخثر", Anticoagulation Clinic)
    ("عيادة مضادات التخثر\nكيف تتناول الوارفارين\nمعلومات للمرضى\n\n"
     "تناول الوارفارين في نفس الوقت كل يوم. لا تتناول الأسبرين دون أن تسأل طبيبك.\n\n"
     "متى تطلب المساعدة\nاتصل بالرقم 999 فوراً إذا لاحظت دماً في البول أو البراز.\n"
     "إذا نسيت جرعة، فلا تضاعف الجرعة التالية.\n\n"
     "Leaflet number: CAR-0218  Version: 1\nNext review: March 2028\n",
     {"language": "ar", "number": "CAR-0218", "department": "عيادة مضادات التخثر",
      "title": "كيف تتناول الوارفارين"},
     "تناول الوارفارين"),
])
def test_a_translated_leaflets_masthead_gives_its_details(tmp_path, text, front, body_starts):
    """A Welsh leaflet opening 'Adran ...' over its title, 'Gwybodaeth i gleifion' and
    'Cyfeirnod: ... Fersiwn: 2 Dyddiad adolygu: Mawrth 2028' had the department for its title,
    the title a paragraph, the audience a heading, the details line body text and no reference,
    version or review date found, as an English leaflet of this shape never has: the department
    named first, the Welsh (and Polish) labels and month names are read as English ones are.
    The audience in the leaflet's language is left out and said so: the recording says the
    audience in its English announcement, so the front matter keeps the pipeline's."""
    path = tmp_path / "taflen.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {"version": "1"} if "version" not in front else {})
    assert {key: result.front_matter.get(key) for key in front} == front, result.front_matter
    assert "audience" not in result.front_matter, result.front_matter
    assert result.body[0].startswith(body_starts), result.body
    assert any("whom the leaflet is for" in d for d in result.decisions), result.decisions
    assert not any("not found" in w or "no reference" in w for w in result.warnings)
    # (a script without case is never in capitals: not its title, nor its headings)
    assert not any("in capitals" in d for d in result.decisions), result.decisions
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.audience_lang == "en-GB"


@pytest.mark.parametrize("lines", [
    # Punjabi: "call the clinic the same day ... We are open Monday to Friday." / "At night or
    # at the weekend call NHS 111."
    ["ਜੇ ਤੁਹਾਡਾ ਪੈਰ ਲਾਲ ਜਾਂ ਸੁੱਜਿਆ ਹੋਇਆ ਹੈ, ਤਾਂ ਉਸੇ ਦਿਨ ਕਲੀਨਿਕ ਨੂੰ 0116 258 4919 'ਤੇ ਫ਼ੋਨ ਕਰੋ। "
     "ਅਸੀਂ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ ਖੁੱਲ੍ਹੇ ਹਾਂ।",
     "ਰਾਤ ਨੂੰ ਜਾਂ ਹਫ਼ਤੇ ਦੇ ਅਖੀਰ ਵਿੱਚ NHS 111 ਨੂੰ ਫ਼ੋਨ ਕਰੋ।"],
    # Urdu, the same two lines
    ["اگر آپ کا پاؤں سرخ یا سوجا ہوا ہے تو اسی دن کلینک کو 0116 258 4919 پر فون کریں۔ ہم پیر سے "
     "جمعہ تک کھلے ہیں۔",
     "رات کو یا ہفتے کے آخر میں NHS 111 کو فون کریں۔"],
])
def test_a_line_a_translated_text_file_ends_at_its_full_stop_is_its_own_paragraph(
    tmp_path, lines
):
    """In a Punjabi text file that keeps each paragraph to a line, 'ਰਾਤ ਨੂੰ ... NHS 111 ਨੂੰ ਫ਼ੋਨ
    ਕਰੋ।' (at night, call NHS 111) was run on into the clinic's paragraph above it, where an
    English file's line ending a sentence ends its paragraph: a danda, or Urdu's full stop,
    ends a sentence as '.' does."""
    text = "\n\n".join(["Diabetes Centre", "\n".join(lines), ""])
    path = tmp_path / "feet.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {"number": "DIA-0210", "version": "1", "title": "Feet"})
    assert all(any(line in block for block in result.body) for line in lines), result.body
    assert not any(lines[0] in block and lines[1] in block for block in result.body), result.body


# The word a translated leaflet puts before its notice ("Important:", "Warning:"), as it is
# written in each language.
_NOTICE_LABELS = [
    ("ur", "اہم"), ("ur", "انتباہ"), ("ar", "مهم"), ("ar", "تحذير"), ("gu", "મહત્વપૂર્ણ"),
    ("gu", "ચેતવણી"), ("pa", "ਮਹੱਤਵਪੂਰਨ"), ("pa", "ਚੇਤਾਵਨੀ"), ("pl", "Ważne"), ("pl", "Uwaga"),
]


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(("code", "label"), _NOTICE_LABELS)
def test_a_notice_in_a_translated_leaflet_is_known_by_its_own_languages_label(
    tmp_path, kind, code, label
):
    """ "اہم: اگر آپ کی طبیعت بہت خراب ہو تو NHS 111 کو فون کریں ..." in an Urdu leaflet (so
    "مهم:" in Arabic, "Ważne:" in Polish) had come in as a paragraph like any other, the one
    line telling the reader when to call NHS 111 given no weight in any format, where
    "Important: ..." in an English leaflet is a notice. The leaflet's own language's label
    makes it one, as written; and so does the label on a line of its own over it."""
    title, intro, heading, items, notice, times, table, contact, web = _TRANSLATED[code]
    _TRANSLATED[code][4] = f"{label}: {notice}"
    try:
        path = _translated_leaflet(kind, tmp_path, code)
    finally:
        _TRANSLATED[code][4] = notice
    result = import_file(path, {"department": "Pharmacy"})
    assert f"> {label}: {notice}" in result.body, result.body
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notices = [block for block in leaflet.blocks if isinstance(block, Notice)]
    assert len(notices) == 1 and "NHS 111" in plain_text(notices[0].spans)
    # ... of the kind its label says: "تحذير:" had made an "important" notice of a warning
    warning = label in ("انتباہ", "تحذير", "ચેતવણી", "ਚੇਤਾਵਨੀ", "Uwaga")
    assert notices[0].kind == ("warning" if warning else "important"), notices[0]
    # a label on a line of its own over what it says
    text = path.read_text(encoding="utf-8") if kind == "txt" else None
    if text is not None:
        path.write_text(text.replace(f"{label}: {notice}", f"{label}\n{notice}"), "utf-8")
        result = import_file(path, {"department": "Pharmacy"})
        assert f"> {label}: {notice}" in result.body, result.body


@pytest.mark.parametrize(("code", "label"), [("pl", "Ważne"), ("ur", "اہم")])
def test_a_running_ban_kept_in_a_translated_leaflet_has_its_languages_label(
    tmp_path, code, label
):
    """ "Never take more than 8 tablets in 24 hours" in the page header of a Polish Word
    leaflet was kept as "> Important: ...", the label in English said by the Polish voice; in an
    Urdu leaflet its Latin letters were untagged, and the reader refused the leaflet. The label
    is the leaflet's own language's, the English ban tagged as English."""
    import docx

    path = _translated_leaflet("docx", tmp_path, code)
    document = docx.Document(path)
    document.sections[0].header.add_paragraph("Never take more than 8 tablets in 24 hours")
    document.save(path)
    result = import_file(path, {"department": "Pharmacy"})
    assert result.body[0] == (
        f"> {label}: [Never take more than 8 tablets in 24 hours.]{{lang=en}}"
    ), result.body
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notice = next(block for block in leaflet.blocks if isinstance(block, Notice))
    assert notice.kind == "important"
    assert plain_text(notice.spans) == f"{label}: Never take more than 8 tablets in 24 hours."


_RUNNING_BANS = {
    # "Never take more than 8 tablets in 24 hours", as each language's leaflet says it
    "pl": "Nigdy nie bierz więcej niż 8 tabletek w ciągu 24 godzin",
    "ur": "24 گھنٹوں میں کبھی بھی 8 سے زیادہ گولیاں نہ لیں",
}


@pytest.mark.parametrize(("code", "label"), [("pl", "Ważne"), ("ur", "اہم")])
def test_a_running_ban_in_a_translated_leaflets_own_language_is_kept(tmp_path, code, label):
    """ "Nigdy nie bierz więcej niż 8 tabletek w ciągu 24 godzin" in every page's header of a
    Polish Word leaflet (and its Urdu in an Urdu one) was dropped as a running line, only the
    import report saying so and no warning: the check for a ban knew only English's "not" and
    "never". A running line is a ban by its own language's words for not (languages.py's
    negations): kept once, an Important notice in the leaflet's own words, untagged, and
    warned of; a plain running line ("Informacje dla pacjenta", "Strona 1 z 2") is still
    dropped, and warned of nothing."""
    import docx

    ban = _RUNNING_BANS[code]
    path = _translated_leaflet("docx", tmp_path, code)
    document = docx.Document(path)
    document.sections[0].header.add_paragraph(ban)
    document.sections[0].header.add_paragraph(
        "Informacje dla pacjenta" if code == "pl" else "مریضوں کے لیے معلومات"
    )
    document.sections[0].footer.add_paragraph("Strona 1 z 2" if code == "pl" else "صفحہ 1 از 2")
    document.save(path)
    result = import_file(path, {"department": "Pharmacy"})
    assert result.body[0] == f"> {label}: {ban}.", result.body
    assert result.markdown().count(ban) == 1
    assert [warning for warning in result.warnings
            if f"'{ban}', set over or under every page, says a ban" in warning], result.warnings
    markdown = result.markdown()
    assert "Informacje dla pacjenta" not in markdown and "مریضوں کے لیے" not in markdown
    assert "Strona 1" not in markdown and "صفحہ" not in markdown
    assert not [warning for warning in result.warnings
                if "Strona" in warning or "صفحہ" in warning or "Informacje" in warning]
    # the kept ban shares "więcej niż 8 tabletek w ciągu 24 godzin" with the leaflet's own
    # "Nie wolno przyjmować ..." item: the file says both, so no copy to delete
    assert not [warning for warning in result.warnings if "more often" in warning], (
        result.warnings
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notice = next(block for block in leaflet.blocks if isinstance(block, Notice))
    assert notice.kind == "important"
    assert plain_text(notice.spans) == f"{label}: {ban}."


@pytest.mark.parametrize(("code", "line"), [
    ("en", "Cysylltwch â ni ar 01248 384384"),  # "Contact us on ...": "ni" is "us"
    ("pl", "Opracowała: Ani Kowalska, pielęgniarka"),  # "Ani", a name
    ("pl", "Ulotka przygotowana dla Ani"),
])
def test_a_running_line_with_a_word_for_not_that_is_another_word_is_no_ban(tmp_path, code, line):
    """ "Cysylltwch â ni ar 01248 384384" ("Contact us on ...") over every page, and a Polish
    line naming its nurse Ani, were taken for bans by Welsh "ni" and Polish "ani" (each also a
    word for not) and set as an Important notice at the start of the text, warned of as a
    ban: the patient's first words a notice saying nothing to do. Such a word says not only
    opening a clause before its verb; the line is a running line, dropped and reported like
    any other. "Ni ddylech yrru am 24 awr" over the pages is still a ban, kept."""
    import docx

    if code == "pl":
        path = _translated_leaflet("docx", tmp_path, "pl")
    else:
        path = write_word(tmp_path / "9101-hip-precautions.docx", WORD_LEAFLETS[
            "9101-hip-precautions.docx"])
    document = docx.Document(path)
    document.sections[0].header.add_paragraph(line)
    document.save(path)
    result = import_file(path, {"department": "Pharmacy"})
    assert not [block for block in result.body if block.startswith(">") and line in block], (
        result.body
    )
    assert not [warning for warning in result.warnings if "says a ban" in warning]
    assert [d for d in result.decisions if f"dropped the running line '{line}'" in d], (
        result.decisions
    )
    document = docx.Document(path)
    document.sections[0].header.add_paragraph("Ni ddylech yrru am 24 awr")
    document.save(path)
    result = import_file(path, {"department": "Pharmacy"})
    assert [block for block in result.body if "Ni ddylech yrru am 24 awr" in block
            and block.startswith(">")], result.body


def test_a_trusts_note_about_its_file_is_left_out_and_said(tmp_path):
    """ "Uncontrolled when printed" and "Do not photocopy this leaflet" at the foot of a text,
    Word or PDF leaflet were kept as its last lines, read to the patient as instructions; "Nie
    kopiować" ("Do not copy") under every page of a Polish Word leaflet was made an Important
    notice at the start of its text. They are the trust's notes about the file: left out, each
    said in the import report. The leaflet's own bans stay: "Do not drive for 24 hours." in
    the text, and "Nigdy nie bierz ..." over every page, kept as a notice."""
    notes = ["Uncontrolled when printed", "Do not photocopy this leaflet"]
    body = [("Going home", "Someone must take you home and stay with you overnight."),
            "Do not drive for 24 hours.", *notes]
    text = tmp_path / "END-0311-sedation.txt"
    text.write_text(
        "After your sedation\nEndoscopy Unit\n\nGoing home\n" + "\n".join(body[0][1:])
        + "\n\nDo not drive for 24 hours.\n\nLeaflet number: END-0311 Version: 1\n"
        "Next review: May 2027\n" + "\n".join(notes) + "\n", encoding="utf-8")
    for path in [text, *_as_word_and_pdf(tmp_path / "END-0311-sedation", "After your sedation",
                                         "Endoscopy Unit", body)]:
        result = import_file(path, {})
        markdown = result.markdown()
        assert "Do not drive for 24 hours." in result.body, (path.name, result.body)
        for note in notes:
            assert note not in markdown, (path.name, markdown)
            assert [d for d in result.decisions
                    if f"'{note}', the trust's note about its file" in d], result.decisions
        assert not [w for w in result.warnings if "'not'" in w], result.warnings
    import docx

    ban = _RUNNING_BANS["pl"]
    path = _translated_leaflet("docx", tmp_path, "pl")
    document = docx.Document(path)
    document.sections[0].header.add_paragraph(ban)
    document.sections[0].footer.add_paragraph("Nie kopiować")
    document.save(path)
    result = import_file(path, {"department": "Pharmacy"})
    assert result.body[0] == f"> Ważne: {ban}.", result.body
    assert "kopiować" not in result.markdown()
    assert [d for d in result.decisions
            if "'Nie kopiować', the trust's note about its file" in d], result.decisions


def test_a_running_ban_in_a_polish_pdfs_header_is_kept(tmp_path):
    """The same Polish ban in every page's running head of a PDF, under the page's number:
    kept once and warned of; the head's "Strona 1 z 3" is dropped."""
    import weasyprint

    title, intro, heading, items, notice, *_ = _TRANSLATED["pl"]
    ban = _RUNNING_BANS["pl"]
    css = (
        "@page { size: A4; margin: 30mm 18mm 25mm; @top-center { content: '" + ban + "'; "
        "font-size: 9pt; } @bottom-left { content: 'Leaflet number: PHA-0101 Version: 1 Next "
        "review: March 2028'; font-size: 8pt; } @bottom-right { content: 'Strona ' "
        "counter(page) ' z ' counter(pages); font-size: 8pt; } }"
        "body { font-family: 'Liberation Sans'; font-size: 11pt; }"
    )
    items_html = "".join(f"<li>{escape(item)}</li>" for item in items)
    pdf = tmp_path / "PHA-0101-pl.pdf"
    weasyprint.HTML(string=(
        f"<html lang='pl'><head><style>{css}</style></head><body><h1>{escape(title)}</h1>"
        f"<p>University Hospitals of Leicester NHS Trust</p>{f'<p>{escape(intro)}</p>' * 14}"
        f"<h2>{escape(heading)}</h2><ul>{items_html}</ul>{f'<p>{escape(notice)}</p>' * 10}"
        "</body></html>"
    )).write_pdf(pdf)
    result = import_file(pdf, {"department": "Pharmacy"})
    assert result.body[0] == f"> Ważne: {ban}.", result.body
    assert result.markdown().count(ban) == 1
    assert [warning for warning in result.warnings
            if f"'{ban}', set over or under every page, says a ban" in warning], result.warnings
    assert "Strona" not in result.markdown()
    assert not [warning for warning in result.warnings
                if "more often" in warning and "tabletek w ciągu" in warning], result.warnings


def test_an_offer_wrapped_before_the_end_of_its_number_in_a_pdf_keeps_it_whole(tmp_path):
    """ "... please call 0116 250" / "2959 or email ...": the second line was dropped as the
    trust's (then read as a heading), and every format gave the number as 0116 250."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "</style></head><body><h1>Caring for your wound</h1><p>Ward 22</p>"
        "<p>Leaflet number: 905 Version: 1</p><h2>Keeping it clean</h2>"
        "<p>Keep the dressing clean and dry for 48 hours.</p>"
        '<p style="width: 150mm"><b>If you need this information in another language or '
        "format please call 0116 250 2959 or email equality@uhl-tr.nhs.uk</b></p></body></html>"
    )
    path = tmp_path / "wound.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {"department": "Ward 22"})
    assert "0116 250 2959 or email" in result.front_matter["format_offer"]
    assert not any("2959" in block for block in result.body)


# ---- fields, tables, list numbers and pictures in the model and the formats ----------------------


def test_a_reference_with_letters_is_found_on_the_web_page(project, capsys):
    from pipeline.web import catalogue

    main(["import", str(LEAFLETS / "phy-0412-knee-exercises-after-arthroscopy.txt")])
    found = catalogue.search("PHY-0412")
    assert [view.number for view in found] == ["PHY-0412"]


def test_a_reference_is_found_however_staff_type_its_letters(project, capsys):
    main(["import", str(LEAFLETS / "phy-0412-knee-exercises-after-arthroscopy.txt")])
    capsys.readouterr()
    assert main(["fields", "phy-0412"]) == 0
    assert capsys.readouterr().out.startswith("seconds\t")


def test_leaflet_fields_lists_name_label_and_where(project, capsys):
    main(["import", str(LEAFLETS / "phy-0412-knee-exercises-after-arthroscopy.txt")])
    capsys.readouterr()
    assert main(["fields", "PHY-0412"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:2] == ["seconds", "seconds"]
    assert lines[2].startswith("seconds-2\tseconds\t")
    assert "under 'Exercise 2: Static quadriceps'" in lines[2]
    assert lines[4].split("\t")[:2] == ["name-of-therapist", "Name of therapist"]
    source = next((project / "source").glob("phy-0412-*.md"))
    assert [f.name for f in leaflet_fields(source)][-1] == "date-issued"


def test_every_format_shows_fields_tables_and_pictures_for_its_reader(tmp_path):
    from pipeline.formats.audio.speech_script import speech_script
    from pipeline.formats.braille.layout import LayoutChoices, units_of
    from pipeline.formats.easy_read.drafter import draft
    from pipeline.formats.html_render import render_document

    leaflet, _ = imported("phy-0412-knee-exercises-after-arthroscopy.txt", tmp_path)
    html = render_document(leaflet)
    assert html.count('class="field-line"') == 6 and "____" not in html
    assert "<strong>Picture:</strong> A person lying on their back" in html
    said = speech_script(leaflet).as_text()
    # "physiotherapist" as the lexicon respells it for the voice
    # the issue's own words: "hold for the number of seconds your physiotherapist gives you"
    assert re.search(r"Hold for the number of seconds your \S+therapist gives you, then", said)
    assert re.search(r"Name of therapist: your \S+therapist will fill this in\.", said)
    assert "Picture: A person lying on their back" in said
    braille_text = " ".join(u.text for u in units_of(leaflet, LayoutChoices()))
    assert "(blank: seconds)" in braille_text and "Date issued: (blank)" in braille_text
    rows = [row.text for section in draft(leaflet).sections for row in section.rows]
    assert any("(blank) seconds" in row for row in rows)
    for text in (html, said, braille_text, " ".join(rows)):
        assert "__" not in text and "……" not in text and "|" not in text.replace("||", "")

    leaflet, _ = imported("3317-bowel-preparation-for-colonoscopy.txt", tmp_path)
    html = render_document(leaflet)
    assert '<th scope="col">Time</th>' in html and '<th scope="row">5pm</th>' in html
    said = speech_script(leaflet).as_text()
    table = "A table with three rows.\nTime: seven in the morning.\nWhat to do: Light breakfast."
    assert table in said
    braille_text = " ".join(u.text for u in units_of(leaflet, LayoutChoices()))
    assert "Table of 3 rows in linear format: Time: What to do" in braille_text
    assert "8pm: Second sachet in 1 litre of water" in braille_text
    rows = [row.plain for section in draft(leaflet).sections for row in section.rows]
    assert any("Time: 7am" in row for row in rows)


def test_a_pdf_timetable_reads_as_a_table_in_large_print_html_and_braille(tmp_path):
    """The timetable from a PDF: a ruled table in large print while its narrow columns and a
    column of sentences fit the page (else row by row, each cell after its heading), a real
    table in HTML, and UEB linear table format in braille: a transcriber's note giving the
    column headings in order, then one paragraph per row in cells 1-3, the first entry
    followed by a colon and the rest separated by semicolons, a blank line after."""
    import pdfplumber

    from pipeline.formats import large_print
    from pipeline.formats.audio.speech_script import speech_script
    from pipeline.formats.braille.checker import back_translate
    from pipeline.formats.braille.layout import TN_CLOSE, TN_OPEN, LayoutChoices, lay_out, table_for
    from pipeline.formats.html_render import render_document
    from pipeline.formats.large_print import LargePrintSettings

    leaflet, _ = imported("9610-bowel-preparation-timetable.pdf", tmp_path)
    html = render_document(leaflet)
    assert '<th scope="col">What to do</th>' in html and "<td>11am</td>" in html
    said = speech_script(leaflet).as_text()
    assert ("When: Day before.\nTime: eight in the morning.\nWhat to do: Eat a light "
            "breakfast, such as white toast with butter.\nThen eat nothing more until after your "
            "test.\nWhen: Day before.") in said

    settings = LargePrintSettings(size=18)
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    report = large_print.check(leaflet, settings, [pdf])
    assert not report.problems, report.problems
    with pdfplumber.open(pdf) as document:
        (cells,) = [cells for page in document.pages for t in page.find_tables()
                    if len((cells := t.extract())[0]) == 3]
    header = cells.index(["When", "Time", "What to do"])
    assert cells[header + 3][:2] == ["Day of test", "7am"]
    assert " ".join(cells[header + 3][2].split()) == (
        "Mix the second dose and drink it over 1 hour, with 500ml of clear fluid."
    )
    settings = LargePrintSettings(size=28)  # too narrow a page for the sentences' column
    (pdf,) = large_print.write(leaflet, settings, tmp_path)
    with pdfplumber.open(pdf) as document:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)
    assert "When: Day before; Time: 8am; What to do: Eat a light breakfast" in text

    lines = [line for page in lay_out(leaflet, LayoutChoices()) for line in page.lines]
    note = next(i for i, line in enumerate(lines) if line.print_text.startswith("Table of 4"))
    assert lines[note].cells.startswith(TN_OPEN) and TN_CLOSE in lines[note + 1].cells
    table = table_for("en", 2)
    read = [back_translate(line.cells, table) for line in lines[note:note + 12]]
    assert " ".join(read[:2]) == "Table of 4 rows in linear format: When: Time; What to do"
    assert read[2] == "Day before: 8am; Eat a light breakfast, such as"
    assert lines[3 + note].cells.startswith("\u2800\u2800")  # runovers in cell 3
    last = read.index("Day of test: 11am; Stop drinking everything,") + 1
    assert lines[note + last + 1].cells == ""  # a blank line after the table
    assert lines[note - 1].cells == ""


def test_a_braille_table_that_fits_a_page_is_not_divided_between_pages(tmp_path):
    from pipeline.formats.braille.layout import LayoutChoices, lay_out

    leaflet, _ = imported("6001-pelvic-floor-exercises.txt", tmp_path)
    pages = lay_out(leaflet, LayoutChoices())
    holding = {
        page.number
        for page in pages
        for line in page.lines
        if line.print_text.startswith(("Table of 3 rows", "Week 1:", "Week 3:"))
    }
    assert len(holding) == 1, holding


def test_a_column_heading_ending_in_a_question_mark_is_said_with_its_cell(tmp_path):
    from pipeline.formats.audio.speech_script import speech_script

    leaflet, _ = imported("card-0112-angiogram-medicines.pdf", tmp_path)
    said = speech_script(leaflet).as_text()
    row = "Medicine: Aspirin.\nTake it: Yes.\nWhat to do: Take it as usual with a little water.\n"
    assert row in said


def test_ordered_lists_keep_their_numbers_from_markdown_to_every_format(tmp_path):
    from pipeline.formats.audio.speech_script import speech_script
    from pipeline.formats.html_render import render_document

    source = tmp_path / "9-steps.md"
    source.write_text(
        "---\nnumber: 9\nversion: 1\ntitle: Steps\ndepartment: Physiotherapy\n---\n\n"
        "4. Stand up.\n5. Sit down.\n7. Rest.\n",
        encoding="utf-8",
    )
    leaflet = read_leaflet(source, trust_parts)
    (steps,) = lists(leaflet)
    assert steps.item_numbers() == (4, 5, 7)
    html = render_document(leaflet)
    assert '<ol start="4"><li value="4">' in html and '<li value="7">' in html
    assert "Number seven: Rest." in speech_script(leaflet).as_text()
    assert leaflet.meta.next_review is None


# ---- the whole corpus, built -------------------------------------------------------------------

# What the files themselves do not say, given as staff would give it on the command line.
GIVEN = {
    "unnumbered-walking-with-a-frame.txt": {"number": "THR-0090", "version": "1"},
    "hey-665-methotrexate-tablets.txt": {"version": "1"},
}
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _figures(text: str) -> Counter:
    """Every number in a text (phone numbers, times, doses, counts), as a reader would check."""
    return Counter(_FIGURE.findall(text.replace("\u00a0", " ")))


def _large_print_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return " ".join(page.extract_text() or "" for page in pdf.pages)


def _braille_text(path: Path) -> str:
    from pipeline.formats import CheckReport
    from pipeline.formats.braille.checker import back_translate, join_lines, passages, read_brf
    from pipeline.formats.braille.layout import LayoutChoices, table_for

    pages = read_brf(path.read_bytes(), CheckReport("braille"))
    table = table_for("en", 2)
    return " ".join(back_translate(join_lines(p.lines), table)
                    for p in passages(pages, LayoutChoices()))


def _easy_read_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join([*cells, *(p.text for p in document.paragraphs)])


@pytest.mark.slow
def test_every_leaflet_imports_and_builds_in_every_format_with_its_checks_passing(
    project, capsys, tmp_path
):
    (project / "source" / "442-lower-back-stretches-in-pregnancy.md").unlink()
    formats = project / "config" / "formats.yaml"
    formats.write_text(formats.read_text(encoding="utf-8").replace("voice: standard",
                                                                   "voice: draft"))
    for name in ALL_LEAFLETS:
        path = leaflet_file(name, tmp_path)
        given = [f"--{'reference' if k == 'number' else k}={v}"
                 for k, v in GIVEN.get(name, {}).items()]
        assert main(["import", str(path), *given]) == 0, name
    capsys.readouterr()
    assert main(["build"]) in (0, 1), capsys.readouterr().out
    capsys.readouterr()
    main(["check"])
    report = capsys.readouterr().out
    # Every format of every leaflet passes its checks, the automatic Easy Read draft too: its
    # sentence lengths, reading ease, pictures and meaning (no lost "not", condition, number,
    # unit or doer).
    failing = [line for line in report.splitlines() if line.startswith("FAIL")]
    problems = [line.strip() for line in report.splitlines() if line.startswith("     - ")]
    assert not failing and not problems, report

    for source in sorted((project / "source").glob("*.md")):
        leaflet = read_leaflet(source, trust_parts)
        wanted = _figures(body_text(leaflet))
        folder = project / "outputs" / leaflet.slug
        stem = leaflet.identifier
        for what, text in (
            ("large print", _large_print_text(folder / f"{stem}-large-print.pdf")),
            ("braille", _braille_text(folder / f"{stem}-braille.brf")),
            ("Easy Read", _easy_read_text(folder / f"{stem}-easy-read.docx")),
        ):
            missing = wanted - _figures(text)
            assert not missing, f"{source.name}: {what} lacks {sorted(missing)}"


def test_a_leaflet_with_only_a_next_review_date_never_says_no_review_date(project, capsys):
    """Imported with "Review date: March 2028" alone, print and braille said "Last reviewed: no
    review date" beside "Next review: March 2028"."""
    source = project / "source" / "7001-knee-brace.md"
    source.write_text(
        "---\nnumber: 7001\nversion: 1\ntitle: Your knee brace\ndepartment: Physiotherapy\n"
        "audience: Information for patients\nnext_review: 2028-03\nlanguage: en-GB\n---\n\n"
        "Wear your brace at all times.\n", encoding="utf-8")
    assert main(["build", "7001", "--format", "accessible-html"]) == 0
    (page,) = (project / "outputs").glob("7001*/7001*.html")
    text = page.read_text(encoding="utf-8")
    assert "Next review: March 2028" in text
    assert "no review date" not in text
    assert "Last reviewed: not recorded" in text


def test_a_text_file_keeps_the_paragraphs_its_writer_ended_and_rejoins_wrapped_lines(tmp_path):
    """Word saves each paragraph as one line of a .txt file: "Stop taking iron tablets ..." and
    "If you take warfarin ..." were run into one paragraph because each line ends a sentence.
    A file wrapped to a width still has its lines joined where the wrapping broke them."""
    from pipeline.sources.importers import import_file

    def body_of(lines: str) -> list[str]:
        text_file = tmp_path / "colonoscopy.txt"
        text_file.write_text(
            "Having a colonoscopy\nEndoscopy Unit\n\nBefore your test\n" + lines,
            encoding="utf-8",
        )
        return import_file(text_file, {"number": "7", "version": "1"}).body

    body = body_of(
        "Stop taking iron tablets, such as ferrous sulphate, 7 days before your test.\n"
        "If you take warfarin, rivaroxaban or apixaban, phone us at least 1 week before.\n"
        "Do not eat anything after 12 noon on the day before your test.\n"
    )
    assert body[-3:] == [
        "Stop taking iron tablets, such as ferrous sulphate, 7 days before your test.",
        "If you take warfarin, rivaroxaban or apixaban, phone us at least 1 week before.",
        "Do not eat anything after 12 noon on the day before your test.",
    ]
    body = body_of(
        "Stop taking iron tablets, such as ferrous sulphate, seven\n"
        "days before your test. You can keep taking all of your other\n"
        "medicines as usual unless your doctor has told you to stop.\n"
        "Drink plenty of clear fluids on the day before the test.\n"
    )
    assert body[-1] == (
        "Stop taking iron tablets, such as ferrous sulphate, seven days before your test. You "
        "can keep taking all of your other medicines as usual unless your doctor has told you "
        "to stop. Drink plenty of clear fluids on the day before the test."
    )


@pytest.mark.parametrize("department", ["Paediatric ENT", "Urology", "Haematology Day Case",
                                        "Children's Audiology", "Respiratory Physiology"])


def test_a_specialty_under_the_title_is_the_department(department):
    """ "Paediatric ENT" under the title of a PDF was made a heading, and the leaflet imported with
    no department: a specialty named as trusts name theirs is a department too."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [SourceLine(text, f"line {n}") for n, text in enumerate([
        "Your child's grommet operation", department, "", "What are grommets?",
        "Grommets are tiny tubes placed in the eardrum.",
    ], start=1)]
    result = recover(lines, "grommets.pdf", {"number": "1", "version": "1"})
    assert result.front_matter["department"] == department
    assert f"## {department}" not in result.body


def test_a_box_of_one_cell_in_word_is_a_notice_when_it_gives_a_safety_message(tmp_path):
    """Word leaflets draw a one-cell table round their warnings. "Important: always carry your
    alert card" in such a box was imported as plain text (its prominence lost), and "a line with
    '|' read as text" was said of a Word table; a box of contact details stays text."""
    path = write_word(tmp_path / "5566-warfarin.docx", [
        ("footer", "Leaflet number: 5566  Version: 1  Review date: May 2028"),
        ("title", "Taking warfarin safely"),
        ("para", "Anticoagulant Clinic"),
        ("box", ["IMPORTANT: always carry your yellow anticoagulant alert card."]),
        ("heading", "Other medicines"),
        ("box", ["Do not take aspirin or ibuprofen unless your doctor says it is safe.",
                 "Tell your dentist that you take warfarin."]),
        ("heading", "Contact us"),
        ("box", ["Anticoagulant Clinic, Level 1, Balmoral Building", "Telephone 0116 258 5555"]),
    ])
    result = import_file(path, {})
    assert "> Important: always carry your yellow anticoagulant alert card." in result.body
    assert ("> Do not take aspirin or ibuprofen unless your doctor says it is safe.\n>\n"
            "> Tell your dentist that you take warfarin.") in result.body
    assert result.body[-2:] == ["Anticoagulant Clinic, Level 1, Balmoral Building",
                                "Telephone 0116 258 5555"]
    assert not any("'|'" in decision for decision in result.decisions)
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert [plain_text(b.spans)[:9] for b in leaflet.blocks if isinstance(b, Notice)] == [
        "Important", "Do not ta"]


def test_a_heading_over_a_wrapped_paragraph_is_a_heading(tmp_path):
    """Text copied out of a PDF: "WHEN TO GET HELP" over a paragraph wrapped at 62 letters stayed
    text, because its first line ("... straight away if your fingers", 11 words, no full stop)
    was taken for one of a run of short lines, as in an address."""
    from pipeline.sources.importers import import_file

    text_file = tmp_path / "cast.txt"
    text_file.write_text(
        "CARING FOR YOUR PLASTER CAST\nFracture Clinic\n\nWHY DO I HAVE A CAST?\n"
        "Your cast holds the broken bone still while it heals. It will\n"
        "feel heavy at first. Move your fingers often.\n\nWHEN TO GET HELP\n"
        "Come back to the Fracture Clinic straight away if your fingers\n"
        "become blue, numb or very swollen, or if the cast cracks.\n",
        encoding="utf-8",
    )
    body = import_file(text_file, {"number": "1", "version": "1"}).body
    assert body[2] == "## When to get help", body
    assert body[3].startswith("Come back to the Fracture Clinic straight away if your fingers "
                              "become blue")


def test_headings_underlined_with_equals_signs_are_headings_and_the_underlines_are_dropped(
    tmp_path,
):
    text = (
        "Respiratory Medicine Department\n\nREDUCING YOUR PREDNISOLONE DOSE\n"
        "===============================\n\nWHAT IS PREDNISOLONE?\n=====================\n\n"
        "Prednisolone is a steroid medicine. It reduces swelling in your airways.\n\n"
        "- Swallow the tablets whole with a glass of water.\n- Do not chew them.\n\n"
        "YOUR REDUCING COURSE\n--------------------\n\n"
        "Start on 40mg a day, then reduce by 5mg every 3 days.\n\n"
        "CONTACT US\n==========\n\nRespiratory Nurse Specialists: 01632 960 310\n"
    )
    result = _imported_text(tmp_path, "pred.txt", text, "2231")
    markdown = result.markdown()
    assert result.front_matter["title"] == "Reducing your prednisolone dose"
    assert "## What is prednisolone?" in markdown
    assert "### Your reducing course" in markdown  # the second mark is a level below
    assert "## Contact us" in markdown
    assert "==" not in markdown and "\n---\n\n" not in markdown.split("---", 2)[2]


def test_a_header_naming_a_measure_in_words_is_a_header_not_a_first_row_of_figures(tmp_path):
    # Read as a list, "eight" and "a half" were heard with nothing saying they count tablets.
    text = (
        "Prednisolone reducing course\n\nStart on 40mg a day, then reduce by 5mg every 3 days.\n\n"
        "Days | Dose each morning | Number of 5mg tablets\nDays 1-3 | 40mg | 8\n"
        "Days 4-6 | 35mg | 7\nDays 25-27 | 2.5mg | ½\nDay 28 onwards | Stop | 0\n"
    )
    markdown = _imported_text(tmp_path, "course.txt", text, "2231").markdown()
    assert "| Days | Dose each morning | Number of 5mg tablets |" in markdown
    assert "| Days 25-27 | 2.5mg | ½ |" in markdown
    # A first row of figures is still not taken for a header.
    rows = "Days 1-3 | 40mg | 8\nDays 4-6 | 35mg | 7\nDays 7-9 | 30mg | 6\n"
    markdown = _imported_text(tmp_path, "rows.txt", f"Course\n\n{rows}", "2232").markdown()
    assert "| Days 1-3 | 40mg | 8 |\n|---|" not in markdown


def test_contact_details_and_opening_hours_end_their_line_and_the_offer_keeps_its_own_number(
    tmp_path,
):
    text = (
        "Your baby's movements in pregnancy\n\n"
        "Call 999 if you have heavy bleeding or severe pain and you feel unwell.\n\n"
        "Pre-assessment clinic: 0113 496 0000 ext 4412\n"
        "Mon-Thurs 8.30am-5pm, Fri 8.30am-4.30pm, closed bank holidays.\n"
        "Community midwives: 01632 960 789, Mon–Fri 8am–6pm\n"
        "Out of hours call NHS 111 or text 07700 900 123.\n"
        "Email:\ncardio.investigations@southmere.nhs.uk\n"
        "www.southmere.nhs.uk/patients/cardiology/\nabpm\n"
        "Text your midwife: 07700 900 456 (replies within 2 working days – not for urgent "
        "concerns)\nFor advice in other languages, call 0800 123 4567 and ask for an "
        "interpreter. This leaflet is available in large print, audio & braille on request.\n"
    )
    result = _imported_text(tmp_path, "movements.txt", text, "4870")
    body = result.markdown().split("---", 2)[2]
    paragraphs = body.split("\n\n")
    # A text-only number, "not for urgent concerns", is not the number to ask for formats.
    assert "07700" not in result.front_matter["format_offer"]
    # An interpreter for a call is help to talk, no offer of the leaflet: its sentence and its
    # number stay where the leaflet put them.
    assert result.front_matter["format_offer"].startswith("This leaflet is available in large")
    assert "For advice in other languages, call 0800 123 4567 and ask for an interpreter." in body
    for line in (
        "Pre-assessment clinic: 0113 496 0000 ext 4412",
        "Community midwives: 01632 960 789, Mon–Fri 8am–6pm",
        "Out of hours call NHS 111 or text 07700 900 123.",
        "Email: cardio.investigations@southmere.nhs.uk",
        "www.southmere.nhs.uk/patients/cardiology/abpm",
    ):
        assert line in [p.strip() for p in paragraphs], line


def test_a_sentence_ending_on_a_time_goes_on_with_its_paragraph_but_opening_hours_end_theirs(
    tmp_path,
):
    # "If you have an afternoon operation ... before 7am." / "You may drink water until 11am."
    # had been two paragraphs: the water, cut from its condition, read as allowed to everyone.
    text = (
        "Eating and drinking before your operation\n\n"
        "If you have a morning operation (before 12 noon), do not eat after 2am. You may drink\n"
        "water until 6.30am.\n\n"
        "If you have an afternoon operation (after 12 noon), you may have a light breakfast "
        "before 7am.\n"
        "You may drink water until 11am.\n\n"
        "Ward 7 reception: 01632 960 118\n"
        "Monday to Friday, 7am to 8pm\n"
        "At other times, call NHS 111.\n"
    )
    result = _imported_text(tmp_path, "fasting.txt", text, "0207")
    paragraphs = [p.strip() for p in result.markdown().split("---", 2)[2].split("\n\n")]
    assert (
        "If you have an afternoon operation (after 12 noon), you may have a light breakfast "
        "before 7am. You may drink water until 11am."
    ) in paragraphs
    assert "Monday to Friday, 7am to 8pm" in paragraphs


def test_a_condition_typed_as_its_own_word_paragraph_stays_with_its_instruction(tmp_path):
    path = write_word(
        tmp_path / "PAED-0231-fever.docx",
        [
            ("title", "Fever in babies and young children"),
            ("heading", "Amber: get advice the same day"),
            ("para", "If your child is 3–6 months old and has a temperature of 39°C or above,"),
            ("para", "then contact your GP surgery or call 111 the same day."),
            ("para", "Keep giving fluids,"),
            ("bullet", "water"),
        ],
    )
    result = import_file(path, {"number": "PAED-0231", "version": "1", "department": "Paeds"})
    assert (
        "If your child is 3–6 months old and has a temperature of 39°C or above, then contact "
        "your GP surgery or call 111 the same day." in result.body
    )
    assert "Keep giving fluids," in result.body  # a list is not the sentence going on


def test_a_row_of_labels_without_colons_names_each_blank_after_its_label(tmp_path):
    text = (
        "Your colonoscopy\n\nPlease bring this leaflet with you.\n\n"
        "Your appointment: Date ________ Time ________ Ward ________\n"
    )
    markdown = _imported_text(tmp_path, "appointment.txt", text, "6023").markdown()
    # the date's blank had been named "Time" (a count), the time's and ward's "to fill in"
    assert "Your appointment: [Date:]{.field} [Time:]{.field} [Ward:]{.field}" in markdown


def test_a_heading_wrapped_in_a_narrow_pdf_column_is_one_heading(tmp_path):
    spec = {
        "title": "Your 24-hour blood pressure monitor",
        "department": "Cardiology Investigations",
        "footer": "Reference: CAR-0093 Version 3 Review date: June 2027",
        "columns": True,
        "body": [
            ("h2", "What is ambulatory blood pressure monitoring?"),
            ("p", "An ambulatory blood pressure monitor measures your blood pressure at "
                  "regular times over 24 hours while you carry on with your normal day."),
            ("h2", "How often will it take a reading?"),
            ("p", "Every 30 minutes between 7am and 10pm, and every hour overnight. The cuff "
                  "tightens for a few seconds each time: keep your arm still and straight by "
                  "your side until it loosens. Carry on with your usual day, but do not have a "
                  "bath or shower while you wear the monitor, and keep it dry."),
            ("h2", "Returning the monitor"),
            ("p", "Bring the monitor back the next day at the time on your appointment letter. "
                  "We will send the results to the doctor who asked for the test, usually "
                  "within two weeks. If you have any questions, call the department."),
        ],
    }
    path = write_pdf(tmp_path / "car-0093-abpm.pdf", spec)
    leaflet = read_leaflet(_saved(import_file(path, {}), tmp_path), trust_parts)
    # it was two chapters, "What is ambulatory blood" with nothing in it, then the rest
    assert headings(leaflet) == [
        "What is ambulatory blood pressure monitoring?",
        "How often will it take a reading?",
        "Returning the monitor",
    ]


def test_a_notice_label_on_its_own_line_or_in_a_box_begins_the_notice_it_labels(tmp_path):
    text = (
        "Fasting before your operation\n\nPlease read this leaflet carefully.\n\n"
        "IMPORTANT\n\nIf you are unwell in the 48 hours before your operation, please ring "
        "the unit. Do not come in.\n\nYOUR APPOINTMENT\n\nCome to the Day Surgery Unit.\n\n"
        "WARNING\n\nThe first paragraph of a section.\n\nThe second paragraph of it.\n"
    )
    markdown = _imported_text(tmp_path, "fasting.txt", text, "4417").markdown()
    assert "> Important: If you are unwell in the 48 hours" in markdown
    assert "## Important" not in markdown and "## Your appointment" in markdown
    assert "## Warning" in markdown  # a section of several paragraphs stays a section
    # straight over its lines, under a heading and above more of the section: those lines
    # are its notice (it had been a chapter "Important", the question over it lost)
    for label in ("IMPORTANT", "IMPORTANT:"):
        text = (
            "Your baby's movements\n\nWhat should I do if my baby's movements slow down?\n\n"
            f"{label}\nIf your baby's movements slow down or stop, contact us immediately.\n"
            "Do not wait until the next day to see what happens.\n\n"
            "Call the maternity assessment unit on 01443 443 566.\n\nWhat happens next?\n\n"
            "We will check your baby.\n"
        )
        markdown = _imported_text(tmp_path, "movements.txt", text, "MAT-0903").markdown()
        # (each line its own paragraph in the notice, as the file ends each)
        assert (
            "## What should I do if my baby's movements slow down?\n\n> Important: If your "
            "baby's movements slow down or stop, contact us immediately.\n>\n> Do not wait "
            "until the next day to see what happens.\n\nCall the maternity"
        ) in markdown, label
    path = write_word(
        tmp_path / "END-0417-colonoscopy.docx",
        [
            ("title", "Preparing for your colonoscopy"),
            ("box", ["Important", "If you take blood thinners, phone us 7 days before."]),
            ("heading", "About your test"),
            ("para", "A colonoscopy looks at the lining of your bowel."),
        ],
    )
    result = import_file(path, {"number": "END-0417", "version": "2", "department": "Endoscopy"})
    assert "> Important: If you take blood thinners, phone us 7 days before." in result.body


@pytest.mark.parametrize(("code", "label", "lines", "title", "steps"), [
    # Gujarati: "Important" over a ban ("do not stop taking your preventer inhaler without
    # talking to your doctor") and a dose ("take 2 puffs twice a day, at 8 in the morning and 8
    # at night"), under steps ("breathe out slowly", "hold your breath for 10 seconds")
    ("gu", "મહત્વપૂર્ણ",
     ["તમારા ડૉક્ટર સાથે વાત કર્યા વિના તમારું પ્રિવેન્ટર ઇન્હેલર લેવાનું બંધ કરશો નહીં.",
      "દિવસમાં 2 વખત, સવારે 8 વાગ્યે અને રાત્રે 8 વાગ્યે, 2 પફ લો."],
     "તમારા ઇન્હેલરનો ઉપયોગ કેવી રીતે કરવો",
     ["ધીમે ધીમે શ્વાસ બહાર કાઢો.", "તમારો શ્વાસ 10 સેકન્ડ સુધી રોકી રાખો.",
      "જો તમને શ્વાસ લેવામાં ખૂબ તકલીફ થાય, તો 999 પર ફોન કરો."]),
    ("en", "Important",
     ["Do not stop taking your preventer inhaler without talking to your doctor.",
      "Take 2 puffs twice a day, at 8am and at 8pm."],
     "How to use your inhaler",
     ["Breathe out slowly.", "Hold your breath for 10 seconds.",
      "Call 999 if you are very short of breath."]),
])
def test_a_notice_under_its_label_keeps_each_line_its_own_paragraph(
    tmp_path, code, label, lines, title, steps
):
    """'મહત્વપૂર્ણ' ('Important') over a ban and a dose line, each a line the file ends, had
    made one notice paragraph of both, the dose run on after the ban: the notice holds both,
    each its own paragraph, as a box's notice keeps its paragraphs. And a title in a script
    without case was reported 'in capitals': only a script with case has capitals."""
    text = (
        f"Respiratory Department\n{title}\n\n"
        "Reference: RESP-0733  Version: 1  Review date: June 2028\n\n"
        f"1. {steps[0]}\n2. {steps[1]}\n\n{label}\n" + "\n".join(lines) + f"\n\n{steps[2]}\n"
    )
    result = _imported_text(tmp_path, "inhaler.txt", text, "RESP-0733")
    assert result.front_matter["language"].startswith(code), result.front_matter
    assert f"> {label}: {lines[0]}\n>\n> {lines[1]}" in result.body, result.body
    assert not any("in capitals" in d for d in result.decisions), result.decisions
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notices = [block for block in leaflet.blocks if isinstance(block, Notice)]
    assert len(notices) == 1, leaflet.blocks
    said = [plain_text(notices[0].spans), *(plain_text(more) for more in notices[0].more)]
    assert said == [f"{label}: {lines[0]}", lines[1]], said


@pytest.mark.parametrize(("label_line", "said", "pointed"), [
    # a chemotherapy leaflet's helpline, its number in the paragraph under the label line
    ("IMPORTANT – keep this number with you at all times",
     "Important: Keep this number with you at all times",
     "Call the 24-hour chemotherapy helpline straight away if you have a temperature of "
     "38°C or above. The helpline number is 0116 258 7111. Do not wait until the morning."),
    # ... a blank line between them, and a warning pointing to the information after it
    ("Warning: please read this information before your first dose\n",
     "Warning: please read this information before your first dose",
     "Never take methotrexate more than once a week. Taking it every day can kill you."),
])
def test_a_notice_pointing_to_what_follows_holds_the_paragraph_it_points_to(
    tmp_path, label_line, said, pointed
):
    """'IMPORTANT – keep this number with you at all times' over the paragraph giving the
    helpline's number had been a notice of that line alone, the number outside it: audio's
    'Important notice' said to keep a number it never gave. A notice whose words point to what
    follows ('this number', 'this information', 'the following') holds the paragraph after it,
    as a further paragraph (Notice.more); one that does not point on holds only itself."""
    text = (
        "Oncology Day Unit\nYour chemotherapy treatment\n\n"
        "Reference: ONC-0160  Version: 1  Review date: June 2028\n\n"
        "This leaflet explains your treatment and what to do if you feel unwell.\n\n"
        f"{label_line}\n{pointed}\n\n"
        "Important: Bring your medicines to every appointment.\n"
        "Your nurse will check them with you.\n\n"
        "Side effects\nYou may feel tired for a few days after each treatment.\n"
    )
    result = _imported_text(tmp_path, "chemo.txt", text, "ONC-0160")
    assert f"> {said}\n>\n> {pointed}" in result.body, result.body
    assert any("points to what follows" in d for d in result.decisions), result.decisions
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notices = [block for block in leaflet.blocks if isinstance(block, Notice)]
    assert [plain_text(more) for more in notices[0].more] == [pointed], notices
    # (a notice that says its own words keeps to them: the nurse's line is no part of it)
    assert not notices[1].more, notices[1]
    assert "Your nurse will check them with you." in result.body, result.body
    # ... and so does one naming "this information" in a sentence of its own
    text = text.replace(
        "Important: Bring your medicines to every appointment.",
        "Please note: this information does not replace the advice of your care team.",
    )
    result = _imported_text(tmp_path, "chemo.txt", text, "ONC-0160")
    assert "Your nurse will check them with you." in result.body, result.body


_FALLS_WRAPPED = (
    "Preventing falls on the ward\nWard 7, Care of the Elderly\n\nWhy falls happen in hospital\n\n"
    "Being unwell, a new medicine or being in a place you do not know can make you\n"
    "more likely to fall. Many falls happen when people get up quickly at night to\n"
    "go to the toilet. The nurses will talk to you about what makes you more likely\n"
    "to fall and what we can do together to keep you safe.\n\nGetting up safely\n\n"
    "{notice}\n\nWear shoes or slippers that fit well and have a back. Do not walk on the ward\n"
    "in socks or bare feet, as the floor can be slippery.\n"
)


def test_one_sentence_lines_under_a_notice_label_in_a_wrapped_text_file_are_lines_of_their_own(
    tmp_path,
):
    """ "Warning" over "If you feel dizzy when you stand, sit back down and wait for a nurse." /
    "Use your call bell and wait for help." / "Keep your glasses and walking aid within reach."
    in a file that wraps its paragraphs to a width: the three lines had been one notice. Each a
    whole sentence of its own, they are the writer's lines, not a paragraph wrapped: the notice
    is the first, the others lines of their own, said for a person to check. Where unsure (two
    lines, a sentence wrapped over two, a file that keeps a paragraph to a line) every line
    straight under the label stays in the notice."""
    lines = [
        "If you feel dizzy when you stand, sit back down and wait for a nurse.",
        "Use your call bell and wait for help.",
        "Keep your glasses and walking aid within reach.",
    ]
    text = _FALLS_WRAPPED.format(notice="\n".join(["Warning", *lines]))
    result = _imported_text(tmp_path, "falls.txt", text, "COE-0214")
    notice = f"> Warning: {lines[0]}"
    assert result.body[result.body.index(notice) :][:3] == [notice, *lines[1:]], result.body
    assert any("ends at its first line" in said for said in result.decisions), result.decisions
    # two lines under the label: unsure, both the notice's
    text = _FALLS_WRAPPED.format(notice="\n".join(["Warning", *lines[:2]]))
    result = _imported_text(tmp_path, "falls.txt", text, "COE-0214")
    assert f"> Warning: {lines[0]} {lines[1]}" in result.body, result.body
    # a sentence of the notice wrapped over two lines: the lines are a paragraph, all its
    wrapped = [
        "If you feel dizzy when you stand, sit back down on the bed or chair and wait",
        "for a nurse to help you.",
        "Use your call bell and wait for help.",
    ]
    text = _FALLS_WRAPPED.format(notice="\n".join(["Warning", *wrapped]))
    result = _imported_text(tmp_path, "falls.txt", text, "COE-0214")
    assert f"> Warning: {' '.join(wrapped)}" in result.body, result.body
    # a file that keeps each paragraph to a line: its line breaks say nothing of where the
    # notice ends, so it keeps them all, each line its own paragraph in it
    text = (
        "Preventing falls on the ward\nWard 7, Care of the Elderly\n\nGetting up safely\n\n"
        + "\n".join(["Warning", *lines])
        + "\n\nWear shoes or slippers that fit well and have a back.\n"
    )
    result = _imported_text(tmp_path, "falls.txt", text, "COE-0214")
    assert "> Warning: " + "\n>\n> ".join(lines) in result.body, result.body



def test_details_written_as_sentences_in_a_leaflet_with_no_details_block_are_found(tmp_path):
    path = tmp_path / "movements.txt"
    path.write_text(
        "Your baby's movements in pregnancy – Riverside Community Maternity Service, Fenwick "
        "and District NHS Trust. Leaflet MAT-0487 Version 2. Last reviewed March 2025. Review "
        "due: 03/2027.\n\nMost women first feel their baby move between 16 and 24 weeks of "
        "pregnancy.\n\nWe will give you a separate sheet about exercise (PIL 2302).\n\n"
        "Call the maternity unit straight away if your baby moves less.\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    front = result.front_matter
    assert (front["number"], front["version"]) == ("MAT-0487", 2)
    assert (front["last_reviewed"], front["next_review"]) == ("2025-03", "2027-03")
    assert front["title"] == "Your baby's movements in pregnancy"
    assert front["department"] == "Riverside Community Maternity Service"
    body = "\n".join(result.body)
    assert "Leaflet MAT-0487" not in body and "(PIL 2302)" in body  # another leaflet's number
    path = tmp_path / "cystoscopy.txt"
    path.write_text(
        "Care after your flexible cystoscopy. This leaflet is from the Urology Day Case Unit "
        "(reference URO/0388/v2, reviewed January 2025, next review January 2028). It tells you "
        "what to expect.\n\nYou may notice a little blood in your urine.\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    assert (result.front_matter["number"], result.front_matter["version"]) == ("URO/0388", 2)
    assert result.front_matter["next_review"] == "2028-01"
    assert "This leaflet is from the Urology Day Case Unit. It tells you" in "\n".join(result.body)
    # the details as sentences of their own on the last line: the version and dates were
    # found, the reference lost to the full stops they left, and the leaflet could not build
    for last_line, reference in (
        ("Leaflet ENT-0147 version 3. Last reviewed January 2025. Next review January 2028.",
         "ENT-0147"),
        ("Leaflet PAT-0311, version 1. Review date: March 2027.", "PAT-0311"),
        # "no." and "Ref." end no sentence: "Leaflet no." and "RH-077" had been two
        ("Leaflet no. RH-077. Version 2. Published: 2024.", "RH-077"),
        ("Ref. ENT/0912. Last reviewed May 2025. Thank you for reading.", "ENT/0912"),
    ):
        path = tmp_path / "tonsils.txt"
        path.write_text(
            f"After your child's tonsillectomy\n\nGive pain relief regularly for 5 days.\n\n"
            f"{last_line}\n",
            encoding="utf-8",
        )
        assert import_file(path, {}).front_matter["number"] == reference


# A pre-op leaflet's, a bowel preparation leaflet's and a form's own dates: each had been taken
# for the date the leaflet was issued, dropped from its text in every format, and announced in
# the audio as "Last reviewed 12 March 2026".
_PATIENTS_OWN_DATES = {
    "operation date": (
        "Your operation date: 12.03.2026\n\nDo not eat anything for 6 hours before it.\n",
        "Your operation date: 12.03.2026",
    ),
    "appointment block": (
        "Your appointment\n\nDate: 12/03/2026\nTime: 08:15\nPlace: Endoscopy Unit, Level 2\n\n"
        "Take the first sachet at 6pm the day before your test.\n",
        "Date: 12/03/2026",
    ),
    "appointment block on one line": (
        "Your appointment\n\nDate: 12/03/2026   Time: 08:15\n\n"
        "Take the first sachet at 6pm the day before your test.\n",
        "Date: 12/03/2026",
    ),
    "appointment date": (
        "Appointment date: 12/03/2026\n\nPlease arrive 15 minutes early.\n",
        "Appointment date: 12/03/2026",
    ),
    "date of your appointment": (
        "Date of your appointment: 12/03/2026\n\nPlease arrive 15 minutes early.\n",
        "Date of your appointment: 12/03/2026",
    ),
    "date of birth": (
        "Please fill in this form and bring it with you.\n\nName: ____________\n\n"
        "Date of birth: ____________\n\nDate: ____________\n",
        "Date of birth",
    ),
}


@pytest.mark.parametrize("case", list(_PATIENTS_OWN_DATES))
def test_a_patients_own_date_stays_in_the_text_and_is_not_when_it_was_issued(tmp_path, case):
    written, kept = _PATIENTS_OWN_DATES[case]
    path = tmp_path / "colonoscopy.txt"
    path.write_text(
        "Getting ready for your colonoscopy\nEndoscopy Unit\n\n"
        "A colonoscopy is a test to look at the lining of your large bowel.\n\n"
        f"{written}\n"
        "Call the unit on 01632 960 412 if you have any questions.\n\n"
        "Leaflet number: END-0311  Version: 4  Review date: May 2027\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    assert (result.front_matter["number"], result.front_matter["next_review"]) == (
        "END-0311", "2027-05")
    assert "last_reviewed" not in result.front_matter
    assert kept in result.markdown()
    assert not any("issued" in decision for decision in result.decisions)


def test_a_heading_over_an_appointments_date_and_time_is_a_heading(tmp_path):
    # "Your appointment" over "Date: ..." and "Time: ..." had been taken into a run of short
    # lines: no chapter, no heading in print.
    path = tmp_path / "colonoscopy.txt"
    path.write_text(
        "Getting ready for your colonoscopy\nInformation for patients\n\n"
        "Your appointment\nDate: 12/03/2026\nTime: 08:15\n"
        "Please arrive by 7.45am at the Endoscopy Unit.\n\n"
        "Before your test\nStop taking iron tablets 7 days before.\n\n"
        "Leaflet number: END-0311  Version: 4  Review date: May 2027\n",
        encoding="utf-8",
    )
    markdown = import_file(path, {}).markdown()
    assert "## Your appointment\n" in markdown
    assert "Date: 12/03/2026" in markdown


@pytest.mark.parametrize(
    "details",
    [
        "Leaflet number: ABC-123\nDate: June 2025\nReview date: June 2027",
        "Leaflet number: ABC-123\n\nVersion: 2\n\nDate: 06/2025\n\nReview date: June 2027",
        "Leaflet number: ABC-123 | Version 2 | Date: 12/06/2025 | Review date: June 2027",
    ],
)
def test_a_bare_date_among_the_leaflets_details_is_when_it_was_issued(tmp_path, details):
    for text in (
        # in the footer, and in a details block under the title
        "Caring for your plaster cast\nFracture Clinic\n\nKeep your cast dry.\n\n"
        "Do not push anything down inside it.\n\n"
        "Call us if your fingers go blue or numb.\n\n" + details + "\n",
        "Caring for your plaster cast\nFracture Clinic\n\nPatient information\n\n" + details
        + "\n\nKeep your cast dry.\n\nDo not push anything down inside it.\n\n"
        "Call us if your fingers go blue or numb.\n",
    ):
        path = tmp_path / "cast.txt"
        path.write_text(text, encoding="utf-8")
        result = import_file(path, {})
        front = result.front_matter
        assert (front["number"], front["issued"], front["next_review"]) == (
            "ABC-123", "2025-06", "2027-06")
        assert not re.search(r"Date|2025", result.markdown().partition("---\n\n")[2])


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Your operation date: 12.03.2026", {}),
        ("Appointment date: 12/03/2026", {}),
        ("Date: 12/03/2026 Time: 08:15", {}),
        ("Your appointment: Date: 12/03/2026", {}),
        ("Date of birth: 04/05/1961", {}),
        # the detail labels that end in "date" still are
        ("Last reviewed date: June 2025", {"last_reviewed": "June 2025"}),
        ("Approval date: 03/2025", {"issued": "03/2025"}),
        ("Leaflet number: OPH 562  Date: 01.04.2025",
         {"number": "OPH 562", "issued": "01.04.2025"}),
    ],
)
def test_only_a_bare_date_starting_a_details_line_or_part_is_a_detail(line, wanted):
    from pipeline.sources.importers.metadata import find_details

    assert find_details(line).values == wanted


_CATHETER = (
    "Looking after your urinary catheter\nUrology Department\n\n"
    "A catheter is a thin tube that drains urine from your bladder.\n\n"
    "Do not pull on the tube. Keep the bag below your bladder.\n\n"
    "Call the ward on 01632 960 218 if no urine drains for 2 hours.\n\n"
    "Leaflet number: URO-0417  Version: 3\n"
)


@pytest.mark.parametrize(
    "issued",
    ["Issued: March 2024", "Date of issue: 03/2024", "Published: March 2024",
     "Produced: Mar 2024", "Date written: 14/03/2024"],
)
def test_when_a_leaflet_was_issued_is_said_as_issued_in_every_format(tmp_path, issued):
    """ "Issued: March 2024" (and "Published", "Produced", "Date written") had been kept as when
    the leaflet was last reviewed, and announced "Last reviewed: March 2024" in the audio, large
    print, web page and braille: a review no one had done. The review date is the next one."""
    from pipeline.formats.audio.speech_script import speech_script
    from pipeline.formats.braille.layout import LayoutChoices, units_of
    from pipeline.formats.html_render import header_lines

    text = _CATHETER + f"{issued}\nReview date: March 2027\n"
    result = _imported_text(tmp_path, "catheter.txt", text, "URO-0417")
    front = result.front_matter
    assert (front.get("issued"), front["next_review"]) == ("2024-03", "2027-03")
    assert "last_reviewed" not in front
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    said = speech_script(leaflet).as_text()
    assert "Issued: March twenty twenty-four." in said and "reviewed" not in said
    assert [text for kind, text, _ in header_lines(leaflet) if "review" in kind or kind == "issued"
            ] == ["Issued: March 2024", "Next review: March 2027"]
    braille_text = " ".join(u.text for u in units_of(leaflet, LayoutChoices()))
    assert "Issued March 2024; next review March 2027" in braille_text
    assert "Last reviewed" not in braille_text


@pytest.mark.parametrize(
    ("details", "front"),
    [
        ("Last updated: March 2024\nReview date: March 2027",
         {"issued": "2024-03", "next_review": "2027-03"}),
        ("Updated 08/2024 | Next review 08/2027", {"issued": "2024-08", "next_review": "2027-08"}),
        # an issue date given too is when it was issued; the update is no review either
        ("Issued: January 2023\nLast updated: March 2024\nReview date: March 2027",
         {"issued": "2023-01", "next_review": "2027-03"}),
        ("Last updated: March 2024\nLast reviewed: February 2024",
         {"issued": "2024-03", "last_reviewed": "2024-02"}),
    ],
)
def test_when_a_leaflet_was_last_updated_is_no_review(tmp_path, details, front):
    """ "Last updated: March 2024" had been kept as when the leaflet was last reviewed, and
    said so in every format: an update is no review. It is when this version was issued,
    unless the leaflet gives that too."""
    result = _imported_text(tmp_path, "catheter.txt", _CATHETER + details + "\n", "URO-0417")
    dates = {k: v for k, v in result.front_matter.items() if k in ("issued", "last_reviewed",
                                                                   "next_review")}
    assert dates == front
    assert "updated" not in result.markdown().partition("\n---\n")[2].lower()


@pytest.mark.parametrize(
    ("details", "front", "warned"),
    [
        # "Reviewed: March 2030" on a leaflet read in 2026 is when it is next reviewed
        ("Reviewed: March 2030", {"next_review": "2030-03"}, "kept as the next review date"),
        ("Last reviewed: June 2029\nNext review: June 2032", {"next_review": "2032-06"},
         "left out"),
        ("Last reviewed: June 2024\nNext review: June 2027",
         {"last_reviewed": "2024-06", "next_review": "2027-06"}, None),
    ],
)
def test_a_review_still_to_come_is_never_said_to_have_been_done(tmp_path, details, front, warned):
    result = _imported_text(tmp_path, "catheter.txt", _CATHETER + details + "\n", "URO-0417")
    dates = {k: v for k, v in result.front_matter.items() if k in ("issued", "last_reviewed",
                                                                   "next_review")}
    assert dates == front
    assert any(warned in w for w in result.warnings) if warned else not any(
        "still to come" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("head", "foot", "author"),
    [
        ("Information for patients, Hull University Teaching Hospitals NHS Trust\n", "",
         "Hull University Teaching Hospitals NHS Trust"),
        ("", "© 2024 Sheffield Teaching Hospitals\n", "Sheffield Teaching Hospitals"),
        ("", "Copyright © Northfield Teaching Hospitals NHS Foundation Trust 2023. All rights "
         "reserved.\n", "Northfield Teaching Hospitals NHS Foundation Trust"),
        ("", "Produced by Eastmoor Community Healthcare NHS Trust\n",
         "Eastmoor Community Healthcare NHS Trust"),
        ("", "Westbrook NHS Trust | URO-0417 | Version 3 | Review date: March 2027\n",
         "Westbrook NHS Trust"),
    ],
)
def test_another_trusts_leaflet_is_named_as_theirs_in_every_format(tmp_path, head, foot, author):
    """A leaflet by another trust ("Information for patients, Hull University Teaching
    Hospitals NHS Trust", "© 2024 Sheffield Teaching Hospitals") had been announced and printed
    as from the trust running the pipeline; the copyright line was a heading read aloud. The
    author is named as the leaflet names it; the offer of formats stays the running trust's."""
    from pipeline.formats.audio.speech_script import speech_script
    from pipeline.formats.braille.layout import LayoutChoices, units_of
    from pipeline.formats.html_render import header_lines

    title, rest = _CATHETER.split("\n", 1)
    result = _imported_text(tmp_path, "catheter.txt", f"{title}\n{head}{rest}{foot}", "URO-0417")
    assert result.front_matter.get("organisation") == author
    assert not any("©" in line or "Produced" in line or "NHS Trust" in line
                   for line in result.body)
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    said = speech_script(leaflet).as_text()
    spoken = author.replace("NHS", "N H S")
    assert f"from {spoken}, Urology Department" in said
    assert "University Hospitals of Leicester" not in said  # (config's: its offer stays)
    assert "oh one one six, two five oh, two nine five nine" in said
    assert dict((kind, text) for kind, text, _ in header_lines(leaflet))["organisation"] == author
    braille_text = " ".join(u.text for u in units_of(leaflet, LayoutChoices()))
    assert author in braille_text
    assert "Transcribed by University Hospitals of Leicester NHS Trust" in braille_text


def test_the_running_trusts_own_name_makes_no_other_author(tmp_path):
    text = _CATHETER + "© University Hospitals of Leicester NHS Trust 2024\n"
    result = _imported_text(tmp_path, "catheter.txt", text, "URO-0417")
    assert "organisation" not in result.front_matter
    assert not any("©" in line for line in result.body)


def test_a_reference_with_its_version_on_the_end_gives_both(tmp_path):
    text = (
        "Fasting before your operation\nDay Surgery Unit\n\nReference: DSU/0211/v4\n\n"
        "Do not eat\n\n- Wholemeal bread\n- Fruit and vegetables\n\n"
        "Do not eat anything after midnight before your operation.\n"
    )
    path = tmp_path / "fasting.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {})
    # it was "DSU/0211/v4", said "D S U, slash, zero two one one, slash, V, four"
    assert (result.front_matter["number"], result.front_matter["version"]) == ("DSU/0211", 4)
    # items in capitals under "Do not eat" were not changed, so nothing to check is reported
    # (items in capitals take only a bare "Do not:"; a longer lead-in may be a heading)
    assert not any("now each begin" in warning for warning in result.warnings)


def test_a_lead_in_ending_its_ban_after_a_colon_keeps_one_colon(tmp_path):
    """ "For 24 hours after your sedation: you must not:" over "- drive a car" left its ban to
    its items and kept "For 24 hours after your sedation::", two colons, in print and braille;
    a PDF's two lines ("For 24 hours after your sedation:" / "You must not:") read as one did
    the same."""
    result = _imported_text(
        tmp_path,
        "9014-colonoscopy.txt",
        "Having a colonoscopy with sedation\nEndoscopy Unit\n\nAfter your test\n\n"
        "For 24 hours after your sedation: you must not:\n- drive a car\n- drink alcohol\n\n"
        "Contact us\n\nEndoscopy Unit: 01632 960 410\n",
        "9014",
    )
    assert (
        "For 24 hours after your sedation:\n\n- You must not drive a car\n"
        "- You must not drink alcohol\n"
    ) in result.markdown(), result.body
    import weasyprint

    pdf = tmp_path / "9014-colonoscopy.pdf"
    weasyprint.HTML(string=(
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif } "
        "p { margin: 0 }</style></head><body><h1>Having a colonoscopy with sedation</h1>"
        "<p>Endoscopy Unit</p><p>Leaflet number: 9014 Version: 1</p><h2>After your test</h2>"
        "<p>For 24 hours after your sedation:</p><p>You must not:</p><ul><li>drive a car</li>"
        "<li>drink alcohol</li></ul></body></html>"
    )).write_pdf(pdf)
    result = import_file(pdf, {})
    assert "For 24 hours after your sedation:\n\n- You must not drive a car" in (
        result.markdown()
    ), result.body


def test_do_not_over_its_items_stays_within_its_section_and_a_lead_in_ending_do_not_governs(
    tmp_path,
):
    text = (
        "After your hip replacement\n\nHIP PRECAUTIONS\nFor the first 6 wks, to stop your new "
        "hip dislocating:\nDo not\n- bend your hip past 90°\n- cross your legs\n\n"
        "AFTER YOUR ANAESTHETIC\nFor 24 hours do not:\n- drive\n- drink alcohol\n\n"
        "CONTACT US\nWard 22: 01632 960 321\n"
    )
    markdown = _imported_text(tmp_path, "hip.txt", text, "8103").markdown()
    # the six weeks stay in the section with the rules they govern: no chapter "Do not", and
    # no heading "Do not" between them and their rules either
    assert "\n## Do not" not in markdown and "\n### Do not" not in markdown
    assert "dislocating:\n\n- Do not bend your hip past 90°\n- Do not cross your legs" in markdown
    # "do not" ending the lead-in governs each item (they were heard as "drive", "drink alcohol")
    assert "- Do not drive\n- Do not drink alcohol" in markdown
    # in a leaflet with no headings, a bare "Do not" goes and each item says it
    text = (
        "Your child's tonsillectomy\n\nBleeding is most likely on day 5 to 10.\n\nDo not\n"
        "- let your child go swimming for 2 weeks\n- give aspirin to children under 16\n\n"
        "Keep your child off school for 2 weeks.\n\nWard 9 (24 hours): 01632 960 222\n"
    )
    result = _imported_text(tmp_path, "tonsils.txt", text, "2290")
    assert not [line for line in result.body if line.startswith("#")]
    assert "- Do not let your child go swimming for 2 weeks" in result.markdown()
    assert "Do not" not in result.body  # the bare lead-in, said alone, is gone


def test_a_lead_in_with_words_before_its_ban_says_the_ban_once_over_its_items(tmp_path):
    """ "For 24 hours do not:" over "- drive a car or ride a bicycle" / "- drink alcohol": each
    item is given "Do not" (said alone, each was heard as an instruction), and the lead-in had
    kept its own, "For 24 hours do not:" over "- Do not drive ...", the ban said twice. The
    lead-in keeps its words before the ban ("For 24 hours:"), each item says it once; so in
    bold and after "you must not". An item that cannot take the ban ("2 or more sleeping
    tablets") leaves the lead-in as written: read alone it would be an instruction."""
    text = (
        "After your sedation\nEndoscopy Unit\n\nGoing home\n\nYou must have a responsible adult "
        "to take you home and stay with you overnight.\n\n{lead_in}\n- drive a car or ride a "
        "bicycle\n- drink alcohol\n- Do not sign any legal documents\n{more}\n"
        "If you have any questions, call the Endoscopy Unit on 0116 258 4567.\n"
    )
    for lead_in, said in [
        ("For 24 hours do not:", "For 24 hours:"),
        ("**For 24 hours after your sedation, do not:**", "**For 24 hours after your sedation:**"),
        ("Until the sedation has worn off, you must not:", "Until the sedation has worn off:"),
    ]:
        result = _imported_text(tmp_path, "sedation.txt", text.format(lead_in=lead_in, more=""),
                                "END-0310")
        ban = re.search(r"(do not|you must not):", lead_in)[1]
        ban = ban[0].upper() + ban[1:]
        at = result.body.index(said)
        assert result.body[at + 1] == (
            f"- {ban} drive a car or ride a bicycle\n- {ban} drink alcohol\n"
            "- Do not sign any legal documents"
        ), result.body
        assert not [block for block in result.body if ban.lower() + ":" in block.lower()]
    # an item that cannot take the ban's words keeps the lead-in's: it says the ban, as written
    result = _imported_text(
        tmp_path, "sedation.txt",
        text.format(lead_in="For 24 hours do not:", more="- 2 or more sleeping tablets\n"),
        "END-0310",
    )
    at = result.body.index("For 24 hours do not:")
    assert result.body[at + 1].endswith("\n- 2 or more sleeping tablets"), result.body


def test_a_lead_in_ending_in_its_ban_leads_the_unmarked_lines_under_it(tmp_path):
    """ "For 24 hours do not:" over "drive a car or ride a bicycle" / "drink alcohol" / "sign
    any legal documents" with no bullets had run together as one paragraph, "For 24 hours do
    not: drive a car or ride a bicycle drink alcohol sign ...", the list lost and nobody warned
    (only a line starting with the ban led such lines). Each line is a thing not to do, said
    with the ban, the lead-in leaving it to them, as under bullets; in Word and PDF too. A
    sentence wrapped after the colon stays one paragraph."""
    items = ["drive a car or ride a bicycle", "drink alcohol", "sign any legal documents"]
    text = (
        "After your sedation\nEndoscopy Unit\n\nGoing home\n\nYou must have a responsible adult "
        "to take you home and stay with you overnight.\n{lead_in}\n{items}\n\n"
        "If you have any questions, call the Endoscopy Unit on 0116 258 4567.\n"
    )
    for lead_in, said, between in [
        ("For 24 hours do not:", "For 24 hours:", "\n"),
        ("For 24 hours do not:", "For 24 hours:", "\n\n"),
        ("**For 24 hours after your sedation, do not:**", "**For 24 hours after your sedation:**",
         "\n"),
        ("Until the sedation has worn off, you must not:", "Until the sedation has worn off:",
         "\n"),
    ]:
        result = _imported_text(
            tmp_path, "sedation.txt", text.format(lead_in=lead_in, items=between.join(items)),
            "END-0310",
        )
        ban = re.search(r"(do not|you must not):", lead_in)[1]
        ban = ban[0].upper() + ban[1:]
        at = result.body.index(said)
        assert result.body[at + 1] == "\n".join(f"- {ban} {item}" for item in items), result.body
        assert any("now each begin" in warning for warning in result.warnings)
    # a line after them in no lower case that may be one more ("2 or more sleeping tablets")
    # leaves them all as written, never cut off from the ban as a paragraph of its own
    result = _imported_text(tmp_path, "sedation.txt", text.format(
        lead_in="For 24 hours do not:", items="\n".join([*items, "2 or more sleeping tablets"]),
    ), "END-0310")
    assert not [block for block in result.body if block.startswith("2 or more")], result.body
    # a sentence wrapped after its colon is no list
    wrapped = (
        "For 24 hours you must not:\ndrive or use machinery, as the sedation can\n"
        "slow your reactions for the rest of the day."
    )
    markdown = _imported_text(
        tmp_path, "sedation.txt", text.format(lead_in=wrapped, items=""), "END-0310"
    ).markdown()
    assert (
        "For 24 hours you must not: drive or use machinery, as the sedation can slow your "
        "reactions for the rest of the day."
    ) in markdown
    # ... and a Word document's paragraphs, a PDF's lines, alike
    lead_in = "For 24 hours after your sedation, do not:"
    body = [("Going home", "You must have a responsible adult to take you home."), lead_in, *items,
            "If you have any questions, call the Endoscopy Unit on 0116 258 4567."]
    for path in _as_word_and_pdf(tmp_path / "END-0310-sedation", "After your sedation",
                                 "Endoscopy Unit", body):
        result = import_file(path, {"number": "END-0310", "version": "1"})
        at = result.body.index("For 24 hours after your sedation:")
        assert result.body[at + 1] == "\n".join(f"- Do not {item}" for item in items), (
            path.suffix, result.body,
        )


def test_an_item_starting_with_a_figure_stays_in_the_list_under_its_ban(tmp_path):
    """ "For 24 hours after your sedation do not:" over "drive a car or ride a bike" / "drink
    alcohol" / "2 or more sleeping tablets" / "sign any legal papers" had run on as two
    paragraphs, "... do not: drive a car ... drink alcohol" and "2 or more sleeping tablets sign
    any legal papers", the ban cut off the last two (read as an instruction to sign). An item
    starting with a figure is one of the items: all four are the list, the lead-in keeping its
    ban over the one that cannot take it; in Word too."""
    items = ["drive a car or ride a bike", "drink alcohol", "2 or more sleeping tablets",
             "sign any legal papers"]
    text = (
        "After your sedation\nEndoscopy Unit\n\nGoing home\n\nYou must have a responsible adult "
        "to take you home and stay with you overnight.\n\n{lead_in}\n{items}\n\n"
        "If you have any questions, call the Endoscopy Unit on 0116 258 4567.\n"
    )
    expected = (
        "For 24 hours after your sedation do not:\n\n- Do not drive a car or ride a bike\n"
        "- Do not drink alcohol\n- 2 or more sleeping tablets\n- Do not sign any legal papers\n"
    )
    for between in ("\n", "\n\n"):
        result = _imported_text(tmp_path, "sedation.txt", text.format(
            lead_in="For 24 hours after your sedation do not:", items=between.join(items),
        ), "END-0310")
        assert expected in result.markdown(), result.markdown()
        # ... and a person is asked to check the one left without the ban's words
        assert any("'2 or more sleeping tablets' kept its words" in warning
                   for warning in result.warnings), result.warnings
    # the figure first of them, too
    markdown = _imported_text(tmp_path, "sedation.txt", text.format(
        lead_in="For 24 hours after your sedation do not:", items="\n".join(items[2:] + items[:2]),
    ), "END-0310").markdown()
    assert "- 2 or more sleeping tablets\n- Do not sign any legal papers\n" in markdown, markdown
    assert "- Do not drink alcohol\n\nIf you have any questions" in markdown, markdown
    word = write_word(tmp_path / "END-0310-sedation.docx", [
        ("title", "After your sedation"), ("p", "Endoscopy Unit"), ("heading", "Going home"),
        ("p", "You must have a responsible adult to take you home."),
        ("p", "For 24 hours after your sedation do not:"), *[("p", item) for item in items],
        ("p", "If you have any questions, call the Endoscopy Unit on 0116 258 4567."),
    ])
    markdown = import_file(word, {"number": "END-0310", "version": "1"}).markdown()
    assert expected in markdown, markdown


def test_items_in_capitals_under_a_lead_in_ending_in_its_ban_each_say_it(tmp_path):
    """ "While you have your cast on you must not:" over "Get the cast wet" / "Push anything
    down the cast to scratch your skin" / "Cut or change the cast yourself", no bullets, had
    left each a paragraph of its own (in Word and PDF the last a heading), each read as an
    instruction to do it: only items in lower case were led by such a lead-in. Short lines in
    capitals with no full stop are its items too, as under a bare "You must not:"; a sentence
    after them is not, nor is the next heading."""
    items = ["Get the cast wet", "Push anything down the cast to scratch your skin",
             "Cut or change the cast yourself", "Lean on the cast until it has set"]
    expected = "While you have your cast on:\n\n" + "".join(
        f"- You must not {item[0].lower()}{item[1:]}\n" for item in items
    )
    text = (
        "Looking after your cast\nFracture Clinic\n\nCaring for your cast\n\nKeep your cast "
        "dry and raise your arm on a pillow when you sit down.\n{between}"
        "While you have your cast on you must not:\n{items}\n{after}"
    )
    for between, after in [
        ("\n", "\nIf your fingers turn blue or feel numb, go to A&E straight away.\n"),
        ("", "If your fingers turn blue or feel numb, go to A&E straight away.\n"),
        ("\n", "\nWhen to get help\n\nCall the Fracture Clinic on 0116 258 5430.\n"),
    ]:
        result = _imported_text(tmp_path, "cast.txt", text.format(
            between=between, items="\n".join(items), after=after,
        ), "FRC-0101")
        markdown = result.markdown()
        assert expected + "\n" in markdown, markdown
        assert any("now each begin 'You must not" in warning for warning in result.warnings)
    assert "## When to get help" in markdown, markdown
    body = [("Caring for your cast", "Keep your cast dry."),
            "While you have your cast on you must not:", *items,
            "If your fingers turn blue or feel numb, go to A&E straight away."]
    for path in _as_word_and_pdf(tmp_path / "FRC-0101-cast", "Looking after your cast",
                                 "Fracture Clinic", body):
        markdown = import_file(path, {"number": "FRC-0101", "version": "1"}).markdown()
        assert expected in markdown, (path.suffix, markdown)


def test_a_line_telling_the_reader_what_to_do_after_items_in_capitals_is_no_item(tmp_path):
    """ "Do not:" over "Get the cast wet" / "Cut the cast yourself" / "Please ring the clinic if
    it cracks", no bullets or full stops, had made the last one more thing not to do, "Do not
    please ring the clinic if it cracks", and under "For 6 weeks do not:" "Do not ring the
    clinic if it cracks": the patient told not to ring. A line that opens as a sentence of its
    own ("Please", "Ring", "Call", "If", "You" ...) ends the items and says what it says."""
    for lead_in, ring in [("Do not:", "Please ring the clinic if it cracks"),
                          ("You must not:", "Call us if you are worried about your cast"),
                          ("DO NOT:", "If it cracks ring the clinic straight away"),
                          ("For 6 weeks do not:", "Ring the clinic if it cracks")]:
        for after in ("", "\nContact us\n\nFracture Clinic: 0116 258 5430\n"):
            text = (
                "Looking after your cast\nFracture Clinic\n\nCaring for your cast\n\n"
                f"{lead_in}\nGet the cast wet\nCut the cast yourself\n{ring}\n{after}"
            )
            markdown = _imported_text(tmp_path, "cast.txt", text, "FRC-0101").markdown()
            assert "get the cast wet\n- " in markdown and "cut the cast yourself\n\n" in markdown, (
                lead_in, markdown,
            )
            assert f"\n\n{ring}\n" in markdown, (lead_in, markdown)


def test_items_in_capitals_under_do_not_each_say_it_and_a_sentence_after_them_does_not(
    tmp_path,
):
    """ "Do not:" over "* Drive for 6 weeks" had left the item bare, heard as an instruction to
    drive (only items in lower case were given the lead-in); and under an unbulleted "Do not:"
    list, "If there is no improvement after 5 minutes, give a second injection." had become
    one more thing not to do."""
    text = (
        "After your hip operation\n\nLeaflet number: THR-0092 Version 1\n\nWashing\n\n"
        "Do not:\n* Take baths until your physiotherapist says it is safe\n"
        "* Drive for 6 weeks\n* Never sit on the bottom of the bath\n* NSAIDs such as ibuprofen\n"
        "* Stop your blood thinners unless we ask you to\n* Avoid twisting when you turn\n\n"
        "If your child has a reaction\n\nDo not:\nmake your child stand up or walk\n"
        "leave your child alone\n"
        "If there is no improvement after 5 minutes, give a second injection.\n"
    )
    markdown = _imported_text(tmp_path, "hip.txt", text, "THR-0092").markdown()
    assert (
        "- Do not take baths until your physiotherapist says it is safe\n"
        "- Do not drive for 6 weeks\n- Never sit on the bottom of the bath\n"
        "- Do not NSAIDs such as ibuprofen\n"
        "- Do not stop your blood thinners unless we ask you to\n"
        "- Avoid twisting when you turn\n"
    ) in markdown
    assert "- Do not leave your child alone\n\nIf there is no improvement" in markdown
    # a heading that is a phrase ("Stop smoking", "Avoid infection") over bullets in capitals
    # does not run into them ("Stop smoking nicotine patches ...")
    text = (
        "Before your operation\n\nLeaflet number: PRE-0001 Version 1\n\nStop smoking\n\n"
        "* Nicotine patches and gum are safe to use.\n* Ask your GP for help.\n"
    )
    markdown = _imported_text(tmp_path, "smoking.txt", text, "PRE-0001").markdown()
    assert "- Nicotine patches and gum are safe to use.\n- Ask your GP for help." in markdown


def test_do_not_over_unbulleted_items_one_ending_on_to_or_with_blank_lines_between(tmp_path):
    """ "DO NOT" over "take a double dose" / "take aspirin or ibuprofen unless a doctor has told
    you to" / "start or stop any herbal remedy ..." had been one sentence (a line ending "to"
    taken for wrapped prose): "... told you to start or stop any herbal remedy". With blank
    lines between the items they had been plain instructions under a chapter "Do not"."""
    items = (
        "take a double dose", "take aspirin or ibuprofen unless a doctor has told you to",
        "start or stop any herbal remedy without asking us",
    )
    for between in ("\n", "\n\n"):
        text = (
            "Taking warfarin safely\n\nLeaflet number: ANT-0207 Version 1\n\n"
            "If you miss a dose\nNever take a double dose.\n\nDO NOT" + between
            + between.join(items) + "\n\nTake your warfarin at the same time every day.\n"
        )
        markdown = _imported_text(tmp_path, "warfarin.txt", text, "ANT-0207").markdown()
        assert "\n".join(f"- Do not {item}" for item in items) in markdown, between
        assert "- Do not take your warfarin" not in markdown
    # ... but a sentence broken by hand, going on with "and" or "or", stays one sentence ("Do
    # not wear a seatbelt" had been made of it); and a paragraph after the items in small
    # letters that is no item ("eGFR and kidney ...") is not one more
    text = (
        "After your hip replacement\n\nLeaflet number: ORT-124 Version 1\n\nDriving\n\n"
        "Do not\ndrive until you can bend your hip freely and are able to\nwear a seatbelt\n"
        "and do an emergency stop without pain.\n\nFor 24 hours\n\nDo not\n\ndrive\n\n"
        "drink alcohol\n\neGFR and kidney blood tests will be checked at your next visit.\n"
    )
    markdown = _imported_text(tmp_path, "hip.txt", text, "ORT-124").markdown()
    assert "Do not wear" not in markdown and "Do not eGFR" not in markdown
    assert (
        "Do not drive until you can bend your hip freely and are able to wear a seatbelt and do"
        " an emergency stop without pain." in markdown
    )


def test_numbered_items_typed_with_a_tab_after_their_numbers_are_a_list(tmp_path):
    """ "1.<tab>I will take my medication." (Word saved as text) had been a table of no header
    row, read as a list "1." / "I will take ...", which no format could build."""
    text = (
        "My crisis plan\n\nLeaflet number: CMHT-0147 Version 1\n\nThings I can do\n"
        "1.\tI will take my medication.\n2.\tI will not drink alcohol.\n"
        "3.\tI will call my sister.\n"
    )
    markdown = _imported_text(tmp_path, "plan.txt", text, "CMHT-0147").markdown()
    assert (
        "1. I will take my medication.\n2. I will not drink alcohol.\n3. I will call my sister."
    ) in markdown


def test_a_cell_going_on_under_its_column_in_a_table_lined_up_with_spaces(tmp_path):
    """A ketone table whose action ran on to a second line under its column had kept two of
    its four rows: "1.6 to 3.0 Contact the diabetes team now ... More than 3.0 Go to A&E now"
    was one paragraph, the levels no longer beside their actions."""
    text = (
        "Sick day rules\n\nLeaflet number: DIA-0410 Version 1\n\nChecking ketones\n\n"
        "Blood ketone level     What to do\n"
        "Less than 0.6          Normal. Keep checking every 2-4 hours.\n"
        "0.6 to 1.5             Take extra insulin as agreed with your team,\n"
        "                       and recheck in 2 hours.\n"
        "1.6 to 3.0             Contact the diabetes team now. If you\n"
        "                       cannot get through, call NHS 111.\n"
        "More than 3.0          Go to A&E now. Do not drive yourself.\n"
        "    Keep this leaflet with your meter.\n"
    )
    markdown = _imported_text(tmp_path, "ketones.txt", text, "DIA-0410").markdown()
    assert (
        "| 0.6 to 1.5 | Take extra insulin as agreed with your team, and recheck in 2 hours. |\n"
        "| 1.6 to 3.0 | Contact the diabetes team now. If you cannot get through, call NHS 111. |\n"
        "| More than 3.0 | Go to A&E now. Do not drive yourself. |\n"
    ) in markdown
    assert "\nKeep this leaflet with your meter." in markdown


def test_a_form_line_ends_its_line_and_a_short_line_going_on_in_lower_case_does_not(tmp_path):
    text = (
        "Your heart failure medicines\n\nTake these each day.\n"
        "Bisoprolol ____ mg once a day\nRamipril ____ mg twice a day\n"
        "Furosemide 40 mg at 8am and 40 mg at 2pm\n\n"
        "Staples removed on: __/__/____ by your GP practice nurse\n"
        "Keep the dressing dry until then.\n\n"
        "If your symptoms get worse\nand you cannot speak in full sentences, call 999.\n"
    )
    body = _imported_text(tmp_path, "medicines.txt", text, "7403").body
    # each medicine its own line: they had run on into one sentence
    assert "Ramipril [mg]{.field} twice a day" in body
    assert "Furosemide 40 mg at 8am and 40 mg at 2pm" in body
    assert "Keep the dressing dry until then." in body
    # a condition over two lines stays with its instruction
    assert (
        "If your symptoms get worse and you cannot speak in full sentences, call 999." in body
    )


def test_a_figure_and_hyphen_at_a_line_end_join_the_next_word_keeping_the_hyphen(tmp_path):
    text = (
        "Pain relief after your operation\n\nTake codeine 30–60 mg up to 4-\nhourly if you need "
        "it. These changes usu-\nally pass in a week.\n"
    )
    body = _imported_text(tmp_path, "pain.txt", text, "6712").body
    # it was "4- hourly", said "four- hourly"
    assert (
        "Take codeine 30–60 mg up to 4-hourly if you need it. These changes usually pass in a "
        "week." in body
    )


def test_an_audience_with_words_before_patients_and_an_abbreviation_in_a_capitals_heading(
    tmp_path,
):
    text = (
        "Going home after your hip replacement\nInformation for adult day-case patients\n\n"
        "PREVENTING BLOOD CLOTS (VTE)\n\nYou will have injections to stop clots forming.\n\n"
        "HAVING AN MRI SCAN\n\nTell us if you have a pacemaker.\n"
    )
    result = _imported_text(tmp_path, "hip.txt", text, "8103")
    # it was a heading, a chapter that said only "Information for adult day-case patients"
    assert result.front_matter["audience"] == "Information for adult day-case patients"
    headings = [line for line in result.body if line.startswith("#")]
    # "(vte)" was said as a word
    assert headings == ["## Preventing blood clots (VTE)", "## Having an MRI scan"]


def test_text_decoded_in_the_wrong_encoding_is_mended_and_said_so(tmp_path):
    """A leaflet saved as UTF-8 and read as Windows-1252 along the way (a web page with no
    charset, printed to PDF) had "â€“" for every dash and "donâ€™t" for "don't": nothing
    noticed, and every format would have shown it or read it aloud. Such a line is mended, and
    the import says so for a person to check."""
    text = (
        "Heart failure and your water tablets\nCardiology Department\n\n"
        "Weigh yourself every day â€“ before breakfast. If you gain more than 2 kg in 3 days, "
        "call us. Donâ€™t stop your tablets without asking.\n\nCafÃ© opening hours vary.\n"
    )
    result = _imported_text(tmp_path, "hf.txt", text, "HF-031")
    body = "\n".join(result.body)
    assert "every day – before breakfast" in body and "Don’t stop" in body, body
    assert "Café" in body and "â€" not in body and "Ã" not in body
    assert any("wrong encoding" in warning for warning in result.warnings), result.warnings


@pytest.mark.parametrize(
    ("line", "audience"),
    [
        ("For parents and carers of children aged 2 to 16",) * 2,
        ("Information for adult patients (aged 18+) and their families",) * 2,
        ("For patients having a lumbar puncture",) * 2,
        (
            "Audience: Adults and young people (12+) who have been prescribed an adrenaline "
            "auto-injector, and their families",
            "Adults and young people (12+) who have been prescribed an adrenaline auto-injector, "
            "and their families",
        ),
    ],
)
def test_an_audience_in_its_own_words_under_the_title_is_the_audience(tmp_path, line, audience):
    """ "For parents and carers of children aged 2 to 16" under the title was a heading: the
    recording opened with a chapter of that line; "Audience: ..." was read as the first
    paragraph. "Date of publication:" is when it was issued."""
    text = (
        "Nosebleeds in children: first aid at home\nChildren's Emergency Department\n"
        f"{line}\n\nLeaflet number 7788 v4\nDate of publication: February 2025\n"
        "Review date: March 2027\n\nNosebleeds are common in children. Sit your child down. "
        "For advice, call NHS 111.\n\nWhen to get help\n\nFor children under 2, call 999.\n"
    )
    result = _imported_text(tmp_path, "nose.txt", text, "7788")
    assert result.front_matter["audience"] == audience
    assert result.front_matter["issued"] == "2025-02"  # when it was issued
    body = "\n".join(result.body)
    assert audience not in body and "publication" not in body
    assert [line for line in result.body if line.startswith("#")] == ["## When to get help"]
    assert "For advice, call NHS 111." in body and "For children under 2, call 999." in body


@pytest.mark.parametrize(
    "line",
    [
        "Respiratory Medicine - Information for patients",
        "Trauma and Orthopaedics – Information for patients",
        "Information for patients | Respiratory Medicine",
        # (in small letters after the dash, as a banner's second line had it: the audience
        # stands alone in every format, and the recording said "information for patients from
        # ..." and large print printed it so)
        "Respiratory Medicine – information for patients",
    ],
)
def test_a_department_and_its_audience_on_one_line_each_take_their_place(tmp_path, line):
    """The recording opens "Information for patients from <trust>, <department>": with the
    line kept whole as the department it said "... Trust, Respiratory Medicine, Information for
    patients"."""
    text = (
        f"Northshire Hospitals NHS Foundation Trust\n{line}\n\n"
        "Taking prednisolone after an asthma attack\n\nWhy have I been given prednisolone?\n\n"
        "Prednisolone is a steroid medicine. It calms the swelling in your airways.\n"
    )
    result = _imported_text(tmp_path, "pred.txt", text, "RM-0142")
    department = re.sub("information for patients", "", line, flags=re.I).strip(" -–|")
    assert result.front_matter["department"] == department
    assert result.front_matter["audience"] == "Information for patients"


def test_a_team_of_nurse_specialists_over_the_title_is_the_department(tmp_path):
    path = tmp_path / "card.txt"
    path.write_text(
        "Eastvale University Hospitals NHS Trust\nNeurology - Epilepsy Nurse Specialists\n\n"
        "EPILEPSY EMERGENCY CARD AND RESCUE MEDICATION PLAN\n\nRef: NEURO-019 v4\n\n"
        "Keep this card with you.\n",
        encoding="utf-8",
    )
    front = import_file(path, {}).front_matter
    # the team's name had been taken for the title, and the title made the first heading
    assert front["title"] == "Epilepsy emergency card and rescue medication plan"
    assert front["department"] == "Neurology - Epilepsy Nurse Specialists"


def test_a_heading_with_nothing_under_it_before_the_next_is_a_line_of_text(tmp_path):
    text = (
        "After your hip replacement\nOrthopaedic Department\n\n"
        "Going home from Ward 22 (Elective Orthopaedics)\n\n"
        "HIP PRECAUTIONS\n\nFor the first 6 weeks, do not bend your hip past 90 degrees.\n"
    )
    body = _imported_text(tmp_path, "hip.txt", text, "8103").body
    # it was a chapter that said only its own name
    assert body[:2] == [
        "Going home from Ward 22 (Elective Orthopaedics)", "## Hip precautions"
    ]


def test_one_sentence_broken_by_hand_does_not_make_a_text_file_wrapped(tmp_path):
    """Word saves a paragraph as one line; one sentence the writer broke after a comma had made
    the importer take the file for one wrapped at that line's width, and join every longer line
    to the next: the offer of formats took half the leaflet, a "do not come" warning with it."""
    long = "Take your other usual medicines with water as normal, at the usual times of day. "
    text = (
        "Your glucose tolerance test\n\n"
        f"{long * 2}\n"
        "If you are taking steroids,\ntell the phlebotomist before the test starts.\n"
        f"If your blood sugar is above 7 mmol/L when you wake, do not come for the test. {long}\n"
        f"Parking: Car park B costs £2.50 for up to 2 hours. {long}\n"
        "Ask us if you need this leaflet in another language or format such as large print.\n"
    )
    result = _imported_text(tmp_path, "ogtt.txt", text, "3304")
    offer = result.front_matter["format_offer"]
    assert "do not come" not in offer and offer.startswith("Ask us if you need")
    assert "If you are taking steroids, tell the phlebotomist before the test starts." in (
        result.body
    )
    assert any(p.startswith("If your blood sugar is above 7 mmol/L") for p in result.body)


def test_an_offer_in_a_paragraph_that_says_other_things_takes_only_the_offer(tmp_path):
    text = (
        "Your glucose tolerance test\n\nBring something to read.\n\n"
        "If your blood sugar is above 7 mmol/L when you wake, do not come for the test. "
        "Parking costs £2.50. Ask us if you need this leaflet in another language or format "
        "such as large print or braille. Email oak.pals@nhs.net.\n"
    )
    result = _imported_text(tmp_path, "ogtt.txt", text, "3304")
    assert result.front_matter["format_offer"] == (
        "Ask us if you need this leaflet in another language or format such as large print or "
        "braille. Email oak.pals@nhs.net."
    )
    assert (
        "If your blood sugar is above 7 mmol/L when you wake, do not come for the test. "
        "Parking costs £2.50." in result.body
    )


def test_a_service_beside_its_details_a_revision_and_a_blank_for_who_to_call(tmp_path):
    text = (
        "Feeling in crisis: where to get help now\n"
        "Older People's Mental Health Service · Reference: OPD-0331 · Rev 4\n\n"
        "My safety plan\n\nPerson I can call: ____________ on ____________\n"
    )
    path = tmp_path / "crisis.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {})
    front = result.front_matter
    # the line had stayed in the text, its details unread, and been said as a chapter
    assert (front["number"], front["version"]) == ("OPD-0331", 4)
    assert front["department"] == "Older People's Mental Health Service"
    # "on ____" after "call" is a phone number, not a date (a number given was refused)
    assert "[Person I can call:]{.field} on [phone number]{.field}" in result.body


def test_a_grid_with_no_header_row_keeps_each_row_together_as_one_item(tmp_path):
    """Morphine tablets' strengths and colours lined up with spaces, with no header row, had
    been read a cell at a time: "10 mg" / "brown" / "15 mg" / "green" as bullets, no strength
    told with its colour. Each row of the grid is one item of the list."""
    text = (
        "Your slow-release morphine tablets\n\nLeaflet number: PAL-0231 Version 1\n\n"
        "MST Continus tablets come in different strengths, each its own colour:\n\n"
        "   5 mg      white\n   10 mg     brown\n   15 mg     green\n   30 mg     purple\n\n"
        "Check the strength on the box before you take a tablet.\n"
    )
    markdown = _imported_text(tmp_path, "mst.txt", text, "PAL-0231").markdown()
    assert "- 5 mg; white\n- 10 mg; brown\n- 15 mg; green\n- 30 mg; purple\n" in markdown


def test_a_blank_ruled_for_a_blood_pressure_reading_is_no_date(tmp_path):
    """ "___/___" in a diary is a blood pressure's two numbers: it had been labelled a date to
    fill in, in every format; a blank ruled "__/__/____" is still a date."""
    text = (
        "Checking your blood pressure at home\n\nLeaflet number: REN-0245 Version 1\n\n"
        "Write down your blood pressure each morning, sitting down.\n\n"
        "| Date | Blood pressure | Pulse |\n|---|---|---|\n| __/__/____ | ___/___ | ____ |\n"
        "| __/__/____ | ___/___ | ____ |\n"
    )
    markdown = _imported_text(tmp_path, "bp.txt", text, "REN-0245").markdown()
    assert "| [date]{.field} | [reading]{.field} | [to fill in]{.field} |" in markdown
    # ... however the date is spaced: "____ / ____ / ______" had been three blanks, said "your
    # care team will tell you the date, /, your care team will fill this in, /, ..."
    text = (
        "Your injections at home\n\nLeaflet number: ORT-0046 Version 1\n\n"
        "Your first injection at home is due on ____ / ____ / ______\n\n"
        "Blood pressure today: ___ / ___\n"
    )
    markdown = _imported_text(tmp_path, "lmwh.txt", text, "ORT-0046").markdown()
    assert "is due on [date]{.field}\n" in markdown, markdown
    assert "[Blood pressure today:]{.field}\n" in markdown, markdown  # one blank, not two


def test_a_record_ruled_with_bars_and_padded_with_spaces_has_empty_cells(tmp_path):
    """ "1   |      |      |" under "Day | Date | Time | Site (L/R)" was read as a table lined up
    with spaces, each bar a cell: "Date: |. Time: |." was said for every day."""
    text = (
        "Your injections at home\n\nLeaflet number: ORT-0047 Version 1\n\n"
        "Injection record (tick each day)\nDay | Date | Time | Site (L/R)\n"
        "1   |      |      |\n2   |      |      |\n3   |      |      |\n\n"
        "Bring this record to your next appointment.\n"
    )
    markdown = _imported_text(tmp_path, "record.txt", text, "ORT-0047").markdown()
    assert "\\|" not in markdown, markdown
    assert "| Day | Date | Time | Site (L/R) |" in markdown, markdown


def test_a_table_lined_up_with_spaces_in_a_text_file_is_a_table(tmp_path):
    """A ketone chart set in columns with spaces was one run-on paragraph: "Less than 0.6
    mmol/L Normal Carry on as usual. 0.6 - 1.5 mmol/L Slightly raised Take an extra ...": no
    listener could tell which action went with which reading."""
    text = (
        "Sick day rules\n\nCheck your blood ketones every 2 hours.\n\n"
        "Blood ketones          What it means         What to do\n"
        "Less than 0.6 mmol/L   Normal                Carry on as usual.\n"
        "0.6 - 1.5 mmol/L       Slightly raised       Take an extra 10% of your insulin.\n"
        "3.0 mmol/L or above    High - DKA likely     Go to A&E or call 999 now.\n\n"
        "Call the diabetes team:  01632 960 555\n"
    )
    markdown = _imported_text(tmp_path, "ketones.txt", text, "1877").markdown()
    assert "| Blood ketones | What it means | What to do |" in markdown
    assert "| 3.0 mmol/L or above | High - DKA likely | Go to A&E or call 999 now. |" in markdown
    # one line with a wide gap is no table
    assert "\nCall the diabetes team: 01632 960 555" in markdown


def test_a_weekly_dose_grid_of_two_lines_lined_up_with_spaces_is_a_table(tmp_path):
    """A warfarin week typed as a grid, days over doses, was two paragraphs: "Day Mon Tue Wed
    ..." and "Dose (mg) 5 5 4 ...", so no listener could tell which dose went with which day.
    Two lines lined up are a table when they part into three cells or more alike; two contact
    lines ("Ward 8    0116 258 5678") stay lines."""
    text = (
        "Taking warfarin\n\nLeaflet number: ANT-0207 Version 4\n\nMy weekly dose\n\n"
        "Day         Mon   Tue   Wed   Thu   Fri   Sat   Sun\n"
        "Dose (mg)   5     5     4     5     5     4     5\n\n"
        "Take it at 6pm.\n\n"
        "Ward 8    0116 258 5678\nWard 9    0116 258 9012\n\n"
        "Time        Morning    Evening    Bedtime\n"
        "Tablets     2          1          2\n"
    )
    markdown = _imported_text(tmp_path, "warfarin.txt", text, "ANT-0207").markdown()
    assert "| Day | Mon | Tue | Wed | Thu | Fri | Sat | Sun |" in markdown
    assert "| Dose (mg) | 5 | 5 | 4 | 5 | 5 | 4 | 5 |" in markdown
    assert "| Time | Morning | Evening | Bedtime |" in markdown
    assert "| Tablets | 2 | 1 | 2 |" in markdown
    assert "\nWard 8 0116 258 5678\n" in markdown and "| Ward" not in markdown


def test_word_cells_of_several_paragraphs_bold_runs_hyperlinks_and_a_header_department(
    tmp_path,
):
    import docx as word
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = word.Document()
    document.sections[0].header.paragraphs[0].text = "Stroke Service"
    document.sections[0].footer.paragraphs[0].text = "Ref: STR-0033 | Version 2"
    document.add_heading("Transient ischaemic attack (TIA)", level=0)
    paragraph = document.add_paragraph("Do")
    paragraph.add_run(" not").bold = True
    paragraph.add_run(" stop any of them without talking to your doctor.")
    paragraph = document.add_paragraph("Check the rules at ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), document.part.relate_to(
        "https://www.gov.uk/stroke-and-driving", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    ))
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "www.gov.uk/stroke-and-driving"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(" or call the DVLA.")
    table = document.add_table(rows=2, cols=3)
    for cell, words in zip(table.rows[0].cells, ("Medicine", "Dose", "Important"), strict=True):
        cell.text = words
        cell.paragraphs[0].runs[0].bold = True
    aspirin = table.rows[1].cells
    aspirin[0].text = "Aspirin"
    aspirin[1].text = "300 mg once a day for 14 days"
    aspirin[1].add_paragraph("Then stop")
    aspirin[2].text = "Take with food."
    aspirin[2].add_paragraph("Do not take if you have a stomach ulcer.")
    path = tmp_path / "STR-0033-tia.docx"
    document.save(path)

    result = import_file(path, {})
    markdown = result.markdown()
    # the department was in the page header, dropped as a running line: nothing could be built
    assert result.front_matter["department"] == "Stroke Service"
    assert "Do **not** stop any of them" in markdown  # it was "Do**not**", said "Donot"
    assert "Check the rules at www.gov.uk/stroke-and-driving or call the DVLA." in markdown
    # each later paragraph of a cell had been a row of its own, under the wrong column
    assert (
        "| Aspirin | 300 mg once a day for 14 days; Then stop | Take with food. Do not take if "
        "you have a stomach ulcer. |" in markdown
    )


def test_the_last_item_in_a_box_before_a_sentence_of_its_own_ends_with_a_full_stop(tmp_path):
    path = write_word(
        tmp_path / "OPH-0112-cataract.docx",
        [
            ("title", "Cataract surgery aftercare"),
            ("para", "Ophthalmology Department"),
            (
                "box",
                [
                    "Seek help straight away if:",
                    "your eye becomes very painful",
                    "you see flashing lights or a dark curtain",
                    "Call Eye Casualty on 0161 276 5597 (open 24 hours).",
                ],
            ),
        ],
    )
    body = import_file(path, {"number": "OPH-0112", "version": "3"}).body
    notice = next(line for line in body if line.startswith("> Seek help"))
    # it was "... a dark curtain; Call Eye Casualty on ...", as if calling were another sign;
    # the signs are listed in the box, the sentence after them its own
    assert "> - your eye becomes very painful\n" in notice
    assert "> - you see flashing lights or a dark curtain\n>\n> Call Eye Casualty" in notice


def _word_outline(document, items: list[tuple[str, int]]) -> None:
    """Paragraphs numbered as Word numbers an outline: "1." at level 0, "a)" at level 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def element(tag: str, **values: str):
        made = OxmlElement(f"w:{tag}")
        for name, value in values.items():
            made.set(qn(f"w:{name}"), value)
        return made

    numbering = document.part.numbering_part.element
    abstract = element("abstractNum", abstractNumId="90")
    for level, shape, text in ((0, "decimal", "%1."), (1, "lowerLetter", "%2)")):
        definition = element("lvl", ilvl=str(level))
        definition.append(element("numFmt", val=shape))
        definition.append(element("lvlText", val=text))
        abstract.append(definition)
    numbering.insert(0, abstract)
    number = element("num", numId="90")
    number.append(element("abstractNumId", val="90"))
    numbering.append(number)
    for text, level in items:
        numbered = element("numPr")
        numbered.append(element("ilvl", val=str(level)))
        numbered.append(element("numId", val="90"))
        document.add_paragraph(text)._p.get_or_add_pPr().append(numbered)


def test_word_lettered_choices_under_a_numbered_item_stay_with_it(tmp_path):
    """ "a)", "b)" under "2. Take ... either:" are that item's choices. Word's own outline
    numbering had them as "1.", "2." run into the item ("Stop smoking. one. Eat less salt."),
    and typed as paragraphs of their own, "b)" became a list of its own, cut off from "a) ...,
    or" and splitting the numbered list in two."""
    import docx as word

    outlined = word.Document()
    outlined.add_heading("Lowering your blood pressure after a stroke", level=0)
    outlined.add_paragraph("Leaflet number: STR-0102 Version: 1")
    outlined.add_heading("What you can do", level=1)
    _word_outline(outlined, [
        ("Change your lifestyle:", 0), ("Stop smoking.", 1), ("Eat less salt.", 1),
        ("Take one of these medicines each morning, either:", 0),
        ("amlodipine 5mg, or", 1), ("ramipril 2.5mg.", 1),
    ])
    outlined.add_paragraph("Do not take both unless your doctor tells you to.")
    typed = word.Document()
    typed.add_heading("Lowering your blood pressure after a stroke", level=0)
    typed.add_paragraph("Leaflet number: STR-0101 Version: 1")
    typed.add_paragraph("Change your lifestyle:", style="List Number")
    typed.add_paragraph("a) Stop smoking.")
    typed.add_paragraph("b) Eat less salt.")
    typed.add_paragraph("Take one of these medicines each morning, either:", style="List Number")
    typed.add_paragraph("a) amlodipine 5mg, or")
    typed.add_paragraph("b) ramipril 2.5mg.")
    typed.add_paragraph("Do not take both unless your doctor tells you to.")

    for document in (outlined, typed):
        path = tmp_path / "stroke.docx"
        document.save(path)
        markdown = import_file(path, {"department": "Stroke"}).markdown()
        assert (
            "1. Change your lifestyle: a) Stop smoking. b) Eat less salt.\n"
            "2. Take one of these medicines each morning, either: a) amlodipine 5mg, or "
            "b) ramipril 2.5mg.\n"
        ) in markdown


def test_the_title_above_headings_all_underlined_alike_is_the_title(tmp_path):
    """The first underlined heading had been taken for the title, and the title above it
    dropped as a masthead; and "THE INJECTION", shouted in a sentence beside one in ordinary
    case, was kept in capitals in a heading ("How to give THE INJECTION")."""
    text = (
        "Anticoagulation Service\nGiving your blood-thinning injections at home\n"
        "Dalteparin (Fragmin) and enoxaparin (Clexane)\n\nLeaflet number: HAE-0231 Version: 4\n\n"
        "WHAT ARE THESE INJECTIONS FOR?\n------------------------------\n\n"
        "They thin your blood and lower the risk of a blood clot.\n\n"
        "HOW TO GIVE THE INJECTION\n-------------------------\n\n"
        "Pinch a fold of skin and push the needle straight in.\n\n"
        "DO NOT RUB THE INJECTION SITE. Rubbing makes bruising worse.\n\n"
        "CONTACT US\n----------\n\nAnticoagulation nurses: 0116 258 4000\n"
    )
    result = _imported_text(tmp_path, "lmwh.txt", text, "HAE-0231")
    markdown = result.markdown()
    assert result.front_matter["title"] == "Giving your blood-thinning injections at home"
    assert result.front_matter["department"] == "Anticoagulation Service"
    assert "Dalteparin (Fragmin) and enoxaparin (Clexane)" in markdown
    assert "## What are these injections for?" in markdown
    assert "## How to give the injection" in markdown


def test_headings_underlined_with_underscores_are_headings_not_blanks(tmp_path):
    """A row of "____" under a heading in capitals is its underline, as "----" is: each had
    become a blank to fill in, said "your care team will fill this in" after every heading,
    and the heading itself was left as shouting in the text."""
    text = (
        "Dalteparin injections after your operation\n\nDepartment of Trauma and Orthopaedics\n"
        "Leaflet number: ORT-0045 Version 3\n\n"
        "WHAT IS A DVT?\n______________\n\nA blood clot in a deep vein, usually in the leg.\n\n"
        "SIDE EFFECTS AND WARNING SIGNS\n______________________________\n\n"
        "You may bruise where you inject.\n\nYour first injection is due on ____.\n\n"
        "Name of your nurse:\n______________________________\n"
    )
    result = _imported_text(tmp_path, "lmwh.txt", text, "ORT-0045")
    markdown = result.markdown()
    assert "## What is a DVT?" in markdown
    assert "## Side effects and warning signs" in markdown
    fields = re.findall(r"\[([^\]]*)\]\{\.field\}", markdown)
    # the blank in the sentence and the line to write on under its label, not the underlines
    assert len(fields) == 2, markdown


def test_numbered_headings_that_ask_or_say_when_in_brackets_are_sections(tmp_path):
    """ "1. What is nil by mouth?" and "2. Morning appointments (before 12:00)" over their
    paragraphs had been read as list items: the fasting rules a patient most needs were no
    chapters to skip to, and the list's numbers ran on over the paragraphs."""
    text = (
        "Nil by mouth before your endoscopy\n\nLeaflet number: END-0093 Version 2\n\n"
        "1. What is nil by mouth?\n\n1.1 It means you must not eat or drink before your test.\n\n"
        "2. Morning appointments (before 12:00)\n\n"
        "2.1 Do not eat anything after midnight.\n\n2.2 You may drink water until 06:00.\n\n"
        "3. Afternoon appointments (12:00 or later)\n\n"
        "3.1 You may have a light breakfast, finished by 07:00.\n\n"
        "4. What counts as a clear fluid, and is squash one?\n\n"
        "4.1 Clear fluids are drinks you can see through.\n\n"
        "5. Contact us\n\nEndoscopy Unit: 0116 258 4000\n"
    )
    markdown = _imported_text(tmp_path, "nbm.txt", text, "END-0093").markdown()
    for heading in (
        "1. What is nil by mouth?",
        "2. Morning appointments (before 12:00)",
        "3. Afternoon appointments (12:00 or later)",
        "4. What counts as a clear fluid, and is squash one?",
        "5. Contact us",
    ):
        assert f"\n## {heading}\n" in markdown


def test_a_blank_before_units_is_a_measure_in_units(tmp_path):
    """ "Dose: ____ units once a day" was a field "Dose:", a count of doses from 1 to 20, so a
    heparin dose of 5,000 units could not be written in."""
    text = (
        "Your blood-thinning injections\n\nLeaflet number: HAE-0231 Version: 4\n\n"
        "Your nurse will write your dose here.\n\nDose: ______ units once a day\n"
    )
    markdown = _imported_text(tmp_path, "lmwh.txt", text, "HAE-0231").markdown()
    assert "Dose: [units]{.field} once a day" in markdown


def test_a_do_not_list_right_after_another_list_keeps_its_lead_in(tmp_path):
    """ "Do not:" between two lists had been dropped (each item says "Do not" now): the two
    lists became one, and the bans ran on under "For the first few days:". Kept, it stands
    over its own list, and each item still says "Do not": kept over the items' bare words
    ("Do not:" / "- drink alcohol"), every format had read them as things to do (no format
    says a lead-in with each item). An item that says it already keeps its words, and a bare
    "Do not" is the lead-in "Do not:"."""
    text = (
        "Advice after a head injury\n\nLeaflet number: EMD-0107 Version 1\n\n"
        "Looking after yourself\n\nFor the first few days:\n\n- rest\n"
        "- go back to work only when you feel ready\n\nDo not:\n\n- drink alcohol\n"
        "- play contact sport for 3 weeks\n\nCall 111 if you are worried.\n"
    )
    kept = (
        "- go back to work only when you feel ready\n\nDo not:\n\n- Do not drink alcohol\n"
        "- Do not play contact sport for 3 weeks\n"
    )
    result = _imported_text(tmp_path, "head.txt", text, "EMD-0107")
    assert kept in result.markdown(), result.markdown()
    assert any("now each begin 'Do not ...'" in w for w in result.warnings)
    bare = text.replace("Do not:\n\n", "Do not\n").replace(
        "- play contact", "- Do not play contact"
    )
    for said in (bare, bare.replace("Looking after yourself\n\n", "")):  # no headings too
        result = _imported_text(tmp_path, "head.txt", said, "EMD-0107")
        assert kept in result.markdown(), result.markdown()


def test_a_do_not_list_after_a_condition_list_says_do_not_with_each_item(tmp_path):
    """A cast leaflet's "DO NOT:" over lines in capitals, a blank line under a list of signs
    led by "Phone the plaster room if:": the report said the lead-in began each item, but the
    items were written "Let your child put anything inside the cast" under "Do not:", which
    every format (the recording above all) says as an instruction. Each item says it."""
    text = (
        "CARING FOR YOUR CHILD'S ARM CAST\nPaediatric Fracture Clinic\n\n"
        "Your child has a cast on their arm to hold the broken bone still.\n\n"
        "Ring the fracture clinic if:\nthe fingers swell or feel numb\n"
        "the cast feels tight or rubs\n\nDO NOT:\nLET YOUR CHILD POKE ANYTHING DOWN THE CAST\n"
        "CUT OR TRIM THE CAST YOURSELF\n\nFracture Clinic: 0116 258 5430\n\n"
        "Leaflet PFC-0112 Version 3. Review due March 2027.\n"
    )
    result = _imported_text(tmp_path, "cast.txt", text, "PFC-0112")
    assert (
        "- the cast feels tight or rubs\n\nDo not:\n\n"
        "- Do not let your child poke anything down the cast\n"
        "- Do not cut or trim the cast yourself\n"
    ) in result.markdown(), result.markdown()
    # ... as under a sentence, where the bare lead-in goes
    alone = text.replace(
        "Ring the fracture clinic if:\nthe fingers swell or feel numb\n"
        "the cast feels tight or rubs\n", "Keep the arm raised on a pillow.\n"
    )
    markdown = _imported_text(tmp_path, "cast.txt", alone, "PFC-0112").markdown()
    assert (
        "Keep the arm raised on a pillow.\n\n- Do not let your child poke anything down the "
        "cast\n- Do not cut or trim the cast yourself\n"
    ) in markdown, markdown


def test_a_do_not_list_under_a_timed_sections_list_is_never_joined_to_it(tmp_path):
    """ "DO NOT:" over its items, a blank line under the bullets of a section "For the first 2
    days", lost its lead-in and its items joined that list: the bans read as for the first 2
    days only. Each is its own list, the lead-in "Do not:" between them; with "-" items and a
    bare "Do not" too, and in a leaflet with no headings."""
    text = (
        "LOOKING AFTER YOUR CHILD'S LEG CAST\nChildren's Orthopaedic Outpatients\n\n"
        "Your child has had a plaster cast put on their leg.\n\nFor the first 2 days\n"
        "- Raise the leg on 2 pillows.\n- Give paracetamol if your child is in pain.\n\n"
        "DO NOT:\nLET YOUR CHILD PUT ANYTHING INSIDE THE CAST\nGET THE CAST WET\n\n"
        "Most casts come off after 6 weeks.\n\nPlaster Room: 0114 271 7000\n\n"
        "Leaflet CH-0531 Version 1. Review due January 2028.\n"
    )
    dashes = text.replace(
        "DO NOT:\nLET YOUR CHILD PUT ANYTHING INSIDE THE CAST\nGET THE CAST WET\n",
        "Do not\n- let your child put anything inside the cast\n- get the cast wet\n",
    )
    for said in (text, dashes):
        result = _imported_text(tmp_path, "cast.txt", said, "CH-0531")
        assert (
            "## For the first 2 days\n\n- Raise the leg on 2 pillows.\n"
            "- Give paracetamol if your child is in pain.\n\nDo not:\n\n"
            "- Do not let your child put anything inside the cast\n"
            "- Do not get the cast wet\n\nMost casts"
        ) in result.markdown(), result.markdown()
        leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
        assert [len(block.items) for block in lists(leaflet)] == [2, 2]
        untimed = said.replace("For the first 2 days\n", "")
        markdown = _imported_text(tmp_path, "cast.txt", untimed, "CH-0531").markdown()
        assert (
            "- Give paracetamol if your child is in pain.\n\nDo not:\n\n"
            "- Do not let your child put anything inside the cast\n"
        ) in markdown, markdown


def test_a_bold_do_not_paragraph_over_a_word_list_is_its_lead_in(tmp_path):
    """A Word paragraph "Do not:" in bold over List Bullet items had become an Important
    notice that said only "Do not:", the items under it a list of their own: a notice with
    nothing in it, the ban no longer leading into them. It leads into its items as a plain
    "Do not:" does: under a sentence it goes, each item saying it; under a list it stays,
    "Do not:" between the two lists."""
    spec = [
        ("title", "After your hernia repair"), ("p", "Day Surgery Unit"),
        ("heading", "Looking after your wound"), ("p", "Keep the dressing on for 2 days."),
        ("bold", "Do not:"), ("bullet", "Lift anything heavier than a kettle for 4 weeks"),
        ("bullet", "Drive until you can do an emergency stop"),
        ("p", "If the wound bleeds through the dressing, phone the ward on 01632 960 441."),
        ("p", "Leaflet number: DSU-0318 Version: 2 Next review: June 2027"),
    ]
    result = import_file(write_word(tmp_path / "DSU-0318-hernia.docx", spec), {})
    markdown = result.markdown()
    assert "> " not in markdown, markdown
    assert (
        "Keep the dressing on for 2 days.\n\n"
        "- Do not lift anything heavier than a kettle for 4 weeks\n"
        "- Do not drive until you can do an emergency stop\n"
    ) in markdown, markdown
    listed = spec[:3] + [("bullet", "Keep the dressing on for 2 days.")] + spec[4:]
    result = import_file(write_word(tmp_path / "DSU-0318-hernia.docx", listed), {})
    assert (
        "- Keep the dressing on for 2 days.\n\n**Do not:**\n\n"
        "- Do not lift anything heavier than a kettle for 4 weeks\n"
    ) in result.markdown(), result.markdown()


def test_a_shouted_line_ends_where_ordinary_case_starts_again(tmp_path):
    """The most urgent line of a leaflet had run on into the next as one sentence, no stop."""
    text = (
        "Your child's plaster cast\n\nLeaflet number: ORTH-0310 Version 1\n\n"
        "Keep the cast dry at all times.\n"
        "IF YOUR CHILD'S FINGERS OR TOES BECOME BLUE OR VERY SWOLLEN, GO TO A&E STRAIGHT AWAY\n"
        "Also go to A&E if your child cannot move their fingers or toes.\n"
    )
    markdown = _imported_text(tmp_path, "cast.txt", text, "ORTH-0310").markdown()
    # (in sentence case, in bold for the weight its capitals gave it)
    assert "go to A&E straight away**\n\nAlso go to A&E if" in markdown


def test_a_web_pages_cookie_banner_share_links_and_related_leaflets_go_whole(tmp_path):
    """A trust's web page copied whole: the cookie banner, a sentence and its buttons on one
    line, had been the leaflet's first line (so no title was found), "Share on Facebook Share
    on X Email this page" its last, and two of three related leaflets' titles (one with a
    colon) its words, one pictured as a pill in Easy Read."""
    text = (
        "Skip to content\nWe use cookies to make this website work better. Accept all cookies  "
        "Reject optional cookies  Cookie settings\n"
        "Home > Patients and visitors > Patient leaflets > Rheumatology\nPrint this page\n"
        "Gout: colchicine for flare-ups\nRheumatology Department\n"
        "Leaflet RHE-0144 Version 3. Next review June 2027.\n"
        "What is colchicine?\nColchicine is a tablet that reduces the swelling and pain of a gout "
        "flare-up.\nContact us\nRheumatology advice line: 0121 424 1966\nBack to top\n"
        "Related leaflets\nAllopurinol for gout\nMethotrexate: a guide for patients\n"
        "Living with gout\nShare on Facebook  Share on X  Email this page\n"
        "© University Hospitals Birmingham NHS Foundation Trust 2024 | Accessibility\n"
    )
    result = _imported_text(tmp_path, "gout.txt", text, "RHE-0144")
    markdown = result.markdown()
    assert result.front_matter["title"] == "Gout: colchicine for flare-ups"
    assert result.front_matter["department"] == "Rheumatology Department"
    for gone in ("cookies", "Methotrexate", "Living with gout", "Facebook", "Email this page"):
        assert gone not in markdown, gone
    assert markdown.rstrip().endswith("Rheumatology advice line: 0121 424 1966")


def test_a_leaflet_copied_from_a_web_page_drops_the_pages_own_links(tmp_path):
    """The breadcrumb trail had been the title, "Back to top" a chapter holding the next
    section, and "Before You Come In" (Title Case, ending "In") no heading at all."""
    text = (
        "Home > Our services > Urology > Patient leaflets\nTrial Without Catheter (TWOC)\n"
        "Print this page\nLeaflet reference: URO-0231\n\nWhat Is A Trial Without Catheter\n"
        "We remove your catheter to see if you can pass urine on your own.\nBack to top\n\n"
        "Before You Come In\nTake all of your usual medicines.\nBack to top\n\n"
        "On The Day\nDrink 1.5 to 2 litres of fluid over the day.\n"
    )
    result = _imported_text(tmp_path, "twoc.txt", text, "URO-0231")
    markdown = result.markdown()
    assert result.front_matter["title"] == "Trial Without Catheter (TWOC)"
    assert "## Before You Come In" in markdown and "## On The Day" in markdown
    assert "Back to top" not in markdown and "Print this page" not in markdown
    assert "Home >" not in markdown
    # a page copied whole: its cookie banner had been the title, the trail a line a step read
    # out ("Home. Slash. Patient leaflets."), its feedback's "Yes No", share links and footer
    # said at the end of the contacts; the links to related pages kept, the details under them
    # not
    text = (
        "Skip to main content\nAccept all cookies\nReject non-essential cookies\nSearch\nMenu\n"
        "Home\n/\nPatient leaflets\n/\nAdrenaline auto-injector\n"
        "Using your adrenaline auto-injector\nAllergy Service\nDownload as PDF (245KB)\n\n"
        "How to use it\nGrip the pen in your fist with the orange tip pointing down.\n\n"
        "Contact us\nAllergy nurses: 0118 496 0734\n\nRelated pages\nAllergy clinic\n"
        "Food allergy in children\nReference: PAED-0077 Version 3\nWas this page helpful?\n"
        "Yes No\nThank you for your feedback\nShare\nFacebook\nX (formerly Twitter)\nEmail\n"
        "© 2024 Riverside Hospitals\nAccessibility statement\nCookies\n"
    )
    path = tmp_path / "pen.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {})
    assert result.front_matter["title"] == "Using your adrenaline auto-injector"
    assert (result.front_matter["number"], result.front_matter["version"]) == ("PAED-0077", 3)
    assert result.markdown().endswith(
        "## How to use it\n\nGrip the pen in your fist with the orange tip pointing down.\n\n"
        "## Contact us\n\nAllergy nurses: 0118 496 0734\n"
    )


def test_details_in_a_running_footer_or_header_are_found_beside_page_numbers_and_bars(
    tmp_path,
):
    """ "Ref: ENDO/0144/v3   Review due: 06/2027   Page 1 of 2" was dropped as a running line,
    then its reference, version and review date asked for; "Urology Department | URO-0231 |
    Version 3" gave the version alone; the department right of the trust's name in a header
    set out with a tab was dropped with the name."""
    import docx as word

    from pipeline.sources.importers.metadata import find_details

    found = find_details("Urology Department | URO-0231 | Version 3")
    assert found.values == {
        "version": "3", "department": "Urology Department", "number": "URO-0231"
    } and found.rest == ""
    # set apart by spaces, the department had been dropped unread
    found = find_details("Pharmacy Department    Leaflet number: PHA-0158    Version 3")
    assert found.values["department"] == "Pharmacy Department" and found.rest == ""
    document = word.Document()
    document.sections[0].header.paragraphs[0].text = (
        "University Hospitals of Leicester NHS Trust\tDiabetes and Endocrinology"
    )
    document.sections[0].footer.paragraphs[0].text = (
        "Ref: ENDO/0144/v3   Review due: 06/2027   Page 1 of 2"
    )
    document.add_heading("Steroid sick day rules", level=0)
    document.add_paragraph("Double your dose of hydrocortisone if you have a fever.")
    path = tmp_path / "steroid.docx"
    document.save(path)
    front = import_file(path, {}).front_matter
    assert (front["number"], front["version"], front["next_review"]) == ("ENDO/0144", 3, "2027-06")
    assert front["department"] == "Diabetes and Endocrinology"
    # a slogan beside the trust's name is no department
    document.sections[0].header.paragraphs[0].text = (
        "University Hospitals of Leicester NHS Trust\tCaring at its best"
    )
    document.save(path)
    assert "department" not in import_file(path, {}).front_matter


@pytest.mark.parametrize(("header", "department"), [
    ("Stroke Service", "Stroke Service"), ("Cardiology Department", "Cardiology Department"),
    ("Your medicines after a stroke", None),  # the title over every page names no department
])
def test_a_pdfs_running_header_naming_a_department_gives_the_department(
    tmp_path, header, department
):
    """A Word leaflet saved as a PDF by LibreOffice, 'Stroke Service' its header over every
    page: the header was dropped as a running line, no department found, and the build stopped
    'department: Field required', though the same header in the Word file gives it. A running
    header named as a department is ('Department: Stroke Service'), and leaves the text."""
    import weasyprint

    doses = "".join(
        f"<p>Week {week}: take clopidogrel 75mg once a day, in the morning, with or without "
        "food. Do not stop taking it unless your stroke doctor tells you to.</p>"
        for week in range(1, 16)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 25mm 20mm; @top-center { content: "
        f"'{header}'; font: 9pt 'Liberation Sans' }} }} body {{ font: 12pt 'Liberation Sans' "
        "}</style></head><body>"
        "<p>Leaflet number: STR-0158 Version: 4 Review date: October 2027</p>"
        "<h1>Your medicines after a stroke</h1><p>Information for patients and carers</p>"
        f"<h2>Clopidogrel</h2>{doses}<h2>Contact us</h2><p>Call the stroke nurses on "
        "0116 258 3124, Monday to Friday, 9am to 5pm.</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "stroke.pdf")
    result = import_file(path, {})
    assert result.front_matter.get("department") == department, result.front_matter
    assert not [block for block in result.body if header in block], result.body
    assert result.front_matter["title"] == "Your medicines after a stroke"


@pytest.mark.parametrize("header", ["| UHL", "Caring for your wound | UHL", "Ward 22 | Page 2"])
def test_a_running_header_over_every_page_but_the_first_is_dropped_at_the_texts_size(
    tmp_path, header
):
    """A two-page PDF whose header stands over page 2 alone (the first page a cover without
    it), set as large as the text: 'UHL' and 'Caring for your wound; UHL' had been lines of
    the leaflet between its sections. Parts set apart by bars at a page's edge, but over the
    first page, are a running line."""
    import weasyprint

    steps = "".join(
        f"<p>Day {day}: keep the dressing clean and dry, and do not soak it in a bath or swim "
        "until the wound has healed.</p>" for day in range(1, 31)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 25mm 20mm; @top-right { content: "
        f"'{header}'; font: 12pt 'Liberation Sans' }} }} @page :first {{ @top-right {{ "
        "content: none } } body { font: 12pt 'Liberation Sans' }</style></head><body>"
        "<h1>Caring for your wound</h1><p>Surgical Day Unit</p>"
        "<p>Leaflet number: SUR-0420 Version: 2</p><h2>Keeping your wound dry</h2>"
        f"{steps}<h2>When to get help</h2><p>Call the ward on 01632 960 123 if your wound "
        "bleeds.</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "wound.pdf")
    result = import_file(path, {})
    assert not [block for block in result.body if "UHL" in block or "Page" in block], result.body
    assert len([block for block in result.body if block.endswith("has healed.")]) == 30
    # (a day's paragraph broken over the page, the header between its lines, is said once)
    assert not [warning for warning in result.warnings if "more often" in warning]
    assert result.body[-2:] == [
        "## When to get help", "Call the ward on 01632 960 123 if your wound bleeds."
    ]


@pytest.mark.parametrize("openers", [(4, 7), (3, 4)])
def test_a_paragraph_opening_each_page_is_no_running_header_for_its_numbers(tmp_path, openers):
    """An exercise sheet whose pages each open with an exercise ("Exercise 4: sit on a firm
    chair ...", "Exercise 7: ..."), the same words but for their figures, under a header over
    pages 2 and 3: each exercise's first line had been dropped as a running header (its shape
    the same on every page), 'do not lock your knee' with it, and the rest of the exercise
    run into the one before. A running line's figures stay or step with the page, and it is
    not said again and again between the page's edges (exercises 3 and 4 opening pages 2 and
    3 step with the page)."""
    import weasyprint

    exercises = "".join(
        f"<p{' class=page' if number in openers else ''}>Exercise {number}: "
        f"sit on a firm chair with your feet flat on the floor, slowly straighten one knee and "
        f"hold it for {number + 2} seconds, then lower it. Do not lock your knee. Repeat "
        f"{10 + number} times.</p>"
        for number in range(1, 10)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 25mm 20mm; @top-right { content: "
        "'Physiotherapy | UHL'; font: 12pt 'Liberation Sans' } @bottom-center { content: "
        "'Page ' counter(page) ' | Leaflet PHY-0388'; font: 9pt 'Liberation Sans' } } "
        "@page :first { @top-right { content: none } } "
        "body { font: 12pt 'Liberation Sans' } p { margin: 0 0 14pt } "
        ".page { break-before: page }</style></head><body>"
        "<h1>Knee exercises after your operation</h1><p>Physiotherapy Department</p>"
        "<h2>Your exercises</h2>"
        f"{exercises}<h2>When to get help</h2><p>Call the physiotherapy team on 01632 960 "
        "456 if your knee swells.</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "knee.pdf")
    result = import_file(path, {})
    exercises = [block for block in result.body if "knee" in block and "Call" not in block]
    assert [block.split(":")[0] for block in exercises] == [
        f"Exercise {number}" for number in range(1, 10)
    ], result.body
    assert all(block.endswith("times.") for block in exercises)
    assert not [block for block in result.body if "UHL" in block or "Page" in block]


def test_an_instruction_opening_two_pages_at_the_texts_size_is_no_running_line(tmp_path):
    """An exercise sheet whose pages 2 and 3 each open with "Repeat 10 times." (the end of the
    exercise before, set as the text is), said once more lower down: the line had been
    dropped from both pages as a running line (the same words at two pages' tops, said fewer
    than twice between), run into the header over it, so two exercises lost how often to do
    them. A running line stands apart from the text (set smaller, parted by bars, or saying
    only the title, trust, reference or page); the header "Physiotherapy | UHL" still goes."""
    import weasyprint

    steps = "".join(
        f"<p>On day {day}, keep your knee straight and do not let your foot roll inwards while "
        "you move it slowly.</p>" for day in range(1, 12)
    )
    exercises = [
        ("Ankle circles", "Sit with your leg out straight. Circle your foot one way, then the "
                          "other."),
        ("Heel raises", "Stand holding the back of a chair. Rise onto your toes, then lower "
                        "slowly."),
        ("Calf stretch", "Stand facing a wall. Lean into it, keeping your back heel down."),
    ]
    body = "".join(
        f"<h2>{name}</h2><p>{how}</p>{steps if number < 2 else ''}"
        f"<p{' class=page' if number < 2 else ''}>Repeat 10 times.</p>"
        for number, (name, how) in enumerate(exercises)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 25mm 20mm; @top-right { content: "
        "'Physiotherapy | UHL'; font: 12pt 'Liberation Sans' } } @page :first { @top-right { "
        "content: none } } body { font: 12pt 'Liberation Sans' } p { margin: 0 0 14pt } "
        ".page { break-before: page }</style></head><body><h1>Ankle exercises</h1>"
        f"<p>Physiotherapy Department</p>{body}<h2>When to get help</h2><p>Call the "
        "physiotherapy team on 01632 960 456 if your ankle swells.</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "ankle.pdf")
    result = import_file(path, {})
    assert result.body.count("Repeat 10 times.") == 3, result.body
    assert result.body.index("Repeat 10 times.") < result.body.index("## Heel raises")
    assert not [block for block in result.body if "UHL" in block]
    assert [said for said in result.decisions if "running line" in said] == [
        "page 2: dropped the running line 'Physiotherapy | UHL'"
    ], result.decisions
    assert not [warning for warning in result.warnings if "more often" in warning]


def test_words_said_more_often_than_the_file_says_them_are_named():
    """A paragraph's end read twice over a page break ("... do not get it wet for two days
    after" / "the operation, then you may shower." and again "the operation, then you may
    shower.") tells the patient something twice with nothing said: a run of six words the
    import says more often than the file is named, to check. The leaflet's own repeats
    ("Repeat 10 times" after each exercise) and a word divided over two lines are not."""
    from pipeline.sources.importers.repeats import said_more_often

    page_1 = (
        "Keeping your wound dry\nKeep the dressing clean and dry and do not get it wet for two "
        "days after\n"
    )
    page_2 = (
        "the operation, then you may shower.\nGently pat the wound dry with a clean towel.\n"
        "Straighten your knee. Repeat 10 times.\nBend your knee. Repeat 10 times.\nA dress-\n"
        "ing can be changed by the practice nurse."
    )
    body = [
        "## Keeping your wound dry",
        "Keep the dressing clean and dry and do not get it wet for two days after the "
        "operation, then you may shower.",
        "the operation, then you may shower.",
        "Gently pat the wound dry with a clean towel.",
        "Straighten your knee. Repeat 10 times.",
        "Bend your knee. Repeat 10 times.",
        "A dressing can be changed by the practice nurse.",
    ]
    warnings = said_more_often(page_1 + page_2, body)
    assert len(warnings) == 1 and "'the operation then you may shower'" in warnings[0], warnings
    # ... nor a leaflet's own sentence said twice, its word divided over two lines once
    # ("parace-" / "tamol"): its copy had been named, inviting a person to delete a ban
    twice = "Never take more than 8 paracetamol tablets in 24 hours."
    assert said_more_often(
        f"{twice}\nDo not drive. Never take more than 8 parace-\ntamol tablets in 24 hours.",
        [twice, f"Do not drive. {twice}"],
    ) == []
    assert said_more_often(page_1 + page_2, [*body[:2], *body[3:]]) == []
    # a PDF's footer and the next page's header between the lines of a paragraph said twice
    # by the leaflet: the paragraph read over them is no repeat
    from pipeline.sources.importers.pdf import _without_repeated_edges

    step = (
        "Lie on your back with your knees bent.\nTighten your tummy and hold for 5 seconds."
        " Repeat 10 times."
    )
    pages = [
        f"Exercise sheet\n{step}\nLie on your back with your knees bent.\nPage 1 | PHY-0388",
        "Physiotherapy | UHL\nTighten your tummy and hold for 5 seconds. Repeat 10 times.\n"
        "Call us if it hurts.\nPage 2 | PHY-0388",
        "Physiotherapy | UHL\nNotes\nPage 3 | PHY-0388",
    ]
    again = ["Lie on your back with your knees bent. Tighten your tummy and hold for 5 seconds."
             " Repeat 10 times."] * 2
    assert said_more_often("\n".join(pages), again)  # read as the pages stand: a repeat
    assert said_more_often("\n".join(_without_repeated_edges(pages)), again) == []
    # ... but a page's first line that is the text's own ("Day 16: keep the dressing ...",
    # "Day 34: ..."), not a header, stays in it: each day's paragraph had been named
    days = [
        "\n".join(
            f"Day {day}: keep the dressing dry and do not soak it in a bath.\nLeaflet 1234"
            if day % 3 == 0 else f"Day {day}: keep the dressing dry and do not soak it in a bath."
            for day in range(first, first + 3)
        )
        for first in (1, 4, 7)
    ]
    said = [
        f"Day {day}: keep the dressing dry and do not soak it in a bath." for day in range(1, 10)
    ]
    assert said_more_often("\n".join(_without_repeated_edges(days)), said) == []


def test_a_two_column_pdfs_own_repeats_are_not_named_as_said_more_often(tmp_path):
    """An exercise sheet in two columns, "Hold for 5 seconds. Repeat 10 times." under each of
    its exercises, had each repeat named as said more often than the file says it ("'hold for
    5 seconds repeat 10 times' comes in more often ..."): the file's text was read across the
    gutter, line by line, breaking the leaflet's own repeats. Each column is read in turn, as
    the import reads them, so only words the import says more often are named."""
    exercises = [
        ("Buttock squeezes", "Squeeze your buttocks together and hold for 5 seconds. Repeat 10 "
         "times."),
        ("Heel slides", "Slide your heel towards your bottom, keeping it on the bed. Hold for 5 "
         "seconds. Repeat 10 times."),
        ("Knee extension", "Sit on a chair. Straighten your knee and hold for 5 seconds. Lower "
         "it slowly. Repeat 10 times."),
    ]
    body = [("h2", "Before you start"),
            ("p", "Do these exercises 3 times a day. Take your pain relief 30 minutes before "
                  "you start. Stop if you feel sharp pain and tell your physiotherapist.")]
    for name, how in exercises * 4:
        body += [("h2", name), ("p", how)]
    pdf = write_pdf(tmp_path / "PHY-0778-hip.pdf", {
        "title": "Exercises after a hip replacement", "department": "Physiotherapy",
        "columns": True, "footer": "Leaflet number: PHY-0778 Version: 1 Next review: May 2027",
        "body": body,
    })
    result = import_file(pdf, {})
    assert sum(block.count("Repeat 10 times.") for block in result.body) == 12, result.body
    assert not [warning for warning in result.warnings if "more often" in warning], (
        result.warnings
    )

def test_a_two_column_pdfs_last_page_is_checked_as_its_columns_read(tmp_path):
    """A two-column leaflet whose last page holds a few lines in each column, its first line at
    the top margin, with words divided at line ends: the file's text for the check had that
    page read across the gutter and its first line twice, so "Never take more than 8
    paracetamol tablets in 24 hours", said under each section, was named as a copy to delete
    and its "not" and "never" as said more often in the file than in the import. The page is
    read a column at a time, as the import reads it, and the import's words are what the file
    says."""
    staff = ["physiotherapist", "occupational therapist", "anaesthetist", "pharmacist",
             "district nurse", "orthopaedic surgeon"]
    body = []
    for n, topic in enumerate(["Before your operation", "On the day", "After your operation",
                               "Going home", "Your wound", "Getting help"]):
        body += [
            ("h2", topic),
            ("p", f"Your {staff[n]} and the {staff[n - 1]} will see you on the ward. Your "
                  f"follow-up appointment is usually {n + 3} weeks after your operation, at the "
                  "orthopaedic outpatients department. Call the 24-hour advice line on 0116 258 "
                  f"{n}{n}{n}{n} if your wound becomes hot, red or swollen. Rehabilitation takes "
                  f"time; physiotherapy exercises {n + 1} times a day will help. Wear your "
                  "compression stockings day and night until your follow-up appointment."),
            ("p", f"Do not drive for {n + 2} weeks. Never take more than 8 paracetamol tablets "
                  "in 24 hours."),
        ]
    pdf = write_pdf(tmp_path / "pil-1234-knee.pdf", {
        "title": "Your knee replacement", "department": "Orthopaedic Department",
        "footer": "Leaflet No: PIL 1234 Version 3 Review date: 05/2027", "columns": True,
        "body": body,
    })
    result = import_file(pdf, {})
    said = "\n".join(result.body)
    assert said.count("Never take more than 8 paracetamol tablets in 24 hours.") == 6, said
    assert "Page 2 of 2" not in said and "PIL 1234" not in said
    assert result.front_matter["next_review"] == "2027-05"
    assert not [w for w in result.warnings if "more often" in w or "is said" in w], (
        result.warnings
    )


def test_a_pdf_tables_own_repeats_are_not_named_as_said_more_often(tmp_path):
    """A ruled table of medicines saying in each row "Do not take it with alcohol or with
    other medicines containing ...", some medicines' names over two lines ("Morphine" /
    "sulfate"): the file's text for the check was read across each row's cells line by line,
    breaking the leaflet's own repeats, and the import's rows were named as said more often
    than the file says them, a copy to delete. Its cells are read a cell at a time."""
    medicines = ["Paracetamol", "Ibuprofen", "Morphine sulfate", "Omeprazole", "Dalteparin",
                 "Macrogol oral powder"]
    rows = [["Medicine", "Dose", "When to take it"]] + [
        [name, f"{n + 1}0mg", f"Take it {n + 1} times a day after food. Do not take it with "
                              f"alcohol or with other medicines containing {name.lower()}."]
        for n, name in enumerate(medicines)
    ]
    pdf = write_pdf(tmp_path / "pil-1234-medicines.pdf", {
        "title": "Your medicines after surgery", "department": "Pharmacy Department",
        "footer": "Leaflet No: PIL 1234 Version 3 Review date: 05/2027", "columns": False,
        "body": [("h2", "Your medicines"), ("table", rows), ("h2", "Questions"),
                 ("p", "Ask your pharmacist if you are not sure which medicine is which.")],
    })
    result = import_file(pdf, {})
    assert "| Morphine sulfate | 30mg |" in "\n".join(result.body), result.body
    assert not [w for w in result.warnings if "more often" in w], result.warnings


def test_a_ban_the_import_loses_is_named_for_a_person_to_check(tmp_path):
    """A safety line set in every page's running head, "Never take methotrexate more than once
    a week" under the trust's name, was dropped with the head on each page: the leaflet lost
    its one "never" and only the report's decisions said so, while words said more often are
    warned of. It is kept once, an Important notice at the text's start, with a warning (a
    Word header's too; "Do not photocopy this leaflet", a note on the file, is dropped and
    said). A ban's or condition's word ("not", "never", "unless" ...) the file says more
    often than the imported text and what the import set aside (front matter, details, an
    item's ban said once by its lead-in) is warned of, naming the file's line."""
    import weasyprint

    css = (
        "@page { size: A4; margin: 30mm 18mm 25mm; @top-center { content: 'Northshire "
        "Hospitals NHS Trust\\A Never take methotrexate more than once a week'; white-space: "
        "pre; font-size: 9pt; } @bottom-left { content: 'Leaflet number: RHE-0210 Version: 1 "
        "Next review: May 2027'; font-size: 8pt; } @bottom-right { content: 'Page ' "
        "counter(page) ' of ' counter(pages); font-size: 8pt; } }"
        "body { font-family: 'Liberation Sans'; font-size: 11pt; }"
    )
    about = (
        "<p>Methotrexate calms down an overactive immune system. It is used for rheumatoid "
        "arthritis and psoriasis. You will need regular blood tests while you take it.</p>"
    )
    pdf = tmp_path / "RHE-0210-methotrexate.pdf"
    weasyprint.HTML(string=(
        f"<html lang='en'><head><style>{css}</style></head><body><h1>Methotrexate tablets</h1>"
        f"<p>Rheumatology Department</p><h2>About your medicine</h2>{about * 12}"
        "<h2>Your dose</h2><p>Take your tablets once a week, on the same day each week.</p>"
        f"{about * 6}</body></html>"
    )).write_pdf(pdf)
    result = import_file(pdf, {})
    # the head's ban is the leaflet's own safety line: kept once, at the start, and said
    assert result.body[0] == "> Important: Never take methotrexate more than once a week."
    assert result.markdown().count("Never take methotrexate") == 1
    assert [warning for warning in result.warnings if "'Never take methotrexate more than once "
            "a week', set over or under every page, says a ban: it is kept once" in warning]
    assert not [warning for warning in result.warnings if "no ban or condition" in warning]
    # ... over a PDF of one page, where the head is no running line but a line over the title,
    # kept where it stands (dropped with the masthead, it had been only warned of)
    weasyprint.HTML(string=(
        f"<html lang='en'><head><style>{css}</style></head><body><h1>Methotrexate tablets</h1>"
        f"<p>Rheumatology Department</p><h2>About your medicine</h2>{about * 3}</body></html>"
    )).write_pdf(pdf)
    result = import_file(pdf, {})
    assert result.body[0] == "Never take methotrexate more than once a week"
    assert not [warning for warning in result.warnings if "Never take" in warning]
    # ... and in a Word file's page header, which is never among the text's lines
    import docx

    word = write_word(tmp_path / "RHE-0210-methotrexate.docx", [
        ("header", "Northshire Hospitals NHS Trust"), ("title", "Methotrexate tablets"),
        ("p", "Rheumatology Department"), ("heading", "Your dose"),
        ("p", "Take your tablets once a week, on the same day each week."),
        ("footer", "Leaflet number: RHE-0210 Version: 1 Next review: May 2027"),
    ])
    document = docx.Document(word)
    document.sections[0].header.add_paragraph("Never take methotrexate more than once a week")
    document.sections[0].footer.add_paragraph("Do not photocopy this leaflet")
    document.save(word)
    result = import_file(word, {})
    assert result.body[0] == "> Important: Never take methotrexate more than once a week."
    assert "photocopy" not in result.markdown()  # a note on the file is no ban to the patient
    # ... and said in the report, never warned of as a ban to put back in the text
    assert [decision for decision in result.decisions if "dropped the running line 'Do not "
            "photocopy this leaflet', the trust's note about its file" in decision]
    assert not [warning for warning in result.warnings if "photocopy" in warning]
    # the fixtures, whose bans all come through (a lead-in's said once, a contents page's
    # dropped with it), are warned of nothing
    for name in ALL_LEAFLETS:
        given = {"version": "1"} if name.startswith("hey-665") else (
            {"number": "9999", "version": "1"} if name.startswith("unnumbered") else {}
        )
        warnings = import_file(leaflet_file(name, tmp_path), given).warnings
        assert not [warning for warning in warnings if "no ban or condition" in warning], name
    # ... nor is "Do not:" over "- Do not drink alcohol" and "- Do not play contact sport"
    text = (
        "Advice after a head injury\n\nLeaflet number: EMD-0107 Version 1\n\nAt home\n\n"
        "For the first few days:\n\n- rest\n- go back to work only when you feel ready\n\n"
        "Do not:\n\n- drink alcohol\n- Do not play contact sport for 3 weeks\n"
    )
    result = _imported_text(tmp_path, "head.txt", text, "EMD-0107")
    assert "- Do not play contact sport" in result.markdown()
    assert not [warning for warning in result.warnings if "no ban or condition" in warning]
    # a "not" the text loses is named with its line
    from pipeline.sources.importers.repeats import bans_said_less_often

    said = bans_said_less_often(
        "Going home\nDo not drive for 24 hours.\nYou can't drink alcohol unless we say so.",
        ["## Going home", "Drive for 24 hours.", "You can't drink alcohol unless we say so."], [],
    )
    assert said == [
        "'not' is said 2 times in the file but 1 in the imported text: check no ban or condition "
        "was lost (the file's lines with it: 'Do not drive for 24 hours.', 'You can't drink "
        "alcohol unless we say so.') and put it back"
    ], said


@pytest.mark.parametrize("label", ["Warning", "IMPORTANT", "Caution:"])
def test_a_heading_straight_over_a_notices_label_is_a_heading(tmp_path, label):
    """A text file's heading with a notice's label on the line under it ("Preventing falls" /
    "Warning" / "Do not get out of bed on your own ...") had been a line of the section
    before, the label a short line of a run with it: the falls section was lost, its warning
    under "Why you may be more likely to fall"."""
    path = tmp_path / "falls.txt"
    path.write_text(
        "Staying safe on the ward\nCare of the Elderly\n\nLeaflet number: COE-0711\n\n"
        "Why you may be more likely to fall\nBeing unwell, new medicines and a strange place "
        "can all make you unsteady on your feet.\n\n"
        f"Preventing falls\n{label}\nDo not get out of bed on your own if the nurse has "
        "asked you to wait for help.\n\n"
        "Your medicines\nTell the nurse if your tablets make you feel dizzy or sleepy.\n",
        encoding="utf-8",
    )
    body = import_file(path, {}).body
    notice = f"> {label.rstrip(':').capitalize()}: Do not get out of bed on your own"
    at = body.index("## Preventing falls")
    assert body[at + 1].startswith(notice), body
    assert body[at + 2] == "## Your medicines"


def test_two_versions_given_keep_the_later_and_name_both(tmp_path):
    """ "Version: 2" in the details at the head and "Version 3" in the closing block: version
    2 had been taken with nothing said. The later version is kept and both are named, for a
    person to set in the front matter; the same one written twice is no conflict."""
    path = tmp_path / "wound.txt"
    text = (
        "Caring for your wound after surgery\nSurgical Day Unit\n\nLeaflet number: SUR-0420\n"
        "Version: 2\n\nKeeping your wound dry\nDo not get the dressing wet for two days after "
        "the operation.\n\nWhen to get help\nCall the ward on 01632 960 123 if your wound "
        "bleeds.\n\nLeaflet number: SUR/0420\nVersion 3\nReviewed: March 2025\nNext review: "
        "03/2028\n"
    )
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {})
    assert (result.front_matter["version"], result.front_matter["number"]) == (3, "SUR-0420")
    named = [warning for warning in result.warnings if "two versions" in warning]
    assert len(named) == 1 and "'3' and '2' (line 5)" in named[0], result.warnings
    assert not [warning for warning in result.warnings if "two references" in warning]
    path.write_text(text.replace("Version 3", "Version 2"), encoding="utf-8")
    assert not [warning for warning in import_file(path, {}).warnings if "two" in warning]


def test_a_bare_reference_by_every_pages_number_in_a_footer_is_the_reference(tmp_path):
    """ "Page 1 | PHY-0388" at every page's foot, the reference in no label's words, in a PDF
    or a Word file: the footer was dropped as a running line and "no reference found". A
    token in a reference's shape alone in a running line beside its page's number is the
    reference; a footer with no such token ("Page 1 | Physiotherapy") gives none."""
    import weasyprint

    steps = "".join(
        f"<p>Exercise {n}: sit with your forearm on a table and your hand over its edge. Bend "
        "your wrist up and down slowly 10 times, then rest.</p>" for n in range(1, 31)
    )

    def pdf(footer: str) -> Path:
        html = (
            "<html><head><style>@page { size: A4; margin: 25mm 20mm; @bottom-center { "
            f"content: 'Page ' counter(page) ' | {footer}'; font: 8pt 'Liberation Sans' }} }} "
            "body { font: 12pt 'Liberation Sans' }</style></head><body>"
            "<h1>Exercises after a broken wrist</h1><p>Hand Therapy Department</p>"
            f"<h2>Your exercises</h2>{steps}<p>Version: 2</p></body></html>"
        )
        weasyprint.HTML(string=html).write_pdf(path := tmp_path / "wrist.pdf")
        return path

    def word(footer: str) -> Path:
        return write_word(tmp_path / "wrist.docx", [
            ("footer", f"Page 1 | {footer}"), ("title", "Exercises after a broken wrist"),
            ("para", "Hand Therapy Department"), ("heading", "Your exercises"),
            ("para", "Bend your wrist up and down slowly 10 times, then rest."),
            ("para", "Version: 2"),
        ])

    for make in (pdf, word):
        result = import_file(make("PHY-0388"), {})
        assert result.front_matter["number"] == "PHY-0388", (make.__name__, result.warnings)
        assert "PHY-0388" not in result.markdown().split("---", 2)[2]
        result = import_file(make("Physiotherapy"), {})
        assert "number" not in result.front_matter, make.__name__


def test_a_reference_in_the_details_beats_one_in_every_pages_footer(tmp_path):
    """A PDF's footer "Leaflet 1234 | Page 1" on every page against "Leaflet number: SUR-0420"
    in the details block at the leaflet's end: 1234, read first with the first page's footer,
    had been taken with nothing said. The details block's is kept and both are named."""
    import weasyprint

    days = "".join(
        f"<p>Day {day}: keep the dressing clean and dry, and do not soak it in a bath until the "
        "wound has healed.</p>" for day in range(1, 41)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 25mm 20mm; @bottom-center { content: "
        "'Leaflet 1234 | Page ' counter(page); font: 9pt 'Liberation Sans' } } "
        "body { font: 12pt 'Liberation Sans' }</style></head><body>"
        "<h1>Caring for your wound</h1><p>Surgical Day Unit</p><h2>Keeping your wound dry</h2>"
        f"{days}<h2>When to get help</h2><p>Call the ward on 01632 960 123 if your wound "
        "bleeds.</p><p>Leaflet number: SUR-0420</p><p>Version: 3</p>"
        "<p>Next review: March 2028</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "wound.pdf")
    result = import_file(path, {})
    assert result.front_matter["number"] == "SUR-0420"
    named = [warning for warning in result.warnings if "two references" in warning]
    assert len(named) == 1 and "'SUR-0420' and '1234'" in named[0], result.warnings
    assert "on every page" in named[0]
    assert not [warning for warning in result.warnings if "more often" in warning]


def _set_words(lines: list[tuple[float, float, str]], size: float = 10.5, bold=()) -> list[dict]:
    """Words as pdfplumber gives them, for lines (left edge, top, text) set at `size` points."""
    words = []
    for x0, top, text in lines:
        x = x0
        for word in text.split():
            width = len(word) * size * 0.5
            font = "Arial-BoldMT" if text in bold else "ArialMT"
            words.append({"x0": x, "x1": x + width, "top": top, "bottom": top + size,
                          "text": word, "size": size, "fontname": font})
            x += width + size * 0.3
    return words


def test_two_columns_are_read_in_order_whatever_reaches_into_the_page_margins():
    """A left column whose last line reached into the bottom 9% of the page had that line read
    after the right-hand column ("Doing this regularly can stop your" / "infection."); two
    headings side by side in the top 9% were read as one ("Other things that help Contact
    us")."""
    from pipeline.sources.importers.pdf import _lines_in_columns

    height, middle = 842.0, 298.0
    left = [(51, 80 + 14 * n, f"Left line {n} of the first column goes on here") for n in range(51)]
    right = [(305, 80 + 14 * n, f"Right line {n} of the second column runs on") for n in range(48)]
    left[-1] = (51, left[-1][1], "bladder emptying fully and may cause a urine")
    right[0] = (305, 80, "infection. You may try it once, to check.")
    page_one = _set_words([*left, *right, (51, 810, "Urology Department Page 1 of 2")])
    edges = (0.09 * height, 0.91 * height)
    assert left[-1][1] > edges[1]  # the left column's last line is in the bottom margin
    texts = [line.text for line in _lines_in_columns(page_one, [], [middle], edges, 1)]
    assert texts.index("bladder emptying fully and may cause a urine") + 1 == texts.index(
        "infection. You may try it once, to check."
    )
    page_two = _set_words(
        [(51, 62, "Other things that help"), (305, 62, "Contact us")], size=14
    ) + _set_words(
        [(51, 84 + 14 * n, f"Drink plenty of fluid every day, line {n}") for n in range(30)]
        + [(305, 84 + 14 * n, f"Call the continence nurse, line {n}") for n in range(30)]
    )
    texts = [line.text for line in _lines_in_columns(page_two, [], [middle], edges, 2)]
    assert "Other things that help" in texts and "Contact us" in texts
    assert texts.index("Contact us") > texts.index("Drink plenty of fluid every day, line 29")


def test_a_leaflet_folded_in_three_is_read_panel_by_panel_cover_first(tmp_path):
    """A tri-fold (A4 landscape, three panels a page) had its panels read across, line by
    line, and the back panels left of the cover dropped as a masthead over the title: "drive",
    "alcohol" and the unit's phone number were lost, "do not take." cut from "aspirin"."""
    import weasyprint

    def panel(left: int, html: str) -> str:
        return f'<div style="position:absolute; left:{left}mm; top:12mm; width:85mm">{html}</div>'

    back = (
        "<h2>After sedation</h2><p>For 24 hours after sedation do not:</p><ul>"
        "<li>drive a car or ride a bike</li><li>drink alcohol</li><li>sign legal documents</li>"
        "</ul><p>If you had a polyp removed, do not take aspirin, ibuprofen or naproxen for 7"
        " days, unless your doctor has told you to keep taking them.</p>"
    )
    contacts = (
        "<h2>Contact us</h2><p>Endoscopy Unit, Level 2, Leicester General Hospital</p>"
        "<p>Tel: 0116 258 4193</p><p>Out of hours, call Ward 22 on 0116 258 4291.</p>"
    )
    cover = (
        '<p style="font-size:20pt">Your endoscopy results</p><p>Endoscopy Unit</p>'
        "<p>Leaflet number: ENDO-0144 Version 3</p>"
    )
    inside = (
        "<h2>What happened today</h2><p>The endoscopist looked at the lining of your gut with"
        " a thin, flexible camera and may have taken biopsies.</p>"
        "<h2>When will I get my results?</h2><p>Results are usually ready within 2 to 3 weeks."
        " We will send them to you and your GP by letter.</p>"
    )
    style = "@page { size: A4 landscape; margin: 0 } body { font: 11pt sans-serif }"
    page = 'style="position:relative; height:209mm; page-break-after:always"'
    html = (
        f"<html><head><style>{style}</style></head><body>"
        f"<div {page}>{panel(10, back)}{panel(106, contacts)}{panel(202, cover)}</div>"
        f"<div {page}>{panel(10, inside)}{panel(106, inside.replace('today', 'then'))}"
        f"{panel(202, '<h2>Your notes</h2><p>Write any questions down to ask us.</p>')}</div>"
        "</body></html>"
    )
    path = tmp_path / "trifold.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    markdown = result.markdown()
    assert result.front_matter["title"] == "Your endoscopy results"
    flat = " ".join(markdown.split())
    assert "- Do not drive a car or ride a bike - Do not drink alcohol" in flat
    assert "do not take aspirin, ibuprofen or naproxen for 7 days, unless your doctor" in flat
    assert "Tel: 0116 258 4193" in markdown
    # the inside, then the back: cover, inside panels, aftercare, contacts
    order = [flat.index(words) for words in (
        "What happened today", "Your notes", "After sedation", "Contact us"
    )]
    assert order == sorted(order)


def test_a_leaflet_folded_in_two_is_read_cover_first_its_back_panel_last(tmp_path):
    """A bi-fold (A4 landscape, two panels a page: the back on the left of the first page, the
    cover on its right) had its first page read as one column: the back panel's heading,
    "Contact us", dropped as a masthead over the title, and its clinic's hours cut apart, "8.30am
    to" read before the ward's number and "5pm)" after the cover's lines. A cover panel may
    hold its title alone, as a tri-fold's may."""
    import weasyprint

    def panel(left: int, html: str) -> str:
        return f'<div style="position:absolute; left:{left}mm; top:12mm; width:120mm">{html}</div>'

    back = (
        "<h2>Contact us</h2><p>Fracture Clinic: 0116 258 5430 (Monday to Friday, 8.30am to"
        " 5pm)</p><p>Orthopaedic Ward 22: 0116 258 5222 (24 hours)</p>"
        "<p>Leaflet TRA-0816 Version 1 Issued: 07/2026 Review: 07/2029</p>"
    )
    cover = (
        '<p style="font-size:24pt">Pelvic fracture: going home</p>'
        "<p>Trauma and Orthopaedics</p><p>Information for patients</p>"
    )
    inside = (
        "<h2>Your injury</h2><p>You have a stable fracture of your pelvis. This means the"
        " bones have not moved out of place, and it will heal without an operation.</p>"
        "<h2>Walking</h2><p>You can put as much weight through your legs as pain allows. Use"
        " your walking frame until the physiotherapist says you can stop.</p>"
    )
    help_panel = (
        "<h2>When to get help</h2><p>Call 999 if you have chest pain or you are suddenly short"
        " of breath.</p><h2>Follow-up</h2><p>You will see a doctor in the Fracture Clinic 6"
        " weeks after your injury.</p>"
    )
    style = "@page { size: A4 landscape; margin: 0 } body { font: 11pt sans-serif }"
    page = 'style="position:relative; height:209mm; page-break-after:always"'
    html = (
        f"<html><head><style>{style}</style></head><body>"
        f"<div {page}>{panel(12, back)}{panel(160, cover)}</div>"
        f"<div {page}>{panel(12, inside)}{panel(160, help_panel)}</div>"
        "</body></html>"
    )
    path = tmp_path / "bifold.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    markdown = result.markdown()
    assert result.front_matter["title"] == "Pelvic fracture: going home"
    flat = " ".join(markdown.split())
    assert "Fracture Clinic: 0116 258 5430 (Monday to Friday, 8.30am to 5pm)" in flat
    assert "## Contact us" in markdown
    # the inside, then the back
    order = [flat.index(words) for words in (
        "Your injury", "When to get help", "Follow-up", "Contact us", "Orthopaedic Ward 22"
    )]
    assert order == sorted(order)


def test_a_named_contact_over_the_offer_in_small_print_is_no_part_of_the_offer(tmp_path):
    """On a tri-fold's contacts panel, "Ward manager: Sister K. O'Neill" over the offer of other
    formats in small print, a paragraph's gap apart, had been run into the offer: the front
    matter's `format_offer` began with the ward manager's name, and the contacts lost it. A
    paragraph is set in one size."""
    import weasyprint

    def panel(left: int, html: str) -> str:
        return f'<div style="position:absolute; left:{left}mm; top:12mm; width:85mm">{html}</div>'

    contacts = (
        "<h2>Contact us</h2><p>Eye Day Case Unit<br>Level 1, Brookfield General Hospital<br>"
        "Station Road<br>Brookfield<br>BF2 7RT</p><p>Nurse in charge: Charge Nurse D. Mensah"
        '</p><p style="font-size:8pt">If you would like this leaflet in large print, Braille, '
        "audio or another language, please ask a member of staff or call the Patient Advice "
        "and Liaison Service on 01632 960 417.</p>"
    )
    back = (
        "<h2>Getting back to normal</h2><p>You can read and watch television straight away."
        " Do not swim for 2 weeks, and keep soap and shampoo out of your eye.</p>"
    )
    cover = (
        '<p style="font-size:20pt">After your cataract operation</p><p>Eye Day Case Unit</p>'
        "<p>Leaflet number: EYE-0518 Version 2</p>"
    )
    inside = (
        "<h2>Your eye drops</h2><p>Use your eye drops four times a day for 4 weeks. Wash your"
        " hands before you put them in, and do not let the bottle touch your eye.</p>"
        "<h2>Your eye shield</h2><p>Wear the shield at night for the first week, so that you"
        " do not rub your eye while you are asleep.</p>"
    )
    style = (
        "@page { size: A4 landscape; margin: 0 } body { font: 10pt sans-serif }"
        "p { margin: 0 0 1.5mm 0 }"  # (a paragraph's gap less than a line)
    )
    page = 'style="position:relative; height:209mm; page-break-after:always"'
    html = (
        f"<html><head><style>{style}</style></head><body>"
        f"<div {page}>{panel(10, back)}{panel(106, contacts)}{panel(202, cover)}</div>"
        f"<div {page}>{panel(10, inside)}{panel(106, inside.replace('Your', 'Looking after'))}"
        f"{panel(202, '<h2>Notes</h2><p>Write any questions down to ask us.</p>')}</div>"
        "</body></html>"
    )
    path = tmp_path / "cataract.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert result.front_matter["format_offer"].startswith("If you would like this leaflet")
    assert "\nNurse in charge: Charge Nurse D. Mensah\n" in result.markdown()


def test_a_labelled_name_run_into_the_offer_of_formats_stays_in_the_body():
    """A line naming someone ("Ward manager: Sister K. O'Neill"), with no stop, run into the
    offer of formats that follows it had become the start of `format_offer`, and was lost from
    the contacts: what the label names is no part of the offer."""
    from pipeline.sources.importers.offer import take_offer

    front: dict = {}
    body = [
        "## Contact us",
        "Ward manager: Sister K. O'Neill If you need this leaflet in another format or "
        "language, such as large print or audio, please ask a member of staff.",
    ]
    take_offer(front, body)
    assert front["format_offer"].startswith("If you need this leaflet")
    assert body == ["## Contact us", "Ward manager: Sister K. O'Neill"]


def test_a_one_page_tri_fold_is_read_cover_first_keeping_every_panels_headings(tmp_path):
    """A tri-fold sent as one landscape page, its title on the right-hand panel, had been read
    from the left: 'Going home after your injection' and 'Clinic times', the other panels'
    headings, dropped as set above the title (said only among the decisions) and their advice
    run into the leaflet's opening. It is read as a reader does: the cover, then the panels
    from the left, every heading kept."""
    import weasyprint

    def said(*lines: str) -> str:
        return "".join(f"<p>{line}</p>" for line in lines)

    home = "<h2>Going home after your injection</h2>" + said(
        "Rest your joint for the rest of the day.",
        "Do not drive until the next morning.",
        "The joint may ache for a day or two.",
        "Take paracetamol if you need to.",
        "If the joint becomes hot, red and swollen, call us straight away.",
        "Do not do any sport for two weeks.",
    )
    times = (
        "<h2>Clinic times</h2><table><tr><th>Day</th><th>Time</th><th>Place</th></tr>"
        "<tr><td>Monday</td><td>9am</td><td>Room 3</td></tr>"
        "<tr><td>Wednesday</td><td>1.30pm</td><td>Room 5</td></tr>"
        "<tr><td>Thursday</td><td>10am</td><td>Room 3</td></tr></table>"
    ) + said("Please come 15 minutes early.", "Bring your appointment letter.",
             "Bring a list of the medicines you take.", "You can bring someone with you.")
    cover = "<h1>Your joint injection</h1>" + said(
        "Rheumatology Department", "Leaflet number: RHE-0207 Version: 2",
        "This leaflet tells you what to expect.",
    )
    style = (
        "@page { size: A4 landscape; margin: 1.5cm } body { font: 11pt sans-serif;"
        " column-count: 3; column-gap: 2cm; column-fill: auto } h1 { font-size: 22pt;"
        " break-before: column } h2 { font-size: 14pt } .panel { break-before: column }"
        " td, th { padding: 3pt 8pt; text-align: left }"
    )
    path = tmp_path / "injection.pdf"
    weasyprint.HTML(string=(
        f"<html><head><style>{style}</style></head><body>{home}"
        f"<div class=panel>{times}</div><div class=panel>{cover}</div></body></html>"
    )).write_pdf(path)
    result = import_file(path, {})
    markdown = result.markdown()
    assert result.front_matter["title"] == "Your joint injection"
    assert result.front_matter["number"] == "RHE-0207"
    assert not any("above the title" in d for d in result.decisions), result.decisions
    assert "## Going home after your injection" in markdown
    assert "## Clinic times" in markdown
    assert "| Wednesday | 1.30pm | Room 5 |" in markdown
    flat = " ".join(markdown.split())
    order = [flat.index(words) for words in (
        "This leaflet tells you what to expect.", "## Going home after your injection",
        "Do not drive until the next morning.", "Do not do any sport for two weeks.",
        "## Clinic times", "Bring your appointment letter.",
    )]
    assert order == sorted(order)
    for instruction in ("Do not drive until the next morning.", "call us straight away.",
                        "Do not do any sport for two weeks."):
        assert flat.count(instruction) == 1, instruction


def test_a_portrait_pages_table_of_three_columns_is_no_tri_fold(tmp_path):
    """A page holding only an unruled timetable of three columns had been read as three panels:
    every time first, then the steps run together, then the notes."""
    import weasyprint

    rows = "".join(
        f"<tr><td>Day before, {time}</td><td>{step}</td><td>{note}</td></tr>"
        for time, step, note in [
            ("8am", "Light breakfast", "White bread, eggs"), ("12pm", "Clear fluids only",
            "No solid food"), ("5pm", "First litre of Moviprep", "Over 1 to 2 hours"),
            ("7pm", "500ml of clear fluid", "Water or squash"),
            ("9pm", "Stop all drinks", "Nothing by mouth"),
        ] * 2
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font: 12pt sans-serif }"
        "td, th { text-align: left; padding: 4px 2px; width: 33% } table { width: 100% }"
        "</style></head><body><h1>Bowel preparation</h1><p>Endoscopy Unit</p>"
        "<p>Leaflet number: END-120 Version 1</p><p>Empty your bowel before the test.</p>"
        '<h2 style="page-break-before: always">Your timetable</h2><table>'
        f"<tr><th>When</th><th>What to take</th><th>Notes</th></tr>{rows}</table></body></html>"
    )
    path = tmp_path / "timetable.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert "| Day before, 5pm | First litre of Moviprep | Over 1 to 2 hours |" in markdown


def test_a_pdf_footers_details_are_read_when_its_page_numbers_are_set_larger(tmp_path):
    """Word's PAGE field often keeps a larger size: "Page 1 of 2" with "1" and "2" at 12pt in
    a 9pt footer was read as two rows, "1 2" first, and the footer's reference and version
    were lost with it."""
    import weasyprint

    big = '<span style="font-size:12pt">{}</span>'
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        ".foot { position: fixed; bottom: -12mm; font-size: 9pt }</style></head><body>"
        "<h1>Knee exercises</h1><p>Physiotherapy Department</p>"
        "<h2>Static quads</h2><p>Tighten the muscle on the front of your thigh. Hold for 5"
        " seconds. Repeat 10 times, 3 times a day.</p>"
        f'<div class="foot">Leaflet number: 1187 Version: 2 Next review: January 2028 '
        f"Page {big.format(1)} of {big.format(1)}</div></body></html>"
    )
    path = tmp_path / "knee.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert (str(result.front_matter["number"]), result.front_matter["version"]) == ("1187", 2)


def test_a_pdf_footers_page_of_pages_wrapped_onto_a_line_of_its_own_is_dropped(tmp_path):
    """A long footer, "PHY-0777 | Version 2 | Review: January 2028 | Page 1" with its "of 2"
    wrapped onto the line under it (as LibreOffice sets a Word footer's PAGE and NUMPAGES
    fields), had left "of 2" as a line of the text, between two steps of a numbered list and at
    the leaflet's end; with it in the footer's line its details were lost ("Page of 2"), and
    without it "Physiotherapy; Page" was kept. The wrapped end is the page's number: dropped
    with the footer, the footer's details read."""
    import weasyprint

    css = (
        "@page { size: A4; margin: 25mm 18mm; @top-center { content: 'Westshire University "
        "Hospitals NHS Trust'; font-size: 11pt; } @bottom-left { content: 'Physiotherapy | "
        "PHY-0777 | Version 2 | Review: January 2028 | Page ' counter(page) '\\A of ' "
        "counter(pages); white-space: pre; font-size: 11pt; } }"
        "body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.35; }"
        "p { margin: 0 0 0.6em; }"
    )
    steps = [
        "Sit up, leaning back on your hands.", "Slide to the edge of the bed on your operated "
        "side.", "Lower your feet to the floor.", "Push up from the bed with both hands.",
        "Reach for your frame once you are standing.", "Stand still before you walk.",
    ]
    about = (
        "<p>Do these exercises 3 times a day. Take your pain relief 30 minutes before you "
        "start, and stop if you feel sharp pain.</p>"
    )
    for before in (15, 17, 18):  # the list over the page break, or under it
        pdf = tmp_path / "PHY-0777-hip.pdf"
        weasyprint.HTML(string=(
            f"<html lang='en'><head><style>{css}</style></head><body><h1>Exercises after a hip "
            f"replacement</h1><p>Physiotherapy Department</p><h2>Before you start</h2>"
            f"{about * before}<h2>Getting out of bed</h2><ol>"
            + "".join(f"<li>{step}</li>" for step in steps)
            + "</ol><h2>Contact us</h2><p>Call the physiotherapy team on 01632 960 300.</p>"
            "</body></html>"
        )).write_pdf(pdf)
        result = import_file(pdf, {})
        assert not [block for block in result.body if "of 2" in block], result.body
        assert "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)) in result.body, (
            result.body
        )
        assert (result.front_matter["number"], result.front_matter["version"]) == (
            "PHY-0777", 2
        ), result.front_matter
        assert result.front_matter["next_review"] == "2028-01"
        assert not [block for block in result.body if block.endswith("Page")], result.body

def test_a_box_drawn_round_a_warning_in_a_pdf_is_a_notice_its_sentences_whole(tmp_path):
    """A PDF's box ("Stop the exercise if" in bold over "you feel sharp pain in your knee or
    calf,") had been read as lines: "Stop the exercise if." was said as a sentence of its own,
    and the box's label "Important" was a heading over two plain paragraphs. Its lines in bold
    leading into a list are no heading either: "Contact us straight away if." was said."""
    import weasyprint

    box = '<div style="border: 2px solid black; padding: 8px; margin: 10px 0">{}</div>'
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "</style></head><body><h1>Knee exercises after your operation</h1>"
        "<p>Physiotherapy</p><p>Leaflet number: 1021 Version: 2</p><h2>Why exercise?</h2>"
        "<p>These exercises help your knee bend and straighten. Do them three times a day.</p>"
        + box.format(
            "<p><b>Stop the exercise if</b></p><p>you feel sharp pain in your knee or calf,</p>"
            "<p>your calf becomes red, hot or swollen.</p>"
            "<p>Call the ward on 0116 258 4444 straight away.</p>"
        )
        + "<h2>Heel slides</h2><p>Lie on your back. Slide your heel towards your bottom.</p>"
        + box.format(
            "<p><b>Important</b></p><p>Do not kneel on your operated knee for 6 weeks.</p>"
            "<p>Do not twist on the leg.</p>"
        )
        + "<p><b>Contact us straight away if</b></p><ul><li>the wound becomes hot</li>"
        "<li>there is pus or a bad smell</li></ul>"
        "<h2>Contact us</h2><p>Physiotherapy: 0116 258 5555, Monday to Friday.</p></body></html>"
    )
    path = tmp_path / "knee.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {"department": "Physiotherapy"})
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notices = [_notice_words(b) for b in leaflet.blocks if isinstance(b, Notice)]
    assert notices == [
        "Stop the exercise if you feel sharp pain in your knee or calf, your calf becomes red, "
        "hot or swollen. Call the ward on 0116 258 4444 straight away.",
        "Important: Do not kneel on your operated knee for 6 weeks. Do not twist on the leg.",
    ]
    assert headings(leaflet) == ["Why exercise?", "Heel slides", "Contact us"]
    lead_in = leaflet.blocks.index(
        next(b for b in leaflet.blocks if plain_text(getattr(b, "spans", ())) ==
             "Contact us straight away if")
    )
    assert isinstance(leaflet.blocks[lead_in + 1], ListBlock)


def test_numbered_sections_over_numbered_subsections_are_headings_a_level_apart(tmp_path):
    """ "2. Before your operation" straight over "2.1 Medicines" had been a list item of one
    (large print renumbered it "1.", and the recording had no chapter for it), its subsections
    headings beside it."""
    text = (
        "Having your gallbladder removed\n\nGeneral Surgery\n\n"
        "Leaflet number: GS-0148 Version: 2\n\n"
        "1. What is a cholecystectomy?\n\nAn operation to remove your gallbladder.\n\n"
        "2. Before your operation\n\n2.1 Medicines\n\n"
        "Keep taking your usual medicines unless you have been told to stop.\n\n"
        "2.2 Eating and drinking\n\nDo not eat anything after midnight.\n\n"
        "3. After your operation\n\n3.1 Pain\n\nTake paracetamol for 2 to 3 days.\n\n"
        "3.2 Driving\n\nDo not drive for 1 week.\n"
    )
    path = tmp_path / "gallbladder.txt"
    path.write_text(text, encoding="utf-8")
    leaflet = read_leaflet(_saved(import_file(path, {}), tmp_path), trust_parts)
    levels = [(b.level, plain_text(b.spans)) for b in leaflet.blocks if isinstance(b, Heading)]
    assert levels == [
        (2, "1. What is a cholecystectomy?"), (2, "2. Before your operation"),
        (3, "2.1 Medicines"), (3, "2.2 Eating and drinking"), (2, "3. After your operation"),
        (3, "3.1 Pain"), (3, "3.2 Driving"),
    ]
    assert not lists(leaflet)


def test_a_department_over_a_title_wrapped_on_a_word_naming_a_department_is_kept(tmp_path):
    """ "Rheumatology Department" over "Methotrexate tablets: taking your" / "medicine safely":
    the title's last line was taken for the department under it ("medicine"), so the one above
    was dropped, and the leaflet had none."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "h1 { font-size: 24pt; width: 110mm }</style></head><body>"
        "<p>Rheumatology Department</p><h1>Methotrexate tablets: taking your medicine safely"
        "</h1><p>Leaflet number: RH-0442 Version: 5</p><h2>What is methotrexate?</h2>"
        "<p>Methotrexate is a medicine that calms your immune system.</p></body></html>"
    )
    path = tmp_path / "methotrexate.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    front = import_file(path, {}).front_matter
    assert front["title"] == "Methotrexate tablets: taking your medicine safely"
    assert front["department"] == "Rheumatology Department"


def test_a_hyphenated_word_wrapped_in_a_pdf_table_cell_keeps_its_hyphen(tmp_path):
    """ "NovoRapid (rapid-" / "acting)" in a narrow cell had become "rapidacting" in every
    format (said so too); a word divided at the cell's edge is still made whole."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "td, th { border: 1px solid black; padding: 4px } table { border-collapse: collapse }"
        "</style></head><body><h1>Your insulin</h1><p>Diabetes Centre</p>"
        "<p>Leaflet number: DIA-0214 Version: 1</p><h2>Your insulins</h2><table>"
        "<tr><th>Insulin</th><th>When to take it</th></tr><tr><td style='width: 28mm'>"
        "NovoRapid (rapid-acting)</td><td>With each meal, 0 to 15 minutes before you eat</td>"
        "</tr><tr><td>Lantus (long-acting)</td><td>Once a day at the same time</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "insulin.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert "| NovoRapid (rapid-acting) | With each meal, 0 to 15 minutes before you eat |" in (
        markdown
    )


def test_a_word_broken_without_a_hyphen_in_a_narrow_pdf_cell_is_made_whole(tmp_path):
    """A narrow cell breaks a word too long for it with no hyphen: "Levothyroxin" / "e" and
    "Lansoprazol" / "e" had been "Levothyroxin e", said as two words in every format. Words
    wrapped at a space keep it ("Before" / "breakfast")."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "td, th { border: 1px solid black; padding: 4px; text-align: left }"
        "td:first-child { width: 22mm; overflow-wrap: anywhere }"
        "table { border-collapse: collapse }</style></head><body><h1>Your medicines</h1>"
        "<p>Pharmacy Department</p><p>Leaflet number: PHA-0118 Version: 1</p><table>"
        "<tr><th>Medicine</th><th>Dose</th><th>When</th></tr>"
        "<tr><td>Levothyroxine</td><td>100 micrograms</td><td>Before breakfast</td></tr>"
        "<tr><td>Lansoprazole</td><td>30 mg</td><td>Before breakfast</td></tr>"
        "<tr><td>Amoxicillin</td><td>500 mg</td><td>Three times a day</td></tr>"
        "<tr><td>Before breakfast</td><td>1 tablet</td><td>Every day</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "medicines.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    leaflet, _ = imported(path.name, tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(row[0]) for row in table.rows] == [
        "Levothyroxine", "Lansoprazole", "Amoxicillin", "Before breakfast"
    ]


def test_a_bold_word_and_the_plain_comma_after_it_in_a_pdf_stay_one_word(tmp_path):
    """A PDF gives a word set in bold and the plain comma touching it as two words: "Do not
    drink anything , not even water." had the comma standing alone in every format."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "td, th { border: 1px solid black; padding: 4px; text-align: left }"
        "table { border-collapse: collapse }</style></head><body>"
        "<h1>Eating and drinking before your operation</h1><p>Day Surgery Unit</p>"
        "<p>Leaflet number: ANA-0207 Version: 4</p><h2>Your fasting timeline</h2>"
        "<p><b>Do not chew gum</b>, or suck sweets, on the day of your operation.</p><table>"
        "<tr><th>Time before surgery</th><th>Clear fluids</th></tr>"
        "<tr><td>Less than 2 hours</td><td><b>Do not drink anything</b>, not even water.</td>"
        "</tr></table></body></html>"
    )
    path = tmp_path / "fasting.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert "Do not chew gum, or suck sweets, on the day of your operation." in markdown
    assert "| Less than 2 hours | Do not drink anything, not even water. |" in markdown


def test_two_blocks_side_by_side_at_a_pdfs_head_are_read_one_after_the_other(tmp_path):
    """A page's head set in two blocks side by side, "Acute Medicine" over "Acute Medical Unit
    (AMU)" on the left and the trust's name over two lines on the right, had been read across
    line by line: the department "Acute Medicine Kingsmere Hospitals", the unit's line dropped
    with "NHS Trust" run on to it. Each block is read whole, the left first."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 18mm }"
        "body { font: 11pt sans-serif } h1 { font-size: 22pt }"
        ".head { display: flex; justify-content: space-between }"
        ".trust { font-weight: bold; text-align: right }</style></head><body>"
        '<div class="head"><div>Renal Medicine<br>Dialysis Unit (Ward 12)</div>'
        '<div class="trust">Ashcombe Valley Hospitals<br>NHS Foundation Trust</div></div>'
        "<h1>Looking after your fistula</h1>"
        "<p>A fistula is a join made between an artery and a vein in your arm, so that"
        " the dialysis machine can clean your blood.</p>"
        "<h2>Checking your fistula every day</h2><p>Feel for the buzz (thrill) over your"
        " fistula every morning and evening.</p>"
        "<p>Leaflet number: REN-0077 Version 1 Review date: March 2027</p></body></html>"
    )
    path = tmp_path / "fistula.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert result.front_matter["title"] == "Looking after your fistula"
    assert result.front_matter["department"] in ("Renal Medicine", "Dialysis Unit (Ward 12)")
    decisions = "\n".join(result.decisions)
    for line in ("Renal Medicine", "Dialysis Unit (Ward 12)"):
        assert f"'{line}'" in decisions
    assert "Ashcombe Valley" not in "\n".join(result.body)
    assert [line for line in result.body if line.startswith("#")] == [
        "## Checking your fistula every day"
    ]


_SEDATION_WARNING = (
    "You must not drive, drink alcohol, operate machinery or sign legal papers for 24 hours "
    "after sedation. A responsible adult must take you home and stay with you overnight."
)


def test_a_box_of_a_paragraph_in_bold_is_a_notice_in_bold(tmp_path):
    """A warning box, a paragraph wholly in bold with a border round it ("You must not drive
    ... for 24 hours after sedation"), had been a bold paragraph in Word and a plain one from a
    PDF: no notice, nothing to set it apart in braille or the recording. It is a notice, its
    bold kept; a box in plain type that warns of nothing (the unit's address) stays text."""
    import docx
    import weasyprint

    address = "Endoscopy Unit, Level 2, Castle Wing, Harbourside General Hospital."
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "div { border: 1.5pt solid black; padding: 6pt; margin: 8pt 0 }</style></head><body>"
        "<h1>Having sedation for your endoscopy</h1><p>Endoscopy Unit</p>"
        "<h2>What is sedation?</h2><p>Sedation is a medicine given through a small tube in your "
        f"hand. It makes you feel relaxed and sleepy.</p><div><p><b>{_SEDATION_WARNING}</b></p>"
        f"</div><h2>Where to come</h2><div><p>{address}</p></div></body></html>"
    )
    path = tmp_path / "sedation.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    word = tmp_path / "sedation.docx"
    document = docx.Document()
    document.add_paragraph("Having sedation for your endoscopy", style="Title")
    document.add_paragraph("Endoscopy Unit")
    document.add_paragraph("What is sedation?", style="Heading 1")
    document.add_paragraph("Sedation is a medicine given through a small tube in your hand.")
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).paragraphs[0].add_run(_SEDATION_WARNING).bold = True
    document.add_paragraph("Where to come", style="Heading 1")
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).paragraphs[0].add_run(address)
    document.save(word)
    for source in (path, word):
        body = import_file(source, {}).body
        assert f"> **{_SEDATION_WARNING}**" in body, (source.suffix, body)
        assert address in body, (source.suffix, body)


def _heart_failure_page(side: str) -> str:
    """A page of two columns of text with a shaded box holding `side` at its side."""
    return (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        ".wrap { display: flex; gap: 8mm } .main { columns: 2; column-gap: 8mm; flex: 2 }"
        ".side { flex: 1; background: #dde8f5; padding: 5mm }</style></head><body>"
        "<h1>Living with heart failure</h1><p>Cardiology Department</p>"
        "<div class='wrap'><div class='main'><h2>What is heart failure?</h2><p>Heart failure "
        "means your heart is not pumping blood around your body as well as it should. It does "
        "not mean your heart has stopped working. Many people live well with it for many "
        "years.</p><h2>Weigh yourself every day</h2><p>Weigh yourself every morning after you "
        "have been to the toilet and before you eat or drink. Write your weight down in your "
        "diary. A quick rise in weight can mean fluid is building up in your body.</p>"
        "<h2>Your medicines</h2><p>Take your medicines every day, even if you feel well. Do "
        "not stop taking any of them without talking to your heart failure nurse first. Some "
        "medicines make you pass more urine.</p><h2>Eating and drinking</h2><p>Try to eat "
        "less salt. Do not add salt to your food at the table. Your nurse may ask you to drink "
        "no more than 1.5 litres of fluid a day.</p></div><div class='side'>"
        f"{side}</div></div></body></html>"
    )


def test_a_shaded_sidebar_beside_two_columns_is_read_after_them(tmp_path):
    """A page in two columns of text with a shaded box of warning signs at its side ("Call
    your heart failure nurse if: ...") had the box read first, as a notice standing over the
    page, and the columns in the wrong order: the left one taken for a sidebar beside the
    right, read after it, "Weigh yourself every morning ... can mean" cut from "fluid is
    building up in your body." by the next column's headings. The columns are read in order,
    the box after them, still a notice."""
    import weasyprint

    html = _heart_failure_page(
        "<p><b>Call your heart failure nurse if:</b></p><p>you put on more than 2kg (4lb) in 3 "
        "days</p><p>your ankles or legs swell more than usual</p><p>you are more breathless "
        "than usual.</p><p><b>Call 999 if you have chest pain that does not go away.</b></p>"
        "<p>Heart failure nurses: 01632 960 411</p>"
    )
    path = tmp_path / "heart.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    markdown = result.markdown()
    assert "A quick rise in weight can mean fluid is building up in your body." in markdown
    flat = " ".join(markdown.split())
    order = [flat.find(words) for words in (
        "## What is heart failure?", "## Weigh yourself every day", "## Your medicines",
        "## Eating and drinking", "> Call your heart failure nurse if:",
    )]
    assert -1 not in order and order == sorted(order), markdown
    assert result.body[0].startswith("## What is heart failure?"), markdown
    # a box in a column, the other column beside it, stays where it stands
    html = html.replace("<div class='side'>", "</div><div>").replace(
        "working. Many people", "working.</p><div class='side' style='border: 1.5pt solid "
        "black'><p><b>Do not stop taking your water tablets without talking to your nurse "
        "first.</b></p></div><p>Many people"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    flat = " ".join(import_file(path, {}).markdown().split())
    assert (
        "stopped working. > **Do not stop taking your water tablets without talking to your "
        "nurse first.** Many people live well"
    ) in flat, flat


def test_a_shaded_panel_of_contacts_beside_two_columns_is_read_after_them(tmp_path):
    """The same page with a panel of contacts at its side, no notice: its lines had been read
    across with the columns', line by line ("Heart failure means medicines your heart is not
    pumping blood around Take your medicines ..."). The columns are read in order, then the
    panel, its heading a section's."""
    import weasyprint

    path = tmp_path / "heart.pdf"
    weasyprint.HTML(string=_heart_failure_page(
        "<p><b>Useful contacts</b></p><p>Heart failure nurses: 01632 960 411</p>"
        "<p>British Heart Foundation: 0300 330 3311</p>"
    )).write_pdf(path)
    result = import_file(path, {})
    flat = " ".join(result.markdown().split())
    assert "A quick rise in weight can mean fluid is building up in your body." in flat, flat
    assert (
        "## Your medicines Take your medicines every day, even if you feel well. Do not stop "
        "taking any of them without talking to your heart failure nurse first."
    ) in flat, flat
    order = [flat.find(words) for words in (
        "## What is heart failure?", "## Weigh yourself every day", "## Your medicines",
        "## Eating and drinking", "## Useful contacts", "Heart failure nurses: 01632 960 411",
    )]
    assert -1 not in order and order == sorted(order), flat



def test_a_label_over_its_web_address_in_a_pdf_panel_is_one_line(tmp_path):
    """ "Pumping Marvellous:" / "www.pumpingmarvellous.org" in a narrow panel had been two
    paragraphs, the charity's name read alone and its address after it as if nobody's: a label
    ending in a colon over the one address or number it names is one line. Two contact lines,
    each whole, stay two."""
    import weasyprint

    path = tmp_path / "heart.pdf"
    weasyprint.HTML(string=_heart_failure_page(
        "<p><b>Useful contacts</b></p><p>Heart failure nurses: 01632 960 411</p>"
        "<p>www.example.nhs.uk/heart</p><p>Pumping Marvellous:<br>www.pumpingmarvellous.org"
        "</p><p>Cardiac rehab team:<br>01632 960 788</p>"
    )).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert "Pumping Marvellous: www.pumpingmarvellous.org\n" in markdown, markdown
    assert "Cardiac rehab team: 01632 960 788\n" in markdown, markdown
    assert "Heart failure nurses: 01632 960 411\n\nwww.example.nhs.uk/heart\n" in markdown


def test_a_label_over_its_contact_in_a_text_file_is_one_line_a_list_of_them_is_not(tmp_path):
    """The same in a text file; a label over two addresses leads into them and stays so."""
    text = (
        "Living with heart failure\n\nLeaflet number: CAR-0311 Version 2\n\n"
        "Weigh yourself every morning.\n\nUseful contacts\n\nPumping Marvellous:\n"
        "www.pumpingmarvellous.org\n\nOther websites:\nwww.bhf.org.uk\nwww.nhs.uk/conditions\n"
    )
    markdown = _imported_text(tmp_path, "heart.txt", text, "CAR-0311").markdown()
    assert "Pumping Marvellous: www.pumpingmarvellous.org\n" in markdown, markdown
    assert "Other websites: www.bhf.org.uk" not in markdown, markdown



def test_nhs_111_on_a_line_of_its_own_is_no_leaflet_number(tmp_path):
    """ "NHS 111" alone over "www.nhs.uk" under "Out of hours" had been taken for a leaflet
    number and dropped: the patient lost where to turn at night, and a leaflet with a number
    of its own would have been named NHS 111 had it come first."""
    text = (
        "Living with heart failure\n\nWeigh yourself every morning.\n\nOut of hours\n\n"
        "NHS 111\nwww.nhs.uk\n\nLeaflet number: CAR-0311 Version 2\n"
    )
    result = _imported_text(tmp_path, "heart.txt", text, "")
    assert result.front_matter["number"] == "CAR-0311"
    assert "## Out of hours\n\nNHS 111\n" in result.markdown(), result.markdown()


PICC_LINE = (
    "Brookfield University Hospitals NHS Trust\nOncology Day Unit\n\n"
    "LOOKING AFTER YOUR PICC LINE\n{reference}\n\nWhat is a PICC line?\n"
    "A PICC line is a thin, soft tube put into a vein in your upper arm. It is used to give you "
    "chemotherapy and to take blood samples.\n\nLooking after your line\n"
    "Keep the dressing clean and dry.\nDo not swim while you have the line in.\n\n"
    "When to get help\nCall the Oncology Day Unit on 01632 960 418 straight away if your arm "
    "becomes swollen or painful.\n\nVersion 2   Review date: May 2028\n"
)


@pytest.mark.parametrize(
    ("reference", "wanted"),
    [
        ("Patient Information Leaflet ONC-118", {"number": "ONC-118"}),
        ("Patient information leaflet: ONC-118", {"number": "ONC-118"}),
        ("Information leaflet ONC/118/v3", {"number": "ONC/118", "version": "3"}),
        ("Patient Information Leaflet 442", {"number": "442"}),
        ("Patient Information Leaflet ONC-118 | Oncology Day Unit",
         {"number": "ONC-118", "department": "Oncology Day Unit"}),
        # an issue of one figure after the number
        ("PIF 1234/2", {"number": "PIF 1234/2"}),
        ("PIL 1234", {"number": "PIL 1234"}),
        # its figures straight after its letters (it had been no reference)
        ("PIL1234", {"number": "PIL1234"}),
        ("Patient Information Leaflet PIL1234", {"number": "PIL1234"}),
        ("PIL1234 | Version 2", {"number": "PIL1234", "version": "2"}),
        ("Leaflet ref: ABC/123", {"number": "ABC/123"}),
        ("Ref: PI-0456 v3", {"number": "PI-0456", "version": "3"}),
        ("Information leaflet number: 77", {"number": "77"}),
    ],
)
def test_a_reference_after_the_words_patient_information_leaflet_is_read(
    tmp_path, reference, wanted
):
    """ "Patient Information Leaflet ONC-118" under a PICC line leaflet's title gave "no
    reference found", and the line stayed at the head of the text, read aloud and brailled:
    the words trusts print before a reference were known only beside other details."""
    from pipeline.sources.importers.metadata import find_details

    found = find_details(reference)
    assert (found.values, found.rest) == (wanted, "")
    result = _imported_text(tmp_path, "picc.txt", PICC_LINE.format(reference=reference), "")
    assert str(result.front_matter["number"]) == wanted["number"]
    assert reference.split()[0] not in result.markdown().split("---", 2)[2]
    assert not any("no reference found" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "line",
    [
        # a ward's, a room's, an extension's or a page's number in capitals
        "WARD 12", "ROOM 101", "EXT 4567", "PAGE 12", "DAY 14", "WARD123", "EXT4567",
        # a date, a year or a phone number after the words (a month and its year in capitals
        # joined by a hyphen had been taken for the reference)
        "Patient Information Leaflet 12/03/2025", "Patient information leaflet 2025",
        "Patient information leaflet MAR-2025", "PATIENT INFORMATION LEAFLET MAR-2025",
        "Leaflet SEPT/2026", "MAR-2025",
        "Patient information leaflet 01632960418", "Patient information leaflet 01632 960418",
        # a sentence naming another leaflet
        "Please read the patient information leaflet 442 before you come in",
    ],
)
def test_a_ward_a_date_or_a_phone_number_is_never_a_leaflets_reference(tmp_path, line):
    """ "WARD 12" alone under a masthead in capitals had been taken for the leaflet's reference
    (the ward's number dropped from the text, and the source file named after it), as had
    "ROOM 101", "EXT 4567" and "PAGE 12"; after "Patient information leaflet" a date, a year
    or a phone number is no reference either."""
    from pipeline.sources.importers.metadata import find_details

    assert find_details(line).values == {}
    text = PICC_LINE.format(reference=line)
    result = _imported_text(tmp_path, "picc.txt", text, "")
    assert "number" not in result.front_matter
    if not line.startswith("PAGE"):  # (dropped as a page's number)
        assert line.lower() in result.markdown().lower()


def _picc_line_leaflets(folder: Path, footer: str) -> tuple[Path, Path]:
    """A PICC line leaflet as a Word file and as a PDF, `footer` under every page of each."""
    sections = [
        ("What is a PICC line?", "A PICC line is a thin, soft tube put into a vein in your "
         "upper arm."),
        ("Looking after your line", "Keep the dressing clean and dry. Do not swim while you "
         "have the line in."),
    ]
    word = write_word(folder / "picc.docx", [
        ("footer", footer), ("title", "Looking after your PICC line"),
        ("para", "Oncology Day Unit"),
        *[part for heading, text in sections for part in (("heading", heading), ("para", text))],
    ])
    pdf = write_pdf(folder / "picc.pdf", {
        "title": "Looking after your PICC line", "department": "Oncology Day Unit",
        "footer": footer, "columns": False,
        "body": [part for heading, text in sections for part in (("h2", heading), ("p", text))],
    })
    return word, pdf


def test_a_reference_after_patient_information_leaflet_in_a_word_or_pdf_footer(tmp_path):
    """A Word or PDF footer of "Patient Information Leaflet ONC-118" and nothing else gave no
    reference, and the footer was read as a line of the text."""
    for path in _picc_line_leaflets(tmp_path, "Patient Information Leaflet ONC-118"):
        result = import_file(path, {})
        assert result.front_matter["number"] == "ONC-118", (path.name, result.front_matter)
        assert "Patient Information Leaflet" not in result.markdown()


@pytest.mark.parametrize(
    ("line", "wanted", "kept"),
    [
        ("Leaflet ONC-118 | Ward 12", {"number": "ONC-118"}, "Ward 12"),
        ("Patient Information Leaflet ONC-118 | Ward 12", {"number": "ONC-118"}, "Ward 12"),
        ("Issue 12 | Ward 31", {"version": "12"}, "Ward 31"),
        # each word a capital's, a ward is no name to leave out with the masthead's
        ("PIL 1234 | Version 2 | Ward B", {"number": "PIL 1234", "version": "2"}, "Ward B"),
    ],
)
def test_a_ward_beside_the_details_is_kept_in_the_leaflet(tmp_path, line, wanted, kept):
    """ "Leaflet ONC-118 | Ward 12" under a PICC line leaflet's title and "Issue 12 | Ward 31"
    in a footer gave their details, and the ward, where the patient may be told to go, was
    dropped with them, nothing said: what is no detail stays a line of the leaflet, and the
    decisions say so."""
    from pipeline.sources.importers.metadata import find_details

    found = find_details(line)
    assert (found.values, found.rest) == (wanted, kept)
    result = _imported_text(tmp_path, "picc.txt", PICC_LINE.format(reference=line), "")
    assert kept in result.body
    assert any(f"'{kept}' beside them kept" in decision for decision in result.decisions)
    # at the foot of a text file, the ward is a line, never a heading over nothing
    text = PICC_LINE.format(reference="").replace("Version 2   Review date: May 2028", line)
    result = _imported_text(tmp_path, "picc.txt", text, "")
    assert result.body[-1] == kept


def test_a_ward_in_a_word_or_pdf_footer_beside_the_details_is_kept(tmp_path):
    """A footer of "Reference: ONC-118 | Issue 3 | Ward 31" gave the reference and version, and
    "Ward 31" was dropped with them (from a PDF, where a footer is read at its page's head, it
    was then dropped again as set over the title): it is kept at the leaflet's end."""
    for path in _picc_line_leaflets(tmp_path, "Reference: ONC-118 | Issue 3 | Ward 31"):
        result = import_file(path, {})
        assert (result.front_matter["number"], result.front_matter["version"]) == ("ONC-118", 3)
        assert result.body[-1] == "Ward 31", (path.name, result.body)
        assert not any("dropped 'Ward 31'" in decision for decision in result.decisions)


def test_a_labels_words_left_beside_the_details_are_said():
    """ "Our ref: END-0618 v1" left "Our" and "Leaflet no. RH-077. Version 2. Published: 2024."
    a year the importer cannot read as a month: each was dropped with nothing said; now they
    are left out and said, and "Next review due: 11/2026" is read whole."""
    from pipeline.sources.importers.metadata import find_details

    assert find_details("Our ref: END-0618 v1").left_out == ("Our",)
    assert find_details("Leaflet no. RH-077. Version 2. Published: 2024.").left_out == (
        "Published: 2024",)
    found = find_details("Date of last review: 11/2023     Next review due: 11/2026")
    assert found.left_out == () and found.values["next_review"] == "11/2026"
    # ... and the words of the document's control are no line of the leaflet: said, left out
    for line, left in [
        ("Reference: PHY-0412 Version: 3 Status: Final", "Status: Final"),
        ("Leaflet: HAE-0417 | Version 4 | Patient copy", "Patient copy"),
        ("Ref: URO-0231 | Version 3 | © UHL", "© UHL"),
        # ... never a ban read out at the leaflet's end: "Do not copy" is the document's
        ("Leaflet: CAR-0118 | Version 2 | Do not copy", "Do not copy"),
        ("Ref: ONC-0301 | Version 5 | Uncontrolled when printed", "Uncontrolled when printed"),
    ]:
        assert (find_details(line).rest, find_details(line).left_out) == ("", (left,))


def test_boxes_side_by_side_in_a_pdf_are_read_one_after_the_other(tmp_path):
    """A "Do" box beside a "Don't" box was read across the page line by line: "keep moving the
    joints that are • get the cast wet or go" ran a ban into an instruction, in every format;
    or, as two columns, the heading under them was read before the right-hand box, which fell
    under it. And "..., 8.30am to 5pm. Out of hours, call" / "NHS 111." is one sentence."""
    import weasyprint

    def box(heading: str, items: list[str]) -> str:
        listed = "".join(f"<li>{item}</li>" for item in items)
        return f'<div style="flex: 1; border: 2px solid blue; padding: 8px"><h3>{heading}</h3>' \
            f"<ul>{listed}</ul></div>"

    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font: 12pt sans-serif }"
        "h1 { font-size: 22pt } h2 { font-size: 16pt } h3 { font-size: 14pt }</style></head>"
        "<body><p>Fracture Clinic</p><h1>Caring for your plaster cast</h1>"
        "<p>Leaflet number: ORT-0219 Version: 3</p><h2>Looking after your cast</h2>"
        '<div style="display: flex; gap: 1cm">'
        + box("Do", ["keep your cast dry: cover it with a plastic bag when you wash",
                     "keep moving the joints that are not in the cast"])
        + box("Don't", ["push anything down the cast to scratch your skin",
                        "get the cast wet or go swimming"])
        + "</div><h2>Contact us</h2><p>Fracture Clinic: 0116 258 5430, Monday to Friday, "
        "8.30am to 5pm. Out of hours, call NHS 111.</p></body></html>"
    )
    path = tmp_path / "cast.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {"department": "Fracture Clinic"}).markdown()
    assert (
        "- keep your cast dry: cover it with a plastic bag when you wash\n"
        "- keep moving the joints that are not in the cast\n"
    ) in markdown
    assert "- Don't get the cast wet or go swimming\n\n## Contact us" in markdown  # its section's
    assert "Out of hours, call NHS 111." in markdown


def test_a_sentence_over_two_paragraphs_after_a_word_it_goes_on_from_is_one(tmp_path):
    """ "Stop the exercise if" / (blank) / "you feel sharp pain in your knee" is one sentence:
    apart, it was said "Stop the exercise if." and the condition stood alone."""
    text = (
        "Knee exercises after your operation\n\nPhysiotherapy\n\n"
        "Leaflet number: 1021 Version: 2\n\nWhy exercise?\n\n"
        "These exercises help your knee bend and straighten.\n\n"
        "Stop the exercise if\n\nyou feel sharp pain in your knee or calf.\n\n"
        "Contact us\n\nPhysiotherapy: 0116 258 5555.\n"
    )
    path = tmp_path / "knee.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {"department": "Physiotherapy"})
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert "Stop the exercise if you feel sharp pain in your knee or calf." in [
        plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph)
    ]


def test_a_sentence_in_bold_over_two_lines_of_a_pdf_is_no_heading(tmp_path):
    """ "Do not stop your urine midstream as an" / "exercise. Doing this ..." had been a
    heading and a paragraph: the warning cut in two, "can stop your ... infection" after it."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A5; margin: 20mm }"
        "body { font: 10.5pt sans-serif; width: 70mm }</style></head><body>"
        "<h1>Pelvic floor exercises</h1><p>Leaflet number: URO-0231 Version 3</p>"
        "<h2>Finding the right muscles</h2><p>Imagine you are trying to stop passing wind.</p>"
        "<p><b>Do not stop your urine midstream as an exercise, however often you try.</b> Doing"
        " this regularly can stop your bladder emptying fully.</p>"
        "<h2>How to do the exercises</h2><p>Tighten your muscles and hold for 10 seconds.</p>"
        "</body></html>"
    )
    path = tmp_path / "pelvic.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {"department": "Urology"}).markdown()
    assert "#" not in markdown.split("Do not stop your urine")[0].splitlines()[-1]
    # (its sentence in bold keeps its bold, the paragraph going on in plain type)
    assert "**Do not stop your urine midstream as an exercise, however often you try.** Doing" in (
        " ".join(markdown.split())
    )


def test_a_list_carried_on_at_the_top_of_a_pdfs_second_column_stays_one_list(tmp_path):
    """A consent leaflet in two columns, its list of risks carried on at the top of the right
    column, which holds more lines than the left: the last risk had been taken for a list
    inside the one before, and joined to it ("... less than 1% of tests. A reaction to the
    sedative: ...")."""
    import weasyprint

    risks = [
        "Bleeding: about 1 in 200 people bleed after a polyp is removed.",
        "A tear in the bowel wall (perforation): less than 1 in 10,000 tests.",
        "Missing a cancer or polyp: less than 1% of tests.",
        "A reaction to the sedative: fewer than 1 in 1,000 people.",
    ]
    later = "".join(
        f"<h2>Question {n}</h2><p>You may feel some cramping or wind-like pain afterwards. It "
        "usually settles within an hour. Walking about can help the wind pass.</p>"
        for n in range(1, 8)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font: 10.5pt sans-serif }"
        ".cols { columns: 2; column-gap: 1cm } h2 { font-size: 13pt }"
        "li.next { break-before: column }</style></head><body>"
        "<h1>Having a flexible sigmoidoscopy</h1><p>Endoscopy Unit</p>"
        "<p>Leaflet number: GAS-0381 Version: 2</p><div class='cols'>"
        "<h2>Are there any risks?</h2><p>A flexible sigmoidoscopy is a safe test, but there "
        "are some risks:</p><ul>"
        + "".join(f"<li>{risk}</li>" for risk in risks[:3])
        + f"<li class='next'>{risks[3]}</li></ul>{later}</div></body></html>"
    )
    path = tmp_path / "sigmoidoscopy.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    for risk in risks:
        assert f"\n- {risk}\n" in markdown, markdown


def test_a_bold_line_ending_in_a_colon_over_a_pdfs_list_leads_into_it(tmp_path):
    """ "Call 999 or go to A&E straight away if you:" and "Contact the ward ... the same day
    if:", in bold over their lists in a red-flag box, had been headings: the paragraph after
    the box was read under "Contact the ward ... if", as one more reason to call."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font: 13pt sans-serif }"
        ".box { border: 3px solid #c00; padding: 8pt }</style></head><body>"
        "<h1>Going home after a hip replacement</h1><p>Orthopaedic Department</p>"
        "<p>Leaflet number: ORT-0517 Version: 4</p><h2>When to get help</h2>"
        "<p>Most people recover well.</p><div class='box'>"
        "<p><strong>Call 999 or go to A&amp;E straight away if you:</strong></p>"
        "<ul><li>have chest pain or feel short of breath</li><li>cough up blood</li></ul>"
        "<p><strong>Contact the ward on 0114 271 2375 the same day if:</strong></p>"
        "<ul><li>your calf is painful, hot or swollen</li></ul></div>"
        "<p>Your physiotherapist will see you at 6 weeks.</p><h2>Contact us</h2>"
        "<p>Ward 5: 0114 271 2375</p></body></html>"
    )
    path = tmp_path / "hip.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    leaflet, _ = imported(path.name, tmp_path)
    assert headings(leaflet) == ["When to get help", "Contact us"]
    markdown = import_file(path, {}).markdown()
    assert "\n**Call 999 or go to A&E straight away if you:**\n" in markdown


def test_a_box_of_do_not_rules_in_a_pdf_is_a_notice_of_its_rules(tmp_path):
    """A box drawn round "Do not" in bold over its rules in bullets (precautions after a knee
    or hip operation), in the opening before any section: "Do not" had become a heading of the
    third level with no section over it, said "Do not." as a sub-heading, and the box was
    never said to be important. Each rule keeps its "Do not", a wrapped one whole, and the box
    is a notice; a box whose heading is no ban stays a list under its lead-in."""
    import weasyprint

    from pipeline.formats.audio.speech_script import speech_script

    box = '<div style="border: 2px solid #000; padding: 6pt 8pt; margin: 8pt 0">{}</div>'
    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font: 12pt sans-serif }"
        "h1 { font-size: 22pt } h2 { font-size: 15pt }</style></head><body>"
        "<p><b>Physiotherapy Department</b></p><h1>Your new knee: the first six weeks</h1>"
        "<p>Leaflet number: PHY-0342 Version: 2</p>"
        "<p>Your knee needs time to settle after the operation. Keep to these rules until your "
        "physiotherapist tells you that you can stop.</p>"
        + box.format(
            "<p><b>Do not</b></p><ul><li>kneel on your operated knee</li>"
            "<li>put a pillow under your knee when you lie in bed, even for a short time, as "
            "this stops the knee straightening fully and it may stay bent</li>"
            "<li>Drive until we say you can</li></ul>"
        )
        + "<h2>Exercises</h2><p>Do each exercise 10 times, three times a day.</p>"
        + box.format(
            "<p><b>Bring with you</b></p><ul><li>your walking frame</li>"
            "<li>comfortable shoes</li></ul>"
        )
        + "<h2>Contact us</h2><p>Physiotherapy: 0116 258 5555, Monday to Friday.</p>"
        "</body></html>"
    )
    path = tmp_path / "knee.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    leaflet, result = imported(path.name, tmp_path, department="Physiotherapy Department")
    assert headings(leaflet)[0] == "Exercises"
    assert any("box under 'Do not' now each begin 'Do not ...'" in w for w in result.warnings)
    notices = [_notice_words(b) for b in leaflet.blocks if isinstance(b, Notice)]
    assert notices == [
        "Do not kneel on your operated knee. Do not put a pillow under your knee when you lie "
        "in bed, even for a short time, as this stops the knee straightening fully and it may "
        "stay bent. Do not drive until we say you can."
    ]
    assert [[plain_text(item) for item in block.items] for block in lists(leaflet)] == [
        ["your walking frame", "comfortable shoes"]
    ]
    said = speech_script(leaflet).as_text()
    assert "Do not.\n" not in said
    assert "Important: Do not kneel on your operated knee." in said


def test_a_bold_do_not_over_a_pdfs_list_leads_into_it_as_in_a_text_file(tmp_path):
    """ "Do not" in bold over its rules in bullets, no box round them, in a PDF whose headings
    are set in bold: it had been a heading like them, a chapter "Do not" in the opening and in
    "Exercises" (the paragraph after the list read under it). It leads into the list as in a
    text file: its rules each say it, and it goes (within a section, a heading over them would
    hold the paragraph after them too)."""
    import weasyprint

    rules = "<p><b>Do not</b></p><ul><li>kneel on your operated knee</li><li>drive</li></ul>"
    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font: 12pt sans-serif }"
        "h1 { font-size: 22pt } h2 { font-size: 12pt }</style></head><body>"
        "<p>Physiotherapy Department</p><h1>Your new knee: the first six weeks</h1>"
        "<p>Leaflet number: PHY-0343 Version: 1</p><p>Your knee needs time to settle.</p>"
        + rules
        + "<h2>Exercises</h2><p>Do each exercise 10 times, three times a day.</p>"
        + rules
        + "<p>Ask your physiotherapist when you can stop.</p>"
        "<h2>Contact us</h2><p>Physiotherapy: 0116 258 5555, Monday to Friday.</p>"
        "</body></html>"
    )
    path = tmp_path / "knee.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert (
        "Your knee needs time to settle.\n\n"
        "- Do not kneel on your operated knee\n- Do not drive\n\n## Exercises\n"
    ) in markdown
    assert (
        "three times a day.\n\n- Do not kneel on your operated knee\n- Do not drive\n\n"
        "Ask your physiotherapist when you can stop.\n\n## Contact us\n"
    ) in markdown


def notices_of(leaflet) -> list[Notice]:
    return [block for block in leaflet.blocks if isinstance(block, Notice)]


def test_a_box_saying_when_to_get_urgent_help_in_a_pdf_is_a_notice_of_its_signs(tmp_path):
    """A red box in a section, "Seek urgent help if:" set as a sub-heading over the signs in
    bullets and the out-of-hours numbers (a wisdom-tooth leaflet): it had been a `###` heading
    holding the rest of the section, and the audio never said it was important. It is a notice,
    each sign a line going on from "if"; a box whose list is no warning stays a list."""
    import weasyprint

    from pipeline.formats.audio.speech_script import speech_script

    box = (
        '<div style="background: #fde8e8; border: 2px solid #d5281b; padding: 8px 12px; '
        'margin: 10px 0">{}</div>'
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt serif }"
        "h1 { font-size: 22pt } h2 { font-size: 14pt } h3 { color: #d5281b }"
        "</style></head><body><p>Oral Surgery Department</p>"
        "<h1>After your tooth extraction</h1><p>Leaflet number: OS-0107 Version: 2</p>"
        "<h2>Looking after the socket</h2>"
        "<p>After 24 hours, rinse gently with warm salt water four times a day for a week.</p>"
        + box.format(
            "<h3>Seek urgent help if:</h3><ul>"
            "<li>bleeding will not stop after 30 minutes of firm pressure on a damp gauze</li>"
            "<li>Swelling makes it hard to breathe or swallow</li>"
            "<li>you have a temperature above 38°C</li></ul>"
            "<p>Out of hours, call the switchboard on 0300 303 1573 and ask for the on-call "
            "dentist.</p>"
        )
        + "<p>Keep your mouth clean by brushing your other teeth as normal.</p>"
        + box.format(
            "<p><b>Bring with you:</b></p><ul><li>your medicines</li><li>your glasses</li></ul>"
        )
        + "<h2>Eating and drinking</h2><p>Eat soft food for a few days.</p>"
        + box.format(
            "<p><b>Call 999 straight away if you:</b></p><ul><li>cannot breathe</li>"
            "<li>Have a swollen tongue or throat</li></ul>"
        )
        + "<h2>Contact us</h2><p>Oral Surgery: 0116 258 5555, Monday to Friday.</p>"
        "</body></html>"
    )
    path = tmp_path / "extraction.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    leaflet, _ = imported(path.name, tmp_path, department="Oral Surgery Department")
    assert headings(leaflet) == ["Looking after the socket", "Eating and drinking", "Contact us"]
    notices = [_notice_words(b) for b in leaflet.blocks if isinstance(b, Notice)]
    assert notices == ["Seek urgent help if:", "Call 999 straight away if you:"]
    # each box's signs listed in it, and a sentence after them kept after them in the box
    urgent, emergency = notices_of(leaflet)
    assert [plain_text(item) for item in urgent.items] == [
        "bleeding will not stop after 30 minutes of firm pressure on a damp gauze",
        "swelling makes it hard to breathe or swallow",
        "you have a temperature above 38°C",
    ]
    assert plain_text(urgent.after) == (
        "Out of hours, call the switchboard on 0300 303 1573 and ask for the on-call dentist."
    )
    assert [plain_text(item) for item in emergency.items] == [
        "cannot breathe", "have a swollen tongue or throat"
    ]
    assert [[plain_text(item) for item in block.items] for block in lists(leaflet)] == [
        ["your medicines", "your glasses"]
    ]
    # the paragraph after the box is the section's, under no heading of the box's
    text = body_text(leaflet)
    assert "Keep your mouth clean" in text
    said = speech_script(leaflet).as_text()
    assert "Important: Seek urgent help if:\nbleeding will not stop" in said


def _two_column_leaflet(path: Path) -> Path:
    """A leaflet in two columns over two pages, its department once in small type at the top of
    its first page over the title, its details in a running footer, a bold lead-in ending
    within a line of plain type, and the offer of formats wrapped at its column's edge (a
    rheumatology leaflet's shape)."""
    import weasyprint

    paragraph = (
        "<p>Bisoprolol slows your heart down and makes it beat more steadily, so it does not "
        "have to work as hard. It can take a few weeks before you feel the full benefit.</p>"
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 18mm 15mm 22mm 15mm;"
        ' @bottom-center { content: "University Hospitals of Leicester NHS Trust | Ref: '
        'CAR-0412 | Version 2 | Review date: March 2027"; font-size: 8pt; } }'
        "body { font-family: sans-serif; font-size: 13pt }"
        ".cols { column-count: 2; column-gap: 8mm } h1 { font-size: 20pt }"
        "h2 { font-size: 13pt; color: #005eb8 } .top { font-size: 9pt }</style></head><body>"
        "<div class='top'><b>Leicester’s Hospitals</b><br>Cardiology Department<br>"
        "Information for Patients</div><h1>Starting bisoprolol</h1><div class='cols'>"
        "<h2>What is bisoprolol?</h2>" + paragraph * 3
        + "<h2>How to take it</h2>" + paragraph * 3
        + "<h2>Side effects</h2><p>You may feel tired or dizzy for the first few weeks.</p>"
        "<p><b>Stop bisoprolol and get medical help straight away if you get wheezing, </b>"
        "especially with a tight chest or a swollen face. This can be a sign of a serious "
        "reaction.</p>"
        "<h2>Living with heart failure</h2>" + paragraph * 3
        + "<p><b>Call 999 straight away if you have chest pain that does not go away after 15 "
        "minutes of rest, </b>or you feel faint and short of breath.</p>" + paragraph
        + "<h2>Contact us</h2><p>Heart failure nurses: 0116 258 3333, Monday to Friday.</p>"
        "<p>If you would like this information in another language or format, please contact "
        "the Service Equality Manager on 0116 250 2959.</p></div></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_department_once_at_the_top_of_a_pdfs_first_page_is_no_running_line(tmp_path):
    """ "Cardiology Department" in small type at the head of the first page only, over the
    title, had been dropped as a running header (it was set smaller than the text), and the
    leaflet had no department: a line at the first page's top is a running line only when it
    comes again on another page (or is a page number or the leaflet's details)."""
    path = _two_column_leaflet(tmp_path / "bisoprolol.pdf")
    result = import_file(path, {})
    assert result.front_matter["department"] == "Cardiology Department"
    assert result.front_matter["number"] == "CAR-0412"
    assert not any("Cardiology Department" in d and "running line" in d
                   for d in result.decisions)
    assert "Review date" not in result.markdown().split("---", 2)[2]


def test_an_offer_of_formats_wrapped_at_a_pdf_columns_edge_is_taken_whole(tmp_path):
    """ "If you would like this information in" / "another language or format, please contact
    the Service Equality Manager ..." wrapped at a column's edge: its first line, like the
    trust's own offer, had been dropped alone, and the rest left in the body as a paragraph
    starting "another language"."""
    path = _two_column_leaflet(tmp_path / "bisoprolol.pdf")
    result = import_file(path, {"department": "Cardiology Department"})
    assert result.front_matter["format_offer"] == (
        "If you would like this information in another language or format, please contact "
        "the Service Equality Manager on 0116 250 2959."
    )
    assert "another language or format" not in result.markdown().split("---", 2)[2]


def test_a_bold_lead_in_ending_inside_a_pdf_line_keeps_its_bold(tmp_path):
    """ "Stop bisoprolol and get medical help straight away if you get wheezing," in bold, its
    last words on a line going on in plain type: the line was not wholly bold, so the whole
    sentence had lost its bold, and with it the notice it opens."""
    path = _two_column_leaflet(tmp_path / "bisoprolol.pdf")
    result = import_file(path, {"department": "Cardiology Department"})
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notices = [b for b in leaflet.blocks if isinstance(b, Notice)]
    assert [plain_text(notice.spans) for notice in notices] == [
        "Stop bisoprolol and get medical help straight away if you get wheezing, especially "
        "with a tight chest or a swollen face. This can be a sign of a serious reaction.",
    ]
    bold = "".join(span.text for span in notices[0].spans if span.strong)
    assert " ".join(bold.split()) == (
        "Stop bisoprolol and get medical help straight away if you get wheezing,"
    )
    # (bold words ending within a line, over a page break: carried back to the line above)
    assert (
        "\n**Call 999 straight away if you have chest pain that does not go away after 15 "
        "minutes of rest,** or you feel faint and short of breath.\n"
    ) in result.markdown()


def test_each_tick_box_line_of_a_pdf_checklist_stays_a_line_of_its_own(tmp_path):
    """A nurse's checklist in a PDF, one "☐ ..." a line: the six lines had run on as one
    paragraph, a box at a line's end cut off from its item, so no item could be ticked."""
    import weasyprint

    items = [
        "You have had something to eat and drink.",
        "You have passed urine.",
        "A responsible adult is taking you home and staying with you overnight.",
    ]
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "p { margin: 0 }</style></head><body><h1>Going home after a day case</h1>"
        "<p>Day Surgery Unit</p><p>Leaflet number: DSU-0092 Version: 1</p>"
        "<h2>Before you go home</h2><p>Your nurse will tick each box.</p>"
        + "".join(f"<p>\u2610 {item}</p>" for item in items)
        + "<h2>Driving</h2><p>Do not drive for 24 hours.</p></body></html>"
    )
    path = tmp_path / "day-case.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    for item in items:
        assert f"\n\u2610 {item}\n" in markdown, markdown


def test_a_sentence_set_in_bold_in_a_pdf_stays_in_bold(tmp_path):
    """A PDF's warnings set in bold ("Never smoke or vape on the day of your operation.") had
    come through as plain text in every format."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt sans-serif }"
        "</style></head><body><h1>Eating and drinking before your operation</h1>"
        "<p>Day Surgery Unit</p><p>Leaflet number: ANA-0207 Version: 4</p>"
        "<p>Take your usual medicines with a small sip of water.</p>"
        "<p><b>Do not drink milk, fizzy drinks or alcohol in the 6 hours before your operation, "
        "even if your operation is late in the afternoon.</b></p>"
        "<p>If you take insulin, take half of your usual dose the night before.</p>"
        "<p><b>Never smoke or vape on the day of your operation.</b></p>"
        "</body></html>"
    )
    path = tmp_path / "fasting.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert "\n**Never smoke or vape on the day of your operation.**\n" in markdown
    assert (
        "\n**Do not drink milk, fizzy drinks or alcohol in the 6 hours before your operation, "
        "even if your operation is late in the afternoon.**\n"
    ) in markdown
    assert "\nIf you take insulin, take half of your usual dose the night before.\n" in markdown


def test_a_line_that_a_colon_leads_to_is_no_heading(tmp_path):
    """ "1 mg (brown), 3 mg (blue), 5 mg (pink)" under "Each strength is a different colour:"
    had been a chapter of its own, the colours cut off from what they are."""
    text = (
        "Taking warfarin\n\nLeaflet number: HAE-0417 Version 1\n\nYour warfarin tablets\n\n"
        "Warfarin tablets come in different strengths. Each strength is a different colour:\n\n"
        "1 mg (brown), 3 mg (blue), 5 mg (pink)\n\n"
        "Your dose may need more than one strength of tablet.\n"
    )
    markdown = _imported_text(tmp_path, "warfarin.txt", text, "HAE-0417").markdown()
    assert "\n1 mg (brown), 3 mg (blue), 5 mg (pink)\n" in markdown
    assert "## Your warfarin tablets" in markdown


def test_a_table_typed_with_tabs_is_a_table(tmp_path):
    """The INR table typed with tabs had its header as a chapter and each value run into its
    action: "five point zero to seven point nine Do not take your dose tonight"."""
    text = (
        "Taking warfarin\n\nLeaflet number: HAE-0417 Version 1\n\nYour INR blood test\n\n"
        "If the clinic tells you your INR:\n\nINR\tWhat to do\n"
        "2.0 to 3.0\tThis is in range. Keep taking the same dose.\n"
        "5.0 to 7.9\t\tDo not take your dose tonight.\n"
        "8.0 or above\tDo not take any more warfarin. Go to A&E now.\n\n"
        "Call the clinic if you are unsure.\n"
    )
    markdown = _imported_text(tmp_path, "warfarin.txt", text, "HAE-0417").markdown()
    assert "| INR | What to do |" in markdown
    assert "| 5.0 to 7.9 | Do not take your dose tonight. |" in markdown
    assert "## INR" not in markdown


def test_a_table_pasted_from_word_with_gaps_that_do_not_line_up_is_a_table(tmp_path):
    """A steroid sick-day table pasted from Word, every column parted by four spaces that do not
    line up: its header had been a chapter and its rows one sentence, "ten milligrams twice a
    day twenty milligrams twice a day until ...", the usual dose not told from the sick-day one."""
    from pipeline.formats.audio.speech_script import speech_script

    text = (
        "Steroid sick day rules\nEndocrinology\n\nLeaflet number: END-0301 Version 1\n\n"
        "Q: How much should I take on sick days?\n\n"
        "Your usual dose    Sick day dose    How long\n"
        "10mg twice a day    20mg twice a day    until 48 hours after you are well\n"
        "5mg prednisolone    10mg prednisolone    no more than 7 days\n"
        "20mg a day total    40mg a day total    until 48 hours after you are well\n\n"
        "Q: What about operations and dental treatment?\n\n"
        "Tell the dentist or surgeon that you take steroids.\n"
    )
    result = _imported_text(tmp_path, "steroids.txt", text, "END-0301")
    markdown = result.markdown()
    assert (
        "| Your usual dose | Sick day dose | How long |\n|---|---|---|\n"
        "| 10mg twice a day | 20mg twice a day | until 48 hours after you are well |\n"
        "| 5mg prednisolone | 10mg prednisolone | no more than 7 days |\n"
        "| 20mg a day total | 40mg a day total | until 48 hours after you are well |\n"
    ) in markdown
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(c) for c in table.header] == ["Your usual dose", "Sick day dose", "How long"]
    assert len(table.rows) == 3 and {len(row) for row in table.rows} == {3}
    assert not any("usual dose" in h for h in headings(leaflet))
    said = speech_script(leaflet).as_text()
    assert "A table with three rows." in said
    assert "twice a day twenty milligrams" not in said
    # a heading straight over such rows stays a heading over its table; the last cell may be
    # the longest, and a header and one row is a table too
    text = (
        "Warfarin\n\nLeaflet number: HAE-0420 Version 1\n\nIf you miss a dose\n"
        "When you remember    What to do\n"
        "The same day    Take it as soon as you remember, then carry on as usual.\n\n"
        "Call the clinic if you are unsure.\n"
    )
    result = _imported_text(tmp_path, "missed.txt", text, "HAE-0420")
    markdown = result.markdown()
    assert "## If you miss a dose\n\n| When you remember | What to do |\n|---|---|\n" in markdown
    assert (
        "| The same day | Take it as soon as you remember, then carry on as usual. |"
    ) in markdown
    # tabs and spaces mixed, not lined up
    text = (
        "Iron tablets\n\nLeaflet number: HAE-0421 Version 1\n\nWhen to take them\n\n"
        "Tablet\tWhen    With\n"
        "Ferrous sulphate    8am\t\twater or orange juice\n"
        "Vitamin C\t8am    food\n"
    )
    markdown = _imported_text(tmp_path, "iron.txt", text, "HAE-0421").markdown()
    assert "| Tablet | When | With |\n|---|---|---|\n" in markdown
    assert "| Ferrous sulphate | 8am | water or orange juice |\n| Vitamin C | 8am | food |" in (
        markdown
    )


def test_a_wide_gap_in_one_line_or_a_row_short_of_a_cell_makes_no_table(tmp_path):
    """Only lines that are all rows of as many short cells under a header are a table: a
    sentence with a wide gap, contact lines, two columns of wrapped text, text justified with
    two spaces after its full stops and a table with a row short of a cell (which cell is
    empty cannot be told) stay as they were."""
    text = (
        "After your operation\n\nLeaflet number: SUR-0102 Version 1\n\nGoing home\n\n"
        "You can go home when you feel ready.   Someone must drive you.\n"
        "Rest for the first day and drink plenty of water.\n\n"
        "Ward 7    0116 258 1234\n\n"
        "Ward 8    0116 258 5678\nWard 9    0116 258 9012\n\n"
        "Please ring the    ward if you are worried.\nYou can also    call NHS 111.\n\n"
        "Your wound      Your stitches\n"
        "should heal in about    will dissolve on their own.\n"
        "two weeks. Keep it clean    There is no need to have them\n"
        "and dry.    taken out.\n\n"
        "Leicester Royal Infirmary\nInfirmary Square    Leicester    LE1 5WW\n\n"
        "Take it.  Then rest.  Eat well.\nWalk a little.  Then rest again.\n\n"
        "Medicine    Morning    Evening\n"
        "Paracetamol    2 tablets    2 tablets\n"
        "Codeine    1 tablet\n"
        "Ibuprofen    1 tablet    1 tablet\n"
    )
    result = _imported_text(tmp_path, "home.txt", text, "SUR-0102")
    markdown = result.markdown()
    assert "|" not in markdown.split("---", 2)[2]
    assert "Someone must drive you." in markdown
    assert "\nWard 7 0116 258 1234\n" in markdown
    # two contact lines name no columns: no table, no list of names apart from their numbers
    assert "\nWard 8 0116 258 5678\n" in markdown and "- Ward 8" not in markdown
    assert "Please ring the ward if you are worried." in markdown
    assert "Take it. Then rest. Eat well." in markdown
    assert "Codeine 1 tablet" in markdown
    assert not any("table" in decision for decision in result.decisions)


def test_sentences_in_polish_and_urdu_inside_an_english_paragraph_are_each_tagged(tmp_path):
    """A TB leaflet gives its key sentences again in Polish and Urdu inside the English
    paragraph: the Urdu (ending in "۔", no capital after it) went untagged, the paragraph was
    flagged as no English, and every format read all of it as English."""
    text = (
        "Taking your TB tablets\n\nReference: LNW-TB-0044 Version 1\n\n"
        "Why you must take every dose\n"
        "You must take your TB tablets every day for 6 months. Musisz przyjmować tabletki "
        "codziennie przez 6 miesięcy. آپ کو 6 ماہ تک ہر روز اپنی گولیاں لینی ہیں۔ If you stop "
        "early, the TB can come back.\n"
    )
    result = _imported_text(tmp_path, "tb.txt", text, "LNW-TB-0044")
    markdown = result.markdown()
    assert (
        "You must take your TB tablets every day for 6 months. [Musisz przyjmować tabletki "
        "codziennie przez 6 miesięcy.]{lang=pl} [آپ کو 6 ماہ تک ہر روز اپنی گولیاں لینی "
        "ہیں۔]{lang=ur} If you stop early, the TB can come back."
    ) in markdown
    assert not [w for w in result.warnings if "does not read as English" in w]


def test_a_line_in_polish_is_tagged_and_one_in_no_english_flagged(tmp_path):
    """The leaflet's own Polish line was read by the English voice, garbled for the people it
    is for; a Welsh one (no format has Welsh yet) is flagged for a person to tag."""
    text = (
        "Lithium: your treatment\n\nLeaflet number: PHA-0158 Version 3\n\n"
        "Take your lithium at the same time each day.\n\n"
        "Mae'r daflen hon ar gael yn Gymraeg.\n\nTa ulotka jest dostępna w języku polskim.\n\n"
        "Do not take ibuprofen or naproxen unless a doctor says it is safe.\n"
    )
    result = _imported_text(tmp_path, "lithium.txt", text, "PHA-0158")
    markdown = result.markdown()
    assert "[Ta ulotka jest dostępna w języku polskim.]{lang=pl}" in markdown
    assert "\nDo not take ibuprofen or naproxen unless a doctor says it is safe.\n" in markdown
    flagged = [w for w in result.warnings if "does not read as English" in w]
    assert len(flagged) == 1 and "Mae'r daflen" in flagged[0]
    # Polish names are no line in Polish
    from pipeline.sources.importers.structure import _language_of

    assert _language_of("Dr Wojciech Kowalczyk, Dr Katarzyna Nowakowska") == ""
    # a Polish sentence inside an English paragraph is tagged alone, and a Welsh one flagged
    text = (
        "Your baby's movements\n\nLeaflet number: MAT-0231 Version 1\n\n"
        "This leaflet is available in Welsh. Jeśli potrzebujesz tłumacza, poproś położną o "
        "pomoc. Ask your midwife.\n\nCall us any time. Mae'r daflen hon ar gael yn Gymraeg.\n"
    )
    result = _imported_text(tmp_path, "movements.txt", text, "MAT-0231")
    assert (
        "This leaflet is available in Welsh. [Jeśli potrzebujesz tłumacza, poproś położną o "
        "pomoc.]{lang=pl} Ask your midwife." in result.markdown()
    )
    flagged = [w for w in result.warnings if "does not read as English" in w]
    assert len(flagged) == 1 and "Mae'r daflen" in flagged[0]


def test_a_word_divided_at_a_line_end_keeps_a_hyphen_between_two_words(tmp_path):
    """ "close-" / "fitting" had been joined as "closefitting", a word the voice made up;
    "exer-" / "cise" is still "exercise"."""
    text = (
        "Pelvic floor exercises\n\nLeaflet number: URO-0231 Version 3\n\n"
        "Bring a pack of pads and some close-\nfitting underwear with you to the appointment "
        "when your\ncatheter is removed. Do these exer-\ncises three times a day, lying down and "
        "sitting\nup, and build them up slowly over a few weeks.\n"
    )
    markdown = _imported_text(tmp_path, "pelvic.txt", text, "URO-0231").markdown()
    assert "close-fitting underwear" in markdown and "these exercises three" in markdown


_DIVIDED = (
    "Self-care after your operation\n\nLeaflet number: SUR-0518 Version 2\n\n"
    "There are many self-\nhelp groups near you. Come to your follow-\nup appointment in six "
    "weeks. You may need an x-\nray before then. For non-\nurgent questions, ring the ward. "
    "Take your pain-\nkillers regularly at first. It is usu-\nally fine to shower. We will "
    "ex-\nplain how to look after your wound. Keep taking your medi-\ncation as before.\n"
)
_DIVIDED_KEPT = ("self-help groups", "follow-up appointment", "an x-ray before", "non-urgent")
_DIVIDED_JOINED = ("painkillers regularly", "usually fine", "explain how", "medication as")


def test_a_compound_divided_at_its_own_hyphen_keeps_it(tmp_path):
    """ "self-" / "help" at a line's end had become "selfhelp", "follow-" / "up" "followup"
    and "x-" / "ray" "xray" (the joined words are in the word list as rare misspellings): a
    hyphen between two words whose joining is no common word is the compound's own. A word
    divided for the line ("usu-" / "ally", "ex-" / "plain") is still made whole."""
    markdown = _imported_text(tmp_path, "care.txt", _DIVIDED, "SUR-0518").markdown()
    for kept in _DIVIDED_KEPT:
        assert kept in markdown, kept
    for joined in _DIVIDED_JOINED:
        assert joined in markdown, joined


def test_a_compound_divided_at_a_pdfs_line_end_keeps_its_hyphen(tmp_path):
    """The same from a PDF whose lines end where the text file's do."""
    import weasyprint

    title, _, rest = _DIVIDED.partition("\n\n")
    details, _, text = rest.partition("\n\n")
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        f"</style></head><body><h1>{title}</h1><p>{details}</p>"
        f"<p>{text.strip().replace(chr(10), '<br>')}</p></body></html>"
    )
    path = tmp_path / "care.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    for kept in _DIVIDED_KEPT:
        assert kept in markdown, (kept, markdown)
    for joined in _DIVIDED_JOINED:
        assert joined in markdown, (joined, markdown)



def test_a_word_divided_at_a_line_end_is_spelled_as_the_leaflet_spells_it_elsewhere(tmp_path):
    """ "night-" / "time" had become "nighttime" and "re-" / "admission" "readmission" where
    the leaflet writes "night-time" and "re-admission" on other lines; "ultra-" / "sound" of a
    leaflet that writes "ultrasound" is made whole. The leaflet's own spelling decides first."""
    text = (
        "Going home after your baby is born\n\nLeaflet number: MAT-0412 Version 2\n\n"
        "Your night-time feeds will settle into a pattern. Some babies wake every two hours at "
        "night-\ntime for the first weeks. Most babies have a scan at 20 weeks. If your baby "
        "needs another ultra-\nsound scan, the midwife will book it. The ultrasound room is on "
        "level 2.\n\nA re-admission to the ward is sometimes needed. Ring us if you are worried "
        "about re-\nadmission.\n"
    )
    markdown = _imported_text(tmp_path, "home.txt", text, "MAT-0412").markdown()
    assert "at night-time for" in markdown
    assert "another ultrasound scan" in markdown
    assert "about re-admission." in markdown
    assert "nighttime" not in markdown and "readmission" not in markdown


def test_a_word_divided_at_a_pdfs_line_end_is_spelled_as_the_leaflet_spells_it(tmp_path):
    """The same in a PDF: its lines are joined before the leaflet is read whole."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "</style></head><body><h1>Caring for your wound</h1><p>Change the dressing in the "
        "day, not at night-time. Do not change it at night-<br>time unless it is wet. A "
        "re-admission is rare. Ring us to avoid a re-<br>admission.</p></body></html>"
    )
    path = tmp_path / "wound.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {"number": "SUR-0101", "version": "1"}).markdown()
    assert "at night-time unless" in markdown and "avoid a re-admission." in markdown


def test_a_details_line_wrapped_before_its_year_is_one_line(tmp_path):
    """ "... | Next review: June" / "2027" at a PDF's foot: the year alone had been said at the
    end of the recording, "two thousand and twenty-seven", and the review date lost."""
    text = (
        "Going home after a heart attack\n\nRest for the first few days.\n\n"
        "Leaflet number: CAR-0217 | Version 4 | Last reviewed: June 2024 | Next review: June\n"
        "2027\n"
    )
    result = _imported_text(tmp_path, "cardiac.txt", text, "CAR-0217")
    assert result.front_matter["next_review"] == "2027-06"
    assert "2027" not in "\n".join(result.body)


def test_words_set_above_a_marked_title_are_dropped_with_a_warning(tmp_path):
    """A line of a title's length above the first heading underlined "====" had been dropped
    as a masthead with no warning: it was the leaflet's real title."""
    text = (
        "Anticoagulation Service\nGiving your blood-thinning injections at home\n\n"
        "WHAT ARE THESE INJECTIONS FOR?\n==============================\n\n"
        "They thin your blood.\n\nYOUR DOSE\n---------\n\nYour nurse will tell you.\n"
    )
    result = _imported_text(tmp_path, "lmwh.txt", text, "HAE-0231")
    assert any(
        "'Giving your blood-thinning injections at home', set above the title" in warning
        and "--title" in warning
        for warning in result.warnings
    )


def test_lines_a_writer_ended_without_a_stop_stay_apart_when_the_next_starts_a_sentence(
    tmp_path,
):
    """ "Text SHOUT to 85258 ..." / "NHS 111: press option 2 ..." / "If you are in immediate
    danger, call 999" had been one sentence: you text NHS 111, and the 999 line buried."""
    text = (
        "My safety plan\n\nLeaflet number: MH-0457 Version 1\n\n"
        "Other help, any time of day or night\n\n"
        "Samaritans: call 116 123 (free, 24 hours a day)\n"
        "Text SHOUT to 85258 for free, confidential text support\n"
        "NHS 111: press option 2 for mental health support\n"
        "If you are in immediate danger, call 999 or go to A&E.\n"
        "Keep this plan somewhere you can find it, and share it with people you trust so\n"
        "they know how to help.\n"
    )
    markdown = _imported_text(tmp_path, "plan.txt", text, "MH-0457").markdown()
    assert "\nText SHOUT to 85258 for free, confidential text support\n\n" in markdown
    assert "\nNHS 111: press option 2 for mental health support\n\n" in markdown
    assert "\nIf you are in immediate danger, call 999 or go to A&E.\n" in markdown


def test_a_step_over_its_own_numbered_blanks_is_a_heading(tmp_path):
    """ "Step 2: Things I can do to help myself" over "1. ____" had been item 2 of a list
    numbered "2, 1, 2, 3, 3", its blanks under Step 1 and no chapter of its own."""
    text = (
        "My safety plan\n\nLeaflet number: MH-0457 Version 1\n\n"
        "Step 1: My warning signs\n____________________\n\n"
        "Step 2: Things I can do to help myself\n1. ____________\n2. ____________\n"
        "3. ____________\n\n"
        "Step 3: Places and people that help me take my mind off things\n"
        "Place: ____________\n\nStep 4: People I can call\nName ________ Phone ________\n"
    )
    markdown = _imported_text(tmp_path, "plan.txt", text, "MH-0457").markdown()
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Step 1: My warning signs",
        "## Step 2: Things I can do to help myself",
        "## Step 3: Places and people that help me take my mind off things",
        "## Step 4: People I can call",
    ]


def test_a_name_of_capitals_joined_by_a_hyphen_is_kept_in_a_heading(tmp_path):
    """ "WHAT IS FEC-T?" had been "What is FEC-t?", said "F E C-t"."""
    text = (
        "Your chemotherapy\n\nLeaflet number: ONC-0231 Version 1\n\nWHAT IS FEC-T?\n\n"
        "FEC-T is a combination of four chemotherapy drugs.\n\nHOW IS FEC-T GIVEN?\n\n"
        "You have FEC-T through a drip into a vein.\n"
    )
    markdown = _imported_text(tmp_path, "fect.txt", text, "ONC-0231").markdown()
    assert "## What is FEC-T?" in markdown and "## How is FEC-T given?" in markdown


def test_items_numbered_in_roman_numerals_are_a_list_under_their_heading(tmp_path):
    """ "Needles" over "i. Use a new needle ..." / "ii. Do not reuse needles." had been one
    paragraph, "Needles i. Use a new needle ... ii. Do not ...", the heading lost."""
    text = (
        "Using your insulin pen\n\nLeaflet number: DIA-0088 Version 1\n\nWhere to inject\n"
        "Use your tummy or the front of your thighs.\n\nNeedles\n"
        "i. Use a new needle every time you inject.\nii. Do not reuse needles.\n"
        "iii. Never share your pen with anyone else.\n\nStoring your insulin\n"
        "Store unopened pens in the fridge.\n"
    )
    markdown = _imported_text(tmp_path, "pen.txt", text, "DIA-0088").markdown()
    assert (
        "## Needles\n\n- (i) Use a new needle every time you inject.\n- (ii) Do not reuse "
        "needles.\n- (iii) Never share your pen with anyone else.\n"
    ) in markdown


def test_a_warning_in_capitals_wrapped_over_two_lines_is_no_heading(tmp_path):
    """ "DO NOT STOP TAKING APIXABAN UNLESS YOUR DOCTOR TELLS YOU TO. STOPPING" / "SUDDENLY CAN
    CAUSE A STROKE." had been a chapter named "... tells you to. stopping", the warning cut in
    two and the next section's list under it."""
    text = (
        "Taking apixaban\n\nLeaflet number: HAE-0442 Version 1\n\nSide effects\n\n"
        "The most common side effect is bleeding. Minor bleeding, such as nosebleeds\n"
        "or bleeding gums, affects about 1 in 10 people. Serious bleeding affects\n"
        "about 1 in 100 people.\n\n"
        "DO NOT STOP TAKING APIXABAN UNLESS YOUR DOCTOR TELLS YOU TO. STOPPING\n"
        "SUDDENLY CAN CAUSE A STROKE.\n\nGo to A&E if you:\n- vomit blood\n"
    )
    markdown = _imported_text(tmp_path, "apixaban.txt", text, "HAE-0442").markdown()
    assert "\n## Do not stop" not in markdown
    assert "your doctor tells you to. Stopping suddenly can cause a stroke.**" in markdown


def test_a_word_heading_under_a_bullet_with_no_stop_is_still_a_heading(tmp_path):
    """A Heading 1 "Questions and answers" under "• fluid leaking from where the needle went
    in" had been joined to the bullet (its last word "in" could not end a heading): no chapter
    for the questions, and "went in Questions and answers" said."""
    import docx as word

    document = word.Document()
    document.add_heading("Lumbar puncture: aftercare", level=0)
    document.add_paragraph("Leaflet number: NEU-0221 Version 1")
    document.add_heading("When to get help", level=1)
    document.add_paragraph("Call us if you have:")
    document.add_paragraph("numbness or weakness in your legs", style="List Bullet")
    document.add_paragraph("fluid leaking from where the needle went in", style="List Bullet")
    document.add_heading("Questions and answers", level=1)
    document.add_paragraph("Most people feel only pressure.")
    path = tmp_path / "lp.docx"
    document.save(path)
    markdown = import_file(path, {"department": "Neurology"}).markdown()
    assert "- fluid leaking from where the needle went in\n\n## Questions and answers" in markdown


@pytest.mark.parametrize("pages", [2, 3])
def test_a_running_head_by_a_text_exports_page_numbers_is_dropped(tmp_path, pages):
    """A text exported from a printed leaflet: "Page 1 of 3" at each page's foot and the
    running head "Warfarin - Anticoagulation Clinic" at the next one's top. The head had been
    a line of the text at every page break, read out between a section's sentences; a section
    whose heading begins with the title ("Warfarin and alcohol") stays."""
    sections = [
        ("How to take it", "Take your warfarin at the same time every day, usually at 6pm."),
        ("Warfarin and alcohol", "Do not drink more than 14 units of alcohol a week."),
        ("Other medicines", "Do not take aspirin or ibuprofen unless a doctor tells you to."),
    ][:pages]
    text = "Warfarin\nAnticoagulation Clinic\n\n"
    for number, (heading, sentence) in enumerate(sections, 1):
        if number > 1:
            text += "Warfarin - Anticoagulation Clinic\n\n"
        text += f"{heading}\n\n{sentence}\n\nPage {number} of {pages}\n\n"
    result = _imported_text(tmp_path, "warfarin.txt", text, "ACC-0101")
    markdown = result.markdown()
    assert "Warfarin - Anticoagulation Clinic" not in markdown, markdown
    assert "## Warfarin and alcohol\n\nDo not drink more than 14 units" in markdown, markdown
    assert "Page 1" not in markdown
    assert any("running head" in said for said in result.decisions), result.decisions


@pytest.mark.parametrize(("head", "foot"), [
    ("Surgical Day Unit | UHL", "Page {n} | SUR-0420"),
    ("| UHL", "Page {n}"),
    ("Surgical Day Unit", "{n}"),
    ("Caring for your wound after surgery", "Page {n} of 3"),
])
def test_a_text_exports_running_head_and_foot_at_its_form_feeds_are_dropped(
    tmp_path, head, foot
):
    """Text copied out of a three-page PDF keeps each page's running head and foot at its form
    feeds: "Surgical Day Unit | UHL" had come in as "Surgical Day Unit; UHL" between the
    sections (and "| UHL" as "UHL", "Page 2 | SUR-0420" as "Page 2; SUR-0420"), as did a head
    without bars over a bare page number. They are dropped, each said once; the department
    under the title and the reference stay read; "Call 999 in an emergency." said on two
    pages, at a page's foot, stays both times, and so do a ward's hours with bars said twice
    within the pages."""
    pages = [
        "Caring for your wound after surgery\nSurgical Day Unit\n"
        "Leaflet number: SUR-0420 Version: 2\n\nKeeping your wound dry\n\n"
        "Keep your dressing clean and dry for 48 hours after your operation.\n\n"
        "Call 999 in an emergency.",
        "Having a shower\n\nAfter 48 hours you may shower. Pat the wound dry with a clean "
        "towel.\n\nKeep the wound clean with plain water.\n\n"
        "Ward 7 | Monday to Friday | 8am to 6pm\n\nDo not use a bath until the "
        "wound has healed.\n\nDo not put cream or talc on the wound.\n\n"
        "Call 999 in an emergency.",
        "When to get help\n\nCall the ward on 01632 960 123 if your wound becomes red, hot or "
        "swollen.\n\nWard 7 | Monday to Friday | 8am to 6pm\n\nAt other times, call NHS 111."
        "\n\nIf you have a dressing clinic appointment, bring this leaflet with you.\n\n"
        "Next review: July 2027",
    ]
    text = "\f".join(
        (f"{head}\n\n" if n > 1 else "") + f"{page}\n\n{foot.format(n=n)}\n"
        for n, page in enumerate(pages, 1)
    )
    result = _imported_text(tmp_path, "wound.txt", text, "SUR-0420")
    assert result.front_matter["title"] == "Caring for your wound after surgery"
    assert result.front_matter["department"] == "Surgical Day Unit"
    assert result.body == [
        "## Keeping your wound dry",
        "Keep your dressing clean and dry for 48 hours after your operation.",
        "Call 999 in an emergency.",
        "## Having a shower",
        "After 48 hours you may shower. Pat the wound dry with a clean towel.",
        "Keep the wound clean with plain water.",
        "Ward 7; Monday to Friday; 8am to 6pm",
        "Do not use a bath until the wound has healed.",
        "Do not put cream or talc on the wound.",
        "Call 999 in an emergency.",
        "## When to get help",
        "Call the ward on 01632 960 123 if your wound becomes red, hot or swollen.",
        "Ward 7; Monday to Friday; 8am to 6pm",
        "At other times, call NHS 111.",
        "If you have a dressing clinic appointment, bring this leaflet with you.",
    ], result.body
    dropped = [said for said in result.decisions if f"dropped {head!r}" in said]
    assert len(dropped) == 1, result.decisions


_OWN_LINES_BY_PAGE_NUMBERS = [
    ("Ward 7 | Monday to Friday | 8am to 6pm", "8am to 6pm"),
    ("Ward 7: Monday to Friday, 8am to 6pm", "Ward 7: Monday to Friday, 8am to 6pm"),
    ("Dressing clinic: 01632 960 123", "Dressing clinic: 01632 960 123"),
    ("Email: wound.clinic@example.nhs.uk", "wound.clinic@example.nhs.uk"),
    ("Keep the wound dry - no baths or swimming", "no baths or swimming"),
    ("• no baths or swimming", "no baths or swimming"),
]


def _pages_with_a_line_by_each_number(line: str) -> list[str]:
    """A two-page leaflet exported as text, `line` just over each page's number and the
    running head "Caring for your wound - Surgical Day Unit" under the first."""
    return [
        "Caring for your wound", "Surgical Day Unit", "", "Keeping your wound dry", "",
        "Keep your dressing clean and dry for 48 hours after your operation.", "",
        "Contact the ward", "", line, "", "Page 1 of 2",
        "Caring for your wound - Surgical Day Unit", "", "When to get help", "",
        "Call the ward if your wound becomes red, hot or swollen.", "", line, "",
        "Page 2 of 2",
    ]


@pytest.mark.parametrize(("line", "kept"), _OWN_LINES_BY_PAGE_NUMBERS)
def test_a_leaflets_own_line_by_two_page_numbers_is_no_running_head(tmp_path, line, kept):
    """A text export whose pages each end on the ward's hours, a phone number, an e-mail
    address or a rule, just over "Page 1 of 2" and "Page 2 of 2": the line, repeated by the
    page numbers, had been dropped as a running head both times, the ward's hours lost. A
    running head says only what the leaflet's head, details or trust say; this line is the
    leaflet's own and stays both times, while the true head goes, said so."""
    text = "\n".join(_pages_with_a_line_by_each_number(line)) + "\n"
    result = _imported_text(tmp_path, "wound.txt", text, "SUR-0420")
    assert sum(kept in block for block in result.body) == 2, result.body
    assert not [block for block in result.body if "Page" in block or " - Surgical" in block]
    assert [said for said in result.decisions if "running head" in said] == [
        "line 13: dropped the running head 'Caring for your wound - Surgical Day Unit' by its "
        "page's number"
    ], result.decisions


@pytest.mark.parametrize(("line", "kept"), _OWN_LINES_BY_PAGE_NUMBERS[:3])
def test_a_word_files_own_line_by_two_typed_page_numbers_stays(tmp_path, line, kept):
    """A Word file saved from a PDF keeps its typed page numbers as paragraphs ("Page 1 of
    2"), and the ward's hours or phone number just over each: they had been dropped as a
    running head, as in a text export."""
    import docx as word

    document = word.Document()
    for paragraph in _pages_with_a_line_by_each_number(line):
        if paragraph:
            document.add_paragraph(paragraph)
    document.save(path := tmp_path / "wound.docx")
    result = import_file(path, {"number": "SUR-0420", "version": "1"})
    assert sum(kept in block for block in result.body) == 2, result.body
    assert not [block for block in result.body if "Page" in block or " - Surgical" in block]
    assert any("dropped the running head 'Caring for your wound - Surgical Day Unit'" in said
               for said in result.decisions), result.decisions


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_leaflets_own_line_by_every_page_number_stays_and_is_flagged_once(tmp_path, kind):
    """A ward's footer, "Ward 7 | 01632 960 123", over each page's number in a text export
    or a Word file saved from a PDF: its phone number is the leaflet's own, so it stays each
    time, but it had come in three times with nothing said. A person is asked once, by the
    line, whether it is a running footer; the same words once by a number and once in the
    text are no footer and nothing is said."""
    footer = "Ward 7 | 01632 960 123"
    paragraphs = [
        "Caring for your wound", "Surgical Day Unit", "Keeping your wound dry",
        "Keep your dressing clean and dry for 48 hours after your operation.", footer,
        "Page 1 of 3", "Having a shower", "After 48 hours you may shower.", footer,
        "Page 2 of 3", "When to get help",
        "Call the ward if your wound becomes red, hot or swollen.", footer, "Page 3 of 3",
    ]
    once = [*paragraphs[:4], "Page 1 of 3", *paragraphs[6:8], footer, "Wash your hands.",
            *paragraphs[9:]]
    results = []
    for name, lines in (("footer", paragraphs), ("once", once)):
        if kind == "txt":
            path = tmp_path / f"{name}.txt"
            path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        else:
            import docx as word

            document = word.Document()
            for paragraph in lines:
                document.add_paragraph(paragraph)
            document.save(path := tmp_path / f"{name}.docx")
        results.append(import_file(path, {"number": "SUR-0420", "version": "1"}))
    flagged = [said for said in results[0].warnings if "repeats by each page's number" in said]
    assert sum("01632 960 123" in block for block in results[0].body) == 3, results[0].body
    assert len(flagged) == 1 and "'Ward 7 | 01632 960 123'" in flagged[0], results[0].warnings
    assert sum("01632 960 123" in block for block in results[1].body) == 2, results[1].body
    assert not [said for said in results[1].warnings if "repeats" in said], results[1].warnings


@pytest.mark.parametrize(("head", "found"), [
    ("Caring for your wound | Humber Teaching NHS Foundation Trust",
     {"organisation": "Humber Teaching NHS Foundation Trust"}),
    ("Caring for your wound - Humber Teaching NHS Foundation Trust",
     {"organisation": "Humber Teaching NHS Foundation Trust"}),
    ("Caring for your wound | Leaflet number: SUR-0420 | Review date: July 2027",
     {"number": "SUR-0420", "next_review": "2027-07"}),
])
def test_details_in_a_running_head_by_a_page_number_are_read(tmp_path, head, found):
    """A text export with the running head "Caring for your wound | Humber Teaching NHS
    Foundation Trust" under "Page 1 of 2": the head is dropped, and the trust's name, or the
    reference and review date, it gives had gone with it, never recorded and nothing said (a
    leaflet of another trust's announced as the running trust's). They are read once, as a
    form feed's running head's are, and never the title with them."""
    text = "\n".join([
        "Caring for your wound", "Surgical Day Unit", "", "Keeping your wound dry", "",
        "Keep your dressing clean and dry for 48 hours after your operation.", "",
        "Page 1 of 2", head, "", "When to get help", "",
        "Call the ward if your wound becomes red, hot or swollen.", "", "Page 2 of 2",
    ]) + "\n"
    path = tmp_path / "wound.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {"version": "1"})
    for key, value in found.items():
        assert result.front_matter.get(key) == value, result.front_matter
    assert result.front_matter["title"] == "Caring for your wound"
    assert result.body == [
        "## Keeping your wound dry",
        "Keep your dressing clean and dry for 48 hours after your operation.",
        "## When to get help",
        "Call the ward if your wound becomes red, hot or swollen.",
    ], result.body
    assert any(f"dropped the running head '{head[:40]}" in said
               for said in result.decisions), result.decisions


def test_a_word_files_title_by_each_typed_page_number_is_a_running_head(tmp_path):
    """A Word file saved from a PDF, its title typed again over each page under "Page 1 of
    3": a running head, dropped and said so, though its words are a line of the leaflet (the
    title, which stays)."""
    import docx as word

    document = word.Document()
    for paragraph in [
        "Caring for your wound", "Surgical Day Unit", "Keeping your wound dry",
        "Keep your dressing clean and dry for 48 hours after your operation.", "Page 1 of 3",
        "Caring for your wound", "Having a shower", "After 48 hours you may shower.",
        "Page 2 of 3", "Caring for your wound", "When to get help",
        "Call the ward if your wound becomes red, hot or swollen.", "Page 3 of 3",
    ]:
        document.add_paragraph(paragraph)
    document.save(path := tmp_path / "wound.docx")
    result = import_file(path, {"number": "SUR-0420", "version": "1"})
    assert result.front_matter["title"] == "Caring for your wound"
    assert "Caring for your wound" not in result.body, result.body
    assert len([said for said in result.decisions if "running head" in said]) == 2


def test_a_tables_header_repeated_over_the_next_page_is_no_running_line(tmp_path):
    """A dose record whose header a text export repeats over the next page's rows, a line
    with bars at a page's top said twice, is the table's header both times, never a running
    head left out (its rows would be figures under no column's name)."""
    text = (
        "Taking warfarin safely\nAnticoagulation Clinic\n\nLeaflet number: 2250 Version: 4\n\n"
        "Your doses\n\nWrite each dose in the table below.\n\nDate | INR | Dose (mg)\n"
        "12/01 | 2.4 | 5\n19/01 | 3.6 | 4\n\nPage 1\n\fDate | INR | Dose (mg)\n26/01 | 2.8 | 5\n\n"
        "Warning signs\n\nGo to your nearest Emergency Department straight away if you vomit "
        "blood.\n\nPage 2\n"
    )
    markdown = _imported_text(tmp_path, "warfarin.txt", text, "2250").markdown()
    assert markdown.count("| Date | INR | Dose (mg) |") == 2, markdown
    assert "| 26/01 | 2.8 | 5 |" in markdown, markdown


def test_a_word_in_a_heading_in_capitals_the_text_writes_small_is_a_word(tmp_path):
    """ "WHAT IS A HYPO?" had become "What is a HYPO?" (a short rare word taken for an
    abbreviation), said "H Y P O", though the text writes "A hypo (hypoglycaemia) is ..."."""
    text = (
        "TREATING A HYPO\n\nLeaflet number: DIA-0301 Version 1\n\nWHAT IS A HYPO?\n"
        "A hypo (hypoglycaemia) is when your blood glucose falls below 4mmol/L.\n\n"
        "SIGNS OF A HYPO AND WHAT TO DO ABOUT VTE\nYou may feel shaky.\n"
    )
    markdown = _imported_text(
        tmp_path, "hypo.txt", "From: Diabetes Nurses\nSent: 12 March 2025 09:14\n"
        "Subject: hypo leaflet final text\n\n" + text, "DIA-0301"
    ).markdown()
    assert "title: Treating a hypo" in markdown and "## What is a hypo?" in markdown
    assert "Subject" not in markdown and "Sent" not in markdown
    assert "## Signs of a hypo and what to do about VTE" in markdown


def test_a_letter_to_a_patient_is_titled_by_its_subject_and_names_no_patient(tmp_path):
    """A clinic's e-mailed letter ("To: R Patel", "Dear Mr Patel,") had the greeting for its
    title, and so the patient's name in the source file's name; the report quoted "To: R
    Patel"."""
    text = (
        "From: Marsh Helen (Kingsmead Hospital) <helen.marsh@nhs.net>\nSent: 14 October 2025 "
        "16:42\nTo: R Patel\nSubject: RE: Your exercise test and new medicines\n\n"
        "Dear Mr Patel,\n\nThank you for coming to the Chest Pain Clinic today. Here is some "
        "written information about your exercise test.\n\nIf you have chest pain, call 999 "
        "immediately.\n\nWith best wishes,\n\nSister Helen Marsh\n"
    )
    result = _imported_text(tmp_path, "letter.txt", text, "CAR-0311")
    assert result.front_matter["title"] == "Your exercise test and new medicines"
    assert "patel" not in result.file_name.lower()
    assert "Patel" not in result.markdown()
    assert not any("Patel" in said for said in [*result.decisions, *result.warnings])


def test_a_leaflet_forwarded_by_e_mail_leaves_the_covering_note_and_sign_off_behind(tmp_path):
    """A leaflet pasted into an e-mail forwarded to the information team: the sender's note
    ("Hi team, please can you add this...") had been the title, "-----Original Message-----"
    a chapter, and "Kind regards" / "Sam Okafor" the leaflet's last words."""
    text = (
        "From: Paediatric Assessment Unit <pau.riverside@nhs.net>\nSent: 14 November 2025 "
        "10:12\nTo: Patient Information Team\nSubject: FW: Fever in children\n\n"
        "Hi team, please can you add this to the leaflet library. Thanks, Sam\n\n"
        "-----Original Message-----\n"
        "From: Ward 12 Sister\nSent: 02 November 2025 09:00\n\n"
        "Fever in children - caring for your child at home\n"
        "Children's Emergency Department\n\n"
        "A fever is a temperature of 38°C or above.\n\n"
        "Never give aspirin to a child under 16.\n\n"
        "Children's Emergency Department: 01632 960 550 (24 hours)\n\n"
        "Kind regards\n\nSam Okafor\nPlay Specialist\n"
    )
    result = _imported_text(tmp_path, "fever.txt", text, "PAU-0119")
    markdown = result.markdown()
    assert result.front_matter["title"] == "Fever in children - caring for your child at home"
    for gone in ("Hi team", "Original Message", "Ward 12 Sister", "Kind regards", "Sam Okafor"):
        assert gone not in markdown, gone
    assert markdown.rstrip().endswith("Children's Emergency Department: 01632 960 550 (24 hours)")


@pytest.mark.parametrize("headers", [
    "From: Sam Okafor <sam.okafor@riverside.nhs.uk>\nSent: 03 March 2026 10:14\n"
    "To: Equality Team\nSubject: RE: updated leaflet for printing\n\n",
    "",  # pasted without the e-mail's header lines
])
def test_an_e_mails_covering_note_and_signature_are_no_part_of_the_leaflet(tmp_path, headers):
    """A leaflet pasted from an e-mail kept the covering note ("Hi Sam," / "Please find below
    the updated leaflet ..." / "Kind regards," / "Jo") as its opening paragraphs, and the
    e-mail's subject was its title; "Sent from my iPhone" was its last line. The leaflet's own
    first line is the title, and the report says the note was dropped."""
    text = headers + (
        "Hi Sam,\n\nPlease find below the updated leaflet for the fracture clinic. Can you "
        "send it to the patient in large print by Friday?\n\nKind regards,\nJo\n\n"
        "Caring for your plaster cast\n\nFracture Clinic\n\n"
        "Your arm has been put in a plaster cast to hold the broken bone still while it "
        "heals.\n\nLooking after your cast\n\nKeep your cast dry. Do not put anything down "
        "the cast to scratch your skin.\n\nWhen to get help\n\nCome back to the Fracture "
        "Clinic straight away if your fingers go blue, cold or numb.\n\n"
        "Fracture Clinic: 01632 960 155 (Monday to Friday, 9am to 5pm)\n\n"
        "Kind regards,\nJo Bloggs\nPatient Information Officer\nRiverside Hospital\n"
        "Sent from my iPhone\n"
    )
    result = _imported_text(tmp_path, "cast.txt", text, "FRA-0102")
    markdown = result.markdown()
    assert result.front_matter["title"] == "Caring for your plaster cast", result.decisions
    for gone in ("Hi Sam", "Please find", "large print", "regards", "Jo", "iPhone", "Subject",
                 "updated leaflet", "Patient Information Officer"):
        assert gone not in markdown, gone
    assert "Keep your cast dry. Do not put anything down the cast" in markdown
    assert markdown.rstrip().endswith("(Monday to Friday, 9am to 5pm)")
    assert any("covering note" in said for said in result.decisions), result.decisions
    assert not any("Sam" in said for said in [*result.decisions, *result.warnings])


def test_a_covering_note_without_a_sign_off_is_dropped_only_when_it_points_to_the_leaflet(
    tmp_path,
):
    """ "Hello, / Here is the new leaflet text below. / <the leaflet>": the note goes; a
    letter's own opening ("Please read this before your test.") stays."""
    note = (
        "Hello,\n\nHere is the final leaflet text below, with the new phone number.\n\n"
        "Your blood test\n\nPlease do not eat for 12 hours before your test.\n\n"
        "You can drink water.\n\nPhlebotomy: 01632 960 200\n"
    )
    result = _imported_text(tmp_path, "blood.txt", note, "PHL-0003")
    assert result.front_matter["title"] == "Your blood test", result.decisions
    assert "final leaflet text" not in result.markdown()
    letter = (
        "Dear Mr Green,\n\nPlease read this before your test.\n\nYour blood test\n\n"
        "Please do not eat for 12 hours before your test.\n\nYou can drink water.\n\n"
        "Phlebotomy: 01632 960 200\n"
    )
    result = _imported_text(tmp_path, "letter.txt", letter, "PHL-0004")
    assert "Please read this before your test." in result.markdown()



_CAST = (
    "Caring for your plaster cast\n\nFracture Clinic\n\n"
    "Your arm has been put in a plaster cast to hold the broken bone still while it heals.\n\n"
    "Looking after your cast\n\nKeep your cast dry. Do not put anything down the cast to "
    "scratch your skin.\n\nFracture Clinic: 01632 960 155 (Monday to Friday, 9am to 5pm)\n"
)


@pytest.mark.parametrize("note", [
    "Please see the leaflet below.\nThanks, Jo\n\n",
    "Here is the updated leaflet for the large print copy. Let me know if anything is "
    "missing.\n\nMany thanks\nJo Bloggs\nPatient Experience Team\n\n",
    "The new version is attached below.\n\nBest wishes,\n\nJo\n\n",
])
def test_a_covering_note_with_no_greeting_over_the_leaflet_goes(tmp_path, note):
    """ "Please see the leaflet below." / "Thanks, Jo" over the leaflet's title, no greeting
    and no e-mail header lines, had been the title and first paragraph. A short note at the
    top that speaks of the leaflet and ends on a sign-off goes, and the report says so."""
    result = _imported_text(tmp_path, "cast.txt", note + _CAST, "FRA-0102")
    markdown = result.markdown()
    assert result.front_matter["title"] == "Caring for your plaster cast", result.decisions
    for gone in ("Please see", "updated leaflet", "attached", "Thanks", "Jo", "wishes"):
        assert gone not in markdown, gone
    assert "Your arm has been put in a plaster cast" in markdown
    assert any("covering note" in said for said in result.decisions), result.decisions


def test_lines_over_a_leaflet_that_may_be_a_note_are_kept_and_flagged(tmp_path):
    """A sentence at the top that speaks of the leaflet with no sign-off under it may be the
    leaflet's own opening: it is kept, and a person asked to look. A leaflet that opens with a
    sentence of its own is left alone."""
    result = _imported_text(
        tmp_path, "cast.txt", "Please see the leaflet below.\n\n" + _CAST, "FRA-0102"
    )
    assert "Please see the leaflet below." in result.markdown()
    assert any("covering note" in said and "Please see the leaflet below." in said
               for said in result.warnings), result.warnings
    opening = (
        "Thank you for reading this leaflet. It tells you how to look after your cast.\n\n"
        + _CAST
    )
    result = _imported_text(tmp_path, "cast.txt", opening, "FRA-0102")
    assert "Thank you for reading this leaflet." in result.markdown()


@pytest.mark.parametrize("note", [
    "Please see the leaflet below.", "Please find the updated leaflet attached",
    "The leaflet text is below.",
])
def test_a_kept_covering_note_is_never_the_title(tmp_path, note):
    """A covering note kept and flagged, "Please see the leaflet below." with no sign-off over
    the leaflet's title, had become the title, and the title a line of text: a sentence
    pointing to the leaflet below is no title, in a text file or a Word file."""
    result = _imported_text(tmp_path, "cast.txt", f"{note}\n\n{_CAST}", "FRA-0102")
    assert result.front_matter["title"] == "Caring for your plaster cast", result.decisions
    assert result.front_matter["department"] == "Fracture Clinic"
    assert result.body[0] == note, result.body
    assert any("covering note" in said and note in said for said in result.warnings)
    path = write_word(tmp_path / "cast.docx", [("text", note), *[
        ("text", paragraph) for paragraph in _CAST.strip().split("\n\n")
    ]])
    result = import_file(path, {"number": "FRA-0102", "version": "1"})
    assert result.front_matter["title"] == "Caring for your plaster cast", result.decisions
    assert result.body[0] == note, result.body


@pytest.mark.parametrize(("under_the_title", "department"), [
    (["Royal Example Infirmary"], None),
    (["Northern General Hospital", "Plastic Surgery Department"], "Plastic Surgery Department"),
    (["Plastic Surgery Department", "St Aldhelm's Hospital"], "Plastic Surgery Department"),
    (["Royal Example Infirmary – Ward 7"], "Royal Example Infirmary – Ward 7"),
    (["St Mary's Hospital, Maternity Unit"], "St Mary's Hospital, Maternity Unit"),
])
def test_a_hospitals_name_under_the_title_is_no_heading(tmp_path, under_the_title, department):
    """ "Royal Example Infirmary" on its own line under the title had been the leaflet's first
    heading, the opening paragraphs under it as if about the hospital. It stays a line, the
    department beside it is the department, and the first heading is the leaflet's own."""
    text = (
        "Caring for your wound at home\n" + "\n".join(under_the_title) + "\n\n"
        "You have had an operation and your wound was closed with stitches.\n\n"
        "Keeping the wound clean\n\nKeep the dressing on for 48 hours. Do not soak the wound "
        "in a bath until the stitches are out.\n"
    )
    result = _imported_text(tmp_path, "wound.txt", text, "PLA-0207")
    assert re.findall(r"(?m)^#+ .*", result.markdown()) == ["## Keeping the wound clean"]
    hospital = next((line for line in under_the_title if line != department), None)
    assert hospital is None or result.body[0] == hospital, result.body
    assert result.front_matter.get("department") == department
    import docx

    path = tmp_path / "wound.docx"
    document = docx.Document()
    document.add_paragraph("Caring for your wound at home", style="Title")
    for line in under_the_title:
        document.add_paragraph(line)
    document.add_paragraph("You have had an operation and your wound was closed with stitches.")
    document.add_paragraph("Keeping the wound clean", style="Heading 1")
    document.add_paragraph("Keep the dressing on for 48 hours.")
    document.save(path)
    markdown = import_file(path, {"number": "PLA-0207"}).markdown()
    assert re.findall(r"(?m)^#+ .*", markdown) == ["## Keeping the wound clean"], markdown


@pytest.mark.parametrize(("masthead", "department"), [
    ("Royal Example Infirmary – Ward 7", "Royal Example Infirmary – Ward 7"),
    ("Ward 7, Kingsbridge General Hospital", "Ward 7, Kingsbridge General Hospital"),
    ("St Mary's Hospital, Eastfield", None),
])
def test_a_hospitals_name_and_its_unit_over_the_title_are_no_title(tmp_path, masthead, department):
    """ "Royal Example Infirmary – Ward 7" over "Caring for your wound at home" had been the
    title, the real title a heading (a ward known by its number was no department's name):
    it is the department, as a hospital's name and a clinic's are; a hospital's name with its
    town over the title goes, as it does alone."""
    text = (
        f"{masthead}\nCaring for your wound at home\n\nYou have had an operation and your "
        "wound was closed with stitches.\n\nKeeping the wound clean\n\nKeep the dressing on "
        "for 48 hours.\n"
    )
    result = _imported_text(tmp_path, "wound.txt", text, "PLA-0207")
    assert result.front_matter["title"] == "Caring for your wound at home", result.decisions
    assert result.front_matter.get("department") == department
    assert re.findall(r"(?m)^#+ .*", result.markdown()) == ["## Keeping the wound clean"]


def test_an_appointments_date_and_time_in_a_letters_subject_are_no_part_of_its_title(tmp_path):
    """A typed letter's subject "Your lumbar puncture on Tuesday 14 April 2026 at 8.30am" was
    its title and its file's name: one patient's appointment, announced by every later patient's
    braille and audio. The title is the subject without them; the subject stays as the letter's
    first line with blanks for them, to fill in for each patient, and a person is told."""
    text = (
        "Endoscopy Unit\nLevel 2, Castle Wing\nHarbourside General Hospital\nQuay Road\n"
        "Harbourside\nHB2 4LN\nTel: 01632 960 731\n\nOur ref: END-0618 v1\n\n"
        "Dear Mr Ashworth,\n\n"
        "Your gastroscopy on Wednesday 6 May 2026 at 10.15am\n\n"
        "A gastroscopy is a test to look inside your food pipe and stomach with a thin tube. "
        "Please do not eat anything for 6 hours before your test.\n\n"
        "If you cannot come, please ring us at least 2 days before.\n\n"
        "Yours sincerely,\n\nEndoscopy Booking Team\n"
    )
    result = _imported_text(tmp_path, "gastro.txt", text, "END-0618")
    assert result.front_matter["title"] == "Your gastroscopy", result.decisions
    assert result.file_name == "end-0618-your-gastroscopy.md"
    markdown = result.markdown()
    for detail in ("6 May", "2026 at", "10.15", "Wednesday", "Ashworth"):
        assert detail not in markdown, detail
        assert not any(detail in said for said in [*result.decisions, *result.warnings]), detail
    # where the subject was: under the letterhead, over the letter
    subject = result.body.index("Tel: 01632 960 731") + 1
    assert result.body[subject] == (
        "Your gastroscopy on [appointment date]{.field} at [appointment time]{.field}"
    ), result.body
    assert result.body[subject + 1].startswith("A gastroscopy is a test")
    assert any(
        re.search(r"line 13: the date and time in the subject were left out of the title", w)
        for w in result.warnings
    ), result.warnings
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert leaflet.meta.title == "Your gastroscopy"
    assert field_labels(leaflet) == ["appointment date", "appointment time"]


@pytest.mark.parametrize(("title", "kept", "said"), [
    ("Your colonoscopy on Monday 3rd March at 2pm", "Your colonoscopy", "date and time"),
    ("MRI scan appointment – 14/04/2026, 09:15", "MRI scan appointment", "date and time"),
    ("Your appointment: Thursday 5 June 2025 at 10.45am", "Your appointment", "date and time"),
    ("Pre-assessment clinic, 3 March 2026 (14:30)", "Pre-assessment clinic", "date and time"),
    ("Your cystoscopy at 7.30am on Wed 2 April", "Your cystoscopy", "date and time"),
    ("Bone density scan on 14.04.26 at 08:30", "Bone density scan", "date and time"),
    ("Your echocardiogram on the 14th of April 2026", "Your echocardiogram", "date"),
    ("Flexible sigmoidoscopy - Tues 14th Apr 2026 at 9 a.m.", "Flexible sigmoidoscopy",
     "date and time"),
    ("Your hearing test on Friday at 11am", "Your hearing test", "date and time"),
    ("Your blood test on 2026-04-14", "Your blood test", "date"),
    ("Your scan on April 14th, 2026", "Your scan", "date"),
    ("Your allergy clinic appointment at 2.30pm", "Your allergy clinic appointment", "time"),
    ("Your colonoscopy – Tuesday at 2pm", "Your colonoscopy", "date and time"),
    ("Your pre-operative check on 14-Apr-2026", "Your pre-operative check", "date"),
    ("Eye clinic (Thursday 5 March) for your new glasses", "Eye clinic for your new glasses",
     "date"),
])
def test_a_date_or_time_in_any_uk_form_leaves_the_title(tmp_path, title, kept, said):
    text = (
        f"{title}\nAllergy and Imaging Services\n\nLeaflet number: AIS-0099 Version 1\n\n"
        "Please arrive 15 minutes early and bring a list of your medicines.\n"
    )
    result = _imported_text(tmp_path, "appointment.txt", text, "AIS-0099")
    assert result.front_matter["title"] == kept, result.decisions
    assert not re.search(r"\d", result.file_name.removeprefix("ais-0099-")), result.file_name
    were = "were" if " and " in said else "was"
    assert any(
        f"line 1: the {said} in the title line {were} left out of the title" in w
        for w in result.warnings
    ), result.warnings
    assert "{.field}" in result.body[0], result.body


@pytest.mark.parametrize("title", [
    "Type 2 diabetes and Ramadan",
    "The 6-2-0 rule before your operation",
    "Flu vaccination 2025/26",
    "24 hour urine collection",
    "Sun safety after skin cancer",
    "Changes to visiting from 1 April 2026",
    "Morning appointments (before 12 noon)",
    "Your first 2 weeks at home",
    "May I take my tablets before my scan?",
    "Midday meals in hospital",
    "Bowel preparation for afternoon appointments",
])
def test_a_title_with_figures_but_no_appointment_keeps_them(tmp_path, title):
    text = (
        f"{title}\nDiabetes and Endocrinology\n\nLeaflet number: DIA-0512 Version 1\n\n"
        "Please speak to your nurse if you have any questions.\n"
    )
    result = _imported_text(tmp_path, "leaflet.txt", text, "DIA-0512")
    assert result.front_matter["title"] == title, result.decisions
    assert not any("left out of the title" in w for w in result.warnings)


def test_times_and_dates_for_everyone_are_no_appointment():
    """A range is opening hours or a rule, and a leaflet's own date is its review's."""
    for text in (
        "Morning drop-in sessions (Mon–Fri 8.30am–12.30pm)",
        "Monday-Friday 8am-4pm (answerphone out of hours)",
        "Morning operations (admission time 07:00–07:30)",
        "No earlier than 10pm",
        "Last updated 3 June 2024",
        "Visiting hours 2pm to 8pm",
    ):
        assert appointment_in(text) is None, text


def test_an_appointment_in_a_word_letters_bold_subject_leaves_the_title(tmp_path):
    """A letter in Word, its subject in bold under the greeting, gives its date and time alike
    (and an e-mailed letter's subject line is the same)."""
    path = write_word(tmp_path / "letter.docx", [
        ("header", "Audiology Department"),
        ("footer", "AUD-0310 Version 2"),
        ("para", "Audiology Department"), ("para", "Riverside General Hospital"),
        ("para", "Mill Lane"), ("para", "RV4 2QT"),
        ("para", "Dear Miss Kowalska,"),
        ("bold", "Re: Hearing aid fitting – Thursday 21st May 2026, 2.45pm"),
        ("para", "Your hearing aids are ready to be fitted. The fitting takes about an hour."),
        ("para", "Yours sincerely,"),
        ("para", "Audiology Team"),
    ])
    result = import_file(path, {})
    assert result.front_matter["title"] == "Hearing aid fitting", result.decisions
    assert "21" not in result.file_name and "2026" not in result.file_name
    assert "May 2026" not in result.markdown() and "2.45" not in result.markdown()
    assert any("left out of the title" in w for w in result.warnings), result.warnings
    text = (
        "From: Fracture Clinic <fracture.clinic@nhs.net>\nSent: 3 March 2026 09:12\n"
        "To: J Brown\nSubject: Your fracture clinic appointment on 10/03/2026 at 09:40\n\n"
        "Dear Jo,\n\nPlease bring your sling and a list of your medicines.\n\n"
        "Fracture Clinic: 01632 960 155\n"
    )
    result = _imported_text(tmp_path, "email.txt", text, "FRA-0021")
    assert result.front_matter["title"] == "Your fracture clinic appointment", result.decisions
    assert "10/03/2026" not in result.markdown() and "09:40" not in result.markdown()


def test_a_date_in_a_letters_text_is_flagged_as_maybe_one_patients(tmp_path):
    """The lumbar puncture letter also said "If you have not heard by 26 May 2026": one patient's
    date, said to every later patient who asks for braille or audio. The importer cannot tell
    it from a date for everyone, so it names the line for a person; a leaflet's own dates (its
    review) and a date in a leaflet that is no letter are not flagged."""
    text = (
        "Respiratory Physiology\nLevel 1, Outpatients\nHarbourside General Hospital\n"
        "Quay Road\nHarbourside\nHB2 4LN\n\nDear Ms Lindqvist,\n\n"
        "Your breathing tests\n\n"
        "Please do not use your blue inhaler for 4 hours before the tests.\n\n"
        "If you have not had your results by Friday 19 June 2026, please ring us on "
        "01632 960 744.\n\nYours sincerely,\n\nRespiratory Physiology Team\n\n"
        "Leaflet RES-0802 version 1. Last reviewed 3 March 2026. Next review March 2029.\n"
    )
    result = _imported_text(tmp_path, "lung.txt", text, "RES-0802")
    flagged = [w for w in result.warnings if "may be one patient's own" in w]
    assert len(flagged) == 1 and "line 14:" in flagged[0], result.warnings
    assert "19 June" not in flagged[0]
    text = (
        "Changes to our clinics\nRespiratory Physiology\n\n"
        "Leaflet number: RES-0803 Version 1\n\n"
        "From 1 April 2026 the Tuesday clinic moves to Level 2.\n"
    )
    result = _imported_text(tmp_path, "clinics.txt", text, "RES-0803")
    assert not any("may be one patient's own" in w for w in result.warnings), result.warnings


def test_a_line_to_cut_along_is_said_in_words(tmp_path):
    """ "✂ - - - - - - -" over a letter's reply slip was brailled "[black scissors] – - – -",
    failing the braille check, and said "black scissors" by the audio."""
    text = (
        "Starting methotrexate\n\nLeaflet number: RHE-0522 Version 1\n\n"
        "Please fill in the reply slip below and send it back to us.\n\n"
        "\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - -\n\n"
        "- - - - - - - cut here - - - - - - -\n\n"
        "Reply slip\n\nName: ______________\n"
    )
    result = _imported_text(tmp_path, "letter.txt", text, "RHE-0522")
    markdown = result.markdown()
    assert markdown.count("\nCut here.\n") == 2, markdown
    assert "\u2702" not in markdown and "- - -" not in markdown


def test_a_note_under_a_word_table_goes_into_the_cell_its_mark_is_in(tmp_path):
    """ "Furosemide*" in a discharge medicines table, "* Take your second furosemide dose no
    later than 2pm ..." under it: the import said the note was put where its mark is, but the
    row's cells were left as they were, and the note was in no format."""
    path = write_word(tmp_path / "discharge.docx", [
        ("title", "Your medicines after discharge"),
        ("para", "Cardiology Ward 32"),
        ("para", "Leaflet number: CARD-0219 Version: 1"),
        ("heading", "Your medicines list"),
        ("table", [
            ["Medicine", "Dose", "When", "Changes"],
            ["Bisoprolol", "2.5mg", "Morning", "Dose reduced"],
            ["Furosemide*", "40mg", "Morning and lunchtime", "NEW"],
            ["Warfarin\u2020", "As per yellow book", "6pm", "STOPPED"],
        ]),
        ("para", "* Take your second furosemide dose no later than 2pm, or you may need to pass "
                 "urine in the night."),
        ("para", "\u2020 Do not take warfarin and apixaban together."),
        ("heading", "Contact us"),
        ("para", "Ward 32: 0116 258 3532"),
    ])
    leaflet, _ = imported(path.name, tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    rows = {plain_text(row[0]).split(" (")[0]: [plain_text(c) for c in row] for row in table.rows}
    assert rows["Furosemide"][0] == (
        "Furosemide (take your second furosemide dose no later than 2pm, or you may need to pass "
        "urine in the night)"
    )
    assert rows["Warfarin"][0] == "Warfarin (do not take warfarin and apixaban together)"
    assert "*" not in body_text(leaflet) and "\u2020" not in body_text(leaflet)


def test_a_letter_under_its_letterhead_is_titled_by_its_subject_and_signed_off_in_lines(
    tmp_path,
):
    """A clinic's letter in Word: the unit's name and address over "Dear Ms Okafor,", a bold
    subject, the letter, "Yours sincerely," over the doctor's name and post, and a reply slip.
    The unit's name had been the title, the greeting left in, the doctor's post a chapter, and
    "Please tick one box:" a blank to fill in."""
    path = write_word(tmp_path / "letter.docx", [
        ("header", "Rheumatology Department"),
        ("footer", "RHE-0522 Version 1"),
        ("para", "Rheumatology Day Unit"), ("para", "Riverside General Hospital"),
        ("para", "Mill Lane"), ("para", "RV4 2QT"),
        ("para", "Date: ____________"),
        ("para", "Dear Ms Okafor,"),
        ("bold", "Starting methotrexate: your first blood tests"),
        ("para", "Methotrexate is taken once a week, on the same day each week."),
        ("bold", "Never take methotrexate every day."),
        ("para", "Please fill in the reply slip below and send it back to us."),
        ("para", "Yours sincerely,"),
        ("para", "Dr Aisha Rahman"),
        ("para", "Consultant Rheumatologist"),
        ("para", "Rheumatology Advice Line: 01632 960 412 (Monday to Friday, 9am to 12 noon)"),
        ("bold", "Reply slip"),
        ("para", "Hospital number: ______________"),
        ("para", "Please tick one box:"),
        ("para", "\u2610 I would like my blood tests at the hospital."),
        ("para", "\u2610 I would like my blood tests at my GP surgery."),
        ("para", "Signed: ______________________"),
    ])
    result = import_file(path, {})
    leaflet, _ = imported(path.name, tmp_path)
    assert result.front_matter["title"] == "Starting methotrexate: your first blood tests"
    assert "okafor" not in result.file_name.lower() and "Okafor" not in result.markdown()
    assert headings(leaflet) == ["Reply slip"]
    body = result.markdown().split("---", 2)[2]
    assert "Yours sincerely,\n\nDr Aisha Rahman\n\nConsultant Rheumatologist" in body
    assert "\nPlease tick one box:\n" in body
    assert field_labels(leaflet) == ["Date:", "Hospital number:", "Signed:"]


def test_an_address_written_a_line_each_in_word_is_no_heading(tmp_path):
    """ "The Willows Centre" / "41 Gipsy Lane" / "Leicester" / "LE5 0TD", each a Word paragraph:
    the town had been a heading, a chapter of the recording holding the postcode."""
    path = write_word(tmp_path / "crisis.docx", [
        ("title", "Getting help in a crisis"),
        ("para", "Community Mental Health Team"),
        ("para", "Leaflet number: CMH-0217 Version: 1"),
        ("heading", "Your care team"),
        ("para", "Call the duty worker on 0116 295 4000, Monday to Friday, 9am to 5pm."),
        ("heading", "Where to find us"),
        ("para", "41 Gipsy Lane"), ("para", "Leicester"), ("para", "LE5 0TD"),
        ("para", "Community Mental Health Services"), ("para", "The Willows Centre"),
        ("para", "12 Elm Road"), ("para", "Leicester"), ("para", "LE2 7QT"),
        ("para", "Parking is free. The number 22 bus stops outside."),
        ("heading", "Comments and complaints"),
        ("para", "Please talk to a member of your team first."),
    ])
    leaflet, _ = imported(path.name, tmp_path)
    assert headings(leaflet) == ["Your care team", "Where to find us", "Comments and complaints"]


def test_a_title_said_again_in_brackets_and_the_lines_under_it_are_the_leaflets_details(
    tmp_path,
):
    """ "(keyhole gallbladder removal)" under the title, and "General Surgery - Day Case Unit"
    under that, had been the first paragraphs of the body (a chapter "Introduction" of the
    recording), the department missing; "Information for service users, families and carers"
    had been a paragraph too."""
    text = (
        "Going home after laparoscopic cholecystectomy\n(keyhole gallbladder removal)\n\n"
        "General Surgery - Day Case Unit\nInformation for service users, families and carers"
        "\n\nLeaflet number: GS-0148   Version: 4\n\n1. What is a cholecystectomy?\n\n"
        "An operation to remove your gallbladder.\n"
    )
    result = _imported_text(tmp_path, "lapchole.txt", text, "GS-0148")
    front = result.front_matter
    assert front["title"] == (
        "Going home after laparoscopic cholecystectomy (keyhole gallbladder removal)"
    )
    assert front["department"] == "General Surgery - Day Case Unit"
    assert front["audience"] == "Information for service users, families and carers"
    assert result.markdown().split("---\n")[-1].lstrip().startswith("## 1. What is")


def test_a_blanks_unit_with_an_s_in_brackets_is_the_plural(tmp_path):
    """ "Maximum in 24 hours: ____ dose(s)" had been the field "dose" and "(s)" after it, said
    "the number of dose your care team gives you (s)"."""
    text = (
        "Buccal midazolam\n\nLeaflet number: PAED-0419 Version 1\n\nHow much to give\n\n"
        "Maximum in 24 hours: ____ dose(s)\n"
    )
    markdown = _imported_text(tmp_path, "midazolam.txt", text, "PAED-0419").markdown()
    assert "Maximum in 24 hours: [doses]{.field}\n" in markdown


def test_a_step_heading_under_a_form_row_is_a_heading(tmp_path):
    """ "Step 4: If I need help now" under "... I can call: Name ____ Phone ____" had been taken
    into the crisis numbers' list ("Number four: If I need help now. Number one: Call ..."),
    no chapter to reach them by."""
    text = (
        "My crisis plan\n\nLeaflet number: CMHT-0908 Version 1\n\n"
        "Step 3: People I can contact\nMy care coordinator is Sam.\n"
        "A friend or family member I can call: Name ____ Phone ____\n"
        "Step 4: If I need help now\n1) Call the crisis line on 0800 183 1485.\n"
        "2) Call NHS 111 and choose option 2 for mental health.\n"
    )
    markdown = _imported_text(tmp_path, "plan.txt", text, "CMHT-0908").markdown()
    assert "## Step 4: If I need help now\n\n1. Call the crisis line" in markdown


def test_a_sentence_between_two_bullets_belongs_to_the_first(tmp_path):
    """ "• Difflam ... every 1½ to 3 hours as needed." / "Do not use it for more than 7 days
    unless your doctor says so." / "• Gelclair ..." (a PDF's item over two lines): the limit
    had become a paragraph of its own and the list was cut in two."""
    text = (
        "Mouth care\n\nLeaflet number: ONC-0158 Version 2\n\nIf your mouth is sore\n\n"
        "You may be given:\n\n• Difflam mouthwash: rinse with 15ml every 1½ to 3 hours as needed.\n"
        "Do not use it for more than 7 days unless your doctor says so.\n"
        "• Gelclair gel: use 3 times a day.\n• Painkillers such as paracetamol.\nDo not\n"
        "• take ibuprofen\n"
    )
    markdown = _imported_text(tmp_path, "mouth.txt", text, "ONC-0158").markdown()
    assert (
        "- Difflam mouthwash: rinse with 15ml every 1½ to 3 hours as needed. Do not use it for "
        "more than 7 days unless your doctor says so.\n- Gelclair gel: use 3 times a day.\n"
    ) in markdown
    assert "- Do not take ibuprofen" in markdown


def test_a_blank_at_a_wrapped_lines_end_keeps_its_unit_on_the_next(tmp_path):
    """ "Hold for ____ seconds. Repeat ____" / "times, ____ times a day." (wrapped in a PDF's
    column) had been two paragraphs: "Repeat, your physiotherapist will fill this in." then
    "times, ...", and the blank was named "to fill in", so "abc" was taken for it."""
    text = (
        "Knee exercises\n\nLeaflet number: PHY-1187 Version 2\n\nExercise 6: Knee bends\n\n"
        "Sit on a chair and bend your knee back under it. Hold for ____ seconds. Repeat ____\n"
        "times, ____ times a day.\n"
    )
    markdown = _imported_text(tmp_path, "knee.txt", text, "PHY-1187").markdown()
    assert "Repeat [times]{.field}, [times a day]{.field}." in markdown


def test_roman_numeral_items_going_on_from_a_lead_in_are_a_list(tmp_path):
    """ "The nurse will check:" over "i. that your wound is dry" / "ii. that you can walk ..."
    had been one paragraph, the items run together: only items starting with a capital were
    taken as items."""
    text = (
        "Looking after your wound\n\nLeaflet number: SUR-0099 Version 1\n\nGoing home\n"
        "Before you go home, the nurse will check:\n(i) that your wound is dry\n"
        "(ii) that you can walk to the toilet\n(iii) that you have your medicines\n\n"
        "Do not take a bath for 2 weeks.\n"
    )
    markdown = _imported_text(tmp_path, "wound.txt", text, "SUR-0099").markdown()
    assert (
        "- (i) that your wound is dry\n- (ii) that you can walk to the toilet\n"
        "- (iii) that you have your medicines\n"
    ) in markdown


def test_columns_named_by_day_over_what_happens_then_have_a_header(tmp_path):
    """ "Day 1 | Day 8 | Day 21" over what happens each day had been read as a list of nine
    items: "Take anti-sickness tablets for 3 days" no longer said when."""
    text = (
        "Your chemotherapy\n\nLeaflet number: ONC-0231 Version 1\n\nEach cycle at a glance:\n\n"
        "Day 1 | Day 8 | Day 21\n"
        "Chemotherapy given in the unit | Start checking your temperature | Next cycle starts\n"
        "Take anti-sickness tablets for 3 days | Most at risk of infection | Blood test before\n"
    )
    markdown = _imported_text(tmp_path, "fect.txt", text, "ONC-0231").markdown()
    assert "| Day 1 | Day 8 | Day 21 |" in markdown
    assert "| Take anti-sickness tablets for 3 days | Most at risk of infection |" in markdown


def test_a_heading_in_capitals_after_the_contacts_is_a_heading(tmp_path):
    """ "NOTES" after the contact lines had been a line of the contacts, its blanks read out in
    the contact chapter."""
    text = (
        "Your chemotherapy\n\nLeaflet number: ONC-0231 Version 1\n\nCONTACT US\n"
        "Chemotherapy Day Unit: 0116 258 6205 (Monday to Friday, 8am to 6pm)\n"
        "Acute Oncology Line (24 hours): 0116 258 7000\n\nNOTES\n"
        "Use this page to write down any questions you want to ask.\n"
    )
    markdown = _imported_text(tmp_path, "fect.txt", text, "ONC-0231").markdown()
    assert "## Notes\n" in markdown


def test_a_line_going_on_in_brackets_is_no_heading(tmp_path):
    """ "Your reliever inhaler is Ventolin Evohaler" / "(salbutamol), the blue one. ..." had
    been a heading over half its sentence."""
    text = (
        "Your asthma action plan\n\nLeaflet number: RES-0718 Version 3\n\nYour medicines\n\n"
        "Your preventer inhaler is Clenil Modulite 100 micrograms. Take 2 puffs twice a day.\n\n"
        "Your reliever inhaler is Ventolin Evohaler\n(salbutamol), the blue one. Take 1 to 2 "
        "puffs when you need it.\n"
    )
    markdown = _imported_text(tmp_path, "asthma.txt", text, "RES-0718").markdown()
    assert "Your reliever inhaler is Ventolin Evohaler (salbutamol), the blue one." in markdown


def test_the_last_page_of_two_columns_is_read_in_columns_however_little_is_on_it(tmp_path):
    """Page 2 of a two-column leaflet held a few lines each side: read across the page, the
    heading was "Things that can make asthma Contact us worse" and the nurses' number ran into
    a bullet about flu."""
    import weasyprint

    paragraphs = "".join(
        f"<p>Paragraph {n}: keep taking your preventer inhaler every day, even when you feel "
        "well, and carry your reliever inhaler with you wherever you go.</p>"
        for n in range(1, 25)
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm }"
        "body { font: 11pt sans-serif } main { columns: 2; column-gap: 12mm }</style></head>"
        "<body><h1>Your asthma action plan</h1><p>Leaflet number: RES-0718 Version 3</p><main>"
        f"<h2>Your medicines</h2>{paragraphs}"
        "<h2>Things that can make asthma worse</h2><ul><li>colds and flu: have your flu "
        "vaccine every autumn</li><li>cigarette smoke</li><li>pollen, dust and pet hair</li>"
        "</ul><h2>Contact us</h2><p>Respiratory Nurse Specialists</p><p>Tel: 0116 258 3652</p>"
        "<p>Monday to Friday, 9am to 5pm</p></main></body></html>"
    )
    path = tmp_path / "asthma.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {"department": "Respiratory"}).markdown()
    assert "## Things that can make asthma worse" in markdown
    assert "- colds and flu: have your flu vaccine every autumn" in markdown
    assert "Tel: 0116 258 3652" in markdown


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a sentence in capitals whose last line holds one word: "DRIVE." alone read as an
        # order to drive
        ("FOR 24 HOURS AFTER YOUR SEDATION YOU MUST NOT DRINK ALCOHOL, SIGN LEGAL PAPERS OR\n"
         "DRIVE.\n", "you must not drink alcohol, sign legal papers or drive.**"),
        ("If the tablets make you feel drowsy or dizzy, do not\nDRIVE.\n",
         "If the tablets make you feel drowsy or dizzy, do not DRIVE."),
        # the last of a list is no heading, a question or a bracket on its end or not
        ("Contact the ward straight away if you have any of these:\n\n1. A high temperature\n"
         "2. Bleeding from the wound\n3. Severe pain (not helped by painkillers)\n\n"
         "Out of hours, call NHS 111.\n", "3. Severe pain (not helped by painkillers)\n"),
        ("Questions you may want to ask:\n\n1. How long will I be in hospital?\n"
         "2. When can I drive again?\n\nWrite your questions down.\n",
         "2. When can I drive again?\n"),
        ("Step 1: Remove the cap from the pen\nStep 2: Pinch the skin\n"
         "Step 3: Push the needle in and press the plunger\n"
         "Hold the needle in place for 10 seconds.\n", "Push the needle in and press the plunger"),
        # a narrower box's wrapping is no writer's line break
        ("Keep the dressing clean and dry for the first five days after your operation. You "
         "can shower after 48 hours.\n\n    If the wound becomes hot, red or swollen, ring the\n"
         "    Day Surgery Unit on 0116 258 4000.\n",
         "ring the Day Surgery Unit on 0116 258 4000."),
        # a list or labels typed with tabs are no table
        ("On the day:\n\n1.\tTake your usual tablets with a sip of water.\n"
         "2.\tDo not take your diabetes tablets.\n",
         "2. Do not take your diabetes tablets."),
        ("Contact us\n\nTel:\t0116 258 4000\nEmail:\tanticoag@uhl-tr.nhs.uk\n",
         "Tel: 0116 258 4000"),
        # a number on the line after "call" goes on its sentence (it had been "call." and
        # "N H S one one one." apart)
        ("If your bag leaks more than twice in one day, ring us. Outside these\nhours, call\n"
         "NHS 111.\nGo to your nearest emergency department if there is fresh blood.\n",
         "Outside these hours, call NHS 111."),
        # a day's line of many words is no heading
        ("Take your tablets as shown below.\n\n"
         "Day 1 take two tablets in the morning and two tablets at night with food\n\n"
         "Day 2 take one tablet in the morning and one tablet at night with food\n",
         "\nDay 1 take two tablets in the morning and two tablets at night with food\n"),
    ],
)
def test_what_the_days_changes_must_not_split_or_head(tmp_path, text, kept):
    """Found by reading the day's import changes again: each of these had been cut in two,
    made a heading or a table."""
    markdown = _imported_text(
        tmp_path, "leaflet.txt", f"Your leaflet\n\nLeaflet number: X-0001 Version 1\n\n{text}",
        "X-0001",
    ).markdown()
    assert kept in markdown, markdown
    assert f"## {kept.strip()}" not in markdown


def test_a_line_above_the_underlined_title_that_names_a_place_is_no_title(tmp_path):
    text = (
        "Leicester Royal Infirmary\nEndoscopy Unit\n\nHaving a gastroscopy\n"
        "====================\n\nWhat is a gastroscopy?\n======================\n\n"
        "A test to look inside your food pipe.\n"
    )
    result = _imported_text(tmp_path, "gastro.txt", text, "END-0001")
    assert result.front_matter["title"] == "Having a gastroscopy"


def test_a_footnote_goes_where_its_mark_is(tmp_path):
    """ "... before swimming*." with "*Only if your midwife agrees" below the list had been read
    under the next item, the condition attached to sex and contraception."""
    text = (
        "Going home after a caesarean section\n\nLeaflet number: MAT-0562 Version 1\n\n"
        "Getting back to normal\n\n1. Walk a little more each day.\n"
        "2. Wait until after your 6-week check before swimming*.\n"
        "3. You can have sex when you feel ready. Use contraception.\n\n"
        "*Only if your midwife agrees\n"
    )
    markdown = _imported_text(tmp_path, "caesarean.txt", text, "MAT-0562").markdown()
    assert "before swimming (only if your midwife agrees)." in markdown
    assert "*Only" not in markdown and "Only if your midwife agrees" not in markdown
    # a note with a space after its mark, and a second mark of two: the notes had been read at
    # the end of the leaflet, the first as a bullet, and the marks dropped
    text = (
        "Lumbar puncture\n\nLeaflet number: NEU-0221 Version 1\n\nGoing home\n\n"
        "You can go home after 2 to 4 hours*.\n\n"
        "Keep the plaster on for 24 hours**, then you can shower.\n\n"
        "Things to avoid\n\n* Heavy lifting\n* Long drives\n\nCall us if you are worried.\n\n"
        "* If you are going home by car, someone else must drive you.\n"
        "** Use a waterproof plaster if you need to shower sooner.\n"
    )
    markdown = _imported_text(tmp_path, "lp.txt", text, "NEU-0221").markdown()
    assert "hours (if you are going home by car, someone else must drive you)." in markdown
    assert "for 24 hours (use a waterproof plaster if you need to shower sooner), then" in markdown
    assert "- Heavy lifting\n- Long drives" in markdown
    # a word set in stars is no mark, and bullets typed "* " apart are no notes
    text = (
        "After your sedation\n\nLeaflet number: END-0110 Version 1\n\nGoing home\n\n"
        "You must *not* drive for 24 hours*.\n\nThings that will help:\n\n"
        "* Drink plenty of fluids.\n\n* Rest at home.\n\n*Or longer if your doctor tells you.\n"
    )
    markdown = _imported_text(tmp_path, "sedation.txt", text, "END-0110").markdown()
    assert "drive for 24 hours (or longer if your doctor tells you)." in markdown
    assert "- Drink plenty of fluids.\n- Rest at home." in markdown


@pytest.mark.parametrize("box", ["\u2610", "\u2611", "\u2612", "\u25a1", "\u2751", "[ ]"])
def test_a_checklists_tick_box_lines_are_never_headings(tmp_path, box):
    """A Word checklist, a paragraph to each box: a box's line with no full stop, over one with
    a full stop or over a paragraph, was a heading ("## ☐ an anticoagulant alert card to carry
    at all times"), the box a chapter's name that nobody could tick. Each stays a line of its
    own, as a PDF's boxes do; so in a text file with its boxes a blank line apart."""
    items = [
        "your discharge letter",
        "a two-week supply of your blood-thinning injections",
        "a letter for your GP, to hand in this week.",
        "Booked your first physiotherapy session",
    ]
    path = write_word(
        tmp_path / "ORT-0440-going-home.docx",
        [
            ("title", "Going home after your hip replacement"),
            ("para", "Orthopaedic Ward"),
            ("heading", "Before you go home"),
            ("para", "Your nurse will check that you have:"),
            *[("para", f"{box} {item}") for item in items],
            ("para", "Bring this sheet to your first physiotherapy appointment."),
            ("heading", "Contact us"),
            ("para", "Ward 12: 0161 555 0123"),
        ],
    )
    text = tmp_path / "ORT-0440-going-home.txt"
    text.write_text(
        "Going home after your hip replacement\nOrthopaedic Ward\n\nBefore you go home\n\n"
        "Your nurse will check that you have:\n\n"
        + "".join(f"{box} {item}\n\n" for item in items)
        + "Bring this sheet to your first physiotherapy appointment.\n\n"
        "Contact us\n\nWard 12: 0161 555 0123\n",
        encoding="utf-8",
    )
    for source in (path, text):
        markdown = import_file(source, {"number": "ORT-0440", "version": "1"}).markdown()
        headings = [line for line in markdown.splitlines() if line.startswith("#")]
        assert headings == ["## Before you go home", "## Contact us"], source.name
        for item in items:
            assert f"\n{box} {item}\n" in markdown, markdown


@pytest.mark.parametrize("choices", ["Yes / No", "YES/NO", "Yes / No / Not sure",
                                     "\u2610\u2610 Yes \u2610\u2610 No"])
@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_a_checklists_question_with_its_answers_is_never_a_heading(tmp_path, kind, choices):
    """A contrast scan's allergy questions, one a line with the answers to ring or tick
    ("Could you be pregnant?  Yes / No"): the last of them, a question with no full stop apart
    from the sentence after it, had been a heading ("## Could you be pregnant? Yes / No"), so
    "If you answered Yes to any question, ring us ..." stood alone in a section of its own, no
    longer under the questions it speaks of. Answers written out ("Yes / No") or a run of
    boxes (as some PDFs draw one box over another) hold a line's choices as one box does."""
    questions = ["Have you had a reaction to an injection of dye before?",
                 "Do you have asthma?", "Are you allergic to iodine?",
                 "Could you be pregnant?"]
    after = "If you answered Yes to any question, ring us on 0161 555 0199 before you come in."
    if kind == "txt":
        path = tmp_path / "RAD-0311-ct-contrast.txt"
        path.write_text(
            "Your CT scan with a contrast injection\nImaging Department\n\n"
            "Before you come in\n\nPlease answer these questions and bring this page with you."
            "\n\n" + "".join(f"{question}  {choices}\n\n" for question in questions)
            + f"{after}\n\nAfter your scan\n\nDrink plenty of water for the rest of the day.\n",
            encoding="utf-8",
        )
    else:
        path = write_pdf(tmp_path / "rad-0311-ct-contrast.pdf", {
            "title": "Your CT scan with a contrast injection",
            "department": "Imaging Department",
            "footer": "Reference: RAD-0311 | Version 2 | Review date: May 2028",
            "columns": False,
            "body": [
                ("h2", "Before you come in"),
                ("p", "Please answer these questions and bring this page with you."),
                *[("p", f"{question}  {choices}") for question in questions],
                ("p", after),
                ("h2", "After your scan"),
                ("p", "Drink plenty of water for the rest of the day."),
            ],
        })
    result = import_file(path, {"number": "RAD-0311", "version": "2"})
    headings = [block for block in result.body if block.startswith("#")]
    assert headings == ["## Before you come in", "## After your scan"], result.body
    assert after in result.body


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_department_with_its_wards_in_brackets_set_above_the_title(tmp_path, kind):
    """ "Children's ENT Service (Ward 7B / Day Case Unit)" between the trust's name and the
    title was a heading, the leaflet's first chapter, and no department was found: the closing
    bracket was taken for the end of a sentence."""
    trust = "Riverside University Hospitals NHS Foundation Trust"
    department = "Paediatric Orthopaedic Service (Ward 12 / Fracture Clinic)"
    if kind == "txt":
        path = tmp_path / "ORT-0215-your-childs-plaster-cast.txt"
        path.write_text(
            f"{trust}\n{department}\n\nYOUR CHILD'S PLASTER CAST\n=========================\n\n"
            "Information for parents and carers\n\nThis leaflet explains how to look after "
            "your child's cast.\n\nKeeping the cast dry\n--------------------\n\n"
            "Cover the cast with a plastic bag at bath time.\n",
            encoding="utf-8",
        )
    else:
        path = write_word(
            tmp_path / "ORT-0215-your-childs-plaster-cast.docx",
            [
                ("para", trust),
                ("para", department),
                ("title", "Your child's plaster cast"),
                ("para", "Information for parents and carers"),
                ("para", "This leaflet explains how to look after your child's cast."),
                ("heading", "Keeping the cast dry"),
                ("para", "Cover the cast with a plastic bag at bath time."),
            ],
        )
    result = import_file(path, {"number": "ORT-0215", "version": "1"})
    assert result.front_matter["department"] == department
    assert result.front_matter["title"] == "Your child's plaster cast"
    assert [line for line in result.body if line.startswith("#")] == ["## Keeping the cast dry"]
    assert not any("no department found" in warning for warning in result.warnings)


def test_a_footers_details_are_read_part_by_part_beside_the_trusts_name(tmp_path):
    """ "Kingsbridge University Hospitals NHS Trust | KUH-END-044 | Version 6 |" / "Review date:
    September 2027", a PDF's running footer, was dropped unread: the trust's name left between
    the bars was taken for a sentence mentioning a review, so the reference, version and review
    date were all asked for. Each part between bars is read alone; a part that is a sentence
    still makes the line no details line."""
    import weasyprint

    from pipeline.sources.importers.metadata import find_details

    footer = (
        "Westbrook Teaching Hospitals NHS Foundation Trust | CAR-0317 | Version 4 | "
        "Review date: June 2028"
    )
    found = find_details(footer)
    assert found.values == {"number": "CAR-0317", "version": "4", "next_review": "June 2028",
                            "organisation": "Westbrook Teaching Hospitals NHS Foundation Trust"}
    assert found.rest == ""
    # the trust's name beside labelled details, with no bars: the same
    found = find_details("Westbrook Teaching Hospitals NHS Foundation Trust  Ref: CAR-0317  v4")
    assert found.values == {"number": "CAR-0317", "version": "4", "organisation": (
        "Westbrook Teaching Hospitals NHS Foundation Trust")} and found.rest == ""
    # a patient's own review beside words to them, in a table typed with bars, is no details
    assert find_details("Next review: 12/03/2026 | Bring this sheet and your inhalers").values == {}
    assert find_details("| Review date | June 2028 | Ask your nurse to book it |").values == {}
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        ".foot { position: fixed; bottom: -14mm; width: 120mm }</style></head><body>"
        f'<div class="foot">{footer}</div>'
        "<h1>Your cardioversion</h1><p>Cardiology Day Unit</p><h2>What is a cardioversion?</h2>"
        "<p>A small electric shock puts your heart back into a normal rhythm.</p>"
        '<h2 style="page-break-before: always">Going home</h2>'
        "<p>Someone must drive you home and stay with you overnight.</p></body></html>"
    )
    path = tmp_path / "cardioversion.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    front = result.front_matter
    assert (front["number"], front["version"], front["next_review"]) == ("CAR-0317", 4, "2028-06")
    assert front["organisation"] == "Westbrook Teaching Hospitals NHS Foundation Trust"
    assert "Westbrook" not in "\n".join(result.body)
    # ... and a Word file's footer, read the same way
    path = write_word(
        tmp_path / "cardioversion.docx",
        [
            ("footer", footer),
            ("title", "Your cardioversion"),
            ("para", "Cardiology Day Unit"),
            ("para", "A small electric shock puts your heart back into a normal rhythm."),
        ],
    )
    front = import_file(path, {}).front_matter
    assert (front["number"], front["version"], front["next_review"]) == ("CAR-0317", 4, "2028-06")


def test_a_reference_with_its_version_on_the_end_in_a_closing_sentence(tmp_path):
    """ "Leaflet RES/0318/v2. Last reviewed March 2025. Review date: March 2027." gave the version
    and both dates, but no reference: the "v2" was read as a version on its own, and the
    "RES/0318/" left behind was no reference, so it was dropped unread."""
    from pipeline.sources.importers.metadata import find_details

    found = find_details("Leaflet URO-0388-v2. Next review: May 2027.")
    assert found.values == {"number": "URO-0388", "version": "2", "next_review": "May 2027"}
    # alone on its line, the version on its end had been dropped
    assert find_details("URO-0388-v2").values == {"number": "URO-0388", "version": "2"}
    # a version apart from the reference is read as before
    found = find_details("ENT-0042 v1 Published: 01/2025")
    assert found.values == {"number": "ENT-0042", "version": "1", "issued": "01/2025"}
    path = tmp_path / "amoxicillin.txt"
    path.write_text(
        "Westbrook Community Health NHS Trust\nChildren's Community Nursing Team\n\n"
        "Giving your child amoxicillin\n\nGive the medicine 3 times a day, spread out over the "
        "day, until the course is finished.\n\nChildren's Community Nursing Team: 01632 960 412 "
        "(Mon–Fri 9am–5pm)\n\n"
        "Leaflet CCN/0127/v3. Last reviewed June 2024. Review date: June 2027.\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    front = result.front_matter
    assert (front["number"], front["version"]) == ("CCN/0127", 3)
    assert (front["last_reviewed"], front["next_review"]) == ("2024-06", "2027-06")
    assert not any("no reference found" in warning for warning in result.warnings)


def test_a_hyphen_at_a_line_end_inside_an_e_mail_or_web_address_is_kept(tmp_path):
    """ "please email pals@kgh-" / "nhs.uk" had become "pals@kghnhs.uk": the hyphen of the
    address was dropped as if a word had been divided there, and the address said and linked
    was nobody's. A word divided at a line's end is still made whole."""
    from pipeline.sources.importers.structure import rejoined

    assert rejoined("email pals@kgh-", "nhs.uk.") == "email pals@kgh-nhs.uk."
    assert rejoined("see www.west-", "brook.nhs.uk/a") == "see www.west-brook.nhs.uk/a"
    assert rejoined("go to nhs.uk/conditions/shingles-", "vaccine") == (
        "go to nhs.uk/conditions/shingles-vaccine"
    )
    assert rejoined("these exer-", "cises") == "these exercises"
    text = (
        "Going home after your hernia repair\n\nLeaflet number: SUR-0412 Version 2\n\n"
        "If you have any questions about your wound, please ring the ward or email\n"
        "surgical.nurses@westbrook-\nhospitals.nhs.uk and a nurse will reply within two days.\n"
        "You can read more at www.west-\nbrook.nhs.uk/hernia and on the NHS website.\n"
    )
    markdown = _imported_text(tmp_path, "hernia.txt", text, "SUR-0412").markdown()
    assert "surgical.nurses@westbrook-hospitals.nhs.uk and a nurse" in markdown
    assert "www.west-brook.nhs.uk/hernia and" in markdown


def test_a_line_a_pdf_column_wrapped_is_one_line_whatever_the_next_starts_with(tmp_path):
    """ "Children's Emergency Department, Leicester" / "Royal Infirmary: 0116 258 5081" in a
    column of a two-column PDF had been two paragraphs, the number the Royal Infirmary's alone:
    a line ended by its column's edge goes on, though the next starts as a contact line
    does. Lines the writer ended stay apart."""
    import weasyprint

    reasons = (
        "<p>Croup is an infection of the windpipe and voice box that makes a child's cough "
        "sound like a bark. It usually gets better on its own within two days.</p>"
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif;"
        " column-count: 2; column-gap: 12mm } h1 { column-span: all }</style></head><body>"
        "<h1>Croup in children</h1><p>Children's Assessment Unit</p>"
        "<p>Leaflet number: PAE-0233 Version: 2</p><h2>What is croup?</h2>"
        + reasons * 6
        + "<h2>Useful contacts</h2>"
        "<p>Paediatric Assessment Unit, Westbrook General Hospital: 01632 960 123</p>"
        "<p>Children's Community Nursing Team, Eastfield Health Centre: 01632 960 456</p>"
        "<p>Ward 12: 01632 960 789</p><p>NHS 111: call 111</p></body></html>"
    )
    path = tmp_path / "croup.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert "\nPaediatric Assessment Unit, Westbrook General Hospital: 01632 960 123\n" in markdown
    assert (
        "\nChildren's Community Nursing Team, Eastfield Health Centre: 01632 960 456\n"
        in markdown
    )
    assert "\nWard 12: 01632 960 789\n\nNHS 111: call 111\n" in markdown


def test_an_address_or_number_on_its_own_line_in_a_pdf_column_stays_a_line(tmp_path):
    """A charity's helpline over its web address, two lines in a column of a two-column PDF
    ("Asthma + Lung UK helpline: 0300 222 5800" / "www.asthmaandlung.org.uk"), had been taken
    for one line its column's edge wrapped, and said "... five eight oh oh w w w dot ..." with
    no pause. A web address, e-mail address or phone number alone on its line is the writer's
    line, unless the line above leads into it ("please visit" / "www.nhs.uk/...")."""
    import weasyprint

    about = (
        "<p>Pulmonary rehabilitation is a course of exercise and advice for people with a "
        "long-term lung condition. It runs twice a week for six weeks.</p>"
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif;"
        " column-count: 2; column-gap: 12mm } h1 { column-span: all }</style></head><body>"
        "<h1>Pulmonary rehabilitation</h1><p>Community Respiratory Team</p>"
        "<p>Leaflet number: RES-0412 Version: 1</p><h2>What is it?</h2>"
        + about * 6
        + "<h2>Useful contacts</h2>"
        "<p>Breathe Easy helpline: 0300 222 5800<br>www.lungsupport.org.uk</p>"
        "<p>Respiratory nurses, Westbrook Hospital<br>respiratory.nurses@nhs.net</p>"
        "<p>Rehabilitation team, Eastfield Clinic<br>01632 960 321</p>"
        "<p>For more about your lungs, please visit<br>www.nhs.uk/conditions/copd</p>"
        "</body></html>"
    )
    path = tmp_path / "rehab.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    markdown = import_file(path, {}).markdown()
    assert "\nBreathe Easy helpline: 0300 222 5800\n\nwww.lungsupport.org.uk\n" in markdown
    assert "\nRespiratory nurses, Westbrook Hospital\n\nrespiratory.nurses@nhs.net\n" in markdown
    assert "\nRehabilitation team, Eastfield Clinic\n\n01632 960 321\n" in markdown
    assert "\nFor more about your lungs, please visit www.nhs.uk/conditions/copd\n" in markdown


def test_a_footnote_over_two_or_three_lines_goes_whole_where_its_mark_is(tmp_path):
    """ "*Only if your baby was born after 37 weeks and" / "weighs more than 4kg. Speak to a
    pharmacist or" / "GP first." under a dose table: its first line went into the cell with the
    mark, the rest stayed a stray paragraph under the table ("weighs more than 4kg ...")."""
    text = (
        "Giving your baby paracetamol\n\nLeaflet number: PAE-0118 Version 1\n\n"
        "How much to give\n\n"
        "Age | Dose | How often\n2 to 3 months* | 2.5 ml | 2 doses, 4 hours apart\n"
        "3 to 6 months | 2.5 ml | every 4 to 6 hours\n\n"
        "*Only if your baby was born after 37 weeks and\nweighs more than 4kg. Ask a "
        "pharmacist or\nGP first.\n\nNever give more than 4 doses in 24 hours.\n"
    )
    markdown = _imported_text(tmp_path, "paracetamol.txt", text, "PAE-0118").markdown()
    assert (
        "| 2 to 3 months (only if your baby was born after 37 weeks and weighs more than 4kg. "
        "Ask a pharmacist or GP first) | 2.5 ml |" in markdown
    )
    assert "\nweighs" not in markdown and "\nGP first" not in markdown
    assert "\nNever give more than 4 doses in 24 hours.\n" in markdown


def test_numbered_sections_over_bullets_under_a_department_of_are_chapters(tmp_path):
    """A leaflet typed with numbered sections: "3. Children under 5 (clinic 09:00–12:00)" and
    "4. Older children (clinic 13:00–16:30)" over bullets had been numbered list items, not
    chapters, and "7. Contact us" lost its chapter to the address under it, read as a heading.
    "Department of Orthoptics" over the title had been the title (the title the department),
    and "Information for parents and carers (under 16s)" a heading."""
    text = (
        "Department of Orthoptics\nPatching treatment for a lazy eye\n"
        "Information for parents and carers (under 16s)\n\n"
        "Leaflet ORT-0119 v2   Published: 03/2025   Review: 03/2028\n\n"
        "1. What is a lazy eye?\nA lazy eye is an eye that has not learned to see clearly.\n\n"
        "2. How patching works\nCovering the stronger eye makes the lazy eye work harder.\n"
        "• Wear the patch for the hours we give you\n• Keep the patch on the skin, not on "
        "glasses\n\n"
        "3. Children under 5 (clinic 09:00–12:00)\n• Bring the patch diary with you.\n"
        "• Bring a favourite toy.\n\n"
        "4. Older children (clinic 13:00–16:30)\n• Bring your child's glasses.\n"
        "• Allow an hour for the visit.\n\n"
        "5. Contact us\nOrthoptic Clinic, Level 2, Windmill Wing, Westbrook General Hospital\n"
        "Tel: 01632 960 321 (Mon–Fri 9am–5pm)\n"
    )
    result = _imported_text(tmp_path, "patching.txt", text, "ORT-0119")
    front = result.front_matter
    assert front["title"] == "Patching treatment for a lazy eye"
    assert front["department"] == "Department of Orthoptics"
    assert front["audience"] == "Information for parents and carers (under 16s)"
    assert [line for line in result.body if line.startswith("#")] == [
        "## 1. What is a lazy eye?",
        "## 2. How patching works",
        "## 3. Children under 5 (clinic 09:00–12:00)",
        "## 4. Older children (clinic 13:00–16:30)",
        "## 5. Contact us",
    ]
    assert "Orthoptic Clinic, Level 2, Windmill Wing, Westbrook General Hospital" in result.body
    # a numbered list under a numbered section stays a list
    text = (
        "Your knee injection\n\nLeaflet number: RHE-0310 Version 1\n\n"
        "1. Before your injection\nYou can eat and drink as normal.\n\n"
        "2. After your injection\nFollow these steps:\n\n1. Rest your knee for a day.\n"
        "2. Put ice on it for 10 minutes.\n3. Walk gently the next day.\n"
    )
    result = _imported_text(tmp_path, "knee.txt", text, "RHE-0310")
    assert [line for line in result.body if line.startswith("#")] == [
        "## 1. Before your injection", "## 2. After your injection"
    ]


def _headings_reported(result) -> list[str]:
    """The headings the import report says it made, in the order of their lines."""
    return [
        found[1] for said in result.decisions
        if (found := re.match(r"(?:line|paragraph) \d+: heading '(.*)'$", said))
        and "' is in capitals: " not in said
    ]


def test_numbered_sections_stay_sections_over_subheadings_that_start_with_a_count(tmp_path):
    """A bowel-preparation leaflet typed with numbered sections had "3. What to eat in the days
    before" over "3 days before (for a Thursday appointment, this is Monday)": the count was
    taken for a section of its own, "3." left as an empty heading made a list item, and "4.
    Taking Moviprep: your timetable" (a colon in it) numbered on from nothing and became a list
    item too. The audio's chapters ran "two, Your medicines; three days before ...", and the
    timetable had no chapter; the report still said "heading '3. What to eat ...'". A count at
    a line's start ("2 weeks before your operation") is no section number: under a numbered
    section, with the next section's number still to come, it is one of its parts."""
    text = (
        "Getting ready for your hip replacement\nOrthopaedic Pre-operative Assessment Clinic\n\n"
        "Leaflet number: ORT-0540 Version 3\n\n"
        "1. About your operation\n\n"
        "A hip replacement takes about 90 minutes. Most people go home 2 or 3 days later.\n\n"
        "2. Your medicines\n\n"
        "2.1 Blood thinners\nIf you take warfarin, tell the nurse at your assessment.\n\n"
        "2.2 Herbal remedies\nStop taking herbal remedies 2 weeks before your operation.\n\n"
        "3. Getting your home ready\n\n"
        "2 weeks before your operation\n"
        "Move things you use every day to a shelf between waist and shoulder height.\n\n"
        "The day before\nHave a bath or shower and wash your hair.\n\n"
        "4. Coming into hospital: what to bring\n\n"
        "Bring your medicines in their boxes, loose clothes and flat shoes with backs.\n\n"
        "5. Contact us\n\nPre-operative Assessment Clinic: 01632 960 410\n"
    )
    result = _imported_text(tmp_path, "hip.txt", text, "ORT-0540")
    made = [line for line in result.body if line.startswith("#")]
    assert made == [
        "## 1. About your operation",
        "## 2. Your medicines",
        "### 2.1 Blood thinners",
        "### 2.2 Herbal remedies",
        "## 3. Getting your home ready",
        "### 2 weeks before your operation",
        "### The day before",
        "## 4. Coming into hospital: what to bring",
        "## 5. Contact us",
    ], result.body
    # no section left as a line that reads as a list's item
    assert not any(re.match(r"\d+\. ", block) for block in result.body), result.body
    # the report names as headings exactly the headings made
    assert _headings_reported(result) == [h.lstrip("# ") for h in made]

    # numbered "3)", the counts straight under the section's own paragraph, and the next
    # section with a colon: each a part of section 2, and "3)" its own chapter
    text = (
        "After your carpal tunnel release\nHand Therapy Service\n\n"
        "Leaflet number: HT-0211 Version 1\n\n"
        "1) Your dressing\nKeep your dressing clean and dry for 2 weeks.\n\n"
        "2) Getting back to normal\nMove your fingers gently every hour while you are awake.\n\n"
        "10 days after your operation\nYour stitches are taken out at your GP practice.\n\n"
        "6 weeks after your operation\nMost people can drive and lift again by now.\n\n"
        "3) Going back to work: office and manual jobs\n"
        "Office workers usually go back after 2 weeks.\n"
    )
    result = _imported_text(tmp_path, "hand.txt", text, "HT-0211")
    made = [line for line in result.body if line.startswith("#")]
    assert made == [
        "## 1) Your dressing",
        "## 2) Getting back to normal",
        "### 10 days after your operation",
        "### 6 weeks after your operation",
        "## 3) Going back to work: office and manual jobs",
    ], result.body
    assert _headings_reported(result) == [h.lstrip("# ") for h in made]

    # sections numbered "Section 2:", or with no stop after their numbers
    text = (
        "Your knee arthroscopy\nDay Surgery Unit\n\nLeaflet number: DSU-0410 Version 2\n\n"
        "Section 1: Before your operation\n\n1.1 Stopping medicines\n"
        "Stop taking ibuprofen 3 days before.\n\nSection 2: After your operation\n\n"
        "24 to 48 hours after\nKeep your leg raised when you sit.\n\n"
        "At home\nTake your painkillers regularly.\n\n"
        "Section 3: Your stitches\n\nYour practice nurse takes them out.\n"
    )
    result = _imported_text(tmp_path, "knee.txt", text, "DSU-0410")
    assert [line for line in result.body if line.startswith("#")] == [
        "## Section 1: Before your operation", "### 1.1 Stopping medicines",
        "## Section 2: After your operation", "### 24 to 48 hours after", "### At home",
        "## Section 3: Your stitches",
    ], result.body
    text = (
        "Your eye test with drops\nOrthoptic Clinic\n\nLeaflet number: ORT-0077 Version 1\n\n"
        "1 Before your appointment\n\nBring your glasses.\n\n2 On the day\n\n"
        "2 hours before\nDrink a glass of water.\n\n"
        "3 Going home: driving and reading\n\nDo not drive until your sight is clear.\n"
    )
    result = _imported_text(tmp_path, "drops.txt", text, "ORT-0077")
    assert [line for line in result.body if line.startswith("#")] == [
        "## 1 Before your appointment", "## 2 On the day", "### 2 hours before",
        "## 3 Going home: driving and reading",
    ], result.body

    # a heading after a section's own text, the section in no parts, is a section of its own:
    # what a clear fluid is holds for morning appointments too
    text = (
        "Fasting before your gastroscopy\nEndoscopy Unit\n\nLeaflet number: END-0211 Version 1"
        "\n\n1. Morning appointments\n\nDo not eat after midnight.\n\n"
        "2. Afternoon appointments\n\n- You may have a light breakfast before 8am.\n"
        "- You may drink clear fluids until 11am.\n\nWhat is a clear fluid?\n\n"
        "Water, black tea and squash are clear fluids.\n\n"
        "3. Contact us\n\nEndoscopy Unit: 01632 960 220\n"
    )
    result = _imported_text(tmp_path, "fasting.txt", text, "END-0211")
    assert [line for line in result.body if line.startswith("#")] == [
        "## 1. Morning appointments", "## 2. Afternoon appointments", "## What is a clear fluid?",
        "## 3. Contact us",
    ], result.body

    # a count over its paragraph in a leaflet with no numbered sections is a heading of its
    # own still, and a numbered list after a section stays a list
    text = (
        "Stopping smoking before your operation\nPre-operative Assessment Clinic\n\n"
        "Leaflet number: PAC-0102 Version 2\n\n"
        "Why stop?\n\nSmoking slows the healing of your wound.\n\n"
        "6 weeks before your operation\n\nAsk your GP about nicotine patches.\n\n"
        "What to do\n\nFollow these steps:\n\n1. Set a date to stop.\n"
        "2. Tell your family and friends.\n3. Call the stop smoking service.\n"
    )
    result = _imported_text(tmp_path, "smoking.txt", text, "PAC-0102")
    assert [line for line in result.body if line.startswith("#")] == [
        "## Why stop?", "## 6 weeks before your operation", "## What to do"
    ], result.body
    assert "1. Set a date to stop.\n2. Tell your family and friends." in "\n".join(result.body)


def test_a_heading_left_as_a_line_is_reported_so_and_reads_as_no_list_item(tmp_path):
    """A heading with nothing under it before the next is left as a line of text: the report
    had still called it a heading, and a numbered one ("3. What to eat") written as a line
    became the first item of a numbered list."""
    text = (
        "After your hip replacement\nOrthopaedic Department\n\n"
        "Going home from Ward 22 (Elective Orthopaedics)\n\n"
        "HIP PRECAUTIONS\n\nFor the first 6 weeks, do not bend your hip past 90 degrees.\n"
    )
    result = _imported_text(tmp_path, "hip.txt", text, "8103")
    assert result.body[:2] == [
        "Going home from Ward 22 (Elective Orthopaedics)", "## Hip precautions"
    ]
    assert _headings_reported(result) == ["Hip precautions"], result.decisions
    assert any(
        re.match(r"line 4: .*'Going home from Ward 22 .*' .*a line of text", said)
        for said in result.decisions
    ), result.decisions
    # a numbered section with nothing under it stays its own chapter, in its place
    text = (
        "Your cataract operation\nEye Day Case Unit\n\nLeaflet number: EYE-0301 Version 1\n\n"
        "1. Before your operation\n\nYou can eat and drink as normal.\n\n2. Your eye drops\n\n"
        "3. On the day\n\nCome to the unit at the time in your letter.\n\n4. Going home\n\n"
        "Someone must drive you home.\n"
    )
    result = _imported_text(tmp_path, "eye.txt", text, "EYE-0301")
    made = [line for line in result.body if line.startswith("#")]
    assert made == [
        "## 1. Before your operation", "## 2. Your eye drops", "## 3. On the day",
        "## 4. Going home",
    ], result.body
    assert not any(re.match(r"\d+\. ", block) for block in result.body), result.body
    assert _headings_reported(result) == [h.lstrip("# ") for h in made]


def test_a_reference_with_its_version_after_information_sheet_gives_both(tmp_path):
    """ "Information sheet DT/022/v5   Date of last review: 02/2025" gave version 5 but no
    reference: "Information sheet" was not known as a word before a reference, so the
    "DT/022/" left was dropped, and the leaflet had no number and could not be built."""
    from pipeline.sources.importers.metadata import find_details

    for lead in ("Information sheet", "Patient information", "Patient information sheet",
                 "Leaflet", "Patient information leaflet"):
        found = find_details(f"{lead} DT/022/v5   Date of last review: 02/2025")
        assert found.values == {"number": "DT/022", "version": "5", "last_reviewed": "02/2025"}
        assert find_details(f"{lead} DT-022 v5").values == {"number": "DT-022", "version": "5"}
    # a sentence about an information sheet is still no details line
    assert find_details("Ask for our information sheet about diet in version 2 form").values == {}
    path = tmp_path / "phosphate.txt"
    path.write_text(
        "Low phosphate diet\nRenal Dietetics\n\nYour kidneys cannot remove extra phosphate.\n\n"
        "Information sheet DT/022/v5   Date of last review: 02/2025   Next review: 02/2027\n",
        encoding="utf-8",
    )
    front = import_file(path, {}).front_matter
    assert (front["number"], front["version"]) == ("DT/022", 5)


def test_a_unit_named_in_a_letterhead_or_under_the_title_is_no_heading(tmp_path):
    """A letter's letterhead "Breast Care Unit" / "Surgical Directorate, Westbrook General
    Hospital" over its address gave no department, and its second line was a chapter; "Westbrook
    Sleep Centre" under a title, the department already in the page header, was a heading over
    the text. The unit's name in a letterhead is the department; a name under the title is a
    line when the department is known."""
    path = write_word(tmp_path / "letter.docx", [
        ("footer", "BRE-0417 Version 2"),
        ("para", "Breast Care Unit"),
        ("para", "Surgical Directorate, Westbrook General Hospital"),
        ("para", "Mill Lane, Westbrook WB2 4QT"),
        ("para", "Tel: 01632 960 555"),
        ("para", "Date: ____________"),
        ("para", "Dear ____________,"),
        ("heading", "After your breast biopsy: caring for the wound"),
        ("para", "Keep the dressing dry for 48 hours after your biopsy."),
        ("heading", "When to call us"),
        ("para", "Call the unit if the wound bleeds through the dressing."),
    ])
    result = import_file(path, {})
    assert result.front_matter["department"] == "Breast Care Unit"
    assert result.front_matter["title"] == "After your breast biopsy: caring for the wound"
    assert [line for line in result.body if line.startswith("#")] == ["## When to call us"]
    assert "Surgical Directorate, Westbrook General Hospital" in result.body
    path = write_word(tmp_path / "cpap.docx", [
        ("header", "Department: Respiratory Medicine"),
        ("footer", "RES-0288 Version 1"),
        ("title", "Using your CPAP machine at home"),
        ("para", "Westbrook Sleep Centre"),
        ("para", "Information for patients"),
        ("para", "Use your machine every night, for at least four hours."),
        ("heading", "Cleaning your mask"),
        ("para", "Wash the mask each morning in warm soapy water."),
    ])
    result = import_file(path, {})
    assert result.front_matter["department"] == "Respiratory Medicine"
    assert [line for line in result.body if line.startswith("#")] == ["## Cleaning your mask"]
    assert "Westbrook Sleep Centre" in result.body


def test_do_not_over_plain_lines_in_capitals_each_say_it(tmp_path):
    """ "Do not" over "Bring jewellery ... into the scan room" / "Wear make-up ..." with no
    bullets had stayed a bare line over plain paragraphs, read in every format (audio most of
    all) as instructions to do each thing. A line in capitals under a bare ban, short and with no
    full stop, is one more thing not to do, blank lines between them or not; the items end at a
    sentence, a heading or a line in another shape."""
    items = (
        "Eat anything for 4 hours before your scan",
        "Bring jewellery, keys or bank cards into the scanner room",
        "Drive yourself home if you have had a sedative (ask a friend to take you)",
        # (the last line ends on "to" and wraps on to nothing: no sentence wrapped)
        "Take off a glucose sensor yourself unless we ask you to",
    )
    for lead_in, said in (("Do not", "Do not"), ("Do not:", "Do not"), ("Don't", "Don't"),
                          ("You must not", "You must not")):
        for between in ("\n", "\n\n"):
            text = (
                "Your CT scan\n\nLeaflet number: RAD-0101 Version 1\n\nBefore your scan\n\n"
                "Please arrive 15 minutes before your appointment.\n\n" + lead_in + between
                + between.join(items) + "\n\nThe dye may make you feel warm for a minute.\n\n"
                "After your scan\n\nDrink plenty of water for the rest of the day.\n"
            )
            markdown = _imported_text(tmp_path, "ct.txt", text, "RAD-0101").markdown()
            assert "\n".join(
                f"- {said} {item[0].lower()}{item[1:]}" for item in items
            ) in markdown, (lead_in, between)
            assert "\n\nThe dye may make you feel warm for a minute.\n\n## After your scan\n\n" in (
                markdown
            )
    # a heading after the items, over its paragraph or its contacts, is no item
    text = (
        "After your hernia repair\n\nLeaflet number: SUR-0330 Version 1\n\nAt home\n\n"
        "Do not\n\nLift anything heavier than a full kettle for 4 weeks\n\n"
        "Soak in a bath until your wound has healed\n\nWhen to get help\n\n"
        "Phone the ward if your wound becomes red or hot.\n\nContact us\n\n"
        "Ward 12: 0116 258 5000\n"
    )
    markdown = _imported_text(tmp_path, "hernia.txt", text, "SUR-0330").markdown()
    assert (
        "- Do not lift anything heavier than a full kettle for 4 weeks\n"
        "- Do not soak in a bath until your wound has healed\n\n## When to get help\n\n"
    ) in markdown
    assert "\n## Contact us\n" in markdown
    text = text.replace("Soak in a bath until your wound has healed\n\nWhen to get help\n\n",
                        "Soak in a bath until your wound has healed\n\nContact us\n\n")
    markdown = _imported_text(tmp_path, "hernia.txt", text, "SUR-0330").markdown()
    assert "- Do not soak in a bath until your wound has healed\n\n## Contact us\n" in markdown
    # ... and a sentence under "Do not" is no list: it says what it says
    text = (
        "After your hernia repair\n\nLeaflet number: SUR-0330 Version 1\n\nAt home\n\n"
        "Do not\nWorry if your wound weeps a little for the first few days. This is normal.\n"
    )
    markdown = _imported_text(tmp_path, "hernia.txt", text, "SUR-0330").markdown()
    assert "Do not worry" not in markdown and "- Worry" not in markdown


def test_a_note_on_a_tick_or_cross_in_a_word_table_goes_into_its_cell(tmp_path):
    """A table of medicines marked "✓" or "✗", one "✓*" with "* Only if your baby is over 4
    weeks old and feeding well." under the table: the mark after a sign was not known as a
    mark, and the note became a bulleted list of one, no longer beside the medicine it limits."""
    path = write_word(tmp_path / "feeding.docx", [
        ("title", "Medicines while you are breastfeeding"),
        ("para", "Infant Feeding Team"),
        ("para", "Leaflet number: MAT-0330 Version: 1"),
        ("heading", "Common medicines"),
        ("table", [
            ["Medicine", "Safe while breastfeeding?", "Notes"],
            ["Paracetamol", "\u2713", "Take the usual adult dose."],
            ["Hay fever tablets", "\u2713*", "Loratadine is preferred."],
            ["Codeine", "\u2717**", "Ask your GP for another painkiller."],
        ]),
        ("para", "* Only if your baby is over 6 weeks old and feeding well."),
        ("para", "** Unless a doctor has prescribed it for a few days only."),
        ("heading", "Contact us"),
        ("para", "Infant feeding team: 0116 258 6000"),
    ])
    leaflet, _ = imported(path.name, tmp_path)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    rows = {plain_text(row[0]): [plain_text(c) for c in row] for row in table.rows}
    assert rows["Hay fever tablets"][1] == (
        "\u2713 (only if your baby is over 6 weeks old and feeding well)"
    )
    assert rows["Codeine"][1] == (
        "\u2717 (unless a doctor has prescribed it for a few days only)"
    )
    assert rows["Paracetamol"][1] == "\u2713"
    assert not lists(leaflet) and "*" not in body_text(leaflet)


def _folded_leaflet_with_a_boxed_lead_in(path: Path) -> Path:
    """A tri-fold of our own: the unit's name over a title set over two lines, an audience and
    an opening sentence each wrapped in the cover's narrow panel, and inside a red box whose
    bold lead-in, wrapped over three lines, ends on a colon over its list."""
    import weasyprint

    def panel(left: int, html: str) -> str:
        return f'<div style="position:absolute; left:{left}mm; top:12mm; width:80mm">{html}</div>'

    box = "border: 2pt solid #d5281b; background: #fde8e6; padding: 3mm"
    back = (
        "<h2>Contact us</h2><p>Minor Injuries Unit, Riverside Community Hospital</p>"
        "<p>Tel: 01632 960 480 (8am to 8pm)</p>"
        "<p>Leaflet number: MIU-0207 Version 2</p>"
    )
    cover = (
        '<p style="font-size:11pt; font-weight:bold">Minor Injuries Unit</p>'
        '<p style="font-size:22pt">Looking after a sprained ankle</p>'
        "<p>Information for patients aged 16 and over and the people who care for them</p>"
        "<p>You have been checked by a nurse in the Minor Injuries Unit (MIU) after a fall."
        " We do not think any bone is broken.</p>"
    )
    inside = (
        "<h2>The first 3 days</h2><p>Rest your ankle and keep it raised on a pillow when you"
        " sit or lie down.</p>"
        f'<div style="{box}"><p><b>Come back to the Minor Injuries Unit, or call NHS 111, if'
        " at any time in the next 7 days you have:</b></p><ul><li>pain that gets worse and is"
        " not helped by paracetamol</li><li>numbness or tingling in your foot</li>"
        "<li>a foot that turns cold or blue</li></ul></div>"
        "<h2>Getting moving</h2><p>Walk on your ankle as soon as the pain allows.</p>"
    )
    notes = (
        "<h2>Your notes</h2><p>Write down any questions you have, and bring this leaflet to"
        " your next appointment.</p><h2>Swelling</h2><p>Swelling is often worst at the end of"
        " the day. It can take 6 weeks or more to go down completely.</p><p>Wear a supportive"
        " shoe with laces, not a sandal or a high heel, until it has gone.</p>"
    )
    pain = (
        "<h2>Pain relief</h2><p>Take paracetamol as the packet says for the first few days."
        " Ibuprofen gel rubbed gently over the ankle can also help.</p><p>Put an ice pack"
        " wrapped in a towel on your ankle for 15 minutes every 2 to 3 hours.</p><p>Do not put"
        " ice straight onto your skin, as it can burn.</p>"
    )
    sport = (
        "<h2>Going back to sport</h2><p>Wait until you can walk, jog and hop on the ankle"
        " without pain. This usually takes 4 to 6 weeks.</p><p>Build up slowly, and stop if"
        " the pain comes back. A physiotherapist can give you exercises to help.</p>"
    )
    style = (
        "@page { size: A4 landscape; margin: 0 } body { font: 9.5pt sans-serif; line-height:"
        " 1.3 }"
    )
    page = 'style="position:relative; height:209mm; page-break-after:always"'
    html = (
        f"<html><head><style>{style}</style></head><body>"
        f"<div {page}>{panel(10, notes)}{panel(106, back)}{panel(202, cover)}</div>"
        f"<div {page}>{panel(10, inside)}{panel(106, pain)}{panel(202, sport)}</div>"
        "</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_folded_leaflets_bold_lead_in_wrapped_in_a_box_is_one_line_over_its_list(tmp_path):
    """ "Come back to the Emergency" / "Department, or call 111, if in the next 48" / "hours you
    have:" in bold in a narrow panel's box had been two headings and a bold "hours you have:":
    the 48 hours were cut from the signs they are the limit of, and the audio had chapters
    named by half a sentence."""
    path = _folded_leaflet_with_a_boxed_lead_in(tmp_path / "ankle.pdf")
    markdown = import_file(path, {}).markdown()
    assert (
        "**Come back to the Minor Injuries Unit, or call NHS 111, if at any time in the next 7"
        " days you have:**"
        "\n\n- pain that gets worse" in markdown
    )
    assert "#### " not in markdown


def test_a_folded_leaflets_audience_and_opening_wrapped_on_its_cover_stay_whole(tmp_path):
    """On a tri-fold's narrow cover, "Information for patients aged 16 and over and the" /
    "people looking after them" had been cut: its second half joined to the title, and the
    opening sentence's first line ("You have been checked in the Emergency") taken for the
    department, the unit named over the title dropped. A line its column wrapped goes on."""
    path = _folded_leaflet_with_a_boxed_lead_in(tmp_path / "ankle.pdf")
    result = import_file(path, {})
    front = result.front_matter
    assert (front["title"], front["department"], front["audience"]) == (
        "Looking after a sprained ankle",
        "Minor Injuries Unit",
        "Information for patients aged 16 and over and the people who care for them",
    )
    assert (
        "You have been checked by a nurse in the Minor Injuries Unit (MIU) after a fall."
        in " ".join(result.markdown().split())
    )


def test_a_request_under_the_title_is_no_heading_and_a_title_opening_on_a_name_keeps_its_case(
    tmp_path,
):
    """ "CT SCAN CHECKLIST" under its department, then "Please fill in this form and bring it
    to your appointment": the request had been a heading (and a chapter of the audio), and the
    title, its first word a name in capitals, came out "CT Scan checklist"."""
    text = (
        "Radiology Department\nCT SCAN CHECKLIST\n"
        "Please fill in this form and bring it to your appointment\n\n"
        "A CT scanner uses X-rays to take pictures of the inside of your body. Tell us before"
        " your CT scan if you could be pregnant.\n\nYour details\nFull name: ______________\n"
        "Date of birth: __/__/____\n\nContact us\nCT bookings: 01632 960 555\n"
    )
    result = _imported_text(tmp_path, "ct.txt", text, "RAD-0330")
    assert result.front_matter["title"] == "CT scan checklist"
    markdown = result.markdown()
    assert "\nPlease fill in this form and bring it to your appointment\n" in markdown
    assert "## Please" not in markdown and "\n## Your details\n" in markdown


def test_who_wrote_a_leaflet_is_part_of_its_details_line(tmp_path):
    """ "PI22/1845/04 Author: Clinical Biochemistry Date: June 2024 Review date: June 2027": a
    label the details had no name for ("Author:") left the whole line in the body, read aloud,
    and no reference or dates were found. Who wrote, owns or approved a leaflet is part of its
    details line, dropped with it; a line of nothing else, or a sentence, is left alone."""
    from pipeline.sources.importers.metadata import find_details

    found = find_details("RS31/0722/02 Owner: Respiratory Physiotherapy Date: March 2025 "
                         "Review date: March 2028")
    assert found.values == {
        "number": "RS31/0722/02", "issued": "March 2025", "next_review": "March 2028"}
    assert found.rest == ""
    found = find_details("Ref: CAR-0192 | Written by: Cardiac Rehabilitation Team | Version 3")
    assert found.values == {"number": "CAR-0192", "version": "3"} and found.rest == ""
    found = find_details("Produced by: Patient Information Team Approved by: Drugs and "
                         "Therapeutics Committee Leaflet number: PHA-0415 Issued: 04/2025")
    assert found.values == {"number": "PHA-0415", "issued": "04/2025"} and found.rest == ""
    # who wrote it, and nothing else, is no details line
    assert find_details("Written by: Sister Jane Okafor, Clinical Nurse Specialist").values == {}
    # ... nor a sentence beside a detail
    for sentence in (
        "Produced by: our patients, who told us what they wanted to know. Version 2 is shorter.",
        "Contact for queries: ring the ward on 01632 960 118 before your review date: 06/2026",
    ):
        assert find_details(sentence).values == {}, sentence
    path = tmp_path / "spirometry.txt"
    path.write_text(
        "Having a breathing test (spirometry)\nRespiratory Physiology, City Hospital\n\n"
        "Spirometry measures how much air you can breathe out, and how fast.\n\n"
        "Do not smoke for 24 hours before the test.\n\n"
        "Respiratory Physiology: 01632 960 554 (Mon–Fri 8am–4pm)\n"
        "RS31/0722/02 Owner: Respiratory Physiology Date: March 2025 Review date: March 2028\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    front = result.front_matter
    assert front["number"] == "RS31/0722/02"
    assert (front["issued"], front["next_review"]) == ("2025-03", "2028-03")
    assert "Owner" not in result.markdown() and "March 2028" not in result.markdown()
    assert "Respiratory Physiology: 01632 960 554 (Mon–Fri 8am–4pm)" in result.body


def test_things_not_to_do_written_in_capitals_are_written_in_sentence_case(tmp_path):
    """ "DO NOT:" over items in capitals ("SMOKE WHILE WEARING A PATCH") had become "Do not SMOKE
    WHILE WEARING A PATCH": large print refused the capitals, and the audio read them in a case
    of its own guessing ("Do not cut A PATCH in half"). Each is written as a heading in capitals
    is: in sentence case, the leaflet's abbreviations (GP, INR) and a unit after a figure ("5MG")
    as it writes them elsewhere."""
    text = (
        "Taking warfarin\nAnticoagulation Clinic\n\nWHAT IS WARFARIN?\n\n"
        "Warfarin thins your blood. Your INR is a blood test that shows how well it works.\n\n"
        "MISSING A DOSE\n\nTake your tablets at 6pm each day. Your tablets are 1mg, 3mg or 5mg. "
        "If you miss two doses, ring the clinic.\n\n"
        "DO NOT:\n"
        "TAKE ASPIRIN OR IBUPROFEN UNLESS YOUR GP SAYS YOU CAN\n"
        "TAKE MORE THAN ONE 5MG TABLET TO MAKE UP FOR A MISSED DOSE\n"
        "START A NEW MEDICINE WITHOUT TELLING THE INR CLINIC\n\n"
        "CONTACT US\n\nAnticoagulation Clinic: 01632 960 771\n"
    )
    markdown = _imported_text(tmp_path, "warfarin.txt", text, "HAE-0602").markdown()
    assert (
        "- Do not take aspirin or ibuprofen unless your GP says you can\n"
        "- Do not take more than one 5mg tablet to make up for a missed dose\n"
        "- Do not start a new medicine without telling the INR clinic\n"
    ) in markdown, markdown
    # no run of words in capitals is left for large print to refuse
    assert not re.search(r"\b(?:[A-Z]{2,}\W+){2,}[A-Z]{2,}\b", markdown.split("---")[-1])


def test_a_paragraph_in_capitals_is_written_in_sentence_case_in_bold(tmp_path):
    """A paragraph, or a sentence of one, shouted in capitals had been kept so: large print
    refused it and the audio read it in a case of its own guessing. It is written as a heading
    in capitals is, in bold for the weight the capitals gave it: abbreviations (A&E, GP), names
    the leaflet writes with capitals (St Luke's Hospital) and codes (a postcode) kept; an
    address in capitals, all names, is left as it is."""
    text = (
        "Your child's plaster cast\nChildren's Fracture Clinic\n\n"
        "Your child's cast was put on at St Luke's Hospital. Keep it dry and clean.\n\n"
        "IF YOUR CHILD'S FINGERS TURN BLUE OR GO NUMB, TAKE THEM TO A&E AT ST LUKE'S "
        "HOSPITAL STRAIGHT AWAY. DO NOT WAIT FOR YOUR APPOINTMENT.\n\n"
        "Your child will see us again in 2 weeks. PLEASE BRING THE SLING WE GAVE YOU. Ask your "
        "GP if you have a question before then.\n\n"
        "CHILDREN'S FRACTURE CLINIC, LEVEL 2, ST LUKE'S HOSPITAL, EASTFIELD EF4 2QZ\n"
    )
    result = _imported_text(tmp_path, "cast.txt", text, "ORT-0415")
    assert (
        "**If your child's fingers turn blue or go numb, take them to A&E at St Luke's Hospital "
        "straight away. Do not wait for your appointment.**"
    ) in result.body, result.body
    assert (
        "Your child will see us again in 2 weeks. **Please bring the sling we gave you.** Ask "
        "your GP if you have a question before then."
    ) in result.body
    assert "CHILDREN'S FRACTURE CLINIC, LEVEL 2, ST LUKE'S HOSPITAL, EASTFIELD EF4 2QZ" in (
        result.body)
    assert any("is in capitals: written" in decision for decision in result.decisions)
    # a notice in capitals is the notice it was, its words after its label
    text = (
        "Your child's operation\nChildren's Day Surgery\n\n"
        "IMPORTANT: YOUR CHILD MUST NOT EAT ANYTHING AFTER 7AM ON THE DAY.\n\n"
        "Your child can drink water until 11am.\n"
    )
    result = _imported_text(tmp_path, "fasting.txt", text, "PAE-0118")
    assert "> Important: Your child must not eat anything after 7am on the day." in result.body


def test_a_name_in_a_sentence_in_capitals_keeps_every_capital_the_leaflet_gives_it(tmp_path):
    """A sentence in capitals that names a place the leaflet writes elsewhere with capitals,
    "Children's Emergency Department" after "Out of hours:", had been written "go to the
    children's Emergency Department": only the words written after a small one were known as
    names, the name's first word lowered. A run of words the leaflet writes with capitals keeps
    them all; a word it writes in small letters elsewhere, opening such a run at a line's start
    ("Ring Puffin Ward ..."), does not."""
    text = (
        "CARING FOR YOUR CHILD'S BROKEN ARM\nPaediatric Fracture Clinic\n\n"
        "Ring Puffin Ward if the sling rubs. You can ring us at any time.\n\n"
        "IF YOUR CHILD'S FINGERS TURN BLUE OR COLD, GO TO THE CHILDREN'S EMERGENCY DEPARTMENT "
        "STRAIGHT AWAY. DO NOT WAIT TO RING PUFFIN WARD.\n\n"
        "Fracture Clinic: 0116 258 5430 (Monday to Friday, 9am to 5pm)\n"
        "Out of hours: Children's Emergency Department 0116 258 5700\n"
    )
    result = _imported_text(tmp_path, "arm.txt", text, "PFC-0140")
    assert (
        "**If your child's fingers turn blue or cold, go to the Children's Emergency Department "
        "straight away. Do not wait to ring Puffin Ward.**"
    ) in result.body, result.body


def test_do_not_over_its_items_heads_nothing_after_them(tmp_path):
    """A "Do not" over its items within a section became a heading a level below, and so held
    what came after the list too: "If you are pregnant, speak to your midwife ..." after a blank
    line was under "Do not" (in the audio, a part of it; in print, under its heading). Where
    more follows the list in its section, the bare lead-in goes, as in a leaflet with no
    headings, each item saying "Do not"; a list that ends its section keeps it."""
    text = (
        "Using your salbutamol inhaler\nRespiratory Nurses\n\nHOW TO USE IT\n\n"
        "Shake the inhaler before each puff.\n\nDo not:\n"
        "use more than 8 puffs in 24 hours\nshare your inhaler with anyone\n\n"
        "If you are pregnant, speak to your midwife before changing your dose.\n\n"
        "LOOKING AFTER IT\n\nClean the mouthpiece once a week.\n\nDo not:\n"
        "put the canister in water\nleave it in a hot car\n\n"
        "CONTACT US\n\nRespiratory Nurses: 01632 960 287\n"
    )
    result = _imported_text(tmp_path, "salbutamol.txt", text, "RES-0730")
    markdown = result.markdown()
    assert (
        "Shake the inhaler before each puff.\n\n- Do not use more than 8 puffs in 24 hours\n"
        "- Do not share your inhaler with anyone\n\nIf you are pregnant"
    ) in markdown, markdown
    # the list last in its section keeps its heading
    assert "### Do not\n\n- Do not put the canister in water" in markdown, markdown
    # the report names the one "Do not" heading made, not the one taken back
    assert sorted(_headings_reported(result)) == [
        "Contact us", "Do not", "How to use it", "Looking after it"
    ], result.decisions


def test_a_ban_heading_set_as_the_sections_are_stays_a_section_of_its_own(tmp_path):
    """A Word "Heading 1" "Do not" over bans that say nothing of the section above ("Do not use
    chocolate to treat a hypo ...", "Never give food or drink to someone who is unconscious"
    under "Driving") had been made "### Do not" within "Driving": the audio played the bans
    in the driving chapter, which a reader who does not drive skips. Set as the other sections
    are, it is a section of its own, from Word and PDF; a bare "Do not" over bans about the
    section above (its "spacer") still heads them within it."""
    import weasyprint

    sections = [
        ("What to do", ["Have 15 to 20g of fast-acting sugar, such as 5 jelly babies.",
                        "Check your blood sugar again after 15 minutes."]),
        ("Driving", ["Do not drive for 45 minutes after a hypo, even if you feel better.",
                     "If you have a hypo at the wheel, stop the car and take the keys out."]),
        ("Do not", ["Do not use chocolate to treat a hypo. The fat slows down the sugar.",
                    "Never give food or drink to someone who is unconscious."]),
        ("Contact us", ["Diabetes nurses: 01632 960 123, Monday to Friday."]),
    ]
    spec: list = [("title", "Treating a low blood sugar (hypo)"), ("para", "Diabetes Service")]
    for heading, lines in sections:
        spec.append(("heading", heading))
        spec += [("bullet" if heading == "Do not" else "para", text) for text in lines]
    word = write_word(tmp_path / "hypo.docx", spec)
    html = "<h1>Treating a low blood sugar (hypo)</h1><p>Diabetes Service</p>" + "".join(
        f"<h2>{heading}</h2>" + (
            "<ul>" + "".join(f"<li>{text}</li>" for text in lines) + "</ul>"
            if heading == "Do not" else "".join(f"<p>{text}</p>" for text in lines)
        ) for heading, lines in sections
    )
    pdf = tmp_path / "hypo.pdf"
    weasyprint.HTML(string=(
        "<html lang='en'><head><style>@page { size: A4; margin: 25mm 18mm; } body { "
        "font-family: 'Liberation Sans'; font-size: 11pt; } h2 { font-size: 15pt; }</style>"
        f"</head><body>{html}</body></html>"
    )).write_pdf(pdf)
    for path in (word, pdf):
        result = import_file(path, {"number": "DIA-0733", "version": "2"})
        assert [block for block in result.body if block.startswith("#")] == [
            "## What to do", "## Driving", "## Do not", "## Contact us"
        ], (path.suffix, result.body)
        assert (
            "## Do not\n\n- Do not use chocolate to treat a hypo. The fat slows down the sugar.\n"
            "- Never give food or drink to someone who is unconscious."
        ) in result.markdown(), (path.suffix, result.markdown())
    # bans about the section above stay under it, a level below
    spec = [
        ("title", "Using your inhaler"), ("para", "Respiratory Nurse Service"),
        ("heading", "How to use it"), ("number", "Shake the inhaler and take the cap off."),
        ("number", "Push the inhaler into the end of the spacer."),
        ("heading", "Do not"),
        ("bullet", "Do not put more than one puff into the spacer at a time."),
        ("bullet", "Do not wash the spacer in a dishwasher."),
        ("heading", "Contact us"), ("para", "Respiratory nurses: 01632 960 287"),
    ]
    result = import_file(write_word(tmp_path / "spacer.docx", spec), {"number": "RES-0042"})
    assert [block for block in result.body if block.startswith("#")] == [
        "## How to use it", "### Do not", "## Contact us"
    ], result.body


def test_an_item_saying_its_own_ban_with_a_curly_apostrophe_keeps_it_alone(tmp_path):
    """Under a "Do Not" heading, an item written "Don’t swim ..." with Word's curly apostrophe
    became "Do Not don’t swim ...", a double negative heard as "do swim": the bans knew only a
    straight apostrophe. A lead-in in title case goes on to its items as "Do not"; a curly
    "Don’t:" over items in small letters leads them as a straight one does."""
    text = (
        "Looking after your new hip\nOrthopaedic Outpatients\n\n"
        "Your First Weeks At Home\n\nWalk a little further each day.\n\n"
        "Do Not\n\n"
        "- bend your hip past a right angle\n"
        "- cross your legs when you sit\n"
        "- Don\u2019t swim until your wound has healed - ask your physiotherapist first\n\n"
        "Getting Dressed\n\nSit on a chair to put your socks on. If your painkillers make you "
        "drowsy, don\u2019t\n\ndrive or use machines.\n\n"
        "Don\u2019t:\n"
        "stand on one leg to pull your trousers up\n"
        "bend down to tie your shoes\n\n"
        "Contact Us\n\nOrthopaedic Outpatients: 01632 960 233\n"
    )
    markdown = _imported_text(tmp_path, "hip.txt", text, "ORT-0623").markdown()
    assert (
        "- Do not bend your hip past a right angle\n- Do not cross your legs when you sit\n"
        "- Don\u2019t swim until your wound has healed - ask your physiotherapist first\n"
    ) in markdown, markdown
    assert "Do Not " not in markdown and "not don" not in markdown.lower()
    assert (
        "- Don\u2019t stand on one leg to pull your trousers up\n"
        "- Don\u2019t bend down to tie your shoes"
    ) in markdown, markdown
    # a sentence broken after its "don’t" is one sentence, as one broken after "do not" is
    assert "drowsy, don\u2019t drive or use machines." in markdown, markdown


GLOSSARY = (
    ("INR", "international normalised ratio, a blood test of how long your blood takes to clot"),
    ("DVT", "deep vein thrombosis, a blood clot in a deep vein, usually in the leg"),
    ("eGFR", "estimated glomerular filtration rate, a measure of how well your kidneys work"),
    ("PE", "pulmonary embolism, a blood clot that has travelled to the lungs"),
    ("U&Es", "urea and electrolytes, a blood test of your kidneys"),
)


def test_a_glossarys_entries_are_paragraphs_not_headings(tmp_path):
    """A glossary in Word, each entry a paragraph of its term in bold, a spaced dash and what it
    means ("ECG – electrocardiogram, a tracing of your heart"): the second entry, short and
    with no full stop, had been a heading (a chapter holding the rest of the glossary), and
    those after it, headings with nothing under them made lines again, had lost their bold. A
    run of such lines is the glossary's entries, each a paragraph as written; in a text file
    too, a line each, blank lines between them or not."""
    import docx as word

    document = word.Document()
    document.add_heading("Taking warfarin", level=0)
    document.add_paragraph("Leaflet number: HAE-0611 Version 2")
    document.add_heading("Your blood tests", level=1)
    document.add_paragraph("You will have a blood test every week at first.")
    document.add_heading("Words we use", level=1)
    for term, meaning in GLOSSARY:
        paragraph = document.add_paragraph()
        paragraph.add_run(term).bold = True
        paragraph.add_run(f" \u2013 {meaning}")
    path = tmp_path / "warfarin.docx"
    document.save(path)
    result = import_file(path, {"department": "Anticoagulation Clinic"})
    assert [b for b in result.body if b.startswith("#")] == [
        "## Your blood tests", "## Words we use"
    ], result.body
    for term, meaning in GLOSSARY:
        assert f"**{term}** \u2013 {meaning}" in result.body, result.body
    for between in ("\n\n", "\n"):
        text = (
            "Taking warfarin\nAnticoagulation Clinic\n\nYour blood tests\n\n"
            "You will have a blood test every week at first.\n\nWords we use\n\n"
            + between.join(f"{term} - {meaning}" for term, meaning in GLOSSARY) + "\n"
        )
        result = _imported_text(tmp_path, "warfarin.txt", text, "HAE-0611")
        assert [b for b in result.body if b.startswith("#")] == [
            "## Your blood tests", "## Words we use"
        ], result.body
        assert result.body[-len(GLOSSARY):] == [
            f"{term} - {meaning}" for term, meaning in GLOSSARY
        ], result.body


def test_a_typed_letter_under_a_long_letterhead_is_titled_by_its_subject(tmp_path):
    """A typed appointment letter: the unit, the hospital, its address, phone and e-mail, the
    patient's numbers and the date over "Dear patient,", then its subject on a line of its own,
    neither bold nor a heading. The greeting was looked for in the first eight lines only, and a
    subject had to be marked, so the hospital's name had been the title. "REPLY SLIP - please
    fill in ..." was kept half in capitals, read "REPLY slip" by the audio."""
    text = (
        "Cardiology Department \u2013 Echocardiography (Echo)\nBrookfield General Hospital\n"
        "Mill Road\nBrookfield\nBF3 9PL\n\n"
        "Telephone: 01632 960 300 (Monday to Friday, 9am to 5pm)\n"
        "Email: echo.brookfield@nhs.net\n\n"
        "Hospital number: ______________\nNHS number: ___ ___ ____\n\n"
        "Date: ____/____/20__\n\nDear patient,\n\nYour echocardiogram appointment\n\n"
        "Your consultant has asked for you to have an echocardiogram, a scan of your heart.\n\n"
        "What happens during the scan\n\n"
        "You lie on your side while we move a probe over your chest. It takes 30 minutes.\n\n"
        "Yours sincerely,\n\nEchocardiography Team\n\n"
        "Leaflet reference: CAR-ECH-04   Version 2   Next review: March 2028\n\n"
        "\u2702 - - - - - - - - - - - - - - - - - - - - -\n\n"
        "REPLY SLIP - please fill in and send back to us\n\n"
        "[ ] I will come to my appointment.\n[ ] I cannot come. Please send me a new date.\n\n"
        "Name: ______________________________\n"
    )
    result = _imported_text(tmp_path, "echo.txt", text, "CAR-ECH-04")
    assert result.front_matter["title"] == "Your echocardiogram appointment", result.decisions
    assert result.front_matter["department"] == (
        "Cardiology Department \u2013 Echocardiography (Echo)"
    )
    assert "Brookfield General Hospital" in result.body
    assert [b for b in result.body if b.startswith("#")] == [
        "## What happens during the scan", "## Reply slip - please fill in and send back to us"
    ], result.body
    assert not any("patient" in b.lower() and "dear" in b.lower() for b in result.body)


def test_lines_of_one_shape_in_a_run_are_lines_not_a_heading_over_the_rest(tmp_path):
    """ "Week 1-2: walk 10 mins x 2 a day" over "Week 3-4: ..." and "Week 5-6: ...": a line
    starting "Week ..." is taken for a heading of steps, so the first had been a heading and a
    chapter holding the other two. Lines of the same shape, a label and a colon, one after
    another, are each a line of their own; long ones are not run together either."""
    plan = [
        "Day 1-3: sit in a chair for your meals",
        "Day 4-7: walk to the bathroom and back with your frame each time you need it",
        "Day 8-14: walk round the house for 5 minutes, 3 times a day, and use the stairs once",
    ]
    text = (
        "Getting moving after your knee replacement\nOrthopaedic Physiotherapy\n\n"
        "Your walking plan\n\nBuild up slowly. Rest if your knee swells.\n\n"
        + "\n".join(plan) + "\n\nWhen to call us\n\nCall the ward if your calf is hot or "
        "swollen.\n\nWard 12: 01632 960 744\n"
    )
    result = _imported_text(tmp_path, "knee.txt", text, "PHY-0733")
    assert [b for b in result.body if b.startswith("#")] == [
        "## Your walking plan", "## When to call us"
    ], result.body
    at = result.body.index(plan[0])
    assert result.body[at : at + 3] == plan, result.body


@pytest.mark.parametrize("footer, reference, version, written, review", [
    ("ORT/HP/0712 v2 - Written: 11/2024 - Review due: 11/2026",
     "ORT/HP/0712", 2, "2024-11", "2026-11"),
    ("RES-0419 Version 4 \u2013 Date written: March 2025 \u2013 Review date: March 2028",
     "RES-0419", 4, "2025-03", "2028-03"),
])
def test_a_footer_of_details_between_dashes_with_when_it_was_written(
    tmp_path, footer, reference, version, written, review
):
    """ "CR/EX/0056 v3 - Written: 02/2025 - Review due: 02/2027" at a leaflet's foot gave no
    reference and no date it was written: "Written:" was no label the details knew, so the words
    left over made the line a sentence, read aloud at the leaflet's end. When it was written is
    when it was issued, and the dashes between details are separators, as bars are."""
    path = tmp_path / "hip.txt"
    path.write_text(
        "Exercises after your hip replacement\nOrthopaedic Physiotherapy\n\n"
        "Do these exercises 3 times a day.\n\n" + footer + "\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    front = result.front_matter
    assert (front["number"], front["version"]) == (reference, version), result.decisions
    assert (front["issued"], front["next_review"]) == (written, review)
    assert result.body == ["Do these exercises 3 times a day."], result.body


@pytest.mark.parametrize("masthead, department", [
    ("Nottingham University Hospitals - Infection Prevention and Control Team",
     "Infection Prevention and Control Team"),
    ("Leicester's Hospitals \u2013 Infection Prevention Team", "Infection Prevention Team"),
    ("Sherwood Forest Hospitals NHS Foundation Trust | Infection Prevention Team",
     "Infection Prevention Team"),
])
def test_a_flyers_hospitals_name_over_its_title_is_the_masthead(tmp_path, masthead, department):
    """A flyer with no headings, under "Leicester's Hospitals - Infection Prevention Team", was
    titled "Leicester's Hospitals" (its file named so, its recording opening with it) and its
    real title, "Stop the spread of C. diff: wash your hands!", was its first paragraph; and its
    footer "IPC-F12 v1 | Issued 02/2025 | ..." gave no reference (a figure after the letters
    behind the hyphen)."""
    text = (
        f"{masthead}\n\nStop norovirus spreading: wash your hands!\n\n"
        "Norovirus causes vomiting and diarrhoea. Alcohol hand gel does not kill it, so wash "
        "your hands with soap and water.\n\nVisitors: please do not visit if you have been "
        "unwell in the last 48 hours.\n\nIPC-N07 v2 | Issued 03/2025 | Review 03/2027\n"
    )
    path = tmp_path / "norovirus.txt"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, {})
    front = result.front_matter
    assert front["title"] == "Stop norovirus spreading: wash your hands!", result.decisions
    assert front["department"] == department
    assert (front["number"], front["version"]) == ("IPC-N07", 2)
    assert result.file_name == "ipc-n07-stop-norovirus-spreading-wash-your-hands.md"
    assert result.body[0].startswith("Norovirus causes"), result.body
    assert not any("Hospitals" in block for block in result.body)


@pytest.mark.parametrize("department", [
    "Oral and Maxillofacial Surgery (OMFS)", "Restorative Dentistry",
    "Oral Surgery (Dental Hospital)",
])
def test_a_dental_specialty_over_the_title_is_the_department(department):
    """ "Oral and Maxillofacial Surgery (OMFS)" over a PDF's title (its largest type) became a
    heading, the leaflet's first chapter, and the leaflet had no department: neither "oral" nor
    "maxillofacial" was a specialty's word, and the abbreviation in brackets read as a
    sentence's end."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    lines = [
        SourceLine(department, "page 1, line 1"),
        SourceLine("Glenfield Hospital", "page 1, line 2"),
        SourceLine("After your tooth extraction", "page 1, line 3", heading=1),
        SourceLine("Do not rinse your mouth for 24 hours.", "page 1, line 4"),
    ]
    result = recover(lines, "extraction.pdf", {"number": "OMFS-1", "version": "1"})
    assert result.front_matter["title"] == "After your tooth extraction"
    assert result.front_matter["department"] == department
    assert not any(block.startswith("#") for block in result.body), result.body


def test_items_in_capitals_starting_stop_under_a_bare_ban_are_what_not_to_do(tmp_path):
    """ "DO NOT:" over "STOP TAKING LITHIUM SUDDENLY" / "TAKE IT IF YOU ARE PREGNANT" with no
    bullets: a line starting "Stop" was taken for a ban of its own, so as the first item it broke
    the list (the lines became bold paragraphs, read aloud as "Stop taking lithium suddenly.")
    and as a later one it ended the list there. Under a bare ban every short line up to the blank
    line is a thing not to do, one starting "Stop" too; "Don’t:" and "NEVER:" alike."""
    items = ("STOP TAKING LITHIUM SUDDENLY", "TAKE LITHIUM IF YOU ARE PREGNANT OR BREASTFEEDING",
             "GIVE YOUR TABLETS TO ANYONE ELSE")
    for lead_in, said in (("DO NOT:", "Do not"), ("DON\u2019T:", "Don\u2019t"),
                          ("NEVER:", "Never")):
        for order in (items, items[1:] + items[:1]):
            text = (
                "Lithium and your mood\nMental Health Pharmacy Team\n\n"
                "Leaflet number: MH-0777 Version 1\n\nIMPORTANT SAFETY RULES\n\n"
                "Have a blood test every 3 months.\n\n" + lead_in + "\n" + "\n".join(order)
                + "\n\nIf you miss a dose, take the next one at the usual time.\n"
            )
            markdown = _imported_text(tmp_path, "lithium.txt", text, "MH-0777").markdown()
            assert "\n".join(
                f"- {said} {item.lower()}" for item in order
            ) + "\n\nIf you miss a dose" in markdown, (lead_in, order, markdown)
            assert "**" not in markdown, (lead_in, order)
    # items ending on a full stop, or long, are what not to do all the same
    text = (
        "Lithium and your mood\n\nLeaflet number: MH-0777 Version 1\n\nSafety\n\n"
        "Have a blood test every 3 months.\n\nDO NOT:\nSTOP TAKING LITHIUM SUDDENLY.\n"
        "TAKE LITHIUM IF YOU ARE PREGNANT OR BREASTFEEDING OR THINK THAT YOU COULD BE PREGNANT "
        "AND HAVE NOT YET TOLD YOUR DOCTOR\n\nIf you miss a dose, take the next one.\n"
    )
    markdown = _imported_text(tmp_path, "lithium.txt", text, "MH-0777").markdown()
    assert "\n- Do not stop taking lithium suddenly.\n- Do not take lithium if you are" in markdown
    # ... and lines that cannot be its items leave the lead-in bare, with a warning
    text = text.replace("STOP TAKING LITHIUM SUDDENLY.", "HELP YOURSELF TO EXTRA TABLETS")
    result = _imported_text(tmp_path, "lithium.txt", text, "MH-0777")
    assert any("'DO NOT:' stands over lines that are not a list" in w for w in result.warnings)


def test_a_title_in_capitals_under_a_long_department_line_is_the_title(tmp_path):
    """ "Neurology Department and Epilepsy Specialist Nursing Service" over "SODIUM VALPROATE
    AND PREGNANCY: ...": the department's name, seven words long, was taken for the title (and
    the file's name) and the real title in capitals became a bold line of the body. A title set
    in capitals under a line named like a department is the title; the audience under it ("for
    girls and women") is the audience."""
    text = (
        "Northfield Teaching Hospitals NHS Trust\n"
        "Rheumatology Department and Lupus Specialist Nursing Service\n\n"
        "METHOTREXATE AND PREGNANCY: PLANNING AHEAD\n\n"
        "Information for girls and women (aged 12 to 50) who take methotrexate, and their "
        "carers\n\nLeaflet number: RHE-0412   Version: 1   Review date: May 2027\n\n"
        "WHY HAVE I BEEN GIVEN THIS LEAFLET?\n\nMethotrexate can harm an unborn baby.\n"
    )
    result = _imported_text(tmp_path, "mtx.txt", text, "RHE-0412")
    assert result.front_matter["title"] == "Methotrexate and pregnancy: planning ahead"
    assert result.front_matter["department"] == (
        "Rheumatology Department and Lupus Specialist Nursing Service"
    )
    assert result.front_matter["audience"].startswith("Information for girls and women")
    assert "METHOTREXATE" not in result.markdown().split("---", 2)[2]
    assert "Methotrexate and pregnancy" not in result.markdown().split("---", 2)[2]


def test_a_department_with_a_dash_between_service_and_team_is_the_department(tmp_path):
    """ "Nutrition and Dietetics Service – Home Enteral Feeding Team" under the title: its dash
    was counted as a word, so it ran too long to name a department; it stayed a line of the
    body and began a chapter "Introduction" of that line alone."""
    for title in (("large", "Looking after your tracheostomy at home"),
                  ("title", "Looking after your tracheostomy at home")):
        path = write_word(tmp_path / "trach.docx", [
            ("bold", "Westbrook Community Health NHS Trust"),
            title,
            ("para", "Head and Neck Surgery Service – Community Airway Nursing Team"),
            ("para", "Information for patients and carers"),
            ("bold", "Cleaning the inner tube"),
            ("para", "Clean the inner tube at least twice a day."),
            ("para", "Leaflet number: ENT-0456 Version: 1"),
        ])
        result = import_file(path, {})
        assert result.front_matter["department"] == (
            "Head and Neck Surgery Service – Community Airway Nursing Team"
        ), title
        body = "\n".join(result.body)
        assert "Airway Nursing Team" not in body and "Introduction" not in body, (title, body)


def test_a_contacts_panel_in_bold_at_the_end_of_a_pdf_is_its_own_section(tmp_path):
    """A PDF's sections under headings in 13 pt, then a panel headed "Contacts" in bold body
    type: the bold line was taken for a heading a level down, so the panel's numbers fell into
    the last section ("Going home from hospital") and its chapter. A contact section's name over
    the contacts, with no section after it, is a section of its own."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 10pt sans-serif }"
        "h1 { font-size: 20pt } h2 { font-size: 13pt } .panel { background: #dde8f3 }"
        "</style></head><body><h1>Croup in children: a guide for parents</h1>"
        "<p>Children's Assessment Unit</p><p>Leaflet number: CAU-0220 Version: 1</p>"
        "<h2>What is croup?</h2><p>Croup is a common infection of the airway in young "
        "children.</p><h2>Going home from hospital</h2><p>Your child can go home when their "
        "breathing is settled.</p><div class='panel'><p><b>Contacts</b></p>"
        "<p>Children's Assessment Unit (24 hours)<br/>Tel: 01632 960 410</p>"
        "<p>Children's Ward 12<br/>Tel: 01632 960 412</p></div></body></html>"
    )
    path = tmp_path / "croup.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert [block for block in result.body if block.startswith("#")] == [
        "## What is croup?", "## Going home from hospital", "## Contacts"
    ]


@pytest.mark.parametrize("contact", [
    "Telephone: 01632 960 550 ext 3 (Mon-Fri 8am-6pm)",
    "Tel 01632 960 550 | Email: physio.riverside@nhs.net",
    "www.riversidehealth.nhs.uk/physiotherapy",
    "Open Monday to Friday, 8.30am to 4.30pm",
    "Physiotherapy Gym, Riverside Road, Kingsbridge KB4 6GH",
])
def test_a_contact_line_over_the_title_is_not_the_title(tmp_path, contact):
    """ "Telephone: 01632 960 550 ext 3 (Mon-Fri 8am-6pm)" under the department, over a title in
    capitals, had been the title (the file named by the phone number, the recording opening
    with it) and the real title a chapter's heading. A phone number, an e-mail or web address,
    opening hours or an address is never a title; the line stays in the body."""
    text = (
        "Riverside Community Health NHS Trust\n"
        "Musculoskeletal (MSK) Physiotherapy Department\n"
        f"{contact}\n\n"
        "SHOULDER EXERCISES AFTER A FRACTURE\n\n"
        "Leaflet ref: PHY-0412   Version 1   Date of issue: May 2024   Review: May 2027\n\n"
        "Do these exercises three times a day unless your physiotherapist tells you otherwise.\n\n"
        "Exercise 1 – Pendulum swings\n"
        "Lean forward and let your arm hang down. Swing it gently in small circles.\n"
    )
    result = _imported_text(tmp_path, "shoulder.txt", text, "PHY-0412")
    front = result.front_matter
    assert front["title"] == "Shoulder exercises after a fracture", result.decisions
    assert front["department"] == "Musculoskeletal (MSK) Physiotherapy Department"
    assert not any("Shoulder exercises" in block for block in result.body), result.body
    assert any(contact.split()[-1] in block for block in result.body), result.body


@pytest.mark.parametrize("hospital", [
    "Westgate Children's Hospital", "Kingsbridge Royal Infirmary",
    "St Anne's and St Luke's Hospitals", "Millbrook Medical Centre",
])
@pytest.mark.parametrize("department", ["Children's Pharmacy Department\n", ""])
def test_a_hospitals_name_over_the_title_is_the_masthead(tmp_path, hospital, department):
    """ "Westgate Children's Hospital" over "Children's Pharmacy Department" and the title had
    been the title (no "NHS Trust" in it), and the real title, "Ibuprofen liquid for children
    (100mg/5ml)", a chapter "Introduction"'s paragraph. A hospital's name at the head is its
    masthead."""
    text = (
        f"{hospital}\n{department}\n"
        "Paracetamol liquid for children (120mg/5ml)\n"
        "Information for parents and carers\n\n"
        "Ref: PHA-1150 | Version 1 | Last reviewed: 03/2025 | Next review: 03/2028\n\n"
        "What is paracetamol?\n"
        "Paracetamol is a medicine for pain and fever. It is safe for most children.\n\n"
        "How much to give\n"
        "Give the dose on the bottle for your child's age. Do not give more than 4 doses in "
        "24 hours.\n"
    )
    result = _imported_text(tmp_path, "paracetamol.txt", text, "PHA-1150")
    front = result.front_matter
    assert front["title"] == "Paracetamol liquid for children (120mg/5ml)", result.decisions
    if department:
        assert front["department"] == "Children's Pharmacy Department"
    assert not any(hospital in block or "Paracetamol liquid" in block for block in result.body)
    assert result.body[0] == "## What is paracetamol?", result.body


@pytest.mark.parametrize("title", ["Going Home From Hospital", "Your Stay In Hospital"])
def test_a_title_ending_on_hospital_is_still_the_title(tmp_path, title):
    """The words of a title may end on "Hospital" without naming one."""
    text = (
        f"{title}\n\nRef: WRD-0101 | Version 1 | Next review: 03/2028\n\n"
        "Before you leave\nA nurse will check you are well enough to go home.\n"
    )
    result = _imported_text(tmp_path, "home.txt", text, "WRD-0101")
    assert result.front_matter["title"] == title, result.decisions


def test_a_bold_sentence_going_on_in_plain_type_in_a_pdf_keeps_its_bold(tmp_path):
    """A sentence in bold over three lines of a column, its last line ending on its full stop
    and the paragraph going on in plain type on the next line: the three lines were joined as
    one line in bold, and the paragraph, not wholly bold, lost it (what to do about fresh
    bleeding read as one more sentence of the advice). So does a sentence in bold opening a
    line that goes on in plain type."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 18mm 16mm }"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.3 }"
        ".cols { column-count: 2; column-gap: 1cm } h2 { font-size: 13pt }"
        "p { margin: 0 0 6pt 0 }</style></head><body>"
        "<h1>After your child's adenoidectomy</h1><p>Children's Ear, Nose and Throat Service</p>"
        "<p>Leaflet number: ENT-0210 Version: 1</p><div class='cols'><h2>Going home</h2>"
        "<p>Most children go home on the day of the operation. Your child may have a blocked "
        "nose and snore for up to 2 weeks while the swelling goes down. Keep them off school "
        "or nursery for 1 week.</p><p>Give paracetamol or ibuprofen for pain, as it says on "
        "the bottle. Your child's breath may smell for a few days; this is normal.</p>"
        "<h2 style='break-before: column'>Bleeding</h2>"
        "<p>A little blood in your child's spit or nose in the first day is normal.</p>"
        "<p><b>If your child has fresh bleeding from the nose or mouth that lasts more than "
        "10 minutes, take them straight to A&amp;E now.</b> Sit them up and lean them "
        "forward. Do not let them lie down.</p>"
        "<p><b>Never give your child aspirin.</b> It can make bleeding worse in children "
        "under 16.</p><p>Bleeding is most likely in the first 10 days.</p></div></body></html>"
    )
    path = tmp_path / "adenoids.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    body = import_file(path, {}).markdown().split("---", 2)[2]
    assert (
        "\n**If your child has fresh bleeding from the nose or mouth that lasts more than 10 "
        "minutes, take them straight to A&E now.** Sit them up and lean them forward. Do not "
        "let them lie down.\n\n**Never give your child aspirin.** It can make bleeding worse "
        "in children under 16.\n"
    ) in body, body


def test_a_do_not_lead_in_taken_back_from_the_headings_is_reported_once(tmp_path):
    """ "Do not:" over its items, a paragraph after them: the lead-in is no heading, and the
    report said so, but said "heading 'Do not'" too (at the end of the report, out of its
    place). What it says now agrees with the leaflet; a "Do not" that stays a heading is
    reported as one in its place."""
    text = (
        "After your tonsillectomy\n\nChildren's ENT Service\n\n"
        "Leaflet number: ENT-0118 Version: 1\n\n"
        "Eating and drinking\n\nNormal food helps the throat to heal.\n\n"
        "Do not:\n\ngive fizzy or very hot drinks for 2 weeks\n\n"
        "let your child use a straw in the first week\n\n"
        "Chewing gum can help the jaw muscles.\n\n"
        "Going back to school\n\nKeep your child off school for 2 weeks.\n\n"
        "Do not:\n\nlet your child swim for 2 weeks\n\n"
        "Contact us\n\nPuffin Ward: 01632 964 020\n"
    )
    result = _imported_text(tmp_path, "tonsils.txt", text, "ENT-0118")
    body = result.markdown().split("---", 2)[2]
    assert "\nNormal food helps the throat to heal.\n\n- Do not give fizzy" in body
    assert "\n### Do not\n\n- Do not let your child swim for 2 weeks\n" in body
    said = [d for d in result.decisions if "'Do not'" in d]
    assert said == [
        "line 11: the lead-in 'Do not' is no heading: it would have held 'Chewing gum can "
        "help the jaw muscles.' too; each item says it, so it goes",
        "line 23: heading 'Do not'",
    ], result.decisions
    assert result.decisions.index(said[1]) < next(
        i for i, d in enumerate(result.decisions) if "heading 'Contact us'" in d
    )


def test_a_heading_with_nothing_under_it_is_reported_as_the_line_it_became(tmp_path):
    """A unit's address under the title, taken for a heading and then made a line (nothing
    stood under it before the next heading), had been reported "heading '...'" all the same."""
    text = (
        "Your Home Exercise Programme After Knee Surgery\nPhysiotherapy Service\n"
        "Information For Patients\n\nPhysiotherapy Outpatients, Level 2, Riverside Wing\n\n"
        "Why Exercise Helps\n\nExercise helps your knee to bend and makes the muscles "
        "stronger.\n\nLeaflet number: PHY-0222 Version 1\n"
    )
    result = _imported_text(tmp_path, "knee.txt", text, "PHY-0222")
    assert result.body[:2] == [
        "Physiotherapy Outpatients, Level 2, Riverside Wing", "## Why Exercise Helps"
    ]
    assert "line 5: heading 'Physiotherapy Outpatients, Level 2, Riverside Wing'" not in (
        result.decisions
    )
    assert (
        "line 5: 'Physiotherapy Outpatients, Level 2, Riverside Wing' is no heading: nothing "
        "stands under it before the heading 'Why Exercise Helps', so it is a line of text"
    ) in result.decisions


def _bronchiolitis_pdf(path: Path) -> Path:
    """A two-column PDF leaflet whose "Phone the ward if your baby:" stands over three signs,
    each a paragraph of its own in lower case with no bullets (the longer ones wrapped at the
    column's edge), and whose "Name of your health visitor:" is a real blank, a ruled line to
    write on under it (the shape of a children's ward leaflet)."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 18mm 16mm 22mm 16mm;"
        ' @bottom-center { content: "Ref: CHW-0311 Version: 2 Review: 04/2028"; font-size: 8pt }'
        " } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.3 }"
        ".cols { column-count: 2; column-gap: 1cm } h1 { font-size: 20pt }"
        "h2 { font-size: 13pt; margin: 10pt 0 3pt 0 } p { margin: 0 0 6pt 0 }"
        ".rule { border-bottom: 1px solid black; height: 14pt; margin-bottom: 6pt }"
        "</style></head><body><p><b>Children's Ward</b></p>"
        "<h1>Looking after your baby with bronchiolitis</h1>"
        "<p>Information for parents and carers</p><div class='cols'>"
        "<h2>At home</h2><p>Bronchiolitis is a chest infection that most babies get over in 2 "
        "to 3 weeks. The cough can go on for up to 4 weeks. Offer smaller feeds more often, "
        "and let your baby rest between feeds.</p>"
        "<p>Name of your health visitor:</p><div class='rule'></div>"
        "<p>Your health visitor can weigh your baby and talk to you about feeding.</p>"
        "<h2>When to get help</h2>"
        "<p>Phone the ward if your baby:</p>"
        "<p>is taking less than half of their usual feeds over 3 or 4 feeds in a row</p>"
        "<p>has had no wet nappy for 12 hours or more</p>"
        "<p>is breathing faster than usual and seems to be working hard to breathe</p>"
        "<h2>Contact us</h2><p>Children's Ward, 24 hours: 01632 960 118</p>"
        "</div></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_condition_ending_in_a_colon_over_lines_in_a_pdf_leads_them_as_its_list(tmp_path):
    """ "Phone the ward if your baby:" over its signs, each a paragraph in lower case with no
    bullets, had been a blank to fill in ("Phone the ward if your baby: your care team will
    fill this in" in the audio, a blank in braille, a line to write on in large print) and the
    signs three paragraphs saying nothing of what to do. A condition left open at its colon is
    a lead-in and the lines under it its items; "Name of your health visitor:" over a ruled
    line stays a blank."""
    path = _bronchiolitis_pdf(tmp_path / "bronchiolitis.pdf")
    result = import_file(path, {})
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == ["Name of your health visitor:"]
    assert (
        "\n\nPhone the ward if your baby:\n\n"
        "- is taking less than half of their usual feeds over 3 or 4 feeds in a row\n"
        "- has had no wet nappy for 12 hours or more\n"
        "- is breathing faster than usual and seems to be working hard to breathe\n\n"
        "## Contact us"
    ) in result.markdown()
    (signs,) = lists(leaflet)
    assert len(signs.items) == 3
    assert any(
        "'Phone the ward if your baby:' leads into the lines under it: a list of 3 items"
        in decision
        for decision in result.decisions
    ), result.decisions
    assert not any("fill-in field 'Phone the ward" in d for d in result.decisions)


def test_an_instruction_or_condition_ending_in_a_colon_is_no_blanks_label(tmp_path):
    """A line ending in a colon that says what to do, or when, leads into the lines under it
    whatever its words ("Go to A&E if you:", "Contact the clinic if:", "Please bring with
    you:"), blank lines between the lines or not, in small letters or capitals; a blank's
    label ("Name of therapist:", "Date of scan:", "My alendronic acid day is:") stays a blank,
    and a sentence after the lines, a blank line before it or not, is no item."""
    text = (
        "After your knee replacement\n\nOrthopaedic Department\n\n"
        "Leaflet number: ORT-0731 Version: 1\n\n"
        "Going home\n\nMost people go home 2 or 3 days after the operation.\n\n"
        "Please bring with you:\n\nyour walking frame or crutches\n"
        "loose trousers or shorts that fit over a bandage\n"
        "Your nurse will check them before you go home.\n\n"
        "Your exercises\n\nDo each exercise 3 times a day.\n\n"
        "Name of therapist:\n\nDate of scan:\n\n"
        "My alendronic acid day is:\n\nTake it before breakfast with a full glass of water.\n\n"
        "When to get help\n\n"
        "Go to A&E if you:\n\nare short of breath or have pain in your chest\n\n"
        "cough up blood\n\n"
        "Contact the clinic if:\n"
        "Your wound is red, hot or swollen\n"
        "You have a temperature of 38°C or above\n\n"
        "The clinic is open from 9am to 5pm, Monday to Friday.\n"
    )
    result = _imported_text(tmp_path, "knee.txt", text, "ORT-0731")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == [
        "Name of therapist:", "Date of scan:", "My alendronic acid day is:"
    ]
    body = result.markdown().split("---", 2)[2]
    assert (
        "\nPlease bring with you:\n\n- your walking frame or crutches\n"
        "- loose trousers or shorts that fit over a bandage\n\n"
        "Your nurse will check them before you go home.\n"
    ) in body
    assert (
        "\nGo to A&E if you:\n\n- are short of breath or have pain in your chest\n"
        "- cough up blood\n\nContact the clinic if:\n\n- Your wound is red, hot or swollen\n"
        "- You have a temperature of 38°C or above\n\n"
        "The clinic is open from 9am to 5pm, Monday to Friday.\n"
    ) in body


def test_a_blanks_label_over_lines_shaped_as_its_items_is_warned_of(tmp_path):
    """ "Signs of infection:" alone on its line over short lines with no full stop reads as a
    blank's label or as the lead-in to a list: kept as a blank, it is said to a person to
    check (the importer had said nothing)."""
    text = (
        "Caring for your wound\n\nSurgical Day Unit\n\nLeaflet number: SDU-0415 Version: 1\n\n"
        "Your wound\n\nKeep the dressing dry for 2 days.\n\n"
        "Signs of infection:\n\nRedness spreading around the wound\n\n"
        "Pus or a bad smell from the wound\n\n"
        "Contact us\n\nSurgical Day Unit: 01632 960 221\n"
    )
    result = _imported_text(tmp_path, "wound.txt", text, "SDU-0415")
    assert any(
        "'Signs of infection:'" in warning and "lead-in" in warning
        for warning in result.warnings
    ), result.warnings


def test_a_bold_sentence_in_a_pdfs_left_column_under_a_title_across_the_page_stays_whole(
    tmp_path,
):
    """The same sentence in bold over three lines of the left column, under a title set
    across both columns: the column's edge was taken from the title, so none of its lines had
    wrapped, and the sentence's first line was a heading ("If your child has fresh bleeding
    from the") over the rest, the bold lost from half of it. A line across both columns sets
    no column's edge."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 18mm 16mm }"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.3 }"
        ".cols { column-count: 2; column-gap: 1cm } h2 { font-size: 13pt }"
        "p { margin: 0 0 6pt 0 }</style></head><body>"
        "<h1>After your child's adenoidectomy operation</h1>"
        "<p>Children's Ear, Nose and Throat Service</p>"
        "<p>Leaflet number: ENT-0210 Version: 1</p><div class='cols'><h2>Bleeding</h2>"
        "<p>A little blood in your child's spit or nose in the first day is normal.</p>"
        "<p><b>If your child has fresh bleeding from the nose or mouth that lasts more than "
        "10 minutes, take them straight to A&amp;E now.</b> Sit them up and lean them "
        "forward. Do not let them lie down.</p>"
        "<p>Bleeding is most likely in the first 10 days.</p>"
        "<h2 style='break-before: column'>Going home</h2>"
        "<p>Most children go home on the day of the operation. Your child may have a blocked "
        "nose and snore for up to 2 weeks while the swelling goes down. Keep them off school "
        "or nursery for 1 week.</p><p>Give paracetamol or ibuprofen for pain, as it says on "
        "the bottle. Your child's breath may smell for a few days; this is normal.</p>"
        "</div></body></html>"
    )
    path = tmp_path / "adenoids.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert [d for d in result.decisions if ": heading " in d] == [
        "page 1, line 4: heading 'Bleeding'", "page 1, line 13: heading 'Going home'"
    ], result.decisions
    assert (
        "\n**If your child has fresh bleeding from the nose or mouth that lasts more than 10 "
        "minutes, take them straight to A&E now.** Sit them up and lean them forward. Do not "
        "let them lie down.\n"
    ) in result.markdown()


_SIDEBAR_MAIN = (
    "<p>This leaflet explains what you can do when you feel short of breath, and when you "
    "should ask for help. Keep it somewhere you can find it quickly, such as by your bed.</p>"
    "<h2>Positions that help</h2><p>Sit upright in a chair and lean forward, resting your "
    "arms on your knees or on a table. This lets your breathing muscles work more easily.</p>"
    "<h2>Breathing control</h2><p>Breathe in gently through your nose and out through your "
    "mouth. Keep your shoulders relaxed and let your tummy rise as you breathe in.</p>"
    "<h2>Your inhalers</h2><p>Use your reliever inhaler as your nurse showed you. If you need "
    "it more than three times a day, tell your GP or practice nurse.</p>"
    "<h2>When to get help</h2><p>If your lips turn blue or you cannot finish a sentence, call "
    "999 straight away.</p>"
)
_SIDEBAR = (
    "<h2>Who to call</h2><p><b>Respiratory Nurse Line</b><br>01632 960 321<br>Monday to "
    "Friday, 8am to 6pm</p><p><b>Out of hours</b><br>NHS 111, option 1</p>"
    "<p><b>Breathe Easy support group</b><br>www.breatheeasy.org.uk</p>"
    "<p><b>Emergency</b><br>999 or go to A&amp;E</p>"
)


def _sidebar_leaflet(path: Path, side: str, shaded: bool, shape: str, size: str,
                     main: str = _SIDEBAR_MAIN, sidebar: str = _SIDEBAR) -> Path:
    """A page of text with a narrower column of contacts beside it, as a leaflet's sidebar is
    set: floated beside the text (the text running on under it or not) or in a table's cell,
    on the left or the right, shaded or not."""
    import weasyprint

    shade = "background: #e8edee; padding: 8pt;" if shaded else ""
    if shape == "float":
        margin = "margin-left" if side == "left" else "margin-right"
        body = (f"<div class='side' style='float: {side}; width: 30%; {shade}'>{sidebar}</div>"
                f"<div style='{margin}: 36%'>{main}</div>")
    elif shape == "wrapped":  # the text runs on across the page under the sidebar
        margin = "margin-right" if side == "left" else "margin-left"
        body = (f"<div class='side' style='float: {side}; width: 30%; {margin}: 14pt; {shade}'>"
                f"{sidebar}</div>{main}")
    else:
        padding = "padding-left" if side == "left" else "padding-right"
        cells = [f"<td style='width: 64%; {padding}: 14pt'>{main}</td>",
                 f"<td class='side' style='width: 30%; {shade}'>{sidebar}</td>"]
        body = (
            "<table style='width: 100%; border-collapse: collapse'><tr>"
            f"{''.join(reversed(cells) if side == 'left' else cells)}</tr></table>"
        )
    html = (
        "<html><head><style>@page { size: A4; margin: 18mm }"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt }"
        f"h2 {{ font-size: 14pt }} .side {{ font-size: {size} }} .side h2 {{ font-size: 12pt }}"
        "td { vertical-align: top }</style></head><body>"
        "<h1>Managing your breathlessness at home</h1><p>Respiratory Nursing Team</p>"
        f"<p>Leaflet number: RES-0321 Version: 2</p>{body}</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


@pytest.mark.parametrize(("side", "shaded", "shape", "size"), [
    ("right", True, "float", "10pt"),
    ("left", False, "float", "10pt"),
    ("right", False, "cells", "10pt"),
    ("left", True, "cells", "10pt"),
    ("left", False, "float", "11pt"),
])
def test_a_sidebar_beside_a_pdfs_text_is_read_after_it_as_its_own_section(
    tmp_path, side, shaded, shape, size
):
    """A portrait page with its text in a wide column and a narrower column of contacts beside
    it (a crisis plan's "Who to call"), its gutter nowhere near the page's middle: it had been
    read as one column, the sidebar's lines woven into the text line by line with no warning
    ("Keep it somewhere you can find it quickly, such as by your bed. Respiratory Nurse Line",
    "01632 960 321 Positions that help Monday to Friday, 8am to 6pm"), a heading lost and the
    phone numbers cut from whom they reach. The text's column is read first, then the sidebar,
    its heading a section of its own, whichever side it stands on and shaded or not."""
    path = _sidebar_leaflet(tmp_path / "breathless.pdf", side, shaded, shape, size)
    result = import_file(path, {})
    markdown = result.markdown()
    assert [block for block in result.body if block.startswith("#")][:5] == [
        "## Positions that help", "## Breathing control", "## Your inhalers",
        "## When to get help", "## Who to call",
    ], markdown
    for paragraph in [
        "This leaflet explains what you can do when you feel short of breath, and when you "
        "should ask for help. Keep it somewhere you can find it quickly, such as by your bed.",
        "Sit upright in a chair and lean forward, resting your arms on your knees or on a "
        "table. This lets your breathing muscles work more easily.",
        "Breathe in gently through your nose and out through your mouth. Keep your shoulders "
        "relaxed and let your tummy rise as you breathe in.",
        "If your lips turn blue or you cannot finish a sentence, call 999 straight away.",
    ]:
        assert f"\n{paragraph}\n" in markdown, markdown
    # the sidebar after the text, each number under whom it reaches
    flat = " ".join(markdown.split())
    order = [flat.find(words) for words in (
        "call 999 straight away", "Who to call", "Respiratory Nurse Line", "01632 960 321",
        "Monday to Friday, 8am to 6pm", "Out of hours", "NHS 111, option 1",
        "Breathe Easy support group", "www.breatheeasy.org.uk", "Emergency", "999 or go to A&E",
    )]
    assert -1 not in order and order == sorted(order), markdown
    assert not [w for w in result.warnings if "column" in w or "side by side" in w]
    assert any("read after the text of its page" in d for d in result.decisions), (
        result.decisions
    )


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_sidebar_the_text_runs_on_under_is_read_after_the_pages_text(tmp_path, side):
    """A sidebar floated beside the text, the text running on across the page under it: the
    text beside it and under it is read as one, its heading under the sidebar ("Your
    inhalers", on the sidebar's side) the text's, and the sidebar after it."""
    main = _SIDEBAR_MAIN + (
        "<h2>Staying active</h2><p>Try to walk a little further each day. It is normal to "
        "feel a little out of breath when you are active, and it will not harm you.</p>"
        "<h2>Eating well</h2><p>Eat small meals often. A full stomach can press on your lungs "
        "and make it harder to breathe.</p>"
    )
    path = _sidebar_leaflet(tmp_path / "breathless.pdf", side, True, "wrapped", "10pt", main)
    result = import_file(path, {})
    markdown = result.markdown()
    assert [block for block in result.body if block.startswith("#")][:7] == [
        "## Positions that help", "## Breathing control", "## Your inhalers",
        "## When to get help", "## Staying active", "## Eating well", "## Who to call",
    ], markdown
    for paragraph in [
        "Use your reliever inhaler as your nurse showed you. If you need it more than three "
        "times a day, tell your GP or practice nurse.",
        "Try to walk a little further each day. It is normal to feel a little out of breath "
        "when you are active, and it will not harm you.",
    ]:
        assert f"\n{paragraph}\n" in markdown, markdown
    assert "\n### Respiratory Nurse Line\n\n01632 960 321\n" in markdown


def test_a_sidebar_is_read_after_the_sentence_its_page_ends_in(tmp_path):
    """A sidebar beside a page whose last sentence goes on at the next page's head is read
    after the part that sentence is in ends: read at its page's end, the sentence had been cut
    in two by the sidebar's contacts; read after the sentence's paragraph, the part's next
    paragraph ("Ask your nurse ...") had fallen under the sidebar's heading "Who to call"."""
    sentence = (
        "Breathlessness can make everyday tasks such as washing, dressing and climbing the "
        "stairs feel harder, so pace yourself and rest between jobs number {}."
    )
    long = (
        "<h2>Living with breathlessness</h2><p>"
        + " ".join(sentence.format(n) for n in range(1, 16))
        + "</p><p>Ask your nurse about a pulmonary rehabilitation course near you.</p>"
    )
    path = _sidebar_leaflet(tmp_path / "breathless.pdf", "right", True, "float", "10pt",
                            main=_SIDEBAR_MAIN + long)
    result = import_file(path, {})
    markdown = result.markdown()
    assert "\n" + " ".join(sentence.format(n) for n in range(1, 16)) + "\n" in markdown
    flat = " ".join(markdown.split())
    assert flat.index("jobs number 15.") < flat.index(
        "Ask your nurse about a pulmonary rehabilitation course near you."
    ) < flat.index("## Who to call")


def test_a_sidebar_with_no_heading_of_its_own_is_warned_of(tmp_path):
    """A sidebar of contacts with no heading, read after the text of its page, runs on under
    the text's last heading: the person importing it is asked to check it belongs there."""
    sidebar = (
        "<p>Respiratory Nurse Line 01632 960 321</p><p>Out of hours: NHS 111, option 1</p>"
        "<p>www.breatheeasy.org.uk</p>"
    )
    path = _sidebar_leaflet(tmp_path / "breathless.pdf", "left", False, "float", "10pt",
                            sidebar=sidebar)
    result = import_file(path, {})
    flat = " ".join(result.markdown().split())
    assert flat.index("call 999 straight away.") < flat.index("Respiratory Nurse Line")
    assert any(
        "the narrower column beside the text, from 'Respiratory Nurse Line', was read after "
        "the text of its page, under the heading 'When to get help': check it belongs there"
        in warning for warning in result.warnings
    ), result.warnings


def test_columns_no_gutter_parts_are_warned_of_when_read_across(tmp_path):
    """Justified text set within 5 pt of a sidebar beside it leaves no gutter to part them
    (a word's space is near as wide): read across, the sidebar's lines stand between the
    lines of the text's sentences, and the person importing it is told to check the page
    rather than left to find "resting your arms on" / "Out of hours" / "your knees ..."."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 18mm }"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; text-align: justify }"
        ".side { font-size: 10pt; text-align: left } .side h2 { font-size: 12pt }"
        "</style></head><body><h1>Managing your breathlessness at home</h1>"
        "<p>Respiratory Nursing Team</p><p>Leaflet number: RES-0321 Version: 2</p>"
        f"<div class='side' style='float: right; width: 30%'>{_SIDEBAR}</div>"
        f"<div style='margin-right: 31%'>{_SIDEBAR_MAIN}</div></body></html>"
    )
    path = tmp_path / "breathless.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert any(
        "stands beside the text, read between two lines of its sentence" in warning
        and "check the text reads in order" in warning for warning in result.warnings
    ), result.warnings


def test_a_table_with_no_rules_beside_nothing_is_no_sidebar(tmp_path):
    """A timetable set in two columns with no rules, its times in a narrow column and what to
    do wrapped beside them, parts down a gutter off the page's middle as a sidebar does: its
    rows stand on one baseline, and it stays a table, each time with what to do then."""
    import weasyprint

    rows = "".join(
        f"<tr><td>{when}</td><td>{what}</td></tr>" for when, what in [
            ("Day before, 8am", "Have a light breakfast of white bread, eggs or plain yoghurt, "
             "then no more solid food."),
            ("Day before, 12pm", "Drink clear fluids only: water, squash, clear soup or black "
             "tea and coffee."),
            ("Day before, 5pm", "Drink the first litre of Moviprep over one to two hours, a "
             "glass every 15 minutes."),
            ("Day of the test", "Drink the second litre of Moviprep, finishing it 2 hours "
             "before your appointment."),
        ]
    )
    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font: 11pt sans-serif }"
        "td { vertical-align: top; padding: 3pt 6pt 3pt 0 } table { width: 62% }"
        "th { text-align: left }</style></head><body><h1>Bowel preparation</h1>"
        "<p>Endoscopy Unit</p><p>Leaflet number: END-120 Version 1</p><h2>Your timetable</h2>"
        f"<table><tr><th style='width: 25%'>When</th><th>What to do</th></tr>{rows}</table>"
        "<p>Bring this leaflet with you.</p></body></html>"
    )
    path = tmp_path / "timetable.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    markdown = result.markdown()
    assert "| When | What to do |" in markdown
    assert all(
        line.startswith("| ") for line in markdown.splitlines()
        if "Moviprep" in line or "breakfast" in line or "Day before" in line
    ), markdown
    assert not any("side by side" in d or "beside the text" in d
                   for d in [*result.decisions, *result.warnings])


_OPEN_BAN_SHAPES = {
    # in capitals over "*" bullets in capitals, after a table lined up with spaces
    "capitals after a table": (
        "Caring for your back after spinal surgery\n\nSpinal Surgery Unit\n\n"
        "Leaflet number: SPN-0212 Version: 1\n\nLIFTING AND CARRYING\n\n"
        "Week       What you can lift           What to wait for\n"
        "1 to 2     A cup of tea, a book        Shopping, laundry baskets\n"
        "3 to 6     A half-full kettle          Children, pets, vacuum cleaner\n"
        "7 to 12    Light shopping bags         Heavy furniture, garden work\n\n"
        "DO NOT LIFT:\n* Anything heavier than a full kettle\n"
        "* Children, pets or shopping bags from the floor\n* Weights at the gym\n\n"
        "WHEN TO GET HELP\n\nCall the ward if your wound leaks.\n",
        "Do not lift",
        ["anything heavier than a full kettle", "children, pets or shopping bags from the floor",
         "weights at the gym"],
    ),
    # in a leaflet with no headings, "•" bullets
    "no headings": (
        "Fever in young children\n\nChildren's Emergency Department\n\n"
        "Leaflet number: CED-0101 Version: 1\n\n"
        "Most fevers are caused by a virus and get better in 3 to 4 days.\n\n"
        "Never give:\n• Aspirin to a child under 16\n• Ibuprofen and paracetamol at the same "
        "time\n\nCall 111 if you are worried.\n",
        "Never give",
        ["aspirin to a child under 16", "ibuprofen and paracetamol at the same time"],
    ),
    # a blank line between the ban and its "-" bullets
    "a blank line under it": (
        "Taking methotrexate\n\nRheumatology Department\n\nLeaflet number: RHE-0150 Version: 1"
        "\n\nOther medicines\n\nTell your pharmacist you take methotrexate.\n\n"
        "You must not take:\n\n- Trimethoprim or co-trimoxazole\n- Ibuprofen or naproxen "
        "unless your doctor agrees\n\nContact us\n\nRheumatology helpline: 01632 960 140\n",
        "You must not take",
        ["trimethoprim or co-trimoxazole", "ibuprofen or naproxen unless your doctor agrees"],
    ),
    # lines in capitals with no bullets under it
    "no bullets": (
        "Looking after your skin during radiotherapy\n\nRadiotherapy Department\n\n"
        "Leaflet number: RAD-0044 Version: 1\n\nWashing\n\n"
        "Wash the skin gently with warm water.\n\nDO NOT USE:\nTalcum powder\n"
        "Scented soap or bubble bath\nWet wipes on the treated area\n\n"
        "Contact us\n\nRadiotherapy reception: 01632 960 500\n",
        "Do not use",
        ["talcum powder", "scented soap or bubble bath", "wet wipes on the treated area"],
    ),
}


@pytest.mark.parametrize("shape", _OPEN_BAN_SHAPES)
def test_a_ban_left_open_at_its_colon_gives_its_words_to_items_in_capitals(tmp_path, shape):
    """ "DO NOT EAT:" over "* Nuts, seeds or pips of any kind" had become a heading "Do not
    eat" over the bare items, so every format said "Nuts, seeds or pips of any kind." (the
    audio read them bare, Easy Read gave them a neutral picture): only items in small letters,
    or under a bare "Do not:", were given the lead-in's words. A ban left open at its colon,
    its verb and all, leads into its items in capitals as it does into items in small letters,
    bulleted or not, headings in the leaflet or none."""
    text, ban, items = _OPEN_BAN_SHAPES[shape]
    result = _imported_text(tmp_path, "leaflet.txt", text, "BAN-0001")
    markdown = result.markdown()
    assert "\n".join(f"- {ban} {item}" for item in items) in markdown, markdown
    for item in items:  # no item said bare, as an instruction to do it
        assert f"- {item[:1].upper()}{item[1:]}\n" not in markdown and (
            f"\n{item[:1].upper()}{item[1:]}\n" not in markdown
        ), markdown
    assert any(f"now each begin '{ban} ...'" in warning for warning in result.warnings)


def test_a_bold_ban_left_open_in_word_gives_its_words_to_its_bullets(tmp_path):
    """The same in Word: "Do not use:" in bold over Word's bullets in capitals (a notice over
    the bare items, "Hot water bottles on your knee")."""
    import docx as word

    document = word.Document()
    document.add_heading("After your knee replacement", level=0)
    document.add_paragraph("Orthopaedic Department")
    document.add_paragraph("Leaflet number: ORT-0330 Version: 1")
    document.add_heading("Looking after your new knee", level=1)
    document.add_paragraph("Keep moving your ankles every hour.")
    document.add_paragraph().add_run("Do not use:").bold = True
    document.add_paragraph("Hot water bottles on your knee", style="List Bullet")
    document.add_paragraph("A pillow under your knee when you sleep", style="List Bullet")
    document.add_paragraph("Most people walk with a frame at first.")
    path = tmp_path / "knee.docx"
    document.save(path)
    markdown = import_file(path, {}).markdown()
    assert (
        "- Do not use hot water bottles on your knee\n"
        "- Do not use a pillow under your knee when you sleep\n"
    ) in markdown, markdown


def test_items_that_cannot_go_on_from_an_open_ban_keep_their_words_and_are_warned_of(
    tmp_path,
):
    """Under "Do not take:" an item in capitals that is a sentence of its own ("If you are not
    sure, ask your pharmacist") cannot take the ban's words ("Do not take if you are not sure,
    ask ..." says the opposite): it keeps its words, and a person is told. A heading with no
    colon ("Do not panic") over sentences in capitals may be a heading over its bullets or a
    ban over its items: they keep their words, and a person is told."""
    text = (
        "Nosebleeds in children\n\nChildren's ENT Service\n\nLeaflet number: ENT-0301 "
        "Version: 1\n\nMedicines\n\nDo not take:\n* Aspirin or ibuprofen for pain\n"
        "* If you are not sure, ask your pharmacist\n\n"
        "Do not panic\n\n* Most nosebleeds stop within 10 minutes.\n"
        "* Sit your child up and lean them forward.\n\nContact us\n\nWard 9: 01632 960 909\n"
    )
    result = _imported_text(tmp_path, "nose.txt", text, "ENT-0301")
    markdown = result.markdown()
    assert (
        "- Do not take aspirin or ibuprofen for pain\n- If you are not sure, ask your pharmacist"
    ) in markdown, markdown
    assert any("'Do not take'" in warning for warning in result.warnings), result.warnings
    assert (
        "- Most nosebleeds stop within 10 minutes.\n- Sit your child up and lean them forward."
    ) in markdown
    assert any(
        "under 'Do not panic', 'Most nosebleeds" in warning for warning in result.warnings
    ), result.warnings


@pytest.mark.parametrize("hospital", [
    "Eastmere General Hospital", "Kingsbridge Royal Infirmary", "St Clement's Hospital",
])
@pytest.mark.parametrize("department", ["Cardiology Department", "Respiratory Medicine"])
def test_a_hospitals_name_under_the_department_over_the_title_is_the_masthead(
    tmp_path, hospital, department
):
    """The department, then the hospital's name, then the title: "St Aldhelm's Hospital" had
    been the title (and the file's name, "...-st-aldhelm-s-hospital.md"), the real title a
    chapter over the first paragraph. A hospital's name at the head is dropped wherever it
    stands among the lines over the title."""
    text = (
        f"{department}\n{hospital}\n\n"
        "Going home after a cardiac catheter test\n\nInformation for patients\n\n"
        "Ref: CAR-0417 | Version 1 | Next review: 05/2028\n\n"
        "You have had a test to look at the blood vessels of your heart.\n\n"
        "Looking after the wound\n"
        "Keep the dressing on for 24 hours. Do not lift anything heavy for 3 days.\n"
    )
    result = _imported_text(tmp_path, "angio.txt", text, "CAR-0417")
    front = result.front_matter
    assert front["title"] == "Going home after a cardiac catheter test", result.decisions
    assert front["department"] == department
    assert "going-home-after-a-cardiac-catheter-test" in result.file_name
    assert not any(hospital in block or "Going home" in block for block in result.body)
    assert result.body[0] == "You have had a test to look at the blood vessels of your heart."
    assert any(f"dropped the hospital's name '{hospital}'" in d for d in result.decisions)


def test_a_title_ending_on_hospital_under_the_department_is_still_the_title(tmp_path):
    """The words of a title may end on "Hospital" without naming one, under the department as
    over it."""
    text = (
        "Elderly Care Department\nComing Into Hospital\n\nRef: ELD-0101 | Version 1\n\n"
        "Before you come in\nBring your medicines in their boxes.\n"
    )
    result = _imported_text(tmp_path, "hospital.txt", text, "ELD-0101")
    assert result.front_matter["title"] == "Coming Into Hospital", result.decisions



def _plan_markdown(tmp_path: Path, lines: str) -> str:
    """A text leaflet with `lines` under its first heading, imported."""
    text = (
        "Your treatment plan\n\nHaematology Day Unit\n\nLeaflet number: HDU-0210 Version: 1\n\n"
        f"Your plan\n\n{lines}\n"
    )
    return _imported_text(tmp_path, "plan.txt", text, "HDU-0210").markdown()



def test_a_unit_with_a_slash_after_a_blank_is_the_blanks_whole_unit(tmp_path):
    """ "Your Hb before the transfusion: ______ g/L" had become "[g]{.field}/L": the audio said
    "the number of grams ... /L", braille "(blank: g)/L", and the form asked for grams. A unit
    after a blank with a slash and a second unit after it is the blank's whole unit; but the
    second of a range of two blanks leaves its unit to the range (it had taken "kg" alone)."""
    markdown = _plan_markdown(
        tmp_path,
        "Your haemoglobin today: ______ g/L\n\n"
        "Your potassium before the infusion: ______ mmol/L\n\n"
        "Your creatinine: ______ µmol/L\n\n"
        "Turn your oxygen up to ______ L/min when you walk.\n\n"
        "Run the feed at ______ ml/hour overnight.\n\n"
        "Heparin: ______ units/kg\n\n"
        "Your target lithium level is ______ to ______ mmol/L.\n\n"
        "Keep your weight between ______ and ______ kg.",
    )
    for unit in ("g/L", "mmol/L", "µmol/L", "L/min", "ml/hour", "units/kg"):
        assert f"[{unit}]{{.field}}" in markdown, markdown
    assert not re.search(r"\]\{\.field\}/", markdown), markdown
    # a range of two blanks leaves its unit to the range, one thing to fill in, as the audio
    # and the form read it ("between the two numbers ..., in millimoles per litre")
    assert "is [to fill in]{.field} to [to fill in]{.field} mmol/L." in markdown, markdown
    assert "between [to fill in]{.field} and [to fill in]{.field} kg." in markdown, markdown


def test_a_range_in_a_unit_is_one_range_whatever_word_is_before_it(tmp_path):
    """ "Run the pump at ____ to ____ ml/hour" had made its first blank a time ("at ____"): the
    audio said "Run at, your nurse will tell you the time, to the number of millilitres an hour
    ...", a rate cut in two and the nurse asked for a time. A blank that opens a range of two
    blanks in a unit is that range's first number, as it is with no word before it; a time is
    still a time where no unit follows ("Come at ____ to ____")."""
    markdown = _plan_markdown(
        tmp_path,
        "Run the pump at ______ to ______ ml/hour.\n\n"
        "Keep your blood sugar from ______ to ______ mmol/L before meals.\n\n"
        "Please come at ______ to ______ for your blood test.",
    )
    assert "at [to fill in]{.field} to [to fill in]{.field} ml/hour." in markdown, markdown
    assert "from [to fill in]{.field} to [to fill in]{.field} mmol/L" in markdown, markdown
    assert "come at [time]{.field} to" in markdown, markdown


def test_a_blank_before_am_or_pm_is_a_time(tmp_path):
    """ "no later than ____ pm" had been "[to fill in]{.field} pm": the form asked for
    something unnamed and the audio said "your nurse will fill this in, pm". "am" and "pm"
    stay in the text, after the time written in."""
    markdown = _plan_markdown(
        tmp_path,
        "Keep to your usual bedtime, no later than ______ pm.\n\n"
        "Take your first dose at ______ a.m. with breakfast.",
    )
    assert "no later than [time]{.field} pm." in markdown, markdown
    assert "at [time]{.field} a.m. with" in markdown, markdown



def test_a_count_before_the_next_blank_is_counted(tmp_path):
    """ "Take ____ capsules ____ minutes before meals" had given "Take [to fill in]{.field}
    capsules [minutes]{.field} ...": a unit in small letters straight before the next blank was
    taken for that blank's label, as "Dose" is in "Medicine ____ Dose ____ ml". A unit in small
    letters is its own blank's; one in capitals still names the next ("Date started: ____  Time
    started: ____")."""
    markdown = _plan_markdown(
        tmp_path,
        "Take ____ capsules ____ minutes before meals, up to ____ times a day.\n\n"
        "Use ____ puffs ____ times a day.\n\n"
        "Date started: ________  Time started: ________",
    )
    assert (
        "Take [capsules]{.field} [minutes]{.field} before meals, up to [times a day]{.field}."
    ) in markdown, markdown
    assert "Use [puffs]{.field} [times a day]{.field}." in markdown
    assert "[Date started:]{.field} [Time started:]{.field}" in markdown



def test_a_plural_after_a_blank_in_take_so_many_counts_them(tmp_path):
    """ "Take ____ bottles a day" had given "[to fill in]{.field} bottles": the audio said
    "Take, your care team will fill this in, bottles a day", and a number written in was no
    count. What the sentence's verb takes or gives, a plural straight after the blank, is what
    the blank counts, as "tablets" and "puffs" are; a plural after a blank with no such verb
    before it ("Your ____ results") is not."""
    markdown = _plan_markdown(
        tmp_path,
        "Take ____ bottles a day, between meals.\n\n"
        "Drink up to ____ cartons of the supplement a day.\n\n"
        "Mix ____ scoops of powder into 200ml of water.\n\n"
        "You will need ____ dressings for the week.\n\n"
        "Your ____ results will be sent to your GP.",
    )
    assert "Take [bottles]{.field} a day, between meals." in markdown, markdown
    assert "Drink up to [cartons]{.field} of the supplement a day." in markdown
    assert "Mix [scoops]{.field} of powder" in markdown
    assert "You will need [dressings]{.field} for the week." in markdown
    assert "Your [to fill in]{.field} results" in markdown



@pytest.mark.parametrize("instruction", [
    "Only take extra (PRN) medicine if it is written in your plan:",
    "Only use your rescue inhaler if your chest feels tight:",
    "Call the ward straight away if you have:",
    "Please bring with you:",
])
def test_an_instruction_or_condition_is_never_a_blanks_label(tmp_path, instruction):
    """ "Only take extra (PRN) medicine if it is written in your plan: ____ up to ____ mg in 24
    hours" had made the whole instruction a blank's label: the audio said it as a place for the
    care team to write, Easy Read and the form as a label, not a rule. An instruction or a
    condition left open at its colon keeps its words in the text; its blank is named as any
    bare blank is."""
    markdown = _plan_markdown(tmp_path, f"{instruction} ________ up to ____ mg in 24 hours.")
    assert f"[{instruction}]{{.field}}" not in markdown, markdown
    assert f"{instruction} [" in markdown and "up to [mg]{.field} in 24 hours." in markdown
    # ... nor alone on its line; a label asking for something stays one
    markdown = _plan_markdown(
        tmp_path, "Only use it if needed:\n\nName of nurse:\n\nGive details of any allergies: ____"
    )
    assert "\nOnly use it if needed:\n" in markdown and "[Name of nurse:]{.field}" in markdown
    assert "[Give details of any allergies:]{.field}" in markdown, markdown


@pytest.mark.parametrize(("hint", "label"), [
    ("(phone)", "phone number"), ("(telephone)", "phone number"),
    ("(phone number)", "phone number"), ("(mobile)", "phone number"),
])
def test_a_phone_hint_after_a_blank_names_it_and_is_not_said_again(tmp_path, hint, label):
    """ "... may contact: ____ (name) on ____ (phone)" gave "[phone number]{.field}" with
    "(phone)" left after it: every format said the phone number twice ("... will tell you the
    phone number (phone)"). A hint naming a phone, like "(name)" and "(date)", is the blank's
    label and goes."""
    markdown = _plan_markdown(
        tmp_path, f"In a crisis, staff may contact: ____________ (name) on ____________ {hint}."
    )
    assert f"[name]{{.field}} on [{label}]{{.field}}." in markdown, markdown
    assert hint not in markdown


@pytest.mark.parametrize("above", [
    "Ref: CMH-0542 | Version 2 | Issued: March 2025 | Review: March 2027\n"
    "Eastfield Partnership NHS Foundation Trust\n",
    "Eastfield Partnership NHS Foundation Trust\nLeaflet number: CMH-0542 Version: 2\n\n",
    "Eastfield Partnership NHS Foundation Trust\nKingsbridge General Hospital\n",
])
def test_an_audience_in_its_own_words_under_the_title_and_department_is_the_audience(
    tmp_path, above
):
    """ "For people using our services, and their families and carers" under the title and
    the department, below a line of details and the trust's name, had been a heading over the
    whole leaflet (a chapter of the audio, read as the leaflet's first section): only the
    first four lines were looked at, and the details and the trust's name, dropped, were
    counted among them."""
    text = (
        f"{above}My mental health crisis plan\nCommunity Mental Health Team\n"
        "For people using our services, and their families and carers\n\n"
        "This plan is yours. Fill it in with your care coordinator when you are well.\n\n"
        "Who to call\n\nCrisis line: 0800 000 1111\n"
    )
    result = _imported_text(tmp_path, "crisis.txt", text, "CMH-0542")
    assert result.front_matter["audience"] == (
        "For people using our services, and their families and carers"
    ), result.decisions
    assert result.front_matter["title"] == "My mental health crisis plan"
    assert result.body[0].startswith("This plan is yours."), result.body
    assert "## Who to call" in result.body


_STOMA_CONTACTS = (
    "Your new stoma: who to contact\nColorectal and Stoma Care Service\n"
    "Information for patients and carers\n\n"
    "Ref: SURG/0823/v1 | Issued 03/2025 | Review 03/2028\n\n"
    "This sheet lists who to contact after you go home with your new stoma. Keep it by your "
    "phone.\n\n"
    "If your stoma has not worked for 24 hours and you have tummy pain or are being sick, call "
    "the Surgical Assessment Unit straight away*.\n\n"
    "Who to contact\n\n"
    "Service | Phone | Hours\n"
    "Stoma Care Nurses | 01632 960 440 ext. 4455 | Mon to Fri, 8am to 4pm\n"
    "Surgical Assessment Unit | 01632 960 440 ext. 4102 | 24 hours, 7 days\n"
    "District Nurses | 01632 960 118 | 8am to 8pm, 7 days\n\n"
    "*If you cannot get through, call 111 or go to your nearest Emergency Department.\n\n"
    "{after}"
)


def test_a_bare_heading_after_the_contacts_heads_its_own_section(tmp_path):
    """ "Changing your bag" and "Words we use", bare lines with blank lines around them after a
    contacts table under "Who to contact", had stayed paragraphs (every bare line under a
    contacts heading was taken for a name or a place): the audio read bag changing and the
    glossary inside its "Contact details" chapter. Once the contacts are given, a bare line
    over sentences or a list with no contact detail in them is the next section's heading."""
    after = (
        "Changing your bag\n\n"
        "Change a one-piece closed bag 1 to 3 times a day. Measure your stoma once a week for "
        "the first 8 weeks, as it gets smaller while it heals.\n\n"
        "Words we use\n\n"
        "Colostomy - a stoma made from the large bowel (colon).\n"
        "Ileostomy - a stoma made from the small bowel (ileum).\n"
    )
    result = _imported_text(
        tmp_path, "stoma.txt", _STOMA_CONTACTS.format(after=after), "SURG/0823"
    )
    assert "## Who to contact" in result.body, result.body
    assert "## Changing your bag" in result.body, result.body
    assert "## Words we use" in result.body, result.body


def test_a_question_straight_over_its_answer_after_the_contacts_heads_a_section(tmp_path):
    """A leaflet giving its contacts first, under "Contact us", then its sections as questions
    each straight over its answer ("What is hydroxychloroquine?" / "Hydroxychloroquine is a
    medicine ..."): every question stayed a line, the whole leaflet read inside its "Contact
    us" chapter, the audio announcing the dose and the eye checks as contact details. Once the
    contacts are given, such a question is the next section's heading; a name straight over
    its number is still a contact."""
    text = (
        "Hydroxychloroquine\nRheumatology Department\n\nContact us\n"
        "Rheumatology advice line\n0161 276 4321 (Monday to Friday, 9am to 4pm)\n"
        "Out of hours: call NHS 111\n\nWhat is hydroxychloroquine?\n"
        "Hydroxychloroquine is a medicine used to treat rheumatoid arthritis and lupus.\n\n"
        "How do I take it?\nTake your tablets with food, once a day. Do not take indigestion "
        "remedies within 4 hours of your dose.\n\nEye checks\nYou will need an eye test every "
        "year after 5 years of treatment.\n\nLeaflet number: RHE-0119 Version: 4\n"
    )
    result = _imported_text(tmp_path, "hcq.txt", text, "RHE-0119")
    assert [block for block in result.body if block.startswith("#")] == [
        "## Contact us", "## What is hydroxychloroquine?", "## How do I take it?",
        "## Eye checks",
    ], result.body
    assert "Rheumatology advice line" in "\n".join(result.body)
    assert "Do not take indigestion remedies within 4 hours of your dose." in result.markdown()


def test_a_bare_line_straight_over_its_paragraph_after_the_contacts_heads_a_section(tmp_path):
    """Contacts first under "Contact us", then each section a bare line straight over its
    paragraph ("Taking your tablets" / "Take your tablets with food ..."): the first stayed a
    line of the contacts, and every section after it was read inside "Contact us", the ban on
    daily doses announced as a contact detail. A line over sentences giving no contact, with
    the leaflet going on in sentences giving none, heads its section."""
    text = (
        "Methotrexate tablets\nRheumatology Department\n\nContact us\n"
        "Rheumatology nurse advice line\n0161 276 4321 (Monday to Friday, 9am to 4pm)\n"
        "Out of hours: call NHS 111\n\nTaking your tablets\n"
        "Take your tablets with food, once a week on the same day. Never take methotrexate "
        "every day.\n\nBlood tests\nYou will need a blood test every 2 weeks for the first 3 "
        "months, then every 3 months.\n\nLeaflet number: RHE-0120 Version: 2\n"
    )
    result = _imported_text(tmp_path, "mtx.txt", text, "RHE-0120")
    assert [block for block in result.body if block.startswith("#")] == [
        "## Contact us", "## Taking your tablets", "## Blood tests",
    ], result.body
    assert "Never take methotrexate every day." in result.markdown()
    assert "Out of hours: call NHS 111" in result.body


def test_a_question_or_a_line_over_a_list_after_the_contacts_heads_its_own_section(tmp_path):
    """A chemotherapy leaflet's last sections after its "Contact numbers": "Questions you may
    want to ask" over a list of questions and "Where can I get more information?" over the
    charities' numbers stayed lines of "Contact numbers", with nothing said, the audio reading
    them as contact details. A line over a list that gives no contact heads its section, and a
    question over any lines heads its own (a contact is named, never asked); a bare line over
    a service's line kept in the contacts is named in the report."""
    text = (
        "Oncology Day Unit\nHaving radiotherapy to your breast\n\n"
        "Side effects\nYour skin may become red and sore. Use an unperfumed moisturiser twice "
        "a day.\n\nContact numbers\nRadiotherapy reception: 0116 258 5600\n"
        "Out of hours: call the 24-hour helpline on 0116 258 7111\n\n"
        "Questions you may want to ask\n- How many treatments will I have?\n"
        "- Can I go swimming during treatment?\n- Who do I call if my skin breaks?\n\n"
        "Where can I get more information?\n"
        "Macmillan Cancer Support: www.macmillan.org.uk or call 0808 808 00 00\n"
        "Breast Cancer Now: 0808 800 6000\n\n"
        "Leaflet number: ONC-0172  Version: 1\nNext review: May 2028\n"
    )
    result = _imported_text(tmp_path, "radio.txt", text, "ONC-0172")
    assert [block for block in result.body if block.startswith("#")] == [
        "## Side effects", "## Contact numbers", "## Questions you may want to ask",
        "## Where can I get more information?",
    ], result.body
    assert "Breast Cancer Now: 0808 800 6000" in result.body, result.body
    # a service's name over its one sentence, last, stays a contact, and is named
    text = text.replace(
        "Questions you may want", "Transport desk\nYour driver will call you the day before."
        "\n\nQuestions you may want"
    ).split("Questions you may want")[0] + "Leaflet number: ONC-0172  Version: 1\n"
    result = _imported_text(tmp_path, "radio.txt", text, "ONC-0172")
    assert "Transport desk" in result.body, result.body
    assert any(
        "'Transport desk', after the contacts, is kept as a line" in d for d in result.decisions
    ), result.decisions


def test_a_question_straight_over_a_heading_is_the_parent_of_its_sections(tmp_path):
    """ "How is chemotherapy given?" straight over "Into a vein" (and later "As tablets or
    capsules") had been made a line of text by the import's own rule for a heading with
    nothing under it: a question over a heading is a heading, the sections answering it a
    level below, and the report asks a person to check where they end."""
    text = (
        "Oncology Day Unit\nHaving chemotherapy\n\n"
        "What is chemotherapy?\nChemotherapy is the use of medicines to destroy cancer "
        "cells.\n\nHow is chemotherapy given?\nInto a vein\nMost chemotherapy is given "
        "through a thin tube put into a vein in your arm.\n\nAs tablets\nSome chemotherapy "
        "is taken by mouth at home. Swallow the tablets whole; do not crush them.\n\n"
        "Leaflet number: ONC-0173  Version: 1\nNext review: May 2028\n"
    )
    result = _imported_text(tmp_path, "chemo.txt", text, "ONC-0173")
    headings_made = [block for block in result.body if block.startswith("#")]
    assert headings_made[:3] == [
        "## What is chemotherapy?", "## How is chemotherapy given?", "### Into a vein",
    ], result.body
    assert any("under the question 'How is chemotherapy given?'" in d
               for d in result.decisions), result.decisions
    assert not any("is no heading" in d for d in result.decisions), result.decisions
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert [b.level for b in leaflet.blocks if isinstance(b, Heading)][:3] == [2, 2, 3]
    # a question over another question is no parent of it: the contacts stay a section
    text = text.replace("Leaflet number", "Will it hurt?\n\nWho can I contact?\n"
                        "Oncology Day Unit: 0116 258 5600\n\nLeaflet number")
    result = _imported_text(tmp_path, "chemo.txt", text, "ONC-0173")
    assert "## Who can I contact?" in result.body, result.body


@pytest.mark.parametrize("closing", [
    "If you need this information in another format, such as large print or audio, please "
    "call 01632 960 999.\n\nLeaflet number: ED-0044 Version: 2\n",
    "This leaflet is available in other languages and formats on request. Please ask the "
    "nurse or call 01632 960 999.\n",
    "",
])
def test_the_only_section_after_the_contacts_heads_itself_over_the_closing_lines(
    tmp_path, closing
):
    """A head injury leaflet giving its contacts first, then its only section, "Going home"
    straight over its paragraph, then the trust's closing lines: their phone number had been
    read as the contacts going on, and "Going home" stayed a line of "Contact us", its "Do not
    drink alcohol" read in the contacts' chapter. The closing lines (the offer of other
    formats, the leaflet's details) are no section; the last section over instructions heads
    itself, as one over a sentence about a service ("Home delivery") does not."""
    text = (
        "Looking after a head injury\nEmergency Department\n\nContact us\n"
        "Emergency Department: 01632 960 500\nOut of hours: call NHS 111\n\nGoing home\n"
        "You can go home once the doctor has checked you. Do not drink alcohol for 48 hours. "
        "Do not stay on your own for the first 24 hours.\n\n" + closing
    )
    result = _imported_text(tmp_path, "head.txt", text, "ED-0044")
    assert [block for block in result.body if block.startswith("#")] == [
        "## Contact us", "## Going home",
    ], result.body
    assert "Out of hours: call NHS 111" in result.body


def test_a_heading_after_the_contacts_over_a_place_and_its_hours_heads_its_own_section(tmp_path):
    """ "The crisis café", a bare line after a list of helplines, over sentences saying where
    the café is and when it is open ("... at 12 Market Street is open from 6pm to 1am ..."),
    stayed a line of the contacts: its hours, inside a sentence, were taken for a contact line,
    and the section and its "Please do not come if ..." were read inside "Who to call"."""
    after = (
        "The drop-in centre\n\n"
        "The Haven drop-in centre at 40 Mill Lane is open from 6pm to 11pm, Friday to Sunday. "
        "You do not need an appointment. Please do not come if you have been drinking "
        "alcohol.\n"
    )
    result = _imported_text(
        tmp_path, "stoma.txt", _STOMA_CONTACTS.format(after=after), "SURG/0823"
    )
    assert "## The drop-in centre" in result.body, result.body


@pytest.mark.parametrize("after", [
    # a service's name over its number is one of the contacts
    "Stoma nurse helpline\n\nPlease call 01632 960 441 and leave a message.\n",
    # a service's name over a sentence with no number, among other contacts
    "Stoma Care Nurses\n01632 960 440 ext. 4455\n\nHome delivery\n"
    "Your supplier will call you before each delivery.\n",
    # ... and over a sentence about it with more contacts after it
    "Home delivery\nYour supplier will call you before each delivery.\n\n"
    "Pharmacy\nIf you have a question about your supplies, call 01632 960 500.\n",
    # a sentence's lead-in and a short sentence with no full stop stay what they are
    "You can also ask us about:\n\n- diet\n- clothes\n",
    "Keep this sheet by your phone\n",
])
def test_lines_among_the_contacts_stay_lines(tmp_path, after):
    """The contacts' own lines (a service's name over its number or a sentence about it, a
    lead-in, a last sentence with no full stop) stay what they are under "Who to contact"."""
    result = _imported_text(
        tmp_path, "stoma.txt", _STOMA_CONTACTS.format(after=after), "SURG/0823"
    )
    assert [b for b in result.body if b.startswith("## ")] == ["## Who to contact"], result.body


_POLISH_OFFER = "Jeśli potrzebujesz tej ulotki w języku polskim, zadzwoń pod numer 01632 960 440."
_URDU_OFFER_ASKING = "اگر آپ کو یہ معلومات اردو میں چاہئیں تو براہ کرم {number} پر فون کریں۔"


@pytest.mark.parametrize("number", ["01632 960 440", "۰۱۶۳۲ ۹۶۰ ۴۴۰"])
def test_a_line_like_the_trusts_urdu_offer_with_the_services_own_number_is_kept(
    tmp_path, number
):
    """The leaflet's last lines, "... call 01632 960 440" in Polish and in Urdu: the Polish
    one was kept, the Urdu one left to config/organisation.yaml (twice in the report) as its
    wording is like the trust's own Urdu offer, whose number differs (0116 250 2959, "the
    number below"): the Urdu reader lost the service's number in every format. A line with a
    number config's line has not is the leaflet's own, kept with its language marked."""
    urdu = _URDU_OFFER_ASKING.format(number=number)
    text = _STOMA_CONTACTS.format(after=f"{_POLISH_OFFER}\n{urdu}\n")
    result = _imported_text(tmp_path, "stoma.txt", text, "SURG/0823")
    assert f"[{_POLISH_OFFER}]{{lang=pl}}" in result.body, result.body
    assert f"[{urdu}]{{lang=ur}}" in result.body, result.body
    assert not any("left to config" in decision for decision in result.decisions)
    assert any(d.endswith(f"a line in Urdu, read by the Urdu voice: '{urdu[:60]}...'")
               for d in result.decisions), result.decisions
    # ... and the report says why it was not left to config
    assert any("kept as the leaflet's own" in d and f"giving {number}," in d
               for d in result.decisions), result.decisions


@pytest.mark.parametrize("line", [
    # config's own Urdu line, "... phone the number below", and it with config's number
    "اگر آپ کو یہ معلومات کسی اور زبان میں درکار ہیں، تو براہ کرم "
    "مندرجہ ذیل نمبر پر ٹیلی فون کریں۔",
    "اگر آپ کو یہ معلومات کسی اور زبان میں درکار ہیں، تو براہ کرم 0116 250 2959 پر ٹیلی فون کریں۔",
])
def test_a_line_saying_what_the_trusts_urdu_offer_says_is_left_to_config(tmp_path, line):
    """... and one that says what config's line says (no number, or config's own) is left to
    config, whose line ends every format, and the report says so once."""
    text = _STOMA_CONTACTS.format(after=f"Words we use\n\nStoma - an opening on your tummy.\n"
                                        f"Output - what comes out of your stoma.\n\n{line}\n")
    result = _imported_text(tmp_path, "stoma.txt", text, "SURG/0823")
    assert not any("اگر" in block for block in result.body), result.body
    left = [d for d in result.decisions if "left to config/organisation.yaml" in d]
    assert len(left) == 1, result.decisions



def test_the_trusts_offer_in_polish_in_its_own_words_is_left_to_config_as_the_urdu_is(tmp_path):
    """A child's medicine leaflet ending with the trust's offer in Urdu and in Polish, each
    "... in Urdu / in Polish, call 0116 250 2959": the Urdu line, worded like config's, was
    left to config; the Polish one, worded unlike config's, kept and tagged, so every format
    offered Polish twice (the leaflet's line and config's). A line in a language config offers
    in, giving config's offer number and no other, is config's line in its own words."""
    polish = "Jeśli potrzebujesz tych informacji w języku polskim, zadzwoń pod numer 0116 250 2959."
    urdu = _URDU_OFFER_ASKING.format(number="0116 250 2959")
    text = _STOMA_CONTACTS.format(after=f"{urdu}\n{polish}\n")
    result = _imported_text(tmp_path, "stoma.txt", text, "SURG/0823")
    assert not any("zadzwoń" in block or "اگر" in block for block in result.body), result.body
    left = [d for d in result.decisions if "left to config/organisation.yaml" in d]
    assert len(left) == 2 and any("Jeśli potrzebujesz" in d for d in left), result.decisions
    # ... but a Polish line giving a number of the service's own is the leaflet's
    text = _STOMA_CONTACTS.format(after=f"{_POLISH_OFFER}\n")
    result = _imported_text(tmp_path, "stoma.txt", text, "SURG/0823")
    assert f"[{_POLISH_OFFER}]{{lang=pl}}" in result.body, result.body


_SPLINT_SIDEBAR = (
    "<h2>Contact us</h2><p>Hand Therapy Department<br>Freeman Hospital<br>Freeman Road<br>"
    "Newcastle upon Tyne<br>NE7 7DN</p><p>Tel: 0191 213 7460 ext 22145<br>Mon–Fri, "
    "8am–4.30pm</p><p>Email: nuth.handtherapy@nhs.net</p><p>Out of hours: NHS 111</p>"
    "<h2>Key facts</h2><p>Keep your hand up for 48 hours.</p><p>Do not drive until you can "
    "grip the steering wheel firmly and safely.</p><p>Most people return to desk work after 2 "
    "weeks.</p>"
)
_SPLINT_MAIN = (
    "<p>This leaflet explains how to look after your wound and your splint after hand surgery, "
    "such as carpal tunnel release, trigger finger release or tendon repair. Please follow your "
    "own therapist's instructions if they are different.</p>"
    "<h2>Swelling and pain</h2><p>Keep your hand raised above the level of your heart for the "
    "first 48 hours, including at night on a pillow. Move your shoulder and elbow several times "
    "a day so they do not get stiff.</p><p>Take simple painkillers, such as paracetamol 1g up to "
    "four times a day, as you need them. The local anaesthetic usually wears off after 6 to 12 "
    "hours, so take your first dose before you go to bed.</p>"
    "<h2>Your wound</h2><p>Keep your dressing clean and dry until your stitches are removed. Do "
    "not take the dressing off unless it is soaked with blood or fluid.</p>"
    "<div class='urgent'><p><b>Seek urgent help if:</b></p><ul>"
    "<li>your fingers turn white, blue or very cold</li>"
    "<li>your hand becomes more painful, red, hot or swollen</li>"
    "<li>fluid or pus leaks from the wound, or it smells</li>"
    "<li>you have a temperature of 38°C or above</li></ul>"
    "<p><b>Call the Hand Therapy Department, or NHS 111 out of hours. If you cannot feel your "
    "fingers at all, go to A&amp;E.</b></p></div>"
    "<h2>Your splint</h2><p>Wear your splint all the time, day and night, for 6 weeks.</p>"
    "<p>You may take it off only to wash your skin and to do the exercises your therapist has "
    "shown you.</p>"
)
_SPLINT_COLUMNS = (
    "<h2>Splint care</h2><ul>"
    "<li>Do not get your splint wet. Cover it with a plastic bag when you shower.</li>"
    "<li>Never put your splint on a radiator or in the sun: the plastic can melt or change "
    "shape.</li><li>Do not adjust the straps or cut the splint yourself.</li>"
    "<li>Clean it with a damp cloth and mild soap.</li></ul>"
    "<p>If your splint rubs, feels too tight, or your fingers tingle, call the department so we "
    "can change it.</p><h2>Exercises</h2><p>Starting the day after your operation, gently bend "
    "and straighten your fingers every hour while you are awake. Stop if you feel sharp pain, "
    "and tell your therapist.</p><p>Do not lift anything heavier than a cup of tea with your "
    "operated hand for 6 weeks.</p><h2>Going back to normal activities</h2><p>Driving: check "
    "with your insurance company. Work: talk to your therapist about when you can return, "
    "especially if your job involves heavy lifting or vibrating tools.</p><h2>Glossary</h2>"
    "<p>Tendon – a tough cord that joins a muscle to a bone.</p>"
)


def _splint_leaflet(path: Path) -> Path:
    """A hand-surgery leaflet as WeasyPrint sets it: its text beside a shaded sidebar of
    contacts and key facts, a red-ruled box of urgent signs in the text's section "Your
    wound", and under them a part in two columns, opened under the text across the page and
    balanced over the page break."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 18mm 18mm 22mm; "
        "@top-left { content: 'Hand Therapy Department'; font-size: 9pt } "
        "@top-right { content: 'The Newcastle upon Tyne Hospitals NHS Foundation Trust'; "
        "font-size: 9pt } @bottom-left { content: 'NUTH/HT/0207 v2 · Date of issue: January "
        "2025 · Review date: January 2028'; font-size: 8pt } @bottom-right { content: 'Page ' "
        "counter(page) ' of ' counter(pages); font-size: 8pt } }"
        "body { font: 11pt sans-serif } h1 { font-size: 22pt; color: #005eb8; margin: 4pt 0 }"
        "h2 { font-size: 13.5pt; color: #005eb8; margin: 10pt 0 4pt } p { margin: 0 0 6pt }"
        ".row { display: flex; gap: 16pt } .main { flex: 2 } .side { flex: 1; "
        "background: #e8edee; padding: 8pt; font-size: 10pt } .side h2 { font-size: 12pt }"
        ".urgent { border: 2px solid #d5281b; padding: 6pt 10pt; margin: 10pt 0 }"
        ".cols { columns: 2; column-gap: 1cm }</style></head><body>"
        "<h1>Caring for your hand after surgery: wound and splint care</h1>"
        f"<div class='row'><div class='main'>{_SPLINT_MAIN}</div>"
        f"<div class='side'>{_SPLINT_SIDEBAR}</div></div>"
        f"<div class='cols'>{_SPLINT_COLUMNS}</div></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_part_in_two_columns_under_the_text_across_a_pdfs_page_is_read_column_by_column(
    tmp_path
):
    """A part set in two columns under the text across the page, balanced over the page
    break, had been read across its columns at the first page's foot: the heading "Splint
    care" was lost into an item ("... radiator or Splint care in the sun") and words moved
    between the "Do not" items ("Cover it with a yourself. plastic bag"). Each column is read
    whole, the left first, and only that part of the page is read in columns."""
    result = import_file(_splint_leaflet(tmp_path / "splint.pdf"), {})
    markdown = result.markdown()
    assert (
        "You may take it off only to wash your skin and to do the exercises your therapist has "
        "shown you.\n\n## Splint care\n\n"
        "- Do not get your splint wet. Cover it with a plastic bag when you shower.\n"
        "- Never put your splint on a radiator or in the sun: the plastic can melt or change "
        "shape.\n"
        "- Do not adjust the straps or cut the splint yourself.\n"
        "- Clean it with a damp cloth and mild soap.\n"
    ) in markdown, markdown
    assert "## Exercises\n\nStarting the day after your operation, gently bend" in markdown


def test_a_warning_box_beside_a_sidebar_is_a_notice_in_its_place_and_the_sidebar_comes_after(
    tmp_path
):
    """A red-ruled box "Seek urgent help if:" in the section "Your wound", standing beside a
    shaded sidebar taller than it, had been taken with the sidebar for boxes set side by side
    ("Do" beside "Don't"): the box was no notice, its signs a plain list, and it and the
    sidebar ("### Contact us", "### Key facts", a jump from the title to the third level) were
    read before the leaflet's first words. The box is a notice where it stands, and the
    sidebar is read after the text of its page, its headings a section's."""
    result = import_file(_splint_leaflet(tmp_path / "splint.pdf"), {})
    markdown = result.markdown()
    assert result.body[0].startswith("This leaflet explains how to look after your wound"), (
        markdown
    )
    assert (
        "soaked with blood or fluid.\n\n> Seek urgent help if:\n>\n"
        "> - your fingers turn white, blue or very cold\n"
        "> - your hand becomes more painful, red, hot or swollen\n"
        "> - fluid or pus leaks from the wound, or it smells\n"
        "> - you have a temperature of 38°C or above\n>\n"
        "> Call the Hand Therapy Department, or NHS 111 out of hours. If you cannot feel your "
        "fingers at all, go to A&E.\n\n## Your splint\n"
    ) in markdown, markdown
    headings = [block for block in result.body if block.startswith("#")]
    assert headings[:3] == ["## Swelling and pain", "## Your wound", "## Your splint"], headings
    assert "## Contact us" in headings and "## Key facts" in headings, headings
    assert not [h for h in headings if h.startswith("###")], headings
    # the sidebar after the part of the text it interrupts: after the part in columns at its
    # foot, the list going on over the page break and the paragraph after it, before the next
    # heading (between them, the list's last items, and then the paragraph, had been under
    # "Key facts")
    flat = " ".join(markdown.split())
    order = [flat.find(words) for words in (
        "## Your splint", "## Splint care", "- Never put your splint", "- Do not adjust the",
        "- Clean it with a damp cloth and mild soap.", "If your splint rubs", "## Contact us",
        "Freeman Road", "## Key facts", "work after 2 weeks.", "## Exercises",
    )]
    assert -1 not in order and order == sorted(order), markdown


@pytest.mark.slow
def test_a_ruled_box_of_medicines_to_stop_in_a_pdf_saved_by_libreoffice_is_a_notice(tmp_path):
    """A Word box (a table of one cell) saved as PDF by LibreOffice, drawn as four rules:
    "Stop taking these medicines you took before coming into hospital:" in bold over the
    medicines in bullets and "Do not restart them ...". Its lead-in over its list is no
    condition ("if"), so it had been read as a bold line, a list and a paragraph: every format
    lost the box that set the stop warning apart. A box whose lead-in is a warning ending in
    ":" over its list is a notice of the lead-in, the list and the sentences after it; a box
    whose list is no warning ("Bring with you:") stays a list."""
    import subprocess

    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = (
        "RDUH-CARD-0093 v4 Published: 11/2024 Review: 11/2027"
    )
    document.add_heading("Going home after a stay on the Cardiology Ward: your medicines", 0)
    document.add_paragraph("Cardiology Ward, Royal Devon and Exeter Hospital (Wonford)")
    document.add_heading("Your medicines", 1)
    document.add_paragraph("Take these medicines every day unless your doctor tells you to stop.")
    rows = [["Medicine", "Dose", "When to take it", "What it is for"],
            ["Bisoprolol", "2.5mg", "Once a day at 8am", "Slows your heart rate"],
            ["Furosemide", "40mg", "Once a day in the morning, before 2pm",
             'Removes extra fluid (a "water tablet")']]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("")
    for lead_in, items, after in (
        ("Stop taking these medicines you took before coming into hospital:",
         ["Amlodipine 10mg", "Aspirin 75mg"],
         "Do not restart them unless a doctor tells you to. Return any tablets you have at "
         "home to your pharmacy."),
        ("Bring with you:", ["your medicines", "your weight diary"], ""),
    ):
        table = document.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        cell = table.rows[0].cells[0]
        cell.paragraphs[0].add_run(lead_in).bold = True
        for item in items:
            cell.add_paragraph(item, style="List Bullet")
        if after:
            cell.add_paragraph(after)
        document.add_paragraph("")
    document.add_heading("If you have chest pain", 1)
    document.add_paragraph("Stop what you are doing and sit down. Use your GTN spray.")
    word = tmp_path / "discharge-medicines.docx"
    document.save(word)
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(word)],
        check=True, capture_output=True, timeout=300,
    )
    result = import_file(word.with_suffix(".pdf"), {})
    markdown = result.markdown()
    # (the medicines table over the box stays a table, the box not read as its last row)
    assert "| Furosemide | 40mg | Once a day in the morning, before 2pm |" in markdown, markdown
    assert (
        "in the morning, before 2pm | Removes extra fluid (a \"water tablet\") |\n\n"
        "> Stop taking these medicines you took before coming into hospital:\n>\n"
        "> - Amlodipine 10mg\n> - Aspirin 75mg\n>\n"
        "> Do not restart them unless a doctor tells you to. Return any tablets you have at "
        "home to your pharmacy.\n"
    ) in markdown, markdown
    assert "\n**Bring with you:**\n\n- your medicines\n- your weight diary\n" in markdown, (
        markdown
    )


@pytest.mark.slow
def test_tick_boxes_in_a_word_checklist_saved_as_pdf_by_libreoffice_come_in_once(tmp_path):
    """A contrast scan's allergy checklist, each question with its boxes ("Do you have
    asthma?   ☐ Yes   ☐ No"), saved as PDF by LibreOffice, which sets the boxes in DejaVu
    Sans: pdfminer names the font 'EAAAAA+DejaVuSans', PDFium 'DejaVuSans', and their boxes
    round its glyphs stand apart (the font says its descent is 0), so the font was taken as
    lost, read again by PDFium and its boxes added beside pdfminer's own: "☐☐ Yes ☐☐ No",
    "tick box tick box" in braille, and the report said the font had come out as nothing.
    Each box comes in once, as from the Word file, and nothing is said of a second reader."""
    import subprocess

    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Reference: RAD-0311   Version 2"
    document.add_heading("Your CT scan with a contrast injection", 0)
    document.add_paragraph("Imaging Department")
    document.add_heading("Before you come in", 1)
    document.add_paragraph("Please fill in this checklist and bring it to your appointment.")
    questions = ["Have you had a reaction to an injection of dye before?",
                 "Do you take metformin for diabetes?", "Are you allergic to iodine?",
                 "Have you been told your kidneys do not work well?", "Are you breastfeeding?"]
    for question in questions:
        document.add_paragraph(f"{question}   \u2610 Yes   \u2610 No")
    document.add_paragraph("If you ticked Yes to any question, ring the department on "
                           "0161 555 0199 before your appointment.")
    document.add_heading("After your scan", 1)
    document.add_paragraph("Drink plenty of water for the rest of the day.")
    word = tmp_path / "rad-0311-ct-contrast.docx"
    document.save(word)
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(word)],
        check=True, capture_output=True, timeout=300,
    )
    from_word = import_file(word, {})
    from_pdf = import_file(word.with_suffix(".pdf"), {})
    assert [b for b in from_pdf.body if "\u2610" in b] == [
        f"{question} \u2610 Yes \u2610 No" for question in questions
    ], from_pdf.body
    assert from_pdf.body == from_word.body
    assert not [d for d in from_pdf.decisions if "second reader" in d], from_pdf.decisions


def test_an_address_line_filling_a_narrow_column_stays_a_line_of_its_own(tmp_path):
    """ "Hand Therapy Department" filling the sidebar's narrow column, "Freeman" too long to
    have fitted after it, had been taken for a line its column wrapped and joined to the next:
    "Hand Therapy Department Freeman Hospital". A line of a name in capitals over another,
    neither a sentence, is the writer's line, as the address's other lines are."""
    markdown = import_file(_splint_leaflet(tmp_path / "splint.pdf"), {}).markdown()
    assert (
        "## Contact us\n\nHand Therapy Department\n\nFreeman Hospital\n\nFreeman Road\n\n"
        "Newcastle upon Tyne\n\nNE7 7DN\n"
    ) in markdown, markdown
    # a sentence its column wrapped still goes on
    assert "Do not drive until you can grip the steering wheel firmly and safely." in markdown


# ---- Word: a paragraph drawn round with a border, bold questions, a box's bold -----------------


def test_a_word_footer_set_out_in_a_table_gives_the_leaflets_details(tmp_path):
    """A trust's Word template with its page header and footer in tables (the trust's name
    beside "Patient Information", and "Leaflet number: URO-0412" | "Version 3" | "Review date:
    May 2028" a cell each): the tables had not been read, and the leaflet had no reference,
    version or review date. They are read as the footer's lines are; "Patient Information"
    beside the trust's name is no department."""
    import docx

    path = tmp_path / "cystoscopy.docx"
    document = docx.Document()
    section = document.sections[0]
    header = section.header.add_table(rows=1, cols=2, width=section.page_width)
    header.cell(0, 0).text = "Riverside University Hospitals NHS Trust"
    header.cell(0, 1).text = "Patient Information"
    footer = section.footer.add_table(rows=1, cols=3, width=section.page_width)
    for cell, text in zip(footer.rows[0].cells, ("Leaflet number: URO-0412", "Version 3",
                                                 "Review date: May 2028"), strict=True):
        cell.text = text
    document.add_paragraph("Having a flexible cystoscopy", style="Title")
    document.add_paragraph("Urology Department")
    document.add_paragraph("Before the test", style="Heading 1")
    document.add_paragraph("You can eat and drink as normal. Bring a sample of your urine.")
    document.save(path)
    front = import_file(path, {}).front_matter
    assert front["number"] == "URO-0412" and front["version"] == 3, front
    assert front["next_review"] == "2028-05" and front["department"] == "Urology Department"


def _text_box(paragraphs: list[str]):
    """A Word run anchoring a text box with `paragraphs`, the first (its title) in bold."""
    return text_box_run(paragraphs, bold_first=True)


def test_a_word_text_box_is_read_once_under_the_paragraph_it_is_anchored_to(tmp_path):
    """A text box of contacts beside the text ("Contact us" / "Ward 22: 01632 960 522 (24
    hours)") had not been read at all: the ward's number was in no format. Its words are a
    box under the paragraph it is anchored to, read once (Word writes them twice), and a text
    box giving a safety message is a notice."""
    import docx

    path = tmp_path / "hip.docx"
    document = docx.Document()
    document.add_paragraph("Going home after your hip replacement", style="Title")
    document.add_paragraph("Orthopaedic Ward 22")
    document.add_paragraph("Your new hip", style="Heading 1")
    paragraph = document.add_paragraph("Do not cross your legs for 6 weeks.")
    paragraph._p.append(_text_box(["Contact us", "Ward 22: 01632 960 522 (24 hours)"]))
    paragraph = document.add_paragraph("Use your frame until your physiotherapist says.")
    paragraph._p.append(_text_box(["Call 999 straight away if your leg is cold and pale."]))
    document.add_paragraph("Using your walking aids", style="Heading 1")
    document.add_paragraph("Use your frame or crutches indoors and out.")
    document.save(path)
    body = import_file(path, {}).body
    flat = " ".join(body)
    assert flat.count("01632 960 522") == 1 and flat.count("cold and pale") == 1, body
    # (headed "Contact us", it stands beside its section: read after the section's text)
    assert flat.index("cross your legs") < flat.index("Ward 22: 01632 960 522") < flat.index(
        "## Using your walking aids"
    ), body
    assert "> **Call 999 straight away if your leg is cold and pale.**" in body, body


@pytest.mark.parametrize("laid_out", [False, True])
def test_a_word_text_box_in_a_tables_cell_is_read(tmp_path, laid_out):
    """A text box anchored in a table's cell ("Do not sit on low sofas or chairs." beside
    "Use a high chair with arms.") was lost, and the report called it a picture left out: the
    ban was in no format. Its words are read: under a table of values, said so; in place, in a
    table that is the page's layout."""
    import docx

    path = tmp_path / "hip.docx"
    document = docx.Document()
    document.add_paragraph("Going home after your hip replacement", style="Title")
    document.add_paragraph("Orthopaedic Ward 22")
    document.add_paragraph("Your new hip", style="Heading 1")
    document.add_paragraph("Your hip needs time to heal. Follow these precautions for 6 weeks.")
    table = document.add_table(rows=1, cols=2)
    if laid_out:
        cell = table.cell(0, 0)
        cell.paragraphs[0].add_run("Sitting").bold = True
        cell.add_paragraph("Use a high chair with arms, so your knees stay lower than your hips.")
        anchor = cell.add_paragraph("Sit well back in the chair and use the arms to stand up "
                                    "again, with your operated leg out in front of you.")
        table.cell(0, 1).text = "Ward 22: 01632 960 522"
    else:
        table.cell(0, 0).text = "Sitting"
        anchor = table.cell(0, 1).paragraphs[0]
        anchor.add_run("Use a high chair with arms.")
    anchor._p.append(_text_box(["Important", "Do not sit on low sofas or chairs."]))
    document.add_paragraph("Walking", style="Heading 1")
    document.add_paragraph("Use your frame until your physiotherapist tells you to stop.")
    document.save(path)
    result = import_file(path, {"number": "ORTH-0102", "version": "1"})
    assert "> Important: Do not sit on low sofas or chairs." in result.body, result.body
    assert not any("picture" in warning for warning in result.warnings), result.warnings
    assert any("text box in the table" in w for w in result.warnings) is not laid_out


def test_a_word_text_box_in_the_page_footer_or_header_is_read(tmp_path):
    """A trust's template with its footer in a text box ("Leaflet No: PIL 1234 Version 3
    Review date: 05/2027") and a ban over every page in one: neither had been read, so no
    number nor review date was found and the ban was in no format, with nothing said. They
    are read as the footer's and header's own lines are."""
    import docx

    path = tmp_path / "hip.docx"
    document = docx.Document()
    document.add_paragraph("Going home after your hip replacement", style="Title")
    document.add_paragraph("Orthopaedic Ward 22")
    document.add_paragraph("Your new hip", style="Heading 1")
    document.add_paragraph("Your hip needs time to heal. Follow these precautions for 6 weeks.")
    document.sections[0].footer.paragraphs[0]._p.append(
        _text_box(["Leaflet No: PIL 1234 Version 3 Review date: 05/2027"])
    )
    document.sections[0].header.paragraphs[0]._p.append(
        _text_box(["Never bend your hip past 90 degrees."])
    )
    document.save(path)
    result = import_file(path, {})
    assert result.front_matter["number"] == "PIL 1234", result.front_matter
    assert result.front_matter["version"] == 3 and result.front_matter["next_review"] == "2027-05"
    assert "> Important: Never bend your hip past 90 degrees." in result.body, result.body
    assert "Review date" not in result.markdown().split("---")[-1]


def test_a_word_text_boxs_bold_first_line_is_its_heading(tmp_path):
    """A text box of contacts headed "Contact us" in bold, beside the text, had been a bold
    paragraph in the middle of its section, and the report called it "a bordered box". Its
    bold line heads its contents: a heading one level under the section, after the section's
    text (the text box stands beside it, and the text after its anchor is the section's, not
    the box's); the report names a text box as one."""
    import docx

    path = tmp_path / "hip.docx"
    document = docx.Document()
    document.add_paragraph("Going home after your hip replacement", style="Title")
    document.add_paragraph("Orthopaedic Ward 22")
    document.add_paragraph("Your new hip", style="Heading 1")
    paragraph = document.add_paragraph("Do not cross your legs for 6 weeks.")
    paragraph._p.append(_text_box(["Contact us", "Ward 22: 01632 960 522 (24 hours)",
                                   "Physiotherapy: 01632 960 530"]))
    document.add_paragraph("Use your frame until your physiotherapist says.")
    document.add_paragraph("Using your walking aids", style="Heading 1")
    paragraph = document.add_paragraph("Use your frame or crutches indoors and out.")
    paragraph._p.append(_text_box(["Remember", "Take your painkillers before you walk."]))
    document.save(path)
    result = import_file(path, {})
    assert result.body == [
        "## Your new hip", "Do not cross your legs for 6 weeks.",
        "Use your frame until your physiotherapist says.", "### Contact us",
        "Ward 22: 01632 960 522 (24 hours)", "Physiotherapy: 01632 960 530",
        "## Using your walking aids", "Use your frame or crutches indoors and out.",
        "### Remember", "Take your painkillers before you walk.",
    ], result.body
    said = [d for d in result.decisions if "text box" in d]
    assert said and all("bordered" not in d for d in said), result.decisions
    assert any("a text box read as text, its heading 'Contact us'" in d for d in said), said


def _tracked(kind: str, text: str):
    """A Word run inserted or deleted with Track Changes on (w:ins, w:del round it)."""
    from docx.oxml import parse_xml

    tag = "w:t" if kind == "ins" else "w:delText"
    return parse_xml(
        f'<w:{kind} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:id="1" w:author="Ward Sister" w:date="2026-01-05T10:00:00Z"><w:r>'
        f'<{tag} xml:space="preserve">{text}</{tag}></w:r></w:{kind}>'
    )


def test_words_struck_through_or_deleted_in_word_are_left_out_and_insertions_kept(tmp_path):
    """A Word file sent back with its edits showing: "You can shower but ~~you can have a
    bath~~ do not have a bath" had been read "You can shower but you can have a bath do not
    have a bath", the old instruction said beside the new, and "every ~~5 days~~ 7 days" as
    "every 5 days 7 days". A word inserted with Track Changes on ("not" in "Do not flush
    it") had been lost, the instruction reversed. The text is read as its edits make it, and
    a person is told to check the edits were meant."""
    import docx

    path = tmp_path / "picc.docx"
    document = docx.Document()
    document.add_paragraph("Looking after your PICC line", style="Title")
    document.add_paragraph("Oncology Day Unit")
    document.add_paragraph("Keeping it clean", style="Heading 1")
    paragraph = document.add_paragraph("Your line needs its dressing changed every ")
    paragraph.add_run("5 days").font.strike = True
    paragraph.add_run(" 7 days by a nurse.")
    paragraph = document.add_paragraph("You can shower but ")
    paragraph.add_run("you can have a bath").font.strike = True
    paragraph.add_run(" do not have a bath or go swimming.")
    paragraph = document.add_paragraph("Do ")
    paragraph._p.append(_tracked("ins", "not "))
    paragraph.add_run("flush the line yourself. ")
    paragraph._p.append(_tracked("del", "Ring us once a week. "))
    paragraph.add_run("A nurse will flush it every week.")
    document.add_paragraph("When to get help", style="Heading 1")
    document.add_paragraph("Call the 24-hour hotline on 01632 960 999 if your arm swells.")
    document.save(path)
    result = import_file(path, {"number": "ONC-0415", "version": "1"})
    body = " ".join(result.body)
    assert "every 7 days by a nurse." in body, body
    assert "You can shower but do not have a bath or go swimming." in body, body
    assert "Do not flush the line yourself. A nurse will flush it every week." in body, body
    assert "5 days" not in body and "can have a bath" not in body and "once a week" not in body
    said = " ".join(result.warnings)
    assert "struck through" in said and "'you can have a bath'" in said, said
    assert "tracked changes" in said, said


def test_a_word_box_keeps_its_bold_words_and_its_paragraphs(tmp_path):
    """A chemotherapy leaflet's box of one cell, its first paragraph in bold in Word: the
    notice had lost the bold (the cell was read as plain text) while a bold warning paragraph
    kept it. Its two paragraphs stay two, and no full stop is added after the bold."""
    import docx

    path = tmp_path / "chemo.docx"
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = (
        "Leaflet number: ONC-0231  Version: 4  Review date: June 2027"
    )
    document.add_heading("Managing the side effects of your chemotherapy", level=0)
    document.add_heading("About this leaflet", level=1)
    document.add_paragraph("This leaflet explains the common side effects of chemotherapy.")
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.paragraphs[0].add_run(
        "Call the hotline straight away if your temperature is 37.5°C or above, or if you "
        "feel shivery or unwell, even if your temperature is normal."
    ).bold = True
    second = cell.add_paragraph("24-hour Oncology Hotline: 0191 445 8800. ")
    second.add_run("Do not").bold = True
    second.add_run(" take paracetamol before you call, because it can hide a fever.")
    document.add_heading("Contact us", level=1)
    document.add_paragraph("Day Unit: 0191 445 8812")
    document.save(path)
    result = import_file(path, {})
    assert (
        "> **Call the hotline straight away if your temperature is 37.5°C or above, or if you "
        "feel shivery or unwell, even if your temperature is normal.**\n>\n"
        "> 24-hour Oncology Hotline: 0191 445 8800. **Do not** take paracetamol before you "
        "call, because it can hide a fever."
    ) in result.body, result.body


def _with_border(paragraph, sides=("top", "left", "bottom", "right"), colour="005EB8"):
    """`paragraph` drawn round on `sides` with Word's paragraph border (Borders and Shading)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        for name, value in (("val", "single"), ("sz", "12"), ("space", "4"), ("color", colour)):
            edge.set(qn(f"w:{name}"), value)
        borders.append(edge)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


def _steroid_leaflet(path: Path, box) -> Path:
    """A steroid leaflet; `box(document)` adds what stands under its title."""
    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = (
        "Leaflet number: RHEUM/0457  Version: 2  Review date: February 2028"
    )
    document.add_heading("Reducing your dose of prednisolone", level=0)
    document.add_paragraph("Rheumatology Department")
    box(document)
    document.add_heading("Why is my dose being reduced?", level=1)
    document.add_paragraph(
        "Prednisolone is a steroid medicine. Your dose must be reduced slowly so that your body "
        "has time to start making its own steroid again."
    )
    document.save(path)
    return path


def test_a_word_paragraph_with_a_border_round_it_is_a_notice(tmp_path):
    """A warning drawn round with Word's paragraph border ("Never stop taking steroids
    suddenly. ...", blue on all four sides) had been imported as a plain bold paragraph: no
    format showed it as a notice. It is a box, as a table of one cell is."""

    def warning(document):
        run = _with_border(document.add_paragraph()).add_run(
            "Never stop taking steroids suddenly. Stopping suddenly can make you seriously ill."
        )
        run.bold = True

    result = import_file(_steroid_leaflet(tmp_path / "pred.docx", warning), {})
    assert result.body[0] == (
        "> **Never stop taking steroids suddenly. Stopping suddenly can make you seriously ill.**"
    ), result.body
    assert result.body[1] == "## Why is my dose being reduced?"
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notices = [b for b in leaflet.blocks if isinstance(b, Notice)]
    assert [plain_text(b.spans) for b in notices] == [
        "Never stop taking steroids suddenly. Stopping suddenly can make you seriously ill."
    ]


def _shaded(cell, fill="FFD966"):
    """`cell` shaded in `fill`, as Word's Borders and Shading colours a box of one cell."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)
    return cell


@pytest.mark.parametrize("said", [
    "Take azathioprine at the same time each day, with food. Never take two doses to make up "
    "for one you have missed.",
    "Your child's dose is measured in millilitres. Do not use a kitchen spoon to give it.",
    "Only ever use the oral syringe that comes with the medicine. Giving too much can be fatal.",
])
def test_a_word_box_with_a_ban_or_a_danger_after_its_first_sentence_is_a_notice(tmp_path, said):
    """A shaded Word box of one cell ('Take methotrexate ONCE A WEEK only ... Never take it
    daily. Taking it every day can be fatal.') had been read as a plain paragraph, 'a box of
    one cell read as text': only a box opening with a ban or a label was a notice. A box
    that bans anything, or says what can be fatal, in any sentence is a notice, kept
    prominent in every format; a box of contact details stays text."""
    import docx

    path = tmp_path / "medicine.docx"
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = (
        "Leaflet number: PHA-0288  Version: 3  Review date: April 2028"
    )
    document.add_heading("Giving your medicine safely", level=0)
    document.add_paragraph("Pharmacy Department")
    document.add_paragraph("This leaflet tells you how to take your medicine safely at home.")
    _shaded(document.add_table(rows=1, cols=1).rows[0].cells[0]).text = said
    document.add_heading("Contact us", level=1)
    _shaded(document.add_table(rows=1, cols=1).rows[0].cells[0]).text = (
        "Pharmacy medicines helpline: 0116 258 4411, Monday to Friday, 9am to 5pm."
    )
    document.save(path)
    result = import_file(path, {})
    assert f"> {said}" in result.body, result.body
    assert result.body[-1] == (
        "Pharmacy medicines helpline: 0116 258 4411, Monday to Friday, 9am to 5pm."
    ), result.body


def test_bordered_paragraphs_in_a_run_are_one_box_and_a_rule_under_a_heading_is_no_box(tmp_path):
    """Word draws paragraphs in a run with the same border as one box: they are one notice, a
    paragraph each. A line down the left is a box too; a rule under a heading (a bottom border
    alone) is no box, and a box of contact details stays text, as a table of one cell does."""
    import docx

    path = tmp_path / "warfarin.docx"
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = (
        "Leaflet number: 5566  Version: 1  Review date: May 2028"
    )
    document.add_heading("Taking warfarin safely", level=0)
    document.add_paragraph("Anticoagulant Clinic")
    rule = document.add_paragraph()
    rule.add_run("Before your operation").bold = True
    _with_border(rule, sides=("bottom",))
    _with_border(document.add_paragraph(
        "Do not take your warfarin on the evening before your operation."))
    _with_border(document.add_paragraph("Bring all your medicines with you in their boxes."))
    document.add_paragraph("Your nurse will tell you when to start taking it again.")
    _with_border(document.add_paragraph(
        "Call 999 if you have chest pain or you cannot breathe."), sides=("left",))
    _with_border(document.add_paragraph(
        "Always carry your yellow anticoagulant alert card."), colour="C00000")
    document.add_heading("Contact us", level=1)
    _with_border(document.add_paragraph("Anticoagulant Clinic, Level 1, Balmoral Building"))
    _with_border(document.add_paragraph("Telephone 0116 258 5555"))
    document.save(path)
    result = import_file(path, {})
    assert result.body == [
        "## Before your operation",
        "> Do not take your warfarin on the evening before your operation.\n>\n"
        "> Bring all your medicines with you in their boxes.",
        "Your nurse will tell you when to start taking it again.",
        "> Call 999 if you have chest pain or you cannot breathe.",
        "> Always carry your yellow anticoagulant alert card.",
        "## Contact us",
        "Anticoagulant Clinic, Level 1, Balmoral Building",
        "Telephone 0116 258 5555",
    ], result.body


def test_long_bold_questions_are_headings_as_the_leaflets_other_bold_questions_are(tmp_path):
    """A Q&A leaflet sets each question as a paragraph in bold. Four became headings; "Is it
    safe for me to have an MRI scan if I have metal in my body?" (15 words) and "I am pregnant
    or might be pregnant. Can I still have the scan?" (two sentences, 13 words) stayed bold
    text, so the audio read the safety question inside "What is an MRI scan?" and a listener
    skipping by chapter could not find it. A bold warning stays text."""
    path = write_word(tmp_path / "rad-1182-mri.docx", [
        ("footer", "Leaflet number: RAD-1182  Version: 3  Review date: September 2027"),
        ("title", "Your MRI scan"),
        ("para", "Radiology Department"),
        ("para", "This leaflet answers some common questions about having an MRI scan."),
        ("bold", "What is an MRI scan?"),
        ("para", "MRI stands for magnetic resonance imaging. It does not use X-rays."),
        ("bold", "Is it safe for me to have an MRI scan if I have metal in my body?"),
        ("para", "Some metal objects can be affected by the strong magnet. Please phone us "
                 "before your scan if you have a pacemaker."),
        ("bold", "Can I eat and drink before the scan?"),
        ("para", "Yes, unless your appointment letter tells you otherwise."),
        ("bold", "Do not eat for 6 hours before your scan if you are having sedation."),
        ("bold", "How long does it take?"),
        ("para", "The scan takes between 20 and 45 minutes."),
        ("bold", "I am pregnant or might be pregnant. Can I still have the scan?"),
        ("para", "Please tell us before your appointment."),
        ("heading", "Contact us"),
        ("para", "MRI bookings: 01632 960 555"),
    ])
    result = import_file(path, {})
    assert [line for line in result.body if line.startswith("#")] == [
        "## What is an MRI scan?",
        "## Is it safe for me to have an MRI scan if I have metal in my body?",
        "## Can I eat and drink before the scan?",
        "## How long does it take?",
        "## I am pregnant or might be pregnant. Can I still have the scan?",
        "## Contact us",
    ], result.body
    # (a bold warning paragraph is a notice, as it was)
    assert "> **Do not eat for 6 hours before your scan if you are having sedation.**" in (
        result.body
    )
    # where the leaflet's headings are no bold questions, a long bold question is left as it is
    path = write_word(tmp_path / "rad-1183-ct.docx", [
        ("footer", "Leaflet number: RAD-1183  Version: 1  Review date: September 2027"),
        ("title", "Your CT scan"),
        ("para", "Radiology Department"),
        ("heading", "Before your scan"),
        ("bold", "Have you ever had a reaction to the dye used in a CT or X-ray scan before?"),
        ("para", "If you have, phone us before your appointment."),
    ])
    assert "## Have you ever had a reaction" not in "\n".join(import_file(path, {}).body)


@pytest.mark.parametrize("foot", [
    # the note at the foot of its part, under a later heading
    "ON THE DAY\n\nPlease bring a list of your medicines.\n\n"
    "If you are unwell, call the Day Surgery Unit on 0161 291 2000.\n\n"
    "* Unless your heart doctor (cardiologist) has told you not to stop it. If so, call us.\n\n"
    "Day Surgery Unit: 0161 291 2000\n",
    # ... or straight before one
    "* Unless your heart doctor (cardiologist) has told you not to stop it. If so, call us.\n\n"
    "ON THE DAY\n\nIf you are unwell, call the Day Surgery Unit on 0161 291 2000.\n",
])
def test_a_footnote_mark_after_a_full_stop_takes_its_note(tmp_path, foot):
    """ "Stop taking clopidogrel ____ days before your operation.*" with "* Unless your heart
    doctor (cardiologist) has told you not to stop it. If so, call us." at the foot of its part
    had kept the "*" in the text and made the note a one-item list under "On the day": a cardiac
    patient was told plainly to stop clopidogrel. A mark after the sentence's full stop is a
    mark too: the whole note goes in brackets where it is, before the full stop."""
    text = (
        "Manchester University NHS Foundation Trust\nDay Surgery Unit\n\n"
        "PREPARING FOR YOUR OPERATION\n\nLeaflet number: DSU-0118 Version 3\n\n"
        "YOUR MEDICINES\n\n"
        "Stop taking clopidogrel ____ days before your operation.*\n\n"
        "Never stop warfarin on your own.\n\n" + foot
    )
    markdown = _imported_text(tmp_path, "preop.txt", text, "DSU-0118").markdown()
    assert (
        "before your operation (unless your heart doctor (cardiologist) has told you not to "
        "stop it. If so, call us)." in markdown
    ), markdown
    assert "*" not in markdown.split("---", 2)[2].replace("{.field}", ""), markdown
    assert "- Unless" not in markdown


@pytest.mark.parametrize("given", [{}, {"department": "Women's Health Physiotherapy"}])
def test_the_department_over_the_title_is_not_the_title(tmp_path, given):
    """ "Bradford Teaching Hospitals NHS Foundation Trust" / "Women's Health Physiotherapy" /
    (blank) / "Pelvic floor exercises for women" had made the department the title (the HTML's
    heading, the audio's opening, the file's name) and the real title a heading over the text,
    even with --department given. The department's line, given or named like one, is the
    department; the leaflet's own name after it is the title."""
    path = tmp_path / "pelvic.txt"
    path.write_text(
        "Bradford Teaching Hospitals NHS Foundation Trust\nWomen's Health Physiotherapy\n\n"
        "Pelvic floor exercises for women\n\n"
        "Your pelvic floor muscles support your bladder, womb and bowel. They can\n"
        "become weak after pregnancy or childbirth.\n\n"
        "Never do these exercises while you have a urinary catheter in place.\n\n"
        "Leaflet number: BTHFT/PHY/0342 Version 1\n",
        encoding="utf-8",
    )
    result = import_file(path, {"number": "BTHFT/PHY/0342", "version": "1", **given})
    assert result.front_matter["title"] == "Pelvic floor exercises for women", result.decisions
    assert result.front_matter["department"] == "Women's Health Physiotherapy"
    assert "## Pelvic floor exercises" not in result.markdown()
    assert "Women's Health Physiotherapy" not in "\n".join(result.body)


@pytest.mark.parametrize(("lines", "label"), [
    ("Cardiology clinic appointment: ____ (date) at ____ (time)",
     "Cardiology clinic appointment:"),
    # its line wrapped after the first blank, as a PDF's narrow column sets it
    ("Your next hand therapy appointment: ____\n(date) at ____ (time)",
     "Your next hand therapy appointment:"),
])
def test_a_hint_after_a_labelled_blank_is_the_blanks(tmp_path, lines, label):
    """ "Cardiology clinic appointment: ____ (date) at ____ (time)" had kept "(date)" in the
    text after the field named from its label: the audio said "... your care team will fill
    this in, (date) at ...", a filled copy "the fourteenth of March ... (date) at ten fifteen".
    Wrapped after its first blank, "(date) at ____ (time)" had been a paragraph of its own.
    A hint in brackets right after a labelled blank belongs to the blank."""
    markdown = _plan_markdown(tmp_path, lines)
    assert f"[{label}]{{.field}} at [time]{{.field}}" in markdown, markdown
    assert "(date)" not in markdown


def test_alternative_formats_made_available_on_request_is_the_leaflets_offer(tmp_path):
    """ "Alternative formats can be made available on request. Please email
    sth.alternativeformats@nhs.net" names no format, so it had not been taken for the
    leaflet's offer: it stayed in the body of every format, the leaflet carrying two offers
    with different contacts. Formats offered without naming one are every format; the
    sentence, giving its own contact, is the leaflet's offer sentence."""
    text = (
        "Warfarin: your anticoagulant record\n\nAnticoagulation Clinic\n\n"
        "Leaflet number: PIL 2145 Version 4\n\nYour INR\n\n"
        "Your INR is a blood test that shows how long your blood takes to clot.\n\n"
        "Alternative formats can be made available on request. Please email "
        "sth.alternativeformats@nhs.net\n"
    )
    result = _imported_text(tmp_path, "warfarin.txt", text, "PIL 2145")
    assert {"braille", "large-print", "audio"} <= set(result.front_matter.get("formats", ())), (
        result.body
    )
    assert not any("Alternative formats" in block for block in result.body)
    assert result.front_matter["format_offer"] == (
        "Alternative formats can be made available on request. Please email "
        "sth.alternativeformats@nhs.net"
    )
    assert any("Alternative formats" in note and "contact" in note for note in result.offers)
    read_leaflet(_saved(result, tmp_path), trust_parts)
    # (with no contact of its own, its words are left out: config's sentence, naming the
    # formats, ends every format, and the report says to check its contact)
    bare = text.replace(" Please email sth.alternativeformats@nhs.net", "")
    result = _imported_text(tmp_path, "warfarin.txt", bare, "PIL 2145")
    assert "format_offer" not in result.front_matter
    assert any("check its contact" in note for note in result.offers), result.offers
    # a medicine in other forms is no offer of the leaflet
    text = text.replace(
        "Alternative formats can be made available on request. Please email "
        "sth.alternativeformats@nhs.net\n",
        "Warfarin tablets are available on request in other strengths.\n",
    )
    result = _imported_text(tmp_path, "warfarin.txt", text, "PIL 2145")
    assert "format_offer" not in result.front_matter


def test_a_name_keeps_its_capitals_in_a_ban_and_a_heading_in_capitals_its_sentence_case(
    tmp_path,
):
    """ "Do not take:" over "St John's Wort" had become "Do not take st John's Wort" (a
    herbal remedy's name lost its capital in every format), and the heading "ON THE DAY", in a
    letter naming the "Day Surgery Unit", "On the Day": a word of a name is kept with its
    capital in a heading only beside the rest of that name."""
    text = (
        "Manchester University NHS Foundation Trust\nDay Surgery Unit\n\n"
        "PREPARING FOR YOUR OPERATION\n\nLeaflet number: DSU-0118 Version 3\n\n"
        "YOUR MEDICINES\n\nDo not take:\nSt John's Wort\nAspirin\n\n"
        "Ask your pharmacist before you take any other medicine.\n\n"
        "ON THE DAY\n\nIf you are unwell, call the Day Surgery Unit on 0161 291 2000.\n\n"
        "AT THE DAY SURGERY UNIT\n\nPlease bring your glasses.\n"
    )
    markdown = _imported_text(tmp_path, "preop.txt", text, "DSU-0118").markdown()
    assert "- Do not take St John's Wort\n- Do not take aspirin" in markdown, markdown
    assert "## On the day\n" in markdown, markdown
    assert "## At the Day Surgery Unit\n" in markdown, markdown


def test_a_heading_in_capitals_after_a_bans_items_is_no_item(tmp_path):
    """ "Do not take:" over "St John's Wort" / "Aspirin", then a blank line and the heading
    "ON THE DAY", had made the heading a third thing not to do: "- Do not take on the Day",
    the day's instructions left under "Your medicines". Items in ordinary case go on over a
    blank line; a line in capitals after them is the next heading."""
    text = (
        "Preparing for your operation\n\nLeaflet number: DSU-0118 Version 3\n\n"
        "Your medicines\n\nDo not take:\nSt John's Wort\nAspirin\n\n"
        "ON THE DAY\n\nIf you are unwell, call the Day Surgery Unit on 0161 291 2000.\n"
    )
    markdown = _imported_text(tmp_path, "preop.txt", text, "DSU-0118").markdown()
    assert "Do not take on" not in markdown, markdown
    assert "## on the day\n\nif you are unwell" in markdown.lower(), markdown
    assert "- Do not take aspirin\n" in markdown


def _notice_words(notice: Notice) -> str:
    """A notice's words, its paragraphs in a run as a reader reads them through."""
    return " ".join(plain_text(paragraph) for paragraph in notice.paragraphs)


def test_a_paragraph_after_a_list_going_on_over_the_page_stays_in_its_part_before_a_sidebar(
    tmp_path
):
    """On the hand-surgery leaflet the list "Splint care" goes on at the second page's head,
    and a paragraph follows it before the next heading: "If your splint rubs, feels too
    tight, or your fingers tingle, call the department ...". The first page's sidebar had been
    read after the list's last item, so that paragraph came after the sidebar, under "Key
    facts", as if it were one. The sidebar comes after the part it interrupts ends: before the
    text's next heading, "Exercises"."""
    result = import_file(_splint_leaflet(tmp_path / "splint.pdf"), {})
    markdown = result.markdown()
    assert (
        "- Clean it with a damp cloth and mild soap.\n\nIf your splint rubs, feels too tight, "
        "or your fingers tingle, call the department so we can change it.\n\n## Contact us\n"
    ) in markdown, markdown
    facts = result.body.index("## Key facts")
    assert result.body[facts + 1 : facts + 5] == [
        "Keep your hand up for 48 hours.",
        "Do not drive until you can grip the steering wheel firmly and safely.",
        "Most people return to desk work after 2 weeks.",
        "## Exercises",
    ], markdown


def test_a_paragraph_opening_the_next_page_in_the_same_part_comes_before_a_sidebar(tmp_path):
    """A page whose last part goes on at the next page's head in a new paragraph (no heading
    over it): the sidebar beside the first page is read after that part's end, before the
    text's next heading, not at its page's end, where the paragraph had fallen under the
    sidebar's last heading ("Who to call")."""
    main = _SIDEBAR_MAIN + (
        "<p style='break-before: page'>If you are worried about your breathing at night, sleep "
        "propped up on two or three pillows and keep your reliever inhaler by your bed.</p>"
        "<h2>More information</h2><p>Ask your nurse about a pulmonary rehabilitation course "
        "near you.</p>"
    )
    path = _sidebar_leaflet(tmp_path / "breathless.pdf", "right", True, "float", "10pt",
                            main=main)
    markdown = import_file(path, {}).markdown()
    flat = " ".join(markdown.split())
    order = [flat.find(words) for words in (
        "## When to get help", "call 999 straight away.", "If you are worried about your "
        "breathing at night", "inhaler by your bed.", "## Who to call", "999 or go to A&E",
        "## More information", "rehabilitation course near you.",
    )]
    assert -1 not in order and order == sorted(order), markdown


def test_an_offer_of_alternative_formats_with_its_own_contact_is_kept_as_the_leaflets_offer(
    tmp_path
):
    """A Word leaflet ending "Alternative formats can be made available on request. Please
    email sth.alternativeformats@nhs.net" names no format; taken as the offer of every format,
    its words had been left out, since the reader refused an offer sentence naming none, and
    config's sentence (another trust's phone number and e-mail) ended every format: a patient
    was sent to the wrong trust to ask. The sentence is kept as the leaflet's own offer, its
    e-mail with it, and `formats:` lists what is offered: every format, as none is withheld."""
    offer = (
        "Alternative formats can be made available on request. Please email "
        "sth.alternativeformats@nhs.net"
    )
    path = write_word(
        tmp_path / "warfarin-dosing-record.docx",
        [
            ("para", "Sheffield Teaching Hospitals NHS Foundation Trust"),
            ("para", "Anticoagulation Service"),
            ("title", "Warfarin: your anticoagulant record and dosing guide"),
            ("para", "Information for patients"),
            ("heading", "What is warfarin?"),
            ("para", "Warfarin is an anticoagulant. It makes your blood take longer to clot."),
            ("heading", "Contact us"),
            ("para", "Anticoagulation Clinic, Northern General Hospital"),
            ("para", "Tel: 0114 271 1234 ext 2345 (Mon–Fri, 9am–4.30pm)"),
            ("para", "Email: sth.anticoagulation@nhs.net"),
            ("para", offer),
            ("para", "PIL 2145 v2  Issued: March 2025  Review date: March 2028"),
        ],
    )
    result = import_file(path, {})
    assert result.front_matter.get("format_offer") == offer, result.front_matter
    assert result.front_matter["formats"] == [
        "braille", "large-print", "easy-read", "audio", "accessible-html"
    ]
    assert not any("Alternative formats" in block for block in result.body), result.body
    assert any(
        "kept as the leaflet's offer sentence" in note and "names no format" in note
        for note in result.offers
    ), result.offers
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    said = plain_text(leaflet.trust.format_offer)
    assert "sth.alternativeformats@nhs.net" in said, said
    assert "0116 250 2959" not in said and "uhl-tr" not in said, said


def test_opening_hours_under_a_phone_line_in_a_narrow_sidebar_stay_a_line_of_their_own(
    tmp_path
):
    """In the hand-surgery leaflet's sidebar, "Tel: 0191 213 7460 ext 22145" fills the narrow
    column and "Mon–Fri, 8am–4.30pm" would not have fitted after it, so the two had been taken
    for one line the column wrapped: "Tel: 0191 213 7460 ext 22145 Mon–Fri, 8am–4.30pm", the
    hours run on after the extension as if part of the number. A line of opening hours under a
    line ending on a phone number or extension is the writer's line."""
    markdown = import_file(_splint_leaflet(tmp_path / "splint.pdf"), {}).markdown()
    assert "ext 22145 Mon" not in markdown, markdown
    assert "\nTel: 0191 213 7460 ext 22145\n" in markdown, markdown
    assert "\nMon–Fri, 8am–4.30pm\n" in markdown, markdown


def test_a_word_record_of_plain_headings_over_empty_rows_is_a_table_to_fill_in(tmp_path):
    """The methotrexate leaflet's "Dose record" is a Word table, "Date | Dose (mg) | Blood test
    result | Signed" in plain type (not bold, no repeated-header mark) over 3 empty rows for the
    clinic to write in. With nothing under its headings it was taken for a table with no
    header row and read as one bullet, "- Date; Dose (mg); Blood test result; Signed": every
    format lost the rows to write in. Headings over empty rows are a record to fill in, its
    empty rows kept; a table of one row of words is still read as text."""
    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "PIL 2456 v3 Issued: 01/2025 Review: 01/2028"
    document.add_heading("Methotrexate tablets for rheumatoid arthritis", 0)
    document.add_paragraph("Rheumatology Department")
    document.add_heading("Taking methotrexate", 1)
    document.add_paragraph("Take methotrexate once a week, on the same day each week.")
    # a layout table: one row of words, no headings
    layout = document.add_table(rows=1, cols=2)
    layout.style = "Table Grid"
    for cell, words in zip(layout.rows[0].cells, ("Take it with food", "Swallow it whole"),
                           strict=True):
        cell.text = words
    document.add_heading("Dose record", 1)
    document.add_paragraph("Your nurse will fill this in at each blood test.")
    record = document.add_table(rows=4, cols=4)
    record.style = "Table Grid"
    for cell, words in zip(record.rows[0].cells,
                           ("Date", "Dose (mg)", "Blood test result", "Signed"), strict=True):
        cell.text = words
    document.add_heading("Contact", 1)
    document.add_paragraph("Rheumatology advice line: 0114 271 1900 ext 2045")
    path = tmp_path / "methotrexate.docx"
    document.save(path)

    result = import_file(path, {})
    markdown = result.markdown()
    assert "- Date; Dose (mg); Blood test result; Signed" not in markdown, markdown
    assert (
        "| Date | Dose (mg) | Blood test result | Signed |\n|---|---|---|---|\n"
        + "|  |  |  |  |\n" * 3
    ) in markdown, markdown
    assert "Take it with food; Swallow it whole" in markdown, markdown
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    tables = [block for block in leaflet.blocks if isinstance(block, Table)]
    assert len(tables) == 1 and tables[0].to_fill_in and len(tables[0].rows) == 3, tables
    assert [plain_text(cell) for cell in tables[0].header] == [
        "Date", "Dose (mg)", "Blood test result", "Signed"
    ]


def test_a_unit_per_another_in_a_sentence_in_capitals_is_written_as_a_unit(tmp_path):
    """A sentence in capitals is written in ordinary case, but its unit was cut at the slash
    and each half cased alone: "ABOVE 5 MMOL/L" became "above 5 MMOL/l" ("mmol" rare enough to
    be kept as an abbreviation, the litre's "L" put in small letters), which the audio spelt "M
    M O L or L" though it says "mmol/L" elsewhere as "millimoles per litre". A unit per another
    is written as the leaflet writes it, else in small letters with the litre's "L"."""
    result = _imported_text(tmp_path, "hypo.txt", (
        "Treating a low blood sugar (hypo)\n\n"
        "Diabetes Specialist Nursing Team\n\n"
        "What is a hypo?\n\n"
        "A hypo is when your blood glucose is below 4 mmol/L. Treat it straight away.\n\n"
        "IF YOU HAVE A HYPO, NEVER DRIVE. DO NOT DRIVE FOR AT LEAST 45 MINUTES AFTER YOUR "
        "BLOOD GLUCOSE IS BACK ABOVE 5 MMOL/L.\n\n"
        "YOUR INSULIN PUMP RUNS AT 0.5 UNITS/HOUR OVERNIGHT. CHECK YOUR KETONES IF THEY ARE "
        "ABOVE 0.6 MMOL/L.\n"
    ), "0117")
    markdown = result.markdown()
    assert "back above 5 mmol/L.**" in markdown, markdown
    assert "runs at 0.5 units/hour overnight" in markdown, markdown
    assert "above 0.6 mmol/L.**" in markdown, markdown
    assert "MMOL" not in markdown and "/l" not in markdown, markdown


def test_a_word_paragraph_wholly_in_capitals_is_written_in_ordinary_case_its_bold_kept(
    tmp_path
):
    """The hypo leaflet's warning is a Word paragraph in bold and wholly in capitals, "IF YOU
    HAVE A HYPO, NEVER DRIVE. DO NOT DRIVE FOR AT LEAST 45 MINUTES AFTER YOUR BLOOD GLUCOSE IS
    BACK ABOVE 5 MMOL/L." A text file's such sentences are written in ordinary case; Word's bold
    marks had kept them from it, so the audio spelt "A H Y P O" and "M M O L or L" and large
    print's check failed. It goes through the same rule, its bold kept: "hypo" is a word the
    leaflet writes small, the unit is written as the leaflet writes it (mmol/L, not "MMOL/l"),
    DVLA and A&E stay in capitals; a paragraph in capitals not in bold is made bold for the
    weight its capitals gave it, as a text file's is."""
    path = write_word(
        tmp_path / "DSN-0117-hypo.docx",
        [
            ("footer", "DSN-0117 Version 2 Issued: June 2025 Review: June 2028"),
            ("title", "Treating a low blood sugar (hypo) in adults with diabetes"),
            ("para", "Diabetes Specialist Nursing Team"),
            ("heading", "What is a hypo?"),
            ("para", "A hypo (hypoglycaemia) is when your blood glucose is below 4 mmol/L. You "
                     "must treat it straight away."),
            ("bold", "IF YOU HAVE A HYPO, NEVER DRIVE. DO NOT DRIVE FOR AT LEAST 45 MINUTES "
                     "AFTER YOUR BLOOD GLUCOSE IS BACK ABOVE 5 MMOL/L."),
            ("para", "YOU MUST TELL THE DVLA IF YOU HAVE MORE THAN ONE SEVERE HYPO IN 12 "
                     "MONTHS."),
            ("heading", "If the person cannot swallow"),
            ("para", "Do not give them food or drink. Call 999 or go to A&E."),
        ],
    )
    markdown = import_file(path, {}).markdown()
    assert (
        "\n**If you have a hypo, never drive. Do not drive for at least 45 minutes after your "
        "blood glucose is back above 5 mmol/L.**\n"
    ) in markdown, markdown
    assert (
        "\n**You must tell the DVLA if you have more than one severe hypo in 12 months.**\n"
    ) in markdown, markdown
    assert "HYPO" not in markdown and "MMOL" not in markdown, markdown


def _cast_leaflet(path: Path) -> Path:
    """A child's arm-cast leaflet as WeasyPrint sets it: a blue band with the title, the unit
    and its trust on one line ("Children's Fracture Clinic – Alder Hey Children's NHS
    Foundation Trust") and the audience; two columns; a red box opening with a sentence in
    bold that wraps ("... for the first 2" / "days.") over its signs in bullets, each sign's
    word in bold; a footer of its reference and dates."""
    import weasyprint

    html = (
        "<html lang='en-GB'><head><meta charset='utf-8'><style>@page { size: A4; "
        "margin: 12mm 12mm 22mm 12mm; @bottom-left { content: 'Ref: ORTH-CH-082 v1 | Issued: "
        "02/2025 | Review: 02/2028'; font: 8pt sans-serif } @bottom-right { content: 'Page ' "
        "counter(page) ' of ' counter(pages); font: 8pt sans-serif } }"
        "body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt }"
        ".band { background: #005eb8; color: white; padding: 8mm; margin: -2mm -2mm 5mm -2mm }"
        ".band h1 { margin: 0; font-size: 22pt } .band p { margin: 2mm 0 0 0; font-size: 11pt }"
        ".cols { column-count: 2; column-gap: 8mm }"
        "h2 { color: #005eb8; font-size: 13pt; margin: 3mm 0 1mm 0 }"
        ".box { border: 2px solid #d5281b; background: #fde8e6; padding: 3mm; "
        "break-inside: avoid }</style></head><body>"
        "<div class='band'><h1>Caring for your child's arm plaster cast</h1>"
        "<p>Children's Fracture Clinic – Alder Hey Children's NHS Foundation Trust</p>"
        "<p>Information for parents and carers</p></div><div class='cols'>"
        "<h2>Why does my child have a cast?</h2><p>Your child has a broken bone (fracture) in "
        "their arm. The cast holds the bone still while it heals, usually for 3 to 6 weeks.</p>"
        "<h2>For the first 48 hours</h2><p>Keep the arm raised on a pillow above the level of "
        "the heart, and use the sling during the day. Give paracetamol or ibuprofen as the "
        "label says for your child's age.</p>"
        "<div class='box'><p><strong>Check the 5 Ps every 4 hours for the first 2 days."
        "</strong> Come back to the Emergency Department straight away if your child has:</p>"
        "<ul><li><strong>Pain</strong> – worse pain that pain relief does not help</li>"
        "<li><strong>Pale</strong> – fingers that look pale, white or blue</li>"
        "<li><strong>Pins and needles</strong> – tingling or numbness in the fingers</li>"
        "<li><strong>Puffy</strong> – swollen fingers that do not go down when the arm is "
        "raised</li><li><strong>Paralysis</strong> – cannot move their fingers</li></ul></div>"
        "<h2>Do and don't</h2><p>✓ Do keep the cast dry: cover it with a plastic bag when "
        "washing.</p><p>✗ Never cut or trim the cast yourself.</p>"
        "<h2>If the cast gets wet or damaged</h2><p>If the cast becomes soft, cracked, loose or "
        "smelly, call the Plaster Room.</p>"
        "<h2>Contact us</h2><p>Plaster Room: 0151 228 4811 ext 2317<br>"
        "Email: fractureclinic@alderhey.nhs.uk</p></div></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_pdf_boxs_wrapped_bold_sentence_is_one_sentence_over_its_bold_labelled_signs(tmp_path):
    """In the cast leaflet's red box, "Check the 5 Ps every 4 hours for the first 2 days." in
    bold wraps before "days.", and the signs under it are bullets each opening with its word in
    bold ("Pain – worse pain that pain relief does not help"). The wrap had been read as a
    break: "... for the first 2;" and "days. Come back ..." apart (every format cut the 2 from
    its days), and the signs plain paragraphs with ";" added and their words lower-cased
    ("pain – ..."). The box's wrapped lines are one sentence, its bold kept, and its bullets
    its list of signs, each as typed, its bold word kept."""
    path = _cast_leaflet(tmp_path / "child-arm-cast.pdf")
    result = import_file(path, {"department": "Children's Fracture Clinic"})
    markdown = result.markdown()
    assert (
        "> **Check the 5 Ps every 4 hours for the first 2 days.** Come back to the Emergency "
        "Department straight away if your child has:\n>\n"
        "> - **Pain** – worse pain that pain relief does not help\n"
        "> - **Pale** – fingers that look pale, white or blue\n"
        "> - **Pins and needles** – tingling or numbness in the fingers\n"
        "> - **Puffy** – swollen fingers that do not go down when the arm is raised\n"
        "> - **Paralysis** – cannot move their fingers\n"
    ) in markdown, markdown
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    (notice,) = notices_of(leaflet)
    assert _notice_words(notice) == (
        "Check the 5 Ps every 4 hours for the first 2 days. Come back to the Emergency "
        "Department straight away if your child has:"
    )
    assert [plain_text(item) for item in notice.items][0] == (
        "Pain – worse pain that pain relief does not help"
    )
    assert len(notice.items) == 5


def test_a_unit_and_its_trust_on_one_line_under_a_pdfs_title_give_the_department(tmp_path):
    """Under the cast leaflet's title, "Children's Fracture Clinic – Alder Hey Children's NHS
    Foundation Trust": the unit, then its trust. No department had been found (the build
    refused the leaflet until one was given) and the line stayed as the body's first paragraph,
    the audio's "Introduction" saying it alone. The unit is the department; the trust's name,
    the trust's own, is dropped (said so), as it is in the order "trust – unit"."""
    result = import_file(_cast_leaflet(tmp_path / "child-arm-cast.pdf"), {})
    assert result.front_matter["department"] == "Children's Fracture Clinic", result.front_matter
    assert result.front_matter["audience"] == "Information for parents and carers"
    assert not any("department" in warning for warning in result.warnings), result.warnings
    assert not any("Alder Hey" in block for block in result.body), result.body
    assert result.body[0] == "## Why does my child have a cast?", result.body
    decisions = "\n".join(result.decisions)
    assert "dropped the trust's name 'Alder Hey Children's NHS Foundation Trust'" in decisions
    assert "department 'Children's Fracture Clinic'" in decisions


def test_an_audience_of_breastfeeding_mothers_under_an_underlined_title_is_the_audience(tmp_path):
    """A text leaflet's title underlined with "=", the department and the trust's name under
    it, then "Information for breastfeeding mothers and birthing parents": it had become a
    heading, `## Information for ...` (a chapter of that name in the audio, a heading in
    braille), and every format's details said the default audience. It is the audience."""
    result = _imported_text(
        tmp_path,
        "breastfeeding-medicines.txt",
        "BREASTFEEDING AND MEDICINES\n===========================\n\n"
        "Infant Feeding Team, The Rosie Hospital\n"
        "Cambridge University Hospitals NHS Foundation Trust\n"
        "Information for breastfeeding mothers and birthing parents\n\n"
        "Most medicines are safe to take while you breastfeed. Only a small amount gets into "
        "your milk.\n\nPain relief\n-----------\n\n"
        "* Paracetamol: safe at the usual dose (1 g up to 4 times in 24 hours).\n"
        "* Never take aspirin for pain while breastfeeding.\n\n"
        "CUH-IFT-044 Version 2 Published June 2024 Review June 2027\n",
        "CUH-IFT-044",
    )
    assert result.front_matter["audience"] == (
        "Information for breastfeeding mothers and birthing parents"
    ), result.front_matter
    assert not any("Information for" in block for block in result.body), result.body
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == ["Pain relief"]
    assert leaflet.meta.audience == "Information for breastfeeding mothers and birthing parents"


def test_a_pdfs_smaller_heading_with_no_larger_one_before_it_is_a_section_heading(tmp_path):
    """A head-injury leaflet made from Word: its first heading, "Go to A&E straight away if
    you have:", was a Heading 2 with no Heading 1 before it, so it was set smaller than the
    headings after it. It had been `###` under the title: the HTML jumped from h1 to h3 (its
    own check failed) and the audio gave its six signs no chapter. A heading with no larger
    one before it heads a section; one in that size under a larger heading stays under it."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt serif }"
        "h1 { font: 26pt sans-serif } h2 { font: bold 14pt sans-serif } "
        "h3 { font: bold 13pt sans-serif }</style></head><body>"
        "<p>Emergency Department</p><h1>Head injury: advice for adults going home</h1>"
        "<p>You have been checked in the Emergency Department (ED) after a head injury. We think "
        "it is safe for you to go home.</p>"
        "<h3>Go to A&amp;E straight away if you have:</h3><ul>"
        "<li>vomiting more than once since the injury</li>"
        "<li>clear fluid coming from your ears or nose</li></ul>"
        "<p>If you cannot get to A&amp;E safely, call 999. Do not drive yourself.</p>"
        "<h2>Things you should not do</h2><ul><li>Do not drink alcohol for 48 hours.</li>"
        "<li>Do not play contact sports (rugby, football) for at least 3 weeks.</li></ul>"
        "<h2>Pain relief</h2><p>You can take paracetamol 1 g up to 4 times in 24 hours.</p>"
        "<h3>If you take other medicines</h3><p>Ask your pharmacist before you take anything "
        "else for pain.</p><h2>Contact</h2><p>Emergency Department: 0118 322 5111 (24 hours)."
        "</p><p>ED-HI-031 Version 2 Published: 01/2025 Review: 01/2028</p></body></html>"
    )
    path = tmp_path / "head-injury.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert [block for block in result.body if block.startswith("#")] == [
        "## Go to A&E straight away if you have:",
        "## Things you should not do",
        "## Pain relief",
        "### If you take other medicines",
        "## Contact",
    ], result.markdown()


def test_a_word_leaflets_shallowest_heading_style_heads_its_sections(tmp_path):
    """A head-injury leaflet with a Title and its sections in Word's Heading 2 (no Heading 1)
    gave "### Go to A&E straight away if you have:" under the title: the web page jumped from
    h1 to h3 and the audio gave the signs no chapter. The shallowest Heading style a leaflet
    uses under its title heads its sections, the next one down their parts."""
    import docx

    document = docx.Document()
    document.add_heading("Head injury: advice for adults going home", level=0)
    document.add_paragraph("Emergency Department")
    document.add_paragraph("Leaflet number: ED-HI-031 Version: 2")
    document.add_paragraph("You have been seen in the Emergency Department after a head injury.")
    document.add_heading("Go to A&E straight away if you have:", level=2)
    for sign in ("a headache that gets worse", "repeated vomiting", "a seizure or fit"):
        document.add_paragraph(sign, style="List Bullet")
    document.add_heading("Looking after yourself", level=2)
    document.add_paragraph("Rest for the first 24 hours. Do not drink alcohol for 48 hours.")
    document.add_heading("Pain relief", level=3)
    document.add_paragraph("Take paracetamol if you need it.")
    path = tmp_path / "head-injury.docx"
    document.save(path)
    result = import_file(path, {})
    markdown = result.markdown()
    assert "\n## Go to A&E straight away if you have:\n" in markdown, markdown
    assert "\n## Looking after yourself\n" in markdown, markdown
    assert "\n### Pain relief\n" in markdown, markdown


def test_a_pdf_record_of_headings_over_ruled_empty_rows_is_a_table_to_fill_in(tmp_path):
    """A catheter leaflet saved from Word to PDF has a "Fluid record": "Date | Time | Drink (ml)
    | Urine (ml)" over five ruled empty rows for the patient to write in. The PDF reader dropped
    every row with no words, so the record came through as one line of text, "Date; Time;
    Drink (ml); Urine (ml)", and every format lost the chart to fill in (from a .docx it was
    kept). Empty rows at a ruled table's end, each a line high, are its rows to write in."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "td, th { border: 1px solid black; padding: 4px; text-align: left; height: 16pt }"
        "table { border-collapse: collapse; width: 100% }</style></head><body>"
        "<h1>Looking after your urinary catheter</h1><p>Urology Department</p>"
        "<p>Reference: URO-0088 Version: 1 Review date: November 2027</p>"
        "<h2>Fluid record</h2><p>Please fill in this chart for 3 days before your clinic "
        "appointment and bring it with you.</p><table>"
        "<tr><th>Date</th><th>Time</th><th>Drink (ml)</th><th>Urine (ml)</th></tr>"
        + "<tr><td></td><td></td><td></td><td></td></tr>" * 5
        + "</table><h2>When to get help</h2><p>Contact your GP if no urine has drained for 2 "
        "hours.</p></body></html>"
    )
    path = tmp_path / "catheter.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    markdown = result.markdown()
    assert "Date; Time; Drink (ml); Urine (ml)" not in markdown, markdown
    assert (
        "| Date | Time | Drink (ml) | Urine (ml) |\n|---|---|---|---|\n" + "|  |  |  |  |\n" * 5
    ) in markdown, markdown
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    (table,) = [block for block in leaflet.blocks if isinstance(block, Table)]
    assert table.to_fill_in and len(table.rows) == 5


def test_a_floor_at_an_addresss_head_is_no_heading(tmp_path):
    """A warfarin leaflet ends with its clinic's address a line each, its floor first: "Level
    2, Outpatients Building" over the hospital, an unnumbered street, the town and postcode.
    The floor was taken for a heading as "Level 2" exercises are, and so the clinic's name over
    it too: the address read as two chapters. A floor is a line of the address; a "Level 2"
    exercise heading is still one."""
    text = (
        "Starting warfarin\nAnticoagulation Clinic\n\nWhen to get help\n\nCall the clinic if "
        "you have nosebleeds lasting longer than 10 minutes.\n\nWarfarin Clinic\nLevel 2, "
        "Outpatients Building\nNorthgate Hospital\nNorthgate Road\nSheffield\nS10 2XX\n"
        "Tel: 01632 960 700 (Mon–Fri 9am–12 noon)\n"
    )
    markdown = _imported_text(tmp_path, "warfarin.txt", text, "ACC-0009").markdown()
    assert "## When to get help" in markdown
    assert "# Warfarin Clinic" not in markdown and "# Level 2" not in markdown, markdown
    assert "\n\nLevel 2, Outpatients Building\n\nNorthgate Hospital\n\n" in markdown, markdown
    exercises = (
        "Balance exercises\nPhysiotherapy\n\nLevel 2 exercises\n\nDo these once you can "
        "stand on one leg for 30 seconds.\n\nStand on one leg and hold for 10 seconds.\n"
    )
    markdown = _imported_text(tmp_path, "balance.txt", exercises, "PHY-0100").markdown()
    assert "## Level 2 exercises" in markdown, markdown


def test_a_blank_named_by_a_hint_of_what_it_is_takes_the_hints_name(tmp_path):
    """An asthma action plan's "My preventer inhaler is called ________ and it is ________
    (colour)." The second blank's hint was not taken: the blank was "to fill in" (a second
    field of that name beside another), and the audio said "and it is, write this in
    yourself, (colour)". A hint naming what goes there names the blank, as "(date)" does."""
    result = _imported_text(
        tmp_path,
        "crs-0019-asthma-plan.txt",
        "My asthma action plan\nChildren's Respiratory Service\n\n"
        "My preventer inhaler is called ________ and it is ________ (colour).\n",
        "CRS-0019",
    )
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert field_labels(leaflet) == ["to fill in", "colour"]
    assert "(colour)" not in result.markdown()
    from pipeline.formats.audio.speech_script import speech_script

    said = speech_script(leaflet).as_text()
    assert "(colour)" not in said and "write this in yourself, (colour)" not in said


def test_a_name_over_a_weeks_times_or_an_address_heads_them(tmp_path):
    """A clinic's page copied as text: "Walk-in times" over "Monday: 8.30am - 11.30am",
    "Tuesday: ...", and "Find us" over the clinic's address. Each was taken for one of the run
    of short lines under it: the walk-in times had no heading of their own, and the address
    was read at the end of the chapter before ("PEP (post-exposure prophylaxis)")."""
    text = (
        "Sexual health clinic\nSexual Health Service\n\n"
        "Our clinic offers free testing and treatment for infections.\n\n"
        "Walk-in times\nMonday: 8.30am - 11.30am\nTuesday: 12:30 - 15:30\nWednesday: closed\n\n"
        "Please arrive at least 30 minutes before closing.\n\n"
        "PEP\nIf you think you have been exposed to HIV, PEP must be started within 72 hours."
        "\n\nFind us\nSexual Health Clinic\n2nd Floor, Riverside Centre\n14 Canal Street\n"
        "Leeds LS1 4XY\n"
    )
    result = _imported_text(tmp_path, "sexual-health.txt", text, "SH-0107")
    markdown = result.markdown()
    assert "## Walk-in times\n\nMonday: 8.30am - 11.30am\n\n" in markdown, markdown
    assert markdown.index("## Find us") < markdown.index("Leeds LS1 4XY"), markdown
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == ["Walk-in times", "PEP", "Find us"]


def _with_word_footnotes(path: Path, notes: dict[str, str]) -> Path:
    """The Word file at `path` with a footnote after each text in `notes` (its words), as Word
    saves them: a reference in the text, the note's words in word/footnotes.xml."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    footnotes = f'<w:footnotes xmlns:w="{w}">' + "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        for number, note in enumerate(notes.values(), start=1)
    ) + "</w:footnotes>"
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    text = parts["word/document.xml"].decode()
    for number, after in enumerate(notes, start=1):
        reference = f'<w:r><w:footnoteReference w:id="{number}"/></w:r>'
        text = text.replace(f"{after}</w:t></w:r>", f"{after}</w:t></w:r>{reference}", 1)
    parts["word/document.xml"] = text.encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.openxmlformats'
        b'.org/officeDocument/2006/relationships/footnotes"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    parts["word/footnotes.xml"] = footnotes.encode()
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def test_a_word_leaflets_footnotes_are_kept_where_their_marks_are(tmp_path):
    """A methotrexate leaflet in Word puts two warnings in footnotes: "... while on
    methotrexate.²" with "Do not take methotrexate if you are pregnant ..." at the page's foot.
    Word keeps a footnote's words apart from the text, and the import read only the text: the
    pregnancy warning was lost from every format, with no word of it. A note is put in
    brackets where its mark is, as a text file's "*" note is; in a table's cell too."""
    import docx

    document = docx.Document()
    document.add_heading("Methotrexate for skin conditions", level=0)
    document.add_paragraph("Dermatology Department")
    document.add_heading("Alcohol and other medicines", level=1)
    document.add_paragraph(
        "Keep to no more than 14 units of alcohol a week. Do not take trimethoprim while on "
        "methotrexate."
    )
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells,
                          ("Medicine", "Dose", "Folic acid", "5mg once a week"), strict=True):
        cell.text = text
    document.add_paragraph("Reference: DER-0061 Version 3")
    path = tmp_path / "methotrexate.docx"
    document.save(path)
    _with_word_footnotes(path, {
        "while on methotrexate.": "Do not take methotrexate if you are pregnant or trying for "
        "a baby.",
        "5mg once a week": "Not on the same day as methotrexate.",
    })
    markdown = import_file(path, {}).markdown()
    assert (
        "Do not take trimethoprim while on methotrexate (do not take methotrexate if you are "
        "pregnant or trying for a baby)." in markdown
    ), markdown
    assert "| Folic acid | 5mg once a week (not on the same day as methotrexate) |" in markdown


def test_a_word_leaflets_raised_marks_and_notes_typed_at_its_end(tmp_path):
    """An ibuprofen leaflet in Word marks its notes with raised figures typed in the text,
    "Take 2" and a raised "1", "... in 24 hours" and a raised "2", and types the notes at the
    end in small type: "1 Or 1 tablet if you weigh less than 50kg." The marks had been read
    as plain figures, "Take 21 tablets", a dose said wrong, and the notes left under "Contact
    us", the condition apart from its ban. Each mark is read raised, and each note goes in
    brackets where its mark is."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_heading("Ibuprofen for pain", level=0)
    document.add_paragraph("Pharmacy Department")
    document.add_heading("How to take it", level=1)
    paragraph = document.add_paragraph("Take 2")
    paragraph.add_run("1").font.superscript = True
    paragraph.add_run(" tablets three times a day with food. Do not take more than 1200mg in "
                      "24 hours")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(".")
    document.add_heading("Contact us", level=1)
    document.add_paragraph("Pharmacy helpline: 01632 960 123")
    for note in ("1 Or 1 tablet if you weigh less than 50kg.",
                 "2 Unless your doctor has prescribed a higher dose."):
        document.add_paragraph(note).runs[0].font.size = Pt(8)
    path = tmp_path / "ibuprofen.docx"
    document.save(path)
    result = import_file(path, {"number": "PHA-0210", "version": "2"})
    assert result.body == [
        "## How to take it",
        "Take 2 (or 1 tablet if you weigh less than 50kg) tablets three times a day with food. "
        "Do not take more than 1200mg in 24 hours (unless your doctor has prescribed a higher "
        "dose).",
        "## Contact us", "Pharmacy helpline: 01632 960 123",
    ], result.body


def test_a_word_leaflets_numbered_heading_scheme_keeps_its_numbers(tmp_path):
    """A patch-testing leaflet numbers its Heading 1 and Heading 2 with Word's own multi-level
    list ("1.", "1.1", "2.1"), the numbers in no paragraph's text, and says "(see section
    2.1)". The import read the text alone: every heading lost its number, the reference
    pointed nowhere, and the audio's chapters had none to say. A heading numbered by Word
    keeps the number Word shows."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("", style="List Number")  # a numbering part to add the scheme to
    numbering = document.part.numbering_part.element
    scheme = OxmlElement("w:abstractNum")
    scheme.set(qn("w:abstractNumId"), "90")
    for level, text in enumerate(("%1.", "%1.%2")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text)):
            setting = OxmlElement(tag)
            setting.set(qn("w:val"), value)
            lvl.append(setting)
        scheme.append(lvl)
    numbering.insert(0, scheme)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), "90")
    num.append(abstract)
    numbering.append(num)

    def numbered(text: str, level: int) -> None:
        properties = document.add_heading(text, level)._p.get_or_add_pPr()
        settings = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", str(level - 1)), ("w:numId", "90")):
            setting = OxmlElement(tag)
            setting.set(qn("w:val"), value)
            settings.append(setting)
        properties.append(settings)

    document.add_heading("Patch testing", 0)
    document.add_paragraph("Dermatology Department")
    numbered("Before your appointment", 1)
    numbered("Medicines", 2)
    document.add_paragraph("Do not take antihistamines for 48 hours before your appointment.")
    numbered("Your skin", 2)
    document.add_paragraph("Do not use a sunbed for 4 weeks before your tests (see section 2.1).")
    numbered("During the tests", 1)
    numbered("Keeping the patches dry", 2)
    document.add_paragraph("Do not get your back wet until the final reading.")
    document.add_paragraph("Reference: DER-0070 Version 1")
    path = tmp_path / "patch-testing.docx"
    document.save(path)
    markdown = import_file(path, {}).markdown()
    for heading in ("## 1. Before your appointment", "### 1.1 Medicines", "### 1.2 Your skin",
                    "## 2. During the tests", "### 2.1 Keeping the patches dry"):
        assert f"\n{heading}\n" in markdown, markdown


def test_word_content_controls_are_read_and_a_table_of_contents_field_is_the_contents(
    tmp_path,
):
    """A leaflet from a template of content controls (Word's "boxes to type in"): python-docx
    reads none, so a control's safety line, "Call 999 if you have chest pain", was lost
    whole, "Do not kneel on your new knee [for 6 weeks] after your operation" lost its weeks,
    and Word's table of contents (a control too) went with nothing said; a field's result and
    a smart tag's words went too ("Call the ward on if your wound leaks"). Each is read
    where it stands; the contents are dropped as a contents list is, and said; a control still
    showing its prompt is a blank, and said."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def control(inside: str, prompt: bool = False) -> str:
        shown = "<w:showingPlcHdr/>" if prompt else ""
        return f"<w:sdt {w}><w:sdtPr>{shown}</w:sdtPr><w:sdtContent>{inside}</w:sdtContent></w:sdt>"

    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    document = docx.Document()
    document.add_heading("Your knee replacement", 0)
    document.add_paragraph("Orthopaedic Department")
    entries = [("Before your operation", 2), ("After your operation", 4), ("Contact us", 6)]
    contents = "".join(
        f'<w:p><w:hyperlink w:anchor="_Toc{page}">{run(entry)}<w:r><w:tab/></w:r>'
        f"{run(str(page))}</w:hyperlink></w:p>" for entry, page in entries
    )
    body = document.element.body  # (its last child is the page's settings)
    body.insert(len(body) - 1, parse_xml(control(f"<w:p {w}>{run('Contents')}</w:p>{contents}")))
    document.add_heading("Before your operation", 1)
    document.add_paragraph("Move rugs and cables so you do not trip.")
    document.add_heading("After your operation", 1)
    paragraph = document.add_paragraph("Do not kneel on your new knee")
    paragraph._p.append(parse_xml(control(run(" for 6 weeks"))))
    paragraph.add_run(" after your operation.")
    body.insert(len(body) - 1, parse_xml(control(
        f"<w:p {w}>{run('Call 999 if you have chest pain or feel short of breath.')}</w:p>"
    )))
    document.add_heading("Contact us", 1)
    # a field's result (the ward's number from the file's properties), a smart tag's place
    paragraph = document.add_paragraph("Call the ward on ")
    paragraph._p.append(parse_xml(f'<w:fldSimple {w} w:instr=" DOCPROPERTY WardPhone ">'
                                  f'{run("01632 960 777")}</w:fldSimple>'))
    paragraph.add_run(" if your wound leaks. We are on Ward 4, ")
    paragraph._p.append(parse_xml(f'<w:smartTag {w} w:element="place">{run("Leicester")}'
                                  "</w:smartTag>"))
    paragraph.add_run(" Royal Infirmary.")
    paragraph = document.add_paragraph("Your physiotherapist: ")
    paragraph._p.append(parse_xml(control(run("Click or tap here to enter text."), True)))
    document.add_paragraph("Leaflet number: ORT-0412 Version 2")
    path = tmp_path / "knee.docx"
    document.save(path)
    result = import_file(path, {})
    assert result.body == [
        "## Before your operation", "Move rugs and cables so you do not trip.",
        "## After your operation",
        "Do not kneel on your new knee for 6 weeks after your operation.",
        "Call 999 if you have chest pain or feel short of breath.",
        "## Contact us", "Call the ward on 01632 960 777 if your wound leaks. We are on "
        "Ward 4, Leicester Royal Infirmary.", "[Your physiotherapist:]{.field}",
    ], result.body
    assert any("dropped the contents list 'Contents' (3 entries" in decision
               for decision in result.decisions), result.decisions
    assert any("'Click or tap here to enter text.'" in warning and "blank" in warning
               for warning in result.warnings), result.warnings


def test_word_heading_numbers_count_on_across_numberings_of_one_definition(tmp_path):
    """Headings numbered by Word with two numberings made from one definition (a section
    pasted in from another copy of the leaflet brings its own): Word counts on, "3. After
    your tests" and its "3.1", but the import had counted each numbering alone, "1. After
    your tests", so "(see section 3.1)" pointed at the wrong section. A numbering set to
    start again (startOverride) starts again, as a list's does."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>' for level, text in enumerate(("%1.", "%1.%2"))
    )

    def leaflet(override: str) -> str:
        document = docx.Document()
        numbering = document.part.numbering_part.element
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="80">{levels}</w:abstractNum>'
        ))
        for num_id, extra in (("81", ""), ("82", override)):
            numbering.append(parse_xml(
                f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="80"/>{extra}</w:num>'
            ))

        def numbered(text: str, level: int, num_id: str) -> None:
            document.add_heading(text, level)._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="{level - 1}"/><w:numId w:val="{num_id}"/>'
                "</w:numPr>"
            ))

        document.add_heading("Your allergy tests", 0)
        document.add_paragraph("Allergy Clinic")
        numbered("Before your tests", 1, "81")
        document.add_paragraph("Do not take antihistamines for 5 days before your tests.")
        numbered("On the day", 1, "81")
        numbered("What we do", 2, "81")
        document.add_paragraph("We put drops on your arm and prick the skin.")
        numbered("After your tests", 1, "82")
        numbered("If your skin itches", 2, "82")
        document.add_paragraph("Do not scratch the marks (see section 3.1).")
        document.add_paragraph("Reference: ALL-0012 Version 1")
        path = tmp_path / "allergy.docx"
        document.save(path)
        return import_file(path, {}).markdown()

    markdown = leaflet("")
    for heading in ("## 1. Before your tests", "## 2. On the day", "### 2.1 What we do",
                    "## 3. After your tests", "### 3.1 If your skin itches"):
        assert f"\n{heading}\n" in markdown, markdown
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    markdown = leaflet(restart)
    for heading in ("## 2. On the day", "## 1. After your tests", "### 1.1 If your skin"):
        assert f"\n{heading}" in markdown, markdown


def test_a_numbered_lists_last_item_before_a_blank_line_stays_in_the_list(tmp_path):
    """After "Contact your GP or the Urology Ward (0117 414 8100) if:" the last of four numbered
    signs, "4. you cannot pass urine", had a blank line and a paragraph under it, and became a
    chapter heading: the list said three signs, and "you cannot pass urine" was cut off from
    the call. An item going on from a lead-in in small letters is no heading."""
    text = (
        "After your vasectomy\nUrology Department\n\nWhen to get help\n"
        "Contact your GP or the Urology Ward (0117 414 8100) if:\n"
        "1. the swelling gets bigger or very painful\n"
        "2. you have a temperature above 38°C\n"
        "3. the wound is red, hot or has pus coming from it\n"
        "4. you cannot pass urine\n\n"
        "Rarely, the tubes can join back together, even years later.\n"
    )
    result = _imported_text(tmp_path, "vasectomy.txt", text, "URO-0388")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == ["When to get help"]
    (signs,) = lists(leaflet)
    assert [plain_text(item) for item in signs.items][-1] == "you cannot pass urine"
    assert len(signs.items) == 4


def test_a_contact_list_with_dot_leaders_keeps_its_numbers_with_no_blanks(tmp_path):
    """A list of numbers typed with dot leaders ("Ward 7 ........ 0116 258 5555"), as a
    printed leaflet's contact page sets them: each row of dots had been a blank "to fill in",
    and every patient's sheet had an empty box between the ward and its number. Dots running
    up to a phone number lead to it; a blank ("Date: ........") stays a blank."""
    text = (
        "Useful numbers for your stay\nOrthopaedic Department\n\n"
        "If you have questions after you leave hospital, please call the ward you stayed on.\n\n"
        "Ward 7 ........................ 0116 258 5555\n"
        "Discharge lounge .............. 0116 258 5557\n"
        "Pharmacy helpline ............. 0116 258 5558 (Monday to Friday, 9am to 5pm)\n\n"
        "Date of your next appointment: ..............\n"
    )
    result = _imported_text(tmp_path, "numbers.txt", text, "1210")
    body = "\n".join(result.body)
    assert "Ward 7: 0116 258 5555" in body, body
    assert "Pharmacy helpline: 0116 258 5558 (Monday to Friday, 9am to 5pm)" in body
    assert body.count("{.field}") == 1, body  # the appointment's date alone


def test_a_pound_sign_or_degree_read_in_the_wrong_encoding_is_mended(tmp_path):
    """"£" and "°" saved as UTF-8 and read as Windows-1252 come out as "Â£8" and "38Â°C": the
    audio had said "about Â eight pounds". They are mended as a dash or an accent is."""
    text = (
        "Looking after your child's plaster cast\nFracture Clinic\n\n"
        "A waterproof cover costs about Â£8 from most pharmacies.\n\n"
        "Call us if your child has a temperature of 38Â°C or above.\n"
    )
    result = _imported_text(tmp_path, "cast.txt", text, "8120")
    body = "\n".join(result.body)
    assert "about £8 from" in body and "38°C or above" in body and "Â" not in body, body
    assert any("wrong encoding" in warning for warning in result.warnings), result.warnings


def test_turn_over_lines_between_a_printed_leaflets_pages_are_dropped(tmp_path):
    """A printed leaflet typed out keeps its "PTO" and "Continued overleaf" between its pages:
    they had stayed as lines, so the audio read "PTO" out before the wound care and
    the HTML showed "Continued overleaf" where there is no overleaf. They are dropped, as a
    page number is, and said so."""
    text = (
        "Going home after your hip operation\nOrthopaedic Department\n\n"
        "Moving about\n\nDo not cross your legs for the first 6 weeks.\n\n"
        "Page 1 of 2\nPTO\n\n"
        "Your wound\n\nKeep the wound dry for 10 days.\n\n"
        "Continued overleaf\n\n"
        "Blood clots\n\nWear your stockings day and night for 6 weeks.\n\n"
        "Please turn over\n\nContact us\n\nWard 12: 0116 258 6666\n"
    )
    result = _imported_text(tmp_path, "hip.txt", text, "1055")
    body = "\n".join(result.body)
    for furniture in ("PTO", "Continued overleaf", "Please turn over"):
        assert furniture not in body, body
        assert any(furniture in decided for decided in result.decisions), result.decisions
    assert "## Blood clots" in body and "Wear your stockings" in body


@pytest.mark.parametrize("between_rows", [True, False])
def test_a_table_drawn_with_plus_and_dash_borders_is_a_table(tmp_path, between_rows):
    """A table drawn in ASCII ("+------+------+" over "| INR result | What to do |"), as an old
    system's export or a Markdown grid table sets one: its border had been a heading, its
    header a sentence "INR result; What to do", and each wrapped cell two list items ("Below
    2.0; Take your usual dose and call the" / "clinic within 2 working days."), the action
    parted from its result. Each row is one, its cells' wrapped lines joined again; with
    borders only under the header, a line whose first cell is empty goes on from the row
    above."""
    border = "+----------------+----------------------------------------+\n"
    header = "+================+========================================+\n"
    rows = [
        "| Below 2.0      | Take your usual dose and call the      |\n"
        "|                | clinic within 2 working days.          |\n",
        "| 2.0 to 3.0     | Take your usual dose.                  |\n",
        "| 5.0 or above   | Do not take your dose tonight. Call    |\n"
        "|                | the clinic today.                      |\n",
    ]
    table = (
        border + "| INR result     | What to do                             |\n" + header
        + (border.join(rows) if between_rows else "".join(rows)) + border
    )
    text = (
        "Taking your warfarin\nAnticoagulation Clinic\n\n"
        "Your INR is a blood test that shows how long your blood takes to clot.\n\n"
        + table + "\nContact us\n\nAnticoagulation Clinic: 0116 258 7777\n"
    )
    result = _imported_text(tmp_path, "inr.txt", text, "4102")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    [table_block] = [b for b in leaflet.blocks if isinstance(b, Table)]
    cells = [[plain_text(cell) for cell in row] for row in table_block.rows]
    assert cells == [
        ["Below 2.0", "Take your usual dose and call the clinic within 2 working days."],
        ["2.0 to 3.0", "Take your usual dose."],
        ["5.0 or above", "Do not take your dose tonight. Call the clinic today."],
    ], cells
    assert [plain_text(cell) for cell in table_block.header] == ["INR result", "What to do"]
    assert headings(leaflet) == ["Contact us"]


def test_a_leaflet_quoted_in_an_email_reply_is_read_without_its_quote_marks(tmp_path):
    """A leaflet pasted from an e-mail whose client quoted it ("> Keeping the wound dry", ">"
    between paragraphs): every line had kept its "> ", a bare ">" had been a heading, the
    paragraphs one notice each and the signs of infection a list of ten items, headings and
    all ("> Stitches", "> Contact us"). The quote marks go, and the leaflet reads as typed."""
    quoted = (
        "Caring for your wound after skin surgery\nDermatology Department\n"
        "Leaflet number: 2231 Version: 4\n\n"
        "Keeping the wound dry\n\n"
        "Keep the dressing on and dry for 48 hours. After that you can shower\n"
        "as normal, but do not soak the wound in a bath.\n\n"
        "Signs of infection\n\nContact us if you notice:\n"
        "- redness spreading around the wound\n- yellow or green discharge\n\n"
        "Stitches\n\nYour stitches will be removed after 10 to 14 days by your practice nurse.\n"
    )
    text = "".join(f"> {line}".rstrip() + "\n" for line in quoted.splitlines())
    result = _imported_text(tmp_path, "wound.txt", text, "2231")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert result.front_matter["title"] == "Caring for your wound after skin surgery"
    assert headings(leaflet) == ["Keeping the wound dry", "Signs of infection", "Stitches"]
    body = "\n".join(result.body)
    assert ">" not in body, body
    assert "shower as normal, but do not soak" in body
    [signs] = lists(leaflet)
    assert len(signs.items) == 2


def test_invisible_characters_pasted_into_the_text_are_taken_out(tmp_path):
    """A zero-width space, a word joiner and a soft hyphen pasted from a web page or Word sat
    inside the words ("swollen\u200b or numb", "physio\u00adtherapist"): invisible in print, they
    reached the speech engine and braille, and a search for "physiotherapist" missed it. The
    joiners Urdu and the Indian scripts write with (U+200C, U+200D) are kept."""
    text = (
        "Looking after your cast\nFracture Clinic\n\n"
        "Call us if your fingers are swollen\u200b or numb, or if the physio\u00adtherapist "
        "asks you\u2060 to.\n\n"
        "\u0645\u06cc\u200c\u0631\u0627 \u062e\u06cc\u0627\u0644\n"
    )
    result = _imported_text(tmp_path, "cast.txt", text, "8121")
    body = "\n".join(result.body)
    assert "swollen or numb, or if the physiotherapist asks you to." in body, body
    assert "\u200b" not in body and "\u00ad" not in body and "\u2060" not in body
    assert "\u200c" in body  # the Urdu line's own joiner


def test_a_spaced_table_whose_first_row_is_an_instruction_has_no_header(tmp_path):
    """ "Alcohol     Keep to 14 units a week or less" over "Cranberry   Avoid cranberry juice"
    and "Greens ...": the first row was taken for the columns' names, and every format read
    "Alcohol: Cranberry. Keep to 14 units a week or less: Avoid cranberry juice". A cell that
    tells the reader what to do names no column: each row is an item with its own advice."""
    text = (
        "Taking warfarin\nAnticoagulation Clinic\n\nFoods and drinks\n\n"
        "Alcohol     Keep to 14 units a week or less\n"
        "Cranberry   Avoid cranberry juice\n"
        "Greens      Keep the amount you eat steady\n\n"
        "Contact us\n\nAnticoagulation Clinic: 0116 258 7777\n"
    )
    body = "\n".join(_imported_text(tmp_path, "warfarin.txt", text, "4102").body)
    assert "|" not in body, body
    lines = body.splitlines()
    assert "- Alcohol: Keep to 14 units a week or less" in lines, body
    assert "- Cranberry: Avoid cranberry juice" in lines, body


_NOTES_PAGE = (
    "After your colonoscopy\nEndoscopy Unit\n\nGoing home\n"
    "Someone must stay with you for 24 hours.\n\nName: ____________________\n\n"
    "Your notes\nWrite down anything you want to ask us at your next visit.\n\n"
    + "______________________________________\n" * 10
    + "\nQuestions I want to ask:\n"
    + "..............................................\n\n" * 4
    + "Contact us\nEndoscopy Unit: 0116 258 4444\n"
)


def test_a_page_of_ruled_lines_is_one_space_for_notes(tmp_path):
    """A "Your notes" page of ten ruled lines had become ten blanks, each "to fill in": the
    recording said "write this in yourself" ten times, `leaflet fields` listed ten fields and
    large print ten short lines. Three or more lines that are only a ruled blank are one space
    to write in, a column headed "Notes" (or by the label over them) with a row for each line;
    a blank after its label on one line ("Name: ____") is still a field."""
    result = _imported_text(tmp_path, "after-your-colonoscopy.txt", _NOTES_PAGE, "END-0512")
    source = _saved(result, tmp_path)
    leaflet = read_leaflet(source, trust_parts)
    assert field_labels(leaflet) == ["Name:"]
    notes, questions = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(cell) for cell in notes.header] == ["Notes"]
    assert len(notes.rows) == 10 and notes.to_fill_in and notes.lines_to_write_on == 10
    assert [plain_text(cell) for cell in questions.header] == ["Questions I want to ask"]
    assert questions.lines_to_write_on == 4
    assert headings(leaflet) == ["Going home", "Your notes", "Contact us"]
    assert "Write down anything you want to ask us" in body_text(leaflet)
    assert [field.label for field in leaflet_fields(source)] == ["Name"]
    assert any("10 lines to write on" in decision for decision in result.decisions), (
        result.decisions
    )


def test_two_ruled_lines_stay_blanks_and_a_word_leaflets_ruled_page_is_one_space(tmp_path):
    """Two ruled lines are not a page for notes (an address's two lines to write on); a Word
    leaflet's "My questions" page of underscore paragraphs is one space, as a text file's is."""
    import docx

    text = "Your stay\nWard 4\n\nYour address\n________________\n\n________________\n"
    result = _imported_text(tmp_path, "your-stay.txt", text, "W4-001")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert not [b for b in leaflet.blocks if isinstance(b, Table)]
    assert len(field_labels(leaflet)) == 2

    document = docx.Document()
    document.add_heading("Having a hip replacement", 0)
    document.add_paragraph("Orthopaedic Department")
    document.add_heading("Before you come in", 1)
    document.add_paragraph("Stop eating six hours before your operation.")
    document.add_heading("My questions", 1)
    for _ in range(6):
        document.add_paragraph("_" * 60)
    document.add_paragraph("Reference: ORT-0101 Version 2")
    path = tmp_path / "hip.docx"
    document.save(path)
    leaflet = read_leaflet(_saved(import_file(path, {}), tmp_path), trust_parts)
    (space,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(cell) for cell in space.header] == ["Questions"]
    assert space.lines_to_write_on == 6
    assert field_labels(leaflet) == []


def test_a_pdfs_raised_note_marks_put_each_note_where_its_mark_is(tmp_path):
    """A PDF's notes marked by raised figures ("juice¹", "coffee²," and the notes at the
    page's foot) had come out as a line "1 2" over the sentence, a mark dropped as a page
    number, "juice ." spaced from its stop, and the notes read under "Contact us" with nothing
    tying them to their words ("Leave 2 hours between your tablet and a cup of tea", said of
    nothing). Each note goes in brackets where its mark is, as a typed "*" note does."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "sup { font-size: 7pt } .note { font-size: 8pt }</style></head><body>"
        "<h1>Taking iron tablets</h1><p>Haematology Department</p><h2>How to take them</h2>"
        "<p>Take one tablet twice a day with orange juice<sup>1</sup>. Do not take them with "
        "tea or coffee<sup>2</sup>, as these stop the iron being absorbed.</p>"
        "<h2>Side effects</h2><p>Some people get constipation<sup>3</sup>.</p>"
        "<h2>Contact us</h2><p>Haematology nurses: 01632 960 440</p><hr>"
        "<p class='note'><sup>1</sup> Vitamin C helps your body take in the iron.</p>"
        "<p class='note'><sup>2</sup> Leave 2 hours between your tablet and a cup of tea or "
        "coffee.</p><p class='note'><sup>3</sup> Drink plenty of water.</p></body></html>"
    )
    path = tmp_path / "iron.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    body = import_file(path, {"number": "HAE-0118", "version": "3"}).body
    assert body == [
        "## How to take them",
        "Take one tablet twice a day with orange juice (vitamin C helps your body take in the "
        "iron). Do not take them with tea or coffee (leave 2 hours between your tablet and a "
        "cup of tea or coffee), as these stop the iron being absorbed.",
        "## Side effects", "Some people get constipation (drink plenty of water).",
        "## Contact us", "Haematology nurses: 01632 960 440",
    ], body


@pytest.mark.parametrize("mark", ["<sup>1</sup>", "\u00b9"])
@pytest.mark.parametrize("foot", ["at the page's foot", "under the text"])
def test_a_pdfs_note_numbered_in_plain_figures_goes_to_its_ban(tmp_path, mark, foot):
    """An ibuprofen leaflet's limit "Do not take more than 1200mg in 24 hours¹." (its mark
    raised, or typed as "¹"), and its note in small type, numbered in plain figures: "1 Unless
    your doctor has prescribed a higher dose." Under the text it had stayed a paragraph at the
    leaflet's end, the condition apart from the ban it qualifies, nothing said; at the page's
    very foot it had been dropped as a footer. It goes in brackets where its mark is."""
    import weasyprint

    place = "position: absolute; bottom: 0" if foot == "at the page's foot" else ""
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        f"sup {{ font-size: 7pt }} .note {{ font-size: 8pt; {place} }}</style></head><body>"
        "<h1>Ibuprofen for pain</h1><p>Pharmacy Department</p><h2>How to take it</h2>"
        "<p>Take ibuprofen with or just after food. Do not take more than 1200mg in 24 hours"
        f"{mark}.</p><p>Do not take it if you have ever had a stomach ulcer.</p>"
        "<h2>Contact us</h2><p>Pharmacy helpline: 01632 960 123</p>"
        "<div class='note'><p>1 Unless your doctor has prescribed a higher dose for a short "
        "time.</p></div></body></html>"
    )
    path = tmp_path / "ibuprofen.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {"number": "PHA-0210", "version": "2"})
    assert result.body == [
        "## How to take it",
        "Take ibuprofen with or just after food. Do not take more than 1200mg in 24 hours "
        "(unless your doctor has prescribed a higher dose for a short time).",
        "Do not take it if you have ever had a stomach ulcer.",
        "## Contact us", "Pharmacy helpline: 01632 960 123",
    ], result.body
    assert not [w for w in result.warnings if "note mark" in w or "'unless'" in w], result.warnings


def test_a_note_mark_whose_note_is_not_found_is_named(tmp_path):
    """A raised mark on a ban with no note to match it ("... in 24 hours¹.", its note on a
    page the trust left out) had been kept with nothing said: the condition it stands for
    lost. The ban is named for a person to find its note; a unit's power ("mg/m²") is not."""
    path = tmp_path / "ibuprofen.txt"
    path.write_text(
        "Ibuprofen for pain\n\nHow to take it\n\nDo not take more than 1200mg in 24 hours\u00b9."
        "\nYour dose is worked out from your size in mg/m\u00b2.\n", encoding="utf-8"
    )
    result = import_file(path, {"number": "PHA-0210", "version": "2"})
    assert "Do not take more than 1200mg in 24 hours\u00b9." in result.body, result.body
    (warning,) = [w for w in result.warnings if "note mark" in w]
    assert "'Do not take more than 1200mg in 24 hours\u00b9.' has no note" in warning, warning



@pytest.mark.parametrize("box", [
    "background: #fde2e2; border: 2pt solid #c00", "background: #fff3b0",
])
def test_a_pdfs_coloured_warning_box_keeps_its_list_of_bans(tmp_path, box):
    """A warfarin leaflet's coloured warning box, bordered or only shaded: "Warning: Do not
    take aspirin or ibuprofen unless your doctor says so." over two bans in bullets. The box's
    list had been read as a list after it, its bans fallen out of the warning as if no part of
    the box. The box is the warning, its items each after a "•", as a Word box is read."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        f".warn {{ {box}; padding: 8pt; margin: 8pt 0 }}</style></head><body>"
        "<h1>Taking warfarin</h1><p>Anticoagulant Clinic</p><h2>Bleeding</h2>"
        "<p>Warfarin makes your blood take longer to clot. Tell your dentist you take it.</p>"
        "<div class='warn'><p><b>Warning:</b> Do not take aspirin or ibuprofen unless your "
        "doctor says so.</p><ul><li>Do not start any new medicine without telling the "
        "clinic.</li><li>Never take a double dose.</li></ul></div>"
        "<h2>Contact us</h2><p>Anticoagulant Clinic: 01632 960 200</p></body></html>"
    )
    path = tmp_path / "warfarin.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {"number": "ACC-0031", "version": "4"})
    assert result.body[2:4] == [
        "> **Warning:** Do not take aspirin or ibuprofen unless your doctor says so.\n>\n"
        "> • Do not start any new medicine without telling the clinic.\n>\n"
        "> • Never take a double dose.",
        "## Contact us",
    ], result.body





def test_a_pdf_forms_boxes_for_each_letter_are_blanks_and_split_by_slashes_a_date(tmp_path):
    """A consent form with a box for each letter beside "First name", "Surname" and "Date of
    birth" (its boxes in threes split by "/"): the boxes had been left out, each label a bare
    line and "Date of birth / /" with no blank, so the space to write in was lost with
    nothing said. A row of boxes is a blank beside its label, and a date's boxes a date; a
    tick box alone beside its answer is no blank but a box to tick."""
    import weasyprint

    def boxes(count: int) -> str:
        return "<span class='b'></span>" * count

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        ".b { display: inline-block; width: 6mm; height: 7mm; border: 0.75pt solid black; "
        "margin-right: 1mm; vertical-align: middle } .t { display: inline-block; width: 4mm;"
        " height: 4mm; border: 0.75pt solid black; margin: 0 2mm }</style></head><body>"
        "<h1>Sharing your health records</h1><p>Health Records Department</p>"
        "<p>Write one capital letter in each box.</p>"
        f"<p>Surname {boxes(12)}</p><p>NHS number {boxes(10)}</p>"
        f"<p>Date of birth {boxes(2)} / {boxes(2)} / {boxes(4)}</p>"
        "<p>Can we leave a message on your phone? Yes <span class='t'></span> No "
        "<span class='t'></span></p><h2>What happens next</h2><p>Do not send us original "
        "documents. We will write to you within 28 days.</p>"
        "<p>Leaflet number: HR-0031 Version: 1</p></body></html>"
    )
    path = tmp_path / "consent.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert "Surname [to fill in]{.field}" in result.body, result.body
    # (the NHS number's boxes are its blank, checked as an NHS number: no blank "to fill in")
    assert "[NHS number]{.field}" in result.body, result.body
    assert "Date of birth [date]{.field}" in result.body, result.body
    assert "Can we leave a message on your phone? Yes \u2610 No \u2610" in result.body, result.body


_SQUARE = (
    "<span style='display: inline-block; width: 9pt; height: 9pt; border: 0.75pt solid #222; "
    "margin: 0 3pt; vertical-align: middle'></span>"
)
_STROKED = (
    "<svg width='12' height='12' style='vertical-align: middle; margin: 0 3pt'><rect x='0.5' "
    "y='0.5' width='11' height='11' fill='none' stroke='black'/></svg>"
)


@pytest.mark.parametrize(
    "box", ["\u2610", "\u25a1", "\u2751", _SQUARE, _STROKED],
    ids=["ballot-box", "white-square", "shadowed-square", "bordered", "stroked"],
)
def test_a_pdf_questions_boxes_to_tick_stay_beside_their_choices(tmp_path, box):
    """An MRI safety form: "Do you have a pacemaker? Yes [box] No [box]", the box a glyph or
    a small square drawn with no glyph. The drawn ones had been left out ("Yes No", nothing to
    tick, the question a heading when it stood alone, and a table's column of boxes empty);
    each is the box a glyph prints, in a line, a checklist and a table alike, and a list's
    square bullets stay bullets."""
    import weasyprint

    cell = "style='border: 0.75pt solid black; padding: 3pt 8pt'"
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "ul { list-style: square }</style></head><body><h1>Having an MRI scan</h1>"
        "<p>Radiology Department</p><h2>Safety questions</h2>"
        "<p>Please answer each question and bring this page to your scan.</p>"
        f"<p>Do you have a pacemaker? &nbsp; Yes {box} &nbsp; No {box}</p>"
        f"<p>Could you be pregnant? &nbsp; Yes {box} &nbsp; No {box} &nbsp; Not sure {box}</p>"
        "<p>Your radiographer will check each answer with you.</p>"
        f"<p>Do you live alone? &nbsp; Yes {box} &nbsp; No {box}</p>"
        f"<h2>Before you leave home</h2><p>{box} I have taken off my jewellery.</p>"
        f"<p>{box} I have not put on any make-up.</p>"
        "<table style='border-collapse: collapse'>"
        f"<tr><th {cell}>Question</th><th {cell}>Yes</th><th {cell}>No</th></tr>"
        f"<tr><td {cell}>Have you ever had metal in your eyes?</td><td {cell}>{box}</td>"
        f"<td {cell}>{box}</td></tr></table>"
        "<h2>On the day</h2><ul><li>Do not wear clothes with metal zips.</li>"
        "<li>Eat and drink as normal.</li></ul>"
        "<p>Leaflet number: RAD-0310 Version: 2</p></body></html>"
    )
    path = tmp_path / "mri-safety.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    body = import_file(path, {}).body
    text = "\n".join(body)
    shown = box if len(box) == 1 else "\u2610"
    for line in (
        f"Do you have a pacemaker? Yes {shown} No {shown}",
        f"Could you be pregnant? Yes {shown} No {shown} Not sure {shown}",
        f"Do you live alone? Yes {shown} No {shown}",
        f"{shown} I have taken off my jewellery.",
        f"{shown} I have not put on any make-up.",
        f"| Have you ever had metal in your eyes? | {shown} | {shown} |",
        "- Do not wear clothes with metal zips.",
        "- Eat and drink as normal.",
    ):
        assert f"\n{line}\n" in f"\n{text}\n", text
    assert [b for b in body if b.startswith("#")] == [
        "## Safety questions", "## Before you leave home", "## On the day"
    ], body


def test_a_word_questions_boxes_to_tick_stay_beside_their_choices(tmp_path):
    """The same form's questions written in Word, the boxes typed as "\u2610" between tabs:
    each question keeps its choices and their boxes, and none is a heading."""
    path = write_word(
        tmp_path / "RAD-0310-mri.docx",
        [
            ("title", "Having an MRI scan"),
            ("para", "Radiology Department"),
            ("heading", "Safety questions"),
            ("para", "Please answer each question and bring this page to your scan."),
            ("para", "Do you have a pacemaker?\tYes \u2610\tNo \u2610"),
            ("para", "Your radiographer will check each answer with you."),
            ("para", "Do you live alone?  Yes \u2610  No \u2610"),
            ("heading", "On the day"),
            ("para", "Do not wear clothes with metal zips."),
        ],
    )
    body = import_file(path, {"number": "RAD-0310", "version": "1"}).body
    assert any(
        re.fullmatch(r"Do you have a pacemaker\?\s+Yes \u2610\s+No \u2610", b) for b in body
    ), body
    assert any(re.fullmatch(r"Do you live alone\?\s+Yes \u2610\s+No \u2610", b) for b in body), body
    assert [b for b in body if b.startswith("#")] == ["## Safety questions", "## On the day"]


def test_questions_with_their_choices_after_tabs_read_alike_in_every_kind_of_file(tmp_path):
    """An MRI form's questions, their choices after tabs ("Do you have a pacemaker?<tab>Yes
    ☐<tab>No ☐"): in a Word list the tabs had stayed in the Markdown; typed in a text file,
    the items had been "- - Do you ...", their choices "Yes ☐; No ☐", and lines of questions
    (tabbed or lined up with spaces, or set in a PDF with gaps) a table, the first question its
    header; the PDF's lines, once no table, had run on as one paragraph. Each is one line,
    its choices after single spaces, as Word's paragraph is."""
    import weasyprint

    questions = ["Do you have a pacemaker?", "Have you had metal in your eyes?",
                 "Could you be pregnant?"]
    head = "Having an MRI scan\nRadiology Department\n\nSafety questions\n\n"
    tabbed = "".join(f"{q}\tYes \u2610\tNo \u2610\n" for q in questions)
    lined_up = "".join(f"{q:<36}Yes \u2610    No \u2610\n" for q in questions)
    end = "\nDo not wear clothes with metal zips.\n"
    files = []
    for name, typed in (("tabbed", tabbed), ("lined-up", lined_up), ("items", "".join(
        f"- {line}" for line in tabbed.splitlines(keepends=True)
    ))):
        files.append(tmp_path / f"mri-{name}.txt")
        files[-1].write_text(head + "Please answer these questions.\n\n" + typed + end)
    for style in ("bullet", "number", None):
        files.append(write_word(tmp_path / f"mri-{style}.docx", [
            ("title", "Having an MRI scan"), ("para", "Radiology Department"),
            ("heading", "Safety questions"), ("para", "Please answer these questions:"),
            *((style or "para", f"{q}\tYes \u2610\tNo \u2610") for q in questions),
            ("para", end.strip()),
        ]))
    rows = "".join(
        f"<p><span style='display: inline-block; width: 90mm'>{q}</span><span style='display: "
        "inline-block; width: 25mm'>Yes \u2610</span>No \u2610</p>" for q in questions
    )
    html = (
        "<html><head><style>body { font: 12pt 'DejaVu Sans' } p { margin: 0 }</style></head>"
        "<body><h1>Having an MRI scan</h1><p>Radiology Department</p><h2>Safety questions</h2>"
        f"<p style='margin-bottom: 1em'>Please answer these questions.</p>{rows}"
        f"<p style='margin-top: 1em'>{end.strip()}</p></body></html>"
    )
    files.append(tmp_path / "mri.pdf")
    weasyprint.HTML(string=html).write_pdf(files[-1])
    for path in files:
        markdown = import_file(path, {}).markdown()
        assert "\t" not in markdown and "|" not in markdown, (path.name, markdown)
        said = [re.sub(r"^(?:- |\d+\. )", "", line) for line in markdown.splitlines()]
        for question in questions:
            assert said.count(f"{question} Yes \u2610 No \u2610") == 1, (path.name, markdown)
        assert "Do not wear clothes with metal zips." in said, path.name


def test_boxes_ticks_and_bullets_drawn_in_a_symbol_font_in_word_are_what_they_show(tmp_path):
    """A trust's Word template draws its boxes to tick in Wingdings: as Word's own symbol
    (w:sym, "F06F") they had been left out, "Do you have a pacemaker? Yes No"; as a run in
    Wingdings they were letters ("Yes o No o") or private-use characters (U+F0A8, U+F0FE) no
    format can read; Symbol's bullet U+F0B7 the same. A symbol of no known meaning (Wingdings'
    smiling face) is left out and said, never dropped unsaid."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def symbol(paragraph, font, code):
        mark = OxmlElement("w:sym")
        mark.set(qn("w:font"), font)
        mark.set(qn("w:char"), code)
        paragraph.add_run()._r.append(mark)

    def wingdings(paragraph, text):
        run = paragraph.add_run(text)
        run.font.name = "Wingdings"

    document = docx.Document()
    document.add_heading("Having an MRI scan", level=0)
    document.add_paragraph("Radiology Department")
    document.add_heading("Safety questions", level=1)
    said = document.add_paragraph("Do you have a pacemaker? Yes ")
    symbol(said, "Wingdings", "F06F")
    said.add_run(" No ")
    symbol(said, "Wingdings", "F06F")
    said = document.add_paragraph("Could you be pregnant? Yes ")
    wingdings(said, "\uf0a8")
    said.add_run(" No ")
    wingdings(said, "o")
    document.add_heading("Before you come", level=1)
    wingdings(said := document.add_paragraph(), "\uf0fe")
    said.add_run(" I have read this leaflet.")
    symbol(said := document.add_paragraph(), "Symbol", "F0B7")
    said.add_run("\tDo not wear make-up on the day.")
    symbol(said := document.add_paragraph("Thank you "), "Wingdings", "F04A")
    document.save(path := tmp_path / "RAD-0311-mri.docx")
    result = import_file(path, {"number": "RAD-0311", "version": "1"})
    for line in (
        "Do you have a pacemaker? Yes \u2610 No \u2610",
        "Could you be pregnant? Yes \u2610 No \u2610",
        "\u2611 I have read this leaflet.",
        "- Do not wear make-up on the day.",
    ):
        assert line in result.body, result.body
    assert not re.search("[\ue000-\uf8ff]", result.markdown())
    assert result.body[-1].endswith("Thank you"), result.body
    assert [w for w in result.warnings if "Wingdings U+F04A" in w and "left out" in w]


@pytest.mark.parametrize("mark", [
    "font-size: 36pt; opacity: 0.15",
    "font-size: 20pt; opacity: 0.2; transform: rotate(-40deg)",
    "font-size: 30pt; color: rgba(0, 0, 0, 0.12)",
], ids=["flat", "turned", "see-through-colour"])
def test_a_pdfs_see_through_watermark_is_left_out_and_said(tmp_path, mark):
    """"UNCONTROLLED WHEN PRINTED" drawn see-through (10-20% of its ink) behind the text, not
    pale in colour, and flat or too small for a watermark by size alone: its words had been
    the title ("Uncontrolled") and read among the leaflet's, the real title a line of text.
    It is left out and said; the text in light grey beside it is kept."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        f".mark {{ position: fixed; top: 120mm; left: 15mm; color: black; {mark} }}"
        ".grey { color: #999999 }</style></head><body><div class='mark'>UNCONTROLLED WHEN "
        "PRINTED</div><h1>Caring for your plaster cast</h1><p>Fracture Clinic</p><p>Leaflet "
        "number: FRC-0101 Version: 3</p><h2>Keeping your cast dry</h2><p>Cover your cast with "
        "a plastic bag when you wash. Do not put it under water.</p><h2>When to get help</h2>"
        "<p>Come back to the clinic straight away if:</p><ul><li>your fingers or toes go blue,"
        " cold or numb</li><li>the cast feels too tight</li></ul><p>Do not push anything down"
        " inside your cast to scratch an itch.</p><p class='grey'>Keep this leaflet to read again."
        "</p></body></html>"
    )
    path = tmp_path / "cast.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert result.front_matter["title"] == "Caring for your plaster cast"
    assert result.body == [
        "## Keeping your cast dry",
        "Cover your cast with a plastic bag when you wash. Do not put it under water.",
        "## When to get help",
        "Come back to the clinic straight away if:",
        "- your fingers or toes go blue, cold or numb\n- the cast feels too tight",
        "Do not push anything down inside your cast to scratch an itch.",
        "Keep this leaflet to read again.",
    ], result.body
    assert any("the watermark 'UNCONTROLLED WHEN PRINTED'" in w for w in result.warnings), (
        result.warnings
    )


@pytest.mark.parametrize("turned", ["rotate(-45deg)", "none"])
def test_a_pdfs_draft_watermark_is_left_out_and_said(tmp_path, turned):
    """A leaflet printed to PDF with "DRAFT" set large and pale across each page: its letters,
    the largest type, had been the title ("D") and headings ("T", "F"), and every line set
    above them dropped as a masthead: the real title, the headings and two of the three
    reasons to come back ("your fingers or toes go blue, cold or numb"). The watermark is
    left out and said, as a draft may not be approved; a title in white on a banner stays."""
    import weasyprint

    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        ".mark { position: fixed; top: 110mm; left: 20mm; font-size: 120pt; color: #dddddd; "
        f"transform: {turned} }} h1 {{ background: #005eb8; color: white; font-size: 48pt }}"
        "</style></head><body><div class='mark'>DRAFT</div><h1>Caring for your plaster "
        "cast</h1><p>Fracture Clinic</p><h2>Keeping your cast dry</h2><p>Cover your cast "
        "with a plastic bag when you wash. Do not put it under water.</p><h2>When to get "
        "help</h2><p>Come back to the clinic straight away if:</p><ul><li>your fingers or "
        "toes go blue, cold or numb</li><li>the cast feels too tight</li><li>you have pain "
        "that does not go away with painkillers</li></ul><p>Leaflet number: ORT-0302 "
        "Version: 1</p><p style='page-break-before: always'>Fracture Clinic: 01632 960 321"
        "</p></body></html>"
    )
    path = tmp_path / "cast.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path, {})
    assert result.front_matter["title"] == "Caring for your plaster cast"
    assert result.body[:5] == [
        "## Keeping your cast dry",
        "Cover your cast with a plastic bag when you wash. Do not put it under water.",
        "## When to get help", "Come back to the clinic straight away if:",
        "- your fingers or toes go blue, cold or numb\n- the cast feels too tight\n"
        "- you have pain that does not go away with painkillers",
    ], result.body
    assert not any("DRAFT" in block or "Draft" in block for block in result.body)
    assert any("pages 1, 2: the watermark 'DRAFT'" in warning for warning in result.warnings)


def test_a_title_set_as_a_picture_over_a_pdfs_text_is_said(tmp_path):
    """A PDF whose title is a picture over the text (a banner with the title's words in it)
    had its first section heading, 'Keeping your cast dry', taken for the title with nothing
    said: a person is told to give the title and to check the line taken."""
    import base64
    import io

    import weasyprint
    from PIL import Image as PillowImage

    picture = io.BytesIO()
    PillowImage.new("RGB", (500, 50), "navy").save(picture, format="PNG")
    banner = base64.b64encode(picture.getvalue()).decode()
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        f"</style></head><body><p><img src='data:image/png;base64,{banner}' "
        "style='width: 150mm'></p><p>Fracture Clinic</p><h2>Keeping your cast dry</h2>"
        "<p>Cover your cast with a plastic bag when you wash.</p><h2>When to get help</h2>"
        "<p>Come back straight away if your fingers go blue, cold or numb.</p></body></html>"
    )
    path = tmp_path / "cast.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    warnings = import_file(path, {"number": "ORT-0302", "version": "1"}).warnings
    assert any("title set as a picture" in w and "--title" in w for w in warnings), warnings
    # with a title given by hand, a person is not told to give it: only to check it
    given = {"number": "ORT-0302", "version": "1", "title": "Caring for your cast"}
    warnings = [w for w in import_file(path, given).warnings if "set as a picture" in w]
    assert len(warnings) == 1 and "--title" not in warnings[0], warnings
    assert "'Caring for your cast'" in warnings[0], warnings
    # a picture under the title, beside the text, is no title
    html = html.replace("<p><img", "<h1>Caring for your cast</h1><p><img")
    weasyprint.HTML(string=html).write_pdf(path)
    warnings = import_file(path, {"number": "ORT-0302", "version": "1"}).warnings
    assert not any("title set as a picture" in w for w in warnings), warnings


def test_a_word_list_numbered_anew_in_each_section_keeps_its_numbers(tmp_path):
    """Numbered steps restarting in each section, and a list set to go on at 3 after the
    heading between ("Set numbering value" in Word): each list had started at 1, "3. Take the
    second sachet at 6am" read as step 1."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    ))
    document.add_heading("Getting ready for your colonoscopy", 0)
    document.add_paragraph("Endoscopy Unit")
    sections = [
        ("Seven days before", ["Stop taking iron tablets.", "Stop eating foods with seeds."], 0),
        ("The day before", ["Have a light breakfast before 9am.", "Take the first sachet."], 1),
        ("On the day", ["Take the second sachet at 6am.", "Do not eat anything."], 3),
    ]
    for number, (heading, steps, start) in enumerate(sections, start=91):
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/>'
                    "</w:lvlOverride>" if start else "")
        numbering.append(parse_xml(
            f'<w:num {w} w:numId="{number}"><w:abstractNumId w:val="90"/>{override}</w:num>'
        ))
        document.add_heading(heading, 1)
        for step in steps:
            paragraph = document.add_paragraph(step, style="List Paragraph")
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'
            ))
    path = tmp_path / "colonoscopy.docx"
    document.save(path)
    body = import_file(path, {"number": "END-0101", "version": "1"}).body
    assert body == [
        "## Seven days before", "1. Stop taking iron tablets.\n2. Stop eating foods with seeds.",
        "## The day before", "1. Have a light breakfast before 9am.\n2. Take the first sachet.",
        "## On the day", "3. Take the second sachet at 6am.\n4. Do not eat anything.",
    ], body


def test_a_title_given_by_hand_takes_no_line_that_does_not_say_it(tmp_path):
    """A PDF whose title is a picture, imported with --title: its first section heading,
    'Keeping your cast dry' in the largest type, had still been taken for the title and lost
    from the text. A line is the title only when it says the title given; a text file's title
    line that does say it is not kept as a heading too."""
    import base64
    import io

    import weasyprint
    from PIL import Image as PillowImage

    picture = io.BytesIO()
    PillowImage.new("RGB", (500, 50), "navy").save(picture, format="PNG")
    banner = base64.b64encode(picture.getvalue()).decode()
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        f"</style></head><body><p><img src='data:image/png;base64,{banner}' "
        "style='width: 150mm'></p><p>Fracture Clinic</p><h2>Keeping your cast dry</h2>"
        "<p>Cover your cast with a plastic bag when you wash. Do not put it under water.</p>"
        "<h2>When to get help</h2>"
        "<p>Come back straight away if your fingers go blue, cold or numb.</p></body></html>"
    )
    path = tmp_path / "cast.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    given = {"number": "ORT-0302", "version": "1", "title": "Caring for your cast"}
    result = import_file(path, given)
    assert result.front_matter["title"] == "Caring for your cast"
    assert result.body[:2] == [
        "## Keeping your cast dry",
        "Cover your cast with a plastic bag when you wash. Do not put it under water.",
    ], result.body
    # a text file whose title line says the title given: it is the title, not a heading too,
    # and the clinic over it is still the department
    text = (
        "Fracture Clinic\n\nCaring for your cast\n\nYou have a plaster cast on your arm. This "
        "leaflet tells you how to look after it.\n\nKeeping your cast dry\n\nCover your cast "
        "with a plastic bag when you wash.\n"
    )
    (tmp_path / "cast.txt").write_text(text, encoding="utf-8")
    result = import_file(tmp_path / "cast.txt", {**given, "title": "Caring for your Cast"})
    assert result.front_matter["department"] == "Fracture Clinic"
    assert result.body[0].startswith("You have a plaster cast"), result.body
    assert "## Keeping your cast dry" in result.body
    # a title given to mend the file's spelling is that line's title: no heading is left over
    mistyped = text.replace("Caring for your cast", "Carring for you cast")
    (tmp_path / "mistyped.txt").write_text(mistyped, encoding="utf-8")
    result = import_file(tmp_path / "mistyped.txt", given)
    assert result.front_matter["title"] == "Caring for your cast"
    assert result.body[0].startswith("You have a plaster cast"), result.body
    assert not any("not the title given" in w for w in result.warnings), result.warnings
    # ... and one given in other words leaves it where it was
    result = import_file(tmp_path / "cast.txt", {**given, "title": "Looking after a cast"})
    assert "## Caring for your cast" in result.body, result.body
    assert any("'Caring for your cast'" in w and "not the title given" in w
               for w in result.warnings), result.warnings


@pytest.mark.parametrize(("second", "numbers"), [
    ("91", [4, 5, 6]),  # the same numbering, not restarted: Word goes on counting
    ("92", [4, 5, 6]),  # another numbering of the same definition, not restarted: so too
    ("93", [1, 2, 3]),  # one set to start again ("Restart at 1"): it starts again
])
def test_a_word_list_after_a_paragraph_goes_on_counting_as_word_does(tmp_path, second, numbers):
    """Steps 1-3, a paragraph, then steps numbered by Word 4-6 in another numbering made from
    the same definition: the second list had started at 1, "4. At 10pm, take the second
    sachet" read as step 1. Word counts on across a definition's numberings unless one is set
    to start again (startOverride)."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    ))
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    for number in ("91", "92", "93"):
        numbering.append(parse_xml(
            f'<w:num {w} w:numId="{number}"><w:abstractNumId w:val="90"/>'
            f'{restart if number == "93" else ""}</w:num>'
        ))

    def steps(texts: list[str], number: str) -> None:
        for text in texts:
            paragraph = document.add_paragraph(text, style="List Paragraph")
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'
            ))

    document.add_heading("Bowel preparation for your colonoscopy", 0)
    document.add_paragraph("Endoscopy Unit")
    document.add_heading("The day before your colonoscopy", 1)
    steps(["Have a light breakfast before 9am.", "After breakfast, drink only clear fluids.",
           "At 5pm, take the first sachet."], "91")
    document.add_paragraph("Stay near a toilet once you have taken the first sachet.")
    steps(["At 10pm, take the second sachet.", "Keep drinking clear fluids until midnight.",
           "Do not eat anything after midnight."], second)
    path = tmp_path / "bowel.docx"
    document.save(path)
    body = import_file(path, {"number": "END-0120", "version": "1"}).body
    assert body[1:4] == [
        "1. Have a light breakfast before 9am.\n2. After breakfast, drink only clear fluids.\n"
        "3. At 5pm, take the first sachet.",
        "Stay near a toilet once you have taken the first sachet.",
        f"{numbers[0]}. At 10pm, take the second sachet.\n{numbers[1]}. Keep drinking clear "
        f"fluids until midnight.\n{numbers[2]}. Do not eat anything after midnight.",
    ], body


def test_a_word_leaflet_laid_out_with_its_headings_in_a_tables_first_column(tmp_path):
    """A leaflet laid out as a two-column table, each row's heading in bold on the left and its
    paragraphs on the right, had been one list: 'After your tooth is taken out; Bite on the
    gauze ...', its headings items and each section's sentences run together. Each row is its
    heading over its paragraphs; a table of names beside short notes stays a table's list."""
    import docx

    document = docx.Document()
    document.add_heading("Having a tooth taken out", 0)
    document.add_paragraph("Oral Surgery Department")
    sections = [
        ("Before your appointment", ["Eat a normal breakfast on the day.",
                                     "Take your usual medicines unless we tell you not to."]),
        ("After your tooth is taken out", ["Bite on the gauze pad for 20 minutes.",
                                           "Do not rinse your mouth for 24 hours."]),
        ("Pain relief", ["Do not take aspirin: it can make the bleeding worse."]),
    ]
    table = document.add_table(rows=len(sections), cols=2)
    for row, (heading, paragraphs) in zip(table.rows, sections, strict=True):
        row.cells[0].paragraphs[0].add_run(heading).bold = True
        row.cells[1].text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            row.cells[1].add_paragraph(paragraph)
    path = tmp_path / "tooth.docx"
    document.save(path)
    body = import_file(path, {"number": "OMF-0113", "version": "2"}).body
    assert body == [
        "## Before your appointment", "Eat a normal breakfast on the day.",
        "Take your usual medicines unless we tell you not to.",
        "## After your tooth is taken out", "Bite on the gauze pad for 20 minutes.",
        "Do not rinse your mouth for 24 hours.",
        "## Pain relief", "Do not take aspirin: it can make the bleeding worse.",
    ], body
    document = docx.Document()
    document.add_heading("Your pain relief", 0)
    table = document.add_table(rows=2, cols=2)
    for row, (name, note) in zip(table.rows, [("Paracetamol", "For pain."),
                                              ("Ibuprofen", "Take with food.")], strict=True):
        row.cells[0].paragraphs[0].add_run(name).bold = True
        row.cells[1].text = note
    document.save(path)
    body = import_file(path, {"number": "OMF-0114", "version": "1"}).body
    assert not any(block.startswith("#") for block in body), body


def test_a_pdf_of_slides_keeps_its_reference_department_and_bans(tmp_path):
    """A PDF saved from PowerPoint, a slide a page: the footer "RES-0042 v1" beside the slide's
    number had been read "RES-0042 v1 1", the reference lost; the few short lines of the first
    slide gave no edge to wrap at, so "Respiratory Nurse Service" ran on into the line under
    it and was no department; a slide titled "Do not" over its points had been a stray line,
    warned of as over no list."""
    import weasyprint

    slides = [
        ("Using your inhaler", "<p>Respiratory Nurse Service</p><p>Patient information</p>"),
        ("How to use it", "<ol><li>Shake the inhaler and take the cap off</li><li>Push the "
         "inhaler into the end of the spacer</li></ol>"),
        ("Do not", "<ul><li>Do not put more than one puff into the spacer at a time</li>"
         "<li>Do not wash the spacer in a dishwasher</li></ul>"),
        ("When to get help", "<p>If your reliever inhaler does not help, or you need it more "
         "than every 4 hours, call 999.</p>"),
    ]
    html = (
        "<html><head><style>@page { size: 254mm 142.9mm; margin: 0 } body { margin: 0; "
        "font-family: sans-serif } section { height: 142.9mm; padding: 12mm 20mm; position: "
        "relative; box-sizing: border-box; page-break-after: always } h1 { font-size: 32pt; "
        "margin: 0 0 8mm } li, p { font-size: 20pt } .foot { position: absolute; bottom: 6mm; "
        "left: 10mm; right: 10mm; font-size: 10pt }</style></head><body>" + "".join(
            f"<section><h1>{title}</h1>{body}<div class='foot'>RES-0042 v1"
            f"<span style='float: right'>{number}</span></div></section>"
            for number, (title, body) in enumerate(slides, 1)
        ) + "</body></html>"
    )
    path = tmp_path / "inhaler.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    result = import_file(path)
    assert result.front_matter["number"] == "RES-0042", result.decisions
    assert result.front_matter["department"] == "Respiratory Nurse Service"
    assert "Respiratory Nurse Service" not in "\n".join(result.body)
    assert result.body[-4:] == [
        "### Do not",
        "- Do not put more than one puff into the spacer at a time\n"
        "- Do not wash the spacer in a dishwasher",
        "## When to get help",
        "If your reliever inhaler does not help, or you need it more than every 4 hours, call "
        "999.",
    ], result.body
    assert not any("not a list" in w for w in result.warnings), result.warnings


def test_a_word_leaflet_in_welsh_and_english_side_by_side_imports_the_english(tmp_path):
    """A leaflet set in Welsh beside English, a column each in a Word table, had been a table
    of both: the English voice reading each Welsh cell as English beside its translation, and
    no title. The English column is the leaflet, its first line the title, and a person is
    told the Welsh was left out to import on its own. A table of medicines beside what they
    are for, in words English does not know, stays a table."""
    import docx

    rows = [
        ("Cymraeg", "English"),
        ("Gofalu am eich clwyf gartref", "Caring for your wound at home"),
        ("Cadwch eich clwyf yn sych am 48 awr.", "Keep your wound dry for 48 hours."),
        ("Peidiwch â thynnu'r dresin am 5 diwrnod.", "Do not remove the dressing for 5 days."),
        ("Ffoniwch y ward os yw'r clwyf yn goch, yn boeth neu'n chwyddedig.",
         "Call the ward if the wound becomes red, hot or swollen."),
    ]
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Surgical Assessment Unit")
    path = tmp_path / "wound.docx"
    document.save(path)
    result = import_file(path, {"number": "SUR-0415", "version": "1"})
    assert result.front_matter["title"] == "Caring for your wound at home"
    assert result.body[:3] == [
        "Keep your wound dry for 48 hours.", "Do not remove the dressing for 5 days.",
        "Call the ward if the wound becomes red, hot or swollen.",
    ], result.body
    assert "Peidiwch" not in result.markdown()
    assert any("another language" in w and "left out" in w for w in result.warnings)
    document = docx.Document()
    document.add_heading("Your medicines after a kidney transplant", 0)
    table = document.add_table(rows=4, cols=2)
    medicines = [("Medicine", "What it is for"),
                 ("Tacrolimus (Adoport, Prograf) capsules", "Stops your body rejecting it."),
                 ("Mycophenolate mofetil (CellCept) tablets", "Stops your body rejecting it too."),
                 ("Co-trimoxazole (Septrin) tablets", "Prevents a chest infection called PCP.")]
    for row, cells in zip(table.rows, medicines, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(path)
    result = import_file(path, {"number": "REN-0101", "version": "1"})
    assert any(block.startswith("| Medicine | What it is for |") for block in result.body), (
        result.body
    )


def _notes_space(leaflet) -> list:
    return [b for b in leaflet.blocks if isinstance(b, Table) and b.lines_to_write_on]


def test_a_word_table_of_empty_rows_is_one_space_to_write_in(tmp_path):
    """A "Notes" page drawn as a one-column Word table of eight empty rows had stopped the
    import with a traceback (IndexError): it is the one space to write in that ruled lines
    make, a row for each."""
    import docx

    document = docx.Document()
    document.add_heading("Your knee operation", 0)
    document.add_paragraph("Orthopaedic Department")
    document.add_heading("After your operation", 1)
    document.add_paragraph("Keep your leg raised when you sit.")
    document.add_heading("Notes", 1)
    document.add_table(rows=8, cols=1).style = "Table Grid"
    document.add_heading("Contact us", 1)
    document.add_paragraph("Ward 7: 01632 960 777")
    path = tmp_path / "knee.docx"
    document.save(path)
    _one_space_for_eight_lines_of_notes(path, tmp_path)


def test_an_empty_word_table_of_columns_is_kept_to_fill_in_and_said(tmp_path):
    """A blood sugar record drawn as an empty Word table of three columns and two rows, its
    headings missing, had vanished with no word said (each empty row was taken for the first
    repeated): it is a table to fill in, kept, and a person is asked to name its columns. An
    empty table of one row is a spacer in the layout, dropped and said so."""
    import docx

    def diary(rows: int, columns: int):
        document = docx.Document()
        document.add_heading("Your blood sugar diary", 0)
        document.add_paragraph("Diabetes Centre")
        document.add_heading("Your readings", 1)
        document.add_paragraph("Write down your blood sugar every morning before breakfast.")
        document.add_table(rows=rows, cols=columns).style = "Table Grid"
        document.add_paragraph("Bring this diary to your next clinic appointment.")
        path = tmp_path / "diary.docx"
        document.save(path)
        return import_file(path, {"number": "DIA-0210", "version": "1"})

    result = diary(2, 3)
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert table.to_fill_in and len(table.rows) == 2 and len(table.header) == 3
    assert any("empty table of 2 rows and 3 columns" in w and "heading" in w
               for w in result.warnings), result.warnings
    result = diary(1, 3)
    assert "" not in result.body, result.body
    assert result.body[-2:] == [
        "Write down your blood sugar every morning before breakfast.",
        "Bring this diary to your next clinic appointment.",
    ], result.body
    assert any("dropped an empty table of one row" in d for d in result.decisions)


def test_a_pdfs_ruled_lines_under_notes_are_one_space_to_write_in(tmp_path):
    """A PDF's "Notes" page of lines drawn as rules (no text on them) had come out as "Notes"
    alone, a line of text, the space to write in lost. A run of three rules or more is the
    one space, as ruled text lines are; a single rule setting sections apart is no blank."""
    import weasyprint

    rules = "<svg width='160mm' height='80mm'>" + "".join(
        f"<line x1='0' x2='600' y1='{20 + 34 * n}' y2='{20 + 34 * n}' stroke='black' "
        "stroke-width='0.75'/>" for n in range(8)
    ) + "</svg>"
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 11pt sans-serif }"
        "</style></head><body><h1>Your knee operation</h1><p>Orthopaedic Department</p>"
        "<h2>After your operation</h2><p>Keep your leg raised when you sit.</p>"
        "<hr style='border: 0; border-top: 1pt solid black'><h2>Notes</h2>"
        f"{rules}<h2>Contact us</h2><p>Ward 7: 01632 960 777</p></body></html>"
    )
    path = tmp_path / "knee.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    _one_space_for_eight_lines_of_notes(path, tmp_path)


def test_a_text_export_with_page_breaks_imports(tmp_path):
    """pdftotext, and Word's "Plain Text" of a paginated file, put a form feed between pages.
    The import had stopped at it ("a control character (U+000C) is in the text: delete it"),
    though it only says a new page starts there: it is a line break, and the sentence a page
    break cut in two is whole."""
    text = (
        "Looking after your wound\n\nInformation for patients\n\n"
        "Keep the dressing on for 48 hours. Do not get the wound wet until\n"
        "\fthe stitches are out.\n\nCall the ward if the wound bleeds or leaks.\n"
    )
    result = _imported_text(tmp_path, "wound.txt", text, "SUR-0211")
    body = "\n".join(result.body)
    assert "\f" not in body
    assert "Do not get the wound wet until the stitches are out." in body
    assert "Call the ward if the wound bleeds or leaks." in body


def _one_space_for_eight_lines_of_notes(path: Path, folder: Path) -> None:
    """The knee leaflet's 'Notes' page, imported from `path`, is one space of eight lines."""
    result = import_file(path, {"number": "ORT-0707", "version": "1"})
    leaflet = read_leaflet(_saved(result, folder), trust_parts)
    (space,) = _notes_space(leaflet)
    assert [plain_text(cell) for cell in space.header] == ["Notes"]
    assert space.lines_to_write_on == 8 and field_labels(leaflet) == []
    assert headings(leaflet) == ["After your operation", "Notes", "Contact us"]


def test_a_heading_straight_over_a_lead_in_and_its_list_is_a_heading(tmp_path):
    """A section's name over "Do not" or "You should:" and its items, no blank line between
    ("Keeping them safe" / "Do not" / "- leave them alone ..."): the lead-in is no line of an
    address or a contact block, so the name is no short line of a run. It had been left a line
    of body text while the sections beside it, over a paragraph, were headings."""
    text = (
        "Caring for someone with memory loss at home\nMemory Assessment Service\n"
        "Information for carers\n\n"
        "Eating and drinking\nOffer small meals and snacks often through the day.\n\n"
        "Keeping them safe\nDo not\n- leave them alone if they may wander out of the house\n"
        "- leave medicines where they can reach them\n\n"
        "Fit a smoke alarm and test it every month.\n\n"
        "Going out together\nYou should:\n- carry a card with your phone number on it\n"
        "- agree a place to meet if you get separated\n\n"
        "Looking after yourself\nTake breaks when you can.\n\n"
        "Leaflet number: 9321 Version: 1\n"
    )
    result = _imported_text(tmp_path, "memory.txt", text, "9321")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == [
        "Eating and drinking", "Keeping them safe", "Going out together", "Looking after yourself"
    ], result.markdown()
    assert [plain_text(item) for item in lists(leaflet)[0].items] == [
        "Do not leave them alone if they may wander out of the house",
        "Do not leave medicines where they can reach them",
    ]
    assert "Fit a smoke alarm and test it every month." in body_text(leaflet)


_WOUND_STEPS = (
    "Caring for your wound after surgery\nSurgical Day Unit\nInformation for patients\n\n"
    "Leaflet number: 6130 Version: 1\n\n"
    "After your operation\n"
    "9. Keep the dressing dry for 48 hours.\n"
    "10. If your wound leaks, call the ward:\n"
    "    Tel: 01632 960 123\n"
    "    Ward 12, Level 3\n"
    "11. If you have a temperature, phone the surgical nurses\n"
    "    on 01632 960 777 (8am to 8pm).\n"
    "12. Take your painkillers as your nurse told you.\n\n"
    "Contact us\nSurgical Day Unit\nTel: 01632 960 456\n"
)


def _contact_lines_under_their_item(leaflet) -> None:
    """Item 10's contact lines each a line after it, the list going on at 12 after them; a
    number that goes on a sentence stays in it."""
    steps = lists(leaflet)
    assert [s.item_numbers() for s in steps] == [(9, 10), (11, 12)], steps
    assert plain_text(steps[0].items[1]) == "If your wound leaks, call the ward:"
    assert plain_text(steps[1].items[0]) == (
        "If you have a temperature, phone the surgical nurses on 01632 960 777 (8am to 8pm)."
    )
    paragraphs = [plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph)]
    at = paragraphs.index("Tel: 01632 960 123")
    assert paragraphs[at + 1] == "Ward 12, Level 3"
    assert leaflet.blocks.index(steps[0]) < leaflet.blocks.index(steps[1])


def test_contact_lines_under_a_list_item_stay_lines_of_their_own(tmp_path):
    """ "10. If your wound leaks, call the ward:" over its indented "Tel: 01632 960 123" and
    "Ward 12, Level 3" had been one item, "call the ward: Tel: 01632 960 123 Ward 12, Level
    3", the number running into the ward's. Each contact line stands after the item as it does
    outside a list, and the numbering goes on after them."""
    result = _imported_text(tmp_path, "wound.txt", _WOUND_STEPS, "6130")
    _contact_lines_under_their_item(read_leaflet(_saved(result, tmp_path), trust_parts))


def test_contact_lines_in_a_word_list_item_stay_lines_of_their_own(tmp_path):
    """A Word list item with its contact lines after line breaks in it (Shift+Enter) had run
    them into the item, as a text file's indented lines had."""
    import docx

    document = docx.Document()
    document.add_heading("Caring for your wound after surgery", level=0)
    document.add_paragraph("Surgical Day Unit")
    document.add_paragraph("Leaflet number: 6130 Version: 1")
    document.add_heading("After your operation", level=1)
    items = [
        "Keep the dressing dry for 48 hours.",
        "If your wound leaks, call the ward:\nTel: 01632 960 123\nWard 12, Level 3",
        "If you have a temperature, phone the surgical nurses\non 01632 960 777 (8am to 8pm).",
        "Take your painkillers as your nurse told you.",
    ]
    for text in items:
        lines = text.split("\n")
        run = document.add_paragraph(style="List Number").add_run(lines[0])
        for more in lines[1:]:
            run.add_break()
            run.add_text(more)
    path = tmp_path / "wound.docx"
    document.save(path)
    leaflet, _ = imported(path.name, tmp_path)
    steps = lists(leaflet)
    assert [s.item_numbers() for s in steps] == [(1, 2), (3, 4)], steps
    assert plain_text(steps[0].items[1]) == "If your wound leaks, call the ward:"
    paragraphs = [plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph)]
    at = paragraphs.index("Tel: 01632 960 123")
    assert paragraphs[at + 1] == "Ward 12, Level 3"
    assert plain_text(steps[1].items[0]) == (
        "If you have a temperature, phone the surgical nurses on 01632 960 777 (8am to 8pm)."
    )


def _symbol_font(path: Path, family: str, shows: dict[int, int]) -> Path:
    """A TrueType font named `family` ("Wingdings") drawing each private-use code in `shows`
    with the DejaVu glyph of the character given: a trust's PDF made with Word carries the
    symbol font's name and its codes, and weasyprint has no Wingdings of its own."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    options = subset.Options()
    options.name_IDs = ["*"]
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[0x20, *shows.values()])
    cutter.subset(font)
    glyphs = font.getBestCmap()
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap = {0x20: glyphs[0x20]} | {
                code: glyphs[drawn] for code, drawn in shows.items()
            }
    for record in font["name"].names:
        if record.nameID in (1, 4, 6, 16):
            record.string = family
    font.save(path)
    return path


def test_boxes_ticks_and_bullets_drawn_in_a_symbol_font_in_a_pdf_are_what_they_show(tmp_path):
    """A checklist a trust made in Word and saved as a PDF draws its boxes in Wingdings, which
    the PDF gives as private-use characters in a font named "ABCDEF+Wingdings": a box at a
    line's start had become a bullet ("- I have taken off my jewellery", nothing to tick) and
    one mid-line a character no format reads, its question made a heading. Each is what its
    font shows, as in a Word file; Symbol's bullet still marks a list's item, and a symbol of
    no known meaning (Wingdings' smiling face) is left out and said."""
    import weasyprint

    wingdings = _symbol_font(tmp_path / "wingdings.ttf", "Wingdings", {
        0xF06F: 0x2610, 0xF0A8: 0x25A1, 0xF0FE: 0x2611, 0xF04A: 0x263A,
    })
    symbol = _symbol_font(tmp_path / "symbol.ttf", "Symbol", {0xF0B7: 0x2022})
    box, square, ticked, smile = (f'<span class="w">{c}</span>' for c in "\uf06f\uf0a8\uf0fe\uf04a")
    bullet = '<span class="s">\uf0b7</span>&#160;&#160;'
    html = (
        "<html><head><style>"
        f"@font-face {{ font-family: Wingdings; src: url({wingdings.as_uri()}) }}"
        f"@font-face {{ font-family: Symbol; src: url({symbol.as_uri()}) }}"
        "body { font: 12pt sans-serif } h1 { font-size: 22pt } h2 { font-size: 15pt }"
        ".w { font-family: Wingdings } .s { font-family: Symbol }</style></head><body>"
        "<h1>Coming in for your operation</h1><p>Day Surgery Unit</p>"
        "<p>Leaflet number: DSU-0118 Version: 2</p>"
        "<h2>On the morning of your operation</h2>"
        "<p>Please tick each box when you have done it.</p>"
        f"<p>{box} I have taken off my jewellery and make-up.</p>"
        f"<p>{box} I have not eaten anything since midnight.</p>"
        f"<p>Do you take medicine to thin your blood? Yes {square} No {square}</p>"
        f"<p>{ticked} I have read this leaflet.</p>"
        "<h2>What to bring</h2>"
        f"<p>{bullet}Your medicines in their boxes.</p>"
        f"<p>{bullet}Do not bring anything valuable.</p>"
        f"<p>We look forward to seeing you {smile}</p>"
        "</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "DSU-0118-operation.pdf")
    result = import_file(path, {"number": "DSU-0118", "version": "2"})
    markdown = result.markdown()
    for line in (
        "\u2610 I have taken off my jewellery and make-up.",
        "\u2610 I have not eaten anything since midnight.",
        "Do you take medicine to thin your blood? Yes \u2610 No \u2610",
        "\u2611 I have read this leaflet.",
        "- Your medicines in their boxes.",
        "- Do not bring anything valuable.",
        "We look forward to seeing you",
    ):
        assert line in markdown.splitlines(), markdown
    assert "## Do you take" not in markdown
    assert not re.search("[\ue000-\uf8ff]", markdown)
    assert [w for w in result.warnings if "Wingdings U+F04A" in w and "left out" in w]


@pytest.mark.parametrize("welsh_first", [True, False], ids=["welsh-first", "english-first"])
def test_a_title_and_its_welsh_on_one_line_is_the_english_title(tmp_path, welsh_first):
    """A Welsh board's leaflet sets its title and the Welsh side by side, "Gofalu am eich cast
    / Looking after your cast": the whole line had been the title, the Welsh read as English.
    The English is the title and the Welsh is said to a person, as over two lines; in a text
    file, Word's Title style and a PDF's largest type alike."""
    import weasyprint

    welsh, english = "Gofalu am eich cast", "Looking after your cast"
    title = f"{welsh} / {english}" if welsh_first else f"{english} | {welsh}"
    rest = [
        ("para", "Fracture Clinic"), ("para", "Leaflet number: ORT-0212 Version: 3"),
        ("heading", "Keeping your cast dry"),
        ("para", "Cover your cast with a plastic bag when you wash. Do not get it wet."),
    ]
    text = tmp_path / "cast.txt"
    text.write_text(f"{title}\n" + "\n\n".join(said for _, said in rest) + "\n")
    styled = write_word(tmp_path / "cast.docx", [("title", title), *rest])
    html = (
        "<html><head><style>body { font: 12pt sans-serif } h1 { font-size: 22pt }</style></head>"
        f"<body><h1>{title}</h1>"
        + "".join(f"<h2>{s}</h2>" if k == "heading" else f"<p>{s}</p>" for k, s in rest)
        + "</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(pdf := tmp_path / "cast.pdf")
    for path in (text, styled, pdf):
        result = import_file(path, {})
        assert result.front_matter["title"] == english, path.name
        assert result.front_matter["department"] == "Fracture Clinic", path.name
        markdown = result.markdown().split("---")[-1]
        assert "Gofalu" not in markdown, path.name
        assert "Cover your cast with a plastic bag when you wash. Do not get it wet." in markdown
        assert [w for w in result.warnings if f"'{welsh}', the title in Welsh" in w], path.name


def test_short_welsh_lines_and_a_closing_thank_you_are_lines_flagged_or_kept(tmp_path):
    """A bilingual leaflet's short Welsh lines, "Croeso" and "Diolch yn fawr", too short to be
    judged as a language, had been read as English with no warning ("Diolch yn fawr" over
    "Thank you" a heading); the closing "Thank you", with nothing under it, had been a heading,
    "## Thank you", in a text file, a Word file and a PDF in bold alike. Each Welsh line is
    flagged as a longer one is; the courtesy is a line; a hospital's Welsh name is no Welsh
    to flag."""
    import weasyprint

    lines = [
        ("para", "Fracture Clinic"), ("para", "Leaflet number: ORT-0212 Version: 3"),
        ("heading", "Welcome"), ("para", "Croeso"),
        ("para", "Your appointment is at the Fracture Clinic, Ysbyty Glan Clwyd."),
        ("para", "Ysbyty Glan Clwyd"),
        ("heading", "Keeping your cast dry"),
        ("para", "Cover your cast with a plastic bag when you wash. Do not get it wet."),
        ("para", "If you have any questions, ring the clinic on 01632 960 400."),
        ("para", "Thank you"), ("para", "Diolch yn fawr"),
    ]
    title = "Looking after your cast"
    text = tmp_path / "cast.txt"
    text.write_text(f"{title}\n" + "\n\n".join(said for _, said in lines) + "\n")
    styled = write_word(tmp_path / "cast.docx", [("title", title), *lines])
    html = (
        "<html><head><style>body { font: 12pt sans-serif } h1 { font-size: 22pt }"
        "h2 { font-size: 15pt }</style></head>"
        f"<body><h1>{title}</h1>"
        + "".join(
            f"<h2>{s}</h2>" if k == "heading" else
            f"<p><b>{s}</b></p>" if s == "Thank you" else f"<p>{s}</p>" for k, s in lines
        )
        + "</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(pdf := tmp_path / "cast.pdf")
    for path in (text, styled, pdf):
        result = import_file(path, {})
        said = [line.strip("*") for line in result.markdown().split("---")[-1].splitlines()]
        assert said[-3:] == ["Thank you", "", "Diolch yn fawr"], (path.name, said)
        assert [line for line in said if line.startswith("#")] == [
            "## Welcome", "## Keeping your cast dry"
        ], (path.name, said)
        flagged = [w for w in result.warnings if "does not read as English" in w]
        assert len(flagged) == 2, (path.name, flagged)
        assert [w for w in flagged if "'Croeso'" in w], path.name
        assert [w for w in flagged if "'Diolch yn fawr'" in w], path.name
        assert "Ysbyty Glan Clwyd" in said, path.name


def test_a_word_list_with_bullets_in_its_steps_and_a_do_not_box_of_bullets(tmp_path):
    """A bowel preparation leaflet in Word: numbered steps, each holding bullets (a list of two
    levels, Word's "1." over its "•"), a paragraph set in under a step in Word's List
    Paragraph style with no numbering, and a "Do not:" box (a bordered table of one cell)
    holding two bullets. The box's bullets had been run into one sentence ("... unless your
    doctor tells you to take more than the dose on the packet", a doctor telling the reader
    to overdose), and the paragraph under the step made a bullet of its own. Every step keeps
    its words, order and "not"; the box's bullets stay two."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    w = nsdecls("w")
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="80"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>'
    ))
    numbering.append(parse_xml(f'<w:num {w} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))

    def item(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="80"/></w:numPr>'
        ))

    document.add_heading("Getting ready for your colonoscopy", level=0)
    document.add_paragraph("Endoscopy Unit")
    document.add_paragraph("Leaflet number: END-0407 Version: 4")
    document.add_heading("What to do before your test", level=1)
    item("Seven days before your test, stop taking:", 0)
    for said in ("iron tablets", "loperamide (Imodium)", "codeine phosphate"):
        item(said, 1)
    item("The day before your test:", 0)
    for said in ("eat a light breakfast before 8am", "do not eat anything after 8am",
                 "drink clear fluids only"):
        item(said, 1)
    document.add_paragraph("You can have jelly, but not red jelly.", style="List Paragraph")
    item("At 5pm, drink the first sachet of bowel preparation mixed with 1 litre of water.", 0)
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).paragraphs[0].add_run("Do not:").bold = True
    for said in ("stop taking your heart medicines unless your doctor tells you to",
                 "take more than the dose on the packet"):
        box.cell(0, 0).add_paragraph(said, style="List Bullet")
    document.add_heading("After your test", level=1)
    document.add_paragraph("If you had sedation, do not drive for 24 hours.")
    document.save(path := tmp_path / "END-0407-colonoscopy.docx")
    markdown = import_file(path, {}).markdown().split("---")[-1]
    said = markdown.splitlines()
    assert "1. Seven days before your test, stop taking: iron tablets; loperamide (Imodium); " \
        "codeine phosphate" in said, markdown
    assert "2. The day before your test: eat a light breakfast before 8am; do not eat " \
        "anything after 8am; drink clear fluids only" in said, markdown
    assert "You can have jelly, but not red jelly." in said, markdown
    assert "3. At 5pm, drink the first sachet of bowel preparation mixed with 1 litre of " \
        "water." in said, markdown
    assert "> - stop taking your heart medicines unless your doctor tells you to" in said
    assert "> - take more than the dose on the packet" in said, markdown
    assert markdown.index("1. Seven") < markdown.index("2. The day") < markdown.index(
        "You can have jelly") < markdown.index("3. At 5pm") < markdown.index("> **Do not:**")
    assert "If you had sedation, do not drive for 24 hours." in said


def test_a_landscape_tables_two_columns_of_times_are_no_folded_leaflets_panels(tmp_path):
    """A landscape page whose table of opening times, a day and its hours, runs across the
    page in aligned columns with no rules: the clear stripe between its two columns had been
    taken for a bi-fold's fold, every day read first and then every time ('Wednesday' six
    lines from '9am to 7.30pm', the Sunday's 'Closed' a heading). Each day keeps its hours."""
    import weasyprint

    hours = [("Monday", "8.30am to 5pm"), ("Tuesday", "8.30am to 5pm"),
             ("Wednesday", "8.30am to 7.30pm"), ("Thursday", "8.30am to 5pm"),
             ("Friday", "8.30am to 4pm"), ("Saturday", "9am to 12 noon"),
             ("Sunday", "Closed"), ("Bank holidays", "Closed")]
    phones = [("Audiology reception", "01632 960 410"), ("Repairs by post", "01632 960 411"),
              ("Text phone", "18001 01632 960 410"), ("Ear, nose and throat", "01632 960 520")]
    html = (
        "<html><head><style>@page { size: A4 landscape; margin: 1.5cm }"
        " body { font: 11pt sans-serif } h1 { font-size: 20pt } h2 { font-size: 14pt }"
        " table { width: 100% } td, th { padding: 2pt 6pt; text-align: left }"
        " td:first-child, th:first-child { width: 55% }</style></head>"
        "<body><h1>Hearing aid repair clinic</h1><p>Audiology Department</p>"
        "<p>Leaflet number: AUD-0412 Version: 2</p><h2>When you can come</h2>"
        "<table><tr><th>Day</th><th>Drop-in times</th></tr>"
        + "".join(f"<tr><td>{day}</td><td>{time}</td></tr>" for day, time in hours)
        + "</table><h2>Who to call</h2><table><tr><th>Who</th><th>Number</th></tr>"
        + "".join(f"<tr><td>{who}</td><td>{number}</td></tr>" for who, number in phones)
        + "</table><p>Do not try to open your hearing aid yourself.</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "AUD-0412-repairs.pdf")
    markdown = import_file(path, {}).markdown()
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows == [
        "| Day | Drop-in times |", *(f"| {day} | {time} |" for day, time in hours),
        "| Who | Number |", *(f"| {who} | {number} |" for who, number in phones),
    ], markdown
    assert "## Closed" not in markdown
    assert markdown.index("## When you can come") < markdown.index("| Monday |")
    assert markdown.index("## Who to call") < markdown.index("| Audiology reception |")
    assert "Do not try to open your hearing aid yourself." in markdown


@pytest.mark.parametrize("turn", [-90, 90], ids=["reading-up", "reading-down"])
def test_a_pdfs_coloured_side_bar_with_words_down_the_margin_is_left_out(tmp_path, turn):
    """A trust's leaflet with a coloured bar down the left of every page, 'Patient
    information' set on its side in it, and the leaflet's number, version and review date in
    the footer: the bar's words had been read a letter at a time, 'n o i t a m r o f n i'
    and 'P' headings at the leaflet's end after its last instruction. They are left out as a
    running line and said; every instruction comes through once, in order, and the footer's
    details are the front matter's."""
    import weasyprint

    steps = [
        "Wash your hands with soap and water before you touch the catheter.",
        "Empty the bag when it is two-thirds full.",
        "Do not lift the bag above the level of your bladder.",
        "Change the night bag every day and the leg bag every 7 days.",
    ]
    later = [
        "Do not pull on the catheter or let the tube bend.",
        "Do not have a bath for the first 48 hours. You can shower.",
        "Call the ward straight away if no urine drains into the bag for 2 hours.",
        "We will send you a letter with the date your catheter will be taken out.",
        "Do not drive for 24 hours after it is taken out if you were given a sedative.",
    ]
    body = (
        "<h1>Looking after your urinary catheter</h1><p>Urology Department</p>"
        "<h2>Caring for your catheter</h2><ol>" + "".join(f"<li>{s}</li>" for s in steps)
        + "</ol><p>Drink 1.5 to 2 litres of fluid a day unless your doctor has told you to"
        " drink less.</p><h2>Things to avoid</h2>" + "".join(f"<p>{s}</p>" for s in later[:2])
        + "<h2>When to get help</h2>" + "".join(f"<p>{s}</p>" for s in later[2:3])
        + "<p>Urology Ward 14: 01632 960 614 (24 hours)</p>" + "<p>More about the ward.</p>" * 14
        + "<h2>Having your catheter taken out</h2>" + "".join(f"<p>{s}</p>" for s in later[3:])
    )
    style = (
        "@page { size: A4; margin: 20mm 20mm 25mm 35mm; @bottom-left { content: 'Leaflet No:"
        " 1234 Version 2 Review date 05/2027'; font: 9pt sans-serif } @bottom-right { content:"
        " 'Page ' counter(page) ' of ' counter(pages); font: 9pt sans-serif } }"
        " body { font: 12pt sans-serif } h1 { font-size: 24pt } h2 { font-size: 16pt }"
        " .bar { position: fixed; left: -35mm; top: -20mm; width: 18mm; height: 297mm;"
        " background: #005eb8 } .bar span { position: absolute; left: -30mm; top: 120mm;"
        f" width: 80mm; transform: rotate({turn}deg); color: white; font: bold 14pt sans-serif;"
        " white-space: nowrap }"
    )
    path = tmp_path / "catheter.pdf"
    weasyprint.HTML(string=(
        f"<html><head><style>{style}</style></head><body><div class=bar><span>Patient"
        f" information</span></div>{body}</body></html>"
    )).write_pdf(path)
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 2
    result = import_file(path, {})
    markdown = result.markdown()
    assert {key: result.front_matter.get(key) for key in ("number", "version", "next_review")} == {
        "number": 1234, "version": 2, "next_review": "2027-05"
    }, result.front_matter
    assert result.front_matter["title"] == "Looking after your urinary catheter"
    flat = " ".join(markdown.split())
    assert "n o i" not in flat and "## P" not in markdown and "Patient information" not in flat
    said = [*steps, *later]
    assert [flat.count(s) for s in said] == [1] * len(said), markdown
    order = [flat.index(s) for s in said]
    assert order == sorted(order)
    assert markdown.rstrip().endswith(later[-1]), markdown
    assert ("pages 1, 2: dropped 'Patient information', set on its side down the margin of "
            "every page (a running line, as a header is)") in result.decisions


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "aligned"])
def test_a_landscape_table_of_clinic_times_over_two_pages_is_one_table(tmp_path, ruled):
    """An outpatients leaflet set landscape, its table of clinic times running on to a second
    page under its header row repeated. Set in aligned columns with no rules, its clear
    stripes between columns had been taken for a leaflet's folds: page 1 read a panel at a
    time, each day and clinic apart from its room and what to bring ("Do not eat for 2 hours
    before" away from "Pre-assessment"), page 2 one paragraph. Every row comes through once,
    in order, whole; the repeated header row once."""
    import weasyprint

    clinics = [
        ("Monday", "Anticoagulation clinic", "9am to 12 noon", "Outpatients, Level 1",
         "Bring your yellow book"),
        ("Monday", "Wound clinic", "1.30pm to 4pm", "Ward 5 day room",
         "Do not take off your dressing"),
        ("Tuesday", "Diabetes foot clinic", "8.30am to 12.30pm", "Podiatry, Level 2",
         "Bring the shoes you wear most"),
        ("Tuesday", "Stoma clinic", "2pm to 5pm", "Outpatients, Level 1", "Bring a spare bag"),
        ("Wednesday", "Pre-assessment", "10am to 4pm", "Surgical Unit",
         "Do not eat for 2 hours before"),
        ("Thursday", "Fracture clinic", "8.30am to 5pm", "Orthopaedics, Level 0",
         "Wear loose clothes"),
        ("Thursday", "Eye clinic", "1pm to 4.30pm", "Eye Unit", "Do not drive after your drops"),
        ("Friday", "Blood tests", "8am to 11am", "Phlebotomy, Level 0", "No appointment needed"),
    ]
    rows = [(*row[:4], f"{row[4]} (week {week})") for week in (1, 2, 3) for row in clinics]
    header = ("Day", "Clinic", "Times", "Where", "Please note")
    rule = "border: 0.75pt solid black;" if ruled else ""
    html = (
        "<html><head><style>@page { size: A4 landscape; margin: 2cm }"
        "body { font: 11pt sans-serif } h1 { font-size: 22pt } h2 { font-size: 15pt }"
        f"table {{ border-collapse: collapse; width: 100% }} td, th {{ {rule} padding: 5pt;"
        " text-align: left }</style></head><body>"
        "<h1>Outpatient clinic times</h1><p>Outpatients Department</p>"
        "<p>Leaflet number: OPD-0150 Version: 2</p><h2>When our clinics run</h2>"
        "<p>Please come 10 minutes before your appointment.</p><table><thead><tr>"
        + "".join(f"<th>{cell}</th>" for cell in header) + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        + "</tbody></table><h2>If you cannot come</h2>"
        "<p>Please ring us on 01632 960 150. Do not just miss your appointment.</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path := tmp_path / "OPD-0150-clinics.pdf")
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 2 and all(
            "Please note" in page.extract_text() for page in pdf.pages
        )
    markdown = import_file(path, {}).markdown()
    said = markdown.splitlines()
    wanted = [f"| {' | '.join(row)} |" for row in (header, *rows)]
    assert [line for line in said if line.startswith("| ") and "---" not in line] == wanted, (
        markdown
    )
    assert markdown.index("Please come 10 minutes") < markdown.index("| Day |")
    assert markdown.index("| Friday | Blood tests") < markdown.index("## If you cannot come")
    assert "Please ring us on 01632 960 150. Do not just miss your appointment." in said


_PHONE_ROWS = (
    ("Pre-operative assessment clinic", "01632 960 111"),
    ("Ward 22 (Orthopaedics)", "01632 960 222"),
    ("Physiotherapy", "01632 960 333"),
    ("Out of hours", "NHS 111"),
)


def _table_over_a_page_break(path: Path, ruled: bool, on_first_page: int) -> Path:
    """A hip replacement leaflet whose table of phone numbers starts at the foot of page 1,
    its header and `on_first_page` rows there, the rest on page 2 with no header repeated."""
    import weasyprint

    border = "border: 0.75pt solid #000;" if ruled else ""
    rows = "".join(f"<tr><td>{who}</td><td>{number}</td></tr>" for who, number in _PHONE_ROWS)
    html = (
        "<html><head><style>@page { size: A4; margin: 20mm } body { font: 12pt 'Liberation "
        f"Sans' }} table {{ border-collapse: collapse }} td, th {{ {border} padding: 3pt 5.4pt;"
        " text-align: left; line-height: 1.2 }</style></head><body>"
        "<h1>Your hip replacement</h1><p>Orthopaedic Department</p>"
        "<p>Leaflet number: ORT-0101 Version: 2</p>"
        "<p>Keep doing the exercises the physiotherapist showed you three times a day.</p>"
        # a block that leaves room at the page's foot for the heading, the lead-in, the table's
        # header and `on_first_page` rows
        f'<div style="height: {(172, 164, 160)[on_first_page]}mm"></div>'
        "<h2>Useful phone numbers</h2><p>If you have any questions, please phone:</p>"
        f"<table><tr><th>Who</th><th>Number</th></tr>{rows}</table>"
        "<p>Do not drive until your surgeon says you can.</p></body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)
    return path


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "plain"])
@pytest.mark.parametrize("on_first_page", [0, 1, 2])
def test_a_table_divided_by_a_page_break_is_one_table(tmp_path, ruled, on_first_page):
    """A two-column table whose header (and first row) end page 1 and whose other rows start
    page 2, no header repeated, had been a heading '### Who Number', the first row a line and
    the rest a list ('- Ward 22 (Orthopaedics); 01632 960 222'): it is one table, every row
    once, in order, under its header."""
    import pdfplumber

    path = _table_over_a_page_break(tmp_path / "hip.pdf", ruled, on_first_page)
    with pdfplumber.open(path) as pdf:  # the break falls where the test means it to
        first, second = (page.extract_text() for page in pdf.pages)
    assert "Who" in first and _PHONE_ROWS[on_first_page][0] in second
    assert (on_first_page == 0) == (_PHONE_ROWS[0][1] not in first)
    result = import_file(path, {})
    body = "\n".join(result.body)
    table = "| Who | Number |\n|---|---|\n" + "\n".join(
        f"| {who} | {number} |" for who, number in _PHONE_ROWS
    )
    assert table in body, body
    assert "### Who" not in body and "- Ward 22" not in body
    assert body.count("01632 960 222") == 1
    assert "Do not drive until your surgeon says you can." in body


def _word_with_leads(path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    """A Word file with no Heading style: each paragraph its bold words, then its plain ones,
    or a List Bullet item where the first is "-"."""
    import docx

    document = docx.Document()
    for bold, plain in paragraphs:
        if bold == "-":
            document.add_paragraph(plain, style="List Bullet")
            continue
        paragraph = document.add_paragraph()
        paragraph.add_run(bold).bold = True
        if plain:
            paragraph.add_run(plain)
    document.save(str(path))
    return path


def test_bold_lead_ins_of_a_word_leaflet_with_no_headings_head_its_sections(tmp_path):
    """A Word leaflet with no Heading styles whose sections open on a bold name ("**Keeping
    the wound clean.** For the first 2 days ...") had no headings at all: the web page only
    its h1, the recording one chapter, Easy Read a row for each with the plain picture. Three
    or more paragraphs opening so head their sections, and a short bold line alone over text
    does; a bold ban ("**Never soak the wound.**"), a bold instruction or condition stays the
    leaflet's own words in bold."""
    spec = [
        ("Caring for your wound after surgery", ""),
        ("", "Surgical Assessment Unit"),
        ("About your wound. ", "Your wound has been closed with stitches that dissolve."),
        ("Keeping the wound clean. ", "For the first 2 days keep the dressing on and dry."),
        ("Never soak the wound. ", "Do not have a bath or go swimming for 2 weeks."),
        ("Showering. ", "After 2 days you can shower. Pat the wound dry with a clean towel."),
        ("Stitches come out after 10 days. ", "The practice nurse at your GP surgery will do it."),
        ("Pain relief.", ""),
        ("", "Take paracetamol every 6 hours if you need to. Do not take more than 8 "
             "tablets in 24 hours."),
        ("Keep the wound covered ", "when you go outside for the first week."),
        ("When to get help:", ""),
        ("-", "the wound is red, hot or swollen"),
        ("-", "pus or a bad smell comes from the wound"),
        ("Go to A&E or call 999 if ", "the wound opens up or bleeds heavily."),
        ("Do not remove the stitches yourself.", ""),
        ("Important: ", "Bring this leaflet with you if you come back to the unit."),
        ("Tel: ", "01632 960 233 (Monday to Friday, 8am to 6pm)"),
        ("Email: ", "sau.nurses@nhs.net"),
        ("", "Leaflet number: SAU-0233 Version: 1 Next review: March 2027"),
    ]
    result = import_file(_word_with_leads(tmp_path / "SAU-0233-wound.docx", spec), {})
    markdown = result.markdown()
    assert [line for line in result.body if line.startswith("#")] == [
        "## About your wound", "## Keeping the wound clean", "## Showering",
        "## Pain relief", "## When to get help",
    ], markdown
    assert "## Keeping the wound clean\n\nFor the first 2 days keep the dressing on" in markdown
    assert "**Never soak the wound.** Do not have a bath" in markdown
    assert "**Stitches come out after 10 days.** The practice nurse" in markdown
    assert "**Keep the wound covered** when you go outside" in markdown
    assert "**Go to A&E or call 999 if** the wound opens up" in markdown
    assert "**Do not remove the stitches yourself.**" in markdown
    assert "## When to get help\n\n- the wound is red" in markdown
    assert "01632 960 233" in markdown and "Bring this leaflet with you" in markdown
    # one paragraph opening on a bold name is warned of, not made a heading: nothing says the
    # leaflet's sections are set so
    one = [spec[0], spec[1], spec[3], spec[4], spec[8], spec[-4], spec[-1]]
    result = import_file(_word_with_leads(tmp_path / "SAU-0233-one.docx", one), {})
    assert not [line for line in result.body if line.startswith("##")], result.markdown()
    assert "**Keeping the wound clean.** For the first 2 days" in result.markdown()
    assert any("'Keeping the wound clean.' in bold opens the paragraph" in warning
               for warning in result.warnings), result.warnings


def test_bold_questions_opening_a_word_leaflets_paragraphs_head_its_sections(tmp_path):
    """A Word leaflet with no Heading styles whose sections open on a bold question ("**What
    is a catheter?** A catheter is ...") kept them as bold text, the bold lead-in rule taking
    only a stop or a colon: the recording one chapter. A bold question of 12 words or fewer
    names a section by the same rule, one with a condition in it too ("What should I do if the
    catheter stops draining?" asks, it tells nothing); a bold ban stays the leaflet's words.
    Where the leaflet's bold lines alone head its sections, a question opening a paragraph
    does as well."""
    spec = [
        ("Looking after your urinary catheter", ""),
        ("", "Urology Department"),
        ("What is a catheter? ", "A catheter is a thin, soft tube that drains urine from your "
                                 "bladder into a bag."),
        ("How do I empty the bag?", ""),
        ("", "Empty the bag when it is about two-thirds full. Wash your hands before and after."),
        ("How often should I change the bag? ", "Change the leg bag every 7 days and the "
                                                "night bag every day."),
        ("Never pull on the catheter. ", "It is held in your bladder by a small balloon."),
        ("What should I do if the catheter stops draining? ", "Check the tube is not kinked. "
         "If it still does not drain, call the district nurses on 01632 960 212."),
        ("", "Leaflet number: URO-0212 Version: 2 Next review: May 2028"),
    ]
    result = import_file(_word_with_leads(tmp_path / "URO-0212-catheter.docx", spec), {})
    markdown = result.markdown()
    assert [line for line in result.body if line.startswith("#")] == [
        "## What is a catheter?", "## How do I empty the bag?",
        "## How often should I change the bag?",
        "## What should I do if the catheter stops draining?",
    ], markdown
    assert "## What is a catheter?\n\nA catheter is a thin, soft tube" in markdown
    assert "**Never pull on the catheter.** It is held in your bladder" in markdown
    assert "stops draining?\n\nCheck the tube is not kinked. If it still does not drain" in (
        markdown
    )
    # sections headed by bold lines alone: a bold question opening a paragraph is one of them
    lines = [spec[0], spec[1], spec[2], ("Caring for the bag", ""), spec[4], spec[3],
             ("", "Use a new bag each time."),
             ("Can I drive? ", "Do not drive until your doctor says you can."), spec[-1]]
    result = import_file(_word_with_leads(tmp_path / "URO-0212-lines.docx", lines), {})
    assert [line for line in result.body if line.startswith("#")] == [
        "## What is a catheter?", "## Caring for the bag", "## How do I empty the bag?",
        "## Can I drive?",
    ], result.markdown()
    assert "## Can I drive?\n\nDo not drive until your doctor says you can." in (
        result.markdown()
    )


def test_other_trusts_document_control_lines_go_to_the_front_matter(tmp_path):
    """Three trusts' ways of giving a leaflet's details: a Word file's block at its end, its
    author's line over them ("Produced by: Urology Nurse Specialists", which had stayed the
    leaflet's last paragraph, read aloud as its last words); a text file's one line "Reference
    No: 1234  Version 2  Issued: March 2025  Review: March 2028"; a PDF's "Page 1 of 4" footers
    and "© ... 2025" line. Every detail is in the front matter, no details line in the body,
    and every sentence of the leaflet kept."""
    import docx
    import weasyprint

    document = docx.Document()
    document.add_heading("Having a cystoscopy", level=0)
    document.add_paragraph("Urology Department")
    document.add_heading("What is a cystoscopy?", level=1)
    document.add_paragraph("A cystoscopy is a test to look inside your bladder with a thin "
                           "camera.")
    document.add_heading("After the test", level=1)
    document.add_paragraph("Drink plenty of water for the next 2 days. Do not drive for 24 "
                           "hours if you had sedation.")
    for line in ("Produced by: Urology Nurse Specialists", "Date: March 2025",
                 "Review date: March 2028", "Leaflet ref: URO-0330", "Version: 4"):
        document.add_paragraph(line)
    document.save(tmp_path / "cystoscopy.docx")
    (tmp_path / "hip.txt").write_text(
        "Going home after a hip replacement\nOrthopaedic Department\n\n"
        "Looking after your new hip\nDo not bend your hip more than 90 degrees for 6 weeks.\n"
        "Sleep on your back for the first 6 weeks.\n\nWhen to get help\nCall the ward on 01632 "
        "960 455 if your leg becomes hot, red or swollen.\n\n"
        "Reference No: 1234  Version 2  Issued: March 2025  Review: March 2028\n",
        encoding="utf-8",
    )
    sections = [
        ("Before your colonoscopy", "Stop eating solid food 24 hours before your test. Do not "
         "stop taking your blood pressure tablets."),
        ("On the day", "Come to the Endoscopy Unit 30 minutes before your appointment."),
        ("After the test", "Do not drive for 24 hours if you had sedation."),
        ("Contact us", "Call the Endoscopy Unit on 01632 960 500, Monday to Friday, 8am to 6pm."),
    ]
    pages = "".join(
        "<section style='page-break-after: always'>"
        + ("<h1>Having a colonoscopy</h1><p>Endoscopy Unit</p>" if number == 1 else "")
        + f"<h2>{heading}</h2><p>{said}</p>"
        + ("<p>© Riverside Hospitals NHS Trust 2025</p><p>Leaflet number: END-0560 Version: 3 "
           "Review date: April 2027</p>" if number == 4 else "")
        + "</section>"
        for number, (heading, said) in enumerate(sections, 1)
    )
    weasyprint.HTML(string=(
        "<html lang='en'><head><style>@page { size: A4; margin: 20mm; @bottom-center { content: "
        "'Page ' counter(page) ' of ' counter(pages); font-family: 'Liberation Sans'; "
        "font-size: 9pt } } body { font-family: 'Liberation Sans'; font-size: 12pt }</style>"
        f"</head><body>{pages}</body></html>"
    )).write_pdf(tmp_path / "colonoscopy.pdf")
    expected = {
        "cystoscopy.docx": ({"number": "URO-0330", "version": "4", "issued": "2025-03",
                             "next_review": "2028-03", "department": "Urology Department"},
                            ["A cystoscopy is a test", "Do not drive for 24 hours if you had "
                             "sedation."]),
        "hip.txt": ({"number": "1234", "version": "2", "issued": "2025-03",
                     "next_review": "2028-03", "department": "Orthopaedic Department"},
                    ["Do not bend your hip more than 90 degrees for 6 weeks.",
                     "Call the ward on 01632 960 455 if your leg becomes hot, red or swollen."]),
        "colonoscopy.pdf": ({"number": "END-0560", "version": "3", "next_review": "2027-04",
                             "department": "Endoscopy Unit",
                             "organisation": "Riverside Hospitals NHS Trust"},
                            [said for _, said in sections]),
    }
    for name, (details, sentences) in expected.items():
        leaflet, result = imported(name, tmp_path)
        front = {key: str(value) for key, value in result.front_matter.items()}
        assert {key: front.get(key) for key in details} == details, (name, front)
        body = body_text(leaflet)
        assert not re.search(r"Produced by|Review|Version|Reference|Page \d|©|2025", body), (
            name, body
        )
        for sentence in sentences:
            assert sentence in body, (name, sentence)
        said = "dropped 'Produced by: Urology Nurse Specialists' with the leaflet's details"
        assert name != "cystoscopy.docx" or any(said in d for d in result.decisions), (
            result.decisions
        )


@pytest.mark.parametrize("line", [
    "Urology Department, Royal Devon University Healthcare",
    "This leaflet has been adapted, with permission, from one by Nottingham University "
    "Hospitals NHS Trust.",
])
def test_a_leaflet_naming_another_trust_is_warned_of_at_import(tmp_path, line):
    """A leaflet another trust wrote, its name beside the department or in a line of thanks,
    was imported with nothing said, and every format then said it was config's trust's. The
    import warns in one line naming the trust, for staff to set `organisation:`; a trust the
    import already takes as the author, or config's own, is no warning."""
    text = (
        "Going home with a urinary catheter\n\n"
        f"{line}\n\n"
        "Why you have a catheter\n\n"
        "A catheter is a thin tube that drains urine from your bladder into a bag.\n\n"
        "When to call us\n\n"
        "Call the Urology Nurses on 01632 960 118 if no urine has drained for 2 hours.\n\n"
        "Leaflet number: URO-0118 Version: 1 Next review: January 2027\n"
    )
    result = _imported_text(tmp_path, "catheter.txt", text, "URO-0118")
    named = [w for w in result.warnings if "not config's trust" in w]
    assert len(named) == 1 and "set 'organisation:'" in named[0], result.warnings
    assert ("'Royal Devon University Healthcare'" in named[0]
            or "'Nottingham University Hospitals NHS Trust'" in named[0]), named
    own = text.replace(line, "Produced by Nottingham University Hospitals NHS Trust")
    result = _imported_text(tmp_path, "catheter.txt", own, "URO-0118")
    assert result.front_matter.get("organisation") == "Nottingham University Hospitals NHS Trust"
    assert not [w for w in result.warnings if "not config's trust" in w], result.warnings
    ours = text.replace(line, "Urology Department, University Hospitals of Leicester NHS Trust")
    result = _imported_text(tmp_path, "catheter.txt", ours, "URO-0118")
    assert not [w for w in result.warnings if "not config's trust" in w], result.warnings


def test_a_text_diary_of_repeated_lines_of_labelled_blanks_is_a_table_to_fill_in(tmp_path):
    """A chemotherapy leaflet's temperature diary typed as three lines "Date: ____
    Temperature: ____" had become one row "Date: ____; Temperature: ____", the second and third
    taken for the first repeated over a page, and lost unsaid: lines of the same labelled
    blanks are a table to fill in, their labels its headings, a row to write in for each
    line. A line of other blanks under them stays a field of its own."""
    text = (
        "Having chemotherapy\n\nOncology Day Unit\n\n"
        "Temperature diary\n\n"
        "Use this diary to write down your temperature if you feel unwell.\n\n"
        "Date: ____  Temperature: ____\n"
        "Date: ____  Temperature: ____\n"
        "Date: ____  Temperature: ____\n"
        "Time you called the helpline: ____\n\n"
        "Contact us\n\nChemotherapy helpline: 01632 960 400 (24 hours)\n"
    )
    result = _imported_text(tmp_path, "ONC-0160-chemo.txt", text, "ONC-0160")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    (table,) = [b for b in leaflet.blocks if isinstance(b, Table)]
    assert [plain_text(cell) for cell in table.header] == ["Date", "Temperature"], table.header
    assert len(table.rows) == 3 and table.to_fill_in, table.rows
    assert "Time you called the helpline:" in field_labels(leaflet)
    assert not any("one row or column" in d for d in result.decisions), result.decisions
    assert any("table" in d and "3 rows" in d for d in result.decisions), result.decisions


def test_an_item_three_lists_deep_is_said_in_brackets_after_the_item_it_qualifies(tmp_path):
    """A low-fibre diet's Word list three levels deep: "Plain, without seeds or skins" under
    "White bread, white rice and white pasta", under "Starchy foods". Joined as the third of
    its siblings ("White bread ...; Plain, without seeds or skins; Potatoes without skin") it
    read as a food of its own: it is in brackets after the item it qualifies. Two levels are
    joined as before (the item, a colon, its items), in Word and in a text file."""
    import docx

    document = docx.Document()
    document.add_heading("Low-fibre diet before your colonoscopy", 0)
    document.add_paragraph("Endoscopy Unit")
    document.add_heading("Foods you can eat", 1)
    for text, level in (
        ("Starchy foods", ""), ("White bread, white rice and white pasta", " 2"),
        ("Plain, without seeds or skins", " 3"), ("Potatoes without skin", " 2"),
        ("Protein", ""), ("Lean meat, chicken and white fish", " 2"),
        ("Grilled, boiled or steamed, not fried", " 3"), ("Eggs and plain yoghurt", " 2"),
        ("Clear soups", ""),
    ):
        document.add_paragraph(text, style=f"List Bullet{level}")
    document.add_paragraph("Drink at least 2 litres of clear fluid a day.")
    path = tmp_path / "END-0330-diet.docx"
    document.save(path)
    text = (
        "Low-fibre diet before your colonoscopy\n\nEndoscopy Unit\n\nFoods you can eat\n\n"
        "- Starchy foods\n    - White bread, white rice and white pasta\n"
        "        - Plain, without seeds or skins\n    - Potatoes without skin\n"
        "- Protein\n    - Lean meat, chicken and white fish\n"
        "        - Grilled, boiled or steamed, not fried\n    - Eggs and plain yoghurt\n"
        "- Clear soups\n\nDrink at least 2 litres of clear fluid a day.\n"
    )
    (tmp_path / "END-0330-diet.txt").write_text(text, encoding="utf-8")
    for name in ("END-0330-diet.docx", "END-0330-diet.txt"):
        result = import_file(tmp_path / name, {"number": "END-0330", "version": "1"})
        leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
        assert [plain_text(item) for item in lists(leaflet)[0].items] == [
            "Starchy foods: White bread, white rice and white pasta (plain, without seeds or "
            "skins); Potatoes without skin",
            "Protein: Lean meat, chicken and white fish (grilled, boiled or steamed, not "
            "fried); Eggs and plain yoghurt",
            "Clear soups",
        ], name
        assert any("a list inside a list" in w and "brackets" in w for w in result.warnings)


def test_a_word_hyperlinks_address_is_kept_after_its_words(tmp_path):
    """A Word leaflet's "NHS website", linked to the NHS page on colonoscopy, had been imported
    as its words alone, the address lost from every format. It is a link, as a source file
    writes one, so each format prints its address after its words; a link in a table's cell
    too. A link whose words are its address, and one to a place in the document, stay words."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from pipeline.model import with_addresses

    def link(paragraph, words: str, url: str = "", anchor: str = "") -> None:
        element = OxmlElement("w:hyperlink")
        if url:
            element.set(qn("r:id"), paragraph.part.relate_to(
                url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
        if anchor:
            element.set(qn("w:anchor"), anchor)
        run, said = OxmlElement("w:r"), OxmlElement("w:t")
        said.text = words
        run.append(said)
        element.append(run)
        paragraph._p.append(element)

    document = docx.Document()
    document.add_heading("Preparing for your colonoscopy", 0)
    document.add_paragraph("Endoscopy Unit")
    document.add_heading("More information", 1)
    paragraph = document.add_paragraph("Read more about colonoscopy on the ")
    link(paragraph, "NHS website", "https://www.nhs.uk/conditions/colonoscopy/")
    paragraph.add_run(".")
    paragraph = document.add_paragraph("Or go to ")
    link(paragraph, "www.nhs.uk", "https://www.nhs.uk/")
    paragraph.add_run(" and search for ")
    link(paragraph, "bowel preparation", anchor="_Toc12")
    paragraph.add_run(".")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ("Charity", "Website"), strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "Bowel Cancer UK"
    link(table.rows[1].cells[1].paragraphs[0], "their website",
         "https://www.bowelcanceruk.org.uk/")
    path = tmp_path / "END-0322-colonoscopy.docx"
    document.save(path)
    result = import_file(path, {"number": "END-0322", "version": "1"})
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    said = [plain_text(with_addresses(spans)) for b in leaflet.blocks for spans in inlines_of(b)]
    assert (
        "Read more about colonoscopy on the NHS website (www.nhs.uk/conditions/colonoscopy)."
        in said
    ), said
    assert "Or go to www.nhs.uk and search for bowel preparation." in said, said
    assert "their website (www.bowelcanceruk.org.uk)" in said, said


@pytest.mark.parametrize(
    "masthead, body, department",
    [
        (
            "EMERGENCY DEPARTMENT\nHEAD INJURY ADVICE FOR ADULTS",
            "You were seen in the Emergency Department (ED) today after a knock to the head.",
            "Emergency Department",
        ),
        (
            "PAEDIATRIC ENT AND AUDIOLOGY SERVICE\nGrommets for glue ear",
            "Your child is having small tubes put in their ears. Ring us if you are worried.",
            "Paediatric ENT and Audiology Service",
        ),
        (
            "CHILDREN'S WARD\nGoing home after your child's operation",
            "Ring the ward if your child has a temperature of 38°C or above.",
            "Children's Ward",
        ),
    ],
)
def test_a_department_in_capitals_is_written_as_a_name(tmp_path, masthead, body, department):
    """A department set in capitals over the title is a name: written with its words'
    capitals, as the leaflet writes it elsewhere or else each word's first letter ("It comes
    from the EMERGENCY DEPARTMENT" had been said and printed in every format); an
    abbreviation (ENT) keeps its capitals and a joining word its small letters."""
    path = tmp_path / "0331-leaflet.txt"
    path.write_text(f"{masthead}\n\n{body}\n", "utf-8")
    result = import_file(path, {"number": "0331", "version": "1"})
    assert result.front_matter["department"] == department


_EXERCISES_OVER = [
    ("title", "Exercises after your knee replacement"),
    ("para", "Physiotherapy Department"),
    ("para", "Leaflet number: PHY-0612 Version: 2"),
    ("heading", "Your exercises"),
    ("para", "Do these exercises 3 times a day. Stop if the pain gets much worse."),
]
_EXERCISES_UNDER = [
    ("heading", "When to get help"),
    ("para", "Call the ward on 0116 258 4221 if your calf is hot, red or swollen."),
]
_KNEE_STEPS = [
    "Lie on your back with your legs straight.",
    "Bend your knee, sliding your heel towards your bottom.",
    "Hold for 5 seconds, then slowly straighten your leg.",
    "Do not lift your leg off the bed while you do this.",
]


@pytest.mark.parametrize("between", ["number-picture", "number", "number-unnumbered"])
def test_a_word_lists_pictures_between_its_steps_keep_the_numbers_word_shows(tmp_path, between):
    """An exercise leaflet's "List Number" steps with a picture between each: a picture alone
    in an item of the list takes a number of its own in Word, beside it, and the steps count
    on from it (1, 3, 5, 7): the import had renumbered them 1, 2, 3, 4, unsaid, and a picture's
    place typed as an item ("[Picture 1]") had been a step of its own. The steps keep the
    numbers the reader saw, and a person is told why; a place is no step. An item whose
    numbering is taken off shows no number: it had been numbered as well ("1. [Picture 1]"
    after "1. Lie on your back")."""
    places = {
        "number-picture": ["Lying on your back", "Heel sliding up the bed", "Leg straight"],
        "number": ["[Picture 1]", "[Image: a woman lying on her back with her knee bent]",
                   "(picture)"],
    }.get(between, ["[Picture 1]", "[Image: a woman lying on her back with her knee bent]",
                    "(picture)"])
    spec = list(_EXERCISES_OVER)
    for step, place in zip(_KNEE_STEPS, [*places, None], strict=True):
        spec.append(("number", step))
        if place:
            spec.append((between, place))
    path = write_word(tmp_path / "knee.docx", spec + _EXERCISES_UNDER)
    result = import_file(path, {})
    leaflet = read_leaflet(save_imported(result, tmp_path), trust_parts)  # (its pictures too)
    steps = [(number, plain_text(item)) for block in lists(leaflet)
             for number, item in zip(block.item_numbers(), block.items, strict=True)]
    shown = [1, 2, 3, 4] if between == "number-unnumbered" else [1, 3, 5, 7]
    assert steps == list(zip(shown, _KNEE_STEPS, strict=True)), result.markdown()
    text = result.markdown()
    assert "Picture 1" not in text and "(picture)" not in text, text
    said = [w for w in result.warnings if "take numbers of their own" in w]
    if between == "number-unnumbered":
        assert not said, result.warnings
    else:
        assert len(said) == 1 and "(2, 4, 6)" in said[0] and "1, 3, 5, 7" in said[0], said
    if between == "number-picture":
        from pipeline.model import Image

        assert [b.alt for b in leaflet.blocks if isinstance(b, Image)] == places


def test_a_word_links_address_is_kept_in_a_heading_a_cell_and_as_a_hyperlink_field(tmp_path):
    """A link in a Word heading ("Support from the British Heart Foundation") had lost its
    address from every format, as had every link Word keeps as a HYPERLINK field (pasted from
    a web page or an email), in the text and in a table's cell alike, though the text's links
    made by Insert Link kept theirs. Each is a link as the text's are."""
    from pipeline.model import with_addresses

    path = write_word(tmp_path / "CARD-0219-heart-failure.docx", [
        ("title", "Living with heart failure"),
        ("para", "Cardiology Department"),
        ("heading", "Support from the [British Heart Foundation](https://www.bhf.org.uk/"
                    "informationsupport/conditions/heart-failure)"),
        ("para", "The charity runs a helpline for people living with heart failure and their "
                 "families."),
        ("heading", "Weighing yourself"),
        ("para", "Weigh yourself every morning. Read the [NHS heart failure page]"
                 "(field:https://www.nhs.uk/conditions/heart-failure/) for more."),
        ("table", [["Group", "Where to find them"],
                   ["Pumping Marvellous", "[their website](field:https://pumpingmarvellous.org/)"],
                   ["Heart Failure Aware", "[their page](https://www.hfaware.org/)"]]),
        ("heading", "When to get help"),
        ("para", "Call the heart failure nurses on 0116 258 4221 if you gain 2 kg in 3 days."),
    ])
    leaflet, result = imported(path.name, tmp_path, number="CARD-0219", version="1")
    said = [plain_text(with_addresses(spans)) for b in leaflet.blocks for spans in inlines_of(b)]
    assert (
        "Support from the British Heart Foundation "
        "(www.bhf.org.uk/informationsupport/conditions/heart-failure)" in said
    ), said
    assert (
        "Weigh yourself every morning. Read the NHS heart failure page "
        "(www.nhs.uk/conditions/heart-failure) for more." in said
    ), said
    assert "their website (pumpingmarvellous.org)" in said, said
    assert "their page (www.hfaware.org)" in said, said
    assert headings(leaflet)[0] == "Support from the British Heart Foundation", headings(leaflet)


def test_a_word_text_box_set_in_a_box_or_in_another_text_box_is_read_once(tmp_path):
    """A text box anchored in a bordered box's last paragraph, as a file from an older Word
    writes one ("Call 999 if you have chest pain"), had been lost from every format without a
    word: only the box's first paragraph was looked in. A text box set inside another had its
    words said twice (Word writes both as a drawing and as its fallback picture)."""
    path = write_word(tmp_path / "CARD-0219-heart-failure.docx", [
        ("title", "Living with heart failure"),
        ("para", "Cardiology Department"),
        ("heading", "Checking your weight"),
        ("bordered", (["Weigh yourself every morning after you have been to the toilet.",
                       "Write your weight in your diary."],
                      ["Call 999 if you have chest pain or feel very breathless."])),
        ("heading", "Drinks"),
        ("text-box", ("Your nurse will tell you how much to drink.",
                      ["Important", "Keep to your fluid limit of 1.5 litres a day."],
                      ["Never take an extra water tablet without asking your nurse."])),
        ("heading", "When to get help"),
        ("para", "Call the heart failure nurses on 0116 258 4221 if you gain 2 kg in 3 days."),
    ])
    result = import_file(path, {"number": "CARD-0219", "version": "1"})
    text = result.markdown()
    assert text.count("Call 999 if you have chest pain or feel very breathless.") == 1, text
    assert text.count("Never take an extra water tablet") == 1, text
    assert text.index("Write your weight") < text.index("Call 999") < text.index("## Drinks")
    assert text.index("fluid limit") < text.index("Never take an extra") < text.index("## When")


def test_a_paragraph_whose_end_was_deleted_with_track_changes_joins_the_next(tmp_path):
    """Two paragraphs joined with Track Changes on ("Do not drink more than" / "1.5 litres of
    fluid a day.", the first's end deleted) had stayed two, the limit cut from its ban. Read
    as accepted, they are one paragraph, with the next one's settings (a paragraph deleted
    whole so leaves the next as it was)."""
    path = write_word(tmp_path / "CARD-0219-heart-failure.docx", [
        ("title", "Living with heart failure"),
        ("para", "Cardiology Department"),
        ("heading", "Drinks"),
        ("joined", ("Do not drink more than ", "1.5 litres of fluid a day, unless your nurse "
                                              "tells you to.")),
        ("para", "This includes soup, jelly and ice cream."),
        ("heading", "When to get help"),
        ("para", "Call the heart failure nurses on 0116 258 4221 if you gain 2 kg in 3 days."),
    ])
    result = import_file(path, {"number": "CARD-0219", "version": "1"})
    assert result.body[:3] == [
        "## Drinks",
        "Do not drink more than 1.5 litres of fluid a day, unless your nurse tells you to.",
        "This includes soup, jelly and ice cream.",
    ], result.body
    assert any("tracked changes" in w for w in result.warnings), result.warnings


def test_a_word_comment_is_left_out_of_the_text_and_warned_of_with_its_words(tmp_path):
    """A leaflet sent back from a clinical review with Word comments still open: "Is 6 hours
    right for the afternoon list? Check with anaesthetics" on the fasting time, "Add the
    diabetes team's number here" on a whole paragraph. The comments had been dropped unsaid
    and the caveat went out in every format unchecked; they stay out of the text, and each is
    warned of, quoting the comment and the words it is on, as tracked changes are."""
    import docx

    path = tmp_path / "fasting.docx"
    document = docx.Document()
    document.add_paragraph("Fasting before your operation", style="Title")
    document.add_paragraph("Day Surgery Unit")
    document.add_paragraph("Eating and drinking", style="Heading 1")
    paragraph = document.add_paragraph("Do not eat anything for ")
    timed = paragraph.add_run("6 hours before your operation")
    paragraph.add_run(". You can drink water until 2 hours before.")
    document.add_comment(timed, "Is 6 hours right for the afternoon list? Check with "
                         "anaesthetics before this goes out.", author="Pre-op Nurse",
                         initials="PN")
    paragraph = document.add_paragraph("If you have diabetes, ask us what to do about your "
                                       "medicines on the day.")
    document.add_comment(paragraph.runs, "Add the diabetes team's number here",
                         author="Dr Okafor", initials="DO")
    document.add_paragraph("Contact us", style="Heading 1")
    document.add_paragraph("Day Surgery Unit: 01632 960 410")
    document.save(path)
    result = import_file(path, {"number": "DSU-0112", "version": "2"})
    body = " ".join(result.body)
    assert "Do not eat anything for 6 hours before your operation. You can drink water" in (
        body), body
    assert "afternoon list" not in body and "diabetes team's number" not in body, body
    said = [w for w in result.warnings if "a comment" in w.rsplit(".docx: ", 1)[-1]]
    assert len(said) == 2, result.warnings
    assert "'Is 6 hours right for the afternoon list?" in said[0], said
    assert "'6 hours before your operation'" in said[0], said
    assert "'Add the diabetes team's number here'" in said[1], said
    assert "'If you have diabetes, ask us what to do" in said[1], said


def test_a_bilingual_word_leaflets_ward_board_and_review_date_are_read(tmp_path):
    """A Welsh board's leaflet in Welsh beside English, a column each, under a header naming
    the board in both languages and over a footer "Review / Adolygu: 09/2027". The English
    line under the title, "Day Surgery Unit, Ysbyty Glan yr Afon" (a Welsh hospital's name in
    it), had been taken for the title in Welsh and left out of every format, the department
    lost; the board's header had been dropped with no word that another board wrote the
    leaflet (every format named config's trust); the bilingual review date was not read."""
    import docx

    board = "Bae Ceredig University Health Board"
    rows = [
        ("Going home after knee surgery", "Mynd adref ar ôl llawdriniaeth ar y pen-glin"),
        ("Day Surgery Unit, Ysbyty Glan yr Afon", "Uned Llawdriniaeth Ddydd, Ysbyty Glan yr Afon"),
        ("Pain", "Poen"),
        ("Take paracetamol every 6 hours for 3 days.",
         "Cymerwch barasetamol bob 6 awr am 3 diwrnod."),
        ("Do not drive for 48 hours after your operation.",
         "Peidiwch â gyrru car am 48 awr ar ôl eich llawdriniaeth."),
        ("Call the ward if your knee is hot and swollen.",
         "Ffoniwch y ward os yw eich pen-glin yn boeth ac wedi chwyddo."),
    ]
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Bwrdd Iechyd Prifysgol Bae Ceredig / {board}"
    section.footer.paragraphs[0].text = "DSU-0233 v1\tReview / Adolygu: 09/2027"
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "dsu-0233.docx"
    document.save(path)
    result = import_file(path, {})
    assert result.front_matter["title"] == "Going home after knee surgery", result.front_matter
    assert result.front_matter.get("department") == "Day Surgery Unit, Ysbyty Glan yr Afon" or (
        "Day Surgery Unit, Ysbyty Glan yr Afon" in result.body), result.body
    assert not [w for w in result.warnings if "the title in Welsh" in w], result.warnings
    assert result.front_matter.get("organisation") == board, result.front_matter
    assert str(result.front_matter.get("next_review")) == "2027-09", result.front_matter
    assert "Do not drive for 48 hours after your operation." in result.body, result.body


@pytest.mark.parametrize(("text", "label_line", "pointed"), [
    ("Eich triniaeth cemotherapi\nUned Ddydd Oncoleg\n\n"
     "Mae'r daflen hon yn esbonio eich triniaeth a beth i'w wneud os ydych yn teimlo'n sâl.\n\n"
     "{label}\n{pointed}\n\nSgil-effeithiau\nEfallai y byddwch yn teimlo'n flinedig am "
     "ychydig ddyddiau ar ôl pob triniaeth.\n",
     "PWYSIG - cadwch y rhif hwn gyda chi bob amser",
     "Ffoniwch y llinell gymorth 24 awr ar unwaith os yw eich tymheredd yn 38°C neu'n uwch. "
     "Rhif y llinell gymorth yw 01632 960 711. Peidiwch ag aros tan y bore."),
    ("Twoje leczenie chemioterapią\nOddział Onkologii Dziennej\n\n"
     "Ta ulotka wyjaśnia Twoje leczenie i co robić, jeśli źle się poczujesz.\n\n"
     "{label}\n{pointed}\n\nSkutki uboczne\nPrzez kilka dni po każdym leczeniu możesz czuć "
     "się zmęczony.\n",
     "WAŻNE – zawsze miej ten numer przy sobie",
     "Jeśli masz temperaturę 38°C lub wyższą, natychmiast zadzwoń na całodobową infolinię. "
     "Numer infolinii to 01632 960 711. Nie czekaj do rana."),
], ids=["welsh", "polish"])
def test_a_notice_pointing_to_what_follows_in_welsh_or_polish_holds_what_it_points_to(
    tmp_path, text, label_line, pointed
):
    """A chemotherapy leaflet in Welsh or Polish, its helpline under "PWYSIG - cadwch y rhif
    hwn gyda chi bob amser" ("IMPORTANT - keep this number with you at all times"): the
    pointing words were known in English only, and the label line became a heading over the
    number, no notice said. It is a notice holding the paragraph it points to, as in English."""
    result = _imported_text(
        tmp_path, "chemo.txt", text.format(label=label_line, pointed=pointed), "ONC-0160"
    )
    assert not [b for b in result.body if b.startswith("#") and label_line[3:] in b], (
        result.body)
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    notices = [block for block in leaflet.blocks if isinstance(block, Notice)]
    assert len(notices) == 1, leaflet.blocks
    assert [plain_text(more) for more in notices[0].more] == [pointed], notices


# A catheter leaflet's numbered sections: some end on a word a sentence could go on from ("...
# is for", "... goes in"), one has only a list under it, one is long. Each is a section all the
# same: short, no full stop, numbered on from the one before, with text of its own under it.
CATHETER_SECTIONS = [
    ("What is a urinary catheter?",
     ["A catheter is a thin, soft tube that drains urine from your bladder into a bag."]),
    ("What the catheter is for",
     ["You have a catheter because your bladder cannot empty on its own after your operation."]),
    ("Looking after the skin where it goes in",
     ["Wash around the catheter with mild soap and water once a day.",
      "Do not use talcum powder or creams near the catheter."]),
    ("Emptying the bag",
     ["- empty it when it is two-thirds full", "- wash your hands before and after"]),
    ("Drinking enough to keep the urine flowing well",
     ["Drink 6 to 8 mugs of fluid a day unless your doctor has told you to drink less."]),
    ("When to get help",
     ["Call the district nurse straight away if no urine has drained for 4 hours."]),
]
CATHETER_HEADINGS = [f"{n}. {name}" for n, (name, _) in enumerate(CATHETER_SECTIONS, 1)]


def _catheter_text() -> str:
    parts = ["Going home with a urinary catheter", "Urology Department"]
    for heading, under in zip(CATHETER_HEADINGS, CATHETER_SECTIONS, strict=True):
        parts.append(heading)
        bullets = [line for line in under[1] if line.startswith("- ")]
        parts += [line for line in under[1] if not line.startswith("- ")]
        if bullets:
            parts.append("\n".join(bullets))
    return "\n\n".join(parts) + "\n"


def test_a_run_of_numbered_sections_are_all_headings_whatever_their_last_word(tmp_path):
    """A PICC leaflet's "3. Before your PICC is put in" between "## 2. ..." and "## 4. ..." had
    been a numbered list's item (its last word "in" read as a sentence going on), so section 3
    had no chapter; "2. What ... is for" ended section 1 the same way, and then "3. ..." could
    not number on from "## 2.". A run of numbered lines, each short with no full stop and its
    own text under it, numbered in sequence, are the leaflet's sections."""
    result = _imported_text(tmp_path, "catheter.txt", _catheter_text(), "URO-0301")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == CATHETER_HEADINGS
    assert [plain_text(item) for item in lists(leaflet)[0].items] == [
        "empty it when it is two-thirds full", "wash your hands before and after"
    ]
    assert "Do not use talcum powder or creams near the catheter." in body_text(leaflet)


@pytest.mark.parametrize("style", ["bold", "number", "pdf-plain"])
def test_numbered_sections_in_word_and_pdf_are_headings(tmp_path, style):
    """The same sections in Word, numbered by hand in bold or set in Word's "List Number" style
    (the sections' titles numbered by Word, their text in plain paragraphs), and in a PDF set in
    the text's own type: as list items, "2. What the catheter is for You have a catheter ..."
    had been one item, the section's title run into its text."""
    if style == "pdf-plain":
        body = []
        for heading, (_, under) in zip(CATHETER_HEADINGS, CATHETER_SECTIONS, strict=True):
            body.append(("p", heading))
            bullets = [line[2:] for line in under if line.startswith("- ")]
            body += [("p", line) for line in under if not line.startswith("- ")]
            if bullets:
                body.append(("ul", bullets))
        path = write_pdf(tmp_path / "catheter.pdf", {
            "title": "Going home with a urinary catheter", "department": "Urology Department",
            "footer": "URO-0301 Version 1", "columns": False, "body": body,
        })
    else:
        spec = [("title", "Going home with a urinary catheter"), ("para", "Urology Department")]
        for heading, (name, under) in zip(CATHETER_HEADINGS, CATHETER_SECTIONS, strict=True):
            spec.append(("bold", heading) if style == "bold" else ("number", name))
            spec += [
                ("bullet", line[2:]) if line.startswith("- ") else ("para", line)
                for line in under
            ]
        spec.append(("para", "Leaflet number: URO-0301 Version 1"))
        path = write_word(tmp_path / "catheter.docx", spec)
    leaflet, _ = imported(path.name, tmp_path)
    assert headings(leaflet) == CATHETER_HEADINGS
    assert "Drink 6 to 8 mugs of fluid a day" in body_text(leaflet)
    assert [plain_text(item) for item in lists(leaflet)[0].items] == [
        "empty it when it is two-thirds full", "wash your hands before and after"
    ]


def test_numbered_steps_with_pictures_or_notes_between_stay_a_list(tmp_path):
    """Steps are no sections, however they are set: an exercise's steps with no full stop and a
    picture under each, and steps written as sentences with a note under each, stay numbered
    lists (as headings, each step would be a chapter and the steps no longer one sequence)."""
    text = (
        "Bridging exercise\n\nPhysiotherapy\n\nDo this exercise 3 times a day.\n\n"
        "1. Lie on your back with your knees bent\n\n"
        "[Picture: a person lying on their back with their knees bent]\n\n"
        "2. Lift your bottom off the bed\n\n"
        "[Picture: a person lifting their bottom off the bed]\n\n"
        "3. Hold for 5 seconds and lower slowly\n\n"
        "[Picture: a person lowering their bottom]\n\n"
        "Using your inhaler\n\n"
        "1. Take the cap off and shake the inhaler.\n\n"
        "Shake it for about 5 seconds.\n\n"
        "2. Breathe out gently, away from the inhaler.\n\n"
        "Do not breathe into the mouthpiece.\n\n"
        "3. Press the canister as you breathe in slowly.\n\n"
        "Hold your breath for 10 seconds if you can.\n\n"
        "Giving your injection\n\n"
        "1. Wash your hands with soap and warm water\n\n"
        "Dry them on a clean towel.\n\n"
        "2. Pinch a fold of skin on your tummy or thigh\n\n"
        "Keep holding it until you have finished.\n\n"
        "3. Push the needle straight in as far as it goes\n\n"
        "Press the plunger down slowly until the syringe is empty.\n\n"
        "4. Put the used syringe in your yellow sharps bin\n\n"
        "Never put the cap back on the needle.\n"
    )
    result = _imported_text(tmp_path, "steps.txt", text, "PHY-0520")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == ["Using your inhaler", "Giving your injection"]
    numbers = [number for block in lists(leaflet) for number in block.item_numbers()]
    assert numbers == [1, 2, 3, 1, 2, 3, 1, 2, 3, 4]


# ---- small faults found in review: short items, team names, quoted notes, bans in capitals -----


def test_a_ban_heading_in_capitals_is_written_in_ordinary_case(tmp_path):
    """ "DO NOT DRINK:" over its items, in a leaflet that shouts "DO NOT" inside a sentence too
    ("After midnight, DO NOT eat anything"), had been the heading "DO NOT drink": the words of a
    ban written in capitals for weight are no name to keep in capitals, as "NHS" is."""
    text = (
        "Fasting before your operation\nDay Surgery Unit\n\nThe night before\n\n"
        "You can eat as normal until midnight. After midnight, DO NOT eat anything.\n\n"
        "On the morning of your operation\n\nYou can drink water until 6am.\n\n"
        "DO NOT DRINK:\n* Milk or milky drinks\n* Fizzy drinks\n* Alcohol\n\n"
        "Coming in\n\nBring your NHS number with you.\n"
    )
    result = _imported_text(tmp_path, "7411-fasting.txt", text, "7411")
    markdown = result.markdown()
    assert "DO NOT drink" not in markdown, markdown
    assert "Do not drink" in markdown, markdown
    assert "- Do not drink milk or milky drinks" in markdown, markdown
    assert "NHS number" in markdown


def test_the_import_notes_quote_the_leaflets_words_not_field_markup(tmp_path):
    """A note told a person the lead-in "would have held '[Name of physiotherapist:]{.field}'
    too": the notes quote what the leaflet says, each blank as the leaflet shows it, never the
    markup the import writes."""
    text = (
        "Exercises after your knee replacement\nPhysiotherapy Department\n\n"
        "Exercise 1: Knee bends\n\nBend and straighten your knee. Repeat ____ times.\n\n"
        "Do not:\nKneel on your new knee\nTwist your leg when you stand\n\n"
        "Name of physiotherapist:\nDate: ........\n"
    )
    result = _imported_text(tmp_path, "8031-knee-exercises.txt", text, "8031")
    notes = result.decisions + result.warnings
    assert any("Name of physiotherapist:" in note for note in notes), notes
    assert not any(re.search(r"\]\{[.\w=-]+\}|\{\.field\}", note) for note in notes), notes


@pytest.mark.parametrize("team", [
    "District Nurses", "Community Midwives", "Hand Therapists", "Health Visitors",
    "Children's Community Nurses",
])
def test_a_team_named_under_the_title_is_the_department(tmp_path, team):
    """ "District Nurses" on its own line under the title had been the leaflet's first heading
    ("## District Nurses"), over its opening paragraph: a team named by its staff is the
    department, as "Urology Department" there is."""
    text = (
        f"Caring for your skin at home\n\n{team}\n\n"
        "This leaflet tells you how to look after your skin.\n\n"
        "Changing position\n\nMove every two hours.\n"
    )
    result = _imported_text(tmp_path, "5301-skin-care.txt", text, "5301")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert result.front_matter["department"] == team, result.body
    assert headings(leaflet) == ["Changing position"], result.body


def test_a_short_heading_naming_nurses_in_the_text_stays_a_heading(tmp_path):
    """A section about the staff ("Your specialist nurses", "Questions for your nurses") is a
    heading in the text, never the department."""
    text = (
        "Living with a stoma\nColorectal Surgery Department\n\nYour stoma nurses\n\n"
        "You will meet the stoma nurses before your operation.\n\n"
        "Questions for your nurses\n\nWrite your questions down before you come.\n"
    )
    result = _imported_text(tmp_path, "5302-stoma.txt", text, "5302")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert result.front_matter["department"] == "Colorectal Surgery Department"
    assert headings(leaflet) == ["Your stoma nurses", "Questions for your nurses"]


def test_a_team_named_over_every_page_of_a_word_file_is_the_department(tmp_path):
    """ "Hand Therapists" in a Word file's page header names who wrote it, as "Ophthalmology
    Department" there does."""
    word = write_word(tmp_path / "HT-0210-splint.docx", [
        ("header", "Hand Therapists"),
        ("title", "Looking after your hand splint"),
        ("heading", "Wearing your splint"),
        ("body", "Wear your splint day and night for 6 weeks."),
    ])
    result = import_file(word, {"number": "HT-0210", "version": "1"})
    assert result.front_matter.get("department") == "Hand Therapists", result.decisions


def test_short_lines_under_a_lead_in_are_its_list_in_a_text_file_and_in_word(tmp_path):
    """ "Before you start you will need:" over "A firm chair" / "A rolled-up towel" / "Two
    pillows" (no bullets, each short with no full stop) had been one paragraph of three lines
    in a text file, and in Word a blank for the care team to fill in ("[... will need:]
    {.field}") with its last item a heading over the next paragraph. They are its list."""
    text = (
        "Exercises after a broken wrist\nHand Therapy\n\nGetting ready\n\n"
        "Before you start you will need:\nA firm chair\nA rolled-up towel\nTwo pillows\n\n"
        "Sit at a table with your arm resting on the towel.\n\n"
        "Your kit contains:\nA wrist splint\nA soft foam ball\n\n"
        "Wear the splint at night.\n\nYour next visit\n\nWhat to bring on the day:\n"
        "Your splint\nYour exercise sheet\n\n"
        # ... an address a line each is no list, nor are opening hours
        "If you cannot come, please write to:\nHand Therapy Department\n"
        "Leicester General Hospital\nGwendolen Road\nLeicester LE5 4PW\n\n"
        "Opening times:\nMonday to Friday\n8.30am to 4.30pm\n"
    )
    result = _imported_text(tmp_path, "4471-wrist-exercises.txt", text, "4471")
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert [[plain_text(item) for item in block.items] for block in lists(leaflet)] == [
        ["A firm chair", "A rolled-up towel", "Two pillows"],
        ["A wrist splint", "A soft foam ball"],
        ["Your splint", "Your exercise sheet"],
    ], result.body
    assert "Before you start you will need:" in result.body
    assert not field_labels(leaflet)

    word = write_word(tmp_path / "4472-pressure-care.docx", [
        ("title", "Looking after your skin at home"),
        ("heading", "Changing your position"),
        ("body", "To sit out safely you will need:"),
        ("body", "A high-backed chair"), ("body", "A pressure cushion"),
        ("body", "A footstool"),
        ("body", "Change your position at least every two hours."),
        ("heading", "Contact us"),
        ("body", "Community Nursing Team: 0116 295 4000"),
    ])
    result = import_file(word, {"number": "4472", "version": "1", "department": "District Nursing"})
    leaflet = read_leaflet(_saved(result, tmp_path), trust_parts)
    assert headings(leaflet) == ["Changing your position", "Contact us"], result.body
    assert [[plain_text(item) for item in block.items] for block in lists(leaflet)] == [
        ["A high-backed chair", "A pressure cushion", "A footstool"],
    ], result.body
    assert not field_labels(leaflet)


def test_a_sentence_wrapped_after_a_colon_in_a_pdf_column_is_no_list():
    """A PDF's narrow column that wraps a sentence after its colon ("Please bring the
    following with you:" / "Your Appointment Letter And" / "Any Medicines You Take" ...) stays
    one paragraph: its lines run on, so they are no list of things."""
    from pipeline.sources.importers.lines import SourceLine
    from pipeline.sources.importers.structure import recover

    texts = [
        ("Your eye clinic visit", None, False), ("", None, False),
        ("On the day", 2, False), ("", None, False),
        ("At your visit the nurse will look at:", None, True),
        ("Your Eye Drops And Glasses", None, True),
        ("Your Blood Pressure Reading", None, True),
        ("before you see the doctor.", None, False),
    ]
    lines = [
        SourceLine(text, f"page 1, line {n}", 0, heading or (1 if n == 1 else None), wraps=wraps)
        if text else SourceLine("", f"page 1, line {n}")
        for n, (text, heading, wraps) in enumerate(texts, start=1)
    ]
    result = recover(lines, "eye.pdf", {"number": "EYE-0312", "version": "1", "department": "Eye"})
    assert not any(block.startswith("- ") for block in result.body), result.body
