"""Suggest lexicon sounds for words the listener mishears, tried by ear.

`make pronunciation` names the words the listener mishears; finding sounds it hears right was a
person's trial and error with espeak-ng's IPA. This tries it for them: each word's British and
American readings (espeak-ng), or the lexicon's own when it has one, and each with sounds held (a
doubled consonant, a long vowel: the fixes that worked for "hip", "wound" and "knee") or its
vowel written the other British way, said in six carrier phrases by the voice the build uses, to
the same listener with the same hint. A reading heard right in five of the six, and by the second
listener (listening.MOONSHINE, where installed) at least as often as the reading now, is tried
again in every leaflet sentence that says the word, and suggested only when those sentences lose
no word they had heard right with the lexicon as it is.

    .venv/bin/python bench/suggest_sounds.py               # every word the last report got wrong
    .venv/bin/python bench/suggest_sounds.py bed toes      # these words

Nothing is changed: copy a suggested line under `sounds:` in config/pronunciations.yaml, then
run `make pronunciation` again. The piper voice draws its noise from a seed made from what it is
given, so one carrier phrase is one draw: six phrases keep a lucky draw from passing.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from listening import (  # noqa: E402
    CARRIERS,
    MOONSHINE,
    Transcripts,
    heard_in_sentence,
    in_carrier,
    verdict,
)
from pronunciation import REPORT, heard_by, leaflet_sentences, leaflet_words  # noqa: E402

from pipeline.formats.audio.engines import NeuralVoice, english_voice  # noqa: E402
from pipeline.formats.audio.speech_script import load_pronunciations  # noqa: E402
from pipeline.formats.registry import get_format, settings_for  # noqa: E402

# The harness's three phrases, and three more that tell the listener a single word follows.
TRIAL_CARRIERS = (*CARRIERS, "Please write the word", "Listen to the word", "Here is the word")
NEEDED = 5
CARRIER_WORDS = {word.lower() for carrier in TRIAL_CARRIERS for word in carrier.split()}
_VOWELS = set("aeiouæɐɑɒɔəɚɛɜɝɪʊʌʏy")
_MARKS = set("ˈˌː")


def readings(word: str) -> list[str]:
    """espeak-ng's British and American sounds for the word (the voice is given its own)."""
    found = []
    for voice in ("en-gb", "en-us"):
        ipa = subprocess.run(
            ["espeak-ng", "-q", "--ipa", "-v", voice, word], capture_output=True, text=True
        ).stdout.strip()
        ipa = ipa.replace("g", "ɡ").replace(" ", "")
        if ipa and ipa not in found:
            found.append(ipa)
    return found


# Vowels a listener may take for another ("bed" heard as "bad"): each is tried as the other
# way of writing the same British vowel (DRESS as ɛ or e, STRUT as ʌ or ɐ), never as a vowel a
# British listener hears as different ("inner" as "eener" was heard as "inner" more often).
_NEAR_VOWELS = {"ɛ": "e", "e": "ɛ", "ɐ": "ʌ", "ʌ": "ɐ"}

# Words a sentence says without stress: their trial readings lose the stress mark first, so a
# fix does not make every "is" and "as" of a recording sound emphasised.
UNSTRESSED = set(
    "a an and as at be but by for from had has have he her him his if in into is it its me my "
    "no nor not of on or our out she so than that the their them then they this to too up us "
    "was we were what when where which while who will with would you your".split()
)


def _stressed_vowel(ipa: str) -> int | None:
    """Where the stressed vowel is, when it is a single vowel (not a diphthong, not long)."""
    stress = ipa.find("ˈ")
    vowel = next((i for i in range(max(stress, 0), len(ipa)) if ipa[i] in _VOWELS), None)
    if vowel is None or ipa[vowel + 1 : vowel + 2] in _VOWELS | {"ː"}:
        return None
    return vowel


def _hold_last(ipa: str) -> str | None:
    return ipa + ipa[-1] if ipa[-1] not in _VOWELS | _MARKS else None


def _hold_first(ipa: str) -> str | None:
    first = next((i for i, c in enumerate(ipa) if c not in _MARKS), None)
    if first is None or ipa[first] in _VOWELS:
        return None
    return ipa[: first + 1] + ipa[first:]


def _hold_vowel(ipa: str) -> str | None:
    vowel = _stressed_vowel(ipa)
    return None if vowel is None else ipa[: vowel + 1] + "ː" + ipa[vowel + 1 :]


def _near_vowel(ipa: str) -> str | None:
    vowel = _stressed_vowel(ipa)
    if vowel is None or ipa[vowel] not in _NEAR_VOWELS:
        return None
    return ipa[:vowel] + _NEAR_VOWELS[ipa[vowel]] + ipa[vowel + 1 :]


# Applied in this order, so that each finds its sound where the ones before left it.
_CHANGES = (_near_vowel, _hold_vowel, _hold_first, _hold_last)


def held(ipa: str) -> list[str]:
    """The reading changed in every way and combination of ways that may make it clearer: its
    last consonant held, its first, its stressed vowel held or written the other British way;
    the fewest changes first."""
    variants = []
    for size in range(1, len(_CHANGES) + 1):
        for changes in combinations(_CHANGES, size):
            variant: str | None = ipa
            for change in changes:
                variant = change(variant) if variant else None
            if variant and variant != ipa and variant not in variants:
                variants.append(variant)
    return variants


def candidates(word: str, current: str | None) -> list[str]:
    """Readings to try. A word the lexicon already gives sounds keeps them (they were chosen
    to be right, as "codeine" said "KOH-deen", not espeak-ng's "co-dine"): only they are
    varied. Otherwise espeak-ng's readings, and each varied."""
    found: list[str] = []
    for ipa in [current] if current else readings(word):
        for variant in (ipa, *held(ipa)):
            if word.lower() in UNSTRESSED:
                variant = variant.replace("ˈ", "").replace("ˌ", "")
            if variant not in found:
                found.append(variant)
    return found


class Trial:
    """The build's voice and listener, with one word's sounds changed at a time."""

    def __init__(self):
        self.words = load_pronunciations()
        self.settings = settings_for(get_format("audio"))
        # Whisper, and the second listener where installed: it guards against a reading that
        # only suits Whisper's slips (a suggestion must be heard by it at least as often as the
        # reading now).
        self.listeners = [Transcripts("pronunciation")]
        if MOONSHINE.available():
            self.listeners.append(Transcripts("pronunciation", MOONSHINE))

    def engine(self, word: str | None = None, ipa: str | None = None) -> NeuralVoice:
        sounds = dict(self.words.sounds)
        if word and ipa:
            sounds = {k: v for k, v in sounds.items() if k.lower() != word.lower()}
            sounds[word.lower()] = ipa
        return english_voice(self.settings.english_voice, self.settings.words_per_minute, sounds)

    def hear(
        self, engine: NeuralVoice, texts: list[str], hints: list[str | None], both=False
    ) -> list[list[str]]:
        """What Whisper (and, `both`, the second listener) heard of each text said by the
        engine."""
        return heard_by(engine, texts, hints, self.listeners if both else self.listeners[:1])

    def alone(self, word: str, ipa: str | None, hint: str | None) -> tuple[int, int]:
        """In how many of the trial carrier phrases the word is heard as meant by Whisper, and
        by the second listener (0 where it is not installed). The harness's three phrases come
        first: a reading Whisper cannot hear in NEEDED is not said in the others."""
        engine = self.engine(word, ipa)
        asked = f"[[{ipa}]]" if ipa else word
        right = [0, 0]
        for carriers in (CARRIERS, TRIAL_CARRIERS[len(CARRIERS) :]):
            texts = [in_carrier(word, carrier) for carrier in carriers]
            for i, heard in enumerate(self.hear(engine, texts, [hint] * len(texts), both=True)):
                right[i] += sum(
                    verdict(word, got, asked, carrier) != "wrong"
                    for got, carrier in zip(heard, carriers, strict=True)
                )
            if right[0] + len(TRIAL_CARRIERS) - len(CARRIERS) < NEEDED:
                break
        return right[0], right[1]

    def in_sentences(self, word: str, ipa: str | None, sentences) -> int:
        """Words heard right in the leaflet sentences that say the word."""
        engine = self.engine(word, ipa)
        heard = self.hear(
            engine, [said for _, _, said, _ in sentences], [h for *_, h in sentences]
        )[0]
        return sum(
            right
            for (_, meant, _, _), got in zip(sentences, heard, strict=True)
            for _, right in heard_in_sentence(meant, got)
        )


def misheard_in_report() -> list[str]:
    if not REPORT.is_file():
        raise SystemExit("no report yet: run `make pronunciation` first, or name the words")
    rows = [line.split("\t") for line in REPORT.read_text(encoding="utf-8").splitlines()[1:]]
    return [row[1] for row in rows if row[0].startswith("leaflet words") and row[4] == "wrong"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("words", nargs="*", help="words to try (default: the report's misheard)")
    args = parser.parse_args()
    words = args.words or misheard_in_report()
    sentences = leaflet_sentences()
    _, hints = leaflet_words(sentences)
    hints = {word.lower(): hint for word, hint in hints.items()}
    trial = Trial()
    current = {k.lower(): v for k, v in trial.words.sounds.items()}
    suggested = []
    for word in words:
        key = word.lower()
        if key in {w.lower() for w in trial.words.say}:
            print(f"{word}: respelt under say:, not tried")
            continue
        if key in CARRIER_WORDS:
            # Sounds for "is" change the carrier phrases, and so every word's measure.
            print(f"{word}: a word of the carrier phrases, not tried")
            continue
        hint = hints.get(key)
        said_in = [
            s
            for s in sentences
            if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", s[1], re.IGNORECASE)
        ]
        now, now_second = trial.alone(word, current.get(key), hint)
        tried = [(trial.alone(word, ipa, hint), ipa) for ipa in candidates(word, current.get(key))]
        tried.sort(key=lambda pair: -sum(pair[0]))  # stable: the plainer reading first of equals
        out_of = len(TRIAL_CARRIERS)
        shown = ", ".join(f"{ipa} {n}/{out_of} ({m})" for (n, m), ipa in tried[:4])
        print(f"{word}: as now {now}/{out_of} ({now_second}); best {shown} "
              "(in brackets: the second listener's)", flush=True)
        passing = [
            ipa for (n, m), ipa in tried if n >= NEEDED and n > now and m >= now_second
        ]
        if not passing:
            continue
        before = trial.in_sentences(word, current.get(key), said_in)
        for ipa in passing[:3]:
            after = trial.in_sentences(word, ipa, said_in)
            print(
                f"    {ipa}: words heard right in its {len(said_in)} sentences "
                f"{after} (now {before})",
                flush=True,
            )
            if after >= before:
                suggested.append(f"  {key}: {ipa}")
                break
    print("\nsuggested, for sounds: in config/pronunciations.yaml:")
    print("\n".join(suggested) or "  (none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
