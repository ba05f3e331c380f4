"""Pronunciation harness: is every word heard as meant?

Each word or phrase is said as the audio format would say it (config/pronunciations.yaml applied,
the voice config/formats.yaml chooses), and an offline listener (Whisper tiny.en, see
listening.py) writes down what it hears. Each is said in three carrier phrases ("The word is
physiotherapist.", "Say the word ...", "The next word is ..."), as speech-intelligibility tests do,
and counts as heard as meant when it is in most of them: the small listener slips from phrase to
phrase where a person would not (the summary gives the first phrase's figure alone too). A word
out of its sentence cannot tell homophones apart ("to", "two", and in British English "hour",
"our"): those count as heard right and are listed apart.

Whisper tiny.en writes a medicine it does not know as it sounds ("prednisolome"). Such a word
counts as heard as meant ("as it sounds") only when the listener wrote no real English word in
its place (CMU Pronouncing Dictionary: "rest" for "wrist" is a mishearing a patient could make
too) and what it wrote sounds as the voice was asked to say the word: at most one sound in six
apart (listening.SOUNDS_PER_SLIP; espeak-ng's British reading of both, or the lexicon's IPA), so a
word of under six sounds must be heard exactly. The summary gives the share written exactly too.
The leaflets' words are heard twice: each word alone in the carrier phrase, as the vocabulary
is, and where the recording says it. The same rules judge each word of the leaflets' sentences,
where "you're" is "you are", "over leaf" is "overleaf", "20-30" is "twenty to thirty" and "8.30
in the morning" is "eight thirty in the morning" (listening.words_heard).

The listener is told what a patient reading along knows (listening.py): the unusual words of
the leaflet, or of the entries around a vocabulary entry in its part of the list ("## Medicines").

Piper samples its voice with noise drawn from a seed made from the sentence
(engines.PIPER_NOISE): the same sentence is said the same way on every run and every machine,
so a word fixed in the lexicon stays fixed, and a leaflet's sentences are judged as its
recording says them.

    make pronunciation                                # every leaflet word and the NHS vocabulary
    .venv/bin/python bench/pronunciation.py --list my-words.txt   # words of your own, one a line

After adding a word to a leaflet or to bench/data/nhs_vocabulary.txt, run it again: only new
words are synthesised and transcribed. Fix a misheard word with a line in
config/pronunciations.yaml: under `sounds:` its British sounds in IPA (said exactly by Piper
voices), or under `say:` a respelling such as "Lester" (read by every voice), then rerun. The full
report is written to outputs/pronunciation-report.tsv.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from listening import (  # noqa: E402
    CARRIERS,
    MOONSHINE,
    SECOND_MODEL_NAME,
    WHISPER,
    Listener,
    Transcripts,
    heard_in_sentence,
    hint,
    in_carrier,
    unusual_words,
    verdict,
    without_respellings,
)

from pipeline.formats.audio.engines import Request, engine_for_choice, synthesise_all  # noqa: E402
from pipeline.formats.audio.speech_script import (  # noqa: E402
    SpeechNormaliser,
    load_pronunciations,
    speech_script,
)
from pipeline.formats.registry import get_format, settings_for  # noqa: E402
from pipeline.model import Leaflet  # noqa: E402
from pipeline.paths import PROJECT_ROOT  # noqa: E402
from pipeline.sources import load_leaflet, source_paths  # noqa: E402
from pipeline.sources.importers import import_file  # noqa: E402

VOCABULARY = PROJECT_ROOT / "bench" / "data" / "nhs_vocabulary.txt"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
REPORT = PROJECT_ROOT / "outputs" / "pronunciation-report.tsv"
_STAND_INS = {"number": "0", "version": 1, "title": "Leaflet", "department": "Outpatients"}


def read_list(path: Path) -> list[str]:
    return [entry for part in read_parts(path) for entry in part]


def read_parts(path: Path) -> list[list[str]]:
    """A word list's entries, in the parts its "## " headings make ("## Medicines")."""
    parts: list[list[str]] = [[]]
    for line in (line.strip() for line in path.read_text(encoding="utf-8").splitlines()):
        if line.startswith("## "):
            parts.append([])
        elif line and not line.startswith("#"):
            parts[-1].append(line)
    return [part for part in parts if part]


NEIGHBOURS = 10


def list_hints(path: Path) -> dict[str, str | None]:
    """Each entry's hint: the unusual words of the entries around it in its part of the list
    (NEIGHBOURS either side), as a patient knows the medicines named in their leaflet."""
    hints = {}
    for part in read_parts(path):
        for i, entry in enumerate(part):
            around = part[max(0, i - NEIGHBOURS) : i + NEIGHBOURS + 1]
            hints.setdefault(entry, hint(unusual_words(around)))
    return hints


def leaflets() -> list[tuple[str, Leaflet]]:
    """Every English leaflet in source/, and the fixtures in tests/fixtures/ and its folders
    (pasted ones through the importer)."""
    found = [(path.name, load_leaflet(path)) for path in source_paths()]
    with tempfile.TemporaryDirectory() as folder:
        for path in sorted(FIXTURES.rglob("*")):
            if path.suffix == ".md":
                found.append((path.name, load_leaflet(path)))
            elif path.suffix in (".txt", ".docx"):
                imported = import_file(path)
                # A pasted leaflet may not say what the import asks a person for: the words
                # are what is heard here, so stand-ins do.
                for key, stand_in in _STAND_INS.items():
                    imported.front_matter.setdefault(key, stand_in)
                markdown = Path(folder) / imported.file_name
                markdown.write_text(imported.markdown(), encoding="utf-8")
                found.append((path.name, load_leaflet(markdown)))
    return [(name, leaflet) for name, leaflet in found if leaflet.meta.language.startswith("en")]


def leaflet_sentences() -> list[tuple[str, str, str, str | None]]:
    """(leaflet, sentence as written, sentence as the voice is given it, the leaflet's unusual
    words as the listener's hint) for every English sentence each leaflet's recording says, the
    duration line aside (it changes)."""
    words = load_pronunciations()
    plain = without_respellings(words)
    found = []
    for name, leaflet in leaflets():
        said = speech_script(leaflet, pronunciations=words).utterances
        meant = speech_script(leaflet, pronunciations=plain).utterances
        if len(said) != len(meant):
            raise SystemExit(f"{name}: a respelling in config/pronunciations.yaml splits a "
                             "sentence differently; compare the two speech scripts")
        english = [
            (m.text, s.text)
            for m, s in zip(meant, said, strict=True)
            if s.lang == "en" and s.role != "duration"
        ]
        leaflet_hint = hint(unusual_words([written for written, _ in english]))
        found.extend((name, written, spoken, leaflet_hint) for written, spoken in english)
    return found


def heard_by(
    engine, texts: list[str], hints: list[str | None], listeners: Sequence[Transcripts]
) -> list[list[str]]:
    """What each listener, given each text's hint, hears of the texts said by `engine`: one list
    per listener, the clips made once for all of them."""
    given = [engine.spoken_form(text) for text in texts]
    clips = synthesise_all([Request(engine, "en", text) for text in given], workers=2)
    voice = f"{engine.name} {engine.voice('en')}"
    found = []
    for transcripts in listeners:
        try:
            found.append([
                transcripts.transcribe(voice, text, clip, hint)
                for text, clip, hint in zip(given, clips, hints, strict=True)
            ])
        finally:
            transcripts.save()
    return found


# The English voice heard, where `--voice` names another than config/formats.yaml's.
ENGLISH_VOICE = ""


def hear(
    texts: list[str], hints: list[str | None], listeners: Sequence[Listener] = (WHISPER,)
) -> list[list[str]]:
    """What each listener, given each text's hint, hears of it said by the voice the build uses
    for English (with the lexicon's sounds, as a build gives them to it)."""
    settings = settings_for(get_format("audio"))
    engine = engine_for_choice(
        settings.voice,
        ENGLISH_VOICE or settings.english_voice,
        settings.words_per_minute,
        settings.online_timeout_seconds,
        load_pronunciations().sounds,
    )("en")
    return heard_by(
        engine, texts, hints, [Transcripts("pronunciation", listener) for listener in listeners]
    )


def with_sounds(text: str, sounds: dict[str, str]) -> str:
    """The text with each word the lexicon gives sounds for written as those sounds, [[IPA]]:
    what the listener should hear."""
    for word, ipa in sorted(sounds.items(), key=lambda item: -len(item[0])):
        text = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", f"[[{ipa}]]", text, flags=re.I)
    return text


class Heard(NamedTuple):
    """One word or phrase of a list, as said and as heard in each carrier phrase."""

    entry: str
    said: str  # what the voice was given
    heard: str  # what Whisper wrote in each carrier phrase
    first: str  # Whisper's verdict in the first phrase alone
    verdict: str  # Whisper's verdict over all of them
    second_heard: str = ""  # the same by the second listener, where it is installed
    second_verdict: str = ""


def listen(entries: list[str], hints: dict[str, str | None]) -> list[Heard]:
    """Each word or phrase as said in every carrier phrase and heard by Whisper and, where it is
    installed, by the second listener."""
    words = load_pronunciations()
    normalise = SpeechNormaliser(words)
    said = [normalise(entry) or entry for entry in entries]
    texts = [in_carrier(text, carrier) for text in said for carrier in CARRIERS]
    text_hints = [hints.get(entry) for entry in entries for _ in CARRIERS]
    listeners = (WHISPER, MOONSHINE) if MOONSHINE.available() else (WHISPER,)
    heard = dict(zip(listeners, hear(texts, text_hints, listeners), strict=True))
    rows = []
    for i, (entry, text) in enumerate(zip(entries, said, strict=True)):
        asked = with_sounds(text, words.sounds)
        judged = {}
        for listener, transcripts in heard.items():
            got = transcripts[i * len(CARRIERS) : (i + 1) * len(CARRIERS)]
            verdicts = [verdict(entry, g, asked, c) for g, c in zip(got, CARRIERS, strict=True)]
            judged[listener] = (" | ".join(got), verdicts[0], judged_together(verdicts))
        heard_first, first, together = judged[WHISPER]
        second = judged.get(MOONSHINE, ("", "", ""))
        rows.append(Heard(entry, text, heard_first, first, together, second[0], second[2]))
    return rows


def judged_together(verdicts: list[str]) -> str:
    """One verdict from a word's verdicts in each carrier phrase: heard as meant when it is in
    most of them (how, the commonest way it was), else "wrong"."""
    kept = [v for v in verdicts if v != "wrong"]
    if 2 * len(kept) <= len(verdicts):
        return "wrong"
    return max(("right", "homophone", "as it sounds"), key=kept.count)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")


def leaflet_words(
    sentences: list[tuple[str, str, str, str | None]],
) -> tuple[list[str], dict[str, str | None]]:
    """Every word the leaflets' recordings say, once each (as first written), and its hint: the
    unusual words of the first leaflet that says it. These are heard one by one in the carrier
    phrase, as the vocabulary is."""
    found: dict[str, str] = {}
    hints: dict[str, str | None] = {}
    for _, written, _, hinted in sentences:
        for word in _WORD.findall(written):
            key = word.lower().replace("’", "'")
            if len(key) > 1 and key not in found:
                found[key] = word
                hints[word] = hinted
    return list(found.values()), hints


def listen_in_sentences(
    sentences: list[tuple[str, str, str, str | None]],
) -> tuple[list[tuple[str, str, str, str]], dict[str, bool]]:
    """Every word of every leaflet, heard where the recording says it: (sentence rows, and for
    each word whether it was heard right wherever it is said)."""
    unique = list(dict.fromkeys((said, hinted) for _, _, said, hinted in sentences))
    heard = dict(zip(unique, hear([s for s, _ in unique], [h for _, h in unique])[0], strict=True))
    rows, words = [], {}
    for name, meant, said, hinted in sentences:
        marks = heard_in_sentence(meant, heard[said, hinted])
        for word, right in marks:
            words[word] = words.get(word, True) and right
        missed = " ".join(w for w, right in marks if not right)
        rows.append((name, meant, heard[said, hinted], missed))
    return rows, words


def summary(name: str, rows: list[Heard]) -> str:
    """The group's share heard as meant over all carrier phrases, and in the first alone (the
    figure runs before several phrases gave); and by the second listener, and by neither."""
    judged = [row.verdict for row in rows]
    right = sum(1 for v in judged if v != "wrong")
    alike, spelt = judged.count("homophone"), judged.count("as it sounds")
    share = 100 * right / len(rows) if rows else 100.0
    exact = 100 * (right - alike - spelt) / len(rows) if rows else 100.0
    first = sum(1 for row in rows if row.first != "wrong")
    text = (
        f"{name}: {right} of {len(rows)} heard as meant in most of {len(CARRIERS)} carrier "
        f"phrases ({share:.1f}%), {alike} of them as a homophone, {spelt} written as they "
        f"sound; written exactly: {exact:.1f}%. In the first phrase alone: {first} "
        f"({100 * first / len(rows) if rows else 100.0:.1f}%)"
    )
    if rows and rows[0].second_verdict:
        second = sum(1 for row in rows if row.second_verdict != "wrong")
        neither = misheard_by_both(rows)
        text += (
            f"\n  second listener ({SECOND_MODEL_NAME}, no hint): {second} of {len(rows)} "
            f"({100 * second / len(rows):.1f}%); heard as meant by at least one of the two: "
            f"{len(rows) - len(neither)} ({100 * (len(rows) - len(neither)) / len(rows):.1f}%)"
        )
    return text


def misheard_by_both(rows: list[Heard]) -> list[str]:
    """The entries neither listener heard as meant: the voice's likeliest faults, to fix first."""
    return [row.entry for row in rows if row.verdict == row.second_verdict == "wrong"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", type=Path, action="append", default=[], help="a word list")
    parser.add_argument("--no-leaflets", action="store_true", help="skip the leaflets' sentences")
    parser.add_argument("--no-vocabulary", action="store_true", help="skip the NHS vocabulary")
    parser.add_argument(
        "--homophones", action="store_true", help="list homophones and words written as they sound"
    )
    parser.add_argument(
        "--voice", default="", help="an English voice from `leaflet voices` (default: config's)"
    )
    parser.add_argument(
        "--report", type=Path, default=REPORT, help=f"where the report goes (default: {REPORT})"
    )
    args = parser.parse_args()
    global ENGLISH_VOICE
    ENGLISH_VOICE = args.voice

    started = time.perf_counter()
    lines = ["group\tentry\tsaid as\theard\tverdict\tsecond listener heard\tsecond verdict"]
    # Each group is heard with its own hints: a word in two groups may be hinted differently.
    groups: dict[str, tuple[list[str], dict[str, str | None]]] = {}
    if not args.no_leaflets:
        sentences = leaflet_sentences()
        groups["leaflet words, each said alone in the carrier phrase"] = leaflet_words(sentences)
        rows, words = listen_in_sentences(sentences)
        print("\n== every word of the leaflets in source/ and tests/fixtures/, in its sentences")
        for name, meant, got, missed in rows:
            if missed:
                print(f"  {name}: {meant!r}\n      heard as {got!r}\n      missed: {missed}")
            lines.append(f"leaflet sentence\t{meant}\t{name}\t{got}\t{missed or 'right'}")
        right = sum(words.values())
        print(f"leaflet words: {right} of {len(words)} heard as meant wherever they are said "
              f"({100 * right / len(words):.1f}%)")
        print(f"leaflet sentences: {sum(1 for r in rows if not r[3])} of {len(rows)} heard whole")

    lists = [] if args.no_vocabulary else [(f"NHS vocabulary ({VOCABULARY.name})", VOCABULARY)]
    lists += [(str(path), path) for path in args.list]
    for name, path in lists:
        groups[name] = read_list(path), list_hints(path)
    for name, (entries, hints) in groups.items():
        rows = listen(entries, hints)
        shown = [
            r for r in rows if r.verdict == "wrong" or (args.homophones and r.verdict != "right")
        ]
        print(f"\n== {name}")
        for row in shown:
            as_said = f" (said as {row.said!r})" if row.said != row.entry else ""
            second = f"; second listener: {row.second_heard!r}" if row.second_heard else ""
            print(f"  {row.verdict:9} {row.entry!r}{as_said} heard as {row.heard!r}{second}")
        lines.extend(
            f"{name}\t{r.entry}\t{r.said}\t{r.heard}\t{r.verdict}\t{r.second_heard}\t"
            f"{r.second_verdict}"
            for r in rows
        )
        print(summary(name, rows))
        if both := misheard_by_both(rows):
            print(f"  misheard by both listeners ({len(both)}): {', '.join(both)}")
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\ndone in {time.perf_counter() - started:.0f} s; report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
