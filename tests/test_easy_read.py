"""Easy Read: the reference leaflet's Word document read back as its reader meets it, the
automatic draft's rules, the pictures, the author's own file, and the checker's catches."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image

from pipeline.build.jobs import build
from pipeline.build.manifests import output_folder, read_manifest
from pipeline.build.staleness import format_state
from pipeline.cli import main
from pipeline.errors import LeafletError
from pipeline.formats.easy_read import EasyReadSettings, check_easy_read, write_easy_read
from pipeline.formats.easy_read.drafter import (
    author_form,
    draft,
    easy_read_for,
    plain_words,
    read_author_file,
    sentences,
    simplify,
    split_ideas,
    word_count,
)
from pipeline.formats.easy_read.pictures import (
    CREDIT,
    choose_picture,
    picture_list,
    resolve_picture_name,
)
from pipeline.formats.registry import get_format, settings_for
from pipeline.sources import load_leaflet

DOCPR = ".//" + qn("wp:docPr")
SLUG = "442-lower-back-stretches-in-pregnancy"


@pytest.fixture(scope="module")
def built(leaflet_442, tmp_path_factory):
    """The reference leaflet's Easy Read, written once, with its check report."""
    folder = tmp_path_factory.mktemp("easy-read")
    settings = EasyReadSettings()
    files = write_easy_read(leaflet_442, settings, folder)
    report = check_easy_read(leaflet_442, settings, files)
    return files[0], Document(str(files[0])), report


def _said(text: str) -> str:
    """A document's words as read: a phone number's no-break spaces are spaces."""
    return text.replace("\u00a0", " ")


def _row_texts(document) -> list[str]:
    return [_said(row.cells[1].text) for table in document.tables for row in table.rows]


def _all_text(document) -> str:
    parts = [_said(p.text) for p in document.paragraphs] + _row_texts(document)
    return "\n".join(parts)


def test_442_meets_the_issue_figures(built):
    path, document, report = built
    assert report.passed, report.problems
    findings = " ".join(report.findings)
    matched = int(re.search(r"(\d+)% have a picture matched", findings).group(1))
    assert matched >= 95
    ease = int(re.search(r"Flesch Reading Ease (-?\d+)", findings).group(1))
    assert ease >= 80
    english = [
        row.cells[1].text
        for table in document.tables
        for row in table.rows
        if row.cells[1]._tc.find(".//" + qn("w:lang")) is None
    ]
    assert len(english) >= 40
    longest = max(word_count(s) for text in english for s in sentences(text))
    assert longest <= 15


def test_442_keeps_every_instruction_number_and_contact(built):
    _, document, _ = built
    text = _all_text(document).lower()
    for verb in (
        "speak",
        "stand",
        "tighten",
        "flatten",
        "use",
        "lean",
        "keep",
        "hold",
        "return",
        "repeat",
        "arch",
        "let",
        "walk",
        "kneel",
        "push",
    ):
        assert re.search(rf"\b{verb}\b", text), verb
    for fact in (
        "12 cm",
        "20 to 30 seconds",
        "0116 250 2959",
        "equality@uhl-tr.nhs.uk",
        "111",
        "www.nhs.uk",
        "www.leicestershospitals.nhs.uk",
        "informationforpatients@uhl-tr.nhs.uk",
    ):
        assert fact in text, fact


def test_every_row_has_one_picture_left_with_alt_text_and_words_right(built):
    _, document, _ = built
    rows = [row for table in document.tables for row in table.rows]
    assert len(rows) > 40
    for row in rows:
        pictures = row.cells[0]._tc.findall(DOCPR)
        assert len(pictures) == 1
        assert pictures[0].get("descr").strip()
        assert pictures[0].get("name").startswith(("OpenMoji ", "Health Icons "))
        assert not row.cells[1]._tc.findall(DOCPR)
        assert row.cells[1].text.strip()
        assert row.cells[0].width < row.cells[1].width
    borders = document.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_pictures_are_square_white_edged_and_one_size(built):
    path, document, _ = built
    sizes = set()
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("word/media/"):
                with Image.open(io.BytesIO(package.read(name))) as image:
                    assert image.width == image.height
                    assert image.convert("RGB").getpixel((1, 1)) == (255, 255, 255)
                    sizes.add(image.width)
    assert len(sizes) == 2  # the rows' pictures, and the cover's larger one
    extents = {(shape.width, shape.height) for shape in document.inline_shapes}
    assert len(extents) == 2 and all(w == h for w, h in extents)


def test_text_headings_language_and_properties(built, leaflet_442):
    _, document, _ = built
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if run.text.strip():
                size = run.font.size or paragraph.style.font.size
                assert size >= Pt(14), run.text
    assert document.styles["Normal"].font.size == Pt(16)
    assert document.styles["Normal"].font.name == "Arial"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Exercise 1: Flatten your back against a wall" in headings
    assert "Hard words" in headings and "Contact us" in headings
    assert document.paragraphs[0].style.name == "Title"
    text = _all_text(document)
    assert "This is an Easy Read version of leaflet 442." in text
    assert "It is version 3 from February 2023." in text
    assert CREDIT in text
    properties = document.core_properties
    assert properties.title == "Lower back stretches in pregnancy (Easy Read)"
    assert properties.author == leaflet_442.trust.organisation
    assert properties.language == "en-GB"
    lang = document.styles.element.find(".//" + qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"


def test_the_cover_names_the_team_once():
    from pipeline.formats.easy_read import comes_from

    trust = "Kingsbridge Hospitals NHS Trust"
    assert comes_from("Physiotherapy", trust) == (
        "It comes from the Physiotherapy team at Kingsbridge Hospitals NHS Trust."
    )
    for named in ("Hospital Transfusion Team", "Nutrition and Dietetics Department",
                  "Stoma Care Service", "Eye Unit"):
        assert comes_from(named, trust) == f"It comes from the {named} at {trust}."


def test_other_languages_are_tagged_and_right_to_left_where_needed(built, leaflet_442):
    _, document, _ = built
    by_text = {
        paragraph.text: paragraph
        for table in document.tables
        for row in table.rows
        for paragraph in row.cells[1].paragraphs
    }
    for translation in leaflet_442.trust.translations:
        paragraph = by_text[translation.text]
        run = paragraph.runs[0]._r
        assert run.find(".//" + qn("w:lang")).get(qn("w:val")) == translation.lang
        right_to_left = translation.lang in {"ur", "ar"}
        assert (run.find(".//" + qn("w:rtl")) is not None) == right_to_left
        assert (paragraph._p.pPr.find(qn("w:bidi")) is not None) == right_to_left
    globe_rows = [
        row
        for table in document.tables
        for row in table.rows
        if "Polish" in (row.cells[0]._tc.find(DOCPR).get("descr") or "")
    ]
    assert len(globe_rows) == 1 and len(globe_rows[0].cells[1].paragraphs) == 5


@pytest.mark.slow
def test_urdu_and_arabic_lines_sit_flush_right_on_the_page(built, tmp_path):
    """Right-to-left lines start at the right edge. The paragraphs were marked right aligned
    ("jc right"), which in a right-to-left paragraph means its end: LibreOffice put the Urdu and
    Arabic offer's second lines flush left, as if they were English."""
    import subprocess

    path, _, _ = built
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = tmp_path / f"{path.stem}.pdf"
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    arabic_script = re.compile("[\u0600-\u06ff]")
    lines: list[list[float]] = []  # the right ends of each line's words, top to bottom
    for page in boxes.split("<page ")[1:]:
        top = -100.0
        words = re.findall(r'yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<', page)
        for y, x1, word in sorted((float(y), float(x1), word) for y, x1, word in words):
            if arabic_script.search(word):
                if y - top > 15:  # a glyph's box starts a little higher or lower than its line's
                    lines.append([])
                    top = y
                lines[-1].append(x1)
    ends = [max(line) for line in lines]
    assert len(ends) >= 4, ends  # the Urdu and the Arabic offer, two lines each at least
    assert max(ends) - min(ends) < 3, f"right-to-left lines do not end together: {ends}"


def test_notice_is_bold_and_boxed_and_hard_words_are_explained_next(built):
    _, document, _ = built
    first_row = document.tables[0].rows[1]  # after "This leaflet is about ..."
    assert "physiotherapist" in first_row.cells[1].text
    assert all(run.bold for run in first_row.cells[1].paragraphs[0].runs)
    assert first_row.cells[1]._tc.tcPr.find(qn("w:tcBorders")) is not None
    following = document.tables[0].rows[2].cells[1].text
    assert following.startswith("A physiotherapist helps")


# ---- the automatic draft's rules ------------------------------------------------------------


def test_plain_words_and_active_voice():
    plain = plain_words()
    assert simplify("Wait approximately 5 minutes.", plain) == "Wait about 5 minutes."
    assert simplify("Commence the exercise.", plain) == "Start the exercise."
    assert simplify("Your feet should be apart.", plain) == "Put your feet apart."
    assert simplify("Allow your hips to rock.", plain) == "Let your hips rock."
    assert simplify("Speak to us before starting.", plain) == "Speak to us before you start."
    # time given to someone is given, never "let": "Let them plenty of time to answer." (a
    # dementia carers' leaflet) is no English
    assert simplify("Allow them plenty of time to answer.", plain) == (
        "Give them plenty of time to answer.")
    assert simplify("Allow your child 10 minutes to settle after a feed.", plain) == (
        "Give your child 10 minutes to settle after a feed.")
    assert simplify("Allow 2 hours for your visit.", plain) == "Allow 2 hours for your visit."


def test_a_or_an_agrees_with_the_plain_word_that_now_follows_it():
    """A swap changes the word after an "a" or "an": the article follows it, both ways."""
    plain = plain_words()
    assert simplify("You may need an additional X-ray of your chest.", plain) == (
        "You may need an extra X-ray of your chest.")
    assert simplify("You will have an examination of your eyes first.", plain) == (
        "You will have a test of your eyes first.")
    assert simplify("An examination takes about 20 minutes.", plain) == (
        "A test takes about 20 minutes.")
    assert simplify("There may be an abdominal wound and an abdominal drain.", plain) == (
        "There may be a tummy wound and a tummy drain.")
    # the reverse: a swap to a word said with a vowel first
    unusual = dataclasses.replace(
        plain, replacements=((re.compile(r"\bstrange\b", re.IGNORECASE), "unusual"),))
    assert simplify("Tell us if you notice a strange smell from the wound.", unusual) == (
        "Tell us if you notice an unusual smell from the wound.")
    # an article before a word that was not swapped is the leaflet's own
    assert simplify("Wear a uniform and an NHS badge.", plain) == "Wear a uniform and an NHS badge."


def test_figures_are_written_as_easy_read_writes_them_and_never_a_phone_date_or_reference():
    """A head injury leaflet's Easy Read kept "4hrs", "24 hrs", "1-2", "4-6 hours", "200-400mg",
    "Mon-Fri" and bolded "**08**:**00**-**20**:**00**": a hyphen between figures is read as
    "minus" or not at all, and a short unit or day is a word a reader must know. A range is
    "X to Y" ("between X and Y"), a time's unit is in full, a 24-hour time is "8pm"."""
    plain = plain_words()
    for source, said in [
        ("Take 1-2 tablets every 4-6 hours.", "Take 1 to 2 tablets every 4 to 6 hours."),
        ("Do not take more than 8 in 24 hrs.", "Do not take more than 8 in 24 hours."),
        ("Wait 4hrs between doses.", "Wait 4 hours between doses."),
        (
            "Rest for 1 hr, then walk for 10-15 mins.",
            "Rest for 1 hour, then walk for 10 to 15 minutes.",
        ),
        (
            "Adults can take 200-400mg 3 times a day.",
            "Adults can take 200 to 400 mg 3 times a day.",
        ),
        ("Use 0.5–1 ml of gel.", "Use 0.5 to 1 ml of gel."),
        ("Do not drive for 24 – 48 hrs.", "Do not drive for 24 to 48 hours."),
        (
            "The clinic is open Mon-Fri, 9am-5pm.",
            "The clinic is open Monday to Friday, 9am to 5pm.",
        ),
        ("Ring us between 08:00-20:00.", "Ring us between 8am and 8pm."),
        (
            "Visiting is 14:00 to 19:30 on Sat-Sun.",
            "Visiting is 2pm to 7.30pm on Saturday to Sunday.",
        ),
        ("Take it at 22:00 each night.", "Take it at 10pm each night."),
    ]:
        assert simplify(source, plain) == said, source
    # never a phone number, a date, a reference, a count down or a time that may be 12-hour
    for row in [
        "Ring 0800-123456 or 01632 960-123 for advice.",
        "Your leaflet is ED-0057-2, reviewed 2025-05-01.",
        "Vaccines protect against COVID-19 and flu.",
        "This applies to the year 2024-25.",
        "Come back at 2:00-8:00 in the afternoon.",
        "Your appointment is at 10:30.",
        "[Weź 1-2 tabletki co 4-6 godzin]{lang=pl}.",
    ]:
        assert simplify(row, plain) == row, row


def test_a_time_in_a_drafted_row_is_bold_as_one(tmp_path):
    """ "between **08**:**00**-**20**:**00**": each time is bold whole, as a reader reads it."""
    from leaflet_files import write_source

    body = (
        "## Getting help\n\nCall the ward on 0116 258 5000 between 08:00-20:00.\n\n"
        "Your next dose is at 10:30, after breakfast.\n"
    )
    leaflet = load_leaflet(write_source(tmp_path, "9932-pain-relief-at-home", "Emergency", body))
    said = [row.text for row in draft(leaflet).rows()]
    assert "Call the ward on **0116 258 5000** between **8am** and **8pm**." in said, said
    assert "Your next dose is at **10:30**, after breakfast." in said, said


def test_a_plain_word_never_renames_a_procedure_the_patient_will_hear():
    """The name on the appointment letter and said at the desk stays as printed: "bendy
    cystoscopy" is no name a patient will hear at the hospital."""
    plain = plain_words()
    for row in [
        "You are having a flexible cystoscopy to look inside your bladder.",
        "A flexible sigmoidoscopy looks at the lower part of your bowel.",
        "Your flexible bronchoscopy is booked for the morning.",
        "After an abdominal hysterectomy, do not lift anything heavy for 6 weeks.",
        "You have been invited for abdominal aortic aneurysm (AAA) screening.",
        "You will have an examination under anaesthetic (EUA).",
        "Before your flexible video cystoscopy, drink plenty of water.",
    ]:
        assert simplify(row, plain) == row, row
    # the same words elsewhere are still made plainer
    assert simplify("The doctor uses a flexible tube.", plain) == "The doctor uses a bendy tube."
    assert simplify("You may have abdominal pain.", plain) == "You may have tummy pain."
    assert simplify("A flexible cystoscopy is quick. The abdominal wall heals.", plain) == (
        "A flexible cystoscopy is quick. The tummy wall heals.")


def test_sentences_are_split_at_safe_places_only():
    plain = plain_words()
    assert split_ideas(
        "Gently lean to one side, keeping your shoulder blades against the wall.", plain, 15
    ) == ["Gently lean to one side.", "Keep your shoulder blades against the wall."]
    assert split_ideas(
        "Hold for 20 to 30 seconds if it feels OK – do not push into pain.", plain, 15
    ) == ["Hold for 20 to 30 seconds if it feels OK.", "Do not push into pain."]
    assert split_ideas("Stand a little way from the wall – about 12 cm.", plain, 15) == [
        "Stand a little way from the wall.",
        "This is about 12 cm.",
    ]
    unsafe = (
        "The tiny muscles deep inside the lower part of the spine support the weight of the "
        "growing baby every single day"
    )
    assert split_ideas(unsafe, plain, 15) == [unsafe + "."]


def test_draft_explains_each_hard_word_once_in_the_next_row(leaflet_442):
    rows = draft(leaflet_442).rows()
    texts = [row.plain for row in rows]
    groin = next(i for i, t in enumerate(texts) if "groin" in t and "is where" not in t)
    assert texts[groin + 1].startswith("Your groin is where")
    body = [t for t in texts[: texts.index(texts[-1])]]
    assert sum(t.startswith("Your groin is where") for t in body) == 1


@pytest.mark.parametrize(
    ("paragraph", "word", "completing"),
    [
        ("If your waters break, do not wait for your midwife to call. "
         "Go straight to the maternity unit.", "midwife", "Go straight to the maternity unit."),
        ("If your symptoms get worse before your next appointment, do not wait to be seen. "
         "Call 111 or your GP.", "appointment", "Call 111 or your GP."),
    ],
)
def test_a_hard_words_meaning_never_stands_between_a_condition_and_the_sentence_it_goes_on_to(
    tmp_path, paragraph, word, completing
):
    """ "If you have thoughts of harming yourself, do not wait for your next appointment. Call
    999 or go to A&E.": "An appointment is a time to see a doctor." had been put between the
    two, so the call stood alone, read as one more thing said after the meaning, not as what to
    do under the condition. A meaning waits for the sentence that goes on with the instruction,
    and comes after it."""
    from leaflet_files import write_source

    rows = [row.plain for row in draft(load_leaflet(write_source(
        tmp_path, "7720-when-to-get-help", "Maternity Unit", f"## Getting help\n\n{paragraph}\n"
    ))).rows()]
    condition = next(i for i, row in enumerate(rows) if row.startswith("If "))
    # (the sentence it goes on to may be on the condition's own row, kept with it)
    done = next(at for at, row in enumerate(rows) if completing in row)
    between = rows[condition:done]
    assert not [row for row in between if row.lower().startswith((f"a {word} ", f"an {word} "))
                ], rows


def test_picture_choice_prefers_phrases_then_curated_then_openmoji_tags():
    telephone = picture_list().by_name["telephone"].hexcode
    assert choose_picture("Call 111 if you need help.").hexcode == telephone
    # no picture set has a person on all fours: the plain picture, not a person kneeling upright
    assert choose_picture("Kneel on all fours.").is_neutral
    umbrella = choose_picture("Bring an umbrella.")
    assert umbrella.hexcode == "2602" and "OpenMoji" in umbrella.matched_by
    # an animal, a food or a logo is never chosen for a word of a row: the curated list decides
    assert choose_picture("Look at the giraffe.").is_neutral
    assert choose_picture("Qwerty zxcv.").is_neutral
    # a face says a feeling: never chosen for one word of a row ("rolling on the floor laughing")
    assert choose_picture("Put a towel on the floor.").hexcode != "1F923"
    assert choose_picture("Wear loose, comfortable clothes.").shows == "a T-shirt"
    assert resolve_picture_name("grinning face", "here").hexcode == "1F600"
    assert resolve_picture_name("person kneeling", "here").hexcode == "1F9CE"
    assert resolve_picture_name("1f9ce", "here").hexcode == "1F9CE"
    with pytest.raises(LeafletError, match="somewhere: line 4: no picture called 'blorp'"):
        resolve_picture_name("blorp", "somewhere: line 4")


# A body part named in a measure or a turn of phrase is no body part: a shoulder beside "feet
# shoulder width apart" or an eye beside "keep an eye on the wound" shows another instruction.
@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        ("Put your feet shoulder width apart.", "an arm and shoulder"),
        ("Stand with your feet shoulder-width apart and your knees soft.", "an arm and shoulder"),
        ("Sit with your knees hip width apart.", "a joint of the body"),
        ("Hold the card at arm’s length and read the top line.", "an arm"),
        ("Raise your arms to shoulder height.", "an arm and shoulder"),
        ("Keep an eye on the wound for signs of infection.", "an eye"),
        ("Keep an eye on your blood sugar when you are unwell.", "an eye"),
        ("Keep your glucose meter on hand at all times.", "a hand"),
        ("Ask a friend to give you a hand with the shopping.", "a hand"),
        ("On the other hand, some people feel tired for a few days.", "a hand"),
        ("Rest and stay off your feet for the first 2 days.", "a foot"),
        ("Keep a close eye on your child’s temperature.", "an eye"),
        ("Most people are back on their feet within 2 weeks.", "the bones of the back"),
    ],
)
def test_a_body_part_in_a_measure_or_a_turn_of_phrase_is_never_pictured(row, wrong):
    picture = choose_picture(row)
    assert picture.shows != wrong, (row, picture)


def test_the_body_part_said_plainly_keeps_its_picture():
    assert choose_picture("Put your feet shoulder width apart.").shows == "a foot"
    assert choose_picture("Bend your elbow to bring your hand to your shoulder.").shows in {
        "a hand", "an arm and shoulder"}
    assert choose_picture("Put 2 drops in each eye.").shows == "an eye"
    assert choose_picture("Rub cream on your feet every day.").shows == "a foot"
    assert choose_picture("Keep your weight off your foot.").shows == "a foot"
    assert choose_picture("Keep the wound clean and dry.").shows == "a sticking plaster"


# A word naming what kind of thing the row's thing is ("emergency hydrocortisone", "emergency
# kit") is not what the row is about: an ambulance beside "keep it with you" calls for one.
@pytest.mark.parametrize(
    "row",
    [
        "Keep your emergency hydrocortisone with you.",
        "Always carry your emergency injection kit.",
        "Keep your emergency kit with you when you travel.",
        "Ask your GP for an emergency supply of your tablets.",
    ],
)
def test_a_word_naming_the_kind_of_a_thing_never_chooses_its_picture(row):
    assert choose_picture(row).shows != "an ambulance", (row, choose_picture(row))


def test_an_emergency_said_as_one_keeps_the_ambulance():
    assert choose_picture("What to do in an emergency").shows == "an ambulance"
    assert choose_picture("Emergency").shows == "an ambulance"
    assert choose_picture("Call 999 in an emergency.").shows == "a telephone handset"


# Rows of falls, crisis, asthma, hypo and stroke leaflets that had the plain picture, or a wrong
# one (a hand beside "Walk 10 steps forwards", a T-shirt beside slippers, a toilet beside a
# night light, a person standing up straight beside going back to work).
@pytest.mark.parametrize(
    ("row", "right"),
    [
        ("Walk 10 steps forwards.", "a person walking"),
        ("Go for a short walk every day.", "a person walking"),
        ("Use your walking frame every time you walk, even for short distances.",
         "a person walking with a walking frame"),
        ("Keep your walking stick within arm’s length when you sit down.", "a walking stick"),
        ("Wear slippers or shoes that fit well and have a good grip.", "a shoe"),
        ("Use a night light so you can see your way to the toilet at night.", "a light bulb"),
        ("Stay calm.", "a calm face"),
        ("Try to keep calm.", "a calm face"),
        ("Keep your safety plan somewhere you can find it easily.", "a clipboard with a chart"),
        ("Use this plan to know what to do when your asthma gets worse.",
         "a clipboard with a chart"),
        ("A mental health crisis is when you feel you cannot cope.",
         "a head with a heart for mental health"),
        ("Check your blood sugar if you can.", "a blood sugar meter"),
        ("Keep an eye on your blood sugar when you are ill.", "a blood sugar meter"),
        ("Carry your diabetes identification card.", "an identification card"),
        ("Carry your steroid emergency card at all times.", "an identification card"),
        ("Have your blood pressure checked regularly.", "a blood pressure monitor"),
        ("Put them in the recovery position and call 999.", "a telephone handset"),
        ("You may cough or wheeze.", "a person coughing"),
        ("Sudden loss of sight or blurred vision.", "an eye crossed out for loss of sight"),
        ("Smoking raises your risk of another stroke.", "a cigarette crossed out"),
        ("When your asthma is getting worse", "a person using an inhaler for asthma"),
        ("Speech: is their speech slurred?", "a head speaking"),
    ],
)
def test_rows_of_falls_crisis_and_hypo_leaflets_get_their_own_pictures(row, right):
    assert choose_picture(row).shows == right, (row, choose_picture(row))


@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        ("You can go back to work after 2 weeks if your job is not physical.",
         "a person standing up straight"),
        ("Most people go back to their normal routine within a week.",
         "a person standing up straight"),
        ("Call 999 if your reliever inhaler is not helping, you are too breathless to speak, or "
         "your lips are blue.", "an inhaler"),
        ("Call 999 if your painkillers do not work.", "a pill"),
        ("Use it every time you walk, even for short distances.", "a ruler"),
    ],
)
def test_a_picture_never_says_to_do_what_the_row_does_not(row, wrong):
    assert choose_picture(row).shows != wrong, (row, choose_picture(row))


@pytest.mark.parametrize(
    ("row", "right"),
    [
        ("Most people need 6 to 8 cups of fluid a day, including water, tea and milk.",
         "a tap and a glass of water"),
        ("Wash the area with warm water once or twice a day.", "a bar of soap"),
        ("Stop taking the antibiotic and call 999 if your lips, tongue or throat swell.",
         "a telephone handset"),
        ("Stop using the cream and ring NHS 111 if your skin blisters.", "a telephone handset"),
        ("Do not call 999 unless it is an emergency.", "a red stop sign"),
        ("Check your feet every day.", "a foot"),
        ("Wash your feet every day in warm water.", "a foot"),
    ],
)
def test_what_to_do_is_pictured_before_how_often_or_a_stop(row, right):
    """A carers' leaflet's "6 to 8 cups of fluid a day" and a post-natal leaflet's "Wash the
    area ... once or twice a day" had a calendar, the how-often pictured over the drink and the
    washing; an antibiotics leaflet's "Stop taking the antibiotic and call 999 if ..." had a
    stop sign, where the call is what the reader must do."""
    assert choose_picture(row).shows == right, (row, choose_picture(row))


def test_the_exercise_pictures_keep_their_sense():
    assert choose_picture("Walk your hands down your legs.").shows == "a hand"
    # a starting position may be lying or kneeling as well as standing: as for "Come back to the
    # start position.", the plain picture (it had "a person standing up straight")
    assert choose_picture("Go back to the starting position.").is_neutral
    assert choose_picture("Use your reliever inhaler if you are wheezy.").shows == "an inhaler"
    assert choose_picture("Do not walk in socks or tights.").shows == "a red stop sign"
    assert choose_picture("Stick to 14 units of alcohol a week.").shows != "a walking stick"
    assert choose_picture("Have a light meal.").shows != "a light bulb"
    assert choose_picture("Fit a smoke alarm in your hallway.").shows != "a cigarette crossed out"
    assert choose_picture("Stand a little way from the wall, about 12 cm.").shows in {
        "a ruler", "a brick wall", "a person standing"}


def test_settings_refuse_text_under_14_point():
    fmt = get_format("easy-read")
    assert settings_for(fmt, {"size": "20"}).size == 20
    with pytest.raises(LeafletError, match="--size"):
        settings_for(fmt, {"size": "12"})


# ---- the author's own Easy Read -------------------------------------------------------------

AUTHOR_FILE = """---
leaflet: 442
version: 3
---
<!-- a small author-written Easy Read -->
> [stop sign] Ask your **physio** first.

## Stretch 1
[person standing] Stand with your back on a wall.
[] Hold it for **20 to 30 seconds**.
[1F9CE] Kneel down on the floor.
"""


def test_an_author_file_is_used_as_it_stands(project: Path, capsys):
    (project / "source" / f"{SLUG}.easyread.md").write_text(AUTHOR_FILE, encoding="utf-8")
    outcome = build(["442"], ["easy-read"])
    assert not outcome.failed
    leaflet = load_leaflet(project / "source" / f"{SLUG}.md")
    folder = output_folder(leaflet)
    document = Document(str(folder / "442-v3-easy-read.docx"))
    rows = _row_texts(document)
    assert rows[:4] == [
        "Ask your physio first.",
        "Stand with your back on a wall.",
        "Hold it for 20 to 30 seconds.",
        "Kneel down on the floor.",
    ]
    assert not any("Flatten your lower back" in row for row in rows)
    names = [
        row.cells[0]._tc.find(DOCPR).get("name") for table in document.tables for row in table.rows
    ][:4]
    assert names == ["OpenMoji 1F6D1", "OpenMoji 1F9CD", "OpenMoji 23F1", "OpenMoji 1F9CE"]
    assert "author" in document.core_properties.comments
    entry = read_manifest(folder)["formats"]["easy-read"]
    # the author left out most of the leaflet: the checker says which facts went missing
    assert not entry["check"]["passed"]
    assert any("instruction 'tighten'" in p for p in entry["check"]["problems"])
    assert main(["check", "442", "--format", "easy-read"]) == 1
    assert "words from the author's file" in capsys.readouterr().out


def test_an_out_of_date_or_broken_author_file_is_named(project: Path, leaflet_442, capsys):
    path = project / "source" / f"{SLUG}.easyread.md"
    path.write_text(AUTHOR_FILE.replace("version: 3", "version: 2"), encoding="utf-8")
    leaflet = load_leaflet(project / "source" / f"{SLUG}.md")
    easy_read = read_author_file(path, leaflet)
    assert "written for version 2" in easy_read.notes[0]
    path.write_text(AUTHOR_FILE + "Just some words without a picture\n", encoding="utf-8")
    with pytest.raises(LeafletError, match=r"easyread.md: line 12: .* is not a row"):
        easy_read_for(leaflet)
    path.write_text(AUTHOR_FILE, encoding="utf-8")
    build(["442"], ["easy-read"])
    good = output_folder(leaflet) / "442-v3-easy-read.docx"
    before = good.read_bytes()
    path.write_text(AUTHOR_FILE.replace("[1F9CE]", "[blorp]"), encoding="utf-8")
    assert main(["build", "442", "--format", "easy-read"]) == 2
    assert "line 11: no picture called 'blorp'" in capsys.readouterr().out
    assert good.read_bytes() == before  # the good output stays as it was


def test_easyread_draft_writes_the_author_form_that_reads_back(project: Path, leaflet_442):
    target = project / "draft.easyread.md"
    assert main(["easyread-draft", "442", "--to", str(target)]) == 0
    assert main(["easyread-draft", "442", "--to", str(target)]) == 2  # never over a file
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\nleaflet: 442\nversion: 3\n---\n")
    assert "[neutral] Kneel on all fours." in text
    assert "<!-- check: no picture fits well enough" in text
    assert "> [speak to] Please speak to your **physiotherapist**" in text
    read_back = read_author_file(target, leaflet_442)
    drafted = draft(leaflet_442)
    assert [r.text for r in read_back.rows()] == [r.text for r in drafted.rows()]
    assert [r.picture.hexcode for r in read_back.rows()] == [
        r.picture.hexcode for r in drafted.rows()
    ]


# ---- the checker catches what is wrong -----------------------------------------------------


def test_checker_names_long_sentences_neutral_pictures_small_text_and_lost_facts(
    built, leaflet_442, tmp_path
):
    path, _, _ = built
    document = Document(str(path))
    rows = [row for table in document.tables for row in table.rows]
    long_row = rows[2].cells[1].paragraphs[0]
    long_row.runs[0].text = (
        "This sentence is far too long for Easy Read because it goes on and on and on "
        "without a stop "
    )
    neutral = f"OpenMoji {picture_list().neutral.hexcode}"
    for row in rows[3:20]:
        row.cells[0]._tc.find(DOCPR).set("name", neutral)
    rows[4].cells[0]._tc.find(DOCPR).set("descr", "")
    rows[5].cells[1].paragraphs[0].runs[0].font.size = Pt(12)
    for index, run in enumerate(rows[6].cells[1].paragraphs[0].runs):
        run.text = "You will be given a leaflet." if index == 0 else ""
    for row in rows:
        for paragraph in row.cells[1].paragraphs:
            for run in paragraph.runs:
                run.text = _said(run.text).replace("0116 250 2959", "the number").replace(
                    "tighten", "squeeze"
                )
    broken = tmp_path / "442-v3-easy-read.docx"
    document.save(broken)
    report = check_easy_read(leaflet_442, EasyReadSettings(), [broken])
    problems = "\n".join(report.problems)
    assert "sentence(s) over 15 words" in problems
    assert "have a matched picture" in problems
    assert "have no alt text" in problems
    assert "text under 14 pt: 12 pt" in problems
    assert "0116 250 2959" in problems
    assert "the instruction 'tighten'" in problems
    findings = " ".join(report.findings)
    assert "rows with the neutral picture" in findings
    assert "passive voice (say who does it): 'You will be given a leaflet.'" in findings


def test_the_leaflets_own_picture_is_used_beside_its_description(project: Path):
    source = project / "source" / f"{SLUG}.md"
    (project / "source" / "images").mkdir()
    photo = Image.new("RGB", (300, 200), "skyblue")
    photo.save(project / "source" / "images" / "wall-stretch.png")
    text = source.read_text(encoding="utf-8").replace(
        "## Exercise 2",
        "![A woman standing with her back flat against a wall](images/wall-stretch.png)\n\n"
        "## Exercise 2",
    )
    source.write_text(text, encoding="utf-8")
    assert not build(["442"], ["easy-read"]).failed
    leaflet = load_leaflet(source)
    document = Document(str(output_folder(leaflet) / "442-v3-easy-read.docx"))
    rows = [row for table in document.tables for row in table.rows]
    own = [row for row in rows if "wall-stretch" in row.cells[0]._tc.find(DOCPR).get("name")]
    assert len(own) == 1
    assert own[0].cells[1].text == "A woman standing with her back flat against a wall."
    assert own[0].cells[0]._tc.find(DOCPR).get("descr").startswith("A woman standing")
    drafted = project / "draft.md"
    assert main(["easyread-draft", "442", "--to", str(drafted)]) == 0
    line = "[images/wall-stretch.png] A woman standing with her back flat against a wall."
    assert line in drafted.read_text(encoding="utf-8")
    read_back = read_author_file(drafted, leaflet)
    assert any(row.picture.file.endswith("wall-stretch.png") for row in read_back.rows())


# ---- a second leaflet: a warning with a condition, a link, a Polish run, a translation -------

KNEE = """---
number: 517
version: 1
title: Knee exercises after arthroscopy
department: Orthopaedic Physiotherapy
audience: Information for Patients
last_reviewed: 2024-05
next_review: 2027-05
language: {language}
---

> [!WARNING]
> {warning}

## Before you start

- Have a chair with arms nearby.
- Put a towel on the floor.

1. Lie on your back with your legs straight.
2. Tighten the muscles at the front of your thigh and hold for 5 seconds.

Read more on [the NHS website](https://www.nhs.uk/conditions/knee-pain/).

The title in Polish is [Ćwiczenia kolana po artroskopii]{{lang=pl}}.

[Zapytaj fizjoterapeutę, jeśli masz pytania.]{{lang=pl}}
"""
KNEE_WARNING = (
    "If your knee becomes hot, red or very swollen, stop the exercises and call the ward on "
    "0116 258 4567."
)
KNEE_SLUG = "517-knee-exercises-after-arthroscopy"


@pytest.fixture(scope="module")
def knee(tmp_path_factory):
    """Leaflet 517 (the reviewer's), its Easy Read written once, and its check report."""
    folder = tmp_path_factory.mktemp("knee")
    source = folder / f"{KNEE_SLUG}.md"
    source.write_text(KNEE.format(language="en-GB", warning=KNEE_WARNING), encoding="utf-8")
    leaflet = load_leaflet(source)
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, folder)
    return leaflet, Document(str(files[0])), check_easy_read(leaflet, settings, files), files


def test_a_condition_is_never_cut_off_from_the_instructions_it_governs(knee):
    plain = plain_words()
    assert split_ideas(KNEE_WARNING, plain, 15) == [
        "If your knee becomes hot, red or very swollen:",
        "Stop the exercises.",
        "Call the ward on 0116 258 4567.",
    ]
    # a condition at the start governs both instructions too
    assert split_ideas("If your knee hurts, stop the exercises and call the ward.", plain, 15) == [
        "If your knee hurts:",
        "Stop the exercises.",
        "Call the ward.",
    ]
    # at the end, after two actions joined by "and", it may be the last one's alone ("Switch
    # off the compressor and rinse your mouth if you have used a steroid"): kept whole
    trailing = (
        "Stop the exercises and call the ward on 0116 258 4567 if your knee becomes hot, red or "
        "very swollen."
    )
    assert split_ideas(trailing, plain, 15) == [trailing]
    # too long with one instruction: the condition is put first, not cut off on its own
    assert split_ideas(
        "Call the ward on 0116 258 4567 if your knee becomes hot, red or very swollen.", plain, 10
    ) == ["If your knee becomes hot, red or very swollen:", "Call the ward on 0116 258 4567."]
    # after a statement, the condition is its last instruction's alone
    assert split_ideas(
        "Help is at www.nhs.uk or call 111 for advice if it is not an emergency.", plain, 15
    ) == ["Help is at www.nhs.uk.", "Or call 111 for advice if it is not an emergency."]
    # "unless" and "until" read badly first: the sentence stays whole
    unless = "Stop the exercises and rest your leg unless the pain goes within an hour."
    assert split_ideas(unless, plain, 15) == [unless]
    # in the built document the notice keeps its condition first, and a person is told to check
    leaflet, document, report, _ = knee
    rows = [_said(row.cells[1].text) for row in document.tables[0].rows[:4]]
    assert rows == [
        "This leaflet is about knee exercises after arthroscopy.",  # it says what it is about
        "If your knee becomes hot, red or very swollen:",
        "Stop the exercises.",
        "Call the ward on 0116 258 4567.",
    ]
    words_cells = document.tables[0].columns[1].cells[1:4]
    assert all(cell._tc.tcPr.find(qn("w:tcBorders")) is not None for cell in words_cells)
    assert any("check the condition applies" in finding for finding in report.findings)


def test_a_links_address_is_kept_as_a_fact(knee, tmp_path):
    leaflet, document, report, files = knee
    assert report.passed, report.problems
    row = next(t for t in _row_texts(document) if t.startswith("Read more"))
    assert row == "Read more on the NHS website (www.nhs.uk/conditions/knee-pain)."
    picture = next(
        r.cells[0]._tc.find(DOCPR).get("descr")
        for table in document.tables
        for r in table.rows
        if r.cells[1].text.startswith("Read more")
    )
    assert picture == "a laptop computer"
    # the checker misses the address if it is taken out
    edited = Document(str(files[0]))
    for table in edited.tables:
        for r in table.rows:
            for run in r.cells[1].paragraphs[0].runs:
                run.text = run.text.replace("www.nhs.uk/conditions/knee-pain", "the web")
    broken = tmp_path / files[0].name
    edited.save(broken)
    problems = " ".join(check_easy_read(leaflet, EasyReadSettings(), [broken]).problems)
    assert "www.nhs.uk/conditions/knee-pain" in problems


def test_the_author_form_keeps_lead_ins_addresses_and_language_runs(knee, tmp_path):
    leaflet, _, _, _ = knee
    drafted = draft(leaflet)
    form = tmp_path / "form.md"
    form.write_text(author_form(leaflet, drafted), encoding="utf-8")
    text = form.read_text(encoding="utf-8")
    assert "[Ćwiczenia kolana po artroskopii]{lang=pl}" in text
    assert "> [knee] If your knee becomes hot, red or very swollen:" in text
    read_back = read_author_file(form, leaflet)
    assert [r.text for r in read_back.rows()] == [r.text for r in drafted.rows()]


def test_the_author_form_names_a_stop_sign_by_what_it_shows_or_the_rows_own_words(tmp_path):
    """The author's file named the STOP sign "[do not push]" beside "You will not be able to
    drive home after your sedation.": the first word of the sign's curated entry, a phrase of
    one leaflet, stood for it wherever a ban said another way chose it. A picture is named by a
    curated word only where its row says it, else by what the picture is called ("stop sign"),
    and the form reads back with the same pictures."""
    from leaflet_files import write_source

    body = (
        "## Going home\n\nYou will not be able to drive home after your sedation.\n\n"
        "Do not lift anything heavy for 2 weeks.\n\nNever give your child aspirin.\n\n"
        "Ring the ward on 0161 555 0123 if you have a temperature.\n"
    )
    leaflet = load_leaflet(write_source(tmp_path, "9931-after-your-sedation", "Endoscopy", body))
    drafted = draft(leaflet)
    form = tmp_path / "form.md"
    form.write_text(author_form(leaflet, drafted), encoding="utf-8")
    text = form.read_text(encoding="utf-8")
    assert "push" not in text
    assert "[stop sign] You will not be able to drive home after your sedation." in text
    assert "[do not] Do not lift anything heavy for **2 weeks**." in text
    assert "[never] Never give your child aspirin." in text
    assert "[phone] Ring the ward on **0161 555 0123**" in text
    read_back = read_author_file(form, leaflet)
    assert [r.picture.hexcode for r in read_back.rows()] == [
        r.picture.hexcode for r in drafted.rows()
    ]


def test_an_inline_language_run_is_tagged_and_not_measured_as_english(knee):
    _, document, report, _ = knee
    (paragraph,) = [
        p
        for table in document.tables
        for r in table.rows
        for p in r.cells[1].paragraphs
        if "Polish" in p.text
    ]
    assert paragraph.text == "The title in Polish is Ćwiczenia kolana po artroskopii."
    tagged = {
        run.text: run._r.find(".//" + qn("w:lang")).get(qn("w:val"))
        for run in paragraph.runs
        if run._r.find(".//" + qn("w:lang")) is not None
    }
    assert tagged == {"Ćwiczenia kolana po artroskopii": "pl"}
    assert "kolana" not in " ".join(report.findings)  # not an "uncommon English word"
    globe = picture_list().by_name["language"].hexcode
    # a whole paragraph in another language is kept as written, tagged, beside a globe
    (row,) = [r for table in document.tables for r in table.rows if "Zapytaj" in r.cells[1].text]
    assert row.cells[1].text == "Zapytaj fizjoterapeutę, jeśli masz pytania."
    assert all(
        run._r.find(".//" + qn("w:lang")).get(qn("w:val")) == "pl"
        for run in row.cells[1].paragraphs[0].runs
    )
    assert row.cells[0]._tc.find(DOCPR).get("name") == f"OpenMoji {globe}"
    assert any("a paragraph in 'pl' is kept as written" in f for f in report.findings)
    row = next(r for table in document.tables for r in table.rows if "Polish" in r.cells[1].text)
    assert row.cells[0]._tc.find(DOCPR).get("name") == f"OpenMoji {globe}"


def test_a_translation_is_not_drafted_but_its_own_author_file_is_used(project: Path, capsys):
    source = project / "source"
    (source / f"{KNEE_SLUG}.md").write_text(
        KNEE.format(language="en-GB", warning=KNEE_WARNING), encoding="utf-8"
    )
    polish = source / f"{KNEE_SLUG}.pl.md"
    polish.write_text(
        KNEE.format(
            language="pl",
            warning="Przerwij ćwiczenia i zadzwoń na oddział pod numer 0116 258 4567.",
        ).replace("title: Knee exercises after arthroscopy", "title: Ćwiczenia kolana"),
        encoding="utf-8",
    )
    # not drafted, and no failure: the build says it is not made and how it can be
    assert main(["build", f"{KNEE_SLUG}.pl", "--format", "easy-read"]) == 0
    out = capsys.readouterr().out
    assert "written by hand from the English leaflet, never drafted from the Polish" in out
    assert f"{KNEE_SLUG}.pl.easyread.md" in out
    # the English author file belongs to the English leaflet, never to the translation
    (source / f"{KNEE_SLUG}.easyread.md").write_text(
        "---\nleaflet: 517\nversion: 1\n---\n[stop sign] Stop.\n", encoding="utf-8"
    )
    leaflet = load_leaflet(polish)
    with pytest.raises(LeafletError, match="only from an English leaflet"):
        easy_read_for(leaflet)
    (source / f"{KNEE_SLUG}.pl.easyread.md").write_text(
        "---\nleaflet: 517\nversion: 1\n---\n> [stop sign] Przerwij ćwiczenia.\n"
        "[telephone] Zadzwoń na oddział: **0116 258 4567**.\n"
        "[knee] Napnij mięśnie uda na 5 sekund.\n"
        "[website] Więcej na www.nhs.uk/conditions/knee-pain.\n",
        encoding="utf-8",
    )
    assert [row.plain for row in easy_read_for(leaflet).rows()] == [
        "Przerwij ćwiczenia.",
        "Zadzwoń na oddział: 0116 258 4567.",
        "Napnij mięśnie uda na 5 sekund.",
        "Więcej na www.nhs.uk/conditions/knee-pain.",
    ]
    assert not build([f"{KNEE_SLUG}.pl"], ["easy-read"]).failed
    fmt = get_format("easy-read")
    assert format_state(leaflet, fmt).state == "up to date"  # its check passed: every fact kept
    author = source / f"{KNEE_SLUG}.pl.easyread.md"
    author.write_text(author.read_text(encoding="utf-8") + "[] Dziękujemy.\n", encoding="utf-8")
    assert format_state(leaflet, fmt).state == "stale"  # the translation's own file is watched
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, project / "outputs")
    findings = " ".join(check_easy_read(leaflet, settings, files).findings)
    assert "readability, instructions and hard words not measured" in findings
    assert "Flesch" not in findings
    # the pipeline's own English lines are tagged English, so they are not read as Polish
    document = Document(str(files[0]))
    marked = {
        _said(p.text): p.runs[0]._r.find(".//" + qn("w:lang"))
        for p in [
            *document.paragraphs,
            *(c.paragraphs[0] for t in document.tables for c in t.columns[1].cells),
        ]
        if p.runs
    }
    assert marked["Przerwij ćwiczenia."] is None  # the document's own language, pl
    for english in (
        "This is an Easy Read version of leaflet 517.",
        "Contact us",
        "Please phone 0116 250 2959.",
    ):
        assert marked[english].get(qn("w:val")) == "en-GB", english


def test_sentence_limit_fonts_and_explanations_are_what_the_draft_can_meet(
    project: Path, leaflet_442
):
    fmt = get_format("easy-read")
    with pytest.raises(LeafletError, match="9 will not do; give a whole number from 10 to 25"):
        settings_for(fmt, {"max_words": "9"})
    # the rows made from config are in every Easy Read: they meet the shortest limit
    from pipeline.formats.easy_read.drafter import closing_rows

    for row in closing_rows(leaflet_442, 10):
        assert word_count(row.text) <= 10, row.text
    for meaning in plain_words().explanations.values():
        assert word_count(meaning) <= 10, meaning
    path = project / "config" / "plain_words.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "  groin: Your groin is where your legs meet your body.",
            "  groin: Your groin is the place where the top of your legs meets your body.",
        ),
        encoding="utf-8",
    )
    with pytest.raises(LeafletError, match="plain_words.yaml.*explain.*'groin' has 14 words"):
        plain_words()
    # the font: a sans-serif face fontconfig knows (Arial stands for Liberation Sans here)
    assert settings_for(fmt, {"font": "Arial"}).font == "Arial"
    assert settings_for(fmt, {"font": "Liberation Sans"}).font == "Liberation Sans"
    for font, message in (
        ("nosuch", "not installed"),
        ("Liberation Serif", "serif face"),
        ("Noto Serif", "serif face"),
        ("Liberation Mono", "monospaced"),
        ('"></style><script>', "not a font name"),
    ):
        with pytest.raises(LeafletError, match=f"--font: .*{message}"):
            settings_for(fmt, {"font": font})


def test_a_score_beside_its_bound_is_not_rounded_across_it():
    from pipeline.formats.easy_read import score_beside_bound

    assert score_beside_bound(79.6, 80) == "79.6"
    assert score_beside_bound(79.96, 80) == "79.96"
    assert score_beside_bound(79.4, 80) == "79"
    assert score_beside_bound(80.4, 80) == "80"
    assert score_beside_bound(88.7, 80) == "89"


# ---- sentences in other languages inside an English paragraph ---------------------------------

TB = """---
number: 44
version: 1
title: Taking your TB tablets
department: TB Nursing Service
audience: Information for patients and families
last_reviewed: 2025-02
next_review: 2028-02
language: en-GB
---

## Why you must take every dose

You must take your TB tablets every day for 6 months, even when you feel better. \
[Musisz przyjmować tabletki codziennie przez 6 miesięcy, nawet gdy czujesz się lepiej.]{lang=pl} \
[آپ کو 6 ماہ تک ہر روز اپنی گولیاں لینی ہیں، چاہے آپ بہتر محسوس کریں۔]{lang=ur} \
If you stop early, the TB can come back and be harder to treat.

## When to get help

Phone the TB nurses straight away if your eyes turn yellow. \
[اگر آپ کی آنکھیں پیلی ہو جائیں تو ٹی بی نرسوں کو 020 8869 2451 پر فون کریں۔]{lang=ur}

The sign on the door says [دروازہ بند رکھیں۔]{lang=ur}

The Polish leaflet says [Weź 2 tabletki]{lang=pl} on its cover.

[Jeśli potrzebujesz tłumacza, powiedz nam.]{lang=pl} Polish interpreter available.
"""
TB_SLUG = "44-taking-your-tb-tablets"
PL_6 = "Musisz przyjmować tabletki codziennie przez 6 miesięcy, nawet gdy czujesz się lepiej."
UR_6 = "آپ کو 6 ماہ تک ہر روز اپنی گولیاں لینی ہیں، چاہے آپ بہتر محسوس کریں۔"
UR_PHONE = "اگر آپ کی آنکھیں پیلی ہو جائیں تو ٹی بی نرسوں کو 020 8869 2451 پر فون کریں۔"


@pytest.fixture(scope="module")
def tb(tmp_path_factory):
    """An English leaflet whose paragraphs hold whole sentences in Polish and Urdu, its Easy
    Read written once, and its check report."""
    folder = tmp_path_factory.mktemp("tb")
    source = folder / f"{TB_SLUG}.md"
    source.write_text(TB, encoding="utf-8")
    leaflet = load_leaflet(source)
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, folder)
    return leaflet, Document(str(files[0])), check_easy_read(leaflet, settings, files)


def _words_paragraphs(document) -> list:
    return [row.cells[1].paragraphs[0] for table in document.tables for row in table.rows]


def _language_of(run) -> str | None:
    lang = run._r.find(".//" + qn("w:lang"))
    return lang.get(qn("w:val")) if lang is not None else None


def test_each_sentence_in_another_language_is_a_row_of_its_own(tb):
    """A Polish and an Urdu sentence between two English ones were one row with the English
    sentence after them, which was not drafted as English."""
    _, document, _ = tb
    texts = _row_texts(document)
    start = texts.index(
        "You must take your TB tablets every day for 6 months, even when you feel better."
    )
    assert texts[start + 1 : start + 4] == [
        PL_6,
        UR_6,
        "If you stop early, the TB can come back and be harder to treat.",
    ]
    assert "Jeśli potrzebujesz tłumacza, powiedz nam." in texts
    assert "Polish interpreter available." in texts
    paragraphs = {_said(p.text): p for p in _words_paragraphs(document)}
    for text, lang in ((PL_6, "pl"), (UR_6, "ur"), (UR_PHONE, "ur")):
        paragraph = paragraphs[text]
        assert {_language_of(run) for run in paragraph.runs} == {lang}, text
        right_to_left = lang == "ur"
        assert all((r._r.find(".//" + qn("w:rtl")) is not None) == right_to_left
                   for r in paragraph.runs)  # fmt: skip
        bidi = paragraph._p.pPr is not None and paragraph._p.pPr.find(qn("w:bidi")) is not None
        assert bidi == right_to_left, text
    english = paragraphs["If you stop early, the TB can come back and be harder to treat."]
    assert all(_language_of(run) is None for run in english.runs)


def test_numbers_in_another_language_are_bold_runs_never_asterisks(tb):
    _, document, _ = tb
    paragraphs = _words_paragraphs(document)
    assert not [p.text for p in paragraphs if "*" in p.text]
    by_text = {_said(p.text): p for p in paragraphs}
    for text, number, lang in ((PL_6, "6", "pl"), (UR_6, "6", "ur"), (UR_PHONE, "020", "ur")):
        bold = [run for run in by_text[text].runs if run.bold]
        assert bold and bold[0].text.startswith(number), text
        assert all(_language_of(run) == lang for run in bold), text
    # a run in another language inside an English sentence: its number bold, still tagged
    cover = by_text["The Polish leaflet says Weź 2 tabletki on its cover."]
    assert [(r.text, _language_of(r)) for r in cover.runs if r.bold] == [("2", "pl")]
    assert "".join(r.text for r in cover.runs if _language_of(r) == "pl") == "Weź 2 tabletki"


def test_no_full_stop_is_added_after_another_scripts_sentence_end(tb):
    _, document, _ = tb
    texts = _row_texts(document)
    assert UR_PHONE in texts
    assert "The sign on the door says دروازہ بند رکھیں۔" in texts
    assert not [t for t in texts if re.search(r"[\u06d4\u061f\u0964]\s*\.", t)]
    plain = plain_words()
    for sentence in ("Ask for [مدد؟]{lang=ur}", "Say [बंद करें।]{lang=hi}"):
        assert split_ideas(sentence, plain, 15) == [sentence], sentence


def test_the_meaning_check_holds_english_rows_to_english_sentences_only(tb):
    from pipeline.formats.easy_read.meaning import leaflet_sentences

    leaflet, _, report = tb
    said = [s.text for s in leaflet_sentences(leaflet)]
    assert "If you stop early, the TB can come back and be harder to treat." in said
    assert "Polish interpreter available." in said
    # the sentences in Polish and Urdu are not English sentences a row may be held to ...
    for other in (PL_6, UR_6, UR_PHONE, "Jeśli potrzebujesz tłumacza, powiedz nam."):
        assert not [s for s in said if other in s], other
    # ... but words in another language inside an English sentence are part of it
    assert "The sign on the door says دروازہ بند رکھیں۔" in said
    assert not [p for p in report.problems if "change the meaning" in p], report.problems
    assert not [f for f in report.findings if "'.'" in f], report.findings
    assert any("a sentence in 'ur' is kept as written" in f for f in report.findings)


def test_a_condition_the_parser_ends_at_and_is_not_cut_there():
    """ "If you have repeated step 2 three times and your blood sugar is still below 4mmol/L,
    call 999." had become "If you have repeated step 2 three times and:" over "Your blood sugar
    is still below 4mmol/L, call 999.": the second half of the condition read as the reader's
    state, and the lead-in broken."""
    from pipeline.formats.easy_read.drafter import plain_words, simplify, split_ideas

    plain = plain_words()
    sentence = (
        "If you have repeated step 2 three times and your blood sugar is still below 4mmol/L, "
        "call 999."
    )
    rows = split_ideas(simplify(sentence, plain), plain, 15)
    assert not any(row.rstrip(":").endswith(" and") for row in rows), rows
    assert any("repeated step 2 three times and your blood sugar" in row for row in rows), rows


def test_a_number_the_easy_read_writes_in_figures_is_not_listed_as_lost(tmp_path):
    """ "Take eight 5 mg tablets" is "Take 8 tablets" in Easy Read: "eight" had been listed
    among the words of the leaflet the Easy Read lost, sending the author to look for it."""
    from pipeline.formats import CheckReport
    from pipeline.formats.easy_read import _note_words_to_look_at, _ReadBack

    read = _ReadBack(
        document=None,
        rows=[([], "Take 8 prednisolone tablets each morning.")],
        everything="Take 8 prednisolone tablets each morning.",
        source_text="Take eight 5 mg prednisolone tablets each morning with breakfast.",
        english=True,
    )
    report = CheckReport("easy-read")
    _note_words_to_look_at(read, report)
    lost = next(f for f in report.findings if f.startswith("words of the leaflet not in"))
    assert "eight" not in lost and "breakfast" in lost, lost


SIDE_EFFECTS_TABLE = (
    "## Common side effects and what to do\n\n"
    "Use this table to check what to do. If you are not sure, always call the hotline.\n\n"
    "| Side effect | What to do | When to call the 24-hour hotline |\n"
    "|---|---|---|\n"
    "| Feeling sick (nausea) or being sick | Take your anti-sickness tablets as prescribed, even "
    "if you do not feel sick. Eat small meals often. | If you are sick more than 3 times in 24 "
    "hours, or cannot keep fluids down for 12 hours |\n"
    "| Diarrhoea | Drink at least 2 litres (3½ pints) of fluid a day. Do not take loperamide "
    "unless your team has told you to. | If you have 4 or more loose stools in 24 hours, or any "
    "diarrhoea at night |\n"
    "| Tiredness (fatigue) | Rest when you need to, but try to take a short walk each day. | If "
    "you are too breathless or dizzy to get out of bed |\n"
    "| Hair thinning | Use a mild shampoo. | If it makes you feel low |\n"
)


def test_a_table_cells_label_and_its_value_are_kept_on_one_page(tmp_path):
    """A side-effects table row is six rows, more than a page holds: every row kept with the next,
    the page broke where it had to, between "When to call the 24-hour hotline:" and its
    condition ("If you are sick more than 3 times in 24 hours, ..." alone on the next page, with
    no side effect). Where a table row does not fit on a page, it may break only before a
    cell's label, its first cell kept with the next one and each label with its value."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "7104-chemotherapy-side-effects", "Oncology",
                          SIDE_EFFECTS_TABLE)
    (path,) = write_easy_read(load_leaflet(source), EasyReadSettings(), tmp_path)
    table_rows = [r for table in Document(str(path)).tables for r in table.rows]

    def kept(r) -> bool:
        return all(p.paragraph_format.keep_with_next for c in r.cells for p in c.paragraphs)

    texts = [r.cells[1].text for r in table_rows]
    per_page = 5  # rows of 4 cm pictures a page holds (measured on LibreOffice's pages)
    chain = 0
    for r, text in zip(table_rows, texts, strict=True):
        if text.endswith(":"):
            assert kept(r), text  # a label with its value
        chain += 1
        # rows kept together are no more than a page holds, so no page breaks inside them
        assert chain <= per_page, (text, texts)
        chain = chain if kept(r) else 0
    when = texts.index("When to call the 24-hour hotline:")
    assert texts[when + 1].startswith("If you are sick more than 3 times")
    # the break falls before the label, and the row's name said again with it
    assert texts[when - 1].startswith("Side effect: ") and kept(table_rows[when - 1])
    assert not kept(table_rows[when - 2]), texts[when - 2]
    first = texts.index("Side effect: Feeling sick (nausea) or being sick.")
    assert kept(table_rows[first]) and texts[first + 1] == "What to do:"
    # a table row that fits on a page is still kept together
    tired = texts.index("Side effect: Tiredness (fatigue).")
    assert all(kept(r) for r in table_rows[tired : tired + 4]), texts[tired:]
    hair = texts.index("Side effect: Hair thinning.")
    assert all(kept(r) for r in table_rows[hair : hair + 2]), texts[hair:]
    assert texts[hair + 2] == "When to call the 24-hour hotline: If it makes you feel low."


STEPS_WITH_CONDITIONS = """## If your child has a high temperature

1. Take their temperature with a digital thermometer under the arm.
2. Give them plenty of water or milk to drink, in small sips.
3. Check their temperature again after 1 hour.
4. If it is still 38°C or above, give them a dose of paracetamol and check again in 1 hour.
5. When it is below 38°C, let them rest in a cool room and keep giving them small drinks.
6. If it goes above 40°C, call 111 straight away and tell them how old your child is.

Do not give paracetamol and ibuprofen at the same time unless a doctor tells you to.
"""


def test_steps_with_their_own_conditions_are_not_one_chain_over_a_page(tmp_path):
    """A hypo leaflet's "3. Check your blood sugar again after 15 minutes." stood alone on a
    page: "4. If it is still below 4 mmol/L:" kept with its row, that row with "5. When it is
    above 4 mmol/L:", and so on to the section's end, a chain as long as a page that could only
    start on the next. Each lead-in keeps with what it governs, and no further."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "7108-fever-in-children", "Children", STEPS_WITH_CONDITIONS)
    (path,) = write_easy_read(load_leaflet(source), EasyReadSettings(), tmp_path)
    table_rows = [r for table in Document(str(path)).tables for r in table.rows]

    def kept(r) -> bool:
        return all(p.paragraph_format.keep_with_next for c in r.cells for p in c.paragraphs)

    texts = [r.cells[1].text for r in table_rows]
    leads = [i for i, text in enumerate(texts) if re.match(r"\d\. (?:If|When) .*:$", text)]
    assert len(leads) == 3, texts
    for lead, following in zip(leads, leads[1:], strict=False):
        assert all(kept(r) for r in table_rows[lead : following - 1]), texts[lead:following]
        assert not kept(table_rows[following - 1]), texts[following - 1]  # not the next step
    # rows kept together are no more than a page holds (5 rows of 4 cm pictures)
    chain = 0
    for r, text in zip(table_rows, texts, strict=True):
        chain = chain + 1 if kept(r) else 0
        assert chain < 5, (text, texts)


def test_phone_numbers_and_addresses_never_break_across_lines(tmp_path):
    """ "Day Unit (Monday to Friday, 8am to 6pm): 0191" / "445 8812." and
    "InformationForPatients@uhl-" / "tr.nhs.uk." were broken over two lines: the document had
    plain spaces and a plain hyphen where Word and LibreOffice may wrap. A phone number's parts
    are joined by no-break spaces and an address's hyphens are no-break hyphens in the
    document; the words the check reads are unchanged."""
    from leaflet_files import write_source

    source = write_source(
        tmp_path, "7105-day-unit", "Oncology",
        "## Get in touch with us\n\nDay Unit (Monday to Friday, 8am to 6pm): 0191 445 8812.\n\n"
        "Email the team at day-unit@uhl-tr.nhs.uk or read www.leicestershospitals.nhs.uk/day-unit "
        "before you come.\n",
    )
    leaflet = load_leaflet(source)
    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert "0191\u00a0445\u00a08812" in xml
    assert "0191 445" not in xml and "445 8812" not in xml
    for address in ("uhl-tr.nhs.uk", "day-unit@", "/day-unit", "InformationForPatients@uhl-"):
        assert address not in xml, address  # each hyphen in them a <w:noBreakHyphen/>
    assert "<w:noBreakHyphen/>" in xml
    # the rows read back as written, and the check finds every fact
    rows = [r.cells[1].text.replace("\u00a0", " ")
            for table in Document(str(path)).tables for r in table.rows]
    assert any("0191 445 8812" in row for row in rows), rows
    assert any("day-unit@uhl-tr.nhs.uk" in row for row in rows), rows
    report = check_easy_read(leaflet, EasyReadSettings(), [path])
    assert not any("missing" in problem for problem in report.problems), report.problems


def test_a_table_row_over_two_pages_names_its_first_cell_again_where_it_may_break(tmp_path):
    """A side-effects row too long for a page went on over the page as "When to call the
    24-hour hotline:" and its condition, with nothing to say which side effect they were about.
    Where such a row may break (before a cell's label), its first cell is said again, kept with
    the label, so the continued page names the side effect; rows that fit on a page are not
    changed."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "7106-chemotherapy-side-effects", "Oncology",
                          SIDE_EFFECTS_TABLE)
    leaflet = load_leaflet(source)
    (path,) = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    table_rows = [r for table in Document(str(path)).tables for r in table.rows]
    texts = [r.cells[1].text for r in table_rows]

    def kept(r) -> bool:
        return all(p.paragraph_format.keep_with_next for c in r.cells for p in c.paragraphs)

    name = "Side effect: Feeling sick (nausea) or being sick."
    when = texts.index("When to call the 24-hour hotline:")
    assert texts[when - 1] == name, texts[when - 3 : when + 1]
    assert kept(table_rows[when - 1])  # the name is kept with the label it names
    assert not kept(table_rows[when - 2])  # the page may break before the name, not after it
    assert texts.count(name) == 2, texts
    # a row that fits on a page names its side effect once
    assert texts.count("Side effect: Tiredness (fatigue).") == 1, texts
    report = check_easy_read(leaflet, EasyReadSettings(), [path])
    assert not any("hotline" in problem for problem in report.problems), report.problems


def test_another_trusts_leaflet_is_theirs_on_the_cover_with_its_issue_date(leaflet_442, tmp_path):
    """The cover said "It comes from ... at University Hospitals of Leicester NHS Trust" of a
    leaflet another trust wrote (front matter `organisation:`), and gave a leaflet dated only
    "Issued: March 2024" no date at all."""
    import dataclasses

    from pipeline.model import YearMonth

    author = "Hull University Teaching Hospitals NHS Trust"
    meta = dataclasses.replace(
        leaflet_442.meta, organisation=author, last_reviewed=None, issued=YearMonth(2024, 3)
    )
    leaflet = dataclasses.replace(leaflet_442, meta=meta)
    files = write_easy_read(leaflet, EasyReadSettings(), tmp_path)
    document = Document(str(files[0]))
    cover = _all_text(document)
    assert f"It comes from the Women's Health Physiotherapy team at {author}." in cover
    assert "It is version 3 from March 2024." in cover
    assert document.core_properties.author == author
    assert leaflet_442.trust.phone.replace(" ", "") in cover.replace(" ", "")  # its offer stays


# A heart failure, a tonsillectomy and a kidney leaflet: an example, a time or a reporting verb
# had chosen the picture over what the row tells the reader to do.
@pytest.mark.parametrize(
    ("row", "right"),
    [
        ("Most people are advised to drink no more than 1.5 litres of fluid a day, including "
         "soup, jelly and ice cream.", "a tap and a glass of water"),
        ("Give your child paracetamol and ibuprofen regularly for the first week.", "a pill"),
        ("You may be asked to limit how much you drink each day.", "a tap and a glass of water"),
        ("You will be told to stop eating 6 hours before your operation.",
         "a plate, knife and fork for food"),
        ("Take antibiotics for 5 days, for example amoxicillin.", "a pill"),
        # the examples are the row's only picture: they keep it
        ("For example, toast, cereal and pasta.", "a plate, knife and fork for food"),
        # asking is what the reader is told to do: the person speaking stays
        ("Ask your pharmacist to check your tablets.", "a person speaking"),
    ],
)
def test_an_example_a_time_or_a_reporting_verb_never_hides_the_rows_action(row, right):
    assert choose_picture(row).shows == right, (row, choose_picture(row))


def _blocks(path: Path) -> list:
    """The document's paragraphs and tables in order, each as (its words, its element)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(str(path))
    found = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            found.append((Paragraph(block, document).text, block))
        elif block.tag == qn("w:tbl"):
            found.append((Table(block, document).rows[0].cells[1].text, block))
    return found


def _break_before_heading(path: Path, heading: str) -> bool:
    """Whether the paragraph before `heading` in the document is a page break."""
    blocks = _blocks(path)
    (at,) = [i for i, (text, block) in enumerate(blocks)
             if block.tag == qn("w:p") and text == heading]
    before = blocks[at - 1][1]
    return before.tag == qn("w:p") and any(
        br.get(qn("w:type")) == "page" for br in before.iter(qn("w:br")))


def test_a_short_hard_words_section_follows_on_and_a_long_one_starts_a_page(tmp_path):
    """The Hard words section always started on a page of its own, so a leaflet could end on a
    page holding one explanation ("Muscles make the parts of your body move."). A section that
    fits on a page follows the rows before it, kept whole with its heading (so it moves to the
    next page whole when the page has no room); one longer than a page still starts a page."""
    from leaflet_files import write_source

    short = write_source(tmp_path, "7120-after-your-fall", "Falls",
                         "## Getting stronger\n\nDo these exercises to make your muscles "
                         "stronger.\n\nWalk a little further each day.\n")
    (path,) = write_easy_read(load_leaflet(short), EasyReadSettings(), tmp_path)
    assert not _break_before_heading(path, "Hard words")
    document = Document(str(path))
    (heading,) = [p for p in document.paragraphs if p.text == "Hard words"]
    assert heading.style.paragraph_format.keep_with_next  # with its first row
    texts = [text for text, _ in _blocks(path)]
    assert texts[texts.index("Hard words") + 1] == "Muscles make the parts of your body move."
    # the last page still starts a page of its own
    assert _break_before_heading(path, "Other languages")

    long = write_source(tmp_path, "7121-your-back-exercises", "Physiotherapy",
                        "## Your exercises\n\nYour physiotherapist will check your posture and "
                        "your symptoms.\n\nKeep your pelvis level and relax your shoulder "
                        "blades.\n\nUse your muscles with good technique.\n")
    (path,) = write_easy_read(load_leaflet(long), EasyReadSettings(), tmp_path)
    assert _break_before_heading(path, "Hard words")


_FALLS_AT_HOME = """\
## Why falls happen

As we get older our muscles get weaker and our balance gets worse. Some medicines can make
you dizzy.

## Make your home safe

Keep the floor clear of clutter, wires and loose rugs.

Put a lamp by your bed and use a night light.

Wipe up spills straight away.

Use a non-slip mat in the bath or shower.

Fit grab rails by the toilet and in the bathroom.

Keep things you use often within easy reach, so you do not need to climb or stretch.

Do not stand on a chair to reach high cupboards.

## Look after yourself

Wear shoes or slippers that fit well and have a good grip.

Get your eyes tested every year.

Drink plenty of water during the day.

Stand up slowly after sitting or lying down.

Ask your pharmacist to check your medicines.

Do gentle exercises to keep your legs strong and improve your balance.

Use your walking stick or frame when you walk.

## If you fall

Stay calm and check if you are hurt.

If you are not hurt, roll onto your hands and knees and crawl to a sturdy chair.

Do not try to get up if you are hurt. Call for help and keep warm with a blanket.

Wear a pendant alarm so you can call for help.

Tell your GP if you have had a fall.
"""

_CRISIS_PLAN = """\
## What is a crisis plan

A crisis plan helps you stay safe when you feel very unwell. You write it with your care
coordinator.

## Warning signs

Write down the signs that you are becoming unwell, such as not sleeping or not eating.

You may feel very anxious, angry or low.

You may hear voices or have thoughts of hurting yourself.

## Things that help me

Talk to someone you trust, such as a friend or family member.

Go for a walk or listen to music.

Try breathing slowly to help you feel calm.

Keep to a routine and try to sleep at regular times.

Take your medicine as your doctor told you.

Do not drink alcohol or take street drugs, as they can make you feel worse.

## Who to contact

In the day, phone your care coordinator on 0116 295 0000.

At night and at weekends, call the crisis team on 0116 295 3000.

You can text SHOUT to 85258 at any time.

Call Samaritans free on 116 123.

If you have hurt yourself or you are in danger, call 999 or go to A&E.

## Keeping safe

Ask someone to stay with you.

Give your medicines to someone you trust to keep safe.

Keep a copy of this plan with you.
"""


@pytest.mark.parametrize(
    ("name", "department", "body", "shown"),
    [
        ("9961-preventing-falls-at-home", "Falls Prevention Service", _FALLS_AT_HOME, {
            "Wipe up spills straight away.": "a sponge",
            "Use a non-slip mat in the bath or shower.": "a bath",
            "Keep warm with a blanket.": "a warm scarf",
            "Wear a pendant alarm so you can call for help.": "a bell",
            "Do not stand on a chair to reach high cupboards.": "a red stop sign",
            "Do not try to get up if you are hurt.": "a red stop sign",
        }),
        ("9962-your-crisis-plan", "Community Mental Health Team", _CRISIS_PLAN, {
            "Write down the signs that you are becoming unwell.": "a page and a pencil",
            "You may hear voices.": "an ear",
            "Or you may have thoughts of hurting yourself.": "a thought bubble",
            "You may feel very anxious, angry or low.": "a head with a heart for mental health",
            "You can text SHOUT to 85258 at any time.": "a mobile phone",
            "Do not drink alcohol or take street drugs, as they can make you feel worse.":
                "a red stop sign",
        }),
    ],
)
def test_a_falls_leaflet_and_a_crisis_plan_have_pictures_for_their_rows(
    tmp_path, name, department, body, shown
):
    """A falls-prevention leaflet and a mental-health crisis plan had pictures matched to under
    75% of their rows ("Wipe up spills", "Use a non-slip mat in the bath", "You may hear
    voices" had the plain picture, "Wear a pendant alarm" a thumbs up for its "help"). Their
    things have pictures now; a "do not" keeps its STOP sign, and a row of exercise that says
    "write" ("Write the letters of the alphabet in the air with your big toe") no pencil."""
    from leaflet_files import write_source

    rows = draft(load_leaflet(write_source(tmp_path, name, department, body))).rows()
    pictured = [row for row in rows if not row.picture.is_neutral]
    assert len(pictured) / len(rows) >= 0.85, [r.plain for r in rows if r.picture.is_neutral]
    said = {row.plain: row.picture.shows for row in rows}
    for row, shows in shown.items():
        assert said[row] == shows, (row, said.get(row))
    assert choose_picture(
        "Write the letters of the alphabet in the air with your big toe.").is_neutral


@pytest.mark.parametrize(
    ("row", "shows"),
    [
        # a crisis plan's lead-ins of danger and harm: a warning, never the lines for pain
        ("If you have hurt yourself or you are in danger:", "a warning triangle"),
        ("If you are at risk of harming yourself:", "a warning triangle"),
        ("If you feel unsafe:", "a warning triangle"),
        ("If you feel like ending your life:", "a warning triangle"),
        ("If your knee hurts:", "a leg"),
        # what is done at regular times is pictured, never a calendar for the times
        ("Take your painkillers at regular times.", "a pill"),
        ("Eat at regular times and do not skip meals.", "a plate, knife and fork for food"),
        ("Keep to a routine.", "a calendar"),
    ],
)
def test_a_danger_lead_in_is_a_warning_and_a_routines_picture_is_only_a_routines(row, shows):
    """A crisis plan's "If you have hurt yourself or you are in danger:" had the lines that
    show pain, as if it were about a sore knee; "Take your painkillers at regular times" and
    "Try to sleep at regular times" had a routine's calendar, "Keep warm packs away from your
    wound" a warm scarf for keeping warm."""
    assert choose_picture(row).shows == shows
    assert choose_picture("Keep warm packs away from your wound.").shows != "a warm scarf"


@pytest.mark.parametrize(
    ("row", "shows"),
    [
        # a lead-in of a condition that needs urgent action: the warning, over "thoughts"
        ("If you have thoughts of suicide:", "a warning triangle"),
        ("If you are having thoughts of harming yourself:", "a warning triangle"),
        ("If you feel you might act on these thoughts:", "a warning triangle"),
        ("If you do not feel safe:", "a warning triangle"),
        ("If you cannot keep yourself safe:", "a warning triangle"),
        # what a lead-in says is not there is no danger; thoughts that worry are thoughts
        ("If you are not in danger:", "the letter i for information"),
        ("If you have thoughts that worry you:", "a thought bubble"),
        # a sentence that says what to do keeps the picture of what to do
        ("If you do not feel safe at home, tell your nurse.", "a person speaking"),
        ("Talk to someone you trust about your thoughts.", "a person speaking"),
    ],
)
def test_a_lead_in_of_a_condition_that_needs_urgent_action_is_a_warning(row, shows):
    """A crisis plan's "If you have thoughts of suicide:" and "If you feel you might act on
    these thoughts:" had a thought bubble beside them, "If you do not feel safe:" the plain
    picture: a lead-in of a condition that asks for urgent action shows the warning sign."""
    assert choose_picture(row).shows == shows


def test_a_feeling_said_in_passing_is_not_a_leaflets_topic(tmp_path):
    """A colonoscopy leaflet's "Many people feel anxious before a colonoscopy" had the mental
    health head beside it: a feeling said in passing is not the leaflet's topic. The head is
    for such a row in a mental health leaflet, and for a condition to act on in any leaflet."""
    from leaflet_files import write_source

    body = ("## Before your test\n\nMany people feel anxious before a colonoscopy.\n\n"
            "If you feel anxious or low for weeks after your test, speak to your GP or call "
            "NHS 111.\n")
    head = "a head with a heart for mental health"
    for name, department, passing in (
        ("9971-having-a-colonoscopy", "Endoscopy Unit", False),
        ("9972-your-crisis-plan", "Community Mental Health Team", True),
        ("9973-feeling-anxious-before-a-test", "Psychology Service", True),
    ):
        folder = tmp_path / name
        folder.mkdir()
        rows = draft(load_leaflet(write_source(folder, name, department, body))).rows()
        said = {row.plain: row.picture.shows for row in rows}
        assert (said["Many people feel anxious before a colonoscopy."] == head) is passing, said
        assert said["If you feel anxious or low for weeks after your test:"] == head, said
    # without a leaflet to say its topic, every picture is for every row
    assert choose_picture("Many people feel anxious before a colonoscopy.").shows == head


@pytest.mark.parametrize(
    ("row", "shows"),
    [
        ("Try to sleep at regular times.", "a sleeping face"),
        ("Try to walk at regular times.", "a person walking"),
        ("Remember to take your tablets.", "a pill"),
        # what to try not to do is never pictured as if to do it: it is a "do not" row
        ("Try not to sleep in the day.", "a red stop sign"),
    ],
)
def test_what_to_try_to_do_is_pictured_not_the_trying(row, shows):
    """ "Try to sleep at regular times" had a clock for its times: the parser hangs the sleeping
    on "try", so the row's action was the trying, which no picture shows. What to try, aim or
    remember to do is the row's action."""
    assert choose_picture(row).shows == shows
    assert choose_picture("Try not to eat late at night.").shows != (
        "a plate, knife and fork for food")


@pytest.mark.parametrize(
    "row",
    [
        "At night, attach a 2 litre night bag to the end of your day bag.",
        "Empty your day bag when it is about half full.",
        "Empty the night bag into the toilet each morning.",
    ],
)
def test_a_time_word_naming_a_kind_of_thing_is_no_calendar(row):
    """A catheter leaflet's "At night, attach a 2 litre night bag to the end of your day bag"
    had a calendar: "day" of "day bag" was taken for a day on the calendar. A time word that only
    says which kind of thing the next word is (a day bag, a night bag, a day unit) is no
    calendar; how often a thing is done still is ("every 5 to 7 days")."""
    assert choose_picture(row).shows != "a calendar"
    assert choose_picture("Change the day bag every 5 to 7 days.").shows == "a calendar"


_LABELLED_NOTICES = """## After the operation

> **Important**
> Try not to lift your child for the first 2 weeks.

> Warning: Do not kneel on your operated side for 6 weeks.

> **Caution**
> Never give your child aspirin.

> Important information about your child's medicines is on the back of this leaflet.
"""


def test_a_notices_label_set_apart_is_its_label_and_its_ban_a_ban(tmp_path):
    """A two-line notice ("> **Important**" over "> Try not to lift your child ...", one
    paragraph in Markdown) had been the one row "Important Try not to lift your child ..."
    with a calendar beside it, and "Warning: Do not kneel on your operated side for 6 weeks." a
    calendar too: a label set apart by its line, its bold or a colon is a row of its own, as
    when a blank line parts them, with the warning sign; the ban after it keeps its STOP sign.
    Words that only begin with the label's word are the notice's words."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "9981-after-your-childs-operation", "Children's Ward",
                          _LABELLED_NOTICES)
    rows = draft(load_leaflet(source)).rows()
    said = [(row.plain, row.picture.shows, row.notice) for row in rows[1:]]
    assert said == [
        ("Important.", "a warning triangle", True),
        ("Try not to lift your child for the first 2 weeks.", "a red stop sign", True),
        ("Warning.", "a warning triangle", True),
        ("Do not kneel on your operated side for 6 weeks.", "a red stop sign", True),
        ("Caution.", "a warning triangle", True),
        ("Never give your child aspirin.", "a red stop sign", True),
        ("Important information about your child's medicines is on the back of this leaflet.",
         said[-1][1], True),
    ]


@pytest.mark.parametrize(
    ("row", "shows"),
    [
        ("Your child should not go swimming until the grommets have been checked.",
         "a red stop sign"),
        ("They should not go back to nursery for a week.", "a red stop sign"),
        ("Children under 16 should never take aspirin.", "a red stop sign"),
        ("He or she must not play contact sports for 6 weeks.", "a red stop sign"),
        ("Your partner should avoid lifting you for the first few days.", "a red stop sign"),
        ("Your baby shouldn't have a bath for 2 days after the injection.", "a red stop sign"),
        ("Your child must not have anything to eat after midnight.", "a red stop sign"),
    ],
)
def test_a_ban_on_the_one_in_the_readers_care_is_a_ban(row, shows):
    """ "Your child should not go swimming until the grommets have been checked." had the plain
    picture, as only the reader's own "do not" was read as one: told to a parent or carer of
    the child, the partner, "they", it is the same ban, with the STOP sign and the words as
    written; so is "Your baby shouldn't have a bath", which had the plain picture. What they
    should not feel, need or have of pain is what to expect, and no ban; nor is a thing's
    "should not"."""
    assert choose_picture(row).shows == shows
    for expected in ("Your child should not feel any pain after the first week.",
                     "Your child should not have any pain after the first week.",
                     "They will not need stitches.", "The dressing should not come off."):
        assert choose_picture(expected).shows != "a red stop sign", expected


def test_a_picture_never_shows_a_way_or_a_heat_the_row_does_not_say():
    """A nosebleed's "Lean them forward." had a stick figure leaning to one side, a first-aid
    step shown the wrong way: "lean" alone may be forward, back or sideways, so it has the plain
    picture (or one of what else the row says); only leaning to the side has the figure. After
    a tonsillectomy "Give your child normal food." had a steaming bowl beside "Do not give your
    child very hot drinks": food is a plate, which says nothing of how hot it is."""
    assert choose_picture("Lean them forward.").is_neutral
    for row in ("Lean forwards.", "Lean back and slide your legs onto the bed."):
        assert choose_picture(row).shows != "a stick figure leaning to one side", row
    assert choose_picture("Lean to one side and hold for 10 seconds.").shows == (
        "a stick figure leaning to one side")
    for row in ("Give your child normal food.", "Eat a light breakfast."):
        assert choose_picture(row).shows == "a plate, knife and fork for food", row


# A children's fever leaflet, a metronidazole leaflet and a fasting leaflet: each row after a
# ban says why it is banned.
REASONS_FOR_BANS = """## Medicines for a high temperature

You can give your child paracetamol or ibuprofen to help them feel more comfortable.

Never give your child aspirin. Aspirin can cause a rare but serious illness in children.

Do not stop giving the antibiotics early. Antibiotics can cause a mild rash in some children.

## Alcohol

Do not drink alcohol while you take metronidazole, or for 2 days after. Alcohol can make you
very sick with these tablets.

## Before your operation

Do not eat anything for 6 hours before your operation. This is because food in your stomach
could come up into your lungs.

## Side effects

Methotrexate can cause sickness.

## Your skin

Do not go swimming in chlorinated pools until your treatment has finished.
"""


def test_a_row_saying_why_a_ban_is_given_never_pictures_the_banned_thing(tmp_path):
    """A children's fever leaflet's "Aspirin can cause a rare but serious illness in children."
    straight after "Never give your child aspirin." had a plain pill, the banned medicine shown
    as if to give it; as had a glass of alcohol beside "Alcohol can make you very sick with
    these tablets." after "Do not drink alcohol ...", and a swimmer beside "Chlorinated means
    ..." after "Do not go swimming in chlorinated pools ...". The row saying why has the
    warning sign, or the plain picture where it says no harm; a row of side effects after no
    ban, and the thing of a ban on leaving off ("Do not stop giving the antibiotics early"),
    keep theirs."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "9101-high-temperature-in-children", "Children's Emergency",
                          REASONS_FOR_BANS)
    rows = draft(load_leaflet(source)).rows()
    said = {row.plain: row for row in rows}
    assert said["Never give your child aspirin."].picture.shows == "a red stop sign"
    for row in ("Aspirin can cause a rare but serious illness in children.",
                "Alcohol can make you very sick with these tablets."):
        assert said[row].picture.shows == "a warning triangle", (row, said[row].picture)
        assert "is banned" in said[row].doubt, said[row].doubt
    reason = next(row for row in rows if row.plain.startswith("This is because food"))
    assert reason.picture.is_neutral, reason.picture
    # a hard word of the ban explained straight after it: no swimmer beside it either
    meaning = next(row for row in rows if row.plain.startswith("Chlorinated means"))
    assert meaning.picture.is_neutral, meaning.picture
    for row in ("Methotrexate can cause sickness.",
                "Antibiotics can cause a mild rash in some children.",
                "You can give your child paracetamol or ibuprofen to help them feel more "
                "comfortable."):
        assert said[row].picture.shows == "a pill", (row, said[row].picture)


@pytest.mark.parametrize(
    "row",
    [
        "Alcohol should be avoided for 24 hours after your sedation.",
        "Aspirin must not be given to children under 16.",
        "Children under 16 should not be given aspirin.",
        "The dressing should not be removed for 48 hours.",
    ],
)
def test_a_ban_said_in_the_passive_has_the_stop_sign(row):
    """ "Alcohol should be avoided for 24 hours after your sedation." had a glass of alcohol, the
    banned thing shown as if to drink it, and "Aspirin must not be given to children under 16."
    the plain picture: a ban said of the thing is a ban. What is expected not to happen to a
    thing, or what is done for the reader, bans nothing."""
    assert choose_picture(row).shows == "a red stop sign", (row, choose_picture(row))
    for expected in ("Your vision should not be affected.", "You will be given a leaflet.",
                     "Your tablets should be taken with food."):
        assert choose_picture(expected).shows != "a red stop sign", expected


@pytest.mark.parametrize(
    "row",
    [
        "If you can't stay awake when you'd normally be awake:",
        "If you can't understand what people say to you:",
        "If you cannot pass urine or your tummy feels swollen:",
        "When you can't catch your breath:",
    ],
)
def test_what_the_reader_cannot_do_in_a_condition_is_a_sign_not_a_ban(row):
    """After a head injury "If you can't stay awake when you'd normally be awake:" (leading to
    "Go back to A&E straight away.") had a STOP sign, read as "you can't" told to the reader:
    what a condition says the reader is unable to do is a symptom to act on, and no ban. What
    the reader is told they cannot do, with or without a condition before it, is one."""
    assert choose_picture(row).shows != "a red stop sign", (row, choose_picture(row))
    for ban in ("You can't drive for 6 weeks.", "Don't drive for 6 weeks.",
                "If you have had sedation, you cannot drive for 24 hours.",
                "If you feel dizzy, do not drive."):
        assert choose_picture(ban).shows == "a red stop sign", ban


@pytest.mark.parametrize(
    ("row", "shows"),
    [
        ("Go back to A&E straight away.", "a hospital emergency department sign"),
        ("Go straight back to the Emergency Department.", "a hospital emergency department sign"),
        ("Return to A&E if the bleeding has not stopped after 20 minutes.",
         "a hospital emergency department sign"),
        ("Go back to hospital straight away.", "a hospital building"),
        ("You can go back to work or school when you feel well enough.",
         "the letter i for information"),
        # a start position may be lying or kneeling: returning to it is said as going back is
        ("Return to the start position.", "the letter i for information"),
        ("Slowly return to the starting position and repeat 10 times.",
         "the letter i for information"),
        ("Slowly return to standing.", "a person standing up straight"),
    ],
)
def test_going_back_is_to_the_place_it_names_not_a_posture(row, shows):
    """A head injury leaflet's "Go back to A&E straight away." had "a person standing up
    straight" ("go back" and "straight" read as a posture), and so had "Go back to work or
    school": going back, coming back or returning to a place has the place's picture, urgent
    return to A&E its sign; going back anywhere no picture shows has the plain one."""
    assert choose_picture(row).shows == shows, (row, choose_picture(row))
    assert choose_picture("Stand up straight.").shows == "a person standing up straight"
    # a doing returned to is no place: the posture keeps its picture
    assert choose_picture("Gently return to standing up straight.").shows == (
        "a person standing up straight")


@pytest.mark.parametrize(
    ("row", "camera"),
    [
        ("A catheter is a thin tube that drains urine from your bladder into a bag.", False),
        ("A thin tube called a cannula is put into a vein in your arm.", False),
        ("A nasogastric tube is a thin, flexible tube that goes through your nose.", False),
        ("A thin tube with a camera on the end is passed into your stomach.", True),
        ("A bronchoscope is passed through your nose into your lungs.", True),
    ],
)
def test_a_tube_is_a_camera_only_where_it_has_one(row, camera):
    """A urinary catheter leaflet's "A catheter is a thin tube that drains urine from your
    bladder into a bag." had a camera, "thin tube" read as an endoscope: a catheter, a cannula
    and a feeding tube are thin tubes too. Only a tube with a camera, or a scope by its name,
    is the camera."""
    assert (choose_picture(row).shows == "a camera") is camera, (row, choose_picture(row))


@pytest.mark.parametrize(
    "row",
    [
        "Look for: redness spreading from the scar; pus or a bad smell",
        "Signs of infection: your wound is hot, oozing or smells bad.",
        "Your urine is cloudy or smelly.",
        "If there is a strong smell or a discharge from the wound:",
    ],
)
def test_a_bad_smell_is_a_sign_of_infection_not_a_nose(row):
    """After a caesarean section, "Look for: redness spreading from the scar; pus or a bad
    smell" had a nose: a bad smell from a wound or urine is a sign to look out for, and a nose
    beside it says smell something. Such a row has the wound's picture, its own thing's, or the
    plain one; a smell the reader smells keeps the nose."""
    assert choose_picture(row).shows != "a nose", (row, choose_picture(row))
    assert choose_picture("You may notice a smell of antiseptic.").shows == "a nose"


@pytest.mark.parametrize(
    ("row", "not_shown"),
    [
        ("4. Rub the backs of your fingers against the opposite palm.", "the bones of the back"),
        ("Rub the back of each hand with the palm of the other hand.", "the bones of the back"),
        ("Stand behind a sturdy chair and hold on to the back of it.", "the bones of the back"),
        ("The fat slows down the sugar.", "a light feather"),
        ("Press firmly on the wound to slow the bleeding.", "a light feather"),
    ],
)
def test_a_side_of_a_thing_is_no_spine_and_slowing_a_thing_no_feather(row, not_shown):
    """A hand-washing step "4. Rub the backs of your fingers against the opposite palm." had the
    spine, "backs" read as the reader's back, and a hypo leaflet's "The fat slows down the
    sugar." a feather, "slow" read as a gentle movement: the back of a hand, a finger or a chair
    is a side of it, pictured by what it is the back of; what slows a thing down is no way of
    moving. The back itself and a movement made slowly keep their pictures."""
    assert choose_picture(row).shows != not_shown, (row, choose_picture(row))
    assert choose_picture("Keep your back straight.").shows == "the bones of the back"
    assert choose_picture("Breathe out slowly.").shows == "lungs breathing"


def test_the_check_names_a_stop_sign_beside_a_row_that_is_no_ban(project: Path):
    """An Easy Read with a STOP sign beside "If you can't stay awake when you'd normally be
    awake:" (a symptom, leading to "Go back to A&E straight away.") or "Ask your physio first."
    tells the reader not to do what the row says to look out for or to do: the check names
    each such row, and passes the STOP sign beside a ban, told or said as what you cannot do."""
    (project / "source" / f"{SLUG}.easyread.md").write_text(
        "---\nleaflet: 442\nversion: 3\n---\n"
        "[stop sign] If you can't stay awake when you'd normally be awake:\n"
        "[hospital] Go back to A&E straight away.\n"
        "> [stop sign] Ask your **physio** first.\n"
        "[stop sign] Do not lie flat on your back after 28 weeks.\n"
        "[stop sign] You can't drive for 6 weeks.\n"
        # a chart's cell saying to stop, after its column's name (an eye-drop timetable's week 4)
        "[stop sign] Chloramphenicol drops: Stop.\n",
        encoding="utf-8",
    )
    leaflet = load_leaflet(project / "source" / f"{SLUG}.md")
    settings = EasyReadSettings()
    files = write_easy_read(leaflet, settings, project / "outputs")
    problems = [p for p in check_easy_read(leaflet, settings, files).problems if "STOP" in p]
    assert len(problems) == 1, problems
    assert problems[0].startswith("2 row(s) have a STOP sign but say no ban")
    assert "'If you can't stay awake when you'd normally be awake:'" in problems[0]
    assert "'Ask your physio first.'" in problems[0]
    assert "drive" not in problems[0] and "lie flat" not in problems[0]
    assert "Chloramphenicol" not in problems[0], problems


@pytest.mark.parametrize(
    "row",
    [
        "You'll need a responsible adult to stay with you for the first 24 hours.",
        "A responsible adult must stay with you overnight after your sedation.",
        "You will need someone to stay with you for 48 hours after the procedure.",
    ],
)
def test_someone_to_stay_with_the_reader_is_no_clock(row):
    """A head injury leaflet's "You'll need a responsible adult to stay with you for the first
    24 hours." had a clock, from its '24 hours': the row is about a person with the reader, and
    no picture in the list shows a carer, so it has the plain picture for a person to choose."""
    assert choose_picture(row).is_neutral, (row, choose_picture(row))
    assert choose_picture("Stay in bed for the first 24 hours.").shows == "a person lying in bed"


CATHETER_PROBLEMS = """## When to get help

Drink 6 to 8 mugs of fluid each day to keep your urine pale. Empty your leg bag when it is
two-thirds full. Keep the bag below the level of your bladder.

If your urine is cloudy or smells bad, call the urology nurses on 01632 960 112.

**Go to A&E or call 999 if** you have a high temperature and shivering, or you feel very unwell.
Do not wait until the morning.
"""


def test_conditions_listed_under_their_lead_in_stand_in_and_keep_with_it(tmp_path):
    """A catheter leaflet's "Go to A&E or call 999 if you have a high temperature and shivering,
    or you feel very unwell." is drafted "Go to A&E or call 999 if:" over "You have a high
    temperature and shivering." and "You feel very unwell.": read alone, each said the reader
    is ill. The rows a lead-in governs keep with it on its page and their words stand in under
    it, as a list's items; the rows round them do not."""
    from leaflet_files import write_source

    source = write_source(tmp_path, "7118-going-home-with-a-urinary-catheter", "Urology",
                          CATHETER_PROBLEMS)
    (path,) = write_easy_read(load_leaflet(source), EasyReadSettings(), tmp_path)
    table_rows = [r for table in Document(str(path)).tables for r in table.rows]
    texts = [r.cells[1].text for r in table_rows]
    lead = texts.index("Go to A&E or call 999 if:")
    assert texts[lead + 1 : lead + 3] == ["You have a high temperature and shivering.",
                                          "You feel very unwell."], texts

    def kept(r) -> bool:
        return all(p.paragraph_format.keep_with_next for c in r.cells for p in c.paragraphs)

    def indent(r):
        return r.cells[1].paragraphs[0].paragraph_format.left_indent

    assert kept(table_rows[lead]) and kept(table_rows[lead + 1])
    assert indent(table_rows[lead + 1]) and indent(table_rows[lead + 2])
    assert indent(table_rows[lead + 1]) == indent(table_rows[lead + 2])
    assert not indent(table_rows[lead]) and not indent(table_rows[lead + 3]), texts[lead + 3]
    assert not any(indent(r) for r in table_rows[:lead])


def test_words_that_point_at_the_printed_page_are_not_in_the_rows(tmp_path):
    """ "The table below lists the most common ones and what you can do about them." stayed a
    row of an Easy Read that has no table below (the table's rows follow it), and "Start the
    low-fibre diet below." pointed at nothing: "below", "overleaf" and "(see page 4)" point at
    the printed page. The rows say what follows without them; a "below" that says where a thing
    goes ("below the level of your bladder") stays, and the check finds every row in its
    sentence."""
    from leaflet_files import write_source

    from pipeline.formats.easy_read.meaning import check_meaning, leaflet_sentences

    body = (
        "## Side effects\n\nThe table below lists the most common side effects and what to do "
        "about them.\n\n| Side effect | What you can do |\n|---|---|\n| Feeling sick | Take "
        "your anti-sickness tablets. |\n| Sore mouth | Use a soft toothbrush. |\n\n"
        "## Before your test\n\nStart the low-fibre diet below.\n\nEat only the foods listed "
        "overleaf for 2 days (see page 4).\n\nKeep the bag below the level of your bladder.\n"
    )
    leaflet = load_leaflet(write_source(tmp_path, "9932-your-chemotherapy", "Oncology", body))
    rows = [row.plain for row in draft(leaflet).rows()]
    assert not [row for row in rows if re.search(r"\b(?:overleaf|page 4|table below)\b|"
                                                 r"below\.", row)], rows
    assert "Here are the most common side effects and what to do about them." in rows, rows
    assert "Start the low-fibre diet." in rows, rows
    assert "Eat only the foods listed for 2 days." in rows, rows
    assert "Keep the bag below the level of your bladder." in rows, rows
    assert check_meaning(rows, leaflet_sentences(leaflet)) == [], rows
