"""Built files: downloads, the built web page in its preview frame, and first pages as pictures.

A file is served only if a manifest in outputs/ lists it, and a preview only if the format's own
preview shows that file. A format of several files (braille) is also served as one .zip. An
out-of-date file is never sent without saying so: its address gives a page that says why and
offers to build it again, and the old file only when asked for it knowingly.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.exceptions import HTTPException

from ...build.manifests import output_folder, read_manifest
from ...build.request_folders import requests_folder
from ...formats import Format
from ...formats.registry import FORMATS
from ...model import Leaflet
from ...paths import project_dir
from ...sources import load_leaflet
from .. import catalogue, previews
from ..catalogue import NotFound
from ..rendering import not_stored, render

router = APIRouter()
OUT_OF_DATE = "yes"  # ?out_of_date=yes: the old file, asked for knowing it is old


@router.get("/files/{identifier}/{name}")
def leaflet_file(request: Request, identifier: str, name: str, out_of_date: str = ""):
    view = catalogue.describe(identifier, catalogue.source_for(identifier))
    _refuse_if_not_made(view, lambda fmt_name, files: name in files)
    owner = next((f for f in view.formats if name in {file.name for file in f.files}), None)
    if owner and owner.state == "stale" and out_of_date != OUT_OF_DATE:
        return _out_of_date(request, view, owner, name)
    return _listed_file(output_folder(view.leaflet), name)


@router.get("/file-sets/{identifier}/{format_name}.zip")
def leaflet_file_set(request: Request, identifier: str, format_name: str, out_of_date: str = ""):
    view = catalogue.describe(identifier, catalogue.source_for(identifier))
    catalogue.known_format(format_name)
    _refuse_if_not_made(view, lambda fmt_name, files: fmt_name == format_name)
    owner = next((f for f in view.formats if f.fmt.name == format_name and f.files), None)
    if owner is None:
        raise NotFound("This format has not been built yet.")
    name = catalogue.set_name([file.name for file in owner.files])
    if owner.state == "stale" and out_of_date != OUT_OF_DATE:
        return _out_of_date(request, view, owner, name)
    return _zipped(output_folder(view.leaflet), [file.name for file in owner.files])


@router.get("/request-files/{folder}/{name}")
def request_file(folder: str, name: str):
    """A file made for one patient (perhaps with their details filled in): never stored."""
    return not_stored(_listed_file(_request_folder(folder), name))


@router.get("/request-file-sets/{folder}/{format_name}.zip")
def request_file_set(folder: str, format_name: str):
    path = _request_folder(folder)
    entry = read_manifest(path).get("formats", {}).get(format_name)
    if not entry or not entry.get("files"):
        raise NotFound("There is no such file.")
    return not_stored(_zipped(path, list(entry["files"])))


def _request_folder(folder: str) -> Path:
    requests = requests_folder()
    known = {p.name for p in requests.iterdir()} if requests.is_dir() else set()
    if folder not in known:
        raise NotFound("There is no such request.")
    return requests / folder


def _refuse_if_not_made(view: catalogue.LeafletView, asked_for) -> None:
    """A format the leaflet says is not made (a translation's Easy Read once its author's file
    is gone) is never sent, though its old files may still be in the manifest: the address says
    why, as the leaflet's page does, instead of sending a document the page disowns."""
    listed = view.manifest.get("formats", {}) if view.manifest else {}
    for owner in view.formats:
        files = (listed.get(owner.fmt.name) or {}).get("files", {})
        if owner.state == "not made" and asked_for(owner.fmt.name, files):
            raise NotFound(f"{owner.fmt.title} is not made for this leaflet: {owner.reason}.")


def _out_of_date(
    request: Request, view: catalogue.LeafletView, owner: catalogue.FormatView, name: str
) -> HTMLResponse:
    """Says plainly that the file is out of date and why, and offers to build it again."""
    return render(request, "out_of_date.html", view=view, f=owner, file_name=name)


def _zipped(folder: Path, names: list[str]) -> Response:
    """The files as one .zip, each checked as a single download would be."""
    paths = [_listed_file(folder, name).path for name in names]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in paths:
            archive.write(path, Path(path).name)
    return Response(
        buffer.getvalue(),
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="{catalogue.set_name(names)}"',
            "Content-Security-Policy": "sandbox",
            "Cache-Control": "no-cache",
        },
    )


@router.get("/view/{identifier}/{name}")
def web_page_view(identifier: str, name: str):
    """A built web page shown as a page (for the preview frame), sandboxed."""
    leaflet = load_leaflet(catalogue.source_for(identifier))
    built = read_manifest(output_folder(leaflet)).get("formats", {})
    if not any(
        _previewed(leaflet, FORMATS[format_name], entry, name, "web")
        for format_name, entry in built.items()
        if format_name in FORMATS and name in entry.get("files", {})
    ):
        raise NotFound("Only web pages can be viewed here.")
    response = _listed_file(output_folder(leaflet), name)
    return FileResponse(
        response.path,
        media_type="text/html; charset=utf-8",
        headers={
            "Content-Security-Policy": previews.WEB_PAGE_POLICY,
            "X-Frame-Options": "SAMEORIGIN",
            "Cache-Control": "no-cache",
        },
    )


@router.get("/previews/{identifier}/{format_name}/{name}.png")
def page_preview(identifier: str, format_name: str, name: str):
    leaflet = load_leaflet(catalogue.source_for(identifier))
    fmt = catalogue.known_format(format_name)
    entry = read_manifest(output_folder(leaflet)).get("formats", {}).get(format_name, {})
    if name not in entry.get("files", {}) or not _previewed(leaflet, fmt, entry, name, "page"):
        raise NotFound("There is no such preview.")
    source = output_folder(leaflet) / name
    try:
        png = previews.first_page_png(source, entry["files"][name])
    except previews.PreviewUnavailable as error:
        raise HTTPException(503, f"No preview: {error}.") from None
    return FileResponse(png, media_type="image/png")


def _previewed(leaflet: Leaflet, fmt: Format, entry: dict, name: str, kind: str) -> bool:
    """Whether the format's preview of its build (its manifest entry) shows file `name` as
    `kind`: the page serves what the format chose to show, whatever the file's name."""
    folder = output_folder(leaflet)
    files = [folder / listed for listed in entry.get("files", {}) if (folder / listed).is_file()]
    shown = previews.preview_of(fmt, leaflet, entry.get("settings") or {}, files)
    return shown.kind == kind and shown.file == name


def _listed_file(folder: Path, name: str) -> FileResponse:
    """Only a file the folder's manifest lists, and only inside outputs/."""
    if not name.isprintable():  # a NUL (%00) would reach the file system as an error
        raise NotFound("There is no such file.")
    listed = {
        file_name
        for entry in read_manifest(folder).get("formats", {}).values()
        for file_name in entry.get("files", {})
    }
    outputs = project_dir("outputs").resolve()
    target = (folder / name).resolve()
    if name not in listed or outputs not in target.parents or not target.is_file():
        raise NotFound("There is no such file.")
    return FileResponse(
        target,
        media_type=previews.AUDIO.get(target.suffix.lower(), None),
        filename=name,
        headers={"Content-Security-Policy": "sandbox", "Cache-Control": "no-cache"},
    )
