"""What every importer hands to the structure finder: the leaflet's lines in reading order, each
with where it came from and what its file said about it (a Word style, a PDF font size)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import link_address
from ...text import TICK_BOXES

# A line ending in a word divided over two lines ("exer-" / "cise", "4-" / "hourly"), when the
# next line goes on in lower case.
DIVIDED_AT_END = re.compile(r"[a-z\d][-\u2010\u00ad]$")
# A line ending on a word a sentence goes on from ("ring the", "go to your"): no heading ends
# so, and no writer ends a line there by hand.
ENDS_LEADING_ON = re.compile(
    r"\b(?:and|or|the|a|an|to|of|your|with|for|in|on|at|by|if|is|are|be|that|this|as|but|"
    r"unless|until|when|because|than|whether)$",
    re.IGNORECASE,
)


# ... and on "not": "If the tablets make you drowsy, do not" / "DRIVE." is one sentence; so is
# "don't" / "don’t", its apostrophe straight or curly.
ENDS_ON_NOT = re.compile(r"\b(?:not|\w+n['’]t)$", re.IGNORECASE)
# ... and on a word that asks for the number on the next line: "Outside these hours, call" /
# "NHS 111." is one sentence (the number had been a line of its own, after "call.").
ENDS_ASKING_FOR_A_NUMBER = re.compile(r"\b(?:call|ring|phone|dial|text|telephone|on)$", re.I)


def written_like_a_title(text: str) -> bool:
    """Four words or more, most after the first in lower case, as a title is written ("Giving
    your blood-thinning injections at home"), not a name ("Leicester Royal Infirmary")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 4 and sum(w[0].islower() for w in words[1:]) >= len(words[1:]) / 2


# A box to tick ("☐", "☑", "[ ]"), and a choice beside it ("Yes ☐", "☐ No", "Not sure [ ]").
_BOX = rf"(?:[{TICK_BOXES}\u2611\u2612]|\[ ?\])"
# A line ending on a box to tick ("Do you have a pacemaker? Yes ☐ No ☐") ends where its writer
# ended it, and so its paragraph: the next question had run on into it.
ENDS_ON_A_BOX = re.compile(rf"(?:^|\s){_BOX}$")
_CHOICE = re.compile(rf"[\w'’ ]{{1,20}} {_BOX}|{_BOX} [\w'’ ]{{1,20}}")
# A list item's typed marker and the space after it ("- ", "1. ", "(a) ").
_ITEM_MARKER = re.compile(r"(?:[-•*–]|\(?\w{1,3}[.):])\s")


def question_with_choices(cells: tuple[str, ...] | list[str]) -> bool:
    """Whether a line parted at its tabs or wide gaps is a question or an item with its choices
    to tick ("Do you have a pacemaker?<tab>Yes ☐<tab>No ☐", "- Do you ...<tab>Yes ☐ ..."), no
    table's row: as rows, the first question had been a table's header, and an item "- - Do
    you ...", its choices "Yes ☐; No ☐". Word's paragraph reads it as one line, and so does
    every importer now."""
    return len(cells) > 1 and (
        _ITEM_MARKER.match(cells[0]) is not None
        or all(_CHOICE.fullmatch(cell.strip()) for cell in cells[1:])
    )


def linked(words: str, url: str) -> str:
    """A hyperlink's words as a source file writes a link, "[NHS website](https://...)", so
    each format gives its address after its words where they differ (its words alone had lost
    the address from every format), whichever file the link was in (a Word hyperlink, a PDF's
    link over its words). A link to a place in the document, or whose words say its address
    ("www.nhs.uk"), is its words; so is a phone link whose words are its number as printed
    ("01267 227 455", not "+441267227455" after it); one whose words are no number ("call the
    ward") is followed by the number, as a phone number is written."""
    if not url or not words.strip():
        return words
    address = link_address(url)
    if url.lower().startswith("tel:"):
        if re.search(r"\d", words):
            return words
        address = re.sub(r"^\+44\s*(?:\(0\)\s*)?", "0", address.replace("%20", " "))
    letters = re.sub(r"[\W_]", "", address).lower()
    if letters in re.sub(r"[\W_]", "", words).lower():
        return words
    if "[" in words or "]" in words or url.lower().startswith("tel:"):
        return f"{words.rstrip()} ({address}){words[len(words.rstrip()):]}"
    url = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    lead, trail = words[: len(words) - len(words.lstrip())], words[len(words.rstrip()) :]
    return f"{lead}[{words.strip()}]({url}){trail}"


@dataclass
class SourceLine:
    text: str  # inline Markdown (**bold**, [words](link)); "" for a blank line
    where: str  # "line 12", "paragraph 7", "page 2, line 5": what a person looks for
    indent: int = 0  # leading spaces, or the PDF's equivalent: nested lists
    heading: int | None = None  # a heading level the file itself gives (1 = the title)
    cells: tuple[str, ...] | None = None  # a row of a Word table
    header_row: bool = False  # that row is the table's header
    picture: tuple[str, str] | None = None  # (alt text, path) of a picture the file carries
    joins_next: bool = False  # ends in a word divided over two lines ("exer-" "cise")
    ends_paragraph: bool = False  # a sentence ends here and the file's own break follows it
    # a text file's line where the file wraps its paragraphs to a width: there a line that is
    # a whole sentence short of the width (ends_paragraph) was ended by the writer
    in_wrapped_text: bool = False
    bold: bool = False  # the whole line is set in bold (a PDF's: Word marks its bold in `text`)
    wraps: bool = False  # a PDF's line its column's edge ended: the next line goes on from it
    running: bool = False  # from a page header or footer, on every page
    # the heading is named so by the file (a Word Heading style), not only set in bold or large
    styled: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip() and self.cells is None and self.picture is None


def blank(where: str) -> SourceLine:
    return SourceLine("", where)
