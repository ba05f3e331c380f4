"""Easy Read drafts within their bounds on real leaflets: each way a long sentence is split keeps
every number, "not" and condition with the words they belong to (the meaning check holds each
row to its sentence), a table cell stays one row with its column's name, table rows and steps
find a fitting picture, and the reading-ease measure reads an address as the one word a reader
takes it for. The sentences are written in the shapes real NHS leaflets use, not copied."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.formats.easy_read import addresses_as_words
from pipeline.formats.easy_read.drafter import (
    cell_sentence,
    draft,
    numbers,
    plain_words,
    simplify,
    split_ideas,
    word_count,
)
from pipeline.formats.easy_read.meaning import SourceSentence, check_meaning, leaflet_sentences
from pipeline.formats.easy_read.pictures import choose_picture
from pipeline.sources import load_leaflet

LIMIT = 15


def _split(sentence: str) -> list[str]:
    plain = plain_words()
    return split_ideas(simplify(sentence, plain), plain, LIMIT)


def _problems(rows: list[str], *sources: str) -> list[str]:
    return [str(p) for p in check_meaning(rows, [SourceSentence(s, None) for s in sources])]


def _keeps_facts(sentence: str, rows: list[str]) -> None:
    """Every row within the limit, every number of the sentence still there, the meaning check
    content (no lost or gained "not", no condition cut off, no doer changed)."""
    assert all(word_count(row) <= LIMIT for row in rows), rows
    assert sorted(numbers(" ".join(rows))) == sorted(numbers(sentence)), rows
    assert _problems(rows, sentence) == [], rows


# ---- conditions --------------------------------------------------------------------------------


def test_alternative_conditions_follow_their_instruction_one_a_row():
    sentence = ("Ring the ward on 0161 555 0123 if your wound bleeds, leaks or smells, or if you "
                "have a temperature of 38°C or above.")
    rows = _split(sentence)
    assert rows == [
        "Ring the ward on 0161 555 0123 if:",
        "Your wound bleeds, leaks or smells.",
        "You have a temperature of 38°C or above.",
    ]
    _keeps_facts(sentence, rows)
    # with a "not" the form is not used: the meaning check reads the "not" as reaching the
    # conditions, so no row could be held to its sentence
    negative = ("Do not drive or use machines for 24 hours if you had a sedative, or if you "
                "still feel sleepy the next morning.")
    assert not any(row.endswith("if:") for row in _split(negative))


def test_conditions_each_after_their_own_if_are_a_row_each_and_keep_their_own_subject():
    """ "Ring triage straight away if you have any bleeding from your vagina, if your waters
    break, or if you have constant pain in your tummy" gave the row "You have any bleeding from
    your vagina, if your waters break.", two conditions read as both needed, and "... if you
    have a high temperature, or if your wound leaks" gave "You have your wound leaks.", the
    first condition's "you have" put before a clause the parser read as a thing. A ", if" in a
    list closed by "or if" starts the next condition, and a condition after its own "if" is a
    clause, its words kept."""
    cases = {
        "Ring triage straight away if you have any bleeding from your vagina, if your waters "
        "break, or if you have constant pain in your tummy.":
            ["Ring triage straight away if:", "You have any bleeding from your vagina.",
             "Your waters break.", "You have constant pain in your tummy."],
        "Ring the ward on 0161 555 0123 straight away if you have a high temperature, or if "
        "your wound leaks.":
            ["Ring the ward on 0161 555 0123 straight away if:", "You have a high temperature.",
             "Your wound leaks."],
    }
    for sentence, rows in cases.items():
        assert _split(sentence) == rows
        _keeps_facts(sentence, rows)


@pytest.mark.parametrize("sentence, garbled", [
    ("Ring the ward on 0161 555 0123 straight away if you have a high temperature, or if your "
     "wound leaks.", "You have your wound leaks."),
    ("Ring the children's ward on 0114 555 0190 if your child has a temperature, or if their "
     "wound bleeds.", "Your child has their wound bleeds."),
    ("Call the stoma nurse on 0161 555 0142 during working hours if you notice any bleeding "
     "around your stoma, or if your bag keeps leaking.", "You notice your bag keeps leaking."),
])
def test_the_check_names_a_verb_put_before_a_condition_of_its_own(sentence, garbled):
    """ "You have your wound leaks." from "... if you have a high temperature, or if your wound
    leaks" passed the check: the first condition's subject and verb put before a clause the
    sentence says after its own "if" make a row that is no sentence. The draft's rows pass."""
    rows = _split(sentence)
    assert len(rows) == 3 and _problems(rows, sentence) == [], rows
    with_garbled = [rows[0], rows[1], garbled]
    assert any("is no sentence" in p for p in _problems(with_garbled, sentence)), with_garbled


@pytest.mark.parametrize("sentence", [
    "Wash the spacer in warm soapy water once a month, and once it has dried, put it back on "
    "your inhaler.",
    "Leave the dressing on for 2 days, and as soon as it comes off, wash the wound with water.",
])
def test_a_long_sentence_is_never_cut_between_when_and_what_it_governs(sentence):
    """ "Wash the spacer once a month, and once it has dried, put it back on your inhaler" was
    cut into "Wash the spacer once a month, and once it has dried." over "Put it back on your
    inhaler.": a time cut from what it says when to do, the putting back at once, and the check
    passed it ("once" is no condition it holds). A comma closing an open "once", "when", "as
    soon as" ... is no place to cut; the sentence stays whole for a person (flagged long)."""
    rows = _split(sentence)
    assert not any(re.search(r"\b(?:once|as soon as)\b[^,]*\.$", row) for row in rows), rows
    assert sorted(numbers(" ".join(rows))) == sorted(numbers(sentence)), rows


def test_a_not_inside_one_condition_of_a_list_stays_on_its_row():
    """ "Ring the stoma nurse ... if your stoma turns dark red, purple or black, if it bleeds a
    lot, or if it has not worked for 24 hours" (25 words) led in with all three conditions as
    one lead-in: any "not" in the sentence kept the conditions from being a row each. A "not"
    inside a condition after its own "if", with each condition after it after its own "if",
    stays with its condition. A "not" that a condition after it may share ("if you have not
    eaten or drunk", "if you do not feel better, or have a rash") still keeps the list whole."""
    cases = {
        "Ring the stoma nurse on 0161 555 0142 if your stoma turns dark red, purple or black, "
        "if it bleeds a lot, or if it has not worked for 24 hours.":
            ["Ring the stoma nurse on 0161 555 0142 if:",
             "Your stoma turns dark red, purple or black.", "It bleeds a lot.",
             "It has not worked for 24 hours."],
        "Ring 999 straight away if your child is not breathing, if their lips turn blue, or if "
        "they will not wake up.":
            ["Ring 999 straight away if:", "Your child is not breathing.",
             "Their lips turn blue.", "They will not wake up."],
    }
    for sentence, rows in cases.items():
        assert _split(sentence) == rows
        _keeps_facts(sentence, rows)
    for shared in (
        "Ring the ward on 0161 555 0123 straight away if you have not eaten or drunk for 8 "
        "hours, if you have a high temperature, or if your wound leaks.",
        "Call your GP on the number on your letter if you do not feel better after 3 days, or "
        "have a rash on your body.",
    ):
        assert not any(row.endswith(" if:") for row in _split(shared)), _split(shared)


def test_conditions_sharing_a_named_subject_are_a_row_each_with_it():
    """ "Ring the ward on 0114 555 0190 if your child has a temperature of 38°C or above, is very
    sleepy, or spits out fresh red blood" (25 words) was kept whole and only flagged as long:
    only a list of "you" conditions was made a lead-in and its rows. The one the first
    condition names ("your child") is said again on each; where the parser would read one of
    them as the reader's doing ("starts to leak"), the sentence stays whole."""
    sentence = ("Ring the ward on 0114 555 0190 if your child has a temperature of 38°C or above, "
                "is very sleepy, or spits out fresh red blood.")
    rows = _split(sentence)
    assert rows == ["Ring the ward on 0114 555 0190 if:",
                    "Your child has a temperature of 38°C or above.", "Your child is very sleepy.",
                    "Your child spits out fresh red blood."]
    _keeps_facts(sentence, rows)
    doubtful = ("Call the ward on 0114 555 0190 straight away if your wound becomes red and hot, "
                "starts to leak, or smells bad.")
    assert _split(doubtful) == [doubtful]


def test_a_condition_after_and_that_opens_its_own_instruction_is_cut_from_what_comes_before():
    """ "Lie on your left side and focus on your baby's movements for 2 hours, and if you feel
    fewer than 10 movements in that time, ring the maternity triage line on 0161 555 0177
    straight away" (35 words) was one row, only flagged as long: the condition, and the
    "straight away" after it, were taken as perhaps the lying down's too. A condition put
    before its own instruction after ", and" governs nothing said before it; the check no
    longer calls the first row cut off from it, and still names the call without it."""
    sentence = ("Lie on your left side and focus on your baby's movements for 2 hours, and if you "
                "feel fewer than 10 movements in that time, ring the maternity triage line on "
                "0161 555 0177 straight away.")
    rows = _split(sentence)
    assert rows == ["Lie on your left side and focus on your baby's movements for 2 hours.",
                    "If you feel fewer than 10 movements in that time:",
                    "Ring the maternity triage line on 0161 555 0177 straight away."]
    _keeps_facts(sentence, rows)
    assert any("cut off from its condition" in p for p in _problems([rows[0], rows[2]], sentence))
    # under the sentence's own first condition, the call follows both lead-ins: the check
    # reads the one further up as saying the rest of its condition
    nested = f"If you think your baby is moving less, {sentence[0].lower()}{sentence[1:]}"
    rows = _split(nested)
    assert rows == ["If you think your baby is moving less:",
                    "Lie on your left side and focus on your baby's movements for 2 hours.",
                    "If you feel fewer than 10 movements in that time:",
                    "Ring the maternity triage line on 0161 555 0177 straight away."]
    assert _problems(rows, nested) == []
    assert any("follows only part of its condition" in p for p in _problems(rows[2:], nested))
    short = "Keep the wound dry for 5 days, and if it gets red or hot, ring your GP."
    assert _split(short) == ["Keep the wound dry for 5 days.",
                             "If the wound gets red or hot, ring your GP."]
    _keeps_facts(short, _split(short))


def test_a_second_condition_without_its_if_is_still_a_condition_row():
    sentence = ("Ring the eye clinic on 0116 555 0199 if your sight gets worse, or your eye "
                "becomes very red or sore.")
    rows = _split(sentence)
    assert rows == ["Ring the eye clinic on 0116 555 0199 if:", "Your sight gets worse.",
                    "Your eye becomes very red or sore."]
    _keeps_facts(sentence, rows)
    shared = ("Call 999 straight away if you lose control of your bladder, or feel numb around "
              "your bottom.")
    rows = _split(shared)
    assert rows == ["Call 999 straight away if:", "You lose control of your bladder.",
                    "You feel numb around your bottom."]
    _keeps_facts(shared, rows)
    # "or ask your GP" is what else to do, never a condition the reader is given
    other = ("Phone the ward on 0161 555 0123 if you feel unwell after you go home, or ask your "
             "GP for advice.")
    assert "You ask your GP for advice." not in _split(other)


def test_a_row_after_an_if_lead_in_must_be_one_of_its_conditions():
    sentence = ("Ring the ward on 0161 555 0123 if your wound bleeds, leaks or smells, or if you "
                "have a temperature of 38°C or above.")
    problems = _problems(
        ["Ring the ward on 0161 555 0123 if:", "Keep your wound dry.",
         "You have a temperature of 38°C or above."],
        sentence, "Keep your wound dry and clean.",
    )
    assert any("'Keep your wound dry.'" in p and "not one of its conditions" in p
               for p in problems), problems
    assert not any("temperature" in p.split(":")[0] for p in problems), problems


def test_conditions_joined_by_and_are_never_listed_as_alternatives():
    sentence = ("Ring the ward on 0161 555 0123 if your wound bleeds and if you also have a "
                "temperature of 38°C or above.")
    assert not any(row.endswith("if:") for row in _split(sentence))


def test_a_condition_closed_by_its_comma_leads_in_whatever_word_the_instruction_starts_with():
    # the parser takes the comma into the condition and "Phone" for a noun: the comma still
    # says where the condition ends
    sentence = ("If your arm becomes red, swollen or painful where the cannula was, phone us "
                "straight away.")
    rows = _split(sentence)
    assert rows == [
        "If your arm becomes red, swollen or painful where the cannula was:",
        "Phone us straight away.",
    ]
    _keeps_facts(sentence, rows)
    # with no comma the parser alone says where the condition ends, and it stays whole
    unclosed = "If you have diabetes please ask your nurse for a leaflet about your tablets today."
    assert _split(unclosed) == [unclosed]


def test_a_condition_closed_by_then_leads_in_as_one_closed_by_its_comma_does():
    """ "If your wound becomes red, hot or swollen, or leaks yellow fluid, then phone the ward on
    0116 258 4444." had been kept whole at 19 words: the parser ran the condition to the full
    stop, "leaks" the subject of "phone", so no instruction was found after a comma. The "then"
    closes the condition as its comma does; after the lead-in it says nothing more. Every
    condition is kept, and the meaning check reads the condition where the draft does."""
    lead = "If your wound becomes red, hot or swollen, or leaks yellow fluid:"
    for sentence, instruction in (
        ("If your wound becomes red, hot or swollen, or leaks yellow fluid, then phone the ward "
         "on 0116 258 4444.", "Phone the ward on 0116 258 4444."),
        ("If your wound becomes red, hot or swollen, or leaks yellow fluid, then phone the ward.",
         "Phone the ward."),
    ):
        rows = _split(sentence)
        assert rows == [lead, instruction], rows
        _keeps_facts(sentence, rows)
    # the parser may end the condition on its "then"
    sentence = ("If your child feels faint, then sit them down and put their head between their "
                "knees until it passes.")
    rows = _split(sentence)
    assert rows[0] == "If your child feels faint:" and not rows[1].startswith("Then"), rows
    _keeps_facts(sentence, rows)
    # a "then" inside the condition is the condition's
    inside = "If it is then still bleeding after 20 minutes, go to A&E."
    assert _split(inside) == [inside]


def test_a_condition_the_parser_runs_on_past_its_comma_ends_where_its_clause_does():
    # rooted past the semicolon, the parser took "contact the unit" into the condition, and
    # the people to contact were cut from the instruction ("Your GP or NHS 111 the same day.")
    sentence = ("If you notice any of these, contact the unit, your GP or NHS 111 the same day; "
                "do not wait for your clinic appointment.")
    rows = _split(sentence)
    assert rows[:2] == [
        "If you notice any of these:",
        "Get in touch with the unit, your GP or NHS 111 the same day.",
    ], rows


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("If your INR is above 5, do not take your warfarin that evening and ring the clinic the "
         "next morning.",
         ["If your INR is above 5:", "Do not take your warfarin that evening.",
          "Ring the clinic the next morning."]),
        ("If you miss a dose, do not take a double dose and tell your nurse at your next visit.",
         ["If you miss a dose:", "Do not take a double dose.",
          "Tell your nurse at your next visit."]),
        ("Do not take your tablets tonight and take your next dose tomorrow morning.",
         ["Do not take your tablets tonight.", "Take your next dose tomorrow morning."]),
    ],
)
def test_what_to_do_after_a_ban_and_a_bare_and_is_a_row_of_its_own(sentence, rows):
    """ "If your INR is above 5, do not take your warfarin that evening and ring the clinic the
    next morning." was one row beside the STOP sign, its "not" read as reaching the ringing:
    after a bare "and", a verb that acts on its own thing and gets in touch (ring, call, tell),
    or says its own time as the ban does, is an instruction of its own, its own row under the
    same condition. A "not" still reaches past "and" where the verbs share what they act on or
    the second is no more than another thing not to do; the check names the ringing banned."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    for shared in ("Do not eat and drink anything after midnight.",
                   "Do not go out and see friends for 2 weeks.",
                   "Do not drink alcohol and drive a car."):
        assert _split(shared) == [shared]
    banned = [*rows[:-1], f"Do not {rows[-1][0].lower()}{rows[-1][1:]}"]
    assert any("not" in p for p in _problems(banned, sentence)), banned


def test_a_ban_kept_whole_with_a_call_after_a_bare_and_is_flagged(tmp_path):
    """ "If you feel dizzy, do not stand up and call the nurse using the call bell." stays one
    row beside the STOP sign (standing up acts on nothing of its own, so the calling may be one
    more thing banned, as in "do not drive and call someone"), and nothing asked a person which
    it is. A ban kept whole with getting in touch after a bare "and" is flagged; a ban whose
    ringing is its own row, and one with no getting in touch, are not."""
    from leaflet_files import write_source

    body = ("## If you feel dizzy\n\nIf you feel dizzy, do not stand up and call the nurse using "
            "the call bell.\n\nDo not drive or use machines and do not drink alcohol.\n\nIf "
            "your INR is above 5, do not take your warfarin that evening and ring the clinic the "
            "next morning.\n")
    rows = {row.plain: row for row in draft(load_leaflet(
        write_source(tmp_path, "7130-feeling-dizzy", "Falls Service", body))).rows()}
    kept = rows["Do not stand up and call the nurse using the call bell."]
    assert "may be read as reaching 'call'" in kept.doubt, kept.doubt
    for plain in ("Do not drive or use machines and do not drink alcohol.",
                  "Do not take your warfarin that evening.", "Ring the clinic the next morning."):
        assert "may be read as reaching" not in rows[plain].doubt, rows[plain].doubt


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Do not take a double dose, and tell your nurse if you miss more than 2 doses.",
         ["Do not take a double dose.", "Tell your nurse if you miss more than 2 doses."]),
        ("Never share your tablets, and tell your doctor if you are pregnant or planning a baby.",
         ["Never share your tablets.", "Tell your doctor if you are pregnant or planning a baby."]),
        ("Do not take extra tablets, and ring the pharmacy on 0116 555 0123 if you have taken "
         "too many.",
         ["Do not take extra tablets.",
          "Ring the pharmacy on 0116 555 0123 if you have taken too many."]),
    ],
)
def test_getting_in_touch_with_its_own_condition_after_a_ban_and_a_comma_is_its_own_row(
    tmp_path, sentence, rows
):
    """ "Do not take a double dose, and tell your nurse if you miss more than 2 doses." stayed
    one row beside the STOP sign (flagged, the condition said to govern the last action or
    every one): after ", and", a verb of getting in touch that acts on its own thing, with the
    condition hung on it straight after, is an instruction of its own with its condition, a row
    beside a plain picture; the ban keeps the STOP sign. Where the ban acts on nothing of its
    own ("Do not drive, and call the ward if you feel dizzy") the condition may be both's, and
    the sentence stays whole, flagged."""
    from leaflet_files import write_source

    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    both = "Do not drive, and call the ward if you feel dizzy."
    assert _split(both) == [both]
    body = f"## Your doses\n\n{sentence}\n\n{both}\n"
    drafted = {row.plain: row for row in draft(load_leaflet(
        write_source(tmp_path, "7150-taking-your-tablets", "Pharmacy", body))).rows()}
    assert drafted[rows[0]].picture.shows == "a red stop sign"
    assert drafted[rows[1]].picture.shows != "a red stop sign"
    assert "may govern its last action only or every action" in drafted[both].doubt


def test_a_ban_kept_whole_with_a_thing_to_do_after_its_choices_and_a_bare_and_is_flagged(
    tmp_path
):
    """ "Do not eat or drink anything after midnight and take your usual tablets." stayed one
    row beside the STOP sign with nothing asking whether the reader is told to take them: the
    parser hangs "take" on "drink", a third thing banned, and with no time of each the draft
    cannot tell. Such a row's doubt says its 'not' may be read as reaching 'take'; a row whose
    taking is its own ("... at 7am") and a ban of one list ("Do not eat and drink anything")
    are not flagged."""
    from leaflet_files import write_source

    kept = "Do not eat or drink anything after midnight and take your usual tablets."
    body = (f"## Before your operation\n\n{kept}\n\nDo not eat or drink anything after "
            "midnight and take your usual tablets with a sip of water at 7am.\n\nDo not eat and "
            "drink anything in the car.\n")
    rows = {row.plain: row for row in draft(load_leaflet(
        write_source(tmp_path, "7180-before-your-operation", "Day Surgery", body))).rows()}
    assert "may be read as reaching 'take'" in rows[kept].doubt, rows[kept].doubt
    for plain in ("Do not eat or drink anything.",
                  "Take your usual tablets with a sip of water at 7am.",
                  "Do not eat and drink anything in the car."):
        assert "may be read as reaching" not in rows[plain].doubt, rows[plain].doubt


def test_a_ban_kept_whole_with_a_command_the_parser_hangs_elsewhere_after_a_bare_and_is_flagged(
    tmp_path
):
    """ "Do not eat or drink anything after midnight and chew gum in the morning." stayed one
    row beside the STOP sign and nothing asked whether the reader may chew gum: the small model
    hangs "chew" on "midnight" and "gum" after "after", so no verb was seen after the "and".
    Words after a bare "and" that close a whole ban and read as a command of their own (a verb
    the ban does not name, acting on something) flag the row; things joined by "and" ("soap and
    water", "tea and coffee") and a list of verbs ("eat and drink anything") do not."""
    from leaflet_files import write_source

    flagged = {
        "Do not eat or drink anything after midnight and chew gum in the morning.": "chew",
        "Do not eat or drink after 2am and smoke on the day of your operation.": "smoke",
        "Do not lie in bed all day and do some gentle exercise.": "do",
    }
    plain = ("Do not eat and drink anything in the car.",
             "Do not use soap and water on the wound.",
             "Do not drink tea and coffee after 6pm.")
    body = "## Before your operation\n\n" + "\n\n".join([*flagged, *plain]) + "\n"
    rows = {row.plain: row for row in draft(load_leaflet(
        write_source(tmp_path, "7181-before-your-operation", "Day Surgery", body))).rows()}
    for sentence, verb in flagged.items():
        assert rows[sentence].picture.shows == "a red stop sign", rows[sentence]
        assert f"may be read as reaching '{verb}'" in rows[sentence].doubt, rows[sentence].doubt
    for sentence in plain:
        assert "may be read as reaching" not in rows[sentence].doubt, rows[sentence].doubt


@pytest.mark.parametrize("sentence, rows", [
    ("Keep your tablets in their box and do not give them to anyone else.",
     ["Keep your tablets in their box.", "Do not give your tablets to anyone else."]),
    ("Remove the old dressing and throw it in the bin.",
     ["Remove the old dressing.", "Throw the old dressing in the bin."]),
    ("Ring your midwife and tell them you are bleeding.",
     ["Ring your midwife.", "Tell your midwife you are bleeding."]),
    # the subject of a condition: "If it gets red or hot" alone says nothing of what to watch
    ("Keep your wound dry for 5 days, and if it becomes red or hot, ring your GP.",
     ["Keep your wound dry for 5 days.", "If your wound becomes red or hot, ring your GP."]),
    # the thing is the noun phrase only, never how it is kept ("Cover the dressing dry")
    ("Keep the dressing dry: cover it with a plastic bag when you have a shower.",
     ["Keep the dressing dry.", "Cover the dressing with a plastic bag when you have a shower."]),
])
def test_a_cut_row_says_the_one_thing_its_pronoun_stood_for(sentence, rows):
    """ "Keep your tablets in their box and do not give them to anyone else" was cut into "Do
    not give them to anyone else." beside the STOP sign, which alone no longer says what must
    not be given, and "If it gets red or hot, ring your GP." from "Keep the wound dry ..., and
    if it gets ..." was not flagged, its condition about nothing: where the rows before name
    one thing (or one person) the pronoun can be, the row says it instead; the check holds it
    to its sentence."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)


def test_a_cut_row_whose_pronoun_may_stand_for_more_than_one_thing_is_flagged(tmp_path):
    """ "Do not throw them in the bin." cut from "Take any tablets you have left over to your
    pharmacy and do not throw them in the bin", and "Shake it 4 or 5 times." from "Take the cap
    off your inhaler and shake it 4 or 5 times" (the cap, or the inhaler?), say nothing of what
    they are about, and no one thing can be put in: the row is kept as cut and flagged. A row
    whose "it" is its own ("Hold a chair for support if you need it") and "It is normal ..."
    are not."""
    from leaflet_files import write_source

    flagged = {
        "Take any tablets you have left over to your pharmacy and do not throw them in the "
        "bin.": ("Do not throw them in the bin.", "them"),
        "Take the cap off your inhaler and shake it 4 or 5 times.":
            ("Shake it 4 or 5 times.", "it"),
        "Ask your nurse for spare dressings and do not change them yourself.":
            ("Do not change them yourself.", "them"),
        # a condition's "it" after two things (the dressing, or the wound?)
        "Put a clean dressing on the wound every day, and if it starts to bleed, ring the "
        "ward.": ("If it starts to bleed, ring the ward.", "it"),
    }
    plain = ("Stand on your injured leg, holding a chair for support if you need it.",
             "Your wound may feel sore and it is normal to feel tired.")
    body = "## Looking after yourself\n\n" + "\n\n".join([*flagged, *plain]) + "\n"
    rows = {row.plain: row for row in draft(load_leaflet(
        write_source(tmp_path, "7182-looking-after-yourself", "Day Surgery", body))).rows()}
    for row, pronoun in flagged.values():
        assert f"check the row says what '{pronoun}' is" in rows[row].doubt, (row, rows[row])
    assert not [row for row in rows.values() if "check the row says what" in row.doubt
                and row.plain not in {row for row, _ in flagged.values()}], rows


# ---- examples, purposes and reasons ------------------------------------------------------------


def test_examples_between_commas_become_a_row_and_the_condition_stays_whole():
    sentence = ("Stop taking medicines that slow your bowel, such as loperamide or codeine, "
                "unless your doctor tells you not to.")
    rows = _split(sentence)
    assert rows == [
        "Stop taking medicines that slow your bowel unless your doctor tells you not to.",
        "For example, loperamide or codeine.",
    ]
    _keeps_facts(sentence, rows)
    # a row that only names the examples is not an instruction cut off from its "unless"
    assert _problems(["For example, codeine."], sentence) == []
    # examples listed on past the next comma stay whole in their sentence: "such as large
    # print," alone had been moved, and "another format easy read or another language" left
    offer = ("If you need this leaflet in another format, such as large print, easy read or "
             "another language, please contact the Patient Experience Team on 0800 028 2451.")
    assert not any(row.startswith("For example") for row in _split(offer)), _split(offer)
    assert "such as large print, easy read or another language" in " ".join(_split(offer))
    # examples the sentence goes on after, with a time of its own, are not cut from it: the
    # time is the instruction's ("For example, toast, cereal and pasta, as soon as they feel
    # able to." had been a row, "Encourage your child to eat normal food." without its time;
    # a time after the examples now leads in: see `test_a_time_said_last_leads_in`)
    for sentence in (
        "Start gentle exercise, for example walking, swimming or cycling, after your 6-week "
        "check with the physiotherapist.",
    ):
        rows = _split(sentence)
        assert not any(row.startswith("For example") for row in rows), rows
        assert _problems(rows, sentence) == [], rows


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("If you take medicines that thin your blood, such as aspirin or warfarin, tell the "
         "nurse before your biopsy.",
         ["If you take medicines that thin your blood, such as aspirin or warfarin:",
          "Tell the nurse before your biopsy."]),
        ("If you have a long-term condition, such as diabetes or asthma, please ask your GP "
         "surgery about a flu jab every autumn.",
         ["If you have a long-term condition, such as diabetes or asthma:",
          "Please ask your GP surgery about a flu jab every autumn."]),
        ("If you take medicines that thin your blood, such as aspirin or warfarin, you must stop "
         "them 7 days before your biopsy.",
         ["If you take medicines that thin your blood, such as aspirin or warfarin:",
          "You must stop them 7 days before your biopsy."]),
    ],
)
def test_examples_that_end_an_opening_condition_stay_in_its_lead_in(sentence, rows):
    """ "If you take medicines that thin your blood, such as aspirin or warfarin, tell the nurse
    before your biopsy" was drafted "If you take medicines that thin your blood tell the nurse
    before your biopsy." over "For example, aspirin or warfarin.": the comma that ended the
    condition was lifted out with the examples, and the examples came last, read as the
    nurse's or the biopsy's. The condition leads in with its examples, as the sentence says
    them, and the instruction follows it."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)


def test_a_time_said_last_leads_in():
    """ "Encourage your child to eat normal food, such as toast, cereal and pasta, as soon as
    they feel able to" (19 words) was kept whole: a time said last after a comma ("as soon as
    ...", "once ...", "when ...") leads in over the one instruction it is said of, as an "if"
    does, and the examples follow it."""
    sentence = ("Encourage your child to eat normal food, such as toast, cereal and pasta, as soon "
                "as they feel able to.")
    rows = _split(sentence)
    assert rows == ["As soon as they feel able to:", "Encourage your child to eat normal food.",
                    "For example, toast, cereal and pasta."], rows
    _keeps_facts(sentence, rows)
    for sentence, lead in (
        ("Go back to your usual activities, such as walking, shopping and light housework, once "
         "you feel well enough.", "Once you feel well enough:"),
        ("Start to take your child to nursery or school again for short mornings at first, when "
         "they are eating and sleeping well.", "When they are eating and sleeping well:"),
    ):
        rows = _split(sentence)
        assert rows[0] == lead, rows
        _keeps_facts(sentence, rows)
    # two instructions: which the time is said of is not known, so no lead-in
    sentence = ("Rest at home and drink plenty of water, such as 6 to 8 glasses a day, as soon as "
                "you get home from the hospital.")
    assert not _split(sentence)[0].endswith(":"), _split(sentence)


def test_what_an_instruction_is_for_is_its_own_row_only_after_the_instruction():
    sentence = "Slide your heel towards your bottom to bend your knee as far as it will go."
    rows = _split(sentence)
    assert rows == ["Slide your heel towards your bottom.",
                    "This will bend your knee as far as it will go."]
    _keeps_facts(sentence, rows)
    # after a "not" the purpose is part of what not to do: kept whole
    negative = "Do not lift anything heavier than a full kettle for 6 weeks to help the wound heal."
    assert _split(negative) == [negative]


def test_a_reason_after_as_you_may_is_said_as_a_reason():
    sentence = ("Do not put a hot water bottle on your feet, as you may not feel it burning "
                "your skin.")
    rows = _split(sentence)
    assert rows == ["Do not put a hot water bottle on your feet.",
                    "This is because you may not feel it burning your skin."]
    _keeps_facts(sentence, rows)
    # "as you lift" says when, not why: no cut there
    assert not any(row.startswith("This is because") for row in _split(
        "Keep your back straight and your tummy muscles tight, as you lift the box from the floor."
    ))


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Do not use baby wipes or oily creams on the skin around your stoma, because they can "
         "stop the bag from sticking.",
         ["Do not use baby wipes or oily creams on the skin around your stoma.",
          "This is because they can stop the bag from sticking."]),
        ("Keep your cast dry at all times, as it can go soft and stop holding your bone still.",
         ["Keep your cast dry at all times.",
          "This is because it can go soft and stop holding your bone still."]),
        # "this" says on its own that it looks back at the row before
        ("Do not stop and start your flow of urine when you go to the toilet, as this can harm "
         "your bladder.",
         ["Do not stop and start your flow of urine when you go to the toilet.",
          "This can harm your bladder."]),
    ],
)
def test_a_reason_said_of_it_or_them_keeps_its_link_word(sentence, rows):
    """ "..., because they can stop the bag from sticking" gave the row "They can stop the bag
    from sticking.", read as a plain fact under the ban, not as why: a reason whose subject is
    "it" or "they" is said "This is because ...", as other reasons cut from their sentence are."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("It can be hard to spot sepsis in children because the signs can look like a cold or "
         "a tummy bug.",
         ["It can be hard to spot sepsis in children.",
          "This is because the signs can look like a cold or a tummy bug."]),
        ("We will check your blood pressure often during your stay because some of these "
         "medicines can lower it.",
         ["We will check your blood pressure often during your stay.",
          "This is because some of these medicines can lower it."]),
    ],
)
def test_a_long_sentence_is_cut_before_because_with_no_comma_when_both_sides_are_sentences(
    sentence, rows
):
    """ "It can be hard to spot sepsis in children because the signs can look like a cold or a
    tummy bug." (20 words) had been kept whole, flagged long: with no comma before it, a
    "because" whose clause has its own subject and verb still gives the reason for all said
    before it, and is cut as after ", because"."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)


@pytest.mark.parametrize("sentence", [
    # a "not" may take the reason in: stopping because you feel better is what is forbidden
    "Do not stop taking your tablets suddenly because you feel better after a few days of "
    "treatment.",
    # with no comma, the "if" may be read as the instruction's: the check would flag the cut
    "Take this medicine with food or milk because it can upset your stomach if you take it on "
    "its own.",
    # "only" makes the reason part of the instruction
    "You should only stop taking your tablets because your doctor has told you to stop them.",
    # the reason is why the tablets were stopped, not why to tell the nurse
    "Tell your nurse about any tablets you stopped taking last month because they made you "
    "feel ill.",
    # "because of" gives no clause of its own
    "Your leg may feel numb for a few hours after the operation because of the anaesthetic we "
    "use.",
])
def test_a_because_with_no_comma_is_not_cut_where_the_reason_may_be_part_of_what_is_said(
    sentence
):
    assert not any(row.startswith("This is because") for row in _split(sentence))


def test_a_reason_after_a_condition_is_never_made_part_of_it():
    """ "Please do not come if you have been drinking alcohol or taken drugs, as staff cannot
    keep you safe" led in with "If you have been drinking alcohol or taken drugs, as staff
    cannot keep you safe:" over "Please do not come.": why became part of when, and the reader
    was asked to judge whether the staff can keep them safe. The reason follows what it is for."""
    for sentence, reason in (
        ("Please do not come to the clinic if you have been drinking alcohol or taken drugs, "
         "as our staff cannot keep you safe.", "This is because our staff cannot keep you safe."),
        ("Call the ward if you have been sick more than twice in a day, since you may need "
         "fluids through a drip.", "This is because you may need fluids through a drip."),
    ):
        rows = _split(sentence)
        assert rows[-1] == reason, rows
        assert not any(word in row for row in rows[:-1] for word in (" as ", "since")), rows
        _keeps_facts(sentence, rows)
    # "as prescribed" is no reason with a subject of its own: the condition keeps it
    kept = "Call the ward if you are taking your painkillers, as prescribed, and still in pain."
    assert not any(row.startswith("This is because") for row in _split(kept))


def test_the_reason_for_an_instruction_is_never_left_on_its_examples():
    """ "Avoid herbal remedies such as St John's Wort, as they can make apixaban work less well"
    gave "Avoid herbal remedies." over "For example, St John's Wort, as they can make apixaban
    work less well.": the reason read as one more example, or as St John's Wort's alone."""
    sentence = ("Avoid herbal remedies such as St John's Wort, as they can make apixaban work "
                "less well.")
    rows = _split(sentence)
    assert rows == ["Avoid herbal remedies.", "For example, St John's Wort.",
                    "This is because they can make apixaban work less well."]
    _keeps_facts(sentence, rows)


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Try not to lift anything heavy, like a full washing basket or shopping bags, for 6 "
         "weeks after your operation, as this could strain your wound.",
         ["Try not to lift anything heavy for 6 weeks after your operation.",
          "For example, a full washing basket or shopping bags.",
          "This could strain your wound."]),
        ("Do not take medicines that thin your blood, such as aspirin or warfarin, for 7 days "
         "before your biopsy, as they can make you bleed more.",
         ["Do not take medicines that thin your blood for 7 days before your biopsy.",
          "For example, aspirin or warfarin.",
          "This is because they can make you bleed more."]),
    ],
)
def test_examples_follow_what_they_are_examples_of_never_the_reason(sentence, rows):
    """ "Try not to lift anything heavy, like a full washing basket or shopping bags, for 6 weeks
    after your operation, as this could strain your wound" gave the examples after "This could
    strain your wound.", read as examples of the strain (and kept with that row on its page):
    the examples row comes right after the row that says what they are examples of."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    assert _problems(rows, sentence) == []


def test_how_soon_to_act_stays_with_every_choice_it_is_said_after():
    """ "Go to A&E or call 999 straight away if you vomit blood" became "Go to A&E." over "Or
    call 999 straight away.": a reader vomiting blood was told to go to A&E some time, and only
    to call 999 straight away."""
    for sentence, told in (
        ("Go to A&E or call 999 straight away if you vomit blood or pass black, tarry stools.",
         "Go to A&E or call 999 straight away."),
        ("Ring the ward or go to your nearest A&E immediately if your calf becomes hot and "
         "swollen.", "Ring the ward or go to your nearest A&E straight away."),
    ):
        rows = _split(sentence)
        assert told in rows, rows
        _keeps_facts(sentence, rows)


def test_what_a_call_is_for_said_first_leads_into_it():
    """ "To refer yourself to the Falls Prevention Service, call 0300 300 2019 between 9am and
    4.30pm" gave the row "To refer yourself to the Falls Prevention Service." with nothing to
    do in it, and a number to call with no reason to call it."""
    sentence = ("To refer yourself to the Falls Prevention Service, call 0300 300 2019 between "
                "9am and 4.30pm, Monday to Friday.")
    rows = _split(sentence)
    assert rows == ["To refer yourself to the Falls Prevention Service:",
                    "Call 0300 300 2019 between 9am and 4.30pm, Monday to Friday."]
    _keeps_facts(sentence, rows)
    # "to" that opens no purpose of the instruction after it is not led in
    assert not _split("To the left of the main entrance is the café, which is open every "
                      "day from 8am to 6pm.")[0].endswith(":")


def test_what_a_statement_is_for_is_said_as_its_purpose():
    sentence = ("You have had a splint put on your finger to hold the joint straight while it "
                "heals.")
    rows = _split(sentence)
    assert rows == ["You have had a splint put on your finger.",
                    "This is to hold the joint straight while it heals."]
    _keeps_facts(sentence, rows)
    # the one asked does the "to ...": never "This is to show her ..."
    asked = "Your nurse will ask you to show her how you use your inhaler at home each day."
    assert _split(asked) == [asked]


def test_words_in_brackets_become_the_next_row():
    sentence = ("Paracetamol is safe for most people at normal doses (up to 8 x 500 mg tablets "
                "a day).")
    rows = _split(sentence)
    assert rows == ["Paracetamol is safe for most people at normal doses.",
                    "This is up to 8 x 500 mg tablets a day."]
    _keeps_facts(sentence, rows)
    # after a "not" the brackets may be part of what not to do: kept whole
    negative = "Do not take more than the normal dose (8 tablets in 24 hours) of paracetamol."
    assert _split(negative) == [negative]


@pytest.mark.parametrize("sentence", [
    "You will stay in hospital for at least 24 hours (48 hours if you had a general "
    "anaesthetic).",
    "Most people can go back to driving after about 2 weeks (6 weeks if you had your right "
    "knee done).",
    "Your skin may stay red and sore for 2 to 3 weeks after your treatment ends (longer if "
    "you had radiotherapy to your neck).",
    # no verb: "Usually 3 times a day for 6 weeks." alone says nothing of the exercises
    "Your physiotherapist will give you some exercises to do at home (usually 3 times a day "
    "for 6 weeks).",
])
def test_words_in_brackets_that_are_no_sentence_stay_with_their_sentence(sentence):
    """ "48 hours if you had a general anaesthetic." as a row of its own had read as a fact,
    its 48 hours of nothing: its verb is the condition's. Kept whole (for a person, as long)."""
    assert _split(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "If you have any questions, e-mail us at gastro.unit@example.nhs.uk or ring 0116 496 "
    "0123 (Monday to Friday, 8am to 5pm).",
    "If you are worried about your wound, e-mail the ward at ward7@example.nhs.uk or ring "
    "01632 960 456 (Monday to Thursday, 9am to 4pm).",
])
def test_a_bracket_is_never_cut_and_opening_hours_stay_with_their_number(sentence):
    """ "... or call 0116 258 5100 (Monday to Friday:" over "8am to 5pm)." had cut the hours
    from their days and from the number: the parser ended the condition at the comma inside
    the brackets. No row ends or starts inside brackets; a cut may only fall outside them."""
    rows = _split(sentence)
    assert all(row.count("(") == row.count(")") for row in rows), rows
    assert any(re.search(r"\d{3,4} \(Monday to \w+day, \d+am to \dpm\)", row) for row in rows), rows
    assert sorted(numbers(" ".join(rows))) == sorted(numbers(sentence)), rows


@pytest.mark.parametrize("sentence, rows", [
    ("Fibre is the part of fruit and vegetables that your body cannot break down (a low-fibre "
     "diet is sometimes called a low-residue diet. Do not stay on it for more than 3 days "
     "unless your doctor says so).",
     ["Fibre is the part of fruit and vegetables that your body cannot break down.",
      "A low-fibre diet is sometimes called a low-residue diet.",
      "Do not stay on it for more than 3 days unless your doctor says so."]),
    ("Stop eating solid food 6 hours before your test (you can drink clear fluids until 2 "
     "hours before. Do not chew gum).",
     ["Stop eating solid food 6 hours before your test.",
      "You can drink clear fluids until 2 hours before.",
      "Do not chew gum."]),
    ("Swallow the capsules whole with a glass of water (do not open or chew them).",
     ["Swallow the capsules whole with a glass of water.",
      "Do not open or chew the capsules."]),
])
def test_a_ban_in_brackets_at_the_end_of_a_sentence_is_a_row_of_its_own(sentence, rows):
    """ "Do not follow it for longer than 2 days unless your doctor tells you to" was hidden at
    the end of a 36-word row, inside a bracket after what fibre is: the sentences a bracket
    holds, and a ban, are rows after the sentence, the ban with its "unless" (the check holds
    only the bracket's own sentence to it)."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    if "unless" in sentence:
        lost = [*rows[:-1], rows[-1].replace(" unless your doctor says so", "")]
        assert any("unless" in problem for problem in _problems(lost, sentence)), lost


def test_the_check_names_a_row_lifted_from_brackets_that_is_no_sentence():
    sentence = ("You will stay in hospital for at least 24 hours (48 hours if you had a general "
                "anaesthetic).")
    rows = ["You will stay in hospital for at least 24 hours.",
            "48 hours if you had a general anaesthetic."]
    assert any(problem.startswith("row '48 hours if you had a general anaesthetic.': is only "
                                  "the words its sentence has in brackets")
               for problem in _problems(rows, sentence))
    # brackets made a sentence of their own are not named
    dose = "Paracetamol is safe for most people at normal doses (up to 8 x 500 mg tablets a day)."
    assert _problems(_split(dose), dose) == []
    night = ("Most people go home on the day of their operation (some people need to stay one "
             "night).")
    rows = ["Most people go home on the day of their operation.",
            "Some people need to stay one night."]
    assert not any("brackets" in problem for problem in _problems(rows, night))


def test_where_a_thing_is_becomes_a_sentence_of_its_own():
    sentence = "A thin tube is passed through a blood vessel in your arm or leg to your heart."
    rows = _split(sentence)
    assert rows == ["A thin tube is passed through a blood vessel to your heart.",
                    "The blood vessel is in your arm or leg."]
    _keeps_facts(sentence, rows)
    # "up to your heart" is where it goes, not part of where the blood vessel is
    moving = "A thin tube is passed through a blood vessel in your arm or leg up to your heart."
    assert not any(row.startswith("The blood vessel is") for row in _split(moving))
    sentence = "The doctor will put a small needle into a vein in the back of your left hand."
    rows = _split(sentence)
    assert rows == ["The doctor will put a small needle into a vein.",
                    "The vein is in the back of your left hand."]
    _keeps_facts(sentence, rows)
    # a place followed by when or why is not cut from them
    timed = ("The nurse will put a small needle into a vein in the back of your hand before "
             "the scan.")
    assert _split(timed) == [timed]


# ---- a time first, gapped statements, lists ----------------------------------------------------


def test_a_time_said_first_leads_in_and_the_sentence_keeps_its_condition():
    sentence = ("For the first 12 weeks after your operation your shoulder can come out of its "
                "joint if you lift your arm too high.")
    rows = _split(sentence)
    assert rows == ["For the first 12 weeks after your operation:",
                    "Your shoulder can come out of its joint if you lift your arm too high."]
    _keeps_facts(sentence, rows)


def test_a_second_statement_said_without_its_verb_is_written_whole():
    risks = ("Infection happens in about 1 in 200 operations and a blood clot in the leg in about "
             "1 in 500 operations.")
    rows = _split(risks)
    assert rows == ["Infection happens in about 1 in 200 operations.",
                    "A blood clot in the leg happens in about 1 in 500 operations."]
    _keeps_facts(risks, rows)
    then = ("You will need to take 2 tablets every 4 hours for the first 3 days, then every "
            "6 hours.")
    rows = _split(then)
    assert rows == ["You will need to take 2 tablets every 4 hours for the first 3 days.",
                    "Then you will need to take 2 tablets every 6 hours."]
    assert _problems(rows, then) == []
    # a gap that would lose words of the first statement is not filled: "in your left eye" and
    # "with food" are not said again, so nothing is written for them
    for kept_whole in (
        "Put 2 drops in your left eye in the morning before breakfast and 2 drops in the evening.",
        "Take 2 tablets every 4 hours for the first 3 days with food, then every 6 hours.",
    ):
        rows = _split(kept_whole)
        assert not any(row.startswith(("Put 2 drops in the", "Then take")) for row in rows), rows


def test_a_list_joined_by_and_becomes_a_lead_in_and_a_row_for_each_thing():
    sentence = ("An endoscopy looks at the inside of your food pipe, your stomach and the first "
                "part of your small bowel.")
    rows = _split(sentence)
    assert rows == [
        "An endoscopy looks at the inside of:",
        "Your food pipe.",
        "Your stomach.",
        "The first part of your small bowel.",
    ]
    _keeps_facts(sentence, rows)
    # one of several things is not all of them: a list joined by "or" stays whole
    choice = ("You can have plain white toast, clear chicken soup or plain white pasta on the "
              "first evening.")
    assert not any(row.endswith(":") for row in _split(choice))


# ---- positions, what a thing has, what a gift is for, "whatever" -------------------------------


def test_how_to_hold_the_body_is_a_row_of_its_own_unless_it_is_what_not_to_do():
    sentence = ("Sit on the edge of a firm chair with your operated leg straight out in front "
                "of you.")
    rows = _split(sentence)
    assert rows == ["Sit on the edge of a firm chair.",
                    "Keep your operated leg straight out in front of you."]
    _keeps_facts(sentence, rows)
    negative = ("Do not sit on a low sofa or soft chair with your legs crossed over each other "
                "at the knee.")
    assert not any(row.startswith("Keep") for row in _split(negative))


def test_what_a_thing_has_is_a_sentence_of_its_own():
    sentence = ("A thin plastic tube with a tiny balloon on its tip is passed into the artery "
                "in your wrist.")
    rows = _split(sentence)
    assert rows == ["A thin plastic tube is passed into the artery in your wrist.",
                    "The tube has a tiny balloon on its tip."]
    _keeps_facts(sentence, rows)
    # a "with" that says which people is not what they have: without it the sentence is said
    # of everyone ("Many people live full and active lives ..." over "The people have heart
    # failure.")
    for sentence in (
        "Many people with heart failure live full and active lives for many years, especially "
        "when they take their medicines.",
        "People with diabetes should check their feet every day for cuts, blisters, redness or "
        "swelling that they cannot explain.",
    ):
        assert not any(row.startswith("The people") for row in _split(sentence)), _split(sentence)


def test_what_you_are_given_something_for_is_said_to_you():
    sentence = "The nurse will give you a bag of dressings to use at home for the next 2 weeks."
    rows = _split(sentence)
    assert rows == ["The nurse will give you a bag of dressings.",
                    "You will use it at home for the next 2 weeks."]
    _keeps_facts(sentence, rows)


def test_an_instruction_that_holds_whatever_happens():
    sentence = ("Take your tablets at the same time each morning, whatever time you wake up on "
                "that day.")
    rows = _split(sentence)
    assert rows == ["Take your tablets at the same time each morning.",
                    "Do this whatever time you wake up on that day."]
    _keeps_facts(sentence, rows)


def test_a_verb_the_parser_joins_to_the_wrong_clause_gets_its_own_subject():
    sentence = ("These changes usually start 2 weeks after treatment begins and settle 4 weeks "
                "after it ends.")
    rows = _split(sentence)
    assert rows == ["These changes usually start 2 weeks after treatment begins.",
                    "These changes usually settle 4 weeks after treatment ends."]
    _keeps_facts(sentence, rows)


def test_a_clause_with_its_own_subject_after_and_is_a_sentence_of_its_own():
    sentence = ("My colchicine course started on (blank for date) and my next review is on "
                "(blank for date).")
    rows = _split(sentence)
    assert rows == ["My colchicine course started on (blank for date).",
                    "My next review is on (blank for date)."]
    _keeps_facts(sentence, rows)
    # a "not" before the "and" may reach on past it: the sentence stays whole
    negative = ("Do not drive for 24 hours after your test and your escort should stay with you "
                "overnight.")
    assert _split(negative) == [negative]


# ---- plain words and reading ease --------------------------------------------------------------


def test_a_plain_word_never_breaks_the_grammar():
    plain = plain_words()
    assert simplify("Start these exercises when the pain allows.", plain) == (
        "Start these exercises when the pain allows.")
    assert simplify("Allow your hips to rock gently.", plain) == "Let your hips rock gently."
    # "uncommon" (up to 1 in 100) is not "rare" (up to 1 in 1,000): a risk is said as written
    assert simplify("Serious problems are uncommon.", plain) == "Serious problems are uncommon."


def test_a_count_written_with_a_multiplication_sign_is_said_in_words(tmp_path):
    """A hip exercise leaflet's "Repeat x 10." and "Repeat x 20, every hour you are awake." were
    kept as written, a sign many readers do not know, and "Hold for [seconds]{.field}." was
    "Hold for (blank for seconds).": a count is said "10 times", and a blank for what it counts
    stands where the number would, "Hold for (blank) seconds.". Between two numbers the sign
    is a dose's ("8 x 500mg tablets") and stays."""
    from leaflet_files import write_source

    plain = plain_words()
    for sentence, said in (
        ("Repeat x 10.", "Repeat 10 times."),
        ("Repeat x 20, every hour you are awake.", "Repeat 20 times, every hour you are awake."),
        ("Slowly lower your leg and repeat 10x each side.",
         "Slowly lower your leg and repeat 10 times each side."),
        ("Do not take more than 8 x 500mg tablets in 24 hours.",
         "Do not take more than 8 x 500 mg tablets in 24 hours."),
        ("Take 2 x 5mg tablets each morning.", "Take 2 x 5 mg tablets each morning."),
    ):
        assert simplify(sentence, plain) == said
        assert _problems([said], sentence) == [], said
    body = ("## Straight leg raise\n\nLying on your back, lift your leg off the bed. Hold for "
            "[seconds]{.field}. Repeat x 10.\n\nName of your physiotherapist: "
            "[Name:]{.field}\n")
    leaflet = load_leaflet(write_source(tmp_path, "7104-leg-exercises", "Physiotherapy", body))
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "Hold for (blank) seconds." in rows, rows
    assert "Repeat 10 times." in rows, rows
    assert any(row.endswith("Name: (blank).") for row in rows), rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == [], rows


@pytest.mark.parametrize(
    "sentence, said",
    [
        ("Take 2 tablets 4x a day x 1 wk, then 2x a day x 1 wk.",
         "Take 2 tablets 4 times a day for 1 week, then 2 times a day for 1 week."),
        ("Take prednisolone 40mg each morning x 5 days.",
         "Take prednisolone 40 mg each morning for 5 days."),
        ("Use the drops 4 times a day x2 weeks, then stop.",
         "Use the drops 4 times a day for 2 weeks, then stop."),
        ("Take 1 capsule three times a day x 7/7.",
         "Take 1 capsule three times a day for 7 days."),
        ("Inject once a day x 28 days.", "Inject once a day for 28 days."),
    ],
)
def test_how_long_a_course_lasts_after_a_multiplication_sign_is_said_for(sentence, said):
    """A prescription's length written after an "x" ("4x a day x 1 wk", "each morning x 5
    days", "x 7/7"): how long to take it, "for 1 week". It had been "4 times a day 1 times
    week", "5 times days": a count of doses where the leaflet gives a course's length, one
    reader may take as once a week."""
    plain = plain_words()
    assert simplify(sentence, plain) == said
    # ... and the check reads the leaflet's "4x a day" as the count of times the row says
    assert _problems([said], sentence) == [], said


def test_reading_ease_reads_an_address_as_one_word():
    text = "Visit www.leicestershospitals.nhs.uk for maps. Phone 0116 250 2959 or email a@b.nhs.uk."
    assert addresses_as_words(text) == "Visit it for maps. Phone 0116 250 2959 or email it."


# ---- tables ------------------------------------------------------------------------------------

_TABLE_LEAFLET = """---
number: 9931
version: 1
title: Your medicines before your heart test
department: Cardiology
audience: Information for Patients
last_reviewed: 2024-05
next_review: 2027-05
language: en-GB
---

## Your medicines

| Medicine | Take it? | What to do |
|---|---|---|
| Metformin | No | Start again 48 hours after the test, once your kidney blood test is back. |
| Aspirin | Yes | Take it as usual. |
| Warfarin | No | Stop |

## Your inhaler

| Inhaler | Puffs | When |
|---|---|---|
| Brown (preventer) | 2 | Morning and evening |
| Blue (reliever) | 1 to 2 | When you are wheezy |

| Week | Puffs |
|---|---|
| Week 1 | 2 |
"""


@pytest.fixture(scope="module")
def table_rows(tmp_path_factory):
    path = tmp_path_factory.mktemp("source") / "9931-your-medicines-before-your-heart-test.md"
    path.write_text(_TABLE_LEAFLET, encoding="utf-8")
    return draft(load_leaflet(Path(path))).rows()


def test_a_cell_under_a_question_stays_one_row_with_it(table_rows):
    said = [row.plain for row in table_rows]
    assert "Take it? No." in said
    assert "Take it? Yes." in said
    assert "Take it?" not in said and "No." not in said
    assert cell_sentence("Take it?", "No") == "Take it? No."


def test_a_cell_that_names_its_column_does_not_repeat_it(table_rows):
    said = [row.plain for row in table_rows]
    assert "Week 1. Puffs: 2." in said
    assert not any(row.startswith("Week: ") for row in said)
    # "When: When you are wheezy." is not cut to the fragment "When you are wheezy."
    assert "Inhaler: Blue (reliever). Puffs: 1 to 2. When: When you are wheezy." in said
    assert cell_sentence("Week", "Week 1") == "Week 1."
    # a cell labelled with its column's name ("Dose: 5 mg" under "Dose") was "Dose: Dose: 5 mg."
    assert cell_sentence("Dose", "Dose: 5 mg") == "Dose: 5 mg."
    assert cell_sentence("Dose:", "dose: 5 mg") == "dose: 5 mg."


_DO_AND_DONT = """## After your operation

| Do | Don't |
|---|---|
| Do walk a little every day | Don't lift anything heavier than a full kettle |
| Do hold a pillow on your wound when you cough | Don't drive until you can stop fast |
| Keep your wound dry for 2 days | Do not soak in a bath for 2 weeks |
"""


def test_a_do_and_dont_cell_that_opens_with_its_heading_is_not_named_again(tmp_path):
    """A "Do | Don't" table whose cells open with their column's heading came out "Do: Do walk
    a little every day." and "Don't: Don't lift ...": the heading said twice. A cell that is an
    instruction opening with its heading is said as written; one that does not ("Keep your
    wound dry") keeps its column's name, and a fragment ("When: When you are wheezy.") too."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "6620-after-your-hernia-repair", "Day Surgery", _DO_AND_DONT)
    leaflet = load_leaflet(source)
    said = " ".join(row.plain for row in draft(leaflet).rows())
    assert "Do walk a little every day." in said, said
    assert "Don't lift anything heavier than a full kettle." in said, said
    assert "Do hold a pillow on your wound when you cough." in said, said
    assert "Do: Do " not in said and "Don't: Don't" not in said, said
    assert "Do: Keep your wound dry for 2 days." in said, said
    assert "Don't: Do not soak in a bath for 2 weeks." in said, said
    assert cell_sentence("When", "When you are wheezy") == "When: When you are wheezy."
    assert check_meaning([row.plain for row in draft(leaflet).rows()],
                         leaflet_sentences(leaflet)) == []


_CHILDRENS_DOSES = """Give your child the right dose for their age.

## Paracetamol (infant suspension 120mg in 5ml)

| Age | Dose | How often |
|---|---|---|
| 6 to 23 months | 5ml | Up to 4 times in 24 hours |
| 2 to 3 years | 7.5ml | Up to 4 times in 24 hours |

## Ibuprofen (100mg in 5ml)

| Age | Dose | How often |
|---|---|---|
| 6 to 11 months | 2.5ml | Up to 3 times in 24 hours |
| 1 to 3 years | 5ml | Up to 3 times in 24 hours |

## Your child's medicines

| Medicine | Take it? | What to do |
|---|---|---|
| Ibuprofen | No | Do not give it if your child has asthma. |
| Paracetamol | Yes | Give it as the table says. |
"""


def test_a_dose_tables_row_is_one_row_with_a_liquid_medicine_beside_it(tmp_path):
    """A children's paracetamol and ibuprofen leaflet gave each dose table row as three rows
    ("Age: 6 to 11 months." / "Dose: 2.5 ml." / "How often: ..."), each with its own picture
    and the dose beside a pill, over pages naming no medicine: a parent could not tell one
    medicine's dose from the other's. A table row of facts is one row, its age, dose and how
    often together, beside a bottle of liquid medicine for a dose in ml. A table with an
    instruction or a ban in a cell keeps each cell a row, so a "do not" never shares one."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "6630-paracetamol-and-ibuprofen-for-children",
                          "Children's Emergency Department", _CHILDRENS_DOSES)
    leaflet = load_leaflet(source)
    rows = draft(leaflet).rows()
    said = [row.plain for row in rows]
    row = "Age: 6 to 11 months. Dose: 2.5 ml. How often: Up to 3 times in 24 hours."
    assert row in said, said
    assert "Age: 2 to 3 years. Dose: 7.5 ml. How often: Up to 4 times in 24 hours." in said
    assert not any(one in said for one in ("Dose: 2.5 ml.", "Age: 6 to 11 months.")), said
    assert rows[said.index(row)].picture.shows == "a bottle of liquid medicine"
    assert choose_picture("Take 2 tablets with 200 ml of water.").shows == "a pill"
    # a cell that bans stays a row of its own, with its STOP sign
    assert "What to do: Do not give it if your child has asthma." in said, said
    assert "Medicine: Ibuprofen." in said, said
    assert check_meaning(said, leaflet_sentences(leaflet)) == []


def test_a_long_cell_follows_its_column_name_as_a_lead_in(table_rows):
    said = [row.plain for row in table_rows]
    at = said.index("What to do:")
    assert said[at + 1] == ("Start again 48 hours after the test, once your kidney blood test "
                            "is back.")
    assert "What to do: Take it as usual." in said


def test_table_rows_find_a_picture_for_the_thing_their_cells_name(table_rows):
    by_words = {row.plain: row.picture for row in table_rows}
    # a table row of facts is one row, pictured for what the row is about
    assert by_words["Inhaler: Brown (preventer). Puffs: 2. When: Morning and evening."].shows == (
        "an inhaler"
    )
    # a cell that says to stop is read alone, so it gets its STOP sign
    assert by_words["What to do: Stop."].shows == "a red stop sign"
    # nothing names a thing in "Take it? No.": the plain picture, never a guess
    assert by_words["Take it? No."].is_neutral


def test_a_column_named_when_and_a_sentence_without_its_comma_are_not_only_conditions():
    """The check named "When: Morning dose only." (a table row under the column "When") and
    "After your plaster is removed your ankle will feel stiff and weak." (a whole sentence the
    small parser read round its "after") as conditions cut off from what they govern."""
    for row in ("When: Morning dose only.",
                "After your plaster is removed your ankle will feel stiff and weak."):
        assert _problems([row], row) == [], row
    assert _problems(["When you get home."], "When you get home, rest for an hour.")


# ---- clauses that belong together --------------------------------------------------------------


def test_a_but_clause_is_never_taken_into_the_condition_before_it():
    """ "Keep your drops in the fridge if the label says so, but do not let them freeze" led in
    with "If the label says so, but do not let them freeze:" over "Keep your drops in the
    fridge": the "do not" made part of the condition."""
    for sentence in (
        "Keep your drops in the fridge if the label says so, but do not let them freeze.",
        "You can take a shower if your wound is dry, but do not soak in a bath for 2 weeks.",
    ):
        rows = _split(sentence)
        assert not any(row.endswith(":") and " not " in row for row in rows), rows
        assert not any(row.lower().startswith("if") and "but" in row for row in rows), rows
        assert any(row.lower().startswith("do not") for row in rows) or rows == [sentence], rows
        assert _problems(rows, sentence) == [], rows


def test_the_words_after_a_colon_are_never_cut_from_it():
    """ "... fill in the blanks for you: how long to hold each exercise and how many times to
    repeat it" became "... for you: how long." over "This is to hold each exercise ...": the
    list the colon leads in was cut, and "to hold" made a purpose."""
    for sentence in (
        "Your physiotherapist will fill in the blanks for you: how long to hold each exercise "
        "and how many times to repeat it.",
        "The nurse will write two things on your card for you: how much to take each morning "
        "and when to come back to the clinic.",
    ):
        rows = _split(sentence)
        colon = next(row for row in rows if ":" in row)
        assert not colon.rstrip(".").endswith(("how long", "how much")), rows
        assert not any(row.startswith("This is to") for row in rows), rows


# ---- a condition is never cut apart ------------------------------------------------------------


def test_a_condition_joined_by_but_stays_whole():
    """ "If you are thinking about suicide but are not in immediate danger, then call the
    Crisis Line ..." became "If you are thinking about suicide." over "Are not in immediate
    danger, then call ...": the "but" inside the condition was read as a turn to a clause of its
    own, and the reader was told to call whether in danger or not."""
    sentence = ("If you are feeling very low but are not at risk of harming yourself, then ring "
                "the Wellbeing Line on 0300 555 0100 or NHS 111 and choose option 2.")
    rows = _split(sentence)
    condition = "if you are feeling very low but are not at risk of harming yourself"
    first = rows[0].lower()
    # the whole condition leads (in one row) whatever follows it
    assert first.startswith(condition), rows
    assert not any(row.lower().startswith(("are not", "but")) for row in rows), rows
    assert _problems(rows, sentence) == [], rows
    # "but" after a whole instruction still turns to a clause of its own
    turn = "Keep your drops in the fridge if the label says so, but do not let them freeze."
    assert _split(turn)[-1] == "Do not let them freeze."


def test_an_instruction_after_but_is_never_made_a_choice():
    """ "You can wash your hair after 2 days, but keep soap and water out of your eye" became
    "You can keep soap and water out of your eye.": the instruction, given the "You can" of the
    clause before the "but", read as something the reader may do or not. What a bare verb after
    "but" shares is not known ("You may feel sore but feel better in a week" shares it), so no
    subject is borrowed across it: the sentence stays whole, for a person to read."""
    for sentence in (
        "You can have a shower after 2 days, but keep the wound dry and covered with the "
        "waterproof dressing.",
        "You may have a bath after a week, but dry the wound gently with a clean towel "
        "afterwards.",
    ):
        rows = _split(sentence)
        assert not any(row.startswith(("You can keep", "You may dry")) for row in rows), rows
        assert _problems(rows, sentence) == [], rows
    # the check names such a row wherever it comes from (an author's file too)
    sentence = ("You can have a shower after 2 days, but keep the wound dry and covered with the "
                "waterproof dressing.")
    problems = _problems(["You can have a shower after 2 days.",
                          "You can keep the wound dry and covered with the waterproof dressing."],
                         sentence)
    assert any("'You can keep" in p and "choice" in p for p in problems), problems


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("You can take paracetamol, but do not take more than 8 tablets in 24 hours.",
         ["You can take paracetamol.", "Do not take more than 8 tablets in 24 hours."]),
        ("You can have a shower, but do not soak in a bath for 2 weeks.",
         ["You can have a shower.", "Do not soak in a bath for 2 weeks."]),
        ("Your child can play outside, but never leave them alone near water.",
         ["Your child can play outside.", "Never leave your child alone near water."]),
    ],
)
def test_a_ban_after_but_is_its_own_row_beside_its_stop_sign_whatever_the_length(
    tmp_path, sentence, rows
):
    """ "You can take paracetamol, but do not take more than 8 tablets in 24 hours." (15 words,
    within the limit) was one row beside a pill, the ban's STOP sign lost: a ban told after ",
    but" is cut to a row of its own at any length. Where a condition before it keeps the
    sentence whole ("If you feel sick, you can take ..., but do not take ibuprofen"), the row
    has the STOP sign; what the reader may do keeps its own picture."""
    from leaflet_files import write_source

    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    whole = "If you feel sick, you can take paracetamol, but do not take ibuprofen."
    body = f"## Pain relief\n\n{sentence}\n\n{whole}\n"
    drafted = {row.plain: row.picture.shows for row in draft(load_leaflet(
        write_source(tmp_path, "7140-after-your-operation", "Day Surgery", body))).rows()}
    assert drafted[rows[1]] == "a red stop sign", drafted
    assert drafted[rows[0]] != "a red stop sign", drafted
    assert drafted[whole] == "a red stop sign", drafted


def test_a_ban_joined_with_and_keeps_its_until_and_its_stop_sign(tmp_path):
    """ "Bring your maternity notes, a pad and a list of your medicines, and do not eat anything
    until the midwife has seen you." was one row beside a pill, the ban's STOP sign lost: "do
    not ... until" says when that ban ends, and bringing things is held until nothing, so the
    ban after ", and" is a row of its own. Where the "until" may be both instructions' ("Keep
    the dressing on, ...": on until then?) the row stays whole, flagged, beside the STOP sign,
    as is a ban after ", and" kept whole for any other reason."""
    from leaflet_files import write_source

    cases = {
        "Bring your maternity notes, a pad and a list of your medicines, and do not eat "
        "anything until the midwife has seen you.":
            ["Bring your maternity notes, a pad and a list of your medicines.",
             "Do not eat anything until the midwife has seen you."],
        "Book a blood test at your GP surgery for next week, and do not take the new tablets "
        "until we have the result.":
            ["Book a blood test at your GP surgery for next week.",
             "Do not take the new tablets until we have the result."],
    }
    for sentence, rows in cases.items():
        assert _split(sentence) == rows
        _keeps_facts(sentence, rows)
    kept = "Keep the dressing on, and do not get it wet until the stitches are out."
    assert _split(kept) == [kept]
    # after a ban, the "until" may be both bans' ("Do not drive." alone would be for ever)
    both = "Do not drive, and do not drink alcohol until the next day."
    assert _split(both) == [both]
    body = "## On the day\n\n" + "\n\n".join([*cases, kept]) + "\n"
    drafted = {row.plain: row for row in draft(load_leaflet(
        write_source(tmp_path, "7150-coming-in-to-have-your-baby", "Maternity", body))).rows()}
    assert drafted["Do not eat anything until the midwife has seen you."].picture.shows == (
        "a red stop sign"), drafted
    assert drafted[cases[next(iter(cases))][0]].picture.shows != "a red stop sign", drafted
    assert drafted[kept].picture.shows == "a red stop sign", drafted
    assert drafted[kept].doubt, drafted[kept]


def test_what_the_reader_may_do_after_a_ban_and_but_is_a_row_of_its_own(tmp_path):
    """ "Do not take ibuprofen, but you can take paracetamol." (within the limit) was one row
    beside the STOP sign, the paracetamol read as banned too: after a ban, ", but" and a clause
    with its own subject is cut at any length, the ban beside its STOP sign and what the reader
    may do beside its own picture. A statement before ", but" stays whole ("You will be awake,
    but your eye will be numb")."""
    from leaflet_files import write_source

    cases = {
        "Do not take ibuprofen, but you can take paracetamol.":
            ["Do not take ibuprofen.", "But you can take paracetamol."],
        "Do not go swimming, but you may have a bath after 2 days.":
            ["Do not go swimming.", "You may have a bath after 2 days."],
    }
    for sentence, rows in cases.items():
        assert _split(sentence) == rows
        _keeps_facts(sentence, rows)
    statement = "You will be awake, but your eye will be numb."
    assert _split(statement) == [statement]
    body = "## After your operation\n\n" + "\n\n".join(cases) + "\n"
    drafted = {row.plain: row.picture.shows for row in draft(load_leaflet(
        write_source(tmp_path, "7170-after-your-operation", "Day Surgery", body))).rows()}
    for ban, allowed in cases.values():
        assert drafted[ban] == "a red stop sign", drafted
        assert drafted[allowed] != "a red stop sign", drafted


@pytest.mark.parametrize("sentence, rows", [
    ("Do not eat for 4 hours before your scan but keep drinking water.",
     ["Do not eat for 4 hours before your scan.", "Keep drinking water."]),
    ("Do not rub your eye but bathe it gently with cooled boiled water.",
     ["Do not rub your eye.", "Bathe your eye gently with cooled boiled water."]),
    ("Do not take more than 8 tablets in 24 hours but take them at regular times.",
     ["Do not take more than 8 tablets in 24 hours.", "Take them at regular times."]),
])
def test_an_instruction_after_a_ban_and_but_is_a_row_of_its_own(sentence, rows, tmp_path):
    """ "Do not eat for 4 hours before your scan but keep drinking water." was one row beside a
    STOP sign, the water read as banned too: no "not" reaches past "but" to a verb of its own,
    so the ban and the instruction are rows of their own, as after "because"; the check holds
    the instruction to its own words, and still names a "not" lost from the ban."""
    from leaflet_files import write_source

    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    lost = [rows[0].replace("Do not ", "").capitalize(), rows[1]]
    assert any("lost its 'not'" in p for p in _problems(lost, sentence)), lost
    drafted = {row.plain: row.picture.shows for row in draft(load_leaflet(write_source(
        tmp_path, "7171-your-scan", "Radiology", f"## Before your scan\n\n{sentence}\n"))).rows()}
    assert drafted[rows[0]] == "a red stop sign", drafted
    assert drafted[rows[1]] != "a red stop sign", drafted


@pytest.mark.parametrize("sentence", [
    "Don't eat anything but dry toast on the morning of your test.",
    "If you feel sick, do not eat but keep sipping water.",
])
def test_a_ban_and_but_stays_whole_where_no_instruction_of_its_own_follows(sentence):
    """ "but dry toast" is what the ban leaves, no instruction; a condition before the ban may
    reach past "but", so the sentence is kept whole, for a person."""
    assert _split(sentence) == [sentence]


# ---- plain words never change how bad a symptom is ---------------------------------------------


def test_a_plain_word_never_changes_how_bad_a_symptom_is_or_how_often_a_risk_happens():
    """ "It is normal to have some chest discomfort" became "... some chest pain", while the
    leaflet goes on to say to call 999 for new chest pain: the swap made a danger sign read as
    the normal course. No swap in config/plain_words.yaml changes such a word."""
    plain = plain_words()
    for sentence in (
        "It is normal to have some chest discomfort for 2 to 4 weeks.",
        "Bruising around the wound is uncommon.",
        "You may have mild soreness where the needle went in.",
    ):
        assert simplify(sentence, plain) == sentence


def test_a_swap_that_changes_a_symptoms_word_is_refused_when_the_config_is_read(tmp_path):
    from pipeline.errors import LeafletError
    from pipeline.formats.easy_read.drafter import _load_plain_words

    for swap in ("discomfort: pain", "uncommon: rare", "severe pain: bad pain",
                 "tenderness: soreness"):
        path = tmp_path / "plain_words.yaml"
        path.write_text(f"replace:\n  {swap}\ninstruction_verbs: [stand]\n", encoding="utf-8")
        with pytest.raises(LeafletError, match=swap.split(":")[0]):
            _load_plain_words(path, path.stat().st_mtime)
    # a swap that leaves such words alone is still allowed
    path = tmp_path / "plain_words.yaml"
    path.write_text("replace:\n  approximately: about\n  as symptoms allow: if it feels OK\n"
                    "instruction_verbs: [stand]\n", encoding="utf-8")
    assert _load_plain_words(path, path.stat().st_mtime).single_words == {"approximately": "about"}


def test_a_condition_after_only_is_never_put_first():
    """ "For most adults we only give a transfusion if the Hb is below 70 g/L ..." became "If
    the Hb is below 70 g/L ...:" over "We only give a transfusion.": "only if" became "only a
    transfusion", what the condition restricts said as a rule of its own."""
    for sentence in (
        "We only use a catheter if you cannot pass urine on your own, or if your bladder is very "
        "full on the scan.",
        "For most children we only prescribe antibiotics if the ear infection lasts more than 3 "
        "days, or sooner if your child is under 2.",
    ):
        rows = _split(sentence)
        with_only = [row for row in rows if " only " in f" {row.lower()} "]
        assert with_only and all(" if " in row for row in with_only), rows
        assert _problems(rows, sentence) == [], rows
    # "only" before a time ("only after") is no "only if": the sentence is still cut at its
    # semicolon, each part with its own words
    timed = "Only remove the dressing after 5 days; if it gets wet, change it straight away."
    assert _split(timed) == ["Only remove the dressing after 5 days.",
                             "If the dressing gets wet, change it straight away."]
    problems = _problems(["If you cannot pass urine on your own:", "We only use a catheter."],
                         "We only use a catheter if you cannot pass urine on your own.")
    assert any("'We only use a catheter.'" in p and "only" in p.split(":", 1)[1]
               for p in problems), problems


def test_a_condition_at_the_end_governs_only_the_clause_with_its_own_subject():
    """ "Leave a message on the answerphone and we will call you back the same day if you call
    before 3pm" led in with "If you call before 3pm:" over both clauses: the reader was told
    to leave a message only before 3pm. The condition is the call back's alone."""
    sentence = ("Leave your name and number on the answerphone and a nurse will ring you back "
                "within 2 hours if you phone before noon.")
    rows = _split(sentence)
    leave = next(row for row in rows if row.startswith("Leave"))
    assert "noon" not in leave and rows.index(leave) == 0, rows
    assert any("noon" in row for row in rows[1:]), rows
    assert _problems(rows, sentence) == [], rows
    problems = _problems(["If you phone before noon:",
                          "Leave your name and number on the answerphone and a nurse will ring "
                          "you back within 2 hours."], sentence)
    assert any(p.startswith("row 'Leave your name") for p in problems), problems


@pytest.mark.parametrize("sentence", [
    "You may be able to get help with travel costs to hospital, free prescriptions and "
    "benefits.",
    "Our benefits adviser can give you advice on parking charges at the hospital, grants and "
    "sick pay.",
])
def test_a_list_that_may_be_an_earlier_words_objects_keeps_what_each_thing_is(sentence):
    """ "You may be able to get help with travel costs to:" over "Hospital.", "Free
    prescriptions." and "Benefits." told the reader of travel costs to benefits: the list is of
    what the help is with, "travel costs to hospital" its first thing. Where only a thing's words
    stand between two words a list may hang on, no lead-in can say which; the list is not cut
    from either, so no row says a thing the source does not."""
    rows = _split(sentence)
    lead = next((row for row in rows if row.endswith(":")), "")
    assert not re.search(r"\b(?:to|at):$", lead), rows
    assert sorted(numbers(" ".join(rows))) == sorted(numbers(sentence)), rows


def test_a_list_leads_in_only_from_the_word_whose_objects_its_items_are():
    """ "Get everything ready: a new bag cut to size, dry wipes, a disposal bag and warm water"
    led in with "... a new bag cut to:" over "Size."; "You have been treated for a
    pneumothorax, where air leaks into the space between your lung and your chest wall" with
    "You have been treated for:" over "... between your lung." and "Your chest wall.": the list
    was cut from the last "to" or "for" before its first comma, whatever that word takes. Only
    a list the parser reads as that word's objects leads in from it; after a colon, the colon
    leads in."""
    sentence = ("You have been treated for a pleural effusion, where fluid leaks into the space "
                "between your lung and your chest wall.")
    rows = _split(sentence)
    assert not any(row.endswith("between your lung.") for row in rows), rows
    assert not any(row.endswith(" for:") for row in rows), rows
    assert _problems(rows, sentence) == [], rows
    ranged = ("Please bring the oximeter back to the Sleep Lab, Ward 4, Glenfield Hospital "
              "between 9am and 11am on Monday.")
    rows = _split(ranged)
    assert not any(row.endswith("between 9am.") for row in rows), rows
    assert _problems(rows, ranged) == [], rows
    listed = ("Get everything ready: a new dressing cut to shape, sterile gloves, a clean towel "
              "and a bowl of warm water.")
    rows = _split(listed)
    assert rows[0] in ("Get everything ready:", listed), rows
    assert "A new dressing cut to shape." in rows or rows == [listed], rows
    assert _problems(rows, listed) == [], rows
    # the objects of the list's own word still lead in from it
    assert _split("An endoscopy looks at the inside of your food pipe, your stomach and the "
                  "first part of your small bowel.")[0] == "An endoscopy looks at the inside of:"
    # the check names a lead-in cut from what its word takes, and "between" without its "and"
    problems = _problems(["Get everything ready: a new dressing cut to:", "Shape.",
                          "Sterile gloves.", "A clean towel.", "A bowl of warm water."], listed)
    assert any(p.startswith("row 'Get everything ready: a new dressing cut to:'")
               for p in problems), problems
    # a condition's lead-in ending in a particle ("when breathing in:") leads into no list
    assert _problems(["If you have new sharp pain, especially when breathing in:", "Call 999."],
                     "Call 999 if you have new sharp pain, especially when breathing in.") == []
    problems = _problems(["You have been treated for:", "A pleural effusion.",
                          "Where fluid leaks into the space between your lung.",
                          "Your chest wall."], sentence)
    assert any(p.startswith("row 'Where fluid leaks into the space between your lung.'")
               for p in problems), problems


def test_which_thing_to_use_is_never_cut_from_its_to():
    """ "This leaflet tells you which eye drops to use after your cataract operation, ..." became
    "This leaflet tells you which eye drops." over "This is to use after your cataract
    operation ...": what to use was read as the leaflet's purpose."""
    sentence = ("This sheet tells you which nose drops to use after your sinus operation, when to "
                "use them and for how long.")
    rows = _split(sentence)
    assert not any(row.endswith("which nose drops.") for row in rows), rows
    assert not any(row.startswith("This is to") for row in rows), rows
    problems = _problems(["This sheet tells you which nose drops.",
                          "This is to use after your sinus operation, when to use them and for "
                          "how long."], sentence)
    assert any(p.startswith("row 'This sheet tells you which nose drops.'") for p in problems), (
        problems)


_RECORD_LEAFLET = """---
number: 9932
version: 1
title: Checking your blood sugar in pregnancy
department: Maternity
audience: Information for Patients
last_reviewed: 2025-03
next_review: 2028-03
language: en-GB
---

## Your record

Write your results in the table and bring it to every clinic appointment.

| Day | Before breakfast | After lunch |
|---|---|---|
| Monday |  |  |
| Tuesday |  |  |

## Your doses

| Medicine | Morning | Evening |
|---|---|---|
| Metformin | 500 mg | 500 mg |
| Insulin | 4 units |  |
"""


def test_a_record_tables_columns_to_write_in_are_kept_as_blanks(tmp_path):
    """A blood sugar record ("Day | Before breakfast | After lunch" over empty rows) came out as
    "Day: Monday." and "Day: Tuesday." alone: the columns the reader was told to write their
    results in were gone. A column empty in every row is for writing in, each cell a blank;
    a cell left empty among filled ones ("Insulin" in the evening) means nothing to do."""
    path = tmp_path / "9932-checking-your-blood-sugar-in-pregnancy.md"
    path.write_text(_RECORD_LEAFLET, encoding="utf-8")
    said = [row.plain for row in draft(load_leaflet(path)).rows()]
    monday = said.index("Day: Monday.")
    assert said[monday + 1 : monday + 3] == [
        "Before breakfast: (blank to fill in).", "After lunch: (blank to fill in).",
    ], said
    assert "Evening: (blank to fill in)." not in said, said


_DOSE_CHART_LEAFLET = """---
number: "4471"
version: 2
title: Your heart medicines
department: Cardiology
audience: Information for patients
next_review: 2027-06
---

## Your medicines chart

| Medicine | Breakfast | Lunch | Teatime | Bedtime |
|---|---|---|---|---|
| Bisoprolol 2.5mg | 1 tablet |  |  |  |
| Simvastatin 40mg |  |  |  | 1 tablet |
| Furosemide 40mg | 1 tablet |  | 1 tablet |  |
"""


def test_an_empty_column_of_a_dose_chart_is_nothing_to_take_never_a_blank(tmp_path):
    """A medicines chart ("Medicine | Breakfast | Lunch | Teatime | Bedtime") whose Lunch column
    is empty in every row gave each medicine the row "Lunch: (blank to fill in).", a field the
    leaflet never had, while the empty Teatime cells were left out: where the table's other
    columns say something, an empty column says nothing is taken then, as any empty cell
    does; only a record whose rows hold nothing but their names is written in."""
    path = tmp_path / "4471-your-heart-medicines.md"
    path.write_text(_DOSE_CHART_LEAFLET, encoding="utf-8")
    said = [row.plain for row in draft(load_leaflet(path)).rows()]
    assert not any("blank" in row or row.startswith("Lunch") for row in said), said
    bisoprolol = said.index("Medicine: Bisoprolol 2.5 mg. Breakfast: 1 tablet.")
    assert said[bisoprolol + 1] == "Medicine: Simvastatin 40 mg. Bedtime: 1 tablet.", said


_TICK_CHART = """## Your tablets

| Tablet | Morning | Lunch | Evening |
|---|---|---|---|
| Prednisolone 5mg | ✓ |  |  |
| Bisoprolol 2.5mg | ✓ |  | ✓ |
| Paracetamol 500mg | 2 tablets | 2 tablets | 2 tablets |

{explained}

## Side effects

You may feel sick for the first few days.
"""


@pytest.mark.parametrize(
    "explained",
    ["A tick (✓) means take one tablet at that time.", "A tick means take one tablet then."],
)
def test_a_tick_in_a_chart_says_what_the_leaflet_says_a_tick_means(tmp_path, explained):
    """A medicines chart's ticks came out "Morning: ✓." beside the plain picture, and what a
    tick means ("A tick (✓) means take one tablet at that time.") only after the last
    medicine: read a row at a time, "Morning: ✓." says nothing. Each tick is said as the
    leaflet explains it, the time left to the column's name; cells of other words keep them."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "5580-your-tablets", "Pharmacy",
                          _TICK_CHART.format(explained=explained))
    rows = draft(load_leaflet(source)).rows()
    said = [row.plain for row in rows]
    assert not any("✓." in row for row in said if row != explained), said
    # (a table row of facts is one row, `_Drafter.rows_for_table`)
    bisoprolol = said.index(
        "Tablet: Bisoprolol 2.5 mg. Morning: take one tablet. Evening: take one tablet."
    )
    assert rows[bisoprolol].picture.shows == "a pill", rows[bisoprolol].picture
    assert ("Tablet: Paracetamol 500 mg. Morning: 2 tablets. Lunch: 2 tablets. Evening: 2 "
            "tablets.") in said, said
    # unexplained, a tick stays the leaflet's own mark
    source = write_source(tmp_path, "5581-your-tablets", "Pharmacy",
                          _TICK_CHART.format(explained="Bring this chart to clinic."))
    assert "Tablet: Prednisolone 5 mg. Morning: ✓." in [
        row.plain for row in draft(load_leaflet(source)).rows()
    ]


def test_a_sentence_explaining_ticks_each_said_as_its_meaning_is_left_out(tmp_path):
    """A stroke leaflet's chart had each tick said as its meaning ("Morning: take one
    tablet."), and then still the row "A tick (✓) means take one tablet at that time.",
    explaining marks the Easy Read reader never sees. Where every tick in the chart was said
    as its meaning the sentence is left out, and the check does not miss it; a chart with a
    tick among other words ("✓ with food"), which stays as written, keeps it."""
    from leaflet_files import write_source

    from pipeline.formats.easy_read import EasyReadSettings, check_easy_read, write_easy_read

    explained = "A tick (✓) means take one tablet at that time."
    source = write_source(tmp_path, "5582-your-tablets", "Pharmacy",
                          _TICK_CHART.format(explained=explained))
    leaflet = load_leaflet(source)
    said = [row.plain for row in draft(leaflet).rows()]
    assert "Tablet: Prednisolone 5 mg. Morning: take one tablet." in said, said
    assert not any("tick" in row.lower() for row in said), said
    assert check_meaning(said, leaflet_sentences(leaflet)) == []
    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    report = check_easy_read(leaflet, EasyReadSettings(), [path])
    assert not any("tick" in said for said in report.findings + report.problems), report
    # a tick left in a cell of words still needs the sentence that explains it
    chart = _TICK_CHART.replace("| Prednisolone 5mg | ✓ |", "| Prednisolone 5mg | ✓ with food |")
    source = write_source(tmp_path, "5583-your-tablets", "Pharmacy",
                          chart.format(explained=explained))
    said = [row.plain for row in draft(load_leaflet(source)).rows()]
    assert explained in said, said


def test_a_space_for_notes_is_one_row_with_its_lines(tmp_path):
    """A notes page's ten ruled lines had been ten rows "(blank to fill in)": one row says
    there is space to write, and the document draws its lines under it."""
    from docx import Document
    from leaflet_files import NOTES_PAGE, write_source

    from pipeline.formats.easy_read import EasyReadSettings, check_easy_read, write_easy_read

    source = write_source(tmp_path, "5120-after-your-colonoscopy", "Endoscopy Unit", NOTES_PAGE)
    leaflet = load_leaflet(source)
    said = [row.plain for row in draft(leaflet).rows()]
    assert not any("blank" in row for row in said), said
    assert [row for row in said if "space to write in" in row] == [
        "Notes: (space to write in: 10 lines)."
    ], said
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, tmp_path)
    (cell,) = [
        cell for table in Document(str(files[0])).tables for row in table.rows
        for cell in row.cells if "space to write in" in cell.text
    ]
    ruled = [p for p in cell.paragraphs[1:] if not p.text and "<w:pBdr>" in p._p.xml]
    assert len(ruled) == 11  # ten rules, each between two of them
    report = check_easy_read(leaflet, settings, files)
    assert report.passed, report.problems


def test_a_condition_the_parser_runs_to_the_full_stop_ends_before_the_instruction():
    """ "If you have a temperature of 37.5°C or above, or you need antibiotics for an infection,
    double your usual daily dose of steroid until you are better" (steroid sick day rules)
    became "If you have ..., double your usual daily dose of steroid:" over "Until you are
    better.": the parser took "double" for no verb and ran the condition to the full stop, so
    the instruction was made the lead-in and its "until" a row alone."""
    for sentence in (
        "If you have a temperature of 37.5°C or above, or you need antibiotics for an "
        "infection, double your usual daily dose of steroid until you are better.",
        "If your child has a temperature of 38°C or above, or they are being sick, double "
        "their usual dose of hydrocortisone until they are better.",
    ):
        rows = _split(sentence)
        assert not any(row.lower().startswith("until") for row in rows), rows
        assert not any(row.endswith(":") and "double" in row.lower() for row in rows), rows
        assert any(row.startswith("Double") and "until" in row for row in rows), rows
        assert sorted(numbers(" ".join(rows))) == sorted(numbers(sentence)), rows
        assert _problems(rows, sentence) == [], rows


def test_a_do_not_never_reaches_an_instruction_of_its_own_after_and():
    """An antibiotics leaflet's "Do not give your antibiotics to anyone else, and take any you
    have left over to a pharmacy" was drafted "Do not take any you have left over to a
    pharmacy.": the "not" shared over the list reached the second instruction, which the
    meaning check already reads as its own (`grammar.instruction_parts`)."""
    sentence = ("Do not give your antibiotics to anyone else, and take any you have left over "
                "to a pharmacy.")
    rows = _split(sentence)
    assert not any(row.startswith("Do not take") for row in rows), rows
    assert _problems(rows, sentence) == [], rows
    # a list of actions still shares it
    assert _split("Remember not to hold your breath, squeeze your legs together or tense "
                  "anywhere else.") == ["Do not hold your breath.",
                                         "Do not squeeze your legs together.",
                                         "Do not tense anywhere else."]


def test_a_do_not_before_a_comma_never_reaches_what_to_do_instead():
    """A fainting leaflet's "If you feel faint, do not stand up, sit down and put your head
    between your knees" was drafted "Do not stand up." over "Do not sit down and put your head
    between your knees.", forbidding what the patient must do: after a bare comma the words
    may say what to do instead, so only a list ending in "or" or ", and" shares its "not", and
    the sentence otherwise stays as the leaflet says it."""
    for sentence in (
        "If you feel faint, do not stand up, sit down and put your head between your knees.",
        "Do not rub your eye, rinse it with clean water and see your GP if it stays red.",
    ):
        rows = _split(sentence)
        assert not any(re.match(r"Do not (?:sit|rinse|see)", row) for row in rows), rows
        assert _problems(rows, sentence) == [], rows
    # a list ending in "or" still shares it
    assert _split("Never lift heavy things, push a vacuum cleaner or drive a car.") == [
        "Never lift heavy things.", "Never push a vacuum cleaner.", "Never drive a car."]


def test_an_avoid_or_stop_over_a_list_is_on_every_row_made_of_it():
    """A hip replacement leaflet's "In the first 6 weeks, avoid sitting in low chairs, crossing
    your legs or bending forward too far" was drafted "Avoid sitting in low chairs." over "Cross
    your legs or bending forward too far.": the cut at the comma left the "avoid" behind, telling
    the patient to cross their legs. Each doing of the list keeps its own "avoid" (or "stop"),
    or the sentence stays whole."""
    hip = ("In the first 6 weeks, avoid sitting in low chairs, crossing your legs or bending "
           "forward too far.")
    rows = _split(hip)
    assert rows == ["In the first 6 weeks:", "Avoid sitting in low chairs.",
                    "Avoid crossing your legs.", "Avoid bending forward too far."]
    _keeps_facts(hip, rows)
    assert _split(hip.replace("In the first 6 weeks, avoid", "Avoid")) == rows[1:]
    for sentence in (
        "Try to avoid sitting for long periods, lifting heavy objects or twisting your back.",
        "You should stop smoking, drinking alcohol and eating fatty foods after your heart "
        "surgery.",
        "Never cross your legs, sit in a low chair or bend forward to pick things up.",
        "Try not to lift heavy things, push a vacuum cleaner or carry shopping bags for 6 weeks.",
        "Avoid pushing a lawnmower, carrying heavy shopping or lifting children for at least 6 "
        "weeks after your operation.",
        "Avoid sitting in low chairs, crossing your legs or standing for long periods, and keep "
        "your hip exercises going every day.",
    ):
        rows = _split(sentence)
        assert sorted(numbers(" ".join(rows))) == sorted(numbers(sentence)), rows
        for row in rows:
            # no row tells the reader to do a thing the sentence bans
            assert not row.startswith(("Cross", "Sit ", "Lift", "Twist", "Push", "Carry", "Bend",
                                       "Drink", "Eat", "Stand")), rows
    # what the reader is asked to try keeps its "try" on every row: a bare "Avoid sitting for
    # long periods." had made a spinal patient's aim a rule
    spine = "Try to avoid sitting for long periods, lifting heavy objects or twisting your back."
    rows = _split(spine)
    assert rows == ["Try to avoid sitting for long periods.", "Try to avoid lifting heavy objects.",
                    "Try to avoid twisting your back."]
    _keeps_facts(spine, rows)
    assert _split(f"You should t{spine[1:]}") == rows
    _keeps_facts(f"You should t{spine[1:]}", rows)
    hernia = "Try not to lift heavy things, push a vacuum cleaner or carry shopping bags."
    rows = _split(hernia)
    assert rows == ["Try not to lift heavy things.", "Try not to push a vacuum cleaner.",
                    "Try not to carry shopping bags."]
    _keeps_facts(hernia, rows)
    # a list of things, or doings sharing one object, stay one row
    for sentence in (
        "Avoid alcohol, caffeine and fizzy drinks.",
        "Avoid lifting, twisting or bending your back.",
    ):
        assert _split(sentence) == [sentence]
    # an instruction of its own after a "stop" is no doing it ends, and is a row of its own
    assert _split("Stop taking methotrexate and get in touch with the rheumatology helpline on "
                  "0116 258 5080.") == [
        "Stop taking methotrexate.",
        "Get in touch with the rheumatology helpline on 0116 258 5080.",
    ]


def test_the_day_after_an_event_is_a_time_never_a_lead_in():
    """A post-natal leaflet's "Start your pelvic floor exercises as soon as you feel comfortable,
    such as the day after your baby is born" became "After your baby is born:" over "Start your
    pelvic floor exercises as soon as you feel comfortable, such as the day.": "the day after
    ..." names a day, as "2 weeks after ..." names a time; it is no condition to lead in."""
    for sentence in (
        "Start your pelvic floor exercises as soon as you feel comfortable, such as the day "
        "after your baby is born.",
        "Stop eating at 9pm and only have sips of water the night before your operation in the "
        "morning.",
    ):
        rows = _split(sentence)
        assert not any(row.startswith(("After ", "Before ")) for row in rows), rows
        assert not any(row.rstrip(".").endswith((" the day", " the night")) for row in rows), rows


def test_examples_that_are_doings_stay_one_list():
    """A dementia carers' leaflet's "Keep to a daily routine, such as getting up, eating and
    going to bed at the same times each day" gave "Keep to a daily routine eating and going to
    bed at the same times each day." over "For example, getting up.": the examples are things
    done ("getting up, eating and going to bed"), so "eating" after the comma is one more of
    them, not the sentence going on."""
    sentence = ("Keep to a daily routine, such as getting up, eating and going to bed at the same "
                "times each day.")
    rows = _split(sentence)
    assert "For example, getting up." not in rows, rows
    assert not any(row.startswith("Keep to a daily routine eating") for row in rows), rows
    assert not any(row.startswith(("Eat ", "Eating ")) for row in rows), rows
    assert _problems(rows, sentence) == [], rows


def test_a_purpose_is_never_cut_from_an_action_its_subject_does_after_it():
    """A carers' leaflet's "It gives you ideas to help with everyday life and tells you where to
    get support" became "It gives you ideas." over "This is to help with everyday life and
    tells you where to get support.": the leaflet tells, not the purpose. A purpose whose
    "and" joins an action of the subject is not cut there, and the check names such a row."""
    for sentence in (
        "It gives you ideas to help with everyday life and tells you where to get support.",
        "This booklet uses simple pictures to explain what happens on the day of your operation "
        "and shows you what to bring.",
    ):
        rows = _split(sentence)
        assert not any(row.startswith("This is to") or row.startswith("This helps")
                       for row in rows), rows
        assert _problems(rows, sentence) == [], rows
    sentence = "It gives you ideas to help with everyday life and tells you where to get support."
    garbled = ["It gives you ideas.",
               "This is to help with everyday life and tells you where to get support."]
    assert any("joins 'tells' to the purpose 'to help'" in p
               for p in _problems(garbled, sentence))
    # a purpose with nothing after it is still its own row
    assert _split("You have had a plaster cast put on to hold your bone still while it heals "
                  "and gets stronger again.")[1].startswith("This is to hold your bone still")


def test_a_lead_in_is_the_condition_only_never_what_follows_from_it():
    """An antibiotics leaflet's "If you have diarrhoea, the contraceptive pill may not work, so
    use condoms as well for 7 days" led in with "If you have diarrhoea, the contraceptive pill
    may not work:" over "So use condoms as well for 7 days.": the lead-in ended in a statement.
    The condition leads in alone, what follows from it and what to do each a row under it; an
    author's row like the old lead-in is named by the check."""
    sentence = ("If you have diarrhoea, the contraceptive pill may not work, so use condoms as "
                "well for 7 days.")
    assert _split(sentence) == ["If you have diarrhoea:", "The contraceptive pill may not work.",
                                "Use condoms as well for 7 days."]
    assert _problems(_split(sentence), sentence) == []
    rows = _split("If your wound is red, hot or swollen, it may be infected, so call the ward on "
                  "0161 555 0123 straight away.")
    assert rows[0] == "If your wound is red, hot or swollen:", rows
    # a list of conditions is still one lead-in
    assert _split("If you have a high temperature, a cough or unexpected bruising, call the "
                  "ward straight away.")[0] == ("If you have a high temperature, a cough or "
                                                "unexpected bruising:")
    garbled = ["If you have diarrhoea, the contraceptive pill may not work:",
               "So use condoms as well for 7 days."]
    assert any("is a lead-in that says what happens" in p for p in _problems(garbled, sentence))


def test_a_condition_that_leaves_out_its_verb_stays_with_its_one_action():
    """A carers' leaflet's "Take breaks when you can, and ask friends or family to sit with the
    person for a few hours" became "When you can:" over "Take breaks." and "Ask friends or
    family ...": "when you can" is "when you can take breaks", and the asking does not wait for
    it. It stays with the breaks; the check names the old lead-in."""
    sentence = ("Take breaks when you can, and ask friends or family to sit with the person for a "
                "few hours.")
    rows = _split(sentence)
    assert rows == ["Take breaks when you can.",
                    "Ask friends or family to sit with the person for a few hours."]
    assert _problems(rows, sentence) == []
    garbled = ["When you can:", "Take breaks.",
               "Ask friends or family to sit with the person for a few hours."]
    assert any("leaves out its verb" in p for p in _problems(garbled, sentence))
    # a condition with its verb still leads in over both
    assert _split("Stop if your knee becomes hot, red or very swollen, and contact your GP "
                  "straight away.")[0] == "If your knee becomes hot, red or very swollen:"


def test_what_a_thing_has_keeps_where_it_has_it():
    """ "A thin, flexible tube with a camera on the end is passed into your back passage" had
    given "A thin, bendy tube on the end is passed into your back passage." / "The tube has a
    camera.": the parser gave "on the end" to the tube, and it stayed behind, the tube "on the
    end". What the thing has goes whole to its own row."""
    from pipeline.formats.easy_read.drafter import what_it_has_as_row

    for sentence, has in (
        ("A thin, flexible tube with a camera on the end is passed into your back passage.",
         "The tube has a camera on the end."),
        ("A thin, bendy tube with a camera on the end is passed into your back passage.",
         "The tube has a camera on the end."),
        ("A thin, bendy tube with a small camera on the end is passed through your mouth.",
         "The tube has a small camera on the end."),
    ):
        rows = what_it_has_as_row(sentence, 12)
        assert rows is not None and rows[1] == has, rows
        assert "on the end" not in rows[0], rows


def test_conditions_listed_after_if_lead_in_together_over_what_to_do():
    """A GP leaflet's "If you cannot get through, your GP surgery is closed or it is the weekend,
    call NHS 111" became "If you cannot get through:" over "Your GP surgery is closed or it is
    the weekend, call NHS 111.": the parser took "closed" for the main verb, and the row said
    as a fact what the sentence gave as one more condition. Conditions listed with commas and
    "or" lead in together; the check names the old pair, and the old row alone."""
    sentence = ("If you cannot get through, your GP surgery is closed or it is the weekend, call "
                "NHS 111.")
    rows = _split(sentence)
    assert rows == ["If you cannot get through, your GP surgery is closed or it is the weekend:",
                    "Call NHS 111."]
    _keeps_facts(sentence, rows)
    for other, lead in (
        ("If the bleeding does not stop after 10 minutes, your wound opens or it smells bad, "
         "please ring the ward on 0161 555 0100.",
         "If the bleeding does not stop after 10 minutes, your wound opens or it smells bad:"),
        ("If your child is under 3 months, has a temperature of 38°C or higher or seems floppy, "
         "call 111 now.",
         "If your child is under 3 months, has a temperature of 38°C or higher or seems floppy:"),
    ):
        rows = _split(other)
        assert rows[0] == lead, rows
        assert _problems(rows, other) == [], rows
    # what follows from the condition is still no part of it
    assert _split("If you have diarrhoea, the contraceptive pill may not work, so use condoms "
                  "for 7 days.")[0] == "If you have diarrhoea:"
    garbled = ["If you cannot get through:",
               "Your GP surgery is closed or it is the weekend, call NHS 111."]
    assert _problems(garbled, sentence), garbled
    assert _problems(garbled[1:], sentence), garbled
    # with "when" too, a condition the check of a cut "if" does not hold
    child = ("When your child is drowsy, their breathing is fast or their skin looks blotchy, "
             "call 999.")
    assert _split(child) == [
        "When your child is drowsy, their breathing is fast or their skin looks blotchy:",
        "Call 999."]
    assert _problems(_split(child), child) == []
    garbled = ["When your child is drowsy:",
               "Their breathing is fast or their skin looks blotchy, call 999."]
    assert any("part of its sentence's condition" in p and "its 'when'" in p
               for p in _problems(garbled, child))


def test_each_listed_condition_row_is_a_whole_clause():
    """An antibiotic leaflet's "Stop taking the antibiotic and call 999 if you get a rash,
    swelling of your lips or face, or difficulty breathing" gave the row "You difficulty
    breathing.": "you" was carried to the last thing of the list, its verb was not. The things
    stay one list under their verb; the check names a "you" with no verb."""
    sentence = ("Stop taking the antibiotic and call 999 if you get a rash, swelling of your lips "
                "or face, or difficulty breathing.")
    rows = _split(sentence)
    assert rows == ["Stop taking the antibiotic and call 999 if:",
                    "You get a rash, swelling of your lips or face, or difficulty breathing."]
    _keeps_facts(sentence, rows)
    other = ("Ring the ward on 0161 555 0123 if you have a high temperature, a new cough, or "
             "severe pain in your tummy.")
    assert _split(other)[1:] == [
        "You have a high temperature, a new cough, or severe pain in your tummy."]
    # conditions that are clauses are still a row each
    clauses = ("Call the team on 0114 226 5000 if your skin breaks, weeps or blisters, or if you "
               "have a temperature of 38°C or above.")
    assert _split(clauses)[1:] == ["Your skin breaks, weeps or blisters.",
                                   "You have a temperature of 38°C or above."]
    garbled = ["Stop taking the antibiotic and call 999 if:",
               "You get a rash, swelling of your lips or face.", "You difficulty breathing."]
    assert any("'you' with no verb" in p for p in _problems(garbled, sentence))
    for whole in ("You only need one dose.", "You may feel sick.", "You all need to wear a mask."):
        assert _problems([whole], whole) == []


def test_a_purpose_keeps_its_second_verb():
    """A leaflet on a broken ankle had "Keep your leg raised on a pillow to help the swelling go
    down and reduce the pain" cut into "... to help the swelling go down." and "Reduce the
    pain.": what the raised leg does made a thing to do. A verb joined inside a purpose stays in
    it; the check names a row that makes it an instruction."""
    sentence = ("Keep your leg raised on a pillow to help the swelling go down and reduce the "
                "pain.")
    rows = _split(sentence)
    assert "Reduce the pain." not in rows, rows
    assert rows[-1].endswith("go down and reduces the pain."), rows  # said of "this" (below)
    _keeps_facts(sentence, rows)
    ice = ("Put an ice pack on your knee for 20 minutes to reduce the swelling and ease the "
           "pain.")
    assert "Ease the pain." not in _split(ice)
    _keeps_facts(ice, _split(ice))
    assert _problems(["Keep your leg raised on a pillow to help the swelling go down.",
                      "Reduce the pain."], sentence)
    assert any("what an action is for" in p for p in _problems(
        ["Put an ice pack on your knee for 20 minutes to reduce the swelling.",
         "Ease the pain."], ice))


def test_things_and_a_shared_subject_listed_after_if_lead_in_together():
    """A head injury sheet's "If you get a headache that keeps getting worse, weakness in your
    arms or legs, or clear fluid coming from your ears or nose, call 999" led in with the
    headache alone over "Weakness in your arms or legs, ..., call 999." ("call" read as the
    weakness's verb), and a fever leaflet's "If your child is not drinking, has not had a wet
    nappy for 12 hours, or the fever lasts more than 5 days, contact your GP" over "Has not had
    a wet nappy ...": the check passed both. Every listed sign leads in; the check names the
    old rows, and the instruction in its plain words is still the reader's."""
    for sentence, lead, told in (
        ("If you get a headache that keeps getting worse, weakness in your arms or legs, or "
         "clear fluid coming from your ears or nose, call 999.",
         "If you get a headache that keeps getting worse, weakness in your arms or legs, or "
         "clear fluid coming from your ears or nose:", "Call 999."),
        ("If your child is not drinking, has not had a wet nappy for 12 hours, or the fever "
         "lasts more than 5 days, contact your GP.",
         "If your child is not drinking, has not had a wet nappy for 12 hours, or the fever "
         "lasts more than 5 days:", "Get in touch with your GP."),
    ):
        rows = _split(sentence)
        assert rows == [lead, told], rows
        assert _problems(rows, sentence) == [], rows
    headache = ("If you get a headache that keeps getting worse, weakness in your arms or legs, "
                "or clear fluid coming from your ears or nose, call 999.")
    assert _problems(["If you get a headache that keeps getting worse:",
                      "Weakness in your arms or legs, or clear fluid coming from your ears or "
                      "nose, call 999."], headache)
    assert _problems(["If your child is not drinking:",
                      "Has not had a wet nappy for 12 hours, or the fever lasts more than 5 "
                      "days, get in touch with your GP."], sentence)


def test_a_purpose_after_examples_stays_with_its_instruction():
    """A head injury sheet's "Rest quietly and avoid screens such as phones and computers to
    help your brain recover and ease your headache" became "Rest quietly and avoid screens."
    over "For example, phones and computers to help your brain recover and ease your
    headache.": the phones were to help the brain. Examples followed by what the instruction
    is for are not cut off with it (the sentence stays whole, for a person, rather than "Ease
    your headache." made a task); the check names the old examples row."""
    sentence = ("Rest quietly and avoid screens such as phones and computers to help your brain "
                "recover and ease your headache.")
    rows = _split(sentence)
    assert not any(row.startswith("For example") for row in rows), rows
    assert not any(row.startswith("Ease") for row in rows), rows
    assert _problems(rows, sentence) == [], rows
    garbled = ["Rest quietly and avoid screens.",
               "For example, phones and computers to help your brain recover and ease your "
               "headache."]
    assert any("gives its examples what the instruction is for" in p
               for p in _problems(garbled, sentence))
    # examples with no purpose after them are still a row of their own
    fibre = ("Eat foods that are high in fibre, such as wholemeal bread, fruit and vegetables, "
             "to help you open your bowels.")
    assert _split(fibre)[-1] == "This helps you open your bowels."


def test_what_to_take_before_but_do_not_keeps_no_not():
    """ "Take paracetamol for a headache, but do not take ibuprofen or aspirin for the first 48
    hours unless a doctor tells you to" was cut rightly, yet the check said "Take paracetamol
    for a headache." had lost its "not": the "not" after ", but" is the second instruction's
    only. A row that drops that one is still named."""
    sentence = ("Take paracetamol for a headache, but do not take ibuprofen or aspirin for the "
                "first 48 hours unless a doctor tells you to.")
    rows = ["Take paracetamol for a headache.",
            "Do not take ibuprofen or aspirin for the first 48 hours unless a doctor tells you "
            "to."]
    assert _problems(rows, sentence) == []
    assert any("lost its 'not'" in p for p in _problems(
        ["Take paracetamol for a headache.", "Take ibuprofen or aspirin for the first 48 hours "
         "unless a doctor tells you to."], sentence))


def test_what_to_take_at_its_own_time_after_a_list_of_choices_banned_keeps_no_not():
    """ "Do not eat or drink anything after midnight and take your usual tablets with a sip of
    water at 7am." was drafted rightly ("After midnight:" / "Do not eat or drink anything." /
    "Take your usual tablets ... at 7am."), yet the check said the last row had lost its "not":
    the parser hangs "take" on "drink", as a third thing banned. After a list of choices joined
    by "or", a verb joined by "and" is held as any verb after "and" is: its own instruction
    where each says its own time ("after midnight", "at 7am"). A row that drops the ban, or
    bans the tablets, is still named; with no time of its own the "not" still reaches."""
    sentence = ("Do not eat or drink anything after midnight and take your usual tablets with a "
                "sip of water at 7am.")
    rows = _split(sentence)
    assert rows == ["After midnight:", "Do not eat or drink anything.",
                    "Take your usual tablets with a sip of water at 7am."]
    _keeps_facts(sentence, rows)
    assert any("lost its 'not'" in p for p in _problems(
        [rows[0], "Eat or drink anything.", rows[2]], sentence))
    assert any("gained a 'not'" in p for p in _problems(
        [*rows[:2], "Do not take your usual tablets with a sip of water at 7am."], sentence))
    shared = "Do not smoke or drink alcohol and drive a car."
    assert any("lost its 'not'" in p for p in _problems(
        ["Do not smoke or drink alcohol.", "Drive a car."], shared))


def test_a_bare_call_after_or_is_the_readers_never_the_subject_before_it():
    """A self-care leaflet's "If you are worried, your GP or practice nurse can help, or call NHS
    111 for advice straight away" gave "Your GP or practice nurse can call NHS 111 for advice
    straight away.": the reader was to call, the draft had the GP call. A bare "call", "ring",
    "phone", "go" or "contact" after ", or" that follows a clause with its own subject is the
    reader's; the check names the old row. After "you can" the choice stays the reader's."""
    for sentence, told in (
        ("If you are worried, your GP or practice nurse can help, or call NHS 111 for advice "
         "straight away.", "Or call NHS 111 for advice straight away."),
        ("If your wound is sore, your pharmacist can give you advice, or ring the ward on "
         "0161 555 0123 at any time.", "Or ring the ward on 0161 555 0123 at any time."),
        ("Most people feel better within a week, or contact your GP if you still feel unwell "
         "after 2 weeks.", "Or get in touch with your GP if you still feel unwell after 2 weeks."),
    ):
        rows = _split(sentence)
        assert rows[-1] == told, rows
        _keeps_facts(sentence, rows)
    worried = ("If you are worried, your GP or practice nurse can help, or call NHS 111 for "
               "advice straight away.")
    assert any("says gp will 'call'" in p for p in _problems(
        ["If you are worried:", "Your GP or practice nurse can help.",
         "Your GP or practice nurse can call NHS 111 for advice straight away."], worried))
    choice = ("If the pain gets worse, you can take more painkillers, or call the ward on "
              "0161 555 0123.")
    assert _split(choice)[-1] == "Or you can call the ward on 0161 555 0123."


def test_conditions_listed_before_or_are_one_a_row():
    """A colonoscopy leaflet's "Call us straight away if you pass a lot of blood, have severe
    tummy pain, or have a high temperature after the test" gave the row "You pass a lot of
    blood, have severe tummy pain.": the "or" lost, the two read as both needed. Each listed
    condition is its own row; a list whose last part has its own "or" stays one row; the check
    names a row that joins conditions with a bare comma where its sentence says "or"."""
    sentence = ("Call us straight away if you pass a lot of blood, have severe tummy pain, or "
                "have a high temperature after the test.")
    rows = _split(sentence)
    assert rows == ["Call us straight away if:", "You pass a lot of blood.",
                    "You have severe tummy pain.", "You have a high temperature after the test."]
    _keeps_facts(sentence, rows)
    chest = "Go to A&E if you have chest pain, feel short of breath, or cough up blood."
    rows = _split(chest)
    assert "You have chest pain." in rows and "You feel short of breath." in rows, rows
    _keeps_facts(chest, rows)
    garbled = ["Call us straight away if:", "You pass a lot of blood, have severe tummy pain.",
               "You have a high temperature after the test."]
    assert any("bare comma where its sentence says 'or'" in p
               for p in _problems(garbled, sentence))


def test_where_how_often_and_when_after_examples_stay_with_the_instruction():
    """An eczema leaflet's "Use a moisturiser such as aqueous cream or E45 on your skin twice a
    day after you wash" gave "Use a moisturiser." over "For example, aqueous cream or E45 on your
    skin twice a day after you wash.": where, how often and when were said of the examples,
    and the instruction lost them. Words after the examples that are the instruction's keep the
    sentence whole (for a person); the check names an examples row holding any of them."""
    for sentence in (
        "Use a moisturiser such as aqueous cream or E45 on your skin twice a day after you wash.",
        "Eat foods that are high in fibre, such as wholemeal bread, fruit and vegetables, every "
        "day.",
    ):
        rows = _split(sentence)
        assert not any(row.startswith("For example") for row in rows), rows
        assert _problems(rows, sentence) == [], rows
    sentence = ("Use a moisturiser such as aqueous cream or E45 on your skin twice a day after "
                "you wash.")
    for examples, held in (
        ("For example, aqueous cream or E45 on your skin twice a day after you wash.",
         "on your skin"),
        ("For example, aqueous cream or E45 twice a day.", "twice a day"),
        ("For example, aqueous cream or E45 after you wash.", "after you wash"),
    ):
        assert any(f"how often, when or where ('{held}')" in p
                   for p in _problems(["Use a moisturiser.", examples], sentence)), examples
    # examples that end the sentence are still a row of their own
    assert _split("Ask your pharmacist about a medicine to stop you being sick, such as "
                  "cyclizine or ondansetron.")[-1] == "For example, cyclizine or ondansetron."


def test_what_a_thing_looks_or_feels_like_is_never_cut_off_as_examples():
    """A sepsis leaflet's "It can be hard to spot sepsis in children because the signs can look
    like a cold or a tummy bug" gave "... because the signs can look." over "For example, a cold
    or a tummy bug.", and the check passed it: the "like" after "look", "feel" or "seem" (or
    opening a clause, "like there is sand in it") completes the verb and is no examples. The
    sentence keeps its likeness; the check names a row ending at such a verb and an examples
    row made of its likeness. Examples of a thing ("activities like running") are still cut."""
    for sentence, kept in (
        ("It can be hard to spot sepsis in children because the signs can look like a cold or "
         "a tummy bug.", "look like a cold or a tummy bug"),
        ("In the first few days after your operation your eye may feel like there is sand or "
         "grit in it.", "feel like there is sand or grit in it"),
        ("For a day or two after the test your poo may look a bit like black tar, and this is "
         "normal.", "look a bit like black tar"),
    ):
        rows = _split(sentence)
        assert not any(row.startswith("For example") for row in rows), rows
        assert any(kept in row for row in rows), rows
        assert _problems(rows, sentence) == [], rows
    sentence = ("It can be hard to spot sepsis in children because the signs can look like a cold "
                "or a tummy bug.")
    cut = ["It can be hard to spot sepsis in children because the signs can look.",
           "For example, a cold or a tummy bug."]
    problems = _problems(cut, sentence)
    assert any(cut[0] in p and "ends at 'look'" in p for p in problems), problems
    assert any(cut[1] in p and "what its sentence says a thing is like" in p
               for p in problems), problems
    rows = _split("Avoid heavy activities like running, jumping or carrying shopping for the first "
                  "2 weeks after you go home, to let your wound heal.")
    assert not any("is like" in p for p in _problems(rows, "Avoid heavy activities like running, "
                   "jumping or carrying shopping for the first 2 weeks after you go home, to let "
                   "your wound heal.")), rows
    rows = _split("Ask the pharmacist for a cream to ease the itching, like calamine lotion or "
                  "an antihistamine gel.")
    assert rows[-1] == "For example, calamine lotion or an antihistamine gel.", rows


def test_what_else_a_person_may_do_after_or_keeps_its_subject_and_its_or():
    """A referral leaflet's "Your GP may refer you to a specialist, or contact the hospital for
    advice" gave "Or get in touch with the hospital for advice.": what else the GP may do made a
    task for the reader. After a clause saying what its subject may or will do, and before an
    object that is the reader ("or phone you at home"), the verb after ", or" is that subject's
    and its row says so, keeping the "or" (without it the person did both); after "can help" it
    is still the reader's way to help (test above). The check names the reader's row."""
    for sentence, told in (
        ("Your GP may refer you to a specialist, or contact the hospital for advice.",
         "Or your GP may get in touch with the hospital for advice."),
        ("Your consultant can see you in clinic, or phone you at home.",
         "Or your consultant can phone you at home."),
        ("The nurse will check your wound, or change the dressing if it is wet.",
         "Or the nurse will change the dressing if it is wet."),
        ("Some people feel sick or have a sore mouth.", "Or some people have a sore mouth."),
        # a thing's word loses the capital of its sentence's start; a name keeps it
        ("Food may taste different or have no taste at all.",
         "Or food may have no taste at all."),
        ("Macmillan may help you, or give you a grant for your heating bills.",
         "Or Macmillan may give you a grant for your heating bills."),
    ):
        rows = _split(sentence)
        assert rows[-1] == told, rows
        _keeps_facts(sentence, rows)
    referral = "Your GP may refer you to a specialist, or contact the hospital for advice."
    assert any("says the reader will 'get'" in p for p in _problems(
        ["Your GP may refer you to a specialist.", "Or get in touch with the hospital for advice."],
        referral))
    assert any("'phone'" in p for p in _problems(
        ["Your consultant can see you in clinic.", "Or phone you at home."],
        "Your consultant can see you in clinic, or phone you at home."))


def test_a_purpose_said_after_a_thing_kept_keeps_its_second_verb():
    """A fracture clinic's "Keep your arm in the sling to help the bone heal and stop it moving"
    gave the row "Stop it moving.": what the sling does made a thing for the reader to do (the
    parser hangs this "to help" on "keep" as what follows its arm, not as a purpose). A verb
    joined inside a "to ..." said after the thing an action is done with is never an
    instruction; the check names such a row. "Try to rest and drink" is still two actions."""
    sentence = "Keep your arm in the sling to help the bone heal and stop it moving."
    rows = _split(sentence)
    assert "Stop it moving." not in rows, rows
    assert rows[-1].endswith("and stop it moving."), rows
    _keeps_facts(sentence, rows)
    assert any("what an action is for" in p for p in _problems(
        ["Keep your arm in the sling to help the bone heal.", "Stop it moving."], sentence))
    assert _problems(["Try to rest.", "Drink plenty of fluids."],
                     "Try to rest and drink plenty of fluids.") == []


@pytest.mark.parametrize("sentence, joined", [
    ("Keep taking your tablets, as these help to control your blood pressure and protect your "
     "heart from damage.", "protect your heart from damage"),
    ("Keep taking your tablets, as they help to control your blood pressure and protect your "
     "heart from damage.", "protect your heart from damage"),
    ("Keep using your brown inhaler every day, because it helps to calm the swelling in your "
     "airways and stop asthma attacks.", "stop asthma attacks"),
    ("Carry on with the exercises at home, which help to strengthen the muscles around your "
     "knee and keep the joint moving.", "keep the joint moving"),
])
def test_a_reasons_second_verb_stays_the_reasons(sentence, joined):
    """A blood pressure leaflet's "Keep taking your tablets, as these help to control your
    blood pressure and protect your heart from damage" was drafted "Keep taking your tablets,
    as these help to control your blood pressure." over "Protect your heart from damage.": what
    the tablets do made a task for the reader, and the check passed it. A verb joined inside a
    reason (", as ...", ", because ...", ", which ...") stays with it, as a purpose's second verb
    does (a reason too long for one row is kept whole for a person); the check names a row
    that makes it an instruction."""
    rows = _split(sentence)
    assert not any(row.lower().startswith(joined) for row in rows), rows
    assert any(row.endswith(f"and {joined}.") for row in rows), rows
    assert all(word_count(row) <= LIMIT or row.endswith(f"and {joined}.") for row in rows), rows
    assert _problems(rows, sentence) == [], rows
    head, _, tail = sentence.partition(f" and {joined}")
    cut = [head + ".", joined[0].upper() + joined[1:] + "."]
    assert any(f"'{joined.split()[0]}', which its sentence says is part of why" in p
               for p in _problems(cut, sentence)), _problems(cut, sentence)


def test_the_readers_own_action_after_a_reason_is_still_a_row_of_its_own():
    """"Stop taking ibuprofen, as it can irritate your stomach and make the bleeding worse, and
    take paracetamol instead" had the row "Make the bleeding worse.". Only a verb said inside
    the reason stays with it: the reader is still told to take paracetamol, on a row of its
    own that the check passes."""
    sentence = ("Stop taking ibuprofen, as it can irritate your stomach and make the bleeding "
                "worse, and take paracetamol instead.")
    rows = _split(sentence)
    assert rows[-1] == "Take paracetamol instead.", rows
    assert not any(row.startswith("Make the bleeding") for row in rows), rows
    _keeps_facts(sentence, rows)
    # the model joins "eat" to the reason's "helps"; after ", and" the reason has ended
    fluids = ("Drink plenty of fluids, as this helps to prevent constipation, and eat plenty of "
              "fruit and vegetables.")
    rows = _split(fluids)
    assert rows[-1] == "Eat plenty of fruit and vegetables.", rows
    _keeps_facts(fluids, rows)



def test_the_readers_action_after_a_reason_set_apart_stays_the_readers():
    """A reason set between commas in the middle of a sentence had taken what came after it:
    "..., because they help the blood flow ..., and walk around as much as you can" was drafted
    "They help the blood flow and lower the risk of clots, and walk around as much as you
    can.", the reader's walking said of the stockings; ", then sit upright" alike; a reason
    inside a condition became a lower-case lead-in row ("as this can be a sign of infection:");
    and "Or call the ward" was put under what the nurse can do. The reader's next action after
    ", and" is its own row; an action after ", then" or ", or", or after a condition, stays with
    the rest of its sentence, and the reason is said after it. The check passed all four."""
    stockings = ("Wear the stockings until you go home, because they help the blood flow and "
                 "lower the risk of clots, and walk around as much as you can.")
    rows = _split(stockings)
    assert rows == ["Wear the stockings until you go home.",
                    "This is because they help the blood flow and lower the risk of clots.",
                    "Walk around as much as you can."], rows
    _keeps_facts(stockings, rows)
    tablets = ("Take your tablets with food, because they can upset your stomach, then sit "
               "upright for 30 minutes.")
    rows = _split(tablets)
    assert rows == ["Take your tablets with food, then sit upright for 30 minutes.",
                    "This is because they can upset your stomach."], rows
    _keeps_facts(tablets, rows)
    wound = ("If your wound becomes red, as this can be a sign of infection, call the ward and "
             "ask to speak to a nurse.")
    rows = _split(wound)
    assert rows == ["If your wound becomes red:", "Call the ward.", "Ask to speak to a nurse.",
                    "This can be a sign of infection."], rows
    _keeps_facts(wound, rows)
    nurse = ("Speak to your nurse, who can check your wound and change your dressing, or call "
             "the ward on 01632 960 123.")
    rows = _split(nurse)
    assert rows == ["Speak to your nurse.", "Or call the ward on 01632 960 123.",
                    "Your nurse can check your wound and change your dressing."], rows
    _keeps_facts(nurse, rows)
    # a ban's "or" reaches the alternative; a condition's reason kept in one row is said after
    ban = ("Do not lift anything heavy for 6 weeks, as this can strain your wound, or drive "
           "until your surgeon says you can.")
    rows = _split(ban)
    assert rows[-1] == "This can strain your wound.", rows
    assert any(row.startswith("Do not lift") and "drive" in row for row in rows), rows
    assert _problems(rows, ban) == [], rows  # (16 words kept whole: no cut leaves the ban)
    dizzy = ("If you feel dizzy or faint, as this may be a side effect of your medicine, sit "
             "down and tell your nurse straight away.")
    rows = _split(dizzy)
    assert rows[-1] == "This may be a side effect of your medicine.", rows
    _keeps_facts(dizzy, rows)
    # ", which ..." may be said of the thing or of the whole action: "this" leaves it open (the
    # model hangs it on "inhaler"; the spacer does it)
    spacer = ("Put the spacer on your inhaler, which makes it easier for the medicine to reach "
              "your lungs, and breathe in slowly through your mouth.")
    rows = _split(spacer)
    assert rows == ["Put the spacer on your inhaler.",
                    "This makes it easier for the medicine to reach your lungs.",
                    "Breathe in slowly through your mouth."], rows
    _keeps_facts(spacer, rows)
    # the reason's own list of verbs stays the reason's; the reader still asks
    rest = ("Rest as much as you can for the first few days, as this helps your body to "
            "recover, sleep, and heal, and ask someone to stay with you overnight.")
    rows = _split(rest)
    assert rows[1:] == ["This helps your body to recover, sleep, and heal.",
                        "Ask someone to stay with you overnight."], rows
    _keeps_facts(rest, rows)


@pytest.mark.parametrize("sentence, rows, named", [
    ("Wear the stockings until you go home, because they help the blood flow and lower the "
     "risk of clots, and walk around as much as you can.",
     ["Wear the stockings until you go home.",
      "They help the blood flow and lower the risk of clots, and walk around as much as you "
      "can."], "the reader's next action ('walk around ...')"),
    ("Take your tablets with food, because they can upset your stomach, then sit upright for "
     "30 minutes.",
     ["Take your tablets with food.", "They can upset your stomach, then sit upright for 30 "
      "minutes."], "the reader's next action ('sit upright ...')"),
    ("If your wound becomes red, as this can be a sign of infection, call the ward and ask to "
     "speak to a nurse.",
     ["If your wound becomes red:", "as this can be a sign of infection:", "Call the ward.",
      "Ask to speak to a nurse."], "is a lead-in that says why"),
    ("Speak to your nurse, who can check your wound and change your dressing, or call the ward "
     "on 01632 960 123.",
     ["Speak to your nurse, who can check your wound and change your dressing.",
      "Or call the ward on 01632 960 123."], "opens with 'or' under the row"),
])
def test_the_check_names_a_reason_that_takes_the_readers_action(sentence, rows, named):
    """Each of the drafts the reason set apart used to give is named, and the draft now made
    passes (`test_the_readers_action_after_a_reason_set_apart_stays_the_readers`)."""
    assert any(named in problem for problem in _problems(rows, sentence)), _problems(rows, sentence)
    assert _problems(_split(sentence), sentence) == []

@pytest.mark.parametrize("sentence, rows", [
    ("Ring the ward on 01632 960123, who will tell you what to do next, or go to your nearest "
     "A&E.", ["Ring the ward on 01632 960123.", "Or go to your nearest A&E.",
              "The ward will tell you what to do next."]),
    ("Call the eye clinic at 01632 960456, who can check your eye the same day, and keep wearing "
     "your eye shield at night.",
     ["Call the eye clinic at 01632 960456.", "The eye clinic can check your eye the same day.",
      "Keep wearing your eye shield at night."]),
])
def test_who_said_of_someone_named_before_their_number_is_said_of_them(sentence, rows):
    """ "Ring the ward on 01632 960123, who will tell you what to do next, or go to your nearest
    A&E." was drafted with the ", who ..." left on the ringing row and failed the check twice:
    its bare comma read as joining all that is needed, and 'go' as what 'who' does. The parser
    reads the number as "them" and takes "who will tell" for a clause of "Ring"; a ", who" after
    someone and their number ("on" or "at" it) is said of them, as after "your nurse, who"."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    short = "Ring the ward on 01632 960123, who will tell you what to do next."
    assert _split(short) == [short]
    assert _problems([short], short) == []


def test_a_verb_joined_inside_what_another_does_is_never_made_the_readers():
    """ "Wear your compression stockings day and night, as they help the blood in your legs keep
    moving and lower your risk of getting a blood clot" was drafted with "Lower your risk of
    getting a blood clot." as a row of its own, a task for the reader, where the stockings do
    it: a bare verb joined inside a clause whose subject is not "you" is no cut. A doing that
    is a sentence's subject is its subject ("Taking them on an empty stomach can irritate ...
    and make you feel sick" had left "Make you feel sick.")."""
    stockings = ("Wear your compression stockings day and night, as they help the blood in your "
                 "legs keep moving and lower your risk of getting a blood clot.")
    rows = _split(stockings)
    assert rows == ["Wear your compression stockings day and night.",
                    "This is because they help the blood in your legs keep moving and lower your "
                    "risk of getting a blood clot."], rows
    assert _problems(rows, stockings) == []
    empty = ("Taking them on an empty stomach can irritate the lining of your stomach and make "
             "you feel sick.")
    rows = _split(empty)
    assert rows == ["Taking them on an empty stomach can irritate the lining of your stomach.",
                    "Taking them on an empty stomach can make you feel sick."], rows
    _keeps_facts(empty, rows)
    # the reader's own joined actions are still cut, and someone else's keep who does them
    assert _split("You will need to rest at home and drink plenty of fluids.") == [
        "You will need to rest at home and drink plenty of fluids."]
    assert _split("The stockings squeeze your legs and help the blood flow back to your "
                  "heart.") == ["The stockings squeeze your legs.",
                                "The stockings help the blood flow back to your heart."]


@pytest.mark.parametrize("sentence, rows", [
    ("Do not drive for 24 hours, because the sedation can slow down your reactions and make it "
     "harder for you to judge distances and speed.",
     ["Do not drive for 24 hours.", "This is because the sedation can slow down your reactions.",
      "The sedation can make it harder for you to judge distances and speed."]),
    ("Take your tablets with food, because taking them on an empty stomach can irritate your "
     "stomach and make you feel sick.",
     ["Take your tablets with food.",
      "This is because taking your tablets on an empty stomach can irritate your stomach.",
      "Taking your tablets on an empty stomach can make you feel sick."]),
])
def test_a_long_reason_is_cut_into_short_rows_that_keep_it(sentence, rows):
    """ "Do not drive for 24 hours, because the sedation can slow down your reactions and make
    it harder for you to judge distances and speed" (22 words) was kept whole and named for its
    length: the "to judge ..." inside the reason was read as what the ban is for, so no cut
    was made at "because". A reason's "to ..." is its own; a reason row still too long is cut
    as its own clause is, "This is because" on its first row. A reason with a "not" or a
    condition stays whole, for a person."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    kept = ("Keep the dressing dry for 5 days, because the wound has not sealed yet and germs can "
            "get into it through the gaps in the stitches.")
    assert _split(kept)[1] == ("This is because the wound has not sealed yet and germs can get "
                               "into it through the gaps in the stitches.")


def test_a_purpose_said_after_several_actions_is_never_the_last_ones_alone():
    """A leaflet after a stomach bug had "Rest as much as you can, drink plenty of fluids, and
    eat small meals often to help your body recover" cut into "Rest as much as you can, drink
    plenty of fluids." and "Eat small meals often to help your body recover.": the purpose said
    once after every action was the eating's alone. A long sentence gives its actions, then the
    purpose once as its own row; a short one stays whole; a purpose that holds one more verb
    ("to cool them down and give them plenty of drinks", where the giving is the reader's) is
    kept whole for a person. The check names a row that ties the purpose to one action."""
    sentence = ("Rest as much as you can, drink plenty of fluids, and eat small meals often to "
                "help your body recover.")
    rows = _split(sentence)
    assert rows[-1] == "This helps your body recover.", rows
    assert not any("recover" in row for row in rows[:-1]), rows
    _keeps_facts(sentence, rows)
    clots = ("Wear the stockings day and night and have your injection every evening to prevent "
             "blood clots.")
    rows = _split(clots)
    assert rows[-1] == "This will prevent blood clots.", rows
    _keeps_facts(clots, rows)
    short = "Rest and drink plenty of fluids to help your body recover."
    assert _split(short) == [short]
    flannel = ("Put a cool flannel on their forehead to cool them down and give them plenty of "
               "drinks.")
    rows = _split(flannel)
    assert rows == [flannel], rows
    assert _problems(["Put a cool flannel on their forehead.", "This will cool them down.",
                      "This will give them plenty of drinks."], flannel)
    paracetamol = ("Keep your leg up on a stool to reduce the swelling and take paracetamol for "
                   "the pain.")
    assert _split(paracetamol) == [paracetamol]
    assert any("which its sentence may give the reader to do" in p for p in _problems(
        ["Keep your leg up on a stool.", "This will reduce the swelling.",
         "This will take paracetamol for the pain."], paracetamol))
    for garbled, source in (
        (["Rest as much as you can, drink plenty of fluids.",
          "Eat small meals often to help your body recover."], sentence),
        (["Wear the stockings day and night.",
          "Have your injection every evening to prevent blood clots."], clots),
    ):
        assert any("ties what its actions are for" in p for p in _problems(garbled, source))
    # a purpose after ", but do not ..." is that instruction's own, said with it
    missed = ("If you miss a dose, take it as soon as you remember on the same day, but do not "
              "take 2 doses on the next day to make up for it.")
    rows = _split(missed)
    assert rows[0] == "If you miss a dose:", rows
    assert _problems(rows, missed) == [], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Never cross your legs, sit in a low chair or bend forward to pick things up.",
        "Do not cross your legs, sit on low chairs or bend down to put your shoes on.",
        "Do not sit on low chairs, cross your legs or lean forward to reach your feet.",
    ],
)
def test_the_task_a_banned_movement_is_made_for_is_part_of_that_movement(sentence):
    """ "Never cross your legs, sit in a low chair or bend forward to pick things up" gave a row
    for each ban, and the check named "Never bend forward to pick things up." as tying what all
    the actions are for to the last: the "to pick things up" is the task the bending is done
    for, part of that movement, not what the others are for. A purpose that is such a task (a
    verb like "pick", "put" or "reach" done to a thing) is the last action's own; what not doing
    them all is for ("to protect your wound") is still named when tied to the last."""
    rows = _split(sentence)
    assert len(rows) == 3 and all(row.startswith(("Never ", "Do not ")) for row in rows), rows
    _keeps_facts(sentence, rows)
    assert _problems(rows, sentence) == []
    protect = ("Do not lift heavy things, push a vacuum cleaner or drive a car to protect your "
               "wound.")
    tied = ["Do not lift heavy things.", "Do not push a vacuum cleaner.",
            "Do not drive a car to protect your wound."]
    assert any("ties what its actions are for" in p for p in _problems(tied, protect))
    weight = "Eat less, exercise more and walk every day to reach a healthy weight."
    tied = ["Eat less.", "Exercise more.", "Walk every day to reach a healthy weight."]
    assert any("ties what its actions are for" in p for p in _problems(tied, weight))


def test_what_not_doing_a_list_of_things_is_for_is_never_the_last_bans_alone():
    """ "Do not lift heavy things, push a vacuum cleaner or drive a car to protect your wound"
    was drafted a "Do not" row for each, the last "Do not drive a car to protect your wound.",
    as if only not driving protected it (the check named it): what not doing them all is for
    comes after them, on a row of its own. The task a movement is made for ("bend forward to
    pick things up") stays that movement's."""
    sentence = ("Do not lift heavy things, push a vacuum cleaner or drive a car to protect your "
                "wound.")
    rows = _split(sentence)
    assert rows == ["Do not lift heavy things.", "Do not push a vacuum cleaner.",
                    "Do not drive a car.", "This will protect your wound."], rows
    _keeps_facts(sentence, rows)
    assert _problems(rows, sentence) == []
    task = "Never cross your legs, sit in a low chair or bend forward to pick things up."
    assert _split(task)[-1] == "Never bend forward to pick things up."


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Try not to sit for long periods, cross your legs or stand still for a long time to "
         "lower the risk of blood clots.",
         ["Try not to sit for long periods.", "Try not to cross your legs.",
          "Try not to stand still for a long time.", "This will lower the risk of blood clots."]),
        ("Avoid sitting for long periods, crossing your legs or standing still for a long time "
         "to lower the risk of blood clots.",
         ["Avoid sitting for long periods.", "Avoid crossing your legs.",
          "Avoid standing still for a long time.", "This will lower the risk of blood clots."]),
        ("You should not lift heavy shopping, push a vacuum cleaner or drive a car to protect "
         "your wound.",
         ["You should not lift heavy shopping.", "You should not push a vacuum cleaner.",
          "You should not drive a car.", "This will protect your wound."]),
    ],
)
def test_what_not_doing_a_list_is_for_comes_after_it_however_the_bans_are_said(sentence, rows):
    """ "Try not to sit for long periods, cross your legs or stand still for a long time to lower
    the risk of blood clots" stayed whole at 22 words: the parser hung "to lower the risk" on
    "a long time", and a how long said only by the first and the last ban was read as maybe
    every ban's. The last's how long is its own, as the first's is, and what not doing them
    all is for comes after them, whether they are said "try not to", "avoid" or "you should
    not". Tied to the last ban alone, the check names it."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    purpose = sentence[sentence.rindex(" to ") :]
    tied = [*rows[:-2], rows[-2].rstrip(".") + purpose]
    assert any("ties what its actions are for" in p for p in _problems(tied, sentence)), tied
    # a qualifier no ban before the last says may be every ban's: kept whole
    at_work = ("Avoid sitting for long periods, crossing your legs or standing for long periods "
               "at work.")
    assert _split(at_work) == [at_work]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Do not stand for a long time, sit with your legs crossed or wear tight socks, as these "
         "can slow the blood in your legs.",
         ["Do not stand for a long time.", "Do not sit with your legs crossed.",
          "Do not wear tight socks.", "This is because these can slow the blood in your legs."]),
        ("Avoid lifting heavy shopping, pushing a vacuum cleaner or carrying a full kettle, as "
         "these can pull on your stitches.",
         ["Avoid lifting heavy shopping.", "Avoid pushing a vacuum cleaner.",
          "Avoid carrying a full kettle.", "This is because these can pull on your stitches."]),
        ("Never rub your eye, swim in a pool or wear eye make-up in the first week, because "
         "these can let germs into your eye.",
         ["Never rub your eye, swim in a pool or wear eye make-up in the first week.",
          "This is because these can let germs into your eye."]),
    ],
)
def test_why_not_to_do_a_list_of_things_comes_once_after_them(sentence, rows):
    """ "Do not stand for a long time, sit with your legs crossed or wear tight socks, as these
    can slow the blood in your legs" stayed whole at 24 words: a reason said with ", as these"
    was no place to cut, where ", because these" was. Why not to do them all is said once,
    after the bans ("This is because these ..."), however the reason is opened; a time said
    only after the last ban keeps the bans one row (long, for a person to see)."""
    assert _split(sentence) == rows
    assert _problems(rows, sentence) == [], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Do not sit in the sun, swim in the sea or lie on the beach in the afternoon.",
        "Avoid sitting in the sun, swimming in the sea or lying on the beach in the afternoon.",
        "Do not sit in the sun, swim in the sea or lie on the beach at weekends.",
        "Do not eat in bed, drink in the bath or smoke in the garden on the day of your test.",
    ],
)
def test_a_time_said_after_a_list_of_bans_is_every_bans(sentence):
    """ "Do not sit in the sun, swim in the sea or lie on the beach in the afternoon" was drafted
    a row a ban with the afternoon on the last alone: "Do not sit in the sun." read as always,
    and the check passed it. Each ban said where ("in the sun"), and that place was taken for a
    time of its own. A time said after the last ban may be every ban's, so the sentence stays
    whole, and rows that leave it off the bans before are named."""
    assert _split(sentence) == [sentence]
    assert _problems([sentence], sentence) == []
    head, _, last = sentence.rstrip(".").rpartition(" or ")
    word = "Avoid" if sentence.startswith("Avoid") else "Do not"
    first, *others = head.split(", ")
    cut = [f"{first}.", *(f"{word} {other}." for other in others), f"{word} {last}."]
    time = re.search(r" (?:in the afternoon|at weekends|on the day of your test)$", last)
    problems = _problems(cut, sentence)
    assert sum(f"leaves out '{time.group(0).strip()}'" in p for p in problems) == len(cut) - 1, (
        cut, problems)


def test_a_ban_saying_its_own_time_makes_the_last_bans_time_its_own():
    """A ban before the last that says a time of its own ("in the evening") makes the last's
    ("at night") its own too: each ban is a row, and the check passes them."""
    sentence = ("Do not drink tea in the evening, eat in bed or watch television in your bedroom "
                "at night.")
    rows = _split(sentence)
    assert rows == ["Do not drink tea in the evening.", "Do not eat in bed.",
                    "Do not watch television in your bedroom at night."]
    assert _problems(rows, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Rest for a while after each walk to give your new knee time to recover and get "
         "stronger.",
         ["Rest for a while after each walk.",
          "This will give your new knee time to recover and get stronger."]),
        ("Put your leg up on a stool for 20 minutes after each exercise session to bring the "
         "swelling down.",
         ["Put your leg up on a stool for 20 minutes after each exercise session.",
          "This will bring the swelling down."]),
    ],
)
def test_what_an_instruction_is_for_never_joins_the_time_said_after_it(sentence, rows):
    """ "Rest for a while after each walk to give your new knee time to recover and get
    stronger" was drafted "After each walk to give your new knee time to recover and get
    stronger:" over "Rest for a while.": the parser hung the purpose on "walk", and the lead-in
    made it the walk's, where the rest is what gives the knee time (the check passed it). When
    a time said after an instruction has no verb of its own, what follows it is the
    instruction's purpose, said after it; with a verb ("after you walk to ...") only a person
    can say whose, so the sentence stays whole. A lead-in holding such a purpose is named."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    clause = sentence[sentence.index(" after ") + 1 :].rstrip(".")
    led = [f"{clause[0].upper()}{clause[1:]}:", sentence[: sentence.index(" after ")] + "."]
    assert any("what the instruction is for" in p for p in _problems(led, sentence)), led
    own = "Rest for a while after you walk to give your new knee time to recover and get stronger."
    assert _split(own) == [own]


def test_a_condition_leads_in_without_the_first_thing_to_do():
    """A leaflet after a stomach bug had "If you feel sick, rest as much as you can, drink plenty
    of fluids and eat small meals often" lead in with "If you feel sick, rest as much as you
    can:": the first thing to do hidden in the condition (the parser hangs "rest" on "feel").
    A bare verb after a comma, with no "or" or "and" after it listing it among the conditions,
    starts what to do; the check names a lead-in that holds it. Listed conditions still lead
    in together."""
    sentence = ("If you feel sick, rest as much as you can, drink plenty of fluids and eat small "
                "meals often.")
    rows = _split(sentence)
    assert rows[0] == "If you feel sick:", rows
    assert rows[1].startswith("Rest as much as you can"), rows
    _keeps_facts(sentence, rows)
    assert any("lead-in that holds an instruction" in p for p in _problems(
        ["If you feel sick, rest as much as you can:", "Drink plenty of fluids.",
         "Eat small meals often."], sentence))
    for listed in ("If you smoke, drink alcohol and take drugs, tell the nurse.",
                   "If you get a rash, feel dizzy, or have swelling of your face, call 999."):
        assert not _split(listed)[0].startswith(("If you smoke:", "If you get a rash:")), listed
    child = ("If your child is under 3 months, has a temperature of 38C or seems floppy, call "
             "111.")
    assert _split(child)[0] == ("If your child is under 3 months, has a temperature of 38C or "
                                "seems floppy:")


def test_what_someone_else_is_asked_to_do_is_never_the_readers():
    """A tonsillectomy leaflet for parents had "Encourage your child to eat normal food and drink
    plenty of water, as eating helps the throat heal" cut into "Encourage your child to eat
    normal food." and "Drink plenty of water, ...": the child's drinking made the parent's. A
    verb joined inside what someone is asked or encouraged to do stays with it; "try to eat
    ... and drink ..." is still the reader's two actions."""
    for sentence in (
        "Encourage your child to eat normal food and drink plenty of water, as eating helps the "
        "throat heal.",
        "Ask your nurse to check your wound and change the dressing.",
    ):
        rows = _split(sentence)
        assert not any(row.startswith(("Drink", "Change")) for row in rows), rows
        assert _problems(rows, sentence) == [], rows
    assert _split("Try to eat normal food and drink plenty of water.")[-1] == (
        "Drink plenty of water.")


_SAFETY_QUESTIONS = """## Safety questions

Please answer these questions and bring this page to your scan.

Do you have a pacemaker or a heart valve? Yes ☐ No ☐

Have you ever had metal in your eyes, for example from welding? Yes ☐ No ☐

Tick one: ☐ I am pregnant ☐ I am not pregnant ☐ I might be pregnant

If you ticked yes, phone the MRI unit on 0116 258 5555 before your scan.
"""


def test_a_question_keeps_its_boxes_to_tick_on_its_row(tmp_path):
    """An MRI safety page's "Do you have a pacemaker? Yes ☐ No ☐" had been two rows, "Do you
    have a pacemaker?" and "Yes ☐ No ☐.": the choices cut from what they answer, a full stop
    after the box. A question and its choices are one row with no full stop after them; in
    the Word file each box stays on the line of its choice, and the check is content."""
    from docx import Document
    from leaflet_files import write_source

    from pipeline.formats.easy_read import EasyReadSettings, check_easy_read, write_easy_read

    source = write_source(tmp_path, "9951-having-an-mri-scan", "Radiology", _SAFETY_QUESTIONS)
    leaflet = load_leaflet(source)
    said = [row.plain for row in draft(leaflet).rows()]
    assert "Do you have a pacemaker or a heart valve? Yes ☐ No ☐" in said, said
    assert ("Tick one: ☐ I am pregnant ☐ I am not pregnant ☐ I might be pregnant" in said), said
    assert not any(row.startswith(("Yes ☐", "☐")) or row.endswith(("☐.", "pregnant."))
                   for row in said), said
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, tmp_path)
    written = [p.text for table in Document(str(files[0])).tables for row in table.rows
               for cell in row.cells for p in cell.paragraphs]
    assert any(text.endswith("pacemaker or a heart valve? Yes\u00a0☐ No\u00a0☐")
               for text in written), written
    assert any(text.endswith("☐\u00a0I am not pregnant ☐\u00a0I might be pregnant")
               for text in written), written
    report = check_easy_read(leaflet, settings, files)
    assert report.passed, report.problems


def test_a_question_keeps_its_boxes_on_its_row_when_each_box_is_printed_twice(tmp_path):
    """A CT checklist's "Are you allergic to iodine? ☐☐ Yes ☐☐ No" (each box read from its PDF
    as two) put its boxes on a row of their own, "☐☐ Yes ☐☐ No.", the answer cut from its
    question: a run of boxes is one box, and the question and its choices stay one row."""
    from leaflet_files import write_source

    body = ("## Before your scan\n\nPlease answer these questions.\n\n"
            "Are you allergic to iodine? ☐☐ Yes ☐☐ No\n\n"
            "Do you have kidney problems? Yes ☐☐ No ☐☐\n")
    source = write_source(tmp_path, "9952-having-a-ct-scan", "Radiology", body)
    said = [row.plain for row in draft(load_leaflet(source)).rows()]
    assert "Are you allergic to iodine? ☐☐ Yes ☐☐ No" in said, said
    assert "Do you have kidney problems? Yes ☐☐ No ☐☐" in said, said
    assert not any(row.startswith(("Yes ☐", "☐")) for row in said), said


def test_a_bare_first_action_after_a_condition_never_joins_the_condition():
    """ "If you feel sick, rest, drink plenty of fluids and eat small meals often" had led in
    with "If you feel sick, rest:", the model reading "rest" as a thing listed with "sick". No
    thing is listed with how the reader feels: the condition leads in alone, and the resting is
    an action of its own. "If you feel sick, tired or dizzy" still leads in whole."""
    sentence = "If you feel sick, rest, drink plenty of fluids and eat small meals often."
    rows = _split(sentence)
    assert rows == ["If you feel sick:", "Rest.", "Drink plenty of fluids.",
                    "Eat small meals often."], rows
    _keeps_facts(sentence, rows)
    assert any("lead-in that holds an instruction" in p for p in _problems(
        ["If you feel sick, rest:", "Drink plenty of fluids.", "Eat small meals often."],
        sentence))
    states = "If you feel sick, tired or dizzy, sit down and call the ward on 0116 258 4000."
    assert "If you feel sick:" not in _split(states), _split(states)


def test_every_action_of_a_comma_list_is_its_own_row():
    """A stoma leaflet's "Clean the skin around your stoma with warm water, dry it well and fit
    a new bag" had been cut at its "and" only: "Clean the skin ..., dry it well." over "Fit a
    new bag.", two actions on one row and one on the next. Each action of the list is a row;
    a posture said with "-ing" ("Stand, leaning forwards ...") and a list of things are not
    cut."""
    for sentence, expected in (
        ("Clean the skin around your stoma with warm water, dry it well and fit a new bag.",
         ["Clean the skin around your stoma with warm water.", "Dry it well.",
          "Fit a new bag."]),
        ("Wash your hands, take off the old dressing and put it in the bin.",
         ["Wash your hands.", "Take off the old dressing.", "Put the old dressing in the bin."]),
    ):
        rows = _split(sentence)
        assert rows == expected, rows
        _keeps_facts(sentence, rows)
    posture = "Stand, leaning forwards with your hands on a worktop or chair."
    assert _split(posture)[0] != "Stand.", _split(posture)
    things = "Bring your glasses, your hearing aids and a list of your medicines."
    assert _split(things) == [things]


def test_what_a_person_does_to_the_reader_then_after_or_is_still_theirs():
    """ "Your GP can refer you to a specialist, or contact the hospital for advice" gave "Or get
    in touch with the hospital for advice.": the GP's other action made the reader's, as "can"
    offers help ("your GP can help, or call NHS 111"). After a verb whose object is the reader
    ("refer you", "see you", "visit you") the verb after ", or" is the same person's; after
    one offering help ("can help", "can advise you") it is the reader's way to help."""
    for sentence, told in (
        ("Your GP can refer you to a specialist, or contact the hospital for advice.",
         "Or your GP can get in touch with the hospital for advice."),
        ("Your consultant can see you in clinic, or ring the ward to book a scan.",
         "Or your consultant can ring the ward to book a scan."),
    ):
        rows = _split(sentence)
        assert rows[-1] == told, rows
        _keeps_facts(sentence, rows)
    for sentence in ("Your GP can help, or call NHS 111.",
                     "A pharmacist can advise you, or call NHS 111 for help."):
        assert _split(sentence)[-1] == "Or call NHS 111" + sentence.split("111")[1], sentence
    referral = "Your GP can refer you to a specialist, or contact the hospital for advice."
    assert any("says the reader will 'get'" in p for p in _problems(
        ["Your GP can refer you to a specialist.", "Or get in touch with the hospital for advice."],
        referral))


def test_how_long_something_happens_is_never_the_last_things_alone():
    """A methotrexate leaflet's "Some people feel sick or have a sore mouth for a day after
    their tablets" had been "Some people feel sick." over "Or some people have a sore mouth for
    a day after their tablets.": the day said of the sore mouth alone, the sickness seeming to
    last. Two things joined without a comma before how long they last stay one row."""
    for sentence in (
        "Some people feel sick or have a sore mouth for a day after their tablets.",
        "Your eye may feel gritty and look red for a few days after the operation.",
        "Some people feel tired or get headaches in the first few weeks.",
    ):
        rows = _split(sentence)
        assert rows == [sentence], rows


def test_what_to_do_about_the_things_a_condition_points_at_comes_with_it():
    """ "If you have any of these, call 999: coughing up blood, chest pain, or feeling very short
    of breath" had led in with "If you have any of these:" over "Call 999: coughing up blood,
    ...": the signs read as what to say on the phone. The instruction leads in with its
    condition ("Call 999 if you have any of these:", as "Ring the ward ... if:") and the things
    follow as written; a lead-in too long for that is the condition's, the instruction after
    the things. The check names the old rows."""
    sentence = ("If you have any of these, call 999: coughing up blood, chest pain, or feeling "
                "very short of breath.")
    rows = _split(sentence)
    assert rows == ["Call 999 if you have any of these:",
                    "Coughing up blood, chest pain, or feeling very short of breath."], rows
    _keeps_facts(sentence, rows)
    ban = ("If you notice any of the following, do not take your next dose: a rash, yellow skin "
           "or dark urine.")
    rows = _split(ban)
    assert rows == ["Do not take your next dose if you notice any of the following:",
                    "A rash, yellow skin or dark urine."], rows
    _keeps_facts(ban, rows)
    long = ("If you get any of these after your operation, phone the ward on 0116 258 4000 "
            "straight away: a temperature of 38°C or above, bleeding, or pain that gets worse.")
    rows = _split(long)
    assert rows == ["If you get any of these after your operation:",
                    "A temperature of 38°C or above, bleeding, or pain that gets worse.",
                    "Phone the ward on 0116 258 4000 straight away."], rows
    _keeps_facts(long, rows)
    assert any("leads in to the things it points at" in p for p in _problems(
        ["If you have any of these:",
         "Call 999: coughing up blood, chest pain, or feeling very short of breath."], sentence))


def test_a_second_purpose_after_what_is_helped_is_said_of_this():
    """ "Raise your leg on a stool to help the swelling go down and reduce the pain" gave "This
    helps the swelling go down and reduce the pain.", as if the swelling eased the pain. A verb
    joined after what is helped, with its own thing to act on, is said of "this" ("... and
    reduces the pain"); one the helped thing does itself ("go down and settle") is left."""
    for sentence, said in (
        ("Raise your leg on a stool to help the swelling go down and reduce the pain.",
         "This helps the swelling go down and reduces the pain."),
        ("Sit upright in a chair after meals, to help your food go down and prevent heartburn.",
         "This helps your food go down and prevents heartburn."),
        ("Keep your arm raised on two pillows at night, to help the swelling go down and "
         "settle.", "This helps the swelling go down and settle."),
    ):
        rows = _split(sentence)
        assert rows[-1] == said, rows
        _keeps_facts(sentence, rows)


def test_what_a_thing_does_in_its_which_clause_is_never_the_readers():
    """A falls leaflet's "Wear shoes or slippers that fit well and have a good grip" had been cut
    into "Wear shoes or slippers that fit well." and "Have a good grip.": what the shoes have
    made a thing for the reader to do. A verb joined inside a clause whose subject is "that" or
    "which" stays in it."""
    for sentence in ("Wear shoes or slippers that fit well and have a good grip.",
                     "Choose a chair that has arms and is not too low."):
        rows = _split(sentence)
        assert rows == [sentence], rows
        _keeps_facts(sentence, rows)


def test_an_instruction_after_a_clause_with_its_own_subject_is_the_readers():
    """ "Use a cream that your pharmacist recommends and put it on twice a day" was cut as it
    should be, "Put it on twice a day." its own row, but the check named it the pharmacist's:
    "put" was read as going on from "recommends". A bare verb with its own thing to act on after
    a clause with a subject of its own ("that your pharmacist recommends") goes on from the
    instruction; a verb that can be the clause's own ("the forms your nurses fill in and sign")
    and one whose clause's subject is "that" stay as they were."""
    for sentence, second in (
        ("Use a cream that your pharmacist recommends and put it on twice a day.",
         "Put it on twice a day."),
        ("Take the tablets your doctor has prescribed and drink a full glass of water with "
         "them.", "Drink a full glass of water with them."),
        ("Use the drops that your eye clinic gives you and keep them in the fridge.",
         "Keep them in the fridge."),
    ):
        rows = _split(sentence)
        assert rows[-1] == second, rows
        _keeps_facts(sentence, rows)
    assert _problems(["Use a cream that your pharmacist recommends.", "Put it on twice a day."],
                     "Use a cream that your pharmacist recommends and put it on twice a "
                     "day.") == []
    # what a nurse will check, then do, is still the nurse's
    nurse = "Your nurse will check that the drip is working and take your blood pressure."
    assert any("says the reader will 'take'" in p for p in _problems(
        ["Your nurse will check that the drip is working.", "Take your blood pressure."], nurse))


def test_each_short_whole_instruction_of_a_list_is_its_own_row():
    """ "Relax, breathe slowly and let your shoulders drop" gave "Relax." over "Breathe slowly
    and let your shoulders drop.", and "Eat a healthy diet, stop smoking and keep active" kept
    "Stop smoking and keep active." together: a cut had needed three words each side. A verb
    and the one word that makes it a whole instruction ("Stop smoking", "Keep active") is a row
    of its own; a choice ("Call 999 or go to A&E"), two verbs sharing a thing ("Wash and dry
    your hands"), a bare last verb ("Go home and rest") and a shared "do not" stay together."""
    for sentence, rows in (
        ("Relax, breathe slowly and let your shoulders drop.",
         ["Relax.", "Breathe slowly.", "Let your shoulders drop."]),
        ("Eat a healthy diet, stop smoking and keep active.",
         ["Eat a healthy diet.", "Stop smoking.", "Keep active."]),
        ("If you feel dizzy, sit down and keep still.",
         ["If you feel dizzy:", "Sit down.", "Keep still."]),
        ("Keep warm and drink plenty of fluids.", ["Keep warm.", "Drink plenty of fluids."]),
    ):
        assert _split(sentence) == rows
        _keeps_facts(sentence, rows)
    for sentence in ("Call 999 or go to A&E.", "Wash and dry your hands.", "Go home and rest.",
                     "Do not smoke and keep active.",
                     "Stop smoking and drink less alcohol to help your wound heal."):
        assert _split(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("You cannot drive for 24 hours after the sedation, so you will need someone to take you "
         "home.", ["You cannot drive for 24 hours after the sedation.",
                   "This means you will need someone to take you home."]),
        ("You are not allowed to drive for 6 weeks after your operation, so you will need "
         "someone to bring you to clinic.",
         ["You are not allowed to drive for 6 weeks after your operation.",
          "This means you will need someone to bring you to clinic."]),
        ("You must not drive for 24 hours after the sedation, so the medicine can wear off "
         "completely.", ["You must not drive for 24 hours after the sedation.",
                         "This is so the medicine can wear off completely."]),
    ],
)
def test_what_follows_from_a_ban_said_as_a_rule_is_its_result(sentence, rows):
    """ "You cannot drive for 24 hours after the sedation, so you will need someone to take you
    home" gave "This is so you will need someone to take you home.", as if not driving were
    done so as to need a lift: what the reader cannot or is not allowed to do is a statement of
    what is so, and what follows it after ", so" is its result ("This means ..."), as after
    "You will not be able to drive". After "You must not" it is still what the ban is for."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("You will not be able to drive home after sedation, so a responsible adult must collect "
         "you.", ["You will not be able to drive home after sedation.",
                  "This means a responsible adult must collect you."]),
        ("You cannot drive after the procedure, so someone will need to take you home.",
         ["You cannot drive after the procedure.",
          "This means someone will need to take you home."]),
        ("Do not go home on your own, so a friend or relative will need to collect you.",
         ["Do not go home on your own.",
          "This means a friend or relative will need to collect you."]),
        ("You must not drive for 24 hours, so you will need someone to take you home.",
         ["You must not drive for 24 hours.",
          "This means you will need someone to take you home."]),
    ],
)
def test_what_someone_must_do_after_a_ban_and_so_is_a_row_of_its_own(sentence, rows):
    """ "You will not be able to drive home after sedation, so a responsible adult must collect
    you." stayed one row beside the STOP sign, the collecting read as banned too: ', so' before
    "a ..." or "someone" was read as no clause of its own, and a short sentence kept whole. What
    someone must do after a ban and ', so' is cut whatever the length, "This means ..." beside
    a plain picture: no "not" reaches it, and nothing is done so as to need a lift (after "You
    must not drive" too). What a ban is for ("..., so the sedation can wear off") is as it was."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    from pipeline.formats.easy_read.pictures import choose_picture

    assert choose_picture(rows[0]).shows == "a red stop sign"
    assert choose_picture(rows[1]).shows != "a red stop sign"
    kept = "Do not drive for 24 hours, so the sedation can wear off."
    assert _split(kept) == [kept]


@pytest.mark.parametrize("sentence, rows", [
    ("Keep your phone with you, so you can call for help if you fall.",
     ["Keep your phone with you.", "This is so you can call for help if you fall."]),
    ("Use a night light, so you can see where you are going if you get up in the night.",
     ["Use a night light.",
      "This is so you can see where you are going if you get up in the night."]),
    ("The tablets can make you drowsy, so do not drive if this happens.",
     ["The tablets can make you drowsy.", "Do not drive if this happens."]),
])
def test_what_an_action_is_for_keeps_its_so_when_a_condition_ends_the_sentence(sentence, rows):
    """ "Keep your phone with you, so you can call for help if you fall" was drafted "Keep your
    phone with you." over "You can call for help if you fall.", its "so" lost: what the phone
    is for read as what the reader can do anyway. The cut before a condition's last part keeps
    the ", so" of a clause with its own subject as the drafter says it elsewhere ("This is so
    ..."); an instruction after ", so" is said as it was. The check names the purpose said
    without its "so"."""
    assert _split(sentence) == rows
    assert _problems(rows, sentence) == []
    if rows[1].startswith("This is so "):
        lost = [rows[0], rows[1].removeprefix("This is so ").capitalize()]
        assert any("its 'so' lost" in p for p in _problems(lost, sentence)), lost


@pytest.mark.parametrize("sentence, rows", [
    ("Your child should not eat or drink anything for 6 hours before the operation, but they "
     "can have water until 1 hour before.",
     ["Your child should not eat or drink anything for 6 hours before the operation.",
      "But they can have water until 1 hour before."]),
    ("Do not take ibuprofen or aspirin for pain after your operation, but you can take "
     "paracetamol as normal.",
     ["Do not take ibuprofen or aspirin for pain after your operation.",
      "But you can take paracetamol as normal."]),
    ("Do not lift your baby or anything heavier than a kettle, but you can carry light bags "
     "after 2 weeks.",
     ["Do not lift your baby or anything heavier than a kettle.",
      "You can carry light bags after 2 weeks."]),
])
def test_what_is_allowed_after_a_ban_and_but_is_a_row_of_its_own(sentence, rows):
    """ "Your child should not eat or drink anything for 6 hours before the operation, but they
    can have water until 1 hour before" (20 words) was kept whole with the STOP sign, which
    then stood beside the water the child may have too: a "not" does not reach past ", but"
    and a clause with its own subject, so the ban and what is allowed are rows of their own.
    The check holds the allowed row to its own clause (its 'take' is no lost 'not'), and the
    time said in it is its own, not the ban's."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    lost = [rows[0].replace("Do not take", "Take"), rows[1]]
    if lost[0] != rows[0]:
        assert any("lost its 'not'" in p for p in _problems(lost, sentence)), lost
    assert any("lost its 'not'" in p for p in _problems(
        [rows[0], rows[1].replace("paracetamol", "ibuprofen")], sentence)) or (
        "paracetamol" not in rows[1])


@pytest.mark.parametrize("sentence, rows", [
    ("Do not lift anything heavier than a kettle for 6 weeks, but you can lift your baby from "
     "the cot.",
     ["Do not lift anything heavier than a kettle for 6 weeks.",
      "But you can lift your baby from the cot."]),
    ("Do not have a bath for 2 weeks after your operation, but you can have a quick shower.",
     ["Do not have a bath for 2 weeks after your operation.",
      "But you can have a quick shower."]),
])
def test_a_gained_not_on_what_is_allowed_after_but_is_named_when_the_verb_is_also_banned(
    sentence, rows
):
    """ "But you cannot lift your baby from the cot." from "Do not lift anything heavier than a
    kettle for 6 weeks, but you can lift your baby from the cot" passed the check: the sentence
    says both "not lift" and "lift", so a "not" on either was taken for the source's. A row of
    one side of ", but" is held to that side's own "not"s."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    allowed = rows[1].removeprefix("But ")
    for gained in (rows[1].replace("you can", "you cannot"),
                   "Do not " + allowed.removeprefix("you can ")):
        assert any("gained a 'not'" in p for p in _problems([rows[0], gained], sentence)), gained
    # the sentence kept whole on one row, a "not" gained on what it allows is named too; the
    # row as its sentence says it passes
    whole = f"{rows[0].rstrip('.')}, {rows[1][0].lower()}{rows[1][1:]}"
    assert _problems([whole], sentence) == []
    gained = whole.replace("you can", "you cannot")
    assert any("gained a 'not'" in p for p in _problems([gained], sentence)), gained


@pytest.mark.parametrize("sentence, rows", [
    ("Take 2 tablets every 4 hours, and do not take more than 8 tablets in 24 hours.",
     ["Take 2 tablets every 4 hours.", "Do not take more than 8 tablets in 24 hours."]),
    ("Give your child paracetamol every 6 hours for the first 2 days, and do not give more than "
     "4 doses in 24 hours.",
     ["Give your child paracetamol every 6 hours for the first 2 days.",
      "Do not give more than 4 doses in 24 hours."]),
])
def test_a_dose_and_its_limit_joined_by_and_do_not_are_each_held_to_their_own_not(
    sentence, rows
):
    """ "Give your child paracetamol every 6 hours for the first 2 days." from "..., and do not
    give more than 4 doses in 24 hours" was named as having lost its 'not', failing a right
    draft: a ", and do not" was read as the first instruction's, where ", but do not" was
    already an instruction of its own. Each row is held to its own part, so a limit that
    truly loses its "not" is still named."""
    assert _split(sentence) == rows
    _keeps_facts(sentence, rows)
    lost = [rows[0], rows[1].removeprefix("Do not ").capitalize()]
    assert any("lost its 'not'" in p for p in _problems(lost, sentence)), lost


def test_things_listed_with_a_condition_before_what_to_do_stay_in_its_lead_in():
    """ "If you smoke, drink alcohol and take drugs, tell the nurse at your pre-operative
    assessment so that we can plan your care" had led in with "If you smoke:" over "Drink
    alcohol and take drugs.", the reader told to drink and take drugs, and the check passed it:
    the parser ends the condition at "smoke". A list closed by "and" or "or" before a comma and
    what to do is the condition's; the check names a lead-in that leaves it out."""
    sentence = ("If you smoke, drink alcohol and take drugs, tell the nurse at your pre-operative "
                "assessment so that we can plan your care.")
    rows = _split(sentence)
    assert rows == ["If you smoke, drink alcohol and take drugs:",
                    "Tell the nurse at your pre-operative assessment so that we can plan your "
                    "care."], rows
    _keeps_facts(sentence, rows)
    assert any("leads in with part of its condition" in p for p in _problems(
        ["If you smoke:", "Drink alcohol and take drugs.",
         "Tell the nurse at your pre-operative assessment so that we can plan your care."],
        sentence))
    # a short one stays whole, and a bare first action is still the reader's
    assert _split("If you smoke, drink alcohol and take drugs, tell the nurse.") == [
        "If you smoke, drink alcohol and take drugs, tell the nurse."]
    assert _split("If you feel sick, rest, drink plenty of fluids and eat small meals often.") == [
        "If you feel sick:", "Rest.", "Drink plenty of fluids.", "Eat small meals often."]


def test_what_follows_from_an_instruction_after_so_is_a_row_of_its_own():
    """A falls leaflet's "Keep things you use often within easy reach, so you do not need to
    climb or stretch" (17 words) was kept whole and failed the check for length. What follows
    after ", so" and a subject of its own is a row with its "not" in it: after an instruction
    "This is so ...", what the instruction is for; after a statement "This means ...", what
    follows from it. An instruction after ", so" ("so do not drive") and a purpose ("so that")
    are as they were."""
    for sentence, rows in (
        ("Keep things you use often within easy reach, so you do not need to climb or stretch.",
         ["Keep things you use often within easy reach.",
          "This is so you do not need to climb or stretch."]),
        ("Keep your arm raised on a pillow when you sit or lie down, so the swelling does not "
         "get worse.", ["Keep your arm raised on a pillow when you sit or lie down.",
                        "This is so the swelling does not get worse."]),
        ("You will not be able to drive after the sedation, so you will need someone to take "
         "you home.", ["You will not be able to drive after the sedation.",
                       "This means you will need someone to take you home."]),
        ("Please bring all your medicines with you to the hospital, so that we can check them "
         "with you.", ["Please bring all your medicines with you to the hospital.",
                       "This is so that we can check them with you."]),
    ):
        assert _split(sentence) == rows
        _keeps_facts(sentence, rows)
    told = ("You may feel drowsy for a few hours after the sedation, so do not drive or use "
            "machines for 24 hours.")
    assert not any(row.startswith("This means") for row in _split(told))
    sentence = ("Keep things you use often within easy reach, so you do not need to climb or "
                "stretch.")
    assert any("lost its 'not'" in p for p in _problems(
        ["Keep things you use often within easy reach.",
         "This means you need to climb or stretch."], sentence))


def test_what_follows_from_several_actions_is_never_the_last_ones_alone():
    """A falls leaflet's "Put a lamp by your bed and leave a light on at night, so you can see
    where you are going" was cut into "Put a lamp by your bed." and "Leave a light on at night,
    so you can see where you are going.": what follows from both actions was the light's alone.
    The actions are rows and what follows is said once after them ("This is so ..."); a
    sentence short enough stays whole; "so" that says how ("so the soles of your feet are
    flat") is the last action's. The check names a row that ties it to the last action."""
    for sentence, said in (
        ("Put a lamp by your bed and leave a light on at night, so you can see where you are "
         "going.", ["Put a lamp by your bed.", "Leave a light on at night.",
                    "This is so you can see where you are going."]),
        ("Remove loose rugs, tidy away trailing wires and keep the stairs clear, so you are "
         "less likely to trip.", ["Remove loose rugs.", "Tidy away trailing wires.",
                                  "Keep the stairs clear.",
                                  "This is so you are less likely to trip."]),
        ("Bring all your medicines and fill in the form at home, so that we can check them "
         "with you.", ["Bring all your medicines.", "Fill in the form at home.",
                       "This is so that we can check them with you."]),
    ):
        rows = _split(sentence)
        assert rows == said, rows
        _keeps_facts(sentence, rows)
    short = "Sit down and rest for a while, so you do not feel faint."
    assert _split(short) == [short]
    how = "Lie down on the bed and bend your knees so the soles of your feet are flat on the bed."
    assert _split(how)[-1] == "Bend your knees so the soles of your feet are flat on the bed."
    sentence = ("Put a lamp by your bed and leave a light on at night, so you can see where you "
                "are going.")
    assert any("ties what follows from its actions" in p for p in _problems(
        ["Put a lamp by your bed.", "Leave a light on at night, so you can see where you are "
         "going."], sentence))
    assert _problems(["Put a lamp by your bed.", "Leave a light on at night.",
                      "This means you can see where you are going."], sentence) == []


def test_what_an_instruction_is_for_after_so_is_never_said_as_its_result():
    """A sedation leaflet's "Rest for the rest of the day and do not drive for 24 hours, so the
    sedation can wear off" was drafted "Rest for the rest of the day." / "Do not drive for 24
    hours." / "This means the sedation can wear off.": as if not driving wore the sedation off.
    After instructions, ", so ..." says what they are for, or why they take so long: it is
    said with its own word, "This is so ...", never as their result; a sentence short enough
    stays whole. After a statement, what follows from it is still "This means ..."."""
    for sentence, said in (
        ("Rest for the rest of the day and do not drive for 24 hours, so the sedation can wear "
         "off.", ["Rest for the rest of the day.", "Do not drive for 24 hours.",
                  "This is so the sedation can wear off."]),
        ("Take your tablets with food and drink plenty of water, so the medicine has time to "
         "work.", ["Take your tablets with food.", "Drink plenty of water.",
                   "This is so the medicine has time to work."]),
        ("Do not lift anything heavy and do not drive for 6 weeks after your operation, so your "
         "wound can heal.", ["Do not lift anything heavy and do not drive for 6 weeks after your "
                             "operation.", "This is so your wound can heal."]),
    ):
        rows = _split(sentence)
        assert rows == said, rows
        _keeps_facts(sentence, rows)
    short = "Do not drive for 24 hours, so the sedation can wear off."
    assert _split(short) == [short]
    result = ("Your eye will be covered with a shield after the operation, so you will not be "
              "able to drive home.")
    assert _split(result) == ["Your eye will be covered with a shield after the operation.",
                              "This means you will not be able to drive home."]


# ---- a condition that governs only part of its sentence -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Make an appointment with the practice nurse within 10 days, or sooner if the wound "
        "leaks.",
        "Take one tablet each morning with breakfast, or with a glass of milk if the tablets "
        "upset your stomach.",
        "Use the spray twice a day, or 4 times a day if your nose is blocked.",
        "Book a follow-up with your GP in 2 weeks, or straight away if the rash spreads.",
    ],
)
def test_a_condition_on_an_alternative_after_or_never_leads_in_the_whole_sentence(sentence):
    """ "Make an appointment within 2 weeks, or sooner if the pain comes back": the condition
    is the "or sooner"'s alone. As a lead-in over the whole ("If the pain comes back:" over
    "Make an appointment ... within 2 weeks, or sooner.") a reader whose pain stays away makes
    no appointment. With no words of the source to say the alternative alone, it stays whole."""
    rows = _split(sentence)
    assert rows == [sentence], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Tell the nurse if your arm feels tight or sore but it is not swollen.",
        "Call your GP if the swelling goes down but your ankle still hurts when you walk.",
        "Come back if your eye is red but your sight has not changed.",
    ],
)
def test_a_but_clause_inside_a_condition_stays_with_its_condition(sentence):
    """ "Call 111 if you feel dizzy but you have not fainted" had been cut into "Call 111 if
    you feel dizzy." and a row of its own, "You have not fainted.": anyone dizzy was sent to
    111, fainting included, and the row said something untrue. A "but" clause that tells the
    reader nothing to do is the condition's."""
    rows = _split(sentence)
    condition = sentence[sentence.index(" if ") + 4 : -1]
    assert any(re.search(rf"\bif {re.escape(condition)}\b", row, re.I) for row in rows), rows
    _keeps_facts(sentence, rows)


def test_a_but_clause_inside_a_condition_listed_under_its_lead_in_stays_with_it(tmp_path):
    from leaflet_files import write_source

    body = ("## When to get help\n\nPhone the fracture clinic if:\n\n"
            "- your arm feels tight or sore but it is not swollen\n"
            "- your cast is cracked or loose\n")
    rows = [row.plain for row in draft(load_leaflet(
        write_source(tmp_path, "7340-your-arm-cast", "Fracture Clinic", body))).rows()]
    assert not [row for row in rows if row.lower().startswith("it is not swollen")], rows
    assert any("if your arm feels tight or sore but it is not swollen" in row.lower()
               for row in rows), rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Yes, but only clear fluids after midnight.",
        "Yes, but only a small amount before 7am.",
    ],
)
def test_an_answer_keeps_its_limit_on_its_row(sentence):
    """ "Can I eat the day before?" answered "Yes, but only a light breakfast before 8am." had
    become "Yes." and a row of its own: "Yes." alone answers with no limit."""
    assert _split(sentence) == [sentence]
