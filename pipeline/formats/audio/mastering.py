"""Mastering by the sentence: each sentence is levelled, limited, encoded to MP3 and measured
once, and the piece is kept beside the synthesis cache. A rebuild after one changed sentence (a
new phone number in every leaflet) costs that sentence: the MP3 is the cached pieces' frames
joined end to end, and what the build measured of those frames is kept for the checker.

An MP3 piece encoded on its own starts with the encoder's and decoder's delay (ENCODER_DELAY)
and ends on a whole frame, so each piece's silence is cut to make the piece last as long as
the sentence and its pause, and the next sentence starts ENCODER_DELAY into its piece. Joined
frames decode to exactly the pieces' lengths; at each join both sides are silence.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .engines import (
    SAMPLE_RATE,
    Request,
    cache_dir,
    decode_audio,
    package_version,
    synthesise_all,
)

BITRATE_KBPS = 64
FRAME_SAMPLES = 576  # one MPEG-2 layer III frame at 22.05 kHz
ENCODER_DELAY = 1105  # LAME's 576 samples and the decoder's 529 before the sound begins
MP3_PEAK_RISE_DB = 1.0  # LAME raises true peaks by about this much: limit below the ceiling
PEAK_MARGIN_DB = 0.3  # a piece's decoded true peak stays this far under the allowed peak
# The whole recording measures about 1 LU under its sentences (gating over pauses, LAME's
# low-pass), so sentences are levelled this much above the target.
SENTENCE_LOUDNESS_LIFT = 1.0
# Speech limited cleanly reaches at most about 12 dB between true peak and loudness (espeak-ng
# and piper alike): sentences are never levelled closer than this to the limiter's ceiling.
SPEECH_CREST_DB = 12.0
LOUDNESS_TOLERANCE = 0.5  # the recording is re-levelled when further than this from target
BLOCK_SECONDS = 0.1  # BS.1770 gating blocks are 400 ms, stepped by 100 ms
SILENCE_DB = -50.0
VOICED_DB = -40.0
FRAME_SECONDS = 0.02  # silences and voiced time are measured in 20 ms frames


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
    """A sound too short for a loudness meter (under half a second: "Warning:", "Note:")
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


def silences(samples: np.ndarray, threshold_db: float = SILENCE_DB) -> list[list[float]]:
    """[start, length] in seconds of every stretch quieter than the threshold."""
    quiet = _frame_levels(samples) < 10 ** (threshold_db / 20)
    runs, start = [], None
    for i, is_quiet in enumerate(np.append(quiet, False)):
        if is_quiet and start is None:
            start = i
        elif not is_quiet and start is not None:
            runs.append([start * FRAME_SECONDS, (i - start) * FRAME_SECONDS])
            start = None
    return runs


def voiced_seconds(samples: np.ndarray) -> float:
    """How long the sound is above a whisper: a sentence that is there but silent has none."""
    return float(np.sum(_frame_levels(samples) > 10 ** (VOICED_DB / 20))) * FRAME_SECONDS


def _frame_levels(samples: np.ndarray) -> np.ndarray:
    size = int(FRAME_SECONDS * SAMPLE_RATE)
    count = len(samples) // size
    frames = samples[: count * size].reshape(count, size)
    return np.sqrt(np.mean(frames**2, axis=1))


def block_energies(samples: np.ndarray) -> list[float]:
    """K-weighted mean square of each 100 ms of the sound (BS.1770), from which the loudness of
    any run of pieces joined together is worked out without decoding them again."""
    import pyloudnorm

    weighted = samples.astype(np.float64)
    for stage in pyloudnorm.Meter(SAMPLE_RATE)._filters.values():
        weighted = stage.apply_filter(weighted)
    size = int(BLOCK_SECONDS * SAMPLE_RATE)
    count = -(-len(weighted) // size)
    padded = np.zeros(count * size)
    padded[: len(weighted)] = weighted
    return [float(e) for e in np.mean(padded.reshape(count, size) ** 2, axis=1)]


def gated_loudness(energies: list[float]) -> float | None:
    """BS.1770 integrated loudness from 100 ms energies: 400 ms blocks with 75% overlap, an
    absolute gate at -70 LUFS and a relative one 10 LU under the ungated mean."""
    steps = np.asarray(energies)
    if len(steps) < 4:
        return None
    blocks = np.convolve(steps, np.ones(4) / 4, mode="valid")
    with np.errstate(divide="ignore"):
        loud = -0.691 + 10 * np.log10(blocks)
    kept = blocks[loud > -70]
    if not len(kept):
        return None
    relative = -0.691 + 10 * np.log10(np.mean(kept)) - 10
    kept = blocks[(loud > -70) & (loud > relative)]
    return float(-0.691 + 10 * np.log10(np.mean(kept)))


@dataclass
class Piece:
    """One sentence and its pause, mastered and encoded, and what its decoded sound measures."""

    mp3: bytes
    samples: int  # decoded length: whole frames
    loudness: float | None
    true_peak: float
    voiced: float
    silences: list[list[float]]
    energies: list[float]


def _silence_for(speech: int, pause: float) -> int:
    """Samples of silence after a sentence so that its piece decodes to the sentence and its
    pause to within half a frame: LAME makes two frames more than the samples fill (measured
    with lameenc here), so the piece is sized in whole frames."""
    wanted = speech + int(round(pause * SAMPLE_RATE))
    frames = max(round(wanted / FRAME_SAMPLES), -(-speech // FRAME_SAMPLES) + 2)
    return (frames - 2) * FRAME_SAMPLES - speech


def make_piece(samples: np.ndarray, pause: float, loudness: float, peak_dbfs: float) -> Piece:
    """Levelled, limited, encoded and measured in the MP3 itself; turned down by the excess if
    LAME's low-pass lifted a true peak over the allowed one (limiting again squashes speech)."""
    allowed = peak_dbfs - PEAK_MARGIN_DB
    levelled = level(samples, loudness, peak_dbfs - MP3_PEAK_RISE_DB)
    silence = np.zeros(_silence_for(len(levelled), pause), dtype=np.float32)
    for _ in range(3):
        mp3 = encode_mp3(np.concatenate([levelled, silence]))
        decoded = decode_audio(mp3)
        peak = true_peak_db(decoded)
        if peak <= allowed:
            break
        levelled = (levelled * 10 ** ((allowed - peak - 0.05) / 20)).astype(np.float32)
    return Piece(
        mp3,
        len(decoded),
        loudness_of(decoded),
        peak,
        voiced_seconds(decoded),
        silences(decoded),
        block_energies(decoded),
    )


def pieces_dir() -> Path:
    return cache_dir() / "pieces"


def piece_key(request: Request, pause: float, loudness: float, peak_dbfs: float) -> str:
    identity = json.dumps(
        [
            request.cache_key(),
            round(pause, 3),
            round(loudness, 2),
            peak_dbfs,
            BITRATE_KBPS,
            package_version("lameenc"),
            SENTENCE_LOUDNESS_LIFT,
        ]
    )
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def _load_piece(key: str, keep_in: Path | None) -> Piece | None:
    for folder in (pieces_dir(), keep_in):
        if folder is None:
            continue
        base = folder / key[:2] / key
        try:
            measured = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
            return Piece(mp3=base.with_suffix(".mp3").read_bytes(), **measured)
        except (OSError, ValueError, TypeError):
            continue
    return None


def _save_piece(key: str, piece: Piece, keep_in: Path | None) -> None:
    """The MP3 first, its measurements last: a piece without measurements is made again."""
    base = (keep_in or pieces_dir()) / key[:2] / key
    base.parent.mkdir(parents=True, exist_ok=True)
    measured = {k: v for k, v in asdict(piece).items() if k != "mp3"}
    for suffix, data in ((".mp3", piece.mp3), (".json", json.dumps(measured).encode("utf-8"))):
        temporary = base.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, base.with_suffix(suffix))


def mastered_pieces(
    requests: list[Request],
    pauses: list[float],
    loudness: float,
    peak_dbfs: float,
    keep_in: Path | None = None,
) -> list[Piece]:
    """Each sentence's piece, from the cache where it was made before; the others spoken
    (or read from the synthesis cache) and mastered now, and kept in the shared cache, or in
    `keep_in` for a recording that holds a patient's details."""
    private = keep_in / "pieces" if keep_in else None
    keys = [piece_key(r, p, loudness, peak_dbfs) for r, p in zip(requests, pauses, strict=True)]
    found = {key: _load_piece(key, private) for key in dict.fromkeys(keys)}
    missing = [
        (key, request, pause)
        for key, request, pause in zip(keys, requests, pauses, strict=True)
        if found[key] is None
    ]
    missing = list({key: (key, r, p) for key, r, p in missing}.values())
    spoken = synthesise_all(
        [request for _, request, _ in missing], keep_in=keep_in / "sentences" if keep_in else None
    )
    for (key, _, pause), samples in zip(missing, spoken, strict=True):
        found[key] = make_piece(samples, pause, loudness, peak_dbfs)
        _save_piece(key, found[key], private)
    return [found[key] for key in keys]


@dataclass
class Measurements:
    """What a listener's meter finds in an MP3: kept by the build for the checker, keyed by the
    MP3's own hash, so the checker reads it only for exactly the file the build measured."""

    duration: float
    loudness: float | None
    true_peak: float
    silences: list[list[float]]  # [start, length] in seconds
    sentence_loudness: list[float | None]  # one per timed sentence, in order
    sentence_voiced: list[float]  # seconds of sound in each timed sentence


def joined_measurements(pieces: list[Piece]) -> Measurements:
    """The pieces' measurements for the recording they make joined end to end."""
    runs: list[list[float]] = []
    at = 0.0
    for piece in pieces:
        for start, length in piece.silences:
            if runs and abs(runs[-1][0] + runs[-1][1] - (at + start)) < 0.03:
                runs[-1][1] = at + start + length - runs[-1][0]
            else:
                runs.append([at + start, length])
        at += piece.samples / SAMPLE_RATE
    energies = [e for piece in pieces for e in piece.energies]
    return Measurements(
        duration=at,
        loudness=gated_loudness(energies),
        true_peak=max((piece.true_peak for piece in pieces), default=-120.0),
        silences=runs,
        sentence_loudness=[piece.loudness for piece in pieces],
        sentence_voiced=[piece.voiced for piece in pieces],
    )


def _measured_path(mp3: bytes) -> Path:
    digest = hashlib.sha256(mp3).hexdigest()
    return cache_dir() / "measured" / digest[:2] / f"{digest}.json"


def keep_measurements(file_bytes: bytes, measured: Measurements) -> None:
    path = _measured_path(file_bytes)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(asdict(measured)), encoding="utf-8")
    os.replace(temporary, path)


def kept_measurements(file_bytes: bytes) -> Measurements | None:
    """What the build measured of exactly these bytes, or None (built elsewhere, or changed)."""
    try:
        return Measurements(**json.loads(_measured_path(file_bytes).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def measure_decoded(
    samples: np.ndarray, starts: list[float], loudness: float, true_peak: float
) -> Measurements:
    """The same measurements taken from a decoded file, sentence by sentence from its timings,
    for a file the build here did not measure (loudness and true peak from ffmpeg's meter)."""
    duration = len(samples) / SAMPLE_RATE
    ends = [*starts[1:], duration] if starts else []
    parts = [
        samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
        for start, end in zip(starts, ends, strict=True)
    ]
    return Measurements(
        duration=duration,
        loudness=loudness,
        true_peak=true_peak,
        silences=silences(samples),
        sentence_loudness=[loudness_of(part) for part in parts],
        sentence_voiced=[voiced_seconds(part) for part in parts],
    )
