"""A patient's request is built into outputs/requests/<time>-<leaflet>-<format>-<options>/ and
kept for the days config/requests.yaml sets (`keep_days`): long enough to download and send it,
then pruned whenever another request is made or the requests are listed, so the folder neither
grows for ever nor keeps one patient's copy (and the details filled in for them) longer than
needed."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from ..config import retention_days
from ..paths import project_dir


def requests_folder() -> Path:
    return project_dir("outputs") / "requests"


def prune_request_folders(now: float | None = None) -> list[Path]:
    """Removes request folders last changed more than the retention time ago; returns them."""
    folder = requests_folder()
    if not folder.is_dir():
        return []
    cutoff = (now if now is not None else time.time()) - retention_days() * 24 * 3600
    old = [path for path in folder.iterdir() if path.is_dir() and path.stat().st_mtime < cutoff]
    for path in old:
        shutil.rmtree(path, ignore_errors=True)
    return old
