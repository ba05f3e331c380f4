"""Whether a built format is up to date: each output remembers the fingerprints of what it was
made from, and a format is stale when one of them changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..config import fingerprint
from ..files import file_hash
from ..formats import Format
from ..formats.registry import settings_for
from ..model import Leaflet
from ..paths import project_dir
from .code import code_fingerprint
from .manifests import output_folder, read_manifest


def pipeline_fingerprint(fmt: Format) -> str:
    """The pipeline's version and the code that makes this format's output: the format's own
    package and what it imports, and the source reader (it decides what every format sees)."""
    return code_fingerprint((fmt.package, "pipeline.sources"), __version__)


def config_hashes(fmt: Format) -> dict[str, str]:
    """The config files the format reads (formats.yaml's settings count per format instead),
    kept in the manifest so status can name the file whose edit made the format stale."""
    folder = project_dir("config")
    return {
        name: file_hash(folder / name) if (folder / name).is_file() else ""
        for name in sorted(fmt.config_files)
    }


def source_fingerprint(leaflet: Leaflet, fmt: Format) -> str:
    """The source file, the pictures it uses, and the format's own companion files (Easy Read:
    the author-written .easyread.md)."""
    source = Path(leaflet.source_path)
    files = {source.name: file_hash(source)}
    for companion in fmt.companion_files(leaflet):
        if companion.is_file():
            files[companion.name] = file_hash(companion)
    for block in leaflet.blocks:
        picture = source.parent / getattr(block, "src", "")
        if getattr(block, "src", None) and picture.is_file():
            files[block.src] = file_hash(picture)
    return fingerprint(files)


def inputs_of(leaflet: Leaflet, fmt: Format, settings) -> dict[str, str]:
    return {
        "source": source_fingerprint(leaflet, fmt),
        "config": fingerprint(config_hashes(fmt)),
        "settings": fingerprint(settings.model_dump()),
        "pipeline": pipeline_fingerprint(fmt),
    }


_REASONS = {
    "source": "the leaflet's source changed",
    "config": "the trust's config changed",
    "settings": "the format's settings changed",
    "pipeline": "the pipeline was updated",
}


@dataclass
class FormatState:
    format: str
    state: str  # "up to date", "stale" or "missing"
    reason: str = ""


def format_state(leaflet: Leaflet, fmt: Format, manifest: dict | None = None) -> FormatState:
    folder = output_folder(leaflet)
    entry = (
        (manifest if manifest is not None else read_manifest(folder))
        .get("formats", {})
        .get(fmt.name)
    )
    if not entry:
        return FormatState(fmt.name, "missing", "never built")
    for name, sha in entry.get("files", {}).items():
        path = folder / name
        if not path.is_file():
            return FormatState(fmt.name, "missing", f"{name} is missing")
        if file_hash(path) != sha:
            return FormatState(fmt.name, "stale", f"{name} was changed by hand")
    now = inputs_of(leaflet, fmt, settings_for(fmt))
    changed = [
        _REASONS[key] for key, value in now.items() if entry.get("inputs", {}).get(key) != value
    ]
    if _REASONS["config"] in changed and "config_files" in entry:
        before, after = entry["config_files"], config_hashes(fmt)
        edited = [f"config/{name}" for name in after if before.get(name) != after[name]]
        changed[changed.index(_REASONS["config"])] = f"{', '.join(edited)} changed"
    if changed:
        return FormatState(fmt.name, "stale", "; ".join(changed))
    return FormatState(fmt.name, "up to date")
