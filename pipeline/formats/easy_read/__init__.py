"""Easy Read: a Word document laid out as Easy Read guidance asks.

Each idea is a row of a borderless two-column table, its picture on the left and its words on
the right (Department of Health 2010; Photosymbols). The words are the author's own Easy Read
when source/<number>-<slug>.easyread.md exists, else the automatic draft
(drafter.py beside this file). A cover with the title and a large picture opens it; a page of hard
words and a last page with the format offer, the contact details (each with its picture), the
other-language lines and OpenMoji's credit close it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from pydantic import Field, field_validator

from ...contacts import find_contacts
from ...errors import LeafletError
from ...languages import find_language, is_right_to_left, primary_language
from ...model import (
    Leaflet,
    ListBlock,
    Notice,
    Paragraph,
    Table,
    notice_lists_apart,
    plain_text,
    with_addresses,
)
from ...text import prepare, script_of
from ...text import words as words_of
from .. import CheckReport, Format, FormatSettings, output_file, showing
from ..fonts import font_name, known_family, named_sans_serif
from .drafter import (
    CONDITION_SCOPE_DOUBT,
    HARD_WORDS_HEADING,
    LANGUAGE_RUN,
    NUMBER_WORDS,
    PURPOSE_SCOPE_DOUBT,
    SHORTEST_LIMIT,
    SPACE_TO_WRITE_SAID,
    EasyRead,
    Row,
    author_file_for,
    boxes_kept_by_their_choices,
    closing_rows,
    contact_details,
    easy_read_for,
    explains_ticks_said,
    figures_in_words,
    gives_examples,
    instruction_verbs,
    not_made_for,
    numbers,
    offer_text,
    plain_words,
    read_author_file,
    sentences,
    whole_language,
    word_count,
)
from .meaning import check_meaning, leaflet_sentences, numbers_in
from .pictures import (
    CREDIT,
    Picture,
    choose_picture,
    eating_or_drinking_pictures,
    leads_into_bans,
    picture_file,
    picture_list,
    says_a_ban,
    says_what_to_do,
    tool_versions,
    word_forms,
)

_MARKUP = re.compile(r"(\*\*.+?\*\*|" + LANGUAGE_RUN.pattern + ")")
_PAGE_WIDTH_CM, _MARGIN_CM = 21.0, 2.0
# Word refuses a file whose properties are out of the schema's order; these are the orders.
_RUN_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
_PARAGRAPH_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()
_CELL_ORDER = (
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark"
).split()
_TABLE_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook"
).split()
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_PIXELS_PER_CM = 100  # about 250 dpi when printed: sharp, and small files


class EasyReadSettings(FormatSettings):
    size: float = Field(
        16,
        title="Text size",
        json_schema_extra={"unit": "pt", "say": "pt"},
        ge=14,
        le=28,
        description="text size in points (Easy Read: at least 14, often 16)",
    )
    font: str = Field(
        "Arial",
        min_length=1,
        max_length=60,
        description="a plain sans-serif font (Arial or similar) that fontconfig knows",
    )
    picture_cm: float = Field(
        4.0,
        title="Picture width",
        json_schema_extra={"unit": "cm-pictures", "say": "cm"},
        ge=2.5,
        le=6.0,
        description="width of each row's square picture, in cm",
    )
    max_words: int = Field(
        15,
        title="Longest sentence",
        json_schema_extra={"unit": "words", "say": "words"},
        ge=SHORTEST_LIMIT,
        le=25,
        description="longest sentence allowed, in words (Easy Read: 10-15)",
    )

    @field_validator("font")
    @classmethod
    def _sans_serif(cls, value: str) -> str:
        return sans_serif_face(value)


# ---- the font ---------------------------------------------------------------------------------


@cache
def sans_serif_face(family: str) -> str:
    """`family` if it is a plain sans-serif face this machine can show; a pydantic validator.

    The document names the face and the reader's Word supplies it, so a family fontconfig lacks
    but stands a metric twin in for (Arial -> Liberation Sans) is judged by the twin; one it
    merely falls back from (a typing mistake) is refused, as are serif and monospaced faces."""
    return named_sans_serif(known_family(font_name(family)))


# ---- writing --------------------------------------------------------------------------------


def write_easy_read(leaflet: Leaflet, settings: EasyReadSettings, folder: Path) -> list[Path]:
    easy_read = easy_read_for(leaflet, settings.max_words)
    document = Document()
    _set_up(document, leaflet, settings, easy_read)
    _cover(document, leaflet, settings)
    for section in easy_read.sections:
        if section.heading == HARD_WORDS_HEADING and not _fits_on_a_page(section.rows, settings):
            _page_break(document)
        if section.heading:
            document.add_heading(section.heading, level=1)
        _rows(document, section.rows, settings)
    _last_page(document, leaflet, settings)
    target = output_file(folder, leaflet, "easy-read", ".docx")
    document.save(target)
    return [target]


def _set_up(document, leaflet: Leaflet, settings: EasyReadSettings, easy_read: EasyRead) -> None:
    """A4, the font and sizes throughout, the document's language and properties, page numbers."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(_PAGE_WIDTH_CM), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(_MARGIN_CM))
    _set_defaults(document, leaflet.meta.language, settings)
    sizes = {"Normal": settings.size, "Title": settings.size * 2, "Heading 1": settings.size * 1.5}
    for name, size in sizes.items():
        style = document.styles[name]
        style.font.name = settings.font
        style.font.size = Pt(size)
        style.font.bold = name != "Normal"
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_style_fonts(style, settings.font)
        style.paragraph_format.space_after = Pt(settings.size * 0.6)
    title_border = document.styles["Title"].element.pPr.find(qn("w:pBdr"))
    if title_border is not None:  # the template underlines titles in blue: plain is clearer
        title_border.getparent().remove(title_border)
    document.styles["Heading 1"].paragraph_format.space_before = Pt(settings.size)
    document.styles["Heading 1"].paragraph_format.keep_with_next = True
    properties = document.core_properties
    properties.title = f"{leaflet.meta.title} (Easy Read)"
    properties.subject = f"Easy Read version of leaflet {leaflet.meta.number}"
    properties.author = leaflet.written_by
    properties.language = leaflet.meta.language
    properties.keywords = f"Easy Read; leaflet {leaflet.meta.number}; {leaflet.meta.department}"
    properties.comments = (
        f"Words written by an author: {easy_read.author_file.name}"
        if easy_read.author_file
        else "Words drafted automatically from the leaflet: a person should check them"
    )
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _page_number_field(footer)


def _set_defaults(document, language: str, settings: EasyReadSettings) -> None:
    """Language and size in docDefaults, so every run (and Word's spell checker) inherits them."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for name, attributes in (
        ("sz", {"w:val": str(int(settings.size * 2))}),
        ("szCs", {"w:val": str(int(settings.size * 2))}),
        ("lang", {"w:val": language, "w:bidi": language}),
    ):
        element = OxmlElement(f"w:{name}")
        for key, value in attributes.items():
            element.set(qn(key), value)
        _insert_ordered(run_properties, element, _RUN_ORDER)


def _set_style_fonts(style, font: str) -> None:
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), font)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def _insert_ordered(parent, child, order: list[str]) -> None:
    """Insert `child` where the schema's sequence `order` puts it, replacing one already there."""
    name = child.tag.split("}")[1]
    for existing in parent.findall(qn(f"w:{name}")):
        parent.remove(existing)
    position = order.index(name)
    for index, sibling in enumerate(parent):
        sibling_name = sibling.tag.split("}")[1]
        if sibling_name in order and order.index(sibling_name) > position:
            parent.insert(index, child)
            return
    parent.append(child)


def _page_number_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1")):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text.strip() == "PAGE" else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _add_picture(run, picture: Picture, width_cm: float) -> None:
    """The picture with its alt text (docPr descr) and its OpenMoji code or file in its name."""
    path = picture_file(picture, int(width_cm * _PIXELS_PER_CM))
    shape = run.add_picture(str(path), width=Cm(width_cm), height=Cm(width_cm))
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", picture.shows)
    doc_pr.set("title", picture.shows)
    doc_pr.set("name", picture.label)


def _add_words(
    paragraph, text: str, size: float, bold: bool = False, lang: str | None = None
) -> None:
    """A row's words as runs: **bold** key words, and [words]{lang=xx} runs tagged with their
    language (so Word's spell checker and screen readers switch to it), bold words inside them
    bold runs in that language ("[Weź **2** tabletki]{lang=pl}"), never printed asterisks."""
    position = 0
    for match in _MARKUP.finditer(text):
        _add_run(paragraph, text[position : match.start()], size, bold, lang)
        if match.group(2):
            _add_words(paragraph, match.group(2), size, bold, match.group(3))
        else:
            _add_run(paragraph, match.group(1)[2:-2], size, True, lang)
        position = match.end()
    _add_run(paragraph, text[position:], size, bold, lang)


def _add_run(paragraph, text: str, size: float, bold: bool, lang: str | None = None):
    if not text:
        return None
    run = paragraph.add_run()
    _add_unbroken_text(run, text)
    run.bold = bold
    run.font.size = Pt(size)
    if lang:
        _mark_run_language(run, lang)
    return run


def _add_unbroken_text(run, text: str) -> None:
    """A run's words with no line break inside a phone number or an address, as large print
    has them ("0191" / "445 8812" and "InformationForPatients@uhl-" / "tr.nhs.uk" were broken
    over two lines): a phone number's spaces become no-break spaces, an address's hyphens
    <w:noBreakHyphen/>, which a reader of the document (and python-docx) reads as "-"."""
    hyphens = set()
    text = boxes_kept_by_their_choices(text)
    for contact in find_contacts(text, ("phone", "email", "web")):
        said = contact.text
        if contact.kind == "phone":
            text = text[: contact.start] + said.replace(" ", "\u00a0") + text[contact.end :]
        else:
            hyphens.update(contact.start + i for i, char in enumerate(said) if char == "-")
    start = 0
    for at in sorted(hyphens):
        if at > start:
            run._r.add_t(text[start:at])
        run._r.append(OxmlElement("w:noBreakHyphen"))
        start = at + 1
    if start < len(text) or not hyphens:
        run._r.add_t(text[start:])


def _trust_language(leaflet: Leaflet) -> str | None:
    """The tag for the pipeline's own English lines (cover, contact page) in a translation's
    Easy Read, so a screen reader does not read them in the leaflet's voice; None in English."""
    return None if primary_language(leaflet.meta.language) == "en" else "en-GB"


def _english_paragraph(paragraph, leaflet: Leaflet):
    if tag := _trust_language(leaflet):
        _mark_language(paragraph, tag)
    return paragraph


def _cover(document, leaflet: Leaflet, settings: EasyReadSettings) -> None:
    title = document.add_paragraph(leaflet.meta.title, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture = choose_picture(leaflet.meta.title)
    holder = document.add_paragraph()
    holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_picture(holder.add_run(), picture, min(settings.picture_cm * 2, 9.0))
    meta = leaflet.meta
    lines = [
        f"This is an **Easy Read** version of leaflet **{meta.number}**.",
        f"It is version **{meta.version}**"
        + (f" from **{dated}**." if (dated := meta.last_reviewed or meta.issued) else "."),
        comes_from(meta.department, leaflet.written_by),
    ]
    for line in lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_words(paragraph, line, settings.size)
        _english_paragraph(paragraph, leaflet)
    _page_break(document)


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _rows(document, rows, settings: EasyReadSettings, lang: str | None = None):
    """One borderless table: picture left, words right, rows never split across pages."""
    if not rows:
        return None
    picture_column = Cm(settings.picture_cm + 0.6)
    words_column = Cm(_PAGE_WIDTH_CM - 2 * _MARGIN_CM) - picture_column
    rows = _name_each_part(rows, settings)
    table = document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table._tbl)
    for row, under in zip(rows, _under_a_lead_in(rows), strict=True):
        cells = table.add_row().cells
        table.rows[-1]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        cells[0].width, cells[1].width = picture_column, words_column
        for cell in cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        holder = cells[0].paragraphs[0]
        holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
        holder.paragraph_format.space_before = Pt(4)
        holder.paragraph_format.space_after = Pt(4)
        _add_picture(holder.add_run(), row.picture, settings.picture_cm)
        words = cells[1].paragraphs[0]
        words.paragraph_format.space_after = Pt(0)
        if under:
            words.paragraph_format.left_indent = Cm(_UNDER_A_LEAD_IN_CM)
        _add_words(words, row.text, settings.size, bold=row.notice)
        if space := SPACE_TO_WRITE_SAID.search(row.plain):
            _lines_to_write_on(cells[1], int(space[1]), settings.size)
        if row.notice:
            _box(cells[1])
        # a row all in another language (an Urdu sentence) reads in its direction, from the right
        if own := lang or whole_language(row.text):
            _mark_language(words, own)
    _keep_rows_together(table, rows, settings)
    for column, width in zip(table.columns, (picture_column, words_column), strict=True):
        column.width = width
    return table


_USABLE_PAGE_CM = 29.7 - 2 * _MARGIN_CM - 3.0  # less the heading and the page number
# What a page holds of rows kept together: less a heading, as LibreOffice lays them out (five
# rows of 4 cm pictures, measured on its pages)
_ROWS_PAGE_CM = 29.7 - 2 * _MARGIN_CM - 1.5


def _fits_on_a_page(rows, settings: EasyReadSettings) -> bool:
    """Whether a section's rows fit on one page with its heading: then they are kept together
    (`_keep_rows_together`), and the Hard words follow the rows before them, moving whole to the
    next page only when this one has no room; a page break had left a leaflet ending on a page
    holding one explanation. Longer, they start a page of their own."""
    return len(rows) * (settings.picture_cm + 0.6) <= _USABLE_PAGE_CM


# A row that points back at the rows before it ("4. If you see any of these, call ...", "If
# you have any of the above"): on a page of its own, "these" points at nothing the reader sees.
_POINTS_BACK = re.compile(r"\b(?:these|those|the above)\b", re.IGNORECASE)


def _keep_rows_together(table, rows, settings: EasyReadSettings) -> None:
    """A section (an exercise) that fits on a page starts on a new page rather than split over
    two: each row keeps with the next, as the heading keeps with its first row. In a longer
    section a condition's lead-in ("If the pain gets worse:") keeps with the rows it governs,
    and a table row's cells with each other. The last row a lead-in governs does not keep with
    the next lead-in: steps each with a condition ("4. If it is still below 4 mmol/L:", "5.
    When it is above 4 mmol/L:") had been one chain as long as a page, which left the step
    before them ("3. Check your blood sugar again after 15 minutes.") alone on a page. A row
    keeps with the examples drafted after it, and with a row after it that points back at it
    ("If you see any of these, ...")."""
    fits = _fits_on_a_page(rows, settings)
    kept = []
    governed = False
    for row, following in zip(rows, rows[1:], strict=False):
        lead = row.plain.rstrip().endswith(":")
        governed = lead or (governed and _governed(row))
        kept.append(
            fits
            or lead
            or (governed and _governed(following))
            or row.with_next
            or gives_examples(following.plain)
            or _POINTS_BACK.search(following.plain) is not None
        )
    if not fits:
        _break_before_labels(rows, kept, int(_ROWS_PAGE_CM // (settings.picture_cm + 0.6)))
    for table_row, keep in zip(table.rows[:-1], kept, strict=False):
        if keep:
            for cell in table_row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


# How far the words of a row a lead-in governs stand in from the lead-in's
_UNDER_A_LEAD_IN_CM = 1.0


def _under_a_lead_in(rows) -> list[bool]:
    """Which rows a lead-in above them governs ("Go to A&E or call 999 if:" over "You have a
    high temperature and shivering." and "You feel very unwell."): their words stand in under
    it, as a list's items do, so a row read on its own is seen to be one of the lead-in's
    conditions, not a statement that the reader is ill."""
    under = []
    listing = False  # a lead-in's rows go on
    for row in rows:
        lead = row.plain.rstrip().endswith(":")
        under.append(not lead and listing and _governed(row))
        listing = lead or under[-1]
    return under


def _governed(row) -> bool:
    """Whether a drafted row is one a lead-in above it governs (the draft asks a person to
    check that it applies)."""
    return "applies to this row" in row.doubt


def _break_before_labels(rows, kept: list[bool], per_page: int) -> None:
    """A table row's rows more than a page holds ("Side effect: Diarrhoea." / "What to do:" /
    2 actions / "When to call the 24-hour hotline:" / its condition), all kept with the next,
    were broken by the page where they had to be: a label at the foot of one page, its value
    alone on the next. Such a row may break before a cell's label instead, never after its
    first cell (the row's name stays with what follows it) nor between a label and its value."""
    start = 0
    while start < len(kept):
        end = start
        while end < len(kept) and kept[end] and rows[end].with_next:
            end += 1
        if end > start and end - start + 1 > per_page:  # rows[start..end], one table row
            for index in range(start + 1, end):
                if _starts_a_part(rows[index + 1]) and not _starts_a_part(rows[index]):
                    kept[index] = False
        start = end + 1


def _starts_a_part(row) -> bool:
    """A cell's label ("What to do:"), or the row's name said again before one."""
    return row.again or row.plain.rstrip().endswith(":")


def _name_each_part(rows: list, settings: EasyReadSettings) -> list:
    """A table row too long for a page may go on over the page before a cell's label ("When
    to call the 24-hour hotline:"): its first cell ("Side effect: Feeling sick ...") is said
    again before each such label, kept with it, so the page it starts names what it is about."""
    if len(rows) * (settings.picture_cm + 0.6) <= _USABLE_PAGE_CM:
        return rows
    per_page = int(_ROWS_PAGE_CM // (settings.picture_cm + 0.6))
    named = []
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) - 1 and rows[end].with_next:
            end += 1
        named.append(rows[start])
        for index in range(start + 1, end + 1):
            if (
                end - start + 1 > per_page
                and index > start + 1
                and rows[index].plain.rstrip().endswith(":")
                and not rows[index - 1].plain.rstrip().endswith(":")
            ):
                named.append(replace(rows[start], with_next=True, again=True))
            named.append(rows[index])
        start = end + 1
    return named


def _no_borders(table_element) -> None:
    properties = table_element.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "nil")
        borders.append(border)
    _insert_ordered(properties, borders, _TABLE_ORDER)


def _lines_to_write_on(cell, lines: int, size: float) -> None:
    """A space's lines under its row's words, each ruled and tall enough to write on by hand
    (a notes page's ruled lines had been rows of "(blank to fill in)", no room to write)."""
    for _ in range(lines + 1):  # a rule between each two: one more paragraph than rules
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(size * 1.5)
        paragraph.paragraph_format.space_after = Pt(0)
        rules = OxmlElement("w:pBdr")
        # a rule between each two: paragraphs bordered alike are one box in Word and
        # LibreOffice, a bottom rule drawn once under them all
        for side in ("between",):
            rule = OxmlElement(f"w:{side}")
            for key, value in (("val", "single"), ("sz", "12"), ("space", "1"),
                               ("color", "000000")):
                rule.set(qn(f"w:{key}"), value)
            rules.append(rule)
        _insert_ordered(paragraph._p.get_or_add_pPr(), rules, _PARAGRAPH_ORDER)


def _box(cell) -> None:
    """A safety notice's words in a thick box, so it stands out without colour alone."""
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "single")
        border.set(qn("w:sz"), "24")
        border.set(qn("w:color"), "000000")
        borders.append(border)
    _insert_ordered(cell._tc.get_or_add_tcPr(), borders, _CELL_ORDER)


def _mark_language(paragraph, lang: str) -> None:
    """Language (and direction, and a font with the script) on every run of a paragraph."""
    right_to_left = is_right_to_left(lang)
    if right_to_left:
        # A right-to-left paragraph starts at the right by itself; "right" alignment would mean
        # its end, the left edge, in Word's and LibreOffice's reading of it.
        _insert_ordered(paragraph._p.get_or_add_pPr(), OxmlElement("w:bidi"), _PARAGRAPH_ORDER)
        paragraph.alignment = None
    for run in paragraph.runs:
        _mark_run_language(run, lang)


def _mark_run_language(run, lang: str) -> None:
    """Language, a font with the script (Word and LibreOffice fall back if it is missing), and
    direction on one run."""
    properties = run._r.get_or_add_rPr()
    row = find_language(lang)
    font = row.print_font if row else ""
    if font:
        fonts = properties.get_or_add_rFonts()
        for key in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(key), font)
        size = OxmlElement("w:szCs")
        size.set(qn("w:val"), str(int(run.font.size.pt * 2)))
        _insert_ordered(properties, size, _RUN_ORDER)
    if is_right_to_left(lang):
        _insert_ordered(properties, OxmlElement("w:rtl"), _RUN_ORDER)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), lang)
    language.set(qn("w:bidi"), lang)
    _insert_ordered(properties, language, _RUN_ORDER)


def _other_languages(document, leaflet: Leaflet, settings: EasyReadSettings) -> None:
    """The offer in the trust's other languages: one row beside a globe, each line tagged with
    its language (and right to left where it is written so)."""
    translations = leaflet.trust.translations
    if not translations:
        return
    _english_paragraph(document.add_heading("Other languages", level=1), leaflet)
    globe = picture_list().by_name.get("language") or choose_picture("language")
    names = ", ".join(t.language_name for t in translations)
    shows = f"a globe of the world: this offer in {names}"
    first, *others = translations
    table = _rows(
        document,
        [Row(first.text, Picture(globe.hexcode, shows, "curated"))],
        settings,
        lang=first.lang,
    )
    cell = table.rows[0].cells[1]
    for translation in others:
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(settings.size * 0.5)
        paragraph.paragraph_format.space_after = Pt(0)
        _add_words(paragraph, translation.text, settings.size)
        _mark_language(paragraph, translation.lang)


def _last_page(document, leaflet: Leaflet, settings: EasyReadSettings) -> None:
    _page_break(document)
    # The other-language lines say the number is "below": the contact rows follow them.
    _other_languages(document, leaflet, settings)
    _english_paragraph(document.add_heading("Contact us", level=1), leaflet)
    closing = closing_rows(leaflet, settings.max_words)
    _rows(document, closing, settings, lang=_trust_language(leaflet))
    meta = leaflet.meta
    for line in (
        f"Leaflet {meta.number}, version {meta.version}. Next review: {meta.next_review_words}.",
        "Pictures: " + CREDIT,
    ):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(settings.size)
        _add_words(paragraph, line, settings.size)
        _english_paragraph(paragraph, leaflet)


# ---- checking -------------------------------------------------------------------------------

# Share of rows whose picture was matched, not the neutral one. A row no picture shows well
# gets the neutral picture on purpose (a wrong picture beside a safety step is worse than a
# plain one) and is listed for the author; only a document of mostly plain pictures fails.
_MIN_MATCHED_PICTURES = 0.75
_MIN_READING_EASE = 80  # Flesch Reading Ease for easy material (STANDARDS.md)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|given|taken|seen|done|made|shown|told|kept|held|known|written)\b",
    re.IGNORECASE,
)
_RARE_WORD_ZIPF = 3.0  # wordfreq: rarer than about one in a million words is a hard word
_DRAWING = ".//" + qn("wp:docPr")
_UNIT_GLUED = re.compile(r"\b(\d+)([a-z]+)\b")


def score_beside_bound(score: float, bound: float) -> str:
    """A score rounded to a whole number, or to as many decimals as keep it on its side of the
    bound (79.6 is not 80, and 79.96 is not 80.0)."""
    for decimals in range(4):
        shown = f"{score:.{decimals}f}"
        if (float(shown) >= bound) == (score >= bound):
            return shown
    return f"{score:.4f}"


def _run_size(run, paragraph, document) -> float:
    """The size a run is shown at: its own, else its paragraph style's (or a base style's)."""
    if run.font.size is not None:
        return run.font.size.pt
    style = paragraph.style
    while style is not None:
        if style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    defaults = document.styles.element.find(qn("w:docDefaults"))
    size = defaults.find(".//" + qn("w:sz")) if defaults is not None else None
    return int(size.get(qn("w:val"))) / 2 if size is not None else 10.0


def _run_language(run) -> str | None:
    lang = run._r.find(".//" + qn("w:lang"))
    return lang.get(qn("w:val")) if lang is not None else None


def _read_rows(document, language: str) -> list[tuple[list, str]]:
    """Each table row as (its pictures' docPr elements, its words in the leaflet's language).
    Runs tagged with another language (a Polish title inside an English row, the other-language
    offer) are left out of the words, so they are not measured as Easy Read English."""
    own = primary_language(language)
    rows = []
    for table in document.tables:
        for table_row in table.rows:
            cells = table_row.cells
            pictures = cells[0]._tc.findall(_DRAWING)
            paragraphs = [
                "".join(
                    run.text
                    for run in paragraph.runs
                    if primary_language(_run_language(run) or language) == own
                )
                for cell in cells[1:]
                for paragraph in cell.paragraphs
            ]
            said = " ".join(p.strip() for p in paragraphs if p.strip()).replace("\u00a0", " ")
            rows.append((pictures, said))
    return rows


# a department's name that already says it is a group of people
_NAMES_A_GROUP = re.compile(
    r"\b(?:team|service|unit|department|clinic|ward|centre|center|practice|group)s?\)?$",
    re.IGNORECASE,
)


def comes_from(department: str, organisation: str) -> str:
    """ "It comes from the Physiotherapy team at ...", but "the Hospital Transfusion Team at"
    (it was "Team team", and "Dietetics Department team")."""
    team = "" if _NAMES_A_GROUP.search(department.strip()) else " team"
    return f"It comes from the {department}{team} at {organisation}."


def _source_text(leaflet: Leaflet) -> str:
    """The leaflet's own English words, with each link's address (headings, pictures and other
    languages left out, and a sentence explaining ticks the draft says as their meaning)."""
    parts = []
    blocks = notice_lists_apart(leaflet.blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and explains_ticks_said(blocks, index):
            continue
        if isinstance(block, ListBlock):
            parts.extend(plain_text(with_addresses(item)) for item in block.items)
        elif isinstance(block, Table):
            parts.extend(plain_text(cell) for row in block.rows for cell in row)
        elif isinstance(block, Notice) or (isinstance(block, Paragraph) and not block.lang):
            parts.append(plain_text(with_addresses(block.spans)))
    return prepare(" ".join(parts))


@dataclass
class _ReadBack:
    """The built document as a reader meets it, and the leaflet it must say the same as."""

    document: object
    rows: list[tuple[list, str]]  # (pictures, words) of each row in the leaflet's language
    everything: str  # every word of the document, cover to back page
    source_text: str
    english: bool

    @property
    def easy_text(self) -> str:
        return " ".join(words for _, words in self.rows)


def check_easy_read(leaflet: Leaflet, settings: EasyReadSettings, files: list[Path]) -> CheckReport:
    """Reads the document back as a reader meets it: rows, pictures, words, sizes, facts."""
    report = CheckReport("easy-read")
    (path,) = [f for f in files if f.suffix == ".docx"]
    document = Document(str(path))
    read = _ReadBack(
        document,
        [row for row in _read_rows(document, leaflet.meta.language) if row[1]],
        " ".join(p.text for p in _all_paragraphs(document)).replace("\u00a0", " "),
        _source_text(leaflet),
        primary_language(leaflet.meta.language) == "en",
    )
    _check_pictures(read, report)
    _check_sentence_lengths(read, settings, report, _kept_whole(leaflet, settings))
    _check_readability(read, leaflet, report)
    _check_text_size(read, report)
    _check_facts(read, leaflet, report)
    _check_meaning(read, leaflet, report)
    _note_words_to_look_at(read, report)
    _check_trust_parts_and_properties(read, leaflet, report)
    _note_where_the_words_came_from(leaflet, settings, report)
    return report


def _check_pictures(read: _ReadBack, report: CheckReport) -> None:
    """One picture a row, each with alt text, and nearly all matched to their row's words."""
    without = [words for pictures, words in read.rows if len(pictures) != 1]
    if without:
        report.problems.append(
            f"{len(without)} row(s) do not have exactly one picture: " + "; ".join(without[:5])
        )
    all_pictures = read.document.element.body.findall(_DRAWING)
    no_alt = [p.get("name", "?") for p in all_pictures if not (p.get("descr") or "").strip()]
    if no_alt:
        report.problems.append(f"{len(no_alt)} picture(s) have no alt text: {', '.join(no_alt)}")
    neutral = picture_list().neutral.label
    neutral_rows = [
        words for pictures, words in read.rows if pictures and pictures[0].get("name") == neutral
    ]
    matched = 1 - len(neutral_rows) / max(len(read.rows), 1)
    report.findings.append(
        f"{len(read.rows)} rows; {matched:.0%} have a picture matched to their words"
    )
    if neutral_rows:
        report.findings.append(
            "rows with the neutral picture (choose one in the Easy Read file): "
            + "; ".join(f"'{words}'" for words in neutral_rows)
        )
    if matched < _MIN_MATCHED_PICTURES:
        report.problems.append(
            f"only {matched:.0%} of rows have a matched picture; at least "
            f"{_MIN_MATCHED_PICTURES:.0%} should"
        )
    _check_stop_signs(read, report)


def _check_stop_signs(read: _ReadBack, report: CheckReport) -> None:
    """A STOP sign only beside a row that says not to do something, or stands under a heading
    or lead-in that does ("Foods to avoid"): beside a symptom ("If you can't stay awake when
    you'd normally be awake:") or a step to take ("Ask your physio first.") it tells the
    reader not to. Under such a heading a picture of eating or drinking says to have what is
    banned ("Red meat and sausages." beside a plate). English rows only: the bans are read by
    English's grammar."""
    if not read.english:
        return
    signs = {picture.label for _, picture, only_for, _ in picture_list().entries
             if only_for == "do not"}
    banned = _rows_under_bans(read.document, read.rows)
    wrong = [
        words for pictures, words in read.rows
        if pictures and pictures[0].get("name") in signs and not says_a_ban(words)
        and words not in banned
    ]
    if wrong:
        report.problems.append(
            f"{len(wrong)} row(s) have a STOP sign but say no ban (choose another picture or "
            "the plain one): " + "; ".join(f"'{words}'" for words in wrong)
        )
    having = eating_or_drinking_pictures()
    eaten = [
        f"'{words}' (under '{banned[words]}')" for pictures, words in read.rows
        if words in banned and pictures and pictures[0].get("name") in having
    ]
    if eaten:
        report.problems.append(
            f"{len(eaten)} row(s) under a heading or lead-in that bans them have a picture of "
            "eating or drinking, which says to have them (use the STOP sign or the plain "
            "picture): " + "; ".join(eaten)
        )


def _rows_under_bans(document, rows: list[tuple[list, str]]) -> dict[str, str]:
    """The words of each row that stands under a heading or a lead-in row that bans what its
    rows name ("Foods to avoid", "Avoid:"), with that heading: a lead-in row governs the rows
    after it up to the next lead-in or a row that says what to do or not to do itself."""
    said = {words for _, words in rows}
    under: dict[str, str] = {}
    heading = ""
    body = document.element.body
    for element in body.iterchildren():
        if element.tag == qn("w:p"):
            style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val"), "").startswith("Heading"):
                heading = "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()
            continue
        if element.tag != qn("w:tbl"):
            continue
        lead = heading if leads_into_bans(heading) else ""
        for table_row in element.iterchildren(qn("w:tr")):
            cells = table_row.findall(qn("w:tc"))
            words = " ".join(
                "".join(t.text or "" for t in paragraph.iter(qn("w:t"))).strip()
                for cell in cells[1:] for paragraph in cell.iterchildren(qn("w:p"))
            ).strip().replace("\u00a0", " ")
            if words not in said:
                continue
            if words.endswith(":"):
                lead = words if leads_into_bans(words) else (
                    heading if leads_into_bans(heading) else "")
            elif says_what_to_do(words):
                # its own words say what its picture means; after a lead-in row, the rows it
                # leads into have ended
                lead = heading if leads_into_bans(heading) else ""
            elif lead:
                under[words] = lead
    return under


def _kept_whole(leaflet: Leaflet, settings: EasyReadSettings) -> set[str]:
    """The sentences a draft kept whole, long, because a condition at their end may govern one
    action or both (cut, "Stop the exercises." could be told whatever happens): for a person to
    read, as every drafted row the draft is unsure of is. None of an author's file."""
    easy_read = easy_read_for(leaflet, settings.max_words)
    if easy_read.author_file:
        return set()
    return {
        sentence
        for row in easy_read.rows()
        if CONDITION_SCOPE_DOUBT in row.doubt or PURPOSE_SCOPE_DOUBT in row.doubt
        for sentence in sentences(row.plain)
    }


def _check_sentence_lengths(
    read: _ReadBack, settings: EasyReadSettings, report: CheckReport, kept_whole: set[str]
) -> None:
    lengths = [
        (word_count(sentence), sentence) for _, words in read.rows for sentence in sentences(words)
    ]
    longest = max(lengths, default=(0, ""))
    report.findings.append(f"longest sentence: {longest[0]} words ('{longest[1]}')")
    too_long = [sentence for count, sentence in lengths if count > settings.max_words]
    for_a_person = [sentence for sentence in too_long if sentence in kept_whole]
    if for_a_person:
        report.findings.append(
            f"to check: {len(for_a_person)} sentence(s) over {settings.max_words} words kept "
            "whole by the draft, as cutting them could change what they say: "
            + "; ".join(f"'{sentence}'" for sentence in for_a_person)
        )
    too_long = [sentence for sentence in too_long if sentence not in kept_whole]
    if too_long:
        report.problems.append(
            f"{len(too_long)} sentence(s) over {settings.max_words} words: "
            + "; ".join(f"'{sentence}'" for sentence in too_long)
        )


def _check_readability(read: _ReadBack, leaflet: Leaflet, report: CheckReport) -> None:
    """Flesch Reading Ease beside the source's (the measures are English only)."""
    import textstat

    if not read.english:
        report.findings.append(
            f"readability, instructions and hard words not measured: the measures are English "
            f"and this leaflet is in '{leaflet.meta.language}'"
        )
        return
    easy, source = addresses_as_words(read.easy_text), addresses_as_words(read.source_text)
    ease = textstat.flesch_reading_ease(easy)
    shown = score_beside_bound(ease, _MIN_READING_EASE)
    source_ease = textstat.flesch_reading_ease(source)
    report.findings.append(
        f"Flesch Reading Ease {shown} "
        f"(source {source_ease:.0f}; e-mail and web addresses read as one short word);"
        f" Flesch-Kincaid grade {textstat.flesch_kincaid_grade(easy):.1f} "
        f"(source {textstat.flesch_kincaid_grade(source):.1f})"
    )
    if ease < _MIN_READING_EASE:
        report.problems.append(
            f"Flesch Reading Ease is {shown}; Easy Read should score {_MIN_READING_EASE} or more"
        )


def addresses_as_words(text: str) -> str:
    """Text for the reading-ease measure: each e-mail or web address one short word, as a reader
    takes it in and as sentence lengths count it. The measure's syllable rules read
    "InformationForPatients@uhl-tr.nhs.uk" as a word of 7 syllables, and the trust's addresses
    on every Easy Read's last page would otherwise weigh like hard words no draft can change."""
    for detail in sorted(contact_details(text), key=len, reverse=True):
        if not detail[:1].isdigit():
            text = text.replace(detail, "it")
    return text


def _check_text_size(read: _ReadBack, report: CheckReport) -> None:
    document = read.document
    small = sorted(
        {
            f"{_run_size(run, paragraph, document):g} pt ('{run.text[:30]}')"
            for paragraph in _all_paragraphs(document)
            for run in paragraph.runs
            if run.text.strip() and _run_size(run, paragraph, document) < 14
        }
    )
    if small:
        report.problems.append("text under 14 pt: " + "; ".join(small[:5]))


def _check_facts(read: _ReadBack, leaflet: Leaflet, report: CheckReport) -> None:
    """Every number, contact detail and instruction of the source is in the Easy Read."""
    easy_words = set(words_of(read.everything))
    easy_numbers = set(numbers_in(read.everything))
    digits = re.sub(r"\D", "", read.everything)
    missing = [n for n in dict.fromkeys(numbers(read.source_text)) if n not in easy_numbers]
    # the offer's contacts, as the last page gives them: a leaflet's own offer has its own
    contacts = contact_details(read.source_text) + contact_details(offer_text(leaflet))
    for detail in dict.fromkeys(contacts):
        found = (
            re.sub(r"\D", "", detail) in digits
            if detail[:1].isdigit()
            else detail.lower() in read.everything.lower()
        )
        if not found:
            missing.append(detail)
    plain = plain_words()
    for sentence in sentences(read.source_text) if read.english else []:
        for verb in instruction_verbs(sentence, plain):
            replacement = plain.single_words.get(verb, verb).split()[0]
            if not (word_forms(verb) | word_forms(replacement)) & easy_words:
                missing.append(f"the instruction '{verb}' ('{sentence}')")
    if missing:
        report.problems.append("facts of the leaflet missing: " + "; ".join(missing))


def _check_meaning(read: _ReadBack, leaflet: Leaflet, report: CheckReport) -> None:
    """No row reverses a "not", drops or cuts off an "if", adds a number or ends as a fragment
    (English only: the parser is English)."""
    if not read.english:
        return
    problems = check_meaning([words for _, words in read.rows], leaflet_sentences(leaflet))
    report.findings.append(
        f"meaning: {len(read.rows)} rows held to their source sentences; "
        f"{len(problems)} change the meaning"
    )
    if problems:
        report.problems.append(
            "rows that change the meaning of the leaflet: " + "; ".join(map(str, problems))
        )


def _note_words_to_look_at(read: _ReadBack, report: CheckReport) -> None:
    """For the author: source words that left no trace, passive rows, unexplained words."""
    from wordfreq import zipf_frequency

    plain = plain_words()
    easy_words = set(words_of(read.everything))
    easy_forms = set().union(*(word_forms(word) for word in easy_words))
    other_words = sorted(
        {
            word
            for word in words_of(_UNIT_GLUED.sub(r"\1 \2", read.source_text))
            if len(word) > 3
            and not word.isdigit()
            and zipf_frequency(word, "en") < 6  # "which", "there": not what a fact hangs on
            and word not in easy_forms
            and not word_forms(word) & easy_words
            and plain.single_words.get(word, word).split()[0] not in easy_words
            and NUMBER_WORDS.get(word) not in easy_words  # "eight" written "8", as Easy Read does
        }
        if read.english
        else ()
    )
    if other_words:
        report.findings.append(
            "words of the leaflet not in the Easy Read (check the meaning survived): "
            + ", ".join(other_words)
        )
    passive = [words for _, words in read.rows if _PASSIVE.search(words)]
    if passive:
        report.findings.append(
            "rows that may be in the passive voice (say who does it): "
            + "; ".join(f"'{words}'" for words in passive)
        )
    explained = set(plain.explanations)
    explained_upper = {word.upper() for word in explained} | {"OK"}
    without_addresses = read.easy_text
    for detail in contact_details(read.easy_text):
        without_addresses = without_addresses.replace(detail, " ")
    rare = sorted(
        {
            word
            for word in words_of(without_addresses)
            if word.isalpha()
            and zipf_frequency(word, "en") < _RARE_WORD_ZIPF
            and word not in explained
        }
        if read.english
        else ()
    )
    # "1-2", "4hrs", "Mon-Fri", "20:00": figures the draft writes as words, left in a row
    figures = [words for _, words in read.rows if figures_in_words(words) != words]
    if figures and read.english:
        report.findings.append(
            "figures a reader may misread (write a range 'X to Y', a unit or day in full, a "
            "time as '8pm'): " + "; ".join(f"'{words}'" for words in figures)
        )
    acronyms = sorted(set(re.findall(r"\b[A-Z]{2,}\b", without_addresses)) - explained_upper)
    if acronyms:
        report.findings.append(
            "short forms a reader may not know (Easy Read explains every one): "
            + ", ".join(acronyms)
        )
    if rare:
        report.findings.append(
            "uncommon words with no explanation (explain them, or add them to "
            "config/plain_words.yaml): " + ", ".join(rare)
        )


def _check_trust_parts_and_properties(
    read: _ReadBack, leaflet: Leaflet, report: CheckReport
) -> None:
    for translation in leaflet.trust.translations:
        if translation.text not in read.everything:
            report.problems.append(f"the {translation.language_name} line is missing")
    if CREDIT not in read.everything:
        report.problems.append("OpenMoji's credit line is missing")
    properties = read.document.core_properties
    if not properties.title or not properties.language or not properties.author:
        report.problems.append("the document's title, language or author is not set")


def _note_where_the_words_came_from(
    leaflet: Leaflet, settings: EasyReadSettings, report: CheckReport
) -> None:
    """An author's file is held to its notes; a draft's notes are for a person to read."""
    easy_read = easy_read_for(leaflet, settings.max_words)
    report.findings.append(
        f"words from the author's file {easy_read.author_file.name}"
        if easy_read.author_file
        else "words drafted automatically: a person should read them"
    )
    if easy_read.author_file:
        report.problems.extend(easy_read.notes)
    else:
        report.findings.extend(easy_read.notes[1:])


def _all_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
    for section in document.sections:
        yield from section.footer.paragraphs


def read_given_words(leaflet: Leaflet, path: Path) -> list[str]:
    """An author's Easy Read given for `leaflet` (on the web page), read as the build reads it,
    and refused when its rows are in another script than the leaflet's language: the English
    words given for the Urdu leaflet, with the same number, would be made into the Urdu Easy
    Read. Returns what a person should look at (written for another version)."""
    easy_read = read_author_file(path, leaflet)
    known = find_language(leaflet.meta.language)
    expected = known.script if known else "Latin"
    found = script_of(" ".join(row.text for row in easy_read.rows()))
    if found not in (expected, "Common"):
        name = known.english_name if known else f"'{leaflet.meta.language}'"
        raise LeafletError(
            f"{path}: its rows are written in {found} script, but this leaflet is in {name} "
            f"({expected} script): is it the Easy Read of another language's leaflet?"
        )
    return easy_read.notes


FORMAT = Format(
    name="easy-read",
    title="Easy Read",
    description="Word document: a picture on the left and short plain sentences on the right, "
    "from the author's Easy Read file or drafted automatically.",
    settings=EasyReadSettings,
    write=write_easy_read,
    check=check_easy_read,
    tool_versions=tool_versions,
    config_files=("organisation.yaml", "pictures.yaml", "plain_words.yaml"),
    companion_files=lambda leaflet: [author_file_for(leaflet)],
    preview=showing("page", ".docx", DOCX_MEDIA_TYPE),
    load_config=lambda: (picture_list(), plain_words()),
    not_made=not_made_for,
    companion_title="Easy Read words",
    read_companion=read_given_words,
)
