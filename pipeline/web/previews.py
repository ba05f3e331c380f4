"""Previews of built files, chosen by the files' suffixes, never by a format's internals.

- braille (.txt of Unicode cells, else .brf): the first page, each braille line with its print
  beneath, back-translated by liblouis so a sighted colleague can check it;
- print (.pdf, else .docx through LibreOffice): the first page as a PNG, cached by file hash;
- sound (.mp3, .ogg, .wav, .m4a): a player;
- a web page (.html): shown in a sandboxed frame.
Tools run with argument lists built from files we found in outputs/, never from a request.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..files import write_atomically
from ..paths import project_dir

AUDIO = {".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".wav": "audio/wav", ".m4a": "audio/mp4"}
PAGE_SOURCES = (".pdf", ".docx", ".odt")
WEB_PAGES = (".html", ".htm")
# A built web page is shown in a sandboxed frame: no scripts, no requests but its own pictures.
WEB_PAGE_POLICY = (
    "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "font-src data:; frame-ancestors 'self'"
)
BRAILLE_BLOCK = range(0x2800, 0x2900)
# North American ASCII braille: the character for each 6-dot cell, in dots-number order 0..63.
ASCII_BRAILLE = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="
RENDER_SECONDS = 120
_PAGE_MARK = re.compile(r"^\s*-{2,}[^-]*\bpage\b.*-{2,}\s*$", re.IGNORECASE)

_office_turn = threading.Lock()  # LibreOffice runs one conversion at a time per profile
_file_turns: dict[str, threading.Lock] = {}
_file_turns_guard = threading.Lock()


@dataclass
class Preview:
    kind: str  # "braille", "page", "audio" or "" (nothing to preview)
    file: str = ""  # the built file previewed
    media_type: str = ""
    braille_lines: list[tuple[str, str]] = field(default_factory=list)  # (cells, print)


def choose(files: list[str], folder: Path, settings: dict) -> Preview:
    """The most useful preview for a format's files, by what the files are."""
    by_suffix: dict[str, str] = {}
    for name in files:
        by_suffix.setdefault(Path(name).suffix.lower(), name)
    if ".txt" in by_suffix and _is_braille_text(folder / by_suffix[".txt"]):
        name = by_suffix[".txt"]
        cells = _first_page(_read_text(folder / name).replace("\r\n", "\n"))
        return Preview("braille", name, braille_lines=_interlined(cells, settings))
    if ".brf" in by_suffix:
        name = by_suffix[".brf"]
        ascii_text = (folder / name).read_bytes().decode("ascii", "replace")
        cells = _first_page(ascii_text.replace("\r\n", "\n")).translate(_ASCII_TO_CELLS)
        return Preview("braille", name, braille_lines=_interlined(cells, settings))
    for suffix, media_type in AUDIO.items():
        if suffix in by_suffix:
            return Preview("audio", by_suffix[suffix], media_type)
    for suffix in PAGE_SOURCES:
        if suffix in by_suffix:
            return Preview("page", by_suffix[suffix], "image/png")
    for suffix in WEB_PAGES:
        if suffix in by_suffix:
            return Preview("web", by_suffix[suffix], "text/html")
    return Preview("")


_ASCII_TO_CELLS = {ord(ch): 0x2800 + dots for dots, ch in enumerate(ASCII_BRAILLE)} | {
    ord(ch.lower()): 0x2800 + dots for dots, ch in enumerate(ASCII_BRAILLE) if ch.isalpha()
}


def _read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _is_braille_text(path: Path) -> bool:
    sample = _read_text(path)[:2000]
    cells = sum(ord(ch) in BRAILLE_BLOCK for ch in sample)
    return cells > len(sample.strip()) / 2


def _first_page(text: str) -> str:
    """The first braille page: between the first two page marks a preview file writes
    ("--- braille page 1 of 5 ---"), else up to the first form feed."""
    lines = text.split("\n")
    marks = [i for i, line in enumerate(lines) if _PAGE_MARK.match(line)]
    if marks:
        lines = lines[marks[0] + 1 : marks[1] if len(marks) > 1 else len(lines)]
    return "\n".join(lines).split("\f", 1)[0].strip("\n")


def _interlined(cells: str, settings: dict) -> list[tuple[str, str]]:
    """Each braille line with its print beneath, back-translated with the grade it was made in."""
    grade = str(settings.get("grade", "2"))
    table = "en-ueb-g1.ctb" if grade.endswith("1") else "en-ueb-g2.ctb"
    return [(line, _back_translate(line, table)) for line in cells.split("\n")]


def _back_translate(line: str, table: str) -> str:
    cells = line.strip()
    if not cells or not all(ord(ch) in BRAILLE_BLOCK or ch == " " for ch in cells):
        return ""
    try:
        import louis
    except ImportError:  # the page still shows the cells; the set-up links liblouis in
        return ""
    dots = "".join(chr(0x8000 | (ord(ch) - 0x2800 if ch != " " else 0)) for ch in cells)
    try:
        return louis.backTranslateString([table], dots, mode=louis.dotsIO)
    except RuntimeError:
        return ""


# ---- first pages as pictures ----------------------------------------------------------------


class PreviewUnavailable(Exception):
    """The tool a preview needs is missing or failed: the page says so in words."""


def cache_folder() -> Path:
    return project_dir("outputs") / ".previews"


def _turn_for(key: str) -> threading.Lock:
    with _file_turns_guard:
        return _file_turns.setdefault(key, threading.Lock())


def first_page_png(source: Path, sha256: str) -> Path:
    """The first page of a .pdf or .docx as a PNG, made once per file content and cached."""
    target = cache_folder() / f"{sha256[:32]}.png"
    with _turn_for(sha256):
        if target.is_file():
            return target
        with tempfile.TemporaryDirectory(prefix="leaflet-preview-") as scratch:
            work = Path(scratch)
            pdf = source if source.suffix.lower() == ".pdf" else _to_pdf(source, work)
            _run(
                [
                    "pdftoppm",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-r",
                    "60",
                    "-png",
                    "-singlefile",
                    str(pdf),
                    str(work / "page"),
                ],
                "pdftoppm (Debian package poppler-utils)",
            )
            write_atomically(target, (work / "page.png").read_bytes())
    return target


def _to_pdf(source: Path, work: Path) -> Path:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        raise PreviewUnavailable(
            "a preview of a Word file needs LibreOffice (Debian package libreoffice-writer-nogui)"
        )
    copy = work / f"document{source.suffix.lower()}"
    shutil.copyfile(source, copy)
    profile = (work / "profile").as_uri()
    with _office_turn:
        _run(
            [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(copy),
            ],
            "LibreOffice",
        )
    pdf = work / "document.pdf"
    if not pdf.is_file():
        raise PreviewUnavailable("LibreOffice could not turn the Word file into pages")
    return pdf


def _run(command: list[str], tool: str) -> None:
    try:
        subprocess.run(
            command,
            check=True,
            capture_output=True,
            timeout=RENDER_SECONDS,
            env={**os.environ, "HOME": tempfile.gettempdir()},
        )
    except FileNotFoundError:
        raise PreviewUnavailable(f"the preview needs {tool}, which is not installed") from None
    except subprocess.TimeoutExpired:
        raise PreviewUnavailable(f"{tool} took longer than {RENDER_SECONDS} s") from None
    except subprocess.CalledProcessError as error:
        detail = error.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise PreviewUnavailable(f"{tool} failed: {' '.join(detail) or 'no message'}") from None
