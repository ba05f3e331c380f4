"""Audio speed: each engine's real-time factor, and our build of 442 cold (empty sentence
cache), warm (nothing changed) and after a one-sentence edit, which should speak and master
that sentence only. Against piper's own command line, process against process, see
bench_formats.py (espeak-ng -w does far less than we do, so it is no peer).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.formats.audio import AudioSettings, write_audio  # noqa: E402
from pipeline.formats.audio.engines import (
    SAMPLE_RATE,
    EspeakEngine,
    KokoroEngine,
    PiperEngine,
    Request,
    synthesise_all,
)
from pipeline.formats.audio.speech_script import speech_script  # noqa: E402
from pipeline.model import Paragraph, Span  # noqa: E402
from pipeline.paths import PROJECT_ROOT  # noqa: E402
from pipeline.sources import load_leaflet  # noqa: E402

SOURCE = PROJECT_ROOT / "source" / "442-lower-back-stretches-in-pregnancy.md"


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def real_time_factor(engine, sentences: list[str], workers: int) -> tuple[float, float]:
    """(seconds of work per second of speech, milliseconds per word), from an empty cache."""
    with tempfile.TemporaryDirectory() as cache:
        voices: list = []
        elapsed = timed(
            lambda: voices.extend(
                synthesise_all(
                    [Request(engine, "en", s) for s in sentences],
                    workers=workers,
                    cache=Path(cache),
                )
            )
        )
    audio = sum(len(v) for v in voices) / SAMPLE_RATE
    words = sum(len(s.split()) for s in sentences)
    return elapsed / audio, elapsed * 1000 / words


def main() -> int:
    leaflet = load_leaflet(SOURCE)
    sentences = [u.text for u in speech_script(leaflet).utterances if u.lang == "en"]
    cores = os.cpu_count() or 1
    print(f"442: {len(sentences)} English sentences, {cores} cores")
    for engine in (EspeakEngine(), PiperEngine(), KokoroEngine()):
        one, per_word = real_time_factor(engine, sentences, workers=1)
        many, _ = real_time_factor(engine, sentences, workers=cores)
        print(
            f"{engine.name:10} real-time factor {one:.3f} on 1 core ({per_word:.1f} ms a word), "
            f"{many:.3f} on {cores} in parallel (x{one / many:.1f})"
        )
    print("gtts       not measured: it needs Google's servers, which this machine cannot reach")

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        edited = replace(
            leaflet, blocks=leaflet.blocks + (Paragraph((Span("Rest if it hurts."),)),)
        )
        for voice, english in (("draft", ""), ("standard", ""), ("standard", "bm_george")):
            os.environ["LEAFLET_AUDIO_CACHE"] = str(folder / f"cache-{voice}{english}")
            settings = AudioSettings(voice=voice, english_voice=english)
            cold = timed(lambda s=settings: write_audio(leaflet, s, folder))
            warm = timed(lambda s=settings: write_audio(leaflet, s, folder))
            before = len(list((folder / f"cache-{voice}{english}").rglob("*.pcm")))
            edit = timed(lambda s=settings: write_audio(edited, s, folder))
            after = len(list((folder / f"cache-{voice}{english}").rglob("*.pcm")))
            print(
                f"our build, {voice:8} {english or 'default':10}: cold {cold:.2f} s, warm "
                f"{warm:.2f} s, after a one-sentence edit {edit:.2f} s ({after - before} new "
                "sentence(s) synthesised)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
