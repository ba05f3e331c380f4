"""How well a listener understands a finished recording: Whisper word error over its English.

Builds a leaflet's MP3 with the voice config/formats.yaml chooses (or takes one already built),
cuts it sentence by sentence at the timings the MP3 carries (ID3 SYLT), has the offline listener
(listening.py) write each English sentence down, and scores it against the sentence as written
(the speech script without respellings: a respelling is how the voice is told to say a word, not
what should be heard). Lines in other languages are left out: Whisper tiny.en invents English
over them. The issue's target is under 8%.

    .venv/bin/python bench/intelligibility.py            # leaflet 442
    .venv/bin/python bench/intelligibility.py 442 --mp3 outputs/.../442-v3-audio.mp3
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from listening import Transcripts, edits, without_respellings, words_heard  # noqa: E402

from pipeline.errors import LeafletError  # noqa: E402
from pipeline.formats.audio import synced_sentences, write_audio  # noqa: E402
from pipeline.formats.audio.engines import SAMPLE_RATE, decode_audio  # noqa: E402
from pipeline.formats.audio.speech_script import load_pronunciations, speech_script  # noqa: E402
from pipeline.formats.registry import get_format, settings_for  # noqa: E402
from pipeline.sources import find_sources, load_leaflet  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("leaflet", nargs="?", default="442")
    parser.add_argument("--mp3", type=Path, help="a recording already built (default: build one)")
    parser.add_argument("--show", action="store_true", help="print every sentence misheard")
    parser.add_argument(
        "--voice", default="", help="an English voice from `leaflet voices` (default: config's)"
    )
    args = parser.parse_args()
    settings = settings_for(get_format("audio"))
    if args.voice:
        settings = settings.model_copy(update={"english_voice": args.voice})

    (source,) = find_sources([args.leaflet])[:1]
    leaflet = load_leaflet(source)
    with tempfile.TemporaryDirectory() as folder:
        mp3 = args.mp3 or write_audio(leaflet, settings, Path(folder))[0]
        samples = decode_audio(mp3)
        synced = synced_sentences(mp3)
        digest = hashlib.sha256(mp3.read_bytes()).hexdigest()[:16]
    plain = without_respellings(load_pronunciations())
    script = speech_script(leaflet).utterances
    written = speech_script(leaflet, pronunciations=plain).utterances
    if not (len(synced) == len(script) == len(written)):
        raise SystemExit(f"{mp3.name} was built from another script: rebuild it")
    ends = [start for _, start in synced[1:]] + [len(samples) / SAMPLE_RATE]
    transcripts = Transcripts("intelligibility")
    errors = words = 0
    try:
        for (text, start), end, said, meant in zip(synced, ends, script, written, strict=True):
            if said.lang != "en":
                continue
            clip = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
            heard = transcripts.transcribe(digest, text, clip)
            # the length line as recorded states the length measured, not the estimate
            meant_text = text if said.role == "duration" else meant.text
            want, got = words_heard(meant_text), words_heard(heard)
            wrong = edits(want, got)
            errors, words = errors + wrong, words + len(want)
            if wrong and args.show:
                print(f"{wrong:2} {meant_text!r}\n   heard {heard!r}")
    finally:
        transcripts.save()
    print(f"{leaflet.meta.number}: word error {100 * errors / words:.1f}% "
          f"({errors} of {words} words, English sentences only, {mp3.name})")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except LeafletError as error:  # an unknown leaflet or voice: one line, not a traceback
        sys.exit(f"intelligibility: {error}")
