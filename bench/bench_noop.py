"""A no-op `leaflet build` and `leaflet status` on a shelf of N leaflets (1,000 by default):
copies of 442 and of the test leaflets 601-605, renumbered, in a project of their own
(LEAFLET_SOURCE, LEAFLET_CONFIG, LEAFLET_OUTPUTS), built once, then asked again with nothing
changed. Each is a whole `leaflet` process, timed against a Python that only imports the CLI
(the floor no command goes under). Then one source is edited: the next build rebuilds that
leaflet alone, hashing only what changed.

    .venv/bin/python bench/bench_noop.py                  # 1,000 leaflets, every format
    .venv/bin/python bench/bench_noop.py 1000 --offer accessible-html --keep /tmp/shelf

The first build takes long (every format: a few seconds a leaflet here): `--offer A,B` makes
the shelf's config offer only those formats; `--keep DIR` builds the shelf in DIR and reuses
it on the next run. This machine has 2 cores shared with other work: figures are
the min and median of several runs. Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ORIGINALS = [
    PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md",
    *sorted((PROJECT_ROOT / "tests" / "fixtures" / "easy_read").glob("60?-*.md")),
]
RUNS = 5
CPU_TIMES: list[float] = []


def leaflet(env: dict[str, str], *args: str) -> float:
    """Seconds one `leaflet` command takes, as a whole process."""
    return timed_process(env, "-m", "pipeline.cli", *args)


def timed_process(env: dict[str, str], *args: str) -> float:
    """Wall seconds; the process's CPU seconds (user and system) are kept in CPU_TIMES, since
    on a loaded machine the wall time is mostly waiting for a core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, *args], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_TIMES.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return elapsed


def shelf(folder: Path, count: int, offer: str) -> dict[str, str]:
    """N renumbered copies of the originals, written once (a kept shelf is reused)."""
    source = folder / "source"
    if not source.is_dir():
        source.mkdir(parents=True)
        shutil.copytree(PROJECT_ROOT / "config", folder / "config")
        if offer:
            formats = folder / "config" / "formats.yaml"
            text = formats.read_text(encoding="utf-8")
            text = re.sub(r"(?m)^offered: .*$", f"offered: [{offer}]", text)
            formats.write_text(text, encoding="utf-8")
        for i in range(count):
            original = ORIGINALS[i % len(ORIGINALS)]
            number = 10000 + i
            text = re.sub(r"(?m)^number: \S+", f"number: {number}", original.read_text("utf-8"))
            slug = original.name.split("-", 1)[1]
            (source / f"{number}-{slug}").write_text(text, encoding="utf-8")
    return {
        **os.environ,
        "LEAFLET_SOURCE": str(source),
        "LEAFLET_CONFIG": str(folder / "config"),
        "LEAFLET_OUTPUTS": str(folder / "outputs"),
    }


def line(label: str, times: list[float], count: int) -> None:
    """Wall time, then CPU time, of the runs just made: min and median of each."""
    cpu = CPU_TIMES[-len(times) :]
    print(
        f"  {label:<44} wall min {min(times):6.3f} s median {statistics.median(times):6.3f} s;"
        f" CPU min {min(cpu):6.3f} s median {statistics.median(cpu):6.3f} s"
        f" ({1000 * statistics.median(cpu) / count:5.2f} ms a leaflet)"
    )


def main() -> None:
    numbers = [int(a) for a in sys.argv[1:] if a.isdigit()]
    count = numbers[0] if numbers else 1000
    offer = sys.argv[sys.argv.index("--offer") + 1] if "--offer" in sys.argv else ""
    kept = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    print(f"{os.cpu_count()} cores, shared with other work: figures are noisy.")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(kept) if kept else Path(scratch) / "shelf"
        env = shelf(folder, count, offer)
        print(f"{count} leaflets offering {offer or 'every format'}, in {folder}")
        first = leaflet(env, "build")
        print(f"  build until up to date: {first:.1f} s")
        floor = [timed_process(env, "-c", "import pipeline.cli") for _ in range(RUNS)]
        line("python -c 'import pipeline.cli' (the floor)", floor, count)
        line("no-op leaflet build", [leaflet(env, "build") for _ in range(RUNS)], count)
        line("leaflet status", [leaflet(env, "status") for _ in range(RUNS)], count)
        edited = sorted((folder / "source").glob("*.md"))[0]
        edited.write_text(edited.read_text("utf-8") + "\nOne more line.\n", encoding="utf-8")
        print(f"  one leaflet edited, its formats rebuilt: {leaflet(env, 'build'):.1f} s")
        line("no-op leaflet build after that", [leaflet(env, "build") for _ in range(RUNS)], count)


if __name__ == "__main__":
    main()
