"""Turns leaflets as trusts hold them (plain text, Word .docx, PDF) into canonical sources.

Each input has its own reader, which gives its lines in reading order with what the file says
about them (a Word style, a PDF font size); `structure.py` then finds the leaflet in the lines,
the same way for every input, and records each decision for a person to check.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import LeafletError
from ...files import write_atomically
from ...languages import find_language, primary_language
from ...model import reference_slug
from ..reader import parse_body, split_front_matter
from .docx import docx_lines
from .kinds import PDF, TEXT, WORD, kind_of, named_kind
from .offer import take_offer
from .pdf import pdf_lines
from .repeats import bans_said_less_often, said_more_often
from .structure import GIVEN_KEYS, Imported, line_language, recover
from .text import text_lines

__all__ = ["GIVEN_KEYS", "Imported", "import_file", "save_imported"]


def import_file(path: Path, given: dict | None = None) -> Imported:
    """The leaflet in `path`; `given` holds details typed on the command line, which win over
    what the file says. Pictures in a Word file are in `pictures`, for the caller to save; an
    offer of other formats found in the text becomes the leaflet's `formats:`."""
    imported = _recovered(path, given)
    imported.offers = take_offer(imported.front_matter, imported.body)
    _check_it_reads(imported, path)
    return imported


def _check_it_reads(imported: Imported, path: Path) -> None:
    """Refuses a source the project's reader would refuse at build ("lists inside lists are
    not supported"): nothing is written that fails later, far from the file it came from.
    Its details may still be missing, and a line may be left for a person to fix: both are
    warned of already, so only the text is read, and a line a warning names is let be."""
    markdown = imported.markdown()
    data, body, body_line = split_front_matter(markdown, "")
    try:
        parse_body(body, "", body_line, str(data.get("language") or "en"))
    except LeafletError as error:
        # (the line number is of a source never written: the text there is said instead)
        found = re.match(r": line (\d+): (.*)", str(error), re.DOTALL)
        line, why = (int(found[1]), found[2]) if found else (0, str(error).lstrip(": "))
        text = markdown.splitlines()[line - 1].strip() if 0 < line <= markdown.count("\n") else ""
        said = _unmarked(text)[:30]
        if said and any(said in _unmarked(warning) for warning in imported.warnings):
            return  # a line already flagged for a person ("'伤口护理' does not read as English")
        at = f" at '{text[:70]}{'...' if len(text) > 70 else ''}'" if text else ""
        raise LeafletError(
            f"{path}: cannot be imported as it is laid out: the text made from it would not "
            f"build{at} ({why}). Nothing was written: change that part of the file (a table "
            "into a list, a list into one level) and import it again"
        ) from None


def save_imported(imported: Imported, folder: Path, force: bool = False) -> Path:
    """Writes the imported leaflet into `folder` (source/), its pictures first; refuses to
    replace a source or a different picture already there unless `force`."""
    target = folder / imported.file_name
    if target.exists() and not force:
        raise LeafletError(f"{target} already exists: use --force to replace it")
    for name, data in imported.pictures.items():  # before the source that shows them
        picture = folder / name
        if picture.exists() and not force and picture.read_bytes() != data:
            raise LeafletError(f"{picture} already exists: use --force to replace it")
        write_atomically(picture, data)
    write_atomically(target, imported.markdown().encode("utf-8"))
    return target


def _recovered(path: Path, given: dict | None) -> Imported:
    """The leaflet read by the importer for what the file holds: a Word file named '.doc' or a
    PDF named '.txt' is read as what it is, and said; a kind no importer reads is refused."""
    if not path.is_file():
        raise LeafletError(f"{path}: no such file")
    try:
        kind = kind_of(path)
    except OSError as error:
        raise LeafletError(f"{path}: cannot be read ({error.strerror})") from None
    named = named_kind(path)
    if kind not in (TEXT, WORD, PDF):
        raise LeafletError(f"{path}: {kind}")
    if named is None and kind == TEXT:
        raise LeafletError(
            f"{path}: cannot import a '{path.suffix}' file; give a .txt, .md, .docx or .pdf"
        )
    if named in (WORD, PDF) and kind == TEXT:
        # a picture, a broken download or a file cut off at its start under a Word or PDF
        # name: read as text it had been 'not UTF-8 text ... in Notepad, Save As', or the
        # letters of a damaged file imported as a leaflet
        raise LeafletError(
            f"{path}: is not a {named} file, though its name ends '{path.suffix}': it does not "
            "begin as one does (another kind of file renamed, or not sent whole): ask for the "
            "Word or PDF file again"
        )
    if kind == WORD:
        bans: list[str] = []
        lines, pictures, dropped, lost = docx_lines(path, bans)
        imported = _name_pictures(recover(lines, str(path), given, dropped), pictures)
        _keep_running_bans(imported, path, bans)
        imported.warnings += [f"{path}: {what}" for what in lost]
        # (a running ban, kept once, is the file's words: its words the text says too,
        # "więcej niż 8 tabletek w ciągu 24 godzin", had been called a copy to delete)
        imported.warnings += [
            f"{path}: {what}" for what in said_more_often(
                "\n".join([*(line.text for line in lines), *bans]), imported.body
            )
        ]
        _warn_of_lost_bans(imported, path, "\n".join(line.text for line in lines))
    elif kind == PDF:
        read: list[str] = []
        bans: list[str] = []
        by_cells: list[str] = []
        lines, dropped, lost = pdf_lines(
            path, str((given or {}).get("title") or ""), read, bans, by_cells
        )
        imported = recover(lines, str(path), given, dropped)
        _keep_running_bans(imported, path, bans)
        imported.warnings += [f"{path}: {what}" for what in lost]
        imported.warnings += [
            f"{path}: {what}" for what in said_more_often(
                "\n".join([*read, *bans]), imported.body, "\n".join([*by_cells, *bans])
            )
        ]
        # (a running ban, on every page, is kept once: its lines are no words lost)
        _warn_of_lost_bans(imported, path, "\n".join(
            line for line in "\n".join(read).splitlines()
            if not any(_words(line) == _words(ban) for ban in bans)
        ))
    else:
        read_as: list[str] = []
        dropped: list[str] = []
        lost: list[str] = []
        lines = text_lines(path, read_as, dropped, lost)
        imported = recover(lines, str(path), given, [what for what in dropped if what])
        imported.decisions[:0] = read_as
        imported.warnings += [f"{path}: {what}" for what in lost]
        imported.warnings += [
            f"{path}: {what}"
            for what in said_more_often("\n".join(line.text for line in lines), imported.body)
        ]
        _warn_of_lost_bans(imported, path, "\n".join(line.text for line in lines))
    if kind != named:
        imported.decisions.insert(0, (
            f"the file is a {kind} file, though its name ends '{path.suffix}': read as one"
        ))
    return imported


def _keep_running_bans(imported: Imported, path: Path, bans: list[str]) -> None:
    """A ban set in the header or footer of every page ("Never take methotrexate more than once
    a week") is the leaflet's own safety line: kept once, as an Important notice at the start
    of the text (dropped with the running lines, the leaflet had lost its one 'never'), with a
    warning; one the text already says is not said again."""
    said = " ".join(_words(block) for block in imported.body)
    code = str(imported.front_matter.get("language") or "en")
    label = _important_label(code)
    notices = []
    for ban in bans:
        if _words(ban) in said:
            continue
        # (Urdu's full stop and question mark, Gujarati's and Punjabi's danda end one too)
        sentence = ban if re.search(r"[.!?\u06d4\u061f\u0964]$", ban) else f"{ban}."
        row = find_language(line_language(ban))
        said_in = row.code if row else "en"
        if said_in != primary_language(code):
            # (a ban in English over a translated leaflet's pages is said by the English voice;
            # untagged, an Urdu leaflet was refused; one in the leaflet's own language, as a
            # Polish leaflet's "Nigdy nie bierz ...", is its own words)
            sentence = f"[{sentence}]{{lang={said_in}}}"
        notices.append(f"> {label}: {sentence}")
        imported.warnings.append(
            f"{path}: '{ban[:80]}', set over or under every page, says a ban: it is kept once, "
            "as an Important notice at the start of the text: check it reads right there"
        )
    imported.body[:0] = notices


def _important_label(code: str) -> str:
    """The word the leaflet's language labels an Important notice with ("Ważne" in Polish,
    "اہم" in Urdu): a translated leaflet's notice labelled "Important" in English was said so
    by its own voice. English's where the language has none."""
    row = find_language(code)
    own = [word for kind, word in (row.notice_labels if row else ()) if kind == "important"]
    word = own[0] if own else "important"
    return word[:1].upper() + word[1:]


def _unmarked(text: str) -> str:
    """`text` without markdown's marks or quotes, to find it again in a warning."""
    return re.sub(r"[-*#>_`'‘’\[\]{}]|^\d+\.\s", "", text).strip()


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _warn_of_lost_bans(imported: Imported, path: Path, source: str) -> None:
    """A ban's or condition's word the file says and the imported text lost, warned of, as
    words said more often are: what the import set aside on purpose accounts for its own."""
    elsewhere = [*map(str, imported.front_matter.values()), *imported.left_out]
    imported.warnings += [
        f"{path}: {what}" for what in bans_said_less_often(source, imported.body, elsewhere)
    ]


def _name_pictures(imported: Imported, pictures: dict[str, bytes]) -> Imported:
    """Word calls every file's first picture image1.png: prefixed with the leaflet's reference,
    one leaflet's pictures never replace another's in source/images/."""
    prefix = reference_slug(str(imported.front_matter.get("number", "unnumbered")))
    for name, data in pictures.items():
        own = f"images/{prefix}-{name.removeprefix('images/')}"
        imported.body = [block.replace(f"]({name})", f"]({own})") for block in imported.body]
        imported.warnings = [w.replace(name, own) for w in imported.warnings]
        imported.decisions = [d.replace(name, own) for d in imported.decisions]
        imported.pictures[own] = data
    return imported
