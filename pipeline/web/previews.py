"""What the page does with a format's preview (pipeline/formats: `Format.preview`), which is
the format's own choice: the page knows no format's files.

- "page": the first page of a PDF, or of a document LibreOffice opens, as a PNG cached by the
  file's hash;
- "web": a built page shown in a sandboxed frame, under WEB_PAGE_POLICY;
- "braille" and "audio" need nothing here: the template shows the lines, or a player.
Tools run with argument lists built from files we found in outputs/, never from a request.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from ..files import write_atomically
from ..formats import Format, Preview
from ..model import Leaflet
from ..paths import project_dir

# Served with their own media type, which Python's table may lack, so that a player plays them.
AUDIO = {".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".wav": "audio/wav", ".m4a": "audio/mp4"}
# A built web page is shown in a sandboxed frame: no scripts, no requests but its own pictures.
WEB_PAGE_POLICY = (
    "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "font-src data:; frame-ancestors 'self'"
)
RENDER_SECONDS = 120

_office_turn = threading.Lock()  # LibreOffice runs one conversion at a time per profile
_file_turns: dict[str, threading.Lock] = {}
_file_turns_guard = threading.Lock()


def preview_of(fmt: Format, leaflet: Leaflet, settings: dict, files: list[Path]) -> Preview:
    """The format's preview of its built files; nothing when it has none, or when a file is
    being replaced by a build this very moment."""
    if fmt.preview is None or not files:
        return Preview()
    try:
        return fmt.preview(leaflet, settings, files)
    except OSError:
        return Preview()


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
