"""The shape of the code: no import circles, plumbing at the bottom, each format in its own folder.

Imports are read from the source (pipeline/build/code.py, the same reading that decides which
code each format's output depends on), including those written inside functions, so a lazy
import cannot hide a circle.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.build.code import PACKAGE_DIR, all_modules, closure, imports_of
from pipeline.build.staleness import format_state
from pipeline.cli import main
from pipeline.formats.registry import FORMATS, PACKAGES
from pipeline.sources import find_sources, load_leaflet

# Lower floors never import higher ones. A module's floor is the first prefix that matches.
FLOORS = [
    ("pipeline.errors", 0),
    ("pipeline.paths", 0),
    ("pipeline.files", 0),
    ("pipeline.text", 0),
    ("pipeline.languages", 0),
    ("pipeline.contacts", 0),
    ("pipeline.pdf_tables", 0),
    ("pipeline.offers", 0),
    ("pipeline.model", 1),
    ("pipeline.options", 1),
    ("pipeline.config", 2),
    ("pipeline.request_log", 2),
    ("pipeline.staff", 2),
    ("pipeline.sources", 3),
    ("pipeline.formats", 4),
    ("pipeline.build", 5),
    ("pipeline.web", 6),
    ("pipeline.cli", 7),
    ("pipeline", 0),  # the package's __init__: its version only
]


def floor_of(module: str) -> int:
    for prefix, floor in FLOORS:
        if module == prefix or module.startswith(prefix + "."):
            return floor
    raise AssertionError(f"{module} has no floor in FLOORS: add it")


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    path: list[str] = []
    on_path: set[str] = set()
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in on_path:
            return path[path.index(node) :] + [node]
        if node in done:
            return None
        path.append(node)
        on_path.add(node)
        for nxt in sorted(graph.get(node, ())):
            found = visit(nxt)
            if found:
                return found
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    return visit(start)


def test_the_package_has_no_import_circle():
    graph = {m: {i.imported for i in imports_of(m)} - {m} for m in all_modules()}
    for module in sorted(graph):
        cycle = _cycle_from(module, graph)
        assert cycle is None, "import circle: " + " -> ".join(cycle)


def test_no_module_imports_one_of_ours_inside_a_function_except_the_cli():
    """The CLI loads a command's modules when that command runs (start-up time); anywhere else
    an import inside a function is how a circle hides. The one other exception, the format
    registry importing a format's package by name, is held to the test after this one."""
    lazy = [
        f"{i.importer} line {i.line} imports {i.imported}"
        for module in all_modules()
        if module != "pipeline.cli"
        for i in imports_of(module)
        if i.in_function
    ]
    assert lazy == []


def test_only_the_registry_imports_by_name_and_only_the_format_packages():
    """The registry imports a format's package the first time the format is used, so a
    command loads only the libraries of the formats it runs. The import reader cannot see an
    import by name: so no other module may import by name, the registry names exactly the
    format folders, and a format's package is the one its FORMAT's code lives in (what a
    format's staleness reads the code of)."""
    by_name = [
        str(path.relative_to(PACKAGE_DIR))
        for path in PACKAGE_DIR.rglob("*.py")
        if any(word in path.read_text(encoding="utf-8") for word in ("import_module", "__import__"))
    ]
    assert by_name == ["formats/registry.py"]
    folders = {
        f"pipeline.formats.{path.parent.name}"
        for path in (PACKAGE_DIR / "formats").glob("*/__init__.py")
    }
    assert set(PACKAGES.values()) == folders
    for name, package in PACKAGES.items():
        assert FORMATS[name].name == name
        assert FORMATS[name].package == package


HEAVY = ("numpy", "pdfplumber", "pikepdf", "docx", "weasyprint", "spacy", "faster_whisper")


def _loaded_after(code: str) -> set[str]:
    """The heavy libraries in sys.modules after `code` runs in a fresh interpreter."""
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(ran.stdout.splitlines()[-1].split())  # the last line: what the probe printed


def test_starting_the_command_loads_no_format_library():
    """`leaflet status` or a build that finds nothing to do must not pay for NumPy, the PDF
    readers, python-docx, WeasyPrint or spaCy (half a second before anything happens)."""
    assert _loaded_after("import pipeline.cli, pipeline.build.jobs") == set()


def test_a_braille_request_loads_only_what_braille_runs(project, monkeypatch):
    """One patient's braille: liblouis, WeasyPrint for the proof and pikepdf to check it, never
    NumPy (audio), python-docx (Easy Read), spaCy, or pdfplumber (`leaflet check`'s reader)."""
    monkeypatch.setenv("LEAFLET_REQUEST_LOG", str(project / "request-log.csv"))
    loaded = _loaded_after("from pipeline.cli import main\nmain(['request', '442', 'braille'])")
    assert loaded == {"weasyprint", "pikepdf"}


def test_plumbing_is_at_the_bottom():
    upward = [
        f"{i.importer} (floor {floor_of(i.importer)}) imports {i.imported} "
        f"(floor {floor_of(i.imported)})"
        for module in all_modules()
        for i in imports_of(module)
        if floor_of(i.imported) > floor_of(i.importer)
    ]
    assert upward == []


def test_formats_know_nothing_of_each_other_the_builder_or_the_web_page():
    for fmt in FORMATS.values():
        runs = closure((fmt.package,))
        others = [
            m
            for m in runs
            for other in FORMATS.values()
            if other is not fmt and (m == other.package or m.startswith(other.package + "."))
        ]
        assert others == [], f"{fmt.name} runs another format's code: {others}"
        assert not [m for m in runs if m.startswith(("pipeline.build", "pipeline.web"))]


def test_each_format_declares_the_config_files_its_code_reads():
    """A config file named in a format's code but not in its config_files would not make the
    format stale when edited."""
    for fmt in FORMATS.values():
        named = set()
        for module in closure((fmt.package, "pipeline.sources")):
            source = Path(__import__(module, fromlist=["_"]).__file__).read_text()
            for name in ("organisation", "pictures", "plain_words", "pronunciations"):
                if f'"{name}.yaml"' in source:
                    named.add(f"{name}.yaml")
        assert named <= set(fmt.config_files), (fmt.name, named - set(fmt.config_files))


@pytest.mark.slow
def test_a_pronunciation_edit_makes_only_audio_stale(project: Path, capsys):
    assert main(["build", "442"]) == 0
    leaflet = load_leaflet(find_sources(["442"])[0])
    assert {format_state(leaflet, f).state for f in FORMATS.values()} == {"up to date"}
    pronunciations = project / "config" / "pronunciations.yaml"
    pronunciations.write_text(
        pronunciations.read_text(encoding="utf-8") + "\n# a new word is coming\n",
        encoding="utf-8",
    )
    states = {f.name: format_state(leaflet, f) for f in FORMATS.values()}
    assert {name: s.state for name, s in states.items()} == {
        "braille": "up to date",
        "large-print": "up to date",
        "easy-read": "up to date",
        "accessible-html": "up to date",
        "audio": "stale",
    }
    assert states["audio"].reason == "config/pronunciations.yaml changed"
    capsys.readouterr()
    assert main(["status"]) == 0
    status = capsys.readouterr().out
    assert "audio: config/pronunciations.yaml changed" in status
    # and an edit to the Easy Read picture list touches Easy Read alone
    shutil.copy(project / "config" / "pictures.yaml", project / "pictures.bak")
    with open(project / "config" / "pictures.yaml", "a", encoding="utf-8") as out:
        out.write("\n# reviewed\n")
    stale = {f.name for f in FORMATS.values() if format_state(leaflet, f).state == "stale"}
    assert stale == {"audio", "easy-read"}
