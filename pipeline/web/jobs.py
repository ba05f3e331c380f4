"""Builds started from the web page: one at a time per (leaflet, format, options), watched.

Two people asking for the same stale format at once join one build rather than racing two
writers into the same folder. Builds of one leaflet's own outputs also take turns, because
they share that leaflet's manifest. A request with its own options goes to a folder of its own
(`pipeline.build.request`) and needs no turn.

The writers themselves run in worker processes, not in the server's threads: liblouis is not
thread-safe, CPU-heavy writers would starve the page of the GIL, and a writer that crashes
takes down its worker, never the server.
"""

from __future__ import annotations

import logging
import multiprocessing
import secrets
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DISK_FULL, LeafletError, is_disk_full
from .safety import without_server_paths

log = logging.getLogger("pipeline.web")

QUEUED, WAITING, BUILDING, READY, FAILED = "queued", "waiting", "building", "ready", "failed"
KEEP_FINISHED = 200  # finished jobs remembered, so a page that is still polling finds its result


@dataclass
class BuildJob:
    leaflet: str  # source identifier, e.g. 442-lower-back-stretches-in-pregnancy
    format: str
    format_title: str
    options: dict[str, object]
    anyway: bool = False  # a format the leaflet does not offer, made for one patient
    estimate: int = 0  # seconds the last build of this format took; 0: not known yet
    options_words: str = ""  # "Text size: 24 pt", as the page says the options
    fill: dict[str, str] = field(default_factory=dict)  # a patient's values: never logged
    who: str = ""  # the member of staff who asked first (a build others join is theirs too)
    id: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    state: str = QUEUED
    error: str = ""
    problems: list[str] = field(default_factory=list)  # the check's, when the build succeeded
    folder: Path | None = None
    files: list[str] = field(default_factory=list)
    file_urls: list[str] = field(default_factory=list)
    set_url: str = ""  # all the files as one .zip, when there are several
    created: float = field(default_factory=time.monotonic)
    started: float | None = None
    finished: float | None = None

    @property
    def key(self) -> tuple:
        fill = tuple(sorted(self.fill.items()))  # two patients' sheets are two builds
        return (self.leaflet, self.format, tuple(sorted(self.options.items())), self.anyway, fill)

    @property
    def done(self) -> bool:
        return self.state in (READY, FAILED)

    @property
    def seconds(self) -> int:
        end = self.finished or time.monotonic()
        return int(end - (self.started or end))

    @property
    def message(self) -> str:
        """What the page announces; it changes only when the state does, so a screen reader
        hears each step once, not a ticking clock."""
        what = f"{self.format_title}" + (f" ({self.options_words})" if self.options_words else "")
        if self.state == QUEUED:
            return f"{what}: starting the build."
        if self.state == WAITING:
            return f"{what}: waiting for another build of this leaflet to finish."
        if self.state == BUILDING:
            if self.estimate:
                return f"{what}: building now. It takes about {_duration(self.estimate)}."
            return f"{what}: building now. This can take a minute."
        if self.state == FAILED:
            return f"{what} could not be made: {self.error}"
        if self.problems:
            return f"{what} is ready, but its check found problems: see below before sending it."
        if self.set_url:
            return f"{what} is ready: its {len(self.files)} files are downloading as one .zip."
        return f"{what} is ready: {self.files[0] if self.files else 'no file'} is downloading."

    @property
    def download_url(self) -> str:
        return self.set_url or (self.file_urls[0] if self.file_urls else "")

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "state": self.state,
            "message": self.message,
            "seconds": self.seconds,
            "estimate": self.estimate,
            "problems": self.problems,
            "files": (
                [{"name": f"All {len(self.files)} files as one .zip", "url": self.set_url}]
                * bool(self.set_url)
            )
            + [{"name": n, "url": u} for n, u in zip(self.files, self.file_urls, strict=True)],
            "download_url": self.download_url if self.state == READY else "",
        }


def _duration(seconds: int) -> str:
    """ "40 seconds", "3 minutes": an estimate as a person would say it."""
    if seconds < 90:
        return f"{max(5, round(seconds / 5) * 5)} seconds"
    return f"{round(seconds / 60)} minutes"


class BuildQueue:
    """Runs web builds in a small pool of threads, joining identical requests."""

    def __init__(self, workers: int = 2) -> None:
        self._guard = threading.Lock()
        self._active: dict[tuple, BuildJob] = {}
        self._jobs: OrderedDict[str, BuildJob] = OrderedDict()
        self._leaflet_turns: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
        self._workers = workers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="leaflet-build")
        self._processes: ProcessPoolExecutor | None = None
        self._took: dict[str, int] = {}  # seconds the last build of each format took

    def estimate(self, format_name: str, built_before: float = 0) -> int:
        """Seconds a build of the format is likely to take: the last one this server ran, else
        the time the format's last build recorded in its manifest."""
        return self._took.get(format_name) or round(built_before)

    def submit(self, job: BuildJob, work: Callable[[BuildJob], None]) -> tuple[BuildJob, bool]:
        """Starts `work(job)`, or returns the job already running for the same key.

        The second value says whether the caller joined an existing build.
        """
        with self._guard:
            running = self._active.get(job.key)
            if running is not None:
                return running, True
            self._active[job.key] = job
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_FINISHED + len(self._active):
                oldest = next(iter(self._jobs))
                if not self._jobs[oldest].done:
                    break
                del self._jobs[oldest]
        self._pool.submit(self._run, job, work)
        return job, False

    @contextmanager
    def leaflet_turn(self, job: BuildJob) -> Iterator[None]:
        """Held while a leaflet's own outputs and manifest are being written; a job that has to
        wait for it says so."""
        with self._guard:
            turn = self._leaflet_turns[job.leaflet]
        if not turn.acquire(blocking=False):
            job.state = WAITING
            turn.acquire()
        try:
            yield
        finally:
            turn.release()

    def in_worker_process(self, function: Callable, *args, **keywords):
        """Runs a build function (pipeline.build.build or .request) in a worker process.

        Workers are started with "spawn": forking a threaded server can copy a held lock.
        """
        with self._guard:
            if self._processes is None:
                self._processes = ProcessPoolExecutor(
                    max_workers=self._workers, mp_context=multiprocessing.get_context("spawn")
                )
            processes = self._processes
        try:
            return processes.submit(function, *args, **keywords).result()
        except BrokenProcessPool:
            with self._guard:
                if self._processes is processes:
                    self._processes = None
            # the leaflet and format only: later arguments may hold a patient's details
            log.error("a build worker process died while running %s%r", function.__name__, args[:2])
            raise LeafletError(
                "the build stopped unexpectedly (details in the server's log)"
            ) from None

    def get(self, job_id: str) -> BuildJob | None:
        with self._guard:
            return self._jobs.get(job_id)

    def _run(self, job: BuildJob, work: Callable[[BuildJob], None]) -> None:
        try:
            work(job)
            if not job.files:
                raise LeafletError("the format wrote no files")
            job.state = READY
            self._took[job.format] = job.seconds
        except LeafletError as error:
            job.error, job.state = without_server_paths(str(error)), FAILED
        except Exception as error:
            if is_disk_full(error):
                job.error, job.state = DISK_FULL, FAILED
                return
            log.exception("web build of %s %s failed", job.leaflet, job.format)
            job.error = "the build stopped with an unexpected error (details in the server's log)"
            job.state = FAILED
        finally:
            job.finished = time.monotonic()
            with self._guard:
                self._active.pop(job.key, None)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._processes is not None:
            self._processes.shutdown(wait=True, cancel_futures=True)
