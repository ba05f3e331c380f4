"""An old leaflet's offer of other formats ("This leaflet is also available in large print and
audio"), found wherever it sits in the imported body and turned into the leaflet's `formats:`,
with its own words kept as `format_offer:`, so the leaflet is built in exactly what it offers."""

from __future__ import annotations

import re

from ...offers import MADE, OFFER_NAMES, is_offer_sentence, offered_names
from .structure import plain_line

_ANY_FORMAT = re.compile(
    r"\b(?:other|another|alternative|different|any) (?:\w+ )?(?:or )?formats?\b"
    r"|\bor formats?\b",
    re.IGNORECASE,
)


def take_offer(front_matter: dict, body: list[str]) -> list[str]:
    """Moves the first offer paragraph of `body` into `front_matter`; returns what a person
    should read: what was understood, and any further offer left in the body."""
    notes: list[str] = []
    for index, block in enumerate(body):
        if block.startswith(("#", "- ", "1. ", "![")):
            continue
        text = plain_line(block.removeprefix("> "))
        if not is_offer_sentence(text):
            continue
        if "formats" in front_matter:
            notes.append(f"a second offer of formats was left in the body: '{text[:80]}'")
            continue
        names = offered_names(text)
        if _ANY_FORMAT.search(text) and not set(names) & set(MADE):
            # "in another language or format": no format named, so every one is offered
            names = [name for name in OFFER_NAMES if name in MADE or name in names]
        front_matter["formats"] = names
        front_matter["format_offer"] = block.removeprefix("> ")
        notes.append(
            f"the offer '{text[:80]}{'...' if len(text) > 80 else ''}' became formats: "
            f"{', '.join(names)} (moved out of the body; it ends every format)"
        )
        body[index] = ""
    body[:] = [block for block in body if block]
    return notes
