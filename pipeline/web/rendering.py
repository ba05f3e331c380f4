"""Pages from templates: the Jinja2 environment each app makes for itself, and rendering with the
form token every page's forms carry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..languages import is_right_to_left, primary_language
from .safety import CSRF_COOKIE, CSRF_FIELD

TEMPLATES = Path(__file__).parent / "templates"


def templates_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["month_name"] = _month_name
    env.filters["zip"] = zip
    env.filters["in_language"] = in_language
    return env


def in_language(text: str, language: str | None) -> Markup:
    """A leaflet's words on the staff's English page, marked with their own language and
    direction when it is not English ('7561 اپنا انہیلر کیسے استعمال کریں' had no lang, so a
    screen reader read the Urdu title in its English voice)."""
    if not language or primary_language(language) == "en":
        return escape(text)
    direction = "rtl" if is_right_to_left(language) else "ltr"
    return Markup(f'<span lang="{escape(language)}" dir="{direction}">{escape(text)}</span>')


def _month_name(month: str) -> str:
    year, number = month.split("-")
    return date(int(year), int(number), 1).strftime("%B %Y")


def error_page(templates: Environment, status: int, title: str, message: str) -> bytes:
    """An error page in plain words: never a traceback, which would help only an attacker."""
    html = templates.get_template("error.html").render(
        status=status, title=title, message=message, csrf_token="", nav=""
    )
    return html.encode("utf-8")


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    """A page, its forms carrying a token bound to the browser's cookie (set here if new)."""
    tokens = request.app.state.tokens
    cookie, is_new = tokens.cookie_value(request)
    html = request.app.state.templates.get_template(name).render(
        csrf_field=CSRF_FIELD,
        csrf_token=tokens.form_token(cookie),
        nav=context.pop("nav", ""),
        staff=getattr(request.state, "staff", None),
        **context,
    )
    response = HTMLResponse(html, status_code=status_code)
    if is_new:
        response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
    return response


NOT_STORED = {"Cache-Control": "no-store"}


def not_stored(response: Response) -> Response:
    """A response holding what was typed for a patient (a form given back to correct, a search
    for the words they used, a sheet filled in for them): never kept in the browser's cache,
    where the next person at a shared PC could see it again from its history."""
    response.headers.update(NOT_STORED)
    return response


def wants_json(request: Request) -> bool:
    """The page's script asks for JSON; a browser without it gets pages and redirects."""
    return "application/json" in request.headers.get("accept", "")
