"""The equality team's web page: find a leaflet, make the format a patient asked for, download it.

Pages are rendered on the server (Jinja2) and work without JavaScript; a small script only
turns a build's progress page into progress shown in place. Every identifier in a URL is
looked up in the sources and the registry (catalogue.py), files are served only if a manifest
in outputs/ lists them, and every form post is CSRF-checked (safety.py).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import request_log
from ..build.jobs import build, request
from ..build.manifests import output_folder, read_manifest
from ..errors import LeafletError
from ..formats import Format
from ..formats.registry import FORMATS, offered_formats, settings_for
from ..model import Leaflet
from ..paths import project_dir
from ..sources import find_sources, load_leaflet
from . import catalogue, previews
from .catalogue import NotFound
from .jobs import BUILDING, BuildJob, BuildQueue
from .safety import (
    CSRF_COOKIE,
    CSRF_FIELD,
    MAX_BODY_BYTES,
    BodyLimit,
    CsrfTokens,
    SecurityHeaders,
    allowed_hosts,
    same_origin,
)

HERE = Path(__file__).parent
log = logging.getLogger("pipeline.web")

templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _month_name(month: str) -> str:
    year, number = month.split("-")
    return date(int(year), int(number), 1).strftime("%B %Y")


templates.filters["month_name"] = _month_name
templates.filters["zip"] = zip


def _setting_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return "(none)" if value in ("", None) else str(value)


templates.filters["setting"] = _setting_text


def error_page(status: int, title: str, message: str) -> bytes:
    """An error page in plain words: never a traceback, which would help only an attacker."""
    html = templates.get_template("error.html").render(
        status=status, title=title, message=message, csrf_token="", nav=""
    )
    return html.encode("utf-8")


class UserMistake(Exception):
    """A request the page refuses with a message, e.g. an option out of range: 400."""


def create_app(host: str = "127.0.0.1", secret: str | None = None) -> FastAPI:
    queue = BuildQueue()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        queue.shutdown()

    app = FastAPI(
        title="NHS leaflet formats",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    tokens = CsrfTokens(secret or os.environ.get("LEAFLET_WEB_SECRET") or secrets.token_hex(32))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    # ---- rendering ---------------------------------------------------------------------------

    def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
        cookie, is_new = tokens.cookie_value(request)
        html = templates.get_template(name).render(
            csrf_field=CSRF_FIELD,
            csrf_token=tokens.form_token(cookie),
            nav=context.pop("nav", ""),
            **context,
        )
        response = HTMLResponse(html, status_code=status_code)
        if is_new:
            response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
        return response

    async def checked_form(request: Request) -> dict[str, str]:
        """The posted form, once its CSRF token and origin are proved; else 403."""
        form = await request.form()
        fields = {key: str(value) for key, value in form.items()}
        token = fields.pop(CSRF_FIELD, "")
        if not same_origin(request) or not tokens.valid(
            request.cookies.get(CSRF_COOKIE, ""), token
        ):
            raise HTTPException(
                403,
                "This form has expired or did not come from this page. Go back, reload the "
                "page and try again.",
            )
        return fields

    def wants_json(request: Request) -> bool:
        return "application/json" in request.headers.get("accept", "")

    # ---- pages -------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, q: str = ""):
        query = q.strip()[:100]
        results = catalogue.search(query)
        return render(
            request,
            "home.html",
            nav="home",
            query=query,
            results=results,
            formats=offered_formats(),
        )

    @app.get("/leaflets/{identifier}", response_class=HTMLResponse)
    def leaflet_page(request: Request, identifier: str):
        view = catalogue.describe(identifier, catalogue.source_for(identifier))
        if view.problem:
            raise UserMistake(f"This leaflet's source cannot be read: {view.problem}")
        folder = output_folder(view.leaflet)
        shown = []
        for item in view.formats:
            preview = previews.preview_of(
                item.fmt,
                view.leaflet,
                item.entry.get("settings") or {},
                [folder / file.name for file in item.files],
            )
            shown.append(
                {
                    "view": item,
                    "preview": preview,
                    "options": catalogue.option_fields(item.fmt),
                }
            )
        return render(request, "leaflet.html", view=view, formats=shown)

    @app.post("/leaflets/{identifier}/formats/{format_name}/download")
    async def download(request: Request, identifier: str, format_name: str):
        """The format as the trust offers it: straight to the file if it is ready, else built
        first (joining a build already running)."""
        fields = await checked_form(request)
        catalogue.source_for(identifier)
        fmt = catalogue.offered_format(format_name)
        if fields:
            raise UserMistake("A download takes no options: use the request form for those.")
        return _start(request, identifier, fmt, {})

    @app.post("/leaflets/{identifier}/formats/{format_name}/request")
    async def request_with_options(request: Request, identifier: str, format_name: str):
        fields = await checked_form(request)
        catalogue.source_for(identifier)
        fmt = catalogue.offered_format(format_name)
        changed = catalogue.changed_options(fmt, fields)
        return _start(request, identifier, fmt, changed)

    def _start(request: Request, identifier: str, fmt, options: dict) -> Response:
        leaflet = load_leaflet(catalogue.source_for(identifier))
        if not options:
            state = catalogue.describe(identifier, catalogue.source_for(identifier))
            ready = next(
                (f for f in state.formats if f.fmt.name == fmt.name and f.state == "up to date"),
                None,
            )
            if ready and ready.files:
                request_log.record(identifier, fmt.name, {})
                url = ready.files[0].url
                if wants_json(request):
                    return JSONResponse({"state": "ready", "download_url": url})
                return RedirectResponse(url, status_code=303)
        job = BuildJob(identifier, fmt.name, fmt.title, options)
        work = _build_standard if not options else _build_request
        job, joined = queue.submit(job, work)
        request_log.record(identifier, fmt.name, options)
        log.info("build %s for %s %s (%s)", job.id, leaflet.slug, fmt.name, "joined" * joined)
        if wants_json(request):
            return JSONResponse(
                {**job.as_json(), "status_url": f"/jobs/{job.id}.json", "joined": joined},
                status_code=202,
            )
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    def _build_standard(job: BuildJob) -> None:
        with queue.leaflet_turn(job):
            job.state, job.started = BUILDING, time.monotonic()
            outcome = queue.in_worker_process(build, [job.leaflet], [job.format])
            if outcome.failed:
                raise LeafletError(outcome.failed[0].error)
            leaflet = load_leaflet(find_sources([job.leaflet])[0])
            entry = read_manifest(output_folder(leaflet)).get("formats", {}).get(job.format, {})
            job.files = list(entry.get("files", {}))
            job.file_urls = [catalogue.file_url(job.leaflet, name) for name in job.files]
            job.problems = list((entry.get("check") or {}).get("problems", []))

    def _build_request(job: BuildJob) -> None:
        job.state, job.started = BUILDING, time.monotonic()
        result = queue.in_worker_process(request, job.leaflet, job.format, job.options)
        job.folder = result.folder
        job.files = list(result.entry.get("files", {}))
        job.file_urls = [f"/request-files/{result.folder.name}/{name}" for name in job.files]
        job.problems = list(result.entry["check"]["problems"])

    @app.get("/jobs/{job_id}.json")
    def job_status(job_id: str):
        job = queue.get(job_id)
        if job is None:
            raise NotFound("There is no such build: it may be from before the server restarted.")
        return JSONResponse(job.as_json())

    @app.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(request: Request, job_id: str):
        job = queue.get(job_id)
        if job is None:
            raise NotFound("There is no such build: it may be from before the server restarted.")
        view = catalogue.describe(job.leaflet, catalogue.source_for(job.leaflet))
        return render(request, "job.html", job=job, view=view)

    # ---- files -------------------------------------------------------------------------------

    @app.get("/files/{identifier}/{name}")
    def leaflet_file(identifier: str, name: str):
        leaflet = load_leaflet(catalogue.source_for(identifier))
        return _listed_file(output_folder(leaflet), name)

    @app.get("/request-files/{folder}/{name}")
    def request_file(folder: str, name: str):
        requests_folder = project_dir("outputs") / "requests"
        known = {p.name for p in requests_folder.iterdir()} if requests_folder.is_dir() else set()
        if folder not in known:
            raise NotFound("There is no such request.")
        return _listed_file(requests_folder / folder, name)

    def _listed_file(folder: Path, name: str) -> FileResponse:
        """Only a file the folder's manifest lists, and only inside outputs/."""
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

    @app.get("/view/{identifier}/{name}")
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

    @app.get("/previews/{identifier}/{format_name}/{name}.png")
    def page_preview(identifier: str, format_name: str, name: str):
        leaflet = load_leaflet(catalogue.source_for(identifier))
        fmt = catalogue.offered_format(format_name)
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
        files = [folder / f for f in entry.get("files", {}) if (folder / f).is_file()]
        shown = previews.preview_of(fmt, leaflet, entry.get("settings") or {}, files)
        return shown.kind == kind and shown.file == name

    # ---- the request log ---------------------------------------------------------------------

    @app.get("/requests", response_class=HTMLResponse)
    def requests_page(request: Request):
        entries = request_log.read_log()
        counts = request_log.monthly_counts(entries, [f.name for f in offered_formats()])
        titles = {name: fmt.title for name, fmt in FORMATS.items()}
        return render(
            request,
            "requests.html",
            nav="requests",
            counts=counts,
            latest=list(reversed(entries))[:100],
            total=len(entries),
            titles=titles,
        )

    @app.get("/requests/monthly.csv")
    def monthly_csv():
        entries = request_log.read_log()
        counts = request_log.monthly_counts(entries, [f.name for f in offered_formats()])
        return _csv(counts.csv_text(), "requests-per-format-per-month.csv")

    @app.get("/requests/log.csv")
    def log_csv():
        return _csv(request_log.log_csv_text(request_log.read_log()), "request-log.csv")

    def _csv(text: str, name: str) -> Response:
        return Response(
            text.encode("utf-8-sig"),  # the BOM makes Excel read it as UTF-8
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    # ---- errors ------------------------------------------------------------------------------

    def _error(request: Request, status: int, title: str, message: str) -> HTMLResponse:
        if wants_json(request):
            return JSONResponse({"state": "failed", "message": message}, status_code=status)
        return render(request, "error.html", status, status=status, title=title, message=message)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound):
        return _error(request, 404, "Page not found", str(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException):
        titles = {404: "Page not found", 403: "Not allowed", 405: "Not allowed here"}
        messages = {
            404: "There is nothing at this address. Check it, or find the leaflet from the "
            "home page.",
            405: "This address cannot be used that way.",
        }
        message = messages.get(error.status_code, str(error.detail))
        return _error(request, error.status_code, titles.get(error.status_code, "Error"), message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError):
        return _error(request, 400, "Something in that request is not right", "Please go back.")

    @app.exception_handler(UserMistake)
    async def user_mistake(request: Request, error: UserMistake):
        return _error(request, 400, "That could not be done", str(error))

    @app.exception_handler(LeafletError)
    async def leaflet_error(request: Request, error: LeafletError):
        return _error(request, 400, "That could not be done", str(error))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception):
        log.error("error on %s %s", request.method, request.url.path, exc_info=error)
        return HTMLResponse(
            error_page(
                500,
                "Something went wrong",
                "The page could not be shown because of a fault in the server. The details are "
                "in the server's log; please tell whoever looks after it.",
            ),
            status_code=500,
        )

    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES, error_page=error_page)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host))
    app.add_middleware(SecurityHeaders)
    return app


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """`leaflet serve`: the page for the equality team, on this machine unless told otherwise."""
    import uvicorn

    for fmt in offered_formats():  # a broken config is reported before the server starts
        settings_for(fmt)
    _check_address(host, port)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    print(f"Serving the leaflet pages on http://{host if ':' not in host else f'[{host}]'}:{port}/")
    uvicorn.run(
        create_app(host),
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        proxy_headers=False,
    )


def _check_address(host: str, port: int) -> None:
    """A clear message, not a traceback, when the address cannot be listened on."""
    if not 1 <= port <= 65535:
        raise LeafletError(f"--port {port}: a port is a number from 1 to 65535, such as 8000")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise LeafletError(f"--host {host}: not an address of this machine") from None
    family, kind, protocol, _, address = infos[0]
    with socket.socket(family, kind, protocol) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            raise LeafletError(
                f"cannot serve on {host}:{port} ({error.strerror}): is another server using "
                "it? Choose another with --port"
            ) from None
