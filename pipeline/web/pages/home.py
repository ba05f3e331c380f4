"""The home page: every leaflet, or those a search finds, with the state of each format."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ...formats.registry import offered_formats
from .. import catalogue
from ..rendering import not_stored, render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str = ""):
    query = q.strip()[:100]
    page = render(
        request,
        "home.html",
        nav="home",
        query=query,
        results=catalogue.search(query),
        formats=offered_formats(),
    )
    return not_stored(page) if query else page  # the words a patient used, perhaps their name
