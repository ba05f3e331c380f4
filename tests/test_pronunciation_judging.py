"""How the pronunciation bench judges what its listener wrote down (bench/listening.py,
bench/pronunciation.py). No speech here: the judging alone, on transcripts of the shapes
Whisper writes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import listening  # noqa: E402
from listening import CARRIERS, in_carrier, sounds_alike, verdict  # noqa: E402
from pronunciation import judged_together  # noqa: E402


def test_a_word_said_alike_in_british_english_is_a_homophone():
    # American English says "hour" and "our", "floor" and "fore" apart; a British listener
    # cannot, and neither can a word said alone.
    assert sounds_alike("hour", "our")
    assert sounds_alike("hours", "ours")
    assert sounds_alike("to", "two")
    assert not sounds_alike("ward", "word")
    assert not sounds_alike("wrist", "rest")
    assert not sounds_alike("floor", "for")


def test_each_carrier_phrase_is_taken_off_what_was_heard():
    for carrier in CARRIERS:
        said = in_carrier("physiotherapist", carrier)
        assert said.endswith(" physiotherapist.")
        assert verdict("physiotherapist", said, carrier=carrier) == "right"
    assert verdict("wrist", "Say the word rest.", carrier="Say the word") == "wrong"
    assert verdict("hour", "The next word is our.", carrier="The next word is") == "homophone"
    # "oh" written down as the letter it sounds like ("O") is heard right
    assert verdict("oh", "The word is O.") == "right"


def test_a_word_is_heard_as_meant_when_most_phrases_heard_it():
    assert judged_together(["wrong", "right", "right"]) == "right"
    assert judged_together(["right", "wrong", "wrong"]) == "wrong"
    assert judged_together(["homophone", "homophone", "right"]) == "homophone"
    assert judged_together(["as it sounds", "wrong", "right"]) == "right"
    # An even split is not most.
    assert judged_together(["right", "wrong"]) == "wrong"


def test_british_spelling_is_folded_only_where_american_differs():
    # "litre" is written "liter" by the listener; "pre-" and "hour" are spelt alike in both.
    assert verdict("litre", "The word is liter.") == "right"
    assert verdict("Pre-operative", "The word is preoperative.") == "right"
    assert verdict("hours", "The word is ours.") == "homophone"


def test_a_medicine_written_by_ear_with_a_letter_undoubled_is_as_it_sounds():
    assert verdict("allopurinol", "The word is alopurinol.") == "as it sounds"
    # A real word in its place is still a mishearing.
    assert verdict("hopping", "The word is hoping.") == "wrong"


def test_a_sound_the_lexicon_doubles_to_hold_it_is_one_sound():
    # "Leicester's" is given as "lˈɛɛstəɹz", its vowel held: the listener's "Lesters" is the
    # name written by ear, not a mishearing of an extra vowel.
    assert listening.phonemes("[[lˈɛɛstəɹz]]") == ("l", "ɛ", "s", "t", "ə", "ɹ", "z")
    assert verdict("Leicester's", "The word is Lesters.", "[[lˈɛɛstəɹz]]") == "as it sounds"


def test_a_code_said_figure_by_figure_and_written_as_a_number_is_heard():
    """ "Leaflet number four four one zero" written "Leaflet number 4410" counted "one zero" as
    missed: the judge read "4410" as "four thousand four hundred and ten"."""
    marks = listening.heard_in_sentence("Leaflet number four four one zero, version two.",
                                        "Leaflet number 4410, Version 2.")
    assert all(right for _, right in marks), marks
    marks = listening.heard_in_sentence("Mix it with one thousand millilitres of water.",
                                        "Mix it with 1000 milliliters of water.")
    assert all(right for _, right in marks), marks
    marks = listening.heard_in_sentence("Leaflet number two four one eight, version five.",
                                        "Leaflet number 214, version 5.")
    assert not all(right for _, right in marks)


def test_suggested_sounds_vary_the_lexicons_reading_never_replace_it():
    # The lexicon says "codeine" KOH-deen on purpose; espeak-ng's "co-dine" was heard as
    # "codeine" more often, and must not be suggested for it.
    from suggest_sounds import candidates

    tried = candidates("codeine", "kˈəʊdiːnn")
    assert tried[0] == "kˈəʊdiːnn"
    assert all("diː" in ipa for ipa in tried)
    assert not any("aɪ" in ipa for ipa in tried)


def test_suggested_sounds_hold_sounds_or_write_the_vowel_the_other_british_way():
    from suggest_sounds import held

    tried = held("bˈɛd")
    assert tried[:4] == ["bˈed", "bˈɛːd", "bbˈɛd", "bˈɛdd"]  # one change each, first
    assert "bbˈeːdd" in tried  # and every combination of them
    assert len(tried) == len(set(tried)) == 15
    assert held("nˈiː") == ["nnˈiː"]  # a long vowel is not held longer; no last consonant
    assert not any("i" in ipa for ipa in held("ˈɪnə"))  # "inner" is never "eener"


def test_suggested_sounds_for_a_word_said_unstressed_carry_no_stress():
    # A fix for "is" is said in every sentence: it must not make each one emphasised.
    from suggest_sounds import candidates

    assert all("ˈ" not in ipa for ipa in candidates("is", None))
    assert any("ˈ" in ipa for ipa in candidates("bed", None))


def test_a_word_both_listeners_mishear_is_the_one_listed_as_the_voices_fault():
    from pronunciation import Heard, misheard_by_both, summary

    rows = [
        # Whisper tiny.en writes "this" for a clear "is"; the second listener hears "is".
        Heard("is", "is", "The word is this.", "wrong", "wrong", "The word is is.", "right"),
        Heard("and", "and", "The word is end.", "wrong", "wrong", "The word is end.", "wrong"),
        Heard("with", "with", "The word is with.", "right", "right", "The word is woth.", "wrong"),
    ]
    assert misheard_by_both(rows) == ["and"]
    said = summary("words", rows)
    assert "1 of 3 heard as meant" in said
    assert "second listener" in said and "heard as meant by at least one of the two: 2" in said
    # Where the second listener is not installed, the summary is Whisper's alone.
    assert "second" not in summary("words", [row._replace(second_verdict="") for row in rows])


def test_each_listener_remembers_what_it_heard_apart_and_only_whisper_takes_a_hint():
    from listening import MOONSHINE, WHISPER, Transcripts

    whisper, second = Transcripts("trial", WHISPER), Transcripts("trial", MOONSHINE)
    assert whisper.path != second.path
    text = "The word is methotrexate."
    assert whisper.key("piper", text) != second.key("piper", text)
    assert whisper.key("piper", text, "methotrexate.") != whisper.key("piper", text)
    # Moonshine has no prompt: a hint would only make it hear the same clip again.
    assert second.key("piper", text, "methotrexate.") == second.key("piper", text)
