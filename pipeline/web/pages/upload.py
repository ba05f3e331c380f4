"""Adding a leaflet from a .txt, .docx or .pdf file: the importer reads it, the page shows what
it understood and what a person must check, asks for the details the file did not give, and
on confirmation saves it into source/ as `leaflet import` does. For staff with the admin role.

The file is judged by what it holds, as `leaflet import` judges it, never by its name alone: a
.doc, .odt or .rtf gets the importer's own message saying what it is and what to ask for (the
page had refused them all in one general sentence), and a Word file or PDF under another name
is read as what it is, said among the decisions.

The upload waits in outputs/uploads/<random>/ under a name of our own (never the file's, which
could be anything) until it is added or a day has passed.

A format's own words written by hand (Easy Read's <leaflet>.easyread.md, the reviewed text that
replaces its draft) are given on a page of their own from the leaflet's page: the file is read
as the build will read it, and saved beside the leaflet's source only when it reads whole; a
file already there is replaced only when asked, so a bad file overwrites nothing.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import shutil
import tempfile
import time
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile

from ...errors import LeafletError
from ...formats import Format
from ...model import Leaflet
from ...paths import project_dir
from ...sources import load_leaflet
from ...sources.importers import Imported, import_file, save_imported
from ...sources.importers.kinds import PDF, TEXT, WORD, kind_of
from .. import catalogue
from ..dependencies import CheckedForm, UserMistake
from ..rendering import render
from ..safety import MAX_UPLOAD_BYTES, UPLOAD_PATH, without_server_paths
from ..sessions import admin

log = logging.getLogger("pipeline.web")
router = APIRouter(dependencies=[Depends(admin)])
WORDS_PATH = "/leaflets/{identifier}/formats/{format_name}/words"  # safety.WORDS_UPLOAD_PATH

_STAGED_SUFFIX = re.compile(r"^\.[\w-]{1,16}$")  # a name's ending we may keep for the importer
KEEP_HOURS = 24
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,40}$")
# What the page asks for, in the importer's keys, with the words staff see.
DETAILS = (
    ("number", "Leaflet reference", "such as 442 or PHY-0412", True),
    ("title", "Title", "", True),
    ("department", "Department that wrote it", "", True),
    ("version", "Version", "a whole number, such as 3", True),
    ("last_reviewed", "Last reviewed", "a month, such as 2024-03 or March 2024", False),
    ("next_review", "Next review due", "a month, such as 2027-03", False),
    ("issued", "Issued", "when this version was issued: a month, such as 2024-03", False),
    ("organisation", "Trust that wrote it", "only when it is another trust's leaflet, such as "
     "Hull University Teaching Hospitals NHS Trust", False),
)


def uploads_folder() -> Path:
    return project_dir("outputs") / "uploads"


@router.get(UPLOAD_PATH, response_class=HTMLResponse)
def upload_page(request: Request):
    return render(request, "upload.html", nav="upload", step="choose")


@router.post(UPLOAD_PATH, response_class=HTMLResponse)
async def receive(request: Request, fields: CheckedForm):
    """Reads the file with the importer and shows what it understood."""
    upload = (await request.form()).get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _choose_again(request, "Choose a file first: a .txt, .docx or .pdf leaflet.")
    shown_name = Path(upload.filename.replace("\\", "/")).name[:120]
    data = await upload.read(MAX_UPLOAD_BYTES + 1)
    _prune()
    token = secrets.token_urlsafe(18)
    folder = uploads_folder() / token
    folder.mkdir(parents=True)
    (folder / f"leaflet{_staged_suffix(shown_name)}").write_bytes(data)
    (folder / "upload.json").write_text(json.dumps({"name": shown_name}), encoding="utf-8")
    try:
        imported = _import(folder, {})
    except LeafletError as error:
        message = _in_words(str(error), folder, shown_name)  # while the staged file is there
        shutil.rmtree(folder, ignore_errors=True)
        return _choose_again(request, message)
    return _review(request, token, imported)


@router.post(UPLOAD_PATH + "/{token}", response_class=HTMLResponse)
async def add(request: Request, token: str, fields: CheckedForm):
    """Saves the leaflet with the details as confirmed, into source/."""
    folder = _staged(token)
    if folder is None:
        return _choose_again(
            request, "That upload has expired (uploads are kept for a day): choose the file again."
        )
    found = _import(folder, {}).front_matter
    given = {
        key: fields.get(key, "").strip()
        for key, *_ in DETAILS
        if fields.get(key, "").strip() and fields.get(key, "").strip() != str(found.get(key, ""))
    }
    # each box shows what the file gave: one sent back empty clears it ("Trust that wrote it"
    # read wrongly from the file had come back whatever was done to the box)
    cleared = [
        key for key, *_ in DETAILS
        if key in fields and not fields[key].strip() and str(found.get(key, "")).strip()
    ]
    try:
        imported = _without(_import(folder, given), cleared)
    except LeafletError as error:
        return _review(request, token, _import(folder, {}), _in_words(str(error), folder))
    missing = [
        label for key, label, _, required in DETAILS
        if required and (key in imported.missing or key in cleared)
    ]
    if missing:
        return _review(request, token, imported, f"Give the {' and '.join(missing).lower()}.")
    try:
        target = save_imported(imported, project_dir("source"), fields.get("replace") == "yes")
    except LeafletError as error:
        message = f"A leaflet is already saved as source/{imported.file_name}: tick 'Replace "
        message += "it' to save this one in its place, or change the reference or title."
        exists = "already exists" in str(error)
        return _review(request, token, imported, message if exists else str(error), exists)
    warnings = _shown_warnings(imported, folder)
    shutil.rmtree(folder, ignore_errors=True)
    try:
        load_leaflet(target)
        problem = ""
    except LeafletError as error:
        problem = without_server_paths(str(error))
    return render(
        request,
        "upload.html",
        nav="upload",
        step="added",
        identifier=target.stem,
        file_name=target.name,
        warnings=warnings,
        problem=problem,
    )


def _staged_suffix(shown_name: str) -> str:
    """The ending of the file's own name, so that the importer judges the name as the command
    does (a text file named '.doc' refused, a PDF named '.txt' read and said); one of odd
    letters, which cannot be a name the importer reads, is staged as '.unread'."""
    suffix = Path(shown_name).suffix.lower()
    return suffix if _STAGED_SUFFIX.match(suffix) else ".unread"


def _import(folder: Path, given: dict) -> Imported:
    staged = next(folder.glob("leaflet.*"))
    return import_file(staged, given)


def _without(imported: Imported, cleared: list[str]) -> Imported:
    """The import with the details emptied on the page left out, each said in its report."""
    labels = {key: label for key, label, *_ in DETAILS}
    for key in cleared:
        value = imported.front_matter.pop(key, None)
        if value is not None:
            imported.decisions.insert(0, f"{labels[key].lower()} {str(value)!r}, found in the "
                                      "file, left out: its box was emptied on the page")
    return imported


def _staged(token: str) -> Path | None:
    folder = uploads_folder() / token
    return folder if _TOKEN.match(token) and folder.is_dir() else None


def _shown_name(folder: Path) -> str:
    return json.loads((folder / "upload.json").read_text(encoding="utf-8"))["name"]


def _in_words(message: str, folder: Path, shown_name: str = "") -> str:
    """The importer names the file by where it waits; staff know it by their own name for it."""
    name = shown_name or _shown_name(folder)
    for staged in folder.glob("leaflet.*"):
        message = message.replace(str(staged), name)
        if staged.suffix != Path(name).suffix:  # "cannot import a '.doc' file" as they named it
            message = message.replace(f"'{staged.suffix}'", f"'{Path(name).suffix}'")
    return without_server_paths(message)


def _shown_warnings(imported: Imported, folder: Path) -> list[str]:
    """What a person must fix, less the details the page itself asks for."""
    asked = set(imported.missing.values())
    return [_in_words(w, folder) for w in imported.warnings if w not in asked]


def _review(
    request: Request, token: str, imported: Imported, problem: str = "", exists: bool = False
) -> HTMLResponse:
    folder = uploads_folder() / token
    found = imported.front_matter
    details = [
        {
            "key": key,
            "label": label,
            "hint": hint,
            "required": required,
            "value": "" if found.get(key) is None else str(found[key]),
            "missing": key in imported.missing,
        }
        for key, label, hint, required in DETAILS
    ]
    return render(
        request,
        "upload.html",
        400 if problem else 200,
        nav="upload",
        step="review",
        token=token,
        shown_name=_shown_name(folder),
        details=details,
        decisions=[_in_words(d, folder) for d in imported.decisions],
        offers=imported.offers,
        warnings=_shown_warnings(imported, folder),
        markdown=imported.markdown(),
        file_name=imported.file_name,
        exists=exists or (project_dir("source") / imported.file_name).exists(),
        problem=problem,
    )


def _choose_again(request: Request, problem: str) -> HTMLResponse:
    return render(request, "upload.html", 400, nav="upload", step="choose", problem=problem)


def _prune() -> None:
    """Uploads never added are removed after KEEP_HOURS."""
    folder = uploads_folder()
    if not folder.is_dir():
        return
    cutoff = time.time() - KEEP_HOURS * 3600
    for path in folder.iterdir():
        if path.is_dir() and path.stat().st_mtime < cutoff:
            shutil.rmtree(path, ignore_errors=True)


# ---- a format's own words, written by hand (Easy Read's .easyread.md) ----------------------


@router.get(WORDS_PATH, response_class=HTMLResponse)
def words_page(request: Request, identifier: str, format_name: str):
    fmt, leaflet, target = _words_of(identifier, format_name)
    return _words_form(request, identifier, fmt, leaflet, target)


@router.post(WORDS_PATH, response_class=HTMLResponse)
async def receive_words(request: Request, identifier: str, format_name: str, fields: CheckedForm):
    """Reads the file as the build will, then saves it as the leaflet's own words; any problem
    is one message on the form again, and nothing is saved."""
    fmt, leaflet, target = _words_of(identifier, format_name)
    upload = (await request.form()).get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        problem = f"Choose a file first: the {fmt.companion_title.lower()}, a .md text file."
        return _words_form(request, identifier, fmt, leaflet, target, problem)
    shown_name = Path(upload.filename.replace("\\", "/")).name[:120]
    data = await upload.read(MAX_UPLOAD_BYTES + 1)
    uploads_folder().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=uploads_folder()) as folder:
        staged = Path(folder) / target.name
        staged.write_bytes(data)
        try:
            notes = _read_words(fmt, leaflet, staged, shown_name, target)
        except LeafletError as error:
            message = without_server_paths(str(error).replace(str(staged), shown_name))
            return _words_form(request, identifier, fmt, leaflet, target, message)
        if target.exists() and fields.get("replace") != "yes":
            problem = (
                f"{fmt.companion_title} are already saved for this leaflet as "
                f"source/{target.name}: tick 'Replace them' to save this file in their place."
            )
            return _words_form(request, identifier, fmt, leaflet, target, problem)
        part = target.with_name(f".{target.name}.part")  # whole or not at all
        shutil.copyfile(staged, part)
        os.replace(part, target)
    log.info("%s for %s saved by %s", fmt.companion_title, leaflet.slug, request.state.staff.name)
    return render(
        request, "words.html", nav="", step="saved", identifier=identifier, fmt=fmt,
        meta=leaflet.meta, file_name=target.name,
        notes=[without_server_paths(note) for note in notes],
    )


def _words_of(identifier: str, format_name: str) -> tuple[Format, Leaflet, Path]:
    """The format, the leaflet and where its own words are kept; a format that takes none is
    no page."""
    fmt = catalogue.known_format(format_name)
    if fmt.read_companion is None or not fmt.companion_title:
        raise catalogue.NotFound(f"{fmt.title} takes no words written by hand.")
    try:
        leaflet = load_leaflet(catalogue.source_for(identifier))
    except LeafletError as error:
        raise UserMistake(f"This leaflet's source cannot be read: {error}") from None
    return fmt, leaflet, fmt.companion_files(leaflet)[0]


def _read_words(fmt: Format, leaflet: Leaflet, staged: Path, shown_name: str, target: Path):
    """What a person should look at in the words, once they read as the build will read them;
    a file named for another language's leaflet, or not a text file at all, is refused first."""
    kind = kind_of(staged)
    if kind.startswith("is empty"):
        raise LeafletError(f"{staged}: {kind}")
    if kind != TEXT:
        what = f"is a {kind} file" if kind in (WORD, PDF) else re.split(r",? which|:", kind)[0]
        raise LeafletError(
            f"{staged}: {what}, not text: the {fmt.companion_title.lower()} are plain text, one "
            "row a line ('[picture name] Words.'); save them as a .md text file (UTF-8) and "
            "choose that"
        )
    named = re.fullmatch(r"(.+?)((?:\.[A-Za-z-]+)?)\.easyread\.md", shown_name)
    own = re.fullmatch(r"(.+?)((?:\.[A-Za-z-]+)?)\.easyread\.md", target.name)
    if named and own and named[2].lower() != own[2].lower():
        raise LeafletError(
            f"{staged}: is named as the {fmt.companion_title.lower()} of another language's "
            f"leaflet; this leaflet's are {target.name}. Choose that file, or rename this one "
            "if it is this leaflet's"
        )
    return fmt.read_companion(leaflet, staged)


def _words_form(
    request: Request, identifier: str, fmt: Format, leaflet: Leaflet, target: Path,
    problem: str = "",
) -> HTMLResponse:
    return render(
        request, "words.html", 400 if problem else 200, nav="", step="choose",
        identifier=identifier, fmt=fmt, meta=leaflet.meta, file_name=target.name,
        exists=target.exists(), problem=problem,
    )
