"""One grammar of contact details (pipeline/contacts.py), and every format reading it alike."""

from __future__ import annotations

import pytest

from pipeline.contacts import (
    contact_pattern,
    find_contacts,
    is_email_address,
    is_phone_number,
    is_web_address,
)
from pipeline.formats.audio.speech_script import (
    SpeechNormaliser,
    load_pronunciations,
    phone_number,
    spell_digits,
)
from pipeline.formats.braille.layout import _address_ranges
from pipeline.formats.easy_read.drafter import contact_details, numbers, word_count
from pipeline.formats.easy_read.pictures import choose_picture
from pipeline.formats.html_render import render_inline
from pipeline.model import Span

LEAFLET_STRINGS = [
    (
        "Call 0116 258 6226 (Ext. 2210)",
        [("phone", "0116 258 6226"), ("extension", "Ext. 2210")],
    ),
    ("telephone 01482 674 643", [("phone", "01482 674 643")]),
    ("freephone 0808 808 00 00 (8am-8pm)", [("phone", "0808 808 00 00")]),
    ("CALM: 0800 58 58 58 (5pm to midnight)", [("phone", "0800 58 58 58")]),
    ("+44 116 258 4848", [("phone", "+44 116 258 4848")]),
    (
        "ring (0116) 258 6226 or 020 7946 0000",
        [("phone", "(0116) 258 6226"), ("phone", "020 7946 0000")],
    ),
    (
        "mobile 07700 900123, or 0116-258-6226.",
        [("phone", "07700 900123"), ("phone", "0116-258-6226")],
    ),
    # a five-figure area code, then groups of any length a trust writes
    ("Respiratory Team: 01945 58 1234 (Mon-Fri)", [("phone", "01945 58 1234")]),
    ("ring 01632 9601 23 today", [("phone", "01632 9601 23")]),
    ("extension 2210, or x2210", [("extension", "extension 2210"), ("extension", "x2210")]),
    ("email equality@uhl-tr.nhs.uk.", [("email", "equality@uhl-tr.nhs.uk")]),
    ("www.nhs.uk/conditions/back-pain/", [("web", "www.nhs.uk/conditions/back-pain/")]),
    ("(www.nhs.uk/conditions/knee-pain).", [("web", "www.nhs.uk/conditions/knee-pain")]),
    ("https://www.leicestershospitals.nhs.uk", [("web", "https://www.leicestershospitals.nhs.uk")]),
    ("see nhs.uk/conditions, or", [("web", "nhs.uk/conditions")]),
    ("take 2.5 mg", []),
    ("on 12/03/2024", []),
    ("1 in 10,000", []),
    ("7.30am", []),
    ("3 x 10 repetitions, 2.01162 litres", []),
    ("NHS 111", []),
    ("the GOV.UK website, e.g. this", []),
]


@pytest.mark.parametrize("text, expected", LEAFLET_STRINGS, ids=[t for t, _ in LEAFLET_STRINGS])
def test_what_each_leaflet_string_holds(text, expected):
    assert [(c.kind, c.text) for c in find_contacts(text)] == expected
    for contact in find_contacts(text):
        assert text[contact.start : contact.end] == contact.text


def test_short_service_numbers_only_when_asked():
    assert find_contacts("NHS 111 or 999") == []
    found = find_contacts("NHS 111 or 999, not 1110 or 1.111", service_numbers=["111", "999"])
    assert [(c.kind, c.text) for c in found] == [("service", "111"), ("service", "999")]
    assert not is_phone_number("111")


def test_validation_is_the_same_grammar_anchored():
    assert is_phone_number("0116 250 2959") and is_phone_number("01162502959")
    assert not is_phone_number("Call 0116 250 2959") and not is_phone_number("0116")
    assert is_email_address("InformationForPatients@uhl-tr.nhs.uk")
    assert not is_email_address("equality@uhl-tr") and not is_email_address("equality.nhs.uk")
    assert is_web_address("www.nhs.uk") and not is_web_address("www.nhs.uk.")
    with pytest.raises(ValueError, match="no contact kind"):
        contact_pattern(("fax",))


# The forms the formats once disagreed on: +44 and (0116) were phone numbers to the speech script
# only, or to none; three groups only to the Easy Read drafter.
PHONES = [
    "0116 258 6226",
    "01482 674 643",
    "+44 116 258 4848",
    "(0116) 258 6226",
    "020 7946 0000",
    "0808 808 00 00",
    "01945 58 1234",
]
ADDRESSES = [
    "equality@uhl-tr.nhs.uk",
    "www.nhs.uk/conditions/back-pain/",
    "https://www.leicestershospitals.nhs.uk",
    "nhs.uk/conditions",
]


@pytest.fixture(scope="module")
def speech() -> SpeechNormaliser:
    return SpeechNormaliser(load_pronunciations())


@pytest.mark.parametrize("phone", PHONES)
def test_every_format_reads_the_same_phone_numbers(phone, speech):
    sentence = f"Please call {phone} today."
    # the speech script says its digits in their groups
    assert speech(sentence) == f"Please call {phone_number(phone)} today."
    # large print and the accessible HTML never break it over two lines
    html = render_inline((Span(sentence),), "en-GB")
    assert phone.replace(" ", "\u00a0") in html
    # the Easy Read drafter keeps it whole: one word, one fact, none of its digits a quantity
    assert contact_details(sentence) == [phone]
    assert word_count(sentence) == 4
    assert numbers(sentence) == []


def test_an_extension_is_dialled_digit_by_digit_and_kept_with_its_label(speech):
    assert speech("Call 0116 258 6226 (Ext. 2210).") == (
        f"Call {phone_number('0116 258 6226')} (extension {spell_digits('2210')})."
    )
    assert "Ext.\u00a02210" in render_inline((Span("Ext. 2210"),), "en-GB")


@pytest.mark.parametrize("address", ADDRESSES)
def test_every_format_reads_the_same_addresses(address, speech):
    sentence = f"Visit {address}."
    introduced = "the e-mail address " if "@" in address else ""  # said as one, before it
    assert speech(sentence) == f"Visit {introduced}{speech.address(address)}."
    start = sentence.index(address)
    assert _address_ranges(sentence, None) == [(start, start + len(address))]  # braille
    assert contact_details(sentence) == [address]
    assert word_count(sentence) == 2
    kind = "email" if "@" in address else "website"
    assert choose_picture(sentence) == choose_picture(f"Visit the {kind}.")
