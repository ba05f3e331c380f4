"""The equality team's web page: find a leaflet, make the format a patient asked for, download it.

Pages are rendered on the server (Jinja2) and work without JavaScript; a small script only
turns a build's progress page into progress shown in place. Every identifier in a URL is
looked up in the sources and the registry (catalogue.py), files are served only if a manifest
in outputs/ lists them, and every form post is CSRF-checked (safety.py).

This module puts the app together; each page is a router in pages/, and reaches what the app
holds (templates, form tokens, the build queue) through `request.app.state`.
"""

from __future__ import annotations

import copy
import logging
import os
import secrets
import socket
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import LeafletError
from ..formats.registry import offered_formats, settings_for
from .catalogue import NotFound
from .dependencies import UserMistake
from .jobs import BuildQueue
from .pages import accounts, files, home, jobs, leaflet, requests, signin, upload
from .rendering import error_page, render, templates_environment, wants_json
from .safety import (
    MAX_BODY_BYTES,
    BodyLimit,
    CsrfTokens,
    SecurityHeaders,
    allowed_hosts,
    without_server_paths,
)
from .sessions import (
    AdminNeeded,
    FailedSignIns,
    Sessions,
    SignInNeeded,
    sign_in_address,
    signed_in,
)

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("pipeline.web")


def create_app(host: str = "127.0.0.1", secret: str | None = None) -> FastAPI:
    """The app for the host name it is served as; `secret` signs form tokens and sessions
    (random if not set here or in LEAFLET_WEB_SECRET, so a restart expires every open form and
    signs everyone out)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.queue.shutdown()

    app = FastAPI(
        title="NHS leaflet formats",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.templates = templates_environment()
    secret = secret or os.environ.get("LEAFLET_WEB_SECRET") or secrets.token_hex(32)
    app.state.tokens = CsrfTokens(secret)
    app.state.sessions = Sessions(secret)
    app.state.failed_sign_ins = FailedSignIns()
    app.state.queue = BuildQueue()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(signin.router)
    for page in (home, leaflet, jobs, files, requests, upload, accounts):
        app.include_router(page.router, dependencies=[Depends(signed_in)])
    _add_error_pages(app)
    app.add_middleware(
        BodyLimit, limit=MAX_BODY_BYTES, error_page=partial(error_page, app.state.templates)
    )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host))
    app.add_middleware(SecurityHeaders)
    return app


def _add_error_pages(app: FastAPI) -> None:
    """Every error as a page in plain words (JSON for the page's script), never a traceback."""

    def error(request: Request, status: int, title: str, message: str) -> HTMLResponse:
        message = without_server_paths(message)
        if wants_json(request):
            return JSONResponse({"state": "failed", "message": message}, status_code=status)
        return render(request, "error.html", status, status=status, title=title, message=message)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, problem: NotFound):
        return error(request, 404, "Page not found", str(problem))

    @app.exception_handler(SignInNeeded)
    async def sign_in_needed(request: Request, problem: SignInNeeded):
        if request.method == "GET" and not wants_json(request):
            return RedirectResponse(sign_in_address(request.url.path), status_code=303)
        return error(
            request, 401, "Please sign in", "Sign in first: you were signed out or never signed in."
        )

    @app.exception_handler(AdminNeeded)
    async def admin_needed(request: Request, problem: AdminNeeded):
        return error(
            request,
            403,
            "Not allowed",
            "Only a member of staff with the admin role can do this. Ask one to do it for you.",
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, problem: HTTPException):
        titles = {404: "Page not found", 403: "Not allowed", 405: "Not allowed here"}
        messages = {
            404: "There is nothing at this address. Check it, or find the leaflet from the "
            "home page.",
            405: "This address cannot be used that way.",
        }
        message = messages.get(problem.status_code, str(problem.detail))
        title = titles.get(problem.status_code, "Error")
        return error(request, problem.status_code, title, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, problem: RequestValidationError):
        return error(request, 400, "Something in that request is not right", "Please go back.")

    @app.exception_handler(UserMistake)
    async def user_mistake(request: Request, problem: UserMistake):
        return error(request, 400, "That could not be done", str(problem))

    @app.exception_handler(LeafletError)
    async def leaflet_error(request: Request, problem: LeafletError):
        return error(request, 400, "That could not be done", str(problem))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, problem: Exception):
        log.error("error on %s %s", request.method, request.url.path, exc_info=problem)
        return HTMLResponse(
            error_page(
                app.state.templates,
                500,
                "Something went wrong",
                "The page could not be shown because of a fault in the server. The details are "
                "in the server's log; please tell whoever looks after it.",
            ),
            status_code=500,
        )


class WithoutQueryStrings(logging.Filter):
    """Each access line's address without its query: the search box is where a clerk types the
    words a patient used, perhaps with their name or NHS number, and 'GET /?q=jo+bloggs+9434765919'
    stood in the server's log, which is kept. The query is never needed to follow a fault."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def log_config() -> dict:
    """Uvicorn's logging, its access lines passed through WithoutQueryStrings."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"without_query": {"()": WithoutQueryStrings}}
    config["handlers"]["access"]["filters"] = ["without_query"]
    return config


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
        log_config=log_config(),
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
