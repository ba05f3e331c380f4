"""Running builds: each format of each leaflet is written into a scratch folder, checked, and
renamed into place only once finished, so a failed build never damages a good output. Jobs run
in parallel across the machine's cores; a patient's request builds into a folder of its own."""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..errors import LeafletError
from ..files import file_hash
from ..formats import Format
from ..formats.registry import get_format, offered_formats, settings_for
from ..model import Leaflet
from ..paths import project_dir
from ..sources import find_sources, load_leaflet, read_sources, source_paths
from ..text import slugify
from .manifests import output_folder, read_manifest, write_manifest
from .staleness import config_hashes, format_state, inputs_of


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
        files = {path.name: file_hash(path) for path in written}
        previous = read_manifest(folder).get("formats", {}).get(fmt.name, {}).get("files", {})
        for path in written:
            os.replace(path, folder / path.name)
        for name in set(previous) - set(files):
            (folder / name).unlink(missing_ok=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": inputs_of(leaflet, fmt, settings),
        "config_files": config_hashes(fmt),
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
            write_manifest(folder, leaflet, {r.job.format: r.entry for r in done})
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
