"""The `braille` format: UEB contracted or uncontracted through liblouis, laid out to UK practice.

Writes the BRF an embosser takes, a PEF 2008-1 file, a Unicode preview and a proof PDF; the layout
is in layout.py, the files in files.py, the checker in checker.py, the web page's preview in
preview.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import louis
from pydantic import Field

from ...model import Leaflet
from .. import CheckReport, Format, FormatSettings, output_file
from .checker import check_files
from .files import brf_bytes, pef_bytes, preview_text, proof_pdf
from .layout import LayoutChoices, lay_out, table_for, table_name
from .preview import preview


class BrailleSettings(FormatSettings):
    grade: int = Field(
        2,
        title="Braille grade",
        ge=1,
        le=2,
        description="UEB grade: 2 contracted (the UK norm), 1 uncontracted",
    )
    cells_per_line: int = Field(
        40,
        title="Cells on a line",
        json_schema_extra={"unit": "cells"},
        ge=20,
        le=60,
        description="cells on a braille line (embosser and paper)",
    )
    lines_per_page: int = Field(
        25,
        title="Lines on a page",
        json_schema_extra={"unit": "lines"},
        ge=10,
        le=40,
        description="lines on a braille page, the page number's included",
    )
    paragraphs: Literal["blocked", "indented"] = Field(
        "blocked", description="blocked with a blank line between, or first line in two cells"
    )
    page_numbers: Literal["top-right", "bottom-right", "none"] = Field(
        "top-right", description="braille page number alone on line 1 at the right (UK practice)"
    )
    notice: Literal["boxed", "plain"] = Field(
        "boxed", description="safety notice between box lines, or only in bold"
    )
    uncontracted_addresses: bool = Field(
        True, description="web and e-mail addresses in uncontracted braille"
    )
    duplex: bool = Field(False, description="PEF marked for embossing on both sides (interpoint)")


def layout_choices(settings: BrailleSettings) -> LayoutChoices:
    return LayoutChoices(
        grade=settings.grade,
        cells_per_line=settings.cells_per_line,
        lines_per_page=settings.lines_per_page,
        paragraphs=settings.paragraphs,
        page_numbers=settings.page_numbers,
        notice=settings.notice,
        uncontracted_addresses=settings.uncontracted_addresses,
    )


def _summary(leaflet: Leaflet, settings: BrailleSettings, page_count: int) -> str:
    table = table_for(leaflet.meta.language, settings.grade)
    code = (
        f"UEB grade {settings.grade} ({'contracted' if settings.grade == 2 else 'uncontracted'})"
        if table.startswith("en-ueb")
        else f"liblouis table {table_name(table)}"
    )
    return (
        f"{code}, {settings.cells_per_line} cells x {settings.lines_per_page} lines, "
        f"{page_count} page{'s' if page_count != 1 else ''}"
    )


def write(leaflet: Leaflet, settings: BrailleSettings, folder: Path) -> list[Path]:
    pages = lay_out(leaflet, layout_choices(settings))
    summary = _summary(leaflet, settings, len(pages))
    brf = output_file(folder, leaflet, "braille", ".brf")
    pef = output_file(folder, leaflet, "braille", ".pef")
    preview = output_file(folder, leaflet, "braille", ".txt")
    proof = output_file(folder, leaflet, "braille", "-proof.pdf")
    brf.write_bytes(brf_bytes(pages))
    identifier = f"{leaflet.identifier}-{leaflet.meta.language}-braille-grade{settings.grade}"
    pef.write_bytes(
        pef_bytes(
            leaflet,
            pages,
            settings.cells_per_line,
            settings.lines_per_page,
            settings.duplex,
            identifier,
        )
    )
    preview.write_text(preview_text(leaflet, pages, summary), encoding="utf-8")
    proof_pdf(proof, leaflet, pages, settings.cells_per_line, summary)
    return [brf, pef, preview, proof]


def check(leaflet: Leaflet, settings: BrailleSettings, files: list[Path]) -> CheckReport:
    report = CheckReport("braille")
    check_files(leaflet, layout_choices(settings), files, report)
    return report


def tool_versions() -> dict[str, str]:
    return {"liblouis": louis.version()}


FORMAT = Format(
    name="braille",
    title="Braille",
    description="Unified English Braille (contracted by default) as BRF and PEF for the "
    "embosser, with a Unicode preview and a proof PDF for checking",
    settings=BrailleSettings,
    write=write,
    check=check,
    tool_versions=tool_versions,
    preview=preview,
)
