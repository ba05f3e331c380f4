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
from ..errors import LeafletError, is_disk_full, os_error_words
from ..files import file_hash
from ..formats import Format
from ..formats.registry import FORMATS, check_config, get_format, settings_for
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
    not_offered: bool = False  # a request made `anyway`, though the leaflet does not offer it

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
    except Exception as error:  # a bug in one writer must not cost the batch the others' manifest
        if is_disk_full(error):
            return JobResult(job, error=os_error_words(error))
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
        raise LeafletError(
            f"{folder}: cannot write outputs there ({os_error_words(error)})"
        ) from None
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
    not_offered: list[tuple[str, str]] = field(default_factory=list)  # asked for, not offered


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)
    up_to_date: list[tuple[str, str]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    not_offered: list[tuple[str, str]] = field(default_factory=list)


def offered_by(leaflet: Leaflet) -> list[Format]:
    """The formats a leaflet offers and the pipeline makes, in the registry's order."""
    return [fmt for fmt in FORMATS.values() if fmt.name in leaflet.trust.offer.made]


def plan(sources: list[Path], format_names: list[str] | None, force: bool) -> Plan:
    """The jobs a build must run: each leaflet's offered formats (of those asked for) that are
    not up to date. Sources that cannot be read are named and the others still build (one typo
    must not stop a batch); a format asked for that a leaflet does not offer is not made."""
    asked = [get_format(name) for name in format_names] if format_names else None
    result = Plan()
    loaded, result.unreadable = read_sources(sources)
    for source, leaflet in loaded:
        manifest = read_manifest(output_folder(leaflet))
        offered = offered_by(leaflet)
        for fmt in asked or offered:
            if fmt not in offered:
                result.not_offered.append((leaflet.slug, fmt.name))
            elif not force and format_state(leaflet, fmt, manifest).state == "up to date":
                result.up_to_date.append((leaflet.slug, fmt.name))
            else:
                result.jobs.append(Job(source, fmt.name))
    if asked and result.not_offered and not (result.jobs or result.up_to_date):
        missing = ", ".join(f"{slug} {name}" for slug, name in result.not_offered)
        raise LeafletError(
            f"not offered: {missing}. A leaflet makes only the formats it offers (its formats: "
            "in the front matter, else config/formats.yaml); for one patient who needs it, "
            "`leaflet request LEAFLET FORMAT --anyway` makes it"
        )
    return result


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
            raise LeafletError(
                f"{folder}: cannot write the manifest ({os_error_words(error)})"
            ) from None
    return results


def build(
    names: list[str] | None = None,
    format_names: list[str] | None = None,
    force: bool = False,
    on_done: Callable[[JobResult], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
) -> BuildOutcome:
    check_config()
    sources = find_sources(names) if names else source_paths()
    if not sources:
        raise LeafletError(f"no leaflets in {project_dir('source')}: add one or import one")
    planned = plan(sources, format_names, force)
    if on_plan:
        on_plan(len(planned.jobs))
    outcome = BuildOutcome(
        up_to_date=planned.up_to_date,
        unreadable=planned.unreadable,
        not_offered=planned.not_offered,
    )
    for result in run_jobs(planned.jobs, on_done):
        (outcome.built if result.entry else outcome.failed).append(result)
    return outcome


def request(
    name: str, format_name: str, overrides: dict[str, object], anyway: bool = False
) -> JobResult:
    """One patient's request, with its options, built into a folder of its own. A format the
    leaflet does not offer is made only when asked `anyway`: a patient's need comes first."""
    check_config()
    (source,) = find_sources([name])[:1]
    fmt = get_format(format_name)
    settings_for(fmt, overrides)  # refuse a bad option before making a folder
    leaflet = load_leaflet(source)
    offered = offered_by(leaflet)
    if fmt not in offered and not anyway:
        raise LeafletError(
            f"{leaflet.slug} does not offer {fmt.name} (it offers "
            f"{', '.join(f.name for f in offered) or 'no format this pipeline makes'}). If a "
            f"patient needs it, ask again with --anyway: it is made for this request and the "
            "request log notes that it was not offered"
        )
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
    result.not_offered = fmt not in offered
    return result
