"""Running builds: each format of each leaflet is written into a scratch folder and checked,
then put in place with its manifest entry in one step under the manifest lock, so a failed or
interrupted build never damages a good output and every manifest entry describes the files
beside it. Jobs run in parallel across the machine's cores, or on a Dask cluster; a patient's
request builds into a folder of its own."""

from __future__ import annotations

import ctypes
import os
import platform
import re
import shutil
import signal
import tempfile
import time
import traceback
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..config import formats_config
from ..errors import LeafletError, is_disk_full, os_error_words
from ..files import file_hash, write_atomically
from ..formats import Format, output_file
from ..formats.registry import FORMATS, check_config, get_format, known_format, settings_for
from ..model import Leaflet, YearMonth
from ..options import file_tag
from ..paths import project_dir
from ..sources import find_sources, load_leaflet, read_sources, source_paths
from ..sources.fill import checked_values, fill_leaflet
from .manifests import (
    manifest_lock,
    output_folder,
    read_manifest,
    save_manifest,
    source_output_folder,
)
from .staleness import (
    FormatState,
    Recipe,
    config_hashes,
    format_state,
    hash_of,
    input_stamps,
    inputs_of,
    quick_state,
    recipes_now,
    shared_inputs,
    stamp,
    stamps_now,
    written_settings,
)

SCRATCH = ".building-"


@dataclass
class Job:
    source: Path
    format: str
    overrides: dict = field(default_factory=dict)
    folder: Path | None = None  # None: the leaflet's own output folder
    fill: dict[str, str] = field(default_factory=dict)  # one patient's values for its blanks
    # the source as a request has already read it (its stamp, then the leaflet): not read twice
    read: tuple[list[int] | None, Leaflet] | None = None

    def output_folder(self) -> Path:
        return self.folder or source_output_folder(self.source)


@dataclass
class JobResult:
    job: Job
    leaflet_slug: str = ""
    folder: Path | None = None
    entry: dict = field(default_factory=dict)
    about: dict = field(default_factory=dict)  # the leaflet's own lines of the manifest
    scratch: Path | None = None  # where the finished files wait to be put in place
    contents: dict[str, bytes] = field(default_factory=dict)  # the files, from a cluster worker
    error: str = ""
    bug: bool = False  # the error is the pipeline's fault, not the input's: its traceback follows
    not_offered: bool = False  # a request made `anyway`, though the leaflet does not offer it

    @property
    def check_passed(self) -> bool:
        return bool(self.entry) and self.entry["check"]["passed"]


def scratch_folder(folder: Path, format_name: str, owner: int | None = None) -> Path:
    """`.building-<format>-<build's process id>-<random>`: the id tells a later build whether
    the build that made it is still running (scratch folders of a killed build are removed).
    The owner is the build process, not its worker: a killed worker may linger as a zombie."""
    prefix = f"{SCRATCH}{format_name}-{owner or os.getpid()}-"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=folder, prefix=prefix))
    except OSError as error:
        raise LeafletError(
            f"{folder}: cannot write outputs there ({os_error_words(error)})"
        ) from None


def remove_abandoned_scratch(folder: Path) -> None:
    """Scratch folders whose build process is gone (killed, or the machine lost power). Every
    leaflet's folder is looked at by every build, so it is listed once, without globbing."""
    try:
        names = os.listdir(folder)
    except OSError:  # not built yet
        return
    for name in names:
        if not name.startswith(SCRATCH):
            continue
        owner = name.removeprefix(SCRATCH).split("-")
        pid = next((int(part) for part in owner if part.isdigit()), None)
        if pid is None or not _process_alive(pid):
            shutil.rmtree(folder / name, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_COMMON_WORD_ZIPF = 5.5  # wordfreq: "with", "take", "may"; names ("John", 5.4) are rarer
_BLANKED = "[filled in]"
# A piece of a value this long (letters or digits) is blanked wherever a check's quoting or a
# line's wrap left it ("near 'artholomewquayleBart'"); a shorter one names no one, and blanking
# it would blank the leaflet's own words: a value "Ann" leaves "Anne's Ward" as it is.
_FRAGMENT = 4
# A value with this many digits is a number that names someone (an NHS number, a phone number),
# never a count or a dose ("10000" steps is the largest): its digits are blanked however the
# report spaces them ("943 476", "4765910").
_IDENTIFIER_DIGITS = 6


def without_values(found: object, values: dict[str, str]) -> object:
    """A check's report or a build's failure message with one patient's values put as "[filled
    in]": a report is kept in the request's manifest and shown on the web page, a failure is
    printed, shown on the web page and logged, where a patient's details never go ("rows with
    the neutral picture: 'Name: Siobhan O'Neill.'", "uncommon words: siobhan" had been).
    Over-blanking is the safe side: a word of the leaflet's that is also a piece of a value
    at a word's edge ("Marginson" blanks the report's "margin") goes too."""
    blank = _value_blanker(values)
    if blank is None:
        return found

    def redacted(part: object) -> object:
        if isinstance(part, str):
            return blank(part)
        if isinstance(part, list):  # (lines made alike by blanking are said once)
            return list(dict.fromkeys(redacted(item) for item in part)) if all(
                isinstance(item, str) for item in part
            ) else [redacted(item) for item in part]
        if isinstance(part, dict):
            return {key: redacted(item) for key, item in part.items()}
        return part

    return redacted(found)


def _value_blanker(values: dict[str, str]) -> Callable[[str], str] | None:
    """What blanks the values in a text: each value and each uncommon word of it, whole; a
    piece of such a word cut or joined by a check's quoting; an identifying number's digits;
    a character a check names ("'ም' (U+121D ETHIOPIC SYLLABLE ME)"). None: nothing to blank."""
    given = [str(v).strip() for v in values.values() if str(v).strip()]
    # (a count or a dose, "10", "2.5", names no one, and is left as the check says it)
    words = {value for value in given if len(value) > 2 and not re.fullmatch(r"[\d.,]+", value)}
    numbers = {
        digits for value in given
        if len(digits := re.sub(r"\D", "", value)) >= _IDENTIFIER_DIGITS
    }
    if not words and not numbers:
        return None
    from wordfreq import zipf_frequency  # only a request with values filled in needs it

    def common(word: str) -> bool:
        return zipf_frequency(word, "en") >= _COMMON_WORD_ZIPF

    parts = {  # each word, and each part of a double-barrelled one ("okonkwo")
        part for value in words for word in re.findall(r"[^\W_][\w'’.-]{2,}", value)
        for part in [word, *re.split(r"[-'’.]", word)]
        if len(part) > 2 and not re.fullmatch(r"[\d.,]+", part)
    }
    # a word of a value as common as "with" or "take" ("Take it with food") names no one, and
    # put as "[filled in]" it had made the report "6 elements [filled in] a language"
    words |= {part for part in parts if not common(part)}
    whole = re.compile(  # whole words only: never "[filled in]drawn" for a value's "with"
        r"(?<!\w)(?:"
        + "|".join(re.escape(word) for word in sorted(words | numbers, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    pieces = {  # the letters of each uncommon word, for its fragments
        run.lower() for part in words for run in re.findall(r"[^\W\d_]+", part)
        if len(run) >= _FRAGMENT and not common(run)
    }
    named = {  # a letter outside ASCII, as a check names one it cannot show
        char for value in given for char in value if char.isalpha() and not char.isascii()
    }
    characters = [
        re.escape(f"'{char}'") + r"\s*\(" + re.escape(f"U+{ord(char):04X} {name}") + r"\)"
        for char in named if (name := unicodedata.name(char, ""))
    ] + [
        r"\[?" + re.escape(name) + r"\]?"
        for char in named if (name := unicodedata.name(char, ""))
    ]
    described = re.compile("|".join(characters), re.IGNORECASE) if characters else None

    def fragments(token: re.Match) -> str:
        text = token[0]
        low = text.lower()
        if len(low) >= _FRAGMENT and not common(low) and any(low in p for p in pieces):
            return _BLANKED  # the token is a piece of a value, cut at one end or both
        # ... or a value's end and start, joined to other words by a wrap: "artholomewquayleBart"
        head = max(
            (k for k in range(_FRAGMENT, len(low) + 1) for p in pieces if p.endswith(low[:k])),
            default=0,
        )
        tail = max(
            (k for k in range(_FRAGMENT, len(low) + 1) for p in pieces if p.startswith(low[-k:])),
            default=0,
        )
        if head and common(low[:head]):
            head = 0
        if tail and common(low[-tail:]):
            tail = 0
        if head + tail >= len(low):
            return _BLANKED
        return (_BLANKED if head else "") + text[head : len(text) - tail] + (
            _BLANKED if tail else ""
        )

    def digits(run: re.Match) -> str:
        found = re.sub(r"\D", "", run[0])
        if len(found) >= _FRAGMENT and any(found in n or n in found for n in numbers):
            return _BLANKED
        return run[0]

    def blank(text: str) -> str:
        text = whole.sub(_BLANKED, text)
        if described:
            text = described.sub(_BLANKED, text)
        kept = text.split(_BLANKED)  # (never a piece of the mark: "[filled in]" stays itself)
        kept = [re.sub(r"[^\W\d_]+", fragments, part) for part in kept] if pieces else kept
        kept = [re.sub(r"\d(?:[ -]?\d)*", digits, part) for part in kept] if numbers else kept
        return re.sub(r"(?:\[filled in\])+", _BLANKED, _BLANKED.join(kept))

    return blank


def run_job(job: Job, owner: int | None = None, scratch_in: Path | None = None) -> JobResult:
    """Writes one format of one leaflet into a scratch folder and checks it; the caller (the
    build process `owner`) puts the files in place (put_in_place). `scratch_in`: build in a
    folder of that directory instead of beside the outputs (a cluster worker, which sends the
    files back). A failure's message is cleaned of the values filled in as the check's report
    is: it is printed, shown on the web page and, for a bug, logged with its traceback (a
    voice's "produced silence for 'Name of therapist: ...'" or a traceback quoting the text)."""
    result = _run_job(job, owner, scratch_in)
    if result.error and job.fill:
        result.error = without_values(result.error, job.fill)
    return result


def _run_job(job: Job, owner: int | None, scratch_in: Path | None) -> JobResult:
    try:
        source_stamp, leaflet = job.read or _read(job.source)
        leaflet = fill_leaflet(leaflet, job.fill)
        fmt = get_format(job.format)
        settings = settings_for(fmt, job.overrides)
        folder = job.folder or output_folder(leaflet)
        scratch = (
            Path(tempfile.mkdtemp(dir=scratch_in, prefix=SCRATCH))
            if scratch_in
            else scratch_folder(folder, fmt.name, owner)
        )
    except LeafletError as error:
        return JobResult(job, error=str(error))
    except Exception as error:
        return _bug(job, error)
    try:
        stamps = {**input_stamps(leaflet, fmt), job.source.name: source_stamp}
        started = time.monotonic()
        written = fmt.write(leaflet, settings, scratch)
        outside = [p for p in written if p.parent != scratch]
        if outside or not written:
            raise RuntimeError(
                f"{fmt.name} writer returned {written!r}: files must be in {scratch}"
            )
        report = fmt.check(leaflet, settings, written)
        entry = {
            "built": datetime.now(UTC).isoformat(timespec="seconds"),
            "inputs": inputs_of(leaflet, fmt, settings),
            "config_files": config_hashes(fmt),
            "settings": settings.model_dump(mode="json"),
            "tool_versions": {
                "pipeline": __version__,
                "python": platform.python_version(),
                **fmt.tool_versions(),
            },
            "files": {path.name: file_hash(path) for path in written},
            "stamps": {"inputs": stamps, "settings": written_settings(fmt.name)},
            "check": without_values(report.as_dict(), job.fill),
            "seconds": round(time.monotonic() - started, 1),  # the web page's next estimate
        }
        return JobResult(job, leaflet.slug, folder, entry, _about(leaflet), scratch)
    except LeafletError as error:
        shutil.rmtree(scratch, ignore_errors=True)
        return JobResult(job, error=str(error))
    except Exception as error:  # a bug in one writer must not cost the batch the other formats
        shutil.rmtree(scratch, ignore_errors=True)
        return _bug(job, error)


def _read(source: Path) -> tuple[list[int] | None, Leaflet]:
    """The source's stamp, taken before reading it (an edit made meanwhile shows later), and the
    leaflet."""
    return stamp(source), load_leaflet(source)


def _bug(job: Job, error: Exception) -> JobResult:
    """A writer's failure: a full disk said as such, anything else is the pipeline's bug."""
    if is_disk_full(error):
        return JobResult(job, error=os_error_words(error))
    return JobResult(
        job,
        error=f"the pipeline failed while making {job.format} (a bug: please report this "
        f"with what follows)\n{traceback.format_exc()}",
        bug=True,
    )


def offers_of(leaflet: Leaflet) -> list[str]:
    """The names of the formats a leaflet offers and the pipeline makes, in the registry's
    order (no format loaded)."""
    return [name for name in FORMATS if name in leaflet.trust.offer.made]


def offered_by(leaflet: Leaflet) -> list[Format]:
    """The formats a leaflet offers and the pipeline makes, in the registry's order."""
    return [FORMATS[name] for name in offers_of(leaflet)]


def offer_config() -> str:
    """The config a leaflet's offer is read with: the trust's default offer and its wording."""
    folder = project_dir("config")
    return hash_of(folder / "formats.yaml") + hash_of(folder / "organisation.yaml")


def _about(leaflet: Leaflet) -> dict:
    """The leaflet's own lines of its manifest: what status shows without parsing it again."""
    source = Path(leaflet.source_path)
    return {
        "leaflet": leaflet.slug,
        "number": leaflet.meta.number,
        "version": leaflet.meta.version,
        "title": leaflet.meta.title,
        "language": leaflet.meta.language,
        "next_review": (
            [leaflet.meta.next_review.year, leaflet.meta.next_review.month]
            if leaflet.meta.next_review
            else None
        ),
        "source": source.name,
        "source_sha256": file_hash(source),
        "offers": offers_of(leaflet),
        "arranged": list(leaflet.trust.offer.arranged),
        "offer_config": offer_config(),
    }


def put_in_place(result: JobResult) -> None:
    """Moves a finished format's files into its folder and records them, under the manifest
    lock. The old entry is withdrawn before the first file moves and the new one written after
    the last, so whenever this is interrupted the manifest claims nothing that is not so."""
    folder, fmt_name = result.folder, result.job.format
    try:
        with manifest_lock(folder):
            manifest = read_manifest(folder)
            formats = manifest.setdefault("formats", {})
            previous = formats.pop(fmt_name, None)
            if previous:
                save_manifest(folder, manifest)
            for name in result.entry["files"]:
                os.replace(result.scratch / name, folder / name)
            for name in set((previous or {}).get("files", {})) - set(result.entry["files"]):
                (folder / name).unlink(missing_ok=True)
            result.entry["stamps"]["outputs"] = {
                name: stamp(folder / name) for name in result.entry["files"]
            }
            manifest.update(result.about)
            formats[fmt_name] = result.entry
            save_manifest(folder, manifest)
    except OSError as error:
        raise LeafletError(
            f"{folder}: cannot put outputs in place ({os_error_words(error)})"
        ) from None
    finally:
        shutil.rmtree(result.scratch, ignore_errors=True)


def _die_with_parent(parent: int) -> None:
    """A worker process is killed when the build that started it dies, even by `kill -9`
    (Linux's parent-death signal): no orphan keeps building after staff stopped the build."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers end when their queue closes
        return
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def _local_results(jobs: list[Job]) -> Iterator[JobResult]:
    """Each result as soon as it is finished, jobs running on all cores."""
    if len(jobs) <= 1:
        yield from map(run_job, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing: only to build

    workers = min(len(jobs), os.cpu_count() or 1)
    pool = ProcessPoolExecutor(workers, initializer=_die_with_parent, initargs=(os.getpid(),))
    try:
        pending: set[Future] = {pool.submit(run_job, job, os.getpid()) for job in jobs}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_job_on_worker(job: Job) -> JobResult:
    """A cluster worker builds in its own temporary folder and sends the files back: the
    caller alone writes outputs and manifests, on its own disk under its own lock, so no
    network folder or network file locking is needed, a worker that dies mid-job leaves
    nothing behind, and a job Dask runs twice (a worker thought dead that was not) cannot
    race its twin over the same files."""
    with tempfile.TemporaryDirectory(prefix="leaflet-") as scratch:
        result = run_job(job, scratch_in=Path(scratch))
        if result.entry:
            result.contents = {
                name: (result.scratch / name).read_bytes() for name in result.entry["files"]
            }
            result.scratch = None
    return result


def _cluster_results(jobs: list[Job], address: str) -> Iterator[JobResult]:
    """Each result as soon as a worker of the Dask cluster at `address` has finished it. A job
    whose worker dies is re-run by Dask on another worker (the scheduler's allowed-failures)."""
    try:
        from distributed import Client, as_completed
        from distributed.scheduler import KilledWorker
    except ImportError:
        raise LeafletError(
            "building on a cluster needs Dask distributed (PyPI 'distributed'): run "
            "scripts/setup.sh, or build here without --cluster"
        ) from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:
        raise LeafletError(
            f"cannot reach the Dask scheduler at {address} ({error}): start it (README, "
            "'Building on several machines'), or build here without --cluster"
        ) from None
    with client:
        futures = client.map(run_job_on_worker, jobs, pure=False)
        job_of = {future.key: job for future, job in zip(futures, jobs, strict=True)}
        for future in as_completed(futures):
            job = job_of[future.key]
            try:
                result = future.result()
            except KilledWorker:
                result = JobResult(
                    job, error=f"the cluster's workers died each time they built {job.format}"
                )
            result.folder = job.output_folder()
            yield result


def _received(result: JobResult) -> Path:
    """A cluster worker's files, written into a scratch folder beside the outputs."""
    scratch = scratch_folder(result.folder, result.job.format)
    for name, data in result.contents.items():
        write_atomically(scratch / name, data)
    result.contents = {}
    return scratch


def run_jobs(
    jobs: list[Job],
    on_done: Callable[[JobResult], None] | None = None,
    cluster: str | None = None,
) -> list[JobResult]:
    """Runs jobs here or on a Dask cluster; each finished format is put in place and recorded
    in its manifest as it arrives, so an interrupted batch keeps everything already done."""
    arriving = _cluster_results(jobs, cluster) if cluster else _local_results(jobs)
    results: list[JobResult] = []
    for result in arriving:
        if result.entry:
            if result.contents:
                result.scratch = _received(result)
            put_in_place(result)
        results.append(result)
        if on_done:
            on_done(result)
    return results


@dataclass
class BuildOutcome:
    built: list[JobResult] = field(default_factory=list)
    up_to_date: list[tuple[str, str]] = field(default_factory=list)  # (leaflet, format)
    failed: list[JobResult] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # sources with errors, not built
    not_offered: list[tuple[str, str]] = field(default_factory=list)  # asked for, not offered
    not_made: list[tuple[str, str, str]] = field(default_factory=list)  # see Plan.not_made


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)
    up_to_date: list[tuple[str, str]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    not_offered: list[tuple[str, str]] = field(default_factory=list)
    # (source's name, format, why): offered but not made for this leaflet (Format.not_made)
    not_made: list[tuple[str, str, str]] = field(default_factory=list)


def _same_number(sources: list[Path]) -> set[Path]:
    """Sources whose file names share a leaflet number and language: read_sources names them."""
    seen: dict[tuple[str, str], list[Path]] = {}
    for path in sources:
        key = (path.name.split("-")[0], path.name.removesuffix(".md").partition(".")[2])
        seen.setdefault(key, []).append(path)
    return {path for paths in seen.values() if len(paths) > 1 for path in paths}


def known_offer(source: Path, manifest: dict, config: str) -> list[str] | None:
    """The names of the formats the leaflet offered when last built, if its source and the
    offer's config are as they were then (size and time); None: read the leaflet to know."""
    if manifest.get("offer_config") != config or "offers" not in manifest:
        return None
    stamps = [
        entry.get("stamps", {}).get("inputs", {}).get(source.name)
        for entry in manifest.get("formats", {}).values()
    ]
    if stamp(source) not in stamps:
        return None
    return [name for name in manifest["offers"] if name in FORMATS]


def _all_as_built(
    source: Path, folder: Path, manifest: dict, names: list[str], recipes: dict[str, Recipe]
) -> bool:
    """Every format of `names` up to date, judged from metadata alone (no format loaded)."""
    entries = manifest.get("formats", {})
    return all(quick_state(source, entries.get(n), folder, recipes[n]) for n in names)


def plan(sources: list[Path], format_names: list[str] | None, force: bool) -> Plan:
    """The jobs a build must run: each leaflet's offered formats (of those asked for) that are
    not up to date. Sources that cannot be read are named and the others still build (one typo
    must not stop a batch); a format asked for that a leaflet does not offer is not made.
    A leaflet whose files are all as its manifest recorded them is not even parsed, and while
    every leaflet is so no format is loaded and the config is not checked again (it was checked
    when the files were built, and an edit since would show)."""
    for name in format_names or ():
        known_format(name)
    result = Plan()
    recipes = recipes_now()
    config = offer_config()
    clashing = _same_number(sources)
    to_read: list[Path] = []
    for source in sources:
        folder = source_output_folder(source)
        remove_abandoned_scratch(folder)
        manifest = read_manifest(folder)
        offered = None if force or source in clashing else known_offer(source, manifest, config)
        if offered is not None and _all_as_built(
            source,
            folder,
            manifest,
            [n for n in format_names or offered if n in offered],
            recipes,
        ):
            for name in format_names or offered:
                kept = result.up_to_date if name in offered else result.not_offered
                kept.append((manifest.get("leaflet", folder.name), name))
        else:
            to_read.append(source)
    if to_read:
        check_config()
    asked = [get_format(name) for name in format_names] if format_names else None
    shared = _shared_inputs_by_name()
    loaded, result.unreadable = read_sources(to_read)
    for source, leaflet in loaded:
        folder = output_folder(leaflet)
        manifest = read_manifest(folder)
        offered = offered_by(leaflet)
        for fmt in asked or offered:
            if fmt not in offered:
                result.not_offered.append((leaflet.slug, fmt.name))
                continue
            if why := fmt.not_made(leaflet):
                result.not_made.append((source.name.removesuffix(".md"), fmt.name, why))
                continue
            entry = manifest.get("formats", {}).get(fmt.name, {})
            now = stamps_now(leaflet, fmt, entry, folder)  # before hashing: see _restamp
            if not force and format_state(leaflet, fmt, manifest, shared(fmt)).state == (
                "up to date"
            ):
                result.up_to_date.append((leaflet.slug, fmt.name))
                if entry.get("stamps") != now:
                    _restamp(leaflet, fmt, entry, now)
            else:
                result.jobs.append(Job(source, fmt.name))
    if format_names and result.not_offered and not (
        result.jobs or result.up_to_date or result.not_made
    ):
        missing = ", ".join(f"{slug} {name}" for slug, name in result.not_offered)
        raise LeafletError(
            f"not offered: {missing}. A leaflet makes only the formats it offers (its formats: "
            "in the front matter, else config/formats.yaml); for one patient who needs it, "
            "`leaflet request LEAFLET FORMAT --anyway` makes it"
        )
    return result


def _restamp(leaflet: Leaflet, fmt: Format, judged: dict, now: dict) -> None:
    """A format found up to date by its hashes though its files' times changed (a copy, a
    checkout, `touch`): the manifest takes the new sizes and times, so the next build decides
    from metadata again instead of hashing the same files every time. The stamps were taken
    before the hashes were, so an edit made meanwhile still shows as a change next time."""
    folder = output_folder(leaflet)
    with manifest_lock(folder):
        manifest = read_manifest(folder)
        entry = manifest.get("formats", {}).get(fmt.name)
        if entry is None or entry.get("files") != judged.get("files"):
            return  # rebuilt meanwhile: its own stamps are newer
        entry["stamps"] = now
        manifest.update(_about(leaflet))
        save_manifest(folder, manifest)


def _shared_inputs_by_name() -> Callable[[Format], dict[str, str]]:
    """shared_inputs of each format, worked out once and only for the formats asked about."""
    known: dict[str, dict[str, str]] = {}

    def shared(fmt: Format) -> dict[str, str]:
        if fmt.name not in known:
            known[fmt.name] = shared_inputs(fmt)
        return known[fmt.name]

    return shared


@dataclass
class LeafletStatus:
    name: str  # the source file's name without .md: "442-lower-back-stretches-in-pregnancy"
    version: int
    next_review: YearMonth | None  # None: the leaflet has no review date
    states: list[FormatState]  # one per format the pipeline makes: "not offered" among them
    arranged: list[str]  # offers the equality team arranges (bsl)


def statuses(sources: list[Path]) -> tuple[list[LeafletStatus], list[str]]:
    """Each leaflet's version, review date and formats' states, and the sources that could not
    be read. A leaflet whose files are all as its manifest recorded them is answered from the
    manifest without being parsed."""
    recipes = recipes_now()
    config = offer_config()
    found: list[LeafletStatus] = []
    to_read: list[Path] = []
    for source in sources:
        folder = source_output_folder(source)
        manifest = read_manifest(folder)
        offered = known_offer(source, manifest, config)
        if offered is not None and _all_as_built(source, folder, manifest, offered, recipes):
            states = [
                FormatState(name, "up to date" if name in offered else "not offered")
                for name in FORMATS
            ]
            found.append(
                LeafletStatus(
                    folder.name,
                    manifest["version"],
                    YearMonth(*manifest["next_review"]) if manifest["next_review"] else None,
                    states,
                    manifest.get("arranged", []),
                )
            )
        else:
            to_read.append(source)
    shared = _shared_inputs_by_name()
    loaded, problems = read_sources(to_read)
    for path, leaflet in loaded:
        manifest = read_manifest(output_folder(leaflet))
        offered = offered_by(leaflet)
        states = [
            (
                FormatState(fmt.name, "not made", why)
                if (why := fmt.not_made(leaflet))
                else format_state(leaflet, fmt, manifest, shared(fmt))
            )
            if fmt in offered
            else FormatState(fmt.name, "not offered")
            for fmt in FORMATS.values()
        ]
        found.append(
            LeafletStatus(
                path.name.removesuffix(".md"),
                leaflet.meta.version,
                leaflet.meta.next_review,
                states,
                list(leaflet.trust.offer.arranged),
            )
        )
    order = {path.name.removesuffix(".md"): i for i, path in enumerate(sources)}
    return sorted(found, key=lambda status: order[status.name]), problems


def configured_cluster() -> str:
    """The Dask scheduler config/formats.yaml names (`cluster:`), or "" to build here."""
    return formats_config().cluster


def build(
    names: list[str] | None = None,
    format_names: list[str] | None = None,
    force: bool = False,
    on_done: Callable[[JobResult], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
    cluster: str | None = None,
) -> BuildOutcome:
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
        not_made=planned.not_made,
    )
    address = configured_cluster() if cluster is None else cluster
    for result in run_jobs(planned.jobs, on_done, address if planned.jobs else None):
        (outcome.built if result.entry else outcome.failed).append(result)
    return outcome


def request(
    name: str,
    format_name: str,
    overrides: dict[str, object],
    anyway: bool = False,
    fill: dict[str, object] | None = None,
    *,
    who: str = "",
) -> JobResult:
    """One patient's request, with its options, built here into a folder of its own, noting
    `who` (the member of staff) asked. A format the leaflet does not offer is made only when
    asked `anyway`: a patient's need comes first. `fill` writes the patient's values into the
    leaflet's blanks: they reach the files in the request folder and nothing else (not its
    name, not the manifest, not the log)."""
    fmt = get_format(format_name)
    check_config([fmt])
    (source,) = find_sources([name])[:1]
    settings = settings_for(fmt, overrides)  # refuse a bad option before making a folder
    read = _read(source)
    leaflet = read[1]
    values = checked_values(leaflet, fill or {})  # refuse a wrong value before making a folder
    offered = offers_of(leaflet)
    if why := fmt.not_made(leaflet):  # before "not offered": --anyway would not make it either
        raise LeafletError(f"{source.name.removesuffix('.md')} {fmt.name} is not made: {why}")
    if fmt.name not in offered and not anyway:
        raise LeafletError(
            f"{leaflet.slug} does not offer {fmt.name} (it offers "
            f"{', '.join(offered) or 'no format this pipeline makes'}). If a "
            f"patient needs it, ask again with --anyway: it is made for this request and the "
            "request log notes that it was not offered"
        )
    stamp_now = datetime.now().strftime("%Y%m%d-%H%M%S")
    # the folder and its files are named by what the options are, never by free text typed
    # into one (`--font ../../x`, a patient's name): see file_tag
    chosen = settings.model_dump(mode="json", include=set(overrides))
    # a sheet filled in for a patient is marked as such ("-filled"), never by what was written
    tags = (file_tag(fmt.settings, chosen), "filled" if values else "")
    tag = "-".join(part for part in tags if part)
    name = f"{stamp_now}-{output_folder(leaflet).name}-{fmt.name}{'-' * bool(tag)}{tag}"
    folder = project_dir("outputs") / "requests" / name
    for count in range(2, 100):  # two requests in one second each get a folder of their own
        if not folder.exists():
            break
        folder = folder.with_name(f"{name}-{count}")
    try:
        result = run_jobs([Job(source, fmt.name, overrides, folder, values, read)])[0]
    finally:
        if not read_manifest(folder):  # a request folder holds one finished build or nothing
            shutil.rmtree(folder, ignore_errors=True)
    if result.error:
        raise (RuntimeError if result.bug else LeafletError)(result.error)
    result.not_offered = fmt.name not in offered
    with manifest_lock(result.folder):
        _name_for_options(result, leaflet, fmt, tag)
        result.entry["request"] = {
            "options": chosen,
            "anyway": result.not_offered,
            "filled": sorted(values),  # which blanks were filled in, never with what
            "who": who,
        }
        manifest = read_manifest(result.folder)
        manifest.setdefault("formats", {})[fmt.name] = result.entry
        save_manifest(result.folder, manifest)
    return result


def _name_for_options(result: JobResult, leaflet: Leaflet, fmt: Format, tag: str) -> None:
    """442-v3-large-print.pdf -> 442-v3-large-print-24pt.pdf: a request's file is named for
    what it is, so it is never sent in place of the standard one (or the other way round)."""
    if not tag:
        return
    stem = output_file(result.folder, leaflet, fmt.name, "").name
    renamed = {}
    for name, digest in result.entry.get("files", {}).items():
        new = f"{stem}-{tag}{name[len(stem):]}" if name.startswith(stem) else f"{tag}-{name}"
        (result.folder / name).rename(result.folder / new)
        renamed[new] = digest
    result.entry["files"] = renamed
    if "stamps" in result.entry:
        result.entry["stamps"]["outputs"] = {
            name: stamp(result.folder / name) for name in renamed
        }
