"""The fault suite: bad input and hostile files, each case asserting the exit code, the one
message naming what is wrong and where, no traceback, and outputs that were good left untouched.

Every case starts from the reference leaflet built in braille (the quickest format), spoils one
thing, and rebuilds."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SOURCE_442, sign_in_as_staff

from pipeline.cli import main

SLUG = "442-lower-back-stretches-in-pregnancy"
SOURCE = f"source/{SLUG}.md"


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def built(project, capsys) -> Path:
    assert main(["build", "442", "--format", "braille"]) == 0
    capsys.readouterr()
    return project / "outputs" / SLUG


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append_to_body(project: Path, text: str) -> None:
    path = project / SOURCE
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


def picture(project: Path, name: str, data: bytes, alt: str = "A person against a wall") -> None:
    images = project / "source" / "images"
    images.mkdir(exist_ok=True)
    (images / name).write_bytes(data)
    append_to_body(project, f"![{alt}](images/{name})")


def png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (width, height)).save(out, "PNG")
    return out.getvalue()


def huge_png() -> bytes:
    """A 20000 x 20000 picture: a few hundred kilobytes on disk, 1.6 GB once decoded."""
    return png(20000, 20000)


SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'

# (case, how the project is spoiled, what the message must say)
SOURCE_CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "impossible day",
        lambda p: edit(p, SOURCE, "next_review: 2026-02", "next_review: 2026-02-30"),
        r"442-lower-back-stretches-in-pregnancy.md: .*next_review: '2026-02-30' is not a date",
    ),
    (
        "month 13",
        lambda p: edit(p, SOURCE, "next_review: 2026-02", "next_review: 2026-13-01"),
        r"next_review: '2026-13-01' is not a date",
    ),
    (
        "year 0",
        lambda p: edit(p, SOURCE, "next_review: 2026-02", "next_review: 0000-02"),
        r"next_review: '0000-02' .*year",
    ),
    (
        "control character in the title",
        lambda p: edit(p, SOURCE, "title: Lower back", 'title: "Lower\\e[31m back"\n#'),
        r"title: .*control character",
    ),
    (
        "control character in the body",
        lambda p: edit(p, SOURCE, "Stand with your back", "Stand\x07 with your back"),
        r"line 16: a control character \(U\+0007\) is in the text",
    ),
    (
        "NUL in the body",
        lambda p: append_to_body(p, "Lift\x00 one leg."),
        r"line \d+: .*control character \(U\+0000\)",
    ),
    (
        "4,301-digit leaflet number",
        lambda p: edit(p, SOURCE, "number: 442", "number: " + "4" * 4301),
        r"front matter: number: a reference of 4,301 characters is too long: .* at most 40",
    ),
    (
        "10 MB leaflet",
        lambda p: append_to_body(p, "Gently lean to one side.\n\n" * 400_000),
        r"is \d+ MB: a leaflet source may be at most 1 MB",
    ),
    (
        "100,000-character paragraph",
        lambda p: append_to_body(p, "Hold this stretch. " * 5_300),
        r"line \d+: this text is 100,699 characters long; a paragraph, heading or list item may be "
        r"at most 5,000 characters",
    ),
    (
        "unmarked Urdu in the title",
        lambda p: edit(p, SOURCE, "title: Lower back", "title: کمر Lower back"),
        r"front matter: title: 'کمر Lower back.*' is written in Arabic script",
    ),
    (
        "picture outside source/",
        lambda p: append_to_body(p, "![The trust's settings](../config/organisation.yaml)"),
        r"line \d+: the picture ../config/organisation.yaml is outside .*source",
    ),
    (
        "picture at an absolute path",
        lambda p: append_to_body(p, "![A password file](/etc/passwd)"),
        r"line \d+: the picture /etc/passwd is outside",
    ),
    (
        "20000 x 20000 px picture",
        lambda p: picture(p, "huge.png", huge_png()),
        r"line \d+: the picture images/huge.png is 20000 x 20000 pixels",
    ),
    (
        "picture that is not a picture",
        lambda p: picture(p, "notes.png", b"Dear Mrs Smith, your appointment"),
        r"line \d+: the picture images/notes.png is not a PNG, JPEG, GIF, WebP or SVG picture",
    ),
    (
        "SVG fetching a URL",
        lambda p: picture(
            p, "web.svg", f'{SVG_OPEN}<image href="http://127.0.0.1:9/x.png"/></svg>'.encode()
        ),
        r"line \d+: the picture images/web.svg refers to http://127.0.0.1:9/x.png",
    ),
    (
        "SVG embedding a local file",
        lambda p: picture(
            p, "file.svg", f'{SVG_OPEN}<image xlink:href="file:///etc/passwd"/></svg>'.encode()
        ),
        r"the picture images/file.svg refers to file:///etc/passwd",
    ),
    (
        "SVG with a style fetching a URL",
        lambda p: picture(
            p,
            "style.svg",
            f"{SVG_OPEN}<style>@import url(http://127.0.0.1:9/a.css);</style></svg>".encode(),
        ),
        r"the picture images/style.svg refers to http://127.0.0.1:9/a.css",
    ),
    (
        "SVG with entities",
        lambda p: picture(
            p,
            "lol.svg",
            b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            + SVG_OPEN.encode()
            + b"<text>&b;</text></svg>",
        ),
        r"the picture images/lol.svg .*DOCTYPE",
    ),
    (
        "malformed SVG",
        lambda p: picture(p, "broken.svg", SVG_OPEN.encode() + b"<circle"),
        r"the picture images/broken.svg is not a readable SVG \(line 1: .*not well-formed",
    ),
]

CONFIG_CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "{phone[99]} in the format offer",
        lambda p: edit(p, "config/organisation.yaml", "telephone {phone}", "telephone {phone[99]}"),
        r"organisation.yaml: format_offer.text: \{phone\[99\]\} is not a placeholder",
    ),
    (
        "{phone.__class__} in the format offer",
        lambda p: edit(
            p, "config/organisation.yaml", "telephone {phone}", "telephone {phone.__class__}"
        ),
        r"format_offer.text: \{phone.__class__\} is not a placeholder",
    ),
    (
        "a lone brace in the format offer",
        lambda p: edit(p, "config/organisation.yaml", "telephone {phone}", "telephone {phone"),
        r"format_offer.text: .*brace",
    ),
    (
        "lang: zh on the Polish line",
        lambda p: edit(p, "config/organisation.yaml", "lang: pl", "lang: zh"),
        r"translations.4: 'zh' is not in pipeline/languages.py",
    ),
    (
        "lang: ur on the Polish line",
        lambda p: edit(p, "config/organisation.yaml", "lang: pl", "lang: ur"),
        r"translations.4: 'Aby uzyskać.*' is written in Latin script, but 'ur' \(Urdu\) is "
        "written in Arabic",
    ),
    (
        "a control character in the footer",
        lambda p: edit(
            p, "config/organisation.yaml", "  - >-\n    **Health", '  - "\\a"\n  - >-\n    **Health'
        ),
        r"organisation.yaml: footer.0: holds a control character \(U\+0007\)",
    ),
    (
        "a control character in a translation line",
        lambda p: edit(p, "config/organisation.yaml", '"Aby uzyskać', '"\\x1bAby uzyskać'),
        r"organisation.yaml: format_offer.translations.4: holds a control character \(U\+001B\)",
    ),
    (
        "a broken pictures.yaml",
        lambda p: (p / "config" / "pictures.yaml").write_text("pictures: [", encoding="utf-8"),
        r"pictures.yaml: .*not valid YAML",
    ),
    (
        "a wrong key in plain_words.yaml",
        lambda p: (p / "config" / "plain_words.yaml").write_text("wordz: {}\n", encoding="utf-8"),
        r"plain_words.yaml: wordz: is not a key",
    ),
    (
        "a broken pronunciations.yaml",
        lambda p: (p / "config" / "pronunciations.yaml").write_text("- [", encoding="utf-8"),
        r"pronunciations.yaml: .*not valid YAML",
    ),
    (
        "an audio setting out of range",
        lambda p: edit(p, "config/formats.yaml", "words_per_minute: 160", "words_per_minute: 900"),
        r"formats.yaml: settings.audio.words_per_minute: .*200",
    ),
]


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [case[1:] for case in SOURCE_CASES + CONFIG_CASES],
    ids=[case[0] for case in SOURCE_CASES + CONFIG_CASES],
)
def test_bad_input_is_one_message_and_leaves_good_outputs(built, project, capsys, spoil, expected):
    before = hashes(built)
    spoil(project)
    code, out, err = run(["build", "442", "--format", "braille", "--force"], capsys)
    assert code == 2
    assert re.search(expected, err), err[:2000]
    assert "Traceback" not in out + err and "a bug" not in out + err
    assert len(err) < 2000, "the message must be short (no picture data, no whole file)"
    assert hashes(built) == before


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [case[1:] for case in SOURCE_CASES[:4]],
    ids=[case[0] for case in SOURCE_CASES[:4]],
)
def test_one_bad_source_leaves_the_others_building_and_status_listing(
    built, project, capsys, spoil, expected
):
    second = project / "source" / "443-knee-exercises.md"
    second.write_text(
        SOURCE_442.read_text(encoding="utf-8").replace("number: 442", "number: 443"),
        encoding="utf-8",
    )
    spoil(project)
    code, out, err = run(["build", "--format", "braille"], capsys)
    assert code == 2 and re.search(expected, err), err
    assert "built   443-knee-exercises braille" in out
    code, out, err = run(["status"], capsys)
    assert code == 2 and re.search(expected, err), err
    assert "443-knee-exercises" in out and "Traceback" not in out + err


def test_a_bom_is_read_as_the_start_of_the_file(built, project, capsys):
    path = project / SOURCE
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    code, out, err = run(["build", "442", "--format", "braille", "--force"], capsys)
    assert code == 0, err


def test_two_sources_with_one_number_are_both_named_and_neither_wins(built, project, capsys):
    before = hashes(built)
    newer = project / "source" / "442-lower-back-stretches.md"
    newer.write_text(
        (project / SOURCE).read_text(encoding="utf-8").replace("version: 3", "version: 4"),
        encoding="utf-8",
    )
    code, out, err = run(["build", "--format", "braille", "--force"], capsys)
    assert code == 2
    assert (
        "442-lower-back-stretches-in-pregnancy.md and 442-lower-back-stretches.md both have "
        "leaflet number 442" in err
    )
    assert hashes(built) == before
    assert not (built / "442-v4-braille.brf").exists()


# ---- requests: options are checked, and the log holds no patient details -----------------------

PATIENT = "Mrs Jane Smith NHS 943 476 5919"


@pytest.mark.parametrize(
    ("format_name", "option"),
    [
        ("accessible-html", "--font"),
        ("large-print", "--font"),
        ("easy-read", "--font"),
        ("audio", "--english-voice"),
    ],
)
def test_free_text_options_are_refused_and_never_logged(project, capsys, format_name, option):
    code, out, err = run(["request", "442", format_name, option, PATIENT], capsys)
    assert code == 2
    assert "Traceback" not in out + err
    log = project / "outputs" / "request-log.csv"
    assert not log.exists() or "Jane" not in log.read_text()
    requests = project / "outputs" / "requests"
    assert not requests.exists() or not list(requests.iterdir())



def text_options_given_wrong() -> list[tuple[str, str, str, str]]:
    """(format, option flag, its label, a value of the wrong length) for every text option of
    every format with a shortest or longest it takes: each is refused in its own words."""
    from pipeline.formats.registry import FORMATS
    from pipeline.options import option_field

    cases = []
    for fmt in FORMATS.values():
        for name, info in fmt.settings.model_fields.items():
            option = option_field(name, info, info.default)
            flag = "--" + name.replace("_", "-")
            rules = {k: getattr(r, k) for r in info.metadata for k in ("min_length", "max_length")
                     if getattr(r, k, None) is not None}
            if option.kind == "text" and rules.get("min_length"):
                cases.append((fmt.name, flag, option.label, ""))
            if option.kind == "text" and rules.get("max_length"):
                cases.append((fmt.name, flag, option.label, "Arial " * rules["max_length"]))
    return cases


@pytest.mark.parametrize(("format_name", "option", "label", "value"), text_options_given_wrong())
def test_a_text_option_empty_or_too_long_is_named_with_what_it_takes(
    project, capsys, format_name, option, label, value
):
    """`request 442 large-print --font ''` had said "option --font: String should have at least
    1 character", pydantic's words: an option's text that is empty or too long is named as a
    number out of range is, by the option's label and what it takes."""
    code, out, err = run(["request", "442", format_name, option, value], capsys)
    assert code == 2 and "Traceback" not in out + err
    given = "nothing" if not value else "'Arial Arial"
    assert f"{label}: {given}" in err and "will not do; give " in err, err
    assert f"(option {option})" in err and "should have" not in err.lower(), err
    assert "in at most" in err or not value, err


# ---- Word files: size, entity and zip limits; pictures never overwrite another leaflet's -------


def word_file(tmp_path: Path, replace: dict[str, bytes] | None = None, picture: bool = False):
    import docx

    document = docx.Document()
    document.add_heading("Knee exercises", level=1)
    for line in (
        "Physiotherapy",
        "Last reviewed: March 2024",
        "Next review: March 2027",
        "Leaflet number: 501 Version: 2",
        "Bend your knee slowly.",
    ):
        document.add_paragraph(line)
    if picture:
        knee = tmp_path / "knee.png"
        knee.write_bytes(png(40, 40))
        document.add_picture(str(knee))
        document.inline_shapes[0]._inline.docPr.set("descr", "A bent knee")
    path = tmp_path / "knee.docx"
    document.save(path)
    if replace:
        original = zipfile.ZipFile(path)
        members = {name: original.read(name) for name in original.namelist()}
        original.close()
        members.update(replace)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for name, data in members.items():
                out.writestr(name, data)
    return path


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">'
    + b"".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">'.encode() for i in range(1, 10))
    + b"]><w:document xmlns:w="
    b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    ("replace", "expected"),
    [
        (
            {"word/document.xml": b"<w:document><w:body><w:p>"},
            r"knee.docx: word/document.xml line 1: .*not well-formed",
        ),
        ({"word/document.xml": LAUGHS}, r"knee.docx: word/document.xml .*DOCTYPE"),
        (
            {"word/media/filler.bin": bytes(300 * 1024 * 1024)},
            r"knee.docx: .*unpacks to more than 100 MB",
        ),
    ],
    ids=["malformed XML", "billion laughs", "zip bomb"],
)
def test_hostile_word_files_are_refused(project, capsys, tmp_path, replace, expected):
    path = word_file(tmp_path, replace)
    before = sorted(p.name for p in (project / "source").rglob("*"))
    code, out, err = run(["import", str(path)], capsys)
    assert code == 2
    assert re.search(expected, err), err
    assert "Traceback" not in out + err
    assert sorted(p.name for p in (project / "source").rglob("*")) == before


def test_word_pictures_never_overwrite_another_leaflets(project, capsys, tmp_path):
    images = project / "source" / "images"
    images.mkdir()
    theirs = images / "image1.png"
    theirs.write_bytes(b"another leaflet's picture")
    path = word_file(tmp_path, picture=True)
    (project / "source" / "501-knee-exercises.md").write_text("already here", encoding="utf-8")
    code, out, err = run(["import", str(path)], capsys)
    assert code == 2 and "already exists" in err
    assert sorted(p.name for p in images.iterdir()) == ["image1.png"]
    code, out, err = run(["import", str(path), "--force"], capsys)
    assert code == 0, err
    assert theirs.read_bytes() == b"another leaflet's picture"
    source = (project / "source" / "501-knee-exercises.md").read_text(encoding="utf-8")
    assert "![A bent knee](images/501-image1.png)" in source
    assert (images / "501-image1.png").read_bytes() == png(40, 40)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Knee\nPhysio\nLeaflet number: " + "5" * 4301 + "\n", r"line 3: .*at most 40"),
        ("# Knee\x1b[2J\nPhysio\n", r"line 1: .*control character \(U\+001B\)"),
        ("# Knee\n" + "Bend. " * 2_000_000, r"is \d+ MB: a leaflet source may be at most 1 MB"),
    ],
    ids=["4,301-digit number", "escape sequence", "12 MB text"],
)
def test_bad_text_imports_are_refused(project, capsys, tmp_path, text, expected):
    path = tmp_path / "knee.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(["import", str(path)], capsys)
    assert code == 2 and re.search(expected, err), err
    assert "Traceback" not in out + err


def _wound_pdf(path: Path) -> Path:
    import weasyprint

    weasyprint.HTML(string=(
        "<h1>Caring for your wound</h1><p>Surgical Day Unit</p><p>Keep the dressing dry for 48 "
        "hours.</p><p>Do not take the dressing off yourself.</p>"
    )).write_pdf(path)
    return path


def _locked_pdf(path: Path) -> Path:
    import pikepdf

    with pikepdf.open(_wound_pdf(path.with_name("open.pdf"))) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="ward5", owner="ward5-admin"))
    return path


def _office_97(path: Path, stream: str) -> Path:
    """A file in Word 97-2003's container holding `stream` ('WordDocument' in a .doc; an
    'EncryptedPackage' is a .docx locked with a password)."""
    sector = bytearray(512)
    sector[: len(stream) * 2] = stream.encode("utf-16-le")
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + bytes(sector))
    return path


def _odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def _cut_short(path: Path, made: Path) -> Path:
    data = made.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _scan(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (420, 594), "white").save(path, "PDF")
    return path


def _photo(path: Path) -> Path:
    """A photograph of a leaflet under a PDF's name: read as text it had been 'not UTF-8
    text ... in Notepad, Save As'."""
    from PIL import Image

    Image.new("RGB", (120, 170), "white").save(path, "PNG")
    return path


SAVE_AS_DOCX = r"save it as a Word Document \(\.docx\), then import that"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: _office_97(d / "wound.doc", "WordDocument"),
         r"wound\.doc: is an old Word 97-2003 document \(\.doc\).*" + SAVE_AS_DOCX),
        (lambda d: _office_97(d / "wound.docx", "WordDocument"),
         r"wound\.docx: is an old Word 97-2003 document \(\.doc\).*" + SAVE_AS_DOCX),
        (lambda d: _office_97(d / "wound.docx", "EncryptedPackage"),
         r"wound\.docx: is locked with a password.*ask for a copy without the password"),
        (lambda d: _odt(d / "wound.odt"),
         r"wound\.odt: is an OpenDocument text file \(\.odt\).*" + SAVE_AS_DOCX),
        (lambda d: _written(d / "wound.rtf", rb"{\rtf1\ansi Keep it dry.\par}"),
         r"wound\.rtf: is a Rich Text \(RTF\) file.*" + SAVE_AS_DOCX),
        (lambda d: _scan(d / "wound.pdf"),
         r"wound\.pdf: has no text to read: it is probably a scanned picture.*Ask for the Word"),
        (lambda d: _locked_pdf(d / "wound.pdf"),
         r"wound\.pdf: is locked with a password.*ask for a copy without the password"),
        (lambda d: _cut_short(d / "wound.docx", word_file(d)),
         r"wound\.docx: is not a readable Word \.docx file: it is cut short .*ask for the file "
         r"again"),
        (lambda d: _cut_short(d / "wound.pdf", _wound_pdf(d / "whole.pdf")),
         r"wound\.pdf: is cut short .*ask for the file again"),
        (lambda d: _written(d / "wound.txt", b""),
         r"wound\.txt: is empty \(0 bytes\).*ask for the file again"),
        (lambda d: _written(d / "wound.docx", b""),
         r"wound\.docx: is empty \(0 bytes\).*ask for the file again"),
        (lambda d: _written(d / "wound.txt", b"\r\n  \r\n"),
         r"wound\.txt: is empty \(nothing but blank space\).*ask for the file again"),
        (lambda d: _written(d / "wound.txt", "\ufeff\r\n".encode("utf-16")),
         r"wound\.txt: is empty \(no text in it\).*ask for the file again"),
        (lambda d: _written(d / "wound.pdf", b"<!DOCTYPE html><html><body>Sign in</body></html>"),
         r"wound\.pdf: is a web page, not a leaflet file.*ask for the Word or PDF file again"),
        (lambda d: _photo(d / "wound.pdf"),
         r"wound\.pdf: is not a PDF file, though its name ends '\.pdf'.*ask for the Word or PDF "
         r"file again"),
        (lambda d: _written(d / "wound.docx", b"Caring for your wound\r\nKeep it dry.\r\n"),
         r"wound\.docx: is not a Word \.docx file, though its name ends '\.docx'"),
    ],
    ids=["old Word .doc", ".doc renamed .docx", "Word with a password", "OpenDocument .odt",
         "RTF", "scanned PDF", "PDF with a password", "Word cut short", "PDF cut short",
         "empty .txt", "empty .docx", "blank .txt", "empty UTF-16 .txt", "web page as .pdf",
         "photo as .pdf", "text as .docx"],
)
def test_files_trusts_send_that_cannot_be_imported_are_one_message(
    project, capsys, tmp_path, make, expected
):
    """Files as trusts really send them, of a kind no importer reads or broken on the way,
    had each been refused with the reader's own error ('File is not a zip file', 'is not a
    readable PDF (PdfminerException)') or, empty, imported as a leaflet of nothing: each is
    one message naming the file, what it is and what to ask for, and nothing is written."""
    sent = tmp_path / "sent"
    sent.mkdir()
    path = make(sent)
    before = sorted(p.name for p in (project / "source").rglob("*"))
    code, out, err = run(["import", str(path)], capsys)
    assert code == 2, out + err
    assert re.search(expected, err), err
    assert err.count("error: ") == 1 and err.startswith("error: "), err
    assert "Traceback" not in out + err
    assert sorted(p.name for p in (project / "source").rglob("*")) == before


# ---- a full disk ------------------------------------------------------------------------------


@pytest.fixture
def small_disk(project):
    """outputs/ on a 2 MB tmpfs: needs root (CI containers and this machine have it)."""
    outputs = project / "outputs"
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(outputs)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip("cannot mount a small tmpfs here (not root)")
    yield outputs
    subprocess.run(["umount", "-l", str(outputs)], check=True)


def test_a_full_disk_says_so_and_keeps_the_old_outputs(small_disk, capsys):
    assert main(["build", "442", "--format", "braille"]) == 0
    capsys.readouterr()
    folder = small_disk / SLUG
    before = hashes(folder)
    filler = small_disk / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(bytes(64 * 1024))
                out.flush()
        except OSError:
            pass
    code, out, err = run(["build", "442", "--format", "braille", "--force"], capsys)
    assert code == 2
    assert "the disk is full" in out + err
    assert "Traceback" not in out + err and "a bug" not in out + err
    assert hashes(folder) == before
    code, out, err = run(["request", "442", "braille", "--grade", "1"], capsys)
    assert code == 2 and "the disk is full" in err and "Traceback" not in out + err


# ---- the web page -------------------------------------------------------------------------------


@pytest.fixture
def web(built):
    from fastapi.testclient import TestClient

    from pipeline.web import create_app

    app = create_app("127.0.0.1", secret="fault-suite")
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        sign_in_as_staff(client)
        yield client


@pytest.mark.parametrize(
    "url",
    [
        f"/files/{SLUG}/442-v3-braille.brf%00",
        "/request-files/20260101-000000-x/a%00b",
        f"/view/{SLUG}/a%00.html",
        f"/previews/{SLUG}/braille/a%00.png",
    ],
)
def test_a_nul_in_a_download_address_is_not_found(web, project, url):
    (project / "outputs" / "requests" / "20260101-000000-x").mkdir(parents=True)
    response = web.get(url)
    assert response.status_code == 404
    assert "Traceback" not in response.text


def test_a_broken_source_is_listed_without_the_servers_folders(web, project):
    edit(project, SOURCE, "next_review: 2026-02", "next_review: 2026-02-30")
    for url in ("/", "/?q=back"):
        page = web.get(url)
        assert page.status_code == 200
        assert f"source/{SLUG}.md: front matter: next_review: '2026-02-30' is not a date" in (
            page.text.replace("&#39;", "'")
        )
        assert str(project) not in page.text
    page = web.get(f"/leaflets/{SLUG}")
    assert page.status_code == 400 and "2026-02-30" in page.text
    assert str(project) not in page.text and "/tmp/" not in page.text


def test_old_request_folders_are_pruned_when_a_request_is_made(built, project, capsys):
    import os
    import time

    from pipeline.config import retention_days

    requests = project / "outputs" / "requests"
    old, recent = requests / "20250101-090000-old", requests / "20260101-090000-recent"
    for folder in (old, recent):
        folder.mkdir(parents=True)
    long_ago = time.time() - (retention_days() + 1) * 24 * 3600
    os.utime(old, (long_ago, long_ago))
    assert main(["request", "442", "braille", "--grade", "1"]) == 0
    capsys.readouterr()
    assert not old.exists() and recent.exists()
    assert len(list(requests.iterdir())) == 2


def test_an_authors_easy_read_file_is_held_to_the_same_limits(tmp_path, leaflet_442):
    from pipeline.errors import LeafletError
    from pipeline.formats.easy_read.drafter import read_author_file

    path = tmp_path / f"{SLUG}.easyread.md"
    path.write_text("---\nleaflet: 442\n---\n\n[stand] Stand up.\x07\n", encoding="utf-8")
    with pytest.raises(LeafletError, match=r"line 5: a control character \(U\+0007\)"):
        read_author_file(path, leaflet_442)


# ---- a target that is no regular file --------------------------------------------------------


def test_a_fifo_given_as_the_target_is_written_into_and_stays_a_fifo(tmp_path):
    """`easyread-draft 442 --to /dev/null --force` as root had put a regular file in place of
    /dev/null: a target that is a device or a pipe is written into, never renamed over."""
    import os
    import stat
    import threading

    from pipeline.files import write_atomically

    fifo = tmp_path / "draft.md"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as pipe:
            received.append(pipe.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    text = b"[stop] Do not stop taking your steroid tablets.\n"
    write_atomically(fifo, text)
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert received == [text]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]


def test_a_regular_file_is_still_replaced_whole(tmp_path):
    import os

    from pipeline.files import write_atomically

    target = tmp_path / "442-v3-large-print.pdf"
    target.write_bytes(b"old")
    before = os.stat(target).st_ino
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and os.stat(target).st_ino != before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["easyread-draft", "442", "--to", "{file}/442.easyread.md"], "(not a directory)"),
        (["speech-script", "442", "--fill-file", "{folder}"], "(is a directory)"),
        (
            ["import", "tests/fixtures/leaflets/phy-0412-knee-exercises-after-arthroscopy.txt",
             "--to", "{file}/sources"],
            "(not a directory)",
        ),
    ],
)
def test_a_path_that_cannot_be_used_is_one_message(project, capsys, tmp_path, argv, expected):
    """A file or folder given on the command line that cannot be written or read ('--to' under
    a file, '--fill-file' naming a folder) had printed a traceback naming a temporary file: one
    message names the path given, and what is wrong with it."""
    from pipeline.paths import PROJECT_ROOT

    folder = tmp_path / "values"
    folder.mkdir()
    file = tmp_path / "notes.txt"
    file.write_text("a note, not a folder\n", encoding="utf-8")
    argv = [
        str(PROJECT_ROOT / part) if part.startswith("tests/") else part.format(
            file=file, folder=folder
        )
        for part in argv
    ]
    code, out, err = run(argv, capsys)
    assert code == 2, out + err
    assert err.startswith("error: ") and "cannot be read or written" in err and expected in err
    assert "Traceback" not in out + err and "/." not in err, err
    assert file.read_text(encoding="utf-8") == "a note, not a folder\n"
