"""Plain-text and light-Markdown leaflets: one source line per line of the file."""

from __future__ import annotations

from pathlib import Path

from ..reader import read_text
from .lines import SourceLine


def text_lines(path: Path) -> list[SourceLine]:
    lines = []
    for number, raw in enumerate(read_text(path).splitlines(), 1):
        expanded = raw.expandtabs(4).rstrip()
        indent = len(expanded) - len(expanded.lstrip())
        lines.append(SourceLine(expanded.strip(), f"line {number}", indent))
    return lines
