"""Easy Read speed: drafting and writing 442's Word document, against LibreOffice printing it.

The peer is the step a member of staff takes next (open the .docx and print it to PDF), so the
ratio says whether making the Easy Read is ever the slow part. Rasterising pictures is timed
cold (empty cache) and warm, since a fresh machine pays the cold price once per picture.
"""

from __future__ import annotations

import os
import shutil
import subprocess
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
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if not office:
            print("peer: LibreOffice is not installed (scripts/setup.sh --bench installs it)")
            return 0
        (docx,) = folder.glob("*.docx")
        profile = f"-env:UserInstallation=file://{folder / 'office-profile'}"
        command = [office, profile, "--headless", "--convert-to", "pdf", "--outdir", scratch]

        def print_to_pdf() -> None:
            subprocess.run([*command, str(docx)], check=True, capture_output=True, timeout=300)

        print_to_pdf()  # the first start sets up LibreOffice's profile
        peer = best_of(3, print_to_pdf)
        print(f"peer: LibreOffice .docx -> PDF: {peer * 1000:7.1f} ms")
        print(f"ratio (ours warm / peer): {warm / peer:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
