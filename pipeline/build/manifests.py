"""Where a leaflet's outputs live and outputs/<leaflet>/manifest.json, which records what each
format's files were made from and what their check found."""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..files import file_hash, write_atomically
from ..model import Leaflet
from ..paths import project_dir

MANIFEST = "manifest.json"
LOCK = ".manifest.lock"


def output_folder(leaflet: Leaflet) -> Path:
    variant = f".{leaflet.variant}" if leaflet.variant else ""
    return project_dir("outputs") / f"{leaflet.slug}{variant}"



def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@contextmanager
def _manifest_lock(folder: Path) -> Iterator[None]:
    """A `leaflet build` and the web server may finish builds of one leaflet at the same time:
    each read-modify-write of its manifest holds this lock, so neither loses the other's entry."""
    with open(folder / LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_manifest(folder: Path, leaflet: Leaflet, entries: dict[str, dict]) -> None:
    with _manifest_lock(folder):
        manifest = read_manifest(folder)
        _update_manifest(manifest, leaflet, entries)
        text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
        write_atomically(folder / MANIFEST, text.encode("utf-8"))


def _update_manifest(manifest: dict, leaflet: Leaflet, entries: dict[str, dict]) -> None:
    manifest.update(
        {
            "leaflet": leaflet.slug,
            "number": leaflet.meta.number,
            "version": leaflet.meta.version,
            "title": leaflet.meta.title,
            "language": leaflet.meta.language,
            "source": Path(leaflet.source_path).name,
            "source_sha256": file_hash(Path(leaflet.source_path)),
        }
    )
    manifest.setdefault("formats", {}).update(entries)
