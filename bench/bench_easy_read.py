"""Easy Read speed: drafting and writing 442's Word document, in one warm process. Rasterising
pictures is timed cold (empty cache) and warm, since a fresh machine pays the cold price once
per picture. Against python-docx making the same rows, process against process and call
against call, see bench_formats.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.formats.easy_read import EasyReadSettings, write_easy_read  # noqa: E402
from pipeline.formats.easy_read.drafter import draft  # noqa: E402
from pipeline.paths import PROJECT_ROOT  # noqa: E402
from pipeline.sources import load_leaflet  # noqa: E402

SOURCE = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    leaflet = load_leaflet(SOURCE)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
        cold = best_of(1, lambda: write_easy_read(leaflet, EasyReadSettings(), folder))
        warm = best_of(5, lambda: write_easy_read(leaflet, EasyReadSettings(), folder))
        drafting = best_of(5, lambda: draft(leaflet))
        print(f"draft only:                {drafting * 1000:7.1f} ms")
        print(f"draft + .docx, cold cache: {cold * 1000:7.1f} ms")
        print(f"draft + .docx, warm cache: {warm * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
