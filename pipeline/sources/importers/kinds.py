"""What a file given to import really is, by its content, not its name: trusts send old Word
.doc files, OpenDocument and RTF files, a .docx that is a renamed .doc or was cut short in an
e-mail, a PDF locked with a password, a web page saved as '.pdf', an empty file. Each had been
read by the importer its name chose and refused with a reader's error ('File is not a zip
file', 'PdfminerException', 'not UTF-8 text'), or an empty file imported as an empty leaflet.
A file of a kind the importers read is read as what it is; any other is refused in one message
saying what it is and what to ask for."""

from __future__ import annotations

import zipfile
from pathlib import Path

TEXT, WORD, PDF = "text", "Word .docx", "PDF"  # the kinds the importers read
NAMED = {".txt": TEXT, ".md": TEXT, "": TEXT, ".docx": WORD, ".pdf": PDF}

_OLE = bytes.fromhex("d0cf11e0a1b11ae1")  # Word 97-2003's container (and a locked .docx's)
_OLE_READ = 20_000_000  # bytes: a .doc leaflet with photographs is a few MB
_SAVE_AS_DOCX = "open it in Word and save it as a Word Document (.docx), then import that"
_ASK_AGAIN = "it was not saved or sent whole: ask for the file again"


def kind_of(path: Path) -> str:
    """TEXT, WORD or PDF for a file an importer reads; otherwise why it cannot be read (a
    LeafletError's message after the file's name)."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head.strip() and not path.read_bytes().strip():
        return f"is empty ({'0 bytes' if not head else 'nothing but blank space'}): {_ASK_AGAIN}"
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_OLE):
        return _ole_kind(path)
    if head.lstrip().startswith(b"{\\rtf"):
        return f"is a Rich Text (RTF) file, which cannot be imported: {_SAVE_AS_DOCX}"
    if head.lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")):
        return (
            "is a web page, not a leaflet file (a download that did not work?): ask for the "
            "Word or PDF file again"
        )
    return TEXT


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        return (
            "is not a readable Word .docx file: it is cut short (the start of a Word file with "
            f"its end missing): {_ASK_AGAIN}"
        )
    if "word/document.xml" in names:
        return WORD
    if b"opendocument.text" in mimetype:
        return (
            "is an OpenDocument text file (.odt), which cannot be imported: open it in "
            "LibreOffice or Word and save it as a Word Document (.docx), then import that"
        )
    if b"opendocument" in mimetype or "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        return "is a spreadsheet or a presentation, not a leaflet: ask for the Word or PDF file"
    return "is a zip archive, not a leaflet: take the leaflet's file out of it and import that"


def _ole_kind(path: Path) -> str:
    # a .docx locked with a password is an encrypted package in Word 97-2003's container; its
    # streams are named in the container's directory, near its start in a leaflet-sized file
    with path.open("rb") as handle:
        data = handle.read(_OLE_READ)
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (
            "is locked with a password, so its text cannot be read: ask for a copy without the "
            "password (in Word: File, Info, Protect Document, Encrypt with Password, and clear it)"
        )
    if "WordDocument".encode("utf-16-le") in data:
        return f"is an old Word 97-2003 document (.doc), which cannot be imported: {_SAVE_AS_DOCX}"
    return (
        "is an old Microsoft Office file (Excel or PowerPoint 97-2003?), not a leaflet: ask for "
        "the Word or PDF file"
    )


def named_kind(path: Path) -> str | None:
    """The kind the file's name says (None: a name no importer reads)."""
    return NAMED.get(path.suffix.lower())
