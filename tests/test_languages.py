"""One row per language (pipeline/languages.py): every format takes its needs from the row, and
everything a row names is installed here."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import louis
import pytest
from gtts.lang import tts_langs
from leaflet_files import write_source

from pipeline.cli import main
from pipeline.config import organisation
from pipeline.errors import LeafletError
from pipeline.formats.accessible_html import screen_font_faces
from pipeline.formats.audio.engines import EspeakEngine, GttsEngine
from pipeline.formats.braille.layout import language_name, table_for
from pipeline.formats.fonts import script_font_faces
from pipeline.formats.html_render import language_attributes
from pipeline.languages import LANGUAGES, find_language, is_right_to_left, language
from pipeline.paths import PROJECT_ROOT
from pipeline.text import script_of

ROWS = pytest.mark.parametrize("row", LANGUAGES, ids=lambda row: row.code)
CODES = {row.code for row in LANGUAGES}


def test_one_row_per_code_and_lookups_by_tag():
    assert len(CODES) == len(LANGUAGES)
    assert language("en-GB").english_name == "English"
    assert find_language("PL") is language("pl")
    assert find_language("cy-GB").english_name == "Welsh"
    assert find_language("kw") is None  # Cornish: no row
    with pytest.raises(
        LeafletError, match="does not know language 'xx'.*en, ur, ar, gu, pa, pl, cy"
    ):
        language("xx")


def test_the_trust_languages_keep_their_values():
    assert table_for("en", 1).startswith("en-ueb-g1.ctb,")
    assert table_for("en-GB", 2).startswith("en-ueb-g2.ctb,")
    # the Debian table each is written in (Urdu's read with the punctuation the project adds)
    assert table_for("ur", 2).split(",")[1].endswith("ur_punctuation.uti")
    assert table_for("gu", 2).split(",")[1].endswith("gu_bharati.uti")
    assert table_for("pa", 2).split(",")[1].endswith("pa_bharati.uti")
    assert [table_for(code, 2).split(",")[0] for code in ("ur", "ar", "gu", "pa", "pl")] == [
        "ur-pk-g1.utb",
        "ar-ar-g1.utb",
        "gu-in-g1.utb",
        "pa.tbl",
        "Pl-Pl-g1.utb",
    ]
    assert [row.code for row in LANGUAGES if row.right_to_left] == ["ur", "ar"]
    assert is_right_to_left("ur-PK") and not is_right_to_left("pa") and not is_right_to_left("he")


@ROWS
def test_liblouis_has_the_braille_tables(row):
    for grade in (1, 2):
        louis.checkTable([table_for(row.code, grade)])  # raises if liblouis cannot find it


@pytest.fixture(scope="module")
def installed_families() -> set[str]:
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    return {name.strip() for line in listed.splitlines() for name in line.split(",")}


@ROWS
def test_the_print_font_is_installed(row, installed_families):
    if row.script == "Latin":
        assert not row.print_font  # set in the format's own face, which the settings check
    else:
        assert row.print_font in installed_families


@pytest.fixture(scope="module")
def espeak_voices() -> set[str]:
    listed = subprocess.run(["espeak-ng", "--voices"], capture_output=True, text=True).stdout
    return {line.split()[1] for line in listed.splitlines()[1:] if line.split()}


@ROWS
def test_the_voices_exist(row, espeak_voices):
    assert row.espeak_voice in espeak_voices
    assert row.gtts_code in tts_langs()
    assert EspeakEngine().speaks(row.code) and GttsEngine().speaks(row.code)
    assert len(row.iso_639_2) == 3 and row.iso_639_2.isalpha()


def test_each_format_takes_the_row():
    screen, print_faces = screen_font_faces(), script_font_faces()
    for row in LANGUAGES:
        assert language_name(row.code) == row.english_name
        direction = "rtl" if row.right_to_left else "ltr"
        assert language_attributes(row.code, "en-GB") == f' lang="{row.code}" dir="{direction}"'
        if row.print_font:
            assert f':lang({row.code}) {{ font-family: "Leaflet {row.print_font}"' in screen
            assert f':lang({row.code}) {{ font-family: "Leaflet {row.print_font}"' in print_faces
    assert not EspeakEngine().speaks("kw")


def test_each_offer_line_is_in_its_row_script_and_named_by_its_row():
    for translation in organisation().format_offer.translations:
        row = language(translation.lang)
        assert script_of(translation.text) == row.script
        assert translation.language == row.english_name


def _language_collections(tree: ast.AST):
    """Dict literals keyed by, and set/list/tuple literals of, two or more language codes."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            items = node.keys
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            items = node.elts
        else:
            continue
        codes = {i.value for i in items if isinstance(i, ast.Constant) and i.value in CODES}
        if len(codes) >= 2:
            yield node.lineno, sorted(codes)


def test_no_module_but_languages_lists_languages():
    """Adding a row is all a format needs: no module keeps its own table of languages."""
    package = PROJECT_ROOT / "pipeline"
    found = [
        f"{path.relative_to(PROJECT_ROOT)} line {line}: {codes}"
        for path in sorted(package.rglob("*.py"))
        if path != package / "languages.py"
        for line, codes in _language_collections(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_source_scan_finds_a_table_of_languages():
    table = ast.parse('VOICES = {"en": "en-gb", "ur": "ur"}\nUNSHAPED = {"ur", "ar"}')
    assert [codes for _, codes in _language_collections(table)] == [["en", "ur"], ["ar", "ur"]]


def test_a_translation_line_outside_the_table_must_be_named(project: Path):
    path = project / "config" / "organisation.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("lang: pl\n", "lang: kw\n"), encoding="utf-8"
    )
    with pytest.raises(LeafletError, match="'kw' is not in pipeline/languages.py"):
        organisation()


def test_a_sentence_in_urdu_ends_at_its_own_full_stop():
    """ "... بہتر محسوس کریں۔ If you stop early, ..." was one sentence: Easy Read's meaning check
    held the English row to the Urdu words before it ("the source says بہتر does")."""
    from pipeline.text import sentences

    urdu = "آپ کو 6 ماہ تک ہر روز اپنی گولیاں لینی ہیں، چاہے آپ بہتر محسوس کریں۔"
    assert sentences(f"{urdu} If you stop early, the TB can come back.") == [
        urdu, "If you stop early, the TB can come back."
    ]


def test_braille_and_large_print_build_and_check_a_leaflet_with_a_welsh_line(
    project: Path, capsys
):
    """A Welsh row is all Welsh needs: braille writes the line in Welsh braille, announced, and
    large print marks it Welsh; both outputs pass their checks."""
    write_source(
        project / "source", "9950-caring-for-your-cast", "Fracture Clinic",
        "## Keeping your cast dry\n\nDo not get your cast wet.\n\n"
        "[Peidiwch â gwlychu eich cast. Gorchuddiwch ef â bag plastig yn y gawod.]{lang=cy}\n",
    )
    for kind in ("braille", "large-print"):
        assert main(["build", "9950", "--format", kind]) == 0
        assert main(["check", "9950", "--format", kind]) == 0
    checked = capsys.readouterr().out
    assert "Welsh line in cy-cy-g2.ctb, announced by a transcriber's note" in checked
    assert re.search(r"cy\): 100% of letters read back from the glyphs", checked)
