"""Personalised sheets: a physiotherapist's values written into a leaflet's blanks for one
patient, in every format, and kept as a patient's details are kept (request folder only, for the
retention time config sets; never in the log, a file name or the shared audio cache)."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import docx
import pytest
from leaflet_files import write_source

from pipeline.build.jobs import without_values
from pipeline.cli import main
from pipeline.config import retention_days
from pipeline.errors import LeafletError
from pipeline.formats.audio.speech_script import speech_script
from pipeline.model import plain_text
from pipeline.sources import find_sources, load_leaflet
from pipeline.sources.fill import checked_values, fill_leaflet, leaflet_fields_of

FIXTURE = Path(__file__).parent / "fixtures/sources/phy-0520-ankle-exercises-after-a-sprain.md"
SLUG = FIXTURE.stem
# One patient's sheet, as the physiotherapist fills it in: the phone number is left blank.
VALUES = {
    "times": "10",
    "seconds": "30",
    "times-a-day": "3",
    "name-of-therapist": "Priya Okonkwo-Smith",
    "date-of-next-appointment": "14/03/2027",
}
SECRETS = ("Priya", "Okonkwo", "14/03/2027", "14 March 2027", "2027")


@pytest.fixture
def physio(project: Path) -> Path:
    shutil.copy(FIXTURE, project / "source" / FIXTURE.name)
    return project


def fill_args(values: dict[str, str] = VALUES) -> list[str]:
    return [arg for name, value in values.items() for arg in ("--fill", f"{name}={value}")]


def request_folders(project: Path) -> list[Path]:
    folder = project / "outputs" / "requests"
    return sorted(folder.iterdir()) if folder.is_dir() else []


# ---- what a value must be -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("seconds", "30", "30"),
        ("seconds", " 045 ", "45"),
        ("times-a-day", "3", "3"),
        ("date-of-next-appointment", "14/03/2027", "14 March 2027"),
        ("date-of-next-appointment", "2027-03-14", "14 March 2027"),
        ("date-of-next-appointment", "14 March 2027", "14 March 2027"),
        # a month and year alone, as an expiry date is written on a pen
        ("date-of-next-appointment", "2027-03", "March 2027"),
        ("date-of-next-appointment", "03/2027", "March 2027"),
        # a weekday, as appointment letters write one, is kept (it had been dropped)
        ("date-of-next-appointment", "Sunday 14 March 2027", "Sunday 14 March 2027"),
        ("date-of-next-appointment", "Sun 14th March 2027", "Sunday 14 March 2027"),
        ("date-of-next-appointment", "14th March 2027", "14 March 2027"),
        ("name-of-therapist", "Siân O'Neill-Jones", "Siân O'Neill-Jones"),
        ("phone-number-of-therapist", "0116 258 4848", "0116 258 4848"),
    ],
)
def test_a_value_is_printed_as_the_field_asks(physio, name, value, expected):
    leaflet = load_leaflet(find_sources(["PHY-0520"])[0])
    assert checked_values(leaflet, {name: value}) == {name: expected}


@pytest.mark.parametrize(
    ("name", "value", "asked"),
    [
        ("seconds", "thirty", "a whole number of seconds from 1 to 600"),
        ("seconds", "3000", "a whole number of seconds from 1 to 600"),
        ("seconds", "0", "a whole number of seconds from 1 to 600"),
        ("seconds", "2.5", "a whole number of seconds from 1 to 600"),
        ("times", "-4", "a whole number of times from 1 to 100"),
        ("times-a-day", "30", "a whole number of times a day from 1 to 24"),
        ("date-of-next-appointment", "31/02/2027", "a date, such as 14/03/2027"),
        ("date-of-next-appointment", "next Tuesday", "a date, such as 14/03/2027"),
        # a weekday that is not the date's: which did the clinic mean? (it had been dropped)
        ("date-of-next-appointment", "Monday 14 March 2027", "that date is a Sunday"),
        ("name-of-therapist", "Priya 2", "a name in letters"),
        ("name-of-therapist", "x" * 121, "a name in letters"),
        ("name-of-therapist", "Priya\x1b[31m", "a name in letters"),
        ("phone-number-of-therapist", "ring the ward", "a UK phone number"),
    ],
)
def test_a_wrong_value_is_refused_naming_its_field_and_what_it_asks(physio, name, value, asked):
    leaflet = load_leaflet(find_sources(["PHY-0520"])[0])
    with pytest.raises(LeafletError) as refused:
        checked_values(leaflet, {name: value})
    assert f"(--fill {name})" in str(refused.value) and asked in str(refused.value)
    (problem,) = refused.value.problems  # as the web form shows it beside the field
    assert problem.field.name == name and asked in problem.says and "field '" not in problem.says


def test_every_wrong_value_is_named_in_one_message_and_nothing_is_made(physio, capsys):
    code = main(
        ["request", "PHY-0520", "braille", "--fill", "seconds=thirty", "--fill", "times=500"]
    )
    error = capsys.readouterr().err
    assert code == 2 and "Traceback" not in error
    assert "(--fill seconds)" in error and "(--fill times)" in error
    assert request_folders(physio) == []


def test_a_wrong_value_names_its_field_as_the_form_and_the_leaflet_do(physio, capsys):
    """"field 'times': the value given will not do" named a blank by its internal name, where
    the web form labels it "Number of times (Exercise 1: Ankle circles)": the message says the
    label and where it is, and what to write instead, never the value given; the command line
    ends it with the --fill name, which the web form never shows."""
    code = main(
        ["request", "PHY-0520", "braille", "--fill", "times=500", "--fill", "seconds=thirty"]
    )
    error = capsys.readouterr().err
    assert code == 2 and "Traceback" not in error
    assert (
        "Number of times (Exercise 1: Ankle circles): what is written here will not do; write "
        "a whole number of times from 1 to 100 (--fill times)"
    ) in error
    assert (
        "Number of seconds (Exercise 2: Calf stretch): what is written here will not do; write "
        "a whole number of seconds from 1 to 600 (--fill seconds)"
    ) in error
    assert "500" not in error and "thirty" not in error
    leaflet = load_leaflet(find_sources(["PHY-0520"])[0])
    with pytest.raises(LeafletError) as refused:
        checked_values(leaflet, {"name-of-therapist": "Priya 2"})
    (problem,) = refused.value.problems
    assert str(problem) == (
        "Name of therapist (Your physiotherapist): what is written here will not do; write a "
        "name in letters, at most 120 characters"
    )
    assert "field" not in problem.says and "name-of-therapist" not in problem.says


def test_an_unknown_name_is_refused_with_the_leaflets_fields(physio, capsys):
    assert main(["request", "PHY-0520", "braille", "--fill", "secs=30"]) == 2
    error = capsys.readouterr().err
    assert "no field 'secs'" in error
    for field in leaflet_fields_of(load_leaflet(FIXTURE)):
        assert field.name in error
    assert request_folders(physio) == []


def test_fill_needs_name_equals_value(physio, capsys):
    assert main(["request", "PHY-0520", "braille", "--fill", "30"]) == 2
    assert "--fill takes NAME=VALUE" in capsys.readouterr().err


def test_a_leaflet_without_fields_says_so(project, capsys):
    assert main(["request", "442", "braille", "--fill", "seconds=30"]) == 2
    assert "it has no fill-in fields" in capsys.readouterr().err


def test_a_fill_file_of_values_is_read_and_a_broken_one_named(physio, tmp_path, capsys):
    leaflet = load_leaflet(FIXTURE)
    names = [field.name for field in leaflet_fields_of(leaflet)]
    assert len(names) >= 4
    broken = tmp_path / "values.yaml"
    broken.write_text("seconds: [30, 40]\n", encoding="utf-8")
    assert main(["request", "PHY-0520", "braille", "--fill-file", str(broken)]) == 2
    assert "seconds: give one value" in capsys.readouterr().err
    broken.write_text("seconds: 30\n  times: 4\n", encoding="utf-8")
    assert main(["request", "PHY-0520", "braille", "--fill-file", str(broken)]) == 2
    assert "line 2: not valid YAML" in capsys.readouterr().err


# ---- where a patient's values go, and for how long -----------------------------------------


def test_values_reach_only_the_request_folder_never_a_name_or_the_log(physio, tmp_path, capsys):
    values = tmp_path / "values.yaml"
    values.write_text(
        "times: 10\nseconds: 30\nname-of-therapist: Priya Okonkwo-Smith\n", encoding="utf-8"
    )
    code = main(
        ["request", "PHY-0520", "braille", "--fill-file", str(values), "--fill",
         "date-of-next-appointment=14/03/2027"]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    (folder,) = request_folders(physio)
    assert "Priya Okonkwo-Smith" in _braille_text(next(folder.glob("*.brf")))
    names = [path.name for path in physio.joinpath("outputs").rglob("*")]
    log = (physio / "outputs" / "request-log.csv").read_text(encoding="utf-8")
    manifest = (folder / "manifest.json").read_text(encoding="utf-8")
    for secret in SECRETS:
        # a token, not digits inside a hash or a file's size ("796497607720274828" held "2027")
        leaked = re.compile(rf"(?<!\w){re.escape(secret)}(?!\w)")
        assert not any(leaked.search(name) for name in names), names
        assert not leaked.search(log) and not leaked.search(manifest)
        assert not leaked.search(printed)
    assert folder.name.endswith("-braille-filled")  # marked as a patient's copy, by no value
    assert sorted(path.name for path in folder.glob("phy-0520-*")) == [
        "phy-0520-v1-braille-filled-proof.pdf",
        "phy-0520-v1-braille-filled.brf",
        "phy-0520-v1-braille-filled.pef",
        "phy-0520-v1-braille-filled.txt",
    ]
    (row,) = list(csv.DictReader(log.splitlines()))
    assert row["leaflet"] == SLUG and row["format"] == "braille" and row["options"] == "filled=yes"
    assert not (physio / "outputs" / SLUG).exists()  # never the leaflet's standard outputs


@pytest.mark.parametrize("fmt", ["easy-read", "accessible-html"])
def test_a_requests_check_report_names_no_value_filled_in(physio, capsys, fmt):
    """The check's report, kept in the request's manifest and shown on the web page, quoted the
    filled rows ("'Name of therapist: Priya Okonkwo-Smith.'") and listed the name among words
    to explain ("okonkwo")."""
    code = main(["request", "PHY-0520", fmt, *fill_args()])
    assert code in (0, 1), capsys.readouterr().out
    (folder,) = request_folders(physio)
    manifest = (folder / "manifest.json").read_text(encoding="utf-8").lower()
    assert "priya" not in manifest and "okonkwo" not in manifest, manifest


def test_a_check_report_keeps_its_own_words_where_a_value_shares_them():
    """A value's words were put as "[filled in]" wherever they stood, inside other words and
    as common words: a value "Take with food" made the report "6 elements [filled in] a
    language" and "[filled in]drawn"; a name's words still go wherever they stand alone."""
    report = {
        "findings": [
            "6 elements with a language",
            "rows withdrawn from the draft: 1",
            "uncommon words with no explanation: okonkwo",
            "rows with the neutral picture: 'Name of therapist: Priya Okonkwo-Smith.'",
        ],
        "passed": True,
    }
    values = {"therapist": "Priya Okonkwo-Smith", "instruction": "Take it with food"}
    said = without_values(report, values)
    assert said["findings"][:2] == report["findings"][:2]
    assert said["findings"][2] == "uncommon words with no explanation: [filled in]"
    assert "priya" not in str(said).lower() and "okonkwo" not in str(said).lower()
    assert said["passed"] is True


def test_a_piece_of_a_value_cut_or_joined_by_a_checks_quoting_is_blanked_too():
    """Only a value's whole words had been blanked: a long one-word name at 48 pt left "text
    runs past the margin near 'artholomewquayleBart'", an NHS number spaced otherwise than it
    was written stayed whole ("4765919"), and a name in a script the braille table lacks was
    spelled out letter by letter. A piece shorter than four letters names no one: a value
    "Ann" leaves the leaflet's "Anne's Ward" as it is, and "arthritis", which no name here
    begins or ends with, stays."""
    values = {
        "name-of-therapist": "Bartholomewquayle",
        "nhs-number": "943 476 5919",
        "ward": "Ann",
        "times": "10",
    }
    report = {
        "problems": [
            "page 8: text runs past the margin near 'artholomewquayleBart': a word too long",
            "page 9: text runs past the margin near 'omewquay'",
            "read back as 943476 5919 and 4765919 in 238 of 238 words",
            "Anne's Ward has 10 rooms for arthritis care",
        ],
        "passed": False,
    }
    said = without_values(report, values)
    assert said["problems"] == [
        "page 8: text runs past the margin near '[filled in]': a word too long",
        "page 9: text runs past the margin near '[filled in]'",
        "read back as [filled in] and [filled in] in 238 of 238 words",
        "Anne's Ward has 10 rooms for arthritis care",
    ]
    urdu = {"name-of-therapist": "عائشہ خان"}
    problems = [
        f"'{char}' (U+{ord(char):04X} {name}) in 'Name of therapist: [{name.lower()}]' has no "
        "braille in en-ueb-g2.ctb; the braille shows its name instead: change the source"
        for char, name in (("ع", "ARABIC LETTER AIN"), ("ش", "ARABIC LETTER SHEEN"))
    ]
    assert without_values(problems, urdu) == [  # (said once: the lines are now alike)
        "[filled in] in 'Name of therapist: [filled in]' has no braille in en-ueb-g2.ctb; the "
        "braille shows its name instead: change the source"
    ]


def test_a_long_name_at_48_pt_is_not_quoted_in_the_requests_check_report(physio, capsys):
    """A one-word name wider than a line at 48 pt: the check had said "text runs past the
    margin near 'artholomewquayleBart'". Print now divides such a word at its syllables, so the
    name is no longer quoted as running off the page; whatever the check does say of it (an
    uncommon word, a divided word) is said without any piece of it (the blanking itself:
    test_a_piece_of_a_value_cut_or_joined_by_a_checks_quoting_is_blanked_too)."""
    code = main(
        ["request", "PHY-0520", "large-print", "--size", "48",
         "--fill", "name-of-therapist=Bartholomewquaylebartholomewquayle"]
    )
    printed = capsys.readouterr().out
    assert code in (0, 1), printed
    (folder,) = request_folders(physio)
    manifest = (folder / "manifest.json").read_text(encoding="utf-8").lower()
    assert "past the margin" not in manifest
    for piece in ("bartholomew", "artholom", "omewquay", "quayle"):
        assert piece not in manifest and piece not in printed.lower()


def test_a_name_in_a_script_braille_lacks_is_not_spelled_out_in_the_check_report(
    physio, capsys
):
    """An English sheet filled in with a therapist's name in Urdu script: the braille check
    named each of its letters the table lacks ("'ع' (U+0639 ARABIC LETTER AIN) in 'Name of
    therapist: [arabic letter ain]...'"), spelling the name out on the web page."""
    code = main(["request", "PHY-0520", "braille", "--fill", "name-of-therapist=عائشہ خان"])
    printed = capsys.readouterr().out
    assert code in (0, 1), printed
    (folder,) = request_folders(physio)
    manifest = (folder / "manifest.json").read_text(encoding="utf-8")
    assert "Name of therapist: [filled in]" in manifest  # the check still says where
    for char in "عائشہخان":  # (the Arabic lines of the trust's offer of other languages stay)
        for said in (f"'{char}'", f"U+{ord(char):04X}", f"[{unicodedata.name(char).lower()}]"):
            assert said not in manifest and said not in printed


def test_a_filled_builds_failure_names_no_value(physio, tmp_path, monkeypatch, capsys):
    """A build that failed said what it was making when it failed, a patient's values in it
    ("espeak-ng could not speak 'Name of therapist: Bartholomew Quayle-Ó Dálaigh.' ..."), on
    the command line, the web page and the server's log: the failure is cleaned of the values
    as the check's report is. (espeak-ng is made to fail on that sentence, as it does when it
    crashes: the rest of the pipeline is the real one.)"""
    failing = tmp_path / "bin" / "espeak-ng"
    failing.parent.mkdir()
    failing.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = --version ]; then exec /usr/bin/espeak-ng "$@"; fi\n'
        "text=$(cat)\n"
        'case "$text" in *"Name of therapist"*)\n'
        '  echo "espeak-ng: segmentation fault" >&2; exit 139;;\n'
        "esac\n"
        'printf %s "$text" | exec /usr/bin/espeak-ng "$@"\n',
        encoding="utf-8",
    )
    failing.chmod(0o755)
    monkeypatch.setenv("PATH", f"{failing.parent}{os.pathsep}{os.environ['PATH']}")
    code = main(
        ["request", "PHY-0520", "audio", "--voice", "draft",
         "--fill", "name-of-therapist=Bartholomew Quayle-Ó Dálaigh", "--fill", "seconds=30"]
    )
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert code != 0 and "espeak-ng could not speak" in said, said
    assert "[filled in]" in said
    for piece in ("Bartholomew", "Quayle", "Dálaigh"):
        assert piece not in said
    assert request_folders(physio) == []  # nothing is kept of a failed request


def test_retention_comes_from_config_and_old_request_folders_go(physio, capsys):
    requests = physio / "outputs" / "requests"
    config = physio / "config" / "requests.yaml"
    config.write_text("keep_days: 3\n", encoding="utf-8")
    assert retention_days() == 3
    old, recent = requests / "20260101-090000-old", requests / "20260102-090000-recent"
    for folder, days in ((old, 4), (recent, 2)):
        folder.mkdir(parents=True)
        (folder / "phy-0520-v1-braille.brf").write_text("x", encoding="ascii")
        when = time.time() - days * 24 * 3600
        os.utime(folder, (when, when))
    assert main(["request", "PHY-0520", "braille", *fill_args({"times": "10"})]) == 0
    capsys.readouterr()
    assert not old.exists() and recent.exists()
    assert len(list(requests.iterdir())) == 2


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("keep_days: 0\n", "keep_days"),
        ("keep_days: a week\n", "keep_days"),
        ("keep_days: 365\n", "keep_days"),
        ("keep: 7\n", "keep"),
    ],
)
def test_a_wrong_retention_is_named_before_anything_is_made(physio, capsys, written, named):
    (physio / "config" / "requests.yaml").write_text(written, encoding="utf-8")
    assert main(["request", "PHY-0520", "braille"]) == 2
    error = capsys.readouterr().err
    assert "config/requests.yaml" in error and named in error and "Traceback" not in error
    assert request_folders(physio) == []


# ---- one patient's sheet in every format -----------------------------------------------------


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _braille_text(path: Path) -> str:
    from pipeline.formats import CheckReport
    from pipeline.formats.braille.checker import read_brf
    from pipeline.formats.braille.layout import back_translate

    pages = read_brf(path.read_bytes(), CheckReport("braille"))
    return " ".join(back_translate(line.strip(), "en-ueb-g2.ctb") for p in pages for line in p)


def _easy_read_rows(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [
        " ".join(cell.text for cell in row.cells if cell.text.strip())
        for table in document.tables
        for row in table.rows
    ]


def _spoken(path: Path) -> str:
    """The speech script, as the MP3 carries it (its ID3 lyrics frame)."""
    return path.read_bytes()[:400_000].decode("utf-8", "replace")


@pytest.mark.slow
def test_one_patients_sheet_in_every_format(physio, tmp_path, monkeypatch, capsys):
    cache = tmp_path / "audio-cache"
    monkeypatch.setenv("LEAFLET_AUDIO_CACHE", str(cache))
    made: dict[str, Path] = {}
    for name in ("large-print", "braille", "easy-read", "audio", "accessible-html"):
        extra = ["--voice", "draft"] if name == "audio" else []
        before = set(request_folders(physio))
        assert main(["request", "PHY-0520", name, *extra, *fill_args()]) == 0, capsys.readouterr()
        assert "Filled in for this patient" in capsys.readouterr().out
        (made[name],) = set(request_folders(physio)) - before

    text = " ".join(_pdf_text(next(made["large-print"].glob("*.pdf"))).split())
    assert "Repeat 10 times." in text and "Hold for 30 seconds." in text
    assert "Do these exercises 3 times a day." in text
    assert "Name of therapist: Priya Okonkwo-Smith" in text
    assert "Date of next appointment: 14 March 2027" in text
    assert "Phone number of therapist:" in text  # unfilled: its label and a line to write on

    braille = " ".join(_braille_text(next(made["braille"].glob("*.brf"))).split())
    assert "Repeat 10 times." in braille and "Hold for 30 seconds." in braille
    assert "Name of therapist: Priya Okonkwo-Smith" in braille
    assert "Date of next appointment: 14 March 2027" in braille
    assert "Phone number of therapist: (blank)" in braille

    rows = _easy_read_rows(next(made["easy-read"].glob("*.docx")))
    for row in ("Repeat 10 times.", "Hold for 30 seconds.", "Do these exercises 3 times a day.",
                "Name of therapist: Priya Okonkwo-Smith.",
                "Date of next appointment: 14 March 2027."):
        assert row in rows, rows
    # (a lone label's blank is a space to write in, its line ruled)
    assert any("number" in row and ("(blank)" in row or "space to write in" in row)
               for row in rows), rows

    spoken = _spoken(next(made["audio"].glob("*.mp3")))
    assert "Repeat ten times." in spoken and "Hold for thirty seconds." in spoken
    assert "Name of therapist: Priya Okonkwo-Smith." in spoken
    assert "Date of next appointment: the fourteenth of March twenty twenty-seven" in spoken
    assert "Phone number of therapist: your physiotherapist will fill this in" in spoken.replace(
        "fizzio-therapist", "physiotherapist"
    )
    # nothing spoken for the patient is kept in the cache every build shares
    assert not [p for p in cache.rglob("*") if p.suffix in (".pcm", ".mp3")]
    assert not list(made["audio"].glob(".patient-*"))

    html = next(made["accessible-html"].glob("*.html")).read_text(encoding="utf-8")
    assert "Repeat <strong>10\u00a0times</strong>." in html  # one item: never split in print
    assert "Name of therapist: <strong>Priya" in html
    assert 'class="field-line"' in html  # the phone number's blank


def test_a_config_folder_from_before_requests_yaml_keeps_requests_a_week(physio, capsys):
    """A trust's config folder made before config/requests.yaml existed still builds."""
    (physio / "config" / "requests.yaml").unlink()
    assert retention_days() == 7
    assert main(["request", "PHY-0520", "braille"]) == 0


def test_values_as_staff_write_them_are_taken():
    """A dose with its unit ("5mg" in "____ mg"), a phone number with its extension, a date of
    birth (before 2000, or written with dots) and an appointment's date with its time had all
    been refused."""
    from pipeline.sources.fill import LeafletField

    assert LeafletField("mg", "mg").check("5mg") == "5"
    assert LeafletField("mg", "mg").check("2.5 mg") == "2.5"
    assert LeafletField("minutes", "minutes").check("5 mins") == "5"
    assert LeafletField("tel", "Tel:").check("0113 496 0300 ext 4412") == (
        "0113 496 0300 ext 4412"
    )
    birth = LeafletField("date-of-birth", "Date of birth:")
    assert birth.check("14.05.2016") == "14 May 2016"
    assert birth.check("03/11/1956") == "3 November 1956"
    assert birth.check("14.05.56") == "14 May 1956"  # not 2056
    appointment = LeafletField("next-appointment", "Next appointment:")
    assert appointment.check("Tue 16/03/2027 at 10:30") == "Tuesday 16 March 2027 at 10:30"
    assert appointment.check("16 March 2027, 10.30am") == "16 March 2027 at 10.30am"
    with pytest.raises(LeafletError, match="a date"):
        appointment.check("16/03/1956")  # no appointment is that long ago
    with pytest.raises(LeafletError):
        LeafletField("mg", "mg").check("5ml")  # another unit is no dose in mg


def test_a_unit_written_in_with_the_value_is_not_said_twice(project, capsys):
    """ "____ to ____ mmol/L" filled "4 mmol/L" and "7 mmol/L" was said "four millimoles per
    litre to seven millimoles per litre millimoles per litre"."""
    for body, filled, said_right in (
        (
            "My target before meals: [from]{.field} to [to]{.field} mmol/L\n",
            ["--fill", "from=4 mmol/L", "--fill", "to=7 mmol/L"],
            "four millimoles per litre to seven millimoles per litre.",
        ),
        # "My usual oxygen saturation: ____ %" given "94%" was "ninety-four per cent %"
        (
            "My usual oxygen saturation: [to fill in]{.field} %\n",
            ["--fill", "to-fill-in=94%"],
            "My usual oxygen saturation: ninety-four per cent.",
        ),
    ):
        write_source(project / "source", "9301-treating-a-hypo", "Diabetes Centre",
                     f"## My plan\n\n{body}")
        assert main(["speech-script", "9301", *filled]) == 0
        said = capsys.readouterr().out
        assert said_right in said, said


def test_a_time_of_day_blank_is_not_a_count_or_a_date():
    """ "Time: ........" beside "Date: ........" was taken for a count of times (1 to 100), so
    "2:30pm" was refused; "Time of appointment:" for a date."""
    from pipeline.sources.fill import LeafletField

    for label in ("Time:", "Time of appointment:", "time"):  # "time": "at ____" imported
        field = LeafletField("time", label)
        assert field.kind == "time", label
        assert field.check("2:30pm") == "2:30pm"
        # four figures are a 24-hour time, printed with its colon: "0845" was said "eight
        # hundred and forty-five", and "14:30 hrs" "two thirty in the afternoon hrs"
        assert field.check("0845") == "08:45"
        assert field.check("14:30 hrs") == "14:30"
        assert field.check("after breakfast") == "after breakfast"
        # a time that may be the afternoon stays as written (it had become 02:30)
        assert field.check("2.30") == "2.30" and field.check("12 noon") == "12 noon"
        with pytest.raises(LeafletError, match="a time of day"):
            field.check("2530")
    assert LeafletField("time", "Appointment time:").kind == "time"
    # a follow-up "on" a day takes its date, whatever kind of follow-up it is (it asked for a
    # phone number, for its "(telephone or clinic)"); an operation "second" in order is no
    # count of seconds (it took "2", said "two", and refused a date)
    assert LeafletField("follow-up", "Follow-up (telephone or clinic) on:").kind == "date"
    assert LeafletField("second-eye", "Second eye operation (if planned):").kind == "text"
    assert LeafletField("seconds", "seconds").kind == "count"
    assert LeafletField("call-us-on", "Call us on:").kind == "phone"
    assert LeafletField("when", "Time and date:").check("Tue 14 Oct at 2.30pm") == (
        "Tue 14 Oct at 2.30pm"
    )
    assert LeafletField("times", "Times a day:").asks_for == (
        "a whole number of Times a day from 1 to 24")
    from pipeline.model import field_said

    assert field_said("time", "your nurse") == "your nurse will tell you the time"


def test_a_temperature_blank_takes_a_body_temperature_said_in_degrees_celsius():
    """A chemotherapy leaflet's temperature diary 'Temperature: ____' took '378' (37.8 with its
    point lost) and printed and said it 'three hundred and seventy-eight', and '37.8' was said
    'thirty-seven point eight' with no unit: a blank labelled a temperature takes a reading
    from 34 to 43 degrees Celsius, printed with its unit, and refuses anything else."""
    from pipeline.sources.fill import LeafletField

    for label in ("Temperature:", "Temp (°C):", "Highest temperature today:"):
        field = LeafletField("temperature", label)
        assert field.kind == "temperature", label
        assert field.check("37.8") == "37.8°C"
        assert field.check("38 °C") == field.check("38C") == field.check("38 degrees") == "38°C"
        assert field.check("37.50") == "37.5°C" and field.check("36,9") == "36.9°C"
        for wrong in ("378", "3.78", "100.4F", "100.4", "high", "38 mg"):
            with pytest.raises(LeafletError, match="a temperature in degrees Celsius from 34 to"):
                field.check(wrong)
    # a time or a date about a temperature is still a time or a date
    assert LeafletField("time", "Time you took your temperature:").kind == "time"
    assert LeafletField("date", "Date of your high temperature:").kind == "date"


def test_a_temperature_filled_in_is_said_with_its_unit_and_a_wrong_one_refused(project, capsys):
    """`leaflet speech-script ONC-... --fill temperature=378` said 'Temperature: three hundred
    and seventy-eight' and refused nothing; the refusal names the field, never the value."""
    source = project / "source" / "onc-0190-neutropenic-sepsis.md"
    source.write_text(
        "---\nnumber: ONC-0190\nversion: 1\ntitle: Infection during chemotherapy\n"
        "department: Oncology\n---\n\n## Temperature diary\n\n"
        "Write down your temperature each time you check it.\n\n"
        "[Date:]{.field}; [Temperature:]{.field}\n\n"
        "Your highest reading: [Temperature:]{.field} °C\n",
        encoding="utf-8",
    )
    assert main(["speech-script", "ONC-0190", "--fill", "temperature=378"]) == 2
    err = capsys.readouterr().err
    assert "Temperature (Temperature diary)" in err and "degrees Celsius" in err, err
    assert "378" not in err.replace("--fill temperature", ""), err
    assert main(["speech-script", "ONC-0190", "--fill", "temperature=37.8", "--fill",
                 "temperature-2=38.1"]) == 0
    said = capsys.readouterr().out
    assert "Temperature: thirty-seven point eight degrees Celsius." in said, said
    # the unit the leaflet prints after the blank is not said twice
    assert "thirty-eight point one degrees Celsius." in said, said
    assert "Celsius degrees" not in said and "Celsius Celsius" not in said, said


def test_the_speech_script_says_the_values_filled_in_for_one_patient(physio, capsys):
    """Staff check what a patient's recording says before sending it; `speech-script` could only
    show the blank leaflet ("... your physiotherapist gives you")."""
    assert main(["speech-script", "PHY-0520", *fill_args()]) == 0
    said = capsys.readouterr().out
    assert "Hold for thirty seconds" in said or "thirty seconds" in said, said
    assert "Priya Okonkwo-Smith" in said
    assert main(["speech-script", "PHY-0520"]) == 0
    assert "Priya" not in capsys.readouterr().out
    assert main(["speech-script", "PHY-0520", "--fill", "seconds=lots"]) == 2
    assert "seconds" in capsys.readouterr().err


def test_a_hospital_number_written_in_is_said_sign_by_sign(project, capsys):
    """ "RX1234567" was said "R X one million two hundred and thirty-four thousand ..."."""
    source = project / "source" / "mat-0487-movements.md"
    source.write_text(
        "---\nnumber: MAT-0487\nversion: 2\ntitle: Your baby's movements\n"
        "department: Maternity Service\n---\n\n## Your details\n\n"
        "[Hospital number:]{.field}\n",
        encoding="utf-8",
    )
    assert main(["speech-script", "MAT-0487", "--fill", "hospital-number=RX1234567"]) == 0
    said = capsys.readouterr().out
    assert "Hospital number: R X, one two three four five six seven." in said, said
    # written with spaces, as numbers are quoted ("R X one hundred and twenty-three four
    # thousand ...")
    assert main(["speech-script", "MAT-0487", "--fill", "hospital-number=RX 123 4567"]) == 0
    said = capsys.readouterr().out
    assert "Hospital number: R X, one two three, four five six seven." in said, said
    # a phone number written in is still said as one ("oh one one three", not "zero")
    assert main(["speech-script", "MAT-0487", "--fill", "hospital-number=0113 855 6000"]) == 0
    assert "oh one one three, eight five five, six oh oh oh" in capsys.readouterr().out
    # ... and in the other ways staff type them ("nine hundred and forty-three, four hundred
    # and seventy-six to five thousand ...", "rx one hundred and twenty-three ...")
    for typed, spoken in (("rx 123 4567", "R X, one two three, four five six seven"),
                          ("S123456/7", "S, one two three four five six, seven")):
        assert main(["speech-script", "MAT-0487", "--fill", f"hospital-number={typed}"]) == 0
        said = capsys.readouterr().out
        assert f"Hospital number: {spoken}." in said, said


def test_a_value_typed_with_markdowns_marks_is_said_and_shown_as_plain_text(project, capsys):
    """Staff type a free-text value as they would an e-mail: "*Do not* take with
    [grapefruit]{.field} or _cranberry_ juice" had been said with a star kept and one lost,
    the brackets and "field" read out, and "2*5mg" "twenty-five milligrams". The value is plain
    text: said as its words, and printed as typed, never made a blank or emphasis."""
    source = project / "source" / "acc-0203-warfarin-record.md"
    source.write_text(
        "---\nnumber: ACC-0203\nversion: 1\ntitle: Your warfarin record\n"
        "department: Anticoagulation Clinic\n---\n\n## Your plan\n\n"
        "Take your warfarin at 6pm each day.\n\n[Special instructions:]{.field}\n",
        encoding="utf-8",
    )
    typed = "*Do not* take with [grapefruit]{.field} or _cranberry_ juice, 2*5mg"
    assert main(["speech-script", "ACC-0203", "--fill", f"special-instructions={typed}"]) == 0
    said = capsys.readouterr().out
    assert (
        "Special instructions: Do not take with grapefruit or cranberry juice, two, each of "
        "five milligrams." in said
    ), said
    assert main(["request", "ACC-0203", "accessible-html", "--fill",
                 f"special-instructions={typed}"]) in (0, 1)
    capsys.readouterr()
    (page,) = (project / "outputs" / "requests").glob("*/*.html")
    html = page.read_text(encoding="utf-8")
    assert "<strong>*Do not* take with [grapefruit]{.field} or _cranberry_ juice, 2*5mg" in html


def test_blanks_in_a_unit_are_named_by_what_they_measure_so_two_doses_are_not_swapped(
    project, capsys
):
    """ "Paracetamol dose: ____ ml" and "Ibuprofen dose: ____ ml" were fields "ml" and "ml-2"."""
    source = project / "source" / "ent-0290-tonsillectomy.md"
    source.write_text(
        "---\nnumber: ENT-0290\nversion: 1\ntitle: Your child's tonsillectomy\n"
        "department: Children's ENT\n---\n\n## Pain relief\n\n"
        "Your child's paracetamol dose: [ml]{.field}\n\n"
        "Your child's ibuprofen dose: [ml]{.field}\n\nBisoprolol [mg]{.field} once a day\n\n"
        # the medicine named first, then what to do with its dose (they were "give-ml" and
        # "give-ml-2": the two medicines' doses easily swapped)
        "Paracetamol (120 mg in 5ml): give [ml]{.field} every 4 to 6 hours.\n\n"
        "Ibuprofen (100 mg in 5 ml): give your child [ml]{.field} every 8 hours.\n\n"
        "- Ibuprofen suspension 100mg/5ml: give [ml]{.field} three times a day.\n",
        encoding="utf-8",
    )
    fields = leaflet_fields_of(load_leaflet(source))
    assert [f.name for f in fields] == [
        "paracetamol-dose-ml", "ibuprofen-dose-ml", "bisoprolol-mg", "paracetamol-ml",
        "ibuprofen-ml", "ibuprofen-suspension-ml",
    ]
    assert fields[0].form_label == "Paracetamol dose in ml (Pain relief)"
    assert main(["speech-script", "ENT-0290", "--fill", "ibuprofen-dose-ml=5"]) == 0
    said = capsys.readouterr().out
    assert "Your child's ibuprofen dose: five millilitres" in said, said


def test_a_range_of_blanks_in_a_unit_is_named_and_checked_as_one(project):
    """ "Your target blood sugar before breakfast is ____ to ____ mmol/L" gave fields
    "to-fill-in" and "to-fill-in-2" that took anything ("banana" was printed as a target)."""
    source = project / "source" / "mat-0019-gestational-diabetes.md"
    source.write_text(
        "---\nnumber: MAT-0019\nversion: 1\ntitle: Gestational diabetes\n"
        "department: Antenatal Diabetes Clinic\n---\n\n## Your targets\n\n"
        "Your target blood sugar before breakfast is [to fill in]{.field} to "
        "[to fill in]{.field} mmol/L.\n\n"
        "Your target 1 hour after meals is below [to fill in]{.field} mmol/L.\n",
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    fields = leaflet_fields_of(leaflet)
    assert [f.name for f in fields] == [
        "before-breakfast-lowest-mmol-l", "before-breakfast-highest-mmol-l",
        "after-meals-mmol-l",
    ]
    assert fields[0].form_label == "Before breakfast, lowest in mmol/L (Your targets)"
    with pytest.raises(LeafletError, match="before-breakfast-lowest-mmol-l"):
        fill_leaflet(leaflet, {"before-breakfast-lowest-mmol-l": "banana"})
    filled = fill_leaflet(
        leaflet, {"before-breakfast-lowest-mmol-l": "4", "before-breakfast-highest-mmol-l": "5.3"}
    )
    assert "is 4 to 5.3 mmol/L." in plain_text(filled.blocks[1].spans), filled.blocks[1]


def test_a_day_blank_and_a_form_rows_last_unit_keep_each_blank_its_own_label(tmp_path):
    """ "My dose is ____ mg on ____ (day)" asked for a whole number of days ("Monday" was
    refused, "1" said "on one day"); "Time given ____ Medicine ____ Dose ____ ml" shifted each
    label a blank along (the medicine's blank took a number of doses)."""
    from pipeline.sources import trust_parts
    from pipeline.sources.importers import import_file
    from pipeline.sources.reader import read_leaflet

    path = tmp_path / "methotrexate.txt"
    path.write_text(
        "Methotrexate: taking it safely\n\nRheumatology\n\nLeaflet number: RH-0442 "
        "Version: 1\n\nYour doses\n\nYour dose is ____ mg on ____ (day) each week.\n\n"
        "Record of doses\n\nTime given ________   Medicine ________   Dose ________ ml\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    source = tmp_path / result.file_name
    source.write_text(result.markdown(), encoding="utf-8")
    fields = {f.name: f for f in leaflet_fields_of(read_leaflet(source, trust_parts))}
    assert list(fields) == ["dose-mg", "day-of-the-week", "time-given", "medicine", "dose-ml"]
    assert fields["day-of-the-week"].check("Monday") == "Monday"
    assert fields["medicine"].check("Paracetamol") == "Paracetamol"
    assert fields["dose-ml"].check("5") == "5"


def test_eye_drops_blanks_are_named_and_one_is_said_as_one(tmp_path, capsys, project):
    """ "Put ____ drop(s) in your ____ eye, ____ times a day": two blanks were both named
    "to-fill-in" (so a swapped value was taken), "Name of drops:" refused "Chloramphenicol
    0.5%" as no person's name, and one drop was said "one drops"."""
    from pipeline.sources.importers import import_file

    path = tmp_path / "drops.txt"
    path.write_text(
        "Using your eye drops\n\nEye Clinic\n\nLeaflet number: OPH-0077 Version: 1\n\n"
        "Your drops\n\nName of drops: ____________\n\n"
        "Put ____ drop(s) in your ____ eye, ____ times a day.\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    (project / "source" / result.file_name).write_text(result.markdown(), encoding="utf-8")
    assert main(["fields", "OPH-0077"]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["name-of-drops", "drops", "which-eye", "times-a-day"]
    assert main(["speech-script", "OPH-0077", "--fill", "name-of-drops=Chloramphenicol 0.5%",
                 "--fill", "drops=1", "--fill", "which-eye=left", "--fill", "times-a-day=1"]) == 0
    said = capsys.readouterr().out
    assert "Put one drop in your left eye, once a day." in said, said
    assert "Chloramphenicol zero point five per cent" in said


def test_values_in_a_fill_file_are_taken_as_typed_and_checked_as_the_nhs_writes_them(tmp_path):
    """A file of values was read as YAML types: hospital number 0012345 became 5349 (octal),
    "010" seconds 8, "14:30" was refused as 870; an NHS number with a wrong digit was printed;
    a name with a line break was cut short; "5.0 mg" kept its trailing zero."""
    from pipeline.sources.fill import LeafletField, values_from_file

    path = tmp_path / "values.yaml"
    path.write_text("hospital-number: 0012345\nseconds: 010\ntime: 14:30\nname: No\n",
                    encoding="utf-8")
    assert values_from_file(path) == {
        "hospital-number": "0012345", "seconds": "010", "time": "14:30", "name": "No"
    }
    nhs = LeafletField("nhs-number", "NHS number:")
    assert nhs.check("943-476-5919") == "943 476 5919"
    with pytest.raises(LeafletError, match="its last digit does not match"):
        nhs.check("943 476 5918")
    with pytest.raises(LeafletError, match="on one line"):
        LeafletField("name", "Name:").check("Siobhan\nO'Neill")
    dose = LeafletField("dose-mg", "mg")
    assert [dose.check(v) for v in ("5.0", "02.5", "0.5", "1.000")] == ["5", "2.5", "0.5", "1"]


def test_a_weeks_dose_boxes_are_named_by_their_day(project, capsys):
    """A table of a day and its dose made seven fields "mg" to "mg-7", each labelled "Dose in
    mg" on the web form: one day's dose was easily put in another's box."""
    source = project / "source" / "hae-0118-warfarin.md"
    source.write_text(
        "---\nnumber: HAE-0118\nversion: 1\ntitle: Your warfarin doses\n"
        "department: Anticoagulant Clinic\n---\n\n## Your doses this week\n\n"
        "| Day | Dose |\n|---|---|\n| Monday | [mg]{.field} |\n| Tuesday | [mg]{.field} |\n",
        encoding="utf-8",
    )
    fields = leaflet_fields_of(load_leaflet(source))
    assert [f.name for f in fields] == ["monday-mg", "tuesday-mg"]
    assert fields[1].form_label == "Tuesday in mg (Your doses this week)"
    assert main(["speech-script", "HAE-0118", "--fill", "tuesday-mg=3"]) == 0
    said = capsys.readouterr().out
    assert "Day: Tuesday.\nDose: three milligrams." in said, said


def test_a_blank_for_a_day_takes_a_day_never_a_number_of_them(project, capsys):
    """ "Stop your iron tablets on [day]" was a count on the form ("Number of day", "a whole
    number of day from 1 to 365"), so "Monday" was refused: a day is a day of the week or a
    date; "[days]" is still a count."""
    source = write_source(
        project / "source", "9634-iron-tablets-before-your-operation", "Pre-operative Assessment",
        "## Before your operation\n\nStop your iron tablets on [day]{.field}.\n\n"
        "Come back to the clinic on [day]{.field} at [time]{.field}.\n\n"
        "Start them again [days]{.field} after your operation.\n",
    )
    fields = {f.name: f for f in leaflet_fields_of(load_leaflet(source))}
    assert fields["day"].kind == "text" and fields["day"].form_label == (
        "Day (Before your operation)")
    assert fields["day"].check("Monday") == "Monday"
    assert fields["days"].kind == "count"
    assert fields["days"].form_label == "Number of days (Before your operation)"
    assert main(["speech-script", "9634", "--fill", "day=Monday", "--fill",
                 "day-2=Tuesday 3 June", "--fill", "time=2pm", "--fill", "days=3"]) == 0
    said = capsys.readouterr().out
    assert "Stop your iron tablets on Monday." in said, said
    assert "Come back to the clinic on Tuesday the third of June at two in the afternoon." in said
    assert "Start them again three days after your operation." in said, said


def test_a_number_written_with_a_thousands_comma_is_taken():
    from pipeline.sources.fill import LeafletField

    # "1,000" mg of lithium as a prescriber writes it had been refused
    assert LeafletField("lithium-dose-mg", "mg").check("1,000") == "1000"
    assert LeafletField("steps", "steps").check("2,500") == "2500"
    # a heparin dose in units ("Dose: ____ units once a day") had been a count of doses, 1 to 20
    assert LeafletField("dose-units", "units").check("5,000") == "5000"
    assert LeafletField("insulin-dose-units", "units").check("7.5") == "7.5"
    with pytest.raises(LeafletError):
        LeafletField("seconds", "seconds").check("1,0")


def test_a_time_written_with_am_or_pm_makes_the_printed_choice(project, capsys):
    """ "Your test is at ____ am" given "9.15am" was said "nine fifteen in the morning am"."""
    source = project / "source" / "path-3304-ogtt.md"
    source.write_text(
        "---\nnumber: PATH-3304\nversion: 1\ntitle: Your glucose tolerance test\n"
        "department: Phlebotomy\n---\n\nYour test is at [time]{.field} am.\n\n"
        "Temperature taken at [time]{.field} am/pm.\n",
        encoding="utf-8",
    )
    assert main(["speech-script", "PATH-3304", "--fill", "time=9.15am", "--fill",
                 "time-2=2.30pm"]) == 0
    said = capsys.readouterr().out
    assert "Your test is at nine fifteen in the morning." in said, said
    assert "Temperature taken at two thirty in the afternoon." in said, said


def test_values_filled_in_a_form_row_are_said_apart(project, capsys):
    """ "Name: Sarah O'Neill Phone: ..." ran the name into "Phone", as if part of her surname."""
    source = project / "source" / "mh-0457-safety-plan.md"
    source.write_text(
        "---\nnumber: MH-0457\nversion: 1\ntitle: My safety plan\n"
        "department: Crisis Team\n---\n\n## People I can call\n\n"
        "[Name:]{.field} [Phone:]{.field}\n\n[Date:]{.field} [Time:]{.field}\n",
        encoding="utf-8",
    )
    assert main(["speech-script", "MH-0457", "--fill", "name=Sarah O'Neill", "--fill",
                 "phone=07700 900123", "--fill", "date=14/03/2027", "--fill", "time=0845"]) == 0
    said = capsys.readouterr().out
    assert "Name: Sarah O'Neill, Phone: oh seven seven oh oh" in said, said
    assert "fourteenth of March twenty twenty-seven, Time: eight forty-five" in said, said


def test_blanks_left_unnamed_in_a_table_are_named_by_their_column_and_row(project):
    """A dosing diary's row of blanks, and a week's dose boxes, were fields "to-fill-in" to
    "to-fill-in-8", each labelled "To fill in" on the web form: a nurse could put Wednesday's
    dose under Monday. A blank the importer could not name is named by its column's heading
    (and its row's name, where the row has one)."""
    source = write_source(
        project / "source",
        "2207-taking-warfarin",
        "Anticoagulant Clinic",
        "## My dosing diary\n\n"
        "| Date | INR | Dose (mg) |\n|---|---|---|\n| 03/03/2026 | 2.4 | 5 |\n"
        "| [to fill in]{.field} | [to fill in]{.field} | [to fill in]{.field} |\n"
        "| [to fill in]{.field} | [to fill in]{.field} | [to fill in]{.field} |\n\n"
        "## My week\n\n| Day | Dose |\n|---|---|\n| Monday | [to fill in]{.field} |\n"
        "| Wednesday | [to fill in]{.field} |\n",
    )
    fields = leaflet_fields_of(load_leaflet(source))
    assert [f.name for f in fields] == [
        "date", "inr", "dose-mg", "date-2", "inr-2", "dose-mg-2", "monday-dose", "wednesday-dose",
    ]
    assert fields[0].kind == "date"
    assert fields[6].form_label == "Monday: Dose (My week)"
    assert main(["speech-script", "2207", "--fill", "wednesday-dose=3", "--fill",
                 "date-2=10/03/2026"]) == 0


def test_a_rows_several_blanks_are_named_by_their_columns_too(project):
    """A fluid chart's row "Afternoon | ____ ml | ____ ml" (amount, running total) made fields
    "afternoon-ml" and "afternoon-ml-2", and a blood pressure diary's readings "reading" to
    "reading-24": which box was which could not be told. Where a row holds several blanks,
    each is named by its column as well."""
    source = write_source(
        project / "source",
        "2288-your-fluid-allowance",
        "Renal Unit",
        "## My fluid chart\n\n"
        "| Time | Amount (ml) | Running total (ml) |\n|---|---|---|\n"
        "| Afternoon | [ml]{.field} | [ml]{.field} |\n\n## My blood pressure\n\n"
        "| Day | Morning | Evening |\n|---|---|---|\n"
        "| Monday | [reading]{.field} | [reading]{.field} |\n"
        "| Tuesday | [reading]{.field} | [reading]{.field} |\n",
    )
    fields = leaflet_fields_of(load_leaflet(source))
    assert [f.name for f in fields] == [
        "afternoon-amount-ml", "afternoon-running-total-ml", "monday-morning-reading",
        "monday-evening-reading", "tuesday-morning-reading", "tuesday-evening-reading",
    ]
    assert fields[1].form_label == "Afternoon running total in ml (My fluid chart)"
    assert fields[3].form_label == "Monday evening: reading (My blood pressure)"


def test_two_blanks_of_one_sentence_are_named_by_the_time_of_day_after_each(project):
    """ "I take ____ puffs in the morning and ____ puffs at night": the fields were "puffs" and
    "puffs-2", both "Number of puffs" on the web form, a child's morning and night doses easily
    swapped."""
    source = write_source(
        project / "source",
        "0908-my-asthma-action-plan",
        "Children's Respiratory Service",
        "## My medicines\n\n"
        "I take [puffs]{.field} in the morning and [puffs]{.field} at night, every day.\n\n"
        "## Exercise 2\n\nRepeat [times]{.field}.\n",
    )
    fields = leaflet_fields_of(load_leaflet(source))
    assert [f.name for f in fields] == ["puffs-in-the-morning", "puffs-at-night", "times"]
    assert fields[1].form_label == "Number of puffs at night (My medicines)"
    assert fields[0].kind == "count"
    assert main(["speech-script", "0908", "--fill", "puffs-at-night=1", "--fill",
                 "puffs-in-the-morning=2"]) == 0


@pytest.mark.parametrize(
    ("given", "printed", "said"),
    [
        ("2 to 4", "2 to 4 puffs", "two to four puffs"),
        ("2-4", "2 to 4 puffs", "two to four puffs"),
        ("2 \u2013 4", "2 to 4 puffs", "two to four puffs"),
        ("1 or 2", "1 or 2 puffs", "one or two puffs"),
        ("10 TO 20", "10 to 20 puffs", "ten to twenty puffs"),
    ],
)
def test_a_count_of_doses_takes_a_prescribed_range(project, capsys, given, printed, said):
    """ "Give ____ puffs of the blue reliever inhaler when your child needs it" given "2 to 4"
    was refused ("give a whole number of puffs from 1 to 20"): a prescription's range is a
    dose, each end checked; a dash is written "to", so it is said and brailled as a range."""
    write_source(
        project / "source", "0910-my-childs-asthma-plan", "Children's Respiratory Service",
        "## When your child is wheezy\n\n"
        "Give [puffs]{.field} of the blue reliever inhaler when your child needs it.\n",
    )
    leaflet = load_leaflet(find_sources(["0910"])[0])
    assert checked_values(leaflet, {"puffs": given}) == {"puffs": printed.removesuffix(" puffs")}
    assert main(["speech-script", "0910", "--fill", f"puffs={given}"]) == 0
    assert f"Give {said} of the blue reliever inhaler" in capsys.readouterr().out
    before = set(request_folders(project))
    assert main(["request", "0910", "braille", "--fill", f"puffs={given}"]) == 0
    (made,) = set(request_folders(project)) - before
    braille = " ".join(_braille_text(next(made.glob("*.brf"))).split())
    assert f"Give {printed} of the blue reliever inhaler" in braille, braille


@pytest.mark.slow
def test_a_range_of_puffs_is_printed_in_large_print(project, capsys):
    """The range filled in, in the large print sheet's sentence."""
    write_source(
        project / "source", "0910-my-childs-asthma-plan", "Children's Respiratory Service",
        "## When your child is wheezy\n\n"
        "Give [puffs]{.field} of the blue reliever inhaler when your child needs it.\n",
    )
    assert main(["request", "0910", "large-print", "--fill", "puffs=2-4"]) == 0
    (made,) = request_folders(project)
    text = " ".join(_pdf_text(next(made.glob("*.pdf"))).split())
    assert "Give 2 to 4 puffs of the blue reliever inhaler" in text, text


@pytest.mark.parametrize(
    ("label", "given", "asked"),
    [
        ("puffs", "4 to 2", "a range with the lower number first"),
        ("puffs", "2 to 2", "a range with the lower number first"),
        ("puffs", "0 to 2", "a whole number of puffs from 1 to 20, or a range such as 2 to 4"),
        ("puffs", "2 to 40", "a whole number of puffs from 1 to 20, or a range such as 2 to 4"),
        ("puffs", "two to four", "a whole number of puffs from 1 to 20"),
        ("puffs", "2 to 4.5", "a whole number of puffs from 1 to 20"),
        ("tablets", "1 or 3 or 4", "a whole number of tablets from 1 to 20"),
        ("drops", "1 to 11", "a whole number of drops from 1 to 10, or a range"),
        # a count that is no medicine's dose takes one number, as before
        ("seconds", "10 to 20", "a whole number of seconds from 1 to 600"),
        ("times a day", "2 to 3", "a whole number of times a day from 1 to 24"),
    ],
)
def test_a_range_is_checked_at_each_end_and_in_its_order(project, label, given, asked):
    """ "4 to 2 puffs" is no prescription, nor "0 to 2"; each end of a range is in the count's
    range, the lower first, and only a medicine's doses take one."""
    source = write_source(
        project / "source", "0911-your-medicines", "Pharmacy",
        f"## Your medicines\n\nTake [{label}]{{.field}} as your doctor told you.\n",
    )
    (field,) = leaflet_fields_of(load_leaflet(source))
    with pytest.raises(LeafletError) as refused:
        checked_values(load_leaflet(source), {field.name: given})
    assert asked in str(refused.value), str(refused.value)


def test_a_count_is_named_by_its_lines_lead_in_so_two_inhalers_are_told_apart(project, capsys):
    """An asthma plan's "Reliever inhaler (blue): ____ puffs when your child needs it" under
    "Preventer inhaler (brown): ____ puffs in the morning and ____ puffs at night" had been
    "Number of puffs" beside "Number of puffs in the morning" on the form, nothing saying
    which inhaler either was: a child's reliever dose easily written as the preventer's. Each
    count is named by its line's lead-in; a lead-in asking the reader to take note names
    nothing."""
    from pipeline.sources.importers import import_file

    path = project / "asthma.txt"
    path.write_text(
        "My child's asthma action plan\n\nChildren's Respiratory Service\n\n"
        "Leaflet number: RES-0217 Version: 3\n\nYour child's medicines\n\n"
        "Preventer inhaler (brown): ______ puffs in the morning and ______ puffs at night, "
        "every day, even when they are well.\n"
        "Reliever inhaler (blue): ______ puffs when your child needs it\n\n"
        "If your child is wheezy\n\nImportant: give ______ puffs, one at a time.\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    (project / "source" / result.file_name).write_text(result.markdown(), encoding="utf-8")
    fields = leaflet_fields_of(load_leaflet(find_sources(["RES-0217"])[0]))
    assert [(f.name, f.form_label) for f in fields] == [
        ("preventer-inhaler-puffs-in-the-morning",
         "Preventer inhaler (brown): number of puffs in the morning (Your child's medicines)"),
        ("preventer-inhaler-puffs-at-night",
         "Preventer inhaler (brown): number of puffs at night (Your child's medicines)"),
        ("reliever-inhaler-puffs",
         "Reliever inhaler (blue): number of puffs (Your child's medicines)"),
        ("puffs", "Number of puffs (If your child is wheezy)"),
    ]
    assert all(f.kind == "count" for f in fields)
    assert main(["fields", "RES-0217"]) == 0
    assert "reliever-inhaler-puffs\tReliever inhaler (blue): puffs\t" in capsys.readouterr().out
    assert main(["speech-script", "RES-0217", "--fill", "reliever-inhaler-puffs=2 to 4",
                 "--fill", "preventer-inhaler-puffs-in-the-morning=2"]) == 0
    said = capsys.readouterr().out
    assert "Reliever inhaler (blue): two to four puffs when your child needs it" in said, said
    assert "Preventer inhaler (brown): two puffs in the morning and" in said, said


def test_a_blank_after_is_called_is_named_as_the_thing_it_names(project):
    """ "My preventer inhaler (brown or orange) is called ____": the field was "to-fill-in",
    "To fill in" on the web form; a medicine's name may hold figures ("Clenil 100")."""
    source = write_source(
        project / "source",
        "0908-my-asthma-action-plan",
        "Children's Respiratory Service",
        "## My medicines\n\n"
        "My preventer inhaler (brown or orange) is called [to fill in]{.field}.\n",
    )
    (field,) = leaflet_fields_of(load_leaflet(source))
    assert field.name == "name-of-preventer-inhaler"
    assert field.form_label == "Name of preventer inhaler (My medicines)"
    assert field.kind == "text"
    assert main(["speech-script", "0908", "--fill", "name-of-preventer-inhaler=Clenil 100"]) == 0


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("Your consultant's name is [to fill in]{.field}.", "name-of-consultant",
         "Name of consultant (Your care)"),
        ("Your named nurse is called [to fill in]{.field}.", "name-of-named-nurse",
         "Name of named nurse (Your care)"),
        ("The clinic you will attend is named [to fill in]{.field}.",
         "name-of-clinic-you-will-attend", "Name of clinic you will attend (Your care)"),
    ],
)
def test_a_blank_for_a_name_is_named_as_the_thing_it_names(project, sentence, name, label):
    """ "Your consultant's name is ____" asks for a name, as "... is called ____" does: the
    form's field is the consultant's name, and the recording says who will tell you it."""
    source = write_source(
        project / "source", "0910-your-stay", "Surgery", f"## Your care\n\n{sentence}\n"
    )
    leaflet = load_leaflet(source)
    (field,) = leaflet_fields_of(leaflet)
    assert (field.name, field.form_label) == (name, label)
    said = " ".join(u.text for u in speech_script(leaflet).utterances)
    assert "will tell you the name." in said, said


def _imported_fields(tmp_path: Path, lines: str) -> dict:
    """The fields of a text leaflet with `lines` under its first heading, as imported."""
    from pipeline.sources import trust_parts
    from pipeline.sources.importers import import_file
    from pipeline.sources.reader import read_leaflet

    path = tmp_path / "rescue-plan.txt"
    path.write_text(
        "Your seizure rescue plan\n\nPaediatric Neurology\n\nLeaflet number: NEU-0320 "
        f"Version: 1\n\nYour plan\n\n{lines}\n",
        encoding="utf-8",
    )
    result = import_file(path, {})
    source = tmp_path / result.file_name
    source.write_text(result.markdown(), encoding="utf-8")
    return {f.name: f for f in leaflet_fields_of(read_leaflet(source, trust_parts))}


def test_a_labelled_blank_keeps_its_unit_and_each_blank_its_own_label(tmp_path):
    """ "My current dose: ______ mg  Next blood test: ____" gave a field "my-current-dose" with
    no unit ("three hundred mg daily" was taken, and said "... mg daily mg") and the next
    blank "to-fill-in"; "Weight: ____ kg   Dose: ____ mg (____ ml)" gave "kg-dose-mg" and
    "mg-ml", the weight's unit read as the dose's name."""
    fields = _imported_fields(
        tmp_path,
        "Weight: ________ kg   Dose: ________ mg (________ ml)\n\n"
        "My usual dose: ________ mg   Next INR check: ____________",
    )
    assert list(fields) == ["weight-kg", "dose-mg", "dose-ml", "usual-dose-mg", "next-inr-check"]
    assert fields["weight-kg"].check("32.5") == "32.5"
    assert fields["dose-ml"].form_label == "Dose in ml (Your plan)"
    assert fields["usual-dose-mg"].check("300") == "300"
    with pytest.raises(LeafletError, match=r"^Usual dose in mg \(Your plan\): "):
        fields["usual-dose-mg"].check("three hundred mg daily")


@pytest.mark.parametrize(("line", "name"), [
    ("Plan written by (nurse/doctor): ____________________", "plan-written-by-nurse-doctor"),
    ("My son\u2019s reliever inhaler is called ______________.", "name-of-reliever-inhaler"),
    ("Peak flow: best ________ L/min. Below half of it, call 999.", "best-peak-flow"),
    ("Catheter type: urethral / suprapubic (please circle)   Size: ______ Ch", "size"),
    ("Surgeon: Mr/Ms ________________", "surgeon"),
    ("You have had ____ wisdom tooth/teeth removed.", "number-of-wisdom-teeth"),
])
def test_a_blank_is_named_by_its_label_in_the_shapes_forms_write_it(tmp_path, line, name):
    """Each of these blanks was a field "to-fill-in" ("-2", "-3" after it): a label with its
    who in brackets, a child's inhaler "is called" with a curly apostrophe, a label with a
    word after its colon, a label after a bracket, a surgeon's title before the blank, and a
    count of teeth written "tooth/teeth"."""
    fields = _imported_fields(tmp_path, line)
    assert list(fields) == [name]


def test_a_blank_before_a_unit_is_a_measure_in_it_whatever_word_comes_before(tmp_path):
    """ "Tube position mark checked (should be at ____ cm)" was a field "time" ("at ____" asks
    for a time of day): 45 was refused, "09:45" taken, and the recording said "your care team
    will tell you the time, in centimetres". A unit after a blank makes it a measure in that
    unit, named by the words before it."""
    fields = _imported_fields(
        tmp_path,
        "Balloon water checked each week (should be at ______ ml)\n\n"
        "Measure the length of your child's nasogastric tube: it should be at ______ cm at the "
        "nostril.",
    )
    assert list(fields) == ["balloon-water-ml", "nasogastric-tube-cm"]
    tube = fields["nasogastric-tube-cm"]
    assert (tube.kind, tube.check("45"), tube.check("45 cm")) == ("decimal", "45", "45")
    assert tube.form_label == "Nasogastric tube in cm (Your plan)"
    with pytest.raises(LeafletError, match=r"^Nasogastric tube in cm \(Your plan\): "):
        tube.check("09:45")


def test_a_blank_before_a_rate_takes_the_whole_rate_as_its_unit(tmp_path, project, capsys):
    """ "Run the pump at ____ ml/hour" was a field "pump-at-ml" with "/hour" left in the text
    after it: the recording said "the number of millilitres your care team gives you /hour",
    and filled in, "one hundred millilitres a hour"."""
    fields = _imported_fields(
        tmp_path,
        "Set the feeding pump to ______ ml/hr overnight.\n\n"
        "Turn your oxygen flow up to ______ L/min when you walk.\n\n"
        "Ibuprofen dose: ______ mg/kg",
    )
    assert list(fields) == ["feeding-pump-ml-hr", "oxygen-flow-l-min", "ibuprofen-dose-mg-kg"]
    pump = fields["feeding-pump-ml-hr"]
    assert (pump.kind, pump.check("100"), pump.check("100 ml/hr")) == ("decimal", "100", "100")
    assert pump.form_label == "Feeding pump in ml/hr (Your plan)"
    assert fields["oxygen-flow-l-min"].check("2") == "2"
    with pytest.raises(LeafletError, match=r"^Feeding pump in ml/hr \(Your plan\): "):
        pump.check("fast")
    write_source(project / "source", "9302-caring-for-your-feeding-tube", "Nutrition and "
                 "Dietetics", "## Your feed\n\nRun the pump at [ml/hour]{.field} for "
                 "[hours]{.field}.\n")
    assert main(["speech-script", "9302"]) == 0
    said = capsys.readouterr().out
    assert ("Run the pump at the number of millilitres an hour your care team gives you for "
            "the number of hours your care team gives you.") in said, said
    assert main(["speech-script", "9302", "--fill", "pump-ml-hour=100"]) == 0
    said = capsys.readouterr().out
    assert "Run the pump at one hundred millilitres an hour for" in said, said


def test_a_blank_after_sets_of_counts_repetitions(tmp_path):
    """ "Start with ____ sets of ____ and increase by 1-2 repetitions" gave fields "sets" and
    "to-fill-in", said "the number of sets your physiotherapist gives you of, your
    physiotherapist will fill this in"."""
    fields = _imported_fields(
        tmp_path,
        "Begin with ______ sets of ______ and add 2 repetitions each week.\n\n"
        "Then do ______ sets of ______ reps, resting between sets.",
    )
    assert list(fields) == ["sets", "repetitions", "sets-2", "reps"]
    assert fields["repetitions"].kind == "count"
    assert fields["repetitions"].check("12") == "12"


def test_twin_measures_of_a_sentence_and_a_hint_in_brackets_name_their_blanks(tmp_path):
    """ "My dose: ____ mg in the morning and ____ mg at night" named the night's blank
    "in-morning-mg-at-night" (from the morning's words); "Your feed is ____ (name of feed)"
    and "Your follow-up appointment is on: ____" were "to-fill-in"."""
    fields = _imported_fields(
        tmp_path,
        "My lamotrigine dose: ______ mg in the morning and ______ mg at night\n\n"
        "Your supplement drink is ____________ (name of drink), 2 bottles a day.\n\n"
        "Your follow-up appointment is on: ____________ at ______ (time)",
    )
    assert list(fields) == [
        "lamotrigine-dose-mg-in-the-morning", "lamotrigine-dose-mg-at-night", "name-of-drink",
        "your-follow-up-appointment-is-on", "time",
    ]
    assert fields["name-of-drink"].check("Ensure Plus 2.0") == "Ensure Plus 2.0"
    assert fields["your-follow-up-appointment-is-on"].kind == "date"


def test_a_blank_in_a_concentration_is_a_measure_in_it_named_by_what_it_measures(tmp_path):
    """ "Your Hb before the transfusion: ____ g/L" had imported as "[g]{.field}/L", a field in
    grams said "the number of grams ... /L"; "My target potassium: ____ mmol/L" as a label over
    text, any words taken ("banana" was a potassium target). A concentration after a blank is
    its unit whole, the field named by what it measures ("Vitamin D level", not "D level"; not
    "Meals below", what is compared), a number checked in its range and said in it."""
    fields = _imported_fields(
        tmp_path,
        "Your Hb before the transfusion: ______ g/L\n\n"
        "My target potassium: ______ mmol/L\n\n"
        "Vitamin D level: ______ nmol/L\n\n"
        "Your target 1 hour after meals is below ______ mmol/L.",
    )
    assert list(fields) == [
        "before-transfusion-g-l", "target-potassium-mmol-l", "vitamin-d-level-nmol-l",
        "after-meals-mmol-l",
    ]
    assert fields["vitamin-d-level-nmol-l"].form_label == "Vitamin D level in nmol/L (Your plan)"
    assert fields["vitamin-d-level-nmol-l"].check("72") == "72"
    with pytest.raises(LeafletError, match=r"^Target potassium in mmol/L \(Your plan\): "):
        fields["target-potassium-mmol-l"].check("banana")
    source = next(tmp_path.glob("neu-0320-*.md"))
    said = " ".join(u.text for u in speech_script(load_leaflet(source)).utterances)
    assert "the number of grams per litre your care team gives you" in said, said
    assert "My target potassium: the number of millimoles per litre" in said, said
    assert "/L" not in said, said


def test_a_plural_a_verb_takes_so_many_of_is_a_count_filled_in_with_it(tmp_path):
    """ "Take ____ bottles a day" had been a field "to-fill-in" taking any words, said "Take,
    your care team will fill this in, bottles a day": the blank counts bottles, a whole number
    checked as a count is, written in with its word ("Take 1 bottle a day") and said so."""
    fields = _imported_fields(
        tmp_path, "Take ________ bottles a day, between meals.\n\nMix ____ scoops into water."
    )
    assert list(fields) == ["bottles", "scoops"]
    bottles = fields["bottles"]
    assert (bottles.kind, bottles.form_label) == ("count", "Number of bottles (Your plan)")
    with pytest.raises(LeafletError, match="bottles"):
        bottles.check("two or three")
    leaflet = load_leaflet(next(tmp_path.glob("neu-0320-*.md")))
    said = " ".join(u.text for u in speech_script(leaflet).utterances)
    assert "Take the number of bottles your care team gives you a day" in said, said
    filled = fill_leaflet(leaflet, {"bottles": "1", "scoops": "2"})
    text = " ".join(plain_text(b.spans) for b in filled.blocks if hasattr(b, "spans"))
    assert "Take 1 bottle a day, between meals." in text and "Mix 2 scoops into water." in text


def test_a_range_with_no_unit_after_it_names_its_lowest_and_highest(tmp_path):
    """ "Your target INR range is ____ to ____." had given "to-fill-in" and "to-fill-in-2":
    nothing told staff which end of the range went where. An INR has no unit, but the two
    blanks are still a range of what is named before them."""
    fields = _imported_fields(tmp_path, "Your target INR range is ____ to ____.")
    assert list(fields) == ["inr-range-lowest", "inr-range-highest"], list(fields)
    assert fields["inr-range-lowest"].form_label == "INR range, lowest (Your plan)"
    leaflet = load_leaflet(next(tmp_path.glob("neu-0320-*.md")))
    filled = fill_leaflet(leaflet, {"inr-range-lowest": "2.5", "inr-range-highest": "3.5"})
    text = " ".join(plain_text(b.spans) for b in filled.blocks if hasattr(b, "spans"))
    assert "Your target INR range is 2.5 to 3.5." in text, text


def test_a_time_is_named_by_what_it_is_the_time_for(tmp_path):
    """ "Do not eat after ____ (time)" and "You may drink clear fluids ... until ____ (time)"
    had been "time-2" and "time-3": staff filling in a fasting letter could swap the time to
    stop eating with the time to stop drinking. Each is named by what its sentence says it is
    for; the appointment's own time keeps its name."""
    fields = _imported_fields(
        tmp_path,
        "Your operation is on ____ (date) at ____ (time).\n\n"
        "Do not eat after ____ (time). This includes sweets, chewing gum and mints.\n\n"
        "You may drink clear fluids (water, squash, black tea or black coffee) until ____ "
        "(time). After that time you are nil by mouth.",
    )
    assert list(fields) == ["date", "time", "eat-after-time", "clear-fluids-until-time"], (
        list(fields)
    )
    assert fields["eat-after-time"].kind == fields["clear-fluids-until-time"].kind == "time"
    assert fields["eat-after-time"].form_label != fields["clear-fluids-until-time"].form_label


def test_a_24_hour_time_before_a_printed_am_or_pm_makes_the_printed_choice(project, capsys):
    """ "Take ____ mg of warfarin each evening at ____ pm" given "18:00" was printed "at 18:00
    pm" and said "at six in the evening pm"; given "9am", the leaflet's "pm" was dropped and the
    patient told to take it in the morning. A time the printed half of the day contradicts is
    refused, naming the field."""
    source = write_source(
        project / "source",
        "0101-taking-warfarin-safely",
        "Anticoagulant Clinic",
        "## Your warfarin dose\n\n"
        "Take [mg]{.field} of warfarin each evening at [time]{.field} pm.\n\n"
        "Your blood test is at [time]{.field} am.\n",
    )
    leaflet = load_leaflet(source)
    filled = fill_leaflet(leaflet, {"mg": "3", "time": "18:00", "time-2": "0830"})
    printed = [plain_text(block.spans) for block in filled.blocks[1:]]
    assert printed == [
        "Take 3 mg of warfarin each evening at 18:00.",
        "Your blood test is at 08:30 am.",  # (a morning time agrees with it)
    ]
    assert main(["speech-script", "0101", "--fill", "time=18:00"]) == 0
    said = capsys.readouterr().out
    assert "each evening at six in the evening." in said, said
    # a time the leaflet's own "pm" or "am" contradicts: which did the clinic mean?
    for name, value, printed_half in (("time", "9am", "pm"), ("time-2", "14:30", "am")):
        with pytest.raises(LeafletError) as refused:
            checked_values(leaflet, {name: value})
        assert f"(--fill {name})" in str(refused.value), refused.value
        assert f"'{printed_half}'" in str(refused.value), refused.value
    # a time with no half of the day of its own keeps the leaflet's: "at 6 pm"
    assert "at 6 pm." in plain_text(fill_leaflet(leaflet, {"time": "6"}).blocks[1].spans)


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        ("Your nurse is [to fill in]{.field}", "name-of-nurse", "Name of nurse (Your care)"),
        ("Your diabetes specialist nurse is [to fill in]{.field}.",
         "name-of-diabetes-specialist-nurse", "Name of diabetes specialist nurse (Your care)"),
        ("If you have questions, your surgeon is [to fill in]{.field}.", "name-of-surgeon",
         "Name of surgeon (Your care)"),
    ],
)
def test_a_blank_after_a_carer_is_names_that_person(project, sentence, name, label):
    """ "Your nurse is ________" was a field "to-fill-in", "To fill in" on the web form, taking
    any words, and the recording said "Your nurse is, your care team will fill this in"."""
    source = write_source(
        project / "source", "0910-your-stay", "Surgery", f"## Your care\n\n{sentence}\n"
    )
    leaflet = load_leaflet(source)
    (field,) = leaflet_fields_of(leaflet)
    assert (field.name, field.form_label, field.kind) == (name, label, "name")
    said = " ".join(u.text for u in speech_script(leaflet).utterances)
    assert "will tell you the name." in said, said
    with pytest.raises(LeafletError, match="a name in letters"):
        checked_values(leaflet, {name: "ext 4021"})
    # a value the care team sets is no person: "Your target INR is ____" is named by what it
    # is, and takes what is written, not a name
    other = write_source(
        project / "source", "0911-warfarin", "Anticoagulant Clinic",
        "## Your dose\n\nYour target INR is [to fill in]{.field}.\n",
    )
    assert [(f.name, f.kind) for f in leaflet_fields_of(load_leaflet(other))] == [
        ("target-inr", "text")
    ]


def test_a_wrong_value_is_named_by_its_field_never_written_back(project, capsys):
    """A patient's details never go into an error message: "field 'your-nhs-number': '943 476
    5910. will not do" had put the NHS number, and a name with a figure in it the name, on the
    terminal and the web page's error, where a patient's details are not kept."""
    write_source(
        project / "source", "0505-your-potassium-diary", "Kidney Unit",
        "## Your details\n\n[Your NHS number:]{.field}\n\n[Name of nurse:]{.field}\n\n"
        "[Date of next appointment:]{.field}\n",
    )
    code = main([
        "request", "0505", "braille", "--fill", "your-nhs-number=123 456 7890",
        "--fill", "name-of-nurse=Bridget Kowalczyk 2", "--fill",
        "date-of-next-appointment=Monday 14 March 2027",
    ])
    error = capsys.readouterr().err
    assert code == 2 and "Traceback" not in error
    assert "Your NHS number (Your details): " in error and "last digit does not match" in error
    assert "Name of nurse (Your details): " in error and "a name in letters" in error
    assert "Date of next appointment (Your details): " in error and "is a Sunday" in error
    for detail in ("123 456", "7890", "Bridget", "Kowalczyk", "14 March", "2027"):
        assert detail not in error, error


@pytest.mark.parametrize(
    "line", ["[Your NHS number:]{.field}", "[Patient's NHS No.:]{.field}"]
)
def test_an_nhs_number_blank_asks_for_an_nhs_number(project, line):
    """The NHS number's hint said "Give text of at most 120 characters", though the value is
    checked as an NHS number (10 digits, the last a check digit): a clerk typing the patient's
    hospital number, which fits the hint, was refused for something the hint never asked."""
    source = write_source(
        project / "source", "0506-your-blood-pressure-diary", "Renal Unit",
        f"## Your details\n\n{line}\n\nWrite your readings in the table below.\n",
    )
    (field,) = leaflet_fields_of(load_leaflet(source))
    assert field.asks_for == "an NHS number of 10 digits, such as 943 476 5919"
    assert field.check("9434765919") == "943 476 5919"
    with pytest.raises(LeafletError) as refused:
        field.check("RX1 234567")  # a hospital number, not the NHS number
    assert refused.value.says.endswith("write an NHS number of 10 digits, such as 943 476 5919")


def test_fill_with_no_value_or_no_name_is_refused_saying_which(physio, capsys):
    """`--fill seconds=` (a value left off, or `--fill seconds= 30` with a space) made the sheet
    with that blank empty and said nothing wrong; `--fill =30` was said to have "no '='", and
    `--fill "Jo Bloggs"` (its name left off) wrote the patient's detail into the message."""
    assert main(["request", "PHY-0520", "braille", "--fill", "seconds=", "--fill", "times=10"]) == 2
    error = capsys.readouterr().err
    assert "--fill seconds= gives no value" in error and "Traceback" not in error
    assert main(["request", "PHY-0520", "braille", "--fill", "times=10", "--fill", "=30"]) == 2
    error = capsys.readouterr().err
    assert "--fill number 2 has no name before its '='" in error and "30" not in error, error
    assert main(["request", "PHY-0520", "braille", "--fill", "Jo Bloggs"]) == 2
    error = capsys.readouterr().err
    assert "--fill number 1 has no '='" in error and "Bloggs" not in error, error
    assert request_folders(physio) == []


def test_twin_hints_are_told_apart_by_what_each_belongs_to(project):
    """ "My preventer inhaler is called ____ and it is ____ (colour)" over "My reliever
    inhaler is called ____ and it is ____ (colour)": the two colours were "colour" and
    "colour-2", "Colour" on the web form twice, easily swapped for a patient whose reliever
    is the one to reach for in an attack. Each is named by the inhaler it is of."""
    source = write_source(
        project / "source",
        "0909-my-asthma-plan",
        "Children's Respiratory Service",
        "## My medicines\n\n"
        "My preventer inhaler is called [to fill in]{.field} and it is [colour]{.field}.\n\n"
        "My reliever inhaler is called [to fill in]{.field} and it is [colour]{.field}.\n",
    )
    fields = leaflet_fields_of(load_leaflet(source))
    names = [field.name for field in fields]
    assert names == [
        "name-of-preventer-inhaler", "colour-of-preventer-inhaler",
        "name-of-reliever-inhaler", "colour-of-reliever-inhaler",
    ], names
    assert fields[3].form_label.startswith("Colour of reliever inhaler"), fields[3].form_label
    assert main(["speech-script", "0909", "--fill", "colour-of-reliever-inhaler=blue"]) == 0


@pytest.mark.parametrize(
    ("language", "line", "given", "written"),
    [
        # Urdu "repeat it how many times", "how many days"; "1 day" is "1 دن" as "3 دن"
        ("ur", "اسے [کتنی بار]{.field} دہرائیں۔", "10", "اسے 10 بار دہرائیں۔"),
        ("ur", "یہ مشقیں [کتنے دن]{.field} تک کریں۔", "1", "یہ مشقیں 1 دن تک کریں۔"),
        ("ur", "ہر بار [کتنے گھنٹے]{.field} آرام کریں۔", "1", "ہر بار 1 گھنٹہ آرام کریں۔"),
        # Polish "repeat it how many times (a day)": one is "raz", two and more "razy"
        ("pl", "Powtórz to [ile razy]{.field}.", "12", "Powtórz to 12 razy."),
        ("pl", "Powtórz to [ile razy dziennie]{.field}.", "1", "Powtórz to 1 raz dziennie."),
        # Welsh "hold for how many seconds": the noun stays singular after a number
        ("cy", "Daliwch am [sawl eiliad]{.field}.", "30", "Daliwch am 30 eiliad."),
        ("gu", "આ કસરત [કેટલી વાર]{.field} કરો.", "5", "આ કસરત 5 વાર કરો."),
        ("pa", "ਇਹ ਕਸਰਤ [ਕਿੰਨੀ ਵਾਰ]{.field} ਕਰੋ।", "5", "ਇਹ ਕਸਰਤ 5 ਵਾਰ ਕਰੋ।"),
    ],
)
def test_a_count_blank_asked_in_another_language_is_a_count(
    tmp_path, language, line, given, written
):
    """An Urdu exercise sheet's "[کتنی بار]{.field}" ("how many times") and a Polish one's
    "[ile razy]{.field}" took any text ("dziesięć", "bahut") and printed the value before the
    question ("10 کتنی بار"): a label opening with a language's words for "how many"
    (languages.py count_questions) before a word it counts is a count in that word's range, and
    the number answers the question. Arabic is not listed: its word for times changes with the
    number (مرة, مرتين, مرات)."""
    title = {"ur": "مشقیں", "gu": "કસરતો", "pa": "ਕਸਰਤਾਂ"}.get(language, "Ćwiczenia")
    source = tmp_path / f"7580-exercises.{language}.md"
    source.write_text(
        f"---\nnumber: 7580\nversion: 1\ntitle: {title}\ndepartment: Physiotherapy\n"
        f"language: {language}\n---\n\n## 1\n\n{line}\n",
        encoding="utf-8",
    )
    leaflet = load_leaflet(source)
    (field,) = leaflet_fields_of(leaflet)
    assert field.kind == "count"
    with pytest.raises(LeafletError) as refused:
        checked_values(leaflet, {field.name: "ten"})
    assert "a whole number from 1 to" in str(refused.value)
    with pytest.raises(LeafletError):
        checked_values(leaflet, {field.name: "1000"})
    filled = fill_leaflet(leaflet, {field.name: given})
    assert plain_text(filled.blocks[-1].spans) == written


def test_a_space_for_notes_is_no_field(tmp_path):
    """A "Your notes" page of ten ruled lines was ten fields, "to-fill-in" to "to-fill-in-10",
    for staff to fill in on the web form: a space the reader writes in is none."""
    from leaflet_files import NOTES_PAGE

    source = write_source(tmp_path, "5120-after-your-colonoscopy", "Endoscopy Unit", NOTES_PAGE)
    assert leaflet_fields_of(load_leaflet(source)) == []


@pytest.mark.parametrize(("line", "names"), [
    # a dose on some days and another on the rest: the second blank had been named by the
    # first's days ("wednesday-friday-mg"), each dose easily written in the other's blank
    ("Take ______ mg on Monday, Wednesday and Friday and ______ mg on the other days.",
     ["mg-on-monday-wednesday-and-friday", "mg-on-the-other-days"]),
    ("Take ____ tablets on weekdays and ____ tablets at weekends.",
     ["tablets-on-weekdays", "tablets-at-weekends"]),
    ("Give your child ____ ml of paracetamol and ____ ml of ibuprofen.",
     ["ml-of-paracetamol", "ml-of-ibuprofen"]),
    ("Take ____ mg a day for the first week, then ____ mg a day after that.",
     ["mg-a-day-for-the-first-week", "mg-a-day-after-that"]),
    # a value the clinic sets and its range: "to-fill-in", "range-lowest", "range-highest"
    ("My target INR is ________ (range ____ to ____)",
     ["target-inr", "target-inr-range-lowest", "target-inr-range-highest"]),
    ("Your INR should be between ____ and ____.", ["inr-lowest", "inr-highest"]),
    ("Date: __________ Time: __________", ["date", "time"]),
])
def test_each_blank_of_a_sentence_is_named_by_its_own_words(tmp_path, line, names):
    """A blank is named by the words that belong to it (after it, up to the next blank or its
    clause's end), never by the words of the blank before it."""
    assert list(_imported_fields(tmp_path, line)) == names


def test_a_sentences_two_doses_filled_in_by_name_land_in_their_own_blanks(tmp_path):
    fields = _imported_fields(
        tmp_path,
        "Take your warfarin at 6pm each day. Take ______ mg on Monday, Wednesday and Friday "
        "and ______ mg on the other days.",
    )
    leaflet = load_leaflet(next(tmp_path.glob("neu-0320-*.md")))
    filled = fill_leaflet(leaflet, {
        "mg-on-monday-wednesday-and-friday": "3", "mg-on-the-other-days": "4.5",
    })
    text = plain_text(filled.blocks[1].spans)
    assert "Take 3 mg on Monday, Wednesday and Friday and 4.5 mg on the other days." in text
    assert fields["mg-on-the-other-days"].kind == "decimal"


@pytest.mark.parametrize(("lines", "names"), [
    # a label alone over a labelled line: "Name of therapist:" had stayed a line of text (not
    # listed, nothing to fill in, the recording saying the label and then nothing)
    ("Do not:\nCross your legs\nBend your hip past 90 degrees\n\nName of therapist:\n"
     "Date: ........\nTelephone: 0116 258 4800", ["name-of-therapist", "date"]),
    ("Your next appointment:\nTime: ______", ["your-next-appointment", "time"]),
    ("Signed:\nPrint name: __________", ["signed", "print-name"]),
    ("Name of physiotherapist:\nContact number: 01904 726 000", ["name-of-physiotherapist"]),
    # ... and headings and lead-ins over labelled lines stay as they are
    ("Contact us:\nTelephone: 0116 258 4800\nEmail: physio@nhs.net", []),
    ("Appointment details:\nDate: ________\nTime: ________", ["date", "time"]),
    ("Your next appointment:\nDate: ________\nTime: ________", ["date", "time"]),
    ("Your details:\nName: ________\nDate of birth: ________", ["name", "date-of-birth"]),
    ("You will need:\nTowel: a large one", []),
])
def test_a_label_alone_on_its_line_over_other_labels_is_a_blank(tmp_path, lines, names):
    assert list(_imported_fields(tmp_path, lines)) == names
