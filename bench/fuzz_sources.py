"""The long fuzzing run of the Markdown reader and the text importer: the properties of
tests/test_fuzz.py (a leaflet or one LeafletError, never a traceback) with 20,000 examples each
instead of the test suite's 150. Takes about eight minutes on a shared two-core machine; prints
hypothesis's statistics and exits non-zero on the first falsifying example, printed in full.

    .venv/bin/python bench/fuzz_sources.py            # the long profile
    .venv/bin/python bench/fuzz_sources.py --hypothesis-profile=ci   # a quick look
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not the one the venv has installed

if __name__ == "__main__":
    arguments = sys.argv[1:] or ["--hypothesis-profile=long"]
    sys.exit(
        pytest.main(
            [
                str(ROOT / "tests" / "test_fuzz.py"),
                "-p",
                "no:cacheprovider",
                "--hypothesis-show-statistics",
                *arguments,
            ]
        )
    )
