"""A trust's shelf: N copies of leaflet 442 (numbers 1000, 1001, ...) built as staff build them,
each step a whole `leaflet` process, for N = 10, 100 and 300 (or the sizes given):

- a first build of every offered format: seconds per leaflet;
- a no-op `leaflet build` and `leaflet status` (nothing changed);
- the trust's phone number changed in config/organisation.yaml: every format is stale; the
  audio rebuild and the other formats' rebuild are timed apart (audio is the one the sentence
  cache and the mastered pieces should make cheap).

The audio cache is shared by all sizes and warmed first with 442 itself, as a trust's machine
would have it; each copy still says its own leaflet number. This machine has 2 cores shared
with other work: figures vary between runs, and per-leaflet costs are what to compare.
Prints figures; asserts nothing. Example: `.venv/bin/python bench/bench_batch.py 10 100`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SOURCE = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"
PHONE, NEW_PHONE = "0116 250 2959", "0116 258 1111"


def leaflet(env: dict[str, str], *args: str) -> float:
    """Seconds one `leaflet` command takes, as a whole process."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *args],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"leaflet {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return elapsed


def shelf(folder: Path, count: int, cache: Path) -> dict[str, str]:
    (folder / "source").mkdir(parents=True)
    shutil.copytree(PROJECT_ROOT / "config", folder / "config")
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


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10, 100, 300]
    print(f"{os.cpu_count()} cores, shared with other work: figures are noisy.")
    with tempfile.TemporaryDirectory() as scratch:
        cache = Path(scratch) / "audio-cache"
        warm = shelf(Path(scratch) / "warm", 1, cache)
        print(f"warming the audio cache with one leaflet: {leaflet(warm, 'build'):.1f} s")
        print(
            f"{'N':>5} {'first build':>12} {'per leaflet':>12} {'no-op build':>12} "
            f"{'status':>8} {'phone: audio':>13} {'per leaflet':>12} {'phone: rest':>12} "
            f"{'per leaflet':>12}"
        )
        for count in sizes:
            folder = Path(scratch) / f"shelf-{count}"
            env = shelf(folder, count, cache)
            first = leaflet(env, "build")
            noop = leaflet(env, "build")
            status = leaflet(env, "status")
            organisation = folder / "config" / "organisation.yaml"
            organisation.write_text(organisation.read_text().replace(PHONE, NEW_PHONE))
            audio = leaflet(env, "build", "--format", "audio")
            rest = leaflet(env, "build")
            print(
                f"{count:>5} {first:>10.1f} s {first / count:>10.2f} s {noop:>10.2f} s "
                f"{status:>6.2f} s {audio:>11.1f} s {audio / count:>10.2f} s {rest:>10.1f} s "
                f"{rest / count:>10.2f} s",
                flush=True,
            )
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
