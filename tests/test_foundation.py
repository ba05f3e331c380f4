"""The canonical source, the model, import, config and the `leaflet` command, on real text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SEED, SOURCE_442

from pipeline.cli import main
from pipeline.errors import LeafletError
from pipeline.formats.html_render import render_back_matter
from pipeline.model import (
    Heading,
    ListBlock,
    Notice,
    Paragraph,
    notice_kind_said,
    plain_text,
)
from pipeline.sources import load_leaflet, trust_parts
from pipeline.sources.importers import import_file
from pipeline.sources.reader import read_leaflet

FRONT = """---
number: 900
version: 1
title: Test leaflet
department: Testing
last_reviewed: 2025-01
next_review: February 2027
---
"""


def write_source(folder: Path, body: str, front: str = FRONT, name: str = "900-test.md") -> Path:
    path = folder / name
    path.write_text(front + body, encoding="utf-8")
    return path


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


# ---- the reference leaflet ---------------------------------------------------------------------


def test_reference_leaflet_metadata_and_structure(leaflet_442):
    meta = leaflet_442.meta
    assert (meta.number, meta.version, meta.language) == ("442", 3, "en-GB")
    assert meta.title == "Lower back stretches in pregnancy"
    assert meta.department == "Women's Health Physiotherapy"
    assert (str(meta.last_reviewed), str(meta.next_review)) == ("February 2023", "February 2026")
    notice = leaflet_442.blocks[0]
    assert isinstance(notice, Notice)
    assert plain_text(notice.spans) == (
        "Please speak to your physiotherapist before starting these exercises."
    )
    assert sum(isinstance(b, Heading) for b in leaflet_442.blocks) == 4


def test_trust_parts_come_from_config(leaflet_442):
    trust = leaflet_442.trust
    assert trust.phone == "0116 250 2959"
    assert "0116 250 2959" in plain_text(trust.format_offer)
    assert [t.lang for t in trust.translations] == ["ur", "ar", "gu", "pa", "pl"]
    back = leaflet_442.back_matter()
    assert {b.lang for b in back if isinstance(b, Paragraph)} >= {"ur", "ar", "gu", "pa", "pl"}
    links = [s.href for line in trust.footer for s in line if s.href]
    assert "mailto:InformationForPatients@uhl-tr.nhs.uk" in links


def test_translations_come_before_the_english_offer_they_point_below_to(leaflet_442):
    """Each other-language line says the number is "below", as on the trust's own leaflet: the
    English offer with the number follows them in the model and in the shared HTML."""
    back = leaflet_442.back_matter()
    kinds = [b.lang or "en" for b in back if isinstance(b, Paragraph)]
    assert kinds[-6:] == ["ur", "ar", "gu", "pa", "pl", "en"]
    assert "0116 250 2959" in plain_text(back[-1].spans)
    html = render_back_matter(leaflet_442)
    assert html.index('lang="pl"') < html.index("mailto:equality@")
    assert html.index('lang="ur"') > html.index("InformationForPatients")


# ---- import --------------------------------------------------------------------------------------


def test_seed_imports_whole_with_exact_metadata_and_no_boilerplate(tmp_path):
    imported = import_file(SEED)
    assert imported.front_matter == {
        "number": 442,
        "version": 3,
        "title": "Lower back stretches in pregnancy",
        "department": "Women's Health Physiotherapy",
        "audience": "Information for Patients",
        "last_reviewed": "2023-02",
        "next_review": "2026-02",
        "language": "en-GB",
    }
    target = tmp_path / imported.file_name
    target.write_text(imported.markdown(), encoding="utf-8")
    assert target.name == "442-lower-back-stretches-in-pregnancy.md"
    leaflet = read_leaflet(target, trust_parts)
    body = " ".join(
        plain_text(b.spans) for b in leaflet.blocks if isinstance(b, Paragraph | Notice)
    )

    seed = SEED.read_text(encoding="utf-8")
    expected = [
        "Please speak to your physiotherapist before starting these exercises.",
        "Stand with your back against a wall.",
        "Use this technique to correct your posture throughout the day.",
        "Stand with your back flattened against the wall as shown overleaf.",
        "Repeat on the opposite side.",
        "Hold for 20 to 30 seconds as your symptoms allow - do not push into pain.",
        "You should feel an increased stretch on the outside of the curve.",
        "Hold for 20 to 30 seconds.",
    ]
    for sentence in expected:
        assert sentence in seed
    body_sentences = sentences(body)
    for sentence in expected:
        assert body_sentences.count(sentence) == 1
    assert len(body_sentences) == len(set(body_sentences)) == 23
    assert all(sentence.replace("**", "") in seed.replace("**", "") for sentence in body_sentences)
    for boilerplate in ("111", "feedback", "nhs.uk", "0116", "EasyRead", "Leaflet number"):
        assert boilerplate not in body
    assert not any(b.lang for b in leaflet.blocks if isinstance(b, Paragraph))
    assert isinstance(leaflet.blocks[0], Notice)


def test_seed_import_reports_each_missing_picture_with_its_line(tmp_path):
    warnings = import_file(SEED).warnings
    assert len(warnings) == 3
    assert [re.search(r"line (\d+)", w)[1] for w in warnings] == ["31", "37", "43"]
    assert "as shown overleaf" in warnings[0] and "as shown below" in warnings[2]


def test_docx_import_keeps_headings_lists_bold_and_picture_alt_text(tmp_path):
    import docx
    from PIL import Image as PILImage

    picture = tmp_path / "wall.png"
    PILImage.new("RGB", (40, 40), "navy").save(picture)
    document = docx.Document()
    document.add_heading("Knee exercises", level=1)
    document.add_paragraph("Physiotherapy")
    document.add_paragraph("Information for Patients")
    document.add_paragraph("Last reviewed: March 2024")
    document.add_paragraph("Next review: March 2027")
    document.add_paragraph("Leaflet number: 501 Version: 2")
    document.add_heading("Before you start", level=2)
    paragraph = document.add_paragraph("Warm up first. ")
    paragraph.add_run("Stop if it hurts.").bold = True
    document.add_paragraph("Bend your knee as shown below.")
    document.add_paragraph("Sit on a chair", style="List Bullet")
    document.add_paragraph("Lift one leg", style="List Bullet")
    document.add_picture(str(picture))
    document.inline_shapes[0]._inline.docPr.set("descr", "A person sitting on a chair")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Exercise"
    source = tmp_path / "knee.docx"
    document.save(source)

    folder = tmp_path / "source"
    folder.mkdir()
    imported = import_file(source)
    for name, data in imported.pictures.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
    assert imported.front_matter["number"] == 501 and imported.front_matter["version"] == 2
    assert imported.front_matter["title"] == "Knee exercises"
    target = folder / imported.file_name
    target.write_text(imported.markdown(), encoding="utf-8")
    leaflet = read_leaflet(target, trust_parts)
    kinds = [type(b).__name__ for b in leaflet.blocks]
    assert kinds == ["Heading", "Paragraph", "Paragraph", "ListBlock", "Image", "Paragraph"]
    assert leaflet.blocks[0].level == 2
    assert imported.warnings == [
        f"{source}: paragraph 9: 'as shown below' refers to a picture the text does not carry: "
        "add the picture with alt text, or reword the sentence",
    ]
    assert (
        "table 1, row 1: a table of one row or column read as text: 'Exercise'"
        in imported.decisions
    )
    strong = [s.text for s in leaflet.blocks[1].spans if s.strong]
    assert strong == ["Stop if it hurts."]
    assert isinstance(leaflet.blocks[3], ListBlock) and len(leaflet.blocks[3].items) == 2
    image = leaflet.blocks[4]
    assert image.alt == "A person sitting on a chair"
    assert (folder / image.src).is_file()


# ---- the reader refuses what it cannot carry, naming file and line ------------------------------


@pytest.mark.parametrize(
    ("body", "front", "expected"),
    [
        ("Text\n", FRONT.replace("title: Test leaflet", "title: [broken"), r"not valid YAML"),
        ("Text\n", FRONT.replace("version: 1\n", ""), r"front matter: version: Field required"),
        ("Text\n", FRONT.replace("version: 1", "version: one"), r"version: .*integer"),
        ("Text\n", FRONT.replace("2025-01", "soon"), r"last_reviewed: 'soon' is not a month"),
        ("Text\n", FRONT.replace("version: 1", "version: 1\nauthor: me"), r"author: is not a key"),
        ("| a | b |\n|---|---|\n", FRONT, r"line 9: a table needs at least one row"),
        ("![]()\n", FRONT, r"line 9: !\[\]\(\) says nothing"),
        ("[x]{.other} text\n", FRONT, r"line 9: a \[text\]{...} run must carry a language"),
        ("Hello\n\n<div>raw</div>\n", FRONT, r"line 11: raw HTML"),
        ("Some <b>bold</b> text\n", FRONT, r"line 9: raw HTML \(<b>\)"),
        ("# Title again\n", FRONT, r"line 9: the title belongs in the front matter"),
        ("Call us: اگر آپ کو\n", FRONT, r"line 9: .*Arabic script.*\[text\]\{lang="),
        ("![](wall.png)\n", FRONT, r"line 9: the picture wall.png has no alt text"),
        ("- one\n  - two\n", FRONT, r"line 10: lists inside lists"),
        ("![A wall](nothere.png)\n", FRONT, r"line 9: the picture nothere.png is not there"),
        ("Say [Dzien dobry]{lang=xx-!!}.\n", FRONT, r"line 9: '\]\{lang=xx-!!\}' is not a lang"),
        # a picture on its own line in a notice, a list item or a cell is refused for where it
        # is ("put a picture on a line of its own" had been said of one already alone)
        (
            "> **Never share your insulin pen.**\n>\n> ![A pen with a cross over it](pen.png)\n",
            FRONT,
            r"line 11: a picture cannot go inside a notice \(a '>' box\): put it before or "
            r"after the box",
        ),
        (
            "1. Dial 2 units.\n2. ![A pen dialled to 2](pen.png)\n",
            FRONT,
            r"line 10: a picture cannot go inside a list item: put it on a line of its own",
        ),
        (
            "| Step | Picture |\n|---|---|\n| Dial 2 units | ![A pen](pen.png) |\n",
            FRONT,
            r"line 11: a picture cannot go inside a table's cell",
        ),
        ("Dial 2 units ![A pen](pen.png) and press.\n", FRONT, r"line 9: put a picture on a line"),
    ],
)
def test_bad_source_is_refused_with_file_and_line(tmp_path, body, front, expected):
    path = write_source(tmp_path, body, front)
    with pytest.raises(LeafletError, match=expected) as error:
        read_leaflet(path, trust_parts)
    assert str(path) in str(error.value)


def test_tagged_language_runs_and_notice_kinds_are_read(tmp_path):
    body = (
        "> [!WARNING]\n> Stop if you feel **pain**.\n\n"
        "[Aby uzyskać informacje]{lang=pl}\n\nCall [our team](tel:01162502959) today.\n"
    )
    leaflet = read_leaflet(write_source(tmp_path, body), trust_parts)
    notice, polish, call = leaflet.blocks
    assert notice.kind == "warning" and plain_text(notice.spans) == "Stop if you feel pain."
    assert polish.lang == "pl"
    assert [s.href for s in call.spans] == [None, "tel:01162502959", None]



@pytest.mark.parametrize(
    ("lang", "label", "kind"),
    [
        ("ar", "تحذير", "warning"), ("ar", "مهم", "important"), ("ur", "انتباہ", "warning"),
        ("ur", "احتیاط", "warning"), ("gu", "ચેતવણી", "warning"), ("pa", "ਚੇਤਾਵਨੀ", "warning"),
        ("pl", "Uwaga", "warning"), ("pl", "Ważne", "important"), ("cy", "Rhybudd", "warning"),
    ],
)
def test_a_notice_in_another_language_is_of_the_kind_its_label_says(tmp_path, lang, label, kind):
    """ "> تحذير: لا تتناول أكثر من 8 أقراص في 24 ساعة." in an Arabic leaflet (a warning) had
    been read as an "important" notice, only English label words being known: each language's
    own label says the kind, as "Warning:" does, and is its label (no format adds another)."""
    # "Your medicines"; "Do not take more than 8 tablets in 24 hours."
    title, ban = {
        "ar": ("أدويتك", "لا تتناول أكثر من 8 أقراص في 24 ساعة."),
        "ur": ("آپ کی دوائیں", "24 گھنٹوں میں 8 سے زیادہ گولیاں نہ لیں۔"),
        "gu": ("તમારી દવાઓ", "24 કલાકમાં 8 થી વધુ ગોળીઓ લેશો નહીં."),
        "pa": ("ਤੁਹਾਡੀਆਂ ਦਵਾਈਆਂ", "24 ਘੰਟਿਆਂ ਵਿੱਚ 8 ਤੋਂ ਵੱਧ ਗੋਲੀਆਂ ਨਾ ਲਓ।"),
        "pl": ("Twoje leki", "Nie przyjmuj więcej niż 8 tabletek w ciągu 24 godzin."),
        "cy": ("Eich meddyginiaethau", "Peidiwch â chymryd mwy nag 8 tabled mewn 24 awr."),
    }[lang]
    front = FRONT.replace("title: Test leaflet\ndepartment: Testing\n",
                          f"title: {title}\ndepartment: Pharmacy\nlanguage: {lang}\n")
    for said in (f"{label}:", f"**{label}:**", f"{label.upper()}:"):
        body = f"> {said} {ban}\n"
        notice = read_leaflet(write_source(tmp_path, body, front), trust_parts).blocks[0]
        assert isinstance(notice, Notice) and (notice.kind, notice.says_its_label) == (
            kind, True,
        ), said
    # a word that only starts with a label is no label ("Uwagą" is not "Uwaga")
    assert notice_kind_said("Uwagą proszę przeczytać") is None
    assert notice_kind_said("مهمة جديدة") is None

def test_non_utf8_source_is_named(tmp_path):
    path = tmp_path / "900-test.md"
    path.write_bytes(FRONT.encode() + "Caf\xe9\n".encode("latin-1"))
    with pytest.raises(LeafletError, match=r"900-test.md: line 9: the file is not UTF-8"):
        read_leaflet(path, trust_parts)


# ---- config ------------------------------------------------------------------------------------


def test_bad_phone_number_in_config_names_file_and_key(project, capsys):
    path = project / "config" / "organisation.yaml"
    path.write_text(path.read_text().replace('"0116 250 2959"', '"call us"'), encoding="utf-8")
    assert main(["status"]) == 2
    error = capsys.readouterr().err
    assert "organisation.yaml: format_offer.phone: 'call us' is not a UK phone number" in error


def test_unknown_format_in_config_names_the_choices(project, capsys):
    path = project / "config" / "formats.yaml"
    path.write_text(re.sub(r"offered:.*", "offered: [smoke-signals]", path.read_text()))
    assert main(["status"]) == 2
    error = capsys.readouterr().err
    assert "offered.0: 'smoke-signals' is not a format this pipeline makes" in error


# ---- the command -----------------------------------------------------------------------------


def test_status_says_442_is_overdue_for_review(project, capsys):
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "442-lower-back-stretches-in-pregnancy" in out
    assert "overdue since February 2026" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["build", "999"], "no leaflet '999'"),
        (["check", "999"], "no leaflet '999'"),
        (["build", "442", "--format", "smoke-signals"], "'smoke-signals' is not a format"),
        (["request", "442", "smoke-signals"], "'smoke-signals' is not a format"),
        (["import", "missing.docx"], "missing.docx: no such file"),
    ],
)
def test_cli_user_errors_exit_2_with_a_message(project, capsys, argv, expected):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert expected in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_corrupt_docx_is_named(project, capsys, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert main(["import", str(broken)]) == 2
    assert "broken.docx: is not a readable Word .docx file" in capsys.readouterr().err


def test_import_refuses_to_overwrite_a_source(project, capsys):
    assert main(["import", str(SEED)]) == 2
    assert "already exists: use --force" in capsys.readouterr().err
    assert (project / "source" / SOURCE_442.name).read_text() == SOURCE_442.read_text()


def test_reference_source_loads_with_real_config():
    assert load_leaflet(SOURCE_442).slug == "442-lower-back-stretches-in-pregnancy"


def test_translation_file_must_say_its_language(tmp_path):
    path = write_source(tmp_path, "Tekst\n", name="900-test.pl.md")
    with pytest.raises(LeafletError, match="the file name says 'pl' but the front matter says"):
        read_leaflet(path, trust_parts)


def test_status_lists_the_good_leaflets_and_names_the_bad(project, capsys):
    """One broken or clashing file must not hide the rest of the table."""
    source = project / "source"
    (source / "443-clash.md").write_text((source / SOURCE_442.name).read_text(), encoding="utf-8")
    (source / "notes.md").write_text("scratch notes", encoding="utf-8")
    assert main(["status"]) == 2
    captured = capsys.readouterr()
    assert "442-lower-back-stretches-in-pregnancy" in captured.out
    assert "443-clash.md: the file name must start with the leaflet number '442-'" in captured.err
    assert "notes.md is not built" in captured.out
    (source / "443-clash.md").unlink()
    (source / "442-clash.md").write_text((source / SOURCE_442.name).read_text(), encoding="utf-8")
    assert main(["status"]) == 2
    assert (
        "442-clash.md and 442-lower-back-stretches-in-pregnancy.md both have leaflet number 442"
    ) in capsys.readouterr().err


def test_formats_lists_every_option_with_what_it_accepts(capsys):
    assert main(["formats"]) == 0
    out = capsys.readouterr().out
    assert "--grade 2  [1 | 2]" in out
    assert "--size 18  [16 to 48]" in out
    assert "--paragraphs blocked  [blocked | indented]" in out


def test_config_messages_speak_of_keys_not_internal_types(project, capsys):
    path = project / "config" / "organisation.yaml"
    path.write_text(path.read_text().replace("lang: ur", "lang: Urdu!"), encoding="utf-8")
    assert main(["status"]) == 2
    error = capsys.readouterr().err
    assert "format_offer.translations.0.lang: 'Urdu!' is not in the form this key takes" in error
    path.write_text("name: Trust\nformat_offer: 5\n", encoding="utf-8")
    assert main(["status"]) == 2
    assert "format_offer: should be 'key: value' lines" in capsys.readouterr().err


def test_link_addresses_are_written_out_where_the_words_differ():
    from pipeline.model import Span, with_addresses

    nhs = "https://www.nhs.uk/conditions/knee-pain/"
    spans = (Span("Read more on "), Span("the NHS website", href=nhs), Span("."))
    assert plain_text(with_addresses(spans)) == (
        "Read more on the NHS website (www.nhs.uk/conditions/knee-pain)."
    )
    same = (Span("Visit "), Span("www.nhs.uk", href="https://www.nhs.uk"))
    assert with_addresses(same) == same
    phone = (Span("Call "), Span("0116 250 2959", href="tel:01162502959"))
    assert with_addresses(phone) == phone


def test_a_reference_written_with_a_leading_zero_stays_as_written():
    """YAML reads "number: 0562" as the octal 370 (and "0912" as the text 0912): a leaflet
    written so was taken for leaflet 370, and its file name "0562-..." refused."""
    from pipeline.sources.reader import split_front_matter

    data, _, _ = split_front_matter("---\nnumber: 0562\nversion: 02\n---\nText.\n", "x.md")
    assert data["number"] == "0562"
    assert int(data["version"]) == 2  # the model reads "02" as version 2


def test_a_reference_with_slashes_is_found_as_its_file_name_writes_it(project):
    """"NCH/ANT/0231" is saved as "nch-ant-0231-starting-warfarin.md": staff who type the name
    they see, "nch-ant-0231", had been told there is no such leaflet, listing it."""
    from pipeline.sources import find_sources

    source = project / "source" / "nch-ant-0231-starting-warfarin.md"
    source.write_text(
        SOURCE_442.read_text(encoding="utf-8").replace("number: 442", "number: NCH/ANT/0231", 1),
        encoding="utf-8",
    )
    for typed in ("NCH/ANT/0231", "nch-ant-0231", "nch-ant-0231-starting-warfarin"):
        assert find_sources([typed]) == [source], typed


def _with_reference(project: Path, reference: str, name: str) -> Path:
    source = project / "source" / name
    source.write_text(
        SOURCE_442.read_text(encoding="utf-8").replace("number: 442", f"number: {reference}", 1),
        encoding="utf-8",
    )
    return source


def test_a_reference_is_found_by_its_number_as_the_web_search_finds_it(project, capsys):
    """The web page's search finds GAS/0215 from "0215", "GAS0215" or "gas/0215"; the command
    line had said "no leaflet '0215'" to each. A prefix of another department is not taken for
    it, and a number two leaflets share names both and finds neither."""
    from pipeline.sources import find_sources

    source = _with_reference(project, "GAS/0215", "gas-0215-having-a-flexible-sigmoidoscopy.md")
    for typed in ("0215", "215", "GAS0215", "gas0215", "gas/0215", "GAS 0215", "#0215"):
        assert find_sources([typed]) == [source], typed
    for typed in ("PHY0215", "02150", "21"):
        with pytest.raises(LeafletError, match="no leaflet"):
            find_sources([typed])
    _with_reference(project, "PHY-0215", "phy-0215-knee-exercises.md")
    assert find_sources(["gas0215"]) == [source]
    assert main(["fields", "0215"]) == 2
    err = capsys.readouterr().err
    assert "'0215' could be GAS/0215 (gas-0215-having-a-flexible-sigmoidoscopy)" in err
    assert "or PHY-0215 (phy-0215-knee-exercises)" in err
    assert "Traceback" not in err


def test_an_offer_sentence_of_alternative_formats_naming_none_is_read(tmp_path):
    """ "Alternative formats can be made available on request. Please email ..." names no
    format; the reader had refused it as `format_offer:` ("the sentence names no format"),
    even with `formats:` saying what is offered, so the leaflet's own contact for formats
    could not be kept. Offering alternative or other formats, it promises nothing `formats:`
    leaves out: it is read, its e-mail said, and with no `formats:` it offers every format.
    A sentence offering nothing at all is still refused."""
    offer = (
        "Alternative formats can be made available on request. Please email "
        "sth.alternativeformats@nhs.net"
    )
    front = FRONT.replace(
        "next_review", f"formats: [large-print, audio]\nformat_offer: {offer}\nnext_review"
    )
    leaflet = read_leaflet(write_source(tmp_path, "Take it at 6pm.\n", front), trust_parts)
    assert leaflet.meta.formats == ("large-print", "audio")
    said = plain_text(leaflet.trust.format_offer)
    assert said.startswith("Alternative formats can be made available on request.")
    assert "sth.alternativeformats@nhs.net" in said and "0116 250 2959" not in said, said
    alone = FRONT.replace("next_review", f"format_offer: {offer}\nnext_review")
    leaflet = read_leaflet(write_source(tmp_path, "Take it at 6pm.\n", alone), trust_parts)
    assert leaflet.meta.formats == (
        "braille", "large-print", "easy-read", "audio", "accessible-html"
    )
    nothing = FRONT.replace("next_review", "format_offer: Please ask us.\nnext_review")
    with pytest.raises(LeafletError, match="names no format"):
        read_leaflet(write_source(tmp_path, "Take it at 6pm.\n", nothing), trust_parts)


def test_the_default_audience_of_a_leaflet_in_another_language_is_english(tmp_path):
    """A Polish leaflet with no audience: line is given the pipeline's "Information for
    Patients", English: it had been tagged pl on the web page and in print (the model now says
    so for braille too). One the leaflet gives is in its own language."""
    from pipeline.formats.html_render import header_lines, render_document

    front = FRONT.replace("title: Test leaflet", "title: Przygotowanie do kolonoskopii")
    front = front.replace("department: Testing", "department: Endoskopia\nlanguage: pl")
    body = "Przed badaniem nie jedz przez 6 godzin.\n"
    given = front.replace("language: pl", "language: pl\naudience: Informacje dla pacjentów")
    for said, lang in ((front, "en-GB"), (given, None)):
        leaflet = read_leaflet(write_source(tmp_path, body, said), trust_parts)
        assert leaflet.meta.audience_lang == lang
        audience = next(line for line in header_lines(leaflet) if line[0] == "audience")
        assert audience[2] == (lang or "pl")
    leaflet = read_leaflet(write_source(tmp_path, body, front), trust_parts)
    assert '<p class="audience" lang="en-GB" dir="ltr">Information for Patients</p>' in (
        render_document(leaflet)
    )
    english = read_leaflet(write_source(tmp_path, body), trust_parts)
    assert english.meta.audience_lang is None


def test_the_default_audience_of_a_leaflet_in_another_language_is_in_english_braille(tmp_path):
    """The pipeline's "Information for Patients" in a Polish leaflet had been brailled with the
    Polish table, as the leaflet's own words are; it is English, as the identity lines the
    pipeline adds are."""
    from pipeline.formats.braille.layout import LayoutChoices, units_of

    front = FRONT.replace("title: Test leaflet", "title: Przygotowanie do kolonoskopii")
    front = front.replace("department: Testing", "department: Endoskopia\nlanguage: pl")
    leaflet = read_leaflet(write_source(tmp_path, "Nie jedz przez 6 godzin.\n", front),
                           trust_parts)
    (audience,) = [u for u in units_of(leaflet, LayoutChoices()) if u.text == "Information for "
                   "Patients"]
    assert all(segment.table.startswith("en-ueb") for segment in audience.segments)
