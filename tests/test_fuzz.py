"""Fuzzing the Markdown reader and the text importer: whatever a file holds, the answer is a
leaflet or one LeafletError naming the file, never a traceback. A modest budget here (the "ci"
profile in conftest.py); `python bench/fuzz_sources.py` runs the same properties far longer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import LeafletError
from pipeline.sources import trust_parts
from pipeline.sources.importers import import_file
from pipeline.sources.reader import read_leaflet

FOLDER = Path(tempfile.mkdtemp(prefix="leaflet-fuzz-"))

# Pieces real leaflets are made of, and the mistakes staff make with them.
FRAGMENTS = [
    "## Exercise 1: Flatten your back against a wall",
    "# Title again",
    "Stand with your back against a wall.",
    "> **Please speak to your physiotherapist before starting these exercises.**",
    "> [!WARNING]",
    "- Sit on a chair",
    "  - nested item",
    "1. Lift one leg",
    "![A person kneeling](images/kneel.png)",
    "![](images/none.png)",
    "![Outside](../../etc/passwd)",
    "[Aby uzyskać informacje]{lang=pl}",
    "[text]{lang=}",
    "Call [our team](tel:01162502959) on 0116 250 2959.",
    "اگر آپ کو",
    "| a | b |\n|---|---|",
    "<div>raw</div>",
    "```\ncode\n```",
    "---",
    "*",
    "\ufeff",
    "\t",
    "",
]
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
LINE = st.one_of(st.sampled_from(FRAGMENTS), TEXT)
BODY = st.lists(LINE, max_size=25).map("\n\n".join)
MONTH = st.one_of(
    st.sampled_from(["2026-02", "February 2026", "2026-02-30", "2026-13-01", "0000-02", "soon"]),
    st.from_regex(r"\A\d{1,5}-\d{1,3}(-\d{1,3})?\Z"),
    TEXT,
)
NUMBER = st.one_of(st.integers(), st.just("4" * 4301), TEXT)
FUZZING = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def front_matter(number, version, title, last, next_review, language) -> str:
    return (
        f"---\nnumber: {number}\nversion: {version}\ntitle: {title}\n"
        f"department: Physiotherapy\nlast_reviewed: {last}\nnext_review: {next_review}\n"
        f"language: {language}\n---\n\n"
    )


@FUZZING
@given(
    number=NUMBER,
    version=NUMBER,
    title=st.one_of(st.just("Knee exercises"), TEXT),
    last=MONTH,
    next_review=MONTH,
    language=st.sampled_from(["en-GB", "pl", "ur", "zz", "en GB", ""]),
    body=BODY,
)
def test_the_reader_answers_a_leaflet_or_one_message(
    number, version, title, last, next_review, language, body
):
    path = FOLDER / "501-knee-exercises.md"
    path.write_text(front_matter(number, version, title, last, next_review, language) + body)
    try:
        read_leaflet(path, trust_parts)
    except LeafletError as error:
        assert str(path) in str(error)


IMPORT_LINES = st.one_of(
    st.sampled_from(
        [
            "# Knee exercises",
            "Physiotherapy",
            "Information for Patients",
            "Last reviewed: March 2024",
            "Next review: 2026-13-01",
            "Leaflet number: 501 Version: 2",
            "Leaflet number: " + "5" * 4301,
            "Version: 99999999999999999999999",
            "- Sit on a chair",
            "1) Lift one leg",
            "**Please stop if it hurts**",
            "as shown below",
            "Health information and support is available at www.nhs.uk",
            "اگر آپ کو",
            "## Before you start",
        ]
    ),
    TEXT,
)


@FUZZING
@given(lines=st.lists(IMPORT_LINES, max_size=30))
def test_the_text_importer_answers_a_source_or_one_message(lines):
    path = FOLDER / "leaflet.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        imported = import_file(path)
    except LeafletError as error:
        assert str(path) in str(error)
        return
    source = FOLDER / imported.file_name
    source.write_text(imported.markdown(), encoding="utf-8")
    try:
        read_leaflet(source, trust_parts)
    except LeafletError as error:
        assert str(source) in str(error)
