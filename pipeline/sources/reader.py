"""Reads a canonical leaflet (Markdown with YAML front matter) into the model.

The Markdown conventions, documented in the README:
- `## Heading` for sections (the title is in the front matter, so no `#` in the body);
- a block quote is a safety notice, optionally opened with `[!IMPORTANT]`, `[!WARNING]` or
  `[!NOTE]` on its first line;
- `[text]{lang=ur}` tags a run in another language;
- `![alt text](images/file.png)` on a line of its own is a picture; alt text is required;
  `![description]()` (no file) is a picture the leaflet describes but does not supply;
- `[seconds]{.field}` is a fill-in field labelled "seconds" (a blank for staff or the patient);
- a simple pipe table (header row, rows of plain cells) is a table;
- ordered lists keep their numbers ("4." stays step 4);
- `*emphasis*` is carried as strong, since no accessible format uses italics.
Raw HTML, code and nested lists are refused with the line they stand on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_plugin
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ..errors import LeafletError, describe_validation_error
from ..languages import find_language, primary_language
from ..model import (
    Block,
    DescribedPicture,
    Heading,
    Image,
    Inline,
    Leaflet,
    ListBlock,
    Metadata,
    Notice,
    Paragraph,
    Span,
    Table,
    TrustParts,
    YearMonth,
    notice_kind_said,
    plain_text,
    reference_slug,
)
from ..offers import OFFER_NAMES, offer_of, offered_names
from ..text import control_character, script_of, scripts_in, slugify
from .safe_files import check_picture

_MARKDOWN = MarkdownIt("commonmark").enable("table").use(attrs_plugin, spans=True)
_NOTICE_MARKER = re.compile(r"^\s*\[!(IMPORTANT|WARNING|NOTE)\]\s*", re.IGNORECASE)
_MONTHS = {date(2000, m, 1).strftime("%B").lower(): m for m in range(1, 13)}
_UNPARSED_ATTRIBUTES = re.compile(r"\]?\{\s*lang\s*=[^}]*\}")
_LANG_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
# Limits on a source, documented in the README: a long real leaflet is about 30 KB, and its
# longest paragraph a few hundred characters. Beyond them a build would run for many minutes.
MAX_SOURCE_MB = 1
MAX_TEXT_CHARACTERS = 5_000
YEARS = range(1900, 2200)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML as staff write front matter: dates stay text (so '2026-02-30' is named by its key,
    not a traceback), and a number too long to be a leaflet number stays text for the check."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _bounded_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int | str:
    """A whole number; a leading nought is kept as written ("0562" is a reference, which YAML
    would read as the octal 370), and one too long to be a leaflet number stays text."""
    value = str(loader.construct_scalar(node))
    if len(value) > 20 or re.fullmatch(r"0\d+", value):
        return value
    return loader.construct_yaml_int(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", _bounded_int)
MAX_REFERENCE = 40  # characters of a leaflet reference: 442, PHY-0412, HEY-665/2021
_REFERENCE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9./ -]{0,38}[A-Za-z0-9])?")


def is_reference(text: str) -> bool:
    return len(text) <= MAX_REFERENCE and _REFERENCE.fullmatch(text) is not None


def parse_year_month(value: object) -> YearMonth:
    """Accepts "2026-02", "February 2026" or a date such as 2026-02-01; anything else (an
    impossible day, month 13, year 0) is refused."""
    if isinstance(value, date):
        return YearMonth(value.year, value.month)
    text = str(value).strip()
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        try:
            date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            raise ValueError(
                f"'{text}' is not a date: write the month as 2026-02 or February 2026"
            ) from None
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", text):
        year, month = int(match[1]), int(match[2])
    elif match := re.fullmatch(r"([A-Za-z]+)\s+(\d{4})", text):
        month, year = _MONTHS.get(match[1].lower(), 0), int(match[2])
    else:
        raise ValueError(f"'{text}' is not a month: write it as 2026-02 or February 2026")
    if not 1 <= month <= 12:
        raise ValueError(f"'{text}' has no valid month: write it as 2026-02 or February 2026")
    if year not in YEARS:
        raise ValueError(
            f"'{text}' has no valid year ({YEARS.start} to {YEARS.stop - 1}): write it as "
            "2026-02 or February 2026"
        )
    return YearMonth(year, month)


class FrontMatter(BaseModel):
    """The keys a leaflet's front matter must carry; unknown keys are refused (typos)."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    number: str
    version: int = Field(gt=0, le=999)
    title: str = Field(min_length=1)
    department: str = Field(min_length=1)
    audience: str = "Information for Patients"
    last_reviewed: YearMonth | None = None
    next_review: YearMonth | None = None
    # when this version was issued, published or written ("Issued: March 2024"): no review
    issued: YearMonth | None = None
    # who wrote the leaflet, when not the trust running the pipeline ("Hull University Teaching
    # Hospitals NHS Trust"): every format names it as the leaflet's author
    organisation: str = ""
    language: str = "en-GB"
    formats: tuple[str, ...] | None = None
    format_offer: str = ""

    @field_validator("formats", mode="before")
    @classmethod
    def _offered(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",")]
        unknown = [name for name in value or () if name not in OFFER_NAMES]
        if unknown:
            raise ValueError(
                f"'{unknown[0]}' is not a format a leaflet can offer; choose from "
                f"{', '.join(OFFER_NAMES)}"
            )
        if value is not None and not value:
            raise ValueError("a leaflet offers at least one format; leave out formats: for the "
                             "trust's default offer")
        return value

    @model_validator(mode="after")
    def _sentence_matches_formats(self) -> FrontMatter:
        """A leaflet's own offer sentence names only what it offers; with no formats: list, the
        sentence says what is offered. One naming no format but offering alternative or other
        formats ("Alternative formats can be made available on request. Please email ...")
        promises none formats: leaves out, and withholds none when there is no list."""
        if not self.format_offer:
            return self
        named = offered_names(self.format_offer)
        if not offer_of(self.format_offer):
            raise ValueError(
                "format_offer: the sentence names no format (large print, Braille, Easy Read, "
                "audio, other languages, BSL); give formats: or reword it"
            )
        if self.formats is None:
            self.formats = tuple(offer_of(self.format_offer))
        missing = [name for name in named if name not in self.formats]
        if missing:
            raise ValueError(
                f"format_offer: the sentence offers {', '.join(missing)}, which formats: does "
                "not list; a leaflet must not promise what is not made"
            )
        return self

    @field_validator("version", mode="before")
    @classmethod
    def _short_number(cls, value: object, info: ValidationInfo) -> object:
        """A number of thousands of digits (which Python will not even convert) is named."""
        limit = cls.model_fields[info.field_name].metadata[-1].le
        if isinstance(value, str) and value.isdigit() and len(value) > len(str(limit)):
            raise ValueError(
                f"a {len(value):,}-digit number is too large: {info.field_name} is at most {limit}"
            )
        return value

    @field_validator("number", mode="before")
    @classmethod
    def _reference(cls, value: object) -> str:
        """The trust's reference in whatever form it takes: 442, PHY-0412, HEY-665/2021."""
        text = str(value).strip() if isinstance(value, str | int) else ""
        if len(text) > MAX_REFERENCE:
            raise ValueError(
                f"a reference of {len(text):,} characters is too long: a leaflet reference is at "
                f"most {MAX_REFERENCE} (such as 442, PHY-0412 or HEY-665/2021)"
            )
        if not _REFERENCE.fullmatch(text):
            raise ValueError(
                f"'{value}' is not a leaflet reference: letters, digits and - / . such as 442, "
                "PHY-0412 or HEY-665/2021"
            )
        return text

    @field_validator("last_reviewed", "next_review", "issued", mode="before")
    @classmethod
    def _month(cls, value: object) -> YearMonth | None:
        return None if value is None else parse_year_month(value)

    @field_validator("title", "department", "audience", "language", "organisation")
    @classmethod
    def _printable(cls, value: str) -> str:
        if found := control_character(value):
            raise ValueError(
                f"holds a control character (U+{ord(found[0]):04X}), which no format can carry: "
                "retype the text"
            )
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if not _LANG_TAG.match(value):
            raise ValueError(f"'{value}' is not a BCP 47 language tag such as en-GB or pl")
        return value


def split_front_matter(text: str, where: str) -> tuple[dict, str, int]:
    """(front matter, body, line number the body starts on)."""
    if not text.startswith("---"):
        raise LeafletError(
            f"{where}: line 1: the file must start with front matter between '---' lines"
        )
    lines = text.splitlines(keepends=True)
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if end is None:
        raise LeafletError(f"{where}: the front matter opened on line 1 is never closed with '---'")
    try:
        data = yaml.load("".join(lines[1:end]), _FrontMatterLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f"line {mark.line + 2}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise LeafletError(
            f"{where}: {line}the front matter is not valid YAML ({problem})"
        ) from None
    if not isinstance(data, dict):
        raise LeafletError(f"{where}: the front matter must be 'key: value' lines")
    return data, "".join(lines[end + 1 :]), end + 1


def parse_inline(markdown: str, where: str = "text") -> Inline:
    """Inline Markdown (strong, links, language runs) as spans: used for config text too."""
    if found := control_character(markdown):
        raise LeafletError(
            f"{where}: holds a control character (U+{ord(found[0]):04X}), which no format can "
            "carry: retype the text"
        )
    tokens = _MARKDOWN.parse(markdown)
    inline = [t for t in tokens if t.type == "inline"]
    if len(inline) != 1 or len([t for t in tokens if t.type == "paragraph_open"]) != 1:
        raise LeafletError(f"{where}: must be a single paragraph of text")
    return _spans(inline[0], where, 0)


def _spans(token: Token, where: str, line_offset: int) -> Inline:
    line = (token.map[0] if token.map else 0) + line_offset + 1
    spans: list[Span] = []
    strong = 0
    href: str | None = None
    langs: list[str] = []
    field = False
    for child in token.children or []:
        kind = child.type
        if kind in ("strong_open", "em_open"):
            strong += 1
        elif kind in ("strong_close", "em_close"):
            strong -= 1
        elif kind == "link_open":
            href = str(child.attrs.get("href", ""))
        elif kind == "link_close":
            href = None
        elif kind == "span_open" and child.attrs.get("class") == "field":
            field = True
        elif kind == "span_close" and field:
            field = False
        elif kind == "span_open":
            lang = str(child.attrs.get("lang", ""))
            if not lang or not _LANG_TAG.match(lang):
                raise LeafletError(
                    f"{where}: line {line}: a [text]{{...}} run must carry a language, "
                    "as in [text]{lang=ur}, or be a fill-in field, as in [seconds]{.field}"
                )
            langs.append(lang)
        elif kind == "span_close":
            langs.pop()
        elif kind in ("text", "code_inline", "softbreak", "hardbreak"):
            text = " " if kind.endswith("break") else child.content
            if kind == "text" and (leftover := _UNPARSED_ATTRIBUTES.search(text)):
                raise LeafletError(
                    f"{where}: line {line}: '{leftover[0]}' is not a language tag: write "
                    "[text]{lang=pl} with a BCP 47 tag such as pl, ur or pa"
                )
            if text:
                lang = langs[-1] if langs else None
                spans.append(Span(text, bool(strong), href, lang, field))
        elif kind == "html_inline":
            raise LeafletError(
                f"{where}: line {line}: raw HTML ({child.content}) is not carried by any format; "
                "write it as Markdown"
            )
        elif kind == "image":
            raise LeafletError(f"{where}: line {line}: put a picture on a line of its own")
        else:
            raise LeafletError(f"{where}: line {line}: '{kind}' is not supported in a leaflet")
    return _merge(spans)


def _merge(spans: list[Span]) -> Inline:
    """Joins neighbouring spans of the same kind and trims the ends."""
    merged: list[Span] = []
    for span in spans:
        if (
            merged
            and not span.field
            and not merged[-1].field
            and (merged[-1].strong, merged[-1].href, merged[-1].lang)
            == (span.strong, span.href, span.lang)
        ):
            merged[-1] = replace(merged[-1], text=merged[-1].text + span.text)
        else:
            merged.append(span)
    if merged:
        merged[0] = replace(merged[0], text=merged[0].text.lstrip())
        merged[-1] = replace(merged[-1], text=merged[-1].text.rstrip())
    return tuple(span for span in merged if span.text)


def _check_scripts(spans: Inline, where: str, line: int, language: str) -> None:
    """Text in another script must be tagged, so every format knows which language it is.
    Figures alone have no script to tag ('08:00', '2' in an Urdu leaflet's table of times had
    been refused as 'written in Common script'): they are the leaflet's, as in English."""
    for span in spans:
        lang = span.lang or language
        row = find_language(lang)
        expected = row.script if row else None
        found = script_of(span.text)
        if found == "Common" or (found == "Latin" and expected in (None, "Latin")):
            continue
        if expected is None or found != expected:
            hint = "tag it as [text]{lang=..}" if span.lang is None else f"check the tag '{lang}'"
            raise LeafletError(
                f"{where}: line {line}: '{span.text[:40]}' is written in {found} script but is "
                f"marked as language '{lang}': {hint}"
            )


def _check_title_script(title: str, language: str, where: str) -> None:
    """A title cannot carry a language tag, so every letter must be in the leaflet's script."""
    row = find_language(language)
    expected = {row.script if row else "Latin"}
    others = sorted(scripts_in(title) - expected)
    if others:
        raise LeafletError(
            f"{where}: front matter: title: '{title[:60]}' is written in {others[0]} script as "
            f"well as the leaflet's {expected.pop()}: a title is in the leaflet's language only "
            "(put other languages in the body, tagged as [text]{lang=ur})"
        )


_UNSUPPORTED = {
    "html_block": "raw HTML",
    "fence": "a code block",
    "code_block": "an indented code block (indent text by fewer than four spaces)",
}
_LIST_ITEM_TOKENS = ("list_item_open", "list_item_close", "paragraph_open", "paragraph_close")


class _BodyParser:
    """Turns markdown-it's token stream into blocks, one step per kind of block; each step
    takes the index of its opening token and returns the index after its closing one."""

    def __init__(
        self, body: str, where: str, line_offset: int, language: str, folder: Path | None
    ) -> None:
        self.tokens = _MARKDOWN.parse(body)
        self.where = where
        self.line_offset = line_offset
        self.language = language
        self.folder = folder
        self.blocks: list[Block] = []
        self.steps = {
            "heading_open": self.heading,
            "paragraph_open": self.paragraph,
            "bullet_list_open": self.list_block,
            "ordered_list_open": self.list_block,
            "blockquote_open": self.notice,
            "table_open": self.table,
            "hr": lambda i: i + 1,  # a page-break rule in old leaflets: layout is each format's
        }

    def parse(self) -> tuple[Block, ...]:
        i = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            step = self.steps.get(token.type)
            if step is None:
                what = _UNSUPPORTED.get(token.type, f"'{token.type}'")
                raise self.error(
                    token,
                    f"{what} cannot be carried into braille, audio and Easy Read; write it as "
                    "headings, paragraphs or a list",
                )
            i = step(i)
        return tuple(self.blocks)

    def error(self, token: Token, message: str) -> LeafletError:
        return LeafletError(f"{self.where}: line {self.line_of(token)}: {message}")

    def line_of(self, token: Token) -> int:
        return (token.map[0] if token.map else 0) + self.line_offset + 1

    def inline_after(self, index: int) -> Inline:
        """The spans of the inline token after an opening token, their length and scripts
        checked."""
        spans = _spans(self.tokens[index + 1], self.where, self.line_offset)
        length = sum(len(span.text) for span in spans)
        if length > MAX_TEXT_CHARACTERS:
            raise self.error(
                self.tokens[index],
                f"this text is {length:,} characters long; a paragraph, heading or list item may "
                f"be at most {MAX_TEXT_CHARACTERS:,} characters: split it into paragraphs",
            )
        _check_scripts(spans, self.where, self.line_of(self.tokens[index]), self.language)
        return spans

    def no_picture_in(self, index: int, container: str, remedy: str) -> None:
        """A picture in a notice, list item or table cell is refused for what it is in: no
        format carries it there. "put a picture on a line of its own" had been said of one
        already on its own line in a notice."""
        if any(child.type == "image" for child in self.tokens[index].children or []):
            raise self.error(
                self.tokens[index], f"a picture cannot go inside {container}: put it {remedy}"
            )

    def heading(self, i: int) -> int:
        token = self.tokens[i]
        level = int(token.tag[1])
        if level == 1:
            raise self.error(
                token,
                "the title belongs in the front matter ('title:'); section headings in the body "
                "start at '##'",
            )
        self.blocks.append(Heading(level, self.inline_after(i)))
        return i + 3

    def paragraph(self, i: int) -> int:
        children = self.tokens[i + 1].children or []
        images = [c for c in children if c.type == "image"]
        if images and all(c.type == "image" or not c.content.strip() for c in children):
            self.blocks.extend(self.picture(self.tokens[i], image) for image in images)
        else:
            spans = self.inline_after(i)
            langs = {span.lang for span in spans}
            whole_lang = langs.pop() if len(langs) == 1 else None
            self.blocks.append(Paragraph(spans, whole_lang))
        return i + 3

    def picture(self, token: Token, image: Token) -> Image | DescribedPicture:
        """A picture on a line of its own: it needs alt text and, when checked, its file;
        `![description]()` is a picture described but not supplied."""
        alt = "".join(c.content for c in image.children or []).strip()
        src = str(image.attrs.get("src", ""))
        if not src:
            if not alt:
                raise self.error(token, "![]() says nothing: describe the picture in the [ ]")
            return DescribedPicture(alt)
        if not alt:
            raise self.error(
                token, f"the picture {src} has no alt text: write ![what it shows](...)"
            )
        if self.folder is not None:
            self.check_picture_file(token, src)
        return Image(src, alt)

    def check_picture_file(self, token: Token, src: str) -> None:
        """Pictures are read only from inside the leaflet's folder, and only once checked: no
        renderer opens a file from elsewhere, a bomb or an SVG that fetches an address."""
        path = self.folder / src
        if not path.resolve().is_relative_to(self.folder.resolve()):
            raise self.error(
                token,
                f"the picture {src} is outside {self.folder}: keep pictures in the leaflet's "
                "folder (as images/name.png)",
            )
        if not path.is_file():
            raise self.error(
                token,
                f"the picture {src} is not there (looked for {path}); pictures are files beside "
                "the leaflet",
            )
        try:
            check_picture(path)
        except ValueError as error:
            raise self.error(token, f"the picture {src} {error}") from None

    def list_block(self, i: int) -> int:
        items: list[Inline] = []
        numbers: list[int] = []
        depth = 0
        j = i
        while True:
            token = self.tokens[j]
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
                if depth > 1:
                    raise self.error(
                        token,
                        "lists inside lists are not supported; make it one list or split it "
                        "with a heading",
                    )
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                if depth == 0:
                    break
            elif token.type == "inline":
                self.no_picture_in(
                    j, "a list item", "on a line of its own before or after the list"
                )
                items.append(self.inline_after(j - 1))
            elif token.type == "list_item_open" and token.info.isdigit():
                numbers.append(int(token.info))
            elif token.type not in _LIST_ITEM_TOKENS:
                raise self.error(token, f"'{token.type}' is not supported in a list item")
            j += 1
        ordered = self.tokens[i].type == "ordered_list_open"
        self.blocks.append(ListBlock(ordered, tuple(items), tuple(numbers) if ordered else ()))
        return j + 1

    def table(self, i: int) -> int:
        """A pipe table: its first row is the header; cells hold text, never blocks."""
        rows: list[list[Inline]] = []
        j = i
        while self.tokens[j].type != "table_close":
            token = self.tokens[j]
            if token.type == "tr_open":
                rows.append([])
            elif token.type == "inline":
                self.no_picture_in(
                    j, "a table's cell", "on a line of its own before or after the table"
                )
                rows[-1].append(self.inline_after(j - 1))
            j += 1
        header, *body = rows
        if not body:
            raise self.error(self.tokens[i], "a table needs at least one row under its header")
        self.blocks.append(Table(tuple(header), tuple(tuple(row) for row in body)))
        return j + 1

    def notice(self, i: int) -> int:
        """A block quote is a safety notice; `[!WARNING]` or `[!NOTE]` first says its kind."""
        j = i + 1
        paragraphs: list[Inline] = []  # its words before the list, paragraph by paragraph
        items: tuple[Inline, ...] = ()
        after: list[Span] = []  # its words after the list
        while self.tokens[j].type != "blockquote_close":
            token = self.tokens[j]
            if token.type == "inline":
                self.no_picture_in(j, "a notice (a '>' box)", "before or after the box")
            if token.type == "inline" and items:
                if after:
                    after.append(Span(" "))
                after.extend(self.inline_after(j - 1))
            elif token.type == "inline":
                paragraphs.append(self.inline_after(j - 1))
            elif token.type in ("bullet_list_open", "ordered_list_open") and paragraphs:
                if items:
                    raise self.error(token, "a notice may hold one list, under its first words")
                j = self.list_block(j)  # "> Call 999 if you:" over "> - are ..." lines
                items = self.blocks.pop().items
                continue
            elif token.type not in ("paragraph_open", "paragraph_close"):
                raise self.error(
                    token, "a notice (block quote) may hold only paragraphs, then one list"
                )
            j += 1
        kind = "important"
        parts = list(paragraphs[0]) if paragraphs else []
        if parts and (marker := _NOTICE_MARKER.match(parts[0].text)):
            kind = marker[1].lower()
            first = parts[0]
            parts[0] = Span(first.text[marker.end() :], first.strong, first.href, first.lang)
        else:  # "> Warning: ..." is a warning: labelled "Important" it showed both words
            kind = notice_kind_said(plain_text(parts)) or kind
        more = tuple(_merge(list(p)) for p in paragraphs[1:])
        self.blocks.append(
            Notice(_merge(parts), kind, items, _merge(after) if after else (), more)
        )
        return j + 1


def parse_body(
    body: str, where: str, line_offset: int, language: str, folder: Path | None = None
) -> tuple[Block, ...]:
    """The body's blocks; `folder` is where pictures are looked for (None: not checked)."""
    return _BodyParser(body, where, line_offset, language, folder).parse()


def read_text(
    path: Path, *, page_breaks: bool = False, read_as: list[str] | None = None,
    page_starts: list[int] | None = None,
) -> str:
    """A leaflet's text, refused whole when it is too large, not UTF-8 or holds control
    characters; a byte-order mark (Windows Notepad's) is dropped. With `page_breaks` (a text
    export to import), a form feed, which pdftotext and a paginated Word file's plain text put
    between pages, is the line break it stands for. With `read_as` (a file to import), text in
    another encoding that can be known is read in it, and what it was read as is added;
    `page_starts` gets the number of each line a form feed begins a page at."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_MB * 1_000_000:
            raise LeafletError(
                f"{path}: the file is {round(size / 1_000_000)} MB: a leaflet source may be at "
                f"most {MAX_SOURCE_MB} MB (a long leaflet is about 30 KB); is it the right file?"
            )
        data = path.read_bytes()
        encoding = None if read_as is None else _known_encoding(data)
        if encoding:
            text = data.decode(encoding).removeprefix("\ufeff")
            read_as.append(f"read as {_ENCODING_NAMES[encoding]} text (it is not UTF-8): check "
                           "its '£', quotes, dashes and accented letters read right")
        else:
            text = data.decode("utf-8").removeprefix("\ufeff")
        if page_breaks:
            if page_starts is not None:
                page_starts += [
                    text.count("\n", 0, found.start()) + text.count("\f", 0, found.start()) + 2
                    for found in re.finditer("\f", text)
                ]
            text = text.replace("\f", "\n")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        also = "" if read_as is None else (
            " (nor Windows text in English: it may be in another language's encoding); in "
            "Notepad, Save As with Encoding 'UTF-8', then import that"
        )
        raise LeafletError(
            f"{path}: line {line}: the file is not UTF-8 text{also or '; save it as UTF-8'}"
        ) from None
    except OSError as error:
        raise LeafletError(f"{path}: cannot be read ({error.strerror})") from None
    if found := control_character(text):
        line = text.count("\n", 0, found.start()) + 1
        raise LeafletError(
            f"{path}: line {line}: a control character (U+{ord(found[0]):04X}) is in the text, "
            "which no format can carry (pasted from another program?): delete it"
        )
    return text


_ENCODING_NAMES = {"utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
                   "cp1252": "Windows-1252"}
# what Windows-1252 gives English text beyond ASCII: signs, punctuation, Latin accents
_WINDOWS_ENGLISH = re.compile(r"[£€°±×÷½¼¾µ·•–—‘’‚“”„…™©®§¹²³«»¿¡À-ÿ]")


def _known_encoding(data: bytes) -> str | None:
    """The encoding of text to import that is not UTF-8, where it can be known: UTF-16 by its
    byte-order mark (Notepad's 'Unicode') or by the zero byte beside each English letter, and
    Windows-1252 (Word's and Notepad's 'ANSI' in the UK) when every character beyond ASCII then
    reads as English text's: '£', curly quotes, dashes, and accents only in words English
    uses ('café', 'purée'). Any other word is another language's encoding read wrong, which
    is refused, not guessed: 'Ïðèâåò' is Russian in Windows-1251, 'Proszê' Polish in 1250."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    pairs = len(data) // 2
    if pairs >= 8 and len(data) % 2 == 0:
        for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[::2])):
            if zeros.count(0) >= 0.9 * pairs and data[::2] != data[1::2]:
                return encoding
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # a byte Windows-1252 leaves undefined: another encoding
    if any(ord(c) > 127 and not _WINDOWS_ENGLISH.fullmatch(c) for c in text):
        return None
    from wordfreq import zipf_frequency

    for word in set(re.findall(r"[^\W\d_]+", text)):
        if not word.isascii() and not zipf_frequency(word.casefold(), "en"):
            return None
    return "cp1252"


def read_leaflet(path: Path, trust: Callable[[Metadata], TrustParts]) -> Leaflet:
    """Reads one source file; every problem is a LeafletError naming the file and line. `trust`
    gives the closing parts for its metadata (they carry the leaflet's own offer)."""
    where = str(path)
    data, body, body_line = split_front_matter(read_text(path), where)
    try:
        front = FrontMatter.model_validate(data)
    except ValidationError as error:
        raise LeafletError(describe_validation_error(f"{where}: front matter", error)) from None
    _check_title_script(front.title, front.language, where)
    name = path.name.removesuffix(".md")
    slug, _, variant = name.partition(".")
    prefix = f"{reference_slug(front.number)}-"
    if not slug.startswith(prefix):
        raise LeafletError(
            f"{where}: the file name must start with the leaflet number '{prefix}' "
            f"(as in {prefix}{slugify(front.title)}.md)"
        )
    if variant and variant != "easyread" and primary_language(variant) != primary_language(
        front.language
    ):
        raise LeafletError(
            f"{where}: front matter: language: the file name says '{variant}' but the front "
            f"matter says '{front.language}'; make them agree"
        )
    blocks = parse_body(body, where, body_line, front.language, path.parent)
    # the audience the pipeline supplies is English: in a Polish leaflet it had been tagged
    # Polish in every format and brailled in Polish braille
    supplied = "audience" not in front.model_fields_set
    english = primary_language(front.language) == "en"
    meta = Metadata(**dict(front), audience_lang=None if english or not supplied else "en-GB")
    return Leaflet(meta, blocks, trust(meta), slug, str(path), variant)
