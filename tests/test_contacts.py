"""One grammar of contact details (pipeline/contacts.py), and every format reading it alike."""

from __future__ import annotations

import re

import pytest

from pipeline.contacts import (
    contact_pattern,
    find_contacts,
    is_email_address,
    is_phone_number,
    is_web_address,
    service_number_pattern,
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


# (line, the service numbers the web page links, what the recording says): a service number
# followed by a unit, a medicine's form or a count of doses is a measure in every format, never
# a number to ring; one rule (contacts.service_number_pattern) decides it for both.
SERVICE_NUMBER_OR_MEASURE = [
    ("Call 111 if you feel unwell.", ["111"], "Call one one one if you feel unwell."),
    ("If your symptoms get worse, contact NHS 111.", ["NHS 111"],
     "If your symptoms get worse, contact N H S one one one."),
    ("Ring your GP surgery or 999 if you cannot breathe.", ["999"],
     "Ring your G P surgery or nine nine nine if you cannot breathe."),
    ("Phone 111 (option 2) for an urgent dentist.", ["111"],
     "Phone one one one (option two) for an urgent dentist."),
    ("Call 999. Take 2 tablets of aspirin while you wait.", ["999"],
     "Call nine nine nine. Take two tablets of aspirin while you wait."),
    ("Go to Room 111 on the first floor.", [], "Go to Room one one one on the first floor."),
    ("Take 111 mg once a day.", [], "Take one hundred and eleven milligrams once a day."),
    ("Do not take more than 999 micrograms in 24 hours.", [],
     "Do not take more than nine hundred and ninety-nine micrograms in twenty-four hours."),
    ("Your pharmacist will give you 111 tablets.", [],
     "Your pharmacist will give you one hundred and eleven tablets."),
    ("Your usual dose is 119 units of insulin a day.", [],
     "Your usual dose is one hundred and nineteen units of insulin a day."),
    ("The pharmacy gives you 111 sachets for the course.", [],
     "The pharmacy gives you one hundred and eleven sachets for the course."),
    ("A box holds 111 patches.", [], "A box holds one hundred and eleven patches."),
]


@pytest.mark.parametrize(("line", "rung", "said"), SERVICE_NUMBER_OR_MEASURE)
def test_the_web_page_and_the_recording_agree_on_which_short_number_is_rung(
    line, rung, said, speech
):
    """'119 units of insulin' had been said 'one one nine units' in the recording, '999
    micrograms' 'nine nine nine micrograms', while the web page's rule, with its own list of
    units, took them as doses ('mmol/L' the reverse). Whatever the page links, the recording
    says digit by digit, and what it says as a measure the page never links."""
    html = render_inline((Span(line),), "en-GB").replace("\u00a0", " ")
    links = [
        re.sub(r"<[^>]+>", "", text)
        for text in re.findall(r'<a href="tel:\d+"[^>]*>(.*?)</a>', html)
    ]
    assert links == rung, html
    assert speech(line) == said
    for number in rung:
        assert spell_digits(number.split()[-1]) in said


def test_every_unit_the_recording_knows_is_a_measure_after_a_service_number():
    """The recording's units (config/pronunciations.yaml) and the shared rule are one list: a
    unit added there and not here would make '111 <unit>' a number to ring again."""
    service = re.compile(service_number_pattern(["111"]))
    for unit in load_pronunciations().units:
        assert not service.match(f"111 {unit} a day"), unit
        assert not service.match(f"111{unit} a day"), unit
    for measure in ("111°C", "111 °F", "111 degrees", "111 micrograms", "111 units", "111 patches"):
        assert not service.match(measure), measure
    assert service.match("111 a day") and service.match("111 or your GP")
    assert service.match("111 day or night") and service.match("111 (option 2)")
