"""Turns leaflets as trusts hold them (plain text, Word .docx, PDF) into canonical sources.

Each input has its own reader, which gives its lines in reading order with what the file says
about them (a Word style, a PDF font size); `structure.py` then finds the leaflet in the lines,
the same way for every input, and records each decision for a person to check.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import LeafletError
from .docx import docx_lines
from .pdf import pdf_lines
from .structure import GIVEN_KEYS, Imported, recover
from .text import text_lines

__all__ = ["GIVEN_KEYS", "Imported", "import_file"]


def import_file(path: Path, picture_folder: Path, given: dict | None = None) -> Imported:
    """The leaflet in `path`; `given` holds details typed on the command line, which win over
    what the file says. Pictures in a Word file are saved under picture_folder/images/."""
    if not path.is_file():
        raise LeafletError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return recover(docx_lines(path, picture_folder), str(path), given)
    if suffix == ".pdf":
        lines, dropped = pdf_lines(path)
        return recover(lines, str(path), given, dropped)
    if suffix in (".txt", ".md", ""):
        return recover(text_lines(path), str(path), given)
    raise LeafletError(
        f"{path}: cannot import a '{path.suffix}' file; give a .txt, .md, .docx or .pdf"
    )
