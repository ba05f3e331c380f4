"""The request log: which leaflet, which format, which options, on which day, asked for by which
member of staff. Nothing else.

The equality team reports how many requests each format gets a month. A patient's name, NHS
number or contact details belong in the patient record, never here, so the log has no column
that could hold them: options are only the format's own settings, already validated, with
"anyway=yes" or "filled=yes" for a format not offered or a sheet filled in for a patient, and the
staff column holds a staff account's login name (checked by pipeline.staff), or the computer
account that ran `leaflet request`.
Both `leaflet request` and the web page append to the same file, one line per request, under an
exclusive lock so two writers never interleave a line.
"""

from __future__ import annotations

import csv
import fcntl
import io
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import LeafletError
from .paths import project_dir

COLUMNS = ("date", "leaflet", "format", "options", "staff")
FIRST_COLUMNS = COLUMNS[:4]  # logs from before staff were recorded


def log_path() -> Path:
    """outputs/request-log.csv, or the file named by LEAFLET_REQUEST_LOG (keep it backed up)."""
    override = os.environ.get("LEAFLET_REQUEST_LOG")
    return Path(override) if override else project_dir("outputs") / "request-log.csv"


@dataclass(frozen=True)
class LoggedRequest:
    day: date
    leaflet: str
    format: str
    options: dict[str, str] = field(default_factory=dict)
    staff: str = ""

    @property
    def month(self) -> str:
        return self.day.strftime("%Y-%m")

    def options_text(self) -> str:
        """ "size=24; grade=1": readable in a spreadsheet, and parsed back by `read_log`."""
        return "; ".join(f"{key}={value}" for key, value in sorted(self.options.items()))


def logged_options(options: dict, anyway: bool = False, filled: bool = False) -> dict:
    """The options column's words for a request: its settings, "anyway=yes" for a format the
    leaflet does not offer, and "filled=yes" for a sheet with a patient's blanks filled in
    (it had been logged as the standard sheet, "as offered"): that it was filled, never with
    what, nor which blanks."""
    marks = {"anyway": anyway, "filled": filled}
    return {**options, **{mark: "yes" for mark, made in marks.items() if made}}


def _options_from_text(text: str) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in text.split(";") if part.strip())
    return {key: value for key, _, value in pairs}


def record(
    leaflet: str,
    format_name: str,
    options: dict[str, object],
    settings: dict[str, object] | None = None,
    day: date | None = None,
    staff: str = "",
) -> LoggedRequest:
    """Appends one request. `options` are the settings the request changed; given the settings
    the build used, each is logged as validated ("24", typed as "24.0", is logged as 24)."""
    settings = settings or {}
    entry = LoggedRequest(
        day or date.today(),
        leaflet,
        format_name,
        {str(key): _plain(settings.get(key, value)) for key, value in options.items()},
        staff,
    )
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8", newline="") as out:
            fcntl.flock(out, fcntl.LOCK_EX)
            try:
                writer = csv.writer(out)
                if out.tell() == 0:
                    writer.writerow(COLUMNS)
                writer.writerow(_row(entry))
                out.flush()
            finally:
                fcntl.flock(out, fcntl.LOCK_UN)
    except OSError as error:
        raise LeafletError(f"{path}: cannot add to the request log ({error.strerror})") from None
    return entry


def _plain(value: object) -> str:
    """Enum members and numbers as staff would type them: 24, not 24.0 or Size.LARGE."""
    value = getattr(value, "value", value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def read_log() -> list[LoggedRequest]:
    """Every logged request, oldest first. A line that is not a request is named, not skipped."""
    path = log_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise LeafletError(f"{path}: cannot read the request log ({error})") from None
    entries = []
    rows = csv.reader(io.StringIO(text))
    for number, row in enumerate(rows, start=1):
        if not row or tuple(row) in (COLUMNS, FIRST_COLUMNS):
            continue
        try:
            day_text, leaflet, format_name, options, *who = row
            day = date.fromisoformat(day_text)
            if len(who) > 1:
                raise ValueError("too many columns")
        except ValueError:
            raise LeafletError(
                f"{path}: line {number}: expected {', '.join(COLUMNS)}, found {row!r}"
            ) from None
        entries.append(
            LoggedRequest(day, leaflet, format_name, _options_from_text(options), "".join(who))
        )
    return entries


@dataclass
class MonthlyCounts:
    months: list[str]  # "2026-11", newest first
    formats: list[str]
    counts: dict[tuple[str, str], int]  # (month, format) -> requests

    def count(self, month: str, format_name: str) -> int:
        return self.counts.get((month, format_name), 0)

    def month_total(self, month: str) -> int:
        return sum(self.count(month, name) for name in self.formats)

    def format_total(self, format_name: str) -> int:
        return sum(self.count(month, format_name) for month in self.months)

    def csv_text(self) -> str:
        """One row per month, one column per format, and a total: ready for a spreadsheet."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(("month", *self.formats, "total"))
        for month in sorted(self.months):
            writer.writerow(
                (
                    month,
                    *(self.count(month, name) for name in self.formats),
                    self.month_total(month),
                )
            )
        return out.getvalue()


def monthly_counts(entries: list[LoggedRequest], formats: list[str]) -> MonthlyCounts:
    """Requests per format per month; `formats` first in their order, then any others logged."""
    counts = Counter((entry.month, entry.format) for entry in entries)
    names = list(formats) + sorted({entry.format for entry in entries} - set(formats))
    months = sorted({entry.month for entry in entries}, reverse=True)
    return MonthlyCounts(months, names, dict(counts))


def log_csv_text(entries: list[LoggedRequest]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow(_row(entry))
    return out.getvalue()


def _row(entry: LoggedRequest) -> tuple[str, ...]:
    return (entry.day.isoformat(), entry.leaflet, entry.format, entry.options_text(), entry.staff)
