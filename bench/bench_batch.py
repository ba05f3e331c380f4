"""A trust's shelf: N copies of leaflet 442 (numbers 1000, 1001, ...) built as staff build them,
each step a whole `leaflet` process, for N = 10, 100 and 300 (or the sizes given):

- a first build of every offered format: seconds per leaflet;
- a no-op `leaflet build` and `leaflet status` (nothing changed);
- the trust's phone number changed in config/organisation.yaml: every format is stale; the
  audio rebuild and the other formats' rebuild are timed apart (audio is the one the sentence
  cache and the mastered pieces should make cheap).

The audio cache is shared by all sizes and warmed first with 442 itself, as a trust's machine
would have it; each copy still says its own leaflet number. `--without-audio` offers the other
four formats only (the phone change then times those alone).

Each step is printed as wall seconds and as CPU seconds (user and system, the command and its
workers together). This machine has 2 cores shared with other work: when it is loaded, the
wall time is mostly waiting for a core, and CPU seconds / 2 is what the step would take on the
2 cores alone. Prints figures; asserts nothing.
Example: `.venv/bin/python bench/bench_batch.py 10 100`.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SOURCE = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"
PHONE, NEW_PHONE = "0116 250 2959", "0116 258 1111"


def leaflet(env: dict[str, str], *args: str) -> tuple[float, float]:
    """(wall, CPU) seconds one `leaflet` command takes, as a whole process with its workers."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise SystemExit(f"leaflet {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def shelf(folder: Path, count: int, cache: Path, with_audio: bool) -> dict[str, str]:
    (folder / "source").mkdir(parents=True)
    shutil.copytree(PROJECT_ROOT / "config", folder / "config")
    if not with_audio:
        formats = folder / "config" / "formats.yaml"
        text = re.sub(r"(?m)^(offered: .*), audio\]", r"\1]", formats.read_text("utf-8"))
        formats.write_text(text, encoding="utf-8")
    text = SOURCE.read_text(encoding="utf-8")
    for i in range(count):
        number = 1000 + i
        copy = text.replace("number: 442", f"number: {number}")
        (folder / "source" / f"{number}-lower-back-stretches-copy.md").write_text(copy, "utf-8")
    return {
        **os.environ,
        "LEAFLET_SOURCE": str(folder / "source"),
        "LEAFLET_CONFIG": str(folder / "config"),
        "LEAFLET_OUTPUTS": str(folder / "outputs"),
        "LEAFLET_AUDIO_CACHE": str(cache),
    }


def figures(label: str, taken: tuple[float, float], count: int | None = None) -> None:
    wall, cpu = taken
    each = f"; a leaflet {wall / count:6.3f} s wall, {cpu / count:6.3f} s CPU" if count else ""
    print(f"  {label:<34} {wall:8.2f} s wall {cpu:8.2f} s CPU{each}", flush=True)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or [10, 100, 300]
    with_audio = "--without-audio" not in sys.argv
    print(f"{os.cpu_count()} cores, shared with other work: figures are noisy.")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as scratch:
        cache = Path(scratch) / "audio-cache"
        if with_audio:
            warm = shelf(Path(scratch) / "warm", 1, cache, with_audio)
            figures("warming the audio cache (1 leaflet)", leaflet(warm, "build"))
        for count in sizes:
            folder = Path(scratch) / f"shelf-{count}"
            env = shelf(folder, count, cache, with_audio)
            print(f"N = {count}{'' if with_audio else ', without audio'}:")
            figures("first build", leaflet(env, "build"), count)
            figures("no-op build", leaflet(env, "build"), count)
            figures("status", leaflet(env, "status"), count)
            organisation = folder / "config" / "organisation.yaml"
            organisation.write_text(organisation.read_text().replace(PHONE, NEW_PHONE))
            if with_audio:
                figures("phone changed: audio", leaflet(env, "build", "--format", "audio"), count)
            figures("phone changed: the other formats", leaflet(env, "build"), count)
            print(f"  load average after: {os.getloadavg()[0]:.1f}", flush=True)
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
