"""Turns leaflets as trusts hold them (plain text, Word .docx, PDF) into canonical sources.

Each input has its own reader, which gives its lines in reading order with what the file says
about them (a Word style, a PDF font size); `structure.py` then finds the leaflet in the lines,
the same way for every input, and records each decision for a person to check.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import LeafletError
from ...model import reference_slug
from .docx import docx_lines
from .offer import take_offer
from .pdf import pdf_lines
from .structure import GIVEN_KEYS, Imported, recover
from .text import text_lines

__all__ = ["GIVEN_KEYS", "Imported", "import_file"]


def import_file(path: Path, given: dict | None = None) -> Imported:
    """The leaflet in `path`; `given` holds details typed on the command line, which win over
    what the file says. Pictures in a Word file are in `pictures`, for the caller to save; an
    offer of other formats found in the text becomes the leaflet's `formats:`."""
    imported = _recovered(path, given)
    imported.offers = take_offer(imported.front_matter, imported.body)
    return imported


def _recovered(path: Path, given: dict | None) -> Imported:
    if not path.is_file():
        raise LeafletError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        lines, pictures = docx_lines(path)
        return _name_pictures(recover(lines, str(path), given), pictures)
    if suffix == ".pdf":
        lines, dropped = pdf_lines(path)
        return recover(lines, str(path), given, dropped)
    if suffix in (".txt", ".md", ""):
        return recover(text_lines(path), str(path), given)
    raise LeafletError(
        f"{path}: cannot import a '{path.suffix}' file; give a .txt, .md, .docx or .pdf"
    )


def _name_pictures(imported: Imported, pictures: dict[str, bytes]) -> Imported:
    """Word calls every file's first picture image1.png: prefixed with the leaflet's reference,
    one leaflet's pictures never replace another's in source/images/."""
    prefix = reference_slug(str(imported.front_matter.get("number", "unnumbered")))
    for name, data in pictures.items():
        own = f"images/{prefix}-{name.removeprefix('images/')}"
        imported.body = [block.replace(f"]({name})", f"]({own})") for block in imported.body]
        imported.warnings = [w.replace(name, own) for w in imported.warnings]
        imported.decisions = [d.replace(name, own) for d in imported.decisions]
        imported.pictures[own] = data
    return imported
