"""Each leaflet's own format offer decides what is made and what every format promises."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import sign_in_as_staff
from docx import Document
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from pipeline.build.jobs import plan
from pipeline.cli import main
from pipeline.errors import LeafletError
from pipeline.formats import CheckReport
from pipeline.formats.audio.speech_script import speech_script
from pipeline.formats.braille.checker import back_translate, join_lines, read_brf
from pipeline.formats.braille.layout import table_for
from pipeline.formats.easy_read.drafter import EASY_READ_OFFER
from pipeline.formats.registry import FORMATS
from pipeline.model import plain_text
from pipeline.offers import MADE, OFFER_NAMES, is_offer_sentence, offered_names
from pipeline.request_log import read_log
from pipeline.sources import find_sources, load_leaflet
from pipeline.web import create_app
from pipeline.web.safety import CSRF_COOKIE, CSRF_FIELD, CsrfTokens

# Offer sentences in the wordings real leaflets use, and what each offers.
WORDINGS = {
    "This leaflet is also available in large print and audio, and in other languages on "
    "request.": ["large-print", "audio", "translations"],
    "This information can be made available in large print, CD and Braille and in languages "
    "other than English.": ["braille", "large-print", "audio", "translations"],
    "An Easy Read version of this leaflet is available from the clinic.": ["easy-read"],
    "If you need this leaflet in another format, such as Braille, audio tape or British Sign "
    "Language (BSL), please ask a member of staff.": ["braille", "audio", "bsl"],
    "Please contact us if you would like this information in an alternative format, for "
    "example Easy Read, large print or on tape, or in your own language.": [
        "large-print",
        "easy-read",
        "audio",
        "translations",
    ],
    "This leaflet can be provided electronically or in giant print on request.": [
        "large-print",
        "accessible-html",
    ],
    # "other formats and languages" offers the languages too (they had been left out)
    "This information is available in other formats and languages, including large print, "
    "audio and Braille.": ["braille", "large-print", "audio", "translations"],
    # "We can give/provide/offer you this information in ...": no "available" nor "request",
    # and the offer had stayed in the body, no formats recorded
    "We can give you this information in Braille, large print, Easy Read or another language. "
    "Just ask.": ["braille", "large-print", "easy-read", "translations"],
    "We can provide this leaflet in audio or large print. Please phone the ward on "
    "01632 960 123.": ["large-print", "audio"],
    "We can offer you a copy of this booklet in Easy Read.": ["easy-read"],
}
NOT_OFFERS = [
    "Bring the CD of your scan images to your appointment.",
    "The audiology department is on level 2 of the Balmoral Building.",
    "Your physiotherapist will explain the exercises in the language you prefer to speak.",
    "We can give you a CD of your scan images to take to your next appointment.",
]


@pytest.mark.parametrize("sentence", list(WORDINGS))
def test_offer_wordings_are_recognised(sentence):
    assert is_offer_sentence(sentence)
    assert offered_names(sentence) == WORDINGS[sentence]


@pytest.mark.parametrize("sentence", NOT_OFFERS)
def test_a_mention_of_a_cd_or_audiology_is_not_an_offer(sentence):
    assert not (is_offer_sentence(sentence) and offered_names(sentence))


def test_the_offer_words_name_exactly_the_formats_the_pipeline_makes():
    assert set(MADE) == set(FORMATS)
    assert set(MADE) < set(OFFER_NAMES)
    assert set(EASY_READ_OFFER) == set(OFFER_NAMES)


def write_leaflet(project: Path, number: int, front: str) -> Path:
    path = project / "source" / f"{number}-knee-exercises.md"
    path.write_text(
        f"""---
number: {number}
version: 1
title: Exercises after a knee replacement
department: Orthopaedic Physiotherapy
last_reviewed: 2025-03
next_review: 2028-03
{front}
---

## Before you start

Do these exercises three times a day. Stop if your knee becomes hot, red or very swollen, and
contact your GP.

## Exercise 1: Heel slides

Lie on your back. Slide your heel towards your bottom, then slowly straighten your leg.
Repeat 10 times.
""",
        encoding="utf-8",
    )
    return path


def built_files(project: Path, number: int) -> set[str]:
    folder = project / "outputs" / f"{number}-knee-exercises"
    return {p.name for p in folder.iterdir() if not p.name.startswith(".")}


@pytest.mark.slow
def test_a_leaflet_offering_large_print_and_audio_gets_exactly_those(project, capsys):
    write_leaflet(
        project,
        610,
        "format_offer: This leaflet is also available in large print and audio, and in other "
        "languages on request.",
    )
    assert main(["build", "610"]) == 0
    assert built_files(project, 610) == {
        "610-v1-large-print.pdf",
        "610-v1-audio.mp3",
        "manifest.json",
    }
    capsys.readouterr()
    assert main(["status"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if "610-knee" in line)
    cells = [cell.strip() for cell in row.split("│") if cell.strip()]
    assert cells[3:8] == ["not offered", "up to date", "not offered", "not offered", "up to date"]
    # asked for by name, an unoffered format is named, not made
    assert main(["build", "610", "--format", "braille"]) == 2
    assert "not offered: 610-knee-exercises braille" in capsys.readouterr().err


def test_a_request_for_an_unoffered_format_needs_anyway_and_is_logged(project, capsys):
    write_leaflet(project, 611, "formats: [large-print]")
    assert main(["request", "611", "braille"]) == 2
    error = capsys.readouterr().err
    assert "611-knee-exercises does not offer braille (it offers large-print)" in error
    assert "--anyway" in error
    assert not (project / "outputs" / "requests").exists()
    assert read_log() == []
    assert main(["request", "611", "braille", "--anyway"]) == 0
    assert "does not offer braille: made anyway" in capsys.readouterr().out
    (logged,) = read_log()
    assert (logged.leaflet, logged.format, logged.options) == (
        "611-knee-exercises",
        "braille",
        {"anyway": "yes"},
    )
    assert main(["request", "611", "large-print"]) == 0
    assert read_log()[-1].options == {}


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(page.extract_text() for page in pdf.pages)


def _braille_text(leaflet, path: Path) -> str:
    pages = read_brf(path.read_bytes(), CheckReport("braille"))
    lines = [line for page in pages for line in page[1:]]
    return back_translate(join_lines(lines), table_for("en", 2))


def _said(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.slow
def test_the_closing_offer_in_every_format_promises_only_what_is_made(project):
    """Two leaflets with different offers: every format's closing offer names exactly its own
    leaflet's formats, and the lines in other languages come only with an offer of them."""
    write_leaflet(project, 612, "formats: [braille, easy-read, accessible-html]")
    write_leaflet(project, 613, "formats: [large-print, audio, translations]")
    assert main(["build", "612", "613"]) == 0
    folder = project / "outputs"
    first = load_leaflet(find_sources(["612"])[0])
    expected = "in Braille, Easy Read or an accessible web page, please telephone"
    assert expected in plain_text(first.trust.format_offer)
    braille = _said(_braille_text(first, folder / "612-knee-exercises" / "612-v1-braille.brf"))
    easy_read = _said(
        " ".join(
            p.text
            for table in Document(folder / "612-knee-exercises" / "612-v1-easy-read.docx").tables
            for row in table.rows
            for cell in row.cells
            for p in cell.paragraphs
        )
    )
    page = lxml_html.parse(str(folder / "612-knee-exercises" / "612-v1-accessible-html.html"))
    html = _said(page.find(".//body").text_content())
    assert "Braille, Easy Read or an accessible web page" in html
    assert "Braille, Easy Read or an accessible web page" in braille.replace("\n", " ")
    assert "Braille" in easy_read and "Easy Read" in easy_read
    for text in (braille, easy_read, html):
        assert "large print" not in text.lower() and "audio" not in text.lower()
        assert "another language" not in text and "Urdu" not in text
    second = load_leaflet(find_sources(["613"])[0])
    offer = "in another language, or in large print or audio, please telephone"
    printed = _said(_pdf_text(folder / "613-knee-exercises" / "613-v1-large-print.pdf"))
    spoken = _said(speech_script(second).as_text())
    assert f"{offer} 0116 250 2959" in printed
    assert f"{offer} oh one one six, two five oh, two nine five nine" in spoken
    for text in (printed, spoken):
        assert "Braille" not in text and "Easy Read" not in text
        assert "Aby uzyskać informacje w innym języku" in text  # other languages: offered


def test_an_own_offer_sentence_may_not_promise_what_formats_leaves_out(project):
    path = write_leaflet(
        project,
        614,
        "formats: [large-print]\nformat_offer: This leaflet is available in large print and "
        "Braille.",
    )
    with pytest.raises(LeafletError, match="the sentence offers braille, which formats: does not"):
        load_leaflet(path)
    path = write_leaflet(project, 614, "formats: [large-print, sign-language-video]")
    with pytest.raises(LeafletError, match="'sign-language-video' is not a format a leaflet can"):
        load_leaflet(path)


def test_bsl_is_offered_with_the_teams_contact_and_listed_for_arranging(project, capsys):
    write_leaflet(project, 615, "formats: [large-print, bsl]")
    leaflet = load_leaflet(find_sources(["615"])[0])
    assert plain_text(leaflet.trust.format_offer) == (
        "If you would like this information in large print or British Sign Language (BSL), "
        "please telephone 0116 250 2959 or email equality@uhl-tr.nhs.uk"
    )
    assert leaflet.trust.translations == ()
    assert main(["status"]) == 0
    assert (
        "to arrange: 615-knee-exercises offers British Sign Language (BSL), which the pipeline "
        "cannot make" in capsys.readouterr().out
    )


def test_the_web_page_shows_offered_formats_first_and_needs_a_tick_for_the_others(project):
    write_leaflet(project, 616, "formats: [large-print, audio, bsl]")
    cookie = "a-browser-cookie-token-of-more-than-32-characters"
    token = CsrfTokens("secret-for-offer-test").form_token(cookie)
    app = create_app("127.0.0.1", secret="secret-for-offer-test")
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        client.cookies.set(CSRF_COOKIE, cookie)
        sign_in_as_staff(client)
        page = client.get("/leaflets/616-knee-exercises").text
        for kind in ("make", "format"):  # the forms at the top, the details below: same order
            sections = re.findall(rf'<(?:div|section) class="[\w-]+" id="{kind}-([\w-]+)"', page)
            assert sections[:2] == ["large-print", "audio"]
            assert set(sections[2:]) == {"braille", "easy-read", "accessible-html"}
        not_offered_at = page.index('<h3 id="not-offered">Not offered with this leaflet</h3>')
        assert page.index('id="make-audio"') < not_offered_at < page.index('id="make-braille"')
        assert "British Sign Language (BSL), which the equality team" in _said(page)
        assert "/formats/braille/download" not in page
        base = "/leaflets/616-knee-exercises/formats/braille"
        refused = client.post(f"{base}/download", data={CSRF_FIELD: token})
        assert refused.status_code == 400 and "does not offer Braille" in refused.text
        refused = client.post(f"{base}/request", data={CSRF_FIELD: token})
        assert refused.status_code == 400 and "make it anyway" in refused.text
        assert read_log() == []
        made = client.post(
            f"{base}/request",
            data={CSRF_FIELD: token, "anyway": "yes"},
            headers={"Accept": "application/json"},
        )
        assert made.status_code == 202
        (logged,) = read_log()
        assert (logged.format, logged.options) == ("braille", {"anyway": "yes"})


@pytest.mark.parametrize("sentence", list(WORDINGS))
def test_an_imported_leaflet_is_built_in_exactly_what_its_text_offers(project, capsys, sentence):
    old = project / "old-leaflet.txt"
    old.write_text(
        "# Caring for your plaster cast\nFracture Clinic\nInformation for Patients\n\n"
        "Keep the cast dry. Do not push anything down inside the cast.\n\n"
        f"{sentence}\n\n"
        "If your fingers become blue or very swollen, go to the Emergency Department straight "
        "away.\n\nLeaflet number: 1204 Version: 2\nLast reviewed: November 2023\n"
        "Next review: November 2026\n",
        encoding="utf-8",
    )
    assert main(["import", str(old)]) == 0
    assert "offer: the offer '" in capsys.readouterr().out
    source = project / "source" / "1204-caring-for-your-plaster-cast.md"
    text = source.read_text(encoding="utf-8")
    assert sentence not in text.split("---")[-1]  # moved out of the body
    leaflet = load_leaflet(source)
    expected = WORDINGS[sentence]
    assert leaflet.trust.offer.names == tuple(expected)
    planned = plan([source], None, force=True)
    assert sorted(job.format for job in planned.jobs) == sorted(n for n in expected if n in MADE)
    assert plain_text(leaflet.trust.format_offer).startswith(sentence)


@pytest.mark.parametrize("offer", [
    "If you need this leaflet in another language or format, please ask a member of staff.",
    # "in other formats and languages" had been no offer at all: two offers, with two
    # numbers, ended every format
    "This leaflet is available in other formats and languages. Please ask a member of staff "
    "or call 0191 445 2000.",
])
def test_an_offer_of_any_format_imports_as_every_format(tmp_path, offer):
    """ "If you need this leaflet in another language or format, please ask a member of staff."
    became `formats: [translations]`: the leaflet offered no format, and none could be built."""
    from pipeline.sources.importers import import_file

    path = tmp_path / "5834-mri-scans.txt"
    path.write_text(
        f"Having an MRI scan\nRadiology Department\n\nLie still during the scan.\n\n{offer}\n",
        encoding="utf-8",
    )
    result = import_file(path, {"number": "5834", "version": "1"})
    assert result.front_matter["formats"] == [
        "braille", "large-print", "easy-read", "audio", "accessible-html", "translations"
    ]
    assert result.front_matter["format_offer"] == offer


def test_an_offer_of_other_languages_alone_still_offers_every_format(tmp_path):
    """ "This leaflet is available in other languages." became `formats: [translations]`: the
    leaflet could then be built in no format at all, and a patient's request for audio was
    refused as not offered. It names no format, so it withholds none: the trust offers every
    format it makes, as the Accessible Information Standard asks."""
    from pipeline.sources.importers import import_file

    path = tmp_path / "9101-warfarin.txt"
    offer = "This leaflet is available in other languages. Please ask at reception."
    path.write_text(
        f"Taking warfarin safely\nAnticoagulant Clinic\n\nTake it at 6pm.\n\n{offer}\n",
        encoding="utf-8",
    )
    result = import_file(path, {"number": "9101", "version": "1"})
    assert result.front_matter["formats"] == [
        "braille", "large-print", "easy-read", "audio", "accessible-html", "translations"
    ]
    assert result.front_matter["format_offer"] == offer


def test_an_interpreter_for_a_call_is_no_offer_of_the_leaflet(tmp_path):
    """ "For help in another language, please ask for an interpreter when you call." was moved
    out of a letter into its offer, and the audio then gave the trust's number for it, not the
    nurses' number the letter meant."""
    from pipeline.sources.importers import import_file

    sentence = "For help in another language, please ask for an interpreter when you call."
    path = tmp_path / "letter.txt"
    path.write_text(
        "Starting your insulin pen\nDiabetes Centre\n\nDear patient,\n\n"
        f"You can contact the diabetes nurses on 0116 258 6010. {sentence}\n",
        encoding="utf-8",
    )
    result = import_file(path, {"number": "9104", "version": "1"})
    assert "format_offer" not in result.front_matter
    assert sentence in result.markdown()


def test_a_written_offer_of_other_languages_alone_offers_every_format(project):
    """A source written by hand with `format_offer: ... in other languages ...` and no
    `formats:` list offered translations alone, as the importer had: no format was built."""
    write_leaflet(
        project, 615, "format_offer: This leaflet is available in other languages on request."
    )
    leaflet = load_leaflet(find_sources(["615"])[0])
    assert leaflet.meta.formats == (
        "braille", "large-print", "easy-read", "audio", "accessible-html", "translations"
    )
