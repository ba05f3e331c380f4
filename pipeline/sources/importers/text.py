"""Plain-text and light-Markdown leaflets: one source line per line of the file. Text copied out
of a PDF keeps the PDF's divided words ("usu-" / "ally"): a line ending in a letter and a hyphen
before a line starting in lower case is marked to be joined again."""

from __future__ import annotations

import re
from pathlib import Path

from ..reader import read_text
from .lines import SourceLine

_DIVIDED = re.compile(r"[a-z][-\u2010\u00ad]$")


def text_lines(path: Path) -> list[SourceLine]:
    raw_lines = [raw.expandtabs(4).rstrip() for raw in read_text(path).splitlines()]
    lines = []
    for number, expanded in enumerate(raw_lines, 1):
        indent = len(expanded) - len(expanded.lstrip())
        following = raw_lines[number].strip() if number < len(raw_lines) else ""
        divided = bool(_DIVIDED.search(expanded) and following[:1].islower())
        lines.append(SourceLine(expanded.strip(), f"line {number}", indent, joins_next=divided))
    return lines
