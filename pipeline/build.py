"""Building outputs: which leaflets and formats are stale, building them in parallel, manifests.

Like Sphinx's builders, each output remembers what it was made from (source, config, settings,
pipeline code) in outputs/<leaflet>/manifest.json, so a rebuild touches only what changed. Every
file is written into a scratch folder first and renamed into place only once the writer has
finished, so an interrupted or failed build never damages an output that was already good.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import platform
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from . import __version__
from .config import fingerprint, trust_parts
from .easyread_draft import author_file_for
from .errors import LeafletError
from .formats import Format
from .model import Leaflet
from .paths import project_dir
from .reader import read_leaflet
from .registry import get_format, offered_formats, settings_for
from .text import slugify

MANIFEST = "manifest.json"
LOCK = ".manifest.lock"
_UMASK = os.umask(0o022)
os.umask(_UMASK)


# ---- sources -------------------------------------------------------------------------------


def source_paths() -> list[Path]:
    """Every leaflet in source/: `<number>-<slug>.md` and translations `<number>-<slug>.<lang>.md`.

    Author-written Easy Read files (`.easyread.md`) belong to their leaflet, not beside it.
    """
    folder = project_dir("source")
    return sorted(
        path
        for path in folder.glob("*.md")
        if path.name[0].isdigit() and not path.name.endswith(".easyread.md")
    )


def load_leaflet(path: Path) -> Leaflet:
    return read_leaflet(path, trust_parts())


def misnamed_sources() -> list[Path]:
    """Markdown files in source/ that are not leaflets because of their name: worth a word."""
    folder = project_dir("source")
    return sorted(
        path for path in folder.glob("*.md") if not path.name[0].isdigit() and path.stem != "README"
    )


def read_sources(paths: Iterable[Path]) -> tuple[list[tuple[Path, Leaflet]], list[str]]:
    """Every readable leaflet, and a message for each that is not: one typo must not stop a
    batch, a status table or a check run."""
    loaded: list[tuple[Path, Leaflet]] = []
    problems: list[str] = []
    numbered: dict[tuple[int, str], Path] = {}
    for path in paths:
        try:
            leaflet = load_leaflet(path)
        except LeafletError as error:
            problems.append(str(error))
            continue
        key = (leaflet.meta.number, leaflet.variant)
        if key in numbered:
            problems.append(
                f"{path}: leaflet number {key[0]} is already used by {numbered[key].name}; "
                "each leaflet needs a number of its own"
            )
            continue
        numbered[key] = path
        loaded.append((path, leaflet))
    return loaded, problems


def find_sources(names: Iterable[str]) -> list[Path]:
    """Source files for leaflet names as staff type them: "442", "442-lower-back-...", a path."""
    paths = source_paths()
    chosen: list[Path] = []
    for name in names:
        candidate = Path(name)
        if candidate.suffix == ".md" and candidate.exists():
            matches = [candidate]
        else:
            matches = [
                p
                for p in paths
                if p.stem == name or p.stem.split(".")[0] == name or p.name.split("-")[0] == name
            ]
            if name.isdigit():  # a number alone means the English leaflet, not its translations
                matches = [p for p in matches if "." not in p.stem] or matches
        if not matches:
            known = ", ".join(p.stem for p in paths) or "none"
            raise LeafletError(
                f"no leaflet '{name}' in {project_dir('source')}; the leaflets there are: {known}"
            )
        chosen.extend(m for m in matches if m not in chosen)
    return chosen


def output_folder(leaflet: Leaflet) -> Path:
    variant = f".{leaflet.variant}" if leaflet.variant else ""
    return project_dir("outputs") / f"{leaflet.slug}{variant}"


# ---- what an output was made from ------------------------------------------------------------


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_CODE_SUFFIXES = {".py", ".html", ".css", ".js", ".yaml", ".txt", ".uti"}  # .uti: braille tables


@cache
def pipeline_fingerprint() -> str:
    """The pipeline's version and the code that makes outputs: a new release or a change to a
    reader or writer rebuilds everything; a change to the web page does not."""
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.is_relative_to(package / "web"):
            continue
        if path.is_file() and path.suffix in _CODE_SUFFIXES:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def config_fingerprint() -> str:
    """Every file in config/ but formats.yaml, whose settings count per format instead."""
    folder = project_dir("config")
    return fingerprint(
        {
            path.name: _file_hash(path)
            for path in sorted(folder.glob("*"))
            if path.is_file() and path.name != "formats.yaml"
        }
    )


def source_fingerprint(leaflet: Leaflet) -> str:
    """The source file, its author-written Easy Read, and the pictures it uses."""
    source = Path(leaflet.source_path)
    files = {source.name: _file_hash(source)}
    companion = author_file_for(leaflet)  # a translation's own: <slug>.<lang>.easyread.md
    if companion.is_file():
        files[companion.name] = _file_hash(companion)
    for block in leaflet.blocks:
        picture = source.parent / getattr(block, "src", "")
        if getattr(block, "src", None) and picture.is_file():
            files[block.src] = _file_hash(picture)
    return fingerprint(files)


def inputs_of(leaflet: Leaflet, settings) -> dict[str, str]:
    return {
        "source": source_fingerprint(leaflet),
        "config": config_fingerprint(),
        "settings": fingerprint(settings.model_dump()),
        "pipeline": pipeline_fingerprint(),
    }


_REASONS = {
    "source": "the leaflet's source changed",
    "config": "the trust's config changed",
    "settings": "the format's settings changed",
    "pipeline": "the pipeline was updated",
}


# ---- manifests -------------------------------------------------------------------------------


def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename into place: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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


def _write_manifest(folder: Path, leaflet: Leaflet, entries: dict[str, dict]) -> None:
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
            "source_sha256": _file_hash(Path(leaflet.source_path)),
        }
    )
    manifest.setdefault("formats", {}).update(entries)


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
        if _file_hash(path) != sha:
            return FormatState(fmt.name, "stale", f"{name} was changed by hand")
    now = inputs_of(leaflet, settings_for(fmt))
    changed = [
        _REASONS[key] for key, value in now.items() if entry.get("inputs", {}).get(key) != value
    ]
    if changed:
        return FormatState(fmt.name, "stale", "; ".join(changed))
    return FormatState(fmt.name, "up to date")


# ---- building --------------------------------------------------------------------------------


@dataclass
class Job:
    source: Path
    format: str
    overrides: dict = field(default_factory=dict)
    folder: Path | None = None  # None: the leaflet's own output folder


@dataclass
class JobResult:
    job: Job
    leaflet_slug: str = ""
    folder: Path | None = None
    entry: dict = field(default_factory=dict)
    error: str = ""
    bug: bool = False  # the error is the pipeline's fault, not the input's: its traceback follows

    @property
    def check_passed(self) -> bool:
        return bool(self.entry) and self.entry["check"]["passed"]


def run_job(job: Job) -> JobResult:
    """Writes one format of one leaflet into place and checks it. Runs in a worker process."""
    try:
        leaflet = load_leaflet(job.source)
        fmt = get_format(job.format)
        settings = settings_for(fmt, job.overrides)
        folder = job.folder or output_folder(leaflet)
        entry = _write_and_check(leaflet, fmt, settings, folder)
        return JobResult(job, leaflet.slug, folder, entry)
    except LeafletError as error:
        return JobResult(job, error=str(error))
    except Exception:  # a bug in one writer must not cost the batch the other formats' manifest
        return JobResult(
            job,
            error=f"the pipeline failed while making {job.format} (a bug: please report this "
            f"with what follows)\n{traceback.format_exc()}",
            bug=True,
        )


def _write_and_check(leaflet: Leaflet, fmt: Format, settings, folder: Path) -> dict:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(dir=folder, prefix=f".building-{fmt.name}-"))
    except OSError as error:
        raise LeafletError(f"{folder}: cannot write outputs there ({error.strerror})") from None
    try:
        written = fmt.write(leaflet, settings, scratch)
        outside = [p for p in written if p.parent != scratch]
        if outside or not written:
            raise RuntimeError(
                f"{fmt.name} writer returned {written!r}: files must be in {scratch}"
            )
        report = fmt.check(leaflet, settings, written)
        files = {path.name: _file_hash(path) for path in written}
        previous = read_manifest(folder).get("formats", {}).get(fmt.name, {}).get("files", {})
        for path in written:
            os.replace(path, folder / path.name)
        for name in set(previous) - set(files):
            (folder / name).unlink(missing_ok=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": inputs_of(leaflet, settings),
        "settings": settings.model_dump(mode="json"),
        "tool_versions": {
            "pipeline": __version__,
            "python": platform.python_version(),
            **fmt.tool_versions(),
        },
        "files": files,
        "check": report.as_dict(),
    }


@dataclass
class BuildOutcome:
    built: list[JobResult] = field(default_factory=list)
    up_to_date: list[tuple[str, str]] = field(default_factory=list)  # (leaflet, format)
    failed: list[JobResult] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # sources with errors, not built


def plan(
    sources: list[Path], format_names: list[str] | None, force: bool
) -> tuple[list[Job], list, list[str]]:
    """The jobs a build must run, the (leaflet, format) pairs already up to date, and the
    sources that could not be read (the others still build: one typo must not stop a batch)."""
    formats = [get_format(name) for name in format_names] if format_names else offered_formats()
    offered = {fmt.name for fmt in offered_formats()}
    for fmt in formats:
        if fmt.name not in offered:
            raise LeafletError(
                f"'{fmt.name}' is not on the trust's format offer (config/formats.yaml 'offered': "
                f"{', '.join(sorted(offered)) or 'nothing'})"
            )
    jobs: list[Job] = []
    fresh: list[tuple[str, str]] = []
    loaded, unreadable = read_sources(sources)
    for source, leaflet in loaded:
        manifest = read_manifest(output_folder(leaflet))
        for fmt in formats:
            if not force and format_state(leaflet, fmt, manifest).state == "up to date":
                fresh.append((leaflet.slug, fmt.name))
            else:
                jobs.append(Job(source, fmt.name))
    return jobs, fresh, unreadable


def run_jobs(
    jobs: list[Job], on_done: Callable[[JobResult], None] | None = None
) -> list[JobResult]:
    """Runs jobs across the machine's cores and records each leaflet's results in its manifest."""
    results: list[JobResult] = []
    if len(jobs) == 1:
        results.append(run_job(jobs[0]))
        if on_done:
            on_done(results[0])
    elif jobs:
        workers = min(len(jobs), os.cpu_count() or 1)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(run_job, jobs):
                results.append(result)
                if on_done:
                    on_done(result)
    by_folder: dict[Path, list[JobResult]] = {}
    for result in results:
        if result.entry:
            by_folder.setdefault(result.folder, []).append(result)
    for folder, done in by_folder.items():
        leaflet = load_leaflet(done[0].job.source)
        try:
            _write_manifest(folder, leaflet, {r.job.format: r.entry for r in done})
        except OSError as error:
            raise LeafletError(f"{folder}: cannot write the manifest ({error.strerror})") from None
    return results


def build(
    names: list[str] | None = None,
    format_names: list[str] | None = None,
    force: bool = False,
    on_done: Callable[[JobResult], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
) -> BuildOutcome:
    sources = find_sources(names) if names else source_paths()
    if not sources:
        raise LeafletError(f"no leaflets in {project_dir('source')}: add one or import one")
    jobs, fresh, unreadable = plan(sources, format_names, force)
    if on_plan:
        on_plan(len(jobs))
    outcome = BuildOutcome(up_to_date=fresh, unreadable=unreadable)
    for result in run_jobs(jobs, on_done):
        (outcome.built if result.entry else outcome.failed).append(result)
    return outcome


def request(name: str, format_name: str, overrides: dict[str, object]) -> JobResult:
    """One patient's request, with its options, built into a folder of its own."""
    (source,) = find_sources([name])[:1]
    fmt = get_format(format_name)
    offered = {f.name for f in offered_formats()}
    if fmt.name not in offered:
        raise LeafletError(f"'{fmt.name}' is not on the trust's format offer: {', '.join(offered)}")
    settings_for(fmt, overrides)  # refuse a bad option before making a folder
    leaflet = load_leaflet(source)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # option values name the folder only as slugs: a value is never a path (`--font ../../x`)
    options = "".join(
        f"-{key.replace('_', '-')}{slugify(str(value))[:40]}"
        for key, value in sorted(overrides.items())
    )
    name = f"{stamp}-{output_folder(leaflet).name}-{fmt.name}{options}"
    folder = project_dir("outputs") / "requests" / name
    for count in range(2, 100):  # two requests in one second each get a folder of their own
        if not folder.exists():
            break
        folder = folder.with_name(f"{name}-{count}")
    try:
        result = run_jobs([Job(source, fmt.name, overrides, folder)])[0]
    finally:
        if not read_manifest(folder):  # a request folder holds one finished build or nothing
            shutil.rmtree(folder, ignore_errors=True)
    if result.error:
        raise (RuntimeError if result.bug else LeafletError)(result.error)
    return result
