"""Whether a built format is up to date: each output remembers the fingerprints of what it was
made from, and a format is stale when one of them changed.

A trust holds thousands of leaflets, so the question is first asked of file metadata: the
manifest keeps each input's and output's size and modification time (`stamps`), and a file
whose size and time are as recorded is not read again. Only what changed is hashed, and a
leaflet whose files are all as recorded is not even parsed, nor any format loaded: quick_state
asks only the format's name, the manifest and the files (its Recipe)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import __version__
from ..config import fingerprint, formats_config
from ..files import file_hash
from ..formats import Format
from ..formats.registry import PACKAGES, settings_for
from ..model import Leaflet
from ..paths import project_dir
from .code import code_fingerprint
from .manifests import output_folder, read_manifest


def pipeline_fingerprint(package: str) -> str:
    """The pipeline's version and the code that makes a format's output: the format's own
    package and what it imports, and the source reader (it decides what every format sees)."""
    return code_fingerprint((package, "pipeline.sources"), __version__)


def written_settings(name: str) -> str:
    """The fingerprint of a format's settings as config/formats.yaml writes them, before its
    settings model fills in defaults: with the code unchanged, the same words mean the same
    settings, and this needs no format loaded."""
    return fingerprint(formats_config().settings.get(name) or {})


@dataclass(frozen=True)
class Recipe:
    """What every leaflet of one format is made with besides its own files, from the format's
    name alone: its settings as written, the code that makes it, and the hash of each config
    file (filled in as the manifests name them, each read once for the whole shelf)."""

    settings: str
    pipeline: str
    config: dict[str, str]


def recipes_now() -> dict[str, Recipe]:
    """Every format's Recipe as things stand, to judge a whole shelf by."""
    config: dict[str, str] = {}
    return {
        name: Recipe(written_settings(name), pipeline_fingerprint(package), config)
        for name, package in PACKAGES.items()
    }


def stamp(path: Path | str) -> list[int] | None:
    """[size, modification time in ns], or None for a file that does not exist."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns]


@cache
def _hash_as_stamped(path: Path, size: int, mtime_ns: int) -> str:
    return file_hash(path)


def hash_of(path: Path) -> str:
    """A file's hash, read once per process for as long as its size and time stay the same
    (the config files are asked about once per leaflet and format)."""
    now = stamp(path)
    return _hash_as_stamped(path, *now) if now else ""


def config_hashes(fmt: Format) -> dict[str, str]:
    """The config files the format reads (formats.yaml's settings count per format instead),
    kept in the manifest so status can name the file whose edit made the format stale."""
    folder = project_dir("config")
    return {name: hash_of(folder / name) for name in sorted(fmt.config_files)}


def input_files(leaflet: Leaflet, fmt: Format) -> list[Path]:
    """The source file, the pictures it uses, and the format's own companion files (Easy Read:
    the author-written .easyread.md), whether or not each exists yet."""
    source = Path(leaflet.source_path)
    pictures = [source.parent / block.src for block in leaflet.blocks if getattr(block, "src", "")]
    return [source, *fmt.companion_files(leaflet), *pictures]


def source_fingerprint(leaflet: Leaflet, fmt: Format) -> str:
    source = Path(leaflet.source_path)
    return fingerprint(
        {
            os.path.relpath(path, source.parent): file_hash(path)
            for path in input_files(leaflet, fmt)
            if path.is_file()
        }
    )


def input_stamps(leaflet: Leaflet, fmt: Format) -> dict[str, list[int] | None]:
    """Taken before the inputs are read, so an edit made during the build shows as a change."""
    source = Path(leaflet.source_path)
    return {
        os.path.relpath(path, source.parent): stamp(path) for path in input_files(leaflet, fmt)
    }


def stamps_now(leaflet: Leaflet, fmt: Format, entry: dict, folder: Path) -> dict:
    """The `stamps` a manifest entry would record now: its inputs', its files' and the
    format's settings as written."""
    return {
        "inputs": input_stamps(leaflet, fmt),
        "settings": written_settings(fmt.name),
        "outputs": {name: stamp(folder / name) for name in entry.get("files", {})},
    }


def shared_inputs(fmt: Format, settings=None) -> dict[str, str]:
    """The fingerprints every leaflet of a format shares: its config, settings and code."""
    return {
        "config": fingerprint(config_hashes(fmt)),
        "settings": fingerprint((settings or settings_for(fmt)).model_dump()),
        "pipeline": pipeline_fingerprint(fmt.package),
    }


def inputs_of(leaflet: Leaflet, fmt: Format, settings) -> dict[str, str]:
    return {"source": source_fingerprint(leaflet, fmt), **shared_inputs(fmt, settings)}


_REASONS = {
    "check": "its check found problems when it was built (see `leaflet check`)",
    "source": "the leaflet's source changed",
    "config": "the trust's config changed",
    "settings": "the format's settings changed",
    "pipeline": "the pipeline was updated",
}


@dataclass
class FormatState:
    format: str
    state: str  # "up to date", "stale", "missing" or "not made" (Format.not_made: why)
    reason: str = ""


def check_failed(entry: dict) -> bool:
    """The output's check did not pass, or its verdict is not recorded: it is never up to date,
    so every build makes it again and says what its check finds until it passes (an output
    whose check had failed was counted as up to date by the next build, which then reported
    nothing, and staff took the silence for all well)."""
    return (entry.get("check") or {}).get("passed") is not True


def _changed_output(folder: Path, entry: dict) -> FormatState | None:
    """The first output that is gone or not what was built, hashing only files whose size or
    time differ from the manifest's."""
    stamps = entry.get("stamps", {}).get("outputs", {})
    for name, sha in entry.get("files", {}).items():
        now = stamp(os.path.join(folder, name))
        if now is None:
            return FormatState(entry.get("format", ""), "missing", f"{name} is missing")
        if now != stamps.get(name) and file_hash(folder / name) != sha:
            return FormatState(entry.get("format", ""), "stale", f"{name} was changed by hand")
    return None


def quick_state(source: Path, entry: dict | None, folder: Path, now: Recipe) -> bool:
    """True when the format is up to date judged from file metadata alone: every input and
    output as the manifest recorded it, each config file it read with the hash it had, and its
    written settings and code as they were. False means "look closer" (format_state), not
    "stale"."""
    if not entry or "stamps" not in entry or "config_files" not in entry or check_failed(entry):
        return False
    inputs = entry["stamps"].get("inputs", {})
    parent = os.path.dirname(source)
    if not inputs or any(
        stamp(os.path.join(parent, name)) != was for name, was in inputs.items()
    ):
        return False
    if (
        entry["stamps"].get("settings") != now.settings
        or entry.get("inputs", {}).get("pipeline") != now.pipeline
    ):
        return False
    for name, sha in entry["config_files"].items():
        if name not in now.config:
            now.config[name] = hash_of(project_dir("config") / name)
        if now.config[name] != sha:
            return False
    return _changed_output(folder, entry) is None


def format_state(
    leaflet: Leaflet, fmt: Format, manifest: dict | None = None, shared: dict | None = None
) -> FormatState:
    folder = output_folder(leaflet)
    entry = (
        (manifest if manifest is not None else read_manifest(folder))
        .get("formats", {})
        .get(fmt.name)
    )
    if not entry:
        return FormatState(fmt.name, "missing", "never built")
    changed_output = _changed_output(folder, entry)
    if changed_output:
        changed_output.format = fmt.name
        return changed_output
    now = {"source": source_fingerprint(leaflet, fmt), **(shared or shared_inputs(fmt))}
    changed = [
        _REASONS[key] for key, value in now.items() if entry.get("inputs", {}).get(key) != value
    ]
    if _REASONS["config"] in changed and "config_files" in entry:
        before, after = entry["config_files"], config_hashes(fmt)
        edited = [f"config/{name}" for name in after if before.get(name) != after[name]]
        changed[changed.index(_REASONS["config"])] = f"{', '.join(edited)} changed"
    if check_failed(entry):
        changed.append(_REASONS["check"])
    if changed:
        return FormatState(fmt.name, "stale", "; ".join(changed))
    return FormatState(fmt.name, "up to date")
