"""Signing in and out. The one page anyone may open; its form is CSRF-checked like every other,
so another site cannot sign a colleague's browser in under its own account."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ... import staff
from ...config import web_config
from ..dependencies import CheckedForm
from ..rendering import render
from ..sessions import FAILURE_MINUTES, safe_next

router = APIRouter()


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request, next: str = "/"):  # noqa: A002 - the address's own word
    return _page(request, safe_next(next))


@router.post("/sign-in", response_class=HTMLResponse)
def sign_in(request: Request, fields: CheckedForm):
    after = safe_next(fields.get("next", "/"))
    if web_config().proxy_header:
        return _page(request, after)
    name = fields.get("name", "").strip().lower()[:40]
    failures = request.app.state.failed_sign_ins
    if failures.paused(name):
        return _page(
            request,
            after,
            f"Too many wrong passwords for this name: wait {FAILURE_MINUTES} minutes and try "
            "again, or ask whoever looks after this server.",
            429,
            name,
        )
    member = staff.signed_in(name, fields.get("password", ""))
    if member is None:
        failures.failed(name)
        return _page(
            request,
            after,
            "That name and password do not match a staff account. Check them and try again; "
            "whoever looks after this server can set a new password.",
            401,
            name,
        )
    response = RedirectResponse(after, status_code=303)
    request.app.state.sessions.start(response, request, member)
    return response


@router.post("/sign-out")
def sign_out(request: Request, fields: CheckedForm):
    response = RedirectResponse("/sign-in", status_code=303)
    request.app.state.sessions.end(response)
    return response


def _page(
    request: Request, after: str, problem: str = "", status: int = 200, name: str = ""
) -> HTMLResponse:
    """The form; after a mistake, with the problem and the name as typed (never the password)."""
    return render(
        request,
        "sign_in.html",
        status,
        after=after,
        problem=problem,
        typed_name=name,
        by_proxy=bool(web_config().proxy_header),
    )
