"""Phone numbers, extensions, e-mail and web addresses as UK leaflets write them: one grammar, so
config, the speech script, large print, braille and Easy Read agree on what a contact detail is.

Callers that need a variant (anchored for validation, some kinds only, the short service numbers
such as 111) build it here from the same pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# 0116 258 6226, 01482 674 643, 020 7946 0000, 07700 900123, 0116-258-6226, +44 116 258 4848,
# (0116) 258 6226, and a freephone number in pairs, 0808 808 00 00 or 0800 58 58 58. Not inside
# a word, a decimal (2.0116) or a figure (1,000).
_PHONE = (
    r"(?<![\w.,])(?:0\d{3}[ -]\d{3}[ -]\d\d[ -]\d\d"
    r"|0\d{3}(?:[ -]\d\d){3}"  # CALM's "0800 58 58 58"
    r"|0\d{3}[ -]\d[ -]\d{3}[ -]\d{3}"  # "0800 0 123 456"
    r"|0\d{4}(?:[ -]\d\d){3}"  # a five-figure area code and pairs: "01904 63 13 13"
    # any other grouping of a UK number's ten or eleven figures: "01945 58 1234"
    r"|(?=0(?:[ -]?\d){9,10}(?![ -]?\d))0\d{2,4}(?:[ -]\d{2,4}){1,3}"
    r"|116[ -]?\d{3}"  # the helplines of Europe's 116 range: Samaritans 116 123
    r"|(?:\+44 ?(?:\(0\) ?)?\d{2,4}|0\d{2,4}|\(0\d{2,4}\))(?:[ -]?\d{3,4}){1,3})(?!\d)"
)
# Ext. 2210, ext 2210, Ext: 2210, extension 2210, x2210; a small switchboard's "ext. 2" ("ext
# twenty-two" had been said, and "ext" as a word).
_EXTENSION = r"(?<!\w)(?:(?i:ext(?:ension|n)?\.?:? ?)\d{1,6}|(?i:x)\d{3,6})(?!\d)"
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])"
# A path never ends with the full stop or comma of the sentence around it.
_PATH = r"(?:/[\w./%~?=&#+:@-]*)?(?<![.,;:!?])"
# https://..., www...., or a bare domain in a UK leaflet's usual endings (nhs.uk/conditions).
_WEB = (
    r"(?<![\w@./-])(?:(?i:https?://|www\.)[\w-]+(?:\.[\w-]+)*"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:uk|com|org|net|gov|nhs)(?![\w@-]))" + _PATH
)
_PIECES = {"email": _EMAIL, "web": _WEB, "phone": _PHONE, "extension": _EXTENSION}
KINDS = tuple(_PIECES)

PHONE_NUMBER = re.compile(_PHONE)
EXTENSION = re.compile(_EXTENSION)
# A number and its extension, or an extension alone: never divided between lines of print or
# braille ("01632 960 440" / "ext. 4455" had been)
UNBROKEN_NUMBER = re.compile(rf"(?:{_PHONE})(?:[ \u00a0]*{_EXTENSION})?|{_EXTENSION}")
EMAIL_ADDRESS = re.compile(_EMAIL)
WEB_ADDRESS = re.compile(_WEB)


@dataclass(frozen=True)
class Contact:
    kind: str  # "email" | "web" | "phone" | "extension" | "service"
    text: str
    start: int
    end: int


# What a figure measures or counts when it follows straight after: then the figure is a
# dose, a volume or a count ("111 mg", "999 micrograms", "119 units of insulin", "111 tablets"),
# never a service number to ring, in the web page and the recording alike. The units are
# the recording's (config/pronunciations.yaml, kept in step by a test) and their words; the
# forms a dose comes in; a temperature. Not a time's words: "Call 111 day or night" is rung.
_MEASURE_UNITS = (
    "mm|cm|m|km|mg|mcg|µg|ng|g|gm|gms|kg|ml|mls|l|mins?|secs?|hrs?|h|wks?|yrs|kcal|%|mmHg|"
    "mmol|micromol|µmol|nmol|mol|mSv|MU|IU|ft|m2|m²|tsp|tbsp|lbs?|oz|mph"
)
_MEASURE_WORDS = (
    "micrograms?|milligrams?|nanograms?|grams?|kilograms?|millilit(?:re|er)s?|lit(?:re|er)s?|"
    "millimoles?|units?|international units?|per ?cent|degrees?"
)
_DOSE_FORMS = (
    "tablets?|capsules?|sachets?|puffs?|spoonfuls?|spoons?|injections?|patch(?:es)?|drops?|"
    "pessar(?:y|ies)|suppositor(?:y|ies)|doses?|bottles?|vials?|ampoules?|cartridges?|"
    "lozenges?|sprays?|inhalators?|pieces? of gum"
)
MEASURE_AFTER = (
    rf"[ \u00a0]?(?:°[ \u00a0]?[CF]?(?!\w)|%"
    rf"|(?i:{_MEASURE_WORDS}|{_DOSE_FORMS}|{_MEASURE_UNITS})(?!\w))"
)

_MEASURE = re.compile(MEASURE_AFTER)


def measure_follows(text: str, at: int = 0) -> bool:
    """Whether a unit, a dose's form or a count's word starts `text` at `at`, straight after a
    figure: for a caller that sees the figure and what follows it apart (two spans of a line)."""
    return _MEASURE.match(text, at) is not None


def service_number_pattern(numbers: Iterable[str]) -> str:
    """Short service numbers (111, 999) as a pattern: only callers that need them ask, since
    "111" is a plain number everywhere else. Not part of a longer number or a decimal, nor a
    measure's or a count's figure (MEASURE_AFTER): every format decides that alike."""
    alternatives = "|".join(re.escape(n) for n in numbers)
    if not alternatives:
        return ""
    return rf"(?<![\d.,])(?:{alternatives})(?!\d|[.,]\d|{MEASURE_AFTER})"


def contact_pattern(
    kinds: Iterable[str] = KINDS, service_numbers: Iterable[str] = ()
) -> re.Pattern:
    """One pattern for the kinds asked for, each a named group (the kind), e-mail first so an
    address's domain is not taken for a web address."""
    wanted = set(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"no contact kind {sorted(unknown)}: the kinds are {', '.join(KINDS)}")
    groups = [f"(?P<{kind}>{piece})" for kind, piece in _PIECES.items() if kind in wanted]
    service = service_number_pattern(service_numbers)
    if service:
        groups.append(f"(?P<service>{service})")
    return re.compile("|".join(groups))


def find_contacts(
    text: str, kinds: Iterable[str] = KINDS, service_numbers: Iterable[str] = ()
) -> list[Contact]:
    """The contact details of `text`, in order."""
    return [
        Contact(match.lastgroup, match.group(), match.start(), match.end())
        for match in contact_pattern(kinds, service_numbers).finditer(text)
    ]


def is_phone_number(text: str) -> bool:
    return PHONE_NUMBER.fullmatch(text) is not None


def is_email_address(text: str) -> bool:
    return EMAIL_ADDRESS.fullmatch(text) is not None


def is_web_address(text: str) -> bool:
    return WEB_ADDRESS.fullmatch(text) is not None
