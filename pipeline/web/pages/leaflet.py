"""A leaflet's page: each offered format's state, files and preview; the download and request
forms; and the builds they start, one per (leaflet, format, options) however many ask."""

from __future__ import annotations

import logging
import time
from functools import partial

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ... import request_log
from ...build.jobs import build, offered_by, request
from ...build.manifests import output_folder, read_manifest
from ...build.request_folders import prune_request_folders
from ...errors import LeafletError
from ...formats import Format
from ...languages import is_right_to_left
from ...sources import find_sources, load_leaflet
from ...sources.fill import FieldProblems, checked_values, leaflet_fields_of
from .. import catalogue, previews
from ..dependencies import CheckedForm, Queue, UserMistake
from ..jobs import BUILDING, BuildJob, BuildQueue
from ..rendering import not_stored, render, wants_json

log = logging.getLogger("pipeline.web")
router = APIRouter()
FILL_PREFIX = "fill-"  # the request form's inputs for the leaflet's blanks: fill-seconds, ...


@router.get("/leaflets/{identifier}", response_class=HTMLResponse)
def leaflet_page(request: Request, identifier: str):
    """Any way of naming the leaflet works ("/leaflets/442"); the page lives at its identifier."""
    canonical = catalogue.resolve(identifier)
    if canonical != identifier:
        return RedirectResponse(f"/leaflets/{canonical}", status_code=308)
    return _leaflet_page(request, identifier)


def _leaflet_page(
    request: Request, identifier: str, wrong: dict | None = None, status: int = 200
) -> HTMLResponse:
    """The page; with `wrong` (a request form's refused blanks), that form open, each wrong
    blank marked and its message beside it, and the values typed kept for correcting."""
    view = catalogue.describe(identifier, catalogue.source_for(identifier))
    if view.problem:
        raise UserMistake(f"This leaflet's source cannot be read: {view.problem}")
    return render(
        request,
        "leaflet.html",
        status,
        view=view,
        formats=_shown_formats(view),
        blanks=leaflet_fields_of(view.leaflet),
        wrong=wrong,
    )


def _shown_formats(view: catalogue.LeafletView) -> list[dict]:
    """Each format with the preview its own hook makes of its built files, and its options."""
    folder = output_folder(view.leaflet)
    return [
        {
            "view": item,
            "preview": previews.preview_of(
                item.fmt,
                view.leaflet,
                item.entry.get("settings") or {},
                [folder / file.name for file in item.files],
            ),
            "options": catalogue.option_fields(item.fmt),
            "sends_text_to": catalogue.sends_text_to(item.fmt),
            "settings_words": catalogue.option_words(item.fmt, item.entry.get("settings") or {}),
            "set_url": catalogue.set_url(view.identifier, item.fmt.name) * item.several,
            "words": _own_words(view, item.fmt),
        }
        for item in view.formats
    ]


def _own_words(view: catalogue.LeafletView, fmt: Format) -> dict | None:
    """Where a format's words written by hand (Easy Read's) are kept and given, if it takes
    any: the page says which words it is made from, and an admin gives or replaces them."""
    if fmt.read_companion is None or not fmt.companion_title:
        return None
    path = fmt.companion_files(view.leaflet)[0]
    url = f"/leaflets/{view.identifier}/formats/{fmt.name}/words"
    return {"file": path.name, "exists": path.is_file(), "url": url}


@router.post("/leaflets/{identifier}/formats/{format_name}/download")
async def download(
    request: Request,
    identifier: str,
    format_name: str,
    fields: CheckedForm,
    queue: Queue,
):
    """The format as the leaflet offers it: straight to the file if it is ready, else built
    first (joining a build already running)."""
    fmt = catalogue.known_format(format_name)
    _refuse_not_made(identifier, fmt)
    if fmt not in offered_by(load_leaflet(catalogue.source_for(identifier))):
        raise UserMistake(
            f"This leaflet does not offer {fmt.title}. If a patient needs it, use the form "
            f"'Make {fmt.title} for a patient anyway' on the leaflet's page."
        )
    if fields:
        raise UserMistake("A download takes no options: use the request form for those.")
    return _start(request, queue, identifier, fmt, {})


@router.post("/leaflets/{identifier}/formats/{format_name}/request")
async def request_with_options(
    request: Request,
    identifier: str,
    format_name: str,
    fields: CheckedForm,
    queue: Queue,
):
    fmt = catalogue.known_format(format_name)
    _refuse_not_made(identifier, fmt)
    anyway = fields.pop("anyway", "") == "yes"
    if fmt not in offered_by(load_leaflet(catalogue.source_for(identifier))) and not anyway:
        raise UserMistake(
            f"This leaflet does not offer {fmt.title}: tick 'This leaflet does not offer it: "
            "make it anyway for this patient' to make it (the request log notes it)."
        )
    consent = fields.pop(catalogue.CONSENT_FIELD, "") == "yes"
    fill = {
        name.removeprefix(FILL_PREFIX): fields.pop(name)
        for name in list(fields)
        if name.startswith(FILL_PREFIX)
    }
    changed = catalogue.changed_options(fmt, fields)
    catalogue.refuse_unconsented(fmt, changed, consent, request.state.staff.admin)
    leaflet = load_leaflet(catalogue.source_for(identifier))
    try:
        checked = checked_values(leaflet, fill)
    except FieldProblems as wrong:
        return _wrong_blanks(request, identifier, fmt, wrong, fill, leaflet.meta.language)
    return _start(request, queue, identifier, fmt, changed, anyway, checked)


def _wrong_blanks(
    request: Request,
    identifier: str,
    fmt: Format,
    wrong: FieldProblems,
    typed: dict,
    language: str,
) -> Response:
    """Each refused blank's message beside it, by the form's words (never --fill's names nor
    the value): the page's script marks each field from "fields"; without the script the page
    comes back with the form open, the blanks marked and what was typed kept. Each label is in
    the leaflet's `language`, which the script marks on it as the page does."""
    fields = [
        {
            "name": FILL_PREFIX + problem.field.name,
            "label": problem.field.form_label,
            "lang": language,
            "dir": "rtl" if is_right_to_left(language) else "ltr",
            "says": problem.says[:1].upper() + problem.says[1:],
        }
        for problem in wrong.problems
    ]
    count = len(fields)
    message = (
        f"Nothing was made: {'a blank needs' if count == 1 else f'{count} blanks need'} "
        "changing. Go to each below, or find it marked in the form."
    )
    if wants_json(request):
        return not_stored(JSONResponse(
            {"state": "failed", "message": message, "fields": fields, "files": [], "problems": []},
            status_code=400,
        ))
    marked = {
        "format": fmt.name,
        "message": message,
        "fields": fields,
        "says": {field["name"]: field["says"] for field in fields},
        "typed": {FILL_PREFIX + name: value for name, value in typed.items()},
    }
    return not_stored(_leaflet_page(request, identifier, marked, status=400))


def _refuse_not_made(identifier: str, fmt: Format) -> None:
    """A format not made for this leaflet (a translation's Easy Read, written by hand) is refused
    saying why, before anything is logged or queued: a build of it would make no file, and
    "anyway" would not make it either (as `leaflet request` refuses it)."""
    if why := fmt.not_made(load_leaflet(catalogue.source_for(identifier))):
        raise UserMistake(f"{fmt.title} is not made for this leaflet: {why}.")


def _start(
    request: Request,
    queue: BuildQueue,
    identifier: str,
    fmt: Format,
    options: dict,
    anyway: bool = False,
    fill: dict[str, str] | None = None,
) -> Response:
    """Logs the request (never the values filled in), then sends the browser to the ready file
    or to the build's progress. A format the leaflet does not offer, or one filled in for a
    patient, is always a request of its own."""
    leaflet = load_leaflet(catalogue.source_for(identifier))
    anyway = anyway and fmt not in offered_by(leaflet)
    fill = fill or {}
    if not options and not anyway and not fill:
        ready_url = _ready_file_url(identifier, fmt)
        if ready_url:
            request_log.record(identifier, fmt.name, {}, staff=request.state.staff.name)
            if wants_json(request):
                return JSONResponse({"state": "ready", "download_url": ready_url})
            return RedirectResponse(ready_url, status_code=303)
    entry = read_manifest(output_folder(leaflet)).get("formats", {}).get(fmt.name, {})
    estimate = queue.estimate(fmt.name, entry.get("seconds", 0))
    words = "; ".join(
        catalogue.option_words(fmt, options) + ["filled in for a patient"] * bool(fill)
    )
    job = BuildJob(
        identifier, fmt.name, fmt.title, options, anyway, estimate, words, fill,
        who=request.state.staff.name,
    )
    work = _build_request if options or anyway or fill else _build_standard
    job, joined = queue.submit(job, partial(work, queue))
    logged = request_log.logged_options(options, anyway, bool(fill))
    request_log.record(identifier, fmt.name, logged, staff=request.state.staff.name)
    log.info("build %s for %s %s (%s)", job.id, leaflet.slug, fmt.name, "joined" * joined)
    if wants_json(request):
        return JSONResponse(
            {**job.as_json(), "status_url": f"/jobs/{job.id}.json", "joined": joined},
            status_code=202,
        )
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def _ready_file_url(identifier: str, fmt: Format) -> str:
    """The format as offered, if it is up to date (its file, or its files as one set); else ""."""
    state = catalogue.describe(identifier, catalogue.source_for(identifier))
    ready = next(
        (f for f in state.formats if f.fmt.name == fmt.name and f.state == "up to date"), None
    )
    if not ready or not ready.files:
        return ""
    return catalogue.set_url(identifier, fmt.name) if ready.several else ready.files[0].url


def _build_standard(queue: BuildQueue, job: BuildJob) -> None:
    """The leaflet's own outputs, in its turn: they share the leaflet's manifest."""
    with queue.leaflet_turn(job):
        job.state, job.started = BUILDING, time.monotonic()
        outcome = queue.in_worker_process(build, [job.leaflet], [job.format])
        if outcome.failed:
            raise LeafletError(outcome.failed[0].error)
        leaflet = load_leaflet(find_sources([job.leaflet])[0])
        entry = read_manifest(output_folder(leaflet)).get("formats", {}).get(job.format, {})
        job.files = list(entry.get("files", {}))
        job.file_urls = [catalogue.file_url(job.leaflet, name) for name in job.files]
        job.set_url = catalogue.set_url(job.leaflet, job.format) * (len(job.files) > 1)
        job.problems = list((entry.get("check") or {}).get("problems", []))


def _build_request(queue: BuildQueue, job: BuildJob) -> None:
    """A request with its own options, built in a folder of its own."""
    job.state, job.started = BUILDING, time.monotonic()
    prune_request_folders()
    result = queue.in_worker_process(
        request, job.leaflet, job.format, job.options, job.anyway, job.fill, who=job.who
    )
    job.folder = result.folder
    job.files = list(result.entry.get("files", {}))
    job.file_urls = [f"/request-files/{result.folder.name}/{name}" for name in job.files]
    job.set_url = f"/request-file-sets/{result.folder.name}/{job.format}.zip" * (len(job.files) > 1)
    job.problems = list(result.entry["check"]["problems"])
