"""The meaning check: each Easy Read row against the leaflet sentence it came from.

A row may reword its sentence, never reverse it. Each row is matched to the source sentence that
shares most of its words (lemmas of its nouns, verbs and adjectives), then held to it: an action
the source says not to do must not appear without its "not" (lost negation), an action the
source says to do must not gain one, a row from a sentence with "if", "unless" or "until" must
carry the condition or follow its lead-in row ("If your knee becomes hot:"), every number in the
row must be in its sentence with its limit ("at least 2 litres", "no more than 8 tablets", "only
with food", said in any of its wordings) and no comparison may be turned round ("heavier",
"lighter"), and no row may end as a fragment ("..., or."). Nor may a row say
one of a warning sign's conditions joined by "and" without the other, stand a blank to fill in
on its own, make words in brackets an instruction, or lead in with an "unless" that belongs to
the instruction after it. The same check reads the automatic draft and an author's
.easyread.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ...model import (
    DescribedPicture,
    Image,
    Leaflet,
    ListBlock,
    Notice,
    Paragraph,
    Table,
    notice_lists_apart,
    plain_text,
    with_addresses,
)
from ...text import normalise_apostrophes, prepare, words
from .drafter import (
    _BUT_A_CLAUSE,
    _SHARED_TIME,
    _SO_A_CLAUSE,
    ELIDED_ACTION,
    NUMBER,
    NUMBER_WORDS,
    SEEMING_VERBS,
    SPACE_TO_WRITE_SAID,
    SPELLED_NUMBER,
    STRONG_CONDITION_IN,
    _condition_governor,
    _ending_purpose,
    _inside_brackets,
    _instruction_after_but_points,
    _listed,
    _own_clause_points,
    _reason_after,
    _so_said,
    _starts_an_instruction,
    _time_for_both,
    a_task_of_its_own_action,
    action_joined_before,
    alternative_before,
    carries_its_opening,
    completes,
    condition_alone,
    condition_list_end,
    contact_details,
    explains_ticks_said,
    gives_examples,
    hard_breaks,
    headed_item,
    joined_inside_why,
    kept_with_their_condition,
    language_pieces,
    last_avoided,
    leads_into_conditions,
    led_item,
    marked_text,
    may_carry_its_opening,
    numbered,
    numbers_in,
    offer_text,
    opening_condition,
    plain_words,
    plain_words_of,
    purpose_after_joined_actions,
    purpose_in,
    purpose_in_a_closing_time,
    purpose_of,
    reader_verb_in_a_purpose,
    reason_set_apart,
    result_after_joined_actions,
    says_what_it_is_like,
    sentences,
    sentences_in_brackets,
    simplify,
    split_lead_in,
    stands_alone,
    stray_verbs,
    table_rows,
    time_after_a_ban_list,
    timed_item,
    told_under_a_condition,
)
from .grammar import (
    CONDITION_WORDS,
    STRONG_CONDITIONS,
    a_verb_after_an_object,
    actions_not_to_do,
    agents,
    can_be_a_verb,
    instruction_parts,
    is_negative_instruction,
    lead_in_before,
    only_a_condition,
    only_a_lead_in,
    parse,
    read,
    shares_subject,
)
from .pictures import word_forms

_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# A row ending in a word that leads on ("..., or.", "Get in touch with us if.") is a fragment.
_FRAGMENT_END = re.compile(
    r"(?:,\s*|\s)(?:or|and|but|if|unless|until|because|the|a|an|your)[.:]?$",
    re.IGNORECASE,
)
# What a number counts or measures, as a reader pairs them (singular): "2.5 mg", "3 tablets",
# "8am", "38°C". A number followed by none of these is a bare number ("1 in 1,000").
_UNITS = frozenset(
    """mg g kg mcg microgram milligram gram kilogram ml millilitre litre l unit iu mmol cm mm m km
    metre centimetre inch foot mile pound stone am pm % °c °f ° degree second minute hour day
    night week month year time tablet capsule sachet drop dose puff spoonful teaspoon glass cup
    patch injection pill pen step exercise set repetition rep meal portion""".split()
)
_AFTER_NUMBER = re.compile(r"\s?(%|°[CF]?|[A-Za-z]+)")


def _as_digits(match: re.Match) -> str:
    return NUMBER_WORDS[match.group(1).lower()]
_NUMBER_WORD_BESIDE_NUMBER = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\d", re.IGNORECASE
)
# "If you notice your baby moving less, and do not wait until the next day:": what the reader
# is told to do, inside what only says when
_TOLD_IN_A_LEAD_IN = re.compile(r",\s+(?:and|or)\s+(?:do not|don't|never)\b", re.IGNORECASE)
# "If you are pregnant or breastfeeding unless a rheumatologist has advised it:": a condition's
# lead-in that holds the exception of what it leads into
_EXCEPTION_IN_A_LEAD_IN = re.compile(
    r"^(?:\d+[.)]\s+)?(?:if|when|whenever|while)\b.*(?:\b(?:unless|until)\b|,\s+(?:except|apart "
    r"from)\b)",
    re.IGNORECASE,
)
# A lead-in whose conditions follow it, one a row: "Call the team on 0114 226 5000 if:".
_CONDITIONS_FOLLOW = re.compile(r"\b(?:if|unless|until):$", re.IGNORECASE)
# A blank to fill in as a row of its own ("Blank for units.", "(blank to fill in)."): it stands
# where the reader writes, inside its sentence.
_LONE_BLANK = re.compile(r"^\(?blank\b[^()]*\)?[.:]?$", re.IGNORECASE)
# The examples a sentence gives ("..., such as loperamide or codeine, unless ..."), which a row
# that gives examples (`gives_examples`) must say only of.
_EXAMPLES_IN = re.compile(r"\b(?:such as|for example|e\.g\.|like)\s+([^,;:–]+)", re.IGNORECASE)


@dataclass(frozen=True)
class SourceSentence:
    text: str
    line: int | None  # in the leaflet's source file; None for the trust's words from config
    explains: bool = False  # a hard word's meaning, from config/plain_words.yaml
    # one condition of a list under a lead-in such as "Call 999 if you:": its parts joined by
    # "and" are one sign together ("feel confused and have a temperature")
    condition: bool = False
    # the condition its paragraph opens with ("If your operation is in the morning"), for an
    # instruction said after it with no condition of its own ("You may drink water until 6am.")
    under: str = ""
    # that condition, where the sentence may or may not be told under it ("Drink plenty of
    # fluids." after "If you do not feel like eating, try small snacks.")
    maybe_under: str = ""
    # a table row's cells together ("Age: 3 to 5 months. Dose: 2.5 ml."), for a row saying
    # them all (`_Drafter.rows_for_table`); a row of one cell is held to that cell's sentence
    table_row: bool = False
    # a condition's sentence with one after it that may or may not be told under it, as the
    # draft keeps them on one row (`kept_with_their_condition`): only for a row saying them all
    together: bool = False


@dataclass(frozen=True)
class MeaningProblem:
    row: str
    source: SourceSentence | None
    what: str

    def __str__(self) -> str:
        where = ""
        if self.source is not None:
            line = f"line {self.source.line}: " if self.source.line else ""
            where = f" (source {line}'{self.source.text}')"
        return f"row '{self.row}': {self.what}{where}"


def _content(text: str) -> set[str]:
    """The words a row shares with its sentence: lemmas of nouns, verbs, adjectives and numbers,
    and each contact detail whole; a source sentence counts in its plain words too ("telephone"
    is written "phone")."""
    found = set()
    for version in dict.fromkeys((text, simplify(text, plain_words()))):
        found |= {  # a count in words is its figure: "four to six hours" is "4 to 6 hours"
            NUMBER_WORDS.get(token.lemma_.lower(), token.lemma_.lower())
            if token.pos_ == "NUM"
            else token.lemma_.lower()
            for token in parse(version)
            if token.pos_ in _CONTENT
            and (not token.is_stop or token.pos_ == "NUM" and token.lemma_.lower() in NUMBER_WORDS)
            and token.lemma_.strip()
        }
        found |= {re.sub(r"\s", "", detail.lower()) for detail in contact_details(version)}
        found |= _bare_verb_first(version)  # "Swim alone." read as an adverb has no other word
    return found


def source_line(text: str, source_lines: list[str]) -> int | None:
    """The line of the leaflet's file a sentence starts on (Markdown marks ignored)."""
    start = re.sub(r"\s+", " ", text[:40]).strip().lower()
    if not start:
        return None
    at_start = re.compile(r"(?:^|[.!?:]\s+|^-\s+)" + re.escape(start))
    plain_lines = [
        re.sub(r"\s+", " ", re.sub(r"[*_>`#]|\[|\]\([^)]*\)", "", line)).strip().lower()
        for line in source_lines
    ]
    for pattern in (at_start.search, lambda line: start in line):
        for number, line in enumerate(plain_lines, start=1):
            if pattern(line):
                return number
    return None


def read_source_lines(path: Path | str | None) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines() if path else []
    except OSError:
        return []


def leaflet_sentences(leaflet: Leaflet) -> list[SourceSentence]:
    """The sentences an Easy Read row may come from, each with its line in the leaflet's file:
    the body (a list that finishes its lead-in's sentence read as whole sentences, as the draft
    writes them), the trust's closing words and the hard words' meanings from config."""
    lines = read_source_lines(leaflet.source_path)
    texts: list[tuple[str, bool]] = []  # (words, in the leaflet's own file)
    conditions: set[int] = set()  # which of `texts` are each one condition of a list
    paragraphs: set[int] = set()  # which of `texts` are a paragraph's or list item's words
    # which of `texts` are a table row's cells: the draft may say a row as one row of them
    whole_rows: set[int] = set()
    blocks = notice_lists_apart(leaflet.blocks)
    block_of: dict[int, int] = {}  # which block each of `texts` from its first on says
    for index, block in enumerate(blocks):
        block_of[len(texts)] = index
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, ListBlock) and index and completes(blocks[index - 1], block):
            continue
        if isinstance(block, Paragraph) and explains_ticks_said(blocks, index):
            continue  # the draft says each tick as its meaning instead
        if completes(block, following):
            before, lead = split_lead_in(plain_text(with_addresses(block.spans)))
            texts.append((before, True))
            for number, item in zip(following.item_numbers(), following.items, strict=True):
                said = plain_text(with_addresses(item)).strip()
                whole = timed_item(lead, said) or led_item(lead, said) or f"{lead} {said}"
                texts.append((numbered(following, number, whole), True))
        elif isinstance(block, ListBlock):
            if index and leads_into_conditions(blocks[index - 1]):
                conditions.update(range(len(texts), len(texts) + len(block.items)))
            paragraphs.update(range(len(texts), len(texts) + len(block.items)))
            heading = blocks[index - 1] if index else None
            texts.extend(
                (numbered(block, number, headed_item(heading, plain_text(with_addresses(item)))),
                 True)
                for number, item in zip(block.item_numbers(), block.items, strict=True)
            )
        elif isinstance(block, Notice) or (isinstance(block, Paragraph) and not block.lang):
            parts = _own_language_parts(block, leaflet)
            paragraphs.update(range(len(texts), len(texts) + len(parts)))
            texts.extend((part, True) for part in parts)
        elif isinstance(block, Table):
            whole_rows.update(range(len(texts), len(texts) + len(block.rows)))
            texts.extend((row, True) for row in table_rows(block, leaflet.meta.language))
        elif isinstance(block, DescribedPicture):
            texts.append((block.description, True))
        elif isinstance(block, Image):
            texts.append((block.alt, True))
    trust = leaflet.trust
    texts.append((f"This leaflet is about {leaflet.meta.title}.", False))  # the draft's first row
    texts.append((plain_text(with_addresses(trust.format_offer)), False))
    texts.append((plain_words_of(offer_text(leaflet)), False))  # as the draft says it
    texts.extend((plain_text(with_addresses(line)), False) for line in trust.footer)
    found = []
    leading = ""  # a condition said alone, ending the paragraph before: it leads this one
    led_by = -2  # the block that condition ends
    for number, (text, in_file) in enumerate(texts):
        opening = opener = ""
        said = sentences(prepare(text))
        if number in block_of:  # a new block: led only by a condition ending the one before
            leading = leading if number in paragraphs and block_of[number] - 1 == led_by else ""
        elif number not in paragraphs:
            leading = ""
        for place, sentence in enumerate(said):
            line = source_line(sentence, lines) if in_file else None
            under = maybe = ""
            alone, after = condition_alone(sentence) if number in paragraphs else ("", "")
            if alone and after and place == len(said) - 1 and not leading:
                alone = ""  # "If X: do Y." alone in its paragraph is one row, as it stands
            if alone:
                # "If you are sick after a dose. Do not take another one.": every sentence
                # after it in its paragraph is told under it (`_Drafter._rows_for_english`)
                leading, opening = alone, ""
                if after:
                    found.append(SourceSentence(after, line, under=alone))
            elif leading and (opening_condition(sentence) or sentence.rstrip().endswith(":")):
                leading = ""
            if alone:
                pass
            elif leading:
                under = leading
            elif number in paragraphs and (not place or opening_condition(sentence)):
                # a sentence opening with a condition of its own starts its own
                opening, opener = opening_condition(sentence), sentence
            elif number in paragraphs and carries_its_opening(opener, sentence):
                under = opening
            elif number in paragraphs and opening and may_carry_its_opening(opener, sentence):
                maybe = opening
            found.append(
                SourceSentence(
                    sentence, line, condition=number in conditions, under=under,
                    maybe_under=maybe,
                )
            )
        if number in paragraphs:
            # a paragraph's sentences the draft keeps together, a condition's sentence with one
            # that may or may not be told under it (`kept_with_their_condition`)
            found.extend(
                SourceSentence(
                    together, source_line(together, lines) if in_file else None, together=True
                )
                for together, why in kept_with_their_condition(said) if why
            )
            last = condition_alone(said[-1]) if said else ("", "")
            if last[0] and not last[1]:
                led_by = max(start for start in block_of if start <= number)
                led_by, leading = block_of[led_by], last[0]
        if number in whole_rows and len(sentences(prepare(text))) > 1:
            # "Age: 3 to 5 months. Dose: 2.5 ml." as one row (`_Drafter.rows_for_table`)
            found.append(
                SourceSentence(prepare(text), source_line(text, lines), table_row=True)
            )
    found.extend(
        SourceSentence(meaning, None, explains=True)
        for meaning in plain_words().explanations.values()
    )
    return found


def _with_its_condition(source: SourceSentence) -> str:
    """A sentence said with the condition its paragraph opens with, as the draft says it."""
    return f"{source.under}, {source.text}" if source.under else source.text


def _left_in_another_row(index: int, rows: list[str], source: SourceSentence) -> str:
    """What is wrong when a row told under the condition its paragraph opens with ("If your
    operation is in the morning, do not eat anything after midnight. You may drink water until
    6am.") neither says it nor stands under its lead-in: alone after the condition's own row,
    "You may drink water until 6am." reads as for everyone; else ""."""
    row = rows[index]
    if not source.under or row.rstrip().endswith((":", "?")):
        return ""
    if not told_under_a_condition(row):
        return ""
    needed = _content(source.under)
    if needed <= _content(row):
        return ""
    lead = _lead_in_above(index, rows, reach=len(rows))
    if lead and needed <= _content(lead):
        return ""
    return (
        f"is cut off from the condition its paragraph opens with ('{source.under}'): the row "
        "reads as for everyone"
    )


# A condition a row opens with, ended by its comma ("When you are worried, ...").
_OPENING_WHEN = re.compile(r"^((?:if|unless|until|when|whenever)\b[^,.;:]+),\s", re.IGNORECASE)


def _condition_added(row: str, source: SourceSentence) -> str:
    """What is wrong when a row says a condition neither its sentence nor the condition its
    paragraph opens with says ("If you're worried, you can't use this leaflet's advice in place
    of a doctor's." from a sentence said to everyone after "If you're worried, call NHS 111."):
    the row tells only some readers what the leaflet tells all; else "". A list's lead-in is
    in its items' sentences already (`leaflet_sentences`)."""
    # (a word in another form is still said: "bruising" read as a verb's form in one, a noun's
    # in the other)
    whole = _with_its_condition(source)
    theirs = _content(whole) | {word.lower() for word in words(whole)}
    spans = list(_reading(row).condition_spans)
    if opening := _OPENING_WHEN.match(row):
        spans.append(opening.span(1))  # the parser may read "When you are worried" as "When"
    for begin, end in spans:
        said = row[begin:end].strip(" ,")
        if source.maybe_under and words(said) == words(source.maybe_under):
            return (
                f"says '{said}', the condition of the sentence before, which may not apply to "
                "it: its sentence is said after that instruction, not under it (a person "
                "should check, and keep the sentence's words where it does not)"
            )
        if any(not word_forms(word) & theirs for word in _content(said) - theirs):
            return (
                f"says a condition its sentence does not ('{said}'): the row tells only some "
                "readers what the leaflet tells everyone"
            )
    return ""


def _own_language_parts(block: Notice | Paragraph, leaflet: Leaflet) -> list[str]:
    """A paragraph's words less its sentences in another language, which the draft keeps as
    written in rows of their own and the check does not read as English (it reads only a row's
    English words): the parts between them, each read on its own, as the draft reads them."""
    text = plain_text(with_addresses(block.spans))
    parts, position = [], 0
    for said, lang in language_pieces(marked_text(block.spans, leaflet.meta.language)):
        found = text.find(said, position) if lang else -1
        if found >= 0:
            parts.append(text[position:found])
            position = found + len(said)
    return [part for part in (*parts, text[position:]) if part.strip()]


# A pronoun the draft may say as the thing the sentence before names ("Swallow them whole.")
_A_THEM = re.compile(r"\b(?:them|they|it)\b", re.IGNORECASE)


def _ranked_sources(
    row: str, sources: list[SourceSentence], named_before: bool = False, said_in: bool = False
) -> list[tuple[tuple, int]]:
    """(score, index) of each source a row may come from, best first: most of the row's words,
    then the fewest words of the sentence left over. `named_before`: a sentence with a "them",
    "they" or "it" also has the things the sentence before it names, which the draft may say
    in its place ("Swallow your tablets whole." of "Take your tablets with food, ... . Swallow
    them whole."). `said_in`: a row sharing too few words to be ranked is a sentence's that says
    all its words ("Drive yourself home." of "Do not drive yourself home but ask a friend ...",
    its "home" tagged as another kind of word there): it had been held to none, as the
    leaflet's own words, and its lost "not" passed."""
    own = _content(_DRAFTERS_OPENING.sub("", row))  # "This means ...": no word of its sentence
    ranked = []
    for number, source in enumerate(sources):
        if (source.table_row or source.together) and len(own & _content(source.text)) < 0.8 * len(
            _content(source.text)
        ):
            continue  # a whole table row, only for a row saying (nearly) all its cells
        # (with the condition its paragraph opens with, which the draft says again on its row:
        # "If your wound starts to bleed, keep pressing for 10 minutes." had been held to the
        # paragraph's first sentence, the one with more of its words, its 10 'not in it')
        theirs = _content(_with_its_condition(source))
        if named_before and number and _A_THEM.search(source.text):
            theirs = theirs | {
                token.lemma_.lower() for token in parse(sources[number - 1].text)
                if token.pos_ == "NOUN"
            }
        shared = len(own & theirs)
        score = (shared / len(own), shared / len(own | theirs)) if own else (0, 0)
        if said_in:
            if (shared or not own) and _all_said_by(row, source.text):
                ranked.append((score, number))
        elif own and shared >= min(2, len(own)) and score[0] >= 0.5:
            ranked.append((score, number))
    return sorted(ranked, key=lambda item: (-item[0][0], -item[0][1], item[1]))


def _best_source(
    index: int, rows: list[str], sources: list[SourceSentence], after: int = -1
) -> int | None:
    """The sentence a row came from, by its number in `sources`. A row said after several
    conditions ("Stop the exercises." under "If your knee becomes hot:" and again under "If you
    have pain in your calf:") is told apart by the nearest lead-in above it; a row of a table
    whose rows say the same words ("Number of 5 mg tablets: 8." to ": 1.") by the order of the
    rows, the next such sentence after the one the row above came from (by its figures, a right
    row was held to another row's sentence, and a swapped figure was not caught)."""
    # (a lead-in's words may be read apart from its sentence's, "closed" as "close": the row's
    # own words then say where it came from)
    ranked = _ranked_sources(_with_lead_in(index, rows), sources)
    if ranked and not _content(rows[index]) & _content(sources[ranked[0][1]].text):
        # the lead-in's own sentence, sharing no word of the row ("Ring the ward on 0161 555
        # 0123." under "If your child spits out fresh red blood:", from the list item "ring the
        # ward on 0161 555 0123", had been held to the lead-in, its number 'not in its
        # sentence'): the row's own words say where it came from
        ranked = _ranked_sources(rows[index], sources) or ranked
    ranked = ranked or _ranked_sources(rows[index], sources)
    ranked = ranked or _ranked_sources(rows[index], sources, named_before=True)
    ranked = ranked or _ranked_sources(rows[index], sources, said_in=True)
    if not ranked:
        return None
    tied = [number for score, number in ranked if score[0] == ranked[0][0][0]]
    # a row that is a sentence word for word is one of those sentences': a timetable's "When: 7
    # days before." three rows under "If you take warfarin:" had been held, by that lead-in, to
    # its "... at least 7 days before your test", and failed as cut off from its "if" and as
    # dropping 'at least' (rows of a table alike but for their figures still follow the
    # table's order, below, so that a swapped figure is caught)
    tied = [n for n in tied if _is_word_for_word(rows[index], sources[n].text)] or tied
    lead = _lead_in_above(index, rows)
    if len(tied) > 1 and lead:
        joined = _ranked_sources(f"{lead} {rows[index]}", [sources[n] for n in tied])
        if joined:
            return tied[joined[0][1]]
    shape = _without_figures(rows[index])
    alike = [n for _, n in ranked if _without_figures(sources[n].text) == shape]
    if len(alike) > 1:
        return _next_in_order(alike, after)
    said = words(rows[index])
    if (
        len(tied) > 1
        and not any(_said_in(said, words(sources[n].text)) for n in tied)
        and (beside := _source_of_the_row_after(index, rows, sources)) in tied
    ):
        # rows cut from one sentence stand together: "Try not to lift anything heavy for 6
        # weeks after your operation." over "For example, a full washing basket or shopping
        # bags." is that sentence's, not an earlier "When you get home, try not to lift
        # anything heavy for the first 6 weeks after your operation" (shorter, so nearer). A
        # row one of them says as written is that one's ("Never take it every day.")
        return beside
    if len(tied) > 1:
        # of sentences with all the row's words, the one saying them beside each other as the
        # row does: "You can have it in another language." had been held to "... until a
        # speech and language therapist has seen them", shorter than the offer's "in another
        # language", and failed as cut off from its "if"
        pairs = {n: len(_word_pairs(rows[index]) & _word_pairs(sources[n].text)) for n in tied}
        most = max(pairs.values())
        if most and list(pairs.values()).count(most) == 1:
            return next(n for n in tied if pairs[n] == most)
    # of sentences holding the row's words alike, the ones that say them as written ("Do not
    # eat anything." is "Food: Do not eat anything.", not "Food: You can eat normally."), the
    # next after the row above's
    verbatim = [n for n in tied if _said_in(words(rows[index]), words(sources[n].text))]
    if len(tied) > 1 and verbatim:
        return _next_in_order(verbatim, after)
    # ... else, of those alike in every way, the next in reading order ("Do eat anything." is
    # held to the table row after the row above's, where it lost its "not")
    return _next_in_order([n for score, n in ranked if score == ranked[0][0]], after)


def _is_word_for_word(row: str, source: str) -> bool:
    """Whether a row says its whole sentence and nothing else, word for word."""
    return [w.lower() for w in words(row)] == [w.lower() for w in words(source)]


def _source_of_the_row_after(index: int, rows: list[str], sources: list[SourceSentence]):
    """The one sentence the row after `index` says most of the words of, else None."""
    if index + 1 >= len(rows):
        return None
    ranked = _ranked_sources(rows[index + 1], sources)
    if not ranked or sum(score[0] == ranked[0][0][0] for score, _ in ranked) > 1:
        return None
    return ranked[0][1]


def _word_pairs(text: str) -> set[tuple[str, str]]:
    said = [w.lower() for w in words(text)]
    return set(zip(said, said[1:], strict=False))


def _next_in_order(candidates: list[int], after: int) -> int:
    """Of sentences a row may come from, the first after `after` (the row above's), else the
    first of all."""
    ordered = sorted(candidates)
    return next((n for n in ordered if n > after), ordered[0])


def _without_figures(text: str) -> str:
    return re.sub(r"\d+(?:[.,]\d+)*|[½¼¾]", "#", " ".join(words(text)))


def _lead_in_above(index: int, rows: list[str], reach: int = 4) -> str:
    """The nearest condition lead-in ("If ...:") within a few rows above, else "". Another
    lead-in between ("After every use:") starts rows of its own: "1. Take the nebuliser pot
    apart." under it is not governed by "7. If you have used a steroid medicine:" above it.
    Nor is a question, or a row after one: "Can the vaccine give me flu?" two rows under "If
    you have had a serious allergic reaction to a flu vaccine before:" starts the next part of
    a leaflet of questions and answers (it had been held to that condition's sentence). Nor is
    a lead-in of its own: "5. When it is above 4 mmol/L:" two rows under "4. If it is still
    below 4 mmol/L:" had been held to step 4, and failed as adding a 5 and turning 'below'."""
    if rows[index].rstrip().endswith(("?", ":")):
        return ""
    for before in range(index - 1, max(index - 1 - reach, -1), -1):
        lead = rows[before].rstrip()
        if lead.endswith(":") and STRONG_CONDITION_IN.search(lead):
            return lead
        if lead.endswith((":", "?")):
            return ""
    return ""


def check_meaning(rows: list[str], sources: list[SourceSentence]) -> list[MeaningProblem]:
    """Every row held to the sentence it came from; a problem for each reversal or separation."""
    problems: list[MeaningProblem] = []
    matched: list[SourceSentence | None] = []
    last = -1
    for index in range(len(rows)):
        found = _best_source(index, rows, sources, last)
        matched.append(sources[found] if found is not None else None)
        last = found if found is not None else last
    strengths: dict[tuple[int, str], str] = {}
    for index, (row, source) in enumerate(zip(rows, matched, strict=True)):
        if source is not None and (strength := _EACH_STRENGTH.match(row.strip())):
            # "Each tablet is 5 mg." then "Each tablet is 1 mg." from one sentence: the count
            # of each strength ("one 5mg tablet and two 1mg tablets") is lost
            thing, amount = strength.group(1).lower(), strength.group(2)
            said = strengths.setdefault((id(source), thing), amount)
            if said != amount:
                what = (
                    f"gives each {thing} a second strength ({said}, then {amount}); its "
                    "sentence has tablets of different strengths, each with its own count"
                )
                problems.append(MeaningProblem(row, source, what))
        if source is not None and (run := _condition_run_into_its_instruction(row, source.text)):
            # word for word with its sentence but for the comma that ends its condition
            what = (
                f"runs its condition into what to do with no comma or colon ('{run}'), where "
                "its sentence ends the condition with a comma: the reader cannot tell where "
                "the condition ends"
            )
            problems.append(MeaningProblem(row, source, what))
        if source is not None and (elsewhere := _left_in_another_row(index, rows, source)):
            # (word for word with its sentence, it may still have lost its paragraph's "if")
            problems.append(MeaningProblem(row, source, elsewhere))
        if source is not None and words(row) == words(source.text):
            continue  # its sentence word for word ("When you can start: Usually after 4 weeks.")
        following = index + 1 if index + 1 < len(rows) else None
        said = source or matched[following or index]  # a lead-in may match no sentence alone
        if told := _points_past_an_instruction(row, rows[following] if following else "", said):
            # word for word with the row after it, yet the things are read as the action's
            what = (
                f"leads in to the things it points at ('these', 'the following'), but the row "
                f"after gives them as what '{told}' is about: the action is read as for them "
                "alone, and the things as its details"
            )
            problems.append(MeaningProblem(row, said, what))
            continue
        if source is not None and _label_and_value(index, rows, source.text):
            # "When to call the 24-hour hotline:" over "If you are too breathless ...": a
            # table cell's label and its value, together its sentence word for word
            continue
        if _FRAGMENT_END.search(row.strip()) and not _CONDITIONS_FOLLOW.search(row.strip()):
            problems.append(MeaningProblem(row, source, "ends as a broken fragment"))
        elif row.rstrip().endswith(":") and (what := _lead_in_problem(row, source)):
            problems.append(MeaningProblem(row, source, what))
        elif not row.rstrip().endswith((":", "?")) and only_a_condition(row):
            what = "is only a condition, cut off from what it governs"
            problems.append(MeaningProblem(row, source, what))
        elif not row.rstrip().endswith((":", "?")) and only_a_lead_in(row):
            what = (
                "is only when or how long, ended with a full stop as if it said something: the "
                "rows after it are cut off from it (a lead-in ends with a colon)"
            )
            problems.append(MeaningProblem(row, source, what))
        elif _a_blank_cut_from_its_sentence(row, sources):
            what = "is a blank to fill in, cut from the sentence it stands in"
            problems.append(MeaningProblem(row, source, what))
        if source is not None and (aside := _lifted_from_brackets(row, source.text)):
            what = (
                f"is only the words its sentence has in brackets ('({aside})'), no sentence "
                "of its own: what it means depends on the row before (keep them with their "
                "sentence)"
            )
            problems.append(MeaningProblem(row, source, what))
        if _you_without_a_verb(row):
            what = "says 'you' with no verb for it: a listed thing has lost the verb it goes with"
            problems.append(MeaningProblem(row, source, what))
        if source is not None and (put := _put_before_a_clause(row, source.text)):
            what = (
                f"puts '{put[0]}' before '{put[1]}', which its sentence says as a condition of "
                f"its own ('if {put[1]}'): the row is no sentence"
            )
            problems.append(MeaningProblem(row, source, what))
        if over := _elided_over_rows(index, rows, matched):
            what = (
                f"leads in over more than one row, but '{row.rstrip(' :')}' leaves out its "
                "verb: it is said of one action, the one before it in its sentence"
            )
            problems.append(MeaningProblem(row, over, what))
            continue
        if source is None:
            if not any(problem.row == row for problem in problems) and _said_by_no_sentence(
                row, sources
            ):
                what = (
                    "is said by no sentence of the leaflet (a person should check what it "
                    "tells the reader)"
                )
                problems.append(MeaningProblem(row, None, what))
            continue
        row_reading, source_reading = _reading(row), _reading(source.text)
        told = row_reading.positive | _bare_verb_first(row)
        lost = (source_reading.negated & told) - row_reading.negated
        if lost and source_reading.condition_span and not STRONG_CONDITION_IN.search(row):
            # "Call 999 or go to A&E straight away if you have a severe headache that will not
            # go away": the "not" is the headache's; a row without the condition is held to
            # the rest of its sentence
            begin, end = source_reading.condition_span
            lost &= _reading(f"{source.text[:begin]} {source.text[end:]}".strip()).negated
        if lost and (reason := _reason_after(source.text, 0)) is not None:
            # "This is because some medicines ... can be harmful when crushed." from "Do not
            # crush tablets ..., because ... when crushed": a row that says only the reason is
            # held to the reason, whose "crushed" is no crushing the instruction forbids
            before, after = _content(source.text[:reason]), _content(source.text[reason:])
            if not _content(row) & (before - after):
                lost &= _reading(source.text[reason:]).negated
        if lost and (but := _BUT_A_CLAUSE.search(source.text)) is not None:
            # "But you can take paracetamol as normal." from "Do not take ibuprofen ..., but you
            # can take paracetamol as normal": a row of the clause after ", but" alone is held
            # to that clause, which no "not" before it reaches (drafter's `_BUT_A_CLAUSE`)
            after = source.text[but.start() :]
            if not _content(row) & (
                _content(source.text[: but.start()]) - _content(after)
            ) and not _all_said_by(row, source.text[: but.start()]):
                lost &= _reading(after).negated
        if lost and (cuts := _instruction_after_but_points(source.text, plain_words())):
            # "Keep drinking water." from "Do not eat for 4 hours before your scan but keep
            # drinking water": a row telling none of what the ban forbids, or saying only the
            # words after "but", is held to the instruction after it
            # (a row the ban says word for word is the ban's, whatever words the rest shares:
            # "Drive yourself home." of "Do not drive yourself home but ask a friend or
            # relative to drive you home")
            after = source.text[cuts[0][1] :]
            if not told & _reading(source.text[: cuts[0][0]]).negated or (
                _content(row) <= _content(after)
                and not _all_said_by(row, source.text[: cuts[0][0]])
            ):
                lost &= _reading(after).negated
        lead = row.rstrip()
        if lost and lead.endswith(":") and source_reading.condition_span and only_a_condition(
            lead.rstrip(":")
        ):
            # "If you drive a bus ...:" says the condition of its sentence, whose "not" is the
            # instruction's ("you must not drive for 1 year") on the rows after it: only a "not"
            # of the condition itself is lost
            begin, end = source_reading.condition_span
            lost &= _reading(source.text[begin:end]).negated
        if lost and _whole_clause_word_for_word(row, source.text):
            # "Do not crush, chew or break them." of "swallow them whole; do not crush, chew or
            # break them": the parser read the row alone as saying to chew, but the row is its
            # clause as written, so every "not" there is is the row's own
            lost = set()
        # "Only eat small meals." from "Do not eat more than usual, and only eat small meals":
        # the "not" is the first instruction's; a row is held to its own
        own = _own_instruction_reading(row, source.text)
        if lost and own is not None:
            lost &= own.negated
        # "Take no more than 3 doses." from "Never take more than 3 doses": the "not" is said
        # by the limit
        lost -= _not_said_by_a_limit(source.text, row)
        if lost:
            what = f"lost its 'not': the source says not to {', '.join(sorted(lost))}"
            problems.append(MeaningProblem(row, source, what))
        gained = (row_reading.negated & source_reading.positive) - source_reading.negated
        if own is not None:
            gained |= (row_reading.negated & own.positive) - own.negated
        if (side := _side_of_but(row, source.text)) is not None:
            # "But do not lift a full kettle." from "Do not lift anything heavy for 6 weeks, but
            # you can lift a full kettle": the sentence says both of "lift", so only the clause
            # the row says can tell whether its "not" is the source's
            gained |= (row_reading.negated & side.positive) - side.negated
        for row_side, source_side in _both_sides_of_but(row, source.text):
            gained |= (row_side.negated & source_side.positive) - source_side.negated
        gained -= _not_said_by_a_limit(row, source.text)
        if gained and not _said_in(words(row), words(source.text)):
            what = f"gained a 'not': the source says to {', '.join(sorted(gained))}"
            problems.append(MeaningProblem(row, source, what))
        if cut_off := _time_cut_off(index, rows, matched) or _ban_list_time_left_out(
            index, rows, matched
        ):
            problems.append(MeaningProblem(row, source, cut_off))
        if lead_lost := _ban_without_its_lead_in(index, rows, matched):
            problems.append(MeaningProblem(row, source, lead_lost))
        if separated := _separated(index, rows, matched, source_reading):
            problems.append(MeaningProblem(row, source, separated))
        if source.condition and (apart := _one_of_joined_conditions(row, source.text)):
            problems.append(MeaningProblem(row, source, apart))
        if around := _action_run_into_a_reason(index, rows, source.text):
            problems.append(MeaningProblem(row, source, around))
        if added := _condition_added(row, source):
            problems.append(MeaningProblem(row, source, added))
        if either := _or_lost_from_a_list(row, source.text):
            problems.append(MeaningProblem(row, source, either))
        # "If you would like this in another format" may be asked: "Do you want ...?"
        asked = source.text.rstrip().endswith("?") or source.text.lower().startswith("if ")
        if row.rstrip().endswith("?") and not asked:
            problems.append(MeaningProblem(row, source, "is a question; its sentence is not"))
        if beside := _number_word_beside_a_number(row, source.text):
            what = f"has a number word beside a number ('{beside}')"
            problems.append(MeaningProblem(row, source, what))
        # (with the condition its paragraph opens with, which the draft says again on its row)
        theirs = numbers_in(SPELLED_NUMBER.sub(_as_digits, _with_its_condition(source)))
        # (a space to write in's count of lines is the document's, not the leaflet's)
        extra = [n for n in numbers_in(SPACE_TO_WRITE_SAID.sub("", row)) if n not in theirs]
        if extra:
            what = f"has number(s) not in its sentence: {', '.join(extra)}"
            problems.append(MeaningProblem(row, source, what))
        problems.extend(MeaningProblem(row, source, what) for what in _units_changed(row, source))
        problems.extend(MeaningProblem(row, source, what) for what in _order_changed(row, source))
        problems.extend(
            MeaningProblem(row, source, what) for what in _limits_changed(row, source.text)
        )
        problems.extend(
            MeaningProblem(row, source, what)
            for what in _time_carried(row, _with_its_condition(source))
        )
        if not _order_changed(row, source):
            problems.extend(
                MeaningProblem(row, source, what)
                for what in _comparison_reversed(row, source.text)
            )
        problems.extend(MeaningProblem(row, source, what) for what in _doer_changed(row, source))
        problems.extend(
            MeaningProblem(row, source, what)
            for what in _made_an_action(row, source, row_reading, source_reading)
        )
        if gloss := _a_gloss_made_an_instruction(row, source.text, row_reading, source_reading):
            problems.append(MeaningProblem(row, source, gloss))
        problems.extend(
            MeaningProblem(row, source, what) for what in _made_a_choice(row, source.text)
        )
        problems.extend(
            MeaningProblem(row, source, what) for what in _words_cut_apart(row, source.text)
        )
        if joined := _action_joined_to_a_purpose(row, source.text):
            problems.append(MeaningProblem(row, source, joined))
        if result := _reason_made_a_result(row, source.text) or _purpose_said_as_so(
            row, source.text
        ):
            problems.append(MeaningProblem(row, source, result))
        if one := _purpose_of_one_action(row, source.text) or _purpose_with_a_verb_of_its_own(
            row, source.text
        ):
            problems.append(MeaningProblem(row, source, one))
        if gives_examples(row) and purpose_in(row) and not gives_examples(source.text):
            # "For example, phones and computers to help your brain recover." from "... avoid
            # screens such as phones and computers to help your brain recover"
            what = ("gives its examples what the instruction is for ('to ...'): the purpose is "
                    "the instruction's, cut from it")
            problems.append(MeaningProblem(row, source, what))
        if likeness := _likeness_cut_off(row, source.text):
            problems.append(MeaningProblem(row, source, likeness))
        if held := _instruction_held_by_examples(row, source.text):
            what = (f"gives its examples how often, when or where ('{held}'): its sentence says "
                    "it of the instruction, cut from it")
            problems.append(MeaningProblem(row, source, what))
        if not separated and (rest := _rest_of_a_condition(row, source.text)):
            what = (
                f"starts a new sentence with part of its sentence's condition ('{rest}'), "
                f"said as a fact before what to do: its '{source.text.split()[0].lower()}' is "
                "on the row above, or lost"
            )
            problems.append(MeaningProblem(row, source, what))
    return problems


def _lifted_from_brackets(row: str, source: str) -> str:
    """The words in brackets of its sentence that a row says alone, when they are no sentence
    (drafter's `stands_alone`): "48 hours if you had a general anaesthetic." from "You will
    stay in hospital for at least 24 hours (48 hours if you had a general anaesthetic)." reads
    as a fact of its own, its "48 hours" of nothing; else "". """
    said = words(row)
    if not said or stands_alone(row):
        return ""
    for inside in re.findall(r"\(([^()]+)\)", source):
        # (in its plain words too: the row is the draft's, simplified)
        if said in (words(inside), words(simplify(inside, plain_words()))):
            return inside.strip()
    return ""


def _likeness_cut_off(row: str, source: str) -> str:
    """What a row cuts off from a verb its sentence completes with "like" ("the signs can look
    like a cold or a tummy bug"): a row that ends at the verb ("... because the signs can
    look."), or a "For example" row that gives the likeness as examples of nothing ("For example,
    a cold or a tummy bug."); else "". """
    likenesses = [
        match for match in re.finditer(r"\blike\s+([^,;:–.]+)", source, re.IGNORECASE)
        if says_what_it_is_like(source, match.start(1))
    ]
    if not likenesses:
        return ""
    if gives_examples(row):
        for match in likenesses:
            if _content(row) - {"example"} <= _content(match.group(1)):
                return (f"gives as examples what its sentence says a thing is like ('like "
                        f"{match.group(1).strip()}'): the words complete its verb, cut off "
                        "from it")
        return ""
    tokens = [t for t in parse(row) if not t.is_punct and not t.is_space]
    if len(tokens) < 2 or tokens[-1].lemma_.lower() not in SEEMING_VERBS:
        return ""
    ending = [tokens[-2].lower_, tokens[-1].lower_]
    said = [word.lower() for word in words(source)]
    for i in range(len(said) - 2):
        if said[i : i + 2] == ending and said[i + 2] in {"like", "as"}:
            rest = " ".join(said[i + 1 : i + 7])
            return (f"ends at '{tokens[-1].text}', a verb its sentence completes ('{rest} ...'): "
                    "what it says a thing is like is cut off")
    return ""


_POINTS_AT_THINGS = re.compile(
    r"^(?:if|when|whenever)\b.*\b(?:these|the following)\b[^:]*:$", re.IGNORECASE)


def _number_word_beside_a_number(row: str, source: str) -> str:
    """A number word the draft put beside a number ("two 2 tablets"), else "". One its
    sentence says beside the same number is the leaflet's own count of a strength: "Dose: 1g
    (two 500mg tablets)" had failed as 'two 5'."""
    for beside in _NUMBER_WORD_BESIDE_NUMBER.finditer(row):
        word, number = beside.group(0).split()[0], re.match(r"[\d.,]*\d", row[beside.end() - 1 :])
        said = rf"\b{word}\s+{re.escape(number.group(0))}(?![\d.,]*\d)"
        if not re.search(said, source, re.IGNORECASE):
            return f"{word} {number.group(0)}"
    return ""


def _points_past_an_instruction(row: str, following: str, source: SourceSentence | None) -> str:
    """The instruction that the row after a condition pointing at its things ("If you have any
    of these:") puts before them ("Call 999: coughing up blood, ..." from "If you have any of
    these, call 999: coughing up blood, ..."); else ""."""
    if source is None or not _POINTS_AT_THINGS.match(row.strip()):
        return ""
    told, colon, things = following.partition(":")
    if not colon or not things.strip() or not _starts_an_instruction(told.strip()):
        return ""
    return told.strip() if words(things) and words(things)[0] in words(source.text) else ""


def _lead_in_problem(row: str, source: SourceSentence | None) -> str:
    """What is wrong with a lead-in row (one ending in a colon) that holds more than the
    condition or time it leads in with, the first such thing found; else "". Asked only of a
    row ending in a colon, before the checks of rows that end otherwise."""
    if _TOLD_IN_A_LEAD_IN.search(row):
        return "is a lead-in that holds an instruction ('and do not ...')"
    if told := _instruction_in_a_lead_in(row, source):
        return (
            f"is a lead-in that holds an instruction after its condition ('{told}'): it is "
            "lost in the lead-in, and the rows after it seem to follow from it"
        )
    if aim := _purpose_in_a_lead_in(row, source):
        return (
            f"is a lead-in that holds what the instruction is for ('{aim}'): its sentence "
            "says it after the instruction, and the lead-in makes it the time's or the "
            "condition's"
        )
    if left := _condition_list_left_out(row, source):
        return (
            f"leads in with part of its condition: '{left}' is the condition's too, and "
            "the rows after it read it as things to do"
        )
    if _EXCEPTION_IN_A_LEAD_IN.search(row):
        return (
            "is a lead-in that holds an exception ('unless ...', 'except ...'), which may "
            "belong to the instruction it leads into"
        )
    if said := _statement_in_a_lead_in(row, source):
        return (
            f"is a lead-in that says what happens ('{said}') as well as its condition: the "
            "rows after it seem to follow from both, and it is a row of its own"
        )
    return ""


def _instruction_in_a_lead_in(row: str, source: SourceSentence | None) -> str:
    """The instruction a condition's lead-in goes on to past its sentence's condition ("If you
    feel sick, rest as much as you can:" from "If you feel sick, rest as much as you can, drink
    plenty of fluids and eat small meals often"); else ""."""
    if source is None:
        return ""
    span = read(source.text).condition_span
    if span is None or span[0] != 0:
        return ""
    # ("If you smoke, drink alcohol and take drugs, tell the nurse": the list is the condition's)
    end = condition_list_end(source.text, span[1])
    condition, lead = words(source.text[:end]), words(row.strip().rstrip(":"))
    if len(lead) <= len(condition) or lead[: len(condition)] != condition:
        return ""
    rest = " ".join(lead[len(condition) :])
    # "If you get a rash, feel dizzy, or have swelling ...:" lists conditions, whatever the parser
    # makes of the first
    return rest if _starts_an_instruction(rest) and " or " not in f" {rest} " else ""


def _purpose_in_a_lead_in(row: str, source: SourceSentence | None) -> str:
    """What the instruction is for, that a lead-in of its closing time holds ("After each walk
    to give your new knee time to recover:" over "Rest for a while." from "Rest for a while
    after each walk to give your new knee time to recover": drafter's
    `purpose_in_a_closing_time`); else ""."""
    if source is None:
        return ""
    span = read(source.text).condition_span
    if span is None or not span[0]:
        return ""
    found = purpose_in_a_closing_time(source.text, *span)
    # ... or one the parser reads after the time, as the instruction's ("Put your leg up for 20
    # minutes after each session to bring the swelling down")
    purposes = [found[0]] if found else [
        t for t in parse(source.text) if t.idx >= span[1] and purpose_of(t)
    ]
    for purpose in purposes:
        to = next(c for c in purpose.children if c.tag_ == "TO")
        said = source.text[to.idx : purpose.right_edge.idx + len(purpose.right_edge.text)]
        if _said_in(words(said), words(row)):
            return said
    return ""


def _condition_list_left_out(row: str, source: SourceSentence | None) -> str:
    """The things listed with a condition that a lead-in leaves out ("If you smoke:" from "If
    you smoke, drink alcohol and take drugs, tell the nurse", over "Drink alcohol and take
    drugs."), else ""."""
    if source is None:
        return ""
    span = read(source.text).condition_span
    if span is None or span[0] != 0:
        return ""
    end = condition_list_end(source.text, span[1])
    if end == span[1] or words(row.strip().rstrip(":")) != words(source.text[: span[1]]):
        return ""
    return source.text[span[1] : end].strip(" ,")


def _you_without_a_verb(row: str) -> bool:
    """ "You difficulty breathing." from "... if you get a rash, ..., or difficulty breathing":
    a row that opens with "you" and then a thing, a word that is never a verb, has lost the
    verb the listed thing went with."""
    said = _YOU_WITHOUT_A_VERB.match(row.strip())
    return (
        said is not None
        and not can_be_a_verb(said.group(1))
        and parse(row.strip())[1].pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "DET"}
    )


def _put_before_a_clause(row: str, source: str) -> tuple[str, str] | None:
    """ "You have your wound leaks." from "... if you have a high temperature, or if your wound
    leaks": a row that puts a subject and verb (up to three words) before words its sentence
    says after an "if" of their own, a clause with its own subject, where the sentence never
    says them after that verb. The words put before it and the clause, or None."""
    said, whole = words(row), words(source)
    if _said_in(said, whole):
        return None
    for size in (1, 2, 3):
        put, rest = said[:size], said[size:]
        if len(rest) < 2 or any(word in CONDITION_WORDS for word in put):
            continue
        if _said_in(["if", *rest], whole) and not _said_in(said[size - 1 :], whole):
            return " ".join(row.split()[:size]), " ".join(row.split()[size:]).rstrip(" .")
    return None


# "You difficulty breathing.": a row that opens with "you" and a word that is never a verb.
_YOU_WITHOUT_A_VERB = re.compile(r"you\s+(?!all\b|both\b|each\b|yourself\b)([a-z]+)\b",
                                 re.IGNORECASE)


_OPENS_A_CONDITION = re.compile(rf"(?:{'|'.join(sorted(CONDITION_WORDS))})\b", re.IGNORECASE)


def _rest_of_a_condition(row: str, source: str) -> str:
    """ "Your GP surgery is closed or it is the weekend, call NHS 111." under "If you cannot
    get through:", "Their breathing is fast ..., call 999." under "When your child is drowsy:"
    (the check of a cut condition holds "if", "unless" and "until" only): a row that says a
    clause with its own subject, then after a comma what to do, where its sentence opens with
    a condition and has that clause after a comma of it, says as a fact what the sentence
    listed as one more condition. The clause, or ""."""
    text = row.strip().rstrip(".")
    if text.endswith(":") or _OPENS_A_CONDITION.match(text) or not _OPENS_A_CONDITION.match(
        source.strip()
    ):
        return ""
    for comma in re.finditer(r",\s+(?:please\s+|then\s+)?", text):
        head, told = text[: comma.start()], text[comma.end() :]
        if not told or not _starts_an_instruction(told):
            continue
        doc = parse(f"{head}.")
        if not any(
            t.dep_ in {"nsubj", "nsubjpass"} and t.left_edge.i == 0
            and t.head.pos_ in {"VERB", "AUX"}
            for t in doc
        ):
            continue
        if re.search(r",\s+" + r"\W+".join(map(re.escape, words(head))), source, re.IGNORECASE):
            return head
    return ""


# Where a condition that opens its sentence ends: its comma, with examples of it after it
# (", such as aspirin or warfarin,") or a "then" before what to do.
_CONDITION_CLOSED = re.compile(
    r",\s+(?:(?:such as|for example|e\.g\.|like)\s+[^,;:–]+?,\s+)?(?:then\s+)?", re.IGNORECASE
)
# Words that open the sentence's own clause after its condition ("please tell", "you must").
_OWN_CLAUSE_OPENERS = frozenset({"please", "you", "we", "do", "don't", "never"})


def _condition_run_into_its_instruction(row: str, source: str) -> str:
    """ "If you take medicines that thin your blood tell the nurse before your biopsy." from
    "If you take medicines that thin your blood, such as aspirin or warfarin, tell the nurse
    ...": a row that says its sentence's opening condition and what to do with nothing between
    them, where the sentence closes the condition with its comma, leaves the reader to guess
    where the condition ends (which is what a lead-in's colon, or the comma, tells them). The
    two words run together ("blood tell"), or ""."""
    opening = words(source)[:1]
    if not opening or opening[0] not in CONDITION_WORDS or words(row)[:1] != opening:
        return ""
    for text in dict.fromkeys((source, simplify(source, plain_words()))):
        for closed in _CONDITION_CLOSED.finditer(text):
            condition, told = text[: closed.start()], text[closed.end() :]
            if not only_a_condition(condition):
                continue
            if not (
                _starts_an_instruction(told)
                or told.split(" ", 1)[0].lower() in _OWN_CLAUSE_OPENERS
            ):
                continue
            last, first = words(condition)[-1:], words(told)[:1]
            if not last or not first:
                break
            run = rf"(?<![\w']){re.escape(last[0])}\s+{re.escape(first[0])}(?![\w'])"
            if re.search(run, normalise_apostrophes(row).lower()):
                return f"{last[0]} {first[0]}"
            break
    return ""


def _action_joined_to_a_purpose(row: str, source: str) -> str:
    """ "This is to help with everyday life and tells you where to get support." from "It gives
    you ideas to help with everyday life and tells you ...": a verb said of a subject ("tells")
    joined by "and" to a purpose ("to help") has lost the subject that does it, unless its
    sentence joins them so too."""

    def joined(text: str) -> set[tuple[str, str]]:
        return {
            (t.head.lower_, t.lower_)
            for t in parse(text)
            if t.dep_ == "conj" and t.tag_ in {"VBZ", "VBD"} and t.head.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children)
        }

    wrong = joined(row) - joined(source)
    if not wrong:
        return ""
    purpose, verb = sorted(wrong)[0]
    return (
        f"joins '{verb}' to the purpose 'to {purpose}': in its sentence the subject does it, "
        "and the row no longer says who"
    )


_SAID_AS_A_RESULT = re.compile(r"^(?:this|that|it)\s+(?:means|will mean)\s+(?:that\s+)?",
                               re.IGNORECASE)


def _reason_made_a_result(row: str, source: str) -> str:
    """ "This means the sedation can wear off." from "Do not drive for 24 hours, so the
    sedation can wear off": what an instruction is for, after its ", so", said as what follows
    from it (not driving wears nothing off). The draft says it "This is so ..." (drafter's
    `_so_said`); an author's own file may not. Named after instructions that hold a ban: what
    a thing done is for may also follow from it ("Leave a light on at night, so you can see":
    "This means you can see"), what a thing not done is for never does. After a statement
    ("You will not be able to drive, so you will need a lift") "This means" is right. Else
    ""."""
    said = _SAID_AS_A_RESULT.match(row.strip())
    if said is None:
        return ""
    rest = [word.lower() for word in words(row.strip()[said.end() :])]
    plain = plain_words()
    for match in _SO_A_CLAUSE.finditer(source):
        clause = re.split(r"[;–]|\.(?:\s|$)", source[match.end() :])[0]
        told = [word.lower() for word in words(clause)]
        if not rest or not (_said_in(rest, told) or _said_in(told, rest)):
            continue
        before = source[: match.start()]
        if _so_said(before, plain, clause) == "this is so" and (
            is_negative_instruction(before) or read(before).negated
        ):
            return (
                f"says what its sentence's instruction is for ('so {clause.strip()}') as its "
                "result ('This means ...'): its sentence says the instruction is done so that "
                "it happens ('This is so ...')"
            )
    return ""


def _purpose_said_as_so(row: str, source: str) -> str:
    """ "You can call for help if you fall." from "Keep your phone with you, so you can call for
    help if you fall": what an instruction is for, after its ", so", said with no "so" or "This
    is so", as if it were so whatever the reader does. Else ""."""
    said = [word.lower() for word in words(row)]
    plain = plain_words()
    for match in _SO_A_CLAUSE.finditer(source):
        clause = re.split(r"[;–]|\.(?:\s|$)", source[match.end() :])[0]
        if said != [word.lower() for word in words(clause)]:
            continue
        if _so_said(source[: match.start()], plain, clause) == "this is so":
            return (f"says what its sentence's instruction is for ('so {clause.strip()}') as "
                    "what is so, its 'so' lost (the draft says 'This is so ...')")
    return ""


def _purpose_of_one_action(row: str, source: str) -> str:
    """ "Eat small meals often to help your body recover." from "Rest as much as you can, drink
    plenty of fluids, and eat small meals often to help your body recover": the purpose its
    sentence says once, after several actions, tied to the last alone (the resting and drinking
    lost it); else "". A row of all the actions with it, or the purpose as its own row after
    them ("This helps your body recover."), keeps it."""
    plain = plain_words()
    purpose = _ending_purpose(source)
    # "Never cross your legs, sit in a low chair or bend forward to pick things up": the
    # picking up is what the bending is done for, the last action's own
    if purpose is not None and not a_task_of_its_own_action(purpose):
        to = next(c for c in purpose.children if c.tag_ == "TO")
        last = purpose_after_joined_actions(source, to.idx, plain)
        if last is None:
            last = last_avoided(source, to.idx)  # "Avoid lifting ..., or driving a car to ..."
        if last is not None and (tied := _ending_of_one_action(
            row, source, to.idx, last, "what its actions are for"
        )):
            return tied
    # "Leave a light on at night, so you can see where you are going." from "Put a lamp by
    # your bed and leave a light on at night, so you can see ...": what follows from them all
    if (result := result_after_joined_actions(source, plain)) is not None:
        return _ending_of_one_action(row, source, *result, "what follows from its actions")
    return ""


def _ending_of_one_action(row: str, source: str, begin: int, last: int, what: str) -> str:
    """What `source` says at `begin` (`what` it is), once after several actions (the last
    starting at `last`), tied in `row` to the last of them alone; else ""."""
    if _DRAFTERS_OPENING.match(row.strip()) or _PURPOSE_ROW.match(row.strip()):
        return ""  # "This is so that we can check them.": said of them all
    plain = plain_words()
    said = source[begin:].strip(" ,").rstrip(".!")
    # the words that end the action before the last ("plenty of fluids"): a row with them and
    # the purpose holds more than the last action
    before = words(source[:last])[-3:]
    row_words = words(row)
    if _said_in(before, row_words) or _said_in(words(simplify(source[:last], plain))[-3:],
                                               row_words):
        return ""
    for text in (source, simplify(source, plain)):
        at = text.lower().rfind(f" {said.lower()}")
        if at >= 0 and _said_in(words(text[at:]), row_words):
            return (
                f"ties {what} ('{said}') to the last of them: its sentence "
                f"says it once, after them all ('{source[:begin].strip(' ,')}')"
            )
    return ""


# How the draft says what an instruction is for as a row of its own ("This will reduce ...").
_PURPOSE_ROW = re.compile(r"This (?:will|helps|is to|is so that)\b")


def _purpose_with_a_verb_of_its_own(row: str, source: str) -> str:
    """ "This will give them plenty of drinks." from "Put a cool flannel on their forehead to
    cool them down and give them plenty of drinks": a purpose that holds one more verb may end
    at the first (the giving then the reader's to do), which only a person can say; a row that
    says either verb as what the action is for has chosen for them; else ""."""
    if not _PURPOSE_ROW.match(row.strip()):
        return ""
    said = {word.lower() for word in words(row)}
    plain = plain_words()
    for purpose in parse(source):
        if not purpose_of(purpose) or (joined := reader_verb_in_a_purpose(purpose, plain)) is None:
            continue
        if said & {purpose.lower_, purpose.lemma_.lower(), joined.lower_}:
            return (
                f"says as what an action is for '{joined.text}', which its sentence may give "
                f"the reader to do ('{purpose.text} ... and {joined.text}'): a person should "
                "say which"
            )
    return ""


# A condition or time that opens a lead-in: "When you can:", "If you need to:".
STRONG_OR_TIME = re.compile(r"(?:if|when|whenever|where|wherever|as soon as|once)\b",
                            re.IGNORECASE)
# Verbs a lead-in ends on that take the rows after it: "If you need us, our numbers are:".
_LEADS_ON_VERBS = frozenset({"be", "include", "mean"})


def _elided_over_rows(index: int, rows: list[str], matched: list) -> SourceSentence | None:
    """ "When you can:" over "Take breaks." and "Ask friends or family to sit with the person."
    from "Take breaks when you can, and ask friends ...": a condition whose verb is left out is
    "when you can take breaks", so it cannot govern the asking. The sentence of the rows it
    leads over, when it leads over two from one sentence that says it after an action."""
    lead = _STEP.sub("", rows[index]).rstrip()
    if not (lead.endswith(":") and ELIDED_ACTION.search(lead) and STRONG_OR_TIME.match(lead)):
        return None
    after = [source for source in matched[index + 1 : index + 3] if source is not None]
    if len(after) < 2 or after[0] is not after[1]:
        return None
    said = " ".join(words(lead)).lower()
    told = " ".join(words(after[0].text)).lower()
    return after[0] if said in told and not told.startswith(said) else None


def _statement_in_a_lead_in(row: str, source: SourceSentence | None = None) -> str:
    """ "If you have diarrhoea, the contraceptive pill may not work:" over "So use condoms ...":
    a condition's lead-in that goes on with what follows from it (a clause with its own
    subject) leads the reader to take the next row as following from both. The words after
    the condition, or "". A lead-in that is the whole condition its sentence opens with ("If
    you cannot get through, your GP surgery is closed or it is the weekend:" of "..., call NHS
    111") lists conditions, and says nothing more."""
    lead = _STEP.sub("", row.rstrip().rstrip(":"))
    if not STRONG_CONDITION_IN.match(lead):
        return ""
    if source is not None and (whole := read(source.text).condition_span) and whole[0] == 0:
        opening = source.text[: whole[1]]
        if words(lead) in (words(opening), words(simplify(opening, plain_words()))):
            return ""
    span = read(f"{lead}.").condition_span
    if span is None or span[0] != 0:
        return ""
    rest = lead[span[1] :].strip(" ,")
    doc = parse(f"{rest}.")
    verbs = [t for t in doc if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}]
    if not rest or not verbs or verbs[0].lemma_.lower() in _LEADS_ON_VERBS:
        return ""
    if not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i == 0 for c in verbs[0].children
    ) or doc[0].lower_ in {"that", "which", "who", "where", "when"}:
        # "If you are worried, please contact:" leads into who to contact; "If you have
        # bleeding that will not stop ...:" is one condition, the bleeding said more of
        return ""
    return rest


def _side_of_but(row: str, source: str):
    """The reading of the one side of a ban's ", but you can ..." (drafter's `_BUT_A_CLAUSE`)
    a row says: the side it shares words with that the other side lacks, and only one. None
    when the sentence has no such "but" or the row says of both sides."""
    but = _BUT_A_CLAUSE.search(source)
    if but is None:
        return None
    before, after = _content(source[: but.start()]), _content(source[but.start() :])
    said = _content(row)
    of_before, of_after = bool(said & (before - after)), bool(said & (after - before))
    if of_before == of_after:
        return None
    return _reading(source[: but.start()] if of_before else source[but.start() :])


def _both_sides_of_but(row: str, source: str) -> list[tuple]:
    """The readings of each side of a row's ", but" beside those of its sentence's ban and ", but
    you can ..." (drafter's `_BUT_A_CLAUSE`), when the row says both sides ("Do not have a bath
    for 2 weeks, but you cannot have a shower." from "..., but you can have a shower"): the
    sentence says both of "have", so only side by side can a "not" gained be told. None (an
    empty list) otherwise."""
    but = _BUT_A_CLAUSE.search(source)
    said = _ROW_BUT.search(row)
    if but is None or said is None or _side_of_but(row, source) is not None:
        return []
    return [
        (_reading(row[: said.start()]), _reading(source[: but.start()])),
        (_reading(row[said.end() :]), _reading(source[but.end() :])),
    ]


# Where a row's own ", but" is (its clause may have lost the "can" the sentence's said).
_ROW_BUT = re.compile(r",\s+but\s+", re.IGNORECASE)


def _own_instruction_reading(row: str, source: str):
    """The reading of the instruction of `source` a row says, when the sentence joins
    instructions of their own with ", and" (`grammar.instruction_parts`): the one sharing the
    most words with the row. None for a sentence of one instruction."""
    part = _own_part(row, source)
    return None if part is None else _reading(source[part[0] : part[1]])


def _own_part(row: str, source: str) -> tuple[int, int] | None:
    """Where in `source` the instruction of its own is that a row says (characters): the part
    of `grammar.instruction_parts` sharing the most words with the row. None for a sentence of
    one instruction."""
    parts = instruction_parts(source)
    if len(parts) < 2:
        return None
    said = _content(row)
    return max(parts, key=lambda part: len(said & _content(source[part[0] : part[1]])))


def _reading(text: str):
    """The parser's reading of a sentence, with the doings an "avoid" or a "stop" ends among
    what it says not to do ("Avoid sitting in low chairs, crossing your legs ...": sit, cross;
    `grammar.actions_not_to_do`): a row with one of them and no "avoid" has lost its ban as
    surely as one without its "not"."""
    reading = read(text)
    negated = reading.negated | actions_not_to_do(text)
    return replace(reading, negated=negated, positive=reading.positive - negated)


# A list's lead-in ending in the word whose objects the list is: "... the inside of:".
_LIST_LEAD = re.compile(
    r"\b(of|at|in|on|into|to|for|with|about|from|between)\s*:$", re.IGNORECASE
)
# "which eye drops to use", "how many tablets to take": what to do with a thing said after it.
_WHAT_TO = re.compile(
    r"\b(?:which|what|whose|how\s+(?:much|many))(?:\s+[\w'-]+){0,3}?(?=\s+to\s+\w)",
    re.IGNORECASE,
)


def _bare_verb_first(row: str) -> set[str]:
    """The action a row with no subject and no "not" opens with, where the small model took
    it for something else: "Swim alone." (an adverb) and "Crush tablets or open capsules ..."
    (an adjective) had passed against "Never swim alone" and "Neither crush tablets nor open
    capsules ...", their "not" lost unseen."""
    doc = parse(row)
    if not doc or doc[0].pos_ in {"VERB", "AUX"} or not can_be_a_verb(doc[0].text):
        return set()
    if any(t.dep_ in {"nsubj", "nsubjpass"} or t.lower_ in {"not", "n't", "never", "no"}
           for t in doc):
        return set()  # "Open wounds can get infected": a thing, no action told
    return {doc[0].lower_}


def _words_cut_apart(row: str, source: str) -> list[str]:
    """Words a row cuts from what they need in their sentence: a lead-in ending in a word whose
    objects the rows after it are not ("a new bag cut to:" over "Size." and "Dry wipes."), a
    "between" without its "and" ("the space between your lung."), and which thing to use
    without what to do with it ("This leaflet tells you which eye drops.")."""
    found = []
    said = " ".join(words(row))
    lead = _LIST_LEAD.search(row.rstrip())
    if (
        lead
        and not _CONDITIONS_FOLLOW.search(row.rstrip())
        and not STRONG_CONDITION_IN.match(_STEP.sub("", row))  # a condition's lead-in
        and _goes_on_after(row.rstrip()[: lead.end(1)], source)
    ):
        leads = {
            " ".join(words(listed[0]))
            for version in dict.fromkeys((source, simplify(source, plain_words())))
            for text in (version, _STEP.sub("", version))
            if (listed := _listed(text)) is not None
        }
        if " ".join(words(_STEP.sub("", row))) not in leads and said not in leads:
            found.append(
                f"is a lead-in that cuts '{lead.group(1).lower()}' from what it takes in its "
                "sentence: the rows after it are not its list"
            )
    for between in re.finditer(r"\bbetween\s+(.+?)\s+and\s+\S", source, re.IGNORECASE):
        first = " ".join(words(between.group(1)))
        if re.search(rf"\bbetween {re.escape(first)}$", said):
            found.append(f"has 'between {between.group(1)}' without its 'and ...'")
    for what in _WHAT_TO.finditer(source):
        phrase = " ".join(words(what.group(0)))
        if re.search(rf"\b{re.escape(phrase)}$", said):
            found.append(
                f"cuts '{what.group(0)}' from what to do with it (its sentence says "
                f"'{source[what.start() :].split(',')[0].strip()}')"
            )
    return found


_STEP = re.compile(r"^\s*\d{1,2}[.)]\s+")


def _goes_on_after(lead: str, source: str) -> bool:
    """Whether the words of a lead-in go on in its sentence ("... cut to" before "size"), as a
    preposition's do before its object; a particle ending the sentence ("when breathing in")
    leads into nothing."""
    said = " ".join(words(_STEP.sub("", lead)))
    whole = " ".join(words(source))
    at = whole.find(said)
    return at >= 0 and bool(whole[at + len(said) :].strip())


# What makes an action something that may happen or may be done, not something to do.
_CHOICE_MODALS = frozenset({"can", "may", "might", "could", "will", "would"})


def _made_a_choice(row: str, source: str) -> list[str]:
    """A bare verb after "but" with no subject of its own ("You can wash your hair after 2
    days, but keep soap out of your eye") may be an instruction: a row giving it a "can" or
    "may" ("You can keep soap out of your eye.") makes it a choice."""
    source_doc = parse(source)
    told = {
        t.lemma_.lower()
        for t in source_doc
        if t.tag_ == "VB"
        and t.i
        and source_doc[t.i - 1].lower_ == "but"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in t.children)
    }
    found = []
    for verb in (t for t in parse(row) if t.lemma_.lower() in told and t.pos_ == "VERB"):
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _CHOICE_MODALS),
                     None)
        if modal is not None:
            found.append(
                f"makes an instruction a choice ('{modal.lower_} {verb.lower_}'): its sentence "
                f"says 'but {verb.lower_} ...'"
            )
    return found


def _made_an_action(row: str, source: SourceSentence, row_reading, reading) -> list[str]:
    """A row that tells the reader to do what its sentence does not: a thing made an action
    ("Do not ice packs on your skin" from "Do not put heat or ice packs on your skin"), or what
    goes on with a condition made an instruction ("Feel numb around your bottom." from "Call
    999 if you lose control of your bladder, or feel numb around your bottom")."""
    row_doc = parse(row)
    told = [t for t in row_doc if t.dep_ == "ROOT" and t.tag_ == "VB"]
    if not told or row_reading.mood != "instruction":
        return []
    action = told[0]
    source_doc = parse(source.text)
    same = [t for t in source_doc if t.lower_ == action.lower_]
    if same and all(
        t.pos_ in {"NOUN", "PROPN"} and not _takes_a_person(t) and not a_verb_after_an_object(t)
        for t in same
    ):
        return [f"makes '{action.lower_}' an action; in its sentence it is a thing"]
    lemma = action.lemma_.lower()
    main = _instruction_after_conditions(source.text)
    told_here = main is not None and "you" in agents(main).get(lemma, set())
    apart = reason_set_apart(source.text)
    for done in (t for t in source_doc if t.lemma_.lower() == lemma and t.dep_ == "conj"):
        if told_here:
            break  # "..., or your ankles swell, call the nurses": the reader calls
        if apart is not None and apart.joined and done.idx >= apart.end:
            continue  # "..., because they help the blood flow ..., and walk around": the reader's
        # "They let air in and help your child hear": "Help your child hear." tells the reader
        subjects = [c for c in done.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        own = any(c.dep_.startswith("nsubj") for c in done.children)
        if subjects and not own and shares_subject(done) and subjects[0].lower_ != "you":
            if subjects[0].lower_ in _done_to(done):
                continue  # "let them rest ... and keep giving them drinks": not "them" giving
            return [f"tells the reader to '{lemma}', which its sentence says "
                    f"'{subjects[0].text}' do"]
    inside = next((said for t in source_doc if t.lemma_.lower() == lemma
                   and (said := joined_inside_why(source.text, t.idx))), "")
    if not told_here and inside:
        # "Ease the pain." from "Put an ice pack on for 20 minutes to reduce the swelling and
        # ease the pain": what the ice pack is for, never one more thing to do; "Protect your
        # heart from damage." from "Keep taking your tablets, as these help to control your
        # blood pressure and protect your heart from damage": what the tablets do
        return [f"tells the reader to '{lemma}', which its sentence says is {inside}"]
    described = [t for t in source_doc if t.lemma_.lower() == lemma]
    after_a_comma = all(t.tag_ == "VBG" and t.i and source_doc[t.i - 1].text == ","
                        and not _told_with(t) for t in described)
    if described and after_a_comma and reading.mood != "instruction":
        # "You will stay 2 to 3 nights, depending on how quickly you recover": "Depend on ..."
        return [f"tells the reader to '{lemma}', which its sentence only describes"]
    strong = any(word in STRONG_CONDITIONS for word in reading.conditions)
    if reading.condition_span and reading.condition_span[0] > 0 and strong:
        # a condition after the instruction: what follows it with "or" may still be the condition
        after = source.text[reading.condition_span[0] :]
        if re.search(rf"\bor\s+{re.escape(action.lower_)}\b", after, re.IGNORECASE):
            return [f"tells the reader to '{action.lower_}', which may be part of the condition"]
    return []


def _told_with(participle) -> bool:
    """Whether an "-ing" clause goes with an instruction said before it ("Standing, holding on
    with both hands, bend both knees a little, keeping your heels on the floor"): its verb is
    a bare one with no subject and no "will" or "can", which the sentence tells the reader to
    do, though the parser, after the opening "Standing", reads the sentence as no instruction.
    How to do it is part of the instruction ("Keep your heels on the floor."); after "You will
    stay 2 to 3 nights" it only describes."""
    verb = participle.head
    return (
        verb.i < participle.i and verb.tag_ in {"VB", "VBP"} and verb.dep_ == "ROOT"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "expl"} for c in verb.children)
    )


def _done_to(verb, depth: int = 0) -> set[str]:
    """Who or what a verb, and the verbs it goes on into, is done to ("keep giving them
    drinks": them): a subject is never its own object, so "them" of "let them rest and keep
    giving them drinks" is not who keeps giving."""
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "iobj"}:
            found.add(child.lower_)
        elif child.dep_ in {"xcomp", "ccomp"} and child.pos_ == "VERB" and depth < 4:
            found |= _done_to(child, depth + 1)
    return found


# The words the draft opens a part of a sentence with: "This is because ...", "This is about
# 12 cm.", "This means you do not need to ...", "For example, codeine.", "Or call 999."
_DRAFTERS_OPENING = re.compile(r"^(?:This is (?:because |to )?|This means |For example,?\s|Or\s)")
# A blank to fill in, in a row of its own or after its label ("Your nurse: (blank for name).")
_A_BLANK = re.compile(r"\(blank\b[^()]*\)|^blank\b", re.IGNORECASE)


def _said_by_no_sentence(row: str, sources: list[SourceSentence]) -> bool:
    """Whether a row that shares too few words with any sentence to be held to one says what
    the leaflet does not: "Reduce your dose slowly." from "Increase your dose slowly." had
    been checked against nothing, and passed. A row the leaflet says word for word ("Let go
    straight away." of "Squeeze, then let go straight away") or whose every word one sentence
    says ("Keep your knee straight." of "..., keeping your knee straight"), in its own words or
    its plain ones, and a blank to fill in are the leaflet's own."""
    # a space to write in under its label ("Date: (space to write in: 1 line).") is the
    # leaflet's blank: the label is held to the leaflet's words
    row = SPACE_TO_WRITE_SAID.sub("", row)
    if not _content(row) or _A_BLANK.search(row):
        return False
    return not any(_all_said_by(row, source.text) for source in sources)


def _all_said_by(row: str, source: str) -> bool:
    """Whether a sentence says a row's words as written, or every one of them, in its own words
    or its plain ones ("Keep your knee straight." of "..., keeping your knee straight")."""
    said = [word.lower() for word in words(_DRAFTERS_OPENING.sub("", row))]
    for version in dict.fromkeys((source, simplify(source, plain_words()))):
        theirs = [word.lower() for word in words(version)]
        if _said_in(said, theirs) or all(word_forms(word) & set(theirs) for word in said):
            return True
    return False


def _a_blank_cut_from_its_sentence(row: str, sources: list[SourceSentence]) -> bool:
    """Whether a row is only a blank to fill in ("Blank for units.") whose label is no
    sentence of the leaflet's own (a list of blanks to write questions in is one a row): the
    blank stood inside a sentence ("your usual dose of ____ units may need ...")."""
    blank = _LONE_BLANK.match(row.strip())
    if blank is None:
        return False
    label = words(re.sub(r"^\(?blank(?:\s+for)?\b|\)?[.:]?$", "", row.strip(), flags=re.I))
    return not any(words(source.text) == label for source in sources)


def _a_gloss_made_an_instruction(row: str, source: str, row_reading, reading) -> str:
    """What is wrong when a row is only the words in brackets that explain a word of a
    statement ("Come out of its socket." from "your new hip can dislocate (come out of its
    socket) more easily"), read alone as an instruction; else ""."""
    if row_reading.mood != "instruction" or reading.mood == "instruction":
        return ""
    for match in re.finditer(r"(\w+)\s*\(([^()]+)\)", source):
        if words(match.group(2)) == words(row):
            return (
                f"is the words in brackets that explain '{match.group(1)}', made an instruction "
                "of their own"
            )
    return ""


# What ends a clause a "not" before it cannot reach past: a stop, semicolon or colon, and a
# "so" or "but" that opens a clause of its own.
_A_NOT_STOPS_AT = re.compile(r"[.;:!?]|,\s+so\s|,?\s+but\s", re.IGNORECASE)
# A word before a row in its clause that may say "not" to the row's actions.
_NEGATING_BEFORE = re.compile(
    r"\b(?:not|never|no|neither|nor|cannot|without|avoid\w*|stop\w*|refrain\w*)\b|n't\b",
    re.IGNORECASE,
)


def _whole_clause_word_for_word(row: str, source: str) -> bool:
    """Whether a row is its sentence's words as written from where a clause starts, no "not" of
    its clause left before it, so that a "not" its sentence says of the row's actions is in the
    row: "Do not crush, chew or break them." of "swallow them whole; do not crush, chew or
    break them", which the parser read alone as saying to chew. A drafter's "This means" is
    the sentence's "so" ("This means you still need to use contraception." of "This does not
    mean you cannot get pregnant, so you still need to ..."). "Drive yourself home." of "Do not
    drive yourself home but ..." has its clause's "not" before it, so is not."""
    said = words(row)
    if row.startswith("This means "):
        said = words(row[len("This means ") :])
        if not said:
            return False
        so = re.compile(r",?\s+so\s+" + r"\W+".join(map(re.escape, said[:3])), re.IGNORECASE)
        if not so.search(normalise_apostrophes(source)):
            return False
    if not said:
        return False
    text = normalise_apostrophes(source)
    pattern = r"\b" + r"[^\w']+".join(map(re.escape, said)) + r"(?![\w'])"
    for found in re.finditer(pattern, text, re.IGNORECASE):
        breaks = list(_A_NOT_STOPS_AT.finditer(text, 0, found.start()))
        before = text[breaks[-1].end() if breaks else 0 : found.start()]
        if not _NEGATING_BEFORE.search(before):
            return True
    return False


def _said_in(part: list[str], whole: list[str]) -> bool:
    """Whether `part` is a run of `whole`'s words as written: a row cut from its sentence word
    for word cannot have gained a "not" ("... 4 weeks if not." read apart from its heading)."""
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def _takes_a_person(token) -> bool:
    """A word followed by "us" or "them" is done to someone, whatever the tagger says: "If you
    take warfarin, rivaroxaban or apixaban, phone us ..." has "phone" read as one more medicine."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in {"us", "me", "them", "him", "her"}


_STEP_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[A-Za-z])")
# A count of times written with a multiplication sign after it ("4x a day", "repeat 10x"), not
# between two numbers ("8 x 500mg": tablets of a strength)
_COUNT_SIGN = re.compile(r"\b(\d+) ?[x×](?! ?\d)(?=[\s.,;:!?)]|$)")


def units_of(text: str) -> dict[str, set[str]]:
    """Each number of a text with what it counts or measures ("" for none): "take three 2.5 mg
    tablets" -> {"3": {"tablet"}, "2.5": {"mg"}}; "2 to 4 weeks" -> 2 and 4 are weeks. Phone
    numbers and addresses are left out."""
    text = SPELLED_NUMBER.sub(_as_digits, _without_contacts(text))
    text = _STEP_NUMBER.sub("", text)  # "4. When your blood glucose ...": a step, no quantity
    text = _COUNT_SIGN.sub(r"\1 times", text)  # "2x a day" counts times, as the row says it
    found: dict[str, set[str]] = {}
    matches = list(NUMBER.finditer(text))
    for index, match in enumerate(matches):
        found.setdefault(match.group(0), set()).add(_unit_after(text, matches, index))
    return found


def _without_contacts(text: str) -> str:
    for detail in contact_details(text):
        text = text.replace(detail, " ")
    return text


def _unit_after(text: str, matches: list[re.Match], index: int) -> str:
    """The unit after a number; after "2 to" or "one 20,000 unit", the next quantity's."""
    end = matches[index].end()
    following = matches[index + 1] if index + 1 < len(matches) else None
    between = text[end : following.start()] if following else ""
    if following and re.fullmatch(r"\s*(?:to|and|or|-|–)?\s*", between):
        if between.strip():  # "2 to 4 weeks": what the range counts
            return _unit_after(text, matches, index + 1)
        after = _unit_after(text, matches, index + 1)  # "3 2.5 mg tablets": the tablets
        rest = text[following.end() :]
        word = _AFTER_NUMBER.match(rest)
        if after and word:
            later = _AFTER_NUMBER.match(rest[word.end() :])
            return _as_unit(later.group(1)) if later else ""
        return ""
    word = _AFTER_NUMBER.match(text[end:])
    return _as_unit(word.group(1)) if word else ""


def _as_unit(word: str) -> str:
    word = word.lower()
    for candidate in (word, word[:-1] if word.endswith("s") else "", word[:-2]):
        if candidate in _UNITS:
            return {"milligram": "mg", "gram": "g", "millilitre": "ml"}.get(candidate, candidate)
    return ""


def _units_changed(row: str, source: SourceSentence) -> list[str]:
    """A number copied without its unit, or beside another unit: "Take 2.5" or "2.5 g" from
    "2.5 mg" changes the dose."""
    theirs = units_of(source.text)
    problems = []
    for number, units in units_of(row).items():
        wanted = theirs.get(number, set())
        if not wanted or wanted == {""}:
            continue
        if "" in units and "" not in wanted:
            what = f"has {number} without its unit (the source has {_said(number, wanted)})"
            problems.append(what)
        other = units - wanted - {""}
        if other:
            problems.append(
                f"has {number} {'/'.join(sorted(other))}; the source has {_said(number, wanted)}"
            )
    return problems


# A time said with its side: "4 hours after your alendronic acid", "30 minutes before".
_TIME_SIDE = re.compile(
    r"(\d+(?:[.,]\d+)*)\s*(?:[a-z]+\s+){0,2}?(before|after)\b", re.IGNORECASE
)


def _order_changed(row: str, source: SourceSentence) -> list[str]:
    """A time moved to the other side of what it is timed by: "take them at least 4 hours
    before your alendronic acid" had passed against "... 4 hours after ...", its number and unit
    both there and the order the calcium must keep reversed."""
    theirs: dict[str, set[str]] = {}
    for match in _TIME_SIDE.finditer(source.text):
        theirs.setdefault(match.group(1), set()).add(match.group(2).lower())
    problems = []
    for match in _TIME_SIDE.finditer(row):
        number, side = match.group(1), match.group(2).lower()
        wanted = theirs.get(number, set())
        if wanted and side not in wanted:
            problems.append(
                f"says {number} ... {side}; its sentence says {number} ... "
                f"{'/'.join(sorted(wanted))}"
            )
    return problems + _food_side_changed(row, source.text)


# When a medicine is taken beside food or drink: "with food", "after meals", "30 minutes before
# breakfast", "on an empty stomach", "with a full glass of water".
_MEALS = frozenset(
    "food foods meal meals breakfast lunch dinner supper tea snack snacks eat eating eaten ate "
    "stomach".split()
)
_DRINKS = frozenset("water milk drink drinks fluid fluids juice".split())
_BESIDE_FOOD = {"with": "with", "after": "after", "before": "before", "without": "empty",
                "during": "with"}
# words a side may stand apart from its food by: "with or just after your evening meal",
# "before they have eaten", "with a full glass of water"
_FOOD_FILLERS = frozenset(
    "a an the your their his her my our each every any some main evening morning night full "
    "large small light first whole big usual normal glass cup of just straight shortly "
    "immediately right soon or and you they he she we have has had having you've they've "
    "empty on".split()
)
_FOOD_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)?|[^\sa-z\d]", re.IGNORECASE)
_WAIT = re.compile(
    r"(?:half\s+an|\d+(?:[.,]\d+)?|an?|one|two|three|four)\s+(?:mins?|minutes?|hours?)$"
)


def _beside_food(text: str) -> dict[str, dict[str, tuple[str, str | None]]]:
    """For meals and for drinks, each side a text puts the taking on ("with", "after",
    "before", "empty" for an empty stomach) with its words and the wait before it ("30
    minutes" of "30 minutes before breakfast"), else None."""
    tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _FOOD_WORD.finditer(text)]
    found: dict[str, dict[str, tuple[str, str | None]]] = {}
    for index, (word, _, end) in enumerate(tokens):
        kind = "meals" if word in _MEALS else "drinks" if word in _DRINKS else None
        if kind is None:
            continue
        after_word = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if after_word == "of":
            continue  # "a glass of water", "a drink of water": the water says it
        sides, between, first = [], [], None
        for back in range(index - 1, max(-1, index - 9), -1):
            other = tokens[back][0]
            if other in _BESIDE_FOOD:
                sides.append(_BESIDE_FOOD[other])
                first = back
            elif other in _FOOD_FILLERS:
                between.append(other)
            elif (other in _MEALS or other in _DRINKS) and tokens[back + 1][0] == "of":
                continue
            else:
                break
        if word == "stomach":  # "on an empty stomach", not "if it upsets your stomach"
            ons = [back for back in range(max(0, index - 4), index) if tokens[back][0] == "on"]
            empty = "empty" in between and ons
            sides, first = (["empty"], ons[-1]) if empty else ([], None)
        if not sides or first is None:
            continue
        wait = None
        before_side = " ".join(token[0] for token in tokens[max(0, first - 3) : first])
        if match := _WAIT.search(before_side):
            wait = match.group(0)
        words_said = text[tokens[first][1] : end]
        for side in sides:
            found.setdefault(kind, {}).setdefault(side, (words_said, wait))
    return found


def _food_side_changed(row: str, source: str) -> list[str]:
    """A medicine's time beside food said otherwise: "Take them after food." from "Take your
    tablets with food." (an anti-inflammatory that hurts an empty stomach), "before breakfast"
    from "30 minutes before breakfast". A row that says nothing of food is not held to it."""
    theirs = _beside_food(source)
    problems = []
    for kind, sides in _beside_food(row).items():
        wanted = theirs.get(kind)
        if not wanted:
            continue
        for side, (said, wait) in sides.items():
            if side not in wanted:
                others = "', '".join(words for words, _ in wanted.values())
                problems.append(f"says '{said}'; its sentence says '{others}'")
            elif wanted[side][1] and not wait:
                problems.append(
                    f"says '{said}' without the wait; its sentence says "
                    f"'{wanted[side][1]} {wanted[side][0]}'"
                )
    return problems


def _said(number: str, units: set[str]) -> str:
    return " or ".join(f"{number} {unit}" for unit in sorted(units - {""}))


def _doer_changed(row: str, source: SourceSentence) -> list[str]:
    """Who does what: "The nurse will give you the injection" must not become "Give the
    injection" (the reader told to do it) or "You will give the injection"."""
    theirs: dict[str, set[str]] = {}
    # a table cell's sentence after its column's heading ("Food: Do not eat anything."): the
    # heading is no one doing anything
    text = _CELL_LABEL.sub("", source.text)
    # a step's number is no part of its words: after "1. " the plain words left "Contact" as
    # a name's ("1. Contact your GP ... if the swelling gets bigger": only the swelling got)
    text = _STEP.sub("", text)
    after_signs = _instruction_after_conditions(text)
    versions = (text, simplify(text, plain_words()), after_signs, _without_its_reason(text))
    for version in dict.fromkeys(v for v in versions if v):
        found = agents(version)
        for verb, doers in found.items():
            theirs.setdefault(verb, set()).update(doers)
        for verb, main in stray_verbs(parse(version)):  # the main verb's doer does it
            theirs[verb.lemma_.lower()] = set(found.get(main.lemma_.lower(), set()))
    # a second subject said without its verb ("Bleeding happens in 1 in 1,000 tests and a tear
    # in 1 in 3,000"): the row that says it whole gives it the verb
    gapped = {t.lemma_.lower() for t in parse(source.text) if t.pos_ == "NOUN" and t.dep_ == "conj"}
    problems = []
    told: dict[str, set[str]] = {}
    # in its plain words too: "contact your GP" is "get in touch with your GP" in the row
    for version in dict.fromkeys((after_signs, simplify(after_signs, plain_words())) if after_signs
                                 else ()):
        for verb, doers in agents(version).items():
            told.setdefault(verb, set()).update(doers)
    for verb, doers in agents(row).items():
        if "you" in told.get(verb, set()) and doers == {"you"}:
            continue  # the instruction after the signs, as the source tells it
        wanted = theirs.get(verb, set())
        if wanted:
            wanted = wanted | gapped
        if wanted and not doers & wanted:
            said = " or ".join(sorted(wanted))
            done_by = "the reader" if doers == {"you"} else " or ".join(sorted(doers))
            problems.append(f"says {done_by} will '{verb}'; the source says {said} does")
    return problems


def _without_its_reason(text: str) -> str | None:
    """The sentence read without the reason set apart in it (drafter's `reason_set_apart`), or
    None: "..., as this helps your body to recover, sleep, and heal, and ask someone to stay
    with you" is read with "ask" the body's; without the reason, the reader asks."""
    apart = reason_set_apart(text)
    if apart is None:
        return None
    return f"{text[: apart.start]}, {apart.joined} {text[apart.end :]}".replace(" , ", ", ")


def _instruction_after_conditions(text: str) -> str | None:
    """The instruction a sentence gives after the signs it opens with ("If your weight goes up
    ..., or your ankles swell, call the Heart Failure Nurses ...": "call the Heart Failure
    Nurses ..."), which the parser may join to the last sign as if the ankles called; else
    None."""
    if not re.match(r"(?:if|when|whenever|unless)\b", text.strip(), re.IGNORECASE):
        return None
    for comma in reversed([m.end() for m in re.finditer(r",\s+", text)]):
        rest = text[comma:]
        first = parse(rest)
        if len(first) and first[0].tag_ == "VB" and read(rest).mood == "instruction":
            return rest
    return None


def _label_and_value(index: int, rows: list[str], source: str) -> bool:
    """Whether the row and the one above or below it are a cell's label ("When to call the
    24-hour hotline:") and its value, the two together its sentence word for word."""
    whole = [w.lower() for w in words(source)]
    said = " ".join(source.split()).lower()

    def a_label(row: str) -> bool:
        # the sentence says it with its colon: "If you have diarrhoea, the contraceptive pill
        # may not work:" is no label of "..., so use condoms ...", whose words it shares
        return row.rstrip().endswith(":") and " ".join(row.split()).lower() in said

    pairs = []
    if index and a_label(rows[index - 1]):
        pairs.append(f"{rows[index - 1]} {rows[index]}")
    if index + 1 < len(rows) and a_label(rows[index]):
        pairs.append(f"{rows[index]} {rows[index + 1]}")
    return any([w.lower() for w in words(pair)] == whole for pair in pairs)


def _with_lead_in(index: int, rows: list[str]) -> str:
    """A row read with the lead-in it follows ("If the cast cracks:"): rows that say the same
    thing after different conditions ("Come back to the clinic straight away.") come from
    different sentences, and only the lead-in tells which."""
    lead = rows[index - 1].rstrip() if index else ""
    if lead.endswith(":") and STRONG_CONDITION_IN.search(lead):
        return f"{lead} {rows[index]}"
    return rows[index]


def _separated(index: int, rows: list[str], matched: list, source_reading) -> str:
    """What is wrong when a row from a sentence with a strong condition carries neither the
    condition nor follows its whole lead-in among the rows from the same sentence; else ""."""
    conditions = [w for w in source_reading.conditions if w in STRONG_CONDITIONS]
    if not conditions:
        return ""
    cut_off = f"is cut off from its condition ('{conditions[0]} ...')"
    if STRONG_CONDITION_IN.search(rows[index]) and not rows[index].rstrip().endswith(":"):
        return _another_condition_left_out(
            _with_lead_in(index, rows), matched[index].text, source_reading
        )
    if STRONG_CONDITION_IN.search(rows[index]) or _only_examples(rows[index], matched[index].text):
        return ""
    if _leads_into_its_condition(index, rows, matched):
        return ""
    if _only_when(rows[index]) or _STRENGTH_ROW.match(rows[index]):
        return ""  # (what each tablet holds is so whatever the condition)
    if _reason_after_its_condition(index, rows, matched):
        return ""
    source = matched[index].text
    if (apart := sentences_in_brackets(source)) is not None and any(
        not _content(rows[index]) - _content(part)
        for part in apart
        if not STRONG_CONDITION_IN.search(part)
    ):
        # "A low-fibre diet is also called a low-residue diet." from brackets that go on "Do
        # not follow it ... unless your doctor tells you to": the bracket's sentences are their
        # own, and the condition governs only the one it is in
        return ""
    if (joint := _AND_THEN_A_CONDITION.search(source)) is not None and not (
        STRONG_CONDITION_IN.search(source[: joint.start()])
    ) and not _content(rows[index]) - _content(source[: joint.start()]):
        # "Rest for 2 hours." from "Rest for 2 hours, and if you feel fewer than 10 movements,
        # ring ...": the condition put before its own instruction governs nothing before it
        return ""
    if re.search(r"\bonly\b", rows[index], re.IGNORECASE) and _only_restricts(
        source, source_reading
    ):
        # "We only give a transfusion." under "If the Hb is below 70 g/L:": "only if" said as
        # a rule of its own
        return (
            f"says 'only' without the condition it restricts ('only ... {conditions[0]} ...' in "
            "its sentence)"
        )
    source_words = _content(matched[index].text)
    before = index - 1
    while before >= 0 and (
        matched[before] == matched[index]
        or (matched[before] is not None and matched[before].explains)
        or len(_content(rows[before]) & source_words) * 2 >= len(_content(rows[before]))
    ):
        lead = rows[before].rstrip()
        # a lead-in: "If your knee becomes hot:", or the question the trust's offer starts with
        if lead.endswith("?"):
            return ""
        if _CONDITIONS_FOLLOW.search(lead):
            return _one_of_the_conditions(rows[index], lead, matched[index].text)
        if lead.endswith(":") and STRONG_CONDITION_IN.search(lead):
            # (its words as written too: the tagger reads "to swallow:" in a lead-in otherwise)
            said = _content(lead) | {w.lower() for w in words(lead)}
            # a word read in another form is still said: the condition read alone made
            # "unusual bleeding or bruising" a verb's "bruise", the lead-in a noun's "bruising"
            missing = {
                word for word in _condition_words(source_reading, matched[index].text) - said
                if not word_forms(word) & said
            }
            if missing:
                # "If you think your baby is moving less:" above "If you feel fewer than 10
                # movements in that time:": a lead-in of the same sentence further up says the
                # rest of its condition
                for above in range(before - 1, -1, -1):
                    if matched[above] != matched[index]:
                        break
                    said_above = rows[above].rstrip()
                    if said_above.endswith(":") and STRONG_CONDITION_IN.search(said_above):
                        above_words = _content(said_above) | {
                            w.lower() for w in words(said_above)}
                        missing = {word for word in missing
                                   if word not in above_words
                                   and not word_forms(word) & above_words}
            if missing:
                left_out = ", ".join(sorted(missing))
                return f"follows only part of its condition ('{lead}' leaves out {left_out})"
            if (governed := _governed_clause_start(source, source_reading)) is not None:
                # "If you call before 3pm:" over "Leave a message and we will call you back":
                # the condition governs only the calling back
                ungoverned = _content(source[:governed]) - _content(source[governed:])
                if _content(rows[index]) & ungoverned:
                    return (
                        f"follows '{lead}', but in its sentence the condition governs only "
                        f"'{source[governed : _strong_span(source_reading)[0]].strip()}'"
                    )
            if (last := _last_joined_action(source, source_reading)) is not None:
                # "7. Switch off the compressor and rinse your mouth with water if you have
                # used a steroid medicine": "Switch off the compressor." under "If you have used
                # a steroid medicine:" widens the condition to an action it may not govern
                begin = _strong_span(source_reading)[0]
                ungoverned = _content(source[:last]) - _content(source[last:])
                if _content(rows[index]) & ungoverned:
                    return (
                        f"follows '{lead}', but in its sentence the condition may govern only "
                        f"'{source[last:begin].strip(' ,')}'"
                    )
            if (alternative := _alternative_start(source, source_reading)) is not None:
                # "Call the clinic straight away." under "If the clinic is closed:": in "X, or
                # Y if Z" the condition is the alternative's alone
                # (by its words as written: "straight away" is no noun or verb)
                begin = _strong_span(source_reading)[0]
                first = {w.lower() for w in words(source[:alternative])} - {"or"}
                chosen = {w.lower() for w in words(source[alternative:begin])}
                said = {w.lower() for w in words(rows[index])}
                if chosen - first and not said & (chosen - first) and said & (first - chosen):
                    return (
                        f"follows '{lead}', but in its sentence the condition governs only "
                        f"'{source[alternative:begin].strip(' ,')}'"
                    )
            return ""
        before -= 1
    if (alternative := _alternative_start(source, source_reading)) is not None:
        # "Call the clinic straight away." from "..., or call 111 if the clinic is closed": the
        # first choice has no condition
        first = {w.lower() for w in words(source[:alternative])} - {"or"}
        said = {w.lower() for w in words(rows[index])}
        if said & first and not said - first - {"or"}:
            return ""
    if _about_the_consequence(rows[index], source_reading, matched[index].text):
        return cut_off
    return ""


# ", and" before a condition that opens the instruction it governs (", and if you feel ..., ring")
_AND_THEN_A_CONDITION = re.compile(r",\s+and\s+(?:if|when)\s+[^,]+,\s+", re.IGNORECASE)


def _reason_after_its_condition(index: int, rows: list[str], matched: list) -> bool:
    """Whether the row is the reason said inside its sentence's condition, said after the rows
    of that sentence, one of which says the condition ("This may be a side effect of your
    medicine." after "If you feel dizzy or faint, sit down ..." from "If you feel dizzy or
    faint, as this may be a side effect of your medicine, sit down ...", drafter's
    `reason_set_apart`): it says why of the condition above it, never cut off from it."""
    apart = reason_set_apart(matched[index].text)
    if apart is None or apart.joined or words(rows[index]) != words(apart.said):
        return False
    return any(
        matched[before] is matched[index] and STRONG_CONDITION_IN.search(rows[before])
        for before in range(index)
    )


def _leads_into_its_condition(index: int, rows: list[str], matched: list) -> bool:
    """ "To protect your wound:" over "Try not to have a bath until your wound has healed.": a
    lead-in is read with the row it leads into, and where that row, from the same sentence, says
    the condition, the lead-in is not cut off from it (the row is held to the whole condition
    itself). Over a row without it, the lead-in is named with it."""
    following = index + 1
    return (
        rows[index].rstrip().endswith(":")
        and following < len(rows)
        and matched[following] is matched[index]
        and STRONG_CONDITION_IN.search(rows[following]) is not None
    )


def _another_condition_left_out(row: str, source: str, source_reading) -> str:
    """What is wrong when a row says one condition of its sentence and leaves out another:
    "Do not let your child stand up or walk, even if they seem better." from "..., even if they
    seem better, unless they are having trouble breathing" had passed on its "if", the
    exception lost. A condition is said by its word or by its own words; else "". (A lead-in
    says only its own: the rows after it carry the rest.)"""
    said = _content(row)
    for word, (begin, end) in zip(
        source_reading.conditions, source_reading.condition_spans, strict=False
    ):
        if word not in STRONG_CONDITIONS or re.search(rf"\b{word}\b", row, re.IGNORECASE):
            continue
        own = _content(source[begin:end]) - _content(f"{source[:begin]} {source[end:]}")
        if own and not own & said:
            return f"is cut off from its condition ('{word} ...')"
    return ""


def _action_run_into_a_reason(index: int, rows: list[str], source: str) -> str:
    """What is wrong with a row drafted around a reason set apart in its sentence (drafter's
    `reason_set_apart`), else "": the reader's next action said on the reason's row ("They help
    the blood flow and lower the risk of clots, and walk around as much as you can.", read as
    what they do), the reason made a lead-in ("as this can be a sign of infection:" under "If
    your wound becomes red:"), or the action opening with its "or" under the row the reason
    ends ("Or call the ward" under "... who can check your wound and change your dressing.",
    read as one more thing the nurse can do)."""
    apart = reason_set_apart(source)
    if apart is None:
        return ""
    row = rows[index].strip()
    said, why = words(row), words(source[apart.start : apart.close])
    action, before = words(source[apart.end :]), words(source[: apart.start])
    reason = source[apart.start : apart.close].strip(" ,")
    if row.endswith(":") and said and _said_in(said, why):
        return (f"is a lead-in that says why ('{reason}'), no condition: the rows after it are "
                "read as what to do about it, and its sentence says it of the condition")
    if not apart.joined or len(action) < 2 or len(why) < 3:
        return ""
    if _said_in(why[-2:], said) and _said_in(action[:2], said) and not _said_in(before[-2:], said):
        return (f"says the reader's next action ('{' '.join(action[:2])} ...') on the row of "
                f"the reason before it ('{reason}'): it is read as part of why, not as a thing "
                "to do")
    above = words(rows[index - 1]) if index else []
    if said[: len(action[:2]) + 1] == [apart.joined, *action[:2]] and above[-2:] == why[-2:]:
        return (f"opens with '{apart.joined}' under the row that ends in '{reason}': "
                f"'{action[0]}' is read as one more thing said there, not as the reader's")
    return ""


def _or_lost_from_a_list(row: str, source: str) -> str:
    """What is wrong when a row ends a list with a bare comma where its sentence goes on with
    "or": "You pass a lot of blood, have severe tummy pain." from "Call us if you pass a lot of
    blood, have severe tummy pain, or have a high temperature" reads as both needed, where
    either is enough; else ""."""
    body = row.strip().rstrip(".:!")
    if ", " not in body:
        return ""
    before, last = body.rsplit(", ", 1)
    if not before.split() or re.search(r"\b(?:or|and)\b", last, re.IGNORECASE):
        return ""
    joined = " ".join(before.split()[-2:]) + ", " + last
    if not re.search(re.escape(joined) + r",?\s+or\b", source, re.IGNORECASE):
        return ""
    return (f"joins '{joined}' with a bare comma where its sentence says 'or': read as one row, "
            "they seem all needed")


def _one_of_joined_conditions(row: str, source: str) -> str:
    """What is wrong when a row from one condition of a list ("feel confused or drowsy and have
    a temperature of 38°C or above", under "Call 999 if you:") says one side of its "and"
    without the other: "Have a temperature of 38°C or above." alone is no emergency; else ""."""
    said = _content(row)
    for joint in re.finditer(r",?\s+and\s+", source):
        if _inside_brackets(source, joint.start()):
            continue
        before, after = _content(source[: joint.start()]), _content(source[joint.end() :])
        first, second = before - after, after - before
        for have, lack in ((first, second), (second, first)):
            if have & said and lack and not lack & said:
                return (
                    "is one part of conditions joined by 'and' without the other "
                    f"('{source.strip()}' is one sign)"
                )
    return ""


# The row the drafter writes for a dose's strength: "Each tablet is 2.5 mg."
_STRENGTH_ROW = re.compile(r"Each \w+ is (?:\*\*)?[\d.,]+ ?[a-zµ]+(?:\*\*)?\.?$", re.IGNORECASE)


_EACH_STRENGTH = re.compile(
    r"Each (\w+) is (?:\*\*)?([\d.,]+ ?[a-zµ]+)(?:\*\*)?\.?$", re.IGNORECASE
)


def _only_when(row: str) -> bool:
    """A lead-in that only says when ("For the first 6 weeks after your operation:"): it does
    nothing, so no condition is cut off from it; the rows it leads into carry their own."""
    said = read(row)
    return row.rstrip().endswith(":") and not (said.positive | said.negated)


def _only_examples(row: str, source: str) -> bool:
    """A row that only gives the examples its sentence gives ("For example, loperamide or
    codeine." from "..., such as loperamide or codeine, unless ..."): nothing in it can be done
    without the sentence's condition."""
    if not gives_examples(row):
        return False
    given = set().union(*(_content(m.group(1)) for m in _EXAMPLES_IN.finditer(source)))
    return bool(given) and _content(row) - {"example"} <= given


def _one_of_the_conditions(row: str, lead: str, source: str) -> str:
    """A row after a lead-in such as "Call the team if:" must be one of the source's conditions
    (its words all from after the first "if"), never an instruction of its own; else what is
    wrong."""
    found = STRONG_CONDITION_IN.search(source)
    conditions = _content(source[found.start() :]) if found else set()
    if _content(row) <= conditions:
        return ""
    return f"follows '{lead}' but is not one of its conditions"


def _condition_words(source_reading, source: str) -> set[str]:
    if source_reading.condition_span is None:
        return set()
    begin, end = source_reading.condition_span
    return _content(source[begin:end])


_CELL_LABEL = re.compile(r"^(?:[A-Z][\w'’()/ -]{0,40}:\s+)+(?=[A-Z])")
# A clause a condition at its end governs alone: after "but" or ", so" (not "so that"), or one
# going on in "-ing" after a comma ("Stand on your injured leg, holding a chair for support if
# you need it"), as the draft reads them.
_OWN_CLAUSE = re.compile(r",?\s+but\s+|,\s+so\s+(?!that\b)|,\s+(?=[a-z]+ing\b)", re.IGNORECASE)


def _strong_span(reading) -> tuple[int, int] | None:
    """Where the first "if", "unless" or "until" clause is: a row is cut off from that one, not
    from a time before it ("Only let go after the full 10 minutes; if it is still bleeding,
    ..." has its "if" after the semicolon)."""
    for word, span in zip(reading.conditions, reading.condition_spans, strict=False):
        if word in STRONG_CONDITIONS:
            return span
    return reading.condition_span


def _governed_clause_start(source: str, source_reading) -> int | None:
    """Where the clause starts that a condition ending the sentence governs alone, when that
    clause has its own subject after "and" and the parser hangs the condition on it ("Leave a
    message and we will call you back the same day if you call before 3pm": "we will call you
    back"); else None."""
    span = _strong_span(source_reading)
    if span is None or not span[0]:
        return None
    begin = span[0]
    own = [point for point in _own_clause_points(source) if point[1] <= begin]
    governor = _condition_governor(source, begin)
    if not own or governor is None or governor.idx < own[-1][1]:
        return None
    return own[-1][1]


def _own_instruction_start(source: str, begin: int) -> int | None:
    """Where the instruction of its own starts (`grammar.instruction_parts`) whose verb the
    condition starting at `begin` hangs on ("Do not take more than 8 tablets in 24 hours, and
    leave at least 4 hours between each dose, even if you are still in pain": "leave ..."), when
    the sentence has more than one; else None."""
    parts = instruction_parts(source)
    for start, end in parts[1:]:
        if not start <= begin < end:
            continue
        word = next((token for token in parse(source)
                     if token.idx >= begin and token.lower_ in STRONG_CONDITIONS), None)
        if word is None:
            return None
        governor = word.head.head if word.dep_ == "mark" else word.head
        return start if governor.idx >= start else None
    return None


def _last_joined_action(source: str, source_reading) -> int | None:
    """Where the last of the actions joined by "and" (or a comma) starts when a condition ends
    the sentence after them ("Switch off the compressor and rinse your mouth with water if you
    have used a steroid medicine": "rinse"), as the draft reads them; else None."""
    span = _strong_span(source_reading)
    if span is None or not span[0] or source[span[1] :].strip(" .!,"):
        return None
    return action_joined_before(source, span[0], plain_words())


def _alternative_start(source: str, source_reading) -> int | None:
    """Where the alternative starts when a condition ends "X, or Y if Z" ("call 111" in "Call
    the clinic straight away, or call 111 if the clinic is closed"); else None."""
    span = _strong_span(source_reading)
    if span is None or not span[0] or source[span[1] :].strip(" .!,"):
        return None
    return alternative_before(source, span[0], plain_words())


def _only_restricts(source: str, source_reading) -> bool:
    """Whether an "only" before a condition, in its clause, says what the condition restricts
    ("We only give a transfusion if the Hb is below 70 g/L")."""
    span = _strong_span(source_reading)
    if span is None:
        return False
    begin = span[0]
    start = max((m.end() for m in hard_breaks(source) if m.end() <= begin), default=0)
    return re.search(r"\bonly\b", source[start:begin], re.IGNORECASE) is not None


def _own_action_after_a_reason(source: str, begin: int) -> list[int]:
    """Where the reader's action after a reason set apart with ", and" starts, when the
    condition at `begin` comes after it ("Do not drink alcohol for 24 hours, because it can
    make you drowsy, and do not drive until the next day": "do not drive"): the drafter says
    that action as a row of its own (`reason_set_apart`), and a condition after it does not
    reach back over the reason to the action before it; else none."""
    apart = reason_set_apart(source)
    if apart is None or apart.joined != "and" or apart.end > begin:
        return []
    return [apart.end]


def _about_the_consequence(row: str, source_reading, source: str) -> bool:
    """A row that only restates the condition's own clause is not cut off from it."""
    span = _strong_span(source_reading)
    if span is None:
        return True
    begin, end = span
    # no condition reaches back over a semicolon, a dash or a clause's colon, nor out of its
    # own clause ("You can have sex with the ring in place, but remove it first if ...")
    governed = _governed_clause_start(source, source_reading)
    breaks = sorted(
        [match.end() for match in hard_breaks(source) if match.end() <= begin]
        + [match.end() for match in _OWN_CLAUSE.finditer(source) if match.end() <= begin]
        + ([governed] if governed is not None else [])
        + ([own] if (own := _own_instruction_start(source, begin)) is not None else [])
        + _own_action_after_a_reason(source, begin)
        + _reason_holding(source, begin)
    )
    start = breaks[-1] if breaks else 0
    if breaks and not _content(row) - _content(source[: breaks[-1]]):
        return False
    # nor forward over a semicolon or a dash after it ("Codeine 30-60mg every 6 hours if
    # needed - it can cause constipation")
    stop = min((m.start() for m in hard_breaks(source) if m.start() >= end), default=len(source))
    # nor into a reason said after it: "Call the ward if you have been sick twice, since you
    # may need fluids" gives why to call, whatever the condition ("This is because ...")
    if (reason := _reason_after(source, end)) is not None and not source[end:reason].strip(" ,"):
        stop = min(stop, reason)
    outside = source[start:begin] + " " + source[end:stop]
    if not _content(row):
        # "Take it." from "Only take it if you are in pain": no word the parser counts, so its
        # words as written
        return bool({w.lower() for w in words(row)} & {w.lower() for w in words(outside)})
    return bool(_content(row) & _content(outside))


def _reason_holding(source: str, begin: int) -> list[int]:
    """Where the reason a condition at `begin` is said inside starts, in a list: "Do not drive
    for 24 hours, because the sedation can slow down your reactions if you have had it" says
    the if of the slowing, and no condition reaches back out of its reason to the ban. Only with
    no comma between the reason's word and the condition: after the reason's own comma ("...,
    because your reactions may be slow, if you have had sedation") it may be the ban's."""
    reason = _reason_after(source, 0)
    if reason is None or reason >= begin or "," in source[reason + 1 : begin]:
        return []
    if any(reason < match.end() <= begin for match in hard_breaks(source)):
        return []
    return [reason + 1]


# ---- limits and comparisons ----------------------------------------------------------------
# A limit says how much is allowed: "at least 2 litres", "no more than 8 tablets", "only with
# food". A row may say it in other words ("Never take more than 3" is "Take no more than 3"),
# never drop it or turn it round ("more than 3" is not "no more than 3").
AT_LEAST, AT_MOST, MORE, LESS, ONLY, WITHIN = (
    "at least", "no more than", "more than", "less than", "only", "within"
)
# the words of each limit said before what it limits, longest first; those that need a number
# after them ("over 65", "up to 4") are limits only then ("over the sink", "up to you")
_LIMIT_WORDS: list[tuple[str, str, bool]] = [  # (pattern, kind, needs a number)
    (r"at\s+the\s+very\s+least|at\s+least|an?\s+minimum\s+of|minimum\s+of", AT_LEAST, False),
    (r"(?:no|not|never)\s+(?:less|fewer|lower|shorter)\s+than|not\s+(?:under|below)", AT_LEAST,
     False),
    (r"at\s+the\s+(?:very\s+)?most|at\s+most|(?:no|not|never)\s+(?:more|longer|higher|greater)"
     r"\s+than|an?\s+maximum\s+of|maximum\s+of|not\s+(?:over|above|exceeding)", AT_MOST, False),
    # "up to 6 hours before your operation" is "until 6 hours before"
    (r"up\s+to|until|till", AT_MOST, True),
    (r"more\s+than|greater\s+than|higher\s+than|longer\s+than|exceeding", MORE, False),
    (r"over|above", MORE, True),
    (r"less\s+than|fewer\s+than|lower\s+than|shorter\s+than", LESS, False),
    (r"under|below", LESS, True),
    (r"only", ONLY, False),
    (r"within", WITHIN, False),
]
_LIMIT = re.compile(
    "|".join(rf"(?P<k{n}>\b(?:{pattern})\b)" for n, (pattern, _, _) in enumerate(_LIMIT_WORDS)),
    re.IGNORECASE,
)
# what a limit said before it limits: a number ("at least 2"), after "a", "about" or a unit's
# sign ("over £50")
_LIMITED_NUMBER = re.compile(r"\s+(?:(?:a|an|the|about|around)\s+)?[£$]?(" + NUMBER.pattern + ")")
# a limit said after its number: "38°C or above", "14 units or less", "65 and over"
_LIMIT_AFTER = re.compile(
    r"(" + NUMBER.pattern + r")\s?(?:(?!(?:or|and|if|but|to|then)\b)[^\W\d_]+\s+|%\s*|°[CF]?\s*)"
    r"{0,5}?"
    r"(?:or\s+(?P<side>more|above|over|higher|greater|longer|less|fewer|below|under|lower|"
    r"shorter)|and\s+(?P<and_side>over|above|under|below))\b",
    re.IGNORECASE,
)
# where a "not" before a limit stops reaching it: "Do not drive if your sugar is above 15"
_CLAUSE_BREAK = re.compile(
    r"[,;:!?()–]|\.(?!\d)|\b(?:if|unless|until|when|whenever|while|because|but|so)\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)
_FLIPPED = {MORE: AT_MOST, LESS: AT_LEAST}


@dataclass(frozen=True)
class Limit:
    kind: str
    number: str | None  # the number it limits, else None ("only with food")
    start: int
    end: int  # where its words end (and its number's, when it has one)
    # whether a "not" before it in its clause made it the limit it is: "Never take more than
    # 3" is at most 3
    by_a_not: bool = False
    clause: int = 0  # where its clause starts


def _as_quantities(text: str) -> str:
    """A text's numbers as digits, without its phone numbers and addresses (no quantities)."""
    return SPELLED_NUMBER.sub(_as_digits, _without_contacts(text))


def limits_in(text: str) -> list[Limit]:
    """Each limit a text sets, by its kind: "Do not take more than 8 tablets" and "Take no
    more than 8 tablets" both set at most 8; "2 litres or more" and "at least 2 litres" both
    at least 2. Where each is, in `_as_quantities(text)`."""
    text = _as_quantities(text)
    found = []
    for match in _LIMIT.finditer(text):
        index = int(match.lastgroup[1:])
        _, kind, needs_number = _LIMIT_WORDS[index]
        number = _LIMITED_NUMBER.match(text, match.end())
        if needs_number and number is None:
            continue
        clause = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
        flipped = kind in _FLIPPED and _NOT.search(text, clause, match.start()) is not None
        found.append(
            Limit(
                _FLIPPED[kind] if flipped else kind,
                number.group(1) if number else None,
                match.start(),
                number.end() if number else match.end(),
                flipped,
                clause,
            )
        )
    for match in _LIMIT_AFTER.finditer(text):
        side = (match.group("side") or match.group("and_side")).lower()
        kind = AT_LEAST if side in {"more", "above", "over", "higher", "greater", "longer"} else (
            AT_MOST
        )
        found.append(Limit(kind, match.group(1), match.start(), match.end()))
    return found


def _limit_kinds(text: str) -> dict[str, dict[str | None, str]]:
    """Each number of a text with the kinds of limit it is said with (None: said bare), each
    with its words as written ("up to 6")."""
    text = _as_quantities(text)
    limits = limits_in(text)
    kinds: dict[str, dict[str | None, str]] = {}
    for match in NUMBER.finditer(text):
        number = match.group(0)
        own = {
            limit.kind: " ".join(text[limit.start : limit.end].split())
            for limit in limits
            if limit.number == number and limit.start <= match.start() < limit.end
        }
        kinds.setdefault(number, {}).update(own or {None: number})
    return kinds


def _said_limit(kind: str | None, words_said: str) -> str:
    if kind is None:
        return f"'{words_said}' with no limit"
    if words_said.lower().startswith(kind):
        return f"'{words_said}'"
    return f"'{words_said}' ({kind})"


def _as_if(said: list[str]) -> list[str]:
    """Words with 'when' and 'whenever' said as 'if': "Take it when you are in pain." from
    "Only take it if you are in pain." keeps the condition and loses only its "only"."""
    return ["if" if word.lower() in {"when", "whenever"} else word for word in said]


def _limits_changed(row: str, source: str) -> list[str]:
    """A limit dropped or turned round: "Drink 2 litres of fluid a day" from "Drink at least 2
    litres ...", "Take more than 3 doses" from "Never take more than 3 doses", "Children should
    not take it" from "Children under 12 should not take it". A limit in other words is the
    same limit."""
    problems = []
    theirs = _limit_kinds(source)
    for number, kinds in _limit_kinds(row).items():
        wanted = theirs.get(number)
        if not wanted or kinds.keys() <= wanted.keys():
            continue
        for kind in sorted(kinds.keys() - wanted.keys(), key=str):
            said = " or ".join(_said_limit(k, wanted[k]) for k in sorted(wanted, key=str))
            what = "drops its limit" if kind is None else "changes its limit"
            problems.append(
                f"{what}: says {_said_limit(kind, kinds[kind])}; its sentence says {said}"
            )
    said = _as_if(words(_STEP.sub("", row)))
    row_kinds = {limit.kind for limit in limits_in(row)}
    plain = _as_quantities(source)
    for limit in limits_in(source):
        if limit.kind in row_kinds or limit.number in numbers_in(_as_quantities(row)):
            continue  # (a number said in the row is held above)
        before = _as_if(words(plain[: limit.start])[-2:])
        after = _as_if(words(plain[limit.end :])[:2])
        if limit.number:
            after = _after_its_unit(plain[limit.end :])
        if not after:
            continue
        if before and len(before + after) >= 3 and _said_in(before + after, said):
            # the limit's words cut out from between the words either side of it
            problems.append(
                f"drops the limit '{plain[limit.start : limit.end].strip()}' its sentence sets"
            )
        elif not before and said[: len(after) + 1] == _as_if(
            words(plain[limit.end :])[: len(after) + 1]
        ):
            # "Take this medicine with food." from "Only take this medicine with food."
            said_limit = plain[limit.start : limit.end].strip()
            problems.append(f"drops the limit '{said_limit}' its sentence opens with")
    return problems


def _after_its_unit(text: str) -> list[str]:
    """The two words after a limited number's unit ("under 12 [years] should not")."""
    following = words(text)
    if following and _as_unit(following[0]):
        following = following[1:]
    return following[:2]


# Words that say the opposite of each other: a row that says one where its sentence says only
# the other has turned a comparison round ("Eat less fruit" from "Eat more fruit").
_OPPOSITES: list[tuple[frozenset[str], frozenset[str]]] = [
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        ("more", "less fewer"),
        ("higher", "lower"),
        ("heavier", "lighter"),
        ("increase increases increased increasing", "reduce reduces reduced reducing decrease "
         "decreases decreased decreasing"),
        ("warmer hotter", "cooler colder"),
        ("longer", "shorter"),
        ("bigger larger", "smaller"),
        ("faster quicker", "slower"),
        ("earlier", "later"),
        ("above", "below"),
        ("before", "after"),
        ("better", "worse"),
        ("stronger", "weaker"),
        ("maximum", "minimum"),
        ("most", "least"),
    )
]


def _comparison_reversed(row: str, source: str) -> list[str]:
    """A comparison turned round: "heavier" said "lighter", "increase" said "reduce", "before"
    said "after" (the row has the one word, its sentence only the other). A limit's words are
    held as a limit (`_limits_changed`): "14 units or less" is "no more than 14 units"."""
    said = set(words(_without_limits(row)))
    theirs = set(words(_without_limits(source))) | set(
        words(_without_limits(simplify(source, plain_words())))
    )
    problems = []
    for one, other in _OPPOSITES:
        for have, lack in ((one, other), (other, one)):
            if said & lack and not theirs & lack and theirs & have:
                problems.append(
                    f"says '{'/'.join(sorted(said & lack))}'; its sentence says "
                    f"'{'/'.join(sorted(theirs & have))}'"
                )
    return problems


def _not_said_by_a_limit(said_not: str, said_limit: str) -> set[str]:
    """The actions whose "not" in `said_not` is a limit `said_limit` sets in other words:
    "Never take more than 3 doses" is "Take no more than 3 doses", its "not" the limit's."""
    text = _as_quantities(said_not)
    others = [limit for limit in limits_in(said_limit) if not limit.by_a_not]
    actions: set[str] = set()
    for limit in limits_in(said_not):
        if limit.by_a_not and any(
            (other.kind, other.number) == (limit.kind, limit.number) for other in others
        ):
            actions |= {t.lemma_.lower() for t in parse(text[limit.clause : limit.start])}
    return actions


def _without_limits(text: str) -> str:
    text = _as_quantities(text)
    kept, position = [], 0
    for limit in sorted(limits_in(text), key=lambda limit: limit.start):
        kept.append(text[position : max(position, limit.start)])
        position = max(position, limit.end)
    return " ".join([*kept, text[position:]])


# How often or when in the day: "every day", "twice a week", "daily", "at night".
_FREQUENCY = re.compile(
    r"\b(?:(?P<count>once|twice|\d+\s+times|every\s+other|every\s+\d+|each|every)\s+"
    r"(?:(?:a|an|per|each|every)\s+)?|(?:a|per)\s+)"
    r"(?P<period>day|morning|evening|night|week|fortnight|month|year|hour|meal)s?\b"
    r"|\b(?P<every>daily|weekly|monthly|nightly)\b"
    r"|\b(?P<part>at\s+night|in\s+the\s+(?:morning|evening))\b",
    re.IGNORECASE,
)
_EVERY = {"daily": "day", "weekly": "week", "monthly": "month", "nightly": "night"}
_EXAMPLES_START = re.compile(
    r"\b(?:such as|for example|for instance|e\.g\.|including|like)\b", re.IGNORECASE
)


def _how_often(text: str) -> list[tuple[str, int, int]]:
    """(what it says, where) for each "how often" of a text, said one way: "every day", "each
    day", "a day" and "daily" are all "day"; "once a day" is "day", "twice a day" is not."""
    found = []
    for match in _FREQUENCY.finditer(text):
        if match.group("every"):
            key = _EVERY[match.group("every").lower()]
        elif match.group("part"):
            key = " ".join(match.group("part").lower().split())
        else:
            count = " ".join((match.group("count") or "").lower().split())
            count = "" if count in {"", "once", "each", "every"} else count
            key = f"{count} {match.group('period').lower()}".strip()
        found.append((key, match.start(), match.end()))
    return found


# When or where an instruction is done, said after its examples: "after you wash", "before
# bed", "on your skin".
_WHEN_OR_WHERE = re.compile(
    r"\b(?:(?:after|before|until|while|when|once)\s+(?:you|your|they|the|a|each|every|bed|"
    r"meals?|food|\d)|(?:on|onto|into|over)\s+your)\b(?:\s+[\w-]+)?",
    re.IGNORECASE,
)


def _instruction_held_by_examples(row: str, source: str) -> str:
    """The "how often", "when" or "where" an examples row says ("For example, aqueous cream or
    E45 on your skin twice a day after you wash." from "Use a moisturiser such as aqueous cream
    or E45 on your skin twice a day after you wash"): examples name things; these are the
    instruction's, so its row lacks them and theirs says them of the things; else ""."""
    if not gives_examples(row) or gives_examples(source):
        return ""
    held = [(row[start:end], start) for _, start, end in _how_often(row)]
    held += [(found.group(0), found.start()) for found in _WHEN_OR_WHERE.finditer(row)]
    if not held:
        return ""
    said, at = min(held, key=lambda pair: pair[1])
    # examples that are doings have their own when ("getting up, eating and going to bed at
    # the same times each day")
    doings = any(t.pos_ in {"VERB", "AUX"} and t.idx < at for t in parse(row))
    return "" if doings else said


# Two things joined without a comma ("feel sick or have a sore mouth"), and how long they last
_JOINT = re.compile(r"(?<![,;:–])\s+(?:and|or)\s+(?=[a-z])", re.IGNORECASE)
_HOW_LONG = re.compile(r"\b(?:for|until|till|during|in the (?:first|next))\b", re.IGNORECASE)


def _time_cut_off(index: int, rows: list[str], matched: list) -> str:
    """How long, or when, its sentence says of this row's action too, said only on another row
    of it: "Stay in bed." over "Drink plenty of water for 24 hours." from "Stay in bed and drink
    plenty of water for 24 hours" (the bed for ever), "Some people feel sick." over "Some people
    have a sore mouth for a day after their tablets.". The time is every joined action's where
    the draft would keep them together for it (drafter's `_time_for_both`); else ""."""
    source = matched[index]
    if source is None or rows[index].rstrip().endswith(":"):
        return ""  # a lead-in is no action
    text = source.text.rstrip(" .")
    doc = parse(text)
    plain = plain_words()
    said = [word.lower() for word in words(rows[index])]
    # "You can walk around the house, but try not to walk far or climb stairs for 6 weeks": a
    # time inside an instruction of its own is its own, never the row's before the "but"
    own = _own_part(rows[index], text)
    # the lead-in the row stands under is read with it: "If your child is not drinking and has
    # not had a wet nappy for 12 hours:" over "Call 111 or your GP." leaves out nothing
    above = _lead_in_above(index, rows)
    for other, row in enumerate(rows):
        if other == index or matched[other] is not source:
            continue
        if other < index and above and row.rstrip() == above:
            continue
        theirs = [word.lower() for word in words(row.rstrip(" ."))]
        for joint in _JOINT.finditer(text):
            if own is not None and not own[0] <= joint.start() < own[1]:
                continue
            head, tail = text[: joint.start()], text[joint.end() :]
            time = _SHARED_TIME.search(tail)
            told = [word.lower() for word in words(tail)]
            if time is None or theirs[-len(told) :] != told or _said_in(told, said):
                continue
            if not _HOW_LONG.match(tail, time.start()):
                continue  # "eat 3 more jelly babies and test again after 10 minutes": when
            first = next((t for t in doc if t.idx >= joint.end()), None)
            if first is not None and first.dep_ in {"aux", "neg", "nsubj"} and (
                first.head.i > first.i
            ):
                # "and do not drink alcohol for 24 hours", "and you must not drink ...": "drink"
                first = first.head
            if first is None or first.pos_ != "VERB" or first.dep_ != "conj":
                continue  # "... and a nurse will ring you back within 2 hours": its own
            when = [word.lower() for word in words(time.group(0))]
            if _said_in(when, said) or not _content(rows[index]) & _content(head):
                continue
            if _time_for_both(joint.group(0), head, tail, plain):
                return (f"leaves out '{tail[time.start() :]}', which its sentence says of it "
                        f"too: only the row '{row.strip()}' says it")
    return ""


def _ban_list_time_left_out(index: int, rows: list[str], matched: list) -> str:
    """ "Do not sit in the sun." from "Do not sit in the sun, swim in the sea or lie on the beach
    in the afternoon": a ban of a list whose time, said after the last ban, may be every ban's
    (drafter's `time_after_a_ban_list`), on a row without it and under no lead-in that says
    it, bans for ever; else ""."""
    source, row = matched[index], rows[index]
    if source is None or row.rstrip().endswith((":", "?")) or not is_negative_instruction(row):
        return ""
    time = time_after_a_ban_list(source.text)
    if time is None or _said_in(words(time), words(row)):
        return ""
    for above in range(index - 1, -1, -1):
        if matched[above] not in (source, None):
            break
        if rows[above].rstrip().endswith(":"):
            if _said_in(words(time), words(rows[above])):
                return ""
            break
    return (f"leaves out '{time}', which its sentence says after the last of its bans and may "
            "be every ban's: this ban reads as for ever")


def _ban_without_its_lead_in(index: int, rows: list[str], matched: list) -> str:
    """ "Do not drive." from "For 24 hours after your sedation, do not drive, drink alcohol
    ...": a ban whose sentence opens with how long or when (grammar's `lead_in_before`), with
    neither those words on its row nor a lead-in ending in a colon above it that says them, is
    for ever. A row above that says them with a full stop leads nothing in. Else ""."""
    source, row = matched[index], rows[index]
    if source is None or row.rstrip().endswith((":", "?")) or not is_negative_instruction(row):
        return ""
    lead = lead_in_before(source.text.strip())
    if lead is None or lead.split(" ", 1)[0].lower() in STRONG_CONDITIONS:
        return ""  # a condition cut off is named as such (`_separated`)
    needed = _content(lead)
    if not needed - _content(row):
        return ""
    # (its words as written too: "home" of "When you get home:" is read an adverb before the
    # colon, a noun in its sentence, and the lead-in seemed to say nothing)
    lead_words = [word.lower() for word in words(lead)]
    for above in range(index - 1, -1, -1):
        if matched[above] not in (source, None):
            break
        if rows[above].rstrip().endswith(":"):
            said = [word.lower() for word in words(rows[above])]
            if not needed - _content(rows[above]) or _said_in(lead_words, said):
                return ""
            break
    return (f"leaves out '{lead}', which its sentence says first of this ban: no lead-in "
            "above it says so, and the ban reads as for ever")


def _time_carried(row: str, source: str) -> list[str]:
    """A "how often" the row says that its sentence does not ("every day" carried from the
    sentence before into "For example milk every day."), or that its sentence says of the
    instruction and the row of its examples ("Eat foods rich in calcium every day cheese,
    yoghurt and tofu." from "Eat foods rich in calcium every day, for example milk, cheese,
    yoghurt and tofu")."""
    theirs = _how_often(source) + _how_often(simplify(source, plain_words()))
    keys = {key for key, _, _ in theirs}
    problems = []
    for key, start, end in _how_often(row):
        if key not in keys:
            problems.append(f"says '{row[start:end]}', which its sentence does not")
    examples = _EXAMPLES_START.search(source)
    if examples is None:
        return problems
    stop = re.compile(r"[;:–]|\.(?:\s|$)").search(source, examples.end())
    given = set(words(source[examples.end() : stop.start() if stop else len(source)]))
    given -= set(words(source[: examples.start()]))
    said = words(row)
    for _, start, end in _how_often(source[: examples.start()]):
        phrase = words(source[start:end])
        for at in range(len(said) - len(phrase) + 1):
            if said[at : at + len(phrase)] != phrase:
                continue
            beside = {*said[max(at - 1, 0) : at], *said[at + len(phrase) : at + len(phrase) + 1]}
            if beside & given:
                problems.append(
                    f"says '{source[start:end]}' of the examples ('{sorted(beside & given)[0]}'); "
                    "its sentence says it before them, of what they are examples of"
                )
    return problems
