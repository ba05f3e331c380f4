"""Braille layout's cost, engine call against engine call in one warm process: our layout stage
(translation + UK layout + BRF, not the PEF, preview or proof PDF) against raw liblouis
translating the same segments with no layout, on the seed and on a leaflet of about 1 MB of
text; the layout's overhead should stay within 2x. What a user feels (a whole `leaflet request`
process against lou_translate and file2brl processes) is in bench_formats.py.

Prints ratios; asserts nothing (speed is never a test assertion here).
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

import louis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.formats.braille import BrailleSettings, layout_choices, write  # noqa: E402
from pipeline.formats.braille.files import brf_bytes  # noqa: E402
from pipeline.formats.braille.layout import DOTS_MODE, lay_out, units_of  # noqa: E402
from pipeline.model import plain_text  # noqa: E402
from pipeline.paths import PROJECT_ROOT  # noqa: E402
from pipeline.sources import load_leaflet  # noqa: E402

SOURCE = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"
TARGET_OVERHEAD = 2.0


def best_of(repeat: int, action) -> float:
    """The fastest of several runs: the least disturbed by whatever else the machine is doing."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(repeat: int, first, second) -> tuple[float, float]:
    """Best times of two actions run turn about, so both meet the same load on the machine."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for action, kept in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            action()
            kept.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def raw_translation(leaflet):
    """liblouis alone: the same segments translated, nothing laid out."""
    segments = [s for u in units_of(leaflet, layout_choices(BrailleSettings())) for s in u.segments]

    def run():
        for segment in segments:
            louis.translateString([segment.table], segment.text, None, DOTS_MODE)

    return run


def our_stage(leaflet):
    choices = layout_choices(BrailleSettings())

    def run():
        brf_bytes(lay_out(leaflet, choices))

    return run


def enlarged(leaflet, size: int):
    """The leaflet's body repeated until it holds about `size` characters of text."""
    per_copy = sum(len(plain_text(b.spans)) for b in leaflet.blocks if hasattr(b, "spans"))
    copies = max(1, size // per_copy)
    return dataclasses.replace(leaflet, blocks=leaflet.blocks * copies)


def report(name: str, leaflet, repeat: int) -> None:
    characters = sum(len(u.text) for u in units_of(leaflet, layout_choices(BrailleSettings())))
    pages = len(lay_out(leaflet, layout_choices(BrailleSettings())))
    raw, ours = interleaved(repeat, raw_translation(leaflet), our_stage(leaflet))
    print(f"\n{name}: {characters:,} characters of text, {pages} braille pages at 40 x 25")
    print(f"  raw liblouis translation, no layout : {raw * 1000:9.1f} ms")
    print(
        f"  our braille stage (layout + BRF)    : {ours * 1000:9.1f} ms   "
        f"{ours / raw:.2f}x raw liblouis (target <= {TARGET_OVERHEAD:.0f}x: "
        f"{'met' if ours / raw <= TARGET_OVERHEAD else 'NOT met'})"
    )


def main() -> None:
    leaflet = load_leaflet(SOURCE)
    print(f"liblouis {louis.version().split(',')[0]}; best of several runs on one core")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        report("Seed leaflet 442", leaflet, repeat=20)
        all_files = best_of(5, lambda: write(leaflet, BrailleSettings(), folder))
        print(f"  all four files (BRF, PEF, preview, proof PDF): {all_files * 1000:.1f} ms")
        report("About 1 MB of leaflet text", enlarged(leaflet, 1_000_000), repeat=5)


if __name__ == "__main__":
    main()
