"""Easy Read that never changes the meaning: the draft read with a real parser on leaflets shaped
like real ones (tests/fixtures/easy_read), the meaning check that fails the build, and pictures
chosen by meaning. Each leaflet here holds a sentence the rule-based draft turned against the
patient: a "not" lost, a condition cut off, a fragment, an instruction made a question."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from leaflet_files import write_source
from PIL import Image

from pipeline.formats.audio.speech_script import speech_script
from pipeline.formats.easy_read import EasyReadSettings, check_easy_read, write_easy_read
from pipeline.formats.easy_read.drafter import (
    draft,
    numbers,
    numbers_in,
    plain_words,
    read_author_file,
    sentences,
    simplify,
    split_ideas,
)
from pipeline.formats.easy_read.grammar import agents, read
from pipeline.formats.easy_read.meaning import SourceSentence, check_meaning, leaflet_sentences
from pipeline.formats.easy_read.pictures import (
    CONFIDENCE_THRESHOLD,
    CREDIT,
    choose_picture,
    health_icon_svg,
    health_icons,
    picture_png,
)
from pipeline.sources import load_leaflet

LEAFLETS = Path(__file__).parent / "fixtures" / "easy_read"


def _leaflet(number: int):
    (path,) = LEAFLETS.glob(f"{number}-*.md")
    return load_leaflet(path)


def leaflet_sentences_of(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(text, line) for line, text in enumerate(texts, start=1)]


@pytest.fixture(scope="module")
def drafts():
    """The automatic draft of each test leaflet, as a list of row words."""
    return {
        number: [row.plain for row in draft(_leaflet(number)).rows()]
        for number in (601, 602, 603, 604, 605)
    }


def test_a_shared_not_is_repeated_on_every_action(drafts):
    rows = drafts[604]
    for action in (
        "Do not hold your breath.",
        "Do not squeeze your legs together.",
        "Do not tighten your buttocks.",
        "Do not tense anywhere else.",
    ):
        assert action in rows
    for row in rows:
        if "buttocks" in row or "legs together" in row:
            assert row.startswith("Do not"), row


def test_a_condition_keeps_its_whole_list_and_stays_with_what_it_governs(drafts):
    rows = drafts[603]
    gp = rows.index("Please get in touch with your GP.")
    assert rows[gp - 1] == "If your knee becomes hot, red or uncomfortably swollen:"
    assert not any(row.startswith("Red or") for row in rows)
    # "Stop the exercises and phone the ward if ...": which actions the "if" at the end governs
    # is not known, so the sentence is kept whole (never "Stop the exercises." under a lead-in)
    assert (
        "Stop the exercises and phone the ward if your knee becomes hot, red or uncomfortably "
        "swollen." in rows
    )
    rows = drafts[601]
    stop = rows.index("Stop taking methotrexate.")
    assert rows[stop - 1] == (
        "If you get a sore throat, a high temperature or unexpected bruising:"
    )


def test_a_list_that_finishes_a_sentence_gives_whole_sentences_not_fragments(drafts):
    rows = drafts[602]
    assert "Go to A&E straight away if your fingers become blue or very swollen." in rows
    assert "Go to A&E straight away if your fingers feel numb or tingly." in rows
    assert "Go to A&E straight away if your fingers cannot move." in rows
    for number, rows in drafts.items():
        for row in rows:
            assert not row.endswith((", or.", " or.", ", and.", " and.")), (number, row)


def test_instructions_stay_instructions_and_questions_stay_questions(drafts):
    assert "Have a light meal before you start your exercises." in drafts[603]
    assert any(row.startswith("Have a light breakfast") for row in drafts[605])
    assert "Will I be asleep?" in drafts[605]
    assert "Do you have any questions about your treatment?" in drafts[601]
    questions = [row for rows in drafts.values() for row in rows if row.endswith("?")]
    assert sorted(questions) == [
        "Do you have any questions about your treatment?",
        "Will I be asleep?",
    ]
    # "Do not stop and start your flow" was made "Do not stop?" and "Start your flow of urine."
    assert not any(row.startswith("Start your flow") for row in drafts[604])


def test_words_of_a_list_are_never_cut_apart(drafts):
    """ "ring" in "index, middle, ring and little fingers" is a finger, not an instruction."""
    assert any("index, middle, ring and little fingers" in row for row in drafts[602])
    assert not any(row.startswith("R and") for row in drafts[602])


def test_a_dose_is_copied_exactly_and_never_beside_a_number_word(drafts):
    rows = drafts[601]
    assert "Your usual dose is 7.5 mg: 3 tablets, swallowed whole with a glass of water." in rows
    assert "Each tablet is 2.5 mg." in rows
    assert not any("three 2.5" in row or "3 2.5" in row for row in rows)


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("Do not take more than two 500mg tablets at a time, or more than eight in 24 hours.",
         ["Do not take more than 2 tablets at a time, or more than 8 in 24 hours.",
          "Each tablet is 500 mg."]),
        ("Take one or two 500mg tablets every four to six hours.",
         ["Take 1 or 2 tablets every 4 to 6 hours.", "Each tablet is 500 mg."]),
    ],
)
def test_counts_in_a_row_with_a_dose_are_all_figures(sentence, rows):
    """ "Do not take more than two 500mg tablets at a time, or more than eight in 24 hours" was
    drafted "... more than 2 tablets at a time, or more than eight in 24 hours": the dose's
    count made a figure, the other count left a word, so the row counted one thing two ways.
    Every count of a sentence whose dose is set apart is a figure, as Easy Read writes them;
    a sentence with no dose keeps its words, and "one" is a count only beside another."""
    plain = plain_words()
    assert split_ideas(simplify(sentence, plain), plain, 15) == rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    kept = "Use one side of the spacer and take two puffs."
    assert split_ideas(simplify(kept, plain), plain, 15) == [
        "Use one side of the spacer.", "Take two puffs."]


# ---- the meaning check ----------------------------------------------------------------------


def _check(leaflet, folder: Path):
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, folder)
    return check_easy_read(leaflet, settings, files)


REVERSING_AUTHOR_FILE = """---
leaflet: 604
version: 3
---
## Finding the right muscles
[chair] Sit on a firm chair with your knees a little apart.
[] Do not hold your breath.
[] Tighten your buttocks.
[] Squeeze and lift the muscles.
[] Hold for up to **10 seconds**.
"""


def test_an_author_file_that_reverses_a_not_fails_the_check_naming_row_and_line(tmp_path):
    folder = tmp_path / "source"
    folder.mkdir()
    (source,) = LEAFLETS.glob("604-*.md")
    copy = folder / source.name
    copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    copy.with_suffix(".easyread.md").write_text(REVERSING_AUTHOR_FILE, encoding="utf-8")
    report = _check(load_leaflet(copy), tmp_path)
    assert not report.passed
    problems = " ".join(report.problems)
    assert "row 'Tighten your buttocks.': lost its 'not'" in problems
    assert "(source line 18: 'Remember not to hold your breath" in problems
    # rewording that keeps the meaning is allowed
    assert "'Do not hold your breath.'" not in problems
    assert "Squeeze and lift" not in problems


def test_the_check_holds_rows_to_their_sentences():
    sources = leaflet_sentences(_leaflet(603))
    problems = [
        str(problem)
        for problem in check_meaning(
            [
                "If your knee becomes hot:",
                "Red or uncomfortably swollen, please get in touch with your GP.",
                "Phone the ward.",
                "Do not have a light meal before you start your exercises.",
                "Repeat 10 times, 4 times a day.",
                "Pump your ankles up and down 10 times, or.",
            ],
            sources,
        )
    ]
    assert any("follows only part of its condition" in p and "line 28" in p for p in problems)
    assert any(p.startswith("row 'Phone the ward.'") and "line 26" in p for p in problems)
    assert any("gained a 'not'" in p for p in problems)
    assert any("number(s) not in its sentence: 4" in p for p in problems)
    assert any("ends as a broken fragment" in p for p in problems)


def test_the_drafts_of_every_test_leaflet_pass_the_meaning_check():
    for number in (601, 602, 603, 604, 605, 606):
        leaflet = _leaflet(number)
        rows = [row.plain for row in draft(leaflet).rows()]
        assert check_meaning(rows, leaflet_sentences(leaflet)) == [], number


def test_a_decimal_dose_is_one_number(tmp_path):
    """ "7.5" is one number: the facts check found "7" and "5" missing from a row with 7.5 mg."""
    assert numbers_in("Take 7.5 mg once a week, or 10 mg.") == ["7.5", "10"]
    report = _check(_leaflet(601), tmp_path)
    assert "facts of the leaflet missing" not in " ".join(report.problems)
    assert "rows that change the meaning" not in " ".join(report.problems)


# ---- who does what, numbers with their units --------------------------------------------------


def test_a_cut_keeps_who_does_each_action():
    """ "The nurse will put a tube in your hand and give you a sedative" cut at "and" made the
    reader the one told to give it: "Give you a sedative through it." """
    rows = [row.plain for row in draft(_leaflet(606)).rows()]
    assert "The nurse will put a small tube in the back of your hand." in rows
    assert "The nurse will give you a sedative through it." in rows
    assert "Someone must collect you." in rows
    assert "Someone must stay with you overnight." in rows
    assert not any(row.startswith(("Give you", "Stay with you")) for row in rows)
    # a "help you to bend and straighten" is not cut into an order to straighten
    plain = plain_words()
    sentence = "These exercises will help you to bend and straighten your new hip."
    assert split_ideas(sentence, plain, 15) == [sentence]


def test_the_check_names_a_row_that_changes_who_does_what():
    sources = leaflet_sentences(_leaflet(606))
    problems = [
        str(problem)
        for problem in check_meaning(
            [
                "Give you a sedative through it.",
                "You will spray your throat to make it numb.",
                "The nurse will give you a sedative through it.",
                "Collect you and stay with you overnight.",
            ],
            sources,
        )
    ]
    assert any(
        p.startswith("row 'Give you a sedative through it.': says the reader will 'give'; "
                     "the source says nurse does") and "line 22" in p
        for p in problems
    ), problems
    assert any("row 'You will spray" in p and "the source says doctor does" in p for p in problems)
    assert any("row 'Collect you" in p and "someone" in p for p in problems)
    assert not any("The nurse will give" in p for p in problems)


def test_the_check_pairs_every_number_with_its_unit():
    sources = leaflet_sentences(_leaflet(606))
    problems = [
        str(problem)
        for problem in check_meaning(
            [
                "Take 8 tablets each morning for 5 days.",
                "Each tablet is 5 g.",
                "Take 8 each morning for 5 days.",
                "Do not eat for 6 days before your test.",
                "Do not eat for 6 hours before your test.",
            ],
            sources,
        )
    ]
    assert any(p.startswith("row 'Each tablet is 5 g.': has 5 g; the source has 5 day or 5 mg")
               for p in problems), problems
    assert any(p.startswith("row 'Take 8 each morning for 5 days.': has 8 without its unit "
                            "(the source has 8 tablet)") for p in problems), problems
    assert any(p.startswith("row 'Do not eat for 6 days") and "6 hour" in p for p in problems)
    assert not any(p.startswith(("row 'Take 8 tablets", "row 'Do not eat for 6 hours"))
                   for p in problems)


def test_a_count_of_tablets_is_a_digit_and_each_dose_has_its_unit():
    plain = plain_words()
    assert split_ideas("After that, take two 1,000 unit vitamin D tablets every day.", plain,
                       15) == ["After that, take 2 vitamin D tablets every day.",
                               "Each tablet is 1,000 units."]
    assert split_ideas("Put on one 25 microgram patch every 3 days.", plain, 15) == [
        "Put on 1 patch every 3 days.",
        "Each patch is 25 micrograms.",
    ]


def test_a_paragraph_that_a_list_finishes_is_said_once_and_only_its_last_sentence_leads_in():
    rows = [row.plain for row in draft(_leaflet(606)).rows()]
    assert rows.count("You can choose how to have the test.") == 1
    assert "You may be offered a throat spray, which numbs the back of your throat." in rows
    # with no colon after "if", the list still finishes the sentence
    for item in ("you cough up more than a spoonful of blood", "you feel short of breath"):
        assert f"Phone the unit straight away if {item}." in rows
    assert not any(row.endswith(" if.") for row in rows)
    sources = leaflet_sentences(_leaflet(606))
    (problem,) = check_meaning(["Phone the unit straight away if."], sources)
    assert problem.what == "ends as a broken fragment"


def test_a_condition_after_a_colon_governs_only_the_words_after_it():
    """ "a sedative, which makes you feel sleepy: if you have a sedative you must not drive" made
    the lead-in "If you have a sedative you must not drive for 24 hours:"."""
    rows = [row.plain for row in draft(_leaflet(606)).rows()]
    sedative = rows.index("You may be offered a sedative, which makes you feel sleepy.")
    assert rows[sedative + 1 : sedative + 5] == [
        "If you have a sedative:",
        "You must not drive for 24 hours.",
        "Someone must collect you.",
        "Someone must stay with you overnight.",
    ]


def test_times_and_thousands_are_whole_numbers_and_the_whole_leaflet_passes(tmp_path):
    assert numbers("Open Monday to Friday, 8.30am to 5.30pm.") == ["8.30", "5.30"]
    assert numbers_in("Bleeding happens in about 1 in 1,000 tests.") == ["1", "1,000"]
    texts = [row.text for row in draft(_leaflet(606)).rows()]
    assert "Please come to the unit at **8.30am**." in texts  # was **8**.30am
    assert "Each tablet is **1,000** units." in texts
    report = _check(_leaflet(606), tmp_path)
    problems = " ".join(report.problems)
    assert "facts of the leaflet missing" not in problems
    assert "rows that change the meaning" not in problems



def test_a_sentence_ending_in_a_letter_ends_there():
    """ "vitamin D. Spend 15 minutes outside" was one row of two sentences."""
    assert sentences("You have hepatitis B. Your nurse will explain. Take vitamin D. Keep it "
                     "cool.") == ["You have hepatitis B.", "Your nurse will explain.",
                                  "Take vitamin D.", "Keep it cool."]
    assert sentences("Please ask for nurse J. Smith on the ward.") == [
        "Please ask for nurse J. Smith on the ward."
    ]


def test_long_sentences_are_cut_where_a_purpose_or_a_reason_starts():
    plain = plain_words()
    assert split_ideas(
        "Wear your stockings day and night for 6 weeks to prevent blood clots in your legs.",
        plain, 15,
    ) == ["Wear your stockings day and night for 6 weeks.",
          "This will prevent blood clots in your legs."]
    assert split_ideas(
        "Your nurse has given you a sling, because your shoulder needs to rest for a few weeks.",
        plain, 15,
    ) == ["Your nurse has given you a sling.",
          "This is because your shoulder needs to rest for a few weeks."]
    # "try to reduce" is what to try, not what it is for
    sentence = "You should try to reduce the amount of alcohol you drink to 14 units a week."
    assert split_ideas(sentence, plain, 15) == [sentence]


def test_a_long_condition_the_parser_takes_for_the_main_clause_still_leads_in():
    plain = plain_words()
    assert split_ideas(
        "If your leg suddenly becomes very swollen or your foot looks blue, call the ward on "
        "0116 258 4221 straight away.", plain, 15,
    ) == ["If your leg suddenly becomes very swollen or your foot looks blue:",
          "Call the ward on 0116 258 4221 straight away."]

# ---- pictures by meaning --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "wrong", "right"),
    [
        # each of these was chosen for one word of the row: a bath, a cupcake, socks, a fuel
        # pump, a jellyfish, soft ice cream, a person kneeling upright
        ("Taking methotrexate.", "1F6C0", "1F48A"),
        ("You will be taking bowel preparation.", "1F6C0", "healthicons:medicine-bottle"),
        ("You will need regular blood tests while you are taking methotrexate.", "1F6C0", None),
        ("This leaflet is about rheumatoid arthritis.", "1F9C1", "healthicons:joints"),
        ("You can have clear stock or squash.", "1F9E6", "1F6B0"),
        ("Pump your ankles up and down 10 times.", "26FD", "1F9B6"),
        ("The nurse will put some lubricating jelly on the camera.", "1FABC", "1F9F4"),
        ("Place a soft pillow under your knee.", "1F366", "1F6CF"),
        ("Kneel on all fours.", "1F9CE", "2139"),
        ("Lie on your back on the bed.", None, "1F6CC"),
        ("Go to A&E straight away.", None, "healthicons:accident-and-emergency"),
        ("Your pharmacy can give you more.", None, "healthicons:pharmacy"),
    ],
)
def test_a_picture_shows_what_the_row_is_about(row, wrong, right):
    picture = choose_picture(row)
    assert picture.hexcode != wrong, picture
    if right:
        assert picture.hexcode == right, picture


@pytest.mark.parametrize(
    ("row", "wrong", "right"),
    [
        # a test tube, a weightlifter, the bones of the back, lines of pain, a calendar and a
        # person standing up were chosen for one word of these rows
        ("A flexible tube with a camera on the end goes into your bowel.", "1F9EA", "1F4F7"),
        ("You may lose weight without trying.", "1F3CB", "healthicons:underweight"),
        ("The nurse will spray the back of your throat.", "healthicons:spine",
         "healthicons:ears-nose-and-throat"),
        ("Take your pain relief an hour before you go.", "healthicons:pain", "1F48A"),
        ("After 3 weeks, take 2 capsules a day.", "1F4C5", "1F48A"),
        ("Come back to the Eye Clinic in 2 weeks.", "1F9CD", "1F3E5"),
        ("Lie on the couch on your back.", "healthicons:spine", "1F6CC"),
        ("Royal Infirmary Day Surgery Unit.", None, "1F3E5"),
        ("Gently pull down your lower eyelid.", None, "healthicons:eye"),
        ("You can have it as a recording to listen to.", None, "1F3A7"),
        ("Tighten your thigh muscles.", "1F4AA", "1F9B5"),
    ],
)
def test_a_picture_shows_the_rows_own_thing_not_another_sense_of_a_word(row, wrong, right):
    picture = choose_picture(row)
    assert picture.hexcode != wrong, picture
    assert picture.hexcode == right, picture


def test_a_picture_named_for_one_word_is_offered_to_the_author_not_placed():
    """OpenMoji named for one word of a row is as often another sense of it: people with bunny
    ears for "Most people ...", a notebook for "Cover it ..."."""
    for row in ("Most people have no side effects.", "Cover it with a plastic bag when you wash."):
        picture = choose_picture(row)
        assert picture.is_neutral and picture.confidence < CONFIDENCE_THRESHOLD, (row, picture)


def test_a_tick_only_beside_a_row_that_says_to_do_something():
    assert choose_picture("Remember to bring your glasses with you.").hexcode == "2714"
    assert choose_picture("The nurse will make sure you are comfortable.").hexcode != "2714"
    assert choose_picture("Remember not to bring any jewellery.").hexcode != "2714"


def test_health_icons_are_drawn_in_outline_like_openmoji():
    assert health_icon_svg("pharmacy") == health_icons()["pharmacy-outline"]
    assert health_icon_svg("colon") == health_icons()["colon-outline"]


def test_a_stop_sign_only_beside_a_do_not_row_and_never_a_logo_food_or_animal():
    stop = "1F6D1"
    assert choose_picture("Do not push into pain.").hexcode == stop
    assert choose_picture("Stop the exercises.").hexcode == stop
    after = choose_picture("Use contraception for 3 months after you stop.")
    assert after.hexcode != stop
    for row in ("Follow us on Reddit.", "A cupcake.", "Look at the giraffe.", "Jellyfish."):
        assert choose_picture(row).is_neutral, row
    # eating, not the cake
    assert choose_picture("Eat a cupcake.").shows == "a plate, knife and fork for food"


def test_a_picture_under_the_threshold_is_the_plain_one_and_the_draft_flags_it():
    weak = choose_picture("It explains how to take it safely.")
    assert weak.is_neutral and weak.confidence < CONFIDENCE_THRESHOLD
    rows = draft(_leaflet(604)).rows()
    kneel = next(row for row in rows if row.plain.startswith("Kneel on all fours"))
    assert kneel.picture.is_neutral
    assert "choose one" in kneel.doubt


def test_health_icons_are_drawn_and_credited():
    assert health_icons()["pharmacy"].startswith("<svg")
    assert "Health Icons" in CREDIT
    png = picture_png("healthicons:pharmacy", 100)
    with Image.open(png) as image:
        assert image.size == (100, 100)
        assert image.convert("L").getextrema()[0] < 50  # drawn in black, not blank


# ---- Easy Read structure --------------------------------------------------------------------


def test_the_first_rows_say_what_the_leaflet_is_about(leaflet_442, drafts):
    first = draft(leaflet_442).rows()[0]
    assert first.plain == "This leaflet is about lower back stretches in pregnancy."
    assert "add who the leaflet is for" in first.doubt
    # a leaflet that says so itself keeps its own words first
    assert drafts[603][0] == "These exercises are for people who have just had a knee replacement."


def test_a_section_keeps_its_rows_together_so_it_starts_on_a_new_page(tmp_path):
    settings = EasyReadSettings()
    (path,) = write_easy_read(_leaflet(603), settings, tmp_path)
    exercise = Document(str(path)).tables[1]  # "Exercise 1: Ankle pumps"
    for row in exercise.rows[:-1]:
        assert row.cells[1].paragraphs[0].paragraph_format.keep_with_next
    # a section longer than a page keeps each condition with the rows it governs
    (path,) = write_easy_read(_leaflet(602), settings, tmp_path)
    rows = [row for table in Document(str(path)).tables for row in table.rows]
    lead = next(i for i, row in enumerate(rows) if row.cells[1].text.endswith("much worse:"))
    for row in rows[lead : lead + 2]:
        assert row.cells[1].paragraphs[0].paragraph_format.keep_with_next


def test_the_speech_script_keeps_each_not_and_never_speaks_a_broken_fragment():
    """The spoken leaflet reads whole sentences, so a shared "not" stays with its list; a list
    item that leads on to the next ("..., or") is not closed with a full stop."""
    spoken = speech_script(_leaflet(602)).as_text()
    assert "become blue or very swollen, or\n" in spoken
    assert ", or." not in spoken
    spoken = speech_script(_leaflet(604)).as_text()
    assert (
        "Remember not to hold your breath, squeeze your legs together, tighten your buttocks "
        "or tense anywhere else." in spoken
    )


def test_a_condition_in_the_middle_governs_both_instructions_joined_by_and():
    plain = plain_words()
    sentence = (
        "Stop if your knee becomes hot, red or very swollen, and contact your GP straight away."
    )
    assert split_ideas(simplify(sentence, plain), plain, 15) == [
        "If your knee becomes hot, red or very swollen:",
        "Stop.",
        "Get in touch with your GP straight away.",
    ]


def test_an_if_that_means_whether_is_not_a_condition():
    """ "as you may not feel if it is too hot" made the lead-in "If it is too hot:" above "Test
    the water ... as you may not feel.": the test of the water became conditional on the heat."""
    plain = plain_words()
    for sentence in (
        "Test the water with your elbow first, as you may not feel if it is too hot.",
        "You can check if the swelling has gone down by pressing the skin gently.",
        "Ask the pharmacist if it is safe to take with your other medicines.",
    ):
        assert split_ideas(sentence, plain, 15)[0] != "If it is too hot:"
        assert not any(row.startswith("If ") for row in split_ideas(sentence, plain, 15))
    assert split_ideas("Stop the exercise if it hurts.", plain, 15) == [
        "Stop the exercise if it hurts."
    ]
    assert split_ideas(
        "If your foot becomes red, hot or swollen, get help from your GP or nurse the same day "
        "and call the Diabetes Centre.", plain, 15
    )[0].startswith("If your foot becomes red, hot or swollen")


def test_a_time_said_after_a_statement_is_never_made_a_lead_in():
    """ "These changes usually start 2 weeks after treatment begins and settle 4 weeks after it
    ends." became "2 weeks after treatment begins and settle 4 weeks after it ends:" above "These
    changes usually start.": a lead-in must open with its condition word, or the sentence stays
    whole."""
    plain = plain_words()
    for sentence in (
        "These changes usually start 2 weeks after treatment begins and settle 4 weeks after "
        "it ends.",
        "The swelling often gets worse 3 days after the operation and goes down a week later.",
    ):
        rows = split_ideas(sentence, plain, 15)
        assert not any(row.endswith(":") for row in rows), rows
        assert not any(row.startswith(("Settle", "Goes", "Go down")) for row in rows), rows
        assert " ".join(rows).count("weeks") + " ".join(rows).count("days") >= 1


def test_a_cut_never_leaves_a_row_that_is_only_the_end_of_the_one_before():
    """ "... so that you can return to walking normally" and "; and around your heels" were
    rows of their own: "So that you can ..." and "And around your heels."."""
    plain = plain_words()
    purpose = split_ideas(
        "These exercises will help to get your ankle moving and strong again so that you can "
        "return to walking normally.", plain, 15)
    assert purpose[-1] == "This is so that you can return to walking normally."
    listed = split_ideas(
        "Look for redness or swelling: especially between your toes; and around your heels.",
        plain, 15)
    assert not any(row.startswith(("And ", "So that")) for row in listed), listed
    assert "around your heels" in " ".join(listed)


def test_things_joined_by_or_are_never_cut_into_instructions():
    """ "Do not put heat or ice packs on your skin" became "Do not put heat." and "Do not ice packs
    on your skin."; "in your wrist or groin to your heart" left the row "Or groin to your heart.":
    a word after "or" that names a thing is not an action, whatever the parser first guessed."""
    plain = plain_words()
    for sentence in (
        "Do not put heat or ice packs on your skin.",
        "Do not use talcum powder or perfumed creams on the area.",
    ):
        rows = split_ideas(simplify(sentence, plain), plain, 15)
        assert rows == [simplify(sentence, plain)], rows
    # too long to stay whole, it is cut only where the wrist or groin stays together
    sentence = "A thin tube is passed through a blood vessel in your wrist or groin to your heart."
    rows = split_ideas(sentence, plain, 15)
    assert not any(row.startswith("Or ") for row in rows), rows
    assert "The blood vessel is in your wrist or groin." in rows, rows
    assert split_ideas("Do not lift, push or pull anything heavy.", plain, 15) == [
        "Do not lift, push or pull anything heavy."
    ]


def test_an_action_after_or_in_a_condition_stays_in_the_condition():
    """ "Call 999 if you lose control of your bladder or bowel, or feel numb around your bottom"
    became a lead-in, "Call 999." and "Feel numb around your bottom.": an instruction to feel
    numb. What follows "or" after a condition may be part of it, so the sentence stays whole."""
    plain = plain_words()
    for sentence in (
        "Call 999 if you lose control of your bladder or bowel, or feel numb around your bottom.",
        "Go to A&E straight away if you cough up a lot of blood, or feel very short of breath.",
    ):
        rows = split_ideas(simplify(sentence, plain), plain, 15)
        assert not any(row.startswith(("Feel", "Cough")) for row in rows), rows
    source = leaflet_sentences_of(
        "Call 999 if you lose control of your bladder or bowel, or feel numb around your bottom."
    )
    rows = ["If you lose control of your bladder or bowel:", "Call 999.",
            "Feel numb around your bottom."]
    assert [p.row for p in check_meaning(rows, source)] == ["Feel numb around your bottom."]


def test_a_condition_on_the_last_action_stays_with_it_alone():
    """ "Stand on your injured leg, holding a chair for support if you need it" became "If you need
    it:" above "Stand on your injured leg.": the standing made optional."""
    plain = plain_words()
    for sentence, last in (
        ("Stand on your injured leg, holding a chair for support if you need it.",
         "Hold a chair for support if you need it."),
        ("Walk to the end of the corridor and back, using your frame if you need to.",
         "Use your frame if you need to."),
    ):
        rows = split_ideas(simplify(sentence, plain), plain, 15)
        assert rows[-1] == last, rows
        assert not any(row.endswith(":") for row in rows), rows


def test_a_statement_is_not_turned_round_its_when_or_while():
    plain = plain_words()
    sentence = "You have had a plaster cast put on to hold your bone still while it heals."
    rows = split_ideas(sentence, plain, 15)
    assert not any(row.endswith(":") or row.startswith("While") for row in rows), rows
    assert rows[-1].endswith("while it heals."), rows
    assert simplify("Start these exercises when the pain allows.", plain) != (
        "Start these exercises when the pain lets."
    )
    assert simplify("This allows the wound to heal.", plain) == "This lets the wound heal."


def test_the_check_names_a_row_that_makes_a_thing_an_action():
    source = leaflet_sentences_of("Do not put heat or ice packs on your skin.")
    rows = ["Do not put heat.", "Do not ice packs on your skin."]
    assert "Do not ice packs on your skin." in [p.row for p in check_meaning(rows, source)]


def test_contact_is_reworded_only_as_an_action():
    """ "Contact number:" became "Get in touch with number:" and "contact details" "get in touch
    with details"."""
    plain = plain_words()
    for kept in ("Contact number: 0116 258 4848.", "Your contact details are below.",
                 "Avoid contact with water.", "Contact lenses must be taken out."):
        assert simplify(kept, plain) == kept
    assert simplify("Please contact the ward.", plain) == "Please get in touch with the ward."
    assert simplify("Contact Ward 7 or NHS 111.", plain) == "Get in touch with Ward 7 or NHS 111."


def test_a_condition_after_two_statements_governs_both():
    """ "You can eat and drink as normal unless you are having a general anaesthetic" was cut
    into "You can eat." and "You can drink as normal unless ...": eating made unconditional."""
    plain = plain_words()
    for sentence in (
        "You can eat and drink as normal unless you are having a general anaesthetic.",
        "You can shower and wash your hair as normal if the wound is dry.",
    ):
        rows = split_ideas(sentence, plain, 15)
        assert all(re.search(r"\b(?:if|unless)\b", row, re.I) for row in rows
                   if not row.endswith(":")) or rows[0].endswith(":"), rows


def test_a_time_after_a_list_of_things_not_to_do_stays_with_every_one():
    """ "Do not drink alcohol, operate machinery or sign legal documents for 48 hours" gave "Do
    not drink alcohol." with no end to it: never to drink again."""
    plain = plain_words()
    for sentence in (
        "Do not drink alcohol, operate machinery or sign legal documents for 48 hours.",
        "Do not drive, drink alcohol or sign important documents until the next day.",
    ):
        rows = split_ideas(sentence, plain, 15)
        assert all(re.search(r"48 hours|next day", row) for row in rows), rows


def test_a_time_after_joined_instructions_is_not_cut_from_the_first():
    """ "Stay in bed and drink plenty of water for 24 hours" gave "Stay in bed." for ever. A
    hold, a "do not" or a step after "then" keeps its own time, and is cut as before."""
    plain = plain_words()
    for sentence in (
        "Stay in bed and drink plenty of water for 24 hours.",
        "Rest, keep your leg raised and use ice packs for the first 2 days.",
    ):
        assert split_ideas(sentence, plain, 15) == [sentence]
    assert split_ideas("Squeeze your buttocks and hold for 5 seconds.", plain, 15) == [
        "Squeeze your buttocks.", "Hold for 5 seconds."]
    assert split_ideas(
        "Keep the wound clean and dry and do not remove the dressing for 5 days.", plain, 15
    ) == ["Keep the wound clean and dry.", "Do not remove the dressing for 5 days."]


def test_a_when_clause_holding_an_if_is_never_made_one_lead_in():
    plain = plain_words()
    rows = split_ideas(
        "Ring us before you come in if you have diarrhoea or vomiting in the 48 hours before "
        "your appointment.", plain, 15)
    assert not any(row.startswith("Before you come in if") for row in rows), rows


def test_a_clause_that_waits_for_another_is_never_a_row_of_its_own():
    """ "Once the bleeding has stopped, do not blow your nose ..." gave the row "Once the bleeding
    has stopped." and then an unconditional "Do not blow your nose ...": both are named, the
    ban as left without the words that say when it starts."""
    plain = plain_words()
    rows = split_ideas(
        "Once the bleeding has stopped, do not blow your nose, pick it or lift anything heavy "
        "for 24 hours.", plain, 15)
    assert "Once the bleeding has stopped." not in rows, rows
    source = leaflet_sentences_of(
        "Once the bleeding has stopped, do not blow your nose or lift anything heavy.")
    problems = check_meaning(
        ["Once the bleeding has stopped.", "Do not blow your nose or lift anything heavy."],
        source)
    assert [p.row for p in problems] == ["Once the bleeding has stopped.",
                                         "Do not blow your nose or lift anything heavy."]
    assert "leaves out 'Once the bleeding has stopped'" in problems[1].what


def test_a_lead_in_is_made_only_where_the_condition_surely_ends():
    """With no comma after the condition the parser alone says where it ends: "If you have
    diabetes please ask ..." became "If you have:" over "Diabetes please ask ..."; and "from one
    hour before you take it" was made the lead-in "Before you take it, to eight hours
    afterwards:"."""
    plain = plain_words()
    rows = split_ideas(
        "If you have diabetes please ask for advice on your medicine at your assessment.",
        plain, 10)
    assert "If you have:" not in rows, rows
    rows = split_ideas(
        "If you are taking this for night wetting, drink as little as possible from one hour "
        "before you take it, to eight hours afterwards.", plain, 15)
    assert not any(row.startswith("Before") for row in rows), rows
    assert split_ideas(
        "If your wound becomes red or starts to leak fluid get in touch with the ward straight "
        "away.", plain, 15)[0] == "If your wound becomes red or starts to leak fluid:"


def test_a_place_after_or_is_no_action_and_an_action_after_or_is_no_condition():
    """Found by the long-sentence work: "Do not sit on a low chair or on the toilet ..." gave "Do
    not on the toilet ..."; "Phone the ward if you feel unwell after you go home, or ask your GP
    for advice" gave the lead-in "If you feel unwell ..., or ask your GP for advice:"."""
    plain = plain_words()
    rows = split_ideas("Do not sit on a low chair or on the toilet with your knees crossed.",
                       plain, 15)
    assert not any(row.startswith("Do not on") for row in rows), rows
    rows = split_ideas(
        "Phone the ward on 0116 258 4221 if you feel unwell after you go home, or ask your GP "
        "for advice.", plain, 15)
    assert not any("ask your GP" in row and row.endswith(":") for row in rows), rows


def test_an_ing_phrase_after_a_statement_is_never_made_an_instruction():
    """ "You will need to stay in hospital for 2 to 3 nights, depending on how quickly you
    recover" gave the row "Depend on how quickly you recover."."""
    plain = plain_words()
    sentence = ("You will need to stay in hospital for 2 to 3 nights after your operation, "
                "depending on how quickly you recover.")
    assert not any(row.startswith("Depend") for row in split_ideas(sentence, plain, 15))
    problems = check_meaning(
        ["You will need to stay in hospital for 2 to 3 nights after your operation.",
         "Depend on how quickly you recover."], leaflet_sentences_of(sentence))
    assert [p.row for p in problems] == ["Depend on how quickly you recover."]


def test_an_ing_phrase_after_an_instruction_is_part_of_the_instruction():
    """A hip exercise's "Standing, holding on with both hands, bend both knees a little, keeping
    your heels on the floor" gave "Keep your heels on the floor.", which the check failed as
    telling the reader to 'keep', which its sentence only describes: opened with "Standing", the
    sentence was read as no instruction, though "bend" has no subject and tells the reader what
    to do, and how to do it ("keeping ...") is the instruction's. After a verb with a subject
    of its own ("your physiotherapist will bend your knee, keeping ...") it is still named."""
    plain = plain_words()
    for sentence, row in (
        ("Standing, holding on with both hands, bend both knees a little, keeping your heels on "
         "the floor.", "Keep your heels on the floor."),
        ("Sitting on a firm chair, lift your foot off the floor, keeping your knee bent.",
         "Keep your knee bent."),
    ):
        rows = split_ideas(simplify(sentence, plain), plain, 15)
        assert row in rows, rows
        assert check_meaning(rows, leaflet_sentences_of(sentence)) == [], rows
    sentence = ("Lying on your back, your physiotherapist will bend your knee, keeping your heel "
                "on the bed.")
    problems = check_meaning(["Lying on your back.", "Your physiotherapist will bend your knee.",
                              "Keep your heel on the bed."], leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "only describes" in p.what] == [
        "Keep your heel on the bed."]


def test_what_a_second_look_at_other_trusts_sentences_found():
    """ "Your stitches are dissolvable and do not need to be removed" gave "Do not need to be
    removed." (a "not" with no one to hold it); "... or electric blanket" gave "Do not electric
    blanket."; a condition after "but" led in over the statement before the "but"."""
    plain = plain_words()
    assert split_ideas("Your stitches are dissolvable and do not need to be removed.", plain,
                       15)[-1] == "Your stitches do not need to be removed."
    rows = split_ideas("Do not use a hot water bottle or electric blanket, as you may not feel "
                       "the heat and could burn yourself.", plain, 15)
    assert "Do not electric blanket." not in rows, rows
    assert split_ideas(
        "Some bleeding is normal for the first few days, but call the ward if you soak more "
        "than two pads an hour.", plain, 15) == [
        "Some bleeding is normal for the first few days.",
        "Call the ward if you soak more than two pads an hour."]


def test_a_do_not_to_the_reader_and_a_things_name_are_never_reworded():
    """ "You can shower ..., but do not soak in a bath ..." gave "You can do not soak in a
    bath ..."; "Bring your glasses, hearing aids and ..." gave "Hear aids and ..."."""
    plain = plain_words()
    rows = split_ideas("You can shower the day after your operation, but do not soak in a bath "
                       "until your wound has healed.", plain, 15)
    assert not any("can do not" in row for row in rows), rows
    # (a row of its own: "But" left off, as after any "but")
    assert "Do not soak in a bath until your wound has healed." in rows, rows
    rows = split_ideas("Bring your glasses, hearing aids and a list of your medicines, and wear "
                       "loose, comfortable clothes.", plain, 15)
    assert not any(row.startswith("Hear") for row in rows), rows


def test_a_condition_on_a_describing_clause_and_regular_doses_keep_their_meaning():
    """ "The results will be sent to your GP, who will contact you if any treatment is needed"
    led in with "If any treatment is needed:" over the sending; "Take your painkillers
    regularly" became "often", which is not the same for a dose."""
    plain = plain_words()
    rows = split_ideas("The results will be sent to your GP, who will contact you if any "
                       "treatment is needed.", plain, 15)
    assert not any(row.endswith(":") for row in rows), rows
    assert "regularly" in simplify("Take your painkillers regularly for 3 days.", plain)


def test_a_do_not_after_but_is_always_the_readers():
    plain = plain_words()
    rows = split_ideas("Adults can take 1 or 2 tablets every 4 to 6 hours, but do not take more "
                       "than 8 tablets in 24 hours.", plain, 15)
    assert not any("can do not" in row for row in rows), rows
    assert rows[-1] == "Do not take more than 8 tablets in 24 hours.", rows


def test_a_condition_after_so_governs_only_what_follows_it():
    plain = plain_words()
    rows = split_ideas("The tablets can make you drowsy, so do not drive or use machines if this "
                       "happens.", plain, 15)
    assert rows[0] == "The tablets can make you drowsy.", rows
    assert not any(row.endswith(":") for row in rows), rows


def test_a_time_said_first_never_leads_in_over_what_follows_a_but():
    plain = plain_words()
    rows = split_ideas("After 2 weeks you can start gentle exercise such as walking, but avoid "
                       "swimming until your wound has healed.", plain, 15)
    assert "After 2 weeks:" not in rows, rows


def test_a_condition_after_a_comma_and_is_never_made_the_lead_in_of_the_whole_sentence():
    """ "Take 2 puffs of your blue inhaler every 2 minutes, up to 10 puffs, and call 999 if you do
    not feel better" led in with "If you do not feel better:" over the puffs themselves."""
    plain = plain_words()
    rows = split_ideas("Take 2 puffs of your blue inhaler every 2 minutes, up to 10 puffs, and "
                       "call 999 if you do not feel better.", plain, 15)
    assert not rows[0].startswith("If you do not feel better"), rows


def test_an_instruction_after_and_is_never_taken_into_the_condition():
    """ "Contact your midwife if you notice your baby moving less than usual, and do not wait
    until the next day" led in with "If you notice your baby moving less than usual, and do not
    wait until the next day:": the urgency made part of the condition."""
    plain = plain_words()
    rows = split_ideas("Contact your midwife if you notice your baby moving less than usual, and "
                       "do not wait until the next day.", plain, 15)
    assert not any("do not wait" in row and row.endswith(":") for row in rows), rows
    source = leaflet_sentences_of("Contact your midwife if you notice your baby moving less than "
                                  "usual, and do not wait until the next day.")
    lead = "If you notice your baby moving less than usual, and do not wait until the next day:"
    problems = check_meaning([lead, "Get in touch with your midwife."], source)
    assert lead in [p.row for p in problems]


def test_a_short_form_before_a_figure_does_not_end_the_sentence(tmp_path):
    """ "max. 6 doses in 24 hrs" was cut after "max.", and the row "6 doses in 24 hrs." no
    longer said which medicine it limits; "approx." and "Tel." cut their sentences the same way."""
    limit = "Take 2.5 to 5 ml of Oramorph every 4 hours if needed, max. 6 doses in 24 hours."
    assert sentences(limit) == [limit]
    assert sentences("The risk is approx. 1 in 1,000. Wear your stockings.") == [
        "The risk is approx. 1 in 1,000.", "Wear your stockings."]
    assert sentences("Day Surgery Unit, Tel. 0116 258 7654.") == [
        "Day Surgery Unit, Tel. 0116 258 7654."]
    assert sentences("Rest for 2 days. 1 in 10 people get a rash.") == [
        "Rest for 2 days.", "1 in 10 people get a rash."]
    source = write_source(
        tmp_path, "7001-pain-relief", "Day Surgery",
        f"## Your medicines\n\n{limit} The risk of a clot is approx. 1 in 1,000.\n",
    )
    rows = [row.plain for row in draft(load_leaflet(source)).rows()]
    assert not any(row.startswith(("6 doses", "1 in 1,000")) for row in rows), rows
    assert any("6 doses in 24 hours" in row and "Oramorph" in row for row in rows), rows


def test_a_name_before_a_dash_keeps_its_dose_and_a_clause_with_a_verb_is_not_a_fragment(tmp_path):
    """ "Co-codamol 30/500 – 1-2 tablets, 4x a day" became the rows "Co-codamol 30/500." and
    "1-2 tablets, 4x a day." (which medicine?), and "...; at other times call 0300 303 1573"
    became "This is at other times call 0300 303 1573."."""
    source = write_source(
        tmp_path, "7002-pain-relief", "Day Surgery",
        "## Your medicines\n\nCo-codamol 30/500 – 1-2 tablets, 4x a day.\n\n"
        "## Contact\n\nPhone the ward on 0116 258 7654 in the day; at other times call "
        "0300 303 1573.\n",
    )
    rows = [row.plain for row in draft(load_leaflet(source)).rows()]
    assert "Co-codamol 30/500 – 1 to 2 tablets, 4 times a day." in rows, rows
    assert not any(row.startswith("This is at") for row in rows), rows
    assert "At other times call 0300 303 1573." in rows, rows
    # a name before a colon, with an instruction after it, is still a row of its own
    source.write_text(source.read_text().replace(
        "Co-codamol 30/500 – 1-2 tablets, 4x a day.",
        "Ibuprofen 400mg: take 1 tablet 3 times a day with food, for 3 to 5 days."))
    rows = [row.plain for row in draft(load_leaflet(source)).rows()]
    assert "Take 1 tablet 3 times a day with food, for 3 to 5 days." in rows, rows


def test_an_instruction_after_a_list_of_medicines_is_not_taken_for_one_more_medicine():
    """ "If you take warfarin, rivaroxaban or apixaban, phone us ..." failed the check: the parser
    read "phone" as one more thing in the list, so the row "Phone us ..." was said to make a
    thing an action."""
    sentence = ("If you take warfarin, rivaroxaban or apixaban, phone us on 0116 258 4567 at "
                "least 1 week before.")
    rows = ["If you take warfarin, rivaroxaban or apixaban:",
            "Phone us on 0116 258 4567 at least 1 week before."]
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    # a thing made an action is still found
    problems = check_meaning(["Do not ice packs on your skin."],
                             leaflet_sentences_of("Do not put heat or ice packs on your skin."))
    assert problems


def test_what_staff_or_a_thing_do_is_not_made_an_instruction_to_the_reader():
    """ "They let air into the middle ear and help your child hear better" gave the row "Help
    your child hear better.", telling the parent to do what the grommets do; "let" and "put"
    read as past tense hid the shared subject. The check names such a row."""
    plain = plain_words()
    assert split_ideas("They let air into the middle ear and help your child hear better.",
                       plain, 15) == ["They let air into the middle ear.",
                                      "They help your child hear better."]
    assert split_ideas("We put a dressing on the wound and check it the next day.", plain,
                       15) == ["We put a dressing on the wound.", "We check it the next day."]
    assert split_ideas("Help is at www.nhs.uk or call 111.", plain, 15)[-1] == "Or call 111."
    problems = check_meaning(
        ["They let air into the middle ear.", "Help your child hear better."],
        leaflet_sentences_of("They let air into the middle ear and help your child hear better."),
    )
    assert any("which its sentence says 'They' do" in str(p) for p in problems), problems


def test_a_row_that_is_its_sentence_word_for_word_keeps_its_meaning():
    """A table's row read as "When you can start: Usually after 4 to 6 weeks." failed the check
    as "only a condition, cut off from what it governs", though it is its sentence unchanged."""
    sources = leaflet_sentences_of("When you can start: Usually after 4 to 6 weeks.",
                                   "When you can start: When you can climb 2 flights of stairs.")
    rows = ["When you can start: Usually after 4 to 6 weeks.",
            "When you can start: When you can climb 2 flights of stairs."]
    assert check_meaning(rows, sources) == []
    # a row cut from it is still held to it
    assert check_meaning(["When you can climb 2 flights of stairs."], sources)
    # a row cut from it word for word gains no "not" ("4 weeks if not" was read as one)
    sources = leaflet_sentences_of(
        "When you can start: After 1 week if you had a stent, 4 weeks if not.")
    rows = ["When you can start:", "After 1 week if you had a stent, 4 weeks if not."]
    assert not any("gained" in str(p) for p in check_meaning(rows, sources))
    assert any("gained" in str(p) for p in check_meaning(
        ["Do not take it with food."], leaflet_sentences_of("Take it with food.")))


# ---- faults found drafting new leaflets (methotrexate, prednisolone, a hypo, a letter) ---------


def _drafted(tmp_path, body: str) -> list[str]:
    source = write_source(tmp_path, "7101-your-medicine", "Rheumatology", body)
    return [row.plain for row in draft(load_leaflet(source)).rows()]


def test_ordinary_words_in_capitals_are_bold_not_short_forms(tmp_path):
    """A methotrexate leaflet's "Take methotrexate ONCE A WEEK only" kept its capitals, and the
    check listed "ONCE, WEEK" as short forms a reader may not know: Easy Read stresses with
    bold, and a reader takes capitals for initials. A run of ordinary words in capitals is said
    in small letters in bold; initials ("NHS", "GP") stay as written."""
    body = ("## Taking methotrexate\n\nTake methotrexate ONCE A WEEK only, on the same day each "
            "week. DO NOT TAKE IT EVERY DAY.\n\nIf you feel unwell, call your GP or NHS 111.\n")
    leaflet = load_leaflet(write_source(tmp_path, "7102-taking-methotrexate", "Rheumatology",
                                        body))
    texts = [row.text for row in draft(leaflet).rows()]
    assert "Take methotrexate **once a week** only, on the same day each week." in texts, texts
    assert "**Do not take it every day**." in texts, texts
    assert any("your GP or NHS **111**" in text for text in texts), texts
    (tmp_path / "out").mkdir()
    report = _check(leaflet, tmp_path / "out")
    assert not [f for f in report.findings if "short forms" in f and "WEEK" in f], report.findings
    assert not [p for p in report.problems if "change the meaning" in p], report.problems


def test_an_instruction_after_a_dash_is_not_made_an_option(tmp_path):
    """ "You may notice: - indigestion or heartburn – take your tablets with food" gave "You may
    take your tablets with food.": the lead-in's "you may" lent to an instruction."""
    rows = _drafted(tmp_path, "## Side effects\n\nYou may notice:\n\n"
                              "- indigestion or heartburn – take your tablets with food\n"
                              "- difficulty sleeping\n")
    assert "Take your tablets with food." in rows, rows
    assert not any("may take" in row for row in rows), rows


def test_a_should_said_of_a_thing_done_to_you_is_not_made_an_instruction():
    """ "Your INR should be checked within 5 to 7 days" became "Put your INR checked ..."."""
    plain = plain_words()
    said = simplify("Your INR should be checked within 5 to 7 days of starting methotrexate.",
                    plain)
    assert said == "Your INR should be checked within 5 to 7 days of starting methotrexate."
    assert simplify("Your feet should be apart.", plain) == "Put your feet apart."


@pytest.mark.parametrize(
    "sentence",
    [
        "Your blood potassium should be between 3.5 and 5.5 mmol/L.",
        "Your blood pressure should be below 140/90.",
        "Your urine should be pale yellow.",
        "Your temperature should be under 38°C.",
        "Your wound should be dry within 48 hours.",
    ],
)
def test_a_should_that_says_what_a_level_is_is_not_made_an_instruction(sentence):
    """A kidney diet sheet's "Your blood potassium should be between 3.5 and 5.5 mmol/L" became
    "Put your blood potassium between 3.5 and 5.5 mmol/L": a target level read as something the
    reader places. Only a body part put in a position is an instruction ("Your feet should be
    apart", "... flat on the floor")."""
    plain = plain_words()
    assert simplify(sentence, plain) == sentence
    assert simplify("Your feet should be flat on the floor.", plain) == (
        "Put your feet flat on the floor."
    )
    assert simplify("Your knees should be slightly bent.", plain) == "Put your knees slightly bent."


def test_a_lead_in_that_already_names_its_list_is_not_glued_to_each_item(tmp_path):
    """ "Do not take these while on methotrexate unless your specialist says you can:" over
    "- trimethoprim ..." gave "... says you can trimethoprim ...": the drug no longer what not
    to take."""
    rows = _drafted(tmp_path, "## Other medicines\n\n"
                              "Do not take these while on methotrexate unless your specialist "
                              "says you can:\n\n- trimethoprim or co-trimoxazole (antibiotics)\n"
                              "- ibuprofen or naproxen bought from a shop\n")
    assert not any("can trimethoprim" in row or "can ibuprofen" in row for row in rows), rows
    assert any(row.startswith("Trimethoprim or co-trimoxazole") for row in rows), rows
    assert any(row.startswith("Do not take these while on methotrexate unless") for row in rows)


def test_a_threshold_in_brackets_stays_with_its_condition():
    """ "... if you have a sore throat, fever (38°C or above) or signs of infection" led in with
    "If you have a sore throat, fever or signs of infection:" and ended with "38°C or above."."""
    plain = plain_words()
    rows = split_ideas("Stop taking methotrexate and get in touch with your rheumatology team or "
                       "GP straight away if you have a sore throat, fever (38°C or above) or "
                       "signs of infection.", plain, 15)
    assert not any(row.startswith("38") for row in rows), rows
    assert any("fever (38°C or above)" in row for row in rows), rows


def test_a_capitalised_name_is_never_reworded():
    """ "the Patient Advice and Liaison Service" became "you Advice and Liaison Service"."""
    plain = plain_words()
    for name in ("the Patient Advice and Liaison Service (PALS)", "the Patient Experience Team",
                 "the Abdominal Aortic Aneurysm Screening Programme"):
        said = simplify(f"You can also speak to {name} on 0116 295 0830.", plain)
        assert name in said, said
    assert simplify("The patient should rest.", plain) == "You should rest."


def test_a_plain_word_the_source_already_gives_is_not_said_twice():
    """ "tummy (abdomen)" became "tummy (tummy)"."""
    plain = plain_words()
    said = simplify("It is done through small cuts in your tummy (abdomen).", plain)
    assert "(tummy)" not in said and "tummy" in said, said
    said = simplify("You may have abdominal (tummy) pain.", plain)
    assert "(tummy)" not in said and "tummy pain" in said, said


def test_who_does_what_is_kept_after_an_instruction_and_an_instruction():
    """ "ring the nurses on 01632 960 452 and leave a message; they will call you back" gave
    "They will leave a message.": the reader's message made the nurses'."""
    plain = plain_words()
    rows = split_ideas("If you have any questions about your medicines, ring the nurses on 01632 "
                       "960 452 and leave a message; they will call you back within 1 working "
                       "day.", plain, 15)
    assert not any(row.startswith("They will leave") for row in rows), rows
    assert "Leave a message." in rows, rows


def test_a_ban_with_a_time_after_its_list_is_not_split():
    """ "Do not chew gum or suck sweets on the day." gave "Do not chew gum." for ever."""
    plain = plain_words()
    for sentence in ("Do not chew gum or suck sweets on the day.",
                     "Do not eat or drink anything after midnight."):
        rows = split_ideas(sentence, plain, 15)
        assert rows == [sentence], rows


def test_a_condition_after_two_alternatives_governs_both():
    """ "Go to the Emergency Department or call 999 if you have severe pain ..." gave the row
    "Go to the Emergency Department." with no condition."""
    plain = plain_words()
    rows = split_ideas("Go to the Emergency Department or call 999 if you have severe pain in "
                       "your tummy that is getting worse and is not eased by painkillers.",
                       plain, 15)
    assert "Go to the Emergency Department." not in rows, rows
    assert not any(row.startswith("Or call") for row in rows), rows


def test_a_lead_in_never_cuts_a_condition_before_its_own_verb():
    """ "If you have already used your GTN spray and the pain does not go away ..., call 999"
    led in with "If you have already used your GTN spray and the pain:"."""
    plain = plain_words()
    rows = split_ideas("If you have already used your GTN spray and the pain does not go away "
                       "5 minutes after your second dose of GTN spray, call 999 straight away.",
                       plain, 15)
    assert not any(row.endswith("the pain:") for row in rows), rows
    assert not any(row.startswith("Does not") for row in rows), rows


def test_words_in_brackets_are_never_cut():
    """ "Text: 07860 022 819 (we reply within 1 working day; do not use this in an emergency)"
    gave "... (we reply within 1 working day." and "Do not use this in an emergency).". """
    plain = plain_words()
    for sentence in (
        "Text: 07860 022 819 (we reply within 1 working day; do not use this in an emergency).",
        "Text: 07860 022 819 (we reply within 1 working day. Do not use this in an emergency).",
    ):
        rows = [part for said in sentences(sentence) for part in split_ideas(said, plain, 15)]
        assert all(row.count("(") == row.count(")") for row in rows), rows


def test_a_numbered_list_keeps_its_numbers(tmp_path):
    """Numbered steps lost their numbers, so "repeat step 1" pointed at nothing."""
    rows = _drafted(tmp_path, "## How do I take it?\n\n"
                              "1. Take your methotrexate once a week, on the same day each week.\n"
                              "2. Swallow the tablets whole with water.\n"
                              "3. If you are sick, repeat step 1 the next day.\n")
    assert rows[1].startswith("1") and "Take your methotrexate" in rows[1], rows
    assert rows[2].startswith("2") and "Swallow" in rows[2], rows
    assert any(row.startswith("3") for row in rows), rows


def test_examples_inside_a_list_of_alternatives_stay_where_they_are():
    """ "Eat or drink 15-20g of fast-acting sugar, for example 5 to 7 glucose tablets, or 150ml of
    a sugary fizzy drink ..." moved the tablets to "For example, 5 to 7 glucose tablets." after
    the drinks, as if one more alternative."""
    plain = plain_words()
    rows = split_ideas("Eat or drink 15-20g of fast-acting sugar, for example 5 to 7 glucose "
                       "tablets, or 150ml of a sugary (not diet) fizzy drink, or 200ml of pure "
                       "fruit juice.", plain, 15)
    assert not any(row.startswith("For example, 5 to 7") for row in rows), rows
    glucose = next(row for row in rows if "glucose tablets" in row)
    assert "fast-acting sugar" in glucose, rows


# ---- pictures that say the opposite of the row ------------------------------------------------


def test_a_screens_button_never_stands_for_a_step():
    """OpenMoji's interface signs are named by verbs ("close", "hold", "save", "delete"): the
    big X of a "close window" button beside an inhaler step says the opposite of the step."""
    buttons = {"E24E", "E25A", "E25C", "E262", "23F9", "23EF"}
    for row in ("Close your lips around it.", "Close the lid after each use.",
                "Save the letter we send you.", "Pause between each puff."):
        picture = choose_picture(row)
        assert picture.hexcode not in buttons, (row, picture)
    assert choose_picture("Close your lips around it.").is_neutral


@pytest.mark.parametrize(
    "row",
    [
        "Do not stop using your drops without talking to your eye doctor first.",
        "Never stop taking your steroid tablets suddenly.",
        "You must not stop taking warfarin unless your doctor tells you to.",
        "Do not stop taking clopidogrel unless your doctor tells you to.",
        "Don't stop your injections, even if you feel well.",
    ],
)
def test_a_stop_sign_never_stands_beside_a_not_that_says_to_keep_going(row):
    """ "Do not stop using your drops" beside a STOP sign reads "stop using your drops". A ban
    has its STOP sign or the plain picture, by one rule: a ban on stopping has the plain
    picture, for a person to choose (it had shown the thing kept on with, a pill beside "Never
    stop taking prednisolone suddenly" where the next ban had STOP). The check takes it as it
    is, no STOP sign beside a ban; a ban on taking keeps its STOP sign."""
    from pipeline.formats.easy_read.pictures import says_a_ban

    picture = choose_picture(row)
    assert picture.hexcode != "1F6D1", picture
    assert picture.is_neutral, picture
    assert says_a_ban(row)  # still a "not" for the check, which asks no STOP sign of it
    assert choose_picture("Do not take ibuprofen while you take clopidogrel.").hexcode == "1F6D1"


@pytest.mark.parametrize(
    "row",
    [
        "2. Do not put your thumb, fingers or hand over the orange end.",
        "3) Do not squeeze the bottle too hard.",
        "You must not drive for 24 hours after your operation.",
        "You should stop taking your tablets if you get a rash.",
    ],
)
def test_an_action_the_row_says_not_to_do_never_gets_its_own_picture(row):
    """A hand beside "Do not put your hand over the end" tells the reader to put it there: a
    row that says not to do something gets its STOP sign, or the plain picture."""
    picture = choose_picture(row)
    assert picture.hexcode == "1F6D1" or picture.is_neutral, picture
    if row[0].isdigit():  # a numbered step is still a "do not" row
        assert picture.hexcode == "1F6D1", picture


@pytest.mark.parametrize(
    "row",
    [
        "Hold on to its back with both hands.",
        "Hold the back of the chair for balance.",
        "Hold the arm of the sofa to help you stand up.",
    ],
)
def test_a_part_of_a_thing_is_never_pictured_as_the_body(row):
    """The back of a chair is no spine, its arm no arm: the plain picture, for a person."""
    picture = choose_picture(row)
    assert picture.hexcode not in {"healthicons:spine", "healthicons:arm"}, picture
    assert picture.is_neutral, picture
    # the body's own back and arm keep their pictures
    assert choose_picture("Keep your back straight.").hexcode == "healthicons:spine"
    assert choose_picture("Lie the person on their back.").hexcode == "1F6CC"


@pytest.mark.parametrize(
    "row",
    [
        "Every 2 weeks until your dose has been stable for 6 weeks.",
        "Then every 3 months for as long as you take methotrexate.",
        "Keep taking it for as long as your doctor tells you.",
    ],
)
def test_how_long_a_row_goes_on_is_not_what_it_pictures(row):
    """A methotrexate leaflet's blood-test list ("You will need blood tests:" over "Every 2
    weeks until your dose has been stable for 6 weeks.") had a pill beside its rows, read as a
    dosing schedule: the "until" and "for as long as" say when the tests stop, not what the row
    is about. The plain picture, or the row's own thing, is beside it."""
    picture = choose_picture(row)
    assert picture.shows not in {"a pill", "a doctor"}, (row, picture)
    assert choose_picture("Take paracetamol until the pain goes.").shows == "a pill"
    assert choose_picture("Keep the cast dry until it is removed.").shows == (
        "an arm in a plaster cast")
    assert choose_picture("Until your wound has healed:").shows == "a sticking plaster"


@pytest.mark.parametrize("row", ["Bring it back.", "Put it back.", "Lean back."])
def test_back_said_of_a_movement_is_never_the_body(row):
    """A hip exercise's "Bring it back." (after "Lift your operated leg out to the side") had
    the bones of the back: "back" after a verb says where the leg goes, not which part of the
    body. Only the body's back ("your back", "back pain") has the spine."""
    picture = choose_picture(row)
    assert picture.hexcode != "healthicons:spine", (row, picture)
    assert choose_picture("Your back may ache.").hexcode == "healthicons:spine"
    assert choose_picture("Pull your shoulders back.").hexcode != "healthicons:spine"


def test_come_back_of_a_movement_is_never_the_hospital(tmp_path):
    """A hip exercise's "Hold it for 5 seconds, then come back." and "Come back to the start
    position." had a hospital beside them, read as "come back to hospital": "come back" is the
    hospital only with the place it returns to ("the Eye Clinic", "A&E"), or with "see us"; a
    movement's has its own picture or the plain one."""
    source = write_source(
        tmp_path, "7310-hip-exercises", "Physiotherapy",
        "## Exercise 2: hip abduction\n\nLie on your back with your legs straight. Slide your "
        "operated leg out to the side. Hold it for 5 seconds, then come back. Come back to the "
        "start position.\n\n## Your follow-up\n\nCome back to the clinic in 6 weeks.\n",
    )
    rows = draft(load_leaflet(source)).rows()
    moves = [row for row in rows if "come back" in row.plain.lower() and "clinic" not in row.plain]
    assert len(moves) >= 2, [row.plain for row in rows]
    assert all(row.picture.hexcode != "1F3E5" for row in moves), [
        (row.plain, row.picture) for row in moves]
    clinic = next(row for row in rows if row.plain == "Come back to the clinic in 6 weeks.")
    assert clinic.picture.hexcode == "1F3E5", clinic
    for row in ("Come back to the ward if your wound starts to bleed.",
                "Come back to see us if the pain does not settle.",
                "Come back to hospital straight away if you feel unwell."):
        assert choose_picture(row).hexcode == "1F3E5", (row, choose_picture(row))
    assert choose_picture("Come back to A&E if the swelling gets worse.").hexcode == (
        "healthicons:accident-and-emergency")
    for row in ("Slowly come back down.", "Then come back to the middle."):
        assert choose_picture(row).hexcode != "1F3E5", (row, choose_picture(row))


@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        ("6. Squeeze the bottle gently so that one drop falls into the pocket.", "1F4AA"),
        ("3. Tilt your head back.", "1FBC7"),
        ("Squeeze the tube to get a small amount of cream out.", "1F4AA"),
    ],
)
def test_a_movement_picture_is_not_used_for_an_action_done_to_a_thing(row, wrong):
    """A flexed arm is "squeeze your muscles", not "squeeze the bottle"; a figure leaning to
    one side is not a head tilted back."""
    assert choose_picture(row).hexcode != wrong, row


def test_a_diary_rows_cells_keep_together_and_its_blanks_read_as_english(tmp_path):
    """A warfarin diary's row (date, INR, dose, next test) is one row of Easy Read each cell:
    the date could end one page and its dose start the next; and a blank labelled "to fill in"
    read "(blank for to fill in)"."""
    from docx import Document

    from pipeline.formats.easy_read import EasyReadSettings, write_easy_read

    body = (
        "## Taking warfarin\n\nTake it at 6pm each day.\n\n## My dosing diary\n\n"
        "| Date | INR | Dose (mg) | Next test |\n|---|---|---|---|\n"
        "| 03/03/2026 | 2.4 | 5 | 10/03/2026 |\n| 10/03/2026 | 3.6 | 4 | 17/03/2026 |\n"
        "| [to fill in]{.field} | [to fill in]{.field} | [to fill in]{.field} "
        "| [to fill in]{.field} |\n\n## If you miss a dose\n\n"
        + "Do not take a double dose. Take your normal dose at the normal time.\n\n" * 12
    )
    source = write_source(tmp_path, "2250-warfarin", "Anticoagulant Clinic", body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "Date: (blank to fill in)." in rows, rows
    assert not any("blank for to" in row for row in rows), rows
    (tmp_path / "out").mkdir()
    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path / "out")
    kept = {}  # each row's words, and whether it keeps with the row after it
    for table in Document(str(path)).tables:
        for row in table.rows:
            words = row.cells[1].paragraphs[0]
            kept[words.text] = bool(words.paragraph_format.keep_with_next)
    for date in ("3 March 2026", "10 March 2026", "(blank to fill in)"):
        assert kept[f"Date: {date}."], kept  # keeps with its INR, dose and next test
    assert not kept["Next test: 10 March 2026."] or not kept["Next test: 17 March 2026."]
    assert kept["INR: 2.4."] and kept["Dose (mg): 5."]


def test_medicines_under_a_do_not_lead_in_get_its_stop_sign_not_a_pill(tmp_path):
    """ "Do not take these medicines any more:" over a table (or list) of medicines gave each
    row alone, "Medicine: Amlodipine." beside a pill, the same as the medicines to take: read
    alone, a row said to take it. Each row under a "do not" lead-in shows the STOP sign and
    asks a person to check it reads as not to do."""
    body = (
        "## Your medicines\n\n| Medicine | Dose |\n|---|---|\n| Bisoprolol | 2.5 mg |\n\n"
        "## Medicines that have stopped\n\n"
        "Do not take these medicines any more, even if you have some at home:\n\n"
        "| Medicine | Dose |\n|---|---|\n| Amlodipine | 10 mg |\n| Ibuprofen | 400 mg |\n\n"
        "## Painkillers\n\nNever take these while you are on warfarin:\n\n"
        "- aspirin tablets\n- ibuprofen gel\n\nParacetamol is safe to take.\n\n"
        "## On the day\n\n### Do not take these medicines on the morning of your operation:\n\n"
        "- water tablets, such as furosemide\n\n"
        "## How much\n\nDo not take more than the doses below:\n\n"
        "| Medicine | Most in a day |\n|---|---|\n| Paracetamol | 8 tablets |\n"
    )
    source = write_source(tmp_path, "7101-your-medicines", "Pharmacy", body)
    rows = {row.plain: row for row in draft(load_leaflet(source)).rows()}
    stop = rows["Do not take these medicines any more, even if you have some at home:"].picture
    # (a table row of facts is one row, `_Drafter.rows_for_table`)
    for plain in ("Medicine: Amlodipine. Dose: 10 mg.", "Medicine: Ibuprofen. Dose: 400 mg.",
                  "Aspirin tablets.", "Ibuprofen gel.", "Water tablets, such as furosemide."):
        assert rows[plain].picture.hexcode == stop.hexcode, (plain, rows[plain].picture)
        assert "not to do" in rows[plain].doubt, rows[plain].doubt
    # the medicine to take, and the sentence after the list, keep their own pictures
    assert rows["Medicine: Bisoprolol. Dose: 2.5 mg."].picture.hexcode != stop.hexcode
    assert rows["Paracetamol is safe to take."].picture.hexcode != stop.hexcode
    # a limit the table sets is no list of things not to do
    assert rows["Medicine: Paracetamol. Most in a day: 8 tablets."].picture.hexcode != stop.hexcode


def test_a_weeks_short_day_names_are_written_in_full_and_sunday_is_no_sun(tmp_path):
    """A warfarin week, "Day | Mon | ... | Sun" over "Dose | 5 mg | ...", gave "Sun: 5 mg."
    beside a picture of the sun (the dose is taken at 6pm): Easy Read writes words in full."""
    from pipeline.formats.easy_read.pictures import choose_picture

    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    body = (
        "## My weekly dose\n\nTake your dose at 6pm.\n\n"
        f"| Day | {' | '.join(days)} |\n|{'---|' * 8}\n| Dose | {' | '.join(['5 mg'] * 7)} |\n"
    )
    source = write_source(tmp_path, "2250-warfarin", "Anticoagulant Clinic", body)
    rows = {row.plain: row for row in draft(load_leaflet(source)).rows()}
    assert "Monday: 5 mg." in rows and "Sunday: 5 mg." in rows, list(rows)
    assert not any(plain.startswith(("Sun:", "Sat:", "Mon:")) for plain in rows), list(rows)
    sun = choose_picture("the sun")
    assert rows["Sunday: 5 mg."].picture.hexcode != sun.hexcode


def test_a_tables_rows_are_held_to_their_own_row_so_a_swapped_number_is_caught():
    """A reducing-dose table's rows share their words ("Number of 5 mg tablets: 8." to ": 1."):
    each row was held to the first sentence with those words, so a right row was called wrong
    ("1" is not in ": 3.") and a swapped number could pass. Rows from a table follow its order."""
    sources = leaflet_sentences_of(
        "Week 1.", "Daily dose: 40 mg.", "Number of 5 mg tablets: 8.",
        "Week 2.", "Daily dose: 30 mg.", "Number of 5 mg tablets: 6.",
        "Week 3.", "Daily dose: 20 mg.", "Number of 5 mg tablets: 4.",
    )
    rows = ["Week 1.", "Daily dose: 40 mg.", "Number of 5 mg tablets: 8.",
            "Week 2.", "Daily dose: 30 mg.", "Number of 5 mg tablets: 6.",
            "Week 3.", "Daily dose: 20 mg.", "Number of 5 mg tablets: 4."]
    assert check_meaning(rows, sources) == []
    swapped = [*rows[:5], "Number of 5 mg tablets: 4.", *rows[6:8], "Number of 5 mg tablets: 6."]
    problems = check_meaning(swapped, sources)
    assert {p.row for p in problems} == {swapped[5], swapped[8]}, problems


def test_sweets_for_a_hypo_soup_and_a_leaflets_own_table_get_their_own_pictures():
    """ "Have 4 jelly babies" had a pregnant woman beside it (the word "baby"), "A bowl of soup"
    a bowling ball, and "See the table below" a chair."""
    from pipeline.formats.easy_read.pictures import choose_picture

    assert choose_picture("Have 4 jelly babies or a small glass of juice.").shows == "a sweet"
    assert "food" in choose_picture("A bowl of soup is 250 ml.").shows
    assert "chart" in choose_picture("See the table below.").shows
    assert choose_picture("Sit at the table.").shows != choose_picture("See the table below.").shows


def test_a_list_of_symptoms_is_not_cut_into_a_row_without_its_verb():
    """ "... call us straight away if you have a sore throat, mouth ulcers, a high temperature,
    or unexplained bruising." gave the row "You unexplained bruising.": the subject was carried
    to the last item of the list, but not its verb."""
    plain = plain_words()
    for sentence in (
        "Stop taking methotrexate and call us straight away if you have a sore throat, mouth "
        "ulcers, a fever of 38°C or above, or unexplained bruising.",
        "Call us straight away if you have a sore throat, mouth ulcers, a high temperature, or "
        "unexplained bruising.",
    ):
        rows = split_ideas(sentence, plain, 15)
        assert not any(re.match(r"You (?!have|may|can|should|need|must|are|feel)", row)
                       for row in rows), rows
        assert "bruising" in " ".join(rows)


# ---- faults a tester found on probe leaflets (hip, hypo, gout, asthma plan) --------------------


def test_conditions_joined_by_and_in_a_list_of_warning_signs_stay_one_row(tmp_path):
    """Under "Call 999 or go to A&E straight away if you:", "feel confused or drowsy and have a
    temperature of 38°C or above" became "Feel confused or drowsy." and "Have a temperature of
    38°C or above.": a temperature alone read as a 999 emergency. The meaning check passed it."""
    body = ("## When to get help\n\nMost people recover well.\n\n"
            "### Call 999 or go to A&E straight away if you:\n\n"
            "- have chest pain or feel short of breath\n"
            "- feel confused or drowsy and have a temperature of 38°C or above\n\n"
            "### Contact the ward on 0114 271 2375 the same day if:\n\n"
            "- your calf is painful, hot or swollen\n"
            "- your wound is red and it smells\n\n"
            "## Going home\n\nCall us if you:\n\n"
            "- feel sick and cannot keep fluids down\n")
    source = write_source(tmp_path, "7102-going-home-after-a-hip-replacement", "Orthopaedics",
                          body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "Feel confused or drowsy and have a temperature of 38°C or above." in rows, rows
    cut = ("Have a temperature", "Feel confused or drowsy.")
    assert not any(row.startswith(cut) for row in rows), rows
    assert not any(row.startswith(("Cannot keep", "And ")) for row in rows), rows
    assert any("sick and cannot keep fluids down" in row for row in rows), rows
    assert "Your wound is red and it smells." in rows, rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []
    # the split the draft made is named by the meaning check
    split = ["Feel confused or drowsy.", "Have a temperature of 38°C or above."]
    problems = check_meaning(split, leaflet_sentences(leaflet))
    assert {p.row for p in problems} == set(split), problems
    assert all("joined by 'and'" in p.what for p in problems), problems


def test_a_blank_to_fill_in_stays_inside_its_sentence_where_it_stands(tmp_path):
    """ "your usual dose of [units]{.field} may need to be reduced" became "... your usual dose
    of may need to be reduced ..." and a row "Blank for units."; "I take ____ puffs in the
    morning and ____ puffs at night" lost both blanks to rows "Blank for puffs."."""
    body = ("## Insulin after a hypo\n\nDo not miss your next insulin dose. You may need to "
            "reduce it: your usual dose of [units]{.field} may need to be reduced by 10-20%. "
            "Talk to your diabetes nurse before you change it.\n\n## My medicines\n\n"
            "My preventer inhaler (brown or orange) is called [to fill in]{.field}. I take "
            "[puffs]{.field} in the morning and [puffs]{.field} at night, every day, even when "
            "I am well.\n")
    source = write_source(tmp_path, "7103-treating-a-hypo", "Diabetes", body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert any("your usual dose of (blank) units may need to be reduced by 10 to 20%" in row
               for row in rows), rows
    assert any("I take (blank) puffs in the morning and (blank) puffs at night" in row
               for row in rows), rows
    assert not any(row.lower().startswith(("blank", "(blank")) for row in rows), rows
    assert not any(re.search(r"\bof may\b|\btake in the\b", row) for row in rows), rows
    # a blank cut from its sentence is named by the meaning check
    problems = check_meaning(["I take in the morning and at night.", "Blank for puffs."],
                             leaflet_sentences(leaflet))
    assert any(p.row == "Blank for puffs." and "blank" in p.what for p in problems), problems


@pytest.mark.parametrize(
    "row",
    [
        "A slice of toast; a glass of milk (200 ml).",
        "Have a glass of milk.",
        "A glass of fruit juice.",
        "Drink 6 to 8 glasses of water a day.",
        "Have a glass of orange juice before bed.",
    ],
)
def test_a_glass_of_a_drink_is_never_pictured_as_spectacles(row):
    """ "A slice of toast; a glass of milk" got OpenMoji's eyeglasses: "glass" matched the
    picture named "glasses" as if its plural."""
    picture = choose_picture(row)
    assert picture.hexcode != "1F453", picture
    assert "glasses" not in picture.shows, picture
    # (the toast a row names first is food: "A slice of toast; ..." may have the meal)
    assert picture.is_neutral or re.search(r"glass of|drink|milk|juice|cup|food", picture.shows), (
        picture
    )


def test_a_list_after_a_colon_is_not_cut_at_its_semicolons(tmp_path):
    """ "eat a starchy snack if your next meal is more than 1 hour away: 2 plain biscuits; a
    slice of toast; a glass of milk (200ml)" gave a row "A slice of toast; a glass of milk (200
    ml)." that no longer said what it is."""
    rows = _drafted(tmp_path, "## What to do\n\n"
                              "1. Wait 15 minutes, then check your blood glucose again.\n"
                              "2. When your blood glucose is 4mmol/L or above, eat a starchy "
                              "snack if your next meal is more than 1 hour away: 2 plain "
                              "biscuits; a slice of toast; a glass of milk (200ml)\n")
    for thing in ("2 plain biscuits", "a slice of toast", "a glass of milk"):
        row = next(row for row in rows if thing in row)
        assert "starchy snack" in row, rows


def test_a_bracketed_explanation_stays_with_the_word_it_explains(tmp_path):
    """ "your new hip can dislocate (come out of its socket) more easily" gave the row "Come out
    of its socket.", which reads as a command."""
    plain = plain_words()
    for sentence in (
        "For the first 6 weeks your new hip can dislocate (come out of its socket) more easily.",
        "Your new hip can dislocate (come out of its socket) more easily in the first few weeks "
        "after your operation.",
        "In the first few weeks after your operation your new hip can dislocate (come out of "
        "its socket).",
    ):
        rows = split_ideas(simplify(sentence, plain), plain, 15)
        assert not any(row.startswith(("Come out", "This is come")) for row in rows), rows
        assert any("dislocate (come out of its socket)" in row for row in rows), rows
    problems = check_meaning(
        ["Your new hip can dislocate more easily.", "Come out of its socket."],
        leaflet_sentences_of("Your new hip can dislocate (come out of its socket) more easily."),
    )
    assert any(p.row == "Come out of its socket." for p in problems), problems


def test_an_unless_stays_with_the_instruction_it_qualifies():
    """ "Do not take colchicine if you are pregnant or breastfeeding unless a rheumatologist
    has advised it." became "If you are pregnant or breastfeeding unless a rheumatologist has
    advised it:" over "Do not take colchicine."."""
    plain = plain_words()
    sentence = ("Do not take colchicine if you are pregnant or breastfeeding unless a "
                "rheumatologist has advised it.")
    rows = split_ideas(simplify(sentence, plain), plain, 15)
    assert not any(row.endswith(":") and "unless" in row for row in rows), rows
    told = next(row for row in rows if "Do not take colchicine" in row)
    assert "unless a rheumatologist has advised it" in told, rows
    assert any("pregnant or breastfeeding" in row for row in rows), rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    garbled = ["If you are pregnant or breastfeeding unless a rheumatologist has advised it:",
               "Do not take colchicine."]
    problems = check_meaning(garbled, leaflet_sentences_of(sentence))
    assert any(p.row == garbled[0] for p in problems), problems


def test_a_steps_number_and_a_unit_written_on_to_its_number_are_read_as_written():
    """ "4. When your blood glucose is 4mmol/L or above:" was flagged "has 4 without its unit
    (the source has 4 mm)": the step's number read as a quantity, and "mmol" as millimetres."""
    from pipeline.formats.easy_read.meaning import units_of

    assert units_of("4. When your blood glucose is 4mmol/L or above:") == {"4": {"mmol"}}
    assert units_of("If it is below 4 mmol/L, eat 15g of sugar.") == {"4": {"mmol"}, "15": {"g"}}
    assert units_of("Walk 50 mm at first.") == {"50": {"mm"}}


def test_a_condition_after_but_governs_only_its_own_clause():
    """ "You can have sex with the ring in place, but remove it first if you find it
    uncomfortable.": the row "You can have sex with the ring in place." was flagged as cut off
    from "if you find it uncomfortable", which governs only the clause after "but"."""
    sources = leaflet_sentences_of(
        "You can have sex with the ring in place, but remove it first if you find it "
        "uncomfortable.",
        "Take it with food if it upsets your stomach.",
        "Stand on your injured leg, holding a chair for support if you need it.",
    )
    rows = [
        "You can have sex with the ring in place.",
        "If you find it uncomfortable:",
        "Remove it first.",
        "Take it with food.",
        "Stand on your injured leg.",
        "Hold a chair for support if you need it.",
    ]
    problems = [str(p) for p in check_meaning(rows, sources)]
    assert not any("sex with the ring" in p or "injured leg" in p for p in problems), problems
    assert any(p.startswith("row 'Take it with food.'") for p in problems), problems


def test_a_bare_verb_after_so_is_the_readers_to_do():
    """ "Codeine can make you constipated, so drink plenty of fluids." was flagged as saying
    codeine will drink: the bare verb after ", so" is an instruction to the reader."""
    sources = leaflet_sentences_of(
        "Codeine can make you constipated, so drink plenty of fluids and eat foods high in fibre."
    )
    rows = ["Codeine can make you constipated, so drink plenty of fluids.",
            "Eat foods high in fibre."]
    assert [str(p) for p in check_meaning(rows, sources)] == []
    from pipeline.formats.easy_read.grammar import agents

    assert agents("A nurse will check your details and ask you to sign.")["ask"] == {"nurse"}


def test_a_row_is_held_to_the_table_row_that_says_its_words_as_written():
    """A fasting timeline's cells "You can eat normally." / "Do not eat anything." (twice): the
    row "Do not eat anything." under "Food:" was held to "Food: You can eat normally." (both
    hold "eat"), and flagged as gaining a "not"."""
    sources = leaflet_sentences_of(
        "Time before surgery: More than 6 hours.", "Food: You can eat normally.",
        "Time before surgery: 6 hours to 2 hours.", "Food: Do not eat anything.",
        "This includes sweets and chewing gum.",
        "Time before surgery: Less than 2 hours.", "Food: Do not eat anything.",
    )
    rows = [
        "Time before surgery: More than 6 hours.", "Food: You can eat normally.",
        "Time before surgery: 6 hours to 2 hours.", "Food:", "Do not eat anything.",
        "This includes sweets and chewing gum.",
        "Time before surgery: Less than 2 hours.", "Food: Do not eat anything.",
    ]
    assert [str(p) for p in check_meaning(rows, sources)] == []
    rows[4] = "Do eat anything."  # a "not" lost is still caught
    assert any("lost" in str(p) or "not" in str(p) for p in check_meaning(rows, sources))


def test_a_lead_in_holding_every_word_of_its_condition_is_whole():
    """ "If you are unconscious or too drowsy to swallow:" was said to leave out "swallow",
    which the tagger read in the lead-in as another part of speech."""
    sources = leaflet_sentences_of(
        "If you are unconscious or too drowsy to swallow, your family or carer must not give "
        "you food or drink."
    )
    rows = ["If you are unconscious or too drowsy to swallow:",
            "Your family or carer must not give you food or drink."]
    assert [str(p) for p in check_meaning(rows, sources)] == []


def test_a_row_saying_what_each_tablet_holds_needs_no_condition():
    """ "Take one 500 microgram tablet 2 or 3 times a day until the flare-up settles." drafted
    as "Take 1 tablet 2 or 3 times a day until the flare-up settles." / "Each tablet is 500
    micrograms.": the second, which only says the strength, was flagged as cut off from the
    "until"."""
    sources = leaflet_sentences_of(
        "Take one 500 microgram tablet 2 or 3 times a day until the flare-up settles."
    )
    rows = ["Take 1 tablet 2 or 3 times a day until the flare-up settles.",
            "Each tablet is 500 micrograms."]
    assert [str(p) for p in check_meaning(rows, sources)] == []


def test_a_date_is_written_in_words(tmp_path):
    """A blood pressure diary's "Mon 02/06/2025" was copied as written into Easy Read, which
    writes dates in words ("Monday 2 June 2025"); a weekday that is not the date's is left as
    written for a person to see."""
    body = (
        "## My readings\n\nStart on Mon 02/06/2025 and stop on 08/06/2025.\n\n"
        "| Date | Morning reading |\n|---|---|\n| Mon 02/06/2025 | 148/92 |\n"
        "| Tue 04/06/2025 | 145/90 |\n"
    )
    source = write_source(tmp_path, "2260-blood-pressure-diary", "Cardiology", body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "Date: Monday 2 June 2025. Morning reading: 148/92." in rows, rows
    assert "Start on Monday 2 June 2025." in rows and "Stop on 8 June 2025." in rows, rows
    # 4 June 2025 was a Wednesday
    assert "Date: Tue 04/06/2025. Morning reading: 145/90." in rows, rows
    assert not [p for p in check_meaning(rows, leaflet_sentences(leaflet))
                if "2025" in str(p) or "number" in str(p)]


@pytest.mark.parametrize(
    "row",
    [
        "Seek urgent help if you have a head injury, even if you feel well.",
        "Get help straight away if you vomit blood.",
        "Get medical help if you have a nosebleed that does not stop after 10 minutes.",
    ],
)
def test_a_row_sending_the_reader_for_urgent_help_never_has_a_thumbs_up(row):
    """ "Seek urgent help if you have a head injury" had a thumbs up beside it ("help" is
    better, good): a picture saying all is well, on the most urgent rows of the leaflet."""
    picture = choose_picture(row)
    assert picture.hexcode != "1F44D", picture


@pytest.mark.parametrize(
    "row", ["You must not share your tablets with anyone else.",
            "You must not drive a car or ride a bike."],
)
def test_a_row_saying_you_must_not_has_the_stop_sign(row):
    """ "You must not drive a car or ride a bike." had the neutral picture where "Do not drive"
    has the STOP sign: the same ban, pictured two ways in one leaflet."""
    assert choose_picture(row).hexcode == "1F6D1", choose_picture(row)


@pytest.mark.parametrize(
    "row",
    [
        "Remember not to drink alcohol.",
        "Try not to sleep in the day.",
        "Please remember not to bring any jewellery or valuables into hospital.",
        "Make sure you do not eat anything after midnight.",
        "Please make sure that you don't take more than 8 paracetamol tablets in 24 hours.",
        "Be careful not to get your dressing wet in the shower.",
        "Take care not to rub your eye.",
        "Avoid drinking alcohol for 24 hours.",
        "You should avoid heavy lifting for 6 weeks.",
        "Try to avoid lifting anything heavier than a full kettle.",
        "Never drive after taking this medicine.",
        "You must not drive for 24 hours after your operation.",
        "You should not drink alcohol while taking metronidazole.",
        "It is important not to smoke for at least 24 hours.",
        "It's important that you do not drive until your doctor says you can.",
        "It is best not to have a bath for 2 weeks.",
        "You are advised not to sign any legal papers for 24 hours.",
        "No alcohol for 24 hours.",
        "No heavy lifting for 6 weeks.",
        "Don't drink alcohol.",
        "If you miss a dose, do not take an extra dose the next day.",
        "For 24 hours after your test remember not to drink alcohol.",
        "For 24 hours after your test make sure you do not cook or use a kettle.",
        "For the first 2 weeks avoid swimming.",
    ],
)
def test_a_not_said_another_way_has_the_stop_sign(row):
    """ "Remember not to drink alcohol." had a glass of alcohol and "Try not to sleep in the
    day." a calendar, where "Do not drink alcohol." has the STOP sign: a ban said another way
    ("try not to", "make sure you do not", "it is important not to", "you should avoid", "no
    alcohol for 24 hours"), after a condition, or after a lead-in joined to its item, is the
    same ban, with the same sign."""
    from pipeline.formats.easy_read.grammar import is_negative_instruction

    assert is_negative_instruction(row)
    assert choose_picture(row).hexcode == "1F6D1", choose_picture(row)


@pytest.mark.parametrize(
    "row",
    [
        "You do not need to fast before your scan.",
        "If you do not feel better after 2 days, call your GP.",
        "Make sure you drink plenty of water.",
        "Try to sleep at regular times.",
        "No, you can eat and drink as normal.",
        "No one should drive you home on a motorbike.",
        "Stop signs are red and round.",
        "Try to stop yourself from passing wind.",  # a pelvic floor exercise
        "Wear gloves to avoid getting the cream on your hands.",
        "No pain after 2 days.",  # under "Your wound is healing well if there is:"
        "No bleeding or discharge from the wound.",
        "No redness or swelling around the wound.",
        "No signs of infection.",
        "No need to fast before your scan.",
        "No change to your usual medicines.",
        "No charge for parking on the day of your operation.",
    ],
)
def test_a_row_that_bans_nothing_is_no_stop_row(row):
    """Leave not to do a thing ("You do not need to fast"), a condition's "not" ("If you do
    not feel better"), an answer's "No," and a purpose's "to avoid" say no "do not"; nor does
    a "No" before a state, a sign or a need ("No pain after 2 days" had the STOP sign, as if
    it banned the pain, and "No need to fast" as if it banned eating)."""
    from pipeline.formats.easy_read.grammar import is_negative_instruction

    assert not is_negative_instruction(row)
    assert choose_picture(row).hexcode != "1F6D1", choose_picture(row)


@pytest.mark.parametrize(
    "row",
    [
        "Keep away from alcohol for 24 hours after your sedation.",
        "Stay out of the sun for 2 weeks after your treatment.",
        "You cannot drive for 24 hours after your sedation.",
        "You can't have a bath or go swimming until your stitches are out.",
        "You are not allowed to drive for 6 weeks after your hip replacement.",
        "Nothing to eat after midnight on the night before your operation.",
        "Swimming is not allowed for 2 weeks after your grommets are put in.",
        "Ibuprofen is not recommended if you have asthma.",
        "Aspirin is not suitable for children under 16.",
        "It is not safe to drive for 24 hours after a general anaesthetic.",
        "You should stop smoking at least 6 weeks before your operation.",
        "You will need to stop taking warfarin 5 days before your biopsy.",
        "You should not have a bath for 2 weeks after your operation.",
        "You will not be able to drive for 24 hours after your sedation.",
        "After your operation you will not be able to drive.",
        "You won't be able to have a bath until your stitches are out.",
        "You will be unable to drive for 24 hours after your sedation.",
        "You will not be able to eat or drink for 6 hours before your operation.",
    ],
)
def test_a_ban_said_as_a_rule_has_the_stop_sign(row):
    """ "Keep away from alcohol for 24 hours" had a clock, and "You cannot drive for 24 hours",
    "You are not allowed to drive", "Nothing to eat after midnight", "Swimming is not allowed",
    "Ibuprofen is not recommended if you have asthma" and "Aspirin is not suitable for
    children under 16" the plain picture: a ban said as what the reader cannot or may not do,
    or as what is not allowed, recommended or safe, is a ban. A "stop" the reader is told
    ("You should stop smoking before your operation") bans going on: the STOP sign says it."""
    from pipeline.formats.easy_read.grammar import is_negative_instruction

    assert is_negative_instruction(row)
    assert choose_picture(row).shows == "a red stop sign", choose_picture(row)


@pytest.mark.parametrize(
    "row",
    [
        "You will not need stitches.",
        "You cannot feel the injection because the skin is numb.",
        "You cannot catch it from toilet seats or towels.",
        "Nothing will be done without your consent.",
        "It is not painful.",
        "You should not have any pain after the first few days.",
        "You should not feel any pain during the scan.",
        "You should stop bleeding within 10 minutes.",
        "Some medicines are not safe.",
        "Nothing to worry about.",
        "Keep out of reach of children.",
        "If you cannot come, please phone us on 0116 496 0123.",
        "You may not need stitches.",
        "You may not feel any pain.",
        "You will not be charged.",
        "You may not be able to eat for a few hours after your operation.",
        "You will not be able to feel your leg for a few hours.",
        "You will not be able to see clearly for a few hours after the drops.",
        "You should not be able to feel anything during the test.",
        "You will not be able to breathe through your nose while the packs are in.",
        "You won't be able to move your legs for a few hours after the spinal anaesthetic.",
    ],
)
def test_what_to_expect_said_with_cannot_or_should_not_bans_nothing(row):
    """What the reader cannot feel or catch, should not have or feel ("You should not have any
    pain after the first few days" had the STOP sign, as if the pain were banned) and what
    will not be done is what to expect, with no ban and no STOP sign."""
    from pipeline.formats.easy_read.grammar import is_negative_instruction

    assert not is_negative_instruction(row)
    assert choose_picture(row).shows != "a red stop sign", choose_picture(row)


@pytest.mark.parametrize(
    ("row", "ban"),
    [
        ("Your partner cannot stay with you on the ward overnight.", True),
        ("Visitors cannot bring flowers onto the ward.", True),
        ("Children cannot visit the ward because of the risk of infection.", True),
        ("Your child will not be able to go back to school for 2 weeks.", True),
        ("Your baby cannot tell you if they are in pain.", False),
        ("Some children cannot swallow tablets.", False),
        ("Your child may not be able to eat for a day or two.", False),
        ("They cannot give you an anaesthetic if you have eaten.", False),
        ("Your child cannot feel the injection.", False),
    ],
)
def test_what_someone_in_the_readers_care_cannot_do_has_the_stop_sign(row, ban):
    """ "Your partner cannot stay with you on the ward overnight." had the plain picture, where
    "Your partner should not stay" has the STOP sign: what a partner, child or visitor cannot
    do, or will not be able to do, is the same ban. What they cannot feel or tell, what some
    of them cannot do, what they may not be able to do, and what "they" (who may be the staff)
    cannot do ban nothing and have no STOP sign."""
    from pipeline.formats.easy_read.grammar import bans_someone_cared_for

    assert bans_someone_cared_for(row) is ban
    assert (choose_picture(row).shows == "a red stop sign") is ban, choose_picture(row)


@pytest.mark.parametrize(
    ("sentence", "lost", "kept"),
    [
        ("You are not allowed to drive for 6 weeks after your hip replacement.",
         "Drive for 6 weeks after your hip replacement.",
         "You are not allowed to drive for 6 weeks after your hip replacement."),
        ("You cannot drive for 24 hours after your sedation.",
         "You can drive for 24 hours after your sedation.",
         "You cannot drive for 24 hours after your sedation."),
        ("Swimming is not allowed for 2 weeks after your grommets are put in.",
         "Swimming is allowed for 2 weeks after your grommets are put in.",
         "Swimming is not allowed for 2 weeks after your grommets are put in."),
        ("It is not safe to drive for 24 hours after a general anaesthetic.",
         "Drive for 24 hours after a general anaesthetic.",
         "It is not safe to drive for 24 hours after a general anaesthetic."),
        ("You should stop smoking at least 6 weeks before your operation.",
         "You should smoke at least 6 weeks before your operation.",
         "You should stop smoking at least 6 weeks before your operation."),
        ("Your baby shouldn't have a bath for 2 days after the injection.",
         "Your baby should have a bath for 2 days after the injection.",
         "Your baby shouldn't have a bath for 2 days after the injection."),
    ],
)
def test_a_ban_said_as_a_rule_that_loses_its_not_is_named(sentence, lost, kept):
    """ "Drive for 6 weeks after your hip replacement." from "You are not allowed to drive for 6
    weeks ..." passed, the ban read as one on allowing: what is not allowed, safe or possible is
    the doing after it, and a row without the "not" has lost its ban; a row that keeps it is
    not named."""
    problems = [str(p) for p in check_meaning([lost], leaflet_sentences_of(sentence))]
    assert any(p.startswith(f"row '{lost}': lost its 'not'") for p in problems), problems
    assert check_meaning([kept], leaflet_sentences_of(sentence)) == []


@pytest.mark.parametrize(
    "row",
    [
        "Don't worry if your eye feels gritty.",
        "Do not be alarmed if your urine is pink for a day or two.",
        "Don't be surprised if you feel tired for a few days after your infusion.",
        "Do not panic if the dressing gets wet in the shower.",
        "Do not feel you have to eat a big meal straight away.",
        "You should not worry if you see a little blood in your urine.",
        "If your eye waters for a few days, try not to worry.",
        "Do not hesitate to ask the nurse if anything is not clear.",
        "Never be embarrassed to tell us about your bladder.",
    ],
)
def test_a_reassurance_bans_nothing_and_has_no_stop_sign(row):
    """ "Don't worry if your eye feels gritty." had the STOP sign, as if the gritty eye were
    banned: a "do not" that reassures ("don't worry", "do not be alarmed", "do not panic",
    "don't be surprised if", "do not feel you have to", "do not hesitate to") bans nothing the
    reader does, and has the plain picture."""
    from pipeline.formats.easy_read.grammar import is_negative_instruction

    assert not is_negative_instruction(row)
    picture = choose_picture(row)
    assert picture.hexcode != "1F6D1", picture
    assert picture.is_neutral, picture


@pytest.mark.parametrize(
    "row",
    [
        "Do not worry if you miss a dose; do not take 2 doses together.",
        "Don't worry if you miss a dose, but do not take an extra dose to make up for it.",
        "Do not be alarmed if your eye is red, and do not rub it.",
    ],
)
def test_a_ban_after_a_reassurance_keeps_the_stop_sign(row):
    """A step of its own after the reassurance ("; do not take 2 doses together") bans."""
    assert choose_picture(row).hexcode == "1F6D1", choose_picture(row)


@pytest.mark.parametrize(
    "row",
    [
        "It is important not to stop taking your inhaler, even if you feel well.",
        "Try not to stop taking your tablets suddenly.",
        "If the tablets make you feel sick do not stop taking them.",
    ],
)
def test_a_stop_sign_never_stands_beside_a_not_said_another_way_to_keep_going(row):
    """ "It is important not to stop taking your inhaler" beside a STOP sign reads "stop
    taking your inhaler": it has the plain picture, as "Do not stop ..." does."""
    picture = choose_picture(row)
    assert picture.hexcode != "1F6D1", picture
    assert picture.is_neutral, picture


def test_each_ban_under_a_lead_in_has_the_stop_sign(tmp_path):
    """A lead-in "For 24 hours after your sedation:" joined to each of its items said in many
    ways: each row that says not to has the STOP sign, the rest none."""
    body = ("## After your test\n\nFor 24 hours after your sedation:\n\n"
            "- remember not to drink alcohol\n- you must not drive or ride a bike\n"
            "- make sure you do not sign any legal papers\n"
            "- be careful not to use kitchen knives or the cooker\n"
            "- avoid looking after young children on your own\n"
            "- rest at home with an adult\n")
    source = write_source(tmp_path, "9951-after-your-sedation", "Endoscopy Unit", body)
    rows = {row.plain: row.picture for row in draft(load_leaflet(source)).rows()}
    bans = [text for text in rows if "rest at home" not in text.lower()
            and text.startswith("For 24 hours")]
    assert len(bans) == 5, rows
    for text in bans:
        assert rows[text].hexcode == "1F6D1", (text, rows[text])
    (rest,) = [text for text in rows if "rest at home" in text.lower()]
    assert rows[rest].hexcode != "1F6D1", rows[rest]


def test_a_leaflets_own_offer_number_is_the_one_the_facts_check_asks_for(tmp_path):
    """A leaflet whose own offer gives its own number ("... call 0116 295 0347") has the trust's
    offer number nowhere, in print or Easy Read: the facts check had failed its Easy Read for
    leaving out the trust's number and e-mail."""
    from dataclasses import replace

    from pipeline.model import Span

    leaflet = _leaflet(606)
    own = "This leaflet is available in large print. Please call 0116 295 0347."
    leaflet = replace(
        leaflet,
        meta=replace(leaflet.meta, format_offer=own),
        trust=replace(leaflet.trust, format_offer=(Span(own),)),
    )
    problems = " ".join(_check(leaflet, tmp_path).problems)
    assert leaflet.trust.phone not in problems and leaflet.trust.email not in problems, problems


def test_the_check_names_each_row_of_a_condition_cut_apart():
    """Cut at its "but", a condition gave a row that was only its first half and a row that
    told the reader to call with the second half as a fragment: only the first was named."""
    sentence = ("If you are feeling very low but are not at risk of harming yourself, then ring "
                "the Wellbeing Line on 0300 555 0100 or NHS 111 and choose option 2.")
    rows = ["If you are feeling very low.",
            "Are not at risk of harming yourself, then ring the Wellbeing Line on 0300 555 0100 "
            "or NHS 111 and choose option 2."]
    problems = [str(p) for p in check_meaning(rows, leaflet_sentences_of(sentence))]
    assert any(p.startswith("row 'If you are feeling very low.'") for p in problems), problems
    assert any(p.startswith("row 'Are not at risk") for p in problems), problems


def test_a_not_inside_a_condition_never_reaches_what_the_condition_governs():
    """ "If you cannot get through and the pain is severe, go to your nearest A&E or call 999"
    was reported as "'Go to your nearest A&E.': lost its 'not'": the parser joins "go" to the
    condition's "get", and the "cannot" of the condition was read as reaching it. A "not" in a
    condition stays in it, and a "not" of the instruction never reaches into its condition."""
    sentence = ("If you cannot reach the ward and the bleeding is heavy, go to your nearest A&E "
                "or call 999.")
    rows = ["If you cannot reach the ward and the bleeding is heavy:",
            "Go to your nearest A&E.", "Or call 999."]
    assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(sentence))] == []
    reading = read(sentence)
    assert {"go", "call"} <= reading.positive and "reach" in reading.negated
    governed = "Do not exercise if you feel unwell or have a temperature of 38°C or above."
    rows = ["If you feel unwell or have a temperature of 38°C or above:", "Do not exercise."]
    assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(governed))] == []
    # a "not" of the instruction that is lost is still named
    problems = check_meaning(["Exercise if you feel unwell."], leaflet_sentences_of(governed))
    assert any("lost its 'not'" in str(p) for p in problems), problems


def test_a_not_ends_at_an_instruction_of_its_own_after_a_comma_and():
    """ "Leave at least 4 hours between each dose, even if you are still in pain." failed as
    losing its "not" against "Do not take more than 8 tablets in 24 hours, and leave at least 4
    hours between each dose, ...", and "Only eat small meals." against "Do not eat more than
    usual, and only eat small meals": the "not" of the first instruction was read as reaching
    the next, which says what it acts on itself. (The first row was also reported cut off from
    the "even if" said of the second.)"""
    paracetamol = ("Do not take more than 8 tablets in 24 hours, and leave at least 4 hours "
                   "between each dose, even if you are still in pain.")
    rows = ["Do not take more than 8 tablets in 24 hours.",
            "Leave at least 4 hours between each dose, even if you are still in pain."]
    assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(paracetamol))] == []
    meals = "Do not eat more than usual, and only eat small meals."
    rows = ["Do not eat more than usual.", "Only eat small meals."]
    assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(meals))] == []
    wound = "Do not put any cream on the wound, and keep it dry for 5 days."
    rows = ["Do not put any cream on the wound.", "Keep it dry for 5 days."]
    assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(wound))] == []
    # each instruction's own "not" is still held to it, both ways
    for row, sentence, what in (
        ("Do not eat small meals.", meals, "gained a 'not'"),
        ("Eat more than usual.", meals, "lost its 'not'"),
        ("Do not keep it dry for 5 days.", wound, "gained a 'not'"),
        ("Put some cream on the wound.", wound, "lost its 'not'"),
    ):
        problems = [str(p) for p in check_meaning([row], leaflet_sentences_of(sentence))]
        assert any(what in p for p in problems), (row, problems)
    # a list of actions shares its "not", with or without their own words after the last
    for sentence, rows in (
        ("Do not bend, lift or twist.", ["Do not bend.", "Lift.", "Twist."]),
        ("Do not rub, scratch, or pick at the scab.",
         ["Do not rub.", "Scratch.", "Pick at the scab."]),
        ("Do not drive, use machines, and drink alcohol while you take it.",
         ["Do not drive.", "Use machines.", "Drink alcohol."]),
    ):
        problems = [str(p) for p in check_meaning(rows, leaflet_sentences_of(sentence))]
        assert all(any(p.startswith(f"row '{row}': lost its 'not'") for p in problems)
                   for row in rows[1:]), problems
    assert read("Do not bend, lift or twist.").negated == {"bend", "lift", "twist"}
    assert read("Do not drive, and do not operate machinery.").negated == {"drive", "operate"}


def test_a_doing_under_avoid_or_stop_without_it_has_lost_its_ban():
    """A hip replacement leaflet's "In the first 6 weeks, avoid sitting in low chairs, crossing
    your legs or bending forward too far" was drafted "Avoid sitting in low chairs." over "Cross
    your legs or bending forward too far." and the check passed it: an "avoid" or a "stop" bans
    each doing of its list as a "not" does (`grammar.actions_not_to_do`), so a row that says one
    without it has lost its ban."""
    hip = ("In the first 6 weeks, avoid sitting in low chairs, crossing your legs or bending "
           "forward too far.")
    spine = "Try to avoid lifting, twisting or bending your back while the bone heals."
    heart = "Stop smoking, drinking alcohol and eating fatty foods after your heart surgery."
    for sentence, row in (
        (hip, "Cross your legs or bending forward too far."),
        (hip, "Cross your legs."),
        (spine, "Twist your back while the bone heals."),
        (heart, "Drink alcohol after your heart surgery."),
    ):
        problems = [str(p) for p in check_meaning([row], leaflet_sentences_of(sentence))]
        assert any(p.startswith(f"row '{row}': lost its 'not'") for p in problems), problems
    # each doing with its own "avoid" or "stop" keeps its ban
    for sentence, rows in (
        (hip, ["In the first 6 weeks:", "Avoid sitting in low chairs.", "Avoid crossing your legs.",
               "Avoid bending forward too far."]),
        (heart, ["Stop smoking after your heart surgery.",
                 "Stop drinking alcohol after your heart surgery."]),
    ):
        problems = [str(p) for p in check_meaning(rows, leaflet_sentences_of(sentence))]
        assert not any("'not'" in p for p in problems), problems


def test_every_doing_of_a_ban_said_as_a_list_is_banned_however_the_parser_hangs_it():
    """ "Never lift heavy things, push a vacuum cleaner or drive a car, so your wound can heal
    properly" was drafted with 'Never' on each doing and its purpose after them, yet the check
    said 'Never push a vacuum cleaner.' had gained a 'not' and passed 'Push a vacuum cleaner.':
    the small model makes "push" the main verb and "lift" a clause of it. A bare verb after a
    comma in a list a "not" opens and ends with "or" is banned with the first."""
    wound = ("Never lift heavy things, push a vacuum cleaner or drive a car, so your wound can "
             "heal properly.")
    hernia = "Try not to lift heavy things, push a pram or pull a suitcase for 6 weeks."
    hip = "Try not to sit for long periods, stand still or cross your legs."
    baby = "Never drink alcohol, smoke or take drugs while you are pregnant."
    for sentence, rows in (
        (wound, ["Never lift heavy things.", "Never push a vacuum cleaner.", "Never drive a car.",
                 "This is so your wound can heal properly."]),
        (hernia, ["Try not to lift heavy things for 6 weeks.",
                  "Try not to push a pram or pull a suitcase for 6 weeks."]),
        (hip, ["Try not to sit for long periods.", "Try not to stand still.",
               "Try not to cross your legs."]),
    ):
        assert check_meaning(rows, leaflet_sentences_of(sentence)) == [], sentence
    for sentence, row in (
        (wound, "Push a vacuum cleaner."),
        (hernia, "Push a pram or pull a suitcase for 6 weeks."),
        (hip, "Stand still."),
        (baby, "Take drugs while you are pregnant."),
    ):
        problems = [str(p) for p in check_meaning([row], leaflet_sentences_of(sentence))]
        assert any(p.startswith(f"row '{row}': lost its 'not'") for p in problems), problems
    # a reassurance and a condition's own "not" ban nothing after them
    for sentence, row in (
        ("Do not worry, ring us or come in to see us.", "Ring us or come in to see us."),
        ("If you do not feel better, ring 111 or go to A&E.", "Ring 111 or go to A&E."),
    ):
        problems = [str(p) for p in check_meaning([row], leaflet_sentences_of(sentence))]
        assert not any("'not'" in p for p in problems), problems


def test_a_question_after_a_condition_is_held_to_its_own_sentence():
    """In a leaflet of questions and answers, "Can the vaccine give me flu?" came two rows
    under "If you have had a serious allergic reaction to a flu vaccine before:" and was held
    to that sentence: "is a question; its sentence is not", a false alarm on a right row."""
    sentences = leaflet_sentences_of(
        "You should not have it if you have had a serious allergic reaction to a flu vaccine "
        "before.",
        "Can the vaccine give me flu?",
        "No.",
        "The vaccine used for adults does not contain live virus, so it cannot give you flu.",
    )
    rows = ["If you have had a serious allergic reaction to a flu vaccine before:",
            "You should not have it.", "Can the vaccine give me flu?", "No.",
            "The vaccine used for adults does not contain live virus, so it cannot give you flu."]
    assert [str(p) for p in check_meaning(rows, sentences)] == []


def test_a_lead_in_is_never_read_under_the_lead_in_above_it():
    """ "5. When it is above 4 mmol/L:" two rows under "4. If it is still below 4 mmol/L:" (a
    hypo leaflet's steps) was held to step 4's sentence: "has number(s) not in its sentence: 5"
    and "changes its limit", false alarms on a right row."""
    sentences = leaflet_sentences_of(
        "4. If it is still below 4 mmol/L, eat 3 more jelly babies and test again after 10 "
        "minutes.",
        "5. When it is above 4 mmol/L, have a starchy snack such as a sandwich, a bowl of "
        "cereal or 2 plain biscuits.",
    )
    rows = ["4. If it is still below 4 mmol/L:", "Eat 3 more jelly babies.",
            "Test again after 10 minutes.", "5. When it is above 4 mmol/L:",
            "Have a starchy snack such as a sandwich, a bowl of cereal or 2 plain biscuits."]
    assert [str(p) for p in check_meaning(rows, sentences)] == []


def test_a_row_the_leaflet_does_not_say_is_named():
    """ "Reduce your dose slowly." shares only "dose" with "Increase your dose slowly.": it was
    held to no sentence, so checked against nothing, and passed. A row no sentence says is
    itself for a person to look at."""
    sentences = leaflet_sentences_of(
        "Increase your dose slowly, by 1 tablet each week.",
        "Squeeze your muscles and lift quickly, then let go straight away.",
        "Lie on your back and lift your leg off the bed, keeping your knee straight.",
        "Your dose:",
    )
    for row in ("Reduce your dose slowly.", "Take your tablets at night."):
        problems = [str(p) for p in check_meaning([row], sentences)]
        assert problems == [f"row '{row}': is said by no sentence of the leaflet (a person "
                            "should check what it tells the reader)"], problems
    # the leaflet's own words, in its order or not, and a blank to fill in are not
    for row in ("Let go straight away.", "Keep your knee straight.", "Your dose: (blank)."):
        assert check_meaning([row], sentences) == [], row


def test_the_drafts_own_rows_are_each_said_by_the_leaflet(drafts):
    """The rows the draft adds (the title's row, lead-ins, the offer of other formats, hard
    words' meanings) are held to the leaflet's or the trust's words, never named as unsaid."""
    for number, rows in drafts.items():
        leaflet = _leaflet(number)
        problems = [str(p) for p in check_meaning(rows, leaflet_sentences(leaflet))]
        assert not [p for p in problems if "no sentence" in p], (number, problems)


@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        # "called" names a thing: no phone call
        ("A bag of platelets is called a pool.", "a telephone handset"),
        ("Each small packet of powder is called a sachet.", "a telephone handset"),
        # what is worn is the picture, not a T-shirt for every "wear"
        ("Wear the eye shield in bed for the first 2 weeks.", "a T-shirt"),
        ("Wear the eye shield in bed for the first 2 weeks.", "shield"),
        ("Wear your glasses when you read.", "a T-shirt"),
        # water to wash with is no drink
        ("Clean the area around the tube with warm water only and pat it dry.",
         "a tap and a glass of water"),
        ("Warm water.", "a tap and a glass of water"),
    ],
)
def test_a_picture_never_shows_another_sense_of_the_rows_word(row, wrong):
    """ "Each bag of blood is called a unit" had a telephone, "Wear the plastic shield at
    night" a T-shirt, "Clean the skin with warm water" a drinking tap: a plain picture is
    better than a wrong one."""
    assert choose_picture(row).shows != wrong, choose_picture(row)
    # the senses they were chosen for keep their pictures
    assert choose_picture("Call the ward if you feel unwell.").shows == "a telephone handset"
    assert choose_picture("Wear loose, comfortable clothes.").shows == "a T-shirt"
    assert choose_picture("Drink plenty of water.").shows == "a tap and a glass of water"
    assert choose_picture("Have a glass of water.").shows == "a tap and a glass of water"
    assert choose_picture("You can have sips of water until 2 hours before.").shows == (
        "a tap and a glass of water")


@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        # drinking alcohol is no glass of water
        ("Heavy drinking increases your risk of bleeding.", "a tap and a glass of water"),
        ("Binge drinking can make your blood sugar drop.", "a tap and a glass of water"),
        ("Only drink alcohol with a meal.", "a tap and a glass of water"),
        ("Drinking more than 14 units a week raises your blood pressure.",
         "a tap and a glass of water"),
        # a table of results is no piece of furniture
        ("Write your results in the table.", "a chair"),
        ("Record each reading in the table on the back page.", "a chair"),
        ("Fill in the table every time you check your blood sugar.", "a chair"),
        ("Use the table to work out your dose.", "a chair"),
        # the wall of the bowel is no brick wall
        ("There is a small risk of a tear in the bowel wall.", "a brick wall"),
        # "time" that counts how often something happens is no clock, nor an age a calendar
        ("Has a fit (seizure) for the first time.", "a clock"),
        ("Each time you use your inhaler, rinse your mouth.", "a clock"),
        ("Do these exercises (blank for times a day).", "a clock"),
        # a blank for the count the physiotherapist writes in is a count too
        ("Repeat (blank) times.", "a clock"),
        ("Quick squeezes: (blank for times).", "a clock"),
        ("If this is the first time your child has had a fit:", "a clock"),
        ("Clean the mouthpiece every time you use it.", "a clock"),
        ("Brush your teeth two times a day.", "a clock"),
        # nor a turn of phrase for always, whenever, together, now and then, soon or slowly
        ("Keep it with you at all times.", "a clock"),
        ("You can stop taking part at any time.", "a clock"),
        ("You can ring the ward any time, day or night.", "a clock"),
        ("Breathe out and tighten your muscles at the same time.", "a clock"),
        ("Check the skin under the cast from time to time.", "a clock"),
        ("Take your time when you get up from the chair.", "a clock"),
        ("Most swelling goes down over time.", "a clock"),
        ("Your hand may feel stiff at times.", "a clock"),
        ("Your child is under 3 months old and has a temperature of 38°C or higher.",
         "a calendar"),
    ],
)
def test_a_word_said_in_another_sense_in_the_row_never_chooses_its_picture(row, wrong):
    """ "Heavy drinking increases your risk of bleeding" had a tap and a glass of water, "Write
    your results in the table" a chair and "Has a fit (seizure) for the first time" a clock:
    each picture shows another sense of a word of the row, beside a safety step. The plain
    picture is better than a wrong one."""
    picture = choose_picture(row)
    assert picture.shows != wrong, (row, picture)


def test_the_sense_a_picture_shows_keeps_it():
    """The senses the pictures were chosen for keep them beside the rows that mean them."""
    water, clock = "a tap and a glass of water", "a clock"
    assert choose_picture("Drink plenty of water.").shows == water
    assert choose_picture("Drink 6 to 8 glasses of fluid a day.").shows == water
    assert choose_picture("Your child is not drinking.").shows != "a glass of alcohol"
    assert choose_picture("Heavy drinking increases your risk of bleeding.").shows in {
        "a glass of alcohol", "the letter i for information"}
    assert choose_picture("Sit at the kitchen table.").shows == "a chair"
    assert "chart" in choose_picture("See the table below.").shows
    assert choose_picture("Time: 8am.").shows == clock
    assert choose_picture("Take your lithium at the same time each day.").shows == clock
    assert choose_picture("Use your drops at the same time every morning.").shows == clock
    assert choose_picture("Write down the time you took your tablets.").shows == clock
    assert choose_picture("If you vomit a second time:").shows != "a stopwatch"
    assert choose_picture("Keep the dressing dry for the first 48 hours.").shows == clock
    assert choose_picture("Leave at least 4 hours between doses.").shows == clock
    assert choose_picture("If you eat or drink after these times, your operation may be "
                          "cancelled.").shows == clock
    assert "thermometer" in choose_picture(
        "Your child is under 3 months old and has a temperature of 38°C or higher.").shows


@pytest.mark.parametrize(
    "row",
    [
        "Falls Prevention Team: 0113 496 0400 (Monday to Friday, 9am to 5pm).",
        "Surgical Assessment Unit: 0161 496 0147 (24 hours).",
        "Crisis line (24 hours, every day): 0800 023 2060.",
        "Ward 12: 0116 258 4411.",
        "Diabetes specialist nurses: 0114 271 3900, Monday to Friday 8am to 4pm.",
        "Samaritans: 116 123 (free, any time).",
        # and a row whose own instruction is to ring the number it gives
        "Please phone the endoscopy unit on 0116 258 6997 at least 7 days before your test.",
        "Call the Plaster Room on 0116 258 5430, Monday to Friday, 8am to 6pm.",
        "If your wound bleeds through the dressing, ring 0114 271 1900.",
    ],
)
def test_a_name_and_its_phone_number_has_a_telephone(row):
    """A row that is a name and a phone number is there to be rung: "Falls Prevention Team:
    0113 ..." had the plain picture, "Surgical Assessment Unit: 0161 ... (24 hours)" a clock,
    "Ward 12: 0116 ..." and "Please phone the endoscopy unit on 0116 ..." a hospital. (A clock
    had been expected beside "Crisis line (24 hours, every day): 0800 ...", for its hours: what
    the reader needs from that row is the number.)"""
    assert choose_picture(row).shows == "a telephone handset", choose_picture(row)


@pytest.mark.parametrize(
    ("row", "right"),
    [
        ("Call your heart failure nurse on the same day, as your tablets may need changing.",
         "a telephone handset"),
        ("Walk a little further each day, and rest when you need to.", "a person walking"),
        ("You may cough up a little blood for a day.", "a person coughing"),
    ],
)
def test_how_often_or_which_day_never_hides_the_rows_action(row, right):
    """ "Call your heart failure nurse on the same day" and "Walk a little further each day"
    had a calendar: when to do it had been pictured before what to do."""
    assert choose_picture(row).shows == right, choose_picture(row)


def test_a_weekly_medicines_day_keeps_its_calendar():
    """Taken on one day each week (methotrexate) the day is the instruction: its calendar
    stays."""
    for row in ("Take methotrexate once a week, on the same day each week.",
                "Important: Methotrexate is taken ONCE A WEEK, on the same day each week.",
                "Day 1:"):
        assert choose_picture(row).shows == "a calendar", (row, choose_picture(row))


def test_a_row_that_says_what_to_do_with_a_number_keeps_its_own_picture():
    assert choose_picture("Do not ring 0114 271 1900 for test results.").shows == (
        "a red stop sign")
    assert choose_picture("Website: www.nhs.uk/conditions.").shows == "a laptop computer"
    assert choose_picture("You took 2 tablets at 0800.").shows == "a pill"


def test_a_condition_is_never_read_past_a_semicolon_or_dash_after_it():
    """Rows cut at a semicolon or a dash after a condition were reported cut off from it
    ("'Most people need 1-3 days.': is cut off from its condition ('until ...')"), and a time
    before an "if" was read as the condition ("Only let go after the full 10 minutes."): false
    alarms that hide real ones among a leaflet's problems."""
    for sentence, rows in (
        ("Take time off school until your child feels better; most children need 2 to 3 days.",
         ["Take time off school until your child feels better.",
          "Most children need 2 to 3 days."]),
        ("Ibuprofen 200 to 400 mg every 8 hours if needed – it can upset your stomach.",
         ["Ibuprofen 200 to 400 mg every 8 hours if needed.", "It can upset your stomach."]),
        ("Only remove the dressing after 5 days; if it gets wet, change it straight away.",
         ["Only remove the dressing after 5 days.",
          "If it gets wet, change it straight away."]),
    ):
        assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(sentence))] == []
    # a row that is the condition's own consequence is still named when cut from it
    problems = check_meaning(["Change it straight away."], leaflet_sentences_of(
        "Only remove the dressing after 5 days; if it gets wet, change it straight away."))
    assert any("cut off from its condition" in str(p) for p in problems), problems


@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        ("If you are feeling very low but are not in danger:", "a warning triangle"),
        ("If you have no pain or swelling after 2 days:", "lines showing pain"),
    ],
)
def test_a_thing_the_row_says_is_not_there_is_never_its_picture(row, wrong):
    """A warning triangle beside "... but are not in immediate danger:" shows the danger the
    row says is not there: the plain picture, for a person to choose."""
    assert choose_picture(row).shows != wrong, choose_picture(row)
    assert choose_picture("If you have pain or swelling after 2 days:").shows == wrong or (
        wrong == "a warning triangle")
    # a "not" that says nothing of a thing's being there leaves its picture alone
    assert choose_picture("If you have not heard by 8 weeks, please ring the secretaries.").shows \
        == "a calendar"


def test_a_condition_after_so_governs_only_its_own_clause():
    """ "Iron tablets take 2 to 4 weeks to raise your Hb, so they are not suitable if you need
    blood urgently": "Iron tablets take 2 to 4 weeks." was reported cut off from the "if" of
    the clause after "so", as the draft already reads it."""
    sentence = ("Vitamin D tablets take 6 to 8 weeks to work, so they are not the right choice if "
                "you need a quick fix.")
    rows = ["Vitamin D tablets take 6 to 8 weeks to work.",
            "So they are not the right choice if you need a quick fix."]
    assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(sentence))] == []
    problems = check_meaning(["They are not the right choice."], leaflet_sentences_of(sentence))
    assert any("cut off from its condition" in str(p) for p in problems), problems


def test_a_technique_is_never_made_an_exercise(tmp_path):
    """ "technique: exercise" in the plain words made "Your nurse will check your inhaler
    technique" "... your inhaler exercise", and an injection's technique an exercise: a word
    that means the way something is done is kept, and explained."""
    rows = _drafted(
        tmp_path,
        "## Using your inhaler\n\nYour nurse will check your inhaler technique at every visit.\n\n"
        "A good injection technique stops bruising.\n",
    )
    assert not any("exercise" in row for row in rows), rows
    assert any("inhaler technique" in row for row in rows), rows
    assert any(row.startswith("A technique is") for row in rows), rows


def test_time_to_allow_is_never_let():
    """ "Allow 2 hours for your appointment" became "Let 2 hours for your appointment" (allow ->
    let): time to set aside keeps "allow"; letting someone do something is still "let"."""
    plain = plain_words()
    assert simplify("Allow 2 hours for your appointment.", plain) == (
        "Allow 2 hours for your appointment."
    )
    assert simplify("Please allow up to 3 hours for your visit.", plain).startswith(
        "Please allow up to 3 hours"
    )
    assert simplify("Allow plenty of time to get here.", plain).startswith("Allow plenty")
    assert simplify("Allow the cream to dry.", plain) == "Let the cream dry."


NEBULISER_STEP_7 = (
    "7. Switch off the compressor and rinse your mouth with water if you have used a steroid "
    "medicine."
)


def test_a_condition_after_two_joined_actions_is_never_widened_to_the_first(tmp_path):
    """ "7. Switch off the compressor and rinse your mouth with water if you have used a steroid
    medicine" became "7. If you have used a steroid medicine:" over "Switch off the compressor."
    and "Rinse your mouth with water.": a patient who had not used a steroid was no longer told
    to switch the compressor off. Which actions a trailing "if" governs is not known, so the
    sentence is kept whole, and a person is told to look at it."""
    rows = _drafted(
        tmp_path,
        "## How to use your nebuliser\n\n"
        "1. Sit upright in a chair and switch on the compressor.\n"
        "2. Switch off the compressor and rinse your mouth with water if you have used a steroid "
        "medicine.\n",
    )
    assert NEBULISER_STEP_7.replace("7.", "2.") in rows, rows
    assert not any(row.startswith(("If you have used", "2. If you have used")) for row in rows)
    assert not any(row == "Switch off the compressor." for row in rows), rows
    source = write_source(tmp_path, "7102-your-nebuliser", "Respiratory",
                          f"## Using it\n\n{NEBULISER_STEP_7[3:]}\n")
    (row,) = [r for r in draft(load_leaflet(source)).rows() if "compressor" in r.plain]
    assert "condition" in row.doubt, row.doubt
    # a condition said first still governs every action after it
    assert split_ideas("If your knee hurts, stop the exercises and call the ward.",
                       plain_words(), 15)[0] == "If your knee hurts:"


def test_the_meaning_check_names_a_condition_moved_onto_an_action_it_did_not_govern():
    """The check missed the widened step 7 and held "1. Take the nebuliser pot apart." to "3.
    Open the medicine vial ..." (a lead-in four rows above, in another list, was read as its
    condition), reporting its list number as a number not in its sentence."""
    sources = leaflet_sentences_of(
        "6. Breathe in and out slowly through your mouth until the mist stops.",
        "3. Open the medicine vial by twisting off the top, and squeeze all of the medicine into "
        "the nebuliser pot.",
        NEBULISER_STEP_7,
        "After every use:",
        "1. Take the nebuliser pot apart.",
        "2. Wash the parts.",
    )
    rows = [
        "7. If you have used a steroid medicine:",
        "Switch off the compressor.",
        "Rinse your mouth with water.",
        "After every use:",
        "1. Take the nebuliser pot apart.",
        "2. Wash the parts.",
    ]
    problems = [str(p) for p in check_meaning(rows, sources)]
    assert any(p.startswith("row 'Switch off the compressor.'") and "rinse your mouth" in p
               for p in problems), problems
    assert not any(p.startswith("row '1. Take the nebuliser pot apart.'") for p in problems), (
        problems
    )
    assert not any(p.startswith("row 'Rinse your mouth") for p in problems), problems
    # the sentence kept whole is its own words; an "or" between choices shares its condition
    assert check_meaning([NEBULISER_STEP_7], sources) == []
    either = "Go to A&E or call 999 if you have chest pain."
    assert [str(p) for p in check_meaning(
        ["If you have chest pain:", "Go to A&E.", "Or call 999."], leaflet_sentences_of(either)
    )] == []


def test_a_while_inside_a_reason_is_no_condition_of_the_instruction():
    """ "Measure your stoma once a week for the first 8 weeks, as it gets smaller while it heals"
    became "While it heals:" over "Measure your stoma ... , as it gets smaller.": the healing
    is part of the reason, and "as it gets smaller" no longer said why."""
    plain = plain_words()
    for sentence in (
        "Measure your stoma once a week for the first 8 weeks, as it gets smaller while it heals.",
        "Keep your arm in the sling for 2 weeks, because the bone can move while it heals.",
    ):
        rows = split_ideas(sentence, plain, 15)
        assert not any(row.lower().startswith("while") for row in rows), rows
        assert " ".join(rows).count("while it heals") == 1, rows
    # a "while" that says when to do the instruction is still its condition
    assert split_ideas(
        "Encourage your child to drink plenty: at least a cup (200ml) every 2 hours while they "
        "are awake.", plain, 15
    )[0] == "While they are awake:"


def test_each_lettered_sub_step_is_a_row_of_its_own_keeping_its_letter(tmp_path):
    """ "2. Get your nebuliser ready: a) Put ... b) Connect ... c) Check ..." was one 40-word row
    "A) Put the compressor ... b) Connect ... c) Check ...", its "a)" made a capital."""
    body = (
        "## How to use your nebuliser\n\n"
        "1. Wash and dry your hands.\n"
        "2. Get your nebuliser ready: a) Put the compressor on a flat, firm surface near a plug "
        "socket. b) Connect one end of the tubing to the compressor and the other end to the "
        "nebuliser pot. c) Check that the filter is clean and white. If it is grey, change it.\n"
        "3. Wash the parts: a) Use warm soapy water (washing-up liquid is fine). b) Rinse them "
        "under running water.\n"
    )
    source = write_source(tmp_path, "7103-your-nebuliser", "Respiratory", body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    at = rows.index("a) Put the compressor on a flat, firm surface near a plug socket.")
    assert rows[at - 1].startswith("2. Get your nebuliser ready"), rows
    assert rows[at + 1] == (
        "b) Connect one end of the tubing to the compressor and the other end to the nebuliser pot."
    ), rows
    assert rows[at + 2] == "c) Check that the filter is clean and white.", rows
    assert "a) Use warm soapy water (washing-up liquid is fine)." in rows, rows
    assert "b) Rinse them under running water." in rows, rows
    assert not any(re.match(r"[A-H]\) ", row) for row in rows), rows
    assert [str(p) for p in check_meaning(rows, leaflet_sentences(leaflet))] == []
    # a lone letter is no list of steps
    assert sentences("Tick box a) on the form and post it back.") == [
        "Tick box a) on the form and post it back."
    ]


def test_a_sentence_kept_whole_for_its_condition_is_for_a_person_to_read_not_a_failure(tmp_path):
    """ "Stop taking the tablets and speak to your GP if you feel very thirsty, confused or sick"
    (17 words) is kept whole by the draft: whether the condition governs both actions only a
    person can say, and cut, it could tell a reader to stop their tablets whatever happens. The
    check had failed the vitamin D leaflet for it; it names it for a person to read instead, as
    it does every drafted row it is unsure of. An author's own long sentence still fails."""
    body = (
        "## Side effects\n\nSide effects are rare.\n\n"
        "Stop taking the tablets and speak to your GP if you feel very thirsty, confused or sick.\n"
    )
    source = write_source(tmp_path, "5120-vitamin-d-tablets", "Pharmacy", body)
    leaflet = load_leaflet(source)
    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    report = check_easy_read(leaflet, EasyReadSettings(), [path])
    assert not any("over 15 words" in p for p in report.problems), report.problems
    found = " ".join(report.findings)
    assert "kept whole" in found and "speak to your GP if you feel very thirsty" in found, found


def test_a_condition_after_a_comma_or_governs_only_the_alternative(tmp_path):
    """ "Above 8.0 | Do not take warfarin. Call the clinic straight away, or call 111 if the
    clinic is closed." became "If the clinic is closed:" over "Call the clinic straight away."
    and "Or call 111.": the patient was told to call a closed clinic, and only then. After
    "X, or Y if Z" the condition is the alternative's alone, so it stays with it."""
    plain = plain_words()
    for sentence, first, second in (
        ("Call the clinic straight away, or call 111 if the clinic is closed.",
         "Call the clinic straight away.", "Or call 111 if the clinic is closed."),
        ("Ring the ward on 0161 276 4411, or go to your nearest A&E if it is after 8pm.",
         "Ring the ward on 0161 276 4411.", "Or go to your nearest A&E if it is after 8pm."),
    ):
        rows = split_ideas(sentence, plain, 15)
        assert not any(row.startswith("If ") for row in rows), rows
        assert first in rows and second in rows, rows
    rows = _drafted(
        tmp_path,
        "## What your INR means\n\n| INR | What to do |\n| --- | --- |\n"
        "| 2.0 to 3.0 | Take your usual dose. |\n"
        "| Above 8.0 | Do not take warfarin. Call the clinic straight away, or call 111 if the "
        "clinic is closed. |\n",
    )
    assert "If the clinic is closed:" not in rows, rows
    assert any(row.endswith("call 111 if the clinic is closed.") for row in rows), rows
    # the meaning check names the old rows: the lead-in widened to the first choice
    sources = leaflet_sentences_of(
        "Do not take warfarin.", "Call the clinic straight away, or call 111 if the clinic is "
        "closed."
    )
    problems = [str(p) for p in check_meaning(
        ["Do not take warfarin.", "If the clinic is closed:", "Call the clinic straight away.",
         "Or call 111."], sources)]
    assert any(p.startswith("row 'Call the clinic straight away.'") and "call 111" in p
               for p in problems), problems
    # choices joined without a comma still share the condition
    assert split_ideas("Go to A&E or call 999 if you have chest pain.", plain, 15)[0] == (
        "If you have chest pain:"
    )


def test_tablets_of_different_strengths_each_keep_their_strength():
    """ "For example, a dose of 7mg is one 5mg tablet and two 1mg tablets." became "For example,
    a dose of 7 mg is 1 tablet and 2 tablets." / "Each tablet is 5 mg." / "Each tablet is 1 mg.":
    the last two rows contradict each other, and which tablets make the dose was lost. Each
    count keeps its own strength beside it."""
    plain = plain_words()
    for sentence, said in (
        ("For example, a dose of 7mg is one 5mg tablet and two 1mg tablets.",
         ("1 tablet of 5 mg", "2 tablets of 1 mg")),
        ("Take two 20mg capsules in the morning and one 10mg capsule at night.",
         ("2 capsules of 20 mg", "1 capsule of 10 mg")),
    ):
        rows = split_ideas(sentence, plain, 15)
        joined = " ".join(rows)
        assert all(part in joined for part in said), rows
        assert not any(row.startswith("Each ") for row in rows), rows
    # one strength alone is still said on a row of its own
    assert split_ideas("Take three 2.5mg tablets once a week.", plain, 15) == [
        "Take 3 tablets once a week.", "Each tablet is 2.5 mg."
    ]
    # and the check names rows that give one tablet two strengths
    source = "For example, a dose of 7mg is one 5mg tablet and two 1mg tablets."
    problems = [str(p) for p in check_meaning(
        ["For example, a dose of 7 mg is 1 tablet and 2 tablets.", "Each tablet is 5 mg.",
         "Each tablet is 1 mg."], leaflet_sentences_of(source))]
    assert any("Each tablet is 1 mg." in p and "strength" in p for p in problems), problems


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # two verbs sharing one object: "Exercising them every day can stop." says nothing
        ("Exercising them every day can stop or reduce leaking urine when you cough, sneeze or "
         "lift.", "can stop or reduce leaking urine"),
        ("Starting the day after your operation, gently bend and straighten your fingers 10 "
         "times every hour while you are awake.", "bend and straighten your fingers"),
        ("Each morning, gently stretch and massage the scar for 5 minutes with an unperfumed "
         "cream.", "stretch and massage the scar"),
        # "only" restricts what follows it: "You may take it off only." is a different rule
        ("You may take it off only to wash your skin and to do the exercises your therapist has "
         "shown you.", "take it off only to wash your skin"),
        ("You can remove the stocking only to have a bath or shower, and then put it back on "
         "straight away.", "only to have a bath"),
        # a condition at the end of an explanation, or inside a noun phrase, is no lead-in
        ("This lets the clinic change your dose on the same day as your blood test if it needs "
         "to.", "blood test if it needs to"),
        ("This leaflet lists the medicines you are taking home and what to do if you feel "
         "unwell.", "what to do if you feel unwell"),
        ("This leaflet explains how your wound will heal and who to call if you are worried.",
         "who to call if you are worried"),
    ],
)
def test_a_cut_never_changes_what_a_sentence_says(sentence, kept):
    """Cuts the reviewer found changed the meaning: "can stop." / "Or reduce leaking urine",
    "gently bend." / "Straighten your fingers ...", "You may take it off only." / "This is to
    wash your skin ...", "If it needs to:" / "This lets the clinic ...", "If you feel unwell:" /
    "This leaflet lists the medicines ... and what to do." Each sentence keeps these words
    together in one row, and no row is a lead-in made of them."""
    rows = split_ideas(sentence, plain_words(), 15)
    assert any(kept in row for row in rows), rows
    assert not any(re.match(r"(?:If|Or) ", row) for row in rows), rows
    assert not any(row.rstrip(".").endswith((" only", " stop", " bend", " stretch"))
                   for row in rows), rows


def test_the_meaning_check_reads_the_instruction_after_a_list_of_signs_and_a_not_in_a_sign():
    """False alarms the reviewer found: "row 'Call the Heart Failure Nurses ...': says the
    reader will 'call'; the source says ankle does" (the parser joined "call" to "your ankles
    swell" before it, and "fingers" in another leaflet), and "row 'Call 999 or go to A&E
    straight away.': lost its 'not'" where the "not" is the headache's ("will not go away")."""
    nurses = ("If your weight goes up by more than 2kg (about 4lb) in 3 days, or you become more "
              "breathless or your ankles swell, call the Heart Failure Nurses on 01392 402345 ext "
              "6789 (Mon–Fri 8.30am–4.30pm).")
    splint = ("If your splint rubs, feels too tight, or your fingers tingle, call the department "
              "so we can change it.")
    headache = ("Call 999 or go to A&E straight away if you have a severe headache that will not "
                "go away.")
    for rows, source in (
        (["If your weight goes up by more than 2 kg (about 4 lb) in 3 days, or you become more "
          "breathless or your ankles swell:",
          "Call the Heart Failure Nurses on 01392 402345 ext 6789 (Mon–Fri 8.30am–4.30pm)."],
         nurses),
        (["If your splint rubs, feels too tight, or your fingers tingle:",
          "Call the department so we can change it."], splint),
        (["If you have a severe headache that will not go away:",
          "Call 999 or go to A&E straight away."], headache),
    ):
        assert [str(p) for p in check_meaning(rows, leaflet_sentences_of(source))] == []
    # what it catches it still catches: a "not" of the instruction itself, and a doer changed
    assert any("lost its 'not'" in str(p) for p in check_meaning(
        ["If you have a headache that will not go away:", "Drive or use machines."],
        leaflet_sentences_of("Do not drive or use machines if you have a headache that will not "
                             "go away.")))
    assert any("says the reader will 'call'" in str(p) for p in check_meaning(
        ["If your ankles swell:", "Call the patient."],
        leaflet_sentences_of("If your ankles swell, the nurse will call the patient.")))


@pytest.mark.parametrize(
    "row, wrong",
    [
        ("If your baby is under 3 months old and has a temperature of 38°C or above:",
         "pregnant"),
        ("If your baby is 3 to 6 months old and has a temperature of 39°C or above:", "pregnant"),
        ("Keep your baby away from smoke.", "pregnant"),
        # the first word of a thing's name is not the thing: a dressing gown is no wound dressing
        ("Please bring a dressing gown and slippers.", "plaster"),
        ("Bring your reading glasses and a book.", "book"),
        ("Wear your walking boots on the ward.", "walk"),
    ],
)
def test_a_picture_shows_the_thing_not_another_it_is_named_after(row, wrong):
    """A baby had a pregnant woman beside it ("baby" was a word of the pregnancy picture), and
    "Please bring a dressing gown and slippers" a sticking plaster: the first word of "dressing
    gown" was matched as if it were the thing. A plain picture is better than a wrong one."""
    picture = choose_picture(row)
    assert wrong not in picture.shows.lower(), (row, picture)
    assert "baby" in choose_picture("Keep your baby away from smoke.").shows
    # a verb before its particle is still the action ("Sit up straight")
    assert "pregnant" in choose_picture("You may feel your bump tighten.").shows


def test_a_row_starting_with_a_web_or_email_address_keeps_its_case(tmp_path):
    """Every Easy Read row starting with an address read "Www.mft.nhs.uk/wythenshawe": an
    address is typed as written, and a capital makes it look like another one."""
    plain = plain_words()
    assert split_ideas("www.mft.nhs.uk/wythenshawe", plain, 15) == ["www.mft.nhs.uk/wythenshawe."]
    assert split_ideas("pals@mft.nhs.net is the address to write to.", plain, 15)[0].startswith(
        "pals@mft.nhs.net"
    )
    rows = _drafted(tmp_path, "## More information\n\nwww.mft.nhs.uk/wythenshawe\n\n"
                              "visit the website for more.\n")
    assert "www.mft.nhs.uk/wythenshawe." in rows, rows
    assert not any(row.startswith("Www") for row in rows), rows
    assert "Visit the website for more." in rows, rows


def test_a_choice_closed_by_a_comma_shares_the_condition_and_other_cuts_still_happen():
    """ "Stop taking Moviprep and call NHS 111, or go to A&E, if you have severe tummy pain":
    the comma after the choice makes the condition every action's, so no action is cut from it
    (the rule for "X, or Y if Z" must not reach it). Cuts that keep the meaning are still made:
    a gerund object ("stop testing"), a verb of a clause about a thing ("insulin you take"), a
    semicolon after "only"."""
    plain = plain_words()
    for sentence in (
        "Stop taking Moviprep and call NHS 111, or go to A&E, if you have severe tummy pain.",
        "Contact your GP, midwife or health visitor, or call NHS 111, if your baby is feeding "
        "less well.",
    ):
        rows = split_ideas(sentence, plain, 15)
        # whole, or under a lead-in over every action
        assert rows == [sentence] or (rows[0].startswith("If ") and rows[0].endswith(":")), rows
    assert split_ideas("It is a guide only; always follow the dose written in your yellow book.",
                       plain, 15) == ["It is a guide only.",
                                      "Always follow the dose written in your yellow book."]
    assert len(split_ideas(
        "Write down each reading and any extra insulin you take, and bring this to your next "
        "clinic appointment.", plain, 15)) == 2
    assert len(split_ideas(
        "Gestational diabetes usually goes away once your baby is born, so you can stop testing "
        "and stop your medicines straight after the birth.", plain, 15)) == 2


CHEMO_TABLE = (
    "## Side effects\n\n"
    "| Side effect | What to do | When to call the 24-hour hotline |\n|---|---|---|\n"
    "| Feeling sick (nausea) or being sick | Take your anti-sickness tablets as prescribed, even "
    "if you do not feel sick. Eat small meals often. | If you are sick more than 3 times in 24 "
    "hours, or cannot keep fluids down for 12 hours |\n"
    "| Tiredness (fatigue) | Rest when you need to, but try to take a short walk each day. | If "
    "you are too breathless or dizzy to get out of bed |\n"
    "| Bruising or bleeding | Use an electric razor. Do not take aspirin or ibuprofen. | Straight "
    "away if you have nosebleeds lasting more than 10 minutes, blood in your urine or stools, or "
    "a rash of tiny red spots |\n"
)


def test_a_cells_label_row_and_its_value_row_are_one_whole(tmp_path):
    """The check reported "When to call the 24-hour hotline:" as cut off from its condition, and
    the row under it ("If you are too breathless or dizzy to get out of bed.") as only a
    condition cut off from what it governs: the two are a table cell's label and its value,
    and together they are the cell's whole sentence."""
    source = write_source(tmp_path, "7104-your-chemotherapy", "Oncology", CHEMO_TABLE)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    at = rows.index("When to call the 24-hour hotline:")
    assert rows[at + 1].startswith("If you are sick more than 3 times"), rows
    problems = [str(p) for p in check_meaning(rows, leaflet_sentences(leaflet))]
    assert not any("hotline" in p or "If you are" in p.split(":")[0] for p in problems), problems
    # a condition alone, with no label above it, is still named
    lone = [str(p) for p in check_meaning(
        ["Side effect: Tiredness (fatigue).",
         "If you are too breathless or dizzy to get out of bed."],
        leaflet_sentences(leaflet))]
    assert any("only a condition" in p for p in lone), lone


@pytest.mark.parametrize(
    "sentence",
    [
        "Do not take trimethoprim or co-trimoxazole (antibiotics).",
        "Never take trimethoprim or co-trimoxazole (antibiotics).",
        "Do not take trimethoprim or co-trimoxazole (antibiotics) while on methotrexate.",
    ],
)
def test_a_ban_on_two_things_never_loses_its_verb(sentence):
    """ "Do not take trimethoprim or co-trimoxazole (antibiotics)" became "Do not take
    trimethoprim." / "Do not co-trimoxazole (antibiotics).": the parser read the medicine names
    as describing words, so the second became an "action" of its own and lost "take". Two
    things after one verb share it: every "Do not" / "Never" row keeps a verb, and each medicine
    is still banned with "take"."""
    rows = split_ideas(sentence, plain_words(), 15)
    for row in rows:
        if row.startswith(("Do not ", "Never ")):
            assert re.match(r"(?:Do not|Never) take\b", row), rows
    joined = " ".join(rows)
    assert "take trimethoprim" in joined and "co-trimoxazole" in joined, rows
    assert not any(re.match(r"(?:Do not|Never) co-", row) for row in rows), rows
    # a list of actions still gets a "Do not" for each
    assert split_ideas("Do not eat grapefruit or drink grapefruit juice.", plain_words(), 15) == [
        "Do not eat grapefruit.", "Do not drink grapefruit juice."
    ]


def test_a_listed_ban_on_two_medicines_keeps_its_verb(tmp_path):
    rows = _drafted(tmp_path, "## Other medicines\n\nDo not:\n\n"
                              "- take trimethoprim or co-trimoxazole (antibiotics)\n"
                              "- have live vaccines such as yellow fever\n")
    assert not any(row.startswith("Do not co-") for row in rows), rows
    assert any("take trimethoprim or co-trimoxazole" in row or
               row == "Do not take co-trimoxazole (antibiotics)." for row in rows), rows


def test_an_item_under_a_do_not_label_that_says_its_own_not_another_way_stands_as_it_is(tmp_path):
    """A plaster-cast leaflet's "Do not:" over "- Remember not to get the cast wet" had drafted
    "Do not remember not to get the cast wet.", a "not" twice that tells the reader to get it
    wet: an item whose own words say not to, however they say it ("You must not", "Make sure
    you do not"), stands as it is, as one saying "Do not" did."""
    rows = _drafted(tmp_path, "## Looking after your cast\n\nDo not:\n\n"
                              "- Remember not to get the cast wet.\n"
                              "- You must not push anything down the cast.\n"
                              "- Make sure you do not cut the cast yourself.\n"
                              "- Walk on the cast until the clinic says you can.\n"
                              "- Do not worry if the cast feels tight at first.\n")
    assert "Remember not to get the cast wet." in rows, rows
    # a reassurance bans nothing, yet opens with the label's words: never "Do not do not ..."
    assert "Do not worry if the cast feels tight at first." in rows, rows
    assert "You must not push anything down the cast." in rows, rows
    assert "Make sure you do not cut the cast yourself." in rows, rows
    assert "Do not walk on the cast until the clinic says you can." in rows, rows
    assert not any(re.match(r"Do not (?:remember|you|make sure)", row) for row in rows), rows


FIVE_PS = (
    "## For the first 48 hours\n\n"
    "> Check the 5 Ps every 4 hours for the first 2 days. Come back to the Emergency Department "
    "straight away if your child has:\n>\n"
    "> pain – worse pain that pain relief does not help;\n>\n"
    "> pale – fingers that look pale, white or blue;\n>\n"
    "> puffy – swollen fingers that do not go down when the arm is raised;\n>\n"
    "> paralysis – cannot move their fingers.\n"
)
FIVE_PS_LISTED = (
    "## For the first 48 hours\n\n"
    "Come back to the Emergency Department straight away if your child has:\n\n"
    "- **Pain** – worse pain that pain relief does not help\n"
    "- **Pale** – fingers that look pale, white or blue\n"
    "- **Puffy** – swollen fingers that do not go down when the arm is raised\n"
    "- **Paralysis** – cannot move their fingers\n"
)


@pytest.mark.parametrize("body", [FIVE_PS, FIVE_PS_LISTED])
def test_a_word_and_its_meaning_stay_one_row_and_a_failed_medicine_is_not_its_picture(
    tmp_path, body
):
    """The cast leaflet's return-to-hospital signs: "Puffy – swollen fingers that do not go
    down when the arm is raised" became "Puffy." / "Swollen fingers ..." (the "when" was read as
    a condition the dash ends), and "Pain – worse pain that pain relief does not help" had a
    capsule beside it, as if to give medicine for a sign to come back to hospital. A "Word –
    meaning" item is one row; a medicine the row says does not help is never its picture."""
    rows = draft(load_leaflet(write_source(tmp_path, "7105-your-childs-cast", "Fracture Clinic",
                                           body))).rows()
    said = [row.plain for row in rows]
    assert "Puffy – swollen fingers that do not go down when the arm is raised." in said, said
    assert not any(row.rstrip(".") in {"Puffy", "Pain", "Pale", "Paralysis"} for row in said), said
    pain = next(row for row in rows if row.plain.startswith("Pain – "))
    assert not re.search(r"pill|capsule|medicine", pain.picture.shows), pain.picture
    for row, sign in (
        ("Redness – skin that stays red when you press it.", "Redness – skin"),
        ("Swelling – a leg that is still swollen when you raise it.", "Swelling – a leg"),
    ):
        assert split_ideas(row, plain_words(), 15) == [row], sign
    for row in ("A headache that painkillers do not help.",
                "A high temperature that paracetamol does not bring down."):
        assert not re.search(r"pill|capsule|medicine", choose_picture(row).shows), row
    # a medicine the row tells the reader to give is still pictured
    assert "pill" in choose_picture("Give your child pain relief if they need it.").shows
    assert "pill" in choose_picture("Pain that pain relief helps.").shows


EXPLAINED = {
    "An emergency is when someone is very ill or hurt.",
    "Symptoms are signs that something is wrong with your body.",
    "An appointment is a time to see a doctor.",
}


@pytest.mark.parametrize(
    "body, first, last, block",
    [
        # a notice's lead-in and its signs, each its own paragraph in the box
        (FIVE_PS, "Check the 5 Ps every 4 hours for the first 2 days.",
         "Paralysis – cannot move their fingers.", True),
        # a lead-in paragraph and its list of signs
        (FIVE_PS_LISTED, "Come back to the Emergency Department straight away if your child has:",
         "Paralysis – cannot move their fingers.", True),
        # a bold warning of two sentences
        ("## If your symptoms come back\n\n**If your symptoms come back, call 999 straight away. "
         "Do not wait for your appointment.**\n\nUse FAST to spot a stroke.\n",
         "If your symptoms come back, call 999 straight away.",
         # (the paragraph's condition said again on the row it governs)
         "If your symptoms come back, do not wait for your appointment.", False),
        # a sentence whose condition is put first as a lead-in
        ("## Before your appointment\n\nIf you cannot come to your appointment or your symptoms "
         "change, please call us and we will offer the slot to someone else.\n",
         "If you cannot come to your appointment or your symptoms change:", None, True),
        # a lead-in paragraph and its list of what to do: the meaning after "Or call 999." was
        # read as one more step under the condition
        ("## Bleeding\n\nA little bleeding is normal in the first 2 weeks.\n\nIf your child "
         "spits out fresh red blood:\n\n- ring the ward on 0161 555 0123\n- or call 999 if it "
         "is an emergency\n\nYour child should eat normal food.\n",
         "If your child spits out fresh red blood:", "Or call 999 if it is an emergency.", True),
    ],
)
def test_a_hard_words_meaning_never_comes_inside_a_warning(tmp_path, body, first, last, block):
    """ "Come back to the Emergency Department straight away if your child has:" was followed by
    "An emergency is when someone is very ill or hurt." and only then by the signs it leads
    into; "If your symptoms come back, call 999 straight away." by "Symptoms are signs ..."
    before "Do not wait for your appointment.". Said after the whole warning, "An emergency is
    when someone is very ill or hurt." after "Or call 999 if it is an emergency." under "If
    your child spits out fresh red blood:" read as one more step under it. A hard word's meaning
    in a condition block comes before the block (the notice, the lead-in and its list, the bold
    paragraph, the sentence made a lead-in), never inside it or straight after it."""
    rows = _drafted(tmp_path, body)
    rows = rows[: len(rows) - len(EXPLAINED & set(rows))]  # (not the hard words' section)
    explained = [at for at, row in enumerate(rows) if row in EXPLAINED]
    assert explained, rows
    start = rows.index(first)
    end = rows.index(last) if last is not None else start + 1
    assert not any(start <= at <= end for at in explained), rows
    if block:
        assert all(at < start for at in explained), rows
        assert rows[start - 1] in EXPLAINED, rows
        assert end + 1 == len(rows) or rows[end + 1] not in EXPLAINED, rows
    else:  # a condition said within its row: after the bold paragraph, as before
        assert rows[end + 1] in EXPLAINED, rows


def test_a_hard_words_meaning_comes_after_a_warning_with_no_condition(tmp_path):
    """A notice that leads into no condition keeps the meaning of its hard word after it."""
    rows = _drafted(tmp_path, "## Your medicine\n\n> Keep your medicine where children cannot "
                              "reach it. Bring it to every appointment.\n\nTake it with food.\n")
    bring = rows.index("Bring it to every appointment.")
    assert rows[bring + 1] == "An appointment is a time to see a doctor.", rows


def test_a_hard_words_meaning_never_comes_before_a_sentence_that_points_back(tmp_path):
    """A colonoscopy leaflet's "You can drink water until 2 hours before your appointment.
    After that, do not eat or drink anything." was drafted with "An appointment is a time to
    see a doctor." between them, so "After that" pointed at the meaning, and the time the
    patient must stop drinking was lost. A meaning waits until after a sentence that points
    back ("After that", "This", "Then", "It")."""
    rows = _drafted(tmp_path, "## On the day\n\nYou can drink water until 2 hours before your "
                              "appointment. After that, do not eat or drink anything.\n\n"
                              "Bring a list of your medicines with you.\n")
    drink = rows.index("You can drink water until 2 hours before your appointment.")
    assert rows[drink + 1] == "After that, do not eat or drink anything.", rows
    assert rows[drink + 2] == "An appointment is a time to see a doctor.", rows
    # with no pointing back, the meaning comes straight after its sentence as before
    rows = _drafted(tmp_path, "## On the day\n\nCome to your appointment on time. Bring a list "
                              "of your medicines with you.\n")
    come = rows.index("Come to your appointment on time.")
    assert rows[come + 1] == "An appointment is a time to see a doctor.", rows


def test_a_mnemonics_letter_before_a_dash_is_a_label_not_a_sentence(tmp_path):
    """The FAST list's last item "T - Time: time to call 999 if you see any one of these signs."
    became "T." / "Time: time to call 999 ..." (the "if" after the dash made the dash a cut),
    while F, A and S kept their letter. A single capital before a dash is the item's label."""
    rows = _drafted(tmp_path, "## Stroke\n\nUse FAST to spot a stroke:\n\n"
                              "- F - Face: has their face fallen on one side?\n"
                              "- A - Arms: can they raise both arms and keep them there?\n"
                              "- S - Speech: is their speech slurred?\n"
                              "- T - Time: time to call 999 if you see any one of these signs.\n")
    assert "T – Time: time to call 999 if you see any one of these signs." in rows, rows
    assert not any(re.fullmatch(r"[A-Z]\.?", row) for row in rows), rows
    for sentence in ("T – time to call 999 if you see any one of these signs.",
                     "S – speech that is slurred when they try to talk."):
        assert split_ideas(sentence, plain_words(), 15) == [sentence]


def test_a_row_starting_with_a_unit_or_a_lower_case_abbreviation_keeps_its_case(tmp_path):
    """The hypo leaflet's glossary read "Mmol/L – millimoles per litre": a unit is written as
    it is written everywhere else ("mmol/L", "mg", "eGFR"), as a web address is, and a capital
    makes it another word or no unit at all."""
    plain = plain_words()
    for sentence, start in (
        ("mmol/L – millimoles per litre, the unit your meter uses", "mmol/L – "),
        ("mg – milligrams, how much medicine is in a tablet", "mg – "),
        ("eGFR – a blood test that shows how well your kidneys work", "eGFR – "),
        ("ml is short for millilitres", "ml is "),
    ):
        assert split_ideas(sentence, plain, 15)[0].startswith(start), sentence
    rows = _drafted(tmp_path, "## Words we use\n\nmmol/L – millimoles per litre, the unit your "
                              "meter uses\n\nmost meters show mmol/L on the screen.\n")
    assert "mmol/L – millimoles per litre, the unit your meter uses." in rows, rows
    assert not any(row.startswith("Mmol") for row in rows), rows
    # an ordinary word still starts its row with a capital
    assert "Most meters show mmol/L on the screen." in rows, rows


def test_a_table_column_naming_two_kinds_of_thing_pictures_neither(tmp_path):
    """ "Food or drink: GlucoGel." had a steaming bowl of hot food beside it, and "Food or drink:
    Lucozade Energy Original." too: the column's name ("Food or drink") was pictured, not the
    cell. A name that is a choice of kinds says nothing of which one the cell is: the cell's own
    words are pictured, or the plain picture (a glucose gel is no hot meal)."""
    body = ("## Quick sugar\n\n| Food or drink | Amount | Sugar |\n|---|---|---|\n"
            "| Lucozade Energy Original | 100 ml | about 17 g |\n"
            "| Orange juice | 150 ml | about 15 g |\n"
            "| GlucoGel | 1 tube (25 g) | 10 g |\n")
    source = write_source(tmp_path, "7106-treating-a-hypo", "Diabetes", body)
    rows = {row.plain: row.picture for row in draft(load_leaflet(source)).rows()}
    # (a table row of facts is one row, `_Drafter.rows_for_table`)
    for row in ("Food or drink: GlucoGel. Amount: 1 tube (25 g). Sugar: 10 g.",
                "Food or drink: Lucozade Energy Original. Amount: 100 ml. Sugar: about 17 g."):
        assert "food" not in rows[row].shows, (row, rows[row])
    # a cell that names its own thing is still pictured by it
    assert "drink" in rows["Food or drink: Orange juice. Amount: 150 ml. Sugar: about 15 g."].shows


def test_the_meaning_check_holds_a_lead_in_to_its_condition_and_a_not_to_its_own_clause():
    """False alarms that failed the TIA letter's check: "If you drive a bus, coach or lorry
    (Group 2 licence):" was "lost its 'not': the source says not to drive" (the "not" is the
    instruction's, "you must not drive for 1 year", on the next row), and "You must tell the
    DVLA." was said to have lost one too (its clause has its own "you must", after "and"); the
    breastfeeding leaflet's "Always ask before you take anything new." after "some medicines
    are not safe, so". What the check catches it still catches."""
    bus = ("If you drive a bus, coach or lorry (Group 2 licence), you must not drive for 1 year "
           "and you must tell the DVLA.")
    ask = "But some medicines are not safe, so always ask before you take anything new."
    for rows, source in (
        (["If you drive a bus, coach or lorry (Group 2 licence):",
          "You must not drive for 1 year.", "You must tell the DVLA."], bus),
        (["If you drive a bus, coach or lorry (Group 2 licence):"], bus),
        (["But some medicines are not safe.", "Always ask before you take anything new."], ask),
    ):
        problems = [str(p) for p in check_meaning(rows, leaflet_sentences_of(source))]
        assert not any("lost its 'not'" in p for p in problems), problems
    for rows, source in (
        # the "not" of the instruction itself, and a "not" of the condition itself
        (["If you drive a bus:", "You must drive for 1 year."], bus),
        (["If you can drive:", "Tell the DVLA."],
         "If you cannot drive, tell the DVLA."),
        (["You must tell the DVLA."], "You must not drive and must not tell the DVLA."),
    ):
        assert any("lost its 'not'" in str(p) for p in check_meaning(
            rows, leaflet_sentences_of(source))), rows


@pytest.mark.parametrize(
    "row",
    [
        "Use your adrenaline pen straight away.",
        "Take the pen out of its case.",
        "If in doubt, use your pen.",
        "Keep your insulin pen in the fridge until you open it.",
        "Always carry 2 EpiPens.",
    ],
)
def test_a_medicine_pen_is_never_pictured_as_a_pen_to_write_with(row):
    """An adrenaline auto-injector leaflet's "Use your adrenaline pen straight away" had a
    ballpoint pen beside it (OpenMoji's "pen"), three times, in the steps for anaphylaxis: a
    pen in a patient leaflet is mostly the medicine's, and a writing pen is then wrong."""
    picture = choose_picture(row)
    assert picture.hexcode != "1F58A", (row, picture)
    assert "syringe" in choose_picture("Use your adrenaline pen straight away.").shows


def test_a_lead_in_whose_sentence_has_ended_on_its_object_is_not_run_into_each_item(tmp_path):
    """ "Use your adrenaline pen straight away if you have any signs of anaphylaxis:" over
    "- swelling of the tongue or throat" gave "If you have any signs of anaphylaxis swelling of
    the tongue or throat:", and "Signs your baby is getting enough milk:" over "- at least 6
    wet nappies a day" gave "Signs your baby is getting enough milk at least 6 wet nappies
    ...": a lead-in that has said what it names leads into a list of them, each its own row."""
    rows = _drafted(tmp_path, "## When to use your pen\n\n"
                              "Use your adrenaline pen straight away if you have any signs of "
                              "anaphylaxis:\n\n- swelling of the tongue or throat\n"
                              "- difficulty breathing or a wheeze\n\n"
                              "## Feeding\n\nSigns your baby is getting enough milk:\n\n"
                              "- at least 6 wet nappies a day from day 5\n"
                              "- at least 2 yellow poos a day from day 4\n")
    assert not any("anaphylaxis swelling" in row or "anaphylaxis difficulty" in row
                   for row in rows), rows
    assert not any("milk at least" in row for row in rows), rows
    assert "Swelling of the tongue or throat." in rows, rows
    assert "At least 6 wet nappies a day from day 5." in rows, rows
    # a lead-in left open still runs into each item: each row keeps its call
    rows = _drafted(tmp_path, "## Help\n\nCall your GP if your stoma:\n\n"
                              "- turns dark red or black\n- is bleeding a lot\n")
    assert any("if your stoma turns dark red or black" in row.lower() for row in rows), rows


def test_a_lead_in_with_a_phone_number_runs_into_each_sign(tmp_path):
    """ "Call the 24-hour Oncology Hotline on 0300 123 4567 straight away if you:" over "- have
    a temperature of 37.5°C or above" gave the rows "Have a temperature of 37.5°C or above."
    (an instruction to have a fever) apart from the call: the phone number, read as "them" by
    the parser, was taken for a lead-in naming its list ("Do not take these:")."""
    rows = _drafted(tmp_path, "## Infection\n\n"
                              "Call the 24-hour Oncology Hotline on 0300 123 4567 straight away "
                              "if you:\n\n- have a temperature of 37.5°C or above\n"
                              "- feel shivery or unwell\n")
    assert "Have a temperature of 37.5°C or above." not in rows, rows
    assert any(row.startswith("If you have a temperature of 37.5°C or above") for row in rows), rows
    assert any("0300 123 4567" in row for row in rows), rows


def test_a_do_not_after_so_is_the_readers_not_the_things_before_it():
    """ "Caffeine can stay in your body for up to 8 hours, so do not drink tea, coffee, cola or
    energy drinks after 2pm." and its row "Do not drink tea, coffee, cola or energy drinks after
    2pm." failed the check twice ("the source says caffeine ... does"): a "do not" after "so"
    tells the reader, as a bare verb after "so" does."""
    source = leaflet_sentences_of(
        "Caffeine can stay in your body for up to 8 hours, so do not drink tea, coffee, cola or "
        "energy drinks after 2pm."
    )
    rows = ["Caffeine can stay in your body for up to 8 hours.",
            "Do not drink tea, coffee, cola or energy drinks after 2pm."]
    assert [str(p) for p in check_meaning(rows, source)] == []
    # a "not" lost is still caught
    assert any("lost its 'not'" in str(p) for p in check_meaning(
        [rows[0], "You can drink tea, coffee, cola or energy drinks after 2pm."], source))


def test_a_numbered_signs_call_said_in_plain_words_is_still_the_readers():
    """ "1. Contact your GP or the Urology Ward (0117 414 8100) if the swelling gets bigger"
    drafted as "1. If the swelling gets bigger ...:" over "Get in touch with your GP ..." failed
    the check ("the source says swelling does" get): the check's plain-words reading kept
    "Contact" as a name's word after the step's number, so only the swelling was left to get."""
    source = leaflet_sentences_of(
        "1. Contact your GP or the Urology Ward (0117 414 8100) if the swelling gets bigger or "
        "very painful"
    )
    rows = ["1. If the swelling gets bigger or very painful:",
            "Get in touch with your GP or the Urology Ward (0117 414 8100)."]
    assert [str(p) for p in check_meaning(rows, source)] == []


def test_a_lead_in_keeps_its_condition_whatever_form_its_words_are_read_in():
    """ "If you have any unusual bleeding or bruising:" over "Call the 24-hour Oncology Hotline
    on 0300 123 4567 straight away." failed the check as leaving out "bruise": read alone, the
    condition's "bruising" was a verb's form, in the lead-in a noun's."""
    source = leaflet_sentences_of(
        "Call the 24-hour Oncology Hotline on 0300 123 4567 straight away if you have any "
        "unusual bleeding or bruising"
    )
    rows = ["If you have any unusual bleeding or bruising:",
            "Call the 24-hour Oncology Hotline on 0300 123 4567 straight away."]
    assert [str(p) for p in check_meaning(rows, source)] == []
    # a word of the condition truly left out is still named
    assert any("leaves out" in str(p) for p in check_meaning(
        ["If you have any bleeding:", rows[1]], source))


@pytest.mark.parametrize(
    "row",
    [
        "Hold it in your fist with the orange tip pointing down.",
        "Hold it upright and shake it 5 times.",
    ],
)
def test_holding_a_thing_in_the_hand_is_no_timed_hold(row):
    """An auto-injector's "Hold it in your fist with the orange tip pointing down" had a
    stopwatch beside it ("hold it" was a stretch held for a count): a hold with no time is the
    thing held, and a timed hold keeps its stopwatch."""
    assert "stopwatch" not in choose_picture(row).shows, row
    assert "stopwatch" in choose_picture("Hold it there for 3 seconds, then remove it.").shows
    assert "stopwatch" in choose_picture("Hold this stretch for 20 seconds.").shows


def test_a_row_with_one_condition_of_its_sentence_still_needs_the_other():
    """ "Do not let your child stand up or walk, even if they seem better." passed the check
    against "..., even if they seem better, unless they are having trouble breathing" (a nut
    allergy leaflet): its "if" was taken for the sentence's condition, and the exception that
    lets a child who cannot breathe sit up was lost without a word."""
    sentence = ("Do not let your child stand up or walk, even if they seem better, unless they "
                "are having trouble breathing.")
    cut = ["Do not let your child stand up or walk, even if they seem better."]
    problems = check_meaning(cut, leaflet_sentences_of(sentence))
    assert any("unless" in p.what for p in problems), problems
    other = ("Do not leave the person alone in the house if they have started to wander, unless "
             "someone can check on them at least every 2 hours.")
    cut = ["Do not leave the person alone in the house if they have started to wander."]
    assert any("unless" in p.what for p in check_meaning(cut, leaflet_sentences_of(other)))
    # the whole sentence, and an "unless" under its "if" lead-in, are right
    assert check_meaning([sentence], leaflet_sentences_of(sentence)) == []
    missed = ("If you miss a dose, take it as soon as you remember, unless it is less than 6 "
              "hours until your next dose.")
    rows = ["If you miss a dose:",
            "Take it as soon as you remember, unless it is less than 6 hours until your next dose."]
    assert check_meaning(rows, leaflet_sentences_of(missed)) == []


def test_neither_nor_says_not_to_do_either():
    """ "Neither crush tablets nor open capsules without asking the pharmacist first." (a
    dementia carers' leaflet) was read as saying to crush them: "Crush tablets or open capsules
    without asking the pharmacist first." passed the check, and so did "Your child should swap
    lunches." from "Neither your child nor their friends should swap lunches."."""
    told = "Neither crush tablets nor open capsules without asking the pharmacist first."
    assert "crush" in read(told).negated
    assert "swap" in read("Neither your child nor their friends should swap lunches.").negated
    reversed_rows = ["Crush tablets or open capsules without asking the pharmacist first."]
    problems = check_meaning(reversed_rows, leaflet_sentences_of(told))
    assert any("lost its 'not'" in p.what for p in problems), problems
    assert check_meaning(["Do not crush tablets without asking the pharmacist first."],
                         leaflet_sentences_of(told)) == []
    # the same small model reads "Swim" opening a row as an adverb
    problems = check_meaning(["Swim alone."], leaflet_sentences_of("Never swim alone."))
    assert any("lost its 'not'" in p.what for p in problems), problems


def test_a_reason_row_is_held_to_the_reason_not_the_instruction_before_it():
    """ "This is because some medicines do not work or can be harmful when crushed." failed as
    losing the 'not' of "Do not crush tablets or open capsules without asking the pharmacist
    first, because ... when crushed" (a dementia carers' leaflet): the reason's own "crushed"
    was taken for the crushing the instruction forbids. The draft's own rows failed."""
    sentence = ("Do not crush tablets or open capsules without asking the pharmacist first, "
                "because some medicines do not work or can be harmful when crushed.")
    rows = ["Do not crush tablets or open capsules without asking the pharmacist first.",
            "This is because some medicines do not work or can be harmful when crushed."]
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    wrong = ["You can crush tablets without asking the pharmacist first."]
    assert any("lost its 'not'" in p.what
               for p in check_meaning(wrong, leaflet_sentences_of(sentence)))


def test_a_bare_verb_after_a_comma_and_but_is_the_readers():
    """ "Wake them if they seem to be breathing oddly ..." failed against "Your child can sleep,
    but wake them if they seem to be breathing oddly or you cannot see them breathing" (a
    child's head injury): the waking was given to the sleeping child, and the draft's right row
    failed twice."""
    sentence = ("Your child can sleep, but wake them if they seem to be breathing oddly or you "
                "cannot see them breathing.")
    rows = ["Your child can sleep.",
            "Wake them if they seem to be breathing oddly or you cannot see them breathing."]
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    # without the comma the subject is shared: the nurse does both
    assert agents("The nurse will clean the wound but leave the stitches in.")["leave"] == {"nurse"}


def test_a_row_of_one_word_is_held_to_the_sentence_that_says_it_as_the_row_does():
    """The offer's "You can have it in another language." was held to "If the person coughs or
    chokes ..., do not give them thin drinks until a speech and language therapist has seen
    them." (a dementia carers' leaflet), the shorter sentence with "language", and failed as
    cut off from its condition: every leaflet that names a speech and language therapist failed
    its last page."""
    sources = leaflet_sentences_of(
        "If the person coughs or chokes when they eat or drink, do not give them thin drinks "
        "until a speech and language therapist has seen them.",
        "If you would like this information in another language, or in Braille, large print, "
        "Easy Read, audio or an accessible web page, please telephone 0116 250 2959 or email "
        "equality@uhl-tr.nhs.uk",
    )
    rows = ["Do you want this information in another language or format?",
            "You can have it in Braille.", "You can have it in another language."]
    assert check_meaning(rows, sources) == []


def test_a_time_before_is_not_a_time_after():
    """ "If you take calcium tablets, take them at least 4 hours before your alendronic acid."
    passed against "... at least 4 hours after your alendronic acid" (a bisphosphonate
    leaflet): the number and its unit were there, the order the calcium must keep reversed."""
    sentence = ("If you take calcium tablets, take them at least 4 hours after your alendronic "
                "acid.")
    swapped = ["If you take calcium tablets, take them at least 4 hours before your alendronic "
               "acid."]
    problems = check_meaning(swapped, leaflet_sentences_of(sentence))
    assert any("before" in p.what and "after" in p.what for p in problems), problems
    assert check_meaning(["If you take calcium tablets:",
                          "Take them at least 4 hours after your alendronic acid."],
                         leaflet_sentences_of(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Drink at least 2 litres of fluid a day, unless your kidney doctor has told you to drink "
         "less.", "Drink 2 litres of fluid a day, unless your kidney doctor has told you to drink "
         "less."),
        ("Keep to a maximum of 1.5 litres of fluid a day, including soup, jelly and ice cream.",
         "Keep to 1.5 litres of fluid a day, including soup, jelly and ice cream."),
        ("You can take up to 4 doses of paracetamol in 24 hours.",
         "You can take 4 doses of paracetamol in 24 hours."),
        ("Take no more than 8 tablets in 24 hours.", "Take more than 8 tablets in 24 hours."),
        ("Wait at least 4 hours between doses.", "Wait 4 hours between doses."),
        ("Phone the ward if your temperature is over 38°C.",
         "Phone the ward if your temperature is 38°C."),
        ("Phone the ward if your baby is less than 28 days old and has a temperature.",
         "Phone the ward if your baby is 28 days old and has a temperature."),
        ("Have fewer than 3 cups of coffee a day.", "Have 3 cups of coffee a day."),
        ("Take the tablet within 1 hour of waking up.", "Take the tablet 1 hour after waking up."),
        ("Children under 12 should not take this medicine.",
         "Children should not take this medicine."),
        ("Only take ibuprofen with food or milk.", "Take ibuprofen with food or milk."),
        # an "only if" softened to "when" keeps the condition's words and loses its "only"
        ("Only take it if you are in pain.", "Take it when you are in pain."),
        ("Use your spray only if your chest feels tight.",
         "Use your spray when your chest feels tight."),
        ("Only use the cream when the skin is red and sore.",
         "Use the cream if the skin is red and sore."),
        ("You can eat a light meal up to 6 hours before your operation.",
         "You can eat a light meal 6 hours before your operation."),
        ("Phone us if your blood sugar is higher than 15 mmol/L twice in a row.",
         "Phone us if your blood sugar is lower than 15 mmol/L twice in a row."),
    ],
)
def test_a_row_that_drops_or_turns_a_limit_fails_the_check(sentence, row):
    """ "Drink 2 litres of fluid a day" passed against "Drink at least 2 litres of fluid a day":
    the number and its unit were there, the limit that says what is allowed was lost. A limit
    ("at least", "up to", "no more than", "under", "only", "within") is kept, or the row fails."""
    problems = check_meaning([row], leaflet_sentences_of(sentence))
    assert any("limit" in p.what for p in problems), problems
    assert check_meaning([sentence], leaflet_sentences_of(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Never take more than 3 doses of your reliever inhaler in a day.",
         "Take no more than 3 doses of your reliever inhaler in a day."),
        ("Do not drink more than 14 units of alcohol a week.",
         "Drink no more than 14 units of alcohol a week."),
        ("Keep to no more than 14 units of alcohol a week.",
         "Keep to 14 units of alcohol a week or less."),
        ("Take no more than 8 tablets in 24 hours.",
         "Do not take more than 8 tablets in 24 hours."),
        ("Drink at least 2 litres of fluid a day.", "Drink 2 litres of fluid a day or more."),
        ("You must not take more than 2 doses in 24 hours.",
         "You must take no more than 2 doses in 24 hours."),
        ("You can drink clear fluids up to 2 hours before your operation.",
         "You can drink clear fluids until 2 hours before your operation."),
    ],
)
def test_a_limit_said_in_other_words_is_the_same_limit(sentence, row):
    """ "Take no more than 3 doses ..." failed as losing the "not" of "Never take more than 3
    doses ...": the "not" is the limit's, and the row says the same limit. "More than 3" alone
    is not "no more than 3"."""
    assert check_meaning([row], leaflet_sentences_of(sentence)) == []
    problems = check_meaning(["Take more than 3 doses of your reliever inhaler in a day."],
                             leaflet_sentences_of("Never take more than 3 doses of your reliever "
                                                  "inhaler in a day."))
    assert any("limit" in p.what for p in problems), problems


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Do not lift anything heavier than a full kettle for 6 weeks.",
         "Do not lift anything lighter than a full kettle for 6 weeks."),
        ("Eat more fruit and vegetables to help with constipation.",
         "Eat less fruit and vegetables to help with constipation."),
        ("Slowly increase how far you walk each day.", "Slowly reduce how far you walk each day."),
        ("Keep your bedroom cooler at night to help your baby sleep safely.",
         "Keep your bedroom warmer at night to help your baby sleep safely."),
        ("Make each walk a little longer every week.",
         "Make each walk a little shorter every week."),
        ("Keep your hand raised above the level of your heart.",
         "Keep your hand raised below the level of your heart."),
        ("Take your tablets before breakfast with a full glass of water.",
         "Take your tablets after breakfast with a full glass of water."),
    ],
)
def test_a_comparison_turned_round_fails_the_check(sentence, row):
    """ "Do not lift anything lighter than a full kettle" passed against "... heavier than a
    full kettle": every word but the one that says which way was the same."""
    problems = check_meaning([row], leaflet_sentences_of(sentence))
    assert any("its sentence says" in p.what for p in problems), problems
    assert check_meaning([sentence], leaflet_sentences_of(sentence)) == []


CALCIUM = """## Calcium for your bones

Eat foods rich in calcium every day, for example milk, cheese, yoghurt, tinned sardines, tofu \
and green leafy vegetables.

Have 3 portions of calcium-rich food every day, for example a glass of milk, a small pot of \
yoghurt and a matchbox-sized piece of cheese.

Eat foods rich in calcium every day. For example:

- milk and cheese
- bread made with added calcium
"""


def test_a_frequency_stays_with_its_instruction_and_never_moves_onto_examples(tmp_path):
    """ "Eat foods rich in calcium every day, for example milk, cheese, yoghurt, tinned sardines,
    tofu and green leafy vegetables" (a bone health leaflet) gave "Eat foods rich in calcium
    every day cheese, yoghurt, ...", the first example moved out and "every day" left on the
    rest; "Have 3 portions of calcium-rich food every day, for example a glass of milk, ..." gave
    "Have 3 portions of:" over "Calcium-rich food every day." and "A small pot of yoghurt.": 3
    portions of yoghurt. Each row now says only what its sentence says of it."""
    rows = _drafted(tmp_path, CALCIUM)
    for row in rows:
        if re.search(r"\bevery day\b", row):
            assert row.rstrip(".").endswith("every day"), rows
    assert "Have 3 portions of:" not in rows, rows
    assert any(row.startswith("For example") and "green leafy vegetables" in row
               for row in rows), rows
    # examples between commas before the sentence's own time are still moved out of the way
    rows = _drafted(tmp_path, "You can drink clear fluids, such as water or black tea, until 2 "
                              "hours before your operation.\n")
    assert "You can drink clear fluids until 2 hours before your operation." in rows, rows
    source = write_source(tmp_path, "7102-calcium", "Rheumatology", CALCIUM)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []
    # the check names a "how often" moved onto the examples, or carried in from another sentence
    sources = leaflet_sentences(leaflet)
    moved = ["Eat foods rich in calcium every day cheese, yoghurt, tinned sardines, tofu and "
             "green leafy vegetables.", "For example, milk."]
    assert any("of the examples" in p.what for p in check_meaning(moved, sources))
    carried = ["Eat foods rich in calcium every day.", "For example milk and cheese every day."]
    assert any(p.row == carried[1] for p in check_meaning(carried, sources))
    alone = leaflet_sentences_of("Eat foods rich in calcium every day.",
                                 "For example milk and cheese.")
    assert any("which its sentence does not" in p.what for p in check_meaning(carried, alone))


def test_an_except_after_a_condition_never_goes_into_its_lead_in(tmp_path):
    """ "Do not use the spray if you have taken sildenafil in the last 24 hours, except in an
    emergency" (a GTN spray leaflet) led in with "If you have taken sildenafil in the last 24
    hours, except in an emergency:" over "Do not use the spray.": the exception, which may be
    the instruction's, was made part of when it holds. Whose it is is not known, so the
    sentence stays whole, and the check names such a lead-in."""
    sentence = ("Do not use the spray if you have taken sildenafil in the last 24 hours, except "
                "in an emergency.")
    rows = _drafted(tmp_path, f"## Using your spray\n\n{sentence}\n")
    assert sentence in rows, rows
    assert not any(row.endswith(":") for row in rows), rows
    led = ["If you have taken sildenafil in the last 24 hours, except in an emergency:",
           "Do not use the spray."]
    problems = check_meaning(led, leaflet_sentences_of(sentence))
    assert any("holds an exception" in p.what for p in problems), problems
    # an exception said with the instruction, after the lead-in, is right
    said_first = ("If you have taken sildenafil in the last 24 hours, do not use the spray except "
                  "in an emergency.")
    rows = ["If you have taken sildenafil in the last 24 hours:",
            "Do not use the spray except in an emergency."]
    assert check_meaning(rows, leaflet_sentences_of(said_first)) == []


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Take your tablets with food.", "Take them after food."),
        ("Take your tablets with food.", "Take your tablets before food."),
        ("Take the capsules on an empty stomach, at least 1 hour before a meal.",
         "Take the capsules with a meal."),
        ("Swallow the tablet whole, 30 minutes before breakfast, with a full glass of water.",
         "Swallow the tablet whole, after breakfast."),
        ("Swallow the tablet whole, 30 minutes before breakfast, with a full glass of water.",
         "Swallow the tablet whole before breakfast."),
        ("Take 1 tablet twice a day, after your morning and evening meals.",
         "Take 1 tablet twice a day, before your morning and evening meals."),
        ("Give the medicine to your child after they have eaten.",
         "Give the medicine to your child before they eat."),
    ],
)
def test_when_to_take_a_medicine_beside_food_is_kept(sentence, row):
    """ "Take them after food." passed against "Take your tablets with food." (an anti-
    inflammatory that hurts an empty stomach): with, after and before a meal, on an empty stomach,
    and how long before breakfast are what the reader must do, as a time's side is."""
    problems = check_meaning([row], leaflet_sentences_of(sentence))
    assert any("food" in p.what or "meal" in p.what or "breakfast" in p.what or "eat" in p.what
               for p in problems), problems


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Take your tablets with food.", ["Take your tablets with food."]),
        ("Take your tablets with or just after food.", ["Take your tablets after food."]),
        ("Swallow the tablet whole, 30 minutes before breakfast, with a full glass of water.",
         ["Swallow the tablet whole.", "Take it 30 minutes before breakfast.",
          "Drink a full glass of water with it."]),
        ("Take the capsules on an empty stomach, at least 1 hour before a meal.",
         ["Take the capsules on an empty stomach.",
          "Take them at least 1 hour before a meal."]),
        ("Do not eat or drink for 30 minutes after taking it.",
         ["Do not eat or drink for 30 minutes after taking it."]),
    ],
)
def test_when_to_take_a_medicine_beside_food_said_as_its_sentence_says_passes(sentence, rows):
    problems = check_meaning(rows, leaflet_sentences_of(sentence))
    assert [p for p in problems if "food" in p.what or "meal" in p.what
            or "breakfast" in p.what] == [], problems


def test_a_bare_do_not_label_over_a_list_is_never_a_row_of_its_own(tmp_path):
    """The imported plaster-cast leaflet had a paragraph "Do not" over items that each say "Do
    not ...": the draft gave a row "Do not." beside a stop sign, a row that says nothing. A label
    over items that say it goes; over items that do not, it leads into each, so no item is left
    without its "not"."""
    from pipeline.sources.importers import import_file

    fixtures = Path(__file__).parent / "fixtures" / "leaflets"
    result = import_file(fixtures / "2210-looking-after-your-plaster-cast.txt")
    source = tmp_path / result.file_name
    source.write_text(result.markdown(), encoding="utf-8")
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "Do not." not in rows, rows
    assert "Do not put anything down the cast to scratch your skin." in rows, rows
    assert "Do not cut or change the cast yourself." in rows, rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []

    for label in ("Do not", "**Don't:**", "Things to avoid"):
        body = (f"## Looking after your cast\n\n{label}\n\n- Get the cast wet.\n"
                "- Put anything down the cast to scratch your skin.\n"
                "- Never walk on a leg cast unless you have been told you can.\n")
        rows = _drafted(tmp_path, body)
        assert not any(re.fullmatch(r"(?:Do not|Don't|Things to avoid)[.:]?", r) for r in rows)
        said = [row for row in rows if "cast" in row and "Looking" not in row]
        assert len(said) == 3, rows
        assert all(re.match(r"(?:Do not|Don't|Avoid|Never) ", row) for row in said), rows
        assert "Never walk on a leg cast unless you have been told you can." in rows, rows

    # a label to do says nothing either: its items are instructions as they stand
    rows = _drafted(tmp_path, "## Looking after your cast\n\nDo\n\n- Keep the cast dry.\n"
                              "- Move your fingers often.\n")
    assert rows[-2:] == ["Keep the cast dry.", "Move your fingers often."], rows


def test_a_verb_done_to_a_person_is_not_said_to_be_done_by_them():
    """ "Keep giving them small drinks." from "5. When it is below 38°C, let them rest in a cool
    room and keep giving them small drinks." was called telling the reader what "them" do: the
    parser joins "keep" to "rest", whose subject is "them", but "them" cannot be who gives them
    drinks. A subject that is not what its verb is done to is still read as the doer."""
    sentence = ("5. When it is below 38°C, let them rest in a cool room and keep giving them "
                "small drinks.")
    rows = ["5. When it is below 38°C:", "Let them rest in a cool room.",
            "Keep giving them small drinks."]
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    sentence = "If your baby is unsettled, let her feed for longer and give her a cuddle."
    rows = ["If your baby is unsettled:", "Let her feed for longer.", "Give her a cuddle."]
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    # still named: "They let air in and help your child hear" (grommets help, not the reader)
    problems = check_meaning(["Help your child hear."], leaflet_sentences_of(
        "Grommets are tiny tubes. They let air in and help your child hear."))
    assert any("'help'" in p.what for p in problems), problems


def test_a_bare_verb_after_or_in_a_do_not_is_an_action_it_forbids():
    """ "Do not drink alcohol or smoke": the parser read "smoke" as a second thing to drink, so
    an author's row "Smoke." passed and "Do not smoke." was called making a thing an action. A
    bare word that can be a verb, joined to a "do not" verb's object, is read as an action the
    "not" reaches too; said after a preposition ("breathe in dust or smoke") or with its own
    "the" it stays a thing."""
    for sentence in ("Do not drink alcohol or smoke.",
                     "Do not drink alcohol or smoke for 24 hours after your operation."):
        assert "smoke" in read(sentence).negated
        problems = [str(p) for p in check_meaning(["Do not drink alcohol.", "Smoke."],
                                                  leaflet_sentences_of(sentence))]
        assert any(p.startswith("row 'Smoke.': lost its 'not'") for p in problems), problems
        assert check_meaning(["Do not drink alcohol.", "Do not smoke."],
                             leaflet_sentences_of(sentence)) == []
    for sentence in ("Do not breathe in dust or smoke.",
                     "Do not drink alcohol or the smoke."):
        problems = [str(p) for p in check_meaning(["Do not smoke."],
                                                  leaflet_sentences_of(sentence))]
        assert any("makes 'smoke' an action" in p for p in problems), (sentence, problems)
    # a second thing that is no action is not made one
    assert read("Do not drink alcohol or coffee.").negated == {"drink"}


def test_an_examples_row_keeps_with_the_instruction_it_gives_examples_of(tmp_path):
    """ "For example, toast, cereal and pasta." had been set at the top of the next page, away
    from "Encourage your child to eat normal food." on the page before: read alone, examples of
    what? In a section longer than a page, the row an examples row follows keeps with it."""
    body = "## Your medicines after the operation\n\n" + "".join(
        f"In week {week}, stop taking medicines that cause constipation, such as loperamide or "
        "codeine, unless your doctor tells you not to.\n\n"
        for week in range(1, 9)
    )
    source = write_source(tmp_path, "9303-tonsils", "Children's ENT", body)
    leaflet = load_leaflet(source)
    (tmp_path / "out").mkdir()
    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path / "out")
    rows = [row for table in Document(str(path)).tables for row in table.rows]
    words = [row.cells[1].paragraphs[0] for row in rows]
    examples = [i for i, w in enumerate(words) if w.text.startswith("For example")]
    assert len(examples) >= 4, [w.text for w in words]
    for at in examples:
        assert words[at - 1].paragraph_format.keep_with_next, words[at - 1].text


def test_examples_after_a_purpose_stay_with_what_they_are_examples_of(tmp_path):
    """ "Your child can take simple painkillers to ease the pain in their throat, for example
    paracetamol or ibuprofen" had been cut at its purpose, "This is to ease the pain in their
    throat, for example paracetamol or ibuprofen.": the painkillers' names made examples of the
    pain. Examples after a purpose may be of the thing before it, so the purpose stays."""
    body = (
        "## Pain relief\n\nYour child can take simple painkillers to ease the pain in their "
        "throat, for example paracetamol or ibuprofen.\n\nGive your child their painkillers "
        "regularly to keep the pain down, such as paracetamol every 6 hours.\n"
    )
    leaflet = load_leaflet(write_source(tmp_path, "9303-tonsils", "Children's ENT", body))
    rows = [row.plain for row in draft(leaflet).rows()]
    assert not any(row.startswith(("This is to", "This will")) for row in rows), rows
    at = next(i for i, row in enumerate(rows) if "paracetamol or ibuprofen" in row)
    assert "painkillers" in rows[at] or "simple painkillers" in rows[at - 1], rows


def test_a_sentence_kept_whole_for_its_purpose_is_for_a_person_to_read_not_a_failure(tmp_path):
    """ "Put a cool flannel on their forehead to cool them down and give them plenty of drinks"
    (16 words): whether the drinks are the reader's to give or part of what the flannel is for
    only a person can say, so the draft keeps it whole (cut, "This will give them plenty of
    drinks." had told a parent nothing to do). The check names it for a person to read, as it
    does a sentence kept whole for its condition, and fails no build for its length."""
    body = (
        "## If your child has a temperature\n\nGive them paracetamol if they are in pain.\n\n"
        "Put a cool flannel on their forehead to cool them down and give them plenty of drinks.\n"
    )
    source = write_source(tmp_path, "3301-your-child-after-tonsillectomy", "Children's ward",
                          body)
    leaflet = load_leaflet(source)
    (row,) = [r for r in draft(leaflet).rows() if "flannel" in r.plain]
    assert "kept whole, check which" in row.doubt, row.doubt
    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    report = check_easy_read(leaflet, EasyReadSettings(), [path])
    assert not any("over 15 words" in p for p in report.problems), report.problems
    found = " ".join(report.findings)
    assert "kept whole" in found and "give them plenty of drinks" in found, found


@pytest.mark.parametrize(
    ("sentence", "rows", "left"),
    [
        ("Stay in bed and drink plenty of water for 24 hours.",
         ["Stay in bed.", "Drink plenty of water for 24 hours."], "Stay in bed."),
        ("Some people feel sick or have a sore mouth for a day after their tablets.",
         ["Some people feel sick.", "Some people have a sore mouth for a day after their "
          "tablets."], "Some people feel sick."),
        ("Your eye may feel gritty and look red for a few days after the operation.",
         ["Your eye may look red for a few days after the operation.",
          "Your eye may feel gritty."], "Your eye may feel gritty."),
    ],
)
def test_how_long_two_things_last_is_on_each_of_their_rows(sentence, rows, left):
    """An author's Easy Read of "Stay in bed and drink plenty of water for 24 hours" as "Stay in
    bed." over "Drink plenty of water for 24 hours." passed the check, the bed for ever, as did
    "Some people feel sick." over "... have a sore mouth for a day after their tablets.": the
    draft keeps such things together, but the check reads the author's file too. How long two
    things joined without a comma last is on every row that says one of them."""
    problems = check_meaning(rows, leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "leaves out" in p.what] == [left], problems
    # said on each row, or a time that is the last action's own, passes
    assert check_meaning(["Stay in bed for 24 hours.", "Drink plenty of water for 24 hours."],
                         leaflet_sentences_of("Stay in bed and drink plenty of water for 24 "
                                              "hours.")) == []
    for sentence, rows in (
        ("Breathe in and hold your breath for 5 seconds.",
         ["Breathe in.", "Hold your breath for 5 seconds."]),
        ("Eat 3 more jelly babies and test again after 10 minutes.",
         ["Eat 3 more jelly babies.", "Test again after 10 minutes."]),
        ("Leave a message and a nurse will ring you back within 2 hours.",
         ["Leave a message.", "A nurse will ring you back within 2 hours."]),
        ("Do not put any cream on the wound, and keep it dry for 5 days.",
         ["Do not put any cream on the wound.", "Keep it dry for 5 days."]),
    ):
        assert not [p for p in check_meaning(rows, leaflet_sentences_of(sentence))
                    if "leaves out" in p.what], sentence


@pytest.mark.parametrize(
    ("sentence", "rows", "left"),
    [
        ("Do not drive and do not drink alcohol for 24 hours.",
         ["Do not drive.", "Do not drink alcohol for 24 hours."], "Do not drive."),
        ("Do not drive or use machines and never drink alcohol for 24 hours after your "
         "sedation.", ["Do not drive or use machines.",
                       "Never drink alcohol for 24 hours after your sedation."],
         "Do not drive or use machines."),
    ],
)
def test_how_long_joined_bans_last_is_on_each_of_their_rows(sentence, rows, left):
    """ "Do not drive and do not drink alcohol for 24 hours" as "Do not drive." over "Do not
    drink alcohol for 24 hours." passed the check: never to drive again. Whether the 24 hours
    is the driving's too the sentence does not say, so a row that leaves it out is named; the
    draft keeps such a sentence whole. A "do not" after anything but a ban ("Rest for the rest
    of the day and do not drive for 24 hours") keeps its time its own."""
    problems = check_meaning(rows, leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "leaves out" in p.what] == [left], problems
    assert split_ideas(sentence, plain_words(), 15) == [sentence]
    assert check_meaning(["Do not drive for 24 hours.", "Do not drink alcohol for 24 hours."],
                         leaflet_sentences_of(rows[0][:-1] + " and do not drink alcohol for 24 "
                                              "hours.")) == []
    for sentence, rows in (
        ("Rest for the rest of the day and do not drive for 24 hours.",
         ["Rest for the rest of the day.", "Do not drive for 24 hours."]),
        ("Keep the wound clean and dry and do not remove the dressing for 5 days.",
         ["Keep the wound clean and dry.", "Do not remove the dressing for 5 days."]),
        ("Do not get the wound wet for 2 days and do not swim for 2 weeks.",
         ["Do not get the wound wet for 2 days.", "Do not swim for 2 weeks."]),
    ):
        assert not [p for p in check_meaning(rows, leaflet_sentences_of(sentence))
                    if "leaves out" in p.what], sentence


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("For 24 hours after your sedation, do not drive, drink alcohol, use machinery or sign "
         "legal papers.", "For 24 hours after your sedation:"),
        ("For the first 2 weeks after your operation, do not lift anything heavier than a full "
         "kettle, do not drive and do not do any housework.",
         "For the first 2 weeks after your operation:"),
        ("For 48 hours after your injection, rest the joint, avoid heavy lifting and keep the "
         "area clean and dry.", "For 48 hours after your injection:"),
        ("During your treatment, drink plenty of fluids, eat small meals often and rest "
         "whenever you feel tired.", "During your treatment:"),
    ],
)
def test_a_time_lead_in_leads_its_rows_in_and_is_never_a_statement(sentence, lead):
    """ "For 24 hours after your sedation, do not drive, drink alcohol, use machinery or sign
    legal papers" had been drafted "For 24 hours after your sedation." over "Do not drive, ...":
    the bans for ever, and the check passed it. How long or when, said before an instruction,
    leads in with a colon over its rows (or the sentence stays whole), never a full stop; the
    check names a row that is only such words with a full stop, and a ban its lead-in left."""
    rows = split_ideas(sentence, plain_words(), 15)
    assert rows[0] == lead, rows
    assert not any(row.rstrip(".") == lead.rstrip(":") for row in rows), rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []


def test_a_ban_cut_off_from_its_time_lead_in_is_named():
    sentence = ("For 24 hours after your sedation, do not drive, drink alcohol, use machinery or "
                "sign legal papers.")
    rows = ["For 24 hours after your sedation.", "Do not drive.", "Do not drink alcohol.",
            "Do not use machinery.", "Do not sign legal papers."]
    problems = check_meaning(rows, leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "full stop" in p.what] == [rows[0]], problems
    assert [p.row for p in problems if "leaves out 'For 24 hours" in p.what] == rows[1:]
    while_taking = ("While you are taking this medicine, do not drink alcohol, eat grapefruit or "
                    "take St John's wort.")
    problems = check_meaning(["Do not drink alcohol.", "Do not eat grapefruit."],
                             leaflet_sentences_of(while_taking))
    assert len([p for p in problems if "leaves out 'While you are taking" in p.what]) == 2
    # led in by a colon, or said on the row itself, the time is the ban's
    for rows in (
        ["For 24 hours after your sedation:", "Do not drive.", "Do not drink alcohol.",
         "Do not use machinery.", "Do not sign legal papers."],
        ["Do not drive, drink alcohol, use machinery or sign legal papers for 24 hours after "
         "your sedation."],
    ):
        assert check_meaning(rows, leaflet_sentences_of(sentence)) == [], rows
    # words that say no time are no lead-in: "For more information." is not named so
    problems = check_meaning(["For more information.", "Call the ward on 0116 258 4567."],
                             leaflet_sentences_of("For more information, call the ward on "
                                                  "0116 258 4567."))
    assert not [p for p in problems if "full stop" in p.what], problems


@pytest.mark.parametrize(
    "sentence",
    [
        "When you get home, try not to lift anything heavy for the first 6 weeks after your "
        "operation.",
        "When you get home, try not to lift anything heavy for 6 weeks, as this could strain "
        "your wound.",
        "When you get home, try not to lift anything heavy for the first 6 weeks, for example "
        "shopping bags or a full washing basket.",
        "When you get home, try not to drive for 6 weeks, unless your surgeon has told you it is "
        "safe to.",
    ],
)
def test_a_ban_under_its_own_when_lead_in_is_not_named(sentence):
    """ "When you get home, try not to lift anything heavy for the first 6 weeks after your
    operation" was drafted "When you get home:" right above the ban, yet the check said no
    lead-in above it said "When you get home" (the tagger reads "home" a noun in the sentence
    and an adverb before a colon, so the lead-in seemed to say nothing): a lead-in that says the
    words of its sentence's lead as written says them, whatever follows the ban."""
    rows = split_ideas(sentence, plain_words(), 15)
    assert rows[0] == "When you get home:", rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    # left without it, or after it ended with a full stop, the ban is still named
    for cut in (rows[1:], ["When you get home.", *rows[1:]]):
        problems = check_meaning(cut, leaflet_sentences_of(sentence))
        assert [p.row for p in problems if "leaves out 'When you get home'" in p.what] == [
            rows[1]], problems


def test_a_row_is_held_to_the_sentence_the_rows_after_it_come_from(tmp_path):
    """A hip leaflet saying "When you get home, try not to lift anything heavy for the first 6
    weeks after your operation" and, later, "Try not to lift anything heavy, like a full washing
    basket or shopping bags, for 6 weeks after your operation, as this could strain your wound"
    had the later one's first row held to the earlier, shorter sentence, and named as leaving
    out 'When you get home': rows cut from one sentence stand together, so a row whose words two
    sentences say alike is held to the one the row after it comes from."""
    body = ("## At home\n\nWhen you get home, try not to lift anything heavy for the first 6 "
            "weeks after your operation.\n\nYou can walk around the house and garden, but try "
            "not to walk far or climb lots of stairs for the first 6 weeks.\n\nTry not to lift "
            "anything heavy, like a full washing basket or shopping bags, for 6 weeks after your "
            "operation, as this could strain your wound.\n")
    source = write_source(tmp_path, "7302-going-home-after-your-hip-replacement", "Orthopaedics",
                          body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "Try not to lift anything heavy for 6 weeks after your operation." in rows, rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []

@pytest.mark.parametrize(
    "sentence",
    [
        "To protect your wound, try not to have a bath or go swimming until your wound has "
        "completely healed.",
        "To stop your eye getting infected, do not wear eye make-up until you have finished your "
        "eye drops.",
        "To help your stitches heal, do not have sex or use tampons until after your check-up at "
        "6 weeks.",
    ],
)
def test_what_a_ban_is_for_leading_into_its_until_is_not_cut_off_from_it(sentence):
    """ "To protect your wound, try not to have a bath or go swimming until your wound has
    completely healed" was drafted "To protect your wound:" over "Try not to have a bath or go
    swimming until ...", and the check named the lead-in as cut off from its condition ('until
    ...'): a lead-in is read with the row it leads into, which says the condition. Over a row
    that leaves it out, both are named."""
    rows = split_ideas(sentence, plain_words(), 15)
    assert len(rows) == 2 and rows[0].startswith("To ") and rows[0].endswith(":"), rows
    assert " until " in rows[1], rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    cut = [rows[0], rows[1].split(" until ")[0] + "."]
    problems = check_meaning(cut, leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "cut off from its condition" in p.what] == cut, problems


@pytest.mark.parametrize(
    ("sentence", "limit", "rows"),
    [
        ("You can walk, but try not to walk far for 6 weeks.", 10,
         ["You can walk.", "Try not to walk far for 6 weeks."]),
        ("You can walk around the house and garden, but try not to walk far or climb lots of "
         "stairs for the first 6 weeks.", 15,
         ["You can walk around the house and garden.",
          "Try not to walk far or climb lots of stairs for the first 6 weeks."]),
        ("You can have a shower after 2 days, but do not soak in a bath or go swimming for 4 "
         "weeks.", 15,
         ["You can have a shower after 2 days.",
          "Do not soak in a bath or go swimming for 4 weeks."]),
    ],
)
def test_what_you_can_do_and_the_ban_after_its_but_are_rows_of_their_own(sentence, limit, rows):
    """ "You can walk, but try not to walk far for 6 weeks" was drafted "You can walk." over
    "But try not to walk far for 6 weeks.", a row opening with "But", and the check named "You
    can walk." as having lost its "not" (or, said longer, as leaving out "for the first 6
    weeks"): a "not" or a time after ", but" is the ban's own, as the draft keeps it. The ban is
    a row of its own, without the "But"."""
    assert split_ideas(sentence, plain_words(), limit) == rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    # the ban's own time is still held to each of its doings
    problems = check_meaning(
        ["You can walk around the house and garden.", "Try not to walk far.",
         "Try not to climb lots of stairs for the first 6 weeks."],
        leaflet_sentences_of("You can walk around the house and garden, but try not to walk "
                             "far or climb lots of stairs for the first 6 weeks."))
    assert [p.row for p in problems if "leaves out 'for the first 6 weeks'" in p.what] == [
        "Try not to walk far."], problems


def test_how_long_bans_said_with_you_must_not_last_is_on_each_of_their_rows():
    """ "You must not drive and you must not drink alcohol for 24 hours" as "You must not
    drive." over "You must not drink alcohol for 24 hours." passed the check, where the same
    bans said with "do not" were named: never to drive again. A ban said with its own subject
    shares the time said after it as a "do not" does."""
    sentence = "You must not drive and you must not drink alcohol for 24 hours."
    rows = ["You must not drive.", "You must not drink alcohol for 24 hours."]
    problems = check_meaning(rows, leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "leaves out 'for 24 hours'" in p.what] == [rows[0]]
    assert split_ideas(sentence, plain_words(), 15) == [sentence]
    assert check_meaning(["You must not drive for 24 hours.",
                          "You must not drink alcohol for 24 hours."],
                         leaflet_sentences_of(sentence)) == []
    # its own time is its own: "You must not drive for 2 days" needs no other
    own = "You must not get the wound wet for 2 days and you must not swim for 2 weeks."
    assert check_meaning(["You must not get the wound wet for 2 days.",
                          "You must not swim for 2 weeks."], leaflet_sentences_of(own)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "You must not drive and you must not drink alcohol for 24 hours, so the sedation can "
        "wear off completely.",
        "You should not lift anything heavy or do any housework for 6 weeks, so the wound can "
        "heal properly.",
    ],
)
def test_what_a_ban_said_with_you_must_not_is_for_is_never_its_result(sentence):
    """ "You must not drive and you must not drink alcohol for 24 hours, so the sedation can
    wear off completely" still gave "This means the sedation can wear off completely.", as if
    not driving wore it off: a "You must not ..." is an instruction (grammar's one definition of
    a ban), and what it is for is said "This is so ..." as after a "Do not"."""
    rows = split_ideas(sentence, plain_words(), 15)
    assert rows[-1].startswith("This is so "), rows
    assert not any(row.startswith("This means") for row in rows), rows


def test_an_authors_result_made_of_what_a_ban_is_for_is_named(tmp_path):
    """An author's own file that said "This means the sedation can wear off." under "Do not
    drive for 24 hours." passed the check, where its sentence says ", so the sedation can wear
    off": what the ban is for, made its result (not driving wears nothing off). The check
    names it; "This is so ..." passes, and after a statement "This means ..." is right."""
    body = ("## After your test\n\nRest for the rest of the day and do not drive for 24 hours, "
            "so the sedation can wear off.\n\nYou will not be able to drive, so you will need "
            "someone to take you home.\n")
    source = write_source(tmp_path, "7102-having-a-gastroscopy", "Endoscopy", body)
    leaflet = load_leaflet(source)
    author = tmp_path / "7102-having-a-gastroscopy.easyread.md"

    def problems(rows: list[str]) -> list:
        author.write_text("---\nleaflet: 7102\nversion: 1\n---\n\n## After your test\n"
                          + "".join(f"[] {row}\n" for row in rows), encoding="utf-8")
        said = [row.plain for row in read_author_file(author, leaflet).rows()]
        return check_meaning(said, leaflet_sentences(leaflet))

    found = problems(["Rest for the rest of the day.", "Do not drive for 24 hours.",
                      "This means the sedation can wear off.",
                      "You will not be able to drive.",
                      "This means you will need someone to take you home."])
    assert [p.row for p in found if "as its result" in p.what] == [
        "This means the sedation can wear off."], found
    found = problems(["Rest for the rest of the day.", "Do not drive for 24 hours.",
                      "This is so the sedation can wear off.",
                      "You will not be able to drive.",
                      "This means you will need someone to take you home."])
    assert not [p for p in found if "as its result" in p.what], found
    # a ban said "You must not" is an instruction too
    sentence = "You must not drive for 24 hours, so the sedation can wear off completely."
    found = check_meaning(["You must not drive for 24 hours.",
                           "This means the sedation can wear off completely."],
                          leaflet_sentences_of(sentence))
    assert [p.row for p in found if "as its result" in p.what] == [
        "This means the sedation can wear off completely."], found


def test_a_condition_run_into_its_instruction_is_named():
    """ "If you take medicines that thin your blood tell the nurse before your biopsy." passed
    the check, from "If you take medicines that thin your blood, such as aspirin or warfarin,
    tell the nurse before your biopsy": the comma that ended the condition went with the
    examples, and the reader is left to guess where the condition ends. A row that runs its
    sentence's opening condition into what to do is named; with its comma, or as a lead-in,
    it is not, nor where its sentence has no comma there either."""
    sentence = ("If you take medicines that thin your blood, such as aspirin or warfarin, tell the "
                "nurse before your biopsy.")
    run = ["If you take medicines that thin your blood tell the nurse before your biopsy.",
           "For example, aspirin or warfarin."]
    problems = check_meaning(run, leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "no comma or colon" in p.what] == [run[0]], problems
    assert check_meaning(["If you take medicines that thin your blood, such as aspirin or "
                          "warfarin:", "Tell the nurse before your biopsy."],
                         leaflet_sentences_of(sentence)) == []
    dizzy = "If you feel dizzy or faint, sit down and put your head between your knees."
    problems = check_meaning(
        ["If you feel dizzy or faint sit down and put your head between your knees."],
        leaflet_sentences_of(dizzy))
    assert [p.what for p in problems if "('faint sit')" in p.what], problems
    assert check_meaning([dizzy], leaflet_sentences_of(dizzy)) == []
    # with no comma in its sentence, the row says it as its sentence does
    unclosed = "If you have diabetes please ask your nurse for a leaflet about your tablets."
    assert check_meaning([unclosed], leaflet_sentences_of(unclosed)) == []


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("Do not drink alcohol for 24 hours, because it can make you drowsy, and do not drive "
         "until the next day.",
         ["Do not drink alcohol for 24 hours.", "This is because it can make you drowsy.",
          "Do not drive until the next day."]),
        ("Keep your arm in the sling, because it supports your shoulder, and do not lift your "
         "arm above your head unless the physiotherapist tells you to.",
         ["Keep your arm in the sling.", "This is because it supports your shoulder.",
          "Do not lift your arm above your head unless the physiotherapist tells you to."]),
    ],
)
def test_a_condition_after_a_reason_set_apart_governs_only_the_action_after_it(sentence, rows):
    """ "Do not drink alcohol for 24 hours." and "It can make you drowsy." were named as cut off
    from 'until ...', from "Do not drink alcohol for 24 hours, because it can make you drowsy,
    and do not drive until the next day.", though the draft said the until with the driving it
    governs: a condition after the action that follows a reason set apart with ", and" does not
    reach back over the reason. That action said without its condition is still named."""
    plain = plain_words()
    assert split_ideas(simplify(sentence, plain), plain, 15) == rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    cut = [*rows[:2], rows[2].split(" until ")[0].split(" unless ")[0] + "."]
    problems = check_meaning(cut, leaflet_sentences_of(sentence))
    assert [p.row for p in problems if "cut off from its condition" in p.what] == [cut[2]]


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("Do not drive for 24 hours, because the sedation can slow down your reactions if you "
         "have had it.",
         ["Do not drive for 24 hours.",
          "This is because the sedation can slow down your reactions if you have had it."]),
        ("Take your tablets with food, because they can upset your stomach if you take them on "
         "an empty stomach.",
         ["Take your tablets with food.",
          "This is because they can upset your stomach if you take them on an empty "
          "stomach."]),
    ],
)
def test_a_condition_inside_a_reason_is_the_reasons_alone(sentence, rows):
    """ "Do not drive for 24 hours." was named as cut off from its 'if ...', from "Do not drive
    for 24 hours, because the sedation can slow down your reactions if you have had it.": the
    "if" is inside the reason, said whole on its own row, and reaches no further back than the
    reason's "because". A condition after the reason's own comma may be the instruction's, and
    the instruction said without it is still named."""
    plain = plain_words()
    assert split_ideas(simplify(sentence, plain), plain, 15) == rows
    assert check_meaning(rows, leaflet_sentences_of(sentence)) == []
    after = ("Do not drive, because your reactions may be slow, if you have had sedation in the "
             "last 24 hours.")
    problems = check_meaning(["Do not drive.", "This is because your reactions may be slow."],
                             leaflet_sentences_of(after))
    assert "Do not drive." in [p.row for p in problems if "cut off from its condition" in p.what]


def test_a_step_under_a_lead_in_is_held_to_its_own_item(tmp_path):
    """ "Ring the ward on 0161 555 0123." under "If your child spits out fresh red blood:", from
    the lead-in's list item "ring the ward on 0161 555 0123", was named as having numbers 'not in
    its sentence': read with its lead-in, the row shared more words with the lead-in's sentence
    than with its own item, and was held to the lead-in. A row's own words say where it came
    from when the lead-in's sentence shares none of them; a changed number is still named."""
    body = ("## Bleeding\n\nA little bleeding is normal in the first 2 weeks.\n\nIf your child "
            "spits out fresh red blood:\n\n- ring the ward on 0161 555 0123\n- or call 999 if it "
            "is an emergency\n\nYour child should eat normal food.\n")
    leaflet = load_leaflet(write_source(tmp_path, "7120-after-a-tonsillectomy", "ENT", body))
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "Ring the ward on 0161 555 0123." in rows, rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []
    wrong = [row.replace("0123", "0132") for row in rows]
    problems = check_meaning(wrong, leaflet_sentences(leaflet))
    assert any("0132" in p.what for p in problems), problems


# ---- faults found building a colonoscopy, a caesarean and a nil-by-mouth leaflet --------------


def test_a_timetable_row_is_held_to_its_own_sentence_not_a_condition_above():
    """ "When: 5 days before." three rows under "If you take clopidogrel or warfarin:" had been
    held to that condition's "... at least 5 days before your procedure", and failed as cut off
    from its "if" and as dropping 'at least' (a build exited 1 on a right row)."""
    sources = leaflet_sentences_of(
        "If you take clopidogrel or warfarin, ring the Day Unit at least 5 days before your "
        "procedure.",
        "Do not stop taking these medicines unless you have been told to.",
        "When: 5 days before.",
        "What to do: Stop your iron tablets.",
    )
    rows = [
        "If you take clopidogrel or warfarin:",
        "Ring the Day Unit at least 5 days before your procedure.",
        "Do not stop taking these medicines unless you have been told to.",
        "When: 5 days before.",
        "What to do:",
        "Stop your iron tablets.",
    ]
    assert check_meaning(rows, sources) == []
    # the condition's own row losing its limit is still named
    rows[1] = "Ring the Day Unit 5 days before your procedure."
    assert any("at least" in str(p) for p in check_meaning(rows, sources))


def test_a_count_of_tablets_the_leaflet_gives_beside_their_strength_passes():
    """ "Dose: 1 g (two 500 mg tablets)." failed as 'a number word beside a number (two 5)': the
    leaflet's own count of tablets of a strength. One the sentence does not say is named."""
    sources = leaflet_sentences_of("Dose: 1g (two 500mg tablets).", "Take 10mg (two tablets).")
    assert check_meaning(["Dose: 1 g (two 500 mg tablets)."], sources) == []
    problems = check_meaning(["Take two 10 mg tablets."], sources)
    assert any("number word beside a number ('two 10')" in str(p) for p in problems), problems


def test_a_phone_lines_24_hours_is_said_as_when_it_is_open(tmp_path):
    """ "Ring the Labour Ward on 0113 392 6731 (24 hours) if:" gave, under each condition, "Ring
    the Labour Ward on 0113 392 6731 (24 hours).": read as 'ring in 24 hours'. The bracket after
    a phone number says when the line is open; a stay of 24 hours is left as written."""
    rows = _drafted(tmp_path, "## When to get help\n\n"
                              "Ring the Labour Ward on 0113 392 6731 (24 hours) if:\n\n"
                              "- you are bleeding heavily\n- your waters break\n\n"
                              "You will stay in hospital for at least 24 hours (48 hours if you "
                              "had a general anaesthetic).\n")
    ring = [row for row in rows if "0113 392 6731" in row]
    assert ring and all("(open 24 hours)" in row for row in ring), rows
    assert not any("6731 (24 hours)" in row for row in rows), rows
    assert not any("(open 48" in row or "(open 24 hours if" in row for row in rows), rows


@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        # a plaster alone is as often the cast as a sticking plaster
        ("The plaster will feel warm while it sets hard.", "a sticking plaster"),
        ("It takes up to 48 hours for the plaster to dry.", "a sticking plaster"),
        # milk a mother feeds her baby is no glass of milk to drink
        ("Codeine can pass into your breast milk.", "a glass of milk"),
        ("You can keep breastfeeding: only a little passes into the milk.", "a glass of milk"),
        # a clear drink on a list of clear fluids is no coloured drink, nor a plate of food
        ("Clear apple juice (no bits).", "a drink in a cup with a straw"),
        ("Clear soup.", "a plate, knife and fork for food"),
    ],
)
def test_a_picture_never_shows_a_word_in_a_sense_the_row_does_not_mean(row, wrong):
    """A child's cast leaflet's "The plaster takes 2 days to dry fully" had a sticking plaster,
    "Dihydrocodeine can pass into breast milk" a glass of milk to drink, "Clear apple juice" a
    red cup in a leaflet that says "Do not drink anything red", and "Clear soup or stock" a
    plate of food straight after "Do not eat any food after 1pm": a plain picture is better."""
    assert choose_picture(row).shows != wrong, choose_picture(row)
    # the senses they were chosen for keep their pictures
    assert choose_picture("Cover the cut with a sticking plaster.").shows == "a sticking plaster"
    assert choose_picture("Keep your wound clean and dry.").shows == "a sticking plaster"
    assert choose_picture("Keep the plaster cast dry.").shows == "an arm in a plaster cast"
    assert choose_picture("Have a glass of milk at bedtime.").shows == "a glass of milk"
    assert choose_picture("Have a bowl of soup for lunch.").shows.startswith("a plate")


def test_a_paragraphs_opening_condition_stays_with_every_instruction_under_it(tmp_path):
    """ "If your operation is in the morning, do not eat anything after midnight. You may drink
    water until 6am." gave the water its own row after the condition's: read as for everyone,
    and the check passed it. The condition is said again on each row it governs (flagged for
    a person), and the check names a row left without it."""
    body = ("## Before your scan\n\n"
            "If your scan is in the morning, do not eat anything after midnight. You can drink "
            "water until 7am.\n\n"
            "Do not chew gum on the day of your scan.\n")
    source = write_source(tmp_path, "7420-your-scan", "Radiology", body)
    leaflet = load_leaflet(source)
    drafted = draft(leaflet).rows()
    rows = [row.plain for row in drafted]
    assert "If your scan is in the morning, you can drink water until 7am." in rows, rows
    assert "Do not chew gum on the day of your scan." in rows, rows
    water = next(row for row in drafted if "7am" in row.plain)
    assert "said again" in water.doubt, water
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []
    cut = [row if "7am" not in row else "You can drink water until 7am." for row in rows]
    problems = check_meaning(cut, leaflet_sentences(leaflet))
    assert any(p.row == "You can drink water until 7am." and "cut off from the condition its "
               "paragraph opens with" in str(p) for p in problems), problems


def test_a_worry_that_sends_for_help_governs_no_later_sentence_said_to_everyone(tmp_path):
    """ "If you're worried, call NHS 111. You can't use this leaflet's advice in place of a
    doctor's." gave "If you're worried, you can't use this leaflet's advice ...": the worry is
    the reason for the call only, never a condition of a sentence said to everyone. Another
    help offered after the call stays under the worry."""
    body = ("## After you go home\n\n"
            "If you are worried, call NHS 111. You can't use this leaflet in place of advice "
            "from a doctor.\n\n"
            "If you have any questions, ring the ward on 0115 924 9924. You can also ring your "
            "GP.\n")
    source = write_source(tmp_path, "7421-going-home", "Emergency Department", body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    assert "If you are worried, call NHS 111." in rows, rows
    assert "You can't use this leaflet in place of advice from a doctor." in rows, rows
    assert "If you have any questions, you can also ring your GP." in rows, rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []


def test_each_instruction_under_a_time_lead_in_says_its_time(tmp_path):
    """ "For the next 48 hours, don't:" over its list was "For the next 48 hours:" then "Don't
    drink alcohol." and, on the next page, "Don't drive or ride a bike.", which read alone as
    for ever. Each row says its time; a list of things that are no instructions is left."""
    body = ("## When you get home\n\n"
            "For the next 48 hours:\n\n"
            "- Don't drink alcohol\n- Don't take sleeping tablets\n"
            "- Stay with an adult who can look after you\n- Don't drive or ride a bike\n\n"
            "For 2 weeks you may have:\n\n- a headache\n- some bruising\n")
    source = write_source(tmp_path, "7423-head-injury", "Emergency Department", body)
    leaflet = load_leaflet(source)
    rows = [row.plain for row in draft(leaflet).rows()]
    for told in ("don't drink alcohol.", "don't take sleeping tablets.",
                 "stay with an adult who can look after you.", "don't drive or ride a bike."):
        assert f"For the next 48 hours, {told}" in rows, rows
    assert "For the next 48 hours:" not in rows, rows
    assert not any(row.startswith("Don't") for row in rows), rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []


def test_the_rows_of_one_numbered_step_keep_to_one_page(tmp_path):
    """ "1. Wet your hands and put soap on them. Rub palm to palm." became "1. Wet your
    hands." / "Put soap on your hands." and, at the top of the next page, an unnumbered "Rub
    palm to palm.", read as part of step 2: in the Word file each row of a step but its last
    keeps with the row after it, so the step is never broken by a page."""
    steps = [
        "Wet your hands and put soap on them. Rub palm to palm.",
        "Rub the back of each hand with the other palm. Link your fingers as you do it.",
        "Rub palm to palm with your fingers linked.",
        "Rub the backs of your fingers against the opposite palm. Keep your fingers locked.",
        "Rub each thumb in the other hand. Turn your hand as you rub.",
        "Rub the tips of your fingers in the other palm. Do this on both hands.",
        "Rinse your hands with water. Dry them well with a paper towel.",
        "Turn off the tap with the towel. Put the towel in the bin.",
    ]
    body = "## How to wash your hands\n\n" + "".join(
        f"{number}. {step}\n" for number, step in enumerate(steps, start=1))
    source = write_source(tmp_path, "7424-hand-washing", "Infection Prevention", body)
    leaflet = load_leaflet(source)
    files = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    written = [
        (row.cells[-1].text, row.cells[-1].paragraphs[0].paragraph_format.keep_with_next)
        for table in Document(str(files[0])).tables for row in table.rows
    ]
    texts = [text for text, _ in written]
    assert "Rub palm to palm." in texts, texts
    at = texts.index("Rub palm to palm.")
    assert texts[at - 2].startswith("1. ") and all(keep for _, keep in written[at - 2 : at]), (
        written)
    last = next(n for n, text in enumerate(texts) if text.startswith("8. "))
    assert written[last][1], written


def test_a_them_after_a_sentence_cut_into_rows_is_flagged(tmp_path):
    """ "If you take warfarin, apixaban or clopidogrel, phone the Endoscopy Unit at least 7 days
    before your test. Do not stop taking them unless you have been told to." gave "Do not stop
    taking them ..." straight after the unit's row, with nothing to say what "them" is: it
    may or may not be said only to those taking the medicines, so it stays with their sentence,
    as the leaflet says it, and a person is asked to say. A "them" after a sentence kept whole,
    on the row above, is not flagged."""
    source = write_source(
        tmp_path, "7430-your-procedure", "Day Unit",
        "## Your medicines\n\nIf you take clopidogrel, warfarin or rivaroxaban, ring the Day "
        "Unit at least 5 days before your procedure. Do not stop taking them unless a doctor "
        "has told you to.\n\nKeep your tablets in their box. Do not give them to anyone else.\n",
    )
    rows = draft(load_leaflet(source)).rows()
    them = next(row for row in rows if "Do not stop taking them" in row.plain)
    assert them.plain.startswith("If you take clopidogrel, warfarin or rivaroxaban, ring"), rows
    assert "may or may not be told only under 'If you take clopidogrel" in them.doubt, rows
    other = next(row for row in rows if row.plain.startswith("Do not give them"))
    assert "stands for" not in other.doubt, other


def test_a_row_after_a_lead_ins_rows_that_it_does_not_govern_is_flagged(tmp_path):
    """ "If you are diabetic, do not take your diabetes tablets or insulin on the morning of
    your operation unless the pre-assessment nurse has told you to." became "If you are
    diabetic:" over its row, and the next paragraph's "Take all your other medicines at 6am
    ..." read as for diabetic patients only: nothing shows the lead-in's rows have ended."""
    source = write_source(
        tmp_path, "7440-your-procedure", "Day Unit",
        "## On the day\n\nIf you have diabetes, do not take your diabetes tablets or insulin on "
        "the morning of your procedure unless the nurse has told you to.\n\n"
        "Take your other medicines at 7am with a sip of water.\n",
    )
    rows = draft(load_leaflet(source)).rows()
    assert "If you have diabetes:" in [row.plain for row in rows], rows
    other = next(row for row in rows if row.plain.startswith("Take your other medicines"))
    assert "is not read as under 'If you have diabetes:'" in other.doubt, other


def test_a_them_after_a_sentence_cut_into_rows_says_the_one_thing_it_can_be(tmp_path):
    """ "Take your tablets with food, and drink a full glass of water with them. Swallow them
    whole." gave "Swallow them whole." after two rows, flagged and left for a person to say
    what "them" is, when the rows before name one plural thing: the row says it. Where "them"
    may be more than one thing (three medicines of a condition, a nurse), it is kept, flagged.
    The meaning check holds the row to its own sentence, its thing named in the one before."""
    source = write_source(
        tmp_path, "7431-taking-your-tablets", "Pharmacy",
        "## How to take your tablets\n\nTake your tablets with food, and drink a full glass of "
        "water with them. Swallow them whole.\n\n"
        "Take your antibiotics at the same times each day, and finish the course. Do not "
        "share them with anyone.\n\n"
        "## Before your procedure\n\nIf you take clopidogrel, warfarin or rivaroxaban, ring the "
        "Day Unit at least 5 days before your procedure. Do not stop taking them unless a "
        "doctor has told you to.\n",
    )
    leaflet = load_leaflet(source)
    rows = draft(leaflet).rows()
    said = [row.plain for row in rows]
    assert "Swallow your tablets whole." in said, said
    # the check holds each row to its own sentence, its thing named in the sentence before
    assert check_meaning(said, leaflet_sentences(leaflet)) == []
    assert "Do not share your antibiotics with anyone." in said, said
    assert not any("them" in row.plain and "stands for" in row.doubt for row in rows
                   if "tablets" in row.plain or "antibiotics" in row.plain), rows
    kept = next(row for row in rows if "Do not stop taking them" in row.plain)
    assert kept.plain.startswith("If you take clopidogrel"), kept  # with what it stands for


@pytest.mark.parametrize("row", ["Drive yourself home.", "Drive home."])
def test_a_row_telling_what_its_sentence_bans_before_but_fails_the_check(row):
    """ "Drive yourself home." from "Do not drive yourself home but ask a friend or relative to
    collect you." passed: the row shared one word with its sentence as the parser tags them
    ("home" an adverb there), so it was held to no sentence, and a row whose every word the
    leaflet says was taken as the leaflet's own. It is held to the sentence saying its words."""
    sentence = ("Do not drive yourself home after your sedation but ask a friend or relative "
                "to collect you.")
    sources = leaflet_sentences_of("You will need to stay in the unit for about 1 hour.",
                                   sentence)
    problems = check_meaning(["You will need to stay in the unit for about 1 hour.", row,
                              "Ask a friend or relative to collect you."], sources)
    assert [(p.row, "lost its 'not'" in p.what) for p in problems] == [(row, True)], problems
    right = ["Do not drive yourself home after your sedation.",
             "Ask a friend or relative to collect you."]
    assert check_meaning(right, sources) == []


def test_a_row_with_a_condition_its_sentence_never_had_fails_the_check(tmp_path):
    """ "If you're worried, you can't use this leaflet's advice in place of a doctor's." passed
    against "If you're worried, call NHS 111. You can't use this leaflet's advice in place of a
    doctor's.": a row may say its paragraph's opening condition where its sentence is told under
    it, or a list lead-in's, and no other; one more tells only some readers what all are told."""
    body = ("## After you go home\n\n"
            "If you are worried about your wound, call NHS 111. You should not use this leaflet "
            "in place of advice from a doctor.\n\n"
            "If your wound starts to bleed, press on it with a clean towel. Keep pressing for 10 "
            "minutes.\n\n"
            "Call 999 if you:\n\n- feel faint\n- cannot stop the bleeding\n")
    source = write_source(tmp_path, "7450-caring-for-your-wound", "Day Surgery Unit", body)
    sources = leaflet_sentences(load_leaflet(source))
    right = ["If you are worried about your wound, call NHS 111.",
             "You should not use this leaflet in place of advice from a doctor.",
             "If your wound starts to bleed, press on it with a clean towel.",
             "If your wound starts to bleed, keep pressing for 10 minutes.",
             "Call 999 if you feel faint.", "Call 999 if you cannot stop the bleeding."]
    assert check_meaning(right, sources) == []
    wrong = list(right)
    wrong[1] = ("If you are worried about your wound, you should not use this leaflet in place "
                "of advice from a doctor.")
    wrong[2] = "Press on it with a clean towel if you feel faint."
    problems = check_meaning(wrong, sources)
    assert [p.row for p in problems if "says a condition its sentence does not" in p.what] == [
        wrong[1], wrong[2]], problems
    # an opening "when" the parser reads as the one word "When" is a condition said too
    wrong = [right[0], "When you are worried about your wound, you should not use this leaflet "
             "in place of advice from a doctor."]
    assert [p.row for p in check_meaning(wrong, sources)] == [wrong[1]]


@pytest.mark.parametrize(
    ("sentence", "row", "what"),
    [
        ("Do not take your tablets until the nurse has checked your blood sugar.",
         "Take your tablets.", "lost its 'not'"),
        ("Only take it if you are in pain.", "Take it.", "cut off from its condition"),
        ("Do not take it unless your doctor tells you to.", "Take it.", "lost its 'not'"),
        ("Don't do it again until the physiotherapist has checked your knee.", "Do it again.",
         "lost its 'not'"),
        ("Only use it if your nurse has shown you how.", "Use it.",
         "cut off from its condition"),
    ],
)
def test_a_row_dropping_an_unless_until_or_only_if_fails_the_check(sentence, row, what):
    """ "Take it." from "Only take it if you are in pain." passed: "take" and "it" are no words
    the parser counts, so the row was held to no sentence, and one with no such word was never
    said to be the leaflet's or not. It is held to the sentence saying its words as written."""
    sources = leaflet_sentences_of("Your painkillers are in the white box.", sentence)
    problems = check_meaning(["Your painkillers are in the white box.", row], sources)
    assert any(p.row == row and what in p.what for p in problems), problems
    assert check_meaning(["Your painkillers are in the white box.", sentence], sources) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Do not drive yourself home but ask a friend or relative to drive you home.",
        "Do not drive yourself home, but you can ask a friend or relative to drive you home.",
    ],
)
def test_a_ban_before_but_said_without_its_not_fails_when_the_rest_shares_its_words(sentence):
    """ "Drive yourself home." passed against "Do not drive yourself home but ask a friend or
    relative to drive you home.": every word of the row was in the words after "but" too, so
    the row was held to that instruction, which has no "not". A row the ban says word for word
    is the ban's; the instruction after "but" is still its own."""
    sources = leaflet_sentences_of(sentence)
    problems = check_meaning(["Drive yourself home."], sources)
    assert [p.row for p in problems if "lost its 'not'" in p.what] == ["Drive yourself home."]
    rest = sentence.split("but ")[1]
    rest = rest[0].upper() + rest[1:]
    assert check_meaning(["Do not drive yourself home.", rest], sources) == []


@pytest.mark.parametrize(
    ("sentence", "right", "wrong"),
    [
        ("Swallow the capsules whole with a glass of water; do not crush, chew or break them.",
         "Do not crush, chew or break them.", "Crush, chew or break them."),
        ("Your periods may stop during treatment. This does not mean you cannot get pregnant, "
         "so you still need to use contraception.",
         "This means you still need to use contraception.",
         "This means you can get pregnant."),
    ],
)
def test_a_row_its_clause_says_word_for_word_keeps_the_clauses_not(sentence, right, wrong):
    """ "Do not crush, chew or break them." failed as 'lost its not' against "swallow them
    whole; do not crush, chew or break them": read alone, the parser took "chew" as said to do.
    "This means you still need to use contraception." failed the same way against "This does
    not mean you cannot get pregnant, so you still need ...": its "means" is the draft's word
    for "so". A row saying its clause as written keeps every "not" the clause has; one leaving
    a "not" behind still fails."""
    sources = leaflet_sentences_of(*re.split(r"(?<=\.) ", sentence))
    assert check_meaning([right], sources) == []
    assert any("lost its 'not'" in p.what for p in check_meaning([wrong], sources))
    # the "not" is before the row in its clause: still lost
    sources = leaflet_sentences_of("This does not mean you can stop using contraception.")
    problems = check_meaning(["This means you can stop using contraception."], sources)
    assert any("lost its 'not'" in p.what for p in problems), problems


def test_an_opening_condition_is_carried_only_onto_what_it_surely_governs(tmp_path):
    """ "If you do not feel like eating, try small snacks every 2 to 3 hours. Drink plenty of
    fluids." gave "If you do not feel like eating, drink plenty of fluids.": an instruction
    for everyone made one for those off their food. A condition is carried onto a sentence
    that permits within its instruction ("You may drink water until 6am.") or goes on with its
    action ("Keep pressing ..."); another is kept with the condition's sentence as the leaflet
    says them (alone on its row, it read as for everyone, where it may be for some readers
    only), flagged for a person, and the check names a row that carries the condition onto
    it."""
    body = ("## Eating and drinking\n\n"
            "Try to eat a healthy, balanced diet. If you do not feel like eating, try small "
            "snacks every 2 to 3 hours. Drink plenty of fluids, about 2 litres a day.\n\n"
            "If your scan is in the morning, do not eat anything after midnight. You may drink "
            "water until 6am.\n\n"
            "If your wound starts to bleed, press on it with a clean towel. Keep pressing for 10 "
            "minutes.\n")
    source = write_source(tmp_path, "7460-eating-during-treatment", "Oncology", body)
    leaflet = load_leaflet(source)
    drafted = draft(leaflet).rows()
    rows = [row.plain for row in drafted]
    assert "If you do not feel like eating, drink plenty of fluids." not in rows, rows
    fluids = next(row for row in drafted if "Drink plenty of fluids" in row.plain)
    assert fluids.plain == ("If you do not feel like eating, try small snacks every 2 to 3 "
                            "hours. Drink plenty of fluids, about 2 litres a day."), fluids
    assert "may or may not be told only under 'If you do not feel like eating'" in (
        fluids.doubt), fluids
    assert "If your scan is in the morning, you may drink water until 6am." in rows, rows
    assert "If your wound starts to bleed, keep pressing for 10 minutes." in rows, rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == []
    at = rows.index(fluids.plain)
    wrong = [*rows[:at], "If you do not feel like eating, try small snacks every 2 to 3 hours.",
             "If you do not feel like eating, drink plenty of fluids.", *rows[at + 1 :]]
    problems = check_meaning(wrong, leaflet_sentences(leaflet))
    assert [p.row for p in problems if "'If you do not feel like eating', the condition of the "
            "sentence before, which may not apply" in p.what] == [wrong[at + 1]]


LOW_FIBRE_BODY = (
    "## Two days before your test\n\n"
    "Eat a low-fibre diet for 2 days before your test.\n\n"
    "### Foods you can eat\n\n- White bread, white rice and white pasta\n- Clear soup\n\n"
    "### Foods to avoid\n\n"
    "- Fruit and vegetables: all fruit, fresh or dried; fruit juice with bits\n"
    "- Wholemeal or seeded bread, brown rice, nuts and seeds\n- Red meat and sausages\n"
)


def test_items_under_a_heading_that_bans_them_have_the_stop_sign_never_food(tmp_path):
    """Under "Foods to avoid", "Fruit and vegetables: ... fruit juice with bits", "Wholemeal,
    brown or seeded bread ..." and "Red meat and sausages." had a cup with a straw, a plate
    and the plain picture: to someone reading by pictures, have these. Each item under a
    heading that bans is a ban, with the STOP sign; the foods one can eat keep their pictures,
    and the check fails a picture of eating or drinking under such a heading."""
    folder = tmp_path / "source"
    folder.mkdir()
    source = write_source(folder, "7470-low-fibre-diet", "Endoscopy", LOW_FIBRE_BODY)
    leaflet = load_leaflet(source)
    rows = draft(leaflet).rows()
    shows = {row.plain: row.picture.shows for row in rows}
    for banned in ("Fruit and vegetables: all fruit, fresh or dried; fruit juice with bits.",
                   "Wholemeal or seeded bread, brown rice, nuts and seeds.",
                   "Red meat and sausages."):
        assert shows[banned] == "a red stop sign", shows
    assert shows["White bread, white rice and white pasta."] == "a plate, knife and fork for food"
    (tmp_path / "built").mkdir()
    report = _check(leaflet, tmp_path / "built")
    assert not any("STOP sign" in p or "eating or drinking" in p for p in report.problems), (
        report.problems)
    source.with_suffix(".easyread.md").write_text(
        "---\nleaflet: 7470\nversion: 1\n---\n## Two days before your test\n"
        "[food] Eat a low-fibre diet for 2 days before your test.\n"
        "## Foods you can eat\n[food] White bread, white rice and white pasta.\n"
        "[food] Clear soup.\n"
        "## Foods to avoid\n[juice] Fruit and vegetables: all fruit, fresh or dried; fruit "
        "juice with bits.\n[food] Wholemeal or seeded bread, brown rice, nuts and seeds.\n"
        "[stop] Red meat and sausages.\n", encoding="utf-8")
    (tmp_path / "author").mkdir()
    report = _check(load_leaflet(source), tmp_path / "author")
    (eaten,) = [p for p in report.problems if "eating or drinking" in p]
    assert eaten.startswith("2 row(s) under a heading or lead-in that bans them"), eaten
    assert "'Wholemeal or seeded bread, brown rice, nuts and seeds.' (under 'Foods to avoid')" in (
        eaten)
    assert "Fruit and vegetables" in eaten and "White bread" not in eaten, eaten
    assert not any("STOP sign but say no ban" in p for p in report.problems), report.problems


def test_figures_left_as_a_reader_may_misread_them_are_named_and_the_draft_has_none(tmp_path):
    """A head injury leaflet's Easy Read kept "4hrs", "1-2", "200-400 mg" and "08:00-20:00",
    and the check passed it. The draft writes them "4 hours", "1 to 2", "8am and 8pm", every
    number still found; an author's row that keeps one is named for the author."""
    body = ("## Pain relief\n\nTake 1-2 paracetamol 500mg tablets every 4-6 hours.\n\n"
            "Wait 4hrs between doses.\n\nCall the ward on 0116 258 5000 between 08:00-20:00, "
            "Mon-Fri.\n")
    source = write_source(tmp_path, "7103-pain-relief-at-home", "Emergency", body)
    leaflet = load_leaflet(source)
    (tmp_path / "out").mkdir()
    report = _check(leaflet, tmp_path / "out")
    assert not [f for f in report.findings if "misread" in f], report.findings
    assert not report.problems, report.problems
    (tmp_path / "7103-pain-relief-at-home.easyread.md").write_text(
        "---\nleaflet: 7103\nversion: 1\n---\n\n## Pain relief\n"
        "[] Take **1** to **2** paracetamol **500 mg** tablets every **4 to 6 hours**.\n"
        "[] Wait **4**hrs between doses.\n"
        "[] Call the ward on **0116 258 5000** between **8am** and **8pm**, Monday to Friday.\n",
        encoding="utf-8",
    )
    (tmp_path / "out2").mkdir()
    report = _check(load_leaflet(source), tmp_path / "out2")
    named = [f for f in report.findings if "misread" in f]
    assert named and "'Wait 4hrs between doses.'" in named[0], report.findings
    assert "phone" not in named[0] and "8am" not in named[0], named


def test_a_row_pointing_back_at_the_rows_before_it_keeps_to_their_page(tmp_path):
    """A caesarean leaflet's "4. If you see any of these, call the Maternity Triage line
    straight away." was at the top of page 4, the signs it points at ("Look for: redness ...;
    pus ...") at the foot of page 3: "these" pointed at nothing the reader could see. In the
    Word file a row before one that says "these", "those" or "the above" keeps with it."""
    body = (
        "## Looking after your wound\n\n"
        "1. Take your dressing off after 5 days, unless your midwife tells you otherwise.\n"
        "2. Shower every day and pat the wound dry with a clean towel. Do not use talc or "
        "creams on the wound. Do not soak in a bath for the first 2 weeks.\n"
        "3. Check your wound every day. Look for: redness spreading from the scar; pus or a "
        "bad smell.\n"
        "4. If you see any of these, call the Maternity Triage line straight away.\n\n"
        "## Your stitches\n\nYour stitches will dissolve by themselves.\n\n"
        "If your stitches come out early, or the wound opens, call us. Tell us if any of the "
        "above happens at night.\n"
    )
    source = write_source(tmp_path, "7425-after-your-caesarean", "Maternity", body)
    files = write_easy_read(load_leaflet(source), EasyReadSettings(), tmp_path)
    written = [
        (row.cells[-1].text, row.cells[-1].paragraphs[0].paragraph_format.keep_with_next)
        for table in Document(str(files[0])).tables for row in table.rows
    ]
    texts = [text for text, _ in written]
    for pointing in ("any of these", "any of the above"):
        at = next(n for n, text in enumerate(texts) if pointing in text)
        assert written[at - 1][1], (pointing, written)


def test_a_row_under_the_lead_in_that_says_its_condition_and_time_is_read_with_it():
    """ "Call 111 or your GP if your child is not drinking and has not had a wet nappy for 12
    hours" drafted as its condition led in, then "Call 111 or your GP.", was named as leaving
    out "for 12 hours", said only by the lead-in: the time is the condition's, and the row
    stands under the lead-in that says it, as the reader reads them. A row that stands under no
    such lead-in is still named."""
    sentence = ("Ring the ward or NHS 111 if your baby is being sick and has not fed for 8 "
                "hours.")
    lead = "If your baby is being sick and has not fed for 8 hours:"
    told = "Ring the ward or NHS 111."
    assert check_meaning([lead, told], leaflet_sentences_of(sentence)) == []
    # said first, before the lead-in, the call is for every baby, whenever
    problems = check_meaning([told, lead], leaflet_sentences_of(sentence))
    assert [p.row for p in problems if p.row == told], problems
    # the time said of both actions is still held to the one without it
    both = "If your baby is being sick, keep giving small feeds and ring the ward for 8 hours."
    problems = check_meaning(["If your baby is being sick:", "Keep giving small feeds.",
                              "Ring the ward for 8 hours."], leaflet_sentences_of(both))
    assert [p.row for p in problems if "leaves out 'for 8 hours'" in p.what] == [
        "Keep giving small feeds."], problems


# ---- a condition said apart from the instructions it governs -----------------------------------

CONDITION_APART_BODY = (
    "## Taking your tablets\n\n"
    "Take your tablets with food. If you vomit within 30 minutes of taking your tablets. Do "
    "not take them again. Write it in your treatment diary.\n\n"
    "If you forget to use your inhaler: Use it as soon as you remember. Do not use two doses to "
    "make up for it.\n\n"
    "## When to get help\n\n"
    "If you feel dizzy when you stand up.\n\n"
    "Sit down and drink a glass of water.\n\n"
    "If you get a temperature of 38°C or above:\n\n"
    "- Ring the chemotherapy helpline straight away.\n"
    "- Do not take paracetamol until you have spoken to us.\n\n"
    "If you notice any of the following, ring 111:\n\n"
    "- your ankles swell\n- you have pain in your chest\n\n"
    "Keep this leaflet with your tablets.\n"
)


def test_a_condition_said_apart_leads_every_instruction_it_governs(tmp_path):
    """A chemotherapy leaflet set in short lines says its condition as a sentence of its own
    ("If you vomit within 30 minutes of taking your tablets. Do not take them again. Write it in
    your treatment diary."), or ends it with a colon and goes on over sentences, a paragraph or
    a list: the rows had been "Write it in your treatment diary." and "Do not use two doses
    ..." with the condition on a row of its own above, or lost, and "Sit down ..." and the
    list's "ring the chemotherapy helpline" under nothing that showed they were for some
    readers only. The condition leads them ("... tablets:"), each row told under it stands in
    under it, the next condition or a paragraph said to everyone ends it, and the check passes
    the draft but fails each instruction said without its condition."""
    folder = tmp_path / "source"
    folder.mkdir()
    leaflet = load_leaflet(write_source(folder, "7480-your-chemotherapy", "Oncology",
                                        CONDITION_APART_BODY))
    drafted = draft(leaflet).rows()
    rows = [row.plain for row in drafted]
    under = {row.plain: row.doubt for row in drafted if "applies to this row" in row.doubt}
    for lead, governed in (
        ("If you vomit within 30 minutes of taking your tablets:",
         ["Do not take them again.", "Write it in your treatment diary."]),
        ("If you forget to use your inhaler:",
         ["Use it as soon as you remember.", "Do not use two doses to make up for it."]),
        ("If you feel dizzy when you stand up:", ["Sit down.", "Drink a glass of water."]),
        ("If you get a temperature of 38°C or above:",
         ["Ring the chemotherapy helpline straight away.",
          "Do not take paracetamol until you have spoken to us."]),
        ("If you notice any of the following, ring 111:",
         ["Your ankles swell.", "You have pain in your chest."]),
    ):
        at = rows.index(lead)
        assert rows[at + 1 : at + 1 + len(governed)] == governed, rows
        for row in governed:
            assert f"'{lead}' applies" in under.get(row, ""), (row, under)
    for everyone in ("Take your tablets with food.", "Keep this leaflet with your tablets."):
        assert everyone in rows and everyone not in under, rows
    sources = leaflet_sentences(leaflet)
    assert check_meaning(rows, sources) == []
    # said without its condition, each instruction fails the check
    for lead, bare in (
        ("If you vomit within 30 minutes of taking your tablets:", "Write it in your treatment "
         "diary."),
        ("If you forget to use your inhaler:", "Use it as soon as you remember."),
        ("If you feel dizzy when you stand up:", "Drink a glass of water."),
        ("If you get a temperature of 38°C or above:", "Ring the chemotherapy helpline "
         "straight away."),
    ):
        cut = [row for row in rows if row != lead]
        problems = check_meaning(cut, sources)
        assert [p.row for p in problems if "cut off from the condition" in p.what
                and p.row == bare], (bare, problems)
    # in the document, the rows a condition leads stand in under it
    (tmp_path / "out").mkdir()
    (path,) = [f for f in write_easy_read(leaflet, EasyReadSettings(), tmp_path / "out")
               if f.suffix == ".docx"]
    indented = {
        cell.text for table in Document(str(path)).tables for row in table.rows
        for cell in row.cells[1:] if cell.paragraphs[0].paragraph_format.left_indent
    }
    assert "Write it in your treatment diary." in indented, indented
    assert "Keep this leaflet with your tablets." not in indented


@pytest.mark.parametrize(
    ("paragraph", "then"),
    [
        ("Should your wound weep or smell, it may be infected. Ring your GP practice.",
         "Ring your GP practice."),
        ("If you smoke, your wound may take longer to heal. Keep the dressing clean and dry.",
         "Keep the dressing clean and dry."),
    ],
)
def test_an_instruction_that_may_or_may_not_be_under_a_condition_keeps_its_words(
    tmp_path, paragraph, then
):
    """ "Should the wound become red or hot, it may be infected. Contact your GP." gave "Contact
    your GP." on a row of its own: read alone it is for everyone, where the leaflet means it
    for a red or hot wound; said with the condition ("If you smoke, keep the dressing clean")
    it would be for smokers only, where it may be for everyone. Neither is safe to write: the
    two sentences stay together as the leaflet says them, and the row says why."""
    rows = draft(load_leaflet(write_source(
        tmp_path, "7481-caring-for-your-wound", "Surgery", f"## Your wound\n\n{paragraph}\n"
    ))).rows()
    (kept,) = [row for row in rows if then.rstrip(".") in row.plain]
    assert kept.plain == paragraph, [row.plain for row in rows]
    assert "may or may not be told only under" in kept.doubt, kept.doubt


@pytest.mark.parametrize(
    ("paragraph", "ban"),
    [
        ("If your baby is still unsettled an hour after a dose, you can offer a feed. Do not "
         "give paracetamol to a baby under 2 months old.",
         "Do not give paracetamol to a baby under 2 months old."),
        ("If the plaster gets damp, let it dry in the air. Never put anything down inside the "
         "plaster to scratch your skin.",
         "Never put anything down inside the plaster to scratch your skin."),
        ("If you feel faint after your injection, lie down with your legs raised. Do not drive "
         "yourself home if you feel unwell.",
         "Do not drive yourself home if you feel unwell."),
    ],
)
def test_a_ban_after_a_conditional_sentence_is_never_joined_under_its_condition(
    tmp_path, paragraph, ban
):
    """ "If your child is still distressed before the next dose is due, you can try the other
    medicine. Do not give ibuprofen to a child who has chickenpox." was kept as one row, kept
    with its condition for a person to check: the ban read as for a distressed child only,
    beside a STOP sign for the whole row. Said alone, a ban is for everyone, the reading that
    cannot harm: it stays a row of its own."""
    rows = draft(load_leaflet(write_source(
        tmp_path, "7482-after-your-visit", "Children's Ward", f"## At home\n\n{paragraph}\n"
    ))).rows()
    plains = [row.plain for row in rows]
    assert ban in plains, plains
    assert not [row for row in plains if ban in row and row != ban], plains


BANNED_UNDER_A_HEADING_BODY = (
    "## What not to do\n\n"
    "- lift anything heavier than a full kettle\n- drive for 6 weeks\n"
    "- You can walk as far as you feel able.\n\n"
    "## Do not\n\n"
    "- get the dressing wet\n- It is fine to use your fingers for light tasks.\n\n"
    "## Avoid:\n\n- liquorice\n- alcohol\n\n"
    "Try decaffeinated tea instead.\n\n"
    "## Do's and don'ts\n\n"
    "- Do keep your hand raised on a pillow.\n- Don't carry heavy shopping.\n"
    "- Do ask your family to help with housework.\n"
)


def test_items_finishing_a_heading_that_bans_keep_its_not_and_only_they_stop(tmp_path):
    """A hand-surgery leaflet's "What not to do" over "- drive for 6 weeks" gave "Drive for 6
    weeks." beside a calendar, and "Do not" over "- get the dressing wet" gave "Get the
    dressing wet.": the heading's "not" was lost, and the row says to do what the leaflet bans.
    An item in small letters finishes the heading's words and is said after them, with the STOP
    sign; an item that is a sentence of its own ("You can walk as far as you feel able.", "Try
    decaffeinated tea instead.", "Do ask your family ...") says what to do and never has it."""
    folder = tmp_path / "source"
    folder.mkdir()
    leaflet = load_leaflet(write_source(folder, "7490-after-your-hand-surgery", "Hand Therapy",
                                        BANNED_UNDER_A_HEADING_BODY))
    rows = draft(leaflet).rows()
    shows = {row.plain: row.picture.shows for row in rows}
    for ban in ("Do not lift anything heavier than a full kettle.", "Do not drive for 6 weeks.",
                "Do not get the dressing wet.", "Avoid liquorice.", "Avoid alcohol.",
                "Don't carry heavy shopping."):
        assert shows.get(ban) == "a red stop sign", (ban, shows)
    for allowed in ("You can walk as far as you feel able.",
                    "It is fine to use your fingers for light tasks.",
                    "Try decaffeinated tea instead.", "Do keep your hand raised on a pillow.",
                    "Do ask your family to help with housework."):
        assert allowed in shows and shows[allowed] != "a red stop sign", (allowed, shows)
    assert check_meaning([row.plain for row in rows], leaflet_sentences(leaflet)) == []
    (tmp_path / "out").mkdir()
    report = _check(leaflet, tmp_path / "out")
    assert not [p for p in report.problems if "change the meaning" in p or "STOP" in p], (
        report.problems)


# ---- a ban's picture by one rule; weak matches and fill-in rows get no misleading picture ----

STOP_SIGN = "1F6D1"


@pytest.mark.parametrize(
    "row",
    [
        "1. Stop what you are doing and sit down.",
        "If you get pain in your chest, stop what you are doing and sit down.",
        "Stop the exercise and sit down until the pain goes.",
        "Stop walking and call 999 if the pain spreads to your arm or jaw.",
    ],
)
def test_a_row_that_says_stop_and_do_something_is_no_ban(row):
    """ "1. Stop what you are doing and sit down." (the first step for chest pain) had a STOP
    sign, which reads as a ban: a row that tells the reader to stop what they are doing and do
    something else tells them what to do, and is pictured for that (a chair, a telephone) or
    has the plain picture."""
    picture = choose_picture(row)
    assert picture.hexcode != STOP_SIGN, picture
    assert picture.is_neutral or picture.shows in {"a chair", "a telephone handset"}, picture


@pytest.mark.parametrize(
    "row",
    [
        "Stop the exercise if it hurts.",
        "Never push anything down inside the cast.",
        "If your ankle swells, stop doing the exercises.",
    ],
)
def test_a_stop_that_is_a_ban_keeps_its_sign(row):
    """A stop with nothing else to do ("Stop the exercise if it hurts") is still a ban."""
    assert choose_picture(row).hexcode == STOP_SIGN, choose_picture(row)


@pytest.mark.parametrize(
    "row",
    [
        "Never stop taking prednisolone suddenly.",
        "Do not stop using your brown preventer inhaler, even when you feel well.",
        "Don't stop your insulin injections if you are unwell.",
    ],
)
def test_a_ban_on_stopping_has_the_plain_picture(row):
    """ "Never stop taking prednisolone suddenly." had a pill while "Never push anything down
    inside the cast." had STOP: one rule for every ban, its STOP sign or the plain picture.
    The STOP sign beside a ban on stopping reads "stop prednisolone", so it has the plain
    picture, for a person to choose."""
    picture = choose_picture(row)
    assert picture.is_neutral, picture


@pytest.mark.parametrize(
    "row",
    [
        "If you can climb two flights of stairs without chest pain:",
        "If you were told you need a test such as an exercise test or a scan:",
        "You may be asked to have an exercise test or a heart scan:",
    ],
)
def test_a_lead_in_with_only_a_word_out_of_its_sense_has_the_plain_picture(row):
    """ "If you can climb two flights of stairs without chest pain:" had the lines for pain (a
    pain the row says is not there) and "... an exercise test or a scan:" a person exercising
    (an exercise test is a test): a word matched out of its sense is a weak match, so the
    row has the plain picture."""
    picture = choose_picture(row)
    assert picture.is_neutral, picture


def test_a_lead_in_of_a_pain_that_is_there_keeps_its_picture():
    """A pain that is there keeps its picture; where it is not, the row's action has its own."""
    assert choose_picture("If you get chest pain:").shows == "lines showing pain"
    row = "If you can walk up a steep hill without getting chest pain or feeling short of breath:"
    assert choose_picture(row).shows == "a person walking"
    assert choose_picture("Do your exercises 3 times a day.").shows == (
        "a person doing a calm exercise")


@pytest.mark.parametrize(
    "row",
    [
        "If you miss a dose, do not take an extra dose the next day. Tell the clinic at your "
        "next visit.",
        "If your cast gets damp, dry it with a hairdryer on a cool setting. Never push "
        "anything down inside the cast.",
    ],
)
def test_a_row_of_a_ban_and_a_do_has_the_plain_picture(row):
    """A row kept whole of two sentences, one a ban and one telling the reader to do something
    ("... do not take an extra dose the next day. Tell the clinic at your next visit."), had
    the STOP sign beside both: beside "Tell the clinic" it says not to. A STOP sign only beside
    a row whose instructions all ban; else the plain picture, for a person to choose."""
    picture = choose_picture(row)
    assert picture.hexcode != STOP_SIGN, picture
    assert picture.is_neutral, picture


def test_a_row_of_a_ban_and_its_reason_keeps_the_stop_sign():
    row = "Do not drink alcohol while you take metronidazole. It can make you very sick."
    assert choose_picture(row).hexcode == STOP_SIGN


def test_a_label_alone_with_its_blank_is_a_space_to_write_in(tmp_path):
    """ "Name of therapist:" alone over its blank was "Name of therapist: (blank)." beside a
    person exercising: the page showed "(blank)", no room to write. A label alone with its
    blank is a space to write in, its line drawn under it, beside the picture for writing."""
    source = write_source(
        tmp_path, "9910-exercises-after-your-hip-replacement", "Physiotherapy",
        "## Your exercises\n\nLie on your back and bend your knee. Repeat [times]{.field}.\n\n"
        "## Your physiotherapist\n\n[Name of therapist:]{.field}\n\n"
        "[Phone number of therapist:]{.field}\n\n[Date:]{.field}\n",
    )
    leaflet = load_leaflet(source)
    rows = draft(leaflet).rows()
    fields = [row for row in rows if row.plain.split(":")[0] in {
        "Name of therapist", "Phone number of therapist", "Date"}]
    assert [row.plain for row in fields] == [
        "Name of therapist: (space to write in: 1 line).",
        "Phone number of therapist: (space to write in: 1 line).",
        "Date: (space to write in: 1 line).",
    ], [row.plain for row in rows]
    for row in fields:
        assert row.picture.shows == "a page and a pencil", row
    assert "Repeat (blank for times)." in [row.plain for row in rows]  # a blank in a sentence
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, tmp_path)
    (cell,) = [
        cell for table in Document(str(files[0])).tables for row in table.rows
        for cell in row.cells if cell.text.startswith("Name of therapist")
    ]
    ruled = [p for p in cell.paragraphs[1:] if not p.text and "<w:pBdr>" in p._p.xml]
    assert len(ruled) == 2  # one rule, between two of them
    report = check_easy_read(leaflet, settings, files)
    assert report.passed, report.problems


def test_a_space_to_write_ins_count_of_lines_is_no_number_of_the_leaflets():
    """ "Number of puffs your nurse wants you to take:" drafted with its space to write in, "(space
    to write in: 1 line)", was named as adding the number 1 to the leaflet: the count of lines
    is the document's, and a row adding a number of its own is still named."""
    source = "Number of puffs your nurse wants you to take:"
    row = "Number of puffs your nurse wants you to take: (space to write in: 1 line)."
    assert check_meaning([row], leaflet_sentences_of(source)) == []
    problems = check_meaning(["Number of puffs your nurse wants you to take: 2 (space to write "
                              "in: 1 line)."], leaflet_sentences_of(source))
    assert problems, "a number of the row's own is still named"
