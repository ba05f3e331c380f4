"""Word leaflets: headings by style, or paragraphs set larger than the text or wholly in bold
(many trusts' Word files have no Heading styles), lists by style or numbering with their
numbers, tables as rows of cells, pictures kept with their alt text for the caller to save once
the import is accepted, the page header and footer read for the leaflet's details, else
dropped. The file is checked (sizes, no
DTDs or entities, well-formed XML) before python-docx opens it."""

from __future__ import annotations

import re
import weakref
import zipfile
from collections import Counter
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table as WordTable
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph as WordParagraph

from ...errors import LeafletError
from ..safe_files import check_docx, parse_xml
from .lines import SourceLine, blank, linked
from .metadata import (
    AUDIENCE,
    DEPARTMENT_NAME,
    HOSPITAL_NAME,
    PAGE_NUMBER,
    STAFF_TEAM,
    TRUST_NAME,
    find_details,
    names_beside_a_trust,
    organisation_named,
    trust_names,
    with_its_reference_labelled,
)
from .repeats import ban_words, file_note, running_ban
from .structure import (
    NUMBERED_NOTE,
    RAISED_FIGURES,
    SUPERSCRIPT_FIGURES,
    box_heading,
    box_paragraphs,
    boxed_notice,
    in_another_language,
    line_language,
    notice_start,
    picture_place,
)
from .symbols import left_out as symbol_left_out
from .symbols import private_use, shown, symbol_font

_WORD_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# each Word file's footnotes and endnotes, read once, by its document part
_NOTES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def docx_lines(
    path: Path, bans: list[str] | None = None
) -> tuple[list[SourceLine], dict[str, bytes], list[str], list[str]]:
    """The Word file's lines, its pictures ("images/image1.png" -> bytes), what was dropped as
    a running header or footer, and what a person must put back (a picture in a table); a
    header's or footer's line that says a ban is added to `bans`, for the text to keep once."""
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
    _fields_linked(document)
    edited = _controls_opened(document) + _edits_applied(document) + _symbols_written(document)
    edited += _comments_said(document)
    sizes = _heading_sizes(document)
    if 1 not in sizes.values() and (title := _title_over_the_headings(document)):
        sizes[title] = 1
    reader = _WordReader(document, sizes)
    reader.asks_in_bold = _bold_question_headings(document) >= 2
    reader.leads, lead_warnings = _bold_lead_headings(document, sizes)
    reader.lost += lead_warnings
    elements = list(document.element.body.iterchildren())
    at = 0
    while at < len(elements):
        element, at = elements[at], at + 1
        if element.tag == f"{_WORD_NAMESPACE}p":
            paragraph = WordParagraph(element, document)
            anchors = [element]
            # (a paragraph set larger than the text, bordered or not, is the title or a heading)
            if (border := _box_border(paragraph)) and not reader.sized(1):
                # paragraphs in a run with the same border: Word draws one box round them
                boxed = [paragraph]
                while at < len(elements) and elements[at].tag == element.tag and (
                    _box_border(following := WordParagraph(elements[at], document)) == border
                ) and not reader.sized(len(boxed) + 1):
                    boxed.append(following)
                    at += 1
                reader.bordered(boxed)
                # (a text box anchored in the box's second paragraph or later had been lost)
                anchors = [p._p for p in boxed]
            else:
                reader.paragraph(paragraph)
            for box in [box for anchor in anchors for box in _text_boxes(anchor)]:
                reader.text_box([WordParagraph(p, document) for p in box])
        elif element.tag == f"{_WORD_NAMESPACE}tbl":
            reader.table(WordTable(element, document))
    reader.boxes_beside()
    reader.say_numbered_pictures()
    lines, dropped, warned = _running_lines(document, [] if bans is None else bans)
    return reader.lines + lines, reader.found_pictures, dropped, edited + reader.lost + warned


_OFF = ("0", "false", "off")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(element) -> list[list]:
    """The paragraphs of each text box anchored in a body paragraph, once each: Word writes a
    text box twice, as a drawing and as an older program's fallback picture of it. A text box
    of the ward's phone numbers beside the text had not been read at all."""
    found = []
    for content in element.iter(f"{_WORD_NAMESPACE}txbxContent"):
        above = list(content.iterancestors())
        if any(a.tag in (_FALLBACK, f"{_WORD_NAMESPACE}txbxContent") for a in above):
            continue
        # (a text box set inside it is in its paragraphs twice too, drawing and fallback: its
        # words had been said twice, "Never take extra water tablets." and again)
        found.append([
            p for p in content.iter(f"{_WORD_NAMESPACE}p")
            if not any(a.tag == _FALLBACK for a in _ancestors_within(p, content))
        ])
    return found


def _ancestors_within(element, top) -> list:
    """The elements `element` is in, up to `top`."""
    found = []
    for above in element.iterancestors():
        if above is top:
            break
        found.append(above)
    return found


_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"?(?P<url>[^"\s\\][^"\s]*)"?', re.IGNORECASE)


def _fields_linked(document) -> None:
    """Each hyperlink Word keeps as a HYPERLINK field (a link pasted from a web page or an
    email, or made by an older Word: a field's code, then its words) made the hyperlink
    element Word's Insert Link makes, so it is read as one (_linked): its address had been
    lost from the text, a heading and a table's cell alike, its words alone kept. A field
    pointing to a place in the document ("\\l") stays its words."""
    w = _WORD_NAMESPACE
    parts = [(document.element.body, document.part)] + [
        (part._element, part.part)
        for section in document.sections for part in (section.header, section.footer)
        if not part.is_linked_to_previous
    ]
    for root, part in parts:
        for simple in list(root.iter(f"{w}fldSimple")):
            found = _HYPERLINK_FIELD.match(simple.get(f"{w}instr") or "")
            if found and simple.getparent() is not None:
                link = _hyperlink_to(part, found["url"])
                link.extend(child for child in list(simple) if child.tag == f"{w}r")
                simple.addprevious(link)
                simple.getparent().remove(simple)
        for paragraph in list(root.iter(f"{w}p")):
            depth, code, begin, result, marks = 0, [], None, None, []
            for child in list(paragraph):
                kind = child.find(f"{w}fldChar") if child.tag == f"{w}r" else None
                kind = kind.get(f"{w}fldCharType") if kind is not None else None
                if kind == "begin":
                    depth += 1
                    if depth == 1:
                        code, begin, result, marks = [], child, None, [child]
                    continue
                if depth == 1 and kind == "separate":
                    result = []
                    marks.append(child)
                elif kind == "end":
                    depth -= 1
                    if depth == 0 and begin is not None:
                        marks.append(child)
                        found = _HYPERLINK_FIELD.match("".join(code))
                        if found and result:
                            link = _hyperlink_to(part, found["url"])
                            begin.addprevious(link)
                            link.extend(result)
                            for mark in marks:
                                paragraph.remove(mark)
                        begin = None
                elif depth == 1 and result is None:
                    code += [t.text or "" for t in child.iter(f"{w}instrText")]
                    if child.tag == f"{w}r":
                        marks.append(child)
                elif depth >= 1 and result is not None and child.tag == f"{w}r":
                    result.append(child)


def _hyperlink_to(part, url: str):
    """A hyperlink element pointing to `url`, its relationship added to `part`."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), part.relate_to(url, RT.HYPERLINK, is_external=True))
    return link


def _controls_opened(document) -> list[str]:
    """Each content control (w:sdt), simple field and smart tag replaced by what it holds, in
    the text, its tables and its running lines, and what a person must check of them.
    python-docx reads none of them: a template's controls (a safety line, the reference)
    and Word's table of contents had been lost whole, and "Do not kneel on your new knee
    [for 6 weeks] after your operation" lost its weeks. A control still showing its
    placeholder ("Click or tap here to enter text.") was never filled in: it is a blank, and
    said so."""
    w = _WORD_NAMESPACE
    said: list[str] = []
    for root in _xml_roots(document):
        for control in reversed(list(root.iter(f"{w}sdt"))):  # the innermost first
            parent, content = control.getparent(), control.find(f"{w}sdtContent")
            if parent is None:
                continue
            held = list(content) if content is not None else []
            if control.find(f"{w}sdtPr/{w}showingPlcHdr") is not None:
                words = " ".join("".join(t.text or "" for t in control.iter(f"{w}t")).split())
                for run in [r for child in held for r in child.iter(f"{w}r")]:
                    run.getparent().remove(run)
                blank = OxmlElement("w:r")
                blank.append(OxmlElement("w:t"))
                blank[0].text = "__________"
                if held and held[0].tag == f"{w}p":
                    held[0].append(blank)
                elif not held or held[0].tag in (f"{w}r", f"{w}hyperlink"):
                    held = [blank]
                if words:
                    said.append(f"a box to type in still showing its prompt, '{words}', is a "
                                "blank to fill in: check nothing was meant to be typed there")
            at = parent.index(control)
            for child in reversed(held):
                parent.insert(at + 1, child)
            parent.remove(control)
        # a field's last result kept as a field (a ward's phone number from the file's
        # properties), a smart tag round an address or a date, custom XML round a part: held
        # as their runs, which python-docx skips too ("Call the ward on if your wound leaks")
        wrappers = [f"{w}fldSimple", f"{w}smartTag", f"{w}customXml"]
        for wrapper in reversed([e for e in root.iter(*wrappers)]):
            parent = wrapper.getparent()
            if parent is None:
                continue
            at = parent.index(wrapper)
            for child in reversed(list(wrapper)):
                if not child.tag.endswith(("Pr", "fldData")):
                    parent.insert(at + 1, child)
            parent.remove(wrapper)
    return said


def _edits_applied(document) -> list[str]:
    """The file read as its edits make it, and what a person must check of them. A file sent
    back with Track Changes on holds its inserted words in w:ins, which python-docx does not
    read ("Do <ins>not</ins> flush the line" had been "Do flush the line"), and its deleted
    words in w:del; words struck through by hand mark words to delete ("You can shower but
    ~~you can have a bath~~ do not have a bath" had said both). Insertions are kept, deletions
    and struck words left out, each said so: the edits may not all have been agreed."""
    w = _WORD_NAMESPACE
    said: list[str] = []
    tracked = 0
    for root in _xml_roots(document):
        for row in root.iter(f"{w}tr"):  # a table row deleted with Track Changes on
            if row.find(f"{w}trPr/{w}del") is not None:
                row.getparent().remove(row)
                tracked += 1
        # a paragraph's end deleted joins it to the next paragraph, whose settings it takes
        # as Word's does (a whole paragraph deleted leaves the next as it was): "Do not drink
        # more than" / "1.5 litres of fluid a day." had been two paragraphs, the limit cut
        # from its ban
        for paragraph in reversed(list(root.iter(f"{w}p"))):
            ended = paragraph.find(f"{w}pPr/{w}rPr")
            following = paragraph.getnext()
            if ended is None or following is None or following.tag != f"{w}p" or not any(
                ended.find(f"{w}{tag}") is not None for tag in ("del", "moveFrom")
            ):
                continue
            at = 1 if following.find(f"{w}pPr") is not None else 0
            for child in reversed([c for c in paragraph if c.tag != f"{w}pPr"]):
                following.insert(at, child)
            paragraph.getparent().remove(paragraph)
            tracked += 1
        for gone in [*root.iter(f"{w}del"), *root.iter(f"{w}moveFrom")]:
            if gone.getparent() is not None and gone.getparent().tag != f"{w}rPr":
                gone.getparent().remove(gone)
                tracked += 1
        for kept in [*root.iter(f"{w}ins"), *root.iter(f"{w}moveTo")]:
            parent = kept.getparent()
            if parent is None or parent.tag in (f"{w}rPr", f"{w}trPr"):
                continue
            at = parent.index(kept)
            for child in reversed(list(kept)):
                parent.insert(at + 1, child)
            parent.remove(kept)
            tracked += 1
        for run in list(root.iter(f"{w}r")):
            marks = [run.find(f"{w}rPr/{w}{tag}") for tag in ("strike", "dstrike")]
            if any(m is not None and m.get(f"{w}val", "1").lower() not in _OFF for m in marks):
                words = "".join(t.text or "" for t in run.iter(f"{w}t"))
                run.getparent().remove(run)
                if words.strip():
                    said.append(f"the words struck through, '{' '.join(words.split())}', were "
                                "left out (Word's strikethrough marks words to delete): check "
                                "they were meant to go")
    if tracked:
        said.insert(0, f"the file holds tracked changes ({tracked}) not yet accepted: it was "
                    "read as if all were accepted (inserted words kept, deleted words left "
                    "out); check with its author that every change was agreed")
    return said


def _comments_said(document) -> list[str]:
    """Each comment left in the file, quoted with the words it is on, for a person to check
    before the leaflet goes out. A comment is no part of the text (it is left out, as Word
    leaves it out of a print), but it may hold a clinical point not yet settled ("Should this
    be 3 days for some patients? Please check before printing."): comments had been dropped
    unsaid, and the caveat went out in every format unchecked. Read after the tracked
    changes are applied, so the words quoted are the words kept."""
    w = _WORD_NAMESPACE
    comments: dict[str, str] = {}
    for relationship in document.part.rels.values():
        if relationship.is_external or not relationship.reltype.endswith("/comments"):
            continue
        root = parse_xml(relationship.target_part.blob, "word/comments.xml")
        for comment in root.iter(f"{w}comment"):
            said = " ".join(" ".join(
                "".join(t.text or "" for t in paragraph.iter(f"{w}t")).split()
            ) for paragraph in comment.iter(f"{w}p")).strip()
            if said:
                comments[comment.get(f"{w}id")] = said
    if not comments:
        return []
    anchored: dict[str, list[str]] = {}
    for root in _xml_roots(document):
        open_now: list[str] = []
        for element in root.iter(f"{w}commentRangeStart", f"{w}commentRangeEnd", f"{w}t",
                                 f"{w}commentReference", f"{w}p"):
            number = element.get(f"{w}id")
            if element.tag == f"{w}commentRangeStart":
                open_now.append(number)
                anchored.setdefault(number, [])
            elif element.tag == f"{w}commentRangeEnd":
                open_now = [n for n in open_now if n != number]
            elif element.tag == f"{w}t":
                for number in open_now:
                    anchored[number].append(element.text or "")
            elif element.tag == f"{w}p":
                for number in open_now:
                    anchored[number].append(" ")
            elif not "".join(anchored.get(number, [])).strip():
                # a comment on no words (its mark alone): the paragraph it is in
                paragraph = next(element.iterancestors(f"{w}p"), None)
                anchored[number] = [
                    "".join(t.text or "" for t in paragraph.iter(f"{w}t"))
                ] if paragraph is not None else []
    said = []
    for number, comment in comments.items():
        words = " ".join("".join(anchored.get(number, [])).split())
        on = f"on the words '{words[:120]}{'...' if len(words) > 120 else ''}'" if words else (
            "on no words the text keeps"
        )
        said.append(f"the file holds a comment, '{comment[:300]}', {on}: comments are left "
                    "out of the text; check it was settled before the leaflet goes out")
    return said


def _unmerged(cells: list) -> list:
    """A row's cells, a cell merged across columns once (python-docx gives it in each)."""
    return [
        cell for index, cell in enumerate(cells)
        if not index or cell._tc is not cells[index - 1]._tc
    ]


def _symbols_written(document) -> list[str]:
    """Each symbol Word draws in a symbol font (w:sym, or a run in Wingdings or Symbol, or a
    private-use character pasted from one) written as what it shows: the box to tick "☐", a
    tick, a bullet. Word's w:sym had been left out ("Do you have a pacemaker? Yes No") and the
    rest read as letters ("Yes o No o") or as characters no format has. One whose meaning is
    not known is left out and said, never dropped unsaid."""
    w = _WORD_NAMESPACE
    lost: list[str] = []
    for root in _xml_roots(document):
        for run in list(root.iter(f"{w}r")):
            fonts = run.find(f"{w}rPr/{w}rFonts")
            font = symbol_font(fonts.get(f"{w}ascii") or fonts.get(f"{w}hAnsi")) if (
                fonts is not None
            ) else ""
            for child in list(run):
                if child.tag == f"{w}sym":
                    named = child.get(f"{w}font") or ""
                    char = chr(int(child.get(f"{w}char") or "0", 16))
                    said = shown(symbol_font(named), char) if (
                        symbol_font(named) or private_use(char)
                    ) else char
                    text = OxmlElement("w:t")
                    text.text = said or ""
                    child.addprevious(text)
                    run.remove(child)
                    if said is None:
                        lost.append(f"{named or 'a symbol font'} U+{ord(char):04X}")
                elif child.tag == f"{w}t" and child.text and (
                    font or any(private_use(c) for c in child.text)
                ):
                    said_each = [shown(font, c) for c in child.text]
                    lost += [
                        f"{font.title() or 'a symbol font'} U+{ord(c):04X}"
                        for c, said in zip(child.text, said_each, strict=True) if said is None
                    ]
                    child.text = "".join(said or "" for said in said_each)
    return [symbol_left_out(found) for found in dict.fromkeys(lost)]


def _xml_roots(document) -> list:
    """The body's XML and each page header's and footer's a section does not take from the one
    before: every place a Word file keeps its words."""
    roots = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                roots.append(part._element)
    return roots


def _running_lines(
    document, bans: list[str]
) -> tuple[list[SourceLine], list[str], list[str]]:
    """The page headers and footers Word repeats on every page: a line holding the leaflet's
    details (many trusts keep the reference and review date in the footer) is read for them;
    one that says a ban ("Never take methotrexate more than once a week") is added to `bans`,
    kept once in the text; any other is dropped, and said so, and warned of if it says a
    condition or ban word all the same."""
    lines: list[SourceLine] = []
    dropped: list[str] = []
    warned: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for where, part in (("page header", section.header), ("page footer", section.footer)):
            if part.is_linked_to_previous and section is not document.sections[0]:
                continue
            # (a footer set out in a table, as many trusts' templates are, the trust's logo
            # text in one cell and "Leaflet number: URO-0412" in another: its rows, a line
            # each, cells apart as tabs part them; they had not been read, and the leaflet's
            # details were not found)
            said = [paragraph.text for paragraph in part.paragraphs] + [
                "\t".join(cell.text for cell in _unmerged(row.cells))
                for table in part.tables for row in table.rows
            ] + [
                # (a template's footer in a text box, "Leaflet No: PIL 1234 Version 3 Review
                # date: 05/2027", had not been read: no number nor review date found)
                " ".join(WordParagraph(p, part).text for p in box)
                for box in _text_boxes(part._element)
            ]
            for running in said:
                whole = " ".join(running.split())
                if not whole or whole in seen:
                    continue
                seen.add(whole)
                # a header set out with tabs, the trust's name on the left and the department
                # on the right: each part read alone
                parts = [" ".join(p.split()) for p in re.split(r"\t+| {3,}", running)]
                parts = [p for p in parts if p]
                trust = [p for p in parts if TRUST_NAME.match(p)]
                texts = [whole] if len(parts) < 2 or find_details(whole).values else parts
                for text in texts:
                    # ("Page 1 | PHY-0388", its reference in no label's words, read as one)
                    text = with_its_reference_labelled(text) or text
                    beside_trust = (
                        trust and text not in trust and len(parts) == 2
                        and names_beside_a_trust(text)
                    )
                    if find_details(text).values:
                        lines += [blank(where), SourceLine(text, where, running=True)]
                    elif (names := trust_names(text)) and any(
                        organisation_named(f"Produced by {name}") for name in names
                    ):
                        # a trust's name over every page says who wrote the leaflet, as the
                        # same name over a PDF's pages does (it had been dropped, the leaflet
                        # announced as the running trust's; the running trust's own is not
                        # kept), and a Welsh board's in both languages ("Bwrdd Iechyd
                        # Prifysgol ... / ... University Health Board", dropped unsaid)
                        lines += [blank(where), SourceLine(text, where, running=True)]
                    elif len(text.split()) <= 8 and (
                        DEPARTMENT_NAME.search(text) or STAFF_TEAM.fullmatch(text)
                    ) or beside_trust:
                        # "Ophthalmology Department" over every page: the department
                        lines += [blank(where), SourceLine(f"Department: {text}", where)]
                    elif running_ban(text, line_language(text)):
                        if text not in bans:
                            bans.append(text)
                            dropped.append(f"{where}: the running line '{text[:60]}' says a "
                                           "ban: kept once, as a notice at the text's start")
                    elif file_note(text, line_language(text).rstrip("!") or "en"):
                        # "Do not photocopy", "Uncontrolled when printed": said, no warning
                        # to put it back in the text
                        dropped.append(f"{where}: dropped the running line '{text[:60]}', the "
                                       "trust's note about its file")
                    else:
                        dropped.append(f"{where}: dropped the running line '{text[:60]}'")
                        if said := ban_words(text):
                            warned.append(
                                f"{where}: dropped the running line '{text[:80]}', though it "
                                f"says '{said[0]}': if the leaflet says it nowhere else, put it "
                                "in the text (check no ban or condition was lost)"
                            )
    return lines, dropped, warned


def _heading_sizes(document) -> dict[int, int]:
    """Heading levels by the type's size, as a PDF's are read: a short paragraph, in no
    Heading style, set larger than the text. Near the top, the first in the largest size is
    the title (many trusts' Word files set it in bold at 20 pt under the hospital's name in the
    text's own size: the name had been taken for the title, the title made the first chapter);
    smaller sizes are sections. Keyed by the paragraph's place among the body's paragraphs."""
    default = _default_size(document)
    paragraphs = [
        WordParagraph(element, document)
        for element in document.element.body.iterchildren()
        if element.tag == f"{_WORD_NAMESPACE}p"
    ]
    weights: Counter = Counter()
    found: dict[int, float] = {}
    for number, paragraph in enumerate(paragraphs, 1):
        size = _paragraph_size(paragraph, default)
        words = paragraph.text.split()
        weights[size] += len(paragraph.text)
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if (
            words and len(words) <= 15
            and not style.startswith(("heading", "title", "list"))
            and not paragraph.text.strip().endswith((".", ",", ";", ":"))
        ):
            found[number] = size
    if not weights:
        return {}
    body_size = weights.most_common(1)[0][0]
    larger = sorted({size for size in found.values() if size > body_size * 1.12}, reverse=True)
    if not larger:
        return {}
    top = [number for number, paragraph in enumerate(paragraphs, 1) if paragraph.text.strip()][:6]
    # (a file that marks its title in Word's Title style has it there)
    marked = any(p.style is not None and p.style.name == "Title" for p in paragraphs)
    title = None if marked else next((n for n in top if found.get(n) == larger[0]), None)
    sections = larger[1:] if title is not None else larger
    levels = {size: min(index + 2, 4) for index, size in enumerate(sections)}
    headings = {n: levels[size] for n, size in found.items() if size in levels}
    if title is not None:
        headings[title] = 1
    return headings


def _title_over_the_headings(document) -> int | None:
    """The paragraph set as a title, in bold or centred (a larger one `_heading_sizes` finds),
    that stands before the first paragraph in a Heading style, in a file with no Title style:
    "Reducing your risk of falls" in bold over a Heading 1 "Why you may be more likely to fall"
    had lost the title, dropped as set above it, and the first section's heading was the title.
    Not a masthead's line (a trust's, hospital's or department's name, the audience, the
    leaflet's details), which the lines above a title may be; not a sentence. Keyed as
    `_heading_sizes` keys."""
    paragraphs = [
        WordParagraph(element, document)
        for element in document.element.body.iterchildren()
        if element.tag == f"{_WORD_NAMESPACE}p"
    ]
    styles = [
        (p.style.name or "").lower() if p.style is not None else "" for p in paragraphs
    ]
    if "title" in styles:
        return None
    first_heading = next((n for n, style in enumerate(styles) if style.startswith("heading")), None)
    if first_heading is None:
        return None  # (with no Heading styles, the first line is read as the title anyway)
    for number, paragraph in enumerate(paragraphs[:first_heading], 1):
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        if _a_mastheads_line(text):
            continue
        centred = paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER or (
            paragraph.style is not None
            and paragraph.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        )
        if (
            (_all_bold(paragraph) or centred)
            and len(text.split()) <= 15
            and not styles[number - 1].startswith("list")
            and not text.endswith((".", ",", ";", ":"))
        ):
            return number
        return None  # a paragraph of the text first: no title over the headings
    return None


def _a_mastheads_line(text: str) -> bool:
    """A trust's, hospital's or department's name, the audience, a page number or the
    leaflet's details: a line set over a title, never it."""
    found = find_details(text)
    return bool(
        TRUST_NAME.match(text) or HOSPITAL_NAME.match(text) or DEPARTMENT_NAME.search(text)
        or AUDIENCE.match(text) or PAGE_NUMBER.match(text) or found.values
    )


def _default_size(document) -> float:
    """The size of type a paragraph that names none is set in (Word's own default when the
    file sets none)."""
    w = _WORD_NAMESPACE
    found = document.styles.element.find(f"{w}docDefaults/{w}rPrDefault/{w}rPr/{w}sz")
    try:
        return int(found.get(f"{w}val")) / 2 if found is not None else 11.0
    except (TypeError, ValueError):
        return 11.0


def _paragraph_size(paragraph: WordParagraph, default: float) -> float:
    """The size most of the paragraph's words are set in: a run's own, or its paragraph's
    style's (or the styles it is based on)."""
    style_size = None
    style = paragraph.style
    while style is not None and style_size is None:
        style_size = style.font.size
        style = style.base_style
    sizes: Counter = Counter()
    for run in paragraph.runs:
        if run.text.strip():
            size = run.font.size or style_size
            sizes[size.pt if size is not None else default] += len(run.text.strip())
    if not sizes:
        return style_size.pt if style_size is not None else default
    return sizes.most_common(1)[0][0]


class _WordReader:
    def __init__(self, document, sizes: dict[int, int]) -> None:
        self.document = document
        self.sizes = sizes  # a paragraph's heading level by its size, by its place
        self.found_pictures: dict[str, bytes] = {}
        self.lines: list[SourceLine] = []
        self.paragraphs = 0
        self.tables = 0
        self.title_style = ""
        self.section_level: int | None = None  # the Word Heading level of a section
        self.laid_out_in_tables = False  # the text is set in a layout table (laid_out)
        self.counters: dict[tuple[str, int], int] = {}  # by numbering definition and level
        self.numberings_seen: set[tuple[str, int]] = set()  # numIds met, with their level
        self.lost: list[str] = []  # what a person must put back
        self.asks_in_bold = False  # the leaflet's questions in bold are its headings
        self.headings_seen: set[tuple[str, int]] = set()  # heading numIds met, with level
        self.heading_counts: dict[tuple[str, int], int] = {}  # a numbered heading scheme's
        self.beside: list[SourceLine] = []  # text boxes with headings, read after the section
        self.marks: set[str] = set()  # the notes' raised marks in the text so far
        self.body_size: float | None = None  # the size most of the text is set in
        self.leads: dict[int, str] = {}  # bold lead-ins that head sections, by paragraph
        self.counted_at: tuple[str, int] | None = None  # the list and number last counted
        # the numbers a list's pictures take in Word, and its steps', by list
        self.numbered_pictures: dict[str, list[tuple[str, int]]] = {}
        self.numbered_steps: dict[str, list[int]] = {}

    def section_style_level(self) -> int:
        """The shallowest Word Heading level the leaflet uses under its title (in a layout
        table's cells too, where a template sets the text)."""
        if self.section_level is not None:
            return self.section_level
        paragraphs = self.document.paragraphs if not self.laid_out_in_tables else [
            WordParagraph(p, self.document)
            for p in self.document.element.body.iter(f"{_WORD_NAMESPACE}p")
        ]
        levels = [
            int(re.sub(r"\D", "", name) or 1)
            for paragraph in paragraphs
            if (name := (paragraph.style.name or "").lower() if paragraph.style else "")
            .startswith("heading") and paragraph.text.strip()
        ]
        if self.title_style == "heading 1" and 1 in levels:
            levels.remove(1)  # the title's own
        self.section_level = min(levels, default=1)
        return self.section_level

    def paragraph(self, paragraph: WordParagraph, in_cell: str = "") -> None:
        """A paragraph of the text, or (`in_cell`, where it stands) of a table's cell read as
        the text's own."""
        if not in_cell:
            self.paragraphs += 1
        where = in_cell or f"paragraph {self.paragraphs}"
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        pictured = self.pictures(paragraph)
        for alt, name in pictured:
            self.lines += [SourceLine(alt, where, picture=(alt, name)), blank(where)]
        text = self.note_marked(paragraph, _inline(paragraph))
        if not text.strip():
            if pictured and not style.startswith(("heading", "title")):
                self.numbered_picture(paragraph, style, where)
            self.lines.append(blank(where))
            return
        heading = None
        sized = None if in_cell else self.sizes.get(self.paragraphs)
        if not in_cell and (lead := self.leads.get(self.paragraphs)):
            self.boxes_beside()
            self.lines += [SourceLine(lead, where, heading=2), blank(where)]
            text = _after_the_lead(text)
            if not text:
                return
        if not self.title_style and (style in ("title", "heading 1") or sized == 1):
            self.title_style = style if sized != 1 else "title"
            heading = 1
        elif style.startswith("heading"):
            # the shallowest Heading style under the title heads a section: under a Title,
            # Heading 1 (or Heading 2 where no Heading 1 is used: it had been level 3, the web
            # page jumping from h1 to h3); under a Heading 1 title, Heading 2
            word_level = int(re.sub(r"\D", "", style) or 1)
            heading = min(max(word_level - self.section_style_level() + 2, 2), 4)
        elif sized:
            heading = max(sized, 2)
        elif _all_bold(paragraph) and (
            len(paragraph.text.split()) <= 12 or self.asks_in_bold and _long_question(paragraph)
        ):
            if not paragraph.text.strip().endswith((".", ",", ";", ":")):
                # (under sections set in larger type, a paragraph in bold is a level below)
                heading = min(max([2, *(level + 1 for level in self.sizes.values())]), 4)
        if heading:
            self.boxes_beside()
            # (a heading's link keeps its address, as the text's does: "Support from the
            # British Heart Foundation" had lost the charity's web address from every format)
            words = _words(paragraph, linked=True)
            if (number := self.heading_number(paragraph)) and not re.match(r"\d", words):
                words = f"{number} {words}"
            self.lines += [
                SourceLine(words, where, heading=heading, styled=style.startswith("heading")),
                blank(where),
            ]
            return
        marker, level = self.list_marker(paragraph, style)
        if marker and picture_place(text):
            # a picture's place typed as an item of the list ("[Picture 1]" between steps):
            # no step; read as the line it is, and the number Word gives it said
            self.numbered_picture(paragraph, style, where, counted=True)
            self.lines += [SourceLine(text.strip(), where), blank(where)]
            return
        if marker and self.counted_at:
            self.numbered_steps.setdefault(self.counted_at[0], []).append(self.counted_at[1])
        if marker:
            # a line break in the item (Shift+Enter) starts a line under it, as a text file's
            # indented line does: its lines had run on with the next item's number inside them
            first, *more = text.split("\n")
            self.lines.append(SourceLine(f"{marker} {first.strip()}", where, indent=4 * level))
            self.lines += [
                SourceLine(part.strip(), where, indent=4 * level + 3)
                for part in more if part.strip()
            ]
            return
        for part in text.split("\n"):
            self.lines.append(SourceLine(part.strip(), where))
        self.lines.append(blank(where))

    def note_marked(self, paragraph: WordParagraph, text: str) -> str:
        """`text`, a note typed at the text's end in smaller type (or Word's Footnote Text
        style) and numbered in plain figures, "1 Unless your doctor ...", numbered in raised
        ones as its mark above is ("... 24 hours²"), so it goes to its mark as any note does;
        it had stayed a paragraph under "Contact us", the condition apart from its ban."""
        found = NUMBERED_NOTE.match(text)
        mark = found["mark"].translate(RAISED_FIGURES) if found else ""
        if mark and mark in self.marks and mark != found["mark"] and self.set_small(paragraph):
            return f"{mark} {found['note']}"
        self.marks.update(re.findall(rf"(?<=\S)[{SUPERSCRIPT_FIGURES}]{{1,2}}", text))
        return text

    def set_small(self, paragraph: WordParagraph) -> bool:
        """Whether the paragraph is set smaller than the text, or in a note's style."""
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if "footnote" in style or "endnote" in style:
            return True
        default = _default_size(self.document)
        if self.body_size is None:
            weights: Counter = Counter()
            for other in self.document.paragraphs:
                weights[_paragraph_size(other, default)] += len(other.text)
            self.body_size = weights.most_common(1)[0][0] if weights else default
        return _paragraph_size(paragraph, default) < self.body_size - 0.5

    def sized(self, ahead: int) -> bool:
        """Whether the paragraph `ahead` of the last read is a heading by its size."""
        return bool(self.sizes.get(self.paragraphs + ahead))

    def bordered(self, paragraphs: list[WordParagraph]) -> None:
        """Paragraphs Word draws a border round ("Never stop taking steroids suddenly ...", a
        line on all four sides): a box, as a table of one cell is (as a plain bold paragraph,
        no format had shown it as a notice)."""
        where = f"paragraph {self.paragraphs + 1}"
        self.paragraphs += len(paragraphs)
        self.box(_box_text(paragraphs), where)
        self.lines.append(blank(where))

    def text_box(self, paragraphs: list[WordParagraph], where: str = "") -> None:
        """A text box's words, a box round its paragraphs, under the paragraph it is anchored
        to: read as a notice if it gives a safety message, else as its paragraphs. One headed
        by a line in bold ("Contact us" over the ward's numbers) stands beside its section:
        it is read after the section's text, so the text after its anchor stays the section's
        and not under the box's heading."""
        where = where or f"paragraph {self.paragraphs} (its text box)"
        text = _box_text(paragraphs)
        said = box_paragraphs(text)
        if box_heading(said) and not boxed_notice(said):
            self.beside += [SourceLine(text, where, cells=(text,)), blank(where)]
            return
        self.box(text, where)
        self.lines.append(blank(where))

    def boxes_in(self, element, where: str) -> None:
        """The text boxes anchored in a paragraph of a table's cell read as the text's own,
        under it, as a body paragraph's are."""
        for box in _text_boxes(element):
            self.text_box([WordParagraph(p, self.document) for p in box], f"{where} (its text box)")

    def boxes_beside(self) -> None:
        """The text boxes beside the section just read, after its text."""
        self.lines += self.beside
        self.beside = []

    def box(self, text: str, where: str, header: bool = False) -> None:
        """A box drawn round its words, a line a paragraph: a table of one cell, or
        paragraphs with a border round them; the import reads it as a notice if it gives a
        safety message."""
        if text:
            self.lines.append(SourceLine(text, where, cells=(text,), header_row=header))

    def numbered_picture(
        self, paragraph: WordParagraph, style: str, where: str, counted: bool = False
    ) -> None:
        """A picture, or a picture's place, set as an item of a numbered list: Word gives it a
        number of its own, beside the picture, and the steps after it count on from it (steps
        1, 3, 5 with pictures 2 and 4 between them). The steps keep the numbers the reader
        saw; the picture's is kept to say (say_numbered_pictures)."""
        if not counted:
            self.list_marker(paragraph, style)
        if self.counted_at:
            self.numbered_pictures.setdefault(self.counted_at[0], []).append(
                (where, self.counted_at[1])
            )

    def say_numbered_pictures(self) -> None:
        """Each list whose pictures took numbers in Word with steps after them, said once: the
        patient saw steps 1, 3, 5, which may be what the trust meant (the text may send the
        reader to "step 3") or a slip of Word's that a person should put right."""
        for key, pictures in self.numbered_pictures.items():
            steps = self.numbered_steps.get(key, [])
            if not any(step > pictures[0][1] for step in steps):
                continue  # (a picture after the last step changes no step's number)
            places = ", ".join(dict.fromkeys(where for where, _ in pictures))
            numbers = ", ".join(str(number) for _, number in pictures)
            shown = ", ".join(str(step) for step in steps)
            self.lost.append(
                f"{places}: in Word the pictures (or their places) between a list's numbered "
                f"steps take numbers of their own ({numbers}), so the steps are numbered "
                f"{shown} there: they keep the numbers the reader saw. If the pictures were "
                "not meant to be numbered, number the steps in order, and check any step "
                "the text names by its number"
            )

    def list_marker(self, paragraph: WordParagraph, style: str) -> tuple[str, int]:
        """ "•" or the item's number ("3.") for a list paragraph, and its nesting level; the
        list and the number counted are kept in `counted_at` (None for a bullet)."""
        self.counted_at = None
        properties = paragraph._p.pPr
        numbering = properties.numPr if properties is not None else None
        level = 0
        numbered = "list number" in style
        number_format = "decimal"
        if numbering is not None and numbering.numId is not None and numbering.numId.val == 0:
            # numbering taken off the paragraph (Word's "None" on a List Number item): Word
            # shows no number, and the list's numbers go on after it; it had been numbered
            # twice, "1. [Picture 1]" under "1. Lie on your back"
            return "", 0
        if numbering is not None and numbering.numId is not None:
            level = numbering.ilvl.val if numbering.ilvl is not None else 0
            number_format = _number_format(self.document, numbering)
            numbered = numbered or number_format not in ("bullet", "")
            key = str(numbering.numId.val)
        elif "list" in style and style != "list paragraph":
            # (Word's "List Paragraph" numbers nothing itself: one with no numbering is a
            # paragraph set in under an item, "You can have jelly, but not red jelly." under
            # "The day before your test:", which had been made a bulleted item of its own)
            key = style.rstrip(" 0123456789")
            level = max(int(style.rsplit(" ", 1)[-1]) - 1, 0) if style[-1].isdigit() else 0
        else:
            return "", 0
        if not numbered:
            return "•", level
        if numbering is not None:
            first = _numbering_levels(self.document, key).get(level, ("", "", 1))[2]
            key = self.counted(self.counters, self.numberings_seen, key, level, first)
            count = self.counters[(key, level)]
        else:
            count = self.counters.get((key, level), 0) + 1
            self.counters[(key, level)] = count
            for deeper in [k for k in self.counters if k[0] == key and k[1] > level]:
                del self.counters[deeper]
        self.counted_at = (f"{key} {level}", count)
        # Word's "a)", "b)" under "2." are choices of that item: as "1.", "2." they were read as
        # numbers run into it ("Stop smoking. one. Eat less salt."), "either"/"or" lost
        if number_format in ("lowerLetter", "upperLetter") and count <= 8:
            return f"{'abcdefgh'[count - 1]})", level
        if number_format in ("lowerRoman", "upperRoman"):
            return "•", level
        return f"{count}.", level

    def counted(self, counters: dict, seen: set, num_id: str, level: int, first: int) -> str:
        """Counts one more at `level` of the numbering `num_id`, in `counters` by numbering
        definition; the key counted under. Word counts on across every numbering made from
        one definition: a list after a paragraph, in the same numbering or another of its
        kind, goes on (steps 1-3, a paragraph, "4. Take the second sachet" had been step 1),
        unless its numbering is set to start again ("Restart at 1", "Set numbering value":
        startOverride), where it is first used (`seen`: the numberings met, with level)."""
        restart = None
        if (num_id, level) not in seen:
            seen.add((num_id, level))
            restart = _start_override(self.document, num_id, level)
        key = f"definition {_definition_of(self.document, num_id) or num_id}"
        if restart is not None:
            counters[(key, level)] = restart - 1
        counters[(key, level)] = counters.get((key, level), first - 1) + 1
        for deeper in [k for k in counters if k[0] == key and k[1] > level]:
            del counters[deeper]
        return key

    def heading_number(self, paragraph: WordParagraph) -> str:
        """The number Word writes before a heading of a numbered scheme ("2.1" for Heading 2
        under the second Heading 1), set on the paragraph or its style, or "". It is in no
        paragraph's text: the headings had lost their numbers, and "(see section 2.1)" pointed
        nowhere."""
        numbering = _numbering_of(paragraph)
        if numbering is None or numbering.numId is None:
            return ""
        level = numbering.ilvl.val if numbering.ilvl is not None else 0
        levels = _numbering_levels(self.document, str(numbering.numId.val))
        if not levels or levels.get(level, ("", "", 1))[0] != "decimal":
            return ""
        # counted by numbering definition, as a list is (two numberings of one definition
        # had each counted from 1: "1. After your tests" where Word shows 3.)
        key = self.counted(self.heading_counts, self.headings_seen, str(numbering.numId.val),
                           level, levels[level][2])
        text = levels[level][1]
        for at in range(level + 1):
            shown = self.heading_counts.get((key, at), levels.get(at, ("", "", 1))[2])
            text = text.replace(f"%{at + 1}", str(shown))
        return text.strip() if re.fullmatch(r"[\d.)]+", text.strip()) else ""

    def headed_rows(self, rows: list) -> bool:
        """A table laid out as the text: each row's first cell a short heading in bold, its
        second the paragraphs under it ("Before your appointment" beside three sentences). Its
        headings had been items of one list, each section's sentences run into them. Read as
        headings, each over its cell's paragraphs (a list in a cell stays a list)."""
        if len(rows) < 2 or any(len(_unmerged(row.cells)) != 2 for row in rows):
            return False
        said = []
        for row in rows:
            left, right = _unmerged(row.cells)
            label = _cell_text(left, False)
            written = [p for p in right.paragraphs if p.text.strip()]
            if (
                not label or len(label.split()) > 10 or label.endswith((".", ",", ";"))
                or not all(_all_bold(p) for p in left.paragraphs if p.text.strip())
                or not written or not re.search(r"[.!?:]$", written[-1].text.strip())
            ):
                return False
            said.append(sum(len(p.text.split()) for p in written))
        if sum(said) / len(said) < 12:
            return False  # short cells: a table of names and what they are ("Ibuprofen")
        level = min(max([2, *(level + 1 for level in self.sizes.values())]), 4)
        for number, row in enumerate(rows, start=1):
            where = f"table {self.tables}, row {number}"
            left, right = _unmerged(row.cells)
            self.lines += [SourceLine(_cell_text(left, False), where, heading=level), blank(where)]
            for paragraph in right.paragraphs:
                self.paragraph(paragraph, where)
                self.boxes_in(paragraph._p, where)
            self.lines.append(blank(where))
        return True

    def side_by_side(self, rows: list) -> bool:
        """A leaflet set in two languages side by side, a column each (Welsh beside English):
        read as a table, the English voice and braille had given the Welsh as English, a
        cell at a time beside its translation, and the leaflet had no title. The English
        column is the leaflet, a paragraph a cell (its first its title); the other column is
        left out, and a person told to import it as a leaflet of its own."""
        if len(rows) < 3 or any(len(_unmerged(row.cells)) != 2 for row in rows):
            return False
        columns = [[_cell_text(_unmerged(row.cells)[side], False) for row in rows]
                   for side in (0, 1)]
        foreign = [sum(in_another_language(cell) for cell in column if len(cell.split()) >= 4)
                   for column in columns]
        said = [sum(len(cell.split()) >= 4 for cell in column) for column in columns]
        english = next((side for side in (0, 1) if foreign[side] == 0 and said[side] >= 2
                        and foreign[1 - side] >= max(2, said[1 - side] / 2)), None)
        if english is None:
            return False
        # ... each row a sentence and its translation, of like length (not a medicine's name
        # beside what it is for)
        pairs = [(len(a.split()), len(b.split())) for a, b in zip(*columns, strict=True)
                 if len(a.split()) >= 4 or len(b.split()) >= 4]
        if sum(0.5 <= (a or 0.1) / (b or 0.1) <= 2 for a, b in pairs) < 0.8 * len(pairs):
            return False
        where = f"table {self.tables}"
        texts = columns[english]
        first = 1 if texts[0].strip().lower() == "english" else 0  # the columns' names
        for number, text in enumerate(texts[first:], start=first + 1):
            if text:
                self.lines += [SourceLine(text, f"{where}, row {number}"), blank(where)]
        self.lost.append(
            f"{where}: the leaflet is set in English beside another language, a column each: "
            "the English column was imported and the other left out; import the other "
            "language as a leaflet of its own"
        )
        return True

    def laid_out(self, table: WordTable) -> bool:
        """A table that is the page's layout, as some trusts' templates are (the trust's name
        beside the title in the top row, the contacts in a narrow column beside the text
        below): a cell holds a section of the leaflet, a heading in bold over paragraphs or a
        list. Read as a table, the whole leaflet had been two rows, its headings, list and
        title run together in the cells ("Keeping your wound clean; Keep your dressing on
        ..."). Each cell is read as the text's own, row by row, a cell at a time, the text's
        cell in a row before those beside it."""
        cells = [cell for row in table.rows for cell in _unmerged(row.cells)]
        # (a table of one cell is a box drawn round its words, a notice's or not: box();
        # but one column, of one cell or a cell a paragraph, holding the leaflet's sections,
        # a heading in bold over its words and another, is the page's frame: the whole leaflet
        # had been one notice, or one paragraph, its sections run together "...; When to get
        # help; Call us ...")
        one_column = all(len(_unmerged(row.cells)) == 1 for row in table.rows)
        if one_column:
            if not _sections_in([p for cell in cells for p in cell.paragraphs]):
                return False
        elif len(cells) < 2 or not any(_holds_a_section(cell) for cell in cells):
            return False
        self.laid_out_in_tables = True  # (its Heading styles are the leaflet's: in cells)
        for number, row in enumerate(table.rows, start=1):
            # (a row's cell of the text before a narrow column of contacts beside it: read
            # first, "Contact us" over the title had been dropped as its masthead)
            row_cells = sorted(_unmerged(row.cells), key=lambda cell: not _holds_a_section(cell))
            for cell in row_cells:
                where = f"table {self.tables}, row {number}"
                for element in cell._tc.iterchildren():
                    if element.tag == f"{_WORD_NAMESPACE}p":
                        self.paragraph(WordParagraph(element, cell), where)
                        self.boxes_in(element, where)
                    elif element.tag == f"{_WORD_NAMESPACE}tbl":
                        self.table(WordTable(element, cell))
                self.lines.append(blank(where))
        return True

    def table(self, table: WordTable) -> None:
        self.tables += 1
        rows = list(table.rows)
        if self.headed_rows(rows) or self.side_by_side(rows) or self.laid_out(table):
            return
        if all(len(row.cells) == 1 and not _cell_text(row.cells[0], True) for row in rows):
            # a column of empty rows, lines to write on (under "Notes"): as the ruled lines
            # a text file types, one a row (read as a table, the import had stopped on it)
            for number in range(len(rows)):
                where = f"table {self.tables}, row {number + 1}"
                self.lines += [SourceLine("__________", where), blank(where)]
            return
        first = 0
        # a row merged across the table is its title ("The day before your test" over "Time |
        # What to do"): as the header, every cell had been said under it
        if len(rows) > 2 and (title := _merged_text(rows[0])):
            where = f"table {self.tables}, row 1"
            self.lines += [SourceLine(title, where), blank(where)]
            first = 1
        # empty rows over the first row of words are a spacer, no header: taken for the
        # header, each row had been said under no column's name; the first row of words is
        # the header if it is one
        written = [any(_row_texts(row, False)) for row in rows]
        if any(written[first:]):
            first = written.index(True, first)
        # ... and a last row so merged is a note under it ("Do not give more than 4 doses in
        # 24 hours"): as a row it was said under every column
        note = _merged_text(rows[-1]) if len(rows) - first > 2 else ""
        if note:
            rows = rows[:-1]
        boxes: list[tuple[str, list[WordParagraph]]] = []
        for number, row in enumerate(rows[first:], start=first):
            one_cell = len(table.rows) == 1 and len(row.cells) == 1
            cells = _row_texts(row, one_cell)
            header = number == first and (
                row._tr.trPr is not None and row._tr.trPr.find(f"{_WORD_NAMESPACE}tblHeader")
                is not None
                or all(_all_bold(p) for cell in row.cells for p in cell.paragraphs if p.text)
            )
            where = f"table {self.tables}, row {number + 1}"
            if one_cell:
                self.box(cells[0], where, header)
            else:
                self.lines.append(
                    SourceLine(" | ".join(cells), where, cells=cells, header_row=header)
                )
            # (a text box in a cell, "Do not sit on low sofas" beside "Use a high chair", had
            # been lost and warned of as a picture: its words are read under the table)
            boxes += [(where, box) for box in _text_boxes(row._tr)]
            if pictures := len(row._tr.xpath(".//w:drawing[not(.//w:txbxContent)]")):
                # (a step's picture beside it in a table had gone without a word)
                self.lost.append(
                    f"{where}: {pictures} picture(s) in the table were left out (the formats "
                    "carry a picture outside a table): put each under its step with its alt "
                    "text, ![what it shows](images/file.png)"
                )
        self.lines.append(blank(f"table {self.tables}"))
        if note:
            where = f"table {self.tables}, row {len(table.rows)}"
            self.lines += [SourceLine(note, where), blank(where)]
        for where, box in boxes:
            self.text_box([WordParagraph(p, self.document) for p in box], f"{where} (its text box)")
            self.lost.append(
                f"{where}: a text box in the table was read under the table, as the formats "
                "carry no box in a table: check it reads right there"
            )

    def pictures(self, paragraph: WordParagraph) -> list[tuple[str, str]]:
        """(alt text, file name) of each picture in a paragraph; its bytes are kept."""
        found = []
        for drawing in paragraph._p.xpath(".//w:drawing"):
            properties = drawing.xpath(".//wp:docPr")
            alt = properties[0].get("descr", "") if properties else ""
            blips = drawing.xpath(".//a:blip/@r:embed")
            if not blips:
                continue
            part = self.document.part.related_parts[blips[0]]
            name = Path(part.partname).name
            found.append((alt, f"images/{name}"))
            self.found_pictures[f"images/{name}"] = part.blob
        return found


def _numbering_of(paragraph: WordParagraph):
    """The paragraph's numbering, its own or its style's (Word numbers headings by style)."""
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return properties.numPr
    style = paragraph.style
    while style is not None:
        found = style.element.xpath("./w:pPr/w:numPr")
        if found:
            return found[0]
        style = style.base_style
    return None


def _numbering_levels(document, num_id: str) -> dict[int, tuple[str, str, int]]:
    """A numbering's levels: each one's format, text ("%1.%2") and first number."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    w = _WORD_NAMESPACE
    abstract = next(
        (num.find(f"{w}abstractNumId").get(f"{w}val") for num in root.iter(f"{w}num")
         if num.get(f"{w}numId") == num_id and num.find(f"{w}abstractNumId") is not None),
        None,
    )
    levels = {}
    for definition in root.iter(f"{w}abstractNum"):
        if definition.get(f"{w}abstractNumId") != abstract:
            continue
        for lvl in definition.iter(f"{w}lvl"):
            settings = [lvl.find(f"{w}{name}") for name in ("numFmt", "lvlText", "start")]
            fmt, text, start = (s.get(f"{w}val", "") if s is not None else "" for s in settings)
            levels[int(lvl.get(f"{w}ilvl", "0"))] = (fmt, text, int(start or 1))
    return levels


def _definition_of(document, num_id: str) -> str:
    """The numbering definition (abstractNumId) a numbering is made from, "" if not found."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return ""
    w = _WORD_NAMESPACE
    for num in root.iter(f"{w}num"):
        if num.get(f"{w}numId") == num_id and num.find(f"{w}abstractNumId") is not None:
            return num.find(f"{w}abstractNumId").get(f"{w}val", "")
    return ""


def _start_override(document, num_id: str, level: int) -> int | None:
    """The number a numbering sets its level to start again at (Word's "Restart at 1", "Set
    numbering value", a list going on after a picture at 4), or None: it goes on."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None
    w = _WORD_NAMESPACE
    for num in root.iter(f"{w}num"):
        if num.get(f"{w}numId") != num_id:
            continue
        for override in num.iter(f"{w}lvlOverride"):
            start = override.find(f"{w}startOverride")
            value = start.get(f"{w}val", "") if start is not None else ""
            if override.get(f"{w}ilvl", "0") == str(level) and value.isdigit():
                return int(value)
    return None


def _number_format(document, numbering) -> str:
    """The numbering's format at its level ("bullet", "decimal", ...), "" if not found."""
    try:
        part = document.part.numbering_part
    except (KeyError, NotImplementedError):
        return ""
    root = part.element
    num_id = str(numbering.numId.val)
    level = str(numbering.ilvl.val if numbering.ilvl is not None else 0)
    w = _WORD_NAMESPACE
    for num in root.iter(f"{w}num"):
        if num.get(f"{w}numId") != num_id:
            continue
        abstract = num.find(f"{w}abstractNumId").get(f"{w}val")
        for definition in root.iter(f"{w}abstractNum"):
            if definition.get(f"{w}abstractNumId") != abstract:
                continue
            for lvl in definition.iter(f"{w}lvl"):
                if lvl.get(f"{w}ilvl") == level:
                    fmt = lvl.find(f"{w}numFmt")
                    return fmt.get(f"{w}val") if fmt is not None else ""
    return ""


def _box_border(paragraph: WordParagraph) -> tuple | None:
    """The border Word draws round a paragraph (each side's line, width, colour and space,
    from its style and its own settings), if it is a box: drawn on all four sides, or top and
    bottom, or down the left. A line under a heading alone is a rule, no box; a heading or a
    picture with a border stays what it is."""
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if style.startswith(("heading", "title")) or paragraph._p.xpath(".//w:drawing"):
        return None
    chain = []
    word_style = paragraph.style
    while word_style is not None:
        chain.insert(0, word_style.element)
        word_style = word_style.base_style
    sides: dict[str, tuple] = {}
    for element in (*chain, paragraph._p):
        for edge in element.xpath("./w:pPr/w:pBdr/*"):
            side = edge.tag.removeprefix(_WORD_NAMESPACE)
            line = tuple(edge.get(f"{_WORD_NAMESPACE}{name}") for name in (
                "val", "sz", "color", "space"))
            if line[0] in (None, "nil", "none"):
                sides.pop(side, None)
            else:
                sides[side] = line
    if not ({"top", "bottom"} <= sides.keys() or "left" in sides):
        return None
    return tuple(sorted(sides.items()))


def _bold_question_headings(document) -> int:
    """How many of the body's paragraphs are questions in bold made headings ("What is an MRI
    scan?"): a paragraph wholly in bold, of 12 words or fewer, in no Heading style."""
    count = 0
    for element in document.element.body.iterchildren(f"{_WORD_NAMESPACE}p"):
        paragraph = WordParagraph(element, document)
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        text = paragraph.text.strip()
        if (
            text.endswith("?") and len(text.split()) <= 12 and _all_bold(paragraph)
            and not style.startswith(("heading", "title"))
        ):
            count += 1
    return count


# A bold phrase that names a section, as Word leaflets with no Heading styles set them
# ("**Daily care.** Every day you should:", "**When to call us.**" alone): a few words ending
# at a stop or a colon that tell the reader to do nothing ("**Never pull on the catheter.**",
# "**Wash your hands.**" are the leaflet's own words) and hold no condition.
_LEAD_WORDS = 6
_LEAD_END = re.compile(r"[.:]$")
_TELLS_TO_DO = re.compile(
    r"^(?:please\s+)?(?:do|don['’]?t|never|always|only|must|you|we|if|unless|until|as soon|once|"
    r"no|not|avoid|stop|take|use|give|bring|start|keep|go|come|drink|eat|apply|put|wait|follow|"
    r"seek|call|ring|phone|contact|tell|ask|see|speak|talk|let|check|increase|reduce|change|"
    r"wash|clean|empty|remove|pull|make|try|leave|wear|sit|lie|stand|walk|rest|get|remember|"
    r"be|have|attach|tape|dry|store|throw|protect|look|watch|read|book|write|fill|sign|"
    r"return|move|lift|bend|hold|press|push|turn|open|close|cover|clear)\b"
    r"|.*\b(?:do not|don['’]?t|never|must not|should not|if|unless|when you)\b",
    re.IGNORECASE,
)


def _bold_lead(paragraph: WordParagraph) -> str:
    """The words in bold that open a paragraph, up to its first run not in bold."""
    style_bold = paragraph.style is not None and paragraph.style.font.bold
    parts = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            break
        text = _run_text(item)
        if not text.strip():
            parts.append(text)
            continue
        if not (item.bold or (item.bold is None and style_bold)):
            break
        parts.append(text)
    return " ".join("".join(parts).split())


# A label over a contact or a detail ("**Tel:** 0116 ...", "**Review date:** May 2027"),
# no section's name
_CONTACT_LABEL = re.compile(
    r"^(?:tel(?:ephone)?|phone|mobile|text|fax|e-?mail|address|website|web|post ?code|"
    r"minicom|textphone|opening (?:hours|times))\b",
    re.IGNORECASE,
)

_NOTICE_LABEL = re.compile(
    r"^(?:important|warning|caution|urgent|(?:please )?note|n\.?b\.?|tip|reminder)\b", re.I
)


def _names_a_section(lead: str) -> bool:
    """Whether words in bold are a section's name: a few words ending at a stop or a colon,
    telling the reader nothing to do (see _TELLS_TO_DO), no notice's label ("Important:",
    "Note:") and no contact's ("Tel:"), with no figure ("Results take 2 weeks." says a time:
    it stays the sentence it is); or a question of 12 words or fewer, which asks and tells
    nothing ("**What is a catheter?** A catheter is ...", a heading as it is alone)."""
    words = lead.split()
    if lead.endswith("?"):
        return 0 < len(words) <= 12 and lead[:1].isupper()
    return (
        0 < len(words) <= _LEAD_WORDS and bool(_LEAD_END.search(lead))
        and not _TELLS_TO_DO.match(lead) and lead[:1].isupper()
        and not notice_start().match(lead) and not _CONTACT_LABEL.match(lead)
        and not _NOTICE_LABEL.match(lead) and not re.search(r"\d", lead)
    )


def _bold_lead_headings(document, sizes: dict[int, int]) -> tuple[dict[int, str], list[str]]:
    """The sections of a Word leaflet marked by nothing but bold words, by paragraph, with their
    names; and a warning for each bold lead-in left in its paragraph. In a leaflet with no
    Heading style, no section set larger and no line in bold of its own that heads one:
    a short bold line alone in its paragraph naming a section (_names_a_section), followed by
    a paragraph not in bold, heads it; a bold name opening a longer paragraph ("**Daily
    care.** Every day you should:") heads it where three or more paragraphs open so. Fewer are
    warned of, for a person to say (uro-118's eight had made no chapters: the web page only
    its h1, the recording one chapter)."""
    paragraphs = [
        WordParagraph(element, document)
        for element in document.element.body.iterchildren()
        if element.tag == f"{_WORD_NAMESPACE}p"
    ]
    styled = any(
        (p.style.name or "").lower().startswith("heading") and p.text.strip()
        for p in paragraphs if p.style is not None
    )
    if styled or any(level > 1 for level in sizes.values()):
        return {}, []
    texts = [p.text.strip() for p in paragraphs]
    bold_lines = [
        n for n, (p, text) in enumerate(zip(paragraphs, texts, strict=True), 1)
        if text and _all_bold(p) and len(text.split()) <= 12
        and not text.endswith((".", ",", ";", ":"))
    ]
    alone: dict[int, str] = {}
    if len(bold_lines) > 1:
        # its lines in bold head its sections (the first is its title), and so does a bold
        # question opening a paragraph, as it would alone ("**Can I drive?** Not for 24 hours")
        for number, (paragraph, text) in enumerate(zip(paragraphs, texts, strict=True), 1):
            lead = _bold_lead(paragraph) if text and not _all_bold(paragraph) else ""
            if lead.endswith("?") and _names_a_section(lead):
                alone[number] = lead
        return alone, []
    opening: dict[int, str] = {}
    for number, (paragraph, text) in enumerate(zip(paragraphs, texts, strict=True), 1):
        if not text or not _names_a_section(lead := _bold_lead(paragraph)):
            continue
        if lead == " ".join(text.split()):
            after = next((n for n in range(number, len(texts)) if texts[n]), None)
            if after is not None and not _all_bold(paragraphs[after]):
                alone[number] = lead
        elif len(text.split()) - len(lead.split()) >= 3 and not re.match(
            r"\d", " ".join(text.split())[len(lead) :].strip()
        ):
            opening[number] = lead  # (a detail's value after its label is no section's text)
    if len(opening) >= 3:
        alone.update(opening)
        opening = {}
    warnings = [
        f"paragraph {number}: '{lead}' in bold opens the paragraph: if it names a section, "
        "make it a heading"
        for number, lead in opening.items()
    ]
    return {n: lead.rstrip(".:").strip() for n, lead in alone.items()}, warnings


def _after_the_lead(text: str) -> str:
    """A paragraph's marked text (_inline) without the bold words that open it."""
    return re.sub(r"^(?:\s*\*\*[^*]+\*\*)+\s*", "", text)


def _long_question(paragraph: WordParagraph) -> bool:
    """A question longer than a heading's 12 words, or asked after a sentence of its own, that
    is a heading where the leaflet's other questions in bold are ("Is it safe for me to have
    an MRI scan if I have metal in my body?", "I am pregnant or might be pregnant. Can I still
    have the scan?": left in bold text, the audio read the safety question in the chapter
    before it): one or two sentences, the last asking."""
    text = paragraph.text.strip()
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    return text.endswith("?") and len(sentences) <= 2 and len(text.split()) <= 25


def _holds_a_section(cell) -> bool:
    """Whether a table's cell holds a section of a leaflet, as a layout table's does: a short
    paragraph in bold over two or more paragraphs or list items of 25 words or more. A data
    table's cell holds a value, or a few short lines."""
    written = [p for p in cell.paragraphs if p.text.strip()]
    for at, paragraph in enumerate(written[:-2]):
        words = paragraph.text.split()
        after = written[at + 1 :]
        if _all_bold(paragraph) and len(words) <= 12 and not paragraph.text.strip().endswith(
            (".", ",", ";")
        ) and sum(len(p.text.split()) for p in after) >= 25:
            return True
    return False


def _sections_in(paragraphs: list[WordParagraph]) -> bool:
    """Whether paragraphs hold two sections of a leaflet or more, each a short paragraph in
    bold over words of its own, fifty words or more in all: a leaflet's text, not a notice
    (a box's one heading over its warning) nor a data table's short cells."""
    written = [p for p in paragraphs if p.text.strip()]
    heads = [
        at for at, p in enumerate(written)
        if _all_bold(p) and len(p.text.split()) <= 12
        and not p.text.strip().endswith((".", ",", ";", ":"))
    ]
    headed = [
        at for at, end in zip(heads, [*heads[1:], len(written)], strict=False)
        if sum(len(p.text.split()) for p in written[at + 1 : end]) >= 8
    ]
    return len(headed) >= 2 and sum(len(p.text.split()) for p in written) >= 50


def _all_bold(paragraph: WordParagraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = paragraph.style is not None and paragraph.style.font.bold
    return bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)


def _inline(paragraph: WordParagraph) -> str:
    """The paragraph's text with its bold words marked, and the words of its hyperlinks (they
    were left out: "Check the rules at or call the DVLA")."""
    parts = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            parts.append(_linked(item))
            continue
        if note := _note_at(paragraph, item):
            parts = [_with_note("".join(parts), note)]
        text = _run_text(item)
        if not text:
            continue
        if item.bold and text.strip():
            # the spaces stay outside the marks: "Do" + bold " not" was "Do**not**", "Donot"
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            text = f"{lead}**{text.strip()}**{trail}"
        parts.append(text)
    return "".join(parts).strip()


def _run_text(run) -> str:
    """A run's text; a note's mark set raised in figures in raised figures ("hours" and a
    raised "2", "hours²"). Read as plain figures the mark had run into the word or number
    before it: "Take 2" and a raised "1" had become "Take 21 tablets", a dose said wrong."""
    text = run.text
    style = getattr(run, "style", None)
    raised = run.font.superscript or (style is not None and style.font.superscript)
    if raised and re.fullmatch(r"\d{1,3}", text.strip()):
        return text.strip().translate(RAISED_FIGURES)
    return text


def _merged_text(row) -> str:
    """The words of a row merged across its table (every cell the same, as python-docx gives a
    merged cell), or ""."""
    if len(row.cells) < 2:
        return ""
    said = {_cell_text(cell, False) for cell in row.cells}
    return said.pop() if len(said) == 1 else ""


def _row_texts(row, one_cell: bool) -> tuple[str, ...]:
    """A row's cells' words, a cell merged across columns given once and the columns it spans
    after it left empty, as a PDF gives them: python-docx repeats it in each, and "20.0 or
    above | 20.0 or above" was said under both columns ("From" and "To")."""
    cells = row.cells
    return tuple(
        "" if index and cell._tc is cells[index - 1]._tc else _cell_text(cell, one_cell)
        for index, cell in enumerate(cells)
    )


def _cell_text(cell, one_cell: bool) -> str:
    """A table cell's paragraphs. In a table, one run of text: a cell of several paragraphs or
    bullets ("300 mg once a day for 14 days" / "Then stop") had put its later lines in rows of
    their own, under the wrong columns; a paragraph that does not end a sentence is kept apart
    from the next by a semicolon. A box (a table of one cell) keeps them a line each, and
    its bold words (a box's bold warning had come out plain)."""
    if one_cell:
        return _box_text(cell.paragraphs)
    parts = [_words(p, linked=True) for p in cell.paragraphs]
    parts = [part for part in parts if part]
    text = ""
    for part in parts:
        text = f"{text}{' ' if re.search(r'[.!?:;]$', text) else '; '}{part}" if text else part
    return text


def _box_text(paragraphs: list[WordParagraph]) -> str:
    """A box's paragraphs, a line each, with their bold words marked, and each list item with
    its bullet or number: a "Do not:" box's bullets "stop taking your heart medicines unless
    your doctor tells you to" and "take more than the dose on the packet" had been run into one
    sentence, the doctor telling the reader to take more than the dose."""
    parts, counted = [], 0
    for paragraph in paragraphs:
        part = " ".join(_inline(paragraph).split())
        if not part:
            continue
        kind = _list_kind(paragraph)
        counted = counted + 1 if kind == "number" else 0 if not kind else counted
        marker = {"bullet": "• ", "number": f"{counted}. "}.get(kind, "")
        parts.append(marker + part)
    return "\n".join(parts)


def _list_kind(paragraph: WordParagraph) -> str:
    """ "bullet" or "number" for a paragraph of a list (by its numbering or its style's, "List
    Bullet", "List Number 2"), else ""."""
    properties = paragraph._p.pPr
    numbering = properties.numPr if properties is not None else None
    if numbering is not None and numbering.numId is not None:
        if numbering.numId.val == 0:
            return ""  # numbering taken off the paragraph
        found = _number_format(paragraph.part.document, numbering)
        return "bullet" if found in ("bullet", "", "none") else "number"
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    if style.startswith("list bullet"):
        return "bullet"
    return "number" if style.startswith("list number") else ""


def _words(paragraph: WordParagraph, linked: bool = False) -> str:
    """The paragraph's words, each footnote in brackets where its mark is; `linked`, each
    hyperlink with its address (_linked)."""
    parts = []
    for item in paragraph.iter_inner_content():
        if not isinstance(item, Hyperlink) and (note := _note_at(paragraph, item)):
            parts = [_with_note("".join(parts), note)]
        parts.append(
            (_linked(item) if linked else item.text) if isinstance(item, Hyperlink)
            else _run_text(item)
        )
    return " ".join("".join(parts).split())


def _linked(link: Hyperlink) -> str:
    """A hyperlink's words with its address, as every importer writes a link (lines.linked)."""
    return linked(link.text, link.url) if link.address else link.text


def _note_at(paragraph: WordParagraph, run) -> str:
    """The words of the footnote or endnote whose mark is in `run`, or "". Word keeps a
    note's words apart from the text, and only the text had been read: "Do not take
    methotrexate if you are pregnant", a footnote to "... while on methotrexate.", was lost
    from every format."""
    notes = _notes_of(paragraph.part)
    said = [
        notes.get((kind, number), "")
        for kind in ("footnote", "endnote")
        for number in run._r.xpath(f"./w:{kind}Reference/@w:id")
    ]
    return "; ".join(note for note in said if note)


def _notes_of(part) -> dict[tuple[str, str], str]:
    """A Word file's footnotes and endnotes by kind and number, their words a line."""
    if part in _NOTES:
        return _NOTES[part]
    notes: dict[tuple[str, str], str] = {}
    for relationship in part.rels.values():
        kind = relationship.reltype.rsplit("/", 1)[-1].removesuffix("s")
        if relationship.is_external or kind not in ("footnote", "endnote"):
            continue
        root = parse_xml(relationship.target_part.blob, f"word/{kind}s.xml")
        for note in root.iter(f"{_WORD_NAMESPACE}{kind}"):
            words = " ".join(
                "".join(text.text or "" for text in note.iter(f"{_WORD_NAMESPACE}t")).split()
            )
            if words:
                notes[(kind, note.get(f"{_WORD_NAMESPACE}id"))] = words
    _NOTES[part] = notes
    return notes


def _with_note(text: str, note: str) -> str:
    """`text` with `note` in brackets at its end, before a full stop and outside bold marks
    ("... methotrexate (not on the same day)."), as a text file's "*" note is put."""
    note = note.rstrip(".")
    if not re.match(r"[A-Z]{2}", note):
        note = note[:1].lower() + note[1:]
    ending = re.search(r"(?P<stop>[.!?]?)(?P<marks>\**)\s*$", text)
    return f"{text[: ending.start()]}{ending['marks']} ({note}){ending['stop']}"

