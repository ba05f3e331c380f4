"""Turns leaflets as trusts hold them today (plain text, Word .docx) into canonical sources.

Metadata lines go into the front matter; the trust-wide parts (format offer, lines in other
languages, the NHS 111 and website footer, the feedback line) are recognised and left to config;
the body is kept whole and in order. What a person must fix is reported with its line.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import LeafletError
from ..text import script_of, slugify
from .reader import parse_year_month, read_text
from .safe_files import check_docx

# Lines that belong to the trust's config, not to a leaflet body.
_TRUST_LINE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"health information and support is available",
        r"^\**\s*or call 111",
        r"^visit .*for maps and information",
        r"to give feedback about this information",
        r"if you would like this information in another language",
    )
]
_METADATA_PATTERNS = {
    "last_reviewed": re.compile(r"^last reviewed:?\s*(.+)$", re.IGNORECASE),
    "next_review": re.compile(r"^next review:?\s*(.+)$", re.IGNORECASE),
}
_NUMBER_VERSION = re.compile(r"^leaflet number:?\s*(\d+)\s*(?:version:?\s*(\d+))?$", re.IGNORECASE)
_VERSION = re.compile(r"^version:?\s*(\d+)$", re.IGNORECASE)
_AUDIENCE = re.compile(
    r"^information for (patients|parents|carers|relatives)[\w ]*$", re.IGNORECASE
)
_PICTURE_REFERENCES = re.compile(
    r"\b(as shown (?:overleaf|below|above|opposite|in the (?:picture|diagram))|see (?:picture|"
    r"diagram|figure)|\(pictured\))",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^([-*•]|\d+[.)])\s+")
_LIST_MARKERS = ("- ", "1. ")
_NOTICE_START = re.compile(r"^\*\*(please|important|warning|do not|stop)\b", re.IGNORECASE)


@dataclass
class Imported:
    front_matter: dict
    body: list[str]  # Markdown blocks
    warnings: list[str] = field(default_factory=list)
    # pictures to save beside the source ("images/442-image1.png" -> bytes): written only once
    # the import is accepted, and named by the leaflet so another leaflet's are never replaced
    pictures: dict[str, bytes] = field(default_factory=dict)

    def markdown(self) -> str:
        front = yaml.safe_dump(self.front_matter, sort_keys=False, allow_unicode=True)
        return f"---\n{front}---\n\n" + "\n\n".join(self.body) + "\n"

    @property
    def file_name(self) -> str:
        return f"{self.front_matter['number']}-{slugify(self.front_matter['title'])}.md"


def _is_trust_line(line: str) -> bool:
    plain = line.strip().strip("*").strip()
    if any(pattern.search(plain) for pattern in _TRUST_LINE_PATTERNS):
        return True
    # the format offer in other languages: whole lines in another script, or the Polish line
    return script_of(plain) not in ("Latin", "Common") or plain.lower().startswith(
        "aby uzyskać informacje"
    )


def _month(value: str, where: str, line: int) -> str:
    try:
        month = parse_year_month(value.strip())
    except ValueError as error:
        raise LeafletError(f"{where}: line {line}: {error}") from None
    return f"{month.year:04d}-{month.month:02d}"


def import_text(path: Path) -> Imported:
    """A leaflet as plain text or light Markdown, like the trust's leaflet in tests/fixtures/."""
    where = str(path)
    lines = read_text(path).splitlines()
    front: dict = {}
    body: list[str] = []
    warnings: list[str] = []
    paragraph: list[str] = []
    paragraph_line = 0

    def finish_paragraph() -> None:
        if paragraph and paragraph[0].startswith(_LIST_MARKERS):
            body.append("\n".join(paragraph))
            paragraph.clear()
        if paragraph:
            text = " ".join(part.strip() for part in paragraph)
            text = re.sub(r"\s+", " ", text).strip()
            body.append(f"> {text}" if _NOTICE_START.match(text) else text)
            for match in _PICTURE_REFERENCES.finditer(text):
                warnings.append(
                    f"{where}: line {paragraph_line}: '{match[0]}' refers to a picture the text "
                    "does not carry: add the picture with alt text, or reword the sentence"
                )
            paragraph.clear()

    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        plain = line.strip("*").strip()
        if not line:
            finish_paragraph()
            continue
        if line.startswith("# ") and "title" not in front:
            finish_paragraph()
            front["title"] = line[2:].strip()
            continue
        if "title" in front and "department" not in front and not body and not paragraph:
            if not (
                _AUDIENCE.match(plain) or any(p.match(plain) for p in _METADATA_PATTERNS.values())
            ):
                front["department"] = plain
                continue
        if _AUDIENCE.match(plain):
            front["audience"] = plain
            continue
        if match := _NUMBER_VERSION.match(plain):
            if len(match[1]) > 5:
                raise LeafletError(
                    f"{where}: line {number}: a {len(match[1]):,}-digit leaflet number is too "
                    "large: a leaflet number is at most 99999"
                )
            front["number"] = int(match[1])
            if match[2]:
                front["version"] = int(match[2])
            continue
        if match := _VERSION.match(plain):
            front["version"] = int(match[1])
            continue
        meta = next(((k, m) for k, p in _METADATA_PATTERNS.items() if (m := p.match(plain))), None)
        if meta:
            front[meta[0]] = _month(meta[1][1], where, number)
            continue
        if _is_trust_line(line):
            finish_paragraph()
            continue
        if match := _LIST_ITEM.match(line):
            if paragraph and not paragraph[0].startswith(_LIST_MARKERS):
                finish_paragraph()
            paragraph_line = paragraph_line if paragraph else number
            paragraph.append(("1. " if match[1][0].isdigit() else "- ") + line[match.end() :])
            continue
        if line.startswith("##"):
            finish_paragraph()
            body.append(line)
            continue
        if not paragraph:
            paragraph_line = number
        paragraph.append(line)
    finish_paragraph()
    return _finish(front, body, warnings, where)


def _finish(front: dict, body: list[str], warnings: list[str], where: str) -> Imported:
    missing = [
        key
        for key in ("number", "version", "title", "department", "last_reviewed", "next_review")
        if key not in front
    ]
    if missing:
        raise LeafletError(
            f"{where}: could not find {', '.join(missing)}; the importer looks for a '# Title' "
            "line, the department on the next line, 'Last reviewed: February 2023', 'Next review: "
            "February 2026' and 'Leaflet number: 442 Version: 3'"
        )
    ordered = {
        key: front[key]
        for key in (
            "number",
            "version",
            "title",
            "department",
            "audience",
            "last_reviewed",
            "next_review",
        )
        if key in front
    }
    ordered["language"] = front.get("language", "en-GB")
    return Imported(ordered, body, warnings)


def import_docx(path: Path) -> Imported:
    """A Word leaflet: headings by style, lists, bold, pictures with their alt text."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    where = str(path)
    try:
        check_docx(path)
    except ValueError as error:
        raise LeafletError(f"{where}: {error}") from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise LeafletError(
            f"{where}: is not a readable Word .docx file ({error.__class__.__name__}); "
            "open it in Word and save it again as .docx"
        ) from None
    text_lines: list[str] = []
    paragraph_of_line: list[int] = []  # Word paragraph number of each Markdown line, for warnings
    warnings: list[str] = []
    title_style = ""
    pictures: dict[str, bytes] = {}
    for number, paragraph in enumerate(document.paragraphs, 1):
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        text = _docx_inline(paragraph)
        lines: list[str] = []
        for alt, name in _docx_pictures(paragraph, document, pictures):
            lines += ["", f"![{alt}]({name})", ""]
            if not alt:
                warnings.append(
                    f"{where}: paragraph {number}: the picture {name} has no alt text: write what "
                    f"it shows between the [ ] of ![]({name}) before building"
                )
        if not text.strip():
            lines.append("")
        elif not title_style and style in ("title", "heading 1"):
            title_style = style
            lines += [f"# {paragraph.text.strip()}", ""]
        elif style.startswith("heading"):
            # under a Title, Word's Heading 1 is a section; under a Heading 1 title, Heading 2 is
            word_level = int(re.sub(r"\D", "", style) or 1)
            level = min(max(word_level + (title_style == "title"), 2), 4)
            lines += ["", f"{'#' * level} {paragraph.text.strip()}", ""]
        elif "list number" in style:
            lines.append(f"1. {text}")
        elif "list" in style:
            lines.append(f"- {text}")
        else:
            lines += [text, ""]
        text_lines += lines
        paragraph_of_line += [number] * len(lines)
    for number, table in enumerate(document.tables, 1):
        first_cell = table.rows[0].cells[0].text.strip()[:40] if table.rows else ""
        warnings.append(
            f"{where}: table {number} ('{first_cell}...') was not imported: braille, audio and "
            "Easy Read cannot carry tables; write its content into the source as a list"
        )
    imported = _import_lines(text_lines, where)
    imported.warnings = [
        re.sub(r"line (\d+)", lambda m: f"paragraph {paragraph_of_line[int(m[1]) - 1]}", w)
        for w in imported.warnings
    ] + warnings
    return _name_pictures(imported, pictures)


def _name_pictures(imported: Imported, pictures: dict[str, bytes]) -> Imported:
    """Word calls every file's first picture image1.png: prefixed with the leaflet number, one
    leaflet's pictures never replace another's in source/images/."""
    number = imported.front_matter["number"]
    for name, data in pictures.items():
        own = f"images/{number}-{name.removeprefix('images/')}"
        imported.body = [block.replace(f"]({name})", f"]({own})") for block in imported.body]
        imported.warnings = [w.replace(f"]({name})", f"]({own})") for w in imported.warnings]
        imported.pictures[own] = data
    return imported


def _docx_inline(paragraph) -> str:
    parts = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        parts.append(
            f"**{text.strip()}**{' ' if text.endswith(' ') else ''}"
            if run.bold and text.strip()
            else text
        )
    return "".join(parts).strip()


def _docx_pictures(paragraph, document, pictures: dict[str, bytes]) -> list[tuple[str, str]]:
    """(alt text, file name) of each picture in a paragraph; its bytes are kept in `pictures`
    to be saved once the import is accepted."""
    found = []
    for drawing in paragraph._p.xpath(".//w:drawing"):
        properties = drawing.xpath(".//wp:docPr")
        alt = properties[0].get("descr", "") if properties else ""
        blips = drawing.xpath(".//a:blip/@r:embed")
        if not blips:
            continue
        part = document.part.related_parts[blips[0]]
        name = Path(part.partname).name
        found.append((alt, f"images/{name}"))
        pictures[f"images/{name}"] = part.blob
    return found


def _import_lines(lines: list[str], where: str) -> Imported:
    """Runs the plain-text importer over Markdown lines made from another format."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".md", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(lines))
    temporary = Path(handle.name)
    try:
        imported = import_text(temporary)
    except LeafletError as error:
        raise LeafletError(str(error).replace(str(temporary), where)) from None
    finally:
        temporary.unlink()
    imported.warnings = [w.replace(str(temporary), where) for w in imported.warnings]
    return imported


def import_file(path: Path) -> Imported:
    """Pictures found in a Word file are in `pictures`, for the caller to save beside the source."""
    if not path.is_file():
        raise LeafletError(f"{path}: no such file")
    if path.suffix.lower() == ".docx":
        return import_docx(path)
    if path.suffix.lower() in (".txt", ".md", ""):
        return import_text(path)
    raise LeafletError(f"{path}: cannot import a '{path.suffix}' file; give a .txt, .md or .docx")
