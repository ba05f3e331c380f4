"""Where a leaflet's outputs live and outputs/<leaflet>/manifest.json, which records what each
format's files were made from and what their check found."""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..files import write_atomically
from ..model import Leaflet
from ..paths import project_dir

MANIFEST = "manifest.json"
LOCK = ".manifest.lock"


def output_folder(leaflet: Leaflet) -> Path:
    variant = f".{leaflet.variant}" if leaflet.variant else ""
    return project_dir("outputs") / f"{leaflet.slug}{variant}"


def source_output_folder(source: Path) -> Path:
    """The same folder named from the source file alone (`442-x.cy.md` -> outputs/442-x.cy), so
    a build that finds nothing changed never parses the leaflet."""
    return project_dir("outputs") / source.name.removesuffix(".md")


def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@contextmanager
def manifest_lock(folder: Path) -> Iterator[None]:
    """Two builds, or a build and the web server, may finish formats of one leaflet at the same
    time: each read-modify-write of its manifest, and the files it describes, holds this lock."""
    with open(folder / LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def save_manifest(folder: Path, manifest: dict) -> None:
    """Written whole and renamed into place; the caller holds manifest_lock."""
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    write_atomically(folder / MANIFEST, text.encode("utf-8"))
