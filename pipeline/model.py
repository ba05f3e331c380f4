"""The one document model every writer reads.

Plain data only: readers (Markdown, imported text, .docx) produce it, writers consume it, and no
writer ever looks at the source file or at config directly. The trust-wide parts (format offer,
lines in other languages, footer) are attached from config as `TrustParts`, so a change of phone
number is one edit in config/organisation.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from .languages import LANGUAGES, find_language, notice_label, primary_language
from .offers import Offer
from .text import SHORT_DAY, day_in_full, slugify


@dataclass(frozen=True)
class Span:
    """A run of inline text; `lang` is a BCP 47 tag when it is not in the leaflet's language."""

    text: str
    strong: bool = False
    href: str | None = None
    lang: str | None = None
    field: bool = False  # a fill-in field left blank for staff or the patient; `text` is its label
    filled: bool = False  # a value written into a field for one patient: a patient detail


Inline = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 2 = section heading; the title (level 1) lives in the metadata
    spans: Inline


@dataclass(frozen=True)
class Paragraph:
    spans: Inline
    lang: str | None = None  # set when the whole paragraph is in another language


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[Inline, ...]
    numbers: tuple[int, ...] = ()  # each item's number as the leaflet prints it (ordered lists)

    def item_numbers(self) -> tuple[int, ...]:
        """The printed number of each item: step 4 stays step 4 in every format."""
        return self.numbers or tuple(range(1, len(self.items) + 1))


@dataclass(frozen=True)
class Image:
    src: str  # path relative to the source file's folder
    alt: str


NOTICE_LABELS = {"important": "Important", "warning": "Warning", "note": "Note"}
# The words a notice's own text may open with that say its kind ("Caution: ..." is a warning).
NOTICE_WORDS = {
    "important": ("important",),
    "warning": ("warning", "caution", "danger"),
    "note": ("note", "please note"),
}


# ... and in every language, each label word its row gives (languages.Language.notice_labels:
# "تحذير" is a warning, "مهم" important), so a translated leaflet's notice keeps its kind
_KIND_OF_LABEL = {
    word.casefold(): kind
    for kind, words in NOTICE_WORDS.items()
    for word in words
} | {word.casefold(): kind for row in LANGUAGES for kind, word in row.notice_labels}
_NOTICE_LABEL_START = re.compile(
    r"\W*(?P<word>"
    + "|".join(re.escape(word) for word in sorted(_KIND_OF_LABEL, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)


def notice_kind_said(text: str) -> str | None:
    """The kind a notice's first words say, after any sign before them ("⚠ Warning: ...",
    "**تحذير:** ..."): "important", "warning", "note", or None. The label must be a whole word:
    no letter or vowel sign after it ("ચેતવણી:" ends on one, "Uwagą" is another word)."""
    said = _NOTICE_LABEL_START.match(text.lstrip())
    if said is None:
        return None
    after = said.string[said.end() : said.end() + 1]
    if after and (after.isalnum() or after == "_" or unicodedata.category(after)[0] == "M"):
        return None
    return _KIND_OF_LABEL.get(said["word"].casefold())


@dataclass(frozen=True)
class Notice:
    """A safety notice: every format must keep it prominent (boxed, announced, bold)."""

    spans: Inline
    kind: str = "important"  # important | warning | note
    # what its words lead into, inside the box ("Call 999 straight away if you:" / each sign):
    # joined into one run with ";" they were hard to scan in an emergency
    items: tuple[Inline, ...] = ()
    # words after its list, still in the box ("If this happens at home, call the ward.")
    after: Inline = ()
    # its paragraphs after the first, before any list: three warnings in one box, each its own
    # paragraph (run into one, a hotline's number was buried after two bans)
    more: tuple[Inline, ...] = ()

    @property
    def paragraphs(self) -> tuple[Inline, ...]:
        """Its words before any list, paragraph by paragraph."""
        return (self.spans, *self.more)

    @property
    def label(self) -> str:
        """What the formats announce it as: "Important", "Warning", "Note"."""
        return NOTICE_LABELS.get(self.kind, "Important")

    def label_in(self, language: str) -> tuple[str, str]:
        """Its label in a leaflet in `language`, and the language the label is in: the
        language's own word for its kind where languages.py gives one ("Pwysig" in a Welsh
        leaflet, "Ważne" in a Polish one), as its importer labels a notice; else English's
        ("Note"). A Welsh leaflet's notice had been announced "[English braille:] Important:",
        its web page's label marked English, as though no Welsh word for it existed."""
        own = primary_language(language) != "en" and notice_label(language, self.kind)
        if own:
            return own, find_language(language).code
        return self.label, "en"

    @property
    def says_its_label(self) -> bool:
        """Whether its own first words are its label ("> Important: Take it once a week.",
        "> Caution: ..." for a warning, as imported), so that a format showing or reading the
        label would give it twice."""
        return notice_kind_said(plain_text(self.spans)) == self.kind


@dataclass(frozen=True)
class Table:
    """A simple table: a header row and rows of short cells, as many cells in each row."""

    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...]

    @property
    def to_fill_in(self) -> bool:
        """Whether it is a record's headings over empty rows (a dosing record the clinic writes
        in): every format gives the rows as places to write, never as nothing."""
        return bool(self.rows) and not any(
            plain_text(cell).strip() for row in self.rows for cell in row
        )

    @property
    def lines_to_write_on(self) -> int:
        """How many lines a space to write in has, a column over empty rows ("Your notes" over
        ten ruled lines, as imported); 0 for any other table. Each format gives it as one space
        with its lines: as ten blanks the recording had said "write this in yourself" ten
        times."""
        return len(self.rows) if self.to_fill_in and len(self.header) == 1 else 0

    @property
    def space_said(self) -> str:
        """What a space to write in is for, as a sentence names it: "a space for your notes"
        under "Notes", "a space for your questions I want to ask", "a space headed Diary"."""
        heading = plain_text(self.header[0]).strip(" :") if self.header else ""
        if re.match(r"(?:notes|questions)\b", heading, re.IGNORECASE):
            return f"a space for your {heading[0].lower()}{heading[1:]}"
        return f"a space headed {heading}" if heading else "a space to write in"

    @property
    def lines_said(self) -> str:
        """Its lines to write on in words: "10 lines to write on", "1 line to write on"."""
        lines = self.lines_to_write_on
        return f"{lines} line{'s' * (lines != 1)} to write on"

    def days_in_full(self) -> dict[str, str]:
        """Its headings and cells that are days' short names ("Mon" to "Sun"), each with the
        day it names, when there are two or more: alone, "Sat" and "Sun" may be words, but not
        among other days (a warfarin week's "Sat: four." was said, and Easy Read drew the sun
        beside "Sun: 5 mg.")."""
        cells = (*self.header, *(cell for row in self.rows for cell in row))
        texts = [plain_text(cell).strip().rstrip(".") for cell in cells]
        days = {text: day_in_full(text) for text in texts if re.fullmatch(SHORT_DAY, text)}
        return days if len(days) >= 2 else {}


@dataclass(frozen=True)
class DescribedPicture:
    """A picture the leaflet describes but does not supply: its description stands in for it."""

    description: str


Block = Heading | Paragraph | ListBlock | Image | Notice | Table | DescribedPicture


@dataclass(frozen=True)
class YearMonth:
    year: int
    month: int

    def __str__(self) -> str:
        return date(self.year, self.month, 1).strftime("%B %Y")

    def is_before(self, today: date) -> bool:
        """True once `today` is past the first day of this month."""
        return (self.year, self.month) < (today.year, today.month) or (
            (self.year, self.month) == (today.year, today.month) and today.day > 1
        )


@dataclass(frozen=True)
class Translation:
    lang: str  # BCP 47
    language_name: str  # in English, for staff and for announcements
    text: str


@dataclass(frozen=True)
class TrustParts:
    """What the leaflet ends with: the trust's parts from config/organisation.yaml, and the
    offer of other formats this leaflet makes (its own, or the trust's default)."""

    organisation: str
    format_offer: Inline  # English sentence with the phone number and e-mail as spans
    phone: str
    email: str
    translations: tuple[Translation, ...]  # the offer in other languages (when it offers them)
    footer: tuple[Inline, ...]  # health information / 111, website, feedback lines
    offer: Offer = Offer(made=(), translations=False)  # what the sentences above promise


@dataclass(frozen=True)
class Metadata:
    number: str  # the trust's own reference as printed: 442, PHY-0412, HEY-665/2021
    version: int
    title: str
    department: str
    audience: str
    last_reviewed: YearMonth | None
    next_review: YearMonth | None
    language: str = "en-GB"
    formats: tuple[str, ...] | None = None  # the leaflet's own offer; None: the trust's default
    format_offer: str = ""  # the leaflet's own offer sentence (Markdown); "": the trust's
    issued: YearMonth | None = None  # when this version was issued, published or written
    organisation: str = ""  # who wrote it, as the leaflet names them; "": the running trust
    # the audience line's language where it is not the leaflet's: the pipeline's own English
    # default ("Information for Patients") in a leaflet in another language
    audience_lang: str | None = None

    @property
    def dates(self) -> tuple[tuple[str, str, str], ...]:
        """(kind, label, month) of each date the leaflet gives, each said for what it is: a
        leaflet printed "Issued: March 2024" had been announced "Last reviewed: March 2024".
        "Last reviewed" stands when it is known, or when nothing else is, as it always has."""
        dates = []
        if self.issued:
            dates.append(("issued", "Issued", str(self.issued)))
        if self.last_reviewed or not self.issued:
            dates.append(("reviewed", "Last reviewed", self.reviewed_words))
        dates.append(("review-due", "Next review", self.next_review_words))
        return tuple(dates)

    @property
    def reviewed_words(self) -> str:
        """A leaflet imported with only its next review date was never "no review date"."""
        return str(self.last_reviewed) if self.last_reviewed else "not recorded"

    @property
    def next_review_words(self) -> str:
        return str(self.next_review) if self.next_review else "no review date"


@dataclass(frozen=True)
class Leaflet:
    meta: Metadata
    blocks: tuple[Block, ...]
    trust: TrustParts
    slug: str  # "442-lower-back-stretches-in-pregnancy": names the output folder
    source_path: str = ""
    variant: str = ""  # "" for the canonical English, else a language tag or "easyread"

    @property
    def identifier(self) -> str:
        return f"{reference_slug(self.meta.number)}-v{self.meta.version}"

    @property
    def written_by(self) -> str:
        """Who wrote the leaflet: the trust the leaflet names as its own, else the trust running
        the pipeline. Another trust's leaflet had been announced as the running trust's; the
        running trust's offer of formats (its phone number) stays in `trust`."""
        return self.meta.organisation or self.trust.organisation

    def back_matter(self) -> tuple[Block, ...]:
        """The trust-wide closing blocks, in print order, for writers with no special layout.

        As on the trust's own leaflets, the offer in other languages comes first (each line says
        the number is "below") and the English offer with the number follows it."""
        blocks: list[Block] = [Paragraph(line) for line in self.trust.footer]
        blocks.extend(
            Paragraph((Span(t.text, lang=t.lang),), lang=t.lang) for t in self.trust.translations
        )
        blocks.append(Paragraph(self.trust.format_offer))
        return tuple(blocks)


def reference_slug(reference: str) -> str:
    """A reference safe in file and folder names: "HEY-665/2021" -> "hey-665-2021"."""
    return slugify(reference)


# A notice's label opening its words: "Important", "Warning", "Caution", "Note" ...
_NOTICE_LABEL = re.compile(
    r"^\W*(important|warning|caution|danger|please note|note)(?:\s*[:!\u2013\u2014-]+)?\s*",
    re.IGNORECASE,
)


def notice_label_apart(spans: Inline) -> tuple[Inline, Inline] | None:
    """A notice's label and the words after it, where the label is set apart from them by a
    colon or a dash ("Important: Do not kneel ...") or as the bold run alone before them
    ("> **Important**" over "> Try not to lift ...", one paragraph in Markdown): read on, the
    label is taken for the first words of the sentence ("Important Try not to lift ..."). None
    where the words merely begin with the word ("Important information is ...")."""
    text = plain_text(spans)
    match = _NOTICE_LABEL.match(text)
    if not spans or not match or not text[match.end() :].strip():
        return None
    first = spans[0]
    in_bold_alone = first.strong and len(first.text) <= match.end() and (
        len(spans) > 1 and not spans[1].strong
    )
    if not in_bold_alone and not re.search(r"[:!\u2013\u2014-]", match.group(0)):
        return None
    label = (Span(match.group(1), first.strong),)
    rest: list[Span] = []
    left = match.end()  # characters of the label still to drop
    for span in spans:
        if left >= len(span.text):
            left -= len(span.text)
            continue
        rest.append(replace(span, text=span.text[left:]) if left else span)
        left = 0
    return label, tuple(rest)


def notice_lists_apart(blocks: tuple[Block, ...]) -> list[Block]:
    """The blocks with each notice's paragraphs a notice each and its listed signs a list after
    them, for a format that writes a lead-in and its list item by item (Easy Read: "Call 999 if
    you:" / each sign); a label set apart from the notice's words is a paragraph of its own, as
    if a blank line stood between them (`notice_label_apart`)."""
    apart: list[Block] = []
    for block in blocks:
        if isinstance(block, Notice) and (labelled := notice_label_apart(block.spans)):
            block = replace(block, spans=labelled[0], more=(labelled[1], *block.more))
        if isinstance(block, Notice) and (block.items or block.more):
            apart += [
                replace(block, spans=paragraph, items=(), after=(), more=())
                for paragraph in block.paragraphs
            ]
            if block.items:
                apart.append(ListBlock(False, block.items))
            if block.after:
                apart.append(replace(block, spans=block.after, items=(), after=(), more=()))
        else:
            apart.append(block)
    return apart


def inlines_of(block: Block) -> tuple[Inline, ...]:
    """Every run of text a block holds, in reading order (list items, table cells)."""
    if isinstance(block, Notice):
        return (*block.paragraphs, *block.items, *((block.after,) if block.after else ()))
    if isinstance(block, Heading | Paragraph):
        return (block.spans,)
    if isinstance(block, ListBlock):
        return block.items
    if isinstance(block, Table):
        return (*block.header, *(cell for row in block.rows for cell in row))
    return ()


_COUNTED = re.compile(
    # "day" alone is a day of the week or a date ("Come back on [day]"), never a count of one
    r"^(?:(seconds|second(?!\s+[a-z])|minutes?|hours?|days|day(?!:?\s*$| of the week)|weeks?|times|"
    r"time(?=\s+(?:a|per|each)\b)|repetitions?|"
    r"reps|sets?|tablets?|capsules?|doses?|drops?|puffs?|mg|ml|mcg|kg|g|l|cm|mm|units?|breaths|"
    r"steps?|metres?|mmol|nmol|pmol|[µμu]mol|micromol)\b"  # "mmol/L" as "g/L" and "ml/hour" are
    # ... and a plural in small letters alone, the importer's label for what a blank counts
    # after a verb ("Take ____ bottles a day": "bottles"); no other label is one such word
    r"|(?-i:[a-z]{2,}(?<![siu])s)$)",
    re.IGNORECASE,  # "Time:" is a clock's
)


def counts_something(label: str) -> bool:
    """ "seconds", "times a day": the blank takes a number of what the label names."""
    return bool(_COUNTED.match(label))


def labels_first(label: str) -> bool:
    """ "Name of therapist:" is written before its blank; "seconds" names what the blank counts."""
    return label.endswith(":")


YOURSELF = "yourself"  # who fills in a record the reader keeps ("Write down each dose")


# The label of a blank the importer found nothing to name it by.
UNNAMED_BLANK = "to fill in"
# what joins two blanks into a range: "____ to ____ mmol/L", "between ____ and ____"
RANGE_JOIN = re.compile(r"\s*(?:to|and|[-–—])\s*")


def blanks_joined(spans: Inline, left: int) -> bool:
    """Whether the blanks at `left` and two on are one range, "to" or a dash between them."""
    return (
        0 <= left and left + 2 < len(spans) and spans[left].field and spans[left + 2].field
        and RANGE_JOIN.fullmatch(spans[left + 1].text) is not None
    )


# (whose it is may come first, its apostrophe curly as Word types it: "My child’s preventer
# inhaler is called ____" had been "to-fill-in")
_CALLED = re.compile(
    r"\b(?:my|your|the|his|her|their)\s+(?:(?:child|son|daughter|baby)['’]s\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)\s*(?:\([^)]*\)\s*)?"
    r"(?:(?:is|are)\s+(?:called|named)|['’]s\s+name\s+is)\s*$",
    re.IGNORECASE,
)
# ... and a blank after the person caring for the reader: "Your nurse is ________", "your
# diabetes specialist nurse is ____" (it had been "to-fill-in", taking any words, and was said
# "Your nurse is, your care team will fill this in"); "Your target INR is ____" names no one
_CARER_IS = re.compile(
    r"\b(?:my|your|the|his|her|their)\s+(?:(?:child|son|daughter|baby)['’]s\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?(?:nurse|doctor|consultant|surgeon|anaesthetist|physiotherapist|"
    r"therapist|midwife|health visitor|key ?worker|care coordinator|GP|dietitian|pharmacist|"
    r"social worker|practitioner|specialist|radiographer|podiatrist|psychologist))"
    r"\s+is\s*$",
    re.IGNORECASE,
)


def named_by_blank(before: str) -> str:
    """What a blank after "... is called" (or "is named", "'s name is", "Your nurse is")
    names: "preventer inhaler" for "My preventer inhaler (brown or orange) is called ____",
    "consultant" for "Your consultant's name is ____" (the text before the blank); "" for any
    other blank."""
    sentence = sentence_before_blank(before)
    found = _CALLED.search(sentence) or _CARER_IS.search(sentence)
    return found[1].lower() if found else ""


def sentence_before_blank(before: str) -> str:
    """The words of a blank's own sentence before it, from the text before the blank."""
    return re.split(r"[.!?]\s+", before)[-1]


# A label that says whose or which thing it is already: "your dose", "the date", "his weight"
_DETERMINED = re.compile(
    r"(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my)\s", re.IGNORECASE
)


def the_thing(label: str) -> str:
    """A blank's label after "tell you" or "write in": "the date", but "your dose" for "your
    dose" or "Your dose" ("the your dose" had been said), and "my dose" in a plan written as
    the reader is theirs, "your dose"."""
    if owned := re.match(r"(?:your|my)\s+", label, re.IGNORECASE):
        return f"your {label[owned.end():]}"
    if _DETERMINED.match(label):
        return label[:1].lower() + label[1:]
    return f"the {label}"


def field_said(label: str, who: str = "your care team", said_as: str | None = None) -> str:
    """A fill-in field as a listener can use it: "the number of seconds your physiotherapist
    gives you" (a count, said in its sentence), "Date issued: your physiotherapist will fill
    this in" (a labelled blank) or "your physiotherapist will tell you the date" (anything
    else). In a record the reader keeps (who is YOURSELF): "Time of last dose: write this in
    yourself"."""
    if who == YOURSELF:
        if labels_first(label) or label == UNNAMED_BLANK:
            return f"{'' if label == UNNAMED_BLANK else label + ' '}write this in yourself".strip()
        if counts_something(label):
            return f"write in the number of {said_as or label}"
        return f"write in {the_thing(said_as or label)}"
    if labels_first(label):
        return f"{label} {who} will fill this in"
    if label == UNNAMED_BLANK:
        return f"{who} will fill this in"
    if counts_something(label):  # said_as: the label's unit in full ("kg" as "kilograms")
        return f"the number of {said_as or label} {who} gives you"
    if label.startswith("which "):
        return f"{who} will tell you {label}"  # "which eye"
    return f"{who} will tell you {the_thing(said_as or label)}"


def holds_patient_details(leaflet: Leaflet) -> bool:
    """Whether a field was filled in for one patient: nothing made from it may be kept where
    it outlives the request (a shared cache of spoken sentences)."""
    return any(
        span.filled for block in leaflet.blocks for spans in inlines_of(block) for span in spans
    )


def who_fills_fields(department: str) -> str:
    """Who writes in a leaflet's blanks, named as its reader knows them."""
    lowered = department.lower()
    for word, person in (
        ("physio", "your physiotherapist"),
        ("occupational", "your occupational therapist"),
        ("pharmac", "your pharmacist"),
        ("nurs", "your nurse"),
    ):
        if word in lowered:
            return person
    return "your care team"


def plain_text(spans: Inline) -> str:
    """The text of a run of spans as a reader would read it."""
    return "".join(span.text for span in spans)


def link_address(href: str) -> str:
    """The address as a reader would write it: "https://www.nhs.uk/" -> "www.nhs.uk"."""
    for scheme in ("mailto:", "tel:", "https://", "http://"):
        if href.lower().startswith(scheme):
            href = href[len(scheme) :]
            break
    return href.rstrip("/")


def _letters_and_digits(text: str) -> str:
    """ "0116 250 2959" and "01162502959" are the same number; "www.nhs.uk" the same address."""
    return re.sub(r"[\W_]", "", text).lower()


def with_addresses(spans: Inline) -> Inline:
    """Spans with each link's address written out after its words, where they differ.

    For formats in which a link cannot be followed (print, braille, audio, Easy Read): "the NHS
    website" alone would lose the address. The added span keeps the link, so braille leaves it
    uncontracted and speech reads it as an address."""
    result: list[Span] = []
    for index, span in enumerate(spans):
        result.append(span)
        following = spans[index + 1] if index + 1 < len(spans) else None
        if not span.href or (following is not None and following.href == span.href):
            continue
        start = index
        while start > 0 and spans[start - 1].href == span.href:
            start -= 1
        words = "".join(s.text for s in spans[start : index + 1])
        address = link_address(span.href)
        if _letters_and_digits(address) not in _letters_and_digits(words):
            result.append(Span(f" ({address})", span.strong, span.href, None))
    return tuple(result)
