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
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import Field, ValidationInfo, field_validator

from ...errors import LeafletError
from ...languages import find_language, primary_language
from ...model import Leaflet, holds_patient_details
from .. import CheckReport, Format, FormatSettings, output_file, showing
from ..html_render import reading_order
from .engines import (
    BUNDLED_PIPER_VOICE,
    DEFAULT_ENGLISH_VOICE,
    KOKORO_BRITISH_VOICES,
    KOKORO_MODEL_SHA256,
    SAMPLE_RATE,
    Request,
    bundled_piper_model,
    decode_audio,
    engine_for_choice,
    espeak_version,
    piper_model_path,
)
from .mastering import (
    ENCODER_DELAY,
    LOUDNESS_TOLERANCE,
    MP3_PEAK_RISE_DB,
    SENTENCE_LOUDNESS_LIFT,
    SPEECH_CREST_DB,
    Measurements,
    joined_measurements,
    keep_measurements,
    kept_measurements,
    mastered_pieces,
    measure_decoded,
)
from .speech_script import (
    SpeechScript,
    Utterance,
    ambiguous_wording,
    announced_seconds,
    as_written,
    chapter_plan,
    describe_duration,
    load_pronunciations,
    said_as_printed_elsewhere,
    speech_script,
    units_split_over_voices,
)

LONGEST_SILENCE = 2.0
ANNOUNCED_TOLERANCE = 10.0
CHAPTER_LEAD_IN = 0.25  # a chapter starts just before its heading is spoken
STEADY_LEVEL_LU = 4.0  # the most a sentence may differ from the median sentence loudness
# Speech limited cleanly reaches at most about 12 dB between true peak and loudness (espeak-ng
# and piper alike, measured here); 14 dB leaves the mastering a margin within the 1 LU checked.
MIN_PEAK_TO_LOUDNESS = 14.0


class AudioSettings(FormatSettings):
    voice: Literal["standard", "draft", "online"] = Field(
        "standard",
        title="Voice",
        json_schema_extra={"sends_text_to": {"online": "Google"}},
        description="standard: the clearest voice on this machine (a natural-sounding voice "
        "for English, a plainer one for other languages); draft: the plainer voice only "
        "(fast, for checking); online: Google's voices (sends the leaflet's text to Google; "
        "needs the internet)",
    )
    english_voice: str = Field(
        "",
        title="English voice",
        json_schema_extra={
            "choices": {
                "": f"the trust's usual voice ({DEFAULT_ENGLISH_VOICE})",
                **{
                    name: f"British {who}, {name.split('_')[1].capitalize()}"
                    for name, who in KOKORO_BRITISH_VOICES.items()
                },
                BUNDLED_PIPER_VOICE: "American man, Joe",
            }
        },
        description="a voice from `leaflet voices`: a British Kokoro voice (bm_george, "
        "bf_emma, ...), the bundled Piper voice (en_US-joe-medium), a Piper voice installed "
        "with `leaflet voices add` by name (en_GB-alba-medium), or an .onnx file (absolute, "
        f"or relative to the project folder); empty: {DEFAULT_ENGLISH_VOICE}",
    )
    words_per_minute: int = Field(
        160,
        title="Speaking speed",
        json_schema_extra={"unit": "wpm", "say": "words a minute"},
        ge=120,
        le=200,
        description="speaking rate; UKAAF's audiobook norm is 150-160",
    )
    loudness_lufs: float = Field(
        -18.0,
        title="Loudness",
        json_schema_extra={"unit": "lufs", "say": "LUFS, higher is louder"},
        ge=-24.0,
        le=-1.0 - MIN_PEAK_TO_LOUDNESS,
        description="integrated loudness of the MP3 (EBU R128); at least "
        f"{MIN_PEAK_TO_LOUDNESS:g} dB below the true peak",
    )
    true_peak_dbfs: float = Field(
        -3.0,
        title="Loudest moment allowed",
        json_schema_extra={"unit": "dbfs-peak", "say": "dBFS"},
        ge=-9.0,
        le=-1.0,
        description="highest true peak allowed in the MP3",
    )
    online_timeout_seconds: float = Field(
        10.0,
        title="Wait for the online voice",
        json_schema_extra={"unit": "s-timeout", "say": "seconds"},
        gt=0,
        le=60,
        description="how long the online voice may take to answer",
    )

    @field_validator("english_voice")
    @classmethod
    def _voice_is_there(cls, value: str) -> str:
        """The one free-text setting: it must name a voice that is there, so a name typed into
        the box (a patient's) is refused before it reaches the request log."""
        if not value or value in KOKORO_BRITISH_VOICES:
            return value
        path = piper_model_path(value)
        if path is None or path.suffix != ".onnx" or not path.is_file():
            raise ValueError(
                f"'{value}' is not a voice on this machine (see `leaflet voices`); leave it "
                f"empty for {DEFAULT_ENGLISH_VOICE}"
            )
        return value

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
    """The encoded speech, where each sentence and chapter starts, and what it measures."""

    mp3: bytes
    starts: list[float]  # seconds, one per utterance
    script: SpeechScript
    measured: Measurements

    @property
    def duration(self) -> float:
        return self.measured.duration

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
        settings.english_voice,
        settings.words_per_minute,
        settings.online_timeout_seconds,
        load_pronunciations().sounds,
    )
    # A recording of a patient's filled-in values keeps what it speaks in a folder of its own
    # inside the request's folder, removed when it is done: the shared cache outlives requests.
    with (
        tempfile.TemporaryDirectory(dir=folder, prefix=".patient-")
        if holds_patient_details(leaflet)
        else nullcontext()
    ) as private:
        keep_in = Path(private) if private else None
        recording = render(speech_script(leaflet), engine_for, settings, keep_in)
        # Second pass: the announcement states the length measured, not an estimate (one
        # within 5 s had been kept: 253 s announced "about 4 minutes and 10 seconds"). Only the
        # duration sentence is new each time; the cache answers for every other sentence.
        for _ in range(4):
            said = _duration_line(recording.script).text
            if said.endswith(f" {describe_duration(recording.duration)}."):
                break
            recording = render(
                speech_script(leaflet, recording.duration), engine_for, settings, keep_in
            )
    path = output_file(folder, leaflet, "audio", ".mp3")
    data = id3_tag(leaflet, recording) + recording.mp3
    path.write_bytes(data)
    keep_measurements(data, recording.measured)
    return [path]


def _duration_line(script: SpeechScript) -> Utterance:
    return next(u for u in script.utterances if u.role == "duration")


def render(
    script: SpeechScript, engine_for, settings: AudioSettings, keep_in: Path | None = None
) -> Recording:
    """Each utterance spoken by its language's engine and mastered as a piece of its own
    (mastering.py), the pieces joined. A recording that misses the loudness asked for (the
    pauses' share of it differs from leaflet to leaflet) is levelled again by the difference."""
    requests = []
    for u in script.utterances:
        engine = engine_for(u.lang)
        requests.append(Request(engine, u.lang, engine.spoken_form(u.text)))
    pauses = [u.pause_after for u in script.utterances]
    loudness = settings.loudness_lufs + SENTENCE_LOUDNESS_LIFT
    loudest = settings.true_peak_dbfs - MP3_PEAK_RISE_DB - SPEECH_CREST_DB
    for _ in range(3):
        pieces = mastered_pieces(requests, pauses, loudness, settings.true_peak_dbfs, keep_in)
        measured = joined_measurements(pieces)
        if measured.loudness is None:
            break
        miss = settings.loudness_lufs - measured.loudness
        # steps of 0.5 LU, so a rebuild after a small edit finds the same pieces
        step = min(round(miss * 2) / 2, loudest - loudness)
        if abs(miss) <= LOUDNESS_TOLERANCE or abs(step) < 0.25:
            break
        loudness += step
    starts, at = [], 0
    for piece in pieces:
        starts.append((at + ENCODER_DELAY) / SAMPLE_RATE)
        at += piece.samples
    return Recording(b"".join(piece.mp3 for piece in pieces), starts, script, measured)


# ---- ID3v2.4, written here so chapter frames stay in time order -----------------------------


def _syncsafe(number: int) -> bytes:
    return bytes((number >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _frame(frame_id: str, payload: bytes) -> bytes:
    return frame_id.encode("ascii") + _syncsafe(len(payload)) + b"\x00\x00" + payload


def _text_frame(frame_id: str, *texts: str) -> bytes:
    return _frame(frame_id, b"\x03" + "\x00".join(texts).encode("utf-8"))


def _lyrics(script: SpeechScript) -> list[str]:
    """Each sentence as a player shows it: in the words as written, not the voice's respellings
    ("Lester", "bough-ul" had been shown)."""
    words = load_pronunciations()
    return [as_written(u.text, words) if u.lang == "en" else u.text for u in script.utterances]


def _iso_639_2(lang: str) -> str:
    """ID3 names languages by three letters; one not in the table keeps its own tag."""
    row = find_language(lang)
    return row.iso_639_2 if row else lang


def id3_tag(leaflet: Leaflet, recording: Recording) -> bytes:
    """Title, trust, leaflet number and version, languages, chapters, and the script as lyrics."""
    meta = leaflet.meta
    # the leaflet's own language first, as a player shows it: a translation's recording opens
    # with a sentence in English, which had put "eng" first
    spoken = (u.lang for u in recording.script.utterances)
    languages = dict.fromkeys(_iso_639_2(lang) for lang in (meta.language, *spoken))
    frames = [
        _text_frame("TIT2", meta.title),
        _text_frame("TPE1", leaflet.written_by),
        _text_frame("TALB", f"Leaflet {meta.number} version {meta.version}"),
        _text_frame("TLAN", *languages),
        _text_frame("TCON", "Speech"),
    ]
    if dated := meta.last_reviewed or meta.issued:
        frames.append(_text_frame("TDRC", str(dated.year)))
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
    lines = _lyrics(recording.script)
    transcript = "\n".join(lines)
    frames.append(_frame("USLT", b"\x03eng\x00" + transcript.encode("utf-8")))
    synced = b"".join(
        line.encode("utf-8") + b"\x00" + int(start * 1000).to_bytes(4, "big")
        for line, start in zip(lines, recording.starts, strict=True)
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

    synced = synced_sentences(path)
    measured = kept_measurements(path.read_bytes()) or _measure_file(path, synced)
    loudness, peak = measured.loudness, measured.true_peak
    if loudness is None:
        report.problems.append("the recording is too quiet or too short to measure its loudness")
    else:
        report.findings.append(f"loudness {loudness:.1f} LUFS, true peak {peak:.1f} dBFS")
        if abs(loudness - settings.loudness_lufs) > 1.0:
            report.problems.append(
                f"loudness is {loudness:.1f} LUFS; it should be {settings.loudness_lufs:g} "
                "(within 1)"
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

    longest = max((length for _, length in measured.silences), default=0.0)
    report.findings.append(f"longest silence {longest:.1f} s")
    for start, length in measured.silences:
        if length > LONGEST_SILENCE:
            report.problems.append(
                f"{length:.1f} s of silence at {start // 60:.0f}:{start % 60:04.1f} "
                f"(no more than {LONGEST_SILENCE:g} s)"
            )
    _check_sentences(script, synced, measured, duration, report)
    _check_wording(leaflet, report)
    _check_figures_in_other_languages(script, report)
    report.problems.extend(units_split_over_voices(script.utterances))
    return report


def _check_wording(leaflet: Leaflet, report: CheckReport) -> None:
    """Wording the voice can only say as printed though it reads two ways ("Take 2 am and
    2 pm": doses, or times), listed for a person: the recording must not guess a dose."""
    found = dict.fromkeys(
        piece for text in _english_wording(leaflet) for piece in ambiguous_wording(text)
    )
    if found:
        report.findings.append(
            "to check: wording a listener could take two ways, said as printed (ask the "
            "leaflet's author which is meant, and make the words say it): " + "; ".join(found)
        )


def _check_figures_in_other_languages(script: SpeechScript, report: CheckReport) -> None:
    """Figures in a translation's own sentences that its voice reads as printed ("co 4-6
    godzin" said "four six"), listed for a person: the script keeps the translator's words."""
    found = dict.fromkeys(
        piece
        for utterance in script.utterances
        if primary_language(utterance.lang) != "en"
        for piece in said_as_printed_elsewhere(utterance.text, utterance.lang)
    )
    if found:
        report.findings.append(
            "to check: figures another language's voice reads as printed, their meaning lost "
            "(ask the translator to write them as the language says them): " + "; ".join(found)
        )


def _english_wording(leaflet: Leaflet) -> list[str]:
    """The runs whose figures and words ambiguous_wording can read: every English run (in a
    translation too: an English line, a leaflet's English half), and a translation's own
    sentences where its script is not Latin, whose Latin letters are English written inside them
    ("... 1/2 tablets ..." in an Urdu sentence, said by the English voice). Not checked: a
    Latin-script translation's own words ("am" is a Welsh word: "am 5 diwrnod", for five days),
    and a dose counted in a language's own words ("1/2 گولیاں"), which languages.py does not
    list for any language."""
    own = primary_language(leaflet.meta.language)
    written_in = find_language(own)
    own_checked = own == "en" or (written_in is not None and written_in.script != "Latin")
    return [
        run.text
        for run in reading_order(leaflet)
        if primary_language(run.lang) == "en" or (own_checked and primary_language(run.lang) == own)
    ]


def _measure_file(path: Path, synced: list[tuple[str, float]]) -> Measurements:
    """A file this machine's build did not measure (built elsewhere, or changed since) is
    decoded and measured here, with ffmpeg's EBU R128 meter for its loudness and peak."""
    loudness, peak = ebur128(path)
    return measure_decoded(decode_audio(path), [start for _, start in synced], loudness, peak)


def _check_tags(leaflet: Leaflet, path: Path, report: CheckReport) -> None:
    from mutagen.id3 import ID3, ID3NoHeaderError

    try:
        tags = ID3(path)
    except ID3NoHeaderError:
        report.problems.append(f"{path.name} has no ID3 tags (title, trust, leaflet number)")
        return
    expected = {
        "TIT2": leaflet.meta.title,
        "TPE1": leaflet.written_by,
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
    each section, Contact details and other languages. It is held to the plan the opening
    lists, not to the script's own marks: a chapter lost from the marks had passed unseen."""
    wanted = chapter_plan(leaflet).titles
    titles = [c.get("tags", {}).get("title", "") for c in chapters]
    starts = [float(c["start_time"]) for c in chapters]
    report.findings.append(f"{len(chapters)} chapters: {'; '.join(titles)}")
    if titles != wanted:
        report.problems.append(f"chapters {titles} are not the ones announced {wanted}, in order")
    if starts != sorted(starts) or any(not 0 <= s < duration for s in starts):
        report.problems.append(f"chapter start times {starts} are not in time order")


def _check_sentences(script, synced, measured: Measurements, duration, report) -> None:
    """Every sentence of the script is in the recording, in order, with sound where it stands."""
    if not synced:
        report.problems.append("the MP3 carries no sentence timings (ID3 SYLT): rebuild it")
        return
    recorded = [text for text, _ in synced]
    wanted = _lyrics(script)
    for i, (want, got) in enumerate(zip(wanted, recorded, strict=False)):
        if want != got and announced_seconds(want) is None:
            report.problems.append(f"sentence {i + 1} should say {want!r} but says {got!r}")
            break
    if len(recorded) != len(wanted):
        report.problems.append(
            f"the recording has {len(recorded)} sentences; the script has {len(wanted)}"
        )
    silent = [
        text
        for text, voiced in zip(recorded, measured.sentence_voiced, strict=False)
        if voiced < 0.1 * len(text.split())
    ]
    _check_steady_level(recorded, measured.sentence_loudness, report)
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


def _check_steady_level(texts: list[str], loudness: list[float | None], report) -> None:
    """UKAAF asks for a steady volume: no sentence much louder or quieter than the rest,
    whichever engine or language spoke it."""
    levels = [(lv, text) for text, lv in zip(texts, loudness, strict=False) if lv is not None]
    if not levels:
        return
    middle = float(np.median([level for level, _ in levels]))
    report.findings.append(
        f"sentence loudness {min(levels)[0]:.1f} to {max(levels)[0]:.1f} LUFS (median {middle:.1f})"
    )
    for level, text in levels:
        if abs(level - middle) > STEADY_LEVEL_LU:
            report.problems.append(
                f"the level jumps by {level - middle:+.1f} LU at {text[:50]!r}: "
                "keep the volume steady"
            )


def tool_versions() -> dict[str, str]:
    import lameenc  # noqa: F401  (fails early if the encoder is missing)

    return {
        "espeak-ng": espeak_version(),
        "piper-tts": metadata.version("piper-tts"),
        "piper voice": bundled_piper_model().name,
        "kokoro model": f"kokoro-v1.0 int8 {KOKORO_MODEL_SHA256[:12]}",
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
    load_config=load_pronunciations,
)
