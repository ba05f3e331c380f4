"""The request log: how many of each format were asked for each month, for the equality team's
reports, as a page and as CSV for a spreadsheet."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ... import request_log
from ...config import retention_days
from ...formats.registry import FORMATS, offered_formats
from .. import catalogue
from ..rendering import render

router = APIRouter()


@router.get("/requests", response_class=HTMLResponse)
def requests_page(request: Request):
    entries = request_log.read_log()
    return render(
        request,
        "requests.html",
        nav="requests",
        counts=_monthly_counts(entries),
        latest=list(reversed(entries))[:100],
        total=len(entries),
        titles={name: fmt.title for name, fmt in FORMATS.items()},
        kept=catalogue.kept_requests(),
        keep_days=retention_days(),
        option_words=_option_words,
    )


def _option_words(entry: request_log.LoggedRequest) -> list[str]:
    """A logged request's options as the page says them ("Cells on a line: 32")."""
    fmt = FORMATS.get(entry.format)
    words = catalogue.option_words(fmt, entry.options) if fmt else []
    if entry.options.get("anyway") == "yes":
        words.append("not offered with this leaflet: made anyway")
    if entry.options.get("filled") == "yes":
        words.append("filled in for a patient")
    return words


@router.get("/requests/monthly.csv")
def monthly_csv():
    counts = _monthly_counts(request_log.read_log())
    return _csv(counts.csv_text(), "requests-per-format-per-month.csv")


@router.get("/requests/log.csv")
def log_csv():
    return _csv(request_log.log_csv_text(request_log.read_log()), "request-log.csv")


def _monthly_counts(entries: list[request_log.LoggedRequest]) -> request_log.MonthlyCounts:
    """Every offered format has a column, asked for or not."""
    return request_log.monthly_counts(entries, [fmt.name for fmt in offered_formats()])


def _csv(text: str, name: str) -> Response:
    return Response(
        text.encode("utf-8-sig"),  # the BOM makes Excel read it as UTF-8
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
