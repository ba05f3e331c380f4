"""Audio: 442's MP3 built once with the draft voice (real espeak-ng, real LAME) and read back as a
player and a listener would; piper on a few sentences; gTTS with only its network faked."""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import requests
from leaflet_files import write_source
from mutagen.id3 import ID3
from piper import PiperVoice

from pipeline.build.jobs import request
from pipeline.cli import main
from pipeline.errors import LeafletError
from pipeline.formats.audio import AudioSettings, check_audio, ebur128, write_audio
from pipeline.formats.audio.engines import (
    KOKORO_BRITISH_VOICES,
    SAMPLE_RATE,
    EspeakEngine,
    GttsEngine,
    KokoroEngine,
    PiperEngine,
    Request,
    SynthesisStats,
    decode_audio,
    engine_for_choice,
    english_voice,
    synthesise_all,
)
from pipeline.formats.audio.mastering import Measurements, encode_mp3, silences
from pipeline.formats.audio.speech_script import (
    SpeechNormaliser,
    Utterance,
    ambiguous_wording,
    announced_seconds,
    as_written,
    load_pronunciations,
    speech_script,
)
from pipeline.formats.registry import get_format, settings_for

HEADINGS_442 = [
    "Exercise 1: Flatten your back against a wall",
    "Exercise 2: Side stretch against a wall",
    "Exercise 3: Standing back stretch",
    "Exercise 4: Kneeling back stretch",
]
CHAPTERS_442 = [
    "About this recording",
    "Important notice",
    *HEADINGS_442,
    "Contact details and other languages",
]
OTHER_LANGUAGES = ["ur", "ar", "gu", "pa", "pl"]
PHONE = "oh one one six, two five oh, two nine five nine"


@pytest.fixture(scope="module")
def built(leaflet_442, tmp_path_factory):
    """442 with the draft voice, synthesised from an empty cache: (mp3 path, check report)."""
    folder = tmp_path_factory.mktemp("audio")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEAFLET_AUDIO_CACHE", str(folder / "cache"))
        settings = AudioSettings(voice="draft")
        (mp3,) = write_audio(leaflet_442, settings, folder)
        report = check_audio(leaflet_442, settings, [mp3])
    return mp3, report


def ffprobe(path: Path) -> dict:
    output = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_streams",
            "-show_chapters",
            "-show_format",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)


# ---- the speech script -------------------------------------------------------------------


@pytest.fixture(scope="module")
def script_442(leaflet_442):
    return speech_script(leaflet_442)


def test_script_reads_numbers_and_addresses_as_designed(script_442):
    text = script_442.as_text()
    assert f"telephone {PHONE}" in text
    assert "call one one one for non-emergency" in text
    assert "available at w w w dot n h s dot u k or call" in text
    assert "email the address equality at u h l dash t r dot n h s dot u k." in text
    assert (
        "contact the e-mail address Information For Patients, all one word, at u h l dash t r "
        "dot n h s dot u k." in text
    )
    assert "w w w dot Lesters hospitals, all one word, dot n h s" in text
    assert "about twelve centimetres." in text
    assert "Hold this stretch for twenty to thirty seconds." in text
    assert "Leaflet number four hundred and forty-two." in text
    assert "Version three." in text
    assert "Last reviewed: February twenty twenty-three." in text
    assert "N H S Trust" in text
    for raw in ("0116", "111", "www.", "@", "12cm", "NHS", "442"):
        assert raw not in text


def test_a_leaflet_with_only_a_next_review_date_says_it(tmp_path):
    """A leaflet whose file gave only "Review date: May 2028" was announced "No review date."."""
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path, "5566-warfarin", "Anticoagulant Clinic", "Take it daily.\n", next_review="2028-05"
    )
    texts = [u.text for u in speech_script(load_leaflet(source)).utterances]
    assert "Next review due: May twenty twenty-eight." in texts
    assert "No review date." not in texts


@pytest.mark.parametrize(
    ("front", "said"),
    [
        (
            {"last_reviewed": "2025-03", "next_review": "2028-03"},
            [
                "Last reviewed: March twenty twenty-five.",
                "Next review due: March twenty twenty-eight.",
            ],
        ),
        (
            {"issued": "2024-10", "next_review": "2027-10"},
            [
                "Issued: October twenty twenty-four.",
                "Next review due: October twenty twenty-seven.",
            ],
        ),
        ({"last_reviewed": "2025-03"}, ["Last reviewed: March twenty twenty-five."]),
    ],
)
def test_a_leaflet_with_both_review_dates_says_both(tmp_path, front, said):
    """The next review date was said only when there was no "last reviewed" (or issued) date:
    a leaflet with both never told the listener when it is next reviewed, which print shows.
    Both are said in the opening details, one after the other."""
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path, "5567-warfarin", "Anticoagulant Clinic", "Take it at 6pm each day.\n", **front
    )
    texts = [u.text for u in speech_script(load_leaflet(source)).utterances]
    start = texts.index(said[0])
    assert texts[start : start + len(said)] == said
    assert not texts[start + len(said)].startswith(("Next review", "Last reviewed"))
    assert texts[start - 1] == "Version one."


def test_a_leaflet_code_is_announced_sign_by_sign_so_a_patient_can_quote_it(tmp_path):
    """ "Leaflet number PHY-0412" was said "P H Y-four hundred and twelve": the zero and the
    dash a patient must give when asking for the leaflet were lost."""
    from pipeline.formats.audio.speech_script import spoken_reference

    assert spoken_reference("PHY-0412") == "P H Y, dash, zero four one two"
    assert spoken_reference("HEY-665/2021") == "H E Y, dash, six six five, slash, two zero two one"
    assert spoken_reference("ENT0042 v3") == "E N T, zero zero four two, V, three"
    assert spoken_reference("442") == "442"  # a plain number is said as one: "four hundred ..."
    assert spoken_reference("1204") == "1204"  # "one two zero four" was heard as "124"
    texts = _spoken(tmp_path, "phy0412-knee", "Physiotherapy", "Bend your knee.\n")
    assert any(t.startswith("Leaflet number P H Y, zero four one two.") for t in texts), texts


def test_script_opens_with_the_announcement_and_closes_with_the_offer(script_442):
    texts = [u.text for u in script_442.utterances]
    assert texts[0] == "Lower back stretches in pregnancy."
    assert "Information for Patients from University Hospitals of Lester N H S Trust" in texts[1]
    assert texts[2:6] == [
        "Leaflet number four hundred and forty-two.",
        "Version three.",
        "Last reviewed: February twenty twenty-three.",
        "Next review due: February twenty twenty-six.",
    ]
    assert texts[6] == (
        "This recording has seven chapters; your player can skip from one chapter to the next."
    )
    assert texts[7] == (
        "The chapters are: About this recording; Important notice; Exercise one: Flatten your back "
        "against a wall; Exercise two: Side stretch against a wall; Exercise three: Standing back "
        "stretch; Exercise four: Kneeling back stretch; Contact details and other languages."
    )
    duration = next(i for i, u in enumerate(script_442.utterances) if u.role == "duration")
    assert announced_seconds(texts[duration]) is not None
    assert texts[duration + 1] == (
        "Important: Please speak to your physiotherapist before starting these exercises."
    )
    assert all(u.role == "announcement" for u in script_442.utterances[:duration])
    assert texts[-1] == "End of leaflet."
    offer = next(t for t in texts if t.startswith("If you would like this information"))
    assert texts.index(offer) > texts.index("Hold for twenty to thirty seconds.")


def test_chapters_open_with_the_recording_then_the_notice_and_end_with_contacts(script_442):
    """A listener can jump back to the safety notice, and the last section ends where it ends,
    not after a minute and a half of contact lines and other languages."""
    utterances = script_442.utterances
    assert script_442.chapters == CHAPTERS_442
    starts = {u.chapter: i for i, u in enumerate(utterances) if u.chapter}
    assert starts["About this recording"] == 0
    assert utterances[starts["Important notice"]].role == "notice"
    for title in HEADINGS_442:
        u = utterances[starts[title]]
        assert u.role == "heading" and u.text.startswith("Exercise ")
        assert utterances[starts[title] - 1].pause_after >= 1.0 and u.pause_after >= 0.7
    contacts = utterances[starts["Contact details and other languages"] :]
    assert contacts[0].text.startswith("Health information and support")
    assert all(u.role in ("offer", "end") for u in contacts)


def test_the_number_the_other_language_lines_point_to_follows_them_and_ends_twice(script_442):
    """Each other-language line says the number is "below": it follows in that language's
    voice; then the English offer with the number, and the number in English twice."""
    utterances = script_442.utterances
    for lang in OTHER_LANGUAGES:
        i = next(i for i, u in enumerate(utterances) if u.lang == lang)
        assert utterances[i + 1].lang == lang
    polish = next(u for u in utterances if u.lang == "pl" and "dwa" in u.text)
    assert polish.text == "zero jeden jeden sześć, dwa pięć zero, dwa dziewięć pięć dziewięć"
    urdu = [u.text for u in utterances if u.lang == "ur"]
    assert urdu[1] == "0 1 1 6, 2 5 0, 2 9 5 9"
    texts = [u.text for u in utterances]
    last_translation = max(i for i, u in enumerate(utterances) if u.lang != "en")
    offer, *rest = texts[last_translation + 1 :]
    assert offer.startswith("If you would like this information in another language")
    assert PHONE in offer
    assert rest == [
        f"For other languages and formats, telephone {PHONE}.",
        f"Again, telephone {PHONE}.",
        "End of leaflet.",
    ]


def test_the_number_after_the_other_language_lines_is_the_one_the_offer_gives(leaflet_442):
    """A leaflet's own offer may give its own number: the lines in other languages point
    "below" to it. After them the trust's number had been said, then the offer's: two numbers
    in the audio, one in print."""
    from dataclasses import replace

    from pipeline.model import Span

    offer = (Span("For this leaflet in another format or language, call 0300 303 1599."),)
    leaflet = replace(leaflet_442, trust=replace(leaflet_442.trust, format_offer=offer))
    utterances = speech_script(leaflet).utterances
    urdu = [u.text for u in utterances if u.lang == "ur"]
    assert urdu[1] == "0 3 0 0, 3 0 3, 1 5 9 9"
    assert not any("2 5 0" in u.text or "two five oh" in u.text for u in utterances)


def test_the_extension_the_offer_gives_is_said_with_its_number_every_time(leaflet_442):
    """A switchboard number is no use without the extension the offer gives: it follows the
    number after each other-language line (in the language's own word where config has one,
    else in English) and both times the number is said at the end."""
    from dataclasses import replace

    from pipeline.model import Span

    offer = (Span("For this leaflet in another language or format, please contact us on "
                  "020 7188 7188 ext. 55100."),)
    leaflet = replace(leaflet_442, trust=replace(leaflet_442.trust, format_offer=offer))
    utterances = speech_script(leaflet).utterances
    texts = [u.text for u in utterances]
    polish = next(u.text for u in utterances if u.lang == "pl" and "siedem" in u.text)
    assert polish == ("zero dwa zero, siedem jeden osiem osiem, siedem jeden osiem osiem, "
                      "numer wewnętrzny pięć pięć jeden zero zero")
    urdu = next(i for i, u in enumerate(utterances) if u.lang == "ur" and "7 1 8 8" in u.text)
    assert utterances[urdu].text == "0 2 0, 7 1 8 8, 7 1 8 8"
    said = "oh two oh, seven one eight eight, seven one eight eight, extension five five one oh oh"
    assert (utterances[urdu + 1].lang, texts[urdu + 1]) == (
        "en", "extension five five one oh oh."
    )
    assert texts[-3:] == [
        f"For other languages and formats, telephone {said}.",
        f"Again, telephone {said}.",
        "End of leaflet.",
    ]


def test_each_other_language_line_has_its_own_voice(script_442):
    others = [u for u in script_442.utterances if u.lang != "en"]
    line_then_number = [lang for lang in OTHER_LANGUAGES for _ in ("line", "number")]
    assert [u.lang for u in others] == line_then_number
    engine_for = engine_for_choice("standard", "", 160, 10)
    for u in others:
        engine = engine_for(u.lang)
        assert isinstance(engine, EspeakEngine)
        assert engine.voice(u.lang).startswith(f"{u.lang}@")
    assert isinstance(engine_for("en"), PiperEngine)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Call 01162502959 today.", "Call oh one one six, two five oh, two nine five nine today."),
        ("Ring 020 7946 0000.", "Ring oh two oh, seven nine four six, oh oh oh oh."),
        ("In an emergency call 999.", "In an emergency call nine nine nine."),
        ("Rest for 2-3 days.", "Rest for two to three days."),
        (
            "Take 1cm and 5 mm and 500mg.",
            "Take one centimetre and five millimetres and five hundred milligrams.",
        ),
        (
            "Come on 12/03/2024 at 9.30am.",
            "Come on the twelfth of March twenty twenty-four at nine thirty in the morning.",
        ),
        ("Take it at 9am.", "Take it at nine in the morning."),
        (
            "Open 8am-5pm Mon-Fri.",
            "Open eight in the morning to five in the afternoon Monday to Friday.",
        ),
        # a range to an afternoon's time on the 24-hour clock ("eight point zero zero")
        ("Open 8.00-20.00.", "Open eight in the morning to eight in the evening."),
        ("Open 9.00 to 17.00.", "Open nine in the morning to five in the afternoon."),
        ("Arrive by 7:30 a.m. on the day.", "Arrive by seven thirty in the morning on the day."),
        ("Leaflet 442.", "Leaflet four hundred and forty-two."),
        # a range of dates: each a day of the month ("first-the third of June")
        ("Closed 24-26 Dec.", "Closed the twenty-fourth to the twenty-sixth of December."),
        ("Between 1 and 3 June.", "Between the first and the third of June."),
        ("On the 1st and 3rd of June.", "On the first and third of June."),
        # ... with their days' names ("Monday first, Friday the fifth of July")
        (
            "Closed Mon 1st - Fri 5th July.",
            "Closed Monday the first to Friday the fifth of July.",
        ),
        (
            "From Monday 3rd to Friday 7th March.",
            "From Monday the third to Friday the seventh of March.",
        ),
        ("Children aged 1 to 3 may need less.", "Children aged one to three may need less."),
        # a leaflet's dates are years ("Published two thousand and twenty-three")
        ("Published: 2023. Review date 2026.", "Published: twenty twenty-three. Review date "
         "twenty twenty-six."),
        ("© 2024 University Hospitals", "© twenty twenty-four University Hospitals"),
        ("It affects 1 in 10,000 people.", "It affects one in ten thousand people."),
        # thousands grouped by a space, as many NHS leaflets write them: never "ten zero"
        ("The risk is 1 in 10 000.", "The risk is one in ten thousand."),
        ("About 1 in 1\u00a0000 women.", "About one in one thousand women."),
        ("Ring Ext: 2210.", "Ring extension two two one oh."),
        ("Tel: 0116 258 5000", "Telephone: oh one one six, two five eight, five oh oh oh"),
        # a contact line's one-letter labels were said as letters, "T" and "E" ("tea", "ee");
        # the letter of a ward or an option is still a letter
        (
            "T: 0116 258 4321 E: pals@uhl-tr.nhs.uk",
            "Telephone: oh one one six, two five eight, four three two one E-mail: pals at u h "
            "l dash t r dot n h s dot u k",
        ),
        (
            "M: 07700 900123. W: www.nhs.uk",
            "Mobile: oh seven seven oh oh, nine oh oh, one two three. Web: w w w dot n h s dot u k",
        ),
        ("Ward T: 0116 258 4321", "Ward T: oh one one six, two five eight, four three two one"),
        ("Vitamin E: 400 units a day.", "Vitamin E: four hundred units a day."),
        # ... and a phone menu's "opt 2" was "opt two"
        ("Call 0300 123 4567 (opt 2) to book.",
         "Call oh three oh oh, one two three, four five six seven (option two) to book."),
        ("You can opt out at any time.", "You can opt out at any time."),
        # "tel:" in a sentence was the word "tel"
        (
            "If you are worried, tel: 0300 123 4567.",
            "If you are worried, telephone: oh three oh oh, one two three, four five six seven.",
        ),
        ("See nhs.uk/111 now.", "See n h s dot u k slash one one one now."),
        (
            "Take three 2.5 mg tablets once a week.",
            "Take three tablets, each of two point five milligrams, once a week.",
        ),
        ("Take a 500mg tablet.", "Take a tablet of five hundred milligrams."),
        # a count before a dose written in words, or with thousands, is kept apart from it too
        # ("two one thousand unit capsules" is heard as "2,000 units")
        (
            "Take two 1,000 unit capsules a day.",
            "Take two capsules, each of one thousand units, a day.",
        ),
        (
            "Take 2 500 milligram tablets.",
            "Take two tablets, each of five hundred milligrams.",
        ),
        ("Take one 5 mg tablet daily.", "Take one tablet of five milligrams daily."),
        # ... and when the medicine's name stands between the dose and the tablets ("two one
        # thousand unit vitamin D tablets" was heard as "2000 unit vitamin D tablets")
        (
            "After that, take two 1,000 unit vitamin D tablets every day with food.",
            "After that, take two vitamin D tablets, each of one thousand units, every day with "
            "food.",
        ),
        (
            "Take 2 500 mg paracetamol tablets up to 4 times a day.",
            "Take two paracetamol tablets, each of five hundred milligrams, up to four times a "
            "day.",
        ),
        (
            "Take one 400 microgram folic acid tablet.",
            "Take one folic acid tablet of four hundred micrograms.",
        ),
        # two strengths sharing one "tablets": each count keeps to its own dose ("two five
        # milligrams" is heard as twenty-five)
        (
            "Take 2 5 mg and 1 1 mg tablets each morning.",
            "Take two tablets, each of five milligrams, and one tablet of one milligram each "
            "morning.",
        ),
        (
            "Take 2x5mg and 1x1mg tablets each morning.",
            "Take two tablets, each of five milligrams, and one tablet of one milligram each "
            "morning.",
        ),
        (
            "Take three 1 mg, two 3 mg or one 5 mg warfarin tablets.",
            "Take three tablets, each of one milligram, two tablets, each of three milligrams, "
            "or one warfarin tablet of five milligrams.",
        ),
        # a sum after the dose stays apart from it ("each of five milligrams is thirty")
        (
            "Take 6 x 5 mg tablets = 30 mg.",
            "Take six tablets, each of five milligrams, which is thirty milligrams.",
        ),
        # ... with no comma before it too ("one tablet of one milligram is four milligrams" had
        # made the second tablet four milligrams); a measure defined stays "is"
        (
            "Take 1 x 3mg and 1 x 1mg tablet = 4mg on Mondays.",
            "Take one tablet of three milligrams and one tablet of one milligram, which is four "
            "milligrams on Mondays.",
        ),
        ("1 unit = 10 ml of the liquid.", "One unit is ten millilitres of the liquid."),
        ("Total daily dose = 40 units.", "Total daily dose is forty units."),
        # words that are not a medicine's name do not join a dose to a later tablet
        ("Leave 4 hours between doses.", "Leave four hours between doses."),  # not "four hour"
        ("Take 20 mg with every dose.", "Take twenty milligrams with every dose."),
        ("Take 5 ml after other doses.", "Take five millilitres after other doses."),
        (
            "Take 10 mg at night and two tablets in the morning.",
            "Take ten milligrams at night and two tablets in the morning.",
        ),
        # tablets named by their strength stay tablets, not "a tablet of five hundred milligrams"
        (
            "Paracetamol 500mg tablets: take 2 tablets.",
            "Paracetamol five hundred milligram tablets: take two tablets.",
        ),
        # a range runs upwards: the dash before "1-2" is the sentence's, not "500 to 1"
        (
            "Co-codamol 30/500 – 1-2 tablets, 4x a day.",
            "Co codamol thirty slash five hundred, one to two tablets, four times a day.",
        ),
        # abbreviations whose full stop ended the sentence ("max." then "6 doses ...")
        (
            "Take it every 4 hrs, max. 6 doses in 24 hrs. Tel. 0116 258 7654.",
            "Take it every four hours, maximum six doses in twenty-four hours. Telephone oh one "
            "one six, two five eight, seven six five four.",
        ),
        ("Do not drive for 1 wk.", "Do not drive for one week."),
        ("NB: bring your medicines.", "Please note: bring your medicines."),  # not "N B"
        # "Tel no." was "Telephone no.", "Mob:" "Mob"
        (
            "Ring the dept on Tel no: 0116 258 5000 or Mob: 07700 900123.",
            "Ring the department on Telephone number: oh one one six, two five eight, five oh oh "
            "oh or Mobile: oh seven seven oh oh, nine oh oh, one two three.",
        ),
        ("Come to Ward 7A.", "Come to Ward seven A."),  # was "sevenA", one word
        # shorthand a trust writes, said as it means ("Lot no." was "Lot no", "esp." "esp")
        ("Write your meter's Lot no. here.", "Write your meter's Lot number here."),
        ("Ask for Sr K. Bello.", "Ask for Sister K. Bello."),
        ("Use the EpiPen Jr.", "Use the EpiPen Junior."),
        ("Have 3 heaped tbsp cooked, or 1 level tsp.", "Have three heaped tablespoons cooked, or "
         "one level teaspoon."),
        (
            "Avoid it, esp. between wks 6 and 12, and for a few wks or mins after.",
            "Avoid it, especially between weeks six and twelve, and for a few weeks or minutes "
            "after.",
        ),
        # a minus written as a hyphen before a number ("-two point five": the sign was lost)
        ("A T-score of -2.5 or lower (≤ -2.5).", "A T-score of minus two point five or lower "
         "(at most minus two point five)."),
        ("Between -1 and -2.5.", "Between minus one and minus two point five."),
        ("It is 5-10 mg.", "It is five to ten milligrams."),
        # "×" is "x": a count kept apart from its dose ("two times five hundred milligram")
        ("Take 2 × 500mg tablets.", "Take two tablets, each of five hundred milligrams."),
        # holds counted and timed: "ten times ten second holds" was heard as a hundred
        ("Do 10 x 10 second holds, 3 times a day.", "Do ten holds of ten seconds each, three "
         "times a day."),
        ("Test below 50 nmol/L.", "Test below fifty nanomoles per litre."),
        # one tablet's two medicines, each with its dose, are both in it ("or" before)
        ("Adcal-D3 (1500mg calcium carbonate / 400 IU colecalciferol)", "Adcal-D three (one "
         "thousand five hundred milligrams calcium carbonate, and four hundred international "
         "units colecalciferol)"),
        ("Use a teaspoon / 5ml spoon.", "Use a teaspoon, or five millilitre spoon."),
        # the two services a leaflet is from are both its own ("or" before); a choice stays one
        ("Department of Trauma and Orthopaedics / Anticoagulation Service", "Department of "
         "Trauma and Orthopaedics, and Anticoagulation Service"),
        ("Ring the Pharmacy / Diabetes Team.", "Ring the Pharmacy, or Diabetes Team."),
        ("Ward E39 / Day Case Unit", "Ward E thirty-nine, and Day Case Unit"),
        ("Your iron is low (low Hb). Avoid NSAIDs.", "Your iron is low (low haemoglobin). Avoid "
         "en-saids."),
        ("Take one 100ml bottle with vit D.", "Take one bottle of one hundred millilitres with "
         "vitamin D."),
        # a sign in a key is named: "✗ means avoid" had been "Do not: means avoid"
        ("✗ means avoid. ✓ means safe.", "cross means avoid. tick means safe."),
        # signs a sum or a reading writes ("eighteen + six", "++", "Dexcom one+")
        ("Add 18 + 6 + 8 + 8 = 40 units.", "Add eighteen plus six plus eight plus eight is "
         "forty units."),
        ("20% = 8 units extra.", "Twenty per cent is eight units extra."),
        ("A ketone result of ++ or more.", "A ketone result of two plus or more."),
        ("Use your Dexcom ONE+ sensor.", "Use your Dexcom one plus sensor."),
        ("Lenses from +1.00 to +3.00.", "Lenses from plus one point zero zero to plus three "
         "point zero zero."),
        ("If you get a result ≥ 6.5 mmol/L, call us.", "If you get a result of at least six "
         "point five millimoles per litre, call us."),
        # Relay UK's prefix before the number it calls ("one eight oh oh one one one one")
        ("Call Relay UK on 18001 111.", "Call Relay U K on one eight oh oh one, then one one "
         "one."),
        ("Please quote ref DIA-0033.", "Please quote reference D I A, dash, zero zero three "
         "three."),
        # weeks of pregnancy before a scan's name ("thirty-six+zero week growth scan")
        ("Your 36+0 week growth scan.", "Your thirty-six week growth scan."),
        # a bracket round two letters is no list ("(A and B: in each of 2 bags")
        (
            "It comes as 2 sachets (A and B) in each of 2 bags.",
            "It comes as two sachets (A and B) in each of two bags.",
        ),
        # a tick and a cross were read as their code points ("symbol two seven one three")
        ("✓ Do wash your hands.", "tick, Do wash your hands."),
        # boxes to tick between the words of a sentence are its choices ("on your tick box,
        # right eye tick box, left eye today"): a listener hears the choice, and which is ticked
        (
            "You had surgery on your ☐ right eye ☐ left eye today.",
            "You had surgery on your right eye, or left eye today (whichever is ticked).",
        ),
        (
            "You had surgery on your ☒ right eye ☐ left eye today.",
            "You had surgery on your right eye (ticked), or left eye today.",
        ),
        ("Please tick one: ☐ Yes ☐ No", "Please tick one: Yes, or No"),
        # a chart's row of boxes, one a day, is counted ("tick box, tick box, ..." seven times)
        ("Week 1: ☐☐☐☐☐☐☐", "Week one: seven tick boxes"),
        # A cross before an item is what not to do: "✗ cross your legs" was "cross your legs",
        # the cross taken for the word after it, and "cross, Smoking" left the listener to guess.
        ("❌ Smoking", "Do not: Smoking"),
        ("🟢 Green – your child is feeding well.", "Green, your child is feeding well."),
        ("🟠 Amber – call your GP today.", "Amber, call your G P today."),
        ("Zone: 🔴", "Zone: red circle"),
        ("✗ cross your legs.", "Do not: cross your legs."),
        ("✗ Never cross your legs.", "Never cross your legs."),
        ("✗ Do not bend more than 90 degrees.", "Do not bend more than ninety degrees."),
        ("✓ tick the box when you have taken it.", "tick, tick the box when you have taken it."),
        ("Do not: ✗ cross your legs.", "Do not: cross your legs."),
        # "Stop" after a cross is what not to do, not a ban said ("✗ Stop your injections")
        (
            "✗ Stop taking your injections before the course is finished.",
            "Do not: Stop taking your injections before the course is finished.",
        ),
        ("☒ Bring all your medicines.", "ticked box, Bring all your medicines."),
        # a numeral in brackets within a sentence is no list's
        ("Put a cross (X) in the box.", "Put a cross (X) in the box."),
        ("Tap the (i) button.", "Tap the (i) button."),
        # two insulins are a choice; "from 1/7" is a date
        ("Take NovoRapid/Humalog insulin.", "Take NovoRapid or Humalog insulin."),
        ("From 1/7 treatment is at the new unit.", "From one/seven treatment is at the new unit."),
        # a dash after "the morning" that is no time ran the condition off its instruction
        (
            "Call us straight away - do not wait until the morning - if you have any of these:",
            "Call us straight away, do not wait until the morning, if you have any of these:",
        ),
        (
            "Allowed in the first 6 weeks: ✗ until your surgeon agrees.",
            "Allowed in the first six weeks: no, until your surgeon agrees.",
        ),
        ("⚠ Warning: it is hot.", "Warning: it is hot."),
        ("It takes ~20 minutes.", "It takes about twenty minutes."),  # "till the twenty"
        ("Take it with food*.", "Take it with food."),  # "food asterisk"
        # a 24-hour time written with a full stop: was "fourteen point three zero"
        ("Come at 14.30 on Monday.", "Come at two thirty in the afternoon on Monday."),
        ("It weighs at 12.50 kg.", "It weighs at twelve point five zero kilograms."),
        # a range in the 24-hour clock: "8:00" was "eight o'clock" beside "eight in the evening"
        ("Open 8:00–20:00.", "Open eight in the morning to eight in the evening."),
        ("Keep it between 4-7 mmol/l.", "Keep it between four and seven millimoles per litre."),
        ("Walk 30 mins x 5 days.", "Walk thirty minutes times five days."),
        ("Use a 10 x 10 cm dressing.", "Use a ten by ten centimetres dressing."),
        ("Take 1 x 5ml spoon.", "Take one spoon of five millilitres."),
        # a dose must be said whole: ".5mg" was left unsaid, "10 000 units" was "ten zero
        # units", "1 1/2 tablets" "one a half tablets"
        ("Take .5mg at night.", "Take zero point five milligrams at night."),
        # a dose's half of the day: "in the am" had the word "am", and "iu" was said as written
        (
            "Take 1 tablet in the am and 1 in the pm.",
            "Take one tablet in the morning and one after midday.",
        ),
        ("Take 2 puffs in the a.m. Rinse your mouth.",
         "Take two puffs in the morning. Rinse your mouth."),
        # ... and both halves after a dose: "am and pm" had been "in the morning and pm", the
        # second dose said as a word
        ("Take 1 tablet am and pm with food.",
         "Take one tablet in the morning and after midday with food."),
        ("Use 2 puffs a.m. & p.m.", "Use two puffs in the morning and after midday."),
        # (the stop of "p.m." ending a sentence still ends it: it had run into the next)
        ("Use 2 puffs p.m. Then rinse your mouth.",
         "Use two puffs after midday. Then rinse your mouth."),
        ("Take 1000 iu of vitamin D daily.", "Take one thousand international units of vitamin D "
         "daily."),
        ("Take 800 i.u. a day.", "Take eight hundred international units a day."),
        # grams as older leaflets shorten them: "one gm"
        ("Do not take more than 4 gms in 24 hours. Take 1gm at night.",
         "Do not take more than four grams in twenty-four hours. Take one gram at night."),
        ("Inject 10 000 units daily.", "Inject ten thousand units daily."),
        ("Take 1 1/2 tablets.", "Take one and a half tablets."),
        ("Take it 3-4x/day.", "Take it three to four times a day."),  # "four x/day"
        # a temperature written without its degree sign was "thirty-eight C"
        (
            "If your temperature is above 38C, call us.",
            "If your temperature is above thirty-eight degrees Celsius, call us.",
        ),
        (
            "Store between 2C and 8C.",
            "Store between two degrees Celsius and eight degrees Celsius.",
        ),
        ("Go to Room 12C.", "Go to Room twelve C."),
        # ... and the readings after the first, in a list or in brackets, Fahrenheit's too: they
        # were "thirty-seven point five C", "ninety-nine point five F"
        (
            "Call us if your temperature is 38.0C, 37.5 C or more with shivering, or 99.5 F.",
            "Call us if your temperature is thirty-eight point zero degrees Celsius, thirty-seven "
            "point five degrees Celsius or more with shivering, or ninety-nine point five degrees "
            "Fahrenheit.",
        ),
        (
            "A temperature over 37.5 C (99.5 F) is a fever.",
            "A temperature over thirty-seven point five degrees Celsius (ninety-nine point five "
            "degrees Fahrenheit) is a fever.",
        ),
        (
            "If you have a fever of 100.4F or more, ring the ward.",
            "If you have a fever of one hundred point four degrees Fahrenheit or more, ring the "
            "ward.",
        ),
        ("Go to Block 100 F.", "Go to Block one hundred F."),
        # a degree typed as an ordinal's "º" or a raised "o", as Word documents have it: they
        # were "thirty-seven point eight ºC", "thirty-eight oC"
        ("A temperature of 37.8ºC or more is a fever.",
         "A temperature of thirty-seven point eight degrees Celsius or more is a fever."),
        ("If your temperature is 38oC or above, call us.",
         "If your temperature is thirty-eight degrees Celsius or above, call us."),
        ("Store below 25˚C.", "Store below twenty-five degrees Celsius."),
        # the most to take in a day as a label shortens it: "eight/twenty-four hours" before
        ("Take 1-2 tablets 4 times a day (max 8/24hrs).",
         "Take one to two tablets four times a day (maximum eight in twenty-four hours)."),
        # an exercise sheet's counts: "Repeat x10" was "Repeat times ten", "10x" "ten x"
        ("Repeat x10. Hold 5 secs.", "Repeat ten times. Hold five seconds."),
        # a medicine chart's "x 1" is one dose ("Calcium and vitamin D one times" before)
        ("Lunch: Calcium + vit D x 1", "Lunch: Calcium and vitamin D once"),
        ("Repeat 10x.", "Repeat ten times."),
        # a ratio where the words speak of mixing was read as a time ("a one ten bleach")
        ("Use a 1:10 bleach solution.", "Use a one to ten bleach solution."),
        ("Do not drive for 6/52.", "Do not drive for six weeks."),  # "six slash fifty-two"
        # a risk as a ratio was "one to one hundred tests"; "1:20 people" the time "one twenty"
        ("It happens in up to 1:100 tests.", "It happens in up to one in one hundred tests."),
        ("About 1:20 people get a rash.", "About one in twenty people get a rash."),
        ("Dilute 1:20 with water, at 1:30.", "Dilute one to twenty with water, at one thirty."),
        # a date's blank is one blank: it was three, with slashes between
        ("Date: __/__/____", "Date: (a space for the person treating you to fill in)"),
        ("Take 20mg mane.", "Take twenty milligrams in the morning."),
        ("Give 15 mg/kg/day.", "Give fifteen milligrams per kilogram a day."),
        ("Your eGFR is 60 ml/min.", "Your e G F R is sixty millilitres a minute."),
        # a feeding pump's rate: it was "one hundred millilitres a hour"
        ("Run the pump at 100 ml/hour.", "Run the pump at one hundred millilitres an hour."),
        ("Add 1 tbsp or 2-3 tsp.", "Add one tablespoon or two to three teaspoons."),
        ("Stay 2m (6ft) away.", "Stay two metres (six feet) away."),
        # from abroad the country code is dialled: it was "oh, one one six, ..."
        (
            "From abroad call +44 (0)116 258 4567.",
            "From abroad call plus four four, one one six, two five eight, four five six seven.",
        ),
        ("Rest for 3 months vs 6 weeks.", "Rest for three months versus six weeks."),
        # Relay UK's prefix is dialled before the number, not "eighteen thousand and one"
        (
            "Text relay: 18001 0116 258 7654.",
            "Text relay: one eight oh oh one, oh one one six, two five eight, seven six five four.",
        ),
        # a liquid's strength: "in", never a slash run into the next number
        (
            "Take 10ml of the 250mg/5ml liquid.",
            "Take ten millilitres of the two hundred and fifty milligrams in five millilitres "
            "liquid.",
        ),
        # ... and the amount to take after it is heard apart from it: "5mg/5ml 10ml" had been
        # "five milligrams in five millilitres ten millilitres", one run of measures
        (
            "Morphine sulfate oral solution 10mg/5ml 2.5ml every 4 hours when needed.",
            "Morphine sulfate oral solution ten milligrams in five millilitres, two point five "
            "millilitres every four hours when needed.",
        ),
        (
            "Paracetamol 120mg/5ml 5-10ml up to 4 times a day.",
            "Paracetamol one hundred and twenty milligrams in five millilitres, five to ten "
            "millilitres up to four times a day.",
        ),
        (
            "Give 1mg/ml 5 ml at bedtime.",
            "Give one milligram per millilitre, five millilitres at bedtime.",
        ),
        # ... and a liquid's strength in brackets after the amount, or after "of" it, is the
        # liquid the amount is of: "Take 10ml (5mg/5ml)" had been "ten millilitres (five
        # milligrams in five millilitres)", only the bracket telling which was the dose
        (
            "Take 10ml (5mg/5ml) twice a day.",
            "Take ten millilitres (of the five milligrams in five millilitres liquid) twice a day.",
        ),
        (
            "Give 5-7.5ml (120mg/5ml) up to 4 times in 24 hours.",
            "Give five to seven point five millilitres (of the one hundred and twenty milligrams "
            "in five millilitres liquid) up to four times in twenty-four hours.",
        ),
        (
            "Give your child 10ml of 250mg/5ml three times a day.",
            "Give your child ten millilitres of the two hundred and fifty milligrams in five "
            "millilitres liquid three times a day.",
        ),
        # (before the liquid's name, no "liquid"; a dose's milligrams in brackets stay the dose)
        (
            "Give 10ml of 120mg/5ml paracetamol at night.",
            "Give ten millilitres of the one hundred and twenty milligrams in five millilitres "
            "paracetamol at night.",
        ),
        (
            "Give 5ml (120mg) every 6 hours.",
            "Give five millilitres (one hundred and twenty milligrams) every six hours.",
        ),
        # (no comma before how often, or after a strength per weight)
        (
            "Take 250mg/5ml 3 times a day.",
            "Take two hundred and fifty milligrams in five millilitres three times a day.",
        ),
        ("The dose is 5 mg/kg.", "The dose is five milligrams per kilogram."),
        # ... and with its unit in full: "10 micrograms/kg" had been "ten micrograms or kg", a
        # dose per kilogram heard as a choice, "250 micrograms / 5 ml" "... micrograms, or five
        # millilitres"
        ("Your child's dose is 10 micrograms/kg once a day.",
         "Your child's dose is ten micrograms per kilogram once a day."),
        ("Give 2 milligrams/kg/day in two doses.",
         "Give two milligrams per kilogram a day in two doses."),
        ("Use the 250 micrograms / 5 ml liquid.",
         "Use the two hundred and fifty micrograms in five millilitres liquid."),
        ("Take 150 micrograms / 300 micrograms as your doctor says.",
         "Take one hundred and fifty micrograms, or three hundred micrograms as your doctor says."),
        # a temperature, a fraction sign, money, an age limit, "3x a day", a 24-hour time and a
        # blood pressure, as a British speaker says them (each was read out as its signs)
        (
            "If your temperature is 38°C or higher, call us.",
            "If your temperature is thirty-eight degrees Celsius or higher, call us.",
        ),
        ("Keep at 2 °C to 8 °C.", "Keep at two degrees Celsius to eight degrees Celsius."),
        ("Take ½ a tablet, or 1½ tablets.", "Take half a tablet, or one and a half tablets."),
        # ... and before a unit: "2½ml" had been "two and a halfml", the unit lost
        ("Give your baby 2½ml of the medicine.",
         "Give your baby two and a half millilitres of the medicine."),
        ("Give 7½ ml twice a day.", "Give seven and a half millilitres twice a day."),
        ("Prescriptions cost £9.90 each.", "Prescriptions cost nine pounds ninety each."),
        ("It costs £1 or £0.50.", "It costs one pound or fifty pence."),
        ("Children aged 16+ can come alone.", "Children aged sixteen and over can come alone."),
        ("It is grade 2+ on the scale.", "It is grade two plus on the scale."),
        (
            "Open Mon–Thurs and Sat/Sun.",
            "Open Monday to Thursday and Saturday and Sunday.",
        ),
        ("Come on Tues 12th Jan.", "Come on Tuesday the twelfth of January."),
        # a date with its year was "twelve October two thousand and twenty-six"
        ("Thurs 12 Oct 2026", "Thursday the twelfth of October twenty twenty-six"),
        ("Come on 3 March.", "Come on the third of March."),
        (
            "Q: Can I drive? A: No, not for 24 hours.",
            "Question: Can I drive? Answer: No, not for twenty-four hours.",
        ),
        ("The Dept is open inc. weekends.", "The Department is open including weekends."),
        ("Use Sunscreen/Sunblock. Sun can burn.", "Use Sunscreen or Sunblock. Sun can burn."),
        (
            "Tel: 0116 258 6000 / 6001.",
            "Telephone: oh one one six, two five eight, six oh oh oh, or six oh oh one.",
        ),
        ("Take 20mg/day.", "Take twenty milligrams a day."),
        ("Take vitamin B12 and D3.", "Take vitamin B twelve and D three."),
        ("It costs 40p or 1p.", "It costs forty pence or one penny."),
        ("Take ½-1 tablet.", "Take half to one tablet."),
        (
            "Use 1 puff b.d. and 2 tablets tds, or prn.",
            "Use one puff twice a day and two tablets three times a day, or when needed.",
        ),
        ("Use 1 puff b.d.", "Use one puff twice a day."),
        ("Bring your glasses, keys etc.", "Bring your glasses, keys et cetera."),
        (
            "If your blood sugar is below 4 mmol/L, eat something sugary.",
            "If your blood sugar is below four millimoles per litre, eat something sugary.",
        ),
        (
            "Your HbA1c should be under 48 mmol/mol.",
            "Your H b A one c should be under forty-eight millimoles per mole.",
        ),
        ("Give 10 µg, then 2L of water.", "Give ten micrograms, then two litres of water."),
        ("Wait 1hr if it is < 5.", "Wait one hour if it is less than five."),
        (
            "Call if it is ≥ 38 °C or > 10 or ≤ 2.",
            "Call if it is at least thirty-eight degrees Celsius or more than ten or at most two.",
        ),
        ("Ask for leaflet no. 5 or No.6.", "Ask for leaflet number five or number six."),
        ("Use 1:1000 adrenaline.", "Use one in one thousand adrenaline."),  # as the BNF says
        ("Open 9:00-17:00.", "Open nine in the morning to five in the afternoon."),
        ("Use it 3x a day.", "Use it three times a day."),
        # a count of two is "twice" as "x 2 daily" is: "Take your tablets 2x daily" had been
        # "two times daily", "Take your tablets x 2 daily" "twice daily"
        ("Use it 2 x daily.", "Use it twice daily."),
        ("Take your tablets 2x daily.", "Take your tablets twice daily."),
        ("Take your tablets x 2 daily.", "Take your tablets twice daily."),
        ("Change the patch 2x/week.", "Change the patch twice a week."),
        ("Repeat 2x.", "Repeat twice."),
        ("Repeat x2.", "Repeat twice."),
        ("It is 2x more likely.", "It is two times more likely."),
        # a count of one is "once": a PICC line's "Flush it 1x weekly" had been "one times
        # weekly", a patch's "1x/week" "one times a week", "Repeat 1x." "one times"
        ("Flush the line 1x weekly.", "Flush the line once weekly."),
        ("Take it 1 x daily, or 2x daily.", "Take it once daily, or twice daily."),
        ("Change the patch 1x/week.", "Change the patch once a week."),
        ("Do it 1x, then rest.", "Do it once, then rest."),
        ("It is 1x more likely.", "It is one times more likely."),  # "once more" is again
        ("Come at 14:00 on Tuesday.", "Come at two in the afternoon on Tuesday."),
        (
            "Take it at 08:00 and 20:30.",
            "Take it at eight in the morning and eight thirty in the evening.",
        ),
        ("Open 09:00-17:00.", "Open nine in the morning to five in the afternoon."),
        ("It starts at 12:00 or 00:00.", "It starts at twelve noon or midnight."),
        (
            "Keep it under 140/90 mmHg.",
            "Keep it under one hundred and forty over ninety millimetres of mercury.",
        ),
        (
            "Your blood pressure should be below 135/85.",
            "Your blood pressure should be below one hundred and thirty-five over eighty-five.",
        ),
        (
            "Aim for a BMI under 25 kg/m2.",
            "Aim for a B M I under twenty-five kilograms per square metre.",
        ),
        ("Use Gaviscon® after meals.", "Use Gaviscon after meals."),
        ("Ring Ext. 2210.", "Ring extension two two one oh."),
        ("Take 0.5 ml.", "Take zero point five millilitres."),
        (
            "See https://www.nhs.uk/conditions/ now.",
            "See w w w dot n h s dot u k slash conditions now.",
        ),
        ("Ask your GP or the NICE guide.", "Ask your G P or the NICE guide."),
        ("Mon – Fri, e.g. at A&E – or not.", "Monday to Friday, for example at A and E, or not."),
        ("About 50% of people.", "About fifty per cent of people."),
        ("Go to www.nhs.uk.", "Go to w w w dot n h s dot u k."),
        ("See nhs.uk/pain, or call.", "See n h s dot u k slash pain, or call."),
        # a pause after an extension a word or a bracket follows ("extension two two one three
        # (eight thirty" was heard "2-2-1-3-8-30"; "six six three one if" as "663")
        ("Ask for ext 6631 if the line is busy.",
         "Ask for extension six six three one, if the line is busy."),
        # a hashtag ("#HelloMyNameIs" was read sign and all), and "#2" a number
        (
            "Search #HelloMyNameIs online, or ask for room #12.",
            "Search hashtag Hello My Name Is, all one word, online, or ask for room number "
            "twelve.",
        ),
        # a short word of a page's address in words ("where dash t o dash get" before)
        (
            "See nhs.uk/where-to-get-help or nhs.uk/contact-us.",
            "See n h s dot u k slash where dash to dash get dash help or n h s dot u k slash "
            "contact dash us.",
        ),
        # ... and a short page name that is a word ("f l u", "j a w" before); a site's name or
        # a page's initials stay letters
        (
            "Read about flu at nhs.uk/conditions/flu or www.uhl-tr.nhs.uk/jaw-pain.",
            "Read about flu at n h s dot u k slash conditions slash flu or w w w dot u h l dash "
            "t r dot n h s dot u k slash jaw dash pain.",
        ),
        # ... and a page's initials: "/conditions/adhd", "/mrsa", "/hiv" and "/copd" had been
        # said as words (config's capitals_spelt_out holds the ones shaped as words)
        ("Read nhs.uk/conditions/adhd, nhs.uk/conditions/mrsa and nhs.uk/conditions/hiv.",
         "Read n h s dot u k slash conditions slash a d h d, n h s dot u k slash conditions "
         "slash m r s a and n h s dot u k slash conditions slash h i v."),
        ("See nhs.uk/conditions/copd or nhs.uk/conditions/asthma.",
         "See n h s dot u k slash conditions slash c o p d or n h s dot u k slash conditions "
         "slash asthma."),
        ("See www.uhl-tr.nhs.uk/ent or nhs.uk/ibs.",
         "See w w w dot u h l dash t r dot n h s dot u k slash e n t or n h s dot u k slash "
         "i b s."),
        (
            "Write to a@uhl-tr.nhs.uk.",
            "Write to the e-mail address a at u h l dash t r dot n h s dot u k.",
        ),
        (
            "Email us at info@uhl-tr.nhs.uk.",
            "Email us at the address info at u h l dash t r dot n h s dot u k.",
        ),
        ("See www.StGeorges.nhs.uk.", "See w w w dot St Georges, all one word, dot n h s dot u k."),
        (
            "Hold for __ seconds.",
            "Hold for the number of seconds the person treating you gives you.",
        ),
        ("Date issued: ……", "Date issued: (a space for the person treating you to fill in)"),
        # A blank in a unit says the unit, not "kg" as letters after the space.
        (
            "Weight: ____ kg",
            "Weight: (a space for the person treating you to fill in, in kilograms)",
        ),
        (
            "Blood sugar: ______ mmol/L",
            "Blood sugar: (a space for the person treating you to fill in, in millimoles per "
            "litre)",
        ),
        ("Hold for __ secs.", "Hold for the number of seconds the person treating you gives you."),
        # A range of blanks is one thing to fill in, not two spaces said one after the other
        (
            "Your target before breakfast is ____ to ____ mmol/L.",
            "Your target before breakfast is between the two numbers the person treating you "
            "gives you, in millimoles per litre.",
        ),
        (
            "Keep your INR between ______ and ______.",
            "Keep your I N R between the two numbers the person treating you gives you.",
        ),
        (
            "Target range: ____ – ____ mmol/L",
            "Target range: between the two numbers the person treating you gives you, in "
            "millimoles per litre",
        ),
        (
            "Take ____ to ____ tablets a day.",
            "Take between the two numbers of tablets the person treating you gives you a day.",
        ),
        (  # dates from one to another are not a range of numbers
            "Take it from ____ to ____.",
            "Take it from (a space for the person treating you to fill in) to (a space for the "
            "person treating you to fill in).",
        ),
        # A prescription's shorthand in capitals is not a new sentence's capital.
        ("Use 1-2 puffs PRN.", "Use one to two puffs when needed."),
        ("PRN doses are extra.", "When needed doses are extra."),
        ("Insulin 10 units s/c at night.", "Insulin ten units under the skin at night."),
        # ... and after what is used ("Use it BD" was "Use it B D"); a maker's name stays
        ("Use it BD or when needed.", "Use it twice a day or when needed."),
        ("Apply them OD.", "Apply them once a day."),
        ("Use BD Microfine needles.", "Use B D Microfine needles."),
        ("Your oxygen level (SpO2) is low.", "Your oxygen level (S p O two) is low."),
        # Opening hours as switchboards write them: the range's end is a time too.
        (
            "Call us (Mon–Fri, 8.30–4.30).",
            "Call us (Monday to Friday, eight thirty to four thirty).",
        ),
        (
            "Open Monday to Friday, 8:30-4:30.",
            "Open Monday to Friday, eight thirty to four thirty.",
        ),
        ("Come at 17.00.", "Come at five in the afternoon."),
        ("From 8.00 to 17.00.", "From eight in the morning to five in the afternoon."),
        (
            "Sat 10-12, Sun 9am-1pm",
            "Saturday ten o'clock to twelve, Sunday nine in the morning to one in the afternoon",
        ),
        ("Sat 5 people down.", "Sat five people down."),
        # ... and before a date: a diary's "Sat 07/06/2025" was "Sat the seventh of June"
        ("Date: Sat 07/06/2025", "Date: Saturday the seventh of June twenty twenty-five"),
        ("Sun 08/06/2025", "Sunday the eighth of June twenty twenty-five"),
        (
            "Warfarin: 3mg Mon, Wed; 4mg Tue, Sat, Sun.",
            "Warfarin: three milligrams Monday, Wednesday; four milligrams Tuesday, Saturday, "
            "Sunday.",
        ),
        ("The Sun and Moon.", "The Sun and Moon."),
        ("At 12.50 mg a day", "At twelve point five zero milligrams a day"),
        # A measure that describes a thing is singular; a dose written after its count.
        ("A 2cm cut is made.", "A two centimetre cut is made."),
        ("It is 2cm long.", "It is two centimetres long."),
        ("You will have a 6–8 cm scar.", "You will have a six to eight centimetre scar."),
        ("Take 1 tablet x 3 daily.", "Take one tablet three times daily."),
        ("Expect ±2 kg either way.", "Expect plus or minus two kilograms either way."),
        # Imperial measures as a weight chart writes them ("10st" was "tenth").
        ("Weight: 10st 4lb", "Weight: ten stone four pounds"),
        ("Height: 5ft 6in", "Height: five feet six inches"),
        ("The 1st, 11th and 21st doses.", "The first, eleventh and twenty-first doses."),
        ("Come in 6 in the morning.", "Come in six in the morning."),
        # "no." for number was said "no": "Please bring your NHS no." asked for nothing.
        ("Please bring your NHS no.", "Please bring your N H S number."),
        ("No. of tablets: 28", "number of tablets: twenty-eight"),
        ("No. I will not.", "No. I will not."),
        # Short forms of letters and addresses.
        (
            "St George's Hospital, Blackshaw Rd, 12 High St.",
            "Saint George's Hospital, Blackshaw Road, twelve High Street.",
        ),
        ("Prof. Smith and Dr. Jones.", "Professor Smith and Doctor Jones."),
        ("Your appt is with or w/o food.", "Your appointment is with or without food."),
        ("Follow-up in 6/12.", "Follow-up in six months."),
        ("Remove the dressing after 5/7.", "Remove the dressing after five days."),
        # ... and before a word counting from an event: "7/7 before surgery" had been
        # "seven/seven"; after "on" it is a date
        ("Stop clopidogrel 7/7 before surgery.", "Stop clopidogrel seven days before surgery."),
        ("Restart it 2/7 post-op.", "Restart it two days post-op."),
        ("Your scan is on 5/7 before 10am.",
         "Your scan is on the fifth of July before ten in the morning."),
        # half a tab or cap: "1/2 tab bd" had been "one/two tablet", a fraction lost; said as
        # "½ tablet" is ("a half tablet" had been said)
        ("Take 1/2 tab bd.", "Take half a tablet twice a day."),
        ("Give ½ cap at night.", "Give half a capsule at night."),
        ("Take ¼ tab with your evening meal.",
         "Take a quarter of a tablet with your evening meal."),
        ("Hold for 5 seconds, x 10 reps.", "Hold for five seconds, ten reps."),
        # A table column's unit, and a strength in units ("units/ml" was left as written).
        ("Blood sugar (mmol/L)", "Blood sugar (in millimoles per litre)"),
        # a unit written in capitals ("M M O L or L" before), as a leaflet set in capitals has it
        ("Keep it under 7 MMOL/L.", "Keep it under seven millimoles per litre."),
        ("Take 5 MG at night.", "Take five milligrams at night."),
        ("Blood sugar (MMOL/L)", "Blood sugar (in millimoles per litre)"),
        # a unit's short form in brackets after the unit said in full: "four hundred micrograms
        # (in micrograms)" said it twice
        ("Take 400 micrograms (mcg) daily.", "Take four hundred micrograms daily."),
        ("Give 5 millilitres (ml).", "Give five millilitres."),
        # insulin's units written "u" ("ten u"); a ward's letter is no unit
        (
            "Inject 10u of insulin, or 8 U at night.",
            "Inject ten units of insulin, or eight units at night.",
        ),
        ("Go to Ward 10U.", "Go to Ward ten U."),
        ("Take 2 BD.", "Take two twice a day."),  # no unit
        # two medicines either side of a slash are one combined medicine or a choice: the slash
        # is said as printed, never "or" ("co-careldopa or entacapone" was a choice)
        ("Take co-careldopa/entacapone daily.", "Take co-careldopa slash entacapone daily."),
        ("Use levodopa/carbidopa.", "Use levodopa slash carbidopa."),
        ("Weight (kg)", "Weight (in kilograms)"),
        ("Bend your knee (L).", "Bend your knee (L)."),
        ("Strength: 100 units/ml.", "Strength: one hundred units per millilitre."),
        # A range of two measures alike: the dash between them was left between the words.
        (
            "Store between 2°C–8°C, never at -20°C.",
            "Store between two degrees Celsius and eight degrees Celsius, never at minus twenty "
            "degrees Celsius.",
        ),
        ("It costs £5-£10.", "It costs five pounds to ten pounds."),
        ("Take 2.5mg–5mg a day.", "Take two point five milligrams to five milligrams a day."),
        ("Take 30mg - 2 tablets.", "Take thirty milligrams, two tablets."),
        ("Take 5mls.", "Take five millilitres."),
        ("The day before (Day -1): eat.", "The day before (Day minus one): eat."),
        # Two numbers either side of a slash; a social media name.
        (
            "Call 0116 258 6230 / 0116 258 6231.",
            "Call oh one one six, two five eight, six two three oh, or oh one one six, two five "
            "eight, six two three one.",
        ),
        ("Follow us @NHSEngland on X.", "Follow us at n h s England, all one word, on X."),
        ("Ext. 1234/5678", "extension one two three four, or five six seven eight"),
        (
            "Tel: 0116 215 3223 ext. 2 or ext 22.",
            "Telephone: oh one one six, two one five, three two two three extension two or "
            "extension two two.",
        ),
        # Hours whose range ends in "pm"; years and decades the British way.
        (
            "Visiting is 2-4pm and 9.30-11.30am.",
            "Visiting is two to four in the afternoon and nine thirty to eleven thirty in the "
            "morning.",
        ),
        (
            "Since 2025, fewer people in their 20s.",
            "Since twenty twenty-five, fewer people in their twenties.",
        ),
        ("In the 1990s.", "In the nineteen nineties."),
        (
            "In their 20s and 30s, hold for 30s.",
            "In their twenties and thirties, hold for thirty seconds.",
        ),
        ("In 2000 people, 1 gets it.", "In two thousand people, one gets it."),
        # A prescription's "od", "bd", "tabs" and "caps" after a dose; elsewhere "BD" is a maker.
        ("Take 2 tabs bd.", "Take two tablets twice a day."),
        ("Take 1 tablet OD.", "Take one tablet once a day."),
        ("Take 2 x 500mg tabs.", "Take two tablets, each of five hundred milligrams."),
        ("Take 2x10mg tablets.", "Take two tablets, each of ten milligrams."),  # not "times"
        ("Use BD Micro-Fine needles.", "Use B D Micro-Fine needles."),
        ("Wear a cap in the sun.", "Wear a cap in the sun."),
        # A Roman numeral that counts; alone it may be a short form.
        ("Type II diabetes, stage III.", "Type two diabetes, stage three."),
        ("IV antibiotics", "I V antibiotics"),
        # A list item's numeral in brackets was "roman two".
        ("(ii) that you can walk to the toilet.", "Two: that you can walk to the toilet."),
        (
            "Take either (i) amlodipine, or (ii) ramipril.",
            "Take either one: amlodipine, or two: ramipril.",
        ),
        ("H. pylori and E. coli", "H pylori and E coli"),
        ("A DEXA scan and a TENS machine.", "A DEXA scan and a TENS machine."),
        # A midwife's weeks of pregnancy; a score is not weeks.
        ("Your scan is at 20/40.", "Your scan is at twenty weeks."),
        ("A score of 20/40.", "A score of twenty out of forty."),
        (
            "Heart rate (bpm) 110-160.",
            "Heart rate (beats a minute) one hundred and ten to one hundred and sixty.",
        ),
        (
            "Next appointment: ___/___/_____ at ____:____",
            "Next appointment: (a space for the person treating you to fill in) at (a space for "
            "the person treating you to fill in)",
        ),
        # A slash between words was said "slash" ("sick slash dizzy"), an arrow "right arrow".
        ("You may feel sick/dizzy.", "You may feel sick or dizzy."),
        ("Use heat and/or ice.", "Use heat and or ice."),
        ("Ask your GP/nurse.", "Ask your G P or nurse."),
        # a range after "between" is "between eight and ten" (it was "between eight to ten")
        ("Take it between 8-10pm.", "Take it between eight and ten in the evening."),
        ("Take ½ your usual dose.", "Take half your usual dose."),  # was "a half your"
        # one tablet cut: "a half tablet" was said, and "a quarter tablet"
        ("Take ½ tablet, or ¼ tablet if drowsy.",
         "Take half a tablet, or a quarter of a tablet if drowsy."),
        ("Take 1 or 2 tablet(s) as needed.", "Take one or two tablets as needed."),
        ("Risk is 1:2000.", "Risk is one in two thousand."),  # was "one to two thousand"
        (
            "Between 24+0 and 27+6 weeks we listen.",
            "Between twenty-four weeks and twenty-seven weeks and six days we listen.",
        ),
        (
            "Amoxicillin 500mg TDS x 5/7. Prednisolone 30mg OD x 5 days.",
            "Amoxicillin five hundred milligrams three times a day for five days. Prednisolone "
            "thirty milligrams once a day for five days.",
        ),
        ("Finish the 5/7 course.", "Finish the five-day course."),
        ("2.1 Take aspirin 300mg.", "Two point one: Take aspirin three hundred milligrams."),
        (
            "Tel: 0116 258 5555 Mon-Fri 8am-6pm",
            "Telephone: oh one one six, two five eight, five five five five, Monday to Friday "
            "eight in the morning to six in the evening",
        ),
        ("Remove the dressing after 7/7.", "Remove the dressing after seven days."),
        # a letter marking a step was said as the word "a" ("uh Remove the cap")
        (
            "Give it: a) Remove the cap. b) Put it in, or c) press.",
            "Give it: a: Remove the cap. b: Put it in, or c: press.",
        ),
        ("If it is still low, repeat step (a).", "If it is still low, repeat step A."),
        # a word's pronunciation in brackets is for a reader: said, it was the word twice
        (
            "Call 999 and say 'anaphylaxis' (ana-fil-axis).",
            "Call nine nine nine and say 'anaphylaxis'.",
        ),
        ("Anaphylaxis (an-a-fil-ax-is) is serious.", "Anaphylaxis is serious."),
        ("Fill in parts (a-b-c) of the form.", "Fill in parts (a-b-c) of the form."),
        # one vaccine named in parts is no choice of two ("Hib or MenC")
        ("Vaccines given: Hib/MenC, MMR.", "Vaccines given: Hib MenC, M M R."),
        ("Dose in mg/kg.", "Dose in milligrams per kilogram."),
        ("With or w/o food.", "With or without food."),
        ("Pain → see your GP.", "Pain: see your G P."),
        # opening hours with no am or pm: "9-5" was "nine, five" (a range runs upwards)
        ("Lines are open Mon-Fri 9-5.", "Lines are open Monday to Friday nine to five."),
        ("Open Monday to Friday, 8-4.", "Open Monday to Friday, eight to four."),
        ("Take 9-5 tablets.", "Take nine, five tablets."),
        # a midwife's weeks and days: "37+3 weeks" was "thirty-seven+three weeks"
        (
            "At 37+3 weeks you will be offered a sweep.",
            "At thirty-seven weeks and three days you will be offered a sweep.",
        ),
        # a spaced dash between two durations: "6 months – 2 years" was "six months, two years"
        ("Between 6 months – 1 year of age.", "Between six months and one year of age."),
        ("For children aged 6 months – 2 years.", "For children aged six months to two years."),
        ("Rest for 2 days – then walk.", "Rest for two days, then walk."),
        # a clause with its own subject after a dash is a sentence of its own: with a comma
        # "even if your eye feels fine" ran on into what follows
        (
            "Do not stop the drops early, even if your eye feels fine – the inflammation can "
            "come back.",
            "Do not stop the drops early, even if your eye feels fine. The inflammation can "
            "come back.",
        ),
        (
            "If you feel faint at any time – you should sit down.",
            "If you feel faint at any time, you should sit down.",
        ),
        # a laboratory count: "50 x 10⁹/L" was "fifty times ten⁹/L"
        (
            "Platelets below 50 x 10⁹/L.",
            "Platelets below fifty times ten to the power of nine per litre.",
        ),
        (
            "Neutrophils under 1.0 x 10^9/l.",
            "Neutrophils under one point zero times ten to the power of nine per litre.",
        ),
        # a freephone number in pairs: "0808 808 00 00" ended "eight oh eight zero zero"
        (
            "Call Macmillan on 0808 808 00 00.",
            "Call Macmillan on oh eight oh eight, eight oh eight, oh oh, oh oh.",
        ),
        # CALM's number in pairs after its code: "0800 58 58 58" was "eight hundred fifty-eight"
        (
            "Call the helpline on 0800 58 58 58.",
            "Call the helpline on oh eight oh oh, five eight, five eight, five eight.",
        ),
        # a leaflet's questions and answers written "Q." and "A."
        (
            "Q. Can I drive home? A. No. You must not drive.",
            "Question: Can I drive home? Answer: No. You must not drive.",
        ),
        ("A. Smith will see you.", "A. Smith will see you."),
        ("We offer 1-2-1 support.", "We offer one-to-one support."),
        # a box to tick is named; a bullet-like sign is not read ("➢" was "three-d top-lighted
        # rightwards arrowhead", "■" "black square")
        ("☐ Bring your medicines.", "tick box, Bring your medicines."),
        ("Tick one: [ ] Yes [ ] No", "Tick one: tick box, Yes tick box, No"),
        ("➢ Do not cross your legs.", "Do not cross your legs."),
        ("■ Keep it dry. ● Keep it clean.", "Keep it dry. Keep it clean."),
        ("It is a ◆ shape.", "It is a shape."),
        # a second extension after "or" (it was "sixty-two thousand five hundred and ...")
        (
            "Call ext. 64139 or 62572.",
            "Call extension six four one three nine, or six two five seven two.",
        ),
        # six figures after the area code are two groups (it was "two five oh oh oh oh")
        ("Call 01872 250000.", "Call oh one eight seven two, two five oh, oh oh oh."),
        # "Email:" introduces the address already (it was "Email: the e-mail address ...")
        ("Email: pals@nhs.net", "Email: pals at n h s dot net"),
        # a fraction after "by": "by 1/3" was "by one/three"
        ("Reduce the dose by 1/3.", "Reduce the dose by a third."),
        # "+" and a spaced "/" between words were said "plus" and "slash"
        ("Mix sachet A + sachet B.", "Mix sachet A and sachet B."),
        ("Drink a teaspoon / 5ml.", "Drink a teaspoon, or five millilitres."),
        ("Drink 1 cup / glass.", "Drink one cup, or glass."),
        # ... never between figures, which are read as written unspaced: a score is out of
        ("Score 2 / 3.", "Score two out of three."),
        ("From 28+0 weeks.", "From twenty-eight weeks."),
        # a web address's words run together are said as words ("mindwellleeds" was
        # "mind-wel-ulds"); a word the dictionary knows stays whole
        (
            "See www.mindwellleeds.org.uk.",
            "See w w w dot mind well leeds, all one word, dot org dot u k.",
        ),
        ("See www.asthmaandlung.org.uk", "See w w w dot asthma and lung, all one word, dot org "
         "dot u k"),
        ("See www.macmillan.org.uk", "See w w w dot macmillan dot org dot u k"),
        # a part shaped as no word is spelt ("nvft" was left to the voice); words run together
        # are said apart though one of them is rarer ("renaldietitians")
        ("E-mail stopsmoking@nvft.nhs.uk", "E-mail the address stop smoking, all one word, at "
         "n v f t dot n h s dot u k"),
        ("E-mail renaldietitians@nuh.nhs.uk", "E-mail the address renal dietitians, all one "
         "word, at n u h dot n h s dot u k"),
        # letters in brackets after the words they stand for are those letters ("(co)" before)
        ("We measure the carbon monoxide (CO) in your breath.", "We measure the carbon monoxide "
         "(C O) in your breath."),
        # a time before the half of the day it names ("eight in the morning the next morning")
        ("Finish at 8am the next morning.", "Finish at eight o'clock the next morning."),
        ("Take it at 9.30pm each evening.", "Take it at nine thirty each evening."),
        ("Start at 8pm the next morning.", "Start at eight in the evening the next morning."),
        # nicotine's forms are doses' forms: "(15mg cartridge)" was "fifteen milligrams cartridge"
        ("the inhalator (15mg cartridge)", "the in-huh-lay-ter (fifteen milligram cartridge)"),
        ("Chew one 4mg lozenge.", "Chew one lozenge of four milligrams."),
        ("Fill a 10ml syringe.", "Fill a ten millilitre syringe."),
        # a figure after letters in brackets standing for the words before ("(co two)")
        ("Carbon dioxide (CO2) gas fills your tummy.", "Carbon dioxide (C O two) gas fills "
         "your tummy."),
        # a chart's column names its scale with no figure; a bracket saying again what was said
        ("Temperature (°C)", "Temperature (degrees Celsius)"),
        ("Rest until it is below 100 bpm (beats per minute).", "Rest until it is below one "
         "hundred beats a minute."),
        ("Walk at 2 mph for 10 mins.", "Walk at two miles an hour for ten minutes."),
        # after a spaced dash, a condition with its own instruction is a sentence of its own:
        # as a comma it was heard as the nurse's ("call the nurse if ..., go to ...")
        ("Call the district nurse - if you cannot pass urine within 4 hours, go to the "
         "Emergency Department.", "Call the district nurse. If you cannot pass yoo-rin within "
         "four hours, go to the Emergency Department."),
        ("Keep using the drops – even if your eye feels fine.", "Keep using the drops, even if "
         "your eye feels fine."),
        # a line of boxes is a checklist, each box its own; a yes or no a choice
        ("☐ Inhaler technique checked ☐ Spacer given ☐ School copy given", "tick box, Inhaler "
         "technique checked; tick box, Spacer given; tick box, School copy given"),
        ("☐ Yes ☐ No", "Yes, or No (whichever is ticked)"),
        ("Give half (½) the dose.", "Give half the dose."),
        ("See www.ukgoutsociety.org", "See w w w dot u k gout society, all one word, dot org"),
        ("Size: ____ Ch (please circle)", "Size: (a space for the person treating you to fill "
         "in) Ch (the person treating you marks which)"),
        # a form row's value and the next label ("twelve point five kilogram Dose:" before)
        ("Weight: 12.5kg Dose: 5mg", "Weight: twelve point five kilograms, Dose: five "
         "milligrams"),
        # times on the 24-hour clock with no colon: after "by", in a range, in a list (they
        # were "eight hundred", "two thousand, six hundred", "oh nine oh oh, one seven oh oh")
        ("If you cannot pass urine by 0800, call us.", "If you cannot pass yoo-rin by eight in "
         "the morning, call us."),
        ("Feed: 2000 – 0600", "Feed: eight in the evening to six in the morning"),
        ("Flush at 0800, 1200, 1700.", "Flush at eight in the morning, twelve noon, five in the "
         "afternoon."),
        ("Mon-Fri, 0900-1700", "Monday to Friday, nine in the morning to five in the afternoon"),
        # ... after a lead opening a sentence or a table's cell ("After six hundred do not drink
        # anything"), and under a column of times ("Time: one thousand")
        ("After 0600 do not drink anything.", "After six in the morning do not drink anything."),
        ("Time: Until 0600", "Time: Until six in the morning"),
        ("Time: 0800. Position: left side.", "Time: eight in the morning. Position: left side."),
        ("Time: 1000", "Time: ten in the morning"),
        ("Time taken: 1400", "Time taken: two in the afternoon"),
        (
            "Change position every ____ hours.",
            "Change position every so many hours, as the person treating you tells you.",
        ),
        ("Time: 2 hours", "Time: two hours"),
        # a second line's local number after a slash ("nine hundred and sixty-two thousand ...")
        ("Tel: 01632 962 210 / 962 211", "Telephone: oh one six three two, nine six two, two one "
         "oh, or nine six two, two one one"),
        ("Hold 30 s.", "Hold thirty seconds."),
        ("Email: feeds@nhs.net Web: www.nhs.uk", "Email: feeds at n h s dot net, Web: w w w dot "
         "n h s dot u k"),
        ("Pump rate: n/a.", "Pump rate: not applicable."),
        # a glossary's unit and its meaning, alike once said, are said once (twice before)
        ("mmol/L – millimoles per litre", "millimoles per litre"),
        ("bpm – beats per minute", "beats per minute"),
        ("Leave a ½ cm gap.", "Leave a half centimetre gap."),
        ("A ½ cm gap is normal.", "A half centimetre gap is normal."),  # was "A a half"
        ("NICE (2015, updated 2023)", "NICE (twenty fifteen, updated twenty twenty-three)"),
        ("You are up to 3x more likely to quit.", "You are up to three times more likely to "
         "quit."),
        # a blank ruled in groups is one blank
        (
            "NHS number: ___ ___ ____",
            "N H S number: (a space for the person treating you to fill in)",
        ),
        ("Started: ____/____/20____", "Started: (a space for the person treating you to fill in)"),
        # people of an age: "Under-16s" was "Under-sixteen seconds"
        ("Under-16s can refer themselves.", "Under-sixteens can refer themselves."),
        ("Over-65s are offered the jab.", "Over-sixty-fives are offered the jab."),
        # a number you type or text is said figure by figure, not as a count
        ("Text SHOUT to 85258.", "Text SHOUT to eight five two five eight."),
        ("Enter location code 4721.", "Enter location code four seven two one."),
        ("Your NHS number: 485 777 3456", "Your N H S number: four eight five, seven seven "
         "seven, three four five six"),
        # a range of degrees kept its words apart ("degreesto"); "110°+" was "degrees plus"
        ("Bend it 100° - 110°.", "Bend it one hundred degrees to one hundred and ten degrees."),
        ("Aim for 110°+ by week 6.", "Aim for one hundred and ten degrees or more by week six."),
        ("Take no more than 30mg in 24h.", "Take no more than thirty milligrams in twenty-four "
         "hours."),
        ("An injection of 30 MU.", "An injection of thirty million units."),
        ("Prices for 2024/25.", "Prices for twenty twenty-four to twenty-five."),
        ("Our results for 2024-25.", "Our results for twenty twenty-four to twenty-five."),
        # five or six capitals no voice can say as a word are spelt out (the voice was left to
        # make a word of "CRHTT"); a word in capitals stays a word
        ("Call the CRHTT or NHSBT.", "Call the C R H T T or N H S B T."),
        ("SEPSIS CAN KILL. STROKE", "SEPSIS can kill. STROKE"),
        ("Aim for 3-5 METs.", "Aim for three to five mets."),
        # a handle's word in capitals is said as the leaflet says it elsewhere: "CAMHS" as a
        # word (it was "c a m h s" in the handle and "CAMHS" in the text)
        ("Follow @LeedsCAMHS for news.", "Follow at Leeds CAMHS, all one word, for news."),
        ("See us on Twitter/X.", "See us on Twitter or X."),
        # two measures of one kind either side of a slash are alternatives, not a strength:
        # "0.15mg / 0.3mg" was "zero point one five milligrams in zero point three milligrams"
        ("Anything over 5kg / 11lb.", "Anything over five kilograms, or eleven pounds."),
        ("Take 250mg/5ml.", "Take two hundred and fifty milligrams in five millilitres."),
        # children of an age: "for under 3s" was "for under three seconds"
        ("Use the mask for under 3s.", "Use the mask for under threes."),
        ("Change since yesterday (+/-)", "Change since yesterday (plus or minus)"),
        # a number that names a product or a reference is said figure by figure
        ("Order PC: 12345 from us.", "Order P C: one two three four five from us."),
        # a figure in an address is a zero, where "oh" is a letter ("what oh, ...")
        ("See what0-18.nhs.uk.", "See what zero, all one word, dash one eight dot n h s dot u "
         "k."),
        ("Ref NB/STOMA/2301", "Reference N B, slash, S T O M A, slash, two three zero one"),
        ("See www.colostomyuk.org", "See w w w dot colostomy u k, all one word, dot org"),
        ("Ankles swollen? Y/N", "Ankles swollen? yes or no"),
        # from a fourth probe: a district nurse's, a hand therapist's, a urologist's shorthand
        ("Give 2.5mg s/c 1 hrly PRN.", "Give two point five milligrams under the skin every "
         "hour when needed."),
        ("Give it 6–8 hourly.", "Give it every six to eight hours."),
        # ... joined by a hyphen too ("eight-hourly" had been said, "four-hrly" spelt); before
        # what is done so often it describes them as written
        ("Take 1 tablet 8-hourly with food.", "Take one tablet every eight hours with food."),
        ("Use the spray 4-hrly if you need it.", "Use the spray every four hours if you need it."),
        ("The nurses will do 4 hourly checks on your wound.",
         "The nurses will do four-hourly checks on your wound."),
        ("Repeat 10x for each finger.", "Repeat ten times for each finger."),
        ("Only start this from wk 3.", "Only start this from week three."),
        ("A PSA above 4 ng/mL.", "a P S A above four nanograms per millilitre."),
        ("A dose of about 2.7 mSv/yr.", "A dose of about two point seven millisieverts a year."),
        ("Measure it in ml.", "Measure it in millilitres."),
        # ... and after "per": a dose per kilogram had left "kg" to the voice's letters
        ("Give 15 milligrams per kg of your child's weight.",
         "Give fifteen milligrams per kilogram of your child's weight."),
        ("Your child needs 100 ml per kg per day.",
         "Your child needs one hundred millilitres per kilogram per day."),
        ("The device is MR conditional.", "The device is M R conditional."),
        ("0 = no urgency, 3 = cannot wait.", "Zero is no urgency, three is cannot wait."),
        # ... and opening a bracket after a dose, or between two with no space ("(=one gram)", the
        # sign left to the voice)
        ("Give 2 tablets (=1g) every 6 hours.",
         "Give two tablets (which is one gram) every six hours."),
        ("Oramorph 10mg/5ml: 2.5ml=5mg.",
         "Oramorph ten milligrams in five millilitres: two point five millilitres is five "
         "milligrams."),
        # a note for staff on a printed form is no instruction to the listener
        (
            "Dose: 0.15mg / 0.3mg (circle).",
            "Dose: zero point one five milligrams, or zero point three milligrams (the person "
            "treating you marks which).",
        ),
        (
            "Right eye (R) / Left eye (L) (nurse to circle)",
            "Right eye (R), or Left eye (L) (the person treating you marks which)",
        ),
        ("Yes / No (delete as appropriate)", "Yes, or No (the person treating you marks which)"),
        ("Taking it (since Oct 2017).", "Taking it (since October twenty seventeen)."),
        # both ends of a range in the same half of the day say it once
        ("Come at 8pm – 9pm.", "Come at eight to nine in the evening."),
        ("Open 8.30am-11.30am.", "Open eight thirty to eleven thirty in the morning."),
        ("Open 9am – 5pm.", "Open nine in the morning to five in the afternoon."),
        (
            "Your eGFR was 45 ml/min/1.73m².",
            "Your e G F R was forty-five millilitres a minute per one point seven three square "
            "metres.",
        ),
        # a postcode's two halves apart (it was "N G seven two U H")
        ("Nottingham NG7 2UH.", "Nottingham N G seven, two U H."),
        ("Sheffield S10 2JF", "Sheffield S ten, two J F"),
        # a bus's "No" with no full stop is its number: "the no twelve bus" had been said; a
        # sentence's opening "No" is the word
        ("From the station, take the No 12 or No 14A bus.",
         "From the station, take the number twelve or number fourteen A bus."),
        ("No 2 people heal at the same speed.", "No two people heal at the same speed."),
        # ... each letter said on its own, whatever word or unit two of them make: "de one",
        # "so sixteen", "three nanograms", "three litres J" and "three aa" had been said
        ("Royal Derby Hospital, Uttoxeter Road, Derby DE22 3NE.",
         "Royal Derby Hospital, Uttoxeter Road, Derby D E twenty-two, three N E."),
        ("Write to us at Tremona Road, Southampton SO16 6YD.",
         "Write to us at Tremona Road, Southampton S O sixteen, six Y D."),
        ("Royal United Hospital, Combe Park, Bath BA1 3NG", "Royal United Hospital, Combe Park, "
         "Bath B A one, three N G"),
        ("Royal Cornwall Hospital, Truro TR1 3LJ (free parking).",
         "Royal Cornwall Hospital, Truro T R one, three L J (free parking)."),
        ("Send it to Freepost, London EC1A 1BB or W1T 3AA.",
         "Send it to Freepost, London E C one A, one B B or W one T, three A A."),
        ("Take up to 4 (max 4 in 24 hrs).", "Take up to four (maximum four in twenty-four hours)."),
        # a dash after a time and before words is the time's note, not a range "to" them
        (
            "Last food: 07:30 - light breakfast only.",
            "Last food: seven thirty in the morning: light breakfast only.",
        ),
        ("Open 8.30am – 12 noon.", "Open eight thirty in the morning to twelve noon."),
        # a rate per minute or hour, and micromoles (they were "breaths or min", "micromol or L")
        ("Over 50–60 breaths/min.", "Over fifty to sixty breaths a minute."),
        # ... and per second ("metres or second" before); "second" the second one stays
        ("Walk at 1.2 metres/second on average.",
         "Walk at one point two metres a second on average."),
        ("Use a spacer/second inhaler.", "Use a spacer or second inhaler."),
        ("Above 350 micromol/L.", "Above three hundred and fifty micromoles per litre."),
        # a bracket saying again what was just said is said once
        (
            "Take it once a day (od) in the morning (mane).",
            "Take it once a day in the morning.",
        ),
        # ... also when a few words stand between: "three times a day with food (three times a
        # day)" had been said
        ("Ibuprofen 400mg tds with food (three times a day).",
         "Ibuprofen four hundred milligrams three times a day with food."),
        ("Take 2 tablets nocte with a drink of water (at night).",
         "Take two tablets at night with a drink of water."),
        # ... but not from the sentence before
        ("Take it 3 times a day. Do not take more than 8 in a day (three times a day).",
         "Take it three times a day. Do not take more than eight in a day (three times a day)."),
        ("Last food: Midnight (00:00).", "Last food: Midnight."),
        ("A patch of 12mcg/hr (12µg/hr).", "A patch of twelve micrograms per hour."),
        ("Review due: 03/2027.", "Review due: March twenty twenty-seven."),
        ("Results w/c 14 April.", "Results week commencing the fourteenth of April."),
        ("Watch our videos etc. Out of hours, ring us.", "Watch our videos et cetera. Out of "
         "hours, ring us."),
        # that many or more, not "plus"
        ("Babies born at term (37+ weeks).", "Babies born at term (thirty-seven weeks or more)."),
        ("Day 3: 3+ wet nappies.", "Day three: three or more wet nappies."),
        ("7mg dose = 1 pink + 2 brown.", "Seven milligram dose is one pink and two brown."),
        # a tablet's colour between its dose and "tablet": "one one milligram (brown) tablet"
        ("4 mg is one 1 mg (brown) tablet and one 3 mg (blue) tablet.", "Four milligrams is one "
         "tablet of one milligram (brown) and one tablet of three milligrams (blue)."),
        # ... and strengths listed before the form they all name are each said as the last is:
        # "three milligrams (blue) and five milligram (pink) tablets" had been said
        ("Warfarin comes as 1mg (brown), 3mg (blue) and 5mg (pink) tablets.", "Warfarin comes "
         "as one milligram (brown), three milligram (blue) and five milligram (pink) tablets."),
        ("You may be given 2.5 mg or 10 mg tablets.",
         "You may be given two point five milligram or ten milligram tablets."),
        ("Your tablets come in 3 strengths: 1mg (brown), 3mg (blue) and 5mg (pink).",
         "Your tablets come in three strengths: one milligram (brown), three milligrams (blue) "
         "and five milligrams (pink)."),
        # short words in a line of capitals are words ("M I L K"); abbreviations stay spelt
        (
            "HOW TO TELL YOUR BABY IS GETTING ENOUGH MILK",
            "how to tell your baby is GETTING ENOUGH milk",
        ),
        ("RASH THAT DOES NOT FADE", "rash that does not fade"),
        # capitals are judged within their sentence ("R U B" beside a sentence in lower case),
        # and in one of capitals "IT" is the word ("take I T with food")
        ("DO NOT RUB THE INJECTION SITE. Rubbing makes bruising much worse.",
         "do not rub the INJECTION site. Rubbing makes bruising much worse."),
        ("Ask your GP. TAKE IT WITH FOOD.", "Ask your G P. take it with food."),
        ("Tell IT services.", "Tell I T services."),
        ("IF YOU HAVE ME OR CFS, TELL US", "if you have M E or C F S, tell us"),
        ("CALL US ON 0116 258 4000 IF IT GETS WORSE", "call us on oh one one six, two five "
         "eight, four oh oh oh if it gets WORSE"),
        ("YOUR BMI IS HIGH: CALL YOUR GP", "your B M I is high: call your G P"),
        ("About 1 in 200 babies are stillborn in the UK", "About one in two hundred babies are "
         "stillborn in the U K"),
        # a short word of an address is a word ("d a y dash surgery"); a code is spelt
        (
            "See www.trust.nhs.uk/day-surgery or www.abc.org.uk",
            "See w w w dot trust dot n h s dot u k slash day dash surgery or w w w dot a b c dot "
            "org dot u k",
        ),
        (
            "See www.gov.uk/stroke-and-driving",
            "See w w w dot gov dot u k slash stroke dash and dash driving",
        ),
        # a comparison describing a measure takes "of"; "½ of" is "half of"
        (
            "Call if a temperature ≥ 39°C, or if your score is ≥ 5.",
            "Call if a temperature of at least thirty-nine degrees Celsius, or if your score is "
            "at least five.",
        ),
        ("Drinking less than ½ of usual feeds.", "Drinking less than half of usual feeds."),
        # a day's short name that is no word, alone in a table's cell
        ("Day: Tues.", "Day: Tuesday."),
        ("Clinic: Thurs", "Clinic: Thursday"),
        ("Do not take 2 doses together (x2).", "Do not take two doses together (twice)."),
        # shorthand from discharge and self-care leaflets
        (
            "Dalteparin 5000 units s/c od for 28 days.",
            "Dalteparin five thousand units under the skin once a day for twenty-eight days.",
        ),
        ("Remember the rule of 4s.", "Remember the rule of fours."),
        ("A gain of 2 kg in a wk.", "A gain of two kilograms in a week."),
        ("A seizure of 5+ mins.", "A seizure of five minutes or more."),
        (
            "See www.trust.nhs.uk/hypos?src=leaflet",
            "See w w w dot trust dot n h s dot u k slash hypos question mark s r c equals leaflet",
        ),
        # a surgical ward's shorthand
        (
            "Walk PWB from POD 1, then FWB. Collect your TTOs.",
            "Walk partial weight bearing from day one after your operation, then full weight "
            "bearing. Collect your take-home medicines.",
        ),
        ("Call if you have a temp ≥ 38°C.", "Call if you have a temperature of at least "
         "thirty-eight degrees Celsius."),
        ("Use your reliever SOS (when needed).", "Use your reliever when needed."),
        # a blank in a rate: "L/min" had been left as it is written
        (
            "My best peak flow is ____ L/min.",
            "My best peak flow is (a space for the person treating you to fill in, in litres per "
            "minute).",
        ),
        # crisis lines: each was said as a number in the hundreds of thousands
        ("Call 0800 0 123 456.", "Call oh eight oh oh, oh, one two three, four five six."),
        ("Samaritans 116 123 (free).", "Samaritans one one six, one two three (free)."),
        (
            "Papyrus HOPELINE247, or text 88247.",
            "Papyrus HOPELINE two four seven, or text eight eight two four seven.",
        ),
        ("The Haven, 14 Mill St. Phone us.", "The Haven, fourteen Mill Street. Phone us."),
        ("Open 9am–5pm (excl. bank hols).", "Open nine in the morning to five in the afternoon "
         "(excluding bank holidays)."),
        # a sign shown after its name is not said again: it was "A tick (your pharmacist marks
        # which) means ..." ("(tick)" read as a form's note to staff)
        ("A tick (✓) means take the medicine at that time.",
         "A tick means take the medicine at that time."),
        ("Ticks (✔) show your doses; a cross (✗) a day off.",
         "Ticks show your doses; a cross a day off."),
        # an abbreviation the leaflet explains is said as written, then its meaning: it was "you
        # are nil by mouth, which means nil, by mouth"
        ("From midnight you are NBM, which means nil by mouth.",
         "From midnight you are N B M, which means nil, by mouth."),
        # a dose or a count whose figures are a service number's is a measure, never a number
        # to ring: "Take 112 mg" had been "one one two mg", "999mg" "nine nine ninemg"
        ("Take 112 mg of iron a day.", "Take one hundred and twelve milligrams of iron a day."),
        ("Do not take more than 999mg.", "Do not take more than nine hundred and ninety-nine "
         "milligrams."),
        ("Give 111 ml over an hour.", "Give one hundred and eleven millilitres over an hour."),
        ("You have 111 tablets left.", "You have one hundred and eleven tablets left."),
        ("Call 111 if you feel unwell.", "Call one one one if you feel unwell."),
        ("If you cannot get through, call 999 straight away.",
         "If you cannot get through, call nine nine nine straight away."),
    ],
)
def test_normalisation_rules(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # 24-hour times written with a full stop and no word leading to them were decimals
        # ("eight point zero zero"): a dose time or an arrival time lost
        (
            "Take tablets: 08.00, 14.00, 22.00.",
            "Take tablets: eight in the morning, two in the afternoon, ten in the evening.",
        ),
        (
            "Morning list: arrive 07.00. Afternoon list: arrive 11.30.",
            "Morning list: arrive seven in the morning. Afternoon list: arrive eleven thirty in "
            "the morning.",
        ),
        (
            "Visiting times: 14.00-16.00 daily.",
            "Visiting times: two to four in the afternoon daily.",
        ),
        ("We are open 07.30 - 18.00.", "We are open seven thirty in the morning to six in the "
         "evening."),
        ("It weighs 12.50 kg.", "It weighs twelve point five zero kilograms."),
        # ... and a morning's time with no nought before a list going on to the afternoon's:
        # "8.30 and 20.30" had been "eight point three zero and eight thirty in the evening"
        ("Take 1 tablet 8.30 and 20.30 with food.",
         "Take one tablet eight thirty in the morning and eight thirty in the evening with food."),
        ("Doses: 6.00, 12.00 & 18.00.",
         "Doses: six in the morning, twelve noon and six in the evening."),
        ("Take 1 tablet 8:30 and 20:30.",
         "Take one tablet eight thirty in the morning and eight thirty in the evening."),
        # (not a level's values, nor "or" between two values)
        ("Your INR results were 2.50, 3.10 and 13.50.",
         "Your I N R results were two point five zero, three point one zero and thirteen point "
         "five zero."),
        ("Keep your blood sugar 4.00 and 15.00 mmol/L.",
         "Keep your blood sugar four point zero zero and fifteen point zero zero millimoles per "
         "litre."),
        # ... but times where a word leads to them after the level is named
        ("Your INR test is at 9.00, 11.00 and 14.00.",
         "Your I N R test is at nine in the morning, eleven in the morning and two in the "
         "afternoon."),
        # four figures and "hrs": "seven hundred and thirty hours", "eight hundred and two
        # thousand"
        ("Please arrive at 0730 hrs.", "Please arrive at seven thirty in the morning."),
        ("Your operation will be after 1300hrs.",
         "Your operation will be after one in the afternoon."),
        ("Take at 0800 and 2000.", "Take at eight in the morning and eight in the evening."),
        ("Arrive at 07.30hrs.", "Arrive at seven thirty in the morning."),
        ("Arrive at 13:30hrs.", "Arrive at one thirty in the afternoon."),
        ("It lasts over 1000 hours.", "It lasts over one thousand hours."),
        # dates written with full stops or dashes, or a two-figure year
        ("Your operation date: 12.03.2026.",
         "Your operation date: the twelfth of March twenty twenty-six."),
        ("Come on 05-03-2026 at 14.15.",
         "Come on the fifth of March twenty twenty-six at two fifteen in the afternoon."),
        # a two-figure year is said as written: its century is the reader's to know
        ("Come on 12/03/26.", "Come on the twelfth of March twenty-six."),
        ("Born 02/11/58.", "Born the second of November fifty-eight."),
        ("Born 02/11/05.", "Born the second of November oh five."),
        # an extension after a space, a mobile after "text ... to", the last figures of a second
        # number: each was said as a count in the thousands
        ("Switchboard: 0116 258 5000 x 6102.",
         "Switchboard: oh one one six, two five eight, five oh oh oh, extension six one oh two."),
        ("Text your result and name to 07700 900987.",
         "Text your result and name to oh seven seven oh oh, nine oh oh, nine eight seven."),
        ("SMS 07860 123456.", "S M S oh seven eight six oh, one two three, four five six."),
        ("Ring 0116 258 6100 or 6101.",
         "Ring oh one one six, two five eight, six one oh oh, or six one oh one."),
        ("Tel: 0116 258 4815 / 4816 / 4817",
         "Telephone: oh one one six, two five eight, four eight one five, or four eight one six, "
         "or four eight one seven"),
        # a five-figure area code and pairs: "one thousand nine hundred and four sixty-three"
        ("Call 01904 63 13 13.", "Call oh one nine oh four, six three, one three, one three."),
        ("Samaritans: 08457 90 90 90.", "Samaritans: oh eight four five seven, nine oh, nine oh, "
         "nine oh."),
        # days in a slashed list are all of them: "Monday and Wednesday or Friday"
        ("Take 3mg Mon/Wed/Fri and 4mg Tue/Thu/Sat/Sun.",
         "Take three milligrams Monday, Wednesday and Friday and four milligrams Tuesday, "
         "Thursday, Saturday and Sunday."),
        # a written half in a range: "one/two, one tablet"
        ("Take an extra 1/2 - 1 tablet that day.", "Take an extra half to one tablet that day."),
        # ... with "to" or "or": "one/two to one tablet", "a half or one tablet" had been said
        ("If you are still in pain, take 1/2 to 1 tablet more.",
         "If you are still in pain, take half to one tablet more."),
        ("Give ½ or 1 teaspoon at bedtime.", "Give half or one teaspoon at bedtime."),
        ("The clinic is closed 1/2 to 3/2.",
         "The clinic is closed the first of February to the third of February."),
        # ... and a half written as a decimal before a count of tablets: "Take 0.5-1 tablet" had
        # been "zero point five to one tablet"; a dose in milligrams keeps its point
        ("If you still cannot sleep, take 0.5-1 tablet at bedtime.",
         "If you still cannot sleep, take half to one tablet at bedtime."),
        ("Take 0.5 to 1 tablet, then 1.5 tablets from day 3.",
         "Take half to one tablet, then one and a half tablets from day three."),
        ("Dissolve 0.5 sachet in half a glass of water.",
         "Dissolve half a sachet in half a glass of water."),
        ("Take 0.5-1mg at night, as 1-2 tablets.",
         "Take zero point five to one milligram at night, as one to two tablets."),
        # (a range's end after another decimal keeps its point, as its start does: never
        # "zero point two five-half a tablet")
        ("Take 0.25-0.5 tablet.", "Take zero point two five to zero point five tablet."),
        # a range opening with a quarter or a third names what it is of: "a quarter to one
        # tablet" is heard as the time of day, "a quarter-a half tablet" had no "to"
        ("Take ¼-1 tablet at night.", "Take a quarter of a tablet to one tablet at night."),
        ("Take 1/4 to 1 tablet.", "Take a quarter of a tablet to one tablet."),
        ("Give ¼ or 1 teaspoon.", "Give a quarter of a teaspoon or one teaspoon."),
        ("Take ¼-½ a tablet.", "Take a quarter of a tablet to half a tablet."),
        ("Take 1/3-2/3 of a cup.", "Take a third of a cup to two thirds of a cup."),
        ("Use 1/4-1/2 tablet.", "Use a quarter of a tablet to half a tablet."),
        # (a range of dates written with a dash stays dates: "half to three/two" had been said)
        ("The clinic is closed 1/2-3/2.",
         "The clinic is closed the first of February to the third of February."),
        # a range whose ends are in different units: "five hundred milligrams-one gram"
        ("Take 500mg-1g every 4-6 hours.",
         "Take five hundred milligrams to one gram every four to six hours."),
        # a blood pressure reading however "blood pressure" is capitalised, and where a reading
        # is all it can be ("one hundred and sixty/one hundred")
        ("Blood pressure over 160/100 on the day.", "Blood pressure over one hundred and sixty "
         "over one hundred on the day."),
        ("If your reading is 160/100 or more, call us.",
         "If your reading is one hundred and sixty over one hundred or more, call us."),
        ("Score it 8/10.", "Score it eight out of ten."),
        # sets of repetitions: "Do three ten reps"
        ("Do 3 x 10 reps.", "Do three sets of ten reps."),
        # an hour written short with no figure before it: "aitch ar"
        ("Do this every hr while you are awake.", "Do this every hour while you are awake."),
        ("Drink 200ml of water per hr.", "Drink two hundred millilitres of water per hour."),
        ("Press for 1½ hrs.", "Press for one and a half hours."),
        # a bleep or pager is dialled, not counted
        ("Ask for bleep 3156.", "Ask for bleep three one five six."),
        ("Ring and ask for pager 2231.", "Ring and ask for pager two two three one."),
        # a temperature's "or more"
        ("Call us with a temperature of 39C+.",
         "Call us with a temperature of thirty-nine degrees Celsius or more."),
        # the Greek letter mu typed for the micro sign
        ("Take 5 \u03bcg a day.", "Take five micrograms a day."),
        # pence under ten: "thirty-two pounds five"
        ("It costs £32.05.", "It costs thirty-two pounds and five pence."),
        # an NHS number that ends its sentence: "nine hundred and forty-three thousand ..."
        ("Your NHS number is 943 476 5919.",
         "Your N H S number is nine four three, four seven six, five nine one nine."),
        # "c." for about
        ("It takes c. 30 mins.", "It takes about thirty minutes."),
        # a month before its day, as American dates are written
        ("Your clinic is on Monday, March 3rd.", "Your clinic is on Monday, the third of March."),
        ("Come on March 3, 2026.", "Come on the third of March twenty twenty-six."),
        # seven figures after the area code, in a three and a four
        ("Call 0116 2585000.", "Call oh one one six, two five eight, five oh oh oh."),
        # an instruction's word in capitals for emphasis is the word ("Do not L I E flat",
        # "Keep the wound D R Y"); an abbreviation stays spelt
        ("Do not LIE flat for 4 hours.", "Do not lie flat for four hours."),
        ("Keep the wound DRY.", "Keep the wound dry."),
        ("Do not RUB the injection site.", "Do not rub the injection site."),
        ("Never HEAT the wheat bag in an oven.", "Never heat the wheat bag in an oven."),
        ("Do not see your GP.", "Do not see your G P."),
        ("Do not have an ECG.", "Do not have an E C G."),
        # ... two capitals a word only as a short word of English's: "iv" and "id" had been
        # said as words, the numeral and the name
        ("Keep your IV line dry.", "Keep your I V line dry."),
        ("KEEP YOUR ID BAND ON", "keep your I D band on"),
        ("Keep it UP.", "Keep it up."),
        # an emergency bracelet, not a prescription's "when needed"; LA is local anaesthetic
        ("Wear an SOS bracelet.", "Wear an S O S bracelet."),
        ("It is done under LA, so you will be awake.", "It is done under L A, so you will be "
         "awake."),
        ("You will be NBM from midnight.", "You will be nil by mouth from midnight."),
        ("Ms Patel will see you.", "Miz Patel will see you."),
        # a vitamin's number ran into its dose: "D310 micrograms"
        ("Take vitamin D3 10 micrograms a day.", "Take vitamin D three, ten micrograms a day."),
        # ... and a test's name with a letter after its figure: "H b A one c forty-eight" was
        # heard as one code, "HPO1C48"
        ("Your HbA1c 48 is in the target range.",
         "Your H b A one c, forty-eight is in the target range."),
        ("Your HbA1c is 48.", "Your H b A one c is forty-eight."),
        # ... and a brand's number, or a medicine's strengths, before the dose: "Humalog Mix25 16
        # units" had been "Mix twenty-five sixteen units", "Sinemet 25/100 2 tablets" "one
        # hundred two tablets"
        ("Humalog Mix25 16 units before breakfast.",
         "Humalog Mix twenty-five, sixteen units before breakfast."),
        ("Humalog Mix 50 12 units with your evening meal.",
         "Humalog Mix fifty, twelve units with your evening meal."),
        ("NovoMix 30 20 units at teatime.", "NovoMix thirty, twenty units at teatime."),
        ("Take Sinemet 25/100 2 tablets at 8am.",
         "Take Sinemet twenty-five slash one hundred, two tablets at eight in the morning."),
        ("Co-careldopa 12.5/50 1 tablet at night.",
         "Co-careldopa twelve point five slash fifty, one tablet at night."),
        ("Your temp is 38C.", "Your temp is thirty-eight degrees Celsius."),
        # 24-hour times with no colon after a word leading to a time were counts: "until one
        # thousand one hundred and thirty"
        ("You may drink clear fluids until 1130.",
         "You may drink clear fluids until eleven thirty in the morning."),
        ("The clinic runs from 0800 to 1130.",
         "The clinic runs from eight to eleven thirty in the morning."),
        ("Do not eat after 1830.", "Do not eat after six thirty in the evening."),
        ("Please arrive by 1315 on the day.", "Please arrive by one fifteen in the afternoon on "
         "the day."),
        ("Do not eat after 2000 the night before.",
         "Do not eat after eight o'clock the night before."),
        ("Drink water from 0600 until 2000.",
         "Drink water from six in the morning until eight in the evening."),
        # ... never a count, a dose, an extension or a year
        ("Take 1000 mg of paracetamol.", "Take one thousand milligrams of paracetamol."),
        ("From 1000 to 1500 steps a day is a good start.",
         "From one thousand to one thousand five hundred steps a day is a good start."),
        ("Call extension 1130 for the ward.", "Call extension one one three oh, for the ward."),
        ("It has been used since 2015 and will be reviewed by 2027.",
         "It has been used since twenty fifteen and will be reviewed by twenty twenty-seven."),
        ("Born before 1950 or after 1960.", "Born before nineteen fifty or after nineteen sixty."),
        # an admission time in a fasting leaflet's heading, midnight as 2400, a bedtime
        ("Morning list (admission 0730)", "Morning list (admission seven thirty in the morning)"),
        ("Afternoon list (admission 1130)",
         "Afternoon list (admission eleven thirty in the morning)"),
        ("Take it the same day if you remember before 2400.",
         "Take it the same day if you remember before midnight."),
        ("Check it at bedtime (about 2200).",
         "Check it at bedtime (about ten in the evening)."),
        ("You walk about 2200 steps a day.", "You walk about two thousand two hundred steps a "
         "day."),
        ("It costs about 1200 pounds.", "It costs about one thousand two hundred pounds."),
        # a phone number after "at" or "from" had been said as a time and counts: "at one
        # sixteen in the morning two hundred and fifty-eight five thousand ..."
        ("Call us at 0116 258 5555 between 0900 and 1700.",
         "Call us at oh one one six, two five eight, five five five five between nine in the "
         "morning and five in the afternoon."),
        ("Ring from 0300 123 4567.", "Ring from oh three oh oh, one two three, four five six "
         "seven."),
        # a time after "later than" had been a count: "one thousand four hundred"
        ("Take your second dose no later than 1400.",
         "Take your second dose no later than two in the afternoon."),
        ("Do not have a drink any earlier than 0600.",
         "Do not have a drink any earlier than six in the morning."),
        # a range from a year's figures to a time is of times: "from two thousand to six
        # hundred", "between two thousand and two thousand two hundred"
        ("Your feed runs from 2000 to 0600.",
         "Your feed runs from eight in the evening to six in the morning."),
        ("Take it between 1400 and 1600 and again between 2000 and 2200.",
         "Take it between two and four in the afternoon and again between eight and ten in the "
         "evening."),
        ("From 2000 to 2200 steps a day is enough.",
         "From two thousand to two thousand two hundred steps a day is enough."),
        # a range after "between" written with a dash is "between ... and ...", in each half
        # of the day ("between nine in the morning to five in the afternoon" had been said)
        ("Call us between 9am-5pm, Monday to Friday.",
         "Call us between nine in the morning and five in the afternoon, Monday to Friday."),
        ("Do not eat between 10pm–6am.",
         "Do not eat between ten in the evening and six in the morning."),
        ("Between 09:00–17:00 call the ward.",
         "Between nine in the morning and five in the afternoon call the ward."),
        ("Ring between 8.30am - 12.30pm.",
         "Ring between eight thirty in the morning and twelve thirty in the afternoon."),
        ("Visiting is from 2pm-8pm.", "Visiting is from two in the afternoon to eight in the "
         "evening."),
        # a date with a two-figure year, written with full stops or hyphens after words that
        # lead to a date, is one: "three point zero four.25" and "three to four to twenty-five"
        # had been said
        ("Please come back to the clinic on 03.04.25 at 9am.",
         "Please come back to the clinic on the third of April twenty-five at nine in the "
         "morning."),
        ("Your next blood test is on Tues 14-10-25.",
         "Your next blood test is on Tuesday the fourteenth of October twenty-five."),
        ("Date of birth: 12.03.78", "Date of birth: the twelfth of March seventy-eight"),
        # a price for each hour, night or week: "two pounds fifty/hour", "forty-five pounds or
        # night" had been said
        ("Parking: £2.50/hr", "Parking: two pounds fifty an hour"),
        ("A room at the hotel costs £45/night and parking £20/week.",
         "A room at the hotel costs forty-five pounds a night and parking twenty pounds a week."),
        ("The permit is £12/month or 50p/hr.",
         "The permit is twelve pounds a month or fifty pence an hour."),
        # a score or rating out of a number other than ten: "three/five" had been said
        ("Your score is 3/5.", "Your score is three out of five."),
        ("Score your pain 3/5 or more.", "Score your pain three out of five or more."),
        ("If you scored 12/20 or less, see your GP.",
         "If you scored twelve out of twenty or less, see your G P."),
        # ... while a part of a dose in such a sentence is a part
        ("If your pain score is high, take 1/2 or 3/4 of a tablet.",
         "If your pain score is high, take a half or three quarters of a tablet."),
        # ... and a slash with a space each side read as one without: "three / five" had been
        # said, and "1 / 2 a tablet" "one / two a tablet"
        ("Your Oxford hip score is 3 / 5 for pain.",
         "Your Oxford hip score is three out of five for pain."),
        ("On a bad day take 1 / 2 a tablet; rate your pain 7 / 10 in the diary.",
         "On a bad day take half a tablet; rate your pain seven out of ten in the diary."),
        ("Call 0116 258 3512 / 3513 in office hours.",
         "Call oh one one six, two five eight, three five one two, or three five one three in "
         "office hours."),
        # a day's name before a date with no month has "the", as one with a month has: "on
        # Thursday sixteenth" had been said, and "Saturday the seventh of June"
        ("The drop-in clinic is on Thurs 16th.", "The drop-in clinic is on Thursday the "
         "sixteenth."),
        ("Your next dressing change is on Monday 3rd or Fri 7th.",
         "Your next dressing change is on Monday the third or Friday the seventh."),
        # packs of so many days or tablets: "two times twenty-eight day packs" had been said, a
        # count heard as a dose
        ("You will get 2 x 28 day packs of tablets from the pharmacy.",
         "You will get two packs of twenty-eight days of tablets from the pharmacy."),
        ("You will be given 3 x 7-tablet packs to take home.",
         "You will be given three packs of seven tablets to take home."),
        # ... and with no "x": "two twenty-eight-day packs" had been said, heard as 228
        ("The pharmacy will give you two 28-day packs of tablets.",
         "The pharmacy will give you two packs of twenty-eight days of tablets."),
        ("Bring 2 28 day packs and one 7-tablet pack to clinic.",
         "Bring two packs of twenty-eight days and one pack of seven tablets to clinic."),
        # ... one pack alone is heard as one: left as written
        ("Start a new 28-day pack the next day.", "Start a new twenty-eight-day pack the next "
         "day."),
        # a range of ordinals had been "second-third", the dash unsaid
        ("You may have your 2nd-3rd dose at home.",
         "You may have your second to third dose at home."),
        ("Take the tablets on the 21st – 28th day of your cycle.",
         "Take the tablets on the twenty-first to twenty-eighth day of your cycle."),
        # ... and of dates ("the twenty-fourth-the twenty-sixth" before), a date's "the" said
        # once after the leaflet's own ("Open the the third of March")
        ("The clinic is closed on the 24th-26th December.",
         "The clinic is closed on the twenty-fourth to the twenty-sixth of December."),
        ("Your clinic opens again on the 3rd March.",
         "Your clinic opens again on the third of March."),
        ("Stop taking it by the 12/03/2026.",
         "Stop taking it by the twelfth of March twenty twenty-six."),
        # twelve o'clock in figures before the word naming it: "twelve noon midnight" (a fast's
        # end said as both), "one thousand two hundred midday", "midnight midnight"
        ("Stop eating at 12.00 midnight the night before.",
         "Stop eating at twelve midnight the night before."),
        ("Drink clear fluids until 1200 midday.", "Drink clear fluids until twelve midday."),
        ("Nil by mouth from 00:00 midnight.", "Nil, by mouth from twelve midnight."),
        # ... with "pm" or "am" too, or the word in brackets: "twelve noon midday" had been said
        ("Take your second dose at 12pm midday with food.",
         "Take your second dose at twelve midday with food."),
        ("You may drink water until 12 pm (noon).", "You may drink water until twelve noon."),
        ("Do not eat after 12am midnight.", "Do not eat after twelve midnight."),
    ],
)
def test_times_dates_and_numbers_a_patient_acts_on(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


def test_figures_with_full_stops_are_a_date_only_after_words_leading_to_one():
    """A section's number is no date, though it looks like one with a two-figure year."""
    said = SpeechNormaliser(load_pronunciations())("Read section 3.4.12 before your operation.")
    assert "April" not in said and said.startswith("Read section three point four"), said


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a date no word leads to, before the time it is at or on an appointment's details line:
        # "three point four point twenty-five" had been said, heard as a decimal
        ("Fracture clinic 3.4.25 at 9am in the plaster room.",
         "Fracture clinic the third of April twenty-five at nine in the morning in the plaster "
         "room."),
        ("Your scan 14.11.24, 10:30 in X-ray.",
         "Your scan the fourteenth of November twenty-four, ten thirty in the morning in X-ray."),
        ("Date of next appointment: 03.04.25",
         "Date of next appointment: the third of April twenty-five"),
        # ... else said as its figures are written, neither a date guessed nor a decimal
        ("Bring the letter dated as 3.4.25 to the clinic.",
         "Bring the letter dated as three, four, twenty-five to the clinic."),
        ("Clinic 03.04.25 is in the main building.",
         "Clinic oh three, oh four, twenty-five is in the main building."),
        # ... and a section's number, named so, keeps its points whatever follows it
        ("See section 4.1.25 at 9am before your visit.",
         "See section four point one point twenty-five at nine in the morning before your "
         "visit."),
    ],
)
def test_figures_with_full_stops_no_word_leads_to_are_a_date_only_where_a_time_or_label_says(
    written, spoken
):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # each part of a section's number is said with its point: "three point four.12" had been
        # said, a sentence's end in the middle of the number
        ("Read section 3.4.12 before your operation.",
         "Read section three point four point twelve before your operation."),
        ("The rules for driving are in paragraphs 2.1.3 and 2.1.4.",
         "The rules for driving are in paragraphs two point one point three and two point one "
         "point four."),
        ("2.3.1 Eating after your operation", "Two point three point one: Eating after your "
         "operation"),
        # a number of two parts is a decimal as before
        ("Your INR should be 2.5.", "Your I N R should be two point five."),
    ],
)
def test_a_section_number_of_several_parts_says_each_part(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a range's second year had been "two thousand and twenty-four", a year before 1950 a
        # count, a year in brackets or opening a sentence "two thousand and ..."
        ("This card is valid from 2020 to 2024.",
         "This card is valid from twenty twenty to twenty twenty-four."),
        ("Screening has been offered to women born after 1945.",
         "Screening has been offered to women born after nineteen forty-five."),
        ("You may be able to drive again (2019 rules) if your fits are controlled.",
         "You may be able to drive again (twenty nineteen rules) if your fits are controlled."),
        ("2020 was the year the clinic moved to the new building.",
         "Twenty twenty was the year the clinic moved to the new building."),
        ("Between 2018 and 2022 the waiting list halved.",
         "Between twenty eighteen and twenty twenty-two the waiting list halved."),
        ("Follow the 2023 guidelines from your diabetes team.",
         "Follow the twenty twenty-three guidelines from your diabetes team."),
        ("You are detained under the Mental Health Act 1983.",
         "You are detained under the Mental Health Act nineteen eighty-three."),
        ("The Equality Act 2010 protects you.", "The Equality Act twenty ten protects you."),
        ("It was first used in 1900.", "It was first used in nineteen hundred."),
        ("This edition: valid 2024-2027.", "This edition: valid twenty twenty-four to twenty "
         "twenty-seven."),
        # 2000 to 2009 as British speech says them
        ("The rules changed in 2009.", "The rules changed in two thousand and nine."),
        # ... and counts stay counts, wherever they are
        ("Walk 2000 steps a day.", "Walk two thousand steps a day."),
        ("Drink 1500 ml of fluid a day.",
         "Drink one thousand five hundred millilitres of fluid a day."),
        ("We saw 2024 patients last year.",
         "We saw two thousand and twenty-four patients last year."),
        ("Aim for a total of 1950 calories a day.",
         "Aim for a total of one thousand nine hundred and fifty calories a day."),
        ("Build up from 1950 to 2500 steps a day.",
         "Build up from one thousand nine hundred and fifty to two thousand five hundred steps "
         "a day."),
        ("Between 1900 and 2000 calories a day is enough.",
         "Between one thousand nine hundred and two thousand calories a day is enough."),
        ("2000 steps a day is a good start.", "Two thousand steps a day is a good start."),
        ("Aim for 1950-1980 calories.", "Aim for one thousand nine hundred and fifty to one "
         "thousand nine hundred and eighty calories."),
    ],
)
def test_a_year_is_said_as_a_year_wherever_it_is(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # both times in the afternoon: "between two in the afternoon and four in the afternoon"
        ("Please phone between 1400 and 1600.",
         "Please phone between two and four in the afternoon."),
        ("The drop-in clinic runs between 2pm and 4.30pm.",
         "The drop-in clinic runs between two and four thirty in the afternoon."),
        ("Ring the ward from 8pm until 10pm.", "Ring the ward from eight until ten in the "
         "evening."),
        ("Visit from 14:00 till 16:00 on weekdays.",
         "Visit from two till four in the afternoon on weekdays."),
        # ... each said where they differ, or where two times are a list, not a range
        ("Please phone between 0900 and 1700.",
         "Please phone between nine in the morning and five in the afternoon."),
        ("Take your tablets at 0800 and 1100.",
         "Take your tablets at eight in the morning and eleven in the morning."),
        # a range opening on five or ten keeps its "o'clock": "ten to eleven in the morning" and
        # "five to eight in the evening" were heard as one time, ten to eleven, five to eight
        ("The walk-in clinic is open 10am-11am on Saturdays.",
         "The walk-in clinic is open ten o'clock to eleven in the morning on Saturdays."),
        ("Visiting hours: 5-8pm every day.",
         "Visiting hours: five o'clock to eight in the evening every day."),
        ("Blood tests: Mon-Fri 9-5, Sat 10-1.",
         "Blood tests: Monday to Friday nine to five, Saturday ten o'clock to one."),
        ("The phone line is staffed from 10:00 until 11:30.",
         "The phone line is staffed from ten o'clock until eleven thirty in the morning."),
        # ... not after "between", nor where the first time has its minutes
        ("Call between 10am and 11am.", "Call between ten and eleven in the morning."),
        ("Come in at 10.30-11am.", "Come in at ten thirty to eleven in the morning."),
        # ... and a range of hours written with "to", or after "from" in a sentence about hours:
        # "Open 10 to 1" and "from 10 to 1pm" were "ten to one", ten minutes to one; "Visiting is
        # from 10-1 daily" was "from ten, one"
        ("The pharmacy is open 10 to 1 on Saturdays.",
         "The pharmacy is open ten o'clock to one on Saturdays."),
        ("The plaster room is open from 10 to 1pm on Saturdays.",
         "The plaster room is open from ten o'clock to one in the afternoon on Saturdays."),
        ("Visiting is from 10-1 daily.", "Visiting is from ten o'clock to one, daily."),
        ("Visiting times are 10 to 12 and 5 to 8.",
         "Visiting times are ten o'clock to twelve and five o'clock to eight."),
        ("Opening hours: Monday to Friday, 10 to 4.",
         "Opening hours: Monday to Friday, ten o'clock to four."),
        ("Phone 10-1, Monday to Friday.", "Phone ten o'clock to one, Monday to Friday."),
        # ... never a count, a dose, nor one time after "at"
        ("Take 1 to 2 tablets every 4 to 6 hours.",
         "Take one to two tablets every four to six hours."),
        ("Keep the dressing on from 10 to 14 days.",
         "Keep the dressing on from ten to fourteen days."),
        ("Monday 10 to 12 reps of each exercise.",
         "Monday ten to twelve reps of each exercise."),
        ("At the clinic your dose will go from 10 to 5.",
         "At the clinic your dose will go from ten to five."),
        ("Please arrive at 10 to 2.", "Please arrive at ten to two."),
        ("Ring 5-10 times before you hang up.", "Ring five to ten times before you hang up."),
    ],
)
def test_a_range_of_times_in_one_part_of_the_day_says_it_once(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a part of the day the sentence says was said twice: "six thirty in the evening the
        # evening before", "seven in the morning in the morning"
        ("Do not eat anything after 1830 the evening before your operation.",
         "Do not eat anything after six thirty the evening before your operation."),
        ("Take your first dose at 0700 in the morning.",
         "Take your first dose at seven o'clock in the morning."),
        ("Use the drops at 22:00 at night.", "Use the drops at ten o'clock at night."),
        ("Take two sachets at 8pm tonight.", "Take two sachets at eight o'clock tonight."),
        ("Drink the second litre at 1930 in the evening.",
         "Drink the second litre at seven thirty in the evening."),
        ("Stop eating at 2am at night.", "Stop eating at two o'clock at night."),
        ("Stop eating at 0200 on the morning of your operation.",
         "Stop eating at two o'clock on the morning of your operation."),
        ("Put the drops in at 6pm in the evenings.",
         "Put the drops in at six o'clock in the evenings."),
        # ... a part of the day that is not the time's is no repeat: both are said
        ("Take it at 2000 in the morning.",
         "Take it at eight in the evening in the morning."),
        # ... nor one said further on
        ("Take one at 0800 and another in the evening.",
         "Take one at eight in the morning and another in the evening."),
    ],
)
def test_a_time_does_not_add_the_part_of_the_day_its_sentence_says(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a day and month after the day's name are a date: "Tues 1/4" had been "Tuesday
        # quarter", "Tues 4/3" "Tuesday four/three"
        ("Your clinic dates: Tues 4/3, Tues 1/4 and Tues 29/4.",
         "Your clinic dates: Tuesday the fourth of March, Tuesday the first of April and "
         "Tuesday the twenty-ninth of April."),
        ("Next injection: Monday 2/6.", "Next injection: Monday the second of June."),
        ("Your scan is on Fri, 12/9 at 10am.",
         "Your scan is on Friday the twelfth of September at ten in the morning."),
        # a fraction before "and" is no "a": "1/4 and" had been "quarter and"
        ("Cut the tablet into 1/4 and take one piece.",
         "Cut the tablet into a quarter and take one piece."),
        ("Take 1/2 a tablet.", "Take half a tablet."),
        # ... and no day's name, no date: a score, a fraction
        ("Rate your pain 4/10.", "Rate your pain four out of ten."),
        # a short name's full stop before its date or hours ends no sentence: "Monday. third"
        # and "Thursday. sixteenth" had been said, the date cut off its day
        ("Drop-in clinics run on Mon. 3rd and Weds. 5th March.",
         "Drop-in clinics run on Monday the third and Wednesday the fifth of March."),
        ("Your stitches come out on Thurs. 16th, at your GP surgery.",
         "Your stitches come out on Thursday the sixteenth, at your G P surgery."),
        ("Clinic: Tues. 2pm-4pm.", "Clinic: Tuesday two to four in the afternoon."),
        # ... a full stop before a sentence is kept
        ("Clinic day: Tues. Bring your yellow book.",
         "Clinic day: Tuesday. Bring your yellow book."),
        # ... and before a figure that is no date nor time ("Sun five people", "Tuesday three
        # nurses" had run the two sentences together)
        ("The unit is closed on Sun. 5 people may be waiting on Monday.",
         "The unit is closed on Sun. Five people may be waiting on Monday."),
        ("The clinic is held on Tues. 3 nurses run it.",
         "The clinic is held on Tuesday. Three nurses run it."),
    ],
)
def test_a_day_and_month_after_a_days_name_are_a_date(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a day and month with no nought had been two numbers and an unsaid slash: "Do not eat
        # after midnight on twenty-four/twelve", "closed twenty-five/twelve to one/one"
        ("Do not eat anything after midnight on 24/12.",
         "Do not eat anything after midnight on the twenty-fourth of December."),
        ("The pre-assessment clinic is closed 25/12 to 1/1.",
         "The pre-assessment clinic is closed the twenty-fifth of December to the first of "
         "January."),
        ("Closed 25/12-1/1 inclusive.",
         "Closed the twenty-fifth of December to the first of January inclusive."),
        ("Stop your warfarin on 5/3, five days before your operation.",
         "Stop your warfarin on the fifth of March, five days before your operation."),
        ("Bring your sample in from 2/9.", "Bring your sample in from the second of September."),
        ("We are closed on 25/12 and 26/12.",
         "We are closed on the twenty-fifth of December and the twenty-sixth of December."),
        ("Date: 3/4", "Date: the third of April"),
        # ... a fraction is still a fraction, after "on" or in a range
        ("Take 1/2 a tablet on 14/2.", "Take half a tablet on the fourteenth of February."),
        ("Start on 1/2 a tablet each morning.", "Start on half a tablet each morning."),
        ("Increase from 1/4 to 1/2 a teaspoon.", "Increase from a quarter to half a teaspoon."),
        ("Fill the cup 3/4 full.", "Fill the cup three quarters full."),
        # ... and where nothing around it says date, it is left as written: a vision score, a
        # course of days, a week's parts, a day no month has
        ("Your vision should be 6/6.", "Your vision should be six/six."),
        ("Take the antibiotics for 14/7.", "Take the antibiotics for fourteen/seven."),
        ("Weeks 1/2", "Weeks one and two"),
        ("Open 24/7.", "Open twenty-four seven."),
        ("Review date: 31/2.", "Review date: thirty-one/two."),
        # a slash between counts of times is "or": "3/4 times a day" had been "three quarters
        # times a day"
        ("Take 2 tablets 3/4 times a day.", "Take two tablets three or four times a day."),
    ],
)
def test_a_day_and_month_is_said_as_a_date_where_nothing_else_fits(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a range of two clock figures in a sentence about hours had been counts ("one thousand
        # four hundred to two thousand") or years ("between nineteen thirty and two thousand")
        ("Visiting hours are 1400 to 2000.",
         "Visiting hours are two in the afternoon to eight in the evening."),
        ("Between 1930 and 2000 you can visit.",
         "Between seven thirty and eight in the evening you can visit."),
        ("The clinic is open 0830 to 1630 Monday to Friday.",
         "The clinic is open eight thirty in the morning to four thirty in the afternoon Monday "
         "to Friday."),
        ("The phone line is staffed 0900 until 1700.",
         "The phone line is staffed nine in the morning until five in the afternoon."),
        ("Protected mealtimes: 1200 to 1300 and 1700 to 1800.",
         "Protected mealtimes: twelve noon to one in the afternoon and five in the afternoon to "
         "six in the evening."),
        # a column's time in brackets after its part of the day: "Morning (0800)" had been
        # "Morning (eight hundred)", "Evening (2000)" "(two thousand)"
        ("Morning (0800)", "Morning (eight o'clock)"),
        ("Evening (2000): 5mg", "Evening (eight o'clock): five milligrams"),
        ("Bedtime (2230)", "Bedtime (ten thirty in the evening)"),
        ("Evening (2019 data)", "Evening (twenty nineteen data)"),
        # ... years and counts stay as they are, even in a sentence about visiting or a clinic
        ("Visiting was restricted from 2020 to 2022.",
         "Visiting was restricted from twenty twenty to twenty twenty-two."),
        ("The clinic was rebuilt in 2010 and 2015.",
         "The clinic was rebuilt in twenty ten and twenty fifteen."),
        ("Valid from 2019 to 2024.", "Valid from twenty nineteen to twenty twenty-four."),
        ("Walk 1500 to 2000 steps a day, even on clinic days.",
         "Walk one thousand five hundred to two thousand steps a day, even on clinic days."),
        ("Eat 2000 to 2500 calories a day.",
         "Eat two thousand to two thousand five hundred calories a day."),
        ("The clinic sees 1200 to 1500 patients a year.",
         "The clinic sees one thousand two hundred to one thousand five hundred patients a "
         "year."),
        # a part of the day after a range is the range's: "from 2000 to 0600 at night" had been
        # "... to six in the morning at night", and "overnight" had left both as counts
        ("Your feed runs from 2000 to 0600 at night.",
         "Your feed runs from eight o'clock at night to six in the morning."),
        ("Your feed runs from 2000 to 0600 overnight.",
         "Your feed runs from eight in the evening to six in the morning overnight."),
        ("Wear the splint from 2100 to 0700 at night.",
         "Wear the splint from nine o'clock at night to seven in the morning."),
        ("Run the pump from 2200 until 0600 in the morning.",
         "Run the pump from ten in the evening until six o'clock in the morning."),
        # ... and where the part names both times, both are said alike, the part once ("from
        # 10pm to 11pm at night" had been "from ten in the evening to eleven o'clock at night")
        ("Do not eat or drink from 10pm to 11pm at night.",
         "Do not eat or drink from ten o'clock to eleven o'clock at night."),
        ("Visiting is from 7pm to 8pm in the evening.",
         "Visiting is from seven o'clock to eight o'clock in the evening."),
        ("Take it from 6am to 8.30am in the morning.",
         "Take it from six o'clock to eight thirty in the morning."),
        ("The ward is quiet from 2200 to 2330 at night.",
         "The ward is quiet from ten o'clock to eleven thirty at night."),
        # (a time the part does not name keeps its own: 5pm is no time at night)
        ("Rest from 5pm to 11pm at night.",
         "Rest from five in the afternoon to eleven o'clock at night."),
    ],
)
def test_a_range_of_clock_figures_in_a_sentence_about_hours_is_of_times(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a medicines list's "OM" and "ON" (each morning, each night) had been "O M" and the
        # word "on": "Zopiclone three point seven five milligrams on as required"
        ("Amlodipine 5mg OM.", "Amlodipine five milligrams in the morning."),
        ("Zopiclone 3.75mg ON as required.",
         "Zopiclone three point seven five milligrams at night as required."),
        ("Take 2 tablets om with food.", "Take two tablets in the morning with food."),
        ("Take 10 mg on Monday.", "Take ten milligrams on Monday."),
        # a risk written as a ratio after "risk" or "chance" had been a time: "one fifty"
        ("Your risk is 1:50.", "Your risk is one in fifty."),
        ("There is a chance of 1:20 that it comes back.",
         "There is a chance of one in twenty that it comes back."),
        ("Come at 1:50 on Monday.", "Come at one fifty on Monday."),
        # a clinic's half day after its day's name had been the words "am" and "pm"
        ("Appointments: Tues & Thurs am.", "Appointments: Tuesday and Thursday morning."),
        ("Clinic: Wednesday pm.", "Clinic: Wednesday afternoon."),
        ("Phone line: Mon-Fri am only.", "Phone line: Monday to Friday morning only."),
    ],
)
def test_a_medicines_list_and_clinic_times_shorthand(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a prescription's "stat" (at once) had been the word "stat", and in capitals "S T A T"
        ("Morphine 10mg stat, then 5mg PRN.",
         "Morphine ten milligrams straight away, then five milligrams when needed."),
        ("Take 2 tablets STAT, then 1 BD.",
         "Take two tablets straight away, then one twice a day."),
        ("You will be given a stat dose of antibiotic on the ward.",
         "You will be given an immediate dose of antibiotic on the ward."),
        ("Your statin lowers cholesterol; the stats are in our status report.",
         "Your statin lowers cholesterol; the stats are in our status report."),
        ("Take 150ml of a sugary drink stat, then check again in 15 mins.",
         "Take one hundred and fifty millilitres of a sugary drink straight away, then check "
         "again in fifteen minutes."),
        ("Give glucose gel STAT.", "Give glucose gel straight away."),
        ("This stat is from our audit.", "This stat is from our audit."),
        # an insulin named by its brand is counted in units: "Lantus eighteen u at night"
        ("Long-acting: Lantus 18u nocte.", "Long-acting: Lantus eighteen units at night."),
        ("NovoRapid with meals: 6u breakfast, 8 U lunch.",
         "NovoRapid with meals: six units breakfast, eight units lunch."),
        ("Section 4u of the form.", "Section four u of the form."),
        # a combination medicine's two strengths with no unit are its parts', as "500mg/125mg"
        # is: "co-careldopa 25/100" had been "twenty-five/one hundred", heard as a fraction
        ("Co-careldopa 25/100, one tablet TDS.",
         "Co-careldopa twenty-five slash one hundred, one tablet three times a day."),
        ("Co-beneldopa 12.5/50 capsules.",
         "Co-beneldopa twelve point five slash fifty capsules."),
        # ... wherever they stand: ending a sentence they had been "twenty-five/one hundred",
        # the slash unsaid
        ("You have been given Co-careldopa 25/100.",
         "You have been given Co-careldopa twenty-five slash one hundred."),
        ("Your new tablet is co-amoxiclav 500/125. Take it with food.",
         "Your new tablet is co-amoxiclav five hundred slash one hundred and twenty-five. "
         "Take it with food."),
        ("Keep taking Co-beneldopa 12.5/50!", "Keep taking Co-beneldopa twelve point five "
         "slash fifty!"),
        # a lone frequency after its column or label had been spelt: "How often: B D"
        ("How often: BD", "How often: twice a day"),
        ("Frequency: OD.", "Frequency: once a day."),
        # an overdose is no dose a day: "overdose (OD)" had been "overdose (once a day)"
        ("If you take an overdose (OD), get help straight away.",
         "If you take an overdose (O D), get help straight away."),
        ("Call 999 if your child has taken an OD of paracetamol.",
         "Call nine nine nine if your child has taken an overdose of paracetamol."),
        ("Tell us about the OD of your tablets.", "Tell us about the overdose of your tablets."),
        ("Take your OD tablets with breakfast.", "Take your O D tablets with breakfast."),
        ("Take it twice daily (BD).", "Take it twice daily (twice a day)."),
        # after a cream or ointment, how often to put it on ("Apply cream bd" had been "bd");
        # "cream ON your skin" stays the word
        ("Apply the emollient cream bd to your hands.",
         "Apply the emollient cream twice a day to your hands."),
        ("Put the cream ON your skin, not in your eyes.",
         "Put the cream on your skin, not in your eyes."),
        # ... after a dose's strength in brackets, and a small "bd" or "od" anywhere after a
        # dose in its sentence ("(20mg) od", "(500mg) PO", "water bd" had been as written)
        ("Take 1 capsule (20mg) od before breakfast.",
         "Take one capsule (twenty milligrams) once a day before breakfast."),
        ("Take 1 tablet (500mg) PO tds.",
         "Take one tablet (five hundred milligrams) by mouth three times a day."),
        ("Take 1 sachet in 125ml water bd.",
         "Take one sachet in one hundred and twenty-five millilitres water twice a day."),
        ("Use 1-2 sprays in each nostril bd.",
         "Use one to two sprays in each nostril twice a day."),
        # (not with no dose before it: "bd" there is as written)
        ("Ask for a bd needle.", "Ask for a bd needle."),
        # "Max" is a name unless a figure follows: "Ask Max of the pharmacy team" had been
        # "Ask Maximum of ..."
        ("Ask Max of the pharmacy team.", "Ask Max of the pharmacy team."),
        ("Max in the pain team will ring you.", "Max in the pain team will ring you."),
        ("Max of 8 tablets in 24 hours.", "Maximum of eight tablets in twenty-four hours."),
        ("Paracetamol 1g QDS, max 4g in 24 hours.",
         "Paracetamol one gram four times a day, maximum four grams in twenty-four hours."),
        ("Max dose: 4g a day.", "Maximum dose: four grams a day."),
        # a range of how often had been "twice a day-three times a day", the dash unsaid, and
        # "OD-BD" after a tablet "once a day-B D"
        ("Ibuprofen 400mg BD-TDS with food.",
         "Ibuprofen four hundred milligrams twice a day to three times a day with food."),
        ("Take 1 tablet OD–BD as your GP says.",
         "Take one tablet once a day to twice a day as your G P says."),
        ("Use the cream b.d.-t.d.s.", "Use the cream twice a day to three times a day."),
        # every so many hours in a prescription's Latin had been "q four h"
        ("Paracetamol 1g q6h if needed, max 4g in 24 hours.",
         "Paracetamol one gram every six hours if needed, maximum four grams in twenty-four "
         "hours."),
        ("Use your blue inhaler q4-6h when you need to.",
         "Use your blue inhaler every four to six hours when you need to."),
        ("Answer Q4 on the form.", "Answer Q four on the form."),
        # the way a dose is given, after it: "ten milligrams I M" was heard "I am", and "four
        # hundred milligrams P O B D" lost how often to its letters
        ("Your nurse will give 10mg IM once a week.",
         "Your nurse will give ten milligrams into a muscle once a week."),
        # ... and where, after it, said once ("into a muscle into the thigh" before)
        ("Give 0.5ml IM into the thigh.",
         "Give zero point five millilitres into a muscle in the thigh."),
        ("Inject 40mg SC into your tummy each day.",
         "Inject forty milligrams under the skin of your tummy each day."),
        # ... and the way said in words after its letters or before them, said once: "Give 1g
        # IV into a vein" had been "into a vein into a vein", "by mouth (PO)" "by mouth (P O)"
        ("Your nurse will give 1g IV into a vein every 8 hours.",
         "Your nurse will give one gram into a vein every eight hours."),
        ("Inject 20mg SC under the skin of your thigh.",
         "Inject twenty milligrams under the skin of your thigh."),
        ("Take 400mg PO orally with food.", "Take four hundred milligrams orally with food."),
        ("The nurse gives it slowly into a muscle (IM) once a month.",
         "The nurse gives it slowly into a muscle once a month."),
        ("It is given as a drip (IV) over an hour.", "It is given as a drip (I V) over an hour."),
        ("Take 400mg PO BD with food.",
         "Take four hundred milligrams by mouth twice a day with food."),
        ("Give 5mg SC od in the evening.",
         "Give five milligrams under the skin once a day in the evening."),
        ("Your IV line stays in; post it to our PO Box.",
         "Your I V line stays in; post it to our P O Box."),
        # ... each of two ways the dose may be given: "Give 2mg IV/IM" had been "I V or I M"
        ("If the fit lasts, the paramedic may give 2mg IV/IM.",
         "If the fit lasts, the paramedic may give two milligrams into a vein or into a muscle."),
        ("Anti-sickness medicine: 4mg po/iv tds when needed.",
         "Anti-sickness medicine: four milligrams by mouth or into a vein three times a day when "
         "needed."),
        ("Give 2mg IV / IM if the fit lasts.",
         "Give two milligrams into a vein or into a muscle if the fit lasts."),
        # ... and a dose by one way or another is either, never both: "and" had been said
        ("If the fit lasts, give 10mg IV / 10mg IM.",
         "If the fit lasts, give ten milligrams into a vein, or ten milligrams into a muscle."),
        ("Give 2mg IV/2mg IM.", "Give two milligrams into a vein, or two milligrams into a "
         "muscle."),
        ("Your nurse will give 5mg SC or IM each week.",
         "Your nurse will give five milligrams under the skin or into a muscle each week."),
        # (a way not known keeps them all letters: none is said in words beside letters)
        ("Give 1g IV/PO/NG.", "Give one gram I V or P O or N G."),
        # ... after a dose per kilogram, and before the hours of a rate: "Give 2mg/kg IV" and
        # "1g IV/24h" had been "I V", "I V/twenty-four hours"
        ("Antibiotic: 50mg/kg IV once a day while you are on the ward.",
         "Antibiotic: fifty milligrams per kilogram into a vein once a day while you are on the "
         "ward."),
        ("Ceftriaxone 2g IV/24h for 5 days, then tablets.",
         "Ceftriaxone two grams into a vein in each twenty-four hours for five days, then "
         "tablets."),
        ("Gentamicin 5 mg/kg IV/24h.",
         "Gentamicin five milligrams per kilogram into a vein in each twenty-four hours."),
        ("Give 1g IV 8-hourly.", "Give one gram into a vein every eight hours."),
        # ... written as a nurse writes them: "s/c or IM" had been "under the skin or I M", a
        # small "im" after a dose "im", "i.v." as letters
        ("Your nurse will give 500mg s/c or IM each month.",
         "Your nurse will give five hundred milligrams under the skin or into a muscle each "
         "month."),
        ("Vitamin B12: 1mg im every 3 months.",
         "Vitamin B twelve: one milligram into a muscle every three months."),
        ("Give 1g i.v. at night.", "Give one gram into a vein at night."),
        ("Your nurse will give 40mg s.c. Then rest for ten minutes.",
         "Your nurse will give forty milligrams under the skin. Then rest for ten minutes."),
        # ... after sprays and tabs counted: "1-2 sprays SL" had been "S L", "2 tabs PO" "P O"
        ("GTN spray: use 1-2 sprays SL if you get chest pain.",
         "G T N spray: use one to two sprays under the tongue if you get chest pain."),
        ("Take 2 tabs PO tds after food.",
         "Take two tablets by mouth three times a day after food."),
        ("Give 1 suppository pr at night.",
         "Give one suppository into your back passage at night."),
        # ... and after how often: "12 units BD SC" had been "twice a day S C"
        ("Insulin: 12 units BD SC with meals.",
         "Insulin: twelve units twice a day under the skin with meals."),
        ("Give 10mg STAT IM.", "Give ten milligrams straight away into a muscle."),
        # ... "im" and "Im" elsewhere are words
        ("I'm told Dr Im will give him 10 mg IM.",
         "I'm told Doctor Im will give him ten milligrams into a muscle."),
        # a side written short before the part of the body: "the R eye" had been said as the
        # letter, "Lt hip" as written; "alt days" as written
        ("Put 1 drop in the R eye on alt days.",
         "Put one drop in the right eye on alternate days."),
        ("Lt hip exercises: lift your R leg (L leg straight).",
         "Left hip exercises: lift your right leg (left leg straight)."),
        ("Mr L Smith will see you in Bed R 12.", "Mr L Smith will see you in Bed R twelve."),
    ],
)
def test_prescribing_shorthand_is_said_in_words_only_where_it_is_shorthand(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "x 2" after a dose is two of that dose, taken together: "450 milligrams times two once a
        # day" left a listener to work out whether 450 or 900 was the dose
        ("Valganciclovir 450 mg x 2 once a day.",
         "Valganciclovir four hundred and fifty milligrams, two of them, once a day."),
        ("Take prednisolone 5mg x 6 each morning with breakfast.",
         "Take prednisolone five milligrams, six of them, each morning with breakfast."),
        ("Amoxicillin 500mg capsules x 2 TDS for 5 days.",
         "Amoxicillin two capsules, each of five hundred milligrams, three times a day for five "
         "days."),
        ("Levetiracetam 500mg x2 BD.",
         "Levetiracetam five hundred milligrams, two of them, twice a day."),
        ("Prednisolone 5 mg x 8 tablets in the morning.",
         "Prednisolone eight tablets, each of five milligrams, in the morning."),
        # ... as "2 x 450 mg tablets" already was
        ("Take 2 x 450 mg tablets once a day.",
         "Take two tablets, each of four hundred and fifty milligrams, once a day."),
        # ... before how many a day or a week, or the day to take them ("450 mg x 2 daily" and
        # "2.5 mg x 4 on Monday" had been "times two daily", "times four on Monday", a weekly
        # methotrexate dose heard as four doses)
        ("Valganciclovir 450 mg x 2 daily.",
         "Valganciclovir four hundred and fifty milligrams, two of them daily."),
        ("Take 5mg x 3 a day with food.", "Take five milligrams, three of them a day with food."),
        ("Take 2.5 mg x 4 on Monday.",
         "Take two point five milligrams, four of them, on Monday."),
        ("Take folic acid 5 mg x 1 every Friday.",
         "Take folic acid five milligrams, one of them, every Friday."),
        ("Alendronic acid 70 mg x 1 weekly.",
         "Alendronic acid seventy milligrams, one of them weekly."),
        # a count of times stays one: "x 3 daily" after a count of tablets, "x 5 days"
        ("Take 1 tablet x 3 daily.", "Take one tablet three times daily."),
        # ... and after a liquid measured out, which is no count of anything: "5 ml x 3 daily"
        # had been "five millilitres, three of them daily"
        ("Give your child 5 ml x 3 daily.",
         "Give your child five millilitres, three times daily."),
        ("Senna syrup: 15ml x2 a day.", "Senna syrup: fifteen millilitres, twice a day."),
        ("Oramorph 2.5 ml x 4 a day when needed.",
         "Oramorph two point five millilitres, four times a day when needed."),
        ("Take 10 ml three times a day.", "Take ten millilitres three times a day."),
        # ... once or twice said as a pharmacist says them ("two puffs two times daily")
        ("Use 2 puffs x 2 daily.", "Use two puffs twice daily."),
        ("Use 1 spray x 1 daily in each nostril.", "Use one spray once daily in each nostril."),
        ("Take 500mg TDS x 5 days.",
         "Take five hundred milligrams three times a day for five days."),
        # a star typed for the sign: "2*5mg" had lost the star as a footnote's, "twenty-five"
        ("Take 2*5mg tablets at night.", "Take two tablets, each of five milligrams, at night."),
        ("Take 5mg * 3 a day.", "Take five milligrams, three of them a day."),
        # a count of a strength with no form named had been "two times five hundred
        # milligrams", a sum to work out or so many doses
        ("Paracetamol: 2 x 500mg every 4-6 hours if needed.",
         "Paracetamol: two, each of five hundred milligrams, every four to six hours if needed."),
        ("Take 1 x 500mg at night.", "Take one of five hundred milligrams at night."),
        # ... and what holds it, named after it: "(1 x 5mg syringe)" had been "(one of five
        # milligrams syringe)", "2 x 20mg pens" "two, each of twenty milligrams, pens"
        ("Your kit has (1 x 5mg pre-filled syringe).",
         "Your kit has (one pre-filled syringe of five milligrams)."),
        ("Your pack has 1 x 40mg pen and 2 x 20mg pens.",
         "Your pack has one pen of forty milligrams and two pens, each of twenty milligrams."),
        ("Give 2 x 5ml at bedtime.", "Give two, each of five millilitres, at bedtime."),
        ("Take 2 x 1,000 units of vitamin D.",
         "Take two, each of one thousand units of vitamin D."),
        # ... a size stays one
        ("Cover it with a 10 x 10 cm dressing.",
         "Cover it with a ten by ten centimetres dressing."),
    ],
)
def test_a_dose_times_a_count_is_that_many_of_the_dose(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a course's length after whatever its "x" follows: "x 1 wk" after "3x a day" had been
        # "once week" (heard as once a week), "OM x 5 days" "five times days" (heard as five
        # times a day), "every 6 hrs x 3 days" "times three days", ", x2 days" "x two days"
        ("Apply the cream 3x a day x 1 wk, then once a day x 2 wks.",
         "Apply the cream three times a day for one week, then once a day for two weeks."),
        ("Take prednisolone 20mg OM x 5 days.",
         "Take prednisolone twenty milligrams in the morning for five days."),
        ("Use the inhaler every 6 hrs x 3 days.",
         "Use the inhaler every six hours for three days."),
        ("Take one at 8am and 6pm, x2 days, then stop.",
         "Take one at eight in the morning and six in the evening, for two days, then stop."),
        ("Keep the splint on at night x 6 weeks.",
         "Keep the splint on at night for six weeks."),
        # ... and the clinician's slashed days, months and weeks after it, none of them a date
        ("Flucloxacillin 500mg QDS x 10/7.",
         "Flucloxacillin five hundred milligrams four times a day for ten days."),
        ("Zopiclone 3.75mg ON x 3/7.", "Zopiclone three point seven five milligrams at night "
         "for three days."),
        ("Apply it thinly x 2/52.", "Apply it thinly for two weeks."),
        ("Take it each morning x 3/12.", "Take it each morning for three months."),
        # ... while a count of a dose and a count of times stay what they were
        ("Take 2 x 500mg tablets x 3 days.",
         "Take two tablets, each of five hundred milligrams, for three days."),
        ("Senna syrup: 10ml x2 a day.", "Senna syrup: ten millilitres, twice a day."),
        ("Repeat x 3 if needed.", "Repeat three times if needed."),
        ("Use a 10 x 10 cm dressing.", "Use a ten by ten centimetres dressing."),
    ],
)
def test_a_course_after_its_x_is_said_for_how_long(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a clinician's months and days after a word marking a stretch of time: "in the last
        # 6/12" had been "six/twelve"
        ("Have you been in hospital in the last 3/12?",
         "Have you been in hospital in the last three months?"),
        ("Tell us if you have had a fall over the past 6/12.",
         "Tell us if you have had a fall over the past six months."),
        ("If you have had a cold in the last 5/7, ring us.",
         "If you have had a cold in the last five days, ring us."),
        ("Most people get better within the next 18/12.",
         "Most people get better within the next eighteen months."),
        # ... a date, a score and a fraction stay what they were
        ("Your clinic is on 3/12 at 2pm.",
         "Your clinic is on the third of December at two in the afternoon."),
        ("You scored 9/12.", "You scored nine out of twelve."),
    ],
)
def test_a_clinicians_months_or_days_after_last_or_next_are_said_as_a_stretch(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # the volume and pages of a paper had been "eight: one one one-one hundred and
        # twenty-six", the NHS's 111 and a dash in a range
        ("Smith J, Khan R et al. (2019) Gut 8: 111-126.",
         "Smith J, Khan R et al. (twenty nineteen) Gut volume eight, pages one hundred and "
         "eleven to one hundred and twenty-six."),
        ("Patel A. Fasting before surgery. Br J Anaesth. 2020;125(4):456-462.",
         "Patel A. Fasting before surgery. Br J Anaesth. Twenty twenty, volume one "
         "hundred and twenty-five, issue four, pages four hundred and fifty-six to four hundred "
         "and sixty-two."),
        ("Nursing Standard, 12(3), 45–50.",
         "Nursing Standard, volume twelve, issue three, pages forty-five to fifty."),
        ("Green L (2018) Diet and recovery. Vol. 4, No. 2, pp. 10-19.",
         "Green L (twenty eighteen) Diet and recovery. Volume four, issue two, pages ten to "
         "nineteen."),
        ("Royal College of Surgeons (2022) Getting better. p. 7.",
         "Royal College of Surgeons (twenty twenty-two) Getting better. page seven."),
        # a DOI had been "ten point one one three six/bmj.l one thousand two hundred ..."
        ("doi: 10.1136/bmj.l1234",
         "D O I one zero, dot, one one three six, slash, B M J, dot, L, one two three four"),
        # not in a sentence that cites nothing, where a page the leaflet points to is none the
        # recording has (test_words_pointing_at_the_printed_page_are_said_as_a_listener_follows)
        ("Take 2 tablets at 8:30 (see page 2).", "Take two tablets at eight thirty."),
        # ... nor when the page is written short: "See p. Four." (its "p." a sentence's end) and
        # "See, pages four to six" had been said
        ("For the diet sheet, see p. 4.", "For the diet sheet, see elsewhere in this recording."),
        ("The exercises are shown on pp. 6-8.",
         "The exercises are shown elsewhere in this recording."),
        ("Turn to p.12 for the list of foods to avoid.",
         "See elsewhere in this recording for the list of foods to avoid."),
        # ... or with a capital after a word pointing to it: "See P. Four" had been said
        ("Your fluid chart is at the back (see P. 4).", "Your fluid chart is at the back."),
        ("Turn to P.12 for the foods to avoid; on Pp. 13-14 are recipes.",
         "See elsewhere in this recording for the foods to avoid; elsewhere in this recording "
         "are recipes."),
    ],
)
def test_a_reference_to_a_paper_says_its_volume_issue_pages_and_doi(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


def test_a_blank_is_said_as_what_it_asks_for_by_whom(leaflet_442):
    """ "Hold for __ seconds" in a physiotherapy leaflet: the physiotherapist gives the number."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(Paragraph((Span("Hold for ……… seconds. Repeat __ times."),)),),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    # (physiotherapist is said from its sounds by Piper, written as it is)
    assert "Hold for the number of seconds your physiotherapist gives you." in texts
    assert "Repeat the number of times your physiotherapist gives you." in texts


def test_a_blank_in_a_record_the_reader_keeps_is_theirs_to_fill_in(leaflet_442):
    """ "Write down each dose so you do not give too much." / "Time of last dose: ____": it had
    been "your care team will fill this in", telling a parent someone else keeps the record."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Giving paracetamol"),)),
            Paragraph((Span("Write down each dose so you do not give too much."),)),
            Paragraph((Span("Time of last dose:", field=True),)),
            Heading(2, (Span("Your next appointment"),)),
            Paragraph((Span("Date:", field=True),)),
            Heading(2, (Span("Bladder diary"),)),
            Paragraph((Span("Urine passed:"), Span("ml", field=True))),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert "Time of last dose: write this in yourself." in texts
    # a new part is the care team's again, unless its heading names the reader's record
    assert any("Date: your physiotherapist will fill this in" in t for t in texts)
    assert any("write in the number of millilitres" in t for t in texts)
    # a step asking the reader to note the time: the time is theirs to write (it had been
    # "your care team will tell you the time", to a parent giving a rescue medicine)
    from pipeline.model import ListBlock

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("How to give it"),)),
            ListBlock(
                True,
                (
                    (Span("Give the midazolam."),),
                    (Span("Note the time you gave it: at "), Span("time", field=True)),
                ),
            ),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert any("Note the time you gave it: at, write in the time" in t for t in texts), texts
    # a measure the reader takes themselves: its blanks are theirs ("Weigh yourself every
    # morning ..." / "Date: ... Weight: ... kg" had been "the number of kilograms your care
    # team gives you")
    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Useful measures"),)),
            Paragraph((Span("Weigh yourself every morning before breakfast."),)),
            Paragraph((Span("Date:", field=True), Span(" Weight: "), Span("kg", field=True))),
            Heading(2, (Span("Blood pressure"),)),
            Paragraph((Span("Check your blood pressure twice a day."),)),
            Paragraph((Span("Reading:", field=True),)),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    said = next(t for t in texts if t.startswith("Date:"))
    assert "care team" not in said and "write in the number of kilograms" in said, said
    assert "Reading: write this in yourself." in texts, texts


def test_a_dose_in_a_plan_written_as_the_child_is_the_prescribers_to_fill_in(leaflet_442):
    """A child's asthma plan in the child's words ("My medicines", "I take ____ puffs in the
    morning"): the inhaler's name and dose had been "write this in yourself", handing the
    prescription to the family. What the plan asks the child to note stays theirs."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("My medicines"),)),
            Paragraph((
                Span("My preventer inhaler (brown or orange) is called "),
                Span("to fill in", field=True), Span(". I take "), Span("puffs", field=True),
                Span(" in the morning and "), Span("puffs", field=True), Span(" at night."),
            )),
            Heading(2, (Span("My warning signs"),)),
            Paragraph((Span("Signs:", field=True),)),
            Heading(2, (Span("My reliever diary"),)),
            Paragraph((Span("Today I took "), Span("puffs", field=True), Span(" of my reliever."))),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    said = " ".join(texts)
    assert "is called, your physiotherapist will tell you the name." in said, texts
    assert "I take the number of puffs your physiotherapist gives you, in the morning" in said
    assert "Signs: write this in yourself." in texts
    assert "Today I took write in the number of puffs of my reliever." in texts, texts


def test_a_clinical_value_in_a_plan_written_as_the_reader_is_the_care_teams(leaflet_442):
    """A warfarin booklet's "My target INR is ____ (range ____ to ____)" had been "write this
    in yourself": the patient was told to choose their own target. A target the clinic sets,
    the reason for a medicine, the length of a course and a dose are the care team's to write,
    in the reader's words or not; what the reader records stays theirs."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    blank = Span("to fill in", field=True)
    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("My warfarin record"),)),
            Paragraph((Span("My reason for taking warfarin:", field=True),)),
            Paragraph((Span("Planned length of treatment:", field=True),)),
            Paragraph((Span("My target INR is "), blank, Span(" (range "), blank, Span(" to "),
                       blank, Span(")."))),
            Paragraph((Span("My warfarin dose is "), Span("mg", field=True), Span(" a day."))),
            Paragraph((Span("My total daily dose is "), Span("units", field=True),
                       Span(". 10% of my TDD is "), Span("units", field=True), Span("."))),
            Paragraph((Span("My target potassium:", field=True), Span(" mmol/L"))),
            Paragraph((Span("Time of last dose:", field=True),)),
            Paragraph((Span("My INR today:", field=True),)),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    said = " ".join(texts)
    assert "yourself" not in " ".join(t for t in texts if "reason" in t or "length" in t), texts
    target = next(t for t in texts if "target" in t)
    assert "yourself" not in target and "will fill this in" in target, target
    assert ",)" not in target and "(," not in target, target
    assert "yourself" not in next(t for t in texts if "warfarin dose" in t), texts
    for care_team in ("My total daily dose is the number of units", "of my T D D is the "
                      "number of units", "My target potassium: your"):
        assert care_team in said, (care_team, texts)
    assert "Time of last dose: write this in yourself." in texts, texts
    assert "My I N R today: write this in yourself." in said, texts


def test_an_allowance_and_a_dry_weight_are_set_by_the_renal_team_and_units_follow_blanks(
    leaflet_442,
):
    """A dialysis leaflet's "My fluid allowance: ____ ml a day" and "My dry (target) weight:
    ____ kg" were "write in the number of millilitres a day": the patient was told to set their
    own fluid allowance. A unit after a labelled blank ("Your chair height: ____ cm") was left
    to the voice after it ("... will fill this in, cm."). The date the reader started their
    own rescue pack is theirs to write."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Your fluid allowance"),)),
            Paragraph((Span("Your chair height:", field=True), Span(" cm"))),
            Paragraph((Span("Keep it at your prescribed rate of "), Span("to fill in", field=True),
                       Span(" L/min. Do not turn it up."))),
            Paragraph((Span("Date pack started:", field=True),)),
            Paragraph((Span("My lithium dose is "), Span("mg", field=True), Span(" at night."))),
            Paragraph((Span("Time finished:", field=True),)),
            Paragraph((Span("My fluid allowance: "), Span("ml a day", field=True))),
            Paragraph((Span("My dry (target) weight: "), Span("kg", field=True))),
            # a heart failure leaflet's, its label opening a sentence (", Your fluid limit"
            # had begun with a comma)
            Paragraph((Span('Write your weight down. Your "dry" weight is: '),
                       Span("kg", field=True), Span(". "),
                       Span("Your fluid limit is:", field=True), Span(" litres a day."))),
            Paragraph((Span("My target potassium:", field=True), Span(" mmol/L"))),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    said = " ".join(texts)
    assert "yourself" not in " ".join(t for t in texts if "allowance" in t or "weight" in t)
    assert "My fluid allowance: the number of millilitres a day your physiotherapist gives you" in (
        said
    ), texts
    assert "Your chair height: your physiotherapist will fill this in, in centimetres." in texts
    assert ("Keep it at your prescribed rate of, your physiotherapist will fill this in, in litres "
            "per minute.") in said, texts
    assert ("My target potassium: your physiotherapist will fill this in, in millimoles per "
            "litre.") in texts, texts
    assert ("My lithium dose is the number of milligrams your physiotherapist gives you, at "
            "night.") in texts, texts
    assert "Date pack started: write this in yourself." in texts, texts
    assert "Time finished: write this in yourself." in texts, texts
    assert 'Your "dry" weight is: the number of kilograms your physiotherapist gives you.' in (
        texts), texts
    assert ("Your fluid limit is: your physiotherapist will fill this in, litres a day."
            in texts), texts


def test_a_blank_in_a_rate_is_said_in_the_rates_unit_in_full(leaflet_442):
    """ "Run the pump at ____ ml/hour" was said "the number of millilitres your care team gives
    you /hour", its unit's rate left to the voice after it."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    leaflet = replace(leaflet_442, blocks=(
        Paragraph((Span("Run the pump at "), Span("ml/hour", field=True), Span(" overnight."))),
        Paragraph((Span("Ibuprofen: "), Span("mg/kg", field=True), Span(" a dose."))),
    ))
    said = " ".join(u.text for u in speech_script(leaflet).utterances)
    assert "Run the pump at the number of millilitres an hour your physiotherapist gives you " in (
        said
    ), said
    assert "the number of milligrams per kilogram your physiotherapist gives you" in said, said
    assert "/" not in said, said


def test_boxes_answering_a_question_to_the_reader_are_theirs_to_tick(leaflet_442):
    """A CT scan leaflet's allergy checklist, 'Are you allergic to iodine? ☐ Yes ☐ No', was
    said 'Yes, or No (whichever is ticked)' in the standard recording, where nothing is ticked:
    the answer to a question put to the reader is theirs ('tick one'); a ticked one is said;
    a question about the patient, the choice a nurse ticks and a staff part stay as before."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Allergy checklist"),)),
            Paragraph((Span("Please answer these questions and bring this page with you."),)),
            Paragraph((Span("Are you allergic to iodine? ☐ Yes ☐ No"),)),
            Paragraph((Span("Have you ever had a reaction to contrast dye? ☐ Yes ☐ No "
                            "☐ Not sure"),)),
            Paragraph((Span("Could you be pregnant? ☐ Yes ☒ No"),)),
            Paragraph((Span("Has the patient had a reaction to contrast before? ☐ Yes ☐ No"),)),
            Paragraph((Span("You had your scan on your ☐ chest ☐ abdomen today."),)),
            Heading(2, (Span("For staff use only"),)),
            Paragraph((Span("Have you checked the kidney blood test? ☐ Yes ☐ No"),)),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    start = texts.index("Allergy checklist.")
    assert texts[start + 2 : start + 10] == [
        "Are you allergic to iodine?",
        "Yes, or No (tick one).",
        "Have you ever had a reaction to contrast dye?",
        "Yes, or No, or Not sure (tick one).",
        "Could you be pregnant?",
        "Yes, or No (ticked).",
        "Has the patient had a reaction to contrast before?",
        "Yes, or No (whichever is ticked).",
    ], texts[start:]
    assert "You had your scan on your chest, or abdomen today (whichever is ticked)." in texts
    staff = texts.index("Have you checked the kidney blood test?")
    assert texts[staff + 1] == "Yes, or No (whichever is ticked).", texts[staff:]


def test_a_form_or_diary_the_reader_completes_is_theirs_to_fill_in(leaflet_442):
    """An MRI questionnaire's "Full name:", "Date of birth:" and "Signature of patient:", and a
    sleep diary under "Please fill in the sleep diary", had been "your care team will fill this
    in"; its questions' boxes "(whichever is ticked)", though nothing is ticked until the
    reader ticks it. Someone else's name stays theirs to write."""
    from dataclasses import replace

    from pipeline.model import Heading, ListBlock, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Please complete this form before your scan"),)),
            Paragraph((Span("Answer every question."),)),
            Heading(2, (Span("Your details"),)),
            Paragraph((Span("Full name:", field=True),)),
            Paragraph((Span("Signature of patient:", field=True), Span(" "),
                       Span("Date:", field=True))),
            Paragraph((Span("Name of therapist:", field=True),)),
            Heading(2, (Span("Questions"),)),
            Paragraph((Span("Please tick one box for each question:"),)),
            ListBlock(True, ((Span("Have you had metal in your eyes? ☐ Yes ☐ No"),),)),
            Paragraph((Span("Checked by radiographer (name):", field=True), Span(" "),
                       Span("Time:", field=True))),
            Heading(2, (Span("Overnight test"),)),
            Paragraph((Span("Please fill in the sleep diary and bring it back:"),)),
            Paragraph((Span("Time you went to bed:", field=True),)),
            ListBlock(False, ((Span("Did you wake up in the night? ☐ Yes ☐ No"),),)),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    for own in ("Full name: write this in yourself.", "Signature of patient: write this in "
                "yourself, Date: write this in yourself.",
                "Time you went to bed: write this in yourself."):
        assert own in texts, (own, texts)
    assert "Name of therapist: your physiotherapist will fill this in." in texts, texts
    checked = next(t for t in texts if t.startswith("Checked by"))
    assert "yourself" not in checked, checked
    assert texts.count("Yes, or No (tick one).") == 2, texts


def test_the_parts_of_a_form_the_reader_completes_stay_theirs(leaflet_442):
    """An MRI questionnaire's "## Your details" part ("Weight: ____ kg", "Height: ____ cm") and
    a "### About your health" part under "## Please complete this form" had been "your care team
    will fill this in": a heading had started each part afresh. A part under the form's heading,
    or one for the reader's own details, is still the reader's; the form's part for staff, or a
    section after the form, is not."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Please complete this form before your scan"),)),
            Heading(3, (Span("About your health"),)),
            Paragraph((Span("Operations you have had:", field=True),)),
            Heading(3, (Span("For staff use"),)),
            Paragraph((Span("Scan booked for:", field=True),)),
            Heading(2, (Span("Your details"),)),
            Paragraph((Span("Weight: "), Span("kg", field=True))),
            Paragraph((Span("Height:", field=True), Span(" cm"))),
            Heading(2, (Span("After your scan"),)),
            Paragraph((Span("Your results will be ready on:", field=True),)),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    for own in ("Operations you have had: write this in yourself.", "Weight: write in the "
                "number of kilograms.", "Height: write this in yourself, in centimetres."):
        assert own in texts, (own, texts)
    for staff in ("Scan booked for: your physiotherapist will fill this in.",
                  "Your results will be ready on: your physiotherapist will fill this in."):
        assert staff in texts, (staff, texts)


def test_a_column_the_reader_ticks_in_their_temperature_chart_is_theirs(leaflet_442):
    """A sepsis leaflet's chart "Day | Morning temperature (°C) | Any concerns? (✓)" had been
    said "Any concerns?" then "(the person treating you marks which): tick box." for each day:
    the patient's own warning tick was given to staff."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span, Table

    blank = (Span("to fill in", field=True),)
    leaflet = replace(
        leaflet_442,
        blocks=(
            Paragraph((Span("Check your temperature twice a day and write it in the table."),)),
            Table(
                ((Span("Day"),), (Span("Morning temperature (°C)"),),
                 (Span("Any concerns? (✓)"),)),
                tuple(((Span(str(day)),), blank, (Span("☐"),)) for day in (1, 2)),
            ),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert texts[texts.index("Day: one.") + 1 :][:2] == [
        "Morning temperature (degrees Celsius): write this in yourself.",
        "Any concerns: tick if so.",
    ], texts
    assert not any("marks which" in text for text in texts), texts


def test_a_childs_plan_the_parent_keeps_gives_the_prescribers_lines_to_the_prescriber(
    leaflet_442,
):
    """An asthma plan: "Prescriber: ____ Signature: ____" had told the parent to sign the
    prescriber's line; "Child's name:" was the care team's beside "Date of birth:", the
    parent's; "they take ____ puffs" told the parent to write in the child's dose."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("My child's asthma plan"),)),
            Paragraph((Span("Child's name:", field=True), Span(" "),
                       Span("Date of birth:", field=True))),
            Paragraph((Span("Every day they take "), Span("puffs", field=True),
                       Span(" of their preventer."))),
            Paragraph((Span("Prescriber:", field=True), Span(" "), Span("Signature:", field=True),
                       Span(" "), Span("Date:", field=True))),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    said = " ".join(texts)
    assert "Child's name: write this in yourself, Date of birth: write this in yourself." in (
        texts), texts
    assert "they take the number of puffs your physiotherapist gives you of" in said, texts
    prescriber = next(t for t in texts if t.startswith("Prescriber"))
    assert "yourself" not in prescriber, prescriber


def test_a_letters_reply_slip_is_the_readers_to_fill_in(leaflet_442):
    """A clinic letter's "Reply slip" ("Name: ____", "Signed: ____") had been "your care team
    will fill this in": the patient was told someone else signs and sends it back."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Paragraph((Span("Date:", field=True),)),
            Paragraph((Span("Please fill in the reply slip below and send it back to us."),)),
            Heading(2, (Span("Reply slip"),)),
            Paragraph((Span("Hospital number:", field=True),)),
            Paragraph((Span("Signed:", field=True), Span(" "), Span("Date:", field=True))),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    # the letter's own date is the clinic's to write; the slip is the reader's
    assert "Date: your physiotherapist will fill this in." in texts, texts
    assert "Hospital number: write this in yourself." in texts, texts
    said = next(t for t in texts if t.startswith("Signed:"))
    assert "physiotherapist" not in said and said.count("write this in yourself") == 2, said


def test_a_list_item_that_leads_on_to_the_next_is_not_cut_off_by_a_full_stop(leaflet_442):
    """ "If the seizure lasts > 5 mins, OR" / "if there are 3 or more seizures in 1 hr," / "give
    buccal midazolam": a full stop after the second cut the condition off from what to do."""
    from dataclasses import replace

    from pipeline.model import ListBlock, Span

    items = (
        (Span("If the seizure lasts more than 5 minutes, or"),),
        (Span("if there are 3 or more seizures in 1 hour,"),),
        (Span("give buccal midazolam 10 mg."),),
        (Span("You are coughing or your chest feels tight"),),
        (Span("or you need your blue inhaler 3 times a week"),),
    )
    leaflet = replace(leaflet_442, blocks=(ListBlock(ordered=True, items=items),))
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert "Number two: if there are three or more seizures in one hour," in texts
    assert "Number four: You are coughing or your chest feels tight," in texts
    assert "Number five: or you need your blue inhaler three times a week." in texts


def test_a_paragraph_leading_into_its_list_ends_with_a_colon_not_a_full_stop(leaflet_442):
    """ "Contact us straight away if" over its list was said "Contact us straight away if.":
    the condition cut off from what it is."""
    from dataclasses import replace

    from pipeline.model import ListBlock, Paragraph, Span

    blocks = (
        Paragraph(spans=(Span("Contact us straight away if"),)),
        ListBlock(ordered=False, items=((Span("the wound becomes hot, red or swollen"),),)),
        Paragraph(spans=(Span("Keep the wound dry"),)),
        Paragraph(spans=(Span("for 48 hours."),)),
    )
    texts = [u.text for u in speech_script(replace(leaflet_442, blocks=blocks)).utterances]
    assert "Contact us straight away if:" in texts
    assert "Keep the wound dry." in texts  # a paragraph with no list under it ends as before
    # ... and a heading that leads into its list ("... if you have" was said "if you have.");
    # a heading that names its list still ends as a heading does
    from pipeline.model import Heading

    items = ListBlock(ordered=False, items=((Span("a temperature of 38°C or above"),),))
    blocks = (
        Heading(level=3, spans=(Span("Call us straight away if you have"),)), items,
        Heading(level=2, spans=(Span("Going home"),)), items,
    )
    texts = [u.text for u in speech_script(replace(leaflet_442, blocks=blocks)).utterances]
    assert "Call us straight away if you have:" in texts and "Going home." in texts


def test_labelled_blanks_the_leaflet_separates_have_no_pause_of_ours_added(leaflet_442):
    """A temperature diary imported as list items "Day 1: ____; Temperature: ____" was said
    "Day one: write this in yourself;, Temperature: write this in yourself": a comma of the
    script's after the leaflet's own semicolon."""
    from dataclasses import replace

    from pipeline.model import Heading, ListBlock, Paragraph, Span

    items = tuple(
        (Span(f"Day {day}:", field=True), Span("; "), Span("Temperature:", field=True))
        for day in (1, 2)
    )
    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Your temperature diary"),)),
            Paragraph((Span("Write your temperature in the diary each day."),)),
            ListBlock(False, items),
        ),
    )
    said = " ".join(u.text for u in speech_script(leaflet).utterances)
    assert ";," not in said and ": ," not in said, said
    assert "Day two: write this in yourself; Temperature: write this in yourself" in said, said


def test_the_lyrics_a_player_shows_are_the_words_as_written():
    """The MP3's lyrics (USLT, SYLT) showed the voice's respellings: "University Hospitals of
    Lester", "you feeel" (a respelling since replaced by sounds), "bough-ul"."""
    said = "Information from University Hospitals of Lester N H S Trust. Your bough-ul may ache."
    shown = as_written(said, load_pronunciations())
    assert "Leicester" in shown and "bowel may" in shown and "Lester" not in shown, shown
    # an abbreviation said in full stays so ("your appointment" was shown "your appt")
    assert as_written("Bring it to your appointment.", load_pronunciations()) == (
        "Bring it to your appointment."
    )
    # a respelling capitalised where it starts a sentence or a title is given back too
    assert as_written("Meth-oh-trexate is taken once a week. Brayl.", load_pronunciations()) == (
        "Methotrexate is taken once a week. Braille."
    )
    # ... and a web address's part the voice is given as words ("Lesters hospitals" had shown)
    shown = as_written(
        "Visit w w w dot Lesters hospitals, all one word, dot N H S dot U K.", load_pronunciations()
    )
    assert "leicestershospitals, all one word" in shown and "Lesters" not in shown, shown
    # ... and the article opening a sentence, which the voice is given in lower case before
    # letters it spells ("a C T (computed tomography) scan" had shown)
    shown = as_written("a C T (computed tomography) scan uses X-rays. Then a G P calls.",
                       load_pronunciations())
    assert shown == "A C T (computed tomography) scan uses X-rays. Then a GP calls.", shown


def test_a_cell_that_says_its_column_heading_is_not_said_after_it(leaflet_442):
    """ "Week 1 (days 1 to 7)" under "Week" was said "Week: Week one (days one to seven)"."""
    from dataclasses import replace

    from pipeline.model import Span, Table

    table = Table(
        header=((Span("Week"),), (Span("Daily dose"),)),
        rows=(((Span("Week 1 (days 1 to 7)"),), (Span("30 mg"),)),),
    )
    texts = [u.text for u in speech_script(replace(leaflet_442, blocks=(table,))).utterances]
    assert texts[texts.index("A table with one row.") + 1 :][:2] == [
        "Week one (days one to seven).", "Daily dose: thirty milligrams."
    ]


def test_a_tick_column_of_a_medicine_chart_is_the_readers_to_fill_in(leaflet_442):
    """ "Date | Dose | Taken" with a blank under "Taken": the patient ticks each dose taken, so
    the blank is theirs ("your care team will fill this in" was said); a blank in another
    column of the chart is still the care team's."""
    from dataclasses import replace

    from pipeline.model import Span, Table

    chart = Table(
        header=((Span("Date"),), (Span("Dose"),), (Span("Taken"),)),
        rows=(
            ((Span("Monday"),), (Span("40 mg"),), (Span("to fill in", field=True),)),
            ((Span("Tuesday"),), (Span("mg", field=True),), (Span("to fill in", field=True),)),
        ),
    )
    texts = [u.text for u in speech_script(replace(leaflet_442, blocks=(chart,))).utterances]
    assert texts.count("Taken: write this in yourself.") == 2, texts
    assert "Dose: the number of milligrams your physiotherapist gives you." in texts, texts


def test_a_weeks_short_day_names_in_a_table_are_said_in_full(leaflet_442):
    """A warfarin week, "Day | Mon | ... | Sat | Sun" over "Dose (mg) | 5 | ...": "Sat: four."
    and "Sun: five." were said as the words ("Sat" and "Sun" alone may be words, so they are
    days only beside other days: here, the table's other headings or cells)."""
    from dataclasses import replace

    from pipeline.model import Span, Table

    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    week = Table(
        header=((Span("Day"),), *((Span(day),) for day in days)),
        rows=(((Span("Dose (mg)"),), *((Span(dose),) for dose in "5545545")),),
    )
    diary = Table(
        header=((Span("Day"),), (Span("Tablets"),)),
        rows=tuple(((Span(day),), (Span("2"),)) for day in ("Sat", "Sun")),
    )
    texts = [
        u.text for u in speech_script(replace(leaflet_442, blocks=(week, diary))).utterances
    ]
    assert "Saturday: four." in texts and "Sunday: five." in texts, texts
    assert "Day: Saturday." in texts and "Day: Sunday." in texts, texts


def test_a_leaflet_with_no_headings_and_a_table_or_described_picture_is_read(leaflet_442):
    """A table before any heading crashed the chapter plan (building the audio was a bug)."""
    from dataclasses import replace

    from pipeline.model import DescribedPicture, Paragraph, Span, Table

    table = Table(
        header=((Span("Day after operation"),), (Span("What to expect"),)),
        rows=(((Span("Days 5 to 10"),), (Span("Bleeding is most likely"),)),),
    )
    blocks = (
        DescribedPicture("A child gargling"),
        table,
        Paragraph((Span("Call the ward if you are worried."),)),
    )
    script = speech_script(replace(leaflet_442, blocks=blocks))
    texts = [u.text for u in script.utterances]
    assert any("Bleeding is most likely" in t for t in texts)
    assert "Call the ward if you are worried." in texts


def test_staff_extend_the_pronunciation_list_without_code(project, capsys):
    path = project / "config" / "pronunciations.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "  EasyRead: Easy Read\n", "  EasyRead: Easy Read\n  gentle: jentle\n"
    )
    path.write_text(text, encoding="utf-8")
    assert main(["speech-script", "442"]) == 0
    out = capsys.readouterr().out
    assert "a jentle stretch in your lower back" in out
    assert "oh one one six, two five oh, two nine five nine" in out


def test_a_bad_pronunciation_list_is_named(project, capsys):
    path = project / "config" / "pronunciations.yaml"
    path.write_text("units:\n  cm: centimetre\nservice_numbers: [one]\n", encoding="utf-8")
    assert main(["speech-script", "442"]) == 2
    err = capsys.readouterr().err
    assert "pronunciations.yaml: units.cm" in err
    assert "pronunciations.yaml: service_numbers: 'one' is not a number" in err


# ---- the MP3 -------------------------------------------------------------------------------


def test_mp3_is_mono_speech_at_64_kbps(built):
    mp3, _ = built
    info = ffprobe(mp3)
    (stream,) = info["streams"]
    assert stream["codec_name"] == "mp3"
    assert stream["channels"] == 1
    assert int(stream["sample_rate"]) == 22050
    assert abs(int(stream["bit_rate"]) - 64000) <= 1000
    assert mp3.name == "442-v3-audio.mp3"


def test_tags_name_the_leaflet_trust_and_languages(built):
    tags = ID3(built[0])
    assert str(tags["TIT2"]) == "Lower back stretches in pregnancy"
    assert str(tags["TPE1"]) == "University Hospitals of Leicester NHS Trust"
    assert str(tags["TALB"]) == "Leaflet 442 version 3"
    assert tags["TLAN"].text == ["eng", "urd", "ara", "guj", "pan", "pol"]
    assert "oh one one six" in tags.getall("USLT")[0].text


def test_chapters_are_the_ones_announced_in_time_order(built):
    mp3, _ = built
    chapters = ffprobe(mp3)["chapters"]
    assert [c["tags"]["title"] for c in chapters] == CHAPTERS_442
    starts = [float(c["start_time"]) for c in chapters]
    ends = [float(c["end_time"]) for c in chapters]
    assert starts[0] == 0 and starts == sorted(starts) and starts[2] > 20
    assert ends[:-1] == starts[1:]
    ids = [f"chp{i}".encode() for i in range(len(CHAPTERS_442))]
    # The frames themselves are stored in time order, not in mutagen's size order.
    chap_ids = re.findall(rb"CHAP.{6}(chp\d)\x00", mp3.read_bytes()[:200_000], re.DOTALL)
    assert chap_ids == ids
    (ctoc,) = ID3(mp3).getall("CTOC")
    assert list(ctoc.child_element_ids) == [i.decode() for i in ids]


def test_chapters_start_where_their_first_sentence_is_spoken(built, script_442):
    """Each section's chapter ends where its last sentence does; the contact lines and other
    languages are a chapter of their own."""
    mp3, _ = built
    synced = ID3(mp3).getall("SYLT")[0].text
    first = {u.chapter: i for i, u in enumerate(script_442.utterances) if u.chapter}
    for chapter in ffprobe(mp3)["chapters"]:
        spoken_at = synced[first[chapter["tags"]["title"]]][1] / 1000
        assert 0 <= spoken_at - float(chapter["start_time"]) <= 0.3
    last_section = ffprobe(mp3)["chapters"][-2]
    contacts_start = synced[first["Contact details and other languages"]][1] / 1000
    assert abs(float(last_section["end_time"]) - contacts_start) <= 0.3


def test_loudness_and_true_peak_in_the_final_mp3(built):
    loudness, peak = ebur128(built[0])
    assert abs(loudness - -18.0) <= 1.0
    assert peak <= -3.0


def test_no_silence_over_two_seconds_and_every_sentence_sounds(built):
    samples = decode_audio(built[0])
    assert max(length for _, length in silences(samples)) <= 2.0
    synced = ID3(built[0]).getall("SYLT")[0].text
    starts = [ms / 1000 for _, ms in synced] + [len(samples) / SAMPLE_RATE]
    for (text, _), start, end in zip(synced, starts, starts[1:], strict=False):
        part = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
        assert np.sqrt(np.mean(part**2)) > 0.01, text


def test_other_languages_are_spoken_by_their_own_voices(built, leaflet_442, script_442):
    """Each line lasts exactly as long as its own espeak-ng voice takes to say it (the English
    voice spells Urdu and Arabic out letter by letter, and differs for the others too)."""
    from pipeline.formats.audio.engines import trim_silence

    synced = ID3(built[0]).getall("SYLT")[0].text
    texts = [text for text, _ in synced]
    espeak = EspeakEngine()
    for translation in leaflet_442.trust.translations:
        i = texts.index(translation.text)
        pause = script_442.utterances[i].pause_after
        spoken = (synced[i + 1][1] - synced[i][1]) / 1000 - pause
        own = len(trim_silence(espeak.synthesise(translation.text, translation.lang)))
        english = len(trim_silence(espeak.synthesise(translation.text, "en")))
        assert abs(spoken - own / SAMPLE_RATE) < 0.02, translation.language_name
        assert abs(spoken - english / SAMPLE_RATE) > 0.1, translation.language_name


def test_announced_length_is_the_real_length(built):
    mp3, report = built
    duration = float(ffprobe(mp3)["format"]["duration"])
    announced = [announced_seconds(t) for t, _ in ID3(mp3).getall("SYLT")[0].text]
    (said,) = [a for a in announced if a is not None]
    assert abs(said - duration) <= 10
    assert 150 < duration < 400


def test_announced_length_is_the_measured_length_to_the_nearest_five_seconds(built, one_part):
    """The opening says the length measured, rounded as it is said: a heart monitor leaflet
    announced "about 4 minutes and 10 seconds" for 253 s, the estimate kept because it was
    within 5 s of what was measured (the measured length was never said)."""
    for mp3 in (built[0], one_part[1]):
        duration = float(ffprobe(mp3)["format"]["duration"])
        announced = [announced_seconds(t) for t, _ in ID3(mp3).getall("SYLT")[0].text]
        (said,) = [a for a in announced if a is not None]
        assert said == max(5, round(duration / 5) * 5), (said, duration)


def test_checker_passes_and_reports_measurements(built, script_442):
    _, report = built
    assert report.passed, report.problems
    findings = " | ".join(report.findings)
    assert "7 chapters" in findings and "LUFS" in findings and "longest silence" in findings
    count = len(script_442.utterances)
    assert f"all {count} sentences of the script are spoken" in findings


def test_checker_names_wording_a_listener_could_take_two_ways(built, leaflet_442):
    """ "Take 2 am and 2 pm" was said as clock times with nothing said to anyone, though a
    ward's leaflet may mean two tablets morning and evening: the check asks a person which is
    meant, quoting the sentence (a leaflet with none, as 442, has no such finding)."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    mp3, report = built
    assert not any("could take two ways" in finding for finding in report.findings)
    leaflet = replace(
        leaflet_442,
        blocks=(
            *leaflet_442.blocks,
            Paragraph((Span("Take 2 am and 2 pm with a glass of water."),)),
            Paragraph((Span("If the pain is bad, take 1/2 tablets at night."),)),
        ),
    )
    findings = " | ".join(check_audio(leaflet, AudioSettings(voice="draft"), [mp3]).findings)
    assert "to check: wording a listener could take two ways" in findings
    assert "'Take 2 am and 2 pm with a glass of water.': is '2 am' a number of doses" in findings
    assert "'1/2 tablets' 1 or 2, or a half?" in findings



def _checked_as_said_in(leaflet_442, mp3: Path, lang: str, sentences) -> str:
    """The audio check's findings for 442 made a leaflet in `lang` of these sentences (Spans),
    one paragraph each, checked against its built MP3: what a translation's check names."""
    from dataclasses import replace

    from pipeline.model import Paragraph

    leaflet = replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language=lang),
        blocks=tuple(Paragraph((sentence,)) for sentence in sentences),
        variant=lang,
    )
    report = check_audio(leaflet, AudioSettings(voice="draft"), [mp3])
    return " | ".join(report.findings)


def test_a_translations_english_wording_that_reads_two_ways_is_named(built, leaflet_442):
    """The check for wording a listener could take two ways ran on English leaflets only: an
    Urdu leaflet's '1/2 tablets', English written inside its sentence and said by the English
    voice, and a Polish leaflet's English line 'Take 2 am and 2 pm' went unnamed. A dose counted
    in the language's own words ('2 گولیاں') and a Latin-script translation's own words are not
    read (languages.py lists no tablet words; 'am' is a Welsh word)."""
    from pipeline.model import Span

    def findings(lang: str, *sentences: Span) -> str:
        return _checked_as_said_in(leaflet_442, built[0], lang, sentences)

    urdu = findings(
        "ur",
        # if it hurts, take 1/2 tablets with water at night
        Span("درد ہو تو رات کو پانی کے ساتھ 1/2 tablets لیں۔"),
        Span("ہر خوراک میں 2 گولیاں لیں۔"),  # take 2 tablets each dose
    )
    assert "'1/2 tablets' 1 or 2, or a half?" in urdu
    assert "گولیاں" not in urdu
    polish = findings(
        "pl",
        Span("Przyjmuj leki tak:"),
        Span("Take 2 am and 2 pm with a glass of water.", lang="en"),
        Span("Weź 1/2 tabletki wieczorem."),  # take 1/2 tablets in the evening
    )
    assert "'Take 2 am and 2 pm with a glass of water.': is '2 am'" in polish
    assert "tabletki" not in polish.split("could take two ways")[1].split(" | ")[0]
    # give 5 ml on day 1 for 3 days ("1 am" read as English would be named)
    welsh = findings("cy", Span("Rhowch 5 ml ar ddiwrnod 1 am 3 diwrnod."))
    assert "could take two ways" not in welsh


def test_figures_a_translations_voice_reads_as_printed_are_named(built, leaflet_442):
    """A Polish or Welsh leaflet's range '4-6' was said 'four six' by its voice (espeak-ng's
    Polish, Welsh, Urdu and Arabic voices alike say the two numbers with nothing between),
    '1/2' 'one slash two', and '9am' the figure then 'am' as English letters or a Welsh word,
    with nothing said to anyone: the script keeps the translator's words, and the check names
    each for a person to write as the language says it. A number to ring and a range in the
    language's own words are not named, nor an English line's figures."""
    from pipeline.model import Span

    def findings(lang: str, *sentences: Span) -> str:
        return _checked_as_said_in(leaflet_442, built[0], lang, sentences)

    polish = findings(
        "pl",
        Span("Przyjmuj 2 tabletki co 4-6 godzin."),  # take 2 tablets every 4-6 hours
        Span("Przyjmij 1/2 tabletki o 10:30."),  # take 1/2 a tablet at 10:30
        Span("Zadzwoń pod numer 0116 258 6000."),  # ring 0116 258 6000
        Span("Wizyta: 10:30."),  # appointment: 10:30 (no word leads to the time)
        Span("Take 1-2 tablets at 9am.", lang="en"),
    )
    assert "to check: figures another language's voice reads as printed" in polish
    assert "the Polish voice says '1/2' with the English 'slash'" in polish
    assert "the Polish voice says '10:30' as its figures, not a time of day" in polish
    # said in Polish words: "co 4 do 6 godzin", "o dziesiątej 30"
    assert "'Przyjmuj 2 tabletki co 4 do 6 godzin.'" not in polish
    assert "'Przyjmij 1/2 tabletki o dziesiątej 30.': the Polish voice says '1/2'" in polish
    for not_named in ("'0116", "'1-2'", "'9am'", "'4-6'"):
        assert not_named not in polish
    welsh = findings(
        "cy",
        Span("Cymerwch 500mg am 9.30am."),  # take 500mg at 9.30am
        Span("Rhowch 5 ml ar ddiwrnod 1 am 3 diwrnod."),  # give 5 ml on day 1 for 3 days
    )
    assert "the Welsh voice says '9.30am' as the figure, then 'am' or 'pm'" in welsh
    assert "'1 am'" not in welsh
    # take 2 tablets every 4 to 6 hours, in Urdu's own words
    urdu = findings("ur", Span("ہر 4 سے 6 گھنٹے بعد 2 گولیاں لیں۔"))
    assert "reads as printed" not in urdu


def test_times_doses_temperatures_and_dates_a_translations_voice_reads_as_printed_are_named(
    built, leaflet_442
):
    """A Polish discharge leaflet's '1 tabletka o 8:00', '(poniedziałek–piątek, 9:00–17:00)',
    '500 mg', '38°C' and 'Data wydania: 05/2025' were said 'osiem zero zero', 'dziewięć zero zero
    siedemnaście zero zero' (the range's 'to' lost), 'pięćset em gie', 'trzydzieści osiem stopień
    ce' and 'zero pięć slash dwa tysiące ...', and the check named only its range '7–10': each
    is named, with its sentence, for the translator to write as Polish says it, unless the
    script says it in Polish words (a measure the pronunciation list gives Polish words for, as
    '38°C' and '1,5 l'; not '3 cm'). A Welsh voice's '2.5ml' is named too; an Urdu '38°C' is not,
    its unit said by the English voice."""
    from pipeline.model import Span

    def findings(lang: str, *sentences: str) -> str:
        return _checked_as_said_in(leaflet_442, built[0], lang, [Span(s) for s in sentences])

    polish = findings(
        "pl",
        # furosemide: 1 tablet at 8:00; do not take it after 16:00
        "Furosemid: 1 tabletka o 8:00. Nie przyjmuj go po 16:00, bo będziesz wstawać w nocy.",
        # ring the ward (Monday to Friday, 9:00 to 17:00)
        "Zadzwoń na oddział (poniedziałek–piątek, 9:00–17:00).",
        "Wypijaj co najmniej 1,5 l płynów dziennie.",  # drink at least 1.5 l of fluids a day
        "Rana ma 3 cm długości.",  # the wound is 3 cm long
        "Zadzwoń pod numer 111, jeśli masz gorączkę 38°C lub wyższą.",  # a fever of 38°C
        "Data wydania: 05/2025. Wizyta: 12.06.2025.",  # issued 05/2025; appointment 12.06.2025
    )
    said = "the Polish voice says"
    furosemide = "'Furosemid: 1 tabletka o 8:00. Nie przyjmuj go po 16:00, bo będziesz wstawać"
    # said in Polish words: "o ósmej", "po szesnastej", "od dziewiątej do siedemnastej"
    assert furosemide not in polish and "(poniedziałek–piątek" not in polish
    assert "'8:00'" not in polish and "'16:00'" not in polish
    assert "'9:00" not in polish and "'17:00'" not in polish
    assert f"{said} '3 cm' with its unit said as letters" in polish
    assert "'1,5 l'" not in polish  # said "1,5 litra"
    assert "'38°C'" not in polish  # said "38 stopni Celsjusza"
    assert f"{said} '05/2025' as figures one by one, not as a date" in polish
    assert f"{said} '12.06.2025' as figures one by one, not as a date" in polish
    assert "'111'" not in polish
    welsh = findings("cy", "Rhowch 2.5cm o'r eli am 8:00.")  # put 2.5cm of the cream on at 8:00
    assert "the Welsh voice says '2.5cm' with its unit" in welsh
    assert "the Welsh voice says '8:00' as its figures" in welsh
    # if your temperature is 38°C or more, phone 111
    urdu = findings("ur", "اگر آپ کا درجہ حرارت 38°C یا زیادہ ہو تو 111 پر فون کریں۔")
    assert "'38°" not in urdu  # "38", then "degrees Celsius" by the English voice


@pytest.mark.parametrize(
    ("written", "ambiguous"),
    [
        ("Take 2 am and 2 pm.", "'2 am'"),
        ("Dose: 1 am, 1 pm", "'1 am'"),
        ("Take 1/2 tablets at night if the pain is bad.", "'1/2 tablets' 1 or 2, or a half"),
        ("Use 2/3 puffs when you need to.", "'2/3 puffs' 2 or 3, or two thirds"),
        ("Take 1/2 tabs at night.", "'1/2 tabs' 1 or 2, or a half"),
        ("Rest for 1/2 hours after the injection.", "'1/2 hours' 1 or 2, or a half"),
        # two counts side by side before how many times: two, four times, or twenty-four?
        ("Take 2 4 times a day.", "'2 4 times' 2, 4 times, or 24 times"),
        ("Use 1 3 x daily.", "'1 3 x' 1, 3 times, or 13 times"),
        # "am/pm" after a dose, said "am or pm": both, or either?
        ("Take 1 tablet twice daily (am/pm).",
         "'am/pm' a dose in the morning and one after midday"),
        # a time led to as an hour to an hour on five or ten, said as printed: minutes to the
        # hour, or a range?
        ("Take your evening dose at 5 to 8.", "'5 to 8' 5 minutes to 8, or from 5 o'clock to 8"),
        ("Please arrive at 10 to 2 for your scan.",
         "'10 to 2' 10 minutes to 2, or from 10 o'clock to 2"),
        # ... with the half of the day after it too: 3.50pm, or 10am to 4pm? (and a sentence with
        # "a.m." in it is checked whole: its check had begun after the "a.")
        ("Come to the ward at 10 to 4pm on the day before.",
         "'10 to 4pm' 10 minutes to 4pm, or from 10 o'clock to 4pm"),
        ("Please arrive by 5 to 8 a.m. on the day of your scan.",
         "'5 to 8 a.m.' 5 minutes to 8 a.m., or from 5 o'clock to 8 a.m."),
        # twelve o'clock whose figures and word disagree, said as printed: which is it?
        ("Stop eating at 00:00 midday on the day before.",
         "'00:00 midday' midday or midnight? (its figures say one, its word the other)"),
        ("You can drink water until 12pm midnight.", "'12pm midnight' midday or midnight?"),
        ("Stop eating at 12pm midday.", None),
        ("Increase it at 5 to 10 units a day.", None),
        ("Give it at 10 to 12 hours apart.", None),
        # a time led to, a dose before its time, opening hours, a fraction of one: one reading
        ("Take your tablets at 8 am and 8 pm.", None),
        ("Take 1 tablet 2pm and 1 tablet 10pm.", None),
        ("Take it at 1 or 2 pm, after lunch.", None),
        ("The clinic is open 9am-5pm. Bring your tablets.", None),
        ("Take 1 tablet in the morning (8 am) and 1 at 2pm.", None),
        ("Your dose is 3/4 tablet.", None),
        ("On 1/2/2025 take 2 tablets.", None),
        ("Come in at 2 pm for your scan.", None),
        ("Take 2, 4 times a day.", None),
        ("Dose given at: ____ am/pm", None),
        ("Take 2 tablets 4 times a day.", None),
        ("Walk for 2 4 times a week.", None),
    ],
)
def test_wording_that_reads_two_ways_is_found(written, ambiguous):
    found = ambiguous_wording(written)
    if ambiguous is None:
        assert found == []
    else:
        (said,) = found
        assert ambiguous in said and said.startswith(f"'{written}'")


def test_checker_catches_a_quiet_file_with_a_gap_and_no_chapters(built, leaflet_442, tmp_path):
    mp3, _ = built
    samples = decode_audio(mp3)
    gap = np.zeros(3 * SAMPLE_RATE, dtype=np.float32)
    spoiled = np.concatenate([samples[: 60 * SAMPLE_RATE], gap, samples[60 * SAMPLE_RATE :]])
    bad = tmp_path / "442-v3-audio.mp3"
    bad.write_bytes(encode_mp3(spoiled * 0.3))
    report = check_audio(leaflet_442, AudioSettings(voice="draft"), [bad])
    problems = " | ".join(report.problems)
    assert "loudness is" in problems
    # (the gap put in at 1:00 may join a pause just before it)
    assert re.search(r"s of silence at (?:0:59|1:00)", problems)
    assert "no ID3 tags" in problems
    assert "are not the ones announced" in problems
    assert "no sentence timings" in problems


# ---- engines and the cache -------------------------------------------------------------------


def test_cache_re_synthesises_only_what_changed(tmp_path):
    engine = EspeakEngine()
    sentences = ["Stand with your back against a wall.", "Arch up your back."]
    first = SynthesisStats()
    synthesise_all([Request(engine, "en", s) for s in sentences], cache=tmp_path, stats=first)
    assert (first.synthesised, first.from_cache) == (2, 0)
    again = SynthesisStats()
    edited = [sentences[0], "Arch up your back slowly."]
    synthesise_all([Request(engine, "en", s) for s in edited], cache=tmp_path, stats=again)
    assert (again.synthesised, again.from_cache) == (1, 1)
    slower = EspeakEngine(words_per_minute=130)
    assert (
        Request(slower, "en", sentences[0]).cache_key()
        != Request(engine, "en", sentences[0]).cache_key()
    )


def test_piper_speaks_a_few_sentences_at_the_asked_rate(tmp_path):
    engine = PiperEngine(words_per_minute=160)
    sentences = [
        "Gently tighten your tummy muscles, and flatten your lower back against the wall.",
        "You should feel a gentle stretch at the bottom of your back.",
    ]
    voices = synthesise_all([Request(engine, "en", s) for s in sentences], cache=tmp_path)
    for samples in voices:
        assert float(np.max(np.abs(samples))) > 0.05
    seconds = sum(len(samples) for samples in voices) / SAMPLE_RATE
    words = sum(len(sentence.split()) for sentence in sentences)
    assert 130 < words * 60 / seconds < 220
    assert 1.1 < 1 / engine.speed() < 1.6  # the bundled voice speaks fast: slowed to 160
    assert engine.voice("en").startswith("en_US-joe-medium.onnx#")
    assert not engine.speaks("ur")


def test_piper_says_a_sentence_the_same_way_every_time():
    """Piper samples its voice with noise: drawn from the sentence's own seed, a word checked by
    ear (make pronunciation) is said as it was heard on every later build."""
    engine = PiperEngine(words_per_minute=160)
    first, again = (engine.synthesise("Take your methotrexate once a week.", "en") for _ in "12")
    assert np.array_equal(first, again)
    other = engine.synthesise("Take your methotrexate once a week!", "en")
    assert not np.array_equal(first[: len(other)], other[: len(first)])


@pytest.mark.parametrize(
    "written, said",
    [
        ("Close your eyes.", "klˈoʊz"),  # an instruction: espeak-ng reads "close" as near
        ("It is close to the ward.", None),
        ("There is a small tear in the bowel.", "tˈɛɹ"),  # a rip, not a teardrop
        ("Insert the pessary at night.", "ɪnsˈɜːt"),  # the verb, stressed as one
        ("Separate the tablets.", "sˈɛpəɹeɪt"),
        ("Use a separate towel.", "jˈuːz ɐ]] separate"),  # the verb "use", "separate" as written
        ("A separate towel is best.", None),
        ("Contract your pelvic floor muscles.", "kəntɹˈækt"),  # a pelvic floor exercise
        ("Sign the contract.", None),
        ("Use the cream twice a day.", "jˈuːz"),  # the verb, not "a use"
        ("Record your blood sugar.", "ɹɪkˈɔːd"),
        ("Increase the dose slowly.", "ɪŋkɹˈiːs"),
        ("Close one eye.", "klˈoʊz"),
        ("You had a third-degree tear.", "tˈɛɹ"),
        ("Tear open the sachet.", "tˈɛɹ"),
        ("You may have tears in your eyes.", "tˈɪɹz"),
        ("Massage the tear duct.", "tˈɪɹ"),
    ],
)
def test_piper_says_a_word_spelt_like_another_as_its_sentence_means(written, said):
    """Homographs espeak-ng reads one way whatever the sentence: the lexicon gives the reading
    by the words around them (config/pronunciations.yaml `sounds`, keys of several words)."""
    piper = PiperEngine(sounds=load_pronunciations().sounds)
    given = piper.spoken_form(written)
    if said is None:
        assert "[[" not in given
    else:
        assert said in given


@pytest.mark.parametrize(
    "written, letter",
    [
        ("Come to Ward seven A on the second floor.", True),  # was heard "seven of"
        ("Your blood group is A positive.", True),
        ("Ask for Nurse A Smith.", True),
        ("Car park A is closest.", True),
        ("The H C A will help you.", True),
        ("The M H R A runs the Yellow Card scheme.", True),
        # letters named together: "two sachets (A and B)" was heard "sashay say and be"
        ("It comes as two sachets (A and B) in each bag.", True),
        ("Choose A or B.", True),
        ("A nurse will call you.", False),
        ("A and a nurse.", False),
        ("TAKE A DOUBLE DOSE.", False),
        ("Take two tablets. A nurse will check.", False),
    ],
)
def test_piper_says_the_letter_a_where_it_is_a_letter(written, letter):
    """A capital A that is a letter (a ward, a blood group, an initial, the end of an
    abbreviation spelt out) was read as the word "a": "Ward 7A" was heard "seven of"."""
    given = PiperEngine(sounds={}).spoken_form(written)
    assert ("[[ˈeɪ]]" in given) == letter, given


def test_piper_says_a_lexicon_word_from_its_british_sounds(tmp_path):
    """config/pronunciations.yaml `sounds`: IPA for the neural voice, which espeak-ng reads
    wrongly ("codeine" as "co-dine"); a voice trained on American English gets the nearest
    vowel it knows (əʊ -> oʊ), and the draft voice says the word as written."""
    sounds = {"codeine": "kˈəʊdiːn", "co-codamol": "kˌəʊkˈəʊdəmɒl"}
    piper = PiperEngine(words_per_minute=160, sounds=sounds)
    assert piper.spoken_form("Take Codeine or co-codamol.") == (
        "Take [[kˈoʊdiːn]] or [[kˌoʊkˈoʊdəmɑːl]]."
    )
    assert piper.spoken_form("Take codeinex.") == "Take codeinex."
    as_written, from_sounds = synthesise_all(
        [Request(piper, "en", "Take codeine."), Request(piper, "en", "Take [[kˈoʊdiːn]].")],
        cache=tmp_path,
    )
    assert not np.array_equal(as_written, from_sounds)
    assert EspeakEngine().spoken_form("Take codeine.") == "Take codeine."


def test_a_colon_or_exclamation_after_a_lexicon_word_is_not_read_aloud():
    """espeak-ng names a ":" or "!" that starts the text after a block of sounds ("per litre:"
    was heard "per litre colon"), so the mark goes inside the block, where it is a pause."""
    piper = PiperEngine(sounds={"litre": "lˈiːtə", "if": "ɪf"})
    assert piper.spoken_form("Keep it below 4 per litre:") == "Keep it below 4 per [[lˈiːtə:]]"
    assert piper.spoken_form("Call 999 if: you faint") == "Call 999 [[ɪf:]] you faint"
    assert piper.spoken_form("One litre! Then stop.") == "One [[lˈiːtə!]] Then stop."
    assert piper.spoken_form("(one litre): drink") == "(one [[lˈiːtə:]]) drink"
    voice = PiperVoice.load(piper.model)
    for said in ("per litre:", "if: you faint", "one litre! Then", "(one litre): drink"):
        phonemes = "".join(sum(voice.phonemize(piper.spoken_form(said)), []))
        assert "kˈoʊlən" not in phonemes and "ˈɛkskləm" not in phonemes


@pytest.mark.parametrize(
    "said, letter",
    [
        ("Go to A and E straight away.", True),  # heard as "go to it and eat"
        ("If it is still low, repeat step A.", True),
        ("Repeat step A up to three times.", True),  # heard as "repeat step up"
        ("Vitamin A is found in eggs.", True),
        ("a: Remove the cap.", True),
        ("A nurse will call you.", False),
        ("Having A Colonoscopy", False),  # a title in Title Case
        ("DO NOT TAKE A DOUBLE DOSE.", False),  # shouted: the word
        ("Warfarin - A guide for patients", False),
        ("Step 1 A nurse will call you.", False),
        # a reference spelt out: "A C S, dash" was heard "of C S"
        ("Leaflet number A C S, dash, zero four two.", True),
        ("A B12 injection is due.", False),
    ],
)
def test_the_letter_a_is_said_as_the_letter_not_the_word(said, letter):
    """espeak-ng, and so Piper, reads a lone capital A before a word as the word "a"."""
    piper = PiperEngine(sounds=load_pronunciations().sounds)
    given = piper.spoken_form(said)
    assert bool(re.search(r"\[\[[ˈˌ]eɪ", given)) == letter, given
    if letter:
        phonemes = "".join(sum(PiperVoice.load(piper.model).phonemize(given), []))
        assert re.search("[ˈˌ]eɪ", phonemes), phonemes


def test_a_sound_the_voice_cannot_make_is_named():
    """The usual slip: a keyboard g for IPA's ɡ."""
    with pytest.raises(LeafletError, match=r"sounds\.gaviscon: .*cannot say 'g'"):
        PiperEngine(sounds={"gaviscon": "gˈavɪskɒn"})


def test_a_word_is_respelt_or_given_sounds_not_both(project, capsys):
    path = project / "config" / "pronunciations.yaml"
    path.write_text("say:\n  Codeine: koh-deen\nsounds:\n  codeine: kˈəʊdiːn\n", "utf-8")
    assert main(["speech-script", "442"]) == 2
    assert "codeine is under say and sounds: keep one" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "forms", "named"),
    [
        # Romanian counts as the code has no rule for ("1 miligram", "2 miligrame", "20 de
        # miligrame"): not guessed
        ("ro", "mg: {one: miligram}", "ro: no rule in the code says which form of a unit"),
        ("cy", "mg: {few: miligram}", "cy: units: mg: give its one"),
        ("pl", "mg: {one: miligram, few: miligramy}", "pl: units: mg: give its many, fraction"),
    ],
)
def test_a_units_words_the_code_cannot_agree_are_named(project, capsys, lang, forms, named):
    """One clear message, never a unit said in a form that may not agree with its number."""
    path = project / "config" / "pronunciations.yaml"
    path.write_text(
        f"other_languages:\n  {lang}:\n    digits: [a, b, c, d, e, f, g, h, i, j]\n"
        '    symbols: {"@": a, ".": b, "/": c, "-": d, _: e}\n'
        f"    units:\n      {forms}\n",
        "utf-8",
    )
    assert main(["speech-script", "442"]) == 2
    assert named in capsys.readouterr().err

@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("digits: [dim, un, dau, tri, pedwar, pump, chwech, saith, wyth, naw]",
         "give digits and symbols together, or neither"),
        ("extension: estyniad", "an extension's word needs the digits to say after it"),
    ],
)
def test_a_languages_words_without_digits_are_named_if_half_given(project, capsys, words, named):
    """A language may be given unit words alone (Welsh); digits without the symbols an address
    needs, or a word for an extension with no digits to say after it, is one clear message."""
    path = project / "config" / "pronunciations.yaml"
    path.write_text(f"other_languages:\n  cy:\n    {words}\n", "utf-8")
    assert main(["speech-script", "442"]) == 2
    assert named in capsys.readouterr().err


def test_a_missing_piper_voice_file_is_named(tmp_path):
    with pytest.raises(LeafletError, match="voice file .*nowhere.onnx does not exist"):
        PiperEngine(tmp_path / "nowhere.onnx")


def test_voice_option_is_checked():
    fmt = get_format("audio")
    assert settings_for(fmt, {"voice": "draft"}).voice == "draft"
    with pytest.raises(LeafletError, match="--voice"):
        settings_for(fmt, {"voice": "loud"})


# ---- gTTS: only its network is faked ------------------------------------------------------


def _offline(*args, **kwargs):
    raise requests.exceptions.ConnectionError("Name or service not known")


def test_online_voice_offline_fails_fast_and_leaves_no_mp3(project, monkeypatch):
    monkeypatch.setattr(requests.Session, "send", _offline)
    started = time.monotonic()
    with pytest.raises(LeafletError, match=r"online voice \(gTTS, Google\) could not be reached"):
        request("442", "audio", {"voice": "online"})
    assert time.monotonic() - started < 10
    assert not list((project / "outputs").rglob("*.mp3"))


def test_online_voice_gives_up_after_its_timeout(project, monkeypatch):
    asked = []

    def hanging(self, request, timeout=None, **kwargs):
        asked.append(timeout)
        time.sleep(timeout)
        raise requests.exceptions.ReadTimeout("read timed out")

    monkeypatch.setattr(requests.Session, "send", hanging)
    started = time.monotonic()
    with pytest.raises(LeafletError, match="waiting 1 s at most"):
        request("442", "audio", {"voice": "online", "online_timeout_seconds": "1"})
    assert time.monotonic() - started < 8
    assert asked and all(t == 1.0 for t in asked)
    assert not list((project / "outputs").rglob("*.mp3"))


def test_online_voice_decodes_what_google_sends(monkeypatch):
    """The faked server answers as Google's does, with real MP3 speech inside."""
    import base64

    speech = encode_mp3(EspeakEngine().synthesise("Arch up your back.", "en"))
    payload = base64.b64encode(speech).decode()
    body = f')]}}\'\n\n[["wrb.fr","jQ1olc","[\\"{payload}\\"]",null]]'.encode()

    class Answer:
        status_code = 200

        def raise_for_status(self):
            pass

        def iter_lines(self, chunk_size=1024):
            return iter(body.split(b"\n"))

    def send(self, request, timeout=None, **kwargs):
        assert "translate.google.co.uk" in request.url and timeout == 10.0
        answer = Answer()
        answer.request = request
        return answer

    monkeypatch.setattr(requests.Session, "send", send)
    samples = GttsEngine(timeout=10.0).synthesise("Arch up your back.", "en")
    assert 0.5 < len(samples) / SAMPLE_RATE < 3
    assert float(np.max(np.abs(samples))) > 0.05


def test_checker_catches_a_level_jump_in_a_tagged_file(built, leaflet_442, tmp_path):
    mp3, _ = built
    data = mp3.read_bytes()
    tag_size = 10 + sum(b << (7 * (3 - i)) for i, b in enumerate(data[6:10]))
    samples = decode_audio(mp3)
    quiet = slice(100 * SAMPLE_RATE, 112 * SAMPLE_RATE)
    samples[quiet] *= 0.1
    bad = tmp_path / "442-v3-audio.mp3"
    bad.write_bytes(data[:tag_size] + encode_mp3(samples))
    report = check_audio(leaflet_442, AudioSettings(voice="draft"), [bad])
    problems = " | ".join(report.problems)
    assert "the level jumps by -" in problems
    assert "chapters" not in problems and "ID3" not in problems


def test_pictures_lists_notices_and_inline_languages_in_the_script(leaflet_442):
    from dataclasses import replace

    from pipeline.model import Image, ListBlock, Notice, Paragraph, Span

    blocks = (
        Image("pictures/wall.png", "A woman standing with her back flat against a wall"),
        ListBlock(True, ((Span("Kneel on all fours"),), (Span("Arch your back"),))),
        Notice((Span("Stop if you feel pain."),), kind="warning"),
        Paragraph((Span("In Polish we say "), Span("dzień dobry", lang="pl"), Span(" to greet."))),
    )
    leaflet = replace(leaflet_442, blocks=leaflet_442.blocks + blocks)
    utterances = speech_script(leaflet).utterances
    texts = [u.text for u in utterances]
    assert "Picture: A woman standing with her back flat against a wall." in texts
    assert "Number one: Kneel on all fours." in texts and "Number two: Arch your back." in texts
    assert "Warning: Stop if you feel pain." in texts
    i = texts.index("dzień dobry")
    assert utterances[i].lang == "pl" and utterances[i - 1].text == "In Polish we say."
    assert texts[i + 1] == "to greet."


def test_any_piper_voice_file_named_in_config_is_used(tmp_path):
    from pipeline.formats.audio.engines import bundled_piper_model

    voice = tmp_path / "en_GB-trust-voice.onnx"
    voice.symlink_to(bundled_piper_model())
    (tmp_path / "en_GB-trust-voice.onnx.json").symlink_to(f"{bundled_piper_model()}.json")
    engine = engine_for_choice("standard", str(voice), 160, 10)("en")
    assert isinstance(engine, PiperEngine) and engine.model == voice
    assert engine.voice("en").startswith("en_GB-trust-voice.onnx#")


# A children's liquid medicine leaflet that writes its doses from the decimal point, as some do.
DOSES_FROM_THE_POINT = (
    "## How much to give\n\n"
    "Give your child .5ml of the liquid twice a day. If they are sick within an hour, give "
    ".25 ml more, then .5ml at the next dose.\n\n"
    "Measure 2.5ml, .5ml or 5ml with the syringe, never a kitchen spoon.\n"
)


def test_a_dose_written_from_its_decimal_point_is_said_whole(tmp_path):
    """'Give your child .5ml of the liquid' had been said 'Give your child.5ml of the liquid':
    the space before the point was tidied away as if before a full stop, so the voice heard
    a sentence end and 'five ml', ten times the dose. The point opening a figure is the
    figure's: 'zero point five millilitres', after a comma too."""
    from pipeline.sources import load_leaflet

    source = write_source(tmp_path, "9952-giving-liquid-medicine", "Children's Ward",
                          DOSES_FROM_THE_POINT)
    said = [u.text for u in speech_script(load_leaflet(source)).utterances if u.role == "text"]
    assert said == [
        "Give your child zero point five millilitres of the liquid twice a day.",
        "If they are sick within an hour, give zero point two five millilitres more, then zero "
        "point five millilitres at the next dose.",
        "Measure two point five millilitres, zero point five millilitres or five millilitres "
        "with the syringe, never a kitchen spoon.",
    ]


WELSH_LINES = (
    "## Keeping your cast dry\n\nDo not get your cast wet.\n\n"
    "[Peidiwch â gwlychu eich cast. Gorchuddiwch ef â bag plastig yn y gawod.]{lang=cy}\n\n"
    "Phone the Fracture Clinic on 0116 258 5430 if your fingers turn blue.\n"
)


def test_a_welsh_line_is_announced_and_read_by_the_welsh_voice(tmp_path):
    """A line tagged Welsh had been read in Welsh with nothing said first (Welsh had no row), as
    if the voice had gone wrong; every other language's line is announced."""
    from pipeline.sources import load_leaflet

    source = write_source(tmp_path, "9950-caring-for-your-cast", "Fracture Clinic", WELSH_LINES)
    said = [(u.text, u.lang) for u in speech_script(load_leaflet(source)).utterances]
    welsh = [index for index, (_, lang) in enumerate(said) if lang == "cy"]
    assert [said[index][0] for index in welsh] == [
        "Peidiwch â gwlychu eich cast. Gorchuddiwch ef â bag plastig yn y gawod."
    ], said
    assert said[welsh[0] - 1] == ("The next line is spoken in Welsh.", "en")
    assert ("Do not get your cast wet.", "en") in said


# A Welsh board's leaflet heading its parts in Welsh and English on one line, as its print does.
HEADED_BOTH_WAYS = (
    "## Pwysig / Important\n\nDo not get the wound wet for 48 hours.\n\n"
    "## If you are worried | Os ydych yn poeni\n\nPhone the ward on 01632 960 555.\n"
)


@pytest.mark.parametrize("language", ["en-GB", "cy"])
def test_a_heading_in_welsh_and_english_is_said_by_each_voice(tmp_path, language):
    """'Pwysig / Important' over a Welsh board's notice had been said wholly by the English
    voice ('Pwysig, or Important', the Welsh word read by English rules), and in a leaflet in
    Welsh wholly by the Welsh voice: each half is said by its own language's voice, in the
    order printed, with no 'or' between them (they are one heading, not a choice), in the
    list of chapters too ('If you are worried | Os ydych yn poeni' was read with its bar)."""
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path, "9951-caring-for-your-wound", "Surgery", HEADED_BOTH_WAYS, language=language
    )
    utterances = speech_script(load_leaflet(source)).utterances
    said = [(u.lang, u.text) for u in utterances if u.role == "heading"]
    assert said == [
        ("cy", "Pwysig"), ("en", "Important."),
        ("en", "If you are worried."), ("cy", "Os ydych yn poeni"),
    ]
    # ... and so are they in the list of chapters the recording opens with
    listed = [(u.lang, u.text) for u in utterances if u.role == "announcement"]
    assert ("cy", "Pwysig") in listed and ("cy", "Os ydych yn poeni;") in listed
    assert not any("or Important" in u.text or "|" in u.text for u in utterances)


def test_a_welsh_half_of_short_words_english_has_too_is_said_in_welsh(tmp_path):
    """'Ffoniwch ni / Call us' and 'Cysylltwch â ni / Contact us' had been said wholly by the
    English voice ('Ffoniwch ni, or Call us'): "ni" and "â" are English's letters too, so the
    Welsh half was not taken for Welsh. A Welsh verb's '-wch' and a lone 'â' make it Welsh;
    English halves of English words ('Call us / Email us') stay English."""
    from pipeline.sources import load_leaflet

    body = (
        "## Ffoniwch ni / Call us\n\nPhone the ward on 01632 960 555.\n\n"
        "## Cysylltwch â ni | Contact us\n\nWrite to the clinic.\n\n"
        "## Gofynnwch i ni / Ask us\n\nAsk at any time.\n\n"
        "## Call us / Email us\n\nWe are here to help.\n"
    )
    source = write_source(tmp_path, "9952-contact-the-ward", "Surgery", body)
    said = [(u.lang, u.text) for u in speech_script(load_leaflet(source)).utterances
            if u.role == "heading"]
    assert said == [
        ("cy", "Ffoniwch ni"), ("en", "Call us."),
        ("cy", "Cysylltwch â ni"), ("en", "Contact us."),
        ("cy", "Gofynnwch i ni"), ("en", "Ask us."),
        ("en", "Call us, or Email us."),
    ], said


def test_a_polish_leaflet_is_read_by_the_polish_voice(leaflet_442):
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    polish = replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language="pl", title="Ćwiczenia w ciąży"),
        blocks=(Paragraph((Span("Stań plecami do ściany, około 12 cm od niej."),)),),
        variant="pl",
    )
    utterances = speech_script(polish).utterances
    assert utterances[0].text.startswith("This recording is spoken in Polish")
    assert (utterances[1].text, utterances[1].lang) == ("Ćwiczenia w ciąży.", "pl")
    body = next(u for u in utterances if u.text.startswith("Stań"))
    assert body.lang == "pl" and "12 cm" in body.text  # English rules stay out of Polish
    assert utterances[2].lang == "en" and utterances[-1].lang == "en"



# A leaflet on pain tablets written wholly in Urdu: the importer saves it as a translation.
URDU_PAIN_TABLETS = """---
number: 7562
version: 1
title: درد کی گولیاں کیسے لیں
department: Pharmacy
last_reviewed: 2025-03
next_review: 2028-03
language: ur
---

## اپنی دوا کیسے لیں

- ہر خوراک میں 2 گولیاں پانی کے ساتھ لیں۔
- 24 گھنٹوں میں 8 سے زیادہ گولیاں نہ لیں۔

## مزید مدد

سوالات کے لیے فارمیسی کو فون کریں۔
"""


def test_a_translation_s_recording_says_first_what_language_it_is_in(tmp_path):
    """An Urdu leaflet's recording opened with its title in Urdu, then went on in English
    ("Information for Patients from ...", the chapter list) with nothing said of either, and
    the list's last title had 'The next line is spoken in English.' though all of the list's
    frame was English: it opens, in English, with what language it is in and that the
    hospital's own lines are English, and the frame never announces its own English again."""
    from pipeline.sources import load_leaflet

    source = tmp_path / "7562-pain-tablets.ur.md"
    source.write_text(URDU_PAIN_TABLETS, encoding="utf-8")
    utterances = speech_script(load_leaflet(source)).utterances
    said = [(u.text, u.lang) for u in utterances]
    assert said[0] == (
        "This recording is spoken in Urdu, with the hospital's own lines in English.", "en"
    )
    assert said[1] == ("درد کی گولیاں کیسے لیں.", "ur")
    opening = [u for u in utterances if u.role == "announcement"]
    assert "The next line is spoken in English." not in [u.text for u in opening]
    assert all(u.lang == "en" for u in opening if re.search("[A-Za-z]", u.text))
    assert ("Contact details and other languages.", "en") in said


@pytest.mark.parametrize(
    ("language", "front", "expected"),
    [
        (  # a Welsh anticoagulation clinic's leaflet, the audience the pipeline's own English
            "cy",
            {"department": "Clinig Gwrthgeulo"},
            [("en", "Information for Patients from University Hospitals of Lester N H S Trust."),
             ("cy", "Clinig Gwrthgeulo.")],
        ),
        (  # a Polish diabetes clinic's leaflet for patients, both lines in Polish
            "pl",
            {"department": "Poradnia Diabetologiczna", "audience": "Informacje dla pacjentów"},
            [("en", "Information from University Hospitals of Lester N H S Trust."),
             ("pl", "Poradnia Diabetologiczna. Informacje dla pacjentów.")],
        ),
        (  # a Welsh leaflet for parents, its department left in English
            "cy",
            {"department": "Children's Ward", "audience": "Gwybodaeth i rieni a gofalwyr"},
            [("en", "Information from University Hospitals of Lester N H S Trust, Children's "
                    "Ward."),
             ("cy", "Gwybodaeth i rieni a gofalwyr.")],
        ),
        (  # a Polish leaflet whose department was never translated stays one English line
            "pl",
            {"department": "Diabetes Centre"},
            [("en", "Information for Patients from University Hospitals of Lester N H S Trust, "
                    "Diabetes Centre.")],
        ),
    ],
)
def test_a_translation_s_department_and_audience_are_said_by_its_voice(
    tmp_path, language, front, expected
):
    """A Welsh leaflet's opening had its department said by the English voice, 'Information
    for Patients from ... Trust, Clinig Gwrthgeulo', the Welsh read by English rules, and a
    Polish audience was 'for informacje dla pacjentów' in English: a department or audience
    in the leaflet's language is said by its voice after the English; one left in English
    stays in the English sentence."""
    from pipeline.sources import load_leaflet

    department = front.pop("department")
    source = write_source(
        tmp_path, "9953-your-warfarin-dose", department,
        "## Eich dos\n\nTake it at 6pm.\n", language=language, **front,
    )
    opening = [(u.lang, u.text) for u in speech_script(load_leaflet(source)).utterances[2:]]
    assert opening[: len(expected)] == expected
    assert opening[len(expected)][1].startswith("Leaflet number nine thousand")


@pytest.mark.parametrize(
    ("organisation", "expected"),
    [
        (  # a Welsh health board's own leaflet, the board named in Welsh
            "Bwrdd Iechyd Prifysgol Hywel Dda",
            [("en", "Information for Patients from:"),
             ("cy", "Bwrdd Iechyd Prifysgol Hywel Dda"),
             ("cy", "Adran Llawfeddygaeth Gyffredinol.")],
        ),
        (  # the same board named in English stays in the English sentence
            "Betsi Cadwaladr University Health Board",
            [("en", "Information for Patients from Betsi Cadwaladr University Health Board."),
             ("cy", "Adran Llawfeddygaeth Gyffredinol.")],
        ),
    ],
)
def test_a_translation_s_organisation_in_its_own_language_is_said_by_its_voice(
    tmp_path, organisation, expected
):
    """A Welsh leaflet's opening had the English voice say 'Information for Patients from
    Bwrdd Iechyd Prifysgol Hywel Dda', the Welsh read by English rules: a trust's name in the
    leaflet's language is said by that language's voice, as its department is; one in English
    stays English."""
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path, "217-gofalu-am-eich-clwyf", "Adran Llawfeddygaeth Gyffredinol",
        "## Eich clwyf\n\nCadwch y dresin ar y clwyf am 48 awr.\n",
        language="cy", organisation=organisation,
    )
    opening = [(u.lang, u.text) for u in speech_script(load_leaflet(source)).utterances[2:]]
    assert opening[: len(expected)] == expected
    assert opening[len(expected)][1].startswith("Leaflet number two hundred")


def test_an_urdu_department_is_said_by_the_urdu_voice(tmp_path):
    """'فارمیسی' (pharmacy) in an Urdu leaflet's front matter had been given to the English
    voice, which cannot read it; a department in Latin letters stays English."""
    from pipeline.sources import load_leaflet

    source = tmp_path / "7562-pain-tablets.ur.md"
    for department, expected in [
        ("فارمیسی", [("en", "Information for Patients from University Hospitals of Lester N H "
                            "S Trust."), ("ur", "فارمیسی.")]),
        ("Pharmacy", [("en", "Information for Patients from University Hospitals of Lester N "
                             "H S Trust, Pharmacy.")]),
    ]:
        source.write_text(
            URDU_PAIN_TABLETS.replace("department: Pharmacy", f"department: {department}"),
            encoding="utf-8",
        )
        said = [(u.lang, u.text) for u in speech_script(load_leaflet(source)).utterances]
        assert said[2 : 2 + len(expected)] == expected
        assert said[2 + len(expected)][1].startswith("Leaflet number")


# A wound-care leaflet written wholly in Urdu, and the same lines in Arabic: the number to ring
# about bleeding, NHS 111 and the GP inside their sentences, a table with an English cell.
URDU_WOUND_CARE = """---
number: 7563
version: 1
title: گھر پر اپنے زخم کی دیکھ بھال
department: Surgery
last_reviewed: 2025-04
next_review: 2028-04
language: ur
---

## خون بہنا

اگر زخم سے خون بہنا بند نہ ہو تو وارڈ کو 0116 258 4321 پر فون کریں۔

اگر آپ کو بخار ہو تو اپنے GP سے بات کریں یا NHS 111 کو فون کریں۔

## دوا

| وقت | دوا | خوراک |
|---|---|---|
| صبح 9 بجے | [Ibuprofen 200mg]{lang=en} | 1 گولی |
"""
ARABIC_WOUND_CARE = """---
number: 7563
version: 1
title: العناية بجرحك في المنزل
department: Surgery
last_reviewed: 2025-04
next_review: 2028-04
language: ar
---

## النزيف

إذا لم يتوقف نزيف الجرح فاتصل بالجناح على الرقم 0116 258 4321.

إذا أصبت بالحمى فتحدث إلى طبيبك GP أو اتصل بالرقم NHS 111.

## الدواء

| الوقت | الدواء | الجرعة |
|---|---|---|
| الساعة 9 صباحا | [Ibuprofen 200mg]{lang=en} | قرص واحد |
"""
WOUND_CARE = {"ur": URDU_WOUND_CARE, "ar": ARABIC_WOUND_CARE}


def _wound_care_said(tmp_path, lang: str) -> list[tuple[str, str]]:
    from pipeline.sources import load_leaflet

    source = tmp_path / f"7563-wound-care.{lang}.md"
    source.write_text(WOUND_CARE[lang], encoding="utf-8")
    return [(u.lang, u.text) for u in speech_script(load_leaflet(source)).utterances]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ur", "اگر زخم سے خون بہنا بند نہ ہو تو وارڈ کو 0 1 1 6, 2 5 8, 4 3 2 1 پر فون کریں۔"),
        ("ar", "إذا لم يتوقف نزيف الجرح فاتصل بالجناح على الرقم 0 1 1 6, 2 5 8, 4 3 2 1."),
    ],
)
def test_a_number_to_ring_inside_a_translated_sentence_is_said_by_its_voice(
    tmp_path, lang, sentence
):
    """'... وارڈ کو 0116 258 4321 پر فون کریں۔' had the English voice say 'oh one one six, two
    five eight, four three two one' between two pieces of Urdu, while the trust's Urdu line
    has its number said by the Urdu voice as digits: the sentence is one utterance in its own
    voice, its number in the same digits as the trust's lines, in their groups."""
    said = _wound_care_said(tmp_path, lang)
    assert (lang, sentence) in said
    assert not any("oh one one six, two five eight" in text for _, text in said)
    trust = [text for voice, text in said if voice == lang and text.startswith("0 1 1 6, ")]
    assert trust and all(re.fullmatch(r"0 1 1 6, \d \d \d, \d \d \d \d", t) for t in trust)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ur",
            [
                ("ur", "اگر آپ کو بخار ہو تو اپنے"),
                ("en", "G P"),
                ("ur", "سے بات کریں یا"),
                ("en", "N H S one one one"),
                ("ur", "کو فون کریں۔"),
            ],
        ),
        (
            "ar",
            [
                ("ar", "إذا أصبت بالحمى فتحدث إلى طبيبك"),
                ("en", "G P"),
                ("ar", "أو اتصل بالرقم"),
                ("en", "N H S one one one."),
            ],
        ),
    ],
)
def test_english_capitals_inside_a_translated_sentence_are_the_english_voice_s(
    tmp_path, lang, expected
):
    """'NHS' and 'GP' inside an Urdu sentence had been left to the Urdu voice, to say as it
    could: they go to the English voice as English says them, letter by letter, as other
    English runs do. 'NHS 111' is the service's name, said whole in English ('N H S' in
    English, then '1 1 1' in Urdu, had parted it between two voices)."""
    said = _wound_care_said(tmp_path, lang)
    start = said.index(expected[0])
    assert said[start : start + len(expected)] == expected


# A pain-relief leaflet in Urdu and in Arabic naming its medicines in English letters, untagged,
# as translators write them inside their sentences.
PAIN_RELIEF = {
    "ur": """---
number: 7564
version: 1
title: درد کی دوا
department: Pharmacy
last_reviewed: 2025-05
next_review: 2028-05
language: ur
---

ہر 4 سے 6 گھنٹے بعد paracetamol کی 2 گولیاں لیں۔

اگر آپ ibuprofen یا Nurofen لے رہے ہیں تو اپنے فارماسسٹ کو بتائیں۔

فارمیسی سے یہ دوا لیں: Paracetamol 500mg۔
""",
    "ar": """---
number: 7564
version: 1
title: دواء الألم
department: Pharmacy
last_reviewed: 2025-05
next_review: 2028-05
language: ar
---

خذ قرصين من paracetamol كل 4 إلى 6 ساعات.

إذا كنت تتناول ibuprofen أو Nurofen فأخبر الصيدلي.

اطلب من الصيدلية هذا الدواء: Paracetamol 500mg.
""",
}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ur",
            [
                ("ur", "ہر 4 سے 6 گھنٹے بعد"),
                ("en", "paracetamol"),
                ("ur", "کی 2 گولیاں لیں۔"),
                ("ur", "اگر آپ"),
                ("en", "ibuprofen"),
                ("ur", "یا"),
                ("en", "Nurofen"),
                ("ur", "لے رہے ہیں تو اپنے فارماسسٹ کو بتائیں۔"),
                ("ur", "فارمیسی سے یہ دوا لیں:"),
                ("en", "Paracetamol five hundred milligrams."),
            ],
        ),
        (
            "ar",
            [
                ("ar", "خذ قرصين من"),
                ("en", "paracetamol"),
                ("ar", "كل 4 إلى 6 ساعات."),
                ("ar", "إذا كنت تتناول"),
                ("en", "ibuprofen"),
                ("ar", "أو"),
                ("en", "Nurofen"),
                ("ar", "فأخبر الصيدلي."),
                ("ar", "اطلب من الصيدلية هذا الدواء:"),
                ("en", "Paracetamol five hundred milligrams."),
            ],
        ),
    ],
)
def test_english_words_inside_a_translated_sentence_are_the_english_voice_s(
    tmp_path, lang, expected
):
    """A medicine named in English letters inside an Urdu or Arabic sentence ('... paracetamol
    کی 2 گولیاں لیں۔') had been left to the Urdu voice, which reads Latin letters by its own
    rough English: the English voice says it, as it says 'NHS', and its strength with it
    ('Paracetamol 500mg' as 'Paracetamol five hundred milligrams', never the Urdu voice's
    number and the English voice's 'mg'); the sentence's own figures stay in its voice, and
    its stop after the last English word ends the English."""
    from pipeline.sources import load_leaflet

    source = tmp_path / f"7564-pain-relief.{lang}.md"
    source.write_text(PAIN_RELIEF[lang], encoding="utf-8")
    said = [(u.lang, u.text) for u in speech_script(load_leaflet(source)).utterances]
    start = said.index(expected[0])
    assert said[start : start + len(expected)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "اپنی دوا کے بارے میں Dr. Khan سے بات کریں۔",
            [("ur", "اپنی دوا کے بارے میں"), ("en", "Doctor Khan"), ("ur", "سے بات کریں۔")],
        ),
        (
            "درد کے لیے کوئی دوا، e.g. paracetamol، فارمیسی سے لیں۔",
            [
                ("ur", "درد کے لیے کوئی دوا،"),
                ("en", "for example paracetamol,"),
                ("ur", "فارمیسی سے لیں۔"),
            ],
        ),
        (
            "مزید معلومات کے لیے NHS www.nhs.uk دیکھیں۔",
            [
                ("ur", "مزید معلومات کے لیے"),
                ("en", "N H S w w w dot n h s dot u k"),
                ("ur", "دیکھیں۔"),
            ],
        ),
    ],
)
def test_english_words_side_by_side_in_a_translated_sentence_are_said_as_one(sentence, expected):
    """English words beside each other in an Urdu sentence are said as English says them
    together: each had been said alone and run into the next ('Dr. Khan' as 'Doctor.Khan',
    'e.g. paracetamol' as 'e.g.paracetamol'), and a word before an address took the address's
    first part ('NHS www' said as words, '.nhs.uk' left over)."""
    assert SpeechNormaliser(load_pronunciations()).other_language(sentence, "ur") == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "named"),
    [
        # take 500mg twice a day; take 2.5 ml each morning; take 500 mg twice a day (Arabic)
        ("ur", "روزانہ دو بار 500mg لیں۔", "'500mg'"),
        ("ur", "ہر صبح 2.5ml لیں۔", "'2.5ml'"),
        ("ar", "تناول 500 mg مرتين يوميا.", "'500 mg'"),
        # after a medicine's name the English voice says it whole: nothing to name
        ("ur", "Paracetamol 500mg دن میں دو بار لیں۔", None),
        # a Latin script's own "mg", and a count in the language's words
        ("pl", "Przyjmuj 500mg dwa razy dziennie.", None),
        ("ur", "ہر 4 سے 6 گھنٹے بعد 2 گولیاں لیں۔", None),
    ],
)
def test_a_unit_in_english_letters_after_a_figure_in_another_script_is_named(
    lang, sentence, named
):
    """A bare '500mg' in an Urdu or Arabic sentence is said by its voice as the figure in the
    language ('paanch sau') and the unit as English letters ('em jee'), heard by espeak-ng's
    own switch to English; nothing was said to anyone. The figure stays in the patient's
    language, in the sentence's voice ('500 mg' spaced too, which had gone to the English
    voice as 'mg' alone), and the check names it for the translator to write the unit."""
    from pipeline.formats.audio.speech_script import said_as_printed_elsewhere

    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    found = said_as_printed_elsewhere(sentence, lang)
    if named is None:
        assert not [f for f in found if "unit as English letters" in f]
    else:
        assert said == [(lang, sentence)]
        (finding,) = found
        assert f"says {named} as the figure, then the unit as English letters" in finding


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (  # if your sugar level is above 16.6 mmol/L
            "ur",
            "اگر آپ کا شوگر لیول 16.6 mmol/L سے زیادہ ہو تو روزہ توڑ دیں۔",
            [
                ("ur", "اگر آپ کا شوگر لیول 16.6"),
                ("en", "millimoles per litre"),
                ("ur", "سے زیادہ ہو تو روزہ توڑ دیں۔"),
            ],
        ),
        (  # do not drive if your sugar is below 4 mmol/L.
            "ar",
            "لا تقد السيارة إذا كان السكر أقل من 4 mmol/L.",
            [("ar", "لا تقد السيارة إذا كان السكر أقل من 4"), ("en", "millimoles per litre.")],
        ),
        (  # the dose is 15 mg/kg each time
            "ur",
            "ہر بار خوراک 15 mg/kg ہے۔",
            [("ur", "ہر بار خوراک 15"), ("en", "milligrams per kilogram"), ("ur", "ہے۔")],
        ),
        (  # the drip runs at 5 ml/hour
            "ar",
            "يعمل المحلول بسرعة 5 ml/hour طوال الليل.",
            [
                ("ar", "يعمل المحلول بسرعة 5"),
                ("en", "millilitres an hour"),
                ("ar", "طوال الليل."),
            ],
        ),
        (  # your HbA1c target is below 48 mmol/mol
            "ur",
            "آپ کا ہدف 48 mmol/mol سے کم ہے۔",
            [("ur", "آپ کا ہدف 48"), ("en", "millimoles per mole"), ("ur", "سے کم ہے۔")],
        ),
        (  # the medicine is 250mg/5ml
            "ur",
            "یہ دوا 250mg/5ml ہے۔",
            [("ur", "یہ دوا 250"), ("en", "milligrams in five millilitres"), ("ur", "ہے۔")],
        ),
        (  # give Paracetamol 15 mg/kg/day: after a medicine's name, its strength is whole
            "ur",
            "Paracetamol 15 mg/kg/day دیں۔",
            [("en", "Paracetamol fifteen milligrams per kilogram a day"), ("ur", "دیں۔")],
        ),
        (  # 1 mmol/L: the unit in the form its figure takes
            "ur",
            "کیٹونز 1 mmol/L سے کم ہونے چاہئیں۔",
            [("ur", "کیٹونز 1"), ("en", "millimole per litre"), ("ur", "سے کم ہونے چاہئیں۔")],
        ),
    ],
)
def test_a_unit_written_with_a_slash_in_another_script_is_one_english_piece(
    lang, sentence, expected
):
    """'16.6 mmol/L' in an Urdu or Arabic sentence was parted between voices: the Urdu voice
    said '16.6 mmol slash' and the English voice 'L' alone, the letters after the '/' taken
    for an English word. The unit is one piece, said whole by the English voice as English
    says it ('millimoles per litre'); the figure stays in the patient's language."""
    from pipeline.formats.audio.speech_script import units_split_over_voices

    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said == expected
    script = tuple(Utterance(text, piece_lang, "text", 0.3) for piece_lang, text in said)
    assert units_split_over_voices(script) == []


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (  # take 2 x 5ml/day of the medicine each day
            "ur",
            "روزانہ 2 x 5ml/day دوا لیں۔",
            [("ur", "روزانہ"), ("en", "two, each of five millilitres, a day"), ("ur", "دوا لیں۔")],
        ),
        (  # take 3 x 500mg in the day
            "ur",
            "دن میں 3 x 500mg لیں۔",
            [("ur", "دن میں"), ("en", "three, each of five hundred milligrams"), ("ur", "لیں۔")],
        ),
        (  # take 2 × 5 ml/day of the medicine, the times sign printed
            "ar",
            "خذ 2 × 5 ml/day من الدواء.",
            [("ar", "خذ"), ("en", "two, each of five millilitres, a day"), ("ar", "من الدواء.")],
        ),
    ],
)
def test_a_count_times_a_dose_in_another_script_is_said_with_the_dose(lang, sentence, expected):
    """'2 x 5ml/day' in an Urdu sentence was '2' by the Urdu voice, then 'x five millilitres a
    day' by the English voice, the 'x' said as the letter (and '2 × 5' left to the Urdu
    voice): the count and its dose are one English piece, said as an English leaflet's '2 x
    5ml/day' is, the count never parted from what it counts."""
    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (  # the water must not be hotter than 37°C
            "pa",
            "ਪਾਣੀ 37°C ਤੋਂ ਵੱਧ ਗਰਮ ਨਹੀਂ ਹੋਣਾ ਚਾਹੀਦਾ।",
            [("pa", "ਪਾਣੀ 37"), ("en", "degrees Celsius"), ("pa", "ਤੋਂ ਵੱਧ ਗਰਮ ਨਹੀਂ ਹੋਣਾ ਚਾਹੀਦਾ।")],
        ),
        (  # if you have a fever of 38.5 °C or more, go to A&E
            "gu",
            "જો તમને 38.5 °C કે તેથી વધુ તાવ હોય, તો A&E જાઓ.",
            [("gu", "જો તમને 38.5"), ("en", "degrees Celsius"), ("gu", "કે તેથી વધુ તાવ હોય, તો"),
             ("en", "A and E"), ("gu", "જાઓ.")],
        ),
        (  # if your temperature is 38°C or more, phone 111
            "ur",
            "اگر آپ کا درجہ حرارت 38°C یا زیادہ ہو تو فون کریں۔",
            [("ur", "اگر آپ کا درجہ حرارت 38"), ("en", "degrees Celsius"),
             ("ur", "یا زیادہ ہو تو فون کریں۔")],
        ),
        (  # the bath water should not be over 100°F; a reading over 38° (no scale)
            "pa",
            "ਨਹਾਉਣ ਦਾ ਪਾਣੀ 100°F ਤੋਂ ਵੱਧ ਨਾ ਹੋਵੇ, ਤਾਪਮਾਨ 38° ਤੋਂ ਵੱਧ ਹੋਵੇ ਤਾਂ ਫ਼ੋਨ ਕਰੋ।",
            [("pa", "ਨਹਾਉਣ ਦਾ ਪਾਣੀ 100"), ("en", "degrees Fahrenheit"),
             ("pa", "ਤੋਂ ਵੱਧ ਨਾ ਹੋਵੇ, ਤਾਪਮਾਨ 38"), ("en", "degrees"),
             ("pa", "ਤੋਂ ਵੱਧ ਹੋਵੇ ਤਾਂ ਫ਼ੋਨ ਕਰੋ।")],
        ),
        (  # a chart's column: temperature (°C)
            "pa",
            "ਤਾਪਮਾਨ (°C)",
            [("pa", "ਤਾਪਮਾਨ ("), ("en", "degrees Celsius"), ("pa", ")")],
        ),
        # a Latin script's voice says its own words for the measure, as before
        ("pl", "gorączka 38°C lub wyższa", [("pl", "gorączka 38 stopni Celsjusza lub wyższa")]),
    ],
)
def test_a_temperature_in_another_script_is_one_english_piece(lang, sentence, expected):
    """A Punjabi foot care leaflet's 'ਪਾਣੀ 37°C ਤੋਂ ਵੱਧ ...' (water no hotter than 37°C) was
    said '... 37°' by the Punjabi voice, which drops the degree sign, then 'C' alone by the
    English voice: the patient heard 'thirty-seven' and a letter. The degree and its scale are
    one piece after the figure, said whole by the English voice ('degrees Celsius'), in every
    script that is not Latin, as a unit with '/' already was; the figure stays in the
    patient's language."""
    from pipeline.formats.audio.speech_script import units_split_over_voices

    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said == expected
    script = tuple(Utterance(text, piece_lang, "text", 0.3) for piece_lang, text in said)
    assert units_split_over_voices(script) == []


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (  # keep it in the fridge at 2°C-8°C
            "ur",
            "فریج میں 2°C-8°C پر رکھیں۔",
            [("ur", "فریج میں"), ("en", "two degrees Celsius to eight degrees Celsius"),
             ("ur", "پر رکھیں۔")],
        ),
        (  # keep the medicine in the fridge (2–8°C)
            "pa",
            "ਦਵਾਈ ਨੂੰ ਫਰਿੱਜ ਵਿੱਚ ਰੱਖੋ (2–8°C)।",
            [("pa", "ਦਵਾਈ ਨੂੰ ਫਰਿੱਜ ਵਿੱਚ ਰੱਖੋ ("), ("en", "two to eight degrees Celsius"),
             ("pa", ")।")],
        ),
        (  # store the pen in the fridge, 2 - 8 °C; do not freeze
            "gu",
            "પેનને ફ્રિજમાં 2 - 8 °C પર રાખો, ફ્રીઝ ન કરો.",
            [("gu", "પેનને ફ્રિજમાં"), ("en", "two to eight degrees Celsius"),
             ("gu", "પર રાખો, ફ્રીઝ ન કરો.")],
        ),
        (  # keep your sugar between 4-7 mmol/L before meals
            "ar",
            "حافظ على مستوى السكر 4-7 mmol/L قبل الوجبات.",
            [("ar", "حافظ على مستوى السكر"), ("en", "four to seven millimoles per litre"),
             ("ar", "قبل الوجبات.")],
        ),
        (  # take 250-500 mg twice a day
            "ur",
            "دن میں دو بار 250-500 mg لیں۔",
            [("ur", "دن میں دو بار"), ("en", "two hundred and fifty to five hundred milligrams"),
             ("ur", "لیں۔")],
        ),
        # "2 سے 8°C" has Urdu's own "to": its figures stay in the Urdu voice, as before
        ("ur", "فریج میں 2 سے 8°C پر رکھیں۔",
         [("ur", "فریج میں 2 سے 8"), ("en", "degrees Celsius"), ("ur", "پر رکھیں۔")]),
        # a range with no Latin unit stays in the sentence's voice
        # (its dash said as the Urdu "to": test_a_range_in_another_language_is_said_with_its_to)
        ("ur", "2-3 دن آرام کریں۔", [("ur", "2 سے 3 دن آرام کریں۔")]),
    ],
)
def test_a_range_with_a_latin_unit_in_another_script_is_one_english_piece(
    lang, sentence, expected
):
    """An Urdu storage line, 'فریج میں 2°C-8°C پر رکھیں' (keep in the fridge at 2°C-8°C), left
    the Urdu voice '-8' between two 'degrees Celsius' (heard 'eight', or 'minus eight'), and a
    Punjabi '(2–8°C)' left it '2–8', which espeak-ng's voice says 'two eight'. A range of
    figures with a Latin unit is one piece said by the English voice, 'two to eight degrees
    Celsius', as an English leaflet's is; the check names a range parted between voices."""
    from pipeline.formats.audio.speech_script import units_split_over_voices

    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said == expected
    script = tuple(Utterance(text, piece_lang, "text", 0.3) for piece_lang, text in said)
    assert units_split_over_voices(script) == []


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # take 1-2 sachets a day; rest for 15–30 minutes after each dose (Urdu)
        ("ur", "روزانہ 1-2 ساشے لیں۔ ہر خوراک کے بعد 15–30 منٹ آرام کریں۔",
         "روزانہ 1 سے 2 ساشے لیں۔ ہر خوراک کے بعد 15 سے 30 منٹ آرام کریں۔"),
        # the bleeding may last 3-5 days (Arabic)
        ("ar", "قد يستمر النزيف 3-5 أيام.", "قد يستمر النزيف 3 إلى 5 أيام."),
        # drink 6 - 8 glasses of water a day (Gujarati)
        ("gu", "દિવસમાં 6 - 8 ગ્લાસ પાણી પીવો.", "દિવસમાં 6 થી 8 ગ્લાસ પાણી પીવો."),
        # do the exercise 10–15 times (Punjabi)
        ("pa", "ਇਹ ਕਸਰਤ 10–15 ਵਾਰ ਕਰੋ।", "ਇਹ ਕਸਰਤ 10 ਤੋਂ 15 ਵਾਰ ਕਰੋ।"),
        # store the injection pens at 2°C–8°C; do not freeze (Polish, the unit said once)
        ("pl", "Wstrzykiwacze przechowywać w temperaturze 2°C–8°C. Nie zamrażać.",
         "Wstrzykiwacze przechowywać w temperaturze 2 do 8 stopni Celsjusza. Nie zamrażać."),
        # a dose range with its unit after the last figure; the English "to" left in
        ("pl", "Dzieci: 250-500 mg co 6 godzin, dorośli 2 g to 4 g na dobę.",
         "Dzieci: 250 do 500 miligramów co 6 godzin, dorośli 2 do 4 gramy na dobę."),
        # keep it in the fridge (2-8°C); take 5 - 10 ml every 4-6 hours (Welsh)
        ("cy", "Cadwch ef yn yr oergell (2-8°C). Cymerwch 5 - 10 ml bob 4-6 awr.",
         "Cadwch ef yn yr oergell (2 i 8 gradd Celsius). Cymerwch 5 i 10 mililitr bob 4 i 6 "
         "awr."),
        # not a range: add 5 ml to 100 ml of water, lower the dose from 2 g to 500 mg (Polish
        # "do" alone), a year's span, a code
        ("pl", "Dodaj 5 ml do 100 ml wody. Zmniejszaj dawkę z 2 g do 500 mg.",
         "Dodaj 5 mililitrów do 100 mililitrów wody. Zmniejszaj dawkę z 2 gramy do 500 "
         "miligramów."),
        ("ur", "حوالہ 2024-2025 اور 1-2-1 مدد۔", "حوالہ 2024-2025 اور 1-2-1 مدد۔"),
    ],
)
def test_a_range_in_another_language_is_said_with_its_to(lang, sentence, expected):
    """A range's dash is read as nothing by the Urdu, Arabic, Gujarati and Punjabi voices ('1-2
    ساشے' was 'ek do', one two sachets), and by the Polish and Welsh ones ('2°C–8°C' was 'dwa
    stopnie Celsjusza osiem stopni Celsjusza', '4-6 awr' 'pedwar chwech'). Each language's word
    for 'to' goes between the figures, and a unit written after both is said once, after the
    last, in the form that agrees with it; what is not certain a range stays as printed."""
    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said == [(lang, expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # take the tablet at 7:30 in the morning and at 19:30; 10 mL of the syrup at 9 in the
        # evening
        ("Tabletkę przyjmij o 7:30 rano i o 19:30. Syrop: 10 mL o 9 wieczorem.",
         "Tabletkę przyjmij o siódmej 30 rano i o dziewiętnastej 30. Syrop: 10 mililitrów o "
         "dziewiątej wieczorem."),
        # do not eat after 22.00; come at 11:00 (o godz.); the clinic is open 8:00–15:30
        ("Nie jedz po 22.00. Przyjdź o godz. 11:00. Poradnia czynna 8:00–15:30.",
         "Nie jedz po dwudziestej drugiej. Przyjdź o godzinie jedenastej. Poradnia czynna od "
         "ósmej do piętnastej 30."),
        # not a time: increase the dose by 5 mg; 0:30 (midnight's hour) stays as printed
        ("Zwiększ dawkę o 5 mg. Ostatni posiłek o 0:30.",
         "Zwiększ dawkę o 5 miligramów. Ostatni posiłek o 0:30."),
    ],
)
def test_a_clock_time_and_millilitres_in_polish_are_said_in_polish(sentence, expected):
    """The Polish voice said 'o 7:30' as 'o siedem trzydzieści' and 'o 19:30' 'o dziewiętnaście
    trzydzieści' (the hour a count, not the hour of the day, 'o siódmej'), and '10 mL' as
    'dziesięć em el': a time after the word that leads to it is said with its hour in the form
    that word takes, and 'mL' is said as 'ml' is."""
    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, "pl")
    assert said == [("pl", expected)]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (  # your HbA1c will be checked every 3 months
            "ur",
            "آپ کا HbA1c ہر 3 ماہ بعد چیک کیا جائے گا۔",
            [("ur", "آپ کا"), ("en", "H b A one c"), ("ur", "ہر 3 ماہ بعد چیک کیا جائے گا۔")],
        ),
        (  # you may need vitamin B12 injections
            "ar",
            "قد تحتاج إلى حقن فيتامين B12.",
            [("ar", "قد تحتاج إلى حقن فيتامين"), ("en", "B twelve.")],
        ),
        (  # if you have symptoms of COVID-19, stay at home
            "pa",
            "ਜੇ ਤੁਹਾਨੂੰ COVID-19 ਦੇ ਲੱਛਣ ਹਨ ਤਾਂ ਘਰ ਰਹੋ।",
            [("pa", "ਜੇ ਤੁਹਾਨੂੰ"), ("en", "COVID-nineteen"), ("pa", "ਦੇ ਲੱਛਣ ਹਨ ਤਾਂ ਘਰ ਰਹੋ।")],
        ),
        # a dose's "x2" (twice) is no name: the sentence's voice keeps it, as before
        ("gu", "x2 દરરોજ લો.", [("gu", "x2 દરરોજ લો.")]),
    ],
)
def test_an_english_name_with_figures_in_another_script_is_said_by_the_english_voice(
    lang, sentence, expected
):
    """'HbA1c' in an Urdu sentence stayed with the Urdu voice, whose espeak-ng said its letters
    by its English rules and its '1' in Urdu ('H B A', 'ek', 'c'), one name heard as three
    languages' pieces; 'B12' and 'COVID-19' likewise. A Latin name with figures in it is
    English, as 'GP' and 'NHS' already were: the English voice says it ('H b A one c')."""
    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said == expected


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("The table below shows when to take each dose.",
         "The table that follows shows when to take each dose."),
        ("Follow the steps below to use your inhaler.",
         "Follow the steps that come next to use your inhaler."),
        ("Stand with your feet apart, as shown in the diagram opposite.",
         "Stand with your feet apart, as shown in the diagram in this section."),
        ("Repeat the stretch as shown overleaf.",
         "Repeat the stretch as described later in this recording."),
        ("Bend your knee as shown below.", "Bend your knee as described next."),
        ("If you have any of the symptoms listed above, stop the tablets.",
         "If you have any of the symptoms listed earlier, stop the tablets."),
        ("Write your readings in the diary on page 6.",
         "Write your readings in the diary elsewhere in this recording."),
        ("Useful phone numbers are on the back page.",
         "Useful phone numbers are at the end of this recording."),
        ("Do not eat for 6 hours before your scan (see page 2).",
         "Do not eat for six hours before your scan."),
        ("Below are some questions you may want to ask.",
         "Here are some questions you may want to ask."),
        # words that say where, not where on the page: kept
        ("Keep the drainage bag below your bladder.", "Keep the drainage bag below your bladder."),
        ("Do the same with the opposite leg.", "Do the same with the opposite leg."),
        ("The pharmacy is opposite the main entrance.",
         "The pharmacy is opposite the main entrance."),
    ],
)
def test_words_pointing_at_the_printed_page_are_said_as_a_listener_follows(written, spoken):
    """'The table below', 'the diagram opposite', 'as shown overleaf', 'the diary on page 6'
    were said as printed: a listener has no 'below', no facing page and no page 6. The
    recording says the table, the list and the picture's description where print puts them,
    so 'below' is 'that follows', 'above' 'earlier', 'overleaf' 'later in this recording', a
    picture 'opposite' 'in this section', a page 'elsewhere in this recording' (its number in
    no place a listener can reach), and a pointer in brackets is left out."""
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


def test_a_range_split_over_voices_is_a_problem_for_the_check():
    """The script had given the Urdu voice '-8' after the English 'degrees Celsius', and the
    Punjabi voice '(2–8' before it: the check names each."""
    from pipeline.formats.audio.speech_script import units_split_over_voices

    dash_left = (
        Utterance("فریج میں 2", "ur", "text", 0.3),
        Utterance("degrees Celsius", "en", "text", 0.3),
        Utterance("-8", "ur", "text", 0.3),
        Utterance("degrees Celsius", "en", "text", 0.3),
        Utterance("پر رکھیں۔", "ur", "text", 0.3),
    )
    problems = [p for p in units_split_over_voices(dash_left) if "range" in p]
    assert problems == [
        "a range split over two voices: 'Celsius' by the en voice, then '-8' by the ur voice: "
        "the English voice should say the range with its unit whole",
    ]
    figures_left = (
        Utterance("ਦਵਾਈ ਨੂੰ ਫਰਿੱਜ ਵਿੱਚ ਰੱਖੋ (2–8", "pa", "text", 0.3),
        Utterance("degrees Celsius", "en", "text", 0.3),
        Utterance(")।", "pa", "text", 0.3),
    )
    (problem,) = units_split_over_voices(figures_left)
    assert "a range split over two voices: '(2–8' by the pa voice" in problem
    # a date or a bare range beside English words is no range of a measure
    assert units_split_over_voices((
        Utterance("2-3 دن آرام کریں۔ پھر", "ur", "text", 0.3),
        Utterance("NHS", "en", "text", 0.3),
    )) == []


def test_a_unit_split_over_voices_is_a_problem_for_the_check(tmp_path):
    """The audio check had only listed '4 mmol/' (Urdu) then 'L' (English) as figures 'to
    check', and passed: a unit parted between two voices, or a '/' in Latin letters left to
    another script's voice to read as a word, is named as a problem. Urdu and Arabic leaflets
    with such units are scripted without one."""
    from pipeline.formats.audio.speech_script import units_split_over_voices
    from pipeline.sources import load_leaflet

    split = (
        Utterance("اگر آپ کا شوگر لیول 4 mmol/", "ur", "text", 0.3),
        Utterance("L", "en", "text", 0.3),
        Utterance("سے کم ہو تو گاڑی نہ چلائیں۔", "ur", "text", 0.3),
    )
    (problem,) = units_split_over_voices(split)
    assert "a unit split over two voices: 'mmol/' by the ur voice, then 'L' by the en" in problem
    (problem,) = units_split_over_voices((Utterance("خوراک 15 mg/kg ہے۔", "ur", "text", 0.3),))
    assert "the Urdu voice says 'mg/kg' with its '/' as a word" in problem
    assert units_split_over_voices((Utterance("Give 15 mg/kg.", "en", "text", 0.3),)) == []
    # a degree sign parted from its scale, or left to a voice that drops it
    degree = (
        Utterance("ਜੇ ਤੁਹਾਨੂੰ ਬੁਖ਼ਾਰ 38°", "pa", "text", 0.3),
        Utterance("C", "en", "text", 0.3),
        Utterance("ਜਾਂ ਵੱਧ ਹੈ, ਤਾਂ A&E ਜਾਓ।", "pa", "text", 0.3),
    )
    split, dropped = units_split_over_voices(degree)
    assert "a unit split over two voices: '38°' by the pa voice, then 'C' by the en" in split
    assert "the Punjabi voice says '38°', its degree sign dropped" in dropped
    assert units_split_over_voices((Utterance("Keep it below 25°C.", "en", "text", 0.3),)) == []

    source = tmp_path / "7565-fasting-and-diabetes.ur.md"
    source.write_text(
        "---\nnumber: '7565'\nversion: 1\ntitle: رمضان اور ذیابیطس\ndepartment: Diabetes Centre\n"
        "last_reviewed: 2026-01\n"
        "next_review: 2029-01\nlanguage: ur\n---\n\n## روزہ کب توڑنا چاہیے\n\n"
        "- آپ کا شوگر لیول 4 mmol/L سے کم ہو\n- آپ کا شوگر لیول 16.6 mmol/L سے زیادہ ہو\n"
        "- بچے کی خوراک 15 mg/kg ہے\n",
        encoding="utf-8",
    )
    assert units_split_over_voices(speech_script(load_leaflet(source)).utterances) == []


@pytest.mark.parametrize(
    ("lang", "sentence", "english"),
    [
        ("pa", "ਦਰਦ ਲਈ ਫਾਰਮੇਸੀ ਤੋਂ ਇਹ ਦਵਾਈ ਲਓ: Paracetamol 500mg।",
         "Paracetamol five hundred milligrams."),
        ("ar", "هل تتناول ibuprofen؟", "ibuprofen?"),
    ],
)
def test_the_script_s_stop_after_english_words_is_the_english_voice_s(lang, sentence, english):
    """Punjabi's '।' closing 'Paracetamol 500mg' had been left to the English voice as it is
    written, a sign it has no word for: the English words end with their own '.', as after
    Urdu's '۔' ('?' for Arabic's '؟')."""
    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said[-1] == ("en", english)


@pytest.mark.parametrize(("lang", "dose"), [("ur", "خوراک: 1 گولی."), ("ar", "الجرعة: قرص واحد.")])
def test_a_table_row_s_stop_after_an_english_cell_is_the_english_voice_s(tmp_path, lang, dose):
    """After '[Ibuprofen 200mg]{lang=en}' in an Urdu row, the Urdu voice read '. خوراک: 1
    گولی.', the stop closing the English cell opening its own line: it ends the English."""
    said = _wound_care_said(tmp_path, lang)
    i = said.index(("en", "Ibuprofen two hundred milligrams."))
    assert said[i + 1] == (lang, dose)
    assert not any(text.startswith(".") for _, text in said)


# ---- a leaflet in one part, with a tagged run, bare punctuation and a link -----------------

ONE_PART = """---
number: 901
version: 1
title: Resting after a fall
department: Falls Service
audience: Information for Patients
last_reviewed: 2025-06
next_review: 2028-06
language: en-GB
---

Rest for a day. In Polish the title is [Odpoczynek po upadku]{lang=pl}.

...

Read more on [the NHS website](https://www.nhs.uk/conditions/falls/). Go to www.nhs.uk.
"""
LOUDNESS_EDGE = {"loudness_lufs": -23.0, "true_peak_dbfs": -9.0}  # the least room allowed


@pytest.fixture(scope="module")
def one_part(tmp_path_factory):
    """A leaflet with no headings, built with the draft voice at the quietest peak allowed:
    (leaflet, mp3, check report)."""
    from pipeline.sources import load_leaflet

    folder = tmp_path_factory.mktemp("one-part")
    source = folder / "901-resting-after-a-fall.md"
    source.write_text(ONE_PART, encoding="utf-8")
    leaflet = load_leaflet(source)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEAFLET_AUDIO_CACHE", str(folder / "cache"))
        settings = AudioSettings(voice="draft", **LOUDNESS_EDGE)
        (mp3,) = write_audio(leaflet, settings, folder)
        report = check_audio(leaflet, settings, [mp3])
    return leaflet, mp3, report


def test_a_leaflet_with_no_headings_has_the_fixed_chapters(one_part):
    leaflet, mp3, report = one_part
    assert report.passed, report.problems
    titles = ["About this recording", "The leaflet", "Contact details and other languages"]
    assert [c["tags"]["title"] for c in ffprobe(mp3)["chapters"]] == titles
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert (
        "This recording has three chapters; your player can skip from one chapter to the next."
        in texts
    )


def test_the_quietest_peak_allowed_is_met(one_part):
    loudness, peak = ebur128(one_part[1])
    assert abs(loudness - LOUDNESS_EDGE["loudness_lufs"]) <= 1.0
    assert peak <= LOUDNESS_EDGE["true_peak_dbfs"]


def test_punctuation_is_never_an_utterance_of_its_own(one_part):
    """ "." after a tagged run joins that run; a paragraph of "..." says nothing. Piper, which
    has no sound for punctuation, speaks every utterance of the paragraph."""
    leaflet, mp3, _ = one_part
    utterances = speech_script(leaflet).utterances
    assert all(re.search(r"\w", u.text) for u in utterances)
    texts = [u.text for u in utterances]
    i = texts.index("Odpoczynek po upadku.")
    assert utterances[i].lang == "pl" and texts[i - 1] == "In Polish the title is."
    assert "..." not in texts and "." not in texts
    recorded = [text for text, _ in ID3(mp3).getall("SYLT")[0].text]
    shown = [as_written(t, load_pronunciations()) for t in texts]  # the lyrics are as written
    fixed = [t for t in shown if announced_seconds(t) is None]
    assert [t for t in recorded if announced_seconds(t) is None] == fixed
    paragraph = [
        Request(PiperEngine(), u.lang, u.text) for u in utterances[i - 2 : i] if u.lang == "en"
    ]
    polish = Request(EspeakEngine(), "pl", texts[i])
    for samples in synthesise_all([*paragraph, polish], cache=mp3.parent / "piper"):
        assert float(np.max(np.abs(samples))) > 0.05


def test_a_link_is_spoken_with_its_address(one_part):
    leaflet, mp3, _ = one_part
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert (
        "Read more on the N H S website (w w w dot n h s dot u k slash conditions slash falls)."
        in texts
    )
    assert "Go to w w w dot n h s dot u k." in texts
    assert "Go to w w w dot n h s dot u k." in [text for text, _ in ID3(mp3).getall("SYLT")[0].text]


def test_loudness_and_peak_options_leave_speech_room_to_breathe():
    """Speech limited cleanly stands about 12 dB under its peaks; asking for less room was
    accepted and then failed its own check."""
    fmt = get_format("audio")
    with pytest.raises(LeafletError, match="-14 will not do; give a number from -24 to -15"):
        settings_for(fmt, {"loudness_lufs": "-14"})
    with pytest.raises(LeafletError, match=r"--true-peak-dbfs: a true peak of -9 dBFS leaves "):
        settings_for(fmt, {"true_peak_dbfs": "-9"})
    allowed = settings_for(fmt, {"loudness_lufs": "-15", "true_peak_dbfs": "-1"})
    assert (allowed.loudness_lufs, allowed.true_peak_dbfs) == (-15.0, -1.0)
    assert settings_for(fmt, {k: str(v) for k, v in LOUDNESS_EDGE.items()}).true_peak_dbfs == -9


# ---- a leaflet in another language ----------------------------------------------------------


def _polish_leaflet(leaflet_442):
    from dataclasses import replace

    from pipeline.model import Heading, Image, ListBlock, Notice, Paragraph, Span

    return replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language="pl", title="Ćwiczenia kolana"),
        blocks=(
            Notice((Span("Zadzwoń pod numer 0116 258 4567, jeśli kolano boli."),), "warning"),
            Heading(2, (Span("Przed rozpoczęciem"),)),
            ListBlock(True, ((Span("Usiądź na krześle."),),)),
            Image("images/knee.png", "Osoba leżąca na plecach"),
            Paragraph(
                (
                    Span("Więcej na "),
                    Span("stronie NHS", href="https://www.nhs.uk/"),
                    Span(" lub pod adresem equality@uhl-tr.nhs.uk."),
                )
            ),
        ),
        variant="pl",
    )


def test_a_translation_speaks_our_english_labels_and_trust_lines_in_english(leaflet_442):
    """A notice's label is the one exception: its language's own word, as braille and print
    give it (a Polish warning is 'Ostrzeżenie:', said by the Polish voice)."""
    utterances = speech_script(_polish_leaflet(leaflet_442)).utterances
    spoken = [(u.lang, u.text) for u in utterances]
    assert ("pl", "Ostrzeżenie: Zadzwoń pod numer zero jeden jeden sześć, dwa pięć osiem, "
            "cztery pięć sześć siedem, jeśli kolano boli.") in spoken, spoken
    for label, polish in [
        ("The chapters are: About this recording; Warning notice;", "Przed rozpoczęciem;"),
        ("Picture:", "Osoba leżąca na plecach"),
    ]:
        i = spoken.index(("en", label))
        assert spoken[i + 1][0] == "pl" and spoken[i + 1][1].startswith(polish)
    assert ("pl", "1. Usiądź na krześle.") in spoken  # a step's number is its language's
    offer = next(u for u in utterances if u.text.startswith("If you would like this"))
    footer = next(u for u in utterances if u.text.startswith("Health information and"))
    assert offer.lang == footer.lang == "en" and "oh one one six" in offer.text
    assert all(u.lang == "en" for u in utterances if u.role in ("end", "duration"))


@pytest.mark.parametrize("lang", ["gu", "ur", "cy"])
def test_a_translated_steps_number_is_said_by_its_own_voice(leaflet_442, lang):
    """A Gujarati leaflet's inhaler steps each opened with the English voice's 'Number one:',
    'Number two:', then the step in Gujarati: the number is said by the step's own voice, as
    its figure ('1.', which each language's voice says in its own words, Gujarati 'ek'), in
    one utterance with the step. An English step keeps 'Number one:', in any leaflet."""
    from dataclasses import replace

    from pipeline.model import ListBlock, Span

    steps = {  # take the cap off and shake it; breathe out slowly
        "gu": ("ઢાંકણ કાઢો અને હલાવો.", "ધીમે ધીમે શ્વાસ બહાર કાઢો."),
        "ur": ("ڈھکن اتاریں اور ہلائیں۔", "آہستہ آہستہ سانس باہر نکالیں۔"),
        "cy": ("Tynnwch y caead a'i ysgwyd.", "Anadlwch allan yn araf."),
    }[lang]
    translated = replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language=lang),
        blocks=(
            ListBlock(
                True,
                ((Span(steps[0]),), (Span(steps[1]),), (Span("Hold for 10 seconds.", lang="en"),)),
            ),
        ),
        variant=lang,
    )
    spoken = [(u.lang, u.text) for u in speech_script(translated).utterances]
    assert (lang, f"1. {steps[0]}") in spoken and (lang, f"2. {steps[1]}") in spoken
    assert ("en", "Number three: Hold for ten seconds.") in spoken
    assert not any(text.startswith("Number one") for _, text in spoken)


def test_numbers_and_addresses_in_another_language_are_read_out(leaflet_442):
    """In that language's words where config has them (Polish); else a number to ring is said
    by that language's voice as its digits, and an address by the English voice."""
    polish = _polish_leaflet(leaflet_442)
    spoken = [(u.lang, u.text) for u in speech_script(polish).utterances]
    assert (
        "pl",
        "Ostrzeżenie: Zadzwoń pod numer zero jeden jeden sześć, dwa pięć osiem, cztery pięć "
        "sześć siedem, jeśli kolano boli.",
    ) in spoken
    assert (
        "pl",
        "Więcej na stronie NHS (w w w kropka n h s kropka u k) lub pod adresem equality małpa "
        "u h l myślnik t r kropka n h s kropka u k.",
    ) in spoken
    words = load_pronunciations().model_copy(update={"other_languages": {}})
    spoken = [(u.lang, u.text) for u in speech_script(polish, pronunciations=words).utterances]
    assert ("pl", "Ostrzeżenie: Zadzwoń pod numer 0 1 1 6, 2 5 8, 4 5 6 7, jeśli kolano boli.") in (
        spoken
    )
    i = spoken.index(("pl", "Więcej na stronie NHS ("))
    assert spoken[i + 1] == ("en", "w w w dot n h s dot u k")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # paracetamol 500 mg: 2 tablets every 6 hours
        (
            "Paracetamol 500 mg: 2 tabletki co 6 godzin.",
            "Paracetamol 500 miligramów: 2 tabletki co 6 godzin.",
        ),
        ("Weź 1 mg wieczorem.", "Weź 1 miligram wieczorem."),  # take 1 mg in the evening
        # the dose goes up to 2mg, then 22 mg, then 12 mg
        (
            "Dawka wzrośnie do 2mg, potem 22 mg, potem 12 mg.",
            "Dawka wzrośnie do 2 miligramy, potem 22 miligramy, potem 12 miligramów.",
        ),
        ("Podaj dziecku 2,5 ml syropu.", "Podaj dziecku 2,5 mililitra syropu."),  # of syrup
        ("Podaj 1 ml leku.", "Podaj 1 mililitr leku."),  # give 1 ml of the medicine
        ("Nie podnoś więcej niż 5 kg.", "Nie podnoś więcej niż 5 kilogramów."),  # do not lift
        # if you have a fever of 38°C or more; 37,5 °C; 1°C
        (
            "Jeśli masz gorączkę 38°C lub wyższą, zadzwoń.",
            "Jeśli masz gorączkę 38 stopni Celsjusza lub wyższą, zadzwoń.",
        ),
        ("Norma to 37,5 °C.", "Norma to 37,5 stopnia Celsjusza."),
        (
            "Temperatura spadła o 1°C lub 2°C.",  # the temperature fell by 1°C or 2°C
            "Temperatura spadła o 1 stopień Celsjusza lub 2 stopnie Celsjusza.",
        ),
        # a unit per another: "na" and the second unit ("20 mg/ml" had been "20 mg slash ml")
        ("Stężenie: 20 mg/ml.", "Stężenie: 20 miligramów na mililitr."),
        # eat something sweet if your sugar is below 4 mmol/L; above 16,6; 1 or 12 mmol/l
        (
            "Poziom cukru poniżej 4 mmol/L: zjedz coś słodkiego.",
            "Poziom cukru poniżej 4 milimole na litr: zjedz coś słodkiego.",
        ),
        ("Poziom cukru powyżej 16,6 mmol/l.", "Poziom cukru powyżej 16,6 milimola na litr."),
        ("Ketony: 1 mmol/L lub 12 mmol/l.", "Ketony: 1 milimol na litr lub 12 milimoli na litr."),
        ("Wypij 2 l wody.", "Wypij 2 litry wody."),  # drink 2 litres of water
        # left as printed, and listed to check: a spaced thousand, a sign alone
        ("Dawka: 1 000 mg.", "Dawka: 1 000 mg."),
        ("Gorączka to 38° i więcej.", "Gorączka to 38° i więcej."),
    ],
)
def test_a_polish_measure_is_said_in_polish_words_agreeing_with_its_number(
    leaflet_442, written, said
):
    """A Polish leaflet's 'Paracetamol 500 mg' was said 'pięćset em gie', '38°C' 'trzydzieści
    osiem stopień ce': the unit is said in Polish, in the form its number takes (1 miligram,
    2-4 miligramy but 12-14 miligramów, else miligramów, after a decimal miligrama; stopień,
    stopnie, stopni, stopnia Celsjusza), from the pronunciation list's Polish words. The figure
    is the voice's to say."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    polish = replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language="pl"),
        blocks=(Paragraph((Span(written),)),),
        variant="pl",
    )
    spoken = [(u.lang, u.text) for u in speech_script(polish).utterances]
    assert ("pl", said) in spoken

@pytest.mark.parametrize(
    ("written", "said"),
    [
        # you can take paracetamol 500mg: 2 tablets every 4 hours if needed
        (
            "Gallwch gymryd parasetamol 500mg: 2 dabled bob 4 awr os oes angen.",
            "Gallwch gymryd parasetamol 500 miligram: 2 dabled bob 4 awr os oes angen.",
        ),
        # singular after any figure, a decimal too: give your child 2.5 ml of the medicine
        (
            "Rhowch 2.5 ml o'r moddion i'ch plentyn.",
            "Rhowch 2.5 mililitr o'r moddion i'ch plentyn.",
        ),
        ("Rhowch 10 mL bob nos.", "Rhowch 10 mililitr bob nos."),  # give 10 mL every night
        ("Cymerwch 400 mcg o asid ffolig.", "Cymerwch 400 microgram o asid ffolig."),
        ("Peidiwch â chodi mwy na 5 kg.", "Peidiwch â chodi mwy na 5 cilogram."),  # do not lift
        ("Bwytewch lai na 6 g o halen.", "Bwytewch lai na 6 gram o halen."),  # of salt a day
        # phone 111 if your temperature is 38°C or higher (the degree had been lost)
        (
            "Ffoniwch 111 os yw eich tymheredd yn 38°C neu'n uwch.",
            "Ffoniwch 1 1 1 os yw eich tymheredd yn 38 gradd Celsius neu'n uwch.",
        ),
        # the ward (8am to 8pm, Monday to Friday): morning and evening had been lost
        (
            "Ward Teifi: 01267 227 563 (8am i 8pm, dydd Llun i ddydd Gwener)",
            "Ward Teifi: 0 1 2 6 7, 2 2 7, 5 6 3 (8 y bore i 8 yr hwyr, dydd Llun i ddydd Gwener)",
        ),
        # the clinic is open from 9 AM until 2 p.m. Come early.
        (
            "Mae'r clinig ar agor o 9 AM tan 2 p.m. Dewch yn gynnar.",
            "Mae'r clinig ar agor o 9 y bore tan 2 y prynhawn. Dewch yn gynnar.",
        ),
        ("Cymerwch y dabled am 6pm.", "Cymerwch y dabled am 6 yr hwyr."),  # take it at 6pm
        # left as printed, and listed to check: "am" the Welsh word ("for 3 days"), a range
        # whose dash the voice drops, minutes said as a decimal, noon or midnight, the "x"
        ("Cymerwch 2 am 3 diwrnod.", "Cymerwch 2 am 3 diwrnod."),
        ("Ar agor 9am-5pm.", "Ar agor 9am-5pm."),
        ("Dewch am 8.30am.", "Dewch am 8.30am."),
        ("Dewch erbyn 12pm.", "Dewch erbyn 12pm."),
        ("Cymerwch 2 x 500mg bob dydd.", "Cymerwch 2 x 500 miligram bob dydd."),
        ("Lefel: 1 000 mg.", "Lefel: 1 000 mg."),
    ],
)
def test_a_welsh_measure_and_time_of_day_are_said_in_welsh_words(leaflet_442, written, said):
    """A Welsh leaflet's 'parasetamol 500mg', '38°C neu'n uwch' and '(8am i 8pm ...)' were
    said 'pum cant em eg', 'tri deg wyth ec' (the degree lost) and 'wyth am i wyth pi em' ('am'
    is a Welsh word: morning and evening lost), and the check let them pass as things to check:
    the unit is said in Welsh, singular after any number ('500 miligram', '38 gradd Celsius'),
    and a whole hour with its part of the day ('8 y bore', '2 y prynhawn', '8 yr hwyr'), from
    the pronunciation list's Welsh words. What has no Welsh words here stays as printed, and
    the check still names it."""
    from dataclasses import replace

    from pipeline.formats.audio.speech_script import said_as_printed_elsewhere
    from pipeline.model import Paragraph, Span

    welsh = replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language="cy"),
        blocks=(Paragraph((Span(written),)),),
        variant="cy",
    )
    spoken = [(u.lang, u.text) for u in speech_script(welsh).utterances]
    assert ("cy", said) in spoken
    named = said_as_printed_elsewhere(said, "cy")
    if said == written and "am 3" not in said:
        assert named
    elif "x 500" in said:
        (finding,) = named
        assert "the Welsh voice says '2 x' as the figure, then 'x' as a letter" in finding
    else:
        assert named == []


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # take 2 x 500 mg a day: "dwa iks pięćset"
        ("Weź 2 x 500 mg dziennie.", "Weź 2 razy po 500 miligramów dziennie."),
        ("Weź 2×500mg dziennie.", "Weź 2 razy po 500 miligramów dziennie."),
        ("Podawaj 3 x 5 ml syropu.", "Podawaj 3 razy po 5 mililitrów syropu."),  # of syrup
        # no dose after it: as printed, and named ("3 times a day" is Polish "3 razy dziennie")
        ("Stosuj 3 x dziennie.", "Stosuj 3 x dziennie."),
    ],
)
def test_a_polish_count_of_doses_is_said_with_razy(leaflet_442, written, said):
    """'Weź 2 x 500 mg dziennie' (take 2 x 500 mg a day) was said 'dwa iks pięćset miligramów'
    by the Polish voice, the 'x' the letter, and the check passed it: a count before a dose is
    said 'razy po' (times, each), the pronunciation list's Polish; an 'x' with no dose after it
    stays as printed, and the check names it."""
    from dataclasses import replace

    from pipeline.formats.audio.speech_script import said_as_printed_elsewhere
    from pipeline.model import Paragraph, Span

    polish = replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language="pl"),
        blocks=(Paragraph((Span(written),)),),
        variant="pl",
    )
    spoken = [(u.lang, u.text) for u in speech_script(polish).utterances]
    assert ("pl", said) in spoken
    named = said_as_printed_elsewhere(said, "pl")
    assert bool(named) == (said == written)


def test_welsh_words_for_units_alone_leave_its_numbers_and_addresses_as_they_were():
    """Welsh is given unit and time words but no digits: a number to ring stays with its voice
    as figures and an address goes to the English voice, as for a language with no words."""
    said = SpeechNormaliser(load_pronunciations()).other_language(
        "E-bost: clinig@wales.nhs.uk neu ffoniwch 01267 227 563.", "cy"
    )
    assert said == [
        ("cy", "E-bost:"),
        ("en", "clinig at wales dot n h s dot u k"),
        ("cy", "neu ffoniwch 0 1 2 6 7, 2 2 7, 5 6 3."),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (  # the drip runs at 5 ml/h overnight: Polish has no word here for "h"
            "pl",
            "Kroplówka podaje 5 ml/h przez całą noc.",
            [("pl", "Kroplówka podaje 5"), ("en", "millilitres per hour"),
             ("pl", "przez całą noc.")],
        ),
        (  # your HbA1c target is below 48 mmol/mol
            "pl",
            "Cel HbA1c to poniżej 48 mmol/mol.",
            [("pl", "Cel HbA1c to poniżej 48"), ("en", "millimoles per mole.")],
        ),
        (  # if your sugar is below 4 mmol/L, eat something: no Welsh words for units
            "cy",
            "Os yw eich siwgr yn is na 4 mmol/L, bwytewch rywbeth melys.",
            [("cy", "Os yw eich siwgr yn is na 4"), ("en", "millimoles per litre,"),
             ("cy", "bwytewch rywbeth melys.")],
        ),
        (  # ring and/or write to us: a "/" between words stays the sentence's
            "pl",
            "Zadzwoń i/lub napisz do nas. Weź 1 i/lub 2 tabletki.",
            [("pl", "Zadzwoń i/lub napisz do nas. Weź 1 i/lub 2 tabletki.")],
        ),
    ],
)
def test_a_unit_with_a_slash_a_latin_script_language_has_no_words_for_is_english(
    lang, sentence, expected
):
    """'5 ml/h' in a Polish sentence, '4 mmol/L' in a Welsh one, was left to the language's
    voice, which reads the '/' as 'slash' ('mmol sl'ES L'): a unit the language's words
    cannot say is said whole by the English voice, as in an Urdu sentence; the figure stays
    in the sentence's voice."""
    from pipeline.formats.audio.speech_script import units_split_over_voices

    said = SpeechNormaliser(load_pronunciations()).other_language(sentence, lang)
    assert said == expected
    script = tuple(Utterance(text, piece_lang, "text", 0.3) for piece_lang, text in said)
    assert units_split_over_voices(script) == []


def test_a_unit_with_a_slash_a_latin_script_voice_reads_is_a_problem():
    """A '/' in a unit left to the Polish or Welsh voice ('15 mg/kg/dobę', a Polish word after
    the units) was passed by the check, though the voice says 'slash': it is named, and a
    '/' between words ('i/lub', and/or) is not."""
    from pipeline.formats.audio.speech_script import units_split_over_voices

    (problem,) = units_split_over_voices(
        (Utterance("Dawka to 15 mg/kg/dobę, podzielona na 3 razy.", "pl", "text", 0.3),)
    )
    assert "the Polish voice says '15 mg/kg/dobę' with its '/' as a word" in problem
    (problem,) = units_split_over_voices((Utterance("Is na 4 mmol/L.", "cy", "text", 0.3),))
    assert "the Welsh voice says '4 mmol/L' with its '/'" in problem
    assert units_split_over_voices((Utterance("Weź 1 i/lub 2 tabletki.", "pl", "text", 0.3),)) == []


@pytest.mark.parametrize(
    ("lang", "written", "said"),
    [
        # take 112 mg of iron a day; ring 112 in an emergency
        (
            "pl",
            "Weź 112 mg żelaza dziennie. W nagłym wypadku zadzwoń pod 112.",
            "Weź 112 miligramów żelaza dziennie. W nagłym wypadku zadzwoń pod jeden jeden dwa.",
        ),
        # give 111 ml of water, then phone 111
        (
            "cy",
            "Rhowch 111 ml o ddŵr, yna ffoniwch 111.",
            "Rhowch 111 mililitr o ddŵr, yna ffoniwch 1 1 1.",
        ),
    ],
)
def test_a_dose_of_a_service_numbers_figures_in_a_translation_is_no_number_to_ring(
    leaflet_442, lang, written, said
):
    """'Weź 112 mg żelaza' (take 112 mg of iron) was said 'jeden jeden dwa mg' by the Polish
    voice, a dose said as the emergency number, digit by digit: a service number's figures
    with a unit after them are a measure, said as one ('112 miligramów', Welsh '111
    mililitr')."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    translated = replace(
        leaflet_442,
        meta=replace(leaflet_442.meta, language=lang),
        blocks=(Paragraph((Span(written),)),),
        variant=lang,
    )
    spoken = [(u.lang, u.text) for u in speech_script(translated).utterances]
    assert (lang, said) in spoken

def test_chapter_marks_of_a_recording_with_no_headings(leaflet_442):
    """The marks alone, without synthesis: the four fixed chapters, the notice alone in its."""
    from dataclasses import replace

    from pipeline.formats.audio import Recording
    from pipeline.model import Heading

    headingless = replace(
        leaflet_442, blocks=tuple(b for b in leaflet_442.blocks if not isinstance(b, Heading))
    )
    script = speech_script(headingless)
    starts = [float(i) for i in range(len(script.utterances))]
    count = len(starts)
    recording = Recording(
        b"", starts, script, Measurements(90.0, -18.0, -3.0, [], [None] * count, [1.0] * count)
    )
    chapters = recording.chapters()
    assert [title for title, _, _ in chapters] == [
        "About this recording",
        "Important notice",
        "The leaflet",
        "Contact details and other languages",
    ]
    notice = next(i for i, u in enumerate(script.utterances) if u.role == "notice")
    assert chapters[1][1:] == (notice - 0.25, notice + 1 - 0.25)
    assert chapters[-1][2] == 90


@pytest.fixture(scope="module")
def polish_built(leaflet_442, tmp_path_factory):
    """The Polish leaflet built with the draft voice (espeak-ng en-gb for English, pl for
    Polish): (leaflet, mp3, check report)."""
    folder = tmp_path_factory.mktemp("polish")
    leaflet = _polish_leaflet(leaflet_442)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEAFLET_AUDIO_CACHE", str(folder / "cache"))
        settings = AudioSettings(voice="draft")
        (mp3,) = write_audio(leaflet, settings, folder)
        report = check_audio(leaflet, settings, [mp3])
    return leaflet, mp3, report


def test_each_voice_of_a_translation_says_its_own_lines(polish_built):
    """Measured in the MP3: a line lasts exactly as long as its own voice takes to say it."""
    from pipeline.formats.audio.engines import trim_silence

    leaflet, mp3, report = polish_built
    assert report.passed, report.problems
    assert mp3.name == "442-v3-pl-audio.mp3"
    assert ID3(mp3)["TLAN"].text[:2] == ["pol", "eng"]
    synced = ID3(mp3).getall("SYLT")[0].text
    texts = [text for text, _ in synced]
    utterances = speech_script(leaflet).utterances
    espeak = EspeakEngine()
    # the warning's label is Polish, said with its words (Notice.label_in)
    starts = ("Ostrzeżenie: Zadzwoń pod numer", "Picture:", "If you would like", "Health info")
    checked = 0
    for i, (text, start) in enumerate(synced[:-1]):
        if not text.startswith(starts):
            continue
        lang, said = utterances[i].lang, utterances[i].text  # (the lyrics are as written)
        spoken = (synced[i + 1][1] - start) / 1000 - utterances[i].pause_after
        own = len(trim_silence(espeak.synthesise(said, lang))) / SAMPLE_RATE
        other = len(trim_silence(espeak.synthesise(said, "pl" if lang == "en" else "en")))
        assert abs(spoken - own) < 0.02, text
        assert abs(spoken - other / SAMPLE_RATE) > 0.02, text
        checked += 1
    warning = next(i for i, text in enumerate(texts) if text.startswith("Ostrzeżenie:"))
    assert checked == len(starts) and warning < texts.index("Picture:")


# ---- voices a trust installs -----------------------------------------------------------------


def _a_british_voice_file(folder: Path, card: str | None = "* License: CC BY 4.0\n") -> Path:
    """A real Piper voice, as a trust would download one: the bundled voice's network, saved
    under a British voice's name with its settings saying en_GB."""
    import shutil

    from pipeline.formats.audio.engines import bundled_piper_model

    bundled = bundled_piper_model()
    model = folder / "en_GB-test-medium.onnx"
    shutil.copyfile(bundled, model)
    config = json.loads(Path(f"{bundled}.json").read_text(encoding="utf-8"))
    config["language"] |= {"code": "en_GB", "country_english": "Great Britain"}
    Path(f"{model}.json").write_text(json.dumps(config), encoding="utf-8")
    if card is not None:
        (folder / "MODEL_CARD").write_text(card, encoding="utf-8")
    return model


def test_a_trust_installs_a_british_voice_and_config_chooses_it(project, tmp_path, capsys):
    voices = project / "voices"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEAFLET_VOICES", str(voices))
        model = _a_british_voice_file(tmp_path)
        assert main(["voices", "add", str(model)]) == 0
        assert "english_voice: en_GB-test-medium" in capsys.readouterr().out
        record = json.loads((voices / "en_GB-test-medium.voice.json").read_text())
        assert (record["language"], record["licence"]) == ("en_GB", "CC BY 4.0")
        assert main(["voices"]) == 0
        listed = capsys.readouterr().out
        british = r"en_GB-test-medium +piper +en_GB +English, Great Britain +CC BY 4.0"
        assert re.search(british, listed)
        assert re.search(r"espeak-ng ur +espeak-ng +ur +Urdu", listed)
        engine = engine_for_choice("standard", "en_GB-test-medium", 160, 10)("en")
        assert isinstance(engine, PiperEngine) and engine.model == voices / model.name


def test_a_voice_without_its_settings_or_licence_is_refused(project, tmp_path, capsys):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEAFLET_VOICES", str(project / "voices"))
        model = _a_british_voice_file(tmp_path, card=None)
        assert main(["voices", "add", str(model)]) == 2
        assert "say the voice's licence with --licence" in capsys.readouterr().err
        Path(f"{model}.json").unlink()
        assert main(["voices", "add", str(model), "--licence", "CC BY 4.0"]) == 2
        assert "en_GB-test-medium.onnx.json must be beside it" in capsys.readouterr().err
        assert not (project / "voices").exists()


def _spoken(folder: Path, name: str, department: str, body: str) -> list[str]:
    """The speech script's sentences for a leaflet `name` ("903-your-cataract-operation")
    whose Markdown body is `body`."""
    from pipeline.sources import load_leaflet

    source = write_source(
        folder,
        name,
        department,
        body,
        audience="Information for patients",
        last_reviewed="2024-06",
        next_review="2027-06",
        language="en-GB",
    )
    return [u.text for u in speech_script(load_leaflet(source)).utterances]


@pytest.mark.parametrize(
    ("audience", "said"),
    [
        ("Information for patients", "Information for patients from University Hospitals of "
         "Lester N H S Trust, Children's Emergency Department."),
        ("For parents and carers of children aged 2 to 16", "Information from University "
         "Hospitals of Lester N H S Trust, Children's Emergency Department, for parents and "
         "carers of children aged two to sixteen."),
        ("Adults who have been prescribed an adrenaline auto-injector, and their families",
         "Information from University Hospitals of Lester N H S Trust, Children's Emergency "
         "Department, for adults who have been prescribed an adrenaline auto-injector, and their "
         "families."),
    ],
)
def test_an_audience_in_its_own_words_is_said_after_whom_the_leaflet_is_from(
    tmp_path, audience, said
):
    """ "For parents and carers of children aged 2 to 16 from University Hospitals ..." gave the
    children to the trust, and "... and their families from University Hospitals ..." the
    families."""
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path, "7788-nosebleeds", "Children's Emergency Department", "Sit your child down.\n",
        audience=audience, last_reviewed="2024-06", next_review="2027-06", language="en-GB",
    )
    assert speech_script(load_leaflet(source)).utterances[1].text == said


def test_numbered_headings_are_said_as_one_title_in_the_chapter_list(tmp_path):
    """ "## 1. Before your operation" was said "one." then "Before your operation.", and the
    chapter list ran "About this recording; one. Before your operation; two. On the day"."""
    texts = _spoken(
        tmp_path,
        "903-your-cataract-operation",
        "Eye Department",
        "## 1. Before your operation\n\nA nurse will measure your eye.\n\n"
        "## 2. On the day\n\nDo not wear make-up.\n",
    )
    assert not any(text.strip() in {"one.", "two.", "1.", "2."} for text in texts), texts
    listing = next(text for text in texts if text.startswith("The chapters are"))
    assert "one, Before your operation; two, On the day;" in listing, listing


def test_a_sentence_opening_on_an_article_before_letters_stays_a_sentence(tmp_path):
    """ "A PICC can stay in" is given to the voice as "a P I C C" (a capital A before letters is
    read as the letter): text.sentences joined the piece in lower case to the sentence before,
    "...hard to find. a P I C C can stay in ...", one sentence, its pause and its line lost."""
    texts = _spoken(
        tmp_path,
        "9102-your-endoscopy",
        "Endoscopy Unit",
        "## On the day\n\nPlease arrive 30 minutes early. A CT scan may be done first. "
        "Then you can go home. A GP letter will be sent.\n",
    )
    assert "Please arrive thirty minutes early." in texts, texts
    assert "a C T scan may be done first." in texts, texts
    assert "a G P letter will be sent." in texts, texts
    assert not any("\u2063" in text for text in texts)
    from pipeline.formats.audio.speech_script import load_pronunciations

    assert as_written("a C T scan may be done first.", load_pronunciations()).startswith("A C T")


def test_a_list_of_when_to_call_999_before_the_first_section_is_the_safety_notice(tmp_path):
    """ "STOP AND CALL 999 IF:" over its items, at a leaflet's top, was imported as a list whose
    items each say "Stop and call 999 if ...": the audio put it in "Introduction", with no
    word that it is the leaflet's safety notice, so a listener could not jump back to it."""
    texts = _spoken(
        tmp_path,
        "9101-taking-warfarin-safely",
        "Anticoagulant Clinic",
        "- Stop and call 999 if you have a severe headache that does not go away\n"
        "- Stop and call 999 if you cough up blood\n\n"
        "## What is warfarin?\n\nWarfarin thins your blood.\n",
    )
    listing = next(text for text in texts if text.startswith("The chapters are"))
    assert listing.startswith("The chapters are: About this recording; Important notice; What"), (
        listing
    )
    first = next(i for i, t in enumerate(texts) if t.startswith("Stop and call nine nine nine"))
    assert texts[first - 1] == "Important:", texts[first - 3 : first + 1]
    # a list of things to do is no notice
    texts = _spoken(
        tmp_path,
        "9102-after-your-operation",
        "Day Surgery",
        "- Rest for a day\n- Drink plenty of water\n\n## Pain\n\nTake paracetamol.\n",
    )
    listing = next(text for text in texts if text.startswith("The chapters are"))
    assert "Important notice" not in listing


def test_each_question_under_a_questions_heading_is_a_chapter(tmp_path):
    """ "Q: ...?" / "A: ..." under "Frequently asked questions" import as `###` questions under
    it: the audio made them one chapter, so a listener could not skip to "What if I am sick?"."""
    texts = _spoken(
        tmp_path,
        "9103-steroid-sick-day-rules",
        "Endocrinology Department",
        "## Frequently asked questions\n\n### When should I double my dose?\n\n"
        "If you have a temperature.\n\n### What if I am sick?\n\nTake the dose again.\n\n"
        "### I take the pill. Is that a problem?\n\nNo.\n\n"
        "## Contact us\n\nCall 0116 258 4987.\n",
    )
    listing = next(text for text in texts if text.startswith("The chapters are"))
    # (a question of two sentences is one title in the list: its full stop had ended the
    # list's sentence, "I take the pill." / "Is that a problem; Contact details ...")
    assert listing == (
        "The chapters are: About this recording; Frequently asked questions; When should I "
        "double my dose; What if I am sick; I take the pill, is that a problem; Contact "
        "details and other languages."
    ), listing
    # "###" under another heading stays within its chapter
    texts = _spoken(
        tmp_path,
        "9104-exercises",
        "Physiotherapy",
        "## Exercises\n\n### Knee bends\n\nBend your knee.\n\n### Heel slides\n\nSlide.\n",
    )
    listing = next(text for text in texts if text.startswith("The chapters are"))
    assert "Knee bends" not in listing, listing


def test_a_letters_closing_contact_paragraph_opens_the_contact_chapter(tmp_path):
    """A letter with no headings ending "You can contact the diabetes nurses on 0116 ..." and
    its sign-off: the nurses' number was in "The leaflet", and the contact chapter held only
    the trust's lines."""
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER

    source = write_source(
        tmp_path,
        "9104-starting-your-insulin-pen",
        "Diabetes Centre",
        "Dear patient,\n\nInject your insulin at the same time each day.\n\n"
        "Never drink alcohol on an empty stomach.\n\n"
        "You can contact the diabetes nurses on 0116 258 6010, Monday to Friday.\n\n"
        "Yours sincerely,\n\nThe Diabetes Specialist Nursing Team\n",
        audience="Information for patients",
        last_reviewed="2024-06",
        next_review="2027-06",
        language="en-GB",
    )
    from pipeline.sources import load_leaflet

    utterances = speech_script(load_leaflet(source)).utterances
    chapter_of = {u.text: u.chapter for u in utterances}
    nurses = next(t for t in chapter_of if t.startswith("You can contact the diabetes nurses"))
    assert chapter_of[nurses] == CONTACT_CHAPTER, [(u.chapter, u.text) for u in utterances]
    never = next(t for t in chapter_of if t.startswith("Never drink"))
    assert chapter_of[never] != CONTACT_CHAPTER
    # a closing paragraph of safety advice that ends with a number is no contact paragraph: a
    # pessary leaflet's "do not remove the ring yourself ... go to A&E" was filed under
    # contacts, which a listener skips
    source = write_source(
        tmp_path,
        "9105-using-your-pessary-ring",
        "Women's Health Unit",
        "Your ring pessary supports your womb. A nurse will change it every 6 months.\n\n"
        "If the discharge smells or has blood in it, do not remove the ring yourself: call "
        "the Women's Health Unit on 01632 960 284 the same day. If you cannot pass urine at "
        "all, go to A&E straight away.\n",
    )
    utterances = speech_script(load_leaflet(source)).utterances
    chapter_of = {u.text: u.chapter for u in utterances}
    advice = next(t for t in chapter_of if t.startswith("If the discharge smells"))
    assert chapter_of[advice] != CONTACT_CHAPTER, [(u.chapter, u.text) for u in utterances]


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # an e-mail's name opening on an abbreviation the leaflet spells out had been said as
        # one made-up word ("ctbookings")
        ("Your ECG results: email ecgresults@nhs.net.",
         "Your E C G results: email the address e c g results, all one word, at n h s dot net."),
        ("Ask the ENT clinic, or email entclinic@nbt.nhs.uk.",
         "Ask the E N T clinic, or email the address e n t clinic, all one word, at n b t dot n "
         "h s dot u k."),
        # ... and never where the leaflet has no such abbreviation, nor a word for emphasis
        ("Email entclinic@nbt.nhs.uk.", "Email the address entclinic at n b t dot n h s dot u k."),
        ("Email: pals@nhs.net", "Email: pals at n h s dot net"),
        ("DO NOT email donotreply@nhs.net.",
         "do not email the address donotreply at n h s dot net."),
    ],
)
def test_an_email_name_opening_on_the_leaflets_abbreviation_is_said_with_its_letters(
    written, spoken
):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


def test_a_letters_closing_line_on_any_questions_opens_the_contact_chapter(tmp_path):
    """The usual closing line of an appointment letter, "If you have any questions, please
    contact the ... team on ... or email ...", and its sign-off had stayed in "The leaflet": its
    "If" was taken for advice on when to call. The e-mail's name opening on the leaflet's
    abbreviation ("mribookings") is said with its letters, "m r i bookings", not one made-up
    word; a closing line on when to call stays where it is."""
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path,
        "9106-your-mri-appointment",
        "Imaging Department",
        "Dear patient,\n\nYou have an MRI scan at the Royal Infirmary on Friday.\n\n"
        "Please do not wear any metal.\n\n"
        "If you have any questions about your appointment, please ring the MRI team on "
        "0113 392 6000, or email mribookings@leedsth.nhs.uk.\n\n"
        "Yours sincerely,\n\nMRI Appointments Team\n",
        audience="Information for patients",
        last_reviewed="2024-06",
        next_review="2027-06",
        language="en-GB",
    )
    chapter_of = _chapter_of_each(speech_script(load_leaflet(source)).utterances)
    closing = next(t for t in chapter_of if t.startswith("If you have any questions"))
    assert chapter_of[closing] == CONTACT_CHAPTER, chapter_of
    assert "email the address m r i bookings, all one word, at leedsth" in closing, closing
    assert chapter_of["Yours sincerely."] == CONTACT_CHAPTER
    assert chapter_of["Please do not wear any metal."] != CONTACT_CHAPTER
    source = write_source(
        tmp_path,
        "9107-after-your-mri-scan",
        "Imaging Department",
        "Dear patient,\n\nYou had an MRI scan with dye today.\n\n"
        "If you have any itching or a rash, please ring the MRI team on 0113 392 6000.\n",
    )
    chapter_of = _chapter_of_each(speech_script(load_leaflet(source)).utterances)
    advice = next(t for t in chapter_of if t.startswith("If you have any itching"))
    assert chapter_of[advice] != CONTACT_CHAPTER, chapter_of


def _chapter_of_each(utterances) -> dict[str, str]:
    """Each sentence's chapter: the one the last utterance opening a chapter opened."""
    chapter, found = "", {}
    for utterance in utterances:
        chapter = utterance.chapter or chapter
        found[utterance.text] = chapter
    return found


def test_a_leaflets_closing_lines_of_contacts_open_the_contact_chapter(tmp_path):
    """A leaflet that ends on its team's lines ("Hand Unit, Ward 22: Tel: ...", the hours, the
    web page), with no "Contact us" heading over them: they were left at the end of the last
    section (or of "The leaflet"), and a listener who went to the contact chapter did not hear
    the team's number. The advice before them stays where it is."""
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER
    from pipeline.sources import load_leaflet

    closing = (
        "Hand therapy will write to you. If you have not heard by day 5, call 01632 960 555.\n\n"
        "Day Surgery Unit\n\nHand Unit, Ward 22: Tel: 01632 960 123 (24 hours)\n\n"
        "Hand Therapy: Mon-Fri 8:30am-4:30pm\n\nwww.example-hospital.nhs.uk/hand-unit\n"
    )
    for number, body in (
        ("9106-your-hand-after-surgery", "Keep your hand raised.\n\n" + closing),
        (
            "9107-your-hand-after-surgery",
            "## After your operation\n\nKeep your hand raised.\n\n## Side effects\n\n"
            "Your fingers may swell. Do not drive for 2 weeks.\n\n" + closing,
        ),
    ):
        source = write_source(
            tmp_path, number, "Hand Unit", body, audience="Information for patients",
            last_reviewed="2024-06", next_review="2027-06", language="en-GB",
        )
        utterances = speech_script(load_leaflet(source)).utterances
        chapter_of, chapter = {}, None
        for u in utterances:  # an utterance names the chapter it starts
            chapter = u.chapter or chapter
            chapter_of[u.text] = chapter
        ward = next(t for t in chapter_of if t.startswith("Hand Unit, Ward"))
        assert chapter_of[ward] == CONTACT_CHAPTER, [(u.chapter, u.text) for u in utterances]
        assert chapter_of["Day Surgery Unit."] == CONTACT_CHAPTER, chapter_of
        hours = next(t for t in chapter_of if t.startswith("Hand Therapy:"))
        assert chapter_of[hours] == CONTACT_CHAPTER
        advice = next(t for t in chapter_of if t.startswith("If you have not heard"))
        assert chapter_of[advice] != CONTACT_CHAPTER
        raised = next(t for t in chapter_of if t.startswith("Keep your hand raised"))
        assert chapter_of[raised] != CONTACT_CHAPTER


def test_a_last_section_or_block_of_contacts_opens_the_contact_chapter(tmp_path):
    """A last section of nothing but contacts under a heading of its own choosing ("More
    advice") was a chapter just before the contact chapter, and a closing block of a unit's
    address, number and hours ("MRI Unit, Leeds General Infirmary, ... Tel ..., Mon–Fri ...")
    was left in the section above it. A section on when to call stays a chapter, and a form's
    lines to sign stay with the form."""
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER, chapter_plan
    from pipeline.sources import load_leaflet

    def titles(number, body):
        source = write_source(
            tmp_path, number, "Radiology", body, audience="Information for patients",
            last_reviewed="2024-06", next_review="2027-06", language="en-GB",
        )
        return chapter_plan(load_leaflet(source)).titles

    advice = (
        "## Your scan\n\nLie still.\n\n## More advice\n\n"
        "Infant Feeding Team: 0161 276 6317 (Mon–Fri 09:00–17:00).\n\n"
        "National Breastfeeding Helpline: 0300 100 0212, or see www.example.org.uk\n"
    )
    assert titles("9108-your-scan", advice) == [
        "About this recording", "Your scan", CONTACT_CHAPTER
    ]
    # an address line among them is a contact too (the section's number and e-mail had opened
    # the contact chapter without it, parting the section)
    addressed = (
        "## Your scan\n\nLie still.\n\n## Where can I find out more?\n\n"
        "Labour Pains website (OAA): www.labourpains.org\n\n"
        "Anaesthesia Department, Level 3, Riverside Hospital, Riverside Way, Readmoor RD4 9TT.\n\n"
        "Tel: 0118 496 0700 extension 45218 (Mon–Fri 8.30am–5pm)\n"
    )
    assert titles("9111-your-scan", addressed) == [
        "About this recording", "Your scan", CONTACT_CHAPTER
    ]
    when = (
        "## Your scan\n\nLie still.\n\n## When to get help\n\n"
        "Call the team on 0114 226 5000 if your skin breaks or weeps.\n"
    )
    assert "When to get help" in titles("9109-your-scan", when)

    form = (
        "## Your details\n\nAnswer every question.\n\n[Signature of patient:]{.field}\n\n"
        "MRI Unit, Leeds General Infirmary, Great George Street, Leeds LS1 3EX. Tel 0113 206 "
        "4500, Mon–Fri 08:00–20:00. Email mri.bookings@example.nhs.uk\n"
    )
    source = write_source(
        tmp_path, "9110-mri-form", "Radiology", form, audience="Information for patients",
        last_reviewed="2024-06", next_review="2027-06", language="en-GB",
    )
    utterances = speech_script(load_leaflet(source)).utterances
    chapter_of, chapter = {}, None
    for u in utterances:
        chapter = u.chapter or chapter
        chapter_of[u.text] = chapter
    unit = next(t for t in chapter_of if t.startswith("M R I Unit"))
    assert chapter_of[unit] == CONTACT_CHAPTER, [(u.chapter, u.text) for u in utterances]
    signature = next(t for t in chapter_of if t.startswith("Signature of patient"))
    assert chapter_of[signature] == "Your details"


def test_headings_that_are_questions_are_listed_as_one_list_of_chapters(tmp_path):
    """ "## What is warfarin?" ended the chapter list's sentence at its question mark: the list
    was said "... About this recording; What is warfarin?", a pause, then "; How should I take
    it?" as a sentence of its own, asking each title."""
    texts = _spoken(
        tmp_path,
        "2250-taking-warfarin",
        "Anticoagulant Clinic",
        "## What is warfarin?\n\nWarfarin thins your blood.\n\n"
        "## How should I take it?\n\nTake it at 6pm.\n\n"
        "## Warning signs!\n\nCall 999 if you cough up blood.\n",
    )
    listing = next(text for text in texts if text.startswith("The chapters are"))
    assert listing == (
        "The chapters are: About this recording; What is warfarin; How should I take it; "
        "Warning signs; Contact details and other languages."
    ), texts
    assert not any(text.lstrip().startswith(";") for text in texts), texts
    # The chapters themselves keep their titles as written.
    assert "What is warfarin?" in texts


@pytest.mark.parametrize(
    "heading", ["Contact us", "Contact details", "Useful contacts", "5. Contact us"]
)
def test_a_leaflets_own_contact_section_opens_the_contact_chapter(tmp_path, heading):
    """A last section "Contact us" was a chapter, then came "Contact details and other
    languages": two contact chapters one after the other. The section opens the last chapter."""
    from pipeline.sources import load_leaflet

    source = write_source(
        tmp_path,
        "3107-after-a-tonsillectomy",
        "Children's ENT",
        "## Pain relief\n\nGive pain relief by the clock.\n\n"
        f"## {heading}\n\nWard E39: 0115 924 9924.\n",
    )
    leaflet = load_leaflet(source)
    script = speech_script(leaflet)
    assert script.chapters == [
        "About this recording",
        "Pain relief",
        "Contact details and other languages",
    ]
    ward = next(u for u in script.utterances if u.text.startswith("Ward E"))
    named = heading.split(". ")[-1]  # "5. Contact us" is said "five, Contact us"
    heading_said = next(u for u in script.utterances if u.text.rstrip(".").endswith(named))
    assert heading_said.chapter == "Contact details and other languages"
    assert [u.chapter for u in script.utterances].count("Contact details and other languages") == 1
    assert script.utterances.index(heading_said) < script.utterances.index(ward)


def test_a_blank_in_a_unit_says_the_unit_in_full(tmp_path):
    """ "Weight: ______ kg" imported as a field counting "kg" was said "the number of kg your
    care team gives you", the letters read as letters."""
    texts = _spoken(
        tmp_path,
        "4120-allergy-action-plan",
        "Paediatric Allergy Clinic",
        "Weight: [kg]{.field}\n\nDrink [ml]{.field} a day.\n",
    )
    assert "Weight: the number of kilograms your care team gives you." in texts, texts
    assert "Drink the number of millilitres your care team gives you a day." in texts, texts


def test_a_range_of_blanks_is_said_as_one_range(tmp_path):
    """ "My target lithium level is ____ to ____ mmol/L", imported as two fields, was said "is,
    your pharmacist will fill this in, to, your pharmacist will fill this in, in millimoles
    per litre": two blanks, each apart, where the leaflet asks for one range."""
    texts = _spoken(
        tmp_path,
        "4121-lithium-therapy",
        "Pharmacy",
        "Keep your heart rate between [to fill in]{.field} and [to fill in]{.field}.\n\n"
        "Your target range is [to fill in]{.field} to [to fill in]{.field} beats per minute "
        "(bpm).\n\n"
        "Take it from [to fill in]{.field} to [to fill in]{.field}.\n\n"
        "My target lithium level is [to fill in]{.field} to [to fill in]{.field} mmol/L.\n\n"
        "My target INR is [to fill in]{.field} (range [to fill in]{.field} to "
        "[to fill in]{.field}).\n",
    )
    assert (
        "My target lithium level is between the two numbers your pharmacist gives you, in "
        "millimoles per litre." in texts
    ), texts
    assert (
        "My target I N R is, your pharmacist will fill this in, (range between the two numbers "
        "your pharmacist gives you)." in texts
    ), texts
    assert (
        "Keep your heart rate between the two numbers your pharmacist gives you." in texts
    ), texts
    assert (  # what it counts is what the numbers are of
        "Your target range is between the two numbers of beats per minute your pharmacist gives "
        "you." in texts  # ("(bpm)", "(beats a minute)", says again what was said)
    ), texts
    assert (  # dates from one to another: each its own
        "Take it from, your pharmacist will fill this in, to, your pharmacist will fill this in."
        in texts
    ), texts


def test_the_readers_chart_and_an_inhaler_plans_most_a_day_go_to_the_right_person(tmp_path):
    """ "Use the chart below to write down when you changed position. Your nurse will tell you
    how often to move.": the nurse telling how often had made the reader's own chart the care
    team's ("Initials: your care team will fill this in"). In a plan in the reader's words, "I
    take ____ puffs when I need it, up to ____ times a day" had given the most a day to the
    reader ("up to write in the number of times a day"). "every ____ hours" had been said
    "every the number of hours ..."."""
    texts = _spoken(
        tmp_path,
        "4122-preventing-pressure-ulcers",
        "Community Nursing",
        "## Keep moving\n\nUse the chart below to write down when you changed position. Your "
        "nurse will tell you how often to move.\n\n| Time | Position | Initials |\n|---|---|---|\n"
        "| 0800 | Left side | [to fill in]{.field} |\n\n"
        "Change position every [hours]{.field}.\n\n"
        "## My inhalers\n\nMy reliever inhaler is called [to fill in]{.field}. I take "
        "[puffs]{.field} when I need it, up to [times a day]{.field}.\n",
    )
    assert "Initials: write this in yourself." in texts, texts
    assert "Change position every so many hours, as your nurse tells you." in texts, texts
    assert any(
        t.endswith("up to the number of times a day your nurse gives you.") for t in texts
    ), texts


def test_a_crisis_plans_own_choices_are_the_readers_and_its_most_dose_the_prescribers(tmp_path):
    """In a crisis plan, "In a crisis, I agree that staff may contact: ____ on ____" had been
    "your care team will tell you the name", though the reader chooses whom; and "Only take
    extra medicine as written in your plan: ____ up to ____ mg in 24 hours" gave the reader the
    most a day ("up to write in the number of milligrams")."""
    texts = _spoken(
        tmp_path,
        "4123-my-crisis-plan",
        "Crisis Resolution and Home Treatment Team",
        "## People who may be told\n\nIn a crisis, I agree that staff may contact: "
        "[name]{.field} on [phone number]{.field}\n\n"
        "I do not want these people contacted: [to fill in]{.field}\n\n"
        "## My medicines\n\nMy extra medicine is called [to fill in]{.field}. Take it up to "
        "[mg]{.field} in 24 hours.\n\nOnly take extra (PRN) medicine if it is written in your "
        "plan: [to fill in]{.field} up to [mg]{.field} in 24 hours.\n",
    )
    said = " ".join(texts)
    # the medicine the most is for is the prescriber's too (it had been "write this in
    # yourself, up to the number of milligrams your care team gives you")
    assert "your plan: your care team will fill this in, up to the number of milligrams" in said
    assert "staff may contact: write in the name, on, write in the phone number" in said, texts
    assert "I do not want these people contacted: write this in yourself" in said, texts
    assert "up to the number of milligrams your care team gives you in twenty-four" in said, texts


def test_two_counted_blanks_in_a_row_are_said_apart(tmp_path):
    """ "Take ____ capsules ____ minutes before meals" ran on: "... capsules your pharmacist
    gives you the number of minutes ...", as if the capsules were the minutes'."""
    texts = _spoken(
        tmp_path,
        "4124-loperamide",
        "Pharmacy",
        "Take [capsules]{.field} [minutes]{.field} before meals.\n",
    )
    assert (
        "Take the number of capsules your pharmacist gives you, the number of minutes your "
        "pharmacist gives you, before meals." in texts
    ), texts


def test_a_timetable_says_its_times_and_skips_its_empty_cells(tmp_path):
    """A drops timetable was said "Ketorolac. eight:zero: tick, . twelve:zero:. sixteen:zero:.":
    its times unread, a stray pause after each tick, and every empty cell's heading said."""
    texts = _spoken(
        tmp_path,
        "562-using-your-eye-drops",
        "Eye Unit",
        "## Your drops timetable\n\n| Eye drop | 08:00 | 12:00 | 22:00 |\n|---|---|---|---|\n"
        "| Ketorolac | ✓ |  | ✓ |\n",
    )
    at = texts.index("Eye drop: Ketorolac.")
    # (each time a sentence of its own, opening on its capital)
    assert texts[at + 1 : at + 3] == ["Eight in the morning: yes.", "Ten in the evening: yes."]


def test_a_charts_tick_is_said_tick_where_the_leaflet_explains_its_ticks(tmp_path):
    """A stroke leaflet's medicines chart was said "Morning: yes. Evening: yes." for its ticks,
    then "A tick means take one tablet at that time": the listener never heard of a tick. Where
    the leaflet explains its ticks, each is said "tick", the word its key explains; its empty
    cells are still left unsaid, never "blank"."""
    texts = _spoken(
        tmp_path,
        "0158-your-medicines-after-a-stroke",
        "Stroke Service",
        "## Your medicines chart\n\n| Medicine | Morning | Lunch | Evening | Bedtime |\n"
        "|---|---|---|---|---|\n| Clopidogrel 75mg | 1 tablet |  |  |  |\n"
        "| Ramipril 2.5mg | ✓ |  | ✓ |  |\n\n"
        "A tick (✓) means take one tablet at that time.\n",
    )
    at = texts.index("Medicine: Ramipril two point five milligrams.")
    assert texts[at + 1 : at + 3] == ["Morning: tick.", "Evening: tick."], texts[at : at + 3]
    assert "A tick means take one tablet at that time." in texts, texts
    assert not any("blank" in text or "yes" in text.lower() for text in texts), texts


def test_a_timetables_dash_for_no_dose_is_said_none(tmp_path):
    """A medicines timetable's '-' for no dose at a time had been said "Lunch: -.", the dash
    heard as nothing or "dash": its cell says none."""
    texts = _spoken(
        tmp_path,
        "563-your-diabetes-tablets",
        "Diabetes Centre",
        "## When to take your tablets\n\n| Medicine | Breakfast | Lunch | Evening meal |\n"
        "|---|---|---|---|\n| Metformin 500 mg | 1 | - | 1 |\n"
        "| Gliclazide 80 mg | 2 | \u2014 | 1 |\n",
    )
    at = texts.index("Medicine: Metformin five hundred milligrams.")
    assert texts[at + 1 : at + 4] == ["Breakfast: one.", "Lunch: none.", "Evening meal: one."]
    at = texts.index("Medicine: Gliclazide eighty milligrams.")
    assert texts[at + 2] == "Lunch: none."


def test_a_timetables_lone_tick_and_cross_answer_their_column(tmp_path):
    """A cell holding only a cross in a medicines timetable had been said "Bedtime: x.", the
    letter: beside ticks a cross is "no" and a tick "yes", as each answers its column's time,
    but where the leaflet has a key to its signs (here a table, "| ✓ | Take it |") each is
    said by the name the key explains, "tick" and "cross"; a table with no ticks says its lone
    "x" as the mark it is, "cross", as a reader sees it (it may mark the times to take). A key's
    sign in the first column stays the sign's name, and "2 x 5 mg" in a cell stays a count."""
    texts = _spoken(
        tmp_path,
        "564-your-parkinsons-medicines",
        "Pharmacy",
        "## Your timetable\n\n| Medicine | 07:00 | 11:00 | 15:00 | Bedtime |\n"
        "|---|---|---|---|---|\n| Co-careldopa 25/100 | ✓ | ✓ | ✓ | x |\n"
        "| Ropinirole XL 8 mg | ✔ | ✗ | ❌ | X |\n\n"
        "## Your anticoagulant\n\n| Medicine | Morning | Evening |\n|---|---|---|\n"
        "| Apixaban 5 mg | x | x |\n| Bisoprolol 2.5 mg | x |  |\n"
        "| Aspirin | 2 x 75 mg | |\n\n"
        "## Key\n\n| Sign | What it means |\n|---|---|\n| ✓ | Take it |\n| ✗ | Do not take it |\n",
    )
    at = texts.index("Medicine: Co-careldopa twenty-five slash one hundred.")
    assert texts[at + 1 : at + 5] == [
        "Seven in the morning: tick.", "Eleven in the morning: tick.",
        "Three in the afternoon: tick.", "Bedtime: cross.",
    ], texts[at : at + 5]
    at = texts.index("Medicine: Ropinirole X L eight milligrams.")
    assert texts[at + 1 : at + 5] == [
        "Seven in the morning: tick.", "Eleven in the morning: cross.",
        "Three in the afternoon: cross.", "Bedtime: cross.",
    ], texts[at : at + 5]
    at = texts.index("Medicine: Apixaban five milligrams.")
    assert texts[at + 1 : at + 3] == ["Morning: cross.", "Evening: cross."], texts[at : at + 3]
    assert "Morning: two, each of seventy-five milligrams." in texts, texts
    at = texts.index("Sign: tick.")
    assert texts[at + 1] == "What it means: Take it."


def test_a_slash_between_numbers_is_said_as_a_reader_says_it():
    """ "12/01" in a table of INR tests was said "twelve/one"; "8/10" "eight slash ten"."""
    from pipeline.formats.audio.speech_script import SpeechNormaliser, load_pronunciations

    say = SpeechNormaliser(load_pronunciations())
    assert say("Date: 12/01.") == "Date: the twelfth of January."
    assert say("Rate your pain 8/10.") == "Rate your pain eight out of ten."
    assert say("Take 1/2 a tablet.") == "Take half a tablet."
    assert say("Drink 1/4 of a cup.") == "Drink a quarter of a cup."
    assert "/" not in say("Open 24/7.")
    assert say("Weeks 1/2") == "Weeks one and two"  # no fraction of a week


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a number after a word that numbers things is that one or those: "Grade 3/4 tear" had
        # been "three quarters tear", "Weeks 1/2 of" "a half of"
        ("You may have a grade 3/4 tear during the birth.",
         "You may have a grade three or four tear during the birth."),
        ("Weeks 1/2 of your treatment are often the hardest.",
         "Weeks one and two of your treatment are often the hardest."),
        ("Stage 1/2 pressure ulcers heal in a few weeks.",
         "Stage one or two pressure ulcers heal in a few weeks."),
        ("On days 1/2 take 2 sachets.", "On days one and two take two sachets."),
        # a fraction where a quantity is meant
        ("Take 1/2 a tablet at night.", "Take half a tablet at night."),
        ("Drink 3/4 of a cup of water.", "Drink three quarters of a cup of water."),
        ("Take 1/2 tablet if you feel sick.", "Take half a tablet if you feel sick."),
        ("Wait 1/2 hour before eating.", "Wait a half hour before eating."),
        # ... "hr" too (it was "one/two hours"), but not "hours", which may be one or two
        ("Take it 1/2 hr before food.", "Take it a half hour before food."),
        ("Rest for 1/2 hours after the test.", "Rest for one/two hours after the test."),
        ("Fill the cup 3/4 full.", "Fill the cup three quarters full."),
        # ... of one thing measured out, said as its sign is ("¾ tablet"): "Take 3/4 tablet" was
        # "three quarters tablet", "1/2 tablet" "a half tablet"
        ("Take 3/4 tablet twice a day.", "Take three quarters of a tablet twice a day."),
        ("Give 1/4 teaspoon with milk.", "Give a quarter of a teaspoon with milk."),
        ("Drink 2/3 cup of the mixture.", "Drink two thirds of a cup of the mixture."),
        # ... and nowhere else: no fraction of a tear
        ("A 3/4 tear heals well.", "A three/four tear heals well."),
        # ... nor of tablets counted as many: "1/2 tablets" may be half a tablet or one or two
        # (it was "a half tablets"), so the figures are said as printed
        ("Take 1/2 tablets every 4 hours.", "Take one/two tablets every four hours."),
        ("Use 2/3 puffs when you need to.", "Use two/three puffs when you need to."),
        ("Take 1/2 tablet if you feel sick.", "Take half a tablet if you feel sick."),
        # a time of day before a slash with no time after it: "eight am/sachets" and "eight am
        # per two sachets" had been said
        ("8am/sachets: mix them in water.", "Eight in the morning, sachets: mix them in water."),
        ("Take at 8am/2 sachets.", "Take at eight in the morning, two sachets."),
        ("Take at 8am/8pm.", "Take at eight in the morning, eight in the evening."),
    ],
)
def test_a_fraction_is_said_only_where_a_quantity_is_meant(written, spoken):
    from pipeline.formats.audio.speech_script import SpeechNormaliser, load_pronunciations

    assert SpeechNormaliser(load_pronunciations())(written) == spoken


def test_a_word_in_capitals_for_emphasis_is_said_as_the_word():
    """Leaflets write their warnings in capitals: "DO NOT eat" was spelt out "D O N O T eat",
    and "You must NOT drive" lost its "not" to "N O T". Abbreviations are still spelt out."""
    from pipeline.formats.audio.speech_script import SpeechNormaliser, load_pronunciations

    say = SpeechNormaliser(load_pronunciations())
    assert say("DO NOT eat or drink for 6 hours.") == "do not eat or drink for six hours."
    assert say("You must NOT drive.") == "You must not drive."
    assert say("STOP taking it and call 999.") == "stop taking it and call nine nine nine."
    assert say("DON'T drive.") == "don't drive."
    assert say("WHAT IS A GASTROSCOPY?") == "what is A GASTROSCOPY?"
    # Abbreviations, including those that are also words, are spelt out as before.
    assert say("Ask your GP for an ECG or a CT scan.") == (
        "Ask your G P for an E C G or a C T scan."
    )
    assert say("Living with ME.") == "Living with M E."
    assert say("Your INR result.") == "Your I N R result."
    assert say("Your GP's letter and the ECGs.") == "Your G P's letter and the E C G's."
    assert say("DOs and DON'Ts") == "do's and don'ts"
    # a code in the text is quoted sign by sign; a name with a number ("ICD-10") as a name
    assert say("Quote HEY-665/2021 or AB/12345.") == (
        "Quote H E Y, dash, six six five, slash, two zero two one or A B, slash, one two three "
        "four five."
    )
    assert say("Your COVID-19 jab and ICD-10.") == "Your COVID-nineteen jab and I C D ten."
    assert say("DO NOT EAT AND/OR DRINK.") == "do not eat and or DRINK."  # was "E A T", "A N D"
    assert say("Take it ONCE A WEEK.") == "Take it once A week."


def test_an_abbreviation_spelt_out_keeps_its_plural_and_its_article():
    """ "ECGs" was said "E C Gs", heard "E.C., G.S."; "MRIs" was "M R Is", heard "MRs"; the
    letters' plural is said "G's", "I's" ("ECGs", "MRIs" by ear). The article before letters
    opening a sentence, "A CT scan", was read by the voice as the letter A ("ay C T scan")."""
    from pipeline.formats.audio.speech_script import SpeechNormaliser, load_pronunciations

    say = SpeechNormaliser(load_pronunciations())
    assert say("You may need ECGs and MRIs.") == "You may need E C G's and M R I's."
    assert say("Ask the GPs.") == "Ask the G P's."
    assert say("A CT scan takes 10 minutes.") == "a C T scan takes ten minutes."
    assert say("Eat well. A GP will call.") == "Eat well. a G P will call."
    assert say("(A DEXA scan is an X-ray.)").startswith("(A DEXA scan")  # said as a word
    # the letter A, and shouted text, are not the article before capitals
    assert say("Go to Ward A ECG room.") == "Go to Ward A E C G room."
    assert say("A AND E IS OPEN.") == "A and E is open."
    piper = PiperEngine(sounds=load_pronunciations().sounds)
    assert "[[" not in piper.spoken_form(say("A CT scan takes 10 minutes."))
    # abbreviations the voice read as a word are spelt, or said as they are
    assert say("Ask about a DNACPR form.") == "Ask about a D N A C P R form."
    assert say("UKHSA advice") == "U K H S A advice"
    assert say("Use your CPAP machine.") == "Use your CPAP machine."


def test_a_notice_that_says_its_label_is_not_labelled_twice(tmp_path):
    """ "> Important: Methotrexate is taken once a week." was said "Important: Important: ..." """
    texts = _spoken(
        tmp_path,
        "665-methotrexate",
        "Rheumatology",
        "> Important: Methotrexate is taken once a week.\n\n## Your dose\n\n"
        "> Never take it every day.\n\n> Importantly, keep taking folic acid.\n",
    )
    assert "Important: Meth-oh-trexate is taken once a week." in texts, texts
    assert not any("Important: Important:" in text for text in texts), texts
    assert "Important: Never take it every day." in texts, texts
    assert "Important: Importantly, keep taking folic acid." in texts, texts


def test_a_notice_that_opens_with_warning_or_caution_is_a_warning_labelled_once(tmp_path):
    """ "> Warning: oxygen makes fires burn faster." was an "Important" notice: HTML showed
    "Important" over "Warning: ...", and the recording said "Important: Warning: ..."."""
    from pipeline.formats.html_render import render_document
    from pipeline.sources import load_leaflet

    texts = _spoken(
        tmp_path,
        "9901-oxygen-at-home",
        "Respiratory Medicine",
        "> ⚠ Warning: oxygen makes fires burn faster.\n\n## Storing it\n\n"
        "> Caution: keep cylinders upright.\n\n> Note: we deliver on Mondays.\n",
    )
    assert "Warning: oxygen makes fires burn faster." in texts, texts
    assert "Caution: keep cylinders upright." in texts, texts
    assert "Note: we deliver on Mondays." in texts, texts
    leaflet = load_leaflet(tmp_path / "9901-oxygen-at-home.md")
    assert [b.kind for b in leaflet.blocks if hasattr(b, "kind")] == ["warning", "warning", "note"]
    page = render_document(leaflet)
    assert "notice-label" not in page and "Important" not in page.split("<main")[-1]


def test_a_sentence_in_another_language_inside_an_english_paragraph_is_announced(leaflet_442):
    """A TB leaflet's paragraph with its key sentence again in Polish and in Urdu: the voice
    changed twice mid-paragraph with no word said."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    polish = "Musisz przyjmować tabletki codziennie przez 6 miesięcy."
    urdu = "آپ کو 6 ماہ تک ہر روز اپنی گولیاں لینی ہیں۔"
    leaflet = replace(
        leaflet_442,
        blocks=(
            Paragraph((
                Span("You must take your TB tablets every day for 6 months. "),
                Span(polish, lang="pl"), Span(" "), Span(urdu, lang="ur"),
                Span(" If you stop early, the TB can come back."),
            )),
        ),
    )
    said = [(u.lang, u.text) for u in speech_script(leaflet).utterances]
    at = next(i for i, (lang, _) in enumerate(said) if lang == "pl")
    assert said[at - 1] == ("en", "The next line is spoken in Polish.")
    at = next(i for i, (lang, _) in enumerate(said) if lang == "ur")
    assert said[at - 1] == ("en", "The next line is spoken in Urdu.")
    assert said[at + 1] == ("en", "If you stop early, the T B can come back.")


def test_a_paragraph_wholly_in_another_language_is_announced(leaflet_442):
    """A leaflet's own Polish line changed voice with no word said, as the trust's lines do."""
    from dataclasses import replace

    from pipeline.model import Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Paragraph((Span("Take your lithium at the same time each day."),)),
            Paragraph((Span("Ta ulotka jest dostępna w języku polskim.", lang="pl"),)),
        ),
    )
    said = [(u.lang, u.text) for u in speech_script(leaflet).utterances]
    at = said.index(("pl", "Ta ulotka jest dostępna w języku polskim."))
    assert said[at - 1] == ("en", "The next line is spoken in Polish.")
    assert ("en", "The next line is spoken in Polish.") not in said[: at - 1]


def test_a_table_of_one_row_is_said_so(leaflet_442):
    """ "A table with one rows." """
    from dataclasses import replace

    from pipeline.model import Span, Table

    leaflet = replace(
        leaflet_442,
        blocks=(
            Table(
                header=((Span("Green"),), (Span("Red"),)),
                rows=(((Span("Alert and playing"),), (Span("Call 999"),)),),
            ),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert "A table with one row." in texts


def test_a_table_of_empty_rows_to_fill_in_says_its_columns(leaflet_442):
    """A sick-day record of headings over empty rows was said "A table with three rows." and
    then nothing: a listener did not learn what to write down."""
    from dataclasses import replace

    from pipeline.model import Span, Table

    empty = ((Span(""),), (Span(""),), (Span(""),))
    leaflet = replace(
        leaflet_442,
        blocks=(
            Table(
                header=((Span("Date"),), (Span("Glucose (mmol/l)"),), (Span("Extra insulin"),)),
                rows=(empty, empty, empty),
            ),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert (
        "A table to fill in, with three empty rows under the columns: Date; Glucose (in millimoles "
        "per litre); Extra insulin."
    ) in texts, texts


def test_blanks_in_a_plan_in_the_readers_own_words_are_theirs(leaflet_442):
    """A safety plan's "My warning signs: ____" was "your care team will fill this in"; a
    question heading in the first person ("What should I do if I miss a dose?") stays the care
    team's."""
    from dataclasses import replace

    from pipeline.model import Heading, Paragraph, Span

    leaflet = replace(
        leaflet_442,
        blocks=(
            Heading(2, (Span("Step 1: My warning signs"),)),
            Paragraph((Span("Signs:", field=True),)),
            Heading(2, (Span("Step 3: Places and people that help me take my mind off things"),)),
            Paragraph((Span("Place:", field=True),)),
            Heading(2, (Span("What should I do if I miss a dose?"),)),
            Paragraph((Span("Dose:", field=True),)),
            # a paragraph saying who writes in the blanks wins over a heading's "My"
            Heading(2, (Span("My medicines"),)),
            Paragraph((Span("Your pharmacist will write your doses here."),)),
            Paragraph((Span("Warfarin:", field=True),)),
        ),
    )
    texts = [u.text for u in speech_script(leaflet).utterances]
    assert "Signs: write this in yourself." in texts, texts
    assert "Place: write this in yourself." in texts
    assert "Dose: your physiotherapist will fill this in." in texts
    assert "Warfarin: your physiotherapist will fill this in." in texts


# ---- Kokoro's British voices -------------------------------------------------------------------


def _heard(samples: np.ndarray) -> str:
    """What the benches' offline listener (Whisper tiny.en, a dev dependency) writes down."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from listening import transcribe

    return transcribe(samples)


def test_a_british_kokoro_voice_says_a_leaflet_sentence_so_it_is_understood():
    """The set-up installs Kokoro's British voices from the package registries: the sentence
    442's notice opens with is heard back word for word, the lexicon's sounds included."""
    engine = english_voice("bm_george", 160, load_pronunciations().sounds)
    assert isinstance(engine, KokoroEngine)
    said = engine.spoken_form("Please speak to your physiotherapist.")
    assert "[[" in said, "the lexicon's British sounds are given to the voice"
    heard = _heard(engine.synthesise(said, "en"))
    assert re.sub(r"\W", " ", heard.lower()).split() == [
        "please", "speak", "to", "your", "physiotherapist",
    ], heard


def test_a_sentence_longer_than_kokoro_takes_at_once_is_said_whole():
    """Kokoro takes 510 sounds at most: a long sentence listing medicines (about 540 sounds)
    is said in pieces, none of it dropped."""
    from pipeline.formats.audio.engines import _kokoro_phonemiser

    engine = english_voice("bm_george", 160, {})
    items = (
        "paracetamol, ibuprofen, codeine, morphine, tramadol, naproxen, diclofenac, aspirin, "
        "warfarin, apixaban, rivaroxaban, edoxaban, dabigatran, clopidogrel, ticagrelor, "
        "prasugrel, dipyridamole, enoxaparin, dalteparin, tinzaparin, heparin, fondaparinux, "
        "celecoxib, etoricoxib, mefenamic acid, indometacin, ketoprofen, meloxicam"
    )
    first = f"Do not take {items} or any other medicine for pain or for thinning your blood"
    second = "unless the doctor or the pharmacist who knows about your operation says you can."
    sentence = f"{first} {second}"
    assert sum(map(len, _kokoro_phonemiser().phonemize(sentence))) > 510
    whole = engine.synthesise(sentence, "en")
    apart = engine.synthesise(f"{first}.", "en"), engine.synthesise(second, "en")
    assert len(whole) > 0.85 * sum(len(part) for part in apart)


def test_leaflet_voices_lists_the_british_voices_and_config_chooses_one(project, capsys):
    assert main(["voices"]) == 0
    listed = capsys.readouterr().out
    british = r"bm_george +kokoro +en_GB +English, Great Britain \(man\) +Apache-2.0"
    assert re.search(british, listed)
    assert re.search(r"bf_emma +kokoro +en_GB +English, Great Britain \(woman\)", listed)
    for name in KOKORO_BRITISH_VOICES:  # every voice the web page offers is there to speak
        assert f"{name} " in listed and KokoroEngine(name).voice_name == name
    settings = AudioSettings(english_voice="bf_emma")
    engine = engine_for_choice("standard", settings.english_voice, 160, 10)("en")
    assert isinstance(engine, KokoroEngine) and engine.voice_name == "bf_emma"
    assert engine.voice("en") != english_voice("bm_george").voice("en")  # each its own cache


def test_an_english_voice_that_is_not_on_this_machine_is_refused():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="'bm_nobody' is not a voice on this machine"):
        AudioSettings(english_voice="bm_nobody")


def test_a_lexicon_sound_kokoro_cannot_say_is_named():
    with pytest.raises(LeafletError, match=r"sounds.thing: the voice bm_george cannot say '\$'"):
        english_voice("bm_george", 160, {"thing": "θ$ŋ"})


def test_a_notice_inside_a_section_is_a_chapter_a_listener_can_find(tmp_path):
    """A box of when to call 999 partway through a section ("Your antibiotics", then the box,
    then more advice) was in that section's chapter, announced "Important:" but with nothing
    in the chapter list to jump back to. It is a chapter of its own, and the rest of the
    section follows as "<section>, continued". A notice straight under its heading is found by
    the section's own chapter, and stays in it."""
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER
    from pipeline.sources import load_leaflet

    body = (
        "## Your antibiotics\n\n"
        "Take your antibiotics at the same times each day.\n\n"
        "> Call 999 straight away if you:\n>\n"
        "> are slurring your speech or very confused;\n>\n"
        "> have a rash that does not fade when you press a glass against it.\n\n"
        "Do not stop your antibiotics early, even if you feel well.\n\n"
        "## Warning signs\n\n"
        "> **Go to A&E straight away if your fingers turn blue.**\n\n"
        "Keep your arm raised.\n\n"
        "## Contact us\n\nWard 7: 0115 969 1169\n"
    )
    source = write_source(
        tmp_path, "9110-going-home-after-sepsis", "Acute Medical Unit", body,
        audience="Information for patients", last_reviewed="2024-06", next_review="2027-06",
        language="en-GB",
    )
    script = speech_script(load_leaflet(source))
    assert script.chapters == [
        "About this recording", "Your antibiotics", "Important notice",
        "Your antibiotics, continued", "Warning signs", CONTACT_CHAPTER,
    ]
    opening_list = next(u.text for u in script.utterances if "The chapters are" in u.text)
    assert "Your antibiotics; Important notice; Your antibiotics, continued;" in opening_list
    chapter_of, chapter = {}, None
    for u in script.utterances:
        chapter = u.chapter or chapter
        chapter_of[u.text] = chapter
    box = next(t for t in chapter_of if t.startswith("Important"))
    assert chapter_of[box] == "Important notice", chapter_of
    early = next(t for t in chapter_of if t.startswith("Do not stop your antibiotics"))
    assert chapter_of[early] == "Your antibiotics, continued"
    blue = next(t for t in chapter_of if "fingers turn blue" in t)
    assert chapter_of[blue] == "Warning signs"


def test_a_time_blank_before_am_or_pm_says_which_half_of_the_day(tmp_path):
    """ "Keep to my usual bedtime, no later than ____ pm" was said "no later than, your
    pharmacist will fill this in, pm": the blank nameless and "pm" left to the voice, which
    reads it as a word. A blank before "am" or "pm" is a time, said with its half of the day
    ("after midday": a time not yet written may be in the afternoon or the evening)."""
    texts = _spoken(
        tmp_path,
        "4121-lithium-therapy",
        "Pharmacy",
        "- Keep to my usual bedtime, no later than [time]{.field} pm\n\n"
        "Take your first tablet at [time]{.field} am with breakfast.\n",
    )
    assert any(
        "no later than, your pharmacist will tell you the time, after midday." in t
        for t in texts
    ), texts
    assert (
        "Take your first tablet at, your pharmacist will tell you the time, in the morning, "
        "with breakfast." in texts
    ), texts


def test_a_start_the_reader_chooses_is_theirs_to_write_down(tmp_path):
    """A 24-hour urine collection whose first step is "Choose a day to start when you will be
    at home": its "Date started" had been "your care team will fill this in" where the column
    of a table or the words before a blank named it, as "Start date:" was. What the leaflet has
    the reader do decides whose the blank is; a start the care team sets stays theirs."""
    body = (
        "## How to collect your urine\n\n"
        "1. Choose a day to start when you will be at home all day.\n"
        "2. When you get up, pass urine into the toilet. Do not keep this first sample.\n"
        "3. Collect all the urine you pass for the next 24 hours.\n\n"
        "| Date started | Time started |\n|---|---|\n"
        "| [to fill in]{.field} | [to fill in]{.field} |\n\n"
        "Date started: [date]{.field}\n\n"
        "[Start date:]{.field}\n\n"
        "Bring the container to the clinic on [date]{.field} at [time]{.field}.\n"
    )
    (tmp_path / "urine").mkdir()
    texts = _spoken(tmp_path / "urine", "7702-24-hour-urine-collection", "Renal Unit", body)
    assert "Date started: write this in yourself." in texts, texts
    assert "Time started: write this in yourself." in texts, texts
    assert "Date started: write in the date." in texts, texts
    assert "Start date: write this in yourself." in texts, texts
    # the clinic's appointment is still the care team's
    assert any("on a date and at a time your care team will tell you" in t for t in texts)
    # a course of treatment the team starts: its start date is theirs to give
    (tmp_path / "chemo").mkdir()
    texts = _spoken(
        tmp_path / "chemo",
        "5102-your-chemotherapy",
        "Oncology",
        "Your treatment is given every 3 weeks.\n\n[Start date:]{.field}\n\n"
        "Start date: [date]{.field}\n",
    )
    assert "Start date: your care team will fill this in." in texts, texts
    assert "Start date: your care team will tell you the date." in texts, texts


def test_a_blank_whose_label_says_whose_it_is_is_said_without_the(tmp_path):
    """ "Take [your dose] each morning." had been said "your care team will tell you the your
    dose", and a table's "[Your dose] mg" under "Your dose" likewise: a label that says whose
    or which thing it is keeps its own word ("my dose", in a plan written as the reader, is the
    reader's, "your dose")."""
    texts = _spoken(
        tmp_path,
        "4410-steroid-tablets",
        "Rheumatology",
        "Take [your dose]{.field} each morning with food.\n\n"
        "| Medicine | Your dose |\n|---|---|\n| Prednisolone | [Your dose]{.field} mg |\n\n"
        "Bring [the letter]{.field} with you.\n\n"
        "My inhaler dose is [my dose]{.field} in the morning.\n",
    )
    said = " ".join(texts)
    assert "the your" not in said.lower() and "the my" not in said.lower(), texts
    assert any("will tell you your dose, each morning with food." in t for t in texts), texts
    assert "Your care team will tell you your dose, in milligrams." in texts, texts
    assert any("will tell you the letter, with you." in t for t in texts), texts
    assert any("will tell you your dose, in the morning." in t for t in texts), texts


def test_blanks_one_after_another_in_a_sentence_are_said_as_one_thing_to_be_told(tmp_path):
    """ "Your child's operation is on ____ at ____" had been "is on, your care team will tell
    you the date, at, your care team will tell you the time", the sentence lost among its
    blanks. Blanks with only "at", "on" or a comma between them are said together, every word
    of the sentence kept, whoever tells them said once; any number of them."""
    texts = _spoken(
        tmp_path,
        "2301-your-childs-operation",
        "Children's Day Case Unit",
        "Your child's operation is on [date]{.field} at [time]{.field}.\n\n"
        "Please come to [ward]{.field} on [date]{.field} at [time]{.field}, and bring your "
        "child's red book.\n\n"
        "Your physiotherapy is on [day of the week]{.field} or [day of the week]{.field}.\n\n"
        "Take your first tablet at [time]{.field} am with breakfast.\n\n"
        "Your next dressing change is on [date]{.field}.\n",
    )
    assert (
        "Your child's operation is on a date and at a time your care team will tell you."
        in texts
    ), texts
    assert (
        "Please come to a ward, on a date and at a time your care team will tell you, and "
        "bring your child's red book." in texts
    ), texts
    assert (
        "Your physiotherapy is on a day of the week or a day of the week your care team will "
        "tell you." in texts
    ), texts
    # a blank alone in its sentence is said as before
    assert any("at, your care team will tell you the time, in the morning" in t for t in texts)
    assert "Your next dressing change is on, your care team will tell you the date." in texts


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a level or a dose between two values is no time of day: "between four o'clock and
        # seven point zero zero millimoles per litre", "between one twenty-five and two point
        # five zero millilitres", an INR range "between two o'clock and three o'clock"
        ("Your blood sugar should be between 4.00 and 7.00 mmol/L before meals.",
         "Your blood sugar should be between four point zero zero and seven point zero zero "
         "millimoles per litre before meals."),
        ("The dose is between 1.25 and 2.50 ml.",
         "The dose is between one point two five and two point five zero millilitres."),
        ("Your INR should be between 2.00 and 3.00.",
         "Your I N R should be between two point zero zero and three point zero zero."),
        ("Keep your potassium between 3.50 and 5.30.",
         "Keep your potassium between three point five zero and five point three zero."),
        ("Aim for a blood glucose between 6.00 and 10.00 while you are ill.",
         "Aim for a blood glucose between six point zero zero and ten point zero zero while "
         "you are ill."),
        # ... while a time between two times still is one
        ("Visiting is between 2.00 and 4.00 each afternoon.",
         "Visiting is between two o'clock and four o'clock each afternoon."),
        # and a range of times on the quarter hour is one with no word leading to it ("nine
        # point zero zero, five point zero zero" had lost that it was a range of times)
        ("The clinic runs 9.00-5.00.", "The clinic runs nine o'clock to five o'clock."),
        ("Visiting times: 2.00-4.00 and 6.00-8.00.",
         "Visiting times: two o'clock to four o'clock and six o'clock to eight o'clock."),
        ("Phlebotomy clinic 8.30-12.30, Monday to Friday.",
         "Phlebotomy clinic eight thirty to twelve thirty in the afternoon, Monday to Friday."),
        ("Your target INR is 2.50 (range 2.00-3.00).",
         "Your target I N R is two point five zero (range two point zero zero to three point "
         "zero zero)."),
        # ... and with "to": its end had been a time and its start a decimal ("Your INR should be
        # 2.00 to 3.00" ended "three o'clock", "0.25 to 0.50 of the dose" "twelve fifty at
        # night"; "Take your tablets 8.30 to 9.30" began "eight point three zero")
        ("Your INR should be 2.00 to 3.00.",
         "Your I N R should be two point zero zero to three point zero zero."),
        ("A normal score is 5.30 to 14.20 points.",
         "A normal score is five point three zero to fourteen point two zero points."),
        ("Give 0.25 to 0.50 of the dose.",
         "Give zero point two five to zero point five zero of the dose."),
        ("Take your tablets 8.30 to 9.30 each morning.",
         "Take your tablets eight thirty to nine thirty each morning."),
        ("The clinic runs 9.00 to 5.00.", "The clinic runs nine o'clock to five o'clock."),
        # ... and an amount changed from one to another is no time: "Increase your dose from
        # 1.25 to 2.50" had been "from one twenty-five to two fifty"
        ("Increase your dose from 1.25 to 2.50.",
         "Increase your dose from one point two five to two point five zero."),
        ("Your dose will go up from 2.50 to 3.75 next week.",
         "Your dose will go up from two point five zero to three point seven five next week."),
        ("Take your dose from 8.00 to 9.00.", "Take your dose from eight o'clock to nine o'clock."),
        ("Cut down on caffeine from 14.00.", "Cut down on caffeine from two in the afternoon."),
    ],
)
def test_a_value_between_two_numbers_is_no_time_of_day(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a second line's local number unspaced after a slash or "or" was said as a count:
        # "..., or nine hundred and sixty thousand four hundred and eighty-three"
        ("Call 01632 960482 / 960483.", "Call oh one six three two, nine six oh, four eight two, "
         "or nine six oh, four eight three."),
        ("Ward 7: 0121 496 0000 or 4960001", "Ward seven: oh one two one, four nine six, "
         "oh oh oh oh, or four nine six, oh oh oh one"),
        # "extn" is an extension as "ext" is ("four eight two extn twelve")
        ("Ring 01632 960 482 extn 12.", "Ring oh one six three two, nine six oh, four eight two "
         "extension one two."),
        # a bracketed "24 hours" after a number or a service is when it is open: "... two three
        # one (twenty-four hours) if:" was heard as "call in 24 hours"
        ("Call the Labour Ward line on 01632 448 231 (24 hours) if:", "Call the Labour Ward "
         "line on oh one six three two, four four eight, two three one (open twenty-four hours) "
         "if:"),
        ("Ring NHS 111 (24/7) if you feel worse.",
         "Ring N H S one one one (open day and night, every day) if you feel worse."),
        ("Go to the Emergency Department (24hrs) if the bleeding does not stop.", "Go to the "
         "Emergency Department (open twenty-four hours) if the bleeding does not stop."),
        ("Ring the stoma nurses on 0161 555 0142. Do not eat for (24 hours).", "Ring the stoma "
         "nurses on oh one six one, five five five, oh one four two. Do not eat for (twenty-four "
         "hours)."),
        ("Ring us on 0161 555 0142 and stop Rivaroxaban (24 hours) before your operation.",
         "Ring us on oh one six one, five five five, oh one four two and stop Rivaroxaban "
         "(twenty-four hours) before your operation."),
        ("Contact the Emergency Assessment Unit (24 hours) if you bleed.", "Contact the "
         "Emergency Assessment Unit (open twenty-four hours) if you bleed."),
        ("Stay on the ward (24 hours) after your procedure.",
         "Stay on the ward (twenty-four hours) after your procedure."),
    ],
)
def test_another_lines_local_number_is_said_as_a_phone_number(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a combination medicine's two strengths are both in each tablet, no choice: it was
        # "co-amoxiclav five hundred milligrams, or one hundred and twenty-five milligrams"
        ("Take co-amoxiclav 500mg/125mg three times a day.",
         "Take co-amoxiclav five hundred milligrams slash one hundred and twenty-five "
         "milligrams three times a day."),
        ("Take 30mg/500mg co-codamol, 2 tablets four times a day.",
         "Take thirty milligrams slash five hundred milligrams co codamol, two tablets four "
         "times a day."),
        # ... and so are a brand's, or any with a unit after both: "Sinemet 25/100" had been
        # "twenty-five/one hundred", its slash unsaid, heard as a fraction or a date
        ("Sinemet 25/100, one tablet three times a day.",
         "Sinemet twenty-five slash one hundred, one tablet three times a day."),
        ("Take Madopar CR 25/100 capsules at bedtime.",
         "Take Madopar C R twenty-five slash one hundred capsules at bedtime."),
        ("Stalevo 100/25/200 replaces your Sinemet 25/100.",
         "Stalevo one hundred slash twenty-five slash two hundred replaces your Sinemet "
         "twenty-five slash one hundred."),
        ("Your nurse may change your Sinemet 10/100 to 25/100.",
         "Your nurse may change your Sinemet ten slash one hundred to twenty-five slash one "
         "hundred."),
        ("Take one 12.5/50 mg tablet with food.",
         "Take one twelve point five slash fifty milligram tablet with food."),
        # ... not a week's parts, a score or a date after a common word
        ("Weeks 1/2: walk each day.", "Weeks one and two: walk each day."),
        ("Your score is 15/27.", "Your score is fifteen out of twenty-seven."),
        ("Appointment: Tuesday 1/2/2026",
         "Appointment: Tuesday the first of February twenty twenty-six"),
        # ... while two strengths of one medicine are still either
        ("Your adrenaline pen is 0.15mg/0.3mg.",
         "Your adrenaline pen is zero point one five milligrams, or zero point three "
         "milligrams."),
    ],
)
def test_a_combination_medicines_two_strengths_are_no_choice(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a fasting sheet's afternoon time in hours on the 24-hour clock was a count: "Nothing
        # to eat after two thousand two hundred hours"
        ("Nothing to eat after 2200 hours the night before.",
         "Nothing to eat after ten o'clock the night before."),
        ("Arrive at 1330 hours.", "Arrive at one thirty in the afternoon."),
        # ... and a range's last time kept its "hours" ("five in the afternoon hours")
        ("Between 0800 and 1700 hours, call the ward.",
         "Between eight in the morning and five in the afternoon, call the ward."),
        # a count of hours is still one
        ("The battery lasts 1200 hours.", "The battery lasts one thousand two hundred hours."),
    ],
)
def test_a_time_in_hours_on_the_24_hour_clock_is_said_as_a_time(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a maternity leaflet's weeks and days with no "weeks" after them were sums: "Week of
        # pregnancy: eleven plus two to fourteen plus one" (a table's row), "induction at
        # forty-one plus zero"
        ("Week of pregnancy: 11+2 to 14+1", "Week of pregnancy: eleven weeks and two days to "
         "fourteen weeks and one day"),
        ("Your midwife will offer you induction at 41+0.",
         "Your midwife will offer you induction at forty-one weeks."),
        ("If you are pregnant and 36+3 or more, call triage.",
         "If you are pregnant and thirty-six weeks and three days or more, call triage."),
        # ... while a sum or score with no word of pregnancy is still one
        ("Your Gleason score is 3+4.", "Your Gleason score is three plus four."),
    ],
)
def test_weeks_and_days_of_pregnancy_are_said_so_without_the_word_weeks(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


def test_a_space_for_notes_is_said_once(tmp_path):
    """A "Your notes" page of ten ruled lines was said "write this in yourself" ten times: a
    space to write in is said once, with its lines."""
    from leaflet_files import NOTES_PAGE

    from pipeline.sources import load_leaflet

    source = write_source(tmp_path, "5120-after-your-colonoscopy", "Endoscopy Unit", NOTES_PAGE)
    texts = [u.text for u in speech_script(load_leaflet(source)).utterances]
    said = [text for text in texts if "space for your notes" in text]
    assert said == ["A space for your notes, with ten lines to write on."], texts
    assert not any("yourself" in text or "empty row" in text for text in texts), texts


def test_a_details_card_is_the_readers_own_to_write_and_says_each_name_once(tmp_path):
    """A heart monitor's card, "Detail | Write it here" over "Name | [Name]", had been said
    "Write it here: your care team will tell you the Name.": the patient was told someone else
    writes their own name (and "the Name" kept the label's capital). A patient's own details
    are theirs to write, and so is a column headed "Write it here"; a row's name is said once."""
    texts = _spoken(
        tmp_path,
        "9401-wearing-a-heart-monitor",
        "Cardiology",
        "## Your monitor card\n\nPlease bring this card with you when you return the monitor."
        "\n\n| Detail | Write it here |\n|---|---|\n| Name | [Name]{.field} |\n"
        "| NHS number | [NHS number]{.field} |\n| Your GP | [Name of GP:]{.field} |\n"
        "| Reason for the monitor | [Reason]{.field} |\n| Phone | [Phone]{.field} |\n"
        "| Weight | [kg]{.field} |\n\n"
        "## After your test\n\n| Date | Result |\n|---|---|\n"
        "| [Date]{.field} | [Result]{.field} |\n\n"
        "## Your heart nurse\n\n| Heart nurse | |\n|---|---|\n| Name | [Name]{.field} |\n"
        "| Phone | [Phone]{.field} |\n\n"
        "## Your next appointment\n\n| Clinic | When |\n|---|---|\n"
        "| Heart rhythm clinic | [Appointment time]{.field} |\n",
    )
    at = texts.index("A table with six rows.")
    assert texts[at + 1 : at + 7] == [
        "Name: a space for you to write your name.",
        "N H S number: a space for you to write your N H S number.",
        "Your G P: a space for you to write the name of your G P.",
        "Reason for the monitor: a space for you to write the reason.",
        "Phone: a space for you to write your phone number.",
        # (a blank's unit is what it is written in: "write the kg" is no English)
        "Weight: a space for you to write the weight, in kilograms.",
    ], texts[at : at + 7]
    assert not any("care team" in text for text in texts[at : at + 7])
    # a row of blanks under their columns says each column once ("Date: your care team will
    # tell you the Date" had been said), whoever writes it
    at = texts.index("A table with one row.")
    assert texts[at + 1 : at + 3] == [
        "Date: your care team will fill this in.", "Result: your care team will fill this in.",
    ], texts[at : at + 3]
    # ... and a card for the nurse's own details is not the patient's to write
    at = texts.index("A table with two rows.")
    assert texts[at + 1 : at + 3] == [
        "Name: your care team will fill this in.", "Phone: your care team will fill this in.",
    ], texts[at : at + 3]
    assert "When: your care team will tell you the appointment time." in texts, texts


def test_a_blank_in_its_unit_in_a_card_to_fill_in_is_said_in_that_unit(tmp_path):
    """A steroid card, "Detail | Fill in" over "Daily dose | [daily dose] mg", had been said
    "Detail: Daily dose. Fill in: write in the daily dose mg.", "mg" left to the voice and the
    row said unlike its neighbours: a unit after the reader's blank in a table is what it is
    written in, as it is outside a table and in a row the care team fills in."""
    texts = _spoken(
        tmp_path,
        "9403-your-steroid-emergency-card",
        "Endocrinology",
        "## Your card\n\nKeep this card with you at all times.\n\n"
        "| Detail | Fill in |\n|---|---|\n| Steroid medicine | [steroid medicine]{.field} |\n"
        "| Daily dose | [daily dose]{.field} mg |\n"
        "| Sick day dose | [sick day dose]{.field} mg |\n\n"
        "## Your doses\n\n| Medicine | Write your dose here |\n|---|---|\n"
        "| Hydrocortisone | [hydrocortisone dose]{.field} mg each morning |\n",
    )
    at = texts.index("A table with three rows.")
    assert texts[at + 1 : at + 4] == [
        "Steroid medicine: a space for you to write the steroid medicine.",
        "Daily dose: a space for you to write the daily dose, in milligrams.",
        "Sick day dose: a space for you to write the sick day dose, in milligrams.",
    ], texts[at : at + 4]
    assert not any(re.search(r"\bmg\b", text) for text in texts), texts
    assert any(
        "write in the hydro-cortizone dose, in milligrams each morning" in text for text in texts
    ), texts


def test_od_os_and_ou_in_an_eye_leaflet_say_which_eye(tmp_path):
    """"1 drop OD at night" in a cataract leaflet had been "one drop once a day at night": in
    an eye leaflet OD, OS and OU after a drop are the right eye, the left and both. A tablet's
    "250 mg OD" there is still once a day, and OD unsure of its meaning is said as its letters;
    outside an eye leaflet a drop's OD is once a day, as before."""
    texts = _spoken(
        tmp_path,
        "9402-your-eye-drops-after-cataract-surgery",
        "Ophthalmology",
        "## Your drops\n\nPut 1 drop OD at night.\n\nUse Maxidex 1 drop OS four times a day."
        "\n\nTimolol: 1 drop OU BD.\n\nAcetazolamide 250 mg OD for 3 days.\n\n"
        "Your operated eye is marked on your card: right eye (OD).\n",
    )
    assert "Put one drop in your right eye at night." in texts, texts
    assert "Use Maxidex one drop in your left eye four times a day." in texts, texts
    assert "Timolol: one drop in both eyes twice a day." in texts, texts
    assert "Acetazolamide two hundred and fifty milligrams once a day for three days." in texts
    assert "Your operated eye is marked on your card: right eye (O D)." in texts, texts
    texts = _spoken(
        tmp_path, "9403-ear-drops", "Ear, Nose and Throat", "## Your drops\n\nUse 2 drops OD.\n"
    )
    assert "Use two drops once a day." in texts, texts


def test_a_blank_whose_label_the_line_already_says_is_said_once(tmp_path):
    """A medicines record's "Name: [Name:]" had been said "Name: Name: write this in yourself.",
    and "My GP: [GP:]" "My G P: G P: ...": the label the line says before its blank is said
    once."""
    texts = _spoken(
        tmp_path,
        "9413-your-medicines-record",
        "Pharmacy",
        "Keep a record of your medicines and show it to anyone who treats you.\n\n"
        "## My details\n\nName: [Name:]{.field}\n\nMy GP: [GP:]{.field}\n\n"
        "## Your next review\n\nReview date: [Date:]{.field}\n\nNext review: [Date:]{.field}\n",
    )
    assert "Name: write this in yourself." in texts, texts
    assert "My G P: write this in yourself." in texts, texts
    assert "Review date: write this in yourself." in texts, texts
    # (a label the line does not say is said as before)
    assert "Next review: Date: write this in yourself." in texts, texts


def test_a_readings_diary_is_the_readers_to_fill_in_and_its_am_pm_cells_are_parts_of_the_day(
    tmp_path,
):
    """A home blood pressure diary's table under "Your readings" had been said "Reading one:
    your care team will tell you the millimetres of mercury", though the reader takes and writes
    down each reading; and its "Time" cells "AM" and "PM" were said "am", the word, and "P M"."""
    texts = _spoken(
        tmp_path,
        "9410-home-blood-pressure-diary",
        "Cardiology",
        "## How to check your blood pressure\n\nTake 2 readings 1 minute apart and write down "
        "both.\n\n## Your readings\n\n| Day | Time | Reading 1 | Reading 2 |\n|---|---|---|---|\n"
        "| Day 1 | AM | [mmHg]{.field} | [mmHg]{.field} |\n"
        "| Day 1 | PM | [mmHg]{.field} | [mmHg]{.field} |\n",
    )
    said = " ".join(texts)
    assert "care team" not in said, said
    assert "Time: morning." in texts and "Time: after midday." in texts, texts


def test_a_part_for_staff_after_the_readers_record_is_the_staffs_to_fill_in(tmp_path):
    """A blood sugar diary: "Keep a record of your readings in the table below." made every
    blank after it the reader's, even under a line "For clinic use only" ("HbA1c: write in the
    number of millimoles per mole", "Date of review: write this in yourself"); a blank there
    for staff's own use was "your care team will tell you the initials"."""
    texts = _spoken(
        tmp_path,
        "9502-checking-your-blood-sugar-at-home",
        "Diabetes Centre",
        "## Checking your blood sugar\n\nCheck your blood sugar before breakfast and before "
        "your evening meal.\n\nKeep a record of your readings in the table below.\n\n"
        "| Date | Before breakfast | Before evening meal |\n|---|---|---|\n"
        "| [Date]{.field} | [mmol/L]{.field} | [mmol/L]{.field} |\n\n"
        "Bring this record to your next clinic appointment.\n\n"
        "**For clinic use only**\n\nHbA1c: [mmol/mol]{.field}\n\n[Date of review:]{.field}\n\n"
        "Initials of nurse: [Initials]{.field}\n\n"
        "## Your next appointment\n\nWrite down any questions you want to ask.\n\n"
        "[Questions:]{.field}\n",
    )
    assert "Date: write this in yourself." in texts, texts
    assert "Before breakfast: write in the number of millimoles per litre." in texts, texts
    assert "H b A one c: your care team will fill in the number of millimoles per mole." in texts
    assert "Date of review: your care team will fill this in." in texts, texts
    assert "Initials of nurse: your care team will fill in the initials." in texts, texts
    # ... and a later part the reader writes in is theirs again
    assert "Questions: write this in yourself." in texts, texts


def test_an_insulin_leaflet_says_each_dose_its_units_and_its_time(tmp_path):
    """An insulin leaflet read as a listener hears it: "10u mane" in a sentence naming no
    insulin had been "ten u in the morning"; "10 units am, 6 units pm" the words "am" and "pm";
    "14 units @ 22:00" left the sign to the voice."""
    texts = _spoken(
        tmp_path,
        "9610-starting-insulin",
        "Diabetes Centre",
        "## Your insulin\n\n- **Lantus®** (long-acting): 14 units @ 22:00, once a day.\n"
        "- **NovoRapid®** (rapid-acting): 10 units at 8am and 6 units at 6pm, with meals.\n\n"
        "Your nurse may write it as: 10u mane and 6u tea-time.\n\n"
        "Dose if you eat a late meal: 10 units am, 6 units pm.\n\n"
        "Do not take 2 doses together to make up for a missed dose.\n\n"
        "## If your blood glucose is low (hypo)\n\nIf it is below 4 mmol/L, take 15–20g of "
        "fast-acting sugar and check again after 10–15 mins.\n",
    )
    for said in (
        "Lantus (long-acting): fourteen units at ten in the evening, once a day.",
        "NovoRapid (rapid-acting): ten units at eight in the morning and six units at six in "
        "the evening, with meals.",
        "Your nurse may write it as: ten units in the morning and six units tea-time.",
        "Dose if you eat a late meal: ten units in the morning, six units after midday.",
        "Do not take two doses together to make up for a missed dose.",
        "If it is below four millimoles per litre, take fifteen to twenty grams of fast-acting "
        "sugar and check again after ten to fifteen minutes.",
    ):
        assert said in texts, (said, texts)


def test_a_bowel_preparation_timetable_says_every_time_and_none_as_a_choice(tmp_path):
    """A bowel preparation leaflet's timetable: times listed with slashes ("your sachets at
    2pm/6pm", "8am/2pm/10pm") had been "two pm per six in the evening", and "08:00 / 18:00"
    "eight in the morning, or six in the evening", as if one sachet at either time."""
    texts = _spoken(
        tmp_path,
        "9620-bowel-preparation-with-picolax",
        "Endoscopy Unit",
        "> **Do not take Picolax® if you have kidney disease.**\n\n## Your timetable\n\n"
        "Mix each sachet with 150ml (about ¼ pint) of cold water.\n\n"
        "| When | What to do |\n|---|---|\n"
        "| Day before: 8am | Last light breakfast. |\n"
        "| Day before: 2pm | Take sachet 1. Then drink 2 litres of clear fluid over 4-6 hrs. |\n"
        "| Day before: 6pm | Take sachet 2. |\n\n"
        "In short: your sachets at 2pm/6pm the day before.\n\n"
        "Picolax® sachets: 08:00 / 18:00 if your test is in the afternoon.\n\n"
        "Your appointment is at 11:30am on 14/3.\n",
    )
    for said in (
        "Important: Do not take Picolax if you have kidney disease.",
        "Mix each sachet with one hundred and fifty millilitres (about a quarter of a pint) of "
        "cold water.",
        "When: Day before: two in the afternoon.",
        "Then drink two litres of clear fluid over four to six hours.",
        "When: Day before: six in the evening.",
        "In short: your sachets at two in the afternoon, six in the evening the day before.",
        "Picolax sachets: eight in the morning, six in the evening if your test is in the "
        "afternoon.",
        "Your appointment is at eleven thirty in the morning on the fourteenth of March.",
    ):
        assert said in texts, (said, texts)


def test_a_footnotes_mark_says_where_its_note_is_and_the_note_what_it_is_of(tmp_path):
    """ "Do not use Vaseline* on the dressing." with "\\* or any other petroleum jelly" under it
    had been said "... Vaseline on the dressing." then "or any other petroleum jelly.", nothing
    tying the note to the word it widens: the ban heard as Vaseline's alone."""
    texts = _spoken(
        tmp_path,
        "9630-caring-for-your-wound",
        "Plastic Surgery",
        "## Looking after your dressing\n\n"
        "Do not use Vaseline* on the dressing. Keep it dry for 5 days.\n\n"
        "Do not swim until your wound has healed**.\n\n"
        "You can shower after 48 hours.\n\n"
        "\\* or any other petroleum jelly\n\n"
        "\\*\\* Your nurse will tell you when it has healed.\n",
    )
    for said in (
        "Do not use Vaseline (see note one) on the dressing.",
        "Do not swim until your wound has healed (see note two).",
        "Note one: Vaseline or any other petroleum jelly.",
        "Note two: Your nurse will tell you when it has healed.",
    ):
        assert said in texts, (said, texts)
    # one note alone has no number; a star between figures is still the sign for times
    texts = _spoken(
        tmp_path,
        "9631-after-your-sedation",
        "Endoscopy Unit",
        "## Going home\n\nYou must not drive for 24 hours*.\n\n"
        "Take 2*5mg tablets at night.\n\n\\*Or longer if your doctor tells you.\n",
    )
    for said in (
        "You must not drive for twenty-four hours (see note).",
        "Take two tablets, each of five milligrams, at night.",
        "Note: Or longer if your doctor tells you.",
    ):
        assert said in texts, (said, texts)


def test_a_merged_cell_of_a_tables_first_column_is_said_for_each_row_it_spans(tmp_path):
    """An asthma plan from Word: the "Red" zone's cell merged down three rows came in as "Red"
    then two empty cells, and those rows had been said with no zone ("What it means: Your lips
    are blue."), heard as the amber zone's before them."""
    texts = _spoken(
        tmp_path,
        "9632-your-asthma-action-plan",
        "Respiratory Medicine",
        "## Your zones\n\n"
        "| Zone | What it means | What to do |\n|---|---|---|\n"
        "| Amber | Your symptoms are worse | Take 4 puffs of your blue inhaler |\n"
        "| Red | You are too breathless to speak | Call 999 |\n"
        "|  | Your lips are blue | Call 999 |\n"
        "|  | Your blue inhaler is not helping | Call 999 |\n\n"
        "| Day | Time | Dose |\n|---|---|---|\n"
        "| Monday | 8am | 2 tablets |\n"
        "|  | 8pm | 2 tablets |\n"
        "| Tuesday | 8am | 1 tablet |\n"
        "|  | 8pm |  |\n",
    )
    rows = texts[texts.index("A table with four rows.") + 1 :]
    assert rows[:9] == [
        "Zone: Amber.", "What it means: Your symptoms are worse.",
        "What to do: Take four puffs of your blue inhaler.",
        "Zone: Red.", "What it means: You are too breathless to speak.",
        "What to do: Call nine nine nine.",
        "Zone: Red, continued.", "What it means: Your lips are blue.",
        "What to do: Call nine nine nine.",
    ], rows
    assert rows[9] == "Zone: Red, continued.", rows
    # an empty cell after the first filled one is none, never the cell above's
    assert "Day: Tuesday, continued." in texts and "Time: eight in the evening." in texts
    assert texts.count("Dose: one tablet.") == 1, texts


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a numbered one of several: a bowel preparation's "Sachet 1/2 at 6pm" had been "Sachet
        # a half at six in the evening", "Sachet 2/2" "two/two"
        ("Sachet 1/2 at 6pm.", "Sachet one of two at six in the evening."),
        ("Sachet 2/2 at 8am the next day.", "Sachet two of two at eight in the morning the "
         "next day."),
        ("Take dose 1/3 with food.", "Take dose one of three with food."),
        ("Bottle 2/2: drink it over 1 hour.", "Bottle two of two: drink it over one hour."),
        ("Page 1/4", "Page one of four"),
        ("Step 2/3: wash your hands.", "Step two of three: wash your hands."),
        ("Cycle 1/6 starts on Monday.", "Cycle one of six starts on Monday."),
        # ... and where it has several, those: "Sachets 1/2" are both
        ("Mix sachets 1/2 in water.", "Mix sachets one and two in water."),
        # a grade or a stage is either, as before; a half of a sachet is still one
        ("You may have a grade 3/4 tear during the birth.",
         "You may have a grade three or four tear during the birth."),
        ("Take 1/2 a sachet at night.", "Take half a sachet at night."),
        ("Take 1/2 sachet at night.", "Take half a sachet at night."),
        ("Take 1 sachet 1/2 hour before food.", "Take one sachet a half hour before food."),
        ("Take dose 1/2 an hour before.", "Take dose half an hour before."),
        # a first figure past the last is no one of a series, nor a choice: "Sachet 3/2" had
        # been "Sachet three or two" (a patient may take either); its figures are kept
        ("Sachet 3/2: mix it with 1 litre of water at 7am.",
         "Sachet three slash two: mix it with one litre of water at seven in the morning."),
        ("Take dose 4/3 after your evening meal.",
         "Take dose four slash three after your evening meal."),
        ("Grade 4/3 tears are repaired in theatre.",
         "Grade four slash three tears are repaired in theatre."),
        ("On day 5/2 of your cycle, do not take your tablets.",
         "On day five slash two of your cycle, do not take your tablets."),
    ],
)
def test_a_thing_numbered_one_of_several_is_said_so(written, spoken):
    assert SpeechNormaliser(load_pronunciations())(written) == spoken


def test_a_blank_for_a_day_is_a_day_never_a_number(tmp_path):
    """ "Come back on [day]" had been "Come back on the number of day your care team gives
    you": a day is a day of the week or a date, not a count; a count of days is still one."""
    texts = _spoken(
        tmp_path,
        "9633-iron-tablets-before-your-operation",
        "Pre-operative Assessment",
        "## Before your operation\n\n"
        "Stop your iron tablets on [day]{.field}.\n\n"
        "Come back on [day]{.field} at [time]{.field}.\n\n"
        "Take them again for [days]{.field} after.\n",
    )
    for said in (
        "Stop your iron tablets on, your care team will tell you the day.",
        "Come back on a day and at a time your care team will tell you.",
        "Take them again for the number of days your care team gives you after.",
    ):
        assert said in texts, (said, texts)
    assert not any("number of day " in text for text in texts), texts


def _chapter_of(script) -> dict[str, str]:
    """Each utterance's text and the chapter it is heard in."""
    chapter_of, chapter = {}, None
    for u in script.utterances:
        chapter = u.chapter or chapter
        chapter_of[u.text] = chapter
    return chapter_of


def test_closing_contact_lines_after_a_notice_are_the_contact_chapter(tmp_path):
    """A heart monitor leaflet whose last section ends with a warning box and then the unit's
    number: the number was "Taking the monitor off, continued", and the recording had no
    "Contact details and other languages" chapter at all, though the opening listed it (eight
    chapters said, seven in the ID3 table, and the checker, reading the script's own chapters,
    passed it). The number opens the contact chapter; the chapters are the ones announced."""
    from pipeline.formats import CheckReport
    from pipeline.formats.audio import _check_chapters
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER, chapter_plan
    from pipeline.sources import load_leaflet

    closing = (
        "> **Warning:** If you have chest pain that does not go away after 15 minutes, "
        "call 999.\n\n"
        "Cardiac Investigations Unit: 0116 258 3211 (Monday to Friday, 8am to 6pm)\n"
    )
    for number, body in (
        (
            "9120-wearing-a-heart-monitor",
            "Wear the monitor for 48 hours.\n\n## Taking the monitor off\n\n"
            "Peel the sticky pads off slowly and post the monitor back to us.\n\n" + closing,
        ),
        ("9121-wearing-a-heart-monitor", "Wear the monitor for 48 hours.\n\n" + closing),
    ):
        source = write_source(
            tmp_path, number, "Cardiology", body, audience="Information for patients",
            last_reviewed="2025-01", next_review="2028-01", language="en-GB",
        )
        leaflet = load_leaflet(source)
        script = speech_script(leaflet)
        announced = chapter_plan(leaflet).titles
        assert script.chapters == announced, script.chapters
        assert announced[-2:] == ["Warning notice", CONTACT_CHAPTER]
        chapter_of = _chapter_of(script)
        unit = next(t for t in chapter_of if t.startswith("Cardiac Investigations Unit"))
        assert chapter_of[unit] == CONTACT_CHAPTER
        # the checker holds the ID3 table to the chapters the opening announces
        report = CheckReport("audio")
        table = [{"tags": {"title": t}, "start_time": str(i)} for i, t in enumerate(announced)]
        _check_chapters(leaflet, table[:-1], 100.0, report)
        assert any("not the ones announced" in p for p in report.problems), report.problems


def test_every_notice_before_the_first_section_is_a_chapter(tmp_path):
    """A scan leaflet with no headings and two boxes, "Important" (not eating) and "Warning"
    (pregnancy): only the first was a chapter; the warning was heard inside "The leaflet", with
    nothing in the chapter list to jump back to, as a notice partway through a section has. Each
    notice is a chapter, and what follows it goes on as "<the part>, continued"."""
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER, chapter_plan
    from pipeline.sources import load_leaflet

    boxes = (
        "> **Important:** Do not eat anything for 6 hours before your scan.\n\n"
        "You will be in the department for about 2 hours.\n\n"
        "> **Warning:** If you are or may be pregnant, tell the radiographer before your scan.\n\n"
        "Bring a list of your medicines with you.\n\n"
    )
    for number, body, expected in (
        (
            "9122-your-ct-scan", boxes,
            ["Important notice", "The leaflet", "Warning notice", "The leaflet, continued"],
        ),
        (
            "9123-your-ct-scan", boxes + "## After your scan\n\nYou can eat and drink as usual.\n",
            ["Important notice", "Introduction", "Warning notice", "Introduction, continued",
             "After your scan"],
        ),
    ):
        source = write_source(
            tmp_path, number, "Radiology", body, audience="Information for patients",
            last_reviewed="2025-01", next_review="2028-01", language="en-GB",
        )
        leaflet = load_leaflet(source)
        script = speech_script(leaflet)
        assert script.chapters == ["About this recording", *expected, CONTACT_CHAPTER]
        assert chapter_plan(leaflet).titles == script.chapters
        chapter_of = _chapter_of(script)
        warning = next(t for t in chapter_of if t.startswith("Warning:"))
        assert chapter_of[warning] == "Warning notice"
        bring = next(t for t in chapter_of if t.startswith("Bring a list"))
        assert chapter_of[bring] == expected[3]


def test_a_closing_paragraph_on_when_to_call_stays_where_it_is_said(tmp_path):
    """A catheter leaflet with no headings ending "Call the ward on 01633 234 567 if you have a
    high temperature.": that was taken for the leaflet's contact details and heard in "Contact
    details and other languages", the chapter a listener skips, parted from the advice above
    it. Advice on when to call stays in the leaflet's own chapter, as it does in a last
    section; a closing paragraph that only says how to reach the team still opens the contacts."""
    from pipeline.formats.audio.speech_script import CONTACT_CHAPTER
    from pipeline.sources import load_leaflet

    advice = (
        "Wash your hands before and after touching your catheter.\n\n"
        "Drink at least 8 glasses of water every day.\n\n"
    )
    for number, closing, in_contacts in (
        ("9124", "Call the ward on 01633 234 567 if you have a high temperature.\n", False),
        ("9125", "Ring the district nurses on 01633 234 500 when the bag stops filling.\n", False),
        ("9126", "You can contact the continence nurses on 01633 234 580, Monday to Friday.\n",
         True),
    ):
        source = write_source(
            tmp_path, f"{number}-caring-for-your-catheter", "Urology", advice + closing,
            audience="Information for patients", last_reviewed="2025-05",
            next_review="2028-05", language="en-GB",
        )
        chapter_of = _chapter_of(speech_script(load_leaflet(source)))
        last = next(t for t in chapter_of if "six seven" in t or "five oh oh" in t
                    or "five eight oh" in t)
        assert (chapter_of[last] == CONTACT_CHAPTER) is in_contacts, (last, chapter_of[last])


def test_a_blank_whose_label_asks_the_reader_to_write_is_theirs(tmp_path):
    """A stroke unit leaflet's "Questions you may want to ask" with "Write your questions here:"
    and a blank: said "Write your questions here: your care team will fill this in.", as if
    staff would write the patient's questions ("Write down your questions here:" alone was
    said as the reader's). A label telling the reader to write, or giving them a space to, is
    the reader's; a blank staff are said to fill stays theirs."""
    from pipeline.sources import load_leaflet

    body = (
        "## Questions you may want to ask\n\n[Write your questions here:]{.field}\n\n"
        "## Side effects\n\nTell your nurse about any side effects.\n\n"
        "[Write any side effects you notice here:]{.field}\n\n"
        "## Notes\n\n[Use this space to write down anything you want to ask:]{.field}\n\n"
        "## Your next appointment\n\nYour nurse will write the date here: [date]{.field}\n"
    )
    source = write_source(
        tmp_path, "9127-your-stay-on-the-stroke-unit", "Stroke Service", body,
        audience="Information for patients", last_reviewed="2024-06", next_review="2027-06",
        language="en-GB",
    )
    said = [u.text for u in speech_script(load_leaflet(source)).utterances]
    for label in (
        "Write your questions here:", "Write any side effects you notice here:",
        "Use this space to write down anything you want to ask:",
    ):
        line = next(t for t in said if t.startswith(label))
        assert line == f"{label} write this in yourself.", line
    date = next(t for t in said if t.startswith("Your nurse will write the date"))
    assert "yourself" not in date, date


def test_a_recording_of_many_chapters_says_where_its_notices_and_contacts_are(tmp_path):
    """A stroke unit leaflet of 16 sections and two boxes: too many chapters to list, the
    opening said only "The first is About this recording; then comes each section.", so a
    listener did not know the warnings were chapters to skip to, nor that the number to ask for
    another format is in the last. It says both; a recording with no notice says no notice."""
    from pipeline.formats.audio.speech_script import LISTED_CHAPTERS
    from pipeline.sources import load_leaflet

    sections = "".join(
        f"## Part {number}\n\nSomething to know about part {number}.\n\n"
        for number in range(1, LISTED_CHAPTERS + 2)
    )
    box = "> **Warning:** Call a nurse before you get out of bed.\n\n"
    for number, body, said in (
        ("9128", box + sections,
         "The first is About this recording; then comes each section, and each safety notice "
         "as a chapter of its own; the last is Contact details and other languages."),
        ("9129", sections,
         "The first is About this recording; then comes each section; the last is Contact "
         "details and other languages."),
    ):
        source = write_source(
            tmp_path, f"{number}-your-stay-on-the-stroke-unit", "Stroke Service", body,
            audience="Information for patients", last_reviewed="2024-06",
            next_review="2027-06", language="en-GB",
        )
        texts = [u.text for u in speech_script(load_leaflet(source)).utterances]
        assert said in texts, [t for t in texts if t.startswith("The first")]
