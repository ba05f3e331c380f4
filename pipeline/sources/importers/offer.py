"""An old leaflet's offer of other formats ("This leaflet is also available in large print and
audio"), found wherever it sits in the imported body and turned into the leaflet's `formats:`,
with its own words kept as `format_offer:`, so the leaflet is built in exactly what it offers."""

from __future__ import annotations

import re

from ...contacts import find_contacts
from ...offers import is_offer_sentence, offer_of, offered_names
from ...text import sentences
from .structure import plain_line

# A line naming someone, with no stop, run into the offer after it: "Ward manager: Sister K.
# O'Neill If you need this leaflet in another format ..." (a folded leaflet's contacts panel).
_LABELLED_LEAD = re.compile(
    r"^(?P<lead>[A-Z][\w '’&/()-]{1,30}:\s*\S.{0,60}?)\s+"
    r"(?P<offer>(?:If|This|Please|We|You|Ask|Our|For)\b.*)$",
    re.DOTALL,
)

# Formats offered with none named: "Alternative formats can be made available on request" (it
# had stayed in the body, a second offer with its own contact beside the leaflet's).
_FORMATS_ON_REQUEST = re.compile(
    r"\b(?:alternative|other|different) formats?\b.*\b(?:available|on request)\b"
    r"|\b(?:available|on request)\b.*\b(?:alternative|other|different) formats?\b",
    re.IGNORECASE,
)


def _is_offer(text: str) -> bool:
    return is_offer_sentence(text) or bool(_FORMATS_ON_REQUEST.search(text) and offer_of(text))


def take_offer(front_matter: dict, body: list[str]) -> list[str]:
    """Moves the first offer paragraph of `body` into `front_matter`; returns what a person
    should read: what was understood, and any further offer left in the body."""
    notes: list[str] = []
    for index, block in enumerate(body):
        if block.startswith(("#", "- ", "1. ", "![")):
            continue
        text = plain_line(block.removeprefix("> "))
        if not _is_offer(text):
            continue
        if "formats" in front_matter:
            notes.append(f"a second offer of formats was left in the body: '{text[:80]}'")
            continue
        offer, rest = _offer_and_rest(block.removeprefix("> "))
        if rest:
            # a paragraph that also says other things keeps them: only the offer, and the
            # contact sentences straight after it, go
            body.insert(index + 1, rest)
            block, text = offer, plain_line(offer)
        names = offer_of(text)
        front_matter["formats"] = names
        said = f"the offer '{text[:80]}{'...' if len(text) > 80 else ''}' became formats: "
        if offered_names(text):
            front_matter["format_offer"] = block.removeprefix("> ")
            notes.append(f"{said}{', '.join(names)} (moved out of the body; it ends every format)")
        elif contacts := find_contacts(text, ("phone", "email")):
            # naming no format, with its own contact ("Alternative formats can be made
            # available on request. Please email ..."): its words, and so its contact, end every
            # format (config's sentence had given another contact); formats: says what it offers
            front_matter["format_offer"] = block.removeprefix("> ")
            notes.append(
                f"{said}{', '.join(names)} (every format: it names no format); it was kept as "
                f"the leaflet's offer sentence, with its contact "
                f"{', '.join(contact.text for contact in contacts)}, and ends every format"
            )
        else:
            # naming no format, its words cannot be the leaflet's offer sentence (which must
            # name what it offers): config's sentence, made from formats:, ends every format
            notes.append(
                f"{said}{', '.join(names)} (every format: it names none); its words were left "
                "out, and the offer sentence of config/organisation.yaml ends every format: "
                "check its contact is the one to give"
            )
        body[index] = ""
    body[:] = [block for block in body if block]
    return notes


def _offer_and_rest(block: str) -> tuple[str, str]:
    """The offer of a paragraph: from its first offer sentence on, how to ask included ("Please
    ask the clinic staff or call ..."); and the paragraph's other sentences. When much follows
    the offer, only the offer sentences and short contact sentences after them are the offer."""
    pieces = [part for piece in sentences(block) for part in _labelled_line_apart(piece)]
    first = next((i for i, piece in enumerate(pieces) if _is_offer(plain_line(piece))), 0)
    end = len(pieces)
    if end - first > 3:
        end = first + 1
        while end < len(pieces) and (
            _is_offer(plain_line(pieces[end]))
            or (len(pieces[end].split()) <= 12 and find_contacts(pieces[end]))
        ):
            end += 1
    return " ".join(pieces[first:end]), " ".join(pieces[:first] + pieces[end:])


def _labelled_line_apart(piece: str) -> list[str]:
    """A sentence as the labelled line run into it and the offer, when it is one such: the
    name is no part of the offer, and stays in the body."""
    match = _LABELLED_LEAD.match(piece)
    if (
        match
        and _is_offer(plain_line(match["offer"]))
        and not _is_offer(plain_line(match["lead"]))
    ):
        return [match["lead"], match["offer"]]
    return [piece]
